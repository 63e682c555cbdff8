//! Membership with consent: a member invites an email address, the answer does not say
//! whether an account has it, the invitation email goes through the outbox, and only the
//! invited account joins, by accepting within 14 days an invitation nobody revoked.

use axum::http::{Method, StatusCode};
use chrono::Duration;
use grantdesk::reminders::store;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{Actor, TestApp, spawn_app};

/// A member's organisation and the invitations path.
async fn organisation_with_member(app: &TestApp) -> (Actor, String) {
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    (member, organisation)
}

async fn invite(app: &TestApp, member: &Actor, organisation: &str, email: &str) -> crate::support::Answer {
    app.post(
        &format!("/organisations/{organisation}/invitations"),
        &member.token,
        json!({"email": email}),
    )
    .await
}

async fn invitations(app: &TestApp, member: &Actor, organisation: &str) -> Vec<Value> {
    let listed = app
        .get(&format!("/organisations/{organisation}/invitations"), &member.token)
        .await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.text);
    listed.body.as_array().expect("a list").clone()
}

async fn is_member(app: &TestApp, person: &Actor, organisation: &str) -> bool {
    let me = app.get("/me", &person.token).await;
    me.body["organisation_ids"]
        .as_array()
        .expect("ids")
        .iter()
        .any(|id| id == organisation)
}

#[tokio::test]
async fn inviting_answers_the_same_whether_or_not_an_account_has_the_email_and_mails_the_address() {
    let app = spawn_app().await;
    let (member, organisation) = organisation_with_member(&app).await;
    let colleague = app.applicant().await;
    let stranger_email = format!("{}@example.org", Uuid::new_v4().simple());

    let existing = invite(&app, &member, &organisation, &colleague.email).await;
    let missing = invite(&app, &member, &organisation, &stranger_email).await;
    let alias = app
        .post(
            &format!("/organisations/{organisation}/members"),
            &member.token,
            json!({"email": format!("{}@example.org", Uuid::new_v4().simple())}),
        )
        .await;

    assert_eq!(existing.status, StatusCode::ACCEPTED, "{}", existing.text);
    assert_eq!(missing.status, StatusCode::ACCEPTED);
    assert_eq!(alias.status, StatusCode::ACCEPTED, "the deprecated alias invites too");
    assert_eq!(
        existing.text, missing.text,
        "the body does not tell which email has an account"
    );
    assert_eq!(existing.text, alias.text);
    assert!(
        !is_member(&app, &colleague, &organisation).await,
        "nobody joins without accepting"
    );

    let (outbox, _) = store::list(&app.db, None, None, (100, 0)).await.expect("outbox");
    let mails: Vec<_> = outbox.iter().filter(|row| row.rule == "invitation").collect();
    assert_eq!(
        mails.len(),
        3,
        "every invited address is mailed, account or not: {mails:?}"
    );
    let to_stranger = mails
        .iter()
        .find(|row| row.recipient == stranger_email)
        .expect("the address without an account is mailed");
    assert_eq!(to_stranger.user_id, None, "no account, so no in-app notification");
    assert!(to_stranger.body.contains("register"), "{}", to_stranger.body);
    let mail = mails
        .iter()
        .find(|row| row.recipient == colleague.email)
        .expect("the account is mailed");
    assert_eq!(mail.user_id, Some(colleague.id));
    assert_eq!(mail.status, "queued");
    assert!(mail.subject.contains("Invitation to join"), "{}", mail.subject);
    let listed = invitations(&app, &member, &organisation).await;
    assert_eq!(listed.len(), 3);
    let mailed = listed
        .iter()
        .find(|row| row["email"] == colleague.email.as_str())
        .expect("listed");
    assert_eq!(
        mail.dedup_key,
        format!("invitation:{}", mailed["id"].as_str().expect("id"))
    );
    assert!(mail.body.contains(&app.invitation_token(&colleague.email).await));
    assert!(listed.iter().all(|row| row["state"] == "pending"));
    assert!(
        listed
            .iter()
            .all(|row| row.get("token").is_none() && row.get("token_hash").is_none()),
        "tokens are never listed: {listed:?}"
    );
    // The recipient also sees it as a notification.
    let notifications = app.get("/notifications?count=true", &colleague.token).await;
    assert_eq!(notifications.body["total"], 1, "{}", notifications.text);
}

