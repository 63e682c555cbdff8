//! Reporting obligations of awards, the link from a tranche's condition to one of them,
//! the closing of awards, and disbursements (against an award tranche or, later, a
//! sponsorship) with their idempotency keys.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261123_000001_create_people::Users;
use crate::m20261123_000003_create_organisations::Organisations;
use crate::m20261123_000011_create_awards::{AwardTranches, Awards};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ReportingObligations::Table)
                    .col(uuid(ReportingObligations::Id).primary_key())
                    .col(uuid(ReportingObligations::AwardId))
                    .col(integer(ReportingObligations::Number))
                    .col(string(ReportingObligations::Kind))
                    .col(date(ReportingObligations::DueOn))
                    .col(string(ReportingObligations::Status))
                    .col(text_null(ReportingObligations::Summary))
                    .col(uuid_null(ReportingObligations::SubmittedBy))
                    .col(timestamp_with_time_zone_null(ReportingObligations::SubmittedAt))
                    .col(text_null(ReportingObligations::Note))
                    .col(uuid_null(ReportingObligations::ReceivedBy))
                    .col(timestamp_with_time_zone_null(ReportingObligations::ReceivedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReportingObligations::Table, ReportingObligations::AwardId)
                            .to(Awards::Table, Awards::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReportingObligations::Table, ReportingObligations::SubmittedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReportingObligations::Table, ReportingObligations::ReceivedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;

        crate::index(
            manager,
            ReportingObligations::Table,
            "idx_reporting_obligations_award",
            &["award_id"],
        )
        .await?;
        crate::index(
            manager,
            ReportingObligations::Table,
            "idx_reporting_obligations_due",
            &["status", "due_on"],
        )
        .await?;
        crate::index(
            manager,
            ReportingObligations::Table,
            "idx_reporting_obligations_submitted_by",
            &["submitted_by"],
        )
        .await?;
        crate::index(
            manager,
            ReportingObligations::Table,
            "idx_reporting_obligations_received_by",
            &["received_by"],
        )
        .await?;

        // SQLite alters one column per statement.
        add_column(manager, AwardTranches::Table, uuid_null(TrancheLink::ObligationId)).await?;
        crate::index(
            manager,
            AwardTranches::Table,
            "idx_award_tranches_obligation",
            &["obligation_id"],
        )
        .await?;
        add_column(manager, Awards::Table, uuid_null(AwardClosure::ClosedBy)).await?;
        add_column(
            manager,
            Awards::Table,
            timestamp_with_time_zone_null(AwardClosure::ClosedAt),
        )
        .await?;
        add_column(manager, Awards::Table, text_null(AwardClosure::ClosureReason)).await?;
        crate::index(manager, Awards::Table, "idx_awards_closed_by", &["closed_by"]).await?;

        manager
            .create_table(
                Table::create()
                    .table(Disbursements::Table)
                    .col(uuid(Disbursements::Id).primary_key())
                    .col(string(Disbursements::SourceKind))
                    .col(uuid_null(Disbursements::AwardId))
                    .col(uuid_null(Disbursements::TrancheId))
                    .col(uuid_null(Disbursements::SponsorshipId))
                    .col(uuid(Disbursements::OrganisationId))
                    .col(uuid_null(Disbursements::CallId))
                    .col(big_integer(Disbursements::Amount))
                    .col(string_len(Disbursements::Currency, 3))
                    .col(string_null(Disbursements::FxRate))
                    .col(big_integer(Disbursements::CountedAmount))
                    .col(string_len(Disbursements::CountedCurrency, 3))
                    .col(string(Disbursements::PayeeReference))
                    .col(string(Disbursements::Status))
                    .col(uuid(Disbursements::RequestedBy))
                    .col(timestamp_with_time_zone(Disbursements::RequestedAt))
                    .col(date(Disbursements::RequestedOn))
                    .col(string_len(Disbursements::RequestedMonth, 7))
                    .col(uuid_null(Disbursements::ApprovedBy))
                    .col(timestamp_with_time_zone_null(Disbursements::ApprovedAt))
                    .col(text_null(Disbursements::OverrideReason))
                    .col(uuid_null(Disbursements::PaidBy))
                    .col(timestamp_with_time_zone_null(Disbursements::PaidAt))
                    .col(date_null(Disbursements::PaidOn))
                    .col(string_null(Disbursements::PaymentReference))
                    .col(uuid_null(Disbursements::CancelledBy))
                    .col(timestamp_with_time_zone_null(Disbursements::CancelledAt))
                    .col(text_null(Disbursements::CancelReason))
                    .col(string_null(Disbursements::IdempotencyKey))
                    .col(string_null(Disbursements::RequestFingerprint))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Disbursements::Table, Disbursements::AwardId)
                            .to(Awards::Table, Awards::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Disbursements::Table, Disbursements::TrancheId)
                            .to(AwardTranches::Table, AwardTranches::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Disbursements::Table, Disbursements::OrganisationId)
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Disbursements::Table, Disbursements::RequestedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Disbursements::Table, Disbursements::ApprovedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Disbursements::Table, Disbursements::PaidBy)
                            .to(Users::Table, Users::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Disbursements::Table, Disbursements::CancelledBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;

        crate::index(
            manager,
            Disbursements::Table,
            "idx_disbursements_award_status",
            &["award_id", "status"],
        )
        .await?;
        crate::index(
            manager,
            Disbursements::Table,
            "idx_disbursements_tranche",
            &["tranche_id"],
        )
        .await?;
        crate::index(
            manager,
            Disbursements::Table,
            "idx_disbursements_sponsorship",
            &["sponsorship_id"],
        )
        .await?;
        crate::index(
            manager,
            Disbursements::Table,
            "idx_disbursements_organisation",
            &["organisation_id"],
        )
        .await?;
        crate::index(manager, Disbursements::Table, "idx_disbursements_call", &["call_id"]).await?;
        crate::index(
            manager,
            Disbursements::Table,
            "idx_disbursements_status",
            &["status", "requested_at"],
        )
        .await?;
        crate::index(
            manager,
            Disbursements::Table,
            "idx_disbursements_requested_on",
            &["requested_on"],
        )
        .await?;
        crate::index(
            manager,
            Disbursements::Table,
            "idx_disbursements_requested_by",
            &["requested_by"],
        )
        .await?;
        crate::index(
            manager,
            Disbursements::Table,
            "idx_disbursements_approved_by",
            &["approved_by"],
        )
        .await?;
        crate::index(manager, Disbursements::Table, "idx_disbursements_paid_by", &["paid_by"]).await?;
        crate::index(
            manager,
            Disbursements::Table,
            "idx_disbursements_cancelled_by",
            &["cancelled_by"],
        )
        .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_disbursements_idempotency")
                    .table(Disbursements::Table)
                    .col(Disbursements::RequestedBy)
                    .col(Disbursements::IdempotencyKey)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Disbursements::Table).to_owned())
            .await?;
        for column in [
            AwardClosure::ClosureReason,
            AwardClosure::ClosedAt,
            AwardClosure::ClosedBy,
        ] {
            manager
                .alter_table(Table::alter().table(Awards::Table).drop_column(column).to_owned())
                .await?;
        }
        manager
            .drop_index(Index::drop().name("idx_award_tranches_obligation").to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AwardTranches::Table)
                    .drop_column(TrancheLink::ObligationId)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(ReportingObligations::Table).to_owned())
            .await
    }
}

