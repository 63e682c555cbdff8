//! Events and travel sponsorship: DSA from the table, computed entitlements, the budget
//! under concurrent approvals, the waitlist, representation, and who may do what.

use axum::http::StatusCode;
use chrono::Duration;
use grantdesk::clock::Clock;
use serde_json::{Value, json};

use crate::support::{Actor, TestApp, spawn_app};

/// A Vienna conference in EUR, 1-3 March 2027, with the USD rate 0.9215.
pub(crate) fn vienna(app: &TestApp, budget: &str) -> Value {
    json!({
        "name": "Regional conference on preventing violent extremism",
        "city": "Vienna", "country": "AT", "venue": "Vienna International Centre",
        "starts_on": "2027-03-01", "ends_on": "2027-03-03",
        "request_deadline": app.clock.now() + Duration::days(30),
        "currency": "EUR", "sponsorship_budget": budget,
        "exchange_rates": {"USD": "0.9215"},
    })
}

pub(crate) fn traveller(name: &str, gender: &str, age_band: &str, organisation: &str) -> Value {
    json!({
        "organisation_id": organisation,
        "traveller": {
            "full_name": name, "gender": gender, "age_band": age_band, "role": "Programme lead", "nationality": "KE",
            "passport_name": "WANJIRU AMINA", "passport_number": "AK0123456",
            "date_of_birth": "1994-07-21", "passport_expiry": "2031-05-30",
        },
        "origin_city": "Nairobi", "origin_country": "KE",
        "airfare_estimate": "664.57", "airfare_currency": "USD",
        "arrival_on": "2027-03-01", "departure_on": "2027-03-04",
    })
}

pub(crate) struct Event {
    pub(crate) officer: Actor,
    pub(crate) member: Actor,
    pub(crate) organisation: String,
    pub(crate) id: String,
}

pub(crate) async fn open_event(app: &TestApp, budget: &str) -> Event {
    let member = app.applicant().await;
    open_event_of(app, budget, member).await
}

