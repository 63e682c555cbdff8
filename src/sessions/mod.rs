//! Sessions of the web portal, kept in the database so that they can be revoked and work
//! across replicas. The browser holds a random token in an `HttpOnly` cookie; the database
//! holds its SHA-256 and the token every form of the session must echo (CSRF). A session
//! ends 2 hours after it was last used or 12 hours after it began ([`rules`]).
//!
//! This domain has no HTTP routes of its own: the portal (`crate::portal`) starts, resumes
//! and ends sessions through [`service`].

pub mod rules;
pub mod service;
pub mod store;

pub use rules::Session;
