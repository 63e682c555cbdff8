//! The commands and queries of sponsorship requests that every entry point shares: asking
//! for a sponsorship, submitting a draft, deciding, cancelling (which promotes the
//! waitlist), and the reads and checks other modules and domains need (the request a
//! caller may see, its payments, its currency, the event budget check, the risk gate).
//! The steps after approval (travel, reconciliation, refund, the trip's risk assessment)
//! are in `travel_service.rs`.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::json::{DecisionBody, PaymentsResponse, SponsorshipRequestBody, SponsorshipResponse};
use super::payments::{self, Ceiling, Terms};
use super::rules::{self, Entitlement, SponsorshipAction, SponsorshipOutcome, SponsorshipStatus, Trip};
use super::store::{self, Step, request};
use crate::audit::{self, AuditEntry};
use crate::auth::{CurrentUser, Role};
use crate::disbursements::store::Source;
use crate::error::{AppError, AppResult, OnUnique, ProblemKind, Validator};
use crate::events::rules::{ConversionError, EventStatus};
use crate::events::store::event;
use crate::i18n::Message;
use crate::money::{self, Currency};
use crate::organisations;
use crate::reference::Reference;
use crate::reminders::notices::{self, Announcement, Audience, Fact, Kind};

/// What a request comes to before it is kept: its event, the checked answers and the
/// entitlement, night by night. The portal's "check your answers" step shows it; [`request`]
/// stores it. The same checks and rules, whichever entry point asks.
#[derive(Debug, Clone)]
pub struct Quote {
    /// The event asked for.
    pub event: event::Model,
    /// The traveller's nationality, as kept (upper-case ISO 3166-1 alpha-2).
    pub nationality: String,
    /// The country of origin, as kept.
    pub origin_country: String,
    /// Nights between arrival and departure.
    pub nights: i64,
    /// Every night of the stay with the share of its rate paid.
    pub night_by_night: Vec<rules::Night>,
    /// The entitlement as the travel rules compute it.
    pub entitlement: Entitlement,
    /// The traveller's passport details, when given.
    pub passport: Option<super::passport::Passport>,
}

/// Checks a request as [`request`] would (the caller a member of the organisation, the
/// event open and before its deadline, the answers) and computes its entitlement: DSA for
/// each night at the event's rate, terminal expenses for each journey end (from the
/// reference travel constants) and the airfare converted to the event's currency, rounded
/// at the end. Nothing is kept.
pub async fn quote(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    event_id: Uuid,
    body: &SponsorshipRequestBody,
    reference: &Reference,
) -> AppResult<Quote> {
    let event = crate::events::service::visible_event(db, Some(actor), event_id).await?;
    if !organisations::store::is_member(db, body.organisation_id, actor.id).await? {
        return Err(AppError::Forbidden(
            "only members of the organisation request sponsorship for it".to_owned(),
        ));
    }
    check_takes_requests(&event, now)?;
    if !body.draft {
        crate::auth::recovery::require_verified_email(db, actor).await?;
    }
    let currency = event.currency;
    let mut check = Validator::new();
    let traveller = &body.traveller;
    check.required_text("traveller.full_name", &traveller.full_name, 200);
    check.required_text("traveller.role", &traveller.role, 200);
    check.required_text("origin_city", &body.origin_city, 100);
    let nationality = traveller.nationality.trim().to_uppercase();
    let origin_country = body.origin_country.trim().to_uppercase();
    check.take("traveller.nationality", reference.check_country(&nationality));
    check.take("origin_country", reference.check_country(&origin_country));
    let local = rules::is_local(
        (&origin_country, &body.origin_city),
        (&event.country, &event.city),
        &crate::events::service::local_area_of(&event),
    );
    if !(local && body.airfare_estimate.0.is_zero()) {
        check.take(
            "airfare_estimate",
            money::check_positive_amount(body.airfare_estimate.0, body.airfare_currency),
        );
    }
    let stay_nights = check.take("departure_on", rules::nights(body.arrival_on, body.departure_on));
    for (field, message) in rules::check_stay((body.arrival_on, body.departure_on), (event.starts_on, event.ends_on)) {
        check.push(field, message);
    }
    let given = traveller.passport();
    let passport = if given.is_empty() {
        None
    } else {
        super::passport::check(&given, "traveller.", (now.date_naive(), body.departure_on), &mut check)
    };
    let rates = crate::events::service::rates_of(&event)?;
    let airfare = match crate::events::rules::convert(body.airfare_estimate.0, body.airfare_currency, currency, &rates)
    {
        Ok(converted) => Some(converted),
        Err(error @ ConversionError::MissingRate(_)) => check.take("airfare_currency", Err(error.to_string())),
        Err(error) => check.take("airfare_estimate", Err(error.to_string())),
    };
    check.finish()?;
    let stay = Stay {
        dates: (body.arrival_on, body.departure_on),
        local,
        airfare: airfare.unwrap_or_default(),
        extra_nights_authorised: false,
    };
    let trip = trip_of(&event, reference, &stay)?;
    let entitlement = rules::entitlement(&trip).map_err(|refusal| AppError::field(refusal.field, refusal.message))?;
    Ok(Quote {
        nationality,
        origin_country,
        nights: stay_nights.unwrap_or_default(),
        night_by_night: rules::night_by_night(&trip),
        entitlement,
        event,
        passport,
    })
}

