//! The sanctions list, due diligence and screening.

use axum::http::StatusCode;
use chrono::Duration;
use serde_json::{Value, json};

use crate::support::{Actor, TestApp, organisation_body, spawn_app};

fn all_items(status: &str, opened: &Value) -> Value {
    let items: Vec<Value> = opened["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|item| json!({"key": item["key"], "status": status, "note": "Checked against the registry extract"}))
        .collect();
    json!({ "items": items })
}

async fn organisation_named(app: &TestApp, member: &Actor, legal_name: &str) -> String {
    let mut body = organisation_body();
    body["legal_name"] = json!(legal_name);
    body["short_name"] = Value::Null;
    let created = app.post("/organisations", &member.token, body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    created.id()
}

#[tokio::test]
async fn an_admin_imports_the_list_and_a_reimport_replaces_it_whole() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    assert_eq!(
        app.get("/sanctions", &officer.token).await.status,
        StatusCode::NOT_FOUND
    );
    let imported = app.import_sanctions(TestApp::sample_list()).await;
    assert_eq!(imported.status, StatusCode::OK, "{}", imported.text);
    assert_eq!(imported.body["entries"], 30);
    assert_eq!(imported.body["generated_at"], "2026-11-20T05:00:02.237Z");
    assert_eq!(app.count("sanctions_entries").await, 30);

    let shorter = TestApp::sample_list().replace(
        &TestApp::sample_list()[TestApp::sample_list().find("<INDIVIDUALS>").expect("individuals")
            ..TestApp::sample_list().find("</INDIVIDUALS>").expect("end")],
        "<INDIVIDUALS>",
    );
    let again = app.import_sanctions(&shorter).await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.text);
    assert_eq!(again.body["entries"], 17);
    assert_eq!(
        app.count("sanctions_entries").await,
        17,
        "the previous entries are gone"
    );
    assert_eq!(app.count("sanctions_list_versions").await, 2);
    assert_eq!(app.get("/sanctions", &officer.token).await.body["entries"], 17);
}

#[tokio::test]
async fn a_malformed_list_is_refused_and_the_previous_list_is_kept() {
    let app = spawn_app().await;
    app.import_sanctions(TestApp::sample_list()).await;
    for broken in [
        "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>",
        "<OTHER_LIST/>",
        "not xml at all",
        "<CONSOLIDATED_LIST/>",
    ] {
        let before = (
            app.count("sanctions_entries").await,
            app.count("sanctions_list_versions").await,
        );
        let refused = app.import_sanctions(broken).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{broken}");
        assert!(refused.is_problem());
        assert!(
            !refused.body["errors"][0]["message"]
                .as_str()
                .unwrap_or_default()
                .is_empty()
        );
        assert_eq!(
            (
                app.count("sanctions_entries").await,
                app.count("sanctions_list_versions").await
            ),
            before
        );
    }
}

#[tokio::test]
async fn only_admins_import_the_list() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let request = axum::http::Request::builder()
        .method("POST")
        .uri("/api/v1/sanctions/import")
        .header("authorization", format!("Bearer {}", officer.token))
        .header("content-type", "application/xml")
        .body(axum::body::Body::from(TestApp::sample_list()))
        .expect("request");
    assert_eq!(app.raw(request).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("sanctions_entries").await, 0);
}

