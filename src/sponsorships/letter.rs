//! The sponsorship and visa-support letter of an approved sponsorship.

use axum::extract::{Path, State};
use uuid::Uuid;

use super::payments;
use super::rules;
use super::service::{terms_of, visible_request};
use super::store::request;
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult, Problem, ProblemKind};
use crate::money;
use crate::organisations;

/// The sponsorship and visa-support letter as PDF (the organisation's members; staff), once
/// the sponsorship is approved: the traveller as in the passport, the event, the dates, and
/// what the office covers.
#[utoipa::path(
    get, path = "/sponsorship-requests/{id}/letter.pdf", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "sponsorship request id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "the letter", content_type = "application/pdf", body = Vec<u8>),
        (status = 404, body = Problem),
        (status = 409, description = "not approved", body = Problem),
    )
)]
pub async fn sponsorship_letter(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<axum::response::Response> {
    let (found, event) = visible_request(&state.db, &user, id).await?;
    if !found.status.holds_budget() {
        return Err(AppError::conflict(
            ProblemKind::LetterUnavailable,
            format!(
                "the letter is issued once the sponsorship is approved; this one is {}",
                found.status.as_str()
            ),
        ));
    }
    let letter = letter_of(&state, &found, &event).await?;
    let reference = letter.reference.clone();
    let pdf = tokio::task::spawn_blocking(move || crate::documents::render_sponsorship_letter(&letter))
        .await
        .map_err(|error| AppError::Internal(format!("the letter task failed: {error}")))?
        .map_err(|error| AppError::Internal(error.to_string()))?;
    let filename = format!("sponsorship-letter-{reference}.pdf");
    Ok(crate::http::file_response(pdf, "application/pdf", "inline", &filename))
}

/// What the letter states, from the request, its event, organisation and deciding officer;
/// dated and stamped with the decision, so it renders the same every time. The airfare line
/// is what remains of the (once-rounded) entitlement, so the lines add up to the total.
async fn letter_of(
    state: &AppState,
    found: &request::Model,
    event: &crate::events::store::event::Model,
) -> AppResult<crate::documents::SponsorshipLetter> {
    use crate::documents::{CoveredItem, SponsorshipLetter};
    let terms = terms_of(found, event)?;
    let currency = terms.currency;
    let organisation = organisations::store::find(&state.db, found.organisation_id)
        .await?
        .ok_or_else(|| AppError::Internal(format!("sponsorship {} has no organisation", found.id)))?;
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
    let parts: rules::Entitlement = serde_json::from_value(found.breakdown.clone())
        .map_err(|error| AppError::Internal(format!("entitlement of {}: {error}", found.id)))?;
    let total = money::from_stored(found.entitlement);
    let rate = money::from_stored(event.dsa_rate);
    let mut covered = Vec::new();
    if parts.nights > 0 {
        covered.push(CoveredItem {
            label: format!(
                "Daily subsistence allowance: {} night{} at {} {currency}",
                parts.nights,
                if parts.nights == 1 { "" } else { "s" },
                money::format_amount(rate, currency)
            ),
            amount: parts.dsa,
        });
    }
    let journey_ends = state.reference.travel.journey_ends;
    covered.push(CoveredItem {
        label: format!("Terminal expenses ({journey_ends} journey ends)"),
        amount: parts.terminal,
    });
    covered.push(CoveredItem {
        label: format!("Return airfare from {}", found.origin_city),
        amount: total - parts.dsa - parts.terminal,
    });
    let decided_at = found.decided_at.unwrap_or(found.requested_at);
    Ok(SponsorshipLetter {
        office_name: state.config.office_name.clone(),
        reference: format!(
            "SP-{}-{}",
            decided_at.format("%Y"),
            found.id.simple().to_string()[..8].to_uppercase()
        ),
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
        nights: u32::try_from(parts.nights).unwrap_or_default(),
        currency: currency.iso(),
        covered,
        total,
        advance_percent: terms.advance_percent,
        advance: payments::advance(terms),
        officer_name: officer,
        document_id: found.id.to_string(),
        created_at: decided_at,
    })
}
