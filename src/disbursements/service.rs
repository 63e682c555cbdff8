//! The commands of disbursements, shared by every entry point: request (with its
//! idempotency key), approve, pay and cancel, and the cancellation of what an award's or
//! sponsorship's end leaves requested. Each opens its transaction, locks the source's row
//! where a ceiling is checked, moves the state through [`transition`] and audits it.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, SqlErr, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::json::DisbursementRequest;
use super::rules::{self, DisbursementAction, DisbursementStatus, Totals};
use super::store::{self, Change, Filter, Source, disbursement};
use crate::audit::{self, AuditEntry};
use crate::awards::rules::AwardStatus;
use crate::awards::store::{self as award_store, award, tranche};
use crate::error::{AppError, AppResult, ProblemKind, Validator};
use crate::i18n::Message;
use crate::money::{self, Currency};
use crate::reminders::notices::{self, Announcement, Audience, Fact, Kind};
use crate::sponsorships::payments::Purpose;

/// A disbursement request as the service takes it: the source paid, the requester's
/// idempotency key and the body.
#[derive(Debug)]
pub struct NewDisbursement {
    /// The award or sponsorship paid.
    pub source: Source,
    /// The requester's `Idempotency-Key` (checked by [`rules::check_idempotency_key`]).
    pub idempotency_key: String,
    /// What is asked for.
    pub request: DisbursementRequest,
}

/// The disbursement a request created, or the one an earlier request with the same key
/// and body created (`replayed`).
#[derive(Debug)]
pub struct Requested {
    /// The disbursement as it stands now.
    pub disbursement: disbursement::Model,
    /// Whether an earlier request created it.
    pub replayed: bool,
}

/// The payment of an approved disbursement, as the bank executed it.
#[derive(Debug)]
pub struct Payment {
    /// The bank's payment date.
    pub paid_on: NaiveDate,
    /// The bank's payment reference.
    pub payment_reference: String,
}

/// The disbursement with this id.
pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> AppResult<disbursement::Model> {
    store::find(db, id).await?.ok_or(AppError::NotFound("disbursement"))
}

/// A page of disbursements, oldest request first, with the total matching.
pub async fn page(
    db: &impl ConnectionTrait,
    filter: Filter,
    (limit, offset): (u64, u64),
) -> AppResult<(Vec<disbursement::Model>, u64)> {
    store::list(db, filter, (limit, offset)).await
}

/// Who requested each of these disbursements, by id (the approval queue marks the reader's
/// own requests, which another finance user approves).
pub async fn requesters(db: &impl ConnectionTrait, ids: Vec<Uuid>) -> AppResult<std::collections::HashMap<Uuid, Uuid>> {
    store::requesters(db, ids).await
}

/// A page of disbursements (see `page`), by keyset `cursor`, counted when
/// asked.
pub async fn page_of(
    db: &impl ConnectionTrait,
    filter: Filter,
    page: &crate::keyset::PageRequest,
) -> AppResult<crate::keyset::Listed<disbursement::Model>> {
    store::list_page(db, filter, page).await
}

