//! Notifications at every step: who is told of each state change (in the app and, over the
//! real local SMTP server, by email) and who is not; each person's language; preferences
//! per kind; the officers' daily digest.

use axum::http::StatusCode;
use chrono::Duration;
use grantdesk::clock::Clock;
use grantdesk::i18n::{Language, Message};
use serde_json::{Value, json};

use crate::smtp::SmtpServer;
use crate::sponsorships::{decide, open_event, request};
use crate::support::{Actor, Scene, TestApp, organisation_body, spawn_app, spawn_app_with};

/// The caller's in-app notifications, newest first.
async fn inbox(app: &TestApp, actor: &Actor) -> Vec<Value> {
    let answer = app.get("/notifications?limit=100", &actor.token).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
    answer.body["items"].as_array().expect("items").clone()
}

/// The caller's notifications of one kind.
async fn notices(app: &TestApp, actor: &Actor, kind: &str) -> Vec<Value> {
    inbox(app, actor)
        .await
        .into_iter()
        .filter(|item| item["rule"] == kind)
        .collect()
}

/// The one notification of `kind` each of `told` has, and that none of `untold` has one.
async fn told(app: &TestApp, kind: &str, told: &[&Actor], untold: &[&Actor]) -> Vec<Value> {
    let mut found = Vec::new();
    for actor in told {
        let mine = notices(app, actor, kind).await;
        assert_eq!(mine.len(), 1, "{} has one {kind}: {mine:?}", actor.email);
        found.push(mine[0].clone());
    }
    for actor in untold {
        assert_eq!(
            notices(app, actor, kind).await,
            Vec::<Value>::new(),
            "{} is not told of {kind}",
            actor.email
        );
    }
    found
}

/// An applicant with an organisation of their own, who must hear nothing of another's.
async fn outsider(app: &TestApp) -> Actor {
    let outsider = app.applicant().await;
    app.organisation(&outsider).await;
    outsider
}

/// A second member of the scene's organisation.
async fn second_member(app: &TestApp, scene: &Scene) -> Actor {
    let colleague = app.applicant().await;
    app.join(&scene.member, &scene.organisation, &colleague).await;
    colleague
}

async fn decide_application(app: &TestApp, scene: &Scene, application: &str, body: Value) {
    let decided = app
        .post(
            &format!("/applications/{application}/decision"),
            &scene.officer.token,
            body,
        )
        .await;
    assert_eq!(decided.status, StatusCode::OK, "{}", decided.text);
}

fn rejection() -> Value {
    json!({"outcome": "rejected", "reason": "The budget does not match the activities."})
}

fn award() -> Value {
    json!({"outcome": "awarded", "reason": "A strong, safe and well-budgeted proposal.", "amount": "24500.00"})
}

/// Delivers the outbox; answers the mails that reached `email` so far.
async fn mails_to(app: &TestApp, server: &SmtpServer, email: &str) -> Vec<String> {
    grantdesk::reminders::deliver_due(&app.state).await.expect("delivers");
    let address = format!("<{email}>");
    server
        .mails()
        .into_iter()
        .filter(|mail| mail.to.contains(&address))
        .map(|mail| mail.text())
        .collect()
}

#[tokio::test]
async fn a_submission_sends_every_member_a_receipt_with_a_summary_by_email_and_in_the_app() {
    let server = SmtpServer::start(false).await;
    let app = spawn_app_with(&[("GRANTDESK_SMTP_URL", &server.url())]).await;
    let scene = app.scene().await;
    let colleague = second_member(&app, &scene).await;
    let outsider = outsider(&app).await;
    let application = app
        .submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;

    let receipts = told(
        &app,
        "application_submitted",
        &[&scene.member, &colleague],
        &[&scene.officer, &outsider],
    )
    .await;
    assert_eq!(
        receipts[0]["subject"],
        "Application received: Mothers as first responders"
    );
    assert_eq!(receipts[0]["subject_id"], application);
    let body = receipts[0]["body"].as_str().expect("body");
    assert!(body.contains("Amount requested: 24,500.00 EUR"), "{body}");
    assert!(
        body.contains("Summary: Training mothers to recognise early signs of recruitment."),
        "{body}"
    );
    assert!(body.contains("Questions answered: 1"), "{body}");

    for member in [&scene.member, &colleague] {
        let mails = mails_to(&app, &server, &member.email).await;
        let receipt: Vec<&String> = mails
            .iter()
            .filter(|mail| mail.contains("Subject: Application received: Mothers as first responders"))
            .collect();
        assert_eq!(receipt.len(), 1, "one receipt by email to {}: {mails:?}", member.email);
        assert!(receipt[0].contains("Training mothers to recognise early signs of recruitment."));
    }
    for other in [&scene.officer, &outsider] {
        let mails = mails_to(&app, &server, &other.email).await;
        assert!(
            mails.iter().all(|mail| !mail.contains("Application received")),
            "{} gets no receipt: {mails:?}",
            other.email
        );
    }
}

