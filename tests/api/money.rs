//! Money round-trips exactly through both databases.

use axum::http::StatusCode;
use grantdesk::clock::Clock;
use rust_decimal::Decimal;
use serde_json::json;

use crate::support::{call_body, spawn_app};

fn decimal(value: &serde_json::Value) -> Decimal {
    Decimal::from_str_exact(value.as_str().expect("a string amount")).expect("a decimal")
}

#[tokio::test]
async fn amounts_are_stored_and_read_back_exactly() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let mut body = call_body(app.clock.now());
    body["currency"] = json!("CLF");
    body["min_grant"] = json!("0.1");
    body["max_grant"] = json!("1234567.89");
    body["budget_ceiling"] = json!("99999999999.9999");
    let created = app.post("/calls", &officer.token, body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let read = app.get(&format!("/calls/{}", created.id()), &officer.token).await;
    assert_eq!(
        decimal(&read.body["min_grant"]),
        Decimal::from_str_exact("0.1").expect("d")
    );
    assert_eq!(
        decimal(&read.body["max_grant"]),
        Decimal::from_str_exact("1234567.89").expect("d")
    );
    assert_eq!(
        decimal(&read.body["budget_ceiling"]),
        Decimal::from_str_exact("99999999999.9999").expect("d")
    );
    assert_eq!(read.body["budget_ceiling"], "99999999999.9999");
    assert_eq!(
        read.body["min_grant"], "0.1000",
        "shown with the currency's four decimals"
    );
}

#[tokio::test]
async fn a_sum_in_sql_is_exact() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    for amount in ["0.10", "0.20", "1234567.89"] {
        let mut body = call_body(app.clock.now());
        body["min_grant"] = json!(amount);
        body["max_grant"] = json!(amount);
        body["budget_ceiling"] = json!("2000000.00");
        let answer = app.post("/calls", &officer.token, body).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text);
    }
    use sea_orm::{ConnectionTrait, Statement};
    let backend = app.db.get_database_backend();
    let row = app
        .db
        .query_one_raw(Statement::from_string(
            backend,
            "SELECT CAST(SUM(min_grant) AS BIGINT) AS total FROM calls",
        ))
        .await
        .expect("sum")
        .expect("row");
    let total: i64 = row.try_get("", "total").expect("integer");
    assert_eq!(
        grantdesk::money::from_stored(total),
        Decimal::from_str_exact("1234568.19").expect("d")
    );
}
