//! Handlers of sponsorship requests and the representation of an event.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::payments::{self, CostLine, Purpose, Terms};
use super::rules::{
    self, AgeBand, Breakdown, Gender, SponsorshipAction, SponsorshipOutcome, SponsorshipStatus, Targets, Traveller,
    Trip,
};
use super::store::{self, request};
use crate::AppState;
use crate::audit::{self, AuditEntry};
use crate::auth::{CurrentUser, Officer};
use crate::disbursements::store::Source;
use crate::error::{AppError, AppResult, OnUnique, Problem, ProblemKind, Validator};
use crate::events::rules::EventStatus;
use crate::http::{JsonBody, Query};
use crate::money::{self, Amount, Currency};
use crate::organisations;

/// The traveller of a request.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TravellerRequest {
    /// Full name as in the passport.
    pub full_name: String,
    /// Gender.
    pub gender: Gender,
    /// Age band.
    pub age_band: AgeBand,
    /// Role in the organisation.
    pub role: String,
    /// Nationality (ISO 3166-1 alpha-2).
    pub nationality: String,
}

/// `POST /events/{id}/sponsorship-requests`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SponsorshipRequestBody {
    /// The requesting organisation (the caller must be a member).
    pub organisation_id: Uuid,
    /// Who travels.
    pub traveller: TravellerRequest,
    /// Where from.
    pub origin_city: String,
    /// Country of origin (ISO 3166-1 alpha-2).
    pub origin_country: String,
    /// Estimated return airfare.
    pub airfare_estimate: Amount,
    /// Its currency (the event needs an exchange rate for it when it differs).
    pub airfare_currency: Currency,
    /// Arrival in the event city.
    pub arrival_on: NaiveDate,
    /// Departure from it.
    pub departure_on: NaiveDate,
    /// Keep it as a draft, to be submitted later (`POST /sponsorship-requests/{id}/submit`);
    /// by default the request is submitted at once.
    #[serde(default)]
    pub draft: bool,
}

/// `POST /sponsorship-requests/{id}/decision`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionBody {
    /// `approved`, `rejected` or `waitlisted`.
    pub outcome: SponsorshipOutcome,
    /// Always given.
    pub reason: String,
}

/// `POST /sponsorship-requests/{id}/cancel`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CancelBody {
    /// Why.
    pub reason: String,
}

/// The parts of an entitlement, in the event's currency.
#[derive(Debug, Serialize, ToSchema)]
pub struct EntitlementResponse {
    /// Nights.
    pub nights: i64,
    /// DSA per night.
    pub dsa_rate: String,
    /// DSA x nights.
    pub dsa: String,
    /// Terminal expenses for every journey end.
    pub terminal_expenses: String,
    /// Airfare converted to the event's currency.
    pub airfare: String,
    /// The total, rounded once at the end.
    pub total: String,
    /// The event's currency.
    pub currency: Currency,
}

/// A sponsorship request.
#[derive(Debug, Serialize, ToSchema)]
pub struct SponsorshipResponse {
    /// Id.
    pub id: Uuid,
    /// The event.
    pub event_id: Uuid,
    /// The organisation.
    pub organisation_id: Uuid,
    /// Traveller's full name.
    pub traveller_name: String,
    /// Gender.
    pub gender: Gender,
    /// Age band.
    pub age_band: AgeBand,
    /// Role.
    pub role: String,
    /// Nationality.
    pub nationality: String,
    /// Origin city.
    pub origin_city: String,
    /// Origin country.
    pub origin_country: String,
    /// Airfare estimate.
    pub airfare_estimate: String,
    /// Its currency.
    pub airfare_currency: Currency,
    /// Arrival.
    pub arrival_on: NaiveDate,
    /// Departure.
    pub departure_on: NaiveDate,
    /// The entitlement (fixed on approval).
    pub entitlement: EntitlementResponse,
    /// State.
    pub status: SponsorshipStatus,
    /// The decision's or cancellation's reason.
    pub decision_reason: Option<String>,
    /// When decided.
    pub decided_at: Option<DateTime<Utc>>,
    /// When requested.
    pub requested_at: DateTime<Utc>,
    /// When attendance was confirmed (`travelled`).
    pub travelled_at: Option<DateTime<Utc>>,
    /// The officer's note on attendance.
    pub attendance_note: Option<String>,
    /// The reconciliation of actual costs, once recorded.
    pub reconciliation: Option<ReconciliationResponse>,
    /// What the organisation owes back (paid beyond the actual costs, or paid before a
    /// cancellation), and its refund once received.
    pub reclaim: Option<ReclaimResponse>,
    /// `submitted` or `approved` when a do-no-harm assessment of the trip is attached.
    pub risk_status: Option<String>,
    /// The money of the sponsorship (on a single request; left out of lists).
    pub payments: Option<PaymentsResponse>,
}

