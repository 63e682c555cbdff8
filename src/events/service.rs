//! The commands and queries of events that every entry point shares: creating an event
//! (its DSA from the reference table unless overridden), moving it through its life, and
//! the reads other domains need (the event a caller may see, its exchange rates).

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::json::{CreateEventRequest, EventResponse};
use super::rules::{self, DsaSource, EventAction, EventStatus, EventTerms};
use super::store::{self, event};
use crate::audit::{self, AuditEntry};
use crate::auth::{CurrentUser, Role};
use crate::error::{AppError, AppResult, ProblemKind, Validator};
use crate::i18n::Message;
use crate::money::{self, Currency};
use crate::reference::Reference;

/// The events `user` may see (drafts for officers only), in `status` when given, a page at
/// a time; answers the page and the total.
pub async fn list(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    status: Option<EventStatus>,
    (limit, offset): (u64, u64),
) -> AppResult<(Vec<event::Model>, u64)> {
    let officer = user.is_some_and(|user| user.has(Role::Officer));
    let visible: Vec<EventStatus> = EventStatus::ALL
        .into_iter()
        .filter(|candidate| officer || *candidate != EventStatus::Draft)
        .filter(|candidate| status.is_none_or(|wanted| wanted == *candidate))
        .collect();
    store::list(db, &visible, (limit, offset)).await
}

/// Creates an event as a draft. Its DSA comes from the reference DSA table for its city on
/// its first day, converted with its exchange rates, unless the officer sets `dsa_rate`
/// with a reason; its terminal expenses come from the reference travel constants.
pub async fn create(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: Uuid,
    body: CreateEventRequest,
    reference: &Reference,
) -> AppResult<event::Model> {
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
        travel_days_before: body.travel_days_before.unwrap_or(1),
        travel_days_after: body.travel_days_after.unwrap_or(1),
        local_area: body.local_area.iter().map(|city| city.trim().to_owned()).collect(),
    };
    let mut check = Validator::new();
    rules::check_terms(&terms, now, &mut check);
    check.take("country", reference.check_country(&country));
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
            (rate.0, DsaSource::Override)
        }
        None => (table_rate(&terms, reference, &mut check), DsaSource::Table),
    };
    let travel = reference.travel;
    let terminal_expense = take_conversion(
        &mut check,
        &terms,
        convert_rounded(travel.terminal_expense, travel.terminal_currency, &terms),
    );
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
        currency: terms.currency,
        sponsorship_budget: money::to_stored(terms.sponsorship_budget)?,
        dsa_rate: money::to_stored(dsa_rate)?,
        dsa_source,
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
        travel_days_before: terms.travel_days_before,
        travel_days_after: terms.travel_days_after,
        local_area: json!(terms.local_area).to_string(),
        status: EventStatus::Draft,
        created_by: actor,
        created_at: now,
    };
    let txn = db.begin().await?;
    let created = store::insert(&txn, row).await?;
    let shown = EventResponse::of(&created);
    let summary = json!({"name": shown.name, "sponsorship_budget": shown.sponsorship_budget,
        "currency": shown.currency, "dsa_rate": shown.dsa_rate, "dsa_source": shown.dsa_source});
    let mut entry = AuditEntry::created(actor, "event.created", "event", created.id, summary);
    entry.reason = created.dsa_override_reason.clone();
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(created)
}

/// Moves an event through its life (publish, close, hold): the one transition helper of
/// the domain. A refused move is 409 `invalid-transition`; a move raced by another is 409
/// `concurrent-change`.
pub async fn transition(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: Uuid,
    id: Uuid,
    action: EventAction,
) -> AppResult<event::Model> {
    let found = store::find(db, id).await?.ok_or(AppError::NotFound("event"))?;
    let next = rules::transition(found.status, action)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    let txn = db.begin().await?;
    if !store::change_status(&txn, id, found.status, next).await? {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            Message::new("refused-changed-event"),
        ));
    }
    let action_name = match action {
        EventAction::Publish => "event.published",
        EventAction::Close => "event.closed",
        EventAction::Hold => "event.held",
    };
    audit::commit(
        db,
        txn,
        vec![AuditEntry::status_changed(
            actor,
            action_name,
            "event",
            id,
            (found.status, next),
            None,
        )],
        now,
    )
    .await?;
    store::find(db, id).await?.ok_or(AppError::NotFound("event"))
}

/// The event if the caller may see it (drafts only for officers); 404 otherwise.
pub async fn visible_event(db: &impl ConnectionTrait, user: Option<&CurrentUser>, id: Uuid) -> AppResult<event::Model> {
    let found = store::find(db, id).await?.ok_or(AppError::NotFound("event"))?;
    let officer = user.is_some_and(|user| user.has(Role::Officer));
    if found.status == EventStatus::Draft && !officer {
        return Err(AppError::NotFound("event"));
    }
    Ok(found)
}

/// The event with this id, whoever asks (for the services of other domains).
pub async fn event(db: &impl ConnectionTrait, id: Uuid) -> AppResult<event::Model> {
    store::find(db, id).await?.ok_or(AppError::NotFound("event"))
}

