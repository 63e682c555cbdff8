//! How a sponsorship is paid and settled, as pure functions: an advance (a share of the
//! entitlement) once approved, the balance once attendance is confirmed, and a
//! reconciliation of actual costs that pays or reclaims the difference. What is committed
//! (requested, approved or paid) never exceeds the ceiling of the sponsorship's state:
//! the advance while approved, the entitlement once travelled, the entitlement plus the
//! recorded adjustment once reconciled.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::rules::SponsorshipStatus;
use crate::error::Validator;
use crate::i18n::{Arg, Message};
use crate::money::{self, Amount, Currency};

/// What a payment against a sponsorship is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Paid before travel: a share of the entitlement.
    Advance,
    /// Paid after attendance is confirmed (and after reconciliation): the rest.
    Balance,
}

impl Purpose {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Advance => "advance",
            Self::Balance => "balance",
        }
    }

    /// The purpose of a stored name.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "advance" => Some(Self::Advance),
            "balance" => Some(Self::Balance),
            _ => None,
        }
    }
}

/// The money terms of a sponsorship, in the event's currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terms {
    /// The entitlement fixed at approval.
    pub entitlement: Decimal,
    /// Share of the entitlement paid as an advance (the event's setting, 0-100).
    pub advance_percent: u32,
    /// Actual costs minus the entitlement, recorded at reconciliation.
    pub adjustment: Option<Decimal>,
    /// The event's currency.
    pub currency: Currency,
}

/// What may be committed in the sponsorship's state, with the purpose of a payment made now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ceiling {
    /// What a payment made now is for.
    pub purpose: Purpose,
    /// The most that may be requested, approved and paid in all.
    pub amount: Decimal,
    /// How a refusal names it (`refused-ceiling-*`), said in the reader's language.
    pub label: Message,
}

/// The advance: `advance_percent` of the entitlement, rounded to the minor unit.
pub fn advance(terms: Terms) -> Decimal {
    money::round_to_minor_unit(
        terms.entitlement * Decimal::from(terms.advance_percent) / Decimal::ONE_HUNDRED,
        terms.currency,
    )
}

/// The ceiling of payments in `status`; a sponsorship not approved (or cancelled) is not
/// paid. Both the label and the refusal are catalogue messages, so a page says them in the
/// reader's language while the API keeps its English.
pub fn ceiling(status: SponsorshipStatus, terms: Terms) -> Result<Ceiling, Message> {
    use SponsorshipStatus as S;
    match status {
        S::Approved => Ok(Ceiling {
            purpose: Purpose::Advance,
            amount: advance(terms),
            label: Message::new("refused-ceiling-advance").with("percent", i64::from(terms.advance_percent)),
        }),
        S::Travelled => Ok(Ceiling {
            purpose: Purpose::Balance,
            amount: terms.entitlement,
            label: Message::new("refused-ceiling-entitlement"),
        }),
        S::Reconciled => Ok(Ceiling {
            purpose: Purpose::Balance,
            amount: terms.entitlement + terms.adjustment.unwrap_or_default(),
            label: Message::new("refused-ceiling-reconciled"),
        }),
        other => Err(Message::new("refused-sponsorship-not-payable").with("status", other.as_str())),
    }
}

/// One actual cost of the trip, in the event's currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CostLine {
    /// What it was (e.g. "Airfare FRU-VIE-FRU", "DSA 4 nights").
    pub item: String,
    /// What it cost, in the event's currency.
    pub amount: Amount,
}

/// The largest reconciled total accepted (far above any trip, well within what is stored).
const MAX_TOTAL: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);

/// The outcome of a reconciliation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Settlement {
    /// Sum of the actual costs.
    pub actual_total: Decimal,
    /// Actual total minus entitlement (positive when the trip cost more).
    pub adjustment: Decimal,
    /// Still to pay to the organisation.
    pub to_pay: Decimal,
    /// To reclaim from the organisation (it was paid more than the trip cost).
    pub to_reclaim: Decimal,
}

