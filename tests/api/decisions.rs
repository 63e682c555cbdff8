//! Decisions, appeals and call closure.

use axum::http::StatusCode;
use chrono::Duration;
use grantdesk::auth::Role;
use serde_json::{Value, json};

use crate::support::{Actor, Scene, TestApp, spawn_app};

async fn decide(app: &TestApp, officer: &Actor, application: &str, body: Value) -> crate::support::Answer {
    app.post(&format!("/applications/{application}/decision"), &officer.token, body)
        .await
}

/// `count` reviewed applications of 50,000.00 EUR each, with approved risk assessments
/// (the scene's organisation must have passed due diligence before they can be awarded).
async fn awardable_requests_of_fifty_thousand(app: &TestApp, scene: &Scene, count: usize) -> Vec<String> {
    let mut applications = Vec::new();
    for _ in 0..count {
        let mut body = crate::support::application_body(&scene.organisation);
        body["requested_amount"] = json!("50000.00");
        body["budget_lines"] = json!([{"description": "All", "amount": "50000.00"}]);
        let created = app
            .post(
                &format!("/calls/{}/applications", scene.call),
                &scene.member.token,
                body,
            )
            .await
            .id();
        app.post_empty(&format!("/applications/{created}/submit"), &scene.member.token)
            .await;
        app.make_eligible(&scene.officer, &created).await;
        let reviewer = app.reviewer().await;
        app.assign(&scene.officer, &created, &reviewer).await;
        app.review(&reviewer, &created, 4, 4).await;
        app.approved_risk(&scene.officer, &created, "low").await;
        applications.push(created);
    }
    applications
}

fn rejection() -> Value {
    json!({"outcome": "rejected", "reason": "The workplan does not explain how participants are kept safe."})
}

#[tokio::test]
async fn an_award_with_tranches_is_read_by_the_applicant() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app.awardable(&scene).await;
    let body = json!({
        "outcome": "awarded",
        "reason": "Strong local ownership and a credible safeguarding plan.",
        "amount": "20000.00",
        "tranches": [
            {"percent": "60", "due_on": "2026-12-15", "condition": "award accepted"},
            {"percent": "40", "due_on": "2027-06-30", "condition": "interim report received"}
        ]
    });
    let decided = decide(&app, &scene.officer, &application, body).await;
    assert_eq!(decided.status, StatusCode::OK, "{}", decided.text);
    assert_eq!(decided.body["status"], "awarded");
    let seen = app
        .get(&format!("/applications/{application}"), &scene.member.token)
        .await;
    let decision = &seen.body["decision"];
    assert_eq!(decision["outcome"], "awarded");
    assert_eq!(
        decision["reason"],
        "Strong local ownership and a credible safeguarding plan."
    );
    assert_eq!(decision["amount"], "20000.00");
    assert_eq!(decision["currency"], "EUR");
    assert_eq!(decision["tranches"][0]["amount"], "12000.00");
    assert_eq!(decision["tranches"][1]["amount"], "8000.00");
    assert_eq!(decision["tranches"][1]["condition"], "interim report received");
    let actions = app.audit_actions(&application).await;
    assert_eq!(actions[0], "application.awarded");
    assert_eq!(actions[1], "decision.recorded");
}

