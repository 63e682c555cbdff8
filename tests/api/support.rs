//! The test harness: `spawn_app()` and helpers that arrange what a test is not about.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use chrono::{DateTime, Duration, Utc};
use grantdesk::auth::Role;
use grantdesk::auth::service::{self, NewAccount};
use grantdesk::clock::{Clock, ManualClock};
use grantdesk::config::Config;
use grantdesk::http::driver::{Driver, api_request, multipart_request};
use grantdesk::{AppState, db};
use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};
use serde_json::{Value, json};
use uuid::Uuid;

/// The password of every test account.
pub const PASSWORD: &str = "a sound password 2026";

/// A running application with its own database and clock.
pub struct TestApp {
    pub driver: Driver,
    pub clock: Arc<ManualClock>,
    pub db: DatabaseConnection,
    pub state: AppState,
    pub database_url: String,
    /// The authenticator app of the test's people: each enrolled user's TOTP secret and
    /// the last time step a code was sent for.
    pub authenticator: std::sync::Mutex<HashMap<Uuid, (String, i64)>>,
    _dir: Option<tempfile::TempDir>,
}

/// A signed-in user.
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: Uuid,
    pub email: String,
    pub token: String,
    pub refresh_token: String,
}

/// An answer from the API.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
    pub text: String,
    pub bytes: Vec<u8>,
}

impl Answer {
    /// The answer's `type` slug, for problems.
    pub fn problem_type(&self) -> String {
        self.body["type"]
            .as_str()
            .unwrap_or_default()
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_owned()
    }

    /// The problem's `detail`, or an empty text.
    pub fn detail(&self) -> &str {
        self.body["detail"].as_str().unwrap_or_default()
    }

    /// Whether the answer is problem+json.
    pub fn is_problem(&self) -> bool {
        self.headers
            .get(header::CONTENT_TYPE)
            .is_some_and(|value| value.as_bytes().starts_with(b"application/problem+json"))
            && self.body["status"].as_u64() == Some(u64::from(self.status.as_u16()))
    }

    /// The fields named by a validation problem.
    pub fn failing_fields(&self) -> Vec<String> {
        self.body["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .filter_map(|error| error["field"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The `id` of a created resource.
    pub fn id(&self) -> String {
        self.body["id"]
            .as_str()
            .unwrap_or_else(|| panic!("no id in {}", self.text))
            .to_owned()
    }
}

/// The instant every test starts at.
pub fn start_instant() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-23T09:00:00Z")
        .expect("instant")
        .with_timezone(&Utc)
}

/// The audit signing key of every test app (a 32-byte Ed25519 seed in hex).
pub const AUDIT_KEY: &str = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

/// Starts the application on a fresh database.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(&[]).await
}

/// Starts the application on a fresh database with more configuration (e.g.
/// `GRANTDESK_SMTP_URL`).
pub async fn spawn_app_with(extra: &[(&str, &str)]) -> TestApp {
    let url = std::env::var("DATABASE_URL").unwrap_or_default();
    let (settings, dir) = if url.starts_with("postgres") {
        let schema = format!("t_{}", Uuid::new_v4().simple());
        let admin = db::connect(&db::ConnectSettings {
            url: url.clone(),
            schema: None,
            max_connections: 1,
        })
        .await
        .expect("PostgreSQL answers");
        admin
            .execute_unprepared(&format!("CREATE SCHEMA {schema}"))
            .await
            .expect("schema created");
        admin.close().await.expect("closed");
        (
            db::ConnectSettings {
                url,
                schema: Some(schema),
                max_connections: 4,
            },
            None,
        )
    } else {
        sqlite_settings()
    };
    start(settings, dir, extra, start_instant()).await
}

/// Starts the application on a fresh SQLite file with its clock at `now`, e.g. the real
/// time, for tests that run the binary against the same file.
pub async fn spawn_sqlite_app_at(now: DateTime<Utc>) -> TestApp {
    let (settings, dir) = sqlite_settings();
    start(settings, dir, &[], now).await
}

fn sqlite_settings() -> (db::ConnectSettings, Option<tempfile::TempDir>) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("grantdesk.db");
    let url = format!("sqlite://{}?mode=rwc", path.display());
    (
        db::ConnectSettings {
            url,
            schema: None,
            max_connections: 1,
        },
        Some(dir),
    )
}

