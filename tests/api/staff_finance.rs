//! The finance workspace at the HTML level: the disbursement queue with four eyes visible
//! and enforced, a payment's approval (with an override reason for an unmet tranche
//! condition), payment and cancellation, the request form with its idempotency key, the
//! award's money as a chart, and the reports page with its files (in a reporting currency
//! too); who may reach each page, CSRF, and bad input that changes nothing.

use axum::http::StatusCode;
use chrono::Duration;
use grantdesk::auth::Role;
use grantdesk::clock::Clock;
use serde_json::{Value, json};

use crate::portal::{Browser, csrf_token, hidden_value, location};
use crate::support::{Actor, Scene, TestApp, form, form_with, page, refused_to, spawn_app};

/// 24,500.00 EUR in two tranches (60 % now, 40 % once the interim report is received).
pub fn award_decision(app: &TestApp) -> Value {
    let day = |days: i64| (app.clock.now() + Duration::days(days)).date_naive();
    json!({
        "outcome": "awarded",
        "reason": "A strong, safe and well-budgeted proposal.",
        "amount": "24500.00",
        "tranches": [
            {"percent": "60", "due_on": day(30), "condition": "on signature"},
            {"percent": "40", "due_on": day(200), "condition": "interim report received", "condition_report": 0},
        ],
        "reporting_obligations": [{"kind": "interim_narrative", "due_on": day(180)}],
    })
}

struct Money {
    scene: Scene,
    award: String,
    requester: Actor,
    approver: Actor,
}

async fn money(app: &TestApp) -> Money {
    let scene = app.scene().await;
    let award = app.active_award(&scene, award_decision(app)).await;
    Money {
        scene,
        award,
        requester: app.finance().await,
        approver: app.finance().await,
    }
}

/// The id of tranche `number` (from 1) of the award.
async fn tranche(app: &TestApp, money: &Money, number: usize) -> String {
    let award = app
        .get(&format!("/awards/{}", money.award), &money.scene.officer.token)
        .await;
    award.body["tranches"][number - 1]["id"]
        .as_str()
        .expect("tranche id")
        .to_owned()
}

/// Requests a payment through the award's finance page as `browser`'s reader, as a person
/// fills the form; answers the form's page and the answer to the post.
async fn request_through_form(
    browser: &mut Browser<'_>,
    award: &str,
    tranche: &str,
    amount: &str,
) -> (String, crate::support::Answer) {
    let path = format!("/staff/payments/awards/{award}");
    let page = browser.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    let key = hidden_value(&page.text, "idempotency_key");
    assert!(!key.is_empty(), "the form carries an idempotency key");
    let token = csrf_token(&page.text);
    let fields = [
        ("csrf_token", token.as_str()),
        ("idempotency_key", key.as_str()),
        ("tranche_id", tranche),
        ("amount", amount),
        ("currency", "EUR"),
        ("fx_rate", ""),
        ("payee_reference", "IBAN JO71 CBJO 0000 0000 0000 1234 5678 90"),
    ];
    let answer = browser.post_form(&path, &fields).await;
    (page.text, answer)
}

/// The one disbursement of the award, as the API answers it.
async fn only_payment(app: &TestApp, money: &Money) -> Value {
    let list = app
        .get(&format!("/awards/{}/disbursements", money.award), &money.approver.token)
        .await;
    let items = list.body["items"].as_array().expect("items").clone();
    assert_eq!(items.len(), 1, "{}", list.text);
    items[0].clone()
}