#[tokio::test]
async fn an_ineligibility_finding_tells_the_members_the_criteria_the_reason_and_the_appeal_window() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let outsider = outsider(&app).await;
    let application = app
        .submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    let screened = app
        .post(
            &format!("/applications/{application}/eligibility"),
            &scene.officer.token,
            json!({"eligible": false, "failed_criteria": ["two_years_active"], "reason": "Founded eight months ago."}),
        )
        .await;
    assert_eq!(screened.status, StatusCode::OK, "{}", screened.text);
    let found = told(
        &app,
        "application_ineligible",
        &[&scene.member],
        &[&scene.officer, &outsider],
    )
    .await;
    let body = found[0]["body"].as_str().expect("body");
    assert!(body.contains("Criteria not met: two_years_active"), "{body}");
    assert!(body.contains("Reasons: Founded eight months ago."), "{body}");
    assert!(body.contains("You may appeal within 14 days"), "{body}");

    // Found eligible instead, another application tells the members that too.
    let other = app
        .submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    app.make_eligible(&scene.officer, &other).await;
    told(
        &app,
        "application_eligible",
        &[&scene.member],
        &[&scene.officer, &outsider],
    )
    .await;
}

#[tokio::test]
async fn a_member_reads_the_finding_in_their_own_language_with_russian_plurals() {
    for (days, words) in [(1_i64, "1 день"), (2, "2 дня"), (5, "5 дней"), (21, "21 день")] {
        let text = Message::new("email-next-appeal")
            .with("days", days)
            .render(Language::Ru);
        assert!(text.contains(words), "{days}: {text}");
    }
    let app = spawn_app().await;
    let scene = app.scene().await;
    let colleague = second_member(&app, &scene).await;
    let changed = app
        .patch("/me", &colleague.token, json!({"preferred_language": "ru"}))
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    let application = app.reviewed(&scene).await;
    decide_application(&app, &scene, &application, rejection()).await;

    let english = &notices(&app, &scene.member, "application_rejected").await[0];
    assert_eq!(
        english["subject"],
        "Decision on your application: Mothers as first responders"
    );
    let russian = &notices(&app, &colleague, "application_rejected").await[0];
    assert_eq!(
        russian["subject"],
        "Решение по вашей заявке: Mothers as first responders"
    );
    let body = russian["body"].as_str().expect("body");
    assert!(body.starts_with("Здравствуйте, "), "{body}");
    assert!(
        body.contains("Основания: The budget does not match the activities."),
        "{body}"
    );
    assert!(body.contains("срок подачи апелляции — 14 дней"), "{body}");
    assert!(body.contains("Отдел грантов"), "{body}");
}

