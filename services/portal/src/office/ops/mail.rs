//! E-mails given up (issue 19.5), as the office's page and the API show them.

use serde::Serialize;
use utoipa::ToSchema;

use crate::web::error::Result;
use crate::web::format::moment_text;
use crate::web::json::rfc3339;
use crate::web::tenancy::TenantCtx;

/// The newest this many are listed.
const LISTED: i64 = 500;

/// One e-mail that could not be delivered, and the family to reach another way.
#[derive(Serialize, ToSchema)]
pub struct UndeliverableOut {
    id: i64,
    recipient: String,
    subject: String,
    /// The mail server's answer or why the address could not be used.
    reason: String,
    attempts: i32,
    /// When it was written and when it was given up (RFC 3339), and both as German local time.
    created_at: String,
    failed_at: String,
    created_text: String,
    failed_text: String,
    /// The family it was for (none for a staff invitation): name, phone and postal address.
    family: Option<String>,
    phone: Option<String>,
    address: Option<String>,
}

pub(crate) async fn undeliverable_rows(ctx: &TenantCtx) -> Result<Vec<UndeliverableOut>> {
    Ok(ctx
        .db
        .undeliverable_mail(LISTED)
        .await?
        .into_iter()
        .map(|m| UndeliverableOut {
            id: m.id,
            recipient: m.recipient,
            subject: m.subject,
            reason: m.failure,
            attempts: m.attempts,
            created_at: rfc3339(m.created_at),
            failed_at: rfc3339(m.failed_at),
            created_text: moment_text(m.created_at),
            failed_text: moment_text(m.failed_at),
            address: match (&m.street, &m.postcode, &m.city) {
                (Some(s), Some(p), Some(c)) => Some(format!("{s}, {p} {c}")),
                _ => None,
            },
            family: m.family_name,
            phone: m.phone,
        })
        .collect())
}
