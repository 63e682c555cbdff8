//! Lists that stay flat at ten years of data: for every list, the composite index that
//! serves its filter and its order together (`(status, created_at DESC, id)` and the like),
//! so a page is a seek into an index and never a scan and sort of the whole table; keyset
//! pages (`cursor=`) seek on the same index. `tests/api/performance.rs` runs each list's own
//! query under `EXPLAIN` and fails on a full scan or a sort.

use sea_orm_migration::prelude::*;

/// `(table, index name, columns)`; a column ending in ` DESC` is indexed descending.
const INDEXES: &[(&str, &str, &[&str])] = &[
    ("applications", "idx_applications_list", &["created_at DESC", "id"]),
    (
        "applications",
        "idx_applications_status_list",
        &["status", "created_at DESC", "id"],
    ),
    (
        "applications",
        "idx_applications_call_list",
        &["call_id", "created_at DESC", "id"],
    ),
    (
        "applications",
        "idx_applications_organisation_list",
        &["organisation_id", "created_at DESC", "id"],
    ),
    ("calls", "idx_calls_list", &["closes_at", "id"]),
    ("calls", "idx_calls_status_list", &["status", "closes_at", "id"]),
    ("organisations", "idx_organisations_list", &["legal_name", "id"]),
    (
        "organisations",
        "idx_organisations_country_list",
        &["country", "legal_name", "id"],
    ),
    ("awards", "idx_awards_list", &["awarded_at DESC", "id"]),
    ("awards", "idx_awards_status_list", &["status", "awarded_at DESC", "id"]),
    ("awards", "idx_awards_call_list", &["call_id", "awarded_at DESC", "id"]),
    (
        "awards",
        "idx_awards_organisation_list",
        &["organisation_id", "awarded_at DESC", "id"],
    ),
    ("disbursements", "idx_disbursements_list", &["requested_at", "id"]),
    (
        "disbursements",
        "idx_disbursements_status_list",
        &["status", "requested_at", "id"],
    ),
    (
        "disbursements",
        "idx_disbursements_award_list",
        &["award_id", "requested_at", "id"],
    ),
    (
        "disbursements",
        "idx_disbursements_sponsorship_list",
        &["sponsorship_id", "requested_at", "id"],
    ),
    ("disbursements", "idx_disbursements_ledger", &["requested_on", "id"]),
    (
        "sponsorship_requests",
        "idx_sponsorships_event_list",
        &["event_id", "requested_at", "id"],
    ),
    ("audit_events", "idx_audit_type_list", &["subject_type", "seq DESC"]),
    (
        "audit_events",
        "idx_audit_subject_list",
        &["subject_type", "subject_id", "seq DESC"],
    ),
    ("outbox", "idx_outbox_list", &["created_at DESC", "id"]),
    ("outbox", "idx_outbox_user_list", &["user_id", "created_at DESC", "id"]),
    ("outbox", "idx_outbox_status_list", &["status", "created_at DESC", "id"]),
    (
        "review_assignments",
        "idx_review_assignments_application_list",
        &["application_id", "assigned_at"],
    ),
    (
        "reviews",
        "idx_reviews_application_list",
        &["application_id", "submitted_at"],
    ),
    (
        "due_diligence",
        "idx_due_diligence_organisation_list",
        &["organisation_id", "opened_at DESC"],
    ),
];

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, name, columns) in INDEXES {
            let mut statement = Index::create();
            statement.name(*name).table(Alias::new(*table));
            for column in *columns {
                match column.strip_suffix(" DESC") {
                    Some(descending) => statement.col((Alias::new(descending), IndexOrder::Desc)),
                    None => statement.col(Alias::new(*column)),
                };
            }
            manager.create_index(statement.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, name, _) in INDEXES.iter().rev() {
            manager
                .drop_index(Index::drop().name(*name).table(Alias::new(*table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
