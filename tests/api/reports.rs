//! The finance report: totals against a hand-computed fixture, in JSON, CSV and XLSX.

use std::collections::HashMap;
use std::io::Read;

use axum::http::StatusCode;
use grantdesk::clock::Clock;
use serde_json::{Value, json};

use crate::finance_ledger::csv_table;
use crate::support::{Actor, TestApp, spawn_app};

/// One award of 24,500.00 EUR to a Kenyan organisation and four disbursements, worked by
/// hand:
/// 1. 14,700.00 EUR, paid;
/// 2. 1,000.00 USD at 0.9, approved: 900.00 EUR against the award;
/// 3. 500.00 EUR, cancelled;
/// 4. 250.00 EUR, requested.
struct Fixture {
    finance: Actor,
    award: String,
    call: String,
}

async fn fixture(app: &TestApp) -> Fixture {
    let scene = app.scene().await;
    let today = app.clock.now().date_naive();
    let decision = json!({"outcome": "awarded", "reason": "Funded in full.", "amount": "24500.00"});
    let award = app.active_award(&scene, decision).await;
    let finance = app.finance().await;
    let approver = app.finance().await;
    let eur = |amount: &str| json!({"amount": amount, "currency": "EUR", "payee_reference": "KE-ACC-1"});
    let request = |key: &str, body: Value| {
        let finance = finance.clone();
        let award = award.clone();
        let key = key.to_owned();
        async move {
            let answer = app.request_disbursement(&finance, &award, &key, body).await;
            assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text);
            answer.id()
        }
    };
    let paid = request("r-1", eur("14700.00")).await;
    let usd = request(
        "r-2",
        json!({"amount": "1000.00", "currency": "USD", "fx_rate": "0.9", "payee_reference": "KE-ACC-1"}),
    )
    .await;
    let cancelled = request("r-3", eur("500.00")).await;
    request("r-4", eur("250.00")).await;
    for id in [&paid, &usd] {
        let approved = app
            .post_empty(&format!("/disbursements/{id}/approve"), &approver.token)
            .await;
        assert_eq!(approved.status, StatusCode::OK, "{}", approved.text);
    }
    app.post(
        &format!("/disbursements/{paid}/pay"),
        &approver.token,
        json!({"paid_on": today, "payment_reference": "BANK-77"}),
    )
    .await;
    app.post(
        &format!("/disbursements/{cancelled}/cancel"),
        &approver.token,
        json!({"reason": "Duplicate request."}),
    )
    .await;
    Fixture {
        finance,
        award,
        call: scene.call,
    }
}

fn by_currency(totals: &Value) -> HashMap<String, Value> {
    totals
        .as_array()
        .expect("totals")
        .iter()
        .map(|row| {
            (
                format!(
                    "{}/{}",
                    row["group"].as_str().unwrap_or_default(),
                    row["currency"].as_str().unwrap_or_default()
                ),
                row.clone(),
            )
        })
        .collect()
}

