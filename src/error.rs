//! One error type for the whole service and its problem+json envelope (RFC 9457).
//!
//! Every variant says what went wrong for the client; `Internal` hides its cause from the
//! client and logs it. The `type` of each problem is a stable URI that clients can match on.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::{DbErr, SqlErr};
use serde::Serialize;
use utoipa::ToSchema;

use crate::i18n::{self, Language, Message, Text};

/// The base of every problem `type` URI.
pub const PROBLEM_BASE: &str = "https://grantdesk.dev/problems/";

/// One failing field of a request, named by its JSON path (`budget_lines[1].amount`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct FieldError {
    /// JSON path of the field.
    pub field: String,
    /// What is wrong with it, in words an applicant can act on, in the reader's language.
    #[schema(value_type = String)]
    pub message: Text,
}

impl FieldError {
    /// A field error for `field`: a catalogue [`Message`], or English text.
    pub fn new(field: impl Into<String>, message: impl Into<Text>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// The problem+json body.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// Stable machine-readable URI of the problem kind.
    #[serde(rename = "type")]
    pub type_: String,
    /// Short human title of the problem kind.
    pub title: String,
    /// HTTP status code.
    pub status: u16,
    /// What happened in this case.
    pub detail: String,
    /// The failing fields, for validation problems.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// Declares the catalogue of problem kinds: one variant per kind with its stable slug (the
/// last segment of its `type` URI), HTTP status, title and a sentence saying when it happens.
macro_rules! problem_catalogue {
    ($($variant:ident => $slug:literal, $status:literal, $title:literal, $when:literal;)*) => {
        /// Every kind of problem the service answers with. The slug is stable: clients match
        /// on `type = https://grantdesk.dev/problems/<slug>`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ProblemKind {
            $(
                #[doc = $when]
                $variant,
            )*
        }

        impl ProblemKind {
            /// Every kind, in catalogue order.
            pub const ALL: &'static [ProblemKind] = &[$(ProblemKind::$variant),*];

            /// The stable slug of the kind (`call-closed`).
            pub fn slug(self) -> &'static str {
                match self { $(ProblemKind::$variant => $slug,)* }
            }

            /// The HTTP status the kind answers with.
            pub fn status(self) -> u16 {
                match self { $(ProblemKind::$variant => $status,)* }
            }

            /// The short human title of the kind, in English (the catalogue has every language:
            /// `problem-<slug>-title`).
            pub fn title(self) -> &'static str {
                match self { $(ProblemKind::$variant => $title,)* }
            }

            /// One sentence saying when the kind happens, in English (the catalogue has every
            /// language: `problem-<slug>-description`).
            pub fn description(self) -> &'static str {
                match self { $(ProblemKind::$variant => $when,)* }
            }
        }

        impl std::fmt::Display for ProblemKind {
            fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str(self.slug())
            }
        }
    };
}

