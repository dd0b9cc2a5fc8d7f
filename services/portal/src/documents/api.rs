//! The documents' JSON API (issue 6) beside the pages, with the same functions and rules: the
//! facility creates and confirms the contract, parent or facility upload the signed copy (multipart,
//! field `file`), parents upload attachments, everyone entitled downloads, the family's export and deletion are in `crate::family::api`. Uploads are refused with 400/413/415 and a German message; a document the caller
//! may not read is 404.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use step_domain::contract::TermsForm;
use step_store::DocumentRow;
use utoipa::{OpenApi, ToSchema};
use uuid::Uuid;

use crate::documents::ops::{self as docs, Party, facility_party, party};
use crate::documents::view::download_response;
use crate::web::caps::actor;
use crate::web::error::{AppError, Result};
use crate::web::extract::{Upload, signed_in};
use crate::web::json::rfc3339;
use crate::web::json::{ErrorBody, JsonBody, OptionalJson};
use crate::web::session::Session;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

#[derive(OpenApi)]
#[openapi(
    paths(
        contract_create,
        contract_get,
        contract_signed,
        contract_confirm,
        contract_accept,
        documents_list,
        document_upload,
        document_get
    ),
    components(schemas(DocumentOut, UploadBody, AttachmentBody, ContractTermsIn, AcceptIn))
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
            created_at: rfc3339(d.created_at),
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
    /// need (declaration of need for 45 hours), urgency (proof of urgency), measles (measles protection),
    /// proof (proof of a declared admission criterion) or signed
    kind: String,
    #[schema(content_media_type = "application/octet-stream")]
    file: Vec<u8>,
}

fn created(ctx: &TenantCtx, d: DocumentRow) -> Response {
    (StatusCode::CREATED, Json(DocumentOut::new(ctx, d))).into_response()
}

/// The contract's variable parts (issue 16.10); left out, the last used or proposed ones apply.
#[derive(Deserialize, ToSchema)]
pub(crate) struct ContractTermsIn {
    /// Daily care from, e.g. `7:30` (also `7.30`, `7` or `7:30 Uhr`).
    #[schema(pattern = "^ *([01]?[0-9]|2[0-3])([:.][0-5][0-9])? *([Uu]hr)? *$")]
    care_from: String,
    /// Daily care until, e.g. `14:30`; five days must cover the weekly hours.
    #[schema(pattern = "^ *([01]?[0-9]|2[0-3])([:.][0-5][0-9])? *([Uu]hr)? *$")]
    care_until: String,
    /// The group, at most 60 characters.
    #[serde(default)]
    #[schema(max_length = 60, pattern = "^[^\\u0000-\\u001F\\u007F-\\u009F]*$")]
    group: String,
    /// Start of settling in, `01.08.2027` or `2027-08-01`, from the start date up to three months after.
    #[schema(pattern = "^ *([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{4}) *$")]
    settling_in: String,
}

/// The facility creates the contract PDF of an accepted registration (a new version each time).
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/contract", tag = "documents", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path, description = "Registration id (UUID)")),
    request_body(content = Option<ContractTermsIn>, description = "The terms; without a body the last used or proposed terms apply"),
    responses((status = 201, body = DocumentOut),
              (status = 400, description = "A term is wrong (the first one is named); nothing stored", body = ErrorBody),
              (status = 401, body = ErrorBody),
              (status = 403, description = "Not the facility's staff", body = ErrorBody),
              (status = 404, body = ErrorBody),
              (status = 409, description = "The place is not accepted (or already contracted)", body = ErrorBody),
              (status = 415, description = "A body that is not JSON", body = ErrorBody),
              (status = 503, description = "Document store unavailable; nothing stored", body = ErrorBody)))]
pub(crate) async fn contract_create(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
    OptionalJson(body): OptionalJson<ContractTermsIn>,
) -> Result<Response> {
    let (cap, id) = facility_party(&state, &ctx, &session, &id).await?;
    let form = body.map(|b| TermsForm {
        care_from: b.care_from,
        care_until: b.care_until,
        group: b.group,
        settling_in: b.settling_in,
    });
    Ok(created(&ctx, docs::create_contract(&state, &ctx, &cap, id, form.as_ref()).await?))
}

#[derive(Deserialize, ToSchema)]
pub(crate) struct AcceptIn {
    /// The contract version the family read (the current one).
    version: i32,
}

/// The family accepts the current contract online, where the municipality allows it and after
/// signing in again (`/{slug}/login?erneut=1`) within the last ten minutes.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/contract/accept", tag = "documents", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    request_body = AcceptIn,
    responses((status = 200, body = crate::web::json::DoneOut),
              (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 404, description = "No such registration of this family", body = ErrorBody),
              (status = 409, description = "Not allowed here, no current sign-in again, a newer version, not accepted or already contracted", body = ErrorBody),
              (status = 415, body = ErrorBody)))]
