//! Configuration, read once at start-up from the environment (and an optional TOML file
//! named by `GRANTDESK_CONFIG`; environment variables win over the file).

use std::collections::HashMap;

use secrecy::{ExposeSecret, SecretString};

use crate::auth::rules::{Role, TrustedProxies};
use crate::reminders::rules::{Rule, Schedule};

/// Where the service runs: development tolerates a missing JWT secret, production does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Environment {
    /// Local use; a random JWT secret replaces a missing one.
    Development,
    /// Real use; `serve` refuses to start without a strong JWT secret.
    Production,
}

/// The settings grantdesk runs with.
#[derive(Debug, Clone)]
pub struct Config {
    /// Database URL: `sqlite://FILE?mode=rwc` or `postgres://...`.
    pub database_url: String,
    /// Address the HTTP server listens on.
    pub bind: String,
    /// Address of the separate `/metrics` listener (`GRANTDESK_METRICS_BIND`, default
    /// `127.0.0.1:9090`; `off` serves no metrics). Never the public API port.
    pub metrics_bind: Option<String>,
    /// Secret used to sign access tokens (HS256).
    pub jwt_secret: SecretString,
    /// Whether the secret was generated because none was configured.
    pub jwt_secret_generated: bool,
    /// Development or production.
    pub environment: Environment,
    /// Folder holding reference and demo data.
    pub fixtures_dir: String,
    /// The office's planning regions (`GRANTDESK_REGIONS`; `regions.toml` of the fixtures
    /// folder when unset).
    pub regions_file: Option<String>,
    /// Months a completed due-diligence assessment stays valid.
    pub diligence_valid_months: u32,
    /// Similarity (0-1) from which a name is a sanctions-list candidate.
    pub sanctions_threshold: f64,
    /// Name of the grant-making office, printed on letters (`GRANTDESK_OFFICE_NAME`).
    pub office_name: String,
    /// The digits of Arabic letters (`GRANTDESK_LETTER_ARABIC_DIGITS`): `arabic-indic`
    /// (٠١٢٣, the default) or `latin` (0123).
    pub letter_arabic_digits: crate::documents::ArabicDigits,
    /// Representation targets of sponsored travellers, in percent: at least this many women
    /// (`GRANTDESK_TARGET_MIN_WOMEN`, 40), at least this many aged 18-34
    /// (`GRANTDESK_TARGET_MIN_YOUNG`, 20), at most this many from one region
    /// (`GRANTDESK_TARGET_MAX_REGION`, 50).
    pub representation_targets: [u8; 3],
    /// SMTP server of outgoing mail (`GRANTDESK_SMTP_URL`, e.g. `smtp://127.0.0.1:2525`;
    /// secret, as it may hold a password); without one, messages wait in the outbox.
    pub smtp_url: Option<SecretString>,
    /// Sender of outgoing mail (`GRANTDESK_MAIL_FROM`).
    pub mail_from: String,
    /// Whether `serve` runs the scheduled jobs (`GRANTDESK_SCHEDULER=off` turns them off).
    pub scheduler: bool,
    /// When each reminder fires (`GRANTDESK_REMINDER_<RULE>`, e.g.
    /// `GRANTDESK_REMINDER_CALL_CLOSING=-7,-1` in days, or `3+7` for "after 3 days, then
    /// every 7").
    pub reminder_schedules: HashMap<Rule, Schedule>,
    /// Reverse proxies whose `X-Forwarded-For` names the client of a request
    /// (`GRANTDESK_TRUSTED_PROXIES`, e.g. `10.0.0.0/8,::1`; default none: the client is the
    /// socket's peer). The login throttle counts failures per client address.
    pub trusted_proxies: TrustedProxies,
    /// The key that encrypts documents at rest (`GRANTDESK_DATA_KEY`, 32 bytes in base64).
    /// Without one, development generates a key file beside the SQLite database and
    /// production refuses to start.
    pub data_key: Option<SecretString>,
    /// Older data keys still read while `grantdesk keys rotate` moves documents to the
    /// current key (`GRANTDESK_DATA_KEYS_PREVIOUS`, comma-separated).
    pub previous_data_keys: Vec<SecretString>,
    /// The largest uploaded file, in bytes (`GRANTDESK_MAX_FILE_BYTES`, default 20 MiB).
    pub max_file_bytes: u64,
    /// The most bytes of documents one application may hold
    /// (`GRANTDESK_MAX_APPLICATION_BYTES`, default 100 MiB).
    pub max_application_bytes: u64,
    /// The address people reach grantdesk at (`GRANTDESK_PUBLIC_URL`, default
    /// `http://<GRANTDESK_BIND>`), without a trailing slash: every link sent by email starts
    /// with it.
    pub public_url: String,
    /// The roles that must sign in with a second factor (`GRANTDESK_MFA_REQUIRED_ROLES`,
    /// comma-separated, default `admin,finance`; `none` for no role).
    pub mfa_required_roles: Vec<Role>,
    /// The Ed25519 key that signs the audit chain's checkpoints: 64 hex digits (a 32-byte
    /// seed) in `GRANTDESK_AUDIT_KEY`, or in the file named by `GRANTDESK_AUDIT_KEY_FILE`
    /// (default `grantdesk-audit.key`, generated in development when missing; required in
    /// production). Held outside the database, so whoever can rewrite the table cannot sign.
    pub audit_key: Option<SecretString>,
    /// The file holding the audit key when `GRANTDESK_AUDIT_KEY` is not set.
    pub audit_key_file: String,
    /// Where each checkpoint is also appended, one JSON line each, so a copy lives outside
    /// the database (`GRANTDESK_AUDIT_CHECKPOINT_TO`, a file path; default none).
    pub audit_checkpoint_to: Option<String>,
    /// How the office identifies itself in the open-data exports.
    pub open_data: OpenDataConfig,
    /// The office's contact block, printed on visa-support letters so that a consulate can
    /// check with the office (`GRANTDESK_OFFICE_ADDRESS`, `_PHONE`, `_EMAIL`, `_WEBSITE`, or
    /// `address`, `phone`, `email`, `website` in an `[office]` section of the TOML file).
    pub office_contact: OfficeContact,
    /// Days after a sponsorship is reconciled, cancelled or rejected before the traveller's
    /// passport details and date of birth are purged (`GRANTDESK_PASSPORT_RETENTION_DAYS`,
    /// default 90).
    pub passport_retention_days: u32,
}

