//! What services used to write in English in code now reaches a reader in their own
//! language: security notices, emailed links, invitations, reminders, and the dates and
//! amounts inside notices. Each test reads the message as it waits in the outbox and finds
//! no English word in it once the data (names, titles, addresses, links) is set aside.

use axum::http::StatusCode;
use chrono::{Datelike, Duration};
use grantdesk::clock::Clock;
use grantdesk::reminders::store::{self, message};
use serde_json::json;

use crate::support::{Actor, PASSWORD, TestApp, spawn_app};

/// English words that no sentence of another language holds (whole words, any case).
const ENGLISH: &[&str] = &[
    "the",
    "your",
    "was",
    "were",
    "with",
    "and",
    "from",
    "to",
    "of",
    "is",
    "it",
    "you",
    "this",
    "has",
    "been",
    "by",
    "for",
    "dear",
    "when",
    "password",
    "account",
    "award",
    "report",
    "submit",
    "invitation",
    "days",
    "changed",
    "signed",
    "programs",
    "regards",
];

/// The English words left in `text` once the data in it (`data`, and every address,
/// link and token) is removed.
fn english_words(text: &str, data: &[&str]) -> Vec<String> {
    let mut text = text.to_owned();
    for item in data {
        text = text.replace(item, " ");
    }
    text.split_whitespace()
        .filter(|word| !word.contains('@') && !word.contains("://") && !word.contains("/api/v1"))
        .flat_map(|word| word.split(|character: char| !character.is_alphanumeric()))
        .filter(|word| ENGLISH.contains(&word.to_lowercase().as_str()))
        .map(str::to_owned)
        .collect()
}

fn assert_no_english(row: &message::Model, data: &[&str]) {
    let whole = format!("{}\n{}", row.subject, row.body);
    let found = english_words(&whole, data);
    assert!(found.is_empty(), "English words {found:?} in:\n{whole}");
}

/// The newest message of `rule` to `email` in the outbox.
async fn newest(app: &TestApp, rule: &str, email: &str) -> message::Model {
    let (rows, _) = store::list(&app.db, None, None, (500, 0)).await.expect("outbox");
    rows.into_iter()
        .find(|row| row.rule == rule && row.recipient == email)
        .unwrap_or_else(|| panic!("a {rule} message to {email}"))
}

async fn speaking(app: &TestApp, actor: &Actor, language: &str) {
    let changed = app
        .patch("/me", &actor.token, json!({"preferred_language": language}))
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
}

/// The data every message may carry as written: the office, the people, the organisation.
const DATA: &[&str] = &[
    "Civil Society Grants Office",
    "Test applicant",
    "Women for Peace Network",
    "grantdesk",
];

#[test]
fn the_check_finds_english_and_ignores_data() {
    assert_eq!(english_words("Le mot de passe was changed", &[]), ["was", "changed"]);
    assert!(english_words("Bonjour Women for Peace Network, https://x.org/reset?token=the", DATA).is_empty());
}

#[tokio::test]
async fn a_french_reader_is_told_of_a_password_change_in_french() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    speaking(&app, &member, "fr").await;
    let changed = app
        .post(
            "/me/password",
            &member.token,
            json!({"current_password": PASSWORD, "new_password": "une toute nouvelle phrase de passe"}),
        )
        .await;
    assert_eq!(changed.status, StatusCode::NO_CONTENT, "{}", changed.text);
    let notice = newest(&app, "security_notice", &member.email).await;
    assert!(
        notice.subject.contains("Avis de sécurité : mot de passe modifié"),
        "{}",
        notice.subject
    );
    assert!(
        notice.body.contains("modifié par une personne connectée"),
        "{}",
        notice.body
    );
    assert_no_english(&notice, DATA);
}

#[tokio::test]
async fn an_arabic_reader_gets_a_password_reset_link_in_arabic() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    speaking(&app, &member, "ar").await;
    let asked = app
        .post("/auth/password-reset", "", json!({"email": member.email}))
        .await;
    assert_eq!(asked.status, StatusCode::ACCEPTED, "{}", asked.text);
    let link = newest(&app, "password_reset", &member.email).await;
    assert!(link.body.contains("ترسل البرامج الرمز"), "{}", link.body);
    assert!(link.body.contains("?token="), "the link is still there: {}", link.body);
    assert_no_english(&link, DATA);
}

#[tokio::test]
async fn an_arabic_reader_is_invited_in_arabic_with_the_right_plural() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let invitee = app.applicant().await;
    speaking(&app, &invitee, "ar").await;
    let invited = app
        .post(
            &format!("/organisations/{organisation}/invitations"),
            &member.token,
            json!({"email": invitee.email}),
        )
        .await;
    assert_eq!(invited.status, StatusCode::ACCEPTED, "{}", invited.text);
    let invitation = newest(&app, "invitation", &invitee.email).await;
    let token = app.invitation_token(&invitee.email).await;
    assert!(
        invitation.body.contains("الدعوة صالحة لمدة 14 يومًا"),
        "{}",
        invitation.body
    );
    assert_no_english(&invitation, &[DATA, &[token.as_str()]].concat());
}

