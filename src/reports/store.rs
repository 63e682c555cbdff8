//! The report's queries: the totals are one aggregating SQL query; the outstanding
//! commitments are read in pages by award id, so that a long list streams without holding
//! the database connection.

use chrono::Duration;
use sea_orm::{ConnectionTrait, QueryResult};

use crate::db::statement;
use uuid::Uuid;

use super::rules::{
    ByStatus, CommitmentKind, GroupBy, OutstandingCursor, OutstandingRow, Period, RefundTotal, TotalsRow,
    sponsorship_reference, with_refunds,
};
use crate::awards::rules::AwardStatus;
use crate::disbursements::rules::DisbursementStatus;
use crate::error::{AppError, AppResult};
use crate::money::{self, Currency};
use crate::sponsorships::rules::SponsorshipStatus;

/// How many outstanding commitments one page reads.
pub const OUTSTANDING_PAGE: u64 = 1_000;

/// The group key and label of each grouping, as SQL over `d` (disbursements), `o`
/// (organisations), `c` (countries), `k` (calls) and, for sponsorships, `e` (their events):
/// grouped by call, a sponsorship's payments fall under its event.
fn group_columns(group_by: GroupBy) -> (&'static str, &'static str) {
    match group_by {
        GroupBy::Month => ("d.requested_month", "d.requested_month"),
        GroupBy::Call => (
            "COALESCE(d.call_id, e.id)",
            "COALESCE(k.title, 'Travel sponsorship: ' || e.name)",
        ),
        GroupBy::Country => ("o.country", "c.name"),
        GroupBy::Region => ("c.m49_region", "c.m49_region"),
        GroupBy::Currency => ("d.currency", "d.currency"),
        GroupBy::Status => ("d.status", "d.status"),
    }
}

fn sum_of(column: &str, status: DisbursementStatus) -> String {
    format!(
        "CAST(COALESCE(SUM(CASE WHEN d.status = '{}' THEN d.{column} ELSE 0 END), 0) AS BIGINT)",
        status.as_str()
    )
}

/// The totals query: one row per group, payment currency and call currency, with the sums
/// of each status in both currencies. Placeholders: `$1` first day, `$2` last day.
pub fn totals_sql(group_by: GroupBy) -> String {
    let (key, label) = group_columns(group_by);
    let events = if group_by == GroupBy::Call {
        "LEFT JOIN sponsorship_requests s ON s.id = d.sponsorship_id LEFT JOIN events e ON e.id = s.event_id "
    } else {
        ""
    };
    let sums: Vec<String> = ["amount", "counted_amount"]
        .into_iter()
        .flat_map(|column| {
            DisbursementStatus::ALL
                .into_iter()
                .map(move |status| format!("{} AS {column}_{}", sum_of(column, status), status.as_str()))
        })
        .collect();
    format!(
        "SELECT {key} AS group_key, {label} AS group_label, d.currency AS currency, \
         d.counted_currency AS call_currency, CAST(COUNT(*) AS BIGINT) AS count, {} \
         FROM disbursements d \
         LEFT JOIN organisations o ON o.id = d.organisation_id \
         LEFT JOIN countries c ON c.iso2 = o.country \
         LEFT JOIN calls k ON k.id = d.call_id {events}\
         WHERE d.requested_on >= $1 AND d.requested_on <= $2 \
         GROUP BY {key}, {label}, d.currency, d.counted_currency \
         ORDER BY {key}, d.currency, d.counted_currency",
        sums.join(", ")
    )
}

/// The outstanding-commitments query: awards pending acceptance or active, awarded by the
/// period's end, with what was paid by then. Placeholders: `$1` last day, `$2` the instant
/// after it, `$3` the last award id of the previous page.
pub fn outstanding_sql() -> String {
    let paid = DisbursementStatus::Paid.as_str();
    let (pending, active) = (AwardStatus::PendingAcceptance.as_str(), AwardStatus::Active.as_str());
    format!(
        "SELECT a.id AS id, a.reference AS reference, o.legal_name AS organisation_name, \
         k.title AS call_title, a.currency AS currency, a.amount AS awarded, \
         CAST(COALESCE(SUM(CASE WHEN d.status = '{paid}' AND d.paid_on <= $1 THEN d.counted_amount ELSE 0 END), 0) \
         AS BIGINT) AS paid \
         FROM awards a \
         JOIN organisations o ON o.id = a.organisation_id \
         JOIN calls k ON k.id = a.call_id \
         LEFT JOIN disbursements d ON d.award_id = a.id \
         WHERE a.status IN ('{pending}', '{active}') AND a.awarded_at < $2 AND a.id > $3 \
         GROUP BY a.id, a.reference, o.legal_name, k.title, a.currency, a.amount \
         ORDER BY a.id LIMIT {OUTSTANDING_PAGE}"
    )
}

