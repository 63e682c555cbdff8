//! What finance pays against, each on its own page: an award (`/staff/payments/awards/{id}`,
//! with its tranches and their conditions) or a travel sponsorship
//! (`/staff/payments/sponsorships/{id}`). Each page draws the money as one stacked bar
//! (paid, requested or approved and not yet paid, still available), lists the payments
//! made against it, and holds the form that requests a new one with the available amount
//! beside it. The form carries an idempotency key made when it was drawn, so a double click
//! or a resubmission creates one payment (the disbursement service replays the first).

use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::response::Response;
use axum::routing::get;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::charts::{self, Chart, Part};
use super::pages::{FormError, FormFields, after_form, problem_page};
use super::render::Page;
use super::staff::Staff;
use super::staff_finance::{Shown, finance_notice, status_text};
use super::views;
use crate::AppState;
use crate::auth::Role;
use crate::disbursements::json::DisbursementRequest;
use crate::disbursements::service::NewDisbursement;
use crate::disbursements::store::{Filter, Source, disbursement};
use crate::error::{AppError, AppResult, ProblemKind, Validator};
use crate::i18n::{Language, Message};
use crate::money::{self, Amount, Currency};
use crate::portal::done::Done;

/// The template of these pages.
pub const TEMPLATES: [(&str, &str); 1] = [(
    "staff/finance_source.html",
    include_str!("../../templates/portal/staff/finance_source.html"),
)];

/// The routes of the award and sponsorship pages and their request forms.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/payments/awards/{id}", get(award_page).post(request_for_award))
        .route(
            "/staff/payments/sponsorships/{id}",
            get(sponsorship_page).post(request_for_sponsorship),
        )
}

/// How many of a source's payments its page lists.
const PAYMENTS_LIMIT: u64 = 100;

/// A payment's source as its payment page names it: what, whose, a link to its page, and
/// for a tranche with a condition, the condition and whether it is met.
#[derive(Debug, Serialize)]
pub struct SourceSummary {
    href: String,
    title: String,
    organisation: String,
    condition: Option<Condition>,
}

/// A tranche's condition and whether it is met.
#[derive(Debug, Serialize)]
pub struct Condition {
    text: String,
    met: bool,
}

/// The source of a payment, for its page.
pub async fn describe(state: &AppState, found: &disbursement::Model, language: Language) -> AppResult<SourceSummary> {
    match (found.award_id, found.sponsorship_id) {
        (Some(award_id), _) => {
            let award = crate::awards::service::find(&state.db, award_id).await?;
            let award = crate::awards::service::response(&state.db, award).await?;
            let tranche = award
                .tranches
                .iter()
                .find(|tranche| Some(tranche.id) == found.tranche_id);
            let title = match tranche {
                Some(tranche) => Message::new("staff-finance-award-tranche")
                    .with("reference", award.summary.reference.clone())
                    .with("number", i64::from(tranche.number))
                    .render(language),
                None => award.summary.reference.clone(),
            };
            Ok(SourceSummary {
                href: format!("/staff/payments/awards/{award_id}"),
                title,
                organisation: award.summary.organisation_name.unwrap_or_default(),
                condition: tranche
                    .filter(|tranche| tranche.condition_report_id.is_some())
                    .map(|tranche| Condition {
                        text: tranche.condition.clone(),
                        met: tranche.condition_met,
                    }),
            })
        }
        (None, Some(sponsorship_id)) => {
            let (title, organisation) = sponsorship_names(state, sponsorship_id).await?;
            Ok(SourceSummary {
                href: format!("/staff/payments/sponsorships/{sponsorship_id}"),
                title,
                organisation,
                condition: None,
            })
        }
        (None, None) => Err(AppError::Internal(format!("disbursement {} has no source", found.id))),
    }
}

/// A sponsorship's title ("event · traveller") and organisation.
async fn sponsorship_names(state: &AppState, id: Uuid) -> AppResult<(String, String)> {
    let sponsorship = crate::sponsorships::service::view(state, id).await?;
    let event = crate::events::service::event(&state.db, sponsorship.event_id).await?;
    Ok((
        format!("{} · {}", event.name, sponsorship.traveller_name),
        sponsorship.organisation_name.unwrap_or_default(),
    ))
}

