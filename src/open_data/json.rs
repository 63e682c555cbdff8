//! Response bodies of the open-data endpoints. The two files (360Giving JSON and IATI XML)
//! follow their own standards; the summary is grantdesk's own.

use rust_decimal::Decimal;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::calls::rules::CallStatus;
use crate::error::{AppError, AppResult};
use crate::money::{Currency, format_amount};

/// `GET /open-data/summary.json`: the calls and the office's totals.
#[derive(Debug, Serialize, ToSchema)]
pub struct OpenDataSummary {
    /// The office.
    pub publisher: String,
    /// The office's organisation identifier.
    pub publisher_identifier: String,
    /// The published calls (grant programmes), always public.
    pub calls: Vec<ProgrammeSummary>,
    /// The office's totals of accepted awards, by currency.
    pub totals: Vec<CurrencyTotals>,
}

/// A published call.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProgrammeSummary {
    /// Id (the 360Giving `grantProgramme` code).
    pub id: Uuid,
    /// Title.
    pub title: String,
    /// Status.
    pub status: CallStatus,
    /// ISO 4217 currency.
    pub currency: String,
    /// The identifier of its IATI activity (hierarchy 1).
    pub iati_identifier: String,
}

/// Counts and sums of accepted awards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Totals {
    /// How many awards.
    pub awards: i64,
    /// The sum awarded.
    pub awarded: Decimal,
    /// The sum paid to them, in the awards' currency.
    pub paid: Decimal,
}

/// The totals of one currency, as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct TotalsBody {
    /// How many awards.
    pub awards: i64,
    /// The sum awarded, as a decimal string.
    pub awarded: String,
    /// The sum paid, as a decimal string.
    pub paid: String,
}

/// The office's totals in one currency: every accepted award counts, including those
/// withheld from the files (their count and sums, without any detail).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct CurrencyTotals {
    /// ISO 4217 currency of the awards.
    #[schema(value_type = String)]
    #[serde(serialize_with = "currency_code")]
    pub currency: Currency,
    /// Every accepted award.
    pub all: TotalsBody,
    /// The part of `all` withheld from the files under the publication policy.
    pub withheld: TotalsBody,
    #[serde(skip)]
    sums: [Totals; 2],
}

fn currency_code<S: serde::Serializer>(currency: &Currency, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(currency.code())
}

impl CurrencyTotals {
    /// Totals of a currency with no award yet.
    pub fn empty(currency: Currency) -> Self {
        let zero = Totals {
            awards: 0,
            awarded: Decimal::ZERO,
            paid: Decimal::ZERO,
        };
        let mut totals = Self {
            currency,
            all: body(&zero, currency),
            withheld: body(&zero, currency),
            sums: [zero.clone(), zero],
        };
        totals.refresh();
        totals
    }

    /// Adds a part, published or withheld; an overflow is an internal error.
    pub fn add(&mut self, part: Totals, withheld: bool) -> AppResult<()> {
        let overflow = || AppError::Internal("the open-data totals overflow".to_owned());
        let targets: &[usize] = if withheld { &[0, 1] } else { &[0] };
        for &at in targets {
            let sum = &mut self.sums[at];
            sum.awards = sum.awards.checked_add(part.awards).ok_or_else(overflow)?;
            sum.awarded = sum.awarded.checked_add(part.awarded).ok_or_else(overflow)?;
            sum.paid = sum.paid.checked_add(part.paid).ok_or_else(overflow)?;
        }
        self.refresh();
        Ok(())
    }

    fn refresh(&mut self) {
        self.all = body(&self.sums[0], self.currency);
        self.withheld = body(&self.sums[1], self.currency);
    }
}

fn body(totals: &Totals, currency: Currency) -> TotalsBody {
    TotalsBody {
        awards: totals.awards,
        awarded: format_amount(totals.awarded, currency),
        paid: format_amount(totals.paid, currency),
    }
}
