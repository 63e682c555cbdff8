//! The last gaps of the applicant portal at the HTML level (no browser): a call's page
//! lists what its form asks for, section by section, so an applicant can prepare offline.

use axum::http::StatusCode;
use serde_json::{Value, json};

use crate::portal::Browser;
use crate::support::{TestApp, spawn_app};

/// A form of two sections with every kind of limit a question can carry.
pub fn form() -> Value {
    json!({"questions": [
        {"key": "summary", "label": "Summarise your project", "required": true, "type": "long_text",
         "max_words": 300, "help": "Say who benefits and how.", "section": "The project"},
        {"key": "acronym", "label": "Project acronym", "required": false, "type": "short_text",
         "max_chars": 12, "section": "The project"},
        {"key": "people", "label": "People reached", "required": true, "type": "number",
         "min": 10, "max": 5000, "integer": true, "section": "The project"},
        {"key": "start_on", "label": "Start date", "required": true, "type": "date",
         "not_before": "2027-01-01", "not_after": "2027-12-31", "section": "The project"},
        {"key": "focus", "label": "Main focus", "required": true, "type": "single_choice",
         "options": [{"value": "rural", "label": "Rural communities"}, {"value": "urban", "label": "Urban neighbourhoods"}],
         "section": "The project"},
        {"key": "registration", "label": "Registration certificate", "required": true, "type": "file",
         "accept": ["pdf", "docx"], "max_files": 3, "section": "Attachments"}
    ]})
}

/// An open call with `questions` as its form.
pub async fn open_call_with(app: &TestApp, questions: Value) -> String {
    let officer = app.officer().await;
    let call = app.draft_call(&officer).await;
    let set = app.put(&format!("/calls/{call}/form"), &officer.token, questions).await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.text);
    let published = app.post_empty(&format!("/calls/{call}/publish"), &officer.token).await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    call
}

#[tokio::test]
async fn a_call_page_lists_its_form_section_by_section_with_limits() {
    let app = spawn_app().await;
    let call = open_call_with(&app, form()).await;
    let page = Browser::new(&app).get(&format!("/calls/{call}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    let html = &page.text;
    assert!(html.contains("What the application form asks"), "{html}");
    for expected in [
        "<h3><bdi>The project</bdi></h3>",
        "<h3><bdi>Attachments</bdi></h3>",
        "Summarise your project",
        "Say who benefits and how.",
        "Up to 300 words.",
        "Up to 12 characters.",
        "A number from 10 to 5000.",
        "A date from 1 January 2027 to 31 December 2027",
        "Rural communities",
        "Urban neighbourhoods",
        "Accepted formats: PDF, DOCX. Up to 3 files",
    ] {
        assert!(html.contains(expected), "missing {expected:?} in {html}");
    }
    let project = html.find("The project</bdi></h3>").unwrap();
    let attachments = html.find("Attachments</bdi></h3>").unwrap();
    let certificate = html.find("Registration certificate").unwrap();
    assert!(
        project < attachments && attachments < certificate,
        "sections out of order"
    );
    let acronym = &html[html.find("Project acronym").unwrap()..];
    assert!(acronym[..200].contains("Optional"), "{acronym}");
    let summary = &html[html.find("Summarise your project").unwrap()..];
    assert!(summary[..200].contains("Required"), "{summary}");
    assert_eq!(
        html.matches("What the application form asks").count(),
        1,
        "the form's section is shown once, in the page"
    );
}

#[tokio::test]
async fn a_call_page_s_title_is_the_call_s_title_alone() {
    let app = spawn_app().await;
    let call = open_call_with(&app, form()).await;
    let title = app.get(&format!("/calls/{call}"), "").await.body["title"]
        .as_str()
        .expect("title")
        .to_owned();
    let page = Browser::new(&app).get(&format!("/calls/{call}")).await;
    let start = page.text.find("<title>").expect("a title") + "<title>".len();
    let end = page.text[start..].find("</title>").expect("its end") + start;
    assert_eq!(&page.text[start..end], format!("{title} – grantdesk"));
}

#[tokio::test]
async fn a_call_page_follows_its_form_in_the_readers_language_and_when_it_grows() {
    let app = spawn_app().await;
    let call = open_call_with(&app, json!({"questions": [form()["questions"][0].clone()]})).await;
    let french = Browser::speaking(&app, "fr").get(&format!("/calls/{call}")).await;
    assert!(
        french.text.contains("Ce que demande le formulaire de candidature"),
        "{}",
        french.text
    );
    assert!(french.text.contains("Obligatoire"), "{}", french.text);
    let before = Browser::new(&app).get(&format!("/calls/{call}")).await;
    assert!(!before.text.contains("Project acronym"));
    let officer = app.officer().await;
    let grown = json!({"questions": [form()["questions"][0].clone(), form()["questions"][1].clone()]});
    let set = app.put(&format!("/calls/{call}/form"), &officer.token, grown).await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.text);
    let after = Browser::new(&app).get(&format!("/calls/{call}")).await;
    assert!(
        after.text.contains("Project acronym"),
        "the kept page was served after the form grew"
    );
}

#[tokio::test]
async fn a_call_page_without_a_form_says_so() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.draft_call(&officer).await;
    let published = app.post_empty(&format!("/calls/{call}/publish"), &officer.token).await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    let page = Browser::new(&app).get(&format!("/calls/{call}")).await;
    assert!(page.text.contains("has no questions yet"), "{}", page.text);
}

#[tokio::test]
async fn the_header_sign_in_and_register_links_bring_a_visitor_back() {
    let app = spawn_app().await;
    let call = open_call_with(&app, form()).await;
    let mut browser = Browser::new(&app);
    let page = browser.get(&format!("/calls/{call}")).await;
    let next = format!("?next=%2Fcalls%2F{call}");
    assert!(page.text.contains(&format!("href=\"/sign-in{next}\"")), "{}", page.text);
    assert!(
        page.text.contains(&format!("href=\"/register{next}\"")),
        "{}",
        page.text
    );
    let home = browser.get("/").await;
    assert!(home.text.contains("href=\"/sign-in\""), "{}", home.text);
    let sign_in = browser.get(&format!("/sign-in{next}")).await;
    assert!(!sign_in.text.contains("next=%2Fsign-in"), "{}", sign_in.text);
    let applicant = app.applicant().await;
    let back = format!("/calls/{call}");
    let signed_in = browser
        .fill(
            &format!("/sign-in{next}"),
            "/sign-in",
            &[
                ("email", &applicant.email),
                ("password", crate::support::PASSWORD),
                ("next", &back),
            ],
        )
        .await;
    assert_eq!(crate::portal::location(&signed_in), back);
}
