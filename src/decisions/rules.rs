//! The rules of decisions and appeals, as pure functions: checks of a decision, the split
//! of an award into tranches, the appeal window and when a call may be marked decided.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::applications::rules::ApplicationStatus;
use crate::diligence::rules::Standing;
use crate::error::{AppError, ProblemKind, Validator};
use crate::i18n::{Arg, Message};
use crate::money::{self, Currency};
use crate::risk::rules::{ResidualRating, RiskStatus};

/// What an officer decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Funded.
    Awarded,
    /// Not funded.
    Rejected,
}

impl Outcome {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Awarded => "awarded",
            Self::Rejected => "rejected",
        }
    }

    /// The outcome with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Awarded, Self::Rejected]
            .into_iter()
            .find(|outcome| outcome.as_str() == name)
    }
}

/// Where an appeal is: open until an officer upholds the finding or overturns it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppealStatus {
    /// Waiting for an officer.
    Open,
    /// The finding stands.
    Upheld,
    /// The finding is set aside; the application went back to review.
    Overturned,
}

impl AppealStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Upheld => "upheld",
            Self::Overturned => "overturned",
        }
    }

    /// The status with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Open, Self::Upheld, Self::Overturned]
            .into_iter()
            .find(|status| status.as_str() == name)
    }
}

/// The call budget check of an award: the amounts already awarded in the call plus this
/// award must stay within the call's budget ceiling. The caller holds the call's row lock,
/// so `awarded_so_far` cannot change before the award is recorded. The refusal says how
/// much can still be awarded.
pub fn check_call_budget(
    awarded_so_far: Decimal,
    this_award: Decimal,
    ceiling: Decimal,
    currency: Currency,
) -> Result<(), Message> {
    let ceiling_amount = Arg::Amount(ceiling, currency);
    let Some(total) = awarded_so_far.checked_add(this_award) else {
        return Err(Message::new("decision-over-any-budget").with("ceiling", ceiling_amount));
    };
    if total <= ceiling {
        return Ok(());
    }
    let left = (ceiling - awarded_so_far).max(Decimal::ZERO);
    Err(Message::new("decision-over-budget")
        .with("total", Arg::Amount(total, currency))
        .with("ceiling", ceiling_amount)
        .with("left", Arg::Amount(left, currency)))
}

/// A tranche as the officer asks for it: a percent of the award or an amount.
#[derive(Debug, Clone, PartialEq)]
pub struct TrancheInput {
    /// Share of the award, in percent.
    pub percent: Option<Decimal>,
    /// Fixed amount.
    pub amount: Option<Decimal>,
    /// When it falls due.
    pub due_on: NaiveDate,
    /// What must happen first ("interim report received").
    pub condition: String,
    /// The reporting obligation (its position in the decision's list, from 0) whose
    /// receipt is the condition.
    pub report: Option<usize>,
}

/// A tranche as decided: always an amount in the award's currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tranche {
    /// Position, from 1.
    pub number: usize,
    /// Amount.
    pub amount: Decimal,
    /// The percent asked for, if it was given as a percent.
    pub percent: Option<Decimal>,
    /// When it falls due.
    pub due_on: NaiveDate,
    /// Condition.
    pub condition: String,
    /// The reporting obligation (position in the decision's list, from 0) that must be
    /// received before the tranche is paid.
    #[serde(default)]
    pub report: Option<usize>,
}

/// Checks the amount of an award: positive, in the currency's minor unit, at most the
/// requested amount, and within the call's minimum and maximum grant.
pub fn check_award_amount(
    amount: Decimal,
    requested: Decimal,
    (min_grant, max_grant): (Decimal, Decimal),
    currency: Currency,
    check: &mut Validator,
) {
    if let Err(message) = money::check_positive_amount(amount, currency) {
        check.push("amount", message);
        return;
    }
    let limits = [
        (amount > requested, "decision-amount-over-request", requested),
        (amount < min_grant, "decision-amount-under-minimum", min_grant),
        (amount > max_grant, "decision-amount-over-maximum", max_grant),
    ];
    for (failed, id, limit) in limits {
        check.check(
            failed,
            "amount",
            Message::new(id).with("limit", Arg::Amount(limit, currency)),
        );
    }
}

