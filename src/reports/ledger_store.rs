//! The payment ledger's queries: one page of payments (keyset on request date and id, on
//! the `requested_on` index) or of refunds (keyset on the day received and the
//! sponsorship's id), each a short query, so a long ledger streams without holding the
//! connection. Read only.

use chrono::NaiveDate;
use sea_orm::{ConnectionTrait, QueryResult, Value};
use uuid::Uuid;

use super::ledger_rules::{
    LedgerCursor, LedgerEntry, LedgerFilter, LedgerSource, LedgerStatus, MovedTotals, before_all,
};
use crate::db::statement;
use crate::disbursements::rules::DisbursementStatus;
use crate::error::AppResult;
use crate::money;

/// A query's `WHERE` clause being built, with its placeholders numbered in order (`$1`,
/// `$2`, ...; `db::statement` turns them into `?` for SQLite, which binds by position).
#[derive(Default)]
struct Conditions {
    clauses: Vec<String>,
    values: Vec<Value>,
}

impl Conditions {
    /// Adds `clause`, whose `{}` placeholders take `values` in order.
    fn add(&mut self, clause: &str, values: Vec<Value>) {
        let mut text = String::new();
        for (index, part) in clause.split("{}").enumerate() {
            if index > 0 {
                text.push_str(&format!("${}", self.values.len() + index));
            }
            text.push_str(part);
        }
        self.values.extend(values);
        self.clauses.push(text);
    }

    fn sql(&self) -> String {
        self.clauses.join(" AND ")
    }
}

/// The query of a page of payments after the cursor's (request date, id), with its values.
pub fn payments_sql(filter: &LedgerFilter, after: (NaiveDate, Uuid), limit: u64) -> (String, Vec<Value>) {
    let conditions = payment_conditions(filter, after);
    let sql = format!(
        "SELECT d.id AS id, d.status AS status, d.requested_on AS requested_on, d.approved_at AS approved_at, \
         d.paid_on AS paid_on, d.payee_reference AS payee_reference, d.payment_reference AS bank_reference, \
         d.amount AS amount, d.currency AS currency, d.fx_rate AS fx_rate, d.counted_amount AS counted_amount, \
         d.counted_currency AS counted_currency, a.reference AS award_reference, t.number AS tranche_number, \
         e.name AS event_name, s.traveller_name AS traveller_name, d.organisation_id AS organisation_id, \
         o.legal_name AS organisation_name, ru.full_name AS requested_by, au.full_name AS approved_by \
         FROM disbursements d \
         JOIN organisations o ON o.id = d.organisation_id \
         JOIN users ru ON ru.id = d.requested_by \
         LEFT JOIN users au ON au.id = d.approved_by \
         LEFT JOIN awards a ON a.id = d.award_id \
         LEFT JOIN award_tranches t ON t.id = d.tranche_id \
         LEFT JOIN sponsorship_requests s ON s.id = d.sponsorship_id \
         LEFT JOIN events e ON e.id = s.event_id \
         WHERE {} ORDER BY d.requested_on, d.id LIMIT {limit}",
        conditions.sql()
    );
    (sql, conditions.values)
}

/// The conditions selecting the payments of `filter` after `after` (request date, id).
fn payment_conditions(filter: &LedgerFilter, after: (NaiveDate, Uuid)) -> Conditions {
    let mut conditions = Conditions::default();
    // A payment is made on or after its request, so `requested_on <= to` bounds the scan.
    conditions.add("d.requested_on <= {}", vec![filter.period.to.into()]);
    conditions.add(
        "COALESCE(d.paid_on, d.requested_on) >= {} AND COALESCE(d.paid_on, d.requested_on) <= {}",
        vec![filter.period.from.into(), filter.period.to.into()],
    );
    // The first term lets the index seek to the cursor rather than scan from the start.
    conditions.add(
        "d.requested_on >= {} AND (d.requested_on > {} OR d.id > {})",
        vec![after.0.into(), after.0.into(), after.1.into()],
    );
    if let Some(status) = filter.status.and_then(LedgerStatus::disbursement) {
        conditions.add("d.status = {}", vec![status.as_str().into()]);
    }
    if let Some(call_id) = filter.call_id {
        conditions.add("d.call_id = {}", vec![call_id.into()]);
    }
    if let Some(event_id) = filter.event_id {
        conditions.add("s.event_id = {}", vec![event_id.into()]);
    }
    if let Some(organisation_id) = filter.organisation_id {
        conditions.add("d.organisation_id = {}", vec![organisation_id.into()]);
    }
    conditions
}