/// How a consulate reaches the office: each line is left out of the letter when unset.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct OfficeContact {
    /// Postal address (one line; commas separate its parts).
    pub address: Option<String>,
    /// Telephone number, international format.
    pub phone: Option<String>,
    /// Email address.
    pub email: Option<String>,
    /// Website.
    pub website: Option<String>,
}

/// The audit key file used when `GRANTDESK_AUDIT_KEY_FILE` is not set.
pub const DEFAULT_AUDIT_KEY_FILE: &str = "grantdesk-audit.key";

/// The office's identifiers in the open-data exports (360Giving and IATI).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenDataConfig {
    /// The office's 360Giving prefix, before every grant identifier
    /// (`GRANTDESK_360G_PREFIX`, default `360G-grantdesk`).
    pub prefix: String,
    /// The office's organisation identifier (org-id.guide, also its IATI reporting-org
    /// `ref`), before every IATI activity identifier (`GRANTDESK_ORG_ID`, default
    /// `XI-IATI-GRANTDESK`).
    pub organisation_id: String,
    /// The IATI default aid type (`GRANTDESK_IATI_AID_TYPE`, default `C01`, project-type
    /// interventions).
    pub aid_type: String,
}

/// The open-data identifiers of an unconfigured office.
pub const DEFAULT_360G_PREFIX: &str = "360G-grantdesk";
/// The organisation identifier of an unconfigured office.
pub const DEFAULT_ORG_ID: &str = "XI-IATI-GRANTDESK";

/// A TOML value as the text of an environment variable.
fn toml_text(value: toml::Value) -> String {
    match value {
        toml::Value::String(text) => text,
        other => other.to_string(),
    }
}