problem_catalogue! {
    Unauthorized => "unauthorized", 401, "Authentication required",
        "No valid access token was presented, or it has expired, or the credentials are wrong.";
    Forbidden => "forbidden", 403, "Forbidden",
        "The caller is signed in but their role or membership does not allow this action.";
    NotFound => "not-found", 404, "Not found",
        "The resource does not exist, or the caller may not know that it exists.";
    MalformedRequest => "malformed-request", 400, "Malformed request",
        "The request cannot be read: malformed JSON, a missing JSON content type, a bad path parameter or a method the path does not allow.";
    Validation => "validation", 422, "Invalid request",
        "One or more fields are missing or invalid; `errors` names each with its JSON path.";
    PayloadTooLarge => "payload-too-large", 413, "Request body too large",
        "The request body is larger than 1 MiB.";
    TooManyRequests => "too-many-requests", 429, "Too many requests",
        "Too many attempts in a short time; `Retry-After` says when to try again.";
    Internal => "internal", 500, "Internal error",
        "The service failed; the cause is logged with the request id and never shown.";
    Duplicate => "duplicate", 409, "Already exists",
        "A record with the same unique values already exists.";
    PublicationConsentRequired => "publication-consent-required", 409, "Members' consent required",
        "Only the organisation's members consent to publishing its grants in full; an officer sets the lower policies.";
    PublicationLoweredByOfficer => "publication-lowered-by-officer", 409, "Policy lowered by an officer",
        "An officer lowered the organisation's publication policy for its safety; only an officer raises it again.";
    ConcurrentChange => "concurrent-change", 409, "Changed meanwhile",
        "The record changed between reading and writing it; reload it and try again.";
    InvalidTransition => "invalid-transition", 409, "Not possible in the current state",
        "The action is not allowed from the record's current status; the detail says what must happen first.";
    AlreadyAppealed => "already-appealed", 409, "Already appealed",
        "The decision or finding has already been appealed once.";
    AlreadyAssigned => "already-assigned", 409, "Reviewer already assigned",
        "The reviewer is already assigned to this application.";
    AlreadyMember => "already-member", 409, "Already a member",
        "The account is already a member of the organisation.";
    AppealResolved => "appeal-resolved", 409, "Appeal already resolved",
        "The appeal has already been upheld or overturned.";
    AppealWindowClosed => "appeal-window-closed", 409, "Appeal window closed",
        "An appeal was filed after the call's appeal window ended.";
    AppealWindowOpen => "appeal-window-open", 409, "Appeal window still open",
        "The call cannot be decided while applicants may still appeal.";
    ApplicationNotDraft => "application-not-draft", 409, "Application already submitted",
        "An application can be edited only while it is a draft.";
    ApprovalRefused => "approval-refused", 409, "Approval refused",
        "The approval is not allowed: the approver is not a second officer, or the assessment is not ready.";
    AssessmentCompleted => "assessment-completed", 409, "Assessment completed",
        "A completed due-diligence assessment cannot change; open a new one.";
    AssessmentIncomplete => "assessment-incomplete", 409, "Assessment incomplete",
        "A due-diligence assessment cannot be completed while checklist items, screening or adjudication are missing.";
    AssessmentOpen => "assessment-open", 409, "Assessment already open",
        "The organisation already has an open due-diligence assessment.";
    AwardNotActive => "award-not-active", 409, "Award not active",
        "Money moves only on an award that has been accepted and is not completed or terminated.";
    AwardNotFinished => "award-not-finished", 409, "Award not finished",
        "An award is completed only when its money is paid and its reports are received.";
    AwardPreconditions => "award-preconditions", 409, "Award gate not met",
        "An award needs valid due diligence and an approved do-no-harm risk assessment below critical.";
    BudgetExceeded => "budget-exceeded", 409, "Budget exceeded",
        "The award or sponsorship would take the call's or event's total over its budget ceiling.";
    CallCancelled => "call-cancelled", 409, "Call cancelled",
        "The call was cancelled; its applications are closed.";
    CallClosed => "call-closed", 409, "Call closed",
        "An application is created or submitted after the call's closing instant.";
    CallClosesInPast => "call-closes-in-past", 409, "Closing date has passed",
        "A call cannot be published with a closing instant in the past.";
    CallDecided => "call-decided", 409, "Call decided",
        "The call is decided; its appeals are closed.";
    CallNotDraft => "call-not-draft", 409, "Call not a draft",
        "Only a draft call can be changed.";
    CallNotOpen => "call-not-open", 409, "Call not open",
        "The call does not take applications in its current status.";
    CallNotSettled => "call-not-settled", 409, "Call not settled",
        "The call cannot be decided while applications are still pending.";
    CallNotYetOpen => "call-not-yet-open", 409, "Call not yet open",
        "The call opens for submissions later.";
    ConditionNotMet => "condition-not-met", 409, "Tranche condition not met",
        "The tranche's condition (such as a report received) is not met; an approver may override it with a reason.";
    ConflictOfInterest => "conflict-of-interest", 409, "Conflict of interest",
        "The reviewer has declared a conflict or is a member of the applicant organisation.";
    DeadlinePassed => "deadline-passed", 409, "Deadline passed",
        "Sponsorship requests for the event closed at its request deadline.";
    DisbursementCeiling => "disbursement-ceiling", 409, "Over the ceiling",
        "The disbursement would take the money requested, approved and paid over the award, tranche or sponsorship ceiling.";
    DocumentLocked => "document-locked", 409, "Documents locked",
        "Documents are added or removed only while their subject can still change (an application while it is a draft, a sponsorship until it is settled).";
    DuplicateTraveller => "duplicate-traveller", 409, "Traveller already requested",
        "The traveller already has a sponsorship request for this event.";
    EmailTaken => "email-taken", 409, "Email taken",
        "An account with this email already exists.";
    EmailUnverified => "email-unverified", 409, "Email not verified",
        "The account's email address is not verified yet; follow the link sent to it, or ask for a new one with `POST /api/v1/auth/verify-email/resend`.";
    EmailVerified => "email-verified", 409, "Email already verified",
        "The account's email address is already verified; there is nothing to confirm.";
    EventNotOpen => "event-not-open", 409, "Event not open",
        "The event does not take sponsorship requests in its current status.";
    FileTooLarge => "file-too-large", 413, "File too large",
        "The uploaded file is larger than the per-file limit, or would take its application over its total; the detail names the limit.";
    FormFrozen => "form-frozen", 409, "Form frozen",
        "A call's form changes only while the call is a draft; while it is open an officer may only add optional questions after the existing ones.";
    InvitationClosed => "invitation-closed", 409, "Invitation no longer open",
        "The invitation was already accepted, declined or revoked, or it has expired; a member sends a new one.";
    LetterUnavailable => "letter-unavailable", 409, "Letter not available",
        "The letter is issued only once the award or sponsorship reaches the status that allows it.";
    LinkInvalid => "link-invalid", 409, "Link not valid",
        "The link sent by email is unknown, was already used (or replaced by a newer one), or has expired; ask for a new one.";
    MfaEnabled => "mfa-enabled", 409, "Two-factor sign-in already on",
        "Two-factor sign-in is already on; turn it off with a current code before enrolling again.";
    MfaNotEnabled => "mfa-not-enabled", 409, "Two-factor sign-in not on",
        "Two-factor sign-in is not on (or its enrolment was not started); enrol with `POST /api/v1/me/mfa/totp` first.";
    MfaRequired => "mfa-required", 403, "Two-factor sign-in required",
        "The caller's role needs two-factor sign-in; until they enrol, they may only read their account and enrol.";
    NoReviews => "no-reviews", 409, "No reviews",
        "No review has been submitted; decide after one, or give an override reason.";
    NoSanctionsList => "no-sanctions-list", 409, "No sanctions list",
        "No sanctions list has been imported yet; an admin imports it first.";
    NotReadyForReview => "not-ready-for-review", 409, "Not ready for review",
        "Reviewers are assigned only to eligible applications.";
    NotYetTravelled => "not-yet-travelled", 409, "Not yet travelled",
        "Attendance is confirmed on or after the traveller's arrival date.";
    NothingToAppeal => "nothing-to-appeal", 409, "Nothing to appeal",
        "Only a rejection or an ineligibility finding can be appealed.";
    NothingToReclaim => "nothing-to-reclaim", 409, "Nothing to reclaim",
        "Nothing is due back from the organisation for this sponsorship.";
    PaymentApproved => "payment-approved", 409, "Payment approved",
        "A payment is approved; finance pays or cancels it first.";
    PaymentsInFlight => "payments-in-flight", 409, "Payments in flight",
        "Payments are requested or approved; finance pays or cancels them first.";
    RefundRecorded => "refund-recorded", 409, "Refund already recorded",
        "The sponsorship's refund is already recorded.";
    RescreeningRequired => "rescreening-required", 409, "Re-screening required",
        "The organisation's screened names changed, or the sanctions list in force finds an unadjudicated match, since its due diligence; an officer screens it again.";
    ReviewFrozen => "review-frozen", 409, "Review frozen",
        "The review is submitted (final), or the application has a decision, so it no longer changes unless an officer reopens it after an appeal.";
    RiskApproved => "risk-approved", 409, "Risk assessment approved",
        "An approved risk assessment can no longer change.";
    RiskAssessmentExists => "risk-assessment-exists", 409, "Risk assessment exists",
        "The application or sponsorship already has a risk assessment.";
    RiskGate => "risk-gate", 409, "Risk not cleared",
        "The do-no-harm risk assessment is not approved, or its residual risk blocks the action.";
    ScreeningOutdated => "screening-outdated", 409, "Screening outdated",
        "The organisation's names or members, or the sanctions list, changed since the screening; screen again.";
    SponsorshipNotPayable => "sponsorship-not-payable", 409, "Sponsorship not payable",
        "Money moves only on an approved, travelled or reconciled sponsorship whose risk is cleared.";
    UnsupportedFileType => "unsupported-file-type", 415, "File type not accepted",
        "The uploaded file's bytes are not PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, CSV or plain text, whatever its name says, or the file is empty.";
}

