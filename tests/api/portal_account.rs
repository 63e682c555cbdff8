//! The portal's account pages at the HTML level (no browser): the second step of signing
//! in, email verification and password reset through the emailed links (used only by the
//! page's button), settings (language, password, two-factor, sessions) and notifications;
//! CSRF refusals and other people's sessions and notifications answering 404. The browser
//! walks are in `browser_account.rs`.

use axum::http::{StatusCode, header};
use chrono::Duration;
use grantdesk::clock::Clock;
use serde_json::json;

use crate::portal::{Browser, csrf_token, hidden_value};
use crate::support::{Answer, PASSWORD, TestApp, spawn_app};

const NEW_PASSWORD: &str = "another sound password 2027";

fn location(answer: &Answer) -> &str {
    answer
        .headers
        .get(header::LOCATION)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
}

/// The two-factor secret a settings page shows (without its spaces).
pub fn secret_on(html: &str) -> String {
    let start = html
        .find(r#"<p class="secret" id="secret"><code>"#)
        .expect("the secret is shown");
    let after = &html[start..];
    let code = &after[after.find("<code>").unwrap() + 6..after.find("</code>").unwrap()];
    code.replace(' ', "")
}

/// The code an authenticator app shows for `secret` now.
pub fn code_now(app: &TestApp, secret: &str, email: &str) -> String {
    let totp = grantdesk::auth::mfa_rules::totp(secret, email).expect("totp");
    grantdesk::auth::mfa_rules::code_at(&totp, app.clock.now())
}

/// Registers through the portal's form; answers the email address.
async fn registered(browser: &mut Browser<'_>) -> String {
    let email = format!("{}@example.org", uuid::Uuid::new_v4().simple());
    let fields = [
        ("full_name", "Leila Haddad"),
        ("email", email.as_str()),
        ("password", PASSWORD),
    ];
    let answer = browser.fill("/register", "/register", &fields).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.text);
    email
}

#[tokio::test]
async fn a_verification_link_opens_a_page_whose_button_alone_confirms_the_address_once() {
    let app = spawn_app().await;
    let mut browser = Browser::new(&app);
    let email = registered(&mut browser).await;
    let dashboard = browser.get("/portal").await;
    assert!(dashboard.text.contains("Confirm your email address"), "the banner");
    let token = app.token_in_outbox("verify_email", &email).await;

    // A mail scanner fetching the link uses nothing up.
    for _ in 0..2 {
        let page = browser.get(&format!("/verify-email?token={token}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.text.contains("Confirm my email address"));
    }
    let account = grantdesk::auth::store::find_user_by_email(&app.db, &email)
        .await
        .unwrap()
        .unwrap();
    assert!(account.email_verified_at.is_none(), "not verified by a GET");

    let page_path = format!("/verify-email?token={token}");
    let confirmed = browser
        .fill(&page_path, "/verify-email", &[("token", token.as_str())])
        .await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.text);
    assert!(confirmed.text.contains("Email address confirmed"));
    assert!(
        !browser.get("/portal").await.text.contains("Send me a new link"),
        "no banner"
    );

    let again = browser
        .fill(&page_path, "/verify-email", &[("token", token.as_str())])
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.text.contains("This link does not work"), "{}", again.text);
}

#[tokio::test]
async fn the_dashboard_banner_sends_a_new_link_and_the_first_one_stops_working() {
    let app = spawn_app().await;
    let mut browser = Browser::new(&app);
    let email = registered(&mut browser).await;
    let first = app.token_in_outbox("verify_email", &email).await;

    let sent = browser.fill("/portal", "/portal/verify-email/resend", &[]).await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.text);
    assert!(sent.text.contains("We sent you a new link"));
    let stale = browser
        .fill("/verify-email", "/verify-email", &[("token", first.as_str())])
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "the first link was replaced");
    let newest = newer_token(&app, "verify_email", &email, &first).await;
    let confirmed = browser
        .fill("/verify-email", "/verify-email", &[("token", newest.as_str())])
        .await;
    assert!(confirmed.text.contains("Email address confirmed"), "{}", confirmed.text);
}

