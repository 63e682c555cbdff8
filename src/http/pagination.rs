//! Offset pagination for lists: `limit` (default 50, at most 500) and `offset`; answers
//! `{"items": [...], "total": N}`.

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

/// One page of a list, with the total number of matching items.
#[derive(Debug, Serialize, ToSchema)]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// How many items match in all.
    pub total: u64,
}
