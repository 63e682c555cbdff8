//! Benchmark: screening 1,000 organisations (legal and short names) against a 1,000-entry
//! list (each entry with two aliases and an original-script name) must take under 2
//! seconds in a release build (a third of the entries also carry an Arabic-script name).
//! Names are synthetic, built from 60 syllables, so some resemble each other by chance.
//! Run with `cargo bench --bench screening`.

use std::time::Instant;

use grantdesk::sanctions::rules::{DEFAULT_THRESHOLD, EntryKind, ListEntry, prepare_entries, screen};

const SYLLABLES: &[&str] = &[
    "al", "ba", "ka", "ri", "mo", "sa", "na", "di", "ye", "ho", "ta", "lu", "ve", "zo", "qi", "far", "mir", "dar",
    "sul", "han", "bek", "ova", "ton", "ger", "pel", "wen", "gu", "tri", "ste", "fon", "kam", "bor", "nis", "jal",
    "rud", "ex", "mun", "sko", "vil", "ant", "ber", "cor", "dun", "eld", "fay", "gil", "hob", "ivo", "jun", "kel",
    "lor", "mab", "nor", "opa", "pri", "que", "ros", "tal", "uri", "wyn",
];

/// A deterministic pseudo-random name of `words` words.
fn name(seed: usize, words: usize) -> String {
    let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(97);
    let mut parts = Vec::new();
    for _ in 0..words {
        let mut word = String::new();
        for _ in 0..3 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            word.push_str(SYLLABLES[(state >> 33) % SYLLABLES.len()]);
        }
        parts.push(word);
    }
    parts.join(" ")
}

const ARABIC: &[&str] = &[
    "محمد",
    "جبهة",
    "النصرة",
    "عبد",
    "الرحمن",
    "يوسف",
    "حداد",
    "خليل",
    "سعيد",
    "الشام",
    "أنصار",
    "الدين",
];

/// A deterministic Arabic-script name of three words.
fn arabic_name(seed: usize) -> String {
    (0..3)
        .map(|offset| ARABIC[(seed * 7 + offset * 5) % ARABIC.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

fn main() {
    let entries: Vec<ListEntry> = (0..1000)
        .map(|index| ListEntry {
            data_id: index.to_string(),
            reference_number: format!("QDe.{index:03}"),
            kind: if index % 2 == 0 {
                EntryKind::Entity
            } else {
                EntryKind::Individual
            },
            name: name(index, 3),
            names: {
                let mut names = vec![name(index, 3), name(index + 10_000, 2), name(index + 20_000, 2)];
                if index % 3 == 0 {
                    names.push(arabic_name(index));
                }
                names
            },
            listed_on: None,
            addresses: Vec::new(),
        })
        .collect();
    let subjects: Vec<String> = (0..1000)
        .flat_map(|index| [name(index + 50_000, 4), name(index + 60_000, 1)])
        .collect();

    let start = Instant::now();
    let prepared = prepare_entries(&entries);
    let candidates = screen(&subjects, &prepared, DEFAULT_THRESHOLD);
    let elapsed = start.elapsed();
    println!(
        "screened {} names of 1000 organisations against 1000 entries ({} names) in {:.3} s; {} candidates",
        subjects.len(),
        entries.iter().map(|entry| entry.names.len()).sum::<usize>(),
        elapsed.as_secs_f64(),
        candidates.len()
    );
    assert!(
        elapsed.as_secs_f64() < 2.0,
        "screening took {elapsed:?}, over the 2 s budget"
    );
}
