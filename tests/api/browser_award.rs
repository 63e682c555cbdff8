//! Browser walks through the award and travel pages, as a person uses them, with axe run on
//! every page (`browser.rs`'s harness): an applicant whose application was awarded opens the
//! award, downloads the letter, accepts the terms, uploads a report and submits it; then asks
//! for travel sponsorship, sees the entitlement night by night before sending, and after the
//! officer's approval downloads the letter and confirms the trip with a receipt. One walk in
//! Arabic, one with JavaScript off.

use fantoccini::Locator;
use serde_json::{Value, json};

use crate::browser::{Browser, browser_available};
use crate::portal_award::pending_award;
use crate::sponsorships::{decide, open_event_of};
use crate::support::{Actor, PASSWORD, TestApp, spawn_app};

/// Signs in through the sign-in page.
pub(crate) async fn sign_in(browser: &Browser, who: &Actor) {
    browser.visit("/sign-in").await;
    browser.fill("Email address", &who.email).await;
    browser.fill("Password", PASSWORD).await;
    browser.click("Sign in").await;
}

/// Chooses `bytes`, written to a file named `name`, in the file field labelled `label`.
pub(crate) async fn attach(browser: &Browser, label: &str, name: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("file written");
    let xpath = format!("//label[normalize-space()=\"{label}\"]");
    let label_element = browser
        .client
        .find(Locator::XPath(&xpath))
        .await
        .expect("the file field's label");
    let id = label_element.attr("for").await.expect("for").expect("a labelled field");
    let field = browser.client.find(Locator::Id(&id)).await.expect("the file field");
    field.send_keys(&path.to_string_lossy()).await.expect("file chosen");
    dir
}

/// Downloads `path` in the page (with the session's cookie) and answers its media type and
/// first five bytes.
async fn download_head(browser: &Browser, path: &str) -> Value {
    browser
        .client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.headers.get("content-type"), String.fromCharCode(...new Uint8Array(b).slice(0, 5))])))
              .catch(e => done(["failed", String(e)]));"#,
            vec![json!(path)],
        )
        .await
        .expect("downloaded")
}

