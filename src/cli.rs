//! The command line: `serve`, `migrate`, `sanctions import`, `reminders run-once`, `user add`,
//! `user verify` and `export 360giving|iati`.

use std::io::Read;
use std::sync::Arc;

use clap::{Parser, Subcommand};

use crate::auth::Role;
use crate::auth::service::{self, NewAccount};
use crate::clock::{Clock, SystemClock};
use crate::config::{Config, Environment};
use crate::{AppState, db, demo};

/// grantdesk: grant management for offices that fund civil-society organisations.
///
/// Configuration comes from the environment: DATABASE_URL (default: the SQLite file
/// grantdesk.db in the working directory), GRANTDESK_BIND (default 127.0.0.1:8080),
/// GRANTDESK_JWT_SECRET, GRANTDESK_ENV (development | production), GRANTDESK_SMTP_URL,
/// GRANTDESK_SCHEDULER (on | off) and GRANTDESK_CONFIG (an optional TOML file with the same
/// keys). See README.md for every setting.
#[derive(Debug, Parser)]
#[command(name = "grantdesk", version, about, long_about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run pending database migrations, then serve the HTTP API (docs at /docs).
    Serve {
        /// Also load the demo office (staff, CSOs, calls, applications) when the database is empty.
        #[arg(long)]
        demo: bool,
    },
    /// Run pending database migrations and exit.
    Migrate,
    /// Manage the UN Security Council sanctions list.
    Sanctions {
        /// What to do with the list.
        #[command(subcommand)]
        command: SanctionsCommand,
    },
    /// Run the reminder jobs (for cron-driven deployments, with `GRANTDESK_SCHEDULER=off`).
    Reminders {
        /// What to run.
        #[command(subcommand)]
        command: RemindersCommand,
    },
    /// Manage the data keys that encrypt documents at rest.
    Keys {
        /// What to do with the keys.
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// Sign and check the audit chain's checkpoints.
    Audit {
        /// What to do.
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Write the open-data file of a standard, exactly as the public endpoint serves it.
    Export {
        /// Which standard: `360giving` (JSON data package) or `iati` (activity XML).
        #[arg(value_enum)]
        standard: ExportStandard,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
    /// Manage user accounts.
    User {
        /// What to do with users.
        #[command(subcommand)]
        command: UserCommand,
    },
}

/// The open standards `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportStandard {
    /// 360Giving 1.4 data package (JSON).
    #[value(name = "360giving")]
    ThreeSixtyGiving,
    /// IATI 2.03 activity file (XML).
    Iati,
}

/// Data-key subcommands.
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Re-encrypt every document chunk to the current key (GRANTDESK_DATA_KEY), reading the
    /// older ones with GRANTDESK_DATA_KEYS_PREVIOUS. Runs beside the server, in small
    /// batches, and resumes where it stopped; once it reports nothing left, the old keys
    /// can be dropped.
    Rotate,
}

/// Sanctions-list subcommands.
#[derive(Debug, Subcommand)]
pub enum SanctionsCommand {
    /// Load the Consolidated List XML in place of the previous version (atomically).
    Import {
        /// The XML file, as published by the Security Council.
        file: std::path::PathBuf,
    },
}

/// Reminder subcommands.
#[derive(Debug, Subcommand)]
pub enum RemindersCommand {
    /// Enqueue every reminder due now, deliver the outbox once, and exit.
    RunOnce,
}

/// Audit subcommands.
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Sign a checkpoint of the chain's head now (the scheduler does it every hour), store
    /// it, and append it to GRANTDESK_AUDIT_CHECKPOINT_TO when set.
    Checkpoint,
    /// Verify the chain, and check it against checkpoints: the latest stored one, or every
    /// one of a file kept outside the database (one JSON line each). Fails when anything
    /// disagrees.
    Verify {
        /// A file of checkpoints, as GRANTDESK_AUDIT_CHECKPOINT_TO collects them.
        #[arg(long)]
        checkpoints: Option<std::path::PathBuf>,
    },
}

/// User subcommands.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account, e.g. the first admin. The password is read from standard input.
    Add {
        /// Email used to sign in.
        #[arg(long)]
        email: String,
        /// Full name.
        #[arg(long)]
        full_name: String,
        /// Role: applicant, officer, reviewer, finance or admin (repeat for several).
        #[arg(long = "role", required = true, value_parser = parse_role)]
        roles: Vec<Role>,
        /// Read the password from standard input (required, so it never shows in the process list).
        #[arg(long, required = true)]
        password_stdin: bool,
    },
    /// Verify an account's email address by hand, where email does not reach the person
    /// (audited).
    Verify {
        /// The account's email.
        #[arg(long)]
        email: String,
    },
}

fn parse_role(name: &str) -> Result<Role, String> {
    Role::parse(name).ok_or_else(|| format!("`{name}` is not a role (applicant, officer, reviewer, finance, admin)"))
}

