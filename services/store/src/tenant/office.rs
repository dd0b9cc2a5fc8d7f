//! Paper registrations (a facility registers a family without internet on its behalf) and the
//! office overview of a municipality.

use sqlx::{Connection, FromRow};
use step_domain::family::{ChildInput, FamilyInput};
use time::Date;
use tracing::instrument;
use uuid::Uuid;

use crate::{Actor, Error, Family, InboxMessage, Result, TenantDb};

/// One line of the office overview: a start month (`YYYY-MM`) of one municipality.
#[derive(Debug, Clone, Default, PartialEq, Eq, FromRow, serde::Serialize)]
pub struct OverviewRow {
    pub month: String,
    /// Active registrations (waiting, offered, accepted, contracted).
    pub registrations: i64,
    /// Children behind them, each counted once however many facilities they chose.
    pub children: i64,
    pub offers_open: i64,
    pub accepted: i64,
    pub contracted: i64,
    /// Children whose earliest desired start is in this month and who have no offer at all.
    pub without_offer: i64,
}

impl TenantDb {
    /// Registers a family on paper: a family without account (origin `paper`, found again by its
    /// e-mail address for its next child), the child and the registration at `facility`, with the
    /// same rules as online. The parent can take the family over later by signing in with that
    /// e-mail address ([`TenantDb::claim_paper_family`]).
    #[instrument(skip_all)]
    #[allow(clippy::too_many_arguments)]
    pub async fn paper_register(
        &self,
        actor: &Actor,
        facility: Uuid,
        family: &FamilyInput,
        child: &ChildInput,
        (start, hours, note): (Date, i16, &str),
        message: impl FnOnce(&str, &str, &str) -> InboxMessage,
    ) -> Result<Uuid> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        // The same family typed again (its next child): same e-mail, last name and postcode. Anything
        // less is a new family, so a desk never sees another family's contact data by its address.
        let existing: Option<Uuid> = sqlx::query_scalar(&self.q(
            "select id from {s}.families where account_id is null and lower(email) = lower($1) and lower(last_name) = lower($2)
               and postcode = $3 order by created_at limit 1 for update",
        ))
        .bind(&family.email)
        .bind(&family.last_name)
        .bind(&family.postcode)
        .fetch_optional(&mut *tx)
        .await?;
        let family_id: Uuid =
            match existing {
                Some(id) => id,
                None => sqlx::query_scalar(&self.q(
                    "insert into {s}.families (first_name, last_name, street, postcode, city, phone, email, language,
                        guardian2_first_name, guardian2_last_name, guardian2_phone, guardian2_email, origin)
                     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'paper') returning id",
                ))
                .bind(&family.first_name)
                .bind(&family.last_name)
                .bind(&family.street)
                .bind(&family.postcode)
                .bind(&family.city)
                .bind(&family.phone)
                .bind(&family.email)
                .bind(&family.language)
                .bind(&family.guardian2_first_name)
                .bind(&family.guardian2_last_name)
                .bind(&family.guardian2_phone)
                .bind(&family.guardian2_email)
                .fetch_one(&mut *tx)
                .await?,
            };
        // A child this family already has here (same names and birth date, issue 19.9) is the same
        // child: its registrations count together for the per-child rules (five at most, one place).
        let known: Option<Uuid> = sqlx::query_scalar(&self.q(
            "select id from {s}.children where family_id = $1 and lower(first_name) = lower($2) and lower(last_name) = lower($3)
               and birth_date is not distinct from $4 and expected_birth_date is not distinct from $5
             order by created_at limit 1",
        ))
        .bind(family_id)
        .bind(&child.first_name)
        .bind(&child.last_name)
        .bind(child.birth_date)
        .bind(child.expected_birth_date)
        .fetch_optional(&mut *tx)
        .await?;
        let child_id: Uuid = match known {
            Some(id) => id,
            None => self.insert_paper_child(&mut tx, family_id, child).await?,
        };
        let rank: i16 = sqlx::query_scalar(&self.q("select least(count(*) + 1, 10)::int2 from {s}.registrations
             where child_id = $1 and status in ('registered', 'offered', 'accepted', 'contracted')"))
        .bind(child_id)
        .fetch_one(&mut *tx)
        .await?;
        let id: Uuid = sqlx::query_scalar(
            &self.q("insert into {s}.registrations (child_id, facility_id, start_date, hours, rank, note, origin)
             values ($1, $2, $3, $4, $6, $5, 'paper') returning id"),
        )
        .bind(child_id)
        .bind(facility)
        .bind(start)
        .bind(hours)
        .bind(note)
        .bind(rank)
        .fetch_one(&mut *tx)
        .await
        .map_err(crate::tenant::family::rule)?;
        let name: String = sqlx::query_scalar(&self.q("select name from {s}.facilities where id = $1"))
            .bind(facility)
            .fetch_one(&mut *tx)
            .await?;
        let msg = message(&child.first_name, &name, &family.language);
        self.record(&mut tx, family_id, id, ("registered", "paper", "facility"), &msg).await?;
        self.audit_in(&mut tx, actor, "paper_registration", &format!("registration:{id}"), "").await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn insert_paper_child(&self, tx: &mut sqlx::PgConnection, family: Uuid, child: &ChildInput) -> Result<Uuid> {
        Ok(sqlx::query_scalar(
            &self.q("insert into {s}.children (family_id, first_name, last_name, birth_date, expected_birth_date)
             values ($1, $2, $3, $4, $5) returning id"),
        )
        .bind(family)
        .bind(&child.first_name)
        .bind(&child.last_name)
        .bind(child.birth_date)
        .bind(child.expected_birth_date)
        .fetch_one(&mut *tx)
        .await?)
    }

    /// Links the oldest paper family with this (verified) e-mail address to a signed-in account
    /// that has no family in this municipality yet. Returns the family taken over, if any.
    #[instrument(skip_all)]
    pub async fn claim_paper_family(&self, account: Uuid, email: &str) -> Result<Option<Family>> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let claimed: Option<Family> =
            sqlx::query_as(&self.q("update {s}.families set account_id = $1, updated_at = now()
             where id = (select id from {s}.families where account_id is null and lower(email) = lower($2)
                         order by created_at limit 1 for update)
               and not exists (select 1 from {s}.families where account_id = $1)
             returning *"))
            .bind(account)
            .bind(email)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(f) = &claimed {
            self.audit_in(
                &mut tx,
                &Actor::account(account, "parent"),
                "paper_family_claimed",
                &format!("family:{}", f.id),
                "",
            )
            .await?;
        }
        tx.commit().await?;
        Ok(claimed)
    }

    /// The office overview per desired start month: registrations, children (each once), open
    /// offers, acceptances, contracts, and children still without any offer. `kind` filters to
    /// Kitas or childminders; `from`/`to` bound the months (inclusive, `YYYY-MM`).
    #[instrument(skip_all)]
    pub async fn office_overview(
        &self,
        kind: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<OverviewRow>> {
        let rows: Vec<OverviewRow> = sqlx::query_as(&self.q("with regs as (
                select r.child_id, r.status, r.start_date, to_char(r.start_date, 'YYYY-MM') as month
                from {s}.registrations r join {s}.facilities f on f.id = r.facility_id
                where ($1::text is null or f.kind = $1)
                  and r.status in ('registered', 'offered', 'accepted', 'contracted')
             ), per_month as (
                select month, count(*) as registrations, count(distinct child_id) as children,
                       count(*) filter (where status = 'offered') as offers_open,
                       count(*) filter (where status = 'accepted') as accepted,
                       count(*) filter (where status = 'contracted') as contracted
                from regs group by month
             ), kids as (
                select child_id, to_char(min(start_date), 'YYYY-MM') as month,
                       bool_or(status in ('offered', 'accepted', 'contracted')) as has_offer
                from regs group by child_id
             ), waiting as (
                select month, count(*) as without_offer from kids where not has_offer group by month
             )
             select p.month, p.registrations, p.children, p.offers_open, p.accepted, p.contracted,
                    coalesce(w.without_offer, 0) as without_offer
             from per_month p left join waiting w on w.month = p.month
             where ($2::text is null or p.month >= $2) and ($3::text is null or p.month <= $3)
             order by p.month"))
        .bind(kind)
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?;
        Ok(rows)
    }

    /// Children with an active registration (each once) under the same filters as the overview.
    pub async fn office_children(&self, kind: Option<&str>, from: Option<&str>, to: Option<&str>) -> Result<i64> {
        Ok(sqlx::query_scalar(&self.q(
            "select count(distinct r.child_id) from {s}.registrations r join {s}.facilities f on f.id = r.facility_id
             where ($1::text is null or f.kind = $1) and r.status in ('registered', 'offered', 'accepted', 'contracted')
               and ($2::text is null or to_char(r.start_date, 'YYYY-MM') >= $2)
               and ($3::text is null or to_char(r.start_date, 'YYYY-MM') <= $3)",
        ))
        .bind(kind)
        .bind(from)
        .bind(to)
        .fetch_one(self.pool())
        .await?)
    }

    /// Fails with [`Error::NotFound`] unless `facility` is a facility of this tenant.
    pub async fn require_facility(&self, facility: Uuid) -> Result<String> {
        self.facility_kind(facility).await?.ok_or(Error::NotFound)
    }
}
