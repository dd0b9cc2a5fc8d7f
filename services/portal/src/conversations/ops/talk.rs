//! The admission talk on the conversation's page (issue 21): the facility offers up to five times,
//! the family books one (or moves it to another), either side cancels with a message; both get
//! the calendar file by e-mail and download it from the page.

use serde::{Deserialize, Serialize};
use step_domain::ParamError;
use step_domain::talk::{Appointment, MAX_OPEN_SLOTS, SlotForm};
use step_store::{TalkFacts, TalkLetters, TalkSlot};
use time::OffsetDateTime;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::conversations::ops::{MAX_MESSAGE, Reader};
use crate::web::error::{AppError, Result};
use crate::web::format::moment_text;
use crate::web::i18n::text;
use crate::web::json::rfc3339;
use crate::web::language::{current, speaking_sync};
use crate::web::letters;
use crate::web::session::Session;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

/// A time for the talk as the page and the API show it.
#[derive(Serialize, ToSchema)]
pub struct TalkSlotOut {
    pub id: i64,
    pub starts_at: String,
    pub ends_at: String,
    /// "12.01.2027 15:30", German local time.
    pub at_text: String,
    /// "16:00"
    pub until_text: String,
    /// `place`, `phone` or `video`
    pub mode: String,
    pub place: String,
    /// Booked by this registration's family.
    pub mine: bool,
    /// Booked by another family (shown to the facility only).
    pub taken: bool,
}

/// The talk of a registration: the times offered and the booked one.
#[derive(Serialize, ToSchema)]
pub struct TalkOut {
    /// For the family: the times it may pick (not taken, not past) and its own; for the facility:
    /// every time it offered here.
    pub slots: Vec<TalkSlotOut>,
    pub booked: Option<TalkSlotOut>,
    /// More times may be offered (at most five open at once).
    pub may_offer_more: bool,
}

/// Times offered at once: up to five rows, empty ones skipped.
#[derive(Deserialize, Serialize, Default, ToSchema)]
pub struct TalkOfferForm {
    #[serde(default)]
    #[schema(value_type = Vec<TalkSlotBody>)]
    pub slots: Vec<SlotForm>,
}

/// Documents a time as sent; the handler reads [`SlotForm`] (a test keeps the fields equal).
#[allow(dead_code)]
#[derive(Deserialize, Serialize, ToSchema)]
pub struct TalkSlotBody {
    /// The day, `YYYY-MM-DD`.
    #[schema(format = "date")]
    date: String,
    /// German local time, `HH:MM`.
    #[schema(pattern = "^[0-2]?[0-9]:[0-5][0-9]$")]
    time: String,
    /// Minutes, 10 to 240 (30 when left out).
    minutes: Option<String>,
    /// `place`, `phone` or `video`.
    mode: String,
    /// Where (required for `place`), at most 200 characters.
    place: String,
}

/// The family's choice.
#[derive(Deserialize, Serialize, Default, ToSchema)]
pub struct TalkBookForm {
    #[serde(default)]
    pub slot: String,
}

/// A cancellation and its reason (a message in the conversation).
#[derive(Deserialize, Serialize, Default, ToSchema)]
pub struct TalkCancelForm {
    /// 1 to 5,000 characters.
    #[serde(default)]
    #[schema(min_length = 1, max_length = 5000, pattern = "\\S")]
    pub reason: String,
}

fn slot_out(s: &TalkSlot) -> TalkSlotOut {
    let local = step_domain::talk::berlin(s.ends_at);
    TalkSlotOut {
        id: s.id,
        starts_at: rfc3339(s.starts_at),
        ends_at: rfc3339(s.ends_at),
        at_text: moment_text(s.starts_at),
        until_text: format!("{:02}:{:02}", local.hour(), local.minute()),
        mode: s.mode.clone(),
        place: s.place.clone(),
        mine: s.mine,
        taken: s.taken,
    }
}

/// The office's reading of a talk is audited (`talk_read`), as its reading of the conversation.
pub async fn audit_office(ctx: &TenantCtx, reader: &Reader, id: Uuid) -> Result<()> {
    if let Reader::Office(a) = reader {
        ctx.db.audit_read(a, "talk_read", &format!("registration:{id}")).await?;
    }
    Ok(())
}

