//! The portal's account flows in headless Chromium (the harness of `browser.rs`, axe on
//! every page): the link of each real email received by the test SMTP server is followed
//! as a person would (its path opened on the test server, since the mail names the public
//! address): register and verify; forget and reset a password, in Arabic; enrol two-factor
//! sign-in in settings, sign in again with a code computed from the shown secret, sign
//! another session out, and invite someone to the organisation.

use fantoccini::Locator;
use serde_json::json;

use crate::accounts::{PUBLIC_URL, app_with_mail, mails_to};
use crate::browser::{Browser, browser_available};
use crate::portal_account::{code_now, secret_on};
use crate::smtp::{Mail, SmtpServer};
use crate::support::{PASSWORD, TestApp};

/// The path and query of the link to `page` in the newest real email to `email`.
async fn link_in_mail(app: &TestApp, server: &SmtpServer, email: &str, page: &str) -> String {
    let mails = mails_to(app, server, email).await;
    let prefix = format!("{PUBLIC_URL}{page}?token=");
    let text = mails
        .iter()
        .rev()
        .map(Mail::text)
        .find(|text| text.contains(&prefix))
        .unwrap_or_else(|| panic!("a mail to {email} with a {prefix} link"));
    let after = text.split(&prefix).nth(1).expect("the link");
    format!("{page}?token={}", crate::support::token_in(after))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_newcomer_registers_and_verifies_their_address_with_the_link_of_the_email() {
    if !browser_available("a_newcomer_registers_and_verifies_their_address") {
        return;
    }
    let (app, server) = app_with_mail().await;
    let browser = Browser::open(&app, true).await;

    browser.visit("/register").await;
    browser.fill("Full name", "Leila Haddad").await;
    browser.fill("Email address", "leila@example.org").await;
    browser.fill("Create a password", PASSWORD).await;
    browser.click("Create account").await;
    assert_eq!(browser.path().await, "/portal");
    assert!(browser.text().await.contains("We sent a link to leila@example.org"));

    let link = link_in_mail(&app, &server, "leila@example.org", "/verify-email").await;
    browser.visit(&link).await;
    assert!(browser.text().await.contains("Confirm your email address"));
    browser.click("Confirm my email address").await;
    assert!(browser.text().await.contains("Email address confirmed"));
    browser.click("Go to your account").await;
    assert!(
        !browser.text().await.contains("Send me a new link"),
        "the banner is gone"
    );
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_arabic_a_forgotten_password_is_reset_with_the_emailed_link_and_the_new_one_signs_in() {
    if !browser_available("in_arabic_a_forgotten_password_is_reset") {
        return;
    }
    let (app, server) = app_with_mail().await;
    let applicant = app.applicant().await;
    let browser = Browser::open(&app, true).await;

    browser.visit("/sign-in").await;
    browser.click("العربية").await;
    assert_eq!(browser.html_attribute("dir").await, "rtl");
    browser.click("هل نسيت كلمة المرور؟").await;
    browser.fill("البريد الإلكتروني", &applicant.email).await;
    browser.screenshot("forgot-password-arabic").await;
    browser.click("إرسال الرابط").await;
    assert!(browser.text().await.contains("افحص بريدك الإلكتروني"));

    let link = link_in_mail(&app, &server, &applicant.email, "/reset-password").await;
    browser.visit(&link).await;
    assert_eq!(browser.html_attribute("lang").await, "ar");
    browser.fill("أنشئ كلمة مرور", "short").await;
    browser.click("حفظ كلمة المرور الجديدة").await;
    assert!(browser.text().await.contains("توجد مشكلة"), "the error summary");
    browser.fill("أنشئ كلمة مرور", "كلمة مرور جديدة وطويلة 2027").await;
    browser.click("حفظ كلمة المرور الجديدة").await;
    assert!(browser.text().await.contains("تم تغيير كلمة المرور"));

    browser.visit("/sign-in").await;
    browser.fill("البريد الإلكتروني", &applicant.email).await;
    browser.fill("كلمة المرور", "كلمة مرور جديدة وطويلة 2027").await;
    browser.click("تسجيل الدخول").await;
    assert_eq!(browser.path().await, "/portal");
    browser.visit(&link).await;
    browser.fill("أنشئ كلمة مرور", "another password again").await;
    browser.click("حفظ كلمة المرور الجديدة").await;
    assert!(browser.text().await.contains("هذا الرابط لا يعمل"), "a link works once");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_applicant_enrols_two_factor_in_settings_signs_in_again_with_a_code_and_signs_a_program_out() {
    if !browser_available("an_applicant_enrols_two_factor_in_settings") {
        return;
    }
    let (app, _server) = app_with_mail().await;
    let applicant = app.applicant().await;
    let browser = Browser::open(&app, true).await;
    sign_in(&browser, &applicant.email).await;

    browser.visit("/portal/settings/two-factor").await;
    browser.click("Set up two-factor sign-in").await;
    let secret = secret_on(&browser.client.source().await.expect("page source"));
    browser.screenshot("two-factor-enrolment").await;
    browser.fill("Code from your app", "000000").await;
    browser.click("Turn on two-factor sign-in").await;
    assert!(browser.text().await.contains("There is a problem"));
    browser
        .fill("Code from your app", &code_now(&app, &secret, &applicant.email))
        .await;
    browser.click("Turn on two-factor sign-in").await;
    assert!(browser.text().await.contains("This is the only time we show them."));
    browser.click("I have kept my recovery codes").await;
    assert!(browser.text().await.contains("Two-factor sign-in is on."));
    browser.screenshot("settings").await;

    browser.click("Sign out").await;
    sign_in(&browser, &applicant.email).await;
    assert!(browser.text().await.contains("Enter your security code"));
    app.clock.advance(chrono::Duration::seconds(30));
    browser
        .fill("Security code", &code_now(&app, &secret, &applicant.email))
        .await;
    browser.click("Continue").await;
    assert_eq!(browser.path().await, "/portal");

    browser.visit("/portal/settings").await;
    let program = browser
        .client
        .find(Locator::Css("form[action*='/sessions/api/'] button"))
        .await
        .expect("the API's session is listed");
    program.click().await.expect("clicked");
    for _ in 0..30 {
        if browser.text().await.contains("The session has been signed out.") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    browser.visit("/portal/settings?done=session-ended").await;
    let refreshed = app
        .post("/auth/refresh", "", json!({"refresh_token": applicant.refresh_token}))
        .await;
    assert_eq!(
        refreshed.status,
        axum::http::StatusCode::UNAUTHORIZED,
        "{}",
        refreshed.text
    );

    let organisation = app.organisation(&applicant).await;
    browser
        .visit(&format!("/portal/organisations/{organisation}/members"))
        .await;
    browser.fill("Email address", "omar@example.org").await;
    browser.click("Send the invitation").await;
    assert!(browser.text().await.contains("The invitation has been sent."));
    browser.visit("/portal/notifications").await;
    browser.close().await;
}

async fn sign_in(browser: &Browser, email: &str) {
    browser.visit("/sign-in").await;
    browser.fill("Email address", email).await;
    browser.fill("Password", PASSWORD).await;
    browser.click("Sign in").await;
}
