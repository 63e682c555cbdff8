//! The portal's finishing touches at the HTML level (no browser): compressed pages light
//! enough for a 2G connection, the public pages kept in memory with their `ETag` and
//! `304 Not Modified`, and a change on one replica seen by another. The browser walks are
//! in `browser_finish.rs`.

use std::io::Read;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chrono::Duration;
use grantdesk::clock::Clock;

use crate::portal::Browser;
use crate::portal_award::pending_award;
use crate::support::{Answer, TestApp, spawn_app};

/// What a page weighs on the wire for a browser that accepts gzip, and its text.
struct Fetched {
    status: StatusCode,
    wire_bytes: usize,
    text: String,
}

/// Fetches `path` as `browser` does, accepting gzip, and unpacks the answer.
async fn fetch_gzipped(app: &TestApp, browser: &Browser<'_>, path: &str) -> Fetched {
    let request = Request::builder()
        .uri(path)
        .header(header::ACCEPT_ENCODING, "gzip")
        .header(header::COOKIE, browser.cookie_header())
        .body(Body::empty())
        .expect("request");
    let answer = app.raw(request).await;
    assert_eq!(
        answer
            .headers
            .get(header::CONTENT_ENCODING)
            .map(|value| value.as_bytes()),
        Some(&b"gzip"[..]),
        "{path} is sent compressed"
    );
    let mut text = String::new();
    flate2::read::GzDecoder::new(answer.bytes.as_slice())
        .read_to_string(&mut text)
        .expect("a gzip stream of UTF-8");
    Fetched {
        status: answer.status,
        wire_bytes: answer.bytes.len(),
        text,
    }
}

/// Every origin a page, stylesheet or script names, other than links within the page's
/// own site (a calendar subscription's absolute URL is this site's).
fn foreign_origins(text: &str, own_origin: &str) -> Vec<String> {
    text.match_indices("://")
        .map(|(at, _)| {
            let start = text[..at]
                .rfind(|character: char| !character.is_ascii_alphanumeric())
                .map_or(0, |position| position + 1);
            let end = text[at + 3..]
                .find(|character: char| character == '/' || character == '"' || character.is_whitespace())
                .map_or(text.len(), |position| at + 3 + position);
            text[start..end].to_owned()
        })
        .filter(|origin| origin != own_origin)
        .collect()
}

#[tokio::test]
async fn every_kind_of_page_with_its_stylesheet_and_script_is_under_50_kb_gzipped_and_all_from_this_site() {
    let app = spawn_app().await;
    let (scene, award) = pending_award(&app).await;
    let own_origin = app.state.config.public_url.trim_end_matches('/').to_owned();
    let mut browser = Browser::new(&app);
    let css = fetch_gzipped(&app, &browser, "/assets/portal.css").await;
    let js = fetch_gzipped(&app, &browser, "/assets/portal.js").await;
    let call = scene.call.clone();
    let public = [
        "/".to_owned(),
        format!("/calls/{call}"),
        "/sign-in".to_owned(),
        "/register".to_owned(),
        "/forgot-password".to_owned(),
    ];
    let organisation = scene.organisation.clone();
    let signed_in = [
        "/portal".to_owned(),
        "/portal/settings".to_owned(),
        "/portal/notifications".to_owned(),
        format!("/portal/organisations/{organisation}/edit"),
        format!("/portal/organisations/{organisation}/members"),
        format!("/portal/organisations/{organisation}/documents"),
        format!("/portal/calls/{call}/apply"),
        format!("/portal/awards/{award}"),
    ];
    let mut pages = Vec::new();
    for path in &public {
        pages.push((path.clone(), fetch_gzipped(&app, &browser, path).await));
    }
    browser.sign_in(&scene.member.email).await;
    for path in &signed_in {
        pages.push((path.clone(), fetch_gzipped(&app, &browser, path).await));
    }

    for (path, page) in &pages {
        assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.text);
        let weight = page.wire_bytes + css.wire_bytes + js.wire_bytes;
        assert!(
            weight < 50 * 1024,
            "{path} weighs {weight} bytes gzipped with its stylesheet and script"
        );
        assert!(page.text.contains("</html>"), "{path} is a whole page");
        assert_eq!(foreign_origins(&page.text, &own_origin), Vec::<String>::new(), "{path}");
    }
    for asset in [&css, &js] {
        assert_eq!(foreign_origins(&asset.text, &own_origin), Vec::<String>::new());
    }
}

