//! Whole numbers in words in French, Spanish, Russian, Arabic and Chinese, for the amounts a
//! letter writes out (English is in `amounts.rs`). Each is a small function over tables, tested
//! against a table of cases a native reader checked.
//!
//! The grammatical gender is that of the counted noun (the currency): French "une livre",
//! Spanish "doscientas libras", Russian "одна иена, две иены". Arabic numbers are written for
//! a masculine counted noun, and 1 and 2 are left to the noun ("دولار واحد", "دولاران"), as
//! Arabic writes them.

/// The gender of what is counted, where the number agrees with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Masculine,
    Feminine,
}

/// Splits a number into groups of three digits, least significant first.
fn thousands(number: u128) -> Vec<usize> {
    let mut groups = Vec::new();
    let mut rest = number;
    while rest > 0 {
        groups.push((rest % 1000) as usize);
        rest /= 1000;
    }
    groups
}

// ---------------------------------------------------------------------------------------- French

const FR_UNITS: [&str; 17] = [
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
    "quatorze", "quinze", "seize",
];
const FR_TENS: [&str; 7] = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"];
/// Long-scale nouns above a thousand: million, milliard, billion, billiard...
const FR_SCALES: [&str; 9] = [
    "",
    "mille",
    "million",
    "milliard",
    "billion",
    "billiard",
    "trillion",
    "trilliard",
    "quadrillion",
];

/// A whole number in French words, traditional spelling ("quatre-vingts", "deux cents",
/// "vingt et un", "mille" invariable).
pub(crate) fn french(number: u128, gender: Gender) -> String {
    if number == 0 {
        return FR_UNITS[0].to_owned();
    }
    let groups = thousands(number);
    let mut words: Vec<String> = Vec::new();
    for (scale, group) in groups.iter().copied().enumerate().rev() {
        if group == 0 {
            continue;
        }
        // "cents" and "quatre-vingts" take their s at the end of the number and before a noun
        // (million, milliard), never before "mille".
        match scale {
            0 => words.push(french_below_thousand(group, true, gender)),
            1 => {
                if group > 1 {
                    words.push(french_below_thousand(group, false, Gender::Masculine));
                }
                words.push("mille".to_owned());
            }
            _ => {
                words.push(french_below_thousand(group, true, Gender::Masculine));
                let noun = FR_SCALES[scale];
                words.push(if group > 1 { format!("{noun}s") } else { noun.to_owned() });
            }
        }
    }
    words.join(" ")
}

/// 1 to 999 in French; `final_plural` lets "cents" and "quatre-vingts" take their s.
fn french_below_thousand(number: usize, final_plural: bool, gender: Gender) -> String {
    let hundreds = number / 100;
    let rest = number % 100;
    let mut words = Vec::new();
    if hundreds > 0 {
        let cent = if hundreds > 1 && rest == 0 && final_plural {
            "cents"
        } else {
            "cent"
        };
        if hundreds > 1 {
            words.push(format!("{} {cent}", FR_UNITS[hundreds]));
        } else {
            words.push(cent.to_owned());
        }
    }
    if rest > 0 {
        words.push(french_below_hundred(rest, final_plural, gender));
    }
    words.join(" ")
}

fn french_below_hundred(number: usize, final_plural: bool, gender: Gender) -> String {
    let one = if gender == Gender::Feminine { "une" } else { "un" };
    if number == 1 {
        return one.to_owned();
    }
    if number <= 16 {
        return FR_UNITS[number].to_owned();
    }
    if number < 20 {
        return format!("dix-{}", FR_UNITS[number - 10]);
    }
    let (tens, units) = (number / 10, number % 10);
    match tens {
        2..=6 => match units {
            0 => FR_TENS[tens].to_owned(),
            1 => format!("{} et {one}", FR_TENS[tens]),
            _ => format!("{}-{}", FR_TENS[tens], FR_UNITS[units]),
        },
        7 => match units {
            1 => "soixante et onze".to_owned(),
            _ => format!("soixante-{}", french_below_hundred(10 + units, false, gender)),
        },
        8 => match units {
            0 if final_plural => "quatre-vingts".to_owned(),
            0 => "quatre-vingt".to_owned(),
            1 => format!("quatre-vingt-{one}"),
            _ => format!("quatre-vingt-{}", FR_UNITS[units]),
        },
        _ => format!("quatre-vingt-{}", french_below_hundred(10 + units, false, gender)),
    }
}

