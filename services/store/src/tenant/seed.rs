//! Writing demo content into a tenant schema. Upserts by the generator's stable ids, in one
//! transaction per tenant, so a second run changes nothing and a failed run leaves nothing half-done.

use sqlx::Connection;
use step_domain::demo::DemoData;
use tracing::instrument;

use crate::{Result, TenantDb};

impl TenantDb {
    /// Writes `data`; returns the number of facilities now present in the tenant.
    #[instrument(skip_all, fields(tenant.schema = %self.schema()))]
    pub async fn seed(&self, data: &DemoData) -> Result<i64> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let s = self.schema().as_str();
        for street in &data.streets {
            sqlx::query(&format!(
                "insert into {s}.streets (name, lat, lon) values ($1, $2, $3)
                 on conflict (name) do update set lat = excluded.lat, lon = excluded.lon, updated_at = now()
                 where ({s}.streets.lat, {s}.streets.lon) is distinct from (excluded.lat, excluded.lon)"
            ))
            .bind(&street.name)
            .bind(street.position.lat)
            .bind(street.position.lon)
            .execute(&mut *tx)
            .await?;
        }
        for f in &data.facilities {
            let search_text = format!("{} {} {} {} {}", f.name, f.provider_org, f.street, f.city, f.concepts.join(" "))
                .to_lowercase();
            let hours_min = f.hours_offered.iter().copied().min().unwrap_or(0);
            let hours_max = f.hours_offered.iter().copied().max().unwrap_or(0);
            sqlx::query(&format!(
                "insert into {s}.facilities (id, kind, name, provider_org, street, postcode, city, lat, lon,
                    age_min_months, age_max_months, hours_offered, hours_min, hours_max, group_forms, opening_hours,
                    concepts, description, contact_name, phone, email, is_demo, search_text)
                 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, true, $22)
                 on conflict (id) do update set kind = excluded.kind, name = excluded.name,
                    provider_org = excluded.provider_org, street = excluded.street, postcode = excluded.postcode,
                    city = excluded.city, lat = excluded.lat, lon = excluded.lon,
                    age_min_months = excluded.age_min_months, age_max_months = excluded.age_max_months,
                    hours_offered = excluded.hours_offered, hours_min = excluded.hours_min, hours_max = excluded.hours_max,
                    group_forms = excluded.group_forms, opening_hours = excluded.opening_hours,
                    concepts = excluded.concepts, description = excluded.description,
                    contact_name = excluded.contact_name, phone = excluded.phone, email = excluded.email,
                    search_text = excluded.search_text, updated_at = now()"
            ))
            .bind(f.id)
            .bind(f.kind.as_str())
            .bind(&f.name)
            .bind(&f.provider_org)
            .bind(&f.street)
            .bind(&f.postcode)
            .bind(&f.city)
            .bind(f.position.lat)
            .bind(f.position.lon)
            .bind(f.age_min_months)
            .bind(f.age_max_months)
            .bind(&f.hours_offered)
            .bind(hours_min)
            .bind(hours_max)
            .bind(&f.group_forms)
            .bind(&f.opening_hours)
            .bind(&f.concepts)
            .bind(&f.description)
            .bind(&f.contact_name)
            .bind(&f.phone)
            .bind(&f.email)
            .bind(search_text)
            .execute(&mut *tx)
            .await?;
            // Upserted by position, so criteria a facility ticked on registrations survive a re-seed.
            sqlx::query(&format!("delete from {s}.admission_criteria where facility_id = $1 and position >= $2"))
                .bind(f.id)
                .bind(f.criteria.len() as i16)
                .execute(&mut *tx)
                .await?;
            for (position, c) in f.criteria.iter().enumerate() {
                sqlx::query(&format!(
                    "insert into {s}.admission_criteria (facility_id, position, label, points) values ($1, $2, $3, $4)
                     on conflict (facility_id, position) do update set label = excluded.label, points = excluded.points"
                ))
                .bind(f.id)
                .bind(position as i16)
                .bind(&c.label)
                .bind(c.points)
                .execute(&mut *tx)
                .await?;
            }
            for p in &f.places {
                sqlx::query(&format!(
                    // Announced once: offers made since then hold places, a re-seed must not reset them.
                    "insert into {s}.places (facility_id, start_date, age_band, free_places) values ($1, $2, $3, $4)
                     on conflict do nothing"
                ))
                .bind(f.id)
                .bind(p.start_date)
                .bind(p.age_band)
                .bind(p.free_places)
                .execute(&mut *tx)
                .await?;
            }
        }
        // Demo rows the generator no longer produces (it changed since the last run) go away.
        let ids: Vec<uuid::Uuid> = data.facilities.iter().map(|f| f.id).collect();
        sqlx::query(&format!("delete from {s}.facilities where is_demo and id <> all($1)"))
            .bind(&ids)
            .execute(&mut *tx)
            .await?;
        let names: Vec<&str> = data.streets.iter().map(|st| st.name.as_str()).collect();
        sqlx::query(&format!("delete from {s}.streets where name <> all($1)")).bind(&names).execute(&mut *tx).await?;
        let count: i64 =
            sqlx::query_scalar(&format!("select count(*) from {s}.facilities")).fetch_one(&mut *tx).await?;
        tx.commit().await?;
        Ok(count)
    }
}

