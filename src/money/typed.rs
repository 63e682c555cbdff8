//! Numbers typed into a portal form in the reader's language: "12 000,50" in French,
//! "12.000,50" in Spanish, "12,000.50" in English or Chinese, "١٢٬٠٠٠٫٥٠" in Arabic, and the
//! canonical "12000.50" in every language. The JSON API does not use this: it keeps its strict
//! decimal strings ([`super::parse_decimal`]).
//!
//! The rules, by language:
//!
//! * every language: the canonical form (digits, optionally a point and digits), an optional
//!   leading minus (so that a negative amount is refused by the form's own check, saying why);
//!   spaces around the number are ignored;
//! * English and Chinese: a comma groups thousands, a point marks the decimals ("12,000.50");
//! * French and Russian: a space, a no-break space (U+00A0) or a narrow no-break space (U+202F)
//!   groups thousands, a comma marks the decimals ("12 000,50");
//! * Spanish: a point groups thousands, a comma marks the decimals ("12.000,50");
//! * Arabic: Arabic-Indic digits (٠ to ٩) with the Arabic decimal separator (٫) and thousands
//!   separator (٬), or Latin digits written the English way ("12,000.50").
//!
//! Grouping must be regular: the first group has one to three digits, every later group
//! exactly three ("12 000 000", never "12 00 000").
//!
//! **Ambiguity.** In a language whose decimal mark is a comma (French, Spanish, Russian),
//! "1.500" could be the canonical one and a half or, as many readers write it, one thousand
//! five hundred. It is refused as [`Unreadable::Ambiguous`] (one to three digits, a single
//! point, exactly three digits after it) rather than guessed: a budget line a thousand times
//! too small or too large is worse than a question. "1.50", "1500.000" and "0.500" are not
//! ambiguous and read as the canonical decimals they are. In English "1.500" is one and a half
//! and "1,500" one thousand five hundred, by the English rule, never the other way round.

use rust_decimal::Decimal;

use crate::i18n::Language;

/// Why a typed number could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// Not a number in the reader's language nor in the canonical form.
    NotANumber,
    /// "1.500" in a language whose decimal mark is a comma: a thousand and a half or one and a
    /// half; the reader is asked to write it without doubt.
    Ambiguous,
}

/// Reads `text`, a number a person typed in `language`, as a decimal.
pub fn read(text: &str, language: Language) -> Result<Decimal, Unreadable> {
    let latin: String = text.trim().chars().map(latin_character).collect();
    let (negative, digits) = match latin.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, latin.as_str()),
    };
    let local = marks(language);
    let canonical = split_canonical(digits);
    if local.decimal == ','
        && canonical
            .as_ref()
            .is_some_and(|(whole, fraction)| ambiguous(whole, fraction))
    {
        return Err(Unreadable::Ambiguous);
    }
    let (whole, fraction) = canonical
        .or_else(|| split_local(digits, local))
        .ok_or(Unreadable::NotANumber)?;
    let plain = if fraction.is_empty() {
        whole
    } else {
        format!("{whole}.{fraction}")
    };
    let signed = if negative { format!("-{plain}") } else { plain };
    Decimal::from_str_exact(&signed).map_err(|_| Unreadable::NotANumber)
}

/// An example amount in the reader's format, for a hint ("1,500.00", "1 500,00", "1.500,00").
pub fn example(language: Language) -> String {
    written_figures(Decimal::new(150_000, 2), language)
}

/// A decimal as an input field's value, in a form [`read`] reads back in `language` and
/// without grouping: "12000.50" in English, "12000,50" in French ("1,5" rather than the
/// ambiguous "1.500" for a weight of one and a half).
pub fn for_input(number: Decimal, language: Language) -> String {
    let canonical = number.to_string();
    match marks(language).decimal {
        ',' => canonical.replace('.', ","),
        _ => canonical,
    }
}

/// A number with the language's separators and as many decimals as it has ("1 500,00").
fn written_figures(number: Decimal, language: Language) -> String {
    let local = marks(language);
    let canonical = number.abs().to_string();
    let (whole, fraction) = canonical.split_once('.').unwrap_or((canonical.as_str(), ""));
    let mut grouped = String::new();
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            grouped.push(local.written_group);
        }
        grouped.push(digit);
    }
    if !fraction.is_empty() {
        grouped.push(local.decimal);
        grouped.push_str(fraction);
    }
    if number.is_sign_negative() {
        grouped.insert(0, '-');
    }
    grouped
}

/// A language's decimal mark and the marks it groups thousands with.
#[derive(Clone, Copy)]
struct Marks {
    decimal: char,
    groups: &'static [char],
    written_group: char,
}

fn marks(language: Language) -> Marks {
    match language {
        Language::Fr | Language::Ru => Marks {
            decimal: ',',
            groups: &[' ', '\u{a0}', '\u{202f}'],
            written_group: '\u{a0}',
        },
        Language::Es => Marks {
            decimal: ',',
            groups: &['.'],
            written_group: '.',
        },
        Language::En | Language::Zh | Language::Ar => Marks {
            decimal: '.',
            groups: &[','],
            written_group: ',',
        },
    }
}

/// Arabic-Indic digits and the Arabic separators as Latin ones (٫ a point, ٬ a comma).
fn latin_character(character: char) -> char {
    match character {
        '\u{660}'..='\u{669}' => char::from_u32('0' as u32 + (character as u32 - 0x660)).unwrap_or(character),
        '\u{66b}' => '.',
        '\u{66c}' => ',',
        other => other,
    }
}

