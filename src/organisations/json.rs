//! Request and response bodies of organisations.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::publication::PublicationPolicy;
use super::store::organisation;
use crate::error::{AppError, AppResult};
use crate::i18n::Language;
use crate::reference::{Reference, ThematicArea};

/// `POST /organisations`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateOrganisationRequest {
    /// Legal name, in any script.
    pub legal_name: String,
    /// Short name or acronym.
    pub short_name: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// Registration number.
    pub registration_number: Option<String>,
    /// Year founded.
    pub year_founded: Option<i32>,
    /// Thematic areas.
    pub thematic_areas: Vec<ThematicArea>,
    /// Led by women.
    pub women_led: bool,
    /// Led by young people.
    pub youth_led: bool,
}

/// `PATCH /organisations/{id}`: only the fields sent change.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateOrganisationRequest {
    /// Legal name.
    pub legal_name: Option<String>,
    /// Short name; an empty string removes it.
    pub short_name: Option<String>,
    /// Country.
    pub country: Option<String>,
    /// Registration number; an empty string removes it.
    pub registration_number: Option<String>,
    /// Year founded.
    pub year_founded: Option<i32>,
    /// Thematic areas.
    pub thematic_areas: Option<Vec<ThematicArea>>,
    /// Led by women.
    pub women_led: Option<bool>,
    /// Led by young people.
    pub youth_led: Option<bool>,
    /// Never named in exports or public listings (officers only).
    pub do_not_publish: Option<bool>,
    /// The language of letters and emails to the organisation: `en`, `fr`, `es`, `ar`, `ru`
    /// or `zh`.
    pub correspondence_language: Option<Language>,
}

/// `PUT /organisations/{id}/publication-policy`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PublicationPolicyRequest {
    /// The policy wanted: members consent to `full`; officers set the lower ones.
    pub policy: PublicationPolicy,
    /// Why, for the audit trail.
    pub reason: Option<String>,
}

/// `POST /organisations/{id}/members`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AddMemberRequest {
    /// Email of an existing applicant account.
    pub email: String,
}

/// A member of an organisation.
#[derive(Debug, Serialize, ToSchema)]
pub struct MemberResponse {
    /// User id.
    pub user_id: Uuid,
    /// Full name.
    pub full_name: String,
    /// Email.
    pub email: String,
    /// Member since.
    pub since: DateTime<Utc>,
}

/// Filters of `GET /organisations`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct OrganisationsQuery {
    /// ISO 3166-1 alpha-2 country.
    pub country: Option<String>,
    /// UN M49 region (`Africa`, `Americas`, `Asia`, `Europe`, `Oceania`).
    pub region: Option<String>,
    /// Part of the legal or short name.
    pub name: Option<String>,
    /// Page size (default 50, at most 500).
    pub limit: Option<u64>,
    /// Number to skip.
    pub offset: Option<u64>,
    /// The `next_cursor` of the page before.
    pub cursor: Option<String>,
    /// Count the matching items on a later page too (`total`).
    pub count: Option<bool>,
}

/// An organisation.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationResponse {
    /// Id.
    pub id: Uuid,
    /// Legal name.
    pub legal_name: String,
    /// Short name.
    pub short_name: Option<String>,
    /// Country code.
    pub country: String,
    /// Country name.
    pub country_name: Option<String>,
    /// UN M49 region of the country.
    pub region: Option<String>,
    /// UN M49 sub-region.
    pub subregion: Option<String>,
    /// Registration number.
    pub registration_number: Option<String>,
    /// Year founded.
    pub year_founded: Option<i32>,
    /// Thematic areas.
    pub thematic_areas: Vec<ThematicArea>,
    /// Led by women.
    pub women_led: bool,
    /// Led by young people.
    pub youth_led: bool,
    /// Never named in exports or public listings.
    pub do_not_publish: bool,
    /// The language of letters and emails to the organisation.
    pub correspondence_language: Language,
    /// What the open-data exports may show of the organisation's grants.
    pub publication_policy: PublicationPolicy,
    /// What the publication policy means, in plain words.
    pub publication_policy_meaning: String,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Last changed.
    pub updated_at: DateTime<Utc>,
}

impl OrganisationResponse {
    /// The response for a stored organisation; thematic areas that do not read are a
    /// corrupt row, an internal error rather than an empty list.
    pub fn from_model(row: organisation::Model, reference: &Reference) -> AppResult<Self> {
        let country = reference.country(&row.country);
        let thematic_areas = serde_json::from_value(row.thematic_areas).map_err(|error| {
            AppError::Internal(format!("organisations {} has corrupt thematic areas: {error}", row.id))
        })?;
        Ok(Self {
            id: row.id,
            country_name: country.map(|country| country.name.clone()),
            region: country.map(|country| country.region.clone()),
            subregion: country.map(|country| country.subregion.clone()),
            legal_name: row.legal_name,
            short_name: row.short_name,
            country: row.country,
            registration_number: row.registration_number,
            year_founded: row.year_founded,
            thematic_areas,
            women_led: row.women_led,
            youth_led: row.youth_led,
            do_not_publish: row.do_not_publish,
            correspondence_language: row.correspondence_language,
            publication_policy: row.publication_policy,
            publication_policy_meaning: row.publication_policy.meaning(crate::i18n::current()),
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }
}

/// `POST /organisations/{id}/invitations`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvitationRequest {
    /// Email address of the person invited; they accept signed in with an applicant
    /// account that has this address.
    pub email: String,
}

/// The answer to an invitation, the same whether or not an account has the email.
#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationReceipt {
    /// What happens next.
    pub detail: String,
    /// Until when the invitation may be accepted.
    pub expires_at: DateTime<Utc>,
}

impl InvitationReceipt {
    /// The receipt of an invitation valid until `expires_at`.
    pub fn new(expires_at: DateTime<Utc>) -> Self {
        Self {
            detail: "If an applicant account has this email address, an invitation is on its way to it; \
                     the person becomes a member only when they accept it."
                .to_owned(),
            expires_at,
        }
    }
}

/// An invitation to join an organisation (its token is never shown).
#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationResponse {
    /// Id.
    pub id: Uuid,
    /// The organisation.
    pub organisation_id: Uuid,
    /// The email address invited.
    pub email: String,
    /// Where it stands now (`expired` once 14 days pass unanswered).
    pub state: super::invitation_rules::InvitationState,
    /// The member who invited.
    pub invited_by: Uuid,
    /// Made.
    pub created_at: DateTime<Utc>,
    /// Until when it may be accepted.
    pub expires_at: DateTime<Utc>,
    /// Who accepted, declined or revoked it.
    pub settled_by: Option<Uuid>,
    /// When it was accepted, declined or revoked.
    pub settled_at: Option<DateTime<Utc>>,
}

impl InvitationResponse {
    /// The response for a stored invitation as it stands at `now`.
    pub fn from_model(row: super::invitations_store::invitation::Model, now: DateTime<Utc>) -> Self {
        Self {
            state: super::invitation_rules::state(row.status, row.expires_at, now),
            id: row.id,
            organisation_id: row.organisation_id,
            email: row.email,
            invited_by: row.invited_by,
            created_at: row.created_at,
            expires_at: row.expires_at,
            settled_by: row.settled_by,
            settled_at: row.settled_at,
        }
    }
}
