//! Events and travel sponsorship: DSA from the table, computed entitlements, the budget
//! under concurrent approvals, the waitlist, representation, and who may do what.

use axum::http::StatusCode;
use chrono::Duration;
use grantdesk::clock::Clock;
use serde_json::{Value, json};

use crate::support::{Actor, TestApp, spawn_app};

/// A Vienna conference in EUR, 1-3 March 2027, with the USD rate 0.9215.
fn vienna(app: &TestApp, budget: &str) -> Value {
    json!({
        "name": "Regional conference on preventing violent extremism",
        "city": "Vienna", "country": "AT", "venue": "Vienna International Centre",
        "starts_on": "2027-03-01", "ends_on": "2027-03-03",
        "request_deadline": app.clock.now() + Duration::days(30),
        "currency": "EUR", "sponsorship_budget": budget,
        "exchange_rates": {"USD": "0.9215"},
    })
}

fn traveller(name: &str, gender: &str, age_band: &str, organisation: &str) -> Value {
    json!({
        "organisation_id": organisation,
        "traveller": {"full_name": name, "gender": gender, "age_band": age_band, "role": "Programme lead", "nationality": "KE"},
        "origin_city": "Nairobi", "origin_country": "KE",
        "airfare_estimate": "664.57", "airfare_currency": "USD",
        "arrival_on": "2027-03-01", "departure_on": "2027-03-04",
    })
}

struct Event {
    officer: Actor,
    member: Actor,
    organisation: String,
    id: String,
}

async fn open_event(app: &TestApp, budget: &str) -> Event {
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let created = app.post("/events", &officer.token, vienna(app, budget)).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let id = created.id();
    let published = app.post_empty(&format!("/events/{id}/publish"), &officer.token).await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    Event {
        officer,
        member,
        organisation,
        id,
    }
}

async fn request(app: &TestApp, event: &Event, name: &str, gender: &str, age_band: &str) -> String {
    let answer = app
        .post(
            &format!("/events/{}/sponsorship-requests", event.id),
            &event.member.token,
            traveller(name, gender, age_band, &event.organisation),
        )
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text);
    answer.id()
}

async fn decide(app: &TestApp, event: &Event, request: &str, outcome: &str) -> crate::support::Answer {
    app.post(
        &format!("/sponsorship-requests/{request}/decision"),
        &event.officer.token,
        json!({"outcome": outcome, "reason": "Decided on the selection criteria."}),
    )
    .await
}

