//! The S3 backend of the document store (`aws-sdk-s3`): any S3-compatible server (AWS, MinIO,
//! Ceph, s3s-fs in the tests) by endpoint, region, bucket and static keys; path-style addressing
//! for servers without virtual-host buckets; server-side encryption (SSE-S3, AES256) requested on
//! every write; short retries and timeouts so a user waiting on an upload gets an answer quickly.

use std::path::Path;
use std::time::Duration;

use aws_sdk_s3::Client;
use aws_sdk_s3::config::retry::RetryConfig;
use aws_sdk_s3::config::timeout::TimeoutConfig;
use aws_sdk_s3::config::{
    BehaviorVersion, Credentials, Region, RequestChecksumCalculation, ResponseChecksumValidation,
};
use aws_sdk_s3::error::{DisplayErrorContext, ProvideErrorMetadata, SdkError};
use aws_sdk_s3::presigning::PresigningConfig;
use aws_sdk_s3::primitives::ByteStream;
use aws_sdk_s3::types::ServerSideEncryption;
use step_documents::{BoxFuture, ObjectInfo, ObjectStore, Reader, StoreError};

/// How to reach the bucket (from `[documents]` / `STEP__DOCUMENTS__…`).
#[derive(Debug, Clone)]
pub struct S3Settings {
    /// e.g. `https://s3.eu-central-1.amazonaws.com` or `http://127.0.0.1:9100`.
    pub endpoint: String,
    pub region: String,
    pub bucket: String,
    pub access_key: String,
    pub secret_key: String,
    /// `https://host/bucket/key` instead of `https://bucket.host/key` (MinIO, s3s-fs, Ceph).
    pub path_style: bool,
    /// Request SSE-S3 (AES256) on every write. Servers without encryption support may refuse it.
    pub encrypt: bool,
}

pub struct S3Store {
    client: Client,
    bucket: String,
    endpoint: String,
    encrypt: bool,
}

impl S3Store {
    pub fn new(s: &S3Settings) -> Self {
        let config = aws_sdk_s3::config::Builder::new()
            .behavior_version(BehaviorVersion::latest())
            .region(Region::new(s.region.clone()))
            .endpoint_url(&s.endpoint)
            .force_path_style(s.path_style)
            .credentials_provider(Credentials::new(&s.access_key, &s.secret_key, None, None, "step-config"))
            // Checksums only where the API requires them: S3-compatible servers differ in what
            // trailing checksums they accept; integrity is kept by our own SHA-256 in the row.
            .request_checksum_calculation(RequestChecksumCalculation::WhenRequired)
            .response_checksum_validation(ResponseChecksumValidation::WhenRequired)
            .retry_config(RetryConfig::standard().with_max_attempts(2))
            .timeout_config(
                TimeoutConfig::builder()
                    .connect_timeout(Duration::from_secs(3))
                    .operation_attempt_timeout(Duration::from_secs(60))
                    .build(),
            )
            .build();
        Self {
            client: Client::from_conf(config),
            bucket: s.bucket.clone(),
            endpoint: s.endpoint.clone(),
            encrypt: s.encrypt,
        }
    }

    /// Creates the bucket if it does not exist (development and tests; production buckets are
    /// provisioned with their policies).
    pub async fn ensure_bucket(&self) -> Result<(), StoreError> {
        if self.client.head_bucket().bucket(&self.bucket).send().await.is_ok() {
            return Ok(());
        }
        match self.client.create_bucket().bucket(&self.bucket).send().await {
            Ok(_) => Ok(()),
            Err(e) if matches!(e.code(), Some("BucketAlreadyOwnedByYou" | "BucketAlreadyExists")) => Ok(()),
            Err(e) => Err(unavailable(e)),
        }
    }
}

fn unavailable<E: std::error::Error + Send + Sync + 'static, R: std::fmt::Debug>(e: SdkError<E, R>) -> StoreError {
    StoreError::Unavailable(DisplayErrorContext(&e).to_string())
}

fn not_found_or<E, R>(e: SdkError<E, R>) -> StoreError
where
    E: std::error::Error + Send + Sync + ProvideErrorMetadata + 'static,
    R: std::fmt::Debug,
{
    let missing = matches!(&e, SdkError::ServiceError(s) if matches!(s.err().code(), Some("NoSuchKey" | "NotFound")))
        || matches!(&e, SdkError::ServiceError(s) if format!("{:?}", s.raw()).contains("StatusCode(404)"));
    if missing { StoreError::NotFound } else { unavailable(e) }
}

impl ObjectStore for S3Store {
    fn put_file<'a>(
        &'a self,
        key: &'a str,
        path: &'a Path,
        size: u64,
        content_type: &'a str,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            // from_path streams the file in chunks with a known length (no buffering of the body).
            let body = ByteStream::from_path(path).await.map_err(|e| StoreError::Unavailable(e.to_string()))?;
            let mut put = self
                .client
                .put_object()
                .bucket(&self.bucket)
                .key(key)
                .content_type(content_type)
                .content_length(i64::try_from(size).unwrap_or(i64::MAX))
                .body(body);
            if self.encrypt {
                put = put.server_side_encryption(ServerSideEncryption::Aes256);
            }
            put.send().await.map_err(unavailable)?;
            Ok(())
        })
    }

    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Reader, StoreError>> {
        Box::pin(async move {
            let out = self.client.get_object().bucket(&self.bucket).key(key).send().await.map_err(not_found_or)?;
            Ok(Box::pin(out.body.into_async_read()) as Reader)
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            match self.client.delete_object().bucket(&self.bucket).key(key).send().await.map_err(not_found_or) {
                Ok(_) | Err(StoreError::NotFound) => Ok(()),
                Err(e) => Err(e),
            }
        })
    }

    fn list<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, Result<Vec<ObjectInfo>, StoreError>> {
        Box::pin(async move {
            let mut out = Vec::new();
            let mut token: Option<String> = None;
            loop {
                let page = self
                    .client
                    .list_objects_v2()
                    .bucket(&self.bucket)
                    .prefix(prefix)
                    .set_continuation_token(token.take())
                    .send()
                    .await
                    .map_err(unavailable)?;
                for o in page.contents() {
                    let Some(key) = o.key() else { continue };
                    let last_modified =
                        o.last_modified().and_then(|t| time::OffsetDateTime::from_unix_timestamp(t.secs()).ok());
                    out.push(ObjectInfo {
                        key: key.to_owned(),
                        size: u64::try_from(o.size().unwrap_or(0)).unwrap_or(0),
                        last_modified,
                    });
                }
                match page.next_continuation_token() {
                    Some(t) if page.is_truncated() == Some(true) => token = Some(t.to_owned()),
                    _ => break,
                }
            }
            Ok(out)
        })
    }

    fn presign_get<'a>(
        &'a self,
        key: &'a str,
        ttl: Duration,
        filename: &'a str,
        content_type: &'a str,
    ) -> BoxFuture<'a, Result<Option<String>, StoreError>> {
        Box::pin(async move {
            let config = PresigningConfig::expires_in(ttl).map_err(|e| StoreError::Unavailable(e.to_string()))?;
            let req = self
                .client
                .get_object()
                .bucket(&self.bucket)
                .key(key)
                .response_content_disposition(step_documents::content_disposition(filename))
                .response_content_type(content_type)
                .presigned(config)
                .await
                .map_err(unavailable)?;
            Ok(Some(req.uri().to_owned()))
        })
    }

    fn describe(&self) -> String {
        format!("S3 bucket {} at {}", self.bucket, self.endpoint)
    }
}
