//! Organisations and their members.

use axum::http::StatusCode;
use serde_json::json;

use crate::support::{organisation_body, spawn_app};

#[tokio::test]
async fn a_member_creates_and_edits_the_profile_in_any_script() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let mut body = organisation_body();
    body["legal_name"] = json!("Молодёжный центр «Диалог»");
    body["country"] = json!("KG");
    let created = app.post("/organisations", &member.token, body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    assert_eq!(created.body["legal_name"], "Молодёжный центр «Диалог»");
    assert_eq!(created.body["region"], "Asia");
    assert_eq!(created.body["subregion"], "Central Asia");
    assert_eq!(created.body["do_not_publish"], false);
    let id = created.id();

    let edited = app
        .patch(
            &format!("/organisations/{id}"),
            &member.token,
            json!({"legal_name": "جمعية الحوار", "youth_led": true}),
        )
        .await;
    assert_eq!(edited.status, StatusCode::OK, "{}", edited.text);
    assert_eq!(edited.body["legal_name"], "جمعية الحوار");
    assert_eq!(edited.body["youth_led"], true);
    let events = app
        .get(&format!("/audit?subject_id={id}"), &app.officer().await.token)
        .await;
    assert_eq!(events.body["items"][0]["action"], "organisation.updated");
    assert_eq!(
        events.body["items"][0]["summary"]["before"]["legal_name"],
        "Молодёжный центр «Диалог»"
    );
    assert_eq!(
        events.body["items"][0]["summary"]["after"]["legal_name"],
        "جمعية الحوار"
    );
}

#[tokio::test]
async fn only_officers_mark_an_organisation_do_not_publish() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let officer = app.officer().await;
    let id = app.organisation(&member).await;
    let refused = app
        .patch(
            &format!("/organisations/{id}"),
            &member.token,
            json!({"do_not_publish": true}),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let marked = app
        .patch(
            &format!("/organisations/{id}"),
            &officer.token,
            json!({"do_not_publish": true}),
        )
        .await;
    assert_eq!(marked.status, StatusCode::OK);
    assert_eq!(marked.body["do_not_publish"], true);
}

#[tokio::test]
async fn an_unknown_country_or_future_founding_is_refused() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let mut body = organisation_body();
    body["country"] = json!("XX");
    body["year_founded"] = json!(2031);
    let answer = app.post("/organisations", &member.token, body).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer.failing_fields(), vec!["country", "year_founded"]);
    let mut obsolete = organisation_body();
    obsolete["country"] = json!("SU");
    assert_eq!(
        app.post("/organisations", &member.token, obsolete)
            .await
            .failing_fields(),
        vec!["country"]
    );
    assert_eq!(app.count("organisations").await, 0);
    let mut british = organisation_body();
    british["country"] = json!("GB");
    let created = app.post("/organisations", &member.token, british).await;
    assert_eq!(
        created.status,
        StatusCode::CREATED,
        "GB is a country even though the dataset writes it as a pattern"
    );
    assert_eq!(created.body["country_name"], "United Kingdom");
    assert_eq!(app.count("organisations").await, 1);
}

#[tokio::test]
async fn members_invite_applicants_who_join_once_by_accepting() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let colleague = app.applicant().await;
    let officer = app.officer().await;
    let id = app.organisation(&member).await;
    let added = app
        .post(
            &format!("/organisations/{id}/members"),
            &member.token,
            json!({"email": colleague.email}),
        )
        .await;
    assert_eq!(
        added.status,
        StatusCode::ACCEPTED,
        "the deprecated alias invites: {}",
        added.text
    );
    assert_eq!(
        app.get(&format!("/organisations/{id}"), &colleague.token).await.status,
        StatusCode::NOT_FOUND,
        "not a member before accepting"
    );
    let token = app.invitation_token(&colleague.email).await;
    let accepted = app
        .post_empty(&format!("/invitations/{token}/accept"), &colleague.token)
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.text);
    assert_eq!(
        app.get(&format!("/organisations/{id}"), &colleague.token).await.status,
        StatusCode::OK
    );
    assert_eq!(
        app.get("/me", &colleague.token).await.body["organisation_ids"],
        json!([id])
    );
    let twice = app
        .post(
            &format!("/organisations/{id}/members"),
            &member.token,
            json!({"email": colleague.email}),
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    let staff = app
        .post(
            &format!("/organisations/{id}/members"),
            &member.token,
            json!({"email": officer.email}),
        )
        .await;
    assert_eq!(
        staff.status,
        StatusCode::ACCEPTED,
        "the answer does not tell what kind of account has the email"
    );
    let members = app.get(&format!("/organisations/{id}/members"), &member.token).await;
    assert_eq!(members.body.as_array().map(Vec::len), Some(2));
}

#[tokio::test]
async fn staff_list_organisations_by_country_and_region() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let officer = app.officer().await;
    app.organisation(&member).await;
    let mut colombian = organisation_body();
    colombian["country"] = json!("CO");
    colombian["legal_name"] = json!("Red de Jóvenes por la Paz");
    app.post("/organisations", &member.token, colombian).await;
    assert_eq!(
        app.get("/organisations?count=true", &officer.token).await.body["total"],
        2
    );
    let americas = app
        .get("/organisations?region=Americas&count=true", &officer.token)
        .await;
    assert_eq!(americas.body["total"], 1);
    assert_eq!(americas.body["items"][0]["legal_name"], "Red de Jóvenes por la Paz");
    assert_eq!(
        app.get("/organisations?country=KE&count=true", &officer.token)
            .await
            .body["total"],
        1
    );
    assert_eq!(
        app.get("/organisations?region=Atlantis", &officer.token).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        app.get("/organisations", &member.token).await.status,
        StatusCode::FORBIDDEN
    );
}
