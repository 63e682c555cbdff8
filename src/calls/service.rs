//! The commands and queries of funding calls that every entry point shares (the JSON API,
//! the portal, the CLI, jobs): each command opens its transaction, calls `rules`, writes
//! through `store`, records the audit event and commits. Nothing here knows of HTTP.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::json::{CallResponse, CallsQuery, KeptItem, ListedCall, StoredCall, UpdateCallRequest, row_from_terms};
use super::rules::{self, CallAction, CallStatus, CallTerms};
use super::store::{self, CallFilter, call};
use crate::audit::{self, AuditEntry};
use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult, ProblemKind, Validator};
use crate::i18n::Message;
use crate::keyset::{Listed, PageRequest};

/// Creates a call as a draft.
pub async fn create(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    terms: CallTerms,
) -> AppResult<StoredCall> {
    checked(&terms)?;
    let base = call::Model {
        id: Uuid::new_v4(),
        title: String::new(),
        description: String::new(),
        thematic_areas: json!([]),
        eligibility_criteria: json!([]),
        rubric: json!([]),
        regions: json!([]),
        currency: terms.currency,
        budget_ceiling: 0,
        min_grant: 0,
        max_grant: 0,
        opens_at: now,
        closes_at: now,
        appeal_window_days: 0,
        blind_review: false,
        status: CallStatus::Draft,
        cancel_reason: None,
        created_by: actor.id,
        created_at: now,
        updated_at: now,
        list_head: None,
        list_tail: None,
    };
    let txn = db.begin().await?;
    let created = StoredCall::from_row(store::insert(&txn, row_from_terms(&terms, base)?).await?)?;
    let view = audit_view(&created.response(now));
    audit::commit(
        db,
        txn,
        vec![AuditEntry::created(
            actor.id,
            "call.created",
            "call",
            created.row.id,
            view,
        )],
        now,
    )
    .await?;
    Ok(created)
}

/// Calls visible to the caller, closing soonest first: public states for anyone, every
/// state for staff, each judged at `now` (an open call past its `closes_at` is listed as
/// closed). Answers one page and the total.
pub async fn list(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    user: Option<&CurrentUser>,
    query: &CallsQuery,
    limit: u64,
    offset: u64,
) -> AppResult<(Vec<StoredCall>, u64)> {
    Ok(list_page(db, now, user, query, &PageRequest::counted(limit, offset))
        .await?
        .into_counted())
}

/// One page of the calls visible to the caller (see `list`), by keyset `cursor`, counted
/// on the first page or when asked.
pub async fn list_page(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    user: Option<&CurrentUser>,
    query: &CallsQuery,
    page: &PageRequest,
) -> AppResult<Listed<StoredCall>> {
    let Some(filter) = list_filter(now, user, query) else {
        return Ok(nothing_listed());
    };
    let listed = store::list_page(db, &filter, page).await?;
    let items = listed
        .items
        .into_iter()
        .map(StoredCall::from_row)
        .collect::<AppResult<Vec<_>>>()?;
    Ok(Listed {
        items,
        total: listed.total,
        next_cursor: listed.next_cursor,
    })
}

/// The page of [`list_page`] as the API sends it: each call's kept item (built from the
/// columns for a call that has none yet) with its status judged at `now`.
pub async fn listed_page(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    user: Option<&CurrentUser>,
    query: &CallsQuery,
    page: &PageRequest,
) -> AppResult<Listed<ListedCall>> {
    let Some(filter) = list_filter(now, user, query) else {
        return Ok(nothing_listed());
    };
    let listed = store::listed_page(db, &filter, page).await?;
    let missing: Vec<Uuid> = listed
        .items
        .iter()
        .filter(|row| row.list_head.is_none() || row.list_tail.is_none())
        .map(|row| row.id)
        .collect();
    let mut built = HashMap::new();
    if !missing.is_empty() {
        for row in store::find_many(db, missing).await? {
            built.insert(row.id, KeptItem::of(&StoredCall::from_row(row)?)?);
        }
    }
    let mut items = Vec::with_capacity(listed.items.len());
    for row in listed.items {
        let kept = match (row.list_head, row.list_tail) {
            (Some(head), Some(tail)) => KeptItem { head, tail },
            _ => built
                .remove(&row.id)
                .ok_or_else(|| AppError::Internal(format!("call {} went while it was listed", row.id)))?,
        };
        items.push(ListedCall::at(kept, row.status, (row.opens_at, row.closes_at), now));
    }
    Ok(Listed {
        items,
        total: listed.total,
        next_cursor: listed.next_cursor,
    })
}