#[tokio::test]
async fn a_payment_requested_in_the_form_is_approved_by_another_and_paid_with_its_bank_reference() {
    let app = spawn_app().await;
    let money = money(&app).await;
    let first = tranche(&app, &money, 1).await;
    let mut requester = Browser::new(&app);
    requester.sign_in_as(&money.requester).await;
    let (form, requested) = request_through_form(&mut requester, &money.award, &first, "14700.00").await;
    assert!(form.contains("14,700.00\u{a0}EUR"), "{form}");
    assert!(form.contains("<svg"), "the award's money is drawn: {form}");
    assert_eq!(requested.status, StatusCode::SEE_OTHER, "{}", requested.text);
    let payment = only_payment(&app, &money).await;
    let id = payment["id"].as_str().expect("id");

    let queue = requester.get("/staff/payments").await;
    assert!(queue.text.contains("cannot approve them"), "{}", queue.text);
    let own = requester.get(&format!("/staff/payments/{id}")).await;
    assert!(
        own.text.contains("another finance user must approve it"),
        "{}",
        own.text
    );
    assert!(
        !own.text.contains(&format!("/staff/payments/{id}/approve")),
        "{}",
        own.text
    );

    let mut approver = Browser::new(&app);
    approver.sign_in_as(&money.approver).await;
    let queue = approver.get("/staff/payments").await;
    assert!(queue.text.contains("Waiting for your approval"), "{}", queue.text);
    assert!(queue.text.contains(&format!("/staff/payments/{id}")), "{}", queue.text);
    let page = format!("/staff/payments/{id}");
    let approved = approver.fill(&page, &format!("{page}/approve"), &[]).await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.text);
    let today = app.clock.now().date_naive().to_string();
    let paid = approver
        .fill(
            &page,
            &format!("{page}/pay"),
            &[("paid_on", today.as_str()), ("payment_reference", "BANK-REF-7731")],
        )
        .await;
    assert_eq!(paid.status, StatusCode::SEE_OTHER, "{}", paid.text);
    let payment = only_payment(&app, &money).await;
    assert_eq!(payment["status"], "paid");
    assert_eq!(payment["payment_reference"], "BANK-REF-7731");
    assert_eq!(payment["approved_by"], money.approver.id.to_string());
    let history = approver.get("/staff/payments?history=paid").await;
    assert!(history.text.contains("BANK-REF-7731"), "{}", history.text);
}

#[tokio::test]
async fn the_requester_cannot_approve_their_own_request_even_by_a_forged_post() {
    let app = spawn_app().await;
    let money = money(&app).await;
    let first = tranche(&app, &money, 1).await;
    let mut requester = Browser::new(&app);
    requester.sign_in_as(&money.requester).await;
    request_through_form(&mut requester, &money.award, &first, "1000.00").await;
    let id = only_payment(&app, &money).await["id"].as_str().expect("id").to_owned();
    let page = format!("/staff/payments/{id}");
    let forged = requester.fill(&page, &format!("{page}/approve"), &[]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN, "{}", forged.text);
    assert_eq!(only_payment(&app, &money).await["status"], "requested");
}

#[tokio::test]
async fn the_same_form_sent_twice_creates_one_payment() {
    let app = spawn_app().await;
    let money = money(&app).await;
    let first = tranche(&app, &money, 1).await;
    let mut requester = Browser::new(&app);
    requester.sign_in_as(&money.requester).await;
    let path = format!("/staff/payments/awards/{}", money.award);
    let page = requester.get(&path).await;
    let key = hidden_value(&page.text, "idempotency_key");
    let token = csrf_token(&page.text);
    let fields = [
        ("csrf_token", token.as_str()),
        ("idempotency_key", key.as_str()),
        ("tranche_id", first.as_str()),
        ("amount", "500.00"),
        ("currency", "EUR"),
        ("payee_reference", "IBAN JO71 1234"),
    ];
    let once = requester.post_form(&path, &fields).await;
    let twice = requester.post_form(&path, &fields).await;
    assert_eq!(once.status, StatusCode::SEE_OTHER, "{}", once.text);
    assert_eq!(twice.status, StatusCode::SEE_OTHER, "{}", twice.text);
    assert_eq!(app.count("disbursements").await, 1);
    let again = requester.get(&path).await;
    assert_ne!(
        hidden_value(&again.text, "idempotency_key"),
        key,
        "a new form has a new key"
    );
}

