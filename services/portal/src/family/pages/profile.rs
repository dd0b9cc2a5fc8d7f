//! The family profile and the children.

use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use step_domain::ParamError;
use step_domain::family::{ChildForm, FamilyForm};
use step_domain::search::format_date;

use crate::family::ops;
use crate::family::view::NOTICES;
use crate::web::error::{AppError, Result};
use crate::web::extract::{Parent, require_account};
use crate::web::page::{notice, see_other, user_page};
use crate::web::session::{CsrfToken, Session};
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

pub(crate) async fn family_page(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    csrf: CsrfToken,
) -> Result<Response> {
    let account = require_account(&ctx, &session)?;
    let form = match ctx.db.family_of(account).await? {
        Some(f) => FamilyForm::from(f),
        None => {
            // First sign-in in this municipality: prefill from the provider's claims.
            let c = session.data.claims.clone().unwrap_or_default();
            FamilyForm {
                first_name: c.given_name.unwrap_or_default(),
                last_name: c.family_name.unwrap_or_default(),
                email: c.email.unwrap_or_default(),
                city: ctx.tenant.name.clone(),
                language: crate::web::language::family_language().into(),
                ..FamilyForm::default()
            }
        }
    };
    render_family(&ctx, &state, &session, &csrf, &form, None, &[]).await
}

/// The family form: 400 with the refused field, or 200 with warnings about the address (nothing is
/// saved until the family confirms it or corrects it).
async fn render_family(
    ctx: &TenantCtx,
    state: &AppState,
    session: &Session,
    csrf: &CsrfToken,
    form: &FamilyForm,
    error: Option<&ParamError>,
    warnings: &[String],
) -> Result<Response> {
    let mut page = user_page(state, ctx, session, csrf).await?;
    // Every mistake at once, each linked to its field (issue 16); the first one refused the save.
    let mistakes = match error {
        Some(first) => {
            // The form's own mistakes, or a refusal about something else (taking over the family).
            let all = form.mistakes();
            if all.iter().any(|m| m.field == first.field) { all } else { vec![first.clone()] }
        }
        None => Vec::new(),
    };
    page.mistakes(&mistakes);
    // Signed in here for the first time with a family elsewhere in the district: offer to take it
    // over (issue 16.9), never automatically.
    let copy_from = match session.account() {
        Some(a) if ctx.db.family_of(a).await?.is_none() => ops::families_elsewhere(state, ctx, a).await?,
        _ => Vec::new(),
    };
    page.insert("form", form).insert("warnings", warnings).insert("copy_from", &copy_from);
    let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    Ok((status, page.render(state, "family/family.html")?).into_response())
}

/// The family form as sent: its fields, the CSRF token, and whether the family confirmed an address
/// the municipality's lists do not know (issue 16).
#[derive(Deserialize)]
pub(crate) struct FamilySubmit {
    #[serde(default)]
    address_confirmed: String,
    #[serde(flatten)]
    inner: FamilyForm,
}

pub(crate) async fn family_save(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    csrf: CsrfToken,
    axum::Form(form): axum::Form<FamilySubmit>,
) -> Result<Response> {
    let account = require_account(&ctx, &session)?;
    match form.inner.validate() {
        Ok(valid) => {
            if form.address_confirmed != "ja" {
                let warnings = ops::address_warnings(&ctx, account, &valid).await?;
                if !warnings.is_empty() {
                    return render_family(&ctx, &state, &session, &csrf, &form.inner, None, &warnings).await;
                }
            }
            let family = ops::save_family(&state, &ctx, account, &valid).await?;
            // A new family goes on to add its first child.
            let next = if ctx.db.children(family.id).await?.is_empty() {
                format!("{}/konto/kinder?hinweis=family-saved", ctx.base)
            } else {
                format!("{}/konto?hinweis=family-saved", ctx.base)
            };
            Ok(see_other(&next, None))
        }
        Err(p) => render_family(&ctx, &state, &session, &csrf, &form.inner, Some(&p), &[]).await,
    }
}

pub(crate) async fn child_page(parent: Parent, State(state): State<AppState>, uri: Uri) -> Result<Response> {
    let Parent { ctx, session, csrf, .. } = parent;
    render_child(
        &ctx,
        &state,
        &session,
        &csrf,
        &ChildForm::default(),
        &[],
        notice(&uri, NOTICES, "notice-"),
        StatusCode::OK,
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn render_child(
    ctx: &TenantCtx,
    state: &AppState,
    session: &Session,
    csrf: &CsrfToken,
    form: &ChildForm,
    mistakes: &[ParamError],
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response> {
    let mut page = user_page(state, ctx, session, csrf).await?;
    let today = state.today();
    page.mistakes(mistakes);
    page.insert("form", form)
        .insert("notice", &notice)
        .insert("birth_min", &format_date(step_domain::family::earliest_birth(today)))
        .insert("birth_max", &format_date(today))
        .insert("expected_min", &format_date(*step_domain::family::expected_range(today).start()))
        .insert("expected_max", &format_date(*step_domain::family::expected_range(today).end()));
    Ok((status, page.render(state, "family/child.html")?).into_response())
}

pub(crate) async fn child_save(
    parent: Parent,
    State(state): State<AppState>,
    axum::Form(form): axum::Form<ChildForm>,
) -> Result<Response> {
    let Parent { ctx, session, csrf, family } = parent;
    match form.check(state.today()) {
        Ok(valid) => {
            ctx.db.add_child(family.id, &valid).await?;
            let next = if session.selection(ctx.tenant.slug.as_str()).is_empty() { "konto" } else { "auswahl" };
            Ok(see_other(&format!("{}/{next}?hinweis=child-saved", ctx.base), None))
        }
        Err(all) => render_child(&ctx, &state, &session, &csrf, &form, &all, None, StatusCode::BAD_REQUEST).await,
    }
}

#[derive(Deserialize)]
pub(crate) struct CopySubmit {
    #[serde(default)]
    von: String,
}

/// Takes over the family's profile and children from another municipality of the district, where
/// the family asked for it; then the family checks them here.
pub(crate) async fn family_copy(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    csrf: CsrfToken,
    axum::Form(form): axum::Form<CopySubmit>,
) -> Result<Response> {
    let account = require_account(&ctx, &session)?;
    match ops::copy_family(&state, &ctx, account, form.von.trim()).await {
        Ok(_) => Ok(see_other(&format!("{}/konto?hinweis=family-copied", ctx.base), None)),
        Err(AppError::BadParam(p)) => {
            let empty = FamilyForm {
                city: ctx.tenant.name.clone(),
                language: crate::web::language::family_language().into(),
                ..FamilyForm::default()
            };
            render_family(&ctx, &state, &session, &csrf, &empty, Some(&p), &[]).await
        }
        Err(e) => Err(e),
    }
}
