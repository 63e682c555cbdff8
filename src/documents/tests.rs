//! Letters checked from the outside: the PDF is parsed back with lopdf, an independent
//! reader, and its text is extracted through the fonts' ToUnicode maps.
//!
//! Extracted text is compared after NFKC normalisation and with all whitespace removed, so that
//! line wrapping and presentation forms do not matter. lopdf returns Arabic in visual order (the
//! glyphs as drawn, right to left, so the characters of a name come out reversed), which the
//! Arabic check accepts alongside logical order.

use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;

use chrono::{NaiveDate, TimeZone, Utc};
use iso_currency::Currency;
use lopdf::{Document, Object};
use rust_decimal::Decimal;
use unicode_normalization::UnicodeNormalization;

use super::{
    ArabicDigits, AwardLetter, CoveredItem, DocumentError, LetterLocale, LetterObligation, LetterTranche,
    SponsorshipLetter, render_award_letter, render_sponsorship_letter,
};
use crate::i18n::Language;

const ARABIC_NAME: &str = "جمعية النور للتنمية";
const CYRILLIC_NAME: &str = "Общественный фонд «Голос»";
const REFERENCE: &str = "GD-2026-3F9A1C2B";
const ARABIC_TRAVELLER: &str = "محمد عبد الله الحسيني";
const CYRILLIC_TRAVELLER: &str = "Айгерим Токтогуловна Асанова";
const SPONSORSHIP_REFERENCE: &str = "SP-2026-3F9A1C2B";

/// A4 in points, and the letter's margins (20 mm at the sides, 25 mm below the text block).
const PAGE_WIDTH_PT: f32 = 595.2756;
const PAGE_HEIGHT_PT: f32 = 841.8898;
const SIDE_MARGIN_PT: f32 = 56.6929;
const TOP_MARGIN_PT: f32 = 56.6929;
const BOTTOM_MARGIN_PT: f32 = 70.8661;
const FOOTER_BASELINE_PT: f32 = 34.0157;

fn decimal(text: &str) -> Decimal {
    Decimal::from_str(text).expect("a decimal")
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a valid date")
}

/// A typical letter: 24,500.00 EUR in three tranches, three reports.
fn letter_for(organisation_name: &str) -> AwardLetter {
    AwardLetter {
        locale: LetterLocale::default(),
        office_name: "Office of Civil Society Grants".to_owned(),
        reference: REFERENCE.to_owned(),
        issued_on: date(2026, 11, 23),
        organisation_name: organisation_name.to_owned(),
        organisation_country: "Kyrgyzstan".to_owned(),
        project_title: "Youth voices against hate: a two-year programme of community dialogues, media literacy \
                        workshops and small grants for youth-led initiatives in three regions of the country"
            .to_owned(),
        call_title: "Preventing violent extremism through youth engagement 2026".to_owned(),
        amount: decimal("24500.50"),
        currency: Currency::EUR,
        tranches: vec![
            LetterTranche {
                number: 1,
                due_on: date(2027, 1, 15),
                amount: decimal("9800.20"),
                condition: "Acceptance of the terms of award".to_owned(),
            },
            LetterTranche {
                number: 2,
                due_on: date(2027, 9, 15),
                amount: decimal("9800.20"),
                condition: "Interim report received and approved".to_owned(),
            },
            LetterTranche {
                number: 3,
                due_on: date(2028, 4, 30),
                amount: decimal("4900.10"),
                condition: "Final report received and approved".to_owned(),
            },
        ],
        obligations: vec![
            LetterObligation {
                label: "Inception report".to_owned(),
                due_on: date(2027, 2, 15),
            },
            LetterObligation {
                label: "Interim narrative and financial report".to_owned(),
                due_on: date(2027, 8, 31),
            },
            LetterObligation {
                label: "Final narrative and financial report".to_owned(),
                due_on: date(2028, 3, 31),
            },
        ],
        officer_name: "Amina Diallo".to_owned(),
        document_id: "3f9a1c2b-7d4e-4c1a-9b8e-2f6d5a4c3b21".to_owned(),
        created_at: Utc
            .with_ymd_and_hms(2026, 11, 23, 9, 30, 0)
            .single()
            .expect("a valid instant"),
        accepted: None,
    }
}

/// A letter whose 60 tranches cannot fit on one page; tranche `n` is `1,2nn.25` EUR.
fn letter_with_sixty_tranches() -> AwardLetter {
    let tranches: Vec<LetterTranche> = (1..=60)
        .map(|number| LetterTranche {
            number,
            due_on: date(2027, 1, 1) + chrono::Days::new(u64::from(number) * 30),
            amount: decimal("1200.25") + Decimal::from(number),
            condition: format!("Report {} received and approved", number.saturating_sub(1)),
        })
        .collect();
    AwardLetter {
        amount: tranches.iter().map(|tranche| tranche.amount).sum(),
        tranches,
        ..letter_for(CYRILLIC_NAME)
    }
}

fn render(letter: &AwardLetter) -> Vec<u8> {
    render_award_letter(letter).expect("the letter renders")
}

/// The text of each page, NFKC-normalised.
fn page_texts(pdf: &[u8]) -> Vec<String> {
    let document = Document::load_mem(pdf).expect("a PDF lopdf can read");
    document
        .get_pages()
        .keys()
        .map(|page| {
            document
                .extract_text(&[*page])
                .expect("extractable text")
                .nfkc()
                .collect()
        })
        .collect()
}