async fn start(
    settings: db::ConnectSettings,
    dir: Option<tempfile::TempDir>,
    extra: &[(&str, &str)],
    now: DateTime<Utc>,
) -> TestApp {
    let connection = db::connect(&settings).await.expect("database opens");
    db::migrate(&connection).await.expect("migrations run");
    let values: HashMap<String, String> = [
        ("DATABASE_URL", settings.url.as_str()),
        ("GRANTDESK_JWT_SECRET", "test secret that is long enough for production"),
        ("GRANTDESK_AUDIT_KEY", AUDIT_KEY),
        ("GRANTDESK_FIXTURES", concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures")),
    ]
    .into_iter()
    .chain(extra.iter().copied())
    .map(|(key, value)| (key.to_owned(), value.to_owned()))
    .collect();
    let config = Config::from_values(&values).expect("configuration");
    let clock = Arc::new(ManualClock::new(now));
    let state = AppState::new(connection.clone(), config, clock.clone())
        .await
        .expect("state");
    let driver = Driver::new(grantdesk::router::router(state.clone()));
    TestApp {
        driver,
        clock,
        db: connection,
        state,
        database_url: settings.url.clone(),
        authenticator: std::sync::Mutex::default(),
        _dir: dir,
    }
}

impl TestApp {
    /// Sends a request; `token` may be empty for an anonymous caller.
    pub async fn send(&self, method: Method, path: &str, token: &str, body: Option<Value>) -> Answer {
        self.raw(api_request(method, path, token, body.as_ref(), &[])).await
    }

    /// Sends a prepared request to the router.
    pub async fn raw(&self, request: Request<Body>) -> Answer {
        let reply = self.driver.send(request).await.expect("router answers");
        Answer {
            status: reply.status,
            body: reply.json(),
            text: reply.text(),
            headers: reply.headers,
            bytes: reply.bytes.to_vec(),
        }
    }

    /// A second application on the same database, as a second replica behind a load
    /// balancer.
    pub async fn replica(&self) -> Driver {
        let state = AppState::new(self.db.clone(), self.state.config.clone(), self.clock.clone())
            .await
            .expect("state");
        Driver::new(grantdesk::router::router(state))
    }

    pub async fn get(&self, path: &str, token: &str) -> Answer {
        self.send(Method::GET, path, token, None).await
    }

    pub async fn post(&self, path: &str, token: &str, body: Value) -> Answer {
        self.send(Method::POST, path, token, Some(body)).await
    }

    pub async fn post_empty(&self, path: &str, token: &str) -> Answer {
        self.send(Method::POST, path, token, None).await
    }

    pub async fn put(&self, path: &str, token: &str, body: Value) -> Answer {
        self.send(Method::PUT, path, token, Some(body)).await
    }

    pub async fn delete(&self, path: &str, token: &str) -> Answer {
        self.send(Method::DELETE, path, token, None).await
    }

    /// Sends a `multipart/form-data` upload: each part is (name, file name, bytes).
    pub async fn upload(&self, path: &str, token: &str, parts: &[(&str, Option<&str>, &[u8])]) -> Answer {
        self.raw(multipart_request(path, token, parts)).await
    }

    /// Uploads one file to an application, answering its document.
    pub async fn upload_to_application(&self, member: &Actor, application: &str, name: &str, bytes: &[u8]) -> Answer {
        self.upload(
            &format!("/applications/{application}/documents"),
            &member.token,
            &[("file", Some(name), bytes)],
        )
        .await
    }

    pub async fn patch(&self, path: &str, token: &str, body: Value) -> Answer {
        self.send(Method::PATCH, path, token, Some(body)).await
    }

    /// Creates an account with these roles and signs it in. An applicant registers and
    /// follows the verification link of their email, as a person does; staff are created
    /// verified, as an admin creates them.
    pub async fn user(&self, roles: &[Role]) -> Actor {
        if roles == [Role::Applicant] {
            let actor = self.unverified_applicant().await;
            self.verify_email_of(&actor.email).await;
            return actor;
        }
        let email = format!("{}@example.org", Uuid::new_v4().simple());
        let account = NewAccount {
            email: email.clone(),
            password: Some(PASSWORD.to_owned()),
            full_name: format!(
                "Test {}",
                roles.iter().map(|role| role.as_str()).collect::<Vec<_>>().join(" ")
            ),
            roles: roles.to_vec(),
            email_verified: true,
        };
        let user = service::create_account(&self.db, &self.state.config, self.clock.now(), account, None)
            .await
            .expect("account");
        let actor = self.login(user.id, &email).await;
        if grantdesk::auth::mfa_rules::required_for(roles, &self.state.config.mfa_required_roles) {
            self.enrol_totp(&actor).await;
        }
        actor
    }

    /// Enrols the actor in two-factor sign-in with the test's authenticator app; answers
    /// the recovery codes.
    pub async fn enrol_totp(&self, actor: &Actor) -> Vec<String> {
        let enrolled = self.post_empty("/me/mfa/totp", &actor.token).await;
        assert_eq!(enrolled.status, StatusCode::CREATED, "{}", enrolled.text);
        let secret = enrolled.body["secret"].as_str().expect("secret").to_owned();
        self.authenticator
            .lock()
            .expect("authenticator")
            .insert(actor.id, (secret, 0));
        let code = self.totp_code(actor.id, &actor.email);
        let confirmed = self
            .post("/me/mfa/totp/confirm", &actor.token, json!({"code": code}))
            .await;
        assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.text);
        confirmed.body["recovery_codes"]
            .as_array()
            .expect("recovery codes")
            .iter()
            .map(|code| code.as_str().expect("a code").to_owned())
            .collect()
    }

    /// The next code the authenticator app shows for a user: of a time step after the last
    /// one used (within the one step of skew the server accepts, moving the clock on if
    /// needed), as codes work once.
    pub fn totp_code(&self, user_id: Uuid, email: &str) -> String {
        let mut apps = self.authenticator.lock().expect("authenticator");
        let (secret, last) = apps.get_mut(&user_id).expect("an enrolled user");
        let current = self.clock.now().timestamp() / 30;
        let next = (*last + 1).max(current - 1);
        if next > current + 1 {
            self.clock.advance(Duration::seconds((next - current - 1) * 30));
        }
        *last = next;
        let totp = grantdesk::auth::mfa_rules::totp(secret, email).expect("totp");
        let at = DateTime::from_timestamp(next * 30, 0).expect("instant");
        grantdesk::auth::mfa_rules::code_at(&totp, at)
    }

    /// An applicant who registered and signed in but has not verified their address.
    pub async fn unverified_applicant(&self) -> Actor {
        let email = format!("{}@example.org", Uuid::new_v4().simple());
        let body = json!({"email": email, "password": PASSWORD, "full_name": "Test applicant"});
        let registered = self.post("/auth/register", "", body).await;
        assert_eq!(registered.status, StatusCode::CREATED, "{}", registered.text);
        let id = Uuid::parse_str(&registered.id()).expect("a user id");
        self.login(id, &email).await
    }

    /// Follows the newest verification link sent to `email`; the email was delivered (the
    /// person read it), so it no longer waits in the outbox.
    pub async fn verify_email_of(&self, email: &str) {
        let token = self.token_in_outbox("verify_email", email).await;
        let verified = self.post("/auth/verify-email", "", json!({"token": token})).await;
        assert_eq!(verified.status, StatusCode::NO_CONTENT, "{}", verified.text);
        self.db
            .execute_raw(Statement::from_string(
                self.db.get_database_backend(),
                format!(
                    "UPDATE outbox SET status = 'sent', sent_at = created_at \
                     WHERE rule = 'verify_email' AND recipient = '{}'",
                    email.replace('\'', "''")
                ),
            ))
            .await
            .expect("delivered");
    }

    /// Signs in an existing account.
    pub async fn login(&self, id: Uuid, email: &str) -> Actor {
        let mut answer = self
            .post("/auth/login", "", json!({"email": email, "password": PASSWORD}))
            .await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
        if answer.body["mfa_required"] == true {
            let code = self.totp_code(id, email);
            let body = json!({"mfa_token": answer.body["mfa_token"], "code": code});
            answer = self.post("/auth/login/mfa", "", body).await;
            assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
        }
        Actor {
            id,
            email: email.to_owned(),
            token: answer.body["access_token"].as_str().expect("token").to_owned(),
            refresh_token: answer.body["refresh_token"].as_str().expect("refresh").to_owned(),
        }
    }

    /// Signs the actor in again, e.g. after moving the clock past their token's expiry.
    pub async fn signed_in_again(&self, actor: &Actor) -> Actor {
        self.login(actor.id, &actor.email).await
    }

    pub async fn officer(&self) -> Actor {
        self.user(&[Role::Officer]).await
    }

    pub async fn applicant(&self) -> Actor {
        self.user(&[Role::Applicant]).await
    }

    pub async fn reviewer(&self) -> Actor {
        self.user(&[Role::Reviewer]).await
    }

    /// Screens a submitted application eligible.
    pub async fn make_eligible(&self, officer: &Actor, application: &str) {
        let answer = self
            .post(
                &format!("/applications/{application}/eligibility"),
                &officer.token,
                json!({"eligible": true}),
            )
            .await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
    }

    /// Assigns a reviewer.
    pub async fn assign(&self, officer: &Actor, application: &str, reviewer: &Actor) {
        let answer = self
            .post(
                &format!("/applications/{application}/assignments"),
                &officer.token,
                json!({"reviewer_id": reviewer.id}),
            )
            .await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text);
    }

    /// Submits a review with these scores for relevance and feasibility (both 0-5).
    pub async fn review(&self, reviewer: &Actor, application: &str, relevance: i64, feasibility: i64) -> Answer {
        self.send(
            Method::PUT,
            &format!("/applications/{application}/reviews/mine"),
            &reviewer.token,
            Some(json!({"scores": {"relevance": relevance, "feasibility": feasibility}, "comment": "Sound plan."})),
        )
        .await
    }

    /// A submitted application of the scene's organisation, screened eligible and assigned
    /// to `reviewer`.
    pub async fn under_review(&self, scene: &Scene, reviewer: &Actor) -> String {
        let application = self
            .submitted_application(&scene.member, &scene.organisation, &scene.call)
            .await;
        self.make_eligible(&scene.officer, &application).await;
        self.assign(&scene.officer, &application, reviewer).await;
        application
    }

    /// Imports a sanctions list (as a new admin); answers the response.
    pub async fn import_sanctions(&self, xml: &str) -> Answer {
        let admin = self.admin().await;
        let request = Request::builder()
            .method(Method::POST)
            .uri("/api/v1/sanctions/import")
            .header(header::AUTHORIZATION, format!("Bearer {}", admin.token))
            .header(header::CONTENT_TYPE, "application/xml")
            .body(Body::from(xml.to_owned()))
            .expect("request");
        self.raw(request).await
    }

    /// The sample list of `fixtures/`.
    pub fn sample_list() -> &'static str {
        include_str!("../../fixtures/sanctions-sample.xml")
    }

    /// A completed, passed due-diligence assessment of the organisation (the sample list is
    /// imported first if no list is in force); answers the assessment id.
    pub async fn passed_due_diligence(&self, officer: &Actor, organisation: &str) -> String {
        self.completed_due_diligence(officer, organisation, "passed").await
    }

    /// A completed due-diligence assessment of the organisation whose first checklist item
    /// has `first_item` (`passed` or `failed`) and every other passed; answers its id.
    pub async fn completed_due_diligence(&self, officer: &Actor, organisation: &str, first_item: &str) -> String {
        if self.get("/sanctions", &officer.token).await.status == StatusCode::NOT_FOUND {
            assert_eq!(self.import_sanctions(Self::sample_list()).await.status, StatusCode::OK);
        }
        let opened = self
            .post_empty(&format!("/organisations/{organisation}/due-diligence"), &officer.token)
            .await;
        assert_eq!(opened.status, StatusCode::CREATED, "{}", opened.text);
        let id = opened.id();
        let items: Vec<Value> = opened.body["items"]
            .as_array()
            .expect("items")
            .iter()
            .enumerate()
            .map(|(index, item)| {
                let status = if index == 0 { first_item } else { "passed" };
                json!({"key": item["key"], "status": status, "note": "Verified"})
            })
            .collect();
        let patched = self
            .patch(
                &format!("/due-diligence/{id}"),
                &officer.token,
                json!({"items": items, "risk_rating": "low"}),
            )
            .await;
        assert_eq!(patched.status, StatusCode::OK, "{}", patched.text);
        let screened = self
            .post_empty(&format!("/due-diligence/{id}/screen"), &officer.token)
            .await;
        assert_eq!(screened.status, StatusCode::OK, "{}", screened.text);
        for candidate in screened.body["matches"].as_array().expect("matches") {
            let path = format!(
                "/due-diligence/{id}/matches/{}/adjudication",
                candidate["id"].as_str().expect("id")
            );
            self.post(
                &path,
                &officer.token,
                json!({"outcome": "false_positive", "reason": "Different body"}),
            )
            .await;
        }
        let completed = self
            .post_empty(&format!("/due-diligence/{id}/complete"), &officer.token)
            .await;
        assert_eq!(completed.status, StatusCode::OK, "{}", completed.text);
        id
    }

    /// A do-no-harm assessment of the application with one risk, approved by `officer`
    /// (and a second officer when the residual is high); answers its id.
    pub async fn approved_risk(&self, officer: &Actor, application: &str, residual: &str) -> String {
        let submitted = self
            .post(
                &format!("/applications/{application}/risk-assessment"),
                &officer.token,
                risk_body(residual),
            )
            .await;
        assert!(submitted.status.is_success(), "{}", submitted.text);
        let id = submitted.id();
        let approved = self
            .post_empty(&format!("/risk-assessments/{id}/approve"), &officer.token)
            .await;
        assert_eq!(approved.status, StatusCode::OK, "{}", approved.text);
        if residual == "high" {
            let second = self.officer().await;
            self.post_empty(&format!("/risk-assessments/{id}/approve"), &second.token)
                .await;
        }
        id
    }

    pub async fn admin(&self) -> Actor {
        self.user(&[Role::Admin]).await
    }

    /// An organisation with `member` as its member.
    pub async fn organisation(&self, member: &Actor) -> String {
        let answer = self.post("/organisations", &member.token, organisation_body()).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text);
        answer.id()
    }

    /// The token in the newest invitation email to `email`, read from the outbox.
    pub async fn invitation_token(&self, email: &str) -> String {
        self.token_in_outbox("invitation", email).await
    }

    /// The token in the newest message of `rule` (a notice's name) to `email`, read from
    /// the outbox.
    pub async fn token_in_outbox(&self, rule: &str, email: &str) -> String {
        let (rows, _) = grantdesk::reminders::store::list(&self.db, None, None, (500, 0))
            .await
            .expect("outbox");
        let row = rows
            .iter()
            .find(|row| row.rule == rule && row.recipient == email)
            .unwrap_or_else(|| panic!("a {rule} email to {email}"));
        token_in(&row.body)
    }

    /// `invitee` joins `organisation` the way a person does: a member invites them and
    /// they accept with the token of the invitation email.
    pub async fn join(&self, member: &Actor, organisation: &str, invitee: &Actor) {
        let invited = self
            .post(
                &format!("/organisations/{organisation}/invitations"),
                &member.token,
                json!({"email": invitee.email}),
            )
            .await;
        assert_eq!(invited.status, StatusCode::ACCEPTED, "{}", invited.text);
        let token = self.invitation_token(&invitee.email).await;
        let accepted = self
            .post_empty(&format!("/invitations/{token}/accept"), &invitee.token)
            .await;
        assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.text);
    }

    /// A published call open from an hour ago for a week.
    pub async fn open_call(&self, officer: &Actor) -> String {
        let call = self.draft_call(officer).await;
        let answer = self.post_empty(&format!("/calls/{call}/publish"), &officer.token).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
        call
    }

    /// A draft call.
    pub async fn draft_call(&self, officer: &Actor) -> String {
        let answer = self.post("/calls", &officer.token, call_body(self.clock.now())).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text);
        answer.id()
    }

    /// A draft application of the organisation to the call.
    pub async fn draft_application(&self, member: &Actor, organisation: &str, call: &str) -> String {
        let answer = self
            .post(
                &format!("/calls/{call}/applications"),
                &member.token,
                application_body(organisation),
            )
            .await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text);
        answer.id()
    }

    /// A submitted application.
    pub async fn submitted_application(&self, member: &Actor, organisation: &str, call: &str) -> String {
        let application = self.draft_application(member, organisation, call).await;
        let answer = self
            .post_empty(&format!("/applications/{application}/submit"), &member.token)
            .await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
        application
    }

    /// Rows in a table.
    pub async fn count(&self, table: &str) -> i64 {
        let backend = self.db.get_database_backend();
        let row = self
            .db
            .query_one_raw(Statement::from_string(
                backend,
                format!("SELECT COUNT(*) AS n FROM {table}"),
            ))
            .await
            .expect("count")
            .expect("a row");
        row.try_get::<i64>("", "n").expect("number")
    }

    /// A fingerprint of everything a write could change: the row count of every table
    /// (every change also appends an audit event, so an in-place update shows too).
    pub async fn snapshot(&self) -> Vec<i64> {
        let mut counts = Vec::new();
        for table in [
            "review_assignments",
            "reviews",
            "decisions",
            "appeals",
            "due_diligence",
            "sanctions_matches",
            "sanctions_entries",
            "sanctions_list_versions",
            "risk_assessments",
            "risk_comments",
            "refresh_tokens",
            "users",
            "user_roles",
            "organisations",
            "organisation_members",
            "calls",
            "applications",
            "awards",
            "award_tranches",
            "reporting_obligations",
            "disbursements",
            "events",
            "sponsorship_requests",
            "outbox",
            "calendar_feeds",
            "organisation_invitations",
            "call_forms",
            "documents",
            "document_contents",
            "document_chunks",
            "audit_events",
        ] {
            counts.push(self.count(table).await);
        }
        counts
    }

    /// The newest audit events' actions, newest first.
    pub async fn audit_actions(&self, subject_id: &str) -> Vec<String> {
        let admin = self.admin().await;
        let answer = self.get(&format!("/audit?subject_id={subject_id}"), &admin.token).await;
        answer.body["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|event| event["action"].as_str().unwrap_or_default().to_owned())
            .collect()
    }
}

