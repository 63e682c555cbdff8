//! The staff workspace's due diligence, risk assessment and audit trail pages over HTTP:
//! who may open them, the CSRF token on every change, refused input shown again with an
//! error summary and nothing saved, and the four eyes of a high residual risk.

use axum::http::StatusCode;
use grantdesk::auth::Role;
use serde_json::{Value, json};

use crate::portal::{Browser, csrf_token, location};
use crate::support::{Actor, TestApp, form, organisation_body, page, refused_to, spawn_app, spawn_app_with, upload};

/// An organisation called `legal_name` (without a short name), with `member` in it.
pub(crate) async fn organisation_named(app: &TestApp, member: &Actor, legal_name: &str) -> String {
    let mut body = organisation_body();
    body["legal_name"] = json!(legal_name);
    body["short_name"] = Value::Null;
    let created = app.post("/organisations", &member.token, body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    created.id()
}

/// An application submitted to an open call; answers its id.
pub(crate) async fn application(app: &TestApp) -> String {
    let scene = app.scene().await;
    app.submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await
}

/// The fields of a risk editor with one risk.
fn one_risk<'a>(token: &'a str, likelihood: &'a str, residual: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf_token", token),
        ("category-0", "reprisal"),
        ("description-0", "Participants identified by local militia"),
        ("likelihood-0", likelihood),
        ("impact-0", "5"),
        ("mitigation-0", "Closed venue, no photographs, pseudonyms in reports"),
        ("residual_rating", residual),
    ]
}

