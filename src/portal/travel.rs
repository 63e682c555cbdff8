//! The travel sponsorship pages of the portal: an event open for requests (dates, place,
//! what the office covers); the request form, a check step showing the nights and the
//! entitlement night by night as the travel rules compute them (`sponsorships::service::quote`,
//! the same code as the API's) before anything is kept; the request's page with its state,
//! its letter once approved, and after the trip the tickets and receipts and the
//! organisation's confirmation that the trip took place.

use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Form, Router};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::done::Done;
use super::pages::after_form;
use super::pages::{FormError, FormFields, answer, problem_page, to_sign_in};
use super::render::Page;
use super::travel_views::{EntitlementView, EventView, QuoteView, SponsorshipRow};
use super::views::instant;
use super::visitor::{SignedIn, Visitor};
use crate::AppState;
use crate::auth::CurrentUser;
use crate::documents::rules::Subject;
use crate::error::{AppError, AppResult, Validator};
use crate::events::rules::EventStatus;
use crate::i18n::{Language, Message};
use crate::money::{Amount, Currency};
use crate::sponsorships::json::{SponsorshipRequestBody, TravellerRequest};
use crate::sponsorships::rules::{AgeBand, Gender, SponsorshipStatus};

/// The templates of these pages.
pub const TEMPLATES: [(&str, &str); 4] = [
    ("event.html", include_str!("../../templates/portal/event.html")),
    (
        "travel_request.html",
        include_str!("../../templates/portal/travel_request.html"),
    ),
    (
        "travel_check.html",
        include_str!("../../templates/portal/travel_check.html"),
    ),
    (
        "sponsorship.html",
        include_str!("../../templates/portal/sponsorship.html"),
    ),
];

/// The routes of the travel sponsorship pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events/{id}", get(event_page))
        .route("/portal/events/{id}/request", get(request_form).post(send_request))
        .route("/portal/sponsorships/{id}", get(sponsorship_page))
        .route("/portal/sponsorships/{id}/letter.pdf", get(sponsorship_letter))
        .route(
            "/portal/sponsorships/{id}/files",
            post(upload_trip_file).layer(DefaultBodyLimit::disable()),
        )
        .route("/portal/sponsorships/{id}/confirm", post(confirm_trip))
        .route("/portal/sponsorships/{id}/passport", post(give_passport))
}

/// An event's public page: dates, place, what the office covers, and the way to ask.
pub async fn event_page(State(state): State<AppState>, visitor: Visitor, Path(id): Path<Uuid>) -> Response {
    let page = async {
        let user = visitor.signed_in.as_ref().map(|signed_in| &signed_in.user);
        let event = crate::events::service::visible_event(&state.db, user, id).await?;
        let view = event_view(&state, &event)?;
        Ok(Page::new("event.html", json!({ "event": view.of(visitor.language) })))
    };
    answer(&state, &visitor, page.await)
}

/// The request form, empty (the airfare's currency the event's).
pub async fn request_form(State(state): State<AppState>, visitor: Visitor, Path(id): Path<Uuid>) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    let page = async {
        let event = crate::events::service::visible_event(&state.db, Some(&signed_in.user), id).await?;
        let form = TravelForm {
            airfare_currency: event.currency.code().to_owned(),
            ..TravelForm::default()
        };
        form_view(&state, &visitor, signed_in, id, &form, &[]).await
    };
    answer(&state, &visitor, page.await)
}

/// The request form's answer: `check` shows the nights and the entitlement before anything
/// is kept, `change` goes back to the form with the answers, `submit` asks for the
/// sponsorship. Refused answers show the form again with its error summary.
pub async fn send_request(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    Form(form): Form<TravelForm>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let (state, visitor) = (&state, &visitor);
    let next = match step_of(state, &signed_in.user, id, &form, visitor.language).await {
        Ok(Step::Check(quote)) => return answer(state, visitor, Ok(check_page(&form, &quote, signed_in))),
        Ok(Step::Change) => {
            return answer(
                state,
                visitor,
                form_view(state, visitor, signed_in, id, &form, &[]).await,
            );
        }
        Ok(Step::Sent(created)) => Ok(format!("/portal/sponsorships/{created}?done=requested")),
        Err(error) => Err(error),
    };
    let form = &form;
    let again = |errors: Vec<FormError>| async move { form_view(state, visitor, signed_in, id, form, &errors).await };
    after_form(state, visitor, next, TRAVEL_FIELDS, again).await
}

/// Where the request form leads.
enum Step {
    /// The check page, with the entitlement the answers come to.
    Check(QuoteView),
    /// Back to the form, with the answers.
    Change,
    /// The request was sent: its id.
    Sent(Uuid),
}

