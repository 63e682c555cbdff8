//! The portal's award and report pages at the HTML level (no browser): what an award page
//! shows, the letter, accepting the terms (once, with who and when), uploading a report's
//! files and submitting it, CSRF, the wrong role and another organisation. The browser
//! walk-through is in `browser_award.rs`; the API's report uploads in `report_documents.rs`.

use axum::http::{StatusCode, header};
use chrono::{Duration, NaiveDate};
use grantdesk::clock::Clock;
use serde_json::{Value, json};

use crate::portal::{Browser, csrf_token, location};
use crate::support::{Scene, TestApp, spawn_app};

fn day(app: &TestApp, days: i64) -> NaiveDate {
    (app.clock.now() + Duration::days(days)).date_naive()
}

/// 24,500.00 EUR in two tranches (60 % in a month, 40 % once the interim report is
/// received), with an interim narrative and a final financial report owed.
pub fn award_decision(app: &TestApp) -> Value {
    json!({
        "outcome": "awarded",
        "reason": "A strong, safe and well-budgeted proposal.",
        "amount": "24500.00",
        "tranches": [
            {"percent": "60", "due_on": day(app, 30), "condition": "on signature"},
            {"percent": "40", "due_on": day(app, 200), "condition": "interim report received", "condition_report": 0},
        ],
        "reporting_obligations": [
            {"kind": "interim_narrative", "due_on": day(app, 180)},
            {"kind": "final_financial", "due_on": day(app, 400)},
        ],
    })
}

/// An award to the scene's organisation waiting for its members to accept the terms;
/// answers the scene and the award's id.
pub async fn pending_award(app: &TestApp) -> (Scene, String) {
    let scene = app.scene().await;
    let application = app.awardable(&scene).await;
    let decided = app
        .post(
            &format!("/applications/{application}/decision"),
            &scene.officer.token,
            award_decision(app),
        )
        .await;
    assert_eq!(decided.status, StatusCode::OK, "{}", decided.text);
    let award = decided.body["award_id"].as_str().expect("award id").to_owned();
    (scene, award)
}

/// The award as the API answers it to the officer.
async fn award_json(app: &TestApp, scene: &Scene, award: &str) -> Value {
    app.get(&format!("/awards/{award}"), &scene.officer.token).await.body
}

#[tokio::test]
async fn the_award_page_shows_the_amount_the_payments_and_the_reports_owed() {
    let app = spawn_app().await;
    let (scene, award) = pending_award(&app).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&scene.member.email).await;

    let page = browser.get(&format!("/portal/awards/{award}")).await;

    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    for shown in [
        "24,500.00\u{a0}EUR",
        "Waiting for acceptance",
        "14,700.00\u{a0}EUR",
        "9,800.00\u{a0}EUR",
        "interim report received",
        "Interim narrative report",
        "Final financial report",
        "I have read the award letter and accept its terms on behalf of my organisation",
        &format!("/portal/awards/{award}/letter.pdf"),
    ] {
        assert!(page.text.contains(shown), "{shown:?} missing from {}", page.text);
    }
    assert!(
        page.text.contains("<strong>Next</strong>"),
        "the first tranche is the next"
    );

    let dashboard = browser.get("/portal").await;
    assert!(
        dashboard.text.contains(&format!("/portal/awards/{award}")),
        "{}",
        dashboard.text
    );
    assert!(dashboard.text.contains("Accept the terms to receive the first payment"));
    assert!(dashboard.text.contains("Interim narrative report due"));
}

#[tokio::test]
async fn the_letter_downloads_as_the_same_pdf_the_api_serves() {
    let app = spawn_app().await;
    let (scene, award) = pending_award(&app).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&scene.member.email).await;

    let letter = browser.get(&format!("/portal/awards/{award}/letter.pdf")).await;

    assert_eq!(letter.status, StatusCode::OK);
    assert_eq!(letter.headers[header::CONTENT_TYPE], "application/pdf");
    assert!(letter.bytes.starts_with(b"%PDF-"), "a PDF");
    let from_api = app
        .get(&format!("/awards/{award}/letter.pdf"), &scene.member.token)
        .await;
    assert_eq!(letter.bytes, from_api.bytes, "the same letter as the API's");
}