// --------------------------------------------------------------------------------------- Spanish

const ES_UNITS: [&str; 30] = [
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
];
const ES_TENS: [&str; 10] = [
    "",
    "",
    "",
    "treinta",
    "cuarenta",
    "cincuenta",
    "sesenta",
    "setenta",
    "ochenta",
    "noventa",
];
const ES_HUNDREDS: [&str; 10] = [
    "",
    "ciento",
    "doscientos",
    "trescientos",
    "cuatrocientos",
    "quinientos",
    "seiscientos",
    "setecientos",
    "ochocientos",
    "novecientos",
];
/// Long-scale nouns: millón (10^6), billón (10^12), trillón (10^18), cuatrillón (10^24).
const ES_MILLIONS: [(&str, &str); 5] = [
    ("", ""),
    ("millón", "millones"),
    ("billón", "billones"),
    ("trillón", "trillones"),
    ("cuatrillón", "cuatrillones"),
];

/// A whole number in Spanish words, as it stands before a noun of `gender` ("veintiún euros",
/// "doscientas libras", "un millón", "mil", "veintiún mil").
pub(crate) fn spanish(number: u128, gender: Gender) -> String {
    if number == 0 {
        return ES_UNITS[0].to_owned();
    }
    // Millions of six digits each (long scale), each written as "thousands of it".
    let mut blocks = Vec::new();
    let mut rest = number;
    while rest > 0 {
        blocks.push(rest % 1_000_000);
        rest /= 1_000_000;
    }
    let mut words: Vec<String> = Vec::new();
    for (scale, block) in blocks.iter().copied().enumerate().rev() {
        if block == 0 {
            continue;
        }
        if scale == 0 {
            words.push(spanish_below_million(block as usize, gender));
        } else {
            let (one, many) = ES_MILLIONS[scale];
            if block == 1 {
                words.push(format!("un {one}"));
            } else {
                words.push(format!(
                    "{} {many}",
                    spanish_below_million(block as usize, Gender::Masculine)
                ));
            }
        }
    }
    words.join(" ")
}

fn spanish_below_million(number: usize, gender: Gender) -> String {
    let (thousand, rest) = (number / 1000, number % 1000);
    let mut words = Vec::new();
    match thousand {
        0 => {}
        1 => words.push("mil".to_owned()),
        _ => words.push(format!("{} mil", spanish_below_thousand(thousand, gender))),
    }
    if rest > 0 {
        words.push(spanish_below_thousand(rest, gender));
    }
    words.join(" ")
}

/// 1 to 999 before a noun: "uno" shortens to "un" (masculine) or becomes "una".
fn spanish_below_thousand(number: usize, gender: Gender) -> String {
    let (hundreds, rest) = (number / 100, number % 100);
    let mut words = Vec::new();
    if hundreds > 0 {
        let word = match (number, hundreds) {
            (100, _) => "cien".to_owned(),
            (_, 1) => "ciento".to_owned(),
            _ if gender == Gender::Feminine => format!("{}as", ES_HUNDREDS[hundreds].trim_end_matches("os")),
            _ => ES_HUNDREDS[hundreds].to_owned(),
        };
        words.push(word);
    }
    if rest > 0 {
        let word = if rest < 30 {
            ES_UNITS[rest].to_owned()
        } else if rest.is_multiple_of(10) {
            ES_TENS[rest / 10].to_owned()
        } else {
            format!("{} y {}", ES_TENS[rest / 10], ES_UNITS[rest % 10])
        };
        let word = match (word.strip_suffix("uno"), gender) {
            (Some(stem), Gender::Feminine) => format!("{stem}una"),
            (Some("veinti"), Gender::Masculine) => "veintiún".to_owned(),
            (Some(stem), Gender::Masculine) => format!("{stem}un"),
            (None, _) => word,
        };
        words.push(word);
    }
    words.join(" ")
}

