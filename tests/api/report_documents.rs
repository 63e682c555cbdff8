//! The files of a report owed under an award, through the API
//! (`POST /reporting-obligations/{id}/documents`): members upload while the report is not yet
//! received, officers see them, other organisations get 404, and submitting a report needs a
//! file or a note.

use axum::http::StatusCode;
use serde_json::json;

use crate::portal_award::pending_award;
use crate::support::spawn_app;

#[tokio::test]
async fn members_upload_a_reports_files_officers_see_them_and_others_get_404() {
    let app = spawn_app().await;
    let (scene, award) = pending_award(&app).await;
    let award_body = app.get(&format!("/awards/{award}"), &scene.officer.token).await.body;
    let report = award_body["reporting_obligations"][0]["id"]
        .as_str()
        .expect("report")
        .to_owned();
    let path = format!("/reporting-obligations/{report}/documents");
    let outsider = app.applicant().await;
    app.organisation(&outsider).await;
    let file: &[u8] = b"Interim report: six workshops held with 140 young people.";

    let empty_submit = app
        .post(
            &format!("/reporting-obligations/{report}/submit"),
            &scene.member.token,
            json!({}),
        )
        .await;
    assert_eq!(
        empty_submit.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        empty_submit.text
    );
    assert_eq!(empty_submit.failing_fields(), vec!["summary"]);
    let foreign = app
        .upload(&path, &outsider.token, &[("file", Some("ours.txt"), file)])
        .await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    let by_officer = app
        .upload(&path, &scene.officer.token, &[("file", Some("x.txt"), file)])
        .await;
    assert_eq!(by_officer.status, StatusCode::FORBIDDEN);

    let uploaded = app
        .upload(
            &path,
            &scene.member.token,
            &[("kind", None, &b"report"[..]), ("file", Some("interim.txt"), file)],
        )
        .await;
    assert_eq!(uploaded.status, StatusCode::CREATED, "{}", uploaded.text);
    assert_eq!(uploaded.body["subject_type"], "reporting_obligation");

    let listed = app.get(&path, &scene.officer.token).await;
    assert_eq!(listed.status, StatusCode::OK);
    assert_eq!(listed.body["items"][0]["name"], "interim.txt");
    let download = app
        .get(&format!("/documents/{}", uploaded.id()), &scene.officer.token)
        .await;
    assert_eq!(download.bytes, file);
    assert_eq!(app.get(&path, &outsider.token).await.status, StatusCode::NOT_FOUND);
    let foreign_download = app.get(&format!("/documents/{}", uploaded.id()), &outsider.token).await;
    assert_eq!(foreign_download.status, StatusCode::NOT_FOUND);

    let submitted = app
        .post(
            &format!("/reporting-obligations/{report}/submit"),
            &scene.member.token,
            json!({}),
        )
        .await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.text);
    let received = app
        .post_empty(
            &format!("/reporting-obligations/{report}/receive"),
            &scene.officer.token,
        )
        .await;
    assert_eq!(received.status, StatusCode::OK);
    let late = app
        .upload(&path, &scene.member.token, &[("file", Some("late.txt"), file)])
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert_eq!(late.problem_type(), "document-locked");
}