/// The conflicts (409 problem kinds) each operation of a domain can answer with, by
/// operation id (the handler's name). Each domain's `mod.rs` declares its table as
/// `CONFLICTS`; the OpenAPI document lists them on each operation's 409 response.
pub type OperationProblems = &'static [(&'static str, &'static [ProblemKind])];

/// Everything that can go wrong while answering a request.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No valid credentials were presented.
    #[error("authentication required: {0}")]
    Unauthorized(String),
    /// The caller is known but may not do this.
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// The resource does not exist, or the caller may not know that it exists.
    #[error("{0} not found")]
    NotFound(&'static str),
    /// The request is valid but conflicts with the current state.
    #[error("conflict ({kind}): {detail}")]
    Conflict {
        /// The kind of conflict, e.g. `ProblemKind::CallClosed`.
        kind: ProblemKind,
        /// What conflicts and the way forward: a catalogue [`Message`], or English text
        /// (answered in another language as the kind's translated description).
        detail: Text,
    },
    /// The body could not be read as the expected JSON.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// Some fields are invalid.
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    /// The body is larger than the service accepts.
    #[error("payload too large")]
    PayloadTooLarge,
    /// Too many attempts; try again after the given number of seconds.
    #[error("too many requests")]
    TooManyRequests {
        /// Seconds until the caller may try again.
        retry_after_seconds: i64,
        /// What was throttled.
        detail: String,
    },
    /// A fault of the service; the cause is logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

/// The result of a handler or service function.
pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    /// A validation error on a single field.
    pub fn field(field: impl Into<String>, message: impl Into<Text>) -> Self {
        Self::Validation(vec![FieldError::new(field, message)])
    }

    /// A conflict of the given kind.
    pub fn conflict(kind: ProblemKind, detail: impl Into<Text>) -> Self {
        Self::Conflict {
            kind,
            detail: detail.into(),
        }
    }

    /// The catalogue entry of this error.
    pub fn kind(&self) -> ProblemKind {
        match self {
            Self::Unauthorized(_) => ProblemKind::Unauthorized,
            Self::Forbidden(_) => ProblemKind::Forbidden,
            Self::NotFound(_) => ProblemKind::NotFound,
            Self::Conflict { kind, .. } => *kind,
            Self::BadRequest(_) => ProblemKind::MalformedRequest,
            Self::Validation(_) => ProblemKind::Validation,
            Self::PayloadTooLarge => ProblemKind::PayloadTooLarge,
            Self::TooManyRequests { .. } => ProblemKind::TooManyRequests,
            Self::Internal(_) => ProblemKind::Internal,
        }
    }

    /// The problem body this error answers with, in the language of the request being
    /// answered (English outside a request).
    pub fn problem(&self) -> Problem {
        self.problem_in(i18n::current())
    }

    /// The problem body in `language`. The `type` and the field paths are the same in every
    /// language; the title, the detail and the field messages are the catalogue's.
    pub fn problem_in(&self, language: Language) -> Problem {
        self.problem_shown(language, Message::render)
    }

    /// The problem as a portal page shows it in `language`: as [`Self::problem_in`], with
    /// the catalogue's messages rendered for a page ([`Message::render_on_page`]: amounts
    /// the reader's way, names isolated on a right-to-left page). Every page that shows a
    /// service's refusal takes its words from here.
    pub fn problem_on_page(&self, language: Language) -> Problem {
        self.problem_shown(language, Message::render_on_page)
    }

    fn problem_shown(&self, language: Language, render: fn(&Message, Language) -> String) -> Problem {
        let kind = self.kind();
        Problem {
            type_: format!("{PROBLEM_BASE}{}", kind.slug()),
            title: kind_text(kind, "title", language),
            status: kind.status(),
            detail: self.detail(language, render),
            errors: match self {
                Self::Validation(errors) => errors
                    .iter()
                    .map(|error| FieldError::new(error.field.clone(), shown(&error.message, language, render)))
                    .collect(),
                _ => Vec::new(),
            },
        }
    }

    /// What happened in this case, in `language`. A detail written in English by code is
    /// shown as it is in English, and as the kind's description in other languages.
    fn detail(&self, language: Language, render: fn(&Message, Language) -> String) -> String {
        let kind = self.kind();
        let literal = |detail: &str| {
            if language == Language::En {
                detail.to_owned()
            } else {
                kind_text(kind, "description", language)
            }
        };
        let message = match self {
            Self::Unauthorized(detail) | Self::Forbidden(detail) | Self::BadRequest(detail) => {
                return literal(detail);
            }
            Self::NotFound(what) => return literal(&format!("{what} not found")),
            Self::Conflict { detail, .. } => match detail {
                Text::Message(message) => message.clone(),
                Text::Literal(detail) => return literal(detail),
            },
            Self::TooManyRequests { detail, .. } => return literal(detail),
            Self::Validation(errors) => match errors.as_slice() {
                [only] if only.field.is_empty() => {
                    Message::new("problem-validation-request").with("reason", shown(&only.message, language, render))
                }
                [only] => Message::new("problem-validation-one-field").with("field", only.field.clone()),
                many => Message::new("problem-validation-fields")
                    .with("count", many.len())
                    .with(
                        "fields",
                        many.iter()
                            .map(|error| error.field.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
            },
            Self::PayloadTooLarge => Message::new("problem-payload-too-large-detail"),
            Self::Internal(_) => Message::new("problem-internal-detail"),
        };
        render(&message, language)
    }
}

/// A text of a problem in `language`: a catalogue message rendered by `render`, English text
/// as it is.
fn shown(text: &Text, language: Language, render: fn(&Message, Language) -> String) -> String {
    match text {
        Text::Message(message) => render(message, language),
        Text::Literal(literal) => literal.clone(),
    }
}

/// The catalogue's `problem-<slug>-<part>` of a kind in `language` (`title`, `description`).
fn kind_text(kind: ProblemKind, part: &str, language: Language) -> String {
    Message::new(format!("problem-{}-{part}", kind.slug())).render(language)
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let Self::Internal(cause) = &self {
            tracing::error!(%cause, "internal error");
        }
        let language = i18n::current();
        let problem = self.problem_in(language);
        let status = StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&problem).unwrap_or_default();
        let mut response = (status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(language.code()));
        if let Self::TooManyRequests {
            retry_after_seconds, ..
        } = self
            && let Ok(value) = HeaderValue::from_str(&retry_after_seconds.max(1).to_string())
        {
            headers.insert(header::RETRY_AFTER, value);
        }
        response
    }
}

