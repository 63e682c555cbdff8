//! `/dev/mail`: in development, the outbox as a mail catcher shows it (MailHog, Django's
//! console backend): every message, newest first, rendered as sent, so a demo without SMTP
//! still shows what grantdesk wrote. Production answers 404, as for a page that does not
//! exist.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use minijinja::Environment;
use serde::Serialize;

use super::service;
use crate::AppState;
use crate::config::Environment as Deployment;
use crate::error::{AppError, AppResult};

/// How many of the newest messages the page shows.
const SHOWN: u64 = 200;

/// One message as the page shows it.
#[derive(Debug, Serialize)]
struct Shown {
    recipient: String,
    rule: String,
    subject: String,
    /// The text's paragraphs, each a list of lines.
    paragraphs: Vec<Vec<String>>,
    status: &'static str,
    last_error: Option<String>,
    created_at: String,
}

/// What the page lists.
#[derive(Debug, Serialize)]
struct Listing {
    total: u64,
    messages: Vec<Shown>,
}

/// The page (development only).
pub async fn page(State(state): State<AppState>) -> AppResult<Response> {
    if state.config.environment == Deployment::Production {
        return Err(AppError::NotFound("route"));
    }
    let (rows, total) = service::outbox(&state.db, None, SHOWN, 0).await?;
    let messages: Vec<Shown> = rows
        .into_iter()
        .map(|row| Shown {
            recipient: row.recipient,
            rule: row.rule,
            subject: row.subject,
            paragraphs: row
                .body
                .split("\n\n")
                .map(|paragraph| paragraph.lines().map(str::to_owned).collect())
                .collect(),
            status: row.status.as_str(),
            last_error: row.last_error,
            created_at: row.created_at.to_rfc3339(),
        })
        .collect();
    let mut environment = Environment::new();
    environment
        .add_template("mail.html", include_str!("../../templates/dev/mail.html"))
        .map_err(|error| AppError::Internal(format!("templates/dev/mail.html: {error:#}")))?;
    let html = environment
        .get_template("mail.html")
        .and_then(|template| template.render(minijinja::value::Serde(Listing { total, messages })))
        .map_err(|error| AppError::Internal(format!("templates/dev/mail.html: {error:#}")))?;
    let headers = [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (header::CONTENT_SECURITY_POLICY, "default-src 'none'"),
        (header::CACHE_CONTROL, "no-store"),
    ];
    Ok((headers, html).into_response())
}
