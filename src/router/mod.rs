//! Assembles the whole service: every domain's routes under `/api/v1`, the OpenAPI
//! document (with the problem kinds of every operation), the docs page, the operational
//! endpoints and the middleware. A new entry point (the portal, a job) does not come
//! through here: it calls the domains' services directly.

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderName, StatusCode};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
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
use crate::http::{MAX_BODY_BYTES, REQUEST_ID, metrics, problem_for_framework_errors};

pub mod problems;

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
        (name = "letters", description = "Letters as issued and their public verification"),
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

/// The OpenAPI document as served, without building the router's state.
pub fn openapi() -> utoipa::openapi::OpenApi {
    let (_, openapi) = api_routes().split_for_parts();
    problems::document(nest_paths(openapi, "/api/v1"))
}

/// The whole service: the versioned API, its OpenAPI document and docs page, and the
/// operational endpoints.
pub fn router(state: AppState) -> Router {
    let (api, openapi) = api_routes().split_for_parts();
    let openapi = problems::document(nest_paths(openapi, "/api/v1"));
    Router::new()
        .nest("/api/v1", api)
        .merge(SwaggerUi::new("/docs").url("/api/v1/openapi.json", openapi))
        .merge(crate::portal::router())
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/dev/mail", get(crate::reminders::dev_mail::page))
        .fallback(|| async { AppError::NotFound("route") })
        .layer(middleware::from_fn_with_state(state.clone(), metrics::record))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            crate::audit::linker::scope_request_linker,
        ))
        .layer(middleware::from_fn(problem_for_framework_errors))
        .layer(CatchPanicLayer::custom(|_panic: Box<dyn std::any::Any + Send>| {
            AppError::Internal("a handler panicked".to_owned()).into_response()
        }))
        .layer(middleware::from_fn(crate::i18n::scope_request_language))
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
                    // The path only: a query may carry a secret (the calendar feed's token);
                    // an invitation's token, which travels in the path, is masked.
                    let path = loggable_path(request.uri().path());
                    tracing::info_span!("request", method = %request.method(), path = %path, request_id)
                })
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .layer(SetRequestIdLayer::new(
            HeaderName::from_static(REQUEST_ID),
            MakeRequestUuid,
        ))
        .layer(middleware::map_request(drop_unsafe_request_id))
        .with_state(state)
}

/// The operational `/metrics` endpoint, served on its own listener
/// (`GRANTDESK_METRICS_BIND`), never on the public API port.
pub fn metrics_router(state: AppState) -> Router {
    Router::new()
        .route("/metrics", get(metrics::render))
        .fallback(|| async { AppError::NotFound("route") })
        .with_state(state)
}

/// Keeps a client's `x-request-id` only when it is a short token of safe characters (at
/// most 64 of `A-Z a-z 0-9 . _ -`), so nothing a client sends can forge or flood a log
/// line; otherwise the id is dropped and a new one is generated.
async fn drop_unsafe_request_id(mut request: Request) -> Request {
    let safe = request
        .headers()
        .get(REQUEST_ID)
        .is_none_or(|value| is_safe_request_id(value.as_bytes()));
    if !safe {
        request.headers_mut().remove(REQUEST_ID);
    }
    request
}

/// Whether a request id is at most 64 characters of `A-Z a-z 0-9 . _ -`.
pub fn is_safe_request_id(id: &[u8]) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .iter()
            .all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b'-'))
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

/// Every domain's routes, with the frame of the OpenAPI document.
fn api_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(crate::auth::router())
        .merge(crate::organisations::router())
        .merge(crate::calls::router())
        .merge(crate::forms::router())
        .merge(crate::documents::router())
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
        .merge(crate::letters::router())
        .merge(crate::sanctions::router())
        .merge(crate::diligence::router())
        .merge(crate::risk::router())
        .merge(crate::audit::router())
        .merge(crate::reference::router())
        .merge(crate::open_data::router())
}

/// The path as logged: the token of an invitation (`/api/v1/invitations/{token}/accept`)
/// is a secret and is replaced by `{token}`.
pub fn loggable_path(path: &str) -> std::borrow::Cow<'_, str> {
    const INVITATIONS: &str = "/api/v1/invitations/";
    match path.strip_prefix(INVITATIONS) {
        Some(rest) => {
            let action = rest.split_once('/').map_or("", |(_, action)| action);
            format!("{INVITATIONS}{{token}}/{action}").into()
        }
        None => path.into(),
    }
}

#[cfg(test)]
mod invitation_path_tests {
    use super::loggable_path;

    #[test]
    fn an_invitation_token_in_the_path_is_not_logged() {
        let token = "ab".repeat(32);
        assert_eq!(
            loggable_path(&format!("/api/v1/invitations/{token}/accept")),
            "/api/v1/invitations/{token}/accept"
        );
        assert_eq!(
            loggable_path(&format!("/api/v1/invitations/{token}")),
            "/api/v1/invitations/{token}/"
        );
        assert_eq!(loggable_path("/api/v1/organisations"), "/api/v1/organisations");
    }
}
