//! Request and response bodies of funding calls.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::rules::{CallStatus, CallTerms, EligibilityCriterion, RubricCriterion, check_accepts_submissions};
use super::store::call;
use crate::error::{AppError, AppResult};
use crate::http::JsonTextPage;
use crate::keyset::Listed;
use crate::money::{self, Amount, Currency};
use crate::reference::ThematicArea;

/// `POST /calls`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateCallRequest {
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Thematic areas.
    pub thematic_areas: Vec<ThematicArea>,
    /// Eligibility criteria, each with a key.
    pub eligibility_criteria: Vec<EligibilityCriterion>,
    /// Scoring rubric.
    pub rubric: Vec<RubricCriterion>,
    /// ISO 4217 currency of every amount.
    pub currency: Currency,
    /// Total of all grants.
    pub budget_ceiling: Amount,
    /// Smallest grant.
    pub min_grant: Amount,
    /// Largest grant.
    pub max_grant: Amount,
    /// Submissions open (RFC 3339).
    pub opens_at: DateTime<Utc>,
    /// Submissions close (RFC 3339).
    pub closes_at: DateTime<Utc>,
    /// Days to appeal a decision.
    pub appeal_window_days: i32,
    /// Hide the organisation's identity from reviewers (default false).
    #[serde(default)]
    pub blind_review: bool,
    /// The office regions (names as `GET /reference/regions` lists them) the call is meant
    /// for; empty or absent: every region.
    #[serde(default)]
    pub regions: Vec<String>,
}

/// `PATCH /calls/{id}` (drafts only): only the fields sent change.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateCallRequest {
    /// Title.
    pub title: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Thematic areas.
    pub thematic_areas: Option<Vec<ThematicArea>>,
    /// Eligibility criteria.
    pub eligibility_criteria: Option<Vec<EligibilityCriterion>>,
    /// Rubric.
    pub rubric: Option<Vec<RubricCriterion>>,
    /// Currency.
    pub currency: Option<Currency>,
    /// Budget ceiling.
    pub budget_ceiling: Option<Amount>,
    /// Smallest grant.
    pub min_grant: Option<Amount>,
    /// Largest grant.
    pub max_grant: Option<Amount>,
    /// Opening instant.
    pub opens_at: Option<DateTime<Utc>>,
    /// Closing instant.
    pub closes_at: Option<DateTime<Utc>>,
    /// Appeal window in days.
    pub appeal_window_days: Option<i32>,
    /// Blind review.
    pub blind_review: Option<bool>,
    /// The office regions the call is meant for (empty: every region).
    pub regions: Option<Vec<String>>,
}

impl UpdateCallRequest {
    /// The terms after applying this change to `current`.
    pub fn apply(self, current: CallTerms) -> CallTerms {
        CallTerms {
            title: self.title.unwrap_or(current.title),
            description: self.description.unwrap_or(current.description),
            thematic_areas: self.thematic_areas.unwrap_or(current.thematic_areas),
            eligibility_criteria: self.eligibility_criteria.unwrap_or(current.eligibility_criteria),
            rubric: self.rubric.unwrap_or(current.rubric),
            currency: self.currency.unwrap_or(current.currency),
            budget_ceiling: self.budget_ceiling.map_or(current.budget_ceiling, |amount| amount.0),
            min_grant: self.min_grant.map_or(current.min_grant, |amount| amount.0),
            max_grant: self.max_grant.map_or(current.max_grant, |amount| amount.0),
            opens_at: self.opens_at.unwrap_or(current.opens_at),
            closes_at: self.closes_at.unwrap_or(current.closes_at),
            appeal_window_days: self.appeal_window_days.unwrap_or(current.appeal_window_days),
            blind_review: self.blind_review.unwrap_or(current.blind_review),
            regions: self.regions.unwrap_or(current.regions),
        }
    }
}

impl From<CreateCallRequest> for CallTerms {
    fn from(body: CreateCallRequest) -> Self {
        Self {
            title: body.title,
            description: body.description,
            thematic_areas: body.thematic_areas,
            eligibility_criteria: body.eligibility_criteria,
            rubric: body.rubric,
            currency: body.currency,
            budget_ceiling: body.budget_ceiling.0,
            min_grant: body.min_grant.0,
            max_grant: body.max_grant.0,
            opens_at: body.opens_at,
            closes_at: body.closes_at,
            appeal_window_days: body.appeal_window_days,
            blind_review: body.blind_review,
            regions: body.regions,
        }
    }
}

/// `POST /calls/{id}/cancel`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CancelCallRequest {
    /// Why the call is cancelled; applicants read it.
    pub reason: String,
}

