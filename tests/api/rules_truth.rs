//! Rules that tell the truth (issue 22 and the events items of issue 19): an overturned
//! finding no longer shows, the history of findings is kept, reminders follow the latest
//! facts, released money returns to the budget, and tranches, percents and rates read as
//! a finance officer would.

use axum::http::StatusCode;
use serde_json::{Value, json};

use crate::support::{Scene, TestApp, spawn_app};

fn grounds() -> Value {
    json!({"grounds": "The registration certificate was attached as annex 1."})
}

/// An application screened ineligible, appealed by its organisation; answers the
/// application and the appeal.
async fn appealed_ineligibility(app: &TestApp, scene: &Scene) -> (String, String) {
    let application = app
        .submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    let finding = json!({"eligible": false, "failed_criteria": ["registered_cso"], "reason": "No certificate."});
    let screened = app
        .post(
            &format!("/applications/{application}/eligibility"),
            &scene.officer.token,
            finding,
        )
        .await;
    assert_eq!(screened.status, StatusCode::OK, "{}", screened.text);
    let appeal = app
        .post(
            &format!("/applications/{application}/appeals"),
            &scene.member.token,
            grounds(),
        )
        .await
        .id();
    (application, appeal)
}

#[tokio::test]
async fn an_overturned_ineligibility_no_longer_reads_as_ineligible_and_stays_in_the_history() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let (application, appeal) = appealed_ineligibility(&app, &scene).await;
    let second = app.officer().await;
    let overturned = app
        .post(
            &format!("/appeals/{appeal}/resolution"),
            &second.token,
            json!({"outcome": "overturned", "reason": "Certificate found in annex 1."}),
        )
        .await;
    assert_eq!(overturned.status, StatusCode::OK, "{}", overturned.text);

    let seen = app
        .get(&format!("/applications/{application}"), &scene.member.token)
        .await;
    assert_eq!(seen.body["status"], "under_review");
    assert_eq!(seen.body["eligibility"]["eligible"], true, "{}", seen.text);
    assert_eq!(seen.body["eligibility"]["failed_criteria"], json!([]));
    assert_eq!(seen.body["eligibility"]["reason"], "Certificate found in annex 1.");

    let history = seen.body["history"].as_array().expect("history").clone();
    let actions: Vec<&str> = history
        .iter()
        .map(|entry| entry["action"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(actions, ["found_ineligible", "appealed", "appeal_overturned"]);
    assert_eq!(history[0]["failed_criteria"], json!(["registered_cso"]));
    assert_eq!(history[0]["reason"], "No certificate.");
    assert_eq!(history[2]["reason"], "Certificate found in annex 1.");
    assert!(
        history.iter().all(|entry| entry["by"].is_null()),
        "members do not learn who acted"
    );

    let staff = app
        .get(&format!("/applications/{application}"), &scene.officer.token)
        .await;
    assert_eq!(staff.body["history"][0]["by"], json!(scene.officer.id));
    assert_eq!(staff.body["history"][2]["by"], json!(second.id));
}

#[tokio::test]
async fn an_overturned_rejection_keeps_the_decision_in_the_history() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app.reviewed(&scene).await;
    let reason = "The workplan does not explain how participants are kept safe.";
    let rejected = app
        .post(
            &format!("/applications/{application}/decision"),
            &scene.officer.token,
            json!({"outcome": "rejected", "reason": reason}),
        )
        .await;
    assert_eq!(rejected.status, StatusCode::OK, "{}", rejected.text);
    let appeal = app
        .post(
            &format!("/applications/{application}/appeals"),
            &scene.member.token,
            grounds(),
        )
        .await
        .id();
    let second = app.officer().await;
    app.post(
        &format!("/appeals/{appeal}/resolution"),
        &second.token,
        json!({"outcome": "overturned", "reason": "Annex 3 answers the concern."}),
    )
    .await;
    let seen = app
        .get(&format!("/applications/{application}"), &scene.member.token)
        .await;
    assert_eq!(seen.body["status"], "under_review");
    let history = seen.body["history"].as_array().expect("history").clone();
    let rejection = history
        .iter()
        .find(|entry| entry["action"] == "rejected")
        .expect("the rejection stays on record");
    assert_eq!(rejection["reason"], reason);
    assert!(rejection["at"].is_string());
    assert_eq!(history.last().expect("entries")["action"], "appeal_overturned");
    let mut browser = crate::portal::Browser::new(&app);
    browser.sign_in(&scene.member.email).await;
    let page = browser.get(&format!("/portal/applications/{application}")).await;
    assert!(
        page.text.contains(&format!("Reason: {reason}")),
        "the overturned rejection's reason stays readable"
    );
    assert!(
        page.text.contains("Reason: Annex 3 answers the concern."),
        "{}",
        page.text
    );
    let listed = app
        .get(&format!("/applications?call_id={}", scene.call), &scene.member.token)
        .await;
    assert!(listed.body["items"][0].get("history").is_none(), "lists stay light");
}

