//! The award letter of record. Before acceptance the letter is rendered from the award as it
//! stands and asks for acceptance; when a member accepts the terms, the letter stating who
//! accepted and when is kept as the letter of record (an encrypted document, its SHA-256 in
//! the audit trail, `letters::service`), and from then on `GET /awards/{id}/letter.pdf` serves
//! it as kept: a later change to the call, the organisation or the template never alters terms
//! a CSO has accepted. A letter asked for in another language after acceptance is issued
//! once in that language and kept too.

use uuid::Uuid;

use super::service;
use super::store::award;
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::AppResult;
use crate::i18n::Language;
use crate::letters::{self, rules::LetterSubject};

/// Accepts the award's terms as `actor` (a member of its organisation) and keeps the letter
/// as accepted, in the organisation's correspondence language.
pub async fn accept(state: &AppState, actor: &CurrentUser, id: Uuid) -> AppResult<award::Model> {
    let accepted = service::accept_as_member(&state.db, state.now(), actor, id).await?;
    letter_pdf(state, actor.id, accepted.clone(), None).await?;
    Ok(accepted)
}

/// The award letter as PDF in `language` (the organisation's correspondence language when
/// `None`): the letter of record once the award is accepted (issued now if it was not kept
/// yet in this language), else the letter rendered from the award as it stands. The caller
/// has checked that `actor` may see the award.
pub async fn letter_pdf(
    state: &AppState,
    actor: Uuid,
    found: award::Model,
    language: Option<Language>,
) -> AppResult<Vec<u8>> {
    let (office, digits) = (&state.config.office_name, state.config.letter_arabic_digits);
    if found.accepted_at.is_none() {
        return service::letter_pdf_in(&state.db, office, found, language, digits).await;
    }
    let organisation = crate::organisations::store::find(&state.db, found.organisation_id)
        .await?
        .ok_or_else(|| crate::error::AppError::Internal(format!("award {} has no organisation", found.id)))?;
    let language = language.unwrap_or(organisation.correspondence_language);
    let storage = state.storage.as_ref();
    if let Some(pdf) = letters::service::of_record(&state.db, storage, LetterSubject::Award, found.id, language).await?
    {
        return Ok(pdf);
    }
    let issue = letters::service::Issue {
        subject: LetterSubject::Award,
        subject_id: found.id,
        organisation_id: found.organisation_id,
        language,
        reference: found.reference.clone(),
        file_name: format!("award-letter-{}-{}.pdf", found.reference, language.code()),
        traveller: None,
    };
    let pdf = service::letter_pdf_in(&state.db, office, found, Some(language), digits).await?;
    letters::service::issue(&state.db, storage, state.now(), actor, issue, pdf).await
}
