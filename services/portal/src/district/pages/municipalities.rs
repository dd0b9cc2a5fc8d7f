//! The district admin's pages for municipalities: the list, a new one, and changing one with a
//! live preview of its branding.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;
use step_domain::tenant::offices_of;
use step_domain::{Logo, ParamError, Tenant};

use crate::district::form::{FormView, SentLogo, checked_logo, read_form};
use crate::district::ops::municipalities::{LogoChange, bad, create, update};
use crate::web::caps::{district_admin, district_wide, office_actor};
use crate::web::error::{AppError, Result, param_message};
use crate::web::extract::{Staff, Upload};
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::state::AppState;

// ---------------------------------------------------------------------------------------------
// Pages

#[derive(Serialize)]
struct Row {
    slug: String,
    name: String,
    kind: String,
    office: String,
    hosts: String,
    cluster: String,
    maintenance: bool,
    ready: bool,
    logo_url: String,
    color: String,
}

pub(crate) async fn list_page(staff: Staff, State(state): State<AppState>, uri: axum::http::Uri) -> Result<Response> {
    district_wide(&state, staff.account).await?;
    let rows: Vec<Row> = state
        .registry()
        .all()
        .iter()
        .map(|t| Row {
            slug: t.slug.to_string(),
            name: t.name.clone(),
            kind: t.kind.clone(),
            office: t.office.name.clone(),
            hosts: t.hosts.join(", "),
            cluster: state.store().cluster_of(&t.schema),
            maintenance: state.in_maintenance(t.slug.as_str()),
            ready: state.tenant_status(t.slug.as_str()) == step_store::MigrationStatus::Current,
            logo_url: t.branding.logo.url(&t.slug),
            color: t.branding.primary_color.as_str().to_owned(),
        })
        .collect();
    let query: HashMap<String, String> =
        serde_urlencoded::from_str(uri.query().unwrap_or_default()).unwrap_or_default();
    let changed = query.get("gemeinde").and_then(|s| state.registry().by_slug(s));
    let notice = match (query.get("hinweis").map(String::as_str), &changed) {
        (Some("angelegt"), Some(t)) => Some(text(current(), "tadm-created", &[("name", t.name.clone())])),
        (Some("gespeichert"), Some(t)) => Some(text(current(), "tadm-saved", &[("name", t.name.clone())])),
        _ => None,
    };
    let mut page = staff.page(&state);
    page.insert("rows", &rows).insert("notice", &notice).insert("changed", &changed.map(|t| t.slug.to_string()));
    Ok(page.render(&state, "district/municipalities.html")?.into_response())
}

#[derive(Serialize)]
struct OfficeOption {
    id: String,
    name: String,
}

#[derive(Serialize)]
struct FieldErrorView {
    field: &'static str,
    message: String,
}

/// The logo chosen in a refused submit, shown in the preview and sent again with the next one.
#[derive(Serialize)]
struct KeptLogo {
    base64: String,
    data_url: String,
}

async fn render_form(
    staff: &Staff,
    state: &AppState,
    target: Option<&Tenant>,
    form: &FormView,
    errors: &[ParamError],
    kept: Option<(&[u8], &Logo)>,
) -> Result<Response> {
    use base64::Engine as _;
    let offices: Vec<OfficeOption> =
        offices_of(state.files()).into_values().map(|o| OfficeOption { id: o.id, name: o.name }).collect();
    let mut page = staff.page(state);
    let kept = kept.map(|(bytes, logo)| {
        let base64 = base64::engine::general_purpose::STANDARD.encode(bytes);
        KeptLogo { data_url: format!("data:{};base64,{base64}", logo.content_type()), base64 }
    });
    let preview_logo = target.map(|t| t.branding.logo.url(&t.slug));
    let views: Vec<FieldErrorView> =
        errors.iter().map(|e| FieldErrorView { field: e.field, message: param_message(e) }).collect();
    let by_field: HashMap<&str, String> =
        errors.iter().map(|e| (e.field, text(current(), e.key, &e.args))).rev().collect();
    page.insert("form", &form.values)
        .insert("offices", &offices)
        .insert("target", &target.map(|t| t.slug.to_string()))
        .insert("target_name", &target.map(|t| t.name.clone()))
        .insert("target_office", &target.map(|t| t.office.name.clone()))
        .insert("logo_url", &preview_logo)
        .insert("logo_generated", &target.is_none_or(|t| t.branding.logo.is_generated()))
        .insert("kept_logo", &kept)
        .insert("errors", &views)
        .insert("field_errors", &by_field);
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    Ok((status, page.render(state, "district/municipality_form.html")?).into_response())
}

