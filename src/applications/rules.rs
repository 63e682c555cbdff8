//! The rules of an application, as pure functions: its state machine, the checks of the
//! requested amount against the call, and the checks of an eligibility screening.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::calls::rules::{CallTerms, EligibilityCriterion};
use crate::error::Validator;
use crate::money;

/// Where an application is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    /// Being written by the organisation.
    Draft,
    /// Sent; waiting for the eligibility screening.
    Submitted,
    /// Passed the eligibility screening.
    Eligible,
    /// Failed the eligibility screening (names the criteria and a reason).
    Ineligible,
    /// Being scored by reviewers.
    UnderReview,
    /// Funded.
    Awarded,
    /// Not funded (with a reason).
    Rejected,
    /// Withdrawn by the organisation.
    Withdrawn,
    /// A rejection or ineligibility is being appealed.
    Appealed,
}

/// Every status, in life order.
pub const ALL_STATUSES: [ApplicationStatus; 9] = [
    ApplicationStatus::Draft,
    ApplicationStatus::Submitted,
    ApplicationStatus::Eligible,
    ApplicationStatus::Ineligible,
    ApplicationStatus::UnderReview,
    ApplicationStatus::Awarded,
    ApplicationStatus::Rejected,
    ApplicationStatus::Withdrawn,
    ApplicationStatus::Appealed,
];

impl ApplicationStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Submitted => "submitted",
            Self::Eligible => "eligible",
            Self::Ineligible => "ineligible",
            Self::UnderReview => "under_review",
            Self::Awarded => "awarded",
            Self::Rejected => "rejected",
            Self::Withdrawn => "withdrawn",
            Self::Appealed => "appealed",
        }
    }

    /// The status with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        ALL_STATUSES.into_iter().find(|status| status.as_str() == name)
    }
}

/// What happens to an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplicationAction {
    /// The organisation submits its draft.
    Submit,
    /// The organisation withdraws it.
    Withdraw,
    /// The officer finds it eligible.
    MarkEligible,
    /// The officer finds it ineligible.
    MarkIneligible,
    /// The first reviewer is assigned.
    StartReview,
    /// The officer awards it.
    Award,
    /// The officer rejects it.
    Reject,
    /// The organisation appeals a rejection or ineligibility.
    Appeal,
    /// The appeal is upheld: the application returns to the state it was appealed from.
    UpholdAppeal {
        /// `Rejected` or `Ineligible`.
        appealed_from: ApplicationStatus,
    },
    /// The appeal is granted: the application goes back to review.
    OverturnAppeal,
}

impl ApplicationAction {
    /// The verb, for messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Submit => "be submitted",
            Self::Withdraw => "be withdrawn",
            Self::MarkEligible => "be found eligible",
            Self::MarkIneligible => "be found ineligible",
            Self::StartReview => "go to review",
            Self::Award => "be awarded",
            Self::Reject => "be rejected",
            Self::Appeal => "be appealed",
            Self::UpholdAppeal { .. } => "have its appeal upheld",
            Self::OverturnAppeal => "have its appeal overturned",
        }
    }
}

impl ApplicationAction {
    /// The name of this action in the audit trail.
    pub fn audit_action(self) -> &'static str {
        match self {
            Self::Submit => "application.submitted",
            Self::Withdraw => "application.withdrawn",
            Self::MarkEligible => "application.found_eligible",
            Self::MarkIneligible => "application.found_ineligible",
            Self::StartReview => "application.review_started",
            Self::Award => "application.awarded",
            Self::Reject => "application.rejected",
            Self::Appeal => "application.appealed",
            Self::UpholdAppeal { .. } => "application.appeal_upheld",
            Self::OverturnAppeal => "application.appeal_overturned",
        }
    }
}

/// The state machine of an application: the state after `action`, or why it is refused.
pub fn transition(status: ApplicationStatus, action: ApplicationAction) -> Result<ApplicationStatus, String> {
    use ApplicationAction as A;
    use ApplicationStatus as S;
    match (status, action) {
        (S::Draft, A::Submit) => Ok(S::Submitted),
        (S::Draft | S::Submitted | S::Eligible | S::UnderReview, A::Withdraw) => Ok(S::Withdrawn),
        (S::Submitted, A::MarkEligible) => Ok(S::Eligible),
        (S::Submitted, A::MarkIneligible) => Ok(S::Ineligible),
        (S::Eligible, A::StartReview) => Ok(S::UnderReview),
        (S::UnderReview, A::Award) => Ok(S::Awarded),
        (S::UnderReview, A::Reject) => Ok(S::Rejected),
        (S::Rejected | S::Ineligible, A::Appeal) => Ok(S::Appealed),
        (
            S::Appealed,
            A::UpholdAppeal {
                appealed_from: from @ (S::Rejected | S::Ineligible),
            },
        ) => Ok(from),
        (S::Appealed, A::OverturnAppeal) => Ok(S::UnderReview),
        (status, action) => Err(refusal(status, action)),
    }
}

