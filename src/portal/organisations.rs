//! Creating an organisation and editing its profile in the portal, through the
//! organisations service: one page with the profile's questions, the error summary when
//! the service refuses it. (Members, invitations and standing documents are other pages.)

use axum::Form;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};
use uuid::Uuid;

use super::apply::{field, form_answer, signed_in};
use super::apply_form::Problem;
use super::pages::{local_path, problem_page};
use super::visitor::Visitor;
use crate::AppState;
use crate::auth::Role;
use crate::error::{AppError, AppResult};
use crate::i18n::{Language, Message};
use crate::organisations::json::OrganisationResponse;
use crate::organisations::rules::Profile;
use crate::organisations::service::ProfileChange;
use crate::reference::ThematicArea;

/// The templates of these pages.
pub const TEMPLATES: [(&str, &str); 1] = [(
    "organisation_form.html",
    include_str!("../../templates/portal/organisation_form.html"),
)];

/// The routes of the organisation's profile.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/portal/organisations/new", get(new_form))
        .route("/portal/organisations", post(create))
        .route("/portal/organisations/{id}/edit", get(edit_form))
        .route("/portal/organisations/{id}", post(update))
}

/// Every thematic area, in the order the form offers them.
pub(super) const THEMES: [ThematicArea; 7] = [
    ThematicArea::Gender,
    ThematicArea::Youth,
    ThematicArea::HumanRights,
    ThematicArea::Pillar1ConditionsConducive,
    ThematicArea::Pillar2PreventingCombating,
    ThematicArea::Pillar3CapacityBuilding,
    ThematicArea::Pillar4HumanRightsRuleOfLaw,
];

