//! The commands and queries of awards, shared by every entry point: the award an `awarded`
//! decision creates, acceptance, completion and termination, the reports owed, and the
//! award as the API, the letter and other domains read it. Every state change goes through
//! [`transition`].

use std::collections::HashMap;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rust_decimal::Decimal;
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::json::{AwardResponse, AwardSummary, AwardTotals, AwardTrancheResponse, ObligationResponse};
use super::rules::{self, AwardAction, AwardStatus, Closing, ObligationAction, ObligationStatus, ReportKind};
use super::store::{self, AwardFilter, award, obligation, tranche};
use crate::audit::{self, AuditEntry};
use crate::auth::CurrentUser;
use crate::auth::Role;
use crate::decisions::rules::Tranche;
use crate::disbursements::rules::Totals;
use crate::disbursements::store::Source;
use crate::error::{AppError, AppResult, ProblemKind, Validator};
use crate::i18n::Message;
use crate::keyset::{Listed, PageRequest};
use crate::money::{self, Currency};
use crate::organisations;
use crate::reminders::notices::{self, Announcement, Audience, Fact, Kind};

/// What an `awarded` decision records: the award and its tranches, inside the decision's
/// transaction.
pub struct NewAward<'a> {
    /// The application awarded.
    pub application: &'a crate::applications::store::application::Model,
    /// The decision.
    pub decision_id: Uuid,
    /// Amount.
    pub amount: Decimal,
    /// Currency (the call's).
    pub currency: Currency,
    /// The tranches decided.
    pub tranches: &'a [Tranche],
    /// The reports owed, in the decision's order (tranches name them by position).
    pub obligations: &'a [(ReportKind, NaiveDate)],
    /// The deciding officer.
    pub awarded_by: Uuid,
}

/// Creates the award of an `awarded` decision inside the caller's transaction, with its
/// reporting obligations and tranches, and announces it. Answers the award's id and its
/// audit event, which the caller records last ([`audit::commit`]).
pub async fn create_award(
    txn: &impl ConnectionTrait,
    new: NewAward<'_>,
    now: DateTime<Utc>,
) -> AppResult<(Uuid, AuditEntry)> {
    let id = Uuid::new_v4();
    let row = award::Model {
        id,
        reference: rules::reference(id, now.year()),
        application_id: new.application.id,
        decision_id: new.decision_id,
        call_id: new.application.call_id,
        organisation_id: new.application.organisation_id,
        amount: money::to_stored(new.amount)?,
        currency: new.currency,
        status: AwardStatus::PendingAcceptance,
        awarded_by: new.awarded_by,
        awarded_at: now,
        accepted_by: None,
        accepted_at: None,
        closed_by: None,
        closed_at: None,
        closure_reason: None,
        released_amount: None,
    };
    let obligations: Vec<obligation::Model> = new
        .obligations
        .iter()
        .enumerate()
        .map(|(index, (kind, due_on))| obligation::Model {
            id: Uuid::new_v4(),
            award_id: id,
            number: i32::try_from(index + 1).unwrap_or(i32::MAX),
            kind: *kind,
            due_on: *due_on,
            status: ObligationStatus::Pending,
            summary: None,
            submitted_by: None,
            submitted_at: None,
            note: None,
            received_by: None,
            received_at: None,
        })
        .collect();
    let tranches = new
        .tranches
        .iter()
        .map(|tranche| {
            Ok(tranche::Model {
                id: Uuid::new_v4(),
                award_id: id,
                number: i32::try_from(tranche.number).unwrap_or(i32::MAX),
                amount: money::to_stored(tranche.amount)?,
                percent: tranche.percent.map(|percent| percent.normalize().to_string()),
                due_on: tranche.due_on,
                condition: tranche.condition.clone(),
                obligation_id: tranche
                    .report
                    .and_then(|position| obligations.get(position))
                    .map(|linked| linked.id),
            })
        })
        .collect::<AppResult<Vec<_>>>()?;
    let created = store::insert(txn, row, obligations, tranches).await?;
    let summary = json!({"reference": created.reference, "amount": money::format_amount(new.amount, new.currency), "currency": new.currency});
    let entry = AuditEntry::created(new.awarded_by, "award.created", "award", id, summary);
    let notice = Announcement::new(Kind::AwardLetterReady, id, id.to_string(), created.reference.clone())
        .with(Fact::amount(
            "email-label-amount",
            crate::money::from_stored(created.amount),
            created.currency,
        ))
        .with(Fact::message(
            "email-label-next-step",
            Message::new("email-next-accept-award"),
        ));
    notices::announce(txn, now, &notice, Audience::Members(created.organisation_id)).await?;
    Ok((id, entry))
}