/// Splits an award into tranches. Percents must total 100 and amounts must total the
/// award; percent tranches are rounded to the minor unit (half away from zero) and the
/// last by due date (the last paid; among equal dates, the last listed) takes the
/// remainder, whatever order the request lists them in. Due dates may not precede
/// `today`; tranches come out in due-date order.
pub fn plan_tranches(
    award: Decimal,
    currency: Currency,
    inputs: &[TrancheInput],
    today: NaiveDate,
    check: &mut Validator,
) -> Vec<Tranche> {
    if inputs.is_empty() {
        return Vec::new();
    }
    if money::check_storable(award).is_err() {
        check.push("amount", Message::new("decision-amount-too-large-to-split"));
        return Vec::new();
    }
    let by_percent = inputs
        .iter()
        .all(|input| input.percent.is_some() && input.amount.is_none());
    let by_amount = inputs
        .iter()
        .all(|input| input.amount.is_some() && input.percent.is_none());
    if !by_percent && !by_amount {
        check.push("tranches", Message::new("decision-tranches-one-kind"));
        return Vec::new();
    }
    let mut ok = true;
    for (index, input) in inputs.iter().enumerate() {
        if input.due_on < today {
            check.push(
                format!("tranches[{index}].due_on"),
                Message::new("decision-tranche-due-past"),
            );
            ok = false;
        }
        if input.condition.trim().chars().count() > 500 {
            check.push(
                format!("tranches[{index}].condition"),
                Message::new("decision-tranche-condition-long"),
            );
            ok = false;
        }
        if let Some(percent) = input.percent
            && (percent <= Decimal::ZERO || percent > Decimal::ONE_HUNDRED)
        {
            check.push(
                format!("tranches[{index}].percent"),
                Message::new("decision-tranche-percent-range"),
            );
            ok = false;
        }
        if let Some(amount) = input.amount
            && let Err(message) = money::check_positive_amount(amount, currency)
        {
            check.push(format!("tranches[{index}].amount"), message);
            ok = false;
        }
    }
    if !ok {
        return Vec::new();
    }
    let mut amounts: Vec<Decimal> = if by_percent {
        let total: Decimal = inputs.iter().filter_map(|input| input.percent).sum();
        if total != Decimal::ONE_HUNDRED {
            check.push(
                "tranches",
                Message::new("decision-tranches-percent-total").with("total", total.normalize().to_string()),
            );
            return Vec::new();
        }
        let split: Option<Vec<Decimal>> = inputs
            .iter()
            .filter_map(|input| input.percent)
            .map(|percent| {
                money::checked_storable_mul(award, percent)
                    .and_then(|share| share.checked_div(Decimal::ONE_HUNDRED))
                    .map(|share| money::round_to_minor_unit(share, currency))
            })
            .collect();
        let Some(split) = split else {
            check.push("amount", Message::new("decision-amount-too-large-to-split"));
            return Vec::new();
        };
        split
    } else {
        let total = inputs
            .iter()
            .filter_map(|input| input.amount)
            .try_fold(Decimal::ZERO, |sum, amount| sum.checked_add(amount));
        let Some(total) = total else {
            check.push("tranches", Message::new("decision-tranches-overflow"));
            return Vec::new();
        };
        if total != award {
            check.push(
                "tranches",
                Message::new("decision-tranches-amount-total")
                    .with("award", Arg::Amount(award, currency))
                    .with("total", Arg::Amount(total, currency)),
            );
            return Vec::new();
        }
        inputs.iter().filter_map(|input| input.amount).collect()
    };
    let mut order: Vec<usize> = (0..inputs.len()).collect();
    order.sort_by_key(|index| (inputs[*index].due_on, *index));
    if let Some((&last, earlier)) = order.split_last() {
        let allotted: Decimal = earlier.iter().map(|index| amounts[*index]).sum();
        amounts[last] = award - allotted;
    }
    if amounts.iter().any(|amount| *amount <= Decimal::ZERO) {
        check.push("tranches", Message::new("decision-tranches-zero"));
        return Vec::new();
    }
    order
        .into_iter()
        .enumerate()
        .map(|(position, index)| Tranche {
            number: position + 1,
            amount: amounts[index],
            percent: inputs[index].percent,
            due_on: inputs[index].due_on,
            condition: inputs[index].condition.trim().to_owned(),
            report: inputs[index].report,
        })
        .collect()
}

