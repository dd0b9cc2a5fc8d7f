//! Demand and supply per municipality from one aggregate query per tenant schema, run
//! concurrently, for those the caller may see; and the maintenance switch.

use std::sync::Arc;

use step_domain::Tenant;
use step_store::DemandRow;
use uuid::Uuid;

use crate::district::view::{CellOut, MunicipalityOut};
use crate::web::error::{AppError, Result};
use crate::web::state::AppState;

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

/// The figures of every municipality `account` may see; 403 for anyone who may see none.
pub async fn visible_figures(state: &AppState, account: Uuid) -> Result<Vec<MunicipalityOut>> {
    let tenants = visible(state, account).await;
    if tenants.is_empty() {
        return Err(AppError::Forbidden);
    }
    figures(state, &tenants).await
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
