//! Accounts, sign-in, tokens and throttling.

use axum::http::{Method, StatusCode};
use chrono::Duration;
use grantdesk::auth::Role;
use grantdesk::auth::rules::Claims;
use grantdesk::auth::store::{user, user_role};
use grantdesk::clock::Clock;
use grantdesk::http::driver::api_request;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;
use uuid::Uuid;

use crate::support::{Answer, PASSWORD, TestApp, spawn_app, spawn_app_with};

/// The in-process driver has no socket address: with this setting its requests are
/// believed about `X-Forwarded-For`, as a reverse proxy's would be.
const BEHIND_A_PROXY: &[(&str, &str)] = &[("GRANTDESK_TRUSTED_PROXIES", "unknown")];

/// Signs in from `client` (the address a trusted proxy forwards).
async fn login_from(app: &TestApp, client: &str, email: &str, password: &str) -> Answer {
    let body = json!({"email": email, "password": password});
    app.raw(api_request(
        Method::POST,
        "/auth/login",
        "",
        Some(&body),
        &[("x-forwarded-for", client)],
    ))
    .await
}

fn retry_after(answer: &Answer) -> i64 {
    answer
        .headers
        .get("retry-after")
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse().ok())
        .unwrap_or_else(|| panic!("no Retry-After in {:?}", answer.headers))
}

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
async fn signing_in_with_an_overlong_email_is_refused_and_stores_nothing() {
    let app = spawn_app().await;
    let email = format!("{}@example.org", "a".repeat(100_000));
    let answer = app
        .post("/auth/login", "", json!({"email": email, "password": "whatever it is"}))
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.text);
    assert_eq!(answer.failing_fields(), ["email"]);
    assert_eq!(app.count("login_failures").await, 0);
}

#[tokio::test]
async fn a_stranger_guessing_an_admins_password_cannot_lock_the_admin_out() {
    let app = spawn_app_with(BEHIND_A_PROXY).await;
    let admin = app.admin().await;
    for _ in 0..30 {
        let guess = login_from(&app, "203.0.113.66", &admin.email, "a wrong guess!!").await;
        assert!(matches!(guess.status.as_u16(), 401 | 429), "{}", guess.text);
        app.clock.advance(Duration::seconds(10));
    }
    let owner = login_from(&app, "198.51.100.7", &admin.email, PASSWORD).await;
    assert_eq!(owner.status, StatusCode::OK, "{}", owner.text);
}

