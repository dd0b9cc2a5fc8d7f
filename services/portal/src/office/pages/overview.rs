//! The office's overview with filters and its CSV, and the audit log.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use step_store::OverviewRow;

use crate::office::ops::{OverviewFilter, office_rows, total};
use crate::web::caps::office_cap;
use crate::web::csv::{BOM, csv_field, csv_response};
use crate::web::error::{AppError, Result};
use crate::web::extract::Staff;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::state::AppState;

pub(crate) async fn overview_page(
    staff: Staff,
    State(state): State<AppState>,
    Query(f): Query<OverviewFilter>,
) -> Result<Response> {
    let cap = office_cap(&state, &staff).await?;
    // A bad filter shows the page again with the filter form and the message, not an error page.
    let mistakes = f.mistakes();
    let (f, refused) = if mistakes.is_empty() { (f, None) } else { (OverviewFilter::default(), Some(f)) };
    let per_tenant = office_rows(&state, &staff, &f).await?;
    let (kind, from, to) = f.checked()?;
    let here = staff.ctx.db.office_overview(kind, from.as_deref(), to.as_deref()).await?;
    let mut here_total = total(&here);
    here_total.children = staff.ctx.db.office_children(kind, from.as_deref(), to.as_deref()).await?;
    let mut summary: Vec<(String, OverviewRow)> = Vec::new();
    for (name, slug, rows) in &per_tenant {
        let mut sum = total(rows);
        // A child registered for several start months is one child.
        sum.children = state
            .store()
            .tenant(&state.registry().by_slug(slug).ok_or(AppError::NotFound)?.schema)
            .office_children(kind, from.as_deref(), to.as_deref())
            .await?;
        summary.push((name.clone(), sum));
    }
    let settings = staff.ctx.db.desk_settings().await?;
    let query = serde_urlencoded::to_string(&f).unwrap_or_default();
    let mut page = staff.page(&state);
    let shown = refused.as_ref().unwrap_or(&f);
    page.mistakes(&mistakes);
    page.insert("rows", &here)
        .insert("total", &here_total)
        .insert("summary", &summary)
        .insert(
            "filter",
            &serde_json::json!({"kind": shown.kind.clone().unwrap_or_default(), "from": shown.from.clone().unwrap_or_default(),
                "to": shown.to.clone().unwrap_or_default()}),
        )
        .insert("query", &query)
        .insert("offer_lock", &settings.offer_lock)
        .insert("online_contract", &staff.ctx.db.online_contract().await?)
        .insert("answer_days", &settings.offer_answer_days)
        .insert("may_settings", &cap.may_change_settings())
        .insert("may_roles", &cap.may_manage_roles())
        .insert("district_admin", &(cap.role() == "district_admin"));
    let status = if refused.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    Ok((status, page.render(&state, "office/overview.html")?).into_response())
}

pub(crate) async fn overview_csv(
    staff: Staff,
    State(state): State<AppState>,
    Query(f): Query<OverviewFilter>,
) -> Result<Response> {
    office_cap(&state, &staff).await?;
    let per_tenant = office_rows(&state, &staff, &f).await?;
    let header = [
        "office-col-municipality",
        "office-col-month",
        "office-col-registrations",
        "office-col-children",
        "office-col-offers",
        "office-col-accepted",
        "office-col-contracted",
        "office-col-without-offer",
    ];
    let mut out = String::from(BOM);
    out.push_str(&header.iter().map(|k| csv_field(&text(current(), k, &[]))).collect::<Vec<_>>().join(";"));
    out.push_str("\r\n");
    for (name, _, rows) in &per_tenant {
        for r in rows {
            let cells = [
                csv_field(name),
                csv_field(&r.month),
                r.registrations.to_string(),
                r.children.to_string(),
                r.offers_open.to_string(),
                r.accepted.to_string(),
                r.contracted.to_string(),
                r.without_offer.to_string(),
            ];
            out.push_str(&cells.join(";"));
            out.push_str("\r\n");
        }
    }
    Ok(csv_response(out, &format!("vormerkungen-{}.csv", staff.ctx.tenant.slug)))
}
