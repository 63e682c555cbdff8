//! One grant's whole life in a real browser, every step through the pages its people use
//! (only the users, the applicant's organisation and the sanctions list are seeded), with
//! axe on every page visited: an officer builds a call with a form and publishes it; an
//! applicant finds it on the home page, applies answering its question and submits; the
//! officer screens it eligible and assigns two reviewers; both score it; the officer
//! meets the award gate from the decision form's links (due diligence, risk assessment),
//! reads the ranking and awards the grant in two tranches (through the check page); the
//! applicant accepts the terms; finance user A requests the first tranche, finance user B
//! approves and pays it; and the disbursement report's CSV, downloaded and parsed, shows
//! the money paid.

use chrono::{DateTime, Duration, Utc};
use fantoccini::Locator;
use grantdesk::clock::Clock;

use crate::browser::{Browser, browser_available};
use crate::browser_staff_calls::fill_the_call;
use crate::browser_staff_diligence::CHECKS;
use crate::browser_staff_review::score;
use crate::support::{Actor, TestApp, spawn_app};

const CALL: &str = "Mothers against recruitment 2027";
const PROJECT: &str = "Mothers as first responders";
const QUESTION: &str = "How many mothers will you train?";

/// The people of the cycle (seeded: the only thing not done in the browser).
struct Cast {
    officer: Actor,
    member: Actor,
    reviewers: [Actor; 2],
    finance: [Actor; 2],
}

async fn cast(app: &TestApp) -> Cast {
    app.import_sanctions(TestApp::sample_list()).await;
    let member = app.applicant().await;
    app.organisation(&member).await;
    Cast {
        officer: app.officer().await,
        member,
        reviewers: [app.reviewer().await, app.reviewer().await],
        finance: [app.finance().await, app.finance().await],
    }
}

/// The officer builds the call with one required question of their own and publishes it.
async fn build_and_publish_the_call(browser: &Browser, now: DateTime<Utc>) {
    browser.visit("/staff/calls").await;
    browser.click("Create a call").await;
    let closes = (now + Duration::days(30)).format("%Y-%m-%d").to_string();
    fill_the_call(browser, CALL, now, &closes).await;
    browser.click("Save the draft").await;
    assert!(browser.text().await.contains("The call is saved as a draft"));
    browser.click("Build the application form").await;
    browser.fill("Question", QUESTION).await;
    browser.select("Kind of answer", "Short text").await;
    browser.choose("Applicants must answer it (when it is shown)").await;
    browser.click("Add the question").await;
    browser.click("Back to the call").await;
    browser.click("Publish").await;
    browser.click("Publish the call").await;
    assert!(browser.text().await.contains("The call is published"));
}

/// The applicant finds the call on the home page, applies (the question is required:
/// refused once), checks the answers and submits.
async fn apply(browser: &Browser) {
    browser.visit("/").await;
    browser.click(CALL).await;
    assert!(browser.text().await.contains(QUESTION));
    browser.apply_first_page(PROJECT, "24500.00").await;
    browser.click("Save and continue").await;
    assert!(browser.text().await.contains("Not answered"));
    browser.click("Submit application").await;
    let refused = browser.text().await;
    assert!(refused.contains("There is a problem"), "{refused}");
    browser.click(&format!("Change {QUESTION}")).await;
    browser.fill(QUESTION, "Forty").await;
    browser.click("Save and continue").await;
    let check = browser.text().await;
    assert!(check.contains("Check your answers before submitting"), "{check}");
    assert!(check.contains("Forty"), "{check}");
    browser.click("Submit application").await;
    assert!(browser.text().await.contains("Application submitted"));
}

