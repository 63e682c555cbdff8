//! The officer's decision on an application under review (`/staff/decisions/{id}`), in
//! three steps as GOV.UK's "check your answers" has it: the form (outcome, reason, amount,
//! tranches with a running total written by `assets/portal.js`, reporting obligations);
//! the check page, showing the decision as `decisions::service::check_decision` finds it
//! (fields, tranches summing to the amount, the award gate, the budget), each part with a
//! "Change" button back to the form; and its "Record the decision" button, which records it
//! through `decisions::service::decide`. What was typed travels in the check page's hidden
//! fields, so nothing is kept before the final button and a forged value is checked again
//! like a typed one. The award gate's refusal lists what is missing with links; a post for
//! an application decided meanwhile says so and changes nothing.

use axum::Router;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::{Value, json};
use uuid::Uuid;

use super::{again, field_value, refusal_on, summary};
use crate::AppState;
use crate::applications::rules::ApplicationStatus;
use crate::auth::Role;
use crate::awards::rules::ReportKind;
use crate::decisions::json::{DecisionRequest, ObligationRequest, TrancheRequest};
use crate::decisions::rules::Outcome;
use crate::decisions::service::DecisionPlan;
use crate::diligence::rules::Standing;
use crate::error::{AppError, AppResult, ProblemKind, Validator};
use crate::i18n::{Language, Message};
use crate::money::Amount;
use crate::portal::pages::{FormError, form_errors};
use crate::portal::render::Page;
use crate::portal::staff::Staff;
use crate::portal::views;
use crate::risk::rules::{ResidualRating, RiskStatus};

/// How many tranche rows and reporting obligations the decision form offers.
const TRANCHE_ROWS: usize = 4;
const OBLIGATION_ROWS: usize = 4;

/// The decision's routes.
pub fn routes() -> Router<AppState> {
    Router::new().route("/staff/decisions/{id}", get(decision_form).post(decide))
}

/// A decision form's fields as typed (to show them again).
#[derive(Debug, Default)]
struct DecisionTyped<'a> {
    fields: Option<&'a [(String, String)]>,
}

impl DecisionTyped<'_> {
    fn get(&self, name: &str) -> &str {
        self.fields.map_or("", |fields| field_value(fields, name))
    }
}

/// The decision form: outcome, reason, amount and tranches, reporting obligations (and
/// the override reason when no review was submitted). Shown again for a post (`typed`)
/// about an application no longer under review, it says it was decided meanwhile.
pub async fn decision_form(State(state): State<AppState>, staff: Staff, Path(id): Path<Uuid>) -> Response {
    let page = decision_page(&state, &staff, id, Vec::new(), DecisionTyped::default(), Vec::new()).await;
    staff.answer(&state, page)
}

async fn decision_page(
    state: &AppState,
    staff: &Staff,
    id: Uuid,
    errors: Vec<FormError>,
    typed: DecisionTyped<'_>,
    gate: Vec<Value>,
) -> AppResult<Page> {
    staff.require(&[Role::Officer])?;
    let language = staff.language();
    let application = crate::applications::service::get(&state.db, staff.user(), id).await?;
    let call = crate::calls::service::visible_call(&state.db, Some(staff.user()), application.call_id).await?;
    let reviews = crate::reviews::service::reviews_of(&state.db, staff.user(), id).await?;
    let currency = call.terms.currency;
    let (tranches, obligations) = decision_rows(&typed, &errors);
    let decidable = application.status == ApplicationStatus::UnderReview;
    let kinds: Vec<Value> = ReportKind::ALL
        .iter()
        .map(|kind| json!({ "value": kind.as_str(), "label": report_label(*kind, language) }))
        .collect();
    Ok(Page::new(
        "staff/review_decision.html",
        json!({
            "application": summary(&application, language),
            "decidable": decidable,
            "stale": typed.fields.is_some() && !decidable,
            "review_count": reviews.len(),
            "currency": currency.code(),
            "decimals": currency.minor_unit(),
            "grant_range": views::amount_range(call.terms.min_grant, call.terms.max_grant, currency, language),
            "outcome": typed.get("outcome"),
            "reason": typed.get("reason"),
            "amount": typed.get("amount"),
            "override_reason": typed.get("override_reason"),
            "tranches": tranches,
            "kinds": kinds,
            "obligations": obligations,
            "gate": gate,
            "errors": errors,
        }),
    ))
}

