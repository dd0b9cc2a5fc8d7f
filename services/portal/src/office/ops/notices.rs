//! Formal notices (Bescheide, issue 20) as the office's pages and the JSON API share them: the
//! office's versioned templates (text with placeholders and the required appeal instructions),
//! issuing a notice for a child (an offer with its deadline, a rejection with its reasons, or that
//! no place could be offered yet) as a PDF in the document store that never changes, and the
//! notices to be posted, printed as one PDF that is written as it is read.

use serde::{Deserialize, Serialize};
use step_documents::Spool;
use step_domain::ParamError;
use step_domain::search::format_date;
use step_store::{Actor, NewNotice, NoticeFacts, NoticeRegistration, NoticeRow, NoticeTemplate};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::documents::ops::{object_then_row, spool_error};
use crate::web::error::{AppError, Result};
use crate::web::format::{date_text, moment_text};
use crate::web::i18n::text;
use crate::web::json::rfc3339;
use crate::web::language::current;
use crate::web::letters;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

/// The kinds of notice.
pub const KINDS: [&str; 3] = ["offer", "rejection", "no_place"];
/// What a template may name; the notice fills them in.
pub const PLACEHOLDERS: [&str; 7] = ["child", "birth", "start", "facility", "answer_by", "reasons", "office"];
/// The longest template text or appeal instructions, in characters.
pub const MAX_TEMPLATE: usize = 10_000;

/// A template as typed: its text and the appeal instructions (both required).
#[derive(Deserialize, Serialize, Default, Clone, ToSchema)]
pub struct TemplateForm {
    /// `offer`, `rejection` or `no_place`.
    #[serde(default)]
    pub kind: String,
    /// The notice's text; `{child}`, `{birth}`, `{start}`, `{facility}`, `{answer_by}`,
    /// `{reasons}` and `{office}` are filled in. At most 10,000 characters.
    #[serde(default)]
    #[schema(min_length = 1, max_length = 10000)]
    pub body: String,
    /// The appeal instructions (Rechtsbehelfsbelehrung), required. At most 10,000 characters.
    #[serde(default)]
    #[schema(min_length = 1, max_length = 10000)]
    pub appeal: String,
}

/// A mistake at the notice's `kind`, labelled as the notice's kind (not the search's).
fn kind_error(key: &'static str) -> ParamError {
    ParamError::new("kind", key).arg("field_label", "notice-field-kind")
}

fn kind_of(kind: &str) -> std::result::Result<&'static str, ParamError> {
    KINDS.iter().find(|k| **k == kind.trim()).copied().ok_or_else(|| kind_error("notice-err-kind"))
}

impl TemplateForm {
    pub fn checked(&self) -> std::result::Result<(&'static str, &str, &str), ParamError> {
        let kind = kind_of(&self.kind)?;
        let body = self.body.trim();
        if body.is_empty() {
            return Err(ParamError::new("body", "notice-err-body"));
        }
        if body.chars().count() > MAX_TEMPLATE {
            return Err(ParamError::new("body", "case-err-text-long").arg("max", MAX_TEMPLATE));
        }
        if let Some(unknown) = placeholders(body).find(|p| !PLACEHOLDERS.contains(p)) {
            return Err(ParamError::new("body", "notice-err-placeholder").arg("name", format!("{{{unknown}}}")));
        }
        let appeal = self.appeal.trim();
        if appeal.is_empty() {
            return Err(ParamError::new("appeal", "notice-err-appeal"));
        }
        if appeal.chars().count() > MAX_TEMPLATE {
            return Err(ParamError::new("appeal", "case-err-text-long").arg("max", MAX_TEMPLATE));
        }
        Ok((kind, body, appeal))
    }
}

/// The `{name}`s a text names.
fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
}

/// A template in the page's words.
#[derive(Serialize, ToSchema)]
pub struct TemplateOut {
    pub kind: String,
    pub version: i32,
    pub body: String,
    pub appeal: String,
    created_at: String,
    created_text: String,
}

pub fn template_out(t: &NoticeTemplate) -> TemplateOut {
    TemplateOut {
        kind: t.kind.clone(),
        version: t.version,
        body: t.body.clone(),
        appeal: t.appeal.clone(),
        created_at: rfc3339(t.created_at),
        created_text: moment_text(t.created_at),
    }
}

/// The office's current templates.
pub async fn templates(state: &AppState, ctx: &TenantCtx) -> Result<Vec<TemplateOut>> {
    Ok(state.store().platform().notice_templates(&ctx.tenant.office.id).await?.iter().map(template_out).collect())
}

/// Saves a new version of a template; returns its number.
pub async fn save_template(state: &AppState, ctx: &TenantCtx, by: &str, form: &TemplateForm) -> Result<i32> {
    let (kind, body, appeal) = form.checked().map_err(AppError::BadParam)?;
    Ok(state.store().platform().add_notice_template(&ctx.tenant.office.id, kind, (body, appeal), by).await?)
}

