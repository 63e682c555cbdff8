//! What may be published about an organisation: the one redaction rule every public
//! listing and export calls, never the record directly.
//!
//! Each organisation has a [`PublicationPolicy`], from the most open to the most closed:
//! `full` (name, identifier, country), `anonymised` ("Anonymised recipient", region only),
//! `region_only` (amount and region, no recipient at all) and `withheld` (its grants
//! appear in no export). New organisations start `anonymised`. Only the organisation's
//! members consent to `full`; an officer can always lower the policy, and a member cannot
//! raise it again above what an officer set ([`check_policy_change`]).
//!
//! What is published of one grant is the [`effective_policy`]: an organisation marked
//! `do_not_publish` is `withheld` whatever its policy, and a grant whose approved do-no-harm
//! risk assessment is high or critical publishes at most `region_only`.
//! [`published_recipient`] then says exactly what an export may show.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::store::organisation;
use crate::error::{AppError, ProblemKind};
use crate::i18n::{Language, Message};
use crate::risk::rules::ResidualRating;

/// The text shown instead of a withheld name in a public listing.
pub const WITHHELD: &str = "Name withheld for the organisation's safety";

/// The name an export gives an anonymised recipient.
pub const ANONYMISED_RECIPIENT: &str = "Anonymised recipient";

/// What the open-data exports may show of an organisation's grants, from the most closed
/// to the most open (the order is the derived `Ord`: `Withheld < ... < Full`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PublicationPolicy {
    /// The grant appears in no export (only in the office's totals, as a count and a sum).
    Withheld,
    /// Amount and region, with no recipient at all.
    RegionOnly,
    /// "Anonymised recipient", with its region only (the default).
    Anonymised,
    /// Name, identifier and country (only with the members' consent).
    Full,
}

impl PublicationPolicy {
    /// Every policy, most closed first.
    pub const ALL: [Self; 4] = [Self::Withheld, Self::RegionOnly, Self::Anonymised, Self::Full];

    /// The policy of a new organisation.
    pub const DEFAULT: Self = Self::Anonymised;

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Withheld => "withheld",
            Self::RegionOnly => "region_only",
            Self::Anonymised => "anonymised",
            Self::Full => "full",
        }
    }

    /// The policy with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|policy| policy.as_str() == name)
    }

    /// What the policy means, in the words shown to the organisation's members, in their
    /// language (`templates/locales/<lang>/organisations.ftl`).
    pub fn meaning(self, language: Language) -> String {
        let id = match self {
            Self::Full => "publication-policy-full",
            Self::Anonymised => "publication-policy-anonymised",
            Self::RegionOnly => "publication-policy-region-only",
            Self::Withheld => "publication-policy-withheld",
        };
        crate::i18n::text(language, id)
    }
}

/// Who asks to change a policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyChanger {
    /// A member of the organisation.
    Member,
    /// A grant officer.
    Officer,
}

/// Whether `by` may change the policy from `current` to `wanted`. Members consent to
/// `full` (or withdraw consent, or lower it further); officers set any policy but `full`,
/// which needs the members' consent. A member cannot raise a policy an officer lowered
/// below the default.
pub fn check_policy_change(
    current: PublicationPolicy,
    wanted: PublicationPolicy,
    by: PolicyChanger,
) -> Result<(), AppError> {
    match by {
        PolicyChanger::Officer if wanted == PublicationPolicy::Full && current != PublicationPolicy::Full => {
            Err(AppError::conflict(
                ProblemKind::PublicationConsentRequired,
                Message::new("problem-publication-consent-required-detail"),
            ))
        }
        PolicyChanger::Member if wanted > current && current < PublicationPolicy::DEFAULT => Err(AppError::conflict(
            ProblemKind::PublicationLoweredByOfficer,
            Message::new("problem-publication-lowered-by-officer-detail").with("policy", current.as_str()),
        )),
        _ => Ok(()),
    }
}

