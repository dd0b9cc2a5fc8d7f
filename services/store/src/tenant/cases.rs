//! The youth welfare office's worklist and cases (issue 20): children with a legal entitlement at
//! their desired start (one year old then) and no offer, acceptance or contract, ordered by the day
//! the office must act by; notes and contact attempts per child; closing a case with a reason.

use sqlx::{Connection, FromRow};
use time::{Date, OffsetDateTime};
use tracing::instrument;
use uuid::Uuid;

use crate::{Actor, Error, Result, TenantDb};

/// The legally expected lead time: a place is due six months after the registration at the latest.
pub const LEAD_MONTHS: i32 = 6;

/// Filters of the worklist (each optional).
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    /// Desired start month, `YYYY-MM`.
    pub month: Option<String>,
    /// `u3` (under three at the start) or `ue3`.
    pub band: Option<String>,
    /// Only cases whose act-by day has passed.
    pub overdue: bool,
    /// `open` (default) or `closed`.
    pub closed: bool,
}

/// One child of the worklist.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct CaseRow {
    pub child_id: Uuid,
    pub first_name: String,
    pub last_name: String,
    pub birth_date: Date,
    /// The earliest desired start of its active registrations.
    pub start_date: Date,
    /// Its first active registration.
    pub registered_at: OffsetDateTime,
    /// The later of the start date and the registration plus [`LEAD_MONTHS`].
    pub act_by: Date,
    pub family_name: String,
    pub phone: String,
    pub address: String,
    /// Registered on paper and never signed in, or an e-mail to the family could not be delivered.
    pub needs_post: bool,
    /// A brother or sister has an accepted or contracted place.
    pub sibling: bool,
    /// A proof of urgency was uploaded for one of its registrations.
    pub urgency: bool,
    /// The family declined an offer for this child.
    pub refused: bool,
    /// It has an open offer, an acceptance or a contract now (only when one child's case is read:
    /// such a child is not on the worklist, but its case stays readable).
    pub has_place: bool,
    /// `open` or `closed`.
    pub status: String,
    pub closed_reason: Option<String>,
    pub notes: i64,
    /// All rows of the filtered list (for paging).
    pub total: i64,
}

/// One of a listed child's registrations.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct CaseRegistration {
    pub child_id: Uuid,
    pub id: Uuid,
    pub facility_id: Uuid,
    pub facility: String,
    pub status: String,
    pub rank: i16,
    pub start_date: Date,
    pub created_at: OffsetDateTime,
}

/// A note or contact attempt on a case.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct CaseNote {
    pub id: i64,
    /// `note`, `contact` or `refused_offer`.
    pub kind: String,
    pub body: String,
    pub author: String,
    pub author_role: String,
    pub created_at: OffsetDateTime,
}

const WORKLIST: &str = "with kids as (
        select r.child_id, min(r.start_date) as start_date, min(r.created_at) as registered_at,
               bool_or(r.status in ('offered', 'accepted', 'contracted')) as has_place
        from {s}.registrations r
        where r.status in ('registered', 'offered', 'accepted', 'contracted') and ($9::uuid is null or r.child_id = $9)
        group by r.child_id
    ), waiting as (
        select k.child_id, k.start_date, k.registered_at, k.has_place, c.family_id, c.first_name, c.last_name,
               coalesce(c.birth_date, c.expected_birth_date) as birth_date,
               greatest(k.start_date, (k.registered_at at time zone 'Europe/Berlin')::date + make_interval(months => $7))::date as act_by
        from kids k join {s}.children c on c.id = k.child_id
        where ($9::uuid is not null or not k.has_place) and coalesce(c.birth_date, c.expected_birth_date) + interval '1 year' <= k.start_date
    )
    select w.child_id, w.first_name, w.last_name, w.birth_date, w.start_date, w.registered_at, w.act_by, w.has_place,
           f.last_name as family_name, f.phone, f.street || ', ' || f.postcode || ' ' || f.city as address,
           (f.account_id is null or exists (select 1 from {s}.outbox o join {s}.messages m on m.id = o.message_id
                where m.family_id = f.id and o.failed_at is not null)) as needs_post,
           exists (select 1 from {s}.children s join {s}.registrations sr on sr.child_id = s.id
                where s.family_id = w.family_id and s.id <> w.child_id and sr.status in ('accepted', 'contracted')) as sibling,
           exists (select 1 from {s}.documents d join {s}.registrations dr on dr.id = d.registration_id
                where dr.child_id = w.child_id and d.kind = 'urgency') as urgency,
           exists (select 1 from {s}.registrations x where x.child_id = w.child_id and x.status = 'declined') as refused,
           coalesce(cs.status, 'open') as status, cs.closed_reason,
           (select count(*) from {s}.case_notes n where n.child_id = w.child_id) as notes,
           count(*) over () as total
    from waiting w join {s}.families f on f.id = w.family_id
    left join {s}.cases cs on cs.child_id = w.child_id
    where ($1::text is null or coalesce(cs.status, 'open') = $1)
      and ($2::text is null or to_char(w.start_date, 'YYYY-MM') = $2)
      and ($3::text is null or (case when w.birth_date + interval '3 years' > w.start_date then 'u3' else 'ue3' end) = $3)
      and (not $4 or w.act_by < $8)
    order by w.act_by, w.start_date, w.child_id
    limit $5 offset $6";

