//! Two-factor sign-in (TOTP, RFC 6238): enrolment, sign-in with a code computed from the
//! secret as an authenticator app would, recovery codes, refused codes, the throttle, and
//! the roles that must have it before they reach anything else.

use axum::http::StatusCode;
use chrono::Duration;
use grantdesk::auth::Role;
use serde_json::json;

use crate::support::{Actor, PASSWORD, TestApp, spawn_app, spawn_app_with};

async fn sign_in(app: &TestApp, actor: &Actor) -> crate::support::Answer {
    app.post("/auth/login", "", json!({"email": actor.email, "password": PASSWORD}))
        .await
}

/// A staff account an admin created with a password, signed in but not enrolled.
async fn unenrolled(app: &TestApp, role: &str) -> Actor {
    let admin = app.admin().await;
    let email = format!("{}@office.example", uuid::Uuid::new_v4().simple());
    let body = json!({"email": email, "password": PASSWORD, "full_name": "Farida Osei", "roles": [role]});
    let created = app.post("/users", &admin.token, body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let id = uuid::Uuid::parse_str(&created.id()).expect("id");
    let signed_in = app
        .post("/auth/login", "", json!({"email": email, "password": PASSWORD}))
        .await;
    assert_eq!(
        signed_in.body["mfa_required"], false,
        "not enrolled yet: {}",
        signed_in.text
    );
    Actor {
        id,
        email,
        token: signed_in.body["access_token"].as_str().expect("token").to_owned(),
        refresh_token: signed_in.body["refresh_token"].as_str().expect("refresh").to_owned(),
    }
}

#[tokio::test]
async fn an_officer_enrols_and_then_signs_in_with_a_code_from_the_secret() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let enrolled = app.post_empty("/me/mfa/totp", &officer.token).await;
    assert_eq!(enrolled.status, StatusCode::CREATED, "{}", enrolled.text);
    let uri = enrolled.body["otpauth_uri"].as_str().expect("uri");
    assert!(uri.starts_with("otpauth://totp/grantdesk:"), "{uri}");
    assert!(uri.contains(enrolled.body["secret"].as_str().expect("secret")));
    assert!(enrolled.body["qr_svg"].as_str().expect("svg").starts_with("<svg"));
    let secret = enrolled.body["secret"].as_str().expect("secret").to_owned();
    let wrong = app
        .post("/me/mfa/totp/confirm", &officer.token, json!({"code": "000000"}))
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED, "{}", wrong.text);
    app.authenticator
        .lock()
        .expect("authenticator")
        .insert(officer.id, (secret, 0));
    let code = app.totp_code(officer.id, &officer.email);
    let confirmed = app
        .post("/me/mfa/totp/confirm", &officer.token, json!({"code": code}))
        .await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.text);
    assert_eq!(confirmed.body["recovery_codes"].as_array().map(Vec::len), Some(10));
    assert_eq!(app.get("/me", &officer.token).await.body["mfa_enabled"], true);
    let again = app.post_empty("/me/mfa/totp", &officer.token).await;
    assert_eq!(again.problem_type(), "mfa-enabled");

    let password_only = sign_in(&app, &officer).await;
    assert_eq!(password_only.status, StatusCode::OK);
    assert_eq!(password_only.body["mfa_required"], true, "{}", password_only.text);
    assert!(
        password_only.body.get("access_token").is_none(),
        "a password alone signs nobody in"
    );
    let mfa_token = password_only.body["mfa_token"].clone();
    let bad = app
        .post("/auth/login/mfa", "", json!({"mfa_token": mfa_token, "code": "123456"}))
        .await;
    assert_eq!(bad.status, StatusCode::UNAUTHORIZED, "{}", bad.text);
    let code = app.totp_code(officer.id, &officer.email);
    let done = app
        .post("/auth/login/mfa", "", json!({"mfa_token": mfa_token, "code": code}))
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text);
    assert!(done.body["access_token"].is_string());
    assert_eq!(
        app.get("/applications", done.body["access_token"].as_str().unwrap_or_default())
            .await
            .status,
        StatusCode::OK
    );

    let replayed_token = sign_in(&app, &officer).await.body["mfa_token"].clone();
    let replay = app
        .post(
            "/auth/login/mfa",
            "",
            json!({"mfa_token": replayed_token, "code": code}),
        )
        .await;
    assert_eq!(
        replay.status,
        StatusCode::UNAUTHORIZED,
        "a code works once: {}",
        replay.text
    );
    let used = app
        .post(
            "/auth/login/mfa",
            "",
            json!({"mfa_token": mfa_token, "code": app.totp_code(officer.id, &officer.email)}),
        )
        .await;
    assert_eq!(
        used.status,
        StatusCode::UNAUTHORIZED,
        "a completed sign-in is not completed twice"
    );
    assert!(
        app.audit_actions(&officer.id.to_string())
            .await
            .contains(&"user.mfa_enabled".to_owned())
    );
}

