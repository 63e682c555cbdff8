//! What every request shares: problem+json for bad input, body limits, request ids,
//! the OpenAPI document, the docs page and the operational endpoints.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use grantdesk::clock::Clock;
use serde_json::{Value, json};

use crate::support::{Scene, application_body, call_body, organisation_body, spawn_app};

#[tokio::test]
async fn bad_input_to_each_write_is_a_problem_and_changes_nothing() {
    let app = spawn_app().await;
    let Scene {
        officer,
        member,
        organisation,
        call,
    } = app.scene().await;
    let draft = app.draft_application(&member, &organisation, &call).await;
    let now = app.clock.now();

    let mut missing_title = call_body(now);
    missing_title.as_object_mut().expect("object").remove("title");
    let mut wrong_type = call_body(now);
    wrong_type["appeal_window_days"] = json!("fourteen");
    let mut unknown_field = call_body(now);
    unknown_field["colour"] = json!("blue");
    let mut over_precise = call_body(now);
    over_precise["max_grant"] = json!("50000.001");
    let mut unknown_currency = call_body(now);
    unknown_currency["currency"] = json!("EURO");
    let mut dates_reversed = call_body(now);
    dates_reversed["closes_at"] = dates_reversed["opens_at"].clone();
    let mut not_a_date = call_body(now);
    not_a_date["opens_at"] = json!("next tuesday");
    let mut unknown_country = organisation_body();
    unknown_country["country"] = json!("ZZ");
    let mut number_money = call_body(now);
    number_money["budget_ceiling"] = json!(200000.0);

    let cases: Vec<(Method, String, Value, StatusCode, &str)> = vec![
        (
            Method::POST,
            "/calls".into(),
            missing_title,
            StatusCode::UNPROCESSABLE_ENTITY,
            "",
        ),
        (
            Method::POST,
            "/calls".into(),
            wrong_type,
            StatusCode::UNPROCESSABLE_ENTITY,
            "appeal_window_days",
        ),
        (
            Method::POST,
            "/calls".into(),
            unknown_field,
            StatusCode::UNPROCESSABLE_ENTITY,
            "",
        ),
        (
            Method::POST,
            "/calls".into(),
            over_precise,
            StatusCode::UNPROCESSABLE_ENTITY,
            "max_grant",
        ),
        (
            Method::POST,
            "/calls".into(),
            unknown_currency,
            StatusCode::UNPROCESSABLE_ENTITY,
            "currency",
        ),
        (
            Method::POST,
            "/calls".into(),
            dates_reversed,
            StatusCode::UNPROCESSABLE_ENTITY,
            "closes_at",
        ),
        (
            Method::POST,
            "/calls".into(),
            not_a_date,
            StatusCode::UNPROCESSABLE_ENTITY,
            "opens_at",
        ),
        (
            Method::POST,
            "/calls".into(),
            number_money,
            StatusCode::UNPROCESSABLE_ENTITY,
            "budget_ceiling",
        ),
        (
            Method::POST,
            "/organisations".into(),
            unknown_country,
            StatusCode::UNPROCESSABLE_ENTITY,
            "country",
        ),
        (
            Method::POST,
            "/organisations".into(),
            json!({"legal_name": 42}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "legal_name",
        ),
        (
            Method::PATCH,
            format!("/applications/{draft}"),
            json!({"requested_amount": "-5.00"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "requested_amount",
        ),
        (
            Method::PATCH,
            format!("/applications/{draft}"),
            json!({"budget_lines": "lots"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "budget_lines",
        ),
        (
            Method::POST,
            format!("/calls/{call}/applications"),
            json!({"organisation_id": "not-a-uuid"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "organisation_id",
        ),
        (
            Method::POST,
            "/auth/register".into(),
            json!({"email": "a@b.org"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "",
        ),
        (
            Method::POST,
            "/auth/login".into(),
            json!([]),
            StatusCode::UNPROCESSABLE_ENTITY,
            "",
        ),
    ];
    for (method, path, body, expected, field) in cases {
        let token = if path.starts_with("/calls") && method == Method::POST && path == "/calls" {
            &officer.token
        } else {
            &member.token
        };
        let before = app.snapshot().await;
        let answer = app.send(method.clone(), &path, token, Some(body.clone())).await;
        assert_eq!(answer.status, expected, "{method} {path} {body}: {}", answer.text);
        assert!(answer.is_problem(), "{method} {path}: {}", answer.text);
        if !field.is_empty() {
            assert!(
                answer.failing_fields().iter().any(|failing| failing.starts_with(field)),
                "{field} in {}",
                answer.text
            );
        }
        assert_eq!(app.snapshot().await, before, "{method} {path} {body} changed nothing");
    }
}

#[tokio::test]
async fn malformed_json_is_a_bad_request() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let request = Request::builder()
        .method(Method::POST)
        .uri("/api/v1/calls")
        .header(header::AUTHORIZATION, format!("Bearer {}", officer.token))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from("{\"title\": \"unterminated"))
        .expect("request");
    let answer = app.raw(request).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert!(answer.is_problem());
    assert_eq!(answer.problem_type(), "malformed-request");
}

#[tokio::test]
async fn a_body_that_is_not_json_is_refused() {
    let app = spawn_app().await;
    let request = Request::builder()
        .method(Method::POST)
        .uri("/api/v1/auth/login")
        .header(header::CONTENT_TYPE, "text/plain")
        .body(Body::from("email=a"))
        .expect("request");
    let answer = app.raw(request).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert!(answer.is_problem());
}

#[tokio::test]
async fn a_two_mebibyte_body_is_refused_with_413() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let mut body = organisation_body();
    body["legal_name"] = json!("x".repeat(2 * 1024 * 1024));
    let before = app.snapshot().await;
    let answer = app.post("/organisations", &member.token, body).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(answer.is_problem());
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn unknown_routes_wrong_methods_and_bad_ids_answer_problems() {
    let app = spawn_app().await;
    let missing = app.get("/nowhere", "").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.is_problem());
    let bad_id = app.get("/calls/not-a-uuid", "").await;
    assert_eq!(bad_id.status, StatusCode::BAD_REQUEST);
    assert!(bad_id.is_problem());
    let unknown_call = app.get(&format!("/calls/{}", uuid::Uuid::new_v4()), "").await;
    assert_eq!(unknown_call.status, StatusCode::NOT_FOUND);
    let wrong_method = app.send(Method::DELETE, "/calls", "", None).await;
    assert_eq!(wrong_method.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(wrong_method.is_problem());
}

#[tokio::test]
async fn every_response_carries_a_request_id() {
    let app = spawn_app().await;
    let ok = app.get("/calls", "").await;
    let problem = app.get("/nowhere", "").await;
    for answer in [ok, problem] {
        let id = answer
            .headers
            .get("x-request-id")
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default();
        assert_eq!(id.len(), 36, "a UUID request id");
    }
    let request_with_id = |id: &str| {
        Request::builder()
            .uri("/api/v1/calls")
            .header("x-request-id", id)
            .body(Body::empty())
            .expect("request")
    };
    let kept = app.raw(request_with_id("trace-42.a_b")).await;
    assert_eq!(kept.headers["x-request-id"], "trace-42.a_b", "a safe client id is kept");
    for unsafe_id in ["a".repeat(65), "id with spaces".to_owned(), "x\"}{injected".to_owned()] {
        let answer = app.raw(request_with_id(&unsafe_id)).await;
        let id = answer.headers["x-request-id"].to_str().unwrap_or_default().to_owned();
        assert_ne!(id, unsafe_id);
        assert_eq!(id.len(), 36, "{unsafe_id:?} is replaced by a new UUID");
    }
}

#[tokio::test]
async fn the_openapi_document_describes_every_endpoint() {
    let app = spawn_app().await;
    let document = app.get("/openapi.json", "").await;
    assert_eq!(document.status, StatusCode::OK);
    assert!(document.body["openapi"].as_str().unwrap_or_default().starts_with("3.1"));
    let paths = document.body["paths"].as_object().expect("paths");
    for (path, method) in [
        ("/api/v1/auth/register", "post"),
        ("/api/v1/auth/login", "post"),
        ("/api/v1/auth/refresh", "post"),
        ("/api/v1/auth/logout", "post"),
        ("/api/v1/me", "get"),
        ("/api/v1/users", "post"),
        ("/api/v1/organisations", "post"),
        ("/api/v1/organisations", "get"),
        ("/api/v1/organisations/{id}", "get"),
        ("/api/v1/organisations/{id}", "patch"),
        ("/api/v1/organisations/{id}/members", "post"),
        ("/api/v1/calls", "post"),
        ("/api/v1/calls", "get"),
        ("/api/v1/calls/{id}", "get"),
        ("/api/v1/calls/{id}", "patch"),
        ("/api/v1/calls/{id}/publish", "post"),
        ("/api/v1/calls/{id}/close", "post"),
        ("/api/v1/calls/{id}/cancel", "post"),
        ("/api/v1/calls/{id}/applications", "post"),
        ("/api/v1/applications", "get"),
        ("/api/v1/applications/{id}", "get"),
        ("/api/v1/applications/{id}", "patch"),
        ("/api/v1/applications/{id}/submit", "post"),
        ("/api/v1/applications/{id}/withdraw", "post"),
        ("/api/v1/applications/{id}/eligibility", "post"),
        ("/api/v1/applications/{id}/assignments", "post"),
        ("/api/v1/applications/{id}/assignments", "get"),
        ("/api/v1/applications/{id}/conflicts", "post"),
        ("/api/v1/applications/{id}/reviews/mine", "put"),
        ("/api/v1/applications/{id}/reviews", "get"),
        ("/api/v1/calls/{id}/ranking", "get"),
        ("/api/v1/applications/{id}/decision", "post"),
        ("/api/v1/applications/{id}/appeals", "post"),
        ("/api/v1/appeals/{id}/resolution", "post"),
        ("/api/v1/calls/{id}/decide", "post"),
        ("/api/v1/sanctions/import", "post"),
        ("/api/v1/sanctions", "get"),
        ("/api/v1/organisations/{id}/due-diligence", "post"),
        ("/api/v1/organisations/{id}/due-diligence", "get"),
        ("/api/v1/due-diligence/{id}", "get"),
        ("/api/v1/due-diligence/{id}", "patch"),
        ("/api/v1/due-diligence/{id}/screen", "post"),
        ("/api/v1/due-diligence/{id}/matches/{match_id}/adjudication", "post"),
        ("/api/v1/due-diligence/{id}/complete", "post"),
        ("/api/v1/applications/{id}/risk-assessment", "post"),
        ("/api/v1/applications/{id}/risk-assessment", "get"),
        ("/api/v1/risk-assessments/{id}/approve", "post"),
        ("/api/v1/risk-assessments/{id}/comments", "post"),
        ("/api/v1/awards/{id}", "get"),
        ("/api/v1/awards/{id}/accept", "post"),
        ("/api/v1/audit", "get"),
        ("/api/v1/audit/verify", "get"),
    ] {
        let operation = &paths.get(path).unwrap_or_else(|| panic!("{path} documented"))[method];
        assert!(operation.is_object(), "{method} {path} documented");
        assert!(
            operation["responses"]
                .as_object()
                .is_some_and(|responses| !responses.is_empty()),
            "{method} {path} responses"
        );
    }
    assert!(document.body["components"]["schemas"]["Problem"].is_object());
}

#[tokio::test]
async fn the_docs_page_and_operational_endpoints_answer() {
    let app = spawn_app().await;
    let docs = app
        .raw(Request::builder().uri("/docs/").body(Body::empty()).expect("request"))
        .await;
    assert_eq!(docs.status, StatusCode::OK);
    assert!(docs.text.contains("swagger"), "the docs page is Swagger UI");
    let script = app
        .raw(
            Request::builder()
                .uri("/docs/swagger-ui-bundle.js")
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(
        script.status,
        StatusCode::OK,
        "the docs page's script is served locally, not from a CDN"
    );
    for path in ["/healthz", "/readyz"] {
        let answer = app
            .raw(Request::builder().uri(path).body(Body::empty()).expect("request"))
            .await;
        assert_eq!(answer.status, StatusCode::OK, "{path}");
    }
    app.get("/calls", "").await;
    // Metrics are served on their own listener, never on the public API port.
    let public = app
        .raw(Request::builder().uri("/metrics").body(Body::empty()).expect("request"))
        .await;
    assert_eq!(public.status, StatusCode::NOT_FOUND, "{}", public.text);
    let metrics = app.metrics().await;
    assert!(
        metrics.contains(r#"grantdesk_http_requests_total{method="GET",route="/api/v1/calls",status="200"} 1"#),
        "{metrics}"
    );
    assert!(metrics.contains("grantdesk_http_request_duration_seconds_bucket"));
}

#[tokio::test]
async fn absurd_offsets_amounts_and_nul_characters_get_answers_not_crashes() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    // Pages outside their documented range are refused (they were answered before).
    let far = app.get("/calls?offset=18446744073709551615", "").await;
    assert_eq!(far.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", far.text);
    assert_eq!(far.failing_fields(), vec!["offset"]);
    let last = app.get("/calls?offset=9223372036854775807", "").await;
    assert_eq!(last.status, StatusCode::OK, "{}", last.text);
    assert_eq!(last.body["items"], json!([]));
    for wrong in ["limit=0", "limit=501", "limit=100000"] {
        let answer = app.get(&format!("/applications?{wrong}"), &officer.token).await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{wrong}: {}",
            answer.text
        );
        assert_eq!(answer.failing_fields(), vec!["limit"]);
    }
    // A NUL in a query parameter is refused before it reaches PostgreSQL.
    for path in [
        "/organisations?name=%00",
        "/audit?subject_type=%00",
        "/audit?subject_id=%00",
    ] {
        let token = if path.starts_with("/audit") {
            &app.admin().await.token
        } else {
            &officer.token
        };
        let answer = app.get(path, token).await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{path}: {}",
            answer.text
        );
        assert!(answer.is_problem());
    }
    let mut huge = call_body(app.clock.now());
    huge["budget_ceiling"] = json!("10000000000000000000000000000");
    let answer = app.post("/calls", &officer.token, huge).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.text);
    assert!(answer.failing_fields().contains(&"budget_ceiling".to_owned()));
    let mut heavy = call_body(app.clock.now());
    heavy["rubric"][0]["weight"] = json!("79228162514264337593543950335");
    assert_eq!(
        app.post("/calls", &officer.token, heavy).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let mut nul = organisation_body();
    nul["legal_name"] = json!("Women\u{0}for Peace");
    let before = app.snapshot().await;
    let refused = app.post("/organisations", &member.token, nul).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(refused.is_problem());
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn every_problem_of_a_body_is_reported_at_once_in_plain_words() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let call = app.open_call(&officer).await;
    let before = app.snapshot().await;
    // Three required fields left out (title, summary, budget_lines) and an amount sent as a number.
    let body = json!({"organisation_id": organisation, "requested_amount": 15000});
    let answer = app
        .post(&format!("/calls/{call}/applications"), &member.token, body)
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.text);
    let mut fields = answer.failing_fields();
    fields.sort();
    assert_eq!(
        fields,
        vec!["budget_lines", "requested_amount", "summary", "title"],
        "{}",
        answer.text
    );
    let message_of = |field: &str| {
        answer.body["errors"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|error| error["field"] == field)
            .and_then(|error| error["message"].as_str())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(message_of("title"), "this field is required");
    assert_eq!(
        answer.detail(),
        "4 fields are invalid: budget_lines, requested_amount, summary, title"
    );
    assert_eq!(
        message_of("requested_amount"),
        "must be an amount written as a string, e.g. \"15000.00\""
    );
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn a_nested_field_and_an_unknown_value_are_named_by_their_path() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let mut body = application_body(&organisation);
    body["budget_lines"][1]["amount"] = json!(9000);
    body["budget_lines"][0]
        .as_object_mut()
        .expect("a budget line")
        .remove("description");
    let answer = app
        .post(&format!("/calls/{call}/applications"), &member.token, body)
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.text);
    let mut fields = answer.failing_fields();
    fields.sort();
    assert_eq!(
        fields,
        vec!["budget_lines[0].description", "budget_lines[1].amount"],
        "{}",
        answer.text
    );

    let answer = app
        .post("/auth/register", "", json!({"email": "x@example.org", "password": 12}))
        .await;
    let mut fields = answer.failing_fields();
    fields.sort();
    assert_eq!(fields, vec!["full_name", "password"], "{}", answer.text);
}

#[tokio::test]
async fn the_openapi_document_lists_the_problem_kinds_of_every_operation() {
    let app = spawn_app().await;
    let document = app.get("/openapi.json", "").await.body;
    let mut operation_ids = Vec::new();
    let mut missing = Vec::new();
    for (path, item) in document["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("a path item") {
            let Some(responses) = operation["responses"].as_object() else {
                continue;
            };
            let id = operation["operationId"].as_str().unwrap_or_default().to_owned();
            if !responses.contains_key("500") {
                missing.push(format!("{method} {path}: no 500"));
            }
            for (status, response) in responses.iter().filter(|(status, _)| status.as_str() >= "400") {
                let examples = response["content"]["application/problem+json"]["examples"]
                    .as_object()
                    .map(|examples| examples.len())
                    .unwrap_or_default();
                if examples == 0 {
                    missing.push(format!("{method} {path} ({id}): {status} lists no problem kind"));
                }
            }
            if responses.contains_key("409") {
                operation_ids.push(id);
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    for table in grantdesk::router::problems::DOMAIN_CONFLICTS {
        for (operation, kinds) in table.iter() {
            assert!(
                operation_ids.iter().any(|id| id == operation),
                "{operation} has conflicts but no 409 in the document"
            );
            assert!(!kinds.is_empty(), "{operation} lists no conflict");
        }
    }
    let submit = &document["paths"]["/api/v1/applications/{id}/submit"]["post"]["responses"]["409"];
    assert!(
        submit["content"]["application/problem+json"]["examples"]["call-closed"]["value"]["type"]
            == "https://grantdesk.dev/problems/call-closed",
        "{submit}"
    );
}

#[test]
fn the_problem_catalogue_page_is_current() {
    let page = grantdesk::router::problems::catalogue_page();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/problems.md");
    if std::env::var_os("GRANTDESK_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("docs")).expect("docs folder");
        std::fs::write(&path, &page).expect("docs/problems.md written");
    }
    let written = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        written == page,
        "docs/problems.md is stale: run GRANTDESK_BLESS=1 cargo test --test api problem_catalogue"
    );
    for kind in grantdesk::error::ProblemKind::ALL {
        assert!(written.contains(&format!("`{}`", kind.slug())), "{kind} is on the page");
    }
}

#[tokio::test]
async fn every_reference_in_the_openapi_document_resolves() {
    let app = spawn_app().await;
    let document = app.get("/openapi.json", "").await.body;
    let mut references = Vec::new();
    collect_references(&document, &mut references);
    assert!(!references.is_empty());
    let unresolved: Vec<&String> = references
        .iter()
        .filter(|reference| {
            let name = reference.trim_start_matches("#/components/schemas/");
            document["components"]["schemas"].get(name).is_none()
        })
        .collect();
    assert!(unresolved.is_empty(), "unresolved references: {unresolved:?}");
}

fn collect_references(value: &Value, references: &mut Vec<String>) {
    match value {
        Value::Object(fields) => {
            if let Some(Value::String(reference)) = fields.get("$ref") {
                references.push(reference.clone());
            }
            fields.values().for_each(|field| collect_references(field, references));
        }
        Value::Array(items) => items.iter().for_each(|item| collect_references(item, references)),
        _ => {}
    }
}

#[tokio::test]
async fn required_text_of_a_request_body_is_documented_as_not_empty() {
    let app = spawn_app().await;
    let document = app.get("/openapi.json", "").await.body;
    let schemas = &document["components"]["schemas"];
    for (schema, field) in [
        ("CreateApplicationRequest", "title"),
        ("CreateApplicationRequest", "summary"),
        ("BudgetLineRequest", "description"),
        ("CreateOrganisationRequest", "legal_name"),
    ] {
        assert_eq!(schemas[schema]["properties"][field]["minLength"], 1, "{schema}.{field}");
    }
    // And the server refuses what the document refuses.
    let member = app.applicant().await;
    let mut blank = organisation_body();
    blank["legal_name"] = json!("");
    let refused = app.post("/organisations", &member.token, blank).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
}

#[tokio::test]
async fn the_amount_of_a_decision_is_documented_as_required_only_when_awarding() {
    let app = spawn_app().await;
    let document = app.get("/openapi.json", "").await.body;
    let decision = &document["components"]["schemas"]["DecisionRequest"];
    let branches = decision["allOf"][1]["oneOf"]
        .as_array()
        .expect("a oneOf on the outcome");
    let award = branches
        .iter()
        .find(|branch| branch["properties"]["outcome"]["enum"][0] == "awarded")
        .expect("an award branch");
    assert!(
        award["required"]
            .as_array()
            .expect("required")
            .contains(&json!("amount")),
        "{decision}"
    );
    let rejection = branches
        .iter()
        .find(|branch| branch["properties"]["outcome"]["enum"][0] == "rejected")
        .expect("a rejection branch");
    assert!(
        !rejection["required"]
            .as_array()
            .expect("required")
            .contains(&json!("amount"))
    );
}
