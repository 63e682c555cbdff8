//! Applications: the walk-through, the deadline, amounts, edits, withdrawal, screening.

use axum::http::StatusCode;
use chrono::{DateTime, Duration, Utc};
use grantdesk::clock::Clock;
use serde_json::json;

use crate::support::{PASSWORD, Scene, application_body, organisation_body, spawn_app};

#[tokio::test]
async fn a_cso_registers_finds_an_open_call_and_submits_an_application() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;

    let registered = app
        .post(
            "/auth/register",
            "",
            json!({"email": "amina@wpn.example", "password": PASSWORD, "full_name": "Amina Wanjiru"}),
        )
        .await;
    assert_eq!(registered.status, StatusCode::CREATED);
    let login = app
        .post(
            "/auth/login",
            "",
            json!({"email": "amina@wpn.example", "password": PASSWORD}),
        )
        .await;
    let token = login.body["access_token"].as_str().expect("token").to_owned();

    let open_calls = app.get("/calls?status=open", "").await;
    assert_eq!(open_calls.body["items"][0]["id"], call);

    let organisation = app.post("/organisations", &token, organisation_body()).await;
    assert_eq!(organisation.status, StatusCode::CREATED, "{}", organisation.text);
    assert_eq!(organisation.body["region"], "Africa");
    let organisation_id = organisation.id();
    assert_eq!(
        app.get("/me", &token).await.body["organisation_ids"],
        json!([organisation_id])
    );

    let draft = app
        .post(
            &format!("/calls/{call}/applications"),
            &token,
            application_body(&organisation_id),
        )
        .await;
    assert_eq!(draft.status, StatusCode::CREATED, "{}", draft.text);
    assert_eq!(draft.body["status"], "draft");
    assert_eq!(draft.body["requested_amount"], "24500.00");
    assert_eq!(draft.body["currency"], "EUR");
    assert_eq!(draft.body["organisation_name"], "Women for Peace Network");
    let application = draft.id();

    // Until the address is verified, the draft waits.
    let submit = format!("/applications/{application}/submit");
    let unverified = app.post_empty(&submit, &token).await;
    assert_eq!(unverified.status, StatusCode::CONFLICT, "{}", unverified.text);
    assert_eq!(unverified.problem_type(), "email-unverified");
    assert!(unverified.detail().contains("/auth/verify-email/resend"));
    assert_eq!(app.get("/me", &token).await.body["email_verified"], false);
    app.verify_email_of("amina@wpn.example").await;
    assert_eq!(app.get("/me", &token).await.body["email_verified"], true);

    let submitted = app.post_empty(&submit, &token).await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.text);
    assert_eq!(submitted.body["status"], "submitted");
    assert!(submitted.body["submitted_at"].is_string());

    let mine = app.get("/applications?count=true", &token).await;
    assert_eq!(mine.body["total"], 1);
    assert_eq!(mine.body["items"][0]["status"], "submitted");
    let seen_by_officer = app.get(&format!("/applications/{application}"), &officer.token).await;
    assert_eq!(seen_by_officer.body["status"], "submitted");
    let actions = app.audit_actions(&application).await;
    assert_eq!(actions, vec!["application.submitted", "application.created"]);
}

fn closes_at(app_now: DateTime<Utc>) -> DateTime<Utc> {
    app_now + Duration::days(7)
}

#[tokio::test]
async fn submitting_after_the_deadline_is_refused_with_the_closing_instant() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let deadline = closes_at(app.clock.now());
    let call = app.open_call(&officer).await;
    let early = app.draft_application(&member, &organisation, &call).await;
    let late = app.draft_application(&member, &organisation, &call).await;

    app.clock.set(deadline - Duration::seconds(1));
    let member = app.signed_in_again(&member).await;
    let in_time = app
        .post_empty(&format!("/applications/{early}/submit"), &member.token)
        .await;
    assert_eq!(in_time.status, StatusCode::OK, "{}", in_time.text);

    app.clock.set(deadline);
    let before = app.snapshot().await;
    let refused = app
        .post_empty(&format!("/applications/{late}/submit"), &member.token)
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.is_problem());
    assert_eq!(refused.problem_type(), "call-closed");
    let detail = refused.detail();
    assert!(detail.contains(&deadline.to_rfc3339()), "{detail}");
    assert_eq!(app.snapshot().await, before);
    assert_eq!(
        app.get(&format!("/applications/{late}"), &member.token).await.body["status"],
        "draft"
    );
}