/// The award with this id.
pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> AppResult<award::Model> {
    store::find(db, id).await?.ok_or(AppError::NotFound("award"))
}

/// The reporting obligation with this id.
pub async fn find_obligation(db: &impl ConnectionTrait, id: Uuid) -> AppResult<obligation::Model> {
    store::find_obligation(db, id)
        .await?
        .ok_or(AppError::NotFound("reporting obligation"))
}

/// A page of awards, newest first, with their organisations' names and the total matching.
pub async fn page(
    db: &impl ConnectionTrait,
    filter: AwardFilter,
    (limit, offset): (u64, u64),
) -> AppResult<(Vec<AwardSummary>, u64)> {
    Ok(page_of(db, &filter, &PageRequest::counted(limit, offset))
        .await?
        .into_counted())
}

/// A page of awards (see `page`), by keyset `cursor`, counted when
/// asked.
pub async fn page_of(
    db: &impl ConnectionTrait,
    filter: &AwardFilter,
    page: &PageRequest,
) -> AppResult<Listed<AwardSummary>> {
    let listed = store::list_page(db, filter, page).await?;
    let rows = &listed.items;
    let names: HashMap<Uuid, String> =
        organisations::store::find_many(db, rows.iter().map(|row| row.organisation_id).collect())
            .await?
            .into_iter()
            .map(|found| (found.id, found.legal_name))
            .collect();
    let items = rows
        .iter()
        .map(|row| AwardSummary::new(row, names.get(&row.organisation_id).cloned()))
        .collect();
    Ok(Listed {
        items,
        total: listed.total,
        next_cursor: listed.next_cursor,
    })
}

/// The award with its tranches, reports and the money requested, approved and paid.
pub async fn response(db: &impl ConnectionTrait, row: award::Model) -> AppResult<AwardResponse> {
    let currency = row.currency;
    let tranches = store::tranches_of(db, row.id).await?;
    let obligations = store::obligations_of(db, row.id).await?;
    let (totals, per_tranche) = crate::disbursements::store::totals_of_award(db, row.id).await?;
    let organisation_name = organisations::store::find(db, row.organisation_id)
        .await?
        .map(|found| found.legal_name);
    let awarded = money::from_stored(row.amount);
    let format = |amount: Decimal| money::format_amount(amount, currency);
    let statuses: HashMap<Uuid, ObligationStatus> =
        obligations.iter().map(|report| (report.id, report.status)).collect();
    let tranches = tranches
        .into_iter()
        .map(|tranche| {
            let spent = per_tranche.get(&tranche.id).copied().unwrap_or_default();
            let linked = tranche.obligation_id.and_then(|id| statuses.get(&id).copied());
            AwardTrancheResponse {
                id: tranche.id,
                number: tranche.number,
                amount: format(money::from_stored(tranche.amount)),
                percent: tranche.percent,
                due_on: tranche.due_on,
                condition: tranche.condition,
                condition_report_id: tranche.obligation_id,
                condition_met: rules::condition_met(linked),
                paid: format(spent.paid),
                committed: format(spent.committed()),
            }
        })
        .collect();
    Ok(AwardResponse {
        summary: AwardSummary::new(&row, organisation_name),
        application_id: row.application_id,
        tranches,
        reporting_obligations: obligations.iter().map(ObligationResponse::from_model).collect(),
        totals: totals_response(&totals, awarded, currency),
        accepted_by: row.accepted_by,
        accepted_at: row.accepted_at,
        closed_at: row.closed_at,
        closure_reason: row.closure_reason,
        released_amount: row
            .released_amount
            .map(|released| money::format_amount(money::from_stored(released), currency)),
    })
}

