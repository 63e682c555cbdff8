//! Grand totals in one reporting currency (`reporting_currency=`), as pure functions over
//! the rates the system already holds: the rate recorded on a payment (paid currency to the
//! award's or sponsorship's currency), the inverse of one, or an event's exchange rate to its
//! currency. Each rate used is named with its source and date; a pair without any rate is
//! refused, naming it.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use utoipa::ToSchema;

use super::rules::{ByStatus, GrandTotal};
use crate::i18n::{Language, Message};
use crate::money::{self, Currency};

/// Where a rate comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RateSource {
    /// Recorded on a payment from `from` into `to`.
    Payment,
    /// The inverse of a rate recorded on a payment from `to` into `from`.
    PaymentInverse,
    /// An event's exchange rate from `from` into its currency `to`.
    Event,
}

/// One exchange rate as found, before use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundRate {
    /// One unit of `from` is `rate` units of `to`.
    pub rate: Decimal,
    /// Where it comes from.
    pub source: RateSource,
    /// What holds it: a payment's id, or an event's name.
    pub holder: String,
    /// Its date: the payment's request date, or the event's first day.
    pub date: NaiveDate,
}

/// A rate as the report names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct RateUsed {
    /// The payment currency.
    pub from: Currency,
    /// The reporting currency.
    pub to: Currency,
    /// One unit of `from` in `to` (a decimal string).
    #[schema(value_type = String)]
    pub rate: Decimal,
    /// Where the rate comes from.
    pub source: RateSource,
    /// What holds it: a payment's id, or an event's name.
    pub holder: String,
    /// The rate's date.
    pub date: NaiveDate,
}

/// The grand totals in one reporting currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportingTotals {
    /// The reporting currency.
    pub currency: Currency,
    /// How many disbursements.
    pub count: i64,
    /// Each status's total, converted and rounded to the currency's minor unit once per
    /// payment currency.
    pub amounts: ByStatus,
    /// The rates used, one per payment currency other than the reporting one.
    pub rates: Vec<RateUsed>,
}

/// The inverse of a rate, at most 10 decimals (the precision rates are kept at).
pub fn inverse(rate: Decimal) -> Option<Decimal> {
    Decimal::ONE.checked_div(rate).map(|inverse| inverse.round_dp(10))
}

/// The grand totals converted into `to`, with `rate_of(from)` the rate found for each
/// payment currency; a currency without a rate is refused with the pair named, an amount
/// beyond what a decimal holds is `Ok(None)`.
pub fn convert(
    grand: &[GrandTotal],
    to: Currency,
    mut rate_of: impl FnMut(Currency) -> Option<FoundRate>,
) -> Result<Option<ReportingTotals>, Message> {
    let mut totals = ReportingTotals {
        currency: to,
        count: 0,
        amounts: ByStatus::default(),
        rates: Vec::new(),
    };
    for total in grand {
        let rate = rate_into(total.currency, to, &mut rate_of, &mut totals.rates)?;
        let Some(converted) = converted(&total.amounts, rate, to) else {
            return Ok(None);
        };
        let Some(sum) = totals.amounts.checked_add(&converted) else {
            return Ok(None);
        };
        totals.amounts = sum;
        totals.count += total.count;
    }
    Ok(Some(totals))
}

/// One amount in one reporting currency: the sum of amounts in several currencies, each
/// converted and rounded to the currency's minor unit, with the rates used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportingAmount {
    /// The reporting currency.
    pub currency: Currency,
    /// The converted sum.
    pub amount: Decimal,
    /// The rates used, one per currency other than the reporting one.
    pub rates: Vec<RateUsed>,
}

/// `amounts` (one per currency) converted into `to` and summed, as [`convert`] does for the
/// grand totals; a currency without a rate is refused with the pair named, a sum beyond what
/// a decimal holds is `Ok(None)`.
pub fn convert_amounts(
    amounts: &[(Currency, Decimal)],
    to: Currency,
    mut rate_of: impl FnMut(Currency) -> Option<FoundRate>,
) -> Result<Option<ReportingAmount>, Message> {
    let mut total = ReportingAmount {
        currency: to,
        amount: Decimal::ZERO,
        rates: Vec::new(),
    };
    for (currency, amount) in amounts {
        let rate = rate_into(*currency, to, &mut rate_of, &mut total.rates)?;
        let Some(converted) = amount
            .checked_mul(rate)
            .map(|value| money::round_to_minor_unit(value, to))
        else {
            return Ok(None);
        };
        let Some(sum) = total.amount.checked_add(converted) else {
            return Ok(None);
        };
        total.amount = sum;
    }
    Ok(Some(total))
}

