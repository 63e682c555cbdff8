//! Browser tests: the portal in headless Chromium over WebDriver (fantoccini), as a person
//! uses it: fields found by their label, buttons clicked by their text, and axe-core run on
//! every page visited (no violation of impact "serious" or "critical").
//!
//! They need `chromedriver` (and Chromium) on the PATH. Without it they say so and pass, unless
//! `GRANTDESK_REQUIRE_BROWSER` is set, as `.ci/run` sets it: then a missing browser fails.
//! With `GRANTDESK_SCREENSHOTS` set they save the README's screenshots to `docs/screenshots/`.

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

use crate::support::{PASSWORD, TestApp, spawn_app};

/// axe-core, vendored (see `fixtures/README.md`).
const AXE: &str = include_str!("fixtures/axe.min.js");

/// A headless Chromium driving the app over a real TCP socket.
pub struct Browser {
    pub client: Client,
    pub base: String,
    driver: Child,
    /// Whether the page's scripts run; axe needs them, so it runs only when they do (the
    /// same pages are checked with them on).
    javascript: bool,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Whether the browser tests can run here; panics when they must and cannot.
pub fn browser_available(test: &str) -> bool {
    let found = Command::new("chromedriver")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    if !found {
        if std::env::var_os("GRANTDESK_REQUIRE_BROWSER").is_some() {
            panic!("{test}: chromedriver is not on the PATH, and GRANTDESK_REQUIRE_BROWSER is set");
        }
        eprintln!("SKIPPED {test}: browser tests need chromedriver and Chromium on the PATH");
    }
    found
}

impl Browser {
    /// Serves `app` on a free port and opens a headless Chromium on it, with JavaScript on
    /// or off.
    pub async fn open(app: &TestApp, javascript: bool) -> Browser {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a free port");
        let address = listener.local_addr().expect("address");
        let router = grantdesk::router::router(app.state.clone());
        tokio::spawn(async move {
            axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
                .await
                .ok();
        });
        let port = free_port().await;
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let mut options = json!({
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1024,1400", "--lang=en"],
        });
        if let Ok(binary) = which_chromium() {
            options["binary"] = json!(binary);
        }
        if !javascript {
            options["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
        }
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("goog:chromeOptions".to_owned(), options);
        let webdriver = format!("http://127.0.0.1:{port}");
        let mut client = None;
        for _ in 0..100 {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(capabilities.clone())
                .connect(&webdriver)
                .await
            {
                Ok(connected) => {
                    client = Some(connected);
                    break;
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
        Browser {
            client: client.expect("chromedriver answers"),
            base: format!("http://{address}"),
            driver,
            javascript,
        }
    }

    /// Opens a path of the app, and checks the page with axe.
    /// Signs `who` in through the sign-in page, typing their authenticator code when their
    /// role asks for one.
    pub async fn sign_in_as(&self, app: &TestApp, who: &crate::support::Actor) {
        self.visit("/sign-in").await;
        self.fill("Email address", &who.email).await;
        self.fill("Password", PASSWORD).await;
        self.click("Sign in").await;
        if self.path().await.starts_with("/sign-in/code") || self.text().await.contains("Security code") {
            self.fill("Security code", &app.totp_code(who.id, &who.email)).await;
            self.click("Continue").await;
        }
    }

    pub async fn visit(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .expect("page loads");
        self.check_accessibility().await;
    }

    /// The path of the page shown now.
    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.expect("url");
        match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_owned(),
        }
    }

    /// Types into the field whose label reads `label`.
    pub async fn fill(&self, label: &str, value: &str) {
        let label_element = self
            .client
            .find(Locator::XPath(&format!(
                "//label[normalize-space()={}]",
                xpath_text(label)
            )))
            .await
            .unwrap_or_else(|_| panic!("a field labelled {label:?} on {}", self.path_now()));
        let id = label_element
            .attr("for")
            .await
            .expect("for")
            .expect("the label names its field");
        let field = self.client.find(Locator::Id(&id)).await.expect("the labelled field");
        field.clear().await.expect("cleared");
        field.send_keys(value).await.expect("typed");
    }

    /// Clicks the button that reads `text` or, when there is none, the link, then checks the
    /// new page with axe.
    pub async fn click(&self, text: &str) {
        let text_literal = xpath_text(text);
        let mut found = None;
        for xpath in [
            format!("//button[normalize-space()={text_literal}]"),
            format!("//a[normalize-space()={text_literal}]"),
        ] {
            if let Ok(element) = self.client.find(Locator::XPath(&xpath)).await {
                found = Some(element);
                break;
            }
        }
        let element = found.unwrap_or_else(|| panic!("a button or link reading {text:?}"));
        element.clone().click().await.expect("clicked");
        wait_until_gone(&element).await;
        self.check_accessibility().await;
    }

    /// The visible text of the page.
    /// Waits while a page is being replaced (its body briefly absent or stale).
    pub async fn text(&self) -> String {
        for _ in 0..50 {
            if let Ok(body) = self.client.find(Locator::Css("body")).await
                && let Ok(text) = body.text().await
            {
                return text;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("the page at {} has no readable body", self.path().await)
    }

    /// An attribute of the `<html>` element.
    pub async fn html_attribute(&self, name: &str) -> String {
        self.client
            .find(Locator::Css("html"))
            .await
            .expect("html")
            .attr(name)
            .await
            .expect("attribute")
            .unwrap_or_default()
    }

    /// Runs axe on the page and fails on any serious or critical violation.
    pub async fn check_accessibility(&self) {
        if !self.javascript {
            return;
        }
        self.client.execute(AXE, Vec::new()).await.expect("axe loads");
        let violations = self
            .client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ["violations"] })
                  .then(result => done(result.violations
                    .filter(v => v.impact === "serious" || v.impact === "critical")
                    .map(v => v.id + " (" + v.impact + "): " + v.help + " at " + v.nodes.map(n => n.target.join(" ")).join(", "))))
                  .catch(error => done(["axe failed: " + error]));"#,
                Vec::new(),
            )
            .await
            .expect("axe runs");
        let violations: Vec<Value> = violations.as_array().cloned().unwrap_or_default();
        assert!(
            violations.is_empty(),
            "accessibility of {}: {violations:#?}",
            self.path().await
        );
    }

    /// Saves a screenshot for the README when `GRANTDESK_SCREENSHOTS` is set.
    pub async fn screenshot(&self, name: &str) {
        if std::env::var_os("GRANTDESK_SCREENSHOTS").is_none() {
            return;
        }
        let png = self.client.screenshot().await.expect("screenshot");
        let path = format!("{}/docs/screenshots/{name}.png", env!("CARGO_MANIFEST_DIR"));
        std::fs::write(&path, png).expect("screenshot saved");
    }

    /// Ticks the box or chooses the radio button whose label reads `label`.
    pub async fn choose(&self, label: &str) {
        let xpath = format!("//label[normalize-space()={}]", xpath_text(label));
        self.client
            .find(Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|_| panic!("an option labelled {label:?}"))
            .click()
            .await
            .expect("chosen");
    }

    /// The id of the field whose label reads `label`.
    async fn field_id(&self, label: &str) -> String {
        let xpath = format!("//label[normalize-space()={}]", xpath_text(label));
        self.client
            .find(Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|_| panic!("a field labelled {label:?}"))
            .attr("for")
            .await
            .expect("for")
            .expect("the label names its field")
    }

    /// Chooses the option reading `option` in the drop-down list labelled `label`.
    pub async fn select(&self, label: &str, option: &str) {
        let id = self.field_id(label).await;
        let xpath = format!(
            "//select[@id=\"{id}\"]/option[normalize-space()={}]",
            xpath_text(option)
        );
        self.client
            .find(Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|_| panic!("an option {option:?} in {label:?}"))
            .click()
            .await
            .expect("chosen");
    }

    /// Sets the value of the field labelled `label` as its form sends it (a date field
    /// takes `YYYY-MM-DD` whatever the browser's way of typing dates).
    pub async fn set_value(&self, label: &str, value: &str) {
        let id = self.field_id(label).await;
        self.client
            .execute(
                "document.getElementById(arguments[0]).value = arguments[1];",
                vec![json!(id), json!(value)],
            )
            .await
            .expect("value set");
    }

    /// Chooses the option worth `value` in the drop-down list labelled `label`.
    pub async fn pick(&self, label: &str, value: &str) {
        let id = self.field_id(label).await;
        let list = self.client.find(Locator::Id(&id)).await.expect("the list");
        list.select_by_value(value).await.expect("picked");
    }

    /// Signs out through the header's button and signs `who` in.
    pub async fn switch_to(&self, app: &TestApp, who: &crate::support::Actor) {
        self.click("Sign out").await;
        self.sign_in_as(app, who).await;
    }

    /// Downloads the link whose text contains `text` in the page (with the session's
    /// cookie) and answers the body as text, without a byte-order mark.
    pub async fn download_text(&self, text: &str) -> String {
        let xpath = format!("//a[contains(., {})]", xpath_text(text));
        let link = self
            .client
            .find(Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|_| panic!("a link reading {text:?}"))
            .attr("href")
            .await
            .expect("href")
            .expect("an address");
        let body = self
            .client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text()).then(done);"#,
                vec![json!(link)],
            )
            .await
            .expect("the file downloads");
        body.as_str().expect("text").trim_start_matches('\u{feff}').to_owned()
    }