#[tokio::test]
async fn a_decision_tells_the_members_its_reasons_and_an_award_its_amount_and_next_step() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let outsider = outsider(&app).await;
    let application = app.awardable(&scene).await;
    decide_application(&app, &scene, &application, award()).await;
    let awarded = told(
        &app,
        "application_awarded",
        &[&scene.member],
        &[&scene.officer, &outsider],
    )
    .await;
    let body = awarded[0]["body"].as_str().expect("body");
    assert!(
        body.contains("Reasons: A strong, safe and well-budgeted proposal."),
        "{body}"
    );
    let letter = told(
        &app,
        "award_letter_ready",
        &[&scene.member],
        &[&scene.officer, &outsider],
    )
    .await;
    let body = letter[0]["body"].as_str().expect("body");
    assert!(body.contains("Amount: 24,500.00 EUR"), "{body}");
    assert!(
        body.contains("Next step: Read the award letter and accept its terms"),
        "{body}"
    );

    let rejected = app.reviewed(&scene).await;
    decide_application(&app, &scene, &rejected, rejection()).await;
    let found = told(
        &app,
        "application_rejected",
        &[&scene.member],
        &[&scene.officer, &outsider],
    )
    .await;
    assert!(
        found[0]["body"]
            .as_str()
            .expect("body")
            .contains("The budget does not match the activities.")
    );
}

#[tokio::test]
async fn an_appeal_tells_the_other_officers_and_its_resolution_tells_the_members() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let colleague_officer = app.officer().await;
    let outsider = outsider(&app).await;
    let application = app.reviewed(&scene).await;
    decide_application(&app, &scene, &application, rejection()).await;
    let appeal = app
        .post(
            &format!("/applications/{application}/appeals"),
            &scene.member.token,
            json!({"grounds": "Annex 3 shows the budget line by line."}),
        )
        .await;
    assert_eq!(appeal.status, StatusCode::CREATED, "{}", appeal.text);
    let filed = told(
        &app,
        "appeal_filed",
        &[&scene.officer, &colleague_officer],
        &[&scene.member, &outsider],
    )
    .await;
    assert!(
        filed[0]["body"]
            .as_str()
            .expect("body")
            .contains("Grounds: Annex 3 shows the budget line by line.")
    );

    let resolved = app
        .post(
            &format!("/appeals/{}/resolution", appeal.id()),
            &colleague_officer.token,
            json!({"outcome": "upheld", "reason": "Annex 3 was considered; the finding stands."}),
        )
        .await;
    assert_eq!(resolved.status, StatusCode::OK, "{}", resolved.text);
    let upheld = told(
        &app,
        "appeal_upheld",
        &[&scene.member],
        &[&scene.officer, &colleague_officer, &outsider],
    )
    .await;
    assert!(
        upheld[0]["body"]
            .as_str()
            .expect("body")
            .contains("Reasons: Annex 3 was considered; the finding stands.")
    );
}

#[tokio::test]
async fn an_assigned_reviewer_is_told_the_deadline_but_never_the_organisation() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let reviewer = app.reviewer().await;
    let bystander = app.reviewer().await;
    let application = app.under_review(&scene, &reviewer).await;
    let assigned = told(
        &app,
        "review_assigned",
        &[&reviewer],
        &[&bystander, &scene.member, &scene.officer],
    )
    .await;
    let notice = &assigned[0];
    assert_eq!(
        notice["subject"],
        "New application to review: Mothers as first responders"
    );
    assert_eq!(notice["subject_id"], application);
    let body = notice["body"].as_str().expect("body");
    let deadline = (app.clock.now() + Duration::days(3))
        .format("%-d %B %Y, %H:%M UTC")
        .to_string();
    assert!(body.contains(&format!("Deadline: {deadline}")), "{body}");
    let name = organisation_body()["legal_name"].as_str().expect("name").to_owned();
    assert!(!body.contains(&name) && !body.contains("WPN"), "{body}");
}

#[tokio::test]
async fn a_declared_conflict_tells_the_officers_and_nobody_else() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let colleague_officer = app.officer().await;
    let reviewer = app.reviewer().await;
    let application = app.under_review(&scene, &reviewer).await;
    let declared = app
        .post(
            &format!("/applications/{application}/conflicts"),
            &reviewer.token,
            json!({"reason": "I advised this CSO last year."}),
        )
        .await;
    assert_eq!(declared.status, StatusCode::OK, "{}", declared.text);
    let found = told(
        &app,
        "conflict_declared",
        &[&scene.officer, &colleague_officer],
        &[&reviewer, &scene.member],
    )
    .await;
    assert!(
        found[0]["body"]
            .as_str()
            .expect("body")
            .contains("Reasons: I advised this CSO last year.")
    );
}

