//! Do-no-harm risk assessments and the award gate.

use axum::http::StatusCode;
use chrono::Duration;
use serde_json::json;

use crate::support::{TestApp, risk_body, spawn_app};

#[tokio::test]
async fn an_officer_records_risks_and_the_members_read_and_comment() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let reviewer = app.reviewer().await;
    let application = app.under_review(&scene, &reviewer).await;
    let path = format!("/applications/{application}/risk-assessment");
    let submitted = app.post(&path, &scene.officer.token, risk_body("medium")).await;
    assert_eq!(submitted.status, StatusCode::CREATED, "{}", submitted.text);
    assert_eq!(submitted.body["status"], "submitted");
    assert_eq!(submitted.body["risks"][0]["inherent_score"], 15);
    assert_eq!(submitted.body["highest_inherent_score"], 15);

    let seen = app.get(&path, &scene.member.token).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert_eq!(
        seen.body["risks"][0]["mitigation"],
        "Closed venue, no photographs, pseudonyms in all reports"
    );
    let comment = app
        .post(
            &format!("/risk-assessments/{}/comments", submitted.id()),
            &scene.member.token,
            json!({"body": "Please also avoid naming our city."}),
        )
        .await;
    assert_eq!(comment.status, StatusCode::CREATED, "{}", comment.text);
    assert_eq!(
        app.get(&path, &scene.officer.token).await.body["comments"][0]["body"],
        "Please also avoid naming our city."
    );

    let outsider = app.applicant().await;
    app.organisation(&outsider).await;
    for caller in [&reviewer, &outsider] {
        let hidden = app.get(&path, &caller.token).await;
        assert_eq!(
            hidden.status,
            StatusCode::NOT_FOUND,
            "reviewers and other CSOs never see the risks"
        );
        assert!(!hidden.text.contains("militia"));
        let comment = app
            .post(
                &format!("/risk-assessments/{}/comments", submitted.id()),
                &caller.token,
                json!({"body": "x"}),
            )
            .await;
        assert_eq!(comment.status, StatusCode::NOT_FOUND);
    }
    let refused = app.post(&path, &scene.member.token, risk_body("low")).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "only officers assess");
}

#[tokio::test]
async fn risks_outside_the_scale_are_refused() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app
        .submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    let mut body = risk_body("low");
    body["risks"][0]["likelihood"] = json!(6);
    body["risks"][0]["mitigation"] = json!("");
    let refused = app
        .post(
            &format!("/applications/{application}/risk-assessment"),
            &scene.officer.token,
            body,
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.failing_fields(),
        vec!["risks[0].mitigation", "risks[0].likelihood"]
    );
    let mut unknown = risk_body("low");
    unknown["risks"][0]["category"] = json!("weather");
    let refused = app
        .post(
            &format!("/applications/{application}/risk-assessment"),
            &scene.officer.token,
            unknown,
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("risk_assessments").await, 0);
}

#[tokio::test]
async fn a_high_residual_risk_needs_a_second_officer() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app
        .submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    let id = app
        .post(
            &format!("/applications/{application}/risk-assessment"),
            &scene.officer.token,
            risk_body("high"),
        )
        .await
        .id();
    let first = app
        .post_empty(&format!("/risk-assessments/{id}/approve"), &scene.officer.token)
        .await;
    assert_eq!(first.body["status"], "submitted");
    assert_eq!(first.body["awaiting_second_approval"], true);
    let same = app
        .post_empty(&format!("/risk-assessments/{id}/approve"), &scene.officer.token)
        .await;
    assert_eq!(same.status, StatusCode::CONFLICT);
    assert!(same.detail().contains("second"));
    let second = app.officer().await;
    let approved = app
        .post_empty(&format!("/risk-assessments/{id}/approve"), &second.token)
        .await;
    assert_eq!(approved.body["status"], "approved");
    let changed = app
        .post(
            &format!("/applications/{application}/risk-assessment"),
            &scene.officer.token,
            risk_body("low"),
        )
        .await;
    assert_eq!(changed.problem_type(), "risk-approved");
}