/// Asks the office to sponsor one traveller (members of the organisation), while the event
/// is open and before its deadline, with the entitlement [`quote`] computes.
pub async fn request(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    event_id: Uuid,
    body: SponsorshipRequestBody,
    (reference, keys): (&Reference, &crate::documents::keys::DataKeys),
) -> AppResult<request::Model> {
    let Quote {
        event,
        nationality,
        origin_country,
        nights: stay_nights,
        entitlement: computed,
        passport,
        ..
    } = quote(db, now, actor, event_id, &body, reference).await?;
    let id = Uuid::new_v4();
    let sealed = passport.map(|passport| super::passport::seal(keys, id, &passport));
    let currency = event.currency;
    let traveller = &body.traveller;
    let row = request::Model {
        id,
        event_id,
        organisation_id: body.organisation_id,
        traveller_name: traveller.full_name.trim().to_owned(),
        traveller_key: rules::traveller_key(&traveller.full_name),
        gender: traveller.gender,
        age_band: traveller.age_band,
        role: traveller.role.trim().to_owned(),
        nationality,
        origin_city: body.origin_city.trim().to_owned(),
        origin_country,
        airfare_estimate: money::to_stored(body.airfare_estimate.0)?,
        airfare_currency: body.airfare_currency,
        arrival_on: body.arrival_on,
        departure_on: body.departure_on,
        nights: i32::try_from(stay_nights)
            .map_err(|_| AppError::Internal(format!("{stay_nights} nights do not fit")))?,
        entitlement: money::to_stored(computed.total)?,
        breakdown: json!(computed),
        extra_nights_reason: None,
        extra_nights_authorised_by: None,
        status: if body.draft {
            SponsorshipStatus::Draft
        } else {
            SponsorshipStatus::Submitted
        },
        decision_reason: None,
        decided_by: None,
        decided_at: None,
        waitlisted_at: None,
        requested_by: actor.id,
        requested_at: now,
        travelled_by: None,
        travelled_at: None,
        trip_confirmed_by: None,
        trip_confirmed_at: None,
        attendance_note: None,
        actual_costs: None,
        adjustment: None,
        adjustment_reason: None,
        reconciled_by: None,
        reconciled_at: None,
        reclaim_due: None,
        refund_received_on: None,
        refund_reference: None,
        refund_recorded_by: None,
        passport_key_id: sealed.as_ref().map(|sealed| sealed.key_id.clone()),
        passport_nonce: sealed.as_ref().map(|sealed| sealed.nonce.clone()),
        passport_sealed: sealed.map(|sealed| sealed.ciphertext),
        passport_purged_at: None,
        letter_code: None,
    };
    let txn = db.begin().await?;
    let created = store::insert(&txn, row).await.on_unique(
        ProblemKind::DuplicateTraveller,
        "this traveller already has a request for this event: change or cancel that request instead",
    )?;
    // The passport details themselves never enter the audit trail: only whether they were given.
    let summary = json!({"event_id": event_id, "entitlement": money::format_amount(computed.total, currency), "currency": currency, "passport_details": created.passport_sealed.is_some()});
    let entry = AuditEntry::created(
        actor.id,
        "sponsorship.requested",
        "sponsorship_request",
        created.id,
        summary,
    );
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(created)
}

