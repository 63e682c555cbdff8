//! One question of the application form builder as the officer types it, on the builder's
//! add form and on the edit page (`/staff/calls/{id}/form/{key}`): label, help, kind,
//! section, choices, condition, whether it is required, and the limits of its kind (words
//! or characters of a text, the smallest and largest number, the earliest and latest date,
//! how many choices, the formats, number and size of files). The page reads what was typed
//! into the forms model's `Question`, and says what it cannot read (a limit that is not a
//! number, a limit of another kind of answer); whether the limits make sense together is
//! the forms service's to decide. Editing replaces the question through the same service
//! as the API, which refuses any change to an open call's existing questions.

use axum::Router;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::Serialize;
use serde_json::{Value, json};
use uuid::Uuid;

use super::render::Page;
use super::staff::Staff;
use super::staff_calls::{Problem, WRITERS, call_heading, in_order, refusal};
use super::staff_calls_form::{KINDS, call_and_form, conditions, kind_code, kind_name};
use crate::AppState;
use crate::calls::json::StoredCall;
use crate::documents::rules::FileFormat;
use crate::error::{AppError, AppResult, FieldError};
use crate::forms::rules::{self, ChoiceOption, Question, QuestionType, ShowIf};
use crate::i18n::{Language, Message};

/// The routes of the edit page.
pub fn routes() -> Router<AppState> {
    Router::new().route("/staff/calls/{id}/form/{key}", get(edit).post(save))
}

/// The fields of a posted form, in order (a name repeats for ticked boxes).
pub(super) type Fields = [(String, String)];

pub(super) fn value(fields: &Fields, name: &str) -> String {
    fields
        .iter()
        .find(|(field, _)| field == name)
        .map(|(_, value)| value.trim().to_owned())
        .unwrap_or_default()
}

/// A question as typed (every field as text, to show again as it was).
#[derive(Debug, Clone, Default, Serialize)]
pub(super) struct TypedQuestion {
    pub key: String,
    pub label: String,
    pub help: String,
    pub kind: String,
    pub required: bool,
    pub section: String,
    pub options: String,
    pub condition: String,
    pub limits: TypedLimits,
}

/// The limits as typed.
#[derive(Debug, Clone, Default, Serialize)]
pub(super) struct TypedLimits {
    pub max_chars: String,
    pub max_words: String,
    pub min: String,
    pub max: String,
    pub integer: bool,
    pub not_before: String,
    pub not_after: String,
    pub min_selected: String,
    pub max_selected: String,
    pub accept: Vec<String>,
    pub max_files: String,
    pub max_file_mb: String,
}

/// Each limit's field on the page, its name in the model and its label's message.
const LIMIT_FIELDS: [(&str, &str, &str); 12] = [
    ("new-max-chars", "max_chars", "staff-calls-limit-max-chars"),
    ("new-max-words", "max_words", "staff-calls-limit-max-words"),
    ("new-min", "min", "staff-calls-limit-min"),
    ("new-max", "max", "staff-calls-limit-max"),
    ("new-integer", "integer", "staff-calls-limit-integer"),
    ("new-not-before", "not_before", "staff-calls-limit-not-before"),
    ("new-not-after", "not_after", "staff-calls-limit-not-after"),
    ("new-min-selected", "min_selected", "staff-calls-limit-min-selected"),
    ("new-max-selected", "max_selected", "staff-calls-limit-max-selected"),
    ("new-accept", "accept", "staff-calls-limit-accept"),
    ("new-max-files", "max_files", "staff-calls-limit-max-files"),
    ("new-max-file-mb", "max_file_mb", "staff-calls-limit-max-file-mb"),
];

/// The question form's fields in the order the page shows them.
fn page_order() -> Vec<String> {
    [
        "new-key",
        "new-label",
        "new-help",
        "new-kind",
        "new-options",
        "new-section",
        "new-condition",
    ]
    .into_iter()
    .chain(LIMIT_FIELDS.iter().map(|(id, _, _)| *id))
    .map(str::to_owned)
    .collect()
}

