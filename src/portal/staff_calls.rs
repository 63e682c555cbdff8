//! The officers' calls in the staff workspace (`/staff/calls`): every call in every state
//! with its pipeline, a call's page (details, the pipeline and the budget as charts, links
//! to its ranking and reviewer assignment), and publishing, closing and cancelling with a
//! confirmation step. The terms form is in `staff_calls_terms.rs`, the application form
//! builder and its preview in `staff_calls_form.rs`. Officers change calls; admins read.
//! Every page calls the same services as the JSON API.

use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use uuid::Uuid;

use super::charts::{self, Bar, Part};
use super::render::Page;
use super::staff::Staff;
use super::views::{self, CallView, Instant};
use crate::AppState;
use crate::applications::rules::ApplicationStatus;
use crate::auth::Role;
use crate::calls::json::{CallsQuery, StoredCall};
use crate::calls::rules::{self as call_rules, CallAction, CallStatus};
use crate::error::{AppError, AppResult};
use crate::i18n::{Language, Message};
use crate::money::Currency;

/// The templates of the calls pages.
pub const TEMPLATES: [(&str, &str); 8] = [
    (
        "staff/calls_list.html",
        include_str!("../../templates/portal/staff/calls_list.html"),
    ),
    (
        "staff/calls_call.html",
        include_str!("../../templates/portal/staff/calls_call.html"),
    ),
    (
        "staff/calls_confirm.html",
        include_str!("../../templates/portal/staff/calls_confirm.html"),
    ),
    (
        "staff/calls_terms.html",
        include_str!("../../templates/portal/staff/calls_terms.html"),
    ),
    (
        "staff/calls_form.html",
        include_str!("../../templates/portal/staff/calls_form.html"),
    ),
    (
        "staff/calls_preview.html",
        include_str!("../../templates/portal/staff/calls_preview.html"),
    ),
    (
        "staff/calls_question.html",
        include_str!("../../templates/portal/staff/calls_question.html"),
    ),
    (
        "staff/calls_question_fields.html",
        include_str!("../../templates/portal/staff/calls_question_fields.html"),
    ),
];

/// Who reads the calls pages.
pub(super) const READERS: &[Role] = &[Role::Officer, Role::Admin];
/// Who changes calls (as the JSON API: officers).
pub(super) const WRITERS: &[Role] = &[Role::Officer];

/// How many calls a page of the list shows.
const PAGE_SIZE: u64 = 50;

/// The routes of the calls pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/calls", get(list))
        .route("/staff/calls/{id}", get(call_page))
        .route("/staff/calls/{id}/publish", get(confirm_publish).post(publish))
        .route("/staff/calls/{id}/close", get(confirm_close).post(close))
        .route("/staff/calls/{id}/cancel", get(confirm_cancel).post(cancel))
        .merge(super::staff_calls_terms::routes())
        .merge(super::staff_calls_form::routes())
        .merge(super::staff_calls_question::routes())
}

/// The list's filters.
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    offset: Option<u64>,
}

/// A call's state as a tag: its name in words and a colour that only repeats it.
#[derive(Debug, Clone, Serialize)]
pub(super) struct StatusTag {
    code: &'static str,
    name: String,
    colour: &'static str,
}

/// The tag of a call in `status`.
pub(super) fn status_tag(status: CallStatus, language: Language) -> StatusTag {
    let colour = match status {
        CallStatus::Open => "green",
        CallStatus::Cancelled => "red",
        CallStatus::Draft | CallStatus::Closed | CallStatus::Decided => "grey",
    };
    StatusTag {
        code: status.as_str(),
        name: Message::new(format!("staff-calls-status-{}", status.as_str())).render(language),
        colour,
    }
}

/// The name of an application state in the pipeline.
fn application_status(status: ApplicationStatus, language: Language) -> String {
    Message::new(format!("portal-status-{}", views::status_key(status))).render(language)
}

/// A call as the list shows it.
#[derive(Debug, Serialize)]
struct CallRow {
    id: Uuid,
    title: String,
    status: StatusTag,
    opens_at: Instant,
    closes_at: Instant,
    budget: String,
    applications: u64,
    pipeline: Vec<String>,
}

