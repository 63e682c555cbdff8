//! The sanctions list and name matching, as pure functions.
//!
//! **The list.** [`parse_consolidated_list`] reads the UN Security Council Consolidated
//! List in its published XML form (`CONSOLIDATED_LIST` > `INDIVIDUALS`/`ENTITIES`).
//!
//! **Matching.** Every name is normalised ([`normalise`]): Arabic script is transliterated
//! with a letter table, other scripts and accents by `deunicode` (Cyrillic, Greek, ...),
//! then lower-cased; punctuation becomes space and common legal forms ("association",
//! "foundation", "ltd", ...) and "the" are dropped. Two names are compared with
//! Jaro-Winkler on their words run together, and on their words sorted (so reordered
//! names match, leaving out the Arabic article "al"/"el", which would otherwise sort
//! first and earn a prefix bonus); when either name was written in Arabic script, also on
//! consonant skeletons (Arabic writes few vowels); and, for a listed name of two words or
//! more, on every run of as many consecutive words of the screened name (so "Friends of
//! Al-Qaida" is found). The score is the best of these. A score at or
//! above the threshold is a *candidate* for an officer to adjudicate: never a rejection.
//!
//! **Speed.** Normalised names are ASCII, so Jaro-Winkler runs on bytes with stack
//! buffers (the same results as `strsim`, which the tests check); a pair whose letter
//! counts cannot reach the threshold is skipped without computing it; subjects are
//! screened on every core.

use chrono::{DateTime, NaiveDate, Utc};

/// Default similarity from which a name is a candidate match.
pub const DEFAULT_THRESHOLD: f64 = 0.85;

/// The Arabic definite article, as romanised.
const ARTICLES: &[&str] = &["al", "el"];

/// Words that say what legal form a body has, not who it is.
const LEGAL_FORMS: &[&str] = &[
    "association",
    "associations",
    "asociacion",
    "associacao",
    "foundation",
    "fondation",
    "fundacion",
    "fundacao",
    "stiftung",
    "ltd",
    "limited",
    "inc",
    "incorporated",
    "llc",
    "plc",
    "co",
    "company",
    "corp",
    "corporation",
    "ngo",
    "npo",
    "society",
    "trust",
    "organisation",
    "organization",
    "org",
    "the",
];

/// Whether an entry is a person or a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// `INDIVIDUAL`.
    Individual,
    /// `ENTITY`.
    Entity,
}

impl EntryKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Individual => "individual",
            Self::Entity => "entity",
        }
    }

    /// The kind with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Individual, Self::Entity]
            .into_iter()
            .find(|kind| kind.as_str() == name)
    }
}

/// One entry of the list.
#[derive(Debug, Clone, PartialEq)]
pub struct ListEntry {
    /// `DATAID`, the list's stable id.
    pub data_id: String,
    /// `REFERENCE_NUMBER` (e.g. `QDe.004`).
    pub reference_number: String,
    /// Person or body.
    pub kind: EntryKind,
    /// The listed name (first to fourth name joined).
    pub name: String,
    /// Every name to match against: the listed name, the original-script name and aliases.
    pub names: Vec<String>,
    /// `LISTED_ON`.
    pub listed_on: Option<NaiveDate>,
    /// Countries and cities of its addresses.
    pub addresses: Vec<String>,
}

/// A parsed list.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedList {
    /// The list's `dateGenerated`.
    pub generated_at: Option<DateTime<Utc>>,
    /// The schema location its root declares (`xsi:noNamespaceSchemaLocation`; the
    /// official list's names its publisher's site, scsanctions.un.org).
    pub schema_location: Option<String>,
    /// Its entries.
    pub entries: Vec<ListEntry>,
}

/// What a list's source reads when neither a file name nor a schema location is known:
/// the root element every imported list has.
pub const ROOT_SOURCE: &str = "CONSOLIDATED_LIST";

/// The longest source kept, in characters (a file name, a schema location).
pub const MAX_SOURCE_CHARS: usize = 200;