/// Keeps the list item of every call written before migration 46 (which has none until
/// it next changes, and is listed from its whole row meanwhile): what `grantdesk serve`
/// runs at start. The item is what the call serialises to, so the list reads the same.
/// Answers how many calls it kept an item for.
pub async fn keep_missing_list_items(db: &DatabaseConnection) -> AppResult<usize> {
    const BATCH: u64 = 200;
    let mut kept = 0;
    loop {
        let rows = store::without_kept_item(db, BATCH).await?;
        let read = rows.len();
        let mut changed = 0;
        for row in rows {
            let updated_at = row.updated_at;
            let id = row.id;
            let item = KeptItem::of(&StoredCall::from_row(row)?)?;
            match store::keep_list_item(db, id, (item.head, item.tail), updated_at).await? {
                true => kept += 1,
                false => changed += 1,
            }
        }
        // Rows that all changed meanwhile are read again only by the next start.
        if (read as u64) < BATCH || changed == read {
            return Ok(kept);
        }
    }
}

/// The next instant after `now` at which a list of calls reads differently by the clock
/// alone (a call opening or closing); `None`: none is to come.
pub async fn next_list_change(db: &impl ConnectionTrait, now: DateTime<Utc>) -> AppResult<Option<DateTime<Utc>>> {
    store::next_clock_change(db, now).await
}

/// The filter of the calls the caller may list; `None` when the query asks for a state
/// the caller may not see.
fn list_filter(now: DateTime<Utc>, user: Option<&CurrentUser>, query: &CallsQuery) -> Option<CallFilter> {
    let staff = user.is_some_and(CurrentUser::is_staff);
    let statuses: Vec<CallStatus> = rules::ALL_STATUSES
        .into_iter()
        .filter(|status| staff || status.is_public())
        .filter(|status| query.status.is_none_or(|wanted| wanted == *status))
        .collect();
    (!statuses.is_empty()).then(|| CallFilter {
        statuses,
        thematic_area: query.thematic_area,
        region: query.region.clone(),
        now,
    })
}

fn nothing_listed<T>() -> Listed<T> {
    Listed {
        items: Vec::new(),
        total: Some(0),
        next_cursor: None,
    }
}

/// Changes a draft call's terms.
pub async fn update(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    id: Uuid,
    change: UpdateCallRequest,
) -> AppResult<StoredCall> {
    let current = visible_call(db, Some(actor), id).await?;
    let not_draft = || {
        AppError::conflict(
            ProblemKind::CallNotDraft,
            format!(
                "only a draft call can be changed; this call is {}, so its terms are final",
                current.status.as_str()
            ),
        )
    };
    if current.status != CallStatus::Draft {
        return Err(not_draft());
    }
    let before = current.response(now);
    let terms = change.apply(current.terms.clone());
    checked(&terms)?;
    let row = row_from_terms(
        &terms,
        call::Model {
            updated_at: now,
            ..current.row.clone()
        },
    )?;
    let txn = db.begin().await?;
    if !store::save_draft(&txn, row.clone()).await? {
        return Err(not_draft());
    }
    let changed = StoredCall::from_row(row)?;
    let entry = AuditEntry::updated(
        actor.id,
        "call.updated",
        "call",
        id,
        &audit_view(&before),
        &audit_view(&changed.response(now)),
    );
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(changed)
}

/// Applies an officer's action to a call in its own transaction (publish, close, cancel
/// with the reason applicants read) and answers the changed call.
pub async fn change_status(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    id: Uuid,
    action: CallAction,
    reason: Option<String>,
) -> AppResult<StoredCall> {
    if action == CallAction::Cancel {
        let mut check = Validator::new();
        check.required_text("reason", reason.as_deref().unwrap_or_default(), 2_000);
        check.finish()?;
    }
    let reason = reason.map(|text| text.trim().to_owned());
    let current = visible_call(db, Some(actor), id).await?;
    if action == CallAction::Publish && current.status == CallStatus::Draft && current.terms.closes_at <= now {
        return Err(AppError::conflict(
            ProblemKind::CallClosesInPast,
            format!(
                "the call's closes_at ({}) has passed; change it before publishing",
                current.terms.closes_at.to_rfc3339()
            ),
        ));
    }
    let txn = db.begin().await?;
    transition(&txn, Some(actor.id), &current, action, reason, now).await?;
    let changed = store::find(&txn, id).await?.ok_or(AppError::NotFound("call"))?;
    audit::commit(db, txn, Vec::new(), now).await?;
    StoredCall::from_row(changed)
}