/// The diligence-expiring reminders in the outbox.
async fn diligence_reminders(app: &TestApp) -> usize {
    let (rows, _) = grantdesk::reminders::store::list(&app.db, None, None, (500, 0))
        .await
        .expect("outbox");
    rows.iter().filter(|row| row.rule == "diligence_expiring").count()
}

#[tokio::test]
async fn the_diligence_expiring_reminder_follows_the_latest_completed_assessment() {
    let app = crate::support::spawn_app_with(&[("GRANTDESK_DILIGENCE_VALID_MONTHS", "1")]).await;
    let scene = app.scene().await;
    let passed = app.passed_due_diligence(&scene.officer, &scene.organisation).await;
    app.clock.advance(chrono::Duration::minutes(1));
    let failed = app
        .completed_due_diligence(&scene.officer, &scene.organisation, "failed")
        .await;
    let seen = app.get(&format!("/due-diligence/{failed}"), &scene.officer.token).await;
    assert_eq!(seen.body["status"], "failed", "{}", seen.text);

    // Valid one month: the older, passed assessment's 30-day threshold is today.
    grantdesk::reminders::enqueue_due(&app.state).await.expect("job runs");
    assert_eq!(diligence_reminders(&app).await, 0, "the newer assessment failed");
    let feed = app.get("/me/deadlines.ics", &scene.officer.token).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(
        !feed.text.contains(&passed),
        "no calendar event for the superseded assessment"
    );
    let events = crate::reminders::parse_ics(&feed.text);
    assert!(events.is_empty(), "{}", feed.text);

    // A later passed assessment is followed again.
    app.clock.advance(chrono::Duration::minutes(1));
    app.passed_due_diligence(&scene.officer, &scene.organisation).await;
    grantdesk::reminders::enqueue_due(&app.state).await.expect("job runs");
    assert_eq!(diligence_reminders(&app).await, 1);
}

#[tokio::test]
async fn after_a_mail_outage_only_the_latest_reminder_of_a_deadline_is_sent() {
    use grantdesk::reminders::store;

    let port = crate::smtp::free_port().await;
    let app = crate::support::spawn_app_with(&[("GRANTDESK_SMTP_URL", &format!("smtp://127.0.0.1:{port}"))]).await;
    let officer = app.officer().await;
    let call = crate::reminders::call_closing_in(&app, &officer, 7).await;
    let member = crate::reminders::drafter(&app, &call).await;
    let enqueue = || grantdesk::reminders::enqueue_due(&app.state);
    assert_eq!(enqueue().await.expect("job runs"), 1, "the 7-day reminder");
    let down = grantdesk::reminders::deliver_due(&app.state).await.expect("delivers");
    assert_eq!(down.retrying, 1, "the server is down");
    app.clock.advance(chrono::Duration::days(6));
    assert_eq!(enqueue().await.expect("job runs"), 1, "the 1-day reminder");

    let server = crate::smtp::SmtpServer::start_on(port, false).await;
    let up = grantdesk::reminders::deliver_due(&app.state).await.expect("delivers");
    assert_eq!((up.sent, up.superseded), (1, 1));
    assert_eq!(server.mails().len(), 1, "one reminder, not two at once");
    let (mut rows, _) = store::list(&app.db, Some(member.id), None, (50, 0))
        .await
        .expect("outbox");
    rows.retain(|row| row.rule == "call_closing");
    rows.sort_by_key(|row| row.created_at);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].status, "failed");
    assert!(
        rows[0]
            .last_error
            .as_deref()
            .unwrap_or_default()
            .starts_with("superseded"),
        "{:?}",
        rows[0].last_error
    );
    assert_eq!(rows[1].status, "sent", "the latest occurrence goes out");
    let metrics = app.metrics().await;
    assert!(
        metrics.contains("grantdesk_outbox_messages{state=\"superseded\"} 1\n"),
        "{metrics}"
    );
}

/// The scene with its call's budget ceiling set to `ceiling` before it opens.
async fn scene_with_budget(app: &TestApp, ceiling: &str) -> Scene {
    let mut scene = app.scene().await;
    let call = app.draft_call(&scene.officer).await;
    let patched = app
        .patch(
            &format!("/calls/{call}"),
            &scene.officer.token,
            json!({"budget_ceiling": ceiling, "max_grant": "25000.00"}),
        )
        .await;
    assert_eq!(patched.status, StatusCode::OK, "{}", patched.text);
    let published = app
        .post_empty(&format!("/calls/{call}/publish"), &scene.officer.token)
        .await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    scene.call = call;
    scene
}