#[tokio::test]
async fn acceptance_and_reports_go_to_officers_and_a_received_report_to_the_members() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let outsider = outsider(&app).await;
    let finance = app.finance().await;
    let decision = json!({
        "outcome": "awarded",
        "reason": "A strong, safe and well-budgeted proposal.",
        "amount": "24500.00",
        "reporting_obligations": [{"kind": "interim_narrative", "due_on": (app.clock.now() + Duration::days(180)).date_naive()}],
    });
    let award = app.active_award(&scene, decision).await;
    told(
        &app,
        "award_accepted",
        &[&scene.officer],
        &[&scene.member, &finance, &outsider],
    )
    .await;

    let shown = app.get(&format!("/awards/{award}"), &scene.officer.token).await;
    let report = shown.body["reporting_obligations"][0]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let submitted = app
        .post(
            &format!("/reporting-obligations/{report}/submit"),
            &scene.member.token,
            json!({"summary": "Six workshops held."}),
        )
        .await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.text);
    told(&app, "report_submitted", &[&scene.officer], &[&scene.member, &outsider]).await;
    let received = app
        .post_empty(
            &format!("/reporting-obligations/{report}/receive"),
            &scene.officer.token,
        )
        .await;
    assert_eq!(received.status, StatusCode::OK, "{}", received.text);
    told(&app, "report_received", &[&scene.member], &[&scene.officer, &outsider]).await;
}

#[tokio::test]
async fn a_requested_disbursement_tells_the_other_finance_users_and_a_payment_the_members() {
    let server = SmtpServer::start(false).await;
    let app = spawn_app_with(&[("GRANTDESK_SMTP_URL", &server.url())]).await;
    let scene = app.scene().await;
    let outsider = outsider(&app).await;
    let award = app.active_award(&scene, award()).await;
    let requester = app.finance().await;
    let approver = app.finance().await;
    let body = json!({"amount": "14700.00", "currency": "EUR", "payee_reference": "IBAN JO71 CBJO 0000 0000 0000 1234 5678 90"});
    let requested = app.request_disbursement(&requester, &award, "k-1", body).await;
    assert_eq!(requested.status, StatusCode::CREATED, "{}", requested.text);
    let id = requested.id();
    let asked = told(
        &app,
        "disbursement_requested",
        &[&approver],
        &[&requester, &scene.member, &scene.officer],
    )
    .await;
    assert_eq!(asked[0]["subject"], "Payment to approve: 14,700.00 EUR");

    let approved = app
        .post_empty(&format!("/disbursements/{id}/approve"), &approver.token)
        .await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.text);
    let paid = app
        .post(
            &format!("/disbursements/{id}/pay"),
            &approver.token,
            json!({"paid_on": app.clock.now().date_naive(), "payment_reference": "BANK-2026-0042"}),
        )
        .await;
    assert_eq!(paid.status, StatusCode::OK, "{}", paid.text);
    let found = told(
        &app,
        "disbursement_paid",
        &[&scene.member],
        &[&requester, &approver, &scene.officer, &outsider],
    )
    .await;
    let text = found[0]["body"].as_str().expect("body");
    assert!(text.contains("Payment reference: BANK-2026-0042"), "{text}");
    let mails = mails_to(&app, &server, &scene.member.email).await;
    assert!(
        mails
            .iter()
            .any(|mail| mail.contains("Subject: Payment made: 14,700.00 EUR") && mail.contains("BANK-2026-0042")),
        "{mails:?}"
    );
    assert!(mails_to(&app, &server, &outsider.email).await.is_empty());
}

#[tokio::test]
async fn a_screening_match_tells_the_other_officers_to_adjudicate() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let colleague = app.officer().await;
    let member = app.applicant().await;
    app.import_sanctions(TestApp::sample_list()).await;
    let mut body = organisation_body();
    body["legal_name"] = json!("Al-Rasheed Trust");
    body["short_name"] = Value::Null;
    let organisation = app.post("/organisations", &member.token, body).await.id();
    let opened = app
        .post_empty(&format!("/organisations/{organisation}/due-diligence"), &officer.token)
        .await;
    let screened = app
        .post_empty(&format!("/due-diligence/{}/screen", opened.id()), &officer.token)
        .await;
    assert_eq!(screened.status, StatusCode::OK, "{}", screened.text);
    let found = told(&app, "diligence_match", &[&colleague], &[&officer, &member]).await;
    assert_eq!(
        found[0]["subject"],
        "Sanctions screening to adjudicate: Al-Rasheed Trust"
    );
    assert!(found[0]["body"].as_str().expect("body").contains("Possible matches: 1"));
}

