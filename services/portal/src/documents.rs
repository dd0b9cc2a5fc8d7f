//! Documents (issue 6): the care contract (generated PDF, signed copy, confirmation), attachments
//! of a registration, downloads after the permission check, the family's data export as ZIP and
//! the deletion of the family's data. The pages and the JSON API share the functions here.
//!
//! Consistency: an upload is spooled to disk and checked (type by content, size, name) before
//! anything is stored; the object is written to the store first and its row after, so a row never
//! points at a missing object. When the row cannot be written the object is removed again (and if
//! even that fails, the sweeper removes the orphan later).

use std::collections::HashMap;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use step_access::FacilityCap;
use step_documents::{MAX_UPLOAD, Spool, SpoolError, Spooled, StoreError, check_filename, content_disposition};
use step_store::{Actor, ContractFacts, DocumentRow, InboxMessage, NewDocument};
use tokio_util::io::ReaderStream;
use uuid::Uuid;

use crate::account::{CsrfOnly, Parent, user_page};
use crate::desk::{Staff, actor, require};
use crate::error::{AppError, Result};
use crate::i18n::{DEFAULT_LANG, text};
use crate::letters;
use crate::pages::date_de;
use crate::session::{Session, clear_session_cookie};
use crate::state::AppState;
use crate::tenancy::TenantCtx;

/// The request body limit on upload routes: the 10 MB file plus the form around it. Bigger bodies
/// are cut off by the server; a file between 10 MB and this is refused by [`Spool`] with the
/// German message.
pub const UPLOAD_BODY_LIMIT: usize = MAX_UPLOAD as usize + 1024 * 1024;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{slug}/dokumente/{id}", get(download_page))
        .route(
            "/{slug}/konto/vormerkungen/{id}/dokumente",
            get(parent_documents_page).post(parent_upload).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route("/{slug}/konto/export", get(export_page))
        .route("/{slug}/konto/dokumente/{id}/entfernen", post(parent_remove))
        .route("/{slug}/konto/loeschen", get(delete_page).post(delete_do))
        .route("/{slug}/einrichtung/{fid}/vormerkungen/{rid}/vertrag", post(facility_contract))
        .route(
            "/{slug}/einrichtung/{fid}/vormerkungen/{rid}/dokumente",
            post(facility_upload).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route("/{slug}/einrichtung/{fid}/vormerkungen/{rid}/vertrag/bestaetigen", post(facility_confirm))
}

/// Kinds a parent may upload; a facility uploads only the signed contract.
pub const PARENT_KINDS: &[&str] = &["signed", "need", "urgency", "measles"];

/// A checked upload with the form fields that came with it.
pub struct Received {
    pub fields: HashMap<String, String>,
    pub filename: String,
    pub file: Spooled,
}

/// Why an upload was refused, as the catalogue key of its German message and the HTTP status.
fn refused(key: &'static str) -> AppError {
    let status = match key {
        "upload-too-large" => StatusCode::PAYLOAD_TOO_LARGE,
        "upload-wrong-type" => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        _ => StatusCode::BAD_REQUEST,
    };
    AppError::Upload(key, status)
}

fn spool_error(e: SpoolError) -> AppError {
    match e {
        SpoolError::Empty => refused("upload-empty"),
        SpoolError::TooLarge(_) => refused("upload-too-large"),
        SpoolError::WrongType => refused("upload-wrong-type"),
        SpoolError::Io(e) => AppError::Internal(format!("spooling an upload: {e}")),
    }
}

/// A broken or too large multipart body: 413 when over the limit, else 400 (German messages).
pub(crate) fn multipart_error(e: axum::extract::multipart::MultipartError) -> AppError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE { refused("upload-too-large") } else { refused("upload-unreadable") }
}

/// A `multipart/form-data` body, or the German 400 when the request is not one (a missing or bad
/// boundary would otherwise be axum's plain-text rejection).
pub struct Upload(pub Multipart);

impl<S: Send + Sync> axum::extract::FromRequest<S> for Upload {
    type Rejection = AppError;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        <Multipart as axum::extract::FromRequest<S>>::from_request(req, state)
            .await
            .map(Upload)
            .map_err(|_| refused("upload-unreadable"))
    }
}

