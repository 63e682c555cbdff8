//! A call's application form as the portal shows it, as pure functions: the form cut into
//! pages (one per section; a form without sections is one page), which questions show
//! (`show_if`, evaluated on the answers so far), answers read from a posted page, the
//! budget lines read from the project page, what each field shows (label, hint with its
//! limits, value, error) and the rows of "check your answers". The services check the
//! answers; nothing here decides whether an answer is acceptable.

use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::views;
use crate::documents::rules::FileFormat;
use crate::error::FieldError;
use crate::forms::rules::{Question, QuestionType};
use crate::i18n::{Language, Message};
use crate::money::{self, Currency};

/// The fields of a posted form, in order (a name may repeat: checkboxes).
pub type Fields = [(String, String)];

/// One page of the form: a section's heading and its questions.
#[derive(Debug, Clone, PartialEq)]
pub struct FormPage<'a> {
    /// The section's heading (none for a form without sections).
    pub heading: Option<&'a str>,
    /// Its questions, in order.
    pub questions: Vec<&'a Question>,
}

/// The form cut into pages: consecutive questions of the same section share a page.
pub fn pages(questions: &[Question]) -> Vec<FormPage<'_>> {
    let mut pages: Vec<FormPage<'_>> = Vec::new();
    for question in questions {
        let heading = question.section.as_deref();
        match pages.last_mut() {
            Some(page) if page.heading == heading => page.questions.push(question),
            _ => pages.push(FormPage {
                heading,
                questions: vec![question],
            }),
        }
    }
    pages
}

/// The page a question is on.
pub fn page_of(questions: &[Question], key: &str) -> Option<usize> {
    pages(questions)
        .iter()
        .position(|page| page.questions.iter().any(|question| question.key == key))
}

/// Whether a question shows with these answers: always without `show_if`, otherwise when
/// the earlier question has the given answer.
pub fn shown(question: &Question, answers: &Map<String, Value>) -> bool {
    question
        .show_if
        .as_ref()
        .is_none_or(|condition| answers.get(&condition.question) == Some(&condition.equals))
}

/// The id of a question's first input, which an error summary links to.
pub fn anchor(question: &Question) -> String {
    match question.kind {
        QuestionType::Date => format!("answer-{}-day", question.key),
        QuestionType::File => format!("file-{}", question.key),
        _ => format!("answer-{}", question.key),
    }
}

fn values<'a>(fields: &'a Fields, name: &str) -> impl Iterator<Item = &'a str> + 'a {
    let name = name.to_owned();
    fields
        .iter()
        .filter(move |(field, _)| *field == name)
        .map(|(_, value)| value.as_str())
}

fn value<'a>(fields: &'a Fields, name: &str) -> &'a str {
    values(fields, name).next().unwrap_or_default()
}

/// Reads the answers of a page's questions from a posted page into `answers`: an empty
/// answer removes it, and so does a question that no longer shows. File answers are not
/// posted as fields: they are the documents uploaded to them. Numbers and amounts are read
/// in the reader's format (`money::typed::read`) and kept in the canonical one.
pub fn read_page(page: &FormPage<'_>, fields: &Fields, answers: &mut Map<String, Value>, language: Language) {
    for question in &page.questions {
        if question.kind == QuestionType::File {
            continue;
        }
        match read_answer(question, fields, language) {
            Some(answer) => answers.insert(question.key.clone(), answer),
            None => answers.remove(&question.key),
        };
    }
    for question in &page.questions {
        if !shown(question, answers) {
            answers.remove(&question.key);
        }
    }
}