/// Moves the clock to the last day of the Vienna conference.
fn to_the_conference(app: &TestApp) {
    app.clock.set(
        chrono::DateTime::parse_from_rfc3339("2027-03-03T17:00:00Z")
            .expect("instant")
            .with_timezone(&chrono::Utc),
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_awarded_applicant_accepts_reports_and_travels_in_the_browser() {
    if !browser_available("an_awarded_applicant_accepts_reports_and_travels") {
        return;
    }
    let app = spawn_app().await;
    let (scene, award) = pending_award(&app).await;
    let event = open_event_of(&app, "50000.00", scene.member.clone()).await;
    let browser = Browser::open(&app, true).await;
    sign_in(&browser, &scene.member).await;

    let reference = app.get(&format!("/awards/{award}"), &scene.member.token).await.body["reference"]
        .as_str()
        .expect("reference")
        .to_owned();
    browser.click(&reference).await;
    assert_eq!(browser.path().await, format!("/portal/awards/{award}"));
    assert!(browser.text().await.contains("24,500.00 EUR"));
    browser.screenshot("award-page").await;
    let letter = download_head(&browser, &format!("/portal/awards/{award}/letter.pdf")).await;
    assert_eq!(letter, json!(["application/pdf", "%PDF-"]));

    browser.click("Accept the terms").await;
    assert!(
        browser
            .text()
            .await
            .contains("Tick the box to confirm that you accept the terms")
    );
    browser
        .choose("I have read the award letter and accept its terms on behalf of my organisation")
        .await;
    browser.click("Accept the terms").await;
    assert!(browser.text().await.contains("Terms accepted by Test applicant on "));

    browser.click("Interim narrative report").await;
    let _file = attach(
        &browser,
        "Upload a file of the report",
        "interim-report.txt",
        b"Six workshops held.",
    )
    .await;
    browser.click("Upload the file").await;
    assert!(browser.text().await.contains("interim-report.txt"));
    browser.click("Submit the report").await;
    assert!(browser.text().await.contains("The report has been submitted."));

    browser.visit("/").await;
    browser
        .click("Regional conference on preventing violent extremism")
        .await;
    browser.click("Request travel sponsorship").await;
    browser
        .choose(&organisation_name(&app, &event.organisation, &scene.member).await)
        .await;
    browser.fill("Full name", "Amina Wanjiru").await;
    browser.choose("Woman").await;
    browser.choose("25-34").await;
    browser.fill("Role in the organisation", "Programme lead").await;
    browser.fill("Nationality", "KE").await;
    browser.fill("Travelling from (city)", "Nairobi").await;
    browser.fill("Travelling from (country)", "KE").await;
    browser.fill("Arrival date", "2027-03-01").await;
    browser.fill("Departure date", "2027-03-04").await;
    browser.fill("Estimated return airfare", "664.57").await;
    browser.fill("Currency of the airfare", "USD").await;
    browser.fill("Name in Latin letters", "KAMAU JOSEPH").await;
    browser.fill("Passport number", "AK1234567").await;
    browser.fill("Date of birth", "1988-06-02").await;
    browser.fill("Passport valid until", "2030-01-31").await;
    browser.click("Continue").await;
    let check = browser.text().await;
    assert!(check.contains("3 nights") && check.contains("1,769.81 EUR"), "{check}");
    browser.click("Send the request").await;
    assert!(browser.text().await.contains("Your request has been sent."));
    let request = browser
        .path()
        .await
        .trim_start_matches("/portal/sponsorships/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();

    assert_eq!(decide(&app, &event, &request, "approved").await.status.as_u16(), 200);
    browser.visit(&format!("/portal/sponsorships/{request}")).await;
    let letter = download_head(&browser, &format!("/portal/sponsorships/{request}/letter.pdf")).await;
    assert_eq!(letter, json!(["application/pdf", "%PDF-"]));

    to_the_conference(&app);
    sign_in(&browser, &scene.member).await;
    browser.visit(&format!("/portal/sponsorships/{request}")).await;
    let _receipt = attach(
        &browser,
        "Upload a ticket, boarding pass or receipt",
        "receipt.txt",
        b"Taxi 38.00 EUR",
    )
    .await;
    browser.click("Upload the file").await;
    browser.click("Confirm the trip took place").await;
    let confirmed = browser.text().await;
    assert!(
        confirmed.contains("Trip confirmed") && confirmed.contains("receipt.txt"),
        "{confirmed}"
    );
    browser.close().await;
}

/// The legal name of an organisation, as its member reads it.
async fn organisation_name(app: &TestApp, organisation: &str, member: &Actor) -> String {
    app.get(&format!("/organisations/{organisation}"), &member.token)
        .await
        .body["legal_name"]
        .as_str()
        .expect("legal name")
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_arabic_the_award_page_runs_right_to_left_and_the_terms_are_accepted() {
    if !browser_available("in_arabic_the_award_page_runs_right_to_left") {
        return;
    }
    let app = spawn_app().await;
    let (scene, award) = pending_award(&app).await;
    let browser = Browser::open(&app, true).await;
    sign_in(&browser, &scene.member).await;

    browser.visit(&format!("/portal/awards/{award}")).await;
    browser.click("العربية").await;
    assert_eq!(browser.html_attribute("dir").await, "rtl");
    assert!(browser.text().await.contains("شروط المنحة"));
    browser.choose("قرأت خطاب المنحة وأقبل شروطه باسم منظمتي").await;
    browser.click("قبول الشروط").await;
    assert!(browser.text().await.contains("لقد قبلتم شروط المنحة"));
    browser.screenshot("award-page-arabic").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_javascript_off_the_terms_are_accepted_and_travel_is_requested() {
    if !browser_available("with_javascript_off_the_terms_are_accepted") {
        return;
    }
    let app = spawn_app().await;
    let (scene, award) = pending_award(&app).await;
    let event = open_event_of(&app, "50000.00", scene.member.clone()).await;
    let browser = Browser::open(&app, false).await;
    sign_in(&browser, &scene.member).await;

    browser.visit(&format!("/portal/awards/{award}")).await;
    browser
        .choose("I have read the award letter and accept its terms on behalf of my organisation")
        .await;
    browser.click("Accept the terms").await;
    assert!(browser.text().await.contains("Terms accepted by"));

    browser.visit(&format!("/portal/events/{}/request", event.id)).await;
    browser
        .choose(&organisation_name(&app, &event.organisation, &scene.member).await)
        .await;
    browser.fill("Full name", "Amina Wanjiru").await;
    browser.choose("Woman").await;
    browser.choose("25-34").await;
    browser.fill("Role in the organisation", "Programme lead").await;
    browser.fill("Nationality", "KE").await;
    browser.fill("Travelling from (city)", "Nairobi").await;
    browser.fill("Travelling from (country)", "KE").await;
    browser.fill("Arrival date", "2027-03-01").await;
    browser.fill("Departure date", "2027-03-04").await;
    browser.fill("Estimated return airfare", "664.57").await;
    browser.fill("Currency of the airfare", "USD").await;
    browser.click("Continue").await;
    assert!(browser.text().await.contains("1,769.81 EUR"));
    browser.click("Send the request").await;
    assert!(browser.text().await.contains("Your request has been sent."));
    browser.close().await;
}
