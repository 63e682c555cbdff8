//! Awards in money: reporting obligations, disbursements with four eyes, idempotency,
//! currency conversion, ceilings under concurrency, completion and termination.

use axum::http::StatusCode;
use chrono::{Duration, NaiveDate};
use grantdesk::clock::Clock;
use serde_json::{Value, json};

use crate::support::{Actor, Scene, TestApp, spawn_app};

fn day(app: &TestApp, days: i64) -> NaiveDate {
    (app.clock.now() + Duration::days(days)).date_naive()
}

/// 24,500.00 EUR in two tranches (60 % now, 40 % once the interim narrative report is
/// received), with an interim and a final report owed.
fn award_decision(app: &TestApp) -> Value {
    json!({
        "outcome": "awarded",
        "reason": "A strong, safe and well-budgeted proposal.",
        "amount": "24500.00",
        "tranches": [
            {"percent": "60", "due_on": day(app, 30), "condition": "on signature"},
            {"percent": "40", "due_on": day(app, 200), "condition": "interim report received", "condition_report": 0},
        ],
        "reporting_obligations": [
            {"kind": "interim_narrative", "due_on": day(app, 180)},
            {"kind": "final_financial", "due_on": day(app, 400)},
        ],
    })
}

/// 24,500.00 EUR paid as and when finance decides: no tranches, no reports.
fn whole_award_decision() -> Value {
    json!({"outcome": "awarded", "reason": "A strong, safe and well-budgeted proposal.", "amount": "24500.00"})
}

fn payment(amount: &str) -> Value {
    json!({"amount": amount, "currency": "EUR", "payee_reference": "IBAN JO71 CBJO 0000 0000 0000 1234 5678 90"})
}

fn tranche_payment(award: &Value, number: usize, amount: &str) -> Value {
    let mut body = payment(amount);
    body["tranche_id"] = award["tranches"][number - 1]["id"].clone();
    body
}

struct Money {
    scene: Scene,
    award: String,
    requester: Actor,
    approver: Actor,
}

async fn active_award(app: &TestApp) -> Money {
    active_award_of(app, award_decision(app)).await
}

async fn active_whole_award(app: &TestApp) -> Money {
    active_award_of(app, whole_award_decision()).await
}

async fn active_award_of(app: &TestApp, decision: Value) -> Money {
    let scene = app.scene().await;
    let award = app.active_award(&scene, decision).await;
    Money {
        scene,
        award,
        requester: app.finance().await,
        approver: app.finance().await,
    }
}

async fn award_of(app: &TestApp, money: &Money) -> Value {
    let answer = app
        .get(&format!("/awards/{}", money.award), &money.scene.officer.token)
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
    answer.body
}