/// "12000.50" as ("12000", "50"), "12000" as ("12000", ""); `None` for anything else.
fn split_canonical(text: &str) -> Option<(String, String)> {
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    let fraction_ok = fraction.is_none_or(all_digits);
    (all_digits(whole) && fraction_ok).then(|| (whole.to_owned(), fraction.unwrap_or("").to_owned()))
}

/// "12 000,50" in French as ("12000", "50"), with regular groups; `None` for anything else.
fn split_local(text: &str, local: Marks) -> Option<(String, String)> {
    let (whole, fraction) = match text.split_once(local.decimal) {
        Some((whole, fraction)) => (whole, fraction),
        None => (text, ""),
    };
    if text.contains(local.decimal) && !all_digits(fraction) {
        return None;
    }
    let groups: Vec<&str> = whole
        .split(|character: char| local.groups.contains(&character))
        .collect();
    let (first, rest) = groups.split_first()?;
    let regular = (1..=3).contains(&first.len())
        && all_digits(first)
        && rest.iter().all(|group| group.len() == 3 && all_digits(group));
    let first_alone = rest.is_empty() && all_digits(first);
    (regular || first_alone).then(|| (groups.concat(), fraction.to_owned()))
}

/// "1.500": one to three digits (not starting with zero), a point, exactly three digits.
fn ambiguous(whole: &str, fraction: &str) -> bool {
    (1..=3).contains(&whole.len()) && !whole.starts_with('0') && fraction.len() == 3
}

fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(text: &str) -> Decimal {
        Decimal::from_str_exact(text).expect("test decimal")
    }

    fn reads(language: Language, cases: &[(&str, &str)]) {
        for (typed, expected) in cases {
            assert_eq!(read(typed, language), Ok(dec(expected)), "{language}: {typed:?}");
        }
    }

    fn refuses(language: Language, cases: &[&str], why: Unreadable) {
        for typed in cases {
            assert_eq!(read(typed, language), Err(why), "{language}: {typed:?}");
        }
    }

    #[test]
    fn the_canonical_form_reads_in_every_language() {
        for language in Language::ALL {
            reads(
                language,
                &[
                    ("12000.50", "12000.50"),
                    ("12000", "12000"),
                    (" 0.6 ", "0.6"),
                    ("-4.50", "-4.50"),
                ],
            );
        }
    }

    #[test]
    fn english_and_chinese_group_with_commas() {
        for language in [Language::En, Language::Zh] {
            reads(
                language,
                &[
                    ("12,000.50", "12000.50"),
                    ("1,500", "1500"),
                    ("1.500", "1.500"),
                    ("1,234,567", "1234567"),
                ],
            );
            refuses(
                language,
                &["1,5", "12 000,50", "12,00,000", "1.500,00", "12000,50", ",5", "1,"],
                Unreadable::NotANumber,
            );
        }
    }

    #[test]
    fn french_and_russian_group_with_spaces_and_mark_decimals_with_a_comma() {
        for language in [Language::Fr, Language::Ru] {
            reads(
                language,
                &[
                    ("12 000,50", "12000.50"),
                    ("12\u{a0}000,50", "12000.50"),
                    ("12\u{202f}000,50", "12000.50"),
                    ("1 234 567", "1234567"),
                    ("0,6", "0.6"),
                    ("12000,50", "12000.50"),
                    ("1.50", "1.50"),
                    ("0.500", "0.500"),
                    ("1500.000", "1500.000"),
                ],
            );
            refuses(language, &["1.500", "12.345", "999.999"], Unreadable::Ambiguous);
            refuses(
                language,
                &[
                    "12 00,50",
                    "1,500.00",
                    "12,000.50",
                    "1.500.000",
                    "12 000.50",
                    "douze",
                    "1e5",
                    "",
                ],
                Unreadable::NotANumber,
            );
        }
    }

    #[test]
    fn spanish_groups_with_points_and_marks_decimals_with_a_comma() {
        reads(
            Language::Es,
            &[
                ("12.000,50", "12000.50"),
                ("1.500.000", "1500000"),
                ("0,6", "0.6"),
                ("1.5", "1.5"),
            ],
        );
        refuses(Language::Es, &["1.500"], Unreadable::Ambiguous);
        refuses(
            Language::Es,
            &["12 000,50", "12,000.50", "1.50.000"],
            Unreadable::NotANumber,
        );
    }

    #[test]
    fn arabic_reads_arabic_indic_and_latin_digits() {
        reads(
            Language::Ar,
            &[
                ("١٢٠٠٠", "12000"),
                ("١٢٬٠٠٠٫٥٠", "12000.50"),
                ("١٢٠٠٠٫٥", "12000.5"),
                ("12,000.50", "12000.50"),
                ("٠٫٦", "0.6"),
            ],
        );
        refuses(Language::Ar, &["١٢٬٠٠٫٥٠", "١٢ ٠٠٠", "abc"], Unreadable::NotANumber);
    }

    #[test]
    fn the_example_and_an_input_value_are_in_the_readers_format_and_read_back() {
        assert_eq!(example(Language::En), "1,500.00");
        assert_eq!(example(Language::Fr), "1\u{a0}500,00");
        assert_eq!(example(Language::Es), "1.500,00");
        assert_eq!(example(Language::Ar), "1,500.00");
        for language in Language::ALL {
            assert_eq!(read(&example(language), language), Ok(dec("1500.00")), "{language}");
            for number in ["1.5", "1.500", "12000.50", "0.125"] {
                let value = for_input(dec(number), language);
                assert_eq!(read(&value, language), Ok(dec(number)), "{language}: {value}");
            }
        }
        assert_eq!(for_input(dec("1.500"), Language::Fr), "1,500");
    }
}
