//! Request and response bodies of call forms.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::rules::Question;
use crate::calls::json::CallResponse;

/// `PUT /calls/{id}/form`: the whole form, its questions in order.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FormRequest {
    /// The questions, in the order applicants read them.
    pub questions: Vec<Question>,
}

/// A call's application form.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FormResponse {
    /// The call.
    pub call_id: Uuid,
    /// The questions, in order (empty: the call asks no questions).
    pub questions: Vec<Question>,
    /// When the form last changed (absent when the call never had one).
    pub updated_at: Option<DateTime<Utc>>,
}

/// `GET /calls/{id}`: the call with its application form.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CallWithFormResponse {
    /// The call.
    #[serde(flatten)]
    pub call: CallResponse,
    /// Its application form.
    pub form: FormResponse,
}