pub(crate) async fn new_page(staff: Staff, State(state): State<AppState>) -> Result<Response> {
    district_wide(&state, staff.account).await?;
    let mut form = FormView::default();
    for (k, v) in [("m_kind", "Gemeinde"), ("m_radius_km", "5"), ("m_primary_color", "#005a9c")] {
        form.values.insert(k.into(), v.into());
    }
    render_form(&staff, &state, None, &form, &[], None).await
}

fn office_ids(state: &AppState) -> Vec<String> {
    offices_of(state.files()).into_keys().collect()
}

pub(crate) async fn create_form(staff: Staff, State(state): State<AppState>, upload: Upload) -> Result<Response> {
    let cap = district_wide(&state, staff.account).await?;
    let (form, sent) = read_form(upload).await?;
    let mut errors = form.precheck(true, &office_ids(&state));
    let logo = checked_logo(&form, sent, &mut errors);
    if errors.is_empty() {
        let created = match form.input() {
            Ok(input) => create(&state, &input, logo.as_ref().map(|(b, _)| b.as_slice()), &office_actor(&cap)).await,
            Err(p) => Err(AppError::BadParam(p)),
        };
        if let Some(done) = settled(&staff, created, "angelegt", &mut errors)? {
            return Ok(done);
        }
    }
    render_form(&staff, &state, None, &form, &errors, logo.as_ref().map(|(b, l)| (b.as_slice(), l))).await
}

/// After an add or a save: the redirect to the list with its notice, or the refusal added to
/// `errors` (the form comes back), or any other error as it is.
fn settled(
    staff: &Staff,
    outcome: Result<Arc<Tenant>>,
    notice: &str,
    errors: &mut Vec<ParamError>,
) -> Result<Option<Response>> {
    match outcome {
        Ok(t) => {
            let to = format!("{}/amt/gemeinden?hinweis={notice}&gemeinde={}", staff.ctx.base, t.slug);
            Ok(Some(Redirect::to(&to).into_response()))
        }
        Err(AppError::BadParam(p) | AppError::Taken(p)) => {
            errors.push(p);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

pub(crate) async fn edit_page(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, target)): Path<(String, String)>,
) -> Result<Response> {
    let t = state.registry().by_slug(&target).ok_or(AppError::NotFound)?;
    district_admin(&state, staff.account, &target).await?;
    render_form(&staff, &state, Some(&t), &FormView::from_tenant(&t), &[], None).await
}

pub(crate) async fn save_form(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, target)): Path<(String, String)>,
    upload: Upload,
) -> Result<Response> {
    let current = state.registry().by_slug(&target).ok_or(AppError::NotFound)?;
    let cap = district_admin(&state, staff.account, &target).await?;
    let (form, sent) = read_form(upload).await?;
    let mut errors = form.precheck(false, &[]);
    let sent_file = !matches!(sent, SentLogo::None) || !form.get("m_logo_kept").is_empty();
    let badge = !form.get("m_logo_badge").is_empty();
    if sent_file && badge {
        errors.push(bad("m_logo", "tadm-err-logo-both"));
    }
    let logo = if sent_file { checked_logo(&form, sent, &mut errors) } else { None };
    if errors.is_empty() {
        let change = match (&logo, badge) {
            (Some((bytes, _)), _) => LogoChange::Replace(bytes.clone()),
            (None, true) => LogoChange::Badge,
            (None, false) => LogoChange::Keep,
        };
        let saved = match form.input() {
            Ok(input) => update(&state, &current, &input, change, &office_actor(&cap)).await,
            Err(p) => Err(AppError::BadParam(p)),
        };
        if let Some(done) = settled(&staff, saved, "gespeichert", &mut errors)? {
            return Ok(done);
        }
    }
    render_form(&staff, &state, Some(&current), &form, &errors, logo.as_ref().map(|(b, l)| (b.as_slice(), l))).await
}
