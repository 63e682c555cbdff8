//! Time to render a typical award letter (3 tranches, 3 reporting obligations).
//!
//! `cargo bench --bench letter [-- ITERATIONS]`: prints the first (cold) render, then the mean,
//! median, 95th percentile and extremes of the following ones, and exits with status 1 when the
//! median is above the 20 ms budget.

use std::process::ExitCode;
use std::str::FromStr;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone, Utc};
use grantdesk::documents::{AwardLetter, LetterObligation, LetterTranche, render_award_letter};
use iso_currency::Currency;
use rust_decimal::Decimal;

/// The server's allocator (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const BUDGET: Duration = Duration::from_millis(20);
const DEFAULT_ITERATIONS: usize = 200;

fn main() -> ExitCode {
    let iterations = std::env::args()
        .skip(1)
        .find_map(|argument| argument.parse::<usize>().ok())
        .unwrap_or(DEFAULT_ITERATIONS)
        .max(1);
    let letter = typical_letter();

    let started = Instant::now();
    let first = render_award_letter(&letter).expect("the letter renders");
    let cold = started.elapsed();

    let mut timings = Vec::with_capacity(iterations);
    for _ in 0..iterations {
        let started = Instant::now();
        let bytes = render_award_letter(&letter).expect("the letter renders");
        timings.push(started.elapsed());
        assert_eq!(bytes, first, "every render gives the same bytes");
    }
    timings.sort();
    let total: Duration = timings.iter().sum();
    let mean = total / iterations as u32;
    let median = timings[iterations / 2];
    let p95 = timings[(iterations * 95 / 100).min(iterations - 1)];
    println!(
        "award letter: {} bytes, {iterations} renders after a cold one",
        first.len()
    );
    println!("cold (fonts and template loaded): {:.2} ms", milliseconds(cold));
    println!(
        "mean {:.2} ms, median {:.2} ms, p95 {:.2} ms, min {:.2} ms, max {:.2} ms (budget {:.0} ms)",
        milliseconds(mean),
        milliseconds(median),
        milliseconds(p95),
        milliseconds(timings[0]),
        milliseconds(timings[iterations - 1]),
        milliseconds(BUDGET),
    );
    if median > BUDGET {
        eprintln!("the median render time is over budget");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn milliseconds(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a valid date")
}

fn typical_letter() -> AwardLetter {
    let amount = |text: &str| Decimal::from_str(text).expect("a decimal");
    AwardLetter {
        locale: grantdesk::documents::LetterLocale::default(),
        office_name: "Office of Civil Society Grants".to_owned(),
        reference: "GD-2026-3F9A1C2B".to_owned(),
        issued_on: date(2026, 11, 23),
        organisation_name: "Общественный фонд «Голос»".to_owned(),
        organisation_country: "Kyrgyzstan".to_owned(),
        project_title: "Youth voices against hate: community dialogues and media literacy workshops".to_owned(),
        call_title: "Preventing violent extremism through youth engagement 2026".to_owned(),
        amount: amount("24500.00"),
        currency: Currency::EUR,
        tranches: vec![
            LetterTranche {
                number: 1,
                due_on: date(2027, 1, 15),
                amount: amount("9800.00"),
                condition: "Acceptance of the terms of award".to_owned(),
            },
            LetterTranche {
                number: 2,
                due_on: date(2027, 9, 15),
                amount: amount("9800.00"),
                condition: "Interim report received and approved".to_owned(),
            },
            LetterTranche {
                number: 3,
                due_on: date(2028, 4, 30),
                amount: amount("4900.00"),
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
