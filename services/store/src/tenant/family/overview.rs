//! The account page in one statement: family, children, every registration with its history,
//! criteria and documents, and the unread count; by account, or (for a schema beside the platform)
//! by session id together with the live session row.

use std::sync::LazyLock;

use sqlx::FromRow;
use tracing::instrument;
use uuid::Uuid;

use super::{ACTIVE, CRITERIA_OF_R, DECLARED_OF_R, UNREAD_BESIDE_OFFERS};
use crate::platform::sessions::{SessionRow, live_session, well_formed};
use crate::{Child, Family, Registration, Result, TenantDb};

/// What the account page shows at the top, read in one statement.
#[derive(Debug, Clone)]
pub struct Overview {
    pub family: Family,
    pub children: Vec<Child>,
    pub registrations: Vec<Registration>,
    pub unread: i64,
    /// Unread messages that are not about an open offer (those are counted as offers).
    pub unread_beside_offers: i64,
    /// The municipalities (slugs, this one included) where the account has a family profile, read
    /// in the same statement from the platform's index when the schema sits beside it (issue 16.9).
    pub municipalities: Option<Vec<String>>,
}

/// The account page's statement: family, unread count, children and every registration with its
/// history, criteria, documents and the number of children waiting for the same start. `account`
/// is the SQL expression of the account id (`$1`, or a column of an enclosing statement).
fn overview_sql(account: &str) -> String {
    format!(
        "select f.*,
                u.unread, u.unread_beside_offers,
                coalesce((select json_agg(json_build_object('id', c.id, 'first_name', c.first_name, 'last_name', c.last_name,
                            'birth_date', c.birth_date, 'expected_birth_date', c.expected_birth_date) order by c.created_at, c.id)
                          from {{s}}.children c where c.family_id = f.id), '[]') as children,
                coalesce((select json_agg(json_build_object('id', r.id, 'child_id', r.child_id, 'facility_id', r.facility_id,
                            'facility_name', fa.name, 'facility_kind', fa.kind, 'start_date', r.start_date, 'hours', r.hours,
                            'rank', r.rank, 'note', r.note, 'status', r.status, 'created_at', r.created_at,
                            'answer_by', r.answer_by, 'reason', r.reason, 'reason_note', r.reason_note,
                            'criteria', {CRITERIA_OF_R}, 'declared', {DECLARED_OF_R},
                            'criteria_reviewed', r.criteria_reviewed_at is not null,
                            'in_round', exists (select 1 from {{s}}.round_wishes rw join {{s}}.rounds ro on ro.id = rw.round_id
                                where rw.registration_id = r.id and ro.status = 'published'),
                            'talk_at', (select ts.starts_at from {{s}}.talk_slots ts where ts.booked_by = r.id),
                            'talk_open', exists (select 1 from {{s}}.talk_offers o join {{s}}.talk_slots ts on ts.id = o.slot_id
                                where o.registration_id = r.id and ts.booked_by is null and ts.starts_at > now()),
                            'waiting_same_start', (select count(*) from {{s}}.registrations w
                                where w.facility_id = r.facility_id and w.start_date = r.start_date
                                  and w.status in {ACTIVE}),
                            'history', coalesce((select json_agg(json_build_object('status', e.status, 'note', e.note,
                                'actor', e.actor, 'created_at', e.created_at) order by e.id)
                                from {{s}}.registration_events e where e.registration_id = r.id), '[]'),
                            'documents', coalesce((select json_agg(json_build_object('id', d.id, 'registration_id', d.registration_id,
                                'facility_id', d.facility_id, 'kind', d.kind, 'version', d.version, 'filename', d.filename,
                                'size', d.size, 'sha256', d.sha256, 'content_type', d.content_type,
                                'uploaded_role', d.uploaded_role, 'title', d.title, 'created_at', d.created_at)
                                order by d.created_at desc, d.id)
                                from {{s}}.documents d where d.registration_id = r.id), '[]'))
                            order by r.child_id, r.rank, r.created_at)
                          from {{s}}.registrations r join {{s}}.children c on c.id = r.child_id
                          join {{s}}.facilities fa on fa.id = r.facility_id where c.family_id = f.id), '[]') as registrations
         from {{s}}.families f
         cross join lateral (select count(*) as unread, count(*) filter (where {UNREAD_BESIDE_OFFERS}) as unread_beside_offers
             from {{s}}.messages m where m.family_id = f.id and m.read_at is null) u
         where f.account_id = {account}"
    )
}

