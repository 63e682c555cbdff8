//! The finance workspace: the disbursement queue at `/staff/payments` (requests awaiting
//! approval, the reader's own requests set apart because another finance user approves
//! them, approved payments awaiting payment, and the paid and cancelled history), one
//! payment's page with what may be done to it now (approve, with an override reason where
//! its tranche's condition is unmet; pay, with the bank's date and reference; cancel, with
//! the reason), and the page of what a payment is made against (`staff_finance_sources`).
//!
//! Every page calls the disbursement, award and sponsorship services, as the JSON API does:
//! four eyes, ceilings, idempotency and the audit trail are theirs. Finance only: other
//! staff get 403, anyone else "not found".

use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::pages::{FormError, FormFields, after_form, problem_page};
use super::render::Page;
use super::staff::Staff;
use super::views;
use crate::AppState;
use crate::auth::Role;
use crate::awards::rules::AwardStatus;
use crate::awards::store::AwardFilter;
use crate::disbursements::rules::DisbursementStatus;
use crate::disbursements::store::disbursement;
use crate::error::{AppError, AppResult, ProblemKind, Validator};
use crate::i18n::{Language, Message};
use crate::money;
use crate::portal::done::Done;
use crate::reports::ledger;
use crate::reports::ledger_rules::{LedgerCursor, LedgerEntry, LedgerFilter, LedgerStatus};
use crate::reports::rules::Period;

/// The templates of these pages.
pub const TEMPLATES: [(&str, &str); 2] = [
    (
        "staff/finance_queue.html",
        include_str!("../../templates/portal/staff/finance_queue.html"),
    ),
    (
        "staff/finance_payment.html",
        include_str!("../../templates/portal/staff/finance_payment.html"),
    ),
];

/// The routes of the queue and of a payment's page.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/payments", get(queue))
        .route("/staff/payments/{id}", get(payment_page))
        .route("/staff/payments/{id}/approve", post(approve_payment))
        .route("/staff/payments/{id}/pay", post(pay_payment))
        .route("/staff/payments/{id}/cancel", post(cancel_payment))
}

/// How many payments each part of the queue lists (older ones are in the reports).
const QUEUE_LIMIT: u64 = 100;

/// What the queue's address may carry: the history's status and page, and what was just done.
#[derive(Debug, Default, Deserialize)]
pub struct QueueQuery {
    /// `paid` (default) or `cancelled`.
    #[serde(default)]
    history: String,
    /// Where the history's page starts (the previous page's `next`).
    #[serde(default)]
    cursor: String,
}

/// The disbursement queue: requests to approve (not the reader's own), the reader's own
/// requests (marked: another finance user approves them), approved payments to pay, the
/// awards payments are requested against, and the history.
pub async fn queue(State(state): State<AppState>, staff: Staff, Query(query): Query<QueueQuery>) -> Response {
    let page = async {
        staff.require(&[Role::Finance])?;
        let language = staff.language();
        let requested = entries(&state, LedgerStatus::Requested, None).await?.0;
        let ids = requested.iter().map(|entry| entry.id).collect();
        let requesters = crate::disbursements::service::requesters(&state.db, ids).await?;
        let me = staff.user().id;
        let (mine, theirs): (Vec<&LedgerEntry>, Vec<&LedgerEntry>) = requested
            .iter()
            .partition(|entry| requesters.get(&entry.id) == Some(&me));
        let approved = entries(&state, LedgerStatus::Approved, None).await?.0;
        let history_status = match query.history.as_str() {
            "cancelled" => LedgerStatus::Cancelled,
            _ => LedgerStatus::Paid,
        };
        let cursor = LedgerCursor::decode(&query.cursor);
        let (history, next) = entries(&state, history_status, cursor).await?;
        let awards = active_awards(&state, language).await?;
        let rows = |list: &[&LedgerEntry]| -> Vec<PaymentRow> {
            list.iter().map(|entry| PaymentRow::of(entry, language)).collect()
        };
        Ok(Page::new(
            "staff/finance_queue.html",
            json!({
                "to_approve": rows(&theirs),
                "mine": rows(&mine),
                "to_pay": rows(&approved.iter().collect::<Vec<_>>()),
                "history": rows(&history.iter().collect::<Vec<_>>()),
                "history_status": history_status.as_str(),
                "next": next.map(|cursor| cursor.encode()),
                "awards": awards,
            }),
        ))
    };
    staff.answer(&state, page.await)
}

/// The active awards, newest first, which payments are requested against.
async fn active_awards(state: &AppState, language: Language) -> AppResult<Vec<serde_json::Value>> {
    let filter = AwardFilter {
        status: Some(AwardStatus::Active),
        ..AwardFilter::default()
    };
    let (awards, _) = crate::awards::service::page(&state.db, filter, (QUEUE_LIMIT, 0)).await?;
    Ok(awards
        .iter()
        .map(|award| {
            json!({ "id": award.id, "reference": award.reference, "organisation": award.organisation_name,
            "amount": crate::portal::views::written(&award.amount, award.currency, language) })
        })
        .collect())
}