/// Where `/metrics` listens unless `GRANTDESK_METRICS_BIND` says otherwise.
pub const DEFAULT_METRICS_BIND: &str = "127.0.0.1:9090";

/// One mebibyte.
const MIB: u64 = 1024 * 1024;

/// The shortest JWT secret accepted in production, in bytes.
pub const MIN_PRODUCTION_SECRET_BYTES: usize = 32;

/// The office name letters carry when none is configured.
pub const DEFAULT_OFFICE_NAME: &str = "Civil Society Grants Office";

/// Why a configuration was refused.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A value could not be understood.
    #[error("{name}: {message}")]
    Invalid {
        /// The variable's name.
        name: &'static str,
        /// What is wrong with it.
        message: String,
    },
}

impl Config {
    /// Reads the configuration from the process environment and the optional TOML file.
    pub fn from_env() -> Result<Self, ConfigError> {
        let mut values: HashMap<String, String> = HashMap::new();
        if let Ok(path) = std::env::var("GRANTDESK_CONFIG") {
            let text = std::fs::read_to_string(&path).map_err(|error| ConfigError::Invalid {
                name: "GRANTDESK_CONFIG",
                message: format!("cannot read {path}: {error}"),
            })?;
            let table: toml::Table = text.parse().map_err(|error| ConfigError::Invalid {
                name: "GRANTDESK_CONFIG",
                message: format!("{path} is not valid TOML: {error}"),
            })?;
            for (key, value) in table {
                match value {
                    // A section (`[office]`) names `GRANTDESK_<SECTION>_<KEY>`.
                    toml::Value::Table(section) => {
                        for (inner, value) in section {
                            let name = format!("GRANTDESK_{}_{}", key.to_uppercase(), inner.to_uppercase());
                            values.insert(name, toml_text(value));
                        }
                    }
                    value => {
                        values.insert(key.to_uppercase(), toml_text(value));
                    }
                }
            }
        }
        for (key, value) in std::env::vars() {
            values.insert(key, value);
        }
        Self::from_values(&values)
    }