/// Reads a multipart form: text fields, and one file field named `file` that is streamed to a
/// spool file while it is checked. Nothing is stored anywhere yet.
pub async fn receive(state: &AppState, Upload(mut form): Upload) -> Result<Received> {
    let mut fields = HashMap::new();
    let mut file = None;
    while let Some(mut field) = form.next_field().await.map_err(multipart_error)? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            if file.is_some() {
                return Err(refused("upload-one-file"));
            }
            let filename = field.file_name().unwrap_or_default().to_owned();
            let Some(filename) = check_filename(&filename).map(str::to_owned) else {
                return Err(refused(if filename.trim().is_empty() { "upload-missing" } else { "upload-bad-name" }));
            };
            let mut spool =
                Spool::create(&state.config().documents.spool_dir, MAX_UPLOAD).await.map_err(spool_error)?;
            while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
                spool.write(&chunk).await.map_err(spool_error)?;
            }
            file = Some((filename, spool.finish().await.map_err(spool_error)?));
        } else if fields.len() < 16 {
            let value = field.text().await.map_err(multipart_error)?;
            fields.insert(name, value.chars().take(1000).collect());
        }
    }
    let (filename, file) = file.ok_or_else(|| refused("upload-missing"))?;
    Ok(Received { fields, filename, file })
}

fn store_unavailable(e: StoreError) -> AppError {
    AppError::DocumentStore(e.to_string())
}

/// Stores a checked file as the next version of `kind` for the registration: object first, row
/// after (with history, messages and audit entry); the object goes again if the row fails.
#[allow(clippy::too_many_arguments)]
pub async fn store_document(
    state: &AppState,
    ctx: &TenantCtx,
    actor: &Actor,
    facts: &ContractFacts,
    kind: &str,
    filename: &str,
    file: &Spooled,
    (to_parent, to_facility): (Option<InboxMessage>, Option<InboxMessage>),
) -> Result<DocumentRow> {
    let id = Uuid::new_v4();
    let key = step_documents::object_key(ctx.tenant.slug.as_str(), kind, id);
    state.objects().put_file(&key, file.path(), file.size, file.content_type).await.map_err(store_unavailable)?;
    let title = format!(
        "{} – {} {} – {} – {}",
        text(&DEFAULT_LANG, &format!("doc-kind-{kind}"), &[]),
        facts.child_first_name,
        facts.child_last_name,
        facts.facility_name,
        date_de(facts.start_date)
    );
    let doc = NewDocument {
        id,
        registration: facts.registration_id,
        kind,
        object_key: &key,
        filename,
        size: i64::try_from(file.size).unwrap_or(i64::MAX),
        sha256: &file.sha256,
        content_type: file.content_type,
        title: &title,
    };
    match ctx.db.insert_document(actor, &doc, to_parent, to_facility).await {
        Ok(row) => Ok(row),
        Err(e) => {
            if let Err(del) = state.objects().delete(&key).await {
                tracing::warn!(key, error = %del, "object of a failed document row not removed; the sweeper will");
            }
            Err(e.into())
        }
    }
}

/// The contract text for a registration: the municipality's template (`<slug>.txt` in the
/// configured directory) or the built-in one, rendered with the registration's facts.
fn contract_text(state: &AppState, ctx: &TenantCtx, facts: &ContractFacts, version: i32) -> Result<String> {
    let own = state
        .config()
        .documents
        .templates_dir
        .as_ref()
        .and_then(|d| std::fs::read_to_string(d.join(format!("{}.txt", ctx.tenant.slug.as_str()))).ok());
    let template = own.as_deref().unwrap_or(include_str!("../templates/contract.txt"));
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
        (Some(d), _) => format!("geboren am {}", date_de(d)),
        (None, Some(d)) => format!("erwartet am {}", date_de(d)),
        _ => String::new(),
    };
    c.insert("birth", &birth);
    c.insert("facility", &facts.facility_name);
    c.insert("provider", &facts.provider);
    c.insert("facility_kind", &text(&DEFAULT_LANG, &format!("kind-{}", facts.facility_kind), &[]));
    c.insert(
        "facility_address",
        &format!("{}, {} {}", facts.facility_street, facts.facility_postcode, facts.facility_city),
    );
    c.insert("start", &date_de(facts.start_date));
    c.insert("hours", &facts.hours);
    c.insert("municipality", &ctx.tenant.name);
    c.insert("office", &ctx.tenant.office.name);
    c.insert("number", &format!("{}-{version}", &facts.registration_id.simple().to_string()[..8].to_uppercase()));
    c.insert("version", &version);
    c.insert("today", &date_de(state.today()));
    Ok(tera::Tera::one_off(template, &c, false)?)
}

