//! The facility search behind the search page and `GET …/facilities`, and one facility with its
//! criteria and announced places. One fixed statement per tenant (absent filters are nulls), so its
//! prepared plan is reused; free places count from the start of the Kita year up to the desired
//! start.

use sqlx::{FromRow, Row};
use step_domain::search::{SearchFilter, kita_year_start};
use step_domain::{FacilityKind, Sort};
use time::Date;
use tracing::instrument;
use uuid::Uuid;

use crate::db::like_pattern;
use crate::{Result, TenantDb};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FacilitySummary {
    pub id: Uuid,
    pub kind: String,
    pub name: String,
    pub provider_org: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub lat: f64,
    pub lon: f64,
    pub distance_km: Option<f64>,
    pub free_places: i64,
    pub hours_offered: Vec<i16>,
    pub age_min_months: i16,
    pub age_max_months: i16,
    pub concepts: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct SearchPage {
    pub total: i64,
    pub items: Vec<FacilitySummary>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Criterion {
    pub label: String,
    pub points: i16,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Places {
    pub start_date: Date,
    pub age_band: String,
    pub free_places: i16,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FacilityDetail {
    #[sqlx(flatten)]
    pub summary: FacilitySummary,
    pub group_forms: Vec<String>,
    pub opening_hours: String,
    pub description: String,
    pub contact_name: String,
    pub phone: String,
    pub email: String,
    pub is_demo: bool,
    #[sqlx(skip)]
    pub criteria: Vec<Criterion>,
    #[sqlx(skip)]
    pub places: Vec<Places>,
}

/// Free places usable at `$start`: places announced from the start of that Kita year up to the
/// desired start (a place free since August can still be taken in March), in the child's age band
/// when the age is known.
const FREE_PLACES: &str = "coalesce((select sum(p.free_places) from {s}.places p
      where p.facility_id = f.id and p.start_date <= $1 and p.start_date >= $2
        and ($3::text is null or p.age_band = $3)), 0)::bigint";

const SUMMARY_COLUMNS: &str = "f.id, f.kind, f.name, f.provider_org, f.street, f.postcode, f.city, f.lat, f.lon,
    f.hours_offered, f.age_min_months, f.age_max_months, f.concepts";

/// Great-circle distance in km from ($4, $5), null without a location.
const DISTANCE: &str = "case when $4::float8 is null then null else
    2 * 6371.0088 * asin(sqrt(power(sin(radians(f.lat - $4) / 2), 2)
      + cos(radians($4)) * cos(radians(f.lat)) * power(sin(radians(f.lon - $5) / 2), 2))) end";

/// Escapes LIKE wildcards so a parent's `%` or `_` matches literally.
impl TenantDb {
    /// The facility search behind the search page and `GET …/facilities`. One fixed statement per
    /// tenant (absent filters are nulls), so its prepared plan is reused.
    #[instrument(skip_all, fields(tenant.schema = %self.schema))]
    pub async fn search(&self, f: &SearchFilter) -> Result<SearchPage> {
        let sql = self.q(&format!(
            "with matching as (
               select {SUMMARY_COLUMNS}, {DISTANCE} as distance_km, {FREE_PLACES} as free_places
               from {{s}}.facilities f
               where ($6::text is null or f.kind = $6)
                 and ($7::int is null or $7 between f.age_min_months and f.age_max_months)
                 and ($8::int is null or (f.kind = 'kita' and $8 = any(f.hours_offered))
                      or (f.kind = 'ktp' and $8 between f.hours_min and f.hours_max))
                 and ($9::text is null or f.search_text like $9)
                 and ($10::text is null or f.provider_org = $10)
                 and ($11::text is null or $11 = any(f.concepts))
             ), kept as (
               select * from matching
               where ($12::float8 is null or distance_km <= $12) and (not $13 or free_places > 0)
             )
             select t.total, page.* from (select count(*) as total from kept) t
             left join lateral (
               select * from kept
               order by case when $14 = 'distance' then distance_km end asc nulls last,
                        case when $14 = 'free_places' then free_places end desc nulls last,
                        name, id
               limit $15 offset $16
             ) page on true"
        ));
        let band = f.age_months.map(|m| if m < 36 { "u3" } else { "ue3" });
        let rows = sqlx::query(&sql)
            .bind(f.start)
            .bind(kita_year_start(f.start))
            .bind(band)
            .bind(f.near.map(|p| p.lat))
            .bind(f.near.map(|p| p.lon))
            .bind(f.kind.map(FacilityKind::as_str))
            .bind(f.age_months)
            .bind(f.hours.map(i32::from))
            .bind(f.q.as_deref().map(like_pattern))
            .bind(f.provider.as_deref())
            .bind(f.concept.as_deref())
            .bind(f.radius_km)
            .bind(f.free_only)
            .bind(match f.sort {
                Sort::Distance => "distance",
                Sort::FreePlaces => "free_places",
                Sort::Name => "name",
            })
            .bind(i64::from(f.per_page))
            .bind(f.offset())
            .fetch_all(&self.pool)
            .await?;
        let total = match rows.first() {
            Some(row) => row.try_get("total")?,
            None => 0,
        };
        let mut items = Vec::with_capacity(rows.len());
        for row in &rows {
            // The left join yields one row of nulls when the page is empty.
            if row.try_get::<Option<Uuid>, _>("id")?.is_some() {
                items.push(FacilitySummary::from_row(row)?);
            }
        }
        Ok(SearchPage { total, items })
    }

    /// One facility with its criteria and announced places, or `None` when this tenant has no such id.
    #[instrument(skip_all, fields(tenant.schema = %self.schema))]
    pub async fn facility(&self, id: Uuid, start: Date) -> Result<Option<FacilityDetail>> {
        let sql = self.q(&format!(
            "select {SUMMARY_COLUMNS}, null::float8 as distance_km, {FREE_PLACES} as free_places,
                    f.group_forms, f.opening_hours, f.description, f.contact_name, f.phone, f.email, f.is_demo
             from {{s}}.facilities f where f.id = $4"
        ));
        let found: Option<FacilityDetail> = sqlx::query_as(&sql)
            .bind(start)
            .bind(kita_year_start(start))
            .bind(None::<&str>)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        let Some(mut detail) = found else {
            return Ok(None);
        };
        detail.criteria = sqlx::query_as(
            &self.q("select label, points from {s}.admission_criteria where facility_id = $1 order by position"),
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        detail.places =
            sqlx::query_as(&self.q(
                "select start_date, age_band, free_places from {s}.places where facility_id = $1 and start_date >= $2
             order by start_date, age_band",
            ))
            .bind(id)
            .bind(kita_year_start(start))
            .fetch_all(&self.pool)
            .await?;
        Ok(Some(detail))
    }

    /// The municipality's streets with their positions, by name: a typed location is matched
    /// against them in the domain (`step_domain::streets`: spellings, abbreviations, typos).
    pub async fn streets(&self) -> Result<Vec<(String, f64, f64)>> {
        Ok(sqlx::query_as(&self.q("select name, lat, lon from {s}.streets order by name"))
            .fetch_all(&self.pool)
            .await?)
    }

    /// Provider organisations and concepts present in this municipality, for the filter choices.
    pub async fn filter_choices(&self) -> Result<(Vec<String>, Vec<String>)> {
        let providers = sqlx::query_scalar(&self.q("select distinct provider_org from {s}.facilities order by 1"))
            .fetch_all(&self.pool)
            .await?;
        let concepts =
            sqlx::query_scalar(&self.q("select distinct unnest(concepts) as c from {s}.facilities order by 1"))
                .fetch_all(&self.pool)
                .await?;
        Ok((providers, concepts))
    }

    pub async fn facility_count(&self) -> Result<i64> {
        Ok(sqlx::query_scalar(&self.q("select count(*) from {s}.facilities")).fetch_one(&self.pool).await?)
    }
}