/// Runs the command line; answers the process exit code.
pub async fn run(cli: Cli) -> Result<(), String> {
    let config = Config::from_env().map_err(|error| error.to_string())?;
    match cli.command {
        Command::Serve { demo } => serve(config, demo).await,
        Command::Migrate => {
            let db = open(&config).await?;
            tracing::info!("migrations are up to date");
            db.close().await.map_err(|error| error.to_string())
        }
        Command::Sanctions {
            command: SanctionsCommand::Import { file },
        } => {
            let xml =
                std::fs::read_to_string(&file).map_err(|error| format!("cannot read {}: {error}", file.display()))?;
            let db = open(&config).await?;
            let name = file.file_name().map(|name| name.to_string_lossy());
            let version = crate::sanctions::import_list(&db, &xml, name.as_deref(), None, SystemClock.now())
                .await
                .map_err(describe)?;
            let generated = version
                .generated_at
                .map_or_else(|| "at an unknown date".to_owned(), |at| at.to_rfc3339());
            println!(
                "imported {} entries from {} (list generated {generated})",
                version.entry_count, version.source
            );
            Ok(())
        }
        Command::Export { standard, out } => export(config, standard, out).await,
        Command::Reminders {
            command: RemindersCommand::RunOnce,
        } => {
            let db = open(&config).await?;
            let state = AppState::new(db, config, Arc::new(SystemClock))
                .await
                .map_err(describe)?;
            let (enqueued, delivered) = crate::reminders::run_once(&state).await.map_err(describe)?;
            println!(
                "{enqueued} reminder(s) enqueued; {} sent, {} to retry, {} failed, {} no longer applying, {} superseded{}",
                delivered.sent,
                delivered.retrying,
                delivered.failed,
                delivered.withdrawn,
                delivered.superseded,
                if state.mailer.is_none() {
                    " (no GRANTDESK_SMTP_URL: messages wait in the outbox)"
                } else {
                    ""
                }
            );
            Ok(())
        }
        Command::Keys {
            command: KeysCommand::Rotate,
        } => {
            let db = open(&config).await?;
            let keys = crate::documents::keys::DataKeys::from_config(&config).map_err(|error| error.to_string())?;
            let store = crate::documents::storage::DatabaseStore::new(db, keys);
            let moved = crate::documents::service::rotate_keys(&store).await.map_err(describe)?;
            println!("re-encrypted {moved} chunk(s) to the current data key; none is left under an older key");
            Ok(())
        }
        Command::Audit { command } => audit(config, command).await,
        Command::User {
            command:
                UserCommand::Add {
                    email,
                    full_name,
                    roles,
                    password_stdin: _,
                },
        } => {
            let mut password = String::new();
            std::io::stdin()
                .read_to_string(&mut password)
                .map_err(|error| error.to_string())?;
            let password = password.trim_end_matches(['\r', '\n']).to_owned();
            let db = open(&config).await?;
            let account = NewAccount {
                email,
                password: Some(password),
                full_name,
                roles,
                email_verified: true,
            };
            let user = service::create_account(&db, &config, SystemClock.now(), account, None)
                .await
                .map_err(describe)?;
            println!("created user {} <{}>", user.id, user.email);
            Ok(())
        }
        Command::User {
            command: UserCommand::Verify { email },
        } => {
            let db = open(&config).await?;
            let changed = crate::auth::recovery::verify_email_of(&db, SystemClock.now(), &email)
                .await
                .map_err(describe)?;
            if changed {
                println!("verified <{email}> by hand (audited)");
            } else {
                println!("<{email}> was already verified");
            }
            Ok(())
        }
    }
}

/// `grantdesk audit ...`: prints what it found; an error when the chain does not verify.
async fn audit(config: Config, command: AuditCommand) -> Result<(), String> {
    let key = crate::audit::keys::AuditKey::load(&config).map_err(|error| error.to_string())?;
    let db = open(&config).await?;
    match command {
        AuditCommand::Checkpoint => {
            let copy_to = config.audit_checkpoint_to.as_deref();
            match crate::audit::service::checkpoint(&db, SystemClock.now(), &key, copy_to)
                .await
                .map_err(describe)?
            {
                Some(signed) => println!("{}", serde_json::to_string(&signed).map_err(|error| error.to_string())?),
                None => println!("the audit chain is empty: nothing to sign"),
            }
            Ok(())
        }
        AuditCommand::Verify { checkpoints } => {
            let external = match checkpoints {
                Some(path) => {
                    let text = std::fs::read_to_string(&path)
                        .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
                    Some(
                        crate::audit::service::read_checkpoints(&text)
                            .map_err(|error| format!("{}: {error}", path.display()))?,
                    )
                }
                None => None,
            };
            let verification = crate::audit::service::verify_with_checkpoints(&db, SystemClock.now(), &key, external)
                .await
                .map_err(describe)?;
            println!(
                "{} event(s) verified; {} checkpoint(s) checked; {} event(s) waiting to be linked",
                verification.chain.events_checked,
                verification.checkpoints.len(),
                verification.pending.count
            );
            let problems = verification.problems();
            if problems.is_empty() {
                Ok(())
            } else {
                Err(format!("the audit chain does not verify: {}", problems.join("; ")))
            }
        }
    }
}

