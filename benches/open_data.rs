//! Benchmark: the open-data exports of 10,000 accepted awards, each with two tranches and
//! five paid disbursements, from organisations under every publication policy, on the
//! embedded SQLite database. Each export is written a page of awards at a time, so the
//! process must stay under 200 MB of resident memory whatever the number of awards.
//! Prints the time, the size and the peak resident memory of each file.
//! Run with `cargo bench --bench open_data`.

use std::time::Instant;

use axum::http::StatusCode;
use chrono::Duration;
use grantdesk::applications::rules::ApplicationStatus;
use grantdesk::applications::store::application;
use grantdesk::awards::rules::AwardStatus;
use grantdesk::awards::store::{award, tranche};
use grantdesk::db::statement;
use grantdesk::disbursements::rules::DisbursementStatus;
use grantdesk::disbursements::store::disbursement;
use grantdesk::money::Currency;
use grantdesk::open_data::service::{self, Standard};
use sea_orm::{ConnectionTrait, EntityTrait};
use serde_json::{Value, json};
use uuid::Uuid;

mod common;
use common::{call, peak_rss_mb};

const AWARDS: usize = 10_000;
const PAYMENTS_PER_AWARD: usize = 5;
const BATCH: usize = 1_000;
const ORGANISATIONS: usize = 40;

fn main() {
    common::block_on(run());
}

