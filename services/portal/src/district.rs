//! District demand and supply (issue 7): per municipality, age band and start month the children
//! registered (each once), free places, open offers, acceptances, contracts and children with a
//! legal entitlement still without any offer. District admins see every municipality, office
//! staff those of their office. Figures come from one aggregate query per tenant schema, run
//! concurrently; charts are SVG drawn here, with the table beside them and a CSV of every table.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use step_domain::Tenant;
use step_store::DemandRow;
use utoipa::{OpenApi, ToSchema};
use uuid::Uuid;

use crate::desk::Staff;
use crate::error::{AppError, Result};
use crate::i18n::{DEFAULT_LANG, text};
use crate::office::csv_field;
use crate::session::Session;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{slug}/amt/bedarfsplanung", get(dashboard_page))
        .route("/{slug}/amt/bedarfsplanung.csv", get(dashboard_csv))
        .route("/api/v1/district/dashboard", get(dashboard_api))
        .route("/{slug}/amt/wartung", get(maintenance_page).post(maintenance_switch))
}

#[derive(OpenApi)]
#[openapi(paths(dashboard_api), components(schemas(MunicipalityOut, CellOut)))]
pub struct DistrictApiDoc;

/// One municipality's figures.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MunicipalityOut {
    slug: String,
    name: String,
    office: String,
    /// Children with an active registration, each once over all months and bands.
    children: i64,
    /// Sums over the cells (children: see above).
    free_places: i64,
    offers_open: i64,
    accepted: i64,
    contracted: i64,
    entitled_without_offer: i64,
    /// Per age band (`u1`, `1-2`, `3+`) and start month (`YYYY-MM`).
    cells: Vec<CellOut>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CellOut {
    band: String,
    month: String,
    children: i64,
    free_places: i64,
    offers_open: i64,
    accepted: i64,
    contracted: i64,
    entitled_without_offer: i64,
}

impl From<DemandRow> for CellOut {
    fn from(r: DemandRow) -> Self {
        Self {
            band: r.band,
            month: r.month,
            children: r.children,
            free_places: r.free_places,
            offers_open: r.offers_open,
            accepted: r.accepted,
            contracted: r.contracted,
            entitled_without_offer: r.entitled_without_offer,
        }
    }
}

/// The municipalities `account` may see figures of: all for a district admin, its office's for
/// office staff. Empty for anyone else.
async fn visible(state: &AppState, account: Uuid) -> Vec<Arc<Tenant>> {
    let mut out = Vec::new();
    for t in state.registry().all() {
        if state.access().office(account, t.slug.as_str()).await.is_some() {
            out.push(t.clone());
        }
    }
    out
}

/// The figures of the given municipalities, each from its own schema, at most 8 at a time.
pub async fn figures(state: &AppState, tenants: &[Arc<Tenant>]) -> Result<Vec<MunicipalityOut>> {
    let mut out = Vec::with_capacity(tenants.len());
    for chunk in tenants.chunks(8) {
        let mut tasks = tokio::task::JoinSet::new();
        for (i, t) in chunk.iter().enumerate() {
            let db = state.store().tenant(&t.schema);
            tasks.spawn(async move {
                let rows = db.demand_supply().await?;
                let children = db.active_children().await?;
                Ok::<_, step_store::Error>((i, rows, children))
            });
        }
        let mut part: Vec<(usize, Vec<DemandRow>, i64)> = Vec::with_capacity(chunk.len());
        while let Some(r) = tasks.join_next().await {
            part.push(r.map_err(|e| AppError::Internal(e.to_string()))??);
        }
        part.sort_by_key(|p| p.0);
        for (i, rows, children) in part {
            let t = &chunk[i];
            let sum = |f: fn(&DemandRow) -> i64| rows.iter().map(f).sum::<i64>();
            out.push(MunicipalityOut {
                slug: t.slug.to_string(),
                name: t.name.clone(),
                office: t.office.name.clone(),
                children,
                free_places: sum(|r| r.free_places),
                offers_open: sum(|r| r.offers_open),
                accepted: sum(|r| r.accepted),
                contracted: sum(|r| r.contracted),
                entitled_without_offer: sum(|r| r.entitled_without_offer),
                cells: rows.into_iter().map(CellOut::from).collect(),
            });
        }
    }
    Ok(out)
}

/// Demand and supply of every municipality the caller may see (district admin: all; office staff:
/// their office's).
#[utoipa::path(get, path = "/api/v1/district/dashboard", tag = "district", security(("session" = [])),
    responses((status = 200, body = Vec<MunicipalityOut>), (status = 401, body = crate::api::ErrorBody),
              (status = 403, description = "Neither district admin nor office staff", body = crate::api::ErrorBody)))]
