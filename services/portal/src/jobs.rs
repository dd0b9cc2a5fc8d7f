//! Background work on the shared state: offer expiry and reminders (every 15 s with the status refresh), ended
//! sessions (every ten minutes), the retention period and the document sweeper (hourly), and the listener that applies changes other
//! replicas announce. Each job visits the municipalities it may write to (`writable_tenants`).

use std::time::Duration;

use crate::web::letters;

/// How many days before an offer's answer deadline the family is reminded (issue 20).
pub const REMIND_DAYS: i32 = 2;
use crate::web::state::AppState;

impl AppState {
    /// Expires offers past their answer deadline in every current tenant (places go back).
    pub async fn expire_offers(&self) -> usize {
        let mut total = 0;
        for t in self.writable_tenants() {
            match self.store().tenant(&t.schema).expire_offers(self.today(), letters::expired).await {
                Ok(n) => total += n,
                Err(e) => tracing::warn!(tenant.id = %t.slug, error = %e, "could not expire offers"),
            }
        }
        total
    }

    /// Reminds families of offers whose answer is due within [`REMIND_DAYS`] days, once per offer.
    pub async fn remind_offers(&self) -> usize {
        let mut total = 0;
        for t in self.writable_tenants() {
            match self.store().tenant(&t.schema).remind_offers(self.today(), REMIND_DAYS, letters::offer_reminder).await
            {
                Ok(n) => total += n,
                Err(e) => tracing::warn!(tenant.id = %t.slug, error = %e, "could not send offer reminders"),
            }
        }
        total
    }

    /// Removes objects of every tenant that no row points at and that are older than `grace`
    /// (an upload in flight has its object for a moment before its row). Returns how many went.
    pub async fn sweep_orphans(&self, grace: Duration) -> Result<usize, String> {
        let mut removed = 0;
        let cutoff = time::OffsetDateTime::now_utc() - grace;
        for t in self.writable_tenants() {
            // Objects first, rows after: a row written in between is seen, so its object stays.
            let objects = self.objects().list(&format!("{}/", t.slug.as_str())).await.map_err(|e| e.to_string())?;
            let keys = self.store().tenant(&t.schema).document_keys().await.map_err(|e| e.to_string())?;
            for o in objects {
                let old = o.last_modified.is_none_or(|m| m <= cutoff);
                if old && !keys.contains(&o.key) {
                    self.objects().delete(&o.key).await.map_err(|e| e.to_string())?;
                    tracing::info!(tenant.id = %t.slug, key = %o.key, "orphaned document object removed");
                    removed += 1;
                }
            }
        }
        Ok(removed)
    }

    /// Deletes registrations never answered within each office's retention period (and kept
    /// contracts past their date) with their documents. Returns how many registrations went.
    pub async fn apply_retention(&self) -> usize {
        let mut total = 0;
        for t in self.writable_tenants() {
            let db = self.store().tenant(&t.schema);
            match db.apply_retention(time::OffsetDateTime::now_utc(), self.today(), letters::retention_deleted).await {
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
        }
        total
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
                state.expire_offers().await;
                state.remind_offers().await;
            }
        });
    }
}
