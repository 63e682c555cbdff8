//! The payment ledger and the readable finance files: a month of payments and a refund
//! reconciled against the bank's references, the workbook read back from its XML, the CSV
//! for Excel in two languages, who may read it, and what bad parameters get.

use std::collections::HashMap;
use std::io::Read;

use axum::http::StatusCode;
use chrono::{Datelike, NaiveDate};
use grantdesk::clock::Clock;
use serde_json::{Value, json};

use crate::reports::read_sheet;
use crate::sponsorships::{Event, decide, open_event, request};
use crate::support::{Actor, TestApp, spawn_app};

/// A month of money: three payments against an award, one approved but not yet paid, and
/// a traveller's advance paid then refunded after the trip was cancelled.
pub(crate) struct Month {
    pub(crate) finance: Actor,
    organisation: String,
    first_day: NaiveDate,
    last_day: NaiveDate,
}

/// Requests, approves (a second finance user) and pays `amount` at `path` with the bank's
/// `reference`; answers the disbursement's id.
async fn pay(app: &TestApp, finance: (&Actor, &Actor), path: &str, body: Value, reference: Option<&str>) -> String {
    let key = uuid::Uuid::new_v4().to_string();
    let requested = app.request_payment(finance.0, path, &key, body).await;
    assert_eq!(requested.status, StatusCode::CREATED, "{}", requested.text);
    let id = requested.id();
    let approved = app
        .post_empty(&format!("/disbursements/{id}/approve"), &finance.1.token)
        .await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.text);
    if let Some(reference) = reference {
        let today = app.clock.now().date_naive();
        let paid = app
            .post(
                &format!("/disbursements/{id}/pay"),
                &finance.0.token,
                json!({"paid_on": today, "payment_reference": reference}),
            )
            .await;
        assert_eq!(paid.status, StatusCode::OK, "{}", paid.text);
    }
    id
}

async fn refunded_trip(app: &TestApp, finance: (&Actor, &Actor)) -> Event {
    let event = open_event(app, "9000.00").await;
    let trip = request(app, &event, "Амина Юсупова", "female", "25-34").await;
    assert_eq!(decide(app, &event, &trip, "approved").await.status, StatusCode::OK);
    let advance = json!({"amount": "1000.00", "currency": "EUR", "payee_reference": "KE-EQUITY-0123456789"});
    let path = format!("/sponsorship-requests/{trip}/disbursements");
    pay(app, finance, &path, advance, Some("BANK-ADV-9")).await;
    let cancelled = app
        .post(
            &format!("/sponsorship-requests/{trip}/cancel"),
            &event.member.token,
            json!({"reason": "Visa refused"}),
        )
        .await;
    assert_eq!(cancelled.body["reclaim"]["amount"], "1000.00", "{}", cancelled.text);
    let today = app.clock.now().date_naive();
    let refunded = app
        .post(
            &format!("/sponsorship-requests/{trip}/refund"),
            &finance.1.token,
            json!({"received_on": today, "reference": "REFUND-KE-77"}),
        )
        .await;
    assert_eq!(refunded.status, StatusCode::OK, "{}", refunded.text);
    // A second traveller is approved and not yet paid: a commitment still outstanding.
    let waiting = request(app, &event, "Brian Otieno", "male", "35-49").await;
    assert_eq!(decide(app, &event, &waiting, "approved").await.status, StatusCode::OK);
    event
}

