//! Reminders against a controllable clock (due, not yet due, already sent), exactly once
//! under repeated and concurrent runs, delivery over a real SMTP exchange with retries and
//! leases, notifications, and the iCalendar feeds parsed back.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use chrono::Duration;
use grantdesk::clock::Clock;
use grantdesk::reminders::store::{self, message};
use serde_json::json;

use crate::smtp::{SmtpServer, free_port};
use crate::support::{Actor, TestApp, call_body, spawn_app, spawn_app_with};

async fn enqueue(app: &TestApp) -> usize {
    grantdesk::reminders::enqueue_due(&app.state).await.expect("job runs")
}

/// The reminders in the outbox (not the account emails the arranged people were sent).
async fn outbox(app: &TestApp) -> Vec<message::Model> {
    let (rows, _) = store::list(&app.db, None, None, (500, 0)).await.expect("outbox");
    rows.into_iter()
        .filter(|row| grantdesk::reminders::rules::Rule::parse(&row.rule).is_some())
        .collect()
}

/// How many messages each rule has enqueued.
async fn by_rule(app: &TestApp) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for row in outbox(app).await {
        *counts.entry(row.rule).or_default() += 1;
    }
    counts
}

fn counts(pairs: &[(&str, usize)]) -> BTreeMap<String, usize> {
    pairs.iter().map(|(rule, count)| ((*rule).to_owned(), *count)).collect()
}

/// An open call closing in `days` days; answers its id.
pub(crate) async fn call_closing_in(app: &TestApp, officer: &Actor, days: i64) -> String {
    let mut body = call_body(app.clock.now());
    body["title"] = json!("Prevention through sport 2027");
    body["closes_at"] = json!(app.clock.now() + Duration::days(days));
    let created = app.post("/calls", &officer.token, body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let id = created.id();
    let published = app.post_empty(&format!("/calls/{id}/publish"), &officer.token).await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    id
}

/// A member of a new organisation with a draft application under `call`.
pub(crate) async fn drafter(app: &TestApp, call: &str) -> Actor {
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    app.draft_application(&member, &organisation, call).await;
    member
}

#[tokio::test]
async fn a_call_closing_reminder_is_due_at_each_threshold_and_sent_once() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = call_closing_in(&app, &officer, 10).await;
    let member = drafter(&app, &call).await;
    let submitter = app.applicant().await;
    let organisation = app.organisation(&submitter).await;
    app.submitted_application(&submitter, &organisation, &call).await;

    assert_eq!(enqueue(&app).await, 0, "7 days before closing is 3 days away");
    app.clock.advance(Duration::days(3));
    assert_eq!(enqueue(&app).await, 1, "due: 7 days before closing");
    let rows = outbox(&app).await;
    assert_eq!(
        rows[0].recipient, member.email,
        "only the drafter, not the organisation that submitted"
    );
    assert_eq!(rows[0].rule, "call_closing");
    assert_eq!(
        rows[0].subject,
        format!(
            "Reminder: the call \"Prevention through sport 2027\" closes on {}",
            (grantdesk::clock::Clock::now(&*app.clock) + Duration::days(7)).format("%-d %B %Y, %H:%M UTC")
        )
    );
    assert!(rows[0].body.starts_with("Dear Test applicant,"), "{}", rows[0].body);
    assert_eq!(enqueue(&app).await, 0, "already sent");
    app.clock.advance(Duration::days(5));
    assert_eq!(enqueue(&app).await, 0, "the 1-day reminder is a day away");
    app.clock.advance(Duration::days(1));
    assert_eq!(enqueue(&app).await, 1, "due: 1 day before closing");
    assert_eq!(enqueue(&app).await, 0);
    app.clock.advance(Duration::days(2));
    assert_eq!(enqueue(&app).await, 0, "the call has closed");
    assert_eq!(counts(&[("call_closing", 2)]), by_rule(&app).await);
}

