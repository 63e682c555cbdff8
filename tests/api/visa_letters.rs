//! Visa-support letters a consulate can verify (issue 19), letters of record (issue 14) and
//! names isolated in Arabic letters (issue 16): the passport details sealed and shown only to
//! those who may see the request, the letter with both scripts, the passport, the office's
//! contact block and a verification code the public endpoint and page confirm, withdrawn
//! after cancellation; passport details purged after the retention period; letters served as
//! issued, byte for byte.

use axum::http::StatusCode;
use chrono::Duration;
use grantdesk::clock::Clock;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::portal::Browser;
use crate::sponsorships::{Event, decide, open_event, traveller};
use crate::support::{Scene, TestApp, spawn_app_with};

const NAME: &str = "Айгерим Бекова";
const PASSPORT_NAME: &str = "BEKOVA AIGERIM";
const PASSPORT_NUMBER: &str = "KG7654321";
const BORN: &str = "1990-04-12";
const PUBLIC_URL: &str = "https://grants.office.example.org";

/// An application whose office has its contact block and public address configured.
async fn consulate_app() -> TestApp {
    spawn_app_with(&[
        ("GRANTDESK_OFFICE_ADDRESS", "Wagramer Strasse 5, 1400 Vienna, Austria"),
        ("GRANTDESK_OFFICE_PHONE", "+43 1 26060 4242"),
        ("GRANTDESK_OFFICE_EMAIL", "grants@office.example.org"),
        ("GRANTDESK_OFFICE_WEBSITE", "https://office.example.org"),
        ("GRANTDESK_PUBLIC_URL", PUBLIC_URL),
    ])
    .await
}

/// Aigerim's passport details.
fn passport() -> Value {
    json!({
        "passport_name": PASSPORT_NAME, "passport_number": PASSPORT_NUMBER,
        "date_of_birth": BORN, "passport_expiry": "2031-05-30",
    })
}

/// Asks for Aigerim's sponsorship, with her passport details or without them.
async fn ask(app: &TestApp, event: &Event, with_passport: bool) -> String {
    let mut body = traveller(NAME, "female", "25-34", &event.organisation);
    let details = body["traveller"].as_object_mut().expect("traveller");
    for field in ["passport_name", "passport_number", "date_of_birth", "passport_expiry"] {
        details.remove(field);
    }
    if with_passport {
        details.extend(passport().as_object().expect("passport").clone());
    }
    let answer = app
        .post(
            &format!("/events/{}/sponsorship-requests", event.id),
            &event.member.token,
            body,
        )
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text);
    answer.id()
}

/// An approved sponsorship of Aigerim with her passport details.
async fn approved(app: &TestApp) -> (Event, String) {
    let event = open_event(app, "50000.00").await;
    let id = ask(app, &event, true).await;
    let decided = decide(app, &event, &id, "approved").await;
    assert_eq!(decided.status, StatusCode::OK, "{}", decided.text);
    (event, id)
}

