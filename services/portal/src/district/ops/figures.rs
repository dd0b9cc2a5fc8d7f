//! Demand and supply per municipality, for those the caller may see, from the district's rollup
//! (recomputed per municipality when a write marks it due); and the maintenance switch.

use std::collections::HashMap;
use std::sync::Arc;

use step_domain::Tenant;
use step_store::{DemandRow, Figures, Work};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use uuid::Uuid;

use crate::district::view::{CellOut, MunicipalityOut};
use crate::web::error::{AppError, Result};
use crate::web::state::AppState;

/// The municipalities `account` may see figures of: all for a district admin, its office's for
/// office staff. Empty for anyone else.
async fn visible(state: &AppState, account: Uuid) -> Vec<Arc<Tenant>> {
    let all = state.registry().all();
    let may: std::collections::HashSet<String> =
        state.access().office_tenants(account, all.iter().map(|t| t.slug.as_str())).await.into_iter().collect();
    all.iter().filter(|t| may.contains(t.slug.as_str())).cloned().collect()
}

/// The figures of every municipality `account` may see; 403 for anyone who may see none.
pub async fn visible_figures(state: &AppState, account: Uuid) -> Result<Vec<MunicipalityOut>> {
    let tenants = visible(state, account).await;
    if tenants.is_empty() {
        return Err(AppError::Forbidden);
    }
    figures(state, &tenants).await
}

/// The figures of the given municipalities from the district's rollup (issue 22): one query
/// however many there are. Those changed since the last job round are recomputed first, so the
/// page is current; each row says when its figures were computed.
pub async fn figures(state: &AppState, tenants: &[Arc<Tenant>]) -> Result<Vec<MunicipalityOut>> {
    refresh_due(state).await;
    let schemas: Vec<&str> = tenants.iter().map(|t| t.schema.as_str()).collect();
    let mut stored: HashMap<String, Figures> =
        state.store().platform().figures(&schemas).await?.into_iter().map(|f| (f.schema.clone(), f)).collect();
    Ok(tenants
        .iter()
        .map(|t| {
            let (children, rows, as_of) = match stored.remove(t.schema.as_str()) {
                Some(f) => (f.children, f.cells.0, Some(f.as_of)),
                None => (0, Vec::new(), None),
            };
            let sum = |f: fn(&DemandRow) -> i64| rows.iter().map(f).sum::<i64>();
            MunicipalityOut {
                slug: t.slug.to_string(),
                name: t.name.clone(),
                office: t.office.name.clone(),
                children,
                free_places: sum(|r| r.free_places),
                offers_open: sum(|r| r.offers_open),
                accepted: sum(|r| r.accepted),
                contracted: sum(|r| r.contracted),
                entitled_without_offer: sum(|r| r.entitled_without_offer),
                as_of: as_of.and_then(|a| a.format(&Rfc3339).ok()),
                cells: rows.into_iter().map(CellOut::from).collect(),
            }
        })
        .collect())
}

/// Recomputes the figures of the municipalities whose figures are marked due (by a write they
/// count), eight at a time, from one aggregate query each in its own schema; only counts leave it.
/// Returns how many were recomputed, and whether more may be due (one batch at a time).
pub async fn refresh_due(state: &AppState) -> (usize, bool) {
    let mut done = 0;
    let (due, more) = state.claim_due(Work::Figures).await;
    for chunk in due.chunks(8) {
        let mut tasks = tokio::task::JoinSet::new();
        for (claim, t) in chunk.iter().cloned() {
            let state = state.clone();
            tasks.spawn(async move {
                let as_of = OffsetDateTime::now_utc();
                let db = state.store().tenant(&t.schema);
                let computed = async {
                    let rows = db.demand_supply().await?;
                    let children = db.active_children().await?;
                    state.store().platform().save_figures(t.schema.as_str(), children, &rows, as_of).await
                }
                .await;
                match computed {
                    Ok(()) => {
                        state.settle(&claim, None).await;
                        true
                    }
                    Err(e) => {
                        tracing::warn!(tenant.id = %t.slug, error = %e, "figures not recomputed; again after the lease");
                        false
                    }
                }
            });
        }
        while let Some(r) = tasks.join_next().await {
            done += usize::from(r.unwrap_or(false));
        }
    }
    (done, more)
}

/// Switches maintenance mode and writes it to the municipality's audit log.
pub async fn switch(state: &AppState, cap: &step_access::OfficeCap, slug: &str, on: bool) -> Result<()> {
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