/// The decision form's tranche and obligation rows, with what was typed and its errors.
fn decision_rows(typed: &DecisionTyped<'_>, errors: &[FormError]) -> (Vec<Value>, Vec<Value>) {
    let cell = |name: String| {
        let error = errors
            .iter()
            .find(|error| error.field == name)
            .map(|error| error.message.clone());
        json!({ "value": typed.get(&name), "error": error, "name": name })
    };
    let tranches = (0..TRANCHE_ROWS)
        .map(|row| {
            json!({
                "number": row + 1,
                "amount": cell(format!("tranches-{row}-amount")),
                "due_on": cell(format!("tranches-{row}-due_on")),
                "condition": cell(format!("tranches-{row}-condition")),
            })
        })
        .collect();
    let obligations = (0..OBLIGATION_ROWS)
        .map(|row| {
            json!({
                "number": row + 1,
                "kind": cell(format!("obligations-{row}-kind")),
                "due_on": cell(format!("obligations-{row}-due_on")),
            })
        })
        .collect();
    (tranches, obligations)
}

/// What the decision form says, as the decisions service takes it; what does not read
/// (an amount, a date, a report kind) is a field error of the form's own name.
fn decision_request(fields: &[(String, String)], language: Language) -> AppResult<DecisionRequest> {
    let mut check = Validator::new();
    let outcome = match field_value(fields, "outcome") {
        "awarded" => Some(Outcome::Awarded),
        "rejected" => Some(Outcome::Rejected),
        _ => {
            check.push("outcome", Message::new("staff-review-error-outcome"));
            None
        }
    };
    let amount = amount_of(fields, "amount", language, &mut check);
    let tranche_amounts: Vec<_> = (0..TRANCHE_ROWS)
        .map(|row| amount_of(fields, &format!("tranches-{row}-amount"), language, &mut check))
        .collect();
    let mut tranches = Vec::new();
    for (row, amount) in tranche_amounts.into_iter().enumerate() {
        let due_on = date_of(fields, &format!("tranches-{row}-due_on"), &mut check);
        let condition = field_value(fields, &format!("tranches-{row}-condition"))
            .trim()
            .to_owned();
        match (amount, due_on) {
            (Some(amount), Some(due_on)) => tranches.push(TrancheRequest {
                percent: None,
                amount: Some(amount),
                due_on,
                condition,
                condition_report: None,
            }),
            (None, None) if condition.is_empty() => {}
            (None, _) if field_value(fields, &format!("tranches-{row}-amount")).trim().is_empty() => check.push(
                format!("tranches-{row}-amount"),
                Message::new("staff-review-error-tranche-amount"),
            ),
            (Some(_), None) => check.push(
                format!("tranches-{row}-due_on"),
                Message::new("staff-review-error-date"),
            ),
            (None, _) => {}
        }
    }
    let mut reporting_obligations = Vec::new();
    for row in 0..OBLIGATION_ROWS {
        let kind_field = format!("obligations-{row}-kind");
        let kind = ReportKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == field_value(fields, &kind_field));
        let due_on = date_of(fields, &format!("obligations-{row}-due_on"), &mut check);
        match (kind, due_on) {
            (Some(kind), Some(due_on)) => reporting_obligations.push(ObligationRequest { kind, due_on }),
            (None, None) => {}
            (None, Some(_)) => check.push(kind_field, Message::new("staff-review-error-report-kind")),
            (Some(_), None) => check.push(
                format!("obligations-{row}-due_on"),
                Message::new("staff-review-error-date"),
            ),
        }
    }
    check.finish()?;
    let override_reason = field_value(fields, "override_reason").trim();
    Ok(DecisionRequest {
        outcome: outcome.unwrap_or(Outcome::Rejected),
        reason: field_value(fields, "reason").to_owned(),
        amount,
        tranches,
        reporting_obligations,
        override_reason: (!override_reason.is_empty()).then(|| override_reason.to_owned()),
    })
}

/// The amount typed in `name` in the reader's format (`money::typed::read`), if any; one that
/// does not read is an error on the field.
fn amount_of(fields: &[(String, String)], name: &str, language: Language, check: &mut Validator) -> Option<Amount> {
    let text = field_value(fields, name).trim();
    if text.is_empty() {
        return None;
    }
    match crate::money::typed::read(text, language) {
        Ok(amount) => Some(Amount(amount)),
        Err(_) => {
            check.push(name, Message::new("staff-review-error-amount"));
            None
        }
    }
}

/// The date typed in `name` (`YYYY-MM-DD`, as a date field sends it), if any; one that does
/// not read is an error on the field.
fn date_of(fields: &[(String, String)], name: &str, check: &mut Validator) -> Option<NaiveDate> {
    let text = field_value(fields, name).trim();
    match text.parse::<NaiveDate>() {
        Ok(date) => Some(date),
        Err(_) if text.is_empty() => None,
        Err(_) => {
            check.push(name, Message::new("staff-review-error-date"));
            None
        }
    }
}

