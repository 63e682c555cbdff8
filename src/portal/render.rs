//! Renders portal pages from `templates/portal/` (minijinja, HTML auto-escaped, embedded
//! in the binary). Templates take every word from the catalogue through `t("id", arg=...)`,
//! in the language of the page; a template that does not parse stops the tests, not a user.

use std::sync::LazyLock;

use axum::http::header::{self, HeaderValue};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, UndefinedBehavior, context};
use serde::Serialize;

use super::visitor::Visitor;
use crate::error::AppError;
use crate::i18n::{Language, Message};

/// Every template of the portal, by name.
const TEMPLATES: [(&str, &str); 9] = [
    ("layout.html", include_str!("../../templates/portal/layout.html")),
    ("macros.html", include_str!("../../templates/portal/macros.html")),
    ("home.html", include_str!("../../templates/portal/home.html")),
    ("call.html", include_str!("../../templates/portal/call.html")),
    ("sign_in.html", include_str!("../../templates/portal/sign_in.html")),
    ("register.html", include_str!("../../templates/portal/register.html")),
    ("dashboard.html", include_str!("../../templates/portal/dashboard.html")),
    ("problem.html", include_str!("../../templates/portal/problem.html")),
    ("not_found.html", include_str!("../../templates/portal/not_found.html")),
];

/// A version of the stylesheet and script, so their URLs change when they do and
/// browsers may keep them for a year.
pub const ASSET_VERSION: &str = env!("CARGO_PKG_VERSION");

static ENVIRONMENT: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut environment = Environment::new();
    environment.set_undefined_behavior(UndefinedBehavior::SemiStrict);
    environment.set_auto_escape_callback(|_| AutoEscape::Html);
    let pages = TEMPLATES
        .into_iter()
        .chain(super::organisations::TEMPLATES)
        .chain(super::apply::TEMPLATES)
        .chain(super::applications::TEMPLATES)
        .chain(super::account::TEMPLATES)
        .chain(super::awards::TEMPLATES)
        .chain(super::travel::TEMPLATES)
        .chain(super::orgdocs::TEMPLATES)
        .chain(super::deadlines::TEMPLATES)
        .chain(super::invitations::TEMPLATES)
        .chain(super::preferences::TEMPLATES)
        .chain(super::verify::TEMPLATES)
        .chain(super::staff::TEMPLATES)
        .chain(super::staff_review::TEMPLATES)
        .chain(super::staff_finance::TEMPLATES)
        .chain(super::staff_finance_reports::TEMPLATES)
        .chain(super::staff_finance_sources::TEMPLATES)
        .chain(super::staff_diligence::TEMPLATES)
        .chain(super::staff_audit::TEMPLATES)
        .chain(super::staff_events::TEMPLATES)
        .chain(super::staff_events_report::TEMPLATES)
        .chain(super::staff_risk::TEMPLATES)
        .chain(super::staff_calls::TEMPLATES)
        .chain(super::staff_users::TEMPLATES)
        .chain(super::staff_sanctions::TEMPLATES)
        .chain(super::staff_outbox::TEMPLATES);
    for (name, source) in pages {
        if let Err(error) = environment.add_template(name, source) {
            panic!("portal template {name} does not parse: {error}");
        }
    }
    environment.add_function("t", crate::i18n::translate_in_page);
    environment
});

/// A page to answer: a template, its data, and any cookies to set.
pub struct Page {
    status: StatusCode,
    template: &'static str,
    data: Value,
    cookies: Vec<HeaderValue>,
}

impl Page {
    /// The page `template` with `data` (available to the template under its field names).
    pub fn new(template: &'static str, data: impl Serialize) -> Self {
        Self {
            status: StatusCode::OK,
            template,
            data: Value::from(minijinja::value::Serde(data)),
            cookies: Vec::new(),
        }
    }

    /// The same page answered with `status` (a form shown again with errors is 422).
    pub fn with_status(mut self, status: StatusCode) -> Self {
        self.status = status;
        self
    }

    /// The same page, setting a cookie.
    pub fn with_cookie(mut self, cookie: Option<HeaderValue>) -> Self {
        self.cookies.extend(cookie);
        self
    }

    /// Renders the page for `visitor`: the layout's data (language, direction, who is signed
    /// in, the language switcher) and the page's own.
    pub fn render(self, visitor: &Visitor, office_name: &str) -> Response {
        match self.html(visitor, office_name) {
            Ok(html) => {
                let mut headers = HeaderMap::new();
                for cookie in self.cookies {
                    headers.append(header::SET_COOKIE, cookie);
                }
                headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
                headers.insert(
                    header::CONTENT_LANGUAGE,
                    HeaderValue::from_static(visitor.language.code()),
                );
                (self.status, headers, Html(html)).into_response()
            }
            Err(error) => error.into_response(),
        }
    }

    /// The page's HTML for `visitor`, without its status or cookies (what the cache of
    /// public pages keeps).
    pub fn html(&self, visitor: &Visitor, office_name: &str) -> Result<String, AppError> {
        let chrome = context! {
            lang => visitor.language.code(),
            dir => if visitor.language.is_right_to_left() { "rtl" } else { "ltr" },
            user => visitor.signed_in.is_some(),
            staff => visitor.signed_in.as_ref().is_some_and(|signed_in| signed_in.user.is_staff()),
            enrolling => visitor.enrolling.is_some(),
            unread_notifications => visitor.unread_notifications,
            csrf_token => visitor.session_holder().map(|signed_in| signed_in.session.csrf_token.clone()),
            languages => languages(),
            back => form_urlencoded::byte_serialize(visitor.path.as_bytes()).collect::<String>(),
            next => next_query(&visitor.path),
            asset_version => ASSET_VERSION,
            office_name => office_name,
        };
        ENVIRONMENT
            .get_template(self.template)
            .and_then(|template| template.render(context! { ..self.data.clone(), ..chrome }))
            .map_err(|error| AppError::Internal(format!("rendering {}: {error:#}", self.template)))
    }
}

/// The `?next=` the header's "Sign in" and "Create an account" links carry so a visitor
/// comes back to the page they were on (none on those two pages themselves).
fn next_query(path: &str) -> String {
    let own_page = ["/sign-in", "/register"]
        .iter()
        .any(|page| path == *page || path.starts_with(&format!("{page}?")));
    match own_page || path == "/" {
        true => String::new(),
        false => format!(
            "?next={}",
            form_urlencoded::byte_serialize(path.as_bytes()).collect::<String>()
        ),
    }
}

/// The language switcher's entries: each language by its own name.
fn languages() -> Vec<Value> {
    Language::ALL
        .into_iter()
        .map(|language| {
            context! {
                code => language.code(),
                name => Message::new(format!("portal-language-{}", language.code())).render(language),
            }
        })
        .collect()
}