/// Text with every whitespace character removed, so that wrapped lines compare as one.
fn compact(text: &str) -> String {
    text.nfkc().filter(|character| !character.is_whitespace()).collect()
}

fn assert_contains(haystack: &str, needle: &str) {
    assert!(
        compact(haystack).contains(&compact(needle)),
        "the PDF text does not contain {needle:?}; it reads:\n{haystack}"
    );
}

/// Whether the text holds the Arabic name in logical order or in visual (reversed) order.
fn contains_arabic(haystack: &str, name: &str) -> bool {
    let logical = compact(name);
    let visual: String = logical.chars().rev().collect();
    let haystack = compact(haystack);
    haystack.contains(&logical) || haystack.contains(&visual)
}

#[test]
fn a_letter_states_its_terms_in_the_pdf_text() {
    let letter = letter_for(CYRILLIC_NAME);
    let pages = page_texts(&render(&letter));
    let text = pages.concat();

    assert_contains(&text, CYRILLIC_NAME);
    assert_contains(&text, "Office of Civil Society Grants");
    assert_contains(&text, "Reference: GD-2026-3F9A1C2B");
    assert_contains(&text, "Date: 23 November 2026");
    assert_contains(
        &text,
        "24,500.50 EUR (twenty-four thousand five hundred euros and 50/100)",
    );
    for amount in ["9,800.20", "4,900.10"] {
        assert_contains(&text, amount);
    }
    assert_contains(&text, "Interim report received and approved");
    assert_contains(&text, "Final narrative and financial report, due on 31 March 2028");
    assert_contains(
        &text,
        "sign in to grantdesk and accept the terms of award GD-2026-3F9A1C2B within 30 days",
    );
    assert_contains(&text, "Amina Diallo");
    assert_eq!(pages.len(), 1, "a typical letter fits on one page");
    assert_contains(&pages[0], "Award letter GD-2026-3F9A1C2B · page 1 of 1");
}

#[test]
fn an_arabic_name_is_joined_and_right_to_left() {
    let pdf = render(&letter_for(ARABIC_NAME));
    let text = page_texts(&pdf).concat();
    assert!(contains_arabic(&text, ARABIC_NAME), "no {ARABIC_NAME:?} in:\n{text}");
    // The glyphs are drawn left to right on the page, so an extractor that follows them returns
    // the name reversed: that is what right-to-left layout looks like from the content stream.
    let visual: String = compact(ARABIC_NAME).chars().rev().collect();
    assert!(
        compact(&text).contains(&visual),
        "expected the name in visual order in:\n{text}"
    );

    // Joined letters take a different glyph for each position in a word: the lam of "النور"
    // begins a word and those of "للتنمية" begin and continue one. Unshaped text would draw one
    // glyph for all three.
    let lam_glyphs = glyphs_drawn_for(&pdf, '\u{0644}');
    assert!(
        lam_glyphs.len() >= 2,
        "lam is drawn with a single glyph {lam_glyphs:?}: not shaped"
    );
}

#[test]
fn sixty_tranches_run_over_several_pages_each_with_its_footer() {
    let letter = letter_with_sixty_tranches();
    let pages = page_texts(&render(&letter));
    let count = pages.len();
    assert!(count >= 3, "60 tranches should need at least three pages, got {count}");

    assert_each_page_has_its_footer(&pages, &format!("Award letter {REFERENCE}"));
    let text = compact(&pages.concat());
    let mut previous = 0;
    for number in 1..=60 {
        let amount = compact(&format!("1,{}.25", 200 + number));
        let position = text[previous..]
            .find(&amount)
            .unwrap_or_else(|| panic!("tranche {number} ({amount}) missing or out of order"));
        previous += position + amount.len();
    }
    assert_contains(
        &pages.concat(),
        "73,845.00 EUR (seventy-three thousand eight hundred forty-five euros and 00/100)",
    );
    assert_contains(&pages[count - 1], "Amina Diallo");
}

#[test]
fn every_line_stays_inside_the_margins() {
    let mut letter = letter_with_sixty_tranches();
    letter.organisation_name = "Organisation".repeat(12);
    letter.tranches[7].condition = "Interim narrative and financial report received and approved by the office, with \
                                    the evidence of expenditure for the previous tranche and an updated risk \
                                    mitigation plan agreed with the partners"
        .to_owned();
    assert_inside_the_margins(&render(&letter));
}

#[test]
fn the_same_letter_gives_the_same_bytes() {
    let letter = letter_for(ARABIC_NAME);
    let first = render(&letter);
    let second = render(&letter);
    assert!(first == second, "two renders of one letter differ");

    let later = AwardLetter {
        created_at: letter.created_at + chrono::Duration::seconds(1),
        ..letter.clone()
    };
    assert!(render(&later) != first, "the creation instant is part of the file");
}

/// Renders the Arabic letter into the file named by `GRANTDESK_LETTER_OUT`; run by
/// [`the_same_letter_gives_the_same_bytes_in_another_process`] in a child process.
#[test]
#[ignore = "run by another test in a child process"]
fn render_for_another_process() {
    let path = std::env::var("GRANTDESK_LETTER_OUT").expect("GRANTDESK_LETTER_OUT names the output file");
    std::fs::write(path, render(&letter_for(ARABIC_NAME))).expect("the output file is writable");
}

