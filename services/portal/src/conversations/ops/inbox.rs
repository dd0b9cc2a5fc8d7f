//! The facility's inbox (issue 21): its open conversations with the family's unread messages, and
//! announcements to every family waiting for one start date.

use serde::{Deserialize, Serialize};
use step_access::FacilityCap;
use step_domain::ParamError;
use step_domain::search::{format_date, parse_date};
use step_store::{Announcement, ConversationLine, StartGroup};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::conversations::ops::MAX_MESSAGE;
use crate::web::caps::actor;
use crate::web::error::{AppError, Result};
use crate::web::format::{date_text, moment_text};
use crate::web::json::rfc3339;
use crate::web::letters;
use crate::web::tenancy::TenantCtx;

/// Conversations the inbox lists at most.
pub const INBOX_LIMIT: i64 = 1000;
/// The longest subject of an announcement.
pub const MAX_SUBJECT: usize = 200;

/// A conversation in the facility's inbox.
#[derive(Serialize, ToSchema)]
pub struct ConversationLineOut {
    registration: Uuid,
    child: String,
    /// registered, offered, accepted or contracted
    status: String,
    last_message_at: String,
    last_message_text: String,
    /// Messages of the family the facility has not read.
    unread: i64,
}

/// A start date on the waiting list, for the announcement form.
#[derive(Serialize, ToSchema)]
pub struct StartGroupOut {
    start: String,
    start_text: String,
    families: i64,
}

/// An announcement sent.
#[derive(Serialize, ToSchema)]
pub struct AnnouncementOut {
    id: i64,
    start: String,
    subject: String,
    body: String,
    /// Families it reached.
    families: i32,
    at: String,
    at_text: String,
}

/// An announcement as typed.
#[derive(Deserialize, Serialize, Default, ToSchema)]
pub struct AnnouncementForm {
    /// The start date whose families it goes to, `YYYY-MM-DD`.
    #[serde(default)]
    #[schema(format = "date")]
    pub start: String,
    /// 1 to 200 characters.
    #[serde(default)]
    #[schema(min_length = 1, max_length = 200, pattern = "\\S")]
    pub subject: String,
    /// 1 to 5,000 characters.
    #[serde(default)]
    #[schema(min_length = 1, max_length = 5000, pattern = "\\S")]
    pub body: String,
}

fn line_out(c: &ConversationLine) -> ConversationLineOut {
    ConversationLineOut {
        registration: c.registration_id,
        child: c.child.clone(),
        status: c.status.clone(),
        last_message_at: rfc3339(c.last_message_at),
        last_message_text: moment_text(c.last_message_at),
        unread: c.unread,
    }
}

fn group_out(g: &StartGroup) -> StartGroupOut {
    StartGroupOut { start: format_date(g.start_date), start_text: date_text(g.start_date), families: g.families }
}

fn announcement_out(a: &Announcement) -> AnnouncementOut {
    AnnouncementOut {
        id: a.id,
        start: format_date(a.start_date),
        subject: a.subject.clone(),
        body: a.body.clone(),
        families: a.families,
        at: rfc3339(a.created_at),
        at_text: moment_text(a.created_at),
    }
}

/// The inbox: open conversations, newest first, with unread counts, and the unread in all.
pub async fn inbox(ctx: &TenantCtx, cap: &FacilityCap) -> Result<(Vec<ConversationLineOut>, i64)> {
    let lines = ctx.db.facility_conversations(cap.facility(), INBOX_LIMIT).await?;
    let unread = lines.iter().map(|c| c.unread).sum();
    Ok((lines.iter().map(line_out).collect(), unread))
}

/// The start dates to announce to, and the announcements sent.
pub async fn announcements(ctx: &TenantCtx, cap: &FacilityCap) -> Result<(Vec<StartGroupOut>, Vec<AnnouncementOut>)> {
    let groups = ctx.db.facility_start_groups(cap.facility()).await?;
    let sent = ctx.db.announcements(cap.facility(), 20).await?;
    Ok((groups.iter().map(group_out).collect(), sent.iter().map(announcement_out).collect()))
}

/// Sends an announcement; the number of families it reached. A date that cannot be read, an empty
/// or too long subject or text: refused at the field; no family waiting for that start: a rule.
pub async fn announce(ctx: &TenantCtx, cap: &FacilityCap, form: &AnnouncementForm) -> Result<i64> {
    if !cap.may_offer() {
        return Err(AppError::Forbidden);
    }
    let start = parse_date(form.start.trim())
        .ok_or(AppError::BadParam(ParamError::new("start", "err-date-format").arg("field_label", "announce-start")))?;
    let (subject, body) = (form.subject.trim(), form.body.trim());
    if subject.is_empty() || subject.chars().count() > MAX_SUBJECT {
        return Err(AppError::BadParam(
            ParamError::new("subject", "announce-err-subject")
                .arg("max", MAX_SUBJECT)
                .arg("field_label", "announce-subject"),
        ));
    }
    if body.is_empty() {
        return Err(AppError::BadParam(ParamError::new("body", "conv-err-empty").arg("field_label", "announce-body")));
    }
    if body.chars().count() > MAX_MESSAGE {
        let e = ParamError::new("body", "conv-err-long").arg("max", MAX_MESSAGE);
        return Err(AppError::BadParam(e.arg("field_label", "announce-body")));
    }
    let name = ctx.db.facility_names(&[cap.facility()]).await?.into_iter().next().map(|f| f.1).unwrap_or_default();
    let notices = letters::announcement_notices(&name, &ctx.url("/konto/nachrichten"));
    Ok(ctx.db.announce(cap.facility(), start, (subject, body, &actor(cap).id), &notices).await?)
}
