//! Background work on the shared state: offer expiry and reminders and the district's figures
//! (every 15 s with the status refresh), ended sessions (every ten minutes), the retention period
//! and the document sweeper (hourly), and the listener that applies changes other replicas
//! announce. Each job visits only the municipalities whose work is due (`step_work.due`, written
//! by the tenants' own writes, issue 22) and that this replica may write to; an idle municipality
//! costs nothing.

use std::sync::Arc;
use std::time::Duration;

use step_domain::Tenant;
use step_store::{Claim, Work};
use time::OffsetDateTime;

use crate::web::letters;
pub use step_store::REMIND_DAYS;

use crate::web::state::AppState;

/// Municipalities claimed per cluster and job round: a round's work stays well inside the claims'
/// lease ([`step_store::CLAIM_LEASE_SECONDS`]); more wait for the next round.
const DUE_BATCH: i64 = 100;

/// What one round of offer deadlines did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct OfferRound {
    pub expired: usize,
    pub reminded: usize,
    /// Municipalities visited.
    pub visited: usize,
}

impl AppState {
    /// One batch of municipalities with `kind` work due that this replica may write to, claimed,
    /// and whether more may be due (a full batch came back: the caller takes the next one). One it
    /// may not write to now (read-only, not migrated) is left to its claim's lease and comes back.
    pub async fn claim_due(&self, kind: Work) -> (Vec<(Claim, Arc<Tenant>)>, bool) {
        match self.store().claim_due(kind, DUE_BATCH).await {
            Ok(claims) => {
                let more = claims.len() as i64 >= DUE_BATCH;
                let mine = claims
                    .into_iter()
                    .filter_map(|c| self.writable_by_schema(c.schema.as_str()).map(|t| (c, t)))
                    .collect();
                (mine, more)
            }
            Err(e) => {
                tracing::warn!(kind = kind.as_str(), error = %e, "due work not read");
                (Vec::new(), false)
            }
        }
    }

    /// Records when `claim`'s municipality is due next (logged when it cannot be: the claim's
    /// lease then brings it back).
    pub async fn settle(&self, claim: &Claim, later: Option<OffsetDateTime>) {
        if let Err(e) = self.store().settle(claim, later).await {
            tracing::warn!(schema = %claim.schema, kind = claim.kind.as_str(), error = %e, "due work not settled");
        }
    }

    /// Expires offers past their answer deadline (places go back) and reminds families of offers
    /// due within [`REMIND_DAYS`] days, once per offer, in the municipalities where one is due.
    pub async fn offer_deadlines(&self) -> OfferRound {
        let mut round = OfferRound::default();
        loop {
            let (batch, more) = self.claim_due(Work::Offers).await;
            for (claim, t) in batch {
                let db = self.store().tenant(&t.schema);
                round.visited += 1;
                match db.expire_offers(self.today(), letters::expired).await {
                    Ok(n) => round.expired += n,
                    Err(e) => tracing::warn!(tenant.id = %t.slug, error = %e, "could not expire offers"),
                }
                match db.remind_offers(self.today(), REMIND_DAYS, letters::offer_reminder).await {
                    Ok(n) => round.reminded += n,
                    Err(e) => tracing::warn!(tenant.id = %t.slug, error = %e, "could not send offer reminders"),
                }
                self.settle(&claim, None).await;
            }
            if !more {
                return round;
            }
        }
    }

    /// Recomputes the district's figures of the municipalities where a write changed them.
    /// Returns how many were recomputed.
    pub async fn refresh_figures(&self) -> usize {
        let mut total = 0;
        loop {
            let (done, more) = crate::district::ops::figures::refresh_due(self).await;
            total += done;
            if !more {
                return total;
            }
        }
    }

    /// Offers expired in one round of [`Self::offer_deadlines`].
    pub async fn expire_offers(&self) -> usize {
        self.offer_deadlines().await.expired
    }

    /// Reminders sent in one round of [`Self::offer_deadlines`].
    pub async fn remind_offers(&self) -> usize {
        self.offer_deadlines().await.reminded
    }

    /// Removes objects of the municipalities marked for the sweeper that no row points at and
    /// that are older than `grace` (an upload in flight has its object for a moment before its
    /// row; a younger one brings the municipality back when it is old enough). Returns how many went.
    pub async fn sweep_orphans(&self, grace: Duration) -> Result<usize, String> {
        let mut removed = 0;
        loop {
            let (batch, more) = self.claim_due(Work::Sweep).await;
            for (claim, t) in batch {
                // A failure leaves the municipality unsettled: its claim's lease brings it back.
                let (n, young) = self.sweep_one(&t, grace).await?;
                removed += n;
                self.settle(&claim, young).await;
            }
            if !more {
                return Ok(removed);
            }
        }
    }

