//! The review cycle in a real browser, as its people use it, with axe on every page
//! (`browser.rs`'s harness): an officer screens a submitted application from the queue and
//! assigns two reviewers; each reviewer scores it (the first saves, comes back and
//! submits); the officer reads the ranking, opens the reviews inline and awards the grant
//! in two tranches (the form's running total says when they differ from the award), checks
//! the decision on the check page, changes it and records it.

use fantoccini::Locator;
use grantdesk::clock::Clock;

use crate::browser::{Browser, browser_available};
use crate::support::spawn_app;

/// What the decision form's running total of the tranches says now.
async fn live_total(browser: &Browser) -> String {
    let region = browser
        .client
        .find(Locator::Id("tranche-total"))
        .await
        .expect("the tranches' running total");
    assert_eq!(
        region.attr("aria-live").await.expect("attribute").as_deref(),
        Some("polite")
    );
    region.text().await.expect("its text")
}

/// A reviewer scores the application from their assignments.
pub(crate) async fn score(browser: &Browser, title: &str, (relevance, feasibility): (&str, &str), comment: &str) {
    browser.visit("/staff/reviews").await;
    browser.click(title).await;
    browser.fill("Relevance", relevance).await;
    browser.fill("Feasibility", feasibility).await;
    browser.fill("Comments", comment).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_screens_assigns_ranks_and_awards_while_reviewers_score_in_the_browser() {
    if !browser_available("an_officer_screens_assigns_ranks_and_awards_while_reviewers_score_in_the_browser") {
        return;
    }
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app
        .submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    let title = app
        .get(&format!("/applications/{application}"), &scene.officer.token)
        .await
        .body["title"]
        .as_str()
        .expect("title")
        .to_owned();
    let first = app.reviewer().await;
    let second = app.reviewer().await;
    let call_title = "Youth and women leading prevention";
    let browser = Browser::open(&app, true).await;
    browser.sign_in_as(&app, &scene.officer).await;

    browser.visit("/staff/screening").await;
    browser.click(&title).await;
    browser.choose("Legally registered CSO").await;
    browser.choose("Two years of activity").await;
    browser.click("Record the finding").await;
    assert!(browser.text().await.contains("The eligibility finding is recorded"));

    browser.click(&format!("Assign reviewers – {call_title}")).await;
    for reviewer in [&first, &second] {
        browser
            .pick(&format!("Reviewer – {title}"), &reviewer.id.to_string())
            .await;
        browser.click(&format!("Assign – {title}")).await;
    }
    let assigned = browser.text().await;
    assert_eq!(assigned.matches("Waiting for the review").count(), 2, "{assigned}");

    browser.switch_to(&app, &first).await;
    score(&browser, &title, ("4", "3"), "Clear plan; the budget is modest.").await;
    browser.click("Save and come back later").await;
    assert!(browser.text().await.contains("Your review is saved"));
    browser.click(&title).await;
    let page = browser.text().await;
    assert!(page.contains("Last saved"), "{page}");
    browser.fill("Relevance", "5").await;
    browser.click("Submit review").await;
    assert!(browser.text().await.contains("Your review is submitted"));

    browser.switch_to(&app, &second).await;
    score(&browser, &title, ("9", "2"), "Ambitious.").await;
    browser.click("Submit review").await;
    assert!(browser.text().await.contains("Enter a whole number from 0 to 5"));
    browser.fill("Relevance", "3").await;
    browser.click("Submit review").await;
    assert!(browser.text().await.contains("Your review is submitted"));

    app.passed_due_diligence(&scene.officer, &scene.organisation).await;
    app.approved_risk(&scene.officer, &application, "low").await;
    browser.switch_to(&app, &scene.officer).await;
    browser.visit(&format!("/staff/calls/{}/ranking", scene.call)).await;
    let summary = browser
        .client
        .find(Locator::Css("details.reviews summary"))
        .await
        .expect("the reviews' summary");
    summary.click().await.expect("opened");
    browser.check_accessibility().await;
    let ranking = browser.text().await;
    assert!(ranking.contains("Clear plan; the budget is modest."), "{ranking}");
    assert!(ranking.contains("Weighted mean"), "{ranking}");
    browser.screenshot("staff-ranking").await;

    browser.click(&format!("Decide – {title}")).await;
    browser.choose("Award a grant").await;
    browser.fill("Reason", "Strong, well-reviewed proposal.").await;
    browser.fill("Amount awarded (EUR)", "20000.00").await;
    browser.fill("Amount of tranche 1", "12000.00").await;
    assert_eq!(
        live_total(&browser).await,
        "The tranches add up to 12,000.00 EUR, which differs from the amount awarded (20,000.00 EUR)."
    );
    browser.fill("Amount of tranche 2", "8000.00").await;
    assert_eq!(
        live_total(&browser).await,
        "The tranches add up to 20,000.00 EUR, the amount awarded."
    );
    let due = |days| {
        (app.clock.now() + chrono::Duration::days(days))
            .format("%Y-%m-%d")
            .to_string()
    };
    browser.set_value("Due date of tranche 1", &due(10)).await;
    browser.set_value("Due date of tranche 2", &due(180)).await;
    browser.click("Continue").await;
    let check = browser.text().await;
    for shown in [
        "Check the decision before you record it",
        "Award a grant",
        "Strong, well-reviewed proposal.",
        "20,000.00 EUR",
        "12,000.00 EUR",
        "8,000.00 EUR",
        "The tranches add up to the amount awarded.",
    ] {
        assert!(check.contains(shown), "{shown} in {check}");
    }
    let undecided = app
        .get(&format!("/applications/{application}"), &scene.member.token)
        .await;
    assert_eq!(undecided.body["status"], "under_review", "nothing is recorded yet");
    browser.click("Change Tranches").await;
    assert_eq!(
        live_total(&browser).await,
        "The tranches add up to 20,000.00 EUR, the amount awarded.",
        "the form comes back with what was typed"
    );
    browser.click("Continue").await;
    browser.click("Record the decision").await;
    assert!(
        browser
            .path()
            .await
            .starts_with(&format!("/staff/calls/{}/ranking", scene.call))
    );
    assert!(browser.text().await.contains("Awarded"));
    let decided = app
        .get(&format!("/applications/{application}"), &scene.member.token)
        .await;
    assert_eq!(decided.body["status"], "awarded");
    browser.close().await;
}
