//! A decade of an office's data, written in bulk: multi-row INSERTs of the entities' own
//! rows (so every column the schema asks for is there, typed as the application writes
//! it), as many rows per statement as the engine's bind-parameter limit allows, one
//! transaction per table, in foreign-key order. Each seeded row is a copy of a row the
//! API made (an organisation, a published call, a draft application), with its own id,
//! name, dates and status.
//!
//! The seeded audit events carry placeholder hashes: the history does not verify as a
//! chain (`GET /audit/verify` reports the first seeded event as broken); events written
//! afterwards chain on from the last one as usual.

use chrono::{DateTime, Duration, Utc};
use grantdesk::applications::rules::ApplicationStatus;
use grantdesk::applications::store::application;
use grantdesk::audit::audit_event;
use grantdesk::awards::rules::AwardStatus;
use grantdesk::awards::store::award;
use grantdesk::calls::rules::CallStatus;
use grantdesk::calls::store::call;
use grantdesk::decisions::rules::Outcome;
use grantdesk::decisions::store::decision;
use grantdesk::disbursements::rules::DisbursementStatus;
use grantdesk::disbursements::store::disbursement;
use grantdesk::organisations::store::organisation;
use grantdesk::reminders::rules::DeliveryStatus;
use grantdesk::reminders::store::message;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, EntityTrait, Iterable, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use crate::common::{Owner, disbursement_row};

/// Bind parameters per statement: under SQLite's 32,766 (PostgreSQL allows 65,535).
const PARAMETERS: usize = 30_000;

/// Ten years, in seconds: the span the seeded history is spread over.
const DECADE: i64 = 3_650 * 86_400;

/// How many rows of each kind.
#[derive(Clone, Copy, Debug)]
pub struct Counts {
    /// Organisations (the API made one more).
    pub organisations: usize,
    /// Calls for proposals.
    pub calls: usize,
    /// Applications, spread over the calls.
    pub applications: usize,
    /// Awards (each with its decision), one per awarded application.
    pub awards: usize,
    /// Disbursements, spread over the awards.
    pub disbursements: usize,
    /// Audit events.
    pub audit_events: usize,
    /// Notifications (outbox messages to a user).
    pub notifications: usize,
}

impl Counts {
    /// A decade of an office's data, times `factor`.
    pub fn decade(factor: f64) -> Self {
        let times = |count: f64| ((count * factor).round() as usize).max(1);
        Self {
            organisations: times(50_000.0),
            calls: times(500.0),
            applications: times(100_000.0),
            awards: times(20_000.0),
            disbursements: times(1_000_000.0),
            audit_events: times(2_000_000.0),
            notifications: times(200_000.0),
        }
    }

    /// A nearly empty database: a little more than one page of 50 in every list.
    pub fn nearly_empty() -> Self {
        Self {
            organisations: 60,
            calls: 60,
            applications: 60,
            awards: 60,
            disbursements: 60,
            audit_events: 60,
            notifications: 240,
        }
    }

    /// One line naming every count.
    pub fn describe(&self) -> String {
        format!(
            "{} organisations, {} applications across {} calls, {} awards, {} disbursements, {} audit events, {} notifications",
            self.organisations,
            self.applications,
            self.calls,
            self.awards,
            self.disbursements,
            self.audit_events,
            self.notifications
        )
    }
}

/// The rows the API made, copied into the seeded ones, and who the seeded rows name.
pub struct Templates {
    /// An organisation.
    pub organisation: organisation::Model,
    /// A published call.
    pub call: call::Model,
    /// A draft application.
    pub application: application::Model,
    /// The officer who made, decided and awarded everything.
    pub officer: Uuid,
    /// The finance user who requested and paid every disbursement.
    pub finance: Uuid,
    /// The users the notifications go to, in turn (the first gets a quarter or more).
    pub recipients: Vec<Uuid>,
    /// The time the benchmark runs at: the history ends a day before it.
    pub now: DateTime<Utc>,
    /// The audit chain's last sequence number before seeding (the seeded events follow).
    pub audit_after: i64,
}

