//! Uploaded documents: streamed in, typed by their bytes, limited while they arrive,
//! stored encrypted in the database, streamed out to exactly those who may see them.

use axum::http::StatusCode;
use grantdesk::auth::Role;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::json;

use crate::support::{Actor, TestApp, spawn_app, spawn_app_with};

/// A member, their organisation, an open call and a draft application.
async fn draft(app: &TestApp) -> (Actor, String) {
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let application = app.draft_application(&member, &organisation, &call).await;
    (member, application)
}

const MARKER: &str = "PASSPORT-NO-X7Q2-MARKER-OF-A-PERSON-AT-RISK";

#[tokio::test]
async fn an_upload_is_stored_encrypted_and_downloads_whole_with_its_name_and_safe_headers() {
    let app = spawn_app().await;
    let (member, application) = draft(&app).await;
    let mut file = b"%PDF-1.7\n".to_vec();
    while file.len() < 2_600_000 {
        file.extend_from_slice(format!("{MARKER} line {}\n", file.len()).as_bytes());
    }
    let uploaded = app
        .upload_to_application(&member, &application, "خطة السلامة.pdf", &file)
        .await;
    assert_eq!(uploaded.status, StatusCode::CREATED, "{}", uploaded.text);
    assert_eq!(uploaded.body["size"], file.len());
    assert_eq!(uploaded.body["content_type"], "application/pdf");
    assert_eq!(uploaded.body["name"], "خطة السلامة.pdf");
    let digest = sha2_hex(&file);
    assert_eq!(uploaded.body["sha256"], digest.as_str());
    assert_eq!(app.count("document_chunks").await, 3, "about 1 MiB a chunk");

    let downloaded = app.get(&format!("/documents/{}", uploaded.id()), &member.token).await;
    assert_eq!(downloaded.status, StatusCode::OK);
    assert!(downloaded.bytes == file, "the same bytes come back");
    let header = |name: &str| downloaded.headers[name].to_str().unwrap().to_owned();
    assert_eq!(header("content-type"), "application/pdf");
    assert_eq!(header("content-length"), file.len().to_string());
    assert_eq!(header("cache-control"), "private, no-store");
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert_eq!(
        header("content-disposition"),
        "attachment; filename=\"___ _______.pdf\"; filename*=UTF-8''%D8%AE%D8%B7%D8%A9%20%D8%A7%D9%84%D8%B3%D9%84%D8%A7%D9%85%D8%A9.pdf"
    );

    assert_marker_absent_from_storage(&app).await;
    let audit = app.audit_actions(&uploaded.id()).await;
    assert_eq!(audit, ["document.uploaded"]);
}

/// The marker is nowhere in the database: not in the SQLite file (nor its write-ahead
/// log), not in any row of PostgreSQL's tables of documents and audit.
async fn assert_marker_absent_from_storage(app: &TestApp) {
    let needles = [MARKER.as_bytes().to_vec(), hex::encode(MARKER).into_bytes()];
    if let Some(path) = app.database_url.strip_prefix("sqlite://") {
        let path = path.split('?').next().unwrap();
        let mut checked = 0;
        for file in [path.to_owned(), format!("{path}-wal")] {
            if let Ok(bytes) = std::fs::read(&file) {
                checked += bytes.len();
                for needle in &needles {
                    assert!(
                        !bytes.windows(needle.len()).any(|window| window == needle),
                        "{file} holds the marker"
                    );
                }
            }
        }
        assert!(
            checked > 3_000_000,
            "the chunks were written to the files read ({checked} bytes)"
        );
    } else {
        let backend = app.db.get_database_backend();
        for table in ["document_chunks", "document_contents", "documents", "audit_events"] {
            let rows = app
                .db
                .query_all_raw(Statement::from_string(
                    backend,
                    format!("SELECT t::text AS row FROM {table} t"),
                ))
                .await
                .expect("rows");
            assert!(!rows.is_empty() || table != "document_chunks");
            for row in rows {
                let text: String = row.try_get("", "row").expect("text");
                for needle in &needles {
                    assert!(
                        !text.as_bytes().windows(needle.len()).any(|window| window == needle),
                        "{table} holds the marker"
                    );
                }
            }
        }
    }
}

fn sha2_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