/// The actual costs of a trip against its entitlement.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReconciliationResponse {
    /// The actual costs.
    pub actual_costs: Vec<CostLine>,
    /// Their sum.
    pub actual_total: String,
    /// Actual total minus entitlement (negative when the trip cost less).
    pub adjustment: String,
    /// Why the office pays more than the entitlement.
    pub adjustment_reason: Option<String>,
    /// When reconciled.
    pub reconciled_at: Option<DateTime<Utc>>,
}

/// Money the organisation owes back.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReclaimResponse {
    /// The amount, in the event's currency.
    pub amount: String,
    /// When the refund reached the office.
    pub refund_received_on: Option<NaiveDate>,
    /// The bank reference of the refund.
    pub refund_reference: Option<String>,
}

/// What is paid against a sponsorship, in the event's currency.
#[derive(Debug, Serialize, ToSchema)]
pub struct PaymentsResponse {
    /// The event's share of the entitlement paid as an advance.
    pub advance_percent: u32,
    /// That advance.
    pub advance: String,
    /// What a payment made now is for (`advance` or `balance`); none when not payable.
    pub payable_now: Option<Purpose>,
    /// The most that may be requested, approved and paid in all in the current state.
    pub ceiling: Option<String>,
    /// Requested, not yet approved.
    pub requested: String,
    /// Approved, not yet paid.
    pub approved: String,
    /// Paid.
    pub paid: String,
    /// Ceiling minus everything requested, approved or paid.
    pub available: Option<String>,
    /// The event's currency.
    pub currency: Currency,
}