impl TypedQuestion {
    /// The question as posted.
    pub fn read(fields: &Fields) -> Self {
        let field = |name: &str| value(fields, name);
        Self {
            key: field("new-key"),
            label: field("new-label"),
            help: field("new-help"),
            kind: field("new-kind"),
            required: field("new-required") == "yes",
            section: field("new-section"),
            options: field("new-options"),
            condition: field("new-condition"),
            limits: TypedLimits {
                max_chars: field("new-max-chars"),
                max_words: field("new-max-words"),
                min: field("new-min"),
                max: field("new-max"),
                integer: field("new-integer") == "yes",
                not_before: field("new-not-before"),
                not_after: field("new-not-after"),
                min_selected: field("new-min-selected"),
                max_selected: field("new-max-selected"),
                accept: fields
                    .iter()
                    .filter(|(name, _)| name == "new-accept")
                    .map(|(_, format)| format.clone())
                    .collect(),
                max_files: field("new-max-files"),
                max_file_mb: field("new-max-file-mb"),
            },
        }
    }

    /// A question of the form as its edit page shows it first.
    pub fn of(question: &Question) -> Self {
        let text = |number: Option<u32>| number.map(|number| number.to_string()).unwrap_or_default();
        let decimal = |number: Option<f64>| number.map(|number| number.to_string()).unwrap_or_default();
        let date = |day: Option<chrono::NaiveDate>| day.map(|day| day.to_string()).unwrap_or_default();
        Self {
            key: question.key.clone(),
            label: question.label.clone(),
            help: question.help.clone().unwrap_or_default(),
            kind: kind_code(question.kind),
            required: question.required,
            section: question.section.clone().unwrap_or_default(),
            options: question
                .options
                .iter()
                .flatten()
                .map(|option| option.label.clone())
                .collect::<Vec<_>>()
                .join("\n"),
            condition: question
                .show_if
                .as_ref()
                .map(|condition| format!("{}|{}", condition.question, condition.equals))
                .unwrap_or_default(),
            limits: TypedLimits {
                max_chars: text(question.max_chars),
                max_words: text(question.max_words),
                min: decimal(question.min),
                max: decimal(question.max),
                integer: question.integer == Some(true),
                not_before: date(question.not_before),
                not_after: date(question.not_after),
                min_selected: text(question.min_selected),
                max_selected: text(question.max_selected),
                accept: question
                    .accept
                    .iter()
                    .flatten()
                    .map(|format| format.as_str().to_owned())
                    .collect(),
                max_files: text(question.max_files),
                max_file_mb: text(question.max_file_mb),
            },
        }
    }

    /// The question with this key, or every field the page cannot read. An existing
    /// question's choices keep their values where their labels are kept.
    pub fn question(
        &self,
        key: String,
        before: Option<&Question>,
        language: Language,
    ) -> Result<Question, Vec<Problem>> {
        let mut problems = Vec::new();
        let kind = KINDS.into_iter().find(|kind| kind_code(*kind) == self.kind);
        let Some(kind) = kind else {
            return Err(vec![problem("new-kind", "staff-calls-error-kind")]);
        };
        let choices = matches!(kind, QuestionType::SingleChoice | QuestionType::MultipleChoice);
        let options = self.choice_options(before);
        if choices && options.len() < 2 {
            problems.push(problem("new-options", "staff-calls-error-options"));
        }
        let show_if = match self.condition.split_once('|') {
            None if self.condition.is_empty() => None,
            Some((question, equals)) => match serde_json::from_str::<Value>(equals) {
                Ok(equals) => Some(ShowIf {
                    question: question.to_owned(),
                    equals,
                }),
                Err(_) => {
                    problems.push(problem("new-condition", "staff-calls-error-condition"));
                    None
                }
            },
            None => {
                problems.push(problem("new-condition", "staff-calls-error-condition"));
                None
            }
        };
        let optional = |text: &str| (!text.is_empty()).then(|| text.to_owned());
        let limits = &self.limits;
        let mut read = Reader {
            problems: &mut problems,
            language,
        };
        let question = Question {
            key,
            label: self.label.clone(),
            help: optional(&self.help),
            required: self.required,
            kind,
            section: optional(&self.section),
            show_if,
            max_chars: read.whole("new-max-chars", &limits.max_chars),
            max_words: read.whole("new-max-words", &limits.max_words),
            min: read.number("new-min", &limits.min),
            max: read.number("new-max", &limits.max),
            integer: limits.integer.then_some(true),
            not_before: read.date("new-not-before", &limits.not_before),
            not_after: read.date("new-not-after", &limits.not_after),
            options: choices.then_some(options),
            min_selected: read.whole("new-min-selected", &limits.min_selected),
            max_selected: read.whole("new-max-selected", &limits.max_selected),
            accept: read.formats(&limits.accept),
            max_files: read.whole("new-max-files", &limits.max_files),
            max_file_mb: read.whole("new-max-file-mb", &limits.max_file_mb),
        };
        for (field, owner) in rules::misplaced_limits(&question) {
            let id = LIMIT_FIELDS
                .iter()
                .find(|(_, name, _)| *name == field)
                .map_or("new-kind", |(id, _, _)| id);
            let message = Message::new("staff-calls-error-limit-kind").with("kind", kind_name(owner, language));
            problems.push(limit_problem(id, message, language));
        }
        match problems.is_empty() {
            true => Ok(question),
            false => Err(in_order(problems, &page_order())),
        }
    }

