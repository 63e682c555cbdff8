//! The demo office (`grantdesk serve --demo`), loaded from `fixtures/demo.json` when the
//! database has no users. Staff accounts are created directly; everything else goes
//! through the HTTP API itself, so the demo data passes every rule and is in the audit
//! trail like any other.

use axum::http::{Method, StatusCode};
use chrono::{Duration, DurationRound};
use sea_orm::{EntityTrait, PaginatorTrait};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::AppState;
use crate::auth::Role;
use crate::auth::service::{self, NewAccount};
use crate::auth::store::user;
use crate::http::driver::Driver;

#[derive(Debug, Deserialize)]
struct Demo {
    password: String,
    staff: Vec<Person>,
    applicants: Vec<Person>,
    organisations: Vec<DemoOrganisation>,
    calls: Vec<DemoCall>,
    #[serde(default)]
    events: Vec<DemoEvent>,
}

#[derive(Debug, Deserialize)]
struct Person {
    email: String,
    full_name: String,
    #[serde(default)]
    roles: Vec<Role>,
}

#[derive(Debug, Deserialize)]
struct DemoOrganisation {
    member: String,
    body: Value,
}

#[derive(Debug, Deserialize)]
struct DemoCall {
    opens_in_days: i64,
    closes_in_days: i64,
    close_after_applying: bool,
    /// The call's application form, set before it is published.
    #[serde(default)]
    form: Option<Value>,
    body: Value,
    applications: Vec<DemoApplication>,
}

#[derive(Debug, Deserialize)]
struct DemoEvent {
    starts_in_days: i64,
    length_days: i64,
    deadline_in_days: i64,
    body: Value,
    requests: Vec<DemoSponsorship>,
}

#[derive(Debug, Deserialize)]
struct DemoSponsorship {
    organisation: String,
    decision: Option<Value>,
    body: Value,
}

#[derive(Debug, Deserialize)]
struct DemoApplication {
    organisation: String,
    submit: bool,
    eligibility: Option<Value>,
    body: Value,
    /// Files uploaded to the draft, each answering a `file` question.
    #[serde(default)]
    documents: Vec<DemoDocument>,
}

#[derive(Debug, Deserialize)]
struct DemoDocument {
    question: String,
    name: String,
    text: String,
}

/// Loads the demo office unless the database already has users.
pub async fn load_if_empty(state: &AppState) -> Result<(), String> {
    let users = user::Entity::find()
        .count(&state.db)
        .await
        .map_err(|error| error.to_string())?;
    if users > 0 {
        tracing::info!("the database already has users; demo data not loaded");
        return Ok(());
    }
    let path = std::path::Path::new(&state.config.fixtures_dir).join("demo.json");
    let text = std::fs::read_to_string(&path).map_err(|error| format!("{}: {error}", path.display()))?;
    let demo: Demo = serde_json::from_str(&text).map_err(|error| format!("{}: {error}", path.display()))?;
    load(state, &demo).await?;
    tracing::info!("demo office loaded (see README for the accounts)");
    Ok(())
}

async fn load(state: &AppState, demo: &Demo) -> Result<(), String> {
    let now = state
        .now()
        .duration_trunc(Duration::hours(1))
        .unwrap_or_else(|_| state.now());
    for person in &demo.staff {
        create(state, person, person.roles.clone(), &demo.password).await?;
    }
    for person in &demo.applicants {
        create(state, person, vec![Role::Applicant], &demo.password).await?;
    }
    let sample = std::path::Path::new(&state.config.fixtures_dir).join("sanctions-sample.xml");
    if let Ok(xml) = std::fs::read_to_string(&sample) {
        crate::sanctions::import_list(&state.db, &xml, Some("sanctions-sample.xml"), None, now)
            .await
            .map_err(|error| error.problem().detail)?;
    }
    let api = Api {
        driver: Driver::new(crate::router::router(state.clone())),
    };
    let officer = api.login("officer@grantdesk.example", &demo.password).await?;
    let mut organisation_ids = std::collections::HashMap::new();
    for organisation in &demo.organisations {
        let token = api.login(&organisation.member, &demo.password).await?;
        let created = api
            .call(Method::POST, "/organisations", &token, Some(organisation.body.clone()))
            .await?;
        let name = organisation.body["legal_name"].as_str().unwrap_or_default().to_owned();
        organisation_ids.insert(name, (created["id"].clone(), token));
    }
    for call in &demo.calls {
        let mut body = call.body.clone();
        body["opens_at"] = json!(now + Duration::days(call.opens_in_days));
        body["closes_at"] = json!(now + Duration::days(call.closes_in_days));
        let created = api.call(Method::POST, "/calls", &officer, Some(body)).await?;
        let call_id = created["id"].as_str().unwrap_or_default().to_owned();
        if let Some(form) = &call.form {
            api.call(
                Method::PUT,
                &format!("/calls/{call_id}/form"),
                &officer,
                Some(form.clone()),
            )
            .await?;
        }
        api.call(Method::POST, &format!("/calls/{call_id}/publish"), &officer, None)
            .await?;
        for application in &call.applications {
            let (organisation_id, token) = organisation_ids.get(&application.organisation).ok_or_else(|| {
                format!(
                    "demo application names an unknown organisation {}",
                    application.organisation
                )
            })?;
            let mut body = application.body.clone();
            body["organisation_id"] = organisation_id.clone();
            let draft = api
                .call(
                    Method::POST,
                    &format!("/calls/{call_id}/applications"),
                    token,
                    Some(body),
                )
                .await?;
            let application_id = draft["id"].as_str().unwrap_or_default().to_owned();
            attach_documents(
                &api,
                token,
                &application_id,
                &application.body["answers"],
                &application.documents,
            )
            .await?;
            if application.submit {
                api.call(
                    Method::POST,
                    &format!("/applications/{application_id}/submit"),
                    token,
                    None,
                )
                .await?;
            }
            if let Some(finding) = &application.eligibility {
                api.call(
                    Method::POST,
                    &format!("/applications/{application_id}/eligibility"),
                    &officer,
                    Some(finding.clone()),
                )
                .await?;
            }
        }
        if call.close_after_applying {
            api.call(Method::POST, &format!("/calls/{call_id}/close"), &officer, None)
                .await?;
        }
    }
    for event in &demo.events {
        load_event(&api, &officer, event, &organisation_ids, now).await?;
    }
    Ok(())
}