/// The talk as `reader` sees it.
pub async fn talk(ctx: &TenantCtx, reader: &Reader, id: Uuid) -> Result<TalkOut> {
    let all = ctx.db.talk_slots(id).await?;
    let now = OffsetDateTime::now_utc();
    let open = all.iter().filter(|s| !s.mine && !s.taken && s.starts_at > now).count();
    let slots = all
        .iter()
        .filter(|s| matches!(reader, Reader::Facility(_)) || s.mine || (!s.taken && s.starts_at > now))
        .map(slot_out)
        .collect();
    Ok(TalkOut {
        slots,
        booked: all.iter().find(|s| s.mine).map(slot_out),
        may_offer_more: matches!(reader, Reader::Facility(_)) && open < MAX_OPEN_SLOTS,
    })
}

/// The fields of the offer form's rows, as the page names its inputs (`date-1` … `place-5`).
const ROW_FIELDS: [[&str; 5]; MAX_OPEN_SLOTS] = [
    ["date-1", "time-1", "minutes-1", "mode-1", "place-1"],
    ["date-2", "time-2", "minutes-2", "mode-2", "place-2"],
    ["date-3", "time-3", "minutes-3", "mode-3", "place-3"],
    ["date-4", "time-4", "minutes-4", "mode-4", "place-4"],
    ["date-5", "time-5", "minutes-5", "mode-5", "place-5"],
];

/// A mistake in row `row` (from 0) of the offer: named by the row's field (`time-2`) and numbered
/// in its message ("Termin 2: …").
fn in_row(e: ParamError, row: usize) -> ParamError {
    const COLUMNS: [&str; 5] = ["date", "time", "minutes", "mode", "place"];
    let column = COLUMNS.iter().position(|f| *f == e.field).unwrap_or(0);
    let field = ROW_FIELDS.get(row).map_or(e.field, |r| r[column]);
    ParamError { field, ..e }.arg("row", row + 1).arg("field_label", format!("talk-field-{}", COLUMNS[column]))
}

/// The facility offers times: each non-empty row is checked (a mistake names its row); at least
/// one; at most five open; none overlapping another of the facility's times.
pub async fn offer(ctx: &TenantCtx, reader: &Reader, id: Uuid, form: &TalkOfferForm) -> Result<usize> {
    let Reader::Facility(a) = reader else { return Err(AppError::Forbidden) };
    let now = OffsetDateTime::now_utc();
    let mut slots = Vec::new();
    for (row, f) in form.slots.iter().enumerate() {
        if f.is_blank() {
            continue;
        }
        slots.push(f.validate(now).map_err(|e| AppError::BadParam(in_row(e, row)))?);
    }
    if slots.is_empty() {
        return Err(AppError::BadParam(
            ParamError::new("date-1", "talk-err-none").arg("field_label", "talk-field-date"),
        ));
    }
    if slots.len() > MAX_OPEN_SLOTS {
        return Err(AppError::Rule("talk_too_many"));
    }
    let url = ctx.url(&format!("/nachrichten/{id}#gespraech"));
    let notice = |child: &str, facility: &str, lang: &str| letters::talk_offered(child, facility, lang, &url);
    Ok(ctx.db.offer_talk_slots(id, &a.id, &slots, notice).await?)
}

/// The facility takes back a time nobody booked.
pub async fn withdraw(ctx: &TenantCtx, reader: &Reader, id: Uuid, slot: &str) -> Result<()> {
    let Reader::Facility(_) = reader else { return Err(AppError::Forbidden) };
    let slot: i64 = slot.trim().parse().map_err(|_| AppError::NotFound)?;
    Ok(ctx.db.withdraw_talk_slot(id, slot).await?)
}

/// The letters and the calendar file of a booked or cancelled talk.
fn talk_letters(ctx: &TenantCtx, f: &TalkFacts) -> TalkLetters {
    let url = ctx.url(&format!("/nachrichten/{}#gespraech", f.registration));
    let at = moment_text(f.slot.starts_at);
    let key = if f.cancelled { "talk-cancelled" } else { "talk-booked" };
    let (family, facility) = letters::talk_changed(key, (f.child, f.facility, f.language), &at, &url);
    TalkLetters { family, facility, calendar: calendar_file(ctx, f) }
}