#[tokio::test]
async fn the_stylesheet_and_script_are_versioned_cacheable_and_sent_with_brotli_when_asked() {
    let app = spawn_app().await;
    let mut browser = Browser::new(&app);
    let home = browser.get("/").await;
    for asset in ["/assets/portal.css?v=", "/assets/portal.js?v="] {
        assert!(home.text.contains(asset), "the page links {asset}…");
    }
    for path in ["/assets/portal.css", "/assets/portal.js"] {
        let request = Request::builder()
            .uri(path)
            .header(header::ACCEPT_ENCODING, "br")
            .body(Body::empty())
            .unwrap();
        let answer = app.raw(request).await;
        assert_eq!(answer.headers[header::CONTENT_ENCODING], "br", "{path}");
        assert!(
            answer.headers[header::CACHE_CONTROL]
                .to_str()
                .unwrap()
                .contains("immutable")
        );
        assert!(answer.headers.contains_key(header::ETAG));
        let plain = browser.get(path).await;
        assert!(answer.bytes.len() < plain.bytes.len(), "{path} shrinks");
    }
}

/// A public page fetched anonymously in `language`, with the `ETag` the browser had.
async fn public_page(app: &TestApp, path: &str, language: &str, known_tag: Option<&str>) -> Answer {
    let mut request = Request::builder().uri(path).header(header::ACCEPT_LANGUAGE, language);
    if let Some(tag) = known_tag {
        request = request.header(header::IF_NONE_MATCH, tag);
    }
    app.raw(request.body(Body::empty()).unwrap()).await
}

fn entity_tag(answer: &Answer) -> String {
    answer.headers[header::ETAG].to_str().unwrap().to_owned()
}

#[tokio::test]
async fn the_home_and_a_call_page_answer_304_to_a_browser_that_already_has_them() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    for path in ["/".to_owned(), format!("/calls/{call}")] {
        let first = public_page(&app, &path, "en", None).await;
        assert_eq!(first.status, StatusCode::OK);
        assert!(first.text.contains("Youth and women leading prevention"));
        let tag = entity_tag(&first);
        assert_eq!(first.headers[header::CACHE_CONTROL], "no-cache");
        assert!(
            first.headers[header::VARY]
                .to_str()
                .unwrap()
                .contains("Accept-Language")
        );

        let again = public_page(&app, &path, "en", Some(&tag)).await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED, "{path}");
        assert!(again.bytes.is_empty());
        assert_eq!(entity_tag(&again), tag);

        let french = public_page(&app, &path, "fr", Some(&tag)).await;
        assert_eq!(french.status, StatusCode::OK, "another language is another page");
        assert_ne!(entity_tag(&french), tag);
        assert_eq!(french.headers[header::CONTENT_LANGUAGE], "fr");
    }
}

#[tokio::test]
async fn publishing_or_closing_a_call_changes_the_pages_and_their_entity_tags() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let first_call = app.open_call(&officer).await;
    let home = public_page(&app, "/", "en", None).await;
    let call_page = public_page(&app, &format!("/calls/{first_call}"), "en", None).await;
    assert!(call_page.text.contains(&format!("/portal/calls/{first_call}/apply")));

    let mut draft = crate::support::call_body(app.clock.now());
    draft["title"] = "Community radio against hate speech".into();
    let second_call = app.post("/calls", &officer.token, draft).await.id();
    let still = public_page(&app, "/", "en", Some(&entity_tag(&home))).await;
    assert_eq!(
        still.status,
        StatusCode::OK,
        "creating a call changes the counter: the page is made again"
    );
    assert!(!still.text.contains("Community radio"), "a draft is not shown");
    app.post_empty(&format!("/calls/{second_call}/publish"), &officer.token)
        .await;
    let published = public_page(&app, "/", "en", Some(&entity_tag(&still))).await;
    assert_eq!(published.status, StatusCode::OK);
    assert!(published.text.contains("Community radio against hate speech"));
    assert_ne!(entity_tag(&published), entity_tag(&home));

    let closed = app
        .post_empty(&format!("/calls/{first_call}/close"), &officer.token)
        .await;
    assert_eq!(closed.status, StatusCode::OK, "{}", closed.text);
    let after = public_page(
        &app,
        &format!("/calls/{first_call}"),
        "en",
        Some(&entity_tag(&call_page)),
    )
    .await;
    assert_eq!(after.status, StatusCode::OK);
    assert!(
        !after.text.contains(&format!("/portal/calls/{first_call}/apply")),
        "no Apply once closed"
    );
    assert_ne!(entity_tag(&after), entity_tag(&call_page));
}

