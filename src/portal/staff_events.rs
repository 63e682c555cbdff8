//! Events and travel sponsorship in the staff workspace (`/staff/events`): every event with
//! its dates, place, state, sponsorship budget as a bar (paid, approved not yet paid,
//! available) and its requests counted by state; an event's page with its requests and
//! what each traveller is entitled to (allowance, terminal expenses, airfare, total), the
//! budget and the waiting list in its order; and the decision on one request (approve,
//! reject or waiting list, always with the reason). The representation report is in
//! `staff_events_report.rs`.
//!
//! Officers decide and admins read, as the JSON API allows. Every page calls the
//! sponsorship services (`overview_service`, `service`): the budget check, the risk gate and
//! the state machine stay theirs, and a stale or repeated decision changes nothing.

use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::response::Response;
use axum::routing::get;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::pages::{FormError, FormFields, after_form, problem_page};
use super::render::Page;
use super::staff::Staff;
use super::travel_views::{EventView, stay};
use super::views;
use crate::AppState;
use crate::auth::Role;
use crate::error::{AppError, AppResult, Validator};
use crate::events::rules::EventStatus;
use crate::i18n::{Language, Message};
use crate::portal::done::Done;
use crate::sponsorships::json::{DecisionBody, SponsorshipResponse};
use crate::sponsorships::overview_service::{self, EventOverview};
use crate::sponsorships::rules::{self as sponsorship_rules, SponsorshipAction, SponsorshipOutcome, SponsorshipStatus};

/// The templates of these pages.
pub const TEMPLATES: [(&str, &str); 3] = [
    (
        "staff/events_list.html",
        include_str!("../../templates/portal/staff/events_list.html"),
    ),
    (
        "staff/events_event.html",
        include_str!("../../templates/portal/staff/events_event.html"),
    ),
    (
        "staff/events_decide.html",
        include_str!("../../templates/portal/staff/events_decide.html"),
    ),
];

/// Who reads these pages (officers, and admins, as the JSON API lets them read).
pub(super) const READERS: &[Role] = &[Role::Officer, Role::Admin];
/// Who decides (as the JSON API: officers).
pub(super) const WRITERS: &[Role] = &[Role::Officer];

/// How many events a page of the list shows.
const PAGE_SIZE: u64 = 20;
/// How many requests an event's page lists.
const REQUESTS_SHOWN: u64 = 500;

/// The routes of the events pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/events", get(list))
        .route("/staff/events/{id}", get(event_page))
        .route("/staff/events/{id}/requests/{request}", get(decision_page).post(decide))
        .merge(super::staff_events_report::routes())
}

/// The list's page.
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    offset: Option<u64>,
}

/// An event as the list and its page head it.
#[derive(Debug, Serialize)]
struct EventCard {
    id: Uuid,
    name: String,
    dates: String,
    place: String,
    requests_close_at: views::Instant,
    status: StatusTag,
    budget: super::charts::Chart,
    requests: u64,
    counts: Vec<String>,
}

/// A state as a tag: its name in words and a colour that only repeats it.
#[derive(Debug, Serialize)]
struct StatusTag {
    code: &'static str,
    name: String,
    colour: &'static str,
}

impl EventCard {
    fn of(overview: &EventOverview, language: Language) -> Self {
        let event = &overview.event;
        let view = EventView::of(event, (rust_decimal::Decimal::ZERO, false), language);
        let budget = overview.budget;
        let figures = (budget.ceiling, budget.committed, budget.paid);
        Self {
            id: event.id,
            name: event.name.clone(),
            dates: view.dates,
            place: view.place,
            requests_close_at: view.requests_close_at,
            status: event_status(event.status, language),
            budget: super::staff_calls::money_bar("staff-events-budget", figures, budget.currency, language),
            requests: overview.counts.iter().map(|(_, count)| count).sum(),
            counts: overview
                .counts
                .iter()
                .map(|(status, count)| {
                    Message::new("staff-events-count-entry")
                        .with("status", request_status(*status, language))
                        .with("count", *count as i64)
                        .render(language)
                })
                .collect(),
        }
    }
}