    /// Builds a configuration from named values (environment-variable names).
    pub fn from_values(values: &HashMap<String, String>) -> Result<Self, ConfigError> {
        let get = |name: &str| values.get(name).filter(|value| !value.is_empty()).cloned();
        let environment = match get("GRANTDESK_ENV").as_deref() {
            None | Some("development") => Environment::Development,
            Some("production") => Environment::Production,
            Some(other) => {
                return Err(ConfigError::Invalid {
                    name: "GRANTDESK_ENV",
                    message: format!("expected `development` or `production`, got `{other}`"),
                });
            }
        };
        let (jwt_secret, jwt_secret_generated) = match get("GRANTDESK_JWT_SECRET") {
            Some(secret) => (SecretString::from(secret), false),
            None => (SecretString::from(random_secret()), true),
        };
        let data_key = get("GRANTDESK_DATA_KEY");
        if let Some(key) = &data_key {
            crate::documents::keys::check_key_text(key, "GRANTDESK_DATA_KEY").map_err(|error| {
                ConfigError::Invalid {
                    name: "GRANTDESK_DATA_KEY",
                    message: error.to_string(),
                }
            })?;
        }
        let bind = get("GRANTDESK_BIND").unwrap_or_else(|| "127.0.0.1:8080".to_owned());
        let public_url = get("GRANTDESK_PUBLIC_URL").unwrap_or_else(|| format!("http://{bind}"));
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(ConfigError::Invalid {
                name: "GRANTDESK_PUBLIC_URL",
                message: format!("expected an absolute http:// or https:// address, got `{public_url}`"),
            });
        }
        let mfa_required_roles = match get("GRANTDESK_MFA_REQUIRED_ROLES").as_deref() {
            None => vec![Role::Admin, Role::Finance],
            Some("none") => Vec::new(),
            Some(names) => names
                .split(',')
                .map(|name| {
                    Role::parse(name.trim()).ok_or_else(|| ConfigError::Invalid {
                        name: "GRANTDESK_MFA_REQUIRED_ROLES",
                        message: format!(
                            "`{}` is not a role (applicant, officer, reviewer, finance, admin)",
                            name.trim()
                        ),
                    })
                })
                .collect::<Result<_, _>>()?,
        };
        Ok(Self {
            data_key: data_key.map(SecretString::from),
            previous_data_keys: get("GRANTDESK_DATA_KEYS_PREVIOUS")
                .unwrap_or_default()
                .split(',')
                .filter(|key| !key.trim().is_empty())
                .map(|key| SecretString::from(key.trim().to_owned()))
                .collect(),
            max_file_bytes: parse_or("GRANTDESK_MAX_FILE_BYTES", get("GRANTDESK_MAX_FILE_BYTES"), 20 * MIB)?,
            max_application_bytes: parse_or(
                "GRANTDESK_MAX_APPLICATION_BYTES",
                get("GRANTDESK_MAX_APPLICATION_BYTES"),
                100 * MIB,
            )?,
            mfa_required_roles,
            public_url: public_url.trim_end_matches('/').to_owned(),
            database_url: get("DATABASE_URL").unwrap_or_else(|| "sqlite://grantdesk.db?mode=rwc".to_owned()),
            bind,
            metrics_bind: match get("GRANTDESK_METRICS_BIND").as_deref() {
                Some("off") => None,
                Some(address) => Some(address.to_owned()),
                None => Some(DEFAULT_METRICS_BIND.to_owned()),
            },
            jwt_secret,
            jwt_secret_generated,
            audit_key: get("GRANTDESK_AUDIT_KEY").map(SecretString::from),
            audit_key_file: get("GRANTDESK_AUDIT_KEY_FILE").unwrap_or_else(|| DEFAULT_AUDIT_KEY_FILE.to_owned()),
            audit_checkpoint_to: get("GRANTDESK_AUDIT_CHECKPOINT_TO"),
            environment,
            fixtures_dir: get("GRANTDESK_FIXTURES").unwrap_or_else(default_fixtures_dir),
            regions_file: get("GRANTDESK_REGIONS"),
            diligence_valid_months: parse_or(
                "GRANTDESK_DILIGENCE_VALID_MONTHS",
                get("GRANTDESK_DILIGENCE_VALID_MONTHS"),
                24,
            )?,
            sanctions_threshold: similarity_threshold(parse_or(
                "GRANTDESK_SANCTIONS_THRESHOLD",
                get("GRANTDESK_SANCTIONS_THRESHOLD"),
                0.85,
            )?)?,
            office_name: get("GRANTDESK_OFFICE_NAME").unwrap_or_else(|| DEFAULT_OFFICE_NAME.to_owned()),
            letter_arabic_digits: get("GRANTDESK_LETTER_ARABIC_DIGITS")
                .map(|digits| digits.parse())
                .transpose()
                .map_err(|message| ConfigError::Invalid {
                    name: "GRANTDESK_LETTER_ARABIC_DIGITS",
                    message,
                })?
                .unwrap_or_default(),
            representation_targets: [
                percent("GRANTDESK_TARGET_MIN_WOMEN", get("GRANTDESK_TARGET_MIN_WOMEN"), 40)?,
                percent("GRANTDESK_TARGET_MIN_YOUNG", get("GRANTDESK_TARGET_MIN_YOUNG"), 20)?,
                percent("GRANTDESK_TARGET_MAX_REGION", get("GRANTDESK_TARGET_MAX_REGION"), 50)?,
            ],
            smtp_url: get("GRANTDESK_SMTP_URL").map(SecretString::from),
            mail_from: get("GRANTDESK_MAIL_FROM")
                .unwrap_or_else(|| "grantdesk <no-reply@grantdesk.example>".to_owned()),
            scheduler: match get("GRANTDESK_SCHEDULER").as_deref() {
                None | Some("on") => true,
                Some("off") => false,
                Some(other) => {
                    return Err(ConfigError::Invalid {
                        name: "GRANTDESK_SCHEDULER",
                        message: format!("expected `on` or `off`, got `{other}`"),
                    });
                }
            },
            reminder_schedules: reminder_schedules(&get)?,
            trusted_proxies: get("GRANTDESK_TRUSTED_PROXIES")
                .unwrap_or_default()
                .parse()
                .map_err(|message| ConfigError::Invalid {
                    name: "GRANTDESK_TRUSTED_PROXIES",
                    message,
                })?,
            open_data: OpenDataConfig {
                prefix: identifier(
                    "GRANTDESK_360G_PREFIX",
                    get("GRANTDESK_360G_PREFIX"),
                    DEFAULT_360G_PREFIX,
                )?,
                organisation_id: identifier("GRANTDESK_ORG_ID", get("GRANTDESK_ORG_ID"), DEFAULT_ORG_ID)?,
                aid_type: identifier("GRANTDESK_IATI_AID_TYPE", get("GRANTDESK_IATI_AID_TYPE"), "C01")?,
            },
            office_contact: OfficeContact {
                address: get("GRANTDESK_OFFICE_ADDRESS"),
                phone: get("GRANTDESK_OFFICE_PHONE"),
                email: get("GRANTDESK_OFFICE_EMAIL"),
                website: get("GRANTDESK_OFFICE_WEBSITE"),
            },
            passport_retention_days: parse_or(
                "GRANTDESK_PASSPORT_RETENTION_DAYS",
                get("GRANTDESK_PASSPORT_RETENTION_DAYS"),
                90,
            )?,
        })
    }

    /// When `rule` fires: the configured schedule, else the rule's default.
    pub fn reminder_schedule(&self, rule: Rule) -> Schedule {
        self.reminder_schedules
            .get(&rule)
            .cloned()
            .unwrap_or_else(|| rule.default_schedule())
    }

    /// Checks what `serve` needs before it may start. In production: no demo data (its
    /// passwords are published in the README) and a configured JWT secret of at least
    /// 32 bytes with at least 128 bits of estimated entropy.
    pub fn check_for_serving(&self, demo: bool) -> Result<(), ConfigError> {
        if self.environment != Environment::Production {
            return Ok(());
        }
        if demo {
            return Err(ConfigError::Invalid {
                name: "GRANTDESK_ENV",
                message: "production refuses --demo: the demo accounts' passwords are published; start without --demo"
                    .to_owned(),
            });
        }
        let secret = self.jwt_secret.expose_secret();
        let weakness = if self.jwt_secret_generated {
            Some("is not set".to_owned())
        } else if secret.len() < MIN_PRODUCTION_SECRET_BYTES {
            Some(format!("is shorter than {MIN_PRODUCTION_SECRET_BYTES} bytes"))
        } else if secret.chars().all(|character| secret.starts_with(character)) {
            Some("is one character repeated".to_owned())
        } else if estimated_entropy_bits(secret) < MIN_PRODUCTION_SECRET_BITS {
            Some(format!(
                "is too easy to guess (about {:.0} bits; at least {MIN_PRODUCTION_SECRET_BITS:.0} are needed)",
                estimated_entropy_bits(secret)
            ))
        } else {
            None
        };
        if let Some(weakness) = weakness {
            return Err(ConfigError::Invalid {
                name: "GRANTDESK_JWT_SECRET",
                message: format!("in production the secret {weakness}; generate one with `openssl rand -base64 48`"),
            });
        }
        if self.data_key.is_none() {
            return Err(ConfigError::Invalid {
                name: "GRANTDESK_DATA_KEY",
                message: "in production documents are encrypted with a configured key; set GRANTDESK_DATA_KEY to 32 bytes in base64 (`openssl rand -base64 32`) and keep it safe: without it the documents cannot be read".to_owned(),
            });
        }
        Ok(())
    }
}

