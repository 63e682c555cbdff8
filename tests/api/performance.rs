//! Lists that stay flat at ten years of data, and writes that do only their work:
//! - every list's own query (built by the same store function the service calls, so this
//!   cannot drift from the code) is planned by the database, and a plan that reads the
//!   whole table or sorts it for the `ORDER BY` fails;
//! - walking a list by `cursor` returns every item exactly once while items are added
//!   between pages, and a tampered cursor is a 400;
//! - submit and create run a bounded number of SQL statements, counted on the connection.

use std::sync::Arc;

use axum::http::StatusCode;
use chrono::{NaiveDate, TimeZone, Utc};
use grantdesk::applications::rules::ApplicationStatus;
use grantdesk::applications::store::ApplicationFilter;
use grantdesk::audit::AuditFilter;
use grantdesk::awards::rules::AwardStatus;
use grantdesk::awards::store::AwardFilter;
use grantdesk::calls::rules::CallStatus;
use grantdesk::calls::store::CallFilter;
use grantdesk::disbursements::rules::DisbursementStatus;
use grantdesk::disbursements::store::{Filter, Source};
use grantdesk::money::Currency;
use grantdesk::organisations::store::OrganisationFilter;
use grantdesk::reminders::rules::DeliveryStatus;
use grantdesk::reports::ledger_rules::LedgerFilter;
use grantdesk::reports::rules::Period;
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, QueryOrder, QuerySelect, QueryTrait, Statement,
    TransactionTrait,
};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{TestApp, spawn_app};

/// How the database plans `statement`, one line per step.
async fn plan(db: &DatabaseConnection, statement: Statement) -> Vec<String> {
    let backend = db.get_database_backend();
    let postgres = backend == DbBackend::Postgres;
    let (prefix, column) = match postgres {
        true => ("EXPLAIN ", "QUERY PLAN"),
        false => ("EXPLAIN QUERY PLAN ", "detail"),
    };
    let explain = Statement {
        sql: format!("{prefix}{}", statement.sql),
        ..statement
    };
    let txn = db.begin().await.expect("transaction");
    if postgres {
        // The test tables are nearly empty, where a sequential scan is cheapest whatever
        // the indexes; with scans and sorts priced out, PostgreSQL still picks one only
        // when no index serves the filter and the order, which is what this test asks.
        txn.execute_unprepared("SET LOCAL enable_seqscan = off; SET LOCAL enable_sort = off")
            .await
            .expect("planner settings");
    }
    let rows = txn.query_all_raw(explain).await.expect("plan");
    txn.rollback().await.expect("rolled back");
    rows.iter()
        .map(|row| row.try_get::<String>("", column).expect("plan line"))
        .collect()
}

/// Fails when the plan reads `table` whole or sorts for the `ORDER BY`. (SQLite's bare
/// `SCAN audit_events` is a walk in rowid order, which is `seq`, the list's order: it
/// stops at the page's end, so it is allowed there.)
fn assert_served_by_an_index(name: &str, table: &str, lines: &[String]) {
    let whole_table = match table {
        "audit_events" => "-".to_owned(),
        _ => format!("SCAN {table}"),
    };
    let bad = lines.iter().find(|line| {
        let line = line.trim();
        line.contains("TEMP B-TREE") || line == whole_table || line.contains("Seq Scan") || line.contains("Sort")
    });
    assert!(
        bad.is_none(),
        "{name}: the plan scans or sorts ({bad:?}):\n{}",
        lines.join("\n")
    );
}

/// Fails unless the plan reads `disbursements` by seeks only: in SQLite a `SEARCH`, never a
/// `SCAN` of the table or of a whole index; in PostgreSQL an index scan with an
/// `Index Cond`, never a scan without one.
fn assert_seeks_only(name: &str, lines: &[String]) {
    let bad = lines.iter().enumerate().find(|(index, line)| {
        let step = line.trim_start_matches(|character: char| "|`- ".contains(character));
        let sqlite_scan = step
            .strip_prefix("SCAN ")
            .is_some_and(|rest| matches!(rest.split_whitespace().next(), Some("disbursements" | "d")));
        let postgres_scan = line.contains("Scan")
            && line.contains("disbursements")
            && !lines.get(index + 1).is_some_and(|next| next.contains("Index Cond"));
        sqlite_scan || postgres_scan
    });
    assert!(
        bad.is_none(),
        "{name}: the plan reads more than it seeks ({bad:?}):\n{}",
        lines.join("\n")
    );
}

