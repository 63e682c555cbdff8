//! The jobs: find what is due and enqueue it (every rule), and deliver the outbox. They run
//! inside `grantdesk serve` on tokio-cron-scheduler (unless `GRANTDESK_SCHEDULER=off`) and
//! once from `grantdesk reminders run-once`. Running them twice, or on several replicas at
//! once, is harmless: the outbox's unique dedup key admits each reminder once.

use chrono::{DateTime, Utc};
use tokio_cron_scheduler::{Job, JobScheduler};

use super::candidates::{self, Candidate};
use super::delivery::{self, Delivered};
use super::rules::{self, Rule};
use super::store;
use super::store::message::{self, NewMessage};
use super::templates::{self, MessageContext};
use crate::AppState;
use crate::error::{AppError, AppResult};

/// Enqueues every reminder due now; answers how many were new.
pub async fn enqueue_due(state: &AppState) -> AppResult<usize> {
    let now = state.now();
    let mut enqueued = 0;
    for rule in Rule::ALL {
        let schedule = state.config.reminder_schedule(rule);
        for candidate in candidates::of_rule(&state.db, rule, None).await? {
            let Some(occurrence) = rules::due_occurrence(&schedule, candidate.anchor, now) else {
                continue;
            };
            let row = message_of(state, rule, &candidate, &occurrence, now)?;
            if store::enqueue(&state.db, row).await? {
                enqueued += 1;
            }
        }
    }
    if enqueued > 0 {
        tracing::info!(enqueued, "reminders enqueued");
    }
    Ok(enqueued)
}

/// Closes calls past their deadline, links audit events left pending, enqueues what is
/// due, then delivers the outbox once
/// (and prunes old failed sign-ins and ended portal sessions,
/// for deployments that run this from cron instead of the scheduler).
pub async fn run_once(state: &AppState) -> AppResult<(usize, Delivered)> {
    crate::auth::service::prune_login_failures(&state.db, state.now()).await?;
    crate::sessions::service::prune(&state.db, state.now()).await?;
    crate::calls::service::close_past_deadline(&state.db, state.now()).await?;
    crate::audit::service::link_pending(&state.db).await?;
    let retention = state.config.passport_retention_days;
    crate::sponsorships::passport_service::purge_expired(&state.db, state.now(), retention).await?;
    let enqueued = enqueue_due(state).await? + super::digest::enqueue_digests(state).await?;
    let delivered = delivery::deliver_due(state).await?;
    Ok((enqueued, delivered))
}