/// Submits a draft request (the organisation's members), while the event is open and
/// before its deadline; a traveller already requested for the event is refused here.
pub async fn submit(db: &DatabaseConnection, now: DateTime<Utc>, actor: &CurrentUser, id: Uuid) -> AppResult<()> {
    let (current, event) = visible_request(db, actor, id).await?;
    if !organisations::store::is_member(db, current.organisation_id, actor.id).await? {
        return Err(AppError::Forbidden(
            "only the organisation's members submit its requests".to_owned(),
        ));
    }
    let statuses = plan(&current, SponsorshipAction::Submit)?;
    check_takes_requests(&event, now)?;
    crate::auth::recovery::require_verified_email(db, actor).await?;
    let txn = db.begin().await?;
    let entry = transition(
        &txn,
        id,
        statuses,
        Change::Submit,
        (actor.id, "sponsorship.submitted"),
        now,
    )
    .await?;
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(())
}

/// Decides a request (officers), always with a reason. Approving fixes the entitlement and
/// is refused when the trip's risk assessment is not cleared or when approved entitlements
/// would exceed the event's sponsorship budget (both checked under the event's row lock).
/// An approval or waitlisting with `extra_nights_reason` authorises the nights of the stay
/// outside the event's authorised travel period: they are paid, and the entitlement grows.
pub async fn decide(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    id: Uuid,
    body: &DecisionBody,
    reference: &Reference,
) -> AppResult<()> {
    let (current, event) = visible_request(db, actor, id).await?;
    let mut check = Validator::new();
    check.required_text("reason", &body.reason, 5_000);
    let extra = body.extra_nights_reason.as_deref().map(str::trim);
    if let Some(extra) = extra {
        check.required_text("extra_nights_reason", extra, 5_000);
        check.check(
            body.outcome == SponsorshipOutcome::Rejected,
            "extra_nights_reason",
            Message::new("sponsorship-refused-extra-nights-rejected"),
        );
    }
    check.finish()?;
    let statuses = plan(&current, SponsorshipAction::Decide(body.outcome))?;
    let extended = match extra {
        Some(extra) => Some((extended_entitlement(&current, &event, reference)?, extra)),
        None => None,
    };
    let reason = body.reason.trim();
    let txn = db.begin().await?;
    store::lock_with_event(&txn, current.event_id, id).await?;
    let mut entitlement = current.entitlement;
    if let Some((parts, extra)) = &extended {
        entitlement = money::to_stored(parts.total)?;
        store::authorise_extra_nights(&txn, id, (entitlement, json!(parts)), (actor.id, extra)).await?;
    }
    if statuses.1 == SponsorshipStatus::Approved {
        // Checked under the lock: a risk assessment may have been attached meanwhile.
        risk_allows(&txn, id).await?;
        check_budget(&txn, current.event_id, entitlement).await?;
        store::set_letter_code(&txn, id, &crate::letters::rules::new_code()).await?;
    }
    let change = Change::Decision { by: actor.id, reason };
    let mut entry = transition(&txn, id, statuses, change, (actor.id, "sponsorship.decided"), now).await?;
    let shown = money::format_amount(money::from_stored(entitlement), event.currency);
    entry = entry.with("entitlement", json!({"amount": shown, "currency": event.currency}));
    if let Some((parts, extra)) = &extended {
        entry = entry.with("extra_nights", json!({"nights": parts.extra_nights, "reason": extra}));
    }
    let kind = match body.outcome {
        SponsorshipOutcome::Approved => Kind::SponsorshipApproved,
        SponsorshipOutcome::Rejected => Kind::SponsorshipRejected,
        SponsorshipOutcome::Waitlisted => Kind::SponsorshipWaitlisted,
    };
    let mut notice = Announcement::new(
        kind,
        id,
        format!("{id}@{}", now.timestamp_micros()),
        &current.traveller_name,
    )
    .with(Fact::data("email-label-event", event.name.clone()));
    if body.outcome != SponsorshipOutcome::Rejected {
        notice = notice.with(Fact::amount(
            "email-label-entitlement",
            money::from_stored(entitlement),
            event.currency,
        ));
    }
    notice = notice.with(Fact::data("email-label-reasons", reason));
    notices::announce(&txn, now, &notice, Audience::Members(current.organisation_id)).await?;
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(())
}