/// The facility creates (or renews) the contract of an accepted registration.
pub async fn create_contract(state: &AppState, ctx: &TenantCtx, cap: &FacilityCap, rid: Uuid) -> Result<DocumentRow> {
    let facts = ctx.db.contract_facts_for_facility(cap.facility(), rid).await?.ok_or(AppError::NotFound)?;
    match facts.status.as_str() {
        "accepted" => {}
        "contracted" => return Err(AppError::Rule("contract_confirmed")),
        _ => return Err(AppError::Rule("contract_not_accepted")),
    }
    let version = facts.contract_version + 1;
    let body = contract_text(state, ctx, &facts, version)?;
    let pdf = step_documents::pdf::render(&format!("Betreuungsvertrag {}", facts.child_first_name), &body);
    let file = Spool::from_bytes(&state.config().documents.spool_dir, &pdf).await.map_err(spool_error)?;
    let filename = format!("Betreuungsvertrag-{}-{}-v{version}.pdf", facts.child_first_name, facts.child_last_name)
        .replace(['/', '\\'], "-");
    let to_parent = letters::contract_created(&facts.child_first_name, &facts.facility_name);
    store_document(state, ctx, &actor(cap), &facts, "contract", &filename, &file, (Some(to_parent), None)).await
}

/// Stores an upload of a parent for their registration.
pub async fn parent_store(
    state: &AppState,
    ctx: &TenantCtx,
    account: Uuid,
    rid: Uuid,
    kind: &str,
    received: &Received,
) -> Result<DocumentRow> {
    if !PARENT_KINDS.contains(&kind) {
        return Err(refused("upload-kind"));
    }
    let facts = ctx.db.contract_facts_for_parent(account, rid).await?.ok_or(AppError::NotFound)?;
    if kind == "need" && facts.hours < 45 {
        return Err(refused("upload-need-hours"));
    }
    check_upload_allowed(&facts, kind)?;
    let to_facility = letters::facility_document(&facts.child_first_name, &facts.facility_name, kind);
    let actor = Actor::account(account, "parent");
    store_document(state, ctx, &actor, &facts, kind, &received.filename, &received.file, (None, Some(to_facility)))
        .await
}

/// Stores the signed copy uploaded by the facility.
pub async fn facility_store(
    state: &AppState,
    ctx: &TenantCtx,
    cap: &FacilityCap,
    rid: Uuid,
    received: &Received,
) -> Result<DocumentRow> {
    let facts = ctx.db.contract_facts_for_facility(cap.facility(), rid).await?.ok_or(AppError::NotFound)?;
    check_upload_allowed(&facts, "signed")?;
    let to_parent = letters::signed_by_facility(&facts.child_first_name, &facts.facility_name);
    store_document(
        state,
        ctx,
        &actor(cap),
        &facts,
        "signed",
        &received.filename,
        &received.file,
        (Some(to_parent), None),
    )
    .await
}

/// A signed copy needs a contract to sign and an accepted place; attachments need an open registration.
fn check_upload_allowed(facts: &ContractFacts, kind: &str) -> Result<()> {
    if kind == "signed" {
        if facts.status == "contracted" {
            return Err(AppError::Rule("contract_confirmed"));
        }
        if facts.status != "accepted" || facts.contract_version == 0 {
            return Err(AppError::Rule("contract_missing"));
        }
    } else if !matches!(facts.status.as_str(), "registered" | "offered" | "accepted") {
        return Err(AppError::Rule("registration_not_active"));
    }
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
            &letters::contracted(child, facility),
            &letters::facility_contracted(child, facility),
        )
        .await?;
    Ok(())
}

