//! Public pages: district landing, municipality home, search, facility profile.

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use serde::Serialize;
use step_domain::search::{SearchQuery, next_kita_year_start, parse_filter};
use step_store::SearchPage;
use uuid::Uuid;

use crate::public::ops;
use crate::public::view::{ResultView, came_from, group_forms_label, location_view, map_view, pagination};
use crate::web::error::{AppError, Result, param_message};
use crate::web::format::date_text;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::page::{PageCtx, encode, notice, user_page};
use crate::web::session::{CsrfToken, Session};
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

#[derive(Serialize)]
struct TenantLink<'a> {
    slug: &'a str,
    name: &'a str,
    kind: &'a str,
    office: &'a str,
    logo_url: String,
}

pub(crate) async fn landing(State(state): State<AppState>, csrf: CsrfToken, uri: Uri) -> Result<Html<String>> {
    let all = state.registry().all();
    let tenants: Vec<TenantLink<'_>> = all
        .iter()
        .map(|t| TenantLink {
            slug: t.slug.as_str(),
            name: &t.name,
            kind: &t.kind,
            office: &t.office.name,
            logo_url: t.branding.logo.url(&t.slug),
        })
        .collect();
    let mut page = PageCtx::new(&state, None, "");
    page.insert("tenants", &tenants)
        .insert("colours_version", &crate::public::assets::colours_version(&state))
        .insert("csrf", &csrf.0)
        .insert("here", uri.path());
    page.render(&state, "public/landing.html")
}

pub(crate) async fn home(
    ctx: TenantCtx,
    State(state): State<AppState>,
    uri: Uri,
    session: Session,
    csrf: CsrfToken,
) -> Result<Html<String>> {
    let mut page = user_page(&state, &ctx, &session, &csrf).await?;
    // Only a signed-out visitor is told so: a stale link does not contradict the header.
    if session.account().is_none() {
        page.insert("notice", &notice(&uri, &["abgemeldet"], "notice-"));
    }
    page.insert("facility_count", &ctx.db.facility_count().await?);
    page.insert("default_start", &date_text(next_kita_year_start(state.today())));
    page.insert("next_date", &crate::public::ops::next_procedure_date(&state, &ctx.tenant).await?);
    page.render(&state, "public/home.html")
}

pub(crate) async fn search_page(
    ctx: TenantCtx,
    State(state): State<AppState>,
    uri: Uri,
    session: Session,
    csrf: CsrfToken,
) -> Result<Response> {
    let raw = Query::<SearchQuery>::try_from_uri(&uri);
    let mut page = user_page(&state, &ctx, &session, &csrf).await?;
    let (providers, concepts) = ctx.db.filter_choices().await?;
    page.insert("providers", &providers).insert("concepts", &concepts);
    page.insert("default_start", &date_text(next_kita_year_start(state.today())));
    let Ok(Query(mut query)) = raw else {
        page.insert("q", &SearchQuery::default()).insert("error", &text(current(), "err-query", &[]));
        return Ok((StatusCode::BAD_REQUEST, page.render(&state, "public/search.html")?).into_response());
    };
    page.insert("q", &query);
    // Links keep the location as the parent typed it, not the resolved coordinates.
    let typed = query.clone();
    let resolved = match ops::resolve_location(&ctx.db, &mut query).await {
        Ok(location) => parse_filter(&query, state.today()).map(|f| (f, location)).map_err(AppError::BadParam),
        Err(e) => Err(e),
    };
    let (filter, location) = match resolved {
        Ok(found) => found,
        Err(AppError::BadParam(p)) => {
            page.insert("error", &param_message(&p)).insert("error_field", p.field);
            return Ok((StatusCode::BAD_REQUEST, page.render(&state, "public/search.html")?).into_response());
        }
        Err(e) => return Err(e),
    };
    let SearchPage { total, items } = ctx.db.search(&filter).await?;
    let results: Vec<ResultView<'_>> = items.iter().map(ResultView::new).collect();
    page.insert("results", &results)
        .insert("total", &total)
        .insert("location", &location_view(&ctx.base, &ctx.tenant.name, &typed, &location))
        .insert("search_back", &encode(&serde_urlencoded::to_string(&typed).unwrap_or_default()))
        .insert("chosen", &came_from(&uri).1)
        .insert("sort", filter.sort.as_str())
        .insert("start_de", &date_text(filter.start))
        .insert("searched", &true);
    pagination(&mut page, &ctx.base, &typed, filter.page, filter.per_page, total);
    Ok(page.render(&state, "public/search.html")?.into_response())
}

pub(crate) async fn facility_page(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    csrf: CsrfToken,
    Path((_, id)): Path<(String, String)>,
    uri: Uri,
) -> Result<Html<String>> {
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let start = next_kita_year_start(state.today());
    let f = ctx.db.facility(id, start).await?.ok_or(AppError::NotFound)?;
    let mut page = user_page(&state, &ctx, &session, &csrf).await?;
    let places: Vec<serde_json::Value> = f
        .places
        .iter()
        .map(|p| serde_json::json!({"start": date_text(p.start_date), "band": p.age_band, "free": p.free_places}))
        .collect();
    let criteria: Vec<serde_json::Value> =
        f.criteria.iter().map(|c| serde_json::json!({"label": c.label, "points": c.points})).collect();
    page.insert("f", &ResultView::new(&f.summary))
        .insert("group_forms", &group_forms_label(&f.group_forms))
        .insert("start_de", &date_text(start))
        .insert("opening_hours", &f.opening_hours)
        .insert("description", &f.description)
        .insert(
            "contact",
            &serde_json::json!({"name": f.contact_name, "phone": f.phone, "email": f.email, "demo": f.is_demo}),
        )
        .insert("criteria", &criteria)
        .insert("places", &places)
        .insert("map", &map_view(&ctx.tenant, f.summary.lat, f.summary.lon));
    let (search_query, chosen) = came_from(&uri);
    page.insert("search_query", &search_query).insert("chosen", &chosen);
    page.render(&state, "public/facility.html")
}
