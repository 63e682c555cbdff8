//! Due diligence in the staff workspace (officers): the organisations with their standing
//! at `/staff/diligence`, and an organisation's assessment at
//! `/staff/diligence/{organisation_id}`: the checklist with its evidence files, the
//! sanctions screening with each candidate beside the listed entry it resembles, the
//! adjudication of each candidate with a reason, and the completion (checked first on a
//! page of its own, since it cannot be undone) with the expiry it sets. Every change goes
//! through `crate::diligence::service`, as the JSON API's do; a checklist item's evidence
//! is uploaded through `crate::documents::service` (`super::uploads`), as
//! `POST /api/v1/due-diligence/{id}/items/{key}/documents` does.

use std::collections::HashMap;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::pages::{FormError, FormFields, after_form, form_errors};
use super::render::Page;
use super::staff::Staff;
use super::staff_audit::audit_link;
use super::views::{date, instant};
use crate::AppState;
use crate::auth::Role;
use crate::diligence::rules::{AssessmentStatus, ChecklistItem, ItemStatus, MatchOutcome, RiskRating, Standing};
use crate::diligence::service::{self, Adjudication, ChecklistChange};
use crate::diligence::store::{assessment, sanctions_match};
use crate::error::{AppError, AppResult, ProblemKind};
use crate::i18n::{Language, Message};
use crate::organisations::store::organisation;
use crate::sanctions::rules::{EntryKind, ListEntry};

/// The templates of due diligence.
pub const TEMPLATES: [(&str, &str); 3] = [
    (
        "staff/diligence_list.html",
        include_str!("../../templates/portal/staff/diligence_list.html"),
    ),
    (
        "staff/diligence_organisation.html",
        include_str!("../../templates/portal/staff/diligence_organisation.html"),
    ),
    (
        "staff/diligence_complete.html",
        include_str!("../../templates/portal/staff/diligence_complete.html"),
    ),
];

/// The most organisations the list shows at once.
const PAGE_SIZE: u64 = 50;
/// The most evidence files shown per checklist item.
const MAX_EVIDENCE: u64 = 20;

/// The routes of due diligence.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/diligence", get(list))
        .route("/staff/diligence/{organisation}", get(organisation_page))
        .route("/staff/diligence/{organisation}/open", post(open))
        .route("/staff/diligence/{organisation}/checklist", post(checklist))
        .route(
            "/staff/diligence/{organisation}/items/{key}/evidence",
            post(upload_evidence).layer(DefaultBodyLimit::disable()),
        )
        .route("/staff/diligence/{organisation}/screen", post(screen))
        .route("/staff/diligence/{organisation}/matches/{match_id}", post(adjudicate))
        .route(
            "/staff/diligence/{organisation}/complete",
            get(complete_page).post(complete),
        )
}

/// The list's filter: part of a name, and the page.
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    name: String,
    #[serde(default)]
    page: Option<u64>,
}

/// One organisation of the list.
#[derive(Debug, Serialize)]
struct OrganisationRow {
    id: Uuid,
    legal_name: String,
    country: String,
    status: String,
    status_tag: &'static str,
    valid_until: Option<String>,
}

/// The organisations by name, each with its latest assessment's status and expiry.
pub async fn list(State(state): State<AppState>, staff: Staff, Query(query): Query<ListQuery>) -> Response {
    let page = list_page(&state, &staff, query).await;
    staff.answer(&state, page)
}

async fn list_page(state: &AppState, staff: &Staff, query: ListQuery) -> AppResult<Page> {
    staff.require(&[Role::Officer])?;
    let language = staff.language();
    let name = query.name.trim().to_owned();
    let filter = crate::organisations::store::OrganisationFilter {
        name: Some(name.clone()).filter(|name| !name.is_empty()),
        ..Default::default()
    };
    let number = query.page.unwrap_or(1).clamp(1, 100_000);
    let (rows, total) = crate::organisations::service::list(
        &state.db,
        &state.reference,
        &filter,
        PAGE_SIZE,
        (number - 1) * PAGE_SIZE,
    )
    .await?;
    let latest = service::latest_of_organisations(&state.db, rows.iter().map(|row| row.id).collect()).await?;
    let now = state.now();
    let organisations: Vec<OrganisationRow> = rows
        .into_iter()
        .map(|row| organisation_row(row, &latest, now, language))
        .collect();
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let query_name: String = form_urlencoded::byte_serialize(name.as_bytes()).collect();
    Ok(Page::new(
        "staff/diligence_list.html",
        json!({
            "organisations": organisations,
            "name": name,
            "total": total,
            "previous": (number > 1).then(|| format!("/staff/diligence?name={query_name}&page={}", number - 1)),
            "next": (number < pages).then(|| format!("/staff/diligence?name={query_name}&page={}", number + 1)),
        }),
    ))
}

