//! The rules of events, as pure functions: the state machine, the daily subsistence
//! allowance (DSA) table lookup, conversion with the event's exchange rates, and the checks
//! of an event's terms.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::Validator;
use crate::money::{self, Currency};

/// Where an event is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    /// Being prepared; only officers see it.
    Draft,
    /// Published; organisations request sponsorship until the deadline.
    Open,
    /// No more requests.
    Closed,
    /// The event took place.
    Held,
}

impl EventStatus {
    /// Every status.
    pub const ALL: [Self; 4] = [Self::Draft, Self::Open, Self::Closed, Self::Held];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Open => "open",
            Self::Closed => "closed",
            Self::Held => "held",
        }
    }

    /// The status with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.as_str() == name)
    }

    /// The status with its indefinite article, capitalised to open a sentence ("An open").
    pub fn with_article(self) -> &'static str {
        match self {
            Self::Draft => "A draft",
            Self::Open => "An open",
            Self::Closed => "A closed",
            Self::Held => "A held",
        }
    }
}

/// Where an event's DSA comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DsaSource {
    /// The DSA table, for the event's city on its first day.
    Table,
    /// Set by the officer, with a reason.
    Override,
}

impl DsaSource {
    /// The stored (and answered) name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Table => "table",
            Self::Override => "override",
        }
    }

    /// The source with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Table, Self::Override]
            .into_iter()
            .find(|source| source.as_str() == name)
    }
}

/// What happens to an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventAction {
    /// Published for requests.
    Publish,
    /// Requests closed.
    Close,
    /// Marked as held.
    Hold,
}

/// The state machine of an event.
pub fn transition(status: EventStatus, action: EventAction) -> Result<EventStatus, String> {
    use EventAction as A;
    use EventStatus as S;
    match (status, action) {
        (S::Draft, A::Publish) => Ok(S::Open),
        (S::Open, A::Close) => Ok(S::Closed),
        (S::Closed, A::Hold) => Ok(S::Held),
        (status, action) => Err(format!(
            "{} event cannot be {}: {}",
            status.with_article(),
            match action {
                A::Publish => "published",
                A::Close => "closed",
                A::Hold => "marked as held",
            },
            match action {
                A::Publish => "only a draft is published",
                A::Close => "only an open event is closed; publish it first",
                A::Hold => "only a closed event is marked as held; close it to requests first",
            }
        )),
    }
}

/// A row of the DSA table: the daily rate of a city from a date on.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct DsaRate {
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// City, as the table names it.
    pub city: String,
    /// First day the rate applies.
    pub effective_from: NaiveDate,
    /// Currency of the rate (an unknown code fails the table's loading).
    pub currency: Currency,
    /// Amount per night.
    pub daily_rate: Decimal,
}

/// The rate of `city` in `country` in force on `on`: the row with the latest
/// `effective_from` not after `on` (cities compared without case).
pub fn dsa_rate_for<'a>(table: &'a [DsaRate], country: &str, city: &str, on: NaiveDate) -> Option<&'a DsaRate> {
    table
        .iter()
        .filter(|row| row.country == country && row.city.to_lowercase() == city.trim().to_lowercase())
        .filter(|row| row.effective_from <= on)
        .max_by_key(|row| row.effective_from)
}

/// `amount` in `from` expressed in `to`, with `rates` giving units of `to` per unit of
/// another currency; the same currency passes unchanged. Never panics: a product beyond the
/// storage range is [`ConversionError::TooLarge`]. The result is not rounded: a
/// single amount is rounded by the caller to `to`'s minor unit, an entitlement rounds once,
/// at the end of its sum.
pub fn convert(
    amount: Decimal,
    from: Currency,
    to: Currency,
    rates: &BTreeMap<String, Decimal>,
) -> Result<Decimal, ConversionError> {
    if from == to {
        return money::check_storable(amount).map_err(|_| ConversionError::TooLarge { from, to });
    }
    let rate = rates.get(from.code()).ok_or(ConversionError::MissingRate(from))?;
    money::checked_storable_mul(amount, *rate).ok_or(ConversionError::TooLarge { from, to })
}

/// Why an amount could not be converted with an event's exchange rates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConversionError {
    /// The event has no rate for this currency (the currency is at fault).
    MissingRate(Currency),
    /// The converted amount is beyond what can be stored (the amount is at fault).
    TooLarge {
        /// The amount's currency.
        from: Currency,
        /// The event's currency.
        to: Currency,
    },
}

impl std::fmt::Display for ConversionError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::MissingRate(from) => write!(
                formatter,
                "the event has no exchange rate for {from}: the office adds one to its exchange_rates"
            ),
            Self::TooLarge { from, to } => write!(
                formatter,
                "converted from {from} to {to} it is larger than an amount can be: give a smaller amount"
            ),
        }
    }
}

impl From<ConversionError> for String {
    fn from(error: ConversionError) -> Self {
        error.to_string()
    }
}

/// The longest an event may last, first and last day included.
pub const MAX_EVENT_DAYS: i64 = 60;

/// An event's terms as the officer sets them, checked before storing.
#[derive(Debug, Clone)]
pub struct EventTerms {
    /// Name.
    pub name: String,
    /// City.
    pub city: String,
    /// Country (checked against the reference list by the caller).
    pub country: String,
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day.
    pub ends_on: NaiveDate,
    /// Last instant a request is accepted.
    pub request_deadline: DateTime<Utc>,
    /// Currency of the budget and the allowances.
    pub currency: Currency,
    /// Total the office may spend on sponsorships.
    pub sponsorship_budget: Decimal,
    /// Units of `currency` per unit of each other currency.
    pub exchange_rates: BTreeMap<String, Decimal>,
    /// Share of the entitlement paid before travel.
    pub advance_percent: i32,
    /// Days of the authorised travel period before the first day.
    pub travel_days_before: i32,
    /// Days of the authorised travel period after the last day.
    pub travel_days_after: i32,
    /// Cities besides the event's whose travellers are local.
    pub local_area: Vec<String>,
}