/// An open event, and an organisation of `member` to request sponsorship for.
pub(crate) async fn open_event_of(app: &TestApp, budget: &str, member: Actor) -> Event {
    let officer = app.officer().await;
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

pub(crate) async fn request(app: &TestApp, event: &Event, name: &str, gender: &str, age_band: &str) -> String {
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

pub(crate) async fn decide(app: &TestApp, event: &Event, request: &str, outcome: &str) -> crate::support::Answer {
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
    // 3 nights x 339.112 (368 USD) = 1017.336; 4 x 35.017 (38 USD) = 140.068; 664.57 USD x
    // 0.9215 = 612.401255; 1769.805255 -> 1769.81 EUR, rounded once.
    assert_eq!(entitlement["nights"], 3);
    assert_eq!(entitlement["dsa"], "1017.34");
    assert_eq!(entitlement["terminal_expenses"], "140.07");
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
async fn an_exchange_rate_beyond_ten_whole_digits_is_refused_naming_it_and_nothing_is_created() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let before = app.snapshot().await;
    for rate in ["79228162514264337593543950335", "10000000000", "0", "-1"] {
        let mut body = vienna(&app, "1000.00");
        body["exchange_rates"] = json!({"USD": rate});
        let refused = app.post("/events", &officer.token, body).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{rate}: {}",
            refused.text
        );
        assert_eq!(refused.failing_fields(), vec!["exchange_rates.USD"], "{rate}");
    }
    assert_eq!(app.snapshot().await, before, "nothing created");
    let mut body = vienna(&app, "1000.00");
    body["exchange_rates"] = json!({"USD": "9999999999.5"});
    let largest = app.post("/events", &officer.token, body).await;
    assert_eq!(
        largest.status,
        StatusCode::CREATED,
        "ten whole digits are allowed: {}",
        largest.text
    );
}

/// An open event in USD whose EUR rate is the largest allowed, 1-3 March 2027.
async fn dear_euro_event(app: &TestApp) -> Event {
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let mut body = vienna(app, "50000.00");
    body["currency"] = json!("USD");
    body["exchange_rates"] = json!({"EUR": "9999999999"});
    let created = app.post("/events", &officer.token, body).await;
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

#[tokio::test]
async fn an_airfare_that_converts_beyond_storage_is_refused_naming_it_not_a_500() {
    let app = spawn_app().await;
    let event = dear_euro_event(&app).await;
    let before = app.snapshot().await;
    let mut body = traveller("Aïcha Ben Salah", "female", "25-34", &event.organisation);
    body["airfare_estimate"] = json!("900000000.00");
    body["airfare_currency"] = json!("EUR");
    let refused = app
        .post(
            &format!("/events/{}/sponsorship-requests", event.id),
            &event.member.token,
            body,
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert_eq!(refused.failing_fields(), vec!["airfare_estimate"]);
    assert_eq!(app.snapshot().await, before, "nothing created");
    let mut modest = traveller("Aïcha Ben Salah", "female", "25-34", &event.organisation);
    modest["airfare_estimate"] = json!("0.01");
    modest["airfare_currency"] = json!("EUR");
    let accepted = app
        .post(
            &format!("/events/{}/sponsorship-requests", event.id),
            &event.member.token,
            modest,
        )
        .await;
    assert_eq!(accepted.status, StatusCode::CREATED, "{}", accepted.text);
    let _ = &event.officer;
}

#[tokio::test]
async fn a_dsa_at_the_storage_limit_times_ten_nights_is_refused_naming_the_stay_not_a_500() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let mut body = vienna(&app, "50000.00");
    body["ends_on"] = json!("2027-03-10");
    body["dsa_rate"] = json!("922337203685477.00");
    body["dsa_override_reason"] = json!("Testing the largest rate storage holds.");
    let created = app.post("/events", &officer.token, body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let id = created.id();
    app.post_empty(&format!("/events/{id}/publish"), &officer.token).await;
    let before = app.snapshot().await;
    let mut stay = traveller("Omar Haddad", "male", "35-49", &organisation);
    stay["arrival_on"] = json!("2027-03-01");
    stay["departure_on"] = json!("2027-03-11");
    let refused = app
        .post(&format!("/events/{id}/sponsorship-requests"), &member.token, stay)
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert_eq!(refused.failing_fields(), vec!["departure_on"]);
    assert_eq!(app.snapshot().await, before, "nothing created");
}

#[tokio::test]
async fn an_event_lasts_at_most_sixty_days_and_a_stay_at_most_a_week_either_side() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let mut decade = vienna(&app, "50000.00");
    decade["ends_on"] = json!("2037-02-28");
    let before = app.snapshot().await;
    let refused = app.post("/events", &officer.token, decade).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert_eq!(refused.failing_fields(), vec!["ends_on"]);
    let mut sixty_one = vienna(&app, "50000.00");
    sixty_one["ends_on"] = json!("2027-04-30");
    let refused = app.post("/events", &officer.token, sixty_one).await;
    assert_eq!(refused.failing_fields(), vec!["ends_on"], "{}", refused.text);
    assert_eq!(app.snapshot().await, before, "nothing created");

    let mut sixty = vienna(&app, "50000.00");
    sixty["ends_on"] = json!("2027-04-29");
    let created = app.post("/events", &officer.token, sixty).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let id = created.id();
    app.post_empty(&format!("/events/{id}/publish"), &officer.token).await;
    let path = format!("/events/{id}/sponsorship-requests");
    let stay = |name: &str, arrival: &str, departure: &str| {
        let mut body = traveller(name, "female", "25-34", &organisation);
        body["arrival_on"] = json!(arrival);
        body["departure_on"] = json!(departure);
        body
    };
    let early = app
        .post(&path, &member.token, stay("Early Bird", "2027-02-21", "2027-03-05"))
        .await;
    assert_eq!(early.failing_fields(), vec!["arrival_on"], "{}", early.text);
    let late = app
        .post(&path, &member.token, stay("Late Owl", "2027-03-01", "2027-05-07"))
        .await;
    assert_eq!(late.failing_fields(), vec!["departure_on"], "{}", late.text);
    let longest = app
        .post(&path, &member.token, stay("Whole Stay", "2027-02-22", "2027-05-06"))
        .await;
    assert_eq!(longest.status, StatusCode::CREATED, "{}", longest.text);
    // 73 nights of stay: the 61 of the authorised travel period (the eve of the first day
    // through the last) are paid, 12 are not without an officer's authorisation.
    assert_eq!(longest.body["entitlement"]["nights"], 61);
    assert_eq!(longest.body["entitlement"]["unpaid_nights"], 12);
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
    assert_eq!(report.body["approved"]["by"]["gender"]["female"]["share"], "33.33");
    assert_eq!(
        report.body["approved"]["by"]["region"]["Sub-Saharan Africa"]["count"],
        3
    );
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
        warnings
            .iter()
            .any(|warning| warning.contains("Sub-Saharan Africa has 100%")),
        "{warnings:?}"
    );
    assert!(
        !warnings.iter().any(|warning| warning.contains("18-34")),
        "one in three is young: {warnings:?}"
    );
    let stricter = app
        .get(
            &format!(
                "/events/{}/representation?min_young=50&min_women=30&max_region=100",
                event.id
            ),
            &event.officer.token,
        )
        .await;
    assert_eq!(
        stricter.body["warnings"],
        json!(["travellers aged 18-34 are 33.33%, below the target of 50%"]),
        "{}",
        stricter.text
    );
    let nonsense = app
        .get(
            &format!("/events/{}/representation?min_women=140", event.id),
            &event.officer.token,
        )
        .await;
    assert_eq!(nonsense.failing_fields(), vec!["min_women"]);

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
        "33.33".to_owned()
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
    assert_eq!(
        theirs.body,
        json!({"items": []}),
        "another organisation's requests stay hidden"
    );
    assert_eq!(app.snapshot().await, before, "nothing changed");
}

/// An approved request for Amina (entitlement 1769.81 EUR, arrival 1 March 2027).
async fn approved(app: &TestApp, event: &Event) -> String {
    let id = request(app, event, "Amina Wanjiru", "female", "25-34").await;
    let decided = decide(app, event, &id, "approved").await;
    assert_eq!(decided.status, StatusCode::OK, "{}", decided.text);
    id
}

fn payment(amount: &str) -> Value {
    json!({"amount": amount, "currency": "EUR", "payee_reference": "KE-EQUITY-0123456789"})
}

/// Finance requests, a second finance user approves, the first pays; answers the disbursement.
pub(crate) async fn paid(app: &TestApp, finance: (&Actor, &Actor), sponsorship: &str, amount: &str) -> Value {
    let path = format!("/sponsorship-requests/{sponsorship}/disbursements");
    let requested = app
        .request_payment(finance.0, &path, &uuid::Uuid::new_v4().to_string(), payment(amount))
        .await;
    assert_eq!(requested.status, StatusCode::CREATED, "{}", requested.text);
    let id = requested.id();
    let approved = app
        .post_empty(&format!("/disbursements/{id}/approve"), &finance.1.token)
        .await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.text);
    let paid = app
        .post(
            &format!("/disbursements/{id}/pay"),
            &finance.0.token,
            json!({"paid_on": app.clock.now().date_naive(), "payment_reference": "BANK-REF-1"}),
        )
        .await;
    assert_eq!(paid.status, StatusCode::OK, "{}", paid.text);
    paid.body
}

/// Moves the clock to the last day of the Vienna conference and signs the actors in again.
async fn after_arrival(app: &TestApp, actors: &mut [&mut Actor]) {
    app.clock.set(
        chrono::DateTime::parse_from_rfc3339("2027-03-03T17:00:00Z")
            .expect("instant")
            .with_timezone(&chrono::Utc),
    );
    for actor in actors.iter_mut() {
        **actor = app.signed_in_again(actor).await;
    }
}

