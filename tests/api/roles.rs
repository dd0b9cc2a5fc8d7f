//! Every role × every action × own/other facility, municipality and office, through the real
//! sign-in (roles from the dev provider's ID-token claim) and the real endpoints. Allowed actions
//! answer as the action does (200, or 400 for the deliberately bad body, so nothing changes);
//! denied ones are 403, or 404 where a registration's existence must not be revealed (to whoever
//! may not even read that facility's list). Never 500.

use reqwest::{Method, StatusCode};
use serde_json::json;
use step_domain::search::format_date;
use step_e2e::browser_client::Browser;
use step_e2e::{Seed, TestApp};

use crate::desk::{SONNENSCHEIN, api, staff};
use crate::support::{parent_with_child, register, season};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Role {
    Parent,
    Lead,
    Advisor,
    OfficeKreis,
    OfficeRheine,
    Admin,
}

/// What each role may do, as the role table says: the lead at its own facility, the
/// adviser at the childminders of its region, office staff read in the municipalities of their
/// office, district admins read everywhere; only leads and advisers act on a waiting list.
fn may(role: Role, action: &str, tenant: &str, own_facility: bool, ktp: bool) -> bool {
    let tecklenburger_land = tenant == "tecklenburg";
    let kreis = tenant != "rheine";
    match (role, action) {
        (Role::Parent, _) => false,
        (Role::Lead, "read" | "offer" | "decline" | "paper" | "profile") => own_facility,
        (Role::Advisor, "read" | "offer" | "decline" | "paper" | "profile") => ktp && tecklenburger_land,
        (Role::OfficeKreis, "read" | "overview" | "audit") => kreis,
        (Role::OfficeRheine, "read" | "overview" | "audit") => !kreis,
        (Role::Admin, "read" | "overview" | "audit") => true,
        _ => false,
    }
}