    /// Starts an application from the call's page shown now: presses `apply` (the button
    /// in the page's language) and types `title` as the project's title, whatever the
    /// call's form names it.
    pub async fn start_applying(&self, apply: &str, title: &str) {
        self.click(apply).await;
        let label = self
            .client
            .find(Locator::Css("label[for=title]"))
            .await
            .expect("the title's label")
            .text()
            .await
            .expect("text");
        self.fill(&label, title).await;
    }

    /// The applicant's first page of applying, from the call's page shown now, in English:
    /// "Apply", the project's `title`, a summary and one budget line of the whole
    /// `amount`, then "Save and continue" to the form's next page.
    pub async fn apply_first_page(&self, title: &str, amount: &str) {
        self.start_applying("Apply", title).await;
        self.fill(
            "Project summary",
            "Training mothers to recognise early signs of recruitment.",
        )
        .await;
        self.fill("Budget line 1: what the money is for", "Workshops").await;
        self.fill("Budget line 1: amount", amount).await;
        self.click("Save and continue").await;
    }

    fn path_now(&self) -> &str {
        &self.base
    }

    pub async fn close(self) {
        self.client.clone().close().await.ok();
    }
}

/// Waits (at most 3 s) until a clicked element has left the page, that is until the page it
/// led to has replaced it; a click that stays on the page (a link to a field) waits the
/// whole time. WebDriver's click may return before a form's answer has loaded.
async fn wait_until_gone(element: &fantoccini::elements::Element) {
    for _ in 0..30 {
        if element.attr("id").await.is_err() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A string as an XPath literal.
fn xpath_text(text: &str) -> String {
    if text.contains('"') {
        format!("'{text}'")
    } else {
        format!("\"{text}\"")
    }
}

async fn free_port() -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a free port");
    listener.local_addr().expect("address").port()
}

fn which_chromium() -> Result<String, ()> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .into_iter()
    .find(|path| std::path::Path::new(path).exists())
    .map(str::to_owned)
    .ok_or(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_newcomer_finds_a_call_registers_fixing_the_errors_shown_and_reaches_their_account() {
    if !browser_available("a_newcomer_finds_a_call") {
        return;
    }
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let title = app.get(&format!("/calls/{call}"), "").await.body["title"]
        .as_str()
        .unwrap()
        .to_owned();
    let browser = Browser::open(&app, true).await;

    browser.visit("/").await;
    assert!(browser.text().await.contains("1 call open for applications"));
    browser.click(&title).await;
    assert_eq!(browser.path().await, format!("/calls/{call}"));
    assert!(browser.text().await.contains("How applications are scored"));
    assert!(
        browser.text().await.contains("(your time:"),
        "the script adds the local time"
    );
    browser.screenshot("call-page").await;

    browser.click("Create an account").await;
    browser.fill("Full name", "Amal Haddad").await;
    browser.fill("Email address", "amal.example.org").await;
    browser.fill("Create a password", "short").await;
    browser.click("Create account").await;
    let refused = browser.text().await;
    assert!(refused.contains("There is a problem"));
    assert!(refused.contains("Enter an email address in the correct format"));
    assert!(refused.contains("Enter a password of at least 10 characters"));
    browser.screenshot("form-with-errors").await;
    browser
        .click("Enter an email address in the correct format, like name@example.org")
        .await;
    let focused = browser
        .client
        .execute("return document.activeElement.id", Vec::new())
        .await
        .unwrap();
    assert_eq!(focused, json!("email"), "the summary's link leads to the field");

    browser.fill("Email address", "amal@example.org").await;
    browser.fill("Create a password", PASSWORD).await;
    browser.click("Create account").await;
    assert_eq!(
        browser.path().await,
        format!("/calls/{call}"),
        "registering brings the visitor back to the call they were reading"
    );
    browser.visit("/portal").await;
    let account = browser.text().await;
    assert!(
        account.contains("Amal Haddad") && account.contains("Your applications"),
        "{account}"
    );

    browser.click("Sign out").await;
    assert_eq!(browser.path().await, "/");
    browser.visit("/portal").await;
    assert_eq!(browser.path().await, "/sign-in?next=%2Fportal");
    browser.fill("Email address", "amal@example.org").await;
    browser.fill("Password", PASSWORD).await;
    browser.click("Sign in").await;
    assert_eq!(browser.path().await, "/portal");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_arabic_the_pages_run_right_to_left_and_mirror() {
    if !browser_available("in_arabic_the_pages_run_right_to_left") {
        return;
    }
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let browser = Browser::open(&app, true).await;

    browser.visit(&format!("/calls/{call}")).await;
    browser.click("العربية").await;

    assert_eq!(browser.html_attribute("dir").await, "rtl");
    assert_eq!(browser.html_attribute("lang").await, "ar");
    assert!(browser.text().await.contains("كيف تُقيَّم الطلبات"));
    let edges = browser
        .client
        .execute(
            "const range = document.createRange(); range.selectNodeContents(document.querySelector('h1')); const h = range.getBoundingClientRect(); return [h.left, h.right, document.documentElement.clientWidth];",
            Vec::new(),
        )
        .await
        .unwrap();
    let (left, right, width) = (
        edges[0].as_f64().unwrap(),
        edges[1].as_f64().unwrap(),
        edges[2].as_f64().unwrap(),
    );
    assert!(
        width - right < left,
        "the heading's text starts at the right edge: {edges}"
    );
    browser.screenshot("call-page-arabic").await;
    browser.click("تسجيل الدخول").await;
    browser.fill("البريد الإلكتروني", "nobody@example.org").await;
    browser.fill("كلمة المرور", "wrong password here").await;
    browser.click("تسجيل الدخول").await;
    assert!(browser.text().await.contains("توجد مشكلة"));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_javascript_off_everything_still_works() {
    if !browser_available("with_javascript_off_everything_still_works") {
        return;
    }
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let browser = Browser::open(&app, false).await;

    browser.visit(&format!("/calls/{call}")).await;
    assert!(!browser.text().await.contains("(your time:"), "the script did not run");
    browser.click("Sign in").await;
    browser.fill("Email address", &applicant.email).await;
    browser.fill("Password", PASSWORD).await;
    browser.click("Sign in").await;
    assert_eq!(
        browser.path().await,
        format!("/calls/{call}"),
        "signing in brings the reader back to the call"
    );
    browser.click("Sign out").await;
    assert_eq!(browser.path().await, "/");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_development_mail_page_is_accessible() {
    if !browser_available("the_development_mail_page_is_accessible") {
        return;
    }
    let app = spawn_app().await;
    let scene = app.scene().await;
    app.submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    let browser = Browser::open(&app, true).await;
    browser.visit("/dev/mail").await;
    assert!(
        browser
            .text()
            .await
            .contains("Application received: Mothers as first responders"),
        "{}",
        browser.text().await
    );
    browser.close().await;
}
