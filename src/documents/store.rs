//! Persistence of uploaded documents: what is attached to which subject
//! (`documents`), and each organisation's deduplicated contents (`document_contents`).
//! The encrypted chunks are behind [`super::storage::ContentStore`].

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, JoinType, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, RelationDef,
};
use uuid::Uuid;

use crate::error::AppResult;

/// Entity of `documents`.
pub mod document {
    use sea_orm::entity::prelude::*;

    /// A file attached to a subject under a name.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "documents")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub organisation_id: Uuid,
        pub subject_type: String,
        pub subject_id: Uuid,
        pub kind: Option<String>,
        pub question: Option<String>,
        pub name: String,
        pub content_id: Uuid,
        pub valid_until: Option<Date>,
        pub uploaded_by: Uuid,
        pub uploaded_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Entity of `document_contents`.
pub mod content {
    use sea_orm::entity::prelude::*;

    /// A file's bytes, once per organisation; `sha256` is null while it is being written.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "document_contents")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub organisation_id: Uuid,
        pub sha256: Option<String>,
        pub size: i64,
        pub format: String,
        pub chunk_count: i32,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Entity of `document_chunks`.
pub mod chunk {
    use sea_orm::entity::prelude::*;

    /// One encrypted chunk of a content.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "document_chunks")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub content_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub number: i32,
        pub key_id: String,
        pub nonce: Vec<u8>,
        pub ciphertext: Vec<u8>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// A document and its content's facts.
pub type DocumentWithContent = (document::Model, content::Model);

/// Inserts a content being written (no sha256 yet).
pub async fn insert_content(db: &impl ConnectionTrait, row: content::Model) -> AppResult<()> {
    content::ActiveModel::from(row).insert(db).await?;
    Ok(())
}

/// Records a content's sha256, size and chunk count once written. A unique violation
/// means the organisation already holds the same bytes.
pub async fn complete_content(
    db: &impl ConnectionTrait,
    id: Uuid,
    sha256: &str,
    size: i64,
    chunk_count: i32,
) -> Result<(), sea_orm::DbErr> {
    content::Entity::update_many()
        .col_expr(content::Column::Sha256, Expr::value(sha256))
        .col_expr(content::Column::Size, Expr::value(size))
        .col_expr(content::Column::ChunkCount, Expr::value(chunk_count))
        .filter(content::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// The organisation's complete content with this sha256.
pub async fn content_by_hash(
    db: &impl ConnectionTrait,
    organisation_id: Uuid,
    sha256: &str,
) -> AppResult<Option<content::Model>> {
    Ok(content::Entity::find()
        .filter(content::Column::OrganisationId.eq(organisation_id))
        .filter(content::Column::Sha256.eq(sha256))
        .one(db)
        .await?)
}

/// The content with this id.
pub async fn find_content(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Option<content::Model>> {
    Ok(content::Entity::find_by_id(id).one(db).await?)
}

/// Deletes a content's row unless a document uses it (its chunks in the database go with
/// it; another store removes them when told); answers whether it was deleted.
pub async fn delete_unused_content(db: &impl ConnectionTrait, id: Uuid) -> AppResult<bool> {
    if document::Entity::find()
        .filter(document::Column::ContentId.eq(id))
        .count(db)
        .await?
        > 0
    {
        return Ok(false);
    }
    let deleted = content::Entity::delete_by_id(id).exec(db).await?;
    Ok(deleted.rows_affected == 1)
}

/// Inserts a document.
pub async fn insert_document(db: &impl ConnectionTrait, row: document::Model) -> AppResult<document::Model> {
    Ok(document::ActiveModel::from(row).insert(db).await?)
}

/// The document with this id and its content.
pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Option<DocumentWithContent>> {
    let Some(document) = document::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(find_content(db, document.content_id)
        .await?
        .map(|content| (document, content)))
}

/// Deletes a document; answers whether it existed.
pub async fn delete_document(db: &impl ConnectionTrait, id: Uuid) -> AppResult<bool> {
    Ok(document::Entity::delete_by_id(id).exec(db).await?.rows_affected == 1)
}

/// One page of a subject's documents (only those answering `question`, when given), oldest first, with their contents, and the total.
pub async fn of_subject(
    db: &impl ConnectionTrait,
    subject_type: &str,
    subject_id: Uuid,
    question: Option<&str>,
    page: (u64, u64),
) -> AppResult<(Vec<DocumentWithContent>, u64)> {
    let (limit, offset) = page;
    let mut query = document::Entity::find()
        .filter(document::Column::SubjectType.eq(subject_type))
        .filter(document::Column::SubjectId.eq(subject_id));
    if let Some(question) = question {
        query = query.filter(document::Column::Question.eq(question));
    }
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_asc(document::Column::UploadedAt)
        .order_by_asc(document::Column::Id)
        .limit(limit)
        .offset(offset)
        .all(db)
        .await?;
    let contents = content::Entity::find()
        .filter(content::Column::Id.is_in(rows.iter().map(|row| row.content_id)))
        .all(db)
        .await?;
    let items = rows
        .into_iter()
        .filter_map(|document| {
            let content = contents.iter().find(|content| content.id == document.content_id)?;
            Some((document, content.clone()))
        })
        .collect();
    Ok((items, total))
}

/// The bytes of a subject's documents together (each document counted, even when two
/// share a content).
pub async fn bytes_of_subject(db: &impl ConnectionTrait, subject_type: &str, subject_id: Uuid) -> AppResult<u64> {
    let sizes: Vec<i64> = document::Entity::find()
        .select_only()
        .column_as(content::Column::Size, "size")
        .join(JoinType::InnerJoin, content_of_document())
        .filter(document::Column::SubjectType.eq(subject_type))
        .filter(document::Column::SubjectId.eq(subject_id))
        .into_tuple()
        .all(db)
        .await?;
    Ok(sizes.into_iter().map(|size| u64::try_from(size).unwrap_or(0)).sum())
}

/// The distinct `question` values of a subject's documents: the questions (or checklist
/// items) they answer.
pub async fn questions_of_subject(
    db: &impl ConnectionTrait,
    subject_type: &str,
    subject_id: Uuid,
) -> AppResult<Vec<String>> {
    let questions: Vec<Option<String>> = document::Entity::find()
        .select_only()
        .column(document::Column::Question)
        .distinct()
        .filter(document::Column::SubjectType.eq(subject_type))
        .filter(document::Column::SubjectId.eq(subject_id))
        .into_tuple()
        .all(db)
        .await?;
    Ok(questions.into_iter().flatten().collect())
}

/// The ids, formats and sizes of a subject's documents (one query).
pub async fn files_of_subject(
    db: &impl ConnectionTrait,
    subject_type: &str,
    subject_id: Uuid,
) -> AppResult<Vec<(Uuid, String, i64)>> {
    Ok(document::Entity::find()
        .select_only()
        .column(document::Column::Id)
        .column(content::Column::Format)
        .column(content::Column::Size)
        .join(JoinType::InnerJoin, content_of_document())
        .filter(document::Column::SubjectType.eq(subject_type))
        .filter(document::Column::SubjectId.eq(subject_id))
        .into_tuple()
        .all(db)
        .await?)
}

/// The join from a document to its content.
fn content_of_document() -> RelationDef {
    document::Entity::belongs_to(content::Entity)
        .from(document::Column::ContentId)
        .to(content::Column::Id)
        .into()
}
