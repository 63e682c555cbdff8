//! The rules of a call's application form, as pure functions: the checks of a form as an
//! officer writes it, what may change once the call is open, the form as a JSON Schema
//! (2020-12) document, and the check of an application's answers against that schema.
//!
//! Answers are checked by the `jsonschema` crate against the schema this module writes,
//! never by hand-written checks of what JSON Schema can say. Four custom keywords cover
//! what it cannot: `maxWords` (a word limit), `formatMinimum` / `formatMaximum` (the
//! earliest and latest date, named as in the JSON Schema format-range proposal) and
//! `documents` (a `file` answer's ids must be documents attached to the application, of an
//! accepted format).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::NaiveDate;
use jsonschema::error::ValidationErrorKind;
use jsonschema::paths::LocationSegment;
use jsonschema::{Keyword, ValidationError};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::documents::rules::{AttachedFile, FileFormat, size_in_words};
use crate::error::{FieldError, Validator};
use crate::i18n::{Message, Text};
use crate::money::Currency;

/// The most questions a form may have.
pub const MAX_QUESTIONS: usize = 200;

/// The kind of a question, which decides what its answer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    /// One line of text; `max_chars` limits it.
    ShortText,
    /// Free text; `max_words` limits it.
    LongText,
    /// A number; `min`, `max` and `integer` limit it.
    Number,
    /// An amount of money in the call's currency, as a decimal string (`"1500.00"`).
    Amount,
    /// A calendar date (`YYYY-MM-DD`); `not_before` and `not_after` limit it.
    Date,
    /// One of `options`.
    SingleChoice,
    /// Several of `options`; `min_selected` and `max_selected` limit how many.
    MultipleChoice,
    /// Yes or no (`true` or `false`).
    YesNo,
    /// An email address.
    Email,
    /// A web address (`https://...`).
    Url,
    /// Files: a list of ids of documents uploaded to the application; `accept` names the
    /// formats allowed, `max_files` how many and `max_file_mb` how large each may be.
    File,
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    /// The value an answer holds.
    #[schema(min_length = 1)]
    pub value: String,
    /// What the applicant reads.
    #[schema(min_length = 1)]
    pub label: String,
}

/// Shows a question only when another, earlier question has a given answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ShowIf {
    /// The key of the earlier question.
    #[schema(min_length = 1)]
    pub question: String,
    /// The answer that shows this question.
    pub equals: Value,
}

/// One question of a form. Only the limits of its `type` may be given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// The answer's key in `answers` (lowercase letters, digits and `_`, starting with a letter).
    #[schema(min_length = 1, max_length = 64, pattern = "^[a-z][a-z0-9_]*$")]
    pub key: String,
    /// The question as the applicant reads it.
    #[schema(min_length = 1)]
    pub label: String,
    /// A hint under the question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// Whether submission needs an answer (when the question is shown).
    pub required: bool,
    /// The kind of question.
    #[serde(rename = "type")]
    pub kind: QuestionType,
    /// The heading of the section the question is under.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Shown only when another question has a given answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<ShowIf>,
    /// `short_text`: the most characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_chars: Option<u32>,
    /// `long_text`: the most words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_words: Option<u32>,
    /// `number`: the smallest answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// `number`: the largest answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// `number`: whether the answer is a whole number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integer: Option<bool>,
    /// `date`: the earliest answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_before: Option<NaiveDate>,
    /// `date`: the latest answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_after: Option<NaiveDate>,
    /// `single_choice`, `multiple_choice`: the options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<ChoiceOption>>,
    /// `multiple_choice`: the fewest options chosen at submission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_selected: Option<u32>,
    /// `multiple_choice`: the most options chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_selected: Option<u32>,
    /// `file`: the formats accepted (default: every accepted format).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accept: Option<Vec<FileFormat>>,
    /// `file`: the most files (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_files: Option<u32>,
    /// `file`: the largest file, in megabytes of 1,048,576 bytes (1 to 1024; default: the
    /// office's limit for any upload, which a question cannot raise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(minimum = 1, maximum = 1024)]
    pub max_file_mb: Option<u32>,
}