fn award_of_24500() -> Value {
    json!({"outcome": "awarded", "reason": "A strong, safe and well-budgeted proposal.", "amount": "24500.00"})
}

#[tokio::test]
async fn a_terminated_award_returns_its_unpaid_money_to_the_calls_budget() {
    let app = spawn_app().await;
    let scene = scene_with_budget(&app, "30000.00").await;
    let first = app.active_award(&scene, award_of_24500()).await;
    let second = app.awardable(&scene).await;
    let path = format!("/applications/{second}/decision");
    let decide = || app.post(&path, &scene.officer.token, award_of_24500());
    let refused = decide().await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text);
    assert_eq!(refused.problem_type(), "budget-exceeded");

    let terminated = app
        .post(
            &format!("/awards/{first}/terminate"),
            &scene.officer.token,
            json!({"reason": "The organisation was dissolved by court order."}),
        )
        .await;
    assert_eq!(terminated.status, StatusCode::OK, "{}", terminated.text);
    assert_eq!(terminated.body["released_amount"], "24500.00");
    let seen = app.get(&format!("/awards/{first}"), &scene.member.token).await;
    assert_eq!(seen.body["released_amount"], "24500.00");
    let admin = app.admin().await;
    let audit = app.get(&format!("/audit?subject_id={first}"), &admin.token).await;
    let event = &audit.body["items"][0];
    assert_eq!(event["action"], "award.terminated");
    assert_eq!(
        event["summary"]["released"],
        json!({"amount": "24500.00", "currency": "EUR"})
    );

    let awarded = decide().await;
    assert_eq!(
        awarded.status,
        StatusCode::OK,
        "the released money is in the budget again: {}",
        awarded.text
    );
}

#[tokio::test]
async fn an_events_requests_come_a_page_at_a_time_with_their_organisations_names() {
    use crate::sponsorships::{Event, open_event, request};

    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    for name in ["Amina Wanjiru", "Joseph Otieno"] {
        request(&app, &event, name, "female", "25-34").await;
        app.clock.advance(chrono::Duration::minutes(1));
    }
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let patched = app
        .patch(
            &format!("/organisations/{organisation}"),
            &member.token,
            json!({"legal_name": "Sahel Youth Dialogue"}),
        )
        .await;
    assert_eq!(patched.status, StatusCode::OK, "{}", patched.text);
    let other = Event {
        officer: event.officer.clone(),
        member,
        organisation,
        id: event.id.clone(),
    };
    request(&app, &other, "Fatou Diallo", "female", "18-24").await;

    let path = format!("/events/{}/sponsorship-requests", event.id);
    let first = app
        .get(&format!("{path}?limit=2&count=true"), &event.officer.token)
        .await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text);
    assert_eq!(first.body["total"], 3);
    let names: Vec<&str> = first.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|item| item["organisation_name"].as_str().unwrap_or("null"))
        .collect();
    assert_eq!(names, ["Women for Peace Network", "Women for Peace Network"]);
    let rest = app.get(&format!("{path}?limit=2&offset=2"), &event.officer.token).await;
    assert_eq!(rest.body["items"][0]["traveller_name"], "Fatou Diallo");
    assert_eq!(rest.body["items"][0]["organisation_name"], "Sahel Youth Dialogue");

    let theirs = app.get(&format!("{path}?count=true"), &other.member.token).await;
    assert_eq!(theirs.body["total"], 1, "members see their own organisation's requests");
    assert_eq!(theirs.body["items"][0]["organisation_name"], "Sahel Youth Dialogue");
    let outsider = app.applicant().await;
    let hidden = app.get(&path, &outsider.token).await;
    assert_eq!(hidden.body, json!({"items": []}));
    let reviewer = app.reviewer().await;
    let nothing = app.get(&path, &reviewer.token).await;
    assert_eq!(nothing.body, json!({"items": []}), "a reviewer learns nothing");
    let bad = app.get(&format!("{path}?limit=0"), &event.officer.token).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.text);
}

#[tokio::test]
async fn a_tranche_percent_is_a_decimal_string_and_nothing_else() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app.awardable(&scene).await;
    let cases = [
        (json!(60), "a JSON number"),
        (json!("1e2"), "an exponent"),
        (json!("60%"), "a percent sign"),
        (json!(""), "nothing"),
    ];
    for (percent, what) in cases {
        let before = app.snapshot().await;
        let body = json!({
            "outcome": "awarded", "reason": "Strong and safe.", "amount": "20000.00",
            "tranches": [
                {"percent": percent, "due_on": "2027-12-15", "condition": "award accepted"},
                {"percent": "40", "due_on": "2028-06-30", "condition": "interim report received"}
            ]
        });
        let refused = app
            .post(
                &format!("/applications/{application}/decision"),
                &scene.officer.token,
                body,
            )
            .await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{what}: {}",
            refused.text
        );
        assert_eq!(
            refused.failing_fields(),
            vec!["tranches[0].percent"],
            "{what}: {}",
            refused.text
        );
        assert_eq!(app.snapshot().await, before, "{what}: nothing changed");
    }
}