    /// The typed choices, one a line: a label kept from the question as it was keeps its
    /// value (so answers and conditions still match); a new one is its own value.
    fn choice_options(&self, before: Option<&Question>) -> Vec<ChoiceOption> {
        let kept = |label: &str| {
            before
                .and_then(|question| question.options.as_ref())
                .and_then(|options| options.iter().find(|option| option.label == label))
                .map(|option| option.value.clone())
        };
        self.options
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(|line| ChoiceOption {
                value: kept(line).unwrap_or_else(|| line.to_owned()),
                label: line.to_owned(),
            })
            .collect()
    }
}

/// Reads typed limits, noting each it cannot read.
struct Reader<'a> {
    problems: &'a mut Vec<Problem>,
    /// The reader's language, in which numbers are typed (`money::typed::read`).
    language: Language,
}

impl Reader<'_> {
    fn whole(&mut self, field: &str, text: &str) -> Option<u32> {
        self.parsed(field, text, "staff-calls-error-whole", |text| text.parse::<u32>().ok())
    }

    fn number(&mut self, field: &str, text: &str) -> Option<f64> {
        let language = self.language;
        self.parsed(field, text, "staff-calls-error-number", |text| {
            let canonical = crate::money::typed::read(text, language).ok()?.to_string();
            canonical.parse::<f64>().ok().filter(|number| number.is_finite())
        })
    }

    fn date(&mut self, field: &str, text: &str) -> Option<chrono::NaiveDate> {
        self.parsed(field, text, "staff-calls-error-date", |text| text.parse().ok())
    }

    fn formats(&mut self, typed: &[String]) -> Option<Vec<FileFormat>> {
        let formats: Option<Vec<FileFormat>> = typed.iter().map(|format| FileFormat::parse(format)).collect();
        match formats {
            None => {
                let message = Message::new("staff-calls-error-format");
                self.problems
                    .push(limit_problem("new-accept", message, crate::i18n::current()));
                None
            }
            Some(formats) => (!formats.is_empty()).then_some(formats),
        }
    }

    fn parsed<T>(&mut self, field: &str, text: &str, message: &str, parse: impl Fn(&str) -> Option<T>) -> Option<T> {
        if text.is_empty() {
            return None;
        }
        let parsed = parse(text);
        if parsed.is_none() {
            let message = Message::new(message.to_owned());
            self.problems
                .push(limit_problem(field, message, crate::i18n::current()));
        }
        parsed
    }
}

/// A problem with the limit in the field `id`, after the limit's label.
fn limit_problem(id: &str, message: Message, language: Language) -> Problem {
    let label = LIMIT_FIELDS
        .iter()
        .find(|(field, _, _)| *field == id)
        .map_or_else(String::new, |(_, _, label)| Message::new(*label).render(language));
    Problem {
        field: id.to_owned(),
        message: Message::new("staff-calls-field-problem")
            .with("field", label)
            .with("problem", message.render(language))
            .render(language),
    }
}

/// A problem of the page on `field`, in the reader's language.
pub(super) fn problem(field: &str, id: &str) -> Problem {
    Problem {
        field: field.to_owned(),
        message: Message::new(id.to_owned()).render(crate::i18n::current()),
    }
}

