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

/// Stores `count` events unlinked, as a writer does inside its transaction, and stops
/// there, as a writer killed between its commit and the link: copies of event 1's content
/// under new ids (numbered from `first`), the action `call.updated`.
async fn left_pending(app: &crate::support::TestApp, first: usize, count: usize) {
    for index in first..first + count {
        let id = uuid_literal(app, &format!("00000000-0000-4000-8000-0000000001{index:02}"));
        execute(
            app,
            &format!(
                "INSERT INTO audit_pending (id, actor_id, action, subject_type, subject_id, summary, reason, occurred_at) \
                 SELECT {id}, actor_id, 'call.updated', subject_type, subject_id, summary, reason, occurred_at \
                 FROM audit_events WHERE seq = 1"
            ),
        )
        .await;
    }
}

/// The actions of the whole chain, oldest first.
async fn chain_actions(app: &crate::support::TestApp, token: &str) -> Vec<String> {
    let listed = app.get("/audit?limit=500", token).await;
    let mut actions: Vec<String> = listed.body["items"]
        .as_array()
        .expect("events")
        .iter()
        .map(|event| event["action"].as_str().expect("action").to_owned())
        .collect();
    actions.reverse();
    actions
}

#[tokio::test]
async fn events_a_writer_left_pending_are_reported_and_the_next_write_links_them_first() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    app.open_call(&officer).await;
    let before = chain_actions(&app, &officer.token).await;
    left_pending(&app, 0, 2).await;

    let waiting = app.get("/audit/verify", &officer.token).await;
    assert_eq!(waiting.body["pending_events"], 2, "{}", waiting.text);
    assert_eq!(
        waiting.body["ok"], true,
        "fresh pending events are normal: {}",
        waiting.text
    );
    assert_eq!(
        chain_actions(&app, &officer.token).await,
        before,
        "pending events are not in the chain"
    );
    app.clock.advance(chrono::Duration::minutes(2));
    let stale = app.get("/audit/verify", &officer.token).await;
    assert_eq!(stale.body["ok"], false, "{}", stale.text);
    assert_eq!(
        stale.body["first_broken"],
        serde_json::Value::Null,
        "the chain itself holds"
    );
    let problem = stale.body["pending_problem"].as_str().expect("a problem");
    assert!(problem.starts_with("2 event(s) wait to be linked"), "{problem}");

    app.draft_call(&officer).await;
    let linked = app.get("/audit/verify", &officer.token).await;
    assert_eq!(linked.body["ok"], true, "{}", linked.text);
    assert_eq!(linked.body["pending_events"], 0);
    assert_eq!(linked.body["pending_problem"], serde_json::Value::Null);
    let after = chain_actions(&app, &officer.token).await;
    assert_eq!(
        after[before.len()..],
        ["call.updated", "call.updated", "call.created"],
        "the left events come first, in the order they were stored"
    );
    assert_eq!(linked.body["events_checked"], after.len());
}

#[tokio::test]
async fn a_write_whose_link_fails_stands_shows_in_the_history_and_is_linked_by_the_minutely_job() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app
        .submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    let (refuse, allow) = match app.db.get_database_backend() {
        sea_orm::DatabaseBackend::Postgres => (
            vec![
                "CREATE FUNCTION refuse_links() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ \
                 LANGUAGE plpgsql",
                "CREATE TRIGGER refuse_links BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_links()",
            ],
            "DROP TRIGGER refuse_links ON audit_events",
        ),
        _ => (
            vec!["CREATE TRIGGER refuse_links BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'refused'); END"],
            "DROP TRIGGER refuse_links",
        ),
    };
    for sql in refuse {
        execute(&app, sql).await;
    }
    let finding =
        serde_json::json!({"eligible": false, "failed_criteria": ["registered_cso"], "reason": "No certificate."});
    let screened = app
        .post(
            &format!("/applications/{application}/eligibility"),
            &scene.officer.token,
            finding,
        )
        .await;
    assert_eq!(screened.status, StatusCode::OK, "the change stands: {}", screened.text);

    let seen = app
        .get(&format!("/applications/{application}"), &scene.member.token)
        .await;
    assert_eq!(seen.body["status"], "ineligible");
    assert_eq!(seen.body["history"][0]["action"], "found_ineligible", "{}", seen.text);
    assert_eq!(seen.body["history"][0]["reason"], "No certificate.");
    let waiting = app.get("/audit/verify", &scene.officer.token).await;
    assert_eq!(waiting.body["pending_events"], 1, "{}", waiting.text);

    execute(&app, allow).await;
    app.clock.advance(chrono::Duration::minutes(2));
    assert_eq!(app.get("/audit/verify", &scene.officer.token).await.body["ok"], false);
    let linked = grantdesk::audit::service::link_pending(&app.db).await.expect("linked");
    assert_eq!(linked, 1);
    let verified = app.get("/audit/verify", &scene.officer.token).await;
    assert_eq!(verified.body["ok"], true, "{}", verified.text);
    assert_eq!(verified.body["pending_events"], 0);
    assert_eq!(app.audit_actions(&application).await[0], "application.found_ineligible");
    let seen = app
        .get(&format!("/applications/{application}"), &scene.member.token)
        .await;
    assert_eq!(
        seen.body["history"].as_array().expect("history").len(),
        1,
        "once: {}",
        seen.text
    );
}

