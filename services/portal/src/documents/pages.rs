//! The parent's document pages (a registration's documents, upload, removal) and the download link
//! every entitled person follows.

use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use step_documents::MAX_UPLOAD;
use uuid::Uuid;

use crate::documents::ops::{self, PARENT_KINDS};
use crate::documents::view::{doc_views, download_response, shown_on_page};
use crate::web::error::{AppError, Result};
use crate::web::extract::{Parent, Upload};
use crate::web::format::date_text;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::page::{encode, notice, user_page};
use crate::web::session::Session;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

pub(crate) async fn download_page(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    let Some(account) = session.account() else {
        return Err(AppError::Redirect(format!(
            "{}/login?return_to={}",
            ctx.base,
            crate::web::page::encode(&session.here)
        )));
    };
    let doc = ops::readable_document(&state, &ctx, account, &id).await?;
    download_response(&doc, ops::open_download(&state, &doc).await?)
}

const PARENT_NOTICES: &[&str] = &["uploaded", "removed"];

pub(crate) async fn parent_remove(
    parent: Parent,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    let account = parent.session.account().ok_or(AppError::NotSignedIn)?;
    let doc_id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let registration =
        parent.ctx.db.document(doc_id).await?.and_then(|d| d.registration_id).ok_or(AppError::NotFound)?;
    match ops::remove_attachment(&state, &parent.ctx, account, &id).await {
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
            (info.status, Some(text(current(), info.message_key, &[])))
        }
    };
    let kinds: Vec<(String, String)> = PARENT_KINDS
        .iter()
        .filter(|k| **k != "signed" || (facts.status == "accepted" && facts.contract_version > 0))
        .filter(|k| **k != "need" || facts.hours >= 45)
        .map(|k| ((*k).to_owned(), text(current(), &format!("doc-kind-{k}"), &[])))
        .collect();
    let mut page = user_page(state, &parent.ctx, &parent.session, &parent.csrf).await?;
    page.insert(
        "r",
        &serde_json::json!({
            "id": facts.registration_id, "facility": facts.facility_name, "child": facts.child_first_name,
            "status": facts.status, "status_label": text(current(), &format!("status-{}", facts.status), &[]),
            "start": date_text(facts.start_date), "hours": facts.hours }),
    )
    .insert("documents", &doc_views(&docs))
    .insert("kinds", &kinds)
    .insert("kind", kind)
    .insert("may_upload", &matches!(facts.status.as_str(), "registered" | "offered" | "accepted"))
    .insert("removable", &matches!(facts.status.as_str(), "registered" | "offered" | "accepted"))
    .insert("max_mb", &(MAX_UPLOAD / 1024 / 1024))
    .insert("error", &message)
    .insert("notice", &notice);
    Ok((status, page.render(state, "documents/documents.html")?).into_response())
}

pub(crate) async fn parent_documents_page(
    parent: Parent,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    uri: Uri,
) -> Result<Response> {
    let notice = notice(&uri, PARENT_NOTICES, "doc-notice-");
    render_parent_documents(&parent, &state, &id, None, "", notice).await
}

pub(crate) async fn parent_upload(
    parent: Parent,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    form: Upload,
) -> Result<Response> {
    let account = parent.session.account().ok_or(AppError::NotSignedIn)?;
    let rid = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let outcome = match ops::receive(&state, form).await {
        Ok(received) => {
            let kind = received.fields.get("kind").cloned().unwrap_or_default();
            ops::parent_store(&state, &parent.ctx, account, rid, &kind, &received).await.map(|_| kind)
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

/// The family's contract page (issue 16.10): what the contract says, the PDF, and, where the
/// municipality allows it, online acceptance after signing in again.
#[derive(serde::Deserialize)]
pub(crate) struct AcceptForm {
    #[serde(default)]
    version: String,
    #[serde(default)]
    confirm: String,
}

async fn render_contract(parent: &Parent, state: &AppState, id: &str, refused: Option<AppError>) -> Result<Response> {
    let account = parent.session.account().ok_or(AppError::NotSignedIn)?;
    let rid = Uuid::parse_str(id).map_err(|_| AppError::NotFound)?;
    let facts = parent.ctx.db.contract_facts_for_parent(account, rid).await?.ok_or(AppError::NotFound)?;
    let current = parent.ctx.db.current_document(rid, "contract").await?.ok_or(AppError::NotFound)?;
    let here = format!("{}/konto/vormerkungen/{rid}/vertrag", parent.ctx.base);
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let mut page = user_page(state, &parent.ctx, &parent.session, &parent.csrf).await?;
    let status = match &refused {
        Some(AppError::BadParam(p)) => {
            page.mistakes(std::slice::from_ref(p));
            StatusCode::BAD_REQUEST
        }
        Some(e) => {
            page.insert("error", &text(crate::web::language::current(), e.info().message_key, &[]));
            e.info().status
        }
        None => StatusCode::OK,
    };
    let terms = ops::terms_form(&facts);
    page.insert("rid", &rid)
        .insert("child", &facts.child_first_name)
        .insert("facility", &facts.facility_name)
        .insert("start", &date_text(facts.start_date))
        .insert("hours", &facts.hours)
        .insert("terms", &terms)
        .insert("document_id", &current.id)
        .insert("version", &facts.contract_version)
        .insert("status", &facts.status)
        .insert("online", &facts.online_contract)
        .insert("fresh", &parent.session.data.recently_reauthenticated(now))
        .insert("login_again", &format!("{}/login?erneut=1&return_to={}", parent.ctx.base, encode(&here)));
    Ok((status, page.render(state, "documents/contract_accept.html")?).into_response())
}

pub(crate) async fn contract_page(
    parent: Parent,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    render_contract(&parent, &state, &id, None).await
}

/// Accepts the contract online: only with the box ticked, after signing in again within the last
/// ten minutes (else to the provider first), for the version the family read.
pub(crate) async fn contract_accept(
    parent: Parent,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    axum::Form(form): axum::Form<AcceptForm>,
) -> Result<Response> {
    let account = parent.session.account().ok_or(AppError::NotSignedIn)?;
    let rid = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    if !parent.session.data.recently_reauthenticated(now) {
        let here = format!("{}/konto/vormerkungen/{rid}/vertrag", parent.ctx.base);
        return Ok(
            Redirect::to(&format!("{}/login?erneut=1&return_to={}", parent.ctx.base, encode(&here))).into_response()
        );
    }
    let refused = if form.confirm != "ja" {
        Err(AppError::BadParam(step_domain::ParamError::new("confirm", "err-accept-confirm")))
    } else {
        let version = form.version.trim().parse().map_err(|_| AppError::NotFound)?;
        ops::accept_online(&parent.ctx, account, rid, version).await
    };
    match refused {
        Ok(()) => {
            Ok(Redirect::to(&format!("{}/konto?hinweis=contract-accepted#r-{rid}", parent.ctx.base)).into_response())
        }
        Err(e @ (AppError::BadParam(_) | AppError::Rule(_))) => render_contract(&parent, &state, &id, Some(e)).await,
        Err(e) => Err(e),
    }
}
