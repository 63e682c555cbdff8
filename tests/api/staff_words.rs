//! The staff and portal pages say every refusal and amount in the reader's language (the
//! leftovers of #18): a sponsorship's budget refusal with its amounts written the reader's
//! way, the trip's do-no-harm gate, a payment over its ceiling, a trip confirmed without a
//! receipt, while the API keeps its English `detail`; an office's own regions named per
//! language; a file question's hint naming the office's upload limit.

use axum::http::StatusCode;
use grantdesk::clock::Clock;

use crate::portal::{Browser, hidden_value};
use crate::sponsorships::{decide, open_event, request};
use crate::support::{Actor, TestApp, spawn_app};

/// Someone signed in to the portal who chose `language` (`fr`, `ar`, ...).
async fn reading<'a>(app: &'a TestApp, who: &Actor, language: &str) -> Browser<'a> {
    let mut browser = Browser::new(app);
    browser.sign_in_as(who).await;
    browser.get(&format!("/language/{language}?back=%2Fportal")).await;
    browser
}

#[tokio::test]
async fn an_over_budget_refusal_writes_its_amounts_the_readers_way_while_the_api_keeps_its_own() {
    let app = spawn_app().await;
    let event = open_event(&app, "2000.00").await;
    let amina = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let brian = request(&app, &event, "Brian Otieno", "male", "18-24").await;
    assert_eq!(decide(&app, &event, &amina, "approved").await.status, StatusCode::OK);
    let page = format!("/staff/events/{}/requests/{brian}", event.id);
    let fields = [("outcome", "approved"), ("reason", "Important.")];
    let mut french = reading(&app, &event.officer, "fr").await;
    let mut english = reading(&app, &event.officer, "en").await;
    let before = app.snapshot().await;

    let refused = french.fill(&page, &page, &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(
        refused
            .text
            .contains("totaliseraient 3\u{a0}539,62 EUR, au-delà du budget de l’événement de 2\u{a0}000,00 EUR"),
        "{}",
        refused.text
    );
    assert!(!refused.text.contains("2000.00"), "{}", refused.text);

    let refused = english.fill(&page, &page, &fields).await;
    assert!(
        refused
            .text
            .contains("would total 3,539.62 EUR, over the event&#x27;s budget of 2,000.00 EUR"),
        "{}",
        refused.text
    );
    assert_eq!(app.snapshot().await, before, "nothing changed");

    let api = decide(&app, &event, &brian, "approved").await;
    assert_eq!(api.problem_type(), "budget-exceeded");
    assert!(
        api.detail()
            .contains("3539.62 EUR, over the event's budget of 2000.00 EUR"),
        "{}",
        api.text
    );
}

#[tokio::test]
async fn the_trips_do_no_harm_gate_is_said_in_french_and_arabic_on_the_decision_page() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let nadia = request(&app, &event, "Nadia Karimova", "female", "25-34").await;
    let assessment = format!("/sponsorship-requests/{nadia}/risk-assessment");
    let submitted = app
        .post(&assessment, &event.officer.token, crate::support::risk_body("low"))
        .await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.text);
    let page = format!("/staff/events/{}/requests/{nadia}", event.id);
    let fields = [("outcome", "approved"), ("reason", "Important.")];

    let mut french = reading(&app, &event.officer, "fr").await;
    let refused = french.fill(&page, &page, &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(
        refused
            .text
            .contains("l’évaluation des risques « ne pas nuire » du voyage n’est pas encore approuvée"),
        "{}",
        refused.text
    );
    let mut arabic = reading(&app, &event.officer, "ar").await;
    let refused = arabic.fill(&page, &page, &fields).await;
    assert!(
        refused
            .text
            .contains("لم يُوافَق بعدُ على تقييم مخاطر «عدم الإضرار» للرحلة"),
        "{}",
        refused.text
    );

    let critical = request(&app, &event, "Farid Nazari", "male", "35-49").await;
    let assessment = format!("/sponsorship-requests/{critical}/risk-assessment");
    app.post(&assessment, &event.officer.token, crate::support::risk_body("critical"))
        .await;
    let approved = app
        .post_empty(&format!("{assessment}/approve"), &event.officer.token)
        .await;
    assert_eq!(approved.body["status"], "approved", "{}", approved.text);
    let page = format!("/staff/events/{}/requests/{critical}", event.id);
    let refused = french.fill(&page, &page, &fields).await;
    assert!(
        refused
            .text
            .contains("du voyage est critique, ce qui empêche le parrainage"),
        "{}",
        refused.text
    );
    let api = decide(&app, &event, &critical, "approved").await;
    assert_eq!(api.problem_type(), "risk-gate");
    assert_eq!(
        api.detail(),
        "the residual do-no-harm risk of the trip is critical, which blocks sponsorship"
    );
    assert_eq!(
        app.get(&format!("/sponsorship-requests/{critical}"), &event.officer.token)
            .await
            .body["status"],
        "submitted"
    );
}

