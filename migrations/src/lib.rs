//! Database migrations for grantdesk. The same migrations run on SQLite and PostgreSQL.
//! A migration that has landed is never edited: add a new one.

pub use sea_orm_migration::prelude::*;

mod m20261123_000001_create_people;
mod m20261123_000002_create_reference;
mod m20261123_000003_create_organisations;
mod m20261123_000004_create_calls;
mod m20261123_000005_create_applications;
mod m20261123_000006_create_audit;
mod m20261123_000007_create_reviews;
mod m20261123_000008_create_decisions;
mod m20261123_000009_create_diligence;
mod m20261123_000010_create_risk;
mod m20261123_000011_create_awards;
mod m20261123_000012_create_disbursements;
mod m20261123_000013_create_events;
mod m20261123_000014_sponsorship_payments;
mod m20261123_000015_create_outbox;
mod m20261128_000016_risk_subjects;
mod m20261128_000017_invitations;
mod m20261128_000018_login_throttle_by_client;
mod m20261128_000019_reviews_reopened;
mod m20261128_000020_outbox_recipient_without_account;
mod m20261129_000021_travel_rules;
mod m20261129_000022_audit_checkpoints;
mod m20261129_000023_web_sessions;
mod m20261129_000024_languages;
mod m20261129_000025_publication_policy;
mod m20261129_000026_call_forms;
mod m20261129_000027_documents;
mod m20261129_000028_account_recovery;
mod m20261129_000031_trip_confirmations;
mod m20261129_000032_notification_preferences;
mod m20261129_000033_public_changes;
mod m20261129_000035_visa_letters;
mod m20261129_000036_rules_truth;
mod m20261129_000037_list_indexes;
mod m20261129_000038_call_regions;
mod m20261129_000039_review_drafts;
mod m20261129_000040_call_listing;
mod m20261129_000041_sanctions_list_source;
mod m20261129_000042_last_sign_in;
mod m20261129_000043_unread_index;
mod m20261129_000044_payment_rates_index;
mod m20261129_000045_audit_pending;
mod m20261129_000046_call_list_item;

/// Runs every migration in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_create_people::Migration),
            Box::new(m20261123_000002_create_reference::Migration),
            Box::new(m20261123_000003_create_organisations::Migration),
            Box::new(m20261123_000004_create_calls::Migration),
            Box::new(m20261123_000005_create_applications::Migration),
            Box::new(m20261123_000006_create_audit::Migration),
            Box::new(m20261123_000007_create_reviews::Migration),
            Box::new(m20261123_000008_create_decisions::Migration),
            Box::new(m20261123_000009_create_diligence::Migration),
            Box::new(m20261123_000010_create_risk::Migration),
            Box::new(m20261123_000011_create_awards::Migration),
            Box::new(m20261123_000012_create_disbursements::Migration),
            Box::new(m20261123_000013_create_events::Migration),
            Box::new(m20261123_000014_sponsorship_payments::Migration),
            Box::new(m20261123_000015_create_outbox::Migration),
            Box::new(m20261128_000016_risk_subjects::Migration),
            Box::new(m20261128_000017_invitations::Migration),
            Box::new(m20261128_000018_login_throttle_by_client::Migration),
            Box::new(m20261128_000019_reviews_reopened::Migration),
            Box::new(m20261128_000020_outbox_recipient_without_account::Migration),
            Box::new(m20261129_000021_travel_rules::Migration),
            Box::new(m20261129_000022_audit_checkpoints::Migration),
            Box::new(m20261129_000023_web_sessions::Migration),
            Box::new(m20261129_000024_languages::Migration),
            Box::new(m20261129_000025_publication_policy::Migration),
            Box::new(m20261129_000026_call_forms::Migration),
            Box::new(m20261129_000027_documents::Migration),
            Box::new(m20261129_000028_account_recovery::Migration),
            Box::new(m20261129_000031_trip_confirmations::Migration),
            Box::new(m20261129_000032_notification_preferences::Migration),
            Box::new(m20261129_000033_public_changes::Migration),
            Box::new(m20261129_000035_visa_letters::Migration),
            Box::new(m20261129_000036_rules_truth::Migration),
            Box::new(m20261129_000037_list_indexes::Migration),
            Box::new(m20261129_000038_call_regions::Migration),
            Box::new(m20261129_000039_review_drafts::Migration),
            Box::new(m20261129_000040_call_listing::Migration),
            Box::new(m20261129_000041_sanctions_list_source::Migration),
            Box::new(m20261129_000042_last_sign_in::Migration),
            Box::new(m20261129_000043_unread_index::Migration),
            Box::new(m20261129_000044_payment_rates_index::Migration),
            Box::new(m20261129_000045_audit_pending::Migration),
            Box::new(m20261129_000046_call_list_item::Migration),
        ]
    }
}

/// Creates a plain (non-unique) index on the given columns; every foreign key and
/// every column a list filters on gets one.
pub(crate) async fn index(
    manager: &SchemaManager<'_>,
    table: impl IntoIden,
    name: &str,
    columns: &[&'static str],
) -> Result<(), DbErr> {
    let mut statement = Index::create();
    statement.name(name).table(table.into_iden());
    for column in columns {
        statement.col(Alias::new(*column));
    }
    manager.create_index(statement.to_owned()).await
}

/// Adds one column (SQLite alters one column per statement).
pub(crate) async fn add_column(
    manager: &SchemaManager<'_>,
    table: impl IntoIden,
    column: ColumnDef,
) -> Result<(), DbErr> {
    let mut column = column;
    manager
        .alter_table(Table::alter().table(table).add_column(&mut column).to_owned())
        .await
}