/// The policy that applies to one grant: `withheld` for a `do_not_publish` organisation,
/// at most `region_only` when the grant's approved risk assessment is high or critical,
/// else the organisation's own policy.
pub fn effective_policy(
    organisation: &organisation::Model,
    approved_risk: Option<ResidualRating>,
) -> PublicationPolicy {
    let own = if organisation.do_not_publish {
        PublicationPolicy::Withheld
    } else {
        organisation.publication_policy
    };
    match approved_risk {
        Some(ResidualRating::High | ResidualRating::Critical) => own.min(PublicationPolicy::RegionOnly),
        _ => own,
    }
}

/// Where a grant's beneficiaries are, as much as the policy lets an export say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublicLocation {
    /// The country (ISO 3166-1 alpha-2) and its name.
    Country {
        /// The ISO 3166-1 alpha-2 code.
        code: String,
        /// The country's short name.
        name: String,
    },
    /// The UN M49 region only (`Africa`, `Americas`, `Asia`, `Europe`, `Oceania`).
    Region(String),
}

/// The recipient of a grant as an export may show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublicRecipient {
    /// Named (`full`): the organisation's identity.
    Named {
        /// The organisation's id, for a stable identifier where no register applies.
        id: uuid::Uuid,
        /// The legal name.
        name: String,
        /// The registration number, if any.
        registration_number: Option<String>,
        /// The country (ISO 3166-1 alpha-2).
        country: String,
    },
    /// Shown as [`ANONYMISED_RECIPIENT`], with no identifier of its own.
    Anonymised,
    /// No recipient at all (`region_only`).
    Hidden,
}

/// What an export shows of a grant: its recipient and its location; `None` when the grant
/// is withheld and must appear in no export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedRecipient {
    /// The policy applied.
    pub policy: PublicationPolicy,
    /// The recipient.
    pub recipient: PublicRecipient,
    /// The location: the country under `full`, the region otherwise.
    pub location: Option<PublicLocation>,
}

/// What an export may show of a grant to `organisation` under `policy` (its
/// [`effective_policy`]); `country` is the organisation's country as the reference data
/// knows it (name and M49 region). `None`: the grant is withheld.
pub fn published_recipient(
    organisation: &organisation::Model,
    policy: PublicationPolicy,
    country: Option<&crate::reference::CountryResponse>,
) -> Option<PublishedRecipient> {
    let region = || country.map(|country| PublicLocation::Region(country.region.clone()));
    let (recipient, location) = match policy {
        PublicationPolicy::Withheld => return None,
        PublicationPolicy::RegionOnly => (PublicRecipient::Hidden, region()),
        PublicationPolicy::Anonymised => (PublicRecipient::Anonymised, region()),
        PublicationPolicy::Full => (
            PublicRecipient::Named {
                id: organisation.id,
                name: organisation.legal_name.clone(),
                registration_number: organisation.registration_number.clone(),
                country: organisation.country.clone(),
            },
            country.map(|country| PublicLocation::Country {
                code: country.code.clone(),
                name: country.name.clone(),
            }),
        ),
    };
    Some(PublishedRecipient {
        policy,
        recipient,
        location,
    })
}

