//! The staff workspace's shell: who reaches `/staff`, and which sections each role sees.

use axum::http::StatusCode;
use grantdesk::auth::Role;

use crate::portal::{Browser, location};
use crate::support::spawn_app;

#[tokio::test]
async fn the_workspace_lists_the_sections_of_the_readers_roles_only() {
    let app = spawn_app().await;
    let finance = app.user(&[Role::Finance]).await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&finance).await;
    let dashboard = browser.get("/portal").await;
    assert!(dashboard.text.contains(r#"href="/staff""#), "{}", dashboard.text);
    let page = browser.get("/staff").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("Payments"), "{}", page.text);
    assert!(!page.text.contains(r#"href="/staff/calls""#), "{}", page.text);
    assert!(!page.text.contains(r#"href="/staff/calls""#));
    assert!(!page.text.contains(r#"href="/staff/reviews""#));
}

#[tokio::test]
async fn an_applicant_finds_no_workspace_and_a_visitor_is_asked_to_sign_in() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let mut browser = Browser::new(&app);
    let visitor = browser.get("/staff").await;
    assert_eq!(visitor.status, StatusCode::SEE_OTHER);
    assert_eq!(location(&visitor), "/sign-in?next=%2Fstaff");
    browser.sign_in(&applicant.email).await;
    assert!(!browser.get("/portal").await.text.contains(r#"href="/staff""#));
    assert_eq!(browser.get("/staff").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_workspace_speaks_the_readers_language() {
    let app = spawn_app().await;
    let reviewer = app.reviewer().await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&reviewer).await;
    browser.get("/language/fr?back=%2Fstaff").await;
    let page = browser.get("/staff").await;
    assert!(page.text.contains("Évaluations"), "{}", page.text);
}

#[tokio::test]
async fn the_workspace_home_passes_axe_in_a_real_browser() {
    if !crate::browser::browser_available("the_workspace_home_passes_axe_in_a_real_browser") {
        return;
    }
    let app = spawn_app().await;
    let admin = app.admin().await;
    let browser = crate::browser::Browser::open(&app, true).await;
    browser.sign_in_as(&app, &admin).await;
    browser.visit("/portal").await;
    browser.click("Workspace").await;
    assert_eq!(browser.path().await, "/staff");
    let text = browser.text().await;
    assert!(text.contains("Finance reports"), "{text}");
    assert!(text.contains("Audit trail"), "{text}");
    browser.check_accessibility().await;
    browser.close().await;
}