async fn run() {
    let dir = tempfile::tempdir().expect("folder");
    let (state, router, connection, now) = common::start(&dir).await;
    let common::Cast {
        officer,
        member,
        finance: (finance_id, _),
    } = common::cast(&state, &router).await;
    let policies = ["full", "anonymised", "region_only", "withheld"];
    let mut organisations = Vec::new();
    for (index, country) in ["KE", "GB", "KG", "CO", "JO"]
        .iter()
        .cycle()
        .take(ORGANISATIONS)
        .enumerate()
    {
        let body = json!({
            "legal_name": format!("Open data organisation {index}"), "country": country,
            "registration_number": format!("{:07}", 1_000_000 + index), "year_founded": 2010,
            "thematic_areas": ["youth"], "women_led": false, "youth_led": true,
        });
        let (status, answer) = call(&router, "POST", "/organisations", &member, Some(body)).await;
        assert_eq!(status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&answer));
        let answer: Value = serde_json::from_slice(&answer).expect("json");
        let id = Uuid::parse_str(answer["id"].as_str().expect("id")).expect("uuid");
        let policy = policies[index % policies.len()];
        let sql = "UPDATE organisations SET publication_policy = $1 WHERE id = $2";
        connection
            .execute_raw(statement(&connection, sql, vec![policy.into(), id.into()]))
            .await
            .expect("policy");
        organisations.push(id);
    }
    let body = json!({
        "title": "Open data bench call", "description": "Bench.", "thematic_areas": ["youth", "gender", "human_rights"],
        "eligibility_criteria": [{"key": "registered", "description": "Registered"}],
        "rubric": [{"key": "relevance", "description": "Relevance", "weight": "1", "min_score": 0, "max_score": 5}],
        "currency": "EUR", "budget_ceiling": "900000000", "min_grant": "1", "max_grant": "900000000",
        "opens_at": now - Duration::hours(1), "closes_at": now + Duration::days(7), "appeal_window_days": 14,
    });
    let (status, answer) = call(&router, "POST", "/calls", &officer, Some(body)).await;
    assert_eq!(status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&answer));
    let answer: Value = serde_json::from_slice(&answer).expect("json");
    let call_id = Uuid::parse_str(answer["id"].as_str().expect("id")).expect("uuid");
    let sql = "UPDATE calls SET status = 'decided' WHERE id = $1";
    connection
        .execute_raw(statement(&connection, sql, vec![call_id.into()]))
        .await
        .expect("decided");

    let started = Instant::now();
    // Decisions stand in for the review process: foreign keys are off while awards are seeded.
    connection
        .execute_unprepared("PRAGMA foreign_keys = OFF")
        .await
        .expect("pragma");
    let eur = Currency::from_code("EUR").expect("EUR");
    for batch in 0..AWARDS / BATCH {
        let mut applications = Vec::new();
        let mut awards = Vec::new();
        let mut tranches = Vec::new();
        let mut payments = Vec::new();
        for offset in 0..BATCH {
            let index = batch * BATCH + offset;
            let organisation_id = organisations[index % organisations.len()];
            let (application_id, award_id) = (Uuid::new_v4(), Uuid::new_v4());
            let amount = 100_000_000 + (index as i64 % 977) * 10_000;
            applications.push(application::ActiveModel::from(application::Model {
                id: application_id,
                call_id,
                organisation_id,
                title: format!("Project {index}: youth dialogue"),
                summary: "Dialogue forums between young people and local authorities.".to_owned(),
                requested_amount: amount,
                currency: eur,
                budget_lines: json!([]),
                answers: json!({}),
                status: ApplicationStatus::Awarded,
                submitted_at: Some(now - Duration::days(90)),
                failed_criteria: None,
                eligibility_reason: None,
                screened_by: None,
                screened_at: None,
                decision_reason: Some("Bench.".to_owned()),
                decided_by: None,
                decided_at: Some(now - Duration::days(60)),
                created_by: finance_id,
                created_at: now - Duration::days(100),
                updated_at: now - Duration::days(60),
            }));
            awards.push(award::ActiveModel::from(award::Model {
                id: award_id,
                reference: format!("GD-BENCH-{index:06}"),
                application_id,
                decision_id: Uuid::new_v4(),
                call_id,
                organisation_id,
                amount,
                currency: eur,
                status: AwardStatus::Active,
                awarded_by: finance_id,
                awarded_at: now - Duration::days(60),
                accepted_by: Some(finance_id),
                accepted_at: Some(now - Duration::days(59)),
                closed_by: None,
                closed_at: None,
                closure_reason: None,
                released_amount: None,
            }));
            for number in 1..=2 {
                tranches.push(tranche::ActiveModel::from(tranche::Model {
                    id: Uuid::new_v4(),
                    award_id,
                    number,
                    amount: amount / 2,
                    percent: Some("50".to_owned()),
                    due_on: (now + Duration::days(i64::from(number) * 90)).date_naive(),
                    condition: "on signature".to_owned(),
                    obligation_id: None,
                }));
            }
            for payment in 0..PAYMENTS_PER_AWARD {
                let paid_at = now - Duration::days(50 - payment as i64);
                let owner = common::Owner {
                    award_id,
                    organisation_id,
                    call_id,
                };
                let row = common::disbursement_row(
                    &owner,
                    (finance_id, paid_at),
                    (amount / 10, eur),
                    DisbursementStatus::Paid,
                );
                payments.push(disbursement::ActiveModel::from(row));
            }
        }
        application::Entity::insert_many(applications)
            .exec(&connection)
            .await
            .expect("applications");
        award::Entity::insert_many(awards)
            .exec(&connection)
            .await
            .expect("awards");
        tranche::Entity::insert_many(tranches)
            .exec(&connection)
            .await
            .expect("tranches");
        for chunk in payments.chunks(BATCH) {
            disbursement::Entity::insert_many(chunk.to_vec())
                .exec(&connection)
                .await
                .expect("disbursements");
        }
    }
    connection
        .execute_unprepared("PRAGMA foreign_keys = ON")
        .await
        .expect("pragma");
    connection.execute_unprepared("ANALYZE").await.expect("analyze");
    println!(
        "seeded {AWARDS} accepted awards with {} paid disbursements in {:.1} s (peak RSS so far {:.0} MB)",
        AWARDS * PAYMENTS_PER_AWARD,
        started.elapsed().as_secs_f64(),
        peak_rss_mb()
    );

    let office = service::office(&state.config);
    let mut failed = false;
    for (name, standard) in [("360Giving", Standard::ThreeSixtyGiving), ("IATI", Standard::Iati)] {
        let started = Instant::now();
        let export = service::export(&state.db, &office, &state.reference, standard)
            .await
            .expect("export");
        let elapsed = started.elapsed().as_secs_f64();
        let peak = peak_rss_mb();
        println!(
            "{name}: {} grants published, {} withheld, {:.1} MB in {:.2} s; peak resident memory {peak:.0} MB",
            export.published,
            export.excluded,
            export.bytes as f64 / 1_048_576.0,
            elapsed
        );
        if export.published + export.excluded != AWARDS as u64 {
            eprintln!("FAIL: {name} did not account for every award");
            failed = true;
        }
        if peak > 200.0 {
            eprintln!("FAIL: resident memory went over 200 MB");
            failed = true;
        }
    }
    if failed {
        std::process::exit(1);
    }
}