pub(crate) async fn month(app: &TestApp) -> Month {
    let scene = app.scene().await;
    let decision = json!({"outcome": "awarded", "reason": "Funded in full.", "amount": "24500.00"});
    let award = app.active_award(&scene, decision).await;
    let finance = app.finance().await;
    let approver = app.finance().await;
    let path = format!("/awards/{award}/disbursements");
    let eur = |amount: &str| json!({"amount": amount, "currency": "EUR", "payee_reference": "KE-ACC-1"});
    let usd = json!({"amount": "1000.00", "currency": "USD", "fx_rate": "0.9", "payee_reference": "KE-ACC-1"});
    for (body, reference) in [
        (eur("14700.00"), Some("BANK-0001")),
        (usd, Some("BANK-0002")),
        (eur("250.00"), Some("BANK-0003")),
        (eur("400.00"), None),
    ] {
        pay(app, (&finance, &approver), &path, body, reference).await;
    }
    refunded_trip(app, (&finance, &approver)).await;
    let today = app.clock.now().date_naive();
    let first_day = today.with_day(1).expect("first day");
    let last_day = (first_day + chrono::Months::new(1)).pred_opt().expect("last day");
    Month {
        finance,
        organisation: scene.organisation,
        first_day,
        last_day,
    }
}

/// Every entry of the ledger at `query`, page by page (two entries a page).
async fn ledger(app: &TestApp, token: &str, query: &str) -> Vec<Value> {
    let mut entries = Vec::new();
    let mut cursor = String::new();
    loop {
        let page = app
            .get(&format!("/reports/payments?limit=2&{query}{cursor}"), token)
            .await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.text);
        entries.extend(page.body["items"].as_array().expect("items").iter().cloned());
        match page.body["next_cursor"].as_str() {
            Some(next) => cursor = format!("&cursor={next}"),
            None => return entries,
        }
    }
}

#[tokio::test]
async fn finance_reconciles_a_month_of_payments_and_a_refund_against_the_bank_s_references() {
    let app = spawn_app().await;
    let month = month(&app).await;
    // The bank statement of the month: what left the account and what came back.
    let statement: HashMap<&str, (&str, &str)> = HashMap::from([
        ("BANK-0001", ("14700.00", "EUR")),
        ("BANK-0002", ("1000.00", "USD")),
        ("BANK-0003", ("250.00", "EUR")),
        ("BANK-ADV-9", ("1000.00", "EUR")),
        ("REFUND-KE-77", ("-1000.00", "EUR")),
    ]);
    let period = format!("from={}&to={}", month.first_day, month.last_day);
    let entries = ledger(&app, &month.finance.token, &period).await;
    assert_eq!(
        entries.len(),
        6,
        "five movements and one payment approved, not yet paid"
    );
    let moved: Vec<&Value> = entries
        .iter()
        .filter(|entry| entry["status"] == "paid" || entry["status"] == "refunded")
        .collect();
    assert_eq!(moved.len(), statement.len());
    for entry in &moved {
        let reference = entry["bank_reference"]
            .as_str()
            .expect("every movement has the bank's reference");
        let (amount, currency) = statement[reference];
        assert_eq!(
            (entry["amount"].as_str(), entry["currency"].as_str()),
            (Some(amount), Some(currency))
        );
        assert_eq!(entry["paid_on"], entry["entry_on"]);
    }
    let usd = moved
        .iter()
        .find(|entry| entry["currency"] == "USD")
        .expect("USD payment");
    assert_eq!(
        (usd["fx_rate"].as_str(), usd["counted_amount"].as_str()),
        (Some("0.9"), Some("900.00"))
    );
    assert!(usd["source_reference"].as_str().expect("award").starts_with("GD-"));
    assert!(
        usd["approved_by"].is_string() && usd["requested_by"].is_string(),
        "{usd}"
    );
    let refund = moved
        .iter()
        .find(|entry| entry["kind"] == "refund")
        .expect("the refund");
    assert_eq!(refund["traveller"], "Амина Юсупова");
    assert_eq!(refund["counted_amount"], "-1000.00");
    let waiting = entries
        .iter()
        .find(|entry| entry["status"] == "approved")
        .expect("unpaid");
    assert_eq!(
        (waiting["paid_on"].clone(), waiting["bank_reference"].clone()),
        (Value::Null, Value::Null)
    );

    let refunds_only = ledger(&app, &month.finance.token, &format!("{period}&status=refunded")).await;
    assert_eq!(refunds_only.len(), 1);
    let of_organisation = ledger(
        &app,
        &month.finance.token,
        &format!("{period}&organisation_id={}", month.organisation),
    )
    .await;
    assert_eq!(of_organisation.len(), 4, "the award's payments only");
    let next_month = month.last_day.succ_opt().expect("day");
    let later = ledger(&app, &month.finance.token, &format!("from={next_month}")).await;
    assert!(later.is_empty(), "nothing moved after the month");

    let csv = app
        .get(&format!("/reports/payments?format=csv&{period}"), &month.finance.token)
        .await;
    let references: Vec<String> = csv_table(&csv.text)
        .into_iter()
        .filter_map(|row| row.get("Bank reference").cloned())
        .filter(|reference| !reference.is_empty())
        .collect();
    let mut expected: Vec<&str> = statement.keys().copied().collect();
    expected.sort_unstable();
    let mut found: Vec<&str> = references.iter().map(String::as_str).collect();
    found.sort_unstable();
    assert_eq!(found, expected, "the CSV carries the same references");
}

