//! Benchmark: the disbursement report over 1,000,000 disbursements (and 2,000 open awards)
//! on the embedded SQLite database. The CSV, streamed through the real router, must take
//! no more than twice the time of the same aggregation run directly as one SQL query, and
//! the process must stay under 200 MB of resident memory. Prints both times and the peak.
//! Run with `cargo bench --bench report` (seeding takes a minute or so).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use axum::http::StatusCode;
use chrono::{Duration, TimeZone, Utc};
use grantdesk::auth::Role;
use grantdesk::auth::service::{self, NewAccount};
use grantdesk::clock::ManualClock;
use grantdesk::config::Config;
use grantdesk::disbursements::rules::{DisbursementStatus, SourceKind};
use grantdesk::disbursements::store::disbursement;
use grantdesk::http::driver::Driver;
use grantdesk::money::Currency;
use grantdesk::reports::rules::GroupBy;
use grantdesk::{AppState, db};
use sea_orm::{ConnectionTrait, EntityTrait, Statement};
use serde_json::{Value, json};
use uuid::Uuid;

const DISBURSEMENTS: usize = 1_000_000;
const AWARDS: usize = 2_000;
const BATCH: usize = 1_000;

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|line| line.starts_with("VmHWM:"))
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

async fn call(driver: &Driver, method: &str, path: &str, token: &str, body: Option<Value>) -> (StatusCode, Vec<u8>) {
    let method = method.parse().expect("a method");
    let reply = driver.call(method, path, token, body.as_ref()).await.expect("answer");
    (reply.status, reply.bytes.to_vec())
}

async fn signed_in(state: &AppState, router: &Driver, role: Role) -> (Uuid, String) {
    let email = format!("{}@bench.example", Uuid::new_v4().simple());
    let password = "a bench password 2026".to_owned();
    let account = NewAccount {
        email: email.clone(),
        password: Some(password.clone()),
        full_name: "Bench".to_owned(),
        roles: vec![role],
        email_verified: true,
    };
    let user = service::create_account(&state.db, &state.config, Utc::now(), account, None)
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

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(run());
}

