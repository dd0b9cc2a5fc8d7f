//! What the parent does, for pages and API alike: find one of the family's registrations, withdraw
//! it, answer an offer, take the family's data out (ZIP) or delete it. Store calls and domain values
//! or an [`AppError`], never a response.

use std::path::Path;

use step_store::{Actor, DocumentRow};
use tokio::fs::File;
use uuid::Uuid;

use step_domain::family::FamilyInput;
use step_domain::streets::{self, StreetMatch};

use crate::documents::ops::store_unavailable;
use crate::web::error::{AppError, Result};
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::letters;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

pub async fn find_registration(ctx: &TenantCtx, family: Uuid, id: &str) -> Result<step_store::Registration> {
    let id = Uuid::parse_str(id).map_err(|_| AppError::NotFound)?;
    ctx.db.registrations(family).await?.into_iter().find(|r| r.id == id).ok_or(AppError::NotFound)
}

/// Withdraws one of the family's registrations; the message names the child and the facility.
pub async fn withdraw(ctx: &TenantCtx, family: Uuid, id: &str) -> Result<Uuid> {
    let r = find_registration(ctx, family, id).await?;
    let child = ctx.db.child(family, r.child_id).await?.ok_or(AppError::NotFound)?;
    let message = letters::withdrawn(&child.first_name, &r.facility_name);
    ctx.db.withdraw(family, r.id, &message, letters::facility_parent_withdrawn).await?;
    Ok(r.id)
}

/// Keeps the language a signed-in family chose in its profile here (issue 18); nothing without a profile.
pub async fn save_language(ctx: &TenantCtx, account: Uuid, language: &str) -> Result<()> {
    ctx.db.set_family_language(account, language).await?;
    Ok(())
}

/// Accepts an offer of the signed-in parent (pages and API).
pub async fn accept_offer(ctx: &TenantCtx, state: &AppState, account: Uuid, id: Uuid) -> Result<()> {
    ctx.db
        .accept(
            account,
            id,
            state.today(),
            letters::accepted,
            letters::withdrawn_for_acceptance,
            letters::facility_withdrawn,
        )
        .await?;
    Ok(())
}

/// Declines an offer of the signed-in parent; the place goes back to the facility.
pub async fn refuse_offer(ctx: &TenantCtx, account: Uuid, id: Uuid) -> Result<()> {
    ctx.db.refuse(account, id, letters::declined_by_parent).await?;
    Ok(())
}

/// Deletes the family's data in this municipality and removes its documents from the store (kept
/// contracts stay). Returns how many documents were kept.
pub async fn delete_data(state: &AppState, ctx: &TenantCtx, account: Uuid) -> Result<usize> {
    let notice = crate::web::letters::facility_family_deleted();
    let deleted = ctx.db.delete_family(account, state.today(), &notice).await?;
    for key in &deleted.object_keys {
        if let Err(e) = state.objects().delete(key).await {
            tracing::warn!(key, error = %e, "object of a deleted account not removed; the sweeper will");
        }
    }
    state.store().platform().forget_person(account).await?;
    state.store().platform().forget_family_in(account, ctx.tenant.slug.as_str()).await?;
    Ok(deleted.kept)
}

/// Saves the family's profile here and notes the municipality in the account's index (issue 16.9).
pub async fn save_family(
    state: &AppState,
    ctx: &TenantCtx,
    account: Uuid,
    valid: &FamilyInput,
) -> Result<step_store::Family> {
    let family = ctx.db.save_family(account, valid).await?;
    state.store().platform().note_family_in(account, ctx.tenant.slug.as_str()).await?;
    Ok(family)
}

/// The other municipalities where the account has a family profile: (slug, name), from the
/// platform's index only (no rows of another municipality are read).
pub async fn families_elsewhere(state: &AppState, ctx: &TenantCtx, account: Uuid) -> Result<Vec<(String, String)>> {
    let slugs = state.store().platform().families_elsewhere(account, ctx.tenant.slug.as_str()).await?;
    Ok(named_elsewhere(state, ctx, slugs))
}

/// The municipalities among `slugs` other than this one that are served, with their names.
pub fn named_elsewhere(state: &AppState, ctx: &TenantCtx, slugs: Vec<String>) -> Vec<(String, String)> {
    slugs
        .into_iter()
        .filter(|slug| slug != ctx.tenant.slug.as_str())
        .filter_map(|slug| state.registry().by_slug(&slug).map(|t| (slug, t.name.clone())))
        .collect()
}

/// Takes over the family's profile and children from municipality `from`, where the index says it
/// has one, into this municipality, when the family asks (never automatically). Registrations,
/// messages and documents stay where they are. Refused when a family exists here already.
pub async fn copy_family(state: &AppState, ctx: &TenantCtx, account: Uuid, from: &str) -> Result<step_store::Family> {
    let bad_source = || AppError::BadParam(step_domain::ParamError::new("copy_from", "err-copy-source"));
    if from == ctx.tenant.slug.as_str() {
        return Err(bad_source());
    }
    let elsewhere = state.store().platform().families_elsewhere(account, ctx.tenant.slug.as_str()).await?;
    let source =
        elsewhere.iter().find(|s| *s == from).and_then(|s| state.registry().by_slug(s)).ok_or_else(bad_source)?;
    let there = state.store().tenant(&source.schema);
    let family = there.family_of(account).await?.ok_or_else(bad_source)?;
    let children: Vec<step_domain::family::ChildInput> = there
        .children(family.id)
        .await?
        .into_iter()
        .map(|c| step_domain::family::ChildInput {
            first_name: c.first_name,
            last_name: c.last_name,
            birth_date: c.birth_date,
            expected_birth_date: c.expected_birth_date,
        })
        .collect();
    let input = step_domain::family::FamilyForm::from(family).validate().map_err(AppError::BadParam)?;
    let copied = ctx.db.copy_in_family(account, &input, &children).await?;
    state.store().platform().note_family_in(account, ctx.tenant.slug.as_str()).await?;
    Ok(copied)
}

