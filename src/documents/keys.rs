//! The office's data keys: AES-256-GCM keys that encrypt every stored chunk of every
//! document. The current key encrypts; every key it knows (the current one and those
//! named in `GRANTDESK_DATA_KEYS_PREVIOUS`) decrypts, so `grantdesk keys rotate` can
//! re-encrypt chunk by chunk and the old key can then be dropped.
//!
//! A key is 32 bytes, written in base64 (`openssl rand -base64 32`). Its id, stored with
//! each chunk, is the start of the SHA-256 of the key: it names the key without revealing
//! it. In development a missing key is generated once and kept in a file beside the SQLite
//! database (`grantdesk.db.data-key`), with a warning; in production `serve` refuses to
//! start without one (see `config::Config::check_for_serving`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use aes_gcm::aead::{Aead, Generate, Key, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use secrecy::ExposeSecret;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::config::Config;

/// Why the data keys could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// Production runs without `GRANTDESK_DATA_KEY`.
    #[error("GRANTDESK_DATA_KEY is not set; in production documents are encrypted with a configured key")]
    Missing,
    /// A configured key is not 32 bytes of base64.
    #[error("{0} must be 32 bytes written in base64 (generate one with `openssl rand -base64 32`)")]
    Malformed(&'static str),
    /// The development key file could not be read or written.
    #[error("the development data key file {path}: {cause}")]
    File {
        /// The file.
        path: String,
        /// What went wrong.
        cause: String,
    },
}

/// One AES-256-GCM key with its id.
#[derive(Clone)]
struct DataKey {
    id: String,
    cipher: Aes256Gcm,
}

/// The keys documents are encrypted with: the current one, and older ones still read.
#[derive(Clone)]
pub struct DataKeys {
    current: DataKey,
    known: HashMap<String, DataKey>,
}

impl std::fmt::Debug for DataKeys {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("DataKeys")
            .field("current", &self.current.id)
            .field("known", &self.known.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// One encrypted chunk as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    /// The id of the key that sealed it.
    pub key_id: String,
    /// The 96-bit nonce, fresh for every chunk.
    pub nonce: Vec<u8>,
    /// The ciphertext with its 16-byte tag.
    pub ciphertext: Vec<u8>,
}

impl DataKeys {
    /// The keys of a configuration: `GRANTDESK_DATA_KEY` (and the previous keys), or in
    /// development without one, the key file beside the SQLite database, created once.
    pub fn from_config(config: &Config) -> Result<Self, KeyError> {
        let current = match &config.data_key {
            Some(key) => decode(key.expose_secret(), "GRANTDESK_DATA_KEY")?,
            None if config.environment == crate::config::Environment::Production => {
                return Err(KeyError::Missing);
            }
            None => development_key(&key_file_of(&config.database_url))?,
        };
        let previous = config
            .previous_data_keys
            .iter()
            .map(|key| decode(key.expose_secret(), "GRANTDESK_DATA_KEYS_PREVIOUS"))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self::with_previous(&current, &previous))
    }

    /// Keys whose current key is these 32 bytes.
    pub fn new(current: &[u8; 32]) -> Self {
        let key = data_key(current);
        let known = HashMap::from([(key.id.clone(), key.clone())]);
        Self { current: key, known }
    }

    /// Keys whose current key is `current`, still reading chunks sealed with `previous`.
    pub fn with_previous(current: &[u8; 32], previous: &[[u8; 32]]) -> Self {
        let mut keys = Self::new(current);
        for bytes in previous {
            let key = data_key(bytes);
            keys.known.insert(key.id.clone(), key);
        }
        keys
    }

    /// The id of the key new chunks are sealed with.
    pub fn current_id(&self) -> &str {
        &self.current.id
    }

    /// Encrypts a chunk with the current key, a fresh nonce, and the content's id and the
    /// chunk's number as associated data (so a chunk moved to another place fails to open).
    pub fn seal(&self, content: Uuid, number: u32, plaintext: &[u8]) -> Sealed {
        let nonce = Nonce::generate();
        let aad = associated_data(content, number);
        let ciphertext = self
            .current
            .cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext,
                    aad: &aad,
                },
            )
            .unwrap_or_default();
        Sealed {
            key_id: self.current.id.clone(),
            nonce: nonce.to_vec(),
            ciphertext,
        }
    }

    /// Decrypts a chunk; `None` when its key is unknown or it was altered or moved.
    pub fn open(&self, content: Uuid, number: u32, sealed: &Sealed) -> Option<Vec<u8>> {
        let key = self.known.get(&sealed.key_id)?;
        let nonce = Nonce::try_from(sealed.nonce.as_slice()).ok()?;
        let aad = associated_data(content, number);
        key.cipher
            .decrypt(
                &nonce,
                Payload {
                    msg: &sealed.ciphertext,
                    aad: &aad,
                },
            )
            .ok()
    }
}

