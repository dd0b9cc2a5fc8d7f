//! The document actions, for pages and API alike: receive and check an upload, store it (object
//! first, row after), create and confirm the contract, decide who may read a document, open it for
//! download, remove a parent's attachment. Store calls and domain values or an `AppError`.

use std::collections::HashMap;
use std::time::Duration;

use step_access::FacilityCap;
use step_documents::{MAX_UPLOAD, Reader, Spool, SpoolError, Spooled, StoreError, check_filename};
use step_store::{Actor, ContractFacts, DocumentRow, InboxMessage, NewDocument};
use uuid::Uuid;

use crate::web::caps::actor;
use crate::web::error::{AppError, Result};
use crate::web::extract::{Upload, multipart_error, signed_in, upload_refused};
use crate::web::format::date_text;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::letters;
use crate::web::session::Session;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

mod contract;
pub use contract::*;

/// Kinds a parent may upload; a facility uploads only the signed contract.
pub const PARENT_KINDS: &[&str] = &["signed", "need", "urgency", "measles", "proof"];

/// A checked upload with the form fields that came with it.
pub struct Received {
    pub fields: HashMap<String, String>,
    pub filename: String,
    pub file: Spooled,
}

pub fn spool_error(e: SpoolError) -> AppError {
    match e {
        SpoolError::Empty => upload_refused("upload-empty"),
        SpoolError::TooLarge(_) => upload_refused("upload-too-large"),
        SpoolError::WrongType => upload_refused("upload-wrong-type"),
        SpoolError::Io(e) => AppError::Internal(format!("spooling an upload: {e}")),
    }
}

/// Reads a multipart form: text fields, and one file field named `file` that is streamed to a
/// spool file while it is checked. Nothing is stored anywhere yet.
pub async fn receive(state: &AppState, upload: Upload) -> Result<Received> {
    let (fields, file) = receive_optional(state, upload).await?;
    let (filename, file) = file?.ok_or_else(|| upload_refused("upload-missing"))?;
    Ok(Received { fields, filename, file })
}

/// As [`receive`], the file optional (a file field left empty, with no name, counts as none) and
/// its refusal apart from the text fields, so a page can show them again.
pub async fn receive_optional(
    state: &AppState,
    Upload(mut form): Upload,
) -> Result<(HashMap<String, String>, Result<Option<(String, Spooled)>>)> {
    let mut fields = HashMap::new();
    let mut file = Ok(None);
    while let Some(field) = form.next_field().await.map_err(multipart_error)? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            file = match file {
                Ok(None) => spool_field(state, field).await,
                _ => Err(upload_refused("upload-one-file")),
            };
        } else if fields.len() < 16 {
            let value = field.text().await.map_err(multipart_error)?;
            // A message may be 5,000 characters (issue 21); other fields are short.
            fields.insert(name, value.chars().take(5001).collect());
        }
    }
    Ok((fields, file))
}

async fn spool_field(
    state: &AppState,
    mut field: axum::extract::multipart::Field<'_>,
) -> Result<Option<(String, Spooled)>> {
    let filename = field.file_name().unwrap_or_default().to_owned();
    if filename.is_empty() {
        // A browser sends an empty file field with no name and no bytes.
        while field.chunk().await.map_err(multipart_error)?.is_some() {}
        return Ok(None);
    }
    let Some(filename) = check_filename(&filename).map(str::to_owned) else {
        return Err(upload_refused(if filename.trim().is_empty() { "upload-missing" } else { "upload-bad-name" }));
    };
    let mut spool = Spool::create(&state.config().documents.spool_dir, MAX_UPLOAD).await.map_err(spool_error)?;
    while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
        spool.write(&chunk).await.map_err(spool_error)?;
    }
    Ok(Some((filename, spool.finish().await.map_err(spool_error)?)))
}

pub fn store_unavailable(e: StoreError) -> AppError {
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
    // The stored title is German, as the record a desk and a family both see (issue 18).
    let title = crate::web::language::speaking_sync("de", || {
        format!(
            "{} – {} {} – {} – {}",
            text(current(), &format!("doc-kind-{kind}"), &[]),
            facts.child_first_name,
            facts.child_last_name,
            facts.facility_name,
            date_text(facts.start_date)
        )
    });
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
    object_then_row(state, ctx, &key, file, async {
        Ok(ctx.db.insert_document(actor, &doc, to_parent, to_facility).await?)
    })
    .await
}

