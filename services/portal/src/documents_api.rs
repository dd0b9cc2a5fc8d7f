//! The documents' JSON API (issue 6) beside the pages, with the same functions and rules: the
//! facility creates and confirms the contract, parent or facility upload the signed copy (multipart,
//! field `file`), parents upload attachments, everyone entitled downloads, parents export and delete
//! their data. Uploads are refused with 400/413/415 and a German message; a document the caller
//! may not read is 404.

use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Serialize;
use step_access::FacilityCap;
use step_store::DocumentRow;
use utoipa::{OpenApi, ToSchema};
use uuid::Uuid;

use crate::account_api::{account, family, same_origin};
use crate::documents::{self as docs, UPLOAD_BODY_LIMIT};
use crate::error::{AppError, Result};
use crate::session::Session;
use crate::state::AppState;
use crate::tenancy::TenantCtx;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/tenants/{slug}/registrations/{id}/contract", post(contract_create).get(contract_get))
        .route(
            "/api/v1/tenants/{slug}/registrations/{id}/contract/signed",
            post(contract_signed).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route("/api/v1/tenants/{slug}/registrations/{id}/contract/confirm", post(contract_confirm))
        .route(
            "/api/v1/tenants/{slug}/registrations/{id}/documents",
            get(documents_list).post(document_upload).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route("/api/v1/tenants/{slug}/documents/{id}", get(document_get).delete(document_delete))
        .route("/api/v1/tenants/{slug}/family/export", get(family_export))
        .route("/api/v1/tenants/{slug}/family", axum::routing::delete(family_delete))
}

#[derive(OpenApi)]
#[openapi(
    paths(
        contract_create,
        contract_get,
        contract_signed,
        contract_confirm,
        documents_list,
        document_upload,
        document_get,
        family_export,
        family_delete
    ),
    components(schemas(DocumentOut, UploadBody, AttachmentBody, DeletedOut))
)]
pub struct DocumentsApiDoc;

#[derive(Serialize, ToSchema)]
pub struct DocumentOut {
    id: Uuid,
    registration_id: Option<Uuid>,
    /// contract, signed, need, urgency or other
    kind: String,
    /// 1, 2, … per registration and kind; the highest is current.
    version: i32,
    filename: String,
    size: i64,
    /// SHA-256 of the content, lower-case hex.
    sha256: String,
    /// application/pdf, image/jpeg or image/png (from the content)
    content_type: String,
    /// parent, facility_lead, ktp_advisor, …
    uploaded_role: String,
    created_at: String,
    /// Where to download it (after the same permission check).
    download: String,
}

impl DocumentOut {
    fn new(ctx: &TenantCtx, d: DocumentRow) -> Self {
        Self {
            download: format!("/api/v1/tenants/{}/documents/{}", ctx.tenant.slug.as_str(), d.id),
            id: d.id,
            registration_id: d.registration_id,
            kind: d.kind,
            version: d.version,
            filename: d.filename,
            size: d.size,
            sha256: d.sha256,
            content_type: d.content_type,
            uploaded_role: d.uploaded_role,
            created_at: d.created_at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
        }
    }
}

/// The signed copy (multipart/form-data).
#[allow(dead_code)]
#[derive(ToSchema)]
pub struct UploadBody {
    /// PDF, JPEG or PNG (checked by content), 1 byte to 10 MB, a file name without path separators.
    #[schema(content_media_type = "application/octet-stream")]
    file: Vec<u8>,
}

/// An attachment of the parent (multipart/form-data).
#[allow(dead_code)]
#[derive(ToSchema)]
pub struct AttachmentBody {
    /// need (declaration of need for 45 hours), urgency (proof of urgency) or signed
    kind: String,
    #[schema(content_media_type = "application/octet-stream")]
    file: Vec<u8>,
}

#[derive(Serialize, ToSchema)]
pub struct DeletedOut {
    deleted: bool,
    /// Confirmed contracts kept for the legal retention period.
    kept_documents: usize,
}

/// Who acts on a registration: its family's parent, or staff of its facility.
enum Party {
    Parent(Uuid),
    Facility(FacilityCap),
}

async fn party(state: &AppState, ctx: &TenantCtx, session: &Session, id: &str) -> Result<(Party, Uuid)> {
    let account = account(session)?;
    let id = Uuid::parse_str(id).map_err(|_| AppError::NotFound)?;
    if ctx.db.contract_facts_for_parent(account, id).await?.is_some() {
        return Ok((Party::Parent(account), id));
    }
    let (facility, kind) = ctx.db.registration_facility(id).await?.ok_or(AppError::NotFound)?;
    let cap =
        state.access().facility(account, ctx.tenant.slug.as_str(), facility, &kind).await.ok_or(AppError::NotFound)?;
    Ok((Party::Facility(cap), id))
}