fn read_answer(question: &Question, fields: &Fields, language: Language) -> Option<Value> {
    let name = format!("answer-{}", question.key);
    let text = value(fields, &name).trim();
    match question.kind {
        QuestionType::MultipleChoice => {
            let chosen: Vec<Value> = values(fields, &name).map(|value| json!(value)).collect();
            (!chosen.is_empty()).then_some(Value::Array(chosen))
        }
        QuestionType::Date => {
            let part = |part: &str| value(fields, &format!("{name}-{part}")).trim().to_owned();
            let (day, month, year) = (part("day"), part("month"), part("year"));
            if day.is_empty() && month.is_empty() && year.is_empty() {
                return None;
            }
            let pad = |text: &str, width: usize| match text.parse::<u32>() {
                Ok(number) => format!("{number:0width$}"),
                Err(_) => text.to_owned(),
            };
            Some(json!(format!("{}-{}-{}", pad(&year, 4), pad(&month, 2), pad(&day, 2))))
        }
        _ if text.is_empty() => None,
        QuestionType::YesNo => Some(match text {
            "yes" => json!(true),
            "no" => json!(false),
            other => json!(other),
        }),
        QuestionType::Amount => Some(match money::typed::read(text, language) {
            Ok(amount) => json!(amount.to_string()),
            Err(_) => json!(text),
        }),
        QuestionType::Number => {
            let canonical = money::typed::read(text, language)
                .map(|number| number.to_string())
                .unwrap_or_else(|_| text.to_owned());
            Some(
                canonical
                    .parse::<i64>()
                    .map(Value::from)
                    .ok()
                    .or_else(|| {
                        canonical
                            .parse::<f64>()
                            .ok()
                            .and_then(|number| serde_json::Number::from_f64(number).map(Value::Number))
                    })
                    .unwrap_or_else(|| json!(text)),
            )
        }
        QuestionType::LongText => Some(json!(value(fields, &name).trim_end())),
        _ => Some(json!(text)),
    }
}

/// A budget line as typed on the project page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LineInput {
    /// What the money is for.
    pub description: String,
    /// How much, as typed.
    pub amount: String,
}

/// The budget lines of a posted project page, in order, without lines left empty.
pub fn read_lines(fields: &Fields) -> Vec<LineInput> {
    (0..MAX_LINES)
        .map(|index| LineInput {
            description: value(fields, &format!("line-{index}-description")).trim().to_owned(),
            amount: value(fields, &format!("line-{index}-amount")).trim().to_owned(),
        })
        .filter(|line| !line.description.is_empty() || !line.amount.is_empty())
        .collect()
}

/// The most budget lines a page reads (the service accepts 200).
pub const MAX_LINES: usize = 200;

/// The amounts of typed budget lines (in the reader's format, `money::typed::read`) and
/// their total, or the lines whose amount is not a number (`line-<i>-amount`).
pub fn line_amounts(lines: &[LineInput], language: Language) -> Result<(Vec<Decimal>, Decimal), Vec<usize>> {
    let parsed: Vec<Option<Decimal>> = lines
        .iter()
        .map(|line| money::typed::read(&line.amount, language).ok())
        .collect();
    let unreadable: Vec<usize> = parsed
        .iter()
        .enumerate()
        .filter(|(_, amount)| amount.is_none())
        .map(|(index, _)| index)
        .collect();
    if !unreadable.is_empty() {
        return Err(unreadable);
    }
    let amounts: Vec<Decimal> = parsed.into_iter().flatten().collect();
    let total = amounts
        .iter()
        .try_fold(Decimal::ZERO, |sum, amount| sum.checked_add(*amount));
    match total {
        Some(total) => Ok((amounts, total)),
        None => Err((0..lines.len()).collect()),
    }
}

/// An uploaded file as a file question shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileView {
    /// The document's id (what "Remove" sends).
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// "1.2 MB".
    pub size: String,
}

/// One option of a choice question as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OptionView {
    /// The value sent.
    pub value: String,
    /// What the applicant reads.
    pub label: String,
    /// Whether it is chosen.
    pub checked: bool,
}

/// A question as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionView {
    /// The question's key.
    pub key: String,
    /// The id of its first input.
    pub anchor: String,
    /// `text`, `textarea`, `date`, `radios`, `checkboxes` or `file`.
    pub widget: &'static str,
    /// The `type` of a text input.
    pub input_type: &'static str,
    /// The label, "(optional)" added when it is not required.
    pub label: String,
    /// The officer's help.
    pub help: Option<String>,
    /// The limits in words ("Up to 300 words").
    pub limits: Option<String>,
    /// The answer as typed (text, number, amount).
    pub value: String,
    /// Day, month and year of a date answer.
    pub date: [String; 3],
    /// The options of a choice or yes/no question.
    pub options: Vec<OptionView>,
    /// The files of a file question.
    pub files: Vec<FileView>,
    /// Whether another file may be added.
    pub room_for_file: bool,
    /// What is wrong with the answer.
    pub error: Option<String>,
}