impl TenantDb {
    /// The worklist, filtered, a page of `limit` rows from `offset`, ordered by the act-by day.
    #[instrument(skip_all, fields(tenant.schema = %self.schema()))]
    pub async fn worklist(&self, f: &CaseFilter, today: Date, limit: i64, offset: i64) -> Result<Vec<CaseRow>> {
        let status = if f.closed { "closed" } else { "open" };
        self.worklist_rows(f, today, (limit, offset), (Some(status), None)).await
    }

    /// `status` none: open and closed cases; `child`: only that child's (its registrations alone
    /// are read).
    async fn worklist_rows(
        &self,
        f: &CaseFilter,
        today: Date,
        (limit, offset): (i64, i64),
        (status, child): (Option<&str>, Option<Uuid>),
    ) -> Result<Vec<CaseRow>> {
        Ok(sqlx::query_as(&self.q(WORKLIST))
            .bind(status)
            .bind(f.month.as_deref())
            .bind(f.band.as_deref())
            .bind(f.overdue)
            .bind(limit)
            .bind(offset)
            .bind(LEAD_MONTHS)
            .bind(today)
            .bind(child)
            .fetch_all(self.pool())
            .await?)
    }

    /// The case of one child entitled at its start (open or closed, on the worklist or placed since:
    /// `has_place`), else `None`: one statement over that child's registrations.
    pub async fn case_of(&self, child: Uuid, today: Date) -> Result<Option<CaseRow>> {
        Ok(self.worklist_rows(&CaseFilter::default(), today, (1, 0), (None, Some(child))).await?.pop())
    }

    /// The active and past registrations of the listed children.
    pub async fn case_registrations(&self, children: &[Uuid]) -> Result<Vec<CaseRegistration>> {
        Ok(sqlx::query_as(&self.q("select r.child_id, r.id, r.facility_id, f.name as facility, r.status, r.rank,
                r.start_date, r.created_at
             from {s}.registrations r join {s}.facilities f on f.id = r.facility_id
             where r.child_id = any($1) order by r.child_id, r.rank, r.created_at"))
        .bind(children)
        .fetch_all(self.pool())
        .await?)
    }

    /// The notes and contact attempts on a child's case, oldest first.
    pub async fn case_notes(&self, child: Uuid) -> Result<Vec<CaseNote>> {
        Ok(sqlx::query_as(&self.q("select id, kind, body, author, author_role, created_at from {s}.case_notes
             where child_id = $1 order by created_at, id"))
        .bind(child)
        .fetch_all(self.pool())
        .await?)
    }

    /// Adds a note (`note`), a contact attempt (`contact`) or a refused reasonable offer
    /// (`refused_offer`) to a child's case, with its audit entry.
    #[instrument(skip_all)]
    pub async fn add_case_note(&self, actor: &Actor, child: Uuid, kind: &str, body: &str) -> Result<i64> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let id: i64 =
            sqlx::query_scalar(&self.q("insert into {s}.case_notes (child_id, kind, body, author, author_role)
             select id, $2, $3, $4, $5 from {s}.children where id = $1 returning id"))
            .bind(child)
            .bind(kind)
            .bind(body)
            .bind(&actor.id)
            .bind(&actor.role)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(Error::NotFound)?;
        self.audit_in(&mut tx, actor, &format!("case_{kind}"), &format!("child:{child}"), "").await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Closes a child's case with a reason (`place_elsewhere`, `moved_away`, `not_needed`); a case
    /// closed already is refused (`case_closed`).
    #[instrument(skip_all)]
    pub async fn close_case(&self, actor: &Actor, child: Uuid, reason: &str) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let exists: Option<Uuid> = sqlx::query_scalar(&self.q("select id from {s}.children where id = $1 for update"))
            .bind(child)
            .fetch_optional(&mut *tx)
            .await?;
        exists.ok_or(Error::NotFound)?;
        let done = sqlx::query(&self.q("insert into {s}.cases (child_id, status, closed_reason, closed_at, closed_by)
             values ($1, 'closed', $2, now(), $3)
             on conflict (child_id) do update set status = 'closed', closed_reason = $2, closed_at = now(),
                 closed_by = $3, updated_at = now()
             where {s}.cases.status = 'open'"))
        .bind(child)
        .bind(reason)
        .bind(&actor.id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(Error::Rule("case_closed"));
        }
        // Open proposals go with the case: the desk no longer offers them for confirmation.
        sqlx::query(&self.q("update {s}.case_proposals set status = 'withdrawn', decided_at = now(), decided_by = $2
             where child_id = $1 and status = 'proposed'"))
        .bind(child)
        .bind(&actor.id)
        .execute(&mut *tx)
        .await?;
        self.audit_in(&mut tx, actor, "case_close", &format!("child:{child}"), reason).await?;
        tx.commit().await?;
        Ok(())
    }
}