/// Who reads a document: the family it belongs to, the facility, or office staff of the
/// municipality. Anyone else gets 404, as if it did not exist.
pub async fn readable_document(state: &AppState, ctx: &TenantCtx, account: Uuid, id: &str) -> Result<DocumentRow> {
    let id = Uuid::parse_str(id).map_err(|_| AppError::NotFound)?;
    let doc = ctx.db.document(id).await?.ok_or(AppError::NotFound)?;
    let slug = ctx.tenant.slug.as_str();
    if let Some(family) = doc.family_id
        && ctx.db.family_of(account).await?.is_some_and(|f| f.id == family)
    {
        return Ok(doc);
    }
    let staff = if let Some(kind) = ctx.db.facility_kind(doc.facility_id).await?
        && let Some(cap) = state.access().facility(account, slug, doc.facility_id, &kind).await
    {
        Some(actor(&cap))
    } else {
        state.access().office(account, slug).await.map(|o| Actor::account(o.account(), o.role()))
    };
    let Some(staff) = staff else { return Err(AppError::NotFound) };
    ctx.db.audit_read(&staff, "document_read", &format!("document:{}", doc.id)).await?;
    Ok(doc)
}

/// The download response: a redirect to a presigned URL when configured and possible, else the
/// bytes streamed from the store.
pub async fn serve(state: &AppState, doc: &DocumentRow) -> Result<Response> {
    let cfg = &state.config().documents;
    if cfg.presigned_downloads {
        let ttl = Duration::from_secs(cfg.presign_seconds);
        if let Some(url) = state
            .objects()
            .presign_get(&doc.object_key, ttl, &doc.filename, &doc.content_type)
            .await
            .map_err(store_unavailable)?
        {
            return Ok(Redirect::to(&url).into_response());
        }
    }
    let reader = match state.objects().get(&doc.object_key).await {
        Ok(r) => r,
        // The row exists, so the object must: a missing one is the store's fault, not the user's.
        Err(StoreError::NotFound) => {
            return Err(AppError::DocumentStore(format!("object {} of a stored row is missing", doc.object_key)));
        }
        Err(e) => return Err(store_unavailable(e)),
    };
    let mut res = Body::from_stream(ReaderStream::new(reader)).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&doc.content_type).map_err(|e| AppError::Internal(e.to_string()))?,
    );
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(doc.size));
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&content_disposition(&doc.filename)).map_err(|e| AppError::Internal(e.to_string()))?,
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    Ok(res)
}

async fn download_page(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    let Some(account) = session.account() else {
        return Err(AppError::Redirect(format!(
            "{}/login?return_to={}",
            ctx.base,
            crate::account::encode(&session.here)
        )));
    };
    let doc = readable_document(&state, &ctx, account, &id).await?;
    serve(&state, &doc).await
}

/// The family's data export: `familie.json` with every row and each document under `dokumente/`,
/// written to a temporary ZIP file and streamed (the file is unlinked once open).
pub async fn export(state: &AppState, ctx: &TenantCtx, account: Uuid, family: Uuid) -> Result<Response> {
    let data = ctx.db.family_export(family).await?;
    let docs = ctx.db.family_documents(family).await?;
    let dir = &state.config().documents.spool_dir;
    tokio::fs::create_dir_all(dir).await.map_err(|e| AppError::Internal(e.to_string()))?;
    let path = dir.join(format!("export-{}.zip", Uuid::new_v4()));
    let result = write_export(state, &path, &data, &docs).await;
    let file = match result {
        Ok(()) => tokio::fs::File::open(&path).await.map_err(|e| AppError::Internal(e.to_string())),
        Err(e) => Err(e),
    };
    let _ = tokio::fs::remove_file(&path).await;
    let file = file?;
    let size = file.metadata().await.map_err(|e| AppError::Internal(e.to_string()))?.len();
    ctx.db
        .audit_family(&Actor::account(account, "parent"), "data_export", family, &format!("{} Dokumente", docs.len()))
        .await?;
    let mut res = Body::from_stream(ReaderStream::new(file)).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/zip"));
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(size));
    let name = format!("kita-portal-{}-daten-{}.zip", ctx.tenant.slug.as_str(), state.today());
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&content_disposition(&name)).map_err(|e| AppError::Internal(e.to_string()))?,
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    Ok(res)
}

