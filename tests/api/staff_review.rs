//! The review cycle's staff pages at the HTML level (no browser): who may open them, the
//! reviewer's own assignments only, CSRF, bad input shown again with nothing saved, blind
//! review, conflicts shown and refused, the award gate naming what is missing, the
//! decision's check page (nothing recorded before its final button, which checks again),
//! and appeals resolved by another officer. The walk in a real browser is in
//! `browser_staff_review.rs`.

use axum::http::StatusCode;
use grantdesk::auth::Role;
use grantdesk::clock::Clock;
use serde_json::json;

use crate::portal::{Browser, csrf_token, hidden_value};
use crate::support::{Scene, TestApp, form, form_with, page, refused_to, refused_to_each, spawn_app};

/// An application of the scene under review by `reviewer`, and a browser signed in as them.
async fn reviewing<'a>(app: &'a TestApp, scene: &Scene) -> (String, crate::support::Actor, Browser<'a>) {
    let reviewer = app.reviewer().await;
    let application = app.under_review(scene, &reviewer).await;
    let mut browser = Browser::new(app);
    browser.sign_in_as(&reviewer).await;
    (application, reviewer, browser)
}

#[tokio::test]
async fn a_reviewer_saves_a_draft_comes_back_and_submits_it_then_it_is_read_only() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let (application, _, mut browser) = reviewing(&app, &scene).await;
    let list = browser.get("/staff/reviews").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.text.contains("Not started"), "{}", list.text);
    assert!(list.text.contains("Women for Peace Network"), "{}", list.text);
    let path = format!("/staff/reviews/{application}");
    let page = browser.get(&path).await;
    assert!(page.text.contains("Relevance") && page.text.contains("A whole number from 0 to 5"));
    let fields = [
        ("scores.relevance", "4"),
        ("scores.feasibility", "3"),
        ("comment", "Clear plan, modest budget."),
        ("action", "save"),
    ];
    let saved = browser.fill(&path, &path, &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let list = browser.get("/staff/reviews?done=saved").await;
    assert!(list.text.contains("Your review is saved"), "{}", list.text);
    let again = browser.get(&path).await;
    assert!(again.text.contains(r#"value="4""#), "{}", again.text);
    assert!(again.text.contains("Clear plan, modest budget."));
    let mut officer = Browser::new(&app);
    officer.sign_in_as(&scene.officer).await;
    let board = officer.get(&format!("/staff/calls/{}/assign", scene.call)).await;
    assert!(board.text.contains("Review in progress (draft)"), "{}", board.text);
    let ranking = officer.get(&format!("/staff/calls/{}/ranking", scene.call)).await;
    assert!(
        !ranking.text.contains("Clear plan, modest budget."),
        "a draft is not in the ranking"
    );
    let fields = [
        ("scores.relevance", "5"),
        ("scores.feasibility", "3"),
        ("comment", "Clear plan, modest budget."),
        ("action", "submit"),
    ];
    assert_eq!(browser.fill(&path, &path, &fields).await.status, StatusCode::SEE_OTHER);
    let list = browser.get("/staff/reviews?done=submitted").await;
    assert!(
        list.text.contains("It is final and counts in the ranking"),
        "{}",
        list.text
    );
    let ranking = officer.get(&format!("/staff/calls/{}/ranking", scene.call)).await;
    assert!(ranking.text.contains("Clear plan, modest budget."), "{}", ranking.text);

    let read_only = browser.get(&path).await;
    assert!(
        read_only.text.contains("You have submitted this review"),
        "{}",
        read_only.text
    );
    assert!(
        !read_only.text.contains(r#"name="scores.relevance""#),
        "no form: {}",
        read_only.text
    );
    let token = csrf_token(&read_only.text);
    let changed = [
        ("csrf_token", token.as_str()),
        ("scores.relevance", "1"),
        ("scores.feasibility", "1"),
        ("comment", "Changed my mind."),
        ("action", "save"),
    ];
    let refused = browser.post_form(&path, &changed).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text.to_lowercase().contains("review is submitted"),
        "{}",
        refused.text
    );
    let reviews = app
        .get(&format!("/applications/{application}/reviews"), &scene.officer.token)
        .await;
    assert_eq!(reviews.body[0]["scores"]["relevance"], 5);
    assert_eq!(app.count("reviews").await, 1);
}

#[tokio::test]
async fn scores_out_of_scale_show_the_form_again_and_save_nothing() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let (application, _, mut browser) = reviewing(&app, &scene).await;
    let path = format!("/staff/reviews/{application}");
    for (relevance, feasibility) in [("9", "3"), ("four", "3"), ("", "")] {
        let fields = [
            ("scores.relevance", relevance),
            ("scores.feasibility", feasibility),
            ("comment", "Fine."),
            ("action", "submit"),
        ];
        let refused = browser.fill(&path, &path, &fields).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{relevance}");
        assert!(refused.text.contains("error-summary"), "{}", refused.text);
        assert!(
            refused.text.contains(r##"href="#scores.relevance""##),
            "{}",
            refused.text
        );
        assert!(refused.text.contains(&format!(r#"value="{relevance}""#)));
    }
    assert_eq!(app.count("reviews").await, 0);
}

#[tokio::test]
async fn a_reviewer_opening_another_reviewers_assignment_finds_nothing() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let (application, _, _) = reviewing(&app, &scene).await;
    let other = app.reviewer().await;
    let path = format!("/staff/reviews/{application}");
    let conflict = format!("{path}/conflict");
    let scores = [
        ("scores.relevance", "4"),
        ("scores.feasibility", "4"),
        ("comment", "Sneaky."),
    ];
    let visits = [
        page(&path),
        form_with(&path, &scores),
        page(&conflict),
        form_with(&conflict, &[("reason", "Not mine to review.")]),
    ];
    refused_to_each(&app, &[(&other, StatusCode::NOT_FOUND)], &visits).await;
    let mut browser = Browser::new(&app);
    browser.sign_in_as(&other).await;
    let list = browser.get("/staff/reviews").await;
    assert!(!list.text.contains(&application));
    assert_eq!(app.count("reviews").await, 0);
}

#[tokio::test]
async fn forms_without_the_csrf_token_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let (application, _, mut reviewer) = reviewing(&app, &scene).await;
    let path = format!("/staff/reviews/{application}");
    let scores = [
        ("scores.relevance", "4"),
        ("scores.feasibility", "4"),
        ("comment", "Fine."),
    ];
    assert_eq!(reviewer.post_form(&path, &scores).await.status, StatusCode::FORBIDDEN);
    let conflict = [("reason", "My cousin runs it.")];
    assert_eq!(
        reviewer.post_form(&format!("{path}/conflict"), &conflict).await.status,
        StatusCode::FORBIDDEN
    );
    let submitted = app
        .submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    let mut officer = Browser::new(&app);
    officer.sign_in_as(&scene.officer).await;
    let met = [("met", "registered_cso"), ("met", "two_years_active")];
    let screened = officer.post_form(&format!("/staff/screening/{submitted}"), &met).await;
    assert_eq!(screened.status, StatusCode::FORBIDDEN);
    let other = app.reviewer().await;
    let other_id = other.id.to_string();
    let assign = [
        ("application_id", application.as_str()),
        ("reviewer_id", other_id.as_str()),
    ];
    let assigned = officer
        .post_form(&format!("/staff/calls/{}/assign", scene.call), &assign)
        .await;
    assert_eq!(assigned.status, StatusCode::FORBIDDEN);
    let decide = [("outcome", "rejected"), ("reason", "Weak.")];
    let decided = officer
        .post_form(&format!("/staff/decisions/{application}"), &decide)
        .await;
    assert_eq!(decided.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("reviews").await, 0);
    assert_eq!(app.count("decisions").await, 0);
    assert_eq!(app.count("review_assignments").await, 1);
    let status = app
        .get(&format!("/applications/{submitted}"), &scene.officer.token)
        .await;
    assert_eq!(status.body["status"], "submitted");
}

#[tokio::test]
async fn each_page_refuses_the_wrong_role() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let (application, _, _) = reviewing(&app, &scene).await;
    let submitted = app
        .submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    let (screening, assign) = (
        format!("/staff/screening/{submitted}"),
        format!("/staff/calls/{}/assign", scene.call),
    );
    let officers = [
        page("/staff/screening"),
        page(&screening),
        form(&screening),
        page(&assign),
        form(&assign),
        page(format!("/staff/calls/{}/ranking", scene.call)),
        page(format!("/staff/decisions/{application}")),
        form(format!("/staff/decisions/{application}")),
        page("/staff/appeals"),
    ];
    refused_to(&app, &[Role::Officer], &officers).await;
    let (scoring, conflict) = (
        format!("/staff/reviews/{application}"),
        format!("/staff/reviews/{application}/conflict"),
    );
    let reviewers = [
        page("/staff/reviews"),
        page(&scoring),
        form(&scoring),
        page(&conflict),
        form(&conflict),
    ];
    refused_to(&app, &[Role::Reviewer], &reviewers).await;
}

#[tokio::test]
async fn a_blind_review_call_never_shows_the_organisation_to_its_reviewer() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let changed = app
        .patch(
            &format!("/calls/{}", scene.call),
            &scene.officer.token,
            json!({"blind_review": true}),
        )
        .await;
    let call = if changed.status == StatusCode::OK {
        scene.call.clone()
    } else {
        let mut body = crate::support::call_body(app.clock.now());
        body["blind_review"] = json!(true);
        let created = app.post("/calls", &scene.officer.token, body).await;
        assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
        let id = created.id();
        app.post_empty(&format!("/calls/{id}/publish"), &scene.officer.token)
            .await;
        id
    };
    let blind = Scene {
        call,
        officer: scene.officer.clone(),
        member: scene.member.clone(),
        organisation: scene.organisation.clone(),
    };
    let (application, _, mut browser) = reviewing(&app, &blind).await;
    let list = browser.get("/staff/reviews").await;
    assert!(list.text.contains("Hidden: blind review"), "{}", list.text);
    assert!(!list.text.contains("Women for Peace Network"));
    let page = browser.get(&format!("/staff/reviews/{application}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.text.contains("Women for Peace Network"), "{}", page.text);
}

#[tokio::test]
async fn a_reviewer_who_is_a_member_is_shown_as_conflicted_and_assigning_them_is_refused() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app
        .submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    app.make_eligible(&scene.officer, &application).await;
    let insider = app.user(&[Role::Reviewer, Role::Applicant]).await;
    app.join(&scene.member, &scene.organisation, &insider).await;
    let mut officer = Browser::new(&app);
    officer.sign_in_as(&scene.officer).await;
    let path = format!("/staff/calls/{}/assign", scene.call);
    let page = officer.get(&path).await;
    assert!(
        page.text.contains("member of the applicant organisation"),
        "{}",
        page.text
    );
    let insider_id = insider.id.to_string();
    let fields = [
        ("application_id", application.as_str()),
        ("reviewer_id", insider_id.as_str()),
    ];
    let refused = officer.fill(&path, &path, &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(refused.text.contains("error-summary"));
    assert!(refused.text.contains("cannot review"), "{}", refused.text);
    assert_eq!(app.count("review_assignments").await, 0);
}

#[tokio::test]
async fn the_award_gate_names_what_is_missing_with_links_and_awards_nothing() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app.reviewed(&scene).await;
    let mut officer = Browser::new(&app);
    officer.sign_in_as(&scene.officer).await;
    let ranking = officer.get(&format!("/staff/calls/{}/ranking", scene.call)).await;
    assert!(
        ranking.text.contains(&format!("/staff/decisions/{application}")),
        "{}",
        ranking.text
    );
    let path = format!("/staff/decisions/{application}");
    let fields = [
        ("outcome", "awarded"),
        ("reason", "Strong proposal."),
        ("amount", "20000.00"),
    ];
    let refused = officer.fill(&path, &path, &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(
        refused
            .text
            .contains(&format!("/staff/diligence/{}", scene.organisation)),
        "{}",
        refused.text
    );
    assert!(refused.text.contains(&format!("/staff/risk/{application}")));
    assert!(
        refused.text.contains("no do-no-harm risk assessment"),
        "{}",
        refused.text
    );
    assert_eq!(app.count("decisions").await, 0);
}

#[tokio::test]
async fn tranches_that_do_not_add_up_show_the_form_again_and_decide_nothing() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app.awardable(&scene).await;
    let mut officer = Browser::new(&app);
    officer.sign_in_as(&scene.officer).await;
    let path = format!("/staff/decisions/{application}");
    let due = (app.clock.now() + chrono::Duration::days(30)).date_naive().to_string();
    let fields = [
        ("outcome", "awarded"),
        ("reason", "Strong proposal."),
        ("amount", "20000.00"),
        ("tranches-0-amount", "12000.00"),
        ("tranches-0-due_on", due.as_str()),
        ("tranches-1-amount", "5000.00"),
        ("tranches-1-due_on", due.as_str()),
    ];
    let refused = officer.fill(&path, &path, &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(refused.text.contains("error-summary"));
    assert!(refused.text.contains(r#"value="12000.00""#));
    let bad_date = [
        ("outcome", "awarded"),
        ("reason", "Fine."),
        ("amount", "20000.00"),
        ("tranches-0-amount", "20000.00"),
        ("tranches-0-due_on", "soon"),
    ];
    let refused = officer.fill(&path, &path, &bad_date).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text.contains(r##"href="#tranches-0-due_on""##),
        "{}",
        refused.text
    );
    assert_eq!(app.count("decisions").await, 0);
    let right = [
        ("outcome", "awarded"),
        ("reason", "Strong proposal."),
        ("amount", "20000.00"),
        ("tranches-0-amount", "12000.00"),
        ("tranches-0-due_on", due.as_str()),
        ("tranches-1-amount", "8000.00"),
        ("tranches-1-due_on", due.as_str()),
        ("obligations-0-kind", "final_narrative"),
        ("obligations-0-due_on", due.as_str()),
    ];
    let checked = officer.fill(&path, &path, &right).await;
    assert_eq!(checked.status, StatusCode::OK, "{}", checked.text);
    let decided = officer.post_form(&path, &borrowed(&recording(&checked.text))).await;
    assert_eq!(decided.status, StatusCode::SEE_OTHER, "{}", decided.text);
    let found = app
        .get(&format!("/applications/{application}"), &scene.officer.token)
        .await;
    assert_eq!(found.body["status"], "awarded");
    assert_eq!(found.body["decision"]["tranches"].as_array().map(Vec::len), Some(2));
}

/// The check page's hidden fields (with its CSRF token) and its "Record the decision"
/// button, as the browser sends them.
fn recording(check_page: &str) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = check_page
        .split(r#"<input type="hidden" name=""#)
        .skip(1)
        .filter_map(|rest| {
            let (name, rest) = rest.split_once('"')?;
            let value = rest.strip_prefix(r#" value=""#)?.split('"').next()?;
            Some((name.to_owned(), value.to_owned()))
        })
        .collect();
    fields.push(("action".to_owned(), "record".to_owned()));
    fields
}

/// `fields` as `post_form` takes them.
fn borrowed(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect()
}

/// An award of 20,000.00 in two tranches due in 30 and 90 days, with a final report.
fn award_fields(app: &TestApp) -> Vec<(&'static str, String)> {
    let due = |days| {
        (app.clock.now() + chrono::Duration::days(days))
            .date_naive()
            .to_string()
    };
    vec![
        ("outcome", "awarded".to_owned()),
        ("reason", "Strong proposal.".to_owned()),
        ("amount", "20000.00".to_owned()),
        ("tranches-0-amount", "12000.00".to_owned()),
        ("tranches-0-due_on", due(30)),
        ("tranches-0-condition", "Signed agreement".to_owned()),
        ("tranches-1-amount", "8000.00".to_owned()),
        ("tranches-1-due_on", due(90)),
        ("obligations-0-kind", "final_narrative".to_owned()),
        ("obligations-0-due_on", due(120)),
    ]
}

/// The decision page of an awardable application of the scene, and its officer's browser.
async fn deciding<'a>(app: &'a TestApp, scene: &Scene) -> (String, Browser<'a>) {
    let application = app.awardable(scene).await;
    let mut officer = Browser::new(app);
    officer.sign_in_as(&scene.officer).await;
    (format!("/staff/decisions/{application}"), officer)
}

/// An awardable application of the scene, its officer's browser, and the check page they
/// reach with the award of [`award_fields`].
async fn award_checked<'a>(app: &'a TestApp, scene: &Scene) -> (String, Browser<'a>, crate::support::Answer) {
    let (path, mut officer) = deciding(app, scene).await;
    let application = path.trim_start_matches("/staff/decisions/").to_owned();
    let typed = award_fields(app);
    let typed: Vec<(&str, &str)> = typed.iter().map(|(name, value)| (*name, value.as_str())).collect();
    let check = officer.fill(&path, &path, &typed).await;
    assert_eq!(check.status, StatusCode::OK, "{}", check.text);
    (application, officer, check)
}

#[tokio::test]
async fn the_check_page_shows_the_decision_and_nothing_is_recorded_until_the_final_button() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let (application, mut officer, check) = award_checked(&app, &scene).await;
    let path = format!("/staff/decisions/{application}");
    for shown in [
        "Check the decision before you record it",
        "Award a grant",
        "Strong proposal.",
        "20,000.00\u{a0}EUR",
        "12,000.00\u{a0}EUR",
        "8,000.00\u{a0}EUR",
        "Signed agreement",
        "Final narrative report",
        "The tranches add up to the amount awarded.",
        "Record the decision",
    ] {
        assert!(check.text.contains(shown), "{shown} in {}", check.text);
    }
    assert_eq!(check.text.matches(r#"value="change""#).count(), 5, "{}", check.text);
    let found = format!("/applications/{application}");
    assert_eq!(
        app.get(&found, &scene.officer.token).await.body["status"],
        "under_review"
    );
    assert_eq!(app.count("decisions").await, 0);
    assert_eq!(app.count("awards").await, 0);

    let mut change = recording(&check.text);
    change.retain(|(name, _)| name != "action");
    change.push(("action".to_owned(), "change".to_owned()));
    let form = officer.post_form(&path, &borrowed(&change)).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.text.contains(r#"value="12000.00""#), "{}", form.text);
    assert!(form.text.contains("Signed agreement"));
    assert!(
        form.text.contains(r#"value="final_narrative" selected"#),
        "{}",
        form.text
    );
    assert_eq!(app.count("decisions").await, 0);

    let recorded = officer.post_form(&path, &borrowed(&recording(&check.text))).await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.text);
    let ranking = crate::portal::location(&recorded).to_owned();
    assert!(ranking.starts_with(&format!("/staff/calls/{}/ranking", scene.call)));
    let told = officer.get(ranking.split('#').next().unwrap_or_default()).await;
    assert_eq!(told.status, StatusCode::OK);
    assert!(told.text.contains("The decision is recorded."), "{}", told.text);
    let plain = officer.get(&format!("/staff/calls/{}/ranking", scene.call)).await;
    assert!(!plain.text.contains("The decision is recorded."));
    let awarded = app.get(&found, &scene.member.token).await;
    assert_eq!(awarded.body["status"], "awarded");
    assert_eq!(awarded.body["decision"]["tranches"].as_array().map(Vec::len), Some(2));

    let stale = officer.post_form(&path, &borrowed(&recording(&check.text))).await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "{}", stale.text);
    assert!(
        stale.text.contains("decided since the form was opened"),
        "{}",
        stale.text
    );
    assert_eq!(app.count("decisions").await, 1);
    assert_eq!(app.count("awards").await, 1);
}

#[tokio::test]
async fn change_brings_back_the_tranches_in_the_order_typed_and_the_check_page_says_it_sorts_them() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let (path, mut officer) = deciding(&app, &scene).await;
    let typed: Vec<(&str, String)> = award_fields(&app)
        .into_iter()
        .map(|(name, value)| match name {
            "tranches-0-amount" => (name, "8000.00".to_owned()),
            "tranches-1-amount" => (name, "12000.00".to_owned()),
            "tranches-0-condition" => ("tranches-1-condition", value),
            _ => (name, value),
        })
        .map(|(name, value)| match name {
            "tranches-0-due_on" => ("tranches-1-due_on", value),
            "tranches-1-due_on" => ("tranches-0-due_on", value),
            _ => (name, value),
        })
        .collect();
    let later = field(&typed, "tranches-0-due_on");
    let sooner = field(&typed, "tranches-1-due_on");
    assert!(later > sooner, "typed out of date order");
    let check = officer.fill(&path, &path, &borrowed_typed(&typed)).await;
    assert_eq!(check.status, StatusCode::OK, "{}", check.text);
    assert!(
        check.text.contains("listed by due date") && check.text.contains("you typed them in another order"),
        "{}",
        check.text
    );
    let first = check.text.find("12,000.00").expect("the tranche due first");
    let second = check.text.find("8,000.00").expect("the tranche due last");
    assert!(first < second, "shown by due date: {}", check.text);

    let mut change = recording(&check.text);
    change.retain(|(name, _)| name != "action");
    change.push(("action".to_owned(), "change".to_owned()));
    let form = officer.post_form(&path, &borrowed(&change)).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.text);
    for (name, value) in typed.iter().filter(|(name, _)| name.starts_with("tranches-")) {
        assert_eq!(&hidden_value(&form.text, name), value, "{name} as typed: {}", form.text);
    }
    assert_eq!(app.count("decisions").await, 0);

    let in_order = award_fields(&app);
    let in_order = officer.fill(&path, &path, &borrowed_typed(&in_order)).await;
    assert_eq!(in_order.status, StatusCode::OK, "{}", in_order.text);
    assert!(!in_order.text.contains("listed by due date"), "{}", in_order.text);
}

/// The value typed in `name`.
fn field<'a>(typed: &'a [(&str, String)], name: &str) -> &'a str {
    typed
        .iter()
        .find(|(typed_name, _)| *typed_name == name)
        .map(|(_, value)| value.as_str())
        .unwrap_or_default()
}

/// Typed fields as `fill` takes them.
fn borrowed_typed<'a>(typed: &'a [(&'a str, String)]) -> Vec<(&'a str, &'a str)> {
    typed.iter().map(|(name, value)| (*name, value.as_str())).collect()
}

#[tokio::test]
async fn a_forged_final_post_whose_tranches_do_not_add_up_shows_the_form_again_and_records_nothing() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let (application, mut officer, check) = award_checked(&app, &scene).await;
    let path = format!("/staff/decisions/{application}");
    let mut forged = recording(&check.text);
    for (name, value) in &mut forged {
        if name == "tranches-1-amount" {
            *value = "5000.00".to_owned();
        }
    }
    let refused = officer.post_form(&path, &borrowed(&forged)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(refused.text.contains("error-summary"), "{}", refused.text);
    assert!(
        refused.text.contains("amounts must total the award"),
        "{}",
        refused.text
    );
    assert!(
        refused.text.contains(r#"value="5000.00""#),
        "the form shows what was sent"
    );
    assert_eq!(app.count("decisions").await, 0);
    let found = app
        .get(&format!("/applications/{application}"), &scene.officer.token)
        .await;
    assert_eq!(found.body["status"], "under_review");
}

#[tokio::test]
async fn the_decision_steps_refuse_the_wrong_role() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app.awardable(&scene).await;
    let path = format!("/staff/decisions/{application}");
    let fields = award_fields(&app);
    let steps = ["check", "change", "record"].map(|action| {
        let mut sent = vec![("action", action)];
        sent.extend(fields.iter().map(|(name, value)| (*name, value.as_str())));
        form_with(&path, &sent)
    });
    refused_to(&app, &[Role::Officer], &steps).await;
    assert_eq!(app.count("decisions").await, 0);
}

#[tokio::test]
async fn an_officer_screens_from_the_queue_and_the_applicant_reads_the_reason() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app
        .submitted_application(&scene.member, &scene.organisation, &scene.call)
        .await;
    let mut officer = Browser::new(&app);
    officer.sign_in_as(&scene.officer).await;
    let queue = officer.get("/staff/screening").await;
    assert!(
        queue.text.contains(&format!("/staff/screening/{application}")),
        "{}",
        queue.text
    );
    let path = format!("/staff/screening/{application}");
    let no_reason = officer.fill(&path, &path, &[("met", "registered_cso")]).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", no_reason.text);
    assert!(no_reason.text.contains("checked"), "the ticked box stays ticked");
    let fields = [("met", "registered_cso"), ("reason", "Active for one year only.")];
    assert_eq!(officer.fill(&path, &path, &fields).await.status, StatusCode::SEE_OTHER);
    let found = app
        .get(&format!("/applications/{application}"), &scene.member.token)
        .await;
    assert_eq!(found.body["status"], "ineligible");
    assert_eq!(
        found.body["eligibility"]["failed_criteria"][0]["key"],
        "two_years_active"
    );
}

#[tokio::test]
async fn an_appeal_is_resolved_by_another_officer_than_the_decider() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app.reviewed(&scene).await;
    let rejected = app
        .post(
            &format!("/applications/{application}/decision"),
            &scene.officer.token,
            json!({"outcome": "rejected", "reason": "Outside the call's themes."}),
        )
        .await;
    assert_eq!(rejected.status, StatusCode::OK, "{}", rejected.text);
    let appealed = app
        .post(
            &format!("/applications/{application}/appeals"),
            &scene.member.token,
            json!({"grounds": "The project is on youth, a theme of the call."}),
        )
        .await;
    assert_eq!(appealed.status, StatusCode::CREATED, "{}", appealed.text);
    let appeal = appealed.id();
    let path = format!("/staff/appeals/{appeal}");
    refused_to(&app, &[Role::Officer], &[page(&path), form(&path)]).await;
    let mut decider = Browser::new(&app);
    decider.sign_in_as(&scene.officer).await;
    let queue = decider.get("/staff/appeals").await;
    assert!(queue.text.contains("another officer resolves"), "{}", queue.text);
    let own = decider.get(&path).await;
    assert!(!own.text.contains(r#"name="outcome""#), "{}", own.text);
    let token = csrf_token(&own.text);
    let fields = [
        ("csrf_token", token.as_str()),
        ("outcome", "overturned"),
        ("reason", "Mine."),
    ];
    let refused = decider.post_form(&path, &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    let second = app.officer().await;
    let mut other = Browser::new(&app);
    other.sign_in_as(&second).await;
    let empty = other.fill(&path, &path, &[("outcome", "upheld")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields = [
        ("outcome", "overturned"),
        ("reason", "Youth is one of the call's themes."),
    ];
    let resolved = other.fill(&path, &path, &fields).await;
    assert_eq!(resolved.status, StatusCode::SEE_OTHER, "{}", resolved.text);
    let found = app
        .get(&format!("/applications/{application}"), &scene.member.token)
        .await;
    assert_eq!(found.body["status"], "under_review");
}