#[tokio::test]
async fn a_call_page_kept_in_memory_still_closes_on_time_without_any_change_in_the_database() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let path = format!("/calls/{call}");
    let open = public_page(&app, &path, "en", None).await;
    assert!(open.text.contains(&format!("/portal/calls/{call}/apply")));

    app.clock.advance(Duration::days(8));
    let closed = public_page(&app, &path, "en", Some(&entity_tag(&open))).await;
    assert_eq!(closed.status, StatusCode::OK);
    assert!(!closed.text.contains(&format!("/portal/calls/{call}/apply")));
    let home = public_page(&app, "/", "en", None).await;
    assert!(!home.text.contains(&path), "the home page no longer lists it");
}

#[tokio::test]
async fn a_second_replica_sees_a_change_made_through_the_first() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let other = app.replica().await;
    let other = &other;
    let get = |path: String| async move {
        let request = Request::builder().uri(path).body(Body::empty()).unwrap();
        other.send(request).await.expect("answers")
    };
    let path = format!("/calls/{call}");
    let before = get(path.clone()).await;
    assert!(before.text().contains(&format!("/portal/calls/{call}/apply")));
    assert!(get("/".to_owned()).await.text().contains(&path));

    let closed = app.post_empty(&format!("/calls/{call}/close"), &officer.token).await;
    assert_eq!(closed.status, StatusCode::OK, "{}", closed.text);

    let after = get(path.clone()).await;
    assert!(
        !after.text().contains(&format!("/portal/calls/{call}/apply")),
        "the replica's kept page is out of date"
    );
    assert_ne!(after.headers[header::ETAG], before.headers[header::ETAG]);
    assert!(!get("/".to_owned()).await.text().contains(&path));
}

#[tokio::test]
async fn a_signed_in_readers_page_is_never_kept_nor_shown_to_anyone_else() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let member = app.applicant().await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&member.email).await;
    for path in ["/".to_owned(), format!("/calls/{call}")] {
        let mine = browser.get(&path).await;
        assert_eq!(mine.status, StatusCode::OK);
        let token = crate::portal::csrf_token(&mine.text);
        assert_eq!(mine.headers[header::CACHE_CONTROL], "no-store");
        assert!(!mine.headers.contains_key(header::ETAG));

        let anonymous = public_page(&app, &path, "en", None).await;
        assert!(
            !anonymous.text.contains(&token),
            "{path}: no session's token in a shared page"
        );
        assert!(
            !anonymous.text.contains("sign-out"),
            "{path}: the anonymous page has no sign-out form"
        );
        let mine_again = browser.get(&path).await;
        assert!(
            mine_again.text.contains(&token),
            "{path}: the reader's own page is made for them"
        );
    }
}

/// The link a page offers to go on, read from its last `<a href>` in the main content.
fn onward_link(html: &str) -> String {
    let main = &html[html.find("<main").expect("a main landmark")..html.find("</main>").expect("its end")];
    let marker = "<a href=\"";
    let start = main.rfind(marker).expect("a link") + marker.len();
    unescaped(main[start..].split('"').next().unwrap_or_default())
}

/// HTML text with the escapes minijinja writes in attributes undone.
fn unescaped(html: &str) -> String {
    html.replace("&#x2f;", "/").replace("&amp;", "&")
}