/// (action, method, path, body, status when allowed, status when denied)
type Case = (&'static str, Method, String, Option<serde_json::Value>, StatusCode, StatusCode);

struct Facility {
    tenant: &'static str,
    id: String,
    registration: String,
    own: bool,
    ktp: bool,
}

async fn facility_of_kind(app: &TestApp, tenant: &str, kind: &str, not: &str) -> String {
    let mut db = app.db().await;
    sqlx::query_scalar(&format!(
        "select id::text from t_{tenant}.facilities where kind = $1 and id::text <> $2 and hours_min <= 30 and hours_max >= 30
           and age_min_months <= 18 and age_max_months >= 20 order by name limit 1"
    ))
    .bind(kind)
    .bind(not)
    .fetch_one(&mut db)
    .await
    .unwrap()
}

async fn register_at(app: &TestApp, b: &Browser, tenant: &str, child: &str, facility: &str, hours: i64) -> String {
    let (status, body) = register(app, b, tenant, child, facility, hours, &format_date(season())).await;
    assert_eq!(status, StatusCode::CREATED, "{tenant} {facility}: {body}");
    body["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn every_role_may_do_exactly_what_the_role_table_says_and_nothing_else() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt", "tecklenburg", "rheine"])).await;
    // Registrations of one family (parent 1) at five facilities of three municipalities.
    let (fam, big) = parent_with_child(&app, 1, "steinfurt", 1300).await;
    let (status, baby) = api(
        &fam,
        &app,
        Method::POST,
        "/api/v1/tenants/steinfurt/children",
        Some(json!({"first_name": "Ben", "last_name": "Test", "birth_date": format_date(season() - time::Duration::days(550))})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let baby = baby["id"].as_str().unwrap().to_owned();
    let other_kita = facility_of_kind(&app, "steinfurt", "kita", SONNENSCHEIN).await;
    let ktp_steinfurt = facility_of_kind(&app, "steinfurt", "ktp", "").await;
    let (fam_t, baby_t) = parent_with_child(&app, 1, "tecklenburg", 550).await;
    let ktp_tecklenburg = facility_of_kind(&app, "tecklenburg", "ktp", "").await;
    let (fam_r, big_r) = parent_with_child(&app, 1, "rheine", 1300).await;
    let kita_rheine = facility_of_kind(&app, "rheine", "kita", "").await;
    let facilities = vec![
        Facility {
            tenant: "steinfurt",
            registration: register_at(&app, &fam, "steinfurt", &big, SONNENSCHEIN, 35).await,
            id: SONNENSCHEIN.into(),
            own: true,
            ktp: false,
        },
        Facility {
            tenant: "steinfurt",
            registration: register_at(&app, &fam, "steinfurt", &big, &other_kita, 35).await,
            id: other_kita,
            own: false,
            ktp: false,
        },
        Facility {
            tenant: "steinfurt",
            registration: register_at(&app, &fam, "steinfurt", &baby, &ktp_steinfurt, 30).await,
            id: ktp_steinfurt,
            own: false,
            ktp: true,
        },
        Facility {
            tenant: "tecklenburg",
            registration: register_at(&app, &fam_t, "tecklenburg", &baby_t, &ktp_tecklenburg, 30).await,
            id: ktp_tecklenburg,
            own: false,
            ktp: true,
        },
        Facility {
            tenant: "rheine",
            registration: register_at(&app, &fam_r, "rheine", &big_r, &kita_rheine, 35).await,
            id: kita_rheine,
            own: false,
            ktp: false,
        },
    ];

    let people = [
        (Role::Parent, "eltern.mueller"),
        (Role::Lead, "leitung.sonnenschein"),
        (Role::Advisor, "fachberatung.tecklenburg"),
        (Role::OfficeKreis, "jugendamt.kreis"),
        (Role::OfficeRheine, "jugendamt.rheine"),
        (Role::Admin, "kreis.admin"),
    ];
    let mut checked = 0;
    for (role, username) in people {
        let b = staff(&app, username, "steinfurt").await;
        for f in &facilities {
            let t = f.tenant;
            let reg_api = format!("/api/v1/tenants/{t}/registrations/{}", f.registration);
            let cases: [Case; 5] = [
                (
                    "read",
                    Method::GET,
                    format!("/api/v1/tenants/{t}/facilities/{}/waiting-list", f.id),
                    None,
                    StatusCode::OK,
                    StatusCode::FORBIDDEN,
                ),
                (
                    "offer",
                    Method::POST,
                    format!("{reg_api}/offer"),
                    Some(json!({"answer_by": "bald"})),
                    StatusCode::BAD_REQUEST,
                    StatusCode::NOT_FOUND,
                ),
                (
                    "decline",
                    Method::POST,
                    format!("{reg_api}/decline"),
                    Some(json!({"reason": "weil"})),
                    StatusCode::BAD_REQUEST,
                    StatusCode::NOT_FOUND,
                ),
                (
                    "paper",
                    Method::GET,
                    format!("/{t}/einrichtung/{}/papier", f.id),
                    None,
                    StatusCode::OK,
                    StatusCode::FORBIDDEN,
                ),
                (
                    "profile",
                    Method::GET,
                    format!("/{t}/einrichtung/{}/profil", f.id),
                    None,
                    StatusCode::OK,
                    StatusCode::FORBIDDEN,
                ),
            ];
            // Who may see the registration but not act on it gets 403; to anyone else it does not exist.
            let hidden = if may(role, "read", t, f.own, f.ktp) { StatusCode::FORBIDDEN } else { StatusCode::NOT_FOUND };
            for (action, method, path, body, yes, no) in cases {
                let no = if no == StatusCode::NOT_FOUND { hidden } else { no };
                let expected = if may(role, action, t, f.own, f.ktp) { yes } else { no };
                let got = if body.is_some() || path.starts_with("/api/") {
                    api(&b, &app, method, &path, body).await.0
                } else {
                    b.get(&format!("{}{path}", app.addr)).await.status()
                };
                assert_eq!(got, expected, "{role:?} {action} at {t} {} (own={}, ktp={})", f.id, f.own, f.ktp);
                checked += 1;
            }
        }
        for t in ["steinfurt", "tecklenburg", "rheine"] {
            for (action, path) in [
                ("overview", format!("/{t}/amt")),
                ("audit", format!("/{t}/amt/protokoll")),
                ("overview", format!("/{t}/amt/uebersicht.csv")),
            ] {
                let expected = if may(role, action, t, false, false) { StatusCode::OK } else { StatusCode::FORBIDDEN };
                let got = b.get(&format!("{}{path}", app.addr)).await.status();
                assert_eq!(got, expected, "{role:?} {action} {path}");
                checked += 1;
            }
        }
        // Nobody acts on another family's offer answer: 404, or 409 without a family here at all.
        let got = api(
            &b,
            &app,
            Method::POST,
            &format!("/api/v1/tenants/steinfurt/registrations/{}/accept", facilities[0].registration),
            None,
        )
        .await
        .0;
        assert!(got == StatusCode::NOT_FOUND || got == StatusCode::CONFLICT, "{role:?} accept: {got}");
    }
    assert_eq!(checked, 6 * (5 * 5 + 3 * 3));
    // The family itself: its own registration can be answered (no offer yet: 409), its list is not its to see.
    let (s, _) = api(
        &fam,
        &app,
        Method::POST,
        &format!("/api/v1/tenants/steinfurt/registrations/{}/accept", facilities[0].registration),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::CONFLICT);
    let (s, _) = api(
        &fam,
        &app,
        Method::GET,
        &format!("/api/v1/tenants/steinfurt/facilities/{SONNENSCHEIN}/waiting-list"),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = api(
        &Browser::new(),
        &app,
        Method::GET,
        &format!("/api/v1/tenants/steinfurt/facilities/{SONNENSCHEIN}/waiting-list"),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "not signed in");
    app.cleanup().await;
}

#[tokio::test]
async fn a_role_granted_or_revoked_at_run_time_applies_without_restart() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let b = staff(&app, "eltern.mueller", "steinfurt").await;
    let path = format!("/api/v1/tenants/steinfurt/facilities/{SONNENSCHEIN}/waiting-list");
    assert_eq!(api(&b, &app, Method::GET, &path, None).await.0, StatusCode::FORBIDDEN);
    let grant = mueller_leads_sonnenschein(&app).await;
    app.store.platform().grant_role(&grant, "test").await.unwrap();
    app.state.reload_access().await.unwrap();
    assert_eq!(api(&b, &app, Method::GET, &path, None).await.0, StatusCode::OK);
    app.store.platform().revoke_role(&grant, "test").await.unwrap();
    app.state.reload_access().await.unwrap();
    assert_eq!(api(&b, &app, Method::GET, &path, None).await.0, StatusCode::FORBIDDEN);
    app.cleanup().await;
}

#[tokio::test]
async fn office_staff_grant_and_revoke_desk_roles_in_the_portal_and_bad_grants_change_nothing() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt", "rheine"])).await;
    let mueller = staff(&app, "eltern.mueller", "steinfurt").await;
    let waiting = format!("/api/v1/tenants/steinfurt/facilities/{SONNENSCHEIN}/waiting-list");
    assert_eq!(api(&mueller, &app, Method::GET, &waiting, None).await.0, StatusCode::FORBIDDEN);

    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;
    let page = format!("{}/steinfurt/amt/rollen", app.addr);
    let html = office.get(&page).await.text().await.unwrap();
    assert!(html.contains("Rolle vergeben"), "{html}");
    let token = step_e2e::browser_client::input_value(&html, "csrf").unwrap();
    let rheine_kita = facility_of_kind(&app, "rheine", "kita", "").await;
    let subject = "ea44670b-ce00-4af2-ae93-9cfe3499e461";
    for (fields, field) in [
        (vec![("subject", ""), ("role", "facility_lead"), ("facility", SONNENSCHEIN)], "Person"),
        // An identity nobody signed in with gets no account and no role (issue 16).
        (
            vec![
                ("subject", "00000000-0000-4000-8000-00000000dead"),
                ("role", "facility_lead"),
                ("facility", SONNENSCHEIN),
            ],
            "hat sich noch nicht im Portal angemeldet",
        ),
        // Not an e-mail address anybody could be invited at.
        (
            vec![("subject", "unbekannt@example"), ("role", "facility_lead"), ("facility", SONNENSCHEIN)],
            "keine gültige E-Mail-Adresse",
        ),
        (vec![("subject", subject), ("role", "district_admin"), ("facility", "")], "Rolle"),
        (vec![("subject", subject), ("role", "facility_lead"), ("facility", rheine_kita.as_str())], "Einrichtung"),
    ] {
        let mut all = vec![("csrf", token.as_str()), ("action", "grant")];
        all.extend(fields);
        let res = office.post_form(&page, &all).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST);
        assert!(res.text().await.unwrap().contains(field));
    }
    // Nobody grants themselves a role that acts.
    let own = "903329a7-64df-4ae3-b9f3-cb7fdef9554a";
    let res = office
        .post_form(
            &page,
            &[
                ("csrf", &token),
                ("action", "grant"),
                ("subject", own),
                ("role", "facility_lead"),
                ("facility", SONNENSCHEIN),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(res.text().await.unwrap().contains("selbst"));
    let count = |app: &TestApp| {
        let platform = app.store.platform().clone();
        async move { platform.role_assignments().await.unwrap().len() }
    };
    let before = count(&app).await;
    let res = office
        .post_form(
            &page,
            &[
                ("csrf", &token),
                ("action", "grant"),
                ("subject", subject),
                ("role", "facility_lead"),
                ("facility", SONNENSCHEIN),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(count(&app).await, before + 1);
    assert_eq!(api(&mueller, &app, Method::GET, &waiting, None).await.0, StatusCode::OK, "applies without restart");
    let mut db = app.db().await;
    let phantom: i64 = sqlx::query_scalar("select count(*) from platform.identities where subject like '%dead'")
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(phantom, 0, "a refused grant created no account");
    // A person found by e-mail, and the list names people.
    let res = office
        .post_form(
            &page,
            &[
                ("csrf", &token),
                ("action", "grant"),
                ("subject", "Anna.Mueller@familie-mueller.example"),
                ("role", "ktp_advisor"),
                ("region", "Steinfurter Land"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(to.starts_with("/steinfurt/amt/rollen?vergeben="), "{to}");
    let html = office.get(&format!("{}{to}", app.addr)).await.text().await.unwrap();
    assert!(html.contains("Anna Müller (anna.mueller@familie-mueller.example)"), "{html}");
    assert!(
        html.contains("Vergeben: Fachberatung Kindertagespflege für Anna Müller (anna.mueller@familie-mueller.example) (Steinfurter Land). Die Rolle gilt sofort."),
        "the page says what was granted: {html}"
    );

    // Others may not: a lead, and the office of another municipality.
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    assert_eq!(lead.get(&page).await.status(), StatusCode::FORBIDDEN);
    let rheine = staff(&app, "jugendamt.rheine", "steinfurt").await;
    assert_eq!(rheine.get(&page).await.status(), StatusCode::FORBIDDEN);

    let id: i64 = {
        let mut db = app.db().await;
        sqlx::query_scalar("select id from platform.role_assignments where scope = $1 and granted_by like 'portal:%'")
            .bind(SONNENSCHEIN)
            .fetch_one(&mut db)
            .await
            .unwrap()
    };
    let res = office.post_form(&page, &[("csrf", &token), ("action", "revoke"), ("id", &id.to_string())]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(api(&mueller, &app, Method::GET, &waiting, None).await.0, StatusCode::FORBIDDEN);
    let res = office.post_form(&page, &[("csrf", &token), ("action", "revoke"), ("id", &id.to_string())]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND, "already gone");
    let mut db = app.db().await;
    let audited: i64 = sqlx::query_scalar(
        "select count(*) from t_steinfurt.audit_log where action in ('role_granted', 'role_revoked')",
    )
    .fetch_one(&mut db)
    .await
    .unwrap();
    assert_eq!(audited, 3, "two grants and a revocation");
    app.cleanup().await;
}

/// Issue 16.7: someone who never signed in is invited by e-mail (a real SMTP server receives it);
/// the role applies at their first sign-in with that address, audited; a withdrawn invitation
/// grants nothing; bad invitations are refused at the field and change nothing.
#[tokio::test]
async fn the_office_invites_by_email_and_the_role_applies_at_the_first_sign_in() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;
    let page = format!("{}/steinfurt/amt/rollen", app.addr);
    let token = step_e2e::browser_client::input_value(&office.get(&page).await.text().await.unwrap(), "csrf").unwrap();
    let invite = |email: &'static str, facility: &'static str| {
        let form = [
            ("csrf", token.clone()),
            ("action", "grant".into()),
            ("subject", email.into()),
            ("role", "facility_lead".into()),
            ("facility", facility.into()),
        ];
        let (office, page) = (&office, &page);
        async move { office.post_form(page, &form.each_ref().map(|(k, v)| (*k, v.as_str()))).await }
    };
    let open = |app: &TestApp| {
        let platform = app.store.platform().clone();
        async move { platform.invitations_in("steinfurt").await.unwrap().len() }
    };
    for (email, facility, says) in [
        ("mehmet.yilmaz@", SONNENSCHEIN, "keine gültige E-Mail-Adresse"),
        ("mehmet yilmaz@yilmaz-familie.example", SONNENSCHEIN, "keine gültige E-Mail-Adresse"),
        ("mehmet.yilmaz@yilmaz-familie.example", "", "Einrichtung"),
    ] {
        let res = invite(email, facility).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{email}");
        let html = res.text().await.unwrap();
        assert!(html.contains(says) && html.contains("aria-invalid=\"true\""), "{email}: {html}");
    }
    assert_eq!(open(&app).await, 0, "a refused invitation stores nothing");

    let res = invite("Mehmet.Yilmaz@yilmaz-familie.example", SONNENSCHEIN).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(to.starts_with("/steinfurt/amt/rollen?eingeladen="), "{to}");
    let html = office.get(&format!("{}{to}", app.addr)).await.text().await.unwrap();
    assert!(html.contains("Eingeladen: mehmet.yilmaz@yilmaz-familie.example als Leitung einer Kita."), "{html}");
    assert!(
        html.contains("Offene Einladungen") && html.contains("Kita Sonnenschein"),
        "the open invitation is listed: {html}"
    );
    assert_eq!(invite("mehmet.yilmaz@yilmaz-familie.example", SONNENSCHEIN).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(open(&app).await, 1, "inviting again renews the one invitation");

    // The e-mail goes out through the municipality's outbox to a real SMTP server, once.
    let smtp = step_e2e::SmtpSink::start(step_e2e::SmtpSink::free_port());
    let d = step_mail::deliver_once(&app.store, &app.tenants, &crate::mail::mailer(smtp.port), 100).await.unwrap();
    assert_eq!((d.sent, d.failed), (2, 0), "the first invitation and its renewal");
    let mail = smtp.messages().pop().unwrap();
    assert!(mail.contains("To: mehmet.yilmaz@yilmaz-familie.example"), "{mail}");
    assert!(mail.contains(&format!("{}/steinfurt/login", app.addr)), "the e-mail links the sign-in: {mail}");

    // Withdrawn before anyone used it: Nowak's invitation grants nothing.
    assert_eq!(invite("katarzyna.nowak@nowak.example", SONNENSCHEIN).await.status(), StatusCode::SEE_OTHER);
    let nowak_id = app
        .store
        .platform()
        .invitations_in("steinfurt")
        .await
        .unwrap()
        .iter()
        .find(|i| i.email.starts_with("katarzyna"))
        .unwrap()
        .id
        .to_string();
    let form = [("csrf", token.as_str()), ("action", "withdraw_invitation"), ("id", nowak_id.as_str())];
    assert_eq!(office.post_form(&page, &form).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(office.post_form(&page, &form).await.status(), StatusCode::NOT_FOUND, "already withdrawn");

    let waiting = format!("/api/v1/tenants/steinfurt/facilities/{SONNENSCHEIN}/waiting-list");
    let yilmaz = staff(&app, "eltern.yilmaz", "steinfurt").await;
    assert_eq!(
        api(&yilmaz, &app, Method::GET, &waiting, None).await.0,
        StatusCode::OK,
        "the role applies at first sign-in"
    );
    let nowak = staff(&app, "eltern.nowak", "steinfurt").await;
    assert_eq!(api(&nowak, &app, Method::GET, &waiting, None).await.0, StatusCode::FORBIDDEN);
    assert_eq!(open(&app).await, 0, "used and withdrawn invitations are no longer open");
    let html = office.get(&page).await.text().await.unwrap();
    assert!(
        html.contains("Mehmet Yılmaz (mehmet.yilmaz@yilmaz-familie.example)") && !html.contains("Offene Einladungen"),
        "{html}"
    );
    let mut db = app.db().await;
    let actions: Vec<String> =
        sqlx::query_scalar("select action from t_steinfurt.audit_log where action like '%invit%' order by id")
            .fetch_all(&mut db)
            .await
            .unwrap();
    assert_eq!(
        actions,
        ["role_invited", "role_invited", "role_invited", "invitation_withdrawn", "invitation_accepted"]
    );
    app.cleanup().await;
}

/// Issue 19.8: a revocation on one replica applies on another at once (NOTIFY in the transaction
/// that revokes), not after the 15 s poll; grant and revocation are in the platform's ledger.
#[tokio::test]
async fn a_revocation_reaches_every_replica_at_once_and_is_recorded() {
    let mut app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let replica = app.spawn_replica().await;
    let b = staff(&app, "eltern.mueller", "steinfurt").await;
    let grant = mueller_leads_sonnenschein(&app).await;
    let account = grant.account_id;
    let on_replica = format!("{replica}/api/v1/tenants/steinfurt/facilities/{SONNENSCHEIN}/waiting-list");
    let status_there = || async { b.json(Method::GET, &on_replica, None).await.0 };
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    app.store.platform().grant_role(&grant, "test").await.unwrap();
    let within = |want: StatusCode| async move {
        let started = std::time::Instant::now();
        while started.elapsed() < std::time::Duration::from_secs(3) {
            if status_there().await == want {
                return started.elapsed();
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("the replica did not answer {want} within 3 s (the poll runs every 15 s)");
    };
    within(StatusCode::OK).await;
    app.store.platform().revoke_role(&grant, "test").await.unwrap();
    within(StatusCode::FORBIDDEN).await;
    let mut db = app.db().await;
    let ledger: Vec<(String, String)> =
        sqlx::query_as("select action, changed_by from platform.role_changes where account_id = $1 order by id")
            .bind(account)
            .fetch_all(&mut db)
            .await
            .unwrap();
    let expected: Vec<(String, String)> = vec![("granted".into(), "test".into()), ("revoked".into(), "test".into())];
    assert_eq!(ledger.into_iter().filter(|(_, by)| by == "test").collect::<Vec<_>>(), expected);
    app.cleanup().await;
}

/// The role that makes eltern.mueller (the provider's subject) the lead of Kita Sonnenschein.
async fn mueller_leads_sonnenschein(app: &TestApp) -> step_store::RoleAssignment {
    let account = app
        .store
        .platform()
        .account_for_identity(step_e2e::dev_idp(), "ea44670b-ce00-4af2-ae93-9cfe3499e461")
        .await
        .unwrap();
    step_store::RoleAssignment {
        account_id: account,
        role: "facility_lead".into(),
        domain: "steinfurt".into(),
        scope: SONNENSCHEIN.into(),
    }
}
