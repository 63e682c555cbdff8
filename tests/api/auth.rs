//! Accounts, sign-in, tokens and throttling.

use axum::http::StatusCode;
use chrono::Duration;
use grantdesk::auth::Role;
use serde_json::json;

use crate::support::{PASSWORD, spawn_app};

#[tokio::test]
async fn a_registered_applicant_signs_in_and_sees_themselves() {
    let app = spawn_app().await;
    let registered = app
        .post(
            "/auth/register",
            "",
            json!({"email": "Amina@Example.org", "password": PASSWORD, "full_name": "Amina Wanjiru"}),
        )
        .await;
    assert_eq!(registered.status, StatusCode::CREATED, "{}", registered.text);
    assert_eq!(registered.body["roles"], json!(["applicant"]));

    let login = app
        .post(
            "/auth/login",
            "",
            json!({"email": "amina@example.org", "password": PASSWORD}),
        )
        .await;
    assert_eq!(login.status, StatusCode::OK);
    assert_eq!(login.body["token_type"], "Bearer");
    assert_eq!(login.body["expires_in"], 900);
    let token = login.body["access_token"].as_str().expect("token");

    let me = app.get("/me", token).await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(me.body["email"], "amina@example.org");
    assert_eq!(me.body["full_name"], "Amina Wanjiru");
    assert_eq!(me.body["roles"], json!(["applicant"]));
    assert_eq!(me.body["organisation_ids"], json!([]));
}

