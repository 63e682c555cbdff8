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
        .get(
            &format!("/audit?subject_type=call&subject_id={call}&count=true"),
            &officer.token,
        )
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

/// Runs SQL against the test database.
async fn execute(app: &crate::support::TestApp, sql: &str) {
    let backend = app.db.get_database_backend();
    app.db
        .execute_raw(Statement::from_string(backend, sql.to_owned()))
        .await
        .unwrap_or_else(|error| panic!("{sql}: {error}"));
}

/// A UUID as an SQL literal of the test database (SQLite stores UUIDs as 16-byte blobs).
fn uuid_literal(app: &crate::support::TestApp, id: &str) -> String {
    match app.db.get_database_backend() {
        sea_orm::DatabaseBackend::Postgres => format!("'{id}'"),
        _ => format!("X'{}'", id.replace('-', "")),
    }
}

/// Signs a checkpoint of the chain's head as the hourly job does.
async fn checkpoint(app: &crate::support::TestApp) -> grantdesk::audit::rules::Checkpoint {
    grantdesk::audit::service::checkpoint(&app.db, app.state.now(), &app.state.audit_key, None)
        .await
        .expect("signed")
        .expect("a chain to sign")
}

#[tokio::test]
async fn a_row_numbered_zero_is_a_broken_link_not_a_row_verify_skips() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    app.open_call(&officer).await;
    let id = uuid_literal(&app, "00000000-0000-4000-8000-000000000000");
    execute(
        &app,
        &format!(
            "INSERT INTO audit_events (seq, id, actor_id, action, subject_type, subject_id, summary, reason, occurred_at, prev_hash, hash) \
             SELECT 0, {id}, actor_id, 'call.cancelled', subject_type, subject_id, summary, reason, occurred_at, prev_hash, hash \
             FROM audit_events WHERE seq = 1"
        ),
    )
    .await;
    let listed = app.get("/audit?limit=500", &officer.token).await;
    assert!(listed.text.contains("call.cancelled"), "the list shows the forged row");
    let verified = app.get("/audit/verify", &officer.token).await;
    assert_eq!(verified.body["ok"], false, "{}", verified.text);
    assert_eq!(verified.body["first_broken"]["seq"], 0);
}

#[tokio::test]
async fn events_deleted_from_the_end_are_found_against_the_signed_checkpoint() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    app.open_call(&officer).await;
    let signed = checkpoint(&app).await;
    let intact = app.get("/audit/verify", &officer.token).await;
    assert_eq!(intact.body["ok"], true, "{}", intact.text);
    assert_eq!(intact.body["checkpoint"]["seq"], signed.seq);
    assert_eq!(intact.body["checkpoint"]["ok"], true);

    execute(
        &app,
        &format!("DELETE FROM audit_events WHERE seq >= {}", signed.seq - 1),
    )
    .await;
    let truncated = app.get("/audit/verify", &officer.token).await;
    assert_eq!(truncated.body["ok"], false, "{}", truncated.text);
    assert_eq!(
        truncated.body["first_broken"],
        serde_json::Value::Null,
        "the rest of the chain links up"
    );
    let problem = truncated.body["checkpoint"]["problem"].as_str().expect("a problem");
    assert!(problem.contains("deleted from its end"), "{problem}");
}

#[tokio::test]
async fn a_chain_rewritten_end_to_end_is_found_against_the_signed_checkpoint() {
    use grantdesk::audit::rules::{EventContent, GENESIS_HASH, hash_event};
    let app = spawn_app().await;
    let officer = app.officer().await;
    app.open_call(&officer).await;
    checkpoint(&app).await;
    // The administrator changes event 2 and recomputes every hash after it.
    let listed = app.get("/audit?limit=500", &officer.token).await;
    let mut rows: Vec<serde_json::Value> = listed.body["items"].as_array().expect("events").clone();
    rows.reverse();
    let mut prev = GENESIS_HASH.to_owned();
    for row in &rows {
        let seq = row["seq"].as_i64().expect("seq");
        let content = EventContent {
            seq,
            id: row["id"].as_str().expect("id").parse().expect("uuid"),
            actor_id: row["actor_id"].as_str().map(|id| id.parse().expect("uuid")),
            action: if seq == 2 {
                "call.cancelled".to_owned()
            } else {
                row["action"].as_str().expect("action").to_owned()
            },
            subject_type: row["subject_type"].as_str().expect("type").to_owned(),
            subject_id: row["subject_id"].as_str().expect("subject").to_owned(),
            summary: row["summary"].clone(),
            reason: row["reason"].as_str().map(str::to_owned),
            occurred_at: row["occurred_at"].as_str().expect("at").parse().expect("instant"),
        };
        let hash = hash_event(&prev, &content);
        execute(
            &app,
            &format!(
                "UPDATE audit_events SET action = '{}', prev_hash = '{prev}', hash = '{hash}' WHERE seq = {seq}",
                content.action
            ),
        )
        .await;
        prev = hash;
    }
    let verified = app.get("/audit/verify", &officer.token).await;
    assert_eq!(
        verified.body["first_broken"],
        serde_json::Value::Null,
        "the chain itself links up: {}",
        verified.text
    );
    assert_eq!(verified.body["ok"], false);
    let problem = verified.body["checkpoint"]["problem"].as_str().expect("a problem");
    assert!(problem.contains("rewritten"), "{problem}");
}