#[tokio::test]
async fn the_report_totals_match_the_hand_computed_fixture_in_every_grouping() {
    let app = spawn_app().await;
    let fixture = fixture(&app).await;
    let token = &fixture.finance.token;

    let report = app.get("/reports/disbursements?group_by=currency", token).await;
    assert_eq!(report.status, StatusCode::OK, "{}", report.text);
    let rows = by_currency(&report.body["totals"]);
    assert_eq!(rows.len(), 2, "{}", report.body);
    let eur = &rows["EUR/EUR"];
    assert_eq!(eur["count"], 3);
    assert_eq!(
        eur["amounts"],
        json!({"requested": "250.00", "approved": "0.00", "paid": "14700.00", "cancelled": "500.00",
               "refunded": "0.00", "net": "14700.00"})
    );
    assert_eq!(eur["call_currency"], "EUR");
    let usd = &rows["USD/USD"];
    assert_eq!(usd["amounts"]["approved"], "1000.00");
    assert_eq!(usd["in_call_currency"]["approved"], "900.00");
    assert_eq!(usd["call_currency"], "EUR");
    assert_eq!(report.body["outstanding"][0]["award_id"], fixture.award.as_str());
    assert_eq!(report.body["outstanding"][0]["kind"], "award");
    assert_eq!(
        report.body["grand_totals"].as_array().map(Vec::len),
        Some(2),
        "EUR and USD"
    );
    assert_eq!(report.body["outstanding"][0]["awarded"], "24500.00");
    assert_eq!(report.body["outstanding"][0]["paid"], "14700.00");
    assert_eq!(report.body["outstanding"][0]["outstanding"], "9800.00");
    assert_eq!(
        report.body["outstanding_totals"],
        json!([{"currency": "EUR", "awarded": "24500.00", "paid": "14700.00", "outstanding": "9800.00"}])
    );

    let status = app.get("/reports/disbursements?group_by=status", token).await;
    let rows = by_currency(&status.body["totals"]);
    assert_eq!(rows["cancelled/EUR"]["amounts"]["cancelled"], "500.00");
    assert_eq!(rows["approved/USD"]["in_call_currency"]["approved"], "900.00");
    assert_eq!(rows["requested/EUR"]["count"], 1);

    let region = app.get("/reports/disbursements?group_by=region", token).await;
    assert_eq!(region.body["totals"][0]["group"], "Africa");
    let country = app.get("/reports/disbursements?group_by=country", token).await;
    assert_eq!(country.body["totals"][0]["group"], "KE");
    assert_eq!(country.body["totals"][0]["label"], "Kenya");
    let call = app.get("/reports/disbursements?group_by=call", token).await;
    assert_eq!(call.body["totals"][0]["group"], fixture.call.as_str());
    assert_eq!(call.body["totals"][0]["label"], "Youth and women leading prevention");
    let month = app.get("/reports/disbursements", token).await;
    assert_eq!(month.body["group_by"], "month");
    assert_eq!(month.body["totals"][0]["group"], "2026-11");

    let later = app.get("/reports/disbursements?from=2026-12-01", token).await;
    assert_eq!(later.body["totals"], json!([]), "nothing was requested in December");
    let backwards = app
        .get("/reports/disbursements?from=2026-12-01&to=2026-11-01", token)
        .await;
    assert_eq!(backwards.failing_fields(), vec!["to"]);
    let unknown = app.get("/reports/disbursements?group_by=colour", token).await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn csv_and_xlsx_read_back_with_the_same_figures() {
    let app = spawn_app().await;
    let fixture = fixture(&app).await;
    let csv = app
        .get(
            "/reports/disbursements?group_by=currency&format=csv",
            &fixture.finance.token,
        )
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.headers["content-type"]
            .to_str()
            .expect("type")
            .starts_with("text/csv")
    );
    let text = csv.text.trim_start_matches('\u{feff}');
    assert!(text.starts_with("Disbursement report\n"), "{text}");
    let records = csv_table(text);
    assert_eq!(records.len(), 2, "two totals rows, nothing else: {text}");
    let eur = records.iter().find(|row| row["Currency"] == "EUR").expect("EUR row");
    assert_eq!(
        (eur["Paid"].as_str(), eur["Cancelled"].as_str()),
        ("14700.00", "500.00")
    );
    assert_eq!((eur["Group"].as_str(), eur["Group ID"].as_str()), ("EUR", "EUR"));
    let usd = records.iter().find(|row| row["Currency"] == "USD").expect("USD row");
    assert_eq!(usd["Approved (call currency)"], "900.00");
    let outstanding = app
        .get(
            "/reports/disbursements?format=csv&section=outstanding",
            &fixture.finance.token,
        )
        .await;
    let owed = csv_table(outstanding.text.trim_start_matches('\u{feff}'));
    assert_eq!(owed.len(), 1, "{}", outstanding.text);
    assert_eq!(
        (owed[0]["Committed"].as_str(), owed[0]["Outstanding"].as_str()),
        ("24500.00", "9800.00")
    );

    let xlsx = app
        .get(
            "/reports/disbursements?group_by=currency&format=xlsx",
            &fixture.finance.token,
        )
        .await;
    assert_eq!(xlsx.status, StatusCode::OK);
    let totals = read_sheet(&xlsx.bytes, 1);
    assert_eq!(totals[0][0], "Disbursement report");
    // (The empty row between the heading and the table has no cells, so it is not read.)
    assert_eq!(totals[3][..4], ["Group", "Group ID", "Currency", "Count"]);
    let eur = totals.iter().skip(4).find(|row| row[2] == "EUR").expect("EUR row");
    assert_eq!(eur[3], "3");
    assert_eq!(eur[6], "14700", "paid");
    assert_eq!(eur[7], "500", "cancelled");
    let usd = totals.iter().skip(4).find(|row| row[2] == "USD").expect("USD row");
    assert_eq!(usd[12], "900", "approved in the call currency");
    let grand = read_sheet(&xlsx.bytes, 2);
    assert_eq!(grand[4][..2], ["EUR", "3"]);
    let outstanding = read_sheet(&xlsx.bytes, 3);
    assert_eq!(outstanding[4][5..8], ["24500", "14700", "9800"]);
    let sheet = crate::finance_ledger::workbook_part(&xlsx.bytes, "xl/worksheets/sheet3.xml");
    assert!(sheet.contains("<pane ") && sheet.contains("<autoFilter ") && sheet.contains("<cols>"));
}