#[tokio::test]
async fn concurrent_writes_share_linking_runs_and_form_one_contiguous_chain() {
    let app = spawn_app().await;
    let Scene {
        member,
        organisation,
        call,
        ..
    } = app.scene().await;
    let before = app.count("audit_events").await;
    let runs_before = app.state.audit_linker.runs();
    let body = crate::support::application_body(&organisation);
    let path = format!("/calls/{call}/applications");
    let answers = futures::future::join_all((0..50).map(|_| app.post(&path, &member.token, body.clone()))).await;
    assert!(
        answers.iter().all(|answer| answer.status == StatusCode::CREATED),
        "{:?}",
        answers.iter().map(|answer| answer.status).collect::<Vec<_>>()
    );
    assert_eq!(app.count("audit_events").await, before + 50);
    assert_eq!(
        app.count("audit_pending").await,
        0,
        "each write linked before it answered"
    );
    // The writes waiting while a run linked share the next one, rather than each running
    // its own linking transaction.
    let runs = app.state.audit_linker.runs() - runs_before;
    assert!(
        (1..25).contains(&runs),
        "50 concurrent writes were linked in {runs} runs"
    );
    let admin = app.admin().await;
    let verified = app.get("/audit/verify", &admin.token).await;
    assert_eq!(verified.body["ok"], true, "{}", verified.text);
    assert_eq!(verified.body["events_checked"], app.count("audit_events").await);
}

#[tokio::test]
async fn events_left_pending_are_linked_when_the_server_starts_and_by_reminders_run_once() {
    use std::time::{Duration, Instant};
    let app = crate::support::spawn_sqlite_app_at(chrono::Utc::now()).await;
    let officer = app.officer().await;
    app.open_call(&officer).await;
    left_pending(&app, 0, 1).await;
    let folder = tempfile::tempdir().expect("folder");
    let mut server = crate::cli::grantdesk()
        .env("DATABASE_URL", &app.database_url)
        .env("GRANTDESK_BIND", "127.0.0.1:0")
        .env("GRANTDESK_METRICS_BIND", "off")
        .env("GRANTDESK_SCHEDULER", "off")
        .current_dir(folder.path())
        .arg("serve")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("starts");
    let started = Instant::now();
    while app.count("audit_pending").await > 0 && started.elapsed() < Duration::from_secs(60) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    server.kill().expect("stopped");
    server.wait().expect("ended");
    assert_eq!(app.count("audit_pending").await, 0, "linked at start");
    let started = app.get("/audit/verify", &officer.token).await;
    assert_eq!(started.body["ok"], true, "{}", started.text);
    assert_eq!(
        chain_actions(&app, &officer.token).await.last().map(String::as_str),
        Some("call.updated")
    );

    left_pending(&app, 1, 1).await;
    let run = crate::cli::grantdesk()
        .env("DATABASE_URL", &app.database_url)
        .env_remove("GRANTDESK_SMTP_URL")
        .current_dir(folder.path())
        .args(["reminders", "run-once"])
        .output()
        .expect("runs");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert_eq!(app.count("audit_pending").await, 0, "linked by the job");
    let verified = app.get("/audit/verify", &officer.token).await;
    assert_eq!(verified.body["ok"], true, "{}", verified.text);
}
