//! Do-no-harm risk assessments in the staff workspace (officers): the applications with
//! the state of their assessment at `/staff/risk`, and an application's assessment at
//! `/staff/risk/{application_id}`: the 5×5 heat map ([`super::staff_risk_map`]), the
//! risks with their mitigation, the editor (likelihood × impact per risk, the residual
//! rating), and the approvals: a `high` residual needs a second, different officer. Every
//! change goes through `crate::risk::service`, as the JSON API's do.

use std::collections::HashMap;

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::charts::Chart;
use super::pages::{FormError, FormFields, after_form};
use super::render::Page;
use super::staff::Staff;
use super::staff_audit::audit_link;
use super::staff_risk_map::{MapWords, counts, heat_map};
use super::views::{instant, status_key};
use crate::AppState;
use crate::applications::json::{ApplicationResponse, ApplicationsQuery};
use crate::applications::rules::ApplicationStatus;
use crate::auth::Role;
use crate::error::{AppError, AppResult, Validator};
use crate::i18n::{Language, Message};
use crate::risk::json::RiskAssessmentRequest;
use crate::risk::rules::{ResidualRating, Risk, RiskCategory, RiskStatus, Subject};
use crate::risk::service;
use crate::risk::store::assessment;

/// The templates of risk assessment.
pub const TEMPLATES: [(&str, &str); 2] = [
    (
        "staff/risk_list.html",
        include_str!("../../templates/portal/staff/risk_list.html"),
    ),
    (
        "staff/risk_assessment.html",
        include_str!("../../templates/portal/staff/risk_assessment.html"),
    ),
];

/// The most applications the list shows at once.
const PAGE_SIZE: u64 = 50;
/// The most risks one assessment's form takes.
const MAX_RISKS: usize = 50;

/// Every category, in the order the form offers them.
const CATEGORIES: [RiskCategory; 7] = [
    RiskCategory::Reprisal,
    RiskCategory::LegalRestriction,
    RiskCategory::DigitalSecurity,
    RiskCategory::Reputational,
    RiskCategory::PhysicalSafety,
    RiskCategory::Financial,
    RiskCategory::Other,
];

/// Every residual rating, lowest first.
const RESIDUALS: [ResidualRating; 4] = [
    ResidualRating::Low,
    ResidualRating::Medium,
    ResidualRating::High,
    ResidualRating::Critical,
];

/// The application states the list can show.
const LIST_STATUSES: [ApplicationStatus; 5] = [
    ApplicationStatus::Eligible,
    ApplicationStatus::UnderReview,
    ApplicationStatus::Awarded,
    ApplicationStatus::Rejected,
    ApplicationStatus::Appealed,
];

/// The routes of risk assessment.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/risk", get(list))
        .route("/staff/risk/{application}", get(assessment_page).post(record))
        .route("/staff/risk/{application}/approve", post(approve))
}

/// The stored name of a category (`legal_restriction`).
fn category_name(category: RiskCategory) -> String {
    serde_json::to_value(category)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn category_text(category: RiskCategory, language: Language) -> String {
    Message::new(format!(
        "staff-risk-category-{}",
        category_name(category).replace('_', "-")
    ))
    .render(language)
}

fn residual_text(rating: ResidualRating, language: Language) -> String {
    Message::new(format!("staff-risk-residual-{}", rating.as_str())).render(language)
}

/// The list's filter.
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    page: Option<u64>,
}

/// One application of the list.
#[derive(Debug, Serialize)]
struct ApplicationRow {
    id: Uuid,
    title: String,
    organisation: String,
    call: String,
    status: String,
    risk: String,
    risk_tag: &'static str,
    residual: String,
}

/// The applications in a state (under review unless chosen), each with its assessment.
pub async fn list(State(state): State<AppState>, staff: Staff, Query(query): Query<ListQuery>) -> Response {
    let page = list_page(&state, &staff, query).await;
    staff.answer(&state, page)
}

