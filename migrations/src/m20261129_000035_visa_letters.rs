//! Visa letters a consulate can verify, and letters of record.
//!
//! A sponsorship request gets the traveller's passport details (Latin name as in the
//! machine-readable zone, number, date of birth, expiry) sealed together with AES-256-GCM
//! under the office's data key (`passport_key_id`, `passport_nonce`, `passport_sealed`), the
//! instant they were purged after the retention period (`passport_purged_at`), and the
//! random code its letters carry (`letter_code`, unique). `letters` holds each letter as
//! issued: its subject (an award or a sponsorship request) and language, the document of
//! record with its SHA-256, and what verification may show once the passport details are gone
//! (the traveller's initials and the passport number's last characters).

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261123_000003_create_organisations::Organisations;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column per statement.
        for column in [
            string_null(Sponsorship::PassportKeyId),
            blob_null(Sponsorship::PassportNonce),
            blob_null(Sponsorship::PassportSealed),
            timestamp_with_time_zone_null(Sponsorship::PassportPurgedAt),
            string_null(Sponsorship::LetterCode),
        ] {
            crate::add_column(manager, Sponsorship::Table, column).await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_sponsorships_letter_code")
                    .table(Sponsorship::Table)
                    .col(Sponsorship::LetterCode)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Letters::Table)
                    .col(uuid(Letters::Id).primary_key())
                    .col(string(Letters::SubjectType))
                    .col(uuid(Letters::SubjectId))
                    .col(string(Letters::Language))
                    .col(uuid(Letters::OrganisationId))
                    .col(string(Letters::Reference))
                    .col(uuid(Letters::DocumentId))
                    .col(string(Letters::Sha256))
                    .col(timestamp_with_time_zone(Letters::IssuedAt))
                    .col(uuid_null(Letters::IssuedBy))
                    .col(string_null(Letters::TravellerInitials))
                    .col(string_null(Letters::PassportSuffix))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Letters::Table, Letters::OrganisationId)
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_letters_subject_language")
                    .table(Letters::Table)
                    .col(Letters::SubjectType)
                    .col(Letters::SubjectId)
                    .col(Letters::Language)
                    .unique()
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            Letters::Table,
            "idx_letters_organisation",
            &["organisation_id"],
        )
        .await?;
        crate::index(manager, Letters::Table, "idx_letters_document", &["document_id"]).await?;
        crate::index(
            manager,
            Sponsorship::Table,
            "idx_sponsorships_passport_purged_at",
            &["passport_purged_at"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Letters::Table).to_owned())
            .await?;
        for index in ["idx_sponsorships_letter_code", "idx_sponsorships_passport_purged_at"] {
            manager
                .drop_index(Index::drop().name(index).table(Sponsorship::Table).to_owned())
                .await?;
        }
        for column in [
            Sponsorship::PassportKeyId,
            Sponsorship::PassportNonce,
            Sponsorship::PassportSealed,
            Sponsorship::PassportPurgedAt,
            Sponsorship::LetterCode,
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
    PassportKeyId,
    PassportNonce,
    PassportSealed,
    PassportPurgedAt,
    LetterCode,
}

#[derive(DeriveIden)]
enum Letters {
    Table,
    Id,
    SubjectType,
    SubjectId,
    Language,
    OrganisationId,
    Reference,
    DocumentId,
    Sha256,
    IssuedAt,
    IssuedBy,
    TravellerInitials,
    PassportSuffix,
}
