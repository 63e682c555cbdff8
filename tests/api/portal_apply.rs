//! Applying in the portal at the HTML level (no browser): an organisation's profile, the
//! application form section by section with uploads, the error summaries, check your
//! answers, submission, the closed call, the unverified email, and following an
//! application (timeline, decision, appeal, withdraw); CSRF, another organisation's pages
//! and the wrong role. The browser walk-through is in `browser_apply.rs`.

use axum::http::StatusCode;
use chrono::Duration;
use serde_json::{Value, json};

use crate::portal::{Browser, csrf_token, location};
use crate::support::{Actor, Answer, TestApp, spawn_app};

/// A form of three pages: the project's problem (with a word limit), safeguarding (a
/// condition on the same page) and attachments (a file).
fn form() -> Value {
    json!({"questions": [
        {"key": "problem_statement", "label": "What problem do you address?", "required": true,
         "type": "long_text", "max_words": 5, "section": "The problem"},
        {"key": "works_with_minors", "label": "Do you work with minors?", "required": true, "type": "yes_no",
         "section": "Safeguarding"},
        {"key": "safeguarding_plan", "label": "Safeguarding plan", "required": true, "type": "long_text",
         "section": "Safeguarding", "show_if": {"question": "works_with_minors", "equals": true}},
        {"key": "start_on", "label": "Start date", "required": false, "type": "date", "section": "Safeguarding"},
        {"key": "registration", "label": "Registration certificate", "required": true, "type": "file",
         "accept": ["pdf"], "max_files": 1, "section": "Attachments"}
    ]})
}

/// An open call with the form.
async fn open_call_with_form(app: &TestApp) -> (Actor, String) {
    let officer = app.officer().await;
    let call = app.draft_call(&officer).await;
    let set = app.put(&format!("/calls/{call}/form"), &officer.token, form()).await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.text);
    let published = app.post_empty(&format!("/calls/{call}/publish"), &officer.token).await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    (officer, call)
}

/// The links of a page's error summary: (href, message).
pub(crate) fn summary(page: &Answer) -> Vec<(String, String)> {
    let Some(start) = page.text.find(r#"class="error-summary""#) else {
        return Vec::new();
    };
    let end = page.text[start..]
        .find("</div>")
        .map_or(page.text.len(), |end| start + end);
    page.text[start..end]
        .split("<li><a href=\"")
        .skip(1)
        .map(|item| {
            let (href, rest) = item.split_once("\">").unwrap_or_default();
            let message = rest.split("</a>").next().unwrap_or_default();
            (href.replace("&#x2f;", "/"), message.replace("&#x27;", "'"))
        })
        .collect()
}

/// Starts an application in the portal for the reader's only organisation: the project
/// page with two budget lines (24,500.00 EUR). Answers the application's id.
pub(crate) async fn start(browser: &mut Browser<'_>, call: &str) -> String {
    let started = browser
        .fill(
            &format!("/portal/calls/{call}/apply"),
            &format!("/portal/calls/{call}/apply"),
            &[
                ("title", "Mothers as first responders"),
                ("summary", "Training mothers to recognise early signs of recruitment."),
                ("line-0-description", "Workshops"),
                ("line-0-amount", "20000.00"),
                ("line-1-description", "Evaluation"),
                ("line-1-amount", "4500"),
                ("action", "continue"),
            ],
        )
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.text);
    let next = location(&started).to_owned();
    assert!(next.ends_with("/form/0"), "{next}");
    next.split('/').nth(3).expect("the application's id").to_owned()
}

/// Posts a form page as the browser does (multipart, the CSRF token first).
pub(crate) async fn save_page(
    browser: &mut Browser<'_>,
    path: &str,
    fields: &[(&str, &str)],
    files: &[(&str, &str, &[u8])],
) -> Answer {
    let token = csrf_token(&browser.get(path).await.text);
    let mut all = vec![("csrf_token", token.as_str())];
    all.extend_from_slice(fields);
    browser.post_multipart(path, &all, files).await
}

