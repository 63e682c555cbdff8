//! Review: assignments, conflicts of interest, scoring, what reviewers see, ranking.

use axum::http::{Method, StatusCode};
use grantdesk::auth::Role;
use serde_json::json;

use crate::support::{Scene, call_body, organisation_body, spawn_app};

#[tokio::test]
async fn the_first_assignment_moves_an_eligible_application_to_review() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let (first, second) = (app.reviewer().await, app.reviewer().await);
    let application = app
        .submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    let early = app
        .post(
            &format!("/applications/{application}/assignments"),
            &scene.officer.token,
            json!({"reviewer_id": first.id}),
        )
        .await;
    assert_eq!(early.status, StatusCode::CONFLICT, "not yet screened");
    assert_eq!(early.problem_type(), "not-ready-for-review");

    app.make_eligible(&scene.officer, &application).await;
    app.assign(&scene.officer, &application, &first).await;
    let seen = app
        .get(&format!("/applications/{application}"), &scene.member.token)
        .await;
    assert_eq!(seen.body["status"], "under_review");
    app.assign(&scene.officer, &application, &second).await;
    let twice = app
        .post(
            &format!("/applications/{application}/assignments"),
            &scene.officer.token,
            json!({"reviewer_id": first.id}),
        )
        .await;
    assert_eq!(twice.problem_type(), "already-assigned");
    let assignments = app
        .get(
            &format!("/applications/{application}/assignments"),
            &scene.officer.token,
        )
        .await;
    assert_eq!(assignments.body.as_array().map(Vec::len), Some(2));
    assert_eq!(assignments.body[0]["status"], "active");
    let not_a_reviewer = app
        .post(
            &format!("/applications/{application}/assignments"),
            &scene.officer.token,
            json!({"reviewer_id": scene.member.id}),
        )
        .await;
    assert_eq!(not_a_reviewer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(not_a_reviewer.failing_fields(), vec!["reviewer_id"]);
}

#[tokio::test]
async fn a_member_of_the_applicant_organisation_is_refused_as_its_reviewer() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let insider = app.user(&[Role::Applicant, Role::Reviewer]).await;
    app.join(&scene.member, &scene.organisation, &insider).await;
    let application = app
        .submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    app.make_eligible(&scene.officer, &application).await;
    let before = app.snapshot().await;
    let refused = app
        .post(
            &format!("/applications/{application}/assignments"),
            &scene.officer.token,
            json!({"reviewer_id": insider.id}),
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(refused.problem_type(), "conflict-of-interest");
    assert!(refused.detail().contains("member of the applicant organisation"));
    assert_eq!(app.snapshot().await, before);
    assert_eq!(
        app.get(&format!("/applications/{application}"), &scene.officer.token)
            .await
            .body["status"],
        "eligible"
    );
}

#[tokio::test]
async fn a_declared_conflict_ends_the_assignment_and_the_officer_sees_why() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let reviewer = app.reviewer().await;
    let application = app.under_review(&scene, &reviewer).await;
    let declared = app
        .post(
            &format!("/applications/{application}/conflicts"),
            &reviewer.token,
            json!({"reason": "I advised this CSO last year."}),
        )
        .await;
    assert_eq!(declared.status, StatusCode::OK, "{}", declared.text);
    assert_eq!(declared.body["status"], "conflict_declared");
    let assignments = app
        .get(
            &format!("/applications/{application}/assignments"),
            &scene.officer.token,
        )
        .await;
    assert_eq!(assignments.body[0]["status"], "conflict_declared");
    assert_eq!(assignments.body[0]["conflict_reason"], "I advised this CSO last year.");
    assert_eq!(
        app.get(&format!("/applications/{application}"), &reviewer.token)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.review(&reviewer, &application, 3, 3).await.status,
        StatusCode::NOT_FOUND
    );
    let again = app
        .post(
            &format!("/applications/{application}/assignments"),
            &scene.officer.token,
            json!({"reviewer_id": reviewer.id}),
        )
        .await;
    assert_eq!(again.problem_type(), "conflict-of-interest");
    let events = app
        .get(&format!("/audit?subject_id={application}"), &scene.officer.token)
        .await;
    assert_eq!(events.body["items"][0]["action"], "review.conflict_declared");
}

