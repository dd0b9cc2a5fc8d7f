//! The youth welfare office's worklist and cases (issue 20), as its pages and the JSON API share
//! them: the filter as staff type it, the rows of the office's municipalities merged by the day the
//! office must act by, one child's case, and the actions on it (a note, a contact attempt, closing).

use serde::{Deserialize, Serialize};
use step_domain::ParamError;
use step_domain::search::format_date;
use step_store::{Actor, CaseFilter, CaseNote, CaseRegistration, CaseRow};
use time::Date;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::office::ops::month;
use crate::web::error::{AppError, Result};
use crate::web::format::{date_text, moment_text};
use crate::web::i18n::text;
use crate::web::json::rfc3339;
use crate::web::language::current;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

/// Rows per page of the worklist.
pub const PAGE_ROWS: i64 = 50;
/// The longest note or contact record, in characters.
pub const MAX_NOTE: usize = 5000;
/// Why a case is closed.
pub const CLOSE_REASONS: [&str; 3] = ["place_elsewhere", "moved_away", "not_needed"];
/// What a note records.
pub const NOTE_KINDS: [&str; 3] = ["note", "contact", "refused_offer"];

/// The worklist's filter as typed (query string of the page, the CSV and the API).
#[derive(Deserialize, Serialize, Default, Clone, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CaseQuery {
    /// Only this municipality of the office (slug); the page's default is all of them.
    #[serde(default)]
    pub municipality: Option<String>,
    /// Desired start month, `2027-08` or `08/2027`.
    #[serde(default)]
    pub month: Option<String>,
    /// `u3` (under three at the start) or `ue3`.
    #[serde(default)]
    pub band: Option<String>,
    /// `1`: only cases whose act-by day has passed.
    #[serde(default)]
    pub overdue: Option<String>,
    /// `open` (default) or `closed`.
    #[serde(default)]
    pub status: Option<String>,
    /// Page, from 1.
    #[serde(default)]
    pub page: Option<u32>,
}

impl CaseQuery {
    /// The store's filter, the municipality asked for, and the page (from 0).
    pub fn checked(&self, slugs: &[String]) -> std::result::Result<(CaseFilter, Option<String>, i64), ParamError> {
        let given = |v: &Option<String>| v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
        let municipality = given(&self.municipality);
        if municipality.as_ref().is_some_and(|m| !slugs.contains(m)) {
            return Err(ParamError::new("municipality", "case-err-municipality"));
        }
        let month = month("month", &self.month).map_err(|e| match e {
            AppError::BadParam(p) => p,
            _ => ParamError::new("month", "err-month"),
        })?;
        let band = given(&self.band);
        if band.as_deref().is_some_and(|b| b != "u3" && b != "ue3") {
            return Err(ParamError::new("band", "case-err-band"));
        }
        let overdue = match given(&self.overdue).as_deref() {
            None | Some("0" | "false") => false,
            Some("1" | "true" | "on") => true,
            Some(_) => return Err(ParamError::new("overdue", "case-err-flag")),
        };
        let closed = match given(&self.status).as_deref() {
            None | Some("open") => false,
            Some("closed") => true,
            Some(_) => return Err(ParamError::new("status", "case-err-status")),
        };
        let page = i64::from(self.page.unwrap_or(1).max(1)) - 1;
        Ok((CaseFilter { month, band, overdue, closed }, municipality, page))
    }
}

/// A registration of a listed child.
#[derive(Serialize, ToSchema)]
pub struct CaseRegistrationOut {
    id: Uuid,
    facility_id: Uuid,
    facility: String,
    /// registered, offered, accepted, declined, rejected, withdrawn, contracted or expired
    status: String,
    rank: i16,
    start: String,
    start_text: String,
}

/// One child of the worklist.
#[derive(Serialize, ToSchema)]
pub struct CaseOut {
    child_id: Uuid,
    /// The municipality (slug) and its name.
    municipality: String,
    municipality_name: String,
    child: String,
    birth_date: String,
    /// The earliest desired start (`YYYY-MM-DD`).
    start: String,
    /// The day the office must act by: the later of the start and six months after the registration.
    act_by: String,
    /// The three dates as the page shows them.
    birth_text: String,
    start_text: String,
    act_by_text: String,
    overdue: bool,
    /// Days since its first active registration.
    waited_days: i64,
    family: String,
    phone: String,
    address: String,
    /// Registered on paper and never signed in, or an e-mail to the family failed: write by post.
    needs_post: bool,
    sibling: bool,
    urgency: bool,
    /// The family declined an offer for this child (the office may record it as a refused
    /// reasonable offer).
    refused: bool,
    /// `open` or `closed`, and why it was closed.
    status: String,
    closed_reason: Option<String>,
    /// The child has an open offer, an acceptance or a contract now: no longer on the worklist;
    /// its case stays readable, nothing more is proposed or issued as "no place yet".
    has_place: bool,
    /// Open and without a place: proposals and the "no place yet" notice apply.
    actionable: bool,
    notes: i64,
    registrations: Vec<CaseRegistrationOut>,
}

