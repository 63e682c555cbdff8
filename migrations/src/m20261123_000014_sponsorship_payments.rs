//! What happens to a sponsorship after its approval: attendance confirmed (`travelled`), the
//! reconciliation of actual costs (with the adjustment against the entitlement), the amount
//! to reclaim and its refund, the do-no-harm risk assessment attached to the trip, and the
//! purpose of a disbursement (`advance`, `balance`) against a sponsorship.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column per statement.
        for column in [
            uuid_null(Sponsorship::TravelledBy),
            timestamp_with_time_zone_null(Sponsorship::TravelledAt),
            text_null(Sponsorship::AttendanceNote),
            json_binary_null(Sponsorship::ActualCosts),
            big_integer_null(Sponsorship::Adjustment),
            text_null(Sponsorship::AdjustmentReason),
            uuid_null(Sponsorship::ReconciledBy),
            timestamp_with_time_zone_null(Sponsorship::ReconciledAt),
            big_integer_null(Sponsorship::ReclaimDue),
            date_null(Sponsorship::RefundReceivedOn),
            string_null(Sponsorship::RefundReference),
            uuid_null(Sponsorship::RefundRecordedBy),
            json_binary_null(Sponsorship::RiskAssessment),
            string_null(Sponsorship::RiskStatus),
        ] {
            crate::add_column(manager, Sponsorship::Table, column).await?;
        }
        crate::index(
            manager,
            Sponsorship::Table,
            "idx_sponsorships_travelled_by",
            &["travelled_by"],
        )
        .await?;
        crate::index(
            manager,
            Sponsorship::Table,
            "idx_sponsorships_reconciled_by",
            &["reconciled_by"],
        )
        .await?;
        crate::index(
            manager,
            Sponsorship::Table,
            "idx_sponsorships_refund_recorded_by",
            &["refund_recorded_by"],
        )
        .await?;
        crate::add_column(manager, Payment::Table, string_null(Payment::Purpose)).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for name in [
            "idx_sponsorships_travelled_by",
            "idx_sponsorships_reconciled_by",
            "idx_sponsorships_refund_recorded_by",
        ] {
            manager
                .drop_index(Index::drop().name(name).table(Sponsorship::Table).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Payment::Table)
                    .drop_column(Payment::Purpose)
                    .to_owned(),
            )
            .await?;
        for column in [
            Sponsorship::TravelledBy,
            Sponsorship::TravelledAt,
            Sponsorship::AttendanceNote,
            Sponsorship::ActualCosts,
            Sponsorship::Adjustment,
            Sponsorship::AdjustmentReason,
            Sponsorship::ReconciledBy,
            Sponsorship::ReconciledAt,
            Sponsorship::ReclaimDue,
            Sponsorship::RefundReceivedOn,
            Sponsorship::RefundReference,
            Sponsorship::RefundRecordedBy,
            Sponsorship::RiskAssessment,
            Sponsorship::RiskStatus,
        ] {
            manager
                .alter_table(Table::alter().table(Sponsorship::Table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Sponsorship {
    #[sea_orm(iden = "sponsorship_requests")]
    Table,
    TravelledBy,
    TravelledAt,
    AttendanceNote,
    ActualCosts,
    Adjustment,
    AdjustmentReason,
    ReconciledBy,
    ReconciledAt,
    ReclaimDue,
    RefundReceivedOn,
    RefundReference,
    RefundRecordedBy,
    RiskAssessment,
    RiskStatus,
}

#[derive(DeriveIden)]
enum Payment {
    #[sea_orm(iden = "disbursements")]
    Table,
    Purpose,
}
