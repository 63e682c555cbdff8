//! What the travel sponsorship pages show, made from what the events and sponsorships
//! services answer: an event with what the office covers, a request's entitlement night by
//! night as the travel rules computed it, a request's state, in the reader's language. Pure
//! functions, tested without a browser.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use uuid::Uuid;

use super::views::{Instant, date, instant};
use crate::events::store::event;
use crate::i18n::{Language, Message};
use crate::money::{self, Currency};
use crate::sponsorships::rules::{Entitlement, Night, SponsorshipStatus};
use crate::sponsorships::service::Quote;
use crate::sponsorships::store::request;

/// An event's page.
#[derive(Debug, Clone, Serialize)]
pub struct EventView {
    /// Its id.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// Its description, paragraph by paragraph.
    pub description: Vec<String>,
    /// "Vienna International Centre, Vienna, AT".
    pub place: String,
    /// "3 March 2027 – 5 March 2027".
    pub dates: String,
    /// The deadline for requests.
    pub requests_close_at: Instant,
    /// Whether it takes requests now.
    pub open: bool,
    /// "454.00\u{a0}USD".
    pub dsa_rate: String,
    /// The nights paid, as a sentence: "from 2 March 2027 to the night of 5 March 2027".
    pub authorised_period: String,
    /// Terminal expenses per journey end, with the currency.
    pub terminal_expense: String,
}

impl EventView {
    /// The page of `event` for a reader of `language`: `terminal_expense` is per journey end
    /// in the event's currency, `open` whether it takes requests now.
    pub fn of(event: &event::Model, (terminal_expense, open): (Decimal, bool), language: Language) -> Self {
        let currency = event.currency;
        let (arrival, departure) = crate::events::service::authorised_period(event);
        let last_night = departure.pred_opt().unwrap_or(departure);
        let place = [event.venue.as_str(), event.city.as_str(), event.country.as_str()]
            .into_iter()
            .filter(|part| !part.trim().is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        Self {
            id: event.id,
            name: event.name.clone(),
            description: event
                .description
                .split("\n\n")
                .map(str::trim)
                .filter(|paragraph| !paragraph.is_empty())
                .map(str::to_owned)
                .collect(),
            place,
            dates: format!(
                "{} – {}",
                date(event.starts_on, language),
                date(event.ends_on, language)
            ),
            requests_close_at: instant(event.request_deadline, language),
            open,
            dsa_rate: crate::portal::views::amount(money::from_stored(event.dsa_rate), currency, language),
            authorised_period: Message::new("portal-event-authorised-period")
                .with("from", date(arrival, language))
                .with("to", date(last_night, language))
                .render(language),
            terminal_expense: crate::portal::views::amount(terminal_expense, currency, language),
        }
    }
}

/// The entitlement of a request before it is submitted, night by night.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteView {
    /// Nights between arrival and departure.
    pub nights: i64,
    /// Each night with its rate and what is paid of it.
    pub night_by_night: Vec<NightRow>,
    /// The parts and total.
    pub entitlement: EntitlementView,
}

/// One night as the check page lists it.
#[derive(Debug, Clone, Serialize)]
pub struct NightRow {
    /// "2 March 2027".
    pub on: String,
    /// The DSA rate that night, with the currency.
    pub rate: String,
    /// "100 %", "75 %" or "Not paid", in words.
    pub paid: String,
    /// What is paid for the night, with the currency.
    pub amount: String,
}

/// The parts of an entitlement, each with the currency.
#[derive(Debug, Clone, Serialize)]
pub struct EntitlementView {
    /// Nights paid.
    pub nights_paid: i64,
    /// Daily subsistence allowance, all nights.
    pub dsa: String,
    /// Terminal expenses.
    pub terminal: String,
    /// The airfare in the event's currency.
    pub airfare: String,
    /// The total, rounded once.
    pub total: String,
    /// The traveller is local: no allowance and no terminal expenses.
    pub local: bool,
}

impl QuoteView {
    /// The check page's view of `quote` for a reader of `language`.
    pub fn of(quote: &Quote, language: Language) -> Self {
        let currency = quote.event.currency;
        Self {
            nights: quote.nights,
            night_by_night: quote
                .night_by_night
                .iter()
                .map(|night| NightRow::of(night, currency, language))
                .collect(),
            entitlement: EntitlementView::of(&quote.entitlement, currency, language),
        }
    }
}