#[tokio::test]
async fn an_organisation_is_created_from_the_dashboard_after_its_problems_are_shown() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&applicant.email).await;
    assert!(
        browser
            .get("/portal")
            .await
            .text
            .contains(r#"href="/portal/organisations/new""#)
    );
    let before = app.count("organisations").await;

    let refused = browser
        .fill(
            "/portal/organisations/new",
            "/portal/organisations",
            &[("legal_name", " "), ("country", "XX"), ("themes", "youth")],
        )
        .await;

    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let links: Vec<String> = summary(&refused).into_iter().map(|(href, _)| href).collect();
    assert_eq!(links, ["#legal_name", "#country"]);
    assert!(
        refused
            .text
            .contains(r#"aria-describedby="legal_name-hint legal_name-error""#),
        "{}",
        refused.text
    );
    assert!(
        refused.text.contains(r#"value="youth" checked"#),
        "what was typed is kept"
    );
    assert_eq!(app.count("organisations").await, before, "nothing is created");

    let created = browser
        .fill(
            "/portal/organisations/new",
            "/portal/organisations",
            &[
                ("legal_name", "Women for Peace Network"),
                ("country", "KE"),
                ("year_founded", "2012"),
                ("themes", "gender"),
                ("women_led", "yes"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text);
    let dashboard = browser.get("/portal").await;
    assert!(dashboard.text.contains("Women for Peace Network"));
    let edit = dashboard
        .text
        .split("/portal/organisations/")
        .nth(1)
        .expect("an edit link");
    let id = edit.split('/').next().unwrap();
    let profile = browser.get(&format!("/portal/organisations/{id}/edit")).await;
    assert_eq!(profile.status, StatusCode::OK);
    assert!(profile.text.contains(r#"value="KE" selected"#));
    let renamed = browser
        .fill(
            &format!("/portal/organisations/{id}/edit"),
            &format!("/portal/organisations/{id}"),
            &[("legal_name", "Women for Peace Network Kenya"), ("country", "KE")],
        )
        .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER, "{}", renamed.text);
    assert!(
        browser
            .get("/portal")
            .await
            .text
            .contains("Women for Peace Network Kenya")
    );
}

#[tokio::test]
async fn applying_goes_section_by_section_shows_each_problem_and_submits_after_checking_answers() {
    let app = spawn_app().await;
    let (_, call) = open_call_with_form(&app).await;
    let member = app.applicant().await;
    app.organisation(&member).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&member.email).await;
    assert!(
        browser
            .get(&format!("/calls/{call}"))
            .await
            .text
            .contains(&format!("/portal/calls/{call}/apply"))
    );
    let id = start(&mut browser, &call).await;
    let page = |index: usize| format!("/portal/applications/{id}/form/{index}");

    let first = browser.get(&page(0)).await;
    assert!(first.text.contains("Up to 5 words."), "the limit is in the hint");
    assert!(
        first
            .text
            .contains(r#"aria-describedby="answer-problem_statement-limits "#)
    );
    let too_long = save_page(
        &mut browser,
        &page(0),
        &[
            ("answer-problem_statement", "one two three four five six"),
            ("action", "continue"),
        ],
        &[],
    )
    .await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(summary(&too_long)[0].0, "#answer-problem_statement");
    assert!(
        too_long.text.contains("one two three four five six"),
        "the answer is shown again"
    );
    let saved = save_page(
        &mut browser,
        &page(0),
        &[
            ("answer-problem_statement", "Recruitment of teenagers."),
            ("action", "continue"),
        ],
        &[],
    )
    .await;
    assert_eq!(location(&saved), page(1));

    assert!(
        !browser.get(&page(1)).await.text.contains("answer-safeguarding_plan"),
        "hidden until minors"
    );
    let revealed = save_page(
        &mut browser,
        &page(1),
        &[("answer-works_with_minors", "yes"), ("action", "continue")],
        &[],
    )
    .await;
    assert_eq!(
        location(&revealed),
        page(1),
        "the page comes back with the new question"
    );
    assert!(browser.get(&page(1)).await.text.contains("answer-safeguarding_plan"));
    let dated = save_page(
        &mut browser,
        &page(1),
        &[
            ("answer-works_with_minors", "yes"),
            ("answer-safeguarding_plan", "A named lead."),
            ("answer-start_on-day", "5"),
            ("answer-start_on-month", "3"),
            ("answer-start_on-year", "2027"),
            ("action", "continue"),
        ],
        &[],
    )
    .await;
    assert_eq!(location(&dated), page(2));

    let executable = save_page(
        &mut browser,
        &page(2),
        &[("action", "upload")],
        &[("file-registration", "certificate.pdf", b"MZ\x90\x00 not a pdf")],
    )
    .await;
    assert_eq!(executable.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(summary(&executable)[0].0, "#file-registration");
    assert_eq!(app.count("documents").await, 0);

    let token = csrf_token(&browser.get(&page(2)).await.text);
    let check = browser
        .post_form(&format!("/portal/applications/{id}/submit"), &[("csrf_token", &token)])
        .await;
    assert_eq!(
        check.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the certificate is missing"
    );
    assert_eq!(
        summary(&check)[0].0,
        format!("/portal/applications/{id}/form/2#file-registration")
    );
    assert_eq!(
        app.get(&format!("/applications/{id}"), &member.token).await.body["status"],
        "draft"
    );

    let uploaded = save_page(
        &mut browser,
        &page(2),
        &[("action", "continue")],
        &[("file-registration", "certificate.pdf", b"%PDF-1.4\ncertificate\n")],
    )
    .await;
    assert_eq!(location(&uploaded), format!("/portal/applications/{id}/check"));
    let answers = browser.get(&format!("/portal/applications/{id}/check")).await;
    for shown in [
        "Recruitment of teenagers.",
        "A named lead.",
        "5 March 2027",
        "certificate.pdf",
        "24,500.00\u{a0}EUR",
        "Change",
    ] {
        assert!(answers.text.contains(shown), "check your answers shows {shown}");
    }
    let submitted = browser
        .post_form(
            &format!("/portal/applications/{id}/submit"),
            &[("csrf_token", &csrf_token(&answers.text))],
        )
        .await;
    assert_eq!(location(&submitted), format!("/portal/applications/{id}/submitted"));
    let confirmation = browser.get(location(&submitted)).await;
    assert!(confirmation.text.contains("Application submitted") && confirmation.text.contains(&id));
    assert_eq!(
        app.get(&format!("/applications/{id}"), &member.token).await.body["status"],
        "submitted"
    );
    let followed = browser.get(&format!("/portal/applications/{id}")).await;
    assert!(followed.text.contains("Application started") && followed.text.contains("Application submitted"));
    assert!(
        browser
            .get("/portal")
            .await
            .text
            .contains(&format!("/portal/applications/{id}"))
    );
}

#[tokio::test]
async fn the_project_page_adds_budget_lines_without_javascript_and_refuses_amounts_out_of_range() {
    let app = spawn_app().await;
    let (_, call) = open_call_with_form(&app).await;
    let member = app.applicant().await;
    app.organisation(&member).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&member.email).await;
    let path = format!("/portal/calls/{call}/apply");
    let before = app.count("applications").await;

    let added = browser
        .fill(
            &path,
            &path,
            &[
                ("rows", "3"),
                ("line-0-description", "Workshops"),
                ("action", "add-line"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::OK);
    assert!(added.text.contains(r#"id="line-3-description""#), "a fourth row");
    assert!(added.text.contains(r#"value="Workshops""#));
    let refused = browser
        .fill(
            &path,
            &path,
            &[
                ("title", ""),
                ("summary", "Short."),
                ("line-0-description", "Workshops"),
                ("line-0-amount", "100.00"),
                ("action", "continue"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let links: Vec<String> = summary(&refused).into_iter().map(|(href, _)| href).collect();
    assert!(
        links.contains(&"#title".to_owned()) && links.contains(&"#budget".to_owned()),
        "{links:?}"
    );
    let unreadable = browser
        .fill(
            &path,
            &path,
            &[
                ("title", "T"),
                ("summary", "S"),
                ("line-0-description", "Workshops"),
                ("line-0-amount", "ten"),
                ("action", "continue"),
            ],
        )
        .await;
    assert_eq!(
        summary(&unreadable),
        [(
            "#line-0-amount".to_owned(),
            "Enter an amount as a number, like 1500.00".to_owned()
        )]
    );
    assert_eq!(app.count("applications").await, before, "nothing is created");
}

#[tokio::test]
async fn pages_without_the_csrf_token_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let (_, call) = open_call_with_form(&app).await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&member.email).await;
    let id = start(&mut browser, &call).await;
    let before = app.snapshot().await;
    let forged = "0".repeat(64);

    let form = browser
        .post_multipart(
            &format!("/portal/applications/{id}/form/0"),
            &[("csrf_token", &forged), ("answer-problem_statement", "x")],
            &[("file-registration", "c.pdf", b"%PDF-1.4\n")],
        )
        .await;
    assert_eq!(form.status, StatusCode::FORBIDDEN);
    for (path, fields) in [
        (format!("/portal/calls/{call}/apply"), vec![("title", "T")]),
        (format!("/portal/applications/{id}/project"), vec![("title", "T")]),
        (format!("/portal/applications/{id}/submit"), vec![]),
        (format!("/portal/applications/{id}/withdraw"), vec![]),
        (format!("/portal/applications/{id}/appeal"), vec![("grounds", "G")]),
        (
            "/portal/organisations".to_owned(),
            vec![("legal_name", "X"), ("country", "KE")],
        ),
        (
            format!("/portal/organisations/{organisation}"),
            vec![("legal_name", "X"), ("country", "KE")],
        ),
    ] {
        let mut all = vec![("csrf_token", forged.as_str())];
        all.extend(fields);
        assert_eq!(
            browser.post_form(&path, &all).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn another_organisations_application_and_profile_are_not_found_and_staff_do_not_fill_them_in() {
    let app = spawn_app().await;
    let (officer, call) = open_call_with_form(&app).await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let mut owner = Browser::new(&app);
    owner.sign_in(&member.email).await;
    let id = start(&mut owner, &call).await;
    let stranger = app.applicant().await;
    let mut other = Browser::new(&app);
    other.sign_in(&stranger.email).await;

    for path in [
        format!("/portal/applications/{id}"),
        format!("/portal/applications/{id}/project"),
        format!("/portal/applications/{id}/form/0"),
        format!("/portal/applications/{id}/check"),
        format!("/portal/applications/{id}/withdraw"),
        format!("/portal/organisations/{organisation}/edit"),
    ] {
        let page = other.get(&path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert!(page.text.contains("Page not found"));
    }
    let mut staff = Browser::new(&app);
    staff.sign_in(&officer.email).await;
    assert_eq!(
        staff.get(&format!("/portal/applications/{id}/form/0")).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        staff.get("/portal/organisations/new").await.status,
        StatusCode::FORBIDDEN
    );
    let visitor = Browser::new(&app).get(&format!("/portal/calls/{call}/apply")).await;
    assert_eq!(
        location(&visitor),
        format!("/sign-in?next=%2Fportal%2Fcalls%2F{call}%2Fapply")
    );
}

#[tokio::test]
async fn after_the_deadline_the_pages_say_the_call_closed_when_and_why() {
    let app = spawn_app().await;
    let (_, call) = open_call_with_form(&app).await;
    let member = app.applicant().await;
    app.organisation(&member).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&member.email).await;
    let id = start(&mut browser, &call).await;

    app.clock.advance(Duration::days(8));
    browser.sign_in(&member.email).await;
    let token = csrf_token(&browser.get("/portal").await.text);

    let apply = browser.get(&format!("/portal/calls/{call}/apply")).await;
    assert_eq!(apply.status, StatusCode::OK);
    assert!(apply.text.contains("This call is closed"));
    assert!(apply.text.contains(" UTC</time>"), "it says when");
    assert!(apply.text.contains("can no longer be submitted"), "and why");
    let submit = browser
        .post_form(&format!("/portal/applications/{id}/submit"), &[("csrf_token", &token)])
        .await;
    assert!(submit.text.contains("This call is closed"));
    let member = app.signed_in_again(&member).await;
    assert_eq!(
        app.get(&format!("/applications/{id}"), &member.token).await.body["status"],
        "draft"
    );
}

#[tokio::test]
async fn an_unverified_email_is_explained_on_submission_with_a_way_to_resend_the_link() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let member = app.unverified_applicant().await;
    app.organisation(&member).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&member.email).await;
    let id = start(&mut browser, &call).await;
    let check = browser.get(&format!("/portal/applications/{id}/check")).await;

    let refused = browser
        .post_form(
            &format!("/portal/applications/{id}/submit"),
            &[("csrf_token", &csrf_token(&check.text))],
        )
        .await;

    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.text.contains("Confirm your email address first"));
    assert!(
        refused
            .text
            .contains(&format!("/portal/applications/{id}/verification"))
    );
    let resent = browser
        .post_form(
            &format!("/portal/applications/{id}/verification"),
            &[("csrf_token", &csrf_token(&check.text))],
        )
        .await;
    assert_eq!(location(&resent), format!("/portal/applications/{id}/check?sent=1"));
    assert!(
        browser
            .get(location(&resent))
            .await
            .text
            .contains("We have sent you a new link")
    );
}

#[tokio::test]
async fn an_applicant_reads_the_decision_with_its_reason_and_appeals_while_the_window_is_open() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app.reviewed(&scene).await;
    let reason = "The workplan does not explain how participants are kept safe.";
    let decided = app
        .post(
            &format!("/applications/{application}/decision"),
            &scene.officer.token,
            json!({"outcome": "rejected", "reason": reason}),
        )
        .await;
    assert_eq!(decided.status, StatusCode::OK, "{}", decided.text);
    let mut browser = Browser::new(&app);
    browser.sign_in(&scene.member.email).await;
    let path = format!("/portal/applications/{application}");

    let page = browser.get(&path).await;
    assert!(page.text.contains(reason));
    assert!(page.text.contains("Not funded"));
    assert!(page.text.contains("Appeal the decision"));
    let empty = browser
        .fill(&path, &format!("{path}/appeal"), &[("grounds", "  ")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        summary(&empty),
        [("#grounds".to_owned(), "Enter why the decision should change".to_owned())]
    );
    assert_eq!(
        app.get(&path.replace("/portal", ""), &scene.member.token).await.body["status"],
        "rejected"
    );
    let appealed = browser
        .fill(
            &path,
            &format!("{path}/appeal"),
            &[("grounds", "Section 4 of our plan names a safeguarding lead.")],
        )
        .await;
    assert_eq!(location(&appealed), path);
    let after = browser.get(&path).await;
    assert!(after.text.contains("Being considered") && after.text.contains("Appeal filed"));
    assert!(!after.text.contains("Send appeal"), "one appeal per finding");
}

#[tokio::test]
async fn withdrawing_asks_to_confirm_first() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let application = app.submitted_application(&member, &organisation, &call).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&member.email).await;
    let path = format!("/portal/applications/{application}");
    assert!(browser.get(&path).await.text.contains(&format!("{path}/withdraw")));

    let confirm = browser.get(&format!("{path}/withdraw")).await;
    assert!(
        confirm
            .text
            .contains("Are you sure you want to withdraw this application?")
    );
    assert_eq!(
        app.get(&format!("/applications/{application}"), &member.token)
            .await
            .body["status"],
        "submitted"
    );
    let withdrawn = browser
        .fill(&format!("{path}/withdraw"), &format!("{path}/withdraw"), &[])
        .await;
    assert_eq!(location(&withdrawn), path);
    assert_eq!(
        app.get(&format!("/applications/{application}"), &member.token)
            .await
            .body["status"],
        "withdrawn"
    );
    assert!(browser.get(&path).await.text.contains("Application withdrawn"));
}

#[tokio::test]
async fn the_form_pages_are_light_enough_for_a_slow_connection() {
    let app = spawn_app().await;
    let (_, call) = open_call_with_form(&app).await;
    let member = app.applicant().await;
    app.organisation(&member).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&member.email).await;
    let id = start(&mut browser, &call).await;
    let css = browser.get("/assets/portal.css").await.bytes.len();
    let js = browser.get("/assets/portal.js").await.bytes.len();

    for path in [
        format!("/portal/calls/{call}/apply"),
        format!("/portal/applications/{id}/project"),
        format!("/portal/applications/{id}/form/0"),
        format!("/portal/applications/{id}/form/2"),
        format!("/portal/applications/{id}/check"),
        format!("/portal/applications/{id}"),
    ] {
        let page = browser.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        let weight = page.bytes.len() + css + js;
        assert!(weight < 50 * 1024, "{path} weighs {weight} bytes");
        assert!(
            !page.text.contains("http://") && !page.text.contains("https://"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn limits_set_in_the_builder_are_enforced_on_the_applicants_answers_in_the_portal_and_the_api() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.draft_call(&officer).await;
    let mut staff = Browser::new(&app);
    staff.sign_in_as(&officer).await;
    let builder = format!("/staff/calls/{call}/form");
    for fields in [
        vec![
            ("action", "add"),
            ("new-label", "Describe your approach"),
            ("new-kind", "long_text"),
            ("new-max-words", "5"),
        ],
        vec![
            ("action", "add"),
            ("new-label", "Budget"),
            ("new-kind", "file"),
            ("new-accept", "pdf"),
            ("new-max-file-mb", "1"),
        ],
    ] {
        let added = staff.fill(&builder, &builder, &fields).await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text);
    }
    let published = app.post_empty(&format!("/calls/{call}/publish"), &officer.token).await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&member.email).await;
    let id = start(&mut browser, &call).await;
    let page = format!("/portal/applications/{id}/form/0");
    let shown = browser.get(&page).await;
    assert!(shown.text.contains("Up to 5 words."), "{}", shown.text);
    assert!(
        shown
            .text
            .contains("Accepted formats: PDF. One file, each of at most 1 MB.")
    );

    let wordy = save_page(
        &mut browser,
        &page,
        &[
            ("answer-describe_your_approach", "one two three four five six"),
            ("action", "continue"),
        ],
        &[],
    )
    .await;
    assert_eq!(wordy.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        summary(&wordy),
        [(
            "#answer-describe_your_approach".to_owned(),
            "Describe your approach: must be at most 5 words".to_owned()
        )]
    );
    let two_megabytes = [b"%PDF-1.4\n".as_slice(), &vec![b'x'; 2 * 1024 * 1024 - 9]].concat();
    let large = save_page(
        &mut browser,
        &page,
        &[("action", "upload")],
        &[("file-budget", "budget.pdf", &two_megabytes)],
    )
    .await;
    assert_eq!(large.status, StatusCode::UNPROCESSABLE_ENTITY);
    let problems = summary(&large);
    assert_eq!(problems[0].0, "#file-budget");
    assert!(
        problems[0]
            .1
            .contains("is 2 MiB, larger than 1 MiB, the most this question accepts"),
        "{problems:?}"
    );
    assert_eq!(app.count("documents").await, 0);

    let mut body = crate::support::application_body(&organisation);
    body["answers"] = json!({"describe_your_approach": "one two three four five six"});
    let created = app
        .post(&format!("/calls/{call}/applications"), &member.token, body)
        .await;
    assert_eq!(created.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", created.text);
    assert_eq!(created.failing_fields(), ["answers.describe_your_approach"]);
    assert!(created.text.contains("must be at most 5 words"));
    let uploaded = app
        .upload(
            &format!("/applications/{id}/documents"),
            &member.token,
            &[
                ("question", None, b"budget"),
                ("file", Some("budget.pdf"), &two_megabytes),
            ],
        )
        .await;
    assert_eq!(uploaded.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", uploaded.text);
    assert!(uploaded.text.contains("larger than 1 MiB"), "{}", uploaded.text);
    let annex = app
        .upload_to_application(&member, &id, "budget.pdf", &two_megabytes)
        .await;
    assert_eq!(annex.status, StatusCode::CREATED, "{}", annex.text);
    let answered = app
        .patch(
            &format!("/applications/{id}"),
            &member.token,
            json!({"answers": {"budget": [annex.id()]}}),
        )
        .await;
    assert_eq!(answered.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answered.text);
    assert_eq!(answered.failing_fields(), ["answers.budget"]);
    assert!(answered.text.contains("larger than 1 MiB"), "{}", answered.text);
}

#[tokio::test]
async fn french_budget_lines_are_read_and_shown_in_french_and_a_bad_one_changes_nothing() {
    let app = spawn_app().await;
    let (_, call) = open_call_with_form(&app).await;
    let member = app.applicant().await;
    app.organisation(&member).await;
    let chosen = app
        .patch("/me", &member.token, json!({"preferred_language": "fr"}))
        .await;
    assert_eq!(chosen.status, StatusCode::OK, "{}", chosen.text);
    let mut browser = Browser::speaking(&app, "fr");
    browser.sign_in(&member.email).await;
    let path = format!("/portal/calls/{call}/apply");
    let line = |amount: &'static str| {
        [
            ("title", "Mères premières intervenantes"),
            ("summary", "Former des mères aux signes de recrutement."),
            ("line-0-description", "Ateliers"),
            ("line-0-amount", amount),
            ("line-1-description", "Évaluation"),
            ("line-1-amount", "12\u{202f}499,50"),
            ("action", "continue"),
        ]
    };

    let started = browser.fill(&path, &path, &line("12 000,50")).await;

    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.text);
    let id = location(&started).split('/').nth(3).expect("id").to_owned();
    let stored = app.get(&format!("/applications/{id}"), &member.token).await;
    assert_eq!(stored.body["budget_lines"][0]["amount"], "12000.50", "{}", stored.text);
    assert_eq!(stored.body["requested_amount"], "24500.00");
    let project = format!("/portal/applications/{id}/project");
    let again = browser.get(&project).await;
    assert!(again.text.contains(r#"value="12000,50""#), "{}", again.text);
    assert!(again.text.contains("24\u{a0}500,00\u{a0}EUR"), "{}", again.text);
    let followed = browser.get(&format!("/portal/applications/{id}")).await;
    assert!(followed.text.contains("24\u{a0}500,00\u{a0}EUR"), "{}", followed.text);
    assert!(!followed.text.contains("24500.00"), "{}", followed.text);

    let refused = browser.fill(&project, &project, &line("12,000.50")).await;

    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert_eq!(
        summary(&refused),
        [(
            format!("{project}#line-0-amount"),
            "Saisissez un montant en chiffres, par exemple 1\u{a0}500,00".to_owned()
        )]
    );
    let kept = app.get(&format!("/applications/{id}"), &member.token).await;
    assert_eq!(kept.body["budget_lines"][0]["amount"], "12000.50", "nothing changed");
}
