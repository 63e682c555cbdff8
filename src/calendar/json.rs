//! Query and response bodies of the calendar feeds.

use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::i18n::Language;

/// `GET /me/deadlines.ics` takes a bearer token or the feed's own `token`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct FeedQuery {
    /// The token of `POST /me/calendar` (for calendar apps, which cannot send a bearer token).
    pub token: Option<String>,
    /// The language of the summaries and descriptions (`en`, `fr`, `es`, `ar`, `ru`, `zh`);
    /// the person's `preferred_language` when left out.
    pub lang: Option<Language>,
}

/// The caller's calendar subscription.
#[derive(Debug, Serialize, ToSchema)]
pub struct FeedResponse {
    /// Path of the feed with its token, to subscribe to from a calendar app (prefix the
    /// server's address). Shown once; keep it private: it shows the caller's deadlines to
    /// whoever has it. `POST` again for a new one, `DELETE` to revoke it.
    pub url: String,
}