/// The do-no-harm and due-diligence gate of every award: the organisation's due
/// diligence valid on the decision date, and the application's risk assessment approved
/// with a residual rating below critical. The refusal names every missing precondition.
pub fn check_award_gate(diligence: Standing, risk: Option<(RiskStatus, ResidualRating)>) -> Result<(), String> {
    let mut missing = Vec::new();
    match diligence {
        Standing::Valid(_) => {}
        Standing::Missing => missing.push("the organisation has no completed due-diligence assessment".to_owned()),
        Standing::Failed => missing.push("the organisation's latest due-diligence assessment failed".to_owned()),
        Standing::Expired(at) => missing.push(format!(
            "the organisation's due diligence expired at {}",
            at.to_rfc3339()
        )),
    }
    match risk {
        None => missing.push("the application has no do-no-harm risk assessment".to_owned()),
        Some((RiskStatus::Submitted, _)) => missing.push("the do-no-harm risk assessment is not approved".to_owned()),
        Some((RiskStatus::Approved, ResidualRating::Critical)) => {
            missing.push("the residual do-no-harm risk is critical, which blocks any award".to_owned())
        }
        Some((RiskStatus::Approved, _)) => {}
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("cannot award: {}", missing.join("; ")))
    }
}

/// The last instant at which a finding made at `made_at` may be appealed.
pub fn appeal_deadline(made_at: DateTime<Utc>, window_days: i32) -> DateTime<Utc> {
    made_at + Duration::days(i64::from(window_days))
}

/// Refuses an appeal filed after the window, naming the deadline.
pub fn check_appeal_window(made_at: DateTime<Utc>, window_days: i32, now: DateTime<Utc>) -> Result<(), AppError> {
    let deadline = appeal_deadline(made_at, window_days);
    if now > deadline {
        return Err(AppError::conflict(
            ProblemKind::AppealWindowClosed,
            Message::new("conflict-appeal-window-closed").with("deadline", deadline.to_rfc3339()),
        ));
    }
    Ok(())
}

/// The latest appeal deadline still ahead of `now` among findings not yet appealed
/// (`(made_at, already_appealed)`), if any: the call cannot be decided before it.
pub fn open_appeal_deadline(
    findings: &[(DateTime<Utc>, bool)],
    window_days: i32,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    findings
        .iter()
        .filter(|(_, appealed)| !appealed)
        .map(|(made_at, _)| appeal_deadline(*made_at, window_days))
        .filter(|deadline| *deadline >= now)
        .max()
}

