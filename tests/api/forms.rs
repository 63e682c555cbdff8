//! Application forms of calls: set while a draft, published with the call and as a JSON
//! Schema, extended while open, and the answers of applications checked against them.

use axum::http::StatusCode;
use grantdesk::auth::Role;
use serde_json::{Value, json};

use crate::support::{TestApp, spawn_app};

/// A realistic form: text with limits, a condition, choices, a date and two files.
fn form() -> Value {
    json!({"questions": [
        {"key": "problem_statement", "label": "What problem do you address?", "required": true,
         "type": "long_text", "max_words": 5, "section": "The project"},
        {"key": "approach", "label": "How?", "help": "Activities and people reached.", "required": true,
         "type": "short_text", "max_chars": 40, "section": "The project"},
        {"key": "partners", "label": "Partners", "required": false, "type": "multiple_choice",
         "options": [{"value": "un", "label": "UN agency"}, {"value": "local", "label": "Local CSO"}], "max_selected": 2},
        {"key": "works_with_minors", "label": "Do you work with minors?", "required": true, "type": "yes_no"},
        {"key": "safeguarding_plan", "label": "Safeguarding plan", "required": true, "type": "long_text",
         "show_if": {"question": "works_with_minors", "equals": true}},
        {"key": "start_on", "label": "Start date", "required": false, "type": "date", "not_before": "2026-12-01"},
        {"key": "budget", "label": "Budget spreadsheet", "required": true, "type": "file",
         "accept": ["xlsx", "ods", "csv"], "max_files": 1},
        {"key": "registration", "label": "Registration certificate", "required": false, "type": "file",
         "accept": ["pdf", "png", "jpeg"]}
    ]})
}

/// An open call with the form, its officer and id.
async fn open_call_with_form(app: &TestApp) -> (crate::support::Actor, String) {
    let officer = app.officer().await;
    let call = app.draft_call(&officer).await;
    let set = app.put(&format!("/calls/{call}/form"), &officer.token, form()).await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.text);
    let published = app.post_empty(&format!("/calls/{call}/publish"), &officer.token).await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    (officer, call)
}

#[tokio::test]
async fn a_published_call_shows_its_form_and_serves_it_as_a_json_schema() {
    let app = spawn_app().await;
    let (_, call) = open_call_with_form(&app).await;
    let shown = app.get(&format!("/calls/{call}"), "").await;
    assert_eq!(shown.status, StatusCode::OK, "{}", shown.text);
    assert_eq!(shown.body["title"], "Youth and women leading prevention");
    let questions = shown.body["form"]["questions"].as_array().expect("questions");
    assert_eq!(questions.len(), 8);
    assert_eq!(questions[0]["max_words"], 5);
    assert_eq!(questions[6]["accept"], json!(["xlsx", "ods", "csv"]));

    let schema = app.get(&format!("/calls/{call}/form.schema.json"), "").await;
    assert_eq!(schema.status, StatusCode::OK, "{}", schema.text);
    assert_eq!(schema.headers["content-type"], "application/schema+json");
    assert_eq!(schema.body["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(
        schema.body["required"],
        json!(["problem_statement", "approach", "works_with_minors", "budget"])
    );
    let properties = &schema.body["properties"];
    assert_eq!(properties["problem_statement"]["maxWords"], 5);
    assert_eq!(properties["approach"]["maxLength"], 40);
    assert_eq!(
        properties["budget"]["documents"]["accept"],
        json!(["xlsx", "ods", "csv"])
    );
    assert_eq!(properties["start_on"]["formatMinimum"], "2026-12-01");
    assert_eq!(properties["approach"]["x-section"], "The project");
    assert_eq!(
        schema.body["allOf"][0]["then"]["required"],
        json!(["safeguarding_plan"]),
        "a required question shown by a condition is required only then"
    );
}

#[tokio::test]
async fn a_form_with_problems_is_refused_with_every_problem_at_once_and_nothing_changes() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.draft_call(&officer).await;
    let before = app.snapshot().await;
    let bad = json!({"questions": [
        {"key": "Approach", "label": "", "required": true, "type": "short_text", "max_words": 3},
        {"key": "colour", "label": "Colour", "required": false, "type": "single_choice", "options": []},
        {"key": "plan", "label": "Plan", "required": false, "type": "long_text",
         "show_if": {"question": "colour", "equals": "blue"}},
        {"key": "plan", "label": "Again", "required": false, "type": "number", "min": 5, "max": 1}
    ]});
    let refused = app.put(&format!("/calls/{call}/form"), &officer.token, bad).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(refused.is_problem());
    assert_eq!(
        refused.failing_fields(),
        [
            "questions[0].key",
            "questions[0].label",
            "questions[0].max_words",
            "questions[1].options",
            "questions[2].show_if.equals",
            "questions[3].key",
            "questions[3].max",
        ]
    );
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn an_open_calls_form_only_gains_optional_questions_and_that_is_audited() {
    let app = spawn_app().await;
    let (officer, call) = open_call_with_form(&app).await;
    let path = format!("/calls/{call}/form");
    let mut changed = form();
    changed["questions"][1]["max_chars"] = json!(400);
    let refused = app.put(&path, &officer.token, changed).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text);
    assert_eq!(refused.problem_type(), "form-frozen");

    let mut required_added = form();
    let extra = json!({"key": "youth_share", "label": "Share of participants under 30", "required": true,
                       "type": "number", "min": 0, "max": 100});
    required_added["questions"].as_array_mut().unwrap().push(extra.clone());
    let refused = app.put(&path, &officer.token, required_added).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.detail().contains("must be optional"), "{}", refused.detail());

    let mut extended = form();
    let mut optional = extra;
    optional["required"] = json!(false);
    extended["questions"].as_array_mut().unwrap().push(optional);
    let accepted = app.put(&path, &officer.token, extended).await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.text);
    assert_eq!(accepted.body["questions"].as_array().unwrap().len(), 9);
    let actions = app.audit_actions(&call).await;
    assert_eq!(actions[0], "call.form_extended", "{actions:?}");
    assert!(actions.contains(&"call.form_set".to_owned()));

    let closed = app.post_empty(&format!("/calls/{call}/close"), &officer.token).await;
    assert_eq!(closed.status, StatusCode::OK, "{}", closed.text);
    let after_close = app.put(&path, &officer.token, form()).await;
    assert_eq!(after_close.problem_type(), "form-frozen");
}

