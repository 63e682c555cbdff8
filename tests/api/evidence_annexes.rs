//! Due-diligence evidence and appeal annexes: documents attached to a checklist item (by
//! officers, read by officers only) and to an appeal (by the organisation's members, read by
//! them and staff), changed only while the assessment or the appeal is open.

use axum::http::StatusCode;
use grantdesk::auth::Role;
use serde_json::{Value, json};

use crate::support::{Actor, Answer, Scene, TestApp, spawn_app};

const EVIDENCE: &[u8] = b"%PDF-1.7\nBank letter: account 00123 held by the organisation itself.\n";
const ANNEX: &[u8] = b"%PDF-1.7\nAnnex 3: the safeguarding plan the reviewers did not receive.\n";

/// An officer, a member and their organisation, and an open assessment of it.
async fn open_assessment(app: &TestApp) -> (Actor, Actor, String) {
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let opened = app
        .post_empty(&format!("/organisations/{organisation}/due-diligence"), &officer.token)
        .await;
    assert_eq!(opened.status, StatusCode::CREATED, "{}", opened.text);
    (officer, member, opened.id())
}

async fn upload(app: &TestApp, actor: &Actor, path: &str, name: &str, bytes: &[u8]) -> Answer {
    app.upload(path, &actor.token, &[("file", Some(name), bytes)]).await
}

fn evidence_path(assessment: &str, key: &str) -> String {
    format!("/due-diligence/{assessment}/items/{key}/documents")
}

async fn set_item(app: &TestApp, officer: &Actor, assessment: &str, item: Value) -> Answer {
    app.patch(
        &format!("/due-diligence/{assessment}"),
        &officer.token,
        json!({ "items": [item] }),
    )
    .await
}

#[tokio::test]
async fn evidence_is_attached_to_its_item_and_read_only_by_officers() {
    let app = spawn_app().await;
    let (officer, member, assessment) = open_assessment(&app).await;
    let path = evidence_path(&assessment, "bank_account");

    let finance = app.finance().await;
    let before = app.snapshot().await;
    let by_member = upload(&app, &member, &path, "bank.pdf", EVIDENCE).await;
    assert_eq!(by_member.status, StatusCode::FORBIDDEN, "{}", by_member.text);
    assert_eq!(
        upload(&app, &finance, &path, "bank.pdf", EVIDENCE).await.status,
        StatusCode::FORBIDDEN
    );
    let unknown = upload(
        &app,
        &officer,
        &evidence_path(&assessment, "horoscope"),
        "bank.pdf",
        EVIDENCE,
    )
    .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND, "{}", unknown.text);
    assert_eq!(app.snapshot().await, before, "refused uploads change nothing");

    let uploaded = upload(&app, &officer, &path, "bank letter.pdf", EVIDENCE).await;
    assert_eq!(uploaded.status, StatusCode::CREATED, "{}", uploaded.text);
    assert_eq!(uploaded.body["question"], "bank_account");
    assert_eq!(uploaded.body["subject_type"], "due_diligence");
    assert_eq!(app.audit_actions(&uploaded.id()).await, ["document.uploaded"]);

    let listed = app.get(&path, &officer.token).await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.text);
    assert_eq!(listed.body["total"], 1);
    assert_eq!(listed.body["items"][0]["name"], "bank letter.pdf");
    let other_item = app
        .get(&evidence_path(&assessment, "legal_registration"), &officer.token)
        .await;
    assert_eq!(other_item.body["total"], 0, "evidence belongs to its own item");
    assert_eq!(app.get(&path, &member.token).await.status, StatusCode::FORBIDDEN);

    let download = format!("/documents/{}", uploaded.id());
    let read = app.get(&download, &officer.token).await;
    assert_eq!(read.status, StatusCode::OK);
    assert!(read.bytes == EVIDENCE);
    assert_eq!(app.get(&download, &member.token).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&download, &finance.token).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_item_requiring_evidence_passes_only_once_it_has_some() {
    let app = spawn_app().await;
    let (officer, _member, assessment) = open_assessment(&app).await;
    let required = set_item(
        &app,
        &officer,
        &assessment,
        json!({"key": "bank_account", "status": "open", "requires_evidence": true}),
    )
    .await;
    assert_eq!(required.status, StatusCode::OK, "{}", required.text);
    assert_eq!(required.body["items"][4]["requires_evidence"], true);

    let before = app.snapshot().await;
    let refused = set_item(
        &app,
        &officer,
        &assessment,
        json!({"key": "bank_account", "status": "passed", "note": "Seen"}),
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert_eq!(refused.failing_fields(), ["items[0].status"]);
    assert!(refused.text.contains("needs evidence"), "{}", refused.text);
    assert_eq!(app.snapshot().await, before);

    let path = evidence_path(&assessment, "bank_account");
    let uploaded = upload(&app, &officer, &path, "bank.pdf", EVIDENCE).await;
    assert_eq!(uploaded.status, StatusCode::CREATED, "{}", uploaded.text);
    let passed = set_item(
        &app,
        &officer,
        &assessment,
        json!({"key": "bank_account", "status": "passed", "note": "Seen"}),
    )
    .await;
    assert_eq!(passed.status, StatusCode::OK, "{}", passed.text);

    let deleted = app
        .delete(&format!("/documents/{}", uploaded.id()), &officer.token)
        .await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT, "{}", deleted.text);
    let complete = app
        .post_empty(&format!("/due-diligence/{assessment}/complete"), &officer.token)
        .await;
    assert_eq!(complete.status, StatusCode::CONFLICT, "{}", complete.text);
    assert_eq!(complete.problem_type(), "assessment-incomplete");
    assert!(complete.detail().contains("bank_account"), "{}", complete.text);
}