pub(crate) async fn contract_accept(
    ctx: TenantCtx,
    session: Session,
    Path((_, id)): Path<(String, String)>,
    JsonBody(body): JsonBody<AcceptIn>,
) -> Result<Json<serde_json::Value>> {
    let account = signed_in(&session)?;
    let rid = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    if !session.data.recently_reauthenticated(time::OffsetDateTime::now_utc().unix_timestamp()) {
        return Err(AppError::Rule("reauthenticate"));
    }
    docs::accept_online(&ctx, account, rid, body.version).await?;
    Ok(Json(serde_json::json!({"id": rid, "status": "contracted"})))
}

/// The current contract PDF (for the parent, the facility and office staff).
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/registrations/{id}/contract", tag = "documents", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, description = "The PDF", body = Vec<u8>, content_type = "application/pdf"),
              (status = 303, description = "Redirect to a short-lived presigned URL (when configured)"),
              (status = 401, body = ErrorBody),
              (status = 404, description = "No contract yet, or not yours", body = ErrorBody),
              (status = 503, body = ErrorBody)))]
pub(crate) async fn contract_get(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    let account = signed_in(&session)?;
    let rid = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let current = ctx.db.current_document(rid, "contract").await?.ok_or(AppError::NotFound)?;
    let doc = docs::readable_document(&state, &ctx, account, &current.id.to_string()).await?;
    download_response(&doc, docs::open_download(&state, &doc).await?)
}

/// Upload of the signed contract by the parent or the facility.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/contract/signed", tag = "documents", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    request_body(content = inline(UploadBody), content_type = "multipart/form-data"),
    responses((status = 201, body = DocumentOut), (status = 400, description = "Empty, no file, or a bad file name", body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 404, body = ErrorBody),
              (status = 409, description = "No contract to sign yet, or already confirmed", body = ErrorBody),
              (status = 413, description = "Larger than 10 MB", body = ErrorBody),
              (status = 415, description = "Not PDF, JPEG or PNG by content", body = ErrorBody),
              (status = 503, body = ErrorBody)))]
pub(crate) async fn contract_signed(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
    form: Upload,
) -> Result<Response> {
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
    responses((status = 200, body = crate::web::json::DoneOut), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
              (status = 409, description = "Not accepted, no signed copy, or already confirmed", body = ErrorBody)))]
pub(crate) async fn contract_confirm(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<serde_json::Value>> {
    let (cap, id) = facility_party(&state, &ctx, &session, &id).await?;
    docs::confirm_contract(&ctx, &cap, id).await?;
    Ok(Json(serde_json::json!({"id": id, "status": "contracted"})))
}

/// Every document of a registration (all versions).
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/registrations/{id}/documents", tag = "documents", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = Vec<DocumentOut>), (status = 401, body = ErrorBody),
              (status = 404, body = ErrorBody)))]
pub(crate) async fn documents_list(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<Vec<DocumentOut>>> {
    let (who, rid) = party(&state, &ctx, &session, &id).await?;
    if let Party::Facility(cap) = &who {
        ctx.db.audit_read(&actor(cap), "documents_listed", &format!("registration:{rid}")).await?;
    }
    let rows = ctx.db.registration_documents(rid).await?;
    Ok(Json(rows.into_iter().map(|d| DocumentOut::new(&ctx, d)).collect()))
}

/// An attachment of the parent: declaration of need, proof of urgency, or the signed contract.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/documents", tag = "documents", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    request_body(content = inline(AttachmentBody), content_type = "multipart/form-data"),
    responses((status = 201, body = DocumentOut), (status = 400, body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
              (status = 413, body = ErrorBody), (status = 415, body = ErrorBody),
              (status = 503, body = ErrorBody)))]
pub(crate) async fn document_upload(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
    form: Upload,
) -> Result<Response> {
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
              (status = 401, body = ErrorBody),
              (status = 404, description = "Unknown, or not yours to read", body = ErrorBody),
              (status = 503, body = ErrorBody)))]
pub(crate) async fn document_get(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    let account = signed_in(&session)?;
    let doc = docs::readable_document(&state, &ctx, account, &id).await?;
    download_response(&doc, docs::open_download(&state, &doc).await?)
}

/// The parent removes an attachment of an open registration (contracts and signed copies stay).
#[utoipa::path(delete, path = "/api/v1/tenants/{slug}/documents/{id}", tag = "documents", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path, description = "Document id (UUID)")),
    responses((status = 204, description = "Removed"), (status = 401, body = ErrorBody),
              (status = 404, description = "Unknown, or not the family's", body = ErrorBody),
              (status = 409, description = "A contract document, or the registration is closed", body = ErrorBody)))]
pub(crate) async fn document_delete(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<StatusCode> {
    let account = signed_in(&session)?;
    docs::remove_attachment(&state, &ctx, account, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
