//! The events and travel sponsorship pages of the staff workspace at the HTML level: the
//! list with each event's budget and requests, an event's requests with their entitlements
//! and its waiting list, deciding (approve, reject, waitlist) as the JSON API then reports,
//! a refused or stale decision that changes nothing, the representation page and its CSV
//! against the JSON report, who reaches the pages, and French. The browser walk is in
//! `browser_staff_events.rs`.

use axum::http::StatusCode;
use grantdesk::auth::Role;

use crate::portal::{Browser, location};
use crate::sponsorships::{decide, open_event, request};
use crate::support::{Answer, TestApp, form_with, page, refused_to, spawn_app};

/// An officer signed in to the portal.
async fn officer_browser<'a>(app: &'a TestApp, officer: &crate::support::Actor) -> Browser<'a> {
    let mut browser = Browser::new(app);
    browser.sign_in_as(officer).await;
    browser
}

/// Posts a decision through the request's page, as the officer fills it.
async fn decide_in_page(browser: &mut Browser<'_>, page: &str, fields: &[(&str, &str)]) -> Answer {
    browser.fill(page, page, fields).await
}

/// The request's status as the JSON API reports it.
async fn status_of(app: &TestApp, officer: &crate::support::Actor, id: &str) -> String {
    let answer = app.get(&format!("/sponsorship-requests/{id}"), &officer.token).await;
    answer.body["status"].as_str().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn the_list_and_the_event_show_budget_entitlements_and_counts() {
    let app = spawn_app().await;
    let event = open_event(&app, "3600.00").await;
    let amina = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    request(&app, &event, "Brian Otieno", "male", "18-24").await;
    assert_eq!(decide(&app, &event, &amina, "approved").await.status, StatusCode::OK);
    let (first, second) = (app.finance().await, app.finance().await);
    crate::sponsorships::paid(&app, (&first, &second), &amina, "1000.00").await;
    let mut browser = officer_browser(&app, &event.officer).await;

    let home = browser.get("/staff").await;
    assert!(home.text.contains("Events and travel"), "{}", home.text);
    let list = browser.get("/staff/events").await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.text);
    assert!(
        list.text
            .contains("Regional conference on preventing violent extremism")
    );
    assert!(
        list.text.contains("Vienna International Centre, Vienna, AT"),
        "{}",
        list.text
    );
    assert!(
        list.text.contains("Sponsorship budget of 3,600.00\u{a0}EUR"),
        "{}",
        list.text
    );
    assert!(
        list.text.contains("Approved, not yet paid: 769.81\u{a0}EUR"),
        "{}",
        list.text
    );
    assert!(list.text.contains("Available: 1,830.19\u{a0}EUR"), "{}", list.text);
    assert!(list.text.contains("Paid: 1,000.00\u{a0}EUR"), "{}", list.text);
    assert!(list.text.contains("Approved: 1"), "{}", list.text);
    assert!(list.text.contains("Sent: 1"), "{}", list.text);

    let page = browser.get(&format!("/staff/events/{}", event.id)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    for shown in [
        "Amina Wanjiru",
        "Brian Otieno",
        "1,769.81\u{a0}EUR",
        "3 nights",
        "Daily allowance",
        "Terminal expenses",
    ] {
        assert!(page.text.contains(shown), "{shown}: {}", page.text);
    }
    let json = app
        .get(&format!("/sponsorship-requests/{amina}"), &event.officer.token)
        .await;
    let entitlement = &json.body["entitlement"];
    for part in ["dsa", "terminal_expenses", "airfare", "total"] {
        let amount = format!("{}\u{a0}EUR", grouped(entitlement[part].as_str().expect("an amount")));
        assert!(page.text.contains(&amount), "{part} {amount}: {}", page.text);
    }
    assert!(page.text.contains("Nobody is on the waiting list"), "{}", page.text);
}

/// An amount as an English page writes it: thousands grouped by commas ("1769.81" → "1,769.81").
fn grouped(amount: &str) -> String {
    let (whole, cents) = amount.split_once('.').unwrap_or((amount, "00"));
    let mut digits = String::new();
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index).is_multiple_of(3) {
            digits.push(',');
        }
        digits.push(digit);
    }
    format!("{digits}.{cents}")
}