/// Requests a disbursement: the key and its replay, the checks of the body, then under the
/// source's row lock the ceilings, the row and its audit event. A retry with the same key
/// and body answers the first disbursement and creates nothing; the same key with another
/// body is refused.
pub async fn request(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    requested_by: Uuid,
    new: NewDisbursement,
) -> AppResult<Requested> {
    let NewDisbursement {
        source,
        idempotency_key: key,
        request: body,
    } = new;
    rules::check_idempotency_key(&key).map_err(AppError::BadRequest)?;
    // The same request however it is spelled: "10.0" and "10.00", with or without spaces.
    let normalised = json!({
        "tranche_id": body.tranche_id,
        "amount": body.amount.0.normalize().to_string(),
        "currency": body.currency,
        "fx_rate": body.fx_rate.map(|rate| rate.0.normalize().to_string()),
        "payee_reference": body.payee_reference.trim(),
    });
    let fingerprint = rules::fingerprint(&format!("{}:{}", source.kind().as_str(), source.id()), &normalised);
    if let Some(earlier) = replay(db, requested_by, &key, &fingerprint).await? {
        return Ok(Requested::replayed(earlier));
    }
    let (currency, tranche) = prepare(db, source, body.tranche_id).await?;
    let mut check = Validator::new();
    check.required_text("payee_reference", &body.payee_reference, 200);
    let fx_rate = body.fx_rate.map(|rate| rate.0);
    let counted = rules::counted_amount((body.amount.0, body.currency), fx_rate, currency, &mut check);
    check.finish()?;
    let counted = counted.ok_or_else(|| AppError::Internal("a checked amount did not convert".to_owned()))?;
    let txn = db.begin().await?;
    let payable = lock_payable(&txn, source).await?;
    // A retry that arrived while the first request was in flight finds it here, under the lock.
    if let Some(earlier) = replay(&txn, requested_by, &key, &fingerprint).await? {
        txn.rollback().await?;
        return Ok(Requested::replayed(earlier));
    }
    check_room(&txn, source, &payable, tranche.as_ref(), counted, Counting::Committed).await?;
    let row = disbursement::Model {
        id: Uuid::new_v4(),
        source_kind: source.kind(),
        award_id: match source {
            Source::Award(id) => Some(id),
            Source::Sponsorship(_) => None,
        },
        tranche_id: tranche.as_ref().map(|tranche| tranche.id),
        sponsorship_id: match source {
            Source::Award(_) => None,
            Source::Sponsorship(id) => Some(id),
        },
        organisation_id: payable.organisation_id,
        call_id: payable.call_id,
        amount: money::to_stored(body.amount.0)?,
        currency: body.currency,
        fx_rate: fx_rate.map(|rate| rate.normalize().to_string()),
        counted_amount: money::to_stored(counted)?,
        counted_currency: payable.currency,
        payee_reference: body.payee_reference.trim().to_owned(),
        status: DisbursementStatus::Requested,
        requested_by,
        requested_at: now,
        requested_on: now.date_naive(),
        requested_month: now.format("%Y-%m").to_string(),
        approved_by: None,
        approved_at: None,
        override_reason: None,
        paid_by: None,
        paid_at: None,
        paid_on: None,
        payment_reference: None,
        cancelled_by: None,
        cancelled_at: None,
        cancel_reason: None,
        idempotency_key: Some(key.clone()),
        request_fingerprint: Some(fingerprint.clone()),
        purpose: payable.purpose,
    };
    let created = match store::insert(&txn, row).await {
        Ok(created) => created,
        Err(error) if is_unique_violation(&error) => {
            // The same key arrived twice at once: the other request won; answer as a retry.
            txn.rollback().await?;
            let earlier = replay(db, requested_by, &key, &fingerprint)
                .await?
                .ok_or_else(|| AppError::Internal("an idempotency key vanished".to_owned()))?;
            return Ok(Requested::replayed(earlier));
        }
        Err(error) => return Err(error.into()),
    };
    let entry = AuditEntry::created(
        requested_by,
        "disbursement.requested",
        "disbursement",
        created.id,
        money_summary(&created),
    );
    let amount = notices::Value::Amount(money::from_stored(created.amount), created.currency);
    let notice = Announcement::new(Kind::DisbursementRequested, created.id, created.id.to_string(), amount)
        .with(Fact::data("email-label-reference", created.payee_reference.clone()))
        .with(Fact::message(
            "email-label-next-step",
            crate::i18n::Message::new("email-next-approve"),
        ));
    let approvers = Audience::Staff {
        role: crate::auth::Role::Finance,
        except: requested_by,
    };
    notices::announce(&txn, now, &notice, approvers).await?;
    audit::commit(db, txn, vec![entry], now).await?;
    tracing::info!(disbursement = %created.id, source = source.kind().as_str(), "disbursement requested");
    Ok(Requested {
        disbursement: created,
        replayed: false,
    })
}