/// The text `pdftotext` extracts, with runs of white space made single spaces.
pub(crate) fn pdftotext(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("letter.pdf");
    std::fs::write(&path, pdf).expect("written");
    let output = std::process::Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(output.status.success(), "pdftotext reads the letter");
    String::from_utf8_lossy(&output.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

async fn letter(app: &TestApp, token: &str, id: &str) -> crate::support::Answer {
    app.get(&format!("/sponsorship-requests/{id}/letter.pdf"), token).await
}

#[tokio::test]
async fn a_visa_letter_carries_the_passport_the_contact_block_and_a_code_the_verification_confirms() {
    let app = consulate_app().await;
    let (event, id) = approved(&app).await;
    let shown = app
        .get(&format!("/sponsorship-requests/{id}"), &event.member.token)
        .await;
    assert_eq!(shown.body["passport"], passport(), "{}", shown.text);
    let code = shown.body["letter_code"]
        .as_str()
        .expect("a code once approved")
        .to_owned();
    let url = format!("{PUBLIC_URL}/verify/{code}");
    assert_eq!(shown.body["letter_verification_url"], json!(url));
    let officer_view = app
        .get(&format!("/sponsorship-requests/{id}"), &event.officer.token)
        .await;
    assert_eq!(officer_view.body["passport"], passport());

    let answer = letter(&app, &event.member.token, &id).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
    let text = pdftotext(&answer.bytes);
    for expected in [
        NAME,
        PASSPORT_NAME,
        PASSPORT_NUMBER,
        "12 April 1990",
        "30 May 2031",
        "Kenya",
        "Regional conference on preventing violent extremism",
        "from 1 March 2027 to 3 March 2027",
        "Wagramer Strasse 5, 1400 Vienna, Austria",
        "+43 1 26060 4242",
        "grants@office.example.org",
        "https://office.example.org",
        &code,
        &url,
    ] {
        assert!(text.contains(expected), "`{expected}` in {text}");
    }

    let verified = app.get(&format!("/letters/verify/{code}"), "").await;
    assert_eq!(verified.status, StatusCode::OK, "{}", verified.text);
    let keys: Vec<&str> = verified
        .body
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "event_ends_on",
            "event_name",
            "event_starts_on",
            "genuine",
            "issued_on",
            "passport_number_suffix",
            "reference",
            "status",
            "traveller_initials",
            "withdrawn_on"
        ],
        "nothing more than the issue allows"
    );
    assert_eq!(verified.body["genuine"], json!(true));
    assert_eq!(verified.body["status"], json!("current"));
    assert_eq!(verified.body["traveller_initials"], json!("А. Б."));
    assert_eq!(verified.body["passport_number_suffix"], json!("321"));
    assert_eq!(verified.body["event_starts_on"], json!("2027-03-01"));
    assert!(text.contains(verified.body["reference"].as_str().expect("reference")));
    let typed = code.to_lowercase().replace('-', "");
    assert_eq!(
        app.get(&format!("/letters/verify/{typed}"), "").await.status,
        StatusCode::OK
    );
    for unknown in ["2345-6789-ABCD", "not-a-code", "0000"] {
        let answer = app.get(&format!("/letters/verify/{unknown}"), "").await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{unknown}");
        assert!(answer.is_problem());
    }

    let listed = app
        .get(
            &format!("/events/{}/sponsorship-requests", event.id),
            &event.officer.token,
        )
        .await;
    let audit = app.get(&format!("/audit?subject_id={id}"), &event.officer.token).await;
    for (what, page) in [("the list", &listed.text), ("the audit trail", &audit.text)] {
        for secret in [PASSPORT_NUMBER, PASSPORT_NAME, BORN] {
            assert!(!page.contains(secret), "{secret} is not in {what}: {page}");
        }
    }

    let cancelled = app
        .post(
            &format!("/sponsorship-requests/{id}/cancel"),
            &event.member.token,
            json!({"reason": "The traveller cannot attend."}),
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.text);
    let withdrawn = app.get(&format!("/letters/verify/{code}"), "").await;
    assert_eq!(withdrawn.body["status"], json!("withdrawn"));
    assert_eq!(withdrawn.body["withdrawn_on"], json!(app.clock.now().date_naive()));
    assert_eq!(
        letter(&app, &event.member.token, &id).await.status,
        StatusCode::CONFLICT
    );
}

#[tokio::test]
async fn the_letter_waits_for_the_passport_which_only_members_give_and_then_keep() {
    let app = consulate_app().await;
    let event = open_event(&app, "50000.00").await;
    let id = ask(&app, &event, false).await;
    assert_eq!(decide(&app, &event, &id, "approved").await.status, StatusCode::OK);
    let early = letter(&app, &event.member.token, &id).await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert_eq!(early.problem_type(), "letter-unavailable");
    assert!(early.detail().contains("passport"), "{}", early.text);

    let path = format!("/sponsorship-requests/{id}/passport");
    assert_eq!(
        app.put(&path, &event.officer.token, passport()).await.status,
        StatusCode::FORBIDDEN
    );
    let outsider = app.applicant().await;
    app.organisation(&outsider).await;
    assert_eq!(
        app.put(&path, &outsider.token, passport()).await.status,
        StatusCode::NOT_FOUND
    );
    let wrong = json!({
        "passport_name": "Бекова Айгерим", "passport_number": "12/3",
        "date_of_birth": "2030-01-01", "passport_expiry": "2027-03-04",
    });
    let before = app.snapshot().await;
    let refused = app.put(&path, &event.member.token, wrong).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert_eq!(
        refused.failing_fields(),
        ["passport_name", "passport_number", "date_of_birth", "passport_expiry"]
    );
    assert_eq!(app.snapshot().await, before, "nothing changed");
    let french = app
        .send(axum::http::Method::PUT, &path, &event.member.token, Some(json!({})))
        .await;
    assert_eq!(french.status, StatusCode::UNPROCESSABLE_ENTITY);

    let given = app.put(&path, &event.member.token, passport()).await;
    assert_eq!(given.status, StatusCode::OK, "{}", given.text);
    assert_eq!(given.body["passport"], passport());
    let issued = letter(&app, &event.member.token, &id).await;
    assert_eq!(issued.status, StatusCode::OK, "{}", issued.text);
    assert!(pdftotext(&issued.bytes).contains(PASSPORT_NUMBER));
    let again = app.put(&path, &event.member.token, passport()).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.problem_type(), "document-locked");
}

