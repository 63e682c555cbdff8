//! The migration that gives `risk_assessments` a subject carries over the trip assessments
//! stored as JSON on `sponsorship_requests` and the existing assessments of applications
//! with their comments. Runs on SQLite, and on PostgreSQL when `DATABASE_URL` names one.

use chrono::{DateTime, TimeZone, Utc};
use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement, Value};
use uuid::Uuid;

use super::rules::{ResidualRating, RiskStatus, Subject, SubjectKind};
use super::store;
use crate::db::{ConnectSettings, connect};

/// The migrations before the one under test.
const BEFORE: u32 = 15;

async fn database() -> DatabaseConnection {
    let url = std::env::var("DATABASE_URL").unwrap_or_default();
    if url.starts_with("postgres") {
        let schema = format!("m_{}", Uuid::new_v4().simple());
        let admin = connect(&ConnectSettings {
            url: url.clone(),
            schema: None,
            max_connections: 1,
        })
        .await
        .expect("postgres");
        admin
            .execute_unprepared(&format!("CREATE SCHEMA {schema}"))
            .await
            .expect("schema");
        connect(&ConnectSettings {
            url,
            schema: Some(schema),
            max_connections: 1,
        })
        .await
        .expect("postgres schema")
    } else {
        connect(&ConnectSettings {
            url: "sqlite::memory:".to_owned(),
            schema: None,
            max_connections: 1,
        })
        .await
        .expect("sqlite")
    }
}

fn at(hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, hour, 30, 0).single().expect("time")
}

async fn exec(db: &DatabaseConnection, sql: &str, values: Vec<Value>) {
    let backend = db.get_database_backend();
    let sql = if backend == DbBackend::Postgres {
        let mut numbered = String::new();
        for (index, part) in sql.split('?').enumerate() {
            if index > 0 {
                numbered.push_str(&format!("${index}"));
            }
            numbered.push_str(part);
        }
        numbered
    } else {
        sql.to_owned()
    };
    if let Err(error) = db
        .execute_raw(Statement::from_sql_and_values(backend, sql.clone(), values))
        .await
    {
        panic!("{sql}: {error}");
    }
}

#[tokio::test]
async fn trip_and_application_assessments_are_carried_over_with_their_subjects() {
    let db = database().await;
    Migrator::up(&db, Some(BEFORE)).await.expect("the migrations before");
    let postgres = db.get_database_backend() == DbBackend::Postgres;
    // The old rows refer to users, organisations, events and applications this test does
    // not create: foreign keys are not what is under test.
    if postgres {
        db.execute_unprepared("SET session_replication_role = replica")
            .await
            .expect("no triggers");
    } else {
        db.execute_unprepared("PRAGMA foreign_keys = OFF")
            .await
            .expect("no foreign keys");
    }
    let (officer, second) = (Uuid::new_v4(), Uuid::new_v4());
    let (approved_trip, pending_trip, plain_trip) = (Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4());
    let json_cast = if postgres { "CAST(? AS jsonb)" } else { "?" };
    for (id, risk) in [
        (
            approved_trip,
            Some(serde_json::json!({
                "risks": [{"category": "physical_safety", "description": "Unrest near the venue", "likelihood": 3,
                           "impact": 4, "mitigation": "Hotel inside the secure zone"}],
                "residual_rating": "high", "submitted_by": officer, "submitted_at": at(9),
                "first_approved_by": officer, "approved_at": at(11)})),
        ),
        (
            pending_trip,
            Some(serde_json::json!({
                "risks": [], "residual_rating": "critical", "submitted_by": second, "submitted_at": at(10),
                "first_approved_by": null, "approved_at": null})),
        ),
        (plain_trip, None),
    ] {
        let sql = format!(
            "INSERT INTO sponsorship_requests (id, event_id, organisation_id, traveller_name, traveller_key, gender, \
             age_band, role, nationality, origin_city, origin_country, airfare_estimate, airfare_currency, arrival_on, \
             departure_on, nights, entitlement, breakdown, status, requested_by, requested_at, risk_assessment, \
             risk_status) VALUES (?, ?, ?, 'A B', 'a b', 'female', '25-34', 'Lead', 'KE', 'Nairobi', 'KE', 1, 'USD', ?, ?, \
             1, 1, {json_cast}, 'approved', ?, ?, {json_cast}, ?)"
        );
        let day = at(9).date_naive();
        exec(
            &db,
            &sql,
            vec![
                id.into(),
                Uuid::new_v4().into(),
                Uuid::new_v4().into(),
                day.into(),
                day.into(),
                "{}".into(),
                officer.into(),
                at(8).into(),
                risk.as_ref().map(|risk| risk.to_string()).into(),
                risk.as_ref().map(|_| "submitted".to_owned()).into(),
            ],
        )
        .await;
    }
    let (application, assessment) = (Uuid::new_v4(), Uuid::new_v4());
    exec(
        &db,
        &format!(
            "INSERT INTO risk_assessments (id, application_id, risks, residual_rating, status, submitted_by, \
             submitted_at) VALUES (?, ?, {json_cast}, 'medium', 'submitted', ?, ?)"
        ),
        vec![
            assessment.into(),
            application.into(),
            "[]".into(),
            officer.into(),
            at(7).into(),
        ],
    )
    .await;
    exec(
        &db,
        "INSERT INTO risk_comments (id, risk_assessment_id, author_id, body, created_at) VALUES (?, ?, ?, 'Noted', ?)",
        vec![Uuid::new_v4().into(), assessment.into(), second.into(), at(8).into()],
    )
    .await;

    Migrator::up(&db, None).await.expect("the migration under test");

    let trip = store::of_subject(&db, Subject::Sponsorship(approved_trip))
        .await
        .expect("read")
        .expect("the approved trip's assessment");
    assert_eq!(trip.subject_type, SubjectKind::SponsorshipRequest);
    assert_eq!(trip.application_id, None);
    assert_eq!(trip.status, RiskStatus::Approved);
    assert_eq!(trip.residual_rating, ResidualRating::High);
    assert_eq!(trip.submitted_by, officer);
    assert_eq!(trip.submitted_at, at(9));
    assert_eq!(trip.first_approved_by, Some(officer));
    assert_eq!(trip.approved_at, Some(at(11)));
    assert_eq!(trip.risks[0]["mitigation"], "Hotel inside the secure zone");

    let pending = store::of_subject(&db, Subject::Sponsorship(pending_trip))
        .await
        .expect("read")
        .expect("the pending trip's assessment");
    assert_eq!(
        (pending.status, pending.residual_rating),
        (RiskStatus::Submitted, ResidualRating::Critical)
    );
    assert_eq!((pending.first_approved_by, pending.approved_at), (None, None));
    assert!(
        store::of_subject(&db, Subject::Sponsorship(plain_trip))
            .await
            .expect("read")
            .is_none()
    );

    let kept = store::of_subject(&db, Subject::Application(application))
        .await
        .expect("read")
        .expect("the application's assessment");
    assert_eq!(kept.id, assessment);
    assert_eq!(kept.subject(), Ok(Subject::Application(application)));
    assert_eq!(kept.submitted_at, at(7));
    let comments = store::comments_of(&db, assessment).await.expect("comments");
    assert_eq!(comments.len(), 1);
    assert_eq!(comments[0].body, "Noted");
}