impl ApplicationStatus {
    /// The status with its article, for messages: "an eligible application".
    pub fn described(self) -> String {
        if self == Self::UnderReview {
            return "an application under review".to_owned();
        }
        let name = self.as_str().replace('_', " ");
        let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        format!("{article} {name} application")
    }
}

/// Why an application in `status` cannot take `action`, saying the way forward where
/// there is one ("an eligible application can be awarded once it is under review: assign
/// a reviewer first").
fn refusal(status: ApplicationStatus, action: ApplicationAction) -> String {
    use ApplicationAction as A;
    use ApplicationStatus as S;
    let described = status.described();
    let verb = action.as_str();
    match (status, action) {
        (S::Withdrawn, A::Withdraw) => "the application is already withdrawn".to_owned(),
        (S::Appealed, A::Appeal) => "the application's finding is already under appeal".to_owned(),
        (S::Rejected | S::Ineligible, A::MarkEligible | A::MarkIneligible | A::StartReview | A::Award | A::Reject) => {
            format!(
                "{described} cannot {verb}: the finding stands unless the organisation appeals it and the appeal is \
                 overturned"
            )
        }
        (S::Withdrawn, _) => {
            format!("the application was withdrawn and cannot {verb}; the organisation starts a new one")
        }
        (_, A::Submit) => format!("{described} cannot be submitted again: only a draft is submitted"),
        (S::Appealed, A::Withdraw) => {
            "an appealed application cannot be withdrawn while its appeal is pending: wait for the resolution"
                .to_owned()
        }
        (_, A::Withdraw) => format!("{described} cannot be withdrawn: it has been decided"),
        (S::Draft, A::MarkEligible | A::MarkIneligible) => {
            format!("a draft application can {verb} once it is submitted: the organisation submits it first")
        }
        (_, A::MarkEligible | A::MarkIneligible) => {
            format!("{described} cannot {verb}: it has already been screened, and only a submitted application is")
        }
        (S::Draft, A::StartReview) => {
            "a draft application can go to review once it is submitted and found eligible".to_owned()
        }
        (S::Submitted, A::StartReview) => {
            "a submitted application can go to review once it is found eligible: screen it first".to_owned()
        }
        (_, A::StartReview) => format!("{described} cannot go to review: only an eligible application can"),
        (S::Eligible, A::Award | A::Reject) => {
            format!("an eligible application can {verb} once it is under review: assign a reviewer first")
        }
        (S::Submitted, A::Award | A::Reject) => {
            format!("a submitted application can {verb} once it is under review: screen it and assign a reviewer first")
        }
        (S::Draft, A::Award | A::Reject) => {
            format!("a draft application can {verb} once it is submitted, found eligible and under review")
        }
        (S::Awarded, A::Award | A::Reject) => {
            format!("{described} has already been decided; it cannot {verb} again")
        }
        (S::Appealed, A::Award | A::Reject) => {
            format!("an appealed application can {verb} again once its appeal is overturned: resolve the appeal first")
        }
        (_, A::Award | A::Reject) => format!("{described} cannot {verb}: only an application under review is decided"),
        (_, A::Appeal) => format!("{described} cannot be appealed: only a rejection or an ineligibility finding can"),
        (S::Appealed, A::UpholdAppeal { .. }) => "the appeal names a finding that cannot be restored".to_owned(),
        (_, A::UpholdAppeal { .. } | A::OverturnAppeal) => {
            format!("{described} has no appeal pending, so there is nothing to resolve")
        }
    }
}

/// A line of the budget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetLine {
    /// What the money is for.
    pub description: String,
    /// How much.
    pub amount: Decimal,
}

/// Checks the requested amount and budget lines against the call: each line positive in
/// the call's minor unit, the request within the call's minimum and maximum grant, and
/// equal to the sum of the lines.
pub fn check_request(requested: Decimal, lines: &[BudgetLine], call: &CallTerms, check: &mut Validator) {
    let currency = call.currency;
    let mut amounts_readable = true;
    if let Err(message) = money::check_positive_amount(requested, currency) {
        amounts_readable = false;
        check.push("requested_amount", message);
    } else if requested < call.min_grant || requested > call.max_grant {
        check.push(
            "requested_amount",
            format!(
                "must lie between the call's minimum {} and maximum {} {}",
                money::format_amount(call.min_grant, currency),
                money::format_amount(call.max_grant, currency),
                currency
            ),
        );
    }
    check.check(lines.is_empty(), "budget_lines", "give at least one budget line");
    check.check(lines.len() > 200, "budget_lines", "at most 200 budget lines");
    let mut total = Decimal::ZERO;
    for (index, line) in lines.iter().enumerate() {
        check.required_text(&format!("budget_lines[{index}].description"), &line.description, 500);
        match money::check_positive_amount(line.amount, currency) {
            Ok(amount) => total += amount,
            Err(message) => {
                amounts_readable = false;
                check.push(format!("budget_lines[{index}].amount"), message);
            }
        }
    }
    // An amount already refused makes the sum meaningless: report it once, not again as
    // a mismatch with the lines.
    if amounts_readable && !lines.is_empty() && total != requested {
        check.push(
            "requested_amount",
            format!(
                "must equal the sum of the budget lines ({} {currency})",
                money::format_amount(total, currency)
            ),
        );
    }
}

