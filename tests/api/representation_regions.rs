//! Representation by the office's regions (issue 19): shares in percent, the warnings in
//! the CSV, and regions read from the office's file, with the UN M49 continents on request.

use axum::http::StatusCode;
use serde_json::json;

use crate::sponsorships::{Event, decide, open_event};
use crate::support::TestApp;

/// A request for a traveller of `nationality`; answers its id.
async fn request_from(app: &TestApp, event: &Event, name: &str, nationality: &str) -> String {
    let body = json!({
        "organisation_id": event.organisation,
        "traveller": {"full_name": name, "gender": "female", "age_band": "25-34", "role": "Programme lead", "nationality": nationality},
        "origin_city": "Amman", "origin_country": "JO",
        "airfare_estimate": "664.57", "airfare_currency": "USD",
        "arrival_on": "2027-03-01", "departure_on": "2027-03-04",
    });
    let answer = app
        .post(
            &format!("/events/{}/sponsorship-requests", event.id),
            &event.member.token,
            body,
        )
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text);
    answer.id()
}

#[tokio::test]
async fn jordan_and_kyrgyzstan_count_in_their_office_regions_not_together_as_asia() {
    let app = crate::support::spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    for (name, nationality) in [("Rania Haddad", "JO"), ("Aigerim Bekova", "KG"), ("Leila Nasser", "JO")] {
        let id = request_from(&app, &event, name, nationality).await;
        assert_eq!(decide(&app, &event, &id, "approved").await.status, StatusCode::OK);
    }
    let path = format!("/events/{}/representation", event.id);
    let office = app.get(&path, &event.officer.token).await;
    assert_eq!(office.status, StatusCode::OK, "{}", office.text);
    let regions = &office.body["approved"]["by"]["region"];
    assert_eq!(
        regions["Middle East and North Africa"],
        json!({"count": 2, "share": "66.67"})
    );
    assert_eq!(regions["Central Asia"], json!({"count": 1, "share": "33.33"}));
    assert_eq!(
        office.body["warnings"],
        json!(["Middle East and North Africa has 66.67% of approved travellers, above the limit of 50%"])
    );

    let continents = app.get(&format!("{path}?regions=m49"), &event.officer.token).await;
    assert_eq!(
        continents.body["approved"]["by"]["region"],
        json!({"Asia": {"count": 3, "share": "100.00"}})
    );
    let unknown = app
        .get(&format!("{path}?regions=continents"), &event.officer.token)
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", unknown.text);

    let csv = app.get(&format!("{path}?format=csv"), &event.officer.token).await;
    let mut reader = csv::Reader::from_reader(csv.text.as_bytes());
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|record| record.expect("row").iter().map(str::to_owned).collect())
        .collect();
    let row = |cells: [&str; 5]| cells.iter().map(|cell| (*cell).to_owned()).collect::<Vec<_>>();
    assert!(
        rows.contains(&row(["approved", "region", "Central Asia", "1", "33.33"])),
        "{rows:?}"
    );
    assert!(
        rows.contains(&row([
            "warning",
            "",
            "Middle East and North Africa has 66.67% of approved travellers, above the limit of 50%",
            "",
            ""
        ])),
        "{rows:?}"
    );
}

#[tokio::test]
async fn the_office_can_name_its_own_regions_in_a_file_of_its_own() {
    let directory = tempfile::tempdir().expect("temporary directory");
    let file = directory.path().join("regions.toml");
    std::fs::write(
        &file,
        "[[regions]]\nname = \"Levant\"\ncountries = [\"JO\", \"LB\", \"SY\"]\n",
    )
    .expect("written");
    let path = file.to_string_lossy().into_owned();
    let app = crate::support::spawn_app_with(&[("GRANTDESK_REGIONS", &path)]).await;
    let event = open_event(&app, "50000.00").await;
    request_from(&app, &event, "Rania Haddad", "JO").await;
    request_from(&app, &event, "Aigerim Bekova", "KG").await;
    let report = app
        .get(&format!("/events/{}/representation", event.id), &event.officer.token)
        .await;
    assert_eq!(
        report.body["requests"]["by"]["region"],
        json!({"Levant": {"count": 1, "share": "50.00"}, "Other": {"count": 1, "share": "50.00"}})
    );
}