/// The name a public listing may show: the legal name only under `full`.
pub fn public_name(organisation: &organisation::Model) -> String {
    if effective_policy(organisation, None) == PublicationPolicy::Full {
        organisation.legal_name.clone()
    } else {
        WITHHELD.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;
    use uuid::Uuid;

    use PublicationPolicy::*;

    fn organisation(policy: PublicationPolicy, do_not_publish: bool) -> organisation::Model {
        organisation::Model {
            id: Uuid::nil(),
            legal_name: "Молодёжный центр «Диалог»".to_owned(),
            short_name: Some("Dialog".to_owned()),
            country: "KG".to_owned(),
            registration_number: Some("KG-0412".to_owned()),
            year_founded: Some(2017),
            thematic_areas: serde_json::json!(["youth"]),
            women_led: false,
            youth_led: true,
            do_not_publish,
            publication_policy: policy,
            created_at: DateTime::UNIX_EPOCH,
            updated_at: DateTime::UNIX_EPOCH,
            correspondence_language: crate::i18n::Language::Ru,
        }
    }

    fn kyrgyzstan() -> crate::reference::CountryResponse {
        crate::reference::CountryResponse {
            code: "KG".to_owned(),
            name: "Kyrgyzstan".to_owned(),
            region: "Asia".to_owned(),
            subregion: "Central Asia".to_owned(),
        }
    }

    #[test]
    fn a_full_organisation_is_named_with_its_country() {
        let shown = published_recipient(&organisation(Full, false), Full, Some(&kyrgyzstan())).expect("published");
        assert!(matches!(shown.recipient, PublicRecipient::Named { ref name, .. } if name.contains("Диалог")));
        assert_eq!(
            shown.location,
            Some(PublicLocation::Country {
                code: "KG".to_owned(),
                name: "Kyrgyzstan".to_owned()
            })
        );
    }

    #[test]
    fn an_anonymised_organisation_shows_its_region_only() {
        let shown =
            published_recipient(&organisation(Anonymised, false), Anonymised, Some(&kyrgyzstan())).expect("published");
        assert_eq!(shown.recipient, PublicRecipient::Anonymised);
        assert_eq!(shown.location, Some(PublicLocation::Region("Asia".to_owned())));
    }

    #[test]
    fn region_only_has_no_recipient_and_withheld_is_not_published() {
        let org = organisation(RegionOnly, false);
        let shown = published_recipient(&org, RegionOnly, Some(&kyrgyzstan())).expect("published");
        assert_eq!(shown.recipient, PublicRecipient::Hidden);
        assert_eq!(published_recipient(&org, Withheld, Some(&kyrgyzstan())), None);
    }

    #[test]
    fn do_not_publish_means_withheld_whatever_the_policy() {
        assert_eq!(effective_policy(&organisation(Full, true), None), Withheld);
        assert_eq!(public_name(&organisation(Full, true)), WITHHELD);
        assert_eq!(public_name(&organisation(Anonymised, false)), WITHHELD);
        assert!(public_name(&organisation(Full, false)).contains("Диалог"));
    }

    #[test]
    fn a_high_or_critical_risk_caps_the_grant_at_region_only() {
        let full = organisation(Full, false);
        assert_eq!(effective_policy(&full, Some(ResidualRating::High)), RegionOnly);
        assert_eq!(effective_policy(&full, Some(ResidualRating::Critical)), RegionOnly);
        assert_eq!(effective_policy(&full, Some(ResidualRating::Medium)), Full);
        let withheld = organisation(Withheld, false);
        assert_eq!(effective_policy(&withheld, Some(ResidualRating::High)), Withheld);
    }

    #[test]
    fn only_members_consent_to_full_and_cannot_undo_an_officers_lowering() {
        let member = PolicyChanger::Member;
        let officer = PolicyChanger::Officer;
        assert!(check_policy_change(Anonymised, Full, member).is_ok());
        assert!(check_policy_change(Full, Anonymised, member).is_ok());
        assert!(check_policy_change(Anonymised, Full, officer).is_err());
        assert!(check_policy_change(Full, Withheld, officer).is_ok());
        assert!(check_policy_change(Withheld, Anonymised, officer).is_ok());
        assert!(check_policy_change(RegionOnly, Full, member).is_err());
        assert!(check_policy_change(Withheld, Anonymised, member).is_err());
        assert!(check_policy_change(Anonymised, RegionOnly, member).is_ok());
    }

    #[test]
    fn every_policy_reads_back_from_its_stored_name() {
        for policy in PublicationPolicy::ALL {
            assert_eq!(PublicationPolicy::parse(policy.as_str()), Some(policy));
            for language in Language::ALL {
                assert!(!policy.meaning(language).is_empty());
            }
        }
        assert_eq!(PublicationPolicy::parse("public"), None);
    }
}