/// Every call, in every state, closing soonest first, with its pipeline; filtered by state.
pub async fn list(State(state): State<AppState>, staff: Staff, Query(query): Query<ListQuery>) -> Response {
    let page = async {
        staff.require(READERS)?;
        let language = staff.language();
        let chosen = CallStatus::parse(&query.status);
        let offset = query.offset.unwrap_or(0);
        let filter = CallsQuery {
            status: chosen,
            ..CallsQuery::default()
        };
        let now = state.now();
        let (calls, total) =
            crate::calls::service::list(&state.db, now, Some(staff.user()), &filter, PAGE_SIZE, offset).await?;
        let ids: Vec<Uuid> = calls.iter().map(|call| call.row.id).collect();
        let mut pipelines = crate::applications::service::pipelines(&state.db, staff.user(), &ids).await?;
        let rows: Vec<CallRow> = calls
            .iter()
            .map(|call| call_row(call, pipelines.remove(&call.row.id).unwrap_or_default(), now, language))
            .collect();
        let statuses: Vec<StatusTag> = call_rules::ALL_STATUSES
            .into_iter()
            .map(|status| status_tag(status, language))
            .collect();
        let (previous, next) = paging_links(chosen, offset, total);
        Ok(Page::new(
            "staff/calls_list.html",
            json!({
                "calls": rows,
                "total": total,
                "statuses": statuses,
                "chosen": chosen.map(CallStatus::as_str),
                "writer": staff.require(WRITERS).is_ok(),
                "previous": previous,
                "next": next,
            }),
        ))
    };
    staff.answer(&state, page.await)
}

/// A call in the officers' list: its terms and its pipeline (how many applications in
/// each state, the empty states left out).
fn call_row(
    call: &StoredCall,
    pipeline: Vec<(ApplicationStatus, u64)>,
    now: DateTime<Utc>,
    language: Language,
) -> CallRow {
    let response = call.response(now);
    CallRow {
        id: call.row.id,
        title: call.terms.title.clone(),
        status: status_tag(response.status, language),
        opens_at: views::instant(call.terms.opens_at, language),
        closes_at: views::instant(call.terms.closes_at, language),
        budget: crate::portal::views::amount(call.terms.budget_ceiling, call.terms.currency, language),
        applications: pipeline.iter().map(|(_, count)| count).sum(),
        pipeline: pipeline
            .iter()
            .filter(|(_, count)| *count > 0)
            .map(|(status, count)| {
                Message::new("staff-calls-pipeline-entry")
                    .with("count", *count as i64)
                    .with("status", application_status(*status, language))
                    .render(language)
            })
            .collect(),
    }
}

/// The list's "previous" and "next" links, keeping the chosen status.
fn paging_links(chosen: Option<CallStatus>, offset: u64, total: u64) -> (Option<String>, Option<String>) {
    let link = |offset: u64| {
        format!(
            "/staff/calls?status={}&offset={offset}",
            chosen.map(CallStatus::as_str).unwrap_or_default()
        )
    };
    let previous = (offset > 0).then(|| link(offset.saturating_sub(PAGE_SIZE)));
    let next = (offset + PAGE_SIZE < total).then(|| link(offset + PAGE_SIZE));
    (previous, next)
}

/// What the call page says happened (after a redirect).
#[derive(Debug, Default, Deserialize)]
pub struct Notice {
    #[serde(default)]
    done: String,
}

/// The notices a call page may show.
const NOTICES: [&str; 5] = ["created", "saved", "published", "closed", "cancelled"];

/// A call's page: its details, pipeline and budget as charts, what may be done next, and
/// links to its form, ranking and reviewer assignment.
pub async fn call_page(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Query(notice): Query<Notice>,
) -> Response {
    let page = async {
        staff.require(READERS)?;
        let language = staff.language();
        let user = staff.user();
        let call = crate::calls::service::visible_call(&state.db, Some(user), id).await?;
        let response = call.response(state.now());
        let status = response.status;
        let form = crate::forms::service::form_of(&state.db, id).await?;
        let pipeline = crate::applications::service::pipelines(&state.db, user, &[id])
            .await?
            .remove(&id)
            .unwrap_or_default();
        let budget = crate::decisions::service::call_budget(&state.db, user, &call).await?;
        let currency = call.terms.currency;
        let writer = staff.require(WRITERS).is_ok();
        let actions = actions_open(status, writer);
        let view = CallView::of(response, &state.reference.regions, language);
        Ok(Page::new(
            "staff/calls_call.html",
            json!({
                "call": view,
                "status": status_tag(status, language),
                "questions": form.questions.len(),
                "pipeline": pipeline_chart(&pipeline, language),
                "budget": budget_chart(&budget, currency, language),
                "editable": writer && status == CallStatus::Draft,
                "form_editable": writer && matches!(status, CallStatus::Draft | CallStatus::Open),
                "actions": actions,
                "notice": NOTICES.contains(&notice.done.as_str()).then_some(notice.done),
                "cancel_reason": call.row.cancel_reason,
            }),
        ))
    };
    staff.answer(&state, page.await)
}