/// Asks the office to sponsor one traveller (members of the organisation), while the event
/// is open and before its deadline. The entitlement is computed: DSA for each night at the
/// event's rate, terminal expenses for each journey end and the airfare converted to the
/// event's currency, rounded at the end. A traveller is sponsored once per event.
#[utoipa::path(
    post, path = "/events/{id}/sponsorship-requests", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "event id")),
    request_body = SponsorshipRequestBody,
    security(("bearer" = [])),
    responses(
        (status = 201, body = SponsorshipResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "event not open, deadline passed, or traveller already requested", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn request_sponsorship(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(event_id): Path<Uuid>,
    JsonBody(body): JsonBody<SponsorshipRequestBody>,
) -> AppResult<(StatusCode, Json<SponsorshipResponse>)> {
    let event = crate::events::visible_event(&state, Some(&user), event_id).await?;
    if !organisations::store::is_member(&state.db, body.organisation_id, user.id).await? {
        return Err(AppError::Forbidden(
            "only members of the organisation request sponsorship for it".to_owned(),
        ));
    }
    let now = state.now();
    check_takes_requests(&event, now)?;
    let currency = crate::events::currency_of(&event)?;
    let mut check = Validator::new();
    let traveller = &body.traveller;
    check.required_text("traveller.full_name", &traveller.full_name, 200);
    check.required_text("traveller.role", &traveller.role, 200);
    check.required_text("origin_city", &body.origin_city, 100);
    let nationality = traveller.nationality.trim().to_uppercase();
    let origin_country = body.origin_country.trim().to_uppercase();
    check.take("traveller.nationality", state.reference.check_country(&nationality));
    check.take("origin_country", state.reference.check_country(&origin_country));
    check.take(
        "airfare_estimate",
        money::check_positive_amount(body.airfare_estimate.0, body.airfare_currency),
    );
    let nights = check.take("departure_on", rules::nights(body.arrival_on, body.departure_on));
    check.check(
        body.arrival_on > event.ends_on,
        "arrival_on",
        format!("must not be after the event ends on {}", event.ends_on),
    );
    check.check(
        body.departure_on < event.starts_on,
        "departure_on",
        format!("must not be before the event starts on {}", event.starts_on),
    );
    let airfare = check.take(
        "airfare_currency",
        crate::events::rules::convert_unrounded(
            body.airfare_estimate.0,
            body.airfare_currency,
            currency,
            &crate::events::rates_of(&event),
        ),
    );
    check.finish()?;
    let (_, _, journey_ends) = crate::events::travel_constants(&state.config.fixtures_dir)?;
    let computed = rules::entitlement(Trip {
        nights: nights.unwrap_or_default(),
        dsa_rate: money::from_stored(event.dsa_rate),
        terminal_expense: money::from_stored(event.terminal_expense),
        journey_ends,
        airfare: airfare.unwrap_or_default(),
        currency,
    });
    let row = request::Model {
        id: Uuid::new_v4(),
        event_id,
        organisation_id: body.organisation_id,
        traveller_name: traveller.full_name.trim().to_owned(),
        traveller_key: rules::traveller_key(&traveller.full_name),
        gender: rules::label(traveller.gender),
        age_band: rules::label(traveller.age_band),
        role: traveller.role.trim().to_owned(),
        nationality,
        origin_city: body.origin_city.trim().to_owned(),
        origin_country,
        airfare_estimate: money::to_stored(body.airfare_estimate.0)?,
        airfare_currency: body.airfare_currency.code().to_owned(),
        arrival_on: body.arrival_on,
        departure_on: body.departure_on,
        nights: i32::try_from(computed.nights).unwrap_or(i32::MAX),
        entitlement: money::to_stored(computed.total)?,
        breakdown: json!(computed),
        status: if body.draft {
            SponsorshipStatus::Draft
        } else {
            SponsorshipStatus::Submitted
        }
        .as_str()
        .to_owned(),
        decision_reason: None,
        decided_by: None,
        decided_at: None,
        waitlisted_at: None,
        requested_by: user.id,
        requested_at: now,
        travelled_by: None,
        travelled_at: None,
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
        risk_assessment: None,
        risk_status: None,
    };
    let txn = state.db.begin().await?;
    let created = store::insert(&txn, row).await.on_unique(
        ProblemKind::DuplicateTraveller,
        "this traveller already has a request for this event",
    )?;
    let summary = json!({"event_id": event_id, "entitlement": money::format_amount(computed.total, currency), "currency": currency});
    audit::record(
        &txn,
        AuditEntry::created(
            user.id,
            "sponsorship.requested",
            "sponsorship_request",
            created.id,
            summary,
        ),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok((StatusCode::CREATED, Json(respond(&created, currency)?)))
}

/// Refuses a request (or the submission of a draft) unless the event is open and its
/// request deadline has not passed.
fn check_takes_requests(event: &crate::events::store::event::Model, now: DateTime<Utc>) -> AppResult<()> {
    if crate::events::status_of(event)? != EventStatus::Open {
        return Err(AppError::conflict(
            ProblemKind::EventNotOpen,
            "the event does not take requests",
        ));
    }
    if now > event.request_deadline {
        return Err(AppError::conflict(
            ProblemKind::DeadlinePassed,
            format!("requests closed at {}", event.request_deadline.to_rfc3339()),
        ));
    }
    Ok(())
}

/// Submits a draft request (the organisation's members), while the event is open and before
/// its deadline; a traveller already requested for the event is refused here.
#[utoipa::path(
    post, path = "/sponsorship-requests/{id}/submit", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "sponsorship request id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = SponsorshipResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "not a draft, event not open, deadline passed, or traveller already requested", body = Problem),
    )
)]
pub async fn submit_sponsorship(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<SponsorshipResponse>> {
    let (current, _) = visible_request(&state, &user, id).await?;
    if !organisations::store::is_member(&state.db, current.organisation_id, user.id).await? {
        return Err(AppError::Forbidden(
            "only the organisation's members submit its requests".to_owned(),
        ));
    }
    let status = status_of(&current)?;
    let next = rules::transition(status, SponsorshipAction::Submit)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    let event = crate::events::store::find(&state.db, current.event_id)
        .await?
        .ok_or(AppError::NotFound("event"))?;
    let now = state.now();
    check_takes_requests(&event, now)?;
    let txn = state.db.begin().await?;
    let submitted = store::submit(&txn, id, now).await.on_unique(
        ProblemKind::DuplicateTraveller,
        "this traveller already has a request for this event",
    )?;
    if !submitted {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            "the request changed meanwhile; reload it",
        ));
    }
    audit::record(
        &txn,
        AuditEntry::status_changed(
            user.id,
            "sponsorship.submitted",
            "sponsorship_request",
            id,
            (status, next),
            None,
        ),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(Json(respond_with_payments(&state.db, id).await?))
}

