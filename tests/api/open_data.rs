//! Open data: the 360Giving and IATI files under each organisation's publication policy,
//! validated against the official schemas (`fixtures/standards/`), the policy itself (the
//! members' consent, an officer lowering it), the office's totals and the cache headers.

use std::process::Command;

use axum::http::{Method, StatusCode};
use chrono::Duration;
use grantdesk::clock::Clock;
use grantdesk::http::driver::api_request;
use serde_json::{Value, json};

use crate::support::{Actor, Answer, Scene, TestApp, organisation_body, spawn_app, spawn_sqlite_app_at, start_instant};

const STANDARDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/standards");

/// One organisation of the fixture, with the policy it was given and its award.
struct Grantee {
    name: &'static str,
    registration: &'static str,
    country: &'static str,
    country_name: &'static str,
    scene: Scene,
    award: String,
    reference: String,
}

/// An organisation under every policy, each with an accepted award of 20,000.00 EUR in
/// two tranches and its first tranche paid.
struct Published {
    full: Grantee,
    anonymised: Grantee,
    region_only: Grantee,
    withheld: Grantee,
    do_not_publish: Grantee,
    high_risk_full: Grantee,
}

struct Office {
    officer: Actor,
    call: String,
    finance: (Actor, Actor),
}

async fn office(app: &TestApp) -> Office {
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    Office {
        officer,
        call,
        finance: (app.finance().await, app.finance().await),
    }
}

/// An organisation of its own member with these identifiers, and its policy set: `full`
/// by its member's consent, the lower ones by the officer; `do_not_publish` marks it too.
async fn grantee(
    app: &TestApp,
    office: &Office,
    (name, registration, country, country_name): (&'static str, &'static str, &'static str, &'static str),
    policy: &str,
    residual: &str,
) -> Grantee {
    let member = app.applicant().await;
    let mut body = organisation_body();
    body["legal_name"] = json!(name);
    body["short_name"] = Value::Null;
    body["registration_number"] = json!(registration);
    body["country"] = json!(country);
    let created = app.post("/organisations", &member.token, body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let organisation = created.id();
    let scene = Scene {
        officer: office.officer.clone(),
        member,
        organisation,
        call: office.call.clone(),
    };
    match policy {
        "full" => set_policy(app, &scene.member, &scene.organisation, "full").await,
        "do_not_publish" => {
            set_policy(app, &scene.member, &scene.organisation, "full").await;
            let marked = app
                .patch(
                    &format!("/organisations/{}", scene.organisation),
                    &office.officer.token,
                    json!({"do_not_publish": true}),
                )
                .await;
            assert_eq!(marked.status, StatusCode::OK, "{}", marked.text);
        }
        "anonymised" => {}
        lower => set_policy(app, &office.officer, &scene.organisation, lower).await,
    }
    let application = app.awardable_at_risk(&scene, residual).await;
    let award = awarded(app, office, &scene, &application).await;
    let reference = app.get(&format!("/awards/{award}"), &office.officer.token).await.body["reference"]
        .as_str()
        .expect("reference")
        .to_owned();
    Grantee {
        name,
        registration,
        country,
        country_name,
        scene,
        award,
        reference,
    }
}

async fn set_policy(app: &TestApp, actor: &Actor, organisation: &str, policy: &str) {
    let set = policy_change(app, actor, organisation, policy).await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.text);
}

async fn policy_change(app: &TestApp, actor: &Actor, organisation: &str, policy: &str) -> Answer {
    app.send(
        Method::PUT,
        &format!("/organisations/{organisation}/publication-policy"),
        &actor.token,
        Some(json!({"policy": policy, "reason": "agreed at the board meeting"})),
    )
    .await
}