/// Where an imported list came from, as far as the importer can tell truthfully: the name
/// of the file it was read from when the entry point has one (checked by the caller),
/// otherwise the schema location its XML declares (trimmed; one that is empty, longer than
/// [`MAX_SOURCE_CHARS`] or holds control characters counts as none), otherwise
/// [`ROOT_SOURCE`].
pub fn list_source(file_name: Option<String>, list: &ParsedList) -> String {
    let declared = list.schema_location.as_deref().map(str::trim).filter(|text| {
        !text.is_empty() && text.chars().count() <= MAX_SOURCE_CHARS && !text.chars().any(char::is_control)
    });
    file_name
        .or_else(|| declared.map(str::to_owned))
        .unwrap_or_else(|| ROOT_SOURCE.to_owned())
}

/// Reads the Consolidated List XML; an unreadable document or a list without entries is
/// refused with a message naming the problem.
pub fn parse_consolidated_list(xml: &str) -> Result<ParsedList, String> {
    let document = roxmltree::Document::parse(xml).map_err(|error| format!("the XML is not well formed: {error}"))?;
    let root = document.root_element();
    if root.tag_name().name() != "CONSOLIDATED_LIST" {
        return Err(format!(
            "expected a CONSOLIDATED_LIST document, found <{}>",
            root.tag_name().name()
        ));
    }
    let generated_at = root
        .attribute("dateGenerated")
        .map(|text| {
            DateTime::parse_from_rfc3339(text)
                .map(|instant| instant.with_timezone(&Utc))
                .map_err(|_| format!("dateGenerated `{text}` is not an instant"))
        })
        .transpose()?;
    let mut entries = Vec::new();
    for (group, kind, alias_tag, address_tag) in [
        (
            "INDIVIDUALS",
            EntryKind::Individual,
            "INDIVIDUAL_ALIAS",
            "INDIVIDUAL_ADDRESS",
        ),
        ("ENTITIES", EntryKind::Entity, "ENTITY_ALIAS", "ENTITY_ADDRESS"),
    ] {
        for record in root
            .children()
            .filter(|node| node.has_tag_name(group))
            .flat_map(|node| node.children())
        {
            if !record.is_element() {
                continue;
            }
            entries.push(parse_entry(record, kind, alias_tag, address_tag)?);
        }
    }
    if entries.is_empty() {
        return Err("the list has no INDIVIDUAL or ENTITY entries".to_owned());
    }
    let mut seen = std::collections::HashSet::new();
    if let Some(duplicate) = entries.iter().find(|entry| !seen.insert(entry.data_id.as_str())) {
        return Err(format!("DATAID {} appears twice", duplicate.data_id));
    }
    let schema_location = root
        .attribute((XML_SCHEMA_INSTANCE, "noNamespaceSchemaLocation"))
        .map(str::to_owned);
    Ok(ParsedList {
        generated_at,
        schema_location,
        entries,
    })
}

/// The namespace of `xsi:` attributes.
const XML_SCHEMA_INSTANCE: &str = "http://www.w3.org/2001/XMLSchema-instance";

fn child_text<'a>(node: roxmltree::Node<'a, 'a>, tag: &str) -> Option<&'a str> {
    node.children()
        .find(|child| child.has_tag_name(tag))
        .and_then(|child| child.text())
        .map(str::trim)
        .filter(|text| !text.is_empty())
}

fn parse_entry(
    record: roxmltree::Node,
    kind: EntryKind,
    alias_tag: &str,
    address_tag: &str,
) -> Result<ListEntry, String> {
    let data_id = child_text(record, "DATAID").ok_or("an entry has no DATAID")?.to_owned();
    let name_parts: Vec<&str> = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"]
        .iter()
        .filter_map(|tag| child_text(record, tag))
        .collect();
    if name_parts.is_empty() {
        return Err(format!("entry {data_id} has no name"));
    }
    let name = name_parts.join(" ");
    let mut names = vec![name.clone()];
    if let Some(original) = child_text(record, "NAME_ORIGINAL_SCRIPT") {
        names.push(original.to_owned());
    }
    for alias in record.children().filter(|child| child.has_tag_name(alias_tag)) {
        if let Some(alias_name) = child_text(alias, "ALIAS_NAME") {
            names.push(alias_name.to_owned());
        }
    }
    let listed_on = child_text(record, "LISTED_ON")
        .map(|text| {
            NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("entry {data_id}: LISTED_ON `{text}`"))
        })
        .transpose()?;
    let addresses = record
        .children()
        .filter(|child| child.has_tag_name(address_tag))
        .filter_map(|address| {
            let parts: Vec<&str> = ["STREET", "CITY", "STATE_PROVINCE", "COUNTRY"]
                .iter()
                .filter_map(|tag| child_text(address, tag))
                .collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        })
        .collect();
    Ok(ListEntry {
        data_id,
        reference_number: child_text(record, "REFERENCE_NUMBER").unwrap_or_default().to_owned(),
        kind,
        name,
        names,
        listed_on,
        addresses,
    })
}