#[tokio::test]
async fn accepting_needs_the_box_ticked_and_is_recorded_once_with_who_and_when() {
    let app = spawn_app().await;
    let (scene, award) = pending_award(&app).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&scene.member.email).await;
    let page = format!("/portal/awards/{award}");
    let accept = format!("/portal/awards/{award}/accept");

    let unticked = browser.fill(&page, &accept, &[]).await;
    assert_eq!(unticked.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unticked.text.contains("There is a problem"));
    assert!(
        unticked
            .text
            .contains(r##"<a href="#confirm">Tick the box to confirm that you accept the terms</a>"##)
    );
    assert_eq!(award_json(&app, &scene, &award).await["status"], "pending_acceptance");

    let accepted = browser.fill(&page, &accept, &[("confirm", "yes")]).await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.text);
    assert_eq!(location(&accepted), format!("/portal/awards/{award}?done=accepted"));
    let shown = browser.get(location(&accepted)).await;
    assert!(shown.text.contains("You have accepted the terms of the award."));
    assert!(
        shown.text.contains("Terms accepted by Test applicant on "),
        "{}",
        shown.text
    );
    assert!(!shown.text.contains(r#"name="confirm""#), "no second acceptance form");
    let recorded = award_json(&app, &scene, &award).await;
    assert_eq!(recorded["status"], "active");
    assert_eq!(recorded["accepted_by"], scene.member.id.to_string());
    let accepted_at = recorded["accepted_at"].clone();

    let again = browser.fill(&page, &accept, &[("confirm", "yes")]).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.text.contains("already accepted"), "{}", again.text);
    assert_eq!(award_json(&app, &scene, &award).await["accepted_at"], accepted_at);
    let acceptances = app.audit_actions(&award).await;
    assert_eq!(
        acceptances.iter().filter(|action| *action == "award.accepted").count(),
        1
    );
}

#[tokio::test]
async fn forms_without_the_sessions_csrf_token_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let (scene, award) = pending_award(&app).await;
    let report = award_json(&app, &scene, &award).await["reporting_obligations"][0]["id"]
        .as_str()
        .expect("report")
        .to_owned();
    let mut browser = Browser::new(&app);
    browser.sign_in(&scene.member.email).await;
    let before = app.count("documents").await;

    let accept = browser
        .post_form(
            &format!("/portal/awards/{award}/accept"),
            &[("csrf_token", "forged"), ("confirm", "yes")],
        )
        .await;
    let upload = browser
        .post_file(
            &format!("/portal/reports/{report}/files"),
            &[("csrf_token", "forged")],
            ("report.txt", b"Six workshops held."),
        )
        .await;
    let submit = browser
        .post_form(
            &format!("/portal/reports/{report}/submit"),
            &[("csrf_token", "forged"), ("summary", "Sent by post")],
        )
        .await;

    for refused in [&accept, &upload, &submit] {
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);
    }
    assert_eq!(award_json(&app, &scene, &award).await["status"], "pending_acceptance");
    assert_eq!(app.count("documents").await, before);
    let obligation = &award_json(&app, &scene, &award).await["reporting_obligations"][0];
    assert_eq!(obligation["status"], "pending");
}

#[tokio::test]
async fn another_organisation_finds_no_award_letter_report_or_file() {
    let app = spawn_app().await;
    let (scene, award) = pending_award(&app).await;
    let report = award_json(&app, &scene, &award).await["reporting_obligations"][0]["id"]
        .as_str()
        .expect("report")
        .to_owned();
    let file = app
        .upload(
            &format!("/reporting-obligations/{report}/documents"),
            &scene.member.token,
            &[("file", Some("interim.txt"), &b"Six workshops held."[..])],
        )
        .await;
    assert_eq!(file.status, StatusCode::CREATED, "{}", file.text);
    let outsider = app.applicant().await;
    app.organisation(&outsider).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&outsider.email).await;

    for path in [
        format!("/portal/awards/{award}"),
        format!("/portal/awards/{award}/letter.pdf"),
        format!("/portal/reports/{report}"),
        format!("/portal/documents/{}/download", file.id()),
    ] {
        let answer = browser.get(&path).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
        assert!(answer.text.contains("Page not found"), "{path}");
        assert!(!answer.text.contains("24500.00"), "{path}");
    }
    let token = csrf_token(&browser.get("/portal").await.text);
    let accept = browser
        .post_form(
            &format!("/portal/awards/{award}/accept"),
            &[("csrf_token", &token), ("confirm", "yes")],
        )
        .await;
    assert_eq!(accept.status, StatusCode::NOT_FOUND);
    assert_eq!(award_json(&app, &scene, &award).await["status"], "pending_acceptance");
}

