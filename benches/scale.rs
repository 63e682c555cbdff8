//! Benchmark: every list at a decade of data, on SQLite and PostgreSQL.
//!
//! For each engine it makes two databases: a nearly empty one (a little more than a page of
//! 50 in each list) and a decade of an office's data (50,000 organisations, 100,000
//! applications across 500 calls, 20,000 awards, 1,000,000 disbursements, 2,000,000 audit
//! events, 200,000 notifications; see `scale/seed.rs`). On each it measures every list's
//! first page and, on the decade, its 100th page (following `next_cursor`), with 16
//! in-process clients and with wrk at 16 connections against the release server on the
//! same database; then creating and submitting applications (in-process, 16 clients).
//! Prints a table per engine, each decade figure next to the nearly empty one.
//!
//! Goals: every list's first and 100th page within 2x of its nearly empty throughput;
//! submit at least 500 per second on PostgreSQL.
//!
//! ```sh
//! cargo bench --bench scale                          # full size, both engines
//! GRANTDESK_SCALE=0.1 cargo bench --bench scale      # a tenth of a decade
//! SCALE_ENGINES=postgres SCALE_SECONDS=5 PORT=8315 cargo bench --bench scale
//! ```
//!
//! `SCALE_POSTGRES` is the server (default `postgres://postgres@127.0.0.1:5432`); the
//! benchmark drops and makes its own databases `grantdesk_scale_empty` and
//! `grantdesk_scale_decade` there. `SCALE_WRK=off` skips wrk (Debian's package `wrk`);
//! `SCALE_LISTS=notifications,audit` measures only the lists named (as in the table).

use std::time::Instant;

use axum::http::{Method, StatusCode};
use grantdesk::AppState;
use grantdesk::applications::store::application;
use grantdesk::audit::audit_event;
use grantdesk::auth::Role;
use grantdesk::calls::store::call;
use grantdesk::http::driver::Driver;
use grantdesk::organisations::store::organisation;
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait, QueryOrder};
use serde_json::{Value, json};
use uuid::Uuid;

#[allow(dead_code, reason = "the shared bench helpers this benchmark does not need")]
mod common;
#[path = "scale/measure.rs"]
mod measure;
#[path = "scale/seed.rs"]
mod seed;

use seed::Counts;

/// Applications created, then submitted, to measure the writes.
const WRITES: usize = 800;

fn main() {
    common::block_on(run());
}

/// What the environment asks for.
struct Settings {
    factor: f64,
    engines: Vec<Engine>,
    seconds: f64,
    port: u16,
    postgres: String,
    wrk: bool,
    /// The lists to measure, by name (`SCALE_LISTS=notifications,audit`); all when unset.
    lists: Option<Vec<String>>,
}