/// Issuing a notice as typed: its kind and, for an offer or a rejection, the registration.
#[derive(Deserialize, Serialize, Default, Clone, ToSchema)]
pub struct IssueForm {
    /// The child (id); may be left out when `registration` is given.
    #[serde(default)]
    #[schema(format = "uuid")]
    pub child: String,
    /// `offer` (the registration has an open offer), `rejection` (it was rejected) or `no_place`
    /// (the child is on the worklist with an open case).
    #[serde(default)]
    pub kind: String,
    /// The registration an offer or a rejection notice is about (id).
    #[serde(default)]
    pub registration: Option<String>,
}

/// A notice in the page's words.
#[derive(Serialize, ToSchema)]
pub struct NoticeOut {
    id: Uuid,
    child_id: Uuid,
    registration_id: Option<Uuid>,
    kind: String,
    template_version: i32,
    title: String,
    /// `email` (in the family's account, with an e-mail) or `post`.
    delivery: String,
    issued_at: String,
    issued_text: String,
    posted_at: Option<String>,
    posted_text: Option<String>,
}

pub fn notice_out(n: &NoticeRow) -> NoticeOut {
    NoticeOut {
        id: n.id,
        child_id: n.child_id,
        registration_id: n.registration_id,
        kind: n.kind.clone(),
        template_version: n.template_version,
        title: n.title.clone(),
        delivery: n.delivery.clone(),
        issued_at: rfc3339(n.issued_at),
        issued_text: moment_text(n.issued_at),
        posted_at: n.posted_at.map(rfc3339),
        posted_text: n.posted_at.map(moment_text),
    }
}

/// What a notice is about, checked: the registration of an offer or a rejection, or the open case.
async fn subject(
    state: &AppState,
    ctx: &TenantCtx,
    child: Uuid,
    kind: &str,
    registration: Option<&str>,
) -> Result<Option<NoticeRegistration>> {
    if kind == "no_place" {
        let case = ctx.db.case_of(child, state.today()).await?;
        return match case {
            Some(c) if c.status == "open" && !c.has_place => Ok(None),
            Some(c) if c.status == "closed" => Err(AppError::Rule("case_closed")),
            _ => Err(AppError::BadParam(kind_error("notice-err-no-case"))),
        };
    }
    let wrong = || AppError::BadParam(ParamError::new("registration", "notice-err-registration"));
    let id = registration.and_then(|r| Uuid::parse_str(r.trim()).ok()).ok_or_else(wrong)?;
    let reg = ctx.db.notice_registration(child, id).await?.ok_or_else(wrong)?;
    let wanted = if kind == "offer" { "offered" } else { "rejected" };
    if reg.status != wanted {
        return Err(wrong());
    }
    Ok(Some(reg))
}

/// The notice's text in the PDF markup: the office's letterhead, the family's address, the
/// subject, the template's text filled in, the reasons of a rejection and the appeal instructions.
fn compose(
    ctx: &TenantCtx,
    f: &NoticeFacts,
    reg: Option<&NoticeRegistration>,
    t: &NoticeTemplate,
    today: Date,
) -> (String, String) {
    let office = &ctx.tenant.office;
    let child = format!("{} {}", f.first_name, f.last_name);
    let reasons = reg
        .and_then(|r| r.reason.as_ref().map(|code| (code, r.reason_note.clone().unwrap_or_default())))
        .map(|(code, note)| {
            let reason = text(current(), &format!("reason-{code}"), &[]);
            if note.is_empty() { reason } else { format!("{reason}: {note}") }
        })
        .unwrap_or_default();
    let values = [
        ("child", child.clone()),
        ("birth", date_text(f.birth_date)),
        ("start", reg.map(|r| date_text(r.start_date)).unwrap_or_default()),
        ("facility", reg.map(|r| r.facility.clone()).unwrap_or_default()),
        ("answer_by", reg.and_then(|r| r.answer_by).map(date_text).unwrap_or_default()),
        ("reasons", reasons),
        ("office", office.name.clone()),
    ];
    let mut body = t.body.clone();
    for (name, value) in &values {
        body = body.replace(&format!("{{{name}}}"), value);
    }
    let title = text(current(), &format!("notice-title-{}", t.kind), &[("child", child.clone())]);
    let c = &office.contact;
    let letter = format!(
        "{name}\n{street}, {postcode} {city}\n\n{family_first} {family_last}\n{fstreet}\n{fpostcode} {fcity}\n\n{place}, {date}\n\n# {title}\n\n{body}\n\n## {appeal_head}\n\n{appeal}\n",
        name = office.name,
        street = c.street,
        postcode = c.postcode,
        city = c.city,
        family_first = f.family_first_name,
        family_last = f.family_last_name,
        fstreet = f.street,
        fpostcode = f.postcode,
        fcity = f.city,
        place = c.city,
        date = date_text(today),
        appeal_head = text(current(), "notice-appeal-heading", &[]),
        appeal = t.appeal,
    );
    (title, letter)
}