/// Filters of `GET /calls` (also the key under which a public page of them is kept).
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct CallsQuery {
    /// Only calls in this state (staff see every state; others open, closed, decided).
    pub status: Option<CallStatus>,
    /// Only calls on this thematic area.
    pub thematic_area: Option<ThematicArea>,
    /// Only calls open to organisations of this office region (a region's name): those
    /// naming it and those open to every region.
    pub region: Option<String>,
    /// Page size (default 50, at most 500).
    pub limit: Option<u64>,
    /// Number to skip.
    pub offset: Option<u64>,
    /// The `next_cursor` of the page before.
    pub cursor: Option<String>,
    /// Count the matching items on a later page too (`total`).
    pub count: Option<bool>,
}

/// A funding call.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CallResponse {
    /// Id.
    pub id: Uuid,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Thematic areas.
    pub thematic_areas: Vec<ThematicArea>,
    /// Eligibility criteria.
    pub eligibility_criteria: Vec<EligibilityCriterion>,
    /// Scoring rubric.
    pub rubric: Vec<RubricCriterion>,
    /// Currency.
    pub currency: Currency,
    /// Budget ceiling.
    pub budget_ceiling: String,
    /// Smallest grant.
    pub min_grant: String,
    /// Largest grant.
    pub max_grant: String,
    /// Submissions open.
    pub opens_at: DateTime<Utc>,
    /// Submissions close.
    pub closes_at: DateTime<Utc>,
    /// Appeal window in days.
    pub appeal_window_days: i32,
    /// Whether reviewers see the application without the organisation's identity.
    pub blind_review: bool,
    /// The office regions the call is meant for (names); empty: every region.
    pub regions: Vec<String>,
    /// State.
    pub status: CallStatus,
    /// Whether an application can be submitted right now.
    pub accepting_applications: bool,
    /// Why the call was cancelled.
    pub cancel_reason: Option<String>,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Last changed.
    pub updated_at: DateTime<Utc>,
}

/// A stored call read back as domain values.
#[derive(Debug, Clone)]
pub struct StoredCall {
    /// The row.
    pub row: call::Model,
    /// Its status.
    pub status: CallStatus,
    /// Its terms.
    pub terms: CallTerms,
}

impl StoredCall {
    /// Reads a row; a row that does not parse is an internal error.
    pub fn from_row(row: call::Model) -> AppResult<Self> {
        let broken = |what: &str| AppError::Internal(format!("call {} has an unreadable {what}", row.id));
        let status = row.status;
        let terms = CallTerms {
            title: row.title.clone(),
            description: row.description.clone(),
            thematic_areas: serde_json::from_value(row.thematic_areas.clone()).map_err(|_| broken("thematic_areas"))?,
            eligibility_criteria: serde_json::from_value(row.eligibility_criteria.clone())
                .map_err(|_| broken("eligibility_criteria"))?,
            rubric: serde_json::from_value(row.rubric.clone()).map_err(|_| broken("rubric"))?,
            currency: row.currency,
            budget_ceiling: money::from_stored(row.budget_ceiling),
            min_grant: money::from_stored(row.min_grant),
            max_grant: money::from_stored(row.max_grant),
            opens_at: row.opens_at,
            closes_at: row.closes_at,
            appeal_window_days: row.appeal_window_days,
            blind_review: row.blind_review,
            regions: serde_json::from_value(row.regions.clone()).map_err(|_| broken("regions"))?,
        };
        Ok(Self { row, status, terms })
    }

    /// The response, with the status and `accepting_applications` judged at `now`.
    pub fn response(&self, now: DateTime<Utc>) -> CallResponse {
        let terms = &self.terms;
        let currency = terms.currency;
        CallResponse {
            id: self.row.id,
            title: terms.title.clone(),
            description: terms.description.clone(),
            thematic_areas: terms.thematic_areas.clone(),
            eligibility_criteria: terms.eligibility_criteria.clone(),
            rubric: terms.rubric.clone(),
            currency,
            budget_ceiling: money::format_amount(terms.budget_ceiling, currency),
            min_grant: money::format_amount(terms.min_grant, currency),
            max_grant: money::format_amount(terms.max_grant, currency),
            opens_at: terms.opens_at,
            closes_at: terms.closes_at,
            appeal_window_days: terms.appeal_window_days,
            blind_review: terms.blind_review,
            regions: terms.regions.clone(),
            status: self.status.effective(terms.closes_at, now),
            accepting_applications: check_accepts_submissions(self.status, terms.opens_at, terms.closes_at, now)
                .is_ok(),
            cancel_reason: self.row.cancel_reason.clone(),
            created_at: self.row.created_at,
            updated_at: self.row.updated_at,
        }
    }
}

