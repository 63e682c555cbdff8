//! The rules of a funding call, as pure functions: its state machine, the checks of its
//! terms, and whether it accepts submissions at an instant.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::{AppError, ProblemKind, Validator};
use crate::i18n::Message;
use crate::money::{self, Currency};
use crate::reference::ThematicArea;

/// Where a call is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CallStatus {
    /// Being written; only staff see it.
    Draft,
    /// Published; applications may be submitted between `opens_at` and `closes_at`.
    Open,
    /// No more submissions; screening and review go on.
    Closed,
    /// Every application is decided.
    Decided,
    /// Withdrawn by the office.
    Cancelled,
}

impl CallStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Open => "open",
            Self::Closed => "closed",
            Self::Decided => "decided",
            Self::Cancelled => "cancelled",
        }
    }

    /// The status with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        ALL_STATUSES.into_iter().find(|status| status.as_str() == name)
    }

    /// Whether anyone, without an account, may read a call in this state.
    pub fn is_public(self) -> bool {
        matches!(self, Self::Open | Self::Closed | Self::Decided)
    }

    /// The status a reader sees at `now`: an open call whose `closes_at` has passed is
    /// closed, even before the scheduler has written it so.
    pub fn effective(self, closes_at: DateTime<Utc>, now: DateTime<Utc>) -> Self {
        if self == Self::Open && now >= closes_at {
            Self::Closed
        } else {
            self
        }
    }
}

/// Every status, in life order.
pub const ALL_STATUSES: [CallStatus; 5] = [
    CallStatus::Draft,
    CallStatus::Open,
    CallStatus::Closed,
    CallStatus::Decided,
    CallStatus::Cancelled,
];

/// What an officer does to a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallAction {
    /// Publish a draft.
    Publish,
    /// Stop submissions.
    Close,
    /// Mark every application decided.
    Decide,
    /// Withdraw the call.
    Cancel,
}

impl CallAction {
    /// The verb, for messages and audit actions.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Publish => "publish",
            Self::Close => "close",
            Self::Decide => "decide",
            Self::Cancel => "cancel",
        }
    }
}

impl CallAction {
    /// The verb as a past participle, for messages ("cannot be published").
    pub fn past_participle(self) -> &'static str {
        match self {
            Self::Publish => "published",
            Self::Close => "closed",
            Self::Decide => "decided",
            Self::Cancel => "cancelled",
        }
    }

    /// The name of this action in the audit trail.
    pub fn audit_action(self) -> &'static str {
        match self {
            Self::Publish => "call.published",
            Self::Close => "call.closed",
            Self::Decide => "call.decided",
            Self::Cancel => "call.cancelled",
        }
    }
}

/// The state machine of a call: the state after `action`, or why it is refused.
pub fn transition(status: CallStatus, action: CallAction) -> Result<CallStatus, String> {
    use CallAction as A;
    use CallStatus as S;
    match (status, action) {
        (S::Draft, A::Publish) => Ok(S::Open),
        (S::Open, A::Close) => Ok(S::Closed),
        (S::Closed, A::Decide) => Ok(S::Decided),
        (S::Draft | S::Open | S::Closed, A::Cancel) => Ok(S::Cancelled),
        (status, action) => Err(refusal(status, action)),
    }
}

/// Why a call in `status` cannot take `action`, with the way forward where there is one.
fn refusal(status: CallStatus, action: CallAction) -> String {
    use CallAction as A;
    use CallStatus as S;
    match (status, action) {
        (S::Cancelled, A::Cancel) => "the call is already cancelled".to_owned(),
        (S::Decided, A::Decide) => "the call is already decided".to_owned(),
        (S::Cancelled, _) => format!(
            "the call is cancelled and cannot be {}; create a new call instead",
            action.past_participle()
        ),
        (S::Decided, _) => format!("the call is decided and can no longer be {}", action.past_participle()),
        (_, A::Publish) => format!(
            "only a draft call can be published; this call is already {}",
            status.as_str()
        ),
        (S::Draft, A::Close) => "a draft call can be closed once it is open: publish it first".to_owned(),
        (_, A::Close) => format!(
            "only an open call can be closed; this call is already {}",
            status.as_str()
        ),
        (S::Draft, A::Decide) => "a draft call can be decided once it is closed: publish it, then close it".to_owned(),
        (S::Open, A::Decide) => "an open call can be decided once it is closed: close it first".to_owned(),
        (status, action) => format!(
            "a call that is {} cannot be {}",
            status.as_str(),
            action.past_participle()
        ),
    }
}

