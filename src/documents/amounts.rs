//! Amounts as a letter prints them: in figures with thousands separators, and in words, cheque
//! style, in any of the six languages (the numbers in `number_words.rs` and here for English,
//! the currency names and the sentence around them from the catalogue).

use iso_currency::Currency;
use rust_decimal::{Decimal, RoundingStrategy};

use super::number_words::{self, Gender};
use crate::i18n::{Language, Message};

/// An amount in words, cheque style: `24500.50 EUR` is "twenty-four thousand five hundred euros
/// and 50/100", "vingt-quatre mille cinq cents euros et 50/100", "двадцать четыре тысячи
/// пятьсот евро 50/100", "两万四千五百点五零欧元".
///
/// The whole units are written in words in `language` (English: short scale, hyphenated tens,
/// no "and" inside the number), followed by the currency's name in the plural form the number
/// calls for (`currency-EUR` in the catalogue; a currency the catalogue does not name is called
/// by its ISO 4217 English name in English and by its code elsewhere). A currency with a minor
/// unit always gets the fraction of a unit in figures over its subdivision, zero-padded ("and
/// 05/100", "and 000/1000" for KWD); Chinese reads the decimals after 点 instead. A currency
/// without one (JPY) gets none. An amount with more decimals than the minor unit is first
/// rounded to it, half away from zero; a negative amount starts with "minus".
pub fn amount_in_words(amount: Decimal, currency: Currency, language: Language) -> String {
    let minor_unit = minor_unit(currency);
    let rounded = amount.round_dp_with_strategy(minor_unit, RoundingStrategy::MidpointAwayFromZero);
    let magnitude = rounded.abs();
    let whole_units = magnitude.trunc();
    let whole = decimal_to_u128(whole_units);
    let gender = currency_gender(currency, language);
    let whole_words = match language {
        Language::En => integer_in_words(whole),
        Language::Fr => number_words::french(whole, gender),
        Language::Es => number_words::spanish(whole, gender),
        Language::Ru => number_words::russian(whole, gender),
        Language::Ar => number_words::arabic(whole),
        Language::Zh => number_words::chinese(whole),
    };
    let fraction = (minor_unit > 0).then(|| {
        let subdivision = 10u64.pow(minor_unit);
        let fraction = decimal_to_u128((magnitude - whole_units) * Decimal::from(subdivision));
        let width = minor_unit as usize;
        let digits = format!("{fraction:0width$}");
        match language {
            Language::Zh => number_words::chinese_digits(digits.trim_end_matches('0')),
            _ => format!("{digits}/{subdivision}"),
        }
    });
    let fraction = fraction.filter(|fraction| !fraction.is_empty());
    let currency_name = currency_name(currency, language, whole);
    let message = match fraction {
        Some(fraction) => Message::new("letter-amount-with-fraction").with("fraction", fraction),
        None => Message::new("letter-amount"),
    };
    let words = message
        .with("number", whole_words)
        .with("currency", currency_name)
        .render(language);
    let words = words.trim().to_owned();
    if rounded.is_sign_negative() && !rounded.is_zero() {
        Message::new("letter-amount-negative")
            .with("amount", words)
            .render(language)
    } else {
        words
    }
}

/// An amount in figures with comma thousands separators and exactly the currency's minor unit
/// of decimals ("24,500.00" for EUR, "1,250,000" for JPY, "12.500" for KWD); the currency code is
/// not included. The caller has checked that the amount has no more decimals than that.
pub(crate) fn amount_in_figures(amount: Decimal, currency: Currency) -> String {
    let mut rounded = amount.round_dp_with_strategy(minor_unit(currency), RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(minor_unit(currency));
    let plain = rounded.abs().to_string();
    let (whole, fraction) = match plain.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (plain.as_str(), None),
    };
    let mut figures = String::with_capacity(plain.len() + plain.len() / 3 + 1);
    if rounded.is_sign_negative() && !rounded.is_zero() {
        figures.push('-');
    }
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index).is_multiple_of(3) {
            figures.push(',');
        }
        figures.push(digit);
    }
    if let Some(fraction) = fraction {
        figures.push('.');
        figures.push_str(fraction);
    }
    figures
}