/// Checks an event's terms, naming every failing field.
pub fn check_terms(terms: &EventTerms, now: DateTime<Utc>, check: &mut Validator) {
    check.required_text("name", &terms.name, 300);
    check.required_text("city", &terms.city, 100);
    check.check(
        terms.ends_on < terms.starts_on,
        "ends_on",
        "must not be before starts_on",
    );
    check.check(
        (terms.ends_on - terms.starts_on).num_days() >= MAX_EVENT_DAYS,
        "ends_on",
        format!("an event lasts at most {MAX_EVENT_DAYS} days, first and last day included"),
    );
    check.check(
        terms.request_deadline.date_naive() > terms.starts_on,
        "request_deadline",
        "must not be after the event starts",
    );
    check.check(
        terms.request_deadline <= now,
        "request_deadline",
        "must be in the future",
    );
    if let Err(message) = money::check_positive_amount(terms.sponsorship_budget, terms.currency) {
        check.push("sponsorship_budget", message);
    }
    for (code, rate) in &terms.exchange_rates {
        check.check(
            Currency::from_code(code).is_none(),
            format!("exchange_rates.{code}"),
            "is not an ISO 4217 currency code",
        );
        if let Err(message) = money::check_rate(*rate) {
            check.push(format!("exchange_rates.{code}"), message);
        }
    }
    check.check(
        !(0..=100).contains(&terms.advance_percent),
        "advance_percent",
        "must lie between 0 and 100",
    );
    for (field, days) in [
        ("travel_days_before", terms.travel_days_before),
        ("travel_days_after", terms.travel_days_after),
    ] {
        check.check(
            !(0..=MAX_TRAVEL_DAYS).contains(&days),
            field,
            format!("must lie between 0 and {MAX_TRAVEL_DAYS} days"),
        );
    }
    for (index, city) in terms.local_area.iter().enumerate() {
        check.required_text(&format!("local_area[{index}]"), city, 100);
    }
    check.check(terms.local_area.len() > 50, "local_area", "name at most 50 cities");
}

/// The most days an authorised travel period reaches before or after the event (as far as
/// a stay may, `sponsorships::rules::STAY_MARGIN_DAYS`).
pub const MAX_TRAVEL_DAYS: i32 = 7;

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(text: &str) -> Decimal {
        Decimal::from_str_exact(text).expect("decimal")
    }

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
    }

    fn table() -> Vec<DsaRate> {
        let row = |city: &str, from: &str, rate: &str| DsaRate {
            country: "AT".to_owned(),
            city: city.to_owned(),
            effective_from: date(from),
            currency: Currency::from_code("USD").expect("USD"),
            daily_rate: dec(rate),
        };
        vec![row("Vienna", "2025-09-01", "355"), row("Vienna", "2026-08-01", "368")]
    }

    #[test]
    fn the_rate_in_force_on_the_first_day_applies() {
        let table = table();
        let on = |day: &str| dsa_rate_for(&table, "AT", "vienna", date(day)).map(|row| row.daily_rate);
        assert_eq!(on("2026-07-31"), Some(dec("355")));
        assert_eq!(on("2026-08-01"), Some(dec("368")));
        assert_eq!(on("2025-08-31"), None, "before the table starts");
        assert_eq!(dsa_rate_for(&table, "AT", "Graz", date("2026-09-01")), None);
    }

    #[test]
    fn conversion_uses_the_event_rates_and_leaves_rounding_to_the_caller() {
        let eur = Currency::from_code("EUR").expect("EUR");
        let usd = Currency::from_code("USD").expect("USD");
        let rates = BTreeMap::from([("USD".to_owned(), dec("0.9215"))]);
        assert_eq!(convert(dec("368"), usd, eur, &rates), Ok(dec("339.1120")));
        assert_eq!(
            convert(dec("368"), usd, eur, &rates).map(|amount| money::round_to_minor_unit(amount, eur)),
            Ok(dec("339.11"))
        );
        assert_eq!(convert(dec("10"), eur, eur, &rates), Ok(dec("10")));
        let yen = Currency::from_code("JPY").expect("JPY");
        assert_eq!(
            convert(dec("10"), yen, eur, &rates),
            Err(ConversionError::MissingRate(yen))
        );
        let huge = BTreeMap::from([("USD".to_owned(), dec("9999999999"))]);
        assert_eq!(
            convert(dec("900000000"), usd, eur, &huge),
            Err(ConversionError::TooLarge { from: usd, to: eur }),
            "beyond storage, and no panic"
        );
    }

    #[test]
    fn events_open_close_and_are_held_in_that_order() {
        use EventAction as A;
        use EventStatus as S;
        assert_eq!(transition(S::Draft, A::Publish), Ok(S::Open));
        assert_eq!(transition(S::Open, A::Close), Ok(S::Closed));
        assert_eq!(transition(S::Closed, A::Hold), Ok(S::Held));
        assert!(transition(S::Draft, A::Close).is_err());
        assert!(transition(S::Open, A::Hold).is_err());
        assert!(transition(S::Held, A::Publish).is_err());
    }
}
