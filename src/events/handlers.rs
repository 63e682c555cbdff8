//! Handlers of events.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use sea_orm::TransactionTrait;
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::rules::{self, DsaRate, EventAction, EventStatus, EventTerms};
use super::store::{self, event};
use crate::AppState;
use crate::audit::{self, AuditEntry};
use crate::auth::{CurrentUser, Officer};
use crate::error::{AppError, AppResult, Problem, ProblemKind, Validator};
use crate::http::{JsonBody, Page, PageQuery, Query};
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
    pub dsa_source: String,
    /// Why the DSA was overridden.
    pub dsa_override_reason: Option<String>,
    /// Terminal expenses per journey end.
    pub terminal_expense: String,
    /// Exchange rates into `currency`.
    #[schema(value_type = BTreeMap<String, String>)]
    pub exchange_rates: serde_json::Value,
    /// Share advanced before travel.
    pub advance_percent: i32,
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

/// Terminal expenses from `fixtures/travel.toml`.
#[derive(Debug, Deserialize)]
struct TravelConstants {
    terminal_expense: Decimal,
    terminal_currency: String,
    journey_ends: u32,
}

/// The DSA table, read from the fixtures when an event is created (rare, and always current).
fn dsa_table(fixtures_dir: &str) -> AppResult<Vec<DsaRate>> {
    let path = std::path::Path::new(fixtures_dir).join("dsa-rates.csv");
    let mut reader =
        csv::Reader::from_path(&path).map_err(|error| AppError::Internal(format!("{}: {error}", path.display())))?;
    reader
        .deserialize()
        .collect::<Result<Vec<DsaRate>, _>>()
        .map_err(|error| AppError::Internal(format!("{}: {error}", path.display())))
}

/// Terminal expenses and the journey ends of a trip, from the fixtures.
pub fn travel_constants(fixtures_dir: &str) -> AppResult<(Decimal, Currency, u32)> {
    let path = std::path::Path::new(fixtures_dir).join("travel.toml");
    let text =
        std::fs::read_to_string(&path).map_err(|error| AppError::Internal(format!("{}: {error}", path.display())))?;
    let constants: TravelConstants =
        toml::from_str(&text).map_err(|error| AppError::Internal(format!("{}: {error}", path.display())))?;
    let currency = Currency::from_code(&constants.terminal_currency)
        .ok_or_else(|| AppError::Internal(format!("{}: unknown currency", path.display())))?;
    Ok((constants.terminal_expense, currency, constants.journey_ends))
}

