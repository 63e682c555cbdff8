//! The traveller's passport details, which the visa-support letter needs: the name in Latin
//! script as in the passport's machine-readable zone, the passport's number and expiry, and
//! the date of birth. They are checked here (pure functions) and kept sealed together with
//! AES-256-GCM under the office's data key (`documents::keys`), with the request's id as
//! associated data, so a leaked backup does not reveal them and a sealed value moved to
//! another request does not open. They are shown only on a single request, to staff and to
//! the organisation's members, never in lists or exports, and purged after the retention
//! period (`retention.rs`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::documents::keys::{DataKeys, Sealed};
use crate::error::Validator;
use crate::i18n::Message;

/// The chunk number the sealed details are bound to (no document chunk has it).
const SEALED_AS: u32 = u32::MAX;

/// The longest passport name kept, in characters.
const MAX_NAME_CHARS: usize = 100;

/// A traveller's passport details, as kept (sealed) and printed on the letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Passport {
    /// The name in Latin script, upper case, as in the passport's machine-readable zone.
    pub passport_name: String,
    /// The passport's number, upper case, without spaces.
    pub passport_number: String,
    /// The traveller's date of birth.
    pub date_of_birth: NaiveDate,
    /// The last day the passport is valid.
    pub passport_expiry: NaiveDate,
}

/// The passport details as given: all four together (or none, to add them later).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PassportBody {
    /// The name in Latin script as in the passport's machine-readable zone (`DOE JOHN`).
    pub passport_name: Option<String>,
    /// The passport's number.
    pub passport_number: Option<String>,
    /// The traveller's date of birth.
    pub date_of_birth: Option<NaiveDate>,
    /// The last day the passport is valid: after the departure from the event.
    pub passport_expiry: Option<NaiveDate>,
}

impl PassportBody {
    /// Whether no detail is given.
    pub fn is_empty(&self) -> bool {
        self.passport_name.as_deref().is_none_or(|name| name.trim().is_empty())
            && self
                .passport_number
                .as_deref()
                .is_none_or(|number| number.trim().is_empty())
            && self.date_of_birth.is_none()
            && self.passport_expiry.is_none()
    }
}

/// Checks the details given under `prefix` (`traveller.`): every one of them is needed, the
/// name in Latin letters, the number of 5 to 20 letters and digits, the date of birth in the
/// past and the passport valid beyond `departure_on`. Problems go to `check`.
pub fn check(
    body: &PassportBody,
    prefix: &str,
    (today, departure_on): (NaiveDate, NaiveDate),
    check: &mut Validator,
) -> Option<Passport> {
    let field = |name: &str| format!("{prefix}{name}");
    let missing = || Message::new("passport-error-missing");
    let name = match body
        .passport_name
        .as_deref()
        .map(str::trim)
        .filter(|name| !name.is_empty())
    {
        None => {
            check.push(field("passport_name"), missing());
            None
        }
        Some(name) => match latin_name(name) {
            Some(name) => Some(name),
            None => {
                check.push(field("passport_name"), Message::new("passport-error-name"));
                None
            }
        },
    };
    let number = match body
        .passport_number
        .as_deref()
        .map(str::trim)
        .filter(|number| !number.is_empty())
    {
        None => {
            check.push(field("passport_number"), missing());
            None
        }
        Some(number) => match passport_number(number) {
            Some(number) => Some(number),
            None => {
                check.push(field("passport_number"), Message::new("passport-error-number"));
                None
            }
        },
    };
    let born = match body.date_of_birth {
        None => {
            check.push(field("date_of_birth"), missing());
            None
        }
        Some(born) if born >= today || born < earliest_birth() => {
            check.push(field("date_of_birth"), Message::new("passport-error-birth"));
            None
        }
        Some(born) => Some(born),
    };
    let expiry = match body.passport_expiry {
        None => {
            check.push(field("passport_expiry"), missing());
            None
        }
        Some(expiry) if expiry <= departure_on => {
            check.push(
                field("passport_expiry"),
                Message::new("passport-error-expiry").with("departure", departure_on.to_string()),
            );
            None
        }
        Some(expiry) => Some(expiry),
    };
    Some(Passport {
        passport_name: name?,
        passport_number: number?,
        date_of_birth: born?,
        passport_expiry: expiry?,
    })
}

/// The earliest date of birth accepted.
fn earliest_birth() -> NaiveDate {
    NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or_default()
}

/// A name in Latin letters (with spaces, hyphens and apostrophes) as the machine-readable zone
/// writes it: upper case, single spaces. `None` when it has other characters or no letter.
pub fn latin_name(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let joined = words.join(" ");
    let allowed = joined
        .chars()
        .all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '-' || c == '\'');
    let letters = joined.chars().filter(char::is_ascii_alphabetic).count();
    (allowed && letters >= 2 && joined.chars().count() <= MAX_NAME_CHARS).then(|| joined.to_ascii_uppercase())
}