impl Templates {
    /// The instant `index` of `count` evenly spread over the decade before `now`.
    fn at(&self, index: usize, count: usize) -> DateTime<Utc> {
        let offset = DECADE - (index as i64 * DECADE) / count.max(1) as i64;
        self.now - Duration::days(1) - Duration::seconds(offset)
    }
}

/// Inserts `total` rows made by `make` (given each row's index), as many per statement
/// as the parameter limit allows.
async fn insert_rows<A, F>(db: &impl ConnectionTrait, total: usize, mut make: F)
where
    A: ActiveModelTrait + Send,
    F: FnMut(usize) -> A,
{
    let columns = <A::Entity as EntityTrait>::Column::iter().count();
    let per_statement = (PARAMETERS / columns).max(1);
    let mut start = 0;
    while start < total {
        let end = (start + per_statement).min(total);
        let rows: Vec<A> = (start..end).map(&mut make).collect();
        <A::Entity as EntityTrait>::insert_many(rows)
            .exec_without_returning(db)
            .await
            .expect("seeded rows");
        start = end;
    }
}

/// Seeds every table in `counts`, a transaction per table, then gathers the planner's
/// statistics.
pub async fn seed(db: &DatabaseConnection, templates: &Templates, counts: Counts) {
    let organisations: Vec<Uuid> = (0..counts.organisations).map(|_| Uuid::new_v4()).collect();
    let calls: Vec<Uuid> = (0..counts.calls).map(|_| Uuid::new_v4()).collect();
    let txn = db.begin().await.expect("transaction");
    insert_rows(&txn, counts.organisations, |index| {
        organisation_row(templates, organisations[index], index)
    })
    .await;
    insert_rows(&txn, counts.calls, |index| {
        call_row(templates, calls[index], index, counts.calls)
    })
    .await;
    txn.commit().await.expect("committed");
    let applications = seed_applications(db, templates, &organisations, &calls, counts).await;
    let awards = seed_awards(db, templates, &applications, counts).await;
    seed_disbursements(db, templates, &awards, counts.disbursements).await;
    let txn = db.begin().await.expect("transaction");
    insert_rows(&txn, counts.notifications, |index| {
        notification_row(templates, index, counts.notifications)
    })
    .await;
    insert_rows(&txn, counts.audit_events, |index| {
        audit_row(templates, index, counts.audit_events)
    })
    .await;
    txn.commit().await.expect("committed");
    db.execute_unprepared("ANALYZE").await.expect("analyzed");
}

/// Organisation `index`: names spread over the alphabet, countries in turn.
fn organisation_row(templates: &Templates, id: Uuid, index: usize) -> organisation::ActiveModel {
    const WORDS: [&str; 12] = [
        "Amani", "Baraka", "Chama", "Dada", "Equal", "Fanaka", "Green", "Haki", "Imani", "Jamii", "Kesho", "Umoja",
    ];
    const COUNTRIES: [&str; 6] = ["KE", "GB", "KG", "CO", "JO", "UG"];
    let created_at = templates.at(index, 50_000);
    organisation::Model {
        id,
        legal_name: format!("{} Network {index:06}", WORDS[(index * 7) % WORDS.len()]),
        registration_number: Some(format!("REG-{index:07}")),
        country: COUNTRIES[index % COUNTRIES.len()].to_owned(),
        created_at,
        updated_at: created_at,
        ..templates.organisation.clone()
    }
    .into()
}

/// Call `index` of `count`: opened in turn over the decade, each open for sixty days; the
/// ones closed by now are decided.
fn call_row(templates: &Templates, id: Uuid, index: usize, count: usize) -> call::ActiveModel {
    let opens_at = templates.at(index, count);
    let closes_at = opens_at + Duration::days(60);
    let status = match closes_at < templates.now {
        true => CallStatus::Decided,
        false => CallStatus::Open,
    };
    let row = call::Model {
        id,
        title: format!("Call {index:04}: community prevention"),
        opens_at,
        closes_at,
        status,
        created_at: opens_at - Duration::days(7),
        updated_at: opens_at,
        ..templates.call.clone()
    };
    // Its own list item, as the API keeps it, not the template's.
    grantdesk::calls::json::with_kept_item(row)
        .expect("a call's list item")
        .into()
}

