//! Persistence of letters as issued (`letters`): one row per subject and language, naming
//! the document of record.

use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::rules::LetterSubject;
use crate::error::AppResult;

/// Entity of `letters`.
pub mod letter {
    use sea_orm::entity::prelude::*;

    /// A letter as issued: its subject and language, the document holding the PDF of record
    /// and its SHA-256, and what verification shows once the passport details are purged.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "letters")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub subject_type: String,
        pub subject_id: Uuid,
        pub language: String,
        pub organisation_id: Uuid,
        pub reference: String,
        pub document_id: Uuid,
        pub sha256: String,
        pub issued_at: DateTimeUtc,
        pub issued_by: Option<Uuid>,
        pub traveller_initials: Option<String>,
        pub passport_suffix: Option<String>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Inserts a letter; a second letter of the same subject and language is a unique violation.
pub async fn insert(db: &impl ConnectionTrait, row: letter::Model) -> Result<letter::Model, sea_orm::DbErr> {
    letter::ActiveModel::from(row).insert(db).await
}

/// The letter of this subject in this language, if issued.
pub async fn find_for(
    db: &impl ConnectionTrait,
    subject: LetterSubject,
    subject_id: Uuid,
    language: &str,
) -> AppResult<Option<letter::Model>> {
    Ok(letter::Entity::find()
        .filter(letter::Column::SubjectType.eq(subject.as_str()))
        .filter(letter::Column::SubjectId.eq(subject_id))
        .filter(letter::Column::Language.eq(language))
        .one(db)
        .await?)
}

/// Every letter of this subject, first issued first.
pub async fn of_subject(
    db: &impl ConnectionTrait,
    subject: LetterSubject,
    subject_id: Uuid,
) -> AppResult<Vec<letter::Model>> {
    Ok(letter::Entity::find()
        .filter(letter::Column::SubjectType.eq(subject.as_str()))
        .filter(letter::Column::SubjectId.eq(subject_id))
        .order_by_asc(letter::Column::IssuedAt)
        .order_by_asc(letter::Column::Id)
        .all(db)
        .await?)
}

/// The letter with this id.
pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Option<letter::Model>> {
    Ok(letter::Entity::find_by_id(id).one(db).await?)
}