/// The list's query as the store builds it, one page of 50 as the API asks.
fn page<E: sea_orm::EntityTrait>(db: &DatabaseConnection, query: sea_orm::Select<E>) -> Statement {
    query.limit(51).offset(0).build(db.get_database_backend())
}

#[tokio::test]
async fn every_list_is_served_by_an_index_on_its_first_and_later_pages() {
    let app = spawn_app().await;
    let db = &app.db;
    // ANALYZE gathers what statistics there are: the planner sees the indexes as they are.
    db.execute_unprepared("ANALYZE").await.expect("analyzed");
    let id = Uuid::new_v4();
    let at = Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).single().expect("instant");
    let after = Some((at, id));

    let mut cases: Vec<(&str, &str, Statement)> = Vec::new();
    use grantdesk::applications::store as applications;
    let officer = ApplicationFilter::default();
    let by_status = ApplicationFilter {
        status: Some(ApplicationStatus::Submitted),
        ..Default::default()
    };
    let by_call = ApplicationFilter {
        call_id: Some(id),
        ..Default::default()
    };
    let by_organisation = ApplicationFilter {
        organisation_id: Some(id),
        ..Default::default()
    };
    let applicant = ApplicationFilter {
        organisations: Some(vec![id]),
        ..Default::default()
    };
    for (name, filter) in [
        ("applications", &officer),
        ("applications?status", &by_status),
        ("applications?call_id", &by_call),
        ("applications?organisation_id", &by_organisation),
        ("applications (an applicant's)", &applicant),
    ] {
        cases.push((name, "applications", page(db, applications::list_query(filter, None))));
        cases.push((name, "applications", page(db, applications::list_query(filter, after))));
    }

    let calls = CallFilter {
        statuses: grantdesk::calls::rules::ALL_STATUSES
            .into_iter()
            .filter(|status| status.is_public())
            .collect(),
        thematic_area: None,
        region: None,
        now: at,
    };
    let open = CallFilter {
        statuses: vec![CallStatus::Open],
        ..calls.clone()
    };
    for filter in [&calls, &open] {
        use grantdesk::calls::store::list_query;
        cases.push(("calls", "calls", page(db, list_query(db, filter, None))));
        cases.push(("calls", "calls", page(db, list_query(db, filter, after))));
    }

    let by_country = OrganisationFilter {
        country: Some("KE".to_owned()),
        ..Default::default()
    };
    for filter in [&OrganisationFilter::default(), &by_country] {
        use grantdesk::organisations::store::list_query;
        let after = Some(("Kisumu Women".to_owned(), id));
        cases.push(("organisations", "organisations", page(db, list_query(filter, None))));
        cases.push(("organisations", "organisations", page(db, list_query(filter, after))));
    }

    for filter in [
        AwardFilter::default(),
        AwardFilter {
            status: Some(AwardStatus::Active),
            ..Default::default()
        },
        AwardFilter {
            call_id: Some(id),
            ..Default::default()
        },
        AwardFilter {
            only_organisations: Some(vec![id]),
            ..Default::default()
        },
    ] {
        use grantdesk::awards::store::list_query;
        cases.push(("awards", "awards", page(db, list_query(&filter, None))));
        cases.push(("awards", "awards", page(db, list_query(&filter, after))));
    }

    for filter in [
        Filter::default(),
        Filter {
            status: Some(DisbursementStatus::Requested),
            ..Default::default()
        },
        Filter {
            source: Some(Source::Award(id)),
            ..Default::default()
        },
        Filter {
            source: Some(Source::Sponsorship(id)),
            ..Default::default()
        },
    ] {
        use grantdesk::disbursements::store::list_query;
        cases.push(("disbursements", "disbursements", page(db, list_query(filter, None))));
        cases.push(("disbursements", "disbursements", page(db, list_query(filter, after))));
    }

    let ledger = LedgerFilter {
        period: Period {
            from: NaiveDate::from_ymd_opt(2026, 1, 1).expect("day"),
            to: NaiveDate::from_ymd_opt(2026, 12, 31).expect("day"),
        },
        status: None,
        call_id: None,
        event_id: None,
        organisation_id: None,
    };
    let (sql, values) = grantdesk::reports::ledger_store::payments_sql(&ledger, (ledger.period.from, Uuid::nil()), 51);
    cases.push(("reports/payments", "d", grantdesk::db::statement(db, &sql, values)));

    {
        use grantdesk::sponsorships::store::of_event_query;
        cases.push((
            "sponsorship requests",
            "sponsorship_requests",
            page(db, of_event_query(id, None, None)),
        ));
        cases.push((
            "sponsorship requests",
            "sponsorship_requests",
            page(db, of_event_query(id, None, after)),
        ));
    }

    for filter in [
        AuditFilter::default(),
        AuditFilter {
            subject_type: Some("application".to_owned()),
            subject_id: None,
        },
        AuditFilter {
            subject_type: Some("application".to_owned()),
            subject_id: Some(id.to_string()),
        },
    ] {
        use grantdesk::audit::list_query;
        cases.push(("audit", "audit_events", page(db, list_query(&filter, None))));
        cases.push(("audit", "audit_events", page(db, list_query(&filter, Some(1_000_000)))));
    }

    {
        use grantdesk::reminders::store::list_query;
        cases.push(("notifications", "outbox", page(db, list_query(Some(id), None, None))));
        cases.push(("notifications", "outbox", page(db, list_query(Some(id), None, after))));
        cases.push(("admin/outbox", "outbox", page(db, list_query(None, None, None))));
        cases.push(("admin/outbox", "outbox", page(db, list_query(None, None, after))));
        let failed = Some(DeliveryStatus::Failed);
        cases.push((
            "admin/outbox?status",
            "outbox",
            page(db, list_query(None, failed, after)),
        ));
    }

    {
        use grantdesk::reviews::store::{assignments_query, reviews_query};
        cases.push(("assignments", "review_assignments", page(db, assignments_query(id))));
        cases.push(("reviews", "reviews", page(db, reviews_query(id))));
        let of_organisation = grantdesk::diligence::store::of_organisation_query(id);
        cases.push(("due diligence", "due_diligence", page(db, of_organisation)));
    }

    for (name, table, statement) in cases {
        let lines = plan(db, statement).await;
        assert_served_by_an_index(name, table, &lines);
    }

    // The header's unread count reads the partial index of the unread ones, not all of a
    // person's notifications.
    let unread = grantdesk::reminders::store::unread_query(id)
        .limit(100)
        .build(db.get_database_backend());
    let lines = plan(db, unread).await;
    assert!(
        lines.iter().any(|line| line.contains("idx_outbox_unread")),
        "the unread count reads the unread index:\n{}",
        lines.join("\n")
    );

    // A report's conversion finds a pair's latest rate by a seek into the partial index of
    // the payments with a rate, not by reading every disbursement.
    let (euro, dollar) = (
        Currency::from_code("EUR").expect("EUR"),
        Currency::from_code("USD").expect("USD"),
    );
    let until = at.date_naive();
    let rate = grantdesk::reports::fx_store::payment_rate_query(db.get_database_backend(), euro, dollar, until);
    let lines = plan(db, rate).await;
    assert_served_by_an_index("payment rate", "disbursements", &lines);
    assert!(
        lines.iter().any(|line| line.contains("idx_disbursements_rates")),
        "the rate is read from the rates' index:\n{}",
        lines.join("\n")
    );

    // The reports page's currencies with a rate are a loose index scan of the same index:
    // a seek per currency and per pair, never a read of every payment with a rate, which
    // the check catches.
    let backend = db.get_database_backend();
    let pairs = grantdesk::reports::fx_store::pairs_with_rates_query(backend);
    let lines = plan(db, pairs).await;
    assert_seeks_only("currencies with a rate", &lines);
    let every = "SELECT DISTINCT currency, counted_currency FROM disbursements WHERE fx_rate IS NOT NULL";
    let lines = plan(db, Statement::from_string(backend, every)).await;
    let caught = std::panic::catch_unwind(|| assert_seeks_only("every payment with a rate", &lines));
    assert!(
        caught.is_err(),
        "a read of every payment must fail:\n{}",
        lines.join("\n")
    );

    // The check itself catches a list no index serves: the same order on a column no
    // index covers scans and sorts.
    use grantdesk::applications::store::application;
    let unindexed = application::Entity::find().order_by_desc(application::Column::Title);
    let lines = plan(db, page(db, unindexed)).await;
    let caught = std::panic::catch_unwind(|| assert_served_by_an_index("unindexed", "applications", &lines));
    assert!(caught.is_err(), "an unindexed order must fail:\n{}", lines.join("\n"));
}