/// The currency of an event.
pub fn currency_of(row: &event::Model) -> Currency {
    row.currency
}

/// The exchange rates of an event; a stored rate that does not read is an internal error,
/// never a missing rate.
pub fn rates_of(row: &event::Model) -> AppResult<BTreeMap<String, Decimal>> {
    let corrupt = |detail: String| AppError::Internal(format!("event {}: exchange_rates: {detail}", row.id));
    serde_json::from_value::<BTreeMap<String, String>>(row.exchange_rates.clone())
        .map_err(|error| corrupt(error.to_string()))?
        .into_iter()
        .map(|(code, rate)| money::parse_decimal(&rate).map(|rate| (code, rate)).map_err(&corrupt))
        .collect()
}

/// The cities besides the event's whose travellers are local (a stored value that does not
/// read is taken as none, and logged).
pub fn local_area_of(row: &event::Model) -> Vec<String> {
    serde_json::from_str(&row.local_area).unwrap_or_else(|error| {
        tracing::error!(event = %row.id, %error, "local_area does not read");
        Vec::new()
    })
}

/// The authorised travel period of an event: (arrival, departure), see
/// `sponsorships::rules::authorised_period`.
pub fn authorised_period(row: &event::Model) -> (NaiveDate, NaiveDate) {
    let days = |stored: i32| u32::try_from(stored).unwrap_or_default();
    crate::sponsorships::rules::authorised_period(
        (row.starts_on, row.ends_on),
        (days(row.travel_days_before), days(row.travel_days_after)),
    )
}

/// The DSA rate of each night (the date it begins) in the event's currency, unrounded: the
/// officer's override for every night, or the table's rate in force that night (a night
/// before the table's first row for the city takes the rate of the event's first day),
/// converted with the event's exchange rates. Refused, naming the stay, when the table has
/// no rate or the event no exchange rate for it.
pub fn nightly_rates(
    row: &event::Model,
    reference: &Reference,
    nights: impl Iterator<Item = NaiveDate>,
) -> AppResult<Vec<(NaiveDate, Decimal)>> {
    if row.dsa_source == DsaSource::Override {
        let rate = money::from_stored(row.dsa_rate);
        return Ok(nights.map(|night| (night, rate)).collect());
    }
    let rates = rates_of(row)?;
    let in_force = |on| rules::dsa_rate_for(&reference.dsa_rates, &row.country, &row.city, on);
    nights
        .map(|night| {
            let found = in_force(night).or_else(|| in_force(row.starts_on)).ok_or_else(|| {
                AppError::field(
                    "arrival_on",
                    format!("the DSA table has no rate for {} on {night}: ask the office", row.city),
                )
            })?;
            rules::convert(found.daily_rate, found.currency, row.currency, &rates)
                .map(|rate| (night, rate))
                .map_err(|error| AppError::field("arrival_on", format!("the DSA of {night}: {error}")))
        })
        .collect()
}

/// The terminal expenses per journey end in the event's currency, unrounded, from the
/// reference travel constants.
pub fn terminal_expense(row: &event::Model, reference: &Reference) -> AppResult<Decimal> {
    let travel = reference.travel;
    rules::convert(
        travel.terminal_expense,
        travel.terminal_currency,
        row.currency,
        &rates_of(row)?,
    )
    .map_err(|error| AppError::field("origin_city", format!("the terminal expenses: {error}")))
}

/// The DSA of the table for the event's city on its first day, in the event's currency;
/// a missing row or exchange rate is a field error.
fn table_rate(terms: &EventTerms, reference: &Reference, check: &mut Validator) -> Decimal {
    let Some(row) = rules::dsa_rate_for(&reference.dsa_rates, &terms.country, &terms.city, terms.starts_on) else {
        check.push(
            "dsa_rate",
            format!(
                "the DSA table has no rate for {} ({}) on {}: give dsa_rate with a reason",
                terms.city, terms.country, terms.starts_on
            ),
        );
        return Decimal::ZERO;
    };
    take_conversion(check, terms, convert_rounded(row.daily_rate, row.currency, terms))
}

/// The converted amount, or zero with a field error on `exchange_rates`; when a rate itself
/// was refused (named by `check_terms`), its consequences are not reported twice.
fn take_conversion(check: &mut Validator, terms: &EventTerms, converted: Result<Decimal, String>) -> Decimal {
    let rates_valid = terms
        .exchange_rates
        .values()
        .all(|rate| money::check_rate(*rate).is_ok());
    if rates_valid {
        check.take("exchange_rates", converted).unwrap_or_default()
    } else {
        converted.unwrap_or_default()
    }
}

/// `amount` in `from` in the event's currency, rounded to its minor unit.
fn convert_rounded(amount: Decimal, from: Currency, terms: &EventTerms) -> Result<Decimal, String> {
    rules::convert(amount, from, terms.currency, &terms.exchange_rates)
        .map(|converted| money::round_to_minor_unit(converted, terms.currency))
        .map_err(String::from)
}