impl NightRow {
    fn of(night: &Night, currency: Currency, language: Language) -> Self {
        let (paid, amount) = match night.percent {
            Some(percent) => (
                Message::new("portal-travel-night-paid")
                    .with("percent", percent)
                    .render(language),
                night.rate * Decimal::new(percent, 2),
            ),
            None => (
                Message::new("portal-travel-night-unpaid").render(language),
                Decimal::ZERO,
            ),
        };
        Self {
            on: date(night.on, language),
            rate: crate::portal::views::amount(night.rate, currency, language),
            paid,
            amount: crate::portal::views::amount(amount, currency, language),
        }
    }
}

impl EntitlementView {
    /// The parts of `entitlement` in `currency`.
    pub fn of(entitlement: &Entitlement, currency: Currency, language: Language) -> Self {
        Self {
            nights_paid: entitlement.nights,
            dsa: crate::portal::views::amount(entitlement.dsa, currency, language),
            terminal: crate::portal::views::amount(entitlement.terminal, currency, language),
            airfare: crate::portal::views::amount(entitlement.airfare, currency, language),
            total: crate::portal::views::amount(entitlement.total, currency, language),
            local: entitlement.local,
        }
    }
}

/// A sponsorship request as the dashboard lists it and its page heads it.
#[derive(Debug, Clone, Serialize)]
pub struct SponsorshipRow {
    /// Its id.
    pub id: Uuid,
    /// The event's name.
    pub event: String,
    /// Who travels.
    pub traveller: String,
    /// "2 March 2027 – 6 March 2027".
    pub dates: String,
    /// Its state, in words.
    pub status: String,
    /// What happens next, in one sentence.
    pub next: String,
}

impl SponsorshipRow {
    /// The row of `row` (a request to `event`) for a reader of `language`.
    pub fn of(row: &request::Model, event: &event::Model, language: Language) -> Self {
        let key = status_key(row.status);
        Self {
            id: row.id,
            event: event.name.clone(),
            traveller: row.traveller_name.clone(),
            dates: stay(row.arrival_on, row.departure_on, language),
            status: Message::new(format!("portal-sponsorship-status-{key}")).render(language),
            next: Message::new(format!("portal-sponsorship-next-{key}")).render(language),
        }
    }
}

/// "2 March 2027 – 6 March 2027".
pub fn stay(arrival: NaiveDate, departure: NaiveDate, language: Language) -> String {
    format!("{} – {}", date(arrival, language), date(departure, language))
}

/// The catalogue's name for a request's state.
fn status_key(status: SponsorshipStatus) -> &'static str {
    match status {
        SponsorshipStatus::Draft => "draft",
        SponsorshipStatus::Submitted => "submitted",
        SponsorshipStatus::Approved => "approved",
        SponsorshipStatus::Rejected => "rejected",
        SponsorshipStatus::Waitlisted => "waitlisted",
        SponsorshipStatus::Travelled => "travelled",
        SponsorshipStatus::Reconciled => "reconciled",
        SponsorshipStatus::Cancelled => "cancelled",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_night_shows_its_rate_and_what_is_paid_of_it() {
        let usd = Currency::from_code("USD").unwrap();
        let on = NaiveDate::from_ymd_opt(2027, 3, 2).unwrap();
        let rate = Decimal::new(454, 0);
        let reduced = NightRow::of(
            &Night {
                on,
                rate,
                percent: Some(75),
            },
            usd,
            Language::En,
        );
        assert_eq!(reduced.rate, "454.00\u{a0}USD");
        assert_eq!(reduced.paid, "75 %");
        assert_eq!(reduced.amount, "340.50\u{a0}USD");
        let unpaid = NightRow::of(
            &Night {
                on,
                rate,
                percent: None,
            },
            usd,
            Language::En,
        );
        assert_eq!(unpaid.paid, "Not paid");
        assert_eq!(unpaid.amount, "0.00\u{a0}USD");
        assert_eq!(unpaid.on, "2 March 2027");
    }
}
