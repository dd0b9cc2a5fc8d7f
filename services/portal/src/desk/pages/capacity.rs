//! Free places per start date, age band and hours, and the catalogue of admission criteria, as one
//! form of lines; a refused line comes back with its message beside it.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use step_access::FacilityCap;
use step_domain::ParamError;
use step_domain::desk::{CapacityForm, CriterionForm};
use step_store::Capacity;

use crate::desk::ops::facility_name;
use crate::desk::view::capacity_view;
use crate::web::caps::{actor, require};
use crate::web::error::{AppError, Result, param_message, rule_key};
use crate::web::extract::Staff;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::state::AppState;

/// A refused line of the capacity page: the message and the id of the field it is about.
type LineError = (String, String);

async fn render_capacity(
    staff: &Staff,
    state: &AppState,
    cap: &FacilityCap,
    fields: Option<&[(String, String)]>,
    errors: &[LineError],
    status: StatusCode,
) -> Result<Response> {
    let db = &staff.ctx.db;
    let mut page = staff.page(state);
    page.insert("facility_id", &cap.facility())
        .insert("facility", &facility_name(&staff.ctx, cap.facility()).await?)
        .insert("capacity", &capacity_view(&db.capacity(cap.facility()).await?))
        .insert("catalogue", &db.criteria_catalogue(cap.facility()).await?)
        // Every refused line at once (issue 16.4): the summary links to each field; a refusal of
        // the data (places changed meanwhile) has no field and is said above the form.
        .insert(
            "mistakes",
            &errors
                .iter()
                .filter(|e| !e.1.is_empty())
                .map(|(m, f)| serde_json::json!({"field": f, "message": m}))
                .collect::<Vec<_>>(),
        )
        .insert("mistake_fields", &errors.iter().map(|e| e.1.as_str()).collect::<Vec<_>>())
        .insert("error", &errors.iter().find(|e| e.1.is_empty()).map(|e| e.0.clone()))
        .insert("sent", &fields.map(|f| f.iter().cloned().collect::<std::collections::BTreeMap<_, _>>()))
        .insert("sent_action", &fields.and_then(|f| f.iter().find(|(k, _)| k == "action").map(|(_, v)| v.clone())));
    Ok((status, page.render(state, "desk/capacity.html")?).into_response())
}

pub(crate) async fn capacity_page(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid)): Path<(String, String)>,
) -> Result<Response> {
    let cap = require(&state, &staff, &fid, FacilityCap::may_edit).await?;
    render_capacity(&staff, &state, &cap, None, &[], StatusCode::OK).await
}

type Line = std::collections::BTreeMap<String, String>;

/// Collects `<prefix><n>_<field>` form fields into one map per line n (in order of n).
fn lines(fields: &[(String, String)], prefix: &str) -> Vec<(usize, Line)> {
    let mut out: std::collections::BTreeMap<usize, Line> = Default::default();
    for (k, v) in fields {
        let Some(rest) = k.strip_prefix(prefix) else { continue };
        let Some((n, field)) = rest.split_once('_') else { continue };
        if let Ok(n) = n.parse::<usize>() {
            out.entry(n).or_default().insert(field.to_owned(), v.clone());
        }
    }
    out.into_iter().collect()
}

fn field_of(line: &Line, key: &str) -> String {
    line.get(key).cloned().unwrap_or_default()
}