#[test]
fn the_same_letter_gives_the_same_bytes_in_another_process() {
    let here = render(&letter_for(ARABIC_NAME));
    let test_binary = std::env::current_exe().expect("the test binary's path");
    for run in 0..2 {
        let path = std::env::temp_dir().join(format!("grantdesk-letter-{}-{run}.pdf", std::process::id()));
        let child = std::process::Command::new(&test_binary)
            .args([
                "--ignored",
                "--exact",
                "--quiet",
                "documents::tests::render_for_another_process",
            ])
            .env("GRANTDESK_LETTER_OUT", &path)
            .output()
            .expect("the test binary runs");
        assert!(
            child.status.success(),
            "the child process failed:\n{}{}",
            String::from_utf8_lossy(&child.stdout),
            String::from_utf8_lossy(&child.stderr)
        );
        let there = std::fs::read(&path).expect("the child wrote the letter");
        std::fs::remove_file(&path).ok();
        assert!(there == here, "run {run} in another process gave different bytes");
    }
}

#[test]
fn the_pdf_is_a4_with_fixed_metadata() {
    let letter = AwardLetter {
        call_title: "Youth & peace 2026".to_owned(),
        ..letter_for(CYRILLIC_NAME)
    };
    let document = Document::load_mem(&render(&letter)).expect("a PDF lopdf can read");
    for page in document.get_pages().values() {
        let page = document.get_dictionary(*page).expect("a page dictionary");
        let media_box: Vec<f32> = page
            .get(b"MediaBox")
            .and_then(Object::as_array)
            .expect("a media box")
            .iter()
            .map(|value| value.as_float().expect("a number"))
            .collect();
        assert!((media_box[2] - PAGE_WIDTH_PT).abs() < 0.1 && (media_box[3] - PAGE_HEIGHT_PT).abs() < 0.1);
    }
    let info = document_info(&document);
    let text =
        |key: &[u8]| String::from_utf8_lossy(info.get(key).and_then(Object::as_str).expect("a string")).into_owned();
    assert_eq!(text(b"CreationDate"), "D:20261123093000+00'00'");
    assert_eq!(text(b"ModDate"), "D:20261123093000+00'00'");
    assert_eq!(text(b"Identifier"), letter.document_id);
    assert_eq!(info_text(info, b"Title"), "Award letter GD-2026-3F9A1C2B");
    assert_eq!(
        info_text(info, b"Subject"),
        "Award of a grant under the call “Youth & peace 2026”"
    );
    let file_ids = document
        .trailer
        .get(b"ID")
        .and_then(Object::as_array)
        .expect("a file identifier");
    for file_id in file_ids {
        assert_eq!(
            file_id.as_str().expect("a string"),
            b"3f9a1c2b-7d4e-4c1a-9b8e-2f6d5a4c3b21/1795426200"
        );
    }
}

#[test]
fn names_are_printed_as_text_not_markup() {
    let name = "Women's Voices & Co. <b>\"Harmony\"</b> / Ltd";
    let text = page_texts(&render(&letter_for(name))).concat();
    assert_contains(&text, name);
}

#[test]
fn control_characters_in_names_are_left_out() {
    let text = page_texts(&render(&letter_for("Nul\u{0}Org\u{1}anisation\u{b}"))).concat();
    assert_contains(&text, "NulOrganisation");
}

#[test]
fn yen_amounts_have_no_decimals() {
    let letter = AwardLetter {
        amount: decimal("1250000"),
        currency: Currency::JPY,
        tranches: vec![LetterTranche {
            number: 1,
            due_on: date(2027, 1, 15),
            amount: decimal("1250000"),
            condition: "Acceptance of the terms of award".to_owned(),
        }],
        ..letter_for(CYRILLIC_NAME)
    };
    let text = page_texts(&render(&letter)).concat();
    assert_contains(&text, "1,250,000 JPY (one million two hundred fifty thousand yen)");
    assert_contains(&text, "Amount (JPY)");
}

#[test]
fn amounts_a_letter_cannot_state_are_refused() {
    let too_precise = AwardLetter {
        amount: decimal("24500.505"),
        ..letter_for(CYRILLIC_NAME)
    };
    assert!(matches!(
        render_award_letter(&too_precise),
        Err(DocumentError::InvalidAmount { currency: "EUR", .. })
    ));

    let mut negative_tranche = letter_for(CYRILLIC_NAME);
    negative_tranche.tranches[1].amount = decimal("-1.00");
    assert!(matches!(
        render_award_letter(&negative_tranche),
        Err(DocumentError::InvalidAmount { .. })
    ));
}

#[test]
fn a_letter_without_obligations_says_so() {
    let letter = AwardLetter {
        obligations: Vec::new(),
        ..letter_for(CYRILLIC_NAME)
    };
    let text = page_texts(&render(&letter)).concat();
    assert_contains(&text, "This award carries no reporting obligation");
}