/// The bytes in one megabyte of [`Question::max_file_mb`].
pub const BYTES_PER_MB: u64 = 1024 * 1024;

/// The largest `max_file_mb`.
pub const MAX_FILE_MB: u32 = 1024;

/// How much of a form an answer set must satisfy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completeness {
    /// A draft: types and limits, not `required`.
    Draft,
    /// A submission: everything.
    Submission,
}

/// Checks a form as an officer wrote it, recording each problem under
/// `questions[i].<field>`.
pub fn check_form(questions: &[Question], currency: Currency, check: &mut Validator) {
    check.check(
        questions.len() > MAX_QUESTIONS,
        "questions",
        format!("a form has at most {MAX_QUESTIONS} questions"),
    );
    let mut seen: HashMap<&str, &Question> = HashMap::new();
    for (index, question) in questions.iter().enumerate() {
        let at = |field: &str| format!("questions[{index}].{field}");
        check.take(at("key"), check_key(&question.key));
        check.check(
            seen.contains_key(question.key.as_str()),
            at("key"),
            "another question already has this key",
        );
        check.required_text(&at("label"), &question.label, 500);
        check.check(
            question.help.as_ref().is_some_and(|help| help.chars().count() > 2_000),
            at("help"),
            "must be at most 2000 characters",
        );
        if let Some(section) = &question.section {
            check.required_text(&at("section"), section, 200);
        }
        for (field, owner) in misplaced_limits(question) {
            check.push(
                at(field),
                Message::new("form-limit-other-kind").with("kind", type_name(owner)),
            );
        }
        check_limits(question, &at, check);
        if let Some(condition) = &question.show_if {
            match seen.get(condition.question.as_str()) {
                None => check.push(at("show_if.question"), "must name an earlier question of this form"),
                Some(earlier) if earlier.kind == QuestionType::File => {
                    check.push(at("show_if.question"), "cannot depend on a file question")
                }
                Some(earlier) => check.check(
                    !draft_validator(&property(earlier, currency, Completeness::Draft))
                        .is_some_and(|validator| validator.is_valid(&condition.equals)),
                    at("show_if.equals"),
                    "is not a possible answer to that question",
                ),
            }
        }
        seen.insert(question.key.as_str(), question);
    }
}

/// The questions added by a change to the form of an open call: every existing question
/// must stay as it is, in its place, and every added one must be optional.
pub fn check_extension<'a>(current: &[Question], proposed: &'a [Question]) -> Result<Vec<&'a Question>, String> {
    if proposed.len() < current.len() || proposed[..current.len()] != *current {
        return Err(
            "the call is open, so its questions can no longer change: applicants are answering them; send the current questions unchanged, with optional questions added after them"
                .to_owned(),
        );
    }
    let added = &proposed[current.len()..];
    if let Some(required) = added.iter().find(|question| question.required) {
        return Err(format!(
            "the call is open, so a question added now must be optional; `{}` is required",
            required.key
        ));
    }
    Ok(added.iter().collect())
}

/// The form as a JSON Schema (2020-12) of the `answers` object, for a draft or for a
/// submission. Each property carries the question's label, help, section and limits, so a
/// published schema tells an applicant everything needed to prepare offline. A call
/// without questions takes any object, as before forms existed.
pub fn answers_schema(questions: &[Question], currency: Currency, completeness: Completeness) -> Value {
    let mut schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
    });
    if questions.is_empty() {
        return schema;
    }
    let properties: Map<String, Value> = questions
        .iter()
        .map(|question| (question.key.clone(), property(question, currency, completeness)))
        .collect();
    schema["properties"] = Value::Object(properties);
    schema["additionalProperties"] = json!(false);
    if completeness == Completeness::Submission {
        let always: Vec<&str> = questions
            .iter()
            .filter(|question| question.required && question.show_if.is_none())
            .map(|question| question.key.as_str())
            .collect();
        schema["required"] = json!(always);
        let conditional: Vec<Value> = questions
            .iter()
            .filter(|question| question.required)
            .filter_map(|question| {
                question.show_if.as_ref().map(|condition| {
                    json!({
                        "if": {
                            "properties": { condition.question.clone(): { "const": condition.equals } },
                            "required": [condition.question],
                        },
                        "then": { "required": [question.key] },
                    })
                })
            })
            .collect();
        if !conditional.is_empty() {
            schema["allOf"] = Value::Array(conditional);
        }
    }
    schema
}

