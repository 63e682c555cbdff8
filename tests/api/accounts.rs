//! Accounts people can recover and trust: password reset and email verification through
//! the links of real emails (the local SMTP server), staff created without a password,
//! verification by hand, deactivation, sessions, password and email changes.

use axum::http::StatusCode;
use chrono::Duration;
use serde_json::json;

use crate::smtp::{Mail, SmtpServer};
use crate::support::{PASSWORD, TestApp, spawn_app, spawn_app_with, token_in};

pub const PUBLIC_URL: &str = "https://grants.example.org";

pub async fn app_with_mail() -> (TestApp, SmtpServer) {
    let server = SmtpServer::start(false).await;
    let app = spawn_app_with(&[
        ("GRANTDESK_SMTP_URL", &server.url()),
        ("GRANTDESK_PUBLIC_URL", PUBLIC_URL),
    ])
    .await;
    (app, server)
}

/// Delivers the outbox, then answers the mails that reached `email` so far, oldest first.
pub async fn mails_to(app: &TestApp, server: &SmtpServer, email: &str) -> Vec<Mail> {
    grantdesk::reminders::deliver_due(&app.state).await.expect("delivers");
    let address = format!("<{email}>");
    server
        .mails()
        .into_iter()
        .filter(|mail| mail.to.contains(&address))
        .collect()
}

/// The token of the link in the newest mail to `email` that opens `page`.
pub async fn link_token(app: &TestApp, server: &SmtpServer, email: &str, page: &str) -> String {
    let mails = mails_to(app, server, email).await;
    let link = format!("{PUBLIC_URL}{page}?token=");
    let mail = mails
        .iter()
        .rev()
        .map(Mail::text)
        .find(|text| text.contains(&link))
        .unwrap_or_else(|| panic!("a mail to {email} with a {link} link in {mails:?}"));
    let after = mail.split(&link).nth(1).expect("the link");
    token_in(after)
}

async fn sign_in(app: &TestApp, email: &str, password: &str) -> crate::support::Answer {
    app.post("/auth/login", "", json!({"email": email, "password": password}))
        .await
}