async fn add_column(manager: &SchemaManager<'_>, table: impl IntoIden, column: ColumnDef) -> Result<(), DbErr> {
    let mut column = column;
    manager
        .alter_table(Table::alter().table(table).add_column(&mut column).to_owned())
        .await
}

#[derive(DeriveIden)]
enum ReportingObligations {
    Table,
    Id,
    AwardId,
    Number,
    Kind,
    DueOn,
    Status,
    Summary,
    SubmittedBy,
    SubmittedAt,
    Note,
    ReceivedBy,
    ReceivedAt,
}

#[derive(DeriveIden)]
enum TrancheLink {
    ObligationId,
}

#[derive(DeriveIden)]
enum AwardClosure {
    ClosedBy,
    ClosedAt,
    ClosureReason,
}

#[derive(DeriveIden)]
enum Disbursements {
    Table,
    Id,
    SourceKind,
    AwardId,
    TrancheId,
    SponsorshipId,
    OrganisationId,
    CallId,
    Amount,
    Currency,
    FxRate,
    CountedAmount,
    CountedCurrency,
    PayeeReference,
    Status,
    RequestedBy,
    RequestedAt,
    RequestedOn,
    RequestedMonth,
    ApprovedBy,
    ApprovedAt,
    OverrideReason,
    PaidBy,
    PaidAt,
    PaidOn,
    PaymentReference,
    CancelledBy,
    CancelledAt,
    CancelReason,
    IdempotencyKey,
    RequestFingerprint,
}