/// Whether the amount fits the currency: no more significant decimals than its minor unit.
pub(crate) fn fits_minor_unit(amount: Decimal, currency: Currency) -> bool {
    amount.normalize().scale() <= minor_unit(currency)
}

/// Number of decimals of the currency's minor unit; none for currencies without one (gold, SDR).
fn minor_unit(currency: Currency) -> u32 {
    currency.exponent().map_or(0, u32::from)
}

/// The currency's name after `whole` units, in the plural form the number calls for; French
/// and Spanish put "de" between a round number of millions and the noun ("un million d'euros").
fn currency_name(currency: Currency, language: Language, whole: u128) -> String {
    // Plural rules read the last digits and whether the number is above one: keep those.
    // Arabic's rules (few: 3-10, many: 11-99 by the last two digits) are given the last two
    // digits themselves, because the plural rules crate misreads them above 100.
    let count = match language {
        Language::Ar if whole >= 100 && whole % 100 >= 3 => (whole % 100) as i64,
        Language::Ar if whole >= 100 => 100,
        _ if whole < 1_000_000 => whole as i64,
        _ => (whole % 1_000_000) as i64 + 1_000_000,
    };
    let id = format!("currency-{}", currency.code());
    let name = Message::new(id.clone()).with("count", count).render(language);
    let name = if name != id {
        name
    } else if language == Language::En {
        english_currency_name(currency, whole)
    } else {
        currency.code().to_owned()
    };
    let round_millions = whole >= 1_000_000 && whole.is_multiple_of(1_000_000);
    match language {
        Language::Fr if round_millions && name.starts_with(['a', 'e', 'i', 'o', 'u', 'é']) => format!("d'{name}"),
        Language::Fr | Language::Es if round_millions => format!("de {name}"),
        _ => name,
    }
}

/// A currency the catalogue does not name, by its ISO 4217 English name ("Kuwaiti dinars";
/// a one-word name in lower case, as English running text writes it).
fn english_currency_name(currency: Currency, whole: u128) -> String {
    let name = currency.name();
    let name = if name.contains(' ') {
        name.to_owned()
    } else {
        name.to_lowercase()
    };
    let invariable = ["yen", "yuan", "won", "baht", "rand", "kip", "renminbi"];
    if whole == 1 || invariable.iter().any(|word| name.ends_with(word)) {
        name
    } else {
        format!("{name}s")
    }
}

/// The grammatical gender of the currency's name where numbers agree with it.
fn currency_gender(currency: Currency, language: Language) -> Gender {
    match (language, currency) {
        (Language::Fr | Language::Es, Currency::GBP) | (Language::Ru, Currency::JPY) => Gender::Feminine,
        _ => Gender::Masculine,
    }
}

/// A non-negative whole decimal as an integer; `Decimal` holds at most 96 bits, so it fits.
fn decimal_to_u128(whole: Decimal) -> u128 {
    whole.mantissa().unsigned_abs() / 10u128.pow(whole.scale())
}

const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Short-scale names of the powers of a thousand; `Decimal`'s largest value (about 7.9 * 10^28)
/// stays below 10^30.
const SCALES: [&str; 10] = [
    "",
    "thousand",
    "million",
    "billion",
    "trillion",
    "quadrillion",
    "quintillion",
    "sextillion",
    "septillion",
    "octillion",
];

/// A whole number in English words: "nine hundred ninety-nine million ...".
fn integer_in_words(number: u128) -> String {
    if number == 0 {
        return ONES[0].to_owned();
    }
    let mut groups = Vec::new();
    let mut rest = number;
    while rest > 0 {
        groups.push((rest % 1000) as usize);
        rest /= 1000;
    }
    let mut words: Vec<String> = Vec::new();
    for (scale, group) in groups.iter().enumerate().rev() {
        if *group == 0 {
            continue;
        }
        words.push(group_in_words(*group));
        if scale > 0 {
            words.push(SCALES[scale].to_owned());
        }
    }
    words.join(" ")
}