/// A stay as the entitlement is computed from it.
struct Stay {
    /// Arrival and departure.
    dates: (NaiveDate, NaiveDate),
    /// From the event's city or local area.
    local: bool,
    /// The airfare in the event's currency, unrounded.
    airfare: Decimal,
    /// An officer authorised the nights outside the authorised travel period.
    extra_nights_authorised: bool,
}

/// The entitlement of a stay under its event's travel rules (`rules::entitlement`).
fn entitlement_of(event: &event::Model, reference: &Reference, stay: &Stay) -> AppResult<Entitlement> {
    rules::entitlement(&trip_of(event, reference, stay)?)
        .map_err(|refusal| AppError::field(refusal.field, refusal.message))
}

/// A stay as the travel rules take it: each night's DSA rate and the terminal expenses from
/// the reference data, the event's authorised period.
fn trip_of(event: &event::Model, reference: &Reference, stay: &Stay) -> AppResult<Trip> {
    let (arrival, departure) = stay.dates;
    let nights = arrival.iter_days().take_while(|night| *night < departure);
    Ok(Trip {
        nights: crate::events::service::nightly_rates(event, reference, nights)?,
        authorised: crate::events::service::authorised_period(event),
        extra_nights_authorised: stay.extra_nights_authorised,
        local: stay.local,
        terminal_expense: crate::events::service::terminal_expense(event, reference)?,
        journey_ends: reference.travel.journey_ends,
        airfare: stay.airfare,
        currency: event.currency,
    })
}

/// The entitlement of a request with its nights outside the authorised period paid;
/// refused when it has none to authorise.
fn extended_entitlement(
    current: &request::Model,
    event: &event::Model,
    reference: &Reference,
) -> AppResult<Entitlement> {
    let parts: Entitlement = breakdown_of(current)?;
    let stay = Stay {
        dates: (current.arrival_on, current.departure_on),
        local: parts.local,
        airfare: parts.airfare,
        extra_nights_authorised: true,
    };
    let extended = entitlement_of(event, reference, &stay)?;
    if extended.extra_nights == 0 {
        return Err(AppError::field(
            "extra_nights_reason",
            Message::new("sponsorship-refused-no-extra-nights"),
        ));
    }
    Ok(extended)
}

/// The stored parts of a request's entitlement.
pub fn breakdown_of(row: &request::Model) -> AppResult<Entitlement> {
    serde_json::from_value(row.breakdown.clone())
        .map_err(|error| AppError::Internal(format!("entitlement of {}: {error}", row.id)))
}

/// Cancels a request before travel (the organisation's members or officers), with the
/// reason. Cancelling an approved request cancels its requested payments, records what was
/// paid as due back, and promotes waitlisted requests in order as far as the budget goes.
pub async fn cancel(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    id: Uuid,
    reason: &str,
) -> AppResult<()> {
    let (current, _) = visible_request(db, actor, id).await?;
    let member = organisations::store::is_member(db, current.organisation_id, actor.id).await?;
    if !member && !actor.has(Role::Officer) {
        return Err(AppError::Forbidden(
            "only the organisation's members or an officer cancel a request".to_owned(),
        ));
    }
    let mut check = Validator::new();
    check.required_text("reason", reason, 5_000);
    check.finish()?;
    let statuses = plan(&current, SponsorshipAction::Cancel)?;
    let reason = reason.trim();
    let txn = db.begin().await?;
    store::lock_with_event(&txn, current.event_id, id).await?;
    let change = Change::Decision { by: actor.id, reason };
    // Every row changes first and the audit events come last (see `cancel_requested_of`).
    let mut entries = vec![transition(&txn, id, statuses, change, (actor.id, "sponsorship.cancelled"), now).await?];
    if statuses.0 == SponsorshipStatus::Approved {
        entries.extend(settle_cancelled_payments(&txn, &current, actor.id, reason, now).await?);
        entries.extend(promote_waitlist(&txn, current.event_id, (actor.id, Freed::Cancellation), now).await?);
    }
    audit::commit(db, txn, entries, now).await?;
    Ok(())
}