// --------------------------------------------------------------------------------------- Russian

const RU_UNITS: [&str; 20] = [
    "ноль",
    "один",
    "два",
    "три",
    "четыре",
    "пять",
    "шесть",
    "семь",
    "восемь",
    "девять",
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
];
const RU_TENS: [&str; 10] = [
    "",
    "",
    "двадцать",
    "тридцать",
    "сорок",
    "пятьдесят",
    "шестьдесят",
    "семьдесят",
    "восемьдесят",
    "девяносто",
];
const RU_HUNDREDS: [&str; 10] = [
    "",
    "сто",
    "двести",
    "триста",
    "четыреста",
    "пятьсот",
    "шестьсот",
    "семьсот",
    "восемьсот",
    "девятьсот",
];
/// Powers of a thousand with their forms for one, a few (2-4) and many: тысяча is feminine.
const RU_SCALES: [[&str; 3]; 10] = [
    ["", "", ""],
    ["тысяча", "тысячи", "тысяч"],
    ["миллион", "миллиона", "миллионов"],
    ["миллиард", "миллиарда", "миллиардов"],
    ["триллион", "триллиона", "триллионов"],
    ["квадриллион", "квадриллиона", "квадриллионов"],
    ["квинтиллион", "квинтиллиона", "квинтиллионов"],
    ["секстиллион", "секстиллиона", "секстиллионов"],
    ["септиллион", "септиллиона", "септиллионов"],
    ["октиллион", "октиллиона", "октиллионов"],
];

/// Which of Russian's three counting forms follows `number`: 0 for one (1, 21, 101), 1 for
/// a few (2-4, 22-24), 2 for many (0, 5-20, 25-30...).
pub(crate) fn russian_form(number: u128) -> usize {
    let (last, last_two) = (number % 10, number % 100);
    if last == 1 && last_two != 11 {
        0
    } else if (2..=4).contains(&last) && !(12..=14).contains(&last_two) {
        1
    } else {
        2
    }
}

/// A whole number in Russian words, agreeing with a noun of `gender` ("одна тысяча",
/// "две тысячи", "двадцать один доллар").
pub(crate) fn russian(number: u128, gender: Gender) -> String {
    if number == 0 {
        return RU_UNITS[0].to_owned();
    }
    let groups = thousands(number);
    let mut words: Vec<String> = Vec::new();
    for (scale, group) in groups.iter().copied().enumerate().rev() {
        if group == 0 {
            continue;
        }
        let group_gender = match scale {
            0 => gender,
            1 => Gender::Feminine,
            _ => Gender::Masculine,
        };
        words.push(russian_below_thousand(group, group_gender));
        if scale > 0 {
            words.push(RU_SCALES[scale][russian_form(group as u128)].to_owned());
        }
    }
    words.join(" ")
}

fn russian_below_thousand(number: usize, gender: Gender) -> String {
    let (hundreds, rest) = (number / 100, number % 100);
    let mut words = Vec::new();
    if hundreds > 0 {
        words.push(RU_HUNDREDS[hundreds]);
    }
    let units = if rest < 20 {
        rest
    } else {
        words.push(RU_TENS[rest / 10]);
        rest % 10
    };
    if units > 0 {
        words.push(match (units, gender) {
            (1, Gender::Feminine) => "одна",
            (2, Gender::Feminine) => "две",
            _ => RU_UNITS[units],
        });
    }
    words.join(" ")
}

// ---------------------------------------------------------------------------------------- Arabic