/// The token of the message of `rule` to `email` in the outbox that carries another link
/// than `replaced` (the clock stands still in tests, so the two share their instant).
async fn newer_token(app: &TestApp, rule: &str, email: &str, replaced: &str) -> String {
    let (rows, _) = grantdesk::reminders::store::list(&app.db, None, None, (500, 0))
        .await
        .expect("outbox");
    let tokens: Vec<String> = rows
        .iter()
        .filter(|row| row.rule == rule && row.recipient == email)
        .map(|row| crate::support::token_in(&row.body))
        .collect();
    assert_eq!(tokens.len(), 2, "the first link and the new one: {tokens:?}");
    tokens.into_iter().find(|token| token != replaced).expect("a new link")
}

#[tokio::test]
async fn forgetting_a_password_answers_the_same_for_anyone_and_the_link_sets_a_new_one_once() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let mut elsewhere = Browser::new(&app);
    elsewhere.sign_in(&applicant.email).await;
    let mut browser = Browser::new(&app);

    let unknown = browser
        .fill(
            "/forgot-password",
            "/forgot-password",
            &[("email", "nobody@example.org")],
        )
        .await;
    let known = browser
        .fill("/forgot-password", "/forgot-password", &[("email", &applicant.email)])
        .await;
    assert_eq!(unknown.status, known.status);
    assert!(known.text.contains("Check your email"));
    assert_eq!(
        unknown.text.replace(&csrf_of(&unknown), ""),
        known.text.replace(&csrf_of(&known), "")
    );
    let token = app.token_in_outbox("password_reset", &applicant.email).await;
    let link = format!("/reset-password?token={token}");
    assert!(browser.get(&link).await.text.contains("Choose a new password"));

    let short = browser
        .fill(
            &link,
            "/reset-password",
            &[("token", &token), ("new_password", "short")],
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.text.contains("There is a problem") && short.text.contains("at least 10 characters"));
    let fields = [("token", token.as_str()), ("new_password", NEW_PASSWORD)];
    let reset = browser.fill(&link, "/reset-password", &fields).await;
    assert_eq!(reset.status, StatusCode::OK, "{}", reset.text);
    assert!(reset.text.contains("Your password has been changed"));

    assert!(
        location(&elsewhere.get("/portal").await).starts_with("/sign-in"),
        "every portal session ended"
    );
    let reused = browser.fill(&link, "/reset-password", &fields).await;
    assert_eq!(reused.status, StatusCode::CONFLICT);
    assert!(reused.text.contains("This link does not work"));
    let signed_in = browser
        .fill(
            "/sign-in",
            "/sign-in",
            &[("email", &applicant.email), ("password", NEW_PASSWORD)],
        )
        .await;
    assert_eq!(location(&signed_in), "/portal");
}

fn csrf_of(answer: &Answer) -> String {
    if answer.text.contains(r#"name="csrf_token""#) {
        csrf_token(&answer.text)
    } else {
        String::new()
    }
}

#[tokio::test]
async fn a_reset_link_older_than_an_hour_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let mut browser = Browser::new(&app);
    browser
        .fill("/forgot-password", "/forgot-password", &[("email", &applicant.email)])
        .await;
    let token = app.token_in_outbox("password_reset", &applicant.email).await;
    app.clock.advance(Duration::minutes(61));

    let fields = [("token", token.as_str()), ("new_password", NEW_PASSWORD)];
    let late = browser.fill("/forgot-password", "/reset-password", &fields).await;

    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(late.text.contains("Ask for a new link to reset your password"));
    assert_eq!(location(&browser.sign_in(&applicant.email).await), "/portal");
}

#[tokio::test]
async fn with_two_factor_sign_in_the_password_leads_to_the_code_and_only_a_right_code_starts_the_session() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    app.enrol_totp(&applicant).await;
    let mut browser = Browser::new(&app);

    let step = browser.sign_in(&applicant.email).await;
    assert_eq!(step.status, StatusCode::OK);
    assert!(step.text.contains("Enter your security code"));
    assert!(!browser.has_cookie("gd_session"), "no session on a password alone");
    let mfa_token = hidden_value(&step.text, "mfa_token");
    let token = csrf_token(&step.text);

    let empty = code_step(&mut browser, &token, &mfa_token, "").await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.text.contains("Enter the code from your authenticator app"));
    let wrong = code_step(&mut browser, &token, &mfa_token, "000000").await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong.text.contains("The code is wrong or was already used"),
        "{}",
        wrong.text
    );
    assert!(!browser.has_cookie("gd_session"));

    let code = app.totp_code(applicant.id, &applicant.email);
    let right = code_step(&mut browser, &token, &mfa_token, &code).await;
    assert_eq!(location(&right), "/portal", "{}", right.text);
    assert_eq!(browser.get("/portal").await.status, StatusCode::OK);
    let used = code_step(&mut browser, &token, &mfa_token, &code).await;
    assert_eq!(
        used.status,
        StatusCode::FORBIDDEN,
        "the old form's token is not the session's"
    );
}