/// The award letter as PDF in `language`, or in the organisation's correspondence language
/// when `None`; an Arabic letter is written with `arabic_digits`. The same award and language
/// always give the same bytes.
pub async fn letter_pdf_in(
    db: &impl ConnectionTrait,
    office_name: &str,
    found: award::Model,
    language: Option<crate::i18n::Language>,
    arabic_digits: crate::documents::ArabicDigits,
) -> AppResult<Vec<u8>> {
    let mut letter = letter_of(db, office_name, found, language).await?;
    letter.locale.arabic_digits = arabic_digits;
    tokio::task::spawn_blocking(move || crate::documents::render_award_letter(&letter))
        .await
        .map_err(|error| AppError::Internal(format!("the letter task failed: {error}")))?
        .map_err(|error| AppError::Internal(error.to_string()))
}

/// Accepts the award's terms on behalf of its organisation (the caller checks that `actor`
/// is a member); it becomes active.
pub async fn accept(db: &DatabaseConnection, now: DateTime<Utc>, actor: Uuid, id: Uuid) -> AppResult<award::Model> {
    let found = find(db, id).await?;
    let txn = db.begin().await?;
    let entry = transition(&txn, actor, &found, AwardAction::Accept, None, now).await?;
    let notice =
        Announcement::new(Kind::AwardAccepted, id, id.to_string(), found.reference.clone()).with(Fact::amount(
            "email-label-amount",
            crate::money::from_stored(found.amount),
            found.currency,
        ));
    let officers = Audience::Staff {
        role: Role::Officer,
        except: actor,
    };
    notices::announce(&txn, now, &notice, officers).await?;
    audit::commit(db, txn, vec![entry], now).await?;
    find(db, id).await
}

/// Accepts the award's terms as `actor`, who must be a member of its organisation (404 for
/// those who may not see the award, 403 for staff who may).
pub async fn accept_as_member(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    id: Uuid,
) -> AppResult<award::Model> {
    let found = visible_award(db, actor, id).await?;
    if !organisations::store::is_member(db, found.organisation_id, actor.id).await? {
        return Err(AppError::Forbidden(
            "only the organisation's members accept its award".to_owned(),
        ));
    }
    accept(db, now, actor.id, id).await
}

/// The award if the caller may see it: staff who see all applicants, or its organisation's
/// members; anyone else gets 404, as for an award that does not exist.
pub async fn visible_award(db: &impl ConnectionTrait, actor: &CurrentUser, id: Uuid) -> AppResult<award::Model> {
    let found = find(db, id).await?;
    if organisations::service::may_see(db, actor, found.organisation_id).await? {
        Ok(found)
    } else {
        Err(AppError::NotFound("award"))
    }
}

/// The reporting obligation and its award, if the caller may see the award; anyone else
/// gets 404.
pub async fn visible_obligation(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    id: Uuid,
) -> AppResult<(obligation::Model, award::Model)> {
    let current = find_obligation(db, id).await?;
    let found = visible_award(db, actor, current.award_id)
        .await
        .map_err(|_| AppError::NotFound("reporting obligation"))?;
    Ok((current, found))
}

/// What comes next on each of these awards (three queries whatever their number): the
/// first report not yet received and the first tranche due on or after `today`.
pub async fn next_steps(
    db: &impl ConnectionTrait,
    awards: &[award::Model],
    today: NaiveDate,
) -> AppResult<HashMap<Uuid, NextSteps>> {
    let ids: Vec<Uuid> = awards.iter().map(|found| found.id).collect();
    let tranches = store::tranches_of_many(db, ids.clone()).await?;
    let reports = store::obligations_of_many(db, ids).await?;
    let mut steps: HashMap<Uuid, NextSteps> = HashMap::new();
    for tranche in tranches.into_iter().filter(|tranche| tranche.due_on >= today) {
        let entry = steps.entry(tranche.award_id).or_default();
        if entry.tranche.as_ref().is_none_or(|next| tranche.due_on < next.due_on) {
            entry.tranche = Some(tranche);
        }
    }
    for report in reports
        .into_iter()
        .filter(|report| report.status != ObligationStatus::Received)
    {
        let entry = steps.entry(report.award_id).or_default();
        if entry.report.as_ref().is_none_or(|next| report.due_on < next.due_on) {
            entry.report = Some(report);
        }
    }
    Ok(steps)
}

/// The awards of the organisations `actor` is a member of, newest first.
pub async fn of_member(db: &impl ConnectionTrait, actor: &CurrentUser, limit: u64) -> AppResult<Vec<award::Model>> {
    let filter = AwardFilter {
        only_organisations: Some(organisations::store::organisation_ids_of(db, actor.id).await?),
        ..AwardFilter::default()
    };
    Ok(store::list(db, filter, (limit, 0)).await?.0)
}