/// What a page shows of a question: its answer, its limits in words and its error.
pub fn question_view(
    question: &Question,
    answers: &Map<String, Value>,
    (files, terms): (Vec<FileView>, FormTerms),
    error: Option<String>,
    language: Language,
) -> QuestionView {
    let answer = answers.get(&question.key);
    let text = answer
        .map(|answer| match answer {
            Value::String(text) => text.clone(),
            Value::Null | Value::Array(_) | Value::Object(_) => String::new(),
            other => other.to_string(),
        })
        .unwrap_or_default();
    let label = match question.required {
        true => question.label.clone(),
        false => Message::new("portal-apply-optional")
            .with("label", question.label.clone())
            .render_on_page(language),
    };
    let (widget, input_type) = widget(question.kind);
    QuestionView {
        key: question.key.clone(),
        anchor: anchor(question),
        widget,
        input_type,
        label,
        help: question.help.clone(),
        limits: limits(question, terms, language),
        date: date_parts(&text),
        options: options(question, answer, language),
        room_for_file: files.len() < question.max_files.unwrap_or(1) as usize,
        files,
        value: text,
        error,
    }
}

fn widget(kind: QuestionType) -> (&'static str, &'static str) {
    match kind {
        QuestionType::ShortText => ("text", "text"),
        QuestionType::LongText => ("textarea", "text"),
        QuestionType::Number | QuestionType::Amount => ("text", "text"),
        QuestionType::Date => ("date", "text"),
        QuestionType::SingleChoice | QuestionType::YesNo => ("radios", "radio"),
        QuestionType::MultipleChoice => ("checkboxes", "checkbox"),
        QuestionType::Email => ("text", "email"),
        QuestionType::Url => ("text", "url"),
        QuestionType::File => ("file", "file"),
    }
}

fn date_parts(text: &str) -> [String; 3] {
    let mut parts = text.splitn(3, '-').map(str::to_owned);
    let (year, month, day) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    [day, month, year]
}

fn options(question: &Question, answer: Option<&Value>, language: Language) -> Vec<OptionView> {
    let chosen = |value: &Value| match answer {
        Some(Value::Array(items)) => items.contains(value),
        Some(answer) => answer == value,
        None => false,
    };
    match question.kind {
        QuestionType::YesNo => [(true, "yes"), (false, "no")]
            .into_iter()
            .map(|(flag, value)| OptionView {
                value: value.to_owned(),
                label: Message::new(format!("portal-apply-{value}")).render(language),
                checked: chosen(&json!(flag)),
            })
            .collect(),
        _ => question
            .options
            .iter()
            .flatten()
            .map(|option| OptionView {
                value: option.value.clone(),
                label: option.label.clone(),
                checked: chosen(&json!(option.value)),
            })
            .collect(),
    }
}

/// A question as a call's page lists it, for applicants preparing offline.
#[derive(Debug, Clone, Serialize)]
pub struct PreparedQuestion {
    /// The question.
    pub label: String,
    /// Its help text.
    pub help: Option<String>,
    /// Whether an answer is needed to submit.
    pub required: bool,
    /// Its limits in words (for a file question: the formats and how many files).
    pub limits: Option<String>,
    /// The labels of its choices.
    pub choices: Vec<String>,
}

/// A section of a call's form as the call's page lists it.
#[derive(Debug, Clone, Serialize)]
pub struct PreparedSection {
    /// The section's heading (none for a form without sections).
    pub heading: Option<String>,
    /// Its questions, in order.
    pub questions: Vec<PreparedQuestion>,
}

