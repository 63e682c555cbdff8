//! Where the bytes of documents live, behind one small trait so that another backend (an
//! S3-compatible object store through the `object_store` crate) can be added later without
//! touching the domains. Today there is one: [`DatabaseStore`], which keeps each chunk of
//! about 1 MiB as a row of `document_chunks`, encrypted with AES-256-GCM under the office's
//! data key, so documents follow the data's transactions, backups and replicas with no
//! second system to run.

use futures_util::future::BoxFuture;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use super::keys::{DataKeys, Sealed};
use super::store::chunk;
use crate::error::{AppError, AppResult};

/// The chunks of every content: numbered from 0, each at most
/// [`super::rules::CHUNK_BYTES`] of plaintext.
pub trait ContentStore: Send + Sync {
    /// Stores chunk `number` of a content.
    fn put<'a>(&'a self, content: Uuid, number: u32, plaintext: &'a [u8]) -> BoxFuture<'a, AppResult<()>>;

    /// Reads chunk `number` of a content.
    fn get(&self, content: Uuid, number: u32) -> BoxFuture<'_, AppResult<Vec<u8>>>;

    /// Removes every chunk of a content.
    fn remove(&self, content: Uuid) -> BoxFuture<'_, AppResult<()>>;
}

/// Chunks as rows of `document_chunks`, encrypted with the data keys.
pub struct DatabaseStore {
    db: DatabaseConnection,
    keys: DataKeys,
}

impl DatabaseStore {
    /// A store writing through `db` with `keys`.
    pub fn new(db: DatabaseConnection, keys: DataKeys) -> Self {
        Self { db, keys }
    }

    /// Re-encrypts up to `batch` chunks still sealed with another key than the current
    /// one; answers how many it moved (0 when none is left). Each chunk is rewritten on
    /// its own, only if it still holds what was read, so the work can stop and resume at
    /// any point and runs beside normal use.
    pub async fn rotate(&self, batch: u64) -> AppResult<u64> {
        let stale = chunk::Entity::find()
            .filter(chunk::Column::KeyId.ne(self.keys.current_id()))
            .order_by_asc(chunk::Column::ContentId)
            .order_by_asc(chunk::Column::Number)
            .limit(batch)
            .all(&self.db)
            .await?;
        let mut moved = 0;
        for row in stale {
            let number = u32::try_from(row.number).unwrap_or_default();
            let plaintext = self.open(&row)?;
            let sealed = self.keys.seal(row.content_id, number, &plaintext);
            let result = chunk::Entity::update_many()
                .col_expr(chunk::Column::KeyId, sea_orm::sea_query::Expr::value(sealed.key_id))
                .col_expr(chunk::Column::Nonce, sea_orm::sea_query::Expr::value(sealed.nonce))
                .col_expr(
                    chunk::Column::Ciphertext,
                    sea_orm::sea_query::Expr::value(sealed.ciphertext),
                )
                .filter(chunk::Column::ContentId.eq(row.content_id))
                .filter(chunk::Column::Number.eq(row.number))
                .filter(chunk::Column::Nonce.eq(row.nonce.clone()))
                .exec(&self.db)
                .await?;
            moved += result.rows_affected;
        }
        Ok(moved)
    }

    /// How many chunks are sealed with another key than the current one.
    pub async fn stale_chunks(&self) -> AppResult<u64> {
        use sea_orm::PaginatorTrait;
        Ok(chunk::Entity::find()
            .filter(chunk::Column::KeyId.ne(self.keys.current_id()))
            .count(&self.db)
            .await?)
    }

    fn open(&self, row: &chunk::Model) -> AppResult<Vec<u8>> {
        let sealed = Sealed {
            key_id: row.key_id.clone(),
            nonce: row.nonce.clone(),
            ciphertext: row.ciphertext.clone(),
        };
        let number = u32::try_from(row.number).unwrap_or_default();
        self.keys.open(row.content_id, number, &sealed).ok_or_else(|| {
            AppError::Internal(format!(
                "chunk {number} of content {} does not open with data key {} (unknown key, or altered)",
                row.content_id, row.key_id
            ))
        })
    }
}

impl ContentStore for DatabaseStore {
    fn put<'a>(&'a self, content: Uuid, number: u32, plaintext: &'a [u8]) -> BoxFuture<'a, AppResult<()>> {
        Box::pin(async move {
            let sealed = self.keys.seal(content, number, plaintext);
            let row = chunk::Model {
                content_id: content,
                number: i32::try_from(number).map_err(|_| AppError::Internal("too many chunks".to_owned()))?,
                key_id: sealed.key_id,
                nonce: sealed.nonce,
                ciphertext: sealed.ciphertext,
            };
            chunk::ActiveModel::from(row).insert(&self.db).await?;
            Ok(())
        })
    }

    fn get(&self, content: Uuid, number: u32) -> BoxFuture<'_, AppResult<Vec<u8>>> {
        Box::pin(async move {
            let row = chunk::Entity::find_by_id((content, i32::try_from(number).unwrap_or(i32::MAX)))
                .one(&self.db)
                .await?
                .ok_or_else(|| AppError::Internal(format!("chunk {number} of content {content} is missing")))?;
            self.open(&row)
        })
    }

    fn remove(&self, content: Uuid) -> BoxFuture<'_, AppResult<()>> {
        Box::pin(async move {
            chunk::Entity::delete_many()
                .filter(chunk::Column::ContentId.eq(content))
                .exec(&self.db)
                .await?;
            Ok(())
        })
    }
}