/// The requests of an event as the caller may see them: officers, finance and admins see
/// all; members see their organisations' requests.
pub async fn list_of_event(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    event_id: Uuid,
    (limit, offset): (u64, u64),
) -> AppResult<(Vec<SponsorshipResponse>, u64)> {
    let page = crate::keyset::PageRequest::counted(limit, offset);
    Ok(list_page_of_event(db, actor, event_id, &page).await?.into_counted())
}

/// A page of the requests of an event (see `list_of_event`), by keyset `cursor`, counted
/// on the first page or when asked.
pub async fn list_page_of_event(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    event_id: Uuid,
    page: &crate::keyset::PageRequest,
) -> AppResult<crate::keyset::Listed<SponsorshipResponse>> {
    let event = crate::events::service::visible_event(db, Some(actor), event_id).await?;
    let only = if actor.sees_all_applicants() {
        None
    } else {
        Some(organisations::store::organisation_ids_of(db, actor.id).await?)
    };
    let listed = store::list_page_of_event(db, event_id, only, page).await?;
    let rows = &listed.items;
    let risks = crate::risk::service::trip_statuses(db, rows.iter().map(|row| row.id).collect()).await?;
    let names = organisation_names(db, rows.iter().map(|row| row.organisation_id).collect()).await?;
    let items = rows
        .iter()
        .map(|row| {
            Ok(SponsorshipResponse {
                organisation_name: names.get(&row.organisation_id).cloned(),
                ..SponsorshipResponse::of(row, event.currency, risks.get(&row.id).copied())?
            })
        })
        .collect::<AppResult<Vec<_>>>()?;
    Ok(crate::keyset::Listed {
        items,
        total: listed.total,
        next_cursor: listed.next_cursor,
    })
}

/// The legal names of these organisations, by id (one query). The lists that use it show
/// only requests their reader may see (staff, or the organisation's own members), so the
/// name is never one a `do_not_publish` organisation keeps from that reader.
async fn organisation_names(db: &impl ConnectionTrait, ids: Vec<Uuid>) -> AppResult<HashMap<Uuid, String>> {
    Ok(organisations::store::find_many(db, ids)
        .await?
        .into_iter()
        .map(|organisation| (organisation.id, organisation.legal_name))
        .collect())
}

/// The requests of the organisations `actor` is a member of, newest first, each with its
/// event (two queries whatever their number).
pub async fn of_member(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    limit: u64,
) -> AppResult<Vec<(request::Model, event::Model)>> {
    let organisations = organisations::store::organisation_ids_of(db, actor.id).await?;
    let rows = store::of_organisations(db, organisations, limit).await?;
    let events: HashMap<Uuid, event::Model> =
        crate::events::store::find_many(db, rows.iter().map(|row| row.event_id).collect())
            .await?
            .into_iter()
            .map(|found| (found.id, found))
            .collect();
    Ok(rows
        .into_iter()
        .filter_map(|row| events.get(&row.event_id).cloned().map(|found| (row, found)))
        .collect())
}

/// The request and its event if the caller may see the request: staff who see all
/// applicants, or the organisation's members; anyone else gets 404.
pub async fn visible_request(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    id: Uuid,
) -> AppResult<(request::Model, event::Model)> {
    let found = store::find(db, id)
        .await?
        .ok_or(AppError::NotFound("sponsorship request"))?;
    let sees =
        actor.sees_all_applicants() || organisations::store::is_member(db, found.organisation_id, actor.id).await?;
    if !sees {
        return Err(AppError::NotFound("sponsorship request"));
    }
    let event = crate::events::service::event(db, found.event_id).await?;
    Ok((found, event))
}

