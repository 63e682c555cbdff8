//! What listing calls costs per item, in-process: the page of the public call list read and
//! serialised as at first (every column read, every JSON column parsed, typed, cloned and
//! serialised again) and as the API now sends it (each call's kept list item written into
//! the page as it is, its status judged at the time of the list). SQLite in a temporary
//! folder, the demo office plus `CALLS` open calls; prints microseconds per listed item,
//! then where the time of a page goes (reading rows, judging, writing the JSON, counting),
//! and last `GET /calls` through the router as a reader who is not staff gets it: the page
//! kept in memory, checked against the database's change counter on every request.
//!
//! ```sh
//! cargo run --release --example call_list_cost            # CALLS=500 ROUNDS=200
//! ```

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use axum::http::Method;
use sea_orm::QuerySelect;

use grantdesk::AppState;
use grantdesk::calls::json::{CallsQuery, CreateCallRequest, listed_page_json};
use grantdesk::calls::rules::{CallAction, CallStatus, CallTerms};
use grantdesk::calls::service;
use grantdesk::calls::store::{self, CallFilter, call};
use grantdesk::clock::{Clock, SystemClock};
use grantdesk::http::Page;
use grantdesk::http::driver::api_request;
use grantdesk::keyset::PageRequest;

fn number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

#[tokio::main]
async fn main() -> Result<(), String> {
    let calls = number("CALLS", 500);
    let rounds = number("ROUNDS", 200);
    let dir = tempfile::tempdir().map_err(|error| error.to_string())?;
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("grantdesk.db").display());
    let values: HashMap<String, String> = [
        ("DATABASE_URL", url.as_str()),
        ("GRANTDESK_FIXTURES", concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures")),
        ("GRANTDESK_SCHEDULER", "off"),
    ]
    .into_iter()
    .map(|(name, value)| (name.to_owned(), value.to_owned()))
    .collect();
    let config = grantdesk::config::Config::from_values(&values).map_err(|error| error.to_string())?;
    let db = grantdesk::db::connect(&grantdesk::db::ConnectSettings::for_url(&url))
        .await
        .map_err(|error| error.to_string())?;
    grantdesk::db::migrate(&db).await.map_err(|error| error.to_string())?;
    let state = AppState::new(db.clone(), config, Arc::new(SystemClock))
        .await
        .map_err(|error| error.to_string())?;
    grantdesk::demo::load_if_empty(&state).await?;
    let now = SystemClock.now();
    let officer = grantdesk::auth::store::find_user_by_email(&db, "officer@grantdesk.example")
        .await
        .map_err(|error| error.to_string())?
        .ok_or("the demo officer")?;
    let officer = grantdesk::auth::CurrentUser {
        id: officer.id,
        roles: vec![grantdesk::auth::Role::Officer],
    };
    for index in 0..calls {
        let body: CreateCallRequest =
            serde_json::from_value(call_body(index, now)).map_err(|error| error.to_string())?;
        let created = service::create(&db, now, &officer, CallTerms::from(body))
            .await
            .map_err(|error| error.to_string())?;
        service::change_status(&db, now, &officer, created.row.id, CallAction::Publish, None)
            .await
            .map_err(|error| error.to_string())?;
    }

    let query = CallsQuery::default();
    let counted = PageRequest::counted(50, 0);
    let uncounted = PageRequest {
        count: false,
        ..counted.clone()
    };
    let filter = CallFilter {
        statuses: vec![CallStatus::Open, CallStatus::Closed, CallStatus::Decided],
        thematic_area: None,
        region: None,
        now,
    };
    let before = |page: PageRequest| {
        let (db, query) = (&db, &query);
        move || {
            let page = page.clone();
            async move {
                let listed = service::list_page(db, now, None, query, &page).await.expect("listed");
                let items = listed.items.len();
                let body = serde_json::to_vec(&Page::from(listed.map(|call| call.response(now)))).expect("json");
                (items, body.len())
            }
        }
    };
    let after = |page: PageRequest| {
        let (db, query) = (&db, &query);
        move || {
            let page = page.clone();
            async move {
                let listed = service::listed_page(db, now, None, query, &page).await.expect("listed");
                (listed.items.len(), listed_page_json(&listed).as_bytes().len())
            }
        }
    };
    let kept_rows = || async {
        let listed = store::listed_page(&db, &filter, &uncounted).await.expect("listed");
        (listed.items.len(), 0)
    };
    let columns_without_json = || async {
        let rows: Vec<ColumnsWithoutJson> = store::list_query(&db, &filter, None)
            .limit(50)
            .into_partial_model()
            .all(&db)
            .await
            .expect("listed");
        (rows.len(), 0)
    };
    let whole_rows = || async {
        let listed = store::list_page(&db, &filter, &uncounted).await.expect("listed");
        (listed.items.len(), 0)
    };
    let judged = || async {
        let listed = service::listed_page(&db, now, None, &query, &uncounted)
            .await
            .expect("listed");
        (listed.items.len(), 0)
    };
    let driver = grantdesk::http::driver::Driver::new(grantdesk::router::router(state.clone()));
    let public_request = || api_request(Method::GET, "/calls", "", None, &[]);
    let first = driver.send(public_request()).await.map_err(|error| error.to_string())?;
    let public_items = first.json()["items"].as_array().map_or(0, Vec::len);
    let served = || async {
        let answer = driver.send(public_request()).await.expect("answers");
        (public_items, answer.bytes.len())
    };
    println!("{calls} open calls, pages of 50, {rounds} rounds each, SQLite, in-process");
    println!("counted pages (count=true), as measured since migration 40:");
    for (name, per_item) in [
        (
            "before (parse, type, clone, serialise)",
            measure(rounds, before(counted.clone())).await,
        ),
        (
            "after (kept items written as they are)",
            measure(rounds, after(counted.clone())).await,
        ),
    ] {
        println!("  {name:<48} {per_item:>6.1} µs per item");
    }
    println!("pages as GET /calls answers them by default (no count):");
    for (name, per_item) in [
        (
            "before (parse, type, clone, serialise)",
            measure(rounds, before(uncounted.clone())).await,
        ),
        (
            "after (kept items written as they are)",
            measure(rounds, after(uncounted.clone())).await,
        ),
        (
            "  reading the rows (id, status, instants, kept)",
            measure(rounds, kept_rows).await,
        ),
        ("  and judging status and acceptance", measure(rounds, judged).await),
        (
            "  for comparison: every column but the JSON ones",
            measure(rounds, columns_without_json).await,
        ),
        (
            "  for comparison: every column (the whole row)",
            measure(rounds, whole_rows).await,
        ),
    ] {
        println!("  {name:<48} {per_item:>6.1} µs per item");
    }
    println!("GET /calls through the router, as everyone but staff reads it:");
    let per_item = measure(rounds, served).await;
    println!(
        "  {:<48} {per_item:>6.1} µs per item",
        "the kept page, the counter read"
    );
    Ok(())
}