impl Settings {
    fn from_env() -> Self {
        let var = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
        let engines = var("SCALE_ENGINES").unwrap_or_else(|| "sqlite,postgres".to_owned());
        Self {
            factor: var("GRANTDESK_SCALE").map_or(1.0, |value| value.parse().expect("GRANTDESK_SCALE, a number")),
            engines: engines.split(',').map(Engine::named).collect(),
            seconds: var("SCALE_SECONDS").map_or(3.0, |value| value.parse().expect("SCALE_SECONDS, a number")),
            port: var("PORT").map_or(8315, |value| value.parse().expect("PORT, a number")),
            postgres: var("SCALE_POSTGRES").unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432".to_owned()),
            wrk: var("SCALE_WRK").as_deref() != Some("off"),
            lists: var("SCALE_LISTS").map(|names| names.split(',').map(str::to_owned).collect()),
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    fn named(name: &str) -> Self {
        match name.trim() {
            "sqlite" => Self::Sqlite,
            "postgres" | "postgresql" => Self::Postgres,
            other => panic!("SCALE_ENGINES names sqlite or postgres, not {other}"),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Sqlite => "SQLite",
            Self::Postgres => "PostgreSQL",
        }
    }
}

/// A fresh database of `engine` named `label`: its URL and a folder the server runs in
/// (the SQLite file is in it).
async fn fresh_database(engine: Engine, settings: &Settings, label: &str) -> (String, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("folder");
    let url = match engine {
        Engine::Sqlite => format!("sqlite://{}?mode=rwc", dir.path().join("scale.db").display()),
        Engine::Postgres => {
            let server = sea_orm::Database::connect(format!("{}/postgres", settings.postgres))
                .await
                .expect("PostgreSQL");
            let name = format!("grantdesk_scale_{label}");
            server
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .await
                .expect("dropped");
            server
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("created");
            server.close().await.expect("closed");
            format!("{}/{name}", settings.postgres)
        }
    };
    (url, dir)
}

/// Who a list is read as.
#[derive(Clone, Copy)]
enum Who {
    Officer,
    Finance,
    Admin,
    Member,
}

/// The accounts the benchmark acts as: (id, email) of each.
struct Cast {
    officer: (Uuid, String),
    finance: (Uuid, String),
    admin: (Uuid, String),
    member: (Uuid, String),
}

impl Cast {
    async fn new(state: &AppState) -> Self {
        Self {
            officer: common::account(state, Role::Officer).await,
            finance: common::account(state, Role::Finance).await,
            admin: common::account(state, Role::Admin).await,
            member: common::account(state, Role::Applicant).await,
        }
    }

    /// Fresh access tokens (they last 15 minutes), in the order of [`Who`].
    async fn tokens(&self, driver: &Driver) -> [String; 4] {
        [
            common::login(driver, &self.officer.1).await,
            common::login(driver, &self.finance.1).await,
            common::login(driver, &self.admin.1).await,
            common::login(driver, &self.member.1).await,
        ]
    }
}

/// POSTs `body` to `path` as `token`; answers the new record's id.
async fn created(driver: &Driver, path: &str, token: &str, body: Value) -> Uuid {
    let reply = driver
        .call(Method::POST, path, token, Some(&body))
        .await
        .expect("answer");
    assert!(reply.status.is_success(), "{path}: {}", reply.text());
    let id = reply.json()["id"].as_str().map(str::to_owned);
    id.and_then(|id| id.parse().ok()).unwrap_or_default()
}

/// Through the API: the member's organisation, an open call and a draft application;
/// answers them as the rows the seeded ones copy.
async fn templates(
    db: &DatabaseConnection,
    driver: &Driver,
    cast: &Cast,
    now: chrono::DateTime<chrono::Utc>,
) -> seed::Templates {
    let [officer, _, _, member] = cast.tokens(driver).await;
    let organisation_body = json!({
        "legal_name": "Women for Peace Network", "short_name": "WPN", "country": "KE",
        "registration_number": "OP.218/051/12", "year_founded": 2012,
        "thematic_areas": ["gender", "youth"], "women_led": true, "youth_led": false
    });
    let organisation = created(driver, "/organisations", &member, organisation_body).await;
    let call = created(driver, "/calls", &officer, call_body(now)).await;
    created(driver, &format!("/calls/{call}/publish"), &officer, json!({})).await;
    let draft = format!("/calls/{call}/applications");
    let application = created(driver, &draft, &member, application_body(organisation)).await;
    let last = audit_event::Entity::find()
        .order_by_desc(audit_event::Column::Seq)
        .one(db)
        .await
        .expect("audit");
    seed::Templates {
        organisation: organisation::Entity::find_by_id(organisation)
            .one(db)
            .await
            .expect("read")
            .expect("organisation"),
        call: call::Entity::find_by_id(call)
            .one(db)
            .await
            .expect("read")
            .expect("call"),
        application: application::Entity::find_by_id(application)
            .one(db)
            .await
            .expect("read")
            .expect("application"),
        officer: cast.officer.0,
        finance: cast.finance.0,
        recipients: vec![cast.member.0, cast.officer.0, cast.admin.0, cast.finance.0],
        now,
        audit_after: last.map_or(0, |event| event.seq),
    }
}

/// A call open from an hour before `now` for seven days.
fn call_body(now: chrono::DateTime<chrono::Utc>) -> Value {
    json!({
        "title": "Youth and women leading prevention",
        "description": "Grants for community-based prevention projects.",
        "thematic_areas": ["youth", "gender"],
        "eligibility_criteria": [{"key": "registered_cso", "description": "Legally registered CSO"}],
        "rubric": [{"key": "relevance", "description": "Relevance", "weight": "1", "min_score": 0, "max_score": 5}],
        "currency": "EUR", "budget_ceiling": "200000.00", "min_grant": "10000.00", "max_grant": "50000.00",
        "opens_at": now - chrono::Duration::hours(1), "closes_at": now + chrono::Duration::days(7),
        "appeal_window_days": 14
    })
}

/// An application of 24,500.00 EUR in three lines.
fn application_body(organisation: Uuid) -> Value {
    json!({
        "organisation_id": organisation,
        "title": "Mothers as first responders",
        "summary": "Training mothers to recognise early signs of recruitment.",
        "requested_amount": "24500.00",
        "budget_lines": [
            {"description": "Workshops", "amount": "15000.00"},
            {"description": "Dialogue forums", "amount": "7000.00"},
            {"description": "Evaluation", "amount": "2500.00"}
        ],
        "answers": {"beneficiaries": 120}
    })
}

/// Every list of API.md that grows with the office, read as who may read all of it.
const LISTS: &[(&str, &str, Who)] = &[
    ("applications", "/applications?limit=50", Who::Officer),
    ("calls", "/calls?limit=50", Who::Officer),
    ("organisations", "/organisations?limit=50", Who::Officer),
    ("awards", "/awards?limit=50", Who::Officer),
    ("disbursements", "/disbursements?limit=50", Who::Finance),
    (
        "payment ledger",
        "/reports/payments?from=2000-01-01&to=2099-12-31&limit=50",
        Who::Finance,
    ),
    ("audit", "/audit?limit=50", Who::Admin),
    (
        "audit of applications",
        "/audit?subject_type=application&limit=50",
        Who::Admin,
    ),
    ("notifications", "/notifications?limit=50", Who::Member),
    ("outbox", "/admin/outbox?limit=50", Who::Admin),
];

/// One list page's throughput.
struct Rate {
    list: &'static str,
    page: usize,
    in_process: f64,
    wrk: Option<f64>,
}

/// What one database measured.
struct Measured {
    counts: Counts,
    seeded_in: f64,
    lists: Vec<Rate>,
    create: f64,
    submit: f64,
}

/// Seeds a fresh database of `engine` with `counts` and measures every list's first page
/// and its page `pages` (when above 1), then the writes.
async fn measure_database(engine: Engine, settings: &Settings, label: &str, counts: Counts, pages: usize) -> Measured {
    let (url, dir) = fresh_database(engine, settings, label).await;
    let (state, driver, db, now) = common::start_url(&url).await;
    let cast = Cast::new(&state).await;
    let templates = templates(&db, &driver, &cast, now).await;
    let started = Instant::now();
    seed::seed(&db, &templates, counts).await;
    let seeded_in = started.elapsed().as_secs_f64();
    println!(
        "{} {label}: seeded {} in {seeded_in:.0} s",
        engine.name(),
        counts.describe()
    );
    let tokens = cast.tokens(&driver).await;
    let mut lists = Vec::new();
    let chosen = |list: &str| {
        settings
            .lists
            .as_ref()
            .is_none_or(|names| names.iter().any(|name| name == list))
    };
    for &(list, path, who) in LISTS.iter().filter(|(list, _, _)| chosen(list)) {
        let token = &tokens[who as usize];
        let mut paths = vec![(path.to_string(), 1)];
        if pages > 1 {
            paths.push(measure::page_path(&driver, path, token, pages).await);
        }
        for (path, page) in paths {
            let in_process = measure::in_process(&driver, &path, token, settings.seconds).await;
            lists.push((
                path,
                Rate {
                    list,
                    page,
                    in_process,
                    wrk: None,
                },
                who,
            ));
        }
    }
    if settings.wrk {
        let mut server = measure::serve(&url, settings.port, dir.path());
        let tokens = cast.tokens(&driver).await;
        for (path, rate, who) in &mut lists {
            rate.wrk = measure::wrk(settings.port, path, &tokens[*who as usize], settings.seconds);
        }
        server.kill().expect("server stopped");
        server.wait().expect("server ended");
    }
    let (create, submit) = writes(&driver, &cast, &templates).await;
    db.close().await.expect("closed");
    Measured {
        counts,
        seeded_in,
        lists: lists.into_iter().map(|(_, rate, _)| rate).collect(),
        create,
        submit,
    }
}

/// Creates [`WRITES`] applications, then submits them: answers each one's rate.
async fn writes(driver: &Driver, cast: &Cast, templates: &seed::Templates) -> (f64, f64) {
    let [_, _, _, member] = cast.tokens(driver).await;
    let body = application_body(templates.organisation.id);
    let path = format!("/calls/{}/applications", templates.call.id);
    let creates = (0..WRITES)
        .map(|_| (Method::POST, path.clone(), Some(body.clone())))
        .collect();
    let (create, answers) = measure::writes(driver, &member, creates, StatusCode::CREATED).await;
    let submits = answers
        .iter()
        .map(|answer| {
            let id = answer["id"].as_str().expect("id");
            (Method::POST, format!("/applications/{id}/submit"), None)
        })
        .collect();
    let (submit, _) = measure::writes(driver, &member, submits, StatusCode::OK).await;
    (create, submit)
}

async fn run() {
    let settings = Settings::from_env();
    // The application writes its development audit key where it runs: not in the sources.
    let workdir = tempfile::tempdir().expect("folder");
    std::env::set_current_dir(workdir.path()).expect("working folder");
    println!("Goals: every list's first and 100th page within 2x of its nearly empty throughput;");
    println!(
        "submit at least 500/s on PostgreSQL. {} cores.",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    if settings.wrk && measure::port_taken(settings.port) {
        panic!("port {} is taken: give the benchmark a free PORT", settings.port);
    }
    let mut met = true;
    for engine in settings.engines.clone() {
        let empty = measure_database(engine, &settings, "empty", Counts::nearly_empty(), 1).await;
        let decade = measure_database(engine, &settings, "decade", Counts::decade(settings.factor), 100).await;
        met &= report(engine, &settings, &empty, &decade);
    }
    println!(
        "{}",
        if met {
            "Every goal met."
        } else {
            "Some goal missed (marked ✗ above)."
        }
    );
}

/// `empty / decade` as "1.23", marked ✗ when above 2.
fn ratio(empty: f64, decade: f64) -> (String, bool) {
    let ratio = empty / decade.max(f64::MIN_POSITIVE);
    (
        format!("{ratio:.2}{}", if ratio > 2.0 { " ✗" } else { "" }),
        ratio <= 2.0,
    )
}

/// Prints the engine's table (Markdown); answers whether its goals are met.
fn report(engine: Engine, settings: &Settings, empty: &Measured, decade: &Measured) -> bool {
    println!();
    println!(
        "{}, decade x{} ({}; seeded in {:.0} s) against nearly empty ({}):",
        engine.name(),
        settings.factor,
        decade.counts.describe(),
        decade.seeded_in,
        empty.counts.describe()
    );
    println!(
        "| list | page | in-process, nearly empty | in-process, decade | ratio | wrk, nearly empty | wrk, decade | ratio |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    let mut met = true;
    let show = |rate: Option<f64>| rate.map_or("-".to_owned(), |rate| format!("{rate:.0}/s"));
    for rate in &decade.lists {
        let base = empty
            .lists
            .iter()
            .find(|base| base.list == rate.list)
            .expect("the same list");
        let (in_process, ok) = ratio(base.in_process, rate.in_process);
        met &= ok;
        let wrk = match (base.wrk, rate.wrk) {
            (Some(base), Some(rate)) => {
                let (text, ok) = ratio(base, rate);
                met &= ok;
                text
            }
            _ => "-".to_owned(),
        };
        println!(
            "| {} | {} | {:.0}/s | {:.0}/s | {in_process} | {} | {} | {wrk} |",
            rate.list,
            rate.page,
            base.in_process,
            rate.in_process,
            show(base.wrk),
            show(rate.wrk)
        );
    }
    let (submit, ok) = (decade.submit, engine != Engine::Postgres || decade.submit >= 500.0);
    met &= ok;
    println!(
        "| create application (POST) | - | {:.0}/s | {:.0}/s | | | | |",
        empty.create, decade.create
    );
    println!(
        "| submit application (POST) | - | {:.0}/s | {submit:.0}/s{} | | | | |",
        empty.submit,
        if ok { "" } else { " ✗ (goal 500/s)" }
    );
    met
}