#[tokio::test]
async fn accepting_with_the_invited_account_makes_them_a_member_once_and_is_audited() {
    let app = spawn_app().await;
    let (member, organisation) = organisation_with_member(&app).await;
    let colleague = app.applicant().await;
    invite(&app, &member, &organisation, &colleague.email.to_uppercase()).await;
    let token = app.invitation_token(&colleague.email).await;

    let accepted = app
        .post_empty(&format!("/invitations/{token}/accept"), &colleague.token)
        .await;

    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.text);
    assert_eq!(accepted.body["state"], "accepted");
    assert!(is_member(&app, &colleague, &organisation).await);
    let members = app
        .get(&format!("/organisations/{organisation}/members"), &member.token)
        .await;
    assert_eq!(members.body.as_array().map(Vec::len), Some(2));
    let again = app
        .post_empty(&format!("/invitations/{token}/accept"), &colleague.token)
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.problem_type(), "invitation-closed");
    let actions = app.audit_actions(&organisation).await;
    assert!(
        actions.contains(&"organisation.member_invited".to_owned()),
        "{actions:?}"
    );
    assert!(
        actions.contains(&"organisation.invitation_accepted".to_owned()),
        "{actions:?}"
    );
    let audit = app.get("/audit/verify", &app.admin().await.token).await;
    assert_eq!(audit.status, StatusCode::OK, "{}", audit.text);
    // Inviting a member again is pointless.
    let member_again = invite(&app, &member, &organisation, &colleague.email).await;
    assert_eq!(member_again.status, StatusCode::CONFLICT);
    assert_eq!(member_again.problem_type(), "already-member");
}

#[tokio::test]
async fn another_account_cannot_accept_or_decline_and_a_made_up_token_is_not_found() {
    let app = spawn_app().await;
    let (member, organisation) = organisation_with_member(&app).await;
    let colleague = app.applicant().await;
    let stranger = app.applicant().await;
    let officer = app.officer().await;
    invite(&app, &member, &organisation, &colleague.email).await;
    let token = app.invitation_token(&colleague.email).await;
    let before = app.snapshot().await;

    let by_stranger = app
        .post_empty(&format!("/invitations/{token}/accept"), &stranger.token)
        .await;
    let declined_by_stranger = app
        .post_empty(&format!("/invitations/{token}/decline"), &stranger.token)
        .await;
    let by_officer = app
        .post_empty(&format!("/invitations/{token}/accept"), &officer.token)
        .await;
    let unsigned = app.post_empty(&format!("/invitations/{token}/accept"), "").await;
    let made_up = app
        .post_empty(&format!("/invitations/{}/accept", "0".repeat(64)), &colleague.token)
        .await;

    assert_eq!(by_stranger.status, StatusCode::FORBIDDEN, "{}", by_stranger.text);
    assert_eq!(declined_by_stranger.status, StatusCode::FORBIDDEN);
    assert_eq!(
        by_officer.status,
        StatusCode::FORBIDDEN,
        "only applicants join organisations"
    );
    assert_eq!(unsigned.status, StatusCode::UNAUTHORIZED);
    assert_eq!(made_up.status, StatusCode::NOT_FOUND);
    assert!(by_stranger.is_problem() && made_up.is_problem());
    assert_eq!(app.snapshot().await, before, "nothing changed");
    assert!(!is_member(&app, &stranger, &organisation).await);
    assert_eq!(invitations(&app, &member, &organisation).await[0]["state"], "pending");
}