/// The field of the question form where the service's problem with a question's `part`
/// (`label`, `max_words`, `show_if.question`) is, and the problem as the page says it (a
/// limit's problem after the limit's label).
pub(super) fn field_of(part: &str, error: &FieldError, language: Language) -> Problem {
    let limit = LIMIT_FIELDS.iter().find(|(_, name, _)| *name == part);
    let field = match part {
        "options" => "new-options",
        "key" => "new-key",
        "help" => "new-help",
        "section" => "new-section",
        part if part.starts_with("options") => "new-options",
        part if part.starts_with("show_if") => "new-condition",
        _ => limit.map_or("new-label", |(id, _, _)| id),
    };
    let message = match limit {
        Some((_, _, label)) => Message::new("staff-calls-field-problem")
            .with("field", Message::new(*label).render(language))
            .with("problem", error.message.render(language))
            .render(language),
        None => error.message.render_on_page(language),
    };
    Problem {
        field: field.to_owned(),
        message,
    }
}

/// The file formats a question may accept, as the form's boxes show them.
pub(super) fn formats() -> Vec<Value> {
    FileFormat::ALL
        .into_iter()
        .map(|format| json!({ "code": format.as_str(), "name": format.as_str().to_uppercase() }))
        .collect()
}

/// The edit page of the question `key`, pre-filled, or as typed with its problems.
async fn edit_page(
    state: &AppState,
    staff: &Staff,
    (call, questions): (&StoredCall, &[Question]),
    (index, typed, problems): (usize, &TypedQuestion, Vec<Problem>),
) -> Page {
    let language = staff.language();
    let kinds: Vec<Value> = KINDS
        .into_iter()
        .map(|kind| json!({ "code": kind_code(kind), "name": kind_name(kind, language) }))
        .collect();
    Page::new(
        "staff/calls_question.html",
        json!({
            "call": call_heading(call, state.now(), language),
            "draft": call.status == crate::calls::rules::CallStatus::Draft,
            "number": index + 1,
            "key": questions[index].key,
            "kinds": kinds,
            "formats": formats(),
            "conditions": conditions(&questions[..index], language),
            "new": typed,
            "errors": problems,
            "csrf_token": staff.visitor.form_token().0,
        }),
    )
}

/// The position of the question `key` in the form; 404 when there is none.
fn position(questions: &[Question], key: &str) -> AppResult<usize> {
    questions
        .iter()
        .position(|question| question.key == key)
        .ok_or(AppError::NotFound("question"))
}

/// The edit page of one question, filled with what it is now.
pub async fn edit(State(state): State<AppState>, staff: Staff, Path((id, key)): Path<(Uuid, String)>) -> Response {
    let page = async {
        staff.require(WRITERS)?;
        let (call, questions) = call_and_form(&state, &staff, id).await?;
        let index = position(&questions, &key)?;
        let typed = TypedQuestion::of(&questions[index]);
        Ok(edit_page(&state, &staff, (&call, &questions), (index, &typed, Vec::new())).await)
    };
    staff.answer(&state, page.await)
}