/// The group key and label of refunds, as SQL over `s` (sponsorship requests), `e` (their
/// events), `o` and `c`: by the month the refund was received, the event (under "call"),
/// the organisation's country or region, the event's currency, or the status `refunded`.
fn refund_group_columns(group_by: GroupBy) -> (&'static str, &'static str) {
    match group_by {
        GroupBy::Month => (
            "SUBSTR(CAST(s.refund_received_on AS TEXT), 1, 7)",
            "SUBSTR(CAST(s.refund_received_on AS TEXT), 1, 7)",
        ),
        GroupBy::Call => ("e.id", "'Travel sponsorship: ' || e.name"),
        GroupBy::Country => ("o.country", "c.name"),
        GroupBy::Region => ("c.m49_region", "c.m49_region"),
        GroupBy::Currency => ("e.currency", "e.currency"),
        GroupBy::Status => ("'refunded'", "'refunded'"),
    }
}

/// The refunds query: one row per group with the total refunded in the event's currency,
/// of refunds received in the period. Placeholders: `$1` first day, `$2` last day.
pub fn refunds_sql(group_by: GroupBy) -> String {
    let (key, label) = refund_group_columns(group_by);
    // PostgreSQL refuses a constant in GROUP BY: the status group is one constant.
    let grouping = if group_by == GroupBy::Status {
        "e.currency".to_owned()
    } else {
        format!("{key}, {label}, e.currency")
    };
    format!(
        "SELECT {key} AS group_key, {label} AS group_label, e.currency AS currency, \
         CAST(COALESCE(SUM(s.reclaim_due), 0) AS BIGINT) AS refunded \
         FROM sponsorship_requests s \
         JOIN events e ON e.id = s.event_id \
         LEFT JOIN organisations o ON o.id = s.organisation_id \
         LEFT JOIN countries c ON c.iso2 = o.country \
         WHERE s.refund_received_on IS NOT NULL AND COALESCE(s.reclaim_due, 0) > 0 \
         AND s.refund_received_on >= $1 AND s.refund_received_on <= $2 \
         GROUP BY {grouping}"
    )
}

/// The totals of the period, grouped, with each group's refunds.
pub async fn totals(db: &impl ConnectionTrait, group_by: GroupBy, period: Period) -> AppResult<Vec<TotalsRow>> {
    let values = || vec![period.from.into(), period.to.into()];
    let rows = db.query_all_raw(statement(db, &totals_sql(group_by), values())).await?;
    let rows = rows
        .iter()
        .map(|row| totals_row(row, group_by))
        .collect::<AppResult<Vec<_>>>()?;
    let refunds = db
        .query_all_raw(statement(db, &refunds_sql(group_by), values()))
        .await?;
    let refunds = refunds
        .iter()
        .map(|row| {
            let (group, label) = group_of(row, group_by)?;
            Ok(RefundTotal {
                group,
                label,
                currency: currency(row, "currency")?,
                refunded: money::from_stored(row.try_get("", "refunded")?),
            })
        })
        .collect::<AppResult<Vec<_>>>()?;
    Ok(with_refunds(rows, &refunds))
}

/// A row's group key and label (a call's key is its id; a missing label is the key).
fn group_of(row: &QueryResult, group_by: GroupBy) -> AppResult<(String, String)> {
    let group = if group_by == GroupBy::Call {
        row.try_get::<Option<Uuid>>("", "group_key")?
            .map(|id| id.to_string())
            .unwrap_or_default()
    } else {
        row.try_get::<Option<String>>("", "group_key")?.unwrap_or_default()
    };
    let label = row
        .try_get::<Option<String>>("", "group_label")?
        .unwrap_or_else(|| group.clone());
    Ok((group, label))
}

fn totals_row(row: &QueryResult, group_by: GroupBy) -> AppResult<TotalsRow> {
    let (group, label) = group_of(row, group_by)?;
    let by_status = |column: &str| -> AppResult<ByStatus> {
        let get = |status: DisbursementStatus| -> AppResult<rust_decimal::Decimal> {
            let stored: i64 = row.try_get("", &format!("{column}_{}", status.as_str()))?;
            Ok(money::from_stored(stored))
        };
        Ok(ByStatus {
            requested: get(DisbursementStatus::Requested)?,
            approved: get(DisbursementStatus::Approved)?,
            paid: get(DisbursementStatus::Paid)?,
            cancelled: get(DisbursementStatus::Cancelled)?,
            refunded: rust_decimal::Decimal::ZERO,
        })
    };
    Ok(TotalsRow {
        group,
        label,
        currency: currency(row, "currency")?,
        call_currency: currency(row, "call_currency")?,
        count: row.try_get("", "count")?,
        amounts: by_status("amount")?,
        in_call_currency: by_status("counted_amount")?,
    })
}