/// Awards 20,000.00 EUR in two tranches, accepted by the member, the first tranche paid.
async fn awarded(app: &TestApp, office: &Office, scene: &Scene, application: &str) -> String {
    let day = |days: i64| (app.clock.now() + Duration::days(days)).date_naive();
    let decision = json!({
        "outcome": "awarded",
        "reason": "A strong and safe proposal.",
        "amount": "20000.00",
        "tranches": [
            {"percent": "60", "due_on": day(10), "condition": "on signature"},
            {"percent": "40", "due_on": day(200), "condition": "interim report received"}
        ]
    });
    let award = app.accepted_award(scene, application, decision).await;
    let tranches = app.get(&format!("/awards/{award}"), &office.officer.token).await.body["tranches"].clone();
    let body = json!({
        "tranche_id": tranches[0]["id"],
        "amount": "12000.00",
        "currency": "EUR",
        "payee_reference": "IBAN KE00 0000 0000 0000"
    });
    let (requester, approver) = &office.finance;
    let requested = app
        .request_disbursement(requester, &award, &format!("k-{award}"), body)
        .await;
    assert_eq!(requested.status, StatusCode::CREATED, "{}", requested.text);
    let id = requested.id();
    let approved = app
        .post_empty(&format!("/disbursements/{id}/approve"), &approver.token)
        .await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.text);
    let paid = app
        .post(
            &format!("/disbursements/{id}/pay"),
            &approver.token,
            json!({"paid_on": day(0), "payment_reference": format!("BANK-{id}")}),
        )
        .await;
    assert_eq!(paid.status, StatusCode::OK, "{}", paid.text);
    award
}

async fn published(app: &TestApp) -> Published {
    let office = office(app).await;
    Published {
        full: grantee(
            app,
            &office,
            ("Open Horizons Trust", "1234567", "GB", "United Kingdom"),
            "full",
            "low",
        )
        .await,
        anonymised: grantee(
            app,
            &office,
            ("Hidden Valley Youth Forum", "HV-2211", "KE", "Kenya"),
            "anonymised",
            "low",
        )
        .await,
        region_only: grantee(
            app,
            &office,
            ("Quiet River Collective", "QR-7781", "CO", "Colombia"),
            "region_only",
            "low",
        )
        .await,
        withheld: grantee(
            app,
            &office,
            ("Safe Harbour Women Network", "WH-99-SECRET", "KG", "Kyrgyzstan"),
            "withheld",
            "low",
        )
        .await,
        do_not_publish: grantee(
            app,
            &office,
            ("Nightingale Defenders", "NG-5150", "TJ", "Tajikistan"),
            "do_not_publish",
            "low",
        )
        .await,
        high_risk_full: grantee(
            app,
            &office,
            ("Summit Rights Defenders", "SR-3030", "FR", "France"),
            "full",
            "high",
        )
        .await,
    }
}

async fn file(app: &TestApp, path: &str) -> Answer {
    let answer = app.get(path, "").await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
    answer
}

/// The grant of the 360Giving package whose identifier ends with the award reference.
fn grant<'a>(package: &'a Value, grantee: &Grantee) -> &'a Value {
    package["grants"]
        .as_array()
        .expect("grants")
        .iter()
        .find(|grant| grant["id"].as_str().unwrap_or_default().ends_with(&grantee.reference))
        .unwrap_or_else(|| panic!("no grant for {}", grantee.name))
}

/// The IATI activity of a grant, as its text.
fn activity<'a>(xml: &'a str, grantee: &Grantee) -> &'a str {
    let at = xml
        .find(&format!("-{}</iati-identifier>", grantee.reference))
        .unwrap_or_else(|| panic!("no activity for {}", grantee.name));
    let start = xml[..at].rfind("<iati-activity ").expect("activity start");
    let end = at + xml[at..].find("</iati-activity>").expect("activity end");
    &xml[start..end]
}

/// Validates a 360Giving data package against the vendored 1.4 schemas; answers the errors.
fn threesixtygiving_errors(package: &Value) -> Vec<String> {
    struct Vendored(Value);
    impl jsonschema::Retrieve for Vendored {
        fn retrieve(&self, uri: &jsonschema::Uri<String>) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
            if uri.as_str().ends_with("/schema/360-giving-schema.json") {
                Ok(self.0.clone())
            } else {
                Err(format!("not vendored: {}", uri.as_str()).into())
            }
        }
    }
    let read = |name: &str| -> Value {
        let text = std::fs::read_to_string(format!("{STANDARDS}/360giving/{name}")).expect("vendored schema");
        serde_json::from_str(&text).expect("schema is JSON")
    };
    // The 360Giving schemas tell dates from date-times by `format` (their `oneOf` needs it
    // asserted, as 360Giving's own data quality tool does).
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .with_retriever(Vendored(read("360-giving-schema.json")))
        .build(&read("360-giving-package-schema.json"))
        .expect("the official schema compiles");
    validator
        .iter_errors(package)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect()
}

