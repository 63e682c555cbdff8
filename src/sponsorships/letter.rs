//! The sponsorship and visa-support letter of an approved sponsorship.

use crate::documents::LetterLocale;
use crate::http::Query;
use crate::i18n::{LanguageQuery, Message};
use axum::extract::{Path, State};
use uuid::Uuid;

use super::json::SponsorshipResponse;
use super::passport::PassportBody;
use super::payments;
use super::rules;
use super::service::{terms_of, visible_request};
use super::store::request;
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult, Problem, ProblemKind};
use crate::http::JsonBody;
use crate::letters::{self, rules::LetterSubject};
use crate::money;
use crate::organisations;
use axum::Json;

/// The sponsorship and visa-support letter as PDF (the organisation's members; staff), once
/// the sponsorship is approved and the traveller's passport details are given: the traveller
/// in both scripts where they differ, the passport details, the event, the dates, what the
/// office covers, the office's contact block and the verification code with its address. In
/// the organisation's correspondence language, or in `lang` (the consulate's, say). The
/// first request in a language issues the letter of record in it; every later one serves
/// that letter as issued.
#[utoipa::path(
    get, path = "/sponsorship-requests/{id}/letter.pdf", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "sponsorship request id"), LanguageQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "the letter", content_type = "application/pdf", body = Vec<u8>),
        (status = 404, body = Problem),
        (status = 409, description = "not approved, withdrawn, or the passport details are missing", body = Problem),
        (status = 422, description = "not one of the six languages", body = Problem),
    )
)]
pub async fn sponsorship_letter(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    Query(query): Query<LanguageQuery>,
) -> AppResult<axum::response::Response> {
    let (pdf, reference) = letter_pdf(&state, &user, id, query.lang).await?;
    let filename = format!("sponsorship-letter-{reference}.pdf");
    Ok(crate::http::file_response(pdf, "application/pdf", "inline", &filename))
}

