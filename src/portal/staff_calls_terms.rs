//! A call's terms as officers write them (`/staff/calls/new`, `/staff/calls/{id}/edit`):
//! one page in fieldsets (title and description, themes, eligibility criteria, the scoring
//! rubric, money, dates with their time zone), read as typed, checked for what the page
//! alone can tell (numbers, dates), then given to the calls service, whose refusals come
//! back as the error summary; nothing is saved while anything is refused.

use axum::Router;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, Offset, TimeZone, Utc};
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

use super::home_filter::theme_name;
use super::organisations::{THEMES, theme_code};
use super::render::Page;
use super::staff::Staff;
use super::staff_calls::{Problem, WRITERS, call_heading, in_order, refusal};
use crate::AppState;
use crate::calls::json::UpdateCallRequest;
use crate::calls::rules::{CallTerms, EligibilityCriterion, RubricCriterion};
use crate::error::{AppResult, FieldError};
use crate::i18n::{Language, Message};
use crate::money::{self, Amount, Currency};
use crate::reference::ThematicArea;

/// The routes of the terms form.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/calls/new", get(new_form).post(create))
        .route("/staff/calls/{id}/edit", get(edit_form).post(update))
}

/// The most rows of criteria a page reads.
const MAX_ROWS: usize = 50;
/// Empty rows offered after the filled ones.
const BLANK_ROWS: usize = 2;

/// The offsets from UTC the time zone list offers, as `+HH:MM`.
const ZONES: [&str; 38] = [
    "-12:00", "-11:00", "-10:00", "-09:30", "-09:00", "-08:00", "-07:00", "-06:00", "-05:00", "-04:00", "-03:30",
    "-03:00", "-02:00", "-01:00", "+00:00", "+01:00", "+02:00", "+03:00", "+03:30", "+04:00", "+04:30", "+05:00",
    "+05:30", "+05:45", "+06:00", "+06:30", "+07:00", "+08:00", "+08:45", "+09:00", "+09:30", "+10:00", "+10:30",
    "+11:00", "+12:00", "+12:45", "+13:00", "+14:00",
];

/// An eligibility criterion as typed.
#[derive(Debug, Clone, Default, Serialize)]
struct CriterionInput {
    key: String,
    description: String,
}

/// A rubric criterion as typed.
#[derive(Debug, Clone, Default, Serialize)]
struct RubricInput {
    key: String,
    description: String,
    weight: String,
    min: String,
    max: String,
}

/// The terms as the page holds them (as typed).
#[derive(Debug, Clone, Default, Serialize)]
struct TermsInput {
    title: String,
    description: String,
    themes: Vec<String>,
    regions: Vec<String>,
    criteria: Vec<CriterionInput>,
    rubric: Vec<RubricInput>,
    currency: String,
    budget: String,
    min_grant: String,
    max_grant: String,
    opens_date: String,
    opens_time: String,
    closes_date: String,
    closes_time: String,
    zone: String,
    appeal_days: String,
    blind_review: bool,
}

type Fields = [(String, String)];

fn value(fields: &Fields, name: &str) -> String {
    fields
        .iter()
        .find(|(field, _)| field == name)
        .map(|(_, value)| value.trim().to_owned())
        .unwrap_or_default()
}

/// An amount as an input's value: the currency's decimals, in a form the reader's language
/// reads back ("100000,00" in French).
fn typed_amount(amount: Decimal, currency: Currency, language: Language) -> String {
    let mut shown = money::round_to_minor_unit(amount, currency);
    shown.rescale(currency.minor_unit());
    money::typed::for_input(shown, language)
}

impl TermsInput {
    /// A new call's page: a fortnight to appeal, times in UTC.
    fn blank() -> Self {
        Self {
            appeal_days: "14".to_owned(),
            zone: "+00:00".to_owned(),
            opens_time: "09:00".to_owned(),
            closes_time: "17:00".to_owned(),
            ..Self::default()
        }
    }