/// A typical sponsorship: four nights in Vienna at 312.00 EUR, terminal expenses and an airfare;
/// 2,000.48 EUR with an advance of 60 %.
fn sponsorship_for(traveller_name: &str) -> SponsorshipLetter {
    SponsorshipLetter {
        locale: LetterLocale::default(),
        office_name: "Office of Civil Society Grants".to_owned(),
        reference: SPONSORSHIP_REFERENCE.to_owned(),
        issued_on: date(2027, 3, 15),
        organisation_name: CYRILLIC_NAME.to_owned(),
        organisation_country: "Kyrgyzstan".to_owned(),
        traveller_name: traveller_name.to_owned(),
        traveller_nationality: "Kyrgyzstan".to_owned(),
        traveller_role: "Programme coordinator".to_owned(),
        origin: "Bishkek, Kyrgyzstan".to_owned(),
        event_name: "Regional Forum on Youth and Peace 2027".to_owned(),
        event_venue: "Vienna International Centre".to_owned(),
        event_city: "Vienna".to_owned(),
        event_country: "Austria".to_owned(),
        starts_on: date(2027, 5, 12),
        ends_on: date(2027, 5, 14),
        arrival_on: date(2027, 5, 11),
        departure_on: date(2027, 5, 15),
        nights: 4,
        currency: Currency::EUR,
        covered: vec![
            CoveredItem {
                label: "Daily subsistence allowance: 4 nights at 312.00 EUR".to_owned(),
                amount: decimal("1248.00"),
            },
            CoveredItem {
                label: "Terminal expenses (4 journey ends)".to_owned(),
                amount: decimal("140.08"),
            },
            CoveredItem {
                label: "Return airfare from Bishkek".to_owned(),
                amount: decimal("612.40"),
            },
        ],
        total: decimal("2000.48"),
        advance_percent: 60,
        advance: decimal("1200.29"),
        officer_name: "Amina Diallo".to_owned(),
        document_id: "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f".to_owned(),
        created_at: Utc
            .with_ymd_and_hms(2027, 3, 15, 10, 0, 0)
            .single()
            .expect("a valid instant"),
        consular: None,
    }
}

fn render_sponsorship(letter: &SponsorshipLetter) -> Vec<u8> {
    render_sponsorship_letter(letter).expect("the sponsorship letter renders")
}

#[test]
fn a_sponsorship_letter_states_the_invitation_the_stay_and_what_is_paid() {
    let letter = sponsorship_for(CYRILLIC_TRAVELLER);
    let pages = page_texts(&render_sponsorship(&letter));
    let text = pages.concat();

    let full_name = format!("Full name as in the passport {CYRILLIC_TRAVELLER}");
    let stated = [
        "Reference: SP-2026-3F9A1C2B",
        "Date: 15 March 2027",
        "To whom it may concern",
        &full_name,
        "Nationality Kyrgyzstan",
        "Role in the organisation Programme coordinator",
        "to attend “Regional Forum on Youth and Peace 2027” (Vienna International Centre, Vienna, \
         Austria, from 12 May 2027 to 14 May 2027)",
        "expected to arrive on 11 May 2027 and to depart on 15 May 2027 (4 nights)",
        "Daily subsistence allowance: 4 nights at 312.00 EUR 1,248.00",
        "Terminal expenses (4 journey ends) 140.08",
        "Return airfare from Bishkek 612.40",
        "Total 2,000.48",
        "2,000.48 EUR (two thousand euros and 48/100)",
        "An advance of 60% of this amount, 1,200.29 EUR, is paid before travel",
        "facilitate the issue of the visa",
        "Yours faithfully, Amina Diallo",
    ];
    for phrase in stated {
        assert_contains(&text, phrase);
    }
    assert_eq!(pages.len(), 1, "a typical sponsorship letter fits on one page");
    assert_each_page_has_its_footer(&pages, "Sponsorship letter SP-2026-3F9A1C2B");
}

#[test]
fn an_arabic_traveller_name_is_printed() {
    let text = page_texts(&render_sponsorship(&sponsorship_for(ARABIC_TRAVELLER))).concat();
    assert!(
        contains_arabic(&text, ARABIC_TRAVELLER),
        "no {ARABIC_TRAVELLER:?} in:\n{text}"
    );
}

#[test]
fn a_sponsorship_letter_without_a_venue_names_the_city() {
    let letter = SponsorshipLetter {
        event_venue: " ".to_owned(),
        starts_on: date(2027, 5, 12),
        ends_on: date(2027, 5, 12),
        ..sponsorship_for(CYRILLIC_TRAVELLER)
    };
    let text = page_texts(&render_sponsorship(&letter)).concat();
    assert_contains(&text, "(Vienna, Austria, on 12 May 2027) and sponsors");
    assert!(!compact(&text).contains("Venue"), "an empty venue is left out:\n{text}");
}

#[test]
fn a_same_day_visit_is_sponsored_without_subsistence() {
    let typical = sponsorship_for(CYRILLIC_TRAVELLER);
    let letter = SponsorshipLetter {
        arrival_on: typical.starts_on,
        departure_on: typical.starts_on,
        nights: 0,
        // Terminal expenses and the airfare, without the subsistence line: 140.08 + 612.40.
        covered: typical.covered[1..].to_vec(),
        total: decimal("752.48"),
        advance: decimal("451.49"),
        ..typical
    };
    let text = page_texts(&render_sponsorship(&letter)).concat();
    for phrase in [
        "arrive on 12 May 2027 and to depart on 12 May 2027 (a same-day visit)",
        "Terminal expenses (4 journey ends) 140.08",
        "Total 752.48",
        "752.48 EUR (seven hundred fifty-two euros and 48/100)",
        "An advance of 60% of this amount, 451.49 EUR",
    ] {
        assert_contains(&text, phrase);
    }
    assert!(
        !compact(&text).contains("subsistence"),
        "no subsistence line expected:\n{text}"
    );
}