/// Moves a call under the state machine inside the caller's transaction, only if it is
/// still in the state it was read in, and records the change in the audit trail: the one
/// "rules -> conditional update -> audit" step every call action goes through. The actor
/// is `None` for the system (the scheduler closing a call on time).
pub async fn transition(
    txn: &impl ConnectionTrait,
    actor: Option<Uuid>,
    current: &StoredCall,
    action: CallAction,
    reason: Option<String>,
    now: DateTime<Utc>,
) -> AppResult<CallStatus> {
    let from = current.status;
    let to =
        rules::transition(from, action).map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    let changed = StoredCall {
        row: call::Model {
            status: to,
            cancel_reason: reason.clone().or_else(|| current.row.cancel_reason.clone()),
            updated_at: now,
            ..current.row.clone()
        },
        status: to,
        terms: current.terms.clone(),
    };
    let list_tail = KeptItem::of(&changed)?.tail;
    if !store::change_status(txn, current.row.id, (from, to), reason.clone(), list_tail, now).await? {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            Message::new("refused-changed-call"),
        ));
    }
    let mut entry = AuditEntry::status_changed(
        Uuid::nil(),
        action.audit_action(),
        "call",
        current.row.id,
        (from, to),
        reason,
    );
    entry.actor_id = actor;
    audit::record(txn, entry, now).await?;
    Ok(to)
}

/// Closes, as the system, every call still open past its `closes_at` (the scheduler's
/// minutely job), each in its own transaction and audited as an officer's close is; a call
/// an officer closed meanwhile is left as it is. Answers how many were closed.
pub async fn close_past_deadline(db: &DatabaseConnection, now: DateTime<Utc>) -> AppResult<usize> {
    let mut closed = 0;
    for row in store::open_past_closing(db, now).await? {
        let current = StoredCall::from_row(row)?;
        let txn = db.begin().await?;
        match transition(&txn, None, &current, CallAction::Close, None, now).await {
            Ok(_) => {
                audit::commit(db, txn, Vec::new(), now).await?;
                closed += 1;
            }
            Err(AppError::Conflict { .. }) => txn.rollback().await?,
            Err(error) => return Err(error),
        }
    }
    Ok(closed)
}

/// The call if the caller may see it: public states for anyone, every state for staff;
/// anyone else gets 404, as for a call that does not exist.
pub async fn visible_call(db: &impl ConnectionTrait, user: Option<&CurrentUser>, id: Uuid) -> AppResult<StoredCall> {
    let row = store::find(db, id).await?.ok_or(AppError::NotFound("call"))?;
    seen_by(StoredCall::from_row(row)?, user)
}

/// The call if the caller may see it (see [`visible_call`]), for a caller that read it.
pub fn seen_by(call: StoredCall, user: Option<&CurrentUser>) -> AppResult<StoredCall> {
    if call.status.is_public() || user.is_some_and(CurrentUser::is_staff) {
        Ok(call)
    } else {
        Err(AppError::NotFound("call"))
    }
}

/// How many changes the public pages (open calls, events) have seen: a counter kept in the
/// database and raised in the transaction of every change to a call or an event, so that
/// every replica knows when a page it keeps in memory is out of date.
pub async fn public_changes(db: &impl ConnectionTrait) -> AppResult<i64> {
    Ok(crate::db::public_changes(db).await?)
}

/// Raises [`public_changes`], in the caller's transaction: for a change that shows on a
/// call's public page without changing the call itself (its form).
pub async fn public_changed(db: &impl ConnectionTrait) -> AppResult<()> {
    Ok(crate::db::bump_public_changes(db).await?)
}

fn checked(terms: &CallTerms) -> AppResult<()> {
    let mut check = Validator::new();
    rules::check_terms(terms, &mut check);
    check.finish()
}

fn audit_view(call: &CallResponse) -> serde_json::Value {
    json!({
        "title": call.title,
        "thematic_areas": call.thematic_areas,
        "eligibility_criteria": call.eligibility_criteria,
        "rubric": call.rubric,
        "currency": call.currency,
        "budget_ceiling": call.budget_ceiling,
        "min_grant": call.min_grant,
        "max_grant": call.max_grant,
        "opens_at": call.opens_at,
        "closes_at": call.closes_at,
        "appeal_window_days": call.appeal_window_days,
        "blind_review": call.blind_review,
        "regions": call.regions,
        "status": call.status,
    })
}