async fn facility_party(state: &AppState, ctx: &TenantCtx, session: &Session, id: &str) -> Result<(FacilityCap, Uuid)> {
    match party(state, ctx, session, id).await? {
        (Party::Facility(cap), id) if cap.may_offer() => Ok((cap, id)),
        (Party::Facility(_), _) => Err(AppError::Forbidden),
        (Party::Parent(_), _) => Err(AppError::Forbidden),
    }
}

fn created(ctx: &TenantCtx, d: DocumentRow) -> Response {
    (StatusCode::CREATED, Json(DocumentOut::new(ctx, d))).into_response()
}

/// The facility creates the contract PDF of an accepted registration (a new version each time).
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/contract", tag = "documents", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path, description = "Registration id (UUID)")),
    responses((status = 201, body = DocumentOut), (status = 401, body = crate::api::ErrorBody),
              (status = 403, description = "Not the facility's staff", body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody),
              (status = 409, description = "The place is not accepted (or already contracted)", body = crate::api::ErrorBody),
              (status = 503, description = "Document store unavailable; nothing stored", body = crate::api::ErrorBody)))]
async fn contract_create(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    same_origin(&headers)?;
    let (cap, id) = facility_party(&state, &ctx, &session, &id).await?;
    Ok(created(&ctx, docs::create_contract(&state, &ctx, &cap, id).await?))
}

/// The current contract PDF (for the parent, the facility and office staff).
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/registrations/{id}/contract", tag = "documents", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, description = "The PDF", body = Vec<u8>, content_type = "application/pdf"),
              (status = 303, description = "Redirect to a short-lived presigned URL (when configured)"),
              (status = 401, body = crate::api::ErrorBody),
              (status = 404, description = "No contract yet, or not yours", body = crate::api::ErrorBody),
              (status = 503, body = crate::api::ErrorBody)))]
async fn contract_get(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    let account = account(&session)?;
    let rid = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let current = ctx.db.current_document(rid, "contract").await?.ok_or(AppError::NotFound)?;
    let doc = docs::readable_document(&state, &ctx, account, &current.id.to_string()).await?;
    docs::serve(&state, &doc).await
}

/// Upload of the signed contract by the parent or the facility.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/contract/signed", tag = "documents", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    request_body(content = inline(UploadBody), content_type = "multipart/form-data"),
    responses((status = 201, body = DocumentOut), (status = 400, description = "Empty, no file, or a bad file name", body = crate::api::ErrorBody),
              (status = 401, body = crate::api::ErrorBody), (status = 403, body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody),
              (status = 409, description = "No contract to sign yet, or already confirmed", body = crate::api::ErrorBody),
              (status = 413, description = "Larger than 10 MB", body = crate::api::ErrorBody),
              (status = 415, description = "Not PDF, JPEG or PNG by content", body = crate::api::ErrorBody),
              (status = 503, body = crate::api::ErrorBody)))]
async fn contract_signed(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
    form: docs::Upload,
) -> Result<Response> {
    same_origin(&headers)?;
    let (who, rid) = party(&state, &ctx, &session, &id).await?;
    let received = docs::receive(&state, form).await?;
    let row = match who {
        Party::Parent(account) => docs::parent_store(&state, &ctx, account, rid, "signed", &received).await?,
        Party::Facility(cap) if cap.may_offer() => docs::facility_store(&state, &ctx, &cap, rid, &received).await?,
        Party::Facility(_) => return Err(AppError::Forbidden),
    };
    Ok(created(&ctx, row))
}

/// The facility confirms the signed contract: the registration becomes `contracted`.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/contract/confirm", tag = "documents", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = crate::desk_api::DoneOut), (status = 401, body = crate::api::ErrorBody),
              (status = 403, body = crate::api::ErrorBody), (status = 404, body = crate::api::ErrorBody),
              (status = 409, description = "Not accepted, no signed copy, or already confirmed", body = crate::api::ErrorBody)))]