#[tokio::test]
async fn every_rule_reaches_its_recipients_when_due_and_only_then() {
    let app = spawn_app_with(&[("GRANTDESK_DILIGENCE_VALID_MONTHS", "1")]).await;
    let scene = app.scene().await;
    let today = app.clock.now().date_naive();
    let award = app
        .active_award(
            &scene,
            json!({"outcome": "awarded", "reason": "Strong and safe.", "amount": "24500.00",
                   "reporting_obligations": [{"kind": "interim_narrative", "due_on": today + Duration::days(20)}]}),
        )
        .await;
    let late_reviewer = app.reviewer().await;
    app.under_review(&scene, &late_reviewer).await;
    let rejected = app.reviewed(&scene).await;
    let decided = app
        .post(
            &format!("/applications/{rejected}/decision"),
            &scene.officer.token,
            json!({"outcome": "rejected", "reason": "The budget does not match the workplan."}),
        )
        .await;
    assert_eq!(decided.status, StatusCode::OK, "{}", decided.text);
    let requester = app.finance().await;
    let approver = app.finance().await;
    let requested = app
        .request_disbursement(
            &requester,
            &award,
            "k-1",
            json!({"amount": "1000.00", "currency": "EUR", "payee_reference": "KE-0001"}),
        )
        .await;
    assert_eq!(requested.status, StatusCode::CREATED, "{}", requested.text);

    // Due diligence valid one month: 30 days before its end is today.
    assert_eq!(enqueue(&app).await, 1);
    assert_eq!(counts(&[("diligence_expiring", 1)]), by_rule(&app).await);
    // Reports are due on a date: their thresholds fall at midnight UTC.
    let start = app.clock.now();
    let midnight = |days: i64| {
        (today + Duration::days(days))
            .and_hms_opt(0, 0, 0)
            .expect("time")
            .and_utc()
    };
    let steps = [
        (start + Duration::days(1), "disbursement_awaiting_approval"),
        (start + Duration::days(3), "review_overdue"),
        (midnight(20 - 14), "report_due"),
        (start + Duration::days(10), "review_overdue"),
        (start + Duration::days(14 - 3), "appeal_window_closing"),
        (midnight(20 - 3), "report_due"),
    ];
    let mut expected = counts(&[("diligence_expiring", 1)]);
    for (threshold, rule) in steps {
        app.clock.set(threshold - Duration::minutes(1));
        assert_eq!(enqueue(&app).await, 0, "{rule} is not due a minute before {threshold}");
        app.clock.set(threshold);
        assert_eq!(enqueue(&app).await, 1, "{rule} at {threshold}");
        assert_eq!(enqueue(&app).await, 0, "{rule} already sent");
        *expected.entry(rule.to_owned()).or_default() += 1;
        assert_eq!(expected, by_rule(&app).await, "at {threshold}");
    }
    let recipients: BTreeMap<String, String> = outbox(&app)
        .await
        .into_iter()
        .map(|row| (row.rule, row.recipient))
        .collect();
    assert_eq!(
        recipients["disbursement_awaiting_approval"], approver.email,
        "never the requester"
    );
    assert_eq!(recipients["review_overdue"], late_reviewer.email);
    assert_eq!(recipients["report_due"], scene.member.email);
    assert_eq!(recipients["appeal_window_closing"], scene.member.email);
    assert_eq!(recipients["diligence_expiring"], scene.officer.email);
    let report = outbox(&app)
        .await
        .into_iter()
        .find(|row| row.rule == "report_due")
        .expect("report reminder");
    assert!(
        report.subject.contains("Interim narrative report of award GD-"),
        "{}",
        report.subject
    );
}

#[tokio::test]
async fn reminders_are_enqueued_once_when_the_job_runs_twice_or_on_three_replicas_at_once() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = call_closing_in(&app, &officer, 7).await;
    for _ in 0..4 {
        drafter(&app, &call).await;
    }
    let runs: Vec<_> = (0..3)
        .map(|_| {
            let state = app.state.clone();
            tokio::spawn(async move { grantdesk::reminders::enqueue_due(&state).await })
        })
        .collect();
    let mut enqueued = 0;
    for run in runs {
        enqueued += run.await.expect("task").expect("job runs");
    }
    assert_eq!(enqueued, 4, "three concurrent runs enqueue each reminder once");
    assert_eq!(outbox(&app).await.len(), 4);
    assert_eq!(enqueue(&app).await, 0, "a second run adds nothing");
    assert_eq!(outbox(&app).await.len(), 4);
}

