//! Browser walk through the officers' calls pages (`browser.rs`'s harness, axe on every
//! page): an officer creates a call, builds its form with a question conditioned on
//! another's answer and one with a word limit, edits a question in place, previews it,
//! publishes it, and finds it on the public home page with
//! the form's questions.

use chrono::{DateTime, Duration, Utc};
use grantdesk::clock::Clock;

use crate::browser::{Browser, browser_available};
use crate::support::spawn_app;

/// Fills the new call's page: `title`, a theme, an eligibility criterion, a two-criterion
/// rubric (Relevance, Feasibility, 0 to 5), money in euros (grants of 5,000 to 30,000),
/// opening yesterday and closing on `closes` (`YYYY-MM-DD`).
pub(crate) async fn fill_the_call(browser: &Browser, title: &str, now: DateTime<Utc>, closes: &str) {
    browser.fill("Title", title).await;
    browser
        .fill("Description", "Grants for women-led community prevention.")
        .await;
    browser.choose("Gender equality").await;
    browser
        .fill("Criterion 1", "Registered civil-society organisation")
        .await;
    browser.fill("Scoring criterion 1: what is scored", "Relevance").await;
    browser.fill("Scoring criterion 1: weight", "0.6").await;
    browser.fill("Scoring criterion 1: lowest score", "0").await;
    browser.fill("Scoring criterion 1: highest score", "5").await;
    browser.fill("Scoring criterion 2: what is scored", "Feasibility").await;
    browser.fill("Scoring criterion 2: weight", "0.4").await;
    browser.fill("Scoring criterion 2: lowest score", "0").await;
    browser.fill("Scoring criterion 2: highest score", "5").await;
    browser.select("Currency", "EUR – Euro").await;
    browser.fill("Budget of the call", "150000.00").await;
    browser.fill("Smallest grant", "5000.00").await;
    browser.fill("Largest grant", "30000.00").await;
    let opens = (now - Duration::days(1)).format("%Y-%m-%d").to_string();
    browser.fill("Opening date", &opens).await;
    browser.fill("Closing date", closes).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_builds_previews_and_publishes_a_call_in_the_browser() {
    if !browser_available("an_officer_builds_previews_and_publishes_a_call_in_the_browser") {
        return;
    }
    let app = spawn_app().await;
    let officer = app.officer().await;
    let now = app.clock.now();
    let browser = Browser::open(&app, true).await;
    browser.sign_in_as(&app, &officer).await;
    browser.visit("/staff").await;
    browser.click("Calls").await;
    assert_eq!(browser.path().await, "/staff/calls");
    browser.click("Create a call").await;

    let closes = (now + Duration::days(30)).format("%Y-%m-%d").to_string();
    fill_the_call(&browser, "Women-led prevention 2027", now, "2020-01-01").await;
    browser.click("Save the draft").await;
    let refused = browser.text().await;
    assert!(
        refused.contains("The closing date must be after the opening date"),
        "{refused}"
    );
    browser.fill("Closing date", &closes).await;
    browser.select("Time zone of these times", "UTC+03:00").await;
    browser.click("Save the draft").await;
    let page = browser.text().await;
    assert!(page.contains("The call is saved as a draft"), "{page}");
    assert!(
        page.contains("Women-led prevention 2027") && page.contains("Draft"),
        "{page}"
    );
    browser.screenshot("staff-call-draft").await;

    browser.click("Build the application form").await;
    browser.fill("Question", "Do you work with minors?").await;
    browser.select("Kind of answer", "Yes or no").await;
    browser.choose("Applicants must answer it (when it is shown)").await;
    browser.click("Add the question").await;
    browser.fill("Question", "Your safeguarding plan").await;
    browser.select("Kind of answer", "Long text").await;
    browser
        .select("Show the question", "Only when “Do you work with minors?” is “Yes”")
        .await;
    browser.choose("Applicants must answer it (when it is shown)").await;
    browser.click("Add the question").await;
    let builder = browser.text().await;
    assert!(
        builder.contains("2 questions, in the order applicants answer them"),
        "{builder}"
    );
    assert!(
        builder.contains("Only when “Do you work with minors?” is “Yes”"),
        "{builder}"
    );
    browser.screenshot("staff-call-form-builder").await;

    browser.fill("Question", "Describe your approach").await;
    browser.select("Kind of answer", "Long text").await;
    browser.fill("Most words of a long text", "300").await;
    browser.click("Add the question").await;
    assert!(
        browser.text().await.contains("Limits: Up to 300 words."),
        "the limit is listed"
    );
    browser.click("Edit: Your safeguarding plan").await;
    assert!(browser.text().await.contains("Edit question 2"));
    browser.fill("Question", "How do you keep children safe?").await;
    browser.fill("Most words of a long text", "-3").await;
    browser.click("Save the question").await;
    let refused = browser.text().await;
    assert!(
        refused.contains("Most words of a long text: enter a whole number, like 300"),
        "{refused}"
    );
    browser.fill("Most words of a long text", "250").await;
    browser.click("Save the question").await;
    let edited = browser.text().await;
    assert!(
        edited.contains("How do you keep children safe?") && edited.contains("Limits: Up to 250 words."),
        "{edited}"
    );

    browser.click("Preview the form as applicants see it").await;
    let preview = browser.text().await;
    assert!(
        preview.contains("Do you work with minors?") && preview.contains("How do you keep children safe?"),
        "{preview}"
    );
    assert!(
        preview.contains("Up to 300 words.") && preview.contains("Up to 250 words."),
        "{preview}"
    );
    assert!(preview.contains("Only when"), "{preview}");
    browser.click("Back to the call").await;
    browser.click("Publish").await;
    assert!(browser.text().await.contains("Publish this call?"));
    browser.click("Publish the call").await;
    let published = browser.text().await;
    assert!(published.contains("The call is published"), "{published}");
    assert!(published.contains("Applications by status"), "{published}");
    browser.screenshot("staff-call-page").await;

    browser.visit("/").await;
    browser.click("Women-led prevention 2027").await;
    let public = browser.text().await;
    assert!(public.contains("Do you work with minors?"), "{public}");
    assert!(public.contains("How do you keep children safe?"), "{public}");
    browser.close().await;
}