#[tokio::test]
async fn an_invitation_expires_after_fourteen_days() {
    let app = spawn_app().await;
    let (member, organisation) = organisation_with_member(&app).await;
    let colleague = app.applicant().await;
    invite(&app, &member, &organisation, &colleague.email).await;
    let token = app.invitation_token(&colleague.email).await;

    app.clock.advance(Duration::days(14));
    let colleague = app.signed_in_again(&colleague).await;
    let member = app.signed_in_again(&member).await;
    let late = app
        .post_empty(&format!("/invitations/{token}/accept"), &colleague.token)
        .await;

    assert_eq!(late.status, StatusCode::CONFLICT, "{}", late.text);
    assert_eq!(late.problem_type(), "invitation-closed");
    assert!(late.detail().contains("expired"), "{}", late.detail());
    assert!(!is_member(&app, &colleague, &organisation).await);
    assert_eq!(invitations(&app, &member, &organisation).await[0]["state"], "expired");
}

#[tokio::test]
async fn a_revoked_invitation_cannot_be_accepted() {
    let app = spawn_app().await;
    let (member, organisation) = organisation_with_member(&app).await;
    let colleague = app.applicant().await;
    invite(&app, &member, &organisation, &colleague.email).await;
    let token = app.invitation_token(&colleague.email).await;
    let id = invitations(&app, &member, &organisation).await[0]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let path = format!("/organisations/{organisation}/invitations/{id}");

    let revoked = app.send(Method::DELETE, &path, &member.token, None).await;
    let accepted = app
        .post_empty(&format!("/invitations/{token}/accept"), &colleague.token)
        .await;
    let twice = app.send(Method::DELETE, &path, &member.token, None).await;

    assert_eq!(revoked.status, StatusCode::OK, "{}", revoked.text);
    assert_eq!(revoked.body["state"], "revoked");
    // The email still waiting in the outbox is withdrawn, not sent later.
    let (outbox, _) = store::list(&app.db, None, None, (100, 0)).await.expect("outbox");
    let mail = outbox
        .iter()
        .find(|row| row.dedup_key == format!("invitation:{id}"))
        .expect("the invitation email");
    assert_eq!(mail.status, "failed", "{mail:?}");
    assert!(
        mail.last_error
            .as_deref()
            .is_some_and(|error| error.starts_with("no longer applies")),
        "{mail:?}"
    );
    assert!(
        app.metrics()
            .await
            .contains("grantdesk_outbox_messages{state=\"withdrawn\"} 1\n")
    );
    assert_eq!(accepted.status, StatusCode::CONFLICT);
    assert_eq!(accepted.problem_type(), "invitation-closed");
    assert!(accepted.detail().contains("revoked"), "{}", accepted.detail());
    assert_eq!(twice.status, StatusCode::CONFLICT);
    assert!(!is_member(&app, &colleague, &organisation).await);
    let actions = app.audit_actions(&organisation).await;
    assert!(
        actions.contains(&"organisation.invitation_revoked".to_owned()),
        "{actions:?}"
    );
}

#[tokio::test]
async fn declining_leaves_the_person_out_and_is_audited() {
    let app = spawn_app().await;
    let (member, organisation) = organisation_with_member(&app).await;
    let colleague = app.applicant().await;
    invite(&app, &member, &organisation, &colleague.email).await;
    let token = app.invitation_token(&colleague.email).await;

    let declined = app
        .post_empty(&format!("/invitations/{token}/decline"), &colleague.token)
        .await;
    let accepted = app
        .post_empty(&format!("/invitations/{token}/accept"), &colleague.token)
        .await;

    assert_eq!(declined.status, StatusCode::OK, "{}", declined.text);
    assert_eq!(declined.body["state"], "declined");
    assert_eq!(accepted.status, StatusCode::CONFLICT);
    assert_eq!(accepted.problem_type(), "invitation-closed");
    assert!(!is_member(&app, &colleague, &organisation).await);
    assert_eq!(invitations(&app, &member, &organisation).await[0]["state"], "declined");
    let actions = app.audit_actions(&organisation).await;
    assert!(
        actions.contains(&"organisation.invitation_declined".to_owned()),
        "{actions:?}"
    );
}