/// The associated data of a chunk: the content's id and the chunk's number.
fn associated_data(content: Uuid, number: u32) -> Vec<u8> {
    let mut aad = content.as_bytes().to_vec();
    aad.extend_from_slice(&number.to_be_bytes());
    aad
}

fn data_key(bytes: &[u8; 32]) -> DataKey {
    let digest = Sha256::digest([b"grantdesk data key ".as_slice(), bytes].concat());
    let key = Key::<Aes256Gcm>::from(*bytes);
    DataKey {
        id: hex::encode(&digest[..8]),
        cipher: Aes256Gcm::new(&key),
    }
}

fn decode(text: &str, name: &'static str) -> Result<[u8; 32], KeyError> {
    STANDARD
        .decode(text.trim())
        .ok()
        .and_then(|bytes| <[u8; 32]>::try_from(bytes).ok())
        .ok_or(KeyError::Malformed(name))
}

/// Checks that a configured key is 32 bytes of base64.
pub fn check_key_text(text: &str, name: &'static str) -> Result<(), KeyError> {
    decode(text, name).map(|_| ())
}

/// The development key file: beside the SQLite database, or `grantdesk.data-key` in the
/// working directory for PostgreSQL.
fn key_file_of(database_url: &str) -> PathBuf {
    match database_url.strip_prefix("sqlite://") {
        Some(rest) => {
            let path = rest.split('?').next().unwrap_or(rest);
            PathBuf::from(format!("{path}.data-key"))
        }
        None => PathBuf::from("grantdesk.data-key"),
    }
}

/// Reads the development key, creating it once (atomically: two processes starting
/// together agree on one key).
fn development_key(path: &Path) -> Result<[u8; 32], KeyError> {
    let failed = |cause: std::io::Error| KeyError::File {
        path: path.display().to_string(),
        cause: cause.to_string(),
    };
    if !path.exists() {
        let fresh: [u8; 32] = rand::random();
        let temporary = path.with_extension(format!("tmp-{}", Uuid::new_v4().simple()));
        std::fs::write(&temporary, STANDARD.encode(fresh)).map_err(failed)?;
        let linked = std::fs::hard_link(&temporary, path);
        let _ = std::fs::remove_file(&temporary);
        match linked {
            Ok(()) => tracing::warn!(
                file = %path.display(),
                "GRANTDESK_DATA_KEY is not set: generated a development data key; documents are readable only with this file, and production refuses to start without a configured key"
            ),
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(error) => return Err(failed(error)),
        }
    }
    let text = std::fs::read_to_string(path).map_err(failed)?;
    decode(&text, "the development data key file")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_chunk_opens_only_in_its_place_and_with_its_key() {
        let keys = DataKeys::new(&[7; 32]);
        let content = Uuid::new_v4();
        let sealed = keys.seal(content, 3, b"safeguarding plan");
        assert!(!sealed.ciphertext.windows(8).any(|window| window == b"safeguar"));
        assert_eq!(
            keys.open(content, 3, &sealed).as_deref(),
            Some(b"safeguarding plan".as_slice())
        );
        assert_eq!(keys.open(content, 4, &sealed), None);
        assert_eq!(keys.open(Uuid::new_v4(), 3, &sealed), None);
        assert_eq!(DataKeys::new(&[8; 32]).open(content, 3, &sealed), None);
        assert_ne!(keys.seal(content, 3, b"x").nonce, keys.seal(content, 3, b"x").nonce);
    }

    #[test]
    fn the_development_key_is_made_once_beside_the_database() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/grantdesk.db?mode=rwc", dir.path().display());
        let path = key_file_of(&url);
        assert_eq!(path, dir.path().join("grantdesk.db.data-key"));
        let first = development_key(&path).unwrap();
        assert_eq!(development_key(&path).unwrap(), first);
    }
}