#[tokio::test]
async fn a_request_outside_the_grant_range_or_unequal_to_its_budget_is_refused() {
    let app = spawn_app().await;
    let Scene {
        officer: _,
        member,
        organisation,
        call,
    } = app.scene().await;
    let cases = [
        (
            json!("60000.00"),
            json!([{"description": "All", "amount": "60000.00"}]),
            "requested_amount",
        ),
        (
            json!("24500.00"),
            json!([{"description": "All", "amount": "24000.00"}]),
            "requested_amount",
        ),
        (
            json!("24500.005"),
            json!([{"description": "All", "amount": "24500.005"}]),
            "requested_amount",
        ),
        (
            json!("-24500.00"),
            json!([{"description": "All", "amount": "-24500.00"}]),
            "requested_amount",
        ),
        (json!("24500.00"), json!([]), "budget_lines"),
        (
            json!(24500),
            json!([{"description": "All", "amount": "24500.00"}]),
            "requested_amount",
        ),
    ];
    for (requested, lines, field) in cases {
        let mut body = application_body(&organisation);
        body["requested_amount"] = requested.clone();
        body["budget_lines"] = lines;
        let answer = app
            .post(&format!("/calls/{call}/applications"), &member.token, body)
            .await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{requested}: {}",
            answer.text
        );
        assert!(answer.is_problem());
        assert!(
            answer.failing_fields().contains(&field.to_owned()),
            "{requested}: {:?}",
            answer.failing_fields()
        );
    }
    assert_eq!(app.count("applications").await, 0);
}

#[tokio::test]
async fn an_over_precise_amount_is_reported_once_not_again_as_a_budget_mismatch() {
    let app = spawn_app().await;
    let Scene {
        officer: _,
        member,
        organisation,
        call,
    } = app.scene().await;
    let mut body = application_body(&organisation);
    body["requested_amount"] = json!("24500.00");
    body["budget_lines"] = json!([
        {"description": "Workshops", "amount": "24499.995"},
        {"description": "Evaluation", "amount": "0.005"}
    ]);
    let answer = app
        .post(&format!("/calls/{call}/applications"), &member.token, body)
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.text);
    assert_eq!(
        answer.failing_fields(),
        vec!["budget_lines[0].amount", "budget_lines[1].amount"]
    );
    assert!(!answer.text.contains("must equal the sum"), "{}", answer.text);
    let mut requested = application_body(&organisation);
    requested["requested_amount"] = json!("24500.001");
    let answer = app
        .post(&format!("/calls/{call}/applications"), &member.token, requested)
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.text);
    assert_eq!(answer.failing_fields(), vec!["requested_amount"]);
    assert!(!answer.text.contains("must equal the sum"), "{}", answer.text);
    assert_eq!(app.count("applications").await, 0);
}

#[tokio::test]
async fn an_application_is_in_the_calls_currency() {
    let app = spawn_app().await;
    let Scene {
        officer: _,
        member,
        organisation,
        call,
    } = app.scene().await;
    let mut body = application_body(&organisation);
    body["currency"] = json!("USD");
    let answer = app
        .post(&format!("/calls/{call}/applications"), &member.token, body)
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer.failing_fields(), vec!["currency"]);
    let mut unknown = application_body(&organisation);
    unknown["currency"] = json!("ZZZ");
    let answer = app
        .post(&format!("/calls/{call}/applications"), &member.token, unknown)
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer.failing_fields(), vec!["currency"]);
}

