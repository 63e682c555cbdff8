//! Civil-society organisations and their members. An applicant who creates an
//! organisation becomes its first member; members invite others by email, and a person
//! joins only by accepting the invitation (`invitations.rs`).
//! Officers, finance and admins see every organisation; an applicant sees only their own
//! (any other answers 404, so an applicant learns nothing about other organisations).

mod handlers;
pub mod invitation_rules;
pub mod invitations;
pub mod invitations_store;
pub mod json;
pub mod publication;
pub mod rules;
pub mod service;
pub mod store;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::ProblemKind;

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[
    ("update_organisation", &[ProblemKind::ConcurrentChange]),
    (
        "set_publication_policy",
        &[
            ProblemKind::PublicationConsentRequired,
            ProblemKind::PublicationLoweredByOfficer,
            ProblemKind::ConcurrentChange,
        ],
    ),
    ("add_member", &[ProblemKind::AlreadyMember]),
    ("invite_member", &[ProblemKind::AlreadyMember]),
    ("revoke_invitation", &[ProblemKind::InvitationClosed]),
    (
        "accept_invitation",
        &[ProblemKind::InvitationClosed, ProblemKind::AlreadyMember],
    ),
    ("decline_invitation", &[ProblemKind::InvitationClosed]),
];

/// Routes of organisations. `add_member` is the deprecated alias of `invite_member`.
#[allow(deprecated)]
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::create_organisation, handlers::list_organisations))
        .routes(routes!(handlers::get_organisation, handlers::update_organisation))
        .routes(routes!(handlers::set_publication_policy))
        .routes(routes!(handlers::add_member, handlers::list_members))
        .routes(routes!(handlers::invite_member, handlers::list_invitations))
        .routes(routes!(handlers::revoke_invitation))
        .routes(routes!(handlers::accept_invitation))
        .routes(routes!(handlers::decline_invitation))
}
