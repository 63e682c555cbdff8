//! Handlers of the audit trail.

use axum::Json;
use axum::extract::State;

use super::json::{AuditEventResponse, AuditQuery, BrokenLinkResponse, VerificationResponse};
use super::service;
use super::store::AuditFilter;
use crate::AppState;
use crate::auth::Overseer;
use crate::error::AppResult;
use crate::http::{Page, PageQuery, Query};

/// Lists audit events, newest first, optionally about one subject.
#[utoipa::path(
    get, path = "/audit", tag = "audit",
    params(AuditQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, body = Page<AuditEventResponse>),
        (status = 401, body = crate::error::Problem), (status = 403, body = crate::error::Problem),
    )
)]
pub async fn list_audit_events(
    State(state): State<AppState>,
    _user: Overseer,
    Query(query): Query<AuditQuery>,
) -> AppResult<Json<Page<AuditEventResponse>>> {
    let page = PageQuery {
        limit: query.limit,
        offset: query.offset,
    };
    let filter = AuditFilter {
        subject_type: query.subject_type,
        subject_id: query.subject_id,
    };
    let (rows, total) = service::list_events(&state.db, &filter, page.limit(), page.offset()).await?;
    Ok(Json(Page {
        items: rows.into_iter().map(AuditEventResponse::from).collect(),
        total,
    }))
}

/// Recomputes the hash chain and reports the first broken link.
#[utoipa::path(
    get, path = "/audit/verify", tag = "audit",
    security(("bearer" = [])),
    responses(
        (status = 200, body = VerificationResponse),
        (status = 401, body = crate::error::Problem), (status = 403, body = crate::error::Problem),
    )
)]
pub async fn verify_audit_chain(
    State(state): State<AppState>,
    _user: Overseer,
) -> AppResult<Json<VerificationResponse>> {
    let report = service::verify_chain(&state.db).await?;
    Ok(Json(VerificationResponse {
        ok: report.broken.is_none(),
        events_checked: report.events_checked,
        first_broken: report.broken.map(|broken| BrokenLinkResponse {
            seq: broken.seq,
            problem: broken.problem,
        }),
    }))
}