/// The usual cast: an officer with an open call, and an applicant with an organisation.
pub struct Scene {
    pub officer: Actor,
    pub member: Actor,
    pub organisation: String,
    pub call: String,
}

impl TestApp {
    /// An officer with an open call and an applicant member of an organisation.
    pub async fn scene(&self) -> Scene {
        let officer = self.officer().await;
        let member = self.applicant().await;
        let organisation = self.organisation(&member).await;
        let call = self.open_call(&officer).await;
        Scene {
            officer,
            member,
            organisation,
            call,
        }
    }
}

impl TestApp {
    /// An application of the scene's organisation under review with one submitted review.
    pub async fn reviewed(&self, scene: &Scene) -> String {
        let reviewer = self.reviewer().await;
        let application = self.under_review(scene, &reviewer).await;
        assert_eq!(self.review(&reviewer, &application, 4, 4).await.status, StatusCode::OK);
        application
    }

    /// A reviewed application that may be awarded: its organisation's due diligence passed
    /// (once per organisation) and its risk assessment approved.
    pub async fn awardable(&self, scene: &Scene) -> String {
        self.awardable_at_risk(scene, "low").await
    }

    /// A reviewed application that may be awarded, whose approved risk assessment has the
    /// `residual` rating (`low`, `medium` or `high`).
    pub async fn awardable_at_risk(&self, scene: &Scene, residual: &str) -> String {
        let application = self.reviewed(scene).await;
        let standing = self
            .get(
                &format!("/organisations/{}/due-diligence", scene.organisation),
                &scene.officer.token,
            )
            .await;
        if standing.body["standing"] != "valid" {
            self.passed_due_diligence(&scene.officer, &scene.organisation).await;
        }
        self.approved_risk(&scene.officer, &application, residual).await;
        application
    }