async fn list_page(state: &AppState, staff: &Staff, query: ListQuery) -> AppResult<Page> {
    staff.require(&[Role::Officer])?;
    let language = staff.language();
    let status = LIST_STATUSES
        .into_iter()
        .find(|status| status_key(*status) == query.status)
        .unwrap_or(ApplicationStatus::UnderReview);
    let number = query.page.unwrap_or(1).clamp(1, 100_000);
    let filter = ApplicationsQuery {
        call_id: None,
        status: Some(status),
        organisation_id: None,
        ..Default::default()
    };
    let (applications, total) =
        crate::applications::service::list(&state.db, staff.user(), &filter, PAGE_SIZE, (number - 1) * PAGE_SIZE)
            .await?;
    let assessments = service::of_applications(&state.db, applications.iter().map(|row| row.id).collect()).await?;
    let rows: Vec<ApplicationRow> = applications
        .into_iter()
        .map(|application| application_row(application, &assessments, language))
        .collect();
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let key = status_key(status);
    Ok(Page::new(
        "staff/risk_list.html",
        json!({
            "applications": rows,
            "total": total,
            "status": key,
            "statuses": LIST_STATUSES.map(|status| json!({
                "value": status_key(status),
                "text": Message::new(format!("portal-status-{}", status_key(status))).render(language),
            })),
            "previous": (number > 1).then(|| format!("/staff/risk?status={key}&page={}", number - 1)),
            "next": (number < pages).then(|| format!("/staff/risk?status={key}&page={}", number + 1)),
        }),
    ))
}

/// An application in the officers' list, with where its risk assessment stands.
fn application_row(
    application: ApplicationResponse,
    assessments: &HashMap<Uuid, assessment::Model>,
    language: Language,
) -> ApplicationRow {
    let found = assessments.get(&application.id);
    let (risk, risk_tag) = risk_state(found);
    ApplicationRow {
        id: application.id,
        title: application.title,
        organisation: application.organisation_name.unwrap_or_default(),
        call: application.call_title.unwrap_or_default(),
        status: Message::new(format!("portal-status-{}", status_key(application.status))).render(language),
        risk: Message::new(risk).render(language),
        risk_tag,
        residual: found
            .map(|found| residual_text(found.residual_rating, language))
            .unwrap_or_default(),
    }
}

/// Where an assessment stands, as the catalogue's id and the tag's class.
fn risk_state(found: Option<&assessment::Model>) -> (&'static str, &'static str) {
    match found {
        None => ("staff-risk-state-none", "tag--grey"),
        Some(row) if row.status == RiskStatus::Approved => ("staff-risk-state-approved", "tag--green"),
        Some(row) if row.first_approved_by.is_some() => ("staff-risk-state-second", ""),
        Some(_) => ("staff-risk-state-submitted", ""),
    }
}

/// An application's assessment.
pub async fn assessment_page(State(state): State<AppState>, staff: Staff, Path(application): Path<Uuid>) -> Response {
    let page = page_of(&state, &staff, application, None, Vec::new()).await;
    staff.answer(&state, page)
}

/// One row of the editor, as typed.
#[derive(Debug, Clone, Default, Serialize)]
struct RowInput {
    index: usize,
    number: usize,
    category: String,
    description: String,
    likelihood: String,
    impact: String,
    mitigation: String,
}

/// What the editor says: its rows and the residual rating, as typed.
#[derive(Debug, Clone, Default, Serialize)]
struct EditorInput {
    rows: Vec<RowInput>,
    residual_rating: String,
}

impl EditorInput {
    /// The editor filled with the recorded risks and one empty row to add another.
    fn of(risks: &[Risk], residual: Option<ResidualRating>) -> Self {
        let mut rows: Vec<RowInput> = risks
            .iter()
            .map(|risk| RowInput {
                category: category_name(risk.category),
                description: risk.description.clone(),
                likelihood: risk.likelihood.to_string(),
                impact: risk.impact.to_string(),
                mitigation: risk.mitigation.clone(),
                ..RowInput::default()
            })
            .collect();
        rows.push(RowInput::default());
        Self {
            rows: numbered(rows),
            residual_rating: residual.map(|rating| rating.as_str().to_owned()).unwrap_or_default(),
        }
    }