#[tokio::test]
async fn the_sponsorship_letter_of_record_is_served_as_issued_whatever_changes_later() {
    let app = consulate_app().await;
    let (event, id) = approved(&app).await;
    let first = letter(&app, &event.member.token, &id).await;
    assert_eq!(first.status, StatusCode::OK);
    let sha = hex::encode(Sha256::digest(&first.bytes));
    let audit = app.get("/audit?subject_type=letter", &event.officer.token).await;
    assert!(audit.text.contains("letter.issued"), "{}", audit.text);
    assert!(
        audit.text.contains(&sha),
        "the sha256 of the letter is audited: {}",
        audit.text
    );

    let renamed = app
        .patch(
            &format!("/organisations/{}", event.organisation),
            &event.member.token,
            json!({"legal_name": "Renamed Youth Network"}),
        )
        .await;
    assert_eq!(renamed.status, StatusCode::OK, "{}", renamed.text);
    let later = letter(&app, &event.officer.token, &id).await;
    assert_eq!(later.bytes, first.bytes, "the letter of record, byte for byte");
    let french = app
        .get(
            &format!("/sponsorship-requests/{id}/letter.pdf?lang=fr"),
            &event.member.token,
        )
        .await;
    assert_eq!(french.status, StatusCode::OK);
    let text = pdftotext(&french.bytes);
    assert!(
        text.contains("Renamed Youth Network"),
        "a new language is issued now: {text}"
    );
    let code = app
        .get(&format!("/sponsorship-requests/{id}"), &event.member.token)
        .await
        .body["letter_code"]
        .as_str()
        .expect("code")
        .to_owned();
    assert!(text.contains(&code), "the same code in every language");
}

#[tokio::test]
async fn the_award_letter_of_record_states_the_acceptance_and_never_changes() {
    let app = consulate_app().await;
    let scene: Scene = app.scene().await;
    let application = app.awardable(&scene).await;
    let decision = json!({"outcome": "awarded", "reason": "Funded.", "amount": "20000.00"});
    let decided = app
        .post(
            &format!("/applications/{application}/decision"),
            &scene.officer.token,
            decision,
        )
        .await;
    let award = decided.body["award_id"].as_str().expect("award").to_owned();
    let url = format!("/awards/{award}/letter.pdf");
    let offered = pdftotext(&app.get(&url, &scene.member.token).await.bytes);
    assert!(offered.contains("within 30 days"), "{offered}");

    let accepted = app
        .post_empty(&format!("/awards/{award}/accept"), &scene.member.token)
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.text);
    let record = app.get(&url, &scene.member.token).await;
    let text = pdftotext(&record.bytes);
    assert!(!text.contains("within 30 days"), "{text}");
    let accepted_on = app.clock.now().format("%-d %B %Y").to_string();
    let me = app.get("/me", &scene.member.token).await;
    let person = me.body["full_name"].as_str().expect("a name").to_owned();
    for expected in ["accepted the terms", person.as_str(), accepted_on.as_str()] {
        assert!(text.contains(expected), "`{expected}` in {text}");
    }
    let sha = hex::encode(Sha256::digest(&record.bytes));
    let audit = app.get("/audit?subject_type=letter", &scene.officer.token).await;
    assert!(audit.text.contains(&sha), "{}", audit.text);

    let renamed = app
        .patch(
            &format!("/organisations/{}", scene.organisation),
            &scene.member.token,
            json!({"legal_name": "A New Name After Acceptance"}),
        )
        .await;
    assert_eq!(renamed.status, StatusCode::OK, "{}", renamed.text);
    app.clock.advance(Duration::days(40));
    let officer = app.signed_in_again(&scene.officer).await;
    let later = app.get(&url, &officer.token).await;
    assert_eq!(later.bytes, record.bytes, "the terms as accepted, byte for byte");
}

