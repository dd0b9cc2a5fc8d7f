//! The family profile and the children in the JSON API.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use step_domain::family::{ChildForm, FamilyForm};
use step_domain::search::format_date;
use step_store::Family;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::web::error::{AppError, Result};
use crate::web::extract::{family_for_api, signed_in};
use crate::web::json::{ErrorBody, JsonBody};
use crate::web::session::Session;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

/// Documents the body; the handler reads it as the domain's form type (one set of fields, one
/// validation for pages and API). A test keeps both field lists equal.
#[allow(dead_code)]
#[derive(Deserialize, Serialize, ToSchema)]
pub struct FamilyBody {
    #[schema(min_length = 1, max_length = 100, pattern = "^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß .'-]*$")]
    first_name: String,
    #[schema(min_length = 1, max_length = 100, pattern = "^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß .'-]*$")]
    last_name: String,
    #[schema(min_length = 1, max_length = 200, pattern = "^[A-Za-zÄÖÜäöüß0-9][A-Za-zÄÖÜäöüß0-9 .-]*$")]
    street: String,
    #[schema(pattern = "^[0-9]{5}$")]
    postcode: String,
    #[schema(min_length = 1, max_length = 100, pattern = "^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß .-]*$")]
    city: String,
    #[schema(pattern = "^[0-9]{3,6} ?[0-9-]{1,12}$")]
    phone: String,
    #[schema(pattern = "^[a-z0-9.]{1,20}@[a-z0-9]{1,20}\\.(de|org|example)$")]
    email: String,
    /// one of the family languages (a catalogue each: de, en, tr, ar, ru, uk, pl), default de
    #[serde(default)]
    language: String,
    #[serde(default)]
    guardian2_first_name: Option<String>,
    #[serde(default)]
    guardian2_last_name: Option<String>,
    #[serde(default)]
    guardian2_phone: Option<String>,
    #[serde(default)]
    guardian2_email: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct FamilyOut {
    id: Uuid,
    first_name: String,
    last_name: String,
    street: String,
    postcode: String,
    city: String,
    phone: String,
    email: String,
    language: String,
    guardian2_first_name: Option<String>,
    guardian2_last_name: Option<String>,
    guardian2_phone: Option<String>,
    guardian2_email: Option<String>,
}

impl From<Family> for FamilyOut {
    fn from(f: Family) -> Self {
        Self {
            id: f.id,
            first_name: f.first_name,
            last_name: f.last_name,
            street: f.street,
            postcode: f.postcode,
            city: f.city,
            phone: f.phone,
            email: f.email,
            language: f.language,
            guardian2_first_name: f.guardian2_first_name,
            guardian2_last_name: f.guardian2_last_name,
            guardian2_phone: f.guardian2_phone,
            guardian2_email: f.guardian2_email,
        }
    }
}

/// The signed-in parent's family profile in this municipality.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/family", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = FamilyOut), (status = 401, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 409, description = "No profile yet", body = ErrorBody)))]
pub(crate) async fn get_family(ctx: TenantCtx, session: Session) -> Result<Json<FamilyOut>> {
    Ok(Json(family_for_api(&ctx, &session).await?.into()))
}

/// Creates or changes the family profile.
#[utoipa::path(put, path = "/api/v1/tenants/{slug}/family", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)), request_body = FamilyBody,
    responses((status = 200, body = FamilyOut), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 415, body = ErrorBody)))]
pub(crate) async fn put_family(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    JsonBody(form): JsonBody<FamilyForm>,
) -> Result<Json<FamilyOut>> {
    let account = signed_in(&session)?;
    let valid = form.validate().map_err(AppError::BadParam)?;
    Ok(Json(crate::family::ops::save_family(&state, &ctx, account, &valid).await?.into()))
}

/// Documents the body; the handler reads it as the domain's form type (one set of fields, one
/// validation for pages and API). A test keeps both field lists equal.
#[allow(dead_code)]
#[derive(Deserialize, ToSchema)]
pub struct ChildBody {
    #[schema(min_length = 1, max_length = 100, pattern = "^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß .'-]*$")]
    first_name: String,
    #[schema(min_length = 1, max_length = 100, pattern = "^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß .'-]*$")]
    last_name: String,
    /// YYYY-MM-DD, a child up to 14 (the document served gives today's window); or leave it out
    /// and give `expected_birth_date` for a child not yet born.
    #[serde(default)]
    #[schema(format = Date)]
    birth_date: Option<String>,
    /// YYYY-MM-DD, from a month ago to 300 days ahead.
    #[serde(default)]
    #[schema(format = Date)]
    expected_birth_date: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ChildOut {
    id: Uuid,
    first_name: String,
    last_name: String,
    birth_date: Option<String>,
    expected_birth_date: Option<String>,
}

impl From<step_store::Child> for ChildOut {
    fn from(c: step_store::Child) -> Self {
        Self {
            id: c.id,
            first_name: c.first_name,
            last_name: c.last_name,
            birth_date: c.birth_date.map(format_date),
            expected_birth_date: c.expected_birth_date.map(format_date),
        }
    }
}

/// The family's children.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/children", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<ChildOut>), (status = 401, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub(crate) async fn list_children(ctx: TenantCtx, session: Session) -> Result<Json<Vec<ChildOut>>> {
    let f = family_for_api(&ctx, &session).await?;
    Ok(Json(ctx.db.children(f.id).await?.into_iter().map(ChildOut::from).collect()))
}

/// Adds a child (born, or expected).
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/children", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)), request_body = ChildBody,
    responses((status = 201, body = ChildOut), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 415, body = ErrorBody)))]
pub(crate) async fn add_child(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    JsonBody(form): JsonBody<ChildForm>,
) -> Result<(StatusCode, Json<ChildOut>)> {
    let f = family_for_api(&ctx, &session).await?;
    let valid = form.validate(state.today()).map_err(AppError::BadParam)?;
    Ok((StatusCode::CREATED, Json(ctx.db.add_child(f.id, &valid).await?.into())))
}

/// The other municipalities of the district where this account has a family profile (issue 16.9).
#[derive(Serialize, ToSchema)]
pub struct ElsewhereOut {
    slug: String,
    name: String,
}

/// Where else in the district the account has a family profile (from the platform's index; no data
/// of another municipality is read).
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/family/elsewhere", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<ElsewhereOut>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn family_elsewhere(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
) -> Result<Json<Vec<ElsewhereOut>>> {
    let account = signed_in(&session)?;
    let list = crate::family::ops::families_elsewhere(&state, &ctx, account).await?;
    Ok(Json(list.into_iter().map(|(slug, name)| ElsewhereOut { slug, name }).collect()))
}

#[derive(Deserialize, ToSchema)]
pub struct CopyBody {
    /// The municipality (slug) to take the family's profile and children from (see
    /// `…/family/elsewhere`).
    from: String,
}

/// Takes over the family's profile and children from another municipality of the district into
/// this one (registrations stay where they are); refused when a family exists here.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/family/copy", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)), request_body = CopyBody,
    responses((status = 201, body = FamilyOut),
              (status = 400, description = "No family of this account in that municipality", body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
              (status = 409, description = "A family exists here already", body = ErrorBody),
              (status = 415, body = ErrorBody)))]
pub(crate) async fn family_copy(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    JsonBody(body): JsonBody<CopyBody>,
) -> Result<(StatusCode, Json<FamilyOut>)> {
    let account = signed_in(&session)?;
    let family = crate::family::ops::copy_family(&state, &ctx, account, body.from.trim()).await?;
    Ok((StatusCode::CREATED, Json(family.into())))
}