/// The form section by section, each question with what it asks for.
pub fn prepare(questions: &[Question], terms: FormTerms, language: Language) -> Vec<PreparedSection> {
    let prepared = |question: &Question| PreparedQuestion {
        label: question.label.clone(),
        help: question.help.clone(),
        required: question.required,
        limits: limits(question, terms, language),
        choices: match question.kind {
            QuestionType::SingleChoice | QuestionType::MultipleChoice => options(question, None, language)
                .into_iter()
                .map(|option| option.label)
                .collect(),
            _ => Vec::new(),
        },
    };
    pages(questions)
        .into_iter()
        .map(|page| PreparedSection {
            heading: page.heading.map(str::to_owned),
            questions: page.questions.into_iter().map(prepared).collect(),
        })
        .collect()
}

/// A question's limits in words, for its hint ("Up to 300 words.").
pub fn limits(question: &Question, terms: FormTerms, language: Language) -> Option<String> {
    let message = match question.kind {
        QuestionType::ShortText => question
            .max_chars
            .map(|max| Message::new("portal-apply-limit-chars").with("max", i64::from(max))),
        QuestionType::LongText => question
            .max_words
            .map(|max| Message::new("portal-apply-limit-words").with("max", i64::from(max))),
        QuestionType::Number => number_limits(question),
        QuestionType::Amount => Some(Message::new("portal-apply-limit-amount").with("currency", terms.currency.code())),
        QuestionType::Date => Some(date_limits(question, language)),
        QuestionType::MultipleChoice => Some(match question.max_selected {
            Some(max) => Message::new("portal-apply-limit-select-up-to").with("max", i64::from(max)),
            None => Message::new("portal-apply-limit-select-all"),
        }),
        QuestionType::File => Some(file_limits(question, terms)),
        QuestionType::SingleChoice | QuestionType::YesNo | QuestionType::Email | QuestionType::Url => None,
    };
    message.map(|message| message.render(language))
}

fn number_limits(question: &Question) -> Option<Message> {
    let whole = question.integer == Some(true);
    let id = match (question.min, question.max) {
        (Some(_), Some(_)) => "portal-apply-limit-between",
        (Some(_), None) => "portal-apply-limit-at-least",
        (None, Some(_)) => "portal-apply-limit-at-most",
        (None, None) if whole => "portal-apply-limit-whole",
        (None, None) => return None,
    };
    let number = |limit: Option<f64>| limit.map(|limit| limit.to_string()).unwrap_or_default();
    Some(
        Message::new(id)
            .with("min", number(question.min))
            .with("max", number(question.max)),
    )
}

fn date_limits(question: &Question, language: Language) -> Message {
    let id = match (question.not_before, question.not_after) {
        (Some(_), Some(_)) => "portal-apply-limit-date-between",
        (Some(_), None) => "portal-apply-limit-date-from",
        (None, Some(_)) => "portal-apply-limit-date-until",
        (None, None) => "portal-apply-limit-date",
    };
    date_bounds(id, question, language)
}

/// The limits of `question` as the form builder lists them for an officer: as [`limits`],
/// but a date question states its bounds only (the example of how to type a date is for
/// applicants), and nothing when it has none.
pub fn builder_limits(question: &Question, terms: FormTerms, language: Language) -> Option<String> {
    if !matches!(question.kind, QuestionType::Date) {
        return limits(question, terms, language);
    }
    let id = match (question.not_before, question.not_after) {
        (Some(_), Some(_)) => "staff-calls-limit-date-between",
        (Some(_), None) => "staff-calls-limit-date-from",
        (None, Some(_)) => "staff-calls-limit-date-until",
        (None, None) => return None,
    };
    Some(date_bounds(id, question, language).render(language))
}

/// The message `id` with the question's first and last allowed days written out.
fn date_bounds(id: &'static str, question: &Question, language: Language) -> Message {
    let day = |date: Option<chrono::NaiveDate>| date.map(|date| views::date(date, language)).unwrap_or_default();
    Message::new(id)
        .with("from", day(question.not_before))
        .with("until", day(question.not_after))
}

fn file_limits(question: &Question, terms: FormTerms) -> Message {
    let formats: Vec<&str> = question
        .accept
        .as_deref()
        .unwrap_or(&FileFormat::ALL)
        .iter()
        .map(|format| format.as_str())
        .collect();
    Message::new("portal-apply-limit-files")
        .with("formats", formats.join(", ").to_uppercase())
        .with("count", i64::from(question.max_files.unwrap_or(1)))
        .with("megabytes", i64::from(terms.largest_file_mb(question)))
}