/// An organisation in the officers' list, with where its due diligence stands.
fn organisation_row(
    row: organisation::Model,
    latest: &std::collections::HashMap<Uuid, assessment::Model>,
    now: chrono::DateTime<chrono::Utc>,
    language: Language,
) -> OrganisationRow {
    let found = latest.get(&row.id);
    let (status, status_tag) = list_status(found, now);
    OrganisationRow {
        id: row.id,
        legal_name: row.legal_name,
        country: row.country,
        status: Message::new(status).render(language),
        status_tag,
        valid_until: found
            .and_then(|found| found.valid_until)
            .map(|until| instant(until, language).text),
    }
}

/// The status of an organisation in the list: its latest assessment, open or completed
/// (a passed one past its expiry shows as expired); the catalogue id and the tag's class.
fn list_status(latest: Option<&assessment::Model>, now: chrono::DateTime<chrono::Utc>) -> (&'static str, &'static str) {
    match latest {
        None => ("staff-diligence-status-none", "tag--grey"),
        Some(row) => match row.status {
            AssessmentStatus::Open => ("staff-diligence-status-open", ""),
            AssessmentStatus::Failed => ("staff-diligence-status-failed", "tag--red"),
            AssessmentStatus::Passed if row.valid_until.is_some_and(|until| until <= now) => {
                ("staff-diligence-status-expired", "tag--grey")
            }
            AssessmentStatus::Passed => ("staff-diligence-status-passed", "tag--green"),
        },
    }
}

/// An organisation's due diligence.
pub async fn organisation_page(
    State(state): State<AppState>,
    staff: Staff,
    Path(organisation): Path<Uuid>,
) -> Response {
    let page = page_of(&state, &staff, organisation, Vec::new()).await;
    staff.answer(&state, page)
}

/// A checklist item as the page shows it, with its evidence.
#[derive(Debug, Serialize)]
struct ItemView {
    key: String,
    description: String,
    status: &'static str,
    status_text: String,
    note: String,
    requires_evidence: bool,
    evidence: Vec<EvidenceView>,
}

/// One evidence file.
#[derive(Debug, Serialize)]
struct EvidenceView {
    name: String,
    href: String,
}

/// A candidate match beside the listed entry.
#[derive(Debug, Serialize)]
struct MatchView {
    id: Uuid,
    subject_name: String,
    matched_name: String,
    score: String,
    why: String,
    reference_number: String,
    entry_name: String,
    entry: Option<EntryView>,
    outcome: Option<String>,
    outcome_true: bool,
    reason: Option<String>,
    adjudicated_at: Option<String>,
}

/// The listed entry, as the list says it.
#[derive(Debug, Serialize)]
struct EntryView {
    kind: String,
    names: Vec<String>,
    listed_on: Option<String>,
    addresses: Vec<String>,
}

