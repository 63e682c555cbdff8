//! The command line, run as a user would.

use std::io::Write;
use std::process::{Command, Stdio};

pub(crate) fn grantdesk() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_grantdesk"));
    command
        .env_remove("DATABASE_URL")
        .env("GRANTDESK_AUDIT_KEY", crate::support::AUDIT_KEY)
        .env("GRANTDESK_FIXTURES", concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"));
    command
}

#[test]
fn help_explains_each_command() {
    let output = grantdesk().arg("--help").output().expect("runs");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success());
    for word in ["serve", "migrate", "user", "DATABASE_URL", "GRANTDESK_JWT_SECRET"] {
        assert!(text.contains(word), "{word} in {text}");
    }
    let serve = grantdesk().args(["serve", "--help"]).output().expect("runs");
    assert!(String::from_utf8_lossy(&serve.stdout).contains("--demo"));
}

#[test]
fn user_add_reads_the_password_from_stdin_and_migrate_is_idempotent() {
    let dir = tempfile::tempdir().expect("folder");
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("cli.db").display());
    let migrate = grantdesk()
        .env("DATABASE_URL", &url)
        .arg("migrate")
        .output()
        .expect("runs");
    assert!(migrate.status.success(), "{}", String::from_utf8_lossy(&migrate.stderr));
    let mut child = grantdesk()
        .env("DATABASE_URL", &url)
        .args([
            "user",
            "add",
            "--email",
            "root@office.example",
            "--full-name",
            "First Admin",
            "--role",
            "admin",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"a long admin password\n")
        .expect("written");
    let output = child.wait_with_output().expect("finishes");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("root@office.example"));

    let again = grantdesk()
        .env("DATABASE_URL", &url)
        .arg("migrate")
        .output()
        .expect("runs");
    assert!(again.status.success());
    let mut duplicate = grantdesk()
        .env("DATABASE_URL", &url)
        .args([
            "user",
            "add",
            "--email",
            "root@office.example",
            "--full-name",
            "Again",
            "--role",
            "admin",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    duplicate
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"another long password")
        .expect("written");
    let refused = duplicate.wait_with_output().expect("finishes");
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("already exists"));
}

#[test]
fn production_refuses_to_serve_without_a_strong_secret() {
    let dir = tempfile::tempdir().expect("folder");
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("prod.db").display());
    let output = grantdesk()
        .env("DATABASE_URL", &url)
        .env("GRANTDESK_ENV", "production")
        .env("GRANTDESK_JWT_SECRET", "too short")
        .env("GRANTDESK_BIND", "127.0.0.1:0")
        .arg("serve")
        .output()
        .expect("runs");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("GRANTDESK_JWT_SECRET"));
}

#[test]
fn production_refuses_the_demo_data_and_a_guessable_secret() {
    let dir = tempfile::tempdir().expect("folder");
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("prod.db").display());
    let serve = |secret: &str, demo: bool| {
        let mut command = grantdesk();
        command
            .env("DATABASE_URL", &url)
            .env("GRANTDESK_ENV", "production")
            .env("GRANTDESK_JWT_SECRET", secret)
            .env("GRANTDESK_BIND", "127.0.0.1:0")
            .env("GRANTDESK_METRICS_BIND", "off")
            .arg("serve");
        if demo {
            command.arg("--demo");
        }
        command.output().expect("runs")
    };
    let strong = "q3N9vYp1Zk7sR2xWm8LbT4cHf6JdA0eGuQ+iVn5o/KyXzC1rS9wE3tU7hB2jM4lP";
    let with_demo = serve(strong, true);
    assert!(!with_demo.status.success());
    assert!(String::from_utf8_lossy(&with_demo.stderr).contains("--demo"));
    let repeated = serve(&"x".repeat(64), false);
    assert!(!repeated.status.success());
    assert!(String::from_utf8_lossy(&repeated.stderr).contains("openssl rand -base64 48"));
}