/// Saves an edited question through the forms service (the whole form, the question in
/// its place; questions that depend on it follow a new key) and goes back to the builder;
/// the page again with the problems when the page or the service refuses it.
pub async fn save(
    State(state): State<AppState>,
    staff: Staff,
    Path((id, key)): Path<(Uuid, String)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let found = async {
        staff.check_form(&value(&fields, "csrf_token"))?;
        staff.require(WRITERS)?;
        let (call, questions) = call_and_form(&state, &staff, id).await?;
        let index = position(&questions, &key)?;
        Ok((call, questions, index))
    };
    let (call, questions, index) = match found.await {
        Ok(found) => found,
        Err(error) => return staff.answer(&state, Err(error)),
    };
    let language = staff.language();
    let typed = TypedQuestion::read(&fields);
    let (state, staff, call, questions, typed) = (&state, &staff, &call, &questions, &typed);
    let again = |problems: Vec<Problem>, status: StatusCode| async move {
        let page = edit_page(state, staff, (call, questions), (index, typed, problems)).await;
        staff.answer(state, Ok(page.with_status(status)))
    };
    let edited = typed.question(typed.key.clone(), Some(&questions[index]), language);
    let proposed = match edited {
        Ok(question) => replaced(questions, index, question),
        Err(problems) => return again(problems, StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    match crate::forms::service::put(&state.db, state.now(), staff.user(), id, proposed).await {
        Ok(_) => Redirect::to(&format!("/staff/calls/{id}/form#question-{}", index + 1)).into_response(),
        Err(error) => {
            let place = |field: &FieldError| place(field, index, language);
            match refusal(&error, "new-label", language, place) {
                Some((status, problems)) => again(problems, status).await,
                None => staff.answer(state, Err(error)),
            }
        }
    }
}

/// The form with the question at `index` replaced; a question that depended on its old
/// key depends on its new one.
fn replaced(questions: &[Question], index: usize, question: Question) -> Vec<Question> {
    let old = questions[index].key.clone();
    let new = question.key.clone();
    let mut form = questions.to_vec();
    form[index] = question;
    for each in &mut form {
        if let Some(condition) = each.show_if.as_mut()
            && condition.question == old
        {
            condition.question = new.clone();
        }
    }
    form
}

/// Where a service's problem is on the edit page of question `index`: its own fields, or,
/// for another question (one that depends on it), the label with the question's number.
fn place(error: &FieldError, index: usize, language: Language) -> Problem {
    let indexed = error
        .field
        .strip_prefix("questions[")
        .and_then(|rest| rest.split_once("]."))
        .and_then(|(number, part)| Some((number.parse::<usize>().ok()?, part)));
    match indexed {
        Some((number, part)) if number == index => field_of(part, error, language),
        Some((number, _)) => Problem {
            field: "new-label".to_owned(),
            message: Message::new("staff-calls-question-problem")
                .with("number", (number + 1) as i64)
                .with("problem", error.message.render(language))
                .render(language),
        },
        None => Problem {
            field: "new-label".to_owned(),
            message: error.message.render_on_page(language),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect()
    }

    #[test]
    fn typed_limits_become_the_questions_limits_and_unreadable_ones_are_named() {
        let typed = TypedQuestion::read(&fields(&[
            ("new-label", "Your plan"),
            ("new-kind", "long_text"),
            ("new-max-words", "300"),
        ]));
        let question = typed.question("plan".into(), None, Language::En).expect("read");
        assert_eq!(question.max_words, Some(300));
        let typed = TypedQuestion::read(&fields(&[
            ("new-label", "Budget"),
            ("new-kind", "file"),
            ("new-max-file-mb", "-5"),
            ("new-accept", "exe"),
            ("new-max-words", "300"),
        ]));
        let problems = typed
            .question("budget".into(), None, Language::En)
            .expect_err("refused");
        let places: Vec<&str> = problems.iter().map(|problem| problem.field.as_str()).collect();
        assert_eq!(places, ["new-max-words", "new-accept", "new-max-file-mb"]);
    }

    #[test]
    fn a_question_reads_back_as_it_was_typed() {
        let question: Question = serde_json::from_value(json!({
            "key": "budget", "label": "Budget", "required": true, "type": "file",
            "accept": ["pdf", "docx"], "max_file_mb": 10, "max_files": 2
        }))
        .expect("question");
        let typed = TypedQuestion::of(&question);
        assert_eq!(typed.limits.accept, ["pdf", "docx"]);
        let again = typed
            .question("budget".into(), Some(&question), Language::En)
            .expect("read");
        assert_eq!(again, question);
    }

    #[test]
    fn a_new_key_carries_the_questions_that_depend_on_it() {
        let form: Vec<Question> = serde_json::from_value(json!([
            {"key": "minors", "label": "Minors?", "required": true, "type": "yes_no"},
            {"key": "plan", "label": "Plan", "required": true, "type": "long_text", "show_if": {"question": "minors", "equals": true}}
        ]))
        .expect("form");
        let mut renamed = form[0].clone();
        renamed.key = "works_with_minors".into();
        let changed = replaced(&form, 0, renamed);
        assert_eq!(
            changed[1].show_if.as_ref().map(|c| c.question.as_str()),
            Some("works_with_minors")
        );
    }
}
