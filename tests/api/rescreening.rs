//! A rename cannot dodge sanctions screening (issue #13): a change to a name that due
//! diligence screened, or a newer sanctions list that finds an unadjudicated match, stops
//! awards and an award's approvals and payments with 409 `rescreening-required` until an
//! officer has screened the organisation again.

use axum::http::StatusCode;
use chrono::{Duration, NaiveDate};
use grantdesk::clock::Clock;
use serde_json::{Value, json};

use crate::support::{Actor, PASSWORD, Scene, TestApp, spawn_app};

/// The names of the attack in the issue.
const LISTED_NAMES: &str = r#"{"legal_name": "Harakat al-Shabaab al-Mujahideen", "short_name": "Al-Shabaab"}"#;

fn day(app: &TestApp, days: i64) -> NaiveDate {
    (app.clock.now() + Duration::days(days)).date_naive()
}

fn award_decision() -> Value {
    json!({"outcome": "awarded", "reason": "A strong, safe and well-budgeted proposal.", "amount": "24500.00"})
}

fn tranche_decision(app: &TestApp) -> Value {
    json!({
        "outcome": "awarded",
        "reason": "A strong, safe and well-budgeted proposal.",
        "amount": "24500.00",
        "tranches": [
            {"percent": "60", "due_on": day(app, 30), "condition": "on signature"},
            {"percent": "40", "due_on": day(app, 200), "condition": "on the second year"},
        ],
    })
}

/// A payment of `amount` EUR from the award's first tranche.
fn first_tranche_payment(award: &Value, amount: &str) -> Value {
    json!({
        "amount": amount,
        "currency": "EUR",
        "payee_reference": "IBAN KE71 CBJO 0000 0000 0000 1234 5678 90",
        "tranche_id": award["tranches"][0]["id"],
    })
}

/// The sample list re-issued later with the organisation of the usual scene ("Women for
/// Peace Network") listed under the entry that was AL-SHABAAB.
fn newer_list_naming_the_organisation() -> String {
    let list = TestApp::sample_list().replace(
        "<FIRST_NAME>AL-SHABAAB</FIRST_NAME>",
        "<FIRST_NAME>WOMEN FOR PEACE NETWORK</FIRST_NAME>",
    );
    assert_ne!(list, TestApp::sample_list(), "the sample lists AL-SHABAAB");
    list.replace("2026-11-20T05:00:02.237Z", "2026-11-27T05:00:00.000Z")
}

async fn rename(app: &TestApp, scene: &Scene) {
    let renamed = app
        .patch(
            &format!("/organisations/{}", scene.organisation),
            &scene.member.token,
            serde_json::from_str(LISTED_NAMES).expect("names"),
        )
        .await;
    assert_eq!(renamed.status, StatusCode::OK, "{}", renamed.text);
}

async fn decide(app: &TestApp, scene: &Scene, application: &str) -> crate::support::Answer {
    app.post(
        &format!("/applications/{application}/decision"),
        &scene.officer.token,
        award_decision(),
    )
    .await
}

async fn application_status(app: &TestApp, scene: &Scene, application: &str) -> Value {
    app.get(&format!("/applications/{application}"), &scene.officer.token)
        .await
        .body["status"]
        .clone()
}

async fn disbursement_status(app: &TestApp, reader: &Actor, id: &str) -> Value {
    app.get(&format!("/disbursements/{id}"), &reader.token).await.body["status"].clone()
}

/// Opens, completes the checklist, screens and completes a new assessment, adjudicating
/// every candidate with `outcome`; answers the completed assessment.
async fn screened_again(app: &TestApp, officer: &Actor, organisation: &str, outcome: &str) -> Value {
    // A minute later, so the new assessment is the latest completed one.
    app.clock.advance(Duration::minutes(1));
    let opened = app
        .post_empty(&format!("/organisations/{organisation}/due-diligence"), &officer.token)
        .await;
    assert_eq!(opened.status, StatusCode::CREATED, "{}", opened.text);
    let id = opened.id();
    let items: Vec<Value> = opened.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|item| json!({"key": item["key"], "status": "passed", "note": "Verified"}))
        .collect();
    app.patch(&format!("/due-diligence/{id}"), &officer.token, json!({"items": items}))
        .await;
    let screened = app
        .post_empty(&format!("/due-diligence/{id}/screen"), &officer.token)
        .await;
    assert_eq!(screened.status, StatusCode::OK, "{}", screened.text);
    let matches = screened.body["matches"].as_array().expect("matches").clone();
    assert!(
        matches
            .iter()
            .any(|candidate| candidate["reference_number"] == "SOe.001"),
        "the new names are screened: {}",
        screened.text
    );
    for candidate in &matches {
        let path = format!(
            "/due-diligence/{id}/matches/{}/adjudication",
            candidate["id"].as_str().expect("id")
        );
        let adjudicated = app
            .post(
                &path,
                &officer.token,
                json!({"outcome": outcome, "reason": "Checked the registry"}),
            )
            .await;
        assert_eq!(adjudicated.status, StatusCode::OK, "{}", adjudicated.text);
    }
    let completed = app
        .post_empty(&format!("/due-diligence/{id}/complete"), &officer.token)
        .await;
    assert_eq!(completed.status, StatusCode::OK, "{}", completed.text);
    completed.body
}