/// The calendar file (German, one event per registration: a moved talk replaces the earlier one).
fn calendar_file(ctx: &TenantCtx, f: &TalkFacts) -> String {
    let de = |key: &str, args: &[(&str, String)]| speaking_sync("de", || text(current(), key, args));
    let location = match f.slot.mode.as_str() {
        "phone" => de("talk-ics-phone", &[]),
        "video" if f.slot.place.is_empty() => de("talk-ics-video", &[]),
        _ => f.slot.place.clone(),
    };
    let names = [("child", f.child.to_owned()), ("facility", f.facility.to_owned())];
    let summary = de("talk-ics-summary", &names);
    let url = ctx.url(&format!("/nachrichten/{}", f.registration));
    let description = de("talk-ics-description", &[("child", f.child.to_owned()), ("path", url)]);
    let uid = format!("talk-{}-{}@{}.step", f.registration, f.cycle, ctx.tenant.slug);
    Appointment {
        uid: &uid,
        sequence: f.sequence,
        starts_at: f.slot.starts_at,
        ends_at: f.slot.ends_at,
        summary: &summary,
        location: &location,
        description: &description,
        cancelled: f.cancelled,
        stamp: OffsetDateTime::now_utc(),
    }
    .ics()
}

/// The family books a time (or moves its talk there).
pub async fn book(ctx: &TenantCtx, reader: &Reader, id: Uuid, form: &TalkBookForm) -> Result<()> {
    let Reader::Family(_) = reader else { return Err(AppError::Forbidden) };
    let slot: i64 =
        form.slot.trim().parse().map_err(|_| {
            AppError::BadParam(ParamError::new("slot", "talk-err-pick").arg("field_label", "talk-title"))
        })?;
    ctx.db.book_talk(id, slot, |f| talk_letters(ctx, f)).await.map(|_| ()).map_err(|e| match e {
        step_store::Error::NotFound => {
            AppError::BadParam(ParamError::new("slot", "talk-err-pick").arg("field_label", "talk-title"))
        }
        e => e.into(),
    })
}

/// Either side cancels the booked talk; the reason goes into the conversation.
pub async fn cancel(ctx: &TenantCtx, reader: &Reader, id: Uuid, form: &TalkCancelForm) -> Result<()> {
    let (side, author, _) = reader.writer()?;
    let reason = form.reason.trim();
    if reason.is_empty() {
        return Err(AppError::BadParam(
            ParamError::new("reason", "talk-err-reason").arg("field_label", "talk-cancel-field"),
        ));
    }
    if reason.chars().count() > MAX_MESSAGE {
        return Err(AppError::BadParam(
            ParamError::new("reason", "conv-err-long").arg("max", MAX_MESSAGE).arg("field_label", "talk-cancel-field"),
        ));
    }
    Ok(ctx.db.cancel_talk(id, (side, &author), reason, |f| talk_letters(ctx, f)).await?)
}

/// The booked talk's calendar file for whoever may read the conversation (the office's reading
/// audited), as the page and the API answer it; 404 when none is booked.
pub async fn calendar_download(
    state: &AppState,
    ctx: &TenantCtx,
    session: &Session,
    id: &str,
) -> Result<axum::response::Response> {
    use axum::response::IntoResponse;
    let (reader, rid) = crate::conversations::ops::reader(state, ctx, session, id).await?;
    audit_office(ctx, &reader, rid).await?;
    let ics = calendar(ctx, rid).await?;
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (axum::http::header::CONTENT_DISPOSITION, "attachment; filename=\"aufnahmegespraech.ics\""),
        ],
        ics,
    )
        .into_response())
}

/// The booked talk's calendar file; 404 when none is booked.
pub async fn calendar(ctx: &TenantCtx, id: Uuid) -> Result<String> {
    let slots = ctx.db.talk_slots(id).await?;
    let slot = slots.into_iter().find(|s| s.mine).ok_or(AppError::NotFound)?;
    let (sequence, cycle) = ctx.db.talk_counts(id).await?;
    let (child, facility) = ctx.db.talk_names(id).await?.ok_or(AppError::NotFound)?;
    let facts = TalkFacts {
        registration: id,
        child: &child,
        facility: &facility,
        language: "de",
        slot: &slot,
        sequence,
        cycle,
        cancelled: false,
    };
    Ok(calendar_file(ctx, &facts))
}