    /// The editor as a form sent it (`category-0`, `likelihood-0`, ...), with one empty row
    /// more when the last is filled.
    fn from_form(form: &HashMap<String, String>) -> Self {
        let field = |name: &str, index: usize| form.get(&format!("{name}-{index}")).cloned().unwrap_or_default();
        let mut rows = Vec::new();
        for index in 0..MAX_RISKS {
            if !form.contains_key(&format!("description-{index}")) {
                break;
            }
            rows.push(RowInput {
                category: field("category", index),
                description: field("description", index),
                likelihood: field("likelihood", index),
                impact: field("impact", index),
                mitigation: field("mitigation", index),
                ..RowInput::default()
            });
        }
        if rows.last().is_none_or(|row| !row.is_blank()) {
            rows.push(RowInput::default());
        }
        Self {
            rows: numbered(rows),
            residual_rating: form.get("residual_rating").cloned().unwrap_or_default(),
        }
    }

    /// The request the editor makes, or the errors of what it says, each naming the field
    /// of the page (`likelihood-2`). Empty rows are left out.
    fn request(&self) -> AppResult<RiskAssessmentRequest> {
        let mut check = Validator::new();
        let mut risks = Vec::new();
        let mut rows = Vec::new();
        for row in self.rows.iter().filter(|row| !row.is_blank()) {
            let category = CATEGORIES
                .into_iter()
                .find(|category| category_name(*category) == row.category);
            check.check(
                category.is_none(),
                format!("category-{}", row.index),
                Message::new("staff-risk-error-category"),
            );
            let likelihood = scale(&row.likelihood);
            check.check(
                likelihood.is_none(),
                format!("likelihood-{}", row.index),
                Message::new("staff-risk-error-likelihood"),
            );
            let impact = scale(&row.impact);
            check.check(
                impact.is_none(),
                format!("impact-{}", row.index),
                Message::new("staff-risk-error-impact"),
            );
            risks.push(Risk {
                category: category.unwrap_or(RiskCategory::Other),
                description: row.description.clone(),
                likelihood: likelihood.unwrap_or(1),
                impact: impact.unwrap_or(1),
                mitigation: row.mitigation.clone(),
            });
            rows.push(row.index);
        }
        check.check(risks.is_empty(), "description-0", Message::new("staff-risk-error-none"));
        let residual = ResidualRating::parse(&self.residual_rating);
        check.check(
            residual.is_none(),
            "residual_rating",
            Message::new("staff-risk-error-residual"),
        );
        let request = RiskAssessmentRequest {
            risks,
            residual_rating: residual.unwrap_or(ResidualRating::Low),
        };
        if let Err(AppError::Validation(errors)) = service::check(&request) {
            for error in errors {
                if let Some((field, message)) = page_field(&error.field, &rows) {
                    check.push(field, Message::new(message));
                }
            }
        }
        check.finish()?;
        Ok(request)
    }
}

/// A level from 1 to 5 as typed; anything else is `None`.
fn scale(text: &str) -> Option<u8> {
    text.trim().parse::<u8>().ok().filter(|level| (1..=5).contains(level))
}

impl RowInput {
    fn is_blank(&self) -> bool {
        [&self.description, &self.likelihood, &self.impact, &self.mitigation]
            .iter()
            .all(|text| text.trim().is_empty())
    }
}

fn numbered(rows: Vec<RowInput>) -> Vec<RowInput> {
    rows.into_iter()
        .enumerate()
        .map(|(index, row)| RowInput {
            index,
            number: index + 1,
            ..row
        })
        .collect()
}

