//! The commands and queries of call forms that every entry point shares: setting a
//! draft call's form, extending an open call's form with optional questions (audited),
//! reading a form and its JSON Schema, and checking an application's answers against it.
//! Nothing here knows of HTTP.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::{Value, json};
use uuid::Uuid;

use super::json::FormResponse;
use super::rules::{self, Completeness, Question};
use super::store::{self, call_form};
use crate::audit::{self, AuditEntry};
use crate::auth::CurrentUser;
use crate::calls::json::StoredCall;
use crate::calls::rules::CallStatus;
use crate::documents::rules::AttachedFile;
use crate::error::{AppError, AppResult, FieldError, ProblemKind, Validator};

/// The form of a call the caller may see (see [`crate::calls::service::visible_call`]).
pub async fn get(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    call_id: Uuid,
) -> AppResult<(StoredCall, FormResponse)> {
    let call = crate::calls::service::visible_call(db, user, call_id).await?;
    let form = form_of(db, call_id).await?;
    Ok((call, form))
}

/// The form of a call (no questions when it has none).
pub async fn form_of(db: &impl ConnectionTrait, call_id: Uuid) -> AppResult<FormResponse> {
    let row = store::find(db, call_id).await?;
    Ok(FormResponse {
        call_id,
        questions: match &row {
            Some(row) => questions_of(row)?,
            None => Vec::new(),
        },
        updated_at: row.map(|row| row.updated_at),
    })
}

/// The form of a call the caller may see as a JSON Schema (2020-12) of the answers a
/// submission needs, titled with the call's title.
pub async fn schema(db: &impl ConnectionTrait, user: Option<&CurrentUser>, call_id: Uuid) -> AppResult<Value> {
    let (call, form) = get(db, user, call_id).await?;
    let mut schema = rules::answers_schema(&form.questions, call.terms.currency, Completeness::Submission);
    schema["$id"] = json!(format!("urn:grantdesk:call:{call_id}:form"));
    schema["title"] = json!(format!("Application form: {}", call.terms.title));
    Ok(schema)
}

/// Sets a call's form. While the call is a draft the form is replaced; while it is open
/// only optional questions may be added after the existing ones (audited as
/// `call.form_extended`); afterwards it is final.
pub async fn put(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    call_id: Uuid,
    questions: Vec<Question>,
) -> AppResult<FormResponse> {
    let call = crate::calls::service::visible_call(db, Some(actor), call_id).await?;
    let mut check = Validator::new();
    rules::check_form(&questions, call.terms.currency, &mut check);
    check.finish()?;
    let txn = db.begin().await?;
    crate::db::lock_row(&txn, "calls", call_id).await?;
    let status = crate::calls::service::visible_call(&txn, Some(actor), call_id)
        .await?
        .status;
    let current = form_of(&txn, call_id).await?;
    let action = match status {
        CallStatus::Draft => "call.form_set",
        CallStatus::Open => {
            let added = rules::check_extension(&current.questions, &questions)
                .map_err(|detail| AppError::conflict(ProblemKind::FormFrozen, detail))?;
            if added.is_empty() {
                return Ok(current);
            }
            "call.form_extended"
        }
        other => {
            return Err(AppError::conflict(
                ProblemKind::FormFrozen,
                format!(
                    "the call is {}, so its form is final; a form changes while the call is a draft, and gains optional questions while it is open",
                    other.as_str()
                ),
            ));
        }
    };
    store::save(
        &txn,
        call_form::Model {
            call_id,
            questions: json!(questions),
            updated_by: actor.id,
            updated_at: now,
        },
    )
    .await?;
    let entry = AuditEntry::updated(
        actor.id,
        action,
        "call",
        call_id,
        &audit_view(&current.questions),
        &audit_view(&questions),
    );
    crate::calls::service::public_changed(&txn).await?;
    audit::commit(db, txn, vec![entry], now).await?;
    form_of(db, call_id).await
}

/// The problems of an application's answers against its call's form, by path under
/// `answers`: types and limits for a draft, everything for a submission. `documents` are
/// the application's documents that `file` answers may name.
pub async fn answer_problems(
    db: &impl ConnectionTrait,
    call: &StoredCall,
    answers: &Value,
    documents: &HashMap<Uuid, AttachedFile>,
    completeness: Completeness,
) -> AppResult<Vec<FieldError>> {
    let form = form_of(db, call.row.id).await?;
    Ok(problems_against(
        &form.questions,
        call,
        answers,
        documents,
        completeness,
    ))
}

/// What is wrong with `answers` against these questions of `call`'s form (see
/// [`answer_problems`]), for a caller that loaded the form already.
pub fn problems_against(
    questions: &[Question],
    call: &StoredCall,
    answers: &Value,
    documents: &HashMap<Uuid, AttachedFile>,
    completeness: Completeness,
) -> Vec<FieldError> {
    let schema = rules::answers_schema(questions, call.terms.currency, completeness);
    rules::check_answers(&schema, answers, documents)
}

/// A call and its form's questions, read in one query; `None` when there is no such call.
pub async fn call_with_form(
    db: &impl ConnectionTrait,
    call_id: Uuid,
) -> AppResult<Option<(StoredCall, Vec<Question>)>> {
    let Some((call, form)) = store::find_with_call(db, call_id).await? else {
        return Ok(None);
    };
    let questions = match &form {
        Some(row) => questions_of(row)?,
        None => Vec::new(),
    };
    Ok(Some((StoredCall::from_row(call)?, questions)))
}

/// Whether answers to these questions may name uploaded documents (a file question).
pub fn asks_for_files(questions: &[Question]) -> bool {
    questions
        .iter()
        .any(|question| question.kind == rules::QuestionType::File)
}

fn questions_of(row: &call_form::Model) -> AppResult<Vec<Question>> {
    serde_json::from_value(row.questions.clone())
        .map_err(|_| AppError::Internal(format!("the form of call {} is unreadable", row.call_id)))
}

/// What the audit trail keeps of a form: each question's key, type and whether it is
/// required, in order.
fn audit_view(questions: &[Question]) -> Value {
    json!({
        "questions": questions
            .iter()
            .map(|question| json!({"key": question.key, "type": question.kind, "required": question.required}))
            .collect::<Vec<_>>(),
    })
}