async fn write_export(
    state: &AppState,
    path: &std::path::Path,
    data: &serde_json::Value,
    docs: &[DocumentRow],
) -> Result<()> {
    let io = |e: std::io::Error| AppError::Internal(format!("writing the export: {e}"));
    let file = tokio::fs::File::create(path).await.map_err(io)?;
    let mut zip = step_documents::zip::ZipWriter::new(file, time::OffsetDateTime::now_utc());
    let json = serde_json::to_vec_pretty(data).map_err(|e| AppError::Internal(e.to_string()))?;
    let zip_err = |e: step_documents::zip::ZipError| AppError::Internal(format!("writing the export: {e}"));
    zip.add("LIESMICH.txt", include_str!("../templates/export_readme.txt").as_bytes()).await.map_err(zip_err)?;
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
        _ => "Dokument",
    }
}

async fn export_page(parent: Parent, State(state): State<AppState>) -> Result<Response> {
    let account = parent.session.account().ok_or(AppError::NotSignedIn)?;
    export(&state, &parent.ctx, account, parent.family.id).await
}

/// Deletes the family's data in this municipality and removes its documents from the store (kept
/// contracts stay). Returns how many documents were kept.
pub async fn delete_account(state: &AppState, ctx: &TenantCtx, account: Uuid) -> Result<usize> {
    let deleted = ctx.db.delete_family(account, state.today()).await?;
    for key in &deleted.object_keys {
        if let Err(e) = state.objects().delete(key).await {
            tracing::warn!(key, error = %e, "object of a deleted account not removed; the sweeper will");
        }
    }
    Ok(deleted.kept)
}

async fn render_delete(parent: &Parent, state: &AppState, error: Option<String>) -> Result<Response> {
    let p = parent.ctx.db.deletion_preview(parent.family.id).await?;
    let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let mut page = user_page(state, &parent.ctx, &parent.session, &parent.csrf);
    page.insert("documents", &p.removed).insert("kept", &p.kept).insert("years", &p.years).insert("error", &error);
    Ok((status, page.render(state, "delete_account.html")?).into_response())
}

async fn delete_page(parent: Parent, State(state): State<AppState>) -> Result<Response> {
    render_delete(&parent, &state, None).await
}

#[derive(Deserialize)]
struct DeleteForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    confirm: String,
}

async fn delete_do(
    parent: Parent,
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    axum::Form(form): axum::Form<DeleteForm>,
) -> Result<Response> {
    parent.csrf.check(&form.csrf)?;
    if form.confirm != "ja" {
        return render_delete(&parent, &state, Some(text(&DEFAULT_LANG, "delete-confirm-missing", &[]))).await;
    }
    let Parent { ctx, session, csrf, .. } = parent;
    let account = session.account().ok_or(AppError::NotSignedIn)?;
    let kept = delete_account(&state, &ctx, account).await?;
    if let Some(id) = session.id() {
        state.store().platform().delete_session(id).await?;
    }
    // The portal's session is gone; the provider's is not: the page offers its sign-out, so nobody
    // on a shared phone gets back in without a password.
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("127.0.0.1");
    let home = format!("{}://{host}{}/", state.config().scheme, ctx.base);
    let signout = state.oidc().end_session_url(session.data.id_token.as_deref(), &home).await.unwrap_or(home);
    let mut page = crate::pages::PageCtx::new(&state, Some(&ctx.tenant), &ctx.base);
    page.insert("kept", &kept).insert("signout", &signout).insert("csrf", &csrf.0);
    let mut res = page.render(&state, "deleted.html")?.into_response();
    res.headers_mut().append(header::SET_COOKIE, clear_session_cookie(&state));
    Ok(res)
}

/// A document as listed on pages.
#[derive(serde::Serialize)]
pub struct DocView {
    pub id: Uuid,
    pub kind: String,
    pub kind_label: String,
    pub version: i32,
    pub filename: String,
    pub size: String,
    pub created: String,
    pub by: String,
}

pub fn doc_views(docs: &[DocumentRow]) -> Vec<DocView> {
    docs.iter()
        .map(|d| DocView {
            id: d.id,
            kind: d.kind.clone(),
            kind_label: text(&DEFAULT_LANG, &format!("doc-kind-{}", d.kind), &[]),
            version: d.version,
            filename: d.filename.clone(),
            size: human_size(d.size),
            created: date_de(d.created_at.date()),
            by: text(
                &DEFAULT_LANG,
                &format!("doc-by-{}", if d.uploaded_role == "parent" { "parent" } else { "facility" }),
                &[],
            ),
        })
        .collect()
}