/// Validates an IATI file with `xmllint` against the vendored 2.03 schema.
fn validate_iati(bytes: &[u8]) {
    let dir = tempfile::tempdir().expect("folder");
    let path = dir.path().join("iati-activities.xml");
    std::fs::write(&path, bytes).expect("written");
    let output = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(format!("{STANDARDS}/iati-2.03/iati-activities-schema.xsd"))
        .arg(&path)
        .output()
        .expect("xmllint runs (Debian package libxml2-utils)");
    assert!(
        output.status.success(),
        "the IATI file is invalid: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[tokio::test]
async fn both_files_validate_against_the_official_schemas_under_every_policy() {
    let app = spawn_app().await;
    let _fixture = published(&app).await;

    let package = file(&app, "/open-data/360giving.json").await;
    assert_eq!(package.headers["content-type"], "application/json");
    let errors = threesixtygiving_errors(&package.body);
    assert!(errors.is_empty(), "360Giving 1.4 schema errors: {errors:#?}");
    assert_eq!(
        package.body["grants"].as_array().expect("grants").len(),
        4,
        "withheld ones left out"
    );

    let iati = file(&app, "/open-data/iati-activities.xml").await;
    assert_eq!(iati.headers["content-type"], "application/xml");
    validate_iati(&iati.bytes);
    let document = roxmltree::Document::parse(&iati.text).expect("well-formed XML");
    let activities: Vec<_> = document
        .descendants()
        .filter(|node| node.has_tag_name("iati-activity"))
        .collect();
    let hierarchy = |level: &str| {
        activities
            .iter()
            .filter(|node| node.attribute("hierarchy") == Some(level))
            .count()
    };
    assert_eq!(
        (hierarchy("1"), hierarchy("2")),
        (1, 4),
        "one call, four published grants"
    );
    assert!(
        iati.text
            .contains("<!-- 2 activities excluded under the exclusion policy"),
        "{}",
        iati.text
    );
}

#[tokio::test]
async fn a_withheld_or_do_not_publish_organisation_appears_nowhere_in_either_file() {
    let app = spawn_app().await;
    let fixture = published(&app).await;
    let package = file(&app, "/open-data/360giving.json").await;
    let iati = file(&app, "/open-data/iati-activities.xml").await;
    for grantee in [&fixture.withheld, &fixture.do_not_publish] {
        for (label, bytes) in [("360Giving", &package.text), ("IATI", &iati.text)] {
            for secret in [
                grantee.name,
                grantee.registration,
                grantee.country_name,
                grantee.reference.as_str(),
                grantee.award.as_str(),
                grantee.scene.organisation.as_str(),
                &format!("\"{}\"", grantee.country),
            ] {
                assert!(
                    !bytes.contains(secret),
                    "{label} file shows `{secret}` of {}",
                    grantee.name
                );
            }
        }
    }
    assert!(
        package.text.contains(fixture.full.name),
        "the full organisation is named"
    );
}

#[tokio::test]
async fn an_anonymised_organisation_appears_with_its_region_only_and_region_only_with_no_recipient() {
    let app = spawn_app().await;
    let fixture = published(&app).await;
    let package = file(&app, "/open-data/360giving.json").await;
    let iati = file(&app, "/open-data/iati-activities.xml").await;
    for grantee in [&fixture.anonymised, &fixture.region_only] {
        for secret in [grantee.name, grantee.registration, grantee.country_name] {
            assert!(
                !package.text.contains(secret) && !iati.text.contains(secret),
                "{secret} shown"
            );
        }
    }

    let anonymised = grant(&package.body, &fixture.anonymised);
    assert_eq!(anonymised["recipientOrganization"][0]["name"], "Anonymised recipient");
    assert_eq!(
        anonymised["beneficiaryLocation"],
        json!([{"id": "M49-002", "name": "Africa"}])
    );
    assert_eq!(
        anonymised["title"], "Mothers as first responders",
        "the project is shown"
    );
    assert_eq!(anonymised["amountAwarded"], json!(20000.0));
    let activity_text = activity(&iati.text, &fixture.anonymised);
    assert!(activity_text.contains("<participating-org role=\"4\" type=\"22\"><narrative>Anonymised recipient"));
    assert!(activity_text.contains("<recipient-region code=\"002\" vocabulary=\"2\""));
    assert!(!activity_text.contains("recipient-country"));

    let region_only = grant(&package.body, &fixture.region_only);
    assert_eq!(
        region_only["recipientOrganization"][0]["name"],
        "Recipient not published"
    );
    assert_eq!(region_only["beneficiaryLocation"][0]["name"], "Americas");
    assert!(
        !region_only.to_string().contains("Mothers as first responders"),
        "no project text"
    );
    let activity_text = activity(&iati.text, &fixture.region_only);
    assert!(
        !activity_text.contains("role=\"4\""),
        "no recipient at all: {activity_text}"
    );
    assert!(activity_text.contains("<recipient-region code=\"019\""));
}

#[tokio::test]
async fn a_full_organisation_is_named_with_its_org_id_country_and_every_grant_field() {
    let app = spawn_app().await;
    let fixture = published(&app).await;
    let package = file(&app, "/open-data/360giving.json").await;
    let full = grant(&package.body, &fixture.full);
    assert_eq!(full["id"], format!("360G-grantdesk-{}", fixture.full.reference));
    assert_eq!(
        full["recipientOrganization"][0],
        json!({"id": "GB-CHC-1234567", "name": "Open Horizons Trust", "addressCountry": "GB"})
    );
    assert_eq!(full["beneficiaryLocation"][0]["countryCode"], "GB");
    assert_eq!(full["currency"], "EUR");
    assert_eq!(full["fromOpenCall"], "Yes");
    assert_eq!(full["grantProgramme"][0]["code"], fixture.full.scene.call.as_str());
    assert_eq!(full["fundingOrganization"][0]["id"], "XI-IATI-GRANTDESK");
    assert_eq!(full["disbursementTransaction"][0]["value"], json!(12000.0));
    assert!(full["plannedDates"][0]["endDate"].is_string());
    assert!(full["dateModified"].is_string());
    let mut codes: Vec<&str> = full["classifications"]
        .as_array()
        .expect("classifications")
        .iter()
        .filter_map(|row| row["code"].as_str())
        .collect();
    codes.sort_unstable();
    assert_eq!(codes, ["gender", "youth"]);
    assert!(
        package.text.contains("\"amountAwarded\":20000.00"),
        "exact decimals, never a float's rendering"
    );

    let iati = file(&app, "/open-data/iati-activities.xml").await;
    let activity_text = activity(&iati.text, &fixture.full);
    for expected in [
        "<iati-identifier>XI-IATI-GRANTDESK-",
        "<participating-org ref=\"GB-CHC-1234567\" role=\"4\"",
        "<recipient-country code=\"GB\" percentage=\"100\"/>",
        "<sector vocabulary=\"1\" code=\"15150\" percentage=\"50\">",
        "<sector vocabulary=\"1\" code=\"15170\" percentage=\"50\">",
        "<default-flow-type code=\"10\"/>",
        "<default-finance-type code=\"110\"/>",
        "<default-aid-type code=\"C01\" vocabulary=\"1\"/>",
        "<transaction-type code=\"2\"/>",
        "<transaction-type code=\"3\"/>",
        "<value currency=\"EUR\" value-date=",
        ">12000.00</value>",
        ">20000.00</value>",
        "<related-activity ref=\"XI-IATI-GRANTDESK-CALL-",
    ] {
        assert!(
            activity_text.contains(expected),
            "{expected} missing from {activity_text}"
        );
    }
}

#[tokio::test]
async fn a_high_risk_grant_is_region_only_even_under_full() {
    let app = spawn_app().await;
    let fixture = published(&app).await;
    let package = file(&app, "/open-data/360giving.json").await;
    let iati = file(&app, "/open-data/iati-activities.xml").await;
    let high = &fixture.high_risk_full;
    let profile = app
        .get(
            &format!("/organisations/{}", high.scene.organisation),
            &high.scene.member.token,
        )
        .await;
    assert_eq!(profile.body["publication_policy"], "full", "the organisation consented");
    assert!(!package.text.contains(high.name) && !iati.text.contains(high.name));
    assert!(!package.text.contains(high.registration));
    let shown = grant(&package.body, high);
    assert_eq!(shown["recipientOrganization"][0]["name"], "Recipient not published");
    assert_eq!(shown["beneficiaryLocation"][0]["name"], "Europe");
    assert!(!activity(&iati.text, high).contains("role=\"4\""));
}

#[tokio::test]
async fn the_totals_count_withheld_grants_as_a_count_and_a_sum_and_match_the_report() {
    let app = spawn_app().await;
    let fixture = published(&app).await;
    let summary = file(&app, "/open-data/summary.json").await;
    assert_eq!(summary.body["calls"][0]["id"], fixture.full.scene.call.as_str());
    assert_eq!(
        summary.body["totals"],
        json!([{
            "currency": "EUR",
            "all": {"awards": 6, "awarded": "120000.00", "paid": "72000.00"},
            "withheld": {"awards": 2, "awarded": "40000.00", "paid": "24000.00"}
        }])
    );
    let finance = app.finance().await;
    let report = app
        .get("/reports/disbursements?group_by=currency", &finance.token)
        .await;
    assert_eq!(report.status, StatusCode::OK, "{}", report.text);
    assert_eq!(report.body["totals"][0]["in_call_currency"]["paid"], "72000.00");
    let awarded: Vec<&Value> = report.body["outstanding_totals"]
        .as_array()
        .expect("totals")
        .iter()
        .collect();
    assert_eq!(awarded[0]["awarded"], "120000.00", "{}", report.body);
}

#[tokio::test]
async fn the_files_answer_304_to_their_etag_and_change_when_a_policy_is_lowered() {
    let app = spawn_app().await;
    let fixture = published(&app).await;
    for path in [
        "/open-data/360giving.json",
        "/open-data/iati-activities.xml",
        "/open-data/summary.json",
    ] {
        let first = file(&app, path).await;
        let etag = first.headers["etag"].to_str().expect("etag").to_owned();
        assert!(etag.starts_with('"'), "{etag}");
        let again = app
            .raw(api_request(Method::GET, path, "", None, &[("if-none-match", &etag)]))
            .await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED, "{path}");
        assert!(again.bytes.is_empty());
        assert_eq!(again.headers["etag"], etag.as_str());
        let other = app
            .raw(api_request(
                Method::GET,
                path,
                "",
                None,
                &[("if-none-match", "\"stale\"")],
            ))
            .await;
        assert_eq!(other.status, StatusCode::OK);
    }
    let before = file(&app, "/open-data/360giving.json").await;
    set_policy(
        &app,
        &fixture.full.scene.officer,
        &fixture.full.scene.organisation,
        "withheld",
    )
    .await;
    let after = file(&app, "/open-data/360giving.json").await;
    assert_ne!(before.headers["etag"], after.headers["etag"]);
    assert!(!after.text.contains(fixture.full.name), "lowered at once");
}

#[tokio::test]
async fn members_consent_to_full_publication_and_an_officer_can_always_lower_it() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let organisation = &scene.organisation;
    let shown = app
        .get(&format!("/organisations/{organisation}"), &scene.member.token)
        .await;
    assert_eq!(shown.body["publication_policy"], "anonymised", "the default");
    assert!(
        shown.body["publication_policy_meaning"]
            .as_str()
            .expect("meaning")
            .contains("Anonymised recipient")
    );

    let in_french = app
        .raw(api_request(
            Method::GET,
            &format!("/organisations/{organisation}"),
            &scene.member.token,
            None,
            &[("accept-language", "fr")],
        ))
        .await;
    let meaning = in_french.body["publication_policy_meaning"].as_str().expect("meaning");
    assert!(meaning.contains("bénéficiaire anonymisé"), "{meaning}");

    let by_officer = policy_change(&app, &scene.officer, organisation, "full").await;
    assert_eq!(by_officer.status, StatusCode::CONFLICT, "{}", by_officer.text);
    assert_eq!(by_officer.problem_type(), "publication-consent-required");

    let consented = policy_change(&app, &scene.member, organisation, "full").await;
    assert_eq!(consented.status, StatusCode::OK, "{}", consented.text);
    assert_eq!(consented.body["publication_policy"], "full");
    let actions = app.audit_actions(organisation).await;
    assert!(
        actions.contains(&"organisation.publication_consented".to_owned()),
        "{actions:?}"
    );

    let lowered = policy_change(&app, &scene.officer, organisation, "region_only").await;
    assert_eq!(lowered.status, StatusCode::OK, "{}", lowered.text);
    assert_eq!(lowered.body["publication_policy"], "region_only");
    let raised = policy_change(&app, &scene.member, organisation, "full").await;
    assert_eq!(raised.status, StatusCode::CONFLICT, "{}", raised.text);
    assert_eq!(raised.problem_type(), "publication-lowered-by-officer");
    assert!(raised.detail().contains("`region_only`"), "{}", raised.text);
    let in_russian = app
        .raw(api_request(
            Method::PUT,
            &format!("/organisations/{organisation}/publication-policy"),
            &scene.member.token,
            Some(&json!({"policy": "full"})),
            &[("accept-language", "ru")],
        ))
        .await;
    assert_eq!(in_russian.status, StatusCode::CONFLICT);
    assert!(
        in_russian.detail().contains("сотрудник программы"),
        "{}",
        in_russian.text
    );
    let withheld = policy_change(&app, &scene.member, organisation, "withheld").await;
    assert_eq!(
        withheld.status,
        StatusCode::OK,
        "a member may always lower it: {}",
        withheld.text
    );
    let actions = app.audit_actions(organisation).await;
    assert_eq!(
        actions
            .iter()
            .filter(|action| *action == "organisation.publication_policy_changed")
            .count(),
        2,
        "{actions:?}"
    );
}