    /// The stored terms, written in UTC, numbers in a form the reader's language reads back
    /// (`money::typed::for_input`).
    fn of(terms: &CallTerms, language: Language) -> Self {
        let currency = terms.currency;
        Self {
            title: terms.title.clone(),
            description: terms.description.clone(),
            themes: terms.thematic_areas.iter().map(|theme| theme_code(*theme)).collect(),
            regions: terms.regions.clone(),
            criteria: terms
                .eligibility_criteria
                .iter()
                .map(|criterion| CriterionInput {
                    key: criterion.key.clone(),
                    description: criterion.description.clone(),
                })
                .collect(),
            rubric: terms
                .rubric
                .iter()
                .map(|criterion| RubricInput {
                    key: criterion.key.clone(),
                    description: criterion.description.clone(),
                    weight: money::typed::for_input(criterion.weight.normalize(), language),
                    min: criterion.min_score.to_string(),
                    max: criterion.max_score.to_string(),
                })
                .collect(),
            currency: currency.code().to_owned(),
            budget: typed_amount(terms.budget_ceiling, currency, language),
            min_grant: typed_amount(terms.min_grant, currency, language),
            max_grant: typed_amount(terms.max_grant, currency, language),
            opens_date: terms.opens_at.format("%Y-%m-%d").to_string(),
            opens_time: terms.opens_at.format("%H:%M").to_string(),
            closes_date: terms.closes_at.format("%Y-%m-%d").to_string(),
            closes_time: terms.closes_at.format("%H:%M").to_string(),
            zone: "+00:00".to_owned(),
            appeal_days: terms.appeal_window_days.to_string(),
            blind_review: terms.blind_review,
        }
    }

    /// The page as posted; rows left empty are dropped.
    fn read(fields: &Fields) -> Self {
        let criteria = (0..MAX_ROWS)
            .map(|index| CriterionInput {
                key: value(fields, &format!("criterion-{index}-key")),
                description: value(fields, &format!("criterion-{index}-description")),
            })
            .filter(|row| !row.description.is_empty())
            .collect();
        let rubric = (0..MAX_ROWS)
            .map(|index| {
                let part = |name: &str| value(fields, &format!("rubric-{index}-{name}"));
                RubricInput {
                    key: part("key"),
                    description: part("description"),
                    weight: part("weight"),
                    min: part("min"),
                    max: part("max"),
                }
            })
            .filter(|row| !(row.description.is_empty() && row.weight.is_empty() && row.max.is_empty()))
            .collect();
        Self {
            title: value(fields, "title"),
            description: value(fields, "description"),
            themes: all_values(fields, "themes"),
            regions: all_values(fields, "regions"),
            criteria,
            rubric,
            currency: value(fields, "currency"),
            budget: value(fields, "budget"),
            min_grant: value(fields, "min-grant"),
            max_grant: value(fields, "max-grant"),
            opens_date: value(fields, "opens-date"),
            opens_time: value(fields, "opens-time"),
            closes_date: value(fields, "closes-date"),
            closes_time: value(fields, "closes-time"),
            zone: value(fields, "zone"),
            appeal_days: value(fields, "appeal-days"),
            blind_review: value(fields, "blind-review") == "yes",
        }
    }