    /// An award made by `decision` (an `awarded` decision body) and accepted by the
    /// scene's member, so that money may flow; answers the award's id.
    pub async fn active_award(&self, scene: &Scene, decision: Value) -> String {
        let application = self.awardable(scene).await;
        self.accepted_award(scene, &application, decision).await
    }

    /// Decides `application` with `decision` (an `awarded` decision body) and has the
    /// scene's member accept the award; answers the award's id.
    pub async fn accepted_award(&self, scene: &Scene, application: &str, decision: Value) -> String {
        let decided = self
            .post(
                &format!("/applications/{application}/decision"),
                &scene.officer.token,
                decision,
            )
            .await;
        assert_eq!(decided.status, StatusCode::OK, "{}", decided.text);
        let award = decided.body["award_id"].as_str().expect("award id").to_owned();
        let accepted = self
            .post_empty(&format!("/awards/{award}/accept"), &scene.member.token)
            .await;
        assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.text);
        award
    }

    /// Requests a disbursement of an award with an `Idempotency-Key`.
    pub async fn request_disbursement(&self, finance: &Actor, award: &str, key: &str, body: Value) -> Answer {
        self.request_payment(finance, &format!("/awards/{award}/disbursements"), key, body)
            .await
    }

    /// Posts a payment request (`/awards/{id}/disbursements` or
    /// `/sponsorship-requests/{id}/disbursements`) with an `Idempotency-Key`.
    pub async fn request_payment(&self, finance: &Actor, path: &str, key: &str, body: Value) -> Answer {
        let headers = [("idempotency-key", key)];
        self.raw(api_request(Method::POST, path, &finance.token, Some(&body), &headers))
            .await
    }

    /// The Prometheus text of `/metrics`, from its own listener's router.
    pub async fn metrics(&self) -> String {
        let metrics = Driver::new(grantdesk::router::metrics_router(self.state.clone()));
        let request = Request::builder().uri("/metrics").body(Body::empty()).expect("request");
        metrics.send(request).await.expect("metrics answer").text()
    }

    pub async fn finance(&self) -> Actor {
        self.user(&[Role::Finance]).await
    }
}