/// A sponsorship request (the organisation's members; officers, finance, admins).
#[utoipa::path(
    get, path = "/sponsorship-requests/{id}", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "sponsorship request id")),
    security(("bearer" = [])),
    responses((status = 200, body = SponsorshipResponse), (status = 404, body = Problem))
)]
pub async fn get_sponsorship(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<SponsorshipResponse>> {
    visible_request(&state, &user, id).await?;
    Ok(Json(respond_with_payments(&state.db, id).await?))
}

/// The requests of an event: officers, finance and admins see all; members see their
/// organisations' requests.
#[utoipa::path(
    get, path = "/events/{id}/sponsorship-requests", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "event id")),
    security(("bearer" = [])),
    responses((status = 200, body = Vec<SponsorshipResponse>), (status = 404, body = Problem))
)]
pub async fn list_event_requests(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(event_id): Path<Uuid>,
) -> AppResult<Json<Vec<SponsorshipResponse>>> {
    let event = crate::events::visible_event(&state, Some(&user), event_id).await?;
    let currency = crate::events::currency_of(&event)?;
    let only = if user.sees_all_applicants() {
        None
    } else {
        Some(organisations::store::organisation_ids_of(&state.db, user.id).await?)
    };
    let rows = store::of_event(&state.db, event_id, only).await?;
    Ok(Json(
        rows.iter()
            .map(|row| respond(row, currency))
            .collect::<AppResult<Vec<_>>>()?,
    ))
}

/// Decides a request (officers), always with a reason. Approving fixes the entitlement and is
/// refused when approved entitlements would exceed the event's sponsorship budget (checked
/// under the event's row lock).
#[utoipa::path(
    post, path = "/sponsorship-requests/{id}/decision", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "sponsorship request id")),
    request_body = DecisionBody,
    security(("bearer" = [])),
    responses(
        (status = 200, body = SponsorshipResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "already decided, or over the budget", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn decide_sponsorship(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<DecisionBody>,
) -> AppResult<Json<SponsorshipResponse>> {
    let (current, currency) = visible_request(&state, &user, id).await?;
    let mut check = Validator::new();
    check.required_text("reason", &body.reason, 5_000);
    check.finish()?;
    let status = status_of(&current)?;
    let next = rules::transition(status, SponsorshipAction::Decide(body.outcome))
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    let now = state.now();
    let txn = state.db.begin().await?;
    store::lock_with_event(&txn, current.event_id, id).await?;
    if next == SponsorshipStatus::Approved {
        // Read again under the lock: a risk assessment may have been attached meanwhile.
        let locked = store::find(&txn, id)
            .await?
            .ok_or(AppError::NotFound("sponsorship request"))?;
        risk_allows(&locked)?;
        check_budget(&txn, current.event_id, current.entitlement, currency).await?;
    }
    let reason = body.reason.trim();
    if !store::change_status(&txn, id, (status, next), (user.id, reason), now).await? {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            "the request changed meanwhile; reload it",
        ));
    }
    let entry = AuditEntry::status_changed(
        user.id,
        "sponsorship.decided",
        "sponsorship_request",
        id,
        (status, next),
        Some(reason.to_owned()),
    )
    .with(
        "entitlement",
        json!({"amount": money::format_amount(money::from_stored(current.entitlement), currency), "currency": currency}),
    );
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(Json(respond_with_payments(&state.db, id).await?))
}

