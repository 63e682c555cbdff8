//! The portal's travel sponsorship pages at the HTML level (no browser): the event page, the
//! request form with its check step (the nights and the entitlement before anything is
//! kept), the request's page with its letter, the trip's receipts and confirmation, CSRF,
//! and another organisation.

use axum::http::{StatusCode, header};

use crate::portal::{Browser, csrf_token, location};
use crate::sponsorships::{Event, decide, open_event, request};
use crate::support::{TestApp, spawn_app};

/// The request form's answers for Amina, travelling from Nairobi to the Vienna conference
/// (1-3 March 2027) for three nights with a 664.57 USD airfare.
fn amina(event: &Event) -> Vec<(&'static str, String)> {
    [
        ("organisation_id", event.organisation.as_str()),
        ("traveller.full_name", "Amina Wanjiru"),
        ("traveller.gender", "female"),
        ("traveller.age_band", "25-34"),
        ("traveller.role", "Programme lead"),
        ("traveller.nationality", "KE"),
        ("origin_city", "Nairobi"),
        ("origin_country", "KE"),
        ("arrival_on", "2027-03-01"),
        ("departure_on", "2027-03-04"),
        ("airfare_estimate", "664.57"),
        ("airfare_currency", "USD"),
    ]
    .into_iter()
    .map(|(name, value)| (name, value.to_owned()))
    .collect()
}

fn with_action<'a>(answers: &'a [(&'static str, String)], action: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut fields: Vec<(&str, &str)> = answers.iter().map(|(name, value)| (*name, value.as_str())).collect();
    fields.push(("action", action));
    fields
}

async fn requests_of(app: &TestApp, event: &Event) -> usize {
    let listed = app
        .get(
            &format!("/events/{}/sponsorship-requests", event.id),
            &event.officer.token,
        )
        .await;
    listed.body["items"].as_array().map_or(0, Vec::len)
}

#[tokio::test]
async fn the_event_page_says_what_is_covered_and_leads_to_the_request_form() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let mut browser = Browser::new(&app);

    let home = browser.get("/").await;
    assert!(
        home.text.contains(&format!(r#"href="/events/{}""#, event.id)),
        "{}",
        home.text
    );
    let page = browser.get(&format!("/events/{}", event.id)).await;

    assert_eq!(page.status, StatusCode::OK);
    for shown in [
        "Regional conference on preventing violent extremism",
        "Vienna International Centre, Vienna, AT",
        "1 March 2027 – 3 March 2027",
        "A return economy airfare",
        "for the nights from 28 February 2027 to 3 March 2027.",
        &format!("/portal/events/{}/request", event.id),
    ] {
        assert!(page.text.contains(shown), "{shown:?} missing from {}", page.text);
    }
    let form = browser.get(&format!("/portal/events/{}/request", event.id)).await;
    assert_eq!(form.status, StatusCode::SEE_OTHER, "signing in comes first");
    assert!(location(&form).starts_with("/sign-in?next="));
}

#[tokio::test]
async fn the_check_step_shows_the_nights_and_the_entitlement_before_anything_is_kept() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&event.member.email).await;
    let form = format!("/portal/events/{}/request", event.id);
    let answers = amina(&event);

    let check = browser.fill(&form, &form, &with_action(&answers, "check")).await;

    assert_eq!(check.status, StatusCode::OK, "{}", check.text);
    for shown in [
        "3 nights",
        "1 March 2027",
        "2 March 2027",
        "3 March 2027",
        "1,769.81\u{a0}EUR",
        "Send the request",
    ] {
        assert!(check.text.contains(shown), "{shown:?} missing from {}", check.text);
    }
    assert_eq!(requests_of(&app, &event).await, 0, "nothing is kept before sending");
    let change = browser.fill(&form, &form, &with_action(&answers, "change")).await;
    assert_eq!(change.status, StatusCode::OK);
    assert!(
        change.text.contains(r#"value="Amina Wanjiru""#),
        "the answers come back"
    );

    let sent = browser.fill(&form, &form, &with_action(&answers, "submit")).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text);
    let page = browser.get(location(&sent)).await;
    assert!(page.text.contains("Your request has been sent."));
    assert!(page.text.contains("Travel sponsorship for Amina Wanjiru"));
    assert!(page.text.contains("1,769.81\u{a0}EUR"));
    let kept = app
        .get(
            &format!("/events/{}/sponsorship-requests", event.id),
            &event.officer.token,
        )
        .await;
    assert_eq!(
        kept.body["items"][0]["entitlement"]["total"], "1769.81",
        "the API computes the same"
    );
    assert_eq!(kept.body["items"][0]["status"], "submitted");
    let dashboard = browser.get("/portal").await;
    assert!(dashboard.text.contains(&format!(
        "/portal/sponsorships/{}",
        kept.body["items"][0]["id"].as_str().unwrap()
    )));
}