#[tokio::test]
async fn a_payment_over_the_advance_is_refused_on_the_amount_in_french_with_french_figures() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let amina = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    assert_eq!(decide(&app, &event, &amina, "approved").await.status, StatusCode::OK);
    let finance = app.finance().await;
    let mut french = reading(&app, &finance, "fr").await;
    let page = format!("/staff/payments/sponsorships/{amina}");
    let form = french.get(&page).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.text);
    let before = app.snapshot().await;
    let key = hidden_value(&form.text, "idempotency_key");
    let fields = [
        ("idempotency_key", key.as_str()),
        ("amount", "12345.00"),
        ("currency", "EUR"),
        ("payee_reference", "AT61 1904 3002 3457 3201"),
    ];
    let refused = french.fill(&page, &page, &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(
        refused
            .text
            .contains("12\u{a0}345,00 EUR porterait les versements au-delà du plafond fixé pour l’avance ("),
        "{}",
        refused.text
    );
    assert!(refused.text.contains(r##"href="#amount""##), "{}", refused.text);
    assert_eq!(app.snapshot().await, before, "nothing changed");

    let api = app
        .request_payment(
            &finance,
            &format!("/sponsorship-requests/{amina}/disbursements"),
            "over",
            serde_json::json!({"amount": "12345.00", "currency": "EUR", "payee_reference": "AT61"}),
        )
        .await;
    assert_eq!(api.problem_type(), "disbursement-ceiling", "{}", api.text);
    assert!(
        api.detail()
            .starts_with("12345.00 EUR would take disbursements over the advance ("),
        "{}",
        api.text
    );
}

#[tokio::test]
async fn a_trip_confirmed_without_a_receipt_is_refused_in_french() {
    let app = spawn_app().await;
    let mut event = open_event(&app, "50000.00").await;
    let amina = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    assert_eq!(decide(&app, &event, &amina, "approved").await.status, StatusCode::OK);
    app.clock.set(
        chrono::DateTime::parse_from_rfc3339("2027-03-03T17:00:00Z")
            .expect("instant")
            .with_timezone(&chrono::Utc),
    );
    event.member = app.signed_in_again(&event.member).await;
    let mut french = reading(&app, &event.member, "fr").await;
    let page = format!("/portal/sponsorships/{amina}");
    let refused = french.fill(&page, &format!("{page}/confirm"), &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(
        refused.text.contains(
            "téléversez au moins un billet, une carte d’embarquement ou un reçu avant de confirmer le voyage"
        ),
        "{}",
        refused.text
    );
}

#[tokio::test]
async fn an_office_region_is_named_in_french_where_its_file_gives_a_name_and_as_given_elsewhere() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("regions.toml");
    std::fs::write(
        &file,
        "[[regions]]\nname = \"Lake Chad Basin\"\ncountries = [\"NE\", \"TD\", \"CM\", \"NG\"]\n\
         names = { fr = \"Bassin du lac Tchad\", ar = \"حوض بحيرة تشاد\" }\n\n\
         [[regions]]\nname = \"Central Asia\"\ncountries = [\"KG\", \"KZ\"]\n",
    )
    .expect("the regions file is written");
    let path = file.to_string_lossy().into_owned();
    let app = crate::support::spawn_app_with(&[("GRANTDESK_REGIONS", path.as_str())]).await;

    let french = Browser::speaking(&app, "fr").get("/").await;
    assert_eq!(french.status, StatusCode::OK, "{}", french.text);
    assert!(
        french
            .text
            .contains(r#"<option value="Lake Chad Basin">Bassin du lac Tchad</option>"#),
        "{}",
        french.text
    );
    assert!(
        french.text.contains(">Asie centrale</option>"),
        "the catalogue's name: {}",
        french.text
    );
    let arabic = Browser::speaking(&app, "ar").get("/").await;
    assert!(arabic.text.contains(">حوض بحيرة تشاد</option>"), "{}", arabic.text);
    let spanish = Browser::speaking(&app, "es").get("/").await;
    assert!(
        spanish
            .text
            .contains(r#"<option value="Lake Chad Basin">Lake Chad Basin</option>"#),
        "no Spanish name: the given one: {}",
        spanish.text
    );

    let officer = app.officer().await;
    let call = app.draft_call(&officer).await;
    let mut staff = reading(&app, &officer, "fr").await;
    let terms = staff.get(&format!("/staff/calls/{call}/edit")).await;
    assert!(terms.text.contains("Bassin du lac Tchad"), "{}", terms.text);
}

#[tokio::test]
async fn a_file_questions_hint_names_the_offices_upload_limit_which_refuses_a_larger_file() {
    let five_mib = (5 * 1024 * 1024).to_string();
    let app = crate::support::spawn_app_with(&[("GRANTDESK_MAX_FILE_BYTES", five_mib.as_str())]).await;
    let officer = app.officer().await;
    let call = app.draft_call(&officer).await;
    let mut staff = Browser::new(&app);
    staff.sign_in_as(&officer).await;
    let builder = format!("/staff/calls/{call}/form");
    let fields = [
        ("action", "add"),
        ("new-label", "Budget"),
        ("new-kind", "file"),
        ("new-accept", "pdf"),
    ];
    let added = staff.fill(&builder, &builder, &fields).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text);
    let hint = "Accepted formats: PDF. One file, each of at most 5 MB.";
    let preview = staff.get(&format!("/staff/calls/{call}/preview")).await;
    assert!(preview.text.contains(hint), "the builder's preview: {}", preview.text);
    assert!(staff.get(&builder).await.text.contains(hint), "the builder's list");
    let published = app.post_empty(&format!("/calls/{call}/publish"), &officer.token).await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    let public = Browser::new(&app).get(&format!("/calls/{call}")).await;
    assert!(public.text.contains(hint), "the public call page: {}", public.text);
    let french = Browser::speaking(&app, "fr").get(&format!("/calls/{call}")).await;
    assert!(french.text.contains("de 5 Mo au plus chacun"), "{}", french.text);

    let member = app.applicant().await;
    app.organisation(&member).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&member.email).await;
    let id = crate::portal_apply::start(&mut browser, &call).await;
    let page = format!("/portal/applications/{id}/form/0");
    assert!(browser.get(&page).await.text.contains(hint), "the applicant's page");
    let six_megabytes = [b"%PDF-1.4\n".as_slice(), &vec![b'x'; 6 * 1024 * 1024 - 9]].concat();
    let large = crate::portal_apply::save_page(
        &mut browser,
        &page,
        &[("action", "upload")],
        &[("file-budget", "budget.pdf", &six_megabytes)],
    )
    .await;
    assert_eq!(large.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", large.text);
    let problems = crate::portal_apply::summary(&large);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, "#file-budget");
    assert_eq!(app.count("documents").await, 0);
}

#[tokio::test]
async fn a_decision_amount_over_the_request_is_refused_in_french_with_french_figures() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let application = app.awardable(&scene).await;
    let page = format!("/staff/decisions/{application}");
    let due = (app.clock.now() + chrono::Duration::days(30)).date_naive().to_string();
    let fields = [
        ("outcome", "awarded"),
        ("reason", "Strong proposal."),
        ("amount", "30000.00"),
        ("tranches-0-amount", "20000.00"),
        ("tranches-0-due_on", due.as_str()),
        ("tranches-0-condition", "Signed agreement"),
    ];
    let mut french = reading(&app, &scene.officer, "fr").await;
    let before = app.snapshot().await;

    let refused = french.fill(&page, &page, &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    for said in [
        "ne doit pas dépasser le montant demandé de 24\u{a0}500,00 EUR",
        "les montants doivent totaliser la subvention de 30\u{a0}000,00 EUR, et non 20\u{a0}000,00 EUR",
    ] {
        assert!(refused.text.contains(said), "{said}: {}", refused.text);
    }
    assert!(!refused.text.contains("must not exceed"), "{}", refused.text);
    assert_eq!(app.snapshot().await, before, "nothing changed");
}