#[tokio::test]
async fn an_amount_above_what_is_available_is_refused_with_the_summary_and_nothing_changes() {
    let app = spawn_app().await;
    let money = money(&app).await;
    let first = tranche(&app, &money, 1).await;
    let mut requester = Browser::new(&app);
    requester.sign_in_as(&money.requester).await;
    let before = app.snapshot().await;
    let (_, refused) = request_through_form(&mut requester, &money.award, &first, "14700.01").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(refused.text.contains("error-summary"), "{}", refused.text);
    assert!(refused.text.contains("href=\"#amount\""), "{}", refused.text);
    let (_, unreadable) = request_through_form(&mut requester, &money.award, &first, "a lot").await;
    assert_eq!(unreadable.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unreadable.text.contains("Enter the amount as a number"),
        "{}",
        unreadable.text
    );
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn paying_without_a_bank_reference_is_refused_and_an_unmet_condition_needs_a_reason() {
    let app = spawn_app().await;
    let money = money(&app).await;
    let second = tranche(&app, &money, 2).await;
    let mut requester = Browser::new(&app);
    requester.sign_in_as(&money.requester).await;
    request_through_form(&mut requester, &money.award, &second, "1000.00").await;
    let id = only_payment(&app, &money).await["id"].as_str().expect("id").to_owned();
    let page = format!("/staff/payments/{id}");
    let mut approver = Browser::new(&app);
    approver.sign_in_as(&money.approver).await;
    let shown = approver.get(&page).await;
    assert!(shown.text.contains("interim report received"), "{}", shown.text);
    assert!(shown.text.contains("Not met"), "{}", shown.text);
    let without = approver.fill(&page, &format!("{page}/approve"), &[]).await;
    assert_eq!(without.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", without.text);
    assert!(without.text.contains("href=\"#override_reason\""), "{}", without.text);
    assert_eq!(only_payment(&app, &money).await["status"], "requested");
    let reason = [("override_reason", "The interim report was presented in person.")];
    let approved = approver.fill(&page, &format!("{page}/approve"), &reason).await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.text);

    let before = app.snapshot().await;
    let today = app.clock.now().date_naive().to_string();
    let no_reference = [("paid_on", today.as_str()), ("payment_reference", " ")];
    let refused = approver.fill(&page, &format!("{page}/pay"), &no_reference).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(
        refused.text.contains("Enter the bank&#x27;s payment reference")
            || refused.text.contains("Enter the bank's payment reference"),
        "{}",
        refused.text
    );
    let bad_date = [("paid_on", "yesterday"), ("payment_reference", "BANK-1")];
    let refused = approver.fill(&page, &format!("{page}/pay"), &bad_date).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(refused.text.contains("href=\"#paid_on\""), "{}", refused.text);
    assert_eq!(app.snapshot().await, before);
    assert_eq!(only_payment(&app, &money).await["status"], "approved");

    let cancelled = approver
        .fill(
            &page,
            &format!("{page}/cancel"),
            &[("reason", "Paid by another route.")],
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER, "{}", cancelled.text);
    assert_eq!(only_payment(&app, &money).await["status"], "cancelled");
}

#[tokio::test]
async fn a_form_without_its_csrf_token_changes_nothing() {
    let app = spawn_app().await;
    let money = money(&app).await;
    let first = tranche(&app, &money, 1).await;
    let mut requester = Browser::new(&app);
    requester.sign_in_as(&money.requester).await;
    request_through_form(&mut requester, &money.award, &first, "1000.00").await;
    let id = only_payment(&app, &money).await["id"].as_str().expect("id").to_owned();
    let mut approver = Browser::new(&app);
    approver.sign_in_as(&money.approver).await;
    let before = app.snapshot().await;
    let approved = approver.post_form(&format!("/staff/payments/{id}/approve"), &[]).await;
    assert_eq!(approved.status, StatusCode::FORBIDDEN);
    let requested = approver
        .post_form(
            &format!("/staff/payments/awards/{}", money.award),
            &[
                ("idempotency_key", "k-1"),
                ("tranche_id", &first),
                ("amount", "10.00"),
                ("currency", "EUR"),
                ("payee_reference", "X"),
            ],
        )
        .await;
    assert_eq!(requested.status, StatusCode::FORBIDDEN);
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn only_finance_reaches_the_payment_pages_and_finance_or_admins_the_reports() {
    let app = spawn_app().await;
    let money = money(&app).await;
    let first = tranche(&app, &money, 1).await;
    let mut requester = Browser::new(&app);
    requester.sign_in_as(&money.requester).await;
    request_through_form(&mut requester, &money.award, &first, "1000.00").await;
    let id = only_payment(&app, &money).await["id"].as_str().expect("id").to_owned();
    let event = crate::sponsorships::open_event(&app, "3600.00").await;
    let sponsorship = crate::sponsorships::request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let (award, sponsorship) = (
        format!("/staff/payments/awards/{}", money.award),
        format!("/staff/payments/sponsorships/{sponsorship}"),
    );
    let payments = [
        page("/staff/payments"),
        page(format!("/staff/payments/{id}")),
        form(format!("/staff/payments/{id}/approve")),
        form(format!("/staff/payments/{id}/pay")),
        form(format!("/staff/payments/{id}/cancel")),
        page(&award),
        form_with(
            &award,
            &[("tranche_id", first.as_str()), ("amount", "10.00"), ("currency", "EUR")],
        ),
        page(&sponsorship),
        form_with(&sponsorship, &[("amount", "10.00"), ("currency", "EUR")]),
    ];
    refused_to(&app, &[Role::Finance], &payments).await;
    let reports = [page("/staff/reports"), page("/staff/reports/download?format=csv")];
    refused_to(&app, &[Role::Finance, Role::Admin], &reports).await;
    let admin = app.admin().await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&admin).await;
    assert_eq!(browser.get("/staff/reports").await.status, StatusCode::OK);
    let visitor = Browser::new(&app).get("/staff/payments").await;
    assert_eq!(visitor.status, StatusCode::SEE_OTHER);
    assert_eq!(location(&visitor), "/sign-in?next=%2Fstaff%2Fpayments");
    assert_eq!(only_payment(&app, &money).await["status"], "requested");
}

#[tokio::test]
async fn the_reports_page_shows_the_ledger_and_its_csv_holds_the_payment() {
    let app = spawn_app().await;
    let money = money(&app).await;
    let first = tranche(&app, &money, 1).await;
    let mut requester = Browser::new(&app);
    requester.sign_in_as(&money.requester).await;
    request_through_form(&mut requester, &money.award, &first, "1234.50").await;
    let page = requester.get("/staff/reports?report=payments").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains("1,234.50\u{a0}EUR"), "{}", page.text);
    let totals = requester
        .get("/staff/reports?report=disbursements&group_by=status")
        .await;
    assert_eq!(totals.status, StatusCode::OK, "{}", totals.text);
    assert!(totals.text.contains("1,234.50\u{a0}EUR"), "{}", totals.text);
    let csv = requester
        .get("/staff/reports/download?report=payments&format=csv")
        .await;
    assert_eq!(csv.status, StatusCode::OK, "{}", csv.text);
    assert!(csv.text.contains("1234.50"), "{}", csv.text);
    let xlsx = requester
        .get("/staff/reports/download?report=disbursements&format=xlsx")
        .await;
    assert_eq!(xlsx.status, StatusCode::OK);
    assert!(
        xlsx.headers[axum::http::header::CONTENT_TYPE]
            .to_str()
            .unwrap_or_default()
            .contains("spreadsheetml")
    );
    let wrong = requester.get("/staff/reports?from=2026-12-01&to=2026-11-01").await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", wrong.text);
    assert!(wrong.text.contains("href=\"#to\""), "{}", wrong.text);
    let unreadable = requester.get("/staff/reports?from=soon").await;
    assert_eq!(unreadable.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unreadable.text.contains("href=\"#from\""), "{}", unreadable.text);
}

