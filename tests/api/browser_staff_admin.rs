//! The admins' pages in a real browser: an admin invites a member of staff, changes their
//! roles, loads a sanctions list from a file, and tries a failed email again from the
//! outbox. axe runs on every page visited.

use sea_orm::{ConnectionTrait, Statement};

use crate::browser::{Browser, browser_available};
use crate::browser_apply::{attach, select};
use crate::support::spawn_app;

#[tokio::test]
async fn an_admin_invites_staff_changes_a_role_loads_a_list_and_retries_an_email() {
    if !browser_available("an_admin_invites_staff_changes_a_role_loads_a_list_and_retries_an_email") {
        return;
    }
    let app = spawn_app().await;
    let admin = app.admin().await;
    let browser = Browser::open(&app, true).await;
    browser.sign_in_as(&app, &admin).await;

    browser.visit("/staff").await;
    browser.click("Users").await;
    assert_eq!(browser.path().await, "/staff/users");
    browser.fill("Email address", "leila.nasser@office.example").await;
    browser.fill("Full name", "Leila Nasser").await;
    browser.choose("Reviewer").await;
    browser.click("Send invitation").await;
    let page = browser.text().await;
    assert!(page.contains("The invitation was sent"), "{page}");
    browser.click("Leila Nasser").await;
    browser.choose("Reviewer").await;
    browser.choose("Grant officer").await;
    browser.click("Save roles").await;
    let page = browser.text().await;
    assert!(page.contains("The roles were changed"), "{page}");
    assert!(page.contains("Grant officer"), "{page}");
    browser.click("Deactivate account").await;
    assert!(browser.text().await.contains("Deactivate Leila Nasser's account?"));
    browser.click("No, go back").await;

    let directory = tempfile::tempdir().expect("a directory");
    let path = directory.path().join("consolidated.xml");
    std::fs::write(&path, crate::staff_admin::TWO_ENTRY_LIST).expect("the list on disk");
    browser.visit("/staff/sanctions").await;
    attach(&browser, "List file", &path).await;
    browser.click("Load list").await;
    let page = browser.text().await;
    assert!(page.contains("The new list was loaded"), "{page}");
    assert!(page.contains("Entries\n2") || page.contains("Entries 2"), "{page}");

    let backend = app.db.get_database_backend();
    let failed = "UPDATE outbox SET status = 'failed', attempts = 8, last_error = '550 mailbox unavailable' \
                  WHERE recipient = 'leila.nasser@office.example'";
    app.db
        .execute_raw(Statement::from_string(backend, failed.to_owned()))
        .await
        .expect("the invitation failed");
    browser.visit("/staff/outbox").await;
    select(&browser, "status", "Failed").await;
    browser.click("Filter").await;
    let page = browser.text().await;
    assert!(page.contains("550 mailbox unavailable"), "{page}");
    browser.click("Try again").await;
    let page = browser.text().await;
    assert!(page.contains("The message is queued again"), "{page}");
    browser.visit("/staff/outbox?status=queued").await;
    assert!(browser.text().await.contains("leila.nasser@office.example"));
    browser.close().await;
}
