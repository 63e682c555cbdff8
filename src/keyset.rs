//! Keyset pagination shared by every list's store: a page is a seek into the list's index
//! after the last item of the page before (`cursor=`), never an offset counted from the start.
//!
//! The cursor is opaque to clients: base64url (no padding) of the JSON of the last item's
//! sort key. A cursor that does not read back as the list's key is a 400, never a 500. The
//! total is counted only when asked for (`count=true`): a full count of a list that has grown
//! for ten years costs more than its page, on the first page as on any other.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sea_orm::sea_query::{Expr, ExprTrait, SimpleExpr};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QuerySelect, QueryTrait, Select};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{AppError, AppResult};

/// What page of a list a caller asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageRequest {
    /// Page size (already capped by the caller).
    pub limit: u64,
    /// Items to skip (after the cursor, if any); meant for small offsets.
    pub offset: u64,
    /// The `next_cursor` of the page before.
    pub cursor: Option<String>,
    /// Count the matching items even on a later page.
    pub count: bool,
}

impl PageRequest {
    /// A first page of `limit` items at `offset`, counted (what the older `list` functions
    /// answer).
    pub fn counted(limit: u64, offset: u64) -> Self {
        Self {
            limit,
            offset,
            cursor: None,
            count: true,
        }
    }

    /// Whether this page answers the total: only when asked.
    pub fn wants_total(&self) -> bool {
        self.count
    }

    /// The sort key the cursor carries, or a 400 when it is not one of this list's.
    pub fn after<K: DeserializeOwned>(&self) -> AppResult<Option<K>> {
        self.cursor.as_deref().map(decode).transpose()
    }
}

/// One page of a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed<T> {
    /// The items of the page.
    pub items: Vec<T>,
    /// How many items match in all, when counted.
    pub total: Option<u64>,
    /// The cursor of the next page; `None` on the last page.
    pub next_cursor: Option<String>,
}

impl<T> Listed<T> {
    /// The same page with each item turned into another.
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Listed<U> {
        Listed {
            items: self.items.into_iter().map(f).collect(),
            total: self.total,
            next_cursor: self.next_cursor,
        }
    }

    /// The page's items and total (0 when not counted), as the older `list` functions answer.
    pub fn into_counted(self) -> (Vec<T>, u64) {
        (self.items, self.total.unwrap_or(0))
    }
}

/// Writes a sort key as a cursor.
pub fn encode<K: Serialize>(key: &K) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(key).unwrap_or_default())
}

/// Reads a cursor back into a sort key.
pub fn decode<K: DeserializeOwned>(cursor: &str) -> AppResult<K> {
    URL_SAFE_NO_PAD
        .decode(cursor.trim())
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .ok_or_else(|| AppError::BadRequest("the cursor is not one this list wrote".to_owned()))
}

/// The direction a key column is sorted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Smallest first.
    Asc,
    /// Largest first.
    Desc,
}

/// The rows after `(first, id)` in the order `first <direction>, id ASC`: written so that
/// both engines seek on the index `(…, first, id)` (the first term bounds the range).
pub fn after_pair<A: ColumnTrait, B: ColumnTrait>(
    first: A,
    direction: Direction,
    value: impl Into<sea_orm::Value> + Clone,
    id: B,
    id_value: impl Into<sea_orm::Value>,
) -> SimpleExpr {
    let (bound, strictly) = match direction {
        Direction::Asc => (
            Expr::col(first).gte(value.clone().into()),
            Expr::col(first).gt(value.clone().into()),
        ),
        Direction::Desc => (
            Expr::col(first).lte(value.clone().into()),
            Expr::col(first).lt(value.clone().into()),
        ),
    };
    bound.and(strictly.or(Expr::col(id).gt(id_value.into())))
}