#[tokio::test]
async fn a_rejection_carries_the_reason_the_applicant_reads() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app.reviewed(&scene).await;
    let no_reason = decide(
        &app,
        &scene.officer,
        &application,
        json!({"outcome": "rejected", "reason": " "}),
    )
    .await;
    assert_eq!(no_reason.failing_fields(), vec!["reason"]);
    let decided = decide(&app, &scene.officer, &application, rejection()).await;
    assert_eq!(decided.body["status"], "rejected");
    let seen = app
        .get(&format!("/applications/{application}"), &scene.member.token)
        .await;
    assert_eq!(seen.body["decision"]["outcome"], "rejected");
    assert_eq!(seen.body["decision"]["reason"], rejection()["reason"]);
    assert!(seen.body["decision"]["amount"].is_null());
    let twice = decide(&app, &scene.officer, &application, rejection()).await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn deciding_without_a_review_needs_an_audited_override_reason() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let reviewer = app.reviewer().await;
    let application = app.under_review(&scene, &reviewer).await;
    let before = app.snapshot().await;
    let refused = decide(&app, &scene.officer, &application, rejection()).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(refused.problem_type(), "no-reviews");
    assert_eq!(app.snapshot().await, before);
    let mut body = rejection();
    body["override_reason"] = json!("The reviewer withdrew; the panel agreed by email on 20 November.");
    let decided = decide(&app, &scene.officer, &application, body).await;
    assert_eq!(decided.status, StatusCode::OK, "{}", decided.text);
    let events = app
        .get(&format!("/audit?subject_id={application}"), &scene.officer.token)
        .await;
    let recorded = events.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|event| event["action"] == "decision.recorded")
        .expect("the decision is audited")
        .clone();
    assert_eq!(
        recorded["summary"]["after"]["override_reason"],
        "The reviewer withdrew; the panel agreed by email on 20 November."
    );
}

#[tokio::test]
async fn an_award_beyond_the_request_the_maximum_or_the_budget_is_refused() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app.awardable(&scene).await;
    for (amount, field) in [("24500.01", "amount"), ("0", "amount"), ("100.001", "amount")] {
        let answer = decide(
            &app,
            &scene.officer,
            &application,
            json!({"outcome": "awarded", "reason": "ok", "amount": amount}),
        )
        .await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{amount}");
        assert_eq!(answer.failing_fields(), vec![field], "{amount}");
    }
    let missing = decide(
        &app,
        &scene.officer,
        &application,
        json!({"outcome": "awarded", "reason": "ok"}),
    )
    .await;
    assert_eq!(missing.failing_fields(), vec!["amount"]);
    let bad_tranches = json!({"outcome": "awarded", "reason": "ok", "amount": "20000.00",
        "tranches": [{"percent": "50", "due_on": "2027-01-01"}, {"percent": "40", "due_on": "2027-02-01"}]});
    assert_eq!(
        decide(&app, &scene.officer, &application, bad_tranches)
            .await
            .failing_fields(),
        vec!["tranches"]
    );
    // A percent is a decimal string, as an amount is: no JSON number, no exponent.
    for percent in [json!(100), json!("1e2"), json!("100.0e0")] {
        let body = json!({"outcome": "awarded", "reason": "ok", "amount": "20000.00",
            "tranches": [{"percent": percent, "due_on": "2027-01-01"}]});
        let refused = decide(&app, &scene.officer, &application, body).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{percent}: {}",
            refused.text
        );
        assert_eq!(refused.failing_fields(), vec!["tranches[0].percent"], "{percent}");
    }

    // Four awards of 50,000 fill the 200,000 budget; a fifth is refused.
    let big = awardable_requests_of_fifty_thousand(&app, &scene, 5).await;
    let award = json!({"outcome": "awarded", "reason": "ok", "amount": "50000.00"});
    for application in &big[..4] {
        assert_eq!(
            decide(&app, &scene.officer, application, award.clone()).await.status,
            StatusCode::OK
        );
    }
    let over = decide(&app, &scene.officer, &big[4], award).await;
    assert_eq!(over.status, StatusCode::CONFLICT);
    assert_eq!(over.problem_type(), "budget-exceeded");
    assert_eq!(
        app.get(&format!("/applications/{}", big[4]), &scene.officer.token)
            .await
            .body["status"],
        "under_review"
    );
}

#[tokio::test]
async fn only_officers_decide() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app.reviewed(&scene).await;
    for caller in [
        scene.member.clone(),
        app.reviewer().await,
        app.user(&[Role::Finance]).await,
        app.admin().await,
    ] {
        let before = app.snapshot().await;
        let answer = decide(&app, &caller, &application, rejection()).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN);
        assert_eq!(app.snapshot().await, before);
    }
}