/// The tag of an event in `status`.
fn event_status(status: EventStatus, language: Language) -> StatusTag {
    let colour = match status {
        EventStatus::Open => "green",
        EventStatus::Held => "red",
        EventStatus::Draft | EventStatus::Closed => "grey",
    };
    StatusTag {
        code: status.as_str(),
        name: Message::new(format!("staff-events-status-{}", status.as_str())).render(language),
        colour,
    }
}

/// A request's state in words (the portal's names).
pub(super) fn request_status(status: SponsorshipStatus, language: Language) -> String {
    Message::new(format!("portal-sponsorship-status-{}", status.as_str())).render(language)
}

/// Every event, soonest first, with its budget and requests.
pub async fn list(State(state): State<AppState>, staff: Staff, Query(query): Query<ListQuery>) -> Response {
    let page = async {
        staff.require(READERS)?;
        let language = staff.language();
        let offset = query.offset.unwrap_or(0);
        let (events, total) = overview_service::overviews(&state.db, staff.user(), None, (PAGE_SIZE, offset)).await?;
        let cards: Vec<EventCard> = events.iter().map(|event| EventCard::of(event, language)).collect();
        let link = |offset: u64| format!("/staff/events?offset={offset}");
        Ok(Page::new(
            "staff/events_list.html",
            json!({
                "events": cards,
                "total": total,
                "previous": (offset > 0).then(|| link(offset.saturating_sub(PAGE_SIZE))),
                "next": (offset + PAGE_SIZE < total).then(|| link(offset + PAGE_SIZE)),
            }),
        ))
    };
    staff.answer(&state, page.await)
}

/// A request as the event's table lists it.
#[derive(Debug, Serialize)]
struct RequestRow {
    id: Uuid,
    traveller: String,
    organisation: String,
    stay: String,
    nights: String,
    dsa: String,
    terminal: String,
    airfare: String,
    total: String,
    local: bool,
    status: String,
    decidable: bool,
}

impl RequestRow {
    fn of(request: &SponsorshipResponse, language: Language) -> Self {
        let entitlement = &request.entitlement;
        let money = |amount: &str| crate::portal::views::written(amount, entitlement.currency, language);
        Self {
            id: request.id,
            traveller: request.traveller_name.clone(),
            organisation: request.organisation_name.clone().unwrap_or_default(),
            stay: stay(request.arrival_on, request.departure_on, language),
            nights: Message::new("staff-events-nights")
                .with("count", entitlement.nights)
                .render(language),
            dsa: money(&entitlement.dsa),
            terminal: money(&entitlement.terminal_expenses),
            airfare: money(&entitlement.airfare),
            total: money(&entitlement.total),
            local: entitlement.local,
            status: request_status(request.status, language),
            decidable: !outcomes(request.status).is_empty(),
        }
    }
}

/// The decisions a request in `status` may take.
fn outcomes(status: SponsorshipStatus) -> Vec<SponsorshipOutcome> {
    [
        SponsorshipOutcome::Approved,
        SponsorshipOutcome::Rejected,
        SponsorshipOutcome::Waitlisted,
    ]
    .into_iter()
    .filter(|outcome| sponsorship_rules::transition(status, SponsorshipAction::Decide(*outcome)).is_ok())
    .collect()
}