/// Does what the request form's button asks: computes the entitlement (`check`), goes back
/// to the form (`change`) or sends the request (`submit`), through the sponsorships service.
async fn step_of(
    state: &AppState,
    user: &CurrentUser,
    event_id: Uuid,
    form: &TravelForm,
    language: Language,
) -> AppResult<Step> {
    let (db, now, reference) = (&state.db, state.now(), &state.reference);
    if form.action == "change" {
        return Ok(Step::Change);
    }
    let body = form.body(language)?;
    if form.action == "submit" {
        let keys = (reference, &state.data_keys);
        let created = crate::sponsorships::service::request(db, now, user, event_id, body, keys).await?;
        return Ok(Step::Sent(created.id));
    }
    let quote = crate::sponsorships::service::quote(db, now, user, event_id, &body, reference).await?;
    Ok(Step::Check(QuoteView::of(&quote, language)))
}

/// A request's page: its state, the entitlement, the letter once approved, and after the
/// trip the tickets and receipts and the confirmation that it took place.
pub async fn sponsorship_page(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    Query(done): Query<Done>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    let page = sponsorship_view(&state, &visitor, signed_in, id, &[], &done.done).await;
    answer(&state, &visitor, page)
}

/// The sponsorship and visa-support letter as PDF, once approved (the API's bytes).
pub async fn sponsorship_letter(State(state): State<AppState>, visitor: Visitor, Path(id): Path<Uuid>) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    match crate::sponsorships::letter_pdf(&state, &signed_in.user, id, None).await {
        Ok((pdf, reference)) => {
            let filename = format!("sponsorship-letter-{reference}.pdf");
            let mut response = crate::http::file_response(pdf, "application/pdf", "attachment", &filename);
            let headers = response.headers_mut();
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
            response
        }
        Err(error) => problem_page(&state, &visitor, error),
    }
}

/// Uploads a ticket, boarding pass or receipt of the trip (the organisation's members).
pub async fn upload_trip_file(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    multipart: Multipart,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    let subject = Subject::sponsorship_request(id);
    let uploaded = super::uploads::upload(&state, &visitor, &signed_in.user, subject, multipart).await;
    after_trip_step(&state, &visitor, signed_in, id, uploaded.map(|_| "uploaded")).await
}

/// What the confirmation form sends.
#[derive(Debug, Default, Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    csrf_token: String,
}

/// Confirms for the organisation that the trip took place (its members), once a ticket,
/// boarding pass or receipt is uploaded.
pub async fn confirm_trip(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    Form(form): Form<ConfirmForm>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let confirmed =
        crate::sponsorships::travel_service::confirm_trip(&state.db, state.now(), &signed_in.user, id).await;
    after_trip_step(&state, &visitor, signed_in, id, confirmed.map(|()| "confirmed")).await
}

/// What the passport form sends.
#[derive(Debug, Default, Deserialize)]
pub struct PassportForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    passport_name: String,
    #[serde(default)]
    passport_number: String,
    #[serde(default)]
    date_of_birth: String,
    #[serde(default)]
    passport_expiry: String,
}

impl PassportForm {
    /// The details the form gives, or the dates that do not read (422).
    fn body(&self) -> AppResult<crate::sponsorships::passport::PassportBody> {
        let mut check = Validator::new();
        let mut day = |field: &str, text: &str| match text.trim() {
            "" => None,
            text => check.take(
                field,
                NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| String::new()),
            ),
        };
        let date_of_birth = day("date_of_birth", &self.date_of_birth);
        let passport_expiry = day("passport_expiry", &self.passport_expiry);
        check.finish()?;
        Ok(crate::sponsorships::passport::PassportBody {
            passport_name: Some(self.passport_name.clone()),
            passport_number: Some(self.passport_number.clone()),
            date_of_birth,
            passport_expiry,
        })
    }
}

/// The fields of the passport form, each date with the message saying how to write it.
const PASSPORT_FIELDS: &FormFields = &[
    ("passport_name", None),
    ("passport_number", None),
    ("date_of_birth", Some("passport-error-birth")),
    ("passport_expiry", None),
];

/// Gives the traveller's passport details, which the letter needs (the organisation's
/// members, until the letter is issued), through the same service as the API.
pub async fn give_passport(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    Form(form): Form<PassportForm>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let (db, keys, user) = (&state.db, &state.data_keys, &signed_in.user);
    let given = match form.body() {
        Ok(body) => crate::sponsorships::passport_service::set_passport(db, keys, state.now(), user, id, &body).await,
        Err(error) => Err(error),
    };
    let next = given.map(|()| format!("/portal/sponsorships/{id}?done=passport"));
    let (state, visitor) = (&state, &visitor);
    let again =
        |errors: Vec<FormError>| async move { sponsorship_view(state, visitor, signed_in, id, &errors, "").await };
    after_form(state, visitor, next, PASSPORT_FIELDS, again).await
}