#[tokio::test]
async fn a_reminder_arrives_over_smtp_with_its_recipient_subject_and_body() {
    let server = SmtpServer::start(false).await;
    let app = spawn_app_with(&[
        ("GRANTDESK_SMTP_URL", &server.url()),
        ("GRANTDESK_MAIL_FROM", "Grants Office <grants@office.example>"),
    ])
    .await;
    let officer = app.officer().await;
    let call = call_closing_in(&app, &officer, 7).await;
    let member = drafter(&app, &call).await;
    let (enqueued, delivered) = grantdesk::reminders::run_once(&app.state).await.expect("runs");
    assert_eq!((enqueued, delivered.sent), (1, 1));
    let mails = server.mails();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].to, vec![format!("<{}>", member.email)]);
    assert!(mails[0].from.contains("grants@office.example"), "{}", mails[0].from);
    assert!(
        mails[0]
            .data
            .contains("Subject: Reminder: the call \"Prevention through sport 2027\" closes on"),
        "{}",
        mails[0].data
    );
    assert!(mails[0].data.contains("Dear Test applicant,"), "{}", mails[0].data);
    let row = &outbox(&app).await[0];
    assert_eq!((row.status.as_str(), row.attempts), ("sent", 1));
    assert!(
        mails[0].data.contains(&format!("Message-ID: <{}@grantdesk>", row.id)),
        "a resent copy would carry the same id: {}",
        mails[0].data
    );
    assert!(row.sent_at.is_some());
    let again = grantdesk::reminders::run_once(&app.state).await.expect("runs");
    assert_eq!((again.0, again.1.sent), (0, 0));
    assert_eq!(server.mails().len(), 1, "sent once");
}

#[tokio::test]
async fn a_refusing_server_makes_the_message_retry_with_backoff_then_fail() {
    let server = SmtpServer::start(true).await;
    let app = spawn_app_with(&[("GRANTDESK_SMTP_URL", &server.url())]).await;
    let officer = app.officer().await;
    let call = call_closing_in(&app, &officer, 7).await;
    drafter(&app, &call).await;
    enqueue(&app).await;
    for attempt in 1..=8 {
        let delivered = grantdesk::reminders::deliver_due(&app.state).await.expect("delivers");
        let row = &outbox(&app).await[0];
        assert_eq!(row.attempts, attempt);
        assert!(
            row.last_error.as_deref().is_some_and(|error| error.contains("550")),
            "{row:?}"
        );
        if attempt < 8 {
            assert_eq!((delivered.retrying, row.status.as_str()), (1, "queued"));
            let wait = row.next_attempt_at - app.clock.now();
            assert_eq!(
                wait,
                Duration::minutes(1 << (attempt - 1)),
                "backoff after attempt {attempt}"
            );
            let early = grantdesk::reminders::deliver_due(&app.state).await.expect("delivers");
            assert_eq!(early.retrying, 0, "not before its next attempt");
            app.clock.advance(wait);
        } else {
            assert_eq!((delivered.failed, row.status.as_str()), (1, "failed"));
        }
    }
    app.clock.advance(Duration::days(1));
    let after = grantdesk::reminders::deliver_due(&app.state).await.expect("delivers");
    assert_eq!(after, grantdesk::reminders::Delivered::default(), "failed for good");
    assert!(server.mails().is_empty());
}