/// What comes next on an award.
#[derive(Debug, Clone, Default)]
pub struct NextSteps {
    /// The next tranche due.
    pub tranche: Option<tranche::Model>,
    /// The first report not yet received (the earliest due).
    pub report: Option<obligation::Model>,
}

/// Completes an active award: every tranche paid, nothing in flight, every report received.
pub async fn complete(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: Uuid,
    id: Uuid,
    note: Option<String>,
) -> AppResult<award::Model> {
    close(db, now, actor, id, AwardAction::Complete, note).await
}

/// Terminates an award before its end, with the reason. Its requested disbursements are
/// cancelled with it; while one is approved (money about to leave) termination is refused
/// until finance pays or cancels it. The unpaid balance returns to the call's budget: it
/// is kept on the award (`released_amount`) and in the termination's audit event.
pub async fn terminate(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: Uuid,
    id: Uuid,
    reason: Option<String>,
) -> AppResult<award::Model> {
    let mut check = Validator::new();
    check.required_text("reason", reason.as_deref().unwrap_or_default(), 5_000);
    check.finish()?;
    close(db, now, actor, id, AwardAction::Terminate, reason).await
}

/// Records a report the award requires as submitted by `actor`, a member of its
/// organisation: its files (uploaded to the obligation beforehand) and a note (what it
/// says, where it was sent, or why there is no file). At least one of the two.
pub async fn submit_report(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: Uuid,
    current: obligation::Model,
    summary: Option<String>,
) -> AppResult<obligation::Model> {
    let summary = summary
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty());
    let mut check = Validator::new();
    if let Some(summary) = &summary {
        check.required_text("summary", summary, 20_000);
    }
    let subject = crate::documents::rules::Subject::reporting_obligation(current.id);
    let files = crate::documents::service::count(db, subject).await?;
    if let Err(message) = rules::check_report_contents(files, summary.is_some()) {
        check.push("summary", message);
    }
    check.finish()?;
    let mut changed = current.clone();
    changed.summary = summary;
    changed.submitted_by = Some(actor);
    changed.submitted_at = Some(now);
    change_obligation(db, now, actor, current, changed, ObligationAction::Submit).await
}

/// Submits a report as `actor`, who must be a member of the award's organisation (404 for
/// those who may not see the award, 403 for staff who may).
pub async fn submit_report_as_member(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    id: Uuid,
    summary: Option<String>,
) -> AppResult<obligation::Model> {
    let (current, found) = visible_obligation(db, actor, id).await?;
    if !organisations::store::is_member(db, found.organisation_id, actor.id).await? {
        return Err(AppError::Forbidden(
            "only the organisation's members submit its reports".to_owned(),
        ));
    }
    submit_report(db, now, actor.id, current, summary).await
}

/// Records a report as received by the office, whether submitted here or sent otherwise;
/// a tranche whose condition it is may then be approved.
pub async fn receive_report(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: Uuid,
    current: obligation::Model,
    note: Option<String>,
) -> AppResult<obligation::Model> {
    let note = note.map(|text| text.trim().to_owned()).filter(|text| !text.is_empty());
    if note.as_ref().is_some_and(|text| text.chars().count() > 5_000) {
        return Err(AppError::field("note", "must be at most 5000 characters"));
    }
    let mut changed = current.clone();
    changed.note = note;
    changed.received_by = Some(actor);
    changed.received_at = Some(now);
    change_obligation(db, now, actor, current, changed, ObligationAction::Receive).await
}

/// Moves an award under the state machine inside the caller's transaction, only if it is
/// still in the state it was read in (409 `concurrent-change` otherwise), with the action's
/// stamps. Answers the audit event for the caller to record.
pub async fn transition(
    txn: &impl ConnectionTrait,
    actor: Uuid,
    current: &award::Model,
    action: AwardAction,
    reason: Option<String>,
    now: DateTime<Utc>,
) -> AppResult<AuditEntry> {
    let from = current.status;
    let to = next_status(current, action)?;
    let changed = match action {
        AwardAction::Accept => store::accept(txn, current.id, actor, now).await?,
        AwardAction::Complete | AwardAction::Terminate => {
            store::close(txn, current.id, (from, to), actor, reason.clone(), now).await?
        }
    };
    if !changed {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            Message::new("refused-changed-award"),
        ));
    }
    Ok(AuditEntry::status_changed(
        actor,
        action.audit_action(),
        "award",
        current.id,
        (from, to),
        reason,
    ))
}

