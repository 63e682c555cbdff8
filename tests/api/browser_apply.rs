//! Applying in headless Chromium, as a person does (the harness and axe are `browser.rs`'s):
//! register, add an organisation, apply to an open call with a real file upload, see the
//! error summary, fix it, check the answers, submit; then, after an officer decides, read
//! the decision and appeal. Once more in Arabic (right to left) and once with JavaScript off.

use fantoccini::Locator;
use serde_json::json;

use crate::browser::{Browser, browser_available};
use crate::support::{PASSWORD, TestApp, spawn_app};

/// An open call with a three-page form (see `portal_apply.rs`); answers its id.
async fn open_call_with_form(app: &TestApp) -> String {
    let officer = app.officer().await;
    let call = app.draft_call(&officer).await;
    let form = json!({"questions": [
        {"key": "problem_statement", "label": "What problem do you address?", "required": true,
         "type": "long_text", "max_words": 5, "section": "The problem"},
        {"key": "works_with_minors", "label": "Do you work with minors?", "required": true, "type": "yes_no",
         "section": "Safeguarding"},
        {"key": "safeguarding_plan", "label": "Safeguarding plan", "required": true, "type": "long_text",
         "section": "Safeguarding", "show_if": {"question": "works_with_minors", "equals": true}},
        {"key": "registration", "label": "Registration certificate", "required": true, "type": "file",
         "accept": ["pdf"], "max_files": 1, "section": "Attachments"}
    ]});
    let set = app.put(&format!("/calls/{call}/form"), &officer.token, form).await;
    assert!(set.status.is_success(), "{}", set.text);
    let published = app.post_empty(&format!("/calls/{call}/publish"), &officer.token).await;
    assert!(published.status.is_success(), "{}", published.text);
    call
}

/// Picks the option that reads `option` in the list labelled by the element with id `select`.
pub(crate) async fn select(browser: &Browser, select: &str, option: &str) {
    browser
        .client
        .find(Locator::XPath(&format!(
            "//select[@id=\"{select}\"]/option[normalize-space()=\"{option}\"]"
        )))
        .await
        .unwrap_or_else(|_| panic!("an option {option:?}"))
        .click()
        .await
        .expect("selected");
}

/// Chooses the file at `path` in the upload field labelled `label`.
pub(crate) async fn attach(browser: &Browser, label: &str, path: &std::path::Path) {
    let id = browser
        .client
        .find(Locator::XPath(&format!("//label[normalize-space()='{label}']")))
        .await
        .unwrap_or_else(|_| panic!("an upload labelled {label:?}"))
        .attr("for")
        .await
        .expect("for")
        .expect("the label names its field");
    let field = browser.client.find(Locator::Id(&id)).await.expect("the file field");
    field.send_keys(&path.display().to_string()).await.expect("file chosen");
}