impl TenantDb {
    /// A season for trying the matching day (issue 17): `families` demo families (paper families,
    /// no account) with a child of three and a half at `season`, each with three ranked wishes among
    /// the Kitas that take it for 35 hours, a criterion ticked on every third wish, and three places
    /// per Kita: more children than places. Written once; a second run changes nothing. Returns
    /// the number of demo children now present.
    #[instrument(skip_all, fields(tenant.schema = %self.schema()))]
    pub async fn seed_round_season(
        &self,
        season: time::Date,
        families: i32,
        (postcode, city): (&str, &str),
    ) -> Result<i64> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let s = self.schema().as_str();
        let present: i64 = sqlx::query_scalar(&format!(
            "select count(*) from {s}.families where email like 'vergaberunde-%@example.org'"
        ))
        .fetch_one(&mut *tx)
        .await?;
        if present > 0 {
            return Ok(present);
        }
        let kitas = format!(
            "select id, row_number() over (order by name) - 1 as n, count(*) over () as total from {s}.facilities
             where kind = 'kita' and 35 = any(hours_offered) and age_min_months <= 42 and age_max_months >= 43"
        );
        sqlx::query(&format!(
            "insert into {s}.families (first_name, last_name, street, postcode, city, phone, email, origin)
             select 'Demo', 'Familie ' || g, 'Marktstraße ' || g, $2, $3, '0000 ' || g,
                'vergaberunde-' || g || '@example.org', 'paper' from generate_series(1, $1) g"
        ))
        .bind(families)
        .bind(postcode)
        .bind(city)
        .execute(&mut *tx)
        .await?;
        let by_season = [
            format!(
                "insert into {s}.children (family_id, first_name, last_name, birth_date)
                 select id, 'Kind ' || split_part(last_name, ' ', 2), 'Demo', $1::date - 1280
                 from {s}.families where email like 'vergaberunde-%@example.org'"
            ),
            format!(
                "with kitas as ({kitas}), kids as (
                    select c.id, row_number() over (order by c.first_name, c.id) as n from {s}.children c
                    join {s}.families f on f.id = c.family_id where f.email like 'vergaberunde-%@example.org')
                 insert into {s}.registrations (child_id, facility_id, start_date, hours, rank, origin)
                 select k.id, kitas.id, $1, 35, rank.r, 'paper' from kids k cross join generate_series(1, 3) as rank(r)
                 join kitas on kitas.n = (k.n + rank.r * 2) % kitas.total where kitas.total >= 3"
            ),
            format!(
                "insert into {s}.places (facility_id, start_date, age_band, hours, free_places)
                 select id, $1, 'ue3', 0, 3 from ({kitas}) k
                 on conflict (facility_id, start_date, age_band, hours) do update set free_places = 3, updated_at = now()"
            ),
        ];
        for sql in &by_season {
            sqlx::query(sql).bind(season).execute(&mut *tx).await?;
        }
        let fixed = [
            format!(
                "insert into {s}.registration_events (registration_id, status, actor)
                 select r.id, 'registered', 'paper' from {s}.registrations r join {s}.children c on c.id = r.child_id
                 join {s}.families f on f.id = c.family_id where f.email like 'vergaberunde-%@example.org'"
            ),
            format!(
                "insert into {s}.registration_criteria (registration_id, facility_id, position)
                 select r.id, r.facility_id, min(a.position) from {s}.registrations r
                 join {s}.children c on c.id = r.child_id join {s}.families f on f.id = c.family_id
                 join {s}.admission_criteria a on a.facility_id = r.facility_id
                 where f.email like 'vergaberunde-%@example.org' and (hashtext(r.id::text) % 3) = 0
                 group by r.id, r.facility_id"
            ),
        ];
        for sql in &fixed {
            sqlx::query(sql).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(i64::from(families))
    }
}