/// A name made ready for comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedName {
    /// The name as given.
    pub original: String,
    /// Its words run together.
    pub compact: Form,
    /// Its words sorted, run together, articles left out.
    pub sorted: Form,
    /// Its consonants (for comparisons with Arabic-script names).
    pub skeleton: Form,
    /// `compact` without a leading article ("al rashid" -> "rashid").
    pub core: Form,
    /// Whether it was written in Arabic script.
    pub arabic: bool,
    /// Its words.
    words: Vec<String>,
}

/// One way of writing a name, with how often each letter and digit occurs in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The text (ASCII lower-case letters and digits).
    pub text: String,
    letters: [u8; 36],
}

impl Form {
    fn new(text: String) -> Self {
        Self {
            letters: letter_counts(&text),
            text,
        }
    }
}

/// Normalises a name into its words (see the module documentation).
pub fn normalise(name: &str) -> Vec<String> {
    let mut latin = String::with_capacity(name.len());
    for character in name.chars() {
        match arabic_latin(character) {
            Some(letters) => latin.push_str(letters),
            None => latin.push(character),
        }
    }
    let ascii = deunicode::deunicode(&latin).to_lowercase();
    ascii
        .split(|character: char| !character.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty() && !LEGAL_FORMS.contains(word))
        .map(str::to_owned)
        .collect()
}

/// Prepares a name for repeated comparison.
pub fn prepare(name: &str) -> PreparedName {
    let words = normalise(name);
    let mut sorted_words: Vec<String> = words
        .iter()
        .filter(|word| !ARTICLES.contains(&word.as_str()))
        .cloned()
        .collect();
    sorted_words.sort();
    let compact = words.concat();
    let core = match words.split_first() {
        Some((first, rest)) if ARTICLES.contains(&first.as_str()) && !rest.is_empty() => rest.concat(),
        _ => compact.clone(),
    };
    PreparedName {
        original: name.to_owned(),
        skeleton: Form::new(skeleton(&compact)),
        sorted: Form::new(sorted_words.concat()),
        core: Form::new(core),
        compact: Form::new(compact),
        arabic: name.chars().any(is_arabic),
        words,
    }
}

/// How alike two prepared names are, from 0 to 1.
pub fn similarity(left: &PreparedName, right: &PreparedName) -> f64 {
    similarity_at_least(left, right, 0.0)
}

/// [`similarity`], but pairs that cannot reach `floor` may answer 0 without being computed.
fn similarity_at_least(left: &PreparedName, right: &PreparedName, floor: f64) -> f64 {
    if left.compact.text.is_empty() || right.compact.text.is_empty() {
        return 0.0;
    }
    // Two names that both open with the article are compared after it, so that "al"
    // alone does not earn Winkler's prefix bonus.
    let both_articled = left.core != left.compact && right.core != right.compact;
    let mut best = if both_articled {
        form_score(&left.core, &right.core, floor)
    } else {
        form_score(&left.compact, &right.compact, floor)
    };
    if best < 1.0 && (left.sorted != left.compact || right.sorted != right.compact) {
        best = best.max(form_score(&left.sorted, &right.sorted, floor));
    }
    if best < 1.0 {
        best = best
            .max(contained(left, right, floor))
            .max(contained(right, left, floor));
    }
    if (left.arabic || right.arabic) && !left.skeleton.text.is_empty() && !right.skeleton.text.is_empty() {
        best = best.max(form_score(&left.skeleton, &right.skeleton, floor));
    }
    best
}