#[test]
fn production_refuses_to_serve_without_a_data_key_for_documents() {
    let dir = tempfile::tempdir().expect("folder");
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("prod.db").display());
    let output = grantdesk()
        .env("DATABASE_URL", &url)
        .env("GRANTDESK_ENV", "production")
        .env(
            "GRANTDESK_JWT_SECRET",
            "q3N9vYp1Zk7sR2xWm8LbT4cHf6JdA0eGuQ+iVn5o/KyXzC1rS9wE3tU7hB2jM4lP",
        )
        .env_remove("GRANTDESK_DATA_KEY")
        .env("GRANTDESK_BIND", "127.0.0.1:0")
        .env("GRANTDESK_METRICS_BIND", "off")
        .arg("serve")
        .output()
        .expect("runs");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("GRANTDESK_DATA_KEY"));
    assert!(
        !dir.path().join("prod.db.data-key").exists(),
        "production generates no key"
    );
}

#[test]
fn sanctions_import_loads_the_list_and_keeps_it_on_a_bad_file() {
    let dir = tempfile::tempdir().expect("folder");
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("sanctions.db").display());
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/sanctions-sample.xml");
    let imported = grantdesk()
        .env("DATABASE_URL", &url)
        .args(["sanctions", "import", sample])
        .output()
        .expect("runs");
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    assert!(String::from_utf8_lossy(&imported.stdout).contains("imported 30 entries from sanctions-sample.xml"));
    let broken = dir.path().join("broken.xml");
    std::fs::write(&broken, "<CONSOLIDATED_LIST><INDIVIDUALS>").expect("written");
    let refused = grantdesk()
        .env("DATABASE_URL", &url)
        .args(["sanctions", "import"])
        .arg(&broken)
        .output()
        .expect("runs");
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("not well formed"));
}

#[tokio::test]
async fn reminders_run_once_enqueues_what_is_due_once_and_says_where_it_waits() {
    // The binary reads the real clock: the data is dated from now.
    let app = crate::support::spawn_sqlite_app_at(chrono::Utc::now()).await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let call = app.open_call(&officer).await;
    app.draft_application(&member, &organisation, &call).await;
    let run = || {
        grantdesk()
            .env("DATABASE_URL", &app.database_url)
            .env_remove("GRANTDESK_SMTP_URL")
            .args(["reminders", "run-once"])
            .output()
            .expect("runs")
    };
    let first = run();
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    let said = String::from_utf8_lossy(&first.stdout);
    assert!(said.starts_with("1 reminder(s) enqueued; 0 sent"), "{said}");
    assert!(said.contains("messages wait in the outbox"), "{said}");
    let second = run();
    assert!(String::from_utf8_lossy(&second.stdout).starts_with("0 reminder(s) enqueued"));
    let (rows, _) = grantdesk::reminders::store::list(&app.db, Some(member.id), None, (10, 0))
        .await
        .expect("outbox");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].status, "queued");
}

#[tokio::test]
async fn user_verify_vouches_for_an_address_by_hand_and_is_audited() {
    let app = crate::support::spawn_sqlite_app_at(chrono::Utc::now()).await;
    let member = app.unverified_applicant().await;
    let verify = |email: &str| {
        grantdesk()
            .env("DATABASE_URL", &app.database_url)
            .args(["user", "verify", "--email", email])
            .output()
            .expect("runs")
    };
    let done = verify(&member.email.to_uppercase());
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    assert!(String::from_utf8_lossy(&done.stdout).contains("verified"));
    let me = app.get("/me", &member.token).await;
    assert_eq!(me.body["email_verified"], true, "{}", me.text);
    assert!(
        app.audit_actions(&member.id.to_string())
            .await
            .contains(&"user.email_verified_by_hand".to_owned())
    );
    let unknown = verify("nobody@example.org");
    assert!(!unknown.status.success());
    assert!(
        String::from_utf8_lossy(&unknown.stderr).contains("not found"),
        "{}",
        String::from_utf8_lossy(&unknown.stderr)
    );
}
