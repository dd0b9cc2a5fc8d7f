//! Upload spooling: chunks go to a temporary file as they arrive, with the size limit, the content
//! check and the SHA-256 applied on the way. A [`Spooled`] file deletes itself when dropped, so an
//! upload that fails at any point leaves nothing on disk.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

/// The largest document accepted: 10 MB.
pub const MAX_UPLOAD: u64 = 10 * 1024 * 1024;

/// Why an upload was refused; each maps to a German message in the portal.
#[derive(Debug, thiserror::Error)]
pub enum SpoolError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than {0} bytes")]
    TooLarge(u64),
    /// Not a PDF, JPEG or PNG by its content.
    #[error("the content is not PDF, JPEG or PNG")]
    WrongType,
    #[error("could not write the temporary file: {0}")]
    Io(#[from] std::io::Error),
}

/// The content type of a PDF, JPEG or PNG file from its first bytes; anything else is `None`.
/// The name and the type the browser claims are never trusted.
pub fn sniff(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else {
        None
    }
}

/// A file name as shown in downloads: 1–200 characters, no path separators, no control characters,
/// not `.` or `..`. Returns the trimmed name.
pub fn check_filename(name: &str) -> Option<&str> {
    let name = name.trim();
    let ok = !name.is_empty()
        && name.chars().count() <= 200
        && name != "."
        && name != ".."
        && !name.chars().any(|c| c == '/' || c == '\\' || c.is_control());
    ok.then_some(name)
}

const SNIFF_LEN: usize = 8;

/// An upload being written to a temporary file.
pub struct Spool {
    file: tokio::fs::File,
    path: Option<PathBuf>,
    size: u64,
    limit: u64,
    head: Vec<u8>,
    hash: Sha256,
}

/// A complete, checked upload on disk.
#[derive(Debug)]
pub struct Spooled {
    path: PathBuf,
    pub size: u64,
    /// Lower-case hex.
    pub sha256: String,
    pub content_type: &'static str,
}

impl Spooled {
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Spooled {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

impl Drop for Spool {
    fn drop(&mut self) {
        if let Some(p) = self.path.take() {
            let _ = std::fs::remove_file(p);
        }
    }
}

impl Spool {
    /// A new temporary file in `dir` (created if missing) for at most `limit` bytes.
    pub async fn create(dir: &Path, limit: u64) -> Result<Self, SpoolError> {
        tokio::fs::create_dir_all(dir).await?;
        let path = dir.join(format!("upload-{}.part", uuid::Uuid::new_v4()));
        let file = tokio::fs::OpenOptions::new().write(true).create_new(true).open(&path).await?;
        Ok(Self { file, path: Some(path), size: 0, limit, head: Vec::with_capacity(SNIFF_LEN), hash: Sha256::new() })
    }

    /// Appends a chunk. Refuses as soon as the limit is passed or the first bytes show a type
    /// other than PDF, JPEG or PNG, so a wrong or oversized upload is not read to its end.
    pub async fn write(&mut self, chunk: &[u8]) -> Result<(), SpoolError> {
        self.size += chunk.len() as u64;
        if self.size > self.limit {
            return Err(SpoolError::TooLarge(self.limit));
        }
        if self.head.len() < SNIFF_LEN {
            let take = (SNIFF_LEN - self.head.len()).min(chunk.len());
            self.head.extend_from_slice(&chunk[..take]);
            if self.head.len() == SNIFF_LEN && sniff(&self.head).is_none() {
                return Err(SpoolError::WrongType);
            }
        }
        self.hash.update(chunk);
        self.file.write_all(chunk).await?;
        Ok(())
    }

    /// Flushes and checks the whole file.
    pub async fn finish(mut self) -> Result<Spooled, SpoolError> {
        if self.size == 0 {
            return Err(SpoolError::Empty);
        }
        let content_type = sniff(&self.head).ok_or(SpoolError::WrongType)?;
        self.file.flush().await?;
        self.file.sync_data().await?;
        let path = self.path.take().expect("spool path is set until finished");
        let hash = std::mem::take(&mut self.hash);
        Ok(Spooled { path, size: self.size, sha256: hex(&hash.finalize()), content_type })
    }

    /// Spools bytes held in memory (a generated PDF).
    pub async fn from_bytes(dir: &Path, bytes: &[u8]) -> Result<Spooled, SpoolError> {
        let mut s = Self::create(dir, u64::MAX).await?;
        s.write(bytes).await?;
        s.finish().await
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> PathBuf {
        std::env::temp_dir().join(format!("step-spool-test-{}", uuid::Uuid::new_v4()))
    }

    #[test]
    fn sniffs_by_content_only() {
        assert_eq!(sniff(b"%PDF-1.7\n"), Some("application/pdf"));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("image/jpeg"));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(sniff(b"PK\x03\x04 zip named .pdf"), None);
        assert_eq!(sniff(b"<html>"), None);
    }

    #[test]
    fn file_names_without_separators() {
        assert_eq!(check_filename(" Vertrag.pdf "), Some("Vertrag.pdf"));
        assert_eq!(check_filename("../../etc/passwd"), None);
        assert_eq!(check_filename("C:\\Users\\x.pdf"), None);
        assert_eq!(check_filename(".."), None);
        assert_eq!(check_filename(""), None);
        assert_eq!(check_filename("a\nb.pdf"), None);
        assert_eq!(check_filename(&"x".repeat(201)), None);
    }

    #[tokio::test]
    async fn spools_checks_and_cleans_up() {
        let d = dir();
        let mut s = Spool::create(&d, 20).await.unwrap();
        s.write(b"%PDF-1.4\n").await.unwrap();
        s.write(b"abc").await.unwrap();
        let done = s.finish().await.unwrap();
        assert_eq!(done.size, 12);
        assert_eq!(done.content_type, "application/pdf");
        assert_eq!(std::fs::read(done.path()).unwrap(), b"%PDF-1.4\nabc");
        let path = done.path().to_owned();
        drop(done);
        assert!(!path.exists(), "a dropped upload leaves no file");

        let mut big = Spool::create(&d, 20).await.unwrap();
        big.write(b"%PDF-1.4\n").await.unwrap();
        assert!(matches!(big.write(&[0u8; 20]).await, Err(SpoolError::TooLarge(20))));
        drop(big);
        let mut wrong = Spool::create(&d, 20).await.unwrap();
        assert!(matches!(wrong.write(b"GIF89a....").await, Err(SpoolError::WrongType)));
        drop(wrong);
        assert!(matches!(Spool::create(&d, 20).await.unwrap().finish().await, Err(SpoolError::Empty)));
        // A short file whose few bytes never reach the sniff length is checked at the end.
        let mut short = Spool::create(&d, 20).await.unwrap();
        short.write(b"%PD").await.unwrap();
        assert!(matches!(short.finish().await, Err(SpoolError::WrongType)));
        assert_eq!(std::fs::read_dir(&d).unwrap().count(), 0, "refused uploads leave nothing behind");
        std::fs::remove_dir_all(d).unwrap();
    }
}
