//! The officers' calls pages at the HTML level: who reaches them, the CSRF check, the terms
//! form's error summary (nothing saved), a published call's locked terms, the form
//! builder, publishing / closing / cancelling with their confirmations and refusals, and
//! the call page's pipeline and budget. The browser walk is in `browser_staff_calls.rs`.

use axum::http::StatusCode;
use chrono::{DateTime, Duration, Utc};
use grantdesk::auth::Role;
use grantdesk::clock::Clock;

use crate::portal::{Browser, location};
use crate::portal_apply::summary;
use crate::support::{Actor, TestApp, form, form_with, page, refused_to, spawn_app};

/// The terms form of a sound call opening in an hour for a month, as typed.
pub(crate) fn terms(now: DateTime<Utc>) -> Vec<(&'static str, String)> {
    let opens = now + Duration::hours(1);
    let closes = now + Duration::days(30);
    vec![
        ("title", "Community resilience 2027".to_owned()),
        ("description", "Grants for community-led prevention.".to_owned()),
        ("themes", "youth".to_owned()),
        ("themes", "gender".to_owned()),
        (
            "criterion-0-description",
            "Registered civil-society organisation".to_owned(),
        ),
        ("criterion-1-description", "Two years of activity".to_owned()),
        ("rubric-0-description", "Relevance".to_owned()),
        ("rubric-0-weight", "0.6".to_owned()),
        ("rubric-0-min", "0".to_owned()),
        ("rubric-0-max", "5".to_owned()),
        ("rubric-1-description", "Feasibility".to_owned()),
        ("rubric-1-weight", "0.4".to_owned()),
        ("rubric-1-min", "0".to_owned()),
        ("rubric-1-max", "5".to_owned()),
        ("currency", "EUR".to_owned()),
        ("budget", "200000.00".to_owned()),
        ("min-grant", "10000.00".to_owned()),
        ("max-grant", "50000.00".to_owned()),
        ("opens-date", opens.format("%Y-%m-%d").to_string()),
        ("opens-time", opens.format("%H:%M").to_string()),
        ("closes-date", closes.format("%Y-%m-%d").to_string()),
        ("closes-time", "17:00".to_owned()),
        ("zone", "+00:00".to_owned()),
        ("appeal-days", "14".to_owned()),
    ]
}

/// `fields` with `name` set to `value` (added when absent).
fn with(mut fields: Vec<(&'static str, String)>, name: &'static str, value: &str) -> Vec<(&'static str, String)> {
    match fields.iter_mut().find(|(field, _)| *field == name) {
        Some(field) => field.1 = value.to_owned(),
        None => fields.push((name, value.to_owned())),
    }
    fields
}

/// Posts `fields` to `action` with the CSRF token of the page at `form`.
async fn send(
    browser: &mut Browser<'_>,
    form: &str,
    action: &str,
    fields: &[(&'static str, String)],
) -> crate::support::Answer {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(name, value)| (*name, value.as_str())).collect();
    browser.fill(form, action, &fields).await
}

/// Sets a call's form through the API: a yes/no question `minors` and a long text `plan`
/// shown when it is yes.
async fn set_form(app: &TestApp, officer: &Actor, call: &str) {
    let form = serde_json::json!({"questions": [
        {"key": "minors", "label": "Do you work with minors?", "required": true, "type": "yes_no"},
        {"key": "plan", "label": "Your safeguarding plan", "required": true, "type": "long_text",
         "show_if": {"question": "minors", "equals": true}}
    ]});
    let set = app.put(&format!("/calls/{call}/form"), &officer.token, form).await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.text);
}

/// The fields of the builder's add form for a question `label` of `kind`, with `more`.
fn new_question(label: &str, kind: &str, more: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    let mut fields = vec![
        ("action", "add".to_owned()),
        ("new-label", label.to_owned()),
        ("new-kind", kind.to_owned()),
    ];
    fields.extend(more.iter().map(|(name, value)| (*name, (*value).to_owned())));
    fields
}

/// An officer signed in to the portal.
async fn officer_browser(app: &TestApp) -> (Actor, Browser<'_>) {
    let officer = app.officer().await;
    let mut browser = Browser::new(app);
    browser.sign_in_as(&officer).await;
    (officer, browser)
}

/// The id of the call a "created" redirect leads to.
fn created_id(answer: &crate::support::Answer) -> String {
    let path = location(answer);
    assert!(path.ends_with("?done=created"), "{path}");
    path.trim_start_matches("/staff/calls/")
        .trim_end_matches("?done=created")
        .to_owned()
}

#[tokio::test]
async fn applicants_reviewers_and_finance_cannot_reach_the_calls_pages() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.draft_call(&officer).await;
    set_form(&app, &officer, &call).await;
    let readers = [
        page("/staff/calls"),
        page(format!("/staff/calls/{call}")),
        page(format!("/staff/calls/{call}/preview")),
    ];
    refused_to(&app, &[Role::Officer, Role::Admin], &readers).await;
    let mut writers = vec![page("/staff/calls/new"), form("/staff/calls/new")];
    for step in ["edit", "form", "publish", "close", "cancel"] {
        let path = format!("/staff/calls/{call}/{step}");
        writers.extend([page(&path), form(&path)]);
    }
    let question = format!("/staff/calls/{call}/form/minors");
    let changed = [("new-key", "minors"), ("new-label", "Changed"), ("new-kind", "yes_no")];
    writers.extend([page(&question), form_with(&question, &changed)]);
    refused_to(&app, &[Role::Officer], &writers).await;
    let visitor = Browser::new(&app).get("/staff/calls").await;
    assert_eq!(location(&visitor), "/sign-in?next=%2Fstaff%2Fcalls");
}