/// A command-line message for an application error.
/// `grantdesk export`: the same export as the public endpoint, to a file or standard output.
async fn export(config: Config, standard: ExportStandard, out: Option<std::path::PathBuf>) -> Result<(), String> {
    use crate::open_data::service::{self, Standard};
    let db = open(&config).await?;
    let reference = crate::reference::Reference::load(&db, &config.fixtures_dir, config.regions_file.as_deref())
        .await
        .map_err(describe)?;
    let standard = match standard {
        ExportStandard::ThreeSixtyGiving => Standard::ThreeSixtyGiving,
        ExportStandard::Iati => Standard::Iati,
    };
    let mut export = service::export(&db, &service::office(&config), &reference, standard)
        .await
        .map_err(describe)?;
    let copied = match &out {
        Some(path) => std::fs::File::create(path)
            .and_then(|mut file| std::io::copy(&mut export.file, &mut file))
            .map_err(|error| format!("cannot write {}: {error}", path.display())),
        None => std::io::copy(&mut export.file, &mut std::io::stdout().lock()).map_err(|error| error.to_string()),
    };
    copied?;
    eprintln!(
        "{} grant(s) published, {} withheld under the publication policy ({} bytes)",
        export.published, export.excluded, export.bytes
    );
    Ok(())
}

fn describe(error: crate::error::AppError) -> String {
    match error {
        crate::error::AppError::Validation(errors) => errors
            .iter()
            .map(|error| format!("{}: {}", error.field, error.message))
            .collect::<Vec<_>>()
            .join("; "),
        other => other.problem().detail,
    }
}

async fn open(config: &Config) -> Result<sea_orm::DatabaseConnection, String> {
    let db = db::connect(&db::ConnectSettings::for_url(&config.database_url))
        .await
        .map_err(|error| format!("cannot open the database: {error}"))?;
    db::migrate(&db)
        .await
        .map_err(|error| format!("migrations failed: {error}"))?;
    Ok(db)
}

async fn serve(config: Config, demo: bool) -> Result<(), String> {
    config.check_for_serving(demo).map_err(|error| error.to_string())?;
    if config.jwt_secret_generated {
        tracing::warn!("GRANTDESK_JWT_SECRET is not set: using a random secret, so tokens end when the process ends");
    }
    if config.environment == Environment::Development {
        tracing::info!("running in development mode");
    }
    let db = open(&config).await?;
    // Events a stopped replica committed but did not link join the chain now.
    if let Err(error) = crate::audit::service::link_pending(&db).await {
        tracing::warn!(error = %error.problem().detail, "linking pending audit events at start failed");
    }
    // Calls written before their list item was kept (migration 46) get it now.
    match crate::calls::service::keep_missing_list_items(&db).await {
        Ok(0) => {}
        Ok(kept) => tracing::info!(kept, "kept the list item of calls written before it was kept"),
        Err(error) => tracing::warn!(error = %error.problem().detail, "keeping the calls' list items failed"),
    }
    let bind = config.bind.clone();
    let state = AppState::new(db, config, Arc::new(SystemClock))
        .await
        .map_err(|error| error.to_string())?;
    if demo {
        demo::load_if_empty(&state)
            .await
            .map_err(|error| format!("loading the demo data failed: {error}"))?;
    }
    // Kept alive until the server stops.
    let _scheduler = if state.config.scheduler {
        Some(crate::reminders::start_scheduler(state.clone()).await?)
    } else {
        tracing::info!("GRANTDESK_SCHEDULER=off: reminders run only from `grantdesk reminders run-once`");
        None
    };
    let listener = tokio::net::TcpListener::bind(&bind)
        .await
        .map_err(|error| format!("cannot listen on {bind}: {error}"))?;
    tracing::info!(%bind, "grantdesk is listening; API docs at http://{bind}/docs/");
    if let Some(metrics_bind) = state.config.metrics_bind.clone() {
        let metrics_listener = tokio::net::TcpListener::bind(&metrics_bind)
            .await
            .map_err(|error| format!("cannot listen on {metrics_bind} for /metrics: {error}"))?;
        tracing::info!(%metrics_bind, "metrics at http://{metrics_bind}/metrics");
        let metrics = crate::router::metrics_router(state.clone());
        tokio::spawn(async move {
            if let Err(error) = axum::serve(metrics_listener, metrics).await {
                tracing::error!(%error, "the metrics listener stopped");
            }
        });
    }
    let app = crate::router::router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|error| error.to_string())
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