/// The changes of status a reader may make to a call in `status` (none for one who only
/// reads).
fn actions_open(status: CallStatus, writer: bool) -> Vec<&'static str> {
    [CallAction::Publish, CallAction::Close, CallAction::Cancel]
        .into_iter()
        .filter(|action| writer && call_rules::transition(status, *action).is_ok())
        .map(CallAction::as_str)
        .collect()
}

/// The pipeline as bars: one per application state, against the largest.
fn pipeline_chart(pipeline: &[(ApplicationStatus, u64)], language: Language) -> charts::Chart {
    let bars: Vec<Bar> = pipeline
        .iter()
        .map(|(status, count)| Bar {
            label: application_status(*status, language),
            value: Decimal::from(*count),
            shown: count.to_string(),
            target: None,
        })
        .collect();
    let max = bars.iter().map(|bar| bar.value).max().unwrap_or(Decimal::ZERO);
    let title = Message::new("staff-calls-pipeline-title").render(language);
    let columns = [
        Message::new("staff-calls-pipeline-status").render(language),
        Message::new("staff-calls-pipeline-count").render(language),
    ];
    charts::bars(&title, &bars, max, &columns, language)
}

/// The budget as one bar: paid, committed and not yet paid, available.
fn budget_chart(
    budget: &crate::decisions::service::CallBudget,
    currency: Currency,
    language: Language,
) -> charts::Chart {
    let figures = (budget.ceiling, budget.committed, budget.paid);
    money_bar("staff-calls-budget", figures, currency, language)
}

/// A budget (`ceiling`, `committed`, `paid`) as one stacked bar: paid, committed and not
/// yet paid, available. Its words are the catalogue's `<prefix>-title` (with the
/// `ceiling`), `-paid`, `-committed`, `-available`, and the table's `-part` and `-amount`.
pub(super) fn money_bar(
    prefix: &str,
    (ceiling, committed, paid): (Decimal, Decimal, Decimal),
    currency: Currency,
    language: Language,
) -> charts::Chart {
    let unpaid = committed.checked_sub(paid).unwrap_or_default().max(Decimal::ZERO);
    let available = ceiling.checked_sub(committed).unwrap_or_default().max(Decimal::ZERO);
    let word = |part: &str| Message::new(format!("{prefix}-{part}")).render(language);
    let part = |id: &str, value: Decimal| Part {
        label: word(id),
        value,
        shown: crate::portal::views::amount(value, currency, language),
    };
    let parts = [
        part("paid", paid),
        part("committed", unpaid),
        part("available", available),
    ];
    let title = Message::new(format!("{prefix}-title"))
        .with("ceiling", crate::portal::views::amount(ceiling, currency, language))
        .render(language);
    charts::stacked(&title, &parts, &[word("part"), word("amount")], language)
}

/// What a confirmation page posts.
#[derive(Debug, Default, Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    reason: String,
}

/// One message of an error summary, linking to its field.
#[derive(Debug, Clone, Serialize)]
pub(super) struct Problem {
    /// The id of the field.
    pub field: String,
    /// What is wrong, in the reader's language.
    pub message: String,
}

/// A refusal as an error summary and its status: field problems (422) from a validation
/// error, each through `place` (its field id and message); a conflict (409) or a refused
/// permission (403) on the form's `first` field, with the service's reason. `None` for
/// errors that are not about what the form says.
pub(super) fn refusal(
    error: &AppError,
    first: &str,
    language: Language,
    place: impl Fn(&crate::error::FieldError) -> Problem,
) -> Option<(StatusCode, Vec<Problem>)> {
    let on_first = |status: StatusCode| {
        Some((
            status,
            vec![Problem {
                field: first.to_owned(),
                message: error.problem_on_page(language).detail,
            }],
        ))
    };
    match error {
        AppError::Validation(errors) => Some((StatusCode::UNPROCESSABLE_ENTITY, errors.iter().map(place).collect())),
        AppError::Conflict { .. } => on_first(StatusCode::CONFLICT),
        _ => None,
    }
}

/// A confirmation page for `action` on the call, with its problems if the action was
/// refused.
async fn confirmation(
    state: &AppState,
    staff: &Staff,
    id: Uuid,
    action: CallAction,
    (reason, problems): (&str, Vec<Problem>),
) -> AppResult<Page> {
    staff.require(WRITERS)?;
    let call = crate::calls::service::visible_call(&state.db, Some(staff.user()), id).await?;
    let questions = crate::forms::service::form_of(&state.db, id).await?.questions.len();
    Ok(confirm_page(
        staff,
        &call,
        action,
        state.now(),
        (reason, questions, problems),
    ))
}