#[tokio::test]
async fn a_rename_to_a_listed_name_stops_the_award_until_an_officer_screens_the_new_names() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app.awardable(&scene).await;

    rename(&app, &scene).await;

    let diligence_path = format!("/organisations/{}/due-diligence", scene.organisation);
    let diligence = app.get(&diligence_path, &scene.officer.token).await;
    assert_eq!(diligence.body["rescreening_required"], true, "{}", diligence.text);
    let admin = app.admin().await;
    let events = app
        .get(&format!("/audit?subject_id={}", scene.organisation), &admin.token)
        .await;
    let renamed = events.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|event| event["action"] == "organisation.updated")
        .expect("the rename is audited")
        .clone();
    assert_eq!(renamed["summary"]["before"]["legal_name"], "Women for Peace Network");
    assert_eq!(renamed["summary"]["before"]["short_name"], "WPN");
    assert_eq!(
        renamed["summary"]["after"]["legal_name"],
        "Harakat al-Shabaab al-Mujahideen"
    );
    assert_eq!(renamed["summary"]["after"]["short_name"], "Al-Shabaab");
    assert_eq!(renamed["summary"]["due_diligence"], "rescreening_required");

    let refused = decide(&app, &scene, &application).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text);
    assert_eq!(refused.problem_type(), "rescreening-required");
    assert!(
        refused.detail().contains("Harakat al-Shabaab al-Mujahideen"),
        "{}",
        refused.detail()
    );
    assert_eq!(application_status(&app, &scene, &application).await, "under_review");
    assert_eq!(app.count("awards").await, 0);

    let failed = screened_again(&app, &scene.officer, &scene.organisation, "true_match").await;
    assert_eq!(failed["status"], "failed");
    let diligence = app.get(&diligence_path, &scene.officer.token).await;
    assert_eq!(diligence.body["rescreening_required"], false, "{}", diligence.text);
    let still_refused = decide(&app, &scene, &application).await;
    assert_eq!(
        still_refused.problem_type(),
        "award-preconditions",
        "the officer's finding refuses the award: {}",
        still_refused.text
    );

    let passed = screened_again(&app, &scene.officer, &scene.organisation, "false_positive").await;
    assert_eq!(passed["status"], "passed");
    let awarded = decide(&app, &scene, &application).await;
    assert_eq!(awarded.status, StatusCode::OK, "{}", awarded.text);
    assert_eq!(awarded.body["status"], "awarded");
    let actions = app.audit_actions(&scene.organisation).await;
    assert!(
        actions.iter().any(|action| action == "due_diligence.screened"),
        "{actions:?}"
    );
}

#[tokio::test]
async fn a_rename_stops_approving_and_paying_an_awards_tranches_until_screened_again() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let award_id = app.active_award(&scene, tranche_decision(&app)).await;
    let award = app.get(&format!("/awards/{award_id}"), &scene.officer.token).await.body;
    let (requester, approver) = (app.finance().await, app.finance().await);
    let first = app
        .request_disbursement(&requester, &award_id, "k-1", first_tranche_payment(&award, "7000.00"))
        .await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text);
    let first = first.id();
    let approved = app
        .post_empty(&format!("/disbursements/{first}/approve"), &approver.token)
        .await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.text);
    let second = app
        .request_disbursement(&requester, &award_id, "k-2", first_tranche_payment(&award, "7700.00"))
        .await;
    assert_eq!(second.status, StatusCode::CREATED, "{}", second.text);
    let second = second.id();

    rename(&app, &scene).await;

    let approve = app
        .post_empty(&format!("/disbursements/{second}/approve"), &approver.token)
        .await;
    assert_eq!(approve.status, StatusCode::CONFLICT, "{}", approve.text);
    assert_eq!(approve.problem_type(), "rescreening-required");
    let pay_body = json!({"paid_on": day(&app, 0), "payment_reference": "BANK-1"});
    let pay = app
        .post(
            &format!("/disbursements/{first}/pay"),
            &approver.token,
            pay_body.clone(),
        )
        .await;
    assert_eq!(pay.status, StatusCode::CONFLICT, "{}", pay.text);
    assert_eq!(pay.problem_type(), "rescreening-required");
    assert_eq!(disbursement_status(&app, &approver, &first).await, "approved");
    assert_eq!(disbursement_status(&app, &approver, &second).await, "requested");

    screened_again(&app, &scene.officer, &scene.organisation, "false_positive").await;
    let approve = app
        .post_empty(&format!("/disbursements/{second}/approve"), &approver.token)
        .await;
    assert_eq!(approve.status, StatusCode::OK, "{}", approve.text);
    let pay = app
        .post(&format!("/disbursements/{first}/pay"), &approver.token, pay_body)
        .await;
    assert_eq!(pay.status, StatusCode::OK, "{}", pay.text);
    assert_eq!(pay.body["status"], "paid");
}

