//! Funding calls: lifecycle, visibility and validation.

use axum::http::{Method, StatusCode};
use chrono::Duration;
use grantdesk::clock::Clock;
use grantdesk::http::driver::api_request;
use serde_json::json;

use crate::support::{call_body, spawn_app};

#[tokio::test]
async fn an_officer_drafts_publishes_and_closes_a_call_that_anyone_can_read() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let created = app.post("/calls", &officer.token, call_body(app.clock.now())).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    assert_eq!(created.body["status"], "draft");
    assert_eq!(created.body["budget_ceiling"], "200000.00");
    assert_eq!(created.body["currency"], "EUR");
    let call = created.id();

    assert_eq!(
        app.get(&format!("/calls/{call}"), "").await.status,
        StatusCode::NOT_FOUND,
        "a draft is not public"
    );

    let published = app.post_empty(&format!("/calls/{call}/publish"), &officer.token).await;
    assert_eq!(published.body["status"], "open");
    assert_eq!(published.body["accepting_applications"], true);

    let public = app.get(&format!("/calls/{call}"), "").await;
    assert_eq!(public.status, StatusCode::OK);
    assert_eq!(public.body["eligibility_criteria"][0]["key"], "registered_cso");
    assert_eq!(public.body["rubric"][1]["weight"], "0.4");
    let listed = app.get("/calls?status=open&count=true", "").await;
    assert_eq!(listed.body["total"], 1);

    let closed = app.post_empty(&format!("/calls/{call}/close"), &officer.token).await;
    assert_eq!(closed.body["status"], "closed");
    assert_eq!(closed.body["accepting_applications"], false);
    assert_eq!(
        app.get(&format!("/calls/{call}"), "").await.status,
        StatusCode::OK,
        "closed calls stay public"
    );
    let actions = app.audit_actions(&call).await;
    assert_eq!(actions, vec!["call.closed", "call.published", "call.created"]);
}

#[tokio::test]
async fn drafts_and_cancelled_calls_are_listed_for_staff_only() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let applicant = app.applicant().await;
    app.draft_call(&officer).await;
    app.open_call(&officer).await;
    assert_eq!(app.get("/calls?count=true", "").await.body["total"], 1);
    assert_eq!(app.get("/calls?count=true", &applicant.token).await.body["total"], 1);
    assert_eq!(app.get("/calls?status=draft&count=true", "").await.body["total"], 0);
    assert_eq!(app.get("/calls?count=true", &officer.token).await.body["total"], 2);
    assert_eq!(
        app.get("/calls?status=draft&count=true", &officer.token).await.body["total"],
        1
    );
}

#[tokio::test]
async fn calls_are_filtered_by_thematic_area() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    app.open_call(&officer).await;
    let mut other = call_body(app.clock.now());
    other["thematic_areas"] = json!(["human_rights"]);
    let call = app.post("/calls", &officer.token, other).await.id();
    app.post_empty(&format!("/calls/{call}/publish"), &officer.token).await;
    let human_rights = app.get("/calls?thematic_area=human_rights&count=true", "").await;
    assert_eq!(human_rights.body["total"], 1);
    assert_eq!(human_rights.body["items"][0]["id"], call);
    assert_eq!(
        app.get("/calls?thematic_area=youth&count=true", "").await.body["total"],
        1
    );
    assert_eq!(
        app.get("/calls?thematic_area=pillar2_preventing_combating&count=true", "")
            .await
            .body["total"],
        0
    );
    let unknown = app.get("/calls?thematic_area=cooking", "").await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.is_problem());
}

#[tokio::test]
async fn a_call_changes_only_while_it_is_a_draft() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.draft_call(&officer).await;
    let changed = app
        .patch(
            &format!("/calls/{call}"),
            &officer.token,
            json!({"title": "Renamed", "max_grant": "40000.00"}),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    assert_eq!(changed.body["title"], "Renamed");
    assert_eq!(changed.body["max_grant"], "40000.00");
    app.post_empty(&format!("/calls/{call}/publish"), &officer.token).await;
    let before = app.snapshot().await;
    let refused = app
        .patch(&format!("/calls/{call}"), &officer.token, json!({"title": "Too late"}))
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(refused.problem_type(), "call-not-draft");
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn a_patch_that_breaks_the_terms_is_refused() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.draft_call(&officer).await;
    let refused = app
        .patch(
            &format!("/calls/{call}"),
            &officer.token,
            json!({"min_grant": "90000.00"}),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.failing_fields(), vec!["min_grant"]);
    assert_eq!(
        app.get(&format!("/calls/{call}"), &officer.token).await.body["min_grant"],
        "10000.00"
    );
}