/// What the request form sends.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
pub struct RequestForm {
    #[serde(default)]
    csrf_token: String,
    /// Made when the form was drawn: the same form sent twice is one payment.
    #[serde(default)]
    idempotency_key: String,
    /// The tranche paid (an award paid in tranches).
    #[serde(default)]
    tranche_id: String,
    /// The amount, in `currency`.
    #[serde(default)]
    amount: String,
    /// The payment's currency (the source's by default).
    #[serde(default)]
    currency: String,
    /// Units of the source's currency per unit of `currency`, when they differ.
    #[serde(default)]
    fx_rate: String,
    /// The payee's bank account or payment instruction.
    #[serde(default)]
    payee_reference: String,
}

/// The fields of the request form, in the order the page shows them.
const REQUEST_FIELDS: &FormFields = &[
    ("tranche_id", Some("staff-finance-error-tranche")),
    ("amount", None),
    ("currency", Some("staff-finance-error-currency")),
    ("fx_rate", None),
    ("payee_reference", Some("staff-finance-error-payee")),
];

/// An award's finance page: its money as a bar, its tranches, its payments and the request form.
pub async fn award_page(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Query(done): Query<Done>,
) -> Response {
    show_source(&state, &staff, Source::Award(id), &done).await
}

/// A sponsorship's finance page: its money as a bar, its payments and the request form.
pub async fn sponsorship_page(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Query(done): Query<Done>,
) -> Response {
    show_source(&state, &staff, Source::Sponsorship(id), &done).await
}

/// A source's page as first shown, with what a form just did.
async fn show_source(state: &AppState, staff: &Staff, source: Source, done: &Done) -> Response {
    let shown = Shown {
        errors: &[],
        notice: finance_notice(done, staff.language()),
    };
    let page = source_view(state, staff, source, shown, None).await;
    staff.answer(state, page)
}

/// Requests a payment against an award.
pub async fn request_for_award(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(form): Form<RequestForm>,
) -> Response {
    request_payment(&state, &staff, Source::Award(id), form).await
}

/// Requests a payment against a sponsorship.
pub async fn request_for_sponsorship(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(form): Form<RequestForm>,
) -> Response {
    request_payment(&state, &staff, Source::Sponsorship(id), form).await
}

/// One request flow for both sources: the form read into the API's request, the
/// disbursement service (which replays a form sent again), then the source's page.
async fn request_payment(state: &AppState, staff: &Staff, source: Source, form: RequestForm) -> Response {
    let checked = staff
        .check_form(&form.csrf_token)
        .and_then(|()| staff.require(&[Role::Finance]));
    if let Err(error) = checked {
        return problem_page(state, &staff.visitor, error);
    }
    let requested = async {
        let new = NewDisbursement {
            source,
            idempotency_key: form.idempotency_key.clone(),
            request: read_request(&form, staff.language())?,
        };
        crate::disbursements::service::request(&state.db, state.now(), staff.user().id, new).await
    };
    let requested = requested.await.map_err(|error| match error {
        AppError::Conflict {
            kind: ProblemKind::DisbursementCeiling,
            detail,
        } => AppError::field("amount", detail),
        other => other,
    });
    let page = page_of(source);
    let next = requested.map(|_| format!("{page}?done=requested"));
    let again = |errors: Vec<FormError>| async move {
        let shown = Shown {
            errors: &errors,
            notice: None,
        };
        source_view(state, staff, source, shown, Some(&form)).await
    };
    after_form(state, &staff.visitor, next, REQUEST_FIELDS, again).await
}