/// Units as they count a masculine noun (3 to 10 take the feminine ending).
const AR_UNITS: [&str; 20] = [
    "صفر",
    "واحد",
    "اثنان",
    "ثلاثة",
    "أربعة",
    "خمسة",
    "ستة",
    "سبعة",
    "ثمانية",
    "تسعة",
    "عشرة",
    "أحد عشر",
    "اثنا عشر",
    "ثلاثة عشر",
    "أربعة عشر",
    "خمسة عشر",
    "ستة عشر",
    "سبعة عشر",
    "ثمانية عشر",
    "تسعة عشر",
];
const AR_TENS: [&str; 10] = [
    "",
    "",
    "عشرون",
    "ثلاثون",
    "أربعون",
    "خمسون",
    "ستون",
    "سبعون",
    "ثمانون",
    "تسعون",
];
const AR_HUNDREDS: [&str; 10] = [
    "",
    "مائة",
    "مائتان",
    "ثلاثمائة",
    "أربعمائة",
    "خمسمائة",
    "ستمائة",
    "سبعمائة",
    "ثمانمائة",
    "تسعمائة",
];
/// Powers of a thousand: the noun alone (1 and counted by 100...), its dual (2), its plural
/// (3-10) and its accusative singular (11-99).
const AR_SCALES: [[&str; 4]; 10] = [
    ["", "", "", ""],
    ["ألف", "ألفان", "آلاف", "ألفًا"],
    ["مليون", "مليونان", "ملايين", "مليونًا"],
    ["مليار", "ملياران", "مليارات", "مليارًا"],
    ["تريليون", "تريليونان", "تريليونات", "تريليونًا"],
    ["كوادريليون", "كوادريليونان", "كوادريليونات", "كوادريليونًا"],
    ["كوينتليون", "كوينتليونان", "كوينتليونات", "كوينتليونًا"],
    ["سكستليون", "سكستليونان", "سكستليونات", "سكستليونًا"],
    ["سبتليون", "سبتليونان", "سبتليونات", "سبتليونًا"],
    ["أوكتليون", "أوكتليونان", "أوكتليونات", "أوكتليونًا"],
];

/// A whole number in Arabic words for a masculine counted noun, the parts joined by "و"
/// ("أربعة وعشرون ألفًا وخمسمائة"). One and two alone are left to the noun (empty words),
/// which Arabic puts in the singular or the dual.
pub(crate) fn arabic(number: u128) -> String {
    match number {
        0 => return AR_UNITS[0].to_owned(),
        1 | 2 => return String::new(),
        _ => {}
    }
    let groups = thousands(number);
    let mut parts: Vec<String> = Vec::new();
    for (scale, group) in groups.iter().copied().enumerate().rev() {
        if group == 0 {
            continue;
        }
        if scale == 0 {
            parts.push(arabic_below_thousand(group));
            continue;
        }
        let [single, dual, plural, accusative] = AR_SCALES[scale];
        // Directly before the counted noun the thousand is in construct, without tanween:
        // "عشرون ألف دولار", but "عشرون ألفًا وخمسمائة دولار".
        let is_last = groups[..scale].iter().all(|lower| *lower == 0);
        let accusative = if is_last { single } else { accusative };
        parts.push(match (group, group % 100) {
            (1, _) => single.to_owned(),
            (2, _) => dual.to_owned(),
            (_, 3..=10) => format!("{} {plural}", arabic_below_thousand(group)),
            (_, 11..=99) => format!("{} {accusative}", arabic_below_thousand(group)),
            _ => format!("{} {single}", arabic_below_thousand(group)),
        });
    }
    parts.join(" و")
}

fn arabic_below_thousand(number: usize) -> String {
    let (hundreds, rest) = (number / 100, number % 100);
    let mut parts = Vec::new();
    if hundreds > 0 {
        parts.push(AR_HUNDREDS[hundreds].to_owned());
    }
    if rest > 0 {
        parts.push(if rest < 20 {
            AR_UNITS[rest].to_owned()
        } else if rest.is_multiple_of(10) {
            AR_TENS[rest / 10].to_owned()
        } else {
            format!("{} و{}", AR_UNITS[rest % 10], AR_TENS[rest / 10])
        });
    }
    parts.join(" و")
}