    /// The terms, or the fields the page cannot read (field id, catalogue message).
    fn terms(&self, language: Language) -> Result<CallTerms, Vec<(String, Message)>> {
        let mut problems: Vec<(String, Message)> = Vec::new();
        let mut problem = |field: String, id: &str| problems.push((field, Message::new(id.to_owned())));
        let currency = Currency::from_code(&self.currency.to_uppercase());
        if currency.is_none() {
            problem("currency".to_owned(), "staff-calls-error-currency");
        }
        let mut decimal = |field: &str, text: &str, id: &str| match money::typed::read(text, language) {
            Ok(amount) => amount,
            Err(_) => {
                problem(field.to_owned(), id);
                Decimal::ZERO
            }
        };
        let budget = decimal("budget", &self.budget, "staff-calls-error-budget");
        let min_grant = decimal("min-grant", &self.min_grant, "staff-calls-error-min-grant");
        let max_grant = decimal("max-grant", &self.max_grant, "staff-calls-error-max-grant");
        let mut rubric = Vec::new();
        let rubric_keys = keys(self.rubric.iter().map(|row| row.key.as_str()));
        for (index, (row, key)) in self.rubric.iter().zip(rubric_keys).enumerate() {
            let weight = money::typed::read(&row.weight, language).ok();
            let min = row.min.parse::<i32>().ok();
            let max = row.max.parse::<i32>().ok();
            if weight.is_none() {
                problem(format!("rubric-{index}-weight"), "staff-calls-error-weight");
            }
            if min.is_none() {
                problem(format!("rubric-{index}-min"), "staff-calls-error-score");
            }
            if max.is_none() {
                problem(format!("rubric-{index}-max"), "staff-calls-error-score");
            }
            rubric.push(RubricCriterion {
                key,
                description: row.description.clone(),
                weight: weight.unwrap_or_default(),
                min_score: min.unwrap_or_default(),
                max_score: max.unwrap_or_default(),
            });
        }
        let zone = parse_zone(&self.zone);
        if zone.is_none() {
            problem("zone".to_owned(), "staff-calls-error-zone");
        }
        let zone = zone.unwrap_or(Utc.fix());
        let mut instant = |(date, time): (&str, &str), field: &str| {
            let parsed = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok().and_then(|date| {
                let time = NaiveTime::parse_from_str(time, "%H:%M").ok()?;
                zone.from_local_datetime(&date.and_time(time))
                    .single()
                    .map(|at| at.with_timezone(&Utc))
            });
            if parsed.is_none() {
                problem(format!("{field}-date"), "staff-calls-error-instant");
            }
            parsed.unwrap_or(DateTime::<Utc>::MIN_UTC)
        };
        let opens_at = instant((&self.opens_date, &self.opens_time), "opens");
        let closes_at = instant((&self.closes_date, &self.closes_time), "closes");
        let appeal_window_days = self.appeal_days.parse::<i32>().ok();
        if appeal_window_days.is_none() {
            problem("appeal-days".to_owned(), "staff-calls-error-appeal-days");
        }
        let (Some(currency), true) = (currency, problems.is_empty()) else {
            return Err(problems);
        };
        let criteria_keys = keys(self.criteria.iter().map(|row| row.key.as_str()));
        Ok(CallTerms {
            title: self.title.clone(),
            description: self.description.clone(),
            thematic_areas: self
                .themes
                .iter()
                .filter_map(|code| serde_json::from_value::<ThematicArea>(json!(code)).ok())
                .collect(),
            eligibility_criteria: self
                .criteria
                .iter()
                .zip(criteria_keys)
                .map(|(row, key)| EligibilityCriterion {
                    key,
                    description: row.description.clone(),
                })
                .collect(),
            regions: self.regions.clone(),
            rubric,
            currency,
            budget_ceiling: budget,
            min_grant,
            max_grant,
            opens_at,
            closes_at,
            appeal_window_days: appeal_window_days.unwrap_or_default(),
            blind_review: self.blind_review,
        })
    }

    /// The ids of the page's fields in the order it lays them out (what the error summary
    /// follows).
    fn order(&self, rows: (usize, usize)) -> Vec<String> {
        let mut order: Vec<String> = vec!["title".to_owned(), "description".to_owned(), "theme-gender".to_owned()];
        order.extend((0..rows.0).map(|index| format!("criterion-{index}-description")));
        for index in 0..rows.1 {
            for part in ["description", "weight", "min", "max"] {
                order.push(format!("rubric-{index}-{part}"));
            }
        }
        for field in [
            "currency",
            "budget",
            "min-grant",
            "max-grant",
            "opens-date",
            "closes-date",
            "zone",
            "appeal-days",
        ] {
            order.push(field.to_owned());
        }
        order
    }
}

/// The keys of criteria: each kept as it was, a new one made (`criterion_<n>`) unlike any
/// other.
fn keys<'a>(given: impl Iterator<Item = &'a str>) -> Vec<String> {
    let given: Vec<&str> = given.collect();
    let mut taken: Vec<String> = given
        .iter()
        .filter(|key| !key.is_empty())
        .map(|key| (*key).to_owned())
        .collect();
    let mut next = 1;
    given
        .iter()
        .map(|key| {
            if !key.is_empty() {
                return (*key).to_owned();
            }
            while taken.contains(&format!("criterion_{next}")) {
                next += 1;
            }
            let key = format!("criterion_{next}");
            taken.push(key.clone());
            key
        })
        .collect()
}