#[tokio::test]
async fn a_wrong_transition_is_a_conflict_that_changes_nothing() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.draft_call(&officer).await;
    let before = app.snapshot().await;
    let refused = app.post_empty(&format!("/calls/{call}/close"), &officer.token).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(refused.problem_type(), "invalid-transition");
    assert!(refused.detail().contains("draft"));
    assert_eq!(app.snapshot().await, before);
    let open = app.open_call(&officer).await;
    let again = app.post_empty(&format!("/calls/{open}/publish"), &officer.token).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn a_call_whose_closing_has_passed_cannot_be_published() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.draft_call(&officer).await;
    app.clock.advance(Duration::days(8));
    let officer = app.signed_in_again(&officer).await;
    let refused = app.post_empty(&format!("/calls/{call}/publish"), &officer.token).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(refused.problem_type(), "call-closes-in-past");
}

#[tokio::test]
async fn cancelling_needs_a_reason_and_hides_the_call_from_the_public() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let no_reason = app
        .post(
            &format!("/calls/{call}/cancel"),
            &officer.token,
            json!({"reason": "  "}),
        )
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(no_reason.failing_fields(), vec!["reason"]);
    let cancelled = app
        .post(
            &format!("/calls/{call}/cancel"),
            &officer.token,
            json!({"reason": "Funding withdrawn by the donor"}),
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::OK);
    assert_eq!(cancelled.body["status"], "cancelled");
    assert_eq!(cancelled.body["cancel_reason"], "Funding withdrawn by the donor");
    assert_eq!(
        app.get(&format!("/calls/{call}"), "").await.status,
        StatusCode::NOT_FOUND
    );
    let twice = app
        .post(
            &format!("/calls/{call}/cancel"),
            &officer.token,
            json!({"reason": "again"}),
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn inconsistent_call_terms_name_every_failing_field() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let mut body = call_body(app.clock.now());
    body["min_grant"] = json!("60000.00");
    body["closes_at"] = json!(app.clock.now() - Duration::days(1));
    body["rubric"][0]["max_score"] = json!(0);
    body["eligibility_criteria"][1]["key"] = json!("registered_cso");
    body["budget_ceiling"] = json!("-5.00");
    let answer = app.post("/calls", &officer.token, body).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields = answer.failing_fields();
    for field in [
        "min_grant",
        "closes_at",
        "rubric[0].max_score",
        "eligibility_criteria[1].key",
        "budget_ceiling",
    ] {
        assert!(fields.contains(&field.to_owned()), "{field} in {fields:?}");
    }
    assert_eq!(app.count("calls").await, 0);
}

#[tokio::test]
async fn a_call_past_its_closing_instant_is_never_read_as_open_and_the_scheduler_closes_it() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let mut body = call_body(app.clock.now());
    body["closes_at"] = json!(app.clock.now() + Duration::days(30));
    let later = app.post("/calls", &officer.token, body).await.id();
    app.post_empty(&format!("/calls/{later}/publish"), &officer.token).await;
    app.clock.advance(Duration::days(7) + Duration::seconds(1));

    let open = app.get("/calls?status=open&limit=1&count=true", "").await;
    assert_eq!(open.body["total"], 1, "{}", open.text);
    assert_eq!(open.body["items"][0]["id"], later, "filtered before paging");
    let closed = app.get("/calls?status=closed&count=true", "").await;
    assert_eq!(closed.body["total"], 1);
    assert_eq!(closed.body["items"][0]["id"], call);
    assert_eq!(closed.body["items"][0]["status"], "closed");
    let shown = app.get(&format!("/calls/{call}"), "").await;
    assert_eq!(shown.body["status"], "closed");
    assert_eq!(shown.body["accepting_applications"], false);
    assert_eq!(app.audit_actions(&call).await, vec!["call.published", "call.created"]);

    let closed_now = grantdesk::calls::service::close_past_deadline(&app.state.db, app.clock.now())
        .await
        .expect("the job runs");
    assert_eq!(closed_now, 1);
    assert_eq!(
        app.audit_actions(&call).await,
        vec!["call.closed", "call.published", "call.created"]
    );
    let admin = app.admin().await;
    let trail = app.get(&format!("/audit?subject_id={call}"), &admin.token).await;
    assert_eq!(
        trail.body["items"][0]["actor_id"],
        serde_json::Value::Null,
        "closed by the system"
    );
    let again = grantdesk::calls::service::close_past_deadline(&app.state.db, app.clock.now())
        .await
        .expect("the job runs");
    assert_eq!(again, 0, "a closed call is closed once");
}

