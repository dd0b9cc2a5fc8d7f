//! Documents: contract PDFs, signed copies and registration attachments (issue 6).
//!
//! [`ObjectStore`] is the one interface the portal talks to; [`LocalDir`] (the development default)
//! and `step_s3::S3Store` implement it. Objects are written from a spooled file ([`Spool`]): an
//! upload streams to a temporary file while its size, SHA-256 and first bytes are checked, so the
//! server never holds a whole document in memory and nothing reaches the store before it passed.
//! The metadata row in the tenant schema is written only after the object is stored.

pub mod batch;
mod font;
mod local;
pub mod pdf;
mod spool;
pub mod zip;

use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::time::Duration;

pub use local::LocalDir;
pub use spool::{MAX_UPLOAD, Spool, SpoolError, Spooled, check_filename, sniff};

/// A boxed future, so the store can be used as `Arc<dyn ObjectStore>`.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;
/// An object's content, read as it arrives.
pub type Reader = Pin<Box<dyn tokio::io::AsyncRead + Send>>;

/// One stored object, as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectInfo {
    pub key: String,
    pub size: u64,
    pub last_modified: Option<time::OffsetDateTime>,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The store did not answer or refused the request (network, credentials, server error).
    #[error("document store unavailable: {0}")]
    Unavailable(String),
    #[error("object not found")]
    NotFound,
    #[error("invalid object key: {0}")]
    BadKey(String),
}

/// Where documents live. Keys are `<tenant slug>/<kind>/<id>`; implementations must not interpret
/// them beyond that.
pub trait ObjectStore: Send + Sync + 'static {
    /// Stores the file at `path` (`size` bytes) under `key`, requesting encryption at rest.
    fn put_file<'a>(
        &'a self,
        key: &'a str,
        path: &'a Path,
        size: u64,
        content_type: &'a str,
    ) -> BoxFuture<'a, Result<(), StoreError>>;
    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Reader, StoreError>>;
    /// Deleting a missing object is not an error.
    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), StoreError>>;
    fn list<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, Result<Vec<ObjectInfo>, StoreError>>;
    /// A URL that fetches the object without credentials for `ttl`, if the backend can make one
    /// (the local directory cannot: the portal serves those itself).
    fn presign_get<'a>(
        &'a self,
        key: &'a str,
        ttl: Duration,
        filename: &'a str,
        content_type: &'a str,
    ) -> BoxFuture<'a, Result<Option<String>, StoreError>>;
    /// For logs and the readiness page: which backend, where.
    fn describe(&self) -> String;
}

/// The key of a document of a tenant.
pub fn object_key(tenant: &str, kind: &str, id: uuid::Uuid) -> String {
    format!("{tenant}/{kind}/{id}")
}

/// `Content-Disposition` for a download: the stored name, with anything that is not plain ASCII
/// percent-encoded (RFC 6266 / 5987) and a plain fallback.
pub fn content_disposition(filename: &str) -> String {
    let plain: String = filename
        .chars()
        .map(|c| if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' { c } else { '_' })
        .collect();
    let mut encoded = String::new();
    for b in filename.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            encoded.push(b as char);
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    format!("attachment; filename=\"{plain}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disposition_keeps_umlauts_encoded_and_quotes_out() {
        let d = content_disposition("Vertrag Müller \"1\".pdf");
        assert_eq!(
            d,
            "attachment; filename=\"Vertrag M_ller _1_.pdf\"; filename*=UTF-8''Vertrag%20M%C3%BCller%20%221%22.pdf"
        );
    }
}