    /// One municipality's orphans: how many went, and when the youngest one left is old enough.
    async fn sweep_one(&self, t: &Tenant, grace: Duration) -> Result<(usize, Option<OffsetDateTime>), String> {
        let cutoff = OffsetDateTime::now_utc() - grace;
        // Objects first, rows after: a row written in between is seen, so its object stays.
        let objects = self.objects().list(&format!("{}/", t.slug.as_str())).await.map_err(|e| e.to_string())?;
        let keys = self.store().tenant(&t.schema).document_keys().await.map_err(|e| e.to_string())?;
        let (mut removed, mut young) = (0, None);
        for o in objects.into_iter().filter(|o| !keys.contains(&o.key)) {
            match o.last_modified {
                Some(m) if m > cutoff => young = Some(young.map_or(m + grace, |y: OffsetDateTime| y.min(m + grace))),
                _ => {
                    self.objects().delete(&o.key).await.map_err(|e| e.to_string())?;
                    tracing::info!(tenant.id = %t.slug, key = %o.key, "orphaned document object removed");
                    removed += 1;
                }
            }
        }
        Ok((removed, young))
    }

    /// Deletes registrations never answered within each office's retention period (and kept
    /// contracts past their date) with their documents, where that is due. Returns how many
    /// registrations went.
    pub async fn apply_retention(&self) -> usize {
        let mut total = 0;
        loop {
            let (batch, more) = self.claim_due(Work::Retention).await;
            for (claim, t) in batch {
                let db = self.store().tenant(&t.schema);
                match db.apply_retention(OffsetDateTime::now_utc(), self.today(), letters::retention_deleted).await {
                    Ok((keys, n)) => {
                        total += n;
                        for key in keys {
                            if let Err(e) = self.objects().delete(&key).await {
                                tracing::warn!(key, error = %e, "object of a deleted document not removed; the sweeper will");
                            }
                        }
                    }
                    Err(e) => tracing::warn!(tenant.id = %t.slug, error = %e, "could not apply the retention period"),
                }
                self.settle(&claim, None).await;
            }
            if !more {
                return total;
            }
        }
    }

    /// Deletes ended sessions (idle or absolute limit passed), anonymous ones included (issue 19.3).
    pub async fn sweep_sessions(&self) -> u64 {
        match self.store().platform().purge_expired_sessions().await {
            Ok(n) => n,
            Err(e) => {
                tracing::warn!(error = %e, "ended sessions could not be deleted");
                0
            }
        }
    }

    /// Every ten minutes: ended sessions go (first run at start).
    pub(crate) fn spawn_session_sweeper(&self) {
        let state = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(600));
            loop {
                tick.tick().await;
                let n = state.sweep_sessions().await;
                if n > 0 {
                    tracing::info!(sessions_deleted = n, "ended sessions deleted");
                }
            }
        });
    }

    /// Hourly: the retention period, then the sweeper (first run a minute after start).
    pub fn spawn_document_jobs(&self, grace: Duration) {
        let state = self.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_secs(60)).await;
            let mut tick = tokio::time::interval(Duration::from_secs(3600));
            loop {
                tick.tick().await;
                let deleted = state.apply_retention().await;
                match state.sweep_orphans(grace).await {
                    Ok(n) => tracing::info!(retention_deleted = deleted, orphans_removed = n, "document jobs ran"),
                    Err(e) => tracing::warn!(error = %e, "the document sweeper could not run"),
                }
            }
        });
    }

    /// Listens for run-time changes announced by other replicas and the CLI (municipality added or
    /// changed, maintenance, directory) and applies them at once; the 15 s poll stays as a fallback.
    pub(crate) fn spawn_change_listener(&self) {
        let state = self.clone();
        tokio::spawn(async move {
            loop {
                match state.store().platform().listener().await {
                    Ok(mut listener) => loop {
                        match listener.recv().await {
                            Ok(n) => {
                                tracing::debug!(what = n.payload(), "platform change announced");
                                // A role granted or revoked anywhere applies here at once (issue 19.8).
                                let applied = if n.payload() == "roles" {
                                    state.reload_access().await.map_err(|e| e.to_string())
                                } else {
                                    state.refresh_status().await.map(|_| ()).map_err(|e| e.to_string())
                                };
                                if let Err(e) = applied {
                                    tracing::warn!(error = %e, "could not apply an announced change");
                                }
                            }
                            Err(e) => {
                                tracing::warn!(error = %e, "change listener lost its connection");
                                break;
                            }
                        }
                    },
                    Err(e) => tracing::warn!(error = %e, "could not listen for platform changes"),
                }
                tokio::time::sleep(Duration::from_secs(5)).await;
            }
        });
    }

    /// Keeps the status current while serving, so a tenant migrated (or rolled back) by an operator
    /// is picked up without a restart.
    pub(crate) fn spawn_status_refresh(&self) {
        let state = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(15));
            tick.tick().await;
            loop {
                tick.tick().await;
                if let Err(e) = state.refresh_status().await {
                    tracing::warn!(error = %e, "could not refresh tenant migration status");
                }
                // Grants and revokes made on another replica or with the CLI apply without restart.
                if let Err(e) = state.reload_access().await {
                    tracing::warn!(error = %e, "could not reload role assignments");
                }
                state.offer_deadlines().await;
                state.refresh_figures().await;
            }
        });
    }
}