/// The outstanding sponsorships query: approved, travelled or reconciled by the period's
/// end, whose entitlement (with its reconciliation adjustment) is not paid in full by then.
/// Placeholders: `$1` last day, `$2` the instant after it, `$3` the last sponsorship id of
/// the previous page.
pub fn sponsorships_outstanding_sql() -> String {
    let paid = DisbursementStatus::Paid.as_str();
    let holding: Vec<String> = SponsorshipStatus::ALL
        .into_iter()
        .filter(|status| status.holds_budget())
        .map(|status| format!("'{}'", status.as_str()))
        .collect();
    format!(
        "SELECT s.id AS id, s.decided_at AS decided_at, o.legal_name AS organisation_name, \
         e.name || ' · ' || s.traveller_name AS call_title, e.currency AS currency, \
         s.entitlement + COALESCE(s.adjustment, 0) AS awarded, \
         CAST(COALESCE(SUM(CASE WHEN d.status = '{paid}' AND d.paid_on <= $1 THEN d.counted_amount ELSE 0 END), 0) \
         AS BIGINT) AS paid \
         FROM sponsorship_requests s \
         JOIN organisations o ON o.id = s.organisation_id \
         JOIN events e ON e.id = s.event_id \
         LEFT JOIN disbursements d ON d.sponsorship_id = s.id \
         WHERE s.status IN ({}) AND s.decided_at < $2 AND s.id > $3 \
         GROUP BY s.id, s.decided_at, o.legal_name, e.name, s.traveller_name, e.currency, s.entitlement, s.adjustment \
         HAVING s.entitlement + COALESCE(s.adjustment, 0) > \
         COALESCE(SUM(CASE WHEN d.status = '{paid}' AND d.paid_on <= $4 THEN d.counted_amount ELSE 0 END), 0) \
         ORDER BY s.id LIMIT {OUTSTANDING_PAGE}",
        holding.join(", ")
    )
}

/// One page of outstanding commitments at `cursor`.
pub async fn outstanding_page(
    db: &impl ConnectionTrait,
    period: Period,
    cursor: OutstandingCursor,
) -> AppResult<Vec<OutstandingRow>> {
    let end = (period.to + Duration::days(1))
        .and_hms_opt(0, 0, 0)
        .map(|instant| instant.and_utc())
        .ok_or_else(|| AppError::Internal("the period's end is out of range".to_owned()))?;
    let (sql, after, kind) = match cursor {
        OutstandingCursor::Awards(after) => (outstanding_sql(), after, CommitmentKind::Award),
        OutstandingCursor::Sponsorships(after) => (sponsorships_outstanding_sql(), after, CommitmentKind::Sponsorship),
    };
    let mut values = vec![period.to.into(), end.into(), after.into()];
    if kind == CommitmentKind::Sponsorship {
        values.push(period.to.into());
    }
    let rows = db.query_all_raw(statement(db, &sql, values)).await?;
    rows.iter().map(|row| outstanding_row(row, kind)).collect()
}

fn outstanding_row(row: &QueryResult, kind: CommitmentKind) -> AppResult<OutstandingRow> {
    let id: Uuid = row.try_get("", "id")?;
    let reference = match kind {
        CommitmentKind::Award => row.try_get("", "reference")?,
        CommitmentKind::Sponsorship => {
            let decided_at: Option<chrono::DateTime<chrono::Utc>> = row.try_get("", "decided_at")?;
            sponsorship_reference(id, decided_at.map_or(0, |instant| chrono::Datelike::year(&instant)))
        }
    };
    Ok(OutstandingRow {
        kind,
        id,
        reference,
        organisation_name: row.try_get("", "organisation_name")?,
        call_title: row.try_get("", "call_title")?,
        currency: currency(row, "currency")?,
        awarded: money::from_stored(row.try_get("", "awarded")?),
        paid: money::from_stored(row.try_get("", "paid")?),
    })
}

/// Every outstanding commitment of the period (for JSON and XLSX, which are built whole).
pub async fn outstanding_all(db: &impl ConnectionTrait, period: Period) -> AppResult<Vec<OutstandingRow>> {
    let mut all = Vec::new();
    let mut cursor = Some(OutstandingCursor::Awards(Uuid::nil()));
    while let Some(at) = cursor {
        let page = outstanding_page(db, period, at).await?;
        cursor = at.after_page(page.last(), page.len() as u64 == OUTSTANDING_PAGE);
        all.extend(page);
    }
    Ok(all)
}

fn currency(row: &QueryResult, column: &str) -> AppResult<Currency> {
    Ok(row.try_get("", column)?)
}