#[tokio::test]
async fn a_recovery_code_signs_in_once_and_an_expired_sign_in_is_refused() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let codes = app.enrol_totp(&officer).await;
    let waiting = sign_in(&app, &officer).await.body["mfa_token"].clone();
    let recovered = app
        .post(
            "/auth/login/mfa",
            "",
            json!({"mfa_token": waiting, "recovery_code": codes[3].to_uppercase()}),
        )
        .await;
    assert_eq!(recovered.status, StatusCode::OK, "{}", recovered.text);
    let waiting = sign_in(&app, &officer).await.body["mfa_token"].clone();
    let reused = app
        .post(
            "/auth/login/mfa",
            "",
            json!({"mfa_token": waiting, "recovery_code": codes[3]}),
        )
        .await;
    assert_eq!(reused.status, StatusCode::UNAUTHORIZED, "{}", reused.text);
    let both = app
        .post(
            "/auth/login/mfa",
            "",
            json!({"mfa_token": waiting, "recovery_code": codes[4], "code": "123456"}),
        )
        .await;
    assert_eq!(both.status, StatusCode::UNPROCESSABLE_ENTITY);

    app.clock.advance(Duration::minutes(6));
    let code = app.totp_code(officer.id, &officer.email);
    let late = app
        .post("/auth/login/mfa", "", json!({"mfa_token": waiting, "code": code}))
        .await;
    assert_eq!(late.status, StatusCode::UNAUTHORIZED, "{}", late.text);
    assert!(late.detail().contains("sign in again"));
}

#[tokio::test]
async fn wrong_codes_are_throttled_like_wrong_passwords() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    app.enrol_totp(&officer).await;
    let waiting = sign_in(&app, &officer).await.body["mfa_token"].clone();
    for _ in 0..3 {
        let wrong = app
            .post("/auth/login/mfa", "", json!({"mfa_token": waiting, "code": "000000"}))
            .await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED, "{}", wrong.text);
    }
    let code = app.totp_code(officer.id, &officer.email);
    let held = app
        .post("/auth/login/mfa", "", json!({"mfa_token": waiting, "code": code}))
        .await;
    assert_eq!(held.status, StatusCode::TOO_MANY_REQUESTS, "{}", held.text);
    assert!(held.headers.contains_key("retry-after"));
}

#[tokio::test]
async fn a_finance_user_without_two_factor_sign_in_can_only_enrol() {
    let app = spawn_app().await;
    let finance = unenrolled(&app, "finance").await;
    let money = app.get("/disbursements", &finance.token).await;
    assert_eq!(money.status, StatusCode::FORBIDDEN, "{}", money.text);
    assert_eq!(money.problem_type(), "mfa-required");
    assert!(money.detail().contains("/me/mfa/totp"));
    assert_eq!(app.get("/me", &finance.token).await.status, StatusCode::OK);
    app.enrol_totp(&finance).await;
    assert_eq!(app.get("/disbursements", &finance.token).await.status, StatusCode::OK);

    let admin = unenrolled(&app, "admin").await;
    let audit = app.get("/audit/verify", &admin.token).await;
    assert_eq!(audit.problem_type(), "mfa-required", "{}", audit.text);
    let officer = unenrolled(&app, "officer").await;
    assert_eq!(
        app.get("/applications", &officer.token).await.status,
        StatusCode::OK,
        "not required of officers"
    );
}