async fn code_step(browser: &mut Browser<'_>, csrf: &str, mfa_token: &str, code: &str) -> Answer {
    let fields = [
        ("csrf_token", csrf),
        ("mfa_token", mfa_token),
        ("code", code),
        ("next", ""),
    ];
    browser.post_form("/sign-in/code", &fields).await
}

#[tokio::test]
async fn wrong_codes_at_sign_in_are_throttled_and_a_recovery_code_works_once() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let recovery = app.enrol_totp(&applicant).await;
    let mut browser = Browser::new(&app);
    let step = browser.sign_in(&applicant.email).await;
    let (token, mfa_token) = (csrf_token(&step.text), hidden_value(&step.text, "mfa_token"));

    for _ in 0..3 {
        let wrong = code_step(&mut browser, &token, &mfa_token, "000000").await;
        assert!(wrong.text.contains("The code is wrong"), "{}", wrong.text);
    }
    let held = code_step(&mut browser, &token, &mfa_token, &recovery[0]).await;
    assert_eq!(held.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(held.text.contains("try again in"), "{}", held.text);
    assert!(!browser.has_cookie("gd_session"));

    app.clock.advance(Duration::minutes(16));
    let step = browser.sign_in(&applicant.email).await;
    let (token, mfa_token) = (csrf_token(&step.text), hidden_value(&step.text, "mfa_token"));
    let recovered = code_step(&mut browser, &token, &mfa_token, &recovery[0].to_uppercase()).await;
    assert_eq!(location(&recovered), "/portal", "{}", recovered.text);

    let mut other = Browser::new(&app);
    let step = other.sign_in(&applicant.email).await;
    let (token, mfa_token) = (csrf_token(&step.text), hidden_value(&step.text, "mfa_token"));
    let reused = code_step(&mut other, &token, &mfa_token, &recovery[0]).await;
    assert!(reused.text.contains("The code is wrong"), "a recovery code works once");
}

#[tokio::test]
async fn a_finance_user_without_a_second_factor_is_led_to_enrol_and_reaches_nothing_else_until_then() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let email = format!("{}@office.example", uuid::Uuid::new_v4().simple());
    let body = json!({"email": email, "password": PASSWORD, "full_name": "Farida Osei", "roles": ["finance"]});
    assert_eq!(app.post("/users", &admin.token, body).await.status, StatusCode::CREATED);
    let mut browser = Browser::new(&app);

    let signed_in = browser.sign_in(&email).await;
    assert_eq!(location(&signed_in), "/portal/settings/two-factor");
    assert_eq!(location(&browser.get("/portal").await), "/portal/settings/two-factor");
    assert_eq!(
        location(&browser.get("/portal/settings").await),
        "/portal/settings/two-factor"
    );
    let page = browser.get("/portal/settings/two-factor").await;
    assert!(
        page.text.contains("Your role needs two-factor sign-in"),
        "{}",
        page.text
    );

    browser
        .fill("/portal/settings/two-factor", "/portal/settings/two-factor/enrol", &[])
        .await;
    let enrolment = browser.get("/portal/settings/two-factor").await;
    assert!(enrolment.text.contains("<svg"), "the QR code inline");
    let secret = secret_on(&enrolment.text);
    let code = code_now(&app, &secret, &email);
    let confirmed = browser
        .fill(
            "/portal/settings/two-factor",
            "/portal/settings/two-factor/confirm",
            &[("code", &code)],
        )
        .await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.text);
    assert!(confirmed.text.contains("Keep these recovery codes somewhere safe"));

    assert_eq!(
        browser.get("/portal").await.status,
        StatusCode::OK,
        "enrolled, signed in"
    );
}

