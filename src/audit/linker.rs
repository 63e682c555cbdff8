//! A replica's linking of committed audit events, shared by its concurrent writes.
//!
//! Every audited write links after its commit (see [`super::commit`]), and a write may answer
//! once some linking run that began after its commit has ended: that run took its events.
//! Without sharing, each of sixteen concurrent writes runs its own linking transaction, and
//! each waits on the chain's advisory lock while holding a pooled connection, although the
//! first run already took everyone's events. With the [`Linker`], a replica runs one
//! linking transaction at a time: a write whose events a run begun after its commit has
//! already linked answers without one, and those waiting meanwhile share the next run. The
//! chain's lock still orders the runs of different replicas.
//!
//! A request finds its replica's linker in a task-local value that the router sets for
//! every request ([`scope_request_linker`]). Writes made outside a request (the scheduler,
//! the command line, a test calling a service) link on their own, as before.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use sea_orm::DatabaseConnection;
use tracing::Instrument;

use crate::AppState;
use crate::error::{AppError, AppResult};

tokio::task_local! {
    /// The linker of the replica answering the request.
    static REQUEST_LINKER: Arc<Linker>;
}

/// One replica's linking runs, one at a time, numbered from 1.
#[derive(Debug, Default)]
pub struct Linker {
    /// Held for the length of a run.
    turn: tokio::sync::Mutex<()>,
    /// The number of the last run started.
    started: AtomicU64,
    /// The number of the last run that ended having linked everything it found.
    finished: AtomicU64,
    /// The number of the last run that ended, linked or failed.
    ended: AtomicU64,
}

impl Linker {
    /// Returns once every event committed before the call is in the chain: either a run
    /// that started after the call has finished meanwhile, or this call runs one. When the
    /// run that started after the call failed, answers that it failed rather than trying
    /// again, so the writes waiting behind a failing database do not each wait for a run
    /// of their own; their events stay pending for the next write or the scheduler.
    async fn link_committed(&self, db: &DatabaseConnection) -> AppResult<()> {
        let seen = self.started.load(Ordering::SeqCst);
        let _turn = self.turn.lock().await;
        // Runs are numbered as they start, and one starts only after the previous ended:
        // a run numbered above `seen` started after this call began.
        if self.finished.load(Ordering::SeqCst) > seen {
            return Ok(());
        }
        if self.ended.load(Ordering::SeqCst) > seen {
            return Err(AppError::Internal(
                "the linking run that followed this write failed".to_owned(),
            ));
        }
        let run = self.started.fetch_add(1, Ordering::SeqCst) + 1;
        let linked = super::store::link(db).await;
        if linked.is_ok() {
            self.finished.store(run, Ordering::SeqCst);
        }
        self.ended.store(run, Ordering::SeqCst);
        linked.map(drop)
    }

    /// How many linking runs this replica has started.
    pub fn runs(&self) -> u64 {
        self.started.load(Ordering::SeqCst)
    }
}

/// Links every event committed before the call into the chain: through the linker of the
/// replica answering the current request, or, outside a request, in a run of its own. In a
/// request the linking is a task of its own, so a client that hangs up while its write
/// waits for its turn does not leave the committed events for the scheduler to link.
pub(super) async fn link_committed(db: &DatabaseConnection) -> AppResult<()> {
    match REQUEST_LINKER.try_with(Arc::clone) {
        Ok(linker) => {
            let db = db.clone();
            let linking = async move { linker.link_committed(&db).await };
            tokio::spawn(linking.instrument(tracing::Span::current()))
                .await
                .map_err(|error| AppError::Internal(format!("linking audit events stopped: {error}")))?
        }
        Err(_) => super::store::link(db).await.map(drop),
    }
}