#[tokio::test]
async fn an_advance_then_the_balance_are_paid_with_four_eyes_and_reconciliation_reclaims_the_rest() {
    let app = spawn_app().await;
    let mut event = open_event(&app, "50000.00").await;
    let id = approved(&app, &event).await;
    let mut first = app.finance().await;
    let mut second = app.finance().await;
    let path = format!("/sponsorship-requests/{id}/disbursements");

    // 80 % of 1769.81 = 1415.848 -> 1415.85 EUR.
    let shown = app
        .get(&format!("/sponsorship-requests/{id}"), &event.member.token)
        .await;
    assert_eq!(shown.body["payments"]["advance"], "1415.85");
    assert_eq!(shown.body["payments"]["payable_now"], "advance");
    let too_much = app
        .request_payment(&first, &path, "advance-1", payment("1415.86"))
        .await;
    assert_eq!(too_much.status, StatusCode::CONFLICT, "{}", too_much.text);
    assert_eq!(too_much.problem_type(), "disbursement-ceiling");
    assert!(too_much.text.contains("1415.85 EUR"), "{}", too_much.text);

    let advance = app
        .request_payment(&first, &path, "advance-2", payment("1415.85"))
        .await;
    assert_eq!(advance.status, StatusCode::CREATED, "{}", advance.text);
    assert_eq!(advance.body["source_kind"], "sponsorship");
    assert_eq!(advance.body["sponsorship_id"], id.as_str());
    assert_eq!(advance.body["purpose"], "advance");
    let advance_id = advance.id();
    let own = app
        .post_empty(&format!("/disbursements/{advance_id}/approve"), &first.token)
        .await;
    assert_eq!(own.status, StatusCode::FORBIDDEN, "the requester never approves");
    let approved = app
        .post_empty(&format!("/disbursements/{advance_id}/approve"), &second.token)
        .await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.text);
    let paid_advance = app
        .post(
            &format!("/disbursements/{advance_id}/pay"),
            &first.token,
            json!({"paid_on": app.clock.now().date_naive(), "payment_reference": "BANK-ADV-1"}),
        )
        .await;
    assert_eq!(paid_advance.status, StatusCode::OK, "{}", paid_advance.text);
    let before_travel = app
        .request_payment(&first, &path, "balance-early", payment("0.01"))
        .await;
    assert_eq!(before_travel.status, StatusCode::CONFLICT, "no balance before travel");

    let early = app
        .post(
            &format!("/sponsorship-requests/{id}/travelled"),
            &event.officer.token,
            json!({"attendance_confirmed": true}),
        )
        .await;
    assert_eq!(early.status, StatusCode::CONFLICT, "{}", early.text);
    assert_eq!(early.problem_type(), "not-yet-travelled");
    after_arrival(
        &app,
        &mut [&mut event.officer, &mut event.member, &mut first, &mut second],
    )
    .await;
    let unconfirmed = app
        .post(
            &format!("/sponsorship-requests/{id}/travelled"),
            &event.officer.token,
            json!({"attendance_confirmed": false}),
        )
        .await;
    assert_eq!(unconfirmed.failing_fields(), vec!["attendance_confirmed"]);
    let travelled = app
        .post(
            &format!("/sponsorship-requests/{id}/travelled"),
            &event.officer.token,
            json!({"attendance_confirmed": true, "note": "Badge collected; signed the attendance sheet on both days."}),
        )
        .await;
    assert_eq!(travelled.status, StatusCode::OK, "{}", travelled.text);
    assert_eq!(travelled.body["status"], "travelled");
    assert_eq!(travelled.body["payments"]["payable_now"], "balance");
    assert_eq!(travelled.body["payments"]["available"], "353.96");

    let over = app.request_payment(&first, &path, "balance-1", payment("353.97")).await;
    assert_eq!(over.problem_type(), "disbursement-ceiling", "{}", over.text);
    let balance = paid(&app, (&first, &second), &id, "353.96").await;
    assert_eq!(balance["purpose"], "balance");
    assert_eq!(balance["status"], "paid");

    // The trip cost 1700.00: 69.81 EUR is due back.
    let reconciled = app
        .post(
            &format!("/sponsorship-requests/{id}/reconciliation"),
            &first.token,
            json!({"actual_costs": [
                {"item": "Airfare NBO-VIE-NBO (ticket and boarding passes)", "amount": "540.00"},
                {"item": "DSA 3 nights", "amount": "1017.33"},
                {"item": "Terminal expenses", "amount": "142.67"},
            ]}),
        )
        .await;
    assert_eq!(reconciled.status, StatusCode::OK, "{}", reconciled.text);
    assert_eq!(reconciled.body["status"], "reconciled");
    assert_eq!(reconciled.body["reconciliation"]["actual_total"], "1700.00");
    assert_eq!(reconciled.body["reconciliation"]["adjustment"], "-69.81");
    assert_eq!(reconciled.body["reclaim"]["amount"], "69.81");
    assert_eq!(reconciled.body["payments"]["paid"], "1769.81");
    assert_eq!(reconciled.body["payments"]["available"], "0.00");
    let more = app.request_payment(&first, &path, "after", payment("0.01")).await;
    assert_eq!(more.problem_type(), "disbursement-ceiling");

    let early = app
        .post(
            &format!("/sponsorship-requests/{id}/refund"),
            &second.token,
            json!({"received_on": "2027-03-02", "reference": "REFUND-KE-77"}),
        )
        .await;
    assert_eq!(early.failing_fields(), vec!["received_on"], "before the reconciliation");
    let refund = json!({"received_on": "2027-03-03", "reference": "REFUND-KE-77"});
    let refunded = app
        .post(
            &format!("/sponsorship-requests/{id}/refund"),
            &second.token,
            refund.clone(),
        )
        .await;
    assert_eq!(refunded.status, StatusCode::OK, "{}", refunded.text);
    assert_eq!(refunded.body["reclaim"]["refund_reference"], "REFUND-KE-77");
    let again = app
        .post(&format!("/sponsorship-requests/{id}/refund"), &second.token, refund)
        .await;
    assert_eq!(again.problem_type(), "refund-recorded");

    let listed = app
        .get(
            &format!("/sponsorship-requests/{id}/disbursements?count=true"),
            &event.member.token,
        )
        .await;
    assert_eq!(listed.body["total"], 2, "the organisation sees its payments");
    let report = app.get("/reports/disbursements?group_by=call", &first.token).await;
    let groups = report.body["totals"].as_array().cloned().unwrap_or_default();
    let travel = groups
        .iter()
        .find(|group| group["label"] == "Travel sponsorship: Regional conference on preventing violent extremism")
        .unwrap_or_else(|| panic!("the event's payments in the report: {}", report.text));
    assert_eq!(travel["amounts"]["paid"], "1769.81");
    let actions = app.audit_actions(&id).await;
    for action in [
        "sponsorship.travelled",
        "sponsorship.reconciled",
        "sponsorship.refund_received",
    ] {
        assert!(actions.contains(&action.to_owned()), "{action} in {actions:?}");
    }
}