/// The rate from `from` into `to` (one for the same currency), noted in `rates` when found;
/// refused with the pair named when there is none.
fn rate_into(
    from: Currency,
    to: Currency,
    rate_of: &mut impl FnMut(Currency) -> Option<FoundRate>,
    rates: &mut Vec<RateUsed>,
) -> Result<Decimal, Message> {
    if from == to {
        return Ok(Decimal::ONE);
    }
    let found = rate_of(from).ok_or_else(|| {
        Message::new("leftovers-rate-missing")
            .with("from", from.code())
            .with("to", to.code())
    })?;
    rates.push(RateUsed {
        from,
        to,
        rate: found.rate.normalize(),
        source: found.source,
        holder: found.holder,
        date: found.date,
    });
    Ok(found.rate)
}

/// A rate used, in words for a report's reader: the pair, the rate, where it comes from and
/// its date ("Rate USD → EUR: 0.9215, recorded on payment … of 2026-11-02").
pub fn rate_line(rate: &RateUsed, language: Language) -> String {
    let id = match rate.source {
        RateSource::Payment => "report-rate-payment",
        RateSource::PaymentInverse => "report-rate-payment-inverse",
        RateSource::Event => "report-rate-event",
    };
    Message::new(id)
        .with("from", rate.from.code())
        .with("to", rate.to.code())
        .with("rate", rate.rate.to_string())
        .with("holder", rate.holder.as_str())
        .with("date", rate.date.to_string())
        .render(language)
}

/// The label of a total in the reporting currency ("All currencies in USD").
pub fn total_label(currency: Currency, language: Language) -> String {
    Message::new("report-reporting-total")
        .with("currency", currency.code())
        .render(language)
}

fn converted(amounts: &ByStatus, rate: Decimal, to: Currency) -> Option<ByStatus> {
    let one = |amount: Decimal| {
        amount
            .checked_mul(rate)
            .map(|value| money::round_to_minor_unit(value, to))
    };
    Some(ByStatus {
        requested: one(amounts.requested)?,
        approved: one(amounts.approved)?,
        paid: one(amounts.paid)?,
        cancelled: one(amounts.cancelled)?,
        refunded: one(amounts.refunded)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(text: &str) -> Decimal {
        text.parse().expect("decimal")
    }

    fn cur(code: &str) -> Currency {
        Currency::from_code(code).expect("currency")
    }

    fn total(code: &str, paid: &str) -> GrandTotal {
        GrandTotal {
            currency: cur(code),
            count: 1,
            amounts: ByStatus {
                paid: dec(paid),
                ..ByStatus::default()
            },
        }
    }

    #[test]
    fn each_currency_is_converted_at_its_rate_and_rounded_once() {
        let grand = [total("EUR", "100.00"), total("USD", "33.33")];
        let found = FoundRate {
            rate: dec("0.9215"),
            source: RateSource::Payment,
            holder: "p".to_owned(),
            date: NaiveDate::from_ymd_opt(2026, 11, 2).expect("date"),
        };
        let totals = convert(&grand, cur("EUR"), |_| Some(found.clone()))
            .expect("rates")
            .expect("fits");
        // 33.33 x 0.9215 = 30.713595 -> 30.71
        assert_eq!(totals.amounts.paid, dec("130.71"));
        assert_eq!(totals.count, 2);
        assert_eq!(totals.rates.len(), 1, "no rate for the reporting currency itself");
        let missing = convert(&grand, cur("EUR"), |_| None).expect_err("no rate");
        assert_eq!(missing.id(), "leftovers-rate-missing");
        assert_eq!(inverse(dec("0.9215")), Some(dec("1.0851871948")));
    }

    #[test]
    fn amounts_are_converted_rounded_once_each_and_summed() {
        let found = FoundRate {
            rate: dec("1.0851871948"),
            source: RateSource::PaymentInverse,
            holder: "p".to_owned(),
            date: NaiveDate::from_ymd_opt(2026, 11, 2).expect("date"),
        };
        let amounts = [(cur("EUR"), dec("14950.00")), (cur("USD"), dec("-25.00"))];
        let total = convert_amounts(&amounts, cur("USD"), |_| Some(found.clone()))
            .expect("rates")
            .expect("fits");
        // 14950.00 x 1.0851871948 = 16223.5485... -> 16223.55, less 25.00.
        assert_eq!(total.amount, dec("16198.55"));
        assert_eq!(total.rates.len(), 1);
        assert_eq!(total.rates[0].source, RateSource::PaymentInverse);
        let line = rate_line(&total.rates[0], Language::En);
        assert!(
            line.starts_with("Rate EUR → USD: 1.0851871948, the inverse of"),
            "{line}"
        );
        let missing = convert_amounts(&amounts, cur("GBP"), |_| None).expect_err("no rate");
        assert_eq!(missing.id(), "leftovers-rate-missing");
    }
}