#[tokio::test]
async fn an_award_is_refused_for_each_missing_precondition() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let award = json!({"outcome": "awarded", "reason": "Strong proposal.", "amount": "20000.00"});
    let decide = |application: String| {
        let app = &app;
        let officer = scene.officer.clone();
        let award = award.clone();
        async move {
            app.post(&format!("/applications/{application}/decision"), &officer.token, award)
                .await
        }
    };

    let no_diligence = app.reviewed(&scene).await;
    app.approved_risk(&scene.officer, &no_diligence, "low").await;
    let refused = decide(no_diligence.clone()).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(refused.problem_type(), "award-preconditions");
    assert!(refused.detail().contains("no completed due-diligence"));
    assert_eq!(
        app.get(&format!("/applications/{no_diligence}"), &scene.officer.token)
            .await
            .body["status"],
        "under_review"
    );

    app.passed_due_diligence(&scene.officer, &scene.organisation).await;
    let no_risk = app.reviewed(&scene).await;
    assert!(decide(no_risk.clone()).await.detail().contains("no do-no-harm"));

    let unapproved = app.reviewed(&scene).await;
    app.post(
        &format!("/applications/{unapproved}/risk-assessment"),
        &scene.officer.token,
        risk_body("low"),
    )
    .await;
    assert!(decide(unapproved.clone()).await.detail().contains("not approved"));

    let critical = app.reviewed(&scene).await;
    app.approved_risk(&scene.officer, &critical, "critical").await;
    assert!(decide(critical.clone()).await.detail().contains("critical"));

    let later = app.reviewed(&scene).await;
    app.approved_risk(&scene.officer, &later, "low").await;
    let granted = decide(no_diligence.clone()).await;
    assert_eq!(granted.status, StatusCode::OK, "{}", granted.text);
    assert_eq!(granted.body["status"], "awarded");

    app.clock.advance(Duration::days(731));
    let officer = app.signed_in_again(&scene.officer).await;
    let refused = app
        .post(
            &format!("/applications/{later}/decision"),
            &officer.token,
            award.clone(),
        )
        .await;
    assert!(refused.detail().contains("expired"), "{}", refused.text);
}

#[tokio::test]
async fn a_failed_due_diligence_blocks_the_award() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    app.import_sanctions(TestApp::sample_list()).await;
    let opened = app
        .post_empty(
            &format!("/organisations/{}/due-diligence", scene.organisation),
            &scene.officer.token,
        )
        .await;
    let id = opened.id();
    let items: Vec<serde_json::Value> = opened.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|item| json!({"key": item["key"], "status": if item["key"] == "bank_account" { "failed" } else { "passed" }}))
        .collect();
    app.patch(
        &format!("/due-diligence/{id}"),
        &scene.officer.token,
        json!({"items": items}),
    )
    .await;
    app.post_empty(&format!("/due-diligence/{id}/screen"), &scene.officer.token)
        .await;
    app.post_empty(&format!("/due-diligence/{id}/complete"), &scene.officer.token)
        .await;
    let application = app.reviewed(&scene).await;
    app.approved_risk(&scene.officer, &application, "low").await;
    let refused = app
        .post(
            &format!("/applications/{application}/decision"),
            &scene.officer.token,
            json!({"outcome": "awarded", "reason": "ok", "amount": "20000.00"}),
        )
        .await;
    assert!(refused.detail().contains("failed"), "{}", refused.text);
}

#[tokio::test]
async fn a_high_risk_with_only_its_first_approval_blocks_the_award() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    app.passed_due_diligence(&scene.officer, &scene.organisation).await;
    let application = app.reviewed(&scene).await;
    let id = app
        .post(
            &format!("/applications/{application}/risk-assessment"),
            &scene.officer.token,
            risk_body("high"),
        )
        .await
        .id();
    app.post_empty(&format!("/risk-assessments/{id}/approve"), &scene.officer.token)
        .await;
    let refused = app
        .post(
            &format!("/applications/{application}/decision"),
            &scene.officer.token,
            json!({"outcome": "awarded", "reason": "ok", "amount": "20000.00"}),
        )
        .await;
    assert_eq!(refused.problem_type(), "award-preconditions");
    assert!(refused.detail().contains("not approved"));
}