/// Stores `file` as object `key`, then writes its row (`row`); the object goes again when the row
/// is refused or fails, so no object stays without a row. The municipality is marked for the
/// sweeper first, which catches a crash between (or a failed removal) ten minutes later.
pub async fn object_then_row<T>(
    state: &AppState,
    ctx: &TenantCtx,
    key: &str,
    file: &Spooled,
    row: impl std::future::Future<Output = Result<T>>,
) -> Result<T> {
    let later = time::OffsetDateTime::now_utc() + time::Duration::minutes(10);
    state.store().mark_due(&ctx.tenant.schema, step_store::Work::Sweep, later).await?;
    state.objects().put_file(key, file.path(), file.size, file.content_type).await.map_err(store_unavailable)?;
    let written = row.await;
    if written.is_err()
        && let Err(del) = state.objects().delete(key).await
    {
        tracing::warn!(key, error = %del, "object of a failed document row not removed; the sweeper will");
    }
    written
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
        return Err(upload_refused("upload-kind"));
    }
    let facts = ctx.db.contract_facts_for_parent(account, rid).await?.ok_or(AppError::NotFound)?;
    if kind == "need" && facts.hours < 45 {
        return Err(upload_refused("upload-need-hours"));
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
    let to_parent = letters::signed_by_facility(&facts.child_first_name, &facts.facility_name, &facts.language);
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
pub fn check_upload_allowed(facts: &ContractFacts, kind: &str) -> Result<()> {
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

/// Where a download comes from: a short-lived presigned URL (when configured and the store can
/// make one), else the bytes from the store.
pub enum Download {
    Presigned(String),
    Bytes(Reader),
}

/// Opens a readable document for download.
pub async fn open_download(state: &AppState, doc: &DocumentRow) -> Result<Download> {
    open_object(state, &doc.object_key, &doc.filename, &doc.content_type).await
}

/// Opens a stored object for download (a document, or a formal notice of the office).
pub async fn open_object(state: &AppState, key: &str, filename: &str, content_type: &str) -> Result<Download> {
    let cfg = &state.config().documents;
    if cfg.presigned_downloads {
        let ttl = Duration::from_secs(cfg.presign_seconds);
        if let Some(url) =
            state.objects().presign_get(key, ttl, filename, content_type).await.map_err(store_unavailable)?
        {
            return Ok(Download::Presigned(url));
        }
    }
    match state.objects().get(key).await {
        Ok(r) => Ok(Download::Bytes(r)),
        // The row exists, so the object must: a missing one is the store's fault, not the user's.
        Err(StoreError::NotFound) => Err(AppError::DocumentStore(format!("object {key} of a stored row is missing"))),
        Err(e) => Err(store_unavailable(e)),
    }
}

/// Removes a parent's attachment: the row, then the object.
pub async fn remove_attachment(state: &AppState, ctx: &TenantCtx, account: Uuid, id: &str) -> Result<()> {
    let id = Uuid::parse_str(id).map_err(|_| AppError::NotFound)?;
    let key = ctx.db.delete_attachment(account, id).await?;
    if let Err(e) = state.objects().delete(&key).await {
        tracing::warn!(key, error = %e, "object of a removed attachment not deleted; the sweeper will");
    }
    Ok(())
}

/// Who acts on a registration: its family's parent, or staff of its facility.
pub enum Party {
    Parent(Uuid),
    Facility(FacilityCap),
}

pub async fn party(state: &AppState, ctx: &TenantCtx, session: &Session, id: &str) -> Result<(Party, Uuid)> {
    let account = signed_in(session)?;
    let id = Uuid::parse_str(id).map_err(|_| AppError::NotFound)?;
    if ctx.db.contract_facts_for_parent(account, id).await?.is_some() {
        return Ok((Party::Parent(account), id));
    }
    let (facility, kind) = ctx.db.registration_facility(id).await?.ok_or(AppError::NotFound)?;
    let cap =
        state.access().facility(account, ctx.tenant.slug.as_str(), facility, &kind).await.ok_or(AppError::NotFound)?;
    Ok((Party::Facility(cap), id))
}

pub async fn facility_party(
    state: &AppState,
    ctx: &TenantCtx,
    session: &Session,
    id: &str,
) -> Result<(FacilityCap, Uuid)> {
    match party(state, ctx, session, id).await? {
        (Party::Facility(cap), id) if cap.may_offer() => Ok((cap, id)),
        (Party::Facility(_), _) => Err(AppError::Forbidden),
        (Party::Parent(_), _) => Err(AppError::Forbidden),
    }
}