/// A risk assessment with one reprisal risk and the given residual rating.
pub fn risk_body(residual: &str) -> Value {
    json!({
        "risks": [{
            "category": "reprisal",
            "description": "Participants identified and threatened by local militia",
            "likelihood": 3,
            "impact": 5,
            "mitigation": "Closed venue, no photographs, pseudonyms in all reports"
        }],
        "residual_rating": residual
    })
}

/// A valid organisation.
pub fn organisation_body() -> Value {
    json!({
        "legal_name": "Women for Peace Network",
        "short_name": "WPN",
        "country": "KE",
        "registration_number": "OP.218/051/12",
        "year_founded": 2012,
        "thematic_areas": ["gender", "youth"],
        "women_led": true,
        "youth_led": false
    })
}

/// A valid call, open from an hour before `now` for seven days.
pub fn call_body(now: DateTime<Utc>) -> Value {
    json!({
        "title": "Youth and women leading prevention",
        "description": "Grants for community-based prevention projects.",
        "thematic_areas": ["youth", "gender"],
        "eligibility_criteria": [
            {"key": "registered_cso", "description": "Legally registered CSO"},
            {"key": "two_years_active", "description": "Two years of activity"}
        ],
        "rubric": [
            {"key": "relevance", "description": "Relevance", "weight": "0.6", "min_score": 0, "max_score": 5},
            {"key": "feasibility", "description": "Feasibility", "weight": "0.4", "min_score": 0, "max_score": 5}
        ],
        "currency": "EUR",
        "budget_ceiling": "200000.00",
        "min_grant": "10000.00",
        "max_grant": "50000.00",
        "opens_at": now - Duration::hours(1),
        "closes_at": now + Duration::days(7),
        "appeal_window_days": 14
    })
}