#[tokio::test]
async fn a_reviewer_sees_only_the_applications_assigned_to_them() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let reviewer = app.reviewer().await;
    let assigned = app.under_review(&scene, &reviewer).await;
    let other = app
        .submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    assert_eq!(
        app.get(&format!("/applications/{assigned}"), &reviewer.token)
            .await
            .status,
        StatusCode::OK
    );
    let unassigned = app.get(&format!("/applications/{other}"), &reviewer.token).await;
    assert_eq!(unassigned.status, StatusCode::NOT_FOUND);
    assert!(unassigned.is_problem());
    let listed = app.get("/applications?count=true", &reviewer.token).await;
    assert_eq!(listed.body["total"], 1);
    assert_eq!(listed.body["items"][0]["id"], assigned);
    assert_eq!(app.review(&reviewer, &other, 3, 3).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get(&format!("/applications/{assigned}/reviews"), &reviewer.token)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn blind_review_hides_the_organisation_from_the_reviewer() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let mut body = call_body(grantdesk::clock::Clock::now(&*app.clock));
    body["blind_review"] = json!(true);
    let call = app.post("/calls", &officer.token, body).await.id();
    app.post_empty(&format!("/calls/{call}/publish"), &officer.token).await;
    let scene = Scene {
        officer,
        member,
        organisation: organisation.clone(),
        call,
    };
    let reviewer = app.reviewer().await;
    let application = app.under_review(&scene, &reviewer).await;

    let seen = app.get(&format!("/applications/{application}"), &reviewer.token).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert!(seen.body["organisation_id"].is_null());
    assert!(seen.body["organisation_name"].is_null());
    assert_eq!(seen.body["identity_hidden"], true);
    assert!(
        !seen.text.contains("Women for Peace Network"),
        "the name appears nowhere"
    );
    let listed = app.get("/applications?count=true", &reviewer.token).await;
    assert_eq!(listed.status, StatusCode::OK);
    assert_eq!(listed.body["total"], 1);
    assert_eq!(listed.body["items"][0]["id"], application);
    assert!(listed.body["items"][0]["organisation_id"].is_null());
    assert!(!listed.text.contains("Women for Peace Network"));
    let probing = app
        .get(
            &format!("/applications?organisation_id={organisation}"),
            &reviewer.token,
        )
        .await;
    assert_eq!(
        probing.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a reviewer cannot find out the organisation by filtering"
    );
    let officer_view = app
        .get(&format!("/applications/{application}"), &scene.officer.token)
        .await;
    assert_eq!(officer_view.body["organisation_id"], organisation);
}

#[tokio::test]
async fn scores_outside_the_scale_or_missing_are_refused_with_field_errors() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let reviewer = app.reviewer().await;
    let application = app.under_review(&scene, &reviewer).await;
    let path = format!("/applications/{application}/reviews/mine");
    let cases = [
        (json!({"relevance": 6, "feasibility": 3}), "scores.relevance"),
        (json!({"relevance": -1, "feasibility": 3}), "scores.relevance"),
        (json!({"relevance": 3}), "scores.feasibility"),
        (json!({"relevance": 3, "feasibility": 3, "impact": 2}), "scores.impact"),
        (json!({"relevance": 3.5, "feasibility": 3}), "scores.relevance"),
    ];
    for (scores, field) in cases {
        let before = app.snapshot().await;
        let answer = app
            .send(
                Method::PUT,
                &path,
                &reviewer.token,
                Some(json!({"scores": scores, "comment": "ok"})),
            )
            .await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{scores}: {}",
            answer.text
        );
        assert!(
            answer.failing_fields().iter().any(|failing| failing.starts_with(field)),
            "{field}: {}",
            answer.text
        );
        assert_eq!(app.snapshot().await, before);
    }
    assert_eq!(
        app.get(&path, &reviewer.token).await.status,
        StatusCode::NOT_FOUND,
        "no review was stored"
    );
}

/// `PUT .../reviews/mine` with `scores` (relevance, feasibility) and `draft`.
async fn write_review(
    app: &crate::support::TestApp,
    reviewer: &crate::support::Actor,
    application: &str,
    (relevance, feasibility): (i64, i64),
    draft: bool,
) -> crate::support::Answer {
    let body = json!({"scores": {"relevance": relevance, "feasibility": feasibility}, "comment": "Sound plan.", "draft": draft});
    app.put(
        &format!("/applications/{application}/reviews/mine"),
        &reviewer.token,
        body,
    )
    .await
}

/// What the officer sees of an application's reviews: the submitted reviews, and its
/// review count in the call's ranking.
async fn officer_sees(app: &crate::support::TestApp, scene: &Scene, application: &str) -> (usize, serde_json::Value) {
    let reviews = app
        .get(&format!("/applications/{application}/reviews"), &scene.officer.token)
        .await;
    let ranking = app
        .get(&format!("/calls/{}/ranking", scene.call), &scene.officer.token)
        .await;
    let count = ranking.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|item| item["application_id"] == application)
        .map(|item| item["review_count"].clone())
        .expect("the application is ranked");
    (reviews.body.as_array().map_or(0, Vec::len), count)
}