/// Creates an event as a draft (officers). Its DSA comes from the DSA table for its city on
/// its first day, converted with its exchange rates, unless the officer sets `dsa_rate` with
/// a reason.
#[utoipa::path(
    post, path = "/events", tag = "events",
    request_body = CreateEventRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, body = EventResponse), (status = 403, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn create_event(
    State(state): State<AppState>,
    user: Officer,
    JsonBody(body): JsonBody<CreateEventRequest>,
) -> AppResult<(StatusCode, Json<EventResponse>)> {
    let now = state.now();
    let country = body.country.trim().to_uppercase();
    let terms = EventTerms {
        name: body.name.trim().to_owned(),
        city: body.city.trim().to_owned(),
        country: country.clone(),
        starts_on: body.starts_on,
        ends_on: body.ends_on,
        request_deadline: body.request_deadline,
        currency: body.currency,
        sponsorship_budget: body.sponsorship_budget.0,
        exchange_rates: body
            .exchange_rates
            .iter()
            .map(|(code, rate)| (code.clone(), rate.0))
            .collect(),
        advance_percent: body.advance_percent.unwrap_or(80),
    };
    let mut check = Validator::new();
    rules::check_terms(&terms, now, &mut check);
    check.take("country", state.reference.check_country(&country));
    let override_reason = body
        .dsa_override_reason
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty());
    let (dsa_rate, dsa_source) = match body.dsa_rate {
        Some(rate) => {
            check.take("dsa_rate", money::check_positive_amount(rate.0, terms.currency));
            check.check(
                override_reason.is_none(),
                "dsa_override_reason",
                "say why the DSA differs from the table",
            );
            (rate.0, "override")
        }
        None => {
            let table = dsa_table(&state.config.fixtures_dir)?;
            match rules::dsa_rate_for(&table, &country, &terms.city, terms.starts_on) {
                Some(row) => {
                    let from = Currency::from_code(&row.currency)
                        .ok_or_else(|| AppError::Internal(format!("DSA table currency {}", row.currency)))?;
                    let rate = check.take(
                        "exchange_rates",
                        rules::convert(row.daily_rate, from, terms.currency, &terms.exchange_rates),
                    );
                    (rate.unwrap_or_default(), "table")
                }
                None => {
                    check.push(
                        "dsa_rate",
                        format!(
                            "the DSA table has no rate for {} ({country}) on {}: give dsa_rate with a reason",
                            terms.city, terms.starts_on
                        ),
                    );
                    (Decimal::ZERO, "table")
                }
            }
        }
    };
    let (terminal, terminal_currency, _) = travel_constants(&state.config.fixtures_dir)?;
    let terminal_expense = check
        .take(
            "exchange_rates",
            rules::convert(terminal, terminal_currency, terms.currency, &terms.exchange_rates),
        )
        .unwrap_or_default();
    check.finish()?;
    let row = event::Model {
        id: Uuid::new_v4(),
        name: terms.name.clone(),
        description: body.description.trim().to_owned(),
        city: terms.city.clone(),
        country,
        venue: body.venue.trim().to_owned(),
        starts_on: terms.starts_on,
        ends_on: terms.ends_on,
        request_deadline: terms.request_deadline,
        currency: terms.currency.code().to_owned(),
        sponsorship_budget: money::to_stored(terms.sponsorship_budget)?,
        dsa_rate: money::to_stored(dsa_rate)?,
        dsa_source: dsa_source.to_owned(),
        dsa_override_reason: override_reason,
        terminal_expense: money::to_stored(terminal_expense)?,
        exchange_rates: json!(
            terms
                .exchange_rates
                .iter()
                .map(|(code, rate)| (code.clone(), rate.normalize().to_string()))
                .collect::<BTreeMap<_, _>>()
        ),
        advance_percent: terms.advance_percent,
        status: EventStatus::Draft.as_str().to_owned(),
        created_by: user.id,
        created_at: now,
    };
    let txn = state.db.begin().await?;
    let created = store::insert(&txn, row).await?;
    let response = respond(&created)?;
    let summary = json!({"name": response.name, "sponsorship_budget": response.sponsorship_budget,
        "currency": response.currency, "dsa_rate": response.dsa_rate, "dsa_source": response.dsa_source});
    let mut entry = AuditEntry::created(user.id, "event.created", "event", created.id, summary);
    entry.reason = created.dsa_override_reason.clone();
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok((StatusCode::CREATED, Json(response)))
}

/// Lists events, soonest first: published ones for anyone, drafts too for officers.
#[utoipa::path(
    get, path = "/events", tag = "events",
    params(EventsQuery),
    responses((status = 200, body = Page<EventResponse>), (status = 422, body = Problem))
)]
pub async fn list_events(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    Query(query): Query<EventsQuery>,
) -> AppResult<Json<Page<EventResponse>>> {
    let officer = user.is_some_and(|user| user.has(crate::auth::Role::Officer));
    let visible: Vec<EventStatus> = EventStatus::ALL
        .into_iter()
        .filter(|status| officer || *status != EventStatus::Draft)
        .filter(|status| query.status.is_none_or(|wanted| wanted == *status))
        .collect();
    let page = PageQuery {
        limit: query.limit,
        offset: query.offset,
    };
    let (rows, total) = store::list(&state.db, &visible, (page.limit(), page.offset())).await?;
    let items = rows.iter().map(respond).collect::<AppResult<Vec<_>>>()?;
    Ok(Json(Page { items, total }))
}

/// An event: published ones for anyone, drafts for officers.
#[utoipa::path(
    get, path = "/events/{id}", tag = "events",
    params(("id" = Uuid, Path, description = "event id")),
    responses((status = 200, body = EventResponse), (status = 404, body = Problem))
)]
pub async fn get_event(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    Path(id): Path<Uuid>,
) -> AppResult<Json<EventResponse>> {
    let found = visible_event(&state, user.as_ref(), id).await?;
    Ok(Json(respond(&found)?))
}