// --------------------------------------------------------------------------------------- Chinese

const ZH_DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/// Powers of ten thousand: 万 (10^4), 亿 (10^8), 兆 (10^12)...
const ZH_MYRIADS: [&str; 8] = ["", "万", "亿", "兆", "京", "垓", "秭", "穰"];

/// A whole number in Chinese characters: groups of four digits under 万 and 亿, 零 for a gap,
/// 两 before 千, 万 and 亿, and 十 alone at the start of 10-19 ("两万四千五百", "一千零五",
/// "十五").
pub(crate) fn chinese(number: u128) -> String {
    if number == 0 {
        return "零".to_owned();
    }
    let mut groups = Vec::new();
    let mut rest = number;
    while rest > 0 {
        groups.push((rest % 10_000) as usize);
        rest /= 10_000;
    }
    let mut text = String::new();
    let mut gap = false;
    for (scale, group) in groups.iter().copied().enumerate().rev() {
        if group == 0 {
            gap = true;
            continue;
        }
        if !text.is_empty() && (gap || group < 1000) {
            text.push('零');
        }
        gap = false;
        let mut words = chinese_below_myriad(group);
        if text.is_empty() && scale > 0 && group == 2 {
            words = "两".to_owned();
        } else if !text.is_empty() && words.starts_with('十') {
            // 十 alone only starts a number: 十万零一十.
            words.insert(0, '一');
        }
        text.push_str(&words);
        text.push_str(ZH_MYRIADS[scale]);
    }
    text
}

/// 1 to 9999.
fn chinese_below_myriad(number: usize) -> String {
    let digits = [number / 1000, number / 100 % 10, number / 10 % 10, number % 10];
    let units = ["千", "百", "十", ""];
    let mut text = String::new();
    let mut pending_zero = false;
    for (position, digit) in digits.into_iter().enumerate() {
        if digit == 0 {
            pending_zero = !text.is_empty();
            continue;
        }
        if pending_zero {
            text.push('零');
            pending_zero = false;
        }
        let is_first = text.is_empty();
        match (position, digit) {
            (0, 2) => text.push('两'),
            // 十五, not 一十五, when the number starts with its tens.
            (2, 1) if is_first && number < 20 => {}
            _ => text.push(ZH_DIGITS[digit]),
        }
        text.push_str(units[position]);
    }
    text
}

