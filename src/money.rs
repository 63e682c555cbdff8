//! Money: `rust_decimal::Decimal` plus an ISO 4217 currency, everywhere.
//!
//! * In JSON an amount is a string holding a decimal (`"12500.00"`) next to a `currency`.
//! * An amount typed with more decimals than its currency's minor unit is refused, never
//!   rounded silently; rounding (half away from zero) happens only where the design says.
//! * In the database an amount is a 64-bit integer of ten-thousandths ([`StoredAmount`]),
//!   so both SQLite and PostgreSQL store and sum it exactly.
//! * A number typed into a portal form is read in the reader's language ([`typed::read`]:
//!   "12 000,50" in French, "١٢٠٠٠" in Arabic); the JSON API keeps [`parse_decimal`].

pub mod typed;

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::openapi::{RefOr, schema::SchemaType};
use utoipa::{PartialSchema, ToSchema};

/// Scale of stored amounts: four decimals.
pub const STORAGE_SCALE: u32 = 4;
const STORAGE_FACTOR: i64 = 10_000;

/// An ISO 4217 currency that has a minor unit (so funds and metals are refused).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency(iso_currency::Currency);

crate::stored_as_text!(Currency, code, from_code);

impl Currency {
    /// The currency for an upper-case ISO 4217 code, if it is one grantdesk can hold.
    pub fn from_code(code: &str) -> Option<Self> {
        let currency = iso_currency::Currency::from_code(code)?;
        currency.exponent()?;
        Some(Self(currency))
    }

    /// The three-letter code.
    pub fn code(self) -> &'static str {
        self.0.code()
    }

    /// The ISO 4217 currency itself (for code that formats amounts, such as letters).
    pub fn iso(self) -> iso_currency::Currency {
        self.0
    }

    /// The English name.
    pub fn name(self) -> String {
        self.0.name().to_owned()
    }

    /// Number of decimals of the minor unit (2 for EUR, 0 for JPY, 3 for KWD).
    pub fn minor_unit(self) -> u32 {
        u32::from(self.0.exponent().unwrap_or(0))
    }

    /// Every currency grantdesk accepts, for the reference endpoint.
    pub fn all() -> impl Iterator<Item = Currency> {
        use iso_currency::IntoEnumIterator;
        iso_currency::Currency::iter().filter_map(|currency| Self::from_code(currency.code()))
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.code())
    }
}

impl FromStr for Currency {
    type Err = String;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Self::from_code(code).ok_or_else(|| format!("`{code}` is not an ISO 4217 currency code"))
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        code.parse().map_err(serde::de::Error::custom)
    }
}

impl PartialSchema for Currency {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(SchemaType::Type(Type::String))
            .pattern(Some("^[A-Z]{3}$"))
            .description(Some("ISO 4217 currency code"))
            .examples([serde_json::json!("EUR")])
            .into()
    }
}

impl ToSchema for Currency {}

/// A decimal amount read from and written to JSON as a string (`"12500.00"`); a JSON
/// number is refused so that no amount ever passes through a float.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Amount(pub Decimal);

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse_decimal(&text).map(Amount).map_err(serde::de::Error::custom)
    }
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0.to_string())
    }
}

impl PartialSchema for Amount {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(SchemaType::Type(Type::String))
            .pattern(Some(r"^-?[0-9]+(\.[0-9]+)?$"))
            .description(Some(
                "decimal amount as a string, with at most the currency's minor-unit decimals",
            ))
            .examples([serde_json::json!("12500.00")])
            .into()
    }
}

impl ToSchema for Amount {}

/// Parses a plain decimal (`123`, `-4.50`); no exponent, no thousands separators.
pub fn parse_decimal(text: &str) -> Result<Decimal, String> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    let plain = !whole.is_empty()
        && !fraction.is_empty()
        && whole.bytes().all(|byte| byte.is_ascii_digit())
        && fraction.bytes().all(|byte| byte.is_ascii_digit());
    if !plain {
        return Err(format!("`{text}` is not a decimal amount such as \"1250.00\""));
    }
    Decimal::from_str_exact(text).map_err(|_| format!("`{text}` is out of range"))
}

