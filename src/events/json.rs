//! Request and response bodies of events, with their OpenAPI schemas.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::rules::{DsaSource, EventStatus};
use super::store::event;
use crate::money::{self, Amount, Currency};

/// `POST /events`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateEventRequest {
    /// Name.
    pub name: String,
    /// What it is about.
    #[serde(default)]
    pub description: String,
    /// City (looked up in the DSA table).
    pub city: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// Venue.
    #[serde(default)]
    pub venue: String,
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day.
    pub ends_on: NaiveDate,
    /// Last instant a request is accepted (RFC 3339).
    pub request_deadline: DateTime<Utc>,
    /// Currency of the budget and the allowances.
    pub currency: Currency,
    /// What the office may spend on sponsorships.
    pub sponsorship_budget: Amount,
    /// DSA per night in `currency`; by default from the DSA table for the city and the first day.
    pub dsa_rate: Option<Amount>,
    /// Why the DSA differs from the table (required with `dsa_rate`).
    pub dsa_override_reason: Option<String>,
    /// Units of `currency` per unit of another currency (`{"USD": "0.92"}`), for airfares and
    /// the tables' rates.
    #[serde(default)]
    #[schema(value_type = BTreeMap<String, String>)]
    pub exchange_rates: BTreeMap<String, Amount>,
    /// Share of the entitlement advanced before travel (default 80).
    pub advance_percent: Option<i32>,
    /// Days before the first day a sponsored traveller arrives, paid without further
    /// authorisation (default 1: DSA from the eve of the first day; 0 to 7).
    pub travel_days_before: Option<i32>,
    /// Days after the last day a sponsored traveller leaves (default 1: DSA through the last
    /// day; 0 to 7).
    pub travel_days_after: Option<i32>,
    /// Other cities of the event's country whose travellers are local, like the event's own
    /// city: no DSA, no terminal expenses (for example commuting towns).
    #[serde(default)]
    pub local_area: Vec<String>,
}

/// An event.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventResponse {
    /// Id.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// City.
    pub city: String,
    /// Country.
    pub country: String,
    /// Venue.
    pub venue: String,
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day.
    pub ends_on: NaiveDate,
    /// Last instant a request is accepted.
    pub request_deadline: DateTime<Utc>,
    /// Currency.
    pub currency: Currency,
    /// Sponsorship budget.
    pub sponsorship_budget: String,
    /// DSA per night.
    pub dsa_rate: String,
    /// `table` or `override`.
    pub dsa_source: DsaSource,
    /// Why the DSA was overridden.
    pub dsa_override_reason: Option<String>,
    /// Terminal expenses per journey end.
    pub terminal_expense: String,
    /// Exchange rates into `currency`.
    #[schema(value_type = BTreeMap<String, String>)]
    pub exchange_rates: serde_json::Value,
    /// Share advanced before travel.
    pub advance_percent: i32,
    /// Days before the first day that are paid (the authorised travel period).
    pub travel_days_before: i32,
    /// Days after the last day that are paid.
    pub travel_days_after: i32,
    /// Cities besides the event's whose travellers are local.
    pub local_area: Vec<String>,
    /// State.
    pub status: EventStatus,
}

/// Filters of `GET /events`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct EventsQuery {
    /// Only in this state (drafts for officers only).
    pub status: Option<EventStatus>,
    /// Page size (default 50, at most 500).
    pub limit: Option<u64>,
    /// Number of items to skip.
    pub offset: Option<u64>,
}

impl EventResponse {
    /// An event as answered.
    pub fn of(row: &event::Model) -> Self {
        let format = |stored: i64| money::format_amount(money::from_stored(stored), row.currency);
        Self {
            id: row.id,
            name: row.name.clone(),
            description: row.description.clone(),
            city: row.city.clone(),
            country: row.country.clone(),
            venue: row.venue.clone(),
            starts_on: row.starts_on,
            ends_on: row.ends_on,
            request_deadline: row.request_deadline,
            currency: row.currency,
            sponsorship_budget: format(row.sponsorship_budget),
            dsa_rate: format(row.dsa_rate),
            dsa_source: row.dsa_source,
            dsa_override_reason: row.dsa_override_reason.clone(),
            terminal_expense: format(row.terminal_expense),
            exchange_rates: row.exchange_rates.clone(),
            advance_percent: row.advance_percent,
            travel_days_before: row.travel_days_before,
            travel_days_after: row.travel_days_after,
            local_area: crate::events::service::local_area_of(row),
            status: row.status,
        }
    }
}
