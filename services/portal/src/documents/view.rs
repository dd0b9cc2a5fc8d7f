//! How documents are shown and handed out: the list on pages, the download response, and which
//! refusals re-display the page instead of an error page.

use axum::body::Body;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use step_documents::content_disposition;
use step_store::DocumentRow;
use tokio_util::io::ReaderStream;
use uuid::Uuid;

use crate::documents::ops::Download;
use crate::web::error::{AppError, Result};
use crate::web::format::{date_text, human_size};
use crate::web::i18n::text;
use crate::web::language::current;

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
            kind_label: text(current(), &format!("doc-kind-{}", d.kind), &[]),
            version: d.version,
            filename: d.filename.clone(),
            size: human_size(d.size),
            created: date_text(d.created_at.date()),
            by: text(
                current(),
                &format!("doc-by-{}", if d.uploaded_role == "parent" { "parent" } else { "facility" }),
                &[],
            ),
        })
        .collect()
}

/// Upload refusals and rules re-display the page with the German message; the upload is gone.
pub fn shown_on_page(e: &AppError) -> bool {
    matches!(e, AppError::Upload(..) | AppError::Rule(_) | AppError::DocumentStore(_))
}

/// The download response: the redirect to the presigned URL, or the bytes streamed.
pub fn download_response(doc: &DocumentRow, download: Download) -> Result<Response> {
    object_response((&doc.filename, &doc.content_type, doc.size), download)
}

/// The download response of a stored object: `(filename, content type, size)`.
pub fn object_response((filename, content_type, size): (&str, &str, i64), download: Download) -> Result<Response> {
    let reader = match download {
        Download::Presigned(url) => return Ok(Redirect::to(&url).into_response()),
        Download::Bytes(reader) => reader,
    };
    let mut res = Body::from_stream(ReaderStream::new(reader)).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_str(content_type).map_err(|e| AppError::Internal(e.to_string()))?);
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(size));
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&content_disposition(filename)).map_err(|e| AppError::Internal(e.to_string()))?,
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    Ok(res)
}

/// The PDF of a formal notice of the office (issue 20) for download, to the family or the office.
pub async fn notice_download(state: &crate::web::state::AppState, n: &step_store::NoticeRow) -> Result<Response> {
    let filename = format!("Bescheid-{}.pdf", n.issued_at.date());
    let download = crate::documents::ops::open_object(state, &n.object_key, &filename, "application/pdf").await?;
    object_response((&filename, "application/pdf", n.size), download)
}