/// The smallest estimated entropy of a production JWT secret, in bits.
pub const MIN_PRODUCTION_SECRET_BITS: f64 = 128.0;

/// A cautious estimate of a secret's entropy: the characters' classes give the size of
/// the alphabet, repeated characters count for less, and a secret made only of letters
/// and separators is counted as words of a large dictionary (about 13 bits a word).
pub fn estimated_entropy_bits(secret: &str) -> f64 {
    let characters: Vec<char> = secret.chars().collect();
    let mut alphabet: f64 = 0.0;
    if characters.iter().any(char::is_ascii_lowercase) {
        alphabet += 26.0;
    }
    if characters.iter().any(char::is_ascii_uppercase) {
        alphabet += 26.0;
    }
    if characters.iter().any(char::is_ascii_digit) {
        alphabet += 10.0;
    }
    if characters.iter().any(|character| !character.is_ascii_alphanumeric()) {
        alphabet += 33.0;
    }
    let mut distinct = characters.clone();
    distinct.sort_unstable();
    distinct.dedup();
    let effective_length = characters.len().min(4 * distinct.len()) as f64;
    let by_characters = effective_length * f64::log2(alphabet.max(2.0));
    let separators = [' ', '-', '_', '.'];
    let only_words = characters
        .iter()
        .all(|character| character.is_alphabetic() || separators.contains(character));
    if only_words {
        let words = secret
            .split(|character: char| separators.contains(&character))
            .filter(|word| !word.is_empty())
            .count()
            .max(1);
        by_characters.min(words as f64 * 13.0)
    } else {
        by_characters
    }
}