/// The row for new or changed terms, with its kept list item ([`KeptItem`]).
pub fn row_from_terms(terms: &CallTerms, base: call::Model) -> AppResult<call::Model> {
    let row = call::Model {
        title: terms.title.trim().to_owned(),
        description: terms.description.trim().to_owned(),
        thematic_areas: serde_json::json!(crate::organisations::rules::normalise_areas(
            terms.thematic_areas.clone()
        )),
        eligibility_criteria: serde_json::json!(terms.eligibility_criteria),
        rubric: serde_json::json!(terms.rubric),
        currency: terms.currency,
        budget_ceiling: money::to_stored(terms.budget_ceiling)?,
        min_grant: money::to_stored(terms.min_grant)?,
        max_grant: money::to_stored(terms.max_grant)?,
        opens_at: terms.opens_at,
        closes_at: terms.closes_at,
        appeal_window_days: terms.appeal_window_days,
        blind_review: terms.blind_review,
        regions: serde_json::json!(terms.regions),
        ..base
    };
    with_kept_item(row)
}

/// The row with its [`KeptItem`] written from its own columns, as they read back.
pub fn with_kept_item(row: call::Model) -> AppResult<call::Model> {
    let kept = KeptItem::of(&StoredCall::from_row(row.clone())?)?;
    Ok(call::Model {
        list_head: Some(kept.head),
        list_tail: Some(kept.tail),
        ..row
    })
}

/// A call's list item as the JSON text [`CallResponse`] serialises to, kept in the row
/// (`calls.list_head`, `calls.list_tail`, migration 46) in two parts around the two fields
/// that change with the clock, `status` and `accepting_applications`, so the call list
/// writes it into the response as it is and judges only those two at the time of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptItem {
    /// From `{"id":` to the regions and the comma after them.
    pub head: String,
    /// From `"cancel_reason":` to the closing brace.
    pub tail: String,
}

impl KeptItem {
    /// The kept item of this call: its response serialised and cut around the two fields
    /// judged at the time of the list (checked, so a field added in between is an error,
    /// never a wrong list).
    pub fn of(call: &StoredCall) -> AppResult<Self> {
        let response = call.response(call.row.updated_at);
        let text = serde_json::to_string(&response).map_err(|error| AppError::Internal(error.to_string()))?;
        let judged = judged_fields(response.status, response.accepting_applications);
        let cut = text
            .find(&judged)
            .filter(|at| text[at + judged.len()..].starts_with("\"cancel_reason\":"))
            .ok_or_else(|| {
                AppError::Internal(format!(
                    "call {}'s response does not cut around its status",
                    call.row.id
                ))
            })?;
        Ok(Self {
            head: text[..cut].to_owned(),
            tail: text[cut + judged.len()..].to_owned(),
        })
    }
}

/// `"status":"…","accepting_applications":…,` as [`CallResponse`] serialises them.
fn judged_fields(status: CallStatus, accepting_applications: bool) -> String {
    let mut text = String::with_capacity(64);
    push_judged_fields(&mut text, status, accepting_applications);
    text
}

/// Appends [`judged_fields`] to `body`.
fn push_judged_fields(body: &mut String, status: CallStatus, accepting_applications: bool) {
    body.push_str("\"status\":\"");
    body.push_str(status.as_str());
    body.push_str(match accepting_applications {
        true => "\",\"accepting_applications\":true,",
        false => "\",\"accepting_applications\":false,",
    });
}

/// One call of the list: its [`KeptItem`] and the two fields judged at the time of the
/// list, written as [`CallResponse`] would serialise the call.
#[derive(Debug, Clone)]
pub struct ListedCall {
    /// Its kept item.
    pub kept: KeptItem,
    /// Its status judged at the time of the list.
    pub status: CallStatus,
    /// Whether it accepts applications at that time.
    pub accepting_applications: bool,
}

impl ListedCall {
    /// The call as listed at `now`: the stored status and instants judged, the rest kept.
    pub fn at(
        kept: KeptItem,
        status: CallStatus,
        (opens_at, closes_at): (DateTime<Utc>, DateTime<Utc>),
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            kept,
            status: status.effective(closes_at, now),
            accepting_applications: check_accepts_submissions(status, opens_at, closes_at, now).is_ok(),
        }
    }

    /// Appends the call's JSON to `body`.
    pub fn write_to(&self, body: &mut String) {
        body.push_str(&self.kept.head);
        push_judged_fields(body, self.status, self.accepting_applications);
        body.push_str(&self.kept.tail);
    }

    /// About how many bytes the call's JSON takes.
    pub fn size(&self) -> usize {
        self.kept.head.len() + self.kept.tail.len() + 64
    }
}

/// The page of the call list as the API sends it: the same bytes as a [`crate::http::Page`] of
/// [`CallResponse`]s, written into one buffer.
pub fn listed_page_json(listed: &Listed<ListedCall>) -> JsonTextPage {
    let size = listed.items.first().map_or(0, ListedCall::size);
    JsonTextPage::write(listed, size, ListedCall::write_to)
}
