//! An officer's due diligence, risk assessment and audit trail walked in a real browser,
//! with axe on every page: the sanctions candidate beside the listed entry, adjudicated
//! with a reason, the checklist completed; a high risk recorded and seen in the heat map,
//! approved by a second officer; and those actions read back in the audit trail.

use fantoccini::Locator;

use crate::browser::{Browser, browser_available};
use crate::staff_diligence::{application, organisation_named};
use crate::support::{TestApp, spawn_app};

/// The six checks of the standard checklist, as their finding fields are labelled.
pub(crate) const CHECKS: [&str; 6] = [
    "Legal registration verified with the registering authority",
    "Governing documents (statutes, by-laws) on file and current",
    "Governance and independence: the organisation is not government-controlled",
    "Audited financial statements or equivalent for the last financial year",
    "Bank account verified in the organisation's own name",
    "Organisation and members screened against the UN Security Council Consolidated List",
];

#[tokio::test]
async fn an_officer_adjudicates_a_sanctions_candidate_completes_diligence_and_a_second_officer_approves_a_high_risk() {
    if !browser_available("an_officer_adjudicates_a_sanctions_candidate") {
        return;
    }
    let app = spawn_app().await;
    app.import_sanctions(TestApp::sample_list()).await;
    let member = app.applicant().await;
    let organisation = organisation_named(&app, &member, "Al-Rasheed Trust").await;
    let application = application(&app).await;
    let officer = app.officer().await;
    let browser = Browser::open(&app, true).await;
    browser.sign_in_as(&app, &officer).await;

    browser.visit("/staff").await;
    browser.click("Due diligence").await;
    assert_eq!(browser.path().await, "/staff/diligence");
    browser.click("Al-Rasheed Trust").await;
    assert_eq!(browser.path().await, format!("/staff/diligence/{organisation}"));
    browser.click("Start a new assessment").await;
    browser.click("Screen the organisation and its members").await;
    let text = browser.text().await;
    assert!(text.contains("Possible match with entry QDe.005"), "{text}");
    assert!(text.contains("AL RASHID TRUST"), "{text}");
    assert!(text.contains("All listed names and aliases"), "{text}");
    assert!(text.contains("Listed on"), "{text}");
    browser.screenshot("staff-diligence-match").await;

    browser.choose("No, a false positive").await;
    browser
        .fill("Reason", "Registered in another country, founded after the listing")
        .await;
    browser.click("Record the finding").await;
    let text = browser.text().await;
    assert!(text.contains("Registered in another country"), "{text}");
    assert!(text.contains("No, a false positive"), "{text}");

    for check in CHECKS {
        browser.select(&format!("Finding: {check}"), "Passed").await;
        browser.fill(&format!("Evidence note: {check}"), "Seen and filed").await;
    }
    browser.click("Save the checklist").await;
    browser.click("Check and complete").await;
    let text = browser.text().await;
    assert!(text.contains("Check the assessment before completing it"), "{text}");
    browser.click("Complete the assessment").await;
    assert_eq!(browser.path().await, format!("/staff/diligence/{organisation}"));
    let text = browser.text().await;
    assert!(text.contains("Standing\nValid until"), "{text}");

    browser.visit(&format!("/staff/risk/{application}")).await;
    browser
        .fill("What could happen (risk 1)", "Participants identified by local militia")
        .await;
    browser.fill("Likelihood of risk 1", "4").await;
    browser.fill("Impact of risk 1", "5").await;
    browser
        .fill("Mitigation of risk 1", "Closed venue, no photographs")
        .await;
    browser.choose("High").await;
    browser.click("Save the assessment").await;
    let svg = browser
        .client
        .find(Locator::Css("svg.chart__svg title"))
        .await
        .expect("the heat map")
        .html(true)
        .await
        .expect("its title");
    assert!(svg.contains("Risks by likelihood and impact"), "{svg}");
    let cell = browser
        .client
        .find(Locator::XPath(
            "//*[name()='text' and @font-weight='700' and text()='1']",
        ))
        .await;
    assert!(cell.is_ok(), "the risk is counted in its cell");
    browser.click("Approve the assessment").await;
    assert!(browser.text().await.contains("You gave the first approval"));
    browser.close().await;

    let second = app.officer().await;
    let browser = Browser::open(&app, true).await;
    browser.sign_in_as(&app, &second).await;
    browser.visit(&format!("/staff/risk/{application}")).await;
    browser.click("Give the second approval").await;
    let text = browser.text().await;
    assert!(text.contains("Approved on"), "{text}");
    browser.click("See the audit trail").await;
    let text = browser.text().await;
    assert!(
        text.contains("Gave the first approval of a high residual risk"),
        "{text}"
    );
    assert!(text.contains("Approved the risk assessment"), "{text}");
    assert!(text.contains("verifies"), "{text}");

    browser.visit(&format!("/staff/diligence/{organisation}")).await;
    browser.click("See the audit trail").await;
    let text = browser.text().await;
    assert!(text.contains("Adjudicated a possible sanctions match"), "{text}");
    assert!(text.contains("Registered in another country"), "{text}");
    assert!(text.contains("Completed the due-diligence assessment"), "{text}");
    assert!(text.contains("Test officer"), "who acted is named: {text}");
    browser.close().await;
}

#[tokio::test]
async fn an_officer_uploads_evidence_for_a_check_and_opens_it() {
    if !browser_available("an_officer_uploads_evidence_for_a_check") {
        return;
    }
    let app = spawn_app().await;
    let member = app.applicant().await;
    let organisation = organisation_named(&app, &member, "Women Mediators Network").await;
    let officer = app.officer().await;
    let browser = Browser::open(&app, false).await;
    browser.sign_in_as(&app, &officer).await;
    browser.visit(&format!("/staff/diligence/{organisation}")).await;
    browser.click("Start a new assessment").await;
    let check = CHECKS[4];
    let letter = "Bank letter: account 00123 held by the organisation itself.\n";
    let _file = crate::browser_award::attach(
        &browser,
        &format!("Evidence file for “{check}”"),
        "bank-letter.txt",
        letter.as_bytes(),
    )
    .await;
    browser.click(&format!("Upload the evidence {check}")).await;
    assert_eq!(browser.path().await, format!("/staff/diligence/{organisation}"));
    let text = browser.text().await;
    assert!(text.contains("Evidence files: bank-letter.txt"), "{text}");
    assert_eq!(browser.download_text("bank-letter.txt").await, letter);
    browser.close().await;
}
