//! The rules of an award, as pure functions: its state machine, its reference, its
//! reporting obligations, and when it may be completed.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// Where an award is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AwardStatus {
    /// Decided; the organisation has not yet accepted the terms.
    PendingAcceptance,
    /// Terms accepted; money may flow.
    Active,
    /// Every tranche paid and every report received.
    Completed,
    /// Ended early.
    Terminated,
}

impl AwardStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PendingAcceptance => "pending_acceptance",
            Self::Active => "active",
            Self::Completed => "completed",
            Self::Terminated => "terminated",
        }
    }

    /// The status with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::PendingAcceptance, Self::Active, Self::Completed, Self::Terminated]
            .into_iter()
            .find(|status| status.as_str() == name)
    }
}

/// What happens to an award.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AwardAction {
    /// The organisation accepts the terms.
    Accept,
    /// All tranches paid and reports received.
    Complete,
    /// The office ends the award.
    Terminate,
}

/// The state machine of an award: the state after `action`, or why it is refused.
pub fn transition(status: AwardStatus, action: AwardAction) -> Result<AwardStatus, String> {
    use AwardAction as A;
    use AwardStatus as S;
    match (status, action) {
        (S::PendingAcceptance, A::Accept) => Ok(S::Active),
        (S::Active, A::Complete) => Ok(S::Completed),
        (S::PendingAcceptance | S::Active, A::Terminate) => Ok(S::Terminated),
        (S::Active, A::Accept) => Err("the award is already accepted; money may be requested against it".to_owned()),
        (S::PendingAcceptance, A::Complete) => Err(
            "an award pending acceptance cannot be completed: its members accept it first, then it is paid and reported on"
                .to_owned(),
        ),
        (S::Completed | S::Terminated, action) => Err(format!(
            "{} award cannot be {}: it is closed",
            match status {
                S::Completed => "a completed",
                _ => "a terminated",
            },
            action.done()
        )),
    }
}

impl AwardAction {
    /// The action recorded in the audit trail.
    pub fn audit_action(self) -> &'static str {
        match self {
            Self::Accept => "award.accepted",
            Self::Complete => "award.completed",
            Self::Terminate => "award.terminated",
        }
    }

    /// The action as a past participle ("accepted").
    fn done(self) -> &'static str {
        match self {
            Self::Accept => "accepted",
            Self::Complete => "completed",
            Self::Terminate => "terminated",
        }
    }
}

/// The award's reference, printed on letters and payments: the year and the first eight
/// hex digits of its id (`GD-2026-3F9A1C2B`).
pub fn reference(id: Uuid, year: i32) -> String {
    format!("GD-{year}-{}", &id.simple().to_string()[..8].to_uppercase())
}

/// A report an organisation owes under its award.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReportKind {
    /// Interim report on the work done.
    InterimNarrative,
    /// Interim account of the money spent.
    InterimFinancial,
    /// Final report on the work done.
    FinalNarrative,
    /// Final account of the money spent.
    FinalFinancial,
}

impl ReportKind {
    /// Every kind, in the order letters list them.
    pub const ALL: [Self; 4] = [
        Self::InterimNarrative,
        Self::InterimFinancial,
        Self::FinalNarrative,
        Self::FinalFinancial,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::InterimNarrative => "interim_narrative",
            Self::InterimFinancial => "interim_financial",
            Self::FinalNarrative => "final_narrative",
            Self::FinalFinancial => "final_financial",
        }
    }

    /// The kind with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == name)
    }
}

/// Where a reporting obligation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ObligationStatus {
    /// Not yet submitted.
    Pending,
    /// Submitted by the organisation; the office has not yet received it.
    Submitted,
    /// Received by the office.
    Received,
}

impl ObligationStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Submitted => "submitted",
            Self::Received => "received",
        }
    }

    /// The status with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Pending, Self::Submitted, Self::Received]
            .into_iter()
            .find(|status| status.as_str() == name)
    }
}

/// What happens to a reporting obligation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObligationAction {
    /// The organisation submits its report.
    Submit,
    /// The office records the report as received (submitted here or sent otherwise).
    Receive,
}