/// Jaro-Winkler of two forms, or 0 when their letters show it cannot reach `floor`.
fn form_score(left: &Form, right: &Form, floor: f64) -> f64 {
    if may_reach(left, right, floor) {
        jaro_winkler(left.text.as_bytes(), right.text.as_bytes())
    } else {
        0.0
    }
}

/// The best score of `inner` (a listed name of two words or more) against the runs of as
/// many consecutive words of `outer`: word by word, articles matching exactly and the
/// other words scored by their mean similarity. Runs that cannot reach `floor` may
/// answer less than their exact score.
fn contained(outer: &PreparedName, inner: &PreparedName, floor: f64) -> f64 {
    let size = inner.words.len();
    if size < 2 || outer.words.len() <= size {
        return 0.0;
    }
    let scored = inner
        .words
        .iter()
        .filter(|word| !ARTICLES.contains(&word.as_str()))
        .count();
    if scored == 0 {
        return 0.0;
    }
    let mut best = 0.0_f64;
    'runs: for run in outer.words.windows(size) {
        let mut score_sum = 0.0;
        let mut left = scored as f64;
        for (word, listed) in run.iter().zip(&inner.words) {
            if ARTICLES.contains(&listed.as_str()) {
                if word != listed {
                    continue 'runs;
                }
                continue;
            }
            score_sum += jaro_winkler(word.as_bytes(), listed.as_bytes());
            left -= 1.0;
            // Stop as soon as even perfect scores for the remaining words cannot lift the
            // mean to the floor (or above the best run so far).
            if (score_sum + left) / (scored as f64) < floor.max(best) {
                continue 'runs;
            }
        }
        best = best.max(score_sum / scored as f64);
    }
    best
}

/// Whether two forms can have a Jaro-Winkler similarity of at least `floor`. Jaro is at
/// most (m/|a| + m/|b| + 1) / 3, where m, the matching characters, cannot exceed the
/// letters the two have in common; Winkler adds 0.1 x prefix x (1 - Jaro) for a common
/// prefix of up to four letters, and only above a Jaro of 0.7.
fn may_reach(left: &Form, right: &Form, floor: f64) -> bool {
    if floor <= 0.0 {
        return true;
    }
    let (a, b) = (left.text.as_bytes(), right.text.as_bytes());
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let prefix = a.iter().zip(b).take(4).take_while(|(x, y)| x == y).count() as f64;
    let needed = if floor > 0.7 {
        ((floor - 0.1 * prefix) / (1.0 - 0.1 * prefix)).max(0.7)
    } else {
        (floor - 0.4) / 0.6
    };
    let common: usize = left
        .letters
        .iter()
        .zip(&right.letters)
        .map(|(x, y)| usize::from(*x.min(y)))
        .sum();
    let bound = (common as f64 / a.len() as f64 + common as f64 / b.len() as f64 + 1.0) / 3.0;
    bound >= needed
}

fn letter_counts(text: &str) -> [u8; 36] {
    let mut counts = [0_u8; 36];
    for byte in text.bytes() {
        let slot = match byte {
            b'a'..=b'z' => usize::from(byte - b'a'),
            b'0'..=b'9' => 26 + usize::from(byte - b'0'),
            _ => continue,
        };
        counts[slot] = counts[slot].saturating_add(1);
    }
    counts
}

/// Jaro-Winkler similarity of two byte strings (as `strsim::jaro_winkler` computes it
/// for ASCII), without allocating for names up to 128 bytes.
pub fn jaro_winkler(a: &[u8], b: &[u8]) -> f64 {
    let similarity = jaro(a, b);
    if similarity > 0.7 {
        let prefix = a
            .iter()
            .zip(b)
            .take(4)
            .take_while(|(left, right)| left == right)
            .count();
        similarity + 0.1 * prefix as f64 * (1.0 - similarity)
    } else {
        similarity
    }
}