#[tokio::test]
async fn one_finance_user_requests_another_approves_and_the_payment_shows_on_the_award() {
    let app = spawn_app().await;
    let money = active_award(&app).await;
    let award = award_of(&app, &money).await;
    assert_eq!(award["tranches"][0]["amount"], "14700.00");
    assert_eq!(award["tranches"][1]["amount"], "9800.00");
    assert_eq!(award["reporting_obligations"].as_array().map(Vec::len), Some(2));
    assert_eq!(
        award["tranches"][1]["condition_report_id"],
        award["reporting_obligations"][0]["id"]
    );
    assert_eq!(award["tranches"][1]["condition_met"], false);

    let requested = app
        .request_disbursement(
            &money.requester,
            &money.award,
            "k-1",
            tranche_payment(&award, 1, "14700.00"),
        )
        .await;
    assert_eq!(requested.status, StatusCode::CREATED, "{}", requested.text);
    assert_eq!(requested.body["status"], "requested");
    let id = requested.id();

    let own = app
        .post_empty(&format!("/disbursements/{id}/approve"), &money.requester.token)
        .await;
    assert_eq!(own.status, StatusCode::FORBIDDEN, "four eyes: {}", own.text);
    let unpaid = app
        .post(
            &format!("/disbursements/{id}/pay"),
            &money.approver.token,
            json!({"paid_on": day(&app, 0), "payment_reference": "BANK-1"}),
        )
        .await;
    assert_eq!(unpaid.status, StatusCode::CONFLICT, "not approved yet: {}", unpaid.text);

    let approved = app
        .post_empty(&format!("/disbursements/{id}/approve"), &money.approver.token)
        .await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.text);
    assert_eq!(approved.body["approved_by"], money.approver.id.to_string());

    let future = app
        .post(
            &format!("/disbursements/{id}/pay"),
            &money.approver.token,
            json!({"paid_on": day(&app, 1), "payment_reference": "BANK-1"}),
        )
        .await;
    assert_eq!(future.failing_fields(), vec!["paid_on"]);
    let paid = app
        .post(
            &format!("/disbursements/{id}/pay"),
            &money.requester.token,
            json!({"paid_on": day(&app, 0), "payment_reference": "BANK-2026-0042"}),
        )
        .await;
    assert_eq!(paid.status, StatusCode::OK, "{}", paid.text);
    assert_eq!(paid.body["status"], "paid");
    assert_eq!(paid.body["payment_reference"], "BANK-2026-0042");

    let award = award_of(&app, &money).await;
    assert_eq!(award["totals"]["disbursed"], "14700.00");
    assert_eq!(award["totals"]["outstanding"], "9800.00");
    assert_eq!(award["totals"]["available"], "9800.00");
    assert_eq!(award["tranches"][0]["paid"], "14700.00");
    let actions = app.audit_actions(&id).await;
    assert_eq!(
        actions,
        vec!["disbursement.paid", "disbursement.approved", "disbursement.requested"]
    );
    let events = app
        .get(&format!("/audit?subject_id={id}"), &money.scene.officer.token)
        .await;
    let paid_event = &events.body["items"][0]["summary"];
    assert_eq!(paid_event["money"]["amount"], "14700.00", "{paid_event}");
    assert_eq!(paid_event["money"]["currency"], "EUR");

    let member_view = app
        .get(&format!("/disbursements/{id}"), &money.scene.member.token)
        .await;
    assert_eq!(member_view.status, StatusCode::OK, "the organisation sees its payments");
    let queue = app
        .get("/disbursements?status=paid&count=true", &money.requester.token)
        .await;
    assert_eq!(queue.body["total"], 1);
}

#[tokio::test]
async fn a_retry_with_the_same_key_creates_nothing_and_another_body_is_refused() {
    let app = spawn_app().await;
    let money = active_whole_award(&app).await;
    let first = app
        .request_disbursement(&money.requester, &money.award, "retry-7", payment("1000.00"))
        .await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text);
    let before = app.snapshot().await;

    let again = app
        .request_disbursement(&money.requester, &money.award, "retry-7", payment("1000.00"))
        .await;
    assert_eq!(again.status, StatusCode::CREATED);
    assert_eq!(again.id(), first.id(), "the first result again");
    assert_eq!(again.headers["idempotent-replayed"], "true");
    assert_eq!(app.snapshot().await, before, "nothing created");

    let other = app
        .request_disbursement(&money.requester, &money.award, "retry-7", payment("1000.01"))
        .await;
    assert_eq!(other.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", other.text);
    assert_eq!(other.failing_fields(), vec!["Idempotency-Key"]);
    assert_eq!(app.snapshot().await, before);

    let keyless = app
        .post(
            &format!("/awards/{}/disbursements", money.award),
            &money.requester.token,
            payment("5.00"),
        )
        .await;
    assert_eq!(keyless.status, StatusCode::BAD_REQUEST, "{}", keyless.text);
    assert!(keyless.detail().contains("Idempotency-Key"));
    assert_eq!(app.snapshot().await, before);

    // The key belongs to its requester: another finance user may use the same text.
    let colleague = app
        .request_disbursement(&money.approver, &money.award, "retry-7", payment("1000.00"))
        .await;
    assert_eq!(colleague.status, StatusCode::CREATED);
    assert_ne!(colleague.id(), first.id());
}