#[tokio::test]
async fn only_finance_and_admins_read_the_report() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let reviewer = app.reviewer().await;
    for actor in [&scene.officer, &scene.member, &reviewer] {
        let answer = app.get("/reports/disbursements", &actor.token).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{}", actor.email);
        assert!(answer.is_problem());
    }
    assert_eq!(
        app.get("/reports/disbursements", "").await.status,
        StatusCode::UNAUTHORIZED
    );
    let admin = app.admin().await;
    assert_eq!(
        app.get("/reports/disbursements", &admin.token).await.status,
        StatusCode::OK
    );
}

/// The cells of worksheet `number` (from 1) of an XLSX file, as text, row by row.
pub(crate) fn read_sheet(bytes: &[u8], number: usize) -> Vec<Vec<String>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("an XLSX is a zip");
    let mut read = |name: &str| -> String {
        let mut text = String::new();
        if let Ok(mut file) = archive.by_name(name) {
            file.read_to_string(&mut text).expect("utf-8");
        }
        text
    };
    let shared_xml = read("xl/sharedStrings.xml");
    let sheet_xml = read(&format!("xl/worksheets/sheet{number}.xml"));
    let shared: Vec<String> = if shared_xml.is_empty() {
        Vec::new()
    } else {
        let document = roxmltree::Document::parse(&shared_xml).expect("shared strings");
        document
            .descendants()
            .filter(|node| node.has_tag_name("si"))
            .map(|item| {
                item.descendants()
                    .filter(|node| node.has_tag_name("t"))
                    .filter_map(|node| node.text())
                    .collect()
            })
            .collect()
    };
    let document = roxmltree::Document::parse(&sheet_xml).expect("worksheet");
    document
        .descendants()
        .filter(|node| node.has_tag_name("row"))
        .map(|row| {
            row.children()
                .filter(|cell| cell.has_tag_name("c"))
                .map(|cell| {
                    let value = cell
                        .descendants()
                        .find(|node| node.has_tag_name("v") || node.has_tag_name("t"))
                        .and_then(|node| node.text())
                        .unwrap_or_default();
                    match cell.attribute("t") {
                        Some("s") => shared[value.parse::<usize>().expect("index")].clone(),
                        _ => value.to_owned(),
                    }
                })
                .collect()
        })
        .collect()
}