#[tokio::test]
async fn reconciliation_pays_the_difference_and_costs_above_the_entitlement_need_a_reason_and_room() {
    let app = spawn_app().await;
    // Room for one entitlement of 1769.81 plus 30.19.
    let mut event = open_event(&app, "1800.00").await;
    let id = approved(&app, &event).await;
    let mut first = app.finance().await;
    let mut second = app.finance().await;
    paid(&app, (&first, &second), &id, "1000.00").await;
    after_arrival(
        &app,
        &mut [&mut event.officer, &mut event.member, &mut first, &mut second],
    )
    .await;
    let travelled = app
        .post(
            &format!("/sponsorship-requests/{id}/travelled"),
            &event.officer.token,
            json!({"attendance_confirmed": true}),
        )
        .await;
    assert_eq!(travelled.status, StatusCode::OK, "{}", travelled.text);
    let boarding_pass = app
        .upload(
            &format!("/sponsorship-requests/{id}/documents"),
            &event.member.token,
            &[
                ("file", Some("boarding pass.pdf"), b"%PDF-1.7\nBoarding pass AMM-GVA\n"),
                ("kind", None, b"boarding_pass"),
            ],
        )
        .await;
    assert_eq!(boarding_pass.status, StatusCode::CREATED, "{}", boarding_pass.text);
    let path = format!("/sponsorship-requests/{id}/disbursements");
    let in_flight = app.request_payment(&first, &path, "flight", payment("100.00")).await;
    assert_eq!(in_flight.status, StatusCode::CREATED);
    let reconcile = |costs: &str, reason: Option<&str>| json!({"actual_costs": [{"item": "Airfare rebooked", "amount": costs}], "adjustment_reason": reason});
    let url = format!("/sponsorship-requests/{id}/reconciliation");
    let busy = app.post(&url, &first.token, reconcile("1700.00", None)).await;
    assert_eq!(busy.problem_type(), "payments-in-flight", "{}", busy.text);
    let cancelled = app
        .post(
            &format!("/disbursements/{}/cancel", in_flight.id()),
            &first.token,
            json!({"reason": "Wait for the reconciliation"}),
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::OK);

    let unexplained = app.post(&url, &first.token, reconcile("1790.00", None)).await;
    assert_eq!(unexplained.failing_fields(), vec!["adjustment_reason"]);
    let why = "Flight rebooked by the office after the session moved";
    let huge = "79228162514264337593543950335";
    for amounts in [[huge, huge], [&format!("-{huge}"), "1.00"]] {
        let lines: Vec<Value> = amounts
            .iter()
            .map(|amount| json!({"item": "Airfare", "amount": amount}))
            .collect();
        let overflowing = app
            .post(
                &url,
                &first.token,
                json!({"actual_costs": lines, "adjustment_reason": why}),
            )
            .await;
        assert_eq!(
            overflowing.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            overflowing.text
        );
        assert!(
            overflowing
                .failing_fields()
                .contains(&"actual_costs[0].amount".to_owned()),
            "{}",
            overflowing.text
        );
    }
    let over_budget = app.post(&url, &first.token, reconcile("1800.01", Some(why))).await;
    assert_eq!(over_budget.problem_type(), "budget-exceeded", "{}", over_budget.text);
    let shown = app.get(&format!("/sponsorship-requests/{id}"), &first.token).await;
    assert_eq!(shown.body["status"], "travelled", "refusals change nothing");

    let reconciled = app.post(&url, &first.token, reconcile("1790.00", Some(why))).await;
    assert_eq!(reconciled.status, StatusCode::OK, "{}", reconciled.text);
    assert_eq!(reconciled.body["reconciliation"]["adjustment"], "20.19");
    assert_eq!(reconciled.body["reconciliation"]["adjustment_reason"], why);
    let receipts = &reconciled.body["reconciliation"]["documents"];
    assert_eq!(receipts[0]["name"], "boarding pass.pdf", "{}", reconciled.text);
    assert_eq!(receipts[0]["kind"], "boarding_pass");
    assert_eq!(receipts[0]["size"], 31);
    assert_eq!(receipts[0]["sha256"], boarding_pass.body["sha256"]);
    assert_eq!(reconciled.body["payments"]["ceiling"], "1790.00");
    assert_eq!(reconciled.body["payments"]["available"], "790.00");
    assert_eq!(reconciled.body["reclaim"], Value::Null);
    let over = app.request_payment(&first, &path, "rest-1", payment("790.01")).await;
    assert_eq!(over.problem_type(), "disbursement-ceiling");
    let rest = paid(&app, (&first, &second), &id, "790.00").await;
    assert_eq!(rest["purpose"], "balance");
}