/// A request as answered on its own (to staff and the organisation's members): with what
/// was paid against it and what may be paid now, the traveller's passport details and the
/// letter's verification code.
pub async fn view(state: &crate::AppState, id: Uuid) -> AppResult<SponsorshipResponse> {
    let db = &state.db;
    let row = store::find(db, id)
        .await?
        .ok_or(AppError::NotFound("sponsorship request"))?;
    let event = crate::events::service::event(db, row.event_id).await?;
    let terms = terms_of(&row, &event)?;
    let currency = terms.currency;
    let risk = crate::risk::service::standing(db, crate::risk::rules::Subject::Sponsorship(id)).await?;
    let mut answer = SponsorshipResponse::of(&row, currency, risk.map(|(status, _)| status))?;
    answer.organisation_name = organisation_names(db, vec![row.organisation_id])
        .await?
        .remove(&row.organisation_id);
    let (totals, _) = crate::disbursements::store::totals_of(db, Source::Sponsorship(id)).await?;
    let ceiling = payments::ceiling(row.status, terms).ok();
    let format = |amount: Decimal| money::format_amount(amount, currency);
    answer.payments = Some(PaymentsResponse {
        advance_percent: terms.advance_percent,
        advance: format(payments::advance(terms)),
        payable_now: ceiling.as_ref().map(|ceiling| ceiling.purpose),
        ceiling: ceiling.as_ref().map(|ceiling| format(ceiling.amount)),
        requested: format(totals.requested),
        approved: format(totals.approved),
        paid: format(totals.paid),
        available: ceiling.map(|ceiling| format((ceiling.amount - totals.committed()).max(Decimal::ZERO))),
        currency,
    });
    if let Some(reconciliation) = answer.reconciliation.as_mut() {
        let trip = crate::documents::rules::Subject::sponsorship_request(id);
        reconciliation.documents = crate::documents::service::all_of(db, trip).await?;
    }
    answer.passport = super::passport_service::passport_of(&state.data_keys, &row)?;
    answer.letter_verification_url = row
        .letter_code
        .as_deref()
        .map(|code| crate::letters::rules::verification_url(&state.config.public_url, code));
    answer.letter_code = row.letter_code;
    Ok(answer)
}

/// The money terms of a request under its event.
pub fn terms_of(row: &request::Model, event: &event::Model) -> AppResult<Terms> {
    Ok(Terms {
        entitlement: money::from_stored(row.entitlement),
        advance_percent: u32::try_from(event.advance_percent)
            .map_err(|_| AppError::Internal(format!("event {} has a negative advance_percent", event.id)))?,
        adjustment: row.adjustment.map(money::from_stored),
        currency: event.currency,
    })
}

