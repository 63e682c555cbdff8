//! The rules of disbursements, as pure functions: the state machine, the four-eyes rule,
//! conversion into the source's currency, the ceilings, and the fingerprint that ties an
//! `Idempotency-Key` to one request.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::Validator;
use crate::i18n::{Arg, Message};
use crate::money::{self, Currency};

/// Where a disbursement is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DisbursementStatus {
    /// Asked for by finance; waits for a second finance user.
    Requested,
    /// Approved by a finance user other than the requester.
    Approved,
    /// Paid, with a payment date and reference.
    Paid,
    /// Cancelled before payment; it counts for nothing.
    Cancelled,
}

impl DisbursementStatus {
    /// Every status, in the order of the lifecycle.
    pub const ALL: [Self; 4] = [Self::Requested, Self::Approved, Self::Paid, Self::Cancelled];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Requested => "requested",
            Self::Approved => "approved",
            Self::Paid => "paid",
            Self::Cancelled => "cancelled",
        }
    }

    /// The status with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.as_str() == name)
    }
}

/// What a disbursement pays, as stored in `source_kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// An award (and perhaps one of its tranches).
    Award,
    /// A travel sponsorship.
    Sponsorship,
}

impl SourceKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Award => "award",
            Self::Sponsorship => "sponsorship",
        }
    }

    /// The kind with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Award, Self::Sponsorship]
            .into_iter()
            .find(|kind| kind.as_str() == name)
    }
}

/// What happens to a disbursement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DisbursementAction {
    /// A second finance user approves it.
    Approve,
    /// Finance records the payment.
    Pay,
    /// Finance cancels it before payment.
    Cancel,
}

impl DisbursementAction {
    /// The action recorded in the audit trail.
    pub fn audit_action(self) -> &'static str {
        match self {
            Self::Approve => "disbursement.approved",
            Self::Pay => "disbursement.paid",
            Self::Cancel => "disbursement.cancelled",
        }
    }

    /// The action as a past participle ("approved").
    fn done(self) -> &'static str {
        match self {
            Self::Approve => "approved",
            Self::Pay => "paid",
            Self::Cancel => "cancelled",
        }
    }
}

/// The state machine of a disbursement: the state after `action`, or why it is refused.
pub fn transition(status: DisbursementStatus, action: DisbursementAction) -> Result<DisbursementStatus, String> {
    use DisbursementAction as A;
    use DisbursementStatus as S;
    match (status, action) {
        (S::Requested, A::Approve) => Ok(S::Approved),
        (S::Approved, A::Pay) => Ok(S::Paid),
        (S::Requested | S::Approved, A::Cancel) => Ok(S::Cancelled),
        (S::Requested, A::Pay) => Err(
            "a requested disbursement must be approved before it is paid: another finance user approves it first"
                .to_owned(),
        ),
        (S::Approved, A::Approve) => {
            Err("the disbursement is already approved; finance records its payment or cancels it".to_owned())
        }
        (S::Paid, A::Cancel) => Err(
            "a paid disbursement cannot be cancelled: the money has left; record any refund with the organisation"
                .to_owned(),
        ),
        (S::Paid, action) => Err(format!(
            "the disbursement is already paid, so it cannot be {}; nothing more happens to it",
            action.done()
        )),
        (S::Cancelled, action) => Err(format!(
            "a cancelled disbursement cannot be {}: request a new disbursement instead",
            action.done()
        )),
    }
}

/// The four-eyes rule: the approver is never the requester.
pub fn check_four_eyes(requested_by: Uuid, approver: Uuid) -> Result<(), String> {
    if requested_by == approver {
        Err("the finance user who requested a disbursement cannot approve it; another must".to_owned())
    } else {
        Ok(())
    }
}

/// The amount a disbursement counts against its source: the amount itself in the same
/// currency, else `amount x fx_rate` rounded to the source currency's minor unit. An
/// `fx_rate` is required exactly when the currencies differ (a rate of 1 is allowed for the
/// same currency).
pub fn counted_amount(
    (amount, currency): (Decimal, Currency),
    fx_rate: Option<Decimal>,
    target: Currency,
    check: &mut Validator,
) -> Option<Decimal> {
    let amount = check.take("amount", money::check_positive_amount(amount, currency))?;
    match fx_rate {
        None if currency == target => Some(amount),
        None => {
            check.push(
                "fx_rate",
                format!("{currency} differs from the award's {target}: give the rate of one {currency} in {target}"),
            );
            None
        }
        Some(rate) if currency == target && rate != Decimal::ONE => {
            check.push("fx_rate", format!("both amounts are in {target}; leave fx_rate out"));
            None
        }
        Some(rate) if money::check_rate(rate).is_err() => {
            check.take("fx_rate", money::check_rate(rate));
            None
        }
        Some(rate) => {
            let converted = money::checked_storable_mul(amount, rate)
                .map(|converted| money::round_to_minor_unit(converted, target));
            match converted {
                Some(converted) if converted > Decimal::ZERO => {
                    check.take("fx_rate", money::check_positive_amount(converted, target))
                }
                Some(_) => {
                    check.push("fx_rate", format!("the amount converts to nothing in {target}"));
                    None
                }
                None => {
                    check.push("amount", "is too large");
                    None
                }
            }
        }
    }
}