#[tokio::test]
async fn cancelling_a_paid_sponsorship_cancels_requested_payments_and_records_the_advance_to_reclaim() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let id = approved(&app, &event).await;
    let first = app.finance().await;
    let second = app.finance().await;
    paid(&app, (&first, &second), &id, "1000.00").await;
    let path = format!("/sponsorship-requests/{id}/disbursements");
    let pending = app.request_payment(&first, &path, "pending", payment("400.00")).await;
    assert_eq!(pending.status, StatusCode::CREATED);
    let cancel = json!({"reason": "Visa refused by the embassy"});
    let url = format!("/sponsorship-requests/{id}/cancel");
    let approved_pending = app
        .post_empty(&format!("/disbursements/{}/approve", pending.id()), &second.token)
        .await;
    assert_eq!(approved_pending.status, StatusCode::OK);
    let refused = app.post(&url, &event.member.token, cancel.clone()).await;
    assert_eq!(refused.problem_type(), "payment-approved", "{}", refused.text);
    let dropped = app
        .post(
            &format!("/disbursements/{}/cancel", pending.id()),
            &first.token,
            json!({"reason": "Visa refused"}),
        )
        .await;
    assert_eq!(dropped.status, StatusCode::OK);
    let requested = app.request_payment(&first, &path, "requested", payment("415.85")).await;
    assert_eq!(requested.status, StatusCode::CREATED);

    let cancelled = app.post(&url, &event.member.token, cancel).await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.text);
    assert_eq!(cancelled.body["reclaim"]["amount"], "1000.00");
    assert_eq!(cancelled.body["payments"]["requested"], "0.00");
    let requested = app
        .get(&format!("/disbursements/{}", requested.id()), &first.token)
        .await;
    assert_eq!(requested.body["status"], "cancelled");
    assert!(
        requested.body["cancel_reason"]
            .as_str()
            .is_some_and(|reason| reason.contains("Visa refused by the embassy")),
        "{}",
        requested.text
    );
    let after = app
        .request_payment(&first, &path, "after-cancel", payment("1.00"))
        .await;
    assert_eq!(after.problem_type(), "sponsorship-not-payable", "{}", after.text);
}

#[tokio::test]
async fn an_attached_risk_assessment_must_be_approved_below_critical_before_the_trip_is() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let id = request(&app, &event, "Nadia Karimova", "female", "25-34").await;
    let url = format!("/sponsorship-requests/{id}/risk-assessment");
    let other_officer = app.officer().await;
    let submitted = app
        .post(&url, &event.officer.token, crate::support::risk_body("high"))
        .await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.text);
    assert_eq!(submitted.body["risks"][0]["inherent_score"], 15);
    let blocked = decide(&app, &event, &id, "approved").await;
    assert_eq!(blocked.problem_type(), "risk-gate", "{}", blocked.text);

    let first = app.post_empty(&format!("{url}/approve"), &event.officer.token).await;
    assert_eq!(first.body["awaiting_second_approval"], true, "{}", first.text);
    let same = app.post_empty(&format!("{url}/approve"), &event.officer.token).await;
    assert_eq!(same.status, StatusCode::CONFLICT);
    let second = app.post_empty(&format!("{url}/approve"), &other_officer.token).await;
    assert_eq!(second.body["status"], "approved", "{}", second.text);
    let read = app.get(&url, &event.member.token).await;
    assert_eq!(read.body["residual_rating"], "high", "the organisation reads it");
    let locked = app
        .post(&url, &event.officer.token, crate::support::risk_body("low"))
        .await;
    assert_eq!(locked.problem_type(), "risk-approved");
    assert_eq!(decide(&app, &event, &id, "approved").await.status, StatusCode::OK);

    let critical = request(&app, &event, "Farid Nazari", "male", "35-49").await;
    let url = format!("/sponsorship-requests/{critical}/risk-assessment");
    app.post(&url, &event.officer.token, crate::support::risk_body("critical"))
        .await;
    let approved = app.post_empty(&format!("{url}/approve"), &event.officer.token).await;
    assert_eq!(approved.body["status"], "approved");
    let blocked = decide(&app, &event, &critical, "approved").await;
    assert_eq!(blocked.problem_type(), "risk-gate");
    assert!(blocked.text.contains("critical"), "{}", blocked.text);

    // An assessment attached after approval stops payments until it is approved.
    let later = request(&app, &event, "Omar Haddad", "male", "35-49").await;
    assert_eq!(decide(&app, &event, &later, "approved").await.status, StatusCode::OK);
    let url = format!("/sponsorship-requests/{later}/risk-assessment");
    app.post(&url, &event.officer.token, crate::support::risk_body("low"))
        .await;
    let finance = app.finance().await;
    let path = format!("/sponsorship-requests/{later}/disbursements");
    let held = app.request_payment(&finance, &path, "held", payment("100.00")).await;
    assert_eq!(held.problem_type(), "risk-gate", "{}", held.text);
    app.post_empty(&format!("{url}/approve"), &event.officer.token).await;
    let paid = app.request_payment(&finance, &path, "after", payment("100.00")).await;
    assert_eq!(paid.status, StatusCode::CREATED, "{}", paid.text);
}