#[tokio::test]
async fn approving_rejecting_and_waitlisting_change_the_request_as_the_api_reports() {
    let app = spawn_app().await;
    let event = open_event(&app, "3600.00").await;
    let amina = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let brian = request(&app, &event, "Brian Otieno", "male", "18-24").await;
    let chebet = request(&app, &event, "Chebet Kiprop", "female", "35-49").await;
    let mut browser = officer_browser(&app, &event.officer).await;
    let page = |id: &str| format!("/staff/events/{}/requests/{id}", event.id);

    let approved = decide_in_page(
        &mut browser,
        &page(&amina),
        &[("outcome", "approved"), ("reason", "Speaks on the first panel.")],
    )
    .await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.text);
    assert_eq!(location(&approved), format!("/staff/events/{}?done=approved", event.id));
    assert_eq!(status_of(&app, &event.officer, &amina).await, "approved");
    let shown = browser.get(location(&approved)).await;
    assert!(shown.text.contains("The request was approved."), "{}", shown.text);

    let rejected = decide_in_page(
        &mut browser,
        &page(&brian),
        &[("outcome", "rejected"), ("reason", "Outside the event's scope.")],
    )
    .await;
    assert_eq!(rejected.status, StatusCode::SEE_OTHER, "{}", rejected.text);
    assert_eq!(status_of(&app, &event.officer, &brian).await, "rejected");
    let json = app
        .get(&format!("/sponsorship-requests/{brian}"), &event.officer.token)
        .await;
    assert_eq!(json.body["decision_reason"], "Outside the event's scope.");

    let waitlisted = decide_in_page(
        &mut browser,
        &page(&chebet),
        &[("outcome", "waitlisted"), ("reason", "Room may come.")],
    )
    .await;
    assert_eq!(waitlisted.status, StatusCode::SEE_OTHER, "{}", waitlisted.text);
    let event_page = browser.get(&format!("/staff/events/{}", event.id)).await;
    let waitlist = event_page.text.split("Waiting list").nth(1).unwrap_or_default();
    assert!(waitlist.contains("Chebet Kiprop"), "{}", event_page.text);
    assert!(!waitlist.contains("Amina Wanjiru"), "{}", event_page.text);
}