fn message_of(
    state: &AppState,
    rule: Rule,
    candidate: &Candidate,
    occurrence: &rules::Occurrence,
    now: DateTime<Utc>,
) -> AppResult<message::Model> {
    let language = candidate.language;
    let due = if candidate.all_day {
        crate::portal::views::date(candidate.anchor.date_naive(), language)
    } else {
        crate::portal::views::instant(candidate.anchor, language).text
    };
    // Names and titles are typed by users: one line each, so none can break the subject.
    let one_line = |text: &str| {
        text.split(char::is_control)
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let context = MessageContext {
        recipient_name: one_line(&candidate.full_name),
        office_name: one_line(&state.config.office_name),
        title: one_line(&candidate.title.render(language)),
        due,
        detail: candidate.detail.render(language),
        lang: language.code(),
    };
    let rendered = templates::render(rule, &context).map_err(AppError::Internal)?;
    let new = NewMessage {
        user_id: Some(candidate.user_id),
        recipient: candidate.email.clone(),
        rule: rule.as_str().to_owned(),
        template: format!("email/{rule}.txt"),
        subject_id: Some(candidate.subject_id),
        subject: rendered.subject,
        body: rendered.body,
        dedup_key: rules::dedup_key(
            rule,
            candidate.subject_id,
            &format!("{}{}", candidate.tag, occurrence.label),
            candidate.user_id,
        ),
        expires_at: occurrence.expires_at,
    };
    Ok(message::Model::queued(now, new))
}

/// Starts the scheduler of `serve`: calls past their `closes_at` closed and audit events
/// left pending linked into the chain every minute,
/// reminders every five minutes, delivery every twenty
/// seconds, pruning of failed sign-ins older than the throttle window every ten minutes, a
/// signed checkpoint of the audit chain every hour, the daily digest at 07:00 UTC. The returned scheduler must be kept
/// alive.
pub async fn start_scheduler(state: AppState) -> Result<JobScheduler, String> {
    let scheduler = JobScheduler::new().await.map_err(|error| error.to_string())?;
    let reminders = state.clone();
    let enqueue = Job::new_async("0 */5 * * * *", move |_, _| {
        let state = reminders.clone();
        Box::pin(async move {
            if let Err(error) = enqueue_due(&state).await {
                tracing::error!(error = %error.problem().detail, "the reminder job failed");
            }
        })
    })
    .map_err(|error| error.to_string())?;
    let pruning = state.clone();
    let prune = Job::new_async("30 */10 * * * *", move |_, _| {
        let state = pruning.clone();
        Box::pin(async move {
            if let Err(error) = crate::auth::service::prune_login_failures(&state.db, state.now()).await {
                tracing::error!(error = %error.problem().detail, "pruning failed sign-ins failed");
            }
            if let Err(error) = crate::sessions::service::prune(&state.db, state.now()).await {
                tracing::error!(error = %error.problem().detail, "pruning ended portal sessions failed");
            }
        })
    })
    .map_err(|error| error.to_string())?;
    let auditing = state.clone();
    let checkpoint = Job::new_async("0 0 * * * *", move |_, _| {
        let state = auditing.clone();
        Box::pin(async move {
            let copy_to = state.config.audit_checkpoint_to.as_deref();
            if let Err(error) =
                crate::audit::service::checkpoint(&state.db, state.now(), &state.audit_key, copy_to).await
            {
                tracing::error!(error = %error.problem().detail, "the audit checkpoint failed");
            }
        })
    })
    .map_err(|error| error.to_string())?;
    let closing = state.clone();
    let close_calls = Job::new_async("15 * * * * *", move |_, _| {
        let state = closing.clone();
        Box::pin(async move {
            if let Err(error) = crate::calls::service::close_past_deadline(&state.db, state.now()).await {
                tracing::error!(error = %error.problem().detail, "closing calls past their deadline failed");
            }
        })
    })
    .map_err(|error| error.to_string())?;
    let linking = state.clone();
    let link_audit = Job::new_async("45 * * * * *", move |_, _| {
        let state = linking.clone();
        Box::pin(async move {
            if let Err(error) = crate::audit::service::link_pending(&state.db).await {
                tracing::error!(error = %error.problem().detail, "linking pending audit events failed");
            }
        })
    })
    .map_err(|error| error.to_string())?;
    let purging = state.clone();
    let purge_passports = Job::new_async("0 40 * * * *", move |_, _| {
        let state = purging.clone();
        Box::pin(async move {
            let days = state.config.passport_retention_days;
            if let Err(error) = crate::sponsorships::passport_service::purge_expired(&state.db, state.now(), days).await
            {
                tracing::error!(error = %error.problem().detail, "purging travellers' passport details failed");
            }
        })
    })
    .map_err(|error| error.to_string())?;
    let digesting = state.clone();
    let digest = Job::new_async("0 0 7 * * *", move |_, _| {
        let state = digesting.clone();
        Box::pin(async move {
            if let Err(error) = super::digest::enqueue_digests(&state).await {
                tracing::error!(error = %error.problem().detail, "the daily digest failed");
            }
        })
    })
    .map_err(|error| error.to_string())?;
    let deliver = Job::new_async("*/20 * * * * *", move |_, _| {
        let state = state.clone();
        Box::pin(async move {
            if let Err(error) = delivery::deliver_due(&state).await {
                tracing::error!(error = %error.problem().detail, "the delivery job failed");
            }
        })
    })
    .map_err(|error| error.to_string())?;
    scheduler.add(enqueue).await.map_err(|error| error.to_string())?;
    scheduler.add(deliver).await.map_err(|error| error.to_string())?;
    scheduler.add(prune).await.map_err(|error| error.to_string())?;
    scheduler.add(checkpoint).await.map_err(|error| error.to_string())?;
    scheduler.add(close_calls).await.map_err(|error| error.to_string())?;
    scheduler.add(link_audit).await.map_err(|error| error.to_string())?;
    scheduler
        .add(purge_passports)
        .await
        .map_err(|error| error.to_string())?;
    scheduler.add(digest).await.map_err(|error| error.to_string())?;
    scheduler.start().await.map_err(|error| error.to_string())?;
    Ok(scheduler)
}
