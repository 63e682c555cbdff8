//! The finance cycle in a real browser, as two finance users work it: A requests a payment
//! against an award's tranche from the award's finance page, cannot approve it (no button;
//! a forged post is refused), B approves it and records its payment with the bank's
//! reference, and A downloads the payment ledger, which the test reads as CSV and finds
//! the payment in. A finance user chooses a reporting currency on the reports page and reads
//! the converted grand totals and the rate used, in the page and in the CSV. axe runs on
//! every page visited.

use serde_json::json;

use crate::browser::{Browser, browser_available};
use crate::support::spawn_app;

#[tokio::test]
async fn finance_requests_another_approves_and_pays_and_the_report_holds_the_payment() {
    if !browser_available("finance_requests_another_approves_and_pays_and_the_report_holds_the_payment") {
        return;
    }
    let app = spawn_app().await;
    let scene = app.scene().await;
    let decision = crate::staff_finance::award_decision(&app);
    let award = app.active_award(&scene, decision).await;
    let reference = app.get(&format!("/awards/{award}"), &scene.officer.token).await.body["reference"]
        .as_str()
        .expect("reference")
        .to_owned();
    let (a, b) = (app.finance().await, app.finance().await);
    let browser = Browser::open(&app, true).await;

    browser.sign_in_as(&app, &a).await;
    browser.visit("/staff").await;
    browser.click("Payments").await;
    assert_eq!(browser.path().await, "/staff/payments");
    browser.click(&reference).await;
    let page = browser.text().await;
    assert!(page.contains("24,500.00 EUR is available on the whole award"), "{page}");
    browser.fill("Amount", "2500.00").await;
    browser
        .fill("Payee's bank reference", "IBAN JO71 CBJO 0000 0000 0000 1234 5678 90")
        .await;
    browser.click("Request payment").await;
    let page = browser.text().await;
    assert!(page.contains("The payment was requested"), "{page}");
    browser.visit("/staff/payments").await;
    let source = format!("{reference} · 1");
    browser.click(&source).await;
    let page = browser.text().await;
    assert!(page.contains("another finance user must approve it"), "{page}");
    assert!(!page.contains("Approve payment"), "{page}");
    let payment_path = browser.path().await;
    let forged = browser
        .client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            const body = new URLSearchParams({ csrf_token: document.querySelector('input[name=csrf_token]').value });
            fetch(arguments[0], { method: "POST", body, redirect: "manual" }).then(r => done(r.status));"#,
            vec![json!(format!("{payment_path}/approve"))],
        )
        .await
        .expect("forged post");
    assert_eq!(forged, json!(403));
    browser.click("Sign out").await;

    browser.sign_in_as(&app, &b).await;
    browser.visit("/staff/payments").await;
    let queue = browser.text().await;
    assert!(queue.contains("Waiting for your approval"), "{queue}");
    browser.screenshot("staff-finance-queue").await;
    browser.click(&source).await;
    browser.click("Approve payment").await;
    let page = browser.text().await;
    assert!(page.contains("The payment was approved"), "{page}");
    browser.fill("Bank's payment reference", "BANK-REF-2026-118").await;
    browser.click("Record payment").await;
    let page = browser.text().await;
    assert!(page.contains("The payment was recorded as paid"), "{page}");
    browser.click(&format!("{reference}, tranche 1")).await;
    let page = browser.text().await;
    assert!(page.contains("22,000.00 EUR"), "{page}");
    browser.click("Sign out").await;

    browser.sign_in_as(&app, &a).await;
    browser.visit("/staff/reports").await;
    browser
        .client
        .find(fantoccini::Locator::XPath(
            "//label[normalize-space()='Payment ledger']",
        ))
        .await
        .expect("the ledger's choice")
        .click()
        .await
        .expect("chosen");
    browser.click("Show report").await;
    let page = browser.text().await;
    assert!(page.contains("BANK-REF-2026-118"), "{page}");
    let csv = browser.download_text("(CSV)").await;
    let rows = crate::finance_ledger::csv_table(&csv);
    let paid = rows
        .iter()
        .find(|row| row["Bank reference"] == "BANK-REF-2026-118")
        .unwrap_or_else(|| panic!("the payment in {rows:?}"));
    assert_eq!(paid["Amount"], "2500.00");
    assert_eq!(paid["Status"], "paid");
    browser.close().await;
}

#[tokio::test]
async fn finance_chooses_a_reporting_currency_and_reads_the_converted_totals_and_the_rate() {
    if !browser_available("finance_chooses_a_reporting_currency_and_reads_the_converted_totals_and_the_rate") {
        return;
    }
    let app = spawn_app().await;
    // 1,000.00 EUR and 500.00 USD at 0.9215 requested against an award.
    let finance = crate::leftovers::euro_and_dollar_payments(&app).await;
    let browser = Browser::open(&app, true).await;
    browser.sign_in_as(&app, &finance).await;
    browser.visit("/staff/reports").await;
    browser.select("Group the disbursement report by", "Status").await;
    browser.select("Reporting currency", "EUR").await;
    browser.click("Show report").await;
    let page = browser.text().await;
    assert!(page.contains("All currencies in EUR"), "{page}");
    assert!(page.contains("1,460.75 EUR"), "1000.00 + 500.00 x 0.9215: {page}");
    assert!(page.contains("Rate USD → EUR: 0.9215, recorded on payment"), "{page}");
    assert!(browser.path().await.contains("reporting_currency=EUR"));
    let csv = browser.download_text("Grand totals (CSV)").await;
    assert!(csv.contains("All currencies in EUR"), "{csv}");
    assert!(csv.contains("1460.75"), "{csv}");
    browser.close().await;
}
