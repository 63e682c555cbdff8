//! Browser walks through the portal's finishing touches (`browser.rs`'s harness, axe on every
//! page): a newcomer opens the link of an invitation email, registers, comes back and joins;
//! the dashboard's upcoming deadlines and calendar link, once in Arabic; a visitor who
//! pressed Apply registers and lands on the apply step, with JavaScript off.

use fantoccini::Locator;
use serde_json::json;

use crate::browser::{Browser, browser_available};
use crate::support::{PASSWORD, spawn_app};

/// Clicks the link reading `text` inside the page's main content (the header has links
/// with the same words).
async fn click_in_main(browser: &Browser, text: &str) {
    let xpath = format!("//main//a[normalize-space()=\"{text}\"]");
    let link = browser
        .client
        .find(Locator::XPath(&xpath))
        .await
        .unwrap_or_else(|_| panic!("a link reading {text:?} in the main content"));
    link.click().await.expect("clicked");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    browser.check_accessibility().await;
}

/// Fills the registration form and sends it.
async fn register(browser: &Browser, name: &str, email: &str) {
    browser.fill("Full name", name).await;
    browser.fill("Email address", email).await;
    browser.fill("Create a password", PASSWORD).await;
    browser.click("Create account").await;
}

#[tokio::test]
async fn a_newcomer_follows_an_invitation_link_registers_comes_back_and_joins_the_organisation() {
    if !browser_available("a_newcomer_follows_an_invitation_link_registers_comes_back_and_joins_the_organisation") {
        return;
    }
    let app = spawn_app().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let invitee = "joining@cso.example";
    let path = format!("/organisations/{organisation}/invitations");
    app.post(&path, &member.token, json!({ "email": invitee })).await;
    let token = app.invitation_token(invitee).await;

    let browser = Browser::open(&app, true).await;
    browser.visit(&format!("/invitations/{token}")).await;
    assert!(browser.text().await.contains("You are invited to join"));
    browser.screenshot("invitation").await;
    click_in_main(&browser, "Create an account").await;
    register(&browser, "Joan Mwangi", invitee).await;
    assert_eq!(
        browser.path().await,
        format!("/invitations/{token}"),
        "back on the invitation"
    );
    browser.click("Accept and join").await;
    assert_eq!(
        browser.path().await,
        format!("/portal/organisations/{organisation}/members?done=joined")
    );
    let text = browser.text().await;
    assert!(text.contains("You are now a member of this organisation."));
    assert!(text.contains("Joan Mwangi"));
    browser.close().await;
}

#[tokio::test]
async fn the_dashboard_shows_upcoming_deadlines_with_their_time_zone_and_a_calendar_link_in_arabic() {
    if !browser_available("the_dashboard_shows_upcoming_deadlines_with_their_time_zone_and_a_calendar_link_in_arabic") {
        return;
    }
    let app = spawn_app().await;
    let scene = app.scene().await;
    app.draft_application(&scene.member, &scene.organisation, &scene.call)
        .await;

    let browser = Browser::open(&app, true).await;
    browser.visit("/sign-in").await;
    browser.fill("Email address", &scene.member.email).await;
    browser.fill("Password", PASSWORD).await;
    browser.click("Sign in").await;
    let english = browser.text().await;
    assert!(english.contains("Upcoming deadlines"));
    assert!(
        english.contains("Call closes: Youth and women leading prevention"),
        "{english}"
    );
    assert!(english.contains("UTC"));
    let times = browser
        .client
        .find_all(Locator::Css("main time[datetime]"))
        .await
        .expect("times");
    assert!(!times.is_empty(), "each deadline is a <time>");

    browser.visit("/language/ar?back=%2Fportal").await;
    assert_eq!(browser.html_attribute("dir").await, "rtl");
    let arabic = browser.text().await;
    assert!(arabic.contains("المواعيد النهائية القادمة"), "{arabic}");
    browser.screenshot("dashboard-deadlines-arabic").await;
    browser.click("احصل على رابط التقويم").await;
    let field = browser
        .client
        .find(Locator::Id("calendar-url"))
        .await
        .expect("the address");
    let url = field.prop("value").await.expect("value").expect("an address");
    let prefix = format!("{}/api/v1/me/deadlines.ics?token=", app.state.config.public_url);
    assert!(url.starts_with(&prefix), "an absolute address: {url}");
    let feed = app
        .get(&url[app.state.config.public_url.len() + "/api/v1".len()..], "")
        .await;
    assert!(
        feed.text.contains("BEGIN:VCALENDAR"),
        "the address works: {}",
        feed.text
    );
    browser.close().await;
}

#[tokio::test]
async fn without_javascript_a_visitor_who_pressed_apply_registers_and_lands_on_the_apply_step() {
    if !browser_available("without_javascript_a_visitor_who_pressed_apply_registers_and_lands_on_the_apply_step") {
        return;
    }
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;

    let browser = Browser::open(&app, false).await;
    browser.visit(&format!("/calls/{call}")).await;
    browser.click("Apply").await;
    assert!(browser.path().await.starts_with("/sign-in?next="));
    click_in_main(&browser, "Create an account").await;
    register(&browser, "Omar Farouk", "omar@cso.example").await;
    assert_eq!(browser.path().await, format!("/portal/calls/{call}/apply"));
    assert!(browser.text().await.contains("Youth and women leading prevention"));
    browser.close().await;
}