/// A valid application: 24,500.00 EUR in three lines.
pub fn application_body(organisation: &str) -> Value {
    json!({
        "organisation_id": organisation,
        "title": "Mothers as first responders",
        "summary": "Training mothers to recognise early signs of recruitment.",
        "requested_amount": "24500.00",
        "budget_lines": [
            {"description": "Workshops", "amount": "15000.00"},
            {"description": "Dialogue forums", "amount": "7000.00"},
            {"description": "Evaluation", "amount": "2500.00"}
        ],
        "answers": {"beneficiaries": 120}
    })
}

/// The first 64-hex-digit token in a message's text.
pub fn token_in(text: &str) -> String {
    text.split(|character: char| !character.is_ascii_hexdigit())
        .find(|word| word.len() == 64)
        .unwrap_or_else(|| panic!("a token in {text}"))
        .to_owned()
}

/// A request to a staff page, as the wrong-role checks send it: a page read (`GET`), a
/// form sent (`POST`, urlencoded) or a file sent (`POST`, `multipart/form-data`). Forms
/// and files carry the session's valid CSRF token (first, as the upload forms want it), so
/// what refuses them is the role check and not the token's.
#[derive(Debug, Clone)]
pub enum Visit {
    Page(String),
    Form(String, Vec<(String, String)>),
    Upload(String),
}

