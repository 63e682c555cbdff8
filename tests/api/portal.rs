//! The web portal at the HTML level (no browser): sessions and their expiry, CSRF, the
//! security headers, languages, page weight, and what another organisation's reader sees.
//! The browser walk-through with axe is in `browser.rs`.

use std::collections::BTreeMap;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use chrono::Duration;
use grantdesk::auth::Role;

use crate::support::{Actor, Answer, PASSWORD, TestApp, spawn_app};

/// A browser without JavaScript: keeps cookies, sends forms.
pub struct Browser<'a> {
    app: &'a TestApp,
    cookies: BTreeMap<String, String>,
    language: Option<&'static str>,
}

impl<'a> Browser<'a> {
    pub fn new(app: &'a TestApp) -> Self {
        Self {
            app,
            cookies: BTreeMap::new(),
            language: None,
        }
    }

    /// A browser whose `Accept-Language` asks for `language`.
    pub fn speaking(app: &'a TestApp, language: &'static str) -> Self {
        Self {
            language: Some(language),
            ..Self::new(app)
        }
    }

    pub async fn get(&mut self, path: &str) -> Answer {
        self.send(Method::GET, path, None).await
    }

    /// Posts a form as a browser does (`application/x-www-form-urlencoded`).
    pub async fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> Answer {
        let body: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        self.send(Method::POST, path, Some(body)).await
    }

    /// Posts a `multipart/form-data` body (a form with a file) as a browser does: the
    /// `fields` in order, then the file in the part named `file`.
    pub async fn post_file(&mut self, path: &str, fields: &[(&str, &str)], file: (&str, &[u8])) -> Answer {
        self.post_multipart(path, fields, &[("file", file.0, file.1)]).await
    }

    /// Posts a `multipart/form-data` form as a browser does: text fields in order, then
    /// files (field name, file name, bytes).
    pub async fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Answer {
        let boundary = "gdboundary7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        for (name, file_name, bytes) in files {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let content_type = format!("multipart/form-data; boundary={boundary}");
        self.send_body(Method::POST, path, Some((content_type, body))).await
    }

    /// Fetches the form page at `form_path`, then posts `fields` to `action` with the page's
    /// CSRF token, as a person filling the form would.
    pub async fn fill(&mut self, form_path: &str, action: &str, fields: &[(&str, &str)]) -> Answer {
        let page = self.get(form_path).await;
        let token = csrf_token(&page.text);
        let mut all = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        self.post_form(action, &all).await
    }

    /// Signs in through the sign-in form.
    pub async fn sign_in(&mut self, email: &str) -> Answer {
        self.fill("/sign-in", "/sign-in", &[("email", email), ("password", PASSWORD)])
            .await
    }

    /// Signs `who` in through the sign-in form, giving their authenticator code when their
    /// role asks for one (staff in finance and administration, by default).
    pub async fn sign_in_as(&mut self, who: &Actor) -> Answer {
        let step = self.sign_in(&who.email).await;
        if !step.text.contains(r#"action="/sign-in/code""#) {
            return step;
        }
        let code = self.app.totp_code(who.id, &who.email);
        let fields = [
            ("csrf_token", csrf_token(&step.text)),
            ("mfa_token", hidden_value(&step.text, "mfa_token")),
            ("code", code),
            ("next", hidden_value(&step.text, "next")),
        ];
        let fields: Vec<(&str, &str)> = fields.iter().map(|(name, value)| (*name, value.as_str())).collect();
        self.post_form("/sign-in/code", &fields).await
    }

    pub fn has_cookie(&self, name: &str) -> bool {
        self.cookies.contains_key(name)
    }

    /// The `Cookie` header this browser sends (for a request built by hand).
    pub fn cookie_header(&self) -> String {
        let jar: Vec<String> = self
            .cookies
            .iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect();
        jar.join("; ")
    }

