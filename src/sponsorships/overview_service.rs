//! What the staff workspace and the API share about events as a whole: each event's budget
//! (committed, paid, available) and its requests counted by state, its waitlist in order,
//! an officer's decision (with the letter issued on approval) and the representation
//! report. Pages and handlers call these; the rules stay in `service.rs` and `rules.rs`.

use std::collections::HashMap;

use rust_decimal::Decimal;
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use super::json::{DecisionBody, RepresentationQuery};
use super::representation::{self, Report};
use super::rules::SponsorshipStatus;
use super::store::{self, request};
use crate::AppState;
use crate::auth::{CurrentUser, Role};
use crate::error::{AppError, AppResult, ProblemKind};
use crate::events::rules::EventStatus;
use crate::events::store::event;
use crate::i18n::Message;
use crate::money::{self, Currency};

/// Where an event's sponsorship budget stands, in its currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventBudget {
    /// The sponsorship budget.
    pub ceiling: Decimal,
    /// What holds it: approved entitlements with their adjustments, and money still due back.
    pub committed: Decimal,
    /// Paid against the event's sponsorships.
    pub paid: Decimal,
    /// The event's currency.
    pub currency: Currency,
}

/// An event with its budget and its requests counted by state (in the order of
/// [`SponsorshipStatus::ALL`], the empty states left out).
#[derive(Debug, Clone)]
pub struct EventOverview {
    /// The event.
    pub event: event::Model,
    /// Its budget.
    pub budget: EventBudget,
    /// Its requests by state.
    pub counts: Vec<(SponsorshipStatus, u64)>,
}

/// The events `user` may see (staff who see all applicants), in `status` when given, soonest
/// first, a page at a time, each with its budget and counts (four queries whatever their
/// number); answers the page and the total.
pub async fn overviews(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    status: Option<EventStatus>,
    page: (u64, u64),
) -> AppResult<(Vec<EventOverview>, u64)> {
    require_staff(user)?;
    let (events, total) = crate::events::service::list(db, Some(user), status, page).await?;
    Ok((overviews_of(db, events).await?, total))
}

/// One event as [`overviews`] shows it (404 when `user` may not see it).
pub async fn overview(db: &impl ConnectionTrait, user: &CurrentUser, event_id: Uuid) -> AppResult<EventOverview> {
    require_staff(user)?;
    let found = crate::events::service::visible_event(db, Some(user), event_id).await?;
    overviews_of(db, vec![found])
        .await?
        .pop()
        .ok_or(AppError::NotFound("event"))
}

/// The budgets and counts of these events.
async fn overviews_of(db: &impl ConnectionTrait, events: Vec<event::Model>) -> AppResult<Vec<EventOverview>> {
    let ids: Vec<Uuid> = events.iter().map(|found| found.id).collect();
    let committed = store::committed_on_events(db, ids.clone()).await?;
    let paid = crate::disbursements::store::paid_on_events(db, ids.clone()).await?;
    let mut counts: HashMap<Uuid, Vec<(SponsorshipStatus, u64)>> = HashMap::new();
    for (event_id, status, count) in store::status_counts(db, ids).await? {
        counts.entry(event_id).or_default().push((status, count));
    }
    let order = |status: &SponsorshipStatus| SponsorshipStatus::ALL.iter().position(|each| each == status);
    Ok(events
        .into_iter()
        .map(|found| {
            let mut counts = counts.remove(&found.id).unwrap_or_default();
            counts.sort_by_key(|(status, _)| order(status));
            let stored = |sums: &HashMap<Uuid, i64>| money::from_stored(sums.get(&found.id).copied().unwrap_or(0));
            EventOverview {
                budget: EventBudget {
                    ceiling: money::from_stored(found.sponsorship_budget),
                    committed: stored(&committed),
                    paid: stored(&paid),
                    currency: found.currency,
                },
                counts,
                event: found,
            }
        })
        .collect())
}

/// The waitlist of an event in its order (staff who see all applicants; 404 for an event
/// `user` may not see).
pub async fn waitlist(db: &impl ConnectionTrait, user: &CurrentUser, event_id: Uuid) -> AppResult<Vec<request::Model>> {
    require_staff(user)?;
    crate::events::service::visible_event(db, Some(user), event_id).await?;
    store::waitlist(db, event_id).await
}

/// An officer decides a request (`service::decide`: the reason, the transition, the budget
/// and the risk gate under the event's lock), then the letter is issued on approval. With
/// `seen`, the state the officer saw: a request that has moved since is refused (409
/// `concurrent-change`) and nothing changes.
pub async fn decide(
    state: &AppState,
    user: &CurrentUser,
    id: Uuid,
    body: &DecisionBody,
    seen: Option<SponsorshipStatus>,
) -> AppResult<()> {
    user.require_any(&[Role::Officer])?;
    if let Some(seen) = seen {
        let (current, _) = super::service::visible_request(&state.db, user, id).await?;
        if current.status != seen {
            return Err(AppError::conflict(
                ProblemKind::ConcurrentChange,
                Message::new("conflict-sponsorship-changed"),
            ));
        }
    }
    super::service::decide(&state.db, state.now(), user, id, body, &state.reference).await?;
    super::letter::issue_on_approval(state, user, id).await?;
    Ok(())
}

/// The representation of an event against the office's targets, or those the query asks
/// for (officers; 404 for an event they may not see).
pub async fn representation(
    state: &AppState,
    user: &CurrentUser,
    event_id: Uuid,
    query: &RepresentationQuery,
) -> AppResult<Report> {
    user.require_any(&[Role::Officer])?;
    crate::events::service::visible_event(&state.db, Some(user), event_id).await?;
    let targets = state.config.representation_targets;
    representation::representation(&state.db, &state.reference, event_id, query, targets).await
}

/// Refuses (404) a reader who does not see every organisation's requests.
fn require_staff(user: &CurrentUser) -> AppResult<()> {
    if user.sees_all_applicants() {
        Ok(())
    } else {
        Err(AppError::NotFound("event"))
    }
}
