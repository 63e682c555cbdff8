//! What each rule is about and who receives it: one SQL query per rule over the domains'
//! tables, read as plain [`Candidate`]s. Which occurrence is due is decided in `rules.rs`.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::{ConnectionTrait, QueryResult, Statement};
use uuid::Uuid;

use super::notices::written_amount;
use super::rules::Rule;
use crate::error::AppResult;
use crate::i18n::{Message, Text};
use crate::money::{self, Currency};

/// One subject of a rule and one of its recipients.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The record the reminder is about.
    pub subject_id: Uuid,
    /// The deadline or the start of the wait the rule's schedule is relative to.
    pub anchor: DateTime<Utc>,
    /// Whether `anchor` is a date (printed without a time).
    pub all_day: bool,
    /// The recipient.
    pub user_id: Uuid,
    /// The recipient's email address.
    pub email: String,
    /// The recipient's full name.
    pub full_name: String,
    /// The recipient's language.
    pub language: crate::i18n::Language,
    /// What the reminder names: a title as written, or a message of the catalogue around
    /// it (a report's kind, a payment's amount written the recipient's way).
    pub title: Text,
    /// A sentence of the rule's own, from the catalogue (empty when the rule has none).
    pub detail: Text,
    /// Tells apart successive occurrences about one subject (an application's later
    /// finding after an appeal); part of the dedup key.
    pub tag: String,
}

const RECIPIENT: &str = "u.id AS user_id, u.email AS email, u.full_name AS full_name, u.preferred_language AS language";

fn sql(rule: Rule) -> String {
    match rule {
        Rule::CallClosing => format!(
            "SELECT DISTINCT k.id AS subject_id, k.closes_at AS anchor_at, {RECIPIENT}, k.title AS title \
             FROM calls k \
             JOIN applications a ON a.call_id = k.id AND a.status = 'draft' \
             JOIN organisation_members m ON m.organisation_id = a.organisation_id \
             JOIN users u ON u.id = m.user_id \
             WHERE k.status = 'open'"
        ),
        Rule::ReviewOverdue => format!(
            "SELECT r.id AS subject_id, r.assigned_at AS anchor_at, {RECIPIENT}, a.title AS title \
             FROM review_assignments r \
             JOIN applications a ON a.id = r.application_id \
             JOIN calls k ON k.id = a.call_id \
             JOIN users u ON u.id = r.reviewer_id \
             WHERE r.status = 'active' AND a.status = 'under_review' \
             AND k.status NOT IN ('decided', 'cancelled') \
             AND NOT EXISTS (SELECT 1 FROM reviews v WHERE v.assignment_id = r.id AND v.status = 'submitted')"
        ),
        Rule::ReportDue => format!(
            "SELECT o.id AS subject_id, o.due_on AS due_on, {RECIPIENT}, w.reference AS title, o.kind AS kind \
             FROM reporting_obligations o \
             JOIN awards w ON w.id = o.award_id \
             JOIN organisation_members m ON m.organisation_id = w.organisation_id \
             JOIN users u ON u.id = m.user_id \
             WHERE o.status = 'pending' AND w.status IN ('pending_acceptance', 'active')"
        ),
        Rule::DiligenceExpiring => format!(
            "SELECT d.id AS subject_id, d.valid_until AS anchor_at, {RECIPIENT}, g.legal_name AS title \
             FROM due_diligence d \
             JOIN organisations g ON g.id = d.organisation_id \
             JOIN user_roles ur ON ur.role = 'officer' \
             JOIN users u ON u.id = ur.user_id \
             WHERE d.status = 'passed' AND d.valid_until IS NOT NULL \
             AND NOT EXISTS (SELECT 1 FROM due_diligence n WHERE n.organisation_id = d.organisation_id \
                 AND ((n.status = 'open' AND n.opened_at > d.opened_at) \
                   OR (n.status IN ('passed', 'failed') AND n.completed_at > d.completed_at)))"
        ),
        Rule::DisbursementAwaitingApproval => format!(
            "SELECT d.id AS subject_id, d.requested_at AS anchor_at, {RECIPIENT}, g.legal_name AS title, \
                 d.amount AS amount, d.currency AS currency \
             FROM disbursements d \
             JOIN organisations g ON g.id = d.organisation_id \
             JOIN user_roles ur ON ur.role = 'finance' \
             JOIN users u ON u.id = ur.user_id \
             WHERE d.status = 'requested' AND u.id <> d.requested_by"
        ),
        Rule::AppealWindowClosing => format!(
            "SELECT a.id AS subject_id, a.status AS finding, a.decided_at AS decided_at, \
                 a.screened_at AS screened_at, k.appeal_window_days AS window_days, {RECIPIENT}, a.title AS title \
             FROM applications a \
             JOIN calls k ON k.id = a.call_id \
             JOIN organisation_members m ON m.organisation_id = a.organisation_id \
             JOIN users u ON u.id = m.user_id \
             WHERE a.status IN ('rejected', 'ineligible') AND k.appeal_window_days > 0 \
             AND k.status NOT IN ('decided', 'cancelled') \
             AND NOT EXISTS (SELECT 1 FROM appeals p WHERE p.application_id = a.id \
                 AND p.finding_made_at = CASE WHEN a.status = 'rejected' THEN a.decided_at ELSE a.screened_at END)"
        ),
        Rule::SponsorshipDeadline => format!(
            "SELECT DISTINCT e.id AS subject_id, e.request_deadline AS anchor_at, {RECIPIENT}, e.name AS title \
             FROM events e \
             JOIN sponsorship_requests s ON s.event_id = e.id AND s.status = 'draft' \
             JOIN organisation_members m ON m.organisation_id = s.organisation_id \
             JOIN users u ON u.id = m.user_id \
             WHERE e.status = 'open'"
        ),
    }
}

