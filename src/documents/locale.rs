//! How a letter writes dates, numbers and amounts in its language: "28 novembre 2026",
//! "28 ноября 2026 г.", "٢٨ نوفمبر ٢٠٢٦"; "24 500,50", "24.500,50", "٢٤٬٥٠٠٫٥٠"; the amount in
//! words with its currency's name in the right plural form.
//!
//! The words (month names, date order, currency names and their plurals) come from the
//! catalogue (`templates/locales/<lang>/letters.ftl`); the digits and separators are set here.

use chrono::{Datelike, NaiveDate};
use iso_currency::Currency;
use rust_decimal::Decimal;
use serde::Deserialize;

use crate::i18n::{Language, Message};

/// Which digits an Arabic letter is written with, as the office configures
/// (`GRANTDESK_LETTER_ARABIC_DIGITS`): Arabic-Indic (٠١٢٣, the default, as in the Mashriq) or
/// Latin (0123, as in the Maghreb). Other languages always use Latin digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ArabicDigits {
    /// ٠١٢٣٤٥٦٧٨٩ with the Arabic thousands (٬) and decimal (٫) separators.
    #[default]
    ArabicIndic,
    /// 0123456789 with a comma and a point.
    Latin,
}

impl std::str::FromStr for ArabicDigits {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "arabic-indic" => Ok(Self::ArabicIndic),
            "latin" => Ok(Self::Latin),
            other => Err(format!("expected `arabic-indic` or `latin`, got `{other}`")),
        }
    }
}

/// The language a letter is written in, and how it writes its digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LetterLocale {
    /// The language of every word of the letter except names, which stay as written.
    pub language: Language,
    /// The digits of an Arabic letter.
    pub arabic_digits: ArabicDigits,
}

impl LetterLocale {
    /// A letter in `language`, Arabic written with `arabic_digits`.
    pub fn new(language: Language, arabic_digits: ArabicDigits) -> Self {
        Self {
            language,
            arabic_digits,
        }
    }

    /// The message `message` in the letter's language.
    pub fn text(&self, message: Message) -> String {
        message.render(self.language)
    }

    /// A date the way the language writes it in a letter.
    pub fn date(&self, date: NaiveDate) -> String {
        let written = self.text(
            Message::new("letter-date")
                .with("day", i64::from(date.day()))
                .with("month", i64::from(date.month()))
                .with("year", date.year().to_string()),
        );
        self.digits(&written)
    }

    /// A whole number in figures, in the letter's digits ("4", "٤").
    pub fn number(&self, number: impl std::fmt::Display) -> String {
        self.digits(&number.to_string())
    }

    /// A percentage ("60 %", "60 %", "٦٠٪"); a no-break space holds it together.
    pub fn percent(&self, percent: u32) -> String {
        match self.language {
            Language::En | Language::Zh => format!("{percent}%"),
            Language::Ar => self.digits(&format!("{percent}٪")),
            _ => format!("{percent}\u{a0}%"),
        }
    }

    /// An amount in figures with the language's separators and exactly the currency's minor
    /// unit of decimals: "24,500.50", "24 500,50", "24.500,50", "٢٤٬٥٠٠٫٥٠".
    pub fn figures(&self, amount: Decimal, currency: Currency) -> String {
        self.separators(&super::amounts::amount_in_figures(amount, currency))
    }

    /// Figures written the English way ("24,500.50", "33.33") with the language's
    /// separators and digits.
    pub fn separators(&self, english: &str) -> String {
        let (thousands, decimal) = match self.language {
            Language::Fr | Language::Ru => ('\u{a0}', ','),
            Language::Es => ('.', ','),
            _ => (',', '.'),
        };
        let local: String = english
            .chars()
            .map(|character| match character {
                ',' => thousands,
                '.' => decimal,
                other => other,
            })
            .collect();
        self.digits(&local)
    }

    /// The amount in words in the letter's language.
    pub fn words(&self, amount: Decimal, currency: Currency) -> String {
        super::amounts::amount_in_words(amount, currency, self.language)
    }

    /// Latin digits and separators turned into Arabic-Indic ones when the letter is Arabic and
    /// the office writes them so.
    fn digits(&self, text: &str) -> String {
        if self.language != Language::Ar || self.arabic_digits == ArabicDigits::Latin {
            return text.to_owned();
        }
        text.chars()
            .map(|character| match character {
                '0'..='9' => char::from_u32(0x0660 + (character as u32 - '0' as u32)).unwrap_or(character),
                ',' => '\u{66c}',
                '.' => '\u{66b}',
                other => other,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use super::*;

    fn locale(language: Language) -> LetterLocale {
        LetterLocale::new(language, ArabicDigits::ArabicIndic)
    }

    #[test]
    fn dates_are_written_the_local_way() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let cases = [
            (Language::En, "28 November 2026"),
            (Language::Fr, "28 novembre 2026"),
            (Language::Es, "28 de noviembre de 2026"),
            (Language::Ru, "28 ноября 2026 г."),
            (Language::Ar, "٢٨ نوفمبر ٢٠٢٦"),
            (Language::Zh, "2026年11月28日"),
        ];
        for (language, expected) in cases {
            assert_eq!(locale(language).date(date), expected, "{language}");
        }
        let first = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        assert_eq!(locale(Language::Fr).date(first), "1er mars 2027");
        assert_eq!(
            LetterLocale::new(Language::Ar, ArabicDigits::Latin).date(date),
            "28 نوفمبر 2026"
        );
    }

    #[test]
    fn figures_have_the_local_separators() {
        let amount = Decimal::from_str("24500.50").unwrap();
        let cases = [
            (Language::En, "24,500.50"),
            (Language::Fr, "24\u{a0}500,50"),
            (Language::Es, "24.500,50"),
            (Language::Ru, "24\u{a0}500,50"),
            (Language::Ar, "٢٤٬٥٠٠٫٥٠"),
            (Language::Zh, "24,500.50"),
        ];
        for (language, expected) in cases {
            assert_eq!(locale(language).figures(amount, Currency::EUR), expected, "{language}");
        }
        assert_eq!(
            LetterLocale::new(Language::Ar, ArabicDigits::Latin).figures(amount, Currency::EUR),
            "24,500.50"
        );
    }

    #[test]
    fn the_digits_setting_parses() {
        assert_eq!("latin".parse(), Ok(ArabicDigits::Latin));
        assert_eq!("arabic-indic".parse(), Ok(ArabicDigits::ArabicIndic));
        assert!("hindi".parse::<ArabicDigits>().is_err());
    }
}