/// One page of `path` after `cursor`: its items' ids, the next cursor and the body.
async fn next_page(
    app: &TestApp,
    path: &str,
    token: &str,
    cursor: Option<&str>,
) -> (Vec<String>, Option<String>, Value) {
    let url = match cursor {
        Some(cursor) => format!("{path}&cursor={cursor}"),
        None => path.to_owned(),
    };
    let answer = app.get(&url, token).await;
    assert_eq!(answer.status, StatusCode::OK, "{url}: {}", answer.text);
    let ids = answer.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|item| item["id"].as_str().expect("id").to_owned())
        .collect();
    let next = answer.body["next_cursor"].as_str().map(str::to_owned);
    (ids, next, answer.body)
}

#[tokio::test]
async fn walking_a_list_by_cursor_reads_every_item_once_while_items_are_added() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let call = app.open_call(&officer).await;
    // Seven drafts, some created at the same instant (the order's tie is the id).
    let mut before = Vec::new();
    for number in 0..7 {
        if number % 3 == 0 {
            app.clock.advance(chrono::Duration::seconds(1));
        }
        before.push(app.draft_application(&member, &organisation, &call).await);
    }
    let path = "/applications?limit=3";
    let mut read = Vec::new();
    let mut added = Vec::new();
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let (ids, next, body) = next_page(&app, path, &officer.token, cursor.as_deref()).await;
        assert!(ids.len() <= 3, "{body}");
        // No page counts unless asked: a count of ten years of rows costs more than a page.
        assert!(body.get("total").is_none(), "{body}");
        read.extend(ids);
        pages += 1;
        // A newer application arrives between the pages (newest first: before the cursor).
        added.push(app.draft_application(&member, &organisation, &call).await);
        match next {
            Some(next) => cursor = Some(next),
            None => break,
        }
        assert!(pages < 10, "the walk ends");
    }
    let everything = app.get("/applications?limit=500", &officer.token).await;
    let expected: Vec<String> = everything.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|item| item["id"].as_str().expect("id").to_owned())
        .filter(|id| before.contains(id))
        .collect();
    assert_eq!(expected.len(), before.len());
    assert_eq!(read, expected, "every application once, newest first");
    assert_eq!(pages, 3);

    // A first or later page counts when asked; an offset still works.
    let first = app.get(&format!("{path}&count=true"), &officer.token).await;
    assert_eq!(first.body["total"], json!(before.len() + added.len()), "{}", first.text);
    let (_, next, _) = next_page(&app, path, &officer.token, None).await;
    let counted = app
        .get(
            &format!("{path}&count=true&cursor={}", next.expect("a second page")),
            &officer.token,
        )
        .await;
    assert_eq!(
        counted.body["total"],
        json!(before.len() + added.len()),
        "{}",
        counted.text
    );
    let offset = app.get("/applications?limit=2&offset=1", &officer.token).await;
    let all = app.get("/applications?limit=500", &officer.token).await;
    assert_eq!(offset.body["items"][0]["id"], all.body["items"][1]["id"]);

    // By name: organisations added between pages sort before and after the cursor; the
    // ones there from the start are each read once, and nothing twice.
    let mut names = Vec::new();
    for name in ["Amani Trust", "Baraka Women", "Chama Youth", "Dada Network"] {
        let mut body = crate::support::organisation_body();
        body["legal_name"] = json!(name);
        let created = app.post("/organisations", &member.token, body).await;
        assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
        names.push(created.id());
    }
    let path = "/organisations?limit=2";
    let mut read = Vec::new();
    let mut cursor: Option<String> = None;
    let mut arriving = ["Aaa Early", "Zzz Late", "Mmm Middle", "Bbb Again", "Yyy Again"].into_iter();
    for _ in 0..20 {
        let (ids, next, _) = next_page(&app, path, &officer.token, cursor.as_deref()).await;
        read.extend(ids);
        if let Some(added) = arriving.next() {
            let mut body = crate::support::organisation_body();
            body["legal_name"] = json!(added);
            app.post("/organisations", &member.token, body).await;
        }
        match next {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    let mut unique = read.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), read.len(), "nothing twice: {read:?}");
    for id in names.iter().chain([&organisation]) {
        assert_eq!(
            read.iter().filter(|read| *read == id).count(),
            1,
            "{id} once in {read:?}"
        );
    }
}