/// A similarity threshold: above 0 and at most 1 (NaN refused), so screening never
/// silently matches nothing.
fn similarity_threshold(threshold: f64) -> Result<f64, ConfigError> {
    if threshold > 0.0 && threshold <= 1.0 {
        Ok(threshold)
    } else {
        Err(ConfigError::Invalid {
            name: "GRANTDESK_SANCTIONS_THRESHOLD",
            message: format!("{threshold} is not a similarity above 0 and at most 1"),
        })
    }
}

/// A parsed value, or the default when it is not set.
/// The reminder schedules set by `GRANTDESK_REMINDER_<RULE>`.
fn reminder_schedules(get: &impl Fn(&str) -> Option<String>) -> Result<HashMap<Rule, Schedule>, ConfigError> {
    let mut schedules = HashMap::new();
    for rule in Rule::ALL {
        let name = format!("GRANTDESK_REMINDER_{}", rule.as_str().to_uppercase());
        if let Some(text) = get(&name) {
            let schedule = text.parse().map_err(|message: String| ConfigError::Invalid {
                name: "GRANTDESK_REMINDER_*",
                message: format!("{name}: {message}"),
            })?;
            schedules.insert(rule, schedule);
        }
    }
    Ok(schedules)
}

/// A whole percentage, 0 to 100.
fn percent(name: &'static str, value: Option<String>, default: u8) -> Result<u8, ConfigError> {
    let parsed: u8 = parse_or(name, value, default)?;
    if parsed > 100 {
        return Err(ConfigError::Invalid {
            name,
            message: format!("{parsed} is not a percentage from 0 to 100"),
        });
    }
    Ok(parsed)
}

/// An identifier of the open-data exports: letters, digits, `-`, `_` and `.` only, so it
/// never needs escaping in a file and cannot break one.
fn identifier(name: &'static str, value: Option<String>, default: &str) -> Result<String, ConfigError> {
    let text = value.unwrap_or_else(|| default.to_owned());
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        Ok(text)
    } else {
        Err(ConfigError::Invalid {
            name,
            message: format!("`{text}` may hold only letters, digits, `-`, `_` and `.`"),
        })
    }
}

fn parse_or<T: std::str::FromStr>(name: &'static str, value: Option<String>, default: T) -> Result<T, ConfigError> {
    match value {
        None => Ok(default),
        Some(text) => text.parse().map_err(|_| ConfigError::Invalid {
            name,
            message: format!("`{text}` is not a valid value"),
        }),
    }
}

/// `fixtures/` in the working directory when it exists, else the one in the source tree.
fn default_fixtures_dir() -> String {
    if std::path::Path::new("fixtures/countries.csv").exists() {
        "fixtures".to_owned()
    } else {
        concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures").to_owned()
    }
}