/// A passport number: 5 to 20 Latin letters and digits once spaces are taken out, upper case.
pub fn passport_number(number: &str) -> Option<String> {
    let compact: String = number.chars().filter(|c| !c.is_whitespace()).collect();
    let length = compact.chars().count();
    ((5..=20).contains(&length) && compact.chars().all(|c| c.is_ascii_alphanumeric()))
        .then(|| compact.to_ascii_uppercase())
}

/// The last three characters of a passport number, which verification may show.
pub fn number_suffix(number: &str) -> String {
    let chars: Vec<char> = number.chars().collect();
    chars[chars.len().saturating_sub(3)..].iter().collect()
}

/// The initials of a name in any script ("Айгерим Садыкова" -> "А. С.").
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|word| word.chars().find(|c| c.is_alphabetic()))
        .map(|first| format!("{}.", first.to_uppercase()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Seals the details of request `id` with the current data key.
pub fn seal(keys: &DataKeys, id: Uuid, passport: &Passport) -> Sealed {
    let plaintext = serde_json::to_vec(passport).unwrap_or_default();
    keys.seal(id, SEALED_AS, &plaintext)
}

/// Opens the sealed details of request `id`; `None` when they do not open (unknown key,
/// altered, or moved from another request).
pub fn open(keys: &DataKeys, id: Uuid, sealed: &Sealed) -> Option<Passport> {
    let plaintext = keys.open(id, SEALED_AS, sealed)?;
    serde_json::from_slice(&plaintext).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn body() -> PassportBody {
        PassportBody {
            passport_name: Some("  Sadykova   Aigerim ".to_owned()),
            passport_number: Some("ac 1234567".to_owned()),
            date_of_birth: Some(day("1990-04-12")),
            passport_expiry: Some(day("2030-01-01")),
        }
    }

    #[test]
    fn details_are_kept_as_the_machine_readable_zone_writes_them() {
        let mut validator = Validator::new();
        let kept = check(
            &body(),
            "traveller.",
            (day("2026-11-29"), day("2027-05-03")),
            &mut validator,
        );
        assert!(validator.finish().is_ok());
        let kept = kept.unwrap();
        assert_eq!(kept.passport_name, "SADYKOVA AIGERIM");
        assert_eq!(kept.passport_number, "AC1234567");
    }

    #[test]
    fn every_problem_is_named_at_once() {
        let given = PassportBody {
            passport_name: Some("Садыкова Айгерим".to_owned()),
            passport_number: Some("12/34".to_owned()),
            date_of_birth: Some(day("2027-01-01")),
            passport_expiry: Some(day("2027-05-03")),
        };
        let mut validator = Validator::new();
        let kept = check(
            &given,
            "traveller.",
            (day("2026-11-29"), day("2027-05-03")),
            &mut validator,
        );
        assert!(kept.is_none());
        let crate::error::AppError::Validation(errors) = validator.finish().unwrap_err() else {
            panic!("a validation error");
        };
        let fields: Vec<_> = errors.iter().map(|error| error.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "traveller.passport_name",
                "traveller.passport_number",
                "traveller.date_of_birth",
                "traveller.passport_expiry"
            ]
        );
    }

    #[test]
    fn a_missing_detail_is_named() {
        let given = PassportBody {
            passport_number: None,
            ..body()
        };
        let mut validator = Validator::new();
        assert!(check(&given, "", (day("2026-11-29"), day("2027-05-03")), &mut validator).is_none());
        assert!(validator.finish().is_err());
        assert!(!given.is_empty());
        assert!(PassportBody::default().is_empty());
    }

    #[test]
    fn verification_shows_only_initials_and_the_numbers_end() {
        assert_eq!(initials("Айгерим  Садыкова"), "А. С.");
        assert_eq!(initials("أحمد بن علي"), "أ. ب. ع.");
        assert_eq!(number_suffix("AC1234567"), "567");
        assert_eq!(number_suffix("AB"), "AB");
    }

    #[test]
    fn sealed_details_open_only_for_their_request() {
        let keys = DataKeys::new(&[3; 32]);
        let id = Uuid::new_v4();
        let passport = Passport {
            passport_name: "DOE JANE".to_owned(),
            passport_number: "X1234567".to_owned(),
            date_of_birth: day("1990-01-01"),
            passport_expiry: day("2031-01-01"),
        };
        let sealed = seal(&keys, id, &passport);
        assert!(!sealed.ciphertext.windows(8).any(|window| window == b"X1234567"));
        assert_eq!(open(&keys, id, &sealed), Some(passport));
        assert_eq!(open(&keys, Uuid::new_v4(), &sealed), None);
    }
}
