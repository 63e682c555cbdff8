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

use crate::AppState;
use crate::error::AppResult;

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
}

impl Linker {
    /// Returns once every event committed before the call is in the chain: either a run
    /// that started after the call has finished meanwhile, or this call runs one.
    async fn link_committed(&self, db: &DatabaseConnection) -> AppResult<()> {
        let seen = self.started.load(Ordering::SeqCst);
        let _turn = self.turn.lock().await;
        // Runs are numbered as they start, and one starts only after the previous ended:
        // a finished run numbered above `seen` started after this call began.
        if self.finished.load(Ordering::SeqCst) > seen {
            return Ok(());
        }
        let run = self.started.fetch_add(1, Ordering::SeqCst) + 1;
        super::store::link(db).await?;
        self.finished.store(run, Ordering::SeqCst);
        Ok(())
    }

    /// How many linking runs this replica has started.
    pub fn runs(&self) -> u64 {
        self.started.load(Ordering::SeqCst)
    }
}

/// Links every event committed before the call into the chain: through the linker of the
/// replica answering the current request, or, outside a request, in a run of its own.
pub(super) async fn link_committed(db: &DatabaseConnection) -> AppResult<()> {
    match REQUEST_LINKER.try_with(Arc::clone) {
        Ok(linker) => linker.link_committed(db).await,
        Err(_) => super::store::link(db).await.map(drop),
    }
}

/// The middleware that hands each request its replica's [`Linker`].
pub async fn scope_request_linker(State(state): State<AppState>, request: Request, next: Next) -> Response {
    REQUEST_LINKER
        .scope(state.audit_linker.clone(), next.run(request))
        .await
}