/// 32 random bytes, hex-encoded.
fn random_secret() -> String {
    let bytes: [u8; 32] = rand::random();
    hex::encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A well-formed data key (32 bytes in base64).
    const DATA_KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    #[test]
    fn a_malformed_data_key_is_refused() {
        let refused = config(&[("GRANTDESK_DATA_KEY", "c2hvcnQ=")]).expect_err("16 bytes refused");
        assert!(refused.to_string().contains("32 bytes"), "{refused}");
    }

    fn config(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let values = pairs
            .iter()
            .map(|(key, value)| ((*key).to_owned(), (*value).to_owned()))
            .collect();
        Config::from_values(&values)
    }

    #[test]
    fn links_start_with_the_public_url_which_defaults_to_the_bind_address() {
        let default = config(&[("GRANTDESK_BIND", "0.0.0.0:9000")]).expect("parses");
        assert_eq!(default.public_url, "http://0.0.0.0:9000");
        let set = config(&[("GRANTDESK_PUBLIC_URL", "https://grants.example.org/")]).expect("parses");
        assert_eq!(set.public_url, "https://grants.example.org");
        assert!(config(&[("GRANTDESK_PUBLIC_URL", "grants.example.org")]).is_err());
    }

    #[test]
    fn admin_and_finance_need_two_factor_sign_in_unless_configured_otherwise() {
        let default = config(&[]).expect("parses");
        assert_eq!(default.mfa_required_roles, vec![Role::Admin, Role::Finance]);
        let officers = config(&[("GRANTDESK_MFA_REQUIRED_ROLES", "officer, finance")]).expect("parses");
        assert_eq!(officers.mfa_required_roles, vec![Role::Officer, Role::Finance]);
        assert!(
            config(&[("GRANTDESK_MFA_REQUIRED_ROLES", "none")])
                .expect("parses")
                .mfa_required_roles
                .is_empty()
        );
        assert!(config(&[("GRANTDESK_MFA_REQUIRED_ROLES", "boss")]).is_err());
    }

    #[test]
    fn defaults_to_a_sqlite_file_and_local_bind() {
        let config = config(&[]).expect("defaults are valid");
        assert_eq!(config.database_url, "sqlite://grantdesk.db?mode=rwc");
        assert_eq!(config.bind, "127.0.0.1:8080");
        assert!(config.jwt_secret_generated);
        assert!(config.check_for_serving(true).is_ok());
        assert_eq!(config.metrics_bind.as_deref(), Some("127.0.0.1:9090"));
        let without = super::tests::config(&[("GRANTDESK_METRICS_BIND", "off")]).expect("parses");
        assert_eq!(without.metrics_bind, None);
    }

    #[test]
    fn production_refuses_a_missing_or_short_secret() {
        let missing = config(&[("GRANTDESK_ENV", "production")]).expect("parses");
        assert!(missing.check_for_serving(false).is_err());
        let short = config(&[("GRANTDESK_ENV", "production"), ("GRANTDESK_JWT_SECRET", "short")]).expect("parses");
        assert!(short.check_for_serving(false).is_err());
        let strong = config(&[
            ("GRANTDESK_ENV", "production"),
            ("GRANTDESK_JWT_SECRET", "0123456789abcdef0123456789abcdef"),
        ])
        .expect("parses");
        let refused = strong.check_for_serving(false).expect_err("no data key");
        assert!(refused.to_string().contains("GRANTDESK_DATA_KEY"), "{refused}");
        let keyed = config(&[
            ("GRANTDESK_ENV", "production"),
            ("GRANTDESK_JWT_SECRET", "0123456789abcdef0123456789abcdef"),
            ("GRANTDESK_DATA_KEY", DATA_KEY),
        ])
        .expect("parses");
        assert!(keyed.check_for_serving(false).is_ok());
    }

    #[test]
    fn production_refuses_the_demo_and_guessable_secrets() {
        let production = |secret: &str| {
            config(&[
                ("GRANTDESK_ENV", "production"),
                ("GRANTDESK_JWT_SECRET", secret),
                ("GRANTDESK_DATA_KEY", DATA_KEY),
            ])
            .expect("parses")
        };
        let generated = "q3N9vYp1Zk7sR2xWm8LbT4cHf6JdA0eGuQ+iVn5o/KyXzC1rS9wE3tU7hB2jM4lP";
        let demo = production(generated).check_for_serving(true).expect_err("demo refused");
        assert!(demo.to_string().contains("--demo"), "{demo}");
        assert!(production(generated).check_for_serving(false).is_ok());
        for weak in [
            "a".repeat(64),
            "ab".repeat(32),
            "correct horse battery staple correct horse battery".to_owned(),
            "passwordpasswordpasswordpassword".to_owned(),
        ] {
            let refused = production(&weak).check_for_serving(false).expect_err(&weak);
            assert!(refused.to_string().contains("openssl rand -base64 48"), "{refused}");
        }
    }

    #[test]
    fn reminder_schedules_and_the_scheduler_are_configured() {
        let defaults = config(&[]).expect("defaults");
        assert!(defaults.scheduler);
        assert!(defaults.smtp_url.is_none());
        assert_eq!(
            defaults.reminder_schedule(Rule::CallClosing),
            Rule::CallClosing.default_schedule()
        );
        let set = config(&[
            ("GRANTDESK_SCHEDULER", "off"),
            ("GRANTDESK_REMINDER_CALL_CLOSING", "-10,-2"),
        ])
        .expect("set");
        assert!(!set.scheduler);
        assert_eq!(
            set.reminder_schedule(Rule::CallClosing),
            "-2,-10".parse().expect("schedule")
        );
        assert!(config(&[("GRANTDESK_REMINDER_REPORT_DUE", "soon")]).is_err());
        assert!(config(&[("GRANTDESK_SCHEDULER", "maybe")]).is_err());
    }

    #[test]
    fn representation_targets_are_whole_percentages() {
        assert_eq!(config(&[]).expect("defaults").representation_targets, [40, 20, 50]);
        let set = config(&[
            ("GRANTDESK_TARGET_MIN_WOMEN", "50"),
            ("GRANTDESK_TARGET_MAX_REGION", "35"),
        ])
        .expect("set");
        assert_eq!(set.representation_targets, [50, 20, 35]);
        assert!(config(&[("GRANTDESK_TARGET_MIN_YOUNG", "101")]).is_err());
        assert!(config(&[("GRANTDESK_TARGET_MIN_YOUNG", "-5")]).is_err());
    }

    #[test]
    fn diligence_and_screening_settings_have_defaults_and_are_checked() {
        let defaults = config(&[]).expect("defaults");
        assert_eq!(defaults.diligence_valid_months, 24);
        assert!((defaults.sanctions_threshold - 0.85).abs() < f64::EPSILON);
        let set = config(&[
            ("GRANTDESK_DILIGENCE_VALID_MONTHS", "12"),
            ("GRANTDESK_SANCTIONS_THRESHOLD", "0.9"),
        ])
        .expect("set");
        assert_eq!(set.diligence_valid_months, 12);
        assert!(config(&[("GRANTDESK_DILIGENCE_VALID_MONTHS", "two years")]).is_err());
        for bad in ["NaN", "1.5", "0", "-0.2"] {
            assert!(config(&[("GRANTDESK_SANCTIONS_THRESHOLD", bad)]).is_err(), "{bad}");
        }
        for bad in ["NaN", "1.5", "0", "-0.2"] {
            assert!(config(&[("GRANTDESK_SANCTIONS_THRESHOLD", bad)]).is_err(), "{bad}");
        }
    }

    #[test]
    fn trusted_proxies_are_addresses_or_networks() {
        let none = config(&[]).expect("defaults");
        assert_eq!(none.trusted_proxies, TrustedProxies::default());
        let set = config(&[("GRANTDESK_TRUSTED_PROXIES", "10.0.0.0/8, ::1")]).expect("set");
        assert!(set.trusted_proxies.trusts("10.20.30.40".parse().ok()));
        assert!(!set.trusted_proxies.trusts("11.0.0.1".parse().ok()));
        let refused = config(&[("GRANTDESK_TRUSTED_PROXIES", "proxy.internal")]).expect_err("a name");
        assert!(refused.to_string().contains("GRANTDESK_TRUSTED_PROXIES"), "{refused}");
    }

    #[test]
    fn an_unknown_environment_is_refused() {
        assert!(config(&[("GRANTDESK_ENV", "staging")]).is_err());
    }
}
