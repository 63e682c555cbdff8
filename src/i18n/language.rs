//! The six languages grantdesk speaks, and choosing one from `Accept-Language`.

use fluent_templates::LanguageIdentifier;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// One of the six UN languages, by its ISO 639-1 code. English is the default and the
/// fallback of every message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Arabic, written right to left.
    Ar,
    /// Russian.
    Ru,
    /// Chinese (Simplified).
    Zh,
}

impl Language {
    /// Every language, English first.
    pub const ALL: [Language; 6] = [
        Language::En,
        Language::Fr,
        Language::Es,
        Language::Ar,
        Language::Ru,
        Language::Zh,
    ];

    /// The ISO 639-1 code (`fr`), which is also the folder of its catalogue.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::Ar => "ar",
            Language::Ru => "ru",
            Language::Zh => "zh",
        }
    }

    /// The language of a code or a language tag (`fr`, `fr-CA`, `zh-Hans-CN`), by its primary
    /// subtag, ignoring case; `None` for a language outside the six.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Language::ALL
            .into_iter()
            .find(|language| language.code().eq_ignore_ascii_case(primary))
    }

    /// Whether the language is written right to left (Arabic).
    pub fn is_right_to_left(self) -> bool {
        self == Language::Ar
    }

    /// The language preferred by an `Accept-Language` header value
    /// (`fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5`): the highest weight among the six, the
    /// earlier entry on a tie; English when none of the six is acceptable.
    pub fn negotiate(accept_language: &str) -> Language {
        let mut best: Option<(Language, u16)> = None;
        for entry in accept_language.split(',') {
            let mut parts = entry.split(';');
            let Some(language) = parts.next().and_then(Language::from_tag) else {
                continue;
            };
            let weight = parts.find_map(quality).unwrap_or(1000);
            if weight > 0 && best.is_none_or(|(_, best_weight)| weight > best_weight) {
                best = Some((language, weight));
            }
        }
        best.map_or(Language::En, |(language, _)| language)
    }

    /// The identifier Fluent knows the language by.
    pub(super) fn identifier(self) -> LanguageIdentifier {
        self.code().parse().unwrap_or_default()
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.code())
    }
}

impl std::str::FromStr for Language {
    type Err = String;

    /// Exactly one of the six codes (`en`, `fr`, `es`, `ar`, `ru`, `zh`).
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Language::ALL
            .into_iter()
            .find(|language| language.code() == code)
            .ok_or_else(|| format!("must be one of: {}", Language::codes()))
    }
}

impl Language {
    /// The six codes, comma-separated, for messages that list them.
    pub fn codes() -> String {
        Language::ALL.map(Language::code).join(", ")
    }
}

/// The weight of a `q=0.8` parameter in thousandths, if the parameter is one.
fn quality(parameter: &str) -> Option<u16> {
    let value = parameter.trim().strip_prefix("q=")?;
    let weight: f32 = value.trim().parse().ok()?;
    Some((weight.clamp(0.0, 1.0) * 1000.0).round() as u16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highest_weighted_known_language_wins() {
        assert_eq!(Language::negotiate("de-DE, ru;q=0.9, en;q=0.8"), Language::Ru);
        assert_eq!(Language::negotiate("fr-CA"), Language::Fr);
        assert_eq!(Language::negotiate("en;q=0.5, zh-Hans-CN;q=0.7"), Language::Zh);
        assert_eq!(Language::negotiate("es, ar"), Language::Es);
    }

    #[test]
    fn an_unknown_or_refused_language_falls_back_to_english() {
        assert_eq!(Language::negotiate("de, ja;q=0.9"), Language::En);
        assert_eq!(Language::negotiate("fr;q=0"), Language::En);
        assert_eq!(Language::negotiate("*"), Language::En);
        assert_eq!(Language::negotiate(""), Language::En);
        assert_eq!(Language::negotiate("fr;q=nonsense"), Language::Fr);
    }

    #[test]
    fn codes_parse_exactly() {
        assert_eq!("ar".parse::<Language>(), Ok(Language::Ar));
        assert!("AR".parse::<Language>().is_err());
        assert!("de".parse::<Language>().is_err());
        assert_eq!(Language::from_tag("zh_CN"), Some(Language::Zh));
    }
}
