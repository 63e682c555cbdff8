//! One risk domain for two subjects: `risk_assessments` gets a `subject_type`
//! (`application` or `sponsorship_request`) and a nullable `sponsorship_request_id` beside
//! a now nullable `application_id`, and the trip assessments stored as JSON on
//! `sponsorship_requests.risk_assessment` are carried over as rows of their own.
//!
//! SQLite cannot make a column nullable in place, so the table (and `risk_comments`, which
//! refers to it) is rebuilt the same way on both engines: new tables, rows copied, old
//! tables dropped, new ones renamed, indexes created again under their old names. The old
//! JSON columns of `sponsorship_requests` are left as they were (no longer read).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const NEW_ASSESSMENTS: &str = "risk_assessments_by_subject";
const NEW_COMMENTS: &str = "risk_comments_by_subject";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let postgres = manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres;
        manager.create_table(assessments_table()).await?;
        db.execute_unprepared(&format!(
            "INSERT INTO {NEW_ASSESSMENTS} (id, subject_type, application_id, sponsorship_request_id, risks, \
             residual_rating, status, submitted_by, submitted_at, first_approved_by, first_approved_at, \
             second_approved_by, approved_at) \
             SELECT id, 'application', application_id, NULL, risks, residual_rating, status, submitted_by, \
             submitted_at, first_approved_by, first_approved_at, second_approved_by, approved_at \
             FROM risk_assessments"
        ))
        .await?;
        db.execute_unprepared(&copy_trips(postgres)).await?;
        manager.create_table(comments_table()).await?;
        db.execute_unprepared(&format!(
            "INSERT INTO {NEW_COMMENTS} (id, risk_assessment_id, author_id, body, created_at) \
             SELECT id, risk_assessment_id, author_id, body, created_at FROM risk_comments"
        ))
        .await?;
        manager
            .drop_table(Table::drop().table(Alias::new("risk_comments")).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Alias::new("risk_assessments")).to_owned())
            .await?;
        manager
            .rename_table(
                Table::rename()
                    .table(Alias::new(NEW_ASSESSMENTS), Alias::new("risk_assessments"))
                    .to_owned(),
            )
            .await?;
        manager
            .rename_table(
                Table::rename()
                    .table(Alias::new(NEW_COMMENTS), Alias::new("risk_comments"))
                    .to_owned(),
            )
            .await?;
        let assessments = || Alias::new("risk_assessments");
        for (name, column) in [
            ("idx_risk_assessments_status", "status"),
            ("idx_risk_assessments_submitted_by", "submitted_by"),
            ("idx_risk_assessments_first_approver", "first_approved_by"),
            ("idx_risk_assessments_second_approver", "second_approved_by"),
            ("idx_risk_assessments_subject_type", "subject_type"),
        ] {
            crate::index(manager, assessments(), name, &[column]).await?;
        }
        crate::index(
            manager,
            Alias::new("risk_comments"),
            "idx_risk_comments_assessment",
            &["risk_assessment_id"],
        )
        .await?;
        crate::index(
            manager,
            Alias::new("risk_comments"),
            "idx_risk_comments_author",
            &["author_id"],
        )
        .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration(
            "risk assessments of sponsored trips cannot be folded back into sponsorship_requests; restore a backup"
                .to_owned(),
        ))
    }
}

/// The assessments table by subject: exactly one of `application_id` and
/// `sponsorship_request_id` is set, as `subject_type` says.
fn assessments_table() -> TableCreateStatement {
    let table = || Alias::new(NEW_ASSESSMENTS);
    let users = || Alias::new("users");
    let id = || Alias::new("id");
    let user_key = |column: &'static str| {
        ForeignKey::create()
            .from(table(), Alias::new(column))
            .to(users(), id())
            .to_owned()
    };
    Table::create()
        .table(table())
        .col(uuid(Alias::new("id")).primary_key())
        .col(string(Alias::new("subject_type")))
        .col(uuid_null(Alias::new("application_id")).unique_key())
        .col(uuid_null(Alias::new("sponsorship_request_id")).unique_key())
        .col(json_binary(Alias::new("risks")))
        .col(string(Alias::new("residual_rating")))
        .col(string(Alias::new("status")))
        .col(uuid(Alias::new("submitted_by")))
        .col(timestamp_with_time_zone(Alias::new("submitted_at")))
        .col(uuid_null(Alias::new("first_approved_by")))
        .col(timestamp_with_time_zone_null(Alias::new("first_approved_at")))
        .col(uuid_null(Alias::new("second_approved_by")))
        .col(timestamp_with_time_zone_null(Alias::new("approved_at")))
        .foreign_key(
            ForeignKey::create()
                .from(table(), Alias::new("application_id"))
                .to(Alias::new("applications"), id()),
        )
        .foreign_key(
            ForeignKey::create()
                .from(table(), Alias::new("sponsorship_request_id"))
                .to(Alias::new("sponsorship_requests"), id()),
        )
        .foreign_key(&mut user_key("submitted_by"))
        .foreign_key(&mut user_key("first_approved_by"))
        .foreign_key(&mut user_key("second_approved_by"))
        .to_owned()
}

