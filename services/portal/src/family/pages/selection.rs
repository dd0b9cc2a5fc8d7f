//! "Meine Auswahl" (works before sign-in) and registering the selected child at every selected
//! facility, in the selection's order (= rank). Every form carries the CSRF token and comes back
//! with the parent's input and a German message on error.

use crate::public::ops::closed_start;
use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use step_domain::ParamError;
use step_domain::family::RegistrationForm;
use step_domain::search::{format_date, next_kita_year_start};
use step_store::Owner;
use uuid::Uuid;

use crate::auth::ops::safe_return_to;
use crate::family::view::{NOTICES, RegisterState, SelectedView};
use crate::web::error::{AppError, Result, param_message, rule_key};
use crate::web::extract::{require_account_back, require_family};
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::letters;
use crate::web::page::{notice, see_other, user_page};
use crate::web::session::{CsrfToken, Session};
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

#[derive(Deserialize)]
pub(crate) struct SelectionForm {
    #[serde(default)]
    action: String,
    #[serde(default)]
    facility_id: String,
    /// The page the choice was made on (search results, a profile): the parent stays there.
    #[serde(default)]
    return_to: String,
}

async fn selection_view(ctx: &TenantCtx, session: &Session) -> Result<Vec<SelectedView>> {
    let ids = session.selection(ctx.tenant.slug.as_str());
    let mut out = Vec::with_capacity(ids.len());
    for (id, name, kind, hours) in ctx.db.facility_names(&ids).await? {
        let criteria = ctx.db.criteria_catalogue(id).await?;
        out.push(SelectedView {
            default_hours: if hours.contains(&35) { 35 } else { *hours.last().unwrap_or(&35) }.to_string(),
            id,
            name,
            kind,
            hours: hours.iter().map(i16::to_string).collect(),
            criteria: criteria.into_iter().map(|c| (c.position.to_string(), c.label)).collect(),
        });
    }
    Ok(out)
}

pub(crate) async fn selection_page(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    csrf: CsrfToken,
    uri: Uri,
) -> Result<Response> {
    render_selection(&ctx, &state, &session, &csrf, notice(&uri, NOTICES, "notice-"), None, StatusCode::OK).await
}

async fn render_selection(
    ctx: &TenantCtx,
    state: &AppState,
    session: &Session,
    csrf: &CsrfToken,
    notice: Option<String>,
    form: Option<RegisterState>,
    status: StatusCode,
) -> Result<Response> {
    let mut page = user_page(state, ctx, session, csrf).await?;
    let selected = selection_view(ctx, session).await?;
    page.insert("selected", &selected).insert("notice", &notice).insert("max", &ctx.tenant.procedure.max_choices);
    if let Some(account) = session.account() {
        let family = ctx.db.family_of(account).await?;
        let children = match &family {
            Some(f) => ctx.db.children(f.id).await?,
            None => Vec::new(),
        };
        page.insert("has_family", &family.is_some()).insert("children", &children);
        if let (None, Some(newest)) = (&form, children.last()) {
            // The child added last is the one the parent most likely registers now.
            page.insert("default_child", &newest.id);
        }
    }
    let today = state.today();
    let form = form.unwrap_or_else(|| RegisterState {
        start: format_date(next_kita_year_start(today)),
        ..RegisterState::default()
    });
    page.mistakes(&form.mistakes);
    page.insert("form", &form)
        .insert("start_min", &format_date(today))
        .insert("start_max", &format_date(step_domain::family::latest_start(today)));
    Ok((status, page.render(state, "family/selection.html")?).into_response())
}

pub(crate) async fn selection_change(
    ctx: TenantCtx,
    State(state): State<AppState>,
    mut session: Session,
    axum::Form(form): axum::Form<SelectionForm>,
) -> Result<Response> {
    let id = Uuid::parse_str(form.facility_id.trim()).map_err(|_| AppError::NotFound)?;
    let slug = ctx.tenant.slug.to_string();
    if !["add", "remove", "up", "down"].contains(&form.action.as_str()) {
        return Err(AppError::BadParam(ParamError::new("action", "err-action")));
    }
    // Only facilities of this municipality can be selected here.
    if form.action == "add" && ctx.db.facility_names(&[id]).await?.is_empty() {
        return Err(AppError::NotFound);
    }
    let max = usize::from(ctx.tenant.procedure.max_choices);
    // Applied to the list as stored now: a change in another tab meanwhile is kept (issue 19.3).
    let (key, cookie) =
        session.update(&state, |d| change_list(d.selection.entry(slug).or_default(), &form.action, id, max)).await?;
    Ok(see_other(&after_change(&ctx, &form, key, id), cookie))
}

/// One change of "Meine Auswahl" (`add`, `remove`, `up`, `down`), and the notice that says so.
fn change_list(list: &mut Vec<Uuid>, action: &str, id: Uuid, max: usize) -> &'static str {
    match action {
        "add" if list.contains(&id) => "already",
        "add" if list.len() >= max => "full",
        "add" => {
            list.push(id);
            "added"
        }
        "remove" => {
            list.retain(|x| *x != id);
            "removed"
        }
        _ => {
            if let Some(i) = list.iter().position(|x| *x == id) {
                let j = if action == "up" { i.checked_sub(1) } else { (i + 1 < list.len()).then_some(i + 1) };
                if let Some(j) = j {
                    list.swap(i, j);
                }
            }
            "moved"
        }
    }
}