/// The state machine of a reporting obligation.
pub fn obligation_transition(status: ObligationStatus, action: ObligationAction) -> Result<ObligationStatus, String> {
    use ObligationAction as A;
    use ObligationStatus as S;
    match (status, action) {
        (S::Pending | S::Submitted, A::Submit) => Ok(S::Submitted),
        (S::Pending | S::Submitted, A::Receive) => Ok(S::Received),
        (S::Received, _) => Err("the report has already been received; nothing more is needed for it".to_owned()),
    }
}

/// Checks the reporting obligations of a decision and the tranches' links to them: due
/// dates not in the past, and each link naming an obligation of the list.
pub fn check_obligations(
    due_dates: &[NaiveDate],
    tranche_links: &[Option<usize>],
    today: NaiveDate,
    check: &mut crate::error::Validator,
) {
    for (index, due_on) in due_dates.iter().enumerate() {
        check.check(
            *due_on < today,
            format!("reporting_obligations[{index}].due_on"),
            "must not be in the past",
        );
    }
    for (index, link) in tranche_links.iter().enumerate() {
        if let Some(report) = link {
            check.check(
                *report >= due_dates.len(),
                format!("tranches[{index}].condition_report"),
                format!(
                    "names reporting obligation {report}, but the decision lists {} (counted from 0)",
                    due_dates.len()
                ),
            );
        }
    }
}

/// What a submitted report must carry: at least one file, or a note (what the report says,
/// where it was sent, or why there is no file).
pub fn check_report_contents(files: u64, has_note: bool) -> Result<(), String> {
    if files > 0 || has_note {
        Ok(())
    } else {
        Err(
            "add the report as a file first, or write a note saying where it was sent or why there is no file"
                .to_owned(),
        )
    }
}

/// A tranche's condition is met when it names no reporting obligation, or when the one
/// it names has been received.
pub fn condition_met(linked_report: Option<ObligationStatus>) -> bool {
    matches!(linked_report, None | Some(ObligationStatus::Received))
}

/// Where an award's money and reports stand, for its completion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Closing {
    /// The award's currency.
    pub currency: crate::money::Currency,
    /// The award's amount.
    pub awarded: Decimal,
    /// Paid so far (in the award's currency).
    pub paid: Decimal,
    /// Disbursements requested or approved, not yet paid.
    pub open_disbursements: u64,
    /// Reporting obligations not yet received.
    pub reports_outstanding: u64,
}

/// What terminating an award returns to its call's budget: the award less what was paid
/// (requested payments are cancelled with the termination). Refused while a payment is
/// approved and not yet paid: finance pays or cancels it first, so the amount released is
/// final.
pub fn released_on_termination(
    awarded: Decimal,
    totals: &crate::disbursements::rules::Totals,
    currency: crate::money::Currency,
) -> Result<Decimal, String> {
    if totals.approved > Decimal::ZERO {
        return Err(format!(
            "{} {currency} of this award is approved for payment and not yet paid: finance pays or cancels it, then \
             terminate the award",
            crate::money::format_amount(totals.approved, currency)
        ));
    }
    Ok((awarded - totals.paid).max(Decimal::ZERO))
}