/// The query of a page of refunds after the cursor's (day received, sponsorship id).
pub fn refunds_sql(filter: &LedgerFilter, after: (NaiveDate, Uuid), limit: u64) -> (String, Vec<Value>) {
    let conditions = refund_conditions(filter, after);
    let sql = format!(
        "SELECT s.id AS id, s.refund_received_on AS paid_on, s.refund_reference AS bank_reference, \
         s.reclaim_due AS reclaim_due, e.currency AS currency, e.name AS event_name, \
         s.traveller_name AS traveller_name, s.organisation_id AS organisation_id, \
         o.legal_name AS organisation_name, u.full_name AS requested_by \
         FROM sponsorship_requests s \
         JOIN events e ON e.id = s.event_id \
         JOIN organisations o ON o.id = s.organisation_id \
         LEFT JOIN users u ON u.id = s.refund_recorded_by \
         WHERE {} ORDER BY s.refund_received_on, s.id LIMIT {limit}",
        conditions.sql()
    );
    (sql, conditions.values)
}

/// The conditions selecting the refunds of `filter` after `after` (day received,
/// sponsorship id).
fn refund_conditions(filter: &LedgerFilter, after: (NaiveDate, Uuid)) -> Conditions {
    let mut conditions = Conditions::default();
    conditions.add(
        "s.refund_received_on IS NOT NULL AND COALESCE(s.reclaim_due, 0) > 0",
        vec![],
    );
    conditions.add(
        "s.refund_received_on >= {} AND s.refund_received_on <= {}",
        vec![filter.period.from.into(), filter.period.to.into()],
    );
    conditions.add(
        "s.refund_received_on >= {} AND (s.refund_received_on > {} OR s.id > {})",
        vec![after.0.into(), after.0.into(), after.1.into()],
    );
    if let Some(event_id) = filter.event_id {
        conditions.add("s.event_id = {}", vec![event_id.into()]);
    }
    if let Some(organisation_id) = filter.organisation_id {
        conditions.add("s.organisation_id = {}", vec![organisation_id.into()]);
    }
    conditions
}

/// The money that moved for `filter`, per currency, in one aggregation per part: paid
/// disbursements, less the refunds received (what [`MovedTotals`] adds up entry by entry).
pub async fn moved_totals(db: &impl ConnectionTrait, filter: &LedgerFilter) -> AppResult<MovedTotals> {
    let mut totals = MovedTotals::default();
    let start = (before_all(), Uuid::nil());
    if filter.wants_payments() && matches!(filter.status, None | Some(LedgerStatus::Paid)) {
        let mut conditions = payment_conditions(filter, start);
        conditions.add("d.status = {}", vec![DisbursementStatus::Paid.as_str().into()]);
        let sql = format!(
            "SELECT d.currency AS currency, CAST(COALESCE(SUM(d.amount), 0) AS BIGINT) AS total \
             FROM disbursements d LEFT JOIN sponsorship_requests s ON s.id = d.sponsorship_id \
             WHERE {} GROUP BY d.currency",
            conditions.sql()
        );
        add_sums(db, &mut totals, (&sql, conditions.values), false).await?;
    }
    if filter.wants_refunds() {
        let conditions = refund_conditions(filter, start);
        let sql = format!(
            "SELECT e.currency AS currency, CAST(COALESCE(SUM(s.reclaim_due), 0) AS BIGINT) AS total \
             FROM sponsorship_requests s JOIN events e ON e.id = s.event_id \
             WHERE {} GROUP BY e.currency",
            conditions.sql()
        );
        add_sums(db, &mut totals, (&sql, conditions.values), true).await?;
    }
    Ok(totals)
}

async fn add_sums(
    db: &impl ConnectionTrait,
    totals: &mut MovedTotals,
    (sql, values): (&str, Vec<Value>),
    negative: bool,
) -> AppResult<()> {
    for row in db.query_all_raw(statement(db, sql, values)).await? {
        let total = money::from_stored(row.try_get("", "total")?);
        let amount = if negative { -total } else { total };
        totals
            .add_amount(row.try_get("", "currency")?, amount)
            .map_err(crate::error::AppError::Internal)?;
    }
    Ok(())
}