#[tokio::test]
async fn a_payment_in_another_currency_counts_at_its_rate_rounded_to_the_award_currency() {
    let app = spawn_app().await;
    let money = active_whole_award(&app).await;
    let usd = json!({"amount": "1234.56", "currency": "USD", "fx_rate": "0.91234", "payee_reference": "ACC-9"});
    let converted = app
        .request_disbursement(&money.requester, &money.award, "fx-1", usd)
        .await;
    assert_eq!(converted.status, StatusCode::CREATED, "{}", converted.text);
    assert_eq!(converted.body["amount"], "1234.56");
    assert_eq!(converted.body["currency"], "USD");
    // 1234.56 x 0.91234 = 1126.3384704 -> 1126.34 EUR
    assert_eq!(converted.body["counted_amount"], "1126.34");
    assert_eq!(converted.body["counted_currency"], "EUR");
    let award = award_of(&app, &money).await;
    assert_eq!(award["totals"]["requested"], "1126.34");
    assert_eq!(award["totals"]["available"], "23373.66");

    let before = app.snapshot().await;
    let rateless = json!({"amount": "100.00", "currency": "USD", "payee_reference": "ACC-9"});
    let refused = app
        .request_disbursement(&money.requester, &money.award, "fx-2", rateless)
        .await;
    assert_eq!(refused.failing_fields(), vec!["fx_rate"]);
    let jpy = json!({"amount": "100.5", "currency": "JPY", "fx_rate": "0.0062", "payee_reference": "ACC-9"});
    let fractional_yen = app
        .request_disbursement(&money.requester, &money.award, "fx-3", jpy)
        .await;
    assert_eq!(fractional_yen.failing_fields(), vec!["amount"]);
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn the_award_and_each_tranche_cap_what_is_requested_and_cancelled_money_frees_room() {
    let app = spawn_app().await;
    let money = active_award(&app).await;
    let award = award_of(&app, &money).await;
    let before = app.snapshot().await;
    let untranched = app
        .request_disbursement(&money.requester, &money.award, "c-0", payment("100.00"))
        .await;
    assert_eq!(
        untranched.failing_fields(),
        vec!["tranche_id"],
        "an award in tranches is paid by tranche"
    );
    let over_tranche = app
        .request_disbursement(
            &money.requester,
            &money.award,
            "c-1",
            tranche_payment(&award, 1, "14700.01"),
        )
        .await;
    assert_eq!(over_tranche.status, StatusCode::CONFLICT, "{}", over_tranche.text);
    assert!(over_tranche.detail().contains("tranche 1"), "{}", over_tranche.detail());
    assert!(
        over_tranche.detail().contains("14700.00 EUR is left"),
        "{}",
        over_tranche.detail()
    );
    assert_eq!(app.snapshot().await, before);

    let big = app
        .request_disbursement(
            &money.requester,
            &money.award,
            "c-3",
            tranche_payment(&award, 1, "14000.00"),
        )
        .await;
    assert_eq!(big.status, StatusCode::CREATED);
    let blocked = app
        .request_disbursement(
            &money.requester,
            &money.award,
            "c-4",
            tranche_payment(&award, 1, "700.01"),
        )
        .await;
    assert_eq!(blocked.status, StatusCode::CONFLICT);
    let cancelled = app
        .post(
            &format!("/disbursements/{}/cancel", big.id()),
            &money.approver.token,
            json!({"reason": "Wrong bank account on the request."}),
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.text);
    assert_eq!(cancelled.body["status"], "cancelled");
    let award_now = award_of(&app, &money).await;
    assert_eq!(
        award_now["totals"]["requested"], "0.00",
        "cancelled money counts for nothing"
    );
    assert_eq!(award_now["totals"]["available"], "24500.00");
    let whole = app
        .request_disbursement(
            &money.requester,
            &money.award,
            "c-5",
            tranche_payment(&award, 1, "14700.00"),
        )
        .await;
    assert_eq!(whole.status, StatusCode::CREATED, "{}", whole.text);
    let again = app
        .post(
            &format!("/disbursements/{}/cancel", big.id()),
            &money.approver.token,
            json!({"reason": "twice"}),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn the_whole_award_caps_what_is_requested() {
    let app = spawn_app().await;
    let money = active_whole_award(&app).await;
    let too_much = app
        .request_disbursement(&money.requester, &money.award, "w-1", payment("24500.01"))
        .await;
    assert_eq!(too_much.status, StatusCode::CONFLICT, "{}", too_much.text);
    assert!(
        too_much.detail().contains("24500.00 EUR is left"),
        "{}",
        too_much.detail()
    );
}

#[tokio::test]
async fn retries_with_one_key_sent_at_once_create_one_disbursement() {
    let app = spawn_app().await;
    let money = active_whole_award(&app).await;
    let retries = (0..8).map(|_| {
        let app = &app;
        let money = &money;
        async move {
            app.request_disbursement(&money.requester, &money.award, "flaky-network", payment("24000.00"))
                .await
        }
    });
    let answers = futures::future::join_all(retries).await;
    let ids: std::collections::BTreeSet<String> = answers
        .iter()
        .map(|answer| {
            assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text);
            answer.id()
        })
        .collect();
    assert_eq!(ids.len(), 1, "every retry answers the first result");
    assert_eq!(app.count("disbursements").await, 1);
}

#[tokio::test]
async fn fifty_concurrent_requests_never_take_an_award_over_its_amount() {
    let app = spawn_app().await;
    let money = active_whole_award(&app).await;
    let requests = (0..50).map(|index| {
        let app = &app;
        let money = &money;
        async move {
            app.request_disbursement(
                &money.requester,
                &money.award,
                &format!("race-{index}"),
                payment("1000.00"),
            )
            .await
            .status
        }
    });
    let statuses = futures::future::join_all(requests).await;
    let created = statuses.iter().filter(|status| **status == StatusCode::CREATED).count();
    let refused = statuses
        .iter()
        .filter(|status| **status == StatusCode::CONFLICT)
        .count();
    assert_eq!((created, refused), (24, 26), "{statuses:?}");
    let award = award_of(&app, &money).await;
    assert_eq!(award["totals"]["requested"], "24000.00");
    assert_eq!(app.count("disbursements").await, 24);

    // Approvals race too: each stays within the award.
    let list = app
        .get(
            &format!("/awards/{}/disbursements?limit=100", money.award),
            &money.approver.token,
        )
        .await;
    let ids: Vec<String> = list.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|item| item["id"].as_str().expect("id").to_owned())
        .collect();
    let approvals = ids.iter().map(|id| {
        let app = &app;
        let token = money.approver.token.clone();
        async move {
            app.post_empty(&format!("/disbursements/{id}/approve"), &token)
                .await
                .status
        }
    });
    let approved = futures::future::join_all(approvals).await;
    assert!(approved.iter().all(|status| *status == StatusCode::OK), "{approved:?}");
    let award = award_of(&app, &money).await;
    assert_eq!(award["totals"]["approved"], "24000.00");
}

#[tokio::test]
async fn a_tranche_waits_for_its_report_unless_an_audited_override_is_given() {
    let app = spawn_app().await;
    let money = active_award(&app).await;
    let award = award_of(&app, &money).await;
    let second = app
        .request_disbursement(
            &money.requester,
            &money.award,
            "t2",
            tranche_payment(&award, 2, "9800.00"),
        )
        .await;
    assert_eq!(second.status, StatusCode::CREATED, "{}", second.text);
    let id = second.id();
    let waiting = app
        .post_empty(&format!("/disbursements/{id}/approve"), &money.approver.token)
        .await;
    assert_eq!(waiting.status, StatusCode::CONFLICT, "{}", waiting.text);
    assert_eq!(waiting.problem_type(), "condition-not-met");
    assert!(
        waiting.detail().contains("interim narrative report"),
        "{}",
        waiting.detail()
    );

    let overridden = app
        .post(
            &format!("/disbursements/{id}/approve"),
            &money.approver.token,
            json!({"override_reason": "Security situation: the report is delayed, activities continue."}),
        )
        .await;
    assert_eq!(overridden.status, StatusCode::OK, "{}", overridden.text);
    assert_eq!(
        overridden.body["override_reason"],
        "Security situation: the report is delayed, activities continue."
    );
    let events = app
        .get(&format!("/audit?subject_id={id}"), &money.scene.officer.token)
        .await;
    assert_eq!(
        events.body["items"][0]["reason"],
        "Security situation: the report is delayed, activities continue."
    );
    // The audit keeps the reason's code and facts, not a sentence in one language.
    let overridden_condition = &events.body["items"][0]["summary"]["condition_overridden"];
    assert_eq!(overridden_condition["reason"], "condition_not_met");
    assert_eq!(overridden_condition["message"], "leftovers-condition-unmet");
    assert_eq!(overridden_condition["tranche"], 2, "{overridden_condition}");
    assert!(overridden_condition["obligation_kind"].is_string());
    assert!(overridden_condition["due_on"].is_string());
    for staff in [&money.scene.officer, &money.approver] {
        let full = app.get(&format!("/disbursements/{id}"), &staff.token).await;
        assert_eq!(
            full.body["approved_by"],
            money.approver.id.to_string(),
            "staff see who approved"
        );
        assert!(full.body["override_reason"].is_string());
    }
    // The organisation sees its payment, not the office's internal note or staff.
    let seen = app
        .get(&format!("/disbursements/{id}"), &money.scene.member.token)
        .await;
    assert_eq!(seen.status, StatusCode::OK, "{}", seen.text);
    assert_eq!(seen.body["status"], "approved");
    for field in ["override_reason", "approved_by", "requested_by"] {
        assert_eq!(seen.body[field], Value::Null, "{field} hidden from members");
    }
    let award = overridden.body["award_id"].as_str().expect("award").to_owned();
    let listed = app
        .get(&format!("/awards/{award}/disbursements"), &money.scene.member.token)
        .await;
    assert!(
        listed.body["items"]
            .as_array()
            .expect("items")
            .iter()
            .all(|item| item["override_reason"].is_null()),
        "{}",
        listed.text
    );
}

#[tokio::test]
async fn reports_are_submitted_by_members_received_by_officers_and_then_the_award_completes() {
    let app = spawn_app().await;
    let money = active_award(&app).await;
    let award = award_of(&app, &money).await;
    let interim = award["reporting_obligations"][0]["id"].as_str().expect("id").to_owned();
    let last = award["reporting_obligations"][1]["id"].as_str().expect("id").to_owned();

    let early = app
        .post_empty(&format!("/awards/{}/complete", money.award), &money.scene.officer.token)
        .await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert!(
        early.detail().contains("24500.00 EUR of the award is still unpaid"),
        "{}",
        early.detail()
    );
    assert!(early.detail().contains("2 report(s)"), "{}", early.detail());

    let outsider = app.applicant().await;
    app.organisation(&outsider).await;
    let foreign = app
        .post(
            &format!("/reporting-obligations/{interim}/submit"),
            &outsider.token,
            json!({"summary": "not ours"}),
        )
        .await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    let by_officer_as_member = app
        .post(
            &format!("/reporting-obligations/{interim}/submit"),
            &money.scene.officer.token,
            json!({"summary": "x"}),
        )
        .await;
    assert_eq!(by_officer_as_member.status, StatusCode::FORBIDDEN);
    let submitted = app
        .post(
            &format!("/reporting-obligations/{interim}/submit"),
            &money.scene.member.token,
            json!({"summary": "Six workshops held with 140 young people in three districts."}),
        )
        .await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.text);
    assert_eq!(submitted.body["status"], "submitted");
    let member_receives = app
        .post_empty(
            &format!("/reporting-obligations/{interim}/receive"),
            &money.scene.member.token,
        )
        .await;
    assert_eq!(member_receives.status, StatusCode::FORBIDDEN);
    for report in [&interim, &last] {
        let received = app
            .post_empty(
                &format!("/reporting-obligations/{report}/receive"),
                &money.scene.officer.token,
            )
            .await;
        assert_eq!(received.status, StatusCode::OK, "{}", received.text);
        assert_eq!(received.body["status"], "received");
    }
    let twice = app
        .post_empty(
            &format!("/reporting-obligations/{interim}/receive"),
            &money.scene.officer.token,
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);

    let award = award_of(&app, &money).await;
    assert_eq!(award["tranches"][1]["condition_met"], true);
    for (number, amount) in [(1, "14700.00"), (2, "9800.00")] {
        let requested = app
            .request_disbursement(
                &money.requester,
                &money.award,
                &format!("all-{number}"),
                tranche_payment(&award, number, amount),
            )
            .await;
        let id = requested.id();
        let approved = app
            .post_empty(&format!("/disbursements/{id}/approve"), &money.approver.token)
            .await;
        assert_eq!(
            approved.status,
            StatusCode::OK,
            "report received, no override needed: {}",
            approved.text
        );
        app.post(
            &format!("/disbursements/{id}/pay"),
            &money.approver.token,
            json!({"paid_on": day(&app, 0), "payment_reference": format!("BANK-{number}")}),
        )
        .await;
    }
    let finance_completes = app
        .post_empty(&format!("/awards/{}/complete", money.award), &money.requester.token)
        .await;
    assert_eq!(finance_completes.status, StatusCode::FORBIDDEN);
    let completed = app
        .post_empty(&format!("/awards/{}/complete", money.award), &money.scene.officer.token)
        .await;
    assert_eq!(completed.status, StatusCode::OK, "{}", completed.text);
    assert_eq!(completed.body["status"], "completed");
    assert_eq!(completed.body["totals"]["outstanding"], "0.00");
    let after = app
        .request_disbursement(
            &money.requester,
            &money.award,
            "late",
            tranche_payment(&award, 1, "1.00"),
        )
        .await;
    assert_eq!(after.status, StatusCode::CONFLICT);
    assert_eq!(after.problem_type(), "award-not-active");
}