/// The page of an organisation's due diligence, with `errors` above the forms (422 when any).
async fn page_of(state: &AppState, staff: &Staff, organisation_id: Uuid, errors: Vec<FormError>) -> AppResult<Page> {
    staff.require(&[Role::Officer])?;
    let language = staff.language();
    let organisation = crate::organisations::service::visible(&state.db, staff.user(), organisation_id).await?;
    let diligence = service::of_organisation(&state.db, organisation_id, state.now()).await?;
    let current = match diligence.assessments.first() {
        Some(row) => Some(service::find(&state.db, row.id).await?),
        None => None,
    };
    let (standing, standing_tag, standing_until) = standing_view(diligence.standing, language);
    let history = history_view(&diligence.assessments, language);
    let assessment = match current {
        Some(current) => Some(assessment_view(state, staff, current.row, current.matches).await?),
        None => None,
    };
    let page = Page::new(
        "staff/diligence_organisation.html",
        json!({
            "organisation": organisation_view(&organisation),
            "standing": standing,
            "standing_tag": standing_tag,
            "standing_until": standing_until,
            "rescreening_required": diligence.rescreening_required,
            "history": history,
            "assessment": assessment,
            "ratings": rating_choices(language),
            "item_statuses": item_status_choices(language),
            "evidence_limit": crate::documents::rules::size_in_words(state.config.max_file_bytes),
            "audit": audit_link("organisation", organisation_id),
            "errors": errors,
        }),
    );
    Ok(page)
}

/// The organisation's assessments, newest first, as the history table shows them.
fn history_view(assessments: &[assessment::Model], language: Language) -> Vec<serde_json::Value> {
    assessments
        .iter()
        .map(|row| {
            json!({
                "status": assessment_status(row.status, language),
                "opened_at": instant(row.opened_at, language),
                "completed_at": row.completed_at.map(|at| instant(at, language)),
                "valid_until": row.valid_until.map(|at| instant(at, language)),
            })
        })
        .collect()
}

/// The overall ratings an officer may give, in `language`.
fn rating_choices(language: Language) -> [serde_json::Value; 3] {
    RiskRating::ALL.map(|rating| {
        json!({
            "value": rating.as_str(),
            "text": Message::new(format!("staff-diligence-rating-{}", rating.as_str())).render(language),
        })
    })
}

/// The findings an officer may record for a checklist item, in `language`.
fn item_status_choices(language: Language) -> Vec<serde_json::Value> {
    ITEM_STATUSES
        .iter()
        .map(|status| {
            json!({
                "value": item_status_name(*status),
                "text": Message::new(format!("staff-diligence-item-{}", item_status_name(*status))).render(language),
            })
        })
        .collect()
}

/// An organisation as the pages name it.
fn organisation_view(organisation: &organisation::Model) -> serde_json::Value {
    json!({
        "id": organisation.id,
        "legal_name": organisation.legal_name,
        "short_name": organisation.short_name,
        "country": organisation.country,
    })
}

/// The assessment shown: its checklist with evidence, its matches beside their entries.
async fn assessment_view(
    state: &AppState,
    staff: &Staff,
    row: assessment::Model,
    matches: Vec<sanctions_match::Model>,
) -> AppResult<serde_json::Value> {
    let language = staff.language();
    let items = crate::diligence::store::items_of(&row)?;
    let mut shown = Vec::with_capacity(items.len());
    for item in items {
        let (evidence, _) =
            crate::documents::service::list_evidence(&state.db, staff.user(), row.id, &item.key, MAX_EVIDENCE, 0)
                .await?;
        shown.push(item_view(item, evidence, language));
    }
    let entries = service::listed_entries(&state.db, &matches).await?;
    let matches: Vec<MatchView> = matches
        .into_iter()
        .map(|candidate| {
            let entry = entries.iter().find(|entry| entry.data_id == candidate.list_entry_id);
            match_view(candidate, entry, language)
        })
        .collect();
    let open = row.status == AssessmentStatus::Open;
    Ok(json!({
        "id": row.id,
        "open": open,
        "status": assessment_status(row.status, language),
        "status_tag": status_tag(row.status),
        "items": shown,
        "risk_rating": row.risk_rating.map(|rating| rating.as_str()),
        "risk_rating_text": row.risk_rating.map(|rating| Message::new(format!("staff-diligence-rating-{}", rating.as_str())).render(language)),
        "screened_at": row.screened_at.map(|at| instant(at, language)),
        "list_generated_at": row.list_generated_at.map(|at| instant(at, language)),
        "matches": matches,
        "opened_at": instant(row.opened_at, language),
        "completed_at": row.completed_at.map(|at| instant(at, language)),
        "valid_until": row.valid_until.map(|at| instant(at, language)),
    }))
}

/// The item statuses an officer chooses from.
const ITEM_STATUSES: [ItemStatus; 4] = [
    ItemStatus::Open,
    ItemStatus::Passed,
    ItemStatus::Failed,
    ItemStatus::NotApplicable,
];