/// Cancels a request before travel (the organisation's members or officers), with the
/// reason. When an approved request is cancelled, waitlisted requests are promoted in the
/// order they were waitlisted, as far as the freed budget goes.
#[utoipa::path(
    post, path = "/sponsorship-requests/{id}/cancel", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "sponsorship request id")),
    request_body = CancelBody,
    security(("bearer" = [])),
    responses(
        (status = 200, body = SponsorshipResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "travelled, reconciled, rejected or cancelled", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn cancel_sponsorship(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<CancelBody>,
) -> AppResult<Json<SponsorshipResponse>> {
    let (current, _) = visible_request(&state, &user, id).await?;
    let member = organisations::store::is_member(&state.db, current.organisation_id, user.id).await?;
    if !member && !user.has(crate::auth::Role::Officer) {
        return Err(AppError::Forbidden(
            "only the organisation's members or an officer cancel a request".to_owned(),
        ));
    }
    let mut check = Validator::new();
    check.required_text("reason", &body.reason, 5_000);
    check.finish()?;
    let status = status_of(&current)?;
    let next = rules::transition(status, SponsorshipAction::Cancel)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    let now = state.now();
    let reason = body.reason.trim();
    let txn = state.db.begin().await?;
    store::lock_with_event(&txn, current.event_id, id).await?;
    if !store::change_status(&txn, id, (status, next), (user.id, reason), now).await? {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            "the request changed meanwhile; reload it",
        ));
    }
    // Every row changes first and the audit events come last (see `cancel_requested_of`).
    let mut entries = vec![AuditEntry::status_changed(
        user.id,
        "sponsorship.cancelled",
        "sponsorship_request",
        id,
        (status, next),
        Some(reason.to_owned()),
    )];
    if status == SponsorshipStatus::Approved {
        entries.extend(settle_cancelled_payments(&txn, &current, user.id, reason, now).await?);
        entries.extend(promote_waitlist(&txn, current.event_id, (user.id, Freed::Cancellation), now).await?);
    }
    for entry in entries {
        audit::record(&txn, entry, now).await?;
    }
    txn.commit().await?;
    Ok(Json(respond_with_payments(&state.db, id).await?))
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

/// Parameters of the representation report.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct RepresentationQuery {
    /// `json` (default) or `csv`.
    pub format: Option<String>,
    /// Minimum share of women, in percent (default: the office's target, 40).
    pub min_women: Option<u8>,
    /// Minimum share aged 18-34, in percent (default: the office's target, 20).
    pub min_young: Option<u8>,
    /// Maximum share of one region, in percent (default: the office's target, 50).
    pub max_region: Option<u8>,
}

/// Counts and shares of one group.
#[derive(Debug, Serialize, ToSchema)]
pub struct GroupCounts {
    /// How many in all.
    pub total: u64,
    /// By dimension (`gender`, `age_band`, `region`, `women_led`, `youth_led`), then value:
    /// `{count, share}`.
    pub by: serde_json::Value,
}

/// Who asked and who is sponsored.
#[derive(Debug, Serialize, ToSchema)]
pub struct RepresentationResponse {
    /// Every submitted request (drafts and cancelled requests left out).
    pub requests: GroupCounts,
    /// Approved (and travelled or reconciled) travellers.
    pub approved: GroupCounts,
    /// Where approved travellers fall short of the targets (by default at least 40 % women,
    /// at least 20 % aged 18-34, no region above 50 %; configured by the office, or asked
    /// for in the query).
    pub warnings: Vec<String>,
}