#[tokio::test]
async fn payment_and_travel_endpoints_refuse_the_wrong_role_and_the_wrong_organisation() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let id = approved(&app, &event).await;
    let finance = app.finance().await;
    let outsider = app.applicant().await;
    app.organisation(&outsider).await;
    let reviewer = app.reviewer().await;
    let before = app.snapshot().await;
    let shown = app.get(&format!("/sponsorship-requests/{id}"), &finance.token).await;
    let path = format!("/sponsorship-requests/{id}/disbursements");

    for actor in [&event.member, &event.officer, &outsider, &reviewer] {
        let pay = app.request_payment(actor, &path, "k-1", payment("10.00")).await;
        assert_eq!(pay.status, StatusCode::FORBIDDEN, "{}", actor.email);
        let reconcile = app
            .post(
                &format!("/sponsorship-requests/{id}/reconciliation"),
                &actor.token,
                json!({"actual_costs": [{"item": "x", "amount": "1.00"}]}),
            )
            .await;
        assert_eq!(reconcile.status, StatusCode::FORBIDDEN);
        let refund = app
            .post(
                &format!("/sponsorship-requests/{id}/refund"),
                &actor.token,
                json!({"received_on": "2026-11-23", "reference": "x"}),
            )
            .await;
        assert_eq!(refund.status, StatusCode::FORBIDDEN);
    }
    for actor in [&event.member, &finance, &outsider, &reviewer] {
        let travelled = app
            .post(
                &format!("/sponsorship-requests/{id}/travelled"),
                &actor.token,
                json!({"attendance_confirmed": true}),
            )
            .await;
        assert_eq!(travelled.status, StatusCode::FORBIDDEN, "{}", actor.email);
        let risk = app
            .post(
                &format!("/sponsorship-requests/{id}/risk-assessment"),
                &actor.token,
                crate::support::risk_body("low"),
            )
            .await;
        assert_eq!(risk.status, StatusCode::FORBIDDEN);
    }
    for actor in [&outsider, &reviewer] {
        let listed = app.get(&path, &actor.token).await;
        assert_eq!(listed.status, StatusCode::NOT_FOUND, "{}", actor.email);
        let risk = app
            .get(&format!("/sponsorship-requests/{id}/risk-assessment"), &actor.token)
            .await;
        assert_eq!(risk.status, StatusCode::NOT_FOUND);
    }
    let missing = app
        .request_payment(
            &finance,
            &format!("/sponsorship-requests/{}/disbursements", uuid::Uuid::new_v4()),
            "k-2",
            payment("10.00"),
        )
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let tranche = app
        .request_payment(&finance, &path, "k-3", {
            let mut body = payment("10.00");
            body["tranche_id"] = json!(uuid::Uuid::new_v4());
            body
        })
        .await;
    assert_eq!(tranche.failing_fields(), vec!["tranche_id"]);
    assert_eq!(app.snapshot().await, before, "nothing was created");
    let after = app.get(&format!("/sponsorship-requests/{id}"), &finance.token).await;
    assert_eq!(after.body, shown.body, "nothing changed");
}

#[tokio::test]
async fn the_sponsorship_letter_names_the_traveller_the_event_the_dates_and_what_is_covered() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let name = "Айгерим Бекова";
    let id = request(&app, &event, name, "female", "18-24").await;
    let url = format!("/sponsorship-requests/{id}/letter.pdf");
    let early = app.get(&url, &event.member.token).await;
    assert_eq!(early.status, StatusCode::CONFLICT, "no letter before approval");
    assert_eq!(decide(&app, &event, &id, "approved").await.status, StatusCode::OK);

    let letter = app.get(&url, &event.member.token).await;
    assert_eq!(letter.status, StatusCode::OK, "{}", letter.text);
    assert_eq!(letter.headers["content-type"], "application/pdf");
    let text = crate::letters::pdf_text(&letter.bytes);
    for expected in [
        name,
        "Regional conference on preventing violent extremism",
        "Vienna International Centre",
        "from 1 March 2027 to 3 March 2027",
        "arrive on 1 March 2027 and to depart on 4 March 2027",
        "3 nights at 339.11 EUR",
        "1,017.34",
        "140.07",
        "612.40",
        "1,769.81",
        "1,415.85",
        "Visa support",
        "Sponsorship letter SP-2026-",
    ] {
        assert!(
            text.contains(&crate::letters::compact(expected)),
            "`{expected}` in {text}"
        );
    }
    let again = app.get(&url, &event.officer.token).await;
    assert_eq!(again.bytes, letter.bytes, "the same letter every time");
    let outsider = app.applicant().await;
    app.organisation(&outsider).await;
    let reviewer = app.reviewer().await;
    for actor in [&outsider, &reviewer] {
        assert_eq!(
            app.get(&url, &actor.token).await.status,
            StatusCode::NOT_FOUND,
            "{}",
            actor.email
        );
    }
}

#[tokio::test]
async fn money_still_to_be_refunded_holds_the_budget_and_a_blocked_trip_is_passed_over() {
    let app = spawn_app().await;
    // Room for two entitlements of 1769.81.
    let event = open_event(&app, "4000.00").await;
    let first = app.finance().await;
    let second = app.finance().await;
    let cancelled = approved(&app, &event).await;
    let kept = request(&app, &event, "Brian Otieno", "male", "35-49").await;
    assert_eq!(decide(&app, &event, &kept, "approved").await.status, StatusCode::OK);
    let blocked = request(&app, &event, "Nadia Karimova", "female", "25-34").await;
    let next = request(&app, &event, "Esther Njeri", "female", "18-24").await;
    for id in [&blocked, &next] {
        assert_eq!(decide(&app, &event, id, "waitlisted").await.status, StatusCode::OK);
    }
    let risk = app
        .post(
            &format!("/sponsorship-requests/{blocked}/risk-assessment"),
            &event.officer.token,
            crate::support::risk_body("medium"),
        )
        .await;
    assert_eq!(risk.status, StatusCode::OK, "{}", risk.text);
    paid(&app, (&first, &second), &cancelled, "1000.00").await;

    let cancel = app
        .post(
            &format!("/sponsorship-requests/{cancelled}/cancel"),
            &event.member.token,
            json!({"reason": "Visa refused"}),
        )
        .await;
    assert_eq!(cancel.body["reclaim"]["amount"], "1000.00", "{}", cancel.text);
    let status = |id: String| {
        let app = &app;
        let token = event.officer.token.clone();
        async move { app.get(&format!("/sponsorship-requests/{id}"), &token).await.body["status"].clone() }
    };
    assert_eq!(
        status(next.clone()).await,
        "waitlisted",
        "the advance is still out: no room yet"
    );

    let refunded = app
        .post(
            &format!("/sponsorship-requests/{cancelled}/refund"),
            &first.token,
            json!({"received_on": "2026-11-23", "reference": "REFUND-1"}),
        )
        .await;
    assert_eq!(refunded.status, StatusCode::OK, "{}", refunded.text);
    assert_eq!(
        status(blocked.clone()).await,
        "waitlisted",
        "its risk assessment is not approved"
    );
    assert_eq!(
        status(next.clone()).await,
        "approved",
        "promoted once the refund came back"
    );
    let letter = app
        .get(
            &format!("/sponsorship-requests/{next}/letter.pdf"),
            &event.officer.token,
        )
        .await;
    let text = crate::letters::pdf_text(&letter.bytes);
    assert!(
        text.contains("Testofficer"),
        "signed by the officer who waitlisted it: {text}"
    );
    assert!(!text.contains("Testapplicant"), "never by the member who cancelled");
}