/// The stored name of an item status.
fn item_status_name(status: ItemStatus) -> &'static str {
    match status {
        ItemStatus::Open => "open",
        ItemStatus::Passed => "passed",
        ItemStatus::Failed => "failed",
        ItemStatus::NotApplicable => "not_applicable",
    }
}

fn item_view(
    item: ChecklistItem,
    evidence: Vec<crate::documents::json::DocumentResponse>,
    language: Language,
) -> ItemView {
    let status = item_status_name(item.status);
    ItemView {
        description: Message::new(format!("staff-diligence-check-{}", item.key.replace('_', "-"))).render(language),
        key: item.key,
        status,
        status_text: Message::new(format!("staff-diligence-item-{status}")).render(language),
        note: item.note.unwrap_or_default(),
        requires_evidence: item.requires_evidence,
        evidence: evidence
            .into_iter()
            .map(|document| EvidenceView {
                href: format!("/portal/documents/{}/download", document.id),
                name: document.name,
            })
            .collect(),
    }
}

fn match_view(candidate: sanctions_match::Model, entry: Option<&ListEntry>, language: Language) -> MatchView {
    let score = format!("{} %", (candidate.score_basis_points + 50) / 100);
    let alias = entry.is_some_and(|entry| entry.name != candidate.matched_name);
    let why = Message::new(if alias {
        "staff-diligence-why-alias"
    } else {
        "staff-diligence-why-name"
    })
    .with("subject", candidate.subject_name.clone())
    .with("matched", candidate.matched_name.clone())
    .with("score", score.clone())
    .render(language);
    MatchView {
        id: candidate.id,
        why,
        score,
        subject_name: candidate.subject_name,
        matched_name: candidate.matched_name,
        reference_number: candidate.reference_number,
        entry_name: candidate.entry_name,
        entry: entry.map(|entry| EntryView {
            kind: Message::new(match entry.kind {
                EntryKind::Individual => "staff-diligence-kind-individual",
                EntryKind::Entity => "staff-diligence-kind-entity",
            })
            .render(language),
            names: entry.names.clone(),
            listed_on: entry.listed_on.map(|on| date(on, language)),
            addresses: entry.addresses.clone(),
        }),
        outcome: candidate.outcome.map(|outcome| outcome_text(outcome, language)),
        outcome_true: candidate.outcome == Some(MatchOutcome::TrueMatch),
        reason: candidate.reason,
        adjudicated_at: candidate.adjudicated_at.map(|at| instant(at, language).text),
    }
}

fn outcome_text(outcome: MatchOutcome, language: Language) -> String {
    let id = match outcome {
        MatchOutcome::FalsePositive => "staff-diligence-outcome-false-positive",
        MatchOutcome::TrueMatch => "staff-diligence-outcome-true-match",
    };
    Message::new(id).render(language)
}

fn assessment_status(status: AssessmentStatus, language: Language) -> String {
    Message::new(format!("staff-diligence-status-{}", status.as_str())).render(language)
}

fn status_tag(status: AssessmentStatus) -> &'static str {
    match status {
        AssessmentStatus::Open => "",
        AssessmentStatus::Passed => "tag--green",
        AssessmentStatus::Failed => "tag--red",
    }
}

/// The standing in words, its tag and until when.
fn standing_view(standing: Standing, language: Language) -> (String, &'static str, Option<String>) {
    let (id, tag, until) = match standing {
        Standing::Valid(until) => ("staff-diligence-standing-valid", "tag--green", Some(until)),
        Standing::Expired(at) => ("staff-diligence-standing-expired", "tag--grey", Some(at)),
        Standing::Failed => ("staff-diligence-standing-failed", "tag--red", None),
        Standing::Missing => ("staff-diligence-standing-missing", "tag--grey", None),
    };
    (
        Message::new(id).render(language),
        tag,
        until.map(|at| instant(at, language).text),
    )
}

/// A form that only carries the CSRF token.
#[derive(Debug, Default, Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    csrf_token: String,
}