impl CaseOut {
    /// Open and without a place: the office may still propose a place or issue "no place yet".
    pub fn is_open(&self) -> bool {
        self.actionable
    }

    /// The case as a line of the CSV, in the words of the page: municipality, child, dates, days
    /// waited, family, flags, registrations with their state, and the case's state.
    pub fn csv_cells(&self) -> [String; 12] {
        let lang = current();
        let flags = [
            (self.needs_post, "case-flag-needs-post"),
            (self.sibling, "case-flag-sibling"),
            (self.urgency, "case-flag-urgency"),
            (self.refused, "case-flag-refused"),
        ];
        let flags: Vec<String> = flags.iter().filter(|f| f.0).map(|f| text(lang, f.1, &[])).collect();
        let regs: Vec<String> = self
            .registrations
            .iter()
            .map(|r| format!("{} ({})", r.facility, text(lang, &format!("status-{}", r.status), &[])))
            .collect();
        [
            self.municipality_name.clone(),
            self.child.clone(),
            self.birth_date.clone(),
            self.start.clone(),
            self.act_by.clone(),
            self.waited_days.to_string(),
            self.family.clone(),
            self.phone.clone(),
            self.address.clone(),
            flags.join(", "),
            regs.join(", "),
            text(lang, &format!("case-status-{}", self.status), &[]),
        ]
    }
}

/// A note or contact attempt, with who wrote it and when.
#[derive(Serialize, ToSchema)]
pub struct CaseNoteOut {
    id: i64,
    /// `note`, `contact` or `refused_offer`.
    kind: String,
    body: String,
    /// The author's name as the provider sent it, else the account id.
    author: String,
    /// RFC 3339, and as German local time.
    at: String,
    at_text: String,
}

/// A page of the worklist: rows of the office's municipalities (or the one asked for), merged by
/// the act-by day, and how many there are in all.
pub struct Worklist {
    pub rows: Vec<CaseOut>,
    pub total: i64,
}

/// The municipalities of this office whose cases the account may work: `(slug, name)`.
pub async fn office_municipalities(state: &AppState, ctx: &TenantCtx, account: Uuid) -> Vec<(String, String)> {
    let all = crate::office::ops::office_municipalities(state, ctx, account).await;
    all.iter().map(|t| (t.slug.to_string(), t.name.clone())).collect()
}

/// One page of the worklist over `slugs` (each a municipality this account may work): every
/// municipality's first rows at once, merged by the act-by day.
pub async fn worklist(
    state: &AppState,
    slugs: &[(String, String)],
    f: &CaseFilter,
    (page, per_page): (i64, i64),
) -> Result<Worklist> {
    let today = state.today();
    let want = (page + 1) * per_page;
    let queries = slugs.iter().map(|(slug, name)| async move {
        let tenant = state.registry().by_slug(slug).ok_or(AppError::NotFound)?;
        let db = state.store().tenant(&tenant.schema);
        let rows = db.worklist(f, today, want, 0).await?;
        Ok::<_, AppError>((slug.as_str(), name.as_str(), db, rows))
    });
    let lists = futures_util::future::try_join_all(queries).await?;
    let total = lists.iter().map(|l| l.3.first().map_or(0, |r| r.total)).sum();
    let mut merged: Vec<(usize, &CaseRow)> =
        lists.iter().enumerate().flat_map(|(i, l)| l.3.iter().map(move |r| (i, r))).collect();
    merged.sort_by_key(|(_, r)| (r.act_by, r.start_date, r.child_id));
    let shown: Vec<(usize, &CaseRow)> =
        merged.into_iter().skip((page * per_page) as usize).take(per_page as usize).collect();
    let mut regs = Vec::new();
    for (i, (_, _, db, _)) in lists.iter().enumerate() {
        let ids: Vec<Uuid> = shown.iter().filter(|(j, _)| *j == i).map(|(_, r)| r.child_id).collect();
        if !ids.is_empty() {
            regs.extend(db.case_registrations(&ids).await?);
        }
    }
    let rows = shown.iter().map(|(i, r)| case_out(lists[*i].0, lists[*i].1, r, &regs, today)).collect();
    Ok(Worklist { rows, total })
}