#[tokio::test]
async fn a_high_risk_after_its_first_approval_tells_the_other_officers() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let colleague = app.officer().await;
    let application = app.reviewed(&scene).await;
    let submitted = app
        .post(
            &format!("/applications/{application}/risk-assessment"),
            &scene.officer.token,
            crate::support::risk_body("high"),
        )
        .await;
    assert!(submitted.status.is_success(), "{}", submitted.text);
    let first = app
        .post_empty(
            &format!("/risk-assessments/{}/approve", submitted.id()),
            &scene.officer.token,
        )
        .await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text);
    told(
        &app,
        "risk_second_approval",
        &[&colleague],
        &[&scene.officer, &scene.member],
    )
    .await;
}

#[tokio::test]
async fn sponsorship_decisions_and_a_promotion_from_the_waitlist_tell_the_members() {
    let app = spawn_app().await;
    // Room for one entitlement of 1769.81, not two.
    let event = open_event(&app, "2000.00").await;
    let outsider = outsider(&app).await;
    let first = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let second = request(&app, &event, "Brian Otieno", "male", "18-24").await;
    let third = request(&app, &event, "Chebet Kiprop", "female", "35-49").await;
    assert_eq!(decide(&app, &event, &first, "approved").await.status, StatusCode::OK);
    assert_eq!(decide(&app, &event, &second, "waitlisted").await.status, StatusCode::OK);
    assert_eq!(decide(&app, &event, &third, "rejected").await.status, StatusCode::OK);
    let approved = told(
        &app,
        "sponsorship_approved",
        &[&event.member],
        &[&event.officer, &outsider],
    )
    .await;
    assert_eq!(approved[0]["subject"], "Sponsorship approved: Amina Wanjiru");
    assert!(
        approved[0]["body"]
            .as_str()
            .expect("body")
            .contains("Entitlement: 1,769.81 EUR")
    );
    told(
        &app,
        "sponsorship_waitlisted",
        &[&event.member],
        &[&event.officer, &outsider],
    )
    .await;
    let rejected = told(
        &app,
        "sponsorship_rejected",
        &[&event.member],
        &[&event.officer, &outsider],
    )
    .await;
    assert!(
        rejected[0]["body"]
            .as_str()
            .expect("body")
            .contains("Reasons: Decided on the selection criteria.")
    );

    let cancelled = app
        .post(
            &format!("/sponsorship-requests/{first}/cancel"),
            &event.member.token,
            json!({"reason": "Visa refused."}),
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.text);
    let promoted = told(
        &app,
        "sponsorship_promoted",
        &[&event.member],
        &[&event.officer, &outsider],
    )
    .await;
    assert_eq!(
        promoted[0]["subject"],
        "Sponsorship approved from the waitlist: Brian Otieno"
    );
}

