//! Finance reports.

use utoipa_axum::router::OpenApiRouter;

use crate::AppState;

/// Routes of reports.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
}