#[tokio::test]
async fn a_newcomer_who_pressed_apply_comes_back_to_the_apply_step_after_registering_and_confirming() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let apply = format!("/portal/calls/{call}/apply");
    let mut browser = Browser::new(&app);

    let asked = browser.get(&apply).await;
    let sign_in = crate::portal::location(&asked).to_owned();
    assert!(sign_in.starts_with("/sign-in?next="), "{sign_in}");
    let sign_in_page = browser.get(&sign_in).await;
    let encoded: String = form_urlencoded::byte_serialize(apply.as_bytes()).collect();
    let register = format!("/register?next={encoded}");
    assert!(
        unescaped(&sign_in_page.text).contains(&register),
        "the register link keeps the way back"
    );

    let email = "newcomer@cso.example";
    let registered = browser
        .fill(
            &register,
            "/register",
            &[
                ("full_name", "Amal Haddad"),
                ("email", email),
                ("password", crate::support::PASSWORD),
                ("next", &apply),
            ],
        )
        .await;
    assert_eq!(
        crate::portal::location(&registered),
        apply,
        "registering leads to the apply step"
    );
    let apply_page = browser.get(&apply).await;
    assert_eq!(apply_page.status, StatusCode::OK, "{}", apply_page.text);
    assert!(
        unescaped(&apply_page.text).contains(&format!("/portal/organisations/new?next=/portal/calls/{call}/apply")),
        "a newcomer without an organisation is offered to add one, then come back (this page once failed with 500)"
    );

    let token = app.token_in_outbox("verify_email", email).await;
    let link = format!("/verify-email?token={token}");
    let confirmed = browser.fill(&link, "/verify-email", &[("token", token.as_str())]).await;
    assert_eq!(
        confirmed.status,
        StatusCode::OK,
        "{}",
        &confirmed.text[confirmed.text.len().saturating_sub(600)..]
    );
    assert_eq!(
        onward_link(&confirmed.text),
        apply,
        "confirming offers to continue at the apply step"
    );
    assert!(confirmed.text.contains("Continue where you were"));
}

#[tokio::test]
async fn confirming_in_a_signed_out_browser_goes_back_to_the_apply_step_through_signing_in() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let apply = format!("/portal/calls/{call}/apply");
    let mut browser = Browser::new(&app);
    let email = "later@cso.example";
    let fields = [
        ("full_name", "Lena Petrova"),
        ("email", email),
        ("password", crate::support::PASSWORD),
        ("next", apply.as_str()),
    ];
    browser.fill("/register", "/register", &fields).await;
    browser.fill("/portal", "/sign-out", &[]).await;
    assert!(!browser.has_cookie(grantdesk::portal::SESSION_COOKIE));

    let token = app.token_in_outbox("verify_email", email).await;
    let confirmed = browser
        .fill(
            &format!("/verify-email?token={token}"),
            "/verify-email",
            &[("token", token.as_str())],
        )
        .await;
    let sign_in = onward_link(&confirmed.text);
    assert!(sign_in.starts_with("/sign-in?next="), "{sign_in}");
    let signed_in = browser
        .fill(
            &sign_in,
            "/sign-in",
            &[
                ("email", email),
                ("password", crate::support::PASSWORD),
                ("next", &apply),
            ],
        )
        .await;
    assert_eq!(crate::portal::location(&signed_in), apply);
}

#[tokio::test]
async fn registering_never_sends_anyone_to_another_site() {
    let app = spawn_app().await;
    for (number, next) in ["https://evil.example/apply", "//evil.example", "/\\evil.example"]
        .into_iter()
        .enumerate()
    {
        let mut browser = Browser::new(&app);
        let email = format!("visitor{number}@cso.example");
        let fields = [
            ("full_name", "Sam Okoye"),
            ("email", email.as_str()),
            ("password", crate::support::PASSWORD),
            ("next", next),
        ];
        let registered = browser.fill("/register", "/register", &fields).await;
        assert_eq!(crate::portal::location(&registered), "/portal", "{next}");
        assert!(!browser.has_cookie("gd_next"), "{next}");
    }
}