#[tokio::test]
async fn a_pending_award_takes_no_money_and_terminating_it_ends_it() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app.awardable(&scene).await;
    let decided = app
        .post(
            &format!("/applications/{application}/decision"),
            &scene.officer.token,
            award_decision(&app),
        )
        .await;
    let award = decided.body["award_id"].as_str().expect("award").to_owned();
    let finance = app.finance().await;
    let terms = app.get(&format!("/awards/{award}"), &scene.officer.token).await.body;
    let unaccepted = app
        .request_disbursement(&finance, &award, "p-1", tranche_payment(&terms, 1, "100.00"))
        .await;
    assert_eq!(unaccepted.status, StatusCode::CONFLICT, "terms not yet accepted");

    let reasonless = app
        .post(&format!("/awards/{award}/terminate"), &scene.officer.token, json!({}))
        .await;
    assert_eq!(reasonless.failing_fields(), vec!["reason"]);
    let terminated = app
        .post(
            &format!("/awards/{award}/terminate"),
            &scene.officer.token,
            json!({"reason": "The organisation was dissolved by court order."}),
        )
        .await;
    assert_eq!(terminated.status, StatusCode::OK, "{}", terminated.text);
    assert_eq!(terminated.body["status"], "terminated");
    assert_eq!(
        terminated.body["closure_reason"],
        "The organisation was dissolved by court order."
    );
    let accept = app
        .post_empty(&format!("/awards/{award}/accept"), &scene.member.token)
        .await;
    assert_eq!(accept.status, StatusCode::CONFLICT);
    assert_eq!(app.audit_actions(&award).await[0], "award.terminated");
}

