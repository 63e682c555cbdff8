//! Invitations to join an organisation, shared by every entry point. Membership needs the
//! invited person's consent: a member invites an email address, and only the account with
//! that email, signed in, can accept (or decline) with the token the invitation email
//! carried. Inviting answers the same whether or not an account has the email, so members
//! cannot probe who is registered; the email goes out through the outbox to every invited
//! address (to an applicant account it is also an in-app notification; a person without an
//! account is asked to register with that address first, then accept). An invitation
//! expires after [`invitation_rules::VALIDITY_DAYS`] days, can be revoked by a member, and every step is in
//! the audit trail of the organisation.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::invitation_rules::{self, InvitationAction, InvitationStatus};
use super::invitations_store::{self as store, invitation};
use super::service;
use crate::audit::{self, AuditEntry};
use crate::auth::{self, CurrentUser, Role};
use crate::config::Config;
use crate::error::{AppError, AppResult, OnUnique, ProblemKind};
use crate::i18n::Message;
use crate::reminders;
use crate::reminders::service::{Addressee, Notification};
use crate::reminders::templates::Notice;

/// What inviting answers, the same whether or not an account has the email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invited {
    /// Until when the invitation may be accepted.
    pub expires_at: DateTime<Utc>,
}

/// Invites `email` to join the organisation (its members only): stores the invitation with
/// its token hashed and, when an applicant account has the email, puts the invitation email
/// in the outbox (dedup key `invitation:<id>`). Inviting again makes a new invitation with
/// a new token (the person may have registered since). An account that is already a member answers 409 `already-member`
/// (members see the member list anyway).
pub async fn invite(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    config: &Config,
    organisation_id: Uuid,
    email: &str,
) -> AppResult<Invited> {
    let organisation = members_only(db, actor, organisation_id, "invite people").await?;
    let email = auth::rules::normalise_email(email);
    auth::rules::check_email(&email).map_err(|message| AppError::field("email", message))?;
    let account = auth::store::find_user_by_email(db, &email).await?;
    if let Some(account) = &account
        && super::store::is_member(db, organisation_id, account.id).await?
    {
        return Err(AppError::conflict(
            ProblemKind::AlreadyMember,
            "this person is already a member of the organisation: there is nobody to invite",
        ));
    }
    let txn = db.begin().await?;
    let token = invitation_rules::new_token();
    let row = store::insert(
        &txn,
        invitation::Model {
            id: Uuid::new_v4(),
            organisation_id,
            email: email.clone(),
            token_hash: invitation_rules::hash_token(&token),
            status: InvitationStatus::Pending,
            invited_by: actor.id,
            expires_at: invitation_rules::expiry(now),
            settled_by: None,
            settled_at: None,
            created_at: now,
        },
    )
    .await?;
    let view = json!({"invitation": row.id, "email": email, "expires_at": row.expires_at});
    let entry = AuditEntry::created(
        actor.id,
        "organisation.member_invited",
        "organisation",
        organisation_id,
        view,
    );
    // A person without an account is mailed too (they register with this address, then
    // accept); a staff account cannot join an organisation, so it is not mailed.
    let recipient = match account {
        None => Some(None),
        Some(account)
            if auth::store::roles_of(&txn, account.id)
                .await?
                .contains(&Role::Applicant) =>
        {
            Some(Some(account))
        }
        Some(_) => None,
    };
    if let Some(account) = recipient {
        let message = invitation_email(&row, account.as_ref(), &organisation.legal_name, config, &token, now)?;
        reminders::store::enqueue(&txn, message).await?;
    }
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(Invited {
        expires_at: row.expires_at,
    })
}

/// The invited person (signed in with the invited email, an applicant) joins the
/// organisation with the invitation's token.
pub async fn accept(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    token: &str,
) -> AppResult<invitation::Model> {
    answer(db, now, actor, token, InvitationAction::Accept).await
}

/// The invited person (signed in with the invited email) declines the invitation.
pub async fn decline(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    token: &str,
) -> AppResult<invitation::Model> {
    answer(db, now, actor, token, InvitationAction::Decline).await
}

/// A member withdraws a pending invitation of their organisation; its token stops working.
pub async fn revoke(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    organisation_id: Uuid,
    invitation_id: Uuid,
) -> AppResult<invitation::Model> {
    members_only(db, actor, organisation_id, "revoke invitations").await?;
    let row = store::find_of(db, organisation_id, invitation_id)
        .await?
        .ok_or(AppError::NotFound("invitation"))?;
    settle(db, now, actor, row, InvitationAction::Revoke).await
}

/// An organisation's invitations, newest first (its members only); tokens are never shown.
pub async fn list(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    organisation_id: Uuid,
) -> AppResult<Vec<invitation::Model>> {
    members_only(db, actor, organisation_id, "see invitations").await?;
    store::of_organisation(db, organisation_id).await
}

/// Accepting or declining: the token must name an invitation (404 otherwise) sent to the
/// caller's own email address (403 otherwise, before anything about its state is said).
async fn answer(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    token: &str,
    action: InvitationAction,
) -> AppResult<invitation::Model> {
    let row = store::find_by_token(db, &invitation_rules::hash_token(token))
        .await?
        .ok_or(AppError::NotFound("invitation"))?;
    let account = auth::store::find_user(db, actor.id)
        .await?
        .ok_or_else(|| AppError::Unauthorized("the account no longer exists".to_owned()))?;
    if auth::rules::normalise_email(&account.email) != row.email {
        return Err(AppError::Forbidden(
            "this invitation was sent to another email address: sign in with the account that has it".to_owned(),
        ));
    }
    settle(db, now, actor, row, action).await
}