#[tokio::test]
async fn a_completed_assessment_takes_no_more_evidence() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let assessment = app.passed_due_diligence(&officer, &organisation).await;
    let late = upload(
        &app,
        &officer,
        &evidence_path(&assessment, "bank_account"),
        "bank.pdf",
        EVIDENCE,
    )
    .await;
    assert_eq!(late.status, StatusCode::CONFLICT, "{}", late.text);
    assert_eq!(late.problem_type(), "document-locked");
}

/// An appeal filed by the scene's member against a rejection: the application and the appeal.
async fn open_appeal(app: &TestApp, scene: &Scene) -> (String, String) {
    let application = app.reviewed(scene).await;
    let rejection =
        json!({"outcome": "rejected", "reason": "The workplan does not explain how participants are kept safe."});
    let decided = app
        .post(
            &format!("/applications/{application}/decision"),
            &scene.officer.token,
            rejection,
        )
        .await;
    assert_eq!(decided.status, StatusCode::OK, "{}", decided.text);
    let filed = app
        .post(
            &format!("/applications/{application}/appeals"),
            &scene.member.token,
            json!({"grounds": "The safeguarding plan is in annex 3, which the reviewers did not receive."}),
        )
        .await;
    assert_eq!(filed.status, StatusCode::CREATED, "{}", filed.text);
    (application, filed.id())
}

