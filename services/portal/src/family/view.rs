//! What the parent's pages show: notices after a redirect, the selection with its form, and the
//! account page's content (compiled by askama: it is the parent's most frequent page).

use axum::body::Body;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use step_documents::content_disposition;
use step_store::{Alerts, Child, Family, Message, OpenOffer, Registration};
use tokio::fs::File;
use tokio_util::io::ReaderStream;
use uuid::Uuid;

use crate::web::error::{AppError, Result};
use crate::web::format::date_text;
use crate::web::i18n::{Tr, text};
use crate::web::language::current;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

/// Notices shown after a redirect, by whitelisted key (`?hinweis=…`).
pub(crate) const NOTICES: &[&str] = &[
    "added",
    "removed",
    "moved",
    "full",
    "already",
    "registered",
    "withdrawn",
    "contract-accepted",
    "family-saved",
    "family-copied",
    "child-saved",
    "accepted",
    "refused",
];

#[derive(Serialize)]
pub(crate) struct SelectedView {
    pub id: Uuid,
    pub name: String,
    pub kind: String,
    /// As text, to compare with what the form sent back.
    pub hours: Vec<String>,
    pub default_hours: String,
    /// The facility's admission criteria the family may declare: (position as text, label).
    pub criteria: Vec<(String, String)>,
}

#[derive(Serialize, Default)]
pub(crate) struct RegisterState {
    pub child_id: String,
    pub start: String,
    pub hours: std::collections::BTreeMap<String, String>,
    pub notes: std::collections::BTreeMap<String, String>,
    /// The criteria ticked per facility (positions as text), kept when the form comes back.
    pub criteria: std::collections::BTreeMap<String, Vec<String>>,
    pub errors: std::collections::BTreeMap<String, String>,
    /// Mistakes of the shared fields (child, start), each at its field (issue 16.4).
    #[serde(skip)]
    pub mistakes: Vec<step_domain::ParamError>,
}

/// The account page's content (templates/account_body.html), compiled: this is the parent's most
/// frequent page, and Tera's interpretation was most of the portal's work for it.
#[derive(askama::Template)]
#[template(path = "family/account_body.askama.html")]
pub(crate) struct AccountBody<'a> {
    pub tr: Tr,
    pub base: &'a str,
    pub notice: Option<String>,
    pub unread: i64,
    pub selection_count: usize,
    pub family: &'a Family,
    pub children: Vec<ChildView>,
    /// Other municipalities where the account has a family: (slug, name), as links (issue 16.9).
    pub elsewhere: Vec<(String, String)>,
}

pub(crate) struct ChildView {
    pub id: Uuid,
    pub name: String,
    pub birth: Option<String>,
    pub expected: Option<String>,
    pub registrations: Vec<RegistrationRow>,
}

pub(crate) struct RegistrationRow {
    pub id: Uuid,
    pub facility_id: Uuid,
    pub facility: String,
    pub start: String,
    pub hours: i16,
    pub rank: i16,
    pub status: String,
    pub status_label: String,
    pub waiting: i64,
    /// Registered, offered or accepted: it can be withdrawn and documents can be added.
    pub active: bool,
    pub answer_by: Option<String>,
    pub reason: Option<String>,
    pub reason_note: String,
    pub criteria: Vec<String>,
    /// The criteria the family declared, each with what became of it: confirmed, not confirmed,
    /// or still being checked by the facility (issue 16).
    pub declared: Vec<(String, String)>,
    /// (date, status) of each step, oldest first.
    pub history: Vec<(String, String)>,
    /// Contract versions and signed copies, newest first, with download links.
    pub contracts: Vec<crate::documents::view::DocView>,
    /// An accepted place with a contract to read and accept (issue 16.10).
    pub contract_open: bool,
    /// It took part in a published allocation round (issue 17): link to the explanation.
    pub in_round: bool,
    pub documents: usize,
    /// The booked admission talk, "12.01.2027 15:30" (issue 21).
    pub talk_at: Option<String>,
    /// Times for the talk wait for the family's choice.
    pub talk_open: bool,
}