/// The table of a report's CSV, after its heading and the empty line: rows by heading.
pub(crate) fn csv_table(text: &str) -> Vec<HashMap<String, String>> {
    let body = text
        .split_once("\n\n")
        .or_else(|| text.split_once("\r\n\r\n"))
        .expect("an empty line after the heading")
        .1;
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let headings: Vec<String> = reader.headers().expect("headings").iter().map(str::to_owned).collect();
    reader
        .records()
        .map(|record| {
            headings
                .iter()
                .cloned()
                .zip(record.expect("record").iter().map(str::to_owned))
                .collect()
        })
        .collect()
}

/// A file of an XLSX workbook, as text.
pub(crate) fn workbook_part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("an XLSX is a zip");
    let mut text = String::new();
    archive
        .by_name(name)
        .expect("the part")
        .read_to_string(&mut text)
        .expect("utf-8");
    text
}

#[tokio::test]
async fn the_workbook_opens_with_frozen_headings_filters_fitted_columns_and_a_totals_row() {
    let app = spawn_app().await;
    let month = month(&app).await;
    let xlsx = app.get("/reports/payments?format=xlsx", &month.finance.token).await;
    assert_eq!(xlsx.status, StatusCode::OK, "{}", xlsx.text);
    let sheet = workbook_part(&xlsx.bytes, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("<pane ") && sheet.contains("ySplit=\"5\"") && sheet.contains("state=\"frozen\""));
    assert!(sheet.contains("<autoFilter ref=\"A5:"), "{sheet}");
    assert!(sheet.contains("<cols>"), "columns fitted to their content");
    let workbook = workbook_part(&xlsx.bytes, "xl/workbook.xml");
    assert!(workbook.contains("name=\"Payments and refunds\""));
    let styles = workbook_part(&xlsx.bytes, "xl/styles.xml");
    assert!(styles.contains("formatCode=\"#,##0.00\"") && styles.contains("formatCode=\"yyyy-mm-dd\""));

    let rows = read_sheet(&xlsx.bytes, 1);
    assert_eq!(rows[0][0], "Payment ledger");
    assert_eq!(rows[1][0], "Period: all dates");
    assert!(rows[2][0].starts_with("Generated: "));
    // (The empty row between the heading and the table has no cells, so it is not read.)
    assert_eq!(rows[3][..3], ["Date", "Status", "Requested on"]);
    // (`read_sheet` leaves out empty cells: a refund has no request or approval date.)
    let refund = rows
        .iter()
        .find(|row| row.get(1).is_some_and(|status| status == "refunded"))
        .expect("refund");
    assert!(refund.contains(&"-1000".to_owned()), "{refund:?}");
    assert!(sheet.contains("<v>-1000</v>"), "the amount is a number, not text");
    assert!(
        refund[0].parse::<f64>().is_ok(),
        "a date is a date serial: {}",
        refund[0]
    );
    let totals: Vec<&Vec<String>> = rows
        .iter()
        .filter(|row| row[0] == "Total paid, net of refunds")
        .collect();
    assert_eq!(totals.len(), 2, "one totals row per currency");
    // EUR: 14,700 + 250 + 1,000 paid, 1,000 refunded; USD: 1,000.
    assert_eq!(totals[0][1..], ["14950", "EUR"]);
    assert_eq!(totals[1][1..], ["1000", "USD"]);
}