/// Gives or corrects the traveller's passport details (the organisation's members): the name
/// in Latin script as in the passport's machine-readable zone, the number, the date of birth
/// and the expiry, all four. Encrypted at rest; refused once the letter has been issued.
#[utoipa::path(
    put, path = "/sponsorship-requests/{id}/passport", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "sponsorship request id")),
    request_body = PassportBody,
    security(("bearer" = [])),
    responses(
        (status = 200, body = SponsorshipResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "settled, or the letter is issued", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn set_passport_details(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<PassportBody>,
) -> AppResult<Json<SponsorshipResponse>> {
    super::passport_service::set_passport(&state.db, &state.data_keys, state.now(), &user, id, &body).await?;
    Ok(Json(super::service::view(&state, id).await?))
}

/// The letter of a sponsorship the caller may see (404 otherwise), once approved (409
/// before, and once cancelled), as PDF bytes with the letter's reference, in `language` (the
/// organisation's correspondence language when `None`): the letter of record in that language
/// when one was issued, else a new one issued now, which needs the passport details (409).
/// What the API and the portal serve.
pub async fn letter_pdf(
    state: &AppState,
    user: &CurrentUser,
    id: Uuid,
    language: Option<crate::i18n::Language>,
) -> AppResult<(Vec<u8>, String)> {
    let (found, event) = visible_request(&state.db, user, id).await?;
    if !found.status.holds_budget() {
        return Err(AppError::conflict(
            ProblemKind::LetterUnavailable,
            format!(
                "the letter is issued once the sponsorship is approved, and withdrawn when it is cancelled; this one is {}",
                found.status.as_str()
            ),
        ));
    }
    let organisation = organisations::store::find(&state.db, found.organisation_id)
        .await?
        .ok_or_else(|| AppError::Internal(format!("sponsorship {} has no organisation", found.id)))?;
    let language = language.unwrap_or(organisation.correspondence_language);
    let reference = reference_of(&found);
    let subject = LetterSubject::SponsorshipRequest;
    if let Some(pdf) = letters::service::of_record(&state.db, state.storage.as_ref(), subject, id, language).await? {
        return Ok((pdf, reference));
    }
    let pdf = issue(state, user.id, (&found, &event, &organisation), language).await?;
    Ok((pdf, reference))
}

/// Issues the letter of an approved sponsorship whose passport details are given, at its
/// approval (in the organisation's language); when they are not given yet, the letter is
/// issued at the first request once they are. Answers whether it was issued.
pub async fn issue_on_approval(state: &AppState, actor: &CurrentUser, id: Uuid) -> AppResult<bool> {
    let (found, event) = visible_request(&state.db, actor, id).await?;
    if found.status != super::rules::SponsorshipStatus::Approved || !super::passport_service::has_passport(&found) {
        return Ok(false);
    }
    match letter_pdf(state, actor, id, None).await {
        Ok(_) => Ok(true),
        Err(error) => {
            let detail = error.problem().detail;
            tracing::warn!(sponsorship = %id, event = %event.id, error = %detail, "the letter was not issued at approval");
            Ok(false)
        }
    }
}

/// Renders the letter in `language` with the passport details, the contact block and the
/// verification code, and keeps it as the letter of record.
async fn issue(
    state: &AppState,
    actor: Uuid,
    (found, event, organisation): (
        &request::Model,
        &crate::events::store::event::Model,
        &organisations::store::organisation::Model,
    ),
    language: crate::i18n::Language,
) -> AppResult<Vec<u8>> {
    let passport = super::passport_service::passport_of(&state.data_keys, found)?.ok_or_else(|| {
        AppError::conflict(
            ProblemKind::LetterUnavailable,
            "the visa-support letter needs the traveller's passport details: give them first (PUT /sponsorship-requests/{id}/passport)",
        )
    })?;
    let code = letter_code(state, found).await?;
    let mut letter = letter_of(state, found, event, Some(language)).await?;
    letter.consular = Some(crate::documents::ConsularDetails {
        passport_name: passport.passport_name.clone(),
        passport_number: passport.passport_number.clone(),
        date_of_birth: passport.date_of_birth,
        passport_expiry: passport.passport_expiry,
        contact: state.config.office_contact.clone(),
        verification_url: letters::rules::verification_url(&state.config.public_url, &code),
        verification_code: code,
    });
    let reference = letter.reference.clone();
    let pdf = tokio::task::spawn_blocking(move || crate::documents::render_sponsorship_letter(&letter))
        .await
        .map_err(|error| AppError::Internal(format!("the letter task failed: {error}")))?
        .map_err(|error| AppError::Internal(error.to_string()))?;
    let issue = letters::service::Issue {
        subject: LetterSubject::SponsorshipRequest,
        subject_id: found.id,
        organisation_id: organisation.id,
        language,
        file_name: format!("sponsorship-letter-{reference}-{}.pdf", language.code()),
        reference,
        traveller: Some((
            super::passport::initials(&found.traveller_name),
            super::passport::number_suffix(&passport.passport_number),
        )),
    };
    letters::service::issue(&state.db, state.storage.as_ref(), state.now(), actor, issue, pdf).await
}

/// The request's verification code, given now if it has none yet (a request approved from
/// the waitlist).
async fn letter_code(state: &AppState, found: &request::Model) -> AppResult<String> {
    if let Some(code) = &found.letter_code {
        return Ok(code.clone());
    }
    super::store::set_letter_code(&state.db, found.id, &letters::rules::new_code()).await?;
    super::store::find(&state.db, found.id)
        .await?
        .and_then(|row| row.letter_code)
        .ok_or_else(|| AppError::Internal(format!("sponsorship {} has no letter code", found.id)))
}

/// The letter's reference: the year of the decision and the start of the request's id.
fn reference_of(found: &request::Model) -> String {
    let decided_at = found.decided_at.unwrap_or(found.requested_at);
    format!(
        "SP-{}-{}",
        decided_at.format("%Y"),
        found.id.simple().to_string()[..8].to_uppercase()
    )
}

/// What the letter states, from the request, its event, organisation and deciding officer;
/// dated and stamped with the decision, so it renders the same every time. The airfare line
/// is what remains of the (once-rounded) entitlement after the other lines as shown, so the
/// lines add up to the total.
async fn letter_of(
    state: &AppState,
    found: &request::Model,
    event: &crate::events::store::event::Model,
    language: Option<crate::i18n::Language>,
) -> AppResult<crate::documents::SponsorshipLetter> {
    use crate::documents::{CoveredItem, SponsorshipLetter};
    let terms = terms_of(found, event)?;
    let currency = terms.currency;
    let organisation = organisations::store::find(&state.db, found.organisation_id)
        .await?
        .ok_or_else(|| AppError::Internal(format!("sponsorship {} has no organisation", found.id)))?;
    let locale = LetterLocale::new(
        language.unwrap_or(organisation.correspondence_language),
        state.config.letter_arabic_digits,
    );
    let officer = match found.decided_by {
        Some(by) => crate::auth::store::find_user(&state.db, by)
            .await?
            .map(|user| user.full_name)
            .unwrap_or_default(),
        None => String::new(),
    };
    let country = |code: &str| {
        state
            .reference
            .country(code)
            .map_or_else(|| code.to_owned(), |country| country.name.clone())
    };
    let parts = super::service::breakdown_of(found)?;
    let total = money::from_stored(found.entitlement);
    let mut covered = dsa_lines(&locale, &parts, found, (money::from_stored(event.dsa_rate), currency));
    if !parts.local {
        let journey_ends = state.reference.travel.journey_ends;
        covered.push(CoveredItem {
            label: locale.text(Message::new("letter-covered-terminal").with("ends_shown", locale.number(journey_ends))),
            amount: money::round_to_minor_unit(parts.terminal, currency),
        });
    }
    // The airfare line is what the rounded lines above leave of the total, so they add up.
    let shown: rust_decimal::Decimal = covered.iter().map(|item| item.amount).sum();
    covered.push(CoveredItem {
        label: locale.text(Message::new("letter-covered-airfare").with("city", found.origin_city.clone())),
        amount: total - shown,
    });
    let decided_at = found.decided_at.unwrap_or(found.requested_at);
    Ok(SponsorshipLetter {
        locale,
        office_name: state.config.office_name.clone(),
        reference: reference_of(found),
        issued_on: decided_at.date_naive(),
        organisation_name: organisation.legal_name,
        organisation_country: country(&organisation.country),
        traveller_name: found.traveller_name.clone(),
        traveller_nationality: country(&found.nationality),
        traveller_role: found.role.clone(),
        origin: format!("{}, {}", found.origin_city, country(&found.origin_country)),
        event_name: event.name.clone(),
        event_venue: event.venue.clone(),
        event_city: event.city.clone(),
        event_country: country(&event.country),
        starts_on: event.starts_on,
        ends_on: event.ends_on,
        arrival_on: found.arrival_on,
        departure_on: found.departure_on,
        nights: u32::try_from(found.nights).unwrap_or_default(),
        currency: currency.iso(),
        covered,
        total,
        advance_percent: terms.advance_percent,
        advance: payments::advance(terms),
        officer_name: officer,
        document_id: found.id.to_string(),
        created_at: decided_at,
        consular: None,
    })
}

/// The letter's DSA lines in its language, night by night grouped by rate: how many nights at
/// which rate, the reduction after 60 nights, the nights an officer authorised beyond the travel
/// period and why, and the nights not paid. A request computed before the travel rules has one
/// line at the event's rate. Each amount is rounded for print.
fn dsa_lines(
    locale: &LetterLocale,
    parts: &rules::Entitlement,
    found: &request::Model,
    (event_rate, currency): (rust_decimal::Decimal, money::Currency),
) -> Vec<crate::documents::CoveredItem> {
    let iso = currency.iso();
    let rate = |value| locale.figures(money::round_to_minor_unit(value, currency), iso);
    let nights = |count: i64| {
        locale.text(
            Message::new("letter-covered-nights")
                .with("nights", count)
                .with("nights_shown", locale.number(count)),
        )
    };
    let dsa = |count: i64, percent: u32, value| {
        let message = match percent {
            100 => Message::new("letter-covered-dsa"),
            percent => Message::new("letter-covered-dsa-reduced").with("percent", locale.percent(percent)),
        };
        locale.text(
            message
                .with("nights", nights(count))
                .with("rate", rate(value))
                .with("currency", iso.code()),
        )
    };
    let mut lines: Vec<_> = parts
        .dsa_nights
        .iter()
        .map(|group| crate::documents::CoveredItem {
            label: dsa(group.nights, u32::try_from(group.percent).unwrap_or(100), group.rate),
            amount: money::round_to_minor_unit(group.amount, currency),
        })
        .collect();
    if lines.is_empty() && parts.nights > 0 {
        lines.push(crate::documents::CoveredItem {
            label: dsa(parts.nights, 100, event_rate),
            amount: money::round_to_minor_unit(parts.dsa, currency),
        });
    }
    let mut note = |message: Message| {
        lines.push(crate::documents::CoveredItem {
            label: locale.text(message),
            amount: rust_decimal::Decimal::ZERO,
        })
    };
    if let Some(reason) = found.extra_nights_reason.as_deref().filter(|_| parts.extra_nights > 0) {
        note(
            Message::new("letter-covered-extra-nights")
                .with("nights", nights(parts.extra_nights))
                .with("reason", reason),
        );
    }
    if parts.local {
        note(Message::new("letter-covered-local"));
    } else if parts.unpaid_nights > 0 {
        note(Message::new("letter-covered-unpaid").with("nights", nights(parts.unpaid_nights)));
    }
    lines
}