#[tokio::test]
async fn the_award_s_finance_page_writes_its_money_as_the_reader_s_language_does() {
    let app = spawn_app().await;
    let money = money(&app).await;
    let path = format!("/staff/payments/awards/{}", money.award);
    let written = [
        ("en", "24,500.00\u{a0}EUR", "14,700.00\u{a0}EUR"),
        ("fr", "24\u{a0}500,00\u{a0}EUR", "14\u{a0}700,00\u{a0}EUR"),
    ];
    for (language, ceiling, first_tranche) in written {
        let reader = app.finance().await;
        let chosen = app
            .patch("/me", &reader.token, json!({"preferred_language": language}))
            .await;
        assert_eq!(chosen.status, StatusCode::OK, "{}", chosen.text);
        let mut browser = Browser::new(&app);
        browser.sign_in_as(&reader).await;
        let page = browser.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.text);
        assert!(page.text.contains(&format!(r#"lang="{language}""#)), "{}", page.text);
        assert!(page.text.contains(ceiling), "{language}: {}", page.text);
        assert!(page.text.contains(first_tranche), "{language}: {}", page.text);
        assert!(
            !page.text.contains("24500.00"),
            "{language}: no bare amount: {}",
            page.text
        );
    }
}

#[tokio::test]
async fn the_reports_page_converts_the_grand_totals_into_a_reporting_currency_and_its_files_carry_it() {
    let app = spawn_app().await;
    // 1,000.00 EUR and 500.00 USD at 0.9215 requested against an award.
    let finance = crate::leftovers::euro_and_dollar_payments(&app).await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&finance).await;

    let plain = browser.get("/staff/reports?report=disbursements").await;
    assert_eq!(plain.status, StatusCode::OK, "{}", plain.text);
    assert!(
        plain
            .text
            .contains(r#"<label for="reporting_currency">Reporting currency</label>"#)
    );
    for code in ["EUR", "USD"] {
        assert!(
            plain.text.contains(&format!(r#"<option value="{code}">"#)),
            "{code} offered: {}",
            plain.text
        );
    }
    assert!(!plain.text.contains("All currencies in"), "{}", plain.text);

    let euros = browser
        .get("/staff/reports?report=disbursements&group_by=status&reporting_currency=EUR")
        .await;
    assert_eq!(euros.status, StatusCode::OK, "{}", euros.text);
    assert!(
        euros.text.contains(r#"<option value="EUR" selected>"#),
        "{}",
        euros.text
    );
    assert!(euros.text.contains("<h2>All currencies in EUR</h2>"), "{}", euros.text);
    // 1000.00 + 500.00 x 0.9215 = 1460.75, written as the reader's language writes money.
    assert!(euros.text.contains("<bdi>1,460.75\u{a0}EUR</bdi>"), "{}", euros.text);
    assert!(
        euros.text.contains("Rate USD → EUR: 0.9215, recorded on payment"),
        "{}",
        euros.text
    );
    let links: Vec<&str> = euros
        .text
        .split("href=\"")
        .skip(1)
        .filter(|link| link.contains("download?"))
        .collect();
    assert!(!links.is_empty(), "{}", euros.text);
    for link in &links {
        let link = link.split('"').next().unwrap_or_default();
        assert!(link.contains("reporting_currency=EUR"), "{link}");
    }

    let csv = browser
        .get("/staff/reports/download?report=disbursements&format=csv&section=grand_totals&reporting_currency=EUR")
        .await;
    assert_eq!(csv.status, StatusCode::OK, "{}", csv.text);
    assert!(csv.text.contains("All currencies in EUR"), "{}", csv.text);
    assert!(csv.text.contains("1460.75"), "{}", csv.text);
    assert!(csv.text.contains("Rate USD → EUR: 0.9215"), "{}", csv.text);
    let xlsx = browser
        .get("/staff/reports/download?report=disbursements&format=xlsx&reporting_currency=USD")
        .await;
    assert_eq!(xlsx.status, StatusCode::OK, "{}", xlsx.text);

    let ledger = browser
        .get("/staff/reports?report=payments&reporting_currency=USD")
        .await;
    assert_eq!(ledger.status, StatusCode::OK, "{}", ledger.text);
    assert!(
        ledger.text.contains("<h2>All currencies in USD</h2>"),
        "{}",
        ledger.text
    );
    // Nothing has moved yet (requested payments only): no rate is needed.
    assert!(ledger.text.contains("No rate was needed"), "{}", ledger.text);
    let ledger_csv = browser
        .get("/staff/reports/download?report=payments&format=csv&reporting_currency=USD")
        .await;
    assert_eq!(ledger_csv.status, StatusCode::OK, "{}", ledger_csv.text);
    assert!(ledger_csv.text.contains("All currencies in USD"), "{}", ledger_csv.text);
}

#[tokio::test]
async fn a_reporting_currency_without_a_rate_shows_the_form_again_with_the_error() {
    let app = spawn_app().await;
    let finance = crate::leftovers::euro_and_dollar_payments(&app).await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&finance).await;
    for path in [
        "/staff/reports?report=disbursements&reporting_currency=GBP",
        "/staff/reports/download?report=disbursements&format=csv&section=totals&reporting_currency=GBP",
        "/staff/reports/download?report=disbursements&format=xlsx&reporting_currency=GBP",
    ] {
        let page = browser.get(path).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{path}: {}", page.text);
        assert!(
            page.text.contains(r##"href="#reporting_currency""##),
            "{path}: {}",
            page.text
        );
        assert!(
            page.text.contains("no exchange rate from EUR to GBP"),
            "{path}: {}",
            page.text
        );
        assert!(
            page.text
                .contains(r#"aria-describedby="reporting_currency-hint reporting_currency-error""#)
        );
        assert!(!page.text.contains("All currencies in"), "{path}");
    }
    let unknown = browser.get("/staff/reports?reporting_currency=XYZ").await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", unknown.text);
    assert!(
        unknown.text.contains("Choose a reporting currency from the list"),
        "{}",
        unknown.text
    );
}

#[tokio::test]
async fn a_ledger_in_a_reporting_currency_without_a_rate_shows_the_form_again_with_the_error() {
    let app = spawn_app().await;
    let finance = crate::finance_ledger::month(&app).await.finance;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&finance).await;
    for path in [
        "/staff/reports?report=payments&from=2026-11-01&reporting_currency=GBP",
        "/staff/reports/download?report=payments&format=csv&reporting_currency=GBP",
        "/staff/reports/download?report=payments&format=xlsx&reporting_currency=GBP",
    ] {
        let page = browser.get(path).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{path}: {}", page.text);
        assert!(page.text.contains("error-summary"), "{path}: {}", page.text);
        assert!(
            page.text.contains(r##"href="#reporting_currency""##),
            "{path}: {}",
            page.text
        );
        assert!(page.text.contains("no exchange rate from"), "{path}: {}", page.text);
        assert!(page.text.contains("to GBP"), "{path}: {}", page.text);
        assert!(
            page.text
                .contains(r#"aria-describedby="reporting_currency-hint reporting_currency-error""#)
        );
        assert!(
            page.text.contains(r#"value="payments" checked"#),
            "the ledger is still the report chosen: {path}"
        );
        assert!(
            page.text.contains(r#"<option value="EUR">EUR</option>"#)
                && page.text.contains(r#"<option value="USD">USD</option>"#),
            "the currencies with a rate are still offered: {path}"
        );
        assert!(!page.text.contains("All currencies in"), "{path}");
    }
    let dated = browser
        .get("/staff/reports?report=payments&from=2026-11-01&reporting_currency=GBP")
        .await;
    assert!(
        dated.text.contains(r#"value="2026-11-01""#),
        "what was chosen stays: {}",
        dated.text
    );
    let ledger = browser.get("/staff/reports?report=payments").await;
    assert_eq!(ledger.status, StatusCode::OK, "{}", ledger.text);
    assert!(ledger.text.contains("1,000.00\u{a0}USD"), "{}", ledger.text);
    let euros = browser
        .get("/staff/reports?report=payments&reporting_currency=EUR")
        .await;
    assert_eq!(euros.status, StatusCode::OK, "{}", euros.text);
    assert!(euros.text.contains(r#"id="converted""#), "{}", euros.text);
    let csv = browser
        .get("/staff/reports/download?report=payments&format=csv&reporting_currency=EUR")
        .await;
    assert_eq!(csv.status, StatusCode::OK, "{}", csv.text);
}

#[tokio::test]
async fn only_finance_and_admins_reach_the_reports_in_a_reporting_currency() {
    let app = spawn_app().await;
    crate::leftovers::euro_and_dollar_payments(&app).await;
    let paths = [
        "/staff/reports?reporting_currency=EUR",
        "/staff/reports/download?format=csv&reporting_currency=EUR",
    ];
    refused_to(&app, &[Role::Finance, Role::Admin], &paths.map(page)).await;
    let admin = app.admin().await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&admin).await;
    let page = browser.get(paths[0]).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains("All currencies in EUR"), "{}", page.text);
}

/// A finance user who reads the workspace in `language`.
async fn finance_in(app: &TestApp, language: &str) -> Actor {
    let reader = app.finance().await;
    let chosen = app
        .patch("/me", &reader.token, json!({"preferred_language": language}))
        .await;
    assert_eq!(chosen.status, StatusCode::OK, "{}", chosen.text);
    reader
}

#[tokio::test]
async fn an_amount_typed_in_arabic_indic_digits_is_requested_as_the_number_it_is() {
    let app = spawn_app().await;
    let money = money(&app).await;
    let first = tranche(&app, &money, 1).await;
    let reader = finance_in(&app, "ar").await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&reader).await;

    let (_, requested) = request_through_form(&mut browser, &money.award, &first, "١٢٠٠٠").await;

    assert_eq!(requested.status, StatusCode::SEE_OTHER, "{}", requested.text);
    assert_eq!(only_payment(&app, &money).await["amount"], "12000.00");
}

#[tokio::test]
async fn a_french_amount_with_spaces_is_requested_and_an_ambiguous_one_is_refused_changing_nothing() {
    let app = spawn_app().await;
    let money = money(&app).await;
    let first = tranche(&app, &money, 1).await;
    let reader = finance_in(&app, "fr").await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&reader).await;

    let (form, ambiguous) = request_through_form(&mut browser, &money.award, &first, "1.500").await;
    assert_eq!(ambiguous.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", ambiguous.text);
    assert!(ambiguous.text.contains("href=\"#amount\""), "{}", ambiguous.text);
    assert!(
        ambiguous.text.contains("1\u{a0}250,00"),
        "the hint's example is French: {}",
        ambiguous.text
    );
    assert_eq!(app.count("disbursements").await, 0, "nothing is requested");
    assert!(
        form.contains("Tranche 1 (14\u{a0}700,00\u{a0}EUR disponibles)"),
        "each tranche's option says what it has available: {form}"
    );
    assert!(
        form.contains("Au plus le montant disponible de la tranche choisie"),
        "the hint points to the tranche's amount, not the award's: {form}"
    );

    let (_, requested) = request_through_form(&mut browser, &money.award, &first, "12 000,50").await;
    assert_eq!(requested.status, StatusCode::SEE_OTHER, "{}", requested.text);
    assert_eq!(only_payment(&app, &money).await["amount"], "12000.50");
}