#[tokio::test]
async fn nothing_is_lost_when_the_server_is_down_first_or_a_worker_dies_after_its_claim() {
    let port = free_port().await;
    let app = spawn_app_with(&[("GRANTDESK_SMTP_URL", &format!("smtp://127.0.0.1:{port}"))]).await;
    let officer = app.officer().await;
    let call = call_closing_in(&app, &officer, 7).await;
    drafter(&app, &call).await;
    drafter(&app, &call).await;
    assert_eq!(enqueue(&app).await, 2);
    let down = grantdesk::reminders::deliver_due(&app.state).await.expect("delivers");
    assert_eq!(down.retrying, 2, "the server is down");
    let server = SmtpServer::start_on(port, false).await;
    app.clock.advance(Duration::minutes(1));

    // A worker claims one message and dies before sending it.
    let claimed = store::claim(&app.db, app.clock.now(), grantdesk::reminders::LEASE, 1)
        .await
        .expect("claims");
    assert_eq!(claimed.len(), 1);
    let up = grantdesk::reminders::deliver_due(&app.state).await.expect("delivers");
    assert_eq!(up.sent, 1, "the other one goes; the claimed one waits for its lease");
    app.clock.advance(grantdesk::reminders::LEASE + Duration::seconds(1));
    let later = grantdesk::reminders::deliver_due(&app.state).await.expect("delivers");
    assert_eq!(later.sent, 1, "claimed again once the lease ran out");
    assert_eq!(server.mails().len(), 2);
    assert!(outbox(&app).await.iter().all(|row| row.status == "sent"));
}

#[tokio::test]
async fn a_worker_whose_lease_ran_out_can_neither_renew_it_nor_record_an_outcome() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = call_closing_in(&app, &officer, 7).await;
    drafter(&app, &call).await;
    assert_eq!(enqueue(&app).await, 1);
    let lease = grantdesk::reminders::LEASE;
    let first = store::claim(&app.db, app.clock.now(), lease, 10).await.expect("claims");
    assert_eq!(first.len(), 1);
    assert!(
        store::claim(&app.db, app.clock.now(), lease, 10)
            .await
            .expect("claims")
            .is_empty(),
        "leased"
    );
    app.clock.advance(lease + Duration::seconds(1));
    let second = store::claim(&app.db, app.clock.now(), lease, 10).await.expect("claims");
    assert_eq!(second.len(), 1, "claimed again once the lease ran out");
    assert_eq!(second[0].attempts, 2);

    // The first worker wakes up while the second one holds the message.
    let stale = &first[0];
    let renewed = store::renew_lease(&app.db, stale, app.clock.now(), lease)
        .await
        .expect("renews");
    assert!(!renewed, "a stale claim does not renew");
    let failure = Err(("timeout".to_owned(), None));
    store::finish_delivery(&app.db, stale, failure, app.clock.now())
        .await
        .expect("records");
    let row = &outbox(&app).await[0];
    assert_eq!(
        (row.status.as_str(), row.attempts, row.last_error.clone()),
        ("sending", 2, None),
        "untouched"
    );
    assert!(
        store::renew_lease(&app.db, &second[0], app.clock.now(), lease)
            .await
            .expect("renews")
    );
    store::finish_delivery(&app.db, &second[0], Ok(()), app.clock.now())
        .await
        .expect("records");
    assert_eq!(outbox(&app).await[0].status, "sent");
}

#[tokio::test]
async fn concurrent_workers_send_each_message_once() {
    let server = SmtpServer::start(false).await;
    let app = spawn_app_with(&[("GRANTDESK_SMTP_URL", &server.url())]).await;
    let officer = app.officer().await;
    let call = call_closing_in(&app, &officer, 7).await;
    for _ in 0..6 {
        drafter(&app, &call).await;
    }
    assert_eq!(enqueue(&app).await, 6);
    let workers: Vec<_> = (0..3)
        .map(|_| {
            let state = app.state.clone();
            tokio::spawn(async move { grantdesk::reminders::deliver_due(&state).await })
        })
        .collect();
    let mut sent = 0;
    for worker in workers {
        sent += worker.await.expect("task").expect("delivers").sent;
    }
    assert_eq!(sent, 6);
    assert_eq!(server.mails().len(), 6, "no message twice");
}