/// A named eligibility criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EligibilityCriterion {
    /// Stable key (`registered_cso`, `min_two_years`).
    pub key: String,
    /// The criterion as applicants read it.
    pub description: String,
}

/// A criterion of the scoring rubric.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RubricCriterion {
    /// Stable key.
    pub key: String,
    /// What reviewers score.
    pub description: String,
    /// Relative weight (positive).
    #[schema(value_type = String, example = "0.4")]
    pub weight: Decimal,
    /// Lowest score.
    pub min_score: i32,
    /// Highest score.
    pub max_score: i32,
}

/// The terms of a call, as checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CallTerms {
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
    /// Currency of every amount.
    pub currency: Currency,
    /// Total of all grants.
    pub budget_ceiling: Decimal,
    /// Smallest grant.
    pub min_grant: Decimal,
    /// Largest grant.
    pub max_grant: Decimal,
    /// Submissions open.
    pub opens_at: DateTime<Utc>,
    /// Submissions close.
    pub closes_at: DateTime<Utc>,
    /// Days after a decision during which an applicant may appeal.
    pub appeal_window_days: i32,
    /// Whether reviewers see the application without the organisation's identity.
    pub blind_review: bool,
    /// The office regions (names from the regions file) whose organisations the call is
    /// meant for; empty: every region.
    pub regions: Vec<String>,
}

/// Checks that every region a call names (`field`: its JSON path) is one of the office's
/// regions (`known`, the regions file's names), and none twice.
pub fn check_regions(regions: &[String], known: &[String], field: &str, check: &mut Validator) {
    for (index, region) in regions.iter().enumerate() {
        let path = format!("{field}[{index}]");
        if let Some(message) = unknown_region(region, known) {
            check.push(path, message);
        } else if regions[..index].contains(region) {
            check.push(
                path,
                Message::new("leftovers-region-repeated").with("region", region.clone()),
            );
        }
    }
}

/// Why `region` is refused when it is not one of the office's regions (`known`).
pub fn unknown_region(region: &str, known: &[String]) -> Option<Message> {
    (!known.iter().any(|name| name == region)).then(|| {
        Message::new("leftovers-region-unknown")
            .with("region", region.to_owned())
            .with("regions", known.join(", "))
    })
}

/// Longest appeal window accepted, in days.
pub const MAX_APPEAL_WINDOW_DAYS: i32 = 365;