/// Representation of an event (officers): counts and shares of requests and of approved
/// travellers by gender, age band, UN M49 region of nationality, women-led and youth-led
/// organisation, with warnings against the targets. `format=csv` gives one row per group,
/// dimension and value.
#[utoipa::path(
    get, path = "/events/{id}/representation", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "event id"), RepresentationQuery),
    security(("bearer" = [])),
    responses((status = 200, body = RepresentationResponse), (status = 403, body = Problem), (status = 404, body = Problem))
)]
pub async fn representation(
    State(state): State<AppState>,
    user: Officer,
    Path(event_id): Path<Uuid>,
    Query(query): Query<RepresentationQuery>,
) -> AppResult<Response> {
    crate::events::visible_event(&state, Some(&user), event_id).await?;
    let rows = store::of_event(&state.db, event_id, None).await?;
    let organisations: std::collections::HashMap<Uuid, (bool, bool)> =
        organisations::store::find_many(&state.db, rows.iter().map(|row| row.organisation_id).collect())
            .await?
            .into_iter()
            .map(|found| (found.id, (found.women_led, found.youth_led)))
            .collect();
    let mut requested = Vec::new();
    let mut approved = Vec::new();
    for row in &rows {
        let status = status_of(row)?;
        if matches!(status, SponsorshipStatus::Cancelled | SponsorshipStatus::Draft) {
            continue;
        }
        let (women_led, youth_led) = organisations.get(&row.organisation_id).copied().unwrap_or_default();
        let traveller = Traveller {
            gender: parse_label(&row.gender)?,
            age_band: parse_label(&row.age_band)?,
            region: state
                .reference
                .country(&row.nationality)
                .map_or_else(|| "unknown".to_owned(), |country| country.region.clone()),
            women_led,
            youth_led,
        };
        if status.holds_budget() {
            approved.push(traveller.clone());
        }
        requested.push(traveller);
    }
    let requests = rules::breakdown(&requested);
    let sponsored = rules::breakdown(&approved);
    let mut check = Validator::new();
    for (field, asked) in [
        ("min_women", query.min_women),
        ("min_young", query.min_young),
        ("max_region", query.max_region),
    ] {
        check.check(
            asked.is_some_and(|asked| asked > 100),
            field,
            "must be a percentage from 0 to 100",
        );
    }
    check.finish()?;
    let mut targets = state.config.representation_targets;
    for (index, asked) in [query.min_women, query.min_young, query.max_region]
        .into_iter()
        .enumerate()
    {
        if let Some(asked) = asked {
            targets[index] = asked;
        }
    }
    let warnings = rules::warnings(&approved, Targets::from_percent(targets));
    match query.format.as_deref() {
        None | Some("json") => Ok(Json(RepresentationResponse {
            requests: group_counts(&requests),
            approved: group_counts(&sponsored),
            warnings,
        })
        .into_response()),
        Some("csv") => {
            let mut writer = csv::Writer::from_writer(Vec::new());
            let failed = |error: csv::Error| AppError::Internal(error.to_string());
            writer
                .write_record(["group", "dimension", "value", "count", "share"])
                .map_err(failed)?;
            for (group, counts) in [("requests", &requests), ("approved", &sponsored)] {
                for (dimension, values) in dimensions(counts) {
                    for (value, count) in values {
                        let share = rules::share(*count, counts.total).to_string();
                        writer
                            .write_record([group, dimension, value.as_str(), &count.to_string(), &share])
                            .map_err(failed)?;
                    }
                }
            }
            let bytes = writer
                .into_inner()
                .map_err(|error| AppError::Internal(error.to_string()))?;
            Ok(crate::http::file_response(
                bytes,
                "text/csv; charset=utf-8",
                "attachment",
                "representation.csv",
            ))
        }
        Some(_) => Err(AppError::field("format", "must be `json` or `csv`")),
    }
}