#[tokio::test]
async fn a_french_member_is_reminded_of_a_report_in_french() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    speaking(&app, &scene.member, "fr").await;
    let today = app.clock.now().date_naive();
    let decision = json!({"outcome": "awarded", "reason": "Strong and safe.", "amount": "24500.00",
        "reporting_obligations": [{"kind": "interim_narrative", "due_on": today + Duration::days(20)}]});
    let award = app.active_award(&scene, decision).await;
    let reference = app.get(&format!("/awards/{award}"), &scene.officer.token).await.body["reference"]
        .as_str()
        .expect("reference")
        .to_owned();
    let threshold = (today + Duration::days(6))
        .and_hms_opt(0, 0, 0)
        .expect("time")
        .and_utc();
    app.clock.set(threshold);
    grantdesk::reminders::enqueue_due(&app.state)
        .await
        .expect("the job runs");
    let reminder = newest(&app, "report_due", &scene.member.email).await;
    assert!(
        reminder
            .subject
            .contains(&format!("Rapport narratif intermédiaire de la subvention {reference}")),
        "{}",
        reminder.subject
    );
    assert!(
        reminder.body.contains("Déposez-le depuis la page de la subvention"),
        "{}",
        reminder.body
    );
    assert_no_english(&reminder, &[DATA, &[reference.as_str()]].concat());
}

#[tokio::test]
async fn a_payment_notice_writes_its_amount_and_date_the_readers_way() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    speaking(&app, &scene.member, "fr").await;
    let award = app
        .active_award(
            &scene,
            json!({"outcome": "awarded", "reason": "Strong and safe.", "amount": "24500.00"}),
        )
        .await;
    let requester = app.finance().await;
    let approver = app.finance().await;
    let requested = app
        .request_disbursement(
            &requester,
            &award,
            "fr-1",
            json!({"amount": "1000.00", "currency": "EUR", "payee_reference": "KE-0001"}),
        )
        .await;
    assert_eq!(requested.status, StatusCode::CREATED, "{}", requested.text);
    let id = requested.id();
    let approved = app
        .post_empty(&format!("/disbursements/{id}/approve"), &approver.token)
        .await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.text);
    let today = app.clock.now().date_naive();
    let paid = app
        .post(
            &format!("/disbursements/{id}/pay"),
            &approver.token,
            json!({"paid_on": today, "payment_reference": "BANK-2026-0042"}),
        )
        .await;
    assert_eq!(paid.status, StatusCode::OK, "{}", paid.text);
    let notice = newest(&app, "disbursement_paid", &scene.member.email).await;
    assert!(notice.subject.contains("1\u{a0}000,00 EUR"), "{}", notice.subject);
    let month =
        grantdesk::i18n::Message::new(format!("portal-month-{}", today.month())).render(grantdesk::i18n::Language::Fr);
    let written_date = format!("{} {month} {}", today.day(), today.year());
    assert!(notice.body.contains(&written_date), "{written_date} in {}", notice.body);
    assert!(
        !notice.body.contains(&today.to_string()),
        "no ISO date: {}",
        notice.body
    );
    assert_no_english(&notice, &[DATA, &["BANK-2026-0042"]].concat());
}

#[tokio::test]
async fn field_messages_of_accounts_and_uploads_follow_the_clients_language() {
    use axum::http::Method;
    use grantdesk::http::driver::api_request;
    let app = spawn_app().await;
    let body = json!({"email": "not an address", "password": "short", "full_name": "Amina"});
    let refused = app
        .raw(api_request(
            Method::POST,
            "/auth/register",
            "",
            Some(&body),
            &[("accept-language", "ru")],
        ))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    let messages: Vec<&str> = refused.body["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|error| error["message"].as_str().unwrap_or_default())
        .collect();
    assert!(
        messages.contains(&"не является действительным адресом электронной почты"),
        "{messages:?}"
    );
    assert!(
        messages.contains(&"должен содержать не менее 10 символов"),
        "{messages:?}"
    );

    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let mut request = grantdesk::http::driver::multipart_request(
        &format!("/organisations/{organisation}/documents"),
        &member.token,
        &[("file", Some("vide.pdf"), b"")],
    );
    request
        .headers_mut()
        .insert("accept-language", "fr".parse().expect("a header"));
    let empty = app.raw(request).await;
    assert_eq!(
        empty.detail(),
        "le fichier est vide ; choisissez-le de nouveau",
        "{}",
        empty.text
    );
}