#[tokio::test]
async fn a_checkpoint_signed_with_another_key_fails_and_the_public_key_is_published() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    app.open_call(&officer).await;
    let signed = checkpoint(&app).await;
    let key = app.get("/audit/key", "").await;
    assert_eq!(key.status, StatusCode::OK, "no account needed");
    assert_eq!(key.body["algorithm"], "Ed25519");
    assert_eq!(key.body["public_key"], signed.public_key);
    let published: [u8; 32] = hex::decode(key.body["public_key"].as_str().expect("hex"))
        .expect("hex")
        .try_into()
        .expect("32 bytes");
    let public = ed25519_dalek::VerifyingKey::from_bytes(&published).expect("a key");
    assert_eq!(grantdesk::audit::rules::check_signature(&public, &signed), Ok(()));

    let forger = ed25519_dalek::SigningKey::from_bytes(&[1; 32]);
    // Signed at the same instant as the office's checkpoint, whose stored time it copies.
    let forged = grantdesk::audit::rules::sign_checkpoint(&forger, (signed.seq + 5, &signed.hash), signed.signed_at);
    execute(
        &app,
        &format!(
            "INSERT INTO audit_checkpoints (id, seq, hash, signed_at, public_key, signature) \
             SELECT {}, {}, hash, signed_at, '{}', '{}' FROM audit_checkpoints",
            uuid_literal(&app, "00000000-0000-4000-8000-000000000001"),
            forged.seq,
            forged.public_key,
            forged.signature
        ),
    )
    .await;
    let verified = app.get("/audit/verify", &officer.token).await;
    assert_eq!(verified.body["ok"], false, "{}", verified.text);
    assert!(
        verified.body["checkpoint"]["problem"]
            .as_str()
            .expect("problem")
            .contains("not the office's audit key")
    );
    let applicant = app.applicant().await;
    assert_eq!(
        app.get("/audit/verify", &applicant.token).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn the_command_line_signs_checkpoints_to_a_file_and_verifies_a_database_against_them() {
    let app = crate::support::spawn_sqlite_app_at(chrono::Utc::now()).await;
    let officer = app.officer().await;
    app.open_call(&officer).await;
    let folder = tempfile::tempdir().expect("folder");
    let file = folder.path().join("checkpoints.jsonl");
    let run = |args: &[&str]| {
        crate::cli::grantdesk()
            .env("DATABASE_URL", &app.database_url)
            .env("GRANTDESK_AUDIT_CHECKPOINT_TO", &file)
            .args(args)
            .output()
            .expect("runs")
    };
    let signed = run(&["audit", "checkpoint"]);
    assert!(signed.status.success(), "{}", String::from_utf8_lossy(&signed.stderr));
    let lines = std::fs::read_to_string(&file).expect("the file outside the database");
    assert_eq!(lines.lines().count(), 1, "{lines}");
    let file_arg = file.to_str().expect("a path");
    let intact = run(&["audit", "verify", "--checkpoints", file_arg]);
    assert!(intact.status.success(), "{}", String::from_utf8_lossy(&intact.stderr));
    assert!(String::from_utf8_lossy(&intact.stdout).contains("1 checkpoint(s) checked"));

    // Deleting the last event and the stored checkpoints leaves the file to tell.
    execute(&app, "DELETE FROM audit_checkpoints").await;
    execute(
        &app,
        "DELETE FROM audit_events WHERE seq = (SELECT MAX(seq) FROM audit_events)",
    )
    .await;
    let stored_only = run(&["audit", "verify"]);
    assert!(stored_only.status.success(), "nothing stored to compare with");
    let against_file = run(&["audit", "verify", "--checkpoints", file_arg]);
    assert!(!against_file.status.success());
    assert!(String::from_utf8_lossy(&against_file.stderr).contains("deleted from its end"));
}
