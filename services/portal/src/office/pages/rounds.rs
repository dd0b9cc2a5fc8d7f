//! The matching day's pages for the office (issue 17): the rounds of the municipality with the form
//! for a new one, a round with its dry-run result, and the confirmation before publishing.

use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use step_domain::ParamError;
use uuid::Uuid;

use crate::office::ops::rounds::{self, RoundForm, result_view, round_actor, round_status};
use crate::web::caps::office_cap;
use crate::web::error::{AppError, Result, rule_key};
use crate::web::extract::Staff;
use crate::web::format::{date_text, moment_text};
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::state::AppState;

#[derive(Deserialize)]
pub(crate) struct RoundSubmit {
    #[serde(flatten)]
    form: RoundForm,
}

async fn render_list(
    staff: &Staff,
    state: &AppState,
    form: &RoundForm,
    mistakes: &[ParamError],
    refused: Option<String>,
) -> Result<Response> {
    let list: Vec<serde_json::Value> = staff
        .ctx
        .db
        .rounds()
        .await?
        .iter()
        .map(|r| {
            serde_json::json!({"id": r.id, "start": date_text(r.start_date), "status": round_status(r),
            "mechanism": text(current(), &format!("mechanism-{}", r.mechanism.replace('_', "-")), &[]),
            "runs": r.runs, "run_at": r.run_at.map(moment_text)})
        })
        .collect();
    let mut page = staff.page(state);
    page.mistakes(mistakes);
    page.insert("rounds", &list)
        .insert("form", form)
        .insert("error", &refused)
        .insert("default_start", &rounds::default_start(state));
    let status = match (mistakes.is_empty(), &refused) {
        (false, _) => StatusCode::BAD_REQUEST,
        (true, Some(_)) => StatusCode::CONFLICT,
        _ => StatusCode::OK,
    };
    Ok((status, page.render(state, "office/rounds.html")?).into_response())
}

pub(crate) async fn rounds_page(staff: Staff, State(state): State<AppState>) -> Result<Response> {
    round_actor(&office_cap(&state, &staff).await?)?;
    render_list(&staff, &state, &RoundForm::default(), &[], None).await
}

pub(crate) async fn round_create(
    staff: Staff,
    State(state): State<AppState>,
    axum::Form(sent): axum::Form<RoundSubmit>,
) -> Result<Response> {
    let actor = round_actor(&office_cap(&state, &staff).await?)?;
    let (start, mechanism) = match sent.form.check(state.today()) {
        Ok(v) => v,
        Err(all) => return render_list(&staff, &state, &sent.form, &all, None).await,
    };
    match rounds::create(&staff.ctx, &actor, start, mechanism).await {
        Ok(round) => Ok(Redirect::to(&format!("{}/amt/vergabe/{}", staff.ctx.base, round.id)).into_response()),
        Err(AppError::Rule(r)) => {
            render_list(&staff, &state, &sent.form, &[], Some(text(current(), rule_key(r), &[]))).await
        }
        Err(e) => Err(e),
    }
}

/// What the round's page shows besides the round: nothing, a confirmation after publishing, a
/// refusal with its reason, or the question before publishing.
enum View {
    Page(Option<String>),
    Refused(String),
    Confirm,
}

async fn render_round(staff: &Staff, state: &AppState, id: Uuid, view: View) -> Result<Response> {
    let round = staff.ctx.db.round(id).await?.ok_or(AppError::NotFound)?;
    let result = staff.ctx.db.round_result_of(&round).await?;
    let mut page = staff.page(state);
    page.insert(
        "round",
        &serde_json::json!({"id": round.id, "start": date_text(round.start_date), "status": round.status,
            "status_label": round_status(&round), "runs": round.runs, "run_at": round.run_at.map(moment_text),
            "published_at": round.published_at.map(moment_text), "seed": round.seed,
            "mechanism": text(current(), &format!("mechanism-{}", round.mechanism.replace('_', "-")), &[])}),
    )
    .insert("result", &result.as_ref().map(|r| result_view(&round, r)));
    let (template, status) = match view {
        View::Confirm => ("office/round_publish.html", StatusCode::OK),
        View::Refused(reason) => {
            page.insert("error", &reason);
            ("office/round.html", StatusCode::CONFLICT)
        }
        View::Page(notice) => {
            page.insert("notice", &notice);
            ("office/round.html", StatusCode::OK)
        }
    };
    Ok((status, page.render(state, template)?).into_response())
}

fn round_id(id: &str) -> Result<Uuid> {
    Uuid::parse_str(id).map_err(|_| AppError::NotFound)
}

/// The round, or with `confirm` the page that asks before publishing it.
async fn show(staff: Staff, state: AppState, id: &str, view: View) -> Result<Response> {
    round_actor(&office_cap(&state, &staff).await?)?;
    render_round(&staff, &state, round_id(id)?, view).await
}

pub(crate) async fn round_page(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    uri: Uri,
) -> Result<Response> {
    // After publishing: "Veröffentlicht: 12 Platzangebote sind verschickt."
    let offers = uri.query().and_then(|q| q.strip_prefix("angebote=")).and_then(|n| n.parse::<u32>().ok());
    let notice = offers.map(|n| text(current(), "rounds-published", &[("count", n.to_string())]));
    show(staff, state, &id, View::Page(notice)).await
}

pub(crate) async fn publish_page(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    show(staff, state, &id, View::Confirm).await
}

/// Which action a round's form asks for.
#[derive(Clone, Copy)]
enum Act {
    Run,
    Publish,
}

/// A dry run (the result replaces the previous one) or the publish (every assignment an offer, in
/// one transaction): back to the round, or the round again with the German reason of a refusal
/// (published, stale, not run yet).
async fn act(staff: Staff, state: AppState, id: &str, what: Act) -> Result<Response> {
    let actor = round_actor(&office_cap(&state, &staff).await?)?;
    let id = round_id(id)?;
    let done = match what {
        Act::Run => staff.ctx.db.run_round(&actor, id).await.map(|_| "#ergebnis".to_owned()).map_err(AppError::from),
        Act::Publish => rounds::publish(&state, &staff.ctx, &actor, id).await.map(|n| format!("?angebote={n}")),
    };
    match done {
        Ok(tail) => Ok(Redirect::to(&format!("{}/amt/vergabe/{id}{tail}", staff.ctx.base)).into_response()),
        Err(AppError::Rule(r)) => {
            render_round(&staff, &state, id, View::Refused(text(current(), rule_key(r), &[]))).await
        }
        Err(e) => Err(e),
    }
}

pub(crate) async fn round_run(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    act(staff, state, &id, Act::Run).await
}

pub(crate) async fn publish_do(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    act(staff, state, &id, Act::Publish).await
}