/// Checks an amount typed by a user: positive, no more decimals than the currency's minor
/// unit, and within what storage can hold.
pub fn check_positive_amount(amount: Decimal, currency: Currency) -> Result<Decimal, String> {
    if amount <= Decimal::ZERO {
        return Err("must be greater than zero".to_owned());
    }
    check_precision(amount, currency)?;
    StoredAmount::try_from(amount)?;
    Ok(amount)
}

/// The largest exchange rate accepted: at most ten significant digits before the point.
pub const MAX_RATE_EXCLUSIVE: Decimal = Decimal::from_parts(1_410_065_408, 2, 0, false, 0);

/// Checks an exchange rate typed by a user (units of one currency per unit of another):
/// positive, with at most ten digits before the point, so a conversion can never overflow,
/// and at most ten decimals.
pub fn check_rate(rate: Decimal) -> Result<Decimal, String> {
    if rate <= Decimal::ZERO {
        return Err("must be greater than zero".to_owned());
    }
    if rate >= MAX_RATE_EXCLUSIVE {
        return Err("must have at most 10 digits before the decimal point".to_owned());
    }
    if rate.normalize().scale() > 10 {
        return Err("must have at most 10 decimals".to_owned());
    }
    Ok(rate)
}

/// The largest amount, positive or negative, that storage can hold (`i64::MAX`
/// ten-thousandths).
pub fn max_storable() -> Decimal {
    Decimal::new(i64::MAX, STORAGE_SCALE)
}

/// `amount` if its magnitude fits the storage range (whatever its decimals: a result still
/// to be rounded is checked before rounding).
pub fn check_storable(amount: Decimal) -> Result<Decimal, String> {
    if amount.abs() > max_storable() {
        return Err(format!(
            "comes to {}, more than the {} that can be stored",
            amount.trunc(),
            max_storable().trunc()
        ));
    }
    Ok(amount)
}

/// `left x right`, or `None` when the product overflows a decimal or the storage range.
pub fn checked_storable_mul(left: Decimal, right: Decimal) -> Option<Decimal> {
    left.checked_mul(right)
        .filter(|product| check_storable(*product).is_ok())
}

/// Refuses an amount with more decimals than the currency's minor unit.
pub fn check_precision(amount: Decimal, currency: Currency) -> Result<(), String> {
    if amount.normalize().scale() > currency.minor_unit() {
        return Err(format!(
            "{} allows at most {} decimal(s); amounts are never rounded silently",
            currency.code(),
            currency.minor_unit()
        ));
    }
    Ok(())
}

/// Rounds to the currency's minor unit, half away from zero. Used only at the points the
/// design names (FX conversion, tranche splits, allowance totals).
pub fn round_to_minor_unit(amount: Decimal, currency: Currency) -> Decimal {
    amount.round_dp_with_strategy(currency.minor_unit(), RoundingStrategy::MidpointAwayFromZero)
}

/// Formats an amount with exactly the currency's minor-unit decimals (`"12500.00"`).
pub fn format_amount(amount: Decimal, currency: Currency) -> String {
    let mut rounded = round_to_minor_unit(amount, currency);
    rounded.rescale(currency.minor_unit());
    rounded.to_string()
}

/// An amount as the database holds it: a 64-bit integer of ten-thousandths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct StoredAmount(pub i64);

impl TryFrom<Decimal> for StoredAmount {
    type Error = String;

    fn try_from(amount: Decimal) -> Result<Self, Self::Error> {
        let scaled = amount
            .checked_mul(Decimal::from(STORAGE_FACTOR))
            .ok_or_else(|| "amount is too large to store".to_owned())?;
        if scaled.fract() != Decimal::ZERO {
            return Err(format!("more than {STORAGE_SCALE} decimals cannot be stored"));
        }
        scaled
            .trunc()
            .to_string()
            .parse::<i64>()
            .map(StoredAmount)
            .map_err(|_| "amount is too large to store".to_owned())
    }
}

impl From<StoredAmount> for Decimal {
    fn from(stored: StoredAmount) -> Self {
        Decimal::new(stored.0, STORAGE_SCALE).normalize()
    }
}

/// Converts an amount that has already been checked into its stored form.
pub fn to_stored(amount: Decimal) -> Result<i64, crate::error::AppError> {
    StoredAmount::try_from(amount)
        .map(|stored| stored.0)
        .map_err(crate::error::AppError::Internal)
}