#[tokio::test]
async fn an_applicant_enrols_in_settings_and_turns_it_off_only_with_a_current_code() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&applicant.email).await;

    browser
        .fill("/portal/settings/two-factor", "/portal/settings/two-factor/enrol", &[])
        .await;
    let enrolment = browser.get("/portal/settings/two-factor").await;
    let secret = secret_on(&enrolment.text);
    assert_eq!(
        secret_on(&browser.get("/portal/settings/two-factor").await.text),
        secret,
        "shown again, unchanged"
    );
    let wrong = browser
        .fill(
            "/portal/settings/two-factor",
            "/portal/settings/two-factor/confirm",
            &[("code", "000000")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text.contains("There is a problem") && wrong.text.contains(&secret[..4]));
    let code = code_now(&app, &secret, &applicant.email);
    browser
        .fill(
            "/portal/settings/two-factor",
            "/portal/settings/two-factor/confirm",
            &[("code", &code)],
        )
        .await;
    assert!(browser.get("/portal/settings").await.text.contains("<dd>On</dd>"));

    let refused = browser
        .fill(
            "/portal/settings/two-factor",
            "/portal/settings/two-factor/disable",
            &[("code", "000000")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    app.clock.advance(Duration::seconds(30));
    let code = code_now(&app, &secret, &applicant.email);
    let off = browser
        .fill(
            "/portal/settings/two-factor",
            "/portal/settings/two-factor/disable",
            &[("code", &code)],
        )
        .await;
    assert_eq!(location(&off), "/portal/settings?done=two-factor-off");
    let settings = browser.get("/portal/settings?done=two-factor-off").await;
    assert!(settings.text.contains("Two-factor sign-in is off.") && settings.text.contains("<dd>Off</dd>"));
}

#[tokio::test]
async fn the_settings_list_browser_and_program_sessions_and_sign_one_out_but_not_another_persons() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let mut laptop = Browser::new(&app);
    laptop.sign_in(&applicant.email).await;
    let mut phone = Browser::new(&app);
    phone.sign_in(&applicant.email).await;

    let settings = laptop.get("/portal/settings").await;
    assert_eq!(settings.text.matches("/portal/settings/sessions/browser/").count(), 2);
    assert!(
        settings.text.contains("/portal/settings/sessions/api/"),
        "the API's sessions too"
    );
    assert_eq!(settings.text.matches("This browser").count(), 1);
    let phone_session = other_session(&settings.text, "browser");
    let api_session = other_session(&settings.text, "api");

    let intruder = app.applicant().await;
    let mut theirs = Browser::new(&app);
    theirs.sign_in(&intruder.email).await;
    let not_theirs = theirs
        .fill(
            "/portal/settings",
            &format!("/portal/settings/sessions/browser/{phone_session}/end"),
            &[],
        )
        .await;
    assert_eq!(not_theirs.status, StatusCode::NOT_FOUND);
    assert_eq!(phone.get("/portal").await.status, StatusCode::OK, "still signed in");

    let ended = laptop
        .fill(
            "/portal/settings",
            &format!("/portal/settings/sessions/browser/{phone_session}/end"),
            &[],
        )
        .await;
    assert_eq!(location(&ended), "/portal/settings?done=session-ended");
    assert!(location(&phone.get("/portal").await).starts_with("/sign-in"));
    laptop
        .fill(
            "/portal/settings",
            &format!("/portal/settings/sessions/api/{api_session}/end"),
            &[],
        )
        .await;
    let refreshed = app
        .post("/auth/refresh", "", json!({"refresh_token": applicant.refresh_token}))
        .await;
    assert_eq!(refreshed.status, StatusCode::UNAUTHORIZED, "{}", refreshed.text);
}

/// The id of the first session of `kind` on a settings page that is not this browser's.
fn other_session(html: &str, kind: &str) -> String {
    html.split("<tr>")
        .filter(|row| !row.contains("This browser"))
        .find_map(|row| {
            let marker = format!("/portal/settings/sessions/{kind}/");
            let start = row.find(&marker)? + marker.len();
            Some(row[start..start + 36].to_owned())
        })
        .expect("another session")
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_signs_out_every_other_browser() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let mut laptop = Browser::new(&app);
    laptop.sign_in(&applicant.email).await;
    let mut phone = Browser::new(&app);
    phone.sign_in(&applicant.email).await;

    let wrong = laptop
        .fill(
            "/portal/settings/password",
            "/portal/settings/password",
            &[("current_password", "not my password"), ("new_password", NEW_PASSWORD)],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text.contains("Enter your current password"), "{}", wrong.text);
    assert_eq!(phone.get("/portal").await.status, StatusCode::OK);

    let changed = laptop
        .fill(
            "/portal/settings/password",
            "/portal/settings/password",
            &[("current_password", PASSWORD), ("new_password", NEW_PASSWORD)],
        )
        .await;
    assert_eq!(location(&changed), "/portal/settings?done=password");
    assert_eq!(
        laptop.get("/portal").await.status,
        StatusCode::OK,
        "this browser stays in"
    );
    assert!(location(&phone.get("/portal").await).starts_with("/sign-in"));
}

#[tokio::test]
async fn the_language_chosen_in_settings_is_kept_in_the_profile() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&applicant.email).await;

    let none = browser
        .fill(
            "/portal/settings/language",
            "/portal/settings/language",
            &[("language", "xx")],
        )
        .await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(none.text.contains("Choose a language") && none.text.contains(r##"href="#language-en""##));
    let saved = browser
        .fill(
            "/portal/settings/language",
            "/portal/settings/language",
            &[("language", "es")],
        )
        .await;
    assert_eq!(location(&saved), "/portal/settings?done=language");

    assert_eq!(app.get("/me", &applicant.token).await.body["preferred_language"], "es");
    assert!(
        browser
            .get("/portal/settings?done=language")
            .await
            .text
            .contains("Se ha guardado su idioma.")
    );
}

#[tokio::test]
async fn notifications_are_listed_newest_first_unread_in_words_and_marked_read_by_their_reader_only() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    for what in ["first notice", "second notice"] {
        app.clock.advance(Duration::minutes(1));
        notify(&app, applicant.id, what).await;
    }
    let mut browser = Browser::new(&app);
    browser.sign_in(&applicant.email).await;

    let page = browser.get("/portal/notifications").await;
    assert_eq!(page.status, StatusCode::OK);
    let (rows, _, unread) = grantdesk::reminders::service::notifications(&app.db, applicant.id, 50, 0)
        .await
        .unwrap();
    assert!(unread >= 2);
    assert!(
        page.text.contains(&format!("Notifications ({unread} unread)")),
        "the header's count"
    );
    assert!(
        page.text.contains(r#"<strong class="tag">Unread</strong>"#),
        "unread in words"
    );
    let (second, first) = (
        page.text.find("second notice").unwrap(),
        page.text.find("first notice").unwrap(),
    );
    assert!(second < first, "newest first");
    let newest = rows[0].id;

    let mut intruder = Browser::new(&app);
    let other = app.applicant().await;
    intruder.sign_in(&other.email).await;
    let refused = intruder
        .fill(
            "/portal/notifications",
            &format!("/portal/notifications/{newest}/read"),
            &[],
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);

    let read = browser
        .fill(
            "/portal/notifications",
            &format!("/portal/notifications/{newest}/read"),
            &[],
        )
        .await;
    assert_eq!(location(&read), "/portal/notifications");
    let (_, _, after) = grantdesk::reminders::service::notifications(&app.db, applicant.id, 50, 0)
        .await
        .unwrap();
    assert_eq!(after, unread - 1);
    let dashboard = browser.get("/portal").await;
    assert!(
        dashboard
            .text
            .contains(&format!("You have {after} unread notification")),
        "{}",
        dashboard.text
    );
}

/// Tells a person something in the app (and by email), as the services do.
#[tokio::test]
async fn past_99_unread_notifications_the_header_and_the_api_say_99_plus_and_stop_counting() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&applicant.email).await;
    let already = grantdesk::reminders::service::unread_count(&app.db, applicant.id)
        .await
        .unwrap();
    for number in already..99 {
        notify(&app, applicant.id, &format!("notice {number}")).await;
    }
    let page = browser.get("/portal/notifications").await;
    assert!(page.text.contains("Notifications (99 unread)"), "{}", page.text);
    assert!(page.text.contains("You have 99 unread notifications."));

    for number in 99..130 {
        notify(&app, applicant.id, &format!("notice {number}")).await;
    }
    let page = browser.get("/portal/notifications").await;
    assert!(page.text.contains("Notifications (99+ unread)"), "{}", page.text);
    assert!(page.text.contains("You have more than 99 unread notifications."));
    let listed = app.get("/notifications?limit=1", &applicant.token).await;
    assert_eq!(listed.body["unread"], 100, "counted up to 100: {}", listed.text);
}