#[tokio::test]
async fn turning_two_factor_sign_in_off_needs_a_current_code_and_puts_finance_back_to_enrolling() {
    let app = spawn_app().await;
    let finance = app.user(&[Role::Finance]).await;
    let wrong = app
        .post("/me/mfa/totp/disable", &finance.token, json!({"code": "000000"}))
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED, "{}", wrong.text);
    let code = app.totp_code(finance.id, &finance.email);
    let off = app
        .post("/me/mfa/totp/disable", &finance.token, json!({"code": code}))
        .await;
    assert_eq!(off.status, StatusCode::NO_CONTENT, "{}", off.text);
    assert_eq!(
        app.get("/disbursements", &finance.token).await.problem_type(),
        "mfa-required"
    );
    let not_on = app
        .post("/me/mfa/totp/disable", &finance.token, json!({"code": code}))
        .await;
    assert_eq!(
        not_on.status,
        StatusCode::FORBIDDEN,
        "only enrolment is open: {}",
        not_on.text
    );
    let signed_in = sign_in(&app, &finance).await;
    assert_eq!(signed_in.body["mfa_required"], false, "{}", signed_in.text);
    assert!(
        app.audit_actions(&finance.id.to_string())
            .await
            .contains(&"user.mfa_disabled".to_owned())
    );
}

#[tokio::test]
async fn the_roles_that_need_two_factor_sign_in_are_configurable() {
    let app = spawn_app_with(&[("GRANTDESK_MFA_REQUIRED_ROLES", "officer")]).await;
    let finance = unenrolled(&app, "finance").await;
    assert_eq!(app.get("/disbursements", &finance.token).await.status, StatusCode::OK);
    let officer = unenrolled(&app, "officer").await;
    assert_eq!(
        app.get("/applications", &officer.token).await.problem_type(),
        "mfa-required"
    );
    let admin = app.admin().await;
    app.enrol_totp(&admin).await;
    let listed = app.get("/users?role=admin", &admin.token).await;
    let row = listed.body["items"]
        .as_array()
        .and_then(|items| items.iter().find(|row| row["id"] == admin.id.to_string()))
        .expect("listed");
    assert_eq!(row["mfa_enabled"], true, "{}", listed.text);
}

/// The subjects of the security notices in `actor`'s notifications.
async fn security_subjects(app: &TestApp, actor: &Actor) -> Vec<String> {
    let inbox = app.get("/notifications?limit=100", &actor.token).await;
    assert_eq!(inbox.status, StatusCode::OK, "{}", inbox.text);
    inbox.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|item| item["rule"] == "security_notice")
        .filter_map(|item| item["subject"].as_str().map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn turning_two_factor_sign_in_on_and_off_is_told_to_the_person() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let before = security_subjects(&app, &officer).await;
    app.enrol_totp(&officer).await;
    let on = security_subjects(&app, &officer).await;
    assert_eq!(on.len(), before.len() + 1, "{on:?}");
    assert!(
        on.iter()
            .any(|subject| subject.contains("two-factor sign-in turned on")),
        "{on:?}"
    );

    let code = app.totp_code(officer.id, &officer.email);
    let off = app
        .post("/me/mfa/totp/disable", &officer.token, json!({"code": code}))
        .await;
    assert_eq!(off.status, StatusCode::NO_CONTENT, "{}", off.text);
    let after = security_subjects(&app, &officer).await;
    assert_eq!(after.len(), on.len() + 1, "{after:?}");
    assert!(
        after
            .iter()
            .any(|subject| subject.contains("two-factor sign-in turned off")),
        "{after:?}"
    );
}
