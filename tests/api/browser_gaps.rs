//! Browser walk through the portal's last gaps (`browser.rs`'s harness, axe on every page):
//! a call's page listing its form, in English and in Arabic.

use crate::browser::{Browser, browser_available};
use crate::portal_gaps::{form, open_call_with};
use crate::support::spawn_app;

#[tokio::test]
async fn a_visitor_reads_what_a_calls_form_asks_in_english_and_arabic() {
    if !browser_available("a_visitor_reads_what_a_calls_form_asks_in_english_and_arabic") {
        return;
    }
    let app = spawn_app().await;
    let call = open_call_with(&app, form()).await;
    let browser = Browser::open(&app, false).await;
    browser.visit(&format!("/calls/{call}")).await;
    let text = browser.text().await;
    assert!(text.contains("What the application form asks"), "{text}");
    assert!(text.contains("Accepted formats: PDF, DOCX. Up to 3 files"), "{text}");
    browser.screenshot("call-form-outline").await;
    browser.visit(&format!("/language/ar?back=%2Fcalls%2F{call}")).await;
    let arabic = browser.text().await;
    assert!(arabic.contains("ما يطلبه نموذج الطلب"), "{arabic}");
    assert!(arabic.contains("إلزامي"), "{arabic}");
    assert_eq!(browser.html_attribute("dir").await, "rtl");
    browser.screenshot("call-form-outline-ar").await;
    browser.close().await;
}