#[tokio::test]
async fn without_smtp_messages_wait_in_the_outbox_and_show_as_notifications() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = call_closing_in(&app, &officer, 7).await;
    let member = drafter(&app, &call).await;
    let other = drafter(&app, &call).await;
    let (enqueued, delivered) = grantdesk::reminders::run_once(&app.state).await.expect("runs");
    assert_eq!((enqueued, delivered.sent), (2, 0));

    let metrics = app.metrics().await;
    assert!(
        metrics.contains("grantdesk_outbox_messages{state=\"queued\"} 2\n")
            && metrics.contains("grantdesk_outbox_messages{state=\"failed\"} 0\n"),
        "{}",
        metrics
    );
    let admin = app.admin().await;
    let queued = app.get("/admin/outbox?status=queued&count=true", &admin.token).await;
    assert_eq!(queued.status, StatusCode::OK, "{}", queued.text);
    // The two reminders, and the admin's notice that their two-factor sign-in is on.
    assert_eq!(queued.body["total"], 3, "{}", queued.text);
    assert_eq!(queued.body["items"][0]["status"], "queued");
    assert_eq!(queued.body["items"][0]["attempts"], 0);
    for actor in [&member, &officer] {
        assert_eq!(
            app.get("/admin/outbox", &actor.token).await.status,
            StatusCode::FORBIDDEN
        );
    }
    let bad = app.get("/admin/outbox?status=lost", &admin.token).await;
    assert_eq!(bad.failing_fields(), vec!["status"], "{}", bad.text);

    let mine = app.get("/notifications?count=true", &member.token).await;
    assert_eq!(
        (mine.body["total"].clone(), mine.body["unread"].clone()),
        (json!(1), json!(1))
    );
    let id = mine.body["items"][0]["id"].as_str().expect("id").to_owned();
    assert!(
        mine.body["items"][0]["subject"]
            .as_str()
            .is_some_and(|subject| subject.contains("Prevention through sport 2027"))
    );
    let theirs = app.post_empty(&format!("/notifications/{id}/read"), &other.token).await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND, "another user's notification");
    let read = app
        .post_empty(&format!("/notifications/{id}/read"), &member.token)
        .await;
    assert_eq!(read.status, StatusCode::OK, "{}", read.text);
    assert!(read.body["read_at"].is_string());
    let after = app.get("/notifications", &member.token).await;
    assert_eq!(after.body["unread"], 0);
    assert_eq!(app.get("/notifications", "").await.status, StatusCode::UNAUTHORIZED);
}

pub(crate) fn parse_ics(text: &str) -> Vec<BTreeMap<String, String>> {
    let mut calendars = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendar = calendars.next().expect("a calendar").expect("valid iCalendar");
    assert!(calendars.next().is_none());
    calendar
        .events
        .into_iter()
        .map(|event| {
            event
                .properties
                .into_iter()
                .map(|property| (property.name, property.value.unwrap_or_default()))
                .collect()
        })
        .collect()
}

