//! The application form builder (`/staff/calls/{id}/form`) and its preview
//! (`/staff/calls/{id}/preview`). The builder lists the questions with buttons to move
//! one up or down, make it required or optional, and remove it, and adds a question
//! (kind, help, section, choices, and a condition on an earlier yes/no or single-choice
//! answer). Each change is the whole form given to the forms service, which decides
//! what is allowed (a draft's form changes freely; an open call's only gains optional
//! questions at the end). The preview draws the questions with the apply pages' own
//! rendering (`apply_form::question_view` and `apply_questions.html`).

use axum::Router;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::Serialize;
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::apply_form;
use super::render::Page;
use super::staff::Staff;
use super::staff_calls::{Problem, READERS, WRITERS, call_heading, refusal};
use super::staff_calls_question::{TypedQuestion, field_of, formats, problem, value};
use crate::AppState;
use crate::calls::json::StoredCall;
use crate::error::{AppResult, FieldError};
use crate::forms::rules::{Question, QuestionType};
use crate::i18n::{Language, Message};

/// The routes of the form builder and its preview.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/calls/{id}/form", get(builder).post(change))
        .route("/staff/calls/{id}/preview", get(preview))
}

/// Every kind of question, in the order the builder offers them.
pub(super) const KINDS: [QuestionType; 11] = [
    QuestionType::ShortText,
    QuestionType::LongText,
    QuestionType::Number,
    QuestionType::Amount,
    QuestionType::Date,
    QuestionType::SingleChoice,
    QuestionType::MultipleChoice,
    QuestionType::YesNo,
    QuestionType::Email,
    QuestionType::Url,
    QuestionType::File,
];

/// The code of a kind (`short_text`).
pub(super) fn kind_code(kind: QuestionType) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The name of a kind in the reader's language.
pub(super) fn kind_name(kind: QuestionType, language: Language) -> String {
    Message::new(format!("staff-calls-kind-{}", kind_code(kind).replace('_', "-"))).render(language)
}

/// A key for a question labelled `label`: its ASCII letters and digits in lower case
/// (`question` when there are none), made unlike every other key.
fn new_key(label: &str, existing: &[Question]) -> String {
    let mut base = String::new();
    for character in label.chars().flat_map(char::to_lowercase) {
        if character.is_ascii_alphanumeric() {
            base.push(character);
        } else if !base.is_empty() && !base.ends_with('_') {
            base.push('_');
        }
        if base.len() >= 40 {
            break;
        }
    }
    let mut base = base.trim_end_matches('_').to_owned();
    if !base.starts_with(|character: char| character.is_ascii_lowercase()) {
        base = format!("question_{base}").trim_end_matches('_').to_owned();
    }
    let taken = |key: &str| existing.iter().any(|question| question.key == key);
    let mut key = base.clone();
    let mut number = 2;
    while taken(&key) {
        key = format!("{base}_{number}");
        number += 1;
    }
    key
}

/// What a button of the builder asks: the change to the questions, or `None` for a
/// button that names no question of the form.
fn changed(mut questions: Vec<Question>, action: &str) -> Option<Vec<Question>> {
    let (verb, key) = action.split_once(':')?;
    let index = questions.iter().position(|question| question.key == key)?;
    match verb {
        "up" if index > 0 => questions.swap(index - 1, index),
        "down" if index + 1 < questions.len() => questions.swap(index, index + 1),
        "required" => questions[index].required = !questions[index].required,
        "remove" => {
            questions.remove(index);
        }
        "up" | "down" => {}
        _ => return None,
    }
    Some(questions)
}

/// A question as the builder lists it.
#[derive(Debug, Serialize)]
struct QuestionRow {
    key: String,
    label: String,
    kind: String,
    required: bool,
    section: Option<String>,
    condition: Option<String>,
    limits: Option<String>,
    first: bool,
    last: bool,
}

/// "Only when «Do you work with minors?» is «Yes»".
fn condition_text(question: &Question, questions: &[Question], language: Language) -> Option<String> {
    let condition = question.show_if.as_ref()?;
    let earlier = questions.iter().find(|each| each.key == condition.question);
    let label = earlier.map_or_else(|| condition.question.clone(), |earlier| earlier.label.clone());
    Some(
        Message::new("staff-calls-condition")
            .with("question", label)
            .with("answer", answer_name(&condition.equals, language))
            .render(language),
    )
}