/// The page's field and message for the service's `risks[i].description` (the i-th
/// risk sent, which is the editor's row `rows[i]`); the scale fields are checked before.
fn page_field(field: &str, rows: &[usize]) -> Option<(String, &'static str)> {
    let rest = field.strip_prefix("risks[")?;
    let (index, name) = rest.split_once("].")?;
    let row = rows.get(index.parse::<usize>().ok()?)?;
    let message = match name {
        "description" => "staff-risk-error-description",
        "mitigation" => "staff-risk-error-mitigation",
        _ => return None,
    };
    Some((format!("{name}-{row}"), message))
}

/// The page of an application's assessment; `typed` is the editor as sent when it is
/// shown again with `errors`.
async fn page_of(
    state: &AppState,
    staff: &Staff,
    application_id: Uuid,
    typed: Option<EditorInput>,
    errors: Vec<FormError>,
) -> AppResult<Page> {
    staff.require(&[Role::Officer])?;
    let language = staff.language();
    let application = crate::applications::service::get(&state.db, staff.user(), application_id).await?;
    let found = service::assessment_of(&state.db, Subject::Application(application_id)).await?;
    let risks = match &found {
        Some(row) => service::risks_of(row)?,
        None => Vec::new(),
    };
    let map = risk_map(&risks, language);
    let editor = typed.unwrap_or_else(|| EditorInput::of(&risks, found.as_ref().map(|row| row.residual_rating)));
    let assessment = assessment_view(state, staff, found.as_ref()).await?;
    let risk_rows = risk_rows(&risks, language);
    Ok(Page::new(
        "staff/risk_assessment.html",
        json!({
            "application": {
                "id": application.id,
                "title": application.title,
                "organisation": application.organisation_name,
                "call": application.call_title,
                "status": Message::new(format!("portal-status-{}", status_key(application.status))).render(language),
            },
            "assessment": assessment,
            "risks": risk_rows,
            "map": map,
            "editor": editor,
            "categories": category_choices(language),
            "residuals": residual_choices(language),
            "audit": audit_link("application", application_id),
            "errors": errors,
        }),
    ))
}

/// The categories a risk may have, in `language`.
fn category_choices(language: Language) -> Vec<serde_json::Value> {
    CATEGORIES
        .iter()
        .map(|category| json!({ "value": category_name(*category), "text": category_text(*category, language) }))
        .collect()
}

/// The residual ratings an officer may give, each with its hint, in `language`.
fn residual_choices(language: Language) -> Vec<serde_json::Value> {
    RESIDUALS
        .iter()
        .map(|rating| {
            json!({
                "value": rating.as_str(),
                "text": residual_text(*rating, language),
                "hint": Message::new(format!("staff-risk-residual-{}-hint", rating.as_str())).render(language),
            })
        })
        .collect()
}

/// The heat map of `risks` (a count in each cell of likelihood by impact), in `language`.
fn risk_map(risks: &[Risk], language: Language) -> Chart {
    let pairs: Vec<(u8, u8)> = risks.iter().map(|risk| (risk.likelihood, risk.impact)).collect();
    let levels = |axis: &str| {
        std::array::from_fn(|level| Message::new(format!("staff-risk-{axis}-{}", level + 1)).render(language))
    };
    let words = MapWords {
        title: Message::new("staff-risk-map-title").render(language),
        axes: (
            Message::new("staff-risk-likelihood").render(language),
            Message::new("staff-risk-impact").render(language),
        ),
        likelihood: levels("likelihood"),
        impact: levels("impact"),
    };
    heat_map(&counts(&pairs), &words)
}