fn jaro(a: &[u8], b: &[u8]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    if a.len() <= 24 && b.len() <= 24 {
        return jaro_with(a, b, &mut [false; 24][..a.len()], &mut [false; 24][..b.len()]);
    }
    if a.len() > 128 || b.len() > 128 {
        return jaro_with(a, b, &mut vec![false; a.len()], &mut vec![false; b.len()]);
    }
    jaro_with(a, b, &mut [false; 128][..a.len()], &mut [false; 128][..b.len()])
}

fn jaro_with(a: &[u8], b: &[u8], a_flags: &mut [bool], b_flags: &mut [bool]) -> f64 {
    let range = (a.len().max(b.len()) / 2).saturating_sub(1);
    let mut matches = 0_usize;
    for (i, byte) in a.iter().enumerate() {
        let start = i.saturating_sub(range);
        let end = (i + range + 1).min(b.len());
        for j in start..end {
            if !b_flags[j] && b[j] == *byte {
                a_flags[i] = true;
                b_flags[j] = true;
                matches += 1;
                break;
            }
        }
    }
    if matches == 0 {
        return 0.0;
    }
    let mut transpositions = 0_usize;
    let mut next = 0_usize;
    for (i, byte) in a.iter().enumerate() {
        if !a_flags[i] {
            continue;
        }
        while !b_flags[next] {
            next += 1;
        }
        if b[next] != *byte {
            transpositions += 1;
        }
        next += 1;
    }
    let matches = matches as f64;
    (matches / a.len() as f64 + matches / b.len() as f64 + (matches - (transpositions / 2) as f64) / matches) / 3.0
}

/// A list entry prepared for screening.
#[derive(Debug, Clone)]
pub struct PreparedEntry {
    /// Index of the entry in its list.
    pub index: usize,
    /// Its names, prepared.
    pub names: Vec<PreparedName>,
}

/// Prepares every name of every entry once.
pub fn prepare_entries(entries: &[ListEntry]) -> Vec<PreparedEntry> {
    entries
        .iter()
        .enumerate()
        .map(|(index, entry)| PreparedEntry {
            index,
            names: entry.names.iter().map(|name| prepare(name)).collect(),
        })
        .collect()
}

/// A screened name that resembles a listed one.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The name screened (the organisation's or a member's).
    pub subject_name: String,
    /// Index of the list entry.
    pub entry_index: usize,
    /// The entry's name that matched best.
    pub matched_name: String,
    /// Similarity, 0 to 1.
    pub score: f64,
}

/// Screens names against the prepared list: for each (subject, entry) pair scoring at or
/// above the threshold, the best-matching name of the entry. Subjects are spread over the
/// machine's cores.
pub fn screen(subjects: &[String], entries: &[PreparedEntry], threshold: f64) -> Vec<Candidate> {
    let prepared: Vec<PreparedName> = subjects.iter().map(|subject| prepare(subject)).collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, |count| count.get())
        .min(prepared.len().max(1));
    let chunk = prepared.len().div_ceil(threads).max(1);
    let mut candidates: Vec<Candidate> = std::thread::scope(|scope| {
        let workers: Vec<_> = prepared
            .chunks(chunk)
            .map(|part| scope.spawn(move || screen_part(part, entries, threshold)))
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    });
    candidates.sort_by(|left, right| right.score.total_cmp(&left.score));
    candidates
}

fn screen_part(subjects: &[PreparedName], entries: &[PreparedEntry], threshold: f64) -> Vec<Candidate> {
    let mut candidates = Vec::new();
    for subject in subjects {
        for entry in entries {
            let best = entry
                .names
                .iter()
                .map(|name| (similarity_at_least(subject, name, threshold), name))
                .max_by(|left, right| left.0.total_cmp(&right.0));
            if let Some((score, name)) = best
                && score >= threshold
            {
                candidates.push(Candidate {
                    subject_name: subject.original.clone(),
                    entry_index: entry.index,
                    matched_name: name.original.clone(),
                    score,
                });
            }
        }
    }
    candidates
}