/// The columns the list read from migration 40 to 46: every one but the JSON ones.
#[derive(Debug, sea_orm::DerivePartialModel)]
#[sea_orm(entity = "call::Entity")]
#[allow(dead_code)]
struct ColumnsWithoutJson {
    id: uuid::Uuid,
    title: String,
    description: String,
    currency: grantdesk::money::Currency,
    budget_ceiling: i64,
    min_grant: i64,
    max_grant: i64,
    opens_at: chrono::DateTime<chrono::Utc>,
    closes_at: chrono::DateTime<chrono::Utc>,
    appeal_window_days: i32,
    blind_review: bool,
    status: CallStatus,
    cancel_reason: Option<String>,
    created_at: chrono::DateTime<chrono::Utc>,
    updated_at: chrono::DateTime<chrono::Utc>,
    list_head: Option<String>,
}

/// Microseconds per listed item of `run` (a page read and serialised), after a warm-up.
async fn measure<F, R>(rounds: usize, run: F) -> f64
where
    F: Fn() -> R,
    R: std::future::Future<Output = (usize, usize)>,
{
    for _ in 0..10 {
        run().await;
    }
    let started = Instant::now();
    let mut items = 0;
    for _ in 0..rounds {
        items += run().await.0;
    }
    started.elapsed().as_secs_f64() * 1e6 / items.max(1) as f64
}

fn call_body(index: usize, now: chrono::DateTime<chrono::Utc>) -> serde_json::Value {
    serde_json::json!({
        "title": format!("Call {index}: youth and women leading prevention"),
        "description": "Grants for community-based prevention projects led by youth and women.",
        "thematic_areas": ["youth", "gender"],
        "eligibility_criteria": [
            {"key": "registered_cso", "description": "Legally registered CSO"},
            {"key": "two_years_active", "description": "Two years of activity"},
            {"key": "women_or_youth_led", "description": "Led by women or by young people"}
        ],
        "rubric": [
            {"key": "relevance", "description": "Relevance", "weight": "0.4", "min_score": 0, "max_score": 5},
            {"key": "feasibility", "description": "Feasibility", "weight": "0.3", "min_score": 0, "max_score": 5},
            {"key": "impact", "description": "Impact", "weight": "0.3", "min_score": 0, "max_score": 5}
        ],
        "currency": "EUR",
        "budget_ceiling": "200000.00",
        "min_grant": "5000.00",
        "max_grant": "50000.00",
        "opens_at": now - chrono::Duration::days(1),
        "closes_at": now + chrono::Duration::days(30 + index as i64),
        "appeal_window_days": 14,
        "blind_review": false
    })
}