/// Reads a stored amount back as a decimal.
pub fn from_stored(stored: i64) -> Decimal {
    Decimal::from(StoredAmount(stored))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(text: &str) -> Decimal {
        Decimal::from_str_exact(text).expect("test decimal")
    }

    fn eur() -> Currency {
        Currency::from_code("EUR").expect("EUR")
    }

    #[test]
    fn stored_amounts_round_trip_exactly() {
        for text in ["0.1", "1234567.89", "99999999999.9999", "-42.5", "0"] {
            let amount = dec(text);
            let stored = StoredAmount::try_from(amount).expect("storable");
            assert_eq!(Decimal::from(stored), amount, "{text}");
        }
    }

    #[test]
    fn more_than_four_decimals_or_out_of_range_cannot_be_stored() {
        assert!(StoredAmount::try_from(dec("0.00001")).is_err());
        assert!(StoredAmount::try_from(dec("99999999999999999")).is_err());
        assert!(
            StoredAmount::try_from(dec("79000000000000000000000000000")).is_err(),
            "no overflow panic"
        );
        assert!(check_positive_amount(dec("10000000000000000000000000000"), eur()).is_err());
    }

    #[test]
    fn rates_are_positive_with_at_most_ten_whole_digits() {
        assert_eq!(MAX_RATE_EXCLUSIVE, dec("10000000000"));
        assert!(check_rate(dec("9999999999.123456")).is_ok());
        assert!(check_rate(dec("0.0000001")).is_ok());
        assert!(check_rate(dec("10000000000")).is_err());
        assert!(check_rate(dec("79228162514264337593543950335")).is_err());
        assert!(check_rate(dec("0")).is_err());
        assert!(check_rate(dec("-1")).is_err());
    }

    #[test]
    fn products_beyond_storage_are_none_not_a_panic() {
        assert_eq!(checked_storable_mul(dec("2"), dec("3.5")), Some(dec("7.0")));
        assert_eq!(checked_storable_mul(dec("922337203685477"), dec("10")), None);
        assert_eq!(
            checked_storable_mul(dec("79228162514264337593543950335"), dec("2")),
            None
        );
        assert!(check_storable(dec("922337203685477.5807")).is_ok());
        assert!(check_storable(dec("-922337203685477.5808")).is_err());
    }

    #[test]
    fn amounts_finer_than_the_minor_unit_are_refused() {
        assert!(check_positive_amount(dec("10.00"), eur()).is_ok());
        assert!(check_positive_amount(dec("10.005"), eur()).is_err());
        let yen = Currency::from_code("JPY").expect("JPY");
        assert!(check_positive_amount(dec("10.5"), yen).is_err());
        let dinar = Currency::from_code("KWD").expect("KWD");
        assert!(check_positive_amount(dec("10.125"), dinar).is_ok());
    }

    #[test]
    fn zero_and_negative_amounts_are_refused() {
        assert!(check_positive_amount(dec("0"), eur()).is_err());
        assert!(check_positive_amount(dec("-1"), eur()).is_err());
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(round_to_minor_unit(dec("2.345"), eur()), dec("2.35"));
        assert_eq!(round_to_minor_unit(dec("-2.345"), eur()), dec("-2.35"));
        assert_eq!(round_to_minor_unit(dec("2.344"), eur()), dec("2.34"));
    }

    #[test]
    fn formatting_shows_the_minor_unit() {
        assert_eq!(format_amount(dec("12500"), eur()), "12500.00");
        assert_eq!(format_amount(dec("0.3"), eur()), "0.30");
        let yen = Currency::from_code("JPY").expect("JPY");
        assert_eq!(format_amount(dec("1500"), yen), "1500");
    }

    #[test]
    fn only_plain_decimals_parse() {
        assert_eq!(parse_decimal("12.50"), Ok(dec("12.50")));
        for bad in ["", "1e5", "1,000", "abc", ".5", "5.", "+5", "NaN"] {
            assert!(parse_decimal(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn unknown_or_unitless_currencies_are_refused() {
        assert!(Currency::from_code("EUR").is_some());
        assert!(Currency::from_code("ZZZ").is_none());
        assert!(Currency::from_code("eur").is_none());
        assert!(Currency::from_code("XAU").is_none());
    }
}
