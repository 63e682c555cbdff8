//! Events and travel sponsorship in a real browser: an officer opens the event from the
//! workspace, approves one request and puts another on the waiting list from their pages,
//! and opens the representation charts, where they set the targets and the regions and
//! download the figures for them. axe runs on every page visited.

use crate::browser::{Browser, browser_available};
use crate::sponsorships::{open_event, request};
use crate::support::spawn_app;

#[tokio::test]
async fn an_officer_approves_one_request_waitlists_another_and_reads_the_representation() {
    if !browser_available("an_officer_approves_one_request_waitlists_another_and_reads_the_representation") {
        return;
    }
    let app = spawn_app().await;
    let event = open_event(&app, "3600.00").await;
    request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    request(&app, &event, "Brian Otieno", "male", "18-24").await;
    let browser = Browser::open(&app, true).await;
    browser.sign_in_as(&app, &event.officer).await;
    browser.visit("/staff").await;
    browser.click("Events and travel").await;
    assert_eq!(browser.path().await, "/staff/events");
    browser
        .click("Regional conference on preventing violent extremism")
        .await;
    let page = browser.text().await;
    assert!(page.contains("Sponsorship budget of 3,600.00 EUR"), "{page}");
    assert!(page.contains("Nobody is on the waiting list"), "{page}");

    browser.click("Decide Amina Wanjiru").await;
    let page = browser.text().await;
    assert!(page.contains("Terminal expenses"), "{page}");
    browser.click("Record the decision").await;
    let page = browser.text().await;
    assert!(page.contains("Enter the reason for the decision"), "{page}");
    browser.choose("Approve").await;
    browser.fill("Reason", "Speaks on the first panel.").await;
    browser.click("Record the decision").await;
    let page = browser.text().await;
    assert!(page.contains("The request was approved."), "{page}");
    assert!(page.contains("Available: 1,830.19 EUR"), "{page}");

    browser.click("Decide Brian Otieno").await;
    browser.choose("Put on the waiting list").await;
    browser.fill("Reason", "Room may come after the first round.").await;
    browser.click("Record the decision").await;
    let page = browser.text().await;
    assert!(page.contains("The request was put on the waiting list."), "{page}");
    let waitlist = page.split("Waiting list").nth(1).unwrap_or_default();
    assert!(waitlist.contains("Brian Otieno"), "{page}");
    browser.screenshot("staff-events").await;

    browser.click("Representation of participants").await;
    let page = browser.text().await;
    assert!(page.contains("Approved travellers by gender"), "{page}");
    assert!(page.contains("Download the figures (CSV)"), "{page}");
    assert!(page.contains("Sub-Saharan Africa"), "{page}");

    browser.fill("Women, at least (%)", "60").await;
    browser.fill("One region, at most (%)", "120").await;
    browser.select("Count regions by", "UN M49 continents").await;
    browser.click("Show the report").await;
    let page = browser.text().await;
    assert!(page.contains("There is a problem"), "{page}");
    assert!(page.contains("must be a percentage from 0 to 100"), "{page}");
    browser.fill("One region, at most (%)", "90").await;
    browser.click("Show the report").await;
    let page = browser.text().await;
    assert!(!page.contains("There is a problem"), "{page}");
    let path = browser.path().await;
    assert!(
        path.contains("min_women=60") && path.contains("max_region=90"),
        "{path}"
    );
    assert!(page.contains("Africa"), "{page}");
    assert!(!page.contains("Sub-Saharan Africa"), "counted by continent: {page}");
    assert!(
        page.contains("Africa has 100% of approved travellers, above the limit of 90%"),
        "{page}"
    );
    let csv = browser.download_text("Download the figures (CSV)").await;
    assert!(csv.contains("approved,region,Africa,1,100.00"), "{csv}");
    assert!(csv.contains("above the limit of 90%"), "{csv}");
    browser.close().await;
}