pub(crate) fn registration_row(r: &step_store::Registration) -> RegistrationRow {
    let contracts: Vec<_> =
        r.documents.iter().filter(|d| matches!(d.kind.as_str(), "contract" | "signed")).cloned().collect();
    RegistrationRow {
        id: r.id,
        facility_id: r.facility_id,
        facility: r.facility_name.clone(),
        start: date_text(r.start_date),
        hours: r.hours,
        rank: r.rank,
        status: r.status.clone(),
        status_label: text(current(), &format!("status-{}", r.status), &[]),
        waiting: r.waiting_same_start,
        active: matches!(r.status.as_str(), "registered" | "offered" | "accepted"),
        answer_by: r.answer_by.map(date_text),
        reason: r.reason.as_ref().map(|k| text(current(), &format!("reason-{k}"), &[])),
        reason_note: r.reason_note.clone(),
        criteria: r.criteria.clone(),
        declared: r
            .declared
            .iter()
            .map(|label| {
                let state = match (r.criteria_reviewed, r.criteria.contains(label)) {
                    (false, _) => "declared-pending",
                    (true, true) => "declared-confirmed",
                    (true, false) => "declared-not-confirmed",
                };
                (label.clone(), text(current(), state, &[]))
            })
            .collect(),
        history: r
            .history
            .iter()
            .map(|e| (date_text(e.created_at.date()), text(current(), &format!("status-{}", e.status), &[])))
            .collect(),
        contract_open: r.status == "accepted" && contracts.iter().any(|d| d.kind == "contract"),
        in_round: r.in_round,
        contracts: crate::documents::view::doc_views(&contracts),
        documents: r.documents.len(),
        talk_at: r.talk_at.map(crate::web::format::moment_text),
        talk_open: r.talk_open && r.talk_at.is_none(),
    }
}

/// The export as a download: `kita-portal-<slug>-daten-<date>.zip`, never cached.
pub fn export_response(state: &AppState, ctx: &TenantCtx, file: File, size: u64) -> Result<Response> {
    let mut res = Body::from_stream(ReaderStream::new(file)).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/zip"));
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(size));
    let name = format!("kita-portal-{}-daten-{}.zip", ctx.tenant.slug.as_str(), state.today());
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&content_disposition(&name)).map_err(|e| AppError::Internal(e.to_string()))?,
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    Ok(res)
}

/// What awaits the family, from the account page's overview (the same as `family_alerts` reads
/// for other pages, without a second statement): open offers by deadline, unread messages.
pub fn alerts_of(children: &[Child], regs: &[Registration], unread: i64) -> Alerts {
    let mut offers: Vec<OpenOffer> = regs
        .iter()
        .filter(|r| r.status == "offered")
        .filter_map(|r| {
            Some(OpenOffer {
                registration_id: r.id,
                child_first_name: children.iter().find(|c| c.id == r.child_id)?.first_name.clone(),
                facility_name: r.facility_name.clone(),
                answer_by: r.answer_by?,
            })
        })
        .collect();
    offers.sort_by_key(|o| (o.answer_by, o.registration_id));
    Alerts { family: true, offers, unread }
}

/// The inbox: each message links to the registration it is about on the account page (where an
/// open offer has both answers), named after what waits there.
pub fn inbox_view(base: &str, messages: &[Message], alerts: &Alerts) -> Vec<serde_json::Value> {
    messages
        .iter()
        .map(|m| {
            let open_offer = m.registration_id.filter(|id| alerts.offers.iter().any(|o| o.registration_id == *id));
            let (link, label) = match (open_offer, m.registration_id) {
                (Some(id), _) => (Some(format!("{base}/konto#r-{id}")), "inbox-answer-offer"),
                (None, Some(id)) => (Some(format!("{base}/konto#r-{id}")), "inbox-to-registration"),
                (None, None) => (None, ""),
            };
            serde_json::json!({"subject": m.subject, "body": m.body, "read": m.read, "date": date_text(m.created_at.date()),
                "link": link, "link_label": (!label.is_empty()).then(|| text(current(), label, &[]))})
        })
        .collect()
}