fn is_arabic(character: char) -> bool {
    matches!(character, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Consonants of a Latin name, doubled letters once: Arabic script writes few vowels.
fn skeleton(compact: &str) -> String {
    let mut out = String::new();
    for character in compact.chars().filter(|character| !"aeiouwy".contains(*character)) {
        if !out.ends_with(character) {
            out.push(character);
        }
    }
    out
}

/// Latin for an Arabic letter (common romanisation; short vowels are not written, and
/// hamza, ayn, tatweel and vowel marks vanish); `None` for any other character.
fn arabic_latin(character: char) -> Option<&'static str> {
    Some(match character {
        'ا' | 'أ' | 'إ' | 'آ' | 'ى' | 'ة' => "a",
        'ب' => "b",
        'ت' | 'ط' | 'ٹ' => "t",
        'ث' => "th",
        'ج' => "j",
        'ح' | 'ه' | 'ہ' => "h",
        'خ' => "kh",
        'د' | 'ض' | 'ڈ' => "d",
        'ذ' => "dh",
        'ر' | 'ڑ' => "r",
        'ز' | 'ظ' => "z",
        'س' | 'ص' => "s",
        'ش' => "sh",
        'غ' => "gh",
        'ف' => "f",
        'ق' => "q",
        'ك' | 'ک' => "k",
        'گ' => "g",
        'ل' => "l",
        'م' => "m",
        'ن' | 'ں' => "n",
        'و' | 'ؤ' => "w",
        'ي' | 'ی' | 'ئ' => "y",
        'ے' => "e",
        'پ' => "p",
        'چ' => "ch",
        'ژ' => "zh",
        'ء' | 'ع' | 'ـ' | '\u{064B}'..='\u{065F}' | '\u{0670}' => "",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lists_source_is_its_file_else_its_declared_schema_else_its_root() {
        let mut list = ParsedList {
            generated_at: None,
            schema_location: Some("https://scsanctions.un.org/resources/xml/en/consolidated.xsd".to_owned()),
            entries: Vec::new(),
        };
        assert_eq!(
            list_source(Some("consolidated.xml".to_owned()), &list),
            "consolidated.xml"
        );
        assert_eq!(
            list_source(None, &list),
            "https://scsanctions.un.org/resources/xml/en/consolidated.xsd"
        );
        list.schema_location = Some("x".repeat(MAX_SOURCE_CHARS + 1));
        assert_eq!(list_source(None, &list), ROOT_SOURCE);
        list.schema_location = Some("  ".to_owned());
        assert_eq!(list_source(None, &list), ROOT_SOURCE);
    }

    fn score(left: &str, right: &str) -> f64 {
        similarity(&prepare(left), &prepare(right))
    }

    #[test]
    fn names_normalise_across_scripts_and_legal_forms() {
        assert_eq!(normalise("Al-Rashid Trust, Ltd."), vec!["al", "rashid"]);
        assert_eq!(normalise("Fundación Renacer"), vec!["renacer"]);
        assert_eq!(normalise("Иван Коваленко"), vec!["ivan", "kovalenko"]);
        assert_eq!(normalise("القاعدة"), vec!["alqada"]);
    }

    /// (screened name, listed name, whether it must be a candidate at 0.85)
    const CASES: &[(&str, &str, bool)] = &[
        ("AL-QAIDA", "AL-QAIDA", true),
        ("Al Qaida", "AL-QAIDA", true),
        ("al-qaida", "AL-QAIDA", true),
        ("Al-Qa'ida", "AL-QAIDA", true),
        ("Al Qaeda", "AL-QAIDA", true),
        ("القاعدة", "AL-QAIDA", true),
        ("Al Rashid Trust", "AL RASHID TRUST", true),
        ("Al-Rasheed Foundation", "Al-Rasheed Trust", true),
        ("Rashid Trust Al", "AL RASHID TRUST", true),
        ("Wafa Humanitarian Organisation", "WAFA HUMANITARIAN ORGANIZATION", true),
        (
            "Wafa Humanitarian Association Ltd",
            "WAFA HUMANITARIAN ORGANIZATION",
            true,
        ),
        ("Kovalenko Ivan Sergeyevich", "IVAN SERGEYEVICH KOVALENKO", true),
        ("Иван Сергеевич Коваленко", "IVAN SERGEYEVICH KOVALENKO", true),
        ("Олег Петрович Маркин", "OLEG PETROVICH MARKIN", true),
        ("Джамбулат Темиров", "Jambulat Temirov", true),
        ("محمد خليل سعيد", "MUHAMMAD KHALIL SAID", true),
        ("عبد الرحمن يوسف حداد", "ABDUL RAHMAN YUSUF HADDAD", true),
        ("صالح عبد الله العمري", "SALEH ABDULLAH AL-AMRI", true),
        ("Moussa Ag Alassane", "MOUSSA AG ALHASSANE", true),
        ("Jabhat al-Nusra", "Jabhat al-Nusrah", true),
        ("Ansar Dine", "ANSAR EDDINE", true),
        ("Jémaah Islamiyah", "JEMAAH ISLAMIYAH", true),
        ("Lashkar e Taiba", "LASHKAR-E-TAYYIBA", true),
        ("Boko Haram", "Boko Haram", true),
        ("Women for Peace Network Kenya", "AL-QAIDA", false),
        ("Red de Jóvenes por la Paz", "ANSAR AL-ISLAM", false),
        ("Молодёжный центр «Диалог»", "IVAN SERGEYEVICH KOVALENKO", false),
        ("جمعية النساء من أجل السلام", "AL-QAIDA", false),
        ("Al-Amal Women's Association", "AL-QAIDA", false),
        (
            "Al Noor Youth Foundation",
            "AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT",
            false,
        ),
        ("Rashida Community Trust", "RABITA TRUST", false),
        ("Islamic Relief Worldwide", "ISLAMIC STATE", false),
        ("Ansar Youth Sports Club", "ANSAR AL-ISLAM", false),
        ("Peace Builders Mombasa", "ABU SAYYAF GROUP", false),
        ("Ivan Petrov", "IVAN SERGEYEVICH KOVALENKO", false),
        ("Mohammed Ali Charity", "MUHAMMAD KHALIL SAID", false),
        // A name that contains a listed name is a flag for an officer, not a near miss.
        ("Sawt al-Shabab", "AL-SHABAAB", true),
        ("Sawa Youth Network", "AL-SHABAAB", false),
        (
            "Eastern Women's Development Network",
            "EASTERN TURKISTAN ISLAMIC MOVEMENT",
            false,
        ),
        ("Hassan Foundation for Dialogue", "HASSAN IBRAHIM QASIM", false),
        ("Friends of Al-Qaida", "AL-QAIDA", true),
        ("Kenya Al-Shabaab Watch", "AL-SHABAAB", true),
        ("Support Committee for Boko Haram Victims", "Boko Haram", true),
        ("Dar al Salam", "ANSAR AL-ISLAM", false),
        ("Al Rahma Relief", "Al-Rasheed Trust", false),
        ("Base for Youth Empowerment", "The Base", false),
    ];

    #[test]
    fn matching_finds_listed_names_and_not_near_misses() {
        let mut wrong = Vec::new();
        for (screened, listed, expected) in CASES {
            let found = score(screened, listed);
            if (found >= DEFAULT_THRESHOLD) != *expected {
                wrong.push(format!(
                    "{screened} ~ {listed}: {found:.3} (expected {})",
                    if *expected { "match" } else { "no match" }
                ));
            }
        }
        assert!(
            wrong.is_empty(),
            "{} of {} cases wrong:\n{}",
            wrong.len(),
            CASES.len(),
            wrong.join("\n")
        );
    }

    #[test]
    fn byte_jaro_winkler_agrees_with_strsim() {
        let words = [
            "alqaida",
            "alqada",
            "martha",
            "marhta",
            "dwayne",
            "duane",
            "dixon",
            "dicksonx",
            "a",
            "",
            "abcdefghij",
            "kovalenkoivan",
            "ivankovalenko",
            "jabhatalnusrah",
            "jabhetalnusra",
            "x",
        ];
        for left in words {
            for right in words {
                let ours = jaro_winkler(left.as_bytes(), right.as_bytes());
                let theirs = strsim::jaro_winkler(left, right);
                assert!((ours - theirs).abs() < 1e-12, "{left} ~ {right}: {ours} vs {theirs}");
            }
        }
    }

    #[test]
    fn the_letter_bound_never_skips_a_pair_that_reaches_the_floor() {
        let list = parse_consolidated_list(include_str!("../../fixtures/sanctions-sample.xml")).expect("parses");
        let listed_names: Vec<&str> = list
            .entries
            .iter()
            .flat_map(|entry| entry.names.iter().map(String::as_str))
            .collect();
        let pairs = CASES
            .iter()
            .flat_map(|(screened, _, _)| listed_names.iter().map(move |listed| (*screened, *listed)));
        for (screened, listed) in pairs.chain(CASES.iter().map(|(screened, listed, _)| (*screened, *listed))) {
            let (left, right) = (prepare(screened), prepare(listed));
            let exact = similarity(&left, &right);
            let bounded = similarity_at_least(&left, &right, DEFAULT_THRESHOLD);
            assert!(
                exact < DEFAULT_THRESHOLD || (bounded - exact).abs() < 1e-12,
                "{screened} ~ {listed}"
            );
        }
    }

    #[test]
    fn the_sample_list_parses_with_names_aliases_and_date() {
        let xml = include_str!("../../fixtures/sanctions-sample.xml");
        let list = parse_consolidated_list(xml).expect("parses");
        assert_eq!(list.entries.len(), 30);
        assert_eq!(
            list.generated_at.map(|instant| instant.to_rfc3339()),
            Some("2026-11-20T05:00:02.237+00:00".to_owned())
        );
        let al_qaida = list
            .entries
            .iter()
            .find(|entry| entry.reference_number == "QDe.004")
            .expect("QDe.004");
        assert_eq!(al_qaida.kind, EntryKind::Entity);
        assert_eq!(al_qaida.name, "AL-QAIDA");
        assert!(al_qaida.names.contains(&"القاعدة".to_owned()));
        assert!(al_qaida.names.contains(&"The Base".to_owned()));
        assert_eq!(al_qaida.listed_on, NaiveDate::from_ymd_opt(2001, 10, 6));
        let person = list
            .entries
            .iter()
            .find(|entry| entry.data_id == "6908601")
            .expect("individual");
        assert_eq!(person.name, "IVAN SERGEYEVICH KOVALENKO");
        assert_eq!(person.kind, EntryKind::Individual);
        assert_eq!(person.addresses, vec!["Kyrgyzstan"]);
    }

    #[test]
    fn malformed_or_empty_lists_are_refused_with_a_reason() {
        assert!(
            parse_consolidated_list("<CONSOLIDATED_LIST><INDIVIDUALS>")
                .unwrap_err()
                .contains("not well formed")
        );
        assert!(
            parse_consolidated_list("<OTHER/>")
                .unwrap_err()
                .contains("CONSOLIDATED_LIST")
        );
        assert!(
            parse_consolidated_list("<CONSOLIDATED_LIST/>")
                .unwrap_err()
                .contains("no INDIVIDUAL")
        );
    }

    #[test]
    fn a_list_with_a_repeated_dataid_is_refused() {
        let twice = "<CONSOLIDATED_LIST><ENTITIES><ENTITY><DATAID>1</DATAID><FIRST_NAME>A</FIRST_NAME></ENTITY>\
                     <ENTITY><DATAID>1</DATAID><FIRST_NAME>B</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>";
        assert!(
            parse_consolidated_list(twice)
                .unwrap_err()
                .contains("DATAID 1 appears twice")
        );
    }

    #[test]
    fn screening_returns_candidates_best_first() {
        let list = parse_consolidated_list(include_str!("../../fixtures/sanctions-sample.xml")).expect("parses");
        let prepared = prepare_entries(&list.entries);
        let found = screen(
            &["Al Rashid Trust".to_owned(), "Women for Peace".to_owned()],
            &prepared,
            DEFAULT_THRESHOLD,
        );
        assert_eq!(found.len(), 1);
        assert_eq!(list.entries[found[0].entry_index].reference_number, "QDe.005");
        assert_eq!(found[0].subject_name, "Al Rashid Trust");
    }
}