/// Checks answers against a form's schema; `documents` are the application's documents
/// (id and format) that `file` answers may name. Answers every failing answer by path
/// (`answers.partners[1]`), in plain words, in the order of the paths; empty when all is
/// well.
pub fn check_answers(schema: &Value, answers: &Value, documents: &HashMap<Uuid, AttachedFile>) -> Vec<FieldError> {
    let documents = Arc::new(documents.clone());
    let validator = match options()
        .with_keyword("documents", move |_, value, _| {
            Ok(Box::new(DocumentsKeyword {
                accept: accepted_formats(value),
                max_bytes: value.get("max_bytes").and_then(Value::as_u64),
                attached: documents.clone(),
            }))
        })
        .build(schema)
    {
        Ok(validator) => validator,
        Err(error) => {
            return vec![FieldError::new(
                "answers",
                format!("the call's form is unusable: {error}"),
            )];
        }
    };
    let mut errors: Vec<FieldError> = validator.iter_errors(answers).flat_map(field_errors).collect();
    errors.sort_by(|left, right| left.field.cmp(&right.field));
    errors.dedup();
    errors
}

/// The limits a question gives that belong to another type of question, each with the
/// type it belongs to (a form with one is refused).
pub fn misplaced_limits(question: &Question) -> Vec<(&'static str, QuestionType)> {
    limits_given(question)
        .into_iter()
        .filter(|(_, present, owner)| *present && *owner != question.kind)
        .map(|(field, _, owner)| (field, owner))
        .collect()
}

/// Whether a file may answer a question: of a format it accepts, no larger than its
/// `max_file_mb`.
pub fn check_file(question: &Question, file: AttachedFile) -> Result<(), Message> {
    let accept = question.accept.clone().unwrap_or_else(|| FileFormat::ALL.to_vec());
    file_problem(&accept, question.max_file_mb.map(megabytes), file).map_or(Ok(()), Err)
}