#[tokio::test]
async fn deadlines_come_as_icalendar_feeds_that_a_calendar_app_reads() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = call_closing_in(&app, &officer, 10).await;
    let member = drafter(&app, &call).await;
    let feed = app.get(&format!("/calls/{call}/deadlines.ics"), "").await;
    assert_eq!(feed.status, StatusCode::OK, "{}", feed.text);
    assert_eq!(feed.headers["content-type"], "text/calendar; charset=utf-8");
    let events = parse_ics(&feed.text);
    let closes = (app.clock.now() + Duration::days(10))
        .format("%Y%m%dT%H%M%SZ")
        .to_string();
    let closing = events
        .iter()
        .find(|event| event["SUMMARY"] == "Call closes: Prevention through sport 2027")
        .unwrap_or_else(|| panic!("closing in {events:?}"));
    assert_eq!(closing["DTSTART"], closes);
    assert_eq!(closing["UID"], format!("call-{call}-closes@grantdesk"));

    let mine = app.get("/me/deadlines.ics", &member.token).await;
    assert_eq!(mine.status, StatusCode::OK, "{}", mine.text);
    let events = parse_ics(&mine.text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["DTSTART"], closes);
    let stranger = app.applicant().await;
    assert!(parse_ics(&app.get("/me/deadlines.ics", &stranger.token).await.text).is_empty());
    assert_eq!(app.get("/me/deadlines.ics", "").await.status, StatusCode::UNAUTHORIZED);

    // A calendar app subscribes with the feed's own token, not a bearer token.
    let subscription = app.post_empty("/me/calendar", &member.token).await;
    assert_eq!(subscription.status, StatusCode::CREATED, "{}", subscription.text);
    let url = subscription.body["url"].as_str().expect("url").to_owned();
    let api = format!("{}/api/v1", app.state.config.public_url);
    assert!(api.starts_with("http"), "{api}");
    let path = url.strip_prefix(&api).expect("absolute, under the API").to_owned();
    let subscribed = app.get(&path, "").await;
    assert_eq!(subscribed.status, StatusCode::OK, "{}", subscribed.text);
    assert_eq!(parse_ics(&subscribed.text)[0]["DTSTART"], closes);
    let renewed = app.post_empty("/me/calendar", &member.token).await;
    assert_ne!(renewed.body["url"], subscription.body["url"]);
    assert_eq!(app.get(&path, "").await.status, StatusCode::UNAUTHORIZED, "replaced");
    let new_path = renewed.body["url"]
        .as_str()
        .expect("url")
        .strip_prefix(&api)
        .expect("path")
        .to_owned();
    assert_eq!(app.get(&new_path, "").await.status, StatusCode::OK);
    let revoked = app
        .send(axum::http::Method::DELETE, "/me/calendar", &member.token, None)
        .await;
    assert_eq!(revoked.status, StatusCode::NO_CONTENT);
    assert_eq!(app.get(&new_path, "").await.status, StatusCode::UNAUTHORIZED, "revoked");
    assert_eq!(
        app.get("/me/deadlines.ics?token=guess", "").await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.post_empty("/me/calendar", "").await.status,
        StatusCode::UNAUTHORIZED
    );
    let none_left = app
        .send(axum::http::Method::DELETE, "/me/calendar", &member.token, None)
        .await;
    assert_eq!(none_left.status, StatusCode::NOT_FOUND, "nothing to revoke");
    let draft = app.draft_call(&officer).await;
    let hidden = app.get(&format!("/calls/{draft}/deadlines.ics"), "").await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND, "a draft call has no public feed");
}

#[tokio::test]
async fn review_reminders_stop_once_the_application_is_settled_and_ineligibility_has_an_appeal_reminder() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let reviewer = app.reviewer().await;
    let first_reviewer = app.reviewer().await;
    let application = app.under_review(&scene, &reviewer).await;
    app.assign(&scene.officer, &application, &first_reviewer).await;
    assert_eq!(
        app.review(&first_reviewer, &application, 3, 3).await.status,
        StatusCode::OK
    );
    let screened = app
        .submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    let finding = app
        .post(
            &format!("/applications/{screened}/eligibility"),
            &scene.officer.token,
            json!({"eligible": false, "failed_criteria": ["two_years_active"], "reason": "Founded eleven months ago."}),
        )
        .await;
    assert_eq!(finding.status, StatusCode::OK, "{}", finding.text);
    let start = app.clock.now();

    app.clock.set(start + Duration::days(3));
    assert_eq!(enqueue(&app).await, 1);
    assert_eq!(counts(&[("review_overdue", 1)]), by_rule(&app).await);
    let officer = app.signed_in_again(&scene.officer).await;
    let decided = app
        .post(
            &format!("/applications/{application}/decision"),
            &officer.token,
            json!({"outcome": "rejected", "reason": "The budget does not match the workplan."}),
        )
        .await;
    assert_eq!(decided.status, StatusCode::OK, "{}", decided.text);
    app.clock.set(start + Duration::days(10) + Duration::minutes(1));
    assert_eq!(enqueue(&app).await, 0, "no weekly reminder for a decided application");

    // The ineligibility may be appealed for 14 days: reminded 3 days before the end.
    app.clock.set(start + Duration::days(11) + Duration::minutes(1));
    assert_eq!(enqueue(&app).await, 1);
    let appeal = outbox(&app)
        .await
        .into_iter()
        .find(|row| row.rule == "appeal_window_closing")
        .expect("appeal reminder");
    assert_eq!(appeal.subject_id.map(|id| id.to_string()), Some(screened.clone()));
    assert_eq!(appeal.recipient, scene.member.email);
    // The rejection, decided on day 3, is reminded on day 14.
    app.clock.set(start + Duration::days(14) + Duration::minutes(1));
    assert_eq!(enqueue(&app).await, 1);
    assert_eq!(
        counts(&[("review_overdue", 1), ("appeal_window_closing", 2)]),
        by_rule(&app).await
    );
}