/// What bounds a form's answers besides its questions: the call's currency (amount answers)
/// and the office's largest upload (`GRANTDESK_MAX_FILE_BYTES`), which no question raises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormTerms {
    /// The call's currency.
    pub currency: Currency,
    /// The office's largest upload, in whole MB (MiB, as the question's `max_file_mb`).
    office_file_mb: u32,
}

impl FormTerms {
    /// The terms of a call in `currency` at an office whose largest upload is
    /// `max_file_bytes` (at least 1 MB is named, for a limit below one).
    pub fn new(currency: Currency, max_file_bytes: u64) -> Self {
        let megabytes = (max_file_bytes / (1024 * 1024)).max(1);
        Self {
            currency,
            office_file_mb: u32::try_from(megabytes).unwrap_or(u32::MAX),
        }
    }

    /// The largest file a question accepts, as its hint names it: its own `max_file_mb`,
    /// never above the office's limit, or the office's limit when it sets none.
    pub fn largest_file_mb(&self, question: &Question) -> u32 {
        question
            .max_file_mb
            .map_or(self.office_file_mb, |own| own.min(self.office_file_mb))
    }
}

/// An answer as "check your answers" shows it.
pub fn answer_text(
    question: &Question,
    answers: &Map<String, Value>,
    files: &[FileView],
    language: Language,
) -> String {
    let Some(answer) = answers.get(&question.key) else {
        return Message::new("portal-apply-not-answered").render(language);
    };
    let label_of = |value: &Value| {
        question
            .options
            .iter()
            .flatten()
            .find(|option| Some(option.value.as_str()) == value.as_str())
            .map_or_else(
                || value.as_str().unwrap_or_default().to_owned(),
                |option| option.label.clone(),
            )
    };
    match (question.kind, answer) {
        (QuestionType::YesNo, Value::Bool(flag)) => {
            Message::new(if *flag { "portal-apply-yes" } else { "portal-apply-no" }).render(language)
        }
        (QuestionType::File, _) => files
            .iter()
            .map(|file| file.name.clone())
            .collect::<Vec<_>>()
            .join(", "),
        (QuestionType::MultipleChoice, Value::Array(items)) => items
            .iter()
            .map(label_of)
            .collect::<Vec<_>>()
            .join(&Message::new("portal-list-separator").render(language)),
        (QuestionType::SingleChoice, value) => label_of(value),
        (QuestionType::Date, Value::String(text)) => text
            .parse::<chrono::NaiveDate>()
            .map_or_else(|_| text.clone(), |date| views::date(date, language)),
        (_, Value::String(text)) => text.clone(),
        (_, other) => other.to_string(),
    }
}

/// A problem as an error summary shows it: the message and where it links to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The id of the field it is about, on its page.
    pub field: String,
    /// Where the summary's link goes (`#title`, or another page).
    pub href: String,
    /// What is wrong, in the reader's language.
    pub message: String,
}

/// Where a service's field path (`title`, `budget_lines[1].amount`, `answers.partners[0]`)
/// is on the application's pages: the page (`project`, or a form page's number) and the
/// id of the field on it.
pub fn locate(path: &str, questions: &[Question]) -> (Option<usize>, String) {
    if let Some(rest) = path.strip_prefix("answers.") {
        let key = rest.split(['.', '[']).next().unwrap_or_default();
        let question = questions.iter().find(|question| question.key == key);
        return match question {
            Some(question) => (page_of(questions, key), anchor(question)),
            None => (None, "title".to_owned()),
        };
    }
    let field = match path {
        "budget_lines" | "requested_amount" => "budget".to_owned(),
        "organisation_id" => "organisation".to_owned(),
        other => match other.strip_prefix("budget_lines[") {
            Some(rest) => {
                let (index, field) = rest.split_once("].").unwrap_or(("0", "amount"));
                format!("line-{index}-{field}")
            }
            None => other.to_owned(),
        },
    };
    (None, field)
}