#[tokio::test]
async fn event_exchange_rates_take_ten_decimals_and_a_missing_rate_is_reported_once() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let event = |rates: Value| {
        json!({
            "name": "Regional conference on preventing violent extremism",
            "city": "Vienna", "country": "AT", "venue": "Vienna International Centre",
            "starts_on": "2027-03-01", "ends_on": "2027-03-03",
            "request_deadline": grantdesk::clock::Clock::now(&*app.clock) + chrono::Duration::days(30),
            "currency": "EUR", "sponsorship_budget": "50000.00",
            "exchange_rates": rates,
        })
    };
    let cases = [
        (json!({"USD": "0.92150000001"}), vec!["exchange_rates.USD"]),
        (json!({"USD": 0.9215}), vec!["exchange_rates.USD"]),
        (json!({}), vec!["exchange_rates"]),
    ];
    for (rates, fields) in cases {
        let refused = app.post("/events", &officer.token, event(rates.clone())).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{rates}: {}",
            refused.text
        );
        assert_eq!(refused.failing_fields(), fields, "{rates}: {}", refused.text);
    }
    let ten = app
        .post("/events", &officer.token, event(json!({"USD": "0.9215000001"})))
        .await;
    assert_eq!(ten.status, StatusCode::CREATED, "{}", ten.text);
}

/// Whether an English sentence puts "a" before a vowel sound ("a appealed application").
fn has_wrong_article(sentence: &str) -> bool {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    words.windows(2).any(|pair| {
        pair[0].eq_ignore_ascii_case("a") && pair[1].starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U'])
    })
}

#[test]
fn every_refusal_of_every_state_machine_takes_the_right_article() {
    use grantdesk::{applications, awards, calls, disbursements, events, sponsorships};

    assert!(has_wrong_article("a appealed application"), "the check itself works");
    let mut refusals = Vec::new();
    for status in applications::rules::ALL_STATUSES {
        use applications::rules::ApplicationAction as A;
        for action in [
            A::Submit,
            A::Withdraw,
            A::MarkEligible,
            A::MarkIneligible,
            A::StartReview,
            A::Award,
            A::Reject,
            A::Appeal,
            A::UpholdAppeal { appealed_from: status },
            A::OverturnAppeal,
        ] {
            refusals.extend(applications::rules::transition(status, action).err());
        }
    }
    for status in calls::rules::ALL_STATUSES {
        use calls::rules::CallAction as A;
        for action in [A::Publish, A::Close, A::Decide, A::Cancel] {
            refusals.extend(calls::rules::transition(status, action).err());
        }
    }
    for status in events::rules::EventStatus::ALL {
        use events::rules::EventAction as A;
        for action in [A::Publish, A::Close, A::Hold] {
            refusals.extend(events::rules::transition(status, action).err());
        }
    }
    for status in ["pending_acceptance", "active", "completed", "terminated"]
        .into_iter()
        .filter_map(awards::rules::AwardStatus::parse)
    {
        use awards::rules::AwardAction as A;
        for action in [A::Accept, A::Complete, A::Terminate] {
            refusals.extend(awards::rules::transition(status, action).err());
        }
    }
    for status in disbursements::rules::DisbursementStatus::ALL {
        use disbursements::rules::DisbursementAction as A;
        for action in [A::Approve, A::Pay, A::Cancel] {
            refusals.extend(disbursements::rules::transition(status, action).err());
        }
    }
    for status in sponsorships::rules::SponsorshipStatus::ALL {
        use sponsorships::rules::{SponsorshipAction as A, SponsorshipOutcome as O};
        for action in [
            A::Submit,
            A::Decide(O::Approved),
            A::Decide(O::Rejected),
            A::Decide(O::Waitlisted),
            A::Cancel,
            A::ConfirmTravel,
            A::Reconcile,
        ] {
            refusals.extend(
                sponsorships::rules::transition(status, action)
                    .err()
                    .map(|refused| refused.to_string()),
            );
        }
    }
    assert!(refusals.len() > 100, "{}", refusals.len());
    let wrong: Vec<&String> = refusals.iter().filter(|refusal| has_wrong_article(refusal)).collect();
    assert!(wrong.is_empty(), "{wrong:?}");
}