#[tokio::test]
async fn money_endpoints_refuse_the_wrong_role_and_the_wrong_organisation() {
    let app = spawn_app().await;
    let money = active_whole_award(&app).await;
    let requested = app
        .request_disbursement(&money.requester, &money.award, "perm-1", payment("100.00"))
        .await;
    let id = requested.id();
    let outsider = app.applicant().await;
    app.organisation(&outsider).await;
    let reviewer = app.reviewer().await;
    let admin = app.admin().await;
    let before = app.snapshot().await;
    let award_before = award_of(&app, &money).await;

    let wrong_roles = [&money.scene.officer, &money.scene.member, &reviewer, &admin];
    for actor in wrong_roles {
        let request = app
            .request_disbursement(actor, &money.award, "perm-2", payment("1.00"))
            .await;
        assert_eq!(request.status, StatusCode::FORBIDDEN, "{}", actor.email);
        for action in ["approve", "cancel"] {
            let answer = app
                .post(
                    &format!("/disbursements/{id}/{action}"),
                    &actor.token,
                    json!({"reason": "x"}),
                )
                .await;
            assert_eq!(answer.status, StatusCode::FORBIDDEN, "{action} by {}", actor.email);
            assert!(answer.is_problem());
        }
        let pay = app
            .post(
                &format!("/disbursements/{id}/pay"),
                &actor.token,
                json!({"paid_on": day(&app, 0), "payment_reference": "x"}),
            )
            .await;
        assert_eq!(pay.status, StatusCode::FORBIDDEN);
    }
    let members_only = [&reviewer, &outsider];
    for actor in members_only {
        for path in [
            format!("/awards/{}", money.award),
            format!("/awards/{}/disbursements", money.award),
            format!("/disbursements/{id}"),
        ] {
            let answer = app.get(&path, &actor.token).await;
            assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path} for {}", actor.email);
        }
    }
    let queue = app.get("/disbursements", &outsider.token).await;
    assert_eq!(queue.status, StatusCode::FORBIDDEN);
    let outsiders_awards = app.get("/awards?count=true", &outsider.token).await;
    assert_eq!(
        outsiders_awards.body["total"], 0,
        "another organisation's awards stay hidden"
    );
    let members_awards = app.get("/awards?count=true", &money.scene.member.token).await;
    assert_eq!(members_awards.body["total"], 1);
    for (path, actor) in [
        (format!("/awards/{}/complete", money.award), &money.requester),
        (format!("/awards/{}/terminate", money.award), &money.scene.member),
    ] {
        let answer = app.post(&path, &actor.token, json!({"reason": "no"})).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{path}");
    }
    let anonymous = app.get(&format!("/disbursements/{id}"), "").await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.snapshot().await, before, "nothing changed");
    assert_eq!(award_of(&app, &money).await, award_before);
}