fn human_size(bytes: i64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / 1024.0 / 1024.0).replace('.', ",")
    } else {
        format!("{} KB", (bytes + 1023) / 1024)
    }
}

const PARENT_NOTICES: &[&str] = &["uploaded", "removed"];

/// Removes a parent's attachment: the row, then the object.
pub async fn remove_attachment(state: &AppState, ctx: &TenantCtx, account: Uuid, id: &str) -> Result<()> {
    let id = Uuid::parse_str(id).map_err(|_| AppError::NotFound)?;
    let key = ctx.db.delete_attachment(account, id).await?;
    if let Err(e) = state.objects().delete(&key).await {
        tracing::warn!(key, error = %e, "object of a removed attachment not deleted; the sweeper will");
    }
    Ok(())
}

async fn parent_remove(
    parent: Parent,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    axum::Form(form): axum::Form<CsrfOnly>,
) -> Result<Response> {
    parent.csrf.check(&form.csrf)?;
    let account = parent.session.account().ok_or(AppError::NotSignedIn)?;
    let doc_id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let registration =
        parent.ctx.db.document(doc_id).await?.and_then(|d| d.registration_id).ok_or(AppError::NotFound)?;
    match remove_attachment(&state, &parent.ctx, account, &id).await {
        Ok(()) => Ok(Redirect::to(&format!(
            "{}/konto/vormerkungen/{registration}/dokumente?hinweis=removed",
            parent.ctx.base
        ))
        .into_response()),
        Err(e) if shown_on_page(&e) => {
            render_parent_documents(&parent, &state, &registration.to_string(), Some(e), "", None).await
        }
        Err(e) => Err(e),
    }
}

async fn render_parent_documents(
    parent: &Parent,
    state: &AppState,
    rid: &str,
    error: Option<AppError>,
    kind: &str,
    notice: Option<String>,
) -> Result<Response> {
    let account = parent.session.account().ok_or(AppError::NotSignedIn)?;
    let rid = Uuid::parse_str(rid).map_err(|_| AppError::NotFound)?;
    let facts = parent.ctx.db.contract_facts_for_parent(account, rid).await?.ok_or(AppError::NotFound)?;
    let docs = parent.ctx.db.registration_documents(rid).await?;
    let (status, message) = match &error {
        None => (StatusCode::OK, None),
        Some(e) => {
            let info = e.info();
            (info.status, Some(text(&DEFAULT_LANG, info.message_key, &[])))
        }
    };
    let kinds: Vec<(String, String)> = PARENT_KINDS
        .iter()
        .filter(|k| **k != "signed" || (facts.status == "accepted" && facts.contract_version > 0))
        .filter(|k| **k != "need" || facts.hours >= 45)
        .map(|k| ((*k).to_owned(), text(&DEFAULT_LANG, &format!("doc-kind-{k}"), &[])))
        .collect();
    let mut page = user_page(state, &parent.ctx, &parent.session, &parent.csrf);
    page.insert(
        "r",
        &serde_json::json!({
            "id": facts.registration_id, "facility": facts.facility_name, "child": facts.child_first_name,
            "status": facts.status, "status_label": text(&DEFAULT_LANG, &format!("status-{}", facts.status), &[]),
            "start": date_de(facts.start_date), "hours": facts.hours }),
    )
    .insert("documents", &doc_views(&docs))
    .insert("kinds", &kinds)
    .insert("kind", kind)
    .insert("may_upload", &matches!(facts.status.as_str(), "registered" | "offered" | "accepted"))
    .insert("removable", &matches!(facts.status.as_str(), "registered" | "offered" | "accepted"))
    .insert("max_mb", &(MAX_UPLOAD / 1024 / 1024))
    .insert("error", &message)
    .insert("notice", &notice);
    Ok((status, page.render(state, "documents.html")?).into_response())
}