/// An open event with its sponsorship requests (and decisions), dated from today.
async fn load_event(
    api: &Api,
    officer: &str,
    event: &DemoEvent,
    organisation_ids: &std::collections::HashMap<String, (Value, String)>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), String> {
    let starts_on = now.date_naive() + Duration::days(event.starts_in_days);
    let ends_on = starts_on + Duration::days(event.length_days - 1);
    let mut body = event.body.clone();
    body["starts_on"] = json!(starts_on);
    body["ends_on"] = json!(ends_on);
    body["request_deadline"] = json!(now + Duration::days(event.deadline_in_days));
    let created = api.call(Method::POST, "/events", officer, Some(body)).await?;
    let event_id = created["id"].as_str().unwrap_or_default().to_owned();
    api.call(Method::POST, &format!("/events/{event_id}/publish"), officer, None)
        .await?;
    for request in &event.requests {
        let (organisation_id, token) = organisation_ids.get(&request.organisation).ok_or_else(|| {
            format!(
                "demo sponsorship names an unknown organisation {}",
                request.organisation
            )
        })?;
        let mut body = request.body.clone();
        body["organisation_id"] = organisation_id.clone();
        body["arrival_on"] = json!(starts_on - Duration::days(1));
        body["departure_on"] = json!(ends_on + Duration::days(1));
        let asked = api
            .call(
                Method::POST,
                &format!("/events/{event_id}/sponsorship-requests"),
                token,
                Some(body),
            )
            .await?;
        if let Some(decision) = &request.decision {
            let id = asked["id"].as_str().unwrap_or_default();
            api.call(
                Method::POST,
                &format!("/sponsorship-requests/{id}/decision"),
                officer,
                Some(decision.clone()),
            )
            .await?;
        }
    }
    Ok(())
}

async fn create(state: &AppState, person: &Person, roles: Vec<Role>, password: &str) -> Result<(), String> {
    // The demo's people are verified from the start, as support would have done.
    let account = NewAccount {
        email: person.email.clone(),
        password: Some(password.to_owned()),
        full_name: person.full_name.clone(),
        roles,
        email_verified: true,
    };
    let created = service::create_account(&state.db, &state.config, state.now(), account, None)
        .await
        .map_err(|error| error.problem().detail)?;
    let roles = crate::auth::store::roles_of(&state.db, created.id)
        .await
        .map_err(|error| error.problem().detail)?;
    if crate::auth::mfa_rules::required_for(&roles, &state.config.mfa_required_roles) {
        crate::auth::mfa::enable_with_known_secret(&state.db, state.now(), created.id, DEMO_TOTP_SECRET)
            .await
            .map_err(|error| error.problem().detail)?;
    }
    Ok(())
}

/// Uploads a demo application's files and answers its `file` questions with them.
async fn attach_documents(
    api: &Api,
    token: &str,
    application_id: &str,
    answers: &Value,
    documents: &[DemoDocument],
) -> Result<(), String> {
    if documents.is_empty() {
        return Ok(());
    }
    let mut answers = answers.clone();
    for document in documents {
        let path = format!("/applications/{application_id}/documents");
        let parts = [
            ("question", None, document.question.as_bytes()),
            ("file", Some(document.name.as_str()), document.text.as_bytes()),
        ];
        let reply = api
            .driver
            .send(crate::http::driver::multipart_request(&path, token, &parts))
            .await
            .map_err(|error| error.to_string())?;
        if reply.status != StatusCode::CREATED {
            return Err(format!("POST {path} answered {}: {}", reply.status, reply.text()));
        }
        answers[document.question.as_str()] = json!([reply.json()["id"]]);
    }
    let path = format!("/applications/{application_id}");
    api.call(Method::PATCH, &path, token, Some(json!({ "answers": answers })))
        .await
        .map(|_| ())
}

/// The two-factor secret of the demo's staff whose role needs one (admin and finance by
/// default), published in the README like the demo password: `--demo` is refused in
/// production.
pub const DEMO_TOTP_SECRET: &str = "GRANTDESKDEMOGRANTDESKDEMO234567";

/// The API driven in-process, as a client would.
struct Api {
    driver: Driver,
}

impl Api {
    async fn login(&self, email: &str, password: &str) -> Result<String, String> {
        let answer = self
            .call(
                Method::POST,
                "/auth/login",
                "",
                Some(json!({"email": email, "password": password})),
            )
            .await?;
        answer["access_token"]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| "login answered no token".to_owned())
    }

    async fn call(&self, method: Method, path: &str, token: &str, body: Option<Value>) -> Result<Value, String> {
        let reply = self
            .driver
            .call(method.clone(), path, token, body.as_ref())
            .await
            .map_err(|error| error.to_string())?;
        if !(reply.status == StatusCode::OK || reply.status == StatusCode::CREATED) {
            return Err(format!("{method} {path} answered {}: {}", reply.status, reply.text()));
        }
        serde_json::from_slice(&reply.bytes).map_err(|error| error.to_string())
    }
}
