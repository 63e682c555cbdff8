//! The UN travel rules, end to end: nights of the authorised travel period, local
//! travellers, each night at the rate in force that night, the reduction after 60 nights,
//! an officer's authorisation of extra nights (audited, on the letter), rounding once.

use axum::http::StatusCode;
use chrono::Duration;
use grantdesk::clock::Clock;
use serde_json::{Value, json};

use crate::support::{Actor, TestApp, spawn_app, spawn_app_with};

struct Scene {
    officer: Actor,
    member: Actor,
    organisation: String,
}

async fn scene(app: &TestApp) -> Scene {
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    Scene {
        officer,
        member,
        organisation,
    }
}

/// An open event: `changes` are merged into a USD conference in Vienna, 1-3 March 2027.
async fn open_event(app: &TestApp, scene: &Scene, changes: Value) -> String {
    let mut body = json!({
        "name": "Regional conference", "city": "Vienna", "country": "AT",
        "starts_on": "2027-03-01", "ends_on": "2027-03-03",
        "request_deadline": app.clock.now() + Duration::days(30),
        "currency": "USD", "sponsorship_budget": "100000.00",
        "exchange_rates": {"EUR": "1.08"},
    });
    for (key, value) in changes.as_object().expect("an object") {
        body[key] = value.clone();
    }
    let created = app.post("/events", &scene.officer.token, body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let id = created.id();
    let published = app
        .post_empty(&format!("/events/{id}/publish"), &scene.officer.token)
        .await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    id
}

/// Asks for a traveller from `origin` (city, country) staying `stay` (arrival, departure)
/// with a USD airfare.
async fn ask(
    app: &TestApp,
    scene: &Scene,
    event: &str,
    (city, country): (&str, &str),
    stay: (&str, &str),
    airfare: &str,
) -> crate::support::Answer {
    app.post(
        &format!("/events/{event}/sponsorship-requests"),
        &scene.member.token,
        json!({
            "organisation_id": scene.organisation,
            "traveller": {"full_name": format!("Traveller from {city} {country} {}", stay.0), "gender": "female",
                "age_band": "25-34", "role": "Director", "nationality": country,
                "passport_name": "TRAVELLER ONE", "passport_number": "P1234567",
                "date_of_birth": "1988-01-31", "passport_expiry": "2033-01-31"},
            "origin_city": city, "origin_country": country,
            "airfare_estimate": airfare, "airfare_currency": "USD",
            "arrival_on": stay.0, "departure_on": stay.1,
        }),
    )
    .await
}

fn groups(entitlement: &Value) -> Vec<(i64, String, i64)> {
    entitlement["dsa_nights"]
        .as_array()
        .expect("dsa_nights")
        .iter()
        .map(|group| {
            (
                group["nights"].as_i64().expect("nights"),
                group["rate"].as_str().expect("rate").to_owned(),
                group["percent"].as_i64().expect("percent"),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_local_traveller_gets_no_dsa_nor_terminal_expenses_and_may_have_no_airfare() {
    let app = spawn_app().await;
    let scene = scene(&app).await;
    let event = open_event(&app, &scene, json!({"local_area": ["Mödling"]})).await;
    // (origin, airfare, total, local)
    let cases = [
        (("vienna ", "AT"), "0.00", "0.00", true),
        (("Modling", "AT"), "12.50", "12.50", true),
        // 4 nights x 368 + 4 x 38 + 450 = 1472 + 152 + 450
        (("Graz", "AT"), "450.00", "2074.00", false),
        (("Vienna", "DE"), "450.00", "2074.00", false),
    ];
    for (origin, airfare, total, local) in cases {
        let asked = ask(&app, &scene, &event, origin, ("2027-02-28", "2027-03-04"), airfare).await;
        assert_eq!(asked.status, StatusCode::CREATED, "{origin:?}: {}", asked.text);
        let entitlement = &asked.body["entitlement"];
        assert_eq!(entitlement["total"], total, "{origin:?}");
        assert_eq!(entitlement["local"], local, "{origin:?}");
        if local {
            assert_eq!(
                (&entitlement["dsa"], &entitlement["terminal_expenses"]),
                (&json!("0.00"), &json!("0.00"))
            );
        }
    }
    let far = ask(
        &app,
        &scene,
        &event,
        ("Nairobi", "KE"),
        ("2027-02-28", "2027-03-03"),
        "0.00",
    )
    .await;
    assert_eq!(
        far.failing_fields(),
        vec!["airfare_estimate"],
        "only a local traveller flies for nothing"
    );
}

#[tokio::test]
async fn nights_outside_the_authorised_period_are_paid_only_with_an_officers_reason() {
    let app = spawn_app().await;
    let scene = scene(&app).await;
    let event = open_event(&app, &scene, json!({})).await;
    // The period runs from 28 February (the eve) to 4 March; arriving on 26 February adds
    // two nights: 6 nights, 4 paid: 4 x 368 + 152 + 450 = 2074.00.
    let asked = ask(
        &app,
        &scene,
        &event,
        ("Nairobi", "KE"),
        ("2027-02-26", "2027-03-04"),
        "450.00",
    )
    .await;
    assert_eq!(asked.status, StatusCode::CREATED, "{}", asked.text);
    let id = asked.id();
    let entitlement = &asked.body["entitlement"];
    assert_eq!(
        (
            &entitlement["nights"],
            &entitlement["unpaid_nights"],
            &entitlement["total"]
        ),
        (&json!(4), &json!(2), &json!("2074.00"))
    );
    let decision =
        |outcome: &str, extra: Value| json!({"outcome": outcome, "reason": "Selected.", "extra_nights_reason": extra});
    let url = format!("/sponsorship-requests/{id}/decision");
    let rejected = app
        .post(
            &url,
            &scene.officer.token,
            decision("rejected", json!("Visa interview.")),
        )
        .await;
    assert_eq!(
        rejected.failing_fields(),
        vec!["extra_nights_reason"],
        "{}",
        rejected.text
    );
    let blank = app
        .post(&url, &scene.officer.token, decision("approved", json!("  ")))
        .await;
    assert_eq!(blank.failing_fields(), vec!["extra_nights_reason"]);

    let reason = "The only flight from Nairobi leaves on Friday.";
    let approved = app
        .post(&url, &scene.officer.token, decision("approved", json!(reason)))
        .await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.text);
    // 6 x 368 = 2208; + 152 + 450
    let entitlement = &approved.body["entitlement"];
    assert_eq!(entitlement["total"], "2810.00");
    assert_eq!(
        (&entitlement["extra_nights"], &entitlement["extra_nights_reason"]),
        (&json!(2), &json!(reason))
    );
    assert_eq!(groups(entitlement), vec![(6, "368".to_owned(), 100)]);
    let audit = app.get(&format!("/audit?subject_id={id}"), &scene.officer.token).await;
    assert!(
        audit.text.contains(reason),
        "the authorisation is audited: {}",
        audit.text
    );

    let letter = app
        .get(&format!("/sponsorship-requests/{id}/letter.pdf"), &scene.member.token)
        .await;
    assert_eq!(letter.status, StatusCode::OK, "{}", letter.text);
    let text = crate::letters::pdf_text(&letter.bytes);
    for expected in [
        "6 nights at 368.00 USD",
        "2 nights beyond the authorised travel period",
        reason,
        "2,810.00",
    ] {
        assert!(
            text.contains(&crate::letters::compact(expected)),
            "`{expected}` in {text}"
        );
    }

    let inside = ask(
        &app,
        &scene,
        &event,
        ("Dakar", "SN"),
        ("2027-02-28", "2027-03-04"),
        "450.00",
    )
    .await;
    let nothing = app
        .post(
            &format!("/sponsorship-requests/{}/decision", inside.id()),
            &scene.officer.token,
            decision("approved", json!(reason)),
        )
        .await;
    assert_eq!(
        nothing.failing_fields(),
        vec!["extra_nights_reason"],
        "nothing to authorise"
    );
}

#[tokio::test]
async fn the_office_sets_the_travel_period_of_an_event() {
    let app = spawn_app().await;
    let scene = scene(&app).await;
    let event = open_event(&app, &scene, json!({"travel_days_before": 3, "travel_days_after": 0})).await;
    let shown = app.get(&format!("/events/{event}"), &scene.officer.token).await;
    assert_eq!(
        (&shown.body["travel_days_before"], &shown.body["travel_days_after"]),
        (&json!(3), &json!(0))
    );
    // 26 February to 4 March: the nights from 26 February through 2 March are paid, 3 March is not.
    let asked = ask(
        &app,
        &scene,
        &event,
        ("Nairobi", "KE"),
        ("2027-02-26", "2027-03-04"),
        "450.00",
    )
    .await;
    let entitlement = &asked.body["entitlement"];
    assert_eq!(
        (&entitlement["nights"], &entitlement["unpaid_nights"]),
        (&json!(5), &json!(1)),
        "{}",
        asked.text
    );
    let refused = app
        .post("/events", &scene.officer.token, json!({
            "name": "Too long", "city": "Vienna", "country": "AT", "starts_on": "2027-03-01", "ends_on": "2027-03-03",
            "request_deadline": app.clock.now() + Duration::days(30), "currency": "USD",
            "sponsorship_budget": "1000.00", "travel_days_before": 8, "travel_days_after": -1, "local_area": [" "],
        }))
        .await;
    let mut fields = refused.failing_fields();
    fields.sort();
    assert_eq!(
        fields,
        vec!["local_area[0]", "travel_days_after", "travel_days_before"],
        "{}",
        refused.text
    );
}

#[tokio::test]
async fn each_night_is_paid_at_the_rate_in_force_that_night() {
    // A DSA circular raises Geneva's rate from 454 to 480 USD on 11 March 2027.
    let fixtures = tempfile::tempdir().expect("folder");
    let source = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    copy_folder(std::path::Path::new(source), fixtures.path());
    let table = fixtures.path().join("dsa-rates.csv");
    let rows = std::fs::read_to_string(&table).expect("table") + "CH,Geneva,2027-03-11,USD,480\n";
    std::fs::write(&table, rows).expect("written");
    let folder = fixtures.path().to_str().expect("a path");
    let app = spawn_app_with(&[("GRANTDESK_FIXTURES", folder)]).await;
    let scene = scene(&app).await;
    let changes = json!({"city": "Geneva", "country": "CH", "starts_on": "2027-03-10", "ends_on": "2027-03-12"});
    let event = open_event(&app, &scene, changes).await;
    let asked = ask(
        &app,
        &scene,
        &event,
        ("Dakar", "SN"),
        ("2027-03-09", "2027-03-13"),
        "500.00",
    )
    .await;
    assert_eq!(asked.status, StatusCode::CREATED, "{}", asked.text);
    // 2 x 454 + 2 x 480 = 1868; + 152 + 500. One rate for the stay would pay 4 x 454 = 1816.
    let entitlement = &asked.body["entitlement"];
    assert_eq!(entitlement["total"], "2520.00");
    assert_eq!(
        groups(entitlement),
        vec![(2, "454".to_owned(), 100), (2, "480".to_owned(), 100)]
    );
}

#[tokio::test]
async fn after_sixty_nights_the_dsa_is_paid_at_seventy_five_percent() {
    let app = spawn_app().await;
    let scene = scene(&app).await;
    let changes = json!({"starts_on": "2027-01-01", "ends_on": "2027-03-01",
        "dsa_rate": "100.00", "dsa_override_reason": "A residential course at a negotiated rate."});
    let event = open_event(&app, &scene, changes).await;
    let asked = ask(
        &app,
        &scene,
        &event,
        ("Nairobi", "KE"),
        ("2026-12-31", "2027-03-02"),
        "500.00",
    )
    .await;
    assert_eq!(asked.status, StatusCode::CREATED, "{}", asked.text);
    // 60 x 100 + 1 x 75 = 6075; + 152 + 500
    let entitlement = &asked.body["entitlement"];
    assert_eq!(entitlement["total"], "6727.00");
    assert_eq!(
        groups(entitlement),
        vec![(60, "100".to_owned(), 100), (1, "100".to_owned(), 75)]
    );
}

#[tokio::test]
async fn the_entitlement_is_computed_exactly_and_rounded_once() {
    let app = spawn_app().await;
    let scene = scene(&app).await;
    // In EUR at 0.9215 per USD: 368 USD is 339.112 a night and 38 USD 35.017 an end.
    let changes = json!({"currency": "EUR", "exchange_rates": {"USD": "0.9215"}});
    let event = open_event(&app, &scene, changes).await;
    let asked = ask(
        &app,
        &scene,
        &event,
        ("Nairobi", "KE"),
        ("2027-03-01", "2027-03-04"),
        "664.57",
    )
    .await;
    assert_eq!(asked.status, StatusCode::CREATED, "{}", asked.text);
    // 3 x 339.112 + 4 x 35.017 + 612.401255 = 1769.805255 -> 1769.81
    assert_eq!(asked.body["entitlement"]["total"], "1769.81");
    let exact = ask(
        &app,
        &scene,
        &event,
        ("Dakar", "SN"),
        ("2027-03-01", "2027-03-04"),
        "664.5",
    )
    .await;
    // 3 x 339.112 + 4 x 35.017 + 612.33675 = 1769.74075 -> 1769.74; rounding the rate and the
    // terminal expense first would give 1017.33 + 140.08 + 612.33675 = 1769.74675 -> 1769.75.
    assert_eq!(exact.body["entitlement"]["total"], "1769.74", "{}", exact.text);
}

#[tokio::test]
async fn an_exchange_rate_has_at_most_ten_decimals_and_a_missing_one_is_reported_once() {
    let app = spawn_app().await;
    let scene = scene(&app).await;
    let event = |rates: Value| {
        json!({"name": "Rates", "city": "Vienna", "country": "AT", "starts_on": "2027-03-01", "ends_on": "2027-03-03",
            "request_deadline": app.clock.now() + Duration::days(30), "currency": "EUR",
            "sponsorship_budget": "1000.00", "exchange_rates": rates})
    };
    let fine = app
        .post("/events", &scene.officer.token, event(json!({"USD": "0.9215000001"})))
        .await;
    assert_eq!(fine.status, StatusCode::CREATED, "{}", fine.text);
    let precise = app
        .post("/events", &scene.officer.token, event(json!({"USD": "0.92150000001"})))
        .await;
    assert_eq!(precise.failing_fields(), vec!["exchange_rates.USD"], "{}", precise.text);
    // The DSA (in USD) and the terminal expenses (in USD) both need the missing rate.
    let missing = app.post("/events", &scene.officer.token, event(json!({}))).await;
    assert_eq!(missing.failing_fields(), vec!["exchange_rates"], "{}", missing.text);
}

/// Copies a folder and everything under it.
fn copy_folder(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("folder created");
    for entry in std::fs::read_dir(from).expect("folder read") {
        let path = entry.expect("an entry").path();
        let target = to.join(path.file_name().expect("named"));
        if path.is_dir() {
            copy_folder(&path, &target);
        } else {
            std::fs::copy(&path, target).expect("copied");
        }
    }
}