#[tokio::test]
async fn an_admin_reads_the_calls_but_changes_none() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.draft_call(&officer).await;
    let admin = app.admin().await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&admin).await;
    let list = browser.get("/staff/calls").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        list.text.contains("Youth and women leading prevention"),
        "{}",
        list.text
    );
    assert!(!list.text.contains("/staff/calls/new"), "no create button for an admin");
    let page = browser.get(&format!("/staff/calls/{call}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.text.contains(&format!("/staff/calls/{call}/publish")),
        "{}",
        page.text
    );
    assert_eq!(browser.get("/staff/calls/new").await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        browser.get(&format!("/staff/calls/{call}/form")).await.status,
        StatusCode::FORBIDDEN
    );
    set_form(&app, &officer, &call).await;
    assert_eq!(
        browser.get(&format!("/staff/calls/{call}/form/minors")).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn an_officer_creates_a_draft_and_lists_calls_by_status() {
    let app = spawn_app().await;
    let (officer, mut browser) = officer_browser(&app).await;
    let open = app.open_call(&officer).await;
    let created = send(
        &mut browser,
        "/staff/calls/new",
        "/staff/calls/new",
        &terms(app.clock.now()),
    )
    .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text);
    let id = created_id(&created);
    let stored = app.get(&format!("/calls/{id}"), &officer.token).await;
    assert_eq!(stored.body["status"], "draft");
    assert_eq!(stored.body["title"], "Community resilience 2027");
    assert_eq!(stored.body["rubric"][1]["weight"], "0.4");
    assert_eq!(stored.body["eligibility_criteria"][1]["key"], "criterion_2");
    let page = browser.get(&format!("/staff/calls/{id}?done=created")).await;
    assert!(page.text.contains("saved as a draft"), "{}", page.text);
    let drafts = browser.get("/staff/calls?status=draft").await;
    assert!(drafts.text.contains(&format!("/staff/calls/{id}")));
    assert!(
        !drafts.text.contains(&format!("/staff/calls/{open}\"")),
        "{}",
        drafts.text
    );
    let all = browser.get("/staff/calls").await;
    assert!(all.text.contains(&format!("/staff/calls/{open}")) && all.text.contains(&format!("/staff/calls/{id}")));
    assert!(all.text.contains("200,000.00\u{a0}EUR"), "{}", all.text);
}

#[tokio::test]
async fn a_form_without_the_csrf_token_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let (officer, mut browser) = officer_browser(&app).await;
    let call = app.draft_call(&officer).await;
    browser.get("/staff/calls/new").await;
    let before = app.snapshot().await;
    let typed = terms(app.clock.now());
    let fields: Vec<(&str, &str)> = typed.iter().map(|(name, value)| (*name, value.as_str())).collect();
    assert_eq!(
        browser.post_form("/staff/calls/new", &fields).await.status,
        StatusCode::FORBIDDEN
    );
    for action in ["publish", "cancel", "form"] {
        let answer = browser
            .post_form(
                &format!("/staff/calls/{call}/{action}"),
                &[("csrf_token", "forged"), ("reason", "x"), ("action", "remove:x")],
            )
            .await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{action}");
    }
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn bad_terms_are_shown_in_the_error_summary_and_nothing_is_saved() {
    let app = spawn_app().await;
    let (_, mut browser) = officer_browser(&app).await;
    let now = app.clock.now();
    let before = app.snapshot().await;
    let yesterday = (now - Duration::days(1)).format("%Y-%m-%d").to_string();
    let backwards = with(terms(now), "closes-date", &yesterday);
    let answer = send(&mut browser, "/staff/calls/new", "/staff/calls/new", &backwards).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.text);
    assert!(answer.text.contains("error-summary"));
    assert!(answer.text.contains(r##"href="#closes-date""##), "{}", answer.text);
    assert!(answer.text.contains("The closing date must be after the opening date"));
    assert!(
        answer.text.contains("Community resilience 2027"),
        "what was typed stays"
    );
    let weightless = with(terms(now), "rubric-1-weight", "0");
    let answer = send(&mut browser, "/staff/calls/new", "/staff/calls/new", &weightless).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.text.contains(r##"href="#rubric-1-weight""##), "{}", answer.text);
    assert!(answer.text.contains("Enter a weight above 0"));
    let unreadable = with(with(terms(now), "budget", "lots"), "opens-time", "9 o'clock");
    let answer = send(&mut browser, "/staff/calls/new", "/staff/calls/new", &unreadable).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.text.contains(r##"href="#budget""##) && answer.text.contains(r##"href="#opens-date""##));
    let no_rubric: Vec<_> = terms(now)
        .into_iter()
        .filter(|(name, _)| !name.starts_with("rubric-"))
        .collect();
    let answer = send(&mut browser, "/staff/calls/new", "/staff/calls/new", &no_rubric).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        answer.text.contains("Enter at least one scoring criterion"),
        "{}",
        answer.text
    );
    assert_eq!(app.snapshot().await, before, "nothing saved");
}

#[tokio::test]
async fn a_published_calls_terms_are_refused_with_the_reason() {
    let app = spawn_app().await;
    let (officer, mut browser) = officer_browser(&app).await;
    let call = app.open_call(&officer).await;
    let page = browser.get(&format!("/staff/calls/{call}/edit")).await;
    assert!(page.text.contains("its terms are final"), "{}", page.text);
    let before = app.snapshot().await;
    let changed = with(terms(app.clock.now()), "title", "A new title");
    let edit = format!("/staff/calls/{call}/edit");
    let answer = send(&mut browser, &edit, &edit, &changed).await;
    assert_eq!(answer.status, StatusCode::CONFLICT, "{}", answer.text);
    assert!(answer.text.contains("error-summary"));
    assert!(
        answer.text.contains("only a draft call can be changed"),
        "{}",
        answer.text
    );
    assert_eq!(app.snapshot().await, before);
    let stored = app.get(&format!("/calls/{call}"), &officer.token).await;
    assert_eq!(stored.body["title"], "Youth and women leading prevention");
}

#[tokio::test]
async fn the_builder_adds_conditions_moves_requires_and_removes_questions() {
    let app = spawn_app().await;
    let (officer, mut browser) = officer_browser(&app).await;
    let call = app.draft_call(&officer).await;
    let builder = format!("/staff/calls/{call}/form");
    let add = |label: &str, kind: &str, condition: &str| {
        vec![
            ("action", "add".to_owned()),
            ("new-label", label.to_owned()),
            ("new-kind", kind.to_owned()),
            ("new-required", "yes".to_owned()),
            ("new-condition", condition.to_owned()),
        ]
    };
    let answer = send(
        &mut browser,
        &builder,
        &builder,
        &add("Do you work with minors?", "yes_no", ""),
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.text);
    let page = browser.get(&builder).await;
    assert!(
        page.text.contains(r#"value="do_you_work_with_minors|true""#),
        "{}",
        page.text
    );
    let plan = add("Your safeguarding plan", "long_text", "do_you_work_with_minors|true");
    assert_eq!(
        send(&mut browser, &builder, &builder, &plan).await.status,
        StatusCode::SEE_OTHER
    );
    let form = app.get(&format!("/calls/{call}"), &officer.token).await.body["form"]["questions"].clone();
    assert_eq!(form[1]["key"], "your_safeguarding_plan");
    assert_eq!(form[1]["show_if"]["question"], "do_you_work_with_minors");
    assert_eq!(form[1]["show_if"]["equals"], true);
    let page = browser.get(&builder).await;
    assert!(
        page.text.contains("Only when “Do you work with minors?” is “Yes”"),
        "{}",
        page.text
    );

    let before = app.snapshot().await;
    let refused = send(
        &mut browser,
        &builder,
        &builder,
        &[("action", "up:your_safeguarding_plan".to_owned())],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(
        refused.text.contains("Question 1: must name an earlier question"),
        "{}",
        refused.text
    );
    let choice = add("Region", "single_choice", "");
    let refused = send(&mut browser, &builder, &builder, &choice).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text.contains(r##"href="#new-options""##), "{}", refused.text);
    assert_eq!(app.snapshot().await, before, "a refused change saves nothing");

    let optional = [("action", "required:do_you_work_with_minors".to_owned())];
    assert_eq!(
        send(&mut browser, &builder, &builder, &optional).await.status,
        StatusCode::SEE_OTHER
    );
    let down = [("action", "down:do_you_work_with_minors".to_owned())];
    let remove = [("action", "remove:your_safeguarding_plan".to_owned())];
    assert_eq!(
        send(&mut browser, &builder, &builder, &down).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        send(&mut browser, &builder, &builder, &remove).await.status,
        StatusCode::SEE_OTHER
    );
    let form = app.get(&format!("/calls/{call}"), &officer.token).await.body["form"]["questions"].clone();
    assert_eq!(form.as_array().map(Vec::len), Some(1));
    assert_eq!(form[0]["required"], false);
    let preview = browser.get(&format!("/staff/calls/{call}/preview")).await;
    assert_eq!(preview.status, StatusCode::OK);
    assert!(
        preview.text.contains(r#"name="answer-do_you_work_with_minors""#),
        "{}",
        preview.text
    );
}

#[tokio::test]
async fn publishing_closing_and_cancelling_are_confirmed_and_refusals_shown() {
    let app = spawn_app().await;
    let (officer, mut browser) = officer_browser(&app).await;
    let call = app.draft_call(&officer).await;
    let publish = format!("/staff/calls/{call}/publish");
    let confirm = browser.get(&publish).await;
    assert!(confirm.text.contains("Publish this call?"));
    assert!(confirm.text.contains("has no application form"), "{}", confirm.text);
    let done = browser.fill(&publish, &publish, &[]).await;
    assert_eq!(location(&done), format!("/staff/calls/{call}?done=published"));
    let page = browser.get(location(&done)).await;
    assert!(page.text.contains("The call is published"), "{}", page.text);
    assert!(page.text.contains(&format!("/staff/calls/{call}/ranking")));
    assert!(page.text.contains(&format!("/staff/calls/{call}/assign")));
    let again = browser.fill(&format!("/staff/calls/{call}"), &publish, &[]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(
        again.text.contains("only a draft call can be published"),
        "{}",
        again.text
    );

    let cancel = format!("/staff/calls/{call}/cancel");
    let before = app.snapshot().await;
    let empty = browser.fill(&cancel, &cancel, &[("reason", "  ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.text.contains("Say why the call is cancelled") && empty.text.contains(r##"href="#reason""##));
    assert_eq!(app.snapshot().await, before);
    let close = format!("/staff/calls/{call}/close");
    assert_eq!(
        location(&browser.fill(&close, &close, &[]).await),
        format!("/staff/calls/{call}?done=closed")
    );
    let cancelled = browser
        .fill(&cancel, &cancel, &[("reason", "The budget was withdrawn")])
        .await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER);
    let stored = app.get(&format!("/calls/{call}"), &officer.token).await;
    assert_eq!(stored.body["status"], "cancelled");
    assert_eq!(stored.body["cancel_reason"], "The budget was withdrawn");
}

#[tokio::test]
async fn a_calls_page_draws_its_pipeline_and_budget() {
    let app = spawn_app().await;
    let (officer, mut browser) = officer_browser(&app).await;
    let call = app.open_call(&officer).await;
    let applicant = app.applicant().await;
    let organisation = app.organisation(&applicant).await;
    app.submitted_application(&applicant, &organisation, &call).await;
    let page = browser.get(&format!("/staff/calls/{call}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text.contains("<title>Applications by status</title>"),
        "{}",
        page.text
    );
    assert!(
        page.text
            .contains(r#"<th scope="row"><bdi>Submitted</bdi></th><td>1</td>"#),
        "{}",
        page.text
    );
    assert!(page.text.contains("Available: 200,000.00\u{a0}EUR"), "{}", page.text);
    assert!(page.text.contains("Paid: 0.00\u{a0}EUR"));
    let list = browser.get("/staff/calls").await;
    assert!(list.text.contains("Submitted: 1"), "{}", list.text);
}

#[tokio::test]
async fn the_builder_sets_limits_shows_them_in_the_preview_and_refuses_impossible_ones() {
    let app = spawn_app().await;
    let (officer, mut browser) = officer_browser(&app).await;
    let call = app.draft_call(&officer).await;
    let builder = format!("/staff/calls/{call}/form");
    let approach = new_question("Describe your approach", "long_text", &[("new-max-words", "300")]);
    let added = send(&mut browser, &builder, &builder, &approach).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text);
    let budget = new_question(
        "Budget",
        "file",
        &[("new-accept", "pdf"), ("new-accept", "docx"), ("new-max-file-mb", "10")],
    );
    assert_eq!(
        send(&mut browser, &builder, &builder, &budget).await.status,
        StatusCode::SEE_OTHER
    );
    let staff = new_question(
        "Staff members",
        "number",
        &[("new-min", "1"), ("new-max", "500"), ("new-integer", "yes")],
    );
    assert_eq!(
        send(&mut browser, &builder, &builder, &staff).await.status,
        StatusCode::SEE_OTHER
    );
    let form = app.get(&format!("/calls/{call}"), &officer.token).await.body["form"]["questions"].clone();
    assert_eq!(form[0]["max_words"], 300);
    assert_eq!(form[1]["accept"], serde_json::json!(["pdf", "docx"]));
    assert_eq!(form[1]["max_file_mb"], 10);
    assert_eq!(
        (form[2]["min"].as_f64(), form[2]["max"].as_f64()),
        (Some(1.0), Some(500.0))
    );
    assert_eq!(form[2]["integer"], true);
    let listed = browser.get(&builder).await;
    assert!(listed.text.contains("Limits: Up to 300 words."), "{}", listed.text);
    let preview = browser.get(&format!("/staff/calls/{call}/preview")).await;
    for hint in [
        "Up to 300 words.",
        "Accepted formats: PDF, DOCX. One file, each of at most 10 MB.",
        "A number from 1 to 500.",
    ] {
        assert!(
            preview.text.contains(hint),
            "the preview shows {hint}: {}",
            preview.text
        );
    }
    let schema = app
        .get(&format!("/calls/{call}/form.schema.json"), &officer.token)
        .await;
    assert_eq!(
        schema.body["properties"]["budget"]["documents"]["max_bytes"],
        10 * 1024 * 1024
    );

    let before = app.snapshot().await;
    let backwards = new_question("Age", "number", &[("new-min", "10"), ("new-max", "5")]);
    let refused = send(&mut browser, &builder, &builder, &backwards).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert_eq!(
        summary(&refused),
        [(
            "#new-max".to_owned(),
            "Largest number: must not be below the smallest number (min)".to_owned()
        )]
    );
    assert!(refused.text.contains(r#"value="Age""#), "what was typed stays");
    let impossible = new_question(
        "Annex",
        "file",
        &[
            ("new-accept", "exe"),
            ("new-max-file-mb", "-5"),
            ("new-max-words", "300"),
        ],
    );
    let refused = send(&mut browser, &builder, &builder, &impossible).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let problems = summary(&refused);
    let hrefs: Vec<&str> = problems.iter().map(|(href, _)| href.as_str()).collect();
    assert_eq!(hrefs, ["#new-max-words", "#new-accept", "#new-max-file-mb"]);
    assert_eq!(
        problems[0].1,
        "Most words of a long text: only for Long text answers; clear it, or choose that kind of answer"
    );
    assert_eq!(
        problems[1].1,
        "File formats accepted: choose the file formats from the list"
    );
    assert_eq!(problems[2].1, "Largest file, in MB: enter a whole number, like 300");
    assert!(
        refused
            .text
            .contains(r#"aria-describedby="new-max-file-mb-hint new-max-file-mb-error""#)
    );
    let huge = new_question("Annex", "file", &[("new-max-file-mb", "5000")]);
    let refused = send(&mut browser, &builder, &builder, &huge).await;
    assert_eq!(
        summary(&refused),
        [(
            "#new-max-file-mb".to_owned(),
            "Largest file, in MB: must be from 1 to 1024".to_owned()
        )]
    );
    assert_eq!(app.snapshot().await, before, "a refused limit saves nothing");
}

#[tokio::test]
async fn an_officer_edits_a_question_in_place_and_the_preview_and_api_follow() {
    let app = spawn_app().await;
    let (officer, mut browser) = officer_browser(&app).await;
    let call = app.draft_call(&officer).await;
    set_form(&app, &officer, &call).await;
    let builder = browser.get(&format!("/staff/calls/{call}/form")).await;
    assert!(
        builder
            .text
            .contains(&format!(r#"href="/staff/calls/{call}/form/plan""#)),
        "{}",
        builder.text
    );
    let edit = format!("/staff/calls/{call}/form/plan");
    let page = browser.get(&edit).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("Edit question 2"), "{}", page.text);
    assert!(page.text.contains(r#"value="Your safeguarding plan""#));
    assert!(page.text.contains(r#"<option value="long_text" selected>"#));
    assert!(page.text.contains(r#"<option value="minors|true" selected>"#));
    assert!(
        page.text
            .contains(r#"id="new-required" name="new-required" value="yes" checked"#)
    );

    let edited = [
        ("new-key", "plan".to_owned()),
        ("new-label", "How do you keep children safe?".to_owned()),
        ("new-help", "Name the person responsible.".to_owned()),
        ("new-kind", "long_text".to_owned()),
        ("new-condition", "minors|true".to_owned()),
        ("new-max-words", "250".to_owned()),
    ];
    let saved = send(&mut browser, &edit, &edit, &edited).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text);
    assert_eq!(location(&saved), format!("/staff/calls/{call}/form#question-2"));
    let form = app.get(&format!("/calls/{call}"), &officer.token).await.body["form"]["questions"].clone();
    assert_eq!(form[1]["label"], "How do you keep children safe?");
    assert_eq!(form[1]["help"], "Name the person responsible.");
    assert_eq!(form[1]["max_words"], 250);
    assert_eq!(form[1]["required"], false, "the box was left unticked");
    assert_eq!(form[1]["show_if"]["question"], "minors");
    let preview = browser.get(&format!("/staff/calls/{call}/preview")).await;
    assert!(
        preview.text.contains("How do you keep children safe?"),
        "{}",
        preview.text
    );
    assert!(preview.text.contains("Up to 250 words."));

    let minors = format!("/staff/calls/{call}/form/minors");
    let renamed = [
        ("new-key", "works_with_minors".to_owned()),
        ("new-label", "Do you work with minors?".to_owned()),
        ("new-kind", "yes_no".to_owned()),
        ("new-required", "yes".to_owned()),
    ];
    assert_eq!(
        send(&mut browser, &minors, &minors, &renamed).await.status,
        StatusCode::SEE_OTHER
    );
    let form = app.get(&format!("/calls/{call}"), &officer.token).await.body["form"]["questions"].clone();
    assert_eq!(form[0]["key"], "works_with_minors");
    assert_eq!(
        form[1]["show_if"]["question"], "works_with_minors",
        "the question that depends on it follows"
    );

    let before = app.snapshot().await;
    let renamed_edit = format!("/staff/calls/{call}/form/works_with_minors");
    let changed_kind = [
        ("new-key", "works_with_minors".to_owned()),
        ("new-label", "Do you work with minors?".to_owned()),
        ("new-kind", "short_text".to_owned()),
    ];
    let refused = send(&mut browser, &renamed_edit, &renamed_edit, &changed_kind).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert_eq!(
        summary(&refused)[0].1,
        "Question 2: is not a possible answer to that question"
    );
    let bad_key = [
        ("new-key", "Works With Minors".to_owned()),
        ("new-label", "Do you work with minors?".to_owned()),
        ("new-kind", "yes_no".to_owned()),
    ];
    let refused = send(&mut browser, &renamed_edit, &renamed_edit, &bad_key).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(summary(&refused)[0].0, "#new-key");
    assert_eq!(app.snapshot().await, before, "a refused edit saves nothing");
    assert_eq!(
        browser
            .get(&format!("/staff/calls/{call}/form/nothing_here"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn editing_an_open_calls_question_is_refused_as_the_api_refuses_it() {
    let app = spawn_app().await;
    let (officer, mut browser) = officer_browser(&app).await;
    let call = app.draft_call(&officer).await;
    set_form(&app, &officer, &call).await;
    let published = app.post_empty(&format!("/calls/{call}/publish"), &officer.token).await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    let before = app.snapshot().await;
    let edit = format!("/staff/calls/{call}/form/plan");
    let page = browser.get(&edit).await;
    assert!(
        page.text.contains("applicants are answering its questions"),
        "{}",
        page.text
    );
    let retyped = [
        ("new-key", "safeguarding".to_owned()),
        ("new-label", "Your safeguarding plan".to_owned()),
        ("new-kind", "file".to_owned()),
        ("new-condition", "minors|true".to_owned()),
    ];
    let refused = send(&mut browser, &edit, &edit, &retyped).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text);
    let problems = summary(&refused);
    assert!(
        problems[0]
            .1
            .contains("the call is open, so its questions can no longer change"),
        "{problems:?}"
    );
    let mut form = app.get(&format!("/calls/{call}"), &officer.token).await.body["form"].clone();
    form["questions"][1]["type"] = "file".into();
    let api = app
        .put(
            &format!("/calls/{call}/form"),
            &officer.token,
            serde_json::json!({"questions": form["questions"]}),
        )
        .await;
    assert_eq!(api.status, StatusCode::CONFLICT, "the API refuses it alike");
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn a_french_officer_types_weights_and_amounts_in_french_and_the_edit_page_reads_them_back() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let chosen = app
        .patch("/me", &officer.token, serde_json::json!({"preferred_language": "fr"}))
        .await;
    assert_eq!(chosen.status, StatusCode::OK, "{}", chosen.text);
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&officer).await;
    let french = with(
        with(
            with(terms(app.clock.now()), "rubric-0-weight", "0,6"),
            "rubric-1-weight",
            "0,4",
        ),
        "budget",
        "200 000,00",
    );

    let created = send(&mut browser, "/staff/calls/new", "/staff/calls/new", &french).await;

    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text);
    let id = created_id(&created);
    let stored = app.get(&format!("/calls/{id}"), &officer.token).await;
    assert_eq!(stored.body["rubric"][0]["weight"], "0.6", "{}", stored.text);
    assert_eq!(stored.body["budget_ceiling"], "200000.00");
    let edit = format!("/staff/calls/{id}/edit");
    let page = browser.get(&edit).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains(r#"value="0,6""#), "{}", page.text);
    assert!(page.text.contains(r#"value="200000,00""#), "{}", page.text);

    let ambiguous = with(french, "min-grant", "1.500");
    let refused = send(&mut browser, &edit, &edit, &ambiguous).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(refused.text.contains(r##"href="#min-grant""##), "{}", refused.text);
    let kept = app.get(&format!("/calls/{id}"), &officer.token).await;
    assert_eq!(kept.body["min_grant"], "10000.00", "nothing changed");
}