/// An event's page: its facts, its budget as a bar, its requests with their entitlements,
/// and the waiting list in order.
pub async fn event_page(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Query(done): Query<Done>,
) -> Response {
    let page = async {
        staff.require(READERS)?;
        let language = staff.language();
        let user = staff.user();
        let overview = overview_service::overview(&state.db, user, id).await?;
        let (requests, _) =
            crate::sponsorships::service::list_of_event(&state.db, user, id, (REQUESTS_SHOWN, 0)).await?;
        let requests: Vec<&SponsorshipResponse> = requests
            .iter()
            .filter(|request| request.status != SponsorshipStatus::Draft)
            .collect();
        let waitlist = overview_service::waitlist(&state.db, user, id).await?;
        let rows: Vec<RequestRow> = requests
            .iter()
            .map(|request| RequestRow::of(request, language))
            .collect();
        let waiting: Vec<&RequestRow> = waitlist
            .iter()
            .filter_map(|waiting| rows.iter().find(|row| row.id == waiting.id))
            .collect();
        let notice = done.notice("staff-events-done", &["approved", "rejected", "waitlisted"], language);
        Ok(Page::new(
            "staff/events_event.html",
            json!({
                "event": EventCard::of(&overview, language),
                "requests": rows,
                "waitlist": waiting,
                "writer": staff.require(WRITERS).is_ok(),
                "notice": notice,
            }),
        ))
    };
    staff.answer(&state, page.await)
}

/// What the decision form sends.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
pub struct DecisionForm {
    #[serde(default)]
    csrf_token: String,
    /// `approved`, `rejected` or `waitlisted`.
    #[serde(default)]
    outcome: String,
    /// Why (the organisation reads it).
    #[serde(default)]
    reason: String,
    /// The request's state when the form was shown.
    #[serde(default)]
    seen: String,
    /// `pay` to pay the nights of the stay outside the event's authorised travel period
    /// (offered only when the request has such nights), `unpaid` or nothing otherwise.
    #[serde(default)]
    extra_nights: String,
    /// Why the office pays them (the letter prints it).
    #[serde(default)]
    extra_nights_reason: String,
}

impl DecisionForm {
    /// The extra nights' reason as the API takes it: given when the officer chose to pay
    /// the nights (or wrote a reason without choosing), so the service checks it as it
    /// checks the API's; never when they chose to leave the nights unpaid.
    fn extra_nights_reason(&self) -> Option<String> {
        let chosen = match self.extra_nights.as_str() {
            "pay" => true,
            "unpaid" => false,
            _ => !self.extra_nights_reason.trim().is_empty(),
        };
        chosen.then(|| self.extra_nights_reason.clone())
    }
}

/// The decision form's fields, in order (the extra nights' errors are the service's).
const DECISION_FIELDS: &FormFields = &[
    ("outcome", Some("staff-events-error-outcome")),
    ("reason", Some("staff-events-error-reason")),
    ("extra_nights", None),
    ("extra_nights_reason", None),
];

/// One request of the event: the traveller, the entitlement and the decision form.
pub async fn decision_page(
    State(state): State<AppState>,
    staff: Staff,
    Path((id, request)): Path<(Uuid, Uuid)>,
) -> Response {
    let page = decision_view(&state, &staff, (id, request), &[], &DecisionForm::default()).await;
    staff.answer(&state, page)
}

/// Records the decision through the sponsorship service: back to the event, or the form
/// again with the refusal as its error summary (nothing changed).
pub async fn decide(
    State(state): State<AppState>,
    staff: Staff,
    Path((id, request)): Path<(Uuid, Uuid)>,
    Form(form): Form<DecisionForm>,
) -> Response {
    if let Err(error) = staff.check_form(&form.csrf_token).and_then(|()| staff.require(WRITERS)) {
        return problem_page(&state, &staff.visitor, error);
    }
    let (state, staff, form) = (&state, &staff, &form);
    let decided = async {
        let mut check = Validator::new();
        let outcome = check.take("outcome", parse_outcome(&form.outcome));
        check.required_text("reason", &form.reason, 5_000);
        let extra_nights_reason = form.extra_nights_reason();
        let blank = extra_nights_reason
            .as_deref()
            .is_some_and(|reason| reason.trim().is_empty());
        check.check(
            blank,
            "extra_nights_reason",
            Message::new("staff-events-error-extra-nights-reason"),
        );
        check.finish()?;
        let body = DecisionBody {
            outcome: outcome.ok_or_else(|| AppError::Internal("a checked outcome vanished".to_owned()))?,
            reason: form.reason.clone(),
            extra_nights_reason,
        };
        let seen = SponsorshipStatus::parse(&form.seen);
        event_of_request(state, staff, (id, request)).await?;
        overview_service::decide(state, staff.user(), request, &body, seen).await?;
        Ok(format!("/staff/events/{id}?done={}", form.outcome))
    };
    let again = |errors: Vec<FormError>| async move { decision_view(state, staff, (id, request), &errors, form).await };
    after_form(state, &staff.visitor, decided.await, DECISION_FIELDS, again).await
}