fn dimensions(counts: &Breakdown) -> [(&'static str, &rules::Counts); 5] {
    [
        ("gender", &counts.gender),
        ("age_band", &counts.age_band),
        ("region", &counts.region),
        ("women_led", &counts.women_led),
        ("youth_led", &counts.youth_led),
    ]
}

fn group_counts(counts: &Breakdown) -> GroupCounts {
    let by: serde_json::Map<String, serde_json::Value> = dimensions(counts)
        .into_iter()
        .map(|(dimension, values)| {
            let values: serde_json::Map<String, serde_json::Value> = values
                .iter()
                .map(|(value, count)| {
                    (
                        value.clone(),
                        json!({"count": count, "share": rules::share(*count, counts.total).to_string()}),
                    )
                })
                .collect();
            (dimension.to_owned(), serde_json::Value::Object(values))
        })
        .collect();
    GroupCounts {
        total: counts.total,
        by: serde_json::Value::Object(by),
    }
}

/// Refuses an approval that would take approved entitlements over the event's budget.
pub(super) async fn check_budget(
    txn: &impl ConnectionTrait,
    event_id: Uuid,
    adding: i64,
    currency: Currency,
) -> AppResult<()> {
    let event = crate::events::store::find(txn, event_id)
        .await?
        .ok_or(AppError::NotFound("event"))?;
    let committed = store::committed_on_event(txn, event_id).await?;
    if committed.saturating_add(adding) > event.sponsorship_budget {
        return Err(AppError::conflict(
            ProblemKind::BudgetExceeded,
            format!(
                "approved sponsorships would total {} {currency}, over the event's budget of {} {currency}",
                money::format_amount(money::from_stored(committed.saturating_add(adding)), currency),
                money::format_amount(money::from_stored(event.sponsorship_budget), currency)
            ),
        ));
    }
    Ok(())
}

/// Why the waitlist moves: the message recorded on each promoted request.
#[derive(Debug, Clone, Copy)]
pub(super) enum Freed {
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
pub(super) async fn promote_waitlist(
    txn: &impl ConnectionTrait,
    event_id: Uuid,
    (by, freed): (Uuid, Freed),
    now: DateTime<Utc>,
) -> AppResult<Vec<AuditEntry>> {
    let event = crate::events::store::find(txn, event_id)
        .await?
        .ok_or(AppError::NotFound("event"))?;
    let status = crate::events::status_of(&event)?;
    if !matches!(status, EventStatus::Open | EventStatus::Closed) || now.date_naive() >= event.starts_on {
        return Ok(Vec::new());
    }
    let committed = store::committed_on_event(txn, event_id).await?;
    let room = money::from_stored(event.sponsorship_budget.saturating_sub(committed));
    let mut waitlist = Vec::new();
    for row in store::waitlist(txn, event_id).await? {
        crate::db::lock_row(txn, "sponsorship_requests", row.id).await?;
        let locked = store::find(txn, row.id).await?;
        if let Some(locked) = locked
            .filter(|locked| locked.status == SponsorshipStatus::Waitlisted.as_str() && risk_allows(locked).is_ok())
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

/// Whether the trip's attached risk assessment (if any) lets it be approved or paid.
pub(super) fn risk_allows(row: &request::Model) -> AppResult<()> {
    let risk = super::travel::trip_risk(row)?.map(|risk| (risk.status(), risk.residual_rating));
    crate::risk::rules::check_trip_risk(risk).map_err(|detail| AppError::conflict(ProblemKind::RiskGate, detail))
}

/// The request if the caller may see it: staff who see all applicants, or the
/// organisation's members; anyone else gets 404.
pub(super) async fn visible_request(
    state: &AppState,
    user: &CurrentUser,
    id: Uuid,
) -> AppResult<(request::Model, Currency)> {
    let found = store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("sponsorship request"))?;
    if !organisations::sees_organisation(state, user, found.organisation_id).await? {
        return Err(AppError::NotFound("sponsorship request"));
    }
    let event = crate::events::store::find(&state.db, found.event_id)
        .await?
        .ok_or(AppError::NotFound("event"))?;
    Ok((found, crate::events::currency_of(&event)?))
}

pub(super) fn status_of(row: &request::Model) -> AppResult<SponsorshipStatus> {
    SponsorshipStatus::parse(&row.status)
        .ok_or_else(|| AppError::Internal(format!("sponsorship request {} has an unknown status", row.id)))
}

pub(super) fn parse_label<T: serde::de::DeserializeOwned>(stored: &str) -> AppResult<T> {
    serde_json::from_value(json!(stored)).map_err(|error| AppError::Internal(format!("stored `{stored}`: {error}")))
}

fn respond(row: &request::Model, currency: Currency) -> AppResult<SponsorshipResponse> {
    let parts: rules::Entitlement = serde_json::from_value(row.breakdown.clone())
        .map_err(|error| AppError::Internal(format!("entitlement of {}: {error}", row.id)))?;
    let format = |amount: Decimal| money::format_amount(amount, currency);
    let airfare_currency = Currency::stored(&row.airfare_currency)?;
    let dsa_rate = if parts.nights > 0 {
        parts.dsa / Decimal::from(parts.nights)
    } else {
        Decimal::ZERO
    };
    Ok(SponsorshipResponse {
        id: row.id,
        event_id: row.event_id,
        organisation_id: row.organisation_id,
        traveller_name: row.traveller_name.clone(),
        gender: parse_label(&row.gender)?,
        age_band: parse_label(&row.age_band)?,
        role: row.role.clone(),
        nationality: row.nationality.clone(),
        origin_city: row.origin_city.clone(),
        origin_country: row.origin_country.clone(),
        airfare_estimate: money::format_amount(money::from_stored(row.airfare_estimate), airfare_currency),
        airfare_currency,
        arrival_on: row.arrival_on,
        departure_on: row.departure_on,
        entitlement: EntitlementResponse {
            nights: parts.nights,
            dsa_rate: format(dsa_rate),
            dsa: format(parts.dsa),
            terminal_expenses: format(parts.terminal),
            airfare: format(parts.airfare),
            total: format(money::from_stored(row.entitlement)),
            currency,
        },
        status: status_of(row)?,
        decision_reason: row.decision_reason.clone(),
        decided_at: row.decided_at,
        requested_at: row.requested_at,
        travelled_at: row.travelled_at,
        attendance_note: row.attendance_note.clone(),
        reconciliation: match (&row.actual_costs, row.adjustment) {
            (Some(lines), Some(adjustment)) => {
                let adjustment = money::from_stored(adjustment);
                Some(ReconciliationResponse {
                    actual_costs: serde_json::from_value(lines.clone())
                        .map_err(|error| AppError::Internal(format!("actual costs of {}: {error}", row.id)))?,
                    actual_total: format(money::from_stored(row.entitlement) + adjustment),
                    adjustment: format(adjustment),
                    adjustment_reason: row.adjustment_reason.clone(),
                    reconciled_at: row.reconciled_at,
                })
            }
            _ => None,
        },
        reclaim: row.reclaim_due.filter(|due| *due > 0).map(|due| ReclaimResponse {
            amount: format(money::from_stored(due)),
            refund_received_on: row.refund_received_on,
            refund_reference: row.refund_reference.clone(),
        }),
        risk_status: row.risk_status.clone(),
        payments: None,
    })
}

/// The money terms of a request under its event.
pub(super) fn terms_of(row: &request::Model, event: &crate::events::store::event::Model) -> AppResult<Terms> {
    Ok(Terms {
        entitlement: money::from_stored(row.entitlement),
        advance_percent: u32::try_from(event.advance_percent).unwrap_or(0),
        adjustment: row.adjustment.map(money::from_stored),
        currency: crate::events::currency_of(event)?,
    })
}

/// A request as answered on its own: with what was paid against it and what may be paid now.
pub(super) async fn respond_with_payments(db: &impl ConnectionTrait, id: Uuid) -> AppResult<SponsorshipResponse> {
    let row = store::find(db, id)
        .await?
        .ok_or(AppError::NotFound("sponsorship request"))?;
    let event = crate::events::store::find(db, row.event_id)
        .await?
        .ok_or(AppError::NotFound("event"))?;
    let terms = terms_of(&row, &event)?;
    let currency = terms.currency;
    let mut answer = respond(&row, currency)?;
    let (totals, _) = crate::disbursements::store::totals_of(db, Source::Sponsorship(id)).await?;
    let ceiling = payments::ceiling(status_of(&row)?, terms).ok();
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
    Ok(answer)
}