/// Reading the page at `path`.
pub fn page(path: impl Into<String>) -> Visit {
    Visit::Page(path.into())
}

/// Sending the form posted to `path` with nothing but its token.
pub fn form(path: impl Into<String>) -> Visit {
    Visit::Form(path.into(), Vec::new())
}

/// Sending the form posted to `path` filled in with `fields` (e.g. the button pressed).
pub fn form_with(path: impl Into<String>, fields: &[(&str, &str)]) -> Visit {
    let fields = fields
        .iter()
        .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
        .collect();
    Visit::Form(path.into(), fields)
}

/// Sending a file to the upload form posted to `path`.
pub fn upload(path: impl Into<String>) -> Visit {
    Visit::Upload(path.into())
}

/// Every role there is.
const ROLES: [Role; 5] = [
    Role::Applicant,
    Role::Officer,
    Role::Reviewer,
    Role::Finance,
    Role::Admin,
];

/// Checks that only `allowed` roles reach `visits`: someone signed in with each other role
/// is refused every page and every form, a member of staff with 403 and an applicant with
/// "not found" (404), and nothing changes.
pub async fn refused_to(app: &TestApp, allowed: &[Role], visits: &[Visit]) {
    let mut outsiders = Vec::new();
    for role in ROLES.into_iter().filter(|role| !allowed.contains(role)) {
        let status = match role {
            Role::Applicant => StatusCode::NOT_FOUND,
            _ => StatusCode::FORBIDDEN,
        };
        outsiders.push((app.user(&[role]).await, status));
    }
    let outsiders: Vec<(&Actor, StatusCode)> = outsiders.iter().map(|(actor, status)| (actor, *status)).collect();
    refused_to_each(app, &outsiders, visits).await;
}