#[tokio::test]
async fn a_tampered_cursor_is_a_400_on_every_list() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let good = grantdesk::keyset::encode(&(Utc::now(), Uuid::nil()));
    let tampered = [
        "!!!".to_owned(),
        "e30".to_owned(),
        good[..good.len() - 3].to_owned(),
        grantdesk::keyset::encode(&json!({"a": 1})),
    ];
    let lists = [
        "/applications",
        "/calls",
        "/organisations",
        "/awards",
        "/disbursements",
        "/audit",
        "/notifications",
        "/admin/outbox",
    ];
    for list in lists {
        for cursor in &tampered {
            let answer = app.get(&format!("{list}?cursor={cursor}"), &admin.token).await;
            assert_eq!(
                answer.status,
                StatusCode::BAD_REQUEST,
                "{list} {cursor}: {}",
                answer.text
            );
            assert_eq!(answer.problem_type(), "malformed-request", "{}", answer.text);
        }
    }
    let _ = organisation;
}

/// A connection to the test's database that writes down every SQL statement run through
/// it (and the transactions it begins), in order.
fn counting(app: &TestApp) -> (DatabaseConnection, Arc<std::sync::Mutex<Vec<String>>>) {
    let statements = Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut db = app.db.clone();
    let written = statements.clone();
    db.set_metric_callback(move |info| {
        written.lock().expect("statements").push(info.statement.sql.clone());
    });
    (db, statements)
}

