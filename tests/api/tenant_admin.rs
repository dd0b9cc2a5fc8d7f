//! Municipalities administered at run time (issue 7): a 25th municipality added through the form
//! while another is served, its portal at once with its branding; bad input changes nothing;
//! branding edits apply at once on every replica and are audited; only district admins may.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use step_e2e::browser_client::{Browser, input_value};
use step_e2e::{Seed, TestApp};

use crate::desk::{api, staff};

/// A 1×1 PNG.
pub const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49,
    0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0x64, 0xf8, 0xcf, 0x50, 0x0f, 0x00, 0x03, 0x86, 0x01, 0x80, 0x5a, 0x34, 0x7d,
    0x6b, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

/// The form fields of a valid new municipality.
pub fn musterstadt() -> Vec<(&'static str, String)> {
    [
        ("m_name", "Musterstadt"),
        ("m_slug", "musterstadt"),
        ("m_kind", "Stadt"),
        ("m_office", "kreisjugendamt"),
        ("m_population", "12.500"),
        ("m_primary_color", "#7a1f5c"),
        ("m_contact_name", "Stadt Musterstadt, Kita-Platzvergabe"),
        ("m_contact_street", "Markt 1"),
        ("m_contact_postcode", "48599"),
        ("m_contact_city", "Musterstadt"),
        ("m_contact_phone", "0000 000-125"),
        ("m_contact_email", "kita@musterstadt.example"),
        ("m_hosts", "musterstadt.step.localhost"),
        ("m_lat", "52,21"),
        ("m_lon", "7,52"),
        ("m_radius_km", "4"),
        ("m_postcodes", "48599"),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_owned()))
    .collect()
}

async fn csrf(b: &Browser, app: &TestApp, page: &str) -> String {
    let html = b.get(&format!("{}{page}", app.addr)).await.text().await.unwrap();
    input_value(&html, "csrf").expect("the page has a form with a CSRF token")
}

