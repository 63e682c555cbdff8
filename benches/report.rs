//! Benchmark: the disbursement report over 1,000,000 disbursements (and 2,000 open awards)
//! on the embedded SQLite database. The CSV, streamed through the real router, must take
//! no more than twice the time of the same aggregation run directly as one SQL query, and
//! the process must stay under 200 MB of resident memory. Then the payment ledger streams
//! all 1,000,000 entries as CSV, within the same 200 MB. Prints the times and the peaks.
//! Run with `cargo bench --bench report` (seeding takes a minute or so).

use std::time::Instant;

use axum::http::StatusCode;
use chrono::{Duration, TimeZone, Utc};
use grantdesk::disbursements::rules::DisbursementStatus;
use grantdesk::disbursements::store::disbursement;
use grantdesk::money::Currency;
use grantdesk::reports::rules::GroupBy;
use sea_orm::{ConnectionTrait, EntityTrait, Statement};
use serde_json::{Value, json};
use uuid::Uuid;

mod common;
use common::{call, peak_rss_mb};

const DISBURSEMENTS: usize = 1_000_000;
const AWARDS: usize = 2_000;
const BATCH: usize = 1_000;

fn main() {
    common::block_on(run());
}

async fn run() {
    let dir = tempfile::tempdir().expect("folder");
    let (state, router, connection, now) = common::start(&dir).await;
    let common::Cast {
        officer,
        member,
        finance: (finance_id, finance),
    } = common::cast(&state, &router).await;
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
            let owner = common::Owner {
                award_id,
                organisation_id,
                call_id,
            };
            let status = DisbursementStatus::parse(status).expect("a status");
            let payment_currency = Currency::from_code(currency).expect("a currency");
            let amount = 1_000_000 + (index as i64 % 9_973) * 100;
            disbursement::ActiveModel::from(disbursement::Model {
                fx_rate: (currency != award_currency).then(|| "0.9".to_owned()),
                counted_amount: 900_000 + (index as i64 % 9_973) * 90,
                counted_currency: Currency::from_code(award_currency).expect("a currency"),
                paid_at: None,
                ..common::disbursement_row(&owner, (finance_id, requested_at), (amount, payment_currency), status)
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
    let report_peak = peak_rss_mb();

    // The payment ledger: every one of the disbursements, streamed as CSV and read frame by
    // frame, as a client saving it to a file would.
    let started = Instant::now();
    let (status, ledger_bytes) = router
        .download_length("/reports/payments?format=csv", &finance)
        .await
        .expect("the ledger");
    assert_eq!(status, StatusCode::OK);
    let ledger_seconds = started.elapsed().as_secs_f64();
    let peak = peak_rss_mb();
    let ratio = through_api / direct;
    println!("direct SQL (totals + outstanding): {:.0} ms", direct * 1000.0);
    println!(
        "GET /reports/disbursements?format=csv: {:.0} ms ({csv_bytes} bytes, {ratio:.2}x the direct query)",
        through_api * 1000.0
    );
    println!(
        "GET /reports/payments?format=csv: {ledger_seconds:.1} s for {DISBURSEMENTS} entries ({ledger_bytes} bytes)"
    );
    println!("peak resident memory: {report_peak:.0} MB after the report, {peak:.0} MB after the ledger");
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