#[test]
fn a_long_list_of_covered_costs_runs_over_pages_each_with_its_footer() {
    let covered: Vec<CoveredItem> = (1..=50)
        .map(|number| CoveredItem {
            label: format!("Covered cost number {number}"),
            amount: decimal("10.05") + Decimal::from(number),
        })
        .collect();
    let letter = SponsorshipLetter {
        total: covered.iter().map(|item| item.amount).sum(),
        covered,
        ..sponsorship_for(ARABIC_TRAVELLER)
    };
    let pdf = render_sponsorship(&letter);
    let pages = page_texts(&pdf);
    let count = pages.len();
    assert!(count >= 2, "50 covered costs should need two pages, got {count}");
    assert_each_page_has_its_footer(&pages, &format!("Sponsorship letter {SPONSORSHIP_REFERENCE}"));
    assert_contains(&pages.concat(), "Covered cost number 50 60.05");
    assert_inside_the_margins(&pdf);
}

#[test]
fn sponsorship_amounts_a_letter_cannot_state_are_refused() {
    let mut negative_item = sponsorship_for(CYRILLIC_TRAVELLER);
    negative_item.covered[2].amount = decimal("-612.40");
    let too_precise_total = SponsorshipLetter {
        total: decimal("2000.485"),
        ..sponsorship_for(CYRILLIC_TRAVELLER)
    };
    let too_precise_advance = SponsorshipLetter {
        advance: decimal("1200.288"),
        ..sponsorship_for(CYRILLIC_TRAVELLER)
    };
    let negative_advance = SponsorshipLetter {
        advance: decimal("-1.00"),
        ..sponsorship_for(CYRILLIC_TRAVELLER)
    };
    for letter in [negative_item, too_precise_total, too_precise_advance, negative_advance] {
        assert!(
            matches!(
                render_sponsorship_letter(&letter),
                Err(DocumentError::InvalidAmount { currency: "EUR", .. })
            ),
            "{letter:?} was not refused"
        );
    }
}

#[test]
fn the_same_sponsorship_letter_gives_the_same_bytes() {
    let letter = sponsorship_for(ARABIC_TRAVELLER);
    let first = render_sponsorship(&letter);
    assert!(render_sponsorship(&letter) == first, "two renders of one letter differ");

    let document = Document::load_mem(&first).expect("a PDF lopdf can read");
    let info = document_info(&document);
    assert_eq!(info_text(info, b"Title"), "Sponsorship letter SP-2026-3F9A1C2B");
    assert_eq!(
        info_text(info, b"Subject"),
        "Invitation and sponsorship to attend “Regional Forum on Youth and Peace 2027”"
    );
}

/// Every page ends with "`document` · page N of M".
fn assert_each_page_has_its_footer(pages: &[String], document: &str) {
    for (index, page) in pages.iter().enumerate() {
        assert_contains(page, &format!("{document} · page {} of {}", index + 1, pages.len()));
    }
}

/// The document information dictionary the trailer points to.
fn document_info(document: &Document) -> &lopdf::Dictionary {
    document
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .and_then(|id| document.get_dictionary(id))
        .expect("a document information dictionary")
}

/// A text string of the document information (title, subject), decoded.
fn info_text(info: &lopdf::Dictionary, key: &[u8]) -> String {
    lopdf::decode_text_string(info.get(key).expect("a text string")).expect("UTF-16")
}

/// Every run of text starts and ends inside the side margins, and stands inside the text block
/// or on the footer's baseline.
fn assert_inside_the_margins(pdf: &[u8]) {
    let runs = text_runs(pdf);
    assert!(runs.len() > 100, "expected many text runs, got {}", runs.len());
    for run in &runs {
        let page = run.page;
        assert!(
            run.left >= SIDE_MARGIN_PT - 0.5,
            "page {page}: {run:?} starts in the left margin"
        );
        assert!(
            run.right <= PAGE_WIDTH_PT - SIDE_MARGIN_PT + 0.5,
            "page {page}: {run:?} runs into the right margin"
        );
        let is_footer = (run.baseline - FOOTER_BASELINE_PT).abs() < 0.5;
        assert!(
            is_footer || (BOTTOM_MARGIN_PT..=PAGE_HEIGHT_PT - TOP_MARGIN_PT).contains(&run.baseline),
            "page {page}: {run:?} is outside the text block"
        );
    }
}