/// The comments table, referring to the new assessments table (renamed with it).
fn comments_table() -> TableCreateStatement {
    let table = || Alias::new(NEW_COMMENTS);
    Table::create()
        .table(table())
        .col(uuid(Alias::new("id")).primary_key())
        .col(uuid(Alias::new("risk_assessment_id")))
        .col(uuid(Alias::new("author_id")))
        .col(text(Alias::new("body")))
        .col(timestamp_with_time_zone(Alias::new("created_at")))
        .foreign_key(
            ForeignKey::create()
                .from(table(), Alias::new("risk_assessment_id"))
                .to(Alias::new(NEW_ASSESSMENTS), Alias::new("id")),
        )
        .foreign_key(
            ForeignKey::create()
                .from(table(), Alias::new("author_id"))
                .to(Alias::new("users"), Alias::new("id")),
        )
        .to_owned()
}

/// Copies each trip assessment stored as JSON on its sponsorship request into a row (the
/// request's id doubles as the assessment's: both are UUIDs). The JSON held `risks`,
/// `residual_rating`, `submitted_by`, `submitted_at`, `first_approved_by` and `approved_at`;
/// an assessment is approved exactly when `approved_at` is set. SQLite stores UUIDs as 16-byte
/// blobs and timestamps as RFC 3339 text with an offset, PostgreSQL as `uuid` and
/// `timestamptz`.
fn copy_trips(postgres: bool) -> String {
    let columns = "id, subject_type, application_id, sponsorship_request_id, risks, residual_rating, status, \
                   submitted_by, submitted_at, first_approved_by, first_approved_at, second_approved_by, approved_at";
    let select = if postgres {
        "SELECT s.id, 'sponsorship_request', NULL, s.id, s.risk_assessment -> 'risks', \
         s.risk_assessment ->> 'residual_rating', \
         CASE WHEN s.risk_assessment ->> 'approved_at' IS NULL THEN 'submitted' ELSE 'approved' END, \
         (s.risk_assessment ->> 'submitted_by')::uuid, (s.risk_assessment ->> 'submitted_at')::timestamptz, \
         (s.risk_assessment ->> 'first_approved_by')::uuid, NULL, NULL, \
         (s.risk_assessment ->> 'approved_at')::timestamptz \
         FROM sponsorship_requests s WHERE s.risk_assessment IS NOT NULL AND s.risk_assessment::text <> 'null'"
    } else {
        "SELECT s.id, 'sponsorship_request', NULL, s.id, json_extract(s.risk_assessment, '$.risks'), \
         json_extract(s.risk_assessment, '$.residual_rating'), \
         CASE WHEN json_extract(s.risk_assessment, '$.approved_at') IS NULL THEN 'submitted' ELSE 'approved' END, \
         unhex(replace(json_extract(s.risk_assessment, '$.submitted_by'), '-', '')), \
         replace(json_extract(s.risk_assessment, '$.submitted_at'), 'Z', '+00:00'), \
         unhex(replace(json_extract(s.risk_assessment, '$.first_approved_by'), '-', '')), NULL, NULL, \
         replace(json_extract(s.risk_assessment, '$.approved_at'), 'Z', '+00:00') \
         FROM sponsorship_requests s WHERE s.risk_assessment IS NOT NULL AND s.risk_assessment <> 'null'"
    };
    format!("INSERT INTO {NEW_ASSESSMENTS} ({columns}) {select}")
}
