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
use grantdesk::disbursements::rules::{DisbursementStatus, SourceKind};
use grantdesk::disbursements::store::disbursement;
use grantdesk::http::driver::Driver;
use grantdesk::money::Currency;
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

/// The password of every account a benchmark makes.
pub const PASSWORD: &str = "a bench password 2026";

/// A new account with `role` and a verified address; answers its id and email.
pub async fn account(state: &AppState, role: Role) -> (Uuid, String) {
    let email = format!("{}@bench.example", Uuid::new_v4().simple());
    let account = NewAccount {
        email: email.clone(),
        password: Some(PASSWORD.to_owned()),
        full_name: "Bench".to_owned(),
        roles: vec![role],
        email_verified: true,
    };
    let user = service::create_account(&state.db, &state.config, Utc::now(), account, None)
        .await
        .expect("account");
    (user.id, email)
}

/// Signs `email` in (with [`PASSWORD`]); answers the access token.
pub async fn login(router: &Driver, email: &str) -> String {
    let body = json!({"email": email, "password": PASSWORD});
    let (_, body) = call(router, "POST", "/auth/login", "", Some(body)).await;
    let answer: Value = serde_json::from_slice(&body).expect("json");
    answer["access_token"].as_str().expect("token").to_owned()
}

/// A new user with `role`, signed in; answers its id and access token.
pub async fn signed_in(state: &AppState, router: &Driver, role: Role) -> (Uuid, String) {
    let (id, email) = account(state, role).await;
    (id, login(router, &email).await)
}

/// The secret the benches' tokens are signed with (a server they start is given it too).
pub const JWT_SECRET: &str = "bench secret that is long enough for production";

/// The application on a fresh SQLite file in `dir`, with its router and its clock's time.
pub async fn start(dir: &tempfile::TempDir) -> (AppState, Driver, DatabaseConnection, DateTime<Utc>) {
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("bench.db").display());
    start_url(&url).await
}

/// The application on the (SQLite or PostgreSQL) database at `url`, migrated, with its
/// router and its clock's time.
pub async fn start_url(url: &str) -> (AppState, Driver, DatabaseConnection, DateTime<Utc>) {
    let settings = db::ConnectSettings::for_url(url);
    let connection = db::connect(&settings).await.expect("database");
    db::migrate(&connection).await.expect("migrations");
    let values: HashMap<String, String> = [
        ("DATABASE_URL", url),
        ("GRANTDESK_JWT_SECRET", JWT_SECRET),
        ("GRANTDESK_FIXTURES", concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures")),
        // The benches measure reports and exports, not sign-in: their finance user signs in
        // with a password alone.
        ("GRANTDESK_MFA_REQUIRED_ROLES", "none"),
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

/// Runs the benchmark on a multi-threaded runtime.
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(future)
}

/// The staff and member a benchmark acts as: their access tokens (and finance's id).
pub struct Cast {
    /// An officer's token.
    pub officer: String,
    /// An applicant's token.
    pub member: String,
    /// A finance user's id and token.
    pub finance: (Uuid, String),
}

/// Signs in an officer, an applicant and a finance user.
pub async fn cast(state: &AppState, router: &Driver) -> Cast {
    let (_, officer) = signed_in(state, router, Role::Officer).await;
    let (_, member) = signed_in(state, router, Role::Applicant).await;
    let finance = signed_in(state, router, Role::Finance).await;
    Cast {
        officer,
        member,
        finance,
    }
}

/// Where a seeded disbursement belongs: its award, organisation and call.
pub struct Owner {
    /// The award.
    pub award_id: Uuid,
    /// The organisation.
    pub organisation_id: Uuid,
    /// The call.
    pub call_id: Uuid,
}

/// A disbursement of `owner`'s award requested by `requested_by` at `requested_at`, of
/// `amount` in `currency` counted the same in the award's currency, in `status` (paid on
/// the day requested when paid); callers change the rest with struct-update syntax.
pub fn disbursement_row(
    owner: &Owner,
    (requested_by, requested_at): (Uuid, DateTime<Utc>),
    (amount, currency): (i64, Currency),
    status: DisbursementStatus,
) -> disbursement::Model {
    let paid = status == DisbursementStatus::Paid;
    disbursement::Model {
        id: Uuid::new_v4(),
        source_kind: SourceKind::Award,
        award_id: Some(owner.award_id),
        tranche_id: None,
        sponsorship_id: None,
        organisation_id: owner.organisation_id,
        call_id: Some(owner.call_id),
        amount,
        currency,
        fx_rate: None,
        counted_amount: amount,
        counted_currency: currency,
        payee_reference: "BENCH".to_owned(),
        status,
        requested_by,
        requested_at,
        requested_on: requested_at.date_naive(),
        requested_month: requested_at.format("%Y-%m").to_string(),
        approved_by: None,
        approved_at: None,
        override_reason: None,
        paid_by: None,
        paid_at: paid.then_some(requested_at),
        paid_on: paid.then(|| requested_at.date_naive()),
        payment_reference: None,
        cancelled_by: None,
        cancelled_at: None,
        cancel_reason: None,
        idempotency_key: None,
        request_fingerprint: None,
        purpose: None,
    }
}