/// `+05:30` as an offset from UTC.
fn parse_zone(zone: &str) -> Option<FixedOffset> {
    if !ZONES.contains(&zone) {
        return None;
    }
    let sign = if zone.starts_with('-') { -1 } else { 1 };
    let (hours, minutes) = zone.get(1..)?.split_once(':')?;
    let seconds = hours.parse::<i32>().ok()? * 3600 + minutes.parse::<i32>().ok()? * 60;
    FixedOffset::east_opt(sign * seconds)
}

/// Where a service's field path is on the page, and the catalogue's own message for it
/// when there is one (GOV.UK style: says what to do).
fn place(path: &str) -> (String, Option<&'static str>) {
    let indexed = |prefix: &str| {
        path.strip_prefix(prefix)
            .and_then(|rest| rest.split_once(']'))
            .map(|(index, rest)| (index.to_owned(), rest.trim_start_matches('.').to_owned()))
    };
    if let Some((index, _)) = indexed("eligibility_criteria[") {
        return (format!("criterion-{index}-description"), None);
    }
    if let Some((index, part)) = indexed("rubric[") {
        let (part, message) = match part.as_str() {
            "weight" => ("weight", Some("staff-calls-error-weight")),
            "min_score" => ("min", None),
            "max_score" => ("max", None),
            _ => ("description", None),
        };
        return (format!("rubric-{index}-{part}"), message);
    }
    let (field, message) = match path {
        "title" => ("title", Some("staff-calls-error-title")),
        "description" => ("description", Some("staff-calls-error-description")),
        "thematic_areas" => ("theme-gender", Some("staff-calls-error-themes")),
        "eligibility_criteria" => ("criterion-0-description", Some("staff-calls-error-criteria")),
        "rubric" => ("rubric-0-description", Some("staff-calls-error-rubric")),
        "budget_ceiling" => ("budget", None),
        "min_grant" => ("min-grant", None),
        "max_grant" => ("max-grant", None),
        "opens_at" => ("opens-date", None),
        "closes_at" => ("closes-date", Some("staff-calls-error-closes")),
        "appeal_window_days" => ("appeal-days", None),
        "currency" => ("currency", Some("staff-calls-error-currency")),
        _ => ("title", None),
    };
    (field.to_owned(), message)
}

/// A field's name as the error summary says it.
fn label(field: &str, language: Language) -> String {
    let row = |prefix: &str| {
        field
            .strip_prefix(prefix)
            .and_then(|rest| rest.split_once('-'))
            .and_then(|(index, part)| Some((index.parse::<i64>().ok()? + 1, part.to_owned())))
    };
    if let Some((number, _)) = row("criterion-") {
        return Message::new("staff-calls-criterion-label")
            .with("number", number)
            .render(language);
    }
    if let Some((number, part)) = row("rubric-") {
        return Message::new("staff-calls-rubric-label")
            .with("number", number)
            .with(
                "part",
                Message::new(format!("staff-calls-rubric-{part}")).render(language),
            )
            .render(language);
    }
    Message::new(format!("staff-calls-field-{field}")).render(language)
}

/// A service's field error as the page shows it.
fn problem_of(error: &FieldError, language: Language) -> Problem {
    let (field, message) = place(&error.field);
    let message = match message {
        Some(id) => Message::new(id).render(language),
        None => Message::new("portal-apply-problem")
            .with("field", label(&field, language))
            .with("problem", error.message.render(language))
            .render(language),
    };
    Problem { field, message }
}