/// Digits read one by one, as Chinese reads the decimals after 点 ("五零" for .50).
pub(crate) fn chinese_digits(digits: &str) -> String {
    digits
        .chars()
        .filter_map(|digit| digit.to_digit(10))
        .map(|digit| ZH_DIGITS[digit as usize])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_numbers() {
        let cases: &[(u128, &str)] = &[
            (0, "zéro"),
            (1, "un"),
            (16, "seize"),
            (17, "dix-sept"),
            (21, "vingt et un"),
            (22, "vingt-deux"),
            (71, "soixante et onze"),
            (75, "soixante-quinze"),
            (80, "quatre-vingts"),
            (81, "quatre-vingt-un"),
            (91, "quatre-vingt-onze"),
            (99, "quatre-vingt-dix-neuf"),
            (100, "cent"),
            (101, "cent un"),
            (200, "deux cents"),
            (201, "deux cent un"),
            (1000, "mille"),
            (2000, "deux mille"),
            (20_000, "vingt mille"),
            (80_000, "quatre-vingt mille"),
            (200_000, "deux cent mille"),
            (24_500, "vingt-quatre mille cinq cents"),
            (1_000_000, "un million"),
            (2_000_000, "deux millions"),
            (200_000_000, "deux cents millions"),
            (1_000_000_000, "un milliard"),
            (3_129, "trois mille cent vingt-neuf"),
        ];
        for (number, expected) in cases {
            assert_eq!(french(*number, Gender::Masculine), *expected, "{number}");
        }
        assert_eq!(french(21, Gender::Feminine), "vingt et une");
        assert_eq!(french(1, Gender::Feminine), "une");
    }

    #[test]
    fn spanish_numbers() {
        let cases: &[(u128, &str)] = &[
            (0, "cero"),
            (1, "un"),
            (15, "quince"),
            (16, "dieciséis"),
            (21, "veintiún"),
            (22, "veintidós"),
            (31, "treinta y un"),
            (45, "cuarenta y cinco"),
            (100, "cien"),
            (101, "ciento un"),
            (500, "quinientos"),
            (1000, "mil"),
            (20_000, "veinte mil"),
            (21_000, "veintiún mil"),
            (24_500, "veinticuatro mil quinientos"),
            (100_000, "cien mil"),
            (1_000_000, "un millón"),
            (2_500_000, "dos millones quinientos mil"),
            (3_129, "tres mil ciento veintinueve"),
        ];
        for (number, expected) in cases {
            assert_eq!(spanish(*number, Gender::Masculine), *expected, "{number}");
        }
        assert_eq!(spanish(201, Gender::Feminine), "doscientas una");
        assert_eq!(spanish(21, Gender::Feminine), "veintiuna");
    }

    #[test]
    fn russian_numbers() {
        let cases: &[(u128, &str)] = &[
            (0, "ноль"),
            (1, "один"),
            (2, "два"),
            (11, "одиннадцать"),
            (21, "двадцать один"),
            (1000, "одна тысяча"),
            (2000, "две тысячи"),
            (5000, "пять тысяч"),
            (20_000, "двадцать тысяч"),
            (21_000, "двадцать одна тысяча"),
            (24_500, "двадцать четыре тысячи пятьсот"),
            (1_000_000, "один миллион"),
            (2_000_000, "два миллиона"),
            (11_000_000, "одиннадцать миллионов"),
            (3_129, "три тысячи сто двадцать девять"),
        ];
        for (number, expected) in cases {
            assert_eq!(russian(*number, Gender::Masculine), *expected, "{number}");
        }
        assert_eq!(russian(2, Gender::Feminine), "две");
        assert_eq!(russian_form(1), 0);
        assert_eq!(russian_form(11), 2);
        assert_eq!(russian_form(22), 1);
        assert_eq!(russian_form(112), 2);
        assert_eq!(russian_form(25), 2);
    }

    #[test]
    fn arabic_numbers() {
        let cases: &[(u128, &str)] = &[
            (0, "صفر"),
            (1, ""),
            (2, ""),
            (3, "ثلاثة"),
            (11, "أحد عشر"),
            (21, "واحد وعشرون"),
            (100, "مائة"),
            (250, "مائتان وخمسون"),
            (1000, "ألف"),
            (2000, "ألفان"),
            (3000, "ثلاثة آلاف"),
            (20_000, "عشرون ألف"),
            (24_500, "أربعة وعشرون ألفًا وخمسمائة"),
            (100_000, "مائة ألف"),
            (1_000_000, "مليون"),
            (5_000_000, "خمسة ملايين"),
            (3_129, "ثلاثة آلاف ومائة وتسعة وعشرون"),
        ];
        for (number, expected) in cases {
            assert_eq!(arabic(*number), *expected, "{number}");
        }
    }

    #[test]
    fn chinese_numbers() {
        let cases: &[(u128, &str)] = &[
            (0, "零"),
            (1, "一"),
            (10, "十"),
            (15, "十五"),
            (20, "二十"),
            (105, "一百零五"),
            (110, "一百一十"),
            (1005, "一千零五"),
            (2000, "两千"),
            (20_000, "两万"),
            (24_500, "两万四千五百"),
            (100_000, "十万"),
            (100_005, "十万零五"),
            (100_010, "十万零一十"),
            (1_000_000, "一百万"),
            (100_000_000, "一亿"),
            (3_129, "三千一百二十九"),
        ];
        for (number, expected) in cases {
            assert_eq!(chinese(*number), *expected, "{number}");
        }
        assert_eq!(chinese_digits("50"), "五零");
    }
}