/// Checks that each of `outsiders` (someone of another organisation, another reviewer, a
/// role the pages are not for) is answered its status on every one of `visits`, signed in
/// through the portal, and that nothing changes.
pub async fn refused_to_each(app: &TestApp, outsiders: &[(&Actor, StatusCode)], visits: &[Visit]) {
    assert!(!visits.is_empty(), "nothing to visit");
    let mut browsers = Vec::new();
    for (actor, status) in outsiders {
        let mut browser = crate::portal::Browser::new(app);
        browser.sign_in_as(actor).await;
        let mut home = browser.get("/staff").await;
        if home.status == StatusCode::NOT_FOUND {
            home = browser.get("/portal").await;
        }
        let token = crate::portal::csrf_token(&home.text);
        browsers.push((browser, token, *status, actor.email.clone()));
    }
    let before = app.snapshot().await;
    for (browser, token, status, who) in &mut browsers {
        for visit in visits {
            let answer = match visit {
                Visit::Page(path) => browser.get(path).await,
                Visit::Form(path, fields) => {
                    let mut sent = vec![("csrf_token", token.as_str())];
                    sent.extend(fields.iter().map(|(name, value)| (name.as_str(), value.as_str())));
                    browser.post_form(path, &sent).await
                }
                Visit::Upload(path) => {
                    let fields = [("csrf_token", token.as_str())];
                    browser
                        .post_file(path, &fields, ("file.pdf", b"%PDF-1.4 refused"))
                        .await
                }
            };
            assert_eq!(answer.status, *status, "{who} on {visit:?}: {}", answer.text);
        }
    }
    assert_eq!(app.snapshot().await, before, "a refused visit changed something");
}