/// The middleware that hands each request its replica's [`Linker`].
pub async fn scope_request_linker(State(state): State<AppState>, request: Request, next: Next) -> Response {
    REQUEST_LINKER
        .scope(state.audit_linker.clone(), next.run(request))
        .await
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use sea_orm::{ConnectionTrait, EntityTrait, PaginatorTrait, TransactionTrait};
    use tokio::task::JoinHandle;
    use uuid::Uuid;

    use super::*;
    use crate::audit::store::{AuditEntry, pending_event, record};

    async fn database() -> DatabaseConnection {
        let db = crate::db::connect(&crate::db::ConnectSettings::for_url("sqlite::memory:"))
            .await
            .expect("sqlite");
        crate::db::migrate(&db).await.expect("migrated");
        db
    }

    async fn pending(db: &DatabaseConnection) -> u64 {
        pending_event::Entity::find().count(db).await.expect("counted")
    }

    /// Stores one event unlinked and commits it, as a write does before it links.
    async fn committed_event(db: &DatabaseConnection) {
        let txn = db.begin().await.expect("begun");
        let entry = AuditEntry::created(
            Uuid::new_v4(),
            "application.created",
            "application",
            Uuid::new_v4(),
            serde_json::json!({}),
        );
        record(&txn, entry, chrono::Utc::now()).await.expect("recorded");
        txn.commit().await.expect("committed");
    }

    /// A request's linking after its commit, as its own task.
    fn linking(linker: &Arc<Linker>, db: &DatabaseConnection) -> JoinHandle<AppResult<()>> {
        let db = db.clone();
        tokio::spawn(REQUEST_LINKER.scope(linker.clone(), async move { link_committed(&db).await }))
    }

    #[tokio::test]
    async fn a_request_dropped_while_its_write_waits_for_its_turn_still_has_its_events_linked() {
        let db = database().await;
        let linker = Arc::new(Linker::default());
        committed_event(&db).await;

        // Another write's run holds the turn, and the client gives up meanwhile.
        let turn = linker.turn.lock().await;
        let request = REQUEST_LINKER.scope(linker.clone(), link_committed(&db));
        assert!(tokio::time::timeout(Duration::from_millis(50), request).await.is_err());
        assert_eq!(pending(&db).await, 1, "waiting for its turn");
        drop(turn);

        for _ in 0..100 {
            if pending(&db).await == 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        assert_eq!(pending(&db).await, 0, "linked although the request was dropped");
        assert_eq!(linker.runs(), 1);
    }

    #[tokio::test]
    async fn a_run_begun_before_the_commit_does_not_count_and_the_write_runs_its_own() {
        let db = database().await;
        let linker = Arc::new(Linker::default());
        // Run 1 is under way, begun before the write's commit.
        let turn = linker.turn.lock().await;
        linker.started.fetch_add(1, Ordering::SeqCst);
        committed_event(&db).await;
        let request = linking(&linker, &db);
        tokio::time::sleep(Duration::from_millis(20)).await;
        // Run 1 ends, having linked what it found before the commit.
        linker.finished.store(1, Ordering::SeqCst);
        linker.ended.store(1, Ordering::SeqCst);
        drop(turn);

        request.await.expect("joined").expect("linked");
        assert_eq!(linker.runs(), 2, "the write ran a run of its own");
        assert_eq!(pending(&db).await, 0);
    }

    #[tokio::test]
    async fn writes_waiting_behind_a_failed_run_do_not_each_run_again() {
        let db = database().await;
        db.execute_unprepared(
            "CREATE TRIGGER refuse_links BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'refused'); END",
        )
        .await
        .expect("trigger");
        let linker = Arc::new(Linker::default());
        committed_event(&db).await;
        let turn = linker.turn.lock().await;
        let requests: Vec<_> = (0..3).map(|_| linking(&linker, &db)).collect();
        tokio::time::sleep(Duration::from_millis(20)).await;
        drop(turn);

        for request in requests {
            assert!(request.await.expect("joined").is_err(), "the link failed");
        }
        assert_eq!(linker.runs(), 1, "one failed run answered the three writes");
        assert_eq!(
            pending(&db).await,
            1,
            "the event waits for the next write or the scheduler"
        );
    }
}
