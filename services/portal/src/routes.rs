//! Every path the portal serves, pages and API, in one table that reads like a site map: the
//! module is the room, the function the action. Layers that every route keeps (errors, maintenance,
//! CSRF cookie, caching, tracing) are added around this table in `app.rs`; a limit that belongs to
//! one route (upload sizes) is set here beside it.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{MethodRouter, delete, get, patch, post, put};

use crate::district::form::FORM_LIMIT;
use crate::web::extract::UPLOAD_BODY_LIMIT;
use crate::web::state::AppState;
use crate::{auth, conversations, desk, district, documents, family, health, office, openapi, public};

/// Routes that move a file (uploads of up to 10 MB, the family's export): they get the long time
/// limit (`server.transfer_timeout_seconds`), every other request the short one (issue 19.7).
pub const TRANSFERS: &[&str] = &[
    "/{slug}/konto/vormerkungen/{id}/dokumente",
    "/{slug}/einrichtung/{fid}/vormerkungen/{rid}/dokumente",
    "/{slug}/konto/export",
    "/api/v1/tenants/{slug}/family/export",
    "/api/v1/tenants/{slug}/registrations/{id}/contract/signed",
    "/api/v1/tenants/{slug}/registrations/{id}/documents",
    "/{slug}/nachrichten/{id}",
    "/api/v1/tenants/{slug}/registrations/{id}/messages/files",
];

/// The router and every path it serves, so a test can walk the whole table (issue 19.1).
struct RouteTable {
    router: Router<AppState>,
    paths: Vec<&'static str>,
}

impl RouteTable {
    fn route(mut self, path: &'static str, methods: MethodRouter<AppState>) -> Self {
        self.router = self.router.route(path, methods);
        self.paths.push(path);
        self
    }
}

pub fn routes() -> Router<AppState> {
    table().router
}

/// Every path of the route table, with its `{parameters}`.
pub fn paths() -> Vec<&'static str> {
    table().paths
}

