//! Reminder operations shared by every entry point: a user's notifications, the outbox as
//! admins and `/metrics` read it. The jobs that enqueue and deliver are in `jobs.rs` and
//! `delivery.rs`.

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use super::rules::DeliveryStatus;
use super::store::{self, message};
use crate::error::{AppError, AppResult};

/// A page of a user's notifications, newest first, with the total and how many are unread.
pub async fn notifications(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    limit: u64,
    offset: u64,
) -> AppResult<(Vec<message::Model>, u64, u64)> {
    let (rows, total) = store::list(db, Some(user_id), None, (limit, offset)).await?;
    let unread = store::unread_count(db, user_id).await?;
    Ok((rows, total, unread))
}

/// Marks one of the user's notifications read (once) and answers it; another user's is
/// 404, exactly as one that does not exist.
pub async fn mark_read(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    user_id: Uuid,
    id: Uuid,
) -> AppResult<message::Model> {
    if !store::mark_read(db, id, user_id, now).await? {
        return Err(AppError::NotFound("notification"));
    }
    store::find(db, id).await?.ok_or(AppError::NotFound("notification"))
}

/// A page of the outbox, newest first, optionally in one delivery status, with the total.
pub async fn outbox(
    db: &impl ConnectionTrait,
    status: Option<DeliveryStatus>,
    limit: u64,
    offset: u64,
) -> AppResult<(Vec<message::Model>, u64)> {
    store::list(db, None, status, (limit, offset)).await
}

/// How many messages of the outbox are in each state, every state named whether zero or
/// not: `queued`, `sending`, `sent`, `failed` (delivery gave up), and the two ends that are
/// not failures of delivery, `expired` and `withdrawn`. `/metrics` shows these.
pub async fn outbox_counts(db: &impl ConnectionTrait) -> AppResult<Vec<(&'static str, i64)>> {
    store::counts_by_state(db).await
}