/// The open assessment of an organisation (404 when it has none open).
async fn open_assessment(state: &AppState, organisation: Uuid) -> AppResult<assessment::Model> {
    let diligence = service::of_organisation(&state.db, organisation, state.now()).await?;
    diligence
        .assessments
        .into_iter()
        .find(|row| row.status == AssessmentStatus::Open)
        .ok_or(AppError::NotFound("due-diligence assessment"))
}

/// The organisation's page, where a form's change leads.
fn back_to(organisation: Uuid, anchor: &str) -> String {
    format!("/staff/diligence/{organisation}#{anchor}")
}

/// Runs a change from a form of the organisation's page: the role and the token first,
/// then `change`; a refusal about what the form says shows the page again (422) with the
/// errors in the order of `fields`.
async fn change_from_form<F, Fut>(
    state: &AppState,
    staff: &Staff,
    organisation: Uuid,
    token: &str,
    fields: &FormFields,
    change: F,
) -> Response
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = AppResult<String>>,
{
    let checked = staff.require(&[Role::Officer]).and_then(|()| staff.check_form(token));
    if let Err(error) = checked {
        return staff.answer(state, Err(error));
    }
    let next = change().await;
    after_form(state, &staff.visitor, next, fields, |errors| {
        page_of(state, staff, organisation, errors)
    })
    .await
}

/// Opens an assessment of the organisation with the standard checklist.
pub async fn open(
    State(state): State<AppState>,
    staff: Staff,
    Path(organisation): Path<Uuid>,
    axum::Form(form): axum::Form<TokenForm>,
) -> Response {
    change_from_form(
        &state,
        &staff,
        organisation,
        &form.csrf_token,
        &[("open", None)],
        || async {
            service::open(&state.db, state.now(), staff.user().id, organisation).await?;
            Ok(back_to(organisation, "checklist"))
        },
    )
    .await
}

/// Records the checklist: each item's status and note (`status-<key>`, `note-<key>`), and
/// the overall rating.
pub async fn checklist(
    State(state): State<AppState>,
    staff: Staff,
    Path(organisation): Path<Uuid>,
    axum::Form(form): axum::Form<HashMap<String, String>>,
) -> Response {
    let token = form.get("csrf_token").cloned().unwrap_or_default();
    let current = match open_assessment(&state, organisation).await {
        Ok(current) => current,
        Err(error) => return staff.answer(&state, Err(error)),
    };
    let items = match crate::diligence::store::items_of(&current) {
        Ok(items) => items,
        Err(error) => return staff.answer(&state, Err(error)),
    };
    let fields: Vec<(&'static str, Option<&'static str>)> = vec![("checklist", None)];
    let keys: Vec<String> = items.iter().map(|item| item.key.clone()).collect();
    let change = checklist_change(&form, &keys);
    let outcome = || async {
        let change = change?;
        service::update_checklist(&state.db, state.now(), staff.user().id, current.id, change)
            .await
            .map_err(|error| rename_item_fields(error, &keys))?;
        Ok(back_to(organisation, "checklist"))
    };
    change_from_form(&state, &staff, organisation, &token, &fields, outcome).await
}

/// The checklist change a form says; an unknown status or rating is refused naming its field.
fn checklist_change(form: &HashMap<String, String>, keys: &[String]) -> AppResult<ChecklistChange> {
    let mut check = crate::error::Validator::new();
    let mut items = Vec::new();
    for key in keys {
        let field = format!("status-{key}");
        let Some(value) = form.get(&field) else { continue };
        match ITEM_STATUSES
            .into_iter()
            .find(|status| item_status_name(*status) == value)
        {
            Some(status) => items.push(crate::diligence::rules::ItemUpdate {
                key: key.clone(),
                status,
                note: Some(form.get(&format!("note-{key}")).cloned().unwrap_or_default()),
                requires_evidence: None,
            }),
            None => check.push(field, Message::new("staff-diligence-error-item-status")),
        }
    }
    let risk_rating = match form.get("risk_rating").map(String::as_str) {
        None | Some("") => None,
        Some(value) => {
            let rating = RiskRating::parse(value);
            check.check(
                rating.is_none(),
                "risk_rating",
                Message::new("staff-diligence-error-rating"),
            );
            rating
        }
    };
    check.finish()?;
    Ok(ChecklistChange { items, risk_rating })
}