#[tokio::test]
async fn the_csv_starts_with_a_byte_order_mark_and_names_its_columns_in_the_reader_s_language() {
    let app = spawn_app().await;
    let month = month(&app).await;
    let english = app.get("/reports/payments?format=csv", &month.finance.token).await;
    assert_eq!(english.status, StatusCode::OK);
    assert!(
        english.bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 byte-order mark for Excel"
    );
    let text = english.text.trim_start_matches('\u{feff}');
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Payment ledger");
    assert_eq!(lines[1], "Period: all dates");
    assert!(lines[2].starts_with("Generated: "));
    assert!(
        lines[4].starts_with(
            "Date,Status,Requested on,Approved on,Paid or received on,Payee reference,Bank reference,Amount"
        )
    );
    let rows = csv_table(text);
    assert!(
        rows.iter().any(|row| row["Source"].ends_with(" · Амина Юсупова")),
        "{text}"
    );

    let french = app
        .get("/reports/payments?format=csv&lang=fr&excel=false", &month.finance.token)
        .await;
    assert!(
        !french.bytes.starts_with(b"\xEF\xBB\xBF"),
        "no byte-order mark when asked"
    );
    let lines: Vec<&str> = french.text.lines().collect();
    assert_eq!(lines[0], "Grand livre des paiements");
    assert!(lines[4].contains("Référence bancaire") && lines[4].starts_with("Date,Statut,Demandé le"));
    let first_day = month.first_day;
    let arabic = app
        .get(
            &format!("/reports/payments?format=csv&lang=ar&from={first_day}"),
            &month.finance.token,
        )
        .await;
    assert!(arabic.text.contains("دفتر المدفوعات") && arabic.text.contains(&format!("من {first_day}")));
}

#[tokio::test]
async fn only_finance_and_admins_read_the_ledger() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let reviewer = app.reviewer().await;
    for actor in [&scene.officer, &scene.member, &reviewer] {
        for format in ["json", "csv", "xlsx"] {
            let answer = app
                .get(&format!("/reports/payments?format={format}"), &actor.token)
                .await;
            assert_eq!(answer.status, StatusCode::FORBIDDEN, "{}", actor.email);
            assert!(answer.is_problem());
        }
    }
    assert_eq!(app.get("/reports/payments", "").await.status, StatusCode::UNAUTHORIZED);
    let admin = app.admin().await;
    let answer = app.get("/reports/payments", &admin.token).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.body, json!({"items": [], "next_cursor": null}));
}

#[tokio::test]
async fn a_do_not_publish_organisation_is_named_in_full_to_finance() {
    let app = spawn_app().await;
    let month = month(&app).await;
    let organisation = app
        .get(&format!("/organisations/{}", month.organisation), &month.finance.token)
        .await;
    let legal_name = organisation.body["legal_name"].as_str().expect("name").to_owned();
    let officer = app.officer().await;
    let hidden = app
        .patch(
            &format!("/organisations/{}", month.organisation),
            &officer.token,
            json!({"do_not_publish": true}),
        )
        .await;
    assert_eq!(hidden.status, StatusCode::OK, "{}", hidden.text);
    let entries = ledger(
        &app,
        &month.finance.token,
        &format!("organisation_id={}", month.organisation),
    )
    .await;
    assert!(!entries.is_empty());
    assert!(
        entries
            .iter()
            .all(|entry| entry["organisation_name"] == legal_name.as_str())
    );
}