async fn dashboard_api(State(state): State<AppState>, session: Session) -> Result<Json<Vec<MunicipalityOut>>> {
    let account = session.account().ok_or(AppError::NotSignedIn)?;
    let tenants = visible(&state, account).await;
    if tenants.is_empty() {
        return Err(AppError::Forbidden);
    }
    Ok(Json(figures(&state, &tenants).await?))
}

const BANDS: &[&str] = &["u1", "1-2", "3+"];

fn band_label(band: &str) -> String {
    text(&DEFAULT_LANG, &format!("dash-band-{}", band.replace('+', "plus")), &[])
}

/// `2027-08` → `08/2027`.
fn month_de(month: &str) -> String {
    match month.split_once('-') {
        Some((y, m)) => format!("{m}/{y}"),
        None => month.to_owned(),
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A chart series: catalogue key of its label, colour, value.
type Series = (&'static str, &'static str, fn(&MunicipalityOut) -> i64);

/// A horizontal bar chart: per municipality the children registered, free places and entitled
/// children without an offer, on one scale. Self-contained SVG (no script, no external font).
pub fn bar_chart(rows: &[MunicipalityOut], title: &str) -> String {
    let series: [Series; 3] = [
        ("dash-col-children", "#1d4ed8", |m| m.children),
        ("dash-col-free", "#15803d", |m| m.free_places),
        ("dash-col-without", "#b91c1c", |m| m.entitled_without_offer),
    ];
    let max = rows.iter().flat_map(|m| series.iter().map(move |s| (s.2)(m))).max().unwrap_or(0).max(1);
    let (label_w, bar_w, row_h, bar_h) = (150.0, 420.0, 42.0, 11.0);
    let height = 40.0 + row_h * rows.len() as f64;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {height}\" role=\"img\" aria-labelledby=\"chart-title\" class=\"chart\">\
         <title id=\"chart-title\">{t}</title>",
        w = label_w + bar_w + 60.0,
        t = esc(title)
    );
    for (i, (key, color, _)) in series.iter().enumerate() {
        let x = label_w + i as f64 * 150.0;
        svg.push_str(&format!(
            "<rect x=\"{x}\" y=\"8\" width=\"12\" height=\"12\" fill=\"{color}\"/><text x=\"{}\" y=\"18\" font-size=\"12\">{}</text>",
            x + 16.0,
            esc(&text(&DEFAULT_LANG, key, &[]))
        ));
    }
    for (r, m) in rows.iter().enumerate() {
        let y0 = 32.0 + row_h * r as f64;
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"end\">{}</text>",
            label_w - 8.0,
            y0 + 20.0,
            esc(&m.name)
        ));
        for (i, (_, color, value)) in series.iter().enumerate() {
            let v = value(m);
            let w = (v as f64 / max as f64 * bar_w).max(if v > 0 { 1.0 } else { 0.0 });
            let y = y0 + 4.0 + i as f64 * bar_h;
            svg.push_str(&format!(
                "<rect x=\"{label_w}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"{color}\"/>\
                 <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\">{v}</text>",
                bar_h - 2.0,
                label_w + w + 4.0,
                y + bar_h - 3.0
            ));
        }
    }
    svg.push_str("</svg>");
    svg
}

async fn dashboard_page(staff: Staff, State(state): State<AppState>) -> Result<Response> {
    let tenants = visible(&state, staff.account).await;
    if tenants.is_empty() {
        return Err(AppError::Forbidden);
    }
    let rows = figures(&state, &tenants).await?;
    let title = text(&DEFAULT_LANG, "dash-chart-title", &[]);
    let chart = bar_chart(&rows, &title);
    let detail: Vec<serde_json::Value> = rows
        .iter()
        .map(|m| {
            // The same cells, with the band and month as the page shows them.
            let cells: Vec<CellOut> = m
                .cells
                .iter()
                .map(|c| CellOut { band: band_label(&c.band), month: month_de(&c.month), ..c.clone() })
                .collect();
            serde_json::json!({"slug": m.slug, "name": m.name, "cells": cells})
        })
        .collect();
    let total = |f: fn(&MunicipalityOut) -> i64| rows.iter().map(f).sum::<i64>();
    let mut page = staff.page(&state);
    page.insert("rows", &rows)
        .insert("detail", &detail)
        .insert("chart", &chart)
        .insert(
            "total",
            &serde_json::json!({"children": total(|m| m.children), "free_places": total(|m| m.free_places),
                "offers_open": total(|m| m.offers_open), "accepted": total(|m| m.accepted),
                "contracted": total(|m| m.contracted), "entitled_without_offer": total(|m| m.entitled_without_offer)}),
        )
        .insert("bands", &BANDS.iter().map(|b| band_label(b)).collect::<Vec<_>>());
    Ok(page.render(&state, "dashboard.html")?.into_response())
}