/// The service names an item's fields `items[i].status`/`items[i].note`; the page's fields
/// are `status-<key>`/`note-<key>`.
fn rename_item_fields(error: AppError, keys: &[String]) -> AppError {
    match error {
        AppError::Validation(mut errors) => {
            for error in &mut errors {
                if let Some(rest) = error.field.strip_prefix("items[")
                    && let Some((index, field)) = rest.split_once("].")
                    && let Some(key) = index.parse::<usize>().ok().and_then(|index| keys.get(index))
                {
                    let field = if field == "note" { "note" } else { "status" };
                    error.field = format!("{field}-{key}");
                }
            }
            AppError::Validation(errors)
        }
        other => other,
    }
}

/// Uploads a file of evidence for checklist item `key` of the organisation's latest
/// assessment (officers), streamed through the documents service as the API's upload is
/// (CSRF token first, then the file); back to the item, where the file is listed. A file
/// refused (its format, empty, too large) shows the page again with the error on the
/// item's file field, and nothing is stored; a completed assessment says its evidence no
/// longer changes.
pub async fn upload_evidence(
    State(state): State<AppState>,
    staff: Staff,
    Path((organisation, key)): Path<(Uuid, String)>,
    multipart: Multipart,
) -> Response {
    if let Err(error) = staff.require(&[Role::Officer]) {
        return staff.answer(&state, Err(error));
    }
    let uploaded = async {
        let diligence = service::of_organisation(&state.db, organisation, state.now()).await?;
        let latest = diligence
            .assessments
            .first()
            .ok_or(AppError::NotFound("due-diligence assessment"))?;
        let destination = crate::documents::service::Destination::Evidence {
            assessment_id: latest.id,
            key: key.clone(),
        };
        super::uploads::upload(&state, &staff.visitor, staff.user(), destination, multipart).await
    };
    let next = uploaded
        .await
        .map(|_| back_to(organisation, &format!("file-{key}")))
        .map_err(|error| on_evidence_field(error, &key, staff.language()));
    after_form(&state, &staff.visitor, next, &[], |errors| {
        page_of(&state, &staff, organisation, errors)
    })
    .await
}

/// A refused evidence file, on the item's file field (`file-<key>`); a completed
/// assessment's refusal on the note that says so (`evidence-closed`); another conflict in
/// the reader's language, as a page says it.
fn on_evidence_field(error: AppError, key: &str, language: Language) -> AppError {
    let field = format!("file-{key}");
    match error {
        AppError::Conflict {
            kind: ProblemKind::DocumentLocked,
            ..
        } => AppError::field("evidence-closed", Message::new("staff-diligence-evidence-closed")),
        conflict @ AppError::Conflict { .. } => AppError::field(field, conflict.problem_on_page(language).detail),
        AppError::Validation(mut errors) => {
            for error in &mut errors {
                error.field.clone_from(&field);
            }
            AppError::Validation(errors)
        }
        other => other,
    }
}

/// Screens the organisation's names against the list in force.
pub async fn screen(
    State(state): State<AppState>,
    staff: Staff,
    Path(organisation): Path<Uuid>,
    axum::Form(form): axum::Form<TokenForm>,
) -> Response {
    change_from_form(
        &state,
        &staff,
        organisation,
        &form.csrf_token,
        &[("screen", None)],
        || async {
            let current = open_assessment(&state, organisation).await?;
            let threshold = state.config.sanctions_threshold;
            service::screen(&state.db, state.now(), staff.user().id, current.id, threshold).await?;
            Ok(back_to(organisation, "screening"))
        },
    )
    .await
}

/// What the adjudication form of a match sends.
#[derive(Debug, Default, Deserialize)]
pub struct AdjudicationForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    outcome: String,
    #[serde(default)]
    reason: String,
}