async fn run() {
    let dir = tempfile::tempdir().expect("folder");
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
        // The bench measures the report, not sign-in: its finance user signs in with a
        // password alone.
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

    let (_, officer) = signed_in(&state, &router, Role::Officer).await;
    let (_, member) = signed_in(&state, &router, Role::Applicant).await;
    let (finance_id, finance) = signed_in(&state, &router, Role::Finance).await;
    let countries = ["KE", "JO", "SN", "UZ", "TH", "NG", "PK", "CO"];
    let mut organisations = Vec::new();
    for (index, country) in countries.iter().cycle().take(24).enumerate() {
        let body = json!({
            "legal_name": format!("Bench organisation {index}"), "short_name": format!("B{index}"), "country": country,
            "registration_number": format!("B-{index}"), "year_founded": 2010,
            "thematic_areas": ["youth"], "women_led": index % 2 == 0, "youth_led": false,
        });
        let (status, answer) = call(&router, "POST", "/organisations", &member, Some(body)).await;
        assert_eq!(status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&answer));
        let answer: Value = serde_json::from_slice(&answer).expect("json");
        organisations.push(Uuid::parse_str(answer["id"].as_str().expect("id")).expect("uuid"));
    }
    let mut calls = Vec::new();
    for (index, currency) in ["EUR", "USD", "EUR", "KWD"].iter().enumerate() {
        let body = json!({
            "title": format!("Bench call {index}"), "description": "Bench.", "thematic_areas": ["youth"],
            "eligibility_criteria": [{"key": "registered", "description": "Registered"}],
            "rubric": [{"key": "relevance", "description": "Relevance", "weight": "1", "min_score": 0, "max_score": 5}],
            "currency": currency, "budget_ceiling": "900000000", "min_grant": "1", "max_grant": "900000000",
            "opens_at": now - Duration::hours(1), "closes_at": now + Duration::days(7), "appeal_window_days": 14,
        });
        let (status, answer) = call(&router, "POST", "/calls", &officer, Some(body)).await;
        assert_eq!(status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&answer));
        let answer: Value = serde_json::from_slice(&answer).expect("json");
        calls.push((
            Uuid::parse_str(answer["id"].as_str().expect("id")).expect("uuid"),
            *currency,
        ));
    }

    let started = Instant::now();
    // Awards stand in for decided applications: foreign keys are off while they are seeded.
    connection
        .execute_unprepared("PRAGMA foreign_keys = OFF")
        .await
        .expect("pragma");
    let mut awards = Vec::new();
    for index in 0..AWARDS {
        let (call_id, currency) = calls[index % calls.len()];
        let id = Uuid::new_v4();
        connection
            .execute_raw(Statement::from_sql_and_values(
                connection.get_database_backend(),
                "INSERT INTO awards (id, reference, application_id, decision_id, call_id, organisation_id, amount, \
                 currency, status, awarded_by, awarded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)",
                [
                    id.into(),
                    format!("GD-BENCH-{index:06}").into(),
                    Uuid::new_v4().into(),
                    Uuid::new_v4().into(),
                    call_id.into(),
                    organisations[index % organisations.len()].into(),
                    (500_000_000_i64 + index as i64).into(),
                    (*currency).into(),
                    finance_id.into(),
                    (now - Duration::days(400)).into(),
                ],
            ))
            .await
            .expect("award");
        awards.push((id, call_id, currency, organisations[index % organisations.len()]));
    }
    connection
        .execute_unprepared("PRAGMA foreign_keys = ON")
        .await
        .expect("pragma");
    let statuses = ["requested", "approved", "paid", "paid", "cancelled"];
    let payment_currencies = ["EUR", "USD", "JPY"];
    let base = Utc.with_ymd_and_hms(2025, 1, 1, 8, 0, 0).single().expect("instant");
    for batch in 0..DISBURSEMENTS / BATCH {
        let rows = (0..BATCH).map(|offset| {
            let index = batch * BATCH + offset;
            let (award_id, call_id, award_currency, organisation_id) = awards[index % awards.len()];
            let currency = payment_currencies[index % payment_currencies.len()];
            let requested_at = base + Duration::minutes((index as i64 * 29) % (600 * 24 * 60));
            let status = statuses[index % statuses.len()];
            disbursement::ActiveModel::from(disbursement::Model {
                id: Uuid::new_v4(),
                source_kind: SourceKind::Award,
                award_id: Some(award_id),
                tranche_id: None,
                sponsorship_id: None,
                organisation_id,
                call_id: Some(call_id),
                amount: 1_000_000 + (index as i64 % 9_973) * 100,
                currency: Currency::from_code(currency).expect("a currency"),
                fx_rate: (currency != award_currency).then(|| "0.9".to_owned()),
                counted_amount: 900_000 + (index as i64 % 9_973) * 90,
                counted_currency: Currency::from_code(award_currency).expect("a currency"),
                payee_reference: "BENCH".to_owned(),
                status: DisbursementStatus::parse(status).expect("a status"),
                requested_by: finance_id,
                requested_at,
                requested_on: requested_at.date_naive(),
                requested_month: requested_at.format("%Y-%m").to_string(),
                approved_by: None,
                approved_at: None,
                override_reason: None,
                paid_by: None,
                paid_at: None,
                paid_on: (status == "paid").then(|| requested_at.date_naive()),
                payment_reference: None,
                cancelled_by: None,
                cancelled_at: None,
                cancel_reason: None,
                idempotency_key: None,
                request_fingerprint: None,
                purpose: None,
            })
        });
        disbursement::Entity::insert_many(rows)
            .exec(&connection)
            .await
            .expect("disbursements");
    }
    connection.execute_unprepared("ANALYZE").await.expect("analyze");
    println!(
        "seeded {DISBURSEMENTS} disbursements and {AWARDS} awards in {:.1} s (peak RSS so far {:.0} MB)",
        started.elapsed().as_secs_f64(),
        peak_rss_mb()
    );

    // The same aggregation run directly: the totals and the outstanding commitments, each
    // one SQL query without paging.
    let totals_sql = grantdesk::reports::store::totals_sql(GroupBy::Month)
        .replace("$1", "'1900-01-01'")
        .replace("$2", "'9000-12-31'");
    let outstanding_sql = grantdesk::reports::store::outstanding_sql()
        .replace(" AND a.id > $3", "")
        .replace(&format!(" LIMIT {}", grantdesk::reports::store::OUTSTANDING_PAGE), "")
        .replace("$1", "'9000-12-31'")
        .replace("$2", &format!("'{}'", Utc::now() + Duration::days(1)));
    let mut direct = f64::MAX;
    let mut through_api = f64::MAX;
    let mut csv_bytes = 0;
    for _ in 0..3 {
        let started = Instant::now();
        for sql in [&totals_sql, &outstanding_sql] {
            let rows = connection
                .query_all_raw(Statement::from_string(connection.get_database_backend(), sql.clone()))
                .await
                .expect("direct query");
            assert!(!rows.is_empty());
        }
        direct = direct.min(started.elapsed().as_secs_f64());

        let started = Instant::now();
        let (status, body) = call(
            &router,
            "GET",
            "/reports/disbursements?group_by=month&format=csv",
            &finance,
            None,
        )
        .await;
        through_api = through_api.min(started.elapsed().as_secs_f64());
        assert_eq!(status, StatusCode::OK);
        csv_bytes = body.len();
    }
    let peak = peak_rss_mb();
    let ratio = through_api / direct;
    println!("direct SQL (totals + outstanding): {:.0} ms", direct * 1000.0);
    println!(
        "GET /reports/disbursements?format=csv: {:.0} ms ({csv_bytes} bytes, {ratio:.2}x the direct query)",
        through_api * 1000.0
    );
    println!("peak resident memory: {peak:.0} MB");
    let mut failed = false;
    if ratio > 2.0 {
        eprintln!("FAIL: the report took more than twice the direct query");
        failed = true;
    }
    if peak > 200.0 {
        eprintln!("FAIL: resident memory went over 200 MB");
        failed = true;
    }
    if failed {
        std::process::exit(1);
    }
}
