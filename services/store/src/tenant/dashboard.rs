//! District demand and supply (issue 7): one aggregate query per tenant schema. Only counts leave
//! a schema; no child's data is read outside its tenant.

use sqlx::FromRow;
use tracing::instrument;

use crate::{Result, TenantDb};

/// Demand and supply of one age band and start month in one municipality.
#[derive(Debug, Clone, Default, PartialEq, Eq, FromRow, serde::Serialize, serde::Deserialize)]
pub struct DemandRow {
    /// `u1` (under 1), `1-2`, `3+`: the child's age at the desired start date.
    pub band: String,
    /// Desired start month, `YYYY-MM`.
    pub month: String,
    /// Children with an active registration (each child once, however many registrations).
    pub children: i64,
    /// Free places announced for that month (under-3 places count in `1-2`, 3+ places in `3+`).
    pub free_places: i64,
    /// Children with an open offer.
    pub offers_open: i64,
    pub accepted: i64,
    pub contracted: i64,
    /// Children aged 1 or more at the start date (legal entitlement, § 24 SGB VIII) with no offer,
    /// acceptance or contract at all.
    pub entitled_without_offer: i64,
}

/// Per child, band and month: the furthest any of its registrations got. A child registered at
/// five Kitas for the same month is one child in one cell.
const DEMAND: &str = "with r as (
        select r.child_id, r.status, to_char(r.start_date, 'YYYY-MM') as month,
            case when coalesce(c.birth_date, c.expected_birth_date) > r.start_date then -1
                 else (extract(year from age(r.start_date, coalesce(c.birth_date, c.expected_birth_date))) * 12
                     + extract(month from age(r.start_date, coalesce(c.birth_date, c.expected_birth_date))))::integer end as months
        from {s}.registrations r join {s}.children c on c.id = r.child_id
        where r.status in ('registered', 'offered', 'accepted', 'contracted')
    ), cells as (
        select child_id, month, case when min(months) < 12 then 'u1' when min(months) < 36 then '1-2' else '3+' end as band,
            min(months) >= 12 as entitled,
            bool_or(status = 'offered') as offered, bool_or(status = 'accepted') as accepted,
            bool_or(status = 'contracted') as contracted
        from r group by child_id, month
    ), demand as (
        select band, month, count(*) as children,
            count(*) filter (where offered) as offers_open,
            count(*) filter (where accepted) as accepted,
            count(*) filter (where contracted) as contracted,
            count(*) filter (where entitled and not (offered or accepted or contracted)) as entitled_without_offer
        from cells group by band, month
    ), supply as (
        select case when age_band = 'u3' then '1-2' else '3+' end as band, to_char(start_date, 'YYYY-MM') as month,
            sum(free_places)::bigint as free_places
        from {s}.places group by 1, 2
    )
    select coalesce(d.band, s.band) as band, coalesce(d.month, s.month) as month,
        coalesce(d.children, 0) as children, coalesce(s.free_places, 0) as free_places,
        coalesce(d.offers_open, 0) as offers_open, coalesce(d.accepted, 0) as accepted,
        coalesce(d.contracted, 0) as contracted, coalesce(d.entitled_without_offer, 0) as entitled_without_offer
    from demand d full join supply s on s.band = d.band and s.month = d.month
    order by 2, 1";

impl TenantDb {
    /// Demand and supply per age band and start month.
    #[instrument(skip_all, fields(tenant.schema = %self.schema()))]
    pub async fn demand_supply(&self) -> Result<Vec<DemandRow>> {
        Ok(sqlx::query_as(&self.q(DEMAND)).fetch_all(self.pool()).await?)
    }

    /// Children with an active registration, each once (for a municipality's total).
    pub async fn active_children(&self) -> Result<i64> {
        Ok(sqlx::query_scalar(&self.q("select count(distinct child_id) from {s}.registrations
             where status in ('registered', 'offered', 'accepted', 'contracted')"))
        .fetch_one(self.pool())
        .await?)
    }
}