#[tokio::test]
async fn the_policy_is_refused_to_the_wrong_role_another_organisation_and_bad_input() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let organisation = &scene.organisation;
    let stranger = app.applicant().await;
    let finance = app.finance().await;
    let before = app.snapshot().await;
    let answer = policy_change(&app, &stranger, organisation, "withheld").await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND, "{}", answer.text);
    let answer = policy_change(&app, &finance, organisation, "withheld").await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN, "{}", answer.text);
    let answer = policy_change(&app, &scene.member, organisation, "public").await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.text);
    assert_eq!(answer.failing_fields(), vec!["policy"]);
    let anonymous = app
        .send(
            Method::PUT,
            &format!("/organisations/{organisation}/publication-policy"),
            "",
            Some(json!({"policy": "withheld"})),
        )
        .await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.snapshot().await, before, "nothing changed");
}

#[tokio::test]
async fn the_files_of_an_office_without_grants_still_publish_its_calls() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let iati = file(&app, "/open-data/iati-activities.xml").await;
    validate_iati(&iati.bytes);
    assert!(iati.text.contains(&format!("CALL-{}", call.replace('-', ""))));
    assert!(iati.text.contains("<!-- 0 activities excluded"));
    let summary = file(&app, "/open-data/summary.json").await;
    assert_eq!(summary.body["totals"], json!([]));
    assert_eq!(summary.body["calls"][0]["title"], "Youth and women leading prevention");
}

#[tokio::test]
async fn grantdesk_export_writes_the_same_files_as_the_endpoints() {
    let app = spawn_sqlite_app_at(start_instant()).await;
    let office = office(&app).await;
    let full = grantee(
        &app,
        &office,
        ("Open Horizons Trust", "1234567", "GB", "United Kingdom"),
        "full",
        "low",
    )
    .await;
    let dir = tempfile::tempdir().expect("folder");
    for (standard, path) in [
        ("360giving", "/open-data/360giving.json"),
        ("iati", "/open-data/iati-activities.xml"),
    ] {
        let out = dir.path().join(standard);
        let output = Command::new(env!("CARGO_BIN_EXE_grantdesk"))
            .env("DATABASE_URL", &app.database_url)
            .env("GRANTDESK_FIXTURES", concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"))
            .args(["export", standard, "--out"])
            .arg(&out)
            .output()
            .expect("runs");
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        assert!(String::from_utf8_lossy(&output.stderr).contains("1 grant(s) published, 0 withheld"));
        let written = std::fs::read(&out).expect("file written");
        assert_eq!(written, file(&app, path).await.bytes, "{standard}");
        assert!(String::from_utf8_lossy(&written).contains(full.name));
    }
}