/// Posts the admin form (multipart, as the browser does) with the page's CSRF token.
async fn post_form(
    b: &Browser,
    app: &TestApp,
    path: &str,
    fields: &[(&'static str, String)],
    logo: Option<(&str, Vec<u8>)>,
) -> reqwest::Response {
    let token = csrf(b, app, path).await;
    // The token first, as the browser sends the template's fields in order (issue 19.1).
    let mut all: Vec<(&str, &str)> = vec![("csrf", &token)];
    all.extend(fields.iter().map(|(k, v)| (*k, v.as_str())));
    b.post_multipart_file(&format!("{}{path}", app.addr), &all, logo.map(|(name, bytes)| ("m_logo", name, bytes))).await
}

async fn definitions(app: &TestApp) -> i64 {
    let mut db = app.db().await;
    sqlx::query_scalar("select count(*) from platform.tenant_definitions").fetch_one(&mut db).await.unwrap()
}

async fn schema_exists(app: &TestApp, schema: &str) -> bool {
    let mut db = app.db().await;
    sqlx::query_scalar("select to_regnamespace($1) is not null").bind(schema).fetch_one(&mut db).await.unwrap()
}

async fn audit(app: &TestApp, schema: &str) -> Vec<(String, String)> {
    let mut db = app.db().await;
    sqlx::query_as(&format!("select action, detail from {schema}.audit_log order by id"))
        .fetch_all(&mut db)
        .await
        .unwrap()
}

/// Requests another municipality's pages and API until told to stop; returns every status seen.
fn keep_serving(app: &TestApp, slug: &'static str, stop: Arc<AtomicBool>) -> tokio::task::JoinHandle<Vec<u16>> {
    let (client, addr) = (app.client.clone(), app.addr.clone());
    tokio::spawn(async move {
        let mut seen = Vec::new();
        let paths = [
            format!("/{slug}/"),
            format!("/{slug}/suche?kind=kita"),
            format!("/api/v1/tenants/{slug}/facilities?per_page=5"),
        ];
        while !stop.load(Ordering::Relaxed) {
            for p in &paths {
                let status = client.get(format!("{addr}{p}")).send().await.map_or(0, |r| r.status().as_u16());
                seen.push(status);
            }
        }
        seen
    })
}

#[tokio::test]
async fn a_25th_municipality_is_added_through_the_form_while_another_is_served() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let admin = staff(&app, "kreis.admin", "steinfurt").await;
    let (_, res) = admin.get_following(&format!("{}/steinfurt/amt/gemeinden", app.addr)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let list = res.text().await.unwrap();
    assert!(list.contains("Gemeinde hinzufügen") && list.contains("Rheine bearbeiten"), "{list}");

    let stop = Arc::new(AtomicBool::new(false));
    let other = keep_serving(&app, "rheine", stop.clone());
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let res =
        post_form(&admin, &app, "/steinfurt/amt/gemeinden/neu", &musterstadt(), Some(("wappen.png", PNG.to_vec())))
            .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "{}", res.text().await.unwrap());
    let to = res.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(to, "/steinfurt/amt/gemeinden?hinweis=angelegt&gemeinde=musterstadt");
    // The new portal answers at once: no restart, no waiting.
    let (status, home) = app.page("/musterstadt/").await;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    stop.store(true, Ordering::Relaxed);
    let seen = other.await.unwrap();
    assert!(seen.len() >= 6, "the other municipality was requested throughout ({} requests)", seen.len());
    assert!(seen.iter().all(|s| *s == 200), "Rheine answered every request with 200 during the add: {seen:?}");

    assert_eq!(status, StatusCode::OK, "{home}");
    assert!(home.contains("<title>Startseite – Kita-Portal Musterstadt</title>"), "{home}");
    assert!(home.contains("/static/brand.css?c=7a1f5c"), "its colour");
    assert!(home.contains("Stadt Musterstadt, Kita-Platzvergabe") && home.contains("kita@musterstadt.example"));
    let logo = home.split("src=\"/static/logos/musterstadt.png?v=").nth(1).expect("its uploaded logo is linked");
    let res = app.get(&format!("/static/logos/musterstadt.png?v={}", &logo[..8])).await;
    assert_eq!(res.headers()["content-type"], "image/png");
    assert_eq!(res.bytes().await.unwrap().as_ref(), PNG, "the uploaded bytes are served");
    // Its own host name, its search (no facilities yet), its office's procedure.
    let (status, by_host) = {
        let r = app.get_with_host("musterstadt.step.localhost", "/").await;
        (r.status(), r.text().await.unwrap())
    };
    assert_eq!(status, StatusCode::OK);
    assert!(by_host.contains("Kita-Portal Musterstadt"));
    let (status, found) = app.json("/api/v1/tenants/musterstadt/facilities").await;
    assert_eq!((status, found["total"].as_i64()), (StatusCode::OK, Some(0)), "{found}");
    let (_, listed) = app.json("/api/v1/tenants").await;
    assert_eq!(listed.as_array().unwrap().len(), 25, "the district now has 25 municipalities");
    // The list page says so and links the new portal; the change is audited in its own log.
    let page = admin.get(&format!("{}{to}", app.addr)).await.text().await.unwrap();
    assert!(page.contains("Musterstadt ist angelegt und ab sofort erreichbar."), "{page}");
    assert_eq!(audit(&app, "t_musterstadt").await, vec![("tenant_created".to_owned(), "Musterstadt".to_owned())]);
    let mut db = app.db().await;
    let cluster: String = sqlx::query_scalar("select cluster from platform.tenants where slug = 'musterstadt'")
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(cluster, "main", "the directory places it on the main cluster");

    // A parent can use it right away: family profile saved in its own schema.
    let parent = crate::desk::staff(&app, "eltern.mueller", "musterstadt").await;
    let (status, body) = api(
        &parent,
        &app,
        Method::PUT,
        "/api/v1/tenants/musterstadt/family",
        Some(json!({"first_name": "Mia", "last_name": "Muster", "street": "Markt 2", "postcode": "48599",
                     "city": "Musterstadt", "phone": "0000 2", "email": "mia@example.org"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let families: i64 =
        sqlx::query_scalar("select count(*) from t_musterstadt.families").fetch_one(&mut db).await.unwrap();
    assert_eq!(families, 1);
    app.cleanup().await;
}

#[tokio::test]
async fn bad_input_on_the_form_changes_nothing_and_keeps_what_was_typed() {
    let app = TestApp::spawn_with(Seed::None).await;
    let admin = staff(&app, "kreis.admin", "steinfurt").await;
    let with = |key: &'static str, value: &str| {
        let mut f = musterstadt();
        f.retain(|(k, _)| *k != key);
        f.push((key, value.to_owned()));
        f
    };
    type Case<'a> = (Vec<(&'static str, String)>, Option<(&'a str, Vec<u8>)>, &'a str);
    let cases: Vec<Case> = vec![
        (with("m_slug", "Muster Stadt"), None, "Kurzname: bitte 2 bis 40 Kleinbuchstaben"),
        (with("m_slug", "rheine"), None, "Kurzname: diesen Kurznamen gibt es schon"),
        (with("m_slug", "api"), None, "Kurzname: bitte 2 bis 40"),
        (with("m_name", "  "), None, "Name der Stadt oder Gemeinde: bitte angeben."),
        (with("m_primary_color", "#ffcc00"), None, "Hauptfarbe: weiße Schrift ist auf dieser Farbe nicht gut lesbar"),
        (with("m_primary_color", "rot"), None, "Hauptfarbe: bitte als # und sechs Hexadezimalziffern"),
        (with("m_name", "Rheine"), None, "eine Stadt oder Gemeinde dieses Namens gibt es schon"),
        (with("m_contact_phone", "ruf an"), None, "Telefon: bitte eine Telefonnummer mit Ziffern"),
        (with("m_office", "jugendamt-mars"), None, "Zuständiges Jugendamt: bitte das zuständige Jugendamt wählen."),
        (with("m_hosts", "rheine.step.localhost"), None, "die Internetadresse rheine.step.localhost gehört schon"),
        (with("m_hosts", "Kita Muster!"), None, "Eigene Internetadressen: bitte nur Internetadressen"),
        (with("m_lat", "Nord"), None, "Breitengrad: bitte eine Zahl zwischen -90 und 90"),
        (with("m_lat", "95"), None, "Breitengrad: bitte eine Zahl zwischen -90 und 90"),
        (with("m_lon", "200"), None, "Längengrad: bitte eine Zahl zwischen -180 und 180"),
        (with("m_radius_km", "0"), None, "Suchradius (km): bitte eine Zahl zwischen 0,5 und 30"),
        (with("m_postcodes", "48599; 4859"), None, "Postleitzahlen: bitte nur fünfstellige Postleitzahlen"),
        (with("m_population", "viele"), None, "Einwohnerzahl: bitte die Einwohnerzahl"),
        (with("m_contact_email", "kein-at"), None, "E-Mail: bitte eine gültige E-Mail-Adresse"),
        (with("m_contact_postcode", "123"), None, "Postleitzahl: bitte eine fünfstellige Postleitzahl"),
        (with("m_kind", "Dorf"), None, "Art: bitte „Stadt“ oder „Gemeinde“"),
        (
            musterstadt(),
            Some(("bild.png", b"GIF89a not a png".to_vec())),
            "Logo: bitte ein Bild im Format SVG, PNG oder JPEG",
        ),
        (
            musterstadt(),
            Some(("wappen.svg", b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>".to_vec())),
            "Logo: das SVG enthält Skripte",
        ),
        (musterstadt(), Some(("gross.png", [PNG, &vec![0u8; 300 * 1024]].concat())), "Logo: das Logo ist zu groß"),
    ];
    for (fields, logo, message) in cases {
        let res = post_form(&admin, &app, "/steinfurt/amt/gemeinden/neu", &fields, logo).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{message}");
        let html = res.text().await.unwrap();
        assert!(html.contains(message), "expected `{message}` in the page:\n{html}");
        assert!(
            html.contains("<title>Fehler: Gemeinde hinzufügen"),
            "the title says there is an error: {}",
            html.split("<title>").nth(1).unwrap_or_default().split("</title>").next().unwrap_or_default()
        );
        // What was typed stays in the form (the contact, for one).
        assert!(html.contains("value=\"kita@musterstadt.example\"") || message.contains("E-Mail"), "{message}");
        assert_eq!(definitions(&app).await, 0, "{message}: nothing stored");
        assert!(!schema_exists(&app, "t_musterstadt").await, "{message}: no schema made");
    }
    // Everything missing: every mistake is listed at once, each linked to its field and said there.
    let empty: Vec<(&'static str, String)> = vec![("m_kind", "Gemeinde".into())];
    let res = post_form(&admin, &app, "/steinfurt/amt/gemeinden/neu", &empty, None).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let html = res.text().await.unwrap();
    let listed = html.matches("<li><a href=\"#m_").count();
    assert!(listed >= 12, "{listed} mistakes listed:\n{html}");
    assert!(html.contains(&format!("Bitte prüfen Sie diese {listed} Angaben:")), "{html}");
    for field in ["m_name", "m_slug", "m_office", "m_population", "m_contact_email", "m_lat", "m_postcodes"] {
        assert!(html.contains(&format!("id=\"{field}-error\"")), "{field} has its message beside it");
        assert!(html.contains(&format!("aria-describedby=\"{field}-error")), "{field} is described by it");
    }
    assert_eq!(definitions(&app).await, 0);

    // Without the CSRF token: refused, nothing made.
    let mut fields: Vec<(&str, &str)> = Vec::new();
    let typed = musterstadt();
    fields.extend(typed.iter().map(|(k, v)| (*k, v.as_str())));
    let res = admin.post_multipart_file(&format!("{}/steinfurt/amt/gemeinden/neu", app.addr), &fields, None).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.page("/musterstadt/").await.0, StatusCode::NOT_FOUND);
    assert_eq!(definitions(&app).await, 0);
    // The API refuses the same way, in German, and the slug stays free.
    let mut body = json!({"slug": "musterstadt", "name": "Musterstadt", "kind": "Stadt", "office": "kreisjugendamt",
        "population": 12000, "hosts": [], "lat": 52.2, "lon": 7.5, "radius_km": 4.0, "postcodes": ["48599"],
        "primary_color": "#ffff00", "contact": {"name": "Stadt", "street": "Markt 1", "postcode": "48599",
        "city": "Musterstadt", "phone": "0", "email": "a@b.example"}});
    let (status, err) = api(&admin, &app, Method::POST, "/api/v1/district/tenants", Some(body.clone())).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{err}");
    assert!(err.to_string().contains("Hauptfarbe"), "{err}");
    body["unknown"] = json!(1);
    let (status, _) = api(&admin, &app, Method::POST, "/api/v1/district/tenants", Some(body.clone())).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "unknown fields are refused");
    // A slug or a name that is taken is a conflict (409), said at its field (issue 19.11).
    body.as_object_mut().unwrap().remove("unknown");
    body["primary_color"] = json!("#1d4ed8");
    body["contact"]["phone"] = json!("02551 690");
    for (field, value, taken) in [("slug", "rheine", "m_slug"), ("name", "Rheine", "m_name")] {
        let mut body = body.clone();
        body[field] = json!(value);
        let (status, err) = api(&admin, &app, Method::POST, "/api/v1/district/tenants", Some(body)).await;
        assert_eq!((status, err["error"]["field"].as_str()), (StatusCode::CONFLICT, Some(taken)), "{err}");
    }
    assert_eq!(definitions(&app).await, 0);
    app.cleanup().await;
}

#[tokio::test]
async fn a_logo_chosen_before_a_refused_submit_is_kept_for_the_next() {
    let app = TestApp::spawn_with(Seed::None).await;
    let admin = staff(&app, "kreis.admin", "steinfurt").await;
    let mut fields = musterstadt();
    fields.retain(|(k, _)| *k != "m_contact_postcode");
    fields.push(("m_contact_postcode", "123".into()));
    let res =
        post_form(&admin, &app, "/steinfurt/amt/gemeinden/neu", &fields, Some(("wappen.png", PNG.to_vec()))).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let html = res.text().await.unwrap();
    assert!(html.contains("Ihr gewähltes Logo ist übernommen"), "{html}");
    let kept = input_value(&html, "m_logo_kept").expect("the logo travels with the form");
    assert!(html.contains(&format!("src=\"data:image/png;base64,{kept}\"")), "the preview shows it");
    // Corrected and sent again without choosing the file again: created with that logo.
    fields.retain(|(k, _)| *k != "m_contact_postcode");
    fields.push(("m_contact_postcode", "48599".into()));
    fields.push(("m_logo_kept", kept));
    let res = post_form(&admin, &app, "/steinfurt/amt/gemeinden/neu", &fields, None).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "{}", res.text().await.unwrap());
    let home = app.page("/musterstadt/").await.1;
    let version = home.split("/static/logos/musterstadt.png?v=").nth(1).expect("its logo").split('"').next().unwrap();
    let logo = app.get(&format!("/static/logos/musterstadt.png?v={version}")).await.bytes().await.unwrap();
    assert_eq!(logo.as_ref(), PNG);
    // A kept value that is not an image is refused like an upload.
    let mut edit = musterstadt();
    edit.retain(|(k, _)| *k != "m_slug");
    edit.push(("m_logo_kept", "R0lGODlhAQABAAAAACw=".into()));
    let res = post_form(&admin, &app, "/steinfurt/amt/gemeinden/musterstadt", &edit, None).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(res.text().await.unwrap().contains("Logo: bitte ein Bild im Format SVG, PNG oder JPEG"));
    app.cleanup().await;
}

#[tokio::test]
async fn branding_edits_apply_at_once_on_every_replica_and_are_audited() {
    let mut app = TestApp::spawn_with(Seed::None).await;
    let replica = app.spawn_replica().await;
    let admin = staff(&app, "kreis.admin", "steinfurt").await;
    let path = "/steinfurt/amt/gemeinden/rheine";
    let html = admin.get(&format!("{}{path}", app.addr)).await.text().await.unwrap();
    let color = app.tenant("rheine").branding.primary_color.as_str().to_owned();
    assert!(html.contains(&format!("value=\"{color}\"")), "the form shows the current colour");
    assert_eq!(input_value(&html, "m_contact_email").as_deref(), Some(app.tenant("rheine").contact.email.as_str()));
    // The form as the browser would send it: what is shown, with a new colour and phone number.
    let (_, current) = api(&admin, &app, Method::GET, "/api/v1/district/tenants/rheine", None).await;
    let s = |v: &Value| v.as_str().map(str::to_owned).unwrap_or_else(|| v.to_string());
    let c = &current["contact"];
    let fields: Vec<(&'static str, String)> = vec![
        ("m_name", s(&current["name"])),
        ("m_kind", s(&current["kind"])),
        ("m_population", s(&current["population"])),
        ("m_primary_color", "#2b3a67".into()),
        ("m_contact_name", s(&c["name"])),
        ("m_contact_street", s(&c["street"])),
        ("m_contact_postcode", s(&c["postcode"])),
        ("m_contact_city", s(&c["city"])),
        ("m_contact_phone", "05971 939-0".into()),
        ("m_contact_email", s(&c["email"])),
        ("m_contact_demo", if c["demo"] == true { "on".into() } else { String::new() }),
        ("m_hosts", current["hosts"].as_array().unwrap().iter().map(s).collect::<Vec<_>>().join("\n")),
        ("m_lat", s(&current["lat"])),
        ("m_lon", s(&current["lon"])),
        ("m_radius_km", s(&current["radius_km"])),
        ("m_postcodes", current["postcodes"].as_array().unwrap().iter().map(s).collect::<Vec<_>>().join(", ")),
    ];
    let res = post_form(&admin, &app, path, &fields, None).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "{}", res.text().await.unwrap());
    // This replica at once; the other one once told (NOTIFY), well within a second.
    let (_, home) = app.page("/rheine/").await;
    assert!(home.contains("/static/brand.css?c=2b3a67") && home.contains("05971 939-0"), "{home}");
    let mut seen = false;
    for _ in 0..50 {
        let html = reqwest::get(format!("{replica}/rheine/")).await.unwrap().text().await.unwrap();
        if html.contains("/static/brand.css?c=2b3a67") {
            seen = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(seen, "the other replica serves the new colour within 5 s");
    let entries = audit(&app, "t_rheine").await;
    assert_eq!(entries.last().unwrap(), &("tenant_changed".to_owned(), "Farbe, Kontakt".to_owned()));

    // API: PATCH the name, a logo by PUT (a script in an SVG is refused, a PNG taken).
    let (status, body) =
        api(&admin, &app, Method::PATCH, "/api/v1/district/tenants/rheine", Some(json!({"name": "Rheine an der Ems"})))
            .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["name"], "Rheine an der Ems");
    assert!(app.page("/rheine/").await.1.contains("Kita-Portal Rheine an der Ems"));
    let (status, body) = api(
        &admin,
        &app,
        Method::PATCH,
        "/api/v1/district/tenants/rheine",
        Some(json!({"primary_color": "#eeeeee", "maintenance": true})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(!app.state.in_maintenance("rheine"), "a refused patch switches nothing either");
    let before = app.json("/api/v1/tenants").await.1;
    let url = format!("{}/api/v1/district/tenants/rheine/logo", app.addr);
    let res = admin.put_bytes(&url, "image/svg+xml", b"<svg><script>alert(1)</script></svg>".to_vec()).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let res = admin.put_bytes(&url, "image/png", PNG.to_vec()).await;
    assert_eq!(res.status(), StatusCode::OK);
    let out: Value = res.json().await.unwrap();
    let logo_url = out["logo_url"].as_str().unwrap().to_owned();
    assert!(logo_url.starts_with("/static/logos/rheine.png?v="), "{out}");
    assert!(app.page("/rheine/").await.1.contains(&logo_url), "the page links the new logo");
    assert_eq!(app.json("/api/v1/tenants").await.1, before, "the public tenant list is unchanged");
    let details: Vec<String> = audit(&app, "t_rheine").await.into_iter().map(|(_, d)| d).collect();
    assert!(details.ends_with(&["Name".to_owned(), "Logo".to_owned()]), "{details:?}");

    // A fresh process (restart) serves the definition, not the file.
    let fresh = app.spawn_replica().await;
    let html = reqwest::get(format!("{fresh}/rheine/")).await.unwrap().text().await.unwrap();
    assert!(html.contains("Kita-Portal Rheine an der Ems") && html.contains(&logo_url));
    app.cleanup().await;
}

#[tokio::test]
async fn only_district_admins_administer_municipalities() {
    let app = TestApp::spawn_with(Seed::None).await;
    for (user, slug) in [
        ("jugendamt.rheine", "rheine"),
        ("jugendamt.kreis", "steinfurt"),
        ("leitung.sonnenschein", "steinfurt"),
        ("eltern.mueller", "steinfurt"),
    ] {
        let b = staff(&app, user, slug).await;
        for path in [
            format!("/{slug}/amt/gemeinden"),
            format!("/{slug}/amt/gemeinden/neu"),
            format!("/{slug}/amt/gemeinden/{slug}"),
        ] {
            assert_eq!(b.get(&format!("{}{path}", app.addr)).await.status(), StatusCode::FORBIDDEN, "{user} {path}");
        }
        let (status, _) = api(&b, &app, Method::GET, "/api/v1/district/tenants", None).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{user}");
        let (status, _) =
            api(&b, &app, Method::PATCH, &format!("/api/v1/district/tenants/{slug}"), Some(json!({"name": "X"}))).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{user}");
    }
    // A district admin for Rheine alone edits Rheine, but neither Greven nor the district's list,
    // nor may they add a municipality.
    let limited = staff(&app, "eltern.nowak", "rheine").await;
    let mut db = app.db().await;
    let account: uuid::Uuid = sqlx::query_scalar(
        "select account_id from platform.sessions where account_id is not null order by created_at desc limit 1",
    )
    .fetch_one(&mut db)
    .await
    .unwrap();
    let grant = step_store::RoleAssignment {
        account_id: account,
        role: "district_admin".into(),
        domain: "rheine".into(),
        scope: String::new(),
    };
    app.store.platform().grant_role(&grant, "test").await.unwrap();
    app.state.reload_access().await.unwrap();
    assert_eq!(limited.get(&format!("{}/rheine/amt/gemeinden/rheine", app.addr)).await.status(), StatusCode::OK);
    for path in ["/rheine/amt/gemeinden/greven", "/rheine/amt/gemeinden", "/rheine/amt/gemeinden/neu"] {
        assert_eq!(limited.get(&format!("{}{path}", app.addr)).await.status(), StatusCode::FORBIDDEN, "{path}");
    }
    let (status, _) =
        api(&limited, &app, Method::PATCH, "/api/v1/district/tenants/greven", Some(json!({"name": "X"}))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = api(&limited, &app, Method::GET, "/api/v1/district/tenants", None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let anonymous = app.client.get(format!("{}/api/v1/district/tenants", app.addr)).send().await.unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(definitions(&app).await, 0);
    let admin = staff(&app, "kreis.admin", "steinfurt").await;
    let (status, list) = api(&admin, &app, Method::GET, "/api/v1/district/tenants", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list.as_array().unwrap().len(), 24);
    assert!(list.as_array().unwrap().iter().all(|t| t["cluster"] == "main" && t["ready"] == true));
    let (status, _) = api(&admin, &app, Method::GET, "/api/v1/district/tenants/atlantis", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    app.cleanup().await;
}