/// The form as the disbursement service's request; what cannot be read is refused on its
/// field, every field at once. The amount and the rate are read in the reader's format
/// (`money::typed::read`).
fn read_request(form: &RequestForm, language: Language) -> AppResult<DisbursementRequest> {
    let mut check = Validator::new();
    let tranche_id = match form.tranche_id.trim() {
        "" => None,
        text => check.take("tranche_id", Uuid::parse_str(text).map_err(|_| "")),
    };
    let amount = check.take(
        "amount",
        money::typed::read(&form.amount, language).map_err(|_| Message::new("staff-finance-error-amount")),
    );
    let currency = check.take("currency", Currency::from_code(form.currency.trim()).ok_or(""));
    let fx_rate = match form.fx_rate.trim() {
        "" => None,
        text => check.take(
            "fx_rate",
            money::typed::read(text, language).map_err(|_| Message::new("staff-finance-error-fx-rate")),
        ),
    };
    check.finish()?;
    let (Some(amount), Some(currency)) = (amount, currency) else {
        return Err(AppError::Internal("a checked field vanished".to_owned()));
    };
    Ok(DisbursementRequest {
        tranche_id,
        amount: Amount(amount),
        currency,
        fx_rate: fx_rate.map(Amount),
        payee_reference: form.payee_reference.clone(),
    })
}

/// The address of a source's page.
fn page_of(source: Source) -> String {
    match source {
        Source::Award(id) => format!("/staff/payments/awards/{id}"),
        Source::Sponsorship(id) => format!("/staff/payments/sponsorships/{id}"),
    }
}

/// A source's money: what may be paid in all, and what is paid, in flight and available.
struct Money {
    currency: Currency,
    ceiling: Decimal,
    paid: Decimal,
    in_flight: Decimal,
    available: Decimal,
}

/// A tranche as the award's page lists it.
#[derive(Debug, Serialize)]
struct TrancheRow {
    id: Uuid,
    number: i32,
    amount: String,
    due: String,
    condition: String,
    condition_met: Option<bool>,
    committed: String,
    paid: String,
    available: String,
}

/// The page of a source: its facts, its money as a chart, its tranches and payments, and
/// the request form (again with `form` and the errors when it was refused).
async fn source_view(
    state: &AppState,
    staff: &Staff,
    source: Source,
    shown: Shown<'_>,
    form: Option<&RequestForm>,
) -> AppResult<Page> {
    staff.require(&[Role::Finance])?;
    let language = staff.language();
    let (facts, money, tranches) = match source {
        Source::Award(id) => award_facts(state, id, language).await?,
        Source::Sponsorship(id) => sponsorship_facts(state, id, language).await?,
    };
    let payments = payments_of(state, source, language).await?;
    let form = match form {
        Some(form) => form.clone(),
        None => RequestForm {
            idempotency_key: Uuid::new_v4().to_string(),
            currency: money.currency.code().to_owned(),
            ..RequestForm::default()
        },
    };
    Ok(Page::new(
        "staff/finance_source.html",
        json!({
            "source": facts,
            "action": page_of(source),
            "money_chart": chart(&facts.title, &money, language),
            "available": crate::portal::views::amount(money.available, money.currency, language),
            "ceiling": crate::portal::views::amount(money.ceiling, money.currency, language),
            "tranches": tranches,
            "payments": payments,
            "form": form,
            "errors": shown.errors,
            "notice": shown.notice,
        }),
    ))
}

/// The payments made against a source, oldest request first.
async fn payments_of(state: &AppState, source: Source, language: Language) -> AppResult<Vec<serde_json::Value>> {
    let filter = Filter {
        source: Some(source),
        status: None,
    };
    let (rows, _) = crate::disbursements::service::page(&state.db, filter, (PAYMENTS_LIMIT, 0)).await?;
    Ok(rows
        .iter()
        .map(|row| {
            json!({
                "id": row.id,
                "amount": crate::portal::views::amount(money::from_stored(row.amount), row.currency, language),
                "requested_on": views::date(row.requested_on, language),
                "payee_reference": row.payee_reference,
                "status": row.status.as_str(),
                "status_text": status_text(row.status.as_str(), language),
            })
        })
        .collect())
}

/// What a source's page says of it.
#[derive(Debug, Serialize)]
struct Facts {
    kind: &'static str,
    title: String,
    organisation: String,
    status: String,
    payable: bool,
    payable_note: Option<String>,
}

