//! Adding and changing a municipality at run time: its definition and directory entry in the
//! platform schema, its schema built and migrated, its settings written, the audit entry; a failed
//! add removes what it made. The one place where the platform reaches into a tenant schema: the
//! new tenant's settings and audit log are written through [`Store::tenant`].

use sqlx::Executor;
use step_domain::{SchemaName, Tenant};

use super::namespace_exists;
use crate::{Actor, Error, MAIN_CLUSTER, Result, Store};

impl Store {
    /// Drops a schema that was just created for a municipality whose definition could not be stored.
    // Whole-schema work (drop, checksums, copy) on the cluster's pool; no session setting is changed.
    #[allow(clippy::disallowed_methods)]
    pub async fn drop_new_schema(&self, schema: &SchemaName) -> Result<()> {
        let mut conn = self.pool_for(schema).acquire().await?;
        conn.execute(format!("drop schema if exists {schema} cascade").as_str()).await?;
        Ok(())
    }

    /// Adds a municipality on `cluster` (`main`, or a configured one: issue 22 spreads a country
    /// over several): claims the slug with its definition and its directory entry in one statement,
    /// builds and migrates its schema there, writes its settings and audits it. A failure removes
    /// what was made; a stop leaves a claim whose schema `step tenants generate` (or `step migrate`)
    /// finishes on the cluster named. A slug or schema in use is refused with [`Error::Taken`], a
    /// cluster without a URL with [`Error::Url`], both before anything is written.
    pub async fn provision_tenant(
        &self,
        tenant: &Tenant,
        definition: &str,
        logo: Option<&[u8]>,
        actor: &Actor,
        cluster: &str,
    ) -> Result<()> {
        let Some(pool) = self.clusters.pool(cluster) else {
            return Err(Error::Url(format!("cluster `{cluster}` has no URL here ([clusters.{cluster}] url)")));
        };
        if namespace_exists(pool, &tenant.schema).await? {
            return Err(Error::Taken("schema"));
        }
        let slug = tenant.slug.as_str();
        if !self.platform().claim_tenant(tenant, definition, logo, &actor.id, cluster).await? {
            return Err(Error::Taken("slug"));
        }
        self.set_directory(&tenant.schema, cluster);
        let made = async {
            self.migrate_tenant(&tenant.schema).await?;
            self.tenant(&tenant.schema).sync_settings(tenant.procedure.max_choices).await?;
            self.audit_tenant_created(tenant, actor).await
        }
        .await;
        if let Err(e) = made {
            tracing::error!(tenant.id = %slug, error = %e, "adding the municipality failed; undoing it");
            if let Err(undo) = self.drop_new_schema(&tenant.schema).await {
                tracing::error!(error = %undo, "schema of the failed add not dropped");
            }
            self.platform().forget_new_tenant(slug, &tenant.schema).await?;
            self.set_directory(&tenant.schema, MAIN_CLUSTER);
            return Err(e);
        }
        Ok(())
    }

    /// The last thing an add writes: its schema's audit log says who made the municipality. Once:
    /// an add resumed after a stop (`step tenants generate`) writes it only if it is missing.
    pub async fn audit_tenant_created(&self, tenant: &Tenant, actor: &Actor) -> Result<()> {
        self.tenant(&tenant.schema).audit_once(actor, "tenant_created", "settings", &tenant.name).await
    }

    /// Stores a changed municipality (it wins over its tenant file from now on) and audits what
    /// changed (`detail`).
    pub async fn save_tenant(
        &self,
        tenant: &Tenant,
        definition: &str,
        logo: Option<&[u8]>,
        actor: &Actor,
        detail: &str,
    ) -> Result<()> {
        self.platform().save_definition(tenant.slug.as_str(), definition, logo, &actor.id).await?;
        self.platform().sync_tenants(std::slice::from_ref(tenant)).await?;
        let db = self.tenant(&tenant.schema);
        db.sync_settings(tenant.procedure.max_choices).await?;
        db.audit(actor, "tenant_changed", "settings", detail).await
    }
}