#[tokio::test]
async fn names_and_titles_typed_by_people_are_isolated_for_right_to_left_pages() {
    let app = spawn_app().await;
    let (scene, award) = pending_award(&app).await;
    let mut arabic = Browser::speaking(&app, "ar");
    let home = arabic.get("/").await;
    assert!(home.text.contains(r#"dir="rtl""#));
    assert!(
        home.text.contains("<bdi>Youth and women leading prevention</bdi>"),
        "the call's title on the home page"
    );
    let call = arabic.get(&format!("/calls/{}", scene.call)).await;
    assert!(
        call.text
            .contains("<h1><bdi>Youth and women leading prevention</bdi></h1>")
    );

    arabic.sign_in(&scene.member.email).await;
    arabic.get("/language/ar?back=%2Fportal").await;
    let dashboard = arabic.get("/portal").await;
    assert!(dashboard.text.contains(r#"dir="rtl""#));
    let organisation = app
        .get(&format!("/organisations/{}", scene.organisation), &scene.member.token)
        .await;
    let name = organisation.body["legal_name"].as_str().unwrap().to_owned();
    assert!(
        dashboard.text.contains(&format!("<bdi>{name}</bdi>")),
        "the organisation on the dashboard"
    );
    let award_page = arabic.get(&format!("/portal/awards/{award}")).await;
    assert!(
        award_page.text.contains(&format!("<bdi>{name}</bdi>")),
        "the organisation on the award page"
    );
}

/// The body of the newest `rule` email to `email` in the outbox.
async fn email_to(app: &TestApp, rule: &str, email: &str) -> String {
    let (rows, _) = grantdesk::reminders::store::list(&app.db, None, None, (500, 0))
        .await
        .expect("outbox");
    rows.into_iter()
        .find(|row| row.rule == rule && row.recipient == email)
        .unwrap_or_else(|| panic!("a {rule} email to {email}"))
        .body
}

#[tokio::test]
async fn the_invitation_link_opens_a_page_where_a_newcomer_registers_accepts_and_lands_on_the_organisation() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let invitee = "colleague@cso.example";
    let invited = app
        .post(
            &format!("/organisations/{organisation}/invitations"),
            &member.token,
            serde_json::json!({ "email": invitee }),
        )
        .await;
    assert_eq!(invited.status, StatusCode::ACCEPTED, "{}", invited.text);
    let body = email_to(&app, "invitation", invitee).await;
    let token = crate::support::token_in(&body);
    let link = format!(
        "{}/invitations/{token}",
        app.state.config.public_url.trim_end_matches('/')
    );
    assert!(
        body.contains(&link),
        "the email carries the page's absolute address: {body}"
    );
    assert!(
        body.contains("register"),
        "and tells a newcomer to register first: {body}"
    );

    let mut browser = Browser::new(&app);
    let path = format!("/invitations/{token}");
    let page = browser.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    let name = app
        .get(&format!("/organisations/{organisation}"), &member.token)
        .await
        .body["legal_name"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(page.text.contains(&format!("<bdi>{name}</bdi>")));
    let register = format!(
        "/register?next={}",
        form_urlencoded::byte_serialize(path.as_bytes()).collect::<String>()
    );
    assert!(
        unescaped(&page.text).contains(&register),
        "a register link that comes back here"
    );

    let fields = [
        ("full_name", "Nadia Rahman"),
        ("email", invitee),
        ("password", crate::support::PASSWORD),
        ("next", path.as_str()),
    ];
    let registered = browser.fill(&register, "/register", &fields).await;
    assert_eq!(crate::portal::location(&registered), path);
    let joined = browser.fill(&path, &format!("{path}/accept"), &[]).await;
    let members = format!("/portal/organisations/{organisation}/members?done=joined");
    assert_eq!(crate::portal::location(&joined), members);
    let landed = browser.get(&members).await;
    assert_eq!(landed.status, StatusCode::OK);
    assert!(landed.text.contains("You are now a member of this organisation."));
    assert!(landed.text.contains("Nadia Rahman"));

    let again = browser.get(&path).await;
    assert_eq!(again.status, StatusCode::CONFLICT, "an answered invitation says so");
}

#[tokio::test]
async fn only_the_invited_address_may_accept_and_a_made_up_link_is_not_found() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let invitee = app.applicant().await;
    app.post(
        &format!("/organisations/{organisation}/invitations"),
        &member.token,
        serde_json::json!({ "email": invitee.email }),
    )
    .await;
    let token = app.invitation_token(&invitee.email).await;
    let path = format!("/invitations/{token}");

    let stranger = app.applicant().await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&stranger.email).await;
    let refused = browser.fill(&path, &format!("{path}/accept"), &[]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let without_token = browser
        .post_form(&format!("{path}/accept"), &[("csrf_token", "forged")])
        .await;
    assert_eq!(without_token.status, StatusCode::FORBIDDEN);
    let made_up = browser.get(&format!("/invitations/{}", "ab".repeat(32))).await;
    assert_eq!(made_up.status, StatusCode::NOT_FOUND);
    let mine = app
        .get(&format!("/organisations/{organisation}"), &stranger.token)
        .await;
    assert_eq!(mine.status, StatusCode::NOT_FOUND, "the stranger did not join");

    let mut invited = Browser::new(&app);
    invited.sign_in(&invitee.email).await;
    let declined = invited.fill(&path, &format!("{path}/decline"), &[]).await;
    assert_eq!(declined.status, StatusCode::OK);
    assert!(declined.text.contains("Invitation declined"));
    let theirs = app.get(&format!("/organisations/{organisation}"), &invitee.token).await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND, "declining joins nothing");
}

#[tokio::test]
async fn notification_preferences_are_a_form_of_boxes_saved_with_csrf_and_shown_back() {
    let app = spawn_app().await;
    let member = app.applicant().await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&member.email).await;
    let settings = browser.get("/portal/settings").await;
    assert!(settings.text.contains("/portal/settings/notifications"));
    let page = browser.get("/portal/settings/notifications").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text
            .contains(r#"<label for="email-application_submitted">an application is submitted (the receipt)</label>"#)
    );
    assert!(
        page.text
            .contains(r#"id="email-report_due" name="email" value="report_due" checked"#),
        "on by default"
    );
    assert!(
        !page.text.contains("review_assigned"),
        "an applicant is offered only what applicants receive"
    );
    assert!(
        !page.text.contains("security_notice"),
        "security notices cannot be turned off"
    );
    assert!(
        !page.text.contains(r#"name="delivery""#),
        "the daily digest is for officers"
    );

    let refused = browser
        .post_form(
            "/portal/settings/notifications",
            &[("csrf_token", "forged"), ("email", "report_due")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let token = crate::portal::csrf_token(&page.text);
    let saved = browser
        .post_form(
            "/portal/settings/notifications",
            &[
                ("csrf_token", token.as_str()),
                ("email", "report_due"),
                ("email", "invitation"),
            ],
        )
        .await;
    assert_eq!(
        crate::portal::location(&saved),
        "/portal/settings/notifications?done=saved"
    );
    let api = app.get("/me/notification-preferences", &member.token).await;
    assert_eq!(api.body["email"]["report_due"], true);
    assert_eq!(api.body["email"]["invitation"], true);
    assert_eq!(api.body["email"]["application_submitted"], false, "{}", api.text);
    let shown = browser.get("/portal/settings/notifications?done=saved").await;
    assert!(shown.text.contains("Your choices are saved."));
    assert!(
        shown.text.contains(r#"value="application_submitted">"#),
        "shown back unticked"
    );
    assert!(shown.text.contains(r#"value="invitation" checked"#));
}

#[tokio::test]
async fn an_officer_chooses_the_daily_digest_on_the_same_form() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&officer.email).await;
    let page = browser.get("/portal/settings/notifications").await;
    assert!(page.text.contains("review_assigned") && page.text.contains(r#"name="delivery""#));
    let token = crate::portal::csrf_token(&page.text);
    browser
        .post_form(
            "/portal/settings/notifications",
            &[
                ("csrf_token", token.as_str()),
                ("email", "appeal_filed"),
                ("delivery", "daily"),
            ],
        )
        .await;
    let api = app.get("/me/notification-preferences", &officer.token).await;
    assert_eq!(api.body["daily_digest"], true);
    assert_eq!(api.body["email"]["review_assigned"], false);
    let shown = browser.get("/portal/settings/notifications").await;
    assert!(shown.text.contains(r#"value="daily" checked"#));
}