/// The form's name for a field the decisions service names (`tranches[1].amount` is
/// `tranches-1-amount`).
fn form_field(service_field: &str) -> String {
    service_field
        .replace("reporting_obligations", "obligations")
        .replace("].", "-")
        .replace('[', "-")
        .replace(']', "")
}

/// What the decision form's buttons ask (`action`): the form's own button checks the
/// decision and shows the check page; the check page's "Change" buttons (`change`) show
/// the form again with what was typed; its last button (`record`) records the decision and
/// leads to the ranking, which says it is recorded. A refusal shows the form again with what is wrong.
pub async fn decide(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    if let Err(error) = staff.check_form(field_value(&fields, "csrf_token")) {
        return staff.answer(&state, Err(error));
    }
    let (state, staff) = (&state, &staff);
    let answer = match field_value(&fields, "action") {
        "change" => {
            let typed = DecisionTyped { fields: Some(&fields) };
            let page = decision_page(state, staff, id, Vec::new(), typed, Vec::new()).await;
            return staff.answer(state, page);
        }
        "record" => record_decision(state, staff, id, &fields).await.map(|call_id| {
            let ranking = format!("/staff/calls/{call_id}/ranking?done=decided#application-{id}");
            Redirect::to(&ranking).into_response()
        }),
        _ => check_page(state, staff, id, &fields)
            .await
            .map(|page| staff.answer(state, Ok(page))),
    };
    match answer {
        Ok(response) => response,
        Err(error) => refused_decision(state, staff, id, error, &fields).await,
    }
}

/// Records the decision the fields say through the decisions service, which checks it all
/// again; answers the application's call.
async fn record_decision(state: &AppState, staff: &Staff, id: Uuid, fields: &[(String, String)]) -> AppResult<Uuid> {
    staff.require(&[Role::Officer])?;
    let input = decision_request(fields, staff.language())?;
    let threshold = state.config.sanctions_threshold;
    let application =
        crate::decisions::service::decide(&state.db, state.now(), staff.user(), id, input, threshold).await?;
    Ok(application.call_id)
}

/// The check page: the decision as the decisions service finds it, recording nothing, with
/// what was typed in hidden fields for the "Change" and "Record the decision" buttons. The
/// tranches are shown by due date, as they will be recorded, and the page says so when
/// they were typed in another order; the hidden fields keep the typed order, so "Change"
/// shows the form as it was typed.
async fn check_page(state: &AppState, staff: &Staff, id: Uuid, fields: &[(String, String)]) -> AppResult<Page> {
    staff.require(&[Role::Officer])?;
    let input = decision_request(fields, staff.language())?;
    let reordered = !input.tranches.is_sorted_by_key(|tranche| tranche.due_on);
    let threshold = state.config.sanctions_threshold;
    let (db, now, user) = (&state.db, state.now(), staff.user());
    let plan = crate::decisions::service::check_decision(db, now, user, id, input, threshold).await?;
    let application = crate::applications::service::get(db, user, id).await?;
    let language = staff.language();
    Ok(Page::new(
        "staff/review_decision_check.html",
        json!({
            "application": summary(&application, language),
            "decision": checked_view(&plan, language),
            "reordered": reordered,
            "hidden": hidden_fields(fields),
        }),
    ))
}

/// A checked decision as the check page shows it: words, amounts and dates in the
/// reader's language, and the tranches' sum.
fn checked_view(plan: &DecisionPlan, language: Language) -> Value {
    let currency = plan.currency;
    let money = |amount: Decimal| crate::portal::views::amount(amount, currency, language);
    let tranches: Vec<Value> = plan
        .tranches
        .iter()
        .map(|tranche| {
            json!({
                "number": tranche.number,
                "amount": money(tranche.amount),
                "due_on": views::date(tranche.due_on, language),
                "condition": tranche.condition,
            })
        })
        .collect();
    let sum = plan
        .tranches
        .iter()
        .try_fold(Decimal::ZERO, |sum, tranche| sum.checked_add(tranche.amount));
    let obligations: Vec<Value> = plan
        .obligations
        .iter()
        .map(
            |(kind, due_on)| json!({ "kind": report_label(*kind, language), "due_on": views::date(*due_on, language) }),
        )
        .collect();
    let outcome = match plan.outcome {
        Outcome::Awarded => "staff-review-outcome-awarded",
        Outcome::Rejected => "staff-review-outcome-rejected",
    };
    json!({
        "awarded": plan.outcome == Outcome::Awarded,
        "outcome": Message::new(outcome).render(language),
        "reason": plan.reason,
        "override_reason": plan.override_reason,
        "amount": plan.amount.map(money),
        "tranches": tranches,
        "sum": sum.map(money),
        "obligations": obligations,
    })
}