impl From<DbErr> for AppError {
    fn from(error: DbErr) -> Self {
        match error.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => Self::conflict(
                ProblemKind::Duplicate,
                "a record with the same unique values already exists",
            ),
            _ => Self::Internal(error.to_string()),
        }
    }
}

/// Maps a unique-key violation to a conflict with a precise message, so a race between
/// two requests becomes a 409 rather than a 500 (realworld's `on_constraint`).
pub trait OnUnique<T> {
    /// Turns a unique violation into `AppError::Conflict { kind, detail }`.
    fn on_unique(self, kind: ProblemKind, detail: &str) -> AppResult<T>;
}

impl<T> OnUnique<T> for Result<T, DbErr> {
    fn on_unique(self, kind: ProblemKind, detail: &str) -> AppResult<T> {
        self.map_err(|error| match error.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => AppError::conflict(kind, detail),
            _ => AppError::from(error),
        })
    }
}

/// Collects field errors and turns them into one validation error when any were found.
#[derive(Debug, Default)]
pub struct Validator {
    errors: Vec<FieldError>,
}

impl Validator {
    /// An empty collector.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records an error on `field` when `failed` holds.
    pub fn check(&mut self, failed: bool, field: impl Into<String>, message: impl Into<Text>) {
        if failed {
            self.errors.push(FieldError::new(field, message));
        }
    }

    /// Records an error on `field`; the same error twice (one cause reached by two checks,
    /// such as a missing exchange rate) is reported once.
    pub fn push(&mut self, field: impl Into<String>, message: impl Into<Text>) {
        let error = FieldError::new(field, message);
        if !self.errors.contains(&error) {
            self.errors.push(error);
        }
    }

    /// Records errors found elsewhere (such as the check of answers against a form).
    pub fn extend(&mut self, errors: impl IntoIterator<Item = FieldError>) {
        self.errors.extend(errors);
    }

    /// Takes the value of a check that may fail, recording the failure.
    pub fn take<T, E: Into<Text>>(&mut self, field: impl Into<String>, result: Result<T, E>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(message) => {
                self.push(field, message);
                None
            }
        }
    }

    /// Records that a required text is present and not blank.
    pub fn required_text(&mut self, field: &str, value: &str, max_chars: usize) {
        if value.trim().is_empty() {
            self.push(field, Message::new("field-not-blank"));
        } else if value.chars().count() > max_chars {
            self.push(field, Message::new("field-too-long").with("max", max_chars));
        }
    }

    /// Ok when nothing failed, else the validation error.
    pub fn finish(self) -> AppResult<()> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation(self.errors))
        }
    }
}
