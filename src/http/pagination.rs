//! Pagination of lists: `limit` (default 50, at most 500), `cursor` (the `next_cursor` of
//! the page before: a keyset page, flat however deep, see `crate::keyset`) and `offset` (for
//! small offsets); answers `{"items": [...], "total": N, "next_cursor": "..."}`, with `total`
//! only when `count=true` asks for it.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// Default page size.
pub const DEFAULT_LIMIT: u64 = 50;
/// Largest page size.
pub const MAX_LIMIT: u64 = 500;

/// Largest offset: where the databases' signed 64-bit offsets end.
pub const MAX_OFFSET: u64 = i64::MAX as u64;

/// The paging parameters of a list request.
#[derive(Debug, Clone, Copy, Default, Deserialize, IntoParams)]
pub struct PageQuery {
    /// Page size (default 50, at most 500).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<u64>,
    /// Number of items to skip.
    #[param(minimum = 0, maximum = 9223372036854775807_u64)]
    pub offset: Option<u64>,
}

impl PageQuery {
    /// The page size to use, capped.
    pub fn limit(&self) -> u64 {
        self.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT)
    }

    /// The offset to use (capped where the databases' signed 64-bit offsets end).
    pub fn offset(&self) -> u64 {
        self.offset.unwrap_or(0).min(i64::MAX as u64)
    }
}

/// The paging parameters of a list read by keyset: `cursor` continues after the page that
/// answered it as `next_cursor`, flat however deep; `offset` still works for small offsets.
#[derive(Debug, Clone, Default, Deserialize, IntoParams)]
pub struct KeysetQuery {
    /// Page size (default 50, at most 500).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<u64>,
    /// Number of items to skip (after the cursor, if any); for small offsets.
    #[param(minimum = 0, maximum = 9223372036854775807_u64)]
    pub offset: Option<u64>,
    /// The `next_cursor` of the page before.
    pub cursor: Option<String>,
    /// Count the matching items on a later page too (`total`).
    pub count: Option<bool>,
}

impl KeysetQuery {
    /// The page a store fetches.
    pub fn request(&self) -> crate::keyset::PageRequest {
        let offsets = PageQuery {
            limit: self.limit,
            offset: self.offset,
        };
        crate::keyset::PageRequest {
            limit: offsets.limit(),
            offset: offsets.offset(),
            cursor: self.cursor.clone().filter(|cursor| !cursor.is_empty()),
            count: self.count.unwrap_or(false),
        }
    }
}

/// One page of a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// How many items match in all, when `count=true` asks for it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<u64>,
    /// Send as `cursor` to read the next page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

impl<T> Page<T> {
    /// A page of a list that is always counted and read by offset.
    pub fn counted(items: Vec<T>, total: u64) -> Self {
        Self {
            items,
            total: Some(total),
            next_cursor: None,
        }
    }
}

impl<T> From<crate::keyset::Listed<T>> for Page<T> {
    fn from(listed: crate::keyset::Listed<T>) -> Self {
        Self {
            items: listed.items,
            total: listed.total,
            next_cursor: listed.next_cursor,
        }
    }
}

/// A page whose items are JSON text already (kept by a store), written into one buffer with
/// the bytes a [`Page`] of the same items serialises to, and answered as `application/json`
/// (cheap to clone: a kept page is sent to many readers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonTextPage(Bytes);

impl JsonTextPage {
    /// Writes `listed`: `write_item` appends one item's JSON to the body; `item_size` is
    /// about how many bytes an item takes, so the body is allocated once.
    pub fn write<T>(
        listed: &crate::keyset::Listed<T>,
        item_size: usize,
        mut write_item: impl FnMut(&T, &mut String),
    ) -> Self {
        let mut body = String::with_capacity(128 + listed.items.len() * (item_size + 1));
        body.push_str("{\"items\":[");
        for (index, item) in listed.items.iter().enumerate() {
            if index > 0 {
                body.push(',');
            }
            write_item(item, &mut body);
        }
        body.push(']');
        if let Some(total) = listed.total {
            body.push_str(",\"total\":");
            body.push_str(&total.to_string());
        }
        if let Some(cursor) = &listed.next_cursor {
            body.push_str(",\"next_cursor\":");
            body.push_str(&serde_json::Value::from(cursor.as_str()).to_string());
        }
        body.push('}');
        Self(Bytes::from(body))
    }

    /// The body.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl IntoResponse for JsonTextPage {
    fn into_response(self) -> Response {
        let json = HeaderValue::from_static("application/json");
        ([(header::CONTENT_TYPE, json)], self.0).into_response()
    }
}