/// Up to [`QUEUE_LIMIT`] ledger entries of `status` from `cursor`, and where the next page starts.
async fn entries(
    state: &AppState,
    status: LedgerStatus,
    cursor: Option<LedgerCursor>,
) -> AppResult<(Vec<LedgerEntry>, Option<LedgerCursor>)> {
    let filter = LedgerFilter {
        period: Period::everything(),
        status: Some(status),
        call_id: None,
        event_id: None,
        organisation_id: None,
    };
    ledger::page(&state.db, &filter, cursor, QUEUE_LIMIT).await
}

/// A payment as the queue lists it.
#[derive(Debug, Serialize)]
pub struct PaymentRow {
    id: Uuid,
    source: String,
    organisation: String,
    amount: String,
    counted: Option<String>,
    requested_on: String,
    requested_by: String,
    approved_by: String,
    paid_on: String,
    bank_reference: String,
    status: &'static str,
    status_text: String,
}

impl PaymentRow {
    fn of(entry: &LedgerEntry, language: Language) -> Self {
        let date = |on: Option<NaiveDate>| on.map(|on| views::date(on, language)).unwrap_or_default();
        Self {
            id: entry.id,
            source: entry.source.describe(),
            organisation: entry.organisation_name.clone(),
            amount: crate::portal::views::amount(entry.amount, entry.currency, language),
            counted: (entry.currency != entry.counted_currency)
                .then(|| crate::portal::views::amount(entry.counted_amount, entry.counted_currency, language)),
            requested_on: date(entry.requested_on),
            requested_by: entry.requested_by.clone(),
            approved_by: entry.approved_by.clone().unwrap_or_default(),
            paid_on: date(entry.paid_on),
            bank_reference: entry.bank_reference.clone().unwrap_or_default(),
            status: entry.status.as_str(),
            status_text: status_text(entry.status.as_str(), language),
        }
    }
}

/// A status in the reader's language (a tag always carries its text, never colour alone).
pub(super) fn status_text(status: &str, language: Language) -> String {
    Message::new(format!("staff-finance-status-{status}")).render(language)
}

/// What the action forms of a payment's page send.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
pub struct ActionForm {
    #[serde(default)]
    csrf_token: String,
    /// Why a tranche is paid although its condition is not met.
    #[serde(default)]
    override_reason: String,
    /// The bank's payment date (`YYYY-MM-DD`).
    #[serde(default)]
    paid_on: String,
    /// The bank's payment reference.
    #[serde(default)]
    payment_reference: String,
    /// Why the payment is cancelled.
    #[serde(default)]
    reason: String,
}

/// The fields of the approval form.
const APPROVE_FIELDS: &FormFields = &[("override_reason", None)];
/// The fields of the payment form.
const PAY_FIELDS: &FormFields = &[
    ("paid_on", Some("staff-finance-error-paid-on")),
    ("payment_reference", Some("staff-finance-error-payment-reference")),
];
/// The fields of the cancellation form.
const CANCEL_FIELDS: &FormFields = &[("reason", Some("staff-finance-error-reason"))];

/// One payment: what it pays, to whom, its state and who did what, and the actions its
/// state allows the reader (no approval of one's own request: the form is not there, and
/// the service refuses a forged one).
pub async fn payment_page(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Query(done): Query<Done>,
) -> Response {
    let shown = Shown {
        errors: &[],
        notice: finance_notice(&done, staff.language()),
    };
    let page = payment_view(&state, &staff, id, shown, &ActionForm::default()).await;
    staff.answer(&state, page)
}

/// What the finance pages say was just done (`staff-finance-done-…`).
pub(super) fn finance_notice(done: &Done, language: Language) -> Option<String> {
    done.notice(
        "staff-finance-done",
        &["requested", "approved", "paid", "cancelled"],
        language,
    )
}

/// Approves a requested payment (never the reader's own).
pub async fn approve_payment(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(form): Form<ActionForm>,
) -> Response {
    if let Err(error) = checked(&staff, &form) {
        return problem_page(&state, &staff.visitor, error);
    }
    let reason = Some(form.override_reason.clone());
    let threshold = state.config.sanctions_threshold;
    let approved =
        crate::disbursements::service::approve(&state.db, state.now(), staff.user().id, id, reason, threshold).await;
    let approved = approved.map_err(|error| match error.kind() {
        ProblemKind::ConditionNotMet => {
            AppError::field("override_reason", Message::new("staff-finance-error-override"))
        }
        _ => error,
    });
    finish(&state, &staff, id, (approved, "approved"), &form, APPROVE_FIELDS).await
}

