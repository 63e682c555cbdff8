//! Password hashing under a memory bound. argon2id takes about 19 MiB for each password it
//! hashes or checks, so fifty sign-ins at once would take about a gigabyte. Hashing runs
//! on a few dedicated threads, one per core, admitted by a semaphore of as many slots: a
//! flood of attempts queues (holding little memory) for at most [`WAIT`], then is
//! answered 429. Each thread keeps its argon2 memory and reuses it for the next password,
//! so the process holds at most one such buffer per core, never a fresh 19 MiB per
//! attempt (which the allocator kept resident: 50 sign-ins left about 750 MiB).
//!
//! The threads and the slots belong to the process, not to an application state: memory
//! is the process's, and tests run many applications in one process.

use std::panic::AssertUnwindSafe;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, OnceLock};

use tokio::sync::{Semaphore, oneshot};

use super::rules::HashingMemory;
use crate::error::{AppError, AppResult};

/// How long a sign-in or a new account waits for a hashing slot before it is answered 429.
pub const WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Seconds a caller turned away for want of a slot is asked to wait.
pub const BUSY_RETRY_AFTER_SECONDS: i64 = 5;

type Job = Box<dyn FnOnce(&mut HashingMemory) + Send>;

struct Pool {
    slots: Arc<Semaphore>,
    jobs: Mutex<Sender<Job>>,
}

/// How many passwords are hashed at once: one per core.
pub fn slots() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(|| {
        let (sender, receiver) = channel::<Job>();
        let receiver = Arc::new(Mutex::new(receiver));
        for index in 0..slots() {
            let receiver = Arc::clone(&receiver);
            let spawned = std::thread::Builder::new()
                .name(format!("password-hashing-{index}"))
                .spawn(move || work(&receiver));
            if let Err(error) = spawned {
                tracing::error!(%error, "a password-hashing thread could not start");
            }
        }
        Pool {
            slots: Arc::new(Semaphore::new(slots())),
            jobs: Mutex::new(sender),
        }
    })
}

fn work(receiver: &Mutex<Receiver<Job>>) {
    let mut memory = HashingMemory::new();
    loop {
        let job = {
            let receiver = receiver.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            receiver.recv()
        };
        match job {
            // A panic ends the job (its caller gets an internal error), not the thread.
            Ok(job) => drop(std::panic::catch_unwind(AssertUnwindSafe(|| job(&mut memory)))),
            Err(_) => return,
        }
    }
}

/// Runs `hashing` (a password hash or check, in the thread's reused memory) on a hashing
/// thread once a slot is free, waiting at most [`WAIT`] (then 429). The slot is held
/// until the hashing ends, even if the request is abandoned meanwhile.
pub async fn run<T: Send + 'static>(hashing: impl FnOnce(&mut HashingMemory) -> T + Send + 'static) -> AppResult<T> {
    let pool = pool();
    let slot = tokio::time::timeout(WAIT, Arc::clone(&pool.slots).acquire_owned())
        .await
        .map_err(|_| AppError::TooManyRequests {
            retry_after_seconds: BUSY_RETRY_AFTER_SECONDS,
            detail: format!(
                "the server is busy checking other passwords; try again in {BUSY_RETRY_AFTER_SECONDS} seconds"
            ),
        })?
        .map_err(|error| AppError::Internal(format!("the hashing slots are closed: {error}")))?;
    let (done, answer) = oneshot::channel();
    let job: Job = Box::new(move |memory| {
        let result = hashing(memory);
        drop(slot);
        let _ = done.send(result);
    });
    pool.jobs
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .send(job)
        .map_err(|_| AppError::Internal("the password-hashing threads have stopped".to_owned()))?;
    answer
        .await
        .map_err(|_| AppError::Internal("password hashing failed".to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashing_runs_and_a_panic_is_an_internal_error_not_a_lost_thread() {
        assert_eq!(run(|_| 6 * 7).await.expect("ran"), 42);
        let panicked = run(|_| -> u8 { panic!("argon2 failed") }).await;
        assert!(matches!(panicked, Err(AppError::Internal(_))));
        for _ in 0..slots() * 2 {
            assert_eq!(run(|_| "still working").await.expect("ran"), "still working");
        }
    }
}