#[tokio::test]
async fn create_and_submit_run_few_statements_counted_on_the_connection() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let call: Uuid = app.open_call(&officer).await.parse().expect("call id");
    let user = grantdesk::auth::CurrentUser {
        id: member.id,
        roles: vec![grantdesk::auth::Role::Applicant],
    };
    let (db, statements) = counting(&app);
    let input = serde_json::from_value(crate::support::application_body(&organisation)).expect("request");
    let now = grantdesk::clock::Clock::now(app.clock.as_ref());
    let created = grantdesk::applications::service::create(&db, now, &user, call, input)
        .await
        .expect("created");
    let create: Vec<String> = std::mem::take(&mut *statements.lock().expect("statements"));
    let submitted = grantdesk::applications::service::submit(&db, now, &user, created.id)
        .await
        .expect("submitted");
    let submit: Vec<String> = std::mem::take(&mut *statements.lock().expect("statements"));

    // Each write is its own transaction, which stores its audit event unlinked and takes no
    // lock, then the linking transaction that follows its commit. The limits count the
    // write's transaction; the linking one is counted apart, because under load one
    // linking transaction links the events of many writes (and the writes it served find
    // nothing left to link).
    let backend = app.db.get_database_backend();
    for (name, statements, limit) in [("create", &create, 6), ("submit", &submit, 8)] {
        let (write, linking) = split_at_linking(name, statements);
        assert!(
            write.len() <= limit,
            "{name} ran {} statements in its transaction:\n{}",
            write.len(),
            write.join("\n")
        );
        assert_linked_after_the_commit(name, write, linking, backend);
    }
    // The answer built from what the transaction held is the one a reader gets afterwards.
    let read = app.get(&format!("/applications/{}", created.id), &member.token).await;
    let mut answered = serde_json::to_value(&submitted).expect("json");
    let mut reread = read.body.clone();
    for body in [&mut answered, &mut reread] {
        body.as_object_mut().expect("object").remove("history");
    }
    assert_eq!(answered["status"], json!("submitted"));
    assert_eq!(answered, reread);
}