#[tokio::test]
async fn wrong_answers_show_the_form_again_with_the_error_summary_and_keep_nothing() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&event.member.email).await;
    let form = format!("/portal/events/{}/request", event.id);
    let mut answers = amina(&event);
    for (name, value) in answers.iter_mut() {
        match *name {
            "traveller.full_name" => value.clear(),
            "arrival_on" => *value = "1 March".to_owned(),
            "departure_on" => *value = "2027-04-30".to_owned(),
            _ => {}
        }
    }

    for action in ["check", "submit"] {
        let refused = browser.fill(&form, &form, &with_action(&answers, action)).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.text.contains("There is a problem"));
        assert!(
            refused
                .text
                .contains(r##"<a href="#arrival_on">Enter an arrival date"##),
            "{}",
            refused.text
        );
    }
    answers.iter_mut().for_each(|(name, value)| {
        if *name == "arrival_on" {
            *value = "2027-03-01".to_owned();
        }
    });
    let refused = browser.fill(&form, &form, &with_action(&answers, "check")).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text
            .contains(r##"<a href="#traveller.full_name">Enter the traveller"##),
        "{}",
        refused.text
    );
    assert!(refused.text.contains(r##"<a href="#departure_on">"##));
    assert!(refused.text.contains(r#"value="Nairobi""#), "the other answers stay");
    assert_eq!(requests_of(&app, &event).await, 0);
}

#[tokio::test]
async fn once_approved_the_letter_downloads_and_after_arrival_the_trip_is_confirmed_with_a_receipt() {
    let app = spawn_app().await;
    let mut event = open_event(&app, "50000.00").await;
    let id = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let page = format!("/portal/sponsorships/{id}");
    let mut browser = Browser::new(&app);
    browser.sign_in(&event.member.email).await;
    let before = browser.get(&page).await;
    assert!(!before.text.contains("letter.pdf"), "no letter before approval");
    assert_eq!(
        browser.get(&format!("{page}/letter.pdf")).await.status,
        StatusCode::CONFLICT
    );
    assert_eq!(decide(&app, &event, &id, "approved").await.status, StatusCode::OK);

    let approved = browser.get(&page).await;
    assert!(approved.text.contains("Approved"));
    let letter = browser.get(&format!("{page}/letter.pdf")).await;
    assert_eq!(letter.status, StatusCode::OK);
    assert_eq!(letter.headers[header::CONTENT_TYPE], "application/pdf");
    assert!(letter.bytes.starts_with(b"%PDF-"));
    assert!(
        !approved.text.contains("Confirm the trip took place"),
        "not before arrival"
    );

    app.clock.set(
        chrono::DateTime::parse_from_rfc3339("2027-03-03T17:00:00Z")
            .expect("instant")
            .with_timezone(&chrono::Utc),
    );
    event.member = app.signed_in_again(&event.member).await;
    event.officer = app.signed_in_again(&event.officer).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&event.member.email).await;
    let confirm = format!("{page}/confirm");
    let without_receipt = browser.fill(&page, &confirm, &[]).await;
    assert_eq!(without_receipt.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        without_receipt.text.contains(r##"<a href="#file">"##),
        "{}",
        without_receipt.text
    );
    let token = csrf_token(&browser.get(&page).await.text);
    let uploaded = browser
        .post_file(
            &format!("{page}/files"),
            &[("csrf_token", &token), ("kind", "receipt")],
            ("taxi-receipt.txt", b"Taxi Vienna airport - hotel, 38.00 EUR"),
        )
        .await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.text);
    let confirmed = browser.fill(&page, &confirm, &[]).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER, "{}", confirmed.text);
    let shown = browser.get(location(&confirmed)).await;
    assert!(shown.text.contains("Trip confirmed"));
    assert!(shown.text.contains("taxi-receipt.txt"));
    let kept = app
        .get(&format!("/sponsorship-requests/{id}"), &event.officer.token)
        .await;
    assert!(kept.body["trip_confirmed_at"].is_string(), "{}", kept.text);
    let files = app
        .get(&format!("/sponsorship-requests/{id}/documents"), &event.officer.token)
        .await;
    assert_eq!(files.body["items"][0]["kind"], "receipt", "officers see the receipt");
    let again = app
        .post_empty(
            &format!("/sponsorship-requests/{id}/trip-confirmation"),
            &event.member.token,
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "confirmed once");
}

#[tokio::test]
async fn another_organisation_finds_no_request_and_forged_forms_change_nothing() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let id = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    assert_eq!(decide(&app, &event, &id, "approved").await.status, StatusCode::OK);
    let outsider = app.applicant().await;
    app.organisation(&outsider).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&outsider.email).await;

    for path in [
        format!("/portal/sponsorships/{id}"),
        format!("/portal/sponsorships/{id}/letter.pdf"),
    ] {
        let answer = browser.get(&path).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
        assert!(!answer.text.contains("Amina"), "{path}");
    }
    let token = csrf_token(&browser.get("/portal").await.text);
    let confirm = browser
        .post_form(&format!("/portal/sponsorships/{id}/confirm"), &[("csrf_token", &token)])
        .await;
    assert_eq!(confirm.status, StatusCode::NOT_FOUND);
    let api = app
        .post_empty(
            &format!("/sponsorship-requests/{id}/trip-confirmation"),
            &outsider.token,
        )
        .await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);

    let mut member = Browser::new(&app);
    member.sign_in(&event.member.email).await;
    let answers = amina(&event);
    let mut forged = with_action(&answers, "submit");
    forged.push(("csrf_token", "forged"));
    let sent = member
        .post_form(&format!("/portal/events/{}/request", event.id), &forged)
        .await;
    assert_eq!(sent.status, StatusCode::FORBIDDEN);
    assert_eq!(
        requests_of(&app, &event).await,
        1,
        "only the request made through the API"
    );
}

