//! The contract: its text from the municipality's template and the registration's facts with the
//! variable parts the facility filled in, issuing it as the next PDF version, the facility's
//! confirmation of the signed copy and the family's online acceptance (issue 16.10).

use step_access::FacilityCap;
use step_documents::Spool;
use step_domain::contract::{Terms, TermsForm, time_text};
use step_store::{ContractFacts, DocumentRow};
use uuid::Uuid;

use super::{spool_error, store_document};
use crate::web::caps::actor;
use crate::web::error::{AppError, Result};
use crate::web::format::date_text;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::letters;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

/// The contract text for a registration: the municipality's template (`<slug>.txt` in the
/// configured directory) or the built-in one, rendered with the registration's facts and terms.
/// Always German (the legal text), whatever language the page that shows it speaks.
pub fn contract_text(
    state: &AppState,
    ctx: &TenantCtx,
    facts: &ContractFacts,
    terms: &Terms,
    version: i32,
) -> Result<String> {
    crate::web::language::speaking_sync("de", || german_contract_text(state, ctx, facts, terms, version))
}

/// The cover letter of the contract in the family's language (issue 18): what the contract is,
/// that only the German text is valid, what it says in short and what to do now.
pub fn cover_letter(ctx: &TenantCtx, facts: &ContractFacts) -> String {
    crate::web::language::speaking_sync(&facts.language, || {
        let args = [
            ("child", facts.child_first_name.clone()),
            ("facility", facts.facility_name.clone()),
            ("start", date_text(facts.start_date)),
            ("hours", facts.hours.to_string()),
            ("office", ctx.tenant.office.name.clone()),
        ];
        let t = |key: &str| text(current(), key, &args);
        format!(
            "# {}\n\n{}\n\n{}\n\n## {}\n\n{}\n\n## {}\n\n{}\n",
            t("cover-title"),
            t("cover-intro"),
            t("cover-german"),
            t("cover-what-title"),
            t("cover-what"),
            t("cover-next-title"),
            t("cover-next")
        )
    })
}

fn german_contract_text(
    state: &AppState,
    ctx: &TenantCtx,
    facts: &ContractFacts,
    terms: &Terms,
    version: i32,
) -> Result<String> {
    let own = state
        .config()
        .documents
        .templates_dir
        .as_ref()
        .and_then(|d| std::fs::read_to_string(d.join(format!("{}.txt", ctx.tenant.slug.as_str()))).ok());
    let template = own.as_deref().unwrap_or(include_str!("../../../templates/documents/contract.txt"));
    let mut c = tera::Context::new();
    let mut guardians = format!("{} {}", facts.guardian_first_name, facts.guardian_last_name);
    if let (Some(f), Some(l)) = (&facts.guardian2_first_name, &facts.guardian2_last_name) {
        guardians.push_str(&format!(" und {f} {l}"));
    }
    c.insert("guardians", &guardians);
    c.insert("address", &format!("{}, {} {}", facts.street, facts.postcode, facts.city));
    c.insert("phone", &facts.phone);
    c.insert("email", &facts.email);
    c.insert("child", &format!("{} {}", facts.child_first_name, facts.child_last_name));
    let birth = match (facts.birth_date, facts.expected_birth_date) {
        (Some(d), _) => format!("geboren am {}", date_text(d)),
        (None, Some(d)) => format!("erwartet am {}", date_text(d)),
        _ => String::new(),
    };
    c.insert("birth", &birth);
    c.insert("facility", &facts.facility_name);
    c.insert("provider", &facts.provider);
    c.insert("facility_kind", &text(current(), &format!("kind-{}", facts.facility_kind), &[]));
    c.insert(
        "facility_address",
        &format!("{}, {} {}", facts.facility_street, facts.facility_postcode, facts.facility_city),
    );
    c.insert("start", &date_text(facts.start_date));
    c.insert("hours", &facts.hours);
    c.insert("care_from", &time_text(terms.care_from));
    c.insert("care_until", &time_text(terms.care_until));
    c.insert("group", &terms.group);
    c.insert("settling_in", &date_text(terms.settling_in));
    c.insert("municipality", &ctx.tenant.name);
    c.insert("office", &ctx.tenant.office.name);
    c.insert("number", &format!("{}-{version}", &facts.registration_id.simple().to_string()[..8].to_uppercase()));
    c.insert("version", &version);
    c.insert("today", &date_text(state.today()));
    Ok(tera::Tera::one_off(template, &c, false)?)
}