#[tokio::test]
async fn only_the_organisations_members_invite_list_and_revoke() {
    let app = spawn_app().await;
    let (member, organisation) = organisation_with_member(&app).await;
    let (outsider, elsewhere) = organisation_with_member(&app).await;
    let officer = app.officer().await;
    let reviewer = app.reviewer().await;
    invite(&app, &member, &organisation, "someone@example.org").await;
    let id = invitations(&app, &member, &organisation).await[0]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let before = app.snapshot().await;
    let invite_path = format!("/organisations/{organisation}/invitations");
    let revoke_path = format!("{invite_path}/{id}");
    let body = Some(json!({"email": "another@example.org"}));

    for (who, actor, expected) in [
        ("other organisation", &outsider, StatusCode::NOT_FOUND),
        ("reviewer", &reviewer, StatusCode::NOT_FOUND),
        ("officer", &officer, StatusCode::FORBIDDEN),
    ] {
        for (method, path, body) in [
            (Method::POST, &invite_path, body.clone()),
            (Method::GET, &invite_path, None),
            (Method::DELETE, &revoke_path, None),
        ] {
            let answer = app.send(method.clone(), path, &actor.token, body).await;
            assert_eq!(answer.status, expected, "{who} {method} {path}: {}", answer.text);
            assert!(answer.is_problem());
        }
    }
    // An invitation of another organisation is not found through this one.
    let crossed = app
        .send(
            Method::DELETE,
            &format!("/organisations/{elsewhere}/invitations/{id}"),
            &outsider.token,
            None,
        )
        .await;
    assert_eq!(crossed.status, StatusCode::NOT_FOUND);
    assert_eq!(app.snapshot().await, before, "nothing changed");
    assert_eq!(invitations(&app, &member, &organisation).await.len(), 1);
    assert_eq!(invitations(&app, &member, &organisation).await[0]["state"], "pending");
}

#[tokio::test]
async fn a_bad_email_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let (member, organisation) = organisation_with_member(&app).await;
    let before = app.snapshot().await;

    let bad = invite(&app, &member, &organisation, "not an address").await;
    let missing = app
        .post(
            &format!("/organisations/{organisation}/invitations"),
            &member.token,
            json!({}),
        )
        .await;

    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.text);
    assert_eq!(bad.failing_fields(), vec!["email"]);
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn the_members_alias_is_documented_as_deprecated_and_the_invitation_endpoints_are_documented() {
    let app = spawn_app().await;
    let document = app.get("/openapi.json", "").await.body;
    let paths = &document["paths"];
    assert_eq!(paths["/api/v1/organisations/{id}/members"]["post"]["deprecated"], true);
    assert!(paths["/api/v1/organisations/{id}/members"]["post"]["responses"]["202"].is_object());
    for (path, method) in [
        ("/api/v1/organisations/{id}/invitations", "post"),
        ("/api/v1/organisations/{id}/invitations", "get"),
        ("/api/v1/organisations/{id}/invitations/{invitation_id}", "delete"),
        ("/api/v1/invitations/{token}/accept", "post"),
        ("/api/v1/invitations/{token}/decline", "post"),
    ] {
        assert!(paths[path][method].is_object(), "{method} {path} is documented");
    }
}

#[tokio::test]
async fn a_person_without_an_account_registers_with_the_invited_address_and_joins() {
    let app = spawn_app().await;
    let (member, organisation) = organisation_with_member(&app).await;
    let email = format!("{}@example.org", Uuid::new_v4().simple());
    let invited = invite(&app, &member, &organisation, &email).await;
    assert_eq!(invited.status, StatusCode::ACCEPTED, "{}", invited.text);
    let token = app.invitation_token(&email).await;

    let registered = app
        .post(
            "/auth/register",
            "",
            json!({"email": email, "password": crate::support::PASSWORD, "full_name": "Nour Haddad"}),
        )
        .await;
    assert_eq!(registered.status, StatusCode::CREATED, "{}", registered.text);
    let newcomer = app.login(registered.id().parse().expect("an id"), &email).await;
    let accepted = app
        .post_empty(&format!("/invitations/{token}/accept"), &newcomer.token)
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.text);
    assert!(is_member(&app, &newcomer, &organisation).await);
}