#[tokio::test]
async fn a_reminder_that_could_not_go_out_before_its_deadline_is_not_sent_afterwards() {
    let port = free_port().await;
    let app = spawn_app_with(&[("GRANTDESK_SMTP_URL", &format!("smtp://127.0.0.1:{port}"))]).await;
    let officer = app.officer().await;
    let call = call_closing_in(&app, &officer, 7).await;
    drafter(&app, &call).await;
    assert_eq!(enqueue(&app).await, 1);
    let down = grantdesk::reminders::deliver_due(&app.state).await.expect("delivers");
    assert_eq!(down.retrying, 1);
    let server = SmtpServer::start_on(port, false).await;
    app.clock.advance(Duration::days(7) + Duration::minutes(1));
    let late = grantdesk::reminders::deliver_due(&app.state).await.expect("delivers");
    assert_eq!(late.sent, 0, "\"closes on ...\" after the call closed helps no one");
    assert!(server.mails().is_empty());
    let row = &outbox(&app).await[0];
    assert_eq!(row.status, "failed");
    assert!(
        row.last_error
            .as_deref()
            .is_some_and(|error| error.starts_with("expired")),
        "{row:?}"
    );
}

#[tokio::test]
async fn organisations_with_a_draft_sponsorship_request_are_reminded_of_the_deadline() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let deadline = app.clock.now() + Duration::days(20);
    let event = app
        .post(
            "/events",
            &officer.token,
            json!({
                "name": "Counter-Terrorism Week side event", "city": "New York", "country": "US",
                "venue": "UN Headquarters", "starts_on": "2027-02-06", "ends_on": "2027-02-08",
                "request_deadline": deadline, "currency": "USD", "sponsorship_budget": "30000.00",
            }),
        )
        .await;
    assert_eq!(event.status, StatusCode::CREATED, "{}", event.text);
    let event = event.id();
    app.post_empty(&format!("/events/{event}/publish"), &officer.token)
        .await;
    let draft = json!({
        "organisation_id": organisation, "draft": true,
        "traveller": {"full_name": "Amina Wanjiru", "gender": "female", "age_band": "35-49", "role": "Director", "nationality": "KE"},
        "origin_city": "Nairobi", "origin_country": "KE", "airfare_estimate": "1150.00", "airfare_currency": "USD",
        "arrival_on": "2027-02-05", "departure_on": "2027-02-09",
    });
    let created = app
        .post(&format!("/events/{event}/sponsorship-requests"), &member.token, draft)
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);

    app.clock.set(deadline - Duration::days(3) - Duration::minutes(1));
    assert_eq!(enqueue(&app).await, 0, "not yet");
    app.clock.set(deadline - Duration::days(3));
    assert_eq!(enqueue(&app).await, 1);
    assert_eq!(enqueue(&app).await, 0, "already sent");
    let row = &outbox(&app).await[0];
    assert_eq!(
        (row.rule.as_str(), row.recipient.as_str()),
        ("sponsorship_deadline", member.email.as_str())
    );
    assert!(
        row.subject.contains("Counter-Terrorism Week side event"),
        "{}",
        row.subject
    );
    let member = app.signed_in_again(&member).await;
    let feed = parse_ics(&app.get("/me/deadlines.ics", &member.token).await.text);
    assert!(
        feed.iter()
            .any(|event| event["SUMMARY"] == "Sponsorship requests close: Counter-Terrorism Week side event"),
        "{feed:?}"
    );
}