#[tokio::test]
async fn a_draft_changes_and_counts_nowhere_until_submitted_and_then_it_is_final() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let reviewer = app.reviewer().await;
    let application = app.under_review(&scene, &reviewer).await;
    let first = write_review(&app, &reviewer, &application, (2, 2), true).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text);
    assert_eq!(first.body["status"], "draft");
    assert_eq!(officer_sees(&app, &scene, &application).await, (0, json!(0)));
    let assignments = app
        .get(
            &format!("/applications/{application}/assignments"),
            &scene.officer.token,
        )
        .await;
    assert_eq!(assignments.body[0]["in_progress"], true);
    assert_eq!(assignments.body[0]["reviewed"], false);

    let changed = write_review(&app, &reviewer, &application, (5, 0), true).await;
    assert_eq!(changed.body["weighted_score"], "60", "0.6 x 100 + 0.4 x 0");
    assert_eq!(changed.body["id"], first.body["id"]);
    let mine = app
        .get(&format!("/applications/{application}/reviews/mine"), &reviewer.token)
        .await;
    assert_eq!(
        (mine.body["status"].clone(), mine.body["scores"]["relevance"].clone()),
        (json!("draft"), json!(5))
    );

    let submitted = write_review(&app, &reviewer, &application, (5, 1), false).await;
    assert_eq!(submitted.body["status"], "submitted", "{}", submitted.text);
    assert_eq!(officer_sees(&app, &scene, &application).await, (1, json!(1)));
    for draft in [true, false] {
        let refused = write_review(&app, &reviewer, &application, (1, 1), draft).await;
        assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text);
        assert_eq!(refused.problem_type(), "review-frozen");
    }
    let reviews = app
        .get(&format!("/applications/{application}/reviews"), &scene.officer.token)
        .await;
    assert_eq!(reviews.body[0]["scores"]["relevance"], 5);
    assert_eq!(reviews.body[0]["scores"]["feasibility"], 1);
    assert!(reviews.body[0]["reviewer_name"].is_string());
    let actions = app.audit_actions(&application).await;
    assert_eq!(actions[..3], ["review.submitted", "review.saved", "review.saved"]);
}

#[tokio::test]
async fn a_review_without_draft_is_submitted_as_before_drafts_existed() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let reviewer = app.reviewer().await;
    let application = app.under_review(&scene, &reviewer).await;
    let submitted = app.review(&reviewer, &application, 3, 3).await;
    assert_eq!(submitted.body["status"], "submitted", "{}", submitted.text);
    assert_eq!(officer_sees(&app, &scene, &application).await, (1, json!(1)));
}

#[tokio::test]
async fn another_reviewer_or_an_applicant_cannot_write_or_read_a_draft() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let reviewer = app.reviewer().await;
    let application = app.under_review(&scene, &reviewer).await;
    write_review(&app, &reviewer, &application, (2, 2), true).await;
    let other = app.reviewer().await;
    let path = format!("/applications/{application}/reviews/mine");
    assert_eq!(
        write_review(&app, &other, &application, (5, 5), true).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.get(&path, &other.token).await.status, StatusCode::NOT_FOUND);
    let by_member = write_review(&app, &scene.member, &application, (5, 5), true).await;
    assert_eq!(by_member.status, StatusCode::FORBIDDEN, "{}", by_member.text);
    let mine = app.get(&path, &reviewer.token).await;
    assert_eq!(mine.body["scores"]["relevance"], 2, "the draft is unchanged");
}