/// Fetches one page: `query(after)` is the list's ordered query, seeking after the cursor's
/// key when there is one; `key` is an item's sort key. Counts only when the page asks.
pub async fn fetch<E, K>(
    db: &impl ConnectionTrait,
    page: &PageRequest,
    query: impl Fn(Option<K>) -> Select<E>,
    key: impl Fn(&E::Model) -> K,
) -> AppResult<Listed<E::Model>>
where
    E: EntityTrait,
    E::Model: Sync,
    K: Serialize + DeserializeOwned,
{
    let after = page.after::<K>()?;
    let total = match page.wants_total() {
        true => Some(query(None).count(db).await?),
        false => None,
    };
    let limit = limit_of(page);
    let items = windowed(query(after), page, limit).all(db).await?;
    Ok(trimmed(items, limit, total, key))
}

/// Fetches one page as [`fetch`] does, reading only the columns of the partial model `M`.
pub async fn fetch_partial<E, M, K>(
    db: &impl ConnectionTrait,
    page: &PageRequest,
    query: impl Fn(Option<K>) -> Select<E>,
    key: impl Fn(&M) -> K,
) -> AppResult<Listed<M>>
where
    E: EntityTrait,
    E::Model: Sync,
    M: sea_orm::PartialModelTrait + Send + Sync,
    K: Serialize + DeserializeOwned,
{
    let after = page.after::<K>()?;
    let total = match page.wants_total() {
        true => Some(query(None).count(db).await?),
        false => None,
    };
    let limit = limit_of(page);
    let items = windowed(query(after), page, limit)
        .into_partial_model::<M>()
        .all(db)
        .await?;
    Ok(trimmed(items, limit, total, key))
}

/// How many rows `query` matches, counted no further than `cap`: a number for a badge
/// ("99+") whose cost stays that of `cap` rows however many there are.
pub async fn count_up_to<E: EntityTrait>(db: &impl ConnectionTrait, query: Select<E>, cap: u64) -> AppResult<u64> {
    let rows = query.select_only().expr(Expr::val(1)).limit(cap).into_query();
    let count = sea_orm::sea_query::Query::select()
        .expr(Expr::cust("COUNT(*) AS counted"))
        .from_subquery(rows, sea_orm::sea_query::Alias::new("capped"))
        .to_owned();
    let counted = match db.query_one(&count).await? {
        Some(row) => row.try_get::<i64>("", "counted")?,
        None => 0,
    };
    Ok(u64::try_from(counted).unwrap_or(0))
}

/// The page size asked: callers that want everything pass the databases' largest limit,
/// and one more must fit.
fn limit_of(page: &PageRequest) -> u64 {
    page.limit.clamp(1, i64::MAX as u64 - 1)
}

/// The query limited to one more than the page (the one more tells there is a next page).
fn windowed<E: EntityTrait>(query: Select<E>, page: &PageRequest, limit: u64) -> Select<E> {
    query
        .limit(limit.saturating_add(1))
        .offset(Ord::min(page.offset, i64::MAX as u64))
}

/// The page of `items` read by [`windowed`], and the cursor after it when there is more.
fn trimmed<M, K: Serialize>(mut items: Vec<M>, limit: u64, total: Option<u64>, key: impl Fn(&M) -> K) -> Listed<M> {
    let next_cursor = match items.len() as u64 > limit {
        true => {
            items.truncate(limit as usize);
            items.last().map(|last| encode(&key(last)))
        }
        false => None,
    };
    Listed {
        items,
        total,
        next_cursor,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_reads_back_and_a_tampered_one_is_refused() {
        let key = ("2026-11-29T10:00:00.123456Z".to_owned(), uuid::Uuid::nil());
        let cursor = encode(&key);
        assert_eq!(decode::<(String, uuid::Uuid)>(&cursor).expect("reads back"), key);
        for tampered in ["", "not base64!", "e30", &cursor[1..], "WzEsMl0"] {
            let refused = decode::<(String, uuid::Uuid)>(tampered);
            assert!(matches!(refused, Err(AppError::BadRequest(_))), "{tampered}");
        }
    }

    #[test]
    fn only_a_page_that_asks_is_counted() {
        assert!(PageRequest::counted(50, 10).wants_total());
        assert!(
            !PageRequest {
                limit: 50,
                ..Default::default()
            }
            .wants_total()
        );
        let later = PageRequest {
            limit: 50,
            cursor: Some("x".to_owned()),
            ..Default::default()
        };
        assert!(!later.wants_total());
        assert!(PageRequest { count: true, ..later }.wants_total());
    }
}