/// Each limit field of a question: whether it is given, and the type it belongs to.
fn limits_given(question: &Question) -> [(&'static str, bool, QuestionType); 13] {
    use QuestionType::*;
    let choice_owner = if question.kind == SingleChoice {
        SingleChoice
    } else {
        MultipleChoice
    };
    [
        ("max_chars", question.max_chars.is_some(), ShortText),
        ("max_words", question.max_words.is_some(), LongText),
        ("min", question.min.is_some(), Number),
        ("max", question.max.is_some(), Number),
        ("integer", question.integer.is_some(), Number),
        ("not_before", question.not_before.is_some(), Date),
        ("not_after", question.not_after.is_some(), Date),
        ("options", question.options.is_some(), choice_owner),
        ("min_selected", question.min_selected.is_some(), MultipleChoice),
        ("max_selected", question.max_selected.is_some(), MultipleChoice),
        ("accept", question.accept.is_some(), File),
        ("max_files", question.max_files.is_some(), File),
        ("max_file_mb", question.max_file_mb.is_some(), File),
    ]
}

fn check_limits(question: &Question, at: &impl Fn(&str) -> String, check: &mut Validator) {
    let range = |least: u32, most: u32| {
        Message::new("form-limit-range")
            .with("least", i64::from(least))
            .with("most", i64::from(most))
    };
    let outside =
        |limit: Option<u32>, least: u32, most: u32| limit.is_some_and(|limit| !(least..=most).contains(&limit));
    check.check(
        outside(question.max_chars, 1, 100_000),
        at("max_chars"),
        range(1, 100_000),
    );
    check.check(
        outside(question.max_words, 1, 50_000),
        at("max_words"),
        range(1, 50_000),
    );
    check.check(outside(question.max_files, 1, 20), at("max_files"), range(1, 20));
    check.check(
        outside(question.max_file_mb, 1, MAX_FILE_MB),
        at("max_file_mb"),
        range(1, MAX_FILE_MB),
    );
    if let (Some(min), Some(max)) = (question.min, question.max) {
        check.check(min > max, at("max"), Message::new("form-limit-max-below-min"));
    }
    if let (Some(from), Some(to)) = (question.not_before, question.not_after) {
        check.check(from > to, at("not_after"), Message::new("form-limit-dates-reversed"));
    }
    if matches!(question.kind, QuestionType::SingleChoice | QuestionType::MultipleChoice) {
        check_options(question.options.as_deref().unwrap_or_default(), at, check);
    }
    let options = question.options.as_ref().map_or(0, Vec::len) as u32;
    check.check(
        question.max_selected.is_some_and(|most| most == 0 || most > options),
        at("max_selected"),
        Message::new("form-limit-max-selected"),
    );
    check.check(
        question
            .min_selected
            .is_some_and(|least| least > question.max_selected.unwrap_or(options)),
        at("min_selected"),
        Message::new("form-limit-min-selected"),
    );
    check.check(
        question.accept.as_ref().is_some_and(Vec::is_empty),
        at("accept"),
        Message::new("form-limit-no-format"),
    );
}

fn check_options(options: &[ChoiceOption], at: &impl Fn(&str) -> String, check: &mut Validator) {
    check.check(
        options.is_empty() || options.len() > 100,
        at("options"),
        "a choice question needs 1 to 100 options",
    );
    let mut values = HashSet::new();
    for (index, option) in options.iter().enumerate() {
        check.required_text(&at(&format!("options[{index}].value")), &option.value, 200);
        check.required_text(&at(&format!("options[{index}].label")), &option.label, 500);
        check.check(
            !values.insert(option.value.as_str()),
            at(&format!("options[{index}].value")),
            "another option already has this value",
        );
    }
}

fn check_key(key: &str) -> Result<(), String> {
    let well_formed = (1..=64).contains(&key.len())
        && key.starts_with(|first: char| first.is_ascii_lowercase())
        && key
            .chars()
            .all(|character| character.is_ascii_lowercase() || character.is_ascii_digit() || character == '_');
    if well_formed {
        Ok(())
    } else {
        Err("must be 1 to 64 lowercase letters, digits and underscores, starting with a letter".to_owned())
    }
}

fn type_name(kind: QuestionType) -> &'static str {
    match kind {
        QuestionType::ShortText => "short_text",
        QuestionType::LongText => "long_text",
        QuestionType::Number => "number",
        QuestionType::Amount => "amount",
        QuestionType::Date => "date",
        QuestionType::SingleChoice => "single_choice",
        QuestionType::MultipleChoice => "multiple_choice",
        QuestionType::YesNo => "yes_no",
        QuestionType::Email => "email",
        QuestionType::Url => "url",
        QuestionType::File => "file",
    }
}

/// Matches a text that is not blank (a required text at submission).
const NOT_BLANK: &str = "\\S";

/// Matches a web address.
const WEB_ADDRESS: &str = "^https?://[^\\s/]+\\.[^\\s]+$";

