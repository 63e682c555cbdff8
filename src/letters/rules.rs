//! The rules of letters as issued, as pure functions: what a letter is issued for, the
//! verification code (random, unguessable, easy to read aloud and type) and how a typed code
//! is read back, and the verification address printed on a letter.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The characters of a verification code: digits and capital letters without those read
/// alike (0/O, 1/I/L, U/V).
const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTWXYZ";

/// The characters of a code: 12 of 29, about 58 bits, so that codes cannot be guessed.
const CODE_CHARS: usize = 12;

/// What a letter is issued for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LetterSubject {
    /// An award: the award letter, stored once the organisation accepts its terms.
    Award,
    /// A sponsorship request: the sponsorship and visa-support letter.
    SponsorshipRequest,
}

impl LetterSubject {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Award => "award",
            Self::SponsorshipRequest => "sponsorship_request",
        }
    }

    /// The subject with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Award, Self::SponsorshipRequest]
            .into_iter()
            .find(|subject| subject.as_str() == name)
    }
}

/// A fresh verification code, written in groups of four (`7KQ2-M9XD-4HTP`).
pub fn new_code() -> String {
    let mut chars = Vec::with_capacity(CODE_CHARS);
    while chars.len() < CODE_CHARS {
        // Rejection sampling keeps every character equally likely.
        let byte: u8 = rand::random();
        let limit = (256 / ALPHABET.len() * ALPHABET.len()) as u8;
        if byte < limit {
            chars.push(ALPHABET[usize::from(byte) % ALPHABET.len()]);
        }
    }
    grouped(&chars)
}

/// A code as typed (any case, with or without hyphens and spaces) in its printed form;
/// `None` when it cannot be a code.
pub fn read_code(typed: &str) -> Option<String> {
    let chars: Vec<u8> = typed
        .chars()
        .filter(|c| *c != '-' && !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .filter(char::is_ascii)
        .map(|c| c as u8)
        .collect();
    let typed_chars = typed.chars().filter(|c| *c != '-' && !c.is_whitespace()).count();
    (chars.len() == CODE_CHARS && typed_chars == CODE_CHARS && chars.iter().all(|c| ALPHABET.contains(c)))
        .then(|| grouped(&chars))
}

fn grouped(chars: &[u8]) -> String {
    chars
        .chunks(4)
        .map(|group| String::from_utf8_lossy(group).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// The page where anyone checks a letter: `<public URL>/verify/<code>`.
pub fn verification_url(public_url: &str, code: &str) -> String {
    format!("{}/verify/{code}", public_url.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_random_and_read_back_however_typed() {
        let code = new_code();
        assert_eq!(code.len(), 14);
        assert_ne!(code, new_code());
        assert_eq!(read_code(&code).as_deref(), Some(code.as_str()));
        let typed = code.replace('-', " ").to_lowercase();
        assert_eq!(read_code(&typed).as_deref(), Some(code.as_str()));
    }

    #[test]
    fn what_cannot_be_a_code_is_refused() {
        for typed in [
            "",
            "ABCD",
            "0000-0000-0000",
            "ABCD-EFGH-JKMN-P",
            "ABCD-EFGH-JKMÑ",
            "'; DROP TABLE",
        ] {
            assert_eq!(read_code(typed), None, "{typed}");
        }
    }

    #[test]
    fn the_verification_url_is_absolute() {
        assert_eq!(
            verification_url("https://grants.example.org/", "ABCD-EFGH-JKMN"),
            "https://grants.example.org/verify/ABCD-EFGH-JKMN"
        );
    }
}