/// Checks a call's terms, recording every failing field.
pub fn check_terms(terms: &CallTerms, check: &mut Validator) {
    check.required_text("title", &terms.title, 300);
    check.required_text("description", &terms.description, 20_000);
    check.check(
        terms.thematic_areas.is_empty(),
        "thematic_areas",
        "name at least one thematic area",
    );
    check.check(
        terms.eligibility_criteria.is_empty(),
        "eligibility_criteria",
        "publish at least one criterion",
    );
    check_keys(
        terms
            .eligibility_criteria
            .iter()
            .map(|criterion| criterion.key.as_str()),
        "eligibility_criteria",
        check,
    );
    for (index, criterion) in terms.eligibility_criteria.iter().enumerate() {
        check.required_text(
            &format!("eligibility_criteria[{index}].description"),
            &criterion.description,
            2_000,
        );
    }
    check.check(
        terms.rubric.is_empty(),
        "rubric",
        "publish at least one scoring criterion",
    );
    check_keys(
        terms.rubric.iter().map(|criterion| criterion.key.as_str()),
        "rubric",
        check,
    );
    for (index, criterion) in terms.rubric.iter().enumerate() {
        let field = format!("rubric[{index}]");
        check.required_text(&format!("{field}.description"), &criterion.description, 2_000);
        check.check(
            criterion.weight <= Decimal::ZERO
                || criterion.weight > Decimal::ONE_THOUSAND
                || criterion.weight.normalize().scale() > 4,
            format!("{field}.weight"),
            "must lie above 0 and at most 1000, with at most 4 decimals",
        );
        check.check(
            criterion.max_score > 1000,
            format!("{field}.max_score"),
            "must be at most 1000",
        );
        check.check(
            criterion.min_score >= criterion.max_score,
            format!("{field}.max_score"),
            "must be greater than min_score",
        );
        check.check(
            criterion.min_score < 0,
            format!("{field}.min_score"),
            "must not be negative",
        );
    }
    for (field, amount) in [
        ("budget_ceiling", terms.budget_ceiling),
        ("min_grant", terms.min_grant),
        ("max_grant", terms.max_grant),
    ] {
        if let Err(message) = money::check_positive_amount(amount, terms.currency) {
            check.push(field, message);
        }
    }
    check.check(
        terms.min_grant > terms.max_grant,
        "min_grant",
        "must not exceed max_grant",
    );
    check.check(
        terms.max_grant > terms.budget_ceiling,
        "max_grant",
        "must not exceed budget_ceiling",
    );
    check.check(terms.opens_at >= terms.closes_at, "closes_at", "must be after opens_at");
    check.check(
        !(0..=MAX_APPEAL_WINDOW_DAYS).contains(&terms.appeal_window_days),
        "appeal_window_days",
        format!("must lie between 0 and {MAX_APPEAL_WINDOW_DAYS}"),
    );
}

fn check_keys<'a>(keys: impl Iterator<Item = &'a str>, field: &str, check: &mut Validator) {
    let mut seen = std::collections::HashSet::new();
    for (index, key) in keys.enumerate() {
        let valid = !key.is_empty()
            && key.len() <= 64
            && key
                .bytes()
                .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'_');
        check.check(
            !valid,
            format!("{field}[{index}].key"),
            "use 1-64 lower-case letters, digits or underscores",
        );
        check.check(
            !seen.insert(key),
            format!("{field}[{index}].key"),
            format!("`{key}` is used twice"),
        );
    }
}