#[tokio::test]
async fn another_organisation_and_unassigned_reviewers_get_404_while_officers_read() {
    let app = spawn_app().await;
    let (member, application) = draft(&app).await;
    let uploaded = app
        .upload_to_application(&member, &application, "plan.txt", b"Our plan.\n")
        .await;
    assert_eq!(uploaded.status, StatusCode::CREATED, "{}", uploaded.text);
    let document = format!("/documents/{}", uploaded.id());
    let list = format!("/applications/{application}/documents");

    let stranger = app.applicant().await;
    app.organisation(&stranger).await;
    let reviewer = app.reviewer().await;
    for outsider in [&stranger, &reviewer] {
        assert_eq!(app.get(&document, &outsider.token).await.status, StatusCode::NOT_FOUND);
        assert_eq!(app.get(&list, &outsider.token).await.status, StatusCode::NOT_FOUND);
        assert_eq!(
            app.delete(&document, &outsider.token).await.status,
            StatusCode::NOT_FOUND
        );
        let upload = app.upload_to_application(outsider, &application, "x.txt", b"x").await;
        assert_eq!(upload.status, StatusCode::NOT_FOUND, "{}", upload.text);
    }
    assert_eq!(app.get(&document, "").await.status, StatusCode::UNAUTHORIZED);

    let officer = app.officer().await;
    let read = app.get(&document, &officer.token).await;
    assert_eq!(read.status, StatusCode::OK);
    assert_eq!(read.text, "Our plan.\n");
    let listed = app.get(&list, &officer.token).await;
    assert_eq!(listed.body["items"][0]["uploaded_by"], member.id.to_string());
    let staff_upload = app.upload_to_application(&officer, &application, "x.txt", b"x").await;
    assert_eq!(staff_upload.status, StatusCode::FORBIDDEN, "members upload, staff read");
    let finance = app.user(&[Role::Finance]).await;
    assert_eq!(
        app.delete(&document, &finance.token).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(app.count("documents").await, 1);
}

#[tokio::test]
async fn bytes_that_are_not_an_accepted_format_get_415_whatever_the_name_and_nothing_is_kept() {
    let app = spawn_app().await;
    let (member, application) = draft(&app).await;
    let before = app.snapshot().await;
    let elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0\x01\0\0\0".repeat(100);
    for (name, bytes) in [("budget.pdf", elf.as_slice()), ("empty.pdf", b"".as_slice())] {
        let refused = app.upload_to_application(&member, &application, name, bytes).await;
        assert_eq!(
            refused.status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{name}: {}",
            refused.text
        );
        assert_eq!(refused.problem_type(), "unsupported-file-type");
    }
    for name in ["../../etc/passwd", "a\\b.txt", ""] {
        let refused = app.upload_to_application(&member, &application, name, b"text").await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{name:?}: {}",
            refused.text
        );
        assert_eq!(refused.failing_fields(), ["file"]);
    }
    let unexpected = app
        .upload(
            &format!("/applications/{application}/documents"),
            &member.token,
            &[("file", Some("a.txt"), b"text"), ("colour", None, b"blue")],
        )
        .await;
    assert_eq!(
        unexpected.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        unexpected.text
    );
    assert_eq!(unexpected.failing_fields(), ["colour"]);
    let not_multipart = app
        .post(
            &format!("/applications/{application}/documents"),
            &member.token,
            json!({}),
        )
        .await;
    assert!(
        not_multipart.status.is_client_error() && not_multipart.is_problem(),
        "{}",
        not_multipart.text
    );
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn size_limits_per_file_and_per_application_answer_413_while_streaming() {
    let app = spawn_app_with(&[
        ("GRANTDESK_MAX_FILE_BYTES", "1048576"),
        ("GRANTDESK_MAX_APPLICATION_BYTES", "1572864"),
    ])
    .await;
    let (member, application) = draft(&app).await;
    let text = |size: usize, fill: u8| {
        let mut bytes = vec![fill; size];
        bytes[0] = b'#';
        bytes
    };
    let too_big = app
        .upload_to_application(&member, &application, "big.txt", &text(1_048_577, b'a'))
        .await;
    assert_eq!(too_big.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", too_big.text);
    assert_eq!(too_big.problem_type(), "file-too-large");
    assert!(too_big.detail().contains("1 MiB"), "{}", too_big.detail());
    assert_eq!(app.count("document_chunks").await, 0);

    let first = app
        .upload_to_application(&member, &application, "one.txt", &text(1_048_576, b'b'))
        .await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text);
    let second = app
        .upload_to_application(&member, &application, "two.txt", &text(600_000, b'c'))
        .await;
    assert_eq!(second.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", second.text);
    assert!(second.detail().contains("1536 KiB in all"), "{}", second.detail());
    assert_eq!(app.count("documents").await, 1);
    assert_eq!(app.count("document_contents").await, 1);
}

#[tokio::test]
async fn the_same_bytes_are_stored_once_per_organisation_and_go_with_their_last_document() {
    let app = spawn_app().await;
    let (member, application) = draft(&app).await;
    let bytes = b"%PDF-1.4\nsame statutes\n";
    let first = app
        .upload_to_application(&member, &application, "statutes.pdf", bytes)
        .await;
    let second = app
        .upload_to_application(&member, &application, "statutes (copy).pdf", bytes)
        .await;
    assert_eq!(second.status, StatusCode::CREATED, "{}", second.text);
    assert_eq!(first.body["sha256"], second.body["sha256"]);
    assert_eq!(app.count("document_contents").await, 1);
    assert_eq!(app.count("document_chunks").await, 1);

    let deleted = app.delete(&format!("/documents/{}", first.id()), &member.token).await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT, "{}", deleted.text);
    assert_eq!(
        app.get(&format!("/documents/{}", first.id()), &member.token)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let kept = app.get(&format!("/documents/{}", second.id()), &member.token).await;
    assert_eq!(kept.bytes, bytes);
    let deleted = app.delete(&format!("/documents/{}", second.id()), &member.token).await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    assert_eq!(app.count("document_contents").await, 0);
    assert_eq!(app.count("document_chunks").await, 0);

    let admin = app.admin().await;
    let trail = app
        .get(&format!("/audit?subject_id={}", first.id()), &admin.token)
        .await;
    let deletion = &trail.body["items"][0];
    assert_eq!(deletion["action"], "document.deleted");
    assert_eq!(deletion["summary"]["before"]["name"], "statutes.pdf");
    assert_eq!(deletion["summary"]["before"]["sha256"], first.body["sha256"]);
}

#[tokio::test]
async fn documents_change_only_while_the_application_is_a_draft() {
    let app = spawn_app().await;
    let (member, application) = draft(&app).await;
    let uploaded = app
        .upload_to_application(&member, &application, "annex.txt", b"annex\n")
        .await;
    let submitted = app
        .post_empty(&format!("/applications/{application}/submit"), &member.token)
        .await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.text);
    let late = app
        .upload_to_application(&member, &application, "late.txt", b"late\n")
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT, "{}", late.text);
    assert_eq!(late.problem_type(), "document-locked");
    let delete = app
        .delete(&format!("/documents/{}", uploaded.id()), &member.token)
        .await;
    assert_eq!(delete.status, StatusCode::CONFLICT);
    assert_eq!(app.count("documents").await, 1);
}