    async fn send(&mut self, method: Method, path: &str, form: Option<String>) -> Answer {
        let body = form.map(|form| ("application/x-www-form-urlencoded".to_owned(), form.into_bytes()));
        self.send_body(method, path, body).await
    }

    async fn send_body(&mut self, method: Method, path: &str, body: Option<(String, Vec<u8>)>) -> Answer {
        let mut request = Request::builder().method(method).uri(path);
        if !self.cookies.is_empty() {
            request = request.header(header::COOKIE, self.cookie_header());
        }
        if let Some(language) = self.language {
            request = request.header(header::ACCEPT_LANGUAGE, language);
        }
        let body = match body {
            Some((content_type, bytes)) => {
                request = request.header(header::CONTENT_TYPE, content_type);
                Body::from(bytes)
            }
            None => Body::empty(),
        };
        let answer = self.app.raw(request.body(body).expect("request")).await;
        for cookie in answer.headers.get_all(header::SET_COOKIE) {
            let text = cookie.to_str().expect("ascii cookie");
            let (pair, attributes) = text.split_once(';').unwrap_or((text, ""));
            let (name, value) = pair.split_once('=').expect("name=value");
            if attributes.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
        answer
    }
}

/// The CSRF token of the first form on a page.
pub fn csrf_token(html: &str) -> String {
    let marker = r#"name="csrf_token" value=""#;
    let start = html.find(marker).expect("the page has a form with a CSRF token") + marker.len();
    html[start..].split('"').next().unwrap_or_default().to_owned()
}

/// The value of the hidden field `name` on a page.
pub fn hidden_value(html: &str, name: &str) -> String {
    let marker = format!(r#"name="{name}" value=""#);
    html.split_once(&marker)
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(value, _)| value.to_owned())
        .unwrap_or_default()
}

pub fn location(answer: &Answer) -> &str {
    answer
        .headers
        .get(header::LOCATION)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
}

#[tokio::test]
async fn the_home_page_lists_open_calls_for_anyone_with_the_deadline_and_its_time_zone() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let draft = app.draft_call(&officer).await;
    let mut browser = Browser::new(&app);

    let home = browser.get("/").await;

    assert_eq!(home.status, StatusCode::OK);
    assert!(home.text.contains(&format!("/calls/{call}")), "{}", home.text);
    assert!(!home.text.contains(&format!("/calls/{draft}")), "a draft is not public");
    assert!(home.text.contains("1 call open for applications"));
    assert!(home.text.contains(" UTC</time>"), "deadlines carry their time zone");
    assert!(home.text.contains(r#"<html lang="en" dir="ltr""#));
}

#[tokio::test]
async fn every_page_carries_the_security_headers() {
    let app = spawn_app().await;
    let mut browser = Browser::new(&app);
    for path in [
        "/",
        "/sign-in",
        "/register",
        "/assets/portal.css",
        "/calls/00000000-0000-0000-0000-000000000000",
    ] {
        let page = browser.get(path).await;
        let header_of = |name: &str| {
            page.headers
                .get(name)
                .and_then(|value| value.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        };
        let policy = header_of("content-security-policy");
        assert!(policy.contains("default-src 'self'"), "{path}: {policy}");
        assert!(
            policy.contains("frame-ancestors 'none'") && policy.contains("form-action 'self'"),
            "{path}"
        );
        assert!(!policy.contains("unsafe-inline"), "{path}");
        assert_eq!(header_of("referrer-policy"), "same-origin", "{path}");
        assert_eq!(header_of("x-content-type-options"), "nosniff", "{path}");
        assert!(header_of("permissions-policy").contains("camera=()"), "{path}");
    }
}

#[tokio::test]
async fn a_call_page_shows_what_it_funds_who_may_apply_and_how_it_is_scored() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let api = app.get(&format!("/calls/{call}"), "").await;
    let mut browser = Browser::new(&app);

    let page = browser.get(&format!("/calls/{call}")).await;

    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains(api.body["title"].as_str().unwrap()));
    for criterion in api.body["rubric"].as_array().unwrap() {
        assert!(
            page.text.contains(criterion["description"].as_str().unwrap()),
            "rubric shown"
        );
    }
    for criterion in api.body["eligibility_criteria"].as_array().unwrap() {
        assert!(
            page.text.contains(criterion["description"].as_str().unwrap()),
            "criteria shown"
        );
    }
    let days = api.body["appeal_window_days"].as_i64().unwrap();
    assert!(
        page.text.contains(&format!("within {days} days of the decision")),
        "the appeal window"
    );
}

#[tokio::test]
async fn a_draft_call_or_an_unknown_one_is_a_not_found_page_in_the_readers_language() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let draft = app.draft_call(&officer).await;
    let mut browser = Browser::speaking(&app, "fr-FR,fr;q=0.9");