#[tokio::test]
async fn an_open_call_before_its_closing_instant_stays_open_for_the_scheduler() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    app.clock.advance(Duration::days(7) - Duration::seconds(1));
    let closed_now = grantdesk::calls::service::close_past_deadline(&app.state.db, app.clock.now())
        .await
        .expect("the job runs");
    assert_eq!(closed_now, 0);
    assert_eq!(app.get("/calls?status=open&count=true", "").await.body["total"], 1);
    assert_eq!(app.get(&format!("/calls/{call}"), "").await.body["status"], "open");
}

#[tokio::test]
async fn the_call_list_sends_each_call_as_its_response_and_shows_a_draft_edit_at_once() {
    use grantdesk::calls::{json::CallsQuery, json::listed_page_json, service, store::call};
    use grantdesk::http::Page;
    use grantdesk::keyset::PageRequest;
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

    let app = spawn_app().await;
    let officer = app.officer().await;
    let draft = app.draft_call(&officer).await;
    let open = app.open_call(&officer).await;
    let cancelled = app.open_call(&officer).await;
    let closed = app.open_call(&officer).await;
    let listed = app.get("/calls?status=draft", &officer.token).await;
    assert_eq!(listed.body["items"][0]["title"], "Youth and women leading prevention");

    // An edit of the draft shows in the list at once: its kept criteria and rubric too.
    let edit = json!({
        "title": "Renamed \"quoted\" \u{e9}t\u{e9} \u{0627}\u{0644}\u{0633}\u{0644}\u{0627}\u{0645}",
        "description": "A line\nand a \"status\":\"open\",\"accepting_applications\":true, in it",
        "thematic_areas": ["human_rights"],
        "eligibility_criteria": [{"key": "women_led", "description": "Led by women"}],
        "rubric": [{"key": "impact", "description": "Impact", "weight": "1", "min_score": 0, "max_score": 10}],
        "regions": ["Central Asia"],
    });
    let changed = app.patch(&format!("/calls/{draft}"), &officer.token, edit).await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    let listed = app.get("/calls?status=draft", &officer.token).await;
    assert_eq!(listed.body["items"][0], changed.body, "{}", listed.text);
    assert_eq!(listed.body["items"][0]["rubric"][0]["key"], "impact");
    assert_eq!(listed.body["items"][0]["thematic_areas"], json!(["human_rights"]));

    // A cancel and a close show at once: the status, the reason and the time of the change.
    let reason = json!({"reason": "The budget was withdrawn"});
    let cancel = app
        .post(&format!("/calls/{cancelled}/cancel"), &officer.token, reason)
        .await;
    assert_eq!(cancel.status, StatusCode::OK, "{}", cancel.text);
    app.clock.advance(Duration::seconds(5));
    let close = app.post_empty(&format!("/calls/{closed}/close"), &officer.token).await;
    assert_eq!(close.status, StatusCode::OK, "{}", close.text);
    let listed = app.get("/calls", &officer.token).await;
    let item = |id: &str| {
        listed.body["items"]
            .as_array()
            .and_then(|items| items.iter().find(|item| item["id"] == id))
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(item(&cancelled), cancel.body, "{}", listed.text);
    assert_eq!(item(&cancelled)["cancel_reason"], "The budget was withdrawn");
    assert_eq!(item(&closed), close.body, "{}", listed.text);

    // Byte for byte what the calls' responses serialise to, also for calls written before
    // their list item was kept (migration 46): without any of it, or with only its tail
    // (a status changed since) or only its head.
    let forget = |id: &str, column: call::Column| {
        let id = id.parse::<uuid::Uuid>().expect("id");
        call::Entity::update_many()
            .col_expr(column, Expr::value(Option::<String>::None))
            .filter(call::Column::Id.eq(id))
            .exec(&app.db)
    };
    forget(&open, call::Column::ListHead).await.expect("forgotten");
    forget(&open, call::Column::ListTail).await.expect("forgotten");
    forget(&cancelled, call::Column::ListHead).await.expect("forgotten");
    forget(&closed, call::Column::ListTail).await.expect("forgotten");
    let staff = grantdesk::auth::CurrentUser {
        id: officer.id,
        roles: vec![grantdesk::auth::Role::Officer],
    };
    let now = app.clock.now();
    for page in [
        PageRequest::counted(50, 0),
        PageRequest {
            limit: 2,
            ..Default::default()
        },
    ] {
        let query = CallsQuery::default();
        let responses = service::list_page(&app.db, now, Some(&staff), &query, &page)
            .await
            .expect("listed")
            .map(|call| call.response(now));
        let kept = service::listed_page(&app.db, now, Some(&staff), &query, &page)
            .await
            .expect("listed");
        let expected = serde_json::to_string(&Page::from(responses)).expect("json");
        assert_eq!(listed_page_json(&kept).as_bytes(), expected.as_bytes());
    }
    let expected = {
        let query = CallsQuery::default();
        let responses = service::list_page(&app.db, now, Some(&staff), &query, &PageRequest::counted(50, 0))
            .await
            .expect("listed")
            .map(|call| call.response(now));
        serde_json::to_string(&Page::from(responses)).expect("json")
    };
    for id in [&draft, &open, &cancelled, &closed] {
        assert!(expected.contains(id.as_str()), "{expected}");
    }
    let answered = app.get("/calls?count=true", &officer.token).await;
    assert_eq!(answered.text, expected);
    assert_eq!(
        answered
            .headers
            .get("content-type")
            .and_then(|value| value.to_str().ok()),
        Some("application/json")
    );

    // At start the server keeps the items those calls lack; the list reads the same.
    let kept = service::keep_missing_list_items(&app.db).await.expect("kept");
    assert_eq!(kept, 3, "the open, cancelled and closed calls");
    let without = grantdesk::calls::store::without_kept_item(&app.db, 10)
        .await
        .expect("read");
    assert!(without.is_empty(), "{without:?}");
    assert_eq!(app.get("/calls?count=true", &officer.token).await.text, expected);
    assert_eq!(service::keep_missing_list_items(&app.db).await.expect("kept"), 0);
}

#[tokio::test]
async fn the_call_list_judges_status_and_acceptance_at_the_time_of_the_list() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let mut body = call_body(app.clock.now());
    body["opens_at"] = json!(app.clock.now() + Duration::days(1));
    body["closes_at"] = json!(app.clock.now() + Duration::days(3));
    let call = app.post("/calls", &officer.token, body).await.id();
    let published = app.post_empty(&format!("/calls/{call}/publish"), &officer.token).await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    let listed_as_read = |when: &'static str| {
        let app = &app;
        let call = call.clone();
        async move {
            let listed = app.get("/calls", "").await;
            let shown = app.get(&format!("/calls/{call}"), "").await;
            let item = listed.body["items"][0].clone();
            for field in ["status", "accepting_applications", "updated_at"] {
                assert_eq!(item[field], shown.body[field], "{field} {when}: {}", listed.text);
            }
            (item["status"].clone(), item["accepting_applications"].clone())
        }
    };

    assert_eq!(listed_as_read("before opening").await, (json!("open"), json!(false)));
    app.clock.advance(Duration::days(1) + Duration::seconds(1));
    assert_eq!(listed_as_read("once open").await, (json!("open"), json!(true)));
    app.clock.advance(Duration::days(2));
    assert_eq!(listed_as_read("past closing").await, (json!("closed"), json!(false)));
    let open = app.get("/calls?status=open&count=true", "").await;
    assert_eq!(open.body["total"], 0, "{}", open.text);
}