/// A real PDF on disk, as an applicant has one.
fn certificate() -> (tempfile::TempDir, std::path::PathBuf) {
    let directory = tempfile::tempdir().expect("a folder");
    let path = directory.path().join("registration-certificate.pdf");
    std::fs::write(
        &path,
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    )
    .expect("written");
    (directory, path)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_newcomer_adds_their_organisation_applies_with_a_file_fixes_the_errors_submits_and_appeals() {
    if !browser_available("a_newcomer_applies") {
        return;
    }
    let app = spawn_app().await;
    let call = open_call_with_form(&app).await;
    let (_folder, pdf) = certificate();
    let browser = Browser::open(&app, true).await;

    browser.visit("/register").await;
    browser.fill("Full name", "Amal Haddad").await;
    browser.fill("Email address", "amal@example.org").await;
    browser.fill("Create a password", PASSWORD).await;
    browser.click("Create account").await;
    browser.click("Add an organisation").await;
    browser.fill("Legal name", "Women for Peace Network").await;
    select(&browser, "country", "Kenya").await;
    browser.choose("Gender equality").await;
    browser.click("Add an organisation").await;
    assert_eq!(browser.path().await, "/portal");
    assert!(browser.text().await.contains("Women for Peace Network"));
    // The organisation's standing papers have their page, checked with axe like every other.
    browser.click("Standing documents Women for Peace Network").await;
    assert!(browser.path().await.ends_with("/documents"), "{}", browser.path().await);
    assert!(browser.text().await.contains("Registration certificate"));

    browser.visit(&format!("/calls/{call}")).await;
    browser
        .apply_first_page("Mothers as first responders", "24500.00")
        .await;

    browser
        .fill("What problem do you address?", "far too many words for this limit")
        .await;
    browser.click("Save and continue").await;
    let refused = browser.text().await;
    assert!(refused.contains("There is a problem"), "{refused}");
    assert!(refused.contains("What problem do you address?:"));
    browser.screenshot("application-form-with-errors").await;
    browser
        .fill("What problem do you address?", "Recruitment of teenagers.")
        .await;
    browser.click("Save and continue").await;

    browser.choose("Yes").await;
    browser.click("Save and continue").await;
    browser.fill("Safeguarding plan", "A named safeguarding lead.").await;
    browser.click("Save and continue").await;

    attach(&browser, "Upload a file for “Registration certificate”", &pdf).await;
    browser.click("Upload file").await;
    assert!(browser.text().await.contains("registration-certificate.pdf"));
    browser.click("Save and continue").await;
    assert!(browser.text().await.contains("Check your answers before submitting"));
    app.verify_email_of("amal@example.org").await;
    browser.click("Submit application").await;
    assert!(browser.text().await.contains("Application submitted"));
    let application = browser.path().await.split('/').nth(3).expect("an id").to_owned();

    let officer = app.officer().await;
    let reviewer = app.reviewer().await;
    app.make_eligible(&officer, &application).await;
    app.assign(&officer, &application, &reviewer).await;
    assert!(app.review(&reviewer, &application, 2, 2).await.status.is_success());
    let reason = "The workplan does not say how participants are kept safe.";
    let decided = app
        .post(
            &format!("/applications/{application}/decision"),
            &officer.token,
            json!({"outcome": "rejected", "reason": reason}),
        )
        .await;
    assert!(decided.status.is_success(), "{}", decided.text);

    browser.click("Follow your application").await;
    let page = browser.text().await;
    assert!(
        page.contains(reason) && page.contains("Found eligible") && page.contains("Not funded"),
        "{page}"
    );
    browser.screenshot("application-timeline").await;
    browser
        .fill(
            "Why the decision should change",
            "Section 4 of our plan names a safeguarding lead.",
        )
        .await;
    browser.click("Send appeal").await;
    assert!(browser.text().await.contains("Being considered"));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_arabic_the_application_form_runs_right_to_left_with_its_error_summary() {
    if !browser_available("in_arabic_the_application_form") {
        return;
    }
    let app = spawn_app().await;
    let call = open_call_with_form(&app).await;
    let member = app.applicant().await;
    app.organisation(&member).await;
    let browser = Browser::open(&app, true).await;
    browser.visit("/language/ar?back=%2Fsign-in").await;
    browser.fill("البريد الإلكتروني", &member.email).await;
    browser.fill("كلمة المرور", PASSWORD).await;
    browser.click("تسجيل الدخول").await;

    browser.visit(&format!("/calls/{call}")).await;
    browser.start_applying("قدّم طلبًا", "Mothers as first responders").await;
    assert_eq!(browser.html_attribute("dir").await, "rtl");
    browser
        .fill("ملخص المشروع", "تدريب الأمهات على ملاحظة علامات التجنيد المبكرة.")
        .await;
    browser.fill("بند الميزانية 1: وجه الإنفاق", "ورش عمل").await;
    browser.fill("بند الميزانية 1: المبلغ", "عشرة").await;
    browser.click("احفظ وتابع").await;
    let refused = browser.text().await;
    assert!(
        refused.contains("توجد مشكلة") && refused.contains("أدخل المبلغ بالأرقام"),
        "{refused}"
    );
    browser.fill("بند الميزانية 1: المبلغ", "24500.00").await;
    browser.click("احفظ وتابع").await;
    assert!(browser.text().await.contains("الصفحة 1 من 3"));
    assert_eq!(browser.html_attribute("lang").await, "ar");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_javascript_off_an_application_is_started_with_another_budget_line_and_saved_for_later() {
    if !browser_available("with_javascript_off_an_application") {
        return;
    }
    let app = spawn_app().await;
    let call = open_call_with_form(&app).await;
    let member = app.applicant().await;
    app.organisation(&member).await;
    let browser = Browser::open(&app, false).await;
    browser.visit(&format!("/portal/calls/{call}/apply")).await;
    browser.fill("Email address", &member.email).await;
    browser.fill("Password", PASSWORD).await;
    browser.click("Sign in").await;
    assert_eq!(
        browser.path().await,
        format!("/portal/calls/{call}/apply"),
        "back to applying"
    );

    browser.fill("Project title", "Mothers as first responders").await;
    browser.fill("Project summary", "Training mothers.").await;
    for number in 1..=3 {
        browser
            .fill(
                &format!("Budget line {number}: what the money is for"),
                &format!("Line {number}"),
            )
            .await;
        browser.fill(&format!("Budget line {number}: amount"), "5000").await;
    }
    browser.click("Add another line").await;
    browser.fill("Budget line 4: what the money is for", "Evaluation").await;
    browser.fill("Budget line 4: amount", "9500").await;
    browser.click("Save and come back later").await;
    let page = browser.text().await;
    assert!(
        page.contains("24,500.00 EUR") && page.contains("Continue your application"),
        "{page}"
    );
    browser.close().await;
}