#[tokio::test]
async fn a_newer_list_naming_the_organisation_stops_the_decision_and_the_approval() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let award_id = app.active_award(&scene, tranche_decision(&app)).await;
    let award = app.get(&format!("/awards/{award_id}"), &scene.officer.token).await.body;
    let (requester, approver) = (app.finance().await, app.finance().await);
    let requested = app
        .request_disbursement(&requester, &award_id, "k-1", first_tranche_payment(&award, "7000.00"))
        .await;
    assert_eq!(requested.status, StatusCode::CREATED, "{}", requested.text);
    let disbursement = requested.id();
    let another_call = Scene {
        call: app.open_call(&scene.officer).await,
        officer: scene.officer.clone(),
        member: scene.member.clone(),
        organisation: scene.organisation.clone(),
    };
    let application = app.awardable(&another_call).await;

    let imported = app.import_sanctions(&newer_list_naming_the_organisation()).await;
    assert_eq!(imported.status, StatusCode::OK, "{}", imported.text);

    let refused = decide(&app, &another_call, &application).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text);
    assert_eq!(refused.problem_type(), "rescreening-required");
    assert!(refused.detail().contains("SOe.001"), "{}", refused.detail());
    assert_eq!(application_status(&app, &scene, &application).await, "under_review");
    let approve = app
        .post_empty(&format!("/disbursements/{disbursement}/approve"), &approver.token)
        .await;
    assert_eq!(approve.status, StatusCode::CONFLICT, "{}", approve.text);
    assert_eq!(approve.problem_type(), "rescreening-required");

    let passed = screened_again(&app, &scene.officer, &scene.organisation, "false_positive").await;
    assert_eq!(passed["status"], "passed");
    let awarded = decide(&app, &another_call, &application).await;
    assert_eq!(awarded.status, StatusCode::OK, "{}", awarded.text);
    let approve = app
        .post_empty(&format!("/disbursements/{disbursement}/approve"), &approver.token)
        .await;
    assert_eq!(approve.status, StatusCode::OK, "{}", approve.text);
}

#[tokio::test]
async fn a_new_members_name_stops_the_award_until_it_is_screened() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app.awardable(&scene).await;
    let registered = app
        .post(
            "/auth/register",
            "",
            json!({"email": "amina@example.org", "password": PASSWORD, "full_name": "Amina Al-Shabaab"}),
        )
        .await;
    assert_eq!(registered.status, StatusCode::CREATED, "{}", registered.text);
    let amina = app
        .login(registered.id().parse().expect("an id"), "amina@example.org")
        .await;
    // She joins by accepting an invitation; her name is one the screening has not seen.
    app.join(&scene.member, &scene.organisation, &amina).await;
    let admin = app.admin().await;
    let events = app
        .get(&format!("/audit?subject_id={}", scene.organisation), &admin.token)
        .await;
    let joined = events.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|event| event["action"] == "organisation.invitation_accepted")
        .expect("the new member is audited")
        .clone();
    assert_eq!(joined["summary"]["due_diligence"], "rescreening_required", "{joined}");

    let refused = decide(&app, &scene, &application).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text);
    assert_eq!(refused.problem_type(), "rescreening-required");
    assert!(refused.detail().contains("Amina Al-Shabaab"), "{}", refused.detail());

    screened_again(&app, &scene.officer, &scene.organisation, "false_positive").await;
    let awarded = decide(&app, &scene, &application).await;
    assert_eq!(awarded.status, StatusCode::OK, "{}", awarded.text);
}
