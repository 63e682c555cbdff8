//! Handlers of the audit trail.

use axum::Json;
use axum::extract::State;

use super::json::{AuditEventResponse, AuditKeyResponse, AuditQuery, VerificationResponse};
use super::service;
use super::store::AuditFilter;
use crate::AppState;
use crate::auth::Overseer;
use crate::error::AppResult;
use crate::http::{KeysetQuery, Page, Query};

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
    let page = KeysetQuery {
        limit: query.limit,
        offset: query.offset,
        cursor: query.cursor,
        count: query.count,
    };
    let filter = AuditFilter {
        subject_type: query.subject_type,
        subject_id: query.subject_id,
    };
    let listed = service::list_events_page(&state.db, &filter, &page.request()).await?;
    Ok(Json(listed.map(AuditEventResponse::from).into()))
}

/// Recomputes the hash chain, reports the first broken link, and checks the chain against
/// its latest signed checkpoint (a chain shorter than the checkpoint, or with another hash
/// at its sequence, fails); counts the events committed and not yet linked into the chain
/// (one that has waited more than a minute fails).
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
    let verification = service::verify_with_checkpoints(&state.db, state.now(), &state.audit_key, None).await?;
    Ok(Json(VerificationResponse::from(verification)))
}

/// The public key that signs the audit chain's checkpoints, for anyone (an outside auditor
/// needs no account) to check a checkpoint's signature.
#[utoipa::path(
    get, path = "/audit/key", tag = "audit",
    responses((status = 200, body = AuditKeyResponse))
)]
pub async fn show_audit_key(State(state): State<AppState>) -> Json<AuditKeyResponse> {
    Json(AuditKeyResponse {
        algorithm: "Ed25519".to_owned(),
        public_key: state.audit_key.public_hex(),
        signed_message: "the UTF-8 text `grantdesk audit checkpoint`, then a line feed and the checkpoint's seq, \
                         a line feed and its hash, a line feed and signed_at in RFC 3339 with microseconds and Z"
            .to_owned(),
    })
}