#[tokio::test]
async fn a_forgotten_password_is_reset_with_the_link_of_the_email_once_and_every_session_ends() {
    let (app, server) = app_with_mail().await;
    let member = app.applicant().await;
    let asked = app
        .post(
            "/auth/password-reset",
            "",
            json!({"email": member.email.to_uppercase()}),
        )
        .await;
    assert_eq!(asked.status, StatusCode::ACCEPTED, "{}", asked.text);
    let token = link_token(&app, &server, &member.email, "/reset-password").await;

    let new_password = "a brand new passphrase";
    let confirmed = app
        .post(
            "/auth/password-reset/confirm",
            "",
            json!({"token": token, "new_password": new_password}),
        )
        .await;
    assert_eq!(confirmed.status, StatusCode::NO_CONTENT, "{}", confirmed.text);
    assert_eq!(
        sign_in(&app, &member.email, PASSWORD).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(sign_in(&app, &member.email, new_password).await.status, StatusCode::OK);
    let refreshed = app
        .post("/auth/refresh", "", json!({"refresh_token": member.refresh_token}))
        .await;
    assert_eq!(refreshed.status, StatusCode::UNAUTHORIZED, "the old session ended");
    assert!(
        app.audit_actions(&member.id.to_string())
            .await
            .contains(&"user.password_reset".to_owned())
    );
    let told = mails_to(&app, &server, &member.email).await;
    assert!(
        told.iter()
            .any(|mail| mail.text().contains("Subject: Security notice: password changed")),
        "{told:?}"
    );

    let again = app
        .post(
            "/auth/password-reset/confirm",
            "",
            json!({"token": token, "new_password": "yet another passphrase"}),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.text);
    assert_eq!(again.problem_type(), "link-invalid");
    assert!(again.detail().contains("already used"), "{}", again.detail());
    assert_eq!(sign_in(&app, &member.email, new_password).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_reset_link_expires_after_an_hour_and_only_the_newest_works() {
    let (app, server) = app_with_mail().await;
    let member = app.applicant().await;
    let ask = || app.post("/auth/password-reset", "", json!({"email": member.email}));
    assert_eq!(ask().await.status, StatusCode::ACCEPTED);
    let first = link_token(&app, &server, &member.email, "/reset-password").await;
    assert_eq!(ask().await.status, StatusCode::ACCEPTED);
    let second = link_token(&app, &server, &member.email, "/reset-password").await;
    assert_ne!(first, second);
    let confirm = |token: String| {
        app.post(
            "/auth/password-reset/confirm",
            "",
            json!({"token": token, "new_password": "a brand new passphrase"}),
        )
    };
    let replaced = confirm(first).await;
    assert_eq!(replaced.problem_type(), "link-invalid", "{}", replaced.text);

    app.clock.advance(Duration::minutes(61));
    let expired = confirm(second).await;
    assert_eq!(expired.status, StatusCode::CONFLICT, "{}", expired.text);
    assert_eq!(expired.problem_type(), "link-invalid");
    assert!(expired.detail().contains("expired"), "{}", expired.detail());
    let unknown = confirm("0".repeat(64)).await;
    assert_eq!(unknown.problem_type(), "link-invalid");
    let weak = app
        .post(
            "/auth/password-reset/confirm",
            "",
            json!({"token": "0".repeat(64), "new_password": "short"}),
        )
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(weak.failing_fields(), vec!["new_password"]);
    assert_eq!(sign_in(&app, &member.email, PASSWORD).await.status, StatusCode::OK);
}

#[tokio::test]
async fn asking_for_a_reset_answers_the_same_for_an_unknown_address_and_is_throttled() {
    let (app, server) = app_with_mail().await;
    let member = app.applicant().await;
    let before = app.count("outbox").await;
    let unknown = app
        .post("/auth/password-reset", "", json!({"email": "nobody@example.org"}))
        .await;
    assert_eq!(unknown.status, StatusCode::ACCEPTED);
    assert_eq!(
        app.count("outbox").await,
        before,
        "nothing is sent to an unknown address"
    );
    assert!(mails_to(&app, &server, "nobody@example.org").await.is_empty());

    for _ in 0..3 {
        let asked = app
            .post("/auth/password-reset", "", json!({"email": member.email}))
            .await;
        assert_eq!(asked.status, StatusCode::ACCEPTED, "{}", asked.text);
    }
    let fourth = app
        .post("/auth/password-reset", "", json!({"email": member.email}))
        .await;
    assert_eq!(fourth.status, StatusCode::TOO_MANY_REQUESTS, "{}", fourth.text);
    assert!(fourth.headers.contains_key("retry-after"));
    app.clock.advance(Duration::minutes(61));
    let later = app
        .post("/auth/password-reset", "", json!({"email": member.email}))
        .await;
    assert_eq!(later.status, StatusCode::ACCEPTED);
    let malformed = app
        .post("/auth/password-reset", "", json!({"email": "not an email"}))
        .await;
    assert_eq!(malformed.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_registered_applicant_verifies_their_address_with_the_link_and_a_resent_link_replaces_the_first() {
    let (app, server) = app_with_mail().await;
    let member = app.unverified_applicant().await;
    assert_eq!(app.get("/me", &member.token).await.body["email_verified"], false);
    let first = link_token(&app, &server, &member.email, "/verify-email").await;
    let resent = app.post_empty("/auth/verify-email/resend", &member.token).await;
    assert_eq!(resent.status, StatusCode::ACCEPTED, "{}", resent.text);
    let second = link_token(&app, &server, &member.email, "/verify-email").await;
    let stale = app.post("/auth/verify-email", "", json!({"token": first})).await;
    assert_eq!(stale.problem_type(), "link-invalid", "{}", stale.text);

    let verified = app.post("/auth/verify-email", "", json!({"token": second})).await;
    assert_eq!(verified.status, StatusCode::NO_CONTENT, "{}", verified.text);
    assert_eq!(app.get("/me", &member.token).await.body["email_verified"], true);
    let reused = app.post("/auth/verify-email", "", json!({"token": second})).await;
    assert_eq!(reused.problem_type(), "link-invalid");
    let nothing_to_do = app.post_empty("/auth/verify-email/resend", &member.token).await;
    assert_eq!(nothing_to_do.status, StatusCode::CONFLICT);
    assert_eq!(nothing_to_do.problem_type(), "email-verified");
    // The links are never in the app: only the mailbox proves the address.
    let notifications = app.get("/notifications", &member.token).await;
    assert!(!notifications.text.contains(&second), "{}", notifications.text);
}

#[tokio::test]
async fn a_verification_link_expires_after_seven_days() {
    let (app, server) = app_with_mail().await;
    let member = app.unverified_applicant().await;
    let token = link_token(&app, &server, &member.email, "/verify-email").await;
    app.clock.advance(Duration::days(7));
    let late = app.post("/auth/verify-email", "", json!({"token": token})).await;
    assert_eq!(late.problem_type(), "link-invalid", "{}", late.text);
    assert!(late.detail().contains("expired"));
    assert_eq!(
        app.get("/me", &app.signed_in_again(&member).await.token).await.body["email_verified"],
        false
    );
}

#[tokio::test]
async fn an_unverified_applicant_prepares_a_draft_but_submits_only_once_support_verifies_them() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let admin = app.admin().await;
    let call = app.open_call(&officer).await;
    let member = app.unverified_applicant().await;
    let organisation = app.organisation(&member).await;
    let draft = app.draft_application(&member, &organisation, &call).await;
    let submit = format!("/applications/{draft}/submit");
    let refused = app.post_empty(&submit, &member.token).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text);
    assert_eq!(refused.problem_type(), "email-unverified");
    let shown = app.get(&format!("/applications/{draft}"), &member.token).await;
    assert_eq!(shown.body["status"], "draft", "nothing changed");

    let path = format!("/users/{}", member.id);
    let by_officer = app.patch(&path, &officer.token, json!({"email_verified": true})).await;
    assert_eq!(by_officer.status, StatusCode::FORBIDDEN);
    let by_member = app.patch(&path, &member.token, json!({"email_verified": true})).await;
    assert_eq!(by_member.status, StatusCode::FORBIDDEN);
    let unknown = app
        .patch(
            &format!("/users/{}", uuid::Uuid::new_v4()),
            &admin.token,
            json!({"email_verified": true}),
        )
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let vouched = app.patch(&path, &admin.token, json!({"email_verified": true})).await;
    assert_eq!(vouched.status, StatusCode::OK, "{}", vouched.text);
    assert_eq!(vouched.body["email_verified"], true);
    assert!(
        app.audit_actions(&member.id.to_string())
            .await
            .contains(&"user.email_verified_by_hand".to_owned())
    );
    let submitted = app.post_empty(&submit, &member.token).await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.text);
}

#[tokio::test]
async fn a_staff_member_created_without_a_password_chooses_one_through_the_emailed_link() {
    let (app, server) = app_with_mail().await;
    let admin = app.admin().await;
    let email = "new.officer@office.example";
    let body = json!({"email": email, "full_name": "Nadia Karimova", "roles": ["officer"]});
    let member = app.applicant().await;
    assert_eq!(
        app.post("/users", &member.token, body.clone()).await.status,
        StatusCode::FORBIDDEN
    );
    let created = app.post("/users", &admin.token, body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    assert_eq!(created.body["email_verified"], true);
    assert_eq!(created.body["active"], true);
    assert_eq!(sign_in(&app, email, "").await.status, StatusCode::UNAUTHORIZED);
    let token = link_token(&app, &server, email, "/reset-password").await;
    let mails = mails_to(&app, &server, email).await;
    assert!(
        mails[0]
            .text()
            .contains("Subject: Your grantdesk account: choose a password")
    );
    let chosen = app
        .post(
            "/auth/password-reset/confirm",
            "",
            json!({"token": token, "new_password": "the officer's own passphrase"}),
        )
        .await;
    assert_eq!(chosen.status, StatusCode::NO_CONTENT, "{}", chosen.text);
    let signed_in = sign_in(&app, email, "the officer's own passphrase").await;
    assert_eq!(signed_in.status, StatusCode::OK, "{}", signed_in.text);
}

#[tokio::test]
async fn a_deactivated_account_loses_access_at_once_and_gets_it_back_when_reactivated() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let officer = app.officer().await;
    assert_eq!(app.get("/applications", &officer.token).await.status, StatusCode::OK);
    let path = format!("/users/{}", officer.id);
    let deactivated = app.patch(&path, &admin.token, json!({"active": false})).await;
    assert_eq!(deactivated.status, StatusCode::OK, "{}", deactivated.text);
    assert_eq!(deactivated.body["active"], false);

    let refused = app.get("/applications", &officer.token).await;
    assert_eq!(
        refused.status,
        StatusCode::UNAUTHORIZED,
        "the access token stops at once"
    );
    let refreshed = app
        .post("/auth/refresh", "", json!({"refresh_token": officer.refresh_token}))
        .await;
    assert_eq!(refreshed.status, StatusCode::UNAUTHORIZED);
    let login = sign_in(&app, &officer.email, PASSWORD).await;
    assert_eq!(login.status, StatusCode::UNAUTHORIZED);
    assert!(login.detail().contains("deactivated"), "{}", login.text);
    let listed = app.get("/users?role=officer", &admin.token).await;
    assert_eq!(listed.body["items"][0]["active"], false, "{}", listed.text);

    let reactivated = app.patch(&path, &admin.token, json!({"active": true})).await;
    assert_eq!(reactivated.body["active"], true);
    let again = app.signed_in_again(&officer).await;
    assert_eq!(app.get("/applications", &again.token).await.status, StatusCode::OK);
    let actions = app.audit_actions(&officer.id.to_string()).await;
    assert!(actions.contains(&"user.deactivated".to_owned()), "{actions:?}");
    assert!(actions.contains(&"user.reactivated".to_owned()), "{actions:?}");

    let myself = app
        .patch(&format!("/users/{}", admin.id), &admin.token, json!({"active": false}))
        .await;
    assert_eq!(myself.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", myself.text);
    assert_eq!(myself.failing_fields(), vec!["active"]);
}

#[tokio::test]
async fn an_admin_changes_roles_and_the_change_applies_to_the_next_request() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let reviewer = app.reviewer().await;
    assert_eq!(
        app.get("/organisations", &reviewer.token).await.status,
        StatusCode::FORBIDDEN
    );
    let changed = app
        .patch(
            &format!("/users/{}", reviewer.id),
            &admin.token,
            json!({"roles": ["officer", "reviewer"]}),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    assert_eq!(changed.body["roles"], json!(["officer", "reviewer"]));
    assert_eq!(app.get("/organisations", &reviewer.token).await.status, StatusCode::OK);
    let none = app
        .patch(&format!("/users/{}", reviewer.id), &admin.token, json!({"roles": []}))
        .await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        app.audit_actions(&reviewer.id.to_string())
            .await
            .contains(&"user.roles_changed".to_owned())
    );
}

#[tokio::test]
async fn a_user_lists_their_sessions_and_ends_one_but_not_another_users() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let laptop = app.signed_in_again(&member).await;
    let sessions = app.get("/me/sessions", &member.token).await;
    assert_eq!(sessions.status, StatusCode::OK, "{}", sessions.text);
    let items = sessions.body["items"].as_array().expect("items").clone();
    assert_eq!(items.len(), 2, "{}", sessions.text);
    app.clock.advance(Duration::minutes(1));
    let rotated = app
        .post("/auth/refresh", "", json!({"refresh_token": laptop.refresh_token}))
        .await;
    assert_eq!(rotated.status, StatusCode::OK);
    let after = app.get("/me/sessions", &member.token).await;
    let newest = &after.body["items"][0];
    assert_eq!(
        after.body["items"].as_array().map(Vec::len),
        Some(2),
        "a refresh is no new session"
    );
    assert_ne!(newest["created_at"], newest["last_used_at"]);
    let laptop_session = newest["id"].as_str().expect("id").to_owned();

    let stranger = app.applicant().await;
    let theirs = app
        .send(
            axum::http::Method::DELETE,
            &format!("/me/sessions/{laptop_session}"),
            &stranger.token,
            None,
        )
        .await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    let ended = app
        .send(
            axum::http::Method::DELETE,
            &format!("/me/sessions/{laptop_session}"),
            &member.token,
            None,
        )
        .await;
    assert_eq!(ended.status, StatusCode::NO_CONTENT, "{}", ended.text);
    let refresh = rotated.body["refresh_token"].as_str().expect("token");
    let refused = app.post("/auth/refresh", "", json!({"refresh_token": refresh})).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    let left = app.get("/me/sessions", &member.token).await;
    assert_eq!(left.body["items"].as_array().map(Vec::len), Some(1));
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_ends_sessions_and_tells_the_person() {
    let (app, server) = app_with_mail().await;
    let member = app.applicant().await;
    let wrong = app
        .post(
            "/me/password",
            &member.token,
            json!({"current_password": "not the password", "new_password": "a brand new passphrase"}),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", wrong.text);
    assert_eq!(wrong.failing_fields(), vec!["current_password"]);
    let changed = app
        .post(
            "/me/password",
            &member.token,
            json!({"current_password": PASSWORD, "new_password": "a brand new passphrase"}),
        )
        .await;
    assert_eq!(changed.status, StatusCode::NO_CONTENT, "{}", changed.text);
    let refreshed = app
        .post("/auth/refresh", "", json!({"refresh_token": member.refresh_token}))
        .await;
    assert_eq!(refreshed.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        sign_in(&app, &member.email, "a brand new passphrase").await.status,
        StatusCode::OK
    );
    let mails = mails_to(&app, &server, &member.email).await;
    assert!(
        mails
            .iter()
            .any(|mail| mail.text().contains("Subject: Security notice: password changed")),
        "{mails:?}"
    );
}

#[tokio::test]
async fn an_email_change_takes_effect_once_the_new_address_follows_its_link_and_the_old_one_is_told() {
    let (app, server) = app_with_mail().await;
    let member = app.applicant().await;
    let other = app.applicant().await;
    let taken = app
        .post(
            "/me/email",
            &member.token,
            json!({"new_email": other.email, "current_password": PASSWORD}),
        )
        .await;
    assert_eq!(taken.status, StatusCode::CONFLICT, "{}", taken.text);
    assert_eq!(taken.problem_type(), "email-taken");
    let without_password = app
        .post(
            "/me/email",
            &member.token,
            json!({"new_email": "amina@new.example", "current_password": "guess"}),
        )
        .await;
    assert_eq!(without_password.failing_fields(), vec!["current_password"]);

    let asked = app
        .post(
            "/me/email",
            &member.token,
            json!({"new_email": "Amina@New.example", "current_password": PASSWORD}),
        )
        .await;
    assert_eq!(asked.status, StatusCode::ACCEPTED, "{}", asked.text);
    assert_eq!(app.get("/me", &member.token).await.body["email"], member.email.as_str());
    let token = link_token(&app, &server, "amina@new.example", "/verify-email").await;
    let confirmed = app.post("/auth/verify-email", "", json!({"token": token})).await;
    assert_eq!(confirmed.status, StatusCode::NO_CONTENT, "{}", confirmed.text);
    let me = app.get("/me", &member.token).await;
    assert_eq!(me.body["email"], "amina@new.example");
    assert_eq!(me.body["email_verified"], true);
    assert_eq!(
        sign_in(&app, "amina@new.example", PASSWORD).await.status,
        StatusCode::OK
    );
    let old = mails_to(&app, &server, &member.email).await;
    assert!(
        old.iter()
            .any(|mail| mail.text().contains("Subject: Security notice: email address changed")),
        "{old:?}"
    );
}

#[tokio::test]
async fn admins_list_accounts_with_their_status() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let member = app.unverified_applicant().await;
    let listed = app.get("/users?role=applicant", &admin.token).await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.text);
    let row = &listed.body["items"][0];
    assert_eq!(row["id"], member.id.to_string());
    assert_eq!(
        (row["active"].clone(), row["email_verified"].clone()),
        (json!(true), json!(false))
    );
    assert_eq!(app.get("/users", &member.token).await.status, StatusCode::FORBIDDEN);
}