#[tokio::test]
async fn registering_an_email_twice_is_a_conflict_whatever_its_case() {
    let app = spawn_app().await;
    let body = json!({"email": "dmitri@example.org", "password": PASSWORD, "full_name": "Dmitri"});
    assert_eq!(app.post("/auth/register", "", body).await.status, StatusCode::CREATED);
    let before = app.snapshot().await;
    let again = app
        .post(
            "/auth/register",
            "",
            json!({"email": "DMITRI@example.org", "password": PASSWORD, "full_name": "Other"}),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.is_problem());
    assert_eq!(again.problem_type(), "email-taken");
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn a_weak_password_or_bad_email_is_refused_with_field_errors() {
    let app = spawn_app().await;
    let answer = app
        .post(
            "/auth/register",
            "",
            json!({"email": "not-an-email", "password": "short", "full_name": " "}),
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields = answer.failing_fields();
    for field in ["email", "password", "full_name"] {
        assert!(fields.contains(&field.to_owned()), "{field} in {fields:?}");
    }
    assert_eq!(app.count("users").await, 0);
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer() {
    let app = spawn_app().await;
    let user = app.applicant().await;
    let wrong = app
        .post(
            "/auth/login",
            "",
            json!({"email": user.email, "password": "not the password"}),
        )
        .await;
    let unknown = app
        .post(
            "/auth/login",
            "",
            json!({"email": "nobody@example.org", "password": "not the password"}),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.body, unknown.body);
}

#[tokio::test]
async fn an_access_token_expires_after_fifteen_minutes() {
    let app = spawn_app().await;
    let user = app.applicant().await;
    app.clock.advance(Duration::minutes(14));
    assert_eq!(app.get("/me", &user.token).await.status, StatusCode::OK);
    app.clock.advance(Duration::minutes(1));
    let expired = app.get("/me", &user.token).await;
    assert_eq!(expired.status, StatusCode::UNAUTHORIZED);
    assert!(expired.detail().contains("expired"));
}

#[tokio::test]
async fn a_forged_or_garbled_token_is_refused() {
    let app = spawn_app().await;
    let user = app.applicant().await;
    let mut forged = user.token.clone();
    forged.pop();
    forged.push(if user.token.ends_with('A') { 'B' } else { 'A' });
    assert_eq!(app.get("/me", &forged).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.get("/me", "garbage").await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.get("/me", "").await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn refreshing_rotates_the_refresh_token_and_reusing_the_old_one_revokes_the_session() {
    let app = spawn_app().await;
    let user = app.applicant().await;
    let first = app
        .post("/auth/refresh", "", json!({"refresh_token": user.refresh_token}))
        .await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text);
    let rotated = first.body["refresh_token"].as_str().expect("new token").to_owned();
    assert_ne!(rotated, user.refresh_token);
    let new_access = first.body["access_token"].as_str().expect("access").to_owned();
    assert_eq!(app.get("/me", &new_access).await.status, StatusCode::OK);

    let reused = app
        .post("/auth/refresh", "", json!({"refresh_token": user.refresh_token}))
        .await;
    assert_eq!(reused.status, StatusCode::UNAUTHORIZED);
    let after_reuse = app.post("/auth/refresh", "", json!({"refresh_token": rotated})).await;
    assert_eq!(
        after_reuse.status,
        StatusCode::UNAUTHORIZED,
        "reuse of a rotated token revokes its family"
    );
}

#[tokio::test]
async fn a_refresh_token_expires_after_thirty_days() {
    let app = spawn_app().await;
    let user = app.applicant().await;
    app.clock.advance(Duration::days(30));
    let answer = app
        .post("/auth/refresh", "", json!({"refresh_token": user.refresh_token}))
        .await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn logging_out_revokes_the_refresh_token() {
    let app = spawn_app().await;
    let user = app.applicant().await;
    let logout = app
        .post(
            "/auth/logout",
            &user.token,
            json!({"refresh_token": user.refresh_token}),
        )
        .await;
    assert_eq!(logout.status, StatusCode::NO_CONTENT);
    let refresh = app
        .post("/auth/refresh", "", json!({"refresh_token": user.refresh_token}))
        .await;
    assert_eq!(refresh.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn nobody_logs_out_someone_elses_session() {
    let app = spawn_app().await;
    let owner = app.applicant().await;
    let other = app.applicant().await;
    let logout = app
        .post(
            "/auth/logout",
            &other.token,
            json!({"refresh_token": owner.refresh_token}),
        )
        .await;
    assert_eq!(logout.status, StatusCode::UNPROCESSABLE_ENTITY);
    let refresh = app
        .post("/auth/refresh", "", json!({"refresh_token": owner.refresh_token}))
        .await;
    assert_eq!(refresh.status, StatusCode::OK);
}

#[tokio::test]
async fn five_failed_logins_throttle_the_email_until_the_window_passes() {
    let app = spawn_app().await;
    let user = app.applicant().await;
    for _ in 0..5 {
        let failed = app
            .post(
                "/auth/login",
                "",
                json!({"email": user.email, "password": "wrong password!"}),
            )
            .await;
        assert_eq!(failed.status, StatusCode::UNAUTHORIZED);
        app.clock.advance(Duration::minutes(1));
    }
    let throttled = app
        .post("/auth/login", "", json!({"email": user.email, "password": PASSWORD}))
        .await;
    assert_eq!(
        throttled.status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    assert!(throttled.is_problem());
    assert!(throttled.headers.contains_key("retry-after"));

    app.clock.advance(Duration::minutes(11));
    let allowed = app
        .post("/auth/login", "", json!({"email": user.email, "password": PASSWORD}))
        .await;
    assert_eq!(allowed.status, StatusCode::OK);
}

#[tokio::test]
async fn an_admin_creates_staff_accounts_with_several_roles() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let created = app
        .post(
            "/users",
            &admin.token,
            json!({"email": "omar@office.example", "password": PASSWORD, "full_name": "Omar", "roles": ["officer", "reviewer"]}),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    assert_eq!(created.body["roles"], json!(["officer", "reviewer"]));
    let login = app
        .post(
            "/auth/login",
            "",
            json!({"email": "omar@office.example", "password": PASSWORD}),
        )
        .await;
    assert_eq!(login.status, StatusCode::OK);

    let reviewers = app.get("/users?role=reviewer", &admin.token).await;
    assert_eq!(reviewers.body["total"], 1);
    assert_eq!(reviewers.body["items"][0]["email"], "omar@office.example");
}

#[tokio::test]
async fn only_admins_create_accounts() {
    let app = spawn_app().await;
    for role in [Role::Applicant, Role::Officer, Role::Finance, Role::Reviewer] {
        let caller = app.user(&[role]).await;
        let before = app.snapshot().await;
        let answer = app
            .post(
                "/users",
                &caller.token,
                json!({"email": "x@office.example", "password": PASSWORD, "full_name": "X", "roles": ["admin"]}),
            )
            .await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{role:?}");
        assert_eq!(app.snapshot().await, before);
    }
}

#[tokio::test]
async fn parallel_guesses_do_not_slip_past_the_throttle() {
    let app = spawn_app().await;
    let user = app.applicant().await;
    let guess = json!({"email": user.email, "password": "a wrong guess!!"});
    let mut checked = 0;
    for _ in 0..3 {
        let burst = futures::future::join_all((0..6).map(|_| app.post("/auth/login", "", guess.clone()))).await;
        assert!(burst.iter().all(|answer| matches!(answer.status.as_u16(), 401 | 429)));
        checked += burst
            .iter()
            .filter(|answer| answer.status == StatusCode::UNAUTHORIZED)
            .count();
    }
    for _ in 0..6 {
        let answer = app.post("/auth/login", "", guess.clone()).await;
        checked += usize::from(answer.status == StatusCode::UNAUTHORIZED);
    }
    assert!(checked <= 5, "{checked} guesses were checked in one window");
    let right = app
        .post("/auth/login", "", json!({"email": user.email, "password": PASSWORD}))
        .await;
    assert_eq!(right.status, StatusCode::TOO_MANY_REQUESTS);
}
