//! The desk's start (the facilities a person works on) and a facility's ranked waiting list, 100
//! rows a page, with the closed registrations, recent messages and kept contracts below.

use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use step_domain::ParamError;
use uuid::Uuid;

use crate::desk::ops::facility_name;
use crate::desk::view::proposal_out;
use crate::desk::view::{FacilityLine, Labels, NOTICES, PAGE_ROWS, RowView, capacity_view, row_view};
use crate::web::caps::{actor, facility_cap};
use crate::web::error::{AppError, Result};
use crate::web::extract::Staff;
use crate::web::format::date_text;
use crate::web::page::notice;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

pub(crate) async fn index(staff: Staff, State(state): State<AppState>) -> Result<Response> {
    let slug = staff.ctx.tenant.slug.as_str();
    let scope = state.access().desk_scope(staff.account, slug).await;
    let office = state.access().office(staff.account, slug).await.is_some();
    if scope.is_empty() && !office {
        return Err(AppError::Forbidden);
    }
    let rows = if scope.all {
        staff.ctx.db.desk_facilities(None, None).await?
    } else {
        let mut rows = if scope.facilities.is_empty() {
            Vec::new()
        } else {
            staff.ctx.db.desk_facilities(Some(&scope.facilities), None).await?
        };
        if scope.childminders {
            rows.extend(staff.ctx.db.desk_facilities(None, Some("ktp")).await?);
        }
        rows
    };
    let lines: Vec<FacilityLine> = rows
        .into_iter()
        .map(|(id, name, kind, waiting, offered)| FacilityLine { id, name, kind, waiting, offered })
        .collect();
    let mut page = staff.page(&state);
    page.insert("facilities", &lines).insert("office", &office);
    Ok(page.render(&state, "desk/index.html")?.into_response())
}

#[derive(Deserialize)]
pub(crate) struct ListQuery {
    #[serde(default)]
    seite: Option<String>,
}

pub(crate) async fn waiting_page(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid)): Path<(String, String)>,
    axum::extract::Query(q): axum::extract::Query<ListQuery>,
    uri: Uri,
) -> Result<Response> {
    let cap = facility_cap(&state, &staff.ctx, staff.account, &fid).await?;
    let db = &staff.ctx.db;
    let rows = db.waiting_list(cap.facility()).await?;
    db.audit_read(&actor(&cap), "waiting_list_read", &format!("facility:{}", cap.facility())).await?;
    let pages = rows.len().div_ceil(PAGE_ROWS).max(1);
    let page_no = page_number(&q, pages)?;
    let first = (page_no - 1) * PAGE_ROWS;
    let closed = db.closed_registrations(cap.facility(), 50).await?;
    let mut labels = Labels::default();
    let shown: Vec<RowView> =
        rows.iter().enumerate().skip(first).take(PAGE_ROWS).map(|(i, r)| row_view(&mut labels, i + 1, r)).collect();
    let base = format!("{}/einrichtung/{}", staff.ctx.base, cap.facility());
    let link = |n: usize| format!("{base}?seite={n}");
    let page_links: Vec<serde_json::Value> = (1..=pages)
        .filter(|n| *n == 1 || *n == pages || n.abs_diff(page_no) <= 2)
        .map(|n| serde_json::json!({"number": n, "url": link(n), "current": n == page_no}))
        .collect();
    let mut page = staff.page(&state);
    let (messages, kept) = recent_notes(&staff.ctx, cap.facility()).await?;
    page.insert("messages", &messages).insert("kept", &kept);
    let proposals: Vec<_> = db.facility_proposals(cap.facility()).await?.iter().map(proposal_out).collect();
    page.insert("proposals", &proposals);
    let conversations: Vec<serde_json::Value> = db
        .facility_conversations(cap.facility(), 5)
        .await?
        .iter()
        .map(|c| {
            serde_json::json!({"registration": c.registration_id, "child": c.child, "unread": c.unread,
                "date": crate::web::format::moment_text(c.last_message_at)})
        })
        .collect();
    page.insert("conversations", &conversations);
    page.insert("facility_id", &cap.facility())
        .insert("facility", &facility_name(&staff.ctx, cap.facility()).await?)
        .insert("total", &rows.len())
        .insert("from", &(first + 1).min(rows.len()))
        .insert("to", &(first + shown.len()))
        .insert("rows", &shown)
        .insert("page", &page_no)
        .insert("pages", &pages)
        .insert("page_links", &page_links)
        .insert("prev_url", &(page_no > 1).then(|| link(page_no - 1)))
        .insert("next_url", &(page_no < pages).then(|| link(page_no + 1)))
        .insert("closed", &closed.iter().map(|r| row_view(&mut labels, 0, r)).collect::<Vec<_>>())
        .insert("capacity", &capacity_view(&db.capacity(cap.facility()).await?))
        .insert("may_edit", &cap.may_edit())
        .insert("may_paper", &cap.may_register_paper())
        .insert("notice", &notice(&uri, NOTICES, "desk-notice-"));
    Ok(page.render(&state, "desk/list.html")?.into_response())
}

/// The page asked for (`?seite=`), 1 when none; a page that does not exist is refused.
fn page_number(q: &ListQuery, pages: usize) -> Result<usize> {
    match q.seite.as_deref().map(str::trim) {
        None | Some("") => Ok(1),
        Some(p) => p.parse::<usize>().ok().filter(|n| (1..=pages).contains(n)).ok_or_else(|| {
            AppError::BadParam(ParamError::new("page", "err-number-range").arg("min", 1).arg("max", pages))
        }),
    }
}

/// The facility's five newest messages and the contracts it keeps past their registrations.
async fn recent_notes(ctx: &TenantCtx, facility: Uuid) -> Result<(Vec<serde_json::Value>, Vec<serde_json::Value>)> {
    let messages: Vec<serde_json::Value> = ctx
        .db
        .facility_messages(facility, 5)
        .await?
        .into_iter()
        .map(|m| {
            serde_json::json!({"date": date_text(m.created_at.date()), "subject": m.subject, "body": m.body,
                "registration": m.registration_id})
        })
        .collect();
    let kept: Vec<serde_json::Value> = ctx
        .db
        .kept_documents(facility)
        .await?
        .into_iter()
        .map(|(d, until)| serde_json::json!({"id": d.id, "title": d.title, "until": date_text(until)}))
        .collect();
    Ok((messages, kept))
}