async fn contract_confirm(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<serde_json::Value>> {
    same_origin(&headers)?;
    let (cap, id) = facility_party(&state, &ctx, &session, &id).await?;
    docs::confirm_contract(&ctx, &cap, id).await?;
    Ok(Json(serde_json::json!({"id": id, "status": "contracted"})))
}

/// Every document of a registration (all versions).
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/registrations/{id}/documents", tag = "documents", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = Vec<DocumentOut>), (status = 401, body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody)))]
async fn documents_list(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<Vec<DocumentOut>>> {
    let (who, rid) = party(&state, &ctx, &session, &id).await?;
    if let Party::Facility(cap) = &who {
        ctx.db.audit_read(&crate::desk::actor(cap), "documents_listed", &format!("registration:{rid}")).await?;
    }
    let rows = ctx.db.registration_documents(rid).await?;
    Ok(Json(rows.into_iter().map(|d| DocumentOut::new(&ctx, d)).collect()))
}

/// An attachment of the parent: declaration of need, proof of urgency, or the signed contract.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/documents", tag = "documents", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    request_body(content = inline(AttachmentBody), content_type = "multipart/form-data"),
    responses((status = 201, body = DocumentOut), (status = 400, body = crate::api::ErrorBody),
              (status = 401, body = crate::api::ErrorBody), (status = 403, body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody), (status = 409, body = crate::api::ErrorBody),
              (status = 413, body = crate::api::ErrorBody), (status = 415, body = crate::api::ErrorBody),
              (status = 503, body = crate::api::ErrorBody)))]
async fn document_upload(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
    form: docs::Upload,
) -> Result<Response> {
    same_origin(&headers)?;
    let (who, rid) = party(&state, &ctx, &session, &id).await?;
    let Party::Parent(account) = who else { return Err(AppError::Forbidden) };
    let received = docs::receive(&state, form).await?;
    let kind = received.fields.get("kind").cloned().unwrap_or_default();
    Ok(created(&ctx, docs::parent_store(&state, &ctx, account, rid, &kind, &received).await?))
}

/// Downloads a document after the permission check (its family, its facility, office staff).
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/documents/{id}", tag = "documents", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path, description = "Document id (UUID)")),
    responses((status = 200, description = "The document", content(
                  (Vec<u8> = "application/pdf"), (Vec<u8> = "image/jpeg"), (Vec<u8> = "image/png"))),
              (status = 303, description = "Redirect to a short-lived presigned URL (when configured)"),
              (status = 401, body = crate::api::ErrorBody),
              (status = 404, description = "Unknown, or not yours to read", body = crate::api::ErrorBody),
              (status = 503, body = crate::api::ErrorBody)))]
async fn document_get(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    let account = account(&session)?;
    let doc = docs::readable_document(&state, &ctx, account, &id).await?;
    docs::serve(&state, &doc).await
}

/// The parent removes an attachment of an open registration (contracts and signed copies stay).
#[utoipa::path(delete, path = "/api/v1/tenants/{slug}/documents/{id}", tag = "documents", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path, description = "Document id (UUID)")),
    responses((status = 204, description = "Removed"), (status = 401, body = crate::api::ErrorBody),
              (status = 404, description = "Unknown, or not the family's", body = crate::api::ErrorBody),
              (status = 409, description = "A contract document, or the registration is closed", body = crate::api::ErrorBody)))]
async fn document_delete(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
) -> Result<StatusCode> {
    same_origin(&headers)?;
    let account = account(&session)?;
    docs::remove_attachment(&state, &ctx, account, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Everything the portal holds about the family in this municipality: `familie.json` and every
/// document, as a ZIP.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/family/export", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, description = "ZIP archive", body = Vec<u8>, content_type = "application/zip"),
              (status = 401, body = crate::api::ErrorBody), (status = 404, description = "Unknown municipality", body = crate::api::ErrorBody),
              (status = 409, description = "No family profile yet", body = crate::api::ErrorBody),
              (status = 503, body = crate::api::ErrorBody)))]
async fn family_export(ctx: TenantCtx, State(state): State<AppState>, session: Session) -> Result<Response> {
    let account = account(&session)?;
    let f = family(&ctx, &session).await?;
    docs::export(&state, &ctx, account, f.id).await
}

/// Deletes the family's data in this municipality (confirmed contracts are kept for the retention
/// period) and signs out.
#[utoipa::path(delete, path = "/api/v1/tenants/{slug}/family", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = DeletedOut), (status = 401, body = crate::api::ErrorBody),
              (status = 404, description = "Unknown municipality", body = crate::api::ErrorBody),
              (status = 409, description = "No family profile", body = crate::api::ErrorBody)))]
async fn family_delete(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
) -> Result<Response> {
    same_origin(&headers)?;
    let account = account(&session)?;
    family(&ctx, &session).await?;
    let kept = docs::delete_account(&state, &ctx, account).await?;
    if let Some(id) = session.id() {
        state.store().platform().delete_session(id).await?;
    }
    let mut res = Json(DeletedOut { deleted: true, kept_documents: kept }).into_response();
    res.headers_mut().append(axum::http::header::SET_COOKIE, crate::session::clear_session_cookie(&state));
    Ok(res)
}
