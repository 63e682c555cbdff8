//! Organisation operations shared by every entry point (the JSON API, pages, the CLI):
//! who may see an organisation, creating one, changing its profile and adding members.
//! Each command validates with `rules`, writes through `store` and the audit trail in one
//! transaction.

use chrono::{DateTime, Datelike, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::json::OrganisationResponse;
use super::publication::{self, PolicyChanger, PublicationPolicy};
use super::rules::{self, Profile};
use super::store::{self, OrganisationFilter, organisation};
use crate::audit::{self, AuditEntry};
use crate::auth::{self, CurrentUser, Role};
use crate::error::{AppError, AppResult, ProblemKind, Validator};
use crate::i18n::{Language, Message};
use crate::reference::{Reference, ThematicArea};

/// A change to an organisation's profile: only the fields given change; an empty short
/// name or registration number removes it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProfileChange {
    /// Legal name.
    pub legal_name: Option<String>,
    /// Short name; empty removes it.
    pub short_name: Option<String>,
    /// Country.
    pub country: Option<String>,
    /// Registration number; empty removes it.
    pub registration_number: Option<String>,
    /// Year founded.
    pub year_founded: Option<i32>,
    /// Thematic areas.
    pub thematic_areas: Option<Vec<ThematicArea>>,
    /// Led by women.
    pub women_led: Option<bool>,
    /// Led by young people.
    pub youth_led: Option<bool>,
    /// Never named in exports or public listings (officers only).
    pub do_not_publish: Option<bool>,
    /// The language of letters and emails to the organisation.
    pub correspondence_language: Option<Language>,
}

/// A member as added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMember {
    /// The member's account.
    pub user: auth::store::user::Model,
    /// Member since.
    pub since: DateTime<Utc>,
}

/// Creates an organisation from a checked profile; the actor becomes its first member.
pub async fn create(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: Uuid,
    reference: &Reference,
    profile: Profile,
) -> AppResult<organisation::Model> {
    let profile = trimmed(profile);
    let mut check = Validator::new();
    rules::check_profile(&profile, reference, now.year(), &mut check);
    check.finish()?;
    let row = organisation::Model {
        id: Uuid::new_v4(),
        legal_name: profile.legal_name,
        short_name: profile.short_name,
        country: profile.country,
        registration_number: profile.registration_number,
        year_founded: profile.year_founded,
        thematic_areas: json!(profile.thematic_areas),
        women_led: profile.women_led,
        youth_led: profile.youth_led,
        do_not_publish: false,
        publication_policy: PublicationPolicy::DEFAULT,
        created_at: now,
        updated_at: now,
        correspondence_language: Language::En,
    };
    let txn = db.begin().await?;
    let created = store::insert(&txn, row).await?;
    store::add_member(&txn, store::membership(created.id, actor, now)).await?;
    let view = audit_view(&OrganisationResponse::from_model(created.clone(), reference)?);
    let entry = AuditEntry::created(actor, "organisation.created", "organisation", created.id, view);
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(created)
}

