//! The Ed25519 key that signs the audit chain's checkpoints. It lives outside the database
//! (`GRANTDESK_AUDIT_KEY`, or a key file), so whoever can rewrite the table cannot sign a
//! checkpoint for the rewritten chain; its public half is published at `GET /audit/key`.

use std::io::Write;

use ed25519_dalek::{SigningKey, VerifyingKey};
use secrecy::ExposeSecret;

use crate::config::{Config, ConfigError, Environment};

/// The audit signing key, loaded once at start.
#[derive(Clone)]
pub struct AuditKey(SigningKey);

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "AuditKey({})", self.public_hex())
    }
}

impl AuditKey {
    /// The key of `GRANTDESK_AUDIT_KEY`, or of the key file. In development a missing key
    /// file is created with a new random key (readable by its owner only); production
    /// refuses to start without a key.
    pub fn load(config: &Config) -> Result<Self, ConfigError> {
        if let Some(hex) = &config.audit_key {
            return Self::from_hex(hex.expose_secret()).map_err(|message| ConfigError::Invalid {
                name: "GRANTDESK_AUDIT_KEY",
                message,
            });
        }
        let path = std::path::Path::new(&config.audit_key_file);
        let invalid = |message: String| ConfigError::Invalid {
            name: "GRANTDESK_AUDIT_KEY_FILE",
            message: format!("{}: {message}", path.display()),
        };
        match std::fs::read_to_string(path) {
            Ok(text) => Self::from_hex(text.trim()).map_err(invalid),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                if config.environment == Environment::Production {
                    return Err(ConfigError::Invalid {
                        name: "GRANTDESK_AUDIT_KEY",
                        message: "production needs the audit signing key: set GRANTDESK_AUDIT_KEY to 64 hex digits \
                                  (`openssl rand -hex 32`) or GRANTDESK_AUDIT_KEY_FILE to a file holding them"
                            .to_owned(),
                    });
                }
                let key = Self(SigningKey::from_bytes(&rand::random()));
                write_new_key_file(path, &hex::encode(key.0.to_bytes())).map_err(|error| invalid(error.to_string()))?;
                tracing::warn!(file = %path.display(), "generated a new audit signing key (development)");
                Ok(key)
            }
            Err(error) => Err(invalid(error.to_string())),
        }
    }

    /// A key from its 32-byte seed written as 64 hex digits.
    pub fn from_hex(text: &str) -> Result<Self, String> {
        let seed: [u8; 32] = hex::decode(text.trim())
            .ok()
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or_else(|| "expected 64 hex digits (a 32-byte Ed25519 seed)".to_owned())?;
        Ok(Self(SigningKey::from_bytes(&seed)))
    }

    /// The signing half.
    pub fn signing(&self) -> &SigningKey {
        &self.0
    }

    /// The public half.
    pub fn verifying(&self) -> VerifyingKey {
        self.0.verifying_key()
    }

    /// The public half as 64 hex digits.
    pub fn public_hex(&self) -> String {
        hex::encode(self.verifying().to_bytes())
    }
}

/// Writes a new key file that only its owner may read.
fn write_new_key_file(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    writeln!(file, "{text}")
}