async fn notify(app: &TestApp, user_id: uuid::Uuid, what: &str) {
    let account = grantdesk::auth::store::find_user(&app.db, user_id)
        .await
        .unwrap()
        .unwrap();
    grantdesk::auth::recovery::security_notice(
        &app.db,
        &app.state.config,
        app.clock.now(),
        &account,
        what,
        format!("Something happened: {what}."),
    )
    .await
    .expect("notified");
}

#[tokio::test]
async fn every_account_form_refuses_a_post_without_the_right_csrf_token_and_changes_nothing() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&applicant.email).await;
    let session = uuid::Uuid::new_v4();
    let before = account_tables(&app).await;
    for action in [
        "/sign-in/code".to_owned(),
        "/verify-email".to_owned(),
        "/portal/verify-email/resend".to_owned(),
        "/forgot-password".to_owned(),
        "/reset-password".to_owned(),
        "/portal/settings/language".to_owned(),
        "/portal/settings/password".to_owned(),
        "/portal/settings/two-factor/enrol".to_owned(),
        "/portal/settings/two-factor/confirm".to_owned(),
        "/portal/settings/two-factor/disable".to_owned(),
        format!("/portal/settings/sessions/browser/{session}/end"),
        format!("/portal/notifications/{session}/read"),
    ] {
        let refused = browser
            .post_form(
                &action,
                &[
                    ("csrf_token", "forged"),
                    ("language", "fr"),
                    ("email", &applicant.email),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{action}: {}", refused.text);
    }
    assert_eq!(account_tables(&app).await, before);
}

/// The rows of every table the account pages write, and the rest of the snapshot.
async fn account_tables(app: &TestApp) -> Vec<i64> {
    let mut counts = app.snapshot().await;
    for table in [
        "web_sessions",
        "user_totp",
        "account_tokens",
        "account_requests",
        "login_failures",
    ] {
        counts.push(app.count(table).await);
    }
    counts
}

#[tokio::test]
async fn signed_out_readers_are_sent_to_sign_in_from_every_account_page() {
    let app = spawn_app().await;
    let mut browser = Browser::new(&app);
    for path in [
        "/portal/settings",
        "/portal/settings/language",
        "/portal/settings/password",
        "/portal/settings/two-factor",
        "/portal/notifications",
    ] {
        let answer = browser.get(path).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{path}");
        assert!(location(&answer).starts_with("/sign-in?next="), "{path}");
    }
}

#[tokio::test]
async fn a_member_sees_the_members_and_invites_someone_and_another_organisation_is_not_found() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&member.email).await;
    let page_path = format!("/portal/organisations/{organisation}/members");
    let invite_path = format!("{page_path}/invite");

    let page = browser.get(&page_path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains(&member.email), "the member is listed");

    let before = app.count("organisation_invitations").await;
    let refused = browser
        .fill(&page_path, &invite_path, &[("email", "not an address")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text.contains("There is a problem") && refused.text.contains(r##"href="#email""##));
    assert_eq!(app.count("organisation_invitations").await, before, "nothing changed");

    let invited = browser
        .fill(&page_path, &invite_path, &[("email", "omar@example.org")])
        .await;
    assert_eq!(location(&invited), format!("{page_path}?done=invited"));
    let page = browser.get(&format!("{page_path}?done=invited")).await;
    assert!(page.text.contains("The invitation has been sent.") && page.text.contains("omar@example.org"));
    app.invitation_token("omar@example.org").await;

    let outsider = app.applicant().await;
    let mut theirs = Browser::new(&app);
    theirs.sign_in(&outsider.email).await;
    assert_eq!(theirs.get(&page_path).await.status, StatusCode::NOT_FOUND);
    let probe = theirs
        .fill("/portal", &invite_path, &[("email", "eve@example.org")])
        .await;
    assert_eq!(probe.status, StatusCode::NOT_FOUND, "{}", probe.text);
    let forged = browser
        .post_form(&invite_path, &[("csrf_token", "forged"), ("email", "x@example.org")])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}