/// Every table of the page as one CSV (semicolons, UTF-8 with mark, as Excel in Germany reads it):
/// the cells per municipality, age band and month; the per-municipality totals as rows with
/// month "gesamt".
pub fn csv(rows: &[MunicipalityOut]) -> String {
    let mut out = String::from("\u{feff}");
    let header = [
        "Gemeinde",
        "Jugendamt",
        "Altersgruppe",
        "Monat",
        "Kinder",
        "Freie Plätze",
        "Offene Angebote",
        "Angenommen",
        "Verträge",
        "Rechtsanspruch ohne Angebot",
    ];
    out.push_str(&header.join(";"));
    out.push_str("\r\n");
    for m in rows {
        for c in &m.cells {
            out.push_str(&format!(
                "{};{};{};{};{};{};{};{};{};{}\r\n",
                csv_field(&m.name),
                csv_field(&m.office),
                csv_field(&band_label(&c.band)),
                csv_field(&c.month),
                c.children,
                c.free_places,
                c.offers_open,
                c.accepted,
                c.contracted,
                c.entitled_without_offer
            ));
        }
        out.push_str(&format!(
            "{};{};{};{};{};{};{};{};{};{}\r\n",
            csv_field(&m.name),
            csv_field(&m.office),
            csv_field("alle"),
            csv_field("gesamt"),
            m.children,
            m.free_places,
            m.offers_open,
            m.accepted,
            m.contracted,
            m.entitled_without_offer
        ));
    }
    out
}

async fn dashboard_csv(staff: Staff, State(state): State<AppState>) -> Result<Response> {
    let tenants = visible(&state, staff.account).await;
    if tenants.is_empty() {
        return Err(AppError::Forbidden);
    }
    let rows = figures(&state, &tenants).await?;
    let mut res = csv(&rows).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"bedarfsplanung.csv\""));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

/// The district admin's capability for a municipality, or 403 (404 for an unknown one).
async fn district_admin(state: &AppState, account: Uuid, slug: &str) -> Result<step_access::OfficeCap> {
    if state.registry().by_slug(slug).is_none() {
        return Err(AppError::NotFound);
    }
    match state.access().office(account, slug).await {
        Some(cap) if cap.role() == "district_admin" => Ok(cap),
        _ => Err(AppError::Forbidden),
    }
}

/// Switches maintenance mode and writes it to the municipality's audit log.
pub(crate) async fn switch(state: &AppState, cap: &step_access::OfficeCap, slug: &str, on: bool) -> Result<()> {
    state.set_maintenance(slug, on, &cap.account().to_string()).await?;
    let tenant = state.registry().by_slug(slug).ok_or(AppError::NotFound)?;
    let actor = step_store::Actor::account(cap.account(), cap.role());
    state
        .store()
        .tenant(&tenant.schema)
        .audit(&actor, "maintenance", "settings", if on { "an" } else { "aus" })
        .await?;
    Ok(())
}

async fn maintenance_page(staff: Staff, State(state): State<AppState>) -> Result<Response> {
    let slug = staff.ctx.tenant.slug.to_string();
    let cap = state.access().office(staff.account, &slug).await.ok_or(AppError::Forbidden)?;
    let mut page = staff.page(&state);
    page.insert("on", &state.in_maintenance(&slug)).insert("may", &(cap.role() == "district_admin"));
    Ok(page.render(&state, "maintenance.html")?.into_response())
}

#[derive(serde::Deserialize)]
struct SwitchForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    maintenance: String,
}

async fn maintenance_switch(
    staff: Staff,
    State(state): State<AppState>,
    axum::Form(form): axum::Form<SwitchForm>,
) -> Result<Response> {
    staff.csrf.check(&form.csrf)?;
    let slug = staff.ctx.tenant.slug.to_string();
    let cap = district_admin(&state, staff.account, &slug).await?;
    let on = match form.maintenance.as_str() {
        "on" => true,
        "off" => false,
        _ => return Err(AppError::BadParam(step_domain::ParamError::new("maintenance", "err-boolean"))),
    };
    switch(&state, &cap, &slug, on).await?;
    Ok(axum::response::Redirect::to(&format!("{}/amt/wartung", staff.ctx.base)).into_response())
}