#[tokio::test]
async fn the_dsa_comes_from_the_table_and_the_entitlement_is_computed() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let shown = app.get(&format!("/events/{}", event.id), "").await;
    // Vienna from 1 Aug 2026: 368 USD x 0.9215 = 339.112 -> 339.11 EUR; 38 USD -> 35.02 EUR.
    assert_eq!(shown.body["dsa_rate"], "339.11");
    assert_eq!(shown.body["dsa_source"], "table");
    assert_eq!(shown.body["terminal_expense"], "35.02");

    let id = request(&app, &event, "Aïcha Ben Salah", "female", "25-34").await;
    let answer = app
        .get(&format!("/sponsorship-requests/{id}"), &event.member.token)
        .await;
    let entitlement = &answer.body["entitlement"];
    // 3 nights x 339.11 = 1017.33; 4 x 35.02 = 140.08; 664.57 USD x 0.9215 = 612.401255;
    // 1769.811255 -> 1769.81 EUR.
    assert_eq!(entitlement["nights"], 3);
    assert_eq!(entitlement["dsa"], "1017.33");
    assert_eq!(entitlement["terminal_expenses"], "140.08");
    assert_eq!(entitlement["airfare"], "612.40");
    assert_eq!(entitlement["total"], "1769.81");

    let before = app.snapshot().await;
    let twice = app
        .post(
            &format!("/events/{}/sponsorship-requests", event.id),
            &event.member.token,
            traveller("aicha  BEN-SALAH", "female", "25-34", &event.organisation),
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT, "{}", twice.text);
    assert_eq!(twice.problem_type(), "duplicate-traveller");
    let mut backwards = traveller("Omar Haddad", "male", "35-49", &event.organisation);
    backwards["departure_on"] = json!("2027-02-27");
    let refused = app
        .post(
            &format!("/events/{}/sponsorship-requests", event.id),
            &event.member.token,
            backwards,
        )
        .await;
    assert!(
        refused.failing_fields().contains(&"departure_on".to_owned()),
        "{}",
        refused.text
    );
    let mut yen = traveller("Omar Haddad", "male", "35-49", &event.organisation);
    yen["airfare_currency"] = json!("JPY");
    yen["airfare_estimate"] = json!("98000");
    let no_rate = app
        .post(
            &format!("/events/{}/sponsorship-requests", event.id),
            &event.member.token,
            yen,
        )
        .await;
    assert_eq!(no_rate.failing_fields(), vec!["airfare_currency"]);
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn a_city_missing_from_the_table_needs_an_officer_rate_with_a_reason() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let mut body = vienna(&app, "1000.00");
    body["city"] = json!("Graz");
    let missing = app.post("/events", &officer.token, body.clone()).await;
    assert_eq!(missing.failing_fields(), vec!["dsa_rate"]);
    body["dsa_rate"] = json!("300.00");
    let reasonless = app.post("/events", &officer.token, body.clone()).await;
    assert_eq!(reasonless.failing_fields(), vec!["dsa_override_reason"]);
    body["dsa_override_reason"] = json!("Graz is not in the ICSC table; Vienna's rate less 10 %.");
    let created = app.post("/events", &officer.token, body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    assert_eq!(created.body["dsa_source"], "override");
    assert_eq!(created.body["dsa_rate"], "300.00");
    let draft = app.get(&format!("/events/{}", created.id()), "").await;
    assert_eq!(draft.status, StatusCode::NOT_FOUND, "a draft is for officers");
}

#[tokio::test]
async fn approvals_stay_within_the_budget_and_the_waitlist_moves_up() {
    let app = spawn_app().await;
    // Room for two entitlements of 1769.81, not three.
    let event = open_event(&app, "3600.00").await;
    let first = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let second = request(&app, &event, "Brian Otieno", "male", "18-24").await;
    let third = request(&app, &event, "Chebet Kiprop", "female", "35-49").await;
    assert_eq!(decide(&app, &event, &first, "approved").await.status, StatusCode::OK);
    assert_eq!(decide(&app, &event, &second, "approved").await.status, StatusCode::OK);
    let over = decide(&app, &event, &third, "approved").await;
    assert_eq!(over.status, StatusCode::CONFLICT, "{}", over.text);
    assert_eq!(over.problem_type(), "budget-exceeded");
    let waitlisted = decide(&app, &event, &third, "waitlisted").await;
    assert_eq!(waitlisted.body["status"], "waitlisted");

    let cancelled = app
        .post(
            &format!("/sponsorship-requests/{first}/cancel"),
            &event.member.token,
            json!({"reason": "Visa refused."}),
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.text);
    let promoted = app
        .get(&format!("/sponsorship-requests/{third}"), &event.member.token)
        .await;
    assert_eq!(promoted.body["status"], "approved", "the waitlist moves up");
    assert_eq!(app.audit_actions(&third).await[0], "sponsorship.promoted");
}

#[tokio::test]
async fn concurrent_approvals_never_overspend_the_event() {
    let app = spawn_app().await;
    let event = open_event(&app, "2000.00").await;
    let one = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let two = request(&app, &event, "Brian Otieno", "male", "18-24").await;
    let (a, b) = tokio::join!(
        decide(&app, &event, &one, "approved"),
        decide(&app, &event, &two, "approved")
    );
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::CONFLICT]);
}