#[tokio::test]
async fn a_decision_without_a_reason_shows_the_form_again_and_changes_nothing() {
    let app = spawn_app().await;
    let event = open_event(&app, "3600.00").await;
    let amina = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let mut browser = officer_browser(&app, &event.officer).await;
    let page = format!("/staff/events/{}/requests/{amina}", event.id);
    let before = app.snapshot().await;

    let refused = decide_in_page(&mut browser, &page, &[("outcome", "approved"), ("reason", "  ")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(refused.text.contains("There is a problem"), "{}", refused.text);
    assert!(
        refused.text.contains("Enter the reason for the decision"),
        "{}",
        refused.text
    );
    assert!(refused.text.contains(r##"href="#reason""##), "{}", refused.text);
    assert!(
        refused.text.contains(r#"aria-describedby="reason-hint reason-error""#),
        "{}",
        refused.text
    );
    let nothing = decide_in_page(&mut browser, &page, &[("reason", "No outcome chosen.")]).await;
    assert_eq!(nothing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        nothing.text.contains("Choose approve, reject or the waiting list"),
        "{}",
        nothing.text
    );
    assert!(nothing.text.contains("No outcome chosen."), "the reason is kept");
    assert_eq!(app.snapshot().await, before, "nothing changed");
    assert_eq!(status_of(&app, &event.officer, &amina).await, "submitted");
}

#[tokio::test]
async fn a_stale_or_repeated_decision_changes_nothing_and_says_why() {
    let app = spawn_app().await;
    let event = open_event(&app, "3600.00").await;
    let amina = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let mut browser = officer_browser(&app, &event.officer).await;
    let page = format!("/staff/events/{}/requests/{amina}", event.id);
    let form = browser.get(&page).await;
    let token = crate::portal::csrf_token(&form.text);
    assert!(form.text.contains(r#"name="seen" value="submitted""#), "{}", form.text);
    // Meanwhile another officer waitlists it through the API.
    assert_eq!(decide(&app, &event, &amina, "waitlisted").await.status, StatusCode::OK);
    let fields = [
        ("csrf_token", token.as_str()),
        ("seen", "submitted"),
        ("outcome", "rejected"),
        ("reason", "Not this time."),
    ];
    let stale = browser.post_form(&page, &fields).await;
    assert_eq!(stale.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", stale.text);
    assert!(stale.text.contains("changed meanwhile"), "{}", stale.text);
    assert_eq!(status_of(&app, &event.officer, &amina).await, "waitlisted");

    let approve = [("outcome", "approved"), ("reason", "Room was found.")];
    let first = decide_in_page(&mut browser, &page, &approve).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.text);
    let again = [
        ("csrf_token", token.as_str()),
        ("seen", "waitlisted"),
        ("outcome", "approved"),
        ("reason", "Room was found."),
    ];
    let before = app.snapshot().await;
    let repeated = browser.post_form(&page, &again).await;
    assert_eq!(repeated.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", repeated.text);
    assert!(repeated.text.contains("changed meanwhile"), "{}", repeated.text);
    assert_eq!(app.snapshot().await, before, "the double post changed nothing");
    let decided = browser.get(&page).await;
    assert!(decided.text.contains("no longer decided here"), "{}", decided.text);
}

#[tokio::test]
async fn an_approval_over_the_budget_is_refused_on_the_form() {
    let app = spawn_app().await;
    let event = open_event(&app, "2000.00").await;
    let amina = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let brian = request(&app, &event, "Brian Otieno", "male", "18-24").await;
    assert_eq!(decide(&app, &event, &amina, "approved").await.status, StatusCode::OK);
    let mut browser = officer_browser(&app, &event.officer).await;
    let page = format!("/staff/events/{}/requests/{brian}", event.id);
    let over = decide_in_page(
        &mut browser,
        &page,
        &[("outcome", "approved"), ("reason", "Important.")],
    )
    .await;
    assert_eq!(over.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", over.text);
    assert!(over.text.contains("budget"), "{}", over.text);
    assert_eq!(status_of(&app, &event.officer, &brian).await, "submitted");
}

#[tokio::test]
async fn the_representation_page_draws_the_report_and_its_csv_matches_the_json() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let amina = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let brian = request(&app, &event, "Brian Otieno", "male", "35-49").await;
    let david = request(&app, &event, "David Mwangi", "male", "50+").await;
    request(&app, &event, "Esther Njeri", "female", "18-24").await;
    for id in [&amina, &brian, &david] {
        assert_eq!(decide(&app, &event, id, "approved").await.status, StatusCode::OK);
    }
    let mut browser = officer_browser(&app, &event.officer).await;
    let path = format!("/staff/events/{}/representation", event.id);
    let page = browser.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    for shown in [
        "<title>Approved travellers by gender</title>",
        "<title>Approved travellers by age</title>",
        "<title>Approved travellers by region</title>",
        "Women-led organisation",
        "33.33 % (1 of 3)",
        "at least 40 %",
        "at most 50 %",
        "Sub-Saharan Africa",
        "women are 33.33%",
    ] {
        assert!(page.text.contains(shown), "{shown}: {}", page.text);
    }
    assert!(page.text.contains(&format!(r#"href="{path}.csv""#)), "{}", page.text);

    let csv = browser.get(&format!("{path}.csv")).await;
    assert_eq!(csv.status, StatusCode::OK, "{}", csv.text);
    let json = app
        .get(&format!("/events/{}/representation", event.id), &event.officer.token)
        .await;
    let mut reader = csv::Reader::from_reader(csv.text.as_bytes());
    let mut rows = 0;
    for record in reader.records() {
        let record = record.expect("a CSV row");
        let (group, dimension, value) = (&record[0], &record[1], &record[2]);
        if group == "warning" {
            continue;
        }
        let counted = &json.body[group]["by"][dimension][value];
        assert_eq!(counted["count"].to_string(), record[3].to_owned(), "{record:?}");
        assert_eq!(counted["share"].as_str(), Some(&record[4]), "{record:?}");
        rows += 1;
    }
    assert!(rows >= 10, "{}", csv.text);
}

#[tokio::test]
async fn applicants_get_not_found_and_other_staff_are_refused() {
    let app = spawn_app().await;
    let event = open_event(&app, "3600.00").await;
    let amina = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let decision = format!("/staff/events/{}/requests/{amina}", event.id);
    let read = [
        page("/staff/events"),
        page(format!("/staff/events/{}", event.id)),
        page(&decision),
    ];
    refused_to(&app, &[Role::Officer, Role::Admin], &read).await;
    let officers = [
        form_with(&decision, &[("outcome", "approved"), ("reason", "Forged.")]),
        page(format!("/staff/events/{}/representation", event.id)),
        page(format!("/staff/events/{}/representation.csv", event.id)),
    ];
    refused_to(&app, &[Role::Officer], &officers).await;
    let admin = app.admin().await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&admin).await;
    let read = browser.get(&format!("/staff/events/{}", event.id)).await;
    assert_eq!(read.status, StatusCode::OK, "admins read the event");
    assert!(!read.text.contains("/requests/"), "but do not decide: {}", read.text);
    assert_eq!(status_of(&app, &event.officer, &amina).await, "submitted");
    let elsewhere = open_event(&app, "1000.00").await;
    let mut officer = officer_browser(&app, &event.officer).await;
    let wrong_event = format!("/staff/events/{}/requests/{amina}", elsewhere.id);
    assert_eq!(officer.get(&wrong_event).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_event_pages_speak_french() {
    let app = spawn_app().await;
    let event = open_event(&app, "3600.00").await;
    request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let mut browser = officer_browser(&app, &event.officer).await;
    browser.get("/language/fr?back=%2Fstaff").await;
    let page = browser.get(&format!("/staff/events/{}", event.id)).await;
    for word in [
        "Budget de parrainage",
        "Indemnité journalière",
        "Billet d",
        "Décider",
        "Voyageur",
    ] {
        assert!(page.text.contains(word), "{word}: {}", page.text);
    }
    let report = browser.get(&format!("/staff/events/{}/representation", event.id)).await;
    assert!(report.text.contains("Voyageurs approuvés par genre"), "{}", report.text);
}

/// A request of the event for a traveller who arrives on `arrival_on` (the 1-3 March event
/// authorises 28 February to 4 March), leaving on 4 March.
async fn request_arriving(app: &TestApp, event: &crate::sponsorships::Event, name: &str, arrival_on: &str) -> String {
    let mut body = crate::sponsorships::traveller(name, "female", "25-34", &event.organisation);
    body["arrival_on"] = serde_json::json!(arrival_on);
    let answer = app
        .post(
            &format!("/events/{}/sponsorship-requests", event.id),
            &event.member.token,
            body,
        )
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text);
    answer.id()
}

#[tokio::test]
async fn the_extra_nights_reason_is_asked_where_it_applies_required_and_printed_in_the_letter() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let within = request(&app, &event, "Brian Otieno", "male", "35-49").await;
    let early = request_arriving(&app, &event, "Amina Wanjiru", "2027-02-26").await;
    let mut browser = officer_browser(&app, &event.officer).await;
    let page = |id: &str| format!("/staff/events/{}/requests/{id}", event.id);

    let plain = browser.get(&page(&within)).await;
    assert_eq!(plain.status, StatusCode::OK, "{}", plain.text);
    assert!(!plain.text.contains("extra_nights_reason"), "{}", plain.text);
    let asked = browser.get(&page(&early)).await;
    for shown in [
        "Nights outside the authorised travel period",
        "2 nights of this stay fall outside",
        "Pay the 2 nights outside the authorised period?",
        r#"<label for="extra_nights_reason">Why the office pays these nights</label>"#,
        r#"aria-describedby="extra_nights_reason-hint""#,
    ] {
        assert!(asked.text.contains(shown), "{shown}: {}", asked.text);
    }

    let before = app.snapshot().await;
    let approve = |extra: &'static str, why: &'static str| {
        [
            ("outcome", "approved"),
            ("reason", "Speaks on the first panel."),
            ("extra_nights", extra),
            ("extra_nights_reason", why),
        ]
    };
    let blank = decide_in_page(&mut browser, &page(&early), &approve("pay", "  ")).await;
    assert_eq!(blank.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", blank.text);
    assert!(blank.text.contains("There is a problem"), "{}", blank.text);
    assert!(
        blank
            .text
            .contains("Enter why the office pays the nights outside the authorised period"),
        "{}",
        blank.text
    );
    assert!(
        blank.text.contains(r##"href="#extra_nights_reason""##),
        "{}",
        blank.text
    );
    assert!(
        blank
            .text
            .contains(r#"aria-describedby="extra_nights_reason-hint extra_nights_reason-error""#),
        "{}",
        blank.text
    );
    let why = "The only flight from Nairobi leaves on Friday.";
    let rejected = decide_in_page(
        &mut browser,
        &page(&early),
        &[
            ("outcome", "rejected"),
            ("reason", "Outside the scope."),
            ("extra_nights", "pay"),
            ("extra_nights_reason", why),
        ],
    )
    .await;
    assert_eq!(rejected.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", rejected.text);
    assert!(
        rejected
            .text
            .contains("only an approval or a waitlisting authorises extra nights"),
        "{}",
        rejected.text
    );
    assert!(rejected.text.contains(why), "the reason is kept: {}", rejected.text);
    let nothing = decide_in_page(
        &mut browser,
        &page(&within),
        &[
            ("outcome", "approved"),
            ("reason", "Selected."),
            ("extra_nights", "pay"),
            ("extra_nights_reason", why),
        ],
    )
    .await;
    assert_eq!(nothing.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", nothing.text);
    assert!(
        nothing.text.contains("there is nothing to authorise"),
        "{}",
        nothing.text
    );
    assert_eq!(app.snapshot().await, before, "nothing changed");

    let approved = decide_in_page(&mut browser, &page(&early), &approve("pay", why)).await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.text);
    let json = app
        .get(&format!("/sponsorship-requests/{early}"), &event.officer.token)
        .await;
    let entitlement = &json.body["entitlement"];
    assert_eq!(entitlement["extra_nights"], 2, "{}", json.text);
    assert_eq!(entitlement["extra_nights_reason"], why);
    let letter = app
        .get(
            &format!("/sponsorship-requests/{early}/letter.pdf"),
            &event.member.token,
        )
        .await;
    assert_eq!(letter.status, StatusCode::OK, "{}", letter.text);
    let text = crate::letters::pdf_text(&letter.bytes);
    for expected in ["2 nights beyond the authorised travel period", why] {
        assert!(
            text.contains(&crate::letters::compact(expected)),
            "`{expected}` in {text}"
        );
    }
}

#[tokio::test]
async fn targets_set_through_the_form_shape_the_report_bad_values_are_shown_and_the_csv_follows() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let amina = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let brian = request(&app, &event, "Brian Otieno", "male", "35-49").await;
    let david = request(&app, &event, "David Mwangi", "male", "50+").await;
    for id in [&amina, &brian, &david] {
        assert_eq!(decide(&app, &event, id, "approved").await.status, StatusCode::OK);
    }
    let mut browser = officer_browser(&app, &event.officer).await;
    let path = format!("/staff/events/{}/representation", event.id);
    let plain = browser.get(&path).await;
    for shown in [
        r#"<form method="get" action=""#,
        r#"<label for="min_women">Women, at least (%)</label>"#,
        "The office&#x27;s target: 40 %",
        r#"<option value="m49">UN M49 continents</option>"#,
    ] {
        assert!(plain.text.contains(shown), "{shown}: {}", plain.text);
    }

    let query = "min_women=50&min_young=10&max_region=100&regions=m49";
    let page = browser.get(&format!("{path}?{query}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    for shown in [
        "at least 50 %",
        "at least 10 %",
        "at most 100 %",
        "Africa",
        "below the target of 50%",
        r#"value="50""#,
        r#"<option value="m49" selected>"#,
    ] {
        assert!(page.text.contains(shown), "{shown}: {}", page.text);
    }
    assert!(!page.text.contains("Sub-Saharan Africa"), "counted by continent");
    let link = format!("{path}.csv?{}", query.replace('&', "&amp;"));
    assert!(page.text.contains(&format!(r#"href="{link}""#)), "{}", page.text);

    let csv = browser.get(&format!("{path}.csv?{query}")).await;
    assert_eq!(csv.status, StatusCode::OK, "{}", csv.text);
    let json = app
        .get(
            &format!("/events/{}/representation?{query}", event.id),
            &event.officer.token,
        )
        .await;
    assert_eq!(json.status, StatusCode::OK, "{}", json.text);
    let warnings: Vec<&str> = json.body["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .filter_map(|warning| warning.as_str())
        .collect();
    assert!(!warnings.is_empty(), "{}", json.text);
    for warning in warnings {
        assert!(csv.text.contains(warning), "{warning}: {}", csv.text);
    }
    assert!(csv.text.contains("approved,region,Africa,3,100.00"), "{}", csv.text);

    let before = app.snapshot().await;
    let bad = browser
        .get(&format!(
            "{path}?min_women=half&min_young=10&max_region=150&regions=planets"
        ))
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.text);
    assert!(bad.text.contains("There is a problem"), "{}", bad.text);
    for field in ["min_women", "max_region", "regions"] {
        assert!(
            bad.text.contains(&format!(r##"href="#{field}""##)),
            "{field}: {}",
            bad.text
        );
    }
    assert!(!bad.text.contains(r##"href="#min_young""##), "{}", bad.text);
    assert!(bad.text.contains("must be a percentage from 0 to 100"), "{}", bad.text);
    assert!(
        bad.text.contains(r#"value="half""#),
        "the typed value is kept: {}",
        bad.text
    );
    assert!(bad.text.contains(r#"aria-invalid="true""#), "{}", bad.text);
    let bad_csv = browser.get(&format!("{path}.csv?max_region=101")).await;
    assert_eq!(bad_csv.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad_csv.text);
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn french_pages_name_regions_and_say_refusals_in_french_while_the_api_keeps_english() {
    let app = spawn_app().await;
    let event = open_event(&app, "2000.00").await;
    let amina = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let brian = request(&app, &event, "Brian Otieno", "male", "18-24").await;
    assert_eq!(decide(&app, &event, &amina, "approved").await.status, StatusCode::OK);
    let mut browser = officer_browser(&app, &event.officer).await;
    browser.get("/language/fr?back=%2Fstaff").await;
    let page = |id: &str| format!("/staff/events/{}/requests/{id}", event.id);

    let over = decide_in_page(
        &mut browser,
        &page(&brian),
        &[("outcome", "approved"), ("reason", "Important.")],
    )
    .await;
    assert_eq!(over.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", over.text);
    assert!(
        over.text
            .contains("au-delà du budget de l’événement de 2\u{a0}000,00 EUR"),
        "{}",
        over.text
    );
    let form = browser.get(&page(&brian)).await;
    let token = crate::portal::csrf_token(&form.text);
    let decided = browser
        .post_form(
            &page(&amina),
            &[
                ("csrf_token", token.as_str()),
                ("seen", "approved"),
                ("outcome", "rejected"),
                ("reason", "Plus tard."),
            ],
        )
        .await;
    assert_eq!(decided.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", decided.text);
    assert!(
        decided.text.contains("cette demande est déjà « approuvée »"),
        "{}",
        decided.text
    );

    let report = format!("/staff/events/{}/representation", event.id);
    let office = browser.get(&report).await;
    assert!(office.text.contains("Afrique subsaharienne"), "{}", office.text);
    assert!(!office.text.contains("Sub-Saharan Africa"), "{}", office.text);
    let continents = browser.get(&format!("{report}?regions=m49&max_region=50")).await;
    assert!(continents.text.contains("Afrique"), "{}", continents.text);
    assert!(
        continents.text.contains("Afrique compte 100 % des voyageurs approuvés"),
        "a translated warning: {}",
        continents.text
    );
    let csv = browser.get(&format!("{report}.csv?regions=m49")).await;
    assert!(
        csv.text.contains("approved,region,Africa,1,100.00"),
        "the CSV keeps codes: {}",
        csv.text
    );

    // The API says the same refusal in English, as it always has.
    let api = app
        .post(
            &format!("/sponsorship-requests/{brian}/decision"),
            &event.officer.token,
            serde_json::json!({"outcome": "approved", "reason": "Important."}),
        )
        .await;
    assert_eq!(api.problem_type(), "budget-exceeded");
    assert_eq!(
        api.body["detail"],
        "approved sponsorships would total 3539.62 EUR, over the event's budget of 2000.00 EUR: \
         waitlist the request, or raise the budget"
    );
}

#[tokio::test]
async fn the_new_controls_refuse_the_wrong_role_and_organisation() {
    let app = spawn_app().await;
    let event = open_event(&app, "3600.00").await;
    let early = request_arriving(&app, &event, "Amina Wanjiru", "2027-02-26").await;
    let query = "?min_women=50&regions=m49";
    let pages = [
        format!("/staff/events/{}/representation{query}", event.id),
        format!("/staff/events/{}/representation.csv{query}", event.id),
    ];
    let decision = format!("/staff/events/{}/requests/{early}", event.id);
    let forged = [
        ("outcome", "approved"),
        ("reason", "Forged."),
        ("extra_nights", "pay"),
        ("extra_nights_reason", "Forged too."),
    ];
    let mut visits = pages.map(page).to_vec();
    visits.push(form_with(&decision, &forged));
    refused_to(&app, &[Role::Officer], &visits).await;
    let admin = app.admin().await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&admin).await;
    let read = browser.get(&decision).await;
    assert!(
        !read.text.contains("extra_nights_reason"),
        "admins do not decide: {}",
        read.text
    );
    let elsewhere = open_event(&app, "1000.00").await;
    let mut officer = officer_browser(&app, &elsewhere.officer).await;
    let other = format!(
        "/staff/events/{}/representation{query}",
        "00000000-0000-0000-0000-000000000000"
    );
    assert_eq!(officer.get(&other).await.status, StatusCode::NOT_FOUND);
    let wrong_event = format!("/staff/events/{}/requests/{early}", elsewhere.id);
    assert_eq!(officer.get(&wrong_event).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get(&format!("/sponsorship-requests/{early}"), &event.officer.token)
            .await
            .body["status"],
        "submitted"
    );
}