/// An active award may be completed once it is paid in full, nothing is in flight and
/// every report has been received; the refusal names what is missing.
pub fn check_completion(closing: Closing) -> Result<(), String> {
    let mut missing = Vec::new();
    if closing.paid < closing.awarded {
        missing.push(format!(
            "{} {} of the award is still unpaid",
            crate::money::format_amount(closing.awarded - closing.paid, closing.currency),
            closing.currency
        ));
    }
    if closing.open_disbursements > 0 {
        missing.push(format!(
            "{} disbursement(s) are requested or approved but not paid",
            closing.open_disbursements
        ));
    }
    if closing.reports_outstanding > 0 {
        missing.push(format!(
            "{} report(s) have not been received",
            closing.reports_outstanding
        ));
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("the award cannot be completed: {}", missing.join("; ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use AwardAction as A;
    use AwardStatus as S;

    #[test]
    fn every_allowed_transition_and_every_refused_one() {
        let allowed = [
            (S::PendingAcceptance, A::Accept, S::Active),
            (S::Active, A::Complete, S::Completed),
            (S::PendingAcceptance, A::Terminate, S::Terminated),
            (S::Active, A::Terminate, S::Terminated),
        ];
        for status in [S::PendingAcceptance, S::Active, S::Completed, S::Terminated] {
            for action in [A::Accept, A::Complete, A::Terminate] {
                let expected = allowed
                    .iter()
                    .find(|(from, on, _)| *from == status && *on == action)
                    .map(|(_, _, to)| *to);
                assert_eq!(transition(status, action).ok(), expected, "{status:?} {action:?}");
            }
        }
    }

    #[test]
    fn a_received_report_cannot_change_again() {
        use ObligationAction as OA;
        use ObligationStatus as OS;
        assert_eq!(obligation_transition(OS::Pending, OA::Submit), Ok(OS::Submitted));
        assert_eq!(obligation_transition(OS::Submitted, OA::Submit), Ok(OS::Submitted));
        assert_eq!(obligation_transition(OS::Pending, OA::Receive), Ok(OS::Received));
        assert_eq!(obligation_transition(OS::Submitted, OA::Receive), Ok(OS::Received));
        assert!(obligation_transition(OS::Received, OA::Submit).is_err());
        assert!(obligation_transition(OS::Received, OA::Receive).is_err());
    }

    #[test]
    fn a_report_is_submitted_with_a_file_or_a_note() {
        assert!(check_report_contents(0, false).is_err());
        assert!(check_report_contents(1, false).is_ok());
        assert!(check_report_contents(0, true).is_ok());
    }

    #[test]
    fn a_condition_is_met_only_by_a_received_report() {
        assert!(condition_met(None));
        assert!(condition_met(Some(ObligationStatus::Received)));
        assert!(!condition_met(Some(ObligationStatus::Submitted)));
        assert!(!condition_met(Some(ObligationStatus::Pending)));
    }

    #[test]
    fn links_name_an_obligation_of_the_list_and_dates_are_not_past() {
        let day = |d| NaiveDate::from_ymd_opt(2027, 1, d).expect("date");
        let fields = |dates: &[NaiveDate], links: &[Option<usize>]| {
            let mut check = crate::error::Validator::new();
            check_obligations(dates, links, day(10), &mut check);
            match check.finish() {
                Ok(()) => Vec::new(),
                Err(crate::error::AppError::Validation(errors)) => {
                    errors.into_iter().map(|error| error.field).collect::<Vec<_>>()
                }
                Err(other) => panic!("{other:?}"),
            }
        };
        assert!(fields(&[day(20), day(30)], &[None, Some(0), Some(1)]).is_empty());
        assert_eq!(fields(&[day(20)], &[Some(1)]), vec!["tranches[0].condition_report"]);
        assert_eq!(fields(&[day(9), day(10)], &[]), vec!["reporting_obligations[0].due_on"]);
    }

    #[test]
    fn completion_needs_full_payment_nothing_in_flight_and_every_report() {
        let dec = |text: &str| Decimal::from_str_exact(text).expect("decimal");
        let done = Closing {
            currency: crate::money::Currency::from_code("EUR").expect("EUR"),
            awarded: dec("1000"),
            paid: dec("1000"),
            open_disbursements: 0,
            reports_outstanding: 0,
        };
        assert_eq!(check_completion(done), Ok(()));
        let unpaid = check_completion(Closing {
            paid: dec("600"),
            ..done
        })
        .expect_err("unpaid");
        assert!(unpaid.contains("400.00 EUR of the award is still unpaid"), "{unpaid}");
        let busy = check_completion(Closing {
            open_disbursements: 1,
            reports_outstanding: 2,
            ..done
        })
        .expect_err("busy");
        assert!(
            busy.contains("1 disbursement(s)") && busy.contains("2 report(s)"),
            "{busy}"
        );
    }

    #[test]
    fn the_reference_names_the_year_and_the_id() {
        let id = Uuid::parse_str("3f9a1c2b-0000-4000-8000-000000000000").expect("uuid");
        assert_eq!(reference(id, 2026), "GD-2026-3F9A1C2B");
    }

    #[test]
    fn every_refusal_is_grammatical_and_says_where_the_award_stands() {
        use AwardAction as A;
        use AwardStatus as S;
        for status in [S::PendingAcceptance, S::Active, S::Completed, S::Terminated] {
            for action in [A::Accept, A::Complete, A::Terminate] {
                let Err(refusal) = transition(status, action) else {
                    continue;
                };
                for wrong in ["a active", "a pending", "a accepted", "_"] {
                    assert!(!refusal.contains(wrong), "{status:?} {action:?}: {refusal}");
                }
                assert!(
                    refusal.contains([':', ';']),
                    "{status:?} {action:?} gives no way forward: {refusal}"
                );
            }
        }
    }
}