static OVERVIEW_BY_ACCOUNT: LazyLock<String> = LazyLock::new(|| overview_sql("$1"));

/// The live session `$1` and its account's overview, if any (`session_*` columns, then the overview's).
static OVERVIEW_BY_SESSION: LazyLock<String> = LazyLock::new(|| {
    format!(
        "with s as ({})
         select s.id as session_id, s.account_id as session_account, s.csrf_token as session_csrf,
                s.data as session_data, s.expires_at as session_expires_at, s.ends_at as session_ends_at,
                (select array_agg(am.slug order by am.created_at, am.slug) from platform.account_municipalities am
                 where am.account_id = s.account_id) as municipalities, o.*
         from s left join lateral ({}) o on true",
        live_session("$1"),
        overview_sql("s.account_id")
    )
});

fn overview_from_row(row: &sqlx::postgres::PgRow) -> Result<Overview> {
    use sqlx::Row;
    let children: sqlx::types::Json<Vec<Child>> = row.try_get("children")?;
    let registrations: sqlx::types::Json<Vec<Registration>> = row.try_get("registrations")?;
    Ok(Overview {
        family: Family::from_row(row)?,
        children: children.0,
        registrations: registrations.0,
        unread: row.try_get("unread")?,
        unread_beside_offers: row.try_get("unread_beside_offers")?,
        municipalities: row.try_get::<Option<Vec<String>>, _>("municipalities").ok().map(Option::unwrap_or_default),
    })
}

impl TenantDb {
    /// Family, children, every registration with its history, and the unread count of an account, in
    /// one statement: the account page is a parent's hot path. A child has at most one active
    /// registration per facility (`registration_unique_active`), so the waiting children are a
    /// plain count, answered from the partial index `registrations_waiting`.
    #[instrument(skip_all)]
    pub async fn overview(&self, account: Uuid) -> Result<Option<Overview>> {
        let row = sqlx::query(&self.q(&OVERVIEW_BY_ACCOUNT)).bind(account).fetch_optional(self.pool()).await?;
        row.map(|row| overview_from_row(&row)).transpose()
    }

    /// The session row of `session_id` and, when it has an account with a family here, that
    /// family's [`TenantDb::overview`], in one statement (one round trip instead of two: the
    /// account page is the parent's hot path). Only for a schema [`beside the platform`]; `None`
    /// when the session does not exist or has expired.
    ///
    /// [`beside the platform`]: TenantDb::beside_platform
    #[instrument(skip_all)]
    pub async fn session_overview(&self, session_id: &str) -> Result<Option<(SessionRow, Option<Overview>)>> {
        if !self.beside_platform() || !well_formed(session_id) {
            return Ok(None);
        }
        let row = sqlx::query(&self.q(&OVERVIEW_BY_SESSION)).bind(session_id).fetch_optional(self.pool()).await?;
        let Some(row) = row else { return Ok(None) };
        use sqlx::Row;
        let session = SessionRow {
            id: row.try_get("session_id")?,
            account_id: row.try_get("session_account")?,
            csrf_token: row.try_get("session_csrf")?,
            data: row.try_get("session_data")?,
            expires_at: row.try_get("session_expires_at")?,
            ends_at: row.try_get("session_ends_at")?,
        };
        let family: Option<Uuid> = row.try_get("id")?;
        let overview = match family {
            Some(_) => Some(overview_from_row(&row)?),
            None => None,
        };
        Ok(Some((session, overview)))
    }
}