/// Totals of a source's disbursements by status, in the source's currency.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// Requested, not yet approved.
    pub requested: Decimal,
    /// Approved, not yet paid.
    pub approved: Decimal,
    /// Paid.
    pub paid: Decimal,
    /// How many are requested or approved (in flight).
    pub open: u64,
}

impl Totals {
    /// Adds `count` disbursements of `status` totalling `amount`.
    pub fn add(&mut self, status: DisbursementStatus, amount: Decimal, count: u64) {
        match status {
            DisbursementStatus::Requested => self.requested += amount,
            DisbursementStatus::Approved => self.approved += amount,
            DisbursementStatus::Paid => self.paid += amount,
            DisbursementStatus::Cancelled => {}
        }
        if matches!(status, DisbursementStatus::Requested | DisbursementStatus::Approved) {
            self.open += count;
        }
    }

    /// Requested, approved and paid: what the ceiling holds against.
    pub fn committed(&self) -> Decimal {
        self.requested + self.approved + self.paid
    }

    /// Approved and paid.
    pub fn approved_or_paid(&self) -> Decimal {
        self.approved + self.paid
    }
}

/// Refuses `adding` when it would take `already` over `ceiling`; the refusal names the
/// ceiling (`what`, e.g. "the award", a catalogue message) and what is left, with amounts
/// a page writes the reader's way.
pub fn check_ceiling(
    already: Decimal,
    adding: Decimal,
    (ceiling, currency): (Decimal, Currency),
    what: Message,
) -> Result<(), Message> {
    if already + adding <= ceiling {
        return Ok(());
    }
    let left = (ceiling - already).max(Decimal::ZERO);
    Err(Message::new("refused-over-ceiling")
        .with("adding", Arg::Amount(adding, currency))
        .with("what", what)
        .with("ceiling", Arg::Amount(ceiling, currency))
        .with("left", Arg::Amount(left, currency)))
}

/// Checks an `Idempotency-Key`: 1 to 200 visible ASCII characters.
pub fn check_idempotency_key(key: &str) -> Result<(), String> {
    if key.is_empty() || key.len() > 200 || !key.bytes().all(|byte| byte.is_ascii_graphic()) {
        Err("Idempotency-Key must be 1 to 200 visible ASCII characters (a UUID is a good choice)".to_owned())
    } else {
        Ok(())
    }
}