#[tokio::test]
async fn members_annex_files_to_an_open_appeal_read_by_them_and_staff_only() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let (_, appeal) = open_appeal(&app, &scene).await;
    let path = format!("/appeals/{appeal}/documents");
    let outsider = app.applicant().await;
    app.organisation(&outsider).await;

    let before = app.snapshot().await;
    assert_eq!(
        upload(&app, &outsider, &path, "annex.pdf", ANNEX).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        upload(&app, &scene.officer, &path, "annex.pdf", ANNEX).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(app.snapshot().await, before);

    let uploaded = upload(&app, &scene.member, &path, "annex 3.pdf", ANNEX).await;
    assert_eq!(uploaded.status, StatusCode::CREATED, "{}", uploaded.text);
    assert_eq!(uploaded.body["subject_type"], "appeal");
    assert_eq!(app.audit_actions(&uploaded.id()).await, ["document.uploaded"]);

    let listed = app.get(&path, &scene.officer.token).await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.text);
    assert_eq!(listed.body["items"][0]["name"], "annex 3.pdf");
    assert_eq!(app.get(&path, &outsider.token).await.status, StatusCode::NOT_FOUND);

    let download = format!("/documents/{}", uploaded.id());
    assert!(app.get(&download, &scene.member.token).await.bytes == ANNEX);
    assert!(app.get(&download, &scene.officer.token).await.bytes == ANNEX);
    let reviewer = app.user(&[Role::Reviewer]).await;
    assert_eq!(app.get(&download, &outsider.token).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&download, &reviewer.token).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_resolved_appeal_keeps_its_annexes_as_they_were() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let (_, appeal) = open_appeal(&app, &scene).await;
    let path = format!("/appeals/{appeal}/documents");
    let kept = upload(&app, &scene.member, &path, "annex.pdf", ANNEX).await;
    let dropped = upload(&app, &scene.member, &path, "draft.txt", b"a first draft").await;
    let removed = app
        .delete(&format!("/documents/{}", dropped.id()), &scene.member.token)
        .await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT, "{}", removed.text);
    assert_eq!(app.audit_actions(&dropped.id()).await[0], "document.deleted");

    let second = app.officer().await;
    let resolution = json!({"outcome": "upheld", "reason": "Annex 3 was considered; the finding stands."});
    let resolved = app
        .post(&format!("/appeals/{appeal}/resolution"), &second.token, resolution)
        .await;
    assert_eq!(resolved.status, StatusCode::OK, "{}", resolved.text);
    let late = upload(&app, &scene.member, &path, "late.pdf", ANNEX).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert_eq!(late.problem_type(), "document-locked");
    let delete = app
        .delete(&format!("/documents/{}", kept.id()), &scene.member.token)
        .await;
    assert_eq!(delete.status, StatusCode::CONFLICT);
    assert_eq!(app.get(&path, &scene.member.token).await.body["total"], 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_annexes_a_file_to_the_appeal_on_the_application_page_in_the_browser() {
    if !crate::browser::browser_available("a_member_annexes_a_file_to_the_appeal") {
        return;
    }
    let app = spawn_app().await;
    let scene = app.scene().await;
    let (application, appeal) = open_appeal(&app, &scene).await;
    let browser = crate::browser::Browser::open(&app, true).await;
    crate::browser_award::sign_in(&browser, &scene.member).await;
    browser.visit(&format!("/portal/applications/{application}")).await;
    assert!(browser.text().await.contains("No annex has been added to the appeal."));

    browser.click("Add the annex").await;
    assert!(
        browser.text().await.contains("Choose a file to upload"),
        "a form without a file is refused"
    );
    let _file =
        crate::browser_award::attach(&browser, "Annex", "safeguarding-protocol.txt", b"Protocol, annex 3.").await;
    browser.click("Add the annex").await;
    assert!(browser.text().await.contains("safeguarding-protocol.txt"));
    browser.screenshot("appeal-annexes").await;
    let listed = app
        .get(&format!("/appeals/{appeal}/documents"), &scene.officer.token)
        .await;
    assert_eq!(listed.body["items"][0]["name"], "safeguarding-protocol.txt");

    browser.click("Remove safeguarding-protocol.txt").await;
    assert!(browser.text().await.contains("No annex has been added to the appeal."));
    let listed = app
        .get(&format!("/appeals/{appeal}/documents"), &scene.officer.token)
        .await;
    assert_eq!(listed.body["total"], 0);
    browser.close().await;
}

#[tokio::test]
async fn the_openapi_document_describes_the_multipart_body_of_every_upload() {
    let app = spawn_app().await;
    let document = app.get("/openapi.json", "").await.body;
    let paths = document["paths"].as_object().expect("paths");
    let uploads: Vec<&String> = paths
        .iter()
        .filter(|(path, item)| path.ends_with("/documents") && item.get("post").is_some())
        .map(|(path, _)| path)
        .collect();
    for expected in [
        "/api/v1/applications/{id}/documents",
        "/api/v1/organisations/{id}/documents",
        "/api/v1/sponsorship-requests/{id}/documents",
        "/api/v1/reporting-obligations/{id}/documents",
        "/api/v1/due-diligence/{id}/items/{key}/documents",
        "/api/v1/appeals/{id}/documents",
    ] {
        assert!(
            uploads.iter().any(|path| path.as_str() == expected),
            "{expected} in {uploads:?}"
        );
    }
    for path in uploads {
        let body = &paths[path]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"];
        let schema = match body["$ref"].as_str() {
            Some(reference) => {
                let name = reference.rsplit('/').next().expect("a name");
                &document["components"]["schemas"][name]
            }
            None => body,
        };
        assert_eq!(schema["properties"]["file"]["format"], "binary", "{path}: {schema}");
        assert!(
            schema["required"]
                .as_array()
                .is_some_and(|required| required.contains(&json!("file"))),
            "{path}: {schema}"
        );
    }
}

#[tokio::test]
async fn the_portal_takes_annexes_from_the_organisation_only_while_the_appeal_is_open() {
    use crate::portal::{Browser, csrf_token, location};
    let app = spawn_app().await;
    let scene = app.scene().await;
    let (application, appeal) = open_appeal(&app, &scene).await;
    let page_path = format!("/portal/applications/{application}");
    let upload_path = format!("/portal/appeals/{appeal}/annexes");

    let outsider = app.applicant().await;
    app.organisation(&outsider).await;
    let mut stranger = Browser::new(&app);
    let page = stranger.get("/sign-in").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    stranger.sign_in(&outsider.email).await;
    let refused = stranger
        .post_file(&upload_path, &[("csrf_token", "any")], ("annex.pdf", ANNEX))
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND, "another organisation's appeal");

    let mut browser = Browser::new(&app);
    browser.sign_in(&scene.member.email).await;
    let forged = browser
        .post_file(&upload_path, &[("csrf_token", "forged")], ("annex.pdf", ANNEX))
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("documents").await, 0, "refusals add nothing");

    let page = browser.get(&page_path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains("Add the annex"), "{}", page.text);
    let token = csrf_token(&page.text);
    let sent = browser
        .post_file(&upload_path, &[("csrf_token", token.as_str())], ("annex 3.pdf", ANNEX))
        .await;
    assert_eq!(location(&sent), format!("{page_path}#annexes"));
    let empty = browser
        .post_file(&upload_path, &[("csrf_token", token.as_str())], ("empty.pdf", b""))
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.text.contains("the file is empty"), "{}", empty.text);
    let page = browser.get(&page_path).await;
    assert!(page.text.contains("annex 3.pdf"));

    let second = app.officer().await;
    let resolution = json!({"outcome": "upheld", "reason": "Annex 3 was considered; the finding stands."});
    app.post(&format!("/appeals/{appeal}/resolution"), &second.token, resolution)
        .await;
    let page = browser.get(&page_path).await;
    assert!(page.text.contains("annex 3.pdf"), "the annexes stay shown");
    assert!(!page.text.contains("Add the annex"), "no more annexes once resolved");
    let late = browser
        .post_file(&upload_path, &[("csrf_token", token.as_str())], ("late.pdf", ANNEX))
        .await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("documents").await, 1);
}