/// Records the finding on one candidate, with its reason.
pub async fn adjudicate(
    State(state): State<AppState>,
    staff: Staff,
    Path((organisation, match_id)): Path<(Uuid, Uuid)>,
    axum::Form(form): axum::Form<AdjudicationForm>,
) -> Response {
    let fields: Vec<(&'static str, Option<&'static str>)> = vec![("screening", None)];
    let outcome = || async {
        let current = open_assessment(&state, organisation).await?;
        let adjudication = read_adjudication(&form, match_id)?;
        service::adjudicate(&state.db, state.now(), staff.user().id, current.id, adjudication)
            .await
            .map_err(|error| on_candidate(error, match_id))?;
        Ok(back_to(organisation, "screening"))
    };
    change_from_form(&state, &staff, organisation, &form.csrf_token, &fields, outcome).await
}

/// The adjudication the form gives for candidate `match_id`: an outcome and a reason,
/// each required (refused on the candidate's own fields).
fn read_adjudication(form: &AdjudicationForm, match_id: Uuid) -> AppResult<Adjudication> {
    let outcome = match form.outcome.as_str() {
        "false_positive" => Some(MatchOutcome::FalsePositive),
        "true_match" => Some(MatchOutcome::TrueMatch),
        _ => None,
    };
    let mut check = crate::error::Validator::new();
    check.check(
        outcome.is_none(),
        format!("outcome-{match_id}"),
        Message::new("staff-diligence-error-outcome"),
    );
    check.check(
        form.reason.trim().is_empty(),
        format!("reason-{match_id}"),
        Message::new("staff-diligence-error-reason"),
    );
    check.finish()?;
    Ok(Adjudication {
        match_id,
        outcome: outcome.unwrap_or(MatchOutcome::FalsePositive),
        reason: form.reason.clone(),
    })
}

/// A refusal of the service's about candidate `match_id`, on that candidate's fields.
fn on_candidate(error: AppError, match_id: Uuid) -> AppError {
    match error {
        AppError::Validation(mut errors) => {
            for error in &mut errors {
                error.field = format!("{}-{match_id}", error.field);
            }
            AppError::Validation(errors)
        }
        other => other,
    }
}

/// The check before completing: what was found, and until when the result will hold.
pub async fn complete_page(State(state): State<AppState>, staff: Staff, Path(organisation): Path<Uuid>) -> Response {
    let page = complete_view(&state, &staff, organisation, Vec::new()).await;
    staff.answer(&state, page)
}

async fn complete_view(
    state: &AppState,
    staff: &Staff,
    organisation_id: Uuid,
    errors: Vec<FormError>,
) -> AppResult<Page> {
    staff.require(&[Role::Officer])?;
    let language = staff.language();
    let organisation = crate::organisations::service::visible(&state.db, staff.user(), organisation_id).await?;
    let current = open_assessment(state, organisation_id).await?;
    let found = service::find(&state.db, current.id).await?;
    let view = assessment_view(state, staff, found.row, found.matches).await?;
    let until = crate::diligence::rules::valid_until(state.now(), state.config.diligence_valid_months);
    Ok(Page::new(
        "staff/diligence_complete.html",
        json!({
            "organisation": organisation_view(&organisation),
            "assessment": view,
            "valid_until": instant(until, language),
            "errors": errors,
        }),
    ))
}

/// Completes the open assessment; a refusal (items open, matches waiting) shows the check
/// page again with the reason.
pub async fn complete(
    State(state): State<AppState>,
    staff: Staff,
    Path(organisation): Path<Uuid>,
    axum::Form(form): axum::Form<TokenForm>,
) -> Response {
    if let Err(error) = staff
        .require(&[Role::Officer])
        .and_then(|()| staff.check_form(&form.csrf_token))
    {
        return staff.answer(&state, Err(error));
    }
    let completed = async {
        let current = open_assessment(&state, organisation).await?;
        let months = state.config.diligence_valid_months;
        service::complete(&state.db, state.now(), staff.user().id, current.id, months).await?;
        Ok(back_to(organisation, "result"))
    }
    .await;
    match completed {
        Ok(next) => Redirect::to(&next).into_response(),
        Err(error) => match form_errors(&error, &[("complete", None)], staff.language()) {
            Some(errors) => {
                let page = complete_view(&state, &staff, organisation, errors).await;
                staff.answer(
                    &state,
                    page.map(|page| page.with_status(axum::http::StatusCode::UNPROCESSABLE_ENTITY)),
                )
            }
            None => staff.answer(&state, Err(error)),
        },
    }
}