/// Whether an application may be submitted to a call in `status` at `now`; the refusal
/// names the instant the call opens or closed.
pub fn check_accepts_submissions(
    status: CallStatus,
    opens_at: DateTime<Utc>,
    closes_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    if status != CallStatus::Open {
        return Err(AppError::conflict(
            ProblemKind::CallNotOpen,
            format!("the call is {}, not open", status.as_str()),
        ));
    }
    if now < opens_at {
        return Err(AppError::conflict(
            ProblemKind::CallNotYetOpen,
            Message::new("conflict-call-not-yet-open").with("opens_at", opens_at.to_rfc3339()),
        ));
    }
    if now >= closes_at {
        return Err(AppError::conflict(
            ProblemKind::CallClosed,
            Message::new("conflict-call-closed").with("closes_at", closes_at.to_rfc3339()),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    const ALL_STATES: [CallStatus; 5] = [
        CallStatus::Draft,
        CallStatus::Open,
        CallStatus::Closed,
        CallStatus::Decided,
        CallStatus::Cancelled,
    ];
    const ALL_ACTIONS: [CallAction; 4] = [
        CallAction::Publish,
        CallAction::Close,
        CallAction::Decide,
        CallAction::Cancel,
    ];

    #[test]
    fn every_allowed_transition() {
        assert_eq!(transition(CallStatus::Draft, CallAction::Publish), Ok(CallStatus::Open));
        assert_eq!(transition(CallStatus::Open, CallAction::Close), Ok(CallStatus::Closed));
        assert_eq!(
            transition(CallStatus::Closed, CallAction::Decide),
            Ok(CallStatus::Decided)
        );
        for status in [CallStatus::Draft, CallStatus::Open, CallStatus::Closed] {
            assert_eq!(transition(status, CallAction::Cancel), Ok(CallStatus::Cancelled));
        }
    }

    #[test]
    fn every_other_transition_is_refused() {
        let allowed = [
            (CallStatus::Draft, CallAction::Publish),
            (CallStatus::Open, CallAction::Close),
            (CallStatus::Closed, CallAction::Decide),
            (CallStatus::Draft, CallAction::Cancel),
            (CallStatus::Open, CallAction::Cancel),
            (CallStatus::Closed, CallAction::Cancel),
        ];
        for status in ALL_STATES {
            for action in ALL_ACTIONS {
                if !allowed.contains(&(status, action)) {
                    assert!(transition(status, action).is_err(), "{status:?} {action:?}");
                }
            }
        }
    }

    #[test]
    fn only_published_states_are_public() {
        let public: Vec<CallStatus> = ALL_STATES.into_iter().filter(|status| status.is_public()).collect();
        assert_eq!(public, vec![CallStatus::Open, CallStatus::Closed, CallStatus::Decided]);
    }

    fn instant(hours: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).expect("instant") + Duration::hours(hours)
    }

    #[test]
    fn submissions_are_accepted_only_while_open_and_before_the_close() {
        let (opens, closes) = (instant(0), instant(10));
        assert!(check_accepts_submissions(CallStatus::Open, opens, closes, instant(5)).is_ok());
        assert!(check_accepts_submissions(CallStatus::Open, opens, closes, instant(-1)).is_err());
        let closed = check_accepts_submissions(CallStatus::Open, opens, closes, instant(10)).expect_err("closed");
        assert!(
            matches!(closed, AppError::Conflict { kind: ProblemKind::CallClosed, ref detail } if detail.to_string().contains(&closes.to_rfc3339()))
        );
        assert!(check_accepts_submissions(CallStatus::Closed, opens, closes, instant(5)).is_err());
    }

    fn terms() -> CallTerms {
        CallTerms {
            title: "Youth resilience".to_owned(),
            description: "Grants for youth-led prevention work".to_owned(),
            thematic_areas: vec![ThematicArea::Youth],
            eligibility_criteria: vec![EligibilityCriterion {
                key: "registered".to_owned(),
                description: "Registered CSO".to_owned(),
            }],
            rubric: vec![RubricCriterion {
                key: "relevance".to_owned(),
                description: "Relevance".to_owned(),
                weight: Decimal::ONE,
                min_score: 0,
                max_score: 5,
            }],
            currency: Currency::from_code("EUR").expect("EUR"),
            budget_ceiling: Decimal::from(100_000),
            min_grant: Decimal::from(5_000),
            max_grant: Decimal::from(25_000),
            opens_at: instant(0),
            closes_at: instant(100),
            appeal_window_days: 14,
            blind_review: false,
            regions: Vec::new(),
        }
    }

    fn failing_fields(terms: &CallTerms) -> Vec<String> {
        let mut check = Validator::new();
        check_terms(terms, &mut check);
        match check.finish() {
            Ok(()) => Vec::new(),
            Err(AppError::Validation(errors)) => errors.into_iter().map(|error| error.field).collect(),
            Err(other) => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn sound_terms_pass() {
        assert!(failing_fields(&terms()).is_empty());
    }

    #[test]
    fn inconsistent_terms_name_their_fields() {
        let mut bad = terms();
        bad.min_grant = Decimal::from(30_000);
        bad.closes_at = instant(-1);
        bad.rubric[0].max_score = 0;
        bad.budget_ceiling = Decimal::new(1_0001, 3);
        let fields = failing_fields(&bad);
        for field in [
            "min_grant",
            "closes_at",
            "rubric[0].max_score",
            "budget_ceiling",
            "max_grant",
        ] {
            assert!(fields.contains(&field.to_owned()), "{field} in {fields:?}");
        }
    }

    #[test]
    fn duplicate_criterion_keys_are_refused() {
        let mut bad = terms();
        bad.eligibility_criteria.push(bad.eligibility_criteria[0].clone());
        assert_eq!(failing_fields(&bad), vec!["eligibility_criteria[1].key".to_owned()]);
    }
}
