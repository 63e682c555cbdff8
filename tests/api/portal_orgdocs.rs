//! The portal's standing documents page of an organisation: listing with kind and expiry,
//! upload, download and delete; bad input, a forged form, the wrong role and another
//! organisation change nothing.

use axum::http::StatusCode;

use crate::portal::{Browser, csrf_token, location};
use crate::support::{TestApp, spawn_app};

const PDF: &[u8] = b"%PDF-1.4\n%standing paper\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

/// Uploads `name` as `kind` valid until `valid_until` with the page's CSRF token.
async fn upload(
    browser: &mut Browser<'_>,
    organisation: &str,
    fields: &[(&str, &str)],
    name: &str,
) -> crate::support::Answer {
    let page_path = format!("/portal/organisations/{organisation}/documents");
    let token = csrf_token(&browser.get(&page_path).await.text);
    let mut all = vec![("csrf_token", token.as_str())];
    all.extend_from_slice(fields);
    browser
        .post_file(&format!("{page_path}/upload"), &all, (name, PDF))
        .await
}

async fn documents(app: &TestApp) -> i64 {
    app.count("documents").await
}

#[tokio::test]
async fn a_member_uploads_lists_downloads_and_deletes_standing_papers_with_their_expiry_in_words() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&member.email).await;
    let page_path = format!("/portal/organisations/{organisation}/documents");

    let dashboard = browser.get("/portal").await;
    assert!(
        dashboard.text.contains(&format!(r#"href="{page_path}""#)),
        "linked from the dashboard"
    );
    assert!(
        dashboard
            .text
            .contains(&format!(r#"href="/portal/organisations/{organisation}/members""#))
    );

    let old = upload(
        &mut browser,
        &organisation,
        &[("kind", "audited_accounts"), ("valid_until", "2001-06-30")],
        "accounts-2000.pdf",
    )
    .await;
    assert_eq!(location(&old), format!("{page_path}?done=uploaded"));
    let current = upload(
        &mut browser,
        &organisation,
        &[("kind", "registration_certificate"), ("valid_until", "")],
        "certificate.pdf",
    )
    .await;
    assert_eq!(location(&current), format!("{page_path}?done=uploaded"));

    let page = browser.get(&format!("{page_path}?done=uploaded")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("The document has been added."));
    assert!(page.text.contains("accounts-2000.pdf") && page.text.contains("Audited accounts"));
    assert!(page.text.contains("30 June 2001"), "{}", page.text);
    assert!(page.text.contains("Registration certificate") && page.text.contains("does not expire"));
    assert_eq!(
        page.text.matches(">expired<").count(),
        1,
        "only the past date is expired"
    );

    let id = page
        .text
        .split("/portal/documents/")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let download = browser.get(&format!("/portal/documents/{id}/download")).await;
    assert_eq!(download.status, StatusCode::OK);
    assert_eq!(download.bytes.as_slice(), PDF);

    let token = csrf_token(&page.text);
    let deleted = browser
        .post_form(&format!("{page_path}/{id}/delete"), &[("csrf_token", &token)])
        .await;
    assert_eq!(location(&deleted), format!("{page_path}?done=deleted"));
    assert_eq!(documents(&app).await, 1);
    let page = browser.get(&format!("{page_path}?done=deleted")).await;
    assert!(page.text.contains("The document has been deleted."));
}

#[tokio::test]
async fn a_bad_date_or_no_file_shows_the_error_summary_and_adds_nothing() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&member.email).await;

    let bad_date = upload(
        &mut browser,
        &organisation,
        &[("kind", "statutes"), ("valid_until", "next year")],
        "statutes.pdf",
    )
    .await;
    assert_eq!(bad_date.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad_date.text);
    assert!(bad_date.text.contains("There is a problem") && bad_date.text.contains(r##"href="#valid_until""##));
    assert!(bad_date.text.contains("Enter the date as year-month-day"));

    let no_file = upload(&mut browser, &organisation, &[("kind", "statutes")], "").await;
    assert_eq!(no_file.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", no_file.text);
    assert!(no_file.text.contains(r##"href="#file""##));
    assert_eq!(documents(&app).await, 0, "nothing added");
}

#[tokio::test]
async fn a_forged_form_another_organisation_and_an_officer_change_nothing() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&member.email).await;
    let page_path = format!("/portal/organisations/{organisation}/documents");
    upload(&mut browser, &organisation, &[("kind", "statutes")], "statutes.pdf").await;
    let page = browser.get(&page_path).await;
    let id = page
        .text
        .split("/portal/documents/")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();

    let forged_upload = browser
        .post_file(
            &format!("{page_path}/upload"),
            &[("csrf_token", "forged")],
            ("x.pdf", PDF),
        )
        .await;
    let forged_delete = browser
        .post_form(&format!("{page_path}/{id}/delete"), &[("csrf_token", "forged")])
        .await;
    assert_eq!(forged_upload.status, StatusCode::FORBIDDEN);
    assert_eq!(forged_delete.status, StatusCode::FORBIDDEN);

    let outsider = app.applicant().await;
    let theirs_organisation = app.organisation(&outsider).await;
    let mut theirs = Browser::new(&app);
    theirs.sign_in(&outsider.email).await;
    assert_eq!(theirs.get(&page_path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        theirs.get(&format!("/portal/documents/{id}/download")).await.status,
        StatusCode::NOT_FOUND
    );
    let token = csrf_token(&theirs.get("/portal").await.text);
    let probe = theirs
        .post_file(
            &format!("{page_path}/upload"),
            &[("csrf_token", &token)],
            ("x.pdf", PDF),
        )
        .await;
    assert_eq!(probe.status, StatusCode::NOT_FOUND);
    let probe = theirs
        .post_form(&format!("{page_path}/{id}/delete"), &[("csrf_token", &token)])
        .await;
    assert_eq!(probe.status, StatusCode::NOT_FOUND);
    let elsewhere = theirs
        .post_form(
            &format!("/portal/organisations/{theirs_organisation}/documents/{id}/delete"),
            &[("csrf_token", &token)],
        )
        .await;
    assert_eq!(
        elsewhere.status,
        StatusCode::NOT_FOUND,
        "a document of another organisation"
    );

    let officer = app.officer().await;
    let mut staff = Browser::new(&app);
    staff.sign_in(&officer.email).await;
    let read = staff.get(&page_path).await;
    assert_eq!(read.status, StatusCode::OK, "officers read");
    assert!(read.text.contains("statutes.pdf"));
    let token = csrf_token(&read.text);
    let refused = staff
        .post_file(
            &format!("{page_path}/upload"),
            &[("csrf_token", &token)],
            ("x.pdf", PDF),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);
    assert_eq!(documents(&app).await, 1, "nothing changed");
}