#[tokio::test]
async fn an_assessment_completes_only_when_every_item_is_closed_and_screened() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let opened = app
        .post_empty(&format!("/organisations/{organisation}/due-diligence"), &officer.token)
        .await;
    assert_eq!(opened.status, StatusCode::CREATED);
    assert_eq!(opened.body["items"].as_array().map(Vec::len), Some(6));
    assert_eq!(opened.body["status"], "open");
    let id = opened.id();
    let second = app
        .post_empty(&format!("/organisations/{organisation}/due-diligence"), &officer.token)
        .await;
    assert_eq!(second.problem_type(), "assessment-open");

    let incomplete = app
        .post_empty(&format!("/due-diligence/{id}/complete"), &officer.token)
        .await;
    assert_eq!(incomplete.status, StatusCode::CONFLICT);
    assert!(incomplete.detail().contains("legal_registration"));
    app.patch(
        &format!("/due-diligence/{id}"),
        &officer.token,
        all_items("passed", &opened.body),
    )
    .await;
    let unscreened = app
        .post_empty(&format!("/due-diligence/{id}/complete"), &officer.token)
        .await;
    assert!(unscreened.detail().contains("screened"));
    let no_list = app
        .post_empty(&format!("/due-diligence/{id}/screen"), &officer.token)
        .await;
    assert_eq!(no_list.problem_type(), "no-sanctions-list");

    app.import_sanctions(TestApp::sample_list()).await;
    let screened = app
        .post_empty(&format!("/due-diligence/{id}/screen"), &officer.token)
        .await;
    assert_eq!(screened.body["matches"], json!([]));
    assert_eq!(screened.body["list_generated_at"], "2026-11-20T05:00:02.237Z");
    let completed = app
        .post_empty(&format!("/due-diligence/{id}/complete"), &officer.token)
        .await;
    assert_eq!(completed.status, StatusCode::OK, "{}", completed.text);
    assert_eq!(completed.body["status"], "passed");
    let completed_at =
        chrono::DateTime::parse_from_rfc3339(completed.body["completed_at"].as_str().expect("at")).expect("instant");
    let valid_until =
        chrono::DateTime::parse_from_rfc3339(completed.body["valid_until"].as_str().expect("until")).expect("instant");
    assert_eq!(
        valid_until.date_naive(),
        completed_at
            .date_naive()
            .checked_add_months(chrono::Months::new(24))
            .expect("date")
    );
    let after = app
        .patch(
            &format!("/due-diligence/{id}"),
            &officer.token,
            all_items("failed", &opened.body),
        )
        .await;
    assert_eq!(after.problem_type(), "assessment-completed");

    let standing = app
        .get(&format!("/organisations/{organisation}/due-diligence"), &officer.token)
        .await;
    assert_eq!(standing.body["standing"], "valid");
    app.clock.advance(Duration::days(731));
    let officer = app.signed_in_again(&officer).await;
    let expired = app
        .get(&format!("/organisations/{organisation}/due-diligence"), &officer.token)
        .await;
    assert_eq!(expired.body["standing"], "expired");
}

#[tokio::test]
async fn a_failed_item_fails_the_assessment() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    app.import_sanctions(TestApp::sample_list()).await;
    let opened = app
        .post_empty(&format!("/organisations/{organisation}/due-diligence"), &officer.token)
        .await;
    let id = opened.id();
    let mut items = all_items("passed", &opened.body);
    items["items"][4]["status"] = json!("failed");
    items["items"][3]["status"] = json!("not_applicable");
    app.patch(&format!("/due-diligence/{id}"), &officer.token, items).await;
    app.post_empty(&format!("/due-diligence/{id}/screen"), &officer.token)
        .await;
    let completed = app
        .post_empty(&format!("/due-diligence/{id}/complete"), &officer.token)
        .await;
    assert_eq!(completed.body["status"], "failed");
    let standing = app
        .get(&format!("/organisations/{organisation}/due-diligence"), &officer.token)
        .await;
    assert_eq!(standing.body["standing"], "failed");
}