/// The state `action` takes the award to, or 409 `invalid-transition` saying why not.
fn next_status(current: &award::Model, action: AwardAction) -> AppResult<AwardStatus> {
    rules::transition(current.status, action)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))
}

/// Completes or terminates an award under its row lock: a completion checks the money and
/// reports; a termination cancels what is still requested.
async fn close(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: Uuid,
    id: Uuid,
    action: AwardAction,
    reason: Option<String>,
) -> AppResult<award::Model> {
    let found = find(db, id).await?;
    next_status(&found, action)?;
    let reason = reason
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty());
    if reason.as_ref().is_some_and(|text| text.chars().count() > 5_000) {
        return Err(AppError::field("reason", "must be at most 5000 characters"));
    }
    let txn = db.begin().await?;
    crate::db::lock_row(&txn, "awards", id).await?;
    let mut cancelled = Vec::new();
    let mut released = None;
    match action {
        AwardAction::Complete => check_finished(&txn, &found).await?,
        AwardAction::Terminate => {
            released = Some(release(&txn, &found).await?);
            let why = format!("the award was terminated: {}", reason.as_deref().unwrap_or_default());
            cancelled =
                crate::disbursements::service::cancel_requested_of(&txn, Source::Award(id), actor, &why, now).await?;
        }
        AwardAction::Accept => {}
    }
    let mut entry = transition(&txn, actor, &found, action, reason, now).await?;
    if let Some(released) = released {
        store::record_release(&txn, id, money::to_stored(released)?).await?;
        let format = |amount| money::format_amount(amount, found.currency);
        entry = entry.with(
            "released",
            json!({"amount": format(released), "currency": found.currency.code()}),
        );
    }
    cancelled.push(entry);
    audit::commit(db, txn, cancelled, now).await?;
    find(db, id).await
}

/// What terminating the award returns to the call's budget (the award less what was paid),
/// or 409 `payments-in-flight` while a payment is approved and not yet paid.
async fn release(txn: &impl ConnectionTrait, found: &award::Model) -> AppResult<Decimal> {
    let (totals, _) = crate::disbursements::store::totals_of_award(txn, found.id).await?;
    rules::released_on_termination(money::from_stored(found.amount), &totals, found.currency)
        .map_err(|detail| AppError::conflict(ProblemKind::PaymentsInFlight, detail))
}

/// Refuses to complete an award that is not paid in full, has money in flight or reports
/// not received.
async fn check_finished(txn: &impl ConnectionTrait, found: &award::Model) -> AppResult<()> {
    let (totals, _) = crate::disbursements::store::totals_of_award(txn, found.id).await?;
    let reports = store::obligations_of(txn, found.id).await?;
    let outstanding = reports
        .iter()
        .filter(|report| report.status != ObligationStatus::Received)
        .count();
    rules::check_completion(Closing {
        currency: found.currency,
        awarded: money::from_stored(found.amount),
        paid: totals.paid,
        open_disbursements: totals.open,
        reports_outstanding: u64::try_from(outstanding).unwrap_or(u64::MAX),
    })
    .map_err(|detail| AppError::conflict(ProblemKind::AwardNotFinished, detail))
}