#[tokio::test]
async fn a_consulate_gets_the_visa_letter_in_its_language_and_the_organisation_in_its_own() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let id = approved(&app, &event).await;
    let url = format!("/sponsorship-requests/{id}/letter.pdf");
    let russian = app
        .patch(
            &format!("/organisations/{}", event.organisation),
            &event.member.token,
            json!({"correspondence_language": "ru"}),
        )
        .await;
    assert_eq!(russian.status, StatusCode::OK, "{}", russian.text);

    let letter = app.get(&url, &event.member.token).await;
    let text = crate::letters::pdf_text(&letter.bytes);
    for expected in [
        "Amina Wanjiru",
        "Визовая поддержка",
        "с 1 марта 2027 г. по 3 марта 2027 г.",
        "Суточные: 3 ночи по 339,11 EUR",
        "одна тысяча семьсот шестьдесят девять евро 81/100",
    ] {
        assert!(
            text.contains(&crate::letters::compact(expected)),
            "`{expected}` in {text}"
        );
    }

    let spanish = app.get(&format!("{url}?lang=es"), &event.member.token).await;
    assert_eq!(spanish.status, StatusCode::OK, "{}", spanish.text);
    let text = crate::letters::pdf_text(&spanish.bytes);
    for expected in [
        "Amina Wanjiru",
        "Apoyo a la solicitud de visado",
        "del 1 de marzo de 2027 al 3 de marzo de 2027",
        "1.769,81 EUR (mil setecientos sesenta y nueve euros con 81/100)",
        "Billete de avión de ida y vuelta desde",
    ] {
        assert!(
            text.contains(&crate::letters::compact(expected)),
            "`{expected}` in {text}"
        );
    }
    let refused = app.get(&format!("{url}?lang=xx"), &event.member.token).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    let outsider = app.applicant().await;
    app.organisation(&outsider).await;
    assert_eq!(
        app.get(&format!("{url}?lang=es"), &outsider.token).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_draft_request_is_not_decided_or_counted_until_submitted_before_the_deadline() {
    let app = spawn_app().await;
    let mut event = open_event(&app, "50000.00").await;
    let submitted = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let mut body = traveller("Brian Otieno", "male", "35-49", &event.organisation);
    body["draft"] = json!(true);
    let draft = app
        .post(
            &format!("/events/{}/sponsorship-requests", event.id),
            &event.member.token,
            body,
        )
        .await;
    assert_eq!(draft.status, StatusCode::CREATED, "{}", draft.text);
    assert_eq!(draft.body["status"], "draft");
    let draft = draft.id();
    let undecidable = decide(&app, &event, &draft, "approved").await;
    assert_eq!(undecidable.status, StatusCode::CONFLICT, "{}", undecidable.text);
    let counted = app
        .get(&format!("/events/{}/representation", event.id), &event.officer.token)
        .await;
    assert_eq!(counted.body["requests"]["total"], 1, "drafts are not requests yet");

    let outsider = app.applicant().await;
    app.organisation(&outsider).await;
    let url = format!("/sponsorship-requests/{draft}/submit");
    assert_eq!(
        app.post_empty(&url, &outsider.token).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.post_empty(&url, &event.officer.token).await.status,
        StatusCode::FORBIDDEN
    );
    let sent = app.post_empty(&url, &event.member.token).await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.text);
    assert_eq!(sent.body["status"], "submitted");
    assert_eq!(
        app.post_empty(&url, &event.member.token).await.status,
        StatusCode::CONFLICT
    );

    // The same traveller drafted twice is caught when the second draft is submitted.
    let mut twice = traveller("AMINA wanjiru", "female", "25-34", &event.organisation);
    twice["draft"] = json!(true);
    let again = app
        .post(
            &format!("/events/{}/sponsorship-requests", event.id),
            &event.member.token,
            twice,
        )
        .await;
    assert_eq!(again.status, StatusCode::CREATED, "{}", again.text);
    let duplicate = app
        .post_empty(
            &format!("/sponsorship-requests/{}/submit", again.id()),
            &event.member.token,
        )
        .await;
    assert_eq!(duplicate.problem_type(), "duplicate-traveller", "{}", duplicate.text);

    let mut late = traveller("Esther Njeri", "female", "18-24", &event.organisation);
    late["draft"] = json!(true);
    let late = app
        .post(
            &format!("/events/{}/sponsorship-requests", event.id),
            &event.member.token,
            late,
        )
        .await
        .id();
    app.clock.advance(Duration::days(31));
    event.member = app.signed_in_again(&event.member).await;
    let refused = app
        .post_empty(&format!("/sponsorship-requests/{late}/submit"), &event.member.token)
        .await;
    assert_eq!(refused.problem_type(), "deadline-passed", "{}", refused.text);
    assert_eq!(
        app.get(&format!("/sponsorship-requests/{submitted}"), &event.member.token)
            .await
            .body["status"],
        "submitted"
    );
}

