//! What may be published about an organisation. An organisation marked `do_not_publish`
//! never appears by name in a public listing or export: every such listing and export
//! takes the name through [`public_name`] (and the rest of the identity through
//! [`public_identity`]), never from the record directly.

use serde::Serialize;
use utoipa::ToSchema;

use super::store::organisation;

/// The text shown instead of a withheld name.
pub const WITHHELD: &str = "Name withheld for the organisation's safety";

/// The name a public listing or export may show.
pub fn public_name(organisation: &organisation::Model) -> String {
    if organisation.do_not_publish {
        WITHHELD.to_owned()
    } else {
        organisation.legal_name.clone()
    }
}

/// The identity a public listing or export may show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct PublicIdentity {
    /// The legal name, or [`WITHHELD`].
    pub name: String,
    /// The short name, absent when withheld.
    pub short_name: Option<String>,
    /// The registration number, absent when withheld.
    pub registration_number: Option<String>,
    /// The country (kept: region-level reporting stays possible).
    pub country: String,
    /// Whether the identity is withheld.
    pub withheld: bool,
}

/// The identity of an organisation as a public listing or export may show it.
pub fn public_identity(organisation: &organisation::Model) -> PublicIdentity {
    let withheld = organisation.do_not_publish;
    PublicIdentity {
        name: public_name(organisation),
        short_name: if withheld {
            None
        } else {
            organisation.short_name.clone()
        },
        registration_number: if withheld {
            None
        } else {
            organisation.registration_number.clone()
        },
        country: organisation.country.clone(),
        withheld,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;
    use uuid::Uuid;

    fn organisation(do_not_publish: bool) -> organisation::Model {
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
            created_at: DateTime::UNIX_EPOCH,
            updated_at: DateTime::UNIX_EPOCH,
            correspondence_language: crate::i18n::Language::Ru,
        }
    }

    #[test]
    fn a_published_organisation_shows_its_names() {
        let identity = public_identity(&organisation(false));
        assert_eq!(identity.name, "Молодёжный центр «Диалог»");
        assert_eq!(identity.short_name.as_deref(), Some("Dialog"));
        assert!(!identity.withheld);
    }

    #[test]
    fn a_do_not_publish_organisation_is_never_named() {
        let identity = public_identity(&organisation(true));
        assert_eq!(identity.name, WITHHELD);
        assert_eq!(identity.short_name, None);
        assert_eq!(identity.registration_number, None);
        assert_eq!(identity.country, "KG");
        let shown = serde_json::to_string(&identity).expect("json");
        assert!(
            !shown.contains("Диалог") && !shown.contains("Dialog") && !shown.contains("KG-0412"),
            "{shown}"
        );
    }
}