#[tokio::test]
async fn the_ranking_orders_applications_by_calibrated_scores() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let harsh = app.reviewer().await;
    let lenient = app.reviewer().await;
    let mut youth = organisation_body();
    youth["legal_name"] = json!("Red de Jóvenes por la Paz");
    youth["country"] = json!("CO");
    youth["women_led"] = json!(false);
    youth["youth_led"] = json!(true);
    let youth_org = app.post("/organisations", &scene.member.token, youth).await.id();

    let a = app.under_review(&scene, &harsh).await;
    let b = app.submitted_application(&scene.member, &youth_org, &scene.call).await;
    app.make_eligible(&scene.officer, &b).await;
    app.assign(&scene.officer, &b, &harsh).await;
    let c = app.under_review(&scene, &lenient).await;
    app.assign(&scene.officer, &a, &lenient).await;
    // harsh: a = 20 (1,1 -> 0.6x20+0.4x20), b = 60 (3,3); lenient: a = 80 (4,4), c = 100 (5,5).
    for (reviewer, application, score) in [(&harsh, &a, 1), (&harsh, &b, 3), (&lenient, &a, 4), (&lenient, &c, 5)] {
        assert_eq!(
            app.review(reviewer, application, score, score).await.status,
            StatusCode::OK
        );
    }
    let ranking = app
        .get(&format!("/calls/{}/ranking?top=2", scene.call), &scene.officer.token)
        .await;
    assert_eq!(ranking.status, StatusCode::OK, "{}", ranking.text);
    let items = ranking.body["items"].as_array().expect("items");
    let order: Vec<&str> = items
        .iter()
        .map(|item| item["application_id"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(order, vec![c.as_str(), b.as_str(), a.as_str()]);
    assert_eq!(items[0]["weighted_mean"], "100");
    assert_eq!(items[0]["normalised_mean"], "1");
    assert_eq!(items[1]["weighted_mean"], "60");
    assert_eq!(items[1]["normalised_mean"], "1");
    assert_eq!(items[2]["weighted_mean"], "50");
    assert_eq!(items[2]["normalised_mean"], "-1");
    assert_eq!(items[2]["review_count"], 2);
    assert_eq!(items[2]["spread"], "60");
    assert_eq!(
        items
            .iter()
            .map(|item| item["rank"].as_u64().unwrap_or(0))
            .collect::<Vec<_>>(),
        vec![1, 2, 3]
    );
    let representation = &ranking.body["representation"];
    assert_eq!(representation["count"], 2);
    assert_eq!(
        representation["by_region"],
        json!({"Latin America and the Caribbean": 1, "Sub-Saharan Africa": 1}),
        "the office's regions by default"
    );
    let continents = app
        .get(
            &format!("/calls/{}/ranking?top=2&regions=m49", scene.call),
            &scene.officer.token,
        )
        .await;
    assert_eq!(
        continents.body["representation"]["by_region"],
        json!({"Africa": 1, "Americas": 1})
    );
    assert_eq!(representation["women_led"], 1);
    assert_eq!(representation["youth_led"], 1);
    assert_eq!(
        app.get(&format!("/calls/{}/ranking", scene.call), &scene.member.token)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get(&format!("/calls/{}/ranking", scene.call), &harsh.token)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn a_review_of_an_unknown_application_is_not_found() {
    let app = spawn_app().await;
    let reviewer = app.reviewer().await;
    let path = format!("/applications/{}/reviews/mine", uuid::Uuid::new_v4());
    let answer = app
        .send(
            Method::PUT,
            &path,
            &reviewer.token,
            Some(json!({"scores": {}, "comment": "x"})),
        )
        .await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
}

/// An application reviewed by `reviewer`, rejected by the scene's officer, appealed by the
/// scene's member and overturned by a second officer: back under review. The clock moves a
/// minute between steps, as time does.
async fn sent_back_by_an_appeal(
    app: &crate::support::TestApp,
    scene: &Scene,
    reviewer: &crate::support::Actor,
) -> String {
    let step = || app.clock.advance(chrono::Duration::minutes(1));
    let application = app.under_review(scene, reviewer).await;
    assert_eq!(app.review(reviewer, &application, 2, 2).await.status, StatusCode::OK);
    step();
    let rejected = app
        .post(
            &format!("/applications/{application}/decision"),
            &scene.officer.token,
            json!({"outcome": "rejected", "reason": "The workplan does not explain how participants are kept safe."}),
        )
        .await;
    assert_eq!(rejected.status, StatusCode::OK, "{}", rejected.text);
    step();
    let frozen = app.review(reviewer, &application, 5, 0).await;
    assert_eq!(frozen.status, StatusCode::CONFLICT, "{}", frozen.text);
    assert_eq!(frozen.problem_type(), "review-frozen");
    let appeal = app
        .post(
            &format!("/applications/{application}/appeals"),
            &scene.member.token,
            json!({"grounds": "The safeguarding plan is in annex 3, which the reviewers did not receive."}),
        )
        .await;
    assert_eq!(appeal.status, StatusCode::CREATED, "{}", appeal.text);
    step();
    let second = app.officer().await;
    let overturned = app
        .post(
            &format!("/appeals/{}/resolution", appeal.id()),
            &second.token,
            json!({"outcome": "overturned", "reason": "Annex 3 answers the concern; review it again."}),
        )
        .await;
    assert_eq!(overturned.status, StatusCode::OK, "{}", overturned.text);
    step();
    application
}

#[tokio::test]
async fn reviews_freeze_with_the_decision_and_an_officer_reopens_one_after_an_appeal() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let reviewer = app.reviewer().await;
    let application = sent_back_by_an_appeal(&app, &scene, &reviewer).await;
    let mine = format!("/applications/{application}/reviews/mine");
    assert_eq!(
        app.get(&mine, &reviewer.token).await.body["weighted_score"],
        "40",
        "unchanged by the refusal"
    );

    let before = app.snapshot().await;
    let still_frozen = app.review(&reviewer, &application, 5, 0).await;
    assert_eq!(still_frozen.status, StatusCode::CONFLICT, "sent back, not yet reopened");
    assert_eq!(still_frozen.problem_type(), "review-frozen");
    assert_eq!(app.snapshot().await, before, "nothing changed");

    let reopen = format!("/applications/{application}/reviews/{}/reopen", reviewer.id);
    let reasonless = app.post(&reopen, &scene.officer.token, json!({"reason": "  "})).await;
    assert_eq!(reasonless.failing_fields(), vec!["reason"], "{}", reasonless.text);
    let reopened = app
        .post(
            &reopen,
            &scene.officer.token,
            json!({"reason": "The appeal found annex 3 was missing."}),
        )
        .await;
    assert_eq!(reopened.status, StatusCode::OK, "{}", reopened.text);
    assert_eq!(reopened.body["reopen_reason"], "The appeal found annex 3 was missing.");
    let twice = app
        .post(&reopen, &scene.officer.token, json!({"reason": "Again."}))
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT, "{}", twice.text);
    assert_eq!(twice.problem_type(), "invalid-transition");
    let actions = app.audit_actions(&application).await;
    assert_eq!(actions[0], "review.reopened");

    app.clock.advance(chrono::Duration::minutes(1));
    let revised = app.review(&reviewer, &application, 5, 0).await;
    assert_eq!(revised.status, StatusCode::OK, "{}", revised.text);
    assert_eq!(revised.body["weighted_score"], "60");
    let late_reviewer = app.reviewer().await;
    app.assign(&scene.officer, &application, &late_reviewer).await;
    let fresh = app.review(&late_reviewer, &application, 3, 3).await;
    assert_eq!(
        fresh.status,
        StatusCode::OK,
        "a review first written after the appeal: {}",
        fresh.text
    );

    app.clock.advance(chrono::Duration::minutes(1));
    let third = app.officer().await;
    let decided_again = app
        .post(
            &format!("/applications/{application}/decision"),
            &third.token,
            json!({"outcome": "rejected", "reason": "Annex 3 was read; the workplan still falls short."}),
        )
        .await;
    assert_eq!(decided_again.status, StatusCode::OK, "{}", decided_again.text);
    app.clock.advance(chrono::Duration::minutes(1));
    for (who, scores) in [(&reviewer, (1, 1)), (&late_reviewer, (0, 0))] {
        let refused = app.review(who, &application, scores.0, scores.1).await;
        assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text);
        assert_eq!(refused.problem_type(), "review-frozen");
    }
}