/// The fingerprint of a request: its target and its body in canonical JSON (keys sorted),
/// so that a retry with the same body matches and any other body does not.
pub fn fingerprint(target: &str, body: &serde_json::Value) -> String {
    let canonical = crate::audit::rules::canonical_json(&serde_json::json!([target, body]));
    hex::encode(Sha256::digest(canonical.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use DisbursementAction as A;
    use DisbursementStatus as S;

    fn dec(text: &str) -> Decimal {
        Decimal::from_str_exact(text).expect("decimal")
    }

    fn cur(code: &str) -> Currency {
        Currency::from_code(code).expect("currency")
    }

    #[test]
    fn every_allowed_transition_and_every_refused_one() {
        let allowed = [
            (S::Requested, A::Approve, S::Approved),
            (S::Approved, A::Pay, S::Paid),
            (S::Requested, A::Cancel, S::Cancelled),
            (S::Approved, A::Cancel, S::Cancelled),
        ];
        for status in S::ALL {
            for action in [A::Approve, A::Pay, A::Cancel] {
                let expected = allowed
                    .iter()
                    .find(|(from, on, _)| *from == status && *on == action)
                    .map(|(_, _, to)| *to);
                assert_eq!(transition(status, action).ok(), expected, "{status:?} {action:?}");
            }
        }
        assert!(
            transition(S::Paid, A::Cancel)
                .expect_err("paid")
                .contains("paid disbursement cannot be cancelled")
        );
    }

    #[test]
    fn the_requester_never_approves() {
        let one = Uuid::new_v4();
        assert!(check_four_eyes(one, one).is_err());
        assert!(check_four_eyes(one, Uuid::new_v4()).is_ok());
    }

    /// (amount, currency, rate, award currency, counted amount or the failing field)
    type Conversion = (
        &'static str,
        &'static str,
        Option<&'static str>,
        &'static str,
        Result<&'static str, &'static str>,
    );

    #[test]
    fn conversion_rounds_to_the_award_currency_half_away_from_zero() {
        let cases: [Conversion; 10] = [
            ("1000.00", "EUR", None, "EUR", Ok("1000.00")),
            ("1000.00", "EUR", Some("1"), "EUR", Ok("1000.00")),
            ("1000.00", "EUR", Some("1.1"), "EUR", Err("fx_rate")),
            ("1000.00", "USD", None, "EUR", Err("fx_rate")),
            // 1234.56 USD x 0.91234 = 1126.3384704 EUR -> 1126.34
            ("1234.56", "USD", Some("0.91234"), "EUR", Ok("1126.34")),
            // 10.01 USD x 0.5 = 5.005 EUR -> 5.01 (half away from zero)
            ("10.01", "USD", Some("0.5"), "EUR", Ok("5.01")),
            // 150000 JPY x 0.00617 = 925.5 EUR -> 925.50
            ("150000", "JPY", Some("0.00617"), "EUR", Ok("925.50")),
            // 100 EUR x 161.235 = 16123.5 JPY -> 16124
            ("100", "EUR", Some("161.235"), "JPY", Ok("16124")),
            // 1000 USD x 0.30745 = 307.45 KWD -> 307.450 (three decimals)
            ("1000", "USD", Some("0.30745"), "KWD", Ok("307.450")),
            ("10.001", "USD", Some("0.9"), "EUR", Err("amount")),
        ];
        for (amount, code, rate, target, expected) in cases {
            let mut check = Validator::new();
            let counted = counted_amount((dec(amount), cur(code)), rate.map(dec), cur(target), &mut check);
            match (expected, check.finish()) {
                (Ok(value), Ok(())) => assert_eq!(counted, Some(dec(value)), "{amount} {code} x {rate:?}"),
                (Err(field), Err(crate::error::AppError::Validation(errors))) => {
                    assert_eq!(errors[0].field, field, "{amount} {code} x {rate:?}");
                }
                (expected, got) => panic!("{amount} {code} x {rate:?}: expected {expected:?}, got {got:?}"),
            }
        }
    }

    #[test]
    fn cancelled_money_does_not_count_against_the_ceiling() {
        let mut totals = Totals::default();
        totals.add(S::Requested, dec("100"), 1);
        totals.add(S::Approved, dec("200"), 2);
        totals.add(S::Paid, dec("300"), 1);
        totals.add(S::Cancelled, dec("5000"), 4);
        assert_eq!(totals.committed(), dec("600"));
        assert_eq!(totals.approved_or_paid(), dec("500"));
        assert_eq!(totals.open, 3);
        let eur = cur("EUR");
        let award = || Message::new("refused-ceiling-award");
        assert!(check_ceiling(totals.committed(), dec("400"), (dec("1000"), eur), award()).is_ok());
        let refused = check_ceiling(totals.committed(), dec("400.01"), (dec("1000"), eur), award()).expect_err("over");
        let english = refused.render(crate::i18n::Language::En);
        assert!(
            english.contains("over the award of 1000.00 EUR; 400.00 EUR is left"),
            "{english}"
        );
        let french = refused.render_on_page(crate::i18n::Language::Fr);
        assert!(french.contains("1\u{a0}000,00 EUR"), "{french}");
    }

    #[test]
    fn a_fingerprint_ignores_key_order_and_names_the_target() {
        let one = serde_json::json!({"amount": "10.00", "currency": "EUR"});
        let same = serde_json::json!({"currency": "EUR", "amount": "10.00"});
        let other = serde_json::json!({"currency": "EUR", "amount": "10.01"});
        assert_eq!(fingerprint("award:1", &one), fingerprint("award:1", &same));
        assert_ne!(fingerprint("award:1", &one), fingerprint("award:1", &other));
        assert_ne!(fingerprint("award:1", &one), fingerprint("award:2", &one));
        assert!(check_idempotency_key("3f0c6a5e-retry").is_ok());
        assert!(check_idempotency_key("").is_err());
        assert!(check_idempotency_key("has space").is_err());
    }

    #[test]
    fn every_refusal_is_grammatical_and_says_the_way_forward() {
        for status in S::ALL {
            for action in [A::Approve, A::Pay, A::Cancel] {
                let Err(refusal) = transition(status, action) else {
                    continue;
                };
                for wrong in ["a approved", "a active", "a eligible"] {
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