#[tokio::test]
async fn screening_flags_a_listed_name_for_an_officer_who_adjudicates_it() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    app.import_sanctions(TestApp::sample_list()).await;
    let organisation = organisation_named(&app, &member, "Al-Rasheed Trust").await;
    let opened = app
        .post_empty(&format!("/organisations/{organisation}/due-diligence"), &officer.token)
        .await;
    let id = opened.id();
    let screened = app
        .post_empty(&format!("/due-diligence/{id}/screen"), &officer.token)
        .await;
    let matches = screened.body["matches"].as_array().expect("matches").clone();
    assert_eq!(matches.len(), 1, "{}", screened.text);
    assert_eq!(matches[0]["reference_number"], "QDe.005");
    assert_eq!(matches[0]["name"], "AL RASHID TRUST");
    assert_eq!(matches[0]["subject_name"], "Al-Rasheed Trust");
    assert!(matches[0]["score"].as_f64().unwrap_or(0.0) >= 0.85);
    assert!(matches[0]["outcome"].is_null(), "a match is a flag, not a finding");

    app.patch(
        &format!("/due-diligence/{id}"),
        &officer.token,
        all_items("passed", &opened.body),
    )
    .await;
    let pending = app
        .post_empty(&format!("/due-diligence/{id}/complete"), &officer.token)
        .await;
    assert!(pending.detail().contains("not adjudicated"));
    let match_id = matches[0]["id"].as_str().expect("id");
    let no_reason = app
        .post(
            &format!("/due-diligence/{id}/matches/{match_id}/adjudication"),
            &officer.token,
            json!({"outcome": "true_match", "reason": ""}),
        )
        .await;
    assert_eq!(no_reason.failing_fields(), vec!["reason"]);
    let adjudicated = app
        .post(
            &format!("/due-diligence/{id}/matches/{match_id}/adjudication"),
            &officer.token,
            json!({"outcome": "true_match", "reason": "Same registration number as the listed trust."}),
        )
        .await;
    assert_eq!(adjudicated.body["matches"][0]["outcome"], "true_match");
    let rescreened = app
        .post_empty(&format!("/due-diligence/{id}/screen"), &officer.token)
        .await;
    assert_eq!(
        rescreened.body["matches"][0]["outcome"], "true_match",
        "a finding survives a new screening"
    );
    let completed = app
        .post_empty(&format!("/due-diligence/{id}/complete"), &officer.token)
        .await;
    assert_eq!(completed.body["status"], "failed", "a true match fails the assessment");
}

#[tokio::test]
async fn members_names_are_screened_too_and_scripts_do_not_hide_them() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    app.import_sanctions(TestApp::sample_list()).await;
    let organisation = app.organisation(&member).await;
    let listed = app
        .post(
            "/auth/register",
            "",
            json!({"email": "oleg@example.org", "password": crate::support::PASSWORD, "full_name": "Олег Петрович Маркин"}),
        )
        .await;
    assert_eq!(listed.status, StatusCode::CREATED);
    let oleg = app.login(listed.id().parse().expect("id"), "oleg@example.org").await;
    app.join(&member, &organisation, &oleg).await;
    let id = app
        .post_empty(&format!("/organisations/{organisation}/due-diligence"), &officer.token)
        .await
        .id();
    let screened = app
        .post_empty(&format!("/due-diligence/{id}/screen"), &officer.token)
        .await;
    let matches = screened.body["matches"].as_array().expect("matches");
    assert_eq!(matches.len(), 1, "{}", screened.text);
    assert_eq!(matches[0]["subject_name"], "Олег Петрович Маркин");
    assert_eq!(matches[0]["reference_number"], "XXi.004");
}

#[tokio::test]
async fn due_diligence_is_for_officers_only() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let id = app
        .post_empty(&format!("/organisations/{organisation}/due-diligence"), &officer.token)
        .await
        .id();
    for caller in [
        member.clone(),
        app.user(&[grantdesk::auth::Role::Finance]).await,
        app.reviewer().await,
    ] {
        let before = app.snapshot().await;
        assert_eq!(
            app.get(&format!("/due-diligence/{id}"), &caller.token).await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            app.post_empty(&format!("/due-diligence/{id}/complete"), &caller.token)
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            app.post_empty(&format!("/due-diligence/{id}/screen"), &caller.token)
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        let patch = app
            .patch(&format!("/due-diligence/{id}"), &caller.token, json!({"items": []}))
            .await;
        assert_eq!(patch.status, StatusCode::FORBIDDEN);
        let open = app
            .post_empty(&format!("/organisations/{organisation}/due-diligence"), &caller.token)
            .await;
        assert_eq!(open.status, StatusCode::FORBIDDEN);
        assert_eq!(app.snapshot().await, before);
    }
}