/// The family's data export written to a temporary ZIP file: `familie.json` with every row and each
/// document under `dokumente/`. Returns the open file (already unlinked) and its size.
pub async fn export_zip(state: &AppState, ctx: &TenantCtx, account: Uuid, family: Uuid) -> Result<(File, u64)> {
    let data = ctx.db.family_export(family).await?;
    let docs = ctx.db.family_documents(family).await?;
    let dir = &state.config().documents.spool_dir;
    tokio::fs::create_dir_all(dir).await.map_err(|e| AppError::Internal(e.to_string()))?;
    // Removed when this function ends in any way: finished, failed, or dropped because the client
    // went away or the time limit ended the request (issue 19.7). The open file outlives the name.
    let temp = TempFile(dir.join(format!("export-{}.zip", Uuid::new_v4())));
    write_export(state, &temp.0, &data, &docs).await?;
    let file = File::open(&temp.0).await.map_err(|e| AppError::Internal(e.to_string()))?;
    drop(temp);
    let size = file.metadata().await.map_err(|e| AppError::Internal(e.to_string()))?.len();
    ctx.db
        .audit_family(&Actor::account(account, "parent"), "data_export", family, &format!("{} Dokumente", docs.len()))
        .await?;
    Ok((file, size))
}

/// A temporary file's path, removed when dropped.
struct TempFile(std::path::PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

async fn write_export(state: &AppState, path: &Path, data: &serde_json::Value, docs: &[DocumentRow]) -> Result<()> {
    let io = |e: std::io::Error| AppError::Internal(format!("writing the export: {e}"));
    let file = tokio::fs::File::create(path).await.map_err(io)?;
    let mut zip = step_documents::zip::ZipWriter::new(file, time::OffsetDateTime::now_utc());
    let json = serde_json::to_vec_pretty(data).map_err(|e| AppError::Internal(e.to_string()))?;
    let zip_err = |e: step_documents::zip::ZipError| AppError::Internal(format!("writing the export: {e}"));
    // The read-me in the family's language (the export is asked for on a page in it); file and field names stay.
    let readme = text(current(), "export-readme", &[]);
    zip.add("LIESMICH.txt", readme.as_bytes()).await.map_err(zip_err)?;
    zip.add("familie.json", &json[..]).await.map_err(zip_err)?;
    for d in docs {
        let reader = state.objects().get(&d.object_key).await.map_err(store_unavailable)?;
        let name = format!("dokumente/{}-v{}-{}", export_kind(&d.kind), d.version, d.filename);
        zip.add(&name, reader).await.map_err(zip_err)?;
    }
    zip.finish().await.map_err(zip_err)?;
    Ok(())
}

/// The German name part of an exported document.
fn export_kind(kind: &str) -> &'static str {
    match kind {
        "contract" => "Betreuungsvertrag",
        "signed" => "Vertrag-unterschrieben",
        "need" => "Bedarfsnachweis",
        "urgency" => "Dringlichkeitsnachweis",
        "measles" => "Masernschutz",
        "proof" => "Nachweis-Aufnahmekriterium",
        _ => "Dokument",
    }
}

/// Warnings about an address the municipality's lists do not know (issue 16): a postcode outside the
/// municipality, a street not in its street list (with the names it probably means). People move,
/// so the family may still save it; an address saved before is not questioned again.
pub async fn address_warnings(ctx: &TenantCtx, account: Uuid, input: &FamilyInput) -> Result<Vec<String>> {
    if let Some(saved) = ctx.db.family_of(account).await?
        && saved.street == input.street
        && saved.postcode == input.postcode
    {
        return Ok(Vec::new());
    }
    let name = ctx.tenant.name.clone();
    let mut out = Vec::new();
    let postcodes = &ctx.tenant.postcodes;
    if !postcodes.is_empty() && !postcodes.contains(&input.postcode) {
        let args = [("postcode", input.postcode.clone()), ("name", name.clone()), ("postcodes", postcodes.join(", "))];
        out.push(text(current(), "address-postcode-elsewhere", &args));
    }
    let streets = ctx.db.streets().await?;
    let names: Vec<&str> = streets.iter().map(|s| s.0.as_str()).collect();
    let street_of = |ix: &[usize]| ix.iter().map(|i| format!("„{}“", names[*i])).collect::<Vec<_>>().join(", ");
    let typed = ("street", input.street.clone());
    match streets::find(&input.street, &names) {
        StreetMatch::Exact(_) => {}
        StreetMatch::Close(ix) => {
            out.push(text(current(), "address-street-close", &[typed, ("name", name), ("suggestions", street_of(&ix))]))
        }
        StreetMatch::Unknown(ix) if ix.is_empty() => {
            out.push(text(current(), "address-street-unknown", &[typed, ("name", name)]))
        }
        StreetMatch::Unknown(ix) => {
            out.push(text(current(), "address-street-close", &[typed, ("name", name), ("suggestions", street_of(&ix))]))
        }
    }
    Ok(out)
}
