//! The hash-chained audit trail.

use axum::http::StatusCode;
use sea_orm::{ConnectionTrait, Statement};

use crate::support::{Scene, spawn_app};

#[tokio::test]
async fn the_chain_verifies_and_a_tampered_row_is_found() {
    let app = spawn_app().await;
    let Scene {
        officer,
        member,
        organisation,
        call,
    } = app.scene().await;
    app.submitted_application(&member, &organisation, &call).await;

    let verified = app.get("/audit/verify", &officer.token).await;
    assert_eq!(verified.status, StatusCode::OK);
    assert_eq!(verified.body["ok"], true, "{}", verified.text);
    let events = verified.body["events_checked"].as_u64().expect("count");
    assert!(
        events >= 7,
        "accounts, organisation, call, publication, application and submission are audited: {events}"
    );

    let backend = app.db.get_database_backend();
    app.db
        .execute_raw(Statement::from_string(
            backend,
            "UPDATE audit_events SET action = 'call.cancelled' WHERE seq = 4",
        ))
        .await
        .expect("tampering");
    let broken = app.get("/audit/verify", &officer.token).await;
    assert_eq!(broken.body["ok"], false);
    assert_eq!(broken.body["first_broken"]["seq"], 4);
    assert_eq!(broken.body["events_checked"], 3);
}

#[tokio::test]
async fn a_deleted_row_breaks_the_chain() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    app.open_call(&officer).await;
    let backend = app.db.get_database_backend();
    app.db
        .execute_raw(Statement::from_string(
            backend,
            "DELETE FROM audit_events WHERE seq = 2",
        ))
        .await
        .expect("deleting");
    let broken = app.get("/audit/verify", &officer.token).await;
    assert_eq!(broken.body["ok"], false);
    assert_eq!(broken.body["first_broken"]["seq"], 3);
}

#[tokio::test]
async fn events_name_the_actor_and_the_change() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.draft_call(&officer).await;
    app.patch(
        &format!("/calls/{call}"),
        &officer.token,
        serde_json::json!({"title": "Renamed call"}),
    )
    .await;
    let events = app
        .get(&format!("/audit?subject_type=call&subject_id={call}"), &officer.token)
        .await;
    assert_eq!(events.body["total"], 2);
    let update = &events.body["items"][0];
    assert_eq!(update["action"], "call.updated");
    assert_eq!(update["actor_id"], officer.id.to_string());
    assert_eq!(
        update["summary"]["before"]["title"],
        "Youth and women leading prevention"
    );
    assert_eq!(update["summary"]["after"]["title"], "Renamed call");
    assert_eq!(update["prev_hash"], events.body["items"][1]["hash"]);
}