fn case_out(slug: &str, name: &str, r: &CaseRow, regs: &[CaseRegistration], today: Date) -> CaseOut {
    CaseOut {
        child_id: r.child_id,
        municipality: slug.to_owned(),
        municipality_name: name.to_owned(),
        child: format!("{} {}", r.first_name, r.last_name),
        birth_date: format_date(r.birth_date),
        start: format_date(r.start_date),
        act_by: format_date(r.act_by),
        birth_text: date_text(r.birth_date),
        start_text: date_text(r.start_date),
        act_by_text: date_text(r.act_by),
        overdue: r.act_by < today,
        waited_days: (today - step_domain::talk::berlin(r.registered_at).date()).whole_days(),
        family: r.family_name.clone(),
        phone: r.phone.clone(),
        address: r.address.clone(),
        needs_post: r.needs_post,
        sibling: r.sibling,
        urgency: r.urgency,
        refused: r.refused,
        status: r.status.clone(),
        closed_reason: r.closed_reason.clone(),
        has_place: r.has_place,
        actionable: r.status == "open" && !r.has_place,
        notes: r.notes,
        registrations: regs
            .iter()
            .filter(|g| g.child_id == r.child_id)
            .map(|g| CaseRegistrationOut {
                id: g.id,
                facility_id: g.facility_id,
                facility: g.facility.clone(),
                status: g.status.clone(),
                rank: g.rank,
                start: format_date(g.start_date),
                start_text: date_text(g.start_date),
            })
            .collect(),
    }
}

/// One child's case in this municipality (404 when the child is not on the worklist).
pub async fn case(state: &AppState, ctx: &TenantCtx, child: Uuid) -> Result<(CaseOut, Vec<CaseNoteOut>)> {
    let today = state.today();
    let row = ctx.db.case_of(child, today).await?.ok_or(AppError::NotFound)?;
    let regs = ctx.db.case_registrations(&[child]).await?;
    let notes = ctx.db.case_notes(child).await?;
    let ids: Vec<Uuid> = notes.iter().filter_map(|n| n.author.parse().ok()).collect();
    let people = state.store().platform().people(&ids).await?;
    let name_of = |n: &CaseNote| {
        people
            .iter()
            .find(|p| p.id.to_string() == n.author)
            .and_then(|p| p.display_name.clone().or_else(|| p.email.clone()))
            .unwrap_or_else(|| n.author.clone())
    };
    let notes = notes
        .iter()
        .map(|n| CaseNoteOut {
            id: n.id,
            kind: n.kind.clone(),
            body: n.body.clone(),
            author: name_of(n),
            at: rfc3339(n.created_at),
            at_text: moment_text(n.created_at),
        })
        .collect();
    Ok((case_out(ctx.tenant.slug.as_str(), &ctx.tenant.name, &row, &regs, today), notes))
}

/// A note or contact attempt as typed.
#[derive(Deserialize, Serialize, Default, Clone, ToSchema)]
pub struct NoteForm {
    /// `note` (default), `contact` (an attempt to reach the family) or `refused_offer` (the family
    /// refused an offer the office holds reasonable; name it in the text).
    #[serde(default)]
    pub kind: String,
    /// 1 to 5,000 characters; never shown to the family.
    #[serde(default)]
    #[schema(min_length = 1, max_length = 5000)]
    pub body: String,
}

impl NoteForm {
    pub fn checked(&self) -> std::result::Result<(&'static str, &str), ParamError> {
        let kind = match self.kind.trim() {
            "" | "note" => "note",
            "contact" => "contact",
            "refused_offer" => "refused_offer",
            _ => return Err(ParamError::new("note_kind", "case-err-kind")),
        };
        let body = self.body.trim();
        if body.is_empty() {
            return Err(ParamError::new("case_note", "case-err-note-empty"));
        }
        if body.chars().count() > MAX_NOTE {
            return Err(ParamError::new("case_note", "case-err-note-long").arg("max", MAX_NOTE));
        }
        Ok((kind, body))
    }
}

/// Closing a case as typed.
#[derive(Deserialize, Serialize, Default, Clone, ToSchema)]
pub struct CloseForm {
    /// `place_elsewhere`, `moved_away` or `not_needed`.
    #[serde(default)]
    pub reason: String,
}

/// Adds a note to the case of a child on the worklist (404 otherwise).
pub async fn add_note(state: &AppState, ctx: &TenantCtx, actor: &Actor, child: Uuid, form: &NoteForm) -> Result<i64> {
    let (kind, body) = form.checked().map_err(AppError::BadParam)?;
    ctx.db.case_of(child, state.today()).await?.ok_or(AppError::NotFound)?;
    Ok(ctx.db.add_case_note(actor, child, kind, body).await?)
}

/// Closes the case of a child on the worklist with a reason; a closed one is refused (409).
pub async fn close(state: &AppState, ctx: &TenantCtx, actor: &Actor, child: Uuid, form: &CloseForm) -> Result<()> {
    let reason = CLOSE_REASONS
        .iter()
        .find(|r| **r == form.reason.trim())
        .ok_or_else(|| AppError::BadParam(ParamError::new("reason", "case-err-reason")))?;
    ctx.db.case_of(child, state.today()).await?.ok_or(AppError::NotFound)?;
    Ok(ctx.db.close_case(actor, child, reason).await?)
}
