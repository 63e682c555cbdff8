//! Every endpoint called by the wrong role, by a member of another organisation and
//! without an account: 401, 403 or 404 as problem+json, and nothing changes.

use axum::http::{Method, StatusCode};
use grantdesk::auth::Role;
use serde_json::{Value, json};

use crate::support::{PASSWORD, application_body, organisation_body, spawn_app};

/// A request, who sends it, and the refusal expected.
type Case<'a> = (Method, String, Option<Value>, &'a str, &'a String, StatusCode);

#[tokio::test]
async fn the_wrong_caller_is_refused_everywhere_and_changes_nothing() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let reviewer = app.user(&[Role::Reviewer]).await;
    let finance = app.user(&[Role::Finance]).await;
    let admin = app.admin().await;
    let member = app.applicant().await;
    let outsider = app.applicant().await;
    let organisation = app.organisation(&member).await;
    app.organisation(&outsider).await;
    let draft_call = app.draft_call(&officer).await;
    let call = app.open_call(&officer).await;
    let draft = app.draft_application(&member, &organisation, &call).await;
    let submitted = app.submitted_application(&member, &organisation, &call).await;
    let anonymous = String::new();

    let apply = application_body(&organisation);
    let screening = json!({"eligible": true});
    let cases: Vec<Case> = vec![
        (
            Method::POST,
            "/calls".into(),
            Some(json!({})),
            "applicant",
            &member.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            "/calls".into(),
            Some(json!({})),
            "finance",
            &finance.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            "/calls".into(),
            Some(json!({})),
            "admin",
            &admin.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            "/calls".into(),
            Some(json!({})),
            "anonymous",
            &anonymous,
            StatusCode::UNAUTHORIZED,
        ),
        (
            Method::PATCH,
            format!("/calls/{draft_call}"),
            Some(json!({"title": "x"})),
            "applicant",
            &member.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::PATCH,
            format!("/calls/{draft_call}"),
            Some(json!({"title": "x"})),
            "reviewer",
            &reviewer.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            format!("/calls/{draft_call}/publish"),
            None,
            "applicant",
            &member.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            format!("/calls/{draft_call}/publish"),
            None,
            "finance",
            &finance.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            format!("/calls/{call}/close"),
            None,
            "applicant",
            &member.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            format!("/calls/{call}/close"),
            None,
            "anonymous",
            &anonymous,
            StatusCode::UNAUTHORIZED,
        ),
        (
            Method::POST,
            format!("/calls/{call}/cancel"),
            Some(json!({"reason": "x"})),
            "admin",
            &admin.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::GET,
            format!("/calls/{draft_call}"),
            None,
            "applicant",
            &member.token,
            StatusCode::NOT_FOUND,
        ),
        (
            Method::GET,
            format!("/calls/{draft_call}"),
            None,
            "anonymous",
            &anonymous,
            StatusCode::NOT_FOUND,
        ),
        (
            Method::POST,
            format!("/calls/{call}/applications"),
            Some(apply.clone()),
            "other organisation",
            &outsider.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            format!("/calls/{call}/applications"),
            Some(apply.clone()),
            "officer",
            &officer.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            format!("/calls/{call}/applications"),
            Some(apply.clone()),
            "anonymous",
            &anonymous,
            StatusCode::UNAUTHORIZED,
        ),
        (
            Method::GET,
            format!("/applications/{draft}"),
            None,
            "other organisation",
            &outsider.token,
            StatusCode::NOT_FOUND,
        ),
        (
            Method::GET,
            format!("/applications/{draft}"),
            None,
            "reviewer",
            &reviewer.token,
            StatusCode::NOT_FOUND,
        ),
        (
            Method::GET,
            format!("/applications/{draft}"),
            None,
            "anonymous",
            &anonymous,
            StatusCode::UNAUTHORIZED,
        ),
        (
            Method::PATCH,
            format!("/applications/{draft}"),
            Some(json!({"title": "x"})),
            "other organisation",
            &outsider.token,
            StatusCode::NOT_FOUND,
        ),
        (
            Method::PATCH,
            format!("/applications/{draft}"),
            Some(json!({"title": "x"})),
            "officer",
            &officer.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            format!("/applications/{draft}/submit"),
            None,
            "other organisation",
            &outsider.token,
            StatusCode::NOT_FOUND,
        ),
        (
            Method::POST,
            format!("/applications/{draft}/submit"),
            None,
            "officer",
            &officer.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            format!("/applications/{draft}/withdraw"),
            None,
            "other organisation",
            &outsider.token,
            StatusCode::NOT_FOUND,
        ),
        (
            Method::POST,
            format!("/applications/{draft}/withdraw"),
            None,
            "finance",
            &finance.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            format!("/applications/{submitted}/eligibility"),
            Some(screening.clone()),
            "applicant",
            &member.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            format!("/applications/{submitted}/eligibility"),
            Some(screening.clone()),
            "finance",
            &finance.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            format!("/applications/{submitted}/eligibility"),
            Some(screening.clone()),
            "reviewer",
            &reviewer.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::GET,
            "/applications".into(),
            None,
            "anonymous",
            &anonymous,
            StatusCode::UNAUTHORIZED,
        ),
        (
            Method::GET,
            format!("/organisations/{organisation}"),
            None,
            "other organisation",
            &outsider.token,
            StatusCode::NOT_FOUND,
        ),
        (
            Method::GET,
            format!("/organisations/{organisation}"),
            None,
            "reviewer",
            &reviewer.token,
            StatusCode::NOT_FOUND,
        ),
        (
            Method::PATCH,
            format!("/organisations/{organisation}"),
            Some(json!({"legal_name": "x"})),
            "other organisation",
            &outsider.token,
            StatusCode::NOT_FOUND,
        ),
        (
            Method::PATCH,
            format!("/organisations/{organisation}"),
            Some(json!({"legal_name": "x"})),
            "finance",
            &finance.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            format!("/organisations/{organisation}/members"),
            Some(json!({"email": outsider.email})),
            "other organisation",
            &outsider.token,
            StatusCode::NOT_FOUND,
        ),
        (
            Method::POST,
            format!("/organisations/{organisation}/members"),
            Some(json!({"email": outsider.email})),
            "officer",
            &officer.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::GET,
            format!("/organisations/{organisation}/members"),
            None,
            "other organisation",
            &outsider.token,
            StatusCode::NOT_FOUND,
        ),
        (
            Method::GET,
            "/organisations".into(),
            None,
            "applicant",
            &member.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::GET,
            "/organisations".into(),
            None,
            "reviewer",
            &reviewer.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            "/organisations".into(),
            Some(organisation_body()),
            "officer",
            &officer.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            "/organisations".into(),
            Some(organisation_body()),
            "anonymous",
            &anonymous,
            StatusCode::UNAUTHORIZED,
        ),
        (
            Method::GET,
            "/audit".into(),
            None,
            "applicant",
            &member.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::GET,
            "/audit".into(),
            None,
            "finance",
            &finance.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::GET,
            "/audit/verify".into(),
            None,
            "reviewer",
            &reviewer.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            "/users".into(),
            Some(json!({"email": "a@b.org", "password": PASSWORD, "full_name": "A", "roles": ["admin"]})),
            "officer",
            &officer.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::GET,
            "/users".into(),
            None,
            "applicant",
            &member.token,
            StatusCode::FORBIDDEN,
        ),
        (
            Method::GET,
            "/me".into(),
            None,
            "anonymous",
            &anonymous,
            StatusCode::UNAUTHORIZED,
        ),
        (
            Method::POST,
            "/auth/logout".into(),
            Some(json!({"refresh_token": member.refresh_token})),
            "anonymous",
            &anonymous,
            StatusCode::UNAUTHORIZED,
        ),
    ];
    for (method, path, body, who, token, expected) in cases {
        let before = app.snapshot().await;
        let answer = app.send(method.clone(), &path, token, body).await;
        assert_eq!(answer.status, expected, "{method} {path} as {who}: {}", answer.text);
        assert!(
            answer.is_problem(),
            "{method} {path} as {who} answers problem+json: {}",
            answer.text
        );
        assert_eq!(app.snapshot().await, before, "{method} {path} as {who} changed nothing");
    }
    let application = app.get(&format!("/applications/{draft}"), &member.token).await;
    assert_eq!(application.body["title"], "Mothers as first responders");
    assert_eq!(application.body["status"], "draft");
}