/// The subjects and recipients of `rule` as they stand now (only `recipient`'s, if given).
pub async fn of_rule(db: &impl ConnectionTrait, rule: Rule, recipient: Option<Uuid>) -> AppResult<Vec<Candidate>> {
    let backend = db.get_database_backend();
    let statement = match recipient {
        None => Statement::from_string(backend, sql(rule)),
        Some(user_id) => {
            Statement::from_sql_and_values(backend, format!("{} AND u.id = $1", sql(rule)), [user_id.into()])
        }
    };
    let rows = db.query_all_raw(statement).await?;
    let mut candidates = Vec::with_capacity(rows.len());
    for row in &rows {
        candidates.extend(read(rule, row)?);
    }
    Ok(candidates)
}

/// The candidate a row describes (none when its anchor is missing).
fn read(rule: Rule, row: &QueryResult) -> AppResult<Option<Candidate>> {
    let title: String = row.try_get("", "title")?;
    let language = crate::i18n::Language::from_code(&row.try_get::<String>("", "language")?).unwrap_or_default();
    let mut tag = String::new();
    let (anchor, all_day, title, detail): (_, _, Text, Text) = match rule {
        Rule::ReportDue => {
            let due_on: NaiveDate = row.try_get("", "due_on")?;
            let kind: crate::awards::rules::ReportKind = row.try_get("", "kind")?;
            let anchor = due_on.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
            let title = Message::new("reminder-report-title")
                .with("kind", kind.as_str())
                .with("award", title);
            (
                anchor,
                true,
                title.into(),
                Message::new("reminder-report-detail").into(),
            )
        }
        Rule::AppealWindowClosing => {
            // A rejection is appealed from its decision, an ineligibility from its screening.
            let finding: String = row.try_get("", "finding")?;
            let column = if finding == "rejected" {
                "decided_at"
            } else {
                "screened_at"
            };
            let Some(made_at) = row.try_get::<Option<DateTime<Utc>>>("", column)? else {
                return Ok(None);
            };
            let days: i32 = row.try_get("", "window_days")?;
            let detail = Message::new("reminder-appeal-detail").into();
            tag = format!("{finding}@{}", made_at.timestamp());
            (made_at + Duration::days(i64::from(days)), false, title.into(), detail)
        }
        Rule::DisbursementAwaitingApproval => {
            let amount: i64 = row.try_get("", "amount")?;
            let currency: Currency = row.try_get("", "currency")?;
            let anchor: DateTime<Utc> = row.try_get("", "anchor_at")?;
            let title = Message::new("reminder-disbursement-title")
                .with("amount", written_amount(money::from_stored(amount), currency, language))
                .with("payee", title);
            let detail = Message::new("reminder-disbursement-detail").into();
            (anchor, false, title.into(), detail)
        }
        Rule::CallClosing | Rule::ReviewOverdue | Rule::DiligenceExpiring | Rule::SponsorshipDeadline => (
            row.try_get("", "anchor_at")?,
            false,
            title.into(),
            Text::Literal(String::new()),
        ),
    };
    Ok(Some(Candidate {
        subject_id: row.try_get("", "subject_id")?,
        anchor,
        all_day,
        user_id: row.try_get("", "user_id")?,
        email: row.try_get("", "email")?,
        full_name: row.try_get("", "full_name")?,
        language,
        title,
        detail,
        tag,
    }))
}

/// Whether the reminder of `rule` about `subject_id` still applies to `user_id` (the draft
/// is not yet submitted, the review not yet in, the report not yet received...).
pub async fn still_applies(db: &impl ConnectionTrait, rule: Rule, subject_id: Uuid, user_id: Uuid) -> AppResult<bool> {
    Ok(of_rule(db, rule, Some(user_id))
        .await?
        .iter()
        .any(|candidate| candidate.subject_id == subject_id))
}