/// The officer screens the application eligible and assigns both reviewers.
async fn screen_and_assign(browser: &Browser, reviewers: &[Actor; 2]) {
    browser.visit("/staff/screening").await;
    browser.click(PROJECT).await;
    browser.choose("Registered civil-society organisation").await;
    browser.click("Record the finding").await;
    assert!(browser.text().await.contains("The eligibility finding is recorded"));
    browser.click(&format!("Assign reviewers – {CALL}")).await;
    for reviewer in reviewers {
        browser
            .pick(&format!("Reviewer – {PROJECT}"), &reviewer.id.to_string())
            .await;
        browser.click(&format!("Assign – {PROJECT}")).await;
    }
    let assigned = browser.text().await;
    assert_eq!(assigned.matches("Waiting for the review").count(), 2, "{assigned}");
}

/// Opens the decision form from the ranking and fills an award of 20,000.00 in two
/// tranches (12,000.00 now, 8,000.00 in six months), then asks to check it (the check
/// page, or the form again with what stops it).
async fn award(browser: &Browser, call: &str, now: DateTime<Utc>) {
    browser.visit(&format!("/staff/calls/{call}/ranking")).await;
    browser.click(&format!("Decide – {PROJECT}")).await;
    browser.choose("Award a grant").await;
    browser.fill("Reason", "Strong, well-reviewed proposal.").await;
    browser.fill("Amount awarded (EUR)", "20000.00").await;
    let tranches = [
        ("12000.00", now + Duration::days(10)),
        ("8000.00", now + Duration::days(180)),
    ];
    for (number, (amount, due)) in (1..).zip(tranches) {
        browser.fill(&format!("Amount of tranche {number}"), amount).await;
        let due = due.format("%Y-%m-%d").to_string();
        browser.set_value(&format!("Due date of tranche {number}"), &due).await;
    }
    browser.click("Continue").await;
}

/// From the refused decision, the officer follows the gate's link to the organisation's
/// due diligence: screens it, passes the checklist and completes it.
async fn complete_diligence(browser: &Browser) {
    browser
        .click("The organisation has no completed due-diligence assessment")
        .await;
    browser.click("Start a new assessment").await;
    browser.click("Screen the organisation and its members").await;
    for check in CHECKS {
        browser.select(&format!("Finding: {check}"), "Passed").await;
        browser.fill(&format!("Evidence note: {check}"), "Seen and filed").await;
    }
    browser.click("Save the checklist").await;
    browser.click("Check and complete").await;
    browser.click("Complete the assessment").await;
    assert!(browser.text().await.contains("Valid until"));
}

/// From the refused decision, the officer follows the gate's link to the application's
/// risk assessment, records a low risk and approves it.
async fn approve_low_risk(browser: &Browser) {
    browser.click("The application has no do-no-harm risk assessment").await;
    browser
        .fill("What could happen (risk 1)", "Participants recognised at the venue")
        .await;
    browser.fill("Likelihood of risk 1", "2").await;
    browser.fill("Impact of risk 1", "2").await;
    browser.fill("Mitigation of risk 1", "Closed venue").await;
    browser.choose("Low").await;
    browser.click("Save the assessment").await;
    browser.click("Approve the assessment").await;
    assert!(browser.text().await.contains("Approved on"));
}

/// The applicant opens the award from their portal and accepts its terms; answers the
/// award's reference.
async fn accept_the_award(browser: &Browser) -> String {
    browser.visit("/portal").await;
    let link = browser
        .client
        .find(Locator::Css("a[href^='/portal/awards/']"))
        .await
        .expect("the award on the portal");
    let reference = link.text().await.expect("the award's reference");
    browser.click(&reference).await;
    assert!(browser.text().await.contains("20,000.00"));
    browser.click("Accept the terms").await;
    browser
        .choose("I have read the award letter and accept its terms on behalf of my organisation")
        .await;
    browser.click("Accept the terms").await;
    assert!(browser.text().await.contains("Terms accepted by"));
    reference
}

