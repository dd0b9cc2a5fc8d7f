//! The OpenAPI document of `/api/v1`: each feature documents its own endpoints (`api.rs`), merged
//! here in one document, with the `slug` parameter narrowed to the municipalities served.

use axum::Json;
use axum::extract::State;
use utoipa::OpenApi;

use crate::web::json::{ErrorBody, ErrorDetail};
use crate::web::state::AppState;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "STEP – Kita-Portal Kreis Steinfurt",
        description = "Öffentliche Suche nach Kitas und Kindertagespflege."
    ),
    components(schemas(ErrorBody, ErrorDetail))
)]
pub struct ApiDoc;

/// The parts of the API document, merged in this order.
fn api_parts() -> Vec<utoipa::openapi::OpenApi> {
    vec![
        ApiDoc::openapi(),
        crate::public::api::PublicApiDoc::openapi(),
        crate::auth::api::AuthApiDoc::openapi(),
        crate::family::api::FamilyApiDoc::openapi(),
        crate::desk::api::DeskApiDoc::openapi(),
        crate::documents::api::DocumentsApiDoc::openapi(),
        crate::district::api::DistrictApiDoc::openapi(),
        crate::office::api::OfficeApiDoc::openapi(),
        crate::office::api::cases::CasesApiDoc::openapi(),
        crate::office::api::calendar::CalendarApiDoc::openapi(),
        crate::office::api::notices::NoticesApiDoc::openapi(),
        crate::conversations::api::ConversationsApiDoc::openapi(),
        crate::conversations::api::talk::TalkApiDoc::openapi(),
        crate::conversations::api::inbox::InboxApiDoc::openapi(),
    ]
}

/// The generated document, with the `slug` parameter narrowed to the municipalities this portal
/// serves, so clients (and schemathesis) see the valid values.
pub(crate) async fn openapi(State(state): State<AppState>) -> Json<serde_json::Value> {
    let mut parts = api_parts().into_iter();
    let mut api = parts.next().unwrap_or_else(ApiDoc::openapi);
    for part in parts {
        api.merge(part);
    }
    let mut doc = serde_json::to_value(api).unwrap_or_default();
    crate::family::api::refine(&mut doc, &state);
    crate::district::api::refine(&mut doc, &state);
    let slugs: Vec<serde_json::Value> = state.registry().all().iter().map(|t| t.slug.as_str().into()).collect();
    if let Some(paths) = doc.get_mut("paths").and_then(serde_json::Value::as_object_mut) {
        // Every write carries the session's token besides the cookie (issue 19.1, `web::forgery`).
        for (method, op) in paths.values_mut().flat_map(|p| p.as_object_mut().into_iter().flat_map(|m| m.iter_mut())) {
            if ["post", "put", "patch", "delete"].contains(&method.as_str()) {
                op["security"] = serde_json::json!([{"session": [], "csrf": []}]);
                if let Some(responses) = op.get_mut("responses").and_then(serde_json::Value::as_object_mut) {
                    responses.entry("403").or_insert_with(|| {
                        serde_json::json!({
                            "description": "Not from this portal's origin, or without the session's token in X-CSRF-Token",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
                        })
                    });
                }
            }
        }
        for op in paths.values_mut().flat_map(|p| p.as_object_mut().into_iter().flat_map(|m| m.values_mut())) {
            for param in op.get_mut("parameters").and_then(serde_json::Value::as_array_mut).into_iter().flatten() {
                if param["name"] == "slug" {
                    param["schema"] = serde_json::json!({"type": "string", "enum": slugs});
                }
            }
        }
    }
    Json(doc)
}

#[cfg(test)]
mod tests {
    /// Merging keeps the first schema of a name: two different schemas under one name would make
    /// the document describe the wrong body (schemathesis found `TenantOut` twice once).
    #[test]
    fn no_two_parts_define_a_schema_of_the_same_name_differently() {
        let mut seen: std::collections::HashMap<String, serde_json::Value> = std::collections::HashMap::new();
        for part in super::api_parts() {
            let Some(components) = part.components else { continue };
            for (name, schema) in components.schemas {
                let schema = serde_json::to_value(schema).unwrap();
                if let Some(earlier) = seen.insert(name.clone(), schema.clone()) {
                    assert_eq!(earlier, schema, "schema `{name}` is defined differently in two parts");
                }
            }
        }
    }
}
