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

/// Property tests over the money arithmetic with extreme inputs (the largest and smallest
/// decimals, every scale, zero and negatives): the entitlement of a trip, conversion with an
/// event's rates, a disbursement's FX and an award's tranche split never panic, and each
/// answers either a value that storage can hold or an error.
mod arithmetic {
    use chrono::NaiveDate;
    use grantdesk::decisions::rules::{TrancheInput, plan_tranches};
    use grantdesk::disbursements::rules::counted_amount;
    use grantdesk::error::Validator;
    use grantdesk::events::rules::convert;
    use grantdesk::money::{Currency, StoredAmount, check_storable};
    use grantdesk::sponsorships::rules::{Trip, entitlement};
    use proptest::prelude::*;
    use rust_decimal::Decimal;
    use std::collections::BTreeMap;

    fn decimal() -> impl Strategy<Value = Decimal> {
        prop_oneof![
            (any::<i64>(), 0u32..=28).prop_map(|(mantissa, scale)| Decimal::new(mantissa, scale)),
            (any::<u32>(), any::<u32>(), any::<u32>(), any::<bool>(), 0u32..=28)
                .prop_map(|(lo, mid, hi, negative, scale)| Decimal::from_parts(lo, mid, hi, negative, scale)),
            (1i64..1_000_000_000, 0u32..=4).prop_map(|(mantissa, scale)| Decimal::new(mantissa, scale)),
            Just(Decimal::MAX),
            Just(Decimal::MIN),
            Just(Decimal::ZERO),
            Just(Decimal::ONE),
            Just(Decimal::new(922_337_203_685_477, 0)),
        ]
    }

    fn currency() -> impl Strategy<Value = Currency> {
        prop_oneof![Just("EUR"), Just("USD"), Just("JPY"), Just("KWD")]
            .prop_map(|code| Currency::from_code(code).expect("a currency"))
    }

    fn storable(amount: Decimal) -> bool {
        check_storable(amount).is_ok()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn an_entitlement_is_a_storable_total_or_a_named_refusal(
            nights in 0usize..=80,
            (dsa_rate, later_rate) in (decimal(), decimal()),
            terminal_expense in decimal(),
            journey_ends in prop_oneof![0u32..=4, any::<u32>()],
            airfare in decimal(),
            currency in currency(),
            (local, extra_nights_authorised) in (any::<bool>(), any::<bool>()),
        ) {
            let first = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).expect("a date");
            let trip = Trip {
                nights: first
                    .iter_days()
                    .take(nights)
                    .enumerate()
                    .map(|(index, night)| (night, if index % 7 < 4 { dsa_rate } else { later_rate }))
                    .collect(),
                authorised: (first + chrono::Days::new(2), first + chrono::Days::new(70)),
                extra_nights_authorised,
                local,
                terminal_expense,
                journey_ends,
                airfare,
                currency,
            };
            match entitlement(&trip) {
                Ok(computed) => prop_assert!(StoredAmount::try_from(computed.total).is_ok()),
                Err(refusal) => prop_assert!(["departure_on", "airfare_estimate"].contains(&refusal.field)),
            }
        }

        #[test]
        fn a_conversion_is_storable_or_an_error(
            amount in decimal(),
            rate in decimal(),
            from in currency(),
            to in currency(),
        ) {
            let rates = BTreeMap::from([(from.code().to_owned(), rate)]);
            if let Ok(converted) = convert(amount, from, to, &rates) {
                prop_assert!(storable(converted));
            }
        }

        #[test]
        fn a_disbursement_counts_a_positive_storable_amount_or_names_a_field(
            amount in decimal(),
            rate in proptest::option::of(decimal()),
            from in currency(),
            to in currency(),
        ) {
            let mut check = Validator::new();
            match counted_amount((amount, from), rate, to, &mut check) {
                Some(counted) => {
                    prop_assert!(counted > Decimal::ZERO);
                    prop_assert!(StoredAmount::try_from(counted).is_ok());
                }
                None => prop_assert!(check.finish().is_err()),
            }
        }

        #[test]
        fn a_tranche_split_adds_up_to_the_award_or_names_a_field(
            award in decimal(),
            shares in proptest::collection::vec((decimal(), any::<bool>()), 1..5),
            currency in currency(),
        ) {
            let by_percent = shares[0].1;
            let due_on = NaiveDate::from_ymd_opt(2030, 1, 1).expect("a date");
            let inputs: Vec<TrancheInput> = shares
                .iter()
                .map(|(value, _)| TrancheInput {
                    percent: by_percent.then_some(*value),
                    amount: (!by_percent).then_some(*value),
                    due_on,
                    condition: String::new(),
                    report: None,
                })
                .collect();
            let today = NaiveDate::from_ymd_opt(2029, 1, 1).expect("a date");
            let mut check = Validator::new();
            let tranches = plan_tranches(award, currency, &inputs, today, &mut check);
            if tranches.is_empty() {
                prop_assert!(check.finish().is_err());
            } else {
                let total = tranches
                    .iter()
                    .try_fold(Decimal::ZERO, |sum, tranche| sum.checked_add(tranche.amount));
                prop_assert_eq!(total, Some(award));
                prop_assert!(tranches.iter().all(|tranche| tranche.amount > Decimal::ZERO && storable(tranche.amount)));
            }
        }
    }
}