/// The currency a sponsorship is paid in (its event's); 404 when there is no such request.
pub async fn currency_of_request(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Currency> {
    let found = store::find(db, id)
        .await?
        .ok_or(AppError::NotFound("sponsorship request"))?;
    Ok(crate::events::service::event(db, found.event_id).await?.currency)
}

/// Locks a sponsorship's row for the transaction and answers who is paid, in which currency,
/// and the ceiling of its payments in its current state (409 when it is not payable).
pub async fn lock_payable(txn: &impl ConnectionTrait, id: Uuid) -> AppResult<(Uuid, Currency, Ceiling)> {
    crate::db::lock_row(txn, "sponsorship_requests", id).await?;
    let found = store::find(txn, id)
        .await?
        .ok_or(AppError::NotFound("sponsorship request"))?;
    let event = crate::events::service::event(txn, found.event_id).await?;
    let terms = terms_of(&found, &event)?;
    let ceiling = payments::ceiling(found.status, terms)
        .map_err(|detail| AppError::conflict(ProblemKind::SponsorshipNotPayable, detail))?;
    // A risk assessment attached after approval stops payments until it is approved.
    risk_allows(txn, id).await?;
    Ok((found.organisation_id, terms.currency, ceiling))
}

/// Refuses a step that would take what holds the event's budget over it (the pure check is
/// `rules::check_budget`); the caller holds the event's row lock.
pub async fn check_budget(txn: &impl ConnectionTrait, event_id: Uuid, adding: i64) -> AppResult<()> {
    let event = crate::events::service::event(txn, event_id).await?;
    let committed = store::committed_on_event(txn, event_id).await?;
    rules::check_budget(
        money::from_stored(committed),
        money::from_stored(adding),
        money::from_stored(event.sponsorship_budget),
        event.currency,
    )
    .map_err(|refused| AppError::conflict(ProblemKind::BudgetExceeded, refused.message()))
}

/// Whether the trip's attached risk assessment (if any) lets it be approved or paid.
pub async fn risk_allows(db: &impl ConnectionTrait, id: Uuid) -> AppResult<()> {
    crate::risk::service::trip_allowed(db, id).await
}

/// Why the waitlist moves: the message recorded on each promoted request.
#[derive(Debug, Clone, Copy)]
pub enum Freed {
    /// An approved sponsorship was cancelled.
    Cancellation,
    /// Money due back was refunded.
    Refund,
    /// This waitlisted trip's risk assessment was approved.
    RiskApproval(Uuid),
}

/// Approves waitlisted requests in order while the budget has room, stopping at the first
/// that does not fit; only before the event starts, while it is open or closed to requests.
/// A request whose attached risk assessment blocks approval is passed over and stays
/// waitlisted (its approval runs the waitlist again). Each waitlisted row is locked before it
/// is read, so an assessment attached meanwhile is seen. A promotion is recorded as the
/// decision of the officer who waitlisted the request (who signs its letter); the audit names
/// who triggered it. Answers the audit events for the caller to record. The caller holds the
/// event's row lock.
pub async fn promote_waitlist(
    txn: &impl ConnectionTrait,
    event_id: Uuid,
    (by, freed): (Uuid, Freed),
    now: DateTime<Utc>,
) -> AppResult<Vec<AuditEntry>> {
    let event = crate::events::service::event(txn, event_id).await?;
    if !matches!(event.status, EventStatus::Open | EventStatus::Closed) || now.date_naive() >= event.starts_on {
        return Ok(Vec::new());
    }
    let committed = store::committed_on_event(txn, event_id).await?;
    let room = money::from_stored(event.sponsorship_budget.saturating_sub(committed));
    let mut waitlist = Vec::new();
    for row in store::waitlist(txn, event_id).await? {
        crate::db::lock_row(txn, "sponsorship_requests", row.id).await?;
        let locked = store::find(txn, row.id).await?;
        if let Some(locked) = locked.filter(|locked| locked.status == SponsorshipStatus::Waitlisted)
            && risk_allows(txn, locked.id).await.is_ok()
        {
            waitlist.push(locked);
        }
    }
    let entitlements: Vec<Decimal> = waitlist.iter().map(|row| money::from_stored(row.entitlement)).collect();
    let promoted = rules::promotions(room, &entitlements);
    let mut entries = Vec::new();
    for row in waitlist.iter().take(promoted) {
        let reason = match freed {
            Freed::Cancellation => "promoted from the waitlist: an approved sponsorship was cancelled",
            Freed::Refund => "promoted from the waitlist: money due back was refunded",
            Freed::RiskApproval(trip) if trip == row.id => {
                "promoted from the waitlist: its do-no-harm risk assessment was approved"
            }
            Freed::RiskApproval(_) => "promoted from the waitlist: room in the budget",
        };
        let statuses = (SponsorshipStatus::Waitlisted, SponsorshipStatus::Approved);
        let officer = row.decided_by.unwrap_or(by);
        if store::change_status(txn, row.id, statuses, (officer, reason), now).await? {
            let notice = Announcement::new(
                Kind::SponsorshipPromoted,
                row.id,
                row.id.to_string(),
                &row.traveller_name,
            )
            .with(Fact::data("email-label-event", event.name.clone()))
            .with(Fact::amount(
                "email-label-entitlement",
                money::from_stored(row.entitlement),
                event.currency,
            ));
            notices::announce(txn, now, &notice, Audience::Members(row.organisation_id)).await?;
            entries.push(AuditEntry::status_changed(
                by,
                "sponsorship.promoted",
                "sponsorship_request",
                row.id,
                statuses,
                Some(reason.to_owned()),
            ));
        }
    }
    Ok(entries)
}

/// How a transition writes the request.
pub(super) enum Change<'a> {
    /// A draft is submitted (a traveller already requested is a unique violation).
    Submit,
    /// A decision or cancellation, by whom and why.
    Decision { by: Uuid, reason: &'a str },
    /// A step after approval, with its stamps.
    Step(Step),
}

/// The move `action` makes from the request's current status, or 409
/// `invalid-transition` (checked before any other work, as the answer a client acts on).
pub(super) fn plan(
    current: &request::Model,
    action: SponsorshipAction,
) -> AppResult<(SponsorshipStatus, SponsorshipStatus)> {
    let next = rules::transition(current.status, action)
        .map_err(|refused| AppError::conflict(ProblemKind::InvalidTransition, refused.message()))?;
    Ok((current.status, next))
}

/// The one transition helper of the domain: writes the planned move if the request is still
/// where it was (409 `concurrent-change` otherwise) and answers the audit event of the move
/// for the caller to record (with any details it adds).
pub(super) async fn transition(
    txn: &impl ConnectionTrait,
    id: Uuid,
    statuses: (SponsorshipStatus, SponsorshipStatus),
    change: Change<'_>,
    (actor, action): (Uuid, &'static str),
    now: DateTime<Utc>,
) -> AppResult<AuditEntry> {
    let (moved, reason) = match change {
        Change::Submit => (
            store::submit(txn, id, now).await.on_unique(
                ProblemKind::DuplicateTraveller,
                "this traveller already has a request for this event: change or cancel that request instead",
            )?,
            None,
        ),
        Change::Decision { by, reason } => (
            store::change_status(txn, id, statuses, (by, reason), now).await?,
            Some(reason.to_owned()),
        ),
        Change::Step(step) => {
            let note = match &step {
                Step::Travelled { note, .. } => note.clone(),
                Step::Reconciled { .. } => None,
            };
            (store::record_step(txn, id, statuses, step, now).await?, note)
        }
    };
    if !moved {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            Message::new("refused-changed-request"),
        ));
    }
    Ok(AuditEntry::status_changed(
        actor,
        action,
        "sponsorship_request",
        id,
        statuses,
        reason,
    ))
}