/// The dashboard's rows of the requests of the reader's organisations.
pub(super) async fn dashboard_rows(
    state: &AppState,
    user: &CurrentUser,
    language: Language,
) -> AppResult<Vec<SponsorshipRow>> {
    if !user.has(crate::auth::Role::Applicant) {
        return Ok(Vec::new());
    }
    let rows = crate::sponsorships::service::of_member(&state.db, user, DASHBOARD_LIMIT).await?;
    Ok(rows
        .iter()
        .map(|(row, event)| SponsorshipRow::of(row, event, language))
        .collect())
}

/// How many requests the dashboard lists.
const DASHBOARD_LIMIT: u64 = 50;

/// What the request form sends; the field names are the service's field paths, so its
/// refusals land on the right fields.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
pub struct TravelForm {
    #[serde(default, skip_serializing)]
    csrf_token: String,
    #[serde(default, skip_serializing)]
    action: String,
    #[serde(default)]
    organisation_id: String,
    #[serde(default, rename = "traveller.full_name")]
    full_name: String,
    #[serde(default, rename = "traveller.gender")]
    gender: String,
    #[serde(default, rename = "traveller.age_band")]
    age_band: String,
    #[serde(default, rename = "traveller.role")]
    role: String,
    #[serde(default, rename = "traveller.nationality")]
    nationality: String,
    #[serde(default)]
    origin_city: String,
    #[serde(default)]
    origin_country: String,
    #[serde(default)]
    airfare_estimate: String,
    #[serde(default)]
    airfare_currency: String,
    #[serde(default)]
    arrival_on: String,
    #[serde(default)]
    departure_on: String,
    #[serde(default, rename = "traveller.passport_name")]
    passport_name: String,
    #[serde(default, rename = "traveller.passport_number")]
    passport_number: String,
    #[serde(default, rename = "traveller.date_of_birth")]
    date_of_birth: String,
    #[serde(default, rename = "traveller.passport_expiry")]
    passport_expiry: String,
}

impl TravelForm {
    /// The request the form describes, amounts read in the reader's format
    /// (`money::typed::read`), or the fields that do not read (422).
    fn body(&self, language: Language) -> AppResult<SponsorshipRequestBody> {
        let mut check = Validator::new();
        let mut read = |field: &str, value: Option<()>| check.take(field, value.ok_or_else(String::new));
        let organisation_id = Uuid::parse_str(self.organisation_id.trim()).ok();
        let gender = Gender::parse(&self.gender);
        let age_band = AgeBand::parse(&self.age_band);
        let airfare = crate::money::typed::read(&self.airfare_estimate, language).ok();
        let currency = Currency::from_code(self.airfare_currency.trim().to_uppercase().as_str());
        let arrival = NaiveDate::parse_from_str(self.arrival_on.trim(), "%Y-%m-%d").ok();
        let departure = NaiveDate::parse_from_str(self.departure_on.trim(), "%Y-%m-%d").ok();
        let optional_date = |text: &str| match text.trim() {
            "" => Some(None),
            text => NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().map(Some),
        };
        let born = optional_date(&self.date_of_birth);
        let expiry = optional_date(&self.passport_expiry);
        read("organisation_id", organisation_id.map(|_| ()));
        read("traveller.gender", gender.map(|_| ()));
        read("traveller.age_band", age_band.map(|_| ()));
        read("airfare_estimate", airfare.map(|_| ()));
        read("airfare_currency", currency.map(|_| ()));
        read("arrival_on", arrival.map(|_| ()));
        read("departure_on", departure.map(|_| ()));
        read("traveller.date_of_birth", born.map(|_| ()));
        read("traveller.passport_expiry", expiry.map(|_| ()));
        check.finish()?;
        let text = |value: &str| Some(value.trim().to_owned()).filter(|value| !value.is_empty());
        let missing = || AppError::Internal("a checked travel form lost a field".to_owned());
        Ok(SponsorshipRequestBody {
            organisation_id: organisation_id.ok_or_else(missing)?,
            traveller: TravellerRequest {
                full_name: self.full_name.clone(),
                gender: gender.ok_or_else(missing)?,
                age_band: age_band.ok_or_else(missing)?,
                role: self.role.clone(),
                nationality: self.nationality.clone(),
                passport_name: text(&self.passport_name),
                passport_number: text(&self.passport_number),
                date_of_birth: born.flatten(),
                passport_expiry: expiry.flatten(),
            },
            origin_city: self.origin_city.clone(),
            origin_country: self.origin_country.clone(),
            airfare_estimate: Amount(airfare.ok_or_else(missing)?),
            airfare_currency: currency.ok_or_else(missing)?,
            arrival_on: arrival.ok_or_else(missing)?,
            departure_on: departure.ok_or_else(missing)?,
            draft: false,
        })
    }

