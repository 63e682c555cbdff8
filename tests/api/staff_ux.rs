//! What a user testing the staff workspace noticed, at the HTML level: where staff land
//! after signing in and what their account page shows them.

use axum::http::StatusCode;
use grantdesk::auth::Role;

use crate::portal::{Browser, csrf_token, location};
use crate::support::spawn_app;

#[tokio::test]
async fn staff_start_in_their_workspace_and_their_account_page_sends_them_there() {
    let app = spawn_app().await;
    for roles in [[Role::Officer], [Role::Reviewer], [Role::Finance], [Role::Admin]] {
        let who = app.user(&roles).await;
        let mut browser = Browser::new(&app);
        let signed_in = browser.sign_in_as(&who).await;
        assert_eq!(signed_in.status, StatusCode::SEE_OTHER, "{roles:?}: {}", signed_in.text);
        assert_eq!(location(&signed_in), "/staff", "{roles:?}");
        let account = browser.get("/portal").await;
        assert!(account.text.contains(r#"href="/staff""#), "{}", account.text);
        assert!(
            account.text.contains("your work is in your workspace"),
            "{}",
            account.text
        );
        for empty in ["Your organisations", "Your applications", "You have no awards"] {
            assert!(
                !account.text.contains(empty),
                "{roles:?} sees {empty}: {}",
                account.text
            );
        }
    }
}

#[tokio::test]
async fn a_page_that_asked_for_the_sign_in_wins_over_the_workspace_and_applicants_keep_their_account() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let mut browser = Browser::new(&app);
    let form = browser.get("/sign-in?next=%2Fstaff%2Fcalls").await;
    let token = csrf_token(&form.text);
    let signed_in = browser
        .post_form(
            "/sign-in",
            &[
                ("csrf_token", token.as_str()),
                ("email", officer.email.as_str()),
                ("password", crate::support::PASSWORD),
                ("next", "/staff/calls"),
            ],
        )
        .await;
    assert_eq!(location(&signed_in), "/staff/calls");

    let applicant = app.applicant().await;
    let mut browser = Browser::new(&app);
    assert_eq!(location(&browser.sign_in_as(&applicant).await), "/portal");
    let account = browser.get("/portal").await;
    assert!(account.text.contains("Your organisations"), "{}", account.text);
}

#[tokio::test]
async fn every_staff_section_and_the_ranking_and_assignment_pages_lead_back_with_one_wording() {
    let app = spawn_app().await;
    let everyone = app
        .user(&[Role::Officer, Role::Reviewer, Role::Finance, Role::Admin])
        .await;
    let call = app.open_call(&everyone).await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&everyone).await;
    let sections = [
        "/staff/reviews",
        "/staff/calls",
        "/staff/screening",
        "/staff/appeals",
        "/staff/diligence",
        "/staff/risk",
        "/staff/events",
        "/staff/payments",
        "/staff/reports",
        "/staff/audit",
        "/staff/users",
        "/staff/sanctions",
        "/staff/outbox",
    ];
    for section in sections {
        let page = browser.get(section).await;
        assert_eq!(page.status, StatusCode::OK, "{section}");
        assert_eq!(
            page.text
                .matches(r#"<a class="back-link" href="&#x2f;staff">Back to the workspace</a>"#)
                .count(),
            1,
            "{section}: {}",
            page.text
        );
    }
    for page in ["ranking", "assign"] {
        let page = browser.get(&format!("/staff/calls/{call}/{page}")).await;
        let back = format!(r#"<a class="back-link" href="&#x2f;staff&#x2f;calls&#x2f;{call}">Back to the call</a>"#);
        assert!(page.text.contains(&back), "{}", page.text);
    }
}

#[tokio::test]
async fn an_open_calls_form_builder_offers_only_adding_optional_questions_and_says_so_in_lower_case() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.draft_call(&officer).await;
    let form = serde_json::json!({"questions": [
        {"key": "started", "label": "When did you start?", "required": true, "type": "date"},
        {"key": "visit", "label": "When could we visit?", "required": false, "type": "date",
         "not_before": "2027-01-01", "not_after": "2027-06-30"}
    ]});
    let set = app.put(&format!("/calls/{call}/form"), &officer.token, form).await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.text);
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&officer).await;
    let builder = format!("/staff/calls/{call}/form");

    let draft = browser.get(&builder).await;
    assert!(draft.text.contains(r#"value="remove:started""#), "{}", draft.text);
    assert!(!draft.text.contains("27 3 2027"), "the limits only: {}", draft.text);
    let visit = draft.text.split("When could we visit?").nth(1).unwrap_or_default();
    let limits = visit.split("</th>").next().unwrap_or_default();
    assert!(limits.contains("From ") && limits.contains("2027"), "{limits}");
    let started = draft.text.split("When did you start?").nth(1).unwrap_or_default();
    assert!(
        !started.split("</th>").next().unwrap_or_default().contains("Limits"),
        "{started}"
    );

    let published = app.post_empty(&format!("/calls/{call}/publish"), &officer.token).await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    let open = browser.get(&builder).await;
    assert!(open.text.contains("This call is open:"), "{}", open.text);
    for refused in [
        r#"value="remove:"#,
        r#"value="up:"#,
        r#"value="down:"#,
        r#"value="required:"#,
        "/form/started",
        r#"name="new-required""#,
    ] {
        assert!(!open.text.contains(refused), "{refused} is offered: {}", open.text);
    }
    assert!(open.text.contains(r#"value="add""#), "{}", open.text);
}

/// Every audit action named in `src/`: the string literals written `subject.what`
/// (`"user.settings_changed"`), leaving out file names and the field paths of forms.
fn audit_actions_in_the_source() -> std::collections::BTreeSet<String> {
    const FILES: [&str; 12] = [
        "html", "pdf", "csv", "txt", "xml", "toml", "json", "ics", "xlsx", "rs", "example", "internal",
    ];
    const FIELD_PATHS: [&str; 8] = ["answers", "scores", "show_if", "traveller", "c", "d", "e", "o"];
    let mut found = std::collections::BTreeSet::new();
    let mut folders = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src/ is readable") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            if path.extension().is_none_or(|extension| extension != "rs") {
                continue;
            }
            let source = std::fs::read_to_string(&path).expect("a source file");
            for literal in source.split('"').skip(1).step_by(2) {
                let Some((subject, what)) = literal.split_once('.') else {
                    continue;
                };
                let word = |part: &str| !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c == '_');
                if word(subject) && word(what) && !FILES.contains(&what) && !FIELD_PATHS.contains(&subject) {
                    found.insert(literal.to_owned());
                }
            }
        }
    }
    found
}

