//! The staff workspace's shell: who may read a workspace page ([`Staff`]), the sections of
//! the workspace by role ([`SECTIONS`]), and its home page at `/staff`, which lists the
//! sections the reader's roles open. Each area's pages live in their own module
//! (`staff_<area>.rs`) and templates (`templates/portal/staff/`), and call the same
//! services as the JSON API.

use axum::Router;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Serialize;
use serde_json::json;

use super::pages::{answer, problem_page, to_sign_in};
use super::render::Page;
use super::visitor::{SignedIn, Visitor};
use crate::AppState;
use crate::auth::{CurrentUser, Role};
use crate::error::{AppError, AppResult};
use crate::i18n::{Language, Message};

/// The templates of the shell.
pub const TEMPLATES: [(&str, &str); 1] = [(
    "staff/home.html",
    include_str!("../../templates/portal/staff/home.html"),
)];

/// The shell's routes.
pub fn routes() -> Router<AppState> {
    Router::new().route("/staff", get(home))
}

/// A section of the workspace: where it is, its name in the catalogue, and the roles that
/// open it.
pub struct Section {
    /// The section's first page.
    pub path: &'static str,
    /// The catalogue id of its name.
    pub name: &'static str,
    /// The roles that open it.
    pub roles: &'static [Role],
}

/// Every section of the workspace, in the order they are listed.
pub const SECTIONS: [Section; 13] = [
    section("/staff/reviews", "staff-section-reviews", &[Role::Reviewer]),
    section("/staff/calls", "staff-section-calls", &[Role::Officer, Role::Admin]),
    section("/staff/screening", "staff-section-screening", &[Role::Officer]),
    section("/staff/appeals", "staff-section-appeals", &[Role::Officer]),
    section("/staff/diligence", "staff-section-diligence", &[Role::Officer]),
    section("/staff/risk", "staff-section-risk", &[Role::Officer]),
    section("/staff/events", "staff-section-events", &[Role::Officer, Role::Admin]),
    section("/staff/payments", "staff-section-payments", &[Role::Finance]),
    section("/staff/reports", "staff-section-reports", &[Role::Finance, Role::Admin]),
    section("/staff/audit", "staff-section-audit", &[Role::Officer, Role::Admin]),
    section("/staff/users", "staff-section-users", &[Role::Admin]),
    section("/staff/sanctions", "staff-section-sanctions", &[Role::Admin]),
    section("/staff/outbox", "staff-section-outbox", &[Role::Admin]),
];

/// A section; what is done there is the catalogue's `<name>-summary`.
const fn section(path: &'static str, name: &'static str, roles: &'static [Role]) -> Section {
    Section { path, name, roles }
}

impl Section {
    /// Whether `user` may open this section.
    pub fn opens_for(&self, user: &CurrentUser) -> bool {
        self.roles.iter().any(|role| user.has(*role))
    }
}

/// A section as the navigation and the home page show it.
#[derive(Debug, Serialize)]
pub struct SectionLink {
    path: &'static str,
    name: String,
    summary: String,
}

/// The sections `user` may open, in `language`, for the workspace's navigation.
pub fn sections_for(user: &CurrentUser, language: Language) -> Vec<SectionLink> {
    SECTIONS
        .iter()
        .filter(|section| section.opens_for(user))
        .map(|section| SectionLink {
            path: section.path,
            name: Message::new(section.name).render(language),
            summary: Message::new(format!("{}-summary", section.name)).render(language),
        })
        .collect()
}

/// A signed-in member of staff reading a workspace page. Someone not signed in is sent to
/// sign in (and brought back); a signed-in reader without a staff role gets "not found",
/// as for anything they may not see.
pub struct Staff {
    /// The reader (language, session, path).
    pub visitor: Visitor,
    /// Their session and who they are.
    pub signed_in: SignedIn,
}

impl Staff {
    /// Who the reader is, as the services expect.
    pub fn user(&self) -> &CurrentUser {
        &self.signed_in.user
    }

    /// The reader's language.
    pub fn language(&self) -> Language {
        self.visitor.language
    }

    /// Refuses (403, shown as a page) unless the reader holds one of `roles`.
    pub fn require(&self, roles: &[Role]) -> AppResult<()> {
        self.user().require_any(roles)
    }

    /// The page, or the error as a page, for this reader.
    pub fn answer(&self, state: &AppState, page: AppResult<Page>) -> Response {
        answer(state, &self.visitor, page)
    }

    /// Checks a form's CSRF token (403 when it is not this session's).
    pub fn check_form(&self, presented: &str) -> AppResult<()> {
        self.visitor.check_form_token(presented)
    }
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let visitor = Visitor::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let Some(signed_in) = visitor.signed_in.clone() else {
            return Err(to_sign_in(&visitor));
        };
        if !signed_in.user.is_staff() {
            let error = AppError::NotFound("this page");
            return Err(problem_page(state, &visitor, error));
        }
        Ok(Self { visitor, signed_in })
    }
}

/// The workspace's home: the sections the reader's roles open, each with what is done there.
pub async fn home(axum::extract::State(state): axum::extract::State<AppState>, staff: Staff) -> Response {
    let sections = sections_for(staff.user(), staff.language());
    staff.answer(
        &state,
        Ok(Page::new("staff/home.html", json!({ "sections": sections }))),
    )
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;

    fn user(roles: &[Role]) -> CurrentUser {
        CurrentUser {
            id: Uuid::nil(),
            roles: roles.to_vec(),
        }
    }

    #[test]
    fn a_reviewer_sees_only_the_reviews_section() {
        let sections = sections_for(&user(&[Role::Reviewer]), Language::En);
        let paths: Vec<&str> = sections.iter().map(|section| section.path).collect();
        assert_eq!(paths, ["/staff/reviews"]);
    }

    #[test]
    fn finance_sees_payments_and_reports_but_not_calls() {
        let sections = sections_for(&user(&[Role::Finance]), Language::En);
        let paths: Vec<&str> = sections.iter().map(|section| section.path).collect();
        assert_eq!(paths, ["/staff/payments", "/staff/reports"]);
    }

    #[test]
    fn officers_and_admins_find_events_and_travel() {
        for roles in [[Role::Officer], [Role::Admin]] {
            let sections = sections_for(&user(&roles), Language::En);
            assert!(
                sections.iter().any(|section| section.path == "/staff/events"),
                "{roles:?}"
            );
        }
        let finance = sections_for(&user(&[Role::Finance]), Language::En);
        assert!(!finance.iter().any(|section| section.path == "/staff/events"));
    }

    #[test]
    fn an_admin_sees_the_users_the_sanctions_list_and_the_outbox() {
        let sections = sections_for(&user(&[Role::Admin]), Language::En);
        let paths: Vec<&str> = sections.iter().map(|section| section.path).collect();
        assert_eq!(
            paths,
            [
                "/staff/calls",
                "/staff/events",
                "/staff/reports",
                "/staff/audit",
                "/staff/users",
                "/staff/sanctions",
                "/staff/outbox"
            ]
        );
    }

    #[test]
    fn an_applicant_sees_no_section() {
        assert!(sections_for(&user(&[Role::Applicant]), Language::En).is_empty());
    }
}