/// The assessment's state, people and dates as the page shows them.
async fn assessment_view(
    state: &AppState,
    staff: &Staff,
    found: Option<&assessment::Model>,
) -> AppResult<Option<serde_json::Value>> {
    let language = staff.language();
    let people: Vec<Uuid> = found
        .into_iter()
        .flat_map(|row| [Some(row.submitted_by), row.first_approved_by, row.second_approved_by])
        .flatten()
        .collect();
    let names = crate::auth::service::full_names(&state.db, people).await?;
    let name = |id: Option<Uuid>| id.and_then(|id| names.get(&id).cloned()).unwrap_or_default();
    let me = staff.user().id;
    Ok(found.map(|row| {
        let (state_id, tag) = risk_state(Some(row));
        json!({
            "id": row.id,
            "state": Message::new(state_id).render(language),
            "tag": tag,
            "approved": row.status == RiskStatus::Approved,
            "residual": residual_text(row.residual_rating, language),
            "high": row.residual_rating == ResidualRating::High,
            "submitted_by": name(Some(row.submitted_by)),
            "submitted_at": instant(row.submitted_at, language),
            "first_approved_by": row.first_approved_by.map(|id| name(Some(id))),
            "first_approved_at": row.first_approved_at.map(|at| instant(at, language)),
            "second_approved_by": row.second_approved_by.map(|id| name(Some(id))),
            "approved_at": row.approved_at.map(|at| instant(at, language)),
            "i_gave_first": row.first_approved_by == Some(me),
        })
    }))
}

/// The recorded risks as the page's table shows them.
fn risk_rows(risks: &[Risk], language: Language) -> Vec<serde_json::Value> {
    risks
        .iter()
        .map(|risk| {
            json!({
                "category": category_text(risk.category, language),
                "description": risk.description,
                "likelihood": risk.likelihood,
                "impact": risk.impact,
                "score": risk.inherent_score(),
                "mitigation": risk.mitigation,
            })
        })
        .collect()
}

/// The editor's form, where a refusal that names no field points (its fields are named
/// per row, and their errors keep the validator's order: row by row).
const EDITOR_FIELDS: &FormFields = &[("editor", None)];

/// Records (or replaces) the assessment from the editor.
pub async fn record(
    State(state): State<AppState>,
    staff: Staff,
    Path(application): Path<Uuid>,
    axum::Form(form): axum::Form<HashMap<String, String>>,
) -> Response {
    let token = form.get("csrf_token").cloned().unwrap_or_default();
    let editor = EditorInput::from_form(&form);
    let outcome = async {
        staff.require(&[Role::Officer])?;
        staff.check_form(&token)?;
        let request = editor.request()?;
        service::submit_for_application(&state.db, state.now(), staff.user().id, application, request).await?;
        Ok(format!("/staff/risk/{application}#map"))
    }
    .await;
    if let Err(error @ (AppError::Forbidden(_) | AppError::NotFound(_))) = outcome {
        return staff.answer(&state, Err(error));
    }
    let again = editor.clone();
    after_form(&state, &staff.visitor, outcome, EDITOR_FIELDS, |errors| {
        page_of(&state, &staff, application, Some(again), errors)
    })
    .await
}

/// What the approval button sends.
#[derive(Debug, Default, Deserialize)]
pub struct ApproveForm {
    #[serde(default)]
    csrf_token: String,
}

/// Approves the assessment: the first of two approvals for a `high` residual, or the
/// approval; the officer who gave the first cannot give the second.
pub async fn approve(
    State(state): State<AppState>,
    staff: Staff,
    Path(application): Path<Uuid>,
    axum::Form(form): axum::Form<ApproveForm>,
) -> Response {
    if let Err(error) = staff
        .require(&[Role::Officer])
        .and_then(|()| staff.check_form(&form.csrf_token))
    {
        return staff.answer(&state, Err(error));
    }
    let outcome = async {
        let found = service::assessment_of(&state.db, Subject::Application(application))
            .await?
            .ok_or(AppError::NotFound("risk assessment"))?;
        service::approve_for_application(&state.db, state.now(), staff.user().id, found.id).await?;
        Ok(format!("/staff/risk/{application}#approval"))
    }
    .await;
    const FIELDS: &FormFields = &[("approval", None)];
    after_form(&state, &staff.visitor, outcome, FIELDS, |errors| {
        page_of(&state, &staff, application, None, errors)
    })
    .await
}