    /// The answers as hidden fields of the check page, in the form's order.
    fn hidden_fields(&self) -> Vec<(String, String)> {
        let value = serde_json::to_value(self).unwrap_or_default();
        TRAVEL_FIELDS
            .iter()
            .map(|(name, _)| {
                let text = value[*name].as_str().unwrap_or_default().to_owned();
                ((*name).to_owned(), text)
            })
            .collect()
    }
}

/// The fields of the request form in the order they appear, each with the catalogue's
/// message saying what to do when it is refused.
const TRAVEL_FIELDS: &FormFields = &[
    ("organisation_id", Some("portal-travel-error-organisation")),
    ("traveller.full_name", Some("portal-travel-error-full-name")),
    ("traveller.gender", Some("portal-travel-error-gender")),
    ("traveller.age_band", Some("portal-travel-error-age-band")),
    ("traveller.role", Some("portal-travel-error-role")),
    ("traveller.nationality", Some("portal-travel-error-nationality")),
    ("origin_city", Some("portal-travel-error-origin-city")),
    ("origin_country", Some("portal-travel-error-origin-country")),
    ("airfare_estimate", Some("portal-travel-error-airfare")),
    ("airfare_currency", Some("portal-travel-error-currency")),
    ("arrival_on", Some("portal-travel-error-arrival")),
    ("departure_on", Some("portal-travel-error-departure")),
    ("traveller.passport_name", None),
    ("traveller.passport_number", None),
    ("traveller.date_of_birth", Some("passport-error-birth")),
    ("traveller.passport_expiry", None),
];

/// The fields of the trip forms (a file, the confirmation).
const TRIP_FIELDS: &FormFields = &[("file", None)];

/// An event and what pages show of it.
struct EventFacts {
    event: crate::events::store::event::Model,
    terminal_expense: rust_decimal::Decimal,
    open: bool,
}

impl EventFacts {
    fn of(&self, language: Language) -> EventView {
        EventView::of(&self.event, (self.terminal_expense, self.open), language)
    }
}

fn event_view(state: &AppState, event: &crate::events::store::event::Model) -> AppResult<EventFacts> {
    Ok(EventFacts {
        terminal_expense: crate::events::service::terminal_expense(event, &state.reference)?,
        open: event.status == EventStatus::Open && state.now() <= event.request_deadline,
        event: event.clone(),
    })
}

/// The request form's page: the event, the reader's organisations, the answers so far and
/// the errors.
async fn form_view(
    state: &AppState,
    visitor: &Visitor,
    signed_in: &SignedIn,
    event_id: Uuid,
    form: &TravelForm,
    errors: &[FormError],
) -> AppResult<Page> {
    let user = &signed_in.user;
    let event = crate::events::service::visible_event(&state.db, Some(user), event_id).await?;
    let view = event_view(state, &event)?.of(visitor.language);
    let me = crate::auth::service::me(&state.db, user.id).await?;
    let mut organisations = Vec::new();
    for id in &me.organisation_ids {
        let organisation = crate::organisations::service::visible(&state.db, user, *id).await?;
        organisations.push(json!({ "value": organisation.id, "label": organisation.legal_name }));
    }
    let choices = |values: Vec<&'static str>, prefix: &str| -> Vec<serde_json::Value> {
        values
            .into_iter()
            .map(|value| {
                let label = Message::new(format!("{prefix}{}", value.replace('_', "-"))).render(visitor.language);
                json!({ "value": value, "label": label })
            })
            .collect()
    };
    Ok(Page::new(
        "travel_request.html",
        json!({
            "event": view,
            "organisations": organisations,
            "form": form,
            "genders": choices(Gender::ALL.iter().map(|gender| gender.as_str()).collect(), "portal-gender-"),
            "age_bands": AgeBand::ALL.iter().map(|band| json!({ "value": band.as_str(), "label": band.as_str() })).collect::<Vec<_>>(),
            "csrf_token": signed_in.session.csrf_token,
            "errors": errors,
            "retention_days": state.config.passport_retention_days,
        }),
    ))
}