/// One page of at most `limit` entries at `cursor`.
pub async fn page(
    db: &impl ConnectionTrait,
    filter: &LedgerFilter,
    cursor: LedgerCursor,
    limit: u64,
) -> AppResult<Vec<LedgerEntry>> {
    let ((sql, values), read): (_, fn(&QueryResult) -> AppResult<LedgerEntry>) = match cursor {
        LedgerCursor::Payments(day, id) => (payments_sql(filter, (day, id), limit), payment_entry),
        LedgerCursor::Refunds(day, id) => (refunds_sql(filter, (day, id), limit), refund_entry),
    };
    let rows = db.query_all_raw(statement(db, &sql, values)).await?;
    rows.iter().map(read).collect()
}

fn payment_entry(row: &QueryResult) -> AppResult<LedgerEntry> {
    let status: DisbursementStatus = row.try_get("", "status")?;
    let requested_on: NaiveDate = row.try_get("", "requested_on")?;
    let paid_on: Option<NaiveDate> = row.try_get("", "paid_on")?;
    let approved_at: Option<chrono::DateTime<chrono::Utc>> = row.try_get("", "approved_at")?;
    let source = match row.try_get::<Option<String>>("", "award_reference")? {
        Some(reference) => LedgerSource::Award {
            reference,
            tranche: row.try_get("", "tranche_number")?,
        },
        None => LedgerSource::Sponsorship {
            event: row.try_get::<Option<String>>("", "event_name")?.unwrap_or_default(),
            traveller: row.try_get::<Option<String>>("", "traveller_name")?.unwrap_or_default(),
        },
    };
    Ok(LedgerEntry {
        id: row.try_get("", "id")?,
        entry_on: paid_on.unwrap_or(requested_on),
        status: ledger_status(status),
        requested_on: Some(requested_on),
        approved_on: approved_at.map(|instant| instant.date_naive()),
        paid_on,
        payee_reference: row.try_get("", "payee_reference")?,
        bank_reference: row.try_get("", "bank_reference")?,
        amount: money::from_stored(row.try_get("", "amount")?),
        currency: row.try_get("", "currency")?,
        fx_rate: row.try_get("", "fx_rate")?,
        counted_amount: money::from_stored(row.try_get("", "counted_amount")?),
        counted_currency: row.try_get("", "counted_currency")?,
        source,
        organisation_id: row.try_get("", "organisation_id")?,
        organisation_name: row.try_get("", "organisation_name")?,
        requested_by: row.try_get("", "requested_by")?,
        approved_by: row.try_get("", "approved_by")?,
    })
}

fn ledger_status(status: DisbursementStatus) -> LedgerStatus {
    match status {
        DisbursementStatus::Requested => LedgerStatus::Requested,
        DisbursementStatus::Approved => LedgerStatus::Approved,
        DisbursementStatus::Paid => LedgerStatus::Paid,
        DisbursementStatus::Cancelled => LedgerStatus::Cancelled,
    }
}

fn refund_entry(row: &QueryResult) -> AppResult<LedgerEntry> {
    let received_on: NaiveDate = row.try_get("", "paid_on")?;
    let amount = -money::from_stored(row.try_get("", "reclaim_due")?);
    let currency = row.try_get("", "currency")?;
    Ok(LedgerEntry {
        id: row.try_get("", "id")?,
        entry_on: received_on,
        status: LedgerStatus::Refunded,
        requested_on: None,
        approved_on: None,
        paid_on: Some(received_on),
        payee_reference: String::new(),
        bank_reference: row.try_get("", "bank_reference")?,
        amount,
        currency,
        fx_rate: None,
        counted_amount: amount,
        counted_currency: currency,
        source: LedgerSource::Sponsorship {
            event: row.try_get("", "event_name")?,
            traveller: row.try_get("", "traveller_name")?,
        },
        organisation_id: row.try_get("", "organisation_id")?,
        organisation_name: row.try_get("", "organisation_name")?,
        requested_by: row.try_get::<Option<String>>("", "requested_by")?.unwrap_or_default(),
        approved_by: None,
    })
}
