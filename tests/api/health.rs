use reqwest::StatusCode;
use step_e2e::{Seed, TestApp};

#[tokio::test]
async fn health_readiness_and_the_openapi_document_are_served() {
    let app = TestApp::spawn_with(Seed::None).await;
    let (status, body) = app.json("/healthz").await;
    assert_eq!((status, body["status"].as_str()), (StatusCode::OK, Some("ok")));
    let (status, body) = app.json("/readyz").await;
    assert_eq!((status, body["tenants"].as_u64()), (StatusCode::OK, Some(24)));
    let (status, doc) = app.json("/api/v1/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in ["/api/v1/tenants", "/api/v1/tenants/{slug}/facilities", "/api/v1/tenants/{slug}/facilities/{id}"] {
        assert!(doc["paths"][path]["get"].is_object(), "{path}");
    }
    let res = app.get("/healthz").await;
    assert!(res.headers().contains_key("x-request-id"));
    app.cleanup().await;
}