/// The capacity lines of the form; existing rows carry the value they showed (`shown`). Every
/// refused line is named.
fn capacity_lines(fields: &[(String, String)]) -> std::result::Result<Vec<(Capacity, Option<i16>)>, Vec<LineError>> {
    let (mut rows, mut errors) = (Vec::new(), Vec::new());
    for (n, line) in lines(fields, "cap_") {
        // An empty new line is no line.
        if !line.contains_key("shown")
            && field_of(&line, "start").trim().is_empty()
            && field_of(&line, "free").trim().is_empty()
        {
            continue;
        }
        let form = CapacityForm {
            start: field_of(&line, "start"),
            age_band: field_of(&line, "band"),
            hours: field_of(&line, "hours"),
            free_places: field_of(&line, "free"),
        };
        let c = match form.validate() {
            Ok(c) => c,
            Err(p) => {
                let id = match p.field {
                    "age_band" => "band",
                    "free_places" => "free",
                    other => other,
                };
                errors.push((param_message(&p), format!("cap_{n}_{id}")));
                continue;
            }
        };
        let shown = line.get("shown").and_then(|v| v.trim().parse::<i16>().ok());
        if line.contains_key("shown") && shown.is_none() {
            errors.push((param_message(&ParamError::new("free_places", "err-not-a-number")), format!("cap_{n}_free")));
            continue;
        }
        rows.push((
            Capacity {
                start_date: c.start,
                age_band: c.age_band.to_owned(),
                hours: c.hours,
                free_places: c.free_places,
            },
            shown,
        ));
    }
    if errors.is_empty() { Ok(rows) } else { Err(errors) }
}

/// The criteria lines: `(position, label, points)` to keep or add, and positions to remove (an
/// emptied label). Every refused line is named.
#[allow(clippy::type_complexity)]
fn criteria_lines(
    fields: &[(String, String)],
) -> std::result::Result<(Vec<(Option<i16>, String, i16)>, Vec<i16>), Vec<LineError>> {
    let (mut items, mut remove, mut errors) = (Vec::new(), Vec::new(), Vec::new());
    for (n, line) in lines(fields, "crit_") {
        let position = match line.get("pos").map(|p| p.trim().parse::<i16>()) {
            Some(Ok(p)) => Some(p),
            Some(Err(_)) => {
                errors.push((param_message(&ParamError::new("criterion", "err-criterion")), format!("crit_{n}_label")));
                continue;
            }
            None => None,
        };
        if field_of(&line, "label").trim().is_empty() {
            remove.extend(position);
            continue;
        }
        match (CriterionForm { label: field_of(&line, "label"), points: field_of(&line, "points") }).validate() {
            Ok((label, points)) => items.push((position, label, points)),
            Err(p) => errors.push((param_message(&p), format!("crit_{n}_{}", p.field))),
        }
    }
    if items.len() > 20 {
        let p = ParamError::new("label", "err-too-many").arg("max", 20);
        errors.push((param_message(&p), "crit_0_label".into()));
    }
    if errors.is_empty() { Ok((items, remove)) } else { Err(errors) }
}

pub(crate) async fn capacity_save(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid)): Path<(String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Result<Response> {
    let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let cap = require(&state, &staff, &fid, FacilityCap::may_edit).await?;
    let (saved, key) = match field("action").as_str() {
        "capacity" => match capacity_lines(&fields) {
            Ok(rows) => (staff.ctx.db.save_capacity(&actor(&cap), cap.facility(), &rows).await, "capacity-saved"),
            Err(e) => {
                return render_capacity(&staff, &state, &cap, Some(&fields), &e, StatusCode::BAD_REQUEST).await;
            }
        },
        "criteria" => match criteria_lines(&fields) {
            Ok((items, remove)) => {
                (staff.ctx.db.save_criteria(&actor(&cap), cap.facility(), &items, &remove).await, "catalogue-saved")
            }
            Err(e) => {
                return render_capacity(&staff, &state, &cap, Some(&fields), &e, StatusCode::BAD_REQUEST).await;
            }
        },
        _ => return Err(AppError::BadParam(ParamError::new("action", "err-action"))),
    };
    match saved {
        Ok(()) => Ok(super::registration::back_to_list(&staff, &cap, key)),
        Err(step_store::Error::Rule(r)) => {
            // Places changed since the page was shown: show the current numbers again.
            let e = (text(current(), rule_key(r), &[]), String::new());
            render_capacity(&staff, &state, &cap, None, &[e], StatusCode::CONFLICT).await
        }
        Err(e) => Err(e.into()),
    }
}