/// Finance A requests the first tranche; B approves it and records it paid.
async fn pay_the_first_tranche(browser: &Browser, app: &TestApp, finance: &[Actor; 2], reference: &str) {
    browser.switch_to(app, &finance[0]).await;
    browser.visit("/staff/payments").await;
    browser.click(reference).await;
    browser.fill("Amount", "12000.00").await;
    browser.fill("Payee's bank reference", "IBAN KE12 3456 7890").await;
    browser.click("Request payment").await;
    assert!(browser.text().await.contains("The payment was requested"));
    browser.switch_to(app, &finance[1]).await;
    browser.visit("/staff/payments").await;
    assert!(browser.text().await.contains("Waiting for your approval"));
    browser.click(&format!("{reference} · 1")).await;
    browser.click("Approve payment").await;
    assert!(browser.text().await.contains("The payment was approved"));
    browser.fill("Bank's payment reference", "BANK-CYCLE-0001").await;
    browser.click("Record payment").await;
    assert!(browser.text().await.contains("The payment was recorded as paid"));
}

/// The disbursement report grouped by call, its totals downloaded as CSV: rows by heading.
async fn disbursement_totals(browser: &Browser) -> Vec<std::collections::HashMap<String, String>> {
    browser.visit("/staff/reports").await;
    browser.choose("Disbursement report").await;
    browser.pick("Group the disbursement report by", "call").await;
    browser.click("Show report").await;
    let csv = browser.download_text("Totals (CSV)").await;
    crate::finance_ledger::csv_table(&csv)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_grant_goes_from_a_new_call_to_a_paid_tranche_through_the_pages_of_each_role() {
    if !browser_available("a_grant_goes_from_a_new_call_to_a_paid_tranche") {
        return;
    }
    let app = spawn_app().await;
    let cast = cast(&app).await;
    let now = app.clock.now();
    let browser = Browser::open(&app, true).await;

    browser.sign_in_as(&app, &cast.officer).await;
    build_and_publish_the_call(&browser, now).await;
    let path = browser.path().await;
    let call = path.split(['/', '?']).nth(3).expect("the call's page").to_owned();

    browser.switch_to(&app, &cast.member).await;
    apply(&browser).await;

    browser.switch_to(&app, &cast.officer).await;
    screen_and_assign(&browser, &cast.reviewers).await;

    for (reviewer, scores) in cast.reviewers.iter().zip([("4", "3"), ("5", "4")]) {
        browser.switch_to(&app, reviewer).await;
        score(&browser, PROJECT, scores, "A careful plan with a modest budget.").await;
        browser.click("Submit review").await;
        assert!(browser.text().await.contains("Your review is submitted"));
    }

    browser.switch_to(&app, &cast.officer).await;
    award(&browser, &call, now).await;
    let refused = browser.text().await;
    assert!(refused.contains("The award cannot be made yet"), "{refused}");
    complete_diligence(&browser).await;
    award(&browser, &call, now).await;
    approve_low_risk(&browser).await;
    browser.visit(&format!("/staff/calls/{call}/ranking")).await;
    let ranking = browser.text().await;
    assert!(
        ranking.contains("Weighted mean") && ranking.contains(PROJECT),
        "{ranking}"
    );
    award(&browser, &call, now).await;
    let check = browser.text().await;
    assert!(check.contains("Check the decision before you record it"), "{check}");
    browser.click("Record the decision").await;
    assert!(
        browser
            .path()
            .await
            .starts_with(&format!("/staff/calls/{call}/ranking"))
    );
    assert!(browser.text().await.contains("Awarded"));

    browser.switch_to(&app, &cast.member).await;
    let reference = accept_the_award(&browser).await;
    pay_the_first_tranche(&browser, &app, &cast.finance, &reference).await;

    let totals = disbursement_totals(&browser).await;
    let row = totals
        .iter()
        .find(|row| row.values().any(|cell| cell == CALL))
        .unwrap_or_else(|| panic!("the call in {totals:?}"));
    assert_eq!(row["Paid"], "12000.00", "{row:?}");
    browser.close().await;
}