#[tokio::test]
async fn an_organisation_keeps_standing_papers_with_a_kind_and_a_validity_its_members_and_staff_read() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let path = format!("/organisations/{organisation}/documents");
    let certificate: &[(&str, Option<&str>, &[u8])] = &[
        ("kind", None, b"registration_certificate"),
        ("valid_until", None, b"2028-06-30"),
        ("file", Some("certificate.pdf"), b"%PDF-1.4\ncertificate\n"),
    ];
    let uploaded = app.upload(&path, &member.token, certificate).await;
    assert_eq!(uploaded.status, StatusCode::CREATED, "{}", uploaded.text);
    assert_eq!(uploaded.body["kind"], "registration_certificate");
    assert_eq!(uploaded.body["valid_until"], "2028-06-30");
    assert_eq!(uploaded.body["subject_type"], "organisation");

    let before = app.snapshot().await;
    let bad: &[(&str, Option<&str>, &[u8])] = &[
        ("kind", None, b"Audited Accounts!"),
        ("valid_until", None, b"next year"),
        ("file", Some("accounts.pdf"), b"%PDF-1.4\naccounts\n"),
    ];
    let refused = app.upload(&path, &member.token, bad).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert_eq!(refused.failing_fields(), ["kind", "valid_until"]);
    assert_eq!(app.snapshot().await, before, "the refused file is not kept");

    let officer = app.officer().await;
    let listed = app.get(&path, &officer.token).await;
    assert_eq!(listed.body["total"], 1);
    let staff_upload = app.upload(&path, &officer.token, certificate).await;
    assert_eq!(staff_upload.status, StatusCode::FORBIDDEN);
    let stranger = app.applicant().await;
    assert_eq!(app.get(&path, &stranger.token).await.status, StatusCode::NOT_FOUND);
    let download = format!("/documents/{}", uploaded.id());
    assert_eq!(app.get(&download, &stranger.token).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.upload(&path, &stranger.token, certificate).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.get(&download, &officer.token).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_sponsored_trips_receipts_are_kept_until_it_is_settled_and_hidden_from_others() {
    let app = spawn_app().await;
    let event = crate::sponsorships::open_event(&app, "50000.00").await;
    let request = crate::sponsorships::request(&app, &event, "Amina Njeri", "female", "25-34").await;
    let path = format!("/sponsorship-requests/{request}/documents");
    let receipt: &[(&str, Option<&str>, &[u8])] = &[
        ("kind", None, b"boarding_pass"),
        ("file", Some("boarding-pass.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
    ];
    let uploaded = app.upload(&path, &event.member.token, receipt).await;
    assert_eq!(uploaded.status, StatusCode::CREATED, "{}", uploaded.text);
    assert_eq!(uploaded.body["content_type"], "image/png");
    let stranger = app.applicant().await;
    app.organisation(&stranger).await;
    assert_eq!(app.get(&path, &stranger.token).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get(&format!("/documents/{}", uploaded.id()), &stranger.token)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.get(&path, &event.officer.token).await.body["total"], 1);

    let rejected = crate::sponsorships::decide(&app, &event, &request, "rejected").await;
    assert_eq!(rejected.status, StatusCode::OK, "{}", rejected.text);
    let late = app.upload(&path, &event.member.token, receipt).await;
    assert_eq!(late.status, StatusCode::CONFLICT, "{}", late.text);
    assert_eq!(late.problem_type(), "document-locked");
}

#[tokio::test]
async fn rotating_the_data_key_re_encrypts_every_chunk_and_the_old_key_can_then_go() {
    use grantdesk::documents::keys::DataKeys;
    use grantdesk::documents::storage::{ContentStore, DatabaseStore};
    let old_key = [3_u8; 32];
    let encoded = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, old_key);
    let app = spawn_app_with(&[("GRANTDESK_DATA_KEY", encoded.as_str())]).await;
    let (member, application) = draft(&app).await;
    let text = "Staff list: ".repeat(200_000);
    let uploaded = app
        .upload_to_application(&member, &application, "staff.txt", text.as_bytes())
        .await;
    assert_eq!(uploaded.status, StatusCode::CREATED, "{}", uploaded.text);
    let content: Vec<sea_orm::prelude::Uuid> = chunk_contents(&app).await;

    let new_key = [9_u8; 32];
    let rotating = DatabaseStore::new(app.db.clone(), DataKeys::with_previous(&new_key, &[old_key]));
    assert_eq!(rotating.stale_chunks().await.unwrap(), 3);
    let moved = grantdesk::documents::service::rotate_keys(&rotating).await.unwrap();
    assert_eq!(moved, 3);
    assert_eq!(rotating.stale_chunks().await.unwrap(), 0);
    assert_eq!(
        grantdesk::documents::service::rotate_keys(&rotating).await.unwrap(),
        0,
        "resuming finds nothing left"
    );

    let new_only = DatabaseStore::new(app.db.clone(), DataKeys::new(&new_key));
    let old_only = DatabaseStore::new(app.db.clone(), DataKeys::new(&old_key));
    let mut read = Vec::new();
    for number in 0..3 {
        read.extend(new_only.get(content[0], number).await.expect("opens with the new key"));
        assert!(
            old_only.get(content[0], number).await.is_err(),
            "the old key no longer opens it"
        );
    }
    assert!(read == text.as_bytes());
}

async fn chunk_contents(app: &TestApp) -> Vec<sea_orm::prelude::Uuid> {
    let backend = app.db.get_database_backend();
    app.db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT DISTINCT content_id FROM document_chunks",
        ))
        .await
        .expect("rows")
        .into_iter()
        .map(|row| row.try_get("", "content_id").expect("uuid"))
        .collect()
}