#[tokio::test]
async fn representation_counts_requests_and_approved_travellers_against_the_targets() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let women = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let men = [
        request(&app, &event, "Brian Otieno", "male", "35-49").await,
        request(&app, &event, "David Mwangi", "male", "50+").await,
    ];
    request(&app, &event, "Esther Njeri", "female", "18-24").await;
    for id in [&women, &men[0], &men[1]] {
        assert_eq!(decide(&app, &event, id, "approved").await.status, StatusCode::OK);
    }
    let report = app
        .get(&format!("/events/{}/representation", event.id), &event.officer.token)
        .await;
    assert_eq!(report.status, StatusCode::OK, "{}", report.text);
    assert_eq!(report.body["requests"]["total"], 4);
    assert_eq!(report.body["requests"]["by"]["gender"]["female"]["count"], 2);
    assert_eq!(report.body["approved"]["total"], 3);
    assert_eq!(report.body["approved"]["by"]["gender"]["female"]["share"], "0.3333");
    assert_eq!(report.body["approved"]["by"]["region"]["Africa"]["count"], 3);
    let warnings: Vec<String> = report.body["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .map(|warning| warning.as_str().unwrap_or_default().to_owned())
        .collect();
    assert!(
        warnings.iter().any(|warning| warning.contains("women are 33.33%")),
        "{warnings:?}"
    );
    assert!(
        warnings.iter().any(|warning| warning.contains("Africa has 100%")),
        "{warnings:?}"
    );
    assert!(
        !warnings.iter().any(|warning| warning.contains("18-34")),
        "one in three is young: {warnings:?}"
    );

    let csv = app
        .get(
            &format!("/events/{}/representation?format=csv", event.id),
            &event.officer.token,
        )
        .await;
    let mut reader = csv::Reader::from_reader(csv.text.as_bytes());
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|record| record.expect("row").iter().map(str::to_owned).collect())
        .collect();
    assert!(rows.contains(&vec![
        "approved".to_owned(),
        "age_band".to_owned(),
        "50+".to_owned(),
        "1".to_owned(),
        "0.3333".to_owned()
    ]));
}

#[tokio::test]
async fn sponsorship_endpoints_refuse_the_wrong_role_and_the_wrong_organisation() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let id = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let outsider = app.applicant().await;
    app.organisation(&outsider).await;
    let reviewer = app.reviewer().await;
    let before = app.snapshot().await;

    let create = app.post("/events", &event.member.token, vienna(&app, "10.00")).await;
    assert_eq!(create.status, StatusCode::FORBIDDEN);
    let foreign = app
        .post(
            &format!("/events/{}/sponsorship-requests", event.id),
            &outsider.token,
            traveller("Someone Else", "male", "25-34", &event.organisation),
        )
        .await;
    assert_eq!(
        foreign.status,
        StatusCode::FORBIDDEN,
        "not a member of that organisation"
    );
    for actor in [&outsider, &reviewer] {
        let read = app.get(&format!("/sponsorship-requests/{id}"), &actor.token).await;
        assert_eq!(read.status, StatusCode::NOT_FOUND, "{}", actor.email);
        let cancel = app
            .post(
                &format!("/sponsorship-requests/{id}/cancel"),
                &actor.token,
                json!({"reason": "x"}),
            )
            .await;
        assert_eq!(cancel.status, StatusCode::NOT_FOUND);
    }
    for actor in [&event.member, &reviewer] {
        let decision = app
            .post(
                &format!("/sponsorship-requests/{id}/decision"),
                &actor.token,
                json!({"outcome": "approved", "reason": "x"}),
            )
            .await;
        assert_eq!(decision.status, StatusCode::FORBIDDEN);
        let representation = app
            .get(&format!("/events/{}/representation", event.id), &actor.token)
            .await;
        assert_eq!(representation.status, StatusCode::FORBIDDEN);
        let publish = app
            .post_empty(&format!("/events/{}/close", event.id), &actor.token)
            .await;
        assert_eq!(publish.status, StatusCode::FORBIDDEN);
    }
    let theirs = app
        .get(&format!("/events/{}/sponsorship-requests", event.id), &outsider.token)
        .await;
    assert_eq!(theirs.body, json!([]), "another organisation's requests stay hidden");
    assert_eq!(app.snapshot().await, before, "nothing changed");
}