/// Checks an eligibility screening: an ineligible finding names at least one of the
/// call's criteria and gives a reason the applicant can read; an eligible one names none.
pub fn check_screening(
    eligible: bool,
    failed_criteria: &[String],
    reason: Option<&str>,
    criteria: &[EligibilityCriterion],
    check: &mut Validator,
) {
    if eligible {
        check.check(
            !failed_criteria.is_empty(),
            "failed_criteria",
            "an eligible application fails no criterion",
        );
        return;
    }
    check.check(
        failed_criteria.is_empty(),
        "failed_criteria",
        "name the criteria the application fails",
    );
    for (index, key) in failed_criteria.iter().enumerate() {
        check.check(
            !criteria.iter().any(|criterion| &criterion.key == key),
            format!("failed_criteria[{index}]"),
            format!("`{key}` is not an eligibility criterion of this call"),
        );
    }
    match reason {
        Some(text) => check.required_text("reason", text, 5_000),
        None => check.push("reason", "give the reason the applicant will read"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calls::rules::RubricCriterion;
    use crate::error::AppError;
    use crate::money::Currency;
    use ApplicationAction as A;
    use ApplicationStatus as S;

    fn all_actions() -> Vec<ApplicationAction> {
        vec![
            A::Submit,
            A::Withdraw,
            A::MarkEligible,
            A::MarkIneligible,
            A::StartReview,
            A::Award,
            A::Reject,
            A::Appeal,
            A::UpholdAppeal {
                appealed_from: S::Rejected,
            },
            A::UpholdAppeal {
                appealed_from: S::Ineligible,
            },
            A::UpholdAppeal {
                appealed_from: S::Awarded,
            },
            A::OverturnAppeal,
        ]
    }

    fn allowed() -> Vec<(ApplicationStatus, ApplicationAction, ApplicationStatus)> {
        vec![
            (S::Draft, A::Submit, S::Submitted),
            (S::Draft, A::Withdraw, S::Withdrawn),
            (S::Submitted, A::Withdraw, S::Withdrawn),
            (S::Eligible, A::Withdraw, S::Withdrawn),
            (S::UnderReview, A::Withdraw, S::Withdrawn),
            (S::Submitted, A::MarkEligible, S::Eligible),
            (S::Submitted, A::MarkIneligible, S::Ineligible),
            (S::Eligible, A::StartReview, S::UnderReview),
            (S::UnderReview, A::Award, S::Awarded),
            (S::UnderReview, A::Reject, S::Rejected),
            (S::Rejected, A::Appeal, S::Appealed),
            (S::Ineligible, A::Appeal, S::Appealed),
            (
                S::Appealed,
                A::UpholdAppeal {
                    appealed_from: S::Rejected,
                },
                S::Rejected,
            ),
            (
                S::Appealed,
                A::UpholdAppeal {
                    appealed_from: S::Ineligible,
                },
                S::Ineligible,
            ),
            (S::Appealed, A::OverturnAppeal, S::UnderReview),
        ]
    }

    #[test]
    fn every_allowed_transition_leads_where_the_design_says() {
        for (from, action, to) in allowed() {
            assert_eq!(transition(from, action), Ok(to), "{from:?} {action:?}");
        }
    }

    #[test]
    fn every_other_transition_is_refused() {
        let allowed = allowed();
        for status in ALL_STATUSES {
            for action in all_actions() {
                if !allowed
                    .iter()
                    .any(|(from, allowed_action, _)| *from == status && *allowed_action == action)
                {
                    assert!(
                        transition(status, action).is_err(),
                        "{status:?} {action:?} should be refused"
                    );
                }
            }
        }
    }

    #[test]
    fn a_decided_application_cannot_be_withdrawn() {
        for status in [S::Awarded, S::Rejected, S::Ineligible, S::Withdrawn, S::Appealed] {
            assert!(transition(status, A::Withdraw).is_err(), "{status:?}");
        }
    }

    fn call() -> CallTerms {
        CallTerms {
            title: "t".to_owned(),
            description: "d".to_owned(),
            thematic_areas: vec![],
            eligibility_criteria: vec![EligibilityCriterion {
                key: "registered".to_owned(),
                description: "Registered".to_owned(),
            }],
            rubric: vec![RubricCriterion {
                key: "r".to_owned(),
                description: "r".to_owned(),
                weight: Decimal::ONE,
                min_score: 0,
                max_score: 5,
            }],
            currency: Currency::from_code("EUR").expect("EUR"),
            budget_ceiling: Decimal::from(100_000),
            min_grant: Decimal::from(5_000),
            max_grant: Decimal::from(25_000),
            opens_at: chrono::DateTime::UNIX_EPOCH,
            closes_at: chrono::DateTime::UNIX_EPOCH,
            appeal_window_days: 14,
            blind_review: false,
            regions: Vec::new(),
        }
    }

    fn line(amount: &str) -> BudgetLine {
        BudgetLine {
            description: "Workshops".to_owned(),
            amount: Decimal::from_str_exact(amount).expect("amount"),
        }
    }

    fn request_fields(requested: &str, lines: &[BudgetLine]) -> Vec<String> {
        let mut check = Validator::new();
        check_request(
            Decimal::from_str_exact(requested).expect("amount"),
            lines,
            &call(),
            &mut check,
        );
        match check.finish() {
            Ok(()) => Vec::new(),
            Err(AppError::Validation(errors)) => errors.into_iter().map(|error| error.field).collect(),
            Err(other) => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_request_equal_to_its_lines_and_within_the_grant_range_passes() {
        assert!(request_fields("12000.50", &[line("10000"), line("2000.50")]).is_empty());
    }

    #[test]
    fn a_request_outside_the_grant_range_is_refused() {
        assert_eq!(request_fields("4999.99", &[line("4999.99")]), vec!["requested_amount"]);
        assert_eq!(
            request_fields("25000.01", &[line("25000.01")]),
            vec!["requested_amount"]
        );
    }

    #[test]
    fn a_request_that_differs_from_its_lines_is_refused() {
        assert_eq!(
            request_fields("12000", &[line("10000"), line("1999")]),
            vec!["requested_amount"]
        );
    }

    #[test]
    fn over_precise_or_negative_lines_are_refused() {
        let fields = request_fields("12000", &[line("12000.001"), line("-1")]);
        assert!(fields.contains(&"budget_lines[0].amount".to_owned()));
        assert!(fields.contains(&"budget_lines[1].amount".to_owned()));
    }

    #[test]
    fn an_over_precise_amount_is_reported_once_not_again_as_a_mismatch() {
        assert_eq!(
            request_fields("12000", &[line("11999.995"), line("0.005")]),
            vec!["budget_lines[0].amount", "budget_lines[1].amount"]
        );
        assert_eq!(request_fields("12000.001", &[line("12000")]), vec!["requested_amount"]);
    }

    #[test]
    fn refusals_are_grammatical_and_say_the_way_forward() {
        assert_eq!(
            transition(S::Eligible, A::Award),
            Err("an eligible application can be awarded once it is under review: assign a reviewer first".to_owned())
        );
        for status in ALL_STATUSES {
            for action in all_actions() {
                if let Err(detail) = transition(status, action) {
                    assert!(!detail.contains("a eligible"), "{detail}");
                    assert!(!detail.contains("a ineligible"), "{detail}");
                    assert!(!detail.contains("under review application"), "{detail}");
                    assert!(!detail.contains("a awarded"), "{detail}");
                    assert!(!detail.contains("a appealed"), "{detail}");
                }
            }
        }
    }

    fn screening_fields(eligible: bool, failed: &[&str], reason: Option<&str>) -> Vec<String> {
        let failed: Vec<String> = failed.iter().map(|key| (*key).to_owned()).collect();
        let mut check = Validator::new();
        check_screening(eligible, &failed, reason, &call().eligibility_criteria, &mut check);
        match check.finish() {
            Ok(()) => Vec::new(),
            Err(AppError::Validation(errors)) => errors.into_iter().map(|error| error.field).collect(),
            Err(other) => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_ineligible_finding_names_known_criteria_and_a_reason() {
        assert!(screening_fields(false, &["registered"], Some("No registration certificate")).is_empty());
        assert_eq!(screening_fields(false, &[], Some("why")), vec!["failed_criteria"]);
        assert_eq!(
            screening_fields(false, &["unknown"], Some("why")),
            vec!["failed_criteria[0]"]
        );
        assert_eq!(screening_fields(false, &["registered"], None), vec!["reason"]);
        assert_eq!(screening_fields(true, &["registered"], None), vec!["failed_criteria"]);
        assert!(screening_fields(true, &[], None).is_empty());
    }
}