/// An awarded application: who it belongs to, for its award and disbursements.
#[derive(Clone, Copy)]
pub struct Awarded {
    application: Uuid,
    call: Uuid,
    organisation: Uuid,
    decided_at: DateTime<Utc>,
}

/// Seeds the applications: every `applications / awards`-th is awarded, the others
/// rejected, ineligible or submitted in turn. Answers the awarded ones.
async fn seed_applications(
    db: &DatabaseConnection,
    templates: &Templates,
    organisations: &[Uuid],
    calls: &[Uuid],
    counts: Counts,
) -> Vec<Awarded> {
    let every = (counts.applications / counts.awards.max(1)).max(1);
    let mut awarded = Vec::with_capacity(counts.awards);
    let txn = db.begin().await.expect("transaction");
    insert_rows(&txn, counts.applications, |index| {
        let created_at = templates.at(index, counts.applications);
        let status = match index % every {
            0 if awarded.len() < counts.awards => ApplicationStatus::Awarded,
            remainder => [
                ApplicationStatus::Rejected,
                ApplicationStatus::Ineligible,
                ApplicationStatus::Submitted,
            ][remainder % 3],
        };
        let row = application::Model {
            id: Uuid::new_v4(),
            call_id: calls[index * calls.len() / counts.applications],
            organisation_id: organisations[(index * 7_919) % organisations.len()],
            title: format!("Project {index:06}: dialogue and prevention"),
            status,
            submitted_at: Some(created_at + Duration::hours(2)),
            decided_by: Some(templates.officer),
            decided_at: Some(created_at + Duration::hours(4)),
            decision_reason: Some("Seeded history.".to_owned()),
            created_by: templates.officer,
            created_at,
            updated_at: created_at + Duration::hours(4),
            ..templates.application.clone()
        };
        if status == ApplicationStatus::Awarded {
            awarded.push(Awarded {
                application: row.id,
                call: row.call_id,
                organisation: row.organisation_id,
                decided_at: created_at + Duration::hours(4),
            });
        }
        application::ActiveModel::from(row)
    })
    .await;
    txn.commit().await.expect("committed");
    awarded
}

/// Seeds a decision and an award for every awarded application; answers each award's
/// owner and when it was made.
async fn seed_awards(
    db: &DatabaseConnection,
    templates: &Templates,
    awarded: &[Awarded],
    counts: Counts,
) -> Vec<(Owner, DateTime<Utc>)> {
    let decisions: Vec<Uuid> = awarded.iter().map(|_| Uuid::new_v4()).collect();
    let awards: Vec<Uuid> = awarded.iter().map(|_| Uuid::new_v4()).collect();
    let currency = templates.call.currency;
    let amount = templates.application.requested_amount;
    let txn = db.begin().await.expect("transaction");
    insert_rows(&txn, awarded.len(), |index| {
        let of = awarded[index];
        decision::ActiveModel::from(decision::Model {
            id: decisions[index],
            application_id: of.application,
            call_id: of.call,
            outcome: Outcome::Awarded,
            reason: "Seeded history.".to_owned(),
            amount: Some(amount),
            currency,
            tranches: json!([]),
            override_reason: None,
            decided_by: templates.officer,
            decided_at: of.decided_at,
        })
    })
    .await;
    insert_rows(&txn, awarded.len(), |index| {
        let of = awarded[index];
        let recent = index + counts.awards / 10 >= awarded.len();
        award::ActiveModel::from(award::Model {
            id: awards[index],
            reference: format!("GD-SCALE-{index:07}"),
            application_id: of.application,
            decision_id: decisions[index],
            call_id: of.call,
            organisation_id: of.organisation,
            amount,
            currency,
            status: if recent {
                AwardStatus::Active
            } else {
                AwardStatus::Completed
            },
            awarded_by: templates.officer,
            awarded_at: of.decided_at,
            accepted_by: Some(templates.officer),
            accepted_at: Some(of.decided_at + Duration::days(3)),
            closed_by: None,
            closed_at: None,
            closure_reason: None,
            released_amount: None,
        })
    })
    .await;
    txn.commit().await.expect("committed");
    awarded
        .iter()
        .zip(awards)
        .map(|(of, award_id)| {
            let owner = Owner {
                award_id,
                organisation_id: of.organisation,
                call_id: of.call,
            };
            (owner, of.decided_at)
        })
        .collect()
}