/// Publishes a draft event for requests (officers).
#[utoipa::path(
    post, path = "/events/{id}/publish", tag = "events",
    params(("id" = Uuid, Path, description = "event id")),
    security(("bearer" = [])),
    responses((status = 200, body = EventResponse), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem))
)]
pub async fn publish_event(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<EventResponse>> {
    change(&state, &user, id, EventAction::Publish).await
}

/// Closes an open event to requests (officers).
#[utoipa::path(
    post, path = "/events/{id}/close", tag = "events",
    params(("id" = Uuid, Path, description = "event id")),
    security(("bearer" = [])),
    responses((status = 200, body = EventResponse), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem))
)]
pub async fn close_event(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<EventResponse>> {
    change(&state, &user, id, EventAction::Close).await
}

/// Marks a closed event as held (officers).
#[utoipa::path(
    post, path = "/events/{id}/hold", tag = "events",
    params(("id" = Uuid, Path, description = "event id")),
    security(("bearer" = [])),
    responses((status = 200, body = EventResponse), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem))
)]
pub async fn hold_event(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<EventResponse>> {
    change(&state, &user, id, EventAction::Hold).await
}

async fn change(state: &AppState, user: &CurrentUser, id: Uuid, action: EventAction) -> AppResult<Json<EventResponse>> {
    let found = store::find(&state.db, id).await?.ok_or(AppError::NotFound("event"))?;
    let status = status_of(&found)?;
    let next = rules::transition(status, action)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    let now = state.now();
    let txn = state.db.begin().await?;
    if !store::change_status(&txn, id, status, next).await? {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            "the event changed meanwhile; reload it",
        ));
    }
    let action_name = match action {
        EventAction::Publish => "event.published",
        EventAction::Close => "event.closed",
        EventAction::Hold => "event.held",
    };
    audit::record(
        &txn,
        AuditEntry::status_changed(user.id, action_name, "event", id, (status, next), None),
        now,
    )
    .await?;
    txn.commit().await?;
    let changed = store::find(&state.db, id).await?.ok_or(AppError::NotFound("event"))?;
    Ok(Json(respond(&changed)?))
}

/// The event if the caller may see it (drafts only for officers).
pub async fn visible_event(state: &AppState, user: Option<&CurrentUser>, id: Uuid) -> AppResult<event::Model> {
    let found = store::find(&state.db, id).await?.ok_or(AppError::NotFound("event"))?;
    let officer = user.is_some_and(|user| user.has(crate::auth::Role::Officer));
    if found.status == EventStatus::Draft.as_str() && !officer {
        return Err(AppError::NotFound("event"));
    }
    Ok(found)
}

/// The stored status of an event.
pub fn status_of(row: &event::Model) -> AppResult<EventStatus> {
    EventStatus::parse(&row.status).ok_or_else(|| AppError::Internal(format!("event {} has an unknown status", row.id)))
}

/// The currency of an event.
pub fn currency_of(row: &event::Model) -> AppResult<Currency> {
    Currency::from_code(&row.currency)
        .ok_or_else(|| AppError::Internal(format!("event {} has an unknown currency", row.id)))
}

/// The exchange rates of an event.
pub fn rates_of(row: &event::Model) -> BTreeMap<String, Decimal> {
    serde_json::from_value::<BTreeMap<String, String>>(row.exchange_rates.clone())
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(code, rate)| money::parse_decimal(&rate).ok().map(|rate| (code, rate)))
        .collect()
}

fn respond(row: &event::Model) -> AppResult<EventResponse> {
    let currency = currency_of(row)?;
    let format = |stored: i64| money::format_amount(money::from_stored(stored), currency);
    Ok(EventResponse {
        id: row.id,
        name: row.name.clone(),
        description: row.description.clone(),
        city: row.city.clone(),
        country: row.country.clone(),
        venue: row.venue.clone(),
        starts_on: row.starts_on,
        ends_on: row.ends_on,
        request_deadline: row.request_deadline,
        currency,
        sponsorship_budget: format(row.sponsorship_budget),
        dsa_rate: format(row.dsa_rate),
        dsa_source: row.dsa_source.clone(),
        dsa_override_reason: row.dsa_override_reason.clone(),
        terminal_expense: format(row.terminal_expense),
        exchange_rates: row.exchange_rates.clone(),
        advance_percent: row.advance_percent,
        status: status_of(row)?,
    })
}