/// Approves a requested disbursement (never by its requester). A tranche whose condition (a
/// reporting obligation) is not met needs an `override_reason`, which is audited; the
/// source's row is locked while the approved and paid money is checked against its ceiling.
/// An award's money moves only while its organisation's due diligence covers its names and
/// the sanctions list as loaded now ([`check_screening`]).
pub async fn approve(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    approver: Uuid,
    id: Uuid,
    override_reason: Option<String>,
    sanctions_threshold: f64,
) -> AppResult<disbursement::Model> {
    let current = find(db, id).await?;
    rules::check_four_eyes(current.requested_by, approver).map_err(AppError::Forbidden)?;
    next_status(&current, DisbursementAction::Approve)?;
    let override_reason = override_reason
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty());
    let mut check = Validator::new();
    if let Some(reason) = &override_reason {
        check.required_text("override_reason", reason, 2_000);
    }
    check.finish()?;
    let source = source_of(&current)?;
    let tranche = match current.tranche_id {
        Some(tranche_id) => award_store::find_tranche(db, tranche_id).await?,
        None => None,
    };
    let condition = unmet_condition(db, tranche.as_ref()).await?;
    if let (Some(unmet), None) = (&condition, &override_reason) {
        return Err(AppError::conflict(ProblemKind::ConditionNotMet, unmet.message()));
    }
    let txn = db.begin().await?;
    let payable = lock_payable(&txn, source).await?;
    check_screening(&txn, &current, sanctions_threshold).await?;
    let counted = money::from_stored(current.counted_amount);
    check_room(
        &txn,
        source,
        &payable,
        tranche.as_ref(),
        counted,
        Counting::ApprovedOrPaid,
    )
    .await?;
    let override_reason = condition.as_ref().and(override_reason);
    let change = Change {
        approved: Some((approver, override_reason.clone())),
        ..Change::default()
    };
    let entry = transition(
        &txn,
        approver,
        &current,
        DisbursementAction::Approve,
        change,
        override_reason,
        now,
    )
    .await?
    .with(
        "condition_overridden",
        json!(condition.as_ref().map(UnmetCondition::audited)),
    );
    audit::commit(db, txn, vec![entry], now).await?;
    find(db, id).await
}

/// Records the payment of an approved disbursement: the bank's date and reference. An
/// award's money is paid only while its organisation's due diligence covers its names and
/// the sanctions list as loaded now ([`check_screening`]).
pub async fn pay(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    payer: Uuid,
    id: Uuid,
    payment: Payment,
    sanctions_threshold: f64,
) -> AppResult<disbursement::Model> {
    let current = find(db, id).await?;
    next_status(&current, DisbursementAction::Pay)?;
    let mut check = Validator::new();
    check.required_text("payment_reference", &payment.payment_reference, 200);
    check.check(
        payment.paid_on > now.date_naive(),
        "paid_on",
        "must not be in the future",
    );
    check.check(
        payment.paid_on < current.requested_on,
        "paid_on",
        format!("must not precede the request of {}", current.requested_on),
    );
    check.finish()?;
    let reference = payment.payment_reference.trim().to_owned();
    let txn = db.begin().await?;
    check_screening(&txn, &current, sanctions_threshold).await?;
    let change = Change {
        paid: Some((payer, payment.paid_on, reference.clone())),
        ..Change::default()
    };
    let entry = transition(&txn, payer, &current, DisbursementAction::Pay, change, None, now)
        .await?
        .with(
            "payment",
            json!({"paid_on": payment.paid_on, "payment_reference": reference}),
        );
    let amount = notices::Value::Amount(money::from_stored(current.amount), current.currency);
    let notice = Announcement::new(Kind::DisbursementPaid, current.id, current.id.to_string(), amount)
        .with(Fact::data("email-label-payment-reference", reference))
        .with(Fact::date("email-label-paid-on", payment.paid_on));
    notices::announce(&txn, now, &notice, Audience::Members(current.organisation_id)).await?;
    audit::commit(db, txn, vec![entry], now).await?;
    find(db, id).await
}

