//! Adding and changing a municipality at run time: its definition in the platform schema, its
//! schema built and migrated, its settings written, its directory entry, the audit entry; a failed
//! add removes what it made. The one place where the platform reaches into a tenant schema: the
//! new tenant's settings and audit log are written through [`Store::tenant`].

use sqlx::Executor;
use step_domain::{SchemaName, Tenant};

use crate::{Actor, Error, Result, Store};

impl Store {
    /// Drops a schema that was just created for a municipality whose definition could not be stored.
    // Whole-schema work (drop, checksums, copy) on the cluster's pool; no session setting is changed.
    #[allow(clippy::disallowed_methods)]
    pub async fn drop_new_schema(&self, schema: &SchemaName) -> Result<()> {
        let mut conn = self.pool_for(schema).acquire().await?;
        conn.execute(format!("drop schema if exists {schema} cascade").as_str()).await?;
        Ok(())
    }

    /// Adds a municipality: claims the slug with its definition, builds and migrates its schema (on
    /// the main cluster), writes its settings, enters it in the directory and audits it. A failure
    /// removes what was made; a slug or schema in use is refused with [`Error::Taken`].
    pub async fn provision_tenant(
        &self,
        tenant: &Tenant,
        definition: &str,
        logo: Option<&[u8]>,
        actor: &Actor,
    ) -> Result<()> {
        if self.schema_exists(&tenant.schema).await? {
            return Err(Error::Taken("schema"));
        }
        let slug = tenant.slug.as_str();
        if !self.platform().insert_definition(slug, definition, logo, &actor.id).await? {
            return Err(Error::Taken("slug"));
        }
        let made = async {
            self.migrate_tenant(&tenant.schema).await?;
            self.tenant(&tenant.schema).sync_settings(tenant.procedure.max_choices).await?;
            self.platform().sync_tenants(std::slice::from_ref(tenant)).await?;
            self.tenant(&tenant.schema).audit(actor, "tenant_created", "settings", &tenant.name).await
        }
        .await;
        if let Err(e) = made {
            tracing::error!(tenant.id = %slug, error = %e, "adding the municipality failed; undoing it");
            if let Err(undo) = self.drop_new_schema(&tenant.schema).await {
                tracing::error!(error = %undo, "schema of the failed add not dropped");
            }
            self.platform().forget_new_tenant(slug).await?;
            return Err(e);
        }
        Ok(())
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