/// A rejected application of the scene, decided by the scene's officer.
async fn rejected(app: &TestApp, scene: &Scene) -> String {
    let application = app.reviewed(scene).await;
    assert_eq!(
        decide(app, &scene.officer, &application, rejection()).await.status,
        StatusCode::OK
    );
    application
}

fn grounds() -> Value {
    json!({"grounds": "The safeguarding plan is in annex 3, which the reviewers did not receive."})
}

#[tokio::test]
async fn an_appeal_is_filed_once_by_the_organisation_within_the_window() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = rejected(&app, &scene).await;
    let outsider = app.applicant().await;
    app.organisation(&outsider).await;
    let path = format!("/applications/{application}/appeals");
    assert_eq!(
        app.post(&path, &outsider.token, grounds()).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.post(&path, &scene.officer.token, grounds()).await.status,
        StatusCode::FORBIDDEN
    );

    let filed = app.post(&path, &scene.member.token, grounds()).await;
    assert_eq!(filed.status, StatusCode::CREATED, "{}", filed.text);
    assert_eq!(filed.body["status"], "open");
    assert_eq!(filed.body["appealed_from"], "rejected");
    let seen = app
        .get(&format!("/applications/{application}"), &scene.member.token)
        .await;
    assert_eq!(seen.body["status"], "appealed");
    assert_eq!(seen.body["appeal"]["status"], "open");
    let twice = app.post(&path, &scene.member.token, grounds()).await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn an_appeal_after_the_window_is_refused_naming_the_deadline() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = rejected(&app, &scene).await;
    let decided_at = app
        .get(&format!("/applications/{application}"), &scene.member.token)
        .await
        .body["decision"]["decided_at"]
        .as_str()
        .expect("decided_at")
        .to_owned();
    app.clock.advance(Duration::days(14) + Duration::seconds(1));
    let member = app.signed_in_again(&scene.member).await;
    let before = app.snapshot().await;
    let late = app
        .post(
            &format!("/applications/{application}/appeals"),
            &member.token,
            grounds(),
        )
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert_eq!(late.problem_type(), "appeal-window-closed");
    let deadline = chrono::DateTime::parse_from_rfc3339(&decided_at).expect("instant") + Duration::days(14);
    assert!(
        late.detail()
            .contains(&deadline.with_timezone(&chrono::Utc).to_rfc3339()),
        "{}",
        late.text
    );
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn the_deciding_officer_cannot_resolve_the_appeal_and_another_can() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = rejected(&app, &scene).await;
    let appeal = app
        .post(
            &format!("/applications/{application}/appeals"),
            &scene.member.token,
            grounds(),
        )
        .await
        .id();
    let resolution = json!({"outcome": "upheld", "reason": "Annex 3 was considered; the finding stands."});
    let refused = app
        .post(
            &format!("/appeals/{appeal}/resolution"),
            &scene.officer.token,
            resolution.clone(),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.is_problem());
    let second = app.officer().await;
    let resolved = app
        .post(
            &format!("/appeals/{appeal}/resolution"),
            &second.token,
            resolution.clone(),
        )
        .await;
    assert_eq!(resolved.status, StatusCode::OK, "{}", resolved.text);
    assert_eq!(resolved.body["status"], "upheld");
    let seen = app
        .get(&format!("/applications/{application}"), &scene.member.token)
        .await;
    assert_eq!(seen.body["status"], "rejected");
    assert_eq!(
        seen.body["appeal"]["resolution_reason"],
        "Annex 3 was considered; the finding stands."
    );
    assert_eq!(
        app.post(&format!("/appeals/{appeal}/resolution"), &second.token, resolution)
            .await
            .status,
        StatusCode::CONFLICT
    );
    let again = app
        .post(
            &format!("/applications/{application}/appeals"),
            &scene.member.token,
            grounds(),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "one appeal per decision");
}