#[tokio::test]
async fn passport_details_are_purged_after_the_retention_period_and_gone_from_the_database() {
    let app = consulate_app().await;
    let (mut event, id) = approved(&app).await;
    let code = app
        .get(&format!("/sponsorship-requests/{id}"), &event.member.token)
        .await
        .body["letter_code"]
        .as_str()
        .expect("code")
        .to_owned();
    assert_eq!(letter(&app, &event.member.token, &id).await.status, StatusCode::OK);
    let cancelled = app
        .post(
            &format!("/sponsorship-requests/{id}/cancel"),
            &event.member.token,
            json!({"reason": "The traveller cannot attend."}),
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::OK);
    let held = "SELECT COUNT(*) AS n FROM sponsorship_requests WHERE passport_sealed IS NOT NULL";
    assert_eq!(count(&app, held).await, 1);

    app.clock.advance(Duration::days(89));
    grantdesk::reminders::jobs::run_once(&app.state)
        .await
        .expect("the jobs run");
    event.member = app.signed_in_again(&event.member).await;
    let kept = app
        .get(&format!("/sponsorship-requests/{id}"), &event.member.token)
        .await;
    assert_eq!(kept.body["passport"], passport(), "kept for 90 days");

    app.clock.advance(Duration::days(2));
    grantdesk::reminders::jobs::run_once(&app.state)
        .await
        .expect("the jobs run");
    event.member = app.signed_in_again(&event.member).await;
    event.officer = app.signed_in_again(&event.officer).await;
    let purged = app
        .get(&format!("/sponsorship-requests/{id}"), &event.member.token)
        .await;
    assert_eq!(purged.body["passport"], Value::Null, "{}", purged.text);
    assert!(purged.body["passport_purged_at"].is_string());
    assert_eq!(count(&app, held).await, 0);
    let audit = app.get(&format!("/audit?subject_id={id}"), &event.officer.token).await;
    assert!(audit.text.contains("sponsorship.passport_purged"), "{}", audit.text);
    assert!(!audit.text.contains(PASSPORT_NUMBER) && !audit.text.contains(BORN));
    let verified = app.get(&format!("/letters/verify/{code}"), "").await;
    assert_eq!(
        verified.body["passport_number_suffix"],
        json!("321"),
        "verification still answers"
    );
    assert_eq!(verified.body["status"], json!("withdrawn"));

    if let Some(path) = app.database_url.strip_prefix("sqlite://") {
        let path = path.split('?').next().expect("path");
        let mut bytes = std::fs::read(path).expect("the database file");
        bytes.extend(std::fs::read(format!("{path}-wal")).unwrap_or_default());
        for secret in [PASSPORT_NUMBER, PASSPORT_NAME, BORN, "12 April 1990"] {
            let found = bytes.windows(secret.len()).any(|window| window == secret.as_bytes());
            assert!(!found, "{secret} is not in the SQLite file");
        }
    }
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    use sea_orm::{ConnectionTrait, Statement};
    let row = app
        .db
        .query_one_raw(Statement::from_string(app.db.get_database_backend(), sql.to_owned()))
        .await
        .expect("counted")
        .expect("a row");
    row.try_get::<i64>("", "n").expect("a number")
}