fn confirm_page(
    staff: &Staff,
    call: &StoredCall,
    action: CallAction,
    now: chrono::DateTime<chrono::Utc>,
    (reason, questions, problems): (&str, usize, Vec<Problem>),
) -> Page {
    let language = staff.language();
    let response = call.response(now);
    Page::new(
        "staff/calls_confirm.html",
        json!({
            "action": action.as_str(),
            "call": {
                "id": call.row.id,
                "title": call.terms.title,
                "opens_at": views::instant(call.terms.opens_at, language),
                "closes_at": views::instant(call.terms.closes_at, language),
                "budget": crate::portal::views::amount(call.terms.budget_ceiling, call.terms.currency, language),
            },
            "status": status_tag(response.status, language),
            "questions": questions,
            "reason": reason,
            "errors": problems,
            "csrf_token": staff.visitor.form_token().0,
        }),
    )
}

/// Asks before publishing.
pub async fn confirm_publish(State(state): State<AppState>, staff: Staff, Path(id): Path<Uuid>) -> Response {
    let page = confirmation(&state, &staff, id, CallAction::Publish, ("", Vec::new())).await;
    staff.answer(&state, page)
}

/// Asks before closing.
pub async fn confirm_close(State(state): State<AppState>, staff: Staff, Path(id): Path<Uuid>) -> Response {
    let page = confirmation(&state, &staff, id, CallAction::Close, ("", Vec::new())).await;
    staff.answer(&state, page)
}

/// Asks for the reason before cancelling.
pub async fn confirm_cancel(State(state): State<AppState>, staff: Staff, Path(id): Path<Uuid>) -> Response {
    let page = confirmation(&state, &staff, id, CallAction::Cancel, ("", Vec::new())).await;
    staff.answer(&state, page)
}

/// Publishes the call.
pub async fn publish(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(form): Form<ActionForm>,
) -> Response {
    act(&state, &staff, id, CallAction::Publish, form).await
}

/// Closes the call.
pub async fn close(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(form): Form<ActionForm>,
) -> Response {
    act(&state, &staff, id, CallAction::Close, form).await
}

/// Cancels the call with the reason applicants read.
pub async fn cancel(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(form): Form<ActionForm>,
) -> Response {
    act(&state, &staff, id, CallAction::Cancel, form).await
}

/// Applies `action` through the calls service: back to the call's page, or the
/// confirmation again with the service's refusal as its error summary.
async fn act(state: &AppState, staff: &Staff, id: Uuid, action: CallAction, form: ActionForm) -> Response {
    if let Err(error) = staff.check_form(&form.csrf_token).and_then(|()| staff.require(WRITERS)) {
        return staff.answer(state, Err(error));
    }
    let reason = (action == CallAction::Cancel).then(|| form.reason.clone());
    let done = crate::calls::service::change_status(&state.db, state.now(), staff.user(), id, action, reason).await;
    let error = match done {
        Ok(_) => {
            let done = action.past_participle();
            return Redirect::to(&format!("/staff/calls/{id}?done={done}")).into_response();
        }
        Err(error) => error,
    };
    let language = staff.language();
    let first = match action {
        CallAction::Cancel => "reason",
        _ => "confirm",
    };
    let place = |field: &crate::error::FieldError| Problem {
        field: first.to_owned(),
        message: match field.field.as_str() {
            "reason" => Message::new("staff-calls-error-reason").render(language),
            _ => field.message.render_on_page(language),
        },
    };
    match refusal(&error, first, language, place) {
        Some((status, problems)) => {
            let page = confirmation(state, staff, id, action, (&form.reason, problems)).await;
            staff.answer(state, page.map(|page| page.with_status(status)))
        }
        None => staff.answer(state, Err(error)),
    }
}

/// The data every form page of a call shares: the call's id, title and state.
pub(super) fn call_heading(call: &StoredCall, now: chrono::DateTime<chrono::Utc>, language: Language) -> Value {
    json!({
        "id": call.row.id,
        "title": call.terms.title,
        "status": status_tag(call.response(now).status, language),
        "currency": call.terms.currency.code(),
    })
}

/// The problems of a list in the order of `order` (field ids as the page lays them out);
/// fields not in it go last.
pub(super) fn in_order(mut problems: Vec<Problem>, order: &[String]) -> Vec<Problem> {
    let position = |field: &str| order.iter().position(|each| each == field).unwrap_or(usize::MAX);
    problems.sort_by_key(|problem| position(&problem.field));
    problems
}