/// Whether a closed call's applications are all settled, so the call may be decided:
/// nothing submitted, eligible, under review or under appeal.
pub fn check_call_decidable(statuses: &[ApplicationStatus]) -> Result<(), String> {
    let pending: Vec<&str> = statuses
        .iter()
        .filter(|status| {
            matches!(
                status,
                ApplicationStatus::Submitted
                    | ApplicationStatus::Eligible
                    | ApplicationStatus::UnderReview
                    | ApplicationStatus::Appealed
            )
        })
        .map(|status| status.as_str())
        .collect();
    if pending.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} application(s) are not settled yet ({}); screen, review and decide them, and resolve open appeals, \
             before deciding the call",
            pending.len(),
            pending.join(", ").replace('_', " ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(text: &str) -> Decimal {
        Decimal::from_str_exact(text).expect("decimal")
    }

    fn eur() -> Currency {
        Currency::from_code("EUR").expect("EUR")
    }

    #[test]
    fn an_award_under_the_call_budget_passes() {
        assert_eq!(
            check_call_budget(dec("50000"), dec("20000"), dec("100000"), eur()),
            Ok(())
        );
    }

    #[test]
    fn an_award_exactly_at_the_call_budget_passes() {
        assert_eq!(
            check_call_budget(dec("80000"), dec("20000"), dec("100000"), eur()),
            Ok(())
        );
    }

    #[test]
    fn an_award_over_the_call_budget_is_refused_saying_what_is_left() {
        let refusal = check_call_budget(dec("80000"), dec("20000.01"), dec("100000"), eur())
            .expect_err("over")
            .render(crate::i18n::Language::En);
        assert!(refusal.contains("total 100000.01 EUR"), "{refusal}");
        assert!(refusal.contains("100000.00 EUR"), "{refusal}");
        assert!(refusal.contains("at most 20000.00 EUR"), "{refusal}");
    }

    #[test]
    fn an_award_that_overflows_the_total_is_refused_not_wrapped() {
        assert!(check_call_budget(Decimal::MAX, dec("1"), dec("100000"), eur()).is_err());
    }

    fn day(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 1, day).expect("date")
    }

    fn percent(value: &str, due: u32) -> TrancheInput {
        TrancheInput {
            percent: Some(dec(value)),
            amount: None,
            due_on: day(due),
            condition: "report".to_owned(),
            report: None,
        }
    }

    fn amount(value: &str, due: u32) -> TrancheInput {
        TrancheInput {
            percent: None,
            amount: Some(dec(value)),
            due_on: day(due),
            condition: String::new(),
            report: None,
        }
    }

    fn plan(award: &str, inputs: &[TrancheInput]) -> Result<Vec<Decimal>, Vec<String>> {
        let mut check = Validator::new();
        let tranches = plan_tranches(dec(award), eur(), inputs, day(1), &mut check);
        match check.finish() {
            Ok(()) => Ok(tranches.into_iter().map(|tranche| tranche.amount).collect()),
            Err(AppError::Validation(errors)) => Err(errors.into_iter().map(|error| error.field).collect()),
            Err(other) => panic!("{other:?}"),
        }
    }

    #[test]
    fn percents_split_with_the_last_tranche_taking_the_remainder() {
        // 10000.01 in thirds: 3333.33 (from 3333.3267), 3333.33, and the remainder 3333.35.
        let thirds = [percent("33.3333", 2), percent("33.3333", 3), percent("33.3334", 4)];
        assert_eq!(
            plan("10000.01", &thirds),
            Ok(vec![dec("3333.33"), dec("3333.33"), dec("3333.35")])
        );
        assert_eq!(
            plan("24500", &[percent("60", 2), percent("40", 3)]),
            Ok(vec![dec("14700.00"), dec("9800")])
        );
    }

    #[test]
    fn tranche_splits_round_to_each_currency_s_minor_unit() {
        // (award, currency, percents, expected amounts): worked by hand, half away from
        // zero, the last tranche taking what rounding left.
        let cases: [(&str, &str, &[&str], &[&str]); 7] = [
            (
                "100.00",
                "EUR",
                &["33.33", "33.33", "33.34"],
                &["33.33", "33.33", "33.34"],
            ),
            (
                "1000.00",
                "EUR",
                &["33.33", "33.33", "33.34"],
                &["333.30", "333.30", "333.40"],
            ),
            (
                "100.01",
                "USD",
                &["33.33", "33.33", "33.34"],
                &["33.33", "33.33", "33.35"],
            ),
            // 1000 JPY has no minor unit: 333.3 -> 333, 333.3 -> 333, remainder 334.
            ("1000", "JPY", &["33.33", "33.33", "33.34"], &["333", "333", "334"]),
            // 1001 JPY at 50/50: 500.5 rounds half away from zero to 501, remainder 500.
            ("1001", "JPY", &["50", "50"], &["501", "500"]),
            // KWD has three decimals: 100.001 x 33.33% = 33.3303333 -> 33.330.
            (
                "100.001",
                "KWD",
                &["33.33", "33.33", "33.34"],
                &["33.330", "33.330", "33.341"],
            ),
            // 0.005 KWD at 50/50: 0.0025 -> 0.003, remainder 0.002.
            ("0.005", "KWD", &["50", "50"], &["0.003", "0.002"]),
        ];
        for (award, code, percents, expected) in cases {
            let currency = Currency::from_code(code).expect("currency");
            let inputs: Vec<TrancheInput> = percents
                .iter()
                .enumerate()
                .map(|(index, value)| percent(value, 2 + u32::try_from(index).expect("small")))
                .collect();
            let mut check = Validator::new();
            let tranches = plan_tranches(dec(award), currency, &inputs, day(1), &mut check);
            assert!(check.finish().is_ok(), "{award} {code}");
            let amounts: Vec<Decimal> = tranches.iter().map(|tranche| tranche.amount).collect();
            let expected: Vec<Decimal> = expected.iter().map(|text| dec(text)).collect();
            assert_eq!(amounts, expected, "{award} {code} {percents:?}");
            assert_eq!(amounts.iter().sum::<Decimal>(), dec(award), "tranches total the award");
        }
    }

    #[test]
    fn percents_must_total_one_hundred_and_amounts_the_award() {
        assert_eq!(
            plan("1000", &[percent("60", 2), percent("30", 3)]),
            Err(vec!["tranches".to_owned()])
        );
        assert_eq!(
            plan("1000", &[amount("600", 2), amount("300", 3)]),
            Err(vec!["tranches".to_owned()])
        );
        assert_eq!(
            plan("1000", &[amount("600", 2), amount("400", 3)]),
            Ok(vec![dec("600"), dec("400")])
        );
    }

    #[test]
    fn mixed_or_past_tranches_are_refused() {
        assert_eq!(
            plan("1000", &[percent("50", 2), amount("500", 3)]),
            Err(vec!["tranches".to_owned()])
        );
        let mut past = amount("1000", 2);
        past.due_on = NaiveDate::from_ymd_opt(2026, 12, 31).expect("date");
        assert_eq!(plan("1000", &[past]), Err(vec!["tranches[0].due_on".to_owned()]));
        assert_eq!(
            plan("1000", &[amount("999.999", 2)]),
            Err(vec!["tranches[0].amount".to_owned()])
        );
    }

    #[test]
    fn a_tranche_that_rounds_to_nothing_is_refused() {
        let quarters = [percent("25", 2), percent("25", 3), percent("25", 4), percent("25", 5)];
        assert_eq!(plan("0.02", &quarters), Err(vec!["tranches".to_owned()]));
    }

    #[test]
    fn tranches_come_out_in_due_date_order() {
        let mut check = Validator::new();
        let tranches = plan_tranches(
            dec("1000"),
            eur(),
            &[amount("300", 9), amount("700", 3)],
            day(1),
            &mut check,
        );
        assert_eq!(
            tranches.iter().map(|tranche| tranche.number).collect::<Vec<_>>(),
            vec![1, 2]
        );
        assert_eq!(tranches[0].due_on, day(3));
        assert_eq!(tranches[0].amount, dec("700"));
    }

    #[test]
    fn the_last_tranche_by_due_date_takes_the_remainder_in_any_listed_order() {
        // 1000.01 at 50/50: 500.005 rounds to 500.01 each, and the remainder 500.00 falls
        // to the tranche paid last, however the request lists them.
        for inputs in [
            [percent("50", 9), percent("50", 2)],
            [percent("50", 2), percent("50", 9)],
        ] {
            let mut check = Validator::new();
            let tranches = plan_tranches(dec("1000.01"), eur(), &inputs, day(1), &mut check);
            let split: Vec<(NaiveDate, Decimal)> = tranches.iter().map(|t| (t.due_on, t.amount)).collect();
            assert_eq!(
                split,
                vec![(day(2), dec("500.01")), (day(9), dec("500.00"))],
                "{inputs:?}"
            );
        }
    }

    #[test]
    fn an_award_is_at_most_the_request_and_the_maximum_grant() {
        let fields = |award: &str| {
            let mut check = Validator::new();
            check_award_amount(dec(award), dec("20000"), (dec("5000"), dec("25000")), eur(), &mut check);
            check.finish().is_ok()
        };
        assert!(fields("20000"));
        assert!(!fields("20000.01"));
        assert!(!fields("0"));
        assert!(!fields("100.001"));
        assert!(!fields("4999.99"), "below the call's minimum grant");
    }

    #[test]
    fn the_appeal_window_closes_after_its_days() {
        let made = DateTime::parse_from_rfc3339("2027-01-10T12:00:00Z")
            .expect("instant")
            .with_timezone(&Utc);
        assert!(check_appeal_window(made, 14, made + Duration::days(14)).is_ok());
        let late = check_appeal_window(made, 14, made + Duration::days(14) + Duration::seconds(1)).expect_err("late");
        assert!(
            matches!(late, AppError::Conflict { kind: ProblemKind::AppealWindowClosed, ref detail } if detail.to_string().contains("2027-01-24T12:00:00"))
        );
        assert!(check_appeal_window(made, 0, made).is_ok());
    }

    #[test]
    fn the_award_gate_names_each_missing_precondition() {
        let until = DateTime::parse_from_rfc3339("2028-01-01T00:00:00Z")
            .expect("instant")
            .with_timezone(&Utc);
        let approved = Some((RiskStatus::Approved, ResidualRating::High));
        assert!(check_award_gate(Standing::Valid(until), approved).is_ok());
        type RiskState = Option<(RiskStatus, ResidualRating)>;
        let cases: [(Standing, RiskState, &str); 6] = [
            (Standing::Missing, approved, "no completed due-diligence"),
            (Standing::Failed, approved, "assessment failed"),
            (Standing::Expired(until), approved, "expired at 2028-01-01"),
            (Standing::Valid(until), None, "no do-no-harm risk assessment"),
            (
                Standing::Valid(until),
                Some((RiskStatus::Submitted, ResidualRating::Low)),
                "not approved",
            ),
            (
                Standing::Valid(until),
                Some((RiskStatus::Approved, ResidualRating::Critical)),
                "critical",
            ),
        ];
        for (diligence, risk, expected) in cases {
            let refusal = check_award_gate(diligence, risk).expect_err("refused");
            assert!(refusal.contains(expected), "{refusal}");
        }
        let both = check_award_gate(Standing::Missing, None).expect_err("refused");
        assert!(
            both.contains("due-diligence") && both.contains("risk assessment"),
            "{both}"
        );
    }

    #[test]
    fn a_call_waits_for_appeal_windows_of_findings_not_yet_appealed() {
        let made = DateTime::parse_from_rfc3339("2027-01-10T12:00:00Z")
            .expect("instant")
            .with_timezone(&Utc);
        let later = made + Duration::days(3);
        let findings = [(made, false), (later, false), (made + Duration::days(5), true)];
        assert_eq!(
            open_appeal_deadline(&findings, 14, made + Duration::days(1)),
            Some(later + Duration::days(14))
        );
        assert_eq!(open_appeal_deadline(&findings, 14, later + Duration::days(15)), None);
        assert_eq!(open_appeal_deadline(&[], 14, made), None);
    }

    #[test]
    fn a_call_is_decidable_once_nothing_is_pending() {
        use ApplicationStatus as S;
        assert!(check_call_decidable(&[S::Awarded, S::Rejected, S::Ineligible, S::Withdrawn, S::Draft]).is_ok());
        assert!(check_call_decidable(&[S::Awarded, S::UnderReview]).is_err());
        assert!(check_call_decidable(&[S::Appealed]).is_err());
        assert!(check_call_decidable(&[]).is_ok());
    }
}
