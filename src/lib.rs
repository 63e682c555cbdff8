//! grantdesk: the backend of a grant-making office that funds and sponsors civil-society
//! organisations. See `ARCHITECTURE.md` for the map of modules and the flow of a request.

pub mod applications;
pub mod audit;
pub mod auth;
pub mod awards;
pub mod calendar;
pub mod calls;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod decisions;
pub mod demo;
pub mod diligence;
pub mod disbursements;
pub mod documents;
pub mod error;
pub mod events;
pub mod forms;
pub mod http;
pub mod i18n;
pub mod keyset;
pub mod letters;
pub mod money;
pub mod open_data;
pub mod organisations;
pub mod portal;
pub mod reference;
pub mod reminders;
pub mod reports;
pub mod reviews;
pub mod risk;
pub mod router;
pub mod sanctions;
pub mod sessions;
pub mod sponsorships;

use std::ops::Deref;
use std::sync::Arc;

use sea_orm::DatabaseConnection;

/// Everything a request handler may need, shared behind one `Arc`.
pub struct App {
    /// The database connection pool.
    pub db: DatabaseConnection,
    /// Configuration read at start-up.
    pub config: config::Config,
    /// The clock every deadline is compared against.
    pub clock: Arc<dyn clock::Clock>,
    /// Keys that sign and verify access tokens.
    pub keys: auth::Keys,
    /// Who each recent caller is (account exists, roles), read again after a few seconds.
    pub identities: auth::IdentityCache,
    /// Countries and currencies, held in memory.
    pub reference: reference::Reference,
    /// Request counters and latencies for `/metrics`.
    pub metrics: http::metrics::Metrics,
    /// The SMTP mailer (`GRANTDESK_SMTP_URL`); without it messages wait in the outbox.
    pub mailer: Option<reminders::Mailer>,
    /// Where the bytes of uploaded documents are kept, encrypted with the data key.
    pub storage: Arc<dyn documents::storage::ContentStore>,
    /// The office's data keys, which also seal travellers' passport details.
    pub data_keys: documents::keys::DataKeys,
    /// The key that signs the audit chain's checkpoints (held outside the database).
    pub audit_key: audit::keys::AuditKey,
    /// The public home and call pages kept in memory (checked against the database's
    /// change counter on every read).
    pub public_pages: portal::PublicPages,
    /// The pages of `GET /calls` as everyone but staff reads them, kept in memory the same
    /// way.
    pub public_call_lists: http::kept::Kept<calls::json::CallsQuery, http::JsonTextPage>,
    /// This replica's linking of committed audit events into the chain, shared by its
    /// concurrent requests.
    pub audit_linker: Arc<audit::linker::Linker>,
}

/// The state handed to every handler (cheap to clone).
#[derive(Clone)]
pub struct AppState(pub Arc<App>);

impl Deref for AppState {
    type Target = App;

    fn deref(&self) -> &App {
        &self.0
    }
}

impl AppState {
    /// Builds the state: loads reference data into the database and memory, checks the
    /// email templates and sets up the mailer.
    pub async fn new(
        db: DatabaseConnection,
        config: config::Config,
        clock: Arc<dyn clock::Clock>,
    ) -> Result<Self, error::AppError> {
        let reference = reference::Reference::load(&db, &config.fixtures_dir, config.regions_file.as_deref()).await?;
        let keys = auth::Keys::new(&config.jwt_secret);
        reminders::templates::check().map_err(error::AppError::Internal)?;
        let mailer = reminders::mailer_of(&config)?;
        let data_keys = documents::keys::DataKeys::from_config(&config)
            .map_err(|error| error::AppError::Internal(error.to_string()))?;
        let storage = Arc::new(documents::storage::DatabaseStore::new(db.clone(), data_keys.clone()));
        let audit_key =
            audit::keys::AuditKey::load(&config).map_err(|error| error::AppError::Internal(error.to_string()))?;
        Ok(Self(Arc::new(App {
            db,
            config,
            clock,
            keys,
            identities: auth::IdentityCache::default(),
            reference,
            metrics: http::metrics::Metrics::default(),
            mailer,
            storage,
            data_keys,
            audit_key,
            public_pages: portal::PublicPages::default(),
            public_call_lists: http::kept::Kept::default(),
            audit_linker: Arc::default(),
        })))
    }

    /// The current instant on the server's clock.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }
}