#[tokio::test]
async fn an_officer_reads_the_award_and_the_report_files_but_only_members_accept_and_submit() {
    let app = spawn_app().await;
    let (scene, award) = pending_award(&app).await;
    let report = award_json(&app, &scene, &award).await["reporting_obligations"][0]["id"]
        .as_str()
        .expect("report")
        .to_owned();
    let mut member = Browser::new(&app);
    member.sign_in(&scene.member.email).await;
    let token = csrf_token(&member.get("/portal").await.text);
    let uploaded = member
        .post_file(
            &format!("/portal/reports/{report}/files"),
            &[("csrf_token", &token)],
            ("interim-report.txt", b"Six workshops held with 140 young people."),
        )
        .await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.text);
    let mut officer = Browser::new(&app);
    officer.sign_in(&scene.officer.email).await;

    let page = officer.get(&format!("/portal/awards/{award}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.text.contains(r#"name="confirm""#),
        "staff are not offered the acceptance"
    );
    let report_page = officer.get(&format!("/portal/reports/{report}")).await;
    assert!(report_page.text.contains("interim-report.txt"));
    assert!(!report_page.text.contains(r#"type="file""#), "staff do not upload");
    let token = csrf_token(&report_page.text);
    let accept = officer
        .post_form(
            &format!("/portal/awards/{award}/accept"),
            &[("csrf_token", &token), ("confirm", "yes")],
        )
        .await;
    assert_eq!(accept.status, StatusCode::FORBIDDEN);
    let submit = officer
        .post_form(
            &format!("/portal/reports/{report}/submit"),
            &[("csrf_token", &token), ("summary", "Sent")],
        )
        .await;
    assert_eq!(submit.status, StatusCode::FORBIDDEN);
    assert_eq!(award_json(&app, &scene, &award).await["status"], "pending_acceptance");
}

#[tokio::test]
async fn a_report_is_submitted_with_its_file_or_a_note_and_never_empty() {
    let app = spawn_app().await;
    let (scene, award) = pending_award(&app).await;
    let obligations = award_json(&app, &scene, &award).await["reporting_obligations"].clone();
    let interim = obligations[0]["id"].as_str().expect("report").to_owned();
    let last = obligations[1]["id"].as_str().expect("report").to_owned();
    let mut browser = Browser::new(&app);
    browser.sign_in(&scene.member.email).await;
    let page = format!("/portal/reports/{interim}");

    let empty = browser
        .fill(
            &page,
            &format!("/portal/reports/{interim}/submit"),
            &[("summary", "  ")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        empty
            .text
            .contains(r##"<a href="#summary">Upload a file of the report, or write a note"##),
        "{}",
        empty.text
    );
    let token = csrf_token(&browser.get(&page).await.text);
    let no_file = browser
        .post_file(
            &format!("/portal/reports/{interim}/files"),
            &[("csrf_token", &token)],
            ("", b""),
        )
        .await;
    assert_eq!(no_file.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_file
            .text
            .contains(r##"<a href="#file">Choose a file to upload</a>"##),
        "{}",
        no_file.text
    );
    let executable = browser
        .post_file(
            &format!("/portal/reports/{interim}/files"),
            &[("csrf_token", &token)],
            ("report.pdf", b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0"),
        )
        .await;
    assert_eq!(executable.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(executable.text.contains(r##"<a href="#file">"##), "{}", executable.text);
    assert_eq!(app.count("documents").await, 0);

    let uploaded = browser
        .post_file(
            &format!("/portal/reports/{interim}/files"),
            &[("csrf_token", &token)],
            ("interim-report.txt", b"Six workshops held with 140 young people."),
        )
        .await;
    assert_eq!(location(&uploaded), format!("/portal/reports/{interim}?done=uploaded"));
    let submitted = browser
        .fill(&page, &format!("/portal/reports/{interim}/submit"), &[("summary", "")])
        .await;
    assert_eq!(submitted.status, StatusCode::SEE_OTHER, "{}", submitted.text);
    let shown = browser.get(location(&submitted)).await;
    assert!(shown.text.contains("The report has been submitted."));
    assert!(shown.text.contains("interim-report.txt"));

    let with_note = browser
        .fill(
            &format!("/portal/reports/{last}"),
            &format!("/portal/reports/{last}/submit"),
            &[("summary", "Sent by post to the office on 2 March.")],
        )
        .await;
    assert_eq!(with_note.status, StatusCode::SEE_OTHER, "{}", with_note.text);
    let reports = award_json(&app, &scene, &award).await["reporting_obligations"].clone();
    assert_eq!(reports[0]["status"], "submitted");
    assert_eq!(reports[1]["status"], "submitted");
    assert_eq!(reports[1]["summary"], "Sent by post to the office on 2 March.");
}