#[tokio::test]
async fn a_kind_turned_off_stays_in_the_app_without_an_email_and_security_cannot_be_turned_off() {
    let server = SmtpServer::start(false).await;
    let app = spawn_app_with(&[("GRANTDESK_SMTP_URL", &server.url())]).await;
    let scene = app.scene().await;
    let colleague = second_member(&app, &scene).await;

    let unauthenticated = app.get("/me/notification-preferences", "").await;
    assert_eq!(unauthenticated.status, StatusCode::UNAUTHORIZED);
    let defaults = app.get("/me/notification-preferences", &scene.member.token).await;
    assert_eq!(defaults.status, StatusCode::OK, "{}", defaults.text);
    assert_eq!(defaults.body["email"]["application_submitted"], true);
    assert_eq!(defaults.body["email"]["call_closing"], true);
    assert_eq!(defaults.body["daily_digest"], false);
    assert!(
        defaults.body["always_by_email"]
            .as_array()
            .expect("list")
            .contains(&json!("security_notice"))
    );

    let before = app.snapshot().await;
    for (body, field) in [
        (json!({"email": {"security_notice": false}}), "email.security_notice"),
        (json!({"email": {"no_such_kind": false}}), "email.no_such_kind"),
        (json!({"daily_digest": true}), "daily_digest"),
    ] {
        let refused = app.put("/me/notification-preferences", &scene.member.token, body).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
        assert!(refused.is_problem());
        assert_eq!(refused.failing_fields(), vec![field]);
    }
    let malformed = app
        .put(
            "/me/notification-preferences",
            &scene.member.token,
            json!({"email": {"call_closing": "no"}}),
        )
        .await;
    assert_eq!(malformed.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", malformed.text);
    assert_eq!(app.snapshot().await, before);

    let changed = app
        .put(
            "/me/notification-preferences",
            &scene.member.token,
            json!({"email": {"application_submitted": false}}),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    assert_eq!(changed.body["email"]["application_submitted"], false);
    assert_eq!(changed.body["email"]["application_rejected"], true);
    // One person's choice is theirs alone.
    let theirs = app.get("/me/notification-preferences", &colleague.token).await;
    assert_eq!(theirs.body["email"]["application_submitted"], true);

    app.submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    let mine = mails_to(&app, &server, &scene.member.email).await;
    assert!(
        mine.iter().all(|mail| !mail.contains("Application received")),
        "{mine:?}"
    );
    assert_eq!(notices(&app, &scene.member, "application_submitted").await.len(), 1);
    let colleagues = mails_to(&app, &server, &colleague.email).await;
    assert_eq!(
        colleagues
            .iter()
            .filter(|mail| mail.contains("Application received"))
            .count(),
        1
    );

    // A security notice reaches the person by email whatever they chose.
    let all_off: serde_json::Map<String, Value> = defaults.body["email"]
        .as_object()
        .expect("kinds")
        .keys()
        .map(|kind| (kind.clone(), json!(false)))
        .collect();
    let off = app
        .put(
            "/me/notification-preferences",
            &scene.member.token,
            json!({"email": all_off}),
        )
        .await;
    assert_eq!(off.status, StatusCode::OK, "{}", off.text);
    let password = app
        .post(
            "/me/password",
            &scene.member.token,
            json!({"current_password": crate::support::PASSWORD, "new_password": "another sound password 2027"}),
        )
        .await;
    assert!(password.status.is_success(), "{}", password.text);
    let mails = mails_to(&app, &server, &scene.member.email).await;
    assert_eq!(mails.len(), mine.len() + 1, "the security notice: {mails:?}");
}

#[tokio::test]
async fn an_officer_with_the_daily_digest_gets_one_email_a_day_listing_what_waits() {
    let server = SmtpServer::start(false).await;
    let app = spawn_app_with(&[("GRANTDESK_SMTP_URL", &server.url())]).await;
    let scene = app.scene().await;
    let digesting = app.officer().await;
    let chosen = app
        .put(
            "/me/notification-preferences",
            &digesting.token,
            json!({"daily_digest": true}),
        )
        .await;
    assert_eq!(chosen.status, StatusCode::OK, "{}", chosen.text);
    assert_eq!(chosen.body["daily_digest"], true);

    for grounds in ["First grounds, at length.", "Second grounds, at length."] {
        let application = app.reviewed(&scene).await;
        decide_application(&app, &scene, &application, rejection()).await;
        let appeal = app
            .post(
                &format!("/applications/{application}/appeals"),
                &scene.member.token,
                json!({"grounds": grounds}),
            )
            .await;
        assert_eq!(appeal.status, StatusCode::CREATED, "{}", appeal.text);
    }
    // Each event is in the app at once, and by email for the officer without the digest.
    assert_eq!(notices(&app, &digesting, "appeal_filed").await.len(), 2);
    let per_event = mails_to(&app, &server, &scene.officer.email).await;
    assert_eq!(per_event.iter().filter(|mail| mail.contains("Appeal filed")).count(), 2);
    assert!(mails_to(&app, &server, &digesting.email).await.is_empty());

    app.clock.advance(Duration::hours(20));
    let enqueued = grantdesk::reminders::enqueue_digests(&app.state)
        .await
        .expect("digests");
    assert_eq!(enqueued, 1, "only the officer with the digest and something waiting");
    let digest = mails_to(&app, &server, &digesting.email).await;
    assert_eq!(digest.len(), 1, "{digest:?}");
    assert!(
        digest[0].contains("Subject: 2 notifications are waiting for you"),
        "{}",
        digest[0]
    );
    assert_eq!(
        digest[0].matches("- Appeal filed: Mothers as first responders").count(),
        2,
        "{}",
        digest[0]
    );

    // The same day again, or the next day with nothing new: no second digest.
    assert_eq!(
        grantdesk::reminders::enqueue_digests(&app.state)
            .await
            .expect("digests"),
        0
    );
    app.clock.advance(Duration::days(1));
    assert_eq!(
        grantdesk::reminders::enqueue_digests(&app.state)
            .await
            .expect("digests"),
        0
    );
    assert_eq!(mails_to(&app, &server, &digesting.email).await.len(), 1);
}

#[tokio::test]
async fn a_reminder_reaches_each_member_in_their_own_language_with_the_date_written_their_way() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let colleague = second_member(&app, &scene).await;
    for (actor, language) in [(&colleague, "ru"), (&scene.member, "fr")] {
        let changed = app
            .patch("/me", &actor.token, json!({"preferred_language": language}))
            .await;
        assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    }
    app.draft_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    // The call closes in seven days: the first reminder is due now.
    assert_eq!(
        grantdesk::reminders::enqueue_due(&app.state).await.expect("enqueued"),
        2
    );
    let russian = &notices(&app, &colleague, "call_closing").await[0];
    assert_eq!(
        russian["subject"],
        "Напоминание: приём заявок по конкурсу «Youth and women leading prevention» завершается 30 ноября 2026 г., 09:00 UTC"
    );
    let body = russian["body"].as_str().expect("body");
    assert!(body.starts_with("Здравствуйте, "), "{body}");
    assert!(body.contains("С уважением,"), "{body}");
    let french = &notices(&app, &scene.member, "call_closing").await[0];
    assert_eq!(
        french["subject"],
        "Rappel : l'appel « Youth and women leading prevention » se clôt le 30 novembre 2026, 09:00 UTC"
    );
}

/// `GET /dev/mail` on `app`.
async fn dev_mail(app: &TestApp) -> crate::support::Answer {
    let request = axum::http::Request::builder()
        .uri("/dev/mail")
        .body(axum::body::Body::empty())
        .expect("request");
    app.raw(request).await
}

#[tokio::test]
async fn dev_mail_shows_the_outbox_rendered_in_development_and_does_not_exist_in_production() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let member = app.applicant().await;
    let mut body = organisation_body();
    body["legal_name"] = json!("<script>alert(1)</script> Trust");
    let scripted = app.post("/organisations", &member.token, body).await.id();
    app.join(&member, &scripted, &scene.member).await;
    app.submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    let page = dev_mail(&app).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(
        page.headers[axum::http::header::CONTENT_TYPE]
            .to_str()
            .expect("type")
            .starts_with("text/html")
    );
    assert!(page.text.contains("<html lang=\"en\">"), "{}", page.text);
    assert!(
        page.text.contains("Application received: Mothers as first responders"),
        "{}",
        page.text
    );
    assert!(page.text.contains(&scene.member.email));
    assert!(
        page.text
            .contains("Training mothers to recognise early signs of recruitment.")
    );
    assert!(
        page.text
            .contains("Invitation to join &lt;script&gt;alert(1)&lt;&#x2f;script&gt; Trust on grantdesk"),
        "names are escaped: {}",
        page.text
    );
    assert!(!page.text.contains("<script>"));

    let production = spawn_app_with(&[
        ("GRANTDESK_ENV", "production"),
        ("GRANTDESK_DATA_KEY", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="),
    ])
    .await;
    let hidden = dev_mail(&production).await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND, "{}", hidden.text);
    assert!(hidden.is_problem());
}