#[tokio::test]
async fn a_queued_reminder_overtaken_by_events_is_not_sent() {
    let port = free_port().await;
    let app = spawn_app_with(&[("GRANTDESK_SMTP_URL", &format!("smtp://127.0.0.1:{port}"))]).await;
    let officer = app.officer().await;
    let call = call_closing_in(&app, &officer, 7).await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let draft = app.draft_application(&member, &organisation, &call).await;
    let waiting = drafter(&app, &call).await;
    assert_eq!(enqueue(&app).await, 2);
    let down = grantdesk::reminders::deliver_due(&app.state).await.expect("delivers");
    assert_eq!(down.retrying, 2, "the server is down");
    let submitted = app
        .post_empty(&format!("/applications/{draft}/submit"), &member.token)
        .await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.text);
    let server = SmtpServer::start_on(port, false).await;
    app.clock.advance(Duration::minutes(1));
    let up = grantdesk::reminders::deliver_due(&app.state).await.expect("delivers");
    // The reminder to the one still drafting, and the submitter's receipt.
    assert_eq!((up.sent, up.withdrawn), (2, 1));
    let mails = server.mails();
    let reminded: Vec<_> = mails.iter().filter(|mail| mail.data.contains("closes on")).collect();
    assert_eq!(reminded.len(), 1);
    assert_eq!(
        reminded[0].to,
        vec![format!("<{}>", waiting.email)],
        "only the one still drafting"
    );
    let withdrawn = outbox(&app)
        .await
        .into_iter()
        .find(|row| row.recipient == member.email && row.rule == "call_closing")
        .expect("the submitter's message");
    assert_eq!(withdrawn.status, "failed");
    assert!(
        withdrawn
            .last_error
            .as_deref()
            .is_some_and(|error| error.starts_with("no longer applies"))
    );
    let sent_reminders = outbox(&app)
        .await
        .iter()
        .filter(|row| row.status == "sent" && row.rule == "call_closing")
        .count();
    assert_eq!(sent_reminders, 1);
    // The two applicants' verification emails and the receipt went out too.
    let metrics = app.metrics().await;
    for line in [
        "grantdesk_outbox_messages{state=\"withdrawn\"} 1\n",
        "grantdesk_outbox_messages{state=\"sent\"} 4\n",
        "grantdesk_outbox_messages{state=\"failed\"} 0\n",
    ] {
        assert!(metrics.contains(line), "{line} in {}", metrics);
    }
}

#[tokio::test]
async fn a_finding_made_again_after_an_appeal_gets_its_own_appeal_reminder() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app.reviewed(&scene).await;
    let reject = json!({"outcome": "rejected", "reason": "The budget does not match the workplan."});
    let path = format!("/applications/{application}/decision");
    let first = app.post(&path, &scene.officer.token, reject.clone()).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text);
    let appeal = app
        .post(
            &format!("/applications/{application}/appeals"),
            &scene.member.token,
            json!({"grounds": "The budget annex was not considered."}),
        )
        .await;
    assert_eq!(appeal.status, StatusCode::CREATED, "{}", appeal.text);
    let second_officer = app.officer().await;
    let overturned = app
        .post(
            &format!("/appeals/{}/resolution", appeal.id()),
            &second_officer.token,
            json!({"outcome": "overturned", "reason": "The annex answers the concern; review again."}),
        )
        .await;
    assert_eq!(overturned.status, StatusCode::OK, "{}", overturned.text);
    let start = app.clock.now();
    app.clock.set(start + Duration::days(11) + Duration::minutes(1));
    assert_eq!(enqueue(&app).await, 0, "the first rejection was appealed");

    let officer = app.signed_in_again(&scene.officer).await;
    let again = app.post(&path, &officer.token, reject).await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.text);
    let decided = app.clock.now();
    app.clock.set(decided + Duration::days(11) + Duration::minutes(1));
    assert_eq!(enqueue(&app).await, 1, "the new rejection may be appealed too");
    assert_eq!(counts(&[("appeal_window_closing", 1)]), by_rule(&app).await);
}