/// The check page: the answers, the nights and the entitlement, and the buttons to change
/// the answers or submit the request.
fn check_page(form: &TravelForm, quote: &QuoteView, signed_in: &SignedIn) -> Page {
    Page::new(
        "travel_check.html",
        json!({
            "form": form,
            "quote": quote,
            "hidden": form.hidden_fields(),
            "csrf_token": signed_in.session.csrf_token,
        }),
    )
}

/// A request's page data.
async fn sponsorship_view(
    state: &AppState,
    visitor: &Visitor,
    signed_in: &SignedIn,
    id: Uuid,
    errors: &[FormError],
    done: &str,
) -> AppResult<Page> {
    let user = &signed_in.user;
    let (row, event) = crate::sponsorships::service::visible_request(&state.db, user, id).await?;
    let member = crate::organisations::store::is_member(&state.db, row.organisation_id, user.id).await?;
    let parts = crate::sponsorships::service::breakdown_of(&row)?;
    let subject = Subject::sponsorship_request(id);
    let (files, _) = crate::documents::service::list(&state.db, user, subject, 100, 0).await?;
    let files: Vec<_> = files
        .iter()
        .map(|file| json!({ "id": file.id, "name": file.name, "kind": file.kind }))
        .collect();
    let after_approval = matches!(row.status, SponsorshipStatus::Approved | SponsorshipStatus::Travelled);
    let arrived = state.now().date_naive() >= row.arrival_on;
    let language = visitor.language;
    let letter = letter_state(state, &row, member).await?;
    Ok(Page::new(
        "sponsorship.html",
        json!({
            "request": SponsorshipRow::of(&row, &event, language),
            "event_id": event.id,
            "role": row.role,
            "origin": format!("{}, {}", row.origin_city, row.origin_country),
            "decision_reason": row.decision_reason,
            "entitlement": EntitlementView::of(&parts, event.currency, language),
            "letter": letter,
            "files": files,
            "can_upload": member && after_approval,
            "can_confirm": member && after_approval && arrived && row.trip_confirmed_at.is_none(),
            "confirmed_at": row.trip_confirmed_at.map(|at| instant(at, language)),
            "kinds": trip_file_kinds(language),
            "csrf_token": signed_in.session.csrf_token,
            "errors": errors,
            "notice": notice(done, language),
        }),
    ))
}

/// What the request's page shows of its letter: whether it can be downloaded, its
/// verification code once issued, and whether a member may still give the passport details.
async fn letter_state(
    state: &AppState,
    row: &crate::sponsorships::store::request::Model,
    member: bool,
) -> AppResult<serde_json::Value> {
    let subject = crate::letters::rules::LetterSubject::SponsorshipRequest;
    let issued = crate::letters::service::issued(&state.db, subject, row.id).await?;
    let has_passport = crate::sponsorships::passport_service::has_passport(row);
    let settled = matches!(
        row.status,
        SponsorshipStatus::Cancelled | SponsorshipStatus::Rejected | SponsorshipStatus::Reconciled
    );
    Ok(json!({
        "available": row.status.holds_budget() && (has_passport || issued),
        "code": row.letter_code.as_ref().filter(|_| issued),
        "passport_given": has_passport,
        "can_give_passport": member && !settled && !issued,
        "retention_days": state.config.passport_retention_days,
    }))
}

/// The kinds of a trip's files, for the upload form's list.
fn trip_file_kinds(language: Language) -> Vec<serde_json::Value> {
    ["ticket", "boarding_pass", "receipt"]
        .into_iter()
        .map(|kind| {
            let label = Message::new(format!("portal-trip-file-{}", kind.replace('_', "-"))).render(language);
            json!({ "value": kind, "label": label })
        })
        .collect()
}

/// After a trip form: the request's page with what was done, or again with the errors.
async fn after_trip_step(
    state: &AppState,
    visitor: &Visitor,
    signed_in: &SignedIn,
    id: Uuid,
    outcome: AppResult<&'static str>,
) -> Response {
    let next = outcome.map(|done| format!("/portal/sponsorships/{id}?done={done}"));
    let again =
        |errors: Vec<FormError>| async move { sponsorship_view(state, visitor, signed_in, id, &errors, "").await };
    after_form(state, visitor, next, TRIP_FIELDS, again).await
}

/// The message confirming what a form just did, if any.
fn notice(done: &str, language: Language) -> Option<String> {
    let id = match done {
        "requested" => "portal-travel-requested-notice",
        "uploaded" => "portal-trip-uploaded-notice",
        "confirmed" => "portal-trip-confirmed-notice",
        "passport" => "portal-travel-passport-notice",
        _ => return None,
    };
    Some(Message::new(id).render(language))
}
