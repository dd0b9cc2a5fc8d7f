//! One family across the district (issue 16.9): a family signed in at a second municipality takes
//! over its profile and children from another, when it asks. The data is written into this
//! municipality's schema in one transaction; nothing is kept centrally.

use sqlx::Connection;
use step_domain::family::{ChildInput, FamilyInput};
use tracing::instrument;
use uuid::Uuid;

use super::{FAMILY_INSERT, Family, bind_family};
use crate::{Error, Result, TenantDb};

impl TenantDb {
    /// Creates the family of `account` with `children`; refused with `family_exists` when the
    /// account has a family here already (nothing is overwritten).
    #[instrument(skip_all)]
    pub async fn copy_in_family(&self, account: Uuid, f: &FamilyInput, children: &[ChildInput]) -> Result<Family> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let sql = format!("{FAMILY_INSERT} on conflict (account_id) do nothing returning *");
        let family: Option<Family> =
            bind_family(sqlx::query_as(&self.q(&sql)), account, f).fetch_optional(&mut *tx).await?;
        let family = family.ok_or(Error::Rule("family_exists"))?;
        for c in children {
            sqlx::query(
                &self.q("insert into {s}.children (family_id, first_name, last_name, birth_date, expected_birth_date)
                 values ($1, $2, $3, $4, $5)"),
            )
            .bind(family.id)
            .bind(&c.first_name)
            .bind(&c.last_name)
            .bind(c.birth_date)
            .bind(c.expected_birth_date)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(family)
    }
}