/// The terms page: as typed (with empty rows to add criteria), with its problems.
fn terms_page(
    state: &AppState,
    staff: &Staff,
    call: Option<serde_json::Value>,
    input: &TermsInput,
    problems: Vec<Problem>,
) -> Page {
    let language = staff.language();
    let mut shown = input.clone();
    let criteria_rows = shown.criteria.len() + BLANK_ROWS;
    let rubric_rows = shown.rubric.len() + BLANK_ROWS;
    shown.criteria.resize(criteria_rows.max(3), CriterionInput::default());
    shown.rubric.resize(rubric_rows.max(3), RubricInput::default());
    let errors = in_order(problems, &input.order((criteria_rows.max(3), rubric_rows.max(3))));
    let themes: Vec<serde_json::Value> = THEMES
        .into_iter()
        .map(|theme| {
            let code = theme_code(theme);
            json!({ "code": code, "label": theme_name(theme, language), "checked": input.themes.contains(&code) })
        })
        .collect();
    let regions: Vec<serde_json::Value> = state
        .reference
        .regions
        .names
        .iter()
        .enumerate()
        .map(|(index, name)| {
            json!({ "id": format!("region-{index}"), "value": name, "label": state.reference.regions.name_in(name, language), "checked": input.regions.contains(name) })
        })
        .collect();
    let currencies: Vec<serde_json::Value> = Currency::all()
        .map(|currency| json!({ "code": currency.code(), "name": currency.name() }))
        .collect();
    let action = match &call {
        Some(call) => format!("/staff/calls/{}/edit", call["id"].as_str().unwrap_or_default()),
        None => "/staff/calls/new".to_owned(),
    };
    Page::new(
        "staff/calls_terms.html",
        json!({
            "call": call,
            "action": action,
            "form": shown,
            "themes": themes,
            "regions": regions,
            "currencies": currencies,
            "zones": ZONES.to_vec(),
            "errors": errors,
            "csrf_token": staff.visitor.form_token().0,
        }),
    )
}

/// A new call's terms.
pub async fn new_form(State(state): State<AppState>, staff: Staff) -> Response {
    let page = staff
        .require(WRITERS)
        .map(|()| terms_page(&state, &staff, None, &TermsInput::blank(), Vec::new()));
    staff.answer(&state, page)
}

/// A call's terms to change (a draft's; a published call's are shown, and changing them
/// is refused with the reason).
pub async fn edit_form(State(state): State<AppState>, staff: Staff, Path(id): Path<Uuid>) -> Response {
    let page = async {
        staff.require(WRITERS)?;
        let call = crate::calls::service::visible_call(&state.db, Some(staff.user()), id).await?;
        let heading = call_heading(&call, state.now(), staff.language());
        Ok(terms_page(
            &state,
            &staff,
            Some(heading),
            &TermsInput::of(&call.terms, staff.language()),
            Vec::new(),
        ))
    };
    staff.answer(&state, page.await)
}

/// Creates the call as a draft and goes to its page.
pub async fn create(
    State(state): State<AppState>,
    staff: Staff,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    save(&state, &staff, None, &fields).await
}

/// Saves a draft's terms and goes back to its page.
pub async fn update(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    save(&state, &staff, Some(id), &fields).await
}

async fn save(state: &AppState, staff: &Staff, id: Option<Uuid>, fields: &Fields) -> Response {
    if let Err(error) = staff
        .check_form(&value(fields, "csrf_token"))
        .and_then(|()| staff.require(WRITERS))
    {
        return staff.answer(state, Err(error));
    }
    let language = staff.language();
    let heading = match heading_of(state, staff, id).await {
        Ok(heading) => heading,
        Err(error) => return staff.answer(state, Err(error)),
    };
    let input = TermsInput::read(fields);
    let again = |status: StatusCode, problems: Vec<Problem>| {
        let page = terms_page(state, staff, heading.clone(), &input, problems).with_status(status);
        staff.answer(state, Ok(page))
    };
    let terms = match input.terms(language) {
        Ok(terms) => terms,
        Err(problems) => {
            let problems = problems
                .into_iter()
                .map(|(field, message)| Problem {
                    field,
                    message: message.render(language),
                })
                .collect();
            return again(StatusCode::UNPROCESSABLE_ENTITY, problems);
        }
    };
    match store_terms(state, staff, id, terms).await {
        Ok((id, done)) => Redirect::to(&format!("/staff/calls/{id}?done={done}")).into_response(),
        Err(error) => match refusal(&error, "title", language, |field| problem_of(field, language)) {
            Some((status, problems)) => again(status, problems),
            None => staff.answer(state, Err(error)),
        },
    }
}

