//! Conferences (events) with their sponsorship budget and daily subsistence allowance, and
//! the sponsorship requests of organisations for one traveller each.

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
                    .table(Events::Table)
                    .col(uuid(Events::Id).primary_key())
                    .col(string(Events::Name))
                    .col(text(Events::Description))
                    .col(string(Events::City))
                    .col(string_len(Events::Country, 2))
                    .col(string(Events::Venue))
                    .col(date(Events::StartsOn))
                    .col(date(Events::EndsOn))
                    .col(timestamp_with_time_zone(Events::RequestDeadline))
                    .col(string_len(Events::Currency, 3))
                    .col(big_integer(Events::SponsorshipBudget))
                    .col(big_integer(Events::DsaRate))
                    .col(string(Events::DsaSource))
                    .col(text_null(Events::DsaOverrideReason))
                    .col(big_integer(Events::TerminalExpense))
                    .col(json_binary(Events::ExchangeRates))
                    .col(integer(Events::AdvancePercent))
                    .col(string(Events::Status))
                    .col(uuid(Events::CreatedBy))
                    .col(timestamp_with_time_zone(Events::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Events::Table, Events::CreatedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            Events::Table,
            "idx_events_status_starts",
            &["status", "starts_on"],
        )
        .await?;
        crate::index(manager, Events::Table, "idx_events_deadline", &["request_deadline"]).await?;
        crate::index(manager, Events::Table, "idx_events_created_by", &["created_by"]).await?;
        manager
            .create_table(
                Table::create()
                    .table(SponsorshipRequests::Table)
                    .col(uuid(SponsorshipRequests::Id).primary_key())
                    .col(uuid(SponsorshipRequests::EventId))
                    .col(uuid(SponsorshipRequests::OrganisationId))
                    .col(string(SponsorshipRequests::TravellerName))
                    .col(string(SponsorshipRequests::TravellerKey))
                    .col(string(SponsorshipRequests::Gender))
                    .col(string(SponsorshipRequests::AgeBand))
                    .col(string(SponsorshipRequests::Role))
                    .col(string_len(SponsorshipRequests::Nationality, 2))
                    .col(string(SponsorshipRequests::OriginCity))
                    .col(string_len(SponsorshipRequests::OriginCountry, 2))
                    .col(big_integer(SponsorshipRequests::AirfareEstimate))
                    .col(string_len(SponsorshipRequests::AirfareCurrency, 3))
                    .col(date(SponsorshipRequests::ArrivalOn))
                    .col(date(SponsorshipRequests::DepartureOn))
                    .col(integer(SponsorshipRequests::Nights))
                    .col(big_integer(SponsorshipRequests::Entitlement))
                    .col(json_binary(SponsorshipRequests::Breakdown))
                    .col(string(SponsorshipRequests::Status))
                    .col(text_null(SponsorshipRequests::DecisionReason))
                    .col(uuid_null(SponsorshipRequests::DecidedBy))
                    .col(timestamp_with_time_zone_null(SponsorshipRequests::DecidedAt))
                    .col(timestamp_with_time_zone_null(SponsorshipRequests::WaitlistedAt))
                    .col(uuid(SponsorshipRequests::RequestedBy))
                    .col(timestamp_with_time_zone(SponsorshipRequests::RequestedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SponsorshipRequests::Table, SponsorshipRequests::EventId)
                            .to(Events::Table, Events::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SponsorshipRequests::Table, SponsorshipRequests::OrganisationId)
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SponsorshipRequests::Table, SponsorshipRequests::RequestedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SponsorshipRequests::Table, SponsorshipRequests::DecidedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        let table = || SponsorshipRequests::Table;
        crate::index(
            manager,
            table(),
            "idx_sponsorships_event_status",
            &["event_id", "status"],
        )
        .await?;
        crate::index(manager, table(), "idx_sponsorships_organisation", &["organisation_id"]).await?;
        crate::index(manager, table(), "idx_sponsorships_requested_by", &["requested_by"]).await?;
        crate::index(manager, table(), "idx_sponsorships_decided_by", &["decided_by"]).await?;
        crate::index(
            manager,
            table(),
            "idx_sponsorships_waitlisted",
            &["event_id", "waitlisted_at"],
        )
        .await?;
        // One traveller is sponsored at most once per event (cancelled and rejected requests
        // do not count, so a traveller may ask again).
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX uq_sponsorships_one_traveller ON sponsorship_requests (event_id, traveller_key) \
                 WHERE status IN ('submitted', 'approved', 'waitlisted', 'travelled', 'reconciled')",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SponsorshipRequests::Table).to_owned())
            .await?;
        manager.drop_table(Table::drop().table(Events::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
pub enum Events {
    Table,
    Id,
    Name,
    Description,
    City,
    Country,
    Venue,
    StartsOn,
    EndsOn,
    RequestDeadline,
    Currency,
    SponsorshipBudget,
    DsaRate,
    DsaSource,
    DsaOverrideReason,
    TerminalExpense,
    ExchangeRates,
    AdvancePercent,
    Status,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SponsorshipRequests {
    Table,
    Id,
    EventId,
    OrganisationId,
    TravellerName,
    TravellerKey,
    Gender,
    AgeBand,
    Role,
    Nationality,
    OriginCity,
    OriginCountry,
    AirfareEstimate,
    AirfareCurrency,
    ArrivalOn,
    DepartureOn,
    Nights,
    Entitlement,
    Breakdown,
    Status,
    DecisionReason,
    DecidedBy,
    DecidedAt,
    WaitlistedAt,
    RequestedBy,
    RequestedAt,
}