#[tokio::test]
async fn terminating_an_award_waits_for_approved_money_and_cancels_what_was_only_requested() {
    let app = spawn_app().await;
    let money = active_whole_award(&app).await;
    let approved = app
        .request_disbursement(&money.requester, &money.award, "t-1", payment("1000.00"))
        .await
        .id();
    app.post_empty(&format!("/disbursements/{approved}/approve"), &money.approver.token)
        .await;
    let requested = app
        .request_disbursement(&money.requester, &money.award, "t-2", payment("2000.00"))
        .await
        .id();
    let path = format!("/awards/{}/terminate", money.award);
    let terminate = || {
        app.post(
            &path,
            &money.scene.officer.token,
            json!({"reason": "Funds diverted to an unrelated activity."}),
        )
    };
    let before = app.snapshot().await;
    let refused = terminate().await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text);
    assert_eq!(refused.problem_type(), "payments-in-flight");
    assert!(refused.detail().contains("1000.00 EUR"), "{}", refused.text);
    assert_eq!(app.snapshot().await, before, "nothing changed");
    assert_eq!(award_of(&app, &money).await["status"], "active");
    let paid = app
        .post(
            &format!("/disbursements/{approved}/pay"),
            &money.requester.token,
            json!({"paid_on": day(&app, 0), "payment_reference": "BANK-9"}),
        )
        .await;
    assert_eq!(paid.status, StatusCode::OK, "{}", paid.text);

    let terminated = terminate().await;
    assert_eq!(terminated.status, StatusCode::OK, "{}", terminated.text);
    assert_eq!(terminated.body["totals"]["requested"], "0.00");
    assert_eq!(terminated.body["totals"]["disbursed"], "1000.00");
    assert_eq!(terminated.body["released_amount"], "23500.00");
    let cancelled = app
        .get(&format!("/disbursements/{requested}"), &money.requester.token)
        .await;
    assert_eq!(cancelled.body["status"], "cancelled");
    assert!(
        cancelled.body["cancel_reason"]
            .as_str()
            .is_some_and(|reason| reason.contains("Funds diverted")),
        "{}",
        cancelled.body
    );
    assert_eq!(app.audit_actions(&requested).await[0], "disbursement.cancelled");
}