/// The outcome the form chose (a field error when none).
fn parse_outcome(chosen: &str) -> Result<SponsorshipOutcome, &'static str> {
    serde_json::from_value(json!(chosen)).map_err(|_| "choose a decision")
}

/// The request, checked to belong to the event of the address (404 otherwise).
async fn event_of_request(
    state: &AppState,
    staff: &Staff,
    (id, request): (Uuid, Uuid),
) -> AppResult<SponsorshipResponse> {
    crate::sponsorships::service::visible_request(&state.db, staff.user(), request).await?;
    let found = crate::sponsorships::service::view(state, request).await?;
    if found.event_id != id {
        return Err(AppError::NotFound("sponsorship request"));
    }
    Ok(found)
}

/// The decision page, with the errors of a refused form.
async fn decision_view(
    state: &AppState,
    staff: &Staff,
    (id, request): (Uuid, Uuid),
    errors: &[FormError],
    form: &DecisionForm,
) -> AppResult<Page> {
    staff.require(READERS)?;
    let language = staff.language();
    let found = event_of_request(state, staff, (id, request)).await?;
    let overview = overview_service::overview(&state.db, staff.user(), id).await?;
    let choices: Vec<[String; 2]> = outcomes(found.status)
        .into_iter()
        .map(|outcome| {
            let code = json!(outcome).as_str().unwrap_or_default().to_owned();
            let label = Message::new(format!("staff-events-outcome-{code}")).render(language);
            [code, label]
        })
        .collect();
    let seen = if form.seen.is_empty() {
        found.status.as_str().to_owned()
    } else {
        form.seen.clone()
    };

    Ok(Page::new(
        "staff/events_decide.html",
        json!({
            "event": EventCard::of(&overview, language),
            "request": RequestRow::of(&found, language),
            "details": request_details(&found, language),
            "choices": if staff.require(WRITERS).is_ok() { choices } else { Vec::new() },
            "extra_nights": extra_nights(&found),
            "extra_choices": extra_choices(language),
            "form": DecisionForm { seen, ..form.clone() },
            "errors": errors,
        }),
    ))
}

/// The nights of the stay outside the authorised period that an officer may authorise
/// (none for a local traveller, who is paid no night).
fn extra_nights(found: &SponsorshipResponse) -> Option<i64> {
    let entitlement = &found.entitlement;
    (!entitlement.local && entitlement.unpaid_nights > 0).then_some(entitlement.unpaid_nights)
}

/// The extra nights' choices: pay them, or leave them unpaid.
fn extra_choices(language: Language) -> [[String; 2]; 2] {
    ["pay", "unpaid"].map(|code| {
        let label = Message::new(format!("staff-events-extra-nights-{code}")).render(language);
        [code.to_owned(), label]
    })
}

/// What the decision page says of the traveller and the request besides the entitlement.
fn request_details(found: &SponsorshipResponse, language: Language) -> serde_json::Value {
    json!({
        "role": found.role,
        "nationality": found.nationality,
        "origin": format!("{}, {}", found.origin_city, found.origin_country),
        "gender": Message::new(format!("portal-gender-{}", found.gender.as_str().replace('_', "-"))).render(language),
        "age_band": found.age_band,
        "requested_at": views::instant(found.requested_at, language),
        "decision_reason": found.decision_reason,
        "status_code": found.status.as_str(),
    })
}