/// Where a selection change leads: a choice made on the search results or a profile stays there,
/// confirmed beside the facility (issue 16); anything else goes to "Meine Auswahl" with its notice.
fn after_change(ctx: &TenantCtx, form: &SelectionForm, key: &str, id: Uuid) -> String {
    let selection = format!("{}/auswahl?hinweis={key}", ctx.base);
    if !matches!(key, "added" | "already") {
        return selection;
    }
    let back = safe_return_to(Some(form.return_to.trim()), "");
    let own_page =
        back.starts_with(&format!("{}/suche", ctx.base)) || back.starts_with(&format!("{}/einrichtungen/", ctx.base));
    if !own_page {
        return selection;
    }
    // The page as it was, without the mark of an earlier choice.
    let back = back.split('#').next().unwrap_or_default();
    let (path, query) = back.split_once('?').unwrap_or((back, ""));
    let kept: Vec<&str> = query.split('&').filter(|p| !p.is_empty() && !p.starts_with("gewaehlt=")).collect();
    let query = kept.iter().copied().chain([format!("gewaehlt={id}").as_str()]).collect::<Vec<_>>().join("&");
    format!("{path}?{query}#chosen")
}

/// Registers the selected child at every selected facility, in the selection's order (= rank).
/// Each registration is its own transaction: those that pass are kept and leave the selection,
/// the others are shown with their reason.
pub(crate) async fn register_selected(
    ctx: TenantCtx,
    State(state): State<AppState>,
    mut session: Session,
    csrf: CsrfToken,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Result<Response> {
    let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let account = require_account_back(&ctx, &session, &format!("/{}/auswahl", ctx.tenant.slug))?;
    let family = require_family(&ctx, &session, account).await?;
    let slug = ctx.tenant.slug.to_string();
    let selection = session.selection(&slug);
    let mut form = RegisterState { child_id: field("child_id"), start: field("start"), ..RegisterState::default() };
    for id in &selection {
        form.hours.insert(id.to_string(), field(&format!("hours_{id}")));
        form.notes.insert(id.to_string(), field(&format!("note_{id}")));
        let ticked = fields.iter().filter(|(k, _)| *k == format!("crit_{id}")).map(|(_, v)| v.clone()).collect();
        form.criteria.insert(id.to_string(), ticked);
    }
    let child = Uuid::parse_str(&form.child_id).ok();
    let child = match child {
        Some(c) => ctx.db.child(family.id, c).await?,
        None => None,
    };
    // The shared fields first, every mistake at its field: a past start is said once, at the date.
    if child.is_none() {
        form.mistakes.push(ParamError::new("child_id", "err-child"));
    }
    match step_domain::family::check_start(&form.start, state.today()) {
        Err(p) => form.mistakes.push(p),
        Ok(start) => form.mistakes.extend(closed_start(&state, &ctx.tenant, start).await?),
    }
    let Some(child) = child.filter(|_| form.mistakes.is_empty()) else {
        return render_selection(&ctx, &state, &session, &csrf, None, Some(form), StatusCode::BAD_REQUEST).await;
    };
    let done = register_each(&ctx, &state, family.id, child.id, &selection, &mut form).await?;
    let remaining: Vec<Uuid> = selection.iter().filter(|id| !done.contains(id)).copied().collect();
    // Only the registered ones leave the list as stored now (another tab may have added one).
    session.update(&state, |d| d.selection.entry(slug).or_default().retain(|id| !done.contains(id))).await?;
    if remaining.is_empty() {
        return Ok(see_other(&format!("{}/konto?hinweis=registered", ctx.base), None));
    }
    let note =
        (!done.is_empty()).then(|| text(current(), "notice-registered-some", &[("count", done.len().to_string())]));
    render_selection(&ctx, &state, &session, &csrf, note, Some(form), StatusCode::CONFLICT).await
}

/// Registers the child at each selected facility (rank = place in the selection), each in its own
/// transaction; a refusal is noted in `form.errors` beside its facility. Returns those registered.
async fn register_each(
    ctx: &TenantCtx,
    state: &AppState,
    family: Uuid,
    child: Uuid,
    selection: &[Uuid],
    form: &mut RegisterState,
) -> Result<Vec<Uuid>> {
    let mut done = Vec::new();
    for (i, id) in selection.iter().enumerate() {
        let input = RegistrationForm {
            child_id: child.to_string(),
            facility_id: id.to_string(),
            start: form.start.clone(),
            hours: serde_json::Value::String(form.hours.get(&id.to_string()).cloned().unwrap_or_default()),
            rank: serde_json::json!(i + 1),
            note: form.notes.get(&id.to_string()).cloned(),
            criteria: form
                .criteria
                .get(&id.to_string())
                .into_iter()
                .flatten()
                .cloned()
                .map(serde_json::Value::String)
                .collect(),
        }
        .validate(state.today());
        let input = match input {
            Ok(v) => v,
            Err(p) => {
                form.errors.insert(id.to_string(), param_message(&p));
                continue;
            }
        };
        let start = input.start;
        match ctx.db.register(Owner::Family(family), &input, |c, f| letters::registered(c, f, start)).await {
            Ok(_) => done.push(*id),
            Err(step_store::Error::Rule(rule)) => {
                form.errors.insert(id.to_string(), text(current(), rule_key(rule), &[]));
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(done)
}