#[tokio::test]
async fn reopening_a_review_refuses_the_wrong_role_the_wrong_organisation_and_an_undecided_application() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let reviewer = app.reviewer().await;
    let application = sent_back_by_an_appeal(&app, &scene, &reviewer).await;
    let reopen = format!("/applications/{application}/reviews/{}/reopen", reviewer.id);
    let body = json!({"reason": "The appeal found annex 3 was missing."});
    let stranger = app.applicant().await;
    app.organisation(&stranger).await;
    let finance = app.finance().await;
    let before = app.snapshot().await;
    for actor in [&reviewer, &scene.member, &stranger, &finance] {
        let refused = app.post(&reopen, &actor.token, body.clone()).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);
        assert!(refused.is_problem());
    }
    let unknown_application = format!("/applications/{}/reviews/{}/reopen", uuid::Uuid::new_v4(), reviewer.id);
    let missing = app.post(&unknown_application, &scene.officer.token, body.clone()).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND, "{}", missing.text);
    let unknown_reviewer = format!("/applications/{application}/reviews/{}/reopen", stranger.id);
    let missing = app.post(&unknown_reviewer, &scene.officer.token, body.clone()).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND, "{}", missing.text);
    assert_eq!(app.snapshot().await, before, "nothing changed");

    let other_reviewer = app.reviewer().await;
    let undecided = app.under_review(&scene, &other_reviewer).await;
    assert_eq!(
        app.review(&other_reviewer, &undecided, 3, 3).await.status,
        StatusCode::OK
    );
    let refused = app
        .post(
            &format!("/applications/{undecided}/reviews/{}/reopen", other_reviewer.id),
            &scene.officer.token,
            body,
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text);
    assert_eq!(refused.problem_type(), "invalid-transition");
}