/// Records the bank's payment of an approved payment: its date and reference.
pub async fn pay_payment(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(form): Form<ActionForm>,
) -> Response {
    if let Err(error) = checked(&staff, &form) {
        return problem_page(&state, &staff.visitor, error);
    }
    let paid = async {
        let mut check = Validator::new();
        let paid_on = check.take("paid_on", form.paid_on.trim().parse::<NaiveDate>().map_err(|_| ""));
        check.required_text("payment_reference", &form.payment_reference, 200);
        check.finish()?;
        let payment = crate::disbursements::service::Payment {
            paid_on: paid_on.ok_or_else(|| AppError::Internal("a checked date vanished".to_owned()))?,
            payment_reference: form.payment_reference.clone(),
        };
        let threshold = state.config.sanctions_threshold;
        crate::disbursements::service::pay(&state.db, state.now(), staff.user().id, id, payment, threshold).await
    };
    finish(&state, &staff, id, (paid.await, "paid"), &form, PAY_FIELDS).await
}

/// Cancels a payment before it is paid, with the reason.
pub async fn cancel_payment(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(form): Form<ActionForm>,
) -> Response {
    if let Err(error) = checked(&staff, &form) {
        return problem_page(&state, &staff.visitor, error);
    }
    let reason = form.reason.clone();
    let cancelled = crate::disbursements::service::cancel(&state.db, state.now(), staff.user().id, id, reason).await;
    finish(&state, &staff, id, (cancelled, "cancelled"), &form, CANCEL_FIELDS).await
}

/// The form's CSRF token, then the reader's role (finance).
fn checked(staff: &Staff, form: &ActionForm) -> AppResult<()> {
    staff.check_form(&form.csrf_token)?;
    staff.require(&[Role::Finance])
}

/// The payment's page after an action: with what was done, or again with the errors (422).
async fn finish(
    state: &AppState,
    staff: &Staff,
    id: Uuid,
    (outcome, done): (AppResult<disbursement::Model>, &str),
    form: &ActionForm,
    fields: &FormFields,
) -> Response {
    let next = outcome.map(|_| format!("/staff/payments/{id}?done={done}"));
    let again = |errors: Vec<FormError>| async move {
        let shown = Shown {
            errors: &errors,
            notice: None,
        };
        payment_view(state, staff, id, shown, form).await
    };
    after_form(state, &staff.visitor, next, fields, again).await
}

/// What a page shows besides its data: the errors of a refused form, or what was just done.
pub(super) struct Shown<'a> {
    /// The error summary's messages.
    pub errors: &'a [FormError],
    /// What was just done.
    pub notice: Option<String>,
}

/// The payment's page: its facts, its source and the forms its state allows.
async fn payment_view(
    state: &AppState,
    staff: &Staff,
    id: Uuid,
    shown: Shown<'_>,
    form: &ActionForm,
) -> AppResult<Page> {
    staff.require(&[Role::Finance])?;
    let language = staff.language();
    let found = crate::disbursements::service::find(&state.db, id).await?;
    let source = super::staff_finance_sources::describe(state, &found, language).await?;
    let mine = found.requested_by == staff.user().id;
    let status = found.status;
    let payment = payment_facts(state, &found, language).await?;
    let today = state.now().date_naive().to_string();
    let form = ActionForm {
        paid_on: if form.paid_on.is_empty() {
            today
        } else {
            form.paid_on.clone()
        },
        ..form.clone()
    };
    Ok(Page::new(
        "staff/finance_payment.html",
        json!({
            "payment": payment,
            "source": source,
            "mine": mine,
            "can_approve": status == DisbursementStatus::Requested && !mine,
            "can_pay": status == DisbursementStatus::Approved,
            "can_cancel": matches!(status, DisbursementStatus::Requested | DisbursementStatus::Approved),
            "form": form,
            "errors": shown.errors,
            "notice": shown.notice,
        }),
    ))
}

/// What a payment's page says of it: amounts, references, who did what and when.
async fn payment_facts(
    state: &AppState,
    found: &disbursement::Model,
    language: Language,
) -> AppResult<serde_json::Value> {
    let name = |user: Option<Uuid>| async move {
        match user {
            Some(user) => crate::auth::service::me(&state.db, user)
                .await
                .map(|me| me.user.full_name),
            None => Ok(String::new()),
        }
    };
    let status = found.status;
    let instant = |at: Option<chrono::DateTime<chrono::Utc>>| at.map(|at| views::instant(at, language));
    Ok(json!({
        "id": found.id,
        "amount": crate::portal::views::amount(money::from_stored(found.amount), found.currency, language),
        "counted": (found.currency != found.counted_currency)
            .then(|| crate::portal::views::amount(money::from_stored(found.counted_amount), found.counted_currency, language)),
        "fx_rate": found.fx_rate,
        "payee_reference": found.payee_reference,
        "status": status.as_str(),
        "status_text": status_text(status.as_str(), language),
        "requested_by": name(Some(found.requested_by)).await?,
        "requested_at": views::instant(found.requested_at, language),
        "approved_by": name(found.approved_by).await?,
        "approved_at": instant(found.approved_at),
        "override_reason": found.override_reason,
        "paid_on": found.paid_on.map(|on| views::date(on, language)),
        "payment_reference": found.payment_reference,
        "cancelled_at": instant(found.cancelled_at),
        "cancel_reason": found.cancel_reason,
    }))
}
