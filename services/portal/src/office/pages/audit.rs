//! The audit log as a clerk reads it (issue 16): people, children and facilities by name, German
//! local time, filters (person, child, action, period) and the same rows as CSV.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::office::ops::{AuditQuery, audit_mistakes, audit_rows};
use crate::web::caps::office_cap;
use crate::web::csv::{BOM, csv_field, csv_response};
use crate::web::error::Result;
use crate::web::extract::Staff;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::state::AppState;

/// Rows on the page; the CSV carries up to ten thousand.
const PAGE_ROWS: i64 = 300;
const CSV_ROWS: i64 = 10_000;

pub(crate) async fn audit_page(
    staff: Staff,
    State(state): State<AppState>,
    Query(q): Query<AuditQuery>,
) -> Result<Response> {
    office_cap(&state, &staff).await?;
    let actions = staff.ctx.db.audit_actions().await?;
    let actions: Vec<(String, String)> =
        actions.into_iter().map(|a| (text(current(), &format!("audit-action-{a}"), &[]), a)).collect();
    let mut page = staff.page(&state);
    page.insert("filter", &q).insert("actions", &actions);
    // A refused filter shows the page again with every mistake at its field, and no rows. A
    // field's id on the page is its name without the prefix that names its label.
    let mistakes = audit_mistakes(&q);
    page.mistakes_at(&mistakes, |field| field.trim_start_matches("audit_"));
    let (rows, status) = if mistakes.is_empty() {
        (audit_rows(&state, &staff.ctx, &q, PAGE_ROWS).await?, StatusCode::OK)
    } else {
        (Vec::new(), StatusCode::BAD_REQUEST)
    };
    let query = serde_urlencoded::to_string(&q).unwrap_or_default();
    page.insert("entries", &rows).insert("query", &query);
    Ok((status, page.render(&state, "office/audit.html")?).into_response())
}

pub(crate) async fn audit_csv(
    staff: Staff,
    State(state): State<AppState>,
    Query(q): Query<AuditQuery>,
) -> Result<Response> {
    office_cap(&state, &staff).await?;
    let rows = audit_rows(&state, &staff.ctx, &q, CSV_ROWS).await?;
    let header = [
        "audit-col-when",
        "audit-col-who",
        "audit-col-role",
        "audit-col-action",
        "audit-col-object",
        "audit-col-detail",
    ];
    let mut out = String::from(BOM);
    out.push_str(&header.iter().map(|k| csv_field(&text(current(), k, &[]))).collect::<Vec<_>>().join(";"));
    out.push_str("\r\n");
    for r in &rows {
        let cells = [&r.when, &r.who, &r.role, &r.action, &r.object, &r.detail];
        out.push_str(&cells.iter().map(|c| csv_field(c)).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
    }
    Ok(csv_response(out, &format!("protokoll-{}.csv", staff.ctx.tenant.slug)))
}
