//! The parent's JSON API, beside the pages and with the same rules: authenticated by the same
//! session cookie, accepting only `application/json` bodies (a cross-site form cannot send them),
//! 401 JSON without a session, 404 for ids of other families or municipalities.

use utoipa::OpenApi;

use serde_json::json;
use step_domain::family::{earliest_birth, expected_range, latest_start};

use crate::web::json::{SessionAuth, refine_schema};
use crate::web::state::AppState;

pub mod data;
pub mod profile;
pub mod registrations;
pub mod selection;

#[derive(OpenApi)]
#[openapi(
    paths(profile::get_family, profile::put_family, profile::family_elsewhere, profile::family_copy, profile::list_children, profile::add_child, selection::get_selection,
          selection::add_to_selection, selection::put_selection, selection::delete_from_selection,
          registrations::list_registrations, registrations::register, registrations::withdraw, registrations::inbox,
          registrations::accept, registrations::refuse, registrations::registration_round, data::family_export, data::family_delete),
    components(schemas(profile::FamilyBody, profile::FamilyOut, profile::ElsewhereOut, profile::CopyBody, profile::ChildBody, profile::ChildOut, selection::SelectionOut,
                       selection::SelectionAdd, selection::SelectionPut, registrations::RegistrationBody,
                       registrations::RegistrationOut, registrations::HistoryOut, registrations::MessageOut,
                       registrations::InboxOut, registrations::CreatedOut, registrations::RoundWishOut, data::DeletedOut)),
    modifiers(&SessionAuth)
)]
pub struct FamilyApiDoc;

/// What the derived schemas cannot say (issue 19.11), filled in for the document served: a child
/// has a birth date or an expected one (never both), today's date windows, the criteria's range
/// and the municipalities a family can be copied from.
pub(crate) fn refine(doc: &mut serde_json::Value, state: &AppState) {
    let today = state.today();
    let schema = |name: &str| format!("/components/schemas/{name}");
    let one_of = |given: &str, other: &str| json!({"required": [given], "properties": {given: {"type": "string"}, other: {"type": "null"}}});
    let child = schema("ChildBody");
    let choices = json!([one_of("birth_date", "expected_birth_date"), one_of("expected_birth_date", "birth_date")]);
    refine_schema(doc, &child, "oneOf", choices);
    let day = |days: i64| today.saturating_add(time::Duration::days(days)).to_string();
    let mut window = |field: String, text: String, example: String| {
        refine_schema(doc, &field, "description", json!(text));
        refine_schema(doc, &field, "examples", json!([example]));
    };
    let born = format!("YYYY-MM-DD, from {} to {today} (a child up to 14).", earliest_birth(today));
    window(format!("{child}/properties/birth_date"), born, day(-730));
    let (first, last) = expected_range(today).into_inner();
    let expected = format!("YYYY-MM-DD, from {first} to {last}, for a child not yet born.");
    window(format!("{child}/properties/expected_birth_date"), expected, day(90));
    let registration = schema("RegistrationBody");
    let start = format!("Desired start, YYYY-MM-DD, from {today} to {}.", latest_start(today));
    window(format!("{registration}/properties/start"), start, day(120));
    let position = format!("{registration}/properties/criteria/items");
    refine_schema(doc, &position, "minimum", json!(0));
    refine_schema(doc, &position, "maximum", json!(999));
    let slugs: Vec<String> = state.registry().all().iter().map(|t| t.slug.to_string()).collect();
    refine_schema(doc, &format!("{}/properties/from", schema("CopyBody")), "enum", json!(slugs));
}

#[cfg(test)]
mod tests {
    use serde::Serialize;
    use step_domain::family::{ChildForm, FamilyForm, RegistrationForm};

    use super::*;

    fn documented(schema: &str) -> Vec<String> {
        let doc = serde_json::to_value(FamilyApiDoc::openapi()).unwrap();
        let mut keys: Vec<String> =
            doc["components"]["schemas"][schema]["properties"].as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    }

    fn read<T: Serialize>(form: T) -> Vec<String> {
        let mut keys: Vec<String> = serde_json::to_value(form).unwrap().as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    }

    /// The documented request bodies have exactly the fields the handlers read.
    #[test]
    fn documented_bodies_match_the_forms_the_handlers_read() {
        assert_eq!(documented("FamilyBody"), read(FamilyForm::default()));
        assert_eq!(documented("ChildBody"), read(ChildForm::default()));
        assert_eq!(documented("RegistrationBody"), read(RegistrationForm::default()));
    }
}