/// A service's field error as the portal says it: the field's label, then the problem
/// (a sentence of the portal's own catalogue is shown as it is).
pub fn problem_message(error: &FieldError, label: &str, language: Language) -> String {
    if let crate::i18n::Text::Message(message) = &error.message
        && message.id().starts_with("portal-")
    {
        return message.render(language);
    }
    Message::new("portal-apply-problem")
        .with("field", label.to_owned())
        .with("problem", error.message.render(language))
        .render_on_page(language)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(value: Value) -> Question {
        serde_json::from_value(value).expect("question")
    }

    fn form() -> Vec<Question> {
        vec![
            question(
                json!({"key": "problem", "label": "Problem", "required": true, "type": "long_text", "section": "The problem"}),
            ),
            question(
                json!({"key": "minors", "label": "Minors?", "required": true, "type": "yes_no", "section": "Safeguarding"}),
            ),
            question(
                json!({"key": "plan", "label": "Plan", "required": true, "type": "long_text", "section": "Safeguarding", "show_if": {"question": "minors", "equals": true}}),
            ),
            question(
                json!({"key": "start", "label": "Start", "required": false, "type": "date", "section": "Safeguarding"}),
            ),
        ]
    }

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect()
    }

    #[test]
    fn a_form_is_cut_into_one_page_per_section() {
        let form = form();
        let pages = pages(&form);
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[1].heading, Some("Safeguarding"));
        assert_eq!(pages[1].questions.len(), 3);
        assert_eq!(page_of(&form, "plan"), Some(1));
    }

    #[test]
    fn a_conditional_answer_is_kept_only_while_its_question_shows() {
        let form = form();
        let page = &pages(&form)[1];
        let mut answers = Map::new();
        read_page(
            page,
            &fields(&[("answer-minors", "yes"), ("answer-plan", "A plan")]),
            &mut answers,
            Language::En,
        );
        assert_eq!(answers.get("plan"), Some(&json!("A plan")));
        read_page(
            page,
            &fields(&[("answer-minors", "no"), ("answer-plan", "A plan")]),
            &mut answers,
            Language::En,
        );
        assert_eq!(answers.get("minors"), Some(&json!(false)));
        assert_eq!(answers.get("plan"), None, "a hidden question keeps no answer");
    }

    #[test]
    fn a_date_is_read_from_its_three_fields_and_shown_back_in_them() {
        let form = form();
        let page = &pages(&form)[1];
        let mut answers = Map::new();
        let posted = fields(&[
            ("answer-start-day", "5"),
            ("answer-start-month", "3"),
            ("answer-start-year", "2027"),
        ]);
        read_page(page, &posted, &mut answers, Language::Fr);
        assert_eq!(answers.get("start"), Some(&json!("2027-03-05")));
        assert_eq!(
            date_parts("2027-03-05"),
            ["05".to_owned(), "03".to_owned(), "2027".to_owned()]
        );
    }

    #[test]
    fn budget_lines_skip_empty_rows_and_total_exactly() {
        let posted = fields(&[
            ("line-0-description", "Training"),
            ("line-0-amount", "1000.10"),
            ("line-1-description", ""),
            ("line-1-amount", ""),
            ("line-2-description", "Travel"),
            ("line-2-amount", "0.20"),
        ]);
        let lines = read_lines(&posted);
        assert_eq!(lines.len(), 2);
        let (_, total) = line_amounts(&lines, Language::En).expect("amounts");
        assert_eq!(total, Decimal::new(100_030, 2));
        let bad = vec![LineInput {
            description: "x".to_owned(),
            amount: "ten".to_owned(),
        }];
        assert_eq!(line_amounts(&bad, Language::En), Err(vec![0]));
    }

    #[test]
    fn a_service_path_is_located_on_its_page_and_field() {
        let form = form();
        assert_eq!(locate("answers.plan", &form), (Some(1), "answer-plan".to_owned()));
        assert_eq!(locate("answers.start", &form), (Some(1), "answer-start-day".to_owned()));
        assert_eq!(
            locate("budget_lines[2].description", &form),
            (None, "line-2-description".to_owned())
        );
        assert_eq!(locate("title", &form), (None, "title".to_owned()));
    }
}
