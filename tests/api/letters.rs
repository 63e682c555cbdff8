//! Award letters as their readers get them over HTTP: a PDF whose extracted text names the
//! organisation in its own script, the amounts and every tranche; the same bytes each time.

use axum::http::StatusCode;
use chrono::Duration;
use grantdesk::clock::Clock;
use lopdf::Document;
use serde_json::json;
use unicode_normalization::UnicodeNormalization;

use crate::support::{Scene, TestApp, organisation_body, spawn_app};

const CYRILLIC: &str = "Общественный фонд «Голос»";
const ARABIC: &str = "جمعية النور للتنمية";

/// The text of every page, NFKC-normalised, without whitespace (line breaks fall anywhere).
pub(crate) fn pdf_text(bytes: &[u8]) -> String {
    let document = Document::load_mem(bytes).expect("a PDF lopdf can read");
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    let text = document.extract_text(&pages).expect("text");
    text.nfkc().filter(|character| !character.is_whitespace()).collect()
}

pub(crate) fn compact(text: &str) -> String {
    text.nfkc().filter(|character| !character.is_whitespace()).collect()
}

/// A scene whose organisation bears `legal_name`, with an active award of 24,500.00 EUR
/// in two tranches and two reports.
async fn award_to(app: &TestApp, legal_name: &str) -> (Scene, String) {
    let officer = app.officer().await;
    let member = app.applicant().await;
    let mut body = organisation_body();
    body["legal_name"] = json!(legal_name);
    let created = app.post("/organisations", &member.token, body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let call = app.open_call(&officer).await;
    let scene = Scene {
        officer,
        member,
        organisation: created.id(),
        call,
    };
    let day = |days| (app.clock.now() + Duration::days(days)).date_naive();
    let decision = json!({
        "outcome": "awarded",
        "reason": "Funded.",
        "amount": "24500.00",
        "tranches": [
            {"percent": "60", "due_on": day(30), "condition": "Acceptance of the terms"},
            {"percent": "40", "due_on": day(200), "condition": "Interim report received", "condition_report": 0},
        ],
        "reporting_obligations": [
            {"kind": "interim_narrative", "due_on": day(180)},
            {"kind": "final_financial", "due_on": day(400)},
        ],
    });
    let award = app.active_award(&scene, decision).await;
    (scene, award)
}

#[tokio::test]
async fn the_letter_names_the_organisation_in_cyrillic_and_states_every_amount() {
    let app = spawn_app().await;
    let (scene, award) = award_to(&app, CYRILLIC).await;
    let letter = app
        .get(&format!("/awards/{award}/letter.pdf"), &scene.member.token)
        .await;
    assert_eq!(letter.status, StatusCode::OK, "{}", letter.text);
    assert_eq!(letter.headers["content-type"], "application/pdf");
    assert!(letter.bytes.starts_with(b"%PDF-"));
    let text = pdf_text(&letter.bytes);
    let reference = app.get(&format!("/awards/{award}"), &scene.member.token).await.body["reference"]
        .as_str()
        .expect("reference")
        .to_owned();
    for expected in [
        CYRILLIC,
        "24,500.00 EUR",
        "twenty-four thousand five hundred euro",
        "14,700.00",
        "9,800.00",
        "Interim report received",
        "Interim narrative report",
        "Final financial report",
        "Youth and women leading prevention",
        &reference,
        "page 1 of",
    ] {
        assert!(text.contains(&compact(expected)), "`{expected}` missing from: {text}");
    }

    let again = app
        .get(&format!("/awards/{award}/letter.pdf"), &scene.officer.token)
        .await;
    assert_eq!(again.bytes, letter.bytes, "the same award gives the same bytes");
}

#[tokio::test]
async fn an_arabic_name_comes_through_the_letter() {
    let app = spawn_app().await;
    let (scene, award) = award_to(&app, ARABIC).await;
    let letter = app
        .get(&format!("/awards/{award}/letter.pdf"), &scene.member.token)
        .await;
    assert_eq!(letter.status, StatusCode::OK);
    let text = pdf_text(&letter.bytes);
    // Extractors give Arabic either in logical order or as drawn (right to left, reversed).
    let logical = compact(ARABIC);
    let visual: String = logical.chars().rev().collect();
    let words_visual = ARABIC
        .split(' ')
        .map(|word| compact(word).chars().rev().collect::<String>())
        .all(|word| text.contains(&word));
    assert!(
        text.contains(&logical) || text.contains(&visual) || words_visual,
        "the Arabic name is missing from: {text}"
    );
}

#[tokio::test]
async fn only_the_organisation_and_staff_read_the_letter() {
    let app = spawn_app().await;
    let (_, award) = award_to(&app, "Voices of Osh").await;
    let path = format!("/awards/{award}/letter.pdf");
    let finance = app.finance().await;
    assert_eq!(app.get(&path, &finance.token).await.status, StatusCode::OK);
    let outsider = app.applicant().await;
    app.organisation(&outsider).await;
    let reviewer = app.reviewer().await;
    for actor in [&outsider, &reviewer] {
        let answer = app.get(&path, &actor.token).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{}", actor.email);
        assert!(answer.is_problem());
    }
    assert_eq!(app.get(&path, "").await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_letter_speaks_the_organisations_language_or_the_one_asked_for() {
    let app = spawn_app().await;
    let (scene, award) = award_to(&app, CYRILLIC).await;
    let changed = app
        .patch(
            &format!("/organisations/{}", scene.organisation),
            &scene.member.token,
            json!({"correspondence_language": "fr"}),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    let path = format!("/awards/{award}/letter.pdf");

    let french = app.get(&path, &scene.member.token).await;
    assert_eq!(french.status, StatusCode::OK, "{}", french.text);
    let text = pdf_text(&french.bytes);
    for expected in [
        CYRILLIC,
        "24 500,00 EUR (vingt-quatre mille cinq cents euros et 00/100)",
        "Nous avons le plaisir de vous informer",
        "Rapport narratif intermédiaire",
        "Lettre d’attribution",
    ] {
        assert!(text.contains(&compact(expected)), "`{expected}` missing from: {text}");
    }
    assert!(!text.contains("Dearpartners"), "no English left: {text}");

    let russian = app.get(&format!("{path}?lang=ru"), &scene.officer.token).await;
    assert_eq!(russian.status, StatusCode::OK, "{}", russian.text);
    let text = pdf_text(&russian.bytes);
    for expected in [
        CYRILLIC,
        "двадцать четыре тысячи пятьсот евро",
        "Промежуточный описательный отчёт",
    ] {
        assert!(text.contains(&compact(expected)), "`{expected}` missing from: {text}");
    }
    let chinese = app.get(&format!("{path}?lang=zh"), &scene.member.token).await;
    assert!(pdf_text(&chinese.bytes).contains("两万四千五百欧元"));
    assert!(chinese.bytes.len() < 200_000, "{} bytes", chinese.bytes.len());

    for refused in ["de", "FR", ""] {
        let answer = app.get(&format!("{path}?lang={refused}"), &scene.member.token).await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{refused}: {}",
            answer.text
        );
        assert_eq!(answer.headers["content-type"], "application/problem+json");
    }
    let outsider = app.applicant().await;
    app.organisation(&outsider).await;
    let hidden = app.get(&format!("{path}?lang=fr"), &outsider.token).await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND);
}