/// The terms form as the desk first sees it: what was filled in for the last contract, else a
/// proposal from the start date and the weekly hours.
pub fn terms_form(facts: &ContractFacts) -> TermsForm {
    match (facts.care_from, facts.care_until, &facts.group_name, facts.settling_in) {
        (Some(from), Some(until), group, Some(settling)) => TermsForm {
            care_from: time_text(from),
            care_until: time_text(until),
            group: group.clone().unwrap_or_default(),
            // A form value: the German date the form and the API read back, in any page language.
            settling_in: crate::web::language::speaking_sync("de", || date_text(settling)),
        },
        _ => TermsForm::proposal(facts.start_date, facts.hours),
    }
}

/// The registration of `cap`'s facility whose contract is prepared; only an accepted place has one.
pub async fn contract_facts(ctx: &TenantCtx, cap: &FacilityCap, rid: Uuid) -> Result<ContractFacts> {
    let facts = ctx.db.contract_facts_for_facility(cap.facility(), rid).await?.ok_or(AppError::NotFound)?;
    match facts.status.as_str() {
        "accepted" => Ok(facts),
        "contracted" => Err(AppError::Rule("contract_confirmed")),
        _ => Err(AppError::Rule("contract_not_accepted")),
    }
}

/// Checks the typed terms against the registration: every mistake, or the terms.
pub fn check_terms(
    state: &AppState,
    facts: &ContractFacts,
    form: &TermsForm,
) -> std::result::Result<Terms, Vec<step_domain::ParamError>> {
    form.check(state.today(), facts.start_date, facts.hours)
}

/// The facility issues (or renews) the contract of an accepted registration with `form`'s terms
/// (the saved or proposed ones when there is no form, as the API allows); the first mistake
/// refuses it and nothing is stored.
pub async fn create_contract(
    state: &AppState,
    ctx: &TenantCtx,
    cap: &FacilityCap,
    rid: Uuid,
    form: Option<&TermsForm>,
) -> Result<DocumentRow> {
    let facts = contract_facts(ctx, cap, rid).await?;
    let form = form.cloned().unwrap_or_else(|| terms_form(&facts));
    let terms = check_terms(state, &facts, &form).map_err(|mut m| AppError::BadParam(m.remove(0)))?;
    let version = facts.contract_version + 1;
    let body = contract_text(state, ctx, &facts, &terms, version)?;
    let cover = cover_letter(ctx, &facts);
    let rtl = crate::web::language::is_rtl(&facts.language);
    let pdf = step_documents::pdf::render_with_cover(
        &format!("Betreuungsvertrag {}", facts.child_first_name),
        &cover,
        rtl,
        &body,
    );
    let file = Spool::from_bytes(&state.config().documents.spool_dir, &pdf).await.map_err(spool_error)?;
    ctx.db.save_contract_terms(cap.facility(), rid, &terms).await?;
    let filename = format!("Betreuungsvertrag-{}-{}-v{version}.pdf", facts.child_first_name, facts.child_last_name)
        .replace(['/', '\\'], "-");
    let to_parent = letters::contract_created(&facts.child_first_name, &facts.facility_name, &facts.language);
    store_document(state, ctx, &actor(cap), &facts, "contract", &filename, &file, (Some(to_parent), None)).await
}

/// The family accepts contract `version` online (the municipality allows it, and the person signed
/// in again just now): the place is contracted, recorded with who, when and which version.
pub async fn accept_online(ctx: &TenantCtx, account: Uuid, rid: Uuid, version: i32) -> Result<()> {
    let facts = ctx.db.contract_facts_for_parent(account, rid).await?.ok_or(AppError::NotFound)?;
    let (child, facility) = (&facts.child_first_name, &facts.facility_name);
    ctx.db
        .accept_contract_online(
            account,
            rid,
            version,
            &letters::contract_accepted(child, facility, &facts.language),
            &letters::facility_contract_accepted(child, facility),
        )
        .await?;
    Ok(())
}

pub async fn confirm_contract(ctx: &TenantCtx, cap: &FacilityCap, rid: Uuid) -> Result<()> {
    let facts = ctx.db.contract_facts_for_facility(cap.facility(), rid).await?.ok_or(AppError::NotFound)?;
    let (child, facility) = (&facts.child_first_name, &facts.facility_name);
    ctx.db
        .confirm_contract(
            &actor(cap),
            cap.facility(),
            rid,
            &letters::contracted(child, facility, &facts.language),
            &letters::facility_contracted(child, facility),
        )
        .await?;
    Ok(())
}