/// The heading of the call being edited (none for a new call).
async fn heading_of(state: &AppState, staff: &Staff, id: Option<Uuid>) -> AppResult<Option<serde_json::Value>> {
    let Some(id) = id else {
        return Ok(None);
    };
    let call = crate::calls::service::visible_call(&state.db, Some(staff.user()), id).await?;
    Ok(Some(call_heading(&call, state.now(), staff.language())))
}

/// Creates the call with `terms`, or changes the draft `id` to them; the call's id and
/// what was done.
async fn store_terms(
    state: &AppState,
    staff: &Staff,
    id: Option<Uuid>,
    terms: CallTerms,
) -> AppResult<(Uuid, &'static str)> {
    let now = state.now();
    match id {
        None => crate::calls::service::create(&state.db, now, staff.user(), terms)
            .await
            .map(|call| (call.row.id, "created")),
        Some(id) => crate::calls::service::update(&state.db, now, staff.user(), id, change(terms))
            .await
            .map(|call| (call.row.id, "saved")),
    }
}

/// Every value the form sent under `name` (a group of checkboxes).
pub(super) fn all_values(fields: &Fields, name: &str) -> Vec<String> {
    fields
        .iter()
        .filter(|(field, _)| field == name)
        .map(|(_, value)| value.clone())
        .collect()
}

/// Every term as a change of a draft.
fn change(terms: CallTerms) -> UpdateCallRequest {
    UpdateCallRequest {
        title: Some(terms.title),
        description: Some(terms.description),
        thematic_areas: Some(terms.thematic_areas),
        regions: Some(terms.regions),
        eligibility_criteria: Some(terms.eligibility_criteria),
        rubric: Some(terms.rubric),
        currency: Some(terms.currency),
        budget_ceiling: Some(Amount(terms.budget_ceiling)),
        min_grant: Some(Amount(terms.min_grant)),
        max_grant: Some(Amount(terms.max_grant)),
        opens_at: Some(terms.opens_at),
        closes_at: Some(terms.closes_at),
        appeal_window_days: Some(terms.appeal_window_days),
        blind_review: Some(terms.blind_review),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_criteria_get_keys_unlike_the_kept_ones() {
        let made = keys(["", "criterion_1", ""].into_iter());
        assert_eq!(made, vec!["criterion_2", "criterion_1", "criterion_3"]);
    }

    #[test]
    fn a_local_time_is_read_in_its_zone() {
        let input = TermsInput {
            opens_date: "2027-03-01".to_owned(),
            opens_time: "09:00".to_owned(),
            closes_date: "2027-03-31".to_owned(),
            closes_time: "17:00".to_owned(),
            zone: "+05:30".to_owned(),
            currency: "EUR".to_owned(),
            budget: "100000".to_owned(),
            min_grant: "1000".to_owned(),
            max_grant: "5000".to_owned(),
            appeal_days: "14".to_owned(),
            ..TermsInput::default()
        };
        let terms = input.terms(Language::En).expect("terms");
        assert_eq!(terms.opens_at.to_rfc3339(), "2027-03-01T03:30:00+00:00");
        assert_eq!(terms.closes_at.to_rfc3339(), "2027-03-31T11:30:00+00:00");
    }

    #[test]
    fn what_the_page_cannot_read_is_named_by_field() {
        let input = TermsInput {
            rubric: vec![RubricInput {
                description: "Relevance".to_owned(),
                weight: "heavy".to_owned(),
                min: "0".to_owned(),
                max: "5".to_owned(),
                ..RubricInput::default()
            }],
            zone: "+99:00".to_owned(),
            ..TermsInput::blank()
        };
        let fields: Vec<String> = input
            .terms(Language::En)
            .expect_err("refused")
            .into_iter()
            .map(|(field, _)| field)
            .collect();
        for field in [
            "currency",
            "budget",
            "rubric-0-weight",
            "zone",
            "opens-date",
            "closes-date",
        ] {
            assert!(fields.contains(&field.to_owned()), "{field} in {fields:?}");
        }
    }

    #[test]
    fn service_paths_land_on_their_fields() {
        assert_eq!(place("rubric[1].weight").0, "rubric-1-weight");
        assert_eq!(place("eligibility_criteria[2].key").0, "criterion-2-description");
        assert_eq!(
            place("closes_at"),
            ("closes-date".to_owned(), Some("staff-calls-error-closes"))
        );
    }
}