#[tokio::test]
async fn an_overturned_ineligibility_goes_back_to_review() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app
        .submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    let finding = json!({"eligible": false, "failed_criteria": ["registered_cso"], "reason": "No certificate."});
    app.post(
        &format!("/applications/{application}/eligibility"),
        &scene.officer.token,
        finding,
    )
    .await;
    let appeal = app
        .post(
            &format!("/applications/{application}/appeals"),
            &scene.member.token,
            grounds(),
        )
        .await;
    assert_eq!(appeal.body["appealed_from"], "ineligible");
    let second = app.officer().await;
    let overturned = app
        .post(
            &format!("/appeals/{}/resolution", appeal.id()),
            &second.token,
            json!({"outcome": "overturned", "reason": "Certificate found."}),
        )
        .await;
    assert_eq!(overturned.body["status"], "overturned");
    assert_eq!(
        app.get(&format!("/applications/{application}"), &scene.member.token)
            .await
            .body["status"],
        "under_review"
    );
}

#[tokio::test]
async fn a_closed_call_is_decided_once_every_application_is_settled() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let settled = rejected(&app, &scene).await;
    let pending = app.awardable(&scene).await;
    app.draft_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    let open = app
        .post_empty(&format!("/calls/{}/decide", scene.call), &scene.officer.token)
        .await;
    assert_eq!(
        open.problem_type(),
        "invalid-transition",
        "an open call is closed first"
    );
    app.post_empty(&format!("/calls/{}/close", scene.call), &scene.officer.token)
        .await;
    let refused = app
        .post_empty(&format!("/calls/{}/decide", scene.call), &scene.officer.token)
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(refused.problem_type(), "call-not-settled");
    decide(
        &app,
        &scene.officer,
        &pending,
        json!({"outcome": "awarded", "reason": "ok", "amount": "20000.00"}),
    )
    .await;
    let appeal = app
        .post(
            &format!("/applications/{settled}/appeals"),
            &scene.member.token,
            grounds(),
        )
        .await;
    assert_eq!(appeal.status, StatusCode::CREATED);
    let while_appealed = app
        .post_empty(&format!("/calls/{}/decide", scene.call), &scene.officer.token)
        .await;
    assert_eq!(while_appealed.problem_type(), "call-not-settled");
    let second = app.officer().await;
    app.post(
        &format!("/appeals/{}/resolution", appeal.id()),
        &second.token,
        json!({"outcome": "upheld", "reason": "Stands."}),
    )
    .await;
    let decided = app
        .post_empty(&format!("/calls/{}/decide", scene.call), &scene.officer.token)
        .await;
    assert_eq!(decided.status, StatusCode::OK, "{}", decided.text);
    assert_eq!(decided.body["status"], "decided");
}

#[tokio::test]
async fn a_call_waits_for_open_appeal_windows_before_it_is_decided() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    rejected(&app, &scene).await;
    app.post_empty(&format!("/calls/{}/close", scene.call), &scene.officer.token)
        .await;
    let early = app
        .post_empty(&format!("/calls/{}/decide", scene.call), &scene.officer.token)
        .await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert_eq!(early.problem_type(), "appeal-window-open");
    app.clock.advance(Duration::days(15));
    let officer = app.signed_in_again(&scene.officer).await;
    let decided = app
        .post_empty(&format!("/calls/{}/decide", scene.call), &officer.token)
        .await;
    assert_eq!(decided.status, StatusCode::OK, "{}", decided.text);
}