/// The schema of one question's answer.
fn property(question: &Question, currency: Currency, completeness: Completeness) -> Value {
    let submission = completeness == Completeness::Submission && question.required;
    let mut schema = match question.kind {
        QuestionType::ShortText | QuestionType::LongText | QuestionType::Email | QuestionType::Url => {
            text_property(question, submission)
        }
        QuestionType::Number => json!({
            "type": if question.integer == Some(true) { "integer" } else { "number" },
        }),
        QuestionType::Amount => {
            let decimals = currency.minor_unit();
            let pattern = match decimals {
                0 => "^(0|[1-9][0-9]{0,15})$".to_owned(),
                places => format!("^(0|[1-9][0-9]{{0,15}})(\\.[0-9]{{1,{places}}})?$"),
            };
            json!({ "type": "string", "pattern": pattern, "x-currency": currency.code() })
        }
        QuestionType::Date => json!({ "type": "string", "format": "date" }),
        QuestionType::SingleChoice => json!({ "enum": option_values(question) }),
        QuestionType::MultipleChoice => {
            let mut schema = json!({
                "type": "array",
                "items": { "enum": option_values(question) },
                "uniqueItems": true,
            });
            let least = question.min_selected.unwrap_or(0).max(u32::from(submission));
            if least > 0 && completeness == Completeness::Submission {
                schema["minItems"] = json!(least);
            }
            schema
        }
        QuestionType::YesNo => json!({ "type": "boolean" }),
        QuestionType::File => {
            let accept = question.accept.clone().unwrap_or_else(|| FileFormat::ALL.to_vec());
            let mut schema = json!({
                "type": "array",
                "items": { "type": "string", "format": "uuid" },
                "uniqueItems": true,
                "maxItems": question.max_files.unwrap_or(1),
                "documents": { "accept": accept },
            });
            if let Some(limit) = question.max_file_mb {
                schema["documents"]["max_bytes"] = json!(megabytes(limit));
            }
            if submission {
                schema["minItems"] = json!(1);
            }
            schema
        }
    };
    let limits = [
        ("minimum", question.min.map(|min| json!(min))),
        ("maximum", question.max.map(|max| json!(max))),
        ("formatMinimum", question.not_before.map(|date| json!(date))),
        ("formatMaximum", question.not_after.map(|date| json!(date))),
        ("maxItems", question.max_selected.map(|most| json!(most))),
        ("title", Some(json!(question.label))),
        ("description", question.help.as_ref().map(|help| json!(help))),
        ("x-section", question.section.as_ref().map(|section| json!(section))),
    ];
    for (keyword, value) in limits {
        if let Some(value) = value {
            schema[keyword] = value;
        }
    }
    schema
}

fn text_property(question: &Question, submission: bool) -> Value {
    let mut schema = json!({ "type": "string" });
    match question.kind {
        QuestionType::Email => schema["format"] = json!("email"),
        QuestionType::Url => {
            schema["format"] = json!("uri");
            schema["pattern"] = json!(WEB_ADDRESS);
        }
        _ => {}
    }
    if let Some(limit) = question.max_chars {
        schema["maxLength"] = json!(limit);
    }
    if let Some(limit) = question.max_words {
        schema["maxWords"] = json!(limit);
    }
    if submission && !matches!(question.kind, QuestionType::Url) {
        schema["pattern"] = json!(NOT_BLANK);
    }
    schema
}

fn option_values(question: &Question) -> Vec<String> {
    question
        .options
        .iter()
        .flatten()
        .map(|option| option.value.clone())
        .collect()
}

/// The options every answer check uses: draft 2020-12, formats checked, and the custom
/// keywords other than `documents` (which needs the application's documents).
fn options<'a>() -> jsonschema::ValidationOptions<'a> {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .with_keyword("maxWords", |_, value, _| {
            Ok(Box::new(MaxWords(value.as_u64().unwrap_or(u64::MAX))))
        })
        .with_keyword("formatMinimum", |_, value, _| {
            Ok(Box::new(DateBound {
                bound: value.as_str().and_then(|text| text.parse().ok()),
                earliest: true,
            }))
        })
        .with_keyword("formatMaximum", |_, value, _| {
            Ok(Box::new(DateBound {
                bound: value.as_str().and_then(|text| text.parse().ok()),
                earliest: false,
            }))
        })
        .with_keyword("documents", |_, _, _| Ok(Box::new(NoDocuments)))
}

fn draft_validator(schema: &Value) -> Option<jsonschema::Validator> {
    options().build(schema).ok()
}

fn accepted_formats(value: &Value) -> Vec<FileFormat> {
    value
        .get("accept")
        .and_then(|accept| serde_json::from_value(accept.clone()).ok())
        .unwrap_or_default()
}

/// `maxWords`: a text of at most this many words (runs of non-whitespace).
struct MaxWords(u64);

