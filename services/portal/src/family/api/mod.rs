//! The parent's JSON API, beside the pages and with the same rules: authenticated by the same
//! session cookie, accepting only `application/json` bodies (a cross-site form cannot send them),
//! 401 JSON without a session, 404 for ids of other families or municipalities.

use utoipa::OpenApi;

use crate::web::json::SessionAuth;

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
