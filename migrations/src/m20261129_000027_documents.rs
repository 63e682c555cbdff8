//! Uploaded documents, stored in the database and encrypted at rest.
//!
//! `document_contents` is a file's content once per organisation (deduplicated by its
//! SHA-256, which is null while the upload is still streaming); `document_chunks` holds it
//! in chunks of about 1 MiB, each encrypted with AES-256-GCM under the key named by its
//! `key_id` (so keys can be rotated row by row); `documents` attaches a content to a
//! subject (an application, an organisation, ...) under a file name.

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
                    .table(DocumentContents::Table)
                    .col(uuid(DocumentContents::Id).primary_key())
                    .col(uuid(DocumentContents::OrganisationId))
                    .col(string_null(DocumentContents::Sha256))
                    .col(big_integer(DocumentContents::Size))
                    .col(string(DocumentContents::Format))
                    .col(integer(DocumentContents::ChunkCount))
                    .col(timestamp_with_time_zone(DocumentContents::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(DocumentContents::Table, DocumentContents::OrganisationId)
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_document_contents_sha256")
                    .table(DocumentContents::Table)
                    .col(DocumentContents::OrganisationId)
                    .col(DocumentContents::Sha256)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DocumentChunks::Table)
                    .col(uuid(DocumentChunks::ContentId))
                    .col(integer(DocumentChunks::Number))
                    .col(string(DocumentChunks::KeyId))
                    .col(blob(DocumentChunks::Nonce))
                    .col(blob(DocumentChunks::Ciphertext))
                    .primary_key(
                        Index::create()
                            .col(DocumentChunks::ContentId)
                            .col(DocumentChunks::Number),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DocumentChunks::Table, DocumentChunks::ContentId)
                            .to(DocumentContents::Table, DocumentContents::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(manager, DocumentChunks::Table, "idx_document_chunks_key", &["key_id"]).await?;
        manager
            .create_table(
                Table::create()
                    .table(Documents::Table)
                    .col(uuid(Documents::Id).primary_key())
                    .col(uuid(Documents::OrganisationId))
                    .col(string(Documents::SubjectType))
                    .col(uuid(Documents::SubjectId))
                    .col(string_null(Documents::Kind))
                    .col(string_null(Documents::Question))
                    .col(string(Documents::Name))
                    .col(uuid(Documents::ContentId))
                    .col(date_null(Documents::ValidUntil))
                    .col(uuid(Documents::UploadedBy))
                    .col(timestamp_with_time_zone(Documents::UploadedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Documents::Table, Documents::OrganisationId)
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Documents::Table, Documents::ContentId)
                            .to(DocumentContents::Table, DocumentContents::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Documents::Table, Documents::UploadedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            Documents::Table,
            "idx_documents_subject",
            &["subject_type", "subject_id", "uploaded_at"],
        )
        .await?;
        crate::index(
            manager,
            Documents::Table,
            "idx_documents_organisation",
            &["organisation_id"],
        )
        .await?;
        crate::index(manager, Documents::Table, "idx_documents_content", &["content_id"]).await?;
        crate::index(manager, Documents::Table, "idx_documents_uploaded_by", &["uploaded_by"]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Documents::Table.into_iden(),
            DocumentChunks::Table.into_iden(),
            DocumentContents::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum DocumentContents {
    Table,
    Id,
    OrganisationId,
    Sha256,
    Size,
    Format,
    ChunkCount,
    CreatedAt,
}

#[derive(DeriveIden)]
enum DocumentChunks {
    Table,
    ContentId,
    Number,
    KeyId,
    Nonce,
    Ciphertext,
}

#[derive(DeriveIden)]
enum Documents {
    Table,
    Id,
    OrganisationId,
    SubjectType,
    SubjectId,
    Kind,
    Question,
    Name,
    ContentId,
    ValidUntil,
    UploadedBy,
    UploadedAt,
}