#[tokio::test]
async fn in_an_arabic_letter_a_latin_name_stays_whole() {
    let app = consulate_app().await;
    let event = open_event(&app, "50000.00").await;
    let changed = app
        .patch(
            &format!("/organisations/{}", event.organisation),
            &event.member.token,
            json!({"correspondence_language": "ar"}),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    let body = traveller("Amina Wanjiru-Otieno", "female", "25-34", &event.organisation);
    let asked = app
        .post(
            &format!("/events/{}/sponsorship-requests", event.id),
            &event.member.token,
            body,
        )
        .await;
    let id = asked.id();
    assert_eq!(decide(&app, &event, &id, "approved").await.status, StatusCode::OK);
    let answer = letter(&app, &event.member.token, &id).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
    let text = pdftotext(&answer.bytes);
    assert!(text.contains("Amina Wanjiru-Otieno"), "the name reads whole: {text}");
    assert!(text.contains("WANJIRU AMINA"), "{text}");
    assert!(text.contains("رمز التحقق"), "the Arabic wording: {text}");
}

#[tokio::test]
async fn the_portal_verifies_a_letter_in_the_readers_language_and_takes_passport_details() {
    let app = consulate_app().await;
    let (event, id) = approved(&app).await;
    assert_eq!(letter(&app, &event.member.token, &id).await.status, StatusCode::OK);
    let code = app
        .get(&format!("/sponsorship-requests/{id}"), &event.member.token)
        .await
        .body["letter_code"]
        .as_str()
        .expect("code")
        .to_owned();
    let mut consul = Browser::speaking(&app, "fr");
    let page = consul.get(&format!("/verify/{code}")).await;
    assert_eq!(page.status, StatusCode::OK);
    for expected in [
        "Cette lettre est authentique et en vigueur.",
        "А. Б.",
        "321",
        "1 mars 2027",
    ] {
        assert!(page.text.contains(expected), "`{expected}` in {}", page.text);
    }
    assert!(!page.text.contains(PASSPORT_NUMBER) && !page.text.contains(NAME));
    let typed = consul.get(&format!("/verify?code={}", code.to_lowercase())).await;
    assert_eq!(typed.status, StatusCode::OK);
    let unknown = consul.get("/verify/2345-6789-ABCD").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert!(unknown.text.contains("Aucune lettre ne porte ce code."));

    let mut member = Browser::new(&app);
    member.sign_in(&event.member.email).await;
    let form = format!("/portal/events/{}/request", event.id);
    let mut answers: Vec<(&str, &str)> = vec![
        ("organisation_id", event.organisation.as_str()),
        ("traveller.full_name", "Joseph Kamau"),
        ("traveller.gender", "male"),
        ("traveller.age_band", "35-49"),
        ("traveller.role", "Director"),
        ("traveller.nationality", "KE"),
        ("traveller.passport_name", "Камау Джозеф"),
        ("traveller.passport_number", "AK7777777"),
        ("traveller.date_of_birth", "1980-02-29"),
        ("traveller.passport_expiry", "2032-01-01"),
        ("origin_city", "Nairobi"),
        ("origin_country", "KE"),
        ("arrival_on", "2027-03-01"),
        ("departure_on", "2027-03-04"),
        ("airfare_estimate", "664.57"),
        ("airfare_currency", "USD"),
        ("action", "submit"),
    ];
    let refused = member.fill(&form, &form, &answers).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text.contains(r##"<a href="#traveller.passport_name">"##),
        "{}",
        refused.text
    );
    assert!(refused.text.contains("machine-readable zone"));
    for answer in &mut answers[6..10] {
        answer.1 = "";
    }
    let sent = member.fill(&form, &form, &answers).await;
    assert_eq!(
        sent.status,
        StatusCode::SEE_OTHER,
        "the details may come later: {}",
        sent.text
    );
    let listed = app
        .get(
            &format!("/events/{}/sponsorship-requests", event.id),
            &event.officer.token,
        )
        .await;
    let new = listed.body["items"]
        .as_array()
        .expect("list")
        .iter()
        .find(|row| row["traveller_name"] == "Joseph Kamau");
    let new = new.expect("sent")["id"].as_str().expect("id").to_owned();
    let page = format!("/portal/sponsorships/{new}");
    let action = format!("{page}/passport");
    let mut details = vec![
        ("passport_name", "Камау Джозеф"),
        ("passport_number", "AK7777777"),
        ("date_of_birth", "1980-02-29"),
        ("passport_expiry", "2032-01-01"),
    ];
    let refused = member.fill(&page, &action, &details).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text.contains(r##"<a href="#passport_name">"##),
        "{}",
        refused.text
    );
    details[0].1 = "KAMAU JOSEPH";
    let given = member.fill(&page, &action, &details).await;
    assert_eq!(given.status, StatusCode::SEE_OTHER, "{}", given.text);
    let shown = app
        .get(&format!("/sponsorship-requests/{new}"), &event.officer.token)
        .await;
    assert_eq!(shown.body["passport"]["passport_number"], json!("AK7777777"));
    assert_eq!(shown.body["passport"]["passport_name"], json!("KAMAU JOSEPH"));
}