impl<'i> Keyword<'i> for MaxWords {
    fn validate(&self, instance: &'i Value) -> Result<(), ValidationError<'i>> {
        if self.is_valid(instance) {
            Ok(())
        } else {
            Err(ValidationError::custom(format!("must be at most {} words", self.0)))
        }
    }

    fn is_valid(&self, instance: &'i Value) -> bool {
        instance
            .as_str()
            .is_none_or(|text| text.split_whitespace().count() as u64 <= self.0)
    }
}

/// `formatMinimum` / `formatMaximum` of a date: not before, or not after, a day.
struct DateBound {
    bound: Option<NaiveDate>,
    earliest: bool,
}

impl<'i> Keyword<'i> for DateBound {
    fn validate(&self, instance: &'i Value) -> Result<(), ValidationError<'i>> {
        match (self.is_valid(instance), self.bound) {
            (false, Some(bound)) if self.earliest => {
                Err(ValidationError::custom(format!("must not be before {bound}")))
            }
            (false, Some(bound)) => Err(ValidationError::custom(format!("must not be after {bound}"))),
            _ => Ok(()),
        }
    }

    fn is_valid(&self, instance: &'i Value) -> bool {
        let date = instance.as_str().and_then(|text| text.parse::<NaiveDate>().ok());
        match (date, self.bound) {
            (Some(date), Some(bound)) if self.earliest => date >= bound,
            (Some(date), Some(bound)) => date <= bound,
            _ => true,
        }
    }
}

/// `documents` where no documents are known (checking a `show_if` value): nothing to check.
struct NoDocuments;

impl<'i> Keyword<'i> for NoDocuments {
    fn validate(&self, _instance: &'i Value) -> Result<(), ValidationError<'i>> {
        Ok(())
    }

    fn is_valid(&self, _instance: &'i Value) -> bool {
        true
    }
}

/// `documents`: every id names a document attached to the application, of a format the
/// question accepts and no larger than its `max_bytes`.
struct DocumentsKeyword {
    accept: Vec<FileFormat>,
    max_bytes: Option<u64>,
    attached: Arc<HashMap<Uuid, AttachedFile>>,
}

impl DocumentsKeyword {
    fn problem(&self, id: &Value) -> Option<String> {
        let document = id.as_str().and_then(|text| text.parse::<Uuid>().ok())?;
        match self.attached.get(&document) {
            None => Some(format!(
                "{document} is not a document of this application; upload the file to the application first"
            )),
            Some(file) => file_problem(&self.accept, self.max_bytes, *file)
                .map(|problem| format!("{document}: {}", problem.render(crate::i18n::current()))),
        }
    }
}

/// What is wrong with a file as the answer to a question accepting these formats and at
/// most this many bytes.
fn file_problem(accept: &[FileFormat], max_bytes: Option<u64>, file: AttachedFile) -> Option<Message> {
    if !accept.contains(&file.format) {
        let formats: Vec<&str> = accept.iter().map(|format| format.as_str()).collect();
        return Some(
            Message::new("form-file-format")
                .with("format", file.format.as_str())
                .with("formats", formats.join(", ")),
        );
    }
    match max_bytes {
        Some(limit) if file.bytes > limit => Some(
            Message::new("form-file-too-large")
                .with("size", size_in_words(file.bytes))
                .with("limit", size_in_words(limit)),
        ),
        _ => None,
    }
}

/// The bytes of so many megabytes.
fn megabytes(count: u32) -> u64 {
    u64::from(count) * BYTES_PER_MB
}

impl<'i> Keyword<'i> for DocumentsKeyword {
    fn validate(&self, instance: &'i Value) -> Result<(), ValidationError<'i>> {
        match instance
            .as_array()
            .and_then(|ids| ids.iter().find_map(|id| self.problem(id)))
        {
            Some(problem) => Err(ValidationError::custom(problem)),
            None => Ok(()),
        }
    }

    fn is_valid(&self, instance: &'i Value) -> bool {
        instance
            .as_array()
            .is_none_or(|ids| ids.iter().all(|id| self.problem(id).is_none()))
    }
}

/// The field errors of one schema error: its path under `answers` and plain words.
fn field_errors(error: ValidationError<'_>) -> Vec<FieldError> {
    let mut path = "answers".to_owned();
    for segment in error.instance_path().segments() {
        match segment {
            LocationSegment::Property(name) => {
                path.push('.');
                path.push_str(&name);
            }
            LocationSegment::Index(index) => path.push_str(&format!("[{index}]")),
        }
    }
    let message: Text = match error.kind() {
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            return vec![FieldError::new(
                format!("{path}.{name}"),
                Message::new("field-required"),
            )];
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            return unexpected
                .iter()
                .map(|name| FieldError::new(format!("{path}.{name}"), "is not a question of this call's form"))
                .collect();
        }
        ValidationErrorKind::Type {
            kind: jsonschema::error::TypeKind::Single(expected),
        } => type_message(&expected.to_string()),
        ValidationErrorKind::MaxLength { limit } => Message::new("field-too-long")
            .with("max", usize::try_from(*limit).unwrap_or(usize::MAX))
            .into(),
        ValidationErrorKind::MinLength { .. } => Message::new("field-not-blank").into(),
        ValidationErrorKind::Pattern { pattern } => pattern_message(pattern).into(),
        ValidationErrorKind::Maximum { limit } => format!("must be at most {limit}").into(),
        ValidationErrorKind::Minimum { limit } => format!("must be at least {limit}").into(),
        ValidationErrorKind::Enum { options } => Message::new("field-one-of").with("values", list_of(options)).into(),
        ValidationErrorKind::MaxItems { limit } => format!("must have at most {limit}").into(),
        ValidationErrorKind::MinItems { limit: 1 } => Message::new("field-required").into(),
        ValidationErrorKind::MinItems { limit } => format!("must have at least {limit}").into(),
        ValidationErrorKind::UniqueItems => Text::from("must not name the same item twice"),
        ValidationErrorKind::Format { format } => format_message(format),
        ValidationErrorKind::Custom { message, .. } => message.clone().into(),
        _ => error.to_string().into(),
    };
    vec![FieldError::new(path, message)]
}

fn type_message(kind: &str) -> Text {
    let id = match kind {
        "string" => "field-text",
        "integer" => "field-integer",
        "number" => "field-number",
        "boolean" => "field-boolean",
        "array" => "field-list",
        "object" => "field-object",
        _ => return format!("must be of type {kind}").into(),
    };
    Message::new(id).into()
}

fn pattern_message(pattern: &str) -> String {
    match pattern {
        NOT_BLANK => "is required and must not be blank".to_owned(),
        WEB_ADDRESS => "must be a web address starting with https:// or http://".to_owned(),
        _ => "must be an amount in the call's currency written as digits, such as \"1500.00\", with no more decimals than the currency has".to_owned(),
    }
}

fn format_message(format: &str) -> Text {
    match format {
        "email" => "must be an email address".into(),
        "date" => Message::new("field-date").into(),
        "uri" => "must be a web address starting with https:// or http://".into(),
        "uuid" => "must be the id of a document uploaded to the application".into(),
        other => format!("must be a valid {other}").into(),
    }
}

fn list_of(options: &Value) -> String {
    options
        .as_array()
        .map(|values| {
            values
                .iter()
                .map(|value| value.as_str().map_or_else(|| value.to_string(), str::to_owned))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(key: &str, kind: QuestionType, required: bool) -> Question {
        Question {
            key: key.to_owned(),
            label: format!("The {key}"),
            help: None,
            required,
            kind,
            section: None,
            show_if: None,
            max_chars: None,
            max_words: None,
            min: None,
            max: None,
            integer: None,
            not_before: None,
            not_after: None,
            options: None,
            min_selected: None,
            max_selected: None,
            accept: None,
            max_files: None,
            max_file_mb: None,
        }
    }

    fn form() -> Vec<Question> {
        let mut approach = question("approach", QuestionType::LongText, true);
        approach.max_words = Some(5);
        let mut partners = question("partners", QuestionType::MultipleChoice, false);
        partners.options = Some(vec![
            ChoiceOption {
                value: "un".into(),
                label: "UN".into(),
            },
            ChoiceOption {
                value: "ngo".into(),
                label: "NGO".into(),
            },
        ]);
        let has_budget = question("has_budget", QuestionType::YesNo, true);
        let mut budget = question("budget", QuestionType::File, true);
        budget.accept = Some(vec![FileFormat::Xlsx, FileFormat::Csv]);
        budget.show_if = Some(ShowIf {
            question: "has_budget".into(),
            equals: json!(true),
        });
        let mut start = question("start", QuestionType::Date, false);
        start.not_before = NaiveDate::from_ymd_opt(2027, 1, 1);
        vec![approach, partners, has_budget, budget, start]
    }

    fn eur() -> Currency {
        Currency::from_code("EUR").unwrap()
    }

    fn fields(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|error| error.field.as_str()).collect()
    }

    #[test]
    fn a_draft_is_checked_for_types_and_limits_but_not_for_required_answers() {
        let schema = answers_schema(&form(), eur(), Completeness::Draft);
        let answers = json!({"approach": "one two three four five six", "partners": ["un", "other"]});
        let errors = check_answers(&schema, &answers, &HashMap::new());
        assert_eq!(fields(&errors), ["answers.approach", "answers.partners[1]"]);
        assert_eq!(errors[0].message.to_string(), "must be at most 5 words");
        assert!(check_answers(&schema, &json!({}), &HashMap::new()).is_empty());
    }

    #[test]
    fn a_submission_lists_every_missing_answer_including_those_shown_by_a_condition() {
        let schema = answers_schema(&form(), eur(), Completeness::Submission);
        let errors = check_answers(&schema, &json!({"has_budget": true, "approach": "  "}), &HashMap::new());
        assert_eq!(fields(&errors), ["answers.approach", "answers.budget"]);
        let hidden = check_answers(
            &schema,
            &json!({"has_budget": false, "approach": "A plan."}),
            &HashMap::new(),
        );
        assert!(hidden.is_empty(), "{hidden:?}");
    }

    #[test]
    fn a_file_answer_names_attached_documents_of_an_accepted_format() {
        let schema = answers_schema(&form(), eur(), Completeness::Draft);
        let sheet = Uuid::new_v4();
        let pdf = Uuid::new_v4();
        let file = |format, bytes| AttachedFile { format, bytes };
        let attached = HashMap::from([(sheet, file(FileFormat::Xlsx, 100)), (pdf, file(FileFormat::Pdf, 100))]);
        assert!(check_answers(&schema, &json!({"budget": [sheet]}), &attached).is_empty());
        let wrong = check_answers(&schema, &json!({"budget": [pdf]}), &attached);
        assert!(wrong[0].message.to_string().contains("accepts xlsx, csv"), "{wrong:?}");
        let stranger = check_answers(&schema, &json!({"budget": [Uuid::new_v4()]}), &attached);
        assert!(
            stranger[0]
                .message
                .to_string()
                .contains("not a document of this application")
        );
    }

    #[test]
    fn dates_respect_their_bounds_and_unknown_answers_are_named() {
        let schema = answers_schema(&form(), eur(), Completeness::Draft);
        let errors = check_answers(
            &schema,
            &json!({"start": "2026-12-31", "colour": "blue"}),
            &HashMap::new(),
        );
        assert_eq!(fields(&errors), ["answers.colour", "answers.start"]);
        assert_eq!(errors[1].message.to_string(), "must not be before 2027-01-01");
    }

    #[test]
    fn a_form_with_misplaced_limits_and_dangling_conditions_is_refused_at_once() {
        let mut bad = form();
        bad[0].max_chars = Some(10);
        bad[3].show_if = Some(ShowIf {
            question: "later".into(),
            equals: json!(1),
        });
        bad.push(question("approach", QuestionType::Email, false));
        let mut check = Validator::new();
        check_form(&bad, eur(), &mut check);
        let Err(crate::error::AppError::Validation(errors)) = check.finish() else {
            panic!("the form should be refused");
        };
        assert_eq!(
            fields(&errors),
            [
                "questions[0].max_chars",
                "questions[3].show_if.question",
                "questions[5].key"
            ]
        );
    }

    #[test]
    fn an_open_call_takes_only_optional_questions_after_the_existing_ones() {
        let current = form();
        let mut extended = form();
        extended.push(question("extra", QuestionType::ShortText, false));
        assert_eq!(check_extension(&current, &extended).map(|added| added.len()), Ok(1));
        extended.last_mut().unwrap().required = true;
        assert!(check_extension(&current, &extended).is_err());
        assert!(check_extension(&current, &current[1..]).is_err());
    }
}