/// Changes a reporting obligation under its row lock, if it has not changed since it was
/// read, and audits the change.
async fn change_obligation(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: Uuid,
    current: obligation::Model,
    mut changed: obligation::Model,
    action: ObligationAction,
) -> AppResult<obligation::Model> {
    let status = current.status;
    let next = rules::obligation_transition(status, action)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    changed.status = next;
    let txn = db.begin().await?;
    crate::db::lock_row(&txn, "reporting_obligations", current.id).await?;
    let fresh = find_obligation(&txn, current.id).await?;
    if fresh != current {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            Message::new("refused-changed-report"),
        ));
    }
    let saved = store::update_obligation(&txn, changed).await?;
    let action_name = match action {
        ObligationAction::Submit => "report.submitted",
        ObligationAction::Receive => "report.received",
    };
    let entry = AuditEntry::status_changed(
        actor,
        action_name,
        "reporting_obligation",
        current.id,
        (status, next),
        None,
    )
    .with("award_id", json!(current.award_id))
    .with("kind", json!(current.kind.as_str()));
    let award = find(&txn, current.award_id).await?;
    let (kind, audience) = match action {
        ObligationAction::Submit => (
            Kind::ReportSubmitted,
            Audience::Staff {
                role: Role::Officer,
                except: actor,
            },
        ),
        ObligationAction::Receive => (Kind::ReportReceived, Audience::Members(award.organisation_id)),
    };
    let notice = Announcement::new(kind, current.id, current.id.to_string(), award.reference)
        .with(Fact::message(
            "email-label-report",
            Message::new("notice-report-label")
                .with("number", i64::from(current.number))
                .with("kind", current.kind.as_str()),
        ))
        .with(Fact::date("email-label-deadline", current.due_on));
    notices::announce(&txn, now, &notice, audience).await?;
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(saved)
}

/// What the letter states, gathered from the award, its application, call, organisation
/// and deciding officer. The letter is dated and stamped with the award's own instant, so it
/// renders the same every time.
async fn letter_of(
    db: &impl ConnectionTrait,
    office_name: &str,
    found: award::Model,
    language: Option<crate::i18n::Language>,
) -> AppResult<crate::documents::AwardLetter> {
    use crate::documents::{AwardLetter, LetterObligation, LetterTranche};
    let application = crate::applications::store::find(db, found.application_id)
        .await?
        .ok_or_else(|| AppError::Internal(format!("award {} has no application", found.id)))?;
    let call = crate::calls::store::find(db, found.call_id)
        .await?
        .ok_or_else(|| AppError::Internal(format!("award {} has no call", found.id)))?;
    let organisation = organisations::store::find(db, found.organisation_id)
        .await?
        .ok_or_else(|| AppError::Internal(format!("award {} has no organisation", found.id)))?;
    let country = <crate::reference::country::Entity as sea_orm::EntityTrait>::find_by_id(organisation.country.clone())
        .one(db)
        .await?
        .map_or_else(|| organisation.country.clone(), |country| country.name);
    let officer = crate::auth::store::find_user(db, found.awarded_by)
        .await?
        .map(|user| user.full_name)
        .unwrap_or_default();
    let tranches = store::tranches_of(db, found.id).await?;
    let obligations = store::obligations_of(db, found.id).await?;
    let language = language.unwrap_or(organisation.correspondence_language);
    let accepted = match (found.accepted_by, found.accepted_at) {
        (Some(by), Some(at)) => Some(crate::documents::LetterAcceptance {
            person: crate::auth::store::find_user(db, by)
                .await?
                .map(|user| user.full_name)
                .unwrap_or_default(),
            on: at.date_naive(),
        }),
        _ => None,
    };
    Ok(AwardLetter {
        locale: crate::documents::LetterLocale::new(language, Default::default()),
        office_name: office_name.to_owned(),
        reference: found.reference.clone(),
        issued_on: found.awarded_at.date_naive(),
        organisation_name: organisation.legal_name,
        organisation_country: country,
        project_title: application.title,
        call_title: call.title,
        amount: money::from_stored(found.amount),
        currency: found.currency.iso(),
        tranches: tranches
            .iter()
            .map(|tranche| LetterTranche {
                number: u32::try_from(tranche.number).unwrap_or_default(),
                due_on: tranche.due_on,
                amount: money::from_stored(tranche.amount),
                condition: tranche.condition.clone(),
            })
            .collect(),
        obligations: obligations
            .iter()
            .map(|report| LetterObligation {
                label: crate::i18n::text(language, &format!("letter-report-{}", report.kind.as_str())),
                due_on: report.due_on,
            })
            .collect(),
        officer_name: officer,
        document_id: found.id.to_string(),
        created_at: found.awarded_at,
        accepted,
    })
}

fn totals_response(totals: &Totals, awarded: Decimal, currency: Currency) -> AwardTotals {
    let format = |amount: Decimal| money::format_amount(amount, currency);
    AwardTotals {
        requested: format(totals.requested),
        approved: format(totals.approved),
        disbursed: format(totals.paid),
        outstanding: format(awarded - totals.paid),
        available: format(awarded - totals.committed()),
    }
}