async fn parent_documents_page(
    parent: Parent,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    uri: Uri,
) -> Result<Response> {
    let notice = uri
        .query()
        .and_then(|q| q.split('&').find_map(|p| p.strip_prefix("hinweis=")))
        .filter(|k| PARENT_NOTICES.contains(k))
        .map(|k| text(&DEFAULT_LANG, &format!("doc-notice-{k}"), &[]));
    render_parent_documents(&parent, &state, &id, None, "", notice).await
}

/// Upload refusals and rules re-display the page with the German message; the upload is gone.
fn shown_on_page(e: &AppError) -> bool {
    matches!(e, AppError::Upload(..) | AppError::Rule(_) | AppError::DocumentStore(_))
}

async fn parent_upload(
    parent: Parent,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    form: Upload,
) -> Result<Response> {
    let account = parent.session.account().ok_or(AppError::NotSignedIn)?;
    let rid = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let outcome = match receive(&state, form).await {
        Ok(received) => {
            parent.csrf.check(received.fields.get("csrf").map_or("", String::as_str))?;
            let kind = received.fields.get("kind").cloned().unwrap_or_default();
            parent_store(&state, &parent.ctx, account, rid, &kind, &received).await.map(|_| kind)
        }
        Err(e) => Err(e),
    };
    match outcome {
        Ok(_) => Ok(Redirect::to(&format!("{}/konto/vormerkungen/{rid}/dokumente?hinweis=uploaded", parent.ctx.base))
            .into_response()),
        Err(e) if shown_on_page(&e) => render_parent_documents(&parent, &state, &id, Some(e), "", None).await,
        Err(e) => Err(e),
    }
}

fn back_to_registration(staff: &Staff, cap: &FacilityCap, rid: Uuid, notice: &str) -> Response {
    Redirect::to(&format!(
        "{}/einrichtung/{}/vormerkungen/{rid}?hinweis={notice}#dokumente",
        staff.ctx.base,
        cap.facility()
    ))
    .into_response()
}

/// After a facility's document action: back to the registration, with the German reason if refused.
async fn facility_outcome(
    staff: &Staff,
    state: &AppState,
    cap: &FacilityCap,
    rid: Uuid,
    done: Result<()>,
    notice: &str,
) -> Result<Response> {
    match done {
        Ok(()) => Ok(back_to_registration(staff, cap, rid, notice)),
        Err(e) if shown_on_page(&e) => {
            let info = e.info();
            let message = text(&DEFAULT_LANG, info.message_key, &[]);
            crate::desk::render_registration_with(staff, state, cap, rid, Some(message), info.status).await
        }
        Err(e) => Err(e),
    }
}

async fn facility_contract(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, rid)): Path<(String, String, String)>,
    axum::Form(form): axum::Form<CsrfOnly>,
) -> Result<Response> {
    staff.csrf.check(&form.csrf)?;
    let cap = require(&state, &staff, &fid, FacilityCap::may_offer).await?;
    let rid = Uuid::parse_str(&rid).map_err(|_| AppError::NotFound)?;
    let done = create_contract(&state, &staff.ctx, &cap, rid).await.map(|_| ());
    facility_outcome(&staff, &state, &cap, rid, done, "contract-created").await
}

async fn facility_upload(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, rid)): Path<(String, String, String)>,
    form: Upload,
) -> Result<Response> {
    let cap = require(&state, &staff, &fid, FacilityCap::may_offer).await?;
    let rid = Uuid::parse_str(&rid).map_err(|_| AppError::NotFound)?;
    let done = match receive(&state, form).await {
        Ok(received) => {
            staff.csrf.check(received.fields.get("csrf").map_or("", String::as_str))?;
            facility_store(&state, &staff.ctx, &cap, rid, &received).await.map(|_| ())
        }
        Err(e) => Err(e),
    };
    facility_outcome(&staff, &state, &cap, rid, done, "signed-uploaded").await
}

async fn facility_confirm(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, rid)): Path<(String, String, String)>,
    axum::Form(form): axum::Form<CsrfOnly>,
) -> Result<Response> {
    staff.csrf.check(&form.csrf)?;
    let cap = require(&state, &staff, &fid, FacilityCap::may_offer).await?;
    let rid = Uuid::parse_str(&rid).map_err(|_| AppError::NotFound)?;
    let done = confirm_contract(&staff.ctx, &cap, rid).await;
    facility_outcome(&staff, &state, &cap, rid, done, "contracted").await
}