/// The code of a thematic area (`human_rights`).
pub(super) fn theme_code(theme: ThematicArea) -> String {
    serde_json::to_value(theme)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The profile as the form holds it (as typed).
#[derive(Default)]
struct ProfileForm {
    legal_name: String,
    short_name: String,
    country: String,
    registration_number: String,
    year_founded: String,
    themes: Vec<ThematicArea>,
    women_led: bool,
    youth_led: bool,
}

impl ProfileForm {
    fn posted(fields: &[(String, String)]) -> Self {
        let text = |name: &str| field(fields, name).trim().to_owned();
        Self {
            legal_name: text("legal_name"),
            short_name: text("short_name"),
            country: text("country"),
            registration_number: text("registration_number"),
            year_founded: text("year_founded"),
            themes: THEMES
                .into_iter()
                .filter(|theme| {
                    fields
                        .iter()
                        .any(|(name, value)| name == "themes" && *value == theme_code(*theme))
                })
                .collect(),
            women_led: field(fields, "women_led") == "yes",
            youth_led: field(fields, "youth_led") == "yes",
        }
    }

    fn of(organisation: &OrganisationResponse) -> Self {
        Self {
            legal_name: organisation.legal_name.clone(),
            short_name: organisation.short_name.clone().unwrap_or_default(),
            country: organisation.country.clone(),
            registration_number: organisation.registration_number.clone().unwrap_or_default(),
            year_founded: organisation
                .year_founded
                .map(|year| year.to_string())
                .unwrap_or_default(),
            themes: organisation.thematic_areas.clone(),
            women_led: organisation.women_led,
            youth_led: organisation.youth_led,
        }
    }

    /// The year founded, or the problem with it.
    fn year(&self) -> AppResult<Option<i32>> {
        match self.year_founded.as_str() {
            "" => Ok(None),
            year => year
                .parse()
                .map(Some)
                .map_err(|_| AppError::field("year_founded", Message::new("portal-organisation-error-year"))),
        }
    }

    fn profile(&self) -> AppResult<Profile> {
        let optional = |text: &str| (!text.is_empty()).then(|| text.to_owned());
        Ok(Profile {
            legal_name: self.legal_name.clone(),
            short_name: optional(&self.short_name),
            country: self.country.clone(),
            registration_number: optional(&self.registration_number),
            year_founded: self.year()?,
            thematic_areas: self.themes.clone(),
            women_led: self.women_led,
            youth_led: self.youth_led,
        })
    }

    fn change(&self) -> AppResult<ProfileChange> {
        Ok(ProfileChange {
            legal_name: Some(self.legal_name.clone()),
            short_name: Some(self.short_name.clone()),
            country: Some(self.country.clone()),
            registration_number: Some(self.registration_number.clone()),
            year_founded: self.year()?,
            thematic_areas: Some(self.themes.clone()),
            women_led: Some(self.women_led),
            youth_led: Some(self.youth_led),
            ..ProfileChange::default()
        })
    }
}

/// The profile page: new (`organisation` none) or an organisation's.
fn profile_page(
    (state, visitor): (&AppState, &Visitor),
    (organisation, next): (Option<Uuid>, &str),
    form: &ProfileForm,
    errors: &[Problem],
) -> Response {
    let language = visitor.language;
    let countries: Vec<Value> = state
        .reference
        .countries()
        .into_iter()
        .map(|country| json!({ "code": country.code, "name": country.name, "selected": country.code == form.country }))
        .collect();
    let themes: Vec<Value> = THEMES
        .into_iter()
        .map(|theme| {
            let code = theme_code(theme);
            let label = Message::new(format!("portal-theme-{}", code.replace('_', "-"))).render(language);
            json!({ "code": code, "label": label, "checked": form.themes.contains(&theme) })
        })
        .collect();
    let data = json!({
        "organisation_id": organisation,
        "action": organisation.map_or_else(|| "/portal/organisations".to_owned(), |id| format!("/portal/organisations/{id}")),
        "next": next,
        "legal_name": form.legal_name,
        "short_name": form.short_name,
        "countries": countries,
        "registration_number": form.registration_number,
        "year_founded": form.year_founded,
        "themes": themes,
        "women_led": form.women_led,
        "youth_led": form.youth_led,
    });
    form_answer(state, visitor, "organisation_form.html", data, errors)
}

/// The error summary of a refused profile: each field's label, then what is wrong, in
/// the order of the form.
fn profile_problems(error: &AppError, language: Language) -> Option<Vec<Problem>> {
    let AppError::Validation(errors) = error else {
        return None;
    };
    let order = [
        "legal_name",
        "short_name",
        "country",
        "registration_number",
        "year_founded",
    ];
    let mut problems: Vec<Problem> = errors
        .iter()
        .map(|error| {
            let field = error.field.split(['[', '.']).next().unwrap_or_default().to_owned();
            let label = Message::new(format!("portal-organisation-{}", field.replace('_', "-"))).render(language);
            Problem {
                message: super::apply_form::problem_message(error, &label, language),
                href: format!("#{field}"),
                field,
            }
        })
        .collect();
    problems.sort_by_key(|problem| order.iter().position(|field| *field == problem.field));
    Some(problems)
}

/// Where to go after saving: `next` when it is a page of this site, the dashboard otherwise.
fn after_saving(next: &str) -> Response {
    let next = if next.is_empty() { "/portal" } else { local_path(next) };
    Redirect::to(next).into_response()
}

fn applicants_only() -> AppError {
    AppError::Forbidden("only members of civil-society organisations create organisations".to_owned())
}

/// The page to create an organisation (applicants only); `next` is where to go after.
pub async fn new_form(
    State(state): State<AppState>,
    visitor: Visitor,
    Query(query): Query<Vec<(String, String)>>,
) -> Response {
    let user = match signed_in(&visitor) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    if !user.has(Role::Applicant) {
        return problem_page(&state, &visitor, applicants_only());
    }
    let next = field(&query, "next");
    profile_page((&state, &visitor), (None, next), &ProfileForm::default(), &[])
}

/// Creates the organisation through the organisations service (the reader becomes its
/// first member), or shows the form again with the error summary.
pub async fn create(
    State(state): State<AppState>,
    visitor: Visitor,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let user = match signed_in(&visitor) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    if let Err(error) = visitor.check_form_token(field(&fields, "csrf_token")) {
        return problem_page(&state, &visitor, error);
    }
    if !user.has(Role::Applicant) {
        return problem_page(&state, &visitor, applicants_only());
    }
    let form = ProfileForm::posted(&fields);
    let next = field(&fields, "next");
    let created = async {
        let profile = form.profile()?;
        crate::organisations::service::create(&state.db, state.now(), user.id, &state.reference, profile).await
    };
    match created.await {
        Ok(_) => after_saving(next),
        Err(error) => match profile_problems(&error, visitor.language) {
            Some(errors) => profile_page((&state, &visitor), (None, next), &form, &errors),
            None => problem_page(&state, &visitor, error),
        },
    }
}

/// The page to edit an organisation's profile (another organisation's answers 404).
pub async fn edit_form(State(state): State<AppState>, visitor: Visitor, Path(id): Path<Uuid>) -> Response {
    let user = match signed_in(&visitor) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    let organisation = async {
        let row = crate::organisations::service::visible(&state.db, &user, id).await?;
        OrganisationResponse::from_model(row, &state.reference)
    };
    match organisation.await {
        Ok(organisation) => profile_page((&state, &visitor), (Some(id), ""), &ProfileForm::of(&organisation), &[]),
        Err(error) => problem_page(&state, &visitor, error),
    }
}

/// Saves the profile through the organisations service, or shows the form again with the
/// error summary.
pub async fn update(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let user = match signed_in(&visitor) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    if let Err(error) = visitor.check_form_token(field(&fields, "csrf_token")) {
        return problem_page(&state, &visitor, error);
    }
    let form = ProfileForm::posted(&fields);
    let updated = async {
        let change = form.change()?;
        crate::organisations::service::update(&state.db, state.now(), &user, &state.reference, id, change).await
    };
    match updated.await {
        Ok(_) => after_saving("/portal"),
        Err(error) => match profile_problems(&error, visitor.language) {
            Some(errors) => profile_page((&state, &visitor), (Some(id), ""), &form, &errors),
            None => problem_page(&state, &visitor, error),
        },
    }
}