#[tokio::test]
async fn a_corrupt_stored_status_or_currency_is_an_internal_error_never_a_default() {
    use grantdesk::awards::store::award;
    use grantdesk::disbursements::store::disbursement;
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

    let app = spawn_app().await;
    let money = active_whole_award(&app).await;
    let requested = app
        .request_disbursement(&money.requester, &money.award, "corrupt-1", payment("100.00"))
        .await;
    assert_eq!(requested.status, StatusCode::CREATED, "{}", requested.text);
    let award_id: uuid::Uuid = money.award.parse().expect("an award id");
    let disbursement_id: uuid::Uuid = requested.id().parse().expect("a disbursement id");

    award::Entity::update_many()
        .col_expr(award::Column::Status, Expr::value("pending"))
        .filter(award::Column::Id.eq(award_id))
        .exec(&app.db)
        .await
        .expect("an update");
    let award = app
        .get(&format!("/awards/{}", money.award), &money.scene.officer.token)
        .await;
    assert_eq!(award.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", award.text);
    assert_eq!(award.problem_type(), "internal");
    let awards = app.get("/awards", &money.scene.officer.token).await;
    assert_eq!(awards.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", awards.text);

    disbursement::Entity::update_many()
        .col_expr(disbursement::Column::Currency, Expr::value("ZZZ"))
        .filter(disbursement::Column::Id.eq(disbursement_id))
        .exec(&app.db)
        .await
        .expect("an update");
    let shown = app
        .get(&format!("/disbursements/{disbursement_id}"), &money.requester.token)
        .await;
    assert_eq!(shown.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", shown.text);
    assert!(!shown.text.contains("USD"), "never a made-up currency: {}", shown.text);
}