#[tokio::test]
async fn nothing_moves_on_in_a_cancelled_call() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app.reviewed(&scene).await;
    let submitted = app
        .submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    app.post(
        &format!("/calls/{}/cancel", scene.call),
        &scene.officer.token,
        json!({"reason": "Donor withdrew"}),
    )
    .await;
    let reviewer = app.reviewer().await;
    let before = app.snapshot().await;
    let decision = decide(&app, &scene.officer, &application, rejection()).await;
    assert_eq!(decision.problem_type(), "call-cancelled");
    let screening = app
        .post(
            &format!("/applications/{submitted}/eligibility"),
            &scene.officer.token,
            json!({"eligible": true}),
        )
        .await;
    assert_eq!(screening.problem_type(), "call-cancelled");
    let assignment = app
        .post(
            &format!("/applications/{application}/assignments"),
            &scene.officer.token,
            json!({"reviewer_id": reviewer.id}),
        )
        .await;
    assert_eq!(assignment.problem_type(), "call-cancelled");
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn an_award_is_created_by_the_decision_and_accepted_by_the_organisation() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app.awardable(&scene).await;
    let body = json!({"outcome": "awarded", "reason": "Strong proposal.", "amount": "20000.00",
        "tranches": [{"percent": "70", "due_on": "2026-12-01", "condition": "award accepted"},
                     {"percent": "30", "due_on": "2027-05-01", "condition": "final report received"}]});
    let decided = decide(&app, &scene.officer, &application, body).await;
    let award = decided.body["award_id"].as_str().expect("award id").to_owned();
    assert_eq!(decided.body["decision"]["award_id"], award.as_str());

    let seen = app.get(&format!("/awards/{award}"), &scene.member.token).await;
    assert_eq!(seen.status, StatusCode::OK, "{}", seen.text);
    assert_eq!(seen.body["status"], "pending_acceptance");
    assert_eq!(seen.body["amount"], "20000.00");
    assert_eq!(seen.body["currency"], "EUR");
    assert!(
        seen.body["reference"]
            .as_str()
            .unwrap_or_default()
            .starts_with("GD-2026-")
    );
    assert_eq!(seen.body["tranches"][0]["amount"], "14000.00");
    assert_eq!(seen.body["tranches"][1]["amount"], "6000.00");
    assert_eq!(seen.body["tranches"][1]["condition"], "final report received");

    let outsider = app.applicant().await;
    app.organisation(&outsider).await;
    assert_eq!(
        app.get(&format!("/awards/{award}"), &outsider.token).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.post_empty(&format!("/awards/{award}/accept"), &outsider.token)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.post_empty(&format!("/awards/{award}/accept"), &scene.officer.token)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let finance = app.user(&[Role::Finance]).await;
    assert_eq!(
        app.get(&format!("/awards/{award}"), &finance.token).await.status,
        StatusCode::OK
    );

    let accepted = app
        .post_empty(&format!("/awards/{award}/accept"), &scene.member.token)
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.text);
    assert_eq!(accepted.body["status"], "active");
    assert_eq!(accepted.body["accepted_by"], scene.member.id.to_string());
    assert!(accepted.body["accepted_at"].is_string());
    let again = app
        .post_empty(&format!("/awards/{award}/accept"), &scene.member.token)
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let events = app
        .get(
            &format!("/audit?subject_type=award&subject_id={award}"),
            &scene.officer.token,
        )
        .await;
    let actions: Vec<&str> = events.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|event| event["action"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(actions, vec!["award.accepted", "award.created"]);
}

#[tokio::test]
async fn two_officers_awarding_at_once_cannot_overspend_the_call() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    app.passed_due_diligence(&scene.officer, &scene.organisation).await;
    let applications = awardable_requests_of_fifty_thousand(&app, &scene, 5).await;
    let award = json!({"outcome": "awarded", "reason": "ok", "amount": "50000.00"});
    for application in &applications[..3] {
        assert_eq!(
            decide(&app, &scene.officer, application, award.clone()).await.status,
            StatusCode::OK
        );
    }
    let second = app.officer().await;
    let (first, other) = tokio::join!(
        decide(&app, &scene.officer, &applications[3], award.clone()),
        decide(&app, &second, &applications[4], award.clone())
    );
    let mut statuses = [first.status.as_u16(), other.status.as_u16()];
    statuses.sort();
    assert_eq!(statuses, [200, 409], "{} / {}", first.text, other.text);
    assert_eq!(app.count("awards").await, 4, "awards total exactly the 200,000 budget");
}
