//! The local-directory backend: the embedded default of `./dev run`. Objects are files under the
//! root named by their key; a write goes to a temporary name first and is renamed into place, so a
//! reader never sees half an object.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::{BoxFuture, ObjectInfo, ObjectStore, Reader, StoreError};

pub struct LocalDir {
    root: PathBuf,
}

impl LocalDir {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// The file of a key. Keys are made by the portal, but a key that could leave the root is
    /// refused anyway.
    fn path(&self, key: &str) -> Result<PathBuf, StoreError> {
        let ok = !key.is_empty()
            && key.split('/').all(|p| !p.is_empty() && p != "." && p != ".." && !p.contains('\\'))
            && !key.starts_with('/');
        if !ok {
            return Err(StoreError::BadKey(key.to_owned()));
        }
        Ok(self.root.join(key))
    }
}

fn io(e: std::io::Error) -> StoreError {
    if e.kind() == std::io::ErrorKind::NotFound { StoreError::NotFound } else { StoreError::Unavailable(e.to_string()) }
}

impl ObjectStore for LocalDir {
    fn put_file<'a>(
        &'a self,
        key: &'a str,
        path: &'a Path,
        _size: u64,
        _content_type: &'a str,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let target = self.path(key)?;
            let dir = target.parent().ok_or_else(|| StoreError::BadKey(key.to_owned()))?;
            tokio::fs::create_dir_all(dir).await.map_err(io)?;
            let part = dir.join(format!(".{}.part", uuid::Uuid::new_v4()));
            if let Err(e) = tokio::fs::copy(path, &part).await {
                let _ = tokio::fs::remove_file(&part).await;
                return Err(io(e));
            }
            tokio::fs::rename(&part, &target).await.map_err(io)
        })
    }

    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Reader, StoreError>> {
        Box::pin(async move {
            let file = tokio::fs::File::open(self.path(key)?).await.map_err(io)?;
            Ok(Box::pin(file) as Reader)
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            match tokio::fs::remove_file(self.path(key)?).await.map_err(io) {
                Ok(()) | Err(StoreError::NotFound) => Ok(()),
                Err(e) => Err(e),
            }
        })
    }

    fn list<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, Result<Vec<ObjectInfo>, StoreError>> {
        Box::pin(async move {
            let mut out = Vec::new();
            let mut todo = vec![self.root.clone()];
            while let Some(dir) = todo.pop() {
                let mut entries = match tokio::fs::read_dir(&dir).await {
                    Ok(e) => e,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                    Err(e) => return Err(io(e)),
                };
                while let Some(entry) = entries.next_entry().await.map_err(io)? {
                    let meta = entry.metadata().await.map_err(io)?;
                    let path = entry.path();
                    if meta.is_dir() {
                        todo.push(path);
                        continue;
                    }
                    let Ok(rel) = path.strip_prefix(&self.root) else { continue };
                    let key = rel.to_string_lossy().replace('\\', "/");
                    if key.starts_with(prefix) && !entry.file_name().to_string_lossy().starts_with('.') {
                        let last_modified = meta.modified().ok().map(time::OffsetDateTime::from);
                        out.push(ObjectInfo { key, size: meta.len(), last_modified });
                    }
                }
            }
            out.sort_by(|a, b| a.key.cmp(&b.key));
            Ok(out)
        })
    }

    fn presign_get<'a>(
        &'a self,
        _key: &'a str,
        _ttl: Duration,
        _filename: &'a str,
        _content_type: &'a str,
    ) -> BoxFuture<'a, Result<Option<String>, StoreError>> {
        Box::pin(async { Ok(None) })
    }

    fn describe(&self) -> String {
        format!("local directory {}", self.root.display())
    }
}

#[cfg(test)]
mod tests {
    use tokio::io::AsyncReadExt;

    use super::*;

    #[tokio::test]
    async fn round_trip_list_delete_and_no_escape() {
        let root = std::env::temp_dir().join(format!("step-local-{}", uuid::Uuid::new_v4()));
        let store = LocalDir::new(&root);
        let src = root.with_extension("src");
        std::fs::write(&src, b"%PDF-1.4 hello").unwrap();
        store.put_file("steinfurt/contract/1", &src, 14, "application/pdf").await.unwrap();
        store.put_file("rheine/contract/2", &src, 14, "application/pdf").await.unwrap();
        let mut body = Vec::new();
        store.get("steinfurt/contract/1").await.unwrap().read_to_end(&mut body).await.unwrap();
        assert_eq!(body, b"%PDF-1.4 hello");
        let listed = store.list("steinfurt/").await.unwrap();
        assert_eq!(listed.iter().map(|o| o.key.as_str()).collect::<Vec<_>>(), ["steinfurt/contract/1"]);
        assert_eq!(listed[0].size, 14);
        store.delete("steinfurt/contract/1").await.unwrap();
        store.delete("steinfurt/contract/1").await.unwrap();
        assert!(matches!(store.get("steinfurt/contract/1").await, Err(StoreError::NotFound)));
        assert!(matches!(store.get("../etc/passwd").await, Err(StoreError::BadKey(_))));
        assert!(matches!(store.get("/etc/passwd").await, Err(StoreError::BadKey(_))));
        std::fs::remove_dir_all(&root).unwrap();
        std::fs::remove_file(&src).unwrap();
    }
}
