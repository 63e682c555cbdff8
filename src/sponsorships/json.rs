//! Request and response bodies of sponsorships, with their OpenAPI schemas.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::payments::{CostLine, Purpose};
use super::rules::{AgeBand, Gender, SponsorshipOutcome, SponsorshipStatus};
use super::store::request;
use crate::error::{AppError, AppResult};
use crate::money::{self, Amount, Currency};
use crate::risk::rules::RiskStatus;

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
    /// The name in Latin script as in the passport's machine-readable zone. The four passport
    /// details go together; they may also be given later (`PUT
    /// /sponsorship-requests/{id}/passport`) and are needed before the letter is issued.
    /// Encrypted at rest; shown only on the request itself, to staff and members.
    pub passport_name: Option<String>,
    /// The passport's number.
    pub passport_number: Option<String>,
    /// The traveller's date of birth.
    pub date_of_birth: Option<NaiveDate>,
    /// The last day the passport is valid (after the departure).
    pub passport_expiry: Option<NaiveDate>,
}

impl TravellerRequest {
    /// The passport details given with the traveller.
    pub fn passport(&self) -> super::passport::PassportBody {
        super::passport::PassportBody {
            passport_name: self.passport_name.clone(),
            passport_number: self.passport_number.clone(),
            date_of_birth: self.date_of_birth,
            passport_expiry: self.passport_expiry,
        }
    }
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
    /// Authorises, with this reason, the nights of the stay outside the event's authorised
    /// travel period (approved or waitlisted only): they are paid and the entitlement grows.
    pub extra_nights_reason: Option<String>,
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
    /// Nights paid.
    pub nights: i64,
    /// Nights of the stay not paid: outside the event's authorised travel period (unless an
    /// officer authorised them), or every night of a local traveller.
    pub unpaid_nights: i64,
    /// Nights outside the authorised period that an officer authorised (among `nights`).
    pub extra_nights: i64,
    /// Why the officer authorised them.
    pub extra_nights_reason: Option<String>,
    /// The traveller comes from the event's city or its local area: no DSA and no terminal
    /// expenses.
    pub local: bool,
    /// The paid nights by rate, in date order: each night at the DSA rate in force that
    /// night, reduced to 75 % from the 61st night.
    pub dsa_nights: Vec<NightsAtRateResponse>,
    /// DSA per night (the average when the rate changed during the stay).
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

/// Nights paid at one DSA rate.
#[derive(Debug, Serialize, ToSchema)]
pub struct NightsAtRateResponse {
    /// How many nights.
    pub nights: i64,
    /// The rate in force those nights (to four decimals).
    pub rate: String,
    /// The percentage of the rate paid: 100, or 75 from the 61st night.
    pub percent: i64,
    /// nights x rate x percent (to four decimals; the total is rounded once).
    pub amount: String,
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
    /// The organisation's name (in the event's list of requests and on a request's own
    /// page; only its members and staff read either, and both may know it).
    pub organisation_name: Option<String>,
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
    /// When a member of the organisation confirmed that the trip took place.
    pub trip_confirmed_at: Option<DateTime<Utc>>,
    /// The reconciliation of actual costs, once recorded.
    pub reconciliation: Option<ReconciliationResponse>,
    /// What the organisation owes back (paid beyond the actual costs, or paid before a
    /// cancellation), and its refund once received.
    pub reclaim: Option<ReclaimResponse>,
    /// `submitted` or `approved` when a do-no-harm assessment of the trip is attached.
    pub risk_status: Option<String>,
    /// The money of the sponsorship (on a single request; left out of lists).
    pub payments: Option<PaymentsResponse>,
    /// The traveller's passport details (on a single request, to staff and the organisation's
    /// members; never in lists); null until given, and once purged.
    pub passport: Option<super::passport::Passport>,
    /// When the passport details were purged after the retention period.
    pub passport_purged_at: Option<DateTime<Utc>>,
    /// The verification code the sponsorship letter carries (on a single request, once
    /// approved).
    pub letter_code: Option<String>,
    /// Where anyone checks the letter by its code (absolute).
    pub letter_verification_url: Option<String>,
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
    /// The trip's tickets, boarding passes and receipts the costs were checked against
    /// (name, kind, size, sha256; `GET /documents/{id}` downloads each).
    pub documents: Vec<crate::documents::json::DocumentResponse>,
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

/// `POST /sponsorship-requests/{id}/travelled`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TravelledBody {
    /// Must be `true`: the officer confirms the traveller attended the event.
    pub attendance_confirmed: bool,
    /// How attendance was confirmed (sign-in sheet, badge pick-up...).
    pub note: Option<String>,
}

/// `POST /sponsorship-requests/{id}/reconciliation`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReconcileBody {
    /// The trip's actual costs, in the event's currency.
    pub actual_costs: Vec<CostLine>,
    /// Required when the actual costs exceed the entitlement.
    pub adjustment_reason: Option<String>,
}

