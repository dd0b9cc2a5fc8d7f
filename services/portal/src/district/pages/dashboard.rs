//! Demand and supply as a page (chart with the table beside it) and as CSV.

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::district::ops::figures::visible_figures;
use crate::district::view::{self, BANDS, CellOut, MunicipalityOut, band_label, csv, month_de};
use crate::web::csv::csv_response;
use crate::web::error::Result;
use crate::web::extract::Staff;
use crate::web::format::moment_text;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::state::AppState;

pub(crate) async fn dashboard_page(staff: Staff, State(state): State<AppState>) -> Result<Response> {
    let rows = visible_figures(&state, staff.account).await?;
    let title = text(current(), "dash-chart-title", &[]);
    let chart = view::chart(&rows, &title);
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
    // The oldest figures shown say how current the page is.
    let as_of = rows
        .iter()
        .filter_map(|m| m.as_of.as_deref().and_then(|a| OffsetDateTime::parse(a, &Rfc3339).ok()))
        .min()
        .map(moment_text);
    let total = |f: fn(&MunicipalityOut) -> i64| rows.iter().map(f).sum::<i64>();
    let mut page = staff.page(&state);
    page.insert("rows", &rows)
        .insert("detail", &detail)
        .insert("chart", &chart)
        .insert("as_of", &as_of)
        .insert(
            "total",
            &serde_json::json!({"children": total(|m| m.children), "free_places": total(|m| m.free_places),
                "offers_open": total(|m| m.offers_open), "accepted": total(|m| m.accepted),
                "contracted": total(|m| m.contracted), "entitled_without_offer": total(|m| m.entitled_without_offer)}),
        )
        .insert("bands", &BANDS.iter().map(|b| band_label(b)).collect::<Vec<_>>());
    Ok(page.render(&state, "district/dashboard.html")?.into_response())
}

pub(crate) async fn dashboard_csv(staff: Staff, State(state): State<AppState>) -> Result<Response> {
    let rows = visible_figures(&state, staff.account).await?;
    Ok(csv_response(csv(&rows), "bedarfsplanung.csv"))
}