#[tokio::test]
async fn the_public_call_list_kept_in_memory_follows_changes_made_through_another_replica() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let first = app.open_call(&officer).await;
    let other = app.replica().await;
    let listed_by_the_replica = |path: &'static str| {
        let other = &other;
        async move {
            let request = api_request(Method::GET, path, "", None, &[]);
            let answer = other.send(request).await.expect("answers");
            assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
            let body: serde_json::Value = answer.json();
            let items = body["items"].as_array().expect("items").clone();
            items
                .iter()
                .map(|item| {
                    let id = item["id"].as_str().expect("id").to_owned();
                    (id, item["status"].as_str().expect("status").to_owned())
                })
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        listed_by_the_replica("/calls").await,
        [(first.clone(), "open".to_owned())]
    );

    let second = app.open_call(&officer).await;
    let both = listed_by_the_replica("/calls").await;
    assert_eq!(
        both.len(),
        2,
        "a call published through the first replica shows: {both:?}"
    );
    let closed = app.post_empty(&format!("/calls/{first}/close"), &officer.token).await;
    assert_eq!(closed.status, StatusCode::OK, "{}", closed.text);
    let after_close = listed_by_the_replica("/calls").await;
    assert!(
        after_close.contains(&(first.clone(), "closed".to_owned())),
        "{after_close:?}"
    );
    assert_eq!(
        listed_by_the_replica("/calls?status=open").await,
        [(second.clone(), "open".to_owned())],
        "each filter is its own page"
    );

    let drafted = app.draft_call(&officer).await;
    let staff = app.get("/calls", &officer.token).await;
    assert!(staff.text.contains(&drafted), "staff are never served the public page");
    assert!(!app.get("/calls", "").await.text.contains(&drafted));
}