    let page = browser.get(&format!("/calls/{draft}")).await;

    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.text.contains("Page introuvable"), "{}", page.text);
    assert!(page.text.contains(r#"<html lang="fr""#));
}

#[tokio::test]
async fn signing_in_starts_a_server_side_session_in_an_http_only_cookie() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let mut browser = Browser::new(&app);

    let signed_in = browser.sign_in(&applicant.email).await;

    assert_eq!(signed_in.status, StatusCode::SEE_OTHER, "{}", signed_in.text);
    assert_eq!(location(&signed_in), "/portal");
    let cookie = signed_in.headers.get(header::SET_COOKIE).unwrap().to_str().unwrap();
    assert!(cookie.starts_with("gd_session="));
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert_eq!(app.count("web_sessions").await, 1);
    let dashboard = browser.get("/portal").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    assert!(dashboard.text.contains("Your applications"));
}

#[tokio::test]
async fn a_wrong_password_shows_the_form_again_with_an_error_summary_linking_to_the_field() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let mut browser = Browser::new(&app);

    let page = browser
        .fill(
            "/sign-in",
            "/sign-in",
            &[("email", &applicant.email), ("password", "not the password")],
        )
        .await;

    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.text.contains("There is a problem"));
    assert!(
        page.text
            .contains(r##"<a href="#email">Enter a correct email address and password</a>"##)
    );
    assert!(
        page.text.contains(r#"aria-describedby="email-error""#),
        "the error is tied to its field"
    );
    assert!(page.text.contains(&applicant.email), "what was typed is kept");
    assert!(!browser.has_cookie("gd_session"));
    assert_eq!(app.count("web_sessions").await, 0);
}

#[tokio::test]
async fn a_form_without_the_right_csrf_token_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let mut browser = Browser::new(&app);
    browser.get("/sign-in").await;

    let forged = browser
        .post_form(
            "/sign-in",
            &[
                ("csrf_token", "0".repeat(64).as_str()),
                ("email", &applicant.email),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("web_sessions").await, 0);

    browser.sign_in(&applicant.email).await;
    let users_before = app.count("web_sessions").await;
    let sign_out = browser.post_form("/sign-out", &[("csrf_token", "")]).await;
    assert_eq!(sign_out.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("web_sessions").await, users_before, "still signed in");
    let register = Browser::new(&app)
        .post_form(
            "/register",
            &[("full_name", "X"), ("email", "x@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(register.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn signing_out_ends_the_session_in_the_database() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&applicant.email).await;
    let dashboard = browser.get("/portal").await;
    let token = csrf_token(&dashboard.text);

    let signed_out = browser.post_form("/sign-out", &[("csrf_token", &token)]).await;

    assert_eq!(signed_out.status, StatusCode::SEE_OTHER);
    assert_eq!(app.count("web_sessions").await, 0);
    let after = browser.get("/portal").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
    assert_eq!(location(&after), "/sign-in?next=%2Fportal");
}

#[tokio::test]
async fn a_session_ends_after_two_idle_hours_and_after_twelve_hours_however_busy() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let mut idle = Browser::new(&app);
    idle.sign_in(&applicant.email).await;
    let mut busy = Browser::new(&app);
    busy.sign_in(&applicant.email).await;

    for _ in 0..11 {
        app.clock.advance(Duration::minutes(59));
        assert_eq!(busy.get("/portal").await.status, StatusCode::OK);
    }
    assert_eq!(
        idle.get("/portal").await.status,
        StatusCode::SEE_OTHER,
        "idle for more than 2 hours"
    );
    app.clock.advance(Duration::minutes(72));
    assert_eq!(
        busy.get("/portal").await.status,
        StatusCode::SEE_OTHER,
        "12 hours after signing in"
    );
}

#[tokio::test]
async fn registering_creates_an_applicant_and_signs_them_in() {
    let app = spawn_app().await;
    let mut browser = Browser::new(&app);

    let registered = browser
        .fill(
            "/register",
            "/register",
            &[
                ("full_name", "Aïda Benali"),
                ("email", "aida@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;

    assert_eq!(registered.status, StatusCode::SEE_OTHER, "{}", registered.text);
    let dashboard = browser.get("/portal").await;
    assert!(dashboard.text.contains("Aïda Benali"));
    let login = app
        .post(
            "/auth/login",
            "",
            serde_json::json!({"email": "aida@example.org", "password": PASSWORD}),
        )
        .await;
    assert_eq!(login.status, StatusCode::OK, "the same account works in the API");
}

#[tokio::test]
async fn a_refused_registration_lists_every_problem_and_creates_nothing() {
    let app = spawn_app().await;
    let users = app.count("users").await;
    let mut browser = Browser::new(&app);

    let page = browser
        .fill(
            "/register",
            "/register",
            &[("full_name", " "), ("email", "not-an-email"), ("password", "short")],
        )
        .await;

    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = &page.text[page.text.find("error-summary").unwrap()..page.text.find("<h1>").unwrap()];
    let links: Vec<usize> = ["#full_name", "#email", "#password"]
        .iter()
        .map(|anchor| {
            summary
                .find(&format!(r#"href="{anchor}""#))
                .expect("each field in the summary")
        })
        .collect();
    assert!(
        links.windows(2).all(|pair| pair[0] < pair[1]),
        "in the order of the form"
    );
    assert!(summary.contains("Enter your full name"), "{summary}");
    assert!(summary.contains("Enter a password of at least 10 characters"));
    for field in ["full_name", "email", "password"] {
        assert!(
            page.text.contains(&format!(r#"id="{field}-error""#)),
            "{field} error beside it"
        );
    }
    assert_eq!(app.count("users").await, users);
}

#[tokio::test]
async fn the_dashboard_needs_a_session_and_comes_back_after_signing_in() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let mut browser = Browser::new(&app);

    let redirected = browser.get("/portal").await;
    assert_eq!(location(&redirected), "/sign-in?next=%2Fportal");
    let form = browser.get("/sign-in?next=%2Fportal").await;
    let token = csrf_token(&form.text);
    let signed_in = browser
        .post_form(
            "/sign-in",
            &[
                ("csrf_token", &token),
                ("email", &applicant.email),
                ("password", PASSWORD),
                ("next", "https://evil.example/"),
            ],
        )
        .await;
    assert_eq!(
        location(&signed_in),
        "/portal",
        "never sent to another site: the applicant's own start instead"
    );
}

#[tokio::test]
async fn a_reader_sees_only_their_own_organisations_and_applications() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let application = app.draft_application(&member, &organisation, &call).await;
    let title = app
        .get(&format!("/applications/{application}"), &member.token)
        .await
        .body["title"]
        .as_str()
        .unwrap()
        .to_owned();
    let stranger = app.applicant().await;

    let mut theirs = Browser::new(&app);
    theirs.sign_in(&member.email).await;
    let mut other = Browser::new(&app);
    other.sign_in(&stranger.email).await;

    assert!(theirs.get("/portal").await.text.contains(&title));
    let seen_by_stranger = other.get("/portal").await;
    assert!(!seen_by_stranger.text.contains(&title));
    assert!(seen_by_stranger.text.contains("You have no applications yet."));
}

#[tokio::test]
async fn arabic_pages_run_right_to_left_and_the_choice_is_remembered() {
    let app = spawn_app().await;
    let mut browser = Browser::new(&app);

    let switched = browser.get("/language/ar?back=%2Fsign-in").await;
    assert_eq!(location(&switched), "/sign-in");
    let page = browser.get("/sign-in").await;

    assert!(
        page.text.contains(r#"<html lang="ar" dir="rtl""#),
        "{}",
        &page.text[..200]
    );
    assert!(page.text.contains("تسجيل الدخول"));
    assert_eq!(browser.get("/language/xx").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        location(&browser.get("/language/fr?back=%2F%2Fevil.example").await),
        "/"
    );
}

#[tokio::test]
async fn pages_are_light_enough_for_a_slow_connection() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let call = app.open_call(&officer).await;
    let mut browser = Browser::new(&app);
    let css = browser.get("/assets/portal.css").await;
    let js = browser.get("/assets/portal.js").await;

    for path in [
        "/".to_owned(),
        format!("/calls/{call}"),
        "/sign-in".to_owned(),
        "/register".to_owned(),
    ] {
        let page = browser.get(&path).await;
        let weight = page.bytes.len() + css.bytes.len() + js.bytes.len();
        assert!(
            weight < 50 * 1024,
            "{path} weighs {weight} bytes with its stylesheet and script"
        );
        assert!(
            !page.text.contains("http://") && !page.text.contains("https://"),
            "{path} asks nothing of another site"
        );
    }
}

#[tokio::test]
async fn the_stylesheet_is_cached_and_revalidated_with_its_entity_tag() {
    let app = spawn_app().await;
    let mut browser = Browser::new(&app);
    let css = browser.get("/assets/portal.css").await;
    let tag = css.headers.get(header::ETAG).unwrap().to_str().unwrap().to_owned();
    assert!(
        css.headers
            .get(header::CACHE_CONTROL)
            .unwrap()
            .to_str()
            .unwrap()
            .contains("max-age=31536000")
    );

    let request = Request::builder()
        .uri("/assets/portal.css")
        .header(header::IF_NONE_MATCH, &tag)
        .body(Body::empty())
        .unwrap();
    assert_eq!(app.raw(request).await.status, StatusCode::NOT_MODIFIED);
}

#[tokio::test]
async fn staff_can_sign_in_to_the_portal_too() {
    let app = spawn_app().await;
    let officer = app.user(&[Role::Officer]).await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&officer.email).await;
    assert_eq!(browser.get("/portal").await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_signed_in_readers_language_is_kept_in_their_profile_and_follows_them() {
    let app = spawn_app().await;
    let applicant = app.applicant().await;
    let mut laptop = Browser::new(&app);
    laptop.sign_in(&applicant.email).await;

    laptop.get("/language/ru?back=%2Fportal").await;

    let me = app.get("/me", &applicant.token).await;
    assert_eq!(me.body["preferred_language"], "ru", "saved for their emails too");
    let mut phone = Browser::new(&app);
    phone.sign_in(&applicant.email).await;
    let page = phone.get("/portal").await;
    assert!(
        page.text.contains(r#"<html lang="ru""#),
        "another browser, the same language"
    );
    assert!(page.text.contains("Ваши заявки"));
}

#[tokio::test]
async fn a_password_alone_never_signs_in_an_account_whose_role_needs_a_second_factor() {
    let app = spawn_app().await;
    let finance = app.user(&[Role::Finance]).await;
    let mut browser = Browser::new(&app);

    let page = browser.sign_in(&finance.email).await;

    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains("Enter your security code"), "{}", page.text);
    assert_eq!(app.count("web_sessions").await, 0);
    assert!(!browser.has_cookie("gd_session"));
}