fn table() -> RouteTable {
    let upload = || DefaultBodyLimit::max(UPLOAD_BODY_LIMIT);
    let form = || DefaultBodyLimit::max(FORM_LIMIT);
    RouteTable { router: Router::new(), paths: Vec::new() }
        // Everyone: the district's municipalities, a municipality's home, search and profiles.
        .route("/", get(public::pages::landing))
        // The district list under a shared path, so it is reachable from a municipality's own host too.
        .route("/gemeinden", get(public::pages::landing))
        .route("/{slug}", get(public::pages::home))
        .route("/{slug}/", get(public::pages::home))
        .route("/{slug}/suche", get(public::pages::search_page))
        .route("/{slug}/einrichtungen/{id}", get(public::pages::facility_page))
        .route("/static/style.css", get(public::assets::style))
        .route("/static/brand.css", get(public::assets::brand_css))
        .route("/static/municipalities.css", get(public::assets::colours))
        .route("/static/logos/{file}", get(public::assets::logo))
        .route("/static/branding-preview.js", get(public::assets::preview_js))
        .route("/static/street-suggest.js", get(public::assets::street_suggest_js))
        .route("/static/menu.js", get(public::assets::menu_js))
        .route("/static/busy.js", get(public::assets::busy_js))
        // The family's language (issue 18), on a municipality's pages and on the district's.
        .route("/sprache", post(family::pages::language::switch))
        .route("/{slug}/sprache", post(family::pages::language::switch_here))
        // Signing in and out.
        .route("/{slug}/login", get(auth::pages::login))
        .route("/{slug}/logout", post(auth::pages::logout))
        .route("/auth/callback", get(auth::pages::callback))
        // The family: selection (before sign-in too), profile, children, registrations, answers, inbox, data.
        .route(
            "/{slug}/auswahl",
            get(family::pages::selection::selection_page).post(family::pages::selection::selection_change),
        )
        .route("/{slug}/vormerken", post(family::pages::selection::register_selected))
        .route("/{slug}/konto", get(family::pages::account::account_page))
        .route(
            "/{slug}/konto/familie",
            get(family::pages::profile::family_page).post(family::pages::profile::family_save),
        )
        .route("/{slug}/konto/familie/uebernehmen", post(family::pages::profile::family_copy))
        .route("/{slug}/konto/kinder", get(family::pages::profile::child_page).post(family::pages::profile::child_save))
        .route(
            "/{slug}/konto/vormerkungen/{id}/zurueckziehen",
            get(family::pages::registrations::withdraw_page).post(family::pages::registrations::withdraw_do),
        )
        .route(
            "/{slug}/konto/vormerkungen/{id}/annehmen",
            get(family::pages::registrations::accept_page).post(family::pages::registrations::accept_do),
        )
        .route(
            "/{slug}/konto/vormerkungen/{id}/ablehnen",
            get(family::pages::registrations::refuse_page).post(family::pages::registrations::refuse_do),
        )
        .route("/{slug}/konto/nachrichten", get(family::pages::account::inbox_page))
        .route("/{slug}/konto/export", get(family::pages::data::export_page))
        .route("/{slug}/konto/loeschen", get(family::pages::data::delete_page).post(family::pages::data::delete_do))
        // Documents: the family's, and the download link for everyone entitled.
        .route(
            "/{slug}/konto/vormerkungen/{id}/dokumente",
            get(documents::pages::parent_documents_page).post(documents::pages::parent_upload).layer(upload()),
        )
        .route("/{slug}/konto/vormerkungen/{id}/vergabe", get(family::pages::round::round_page))
        .route("/{slug}/konto/dokumente/{id}/entfernen", post(documents::pages::parent_remove))
        .route(
            "/{slug}/konto/vormerkungen/{id}/vertrag",
            get(documents::pages::contract_page).post(documents::pages::contract_accept),
        )
        .route("/{slug}/dokumente/{id}", get(documents::pages::download_page))
        .route(
            "/{slug}/nachrichten/{id}",
            get(conversations::pages::conversation_page).post(conversations::pages::conversation_send).layer(upload()),
        )
        .route("/{slug}/nachrichten/{id}/termine", post(conversations::pages::talk::talk_offer))
        .route("/{slug}/nachrichten/{id}/termine/{slot}/zuruecknehmen", post(conversations::pages::talk::talk_withdraw))
        .route("/{slug}/nachrichten/{id}/termin", post(conversations::pages::talk::talk_book))
        .route("/{slug}/nachrichten/{id}/termin/absagen", post(conversations::pages::talk::talk_cancel))
        .route("/{slug}/nachrichten/{id}/termin.ics", get(conversations::pages::talk::talk_calendar))
        .route("/{slug}/konto/bescheide/{id}", get(family::pages::account::notice_pdf))
        // The desk: facility leads and childminder advisers.
        .route("/{slug}/einrichtung", get(desk::pages::waiting::index))
        .route("/{slug}/einrichtung/{fid}", get(desk::pages::waiting::waiting_page))
        .route("/{slug}/einrichtung/{fid}/vormerkungen/{rid}", get(desk::pages::registration::registration_page))
        .route("/{slug}/einrichtung/{fid}/nachrichten", get(conversations::pages::inbox::inbox_page))
        .route("/{slug}/einrichtung/{fid}/mitteilungen", post(conversations::pages::inbox::announce))
        .route("/{slug}/einrichtung/{fid}/vormerkungen/{rid}/kriterien", post(desk::pages::registration::criteria_tick))
        .route("/{slug}/einrichtung/{fid}/vormerkungen/{rid}/zusage", post(desk::pages::registration::offer_do))
        .route("/{slug}/einrichtung/{fid}/vormerkungen/{rid}/absage", post(desk::pages::registration::decline_do))
        .route(
            "/{slug}/einrichtung/{fid}/vormerkungen/{rid}/nicht-aufnehmbar",
            post(desk::pages::registration::inadmissible_do),
        )
        .route(
            "/{slug}/einrichtung/{fid}/vormerkungen/{rid}/vertrag",
            get(desk::pages::contract::contract_page).post(desk::pages::contract::contract_submit),
        )
        .route(
            "/{slug}/einrichtung/{fid}/vormerkungen/{rid}/dokumente",
            post(desk::pages::registration::facility_upload).layer(upload()),
        )
        .route(
            "/{slug}/einrichtung/{fid}/vormerkungen/{rid}/vertrag/bestaetigen",
            post(desk::pages::registration::facility_confirm),
        )
        .route("/{slug}/einrichtung/{fid}/vorschlaege/{pid}", get(desk::pages::proposals::proposal_page))
        .route("/{slug}/einrichtung/{fid}/vorschlaege/{pid}/bestaetigen", post(desk::pages::proposals::confirm_do))
        .route("/{slug}/einrichtung/{fid}/vorschlaege/{pid}/ablehnen", post(desk::pages::proposals::refuse_do))
        .route(
            "/{slug}/einrichtung/{fid}/profil",
            get(desk::pages::profile::profile_page).post(desk::pages::profile::profile_save),
        )
        .route(
            "/{slug}/einrichtung/{fid}/plaetze",
            get(desk::pages::capacity::capacity_page).post(desk::pages::capacity::capacity_save),
        )
        .route(
            "/{slug}/einrichtung/{fid}/papier",
            get(desk::pages::paper::paper_page).post(desk::pages::paper::paper_save),
        )
        // The youth welfare office.
        .route("/{slug}/amt", get(office::pages::overview::overview_page))
        .route("/{slug}/amt/uebersicht.csv", get(office::pages::overview::overview_csv))
        .route("/{slug}/amt/protokoll", get(office::pages::audit::audit_page))
        .route("/{slug}/amt/protokoll.csv", get(office::pages::audit::audit_csv))
        .route("/{slug}/amt/unzustellbar", get(office::pages::mail::undeliverable_page))
        .route(
            "/{slug}/amt/verfahren",
            get(office::pages::calendar::calendar_page).post(office::pages::calendar::calendar_save),
        )
        .route("/{slug}/amt/verfahren/{start}/loeschen", post(office::pages::calendar::calendar_delete))
        .route("/{slug}/amt/bescheide", get(office::pages::notices::notices_page).post(office::pages::notices::issue))
        .route(
            "/{slug}/amt/bescheide/vorlagen",
            get(office::pages::notices::templates_page).post(office::pages::notices::template_save),
        )
        .route("/{slug}/amt/bescheide/versand.pdf", get(office::pages::notices::posting_pdf))
        .route("/{slug}/amt/bescheide/versendet", post(office::pages::notices::mark_posted))
        .route("/{slug}/amt/bescheide/{id}/pdf", get(office::pages::notices::notice_pdf))
        .route("/{slug}/amt/faelle", get(office::pages::cases::cases_page))
        .route("/{slug}/amt/faelle.csv", get(office::pages::cases::cases_csv))
        .route("/{slug}/amt/faelle/{child}", get(office::pages::cases::case_page))
        .route("/{slug}/amt/faelle/{child}/notiz", post(office::pages::cases::case_note))
        .route("/{slug}/amt/faelle/{child}/abschliessen", post(office::pages::cases::case_close))
        .route("/{slug}/amt/faelle/{child}/vorschlag", post(office::pages::cases::case_propose))
        .route("/{slug}/amt/faelle/{child}/bescheid", post(office::pages::cases::case_notice))
        .route("/{slug}/amt/angebotssperre", post(office::pages::settings::offer_lock))
        .route("/{slug}/amt/vertrag-online", post(office::pages::settings::online_contract))
        .route(
            "/{slug}/amt/aufbewahrung",
            get(office::pages::settings::retention_page).post(office::pages::settings::retention_save),
        )
        .route("/{slug}/amt/rollen", get(office::pages::roles::roles_page).post(office::pages::roles::roles_change))
        // The matching day (issue 17).
        .route("/{slug}/amt/vergabe", get(office::pages::rounds::rounds_page).post(office::pages::rounds::round_create))
        .route("/{slug}/amt/vergabe/{id}", get(office::pages::rounds::round_page))
        .route("/{slug}/amt/vergabe/{id}/probelauf", post(office::pages::rounds::round_run))
        .route(
            "/{slug}/amt/vergabe/{id}/veroeffentlichen",
            get(office::pages::rounds::publish_page).post(office::pages::rounds::publish_do),
        )
        // The district: demand and supply, maintenance, municipalities.
        .route("/{slug}/amt/bedarfsplanung", get(district::pages::dashboard::dashboard_page))
        .route("/{slug}/amt/bedarfsplanung.csv", get(district::pages::dashboard::dashboard_csv))
        .route(
            "/{slug}/amt/wartung",
            get(district::pages::maintenance::maintenance_page).post(district::pages::maintenance::maintenance_switch),
        )
        .route("/{slug}/amt/gemeinden", get(district::pages::municipalities::list_page))
        .route(
            "/{slug}/amt/gemeinden/neu",
            get(district::pages::municipalities::new_page)
                .post(district::pages::municipalities::create_form)
                .layer(form()),
        )
        .route(
            "/{slug}/amt/gemeinden/{target}",
            get(district::pages::municipalities::edit_page)
                .post(district::pages::municipalities::save_form)
                .layer(form()),
        )
        // JSON API: public.
        .route("/api/v1/openapi.json", get(openapi::openapi))
        .route("/api/v1/session", get(auth::api::session_info))
        .route("/api/v1/tenants", get(public::api::list_tenants))
        .route("/api/v1/tenants/{slug}/facilities", get(public::api::search_facilities))
        .route("/api/v1/tenants/{slug}/facilities/{id}", get(public::api::facility_detail))
        .route("/api/v1/tenants/{slug}/streets", get(public::api::street_names))
        // JSON API: the family.
        .route(
            "/api/v1/tenants/{slug}/family",
            get(family::api::profile::get_family)
                .put(family::api::profile::put_family)
                .delete(family::api::data::family_delete),
        )
        .route("/api/v1/tenants/{slug}/family/export", get(family::api::data::family_export))
        .route("/api/v1/tenants/{slug}/family/elsewhere", get(family::api::profile::family_elsewhere))
        .route("/api/v1/tenants/{slug}/registrations/{id}/round", get(family::api::registrations::registration_round))
        .route("/api/v1/tenants/{slug}/rounds", get(office::api::rounds_list).post(office::api::round_create))
        .route("/api/v1/tenants/{slug}/rounds/{id}", get(office::api::round_get))
        .route("/api/v1/tenants/{slug}/outbox/undeliverable", get(office::api::undeliverable_list))
        .route(
            "/api/v1/tenants/{slug}/calendar",
            get(office::api::calendar::calendar_get).post(office::api::calendar::calendar_set),
        )
        .route("/api/v1/tenants/{slug}/calendar/{start}", delete(office::api::calendar::calendar_delete))
        .route(
            "/api/v1/tenants/{slug}/notice-templates",
            get(office::api::notices::templates_list).post(office::api::notices::template_save),
        )
        .route(
            "/api/v1/tenants/{slug}/notices",
            get(office::api::notices::notices_list).post(office::api::notices::notice_issue),
        )
        .route("/api/v1/tenants/{slug}/notices/posted", post(office::api::notices::notices_posted))
        .route(
            "/api/v1/tenants/{slug}/registrations/{id}/messages",
            get(conversations::api::messages_list).post(conversations::api::message_send),
        )
        .route(
            "/api/v1/tenants/{slug}/registrations/{id}/messages/files",
            post(conversations::api::message_with_file).layer(upload()),
        )
        .route("/api/v1/tenants/{slug}/facilities/{id}/inbox", get(conversations::api::inbox::inbox_get))
        .route("/api/v1/tenants/{slug}/facilities/{id}/announcements", post(conversations::api::inbox::announce))
        .route("/api/v1/tenants/{slug}/registrations/{id}/talk", get(conversations::api::talk::talk_get))
        .route("/api/v1/tenants/{slug}/registrations/{id}/talk/slots", post(conversations::api::talk::talk_offer))
        .route(
            "/api/v1/tenants/{slug}/registrations/{id}/talk/slots/{slot}",
            delete(conversations::api::talk::talk_withdraw),
        )
        .route("/api/v1/tenants/{slug}/registrations/{id}/talk/book", post(conversations::api::talk::talk_book))
        .route("/api/v1/tenants/{slug}/registrations/{id}/talk/cancel", post(conversations::api::talk::talk_cancel))
        .route("/api/v1/tenants/{slug}/registrations/{id}/talk/calendar", get(conversations::api::talk::talk_calendar))
        .route("/api/v1/tenants/{slug}/cases", get(office::api::cases::cases_list))
        .route("/api/v1/tenants/{slug}/cases/{child}", get(office::api::cases::case_get))
        .route("/api/v1/tenants/{slug}/cases/{child}/notes", post(office::api::cases::case_note))
        .route("/api/v1/tenants/{slug}/cases/{child}/close", post(office::api::cases::case_close))
        .route("/api/v1/tenants/{slug}/cases/{child}/proposals", post(office::api::cases::case_propose))
        .route("/api/v1/tenants/{slug}/facilities/{id}/proposals", get(desk::api::proposals_list))
        .route("/api/v1/tenants/{slug}/facilities/{id}/proposals/{proposal}/confirm", post(desk::api::proposal_confirm))
        .route("/api/v1/tenants/{slug}/facilities/{id}/proposals/{proposal}/refuse", post(desk::api::proposal_refuse))
        .route("/api/v1/tenants/{slug}/rounds/{id}/dry-run", post(office::api::round_dry_run))
        .route("/api/v1/tenants/{slug}/rounds/{id}/publish", post(office::api::round_publish))
        .route("/api/v1/tenants/{slug}/family/copy", post(family::api::profile::family_copy))
        .route(
            "/api/v1/tenants/{slug}/children",
            get(family::api::profile::list_children).post(family::api::profile::add_child),
        )
        .route(
            "/api/v1/tenants/{slug}/selection",
            get(family::api::selection::get_selection)
                .post(family::api::selection::add_to_selection)
                .put(family::api::selection::put_selection)
                .delete(family::api::selection::delete_from_selection),
        )
        .route(
            "/api/v1/tenants/{slug}/registrations",
            get(family::api::registrations::list_registrations).post(family::api::registrations::register),
        )
        .route("/api/v1/tenants/{slug}/registrations/{id}/withdraw", post(family::api::registrations::withdraw))
        .route("/api/v1/tenants/{slug}/registrations/{id}/accept", post(family::api::registrations::accept))
        .route("/api/v1/tenants/{slug}/registrations/{id}/refuse", post(family::api::registrations::refuse))
        .route("/api/v1/tenants/{slug}/inbox", get(family::api::registrations::inbox))
        // JSON API: documents (the family and the facility).
        .route(
            "/api/v1/tenants/{slug}/registrations/{id}/contract",
            post(documents::api::contract_create).get(documents::api::contract_get),
        )
        .route(
            "/api/v1/tenants/{slug}/registrations/{id}/contract/signed",
            post(documents::api::contract_signed).layer(upload()),
        )
        .route("/api/v1/tenants/{slug}/registrations/{id}/contract/confirm", post(documents::api::contract_confirm))
        .route("/api/v1/tenants/{slug}/registrations/{id}/contract/accept", post(documents::api::contract_accept))
        .route(
            "/api/v1/tenants/{slug}/registrations/{id}/documents",
            get(documents::api::documents_list).post(documents::api::document_upload).layer(upload()),
        )
        .route(
            "/api/v1/tenants/{slug}/documents/{id}",
            get(documents::api::document_get).delete(documents::api::document_delete),
        )
        // JSON API: the desk.
        .route("/api/v1/tenants/{slug}/facilities/{id}/waiting-list", get(desk::api::waiting_list))
        .route("/api/v1/tenants/{slug}/registrations/{id}/offer", post(desk::api::offer))
        .route("/api/v1/tenants/{slug}/registrations/{id}/decline", post(desk::api::decline))
        // JSON API: the district.
        .route("/api/v1/district/dashboard", get(district::api::dashboard_api))
        .route("/api/v1/district/tenants", get(district::api::list_api).post(district::api::create_api))
        .route("/api/v1/district/tenants/{slug}", get(district::api::get_api).merge(patch(district::api::patch_api)))
        .route("/api/v1/district/tenants/{slug}/logo", put(district::api::logo_api).layer(form()))
        // Health for load balancers.
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_transfer_route_is_in_the_table() {
        let paths = super::paths();
        for t in super::TRANSFERS {
            assert!(paths.contains(t), "{t} is not a route");
        }
    }
}