/// The form's fields as typed, as the check page's hidden fields: only the form's own
/// names, and only those with a value.
fn hidden_fields(fields: &[(String, String)]) -> Vec<(String, String)> {
    let mut names = vec![
        "outcome".to_owned(),
        "reason".to_owned(),
        "amount".to_owned(),
        "override_reason".to_owned(),
    ];
    for row in 0..TRANCHE_ROWS {
        names.extend(["amount", "due_on", "condition"].map(|part| format!("tranches-{row}-{part}")));
    }
    for row in 0..OBLIGATION_ROWS {
        names.extend(["kind", "due_on"].map(|part| format!("obligations-{row}-{part}")));
    }
    names
        .into_iter()
        .filter_map(|name| {
            let value = field_value(fields, &name);
            (!value.is_empty()).then(|| (name, value.to_owned()))
        })
        .collect()
}

/// A report kind's name in `language`.
fn report_label(kind: ReportKind, language: Language) -> String {
    Message::new(format!("staff-review-report-{}", kind.as_str().replace('_', "-"))).render(language)
}

/// The decision form again with what is wrong (the award gate's gaps with their links),
/// or an error page when the refusal is not about what the form says.
async fn refused_decision(
    state: &AppState,
    staff: &Staff,
    id: Uuid,
    error: AppError,
    fields: &[(String, String)],
) -> Response {
    if error.kind() == ProblemKind::InvalidTransition {
        // Decided since the form was opened: the page says so (it is not decidable any
        // more) and nothing was recorded.
        let typed = DecisionTyped { fields: Some(fields) };
        let page = decision_page(state, staff, id, Vec::new(), typed, Vec::new()).await;
        return staff.answer(state, page.map(|page| page.with_status(StatusCode::CONFLICT)));
    }
    let gate = match error.kind() {
        ProblemKind::AwardPreconditions | ProblemKind::RescreeningRequired => {
            match gate_gaps(state, staff, id, error.kind()).await {
                Ok(gate) => gate,
                Err(error) => return staff.answer(state, Err(error)),
            }
        }
        _ => Vec::new(),
    };
    match decision_errors(&error, !gate.is_empty(), staff.language()) {
        Some(errors) => {
            let typed = DecisionTyped { fields: Some(fields) };
            again(staff, state, errors, |errors| {
                decision_page(state, staff, id, errors, typed, gate)
            })
            .await
        }
        None => staff.answer(state, Err(error)),
    }
}

/// A refused decision as the form's error summary: the fields by the form's names, the
/// award gate's refusal, or a conflict's detail on the outcome; `None` for refusals that
/// are not about what the form says.
fn decision_errors(error: &AppError, gate: bool, language: Language) -> Option<Vec<FormError>> {
    match error {
        AppError::Validation(_) => form_errors(error, &[], language).map(|errors| {
            errors
                .into_iter()
                .map(|error| FormError {
                    field: form_field(&error.field),
                    message: error.message,
                })
                .collect()
        }),
        _ if gate => Some(vec![FormError {
            field: "gate".to_owned(),
            message: Message::new("staff-review-gate-refused").render(language),
        }]),
        _ => refusal_on("outcome", error, language),
    }
}

/// What the award gate finds missing, each with the page where an officer sees to it.
async fn gate_gaps(state: &AppState, staff: &Staff, id: Uuid, kind: ProblemKind) -> AppResult<Vec<Value>> {
    let language = staff.language();
    let standing = crate::decisions::service::gate_standing(&state.db, state.now(), staff.user(), id).await?;
    let diligence = ("diligence", standing.organisation_id);
    let risk = ("risk", id);
    let mut gaps = Vec::new();
    let mut gap = |key: &str, (area, subject): (&str, Uuid), at: Option<String>| {
        let mut message = Message::new(format!("staff-review-gate-{key}"));
        if let Some(at) = at {
            message = message.with("at", at);
        }
        gaps.push(json!({ "text": message.render(language), "area": area, "subject": subject }));
    };
    match standing.diligence {
        Standing::Valid(_) => {}
        Standing::Missing => gap("diligence-missing", diligence, None),
        Standing::Failed => gap("diligence-failed", diligence, None),
        Standing::Expired(at) => gap("diligence-expired", diligence, Some(views::instant(at, language).text)),
    }
    match standing.risk {
        None => gap("risk-missing", risk, None),
        Some((RiskStatus::Approved, ResidualRating::Critical)) => gap("risk-critical", risk, None),
        Some((RiskStatus::Approved, _)) => {}
        Some(_) => gap("risk-unapproved", risk, None),
    }
    if kind == ProblemKind::RescreeningRequired {
        gap("rescreening", diligence, None);
    }
    Ok(gaps)
}