/// Cancels a disbursement before payment, with the reason; it then counts for nothing.
pub async fn cancel(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    by: Uuid,
    id: Uuid,
    reason: String,
) -> AppResult<disbursement::Model> {
    let current = find(db, id).await?;
    next_status(&current, DisbursementAction::Cancel)?;
    let mut check = Validator::new();
    check.required_text("reason", &reason, 2_000);
    check.finish()?;
    let reason = reason.trim().to_owned();
    let txn = db.begin().await?;
    let change = Change {
        cancelled: Some((by, reason.clone())),
        ..Change::default()
    };
    let entry = transition(
        &txn,
        by,
        &current,
        DisbursementAction::Cancel,
        change,
        Some(reason),
        now,
    )
    .await?;
    audit::commit(db, txn, vec![entry], now).await?;
    find(db, id).await
}

/// Cancels the requested (not yet approved) disbursements of an award being terminated or a
/// sponsorship being cancelled, inside the caller's transaction, with the caller's
/// `reason`; approved ones stay for finance to pay or cancel. Answers the audit events, which
/// the caller records after its own row changes (on PostgreSQL the audit lock is then taken
/// last, so no row lock is ever awaited while holding it).
pub async fn cancel_requested_of(
    txn: &impl ConnectionTrait,
    source: Source,
    by: Uuid,
    reason: &str,
    now: DateTime<Utc>,
) -> AppResult<Vec<AuditEntry>> {
    let filter = Filter {
        source: Some(source),
        status: Some(DisbursementStatus::Requested),
    };
    let (requested, _) = store::list(txn, filter, (u64::MAX >> 1, 0)).await?;
    let mut entries = Vec::with_capacity(requested.len());
    for row in &requested {
        let change = Change {
            cancelled: Some((by, reason.to_owned())),
            ..Change::default()
        };
        let entry = transition(
            txn,
            by,
            row,
            DisbursementAction::Cancel,
            change,
            Some(reason.to_owned()),
            now,
        )
        .await?;
        entries.push(entry);
    }
    Ok(entries)
}

/// Moves a disbursement under the state machine inside the caller's transaction, only if it
/// is still in the state it was read in (409 `concurrent-change` otherwise), with the
/// action's stamps. Answers the audit event (with the money moved), for the caller to add
/// to and record.
pub async fn transition(
    txn: &impl ConnectionTrait,
    actor: Uuid,
    current: &disbursement::Model,
    action: DisbursementAction,
    change: Change,
    reason: Option<String>,
    now: DateTime<Utc>,
) -> AppResult<AuditEntry> {
    let statuses = next_status(current, action)?;
    if !store::change_status(txn, current.id, statuses, change, now).await? {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            Message::new("refused-changed-disbursement"),
        ));
    }
    let entry = AuditEntry::status_changed(
        actor,
        action.audit_action(),
        "disbursement",
        current.id,
        statuses,
        reason,
    );
    Ok(entry.with("money", money_summary(current)))
}

/// The state `action` takes the disbursement to, or 409 `invalid-transition` saying why not.
fn next_status(
    current: &disbursement::Model,
    action: DisbursementAction,
) -> AppResult<(DisbursementStatus, DisbursementStatus)> {
    let next = rules::transition(current.status, action)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    Ok((current.status, next))
}

impl Requested {
    fn replayed(disbursement: disbursement::Model) -> Self {
        Self {
            disbursement,
            replayed: true,
        }
    }
}

/// The disbursement an earlier request with this key created, if the body was the same;
/// the same key with another body is refused.
async fn replay(
    db: &impl ConnectionTrait,
    requested_by: Uuid,
    key: &str,
    fingerprint: &str,
) -> AppResult<Option<disbursement::Model>> {
    match store::find_by_key(db, requested_by, key).await? {
        Some(earlier) if earlier.request_fingerprint.as_deref() == Some(fingerprint) => Ok(Some(earlier)),
        Some(_) => Err(AppError::field(
            "Idempotency-Key",
            "was already used for a different request; use a new key for a new disbursement",
        )),
        None => Ok(None),
    }
}

