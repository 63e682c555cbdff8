//! What the benchmarks that drive the real router share: a fresh SQLite database with its
//! application, signed-in users, calls through the router, and the peak resident memory.

use std::collections::HashMap;
use std::sync::Arc;

use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use grantdesk::auth::Role;
use grantdesk::auth::service::{self, NewAccount};
use grantdesk::clock::ManualClock;
use grantdesk::config::Config;
use grantdesk::http::driver::Driver;
use grantdesk::{AppState, db};
use sea_orm::DatabaseConnection;
use serde_json::{Value, json};
use uuid::Uuid;

/// The process's peak resident memory so far (VmHWM), in MB.
pub fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|line| line.starts_with("VmHWM:"))
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Calls the router; answers the status and the body.
pub async fn call(
    driver: &Driver,
    method: &str,
    path: &str,
    token: &str,
    body: Option<Value>,
) -> (StatusCode, Vec<u8>) {
    let method = method.parse().expect("a method");
    let reply = driver.call(method, path, token, body.as_ref()).await.expect("answer");
    (reply.status, reply.bytes.to_vec())
}

/// A new user with `role`, signed in; answers its id and access token.
pub async fn signed_in(state: &AppState, router: &Driver, role: Role) -> (Uuid, String) {
    let email = format!("{}@bench.example", Uuid::new_v4().simple());
    let password = "a bench password 2026".to_owned();
    let account = NewAccount {
        email: email.clone(),
        password: password.clone(),
        full_name: "Bench".to_owned(),
        roles: vec![role],
    };
    let user = service::create_account(&state.db, account, None, Utc::now())
        .await
        .expect("account");
    let (_, body) = call(
        router,
        "POST",
        "/auth/login",
        "",
        Some(json!({"email": email, "password": password})),
    )
    .await;
    let answer: Value = serde_json::from_slice(&body).expect("json");
    (user.id, answer["access_token"].as_str().expect("token").to_owned())
}

/// The application on a fresh SQLite file in `dir`, with its router and its clock's time.
pub async fn start(dir: &tempfile::TempDir) -> (AppState, Driver, DatabaseConnection, DateTime<Utc>) {
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("bench.db").display());
    let settings = db::ConnectSettings::for_url(&url);
    let connection = db::connect(&settings).await.expect("database");
    db::migrate(&connection).await.expect("migrations");
    let values: HashMap<String, String> = [
        ("DATABASE_URL", url.as_str()),
        (
            "GRANTDESK_JWT_SECRET",
            "bench secret that is long enough for production",
        ),
        ("GRANTDESK_FIXTURES", concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures")),
    ]
    .into_iter()
    .map(|(key, value)| (key.to_owned(), value.to_owned()))
    .collect();
    let config = Config::from_values(&values).expect("config");
    let now = Utc::now();
    let clock = Arc::new(ManualClock::new(now));
    let state = AppState::new(connection.clone(), config, clock).await.expect("state");
    let router = Driver::new(grantdesk::router::router(state.clone()));

    (state, router, connection, now)
}