/// `POST /sponsorship-requests/{id}/refund`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefundBody {
    /// The date the refund reached the office's account.
    pub received_on: NaiveDate,
    /// The bank's reference of the refund.
    pub reference: String,
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
    /// Which regions to count by: `office` (default: the office's planning regions of
    /// `fixtures/regions.toml`) or `m49` (UN M49 continents).
    #[param(inline)]
    pub regions: Option<crate::reference::RegionScheme>,
    /// The language of the warnings (`en`, `fr`, `es`, `ar`, `ru`, `zh`; default: the
    /// request's `Accept-Language`).
    pub lang: Option<crate::i18n::Language>,
}

/// Counts and shares of one group.
#[derive(Debug, Serialize, ToSchema)]
pub struct GroupCounts {
    /// How many in all.
    pub total: u64,
    /// By dimension (`gender`, `age_band`, `region`, `women_led`, `youth_led`), then value:
    /// `{count, share}`, the share in percent as a decimal string with two decimals
    /// (`"33.33"`).
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

impl SponsorshipResponse {
    /// A request as answered in a list: without its payments. `risk_status` is the status of
    /// the trip's attached assessment, if any.
    pub fn of(row: &request::Model, currency: Currency, risk_status: Option<RiskStatus>) -> AppResult<Self> {
        let parts = super::service::breakdown_of(row)?;
        let format = |amount: Decimal| money::format_amount(amount, currency);
        let exact = |amount: Decimal| amount.round_dp(4).normalize().to_string();
        let airfare_currency = row.airfare_currency;
        let dsa_rate = if parts.nights > 0 {
            parts.dsa / Decimal::from(parts.nights)
        } else {
            Decimal::ZERO
        };
        Ok(SponsorshipResponse {
            id: row.id,
            event_id: row.event_id,
            organisation_id: row.organisation_id,
            organisation_name: None,
            traveller_name: row.traveller_name.clone(),
            gender: row.gender,
            age_band: row.age_band,
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
                unpaid_nights: parts.unpaid_nights,
                extra_nights: parts.extra_nights,
                extra_nights_reason: row.extra_nights_reason.clone(),
                local: parts.local,
                dsa_nights: parts
                    .dsa_nights
                    .iter()
                    .map(|group| NightsAtRateResponse {
                        nights: group.nights,
                        rate: exact(group.rate),
                        percent: group.percent,
                        amount: exact(group.amount),
                    })
                    .collect(),
                dsa_rate: format(dsa_rate),
                dsa: format(parts.dsa),
                terminal_expenses: format(parts.terminal),
                airfare: format(parts.airfare),
                total: format(money::from_stored(row.entitlement)),
                currency,
            },
            status: row.status,
            decision_reason: row.decision_reason.clone(),
            decided_at: row.decided_at,
            requested_at: row.requested_at,
            travelled_at: row.travelled_at,
            attendance_note: row.attendance_note.clone(),
            trip_confirmed_at: row.trip_confirmed_at,
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
                        documents: Vec::new(),
                    })
                }
                _ => None,
            },
            reclaim: row.reclaim_due.filter(|due| *due > 0).map(|due| ReclaimResponse {
                amount: format(money::from_stored(due)),
                refund_received_on: row.refund_received_on,
                refund_reference: row.refund_reference.clone(),
            }),
            risk_status: risk_status.map(|status| status.as_str().to_owned()),
            payments: None,
            passport: None,
            passport_purged_at: row.passport_purged_at,
            letter_code: None,
            letter_verification_url: None,
        })
    }
}
