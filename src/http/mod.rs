//! The HTTP layer shared by every domain: router assembly, middleware (request ids,
//! body limit, metrics, problem+json for framework errors), extractors and pagination.

pub mod extract;
pub mod metrics;
pub mod pagination;

use std::time::Instant;

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use sea_orm::ConnectionTrait;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_swagger_ui::SwaggerUi;

use crate::AppState;
use crate::error::{AppError, Problem};

pub use extract::{Json as JsonBody, OptionalJson, Query};
pub use pagination::{Page, PageQuery};

/// Largest request body accepted: 1 MiB.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

const REQUEST_ID: &str = "x-request-id";

/// The OpenAPI document's frame; paths come from each domain's router.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "grantdesk",
        description = "Grant management for offices that fund civil-society organisations. Errors are application/problem+json (RFC 9457).",
        version = env!("CARGO_PKG_VERSION")
    ),
    components(schemas(Problem, crate::error::FieldError)),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Accounts, sign-in and tokens"),
        (name = "organisations", description = "Civil-society organisations and their members"),
        (name = "calls", description = "Funding calls"),
        (name = "applications", description = "Applications to funding calls"),
        (name = "review", description = "Reviewer assignments, conflicts, scores and ranking"),
        (name = "decisions", description = "Decisions, appeals and call closure"),
        (name = "awards", description = "Awards, their acceptance, reporting obligations and letters"),
        (name = "disbursements", description = "Disbursements of awards in tranches, with four eyes"),
        (name = "reports", description = "Finance reports"),
        (name = "events", description = "Conferences with a sponsorship budget and daily subsistence allowance"),
        (name = "sponsorships", description = "Travel sponsorship requests, decisions and representation"),
        (name = "due-diligence", description = "Due diligence and UN sanctions-list screening"),
        (name = "do-no-harm", description = "Do-no-harm risk assessments"),
        (name = "audit", description = "The hash-chained audit trail"),
        (name = "reference", description = "Countries and currencies"),
    )
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
    }
}

/// The whole service: the versioned API, its OpenAPI document and docs page, and the
/// operational endpoints.
pub fn router(state: AppState) -> Router {
    let (api, openapi) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(crate::auth::router())
        .merge(crate::organisations::router())
        .merge(crate::calls::router())
        .merge(crate::applications::router())
        .merge(crate::reviews::router())
        .merge(crate::decisions::router())
        .merge(crate::awards::router())
        .merge(crate::disbursements::router())
        .merge(crate::reports::router())
        .merge(crate::events::router())
        .merge(crate::reminders::router())
        .merge(crate::calendar::router())
        .merge(crate::sponsorships::router())
        .merge(crate::sanctions::router())
        .merge(crate::diligence::router())
        .merge(crate::risk::router())
        .merge(crate::audit::router())
        .merge(crate::reference::router())
        .split_for_parts();
    let openapi = nest_paths(openapi, "/api/v1");

    Router::new()
        .nest("/api/v1", api)
        .merge(SwaggerUi::new("/docs").url("/api/v1/openapi.json", openapi))
        .route(
            "/",
            get(|| async { Html(r#"<p>grantdesk is running. API docs: <a href="/docs/">/docs/</a></p>"#) }),
        )
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics::render))
        .fallback(|| async { AppError::NotFound("route") })
        .layer(middleware::from_fn_with_state(state.clone(), metrics::record))
        .layer(middleware::from_fn(problem_for_framework_errors))
        .layer(CatchPanicLayer::custom(|_panic: Box<dyn std::any::Any + Send>| {
            AppError::Internal("a handler panicked".to_owned()).into_response()
        }))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(PropagateRequestIdLayer::new(HeaderName::from_static(REQUEST_ID)))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request<Body>| {
                    let request_id = request
                        .headers()
                        .get(REQUEST_ID)
                        .and_then(|value| value.to_str().ok())
                        .unwrap_or("-");
                    // The path only: a query may carry a secret (the calendar feed's token).
                    tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), request_id)
                })
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .layer(SetRequestIdLayer::new(
            HeaderName::from_static(REQUEST_ID),
            MakeRequestUuid,
        ))
        .with_state(state)
}

/// Prefixes every path of the document with the API's base path.
fn nest_paths(mut openapi: utoipa::openapi::OpenApi, prefix: &str) -> utoipa::openapi::OpenApi {
    let paths = std::mem::take(&mut openapi.paths.paths);
    openapi.paths.paths = paths
        .into_iter()
        .map(|(path, item)| (format!("{prefix}{path}"), item))
        .collect();
    openapi
}

/// Process up.
async fn healthz() -> &'static str {
    "ok"
}

/// Database reachable.
async fn readyz(State(state): State<AppState>) -> Response {
    match state.db.execute_unprepared("SELECT 1").await {
        Ok(_) => (StatusCode::OK, "ready").into_response(),
        Err(error) => {
            tracing::warn!(%error, "database not reachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database not reachable").into_response()
        }
    }
}

/// Turns the framework's own error answers (unknown route, wrong method, bad path
/// parameter, body too large) into problem+json, so every 4xx has the same envelope.
async fn problem_for_framework_errors(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"application/problem+json"));
    if !(status.is_client_error() || status.is_server_error()) || is_problem {
        return response;
    }
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, 4096).await.unwrap_or_default();
    let text = String::from_utf8_lossy(&bytes).trim().to_owned();
    let error = match status {
        StatusCode::NOT_FOUND => AppError::NotFound("route"),
        StatusCode::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge,
        StatusCode::METHOD_NOT_ALLOWED => AppError::BadRequest("method not allowed on this path".to_owned()),
        _ if status.is_server_error() => AppError::Internal(text.clone()),
        _ => AppError::BadRequest(if text.is_empty() { status.to_string() } else { text }),
    };
    let mut problem = error.problem();
    problem.status = status.as_u16();
    let mut answer = (status, Json(problem)).into_response();
    answer.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    for (name, value) in parts.headers.iter() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            answer.headers_mut().insert(name.clone(), value.clone());
        }
    }
    answer
}

/// A file answer: `content_type`, and a `Content-Disposition` of `disposition`
/// (`attachment` to download, `inline` to show) naming `filename`.
pub fn file_response(body: impl Into<Body>, content_type: &'static str, disposition: &str, filename: &str) -> Response {
    let mut response = Response::new(body.into());
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&format!("{disposition}; filename=\"{filename}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// The matched route template of a request (`/api/v1/calls/{id}`), for metrics and logs.
pub fn route_of(request: &Request) -> String {
    request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |path| path.as_str().to_owned())
}

/// Measures how long a future takes, in seconds.
pub fn elapsed_seconds(start: Instant) -> f64 {
    start.elapsed().as_secs_f64()
}
