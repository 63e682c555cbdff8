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
    let (pdf, reference) = letter_pdf(&state, &user, id).await?;
    let filename = format!("sponsorship-letter-{reference}.pdf");
    Ok(crate::http::file_response(pdf, "application/pdf", "inline", &filename))
}

/// The letter of a sponsorship the caller may see (404 otherwise), once approved (409
/// before), as PDF bytes with the letter's reference: what the API and the portal serve.
pub async fn letter_pdf(state: &AppState, user: &CurrentUser, id: Uuid) -> AppResult<(Vec<u8>, String)> {
    let (found, event) = visible_request(&state.db, user, id).await?;
    if !found.status.holds_budget() {
        return Err(AppError::conflict(
            ProblemKind::LetterUnavailable,
            format!(
                "the letter is issued once the sponsorship is approved; this one is {}",
                found.status.as_str()
            ),
        ));
    }
    let letter = letter_of(state, &found, &event).await?;
    let reference = letter.reference.clone();
    let pdf = tokio::task::spawn_blocking(move || crate::documents::render_sponsorship_letter(&letter))
        .await
        .map_err(|error| AppError::Internal(format!("the letter task failed: {error}")))?
        .map_err(|error| AppError::Internal(error.to_string()))?;
    Ok((pdf, reference))
}

/// What the letter states, from the request, its event, organisation and deciding officer;
/// dated and stamped with the decision, so it renders the same every time. The airfare line
/// is what remains of the (once-rounded) entitlement after the other lines as shown, so the
/// lines add up to the total.
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
    let parts = super::service::breakdown_of(found)?;
    let total = money::from_stored(found.entitlement);
    let mut covered = dsa_lines(&parts, found, (money::from_stored(event.dsa_rate), currency));
    if !parts.local {
        let journey_ends = state.reference.travel.journey_ends;
        covered.push(CoveredItem {
            label: format!("Terminal expenses ({journey_ends} journey ends)"),
            amount: money::round_to_minor_unit(parts.terminal, currency),
        });
    }
    // The airfare line is what the rounded lines above leave of the total, so they add up.
    let shown: rust_decimal::Decimal = covered.iter().map(|item| item.amount).sum();
    covered.push(CoveredItem {
        label: format!("Return airfare from {}", found.origin_city),
        amount: total - shown,
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
        nights: u32::try_from(found.nights).unwrap_or_default(),
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

/// The letter's DSA lines, night by night grouped by rate: how many nights at which rate,
/// the reduction after 60 nights, the nights an officer authorised beyond the travel
/// period and why, and the nights not paid. A request computed before the travel rules
/// has one line at the event's rate. Each amount is rounded for print.
fn dsa_lines(
    parts: &rules::Entitlement,
    found: &request::Model,
    (event_rate, currency): (rust_decimal::Decimal, money::Currency),
) -> Vec<crate::documents::CoveredItem> {
    let amount = |value| money::format_amount(value, currency);
    let nights = |count: i64| format!("{count} night{}", if count == 1 { "" } else { "s" });
    let mut lines: Vec<_> = parts
        .dsa_nights
        .iter()
        .map(|group| crate::documents::CoveredItem {
            label: match group.percent {
                100 => format!(
                    "Daily subsistence allowance: {} at {} {currency}",
                    nights(group.nights),
                    amount(group.rate)
                ),
                percent => format!(
                    "Daily subsistence allowance: {} at {percent} % of {} {currency} (after 60 nights)",
                    nights(group.nights),
                    amount(group.rate)
                ),
            },
            amount: money::round_to_minor_unit(group.amount, currency),
        })
        .collect();
    if lines.is_empty() && parts.nights > 0 {
        lines.push(crate::documents::CoveredItem {
            label: format!(
                "Daily subsistence allowance: {} at {} {currency}",
                nights(parts.nights),
                amount(event_rate)
            ),
            amount: money::round_to_minor_unit(parts.dsa, currency),
        });
    }
    let mut note = |label: String| {
        lines.push(crate::documents::CoveredItem {
            label,
            amount: rust_decimal::Decimal::ZERO,
        })
    };
    if let Some(reason) = found.extra_nights_reason.as_deref().filter(|_| parts.extra_nights > 0) {
        note(format!(
            "Including {} beyond the authorised travel period, authorised: {reason}",
            nights(parts.extra_nights)
        ));
    }
    if parts.local {
        note("No DSA or terminal expenses: the traveller lives in the event's area".to_owned());
    } else if parts.unpaid_nights > 0 {
        note(format!(
            "{} outside the authorised travel period, not covered",
            nights(parts.unpaid_nights)
        ));
    }
    lines
}