#[tokio::test]
async fn bad_parameters_get_a_problem_naming_them() {
    let app = spawn_app().await;
    let finance = app.finance().await;
    for (query, field) in [
        ("from=2026-11-30&to=2026-11-01", "to"),
        ("status=lost", "status"),
        ("format=pdf", "format"),
        ("cursor=p.2026-11-01.nope", "cursor"),
        ("call_id=42", "call_id"),
        ("limit=0", "limit"),
        ("excel=perhaps", "excel"),
        ("lang=xx", "lang"),
    ] {
        let answer = app.get(&format!("/reports/payments?{query}"), &finance.token).await;
        assert!(answer.status.is_client_error(), "{query}: {}", answer.status);
        assert!(answer.is_problem(), "{query}: {}", answer.text);
        assert!(answer.text.contains(field), "{query} names {field}: {}", answer.text);
    }
}

#[tokio::test]
async fn refunds_show_in_the_disbursement_report_and_unpaid_sponsorships_are_outstanding() {
    let app = spawn_app().await;
    let month = month(&app).await;
    let token = &month.finance.token;
    let by_call = app.get("/reports/disbursements?group_by=call", token).await;
    assert_eq!(by_call.status, StatusCode::OK, "{}", by_call.text);
    let travel = by_call.body["totals"]
        .as_array()
        .expect("totals")
        .iter()
        .find(|row| {
            row["label"]
                .as_str()
                .is_some_and(|label| label.starts_with("Travel sponsorship: "))
        })
        .expect("the event's group");
    assert_eq!(
        (
            &travel["amounts"]["paid"],
            &travel["amounts"]["refunded"],
            &travel["amounts"]["net"]
        ),
        (&json!("1000.00"), &json!("1000.00"), &json!("0.00"))
    );
    let by_status = app.get("/reports/disbursements?group_by=status", token).await;
    let refunded = by_status.body["totals"]
        .as_array()
        .expect("totals")
        .iter()
        .find(|row| row["group"] == "refunded")
        .expect("a refunded group");
    assert_eq!(
        (refunded["count"].clone(), refunded["amounts"]["refunded"].clone()),
        (json!(0), json!("1000.00"))
    );
    let eur = by_status.body["grand_totals"]
        .as_array()
        .expect("grand totals")
        .iter()
        .find(|total| total["currency"] == "EUR")
        .expect("EUR");
    // Paid 14,700 + 250 + 1,000 in EUR, 1,000 of it refunded.
    assert_eq!(
        (eur["amounts"]["paid"].clone(), eur["amounts"]["net"].clone()),
        (json!("15950.00"), json!("14950.00"))
    );

    let owed: Vec<&Value> = by_call.body["outstanding"]
        .as_array()
        .expect("outstanding")
        .iter()
        .filter(|row| row["kind"] == "sponsorship")
        .collect();
    assert_eq!(
        owed.len(),
        1,
        "the approved trip, not the cancelled one: {}",
        by_call.body["outstanding"]
    );
    assert!(owed[0]["reference"].as_str().expect("reference").starts_with("SP-"));
    assert!(
        owed[0]["call_title"]
            .as_str()
            .expect("title")
            .ends_with("· Brian Otieno")
    );
    assert_eq!(owed[0]["paid"], "0.00");
    assert_eq!(owed[0]["outstanding"], owed[0]["awarded"]);

    let csv = app
        .get("/reports/disbursements?format=csv&section=outstanding", token)
        .await;
    let rows = csv_table(csv.text.trim_start_matches('\u{feff}'));
    let kinds: Vec<&str> = rows.iter().map(|row| row["Commitment type"].as_str()).collect();
    assert_eq!(kinds, ["award", "sponsorship"]);
    let grand = app
        .get("/reports/disbursements?format=csv&section=grand_totals", token)
        .await;
    let rows = csv_table(grand.text.trim_start_matches('\u{feff}'));
    assert_eq!(rows.len(), 2, "EUR and USD");
    assert_eq!(rows[0]["Refunded"], "1000.00");
    assert_eq!(rows[0]["Net paid"], "14950.00");
}