/// Changes an organisation's profile (its members and officers; `do_not_publish` officers
/// only), only if nobody changed it since it was read: a concurrent edit cannot silently
/// undo another, such as an officer's `do_not_publish`.
pub async fn update(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    reference: &Reference,
    id: Uuid,
    change: ProfileChange,
) -> AppResult<organisation::Model> {
    let current = visible(db, actor, id).await?;
    let is_officer = actor.has(Role::Officer);
    if !is_officer && !store::is_member(db, id, actor.id).await? {
        return Err(AppError::Forbidden(
            "only the organisation's members and officers change its profile".to_owned(),
        ));
    }
    if change.do_not_publish.is_some() && !is_officer {
        return Err(AppError::Forbidden("only officers set `do_not_publish`".to_owned()));
    }
    let before = OrganisationResponse::from_model(current.clone(), reference)?;
    let profile = changed_profile(&current, &before.thematic_areas, change.clone());
    let mut check = Validator::new();
    rules::check_profile(&profile, reference, now.year(), &mut check);
    check.finish()?;
    let read_at = current.updated_at;
    let row = organisation::Model {
        legal_name: profile.legal_name,
        short_name: profile.short_name,
        country: profile.country,
        registration_number: profile.registration_number,
        year_founded: profile.year_founded,
        thematic_areas: json!(profile.thematic_areas),
        women_led: profile.women_led,
        youth_led: profile.youth_led,
        do_not_publish: change.do_not_publish.unwrap_or(current.do_not_publish),
        correspondence_language: change
            .correspondence_language
            .unwrap_or(current.correspondence_language),
        updated_at: now,
        ..current
    };
    let txn = db.begin().await?;
    if !store::save_if_unchanged(&txn, row.clone(), read_at).await? {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            Message::new("refused-changed-organisation"),
        ));
    }
    let after = OrganisationResponse::from_model(row.clone(), reference)?;
    let entry = AuditEntry::updated(
        actor.id,
        "organisation.updated",
        "organisation",
        id,
        &audit_view(&before),
        &audit_view(&after),
    );
    let entry = flag_rescreening(&txn, entry, id).await?;
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(row)
}

/// Sets an organisation's publication policy: its members consent to `full` (or lower
/// it), an officer sets any lower policy (`publication::check_policy_change`). The change
/// and the reason given are in the audit trail (`organisation.publication_consented` when
/// members consent to `full`, else `organisation.publication_policy_changed`).
pub async fn set_publication_policy(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    id: Uuid,
    (wanted, reason): (PublicationPolicy, Option<String>),
) -> AppResult<organisation::Model> {
    let current = visible(db, actor, id).await?;
    let changer = if store::is_member(db, id, actor.id).await? {
        PolicyChanger::Member
    } else if actor.has(Role::Officer) {
        PolicyChanger::Officer
    } else {
        return Err(AppError::Forbidden(
            "only the organisation's members and officers set its publication policy".to_owned(),
        ));
    };
    publication::check_policy_change(current.publication_policy, wanted, changer)?;
    let action = if wanted == PublicationPolicy::Full && current.publication_policy != PublicationPolicy::Full {
        "organisation.publication_consented"
    } else {
        "organisation.publication_policy_changed"
    };
    let txn = db.begin().await?;
    if !store::set_publication_policy(&txn, id, wanted, current.updated_at, now).await? {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            Message::new("refused-changed-organisation"),
        ));
    }
    let reason = reason
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty());
    let (before, after) = (
        json!({ "publication_policy": current.publication_policy }),
        json!({ "publication_policy": wanted }),
    );
    let entry = AuditEntry {
        reason,
        ..AuditEntry::updated(actor.id, action, "organisation", id, &before, &after)
    }
    .with(
        "by",
        json!(if changer == PolicyChanger::Member {
            "member"
        } else {
            "officer"
        }),
    );
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(organisation::Model {
        publication_policy: wanted,
        updated_at: now,
        ..current
    })
}

/// One page of organisations, by legal name, with the total; the country and region of
/// the filter must be known to the reference data.
pub async fn list(
    db: &impl ConnectionTrait,
    reference: &Reference,
    filter: &OrganisationFilter,
    limit: u64,
    offset: u64,
) -> AppResult<(Vec<organisation::Model>, u64)> {
    Ok(list_page(
        db,
        reference,
        filter,
        &crate::keyset::PageRequest::counted(limit, offset),
    )
    .await?
    .into_counted())
}

/// One page of organisations (see `list`), by keyset `cursor`, counted when
/// asked.
pub async fn list_page(
    db: &impl ConnectionTrait,
    reference: &Reference,
    filter: &OrganisationFilter,
    page: &crate::keyset::PageRequest,
) -> AppResult<crate::keyset::Listed<organisation::Model>> {
    let mut check = Validator::new();
    if let Some(code) = &filter.country
        && let Err(message) = reference.check_country(code)
    {
        check.push("country", message);
    }
    if let Some(region) = &filter.region {
        check.check(
            !reference.is_region(region),
            "region",
            format!("`{region}` is not a UN M49 region"),
        );
    }
    check.finish()?;
    store::list_page(db, filter, page).await
}