#[test]
fn every_audit_action_has_words_in_every_language() {
    let actions = audit_actions_in_the_source();
    assert!(
        actions.contains("user.settings_changed") && actions.contains("decision.recorded"),
        "{actions:?}"
    );
    let mut missing = Vec::new();
    for action in &actions {
        let id = format!("staff-audit-action-{}", action.replace(['.', '_'], "-"));
        let english = grantdesk::i18n::Message::new(id.clone()).render(grantdesk::i18n::Language::En);
        if english == id {
            missing.push(format!("{action} (en)"));
        }
        for language in grantdesk::i18n::Language::ALL {
            // A message missing in a language falls back to English.
            if language != grantdesk::i18n::Language::En
                && grantdesk::i18n::Message::new(id.clone()).render(language) == english
            {
                missing.push(format!("{action} ({})", language.code()));
            }
        }
    }
    assert!(missing.is_empty(), "no words for {missing:?}");
}

/// The opening tags `<name …>` of `html` that contain `with`.
fn tags<'a>(html: &'a str, name: &str, with: &'a str) -> Vec<&'a str> {
    html.split(&format!("<{name} "))
        .skip(1)
        .map(|rest| rest.split('>').next().unwrap_or_default())
        .filter(|tag| tag.contains(with))
        .collect()
}

#[tokio::test]
async fn typed_text_takes_the_direction_of_what_is_typed_and_a_call_s_words_keep_theirs() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let mut browser = Browser::speaking(&app, "ar");
    browser.sign_in_as(&officer).await;
    for page in ["/staff/calls/new".to_owned(), format!("/staff/calls/{call}/form")] {
        let form = browser.get(&page).await;
        assert_eq!(form.status, StatusCode::OK, "{page}");
        let fields: Vec<&str> = tags(&form.text, "textarea", "")
            .into_iter()
            .chain(tags(&form.text, "input", r#"type="text""#))
            .collect();
        assert!(!fields.is_empty(), "{page}");
        for field in fields {
            assert!(field.contains(r#"dir="auto""#), "{page}: <{field}>");
        }
    }
    let public = browser.get(&format!("/calls/{call}")).await;
    assert!(public.text.contains(r#"<p dir="auto">"#), "{}", public.text);
    assert!(
        public.text.contains('\u{2068}') && public.text.contains('\u{2069}'),
        "each end of the grant range is isolated: {}",
        public.text
    );
}