#[tokio::test]
async fn the_pages_are_for_officers_and_the_audit_trail_for_officers_and_admins() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let application = application(&app).await;
    let opener = app.officer().await;
    let opened = app
        .post_empty(&format!("/organisations/{organisation}/due-diligence"), &opener.token)
        .await;
    assert_eq!(opened.status, StatusCode::CREATED, "{}", opened.text);
    let diligence = format!("/staff/diligence/{organisation}");
    let risk = format!("/staff/risk/{application}");
    let pages = [
        page("/staff/diligence"),
        page(&diligence),
        form(format!("{diligence}/open")),
        form(format!("{diligence}/checklist")),
        upload(format!("{diligence}/items/bank_account/evidence")),
        form(format!("{diligence}/screen")),
        form(format!("{diligence}/matches/{}", uuid::Uuid::new_v4())),
        page(format!("{diligence}/complete")),
        form(format!("{diligence}/complete")),
        page("/staff/risk"),
        page(&risk),
        form(&risk),
        form(format!("{risk}/approve")),
    ];
    refused_to(&app, &[Role::Officer], &pages).await;
    refused_to(&app, &[Role::Officer, Role::Admin], &[page("/staff/audit")]).await;
    let admin = app.admin().await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&admin).await;
    assert_eq!(browser.get("/staff/audit").await.status, StatusCode::OK);
    let officer = app.officer().await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&officer).await;
    for page in ["/staff/diligence", &diligence] {
        assert_eq!(browser.get(page).await.status, StatusCode::OK, "{page}");
    }
    let unknown = uuid::Uuid::new_v4();
    assert_eq!(
        browser.get(&format!("/staff/diligence/{unknown}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        browser.get(&format!("/staff/risk/{unknown}")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_form_without_the_sessions_token_changes_nothing() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let application = application(&app).await;
    let officer = app.officer().await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&officer).await;
    let opened = browser
        .post_form(
            &format!("/staff/diligence/{organisation}/open"),
            &[("csrf_token", "forged")],
        )
        .await;
    assert_eq!(opened.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("due_diligence").await, 0);
    let recorded = browser
        .post_form(&format!("/staff/risk/{application}"), &one_risk("", "4", "low"))
        .await;
    assert_eq!(recorded.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("risk_assessments").await, 0);
}

#[tokio::test]
async fn a_likelihood_of_seven_is_shown_again_with_a_summary_and_nothing_is_saved() {
    let app = spawn_app().await;
    let application = application(&app).await;
    let officer = app.officer().await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&officer).await;
    let page = browser.get(&format!("/staff/risk/{application}")).await;
    let token = csrf_token(&page.text);
    let refused = browser
        .post_form(&format!("/staff/risk/{application}"), &one_risk(&token, "7", "low"))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(refused.text.contains("error-summary"), "{}", refused.text);
    assert!(refused.text.contains(r##"href="#likelihood-0""##), "{}", refused.text);
    assert!(
        refused
            .text
            .contains("Enter the likelihood as a whole number from 1 to 5"),
        "{}",
        refused.text
    );
    assert!(refused.text.contains(r#"value="7""#), "what was typed is kept");
    assert_eq!(app.count("risk_assessments").await, 0);

    let without_reason = browser
        .post_form(&format!("/staff/risk/{application}"), &one_risk(&token, "4", "")[..6])
        .await;
    assert_eq!(without_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(without_reason.text.contains("Choose the residual risk"));
    assert_eq!(app.count("risk_assessments").await, 0);
}

#[tokio::test]
async fn the_officer_who_gave_the_first_approval_cannot_give_the_second() {
    let app = spawn_app().await;
    let application = application(&app).await;
    let first = app.officer().await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&first).await;
    let page = browser.get(&format!("/staff/risk/{application}")).await;
    let token = csrf_token(&page.text);
    let recorded = browser
        .post_form(&format!("/staff/risk/{application}"), &one_risk(&token, "4", "high"))
        .await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.text);
    assert_eq!(location(&recorded), format!("/staff/risk/{application}#map"));
    let approve = format!("/staff/risk/{application}/approve");
    let once = browser.post_form(&approve, &[("csrf_token", &token)]).await;
    assert_eq!(once.status, StatusCode::SEE_OTHER, "{}", once.text);
    let page = browser.get(&format!("/staff/risk/{application}")).await;
    assert!(page.text.contains("Awaiting a second approval"), "{}", page.text);
    assert!(page.text.contains("You gave the first approval"), "{}", page.text);

    let twice = browser.post_form(&approve, &[("csrf_token", &token)]).await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", twice.text);
    assert!(twice.text.contains("second, different officer"), "{}", twice.text);
    let stored = app
        .get(&format!("/applications/{application}/risk-assessment"), &first.token)
        .await;
    assert_eq!(stored.body["status"], "submitted");

    let second = app.officer().await;
    let mut other = Browser::new(&app);
    other.sign_in_as(&second).await;
    let page = other.get(&format!("/staff/risk/{application}")).await;
    assert!(page.text.contains("Give the second approval"), "{}", page.text);
    let approved = other
        .post_form(&approve, &[("csrf_token", &csrf_token(&page.text))])
        .await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.text);
    let stored = app
        .get(&format!("/applications/{application}/risk-assessment"), &first.token)
        .await;
    assert_eq!(stored.body["status"], "approved");
}

#[tokio::test]
async fn an_adjudication_without_a_reason_is_refused_and_the_candidate_stays_open() {
    let app = spawn_app().await;
    app.import_sanctions(TestApp::sample_list()).await;
    let member = app.applicant().await;
    let organisation = organisation_named(&app, &member, "Al-Rasheed Trust").await;
    let officer = app.officer().await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&officer).await;
    let page = browser.get(&format!("/staff/diligence/{organisation}")).await;
    let token = csrf_token(&page.text);
    let base = format!("/staff/diligence/{organisation}");
    assert_eq!(
        browser
            .post_form(&format!("{base}/open"), &[("csrf_token", &token)])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        browser
            .post_form(&format!("{base}/screen"), &[("csrf_token", &token)])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let page = browser.get(&base).await;
    assert!(page.text.contains("QDe.005"), "{}", page.text);
    assert!(page.text.contains("AL RASHID TRUST"), "{}", page.text);
    let action = format!(r#"action="{base}/matches/"#);
    let match_id = page.text.split(&action).nth(1).expect("an adjudication form");
    let match_id = &match_id[..36];
    let refused = browser
        .post_form(
            &format!("{base}/matches/{match_id}"),
            &[("csrf_token", &token), ("outcome", "false_positive"), ("reason", " ")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(
        refused.text.contains(&format!(r##"href="#reason-{match_id}""##)),
        "{}",
        refused.text
    );
    assert!(refused.text.contains("Give the reason for your finding"));
    let adjudicated: i64 = app.count("sanctions_matches WHERE outcome IS NOT NULL").await;
    assert_eq!(adjudicated, 0);

    let bad_status = browser
        .post_form(
            &format!("{base}/checklist"),
            &[("csrf_token", &token), ("status-bank_account", "maybe")],
        )
        .await;
    assert_eq!(bad_status.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad_status.text.contains(r##"href="#status-bank_account""##),
        "{}",
        bad_status.text
    );
}

#[tokio::test]
async fn the_audit_trail_refuses_an_unknown_kind_of_record() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&officer).await;
    let refused = browser.get("/staff/audit?subject_type=spaceship&subject_id=x").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text.contains(r##"href="#subject_type""##), "{}", refused.text);
    let fine = browser.get("/staff/audit").await;
    assert_eq!(fine.status, StatusCode::OK);
    assert!(fine.text.contains("verifies"), "{}", fine.text);
}

/// A PDF of evidence.
const BANK_LETTER: &[u8] = b"%PDF-1.7\nBank letter: account 00123 held by the organisation itself.\n";

/// The page of an organisation with an assessment open (through the API), its id and the
/// page's CSRF token, for `officer` signed in to `browser`.
async fn open_on_page(
    app: &TestApp,
    browser: &mut Browser<'_>,
    officer: &Actor,
    organisation: &str,
) -> (String, String) {
    let opened = app
        .post_empty(&format!("/organisations/{organisation}/due-diligence"), &officer.token)
        .await;
    assert_eq!(opened.status, StatusCode::CREATED, "{}", opened.text);
    let page = browser.get(&format!("/staff/diligence/{organisation}")).await;
    (opened.id(), csrf_token(&page.text))
}

/// Every document and every stored content, counted.
async fn stored_files(app: &TestApp) -> (i64, i64) {
    (app.count("documents").await, app.count("document_contents").await)
}

#[tokio::test]
async fn evidence_uploaded_on_the_page_is_kept_under_its_item_and_opens_for_the_officer() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let officer = app.officer().await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&officer).await;
    let (assessment, token) = open_on_page(&app, &mut browser, &officer, &organisation).await;
    let page = browser.get(&format!("/staff/diligence/{organisation}")).await;
    assert!(
        page.text.contains(r#"<label for="file-bank_account">"#),
        "{}",
        page.text
    );
    assert!(page.text.contains("up to 20 MiB per file"), "the hint says the limit");

    let uploaded = browser
        .post_file(
            &format!("/staff/diligence/{organisation}/items/bank_account/evidence"),
            &[("csrf_token", &token)],
            ("bank letter.pdf", BANK_LETTER),
        )
        .await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.text);
    assert_eq!(
        location(&uploaded),
        format!("/staff/diligence/{organisation}#file-bank_account")
    );

    let listed = app
        .get(
            &format!("/due-diligence/{assessment}/items/bank_account/documents"),
            &officer.token,
        )
        .await;
    assert_eq!(listed.body["total"], 1, "{}", listed.text);
    assert_eq!(listed.body["items"][0]["name"], "bank letter.pdf");
    assert_eq!(listed.body["items"][0]["question"], "bank_account");
    let elsewhere = app
        .get(
            &format!("/due-diligence/{assessment}/items/legal_registration/documents"),
            &officer.token,
        )
        .await;
    assert_eq!(elsewhere.body["total"], 0, "only the item named gets the file");

    let document = listed.body["items"][0]["id"].as_str().expect("an id").to_owned();
    let page = browser.get(&format!("/staff/diligence/{organisation}")).await;
    let link = format!(r#"documents&#x2f;{document}&#x2f;download"><bdi>bank letter.pdf</bdi></a>"#);
    assert!(
        page.text.contains(&link),
        "the file is listed under its item: {}",
        page.text
    );
    let opened = browser.get(&format!("/portal/documents/{document}/download")).await;
    assert_eq!(opened.status, StatusCode::OK);
    assert_eq!(opened.text.as_bytes(), BANK_LETTER);
}

#[tokio::test]
async fn a_refused_evidence_file_is_shown_in_the_summary_and_nothing_is_stored() {
    let app = spawn_app_with(&[("GRANTDESK_MAX_FILE_BYTES", "1048576")]).await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let officer = app.officer().await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&officer).await;
    let (_, token) = open_on_page(&app, &mut browser, &officer, &organisation).await;
    let action = format!("/staff/diligence/{organisation}/items/bank_account/evidence");
    let too_large = {
        let mut bytes = vec![b'a'; 1_048_577];
        bytes[0] = b'#';
        bytes
    };
    let executable: &[u8] = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0";
    let before = stored_files(&app).await;
    for (name, bytes, says) in [
        ("bank.pdf", executable, "are not PDF, PNG, JPEG"),
        ("bank.pdf", &b""[..], "empty"),
        ("bank.txt", &too_large[..], "1 MiB"),
    ] {
        let refused = browser
            .post_file(&action, &[("csrf_token", &token)], (name, bytes))
            .await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{name}: {}",
            refused.text
        );
        assert!(
            refused.text.contains(r##"href="#file-bank_account""##),
            "{}",
            refused.text
        );
        assert!(
            refused.text.contains(r#"id="file-bank_account-error""#),
            "{}",
            refused.text
        );
        assert!(refused.text.contains(says), "{says}: {}", refused.text);
        assert_eq!(stored_files(&app).await, before, "{name} stored nothing");
    }
    let none_chosen = browser
        .post_multipart(&action, &[("csrf_token", &token)], &[("file", "", b"")])
        .await;
    assert_eq!(none_chosen.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        none_chosen.text.contains("Choose a file to upload"),
        "{}",
        none_chosen.text
    );
    assert_eq!(stored_files(&app).await, before);
}

#[tokio::test]
async fn evidence_is_uploaded_by_officers_only_with_the_token_and_not_once_completed() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let officer = app.officer().await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&officer).await;
    let (assessment, token) = open_on_page(&app, &mut browser, &officer, &organisation).await;
    let action = format!("/staff/diligence/{organisation}/items/bank_account/evidence");
    let before = stored_files(&app).await;

    let forged = browser
        .post_file(&action, &[("csrf_token", "forged")], ("bank.pdf", BANK_LETTER))
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let unknown_item = browser
        .post_file(
            &format!("/staff/diligence/{organisation}/items/horoscope/evidence"),
            &[("csrf_token", &token)],
            ("bank.pdf", BANK_LETTER),
        )
        .await;
    assert_eq!(unknown_item.status, StatusCode::NOT_FOUND);
    let other = app.organisation(&app.applicant().await).await;
    let no_assessment = browser
        .post_file(
            &format!("/staff/diligence/{other}/items/bank_account/evidence"),
            &[("csrf_token", &token)],
            ("bank.pdf", BANK_LETTER),
        )
        .await;
    assert_eq!(
        no_assessment.status,
        StatusCode::NOT_FOUND,
        "another organisation's assessment is not reached"
    );
    refused_to(&app, &[Role::Officer], &[upload(&action)]).await;
    assert_eq!(stored_files(&app).await, before, "refused uploads store nothing");

    let done = app.organisation(&member).await;
    let completed = app.passed_due_diligence(&officer, &done).await;
    assert_ne!(completed, assessment);
    let page = browser.get(&format!("/staff/diligence/{done}")).await;
    assert!(page.text.contains("This assessment is completed"), "{}", page.text);
    assert!(
        !page.text.contains(r#"id="file-bank_account""#),
        "no upload once completed"
    );
    let late = browser
        .post_file(
            &format!("/staff/diligence/{done}/items/bank_account/evidence"),
            &[("csrf_token", &token)],
            ("bank.pdf", BANK_LETTER),
        )
        .await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", late.text);
    assert!(late.text.contains(r##"href="#evidence-closed""##), "{}", late.text);
    assert_eq!(stored_files(&app).await, before);
}
