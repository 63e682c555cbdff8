//! The sanctions list, due-diligence assessments and their sanctions matches.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261123_000001_create_people::Users;
use crate::m20261123_000003_create_organisations::Organisations;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SanctionsListVersions::Table)
                    .col(uuid(SanctionsListVersions::Id).primary_key())
                    .col(timestamp_with_time_zone_null(SanctionsListVersions::GeneratedAt))
                    .col(timestamp_with_time_zone(SanctionsListVersions::ImportedAt))
                    .col(uuid_null(SanctionsListVersions::ImportedBy))
                    .col(integer(SanctionsListVersions::EntryCount))
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            SanctionsListVersions::Table,
            "idx_sanctions_versions_imported_at",
            &["imported_at"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(SanctionsEntries::Table)
                    .col(uuid(SanctionsEntries::Id).primary_key())
                    .col(string_uniq(SanctionsEntries::DataId))
                    .col(string(SanctionsEntries::ReferenceNumber))
                    .col(string(SanctionsEntries::Kind))
                    .col(string(SanctionsEntries::Name))
                    .col(json_binary(SanctionsEntries::Names))
                    .col(date_null(SanctionsEntries::ListedOn))
                    .col(json_binary(SanctionsEntries::Addresses))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DueDiligence::Table)
                    .col(uuid(DueDiligence::Id).primary_key())
                    .col(uuid(DueDiligence::OrganisationId))
                    .col(string(DueDiligence::Status))
                    .col(json_binary(DueDiligence::Items))
                    .col(string_null(DueDiligence::RiskRating))
                    .col(uuid(DueDiligence::OpenedBy))
                    .col(timestamp_with_time_zone(DueDiligence::OpenedAt))
                    .col(timestamp_with_time_zone_null(DueDiligence::ScreenedAt))
                    .col(json_binary_null(DueDiligence::ScreenedSubjects))
                    .col(uuid_null(DueDiligence::ListVersionId))
                    .col(timestamp_with_time_zone_null(DueDiligence::ListGeneratedAt))
                    .col(uuid_null(DueDiligence::CompletedBy))
                    .col(timestamp_with_time_zone_null(DueDiligence::CompletedAt))
                    .col(timestamp_with_time_zone_null(DueDiligence::ValidUntil))
                    .col(timestamp_with_time_zone(DueDiligence::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(DueDiligence::Table, DueDiligence::OrganisationId)
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DueDiligence::Table, DueDiligence::OpenedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DueDiligence::Table, DueDiligence::CompletedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            DueDiligence::Table,
            "idx_due_diligence_organisation",
            &["organisation_id", "status"],
        )
        .await?;
        // One open assessment per organisation, enforced by the database (both engines
        // support partial indexes).
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX uq_due_diligence_one_open ON due_diligence (organisation_id) WHERE status = 'open'",
            )
            .await?;
        crate::index(
            manager,
            DueDiligence::Table,
            "idx_due_diligence_valid_until",
            &["valid_until"],
        )
        .await?;
        crate::index(
            manager,
            DueDiligence::Table,
            "idx_due_diligence_opened_by",
            &["opened_by"],
        )
        .await?;
        crate::index(
            manager,
            DueDiligence::Table,
            "idx_due_diligence_completed_by",
            &["completed_by"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(SanctionsMatches::Table)
                    .col(uuid(SanctionsMatches::Id).primary_key())
                    .col(uuid(SanctionsMatches::AssessmentId))
                    .col(string(SanctionsMatches::SubjectName))
                    .col(string(SanctionsMatches::ListEntryId))
                    .col(string(SanctionsMatches::ReferenceNumber))
                    .col(string(SanctionsMatches::EntryName))
                    .col(string(SanctionsMatches::MatchedName))
                    .col(integer(SanctionsMatches::ScoreBasisPoints))
                    .col(string_null(SanctionsMatches::Outcome))
                    .col(text_null(SanctionsMatches::Reason))
                    .col(uuid_null(SanctionsMatches::AdjudicatedBy))
                    .col(timestamp_with_time_zone_null(SanctionsMatches::AdjudicatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SanctionsMatches::Table, SanctionsMatches::AssessmentId)
                            .to(DueDiligence::Table, DueDiligence::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SanctionsMatches::Table, SanctionsMatches::AdjudicatedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_sanctions_matches_subject_entry")
                    .table(SanctionsMatches::Table)
                    .col(SanctionsMatches::AssessmentId)
                    .col(SanctionsMatches::SubjectName)
                    .col(SanctionsMatches::ListEntryId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            SanctionsMatches::Table,
            "idx_sanctions_matches_adjudicated_by",
            &["adjudicated_by"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SanctionsMatches::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(DueDiligence::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(SanctionsEntries::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(SanctionsListVersions::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum SanctionsListVersions {
    Table,
    Id,
    GeneratedAt,
    ImportedAt,
    ImportedBy,
    EntryCount,
}

#[derive(DeriveIden)]
enum SanctionsEntries {
    Table,
    Id,
    DataId,
    ReferenceNumber,
    Kind,
    Name,
    Names,
    ListedOn,
    Addresses,
}

#[derive(DeriveIden)]
enum DueDiligence {
    Table,
    Id,
    OrganisationId,
    Status,
    Items,
    RiskRating,
    OpenedBy,
    OpenedAt,
    ScreenedAt,
    ScreenedSubjects,
    ListVersionId,
    ListGeneratedAt,
    CompletedBy,
    CompletedAt,
    ValidUntil,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SanctionsMatches {
    Table,
    Id,
    AssessmentId,
    SubjectName,
    ListEntryId,
    ReferenceNumber,
    EntryName,
    MatchedName,
    ScoreBasisPoints,
    Outcome,
    Reason,
    AdjudicatedBy,
    AdjudicatedAt,
}