/// Refuses a request (or the submission of a draft) unless the event is open and its
/// request deadline has not passed.
fn check_takes_requests(event: &event::Model, now: DateTime<Utc>) -> AppResult<()> {
    if event.status != EventStatus::Open {
        return Err(AppError::conflict(
            ProblemKind::EventNotOpen,
            format!(
                "the event is {} and takes no requests: requests open once it is published",
                event.status.as_str()
            ),
        ));
    }
    if now > event.request_deadline {
        return Err(AppError::conflict(
            ProblemKind::DeadlinePassed,
            Message::new("conflict-deadline-passed").with("deadline", event.request_deadline.to_rfc3339()),
        ));
    }
    Ok(())
}

/// The money of an approved sponsorship being cancelled: requested payments are cancelled,
/// an approved one must first be paid or cancelled by finance, and whatever was paid is
/// to be reclaimed from the organisation.
async fn settle_cancelled_payments(
    txn: &impl ConnectionTrait,
    current: &request::Model,
    by: Uuid,
    reason: &str,
    now: DateTime<Utc>,
) -> AppResult<Vec<AuditEntry>> {
    let source = Source::Sponsorship(current.id);
    let (totals, _) = crate::disbursements::store::totals_of(txn, source).await?;
    if totals.approved > Decimal::ZERO {
        return Err(AppError::conflict(
            ProblemKind::PaymentApproved,
            "a payment of this sponsorship is approved: finance pays or cancels it before the sponsorship is cancelled",
        ));
    }
    let why = format!("the sponsorship was cancelled: {reason}");
    let entries = crate::disbursements::cancel_requested_of(txn, source, by, &why, now).await?;
    if totals.paid > Decimal::ZERO {
        store::set_reclaim_due(txn, current.id, money::to_stored(totals.paid)?).await?;
    }
    Ok(entries)
}

/// Who leads the organisations of these requests: (women-led, youth-led) by organisation.
pub(super) async fn leadership_of(
    db: &impl ConnectionTrait,
    rows: &[request::Model],
) -> AppResult<HashMap<Uuid, (bool, bool)>> {
    Ok(
        organisations::store::find_many(db, rows.iter().map(|row| row.organisation_id).collect())
            .await?
            .into_iter()
            .map(|found| (found.id, (found.women_led, found.youth_led)))
            .collect(),
    )
}