/// The child a notice is for: as given, else the registration's.
async fn child_of(ctx: &TenantCtx, form: &IssueForm) -> Result<Uuid> {
    let bad = || AppError::BadParam(ParamError::new("child", "notice-err-child"));
    if !form.child.trim().is_empty() {
        return Uuid::parse_str(form.child.trim()).map_err(|_| bad());
    }
    let registration = form.registration.as_deref().map(str::trim).unwrap_or_default();
    let Ok(id) = Uuid::parse_str(registration) else {
        return Err(AppError::BadParam(ParamError::new("registration", "notice-err-registration")));
    };
    ctx.db
        .registration_child(id)
        .await?
        .ok_or_else(|| AppError::BadParam(ParamError::new("registration", "notice-err-registration")))
}

/// Issues a notice for a child of this municipality from the office's current template of its
/// kind: the PDF goes into the document store first, then the row (with the family's message and
/// e-mail, or into the posting list); the object goes again if the row fails.
pub async fn issue(state: &AppState, ctx: &TenantCtx, actor: &Actor, form: &IssueForm) -> Result<NoticeRow> {
    let kind = kind_of(&form.kind).map_err(AppError::BadParam)?;
    let child = child_of(ctx, form).await?;
    let facts =
        ctx.db.notice_facts(child).await?.ok_or(AppError::BadParam(ParamError::new("child", "notice-err-child")))?;
    let reg = subject(state, ctx, child, kind, form.registration.as_deref()).await?;
    let template = state.store().platform().notice_template(&ctx.tenant.office.id, kind).await?;
    let template = template.ok_or_else(|| AppError::BadParam(kind_error("notice-err-no-template")))?;
    let (title, body) = compose(ctx, &facts, reg.as_ref(), &template, state.today());
    let pdf = step_documents::pdf::render(&title, &body);
    let file = Spool::from_bytes(&state.config().documents.spool_dir, &pdf).await.map_err(spool_error)?;
    let id = Uuid::new_v4();
    let key = step_documents::object_key(ctx.tenant.slug.as_str(), "notice", id);
    let notice = NewNotice {
        id,
        child_id: child,
        family_id: facts.family_id,
        registration_id: reg.as_ref().map(|r| r.id),
        kind,
        template_version: template.version,
        title: &title,
        body: &body,
        object_key: &key,
        size: i64::try_from(file.size).unwrap_or(i64::MAX),
        sha256: &file.sha256,
        post: facts.needs_post,
    };
    let message = letters::notice_issued(&facts.first_name, &facts.language);
    object_then_row(state, ctx, &key, &file, async { Ok(ctx.db.insert_notice(actor, &notice, &message).await?) }).await
}

/// The notices to be posted now: how many, and the issue time of the newest (the batch and the
/// "posted" mark cover exactly these).
pub async fn to_post(ctx: &TenantCtx) -> Result<(i64, Option<OffsetDateTime>)> {
    Ok(ctx.db.to_post().await?)
}

/// Reads `until` as the page and the API hand it over (RFC 3339).
pub fn until(text_value: &str) -> Result<OffsetDateTime> {
    OffsetDateTime::parse(text_value.trim(), &time::format_description::well_known::Rfc3339)
        .map_err(|_| AppError::BadParam(ParamError::new("until", "notice-err-until")))
}

/// Notices per page read while the batch is written.
const BATCH_PAGE: i64 = 50;

/// The posting batch: one PDF of every notice to be posted issued until `until`, written a page of
/// notices at a time into the channel (flat memory whatever the count).
pub fn posting_batch(ctx: &TenantCtx, until: OffsetDateTime) -> axum::body::Body {
    let (tx, rx) = tokio::sync::mpsc::channel::<std::result::Result<Vec<u8>, std::io::Error>>(4);
    let db = ctx.db.clone();
    tokio::spawn(async move {
        let mut batch = step_documents::batch::Batch::new("Bescheide zum Versand");
        let mut after = None;
        loop {
            let page = match db.posting_page(until, after, BATCH_PAGE).await {
                Ok(p) => p,
                Err(e) => {
                    tracing::warn!(error = %e, "posting batch stopped");
                    let _ = tx.send(Err(std::io::Error::other("database"))).await;
                    return;
                }
            };
            let Some(last) = page.last() else { break };
            after = Some((last.0, last.1));
            for (_, _, body) in &page {
                batch.add(body);
            }
            if tx.send(Ok(batch.take())).await.is_err() {
                return;
            }
        }
        let _ = tx.send(Ok(batch.finish())).await;
    });
    let stream = futures_util::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|item| (item, rx)) });
    axum::body::Body::from_stream(stream)
}

/// The day a notice is dated by the office, for the file name of a batch.
pub fn batch_name(today: Date) -> String {
    format!("Bescheide-Versand-{}.pdf", format_date(today))
}