/// The members of an organisation the caller may see, oldest first, with their accounts.
pub async fn members(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    id: Uuid,
) -> AppResult<Vec<(store::member::Model, auth::store::user::Model)>> {
    visible(db, user, id).await?;
    store::members_of(db, id).await
}

/// The organisation if the caller may see it: staff who see all applicants, or members.
/// Anyone else gets 404, exactly as for an organisation that does not exist.
pub async fn visible(db: &impl ConnectionTrait, user: &CurrentUser, id: Uuid) -> AppResult<organisation::Model> {
    let found = store::find(db, id).await?.ok_or(AppError::NotFound("organisation"))?;
    if may_see(db, user, id).await? {
        Ok(found)
    } else {
        Err(AppError::NotFound("organisation"))
    }
}

/// Whether the caller may see an organisation and what belongs to it: staff who see all
/// applicants, or its members.
pub async fn may_see(db: &impl ConnectionTrait, user: &CurrentUser, organisation_id: Uuid) -> AppResult<bool> {
    Ok(user.sees_all_applicants() || store::is_member(db, organisation_id, user.id).await?)
}

/// Adds `"due_diligence": "rescreening_required"` to the audit event of a change (inside
/// its transaction, after the write) when the change left a name its passed due diligence
/// screened behind: the award gate and the award's payments then wait for a new screening.
pub(super) async fn flag_rescreening(
    txn: &impl ConnectionTrait,
    entry: AuditEntry,
    organisation_id: Uuid,
) -> AppResult<AuditEntry> {
    Ok(
        if crate::diligence::service::needs_rescreening(txn, organisation_id).await? {
            entry.with("due_diligence", json!("rescreening_required"))
        } else {
            entry
        },
    )
}

/// The profile after a change: only the fields given replace the current ones.
fn changed_profile(current: &organisation::Model, areas: &[ThematicArea], change: ProfileChange) -> Profile {
    let optional = |given: Option<String>, current: &Option<String>| match given {
        Some(text) if text.trim().is_empty() => None,
        Some(text) => Some(text),
        None => current.clone(),
    };
    trimmed(Profile {
        legal_name: change.legal_name.unwrap_or_else(|| current.legal_name.clone()),
        short_name: optional(change.short_name, &current.short_name),
        country: change.country.unwrap_or_else(|| current.country.clone()),
        registration_number: optional(change.registration_number, &current.registration_number),
        year_founded: change.year_founded.or(current.year_founded),
        thematic_areas: change.thematic_areas.unwrap_or_else(|| areas.to_vec()),
        women_led: change.women_led.unwrap_or(current.women_led),
        youth_led: change.youth_led.unwrap_or(current.youth_led),
    })
}

/// The profile with its texts trimmed and its areas sorted and unique.
fn trimmed(profile: Profile) -> Profile {
    Profile {
        legal_name: profile.legal_name.trim().to_owned(),
        short_name: profile.short_name.map(|name| name.trim().to_owned()),
        registration_number: profile.registration_number.map(|number| number.trim().to_owned()),
        thematic_areas: rules::normalise_areas(profile.thematic_areas),
        ..profile
    }
}

/// What the audit trail records of a profile.
fn audit_view(organisation: &OrganisationResponse) -> serde_json::Value {
    json!({
        "legal_name": organisation.legal_name,
        "short_name": organisation.short_name,
        "country": organisation.country,
        "registration_number": organisation.registration_number,
        "year_founded": organisation.year_founded,
        "thematic_areas": organisation.thematic_areas,
        "women_led": organisation.women_led,
        "youth_led": organisation.youth_led,
        "do_not_publish": organisation.do_not_publish,
        "publication_policy": organisation.publication_policy,
    })
}