#[tokio::test]
async fn a_draft_can_be_edited_but_a_submitted_application_cannot() {
    let app = spawn_app().await;
    let Scene {
        officer: _,
        member,
        organisation,
        call,
    } = app.scene().await;
    let application = app.draft_application(&member, &organisation, &call).await;
    let edited = app
        .patch(
            &format!("/applications/{application}"),
            &member.token,
            json!({"requested_amount": "20000.00", "budget_lines": [{"description": "Workshops", "amount": "20000.00"}]}),
        )
        .await;
    assert_eq!(edited.status, StatusCode::OK, "{}", edited.text);
    assert_eq!(edited.body["requested_amount"], "20000.00");
    assert_eq!(edited.body["budget_lines"].as_array().map(Vec::len), Some(1));

    app.post_empty(&format!("/applications/{application}/submit"), &member.token)
        .await;
    let before = app.snapshot().await;
    let refused = app
        .patch(
            &format!("/applications/{application}"),
            &member.token,
            json!({"title": "Changed"}),
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(refused.problem_type(), "application-not-draft");
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn an_application_is_withdrawn_once_and_never_after_a_decision() {
    let app = spawn_app().await;
    let Scene {
        officer,
        member,
        organisation,
        call,
    } = app.scene().await;
    let application = app.submitted_application(&member, &organisation, &call).await;
    let withdrawn = app
        .post_empty(&format!("/applications/{application}/withdraw"), &member.token)
        .await;
    assert_eq!(withdrawn.body["status"], "withdrawn");
    let again = app
        .post_empty(&format!("/applications/{application}/withdraw"), &member.token)
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);

    let screened = app.submitted_application(&member, &organisation, &call).await;
    let ineligible =
        json!({"eligible": false, "failed_criteria": ["registered_cso"], "reason": "No registration certificate"});
    app.post(
        &format!("/applications/{screened}/eligibility"),
        &officer.token,
        ineligible,
    )
    .await;
    let refused = app
        .post_empty(&format!("/applications/{screened}/withdraw"), &member.token)
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn an_ineligible_finding_names_the_criteria_and_the_applicant_reads_the_reason() {
    let app = spawn_app().await;
    let Scene {
        officer,
        member,
        organisation,
        call,
    } = app.scene().await;
    let application = app.submitted_application(&member, &organisation, &call).await;

    let no_reason = app
        .post(
            &format!("/applications/{application}/eligibility"),
            &officer.token,
            json!({"eligible": false, "failed_criteria": ["registered_cso"]}),
        )
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(no_reason.failing_fields(), vec!["reason"]);
    let unknown = app
        .post(
            &format!("/applications/{application}/eligibility"),
            &officer.token,
            json!({"eligible": false, "failed_criteria": ["made_up"], "reason": "x"}),
        )
        .await;
    assert_eq!(unknown.failing_fields(), vec!["failed_criteria[0]"]);

    let finding =
        json!({"eligible": false, "failed_criteria": ["two_years_active"], "reason": "Founded eleven months ago."});
    let screened = app
        .post(
            &format!("/applications/{application}/eligibility"),
            &officer.token,
            finding,
        )
        .await;
    assert_eq!(screened.status, StatusCode::OK, "{}", screened.text);
    let seen = app.get(&format!("/applications/{application}"), &member.token).await;
    assert_eq!(seen.body["status"], "ineligible");
    assert_eq!(seen.body["eligibility"]["eligible"], false);
    assert_eq!(
        seen.body["eligibility"]["failed_criteria"][0]["key"],
        "two_years_active"
    );
    assert_eq!(
        seen.body["eligibility"]["failed_criteria"][0]["description"],
        "Two years of activity"
    );
    assert_eq!(seen.body["eligibility"]["reason"], "Founded eleven months ago.");
    let events = app
        .get(&format!("/audit?subject_id={application}"), &officer.token)
        .await;
    assert_eq!(events.body["items"][0]["action"], "application.found_ineligible");
    assert_eq!(events.body["items"][0]["reason"], "Founded eleven months ago.");
}

#[tokio::test]
async fn an_eligible_application_and_a_draft_cannot_be_screened_again() {
    let app = spawn_app().await;
    let Scene {
        officer,
        member,
        organisation,
        call,
    } = app.scene().await;
    let application = app.submitted_application(&member, &organisation, &call).await;
    let eligible = app
        .post(
            &format!("/applications/{application}/eligibility"),
            &officer.token,
            json!({"eligible": true}),
        )
        .await;
    assert_eq!(eligible.body["status"], "eligible");
    assert_eq!(eligible.body["eligibility"]["eligible"], true);
    assert!(
        eligible.body["eligibility"]["reason"].is_null(),
        "no empty reason is invented"
    );
    assert!(eligible.body["eligibility"]["screened_at"].is_string());
    let again = app
        .post(
            &format!("/applications/{application}/eligibility"),
            &officer.token,
            json!({"eligible": true}),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let draft = app.draft_application(&member, &organisation, &call).await;
    let refused = app
        .post(
            &format!("/applications/{draft}/eligibility"),
            &officer.token,
            json!({"eligible": true}),
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn applying_to_a_closed_or_draft_call_is_refused() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let draft_call = app.draft_call(&officer).await;
    let hidden = app
        .post(
            &format!("/calls/{draft_call}/applications"),
            &member.token,
            application_body(&organisation),
        )
        .await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND);
    let call = app.open_call(&officer).await;
    app.post_empty(&format!("/calls/{call}/close"), &officer.token).await;
    let closed = app
        .post(
            &format!("/calls/{call}/applications"),
            &member.token,
            application_body(&organisation),
        )
        .await;
    assert_eq!(closed.status, StatusCode::CONFLICT);
    assert_eq!(app.count("applications").await, 0);
}

#[tokio::test]
async fn applicants_list_only_their_organisations_applications_and_staff_filter_all() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let first = app.applicant().await;
    let second = app.applicant().await;
    let first_org = app.organisation(&first).await;
    let second_org = app.organisation(&second).await;
    app.submitted_application(&first, &first_org, &call).await;
    app.draft_application(&second, &second_org, &call).await;
    assert_eq!(app.get("/applications?count=true", &first.token).await.body["total"], 1);
    assert_eq!(
        app.get(
            &format!("/applications?organisation_id={second_org}&count=true"),
            &first.token
        )
        .await
        .body["total"],
        0
    );
    assert_eq!(
        app.get("/applications?count=true", &officer.token).await.body["total"],
        2
    );
    assert_eq!(
        app.get("/applications?status=submitted&count=true", &officer.token)
            .await
            .body["total"],
        1
    );
    assert_eq!(
        app.get(
            &format!("/applications?call_id={call}&status=draft&count=true"),
            &officer.token
        )
        .await
        .body["total"],
        1
    );
}

#[tokio::test]
async fn two_simultaneous_submissions_of_one_draft_submit_it_once() {
    let app = spawn_app().await;
    let Scene {
        officer: _,
        member,
        organisation,
        call,
    } = app.scene().await;
    let application = app.draft_application(&member, &organisation, &call).await;
    let path = format!("/applications/{application}/submit");
    let (first, second) = tokio::join!(
        app.post_empty(&path, &member.token),
        app.post_empty(&path, &member.token)
    );
    let mut statuses = [first.status.as_u16(), second.status.as_u16()];
    statuses.sort();
    assert_eq!(statuses, [200, 409]);
    let submitted = app
        .audit_actions(&application)
        .await
        .iter()
        .filter(|action| *action == "application.submitted")
        .count();
    assert_eq!(submitted, 1, "one submission in the audit trail");
}