#[tokio::test]
async fn a_rename_or_a_new_list_after_screening_asks_for_a_new_screening() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    app.import_sanctions(TestApp::sample_list()).await;
    let organisation = app.organisation(&member).await;
    let opened = app
        .post_empty(&format!("/organisations/{organisation}/due-diligence"), &officer.token)
        .await;
    let id = opened.id();
    app.patch(
        &format!("/due-diligence/{id}"),
        &officer.token,
        all_items("passed", &opened.body),
    )
    .await;
    app.post_empty(&format!("/due-diligence/{id}/screen"), &officer.token)
        .await;
    app.patch(
        &format!("/organisations/{organisation}"),
        &member.token,
        json!({"legal_name": "Al-Rasheed Trust"}),
    )
    .await;
    let outdated = app
        .post_empty(&format!("/due-diligence/{id}/complete"), &officer.token)
        .await;
    assert_eq!(outdated.status, StatusCode::CONFLICT);
    assert_eq!(outdated.problem_type(), "screening-outdated");
    let rescreened = app
        .post_empty(&format!("/due-diligence/{id}/screen"), &officer.token)
        .await;
    assert_eq!(
        rescreened.body["matches"][0]["reference_number"], "QDe.005",
        "the new name is screened"
    );
    app.import_sanctions(TestApp::sample_list()).await;
    let new_list = app
        .post_empty(&format!("/due-diligence/{id}/complete"), &officer.token)
        .await;
    assert_eq!(new_list.problem_type(), "screening-outdated");
}

#[tokio::test]
async fn only_officers_adjudicate_matches() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    app.import_sanctions(TestApp::sample_list()).await;
    let organisation = organisation_named(&app, &member, "Al Rashid Trust").await;
    let id = app
        .post_empty(&format!("/organisations/{organisation}/due-diligence"), &officer.token)
        .await
        .id();
    let screened = app
        .post_empty(&format!("/due-diligence/{id}/screen"), &officer.token)
        .await;
    let match_id = screened.body["matches"][0]["id"].as_str().expect("a match").to_owned();
    let path = format!("/due-diligence/{id}/matches/{match_id}/adjudication");
    for caller in [member.clone(), app.admin().await, app.reviewer().await] {
        let answer = app
            .post(
                &path,
                &caller.token,
                json!({"outcome": "false_positive", "reason": "mine"}),
            )
            .await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN);
    }
    let seen = app.get(&format!("/due-diligence/{id}"), &officer.token).await;
    assert!(seen.body["matches"][0]["outcome"].is_null());
}

#[tokio::test]
async fn a_corrupt_stored_status_is_an_internal_error_never_a_default() {
    use sea_orm::{ConnectionTrait, Statement};

    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let opened = app
        .post_empty(&format!("/organisations/{organisation}/due-diligence"), &officer.token)
        .await;
    assert_eq!(opened.status, StatusCode::CREATED, "{}", opened.text);
    let backend = app.db.get_database_backend();
    app.db
        .execute_raw(Statement::from_string(
            backend,
            "UPDATE due_diligence SET status = 'approved', risk_rating = 'medium'",
        ))
        .await
        .expect("corrupting");
    let read = app
        .get(&format!("/due-diligence/{}", opened.id()), &officer.token)
        .await;
    assert_eq!(read.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", read.text);
    assert_eq!(read.problem_type(), "internal");
    let standing = app
        .get(&format!("/organisations/{organisation}/due-diligence"), &officer.token)
        .await;
    assert_eq!(standing.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", standing.text);
}