fn is_unique_violation(error: &DbErr) -> bool {
    matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

/// Refuses an award's disbursement with 409 `rescreening-required` while the organisation's
/// names changed since its due diligence screened them, or the list in force finds a match
/// it did not adjudicate (a sponsorship pays a traveller, screened by its own rules).
async fn check_screening(
    txn: &impl ConnectionTrait,
    current: &disbursement::Model,
    sanctions_threshold: f64,
) -> AppResult<()> {
    match source_of(current)? {
        Source::Award(_) => {
            crate::diligence::service::check_screening_current(txn, current.organisation_id, sanctions_threshold).await
        }
        Source::Sponsorship(_) => Ok(()),
    }
}

/// Which ceiling a check counts against: a request counts everything committed (requested,
/// approved, paid); an approval counts what is approved or paid.
#[derive(Debug, Clone, Copy)]
enum Counting {
    Committed,
    ApprovedOrPaid,
}

/// The source of a payment, locked for the transaction: who is paid, in which currency,
/// for what, and the ceiling of all its disbursements.
struct Payable {
    organisation_id: Uuid,
    call_id: Option<Uuid>,
    currency: Currency,
    purpose: Option<Purpose>,
    ceiling: Decimal,
    label: Message,
}

/// The source's currency and the named tranche, checked before any lock: the award or
/// sponsorship exists, and an award paid in tranches names one of its own.
async fn prepare(
    db: &impl ConnectionTrait,
    source: Source,
    tranche_id: Option<Uuid>,
) -> AppResult<(Currency, Option<tranche::Model>)> {
    match source {
        Source::Award(award_id) => {
            let found = award_store::find(db, award_id)
                .await?
                .ok_or(AppError::NotFound("award"))?;
            let tranche = match tranche_id {
                Some(tranche_id) => Some(
                    award_store::find_tranche(db, tranche_id)
                        .await?
                        .filter(|tranche| tranche.award_id == award_id)
                        .ok_or_else(|| AppError::field("tranche_id", "is not a tranche of this award"))?,
                ),
                None if !award_store::tranches_of(db, award_id).await?.is_empty() => {
                    return Err(AppError::field(
                        "tranche_id",
                        "this award is paid in tranches: name the tranche the payment belongs to",
                    ));
                }
                None => None,
            };
            Ok((found.currency, tranche))
        }
        Source::Sponsorship(id) => {
            let currency = crate::sponsorships::currency_of_request(db, id).await?;
            if tranche_id.is_some() {
                return Err(AppError::field(
                    "tranche_id",
                    "a sponsorship has no tranches; leave it out",
                ));
            }
            Ok((currency, None))
        }
    }
}

/// Locks the source's row for the transaction and reads what it may take, so that
/// concurrent requests and approvals against one source run one after another.
async fn lock_payable(txn: &impl ConnectionTrait, source: Source) -> AppResult<Payable> {
    match source {
        Source::Award(award_id) => {
            crate::db::lock_row(txn, "awards", award_id).await?;
            let found = award_store::find(txn, award_id)
                .await?
                .ok_or(AppError::NotFound("award"))?;
            ensure_active(&found)?;
            Ok(Payable {
                organisation_id: found.organisation_id,
                call_id: Some(found.call_id),
                currency: found.currency,
                purpose: None,
                ceiling: money::from_stored(found.amount),
                label: Message::new("refused-ceiling-award"),
            })
        }
        Source::Sponsorship(id) => {
            let (organisation_id, currency, ceiling) = crate::sponsorships::lock_payable(txn, id).await?;
            Ok(Payable {
                organisation_id,
                call_id: None,
                currency,
                purpose: Some(ceiling.purpose),
                ceiling: ceiling.amount,
                label: ceiling.label,
            })
        }
    }
}

/// Refuses `counted` more when it would take the source (or the tranche) over its ceiling.
async fn check_room(
    txn: &impl ConnectionTrait,
    source: Source,
    payable: &Payable,
    tranche: Option<&tranche::Model>,
    counted: Decimal,
    counting: Counting,
) -> AppResult<()> {
    let (totals, per_tranche) = store::totals_of(txn, source).await?;
    let already = |totals: Totals| match counting {
        Counting::Committed => totals.committed(),
        Counting::ApprovedOrPaid => totals.approved_or_paid(),
    };
    let refused = |detail| AppError::conflict(ProblemKind::DisbursementCeiling, detail);
    rules::check_ceiling(
        already(totals),
        counted,
        (payable.ceiling, payable.currency),
        payable.label.clone(),
    )
    .map_err(refused)?;
    if let Some(tranche) = tranche {
        let ceiling = (money::from_stored(tranche.amount), payable.currency);
        let already = already(per_tranche.get(&tranche.id).copied().unwrap_or_default());
        let what = Message::new("refused-ceiling-tranche").with("number", i64::from(tranche.number));
        rules::check_ceiling(already, counted, ceiling, what).map_err(refused)?;
    }
    Ok(())
}

/// Money moves only on an active award; the refusal says what has to happen first.
fn ensure_active(found: &award::Model) -> AppResult<()> {
    let way_forward = match found.status {
        AwardStatus::Active => return Ok(()),
        AwardStatus::PendingAcceptance => "refused-award-pending-acceptance",
        AwardStatus::Completed => "refused-award-completed",
        AwardStatus::Terminated => "refused-award-terminated",
    };
    Err(AppError::conflict(
        ProblemKind::AwardNotActive,
        Message::new(way_forward),
    ))
}

/// Why the tranche's condition is not met, if it is not: its linked reporting obligation
/// has not been received (a catalogue message naming the report by its kind, in the
/// reader's language, and how to pay anyway).
async fn unmet_condition(
    db: &impl ConnectionTrait,
    tranche: Option<&tranche::Model>,
) -> AppResult<Option<UnmetCondition>> {
    let Some((tranche, obligation_id)) = tranche.and_then(|tranche| tranche.obligation_id.map(|id| (tranche, id)))
    else {
        return Ok(None);
    };
    let obligation = award_store::find_obligation(db, obligation_id)
        .await?
        .ok_or_else(|| AppError::Internal(format!("tranche {} names a missing obligation", tranche.id)))?;
    if crate::awards::rules::condition_met(Some(obligation.status)) {
        return Ok(None);
    }
    Ok(Some(UnmetCondition {
        tranche: tranche.number,
        kind: obligation.kind.as_str(),
        due_on: obligation.due_on,
        state: obligation.status.as_str(),
    }))
}

/// A tranche's condition not met: the reporting obligation it waits for.
struct UnmetCondition {
    tranche: i32,
    kind: &'static str,
    due_on: chrono::NaiveDate,
    state: &'static str,
}

impl UnmetCondition {
    /// What the approver is told, in their language when answered.
    fn message(&self) -> Message {
        Message::new("leftovers-condition-unmet")
            .with("number", i64::from(self.tranche))
            .with("kind", self.kind)
            .with("due", self.due_on.to_string())
            .with("state", self.state)
    }

    /// What the audit keeps of an override: the reason's code and its facts, never a
    /// sentence in one language (a reader renders `message` from them in theirs).
    fn audited(&self) -> serde_json::Value {
        json!({
            "reason": "condition_not_met",
            "message": "leftovers-condition-unmet",
            "tranche": self.tranche,
            "obligation_kind": self.kind,
            "due_on": self.due_on,
            "obligation_status": self.state,
        })
    }
}

fn source_of(row: &disbursement::Model) -> AppResult<Source> {
    match (row.award_id, row.sponsorship_id) {
        (Some(award_id), None) => Ok(Source::Award(award_id)),
        (None, Some(sponsorship_id)) => Ok(Source::Sponsorship(sponsorship_id)),
        _ => Err(AppError::Internal(format!(
            "disbursement {} has no single source",
            row.id
        ))),
    }
}

/// Amounts and currencies of a money movement, for the audit trail.
fn money_summary(row: &disbursement::Model) -> serde_json::Value {
    json!({
        "amount": money::format_amount(money::from_stored(row.amount), row.currency),
        "currency": row.currency.code(),
        "fx_rate": row.fx_rate,
        "counted_amount": money::format_amount(money::from_stored(row.counted_amount), row.counted_currency),
        "counted_currency": row.counted_currency.code(),
        "award_id": row.award_id,
        "tranche_id": row.tranche_id,
        "sponsorship_id": row.sponsorship_id,
        "purpose": row.purpose,
    })
}