/// Splits a write's statements into its own transaction's (up to and including the
/// insert of its unlinked audit events) and the linking transaction's that follow.
fn split_at_linking<'a>(name: &str, statements: &'a [String]) -> (&'a [String], &'a [String]) {
    let stored = statements
        .iter()
        .rposition(|sql| sql.starts_with("INSERT INTO \"audit_pending\""))
        .unwrap_or_else(|| panic!("{name} stored no audit event:\n{}", statements.join("\n")));
    statements.split_at(stored + 1)
}

/// Fails unless the write's transaction takes no lock and the events are linked after its
/// commit by a transaction that does only that: on PostgreSQL the chain's advisory lock,
/// then taking the pending events out, reading the chain's head and inserting the events
/// (one statement each); on SQLite (one writer, no lock) the same without the lock. So the
/// lock is held for those three statements and the commit, never for a write's work.
fn assert_linked_after_the_commit(name: &str, write: &[String], linking: &[String], backend: DbBackend) {
    let shown = format!("{}\n-- linking --\n{}", write.join("\n"), linking.join("\n"));
    assert!(
        write.iter().all(|sql| !sql.contains("pg_advisory")),
        "{name}: the write's transaction takes no lock:\n{shown}"
    );
    assert!(
        write.iter().all(|sql| !sql.contains("\"audit_events\"")),
        "{name}: the write's transaction does not touch the chain:\n{shown}"
    );
    let expected: &[fn(&str) -> bool] = match backend {
        DbBackend::Postgres => &[
            |sql| sql.contains("pg_advisory_xact_lock"),
            |sql| sql.starts_with("DELETE FROM audit_pending") && sql.contains("RETURNING"),
            |sql| sql.starts_with("SELECT") && sql.contains("FROM \"audit_events\""),
            |sql| sql.starts_with("INSERT INTO \"audit_events\""),
        ],
        _ => &[
            |sql| sql.starts_with("DELETE FROM audit_pending") && sql.contains("RETURNING"),
            |sql| sql.starts_with("SELECT") && sql.contains("FROM \"audit_events\""),
            |sql| sql.starts_with("INSERT INTO \"audit_events\""),
        ],
    };
    assert_eq!(
        linking.len(),
        expected.len(),
        "{name}: the linking transaction runs {} statements:\n{shown}",
        expected.len()
    );
    for (index, (sql, step)) in linking.iter().zip(expected).enumerate() {
        assert!(
            step(sql),
            "{name}: linking statement {} is not the expected one:\n{shown}",
            index + 1
        );
    }
}

#[tokio::test]
async fn the_currencies_with_a_rate_are_those_a_read_of_every_payment_finds() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let decision = json!({"outcome": "awarded", "reason": "A strong proposal.", "amount": "24500.00"});
    let award = app.active_award(&scene, decision).await;
    let finance = app.finance().await;
    let payee = "IBAN JO71 CBJO 0000 0000 0000 1234 5678 90";
    for (key, amount, currency, rate) in [
        ("eur", "1000.00", "EUR", None),
        ("usd", "500.00", "USD", Some("0.9215")),
        ("usd-again", "400.00", "USD", Some("0.9301")),
        ("gbp", "300.00", "GBP", Some("1.1702")),
        ("jpy", "10000", "JPY", Some("0.0061")),
        ("kes", "10000.00", "KES", Some("0.0071")),
    ] {
        let mut body = json!({"amount": amount, "currency": currency, "payee_reference": payee});
        if let Some(rate) = rate {
            body["fx_rate"] = json!(rate);
        }
        let answer = app.request_disbursement(&finance, &award, key, body).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text);
    }
    let found = grantdesk::reports::fx_store::currencies_with_rates(&app.db)
        .await
        .expect("currencies");
    let found: Vec<&str> = found.iter().map(|currency| currency.code()).collect();
    assert_eq!(found, ["EUR", "GBP", "JPY", "KES", "USD"]);
    let every = "SELECT DISTINCT currency, counted_currency FROM disbursements WHERE fx_rate IS NOT NULL";
    let rows = app
        .db
        .query_all_raw(Statement::from_string(app.db.get_database_backend(), every))
        .await
        .expect("every payment with a rate");
    let mut read: Vec<String> = rows
        .iter()
        .flat_map(|row| {
            ["currency", "counted_currency"].map(|column| row.try_get::<String>("", column).expect("a code"))
        })
        .collect();
    read.sort();
    read.dedup();
    assert_eq!(found, read, "the same currencies as the read of every payment");
}