#[tokio::test]
async fn guesses_from_one_client_wait_longer_and_longer() {
    let app = spawn_app_with(BEHIND_A_PROXY).await;
    let user = app.applicant().await;
    let client = "203.0.113.9";
    for _ in 0..3 {
        let guess = login_from(&app, client, &user.email, "a wrong guess!!").await;
        assert_eq!(guess.status, StatusCode::UNAUTHORIZED);
    }
    let slowed = login_from(&app, client, &user.email, "a wrong guess!!").await;
    assert_eq!(slowed.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(slowed.is_problem());
    let first_wait = retry_after(&slowed);
    let right_but_too_soon = login_from(&app, client, &user.email, PASSWORD).await;
    assert_eq!(
        right_but_too_soon.status,
        StatusCode::TOO_MANY_REQUESTS,
        "the failing client waits, whatever it sends"
    );

    app.clock.advance(Duration::seconds(first_wait));
    let checked = login_from(&app, client, &user.email, "another wrong guess").await;
    assert_eq!(checked.status, StatusCode::UNAUTHORIZED, "{}", checked.text);
    let slowed_again = login_from(&app, client, &user.email, "a third wrong guess").await;
    assert_eq!(slowed_again.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(retry_after(&slowed_again) > first_wait, "the delay grows");

    app.clock.advance(Duration::seconds(retry_after(&slowed_again)));
    let right = login_from(&app, client, &user.email, PASSWORD).await;
    assert_eq!(right.status, StatusCode::OK, "{}", right.text);
}

#[tokio::test]
async fn spraying_one_password_across_many_emails_is_slowed_for_that_client() {
    let app = spawn_app_with(BEHIND_A_PROXY).await;
    for index in 0..20 {
        let guess = login_from(
            &app,
            "203.0.113.7",
            &format!("user{index}@example.org"),
            "Summer 2026!!",
        )
        .await;
        assert_eq!(guess.status, StatusCode::UNAUTHORIZED, "guess {index}");
    }
    let slowed = login_from(&app, "203.0.113.7", "user20@example.org", "Summer 2026!!").await;
    assert_eq!(slowed.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(retry_after(&slowed) >= 1);
    let elsewhere = login_from(&app, "198.51.100.7", "user20@example.org", "Summer 2026!!").await;
    assert_eq!(
        elsewhere.status,
        StatusCode::UNAUTHORIZED,
        "another client is not slowed"
    );
}

#[tokio::test]
async fn without_a_trusted_proxy_a_forged_forwarded_for_changes_nothing() {
    let app = spawn_app().await;
    let mut statuses = Vec::new();
    for index in 0..21 {
        let forged = format!("198.51.100.{index}");
        let guess = login_from(&app, &forged, &format!("user{index}@example.org"), "Summer 2026!!").await;
        statuses.push(guess.status.as_u16());
    }
    assert_eq!(statuses[..20], [401; 20]);
    assert_eq!(statuses[20], 429, "every guess came from the same (unknown) client");
}

#[tokio::test]
async fn guesses_at_one_account_from_many_clients_are_slowed_but_its_owner_signs_in() {
    let app = spawn_app_with(BEHIND_A_PROXY).await;
    let user = app.applicant().await;
    for index in 0..10 {
        let guess = login_from(&app, &format!("192.0.2.{index}"), &user.email, "a wrong guess!!").await;
        assert_eq!(guess.status, StatusCode::UNAUTHORIZED, "guess {index}");
    }
    let again = login_from(&app, "192.0.2.3", &user.email, "another wrong guess").await;
    assert_eq!(
        again.status,
        StatusCode::TOO_MANY_REQUESTS,
        "a client that has failed waits while the account is under attack"
    );
    let fresh = login_from(&app, "192.0.2.200", &user.email, "a wrong guess!!").await;
    assert_eq!(
        fresh.status,
        StatusCode::UNAUTHORIZED,
        "a client that never failed is checked"
    );
    let owner = login_from(&app, "198.51.100.7", &user.email, PASSWORD).await;
    assert_eq!(owner.status, StatusCode::OK, "{}", owner.text);

    let slowed = login_from(&app, "192.0.2.3", &user.email, "another wrong guess").await;
    assert_eq!(slowed.status, StatusCode::TOO_MANY_REQUESTS);
    let wait = retry_after(&slowed);
    app.clock.advance(Duration::seconds(wait));
    let later = login_from(&app, "192.0.2.3", &user.email, "another wrong guess").await;
    assert_eq!(later.status, StatusCode::UNAUTHORIZED, "{}", later.text);
    let slower = login_from(&app, "192.0.2.4", &user.email, "another wrong guess").await;
    assert_eq!(slower.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(retry_after(&slower) > wait, "the account's delay grows");
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
    assert!(checked <= 3, "{checked} guesses were checked without a delay");
    let right = app
        .post("/auth/login", "", json!({"email": user.email, "password": PASSWORD}))
        .await;
    assert_eq!(right.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn a_token_of_a_deleted_or_unknown_user_is_refused() {
    let app = spawn_app().await;
    let user = app.applicant().await;
    assert_eq!(app.get("/applications", &user.token).await.status, StatusCode::OK);
    user::Entity::delete_by_id(user.id)
        .exec(&app.db)
        .await
        .expect("deleted");
    app.clock.advance(Duration::seconds(5));
    let deleted = app.get("/applications", &user.token).await;
    assert_eq!(deleted.status, StatusCode::UNAUTHORIZED, "{}", deleted.text);
    assert!(deleted.is_problem());

    let claims = Claims::issue(Uuid::new_v4(), vec![Role::Admin, Role::Officer], app.clock.now());
    let stranger = app.state.keys.sign(&claims).expect("signed");
    assert_eq!(
        app.get("/applications", &stranger).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(app.get("/users", &stranger).await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn roles_changed_in_the_database_apply_within_seconds() {
    let app = spawn_app().await;
    let user = app.applicant().await;
    assert_eq!(app.get("/users", &user.token).await.status, StatusCode::FORBIDDEN);
    user_role::Entity::delete_many()
        .filter(user_role::Column::UserId.eq(user.id))
        .exec(&app.db)
        .await
        .expect("roles removed");
    user_role::ActiveModel {
        user_id: Set(user.id),
        role: Set(Role::Officer),
    }
    .insert(&app.db)
    .await
    .expect("officer");
    app.clock.advance(Duration::seconds(5));
    assert_eq!(app.get("/users", &user.token).await.status, StatusCode::OK);
    let organisations = app
        .post("/organisations", &user.token, crate::support::organisation_body())
        .await;
    assert_eq!(organisations.status, StatusCode::FORBIDDEN, "no longer an applicant");
}

/// The process's peak resident memory (`VmHWM`), in MiB.
fn peak_resident_mib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let line = status.lines().find(|line| line.starts_with("VmHWM:")).expect("VmHWM");
    let kib: u64 = line
        .split_whitespace()
        .nth(1)
        .and_then(|value| value.parse().ok())
        .expect("kB");
    kib / 1024
}

#[tokio::test]
async fn a_flood_of_logins_for_unknown_emails_keeps_memory_under_200_mib() {
    // Measured in a process of its own, so other tests' memory does not count.
    let output = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", "auth::login_flood_probe", "--ignored", "--nocapture"])
        .output()
        .expect("the probe runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "{text}");
    assert!(text.contains("1 passed"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "run in its own process by a_flood_of_logins_for_unknown_emails_keeps_memory_under_200_mib"]
async fn login_flood_probe() {
    let app = spawn_app_with(BEHIND_A_PROXY).await;
    let before = peak_resident_mib();
    let answers = futures::future::join_all((0..50).map(|index| {
        let app = &app;
        async move {
            let client = format!("10.0.{}.{}", index / 200, index % 200);
            login_from(app, &client, &format!("nobody{index}@example.org"), "a wrong guess!!").await
        }
    }))
    .await;
    for answer in &answers {
        assert!(matches!(answer.status.as_u16(), 401 | 429), "{}", answer.text);
    }
    let peak = peak_resident_mib();
    println!("peak resident memory: {before} MiB before the flood, {peak} MiB after");
    assert!(peak < 200, "the flood raised the peak resident memory to {peak} MiB");
}

#[tokio::test]
async fn failed_sign_ins_older_than_the_throttle_window_are_pruned() {
    let app = spawn_app().await;
    let user = app.applicant().await;
    let wrong = json!({"email": user.email, "password": "a wrong guess!!"});
    assert_eq!(
        app.post("/auth/login", "", wrong.clone()).await.status,
        StatusCode::UNAUTHORIZED
    );
    app.clock.advance(Duration::minutes(10));
    assert_eq!(
        app.post("/auth/login", "", wrong.clone()).await.status,
        StatusCode::UNAUTHORIZED
    );
    app.clock.advance(Duration::minutes(6));
    assert_eq!(app.count("login_failures").await, 2);

    let pruned = grantdesk::auth::service::prune_login_failures(&app.db, app.clock.now())
        .await
        .expect("pruned");
    assert_eq!(pruned, 1, "only the failure older than 15 minutes goes");
    assert_eq!(app.count("login_failures").await, 1);
    let again = grantdesk::auth::service::prune_login_failures(&app.db, app.clock.now())
        .await
        .expect("pruned");
    assert_eq!(again, 0);
}

/// Signs in as a request from the socket address `peer` would, with an optional
/// `X-Forwarded-For`.
async fn login_over_socket(app: &TestApp, peer: &str, forwarded_for: Option<&str>, email: &str) -> Answer {
    let body = json!({"email": email, "password": "Summer 2026!!"});
    let headers: Vec<(&str, &str)> = forwarded_for
        .map(|value| ("x-forwarded-for", value))
        .into_iter()
        .collect();
    let mut request = api_request(Method::POST, "/auth/login", "", Some(&body), &headers);
    let address: std::net::SocketAddr = format!("{peer}:40000").parse().expect("socket address");
    request.extensions_mut().insert(axum::extract::ConnectInfo(address));
    app.raw(request).await
}

#[tokio::test]
async fn the_client_is_the_connections_peer_and_a_trusted_proxy_names_it() {
    let app = spawn_app_with(&[("GRANTDESK_TRUSTED_PROXIES", "10.0.0.0/8")]).await;
    for index in 0..20 {
        let email = format!("user{index}@example.org");
        let guess = login_over_socket(&app, "203.0.113.1", Some("198.51.100.99"), &email).await;
        assert_eq!(guess.status, StatusCode::UNAUTHORIZED, "guess {index}");
    }
    let sprayer = login_over_socket(&app, "203.0.113.1", Some("198.51.100.98"), "x@example.org").await;
    assert_eq!(
        sprayer.status,
        StatusCode::TOO_MANY_REQUESTS,
        "an untrusted peer's X-Forwarded-For is ignored"
    );
    let neighbour = login_over_socket(&app, "203.0.113.2", None, "x@example.org").await;
    assert_eq!(neighbour.status, StatusCode::UNAUTHORIZED, "another peer is not slowed");

    for index in 0..20 {
        let email = format!("user{index}@example.org");
        let guess = login_over_socket(&app, "10.1.1.1", Some("198.51.100.7"), &email).await;
        assert_eq!(guess.status, StatusCode::UNAUTHORIZED, "proxied guess {index}");
    }
    let proxied = login_over_socket(&app, "10.1.1.1", Some("198.51.100.7"), "x@example.org").await;
    assert_eq!(proxied.status, StatusCode::TOO_MANY_REQUESTS);
    let other_behind_the_proxy = login_over_socket(&app, "10.1.1.1", Some("198.51.100.8"), "x@example.org").await;
    assert_eq!(
        other_behind_the_proxy.status,
        StatusCode::UNAUTHORIZED,
        "the proxy's other clients are not slowed"
    );
}

/// The security notices about sign-ins in `actor`'s notifications.
async fn sign_in_notices(app: &TestApp, token: &str) -> Vec<serde_json::Value> {
    let inbox = app.get("/notifications?limit=100", token).await;
    assert_eq!(inbox.status, StatusCode::OK, "{}", inbox.text);
    inbox.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|item| {
            item["rule"] == "security_notice" && item["body"].as_str().is_some_and(|body| body.contains("203.0.113."))
        })
        .cloned()
        .collect()
}

#[tokio::test]
async fn a_sign_in_from_a_new_client_tells_the_person_and_one_from_a_familiar_client_does_not() {
    let app = spawn_app_with(BEHIND_A_PROXY).await;
    let user = app.applicant().await;
    let home = login_from(&app, "203.0.113.10", &user.email, PASSWORD).await;
    assert_eq!(home.status, StatusCode::OK, "{}", home.text);
    let token = home.body["access_token"].as_str().expect("token").to_owned();
    let after_first = sign_in_notices(&app, &token).await;

    let again = login_from(&app, "203.0.113.10", &user.email, PASSWORD).await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.text);
    assert_eq!(
        sign_in_notices(&app, &token).await.len(),
        after_first.len(),
        "a familiar client is not news"
    );

    let elsewhere = login_from(&app, "203.0.113.99", &user.email, PASSWORD).await;
    assert_eq!(elsewhere.status, StatusCode::OK, "{}", elsewhere.text);
    let notices = sign_in_notices(&app, &token).await;
    assert_eq!(notices.len(), after_first.len() + 1, "{notices:?}");
    assert!(
        notices.iter().any(|notice| notice["body"]
            .as_str()
            .is_some_and(|body| body.contains("203.0.113.99"))),
        "the notice names the new client: {notices:?}"
    );
}