/// The distinct (font, glyph) pairs the PDF draws for `character`, read through the ToUnicode maps.
fn glyphs_drawn_for(pdf: &[u8], character: char) -> BTreeSet<(Vec<u8>, Vec<u8>)> {
    let document = Document::load_mem(pdf).expect("a PDF lopdf can read");
    let mut glyphs = BTreeSet::new();
    for page_id in document.get_pages().values() {
        let encodings: BTreeMap<Vec<u8>, lopdf::Encoding<'_>> = document
            .get_page_fonts(*page_id)
            .expect("the page's fonts")
            .into_iter()
            .map(|(name, font)| (name, font.get_font_encoding(&document).expect("a font encoding")))
            .collect();
        let content = document
            .get_and_decode_page_content(*page_id)
            .expect("decodable content");
        let mut font = Vec::new();
        for operation in &content.operations {
            match operation.operator.as_str() {
                "Tf" => font = operation.operands[0].as_name().expect("a font name").to_vec(),
                "Tj" | "TJ" => {
                    let strings = match &operation.operands[0] {
                        Object::Array(items) => items.clone(),
                        string => vec![string.clone()],
                    };
                    for codes in strings.iter().filter_map(|item| item.as_str().ok()) {
                        for code in codes.chunks(2) {
                            let text = encodings[&font].bytes_to_string(code).expect("a mapped glyph");
                            if text.chars().any(|drawn| drawn == character) {
                                glyphs.insert((font.clone(), code.to_vec()));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
    glyphs
}

/// A run of text as drawn: where it starts and ends on the line, and its baseline, in points.
#[derive(Debug)]
struct TextRun {
    page: usize,
    /// The characters drawn, as the fonts' ToUnicode maps give them (Arabic in visual order).
    text: String,
    left: f32,
    right: f32,
    baseline: f32,
}

/// Every `Tj`/`TJ` run of every page with its extent, from the text matrix and the fonts' `/W`
/// widths. Fails on operators that would move text in ways this does not follow.
fn text_runs(pdf: &[u8]) -> Vec<TextRun> {
    let document = Document::load_mem(pdf).expect("a PDF lopdf can read");
    let mut runs = Vec::new();
    for (page_index, page_id) in document.get_pages().values().enumerate() {
        let widths: BTreeMap<Vec<u8>, Widths> = document
            .get_page_fonts(*page_id)
            .expect("the page's fonts")
            .into_iter()
            .map(|(name, font)| (name, Widths::of(&document, font)))
            .collect();
        let encodings: BTreeMap<Vec<u8>, lopdf::Encoding<'_>> = document
            .get_page_fonts(*page_id)
            .expect("the page's fonts")
            .into_iter()
            .map(|(name, font)| (name, font.get_font_encoding(&document).expect("a font encoding")))
            .collect();
        let content = document
            .get_and_decode_page_content(*page_id)
            .expect("decodable content");
        let (mut font, mut size) = (None, 0.0_f32);
        let (mut x, mut y, mut line_x, mut line_y) = (0.0_f32, 0.0_f32, 0.0_f32, 0.0_f32);
        for operation in &content.operations {
            let operands = &operation.operands;
            let number = |index: usize| operands[index].as_float().expect("a number");
            match operation.operator.as_str() {
                "BT" => (x, y, line_x, line_y) = (0.0, 0.0, 0.0, 0.0),
                "Tf" => {
                    font = Some(operands[0].as_name().expect("a font name").to_vec());
                    size = number(1);
                }
                "Tm" => {
                    assert!(number(0) == 1.0 && number(3) == 1.0, "scaled text matrix: {operands:?}");
                    (x, y, line_x, line_y) = (number(4), number(5), number(4), number(5));
                }
                "Td" => {
                    (line_x, line_y) = (line_x + number(0), line_y + number(1));
                    (x, y) = (line_x, line_y);
                }
                "Tj" | "TJ" => {
                    let font_name = font.as_ref().expect("a font before text");
                    let widths = &widths[font_name];
                    let mut text = String::new();
                    let left = x;
                    let items = match &operands[0] {
                        Object::Array(items) => items.clone(),
                        string => vec![string.clone()],
                    };
                    for item in items {
                        match item {
                            Object::String(codes, _) => {
                                text.push_str(&encodings[font_name].bytes_to_string(&codes).unwrap_or_default());
                                for code in codes.chunks(2) {
                                    let cid = u16::from_be_bytes([code[0], code[1]]);
                                    x += widths.of_cid(cid) * size / 1000.0;
                                }
                            }
                            adjustment => x -= adjustment.as_float().expect("a kerning number") * size / 1000.0,
                        }
                    }
                    runs.push(TextRun {
                        page: page_index + 1,
                        text,
                        left: left.min(x),
                        right: left.max(x),
                        baseline: y,
                    });
                }
                "cm" | "TL" | "T*" | "'" | "\"" | "TD" | "Tz" | "Ts" => {
                    panic!(
                        "operator {} moves text in a way this check does not follow",
                        operation.operator
                    )
                }
                _ => {}
            }
        }
    }
    runs
}

/// Glyph widths of a Type 0 font with Identity-H encoding, in thousandths of an em.
struct Widths {
    default: f32,
    by_cid: BTreeMap<u16, f32>,
}

impl Widths {
    fn of(document: &Document, font: &lopdf::Dictionary) -> Self {
        let descendant = font
            .get(b"DescendantFonts")
            .and_then(Object::as_array)
            .and_then(|fonts| document.dereference(&fonts[0]))
            .and_then(|(_, font)| font.as_dict())
            .expect("an embedded Type 0 font");
        let default = descendant.get(b"DW").and_then(Object::as_float).unwrap_or(1000.0);
        let mut by_cid = BTreeMap::new();
        let entries = descendant
            .get(b"W")
            .and_then(|widths| document.dereference(widths))
            .and_then(|(_, widths)| widths.as_array())
            .map(Vec::as_slice)
            .unwrap_or_default();
        let mut index = 0;
        while index < entries.len() {
            let first = entries[index].as_i64().expect("a CID") as u16;
            if let Ok(list) = entries[index + 1].as_array() {
                for (offset, width) in list.iter().enumerate() {
                    by_cid.insert(first + offset as u16, width.as_float().expect("a width"));
                }
                index += 2;
            } else {
                let last = entries[index + 1].as_i64().expect("a CID") as u16;
                let width = entries[index + 2].as_float().expect("a width");
                for cid in first..=last {
                    by_cid.insert(cid, width);
                }
                index += 3;
            }
        }
        Self { default, by_cid }
    }

    fn of_cid(&self, cid: u16) -> f32 {
        self.by_cid.get(&cid).copied().unwrap_or(self.default)
    }
}

// ------------------------------------------------------------------------- the six languages

/// A letter's locale, Arabic with Arabic-Indic digits.
fn in_language(language: Language) -> LetterLocale {
    LetterLocale::new(language, ArabicDigits::ArabicIndic)
}

/// What a reader of each language must find in the award letter for 24,500.50 EUR issued on
/// 23 November 2026, and in the sponsorship letter issued on 15 March 2027 for 2,000.48 EUR.
fn phrases(language: Language) -> (&'static [&'static str], &'static [&'static str]) {
    match language {
        Language::En => (
            &[
                "Date: 23 November 2026",
                "24,500.50 EUR (twenty-four thousand five hundred euros and 50/100)",
                "We are pleased to inform you",
                "due on 31 March 2028",
                "Yours sincerely,",
            ],
            &[
                "Date: 15 March 2027",
                "from 12 May 2027 to 14 May 2027",
                "2,000.48 EUR (two thousand euros and 48/100)",
                "Visa support",
            ],
        ),
        Language::Fr => (
            &[
                "Date : 23 novembre 2026",
                "24 500,50 EUR (vingt-quatre mille cinq cents euros et 50/100)",
                "Nous avons le plaisir de vous informer",
                "à remettre le 31 mars 2028",
                "Lettre d’attribution GD-2026-3F9A1C2B · page 1 sur 1",
            ],
            &[
                "Date : 15 mars 2027",
                "du 12 mai 2027 au 14 mai 2027",
                "2 000,48 EUR (deux mille euros et 48/100)",
                "Appui à la demande de visa",
                "L’arrivée est prévue le 11 mai 2027",
            ],
        ),
        Language::Es => (
            &[
                "Fecha: 23 de noviembre de 2026",
                "24.500,50 EUR (veinticuatro mil quinientos euros con 50/100)",
                "Nos complace comunicarles",
                "a presentar el 31 de marzo de 2028",
                "Carta de concesión GD-2026-3F9A1C2B · página 1 de",
            ],
            &[
                "Fecha: 15 de marzo de 2027",
                "del 12 de mayo de 2027 al 14 de mayo de 2027",
                "2.000,48 EUR (dos mil euros con 48/100)",
                "Apoyo a la solicitud de visado",
            ],
        ),
        Language::Ru => (
            &[
                "Дата: 23 ноября 2026 г.",
                "24 500,50 EUR (двадцать четыре тысячи пятьсот евро 50/100)",
                "Рады сообщить",
                "срок сдачи 31 марта 2028 г.",
                "GD-2026-3F9A1C2B · стр. 1 из",
            ],
            &[
                "Дата: 15 марта 2027 г.",
                "с 12 мая 2027 г. по 14 мая 2027 г.",
                "2 000,48 EUR (две тысячи евро 48/100)",
                "Визовая поддержка",
                "4 ночи",
            ],
        ),
        Language::Zh => (
            &[
                "日期：2026年11月23日",
                "24,500.50 EUR（两万四千五百点五欧元）",
                "我们高兴地通知贵组织",
                "截止日期为2028年3月31日",
            ],
            &[
                "日期：2027年3月15日",
                "2027年5月12日至2027年5月14日",
                "2,000.48 EUR（两千点四八欧元）",
                "签证支持",
            ],
        ),
        // Arabic comes out of the PDF in visual order, word by word: checked in its own test.
        Language::Ar => (&[], &[]),
    }
}

#[test]
fn both_letters_read_naturally_in_each_language() {
    for language in Language::ALL {
        let locale = in_language(language);
        let (award_phrases, sponsorship_phrases) = phrases(language);
        let award = render(&AwardLetter {
            locale,
            ..letter_for(CYRILLIC_NAME)
        });
        let text = page_texts(&award).concat();
        // Arabic is checked word by word in its own tests (it extracts in visual order).
        if language != Language::Ar {
            assert_contains(&text, CYRILLIC_NAME);
        }
        for phrase in award_phrases {
            assert_contains(&text, phrase);
        }
        let sponsorship = render_sponsorship(&SponsorshipLetter {
            locale,
            ..sponsorship_for(CYRILLIC_TRAVELLER)
        });
        let text = page_texts(&sponsorship).concat();
        assert_contains(&text, CYRILLIC_TRAVELLER);
        for phrase in sponsorship_phrases {
            assert_contains(&text, phrase);
        }
        if language != Language::En {
            for english in ["Reference:", "Yours", "Visa support", "To whom"] {
                assert!(!text.contains(english), "{language}: English {english:?} in:\n{text}");
            }
        }
    }
}

/// Whether every word of `phrase` is in the text, in logical or visual order.
fn contains_arabic_words(text: &str, phrase: &str) -> bool {
    phrase.split_whitespace().all(|word| contains_arabic(text, word))
}

#[test]
fn an_arabic_letter_has_arabic_words_dates_and_digits() {
    let pdf = render(&AwardLetter {
        locale: in_language(Language::Ar),
        ..letter_for(ARABIC_NAME)
    });
    let text = page_texts(&pdf).concat();
    for phrase in [
        // Words without a lam-alef ligature or a vowel mark, which extract in their own order.
        "منظمتكم منحة قدرها",
        "أربعة وعشرون",
        "وخمسمائة يورو",
        "نوفمبر",
        "الشروط العامة",
        "وتفضلوا بقبول فائق",
        ARABIC_NAME,
    ] {
        assert!(contains_arabic_words(&text, phrase), "no {phrase:?} in:\n{text}");
    }
    // Arabic-Indic digits as configured: 23 November 2026 and 24,500.50.
    for figures in ["٢٣", "٢٠٢٦", "٢٤٬٥٠٠٫٥٠"] {
        assert!(contains_arabic(&text, figures), "no {figures:?} in:\n{text}");
    }
    let latin = render(&AwardLetter {
        locale: LetterLocale::new(Language::Ar, ArabicDigits::Latin),
        ..letter_for(ARABIC_NAME)
    });
    let text = page_texts(&latin).concat();
    assert!(
        compact(&text).contains("24,500.50"),
        "Latin digits when configured:\n{text}"
    );
    assert!(!text.contains('٢'), "no Arabic-Indic digit when Latin is configured");
}

/// The run whose text holds `needle` (in logical or visual order).
fn run_with<'a>(runs: &'a [TextRun], needle: &str) -> &'a TextRun {
    runs.iter()
        .find(|run| contains_arabic(&run.text, needle))
        .unwrap_or_else(|| panic!("no run holds {needle:?}"))
}

#[test]
fn an_arabic_letter_is_laid_out_right_to_left() {
    let runs = text_runs(&render(&AwardLetter {
        locale: in_language(Language::Ar),
        ..letter_for(ARABIC_NAME)
    }));
    let right_margin = PAGE_WIDTH_PT - SIDE_MARGIN_PT;
    // Lines start at the right margin: the date, the greeting, the signature block.
    for needle in ["التاريخ", "شركاءنا", "Amina Diallo", "موظف"] {
        let run = run_with(&runs, needle);
        assert!(
            (run.right - right_margin).abs() < 2.0,
            "{needle:?} should end at the right margin ({right_margin}), {run:?}"
        );
        assert!(
            run.left > SIDE_MARGIN_PT + 100.0,
            "{needle:?} is not at the left: {run:?}"
        );
    }
    // The table's columns run from the right: number, due date, amount, condition.
    let condition = run_with(&runs, "الشرط");
    let in_header = |needle| {
        runs.iter()
            .find(|run| run.baseline == condition.baseline && contains_arabic(&run.text, needle))
            .unwrap_or_else(|| panic!("no {needle:?} in the header row"))
    };
    let (number, amount) = (in_header("الرقم"), in_header("المبلغ"));
    assert!(
        number.left > amount.left && amount.left > condition.left,
        "{number:?} {amount:?} {condition:?}"
    );

    // An English letter is the mirror image.
    let english = text_runs(&render(&letter_for(ARABIC_NAME)));
    let signature = run_with(&english, "Amina Diallo");
    assert!((signature.left - SIDE_MARGIN_PT).abs() < 2.0, "{signature:?}");
    let number = run_with(&english, "No.");
    let condition = run_with(&english, "Condition");
    assert!(number.left < condition.left);
}

/// The base names of the fonts a PDF embeds.
fn embedded_fonts(pdf: &[u8]) -> BTreeSet<String> {
    let document = Document::load_mem(pdf).expect("a PDF lopdf can read");
    document
        .objects
        .values()
        .filter_map(|object| object.as_dict().ok())
        .filter(|dictionary| dictionary.has_type(b"FontDescriptor"))
        .filter_map(|dictionary| dictionary.get(b"FontName").ok()?.as_name().ok())
        .map(|name| String::from_utf8_lossy(name).into_owned())
        .collect()
}

#[test]
fn a_chinese_letter_embeds_a_subset_cjk_font_and_no_other_letter_does() {
    for language in Language::ALL {
        let locale = in_language(language);
        let award = render(&AwardLetter {
            locale,
            ..letter_for(CYRILLIC_NAME)
        });
        let sponsorship = render_sponsorship(&SponsorshipLetter {
            locale,
            ..sponsorship_for(CYRILLIC_TRAVELLER)
        });
        for pdf in [&award, &sponsorship] {
            let fonts = embedded_fonts(pdf);
            let cjk = fonts.iter().any(|font| font.contains("Droid"));
            assert_eq!(cjk, language == Language::Zh, "{language}: {fonts:?}");
            // The 4 MB font is subset to the glyphs used; the DejaVu letters stay as they were
            // (about 85 KB before the six languages).
            let limit = if language == Language::Zh { 200_000 } else { 110_000 };
            assert!(pdf.len() < limit, "{language}: {} bytes", pdf.len());
        }
    }
    let chinese = render(&AwardLetter {
        locale: in_language(Language::Zh),
        ..letter_for(CYRILLIC_NAME)
    });
    let text = page_texts(&chinese).concat();
    for characters in ["尊敬的合作伙伴", "拨款批次", "一般条件", "此致敬礼"] {
        assert_contains(&text, characters);
    }
}