/// Checks the actual costs (at least one line, each named, positive and within the
/// currency's minor unit, adding up to at most `MAX_TOTAL` without ever overflowing) and
/// settles them against the entitlement and what was paid.
/// An actual total above the entitlement needs an `adjustment_reason`.
pub fn settle(
    lines: &[CostLine],
    entitlement: Decimal,
    paid: Decimal,
    adjustment_reason: Option<&str>,
    currency: Currency,
    check: &mut Validator,
) -> Option<Settlement> {
    check.check(lines.is_empty(), "actual_costs", Message::new("travel-costs-none"));
    for (index, line) in lines.iter().enumerate() {
        check.required_text(&format!("actual_costs[{index}].item"), &line.item, 200);
        check.take(
            format!("actual_costs[{index}].amount"),
            money::check_positive_amount(line.amount.0, currency),
        );
    }
    let total = lines
        .iter()
        .try_fold(Decimal::ZERO, |sum, line| sum.checked_add(line.amount.0))
        .filter(|total| total.abs() <= MAX_TOTAL);
    let Some(actual_total) = total else {
        check.push(
            "actual_costs",
            Message::new("travel-costs-overflow").with("limit", MAX_TOTAL.to_string()),
        );
        return None;
    };
    let adjustment = actual_total - entitlement;
    let has_reason = adjustment_reason.is_some_and(|reason| !reason.trim().is_empty());
    check.check(
        adjustment > Decimal::ZERO && !has_reason,
        "adjustment_reason",
        Message::new("travel-costs-over-entitlement").with("excess", Arg::Amount(adjustment, currency)),
    );
    Some(Settlement {
        actual_total,
        adjustment,
        to_pay: (actual_total - paid).max(Decimal::ZERO),
        to_reclaim: (paid - actual_total).max(Decimal::ZERO),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(text: &str) -> Decimal {
        Decimal::from_str_exact(text).expect("decimal")
    }

    fn terms(entitlement: &str, percent: u32, currency: &str) -> Terms {
        Terms {
            entitlement: dec(entitlement),
            advance_percent: percent,
            adjustment: None,
            currency: Currency::from_code(currency).expect("currency"),
        }
    }

    fn line(item: &str, amount: &str) -> CostLine {
        CostLine {
            item: item.to_owned(),
            amount: Amount(dec(amount)),
        }
    }

    #[test]
    fn the_advance_is_a_share_of_the_entitlement_rounded_to_the_minor_unit() {
        for (entitlement, percent, currency, expected) in [
            ("2104.00", 80, "EUR", "1683.20"),
            ("1000.01", 80, "EUR", "800.01"), // 800.008
            ("1000.05", 50, "USD", "500.03"), // 500.025, half away from zero
            ("98765", 80, "JPY", "79012"),
            ("1234.567", 80, "KWD", "987.654"), // 987.6536
            ("1500.00", 100, "EUR", "1500.00"),
            ("1500.00", 0, "EUR", "0"),
        ] {
            assert_eq!(
                advance(terms(entitlement, percent, currency)),
                dec(expected),
                "{entitlement} {percent}%"
            );
        }
    }

    #[test]
    fn the_ceiling_follows_the_state_of_the_sponsorship() {
        let mut money = terms("2000.00", 80, "EUR");
        let approved = ceiling(SponsorshipStatus::Approved, money).expect("approved");
        assert_eq!((approved.purpose, approved.amount), (Purpose::Advance, dec("1600.00")));
        let travelled = ceiling(SponsorshipStatus::Travelled, money).expect("travelled");
        assert_eq!(
            (travelled.purpose, travelled.amount),
            (Purpose::Balance, dec("2000.00"))
        );
        money.adjustment = Some(dec("-150.50"));
        let reconciled = ceiling(SponsorshipStatus::Reconciled, money).expect("reconciled");
        assert_eq!(reconciled.amount, dec("1849.50"));
        money.adjustment = Some(dec("75.00"));
        assert_eq!(
            ceiling(SponsorshipStatus::Reconciled, money).expect("more").amount,
            dec("2075.00")
        );
        for status in [
            SponsorshipStatus::Submitted,
            SponsorshipStatus::Waitlisted,
            SponsorshipStatus::Rejected,
            SponsorshipStatus::Cancelled,
        ] {
            assert!(ceiling(status, money).is_err(), "{status:?}");
        }
    }

    #[test]
    fn a_reconciliation_pays_or_reclaims_the_difference() {
        let eur = Currency::from_code("EUR").expect("eur");
        let mut check = Validator::new();
        let cheaper = settle(
            &[line("Airfare", "612.40"), line("DSA 4 nights", "1248.00")],
            dec("2104.00"),
            dec("1683.20"),
            None,
            eur,
            &mut check,
        )
        .expect("settled");
        assert!(check.finish().is_ok());
        assert_eq!(cheaper.actual_total, dec("1860.40"));
        assert_eq!(cheaper.adjustment, dec("-243.60"));
        assert_eq!((cheaper.to_pay, cheaper.to_reclaim), (dec("177.20"), Decimal::ZERO));

        let mut check = Validator::new();
        let overpaid = settle(
            &[line("DSA 1 night", "312.00")],
            dec("2104.00"),
            dec("1683.20"),
            None,
            eur,
            &mut check,
        )
        .expect("settled");
        assert!(check.finish().is_ok());
        assert_eq!((overpaid.to_pay, overpaid.to_reclaim), (Decimal::ZERO, dec("1371.20")));

        let mut check = Validator::new();
        let exact = settle(
            &[line("All", "2104.00")],
            dec("2104.00"),
            dec("2104.00"),
            None,
            eur,
            &mut check,
        )
        .expect("settled");
        assert!(check.finish().is_ok());
        assert_eq!(
            (exact.adjustment, exact.to_pay, exact.to_reclaim),
            (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO)
        );
    }

    #[test]
    fn costs_above_the_entitlement_need_a_reason_and_bad_lines_are_named() {
        let eur = Currency::from_code("EUR").expect("eur");
        let mut check = Validator::new();
        settle(
            &[line("Airfare rebooked", "2200.00")],
            dec("2104.00"),
            dec("0"),
            None,
            eur,
            &mut check,
        );
        let Err(crate::error::AppError::Validation(errors)) = check.finish() else {
            panic!("a reason is needed")
        };
        assert_eq!(errors[0].field, "adjustment_reason");
        assert!(
            errors[0].message.to_string().contains("96.00 EUR"),
            "{}",
            errors[0].message
        );

        let mut check = Validator::new();
        let reason = Some("Flight rebooked after the venue moved");
        settle(
            &[line("Airfare rebooked", "2200.00")],
            dec("2104.00"),
            dec("0"),
            reason,
            eur,
            &mut check,
        );
        assert!(check.finish().is_ok());

        let mut check = Validator::new();
        settle(
            &[line(" ", "-1"), line("Taxi", "10.001")],
            dec("100"),
            dec("0"),
            None,
            eur,
            &mut check,
        );
        let Err(crate::error::AppError::Validation(errors)) = check.finish() else {
            panic!("bad lines")
        };
        let fields: Vec<&str> = errors.iter().map(|error| error.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "actual_costs[0].item",
                "actual_costs[0].amount",
                "actual_costs[1].amount"
            ]
        );

        let mut check = Validator::new();
        settle(&[], dec("100"), dec("0"), None, eur, &mut check);
        assert!(check.finish().is_err());
    }

    #[test]
    fn costs_that_overflow_a_decimal_are_refused_not_a_panic() {
        let eur = Currency::from_code("EUR").expect("eur");
        let huge = "79228162514264337593543950335";
        for lines in [
            [line("Airfare", huge), line("Hotel", huge)],
            [line("Airfare", &format!("-{huge}")), line("Hotel", "1.00")],
        ] {
            let mut check = Validator::new();
            assert_eq!(settle(&lines, dec("100"), dec("0"), Some("why"), eur, &mut check), None);
            assert!(check.finish().is_err());
        }
    }
}