/// Seeds `count` disbursements spread evenly over the awards, a few days apart each; the
/// newest are requested or approved, the rest paid.
async fn seed_disbursements(
    db: &DatabaseConnection,
    templates: &Templates,
    awards: &[(Owner, DateTime<Utc>)],
    count: usize,
) {
    if awards.is_empty() {
        return;
    }
    let per_award = count.div_ceil(awards.len());
    let currency = templates.call.currency;
    let amount = (templates.application.requested_amount / per_award as i64).max(1);
    let txn = db.begin().await.expect("transaction");
    insert_rows(&txn, count, |index| {
        let (owner, awarded_at) = &awards[index / per_award];
        let number = (index % per_award) as i64;
        let requested_at = (*awarded_at + Duration::days(7 + number * 3)).min(templates.now - Duration::hours(1));
        let status = match count - index {
            left if left <= count / 100 => DisbursementStatus::Requested,
            left if left <= count / 50 => DisbursementStatus::Approved,
            _ => DisbursementStatus::Paid,
        };
        let row = disbursement_row(owner, (templates.finance, requested_at), (amount, currency), status);
        disbursement::ActiveModel::from(row)
    })
    .await;
    txn.commit().await.expect("committed");
}

/// Notification `index` of `count`, to the recipients in turn.
fn notification_row(templates: &Templates, index: usize, count: usize) -> message::ActiveModel {
    let created_at = templates.at(index, count);
    let user = templates.recipients[index % templates.recipients.len()];
    message::ActiveModel::from(message::Model {
        id: Uuid::new_v4(),
        user_id: Some(user),
        recipient: format!("{}@bench.example", user.simple()),
        rule: "application_status".to_owned(),
        template: "application_status".to_owned(),
        subject_id: None,
        subject: format!("Your application {index:07} changed"),
        body: "Your application changed status. Sign in to read the decision.".to_owned(),
        dedup_key: format!("scale-{}", Uuid::new_v4().simple()),
        status: DeliveryStatus::Sent,
        attempts: 1,
        last_error: None,
        next_attempt_at: created_at,
        lease_until: None,
        expires_at: None,
        sent_at: Some(created_at),
        read_at: index.is_multiple_of(3).then_some(created_at + Duration::hours(5)),
        created_at,
    })
}

/// Audit event `index` of `count`, on the subject types in turn, numbered after the chain.
fn audit_row(templates: &Templates, index: usize, count: usize) -> audit_event::ActiveModel {
    const SUBJECTS: [(&str, &str); 5] = [
        ("application", "application.submitted"),
        ("disbursement", "disbursement.paid"),
        ("award", "award.accepted"),
        ("organisation", "organisation.updated"),
        ("call", "call.published"),
    ];
    let (subject_type, action) = SUBJECTS[index % SUBJECTS.len()];
    audit_event::ActiveModel::from(audit_event::Model {
        seq: templates.audit_after + 1 + index as i64,
        id: Uuid::new_v4(),
        actor_id: Some(templates.officer),
        action: action.to_owned(),
        subject_type: subject_type.to_owned(),
        subject_id: Uuid::new_v4().to_string(),
        summary: json!({"seeded": true}),
        reason: None,
        occurred_at: templates.at(index, count),
        prev_hash: format!("{:064x}", index),
        hash: format!("{:064x}", index + 1),
    })
}