/// Moves a pending invitation to its answer in one transaction: the conditional update,
/// the membership when accepted, the audit event.
async fn settle(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    row: invitation::Model,
    action: InvitationAction,
) -> AppResult<invitation::Model> {
    let state = invitation_rules::state(row.status, row.expires_at, now);
    let to = invitation_rules::transition(state, action)
        .map_err(|detail| AppError::conflict(ProblemKind::InvitationClosed, detail))?;
    let txn = db.begin().await?;
    if !store::settle(&txn, row.id, to, actor.id, now).await? {
        return Err(AppError::conflict(
            ProblemKind::InvitationClosed,
            crate::i18n::Message::new("leftovers-invitation-changed"),
        ));
    }
    if to == InvitationStatus::Revoked {
        let key = format!("invitation:{}", row.id);
        reminders::store::withdraw_unsent(&txn, &key, "the invitation was revoked before delivery").await?;
    }
    if to == InvitationStatus::Accepted {
        super::store::add_member(&txn, super::store::membership(row.organisation_id, actor.id, now))
            .await
            .on_unique(
                ProblemKind::AlreadyMember,
                "you are already a member of the organisation: there is nothing to accept",
            )?;
    }
    let action_name = match to {
        InvitationStatus::Accepted => "organisation.invitation_accepted",
        InvitationStatus::Declined => "organisation.invitation_declined",
        InvitationStatus::Revoked | InvitationStatus::Pending => "organisation.invitation_revoked",
    };
    let entry = AuditEntry::status_changed(
        actor.id,
        action_name,
        "organisation",
        row.organisation_id,
        (InvitationStatus::Pending, to),
        None,
    )
    .with("invitation", json!(row.id))
    .with("email", json!(row.email));
    // A new member's name is one more name the due diligence must have screened.
    let entry = match to {
        InvitationStatus::Accepted => super::service::flag_rescreening(&txn, entry, row.organisation_id).await?,
        _ => entry,
    };
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(invitation::Model {
        status: to,
        settled_by: Some(actor.id),
        settled_at: Some(now),
        ..row
    })
}

/// The organisation if the caller is one of its members: 404 for whoever may not see it,
/// 403 for staff who see it but are not members.
async fn members_only(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    organisation_id: Uuid,
    what: &str,
) -> AppResult<super::store::organisation::Model> {
    let organisation = service::visible(db, actor, organisation_id).await?;
    if !super::store::is_member(db, organisation_id, actor.id).await? {
        return Err(AppError::Forbidden(format!("only the organisation's members {what}")));
    }
    Ok(organisation)
}

/// The invitation email to an applicant account, or to an address with no account yet,
/// rendered from `templates/email/invitation.txt`; the token appears only here.
fn invitation_email(
    row: &invitation::Model,
    account: Option<&auth::store::user::Model>,
    organisation_name: &str,
    config: &Config,
    token: &str,
    now: DateTime<Utc>,
) -> AppResult<reminders::store::message::Model> {
    let language = account.map_or_else(crate::i18n::current, |account| account.preferred_language);
    let how = match account {
        Some(_) => "portal-finish-invitation-email-sign-in",
        None => "portal-finish-invitation-email-register",
    };
    let notification = Notification {
        notice: Notice::Invitation,
        subject_id: None,
        title: organisation_name.into(),
        due: row.expires_at,
        detail: Message::new(how)
            .with("email", row.email.as_str())
            .with("link", invitation_link(&config.public_url, token))
            .with("days", invitation_rules::VALIDITY_DAYS)
            .into(),
        expires_at: Some(row.expires_at),
    };
    let addressee = Addressee {
        user_id: account.map(|account| account.id),
        email: row.email.clone(),
        name: account.map_or_else(|| row.email.clone(), |account| account.full_name.clone()),
        language,
    };
    let key = format!("invitation:{}", row.id);
    reminders::service::notice_message(now, &config.office_name, &notification, &addressee, key)
}

/// The absolute address of the portal page where the invited person signs in (or
/// registers) and accepts or declines: what the invitation email carries.
pub fn invitation_link(public_url: &str, token: &str) -> String {
    format!("{}/invitations/{token}", public_url.trim_end_matches('/'))
}

/// What the page an invitation link opens shows: the organisation, the invited address and
/// until when it may be answered. 404 for a token that names no invitation; 409
/// `invitation-closed` (saying why) once it was answered, revoked or has expired.
pub async fn invited_to(db: &impl ConnectionTrait, now: DateTime<Utc>, token: &str) -> AppResult<Invitation> {
    let row = store::find_by_token(db, &invitation_rules::hash_token(token))
        .await?
        .ok_or(AppError::NotFound("invitation"))?;
    invitation_rules::transition(
        invitation_rules::state(row.status, row.expires_at, now),
        InvitationAction::Accept,
    )
    .map_err(|detail| AppError::conflict(ProblemKind::InvitationClosed, detail))?;
    let organisation = super::store::find(db, row.organisation_id)
        .await?
        .ok_or(AppError::NotFound("invitation"))?;
    Ok(Invitation {
        organisation: organisation.legal_name,
        email: row.email,
        expires_at: row.expires_at,
    })
}

/// An invitation still waiting for an answer, as its link's page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    /// The organisation's legal name.
    pub organisation: String,
    /// The address invited (the account that may accept has it).
    pub email: String,
    /// Until when it may be answered.
    pub expires_at: DateTime<Utc>,
}