#[tokio::test]
async fn only_officers_set_forms_and_a_drafts_form_is_hidden_from_the_public() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.draft_call(&officer).await;
    let applicant = app.applicant().await;
    let finance = app.user(&[Role::Finance]).await;
    for actor in [&applicant, &finance] {
        let refused = app.put(&format!("/calls/{call}/form"), &actor.token, form()).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);
    }
    let anonymous = app.put(&format!("/calls/{call}/form"), "", form()).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.count("call_forms").await, 0);
    let hidden = app
        .get(&format!("/calls/{call}/form.schema.json"), &applicant.token)
        .await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND);
    let staff = app
        .get(&format!("/calls/{call}/form.schema.json"), &officer.token)
        .await;
    assert_eq!(staff.status, StatusCode::OK);
    assert_eq!(
        staff.body["type"], "object",
        "a call without questions takes any answers"
    );
}

#[tokio::test]
async fn an_applicant_gets_every_problem_at_once_fixes_them_with_files_and_submits() {
    let app = spawn_app().await;
    let (officer, call) = open_call_with_form(&app).await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let mut body = crate::support::application_body(&organisation);
    body["answers"] = json!({
        "problem_statement": "far too many words for this limit",
        "partners": ["local", "unknown"],
        "start_on": "2026-01-01",
        "colour": "blue"
    });
    let refused = app
        .post(&format!("/calls/{call}/applications"), &member.token, body.clone())
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert_eq!(
        refused.failing_fields(),
        [
            "answers.colour",
            "answers.partners[1]",
            "answers.problem_statement",
            "answers.start_on"
        ]
    );

    body["answers"] = json!({"problem_statement": "Recruitment of teenagers online."});
    let created = app
        .post(&format!("/calls/{call}/applications"), &member.token, body)
        .await;
    assert_eq!(
        created.status,
        StatusCode::CREATED,
        "a draft may be incomplete: {}",
        created.text
    );
    let application = created.id();
    let submit = format!("/applications/{application}/submit");
    let incomplete = app.post_empty(&submit, &member.token).await;
    assert_eq!(
        incomplete.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        incomplete.text
    );
    assert_eq!(
        incomplete.failing_fields(),
        ["answers.approach", "answers.budget", "answers.works_with_minors"]
    );

    let budget = app
        .upload(
            &format!("/applications/{application}/documents"),
            &member.token,
            &[
                ("question", None, b"budget"),
                ("file", Some("budget.csv"), b"line,amount\nworkshops,15000\n"),
            ],
        )
        .await;
    assert_eq!(budget.status, StatusCode::CREATED, "{}", budget.text);
    let certificate = app
        .upload_to_application(&member, &application, "certificate.pdf", b"%PDF-1.7\n%%EOF\n")
        .await;
    assert_eq!(certificate.status, StatusCode::CREATED, "{}", certificate.text);
    let answers = |budget_answer: &str| {
        json!({"answers": {
            "problem_statement": "Recruitment of teenagers online.",
            "approach": "Peer mentors in schools.",
            "works_with_minors": true,
            "budget": [budget_answer]
        }})
    };
    let wrong_file = app
        .patch(
            &format!("/applications/{application}"),
            &member.token,
            answers(&certificate.id()),
        )
        .await;
    assert_eq!(
        wrong_file.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        wrong_file.text
    );
    assert!(
        wrong_file.text.contains("accepts xlsx, ods, csv"),
        "{}",
        wrong_file.text
    );

    let saved = app
        .patch(
            &format!("/applications/{application}"),
            &member.token,
            answers(&budget.id()),
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.text);
    let still_missing = app.post_empty(&submit, &member.token).await;
    assert_eq!(
        still_missing.failing_fields(),
        ["answers.safeguarding_plan"],
        "shown by its condition"
    );
    let mut complete = answers(&budget.id());
    complete["answers"]["safeguarding_plan"] = json!("Two adults present; a named safeguarding lead.");
    let saved = app
        .patch(&format!("/applications/{application}"), &member.token, complete)
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.text);
    let submitted = app.post_empty(&submit, &member.token).await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.text);
    assert_eq!(submitted.body["status"], "submitted");

    let files = app
        .get(&format!("/applications/{application}/documents"), &officer.token)
        .await;
    assert_eq!(files.status, StatusCode::OK, "{}", files.text);
    assert_eq!(files.body["total"], 2);
    let budget_file = files.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["id"] == budget.body["id"])
        .expect("the budget is listed")
        .clone();
    assert_eq!(budget_file["question"], "budget");
    assert_eq!(budget_file["format"], "csv");
}