/// A number from 1 to 999 in words.
fn group_in_words(group: usize) -> String {
    let hundreds = group / 100;
    let below_hundred = group % 100;
    let mut words = Vec::new();
    if hundreds > 0 {
        words.push(format!("{} hundred", ONES[hundreds]));
    }
    if below_hundred > 0 {
        if below_hundred < 20 {
            words.push(ONES[below_hundred].to_owned());
        } else if below_hundred.is_multiple_of(10) {
            words.push(TENS[below_hundred / 10].to_owned());
        } else {
            words.push(format!("{}-{}", TENS[below_hundred / 10], ONES[below_hundred % 10]));
        }
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use super::*;

    fn decimal(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[test]
    fn amounts_are_written_in_words_cheque_style() {
        let cases = [
            (
                "24500.50",
                Currency::EUR,
                "twenty-four thousand five hundred euros and 50/100",
            ),
            ("0", Currency::EUR, "zero euros and 00/100"),
            ("0.00", Currency::EUR, "zero euros and 00/100"),
            ("0.01", Currency::EUR, "zero euros and 01/100"),
            ("0.99", Currency::USD, "zero US dollars and 99/100"),
            ("1", Currency::EUR, "one euro and 00/100"),
            ("10", Currency::EUR, "ten euros and 00/100"),
            ("19", Currency::EUR, "nineteen euros and 00/100"),
            ("20", Currency::EUR, "twenty euros and 00/100"),
            ("21", Currency::EUR, "twenty-one euros and 00/100"),
            ("100", Currency::EUR, "one hundred euros and 00/100"),
            ("101", Currency::EUR, "one hundred one euros and 00/100"),
            ("110", Currency::EUR, "one hundred ten euros and 00/100"),
            ("1000", Currency::EUR, "one thousand euros and 00/100"),
            ("1001", Currency::EUR, "one thousand one euros and 00/100"),
            ("100000", Currency::CHF, "one hundred thousand Swiss francs and 00/100"),
            ("1000000", Currency::EUR, "one million euros and 00/100"),
            ("1000000.00", Currency::GBP, "one million pounds sterling and 00/100"),
            ("1000001", Currency::EUR, "one million one euros and 00/100"),
            ("2000300", Currency::EUR, "two million three hundred euros and 00/100"),
            ("1000000000", Currency::EUR, "one billion euros and 00/100"),
            (
                "999999999.99",
                Currency::EUR,
                "nine hundred ninety-nine million nine hundred ninety-nine thousand \
                 nine hundred ninety-nine euros and 99/100",
            ),
            ("24500", Currency::JPY, "twenty-four thousand five hundred yen"),
            ("0", Currency::JPY, "zero yen"),
            ("1000000", Currency::JPY, "one million yen"),
            ("12.5", Currency::KWD, "twelve Kuwaiti dinars and 500/1000"),
            ("12.005", Currency::KWD, "twelve Kuwaiti dinars and 005/1000"),
            ("0.000", Currency::KWD, "zero Kuwaiti dinars and 000/1000"),
            ("-15.25", Currency::EUR, "minus fifteen euros and 25/100"),
            ("-0.00", Currency::EUR, "zero euros and 00/100"),
        ];
        for (amount, currency, expected) in cases {
            assert_eq!(
                amount_in_words(decimal(amount), currency, Language::En),
                expected,
                "{amount} {currency:?}"
            );
        }
    }

    #[test]
    fn amounts_are_written_in_words_in_every_language() {
        let cases = [
            (
                "24500.50",
                Currency::EUR,
                Language::Fr,
                "vingt-quatre mille cinq cents euros et 50/100",
            ),
            ("20000", Currency::EUR, Language::Fr, "vingt mille euros et 00/100"),
            ("1", Currency::EUR, Language::Fr, "un euro et 00/100"),
            (
                "2000000",
                Currency::EUR,
                Language::Fr,
                "deux millions d'euros et 00/100",
            ),
            ("20000", Currency::EUR, Language::Es, "veinte mil euros con 00/100"),
            (
                "21",
                Currency::USD,
                Language::Es,
                "veintiún dólares estadounidenses con 00/100",
            ),
            (
                "1000000",
                Currency::USD,
                Language::Es,
                "un millón de dólares estadounidenses con 00/100",
            ),
            ("20000", Currency::EUR, Language::Ru, "двадцать тысяч евро 00/100"),
            (
                "3129",
                Currency::USD,
                Language::Ru,
                "три тысячи сто двадцать девять долларов США 00/100",
            ),
            ("21", Currency::USD, Language::Ru, "двадцать один доллар США 00/100"),
            ("2", Currency::JPY, Language::Ru, "две иены"),
            ("20000", Currency::EUR, Language::Ar, "عشرون ألف يورو و00/100"),
            (
                "3129",
                Currency::USD,
                Language::Ar,
                "ثلاثة آلاف ومائة وتسعة وعشرون دولارًا أمريكيًا و00/100",
            ),
            ("5", Currency::USD, Language::Ar, "خمسة دولارات أمريكية و00/100"),
            ("2", Currency::USD, Language::Ar, "دولاران أمريكيان و00/100"),
            ("24500.50", Currency::EUR, Language::Zh, "两万四千五百点五欧元"),
            ("20000", Currency::EUR, Language::Zh, "两万欧元"),
            ("3129.05", Currency::USD, Language::Zh, "三千一百二十九点零五美元"),
            (
                "3129",
                Currency::USD,
                Language::En,
                "three thousand one hundred twenty-nine US dollars and 00/100",
            ),
        ];
        for (amount, currency, language, expected) in cases {
            assert_eq!(
                amount_in_words(decimal(amount), currency, language),
                expected,
                "{amount} {currency:?} {language}"
            );
        }
    }

    #[test]
    fn amounts_with_more_decimals_than_the_minor_unit_round_half_away_from_zero() {
        let cases = [
            ("0.005", Currency::EUR, "zero euros and 01/100"),
            ("0.994", Currency::EUR, "zero euros and 99/100"),
            ("0.995", Currency::EUR, "one euro and 00/100"),
            ("99.5", Currency::JPY, "one hundred yen"),
            ("1.0005", Currency::KWD, "one Kuwaiti dinar and 001/1000"),
        ];
        for (amount, currency, expected) in cases {
            assert_eq!(
                amount_in_words(decimal(amount), currency, Language::En),
                expected,
                "{amount} {currency:?}"
            );
        }
    }

    #[test]
    fn the_largest_decimal_has_words() {
        let words = amount_in_words(Decimal::MAX, Currency::JPY, Language::En);
        assert!(
            words.starts_with("seventy-nine octillion two hundred twenty-eight septillion"),
            "{words}"
        );
        assert!(words.ends_with("three hundred thirty-five yen"), "{words}");
    }

    #[test]
    fn amounts_are_written_in_figures_with_thousands_separators() {
        let cases = [
            ("0", Currency::EUR, "0.00"),
            ("5", Currency::EUR, "5.00"),
            ("999", Currency::EUR, "999.00"),
            ("1000", Currency::EUR, "1,000.00"),
            ("24500.5", Currency::EUR, "24,500.50"),
            ("999999999.99", Currency::EUR, "999,999,999.99"),
            ("1000000", Currency::JPY, "1,000,000"),
            ("123456", Currency::JPY, "123,456"),
            ("12.5", Currency::KWD, "12.500"),
            ("1234567.891", Currency::KWD, "1,234,567.891"),
            ("-1234.5", Currency::EUR, "-1,234.50"),
        ];
        for (amount, currency, expected) in cases {
            assert_eq!(
                amount_in_figures(decimal(amount), currency),
                expected,
                "{amount} {currency:?}"
            );
        }
    }

    #[test]
    fn an_amount_fits_its_currency_when_its_decimals_do() {
        assert!(fits_minor_unit(decimal("24500.50"), Currency::EUR));
        assert!(fits_minor_unit(decimal("24500.5000"), Currency::EUR));
        assert!(!fits_minor_unit(decimal("24500.505"), Currency::EUR));
        assert!(fits_minor_unit(decimal("24500"), Currency::JPY));
        assert!(!fits_minor_unit(decimal("24500.5"), Currency::JPY));
        assert!(fits_minor_unit(decimal("1.125"), Currency::KWD));
    }
}