/// An award's facts, money and tranches.
async fn award_facts(state: &AppState, id: Uuid, language: Language) -> AppResult<(Facts, Money, Vec<TrancheRow>)> {
    let award = crate::awards::service::find(&state.db, id).await?;
    let status = award.status;
    let award = crate::awards::service::response(&state.db, award).await?;
    let currency = award.summary.currency;
    let totals = &award.totals;
    let money = Money {
        currency,
        ceiling: decimal(&award.summary.amount)?,
        paid: decimal(&totals.disbursed)?,
        in_flight: decimal(&totals.requested)?.saturating_add(decimal(&totals.approved)?),
        available: decimal(&totals.available)?,
    };
    let mut tranches = Vec::with_capacity(award.tranches.len());
    for tranche in &award.tranches {
        let left = decimal(&tranche.amount)?.saturating_sub(decimal(&tranche.committed)?);
        tranches.push(TrancheRow {
            id: tranche.id,
            number: tranche.number,
            amount: crate::portal::views::written(&tranche.amount, currency, language),
            due: views::date(tranche.due_on, language),
            condition: tranche.condition.clone(),
            condition_met: tranche.condition_report_id.map(|_| tranche.condition_met),
            committed: crate::portal::views::written(&tranche.committed, currency, language),
            paid: crate::portal::views::written(&tranche.paid, currency, language),
            available: crate::portal::views::amount(left.max(Decimal::ZERO), currency, language),
        });
    }
    let payable = status == crate::awards::rules::AwardStatus::Active;
    let facts = Facts {
        kind: "award",
        title: award.summary.reference.clone(),
        organisation: award.summary.organisation_name.clone().unwrap_or_default(),
        status: Message::new(format!("portal-award-status-{}", status.as_str().replace('_', "-"))).render(language),
        payable,
        payable_note: (!payable).then(|| Message::new("staff-finance-award-not-payable").render(language)),
    };
    Ok((facts, money, tranches))
}

/// A sponsorship's facts and money (it has no tranches).
async fn sponsorship_facts(
    state: &AppState,
    id: Uuid,
    language: Language,
) -> AppResult<(Facts, Money, Vec<TrancheRow>)> {
    let sponsorship = crate::sponsorships::service::view(state, id).await?;
    let (title, organisation) = sponsorship_names(state, id).await?;
    let payments = sponsorship
        .payments
        .as_ref()
        .ok_or_else(|| AppError::Internal("a sponsorship's view lacks its payments".to_owned()))?;
    let optional = |text: &Option<String>| text.as_deref().map(decimal).transpose();
    let money = Money {
        currency: payments.currency,
        ceiling: optional(&payments.ceiling)?.unwrap_or_default(),
        paid: decimal(&payments.paid)?,
        in_flight: decimal(&payments.requested)?.saturating_add(decimal(&payments.approved)?),
        available: optional(&payments.available)?.unwrap_or_default(),
    };
    let payable = payments.payable_now.is_some();
    let facts = Facts {
        kind: "sponsorship",
        title,
        organisation,
        status: Message::new(format!("portal-sponsorship-status-{}", sponsorship.status.as_str())).render(language),
        payable,
        payable_note: (!payable).then(|| Message::new("staff-finance-sponsorship-not-payable").render(language)),
    };
    Ok((facts, money, Vec::new()))
}

/// An amount a service wrote.
fn decimal(text: &str) -> AppResult<Decimal> {
    text.parse::<Decimal>()
        .map_err(|_| AppError::Internal(format!("a service wrote {text:?} as an amount")))
}

/// The source's money as one bar: paid, requested or approved and not yet paid, available.
fn chart(title: &str, money: &Money, language: Language) -> Chart {
    let part = |id: &'static str, value: Decimal| Part {
        label: Message::new(id).render(language),
        value,
        shown: crate::portal::views::amount(value, money.currency, language),
    };
    let parts = [
        part("staff-finance-part-paid", money.paid),
        part("staff-finance-part-in-flight", money.in_flight),
        part("staff-finance-part-available", money.available),
    ];
    let columns = [
        Message::new("staff-finance-chart-part").render(language),
        Message::new("staff-finance-chart-amount").render(language),
    ];
    let title = Message::new("staff-finance-chart-title")
        .with("source", title.to_owned())
        .with(
            "total",
            crate::portal::views::amount(money.ceiling, money.currency, language),
        )
        .render(language);
    charts::stacked(&title, &parts, &columns, language)
}