/// A decimal as a report writes it.
fn decimal(text: &str) -> rust_decimal::Decimal {
    text.parse().unwrap_or_else(|_| panic!("a decimal: {text:?}"))
}

/// The rate a report's line names ("Rate USD → EUR: 0.9, recorded on payment …").
fn rate_in(line: &str, from: &str, to: &str) -> rust_decimal::Decimal {
    let start = format!("Rate {from} → {to}: ");
    let rest = line
        .strip_prefix(&start)
        .unwrap_or_else(|| panic!("{line:?} names {start}"));
    decimal(rest.split(',').next().expect("the rate"))
}

/// `amount` converted at `rate` and rounded to cents, as finance would by hand.
fn converted(amount: &str, rate: rust_decimal::Decimal) -> rust_decimal::Decimal {
    (decimal(amount) * rate).round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

#[tokio::test]
async fn the_ledger_gives_the_money_moved_in_a_reporting_currency_in_json_csv_and_xlsx() {
    let app = spawn_app().await;
    let month = month(&app).await;
    let token = &month.finance.token;

    // JSON: over every entry, not the page of two; EUR 14,950.00 moved, and USD 1,000.00 at
    // 0.9, the rate recorded on the payment.
    let json = app.get("/reports/payments?limit=2&reporting_currency=EUR", token).await;
    assert_eq!(json.status, StatusCode::OK, "{}", json.text);
    let total = &json.body["reporting_total"];
    assert_eq!(total["currency"], "EUR");
    assert_eq!(total["amount"], "15850.00", "{total}");
    assert_eq!(total["rates"][0]["from"], "USD");
    assert_eq!(total["rates"][0]["rate"], "0.9");
    assert_eq!(total["rates"][0]["source"], "payment");
    let plain = app.get("/reports/payments?limit=2", token).await;
    assert!(plain.body.get("reporting_total").is_none());

    // CSV, in dollars: the euros at the inverse of the recorded rate.
    let csv = app
        .get("/reports/payments?format=csv&reporting_currency=USD", token)
        .await;
    assert_eq!(csv.status, StatusCode::OK, "{}", csv.text);
    let rows = csv_table(csv.text.trim_start_matches('\u{feff}'));
    let total_of = |currency: &str| {
        rows.iter()
            .find(|row| row["Date"] == "Total paid, net of refunds" && row["Currency"] == currency)
            .map(|row| row["Amount"].clone())
            .unwrap_or_else(|| panic!("a total in {currency}: {}", csv.text))
    };
    assert_eq!(total_of("EUR"), "14950.00");
    assert_eq!(total_of("USD"), "1000.00");
    let line = rows
        .iter()
        .map(|row| row["Date"].clone())
        .find(|date| date.starts_with("Rate EUR → USD: "))
        .expect("the rate used is named");
    assert!(line.contains("the inverse of the rate recorded on payment"), "{line}");
    let rate = rate_in(&line, "EUR", "USD");
    let expected = converted("14950.00", rate) + decimal("1000.00");
    assert_eq!(decimal(&total_of("All currencies in USD")), expected);
    assert_eq!(expected, decimal("17611.11"), "14,950.00 x 1.1111111111 + 1,000.00");

    // XLSX: the same row under the totals per currency.
    let xlsx = app
        .get("/reports/payments?format=xlsx&reporting_currency=EUR", token)
        .await;
    assert_eq!(xlsx.status, StatusCode::OK, "{}", xlsx.text);
    let sheet = read_sheet(&xlsx.bytes, 1);
    let in_euros = sheet
        .iter()
        .find(|row| row.last().is_some_and(|cell| cell == "All currencies in EUR"))
        .expect("a total in the reporting currency");
    let line = sheet
        .iter()
        .find_map(|row| row.first().filter(|cell| cell.starts_with("Rate USD → EUR: ")).cloned())
        .expect("the rate used is named");
    assert!(line.contains("recorded on payment"), "{line}");
    let expected = decimal("14950") + converted("1000", rate_in(&line, "USD", "EUR"));
    assert_eq!(decimal(&in_euros[1]), expected, "{in_euros:?}");

    // A currency without any rate is refused, naming the pair, in every format.
    for format in ["json", "csv", "xlsx"] {
        let pounds = app
            .get(
                &format!("/reports/payments?format={format}&reporting_currency=GBP"),
                token,
            )
            .await;
        assert_eq!(
            pounds.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{format}: {}",
            pounds.text
        );
        assert_eq!(pounds.failing_fields(), ["reporting_currency"]);
        assert!(
            pounds.text.contains("no exchange rate from EUR to GBP"),
            "{}",
            pounds.text
        );
    }
}

#[tokio::test]
async fn the_disbursement_report_s_csv_and_xlsx_end_their_grand_totals_in_a_reporting_currency() {
    let app = spawn_app().await;
    let month = month(&app).await;
    let token = &month.finance.token;

    let csv = app
        .get(
            "/reports/disbursements?format=csv&section=grand_totals&reporting_currency=EUR",
            token,
        )
        .await;
    assert_eq!(csv.status, StatusCode::OK, "{}", csv.text);
    let rows = csv_table(csv.text.trim_start_matches('\u{feff}'));
    let row_of = |currency: &str| {
        rows.iter()
            .find(|row| row["Currency"] == currency)
            .unwrap_or_else(|| panic!("a row for {currency}: {}", csv.text))
    };
    let line = rows
        .iter()
        .map(|row| row["Currency"].clone())
        .find(|cell| cell.starts_with("Rate USD → EUR: "))
        .expect("the rate used is named");
    assert!(line.contains("recorded on payment"), "{line}");
    let rate = rate_in(&line, "USD", "EUR");
    let in_euros = row_of("All currencies in EUR");
    for column in ["Paid", "Net paid"] {
        let expected = decimal(&row_of("EUR")[column]) + converted(&row_of("USD")[column], rate);
        assert_eq!(decimal(&in_euros[column]), expected, "{column}: {}", csv.text);
    }
    assert_eq!(in_euros["Paid"], "16850.00", "15,950.00 EUR + 1,000.00 USD x 0.9");
    let plain = app
        .get("/reports/disbursements?format=csv&section=grand_totals", token)
        .await;
    assert!(!plain.text.contains("All currencies in"));

    // The totals section ends with the same grand total.
    let totals = app
        .get("/reports/disbursements?format=csv&reporting_currency=EUR", token)
        .await;
    let rows = csv_table(totals.text.trim_start_matches('\u{feff}'));
    let last_total = rows
        .iter()
        .find(|row| row["Currency"] == "All currencies in EUR")
        .expect("a grand total under the totals");
    assert_eq!(last_total["Paid"], "16850.00");

    // XLSX: on the grand totals sheet (and under the totals), paid is the fifth cell.
    let xlsx = app
        .get("/reports/disbursements?format=xlsx&reporting_currency=EUR", token)
        .await;
    assert_eq!(xlsx.status, StatusCode::OK, "{}", xlsx.text);
    for (number, skip) in [(2, 0), (1, 1)] {
        let sheet = read_sheet(&xlsx.bytes, number);
        let row = sheet
            .iter()
            .find(|row| row.iter().any(|cell| cell == "All currencies in EUR"))
            .unwrap_or_else(|| panic!("a grand total in euros on sheet {number}: {sheet:?}"));
        assert_eq!(decimal(&row[skip + 4]), decimal("16850"), "{row:?}");
        let named = |row: &Vec<String>| {
            row.first()
                .is_some_and(|cell| cell.starts_with("Rate USD → EUR: 0.9, recorded on payment"))
        };
        assert!(sheet.iter().any(named), "the rate is named on sheet {number}");
    }

    let pounds = app
        .get(
            "/reports/disbursements?format=csv&section=grand_totals&reporting_currency=GBP",
            token,
        )
        .await;
    assert_eq!(pounds.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", pounds.text);
    assert_eq!(pounds.failing_fields(), ["reporting_currency"]);
}