#[tokio::test]
async fn an_airfare_typed_in_arabic_indic_digits_gives_the_same_entitlement() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let chosen = app
        .patch(
            "/me",
            &event.member.token,
            serde_json::json!({"preferred_language": "ar"}),
        )
        .await;
    assert_eq!(chosen.status, StatusCode::OK, "{}", chosen.text);
    let mut browser = Browser::new(&app);
    browser.sign_in(&event.member.email).await;
    let form = format!("/portal/events/{}/request", event.id);
    let mut answers = amina(&event);
    for (name, value) in &mut answers {
        if *name == "airfare_estimate" {
            *value = "٦٦٤٫٥٧".to_owned();
        }
    }

    let check = browser.fill(&form, &form, &with_action(&answers, "check")).await;

    assert_eq!(check.status, StatusCode::OK, "{}", check.text);
    assert!(check.text.contains("1,769.81\u{a0}EUR"), "{}", check.text);
    let bad = with_action(&answers, "check")
        .into_iter()
        .map(|(name, value)| {
            (
                name,
                if name == "airfare_estimate" {
                    "٦٦٤٫٥٧٫١"
                } else {
                    value
                },
            )
        })
        .collect::<Vec<_>>();
    let refused = browser.fill(&form, &form, &bad).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(refused.text.contains("href=\"#airfare_estimate\""), "{}", refused.text);
    let sent = browser.fill(&form, &form, &with_action(&answers, "submit")).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text);
    assert_eq!(requests_of(&app, &event).await, 1);
}