#[tokio::test]
async fn the_waitlist_moves_when_a_passed_over_trip_is_cleared_and_never_after_the_event_starts() {
    let app = spawn_app().await;
    // Room for one entitlement of 1769.81.
    let event = open_event(&app, "2000.00").await;
    let first = approved(&app, &event).await;
    let blocked = request(&app, &event, "Nadia Karimova", "female", "25-34").await;
    assert_eq!(
        decide(&app, &event, &blocked, "waitlisted").await.status,
        StatusCode::OK
    );
    let risk = format!("/sponsorship-requests/{blocked}/risk-assessment");
    app.post(&risk, &event.officer.token, crate::support::risk_body("low"))
        .await;
    let cancel = json!({"reason": "Could not travel"});
    let cancelled = app
        .post(
            &format!("/sponsorship-requests/{first}/cancel"),
            &event.member.token,
            cancel.clone(),
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.text);
    let finance = app.finance().await;
    let status = |id: String| {
        let app = &app;
        let token = finance.token.clone();
        async move { app.get(&format!("/sponsorship-requests/{id}"), &token).await.body["status"].clone() }
    };
    assert_eq!(
        status(blocked.clone()).await,
        "waitlisted",
        "its assessment is not approved yet"
    );
    let cleared = app.post_empty(&format!("{risk}/approve"), &event.officer.token).await;
    assert_eq!(cleared.body["status"], "approved", "{}", cleared.text);
    assert_eq!(status(blocked.clone()).await, "approved", "moved up once cleared");

    // Once the event has started, a cancellation frees nothing for the waitlist.
    let late = request(&app, &event, "Esther Njeri", "female", "18-24").await;
    assert_eq!(decide(&app, &event, &late, "waitlisted").await.status, StatusCode::OK);
    app.clock.set(
        chrono::DateTime::parse_from_rfc3339("2027-03-01T08:00:00Z")
            .expect("instant")
            .with_timezone(&chrono::Utc),
    );
    let officer = app.signed_in_again(&event.officer).await;
    let finance = app.signed_in_again(&finance).await;
    let status = |id: String| {
        let app = &app;
        let token = finance.token.clone();
        async move { app.get(&format!("/sponsorship-requests/{id}"), &token).await.body["status"].clone() }
    };
    let dropped = app
        .post(
            &format!("/sponsorship-requests/{blocked}/cancel"),
            &officer.token,
            cancel,
        )
        .await;
    assert_eq!(dropped.status, StatusCode::OK, "{}", dropped.text);
    assert_eq!(
        status(late).await,
        "waitlisted",
        "no promotion once the event has started"
    );
}

#[tokio::test]
async fn an_unverified_member_drafts_a_sponsorship_request_but_submits_it_only_once_verified() {
    let app = spawn_app().await;
    let member = app.unverified_applicant().await;
    let event = open_event_of(&app, "50000.00", member).await;
    let path = format!("/events/{}/sponsorship-requests", event.id);
    let body = traveller("Aïcha Ben Salah", "female", "25-34", &event.organisation);
    let refused = app.post(&path, &event.member.token, body.clone()).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text);
    assert_eq!(refused.problem_type(), "email-unverified");
    let mut draft = body;
    draft["draft"] = json!(true);
    let drafted = app.post(&path, &event.member.token, draft).await;
    assert_eq!(drafted.status, StatusCode::CREATED, "{}", drafted.text);
    let submit = format!("/sponsorship-requests/{}/submit", drafted.id());
    let early = app.post_empty(&submit, &event.member.token).await;
    assert_eq!(early.problem_type(), "email-unverified", "{}", early.text);
    app.verify_email_of(&event.member.email).await;
    let submitted = app.post_empty(&submit, &event.member.token).await;
    assert!(submitted.status.is_success(), "{}", submitted.text);
}

/// `POST path` with `body`, read in `language`.
async fn posted_in(app: &TestApp, language: &str, path: &str, token: &str, body: Value) -> crate::support::Answer {
    app.raw(grantdesk::http::driver::api_request(
        axum::http::Method::POST,
        path,
        token,
        Some(&body),
        &[("accept-language", language)],
    ))
    .await
}

#[tokio::test]
async fn the_travel_refusals_are_said_in_the_readers_language() {
    let app = spawn_app().await;
    let mut event = open_event(&app, "50000.00").await;
    let id = approved(&app, &event).await;
    let mut finance = app.finance().await;
    let travelled = format!("/sponsorship-requests/{id}/travelled");
    let refund = format!("/sponsorship-requests/{id}/refund");
    let before = app.snapshot().await;

    let early = posted_in(
        &app,
        "fr",
        &travelled,
        &event.officer.token,
        json!({"attendance_confirmed": true}),
    )
    .await;
    assert_eq!(early.status, StatusCode::CONFLICT, "{}", early.text);
    assert!(
        early.detail().starts_with("le voyageur arrive le 2027-")
            && early
                .detail()
                .ends_with("; la participation se confirme ce jour-là ou après"),
        "{}",
        early.text
    );

    let tomorrow = (app.clock.now() + Duration::days(1)).date_naive();
    let future = json!({"received_on": tomorrow, "reference": "REFUND-1"});
    for (language, said) in [
        ("es", "no debe estar en el futuro"),
        ("en", "must not be in the future"),
    ] {
        let refused = posted_in(&app, language, &refund, &finance.token, future.clone()).await;
        assert_eq!(refused.failing_fields(), vec!["received_on"], "{}", refused.text);
        assert_eq!(refused.body["errors"][0]["message"], said, "{language}");
    }
    let today = json!({"received_on": app.clock.now().date_naive(), "reference": "REFUND-1"});
    let nothing = posted_in(&app, "ru", &refund, &finance.token, today).await;
    assert_eq!(nothing.problem_type(), "nothing-to-reclaim", "{}", nothing.text);
    assert_eq!(
        nothing.detail(),
        "организация ничего не должна вернуть по этому спонсорству"
    );
    assert_eq!(app.snapshot().await, before, "nothing changed");

    after_arrival(&app, &mut [&mut event.officer, &mut finance]).await;
    let unconfirmed = posted_in(
        &app,
        "ar",
        &travelled,
        &event.officer.token,
        json!({"attendance_confirmed": false}),
    )
    .await;
    assert_eq!(
        unconfirmed.failing_fields(),
        vec!["attendance_confirmed"],
        "{}",
        unconfirmed.text
    );
    assert_eq!(
        unconfirmed.body["errors"][0]["message"],
        "يجب أن تكون القيمة true: لا تُعلَّم الرعاية بأن السفر تمّ إلا بعد تأكيد الحضور"
    );
}