fn answer_name(answer: &Value, language: Language) -> String {
    match answer {
        Value::Bool(true) => Message::new("portal-apply-yes").render(language),
        Value::Bool(false) => Message::new("portal-apply-no").render(language),
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// The answers a new question may be conditioned on: each answer of each yes/no or
/// single-choice question.
pub(super) fn conditions(questions: &[Question], language: Language) -> Vec<Value> {
    questions
        .iter()
        .flat_map(|question| {
            let answers: Vec<Value> = match question.kind {
                QuestionType::YesNo => vec![json!(true), json!(false)],
                QuestionType::SingleChoice => question
                    .options
                    .iter()
                    .flatten()
                    .map(|option| json!(option.value))
                    .collect(),
                _ => Vec::new(),
            };
            answers.into_iter().map(move |answer| {
                json!({
                    "value": format!("{}|{}", question.key, answer),
                    "label": Message::new("staff-calls-condition")
                        .with("question", question.label.clone())
                        .with("answer", answer_name(&answer, language))
                        .render(language),
                })
            })
        })
        .collect()
}

/// The builder's page: the questions, and the form to add one (as typed, with problems).
async fn builder_page(
    state: &AppState,
    staff: &Staff,
    call: &StoredCall,
    (new, problems): (&TypedQuestion, Vec<Problem>),
) -> AppResult<Page> {
    let language = staff.language();
    let questions = crate::forms::service::form_of(&state.db, call.row.id).await?.questions;
    let count = questions.len();
    let terms = apply_form::FormTerms::new(call.terms.currency, state.config.max_file_bytes);
    let rows: Vec<QuestionRow> = questions
        .iter()
        .enumerate()
        .map(|(index, question)| QuestionRow {
            key: question.key.clone(),
            label: question.label.clone(),
            kind: kind_name(question.kind, language),
            required: question.required,
            section: question.section.clone(),
            condition: condition_text(question, &questions, language),
            limits: apply_form::builder_limits(question, terms, language),
            first: index == 0,
            last: index + 1 == count,
        })
        .collect();
    let kinds: Vec<Value> = KINDS
        .into_iter()
        .map(|kind| json!({ "code": kind_code(kind), "name": kind_name(kind, language) }))
        .collect();
    Ok(Page::new(
        "staff/calls_form.html",
        json!({
            "call": call_heading(call, state.now(), language),
            "draft": call.status == crate::calls::rules::CallStatus::Draft,
            "questions": rows,
            "kinds": kinds,
            "formats": formats(),
            "conditions": conditions(&questions, language),
            "new": new,
            "errors": problems,
            "csrf_token": staff.visitor.form_token().0,
        }),
    ))
}

/// The form builder.
pub async fn builder(State(state): State<AppState>, staff: Staff, Path(id): Path<Uuid>) -> Response {
    let page = async {
        staff.require(WRITERS)?;
        let call = crate::calls::service::visible_call(&state.db, Some(staff.user()), id).await?;
        builder_page(&state, &staff, &call, (&TypedQuestion::default(), Vec::new())).await
    };
    staff.answer(&state, page.await)
}

/// Applies a button of the builder (add, move, require, remove) through the forms
/// service, and shows the builder again: with the service's refusal as its error summary
/// when the change is refused.
pub async fn change(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    if let Err(error) = staff
        .check_form(&value(&fields, "csrf_token"))
        .and_then(|()| staff.require(WRITERS))
    {
        return staff.answer(&state, Err(error));
    }
    let language = staff.language();
    let (call, current) = match call_and_form(&state, &staff, id).await {
        Ok(found) => found,
        Err(error) => return staff.answer(&state, Err(error)),
    };
    let new = TypedQuestion::read(&fields);
    let proposed = proposed_form(&value(&fields, "action"), &new, &current, language);
    let (state, staff, call, new) = (&state, &staff, &call, &new);
    let again = |problems: Vec<Problem>, status: axum::http::StatusCode| async move {
        let page = builder_page(state, staff, call, (new, problems)).await;
        staff.answer(state, page.map(|page| page.with_status(status)))
    };
    let proposed = match proposed {
        Ok(questions) => questions,
        Err(problems) => return again(problems, axum::http::StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    let count = current.len();
    let saved = crate::forms::service::put(&state.db, state.now(), staff.user(), id, proposed).await;
    match saved {
        Ok(_) => Redirect::to(&format!("/staff/calls/{id}/form")).into_response(),
        Err(error) => {
            let place = |field: &FieldError| place(field, count, language);
            match refusal(&error, "new-label", language, place) {
                Some((status, problems)) => again(problems, status).await,
                None => staff.answer(state, Err(error)),
            }
        }
    }
}

/// The call and its form's questions as they stand.
pub(super) async fn call_and_form(state: &AppState, staff: &Staff, id: Uuid) -> AppResult<(StoredCall, Vec<Question>)> {
    let call = crate::calls::service::visible_call(&state.db, Some(staff.user()), id).await?;
    let current = crate::forms::service::form_of(&state.db, id).await?.questions;
    Ok((call, current))
}

/// The questions after the builder's button `action` (add the new question, or move,
/// require or remove one), or the problem with it.
fn proposed_form(
    action: &str,
    new: &TypedQuestion,
    current: &[Question],
    language: Language,
) -> Result<Vec<Question>, Vec<Problem>> {
    match action {
        "add" => new
            .question(new_key(&new.label, current), None, language)
            .map(|question| {
                let mut questions = current.to_vec();
                questions.push(question);
                questions
            }),
        other => changed(current.to_vec(), other).ok_or_else(|| vec![problem("new-label", "staff-calls-error-button")]),
    }
}

/// Where a service's problem with `questions[i].<field>` is: on the add form for the new
/// question (the last, at `count`), on the question's row otherwise.
fn place(error: &FieldError, count: usize, language: Language) -> Problem {
    let indexed = error
        .field
        .strip_prefix("questions[")
        .and_then(|rest| rest.split_once("]."))
        .and_then(|(index, part)| Some((index.parse::<usize>().ok()?, part)));
    match indexed {
        Some((index, part)) if index == count => field_of(part, error, language),
        Some((index, _)) => Problem {
            field: format!("question-{}", index + 1),
            message: Message::new("staff-calls-question-problem")
                .with("number", (index + 1) as i64)
                .with("problem", error.message.render(language))
                .render(language),
        },
        None => Problem {
            field: "new-label".to_owned(),
            message: error.message.render_on_page(language),
        },
    }
}

/// What applicants will see: every page of the form, drawn as the apply pages draw it,
/// with each conditional question's condition said above it.
pub async fn preview(State(state): State<AppState>, staff: Staff, Path(id): Path<Uuid>) -> Response {
    let page = async {
        staff.require(READERS)?;
        let language = staff.language();
        let call = crate::calls::service::visible_call(&state.db, Some(staff.user()), id).await?;
        let questions = crate::forms::service::form_of(&state.db, id).await?.questions;
        let terms = apply_form::FormTerms::new(call.terms.currency, state.config.max_file_bytes);
        let no_answers = Map::new();
        let pages: Vec<Value> = apply_form::pages(&questions)
            .into_iter()
            .map(|page| {
                let shown: Vec<Value> = page
                    .questions
                    .iter()
                    .map(|question| {
                        let view =
                            apply_form::question_view(question, &no_answers, (Vec::new(), terms), None, language);
                        json!({ "view": view, "condition": condition_text(question, &questions, language) })
                    })
                    .collect();
                json!({ "heading": page.heading, "questions": shown })
            })
            .collect();
        Ok(Page::new(
            "staff/calls_preview.html",
            json!({ "call": call_heading(&call, state.now(), language), "pages": pages }),
        ))
    };
    staff.answer(&state, page.await)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(key: &str) -> Question {
        serde_json::from_value(json!({"key": key, "label": key, "required": false, "type": "short_text"}))
            .expect("question")
    }

    fn keys(questions: &[Question]) -> Vec<&str> {
        questions.iter().map(|question| question.key.as_str()).collect()
    }

    #[test]
    fn buttons_move_require_and_remove_questions() {
        let form = vec![question("a"), question("b"), question("c")];
        assert_eq!(keys(&changed(form.clone(), "up:b").expect("moved")), ["b", "a", "c"]);
        assert_eq!(keys(&changed(form.clone(), "down:b").expect("moved")), ["a", "c", "b"]);
        assert_eq!(keys(&changed(form.clone(), "up:a").expect("stays")), ["a", "b", "c"]);
        assert_eq!(keys(&changed(form.clone(), "remove:a").expect("removed")), ["b", "c"]);
        assert!(changed(form.clone(), "required:c").expect("required")[2].required);
        assert!(changed(form.clone(), "remove:zzz").is_none());
        assert!(changed(form, "explode:a").is_none());
    }

    #[test]
    fn keys_are_made_from_labels_and_never_repeat() {
        let form = vec![question("do_you_work_with_minors")];
        assert_eq!(new_key("Do you work with minors?", &form), "do_you_work_with_minors_2");
        assert_eq!(new_key("Budget 2027", &[]), "budget_2027");
        assert_eq!(new_key("هل تعملون مع القاصرين؟", &[]), "question");
        assert_eq!(new_key("2027 plans", &[]), "question_2027_plans");
    }
}
