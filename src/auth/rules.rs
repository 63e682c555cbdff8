//! The rules of accounts and sign-in, as pure functions: roles, password policy and
//! hashing, access-token claims, refresh-token secrets, login throttling and the client
//! address behind trusted proxies.
//!
//! Throttling is never a lock-out. Failed sign-ins count against the pair (email, client
//! address), against the client address and against the account; each limit lets a few
//! failures pass, then asks for a delay that doubles with every further failure (answered
//! 429 with `Retry-After`). The account's limit only slows clients that have themselves
//! failed recently: a client that has not been failing always has its password checked,
//! so a stranger guessing at an account cannot keep its owner out.

use argon2::password_hash::phc::{Output, ParamsString, PasswordHash, Salt};
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::net::IpAddr;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::ToSchema;
use uuid::Uuid;

/// Lifetime of an access token.
pub const ACCESS_TOKEN_LIFETIME: Duration = Duration::minutes(15);
/// Lifetime of a refresh token.
pub const REFRESH_TOKEN_LIFETIME: Duration = Duration::days(30);
/// How long a failed sign-in counts against its email and client; older ones are
/// forgotten, and pruned by the scheduler.
pub const THROTTLE_WINDOW: Duration = Duration::minutes(15);
/// The longest delay the throttle asks for.
pub const MAX_THROTTLE_DELAY: Duration = THROTTLE_WINDOW;
/// Failures of one email from one client address: three pass, then 5 s, 10 s, 20 s...
pub const PER_EMAIL_AND_CLIENT: Limit = Limit {
    free: 3,
    first_delay: Duration::seconds(5),
};
/// Failures from one client address, whatever the email (password spraying): twenty
/// pass (an office behind one address mistypes too), then 5 s, 10 s, 20 s...
pub const PER_CLIENT: Limit = Limit {
    free: 20,
    first_delay: Duration::seconds(5),
};
/// Failures of one account, from every client: ten pass, then clients that have failed
/// recently wait 5 s, 10 s, 20 s... after the account's latest failure. Clients that have
/// not failed are not slowed by it.
pub const PER_ACCOUNT: Limit = Limit {
    free: 10,
    first_delay: Duration::seconds(5),
};
/// How long `CurrentUser` trusts what it read of a user (existence and roles) before
/// reading it again.
pub const IDENTITY_FRESHNESS: Duration = Duration::seconds(5);
/// Shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// What a user may do. A user may hold several roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A member of a civil-society organisation.
    Applicant,
    /// A grant officer.
    Officer,
    /// An internal or external expert reviewer.
    Reviewer,
    /// Finance staff.
    Finance,
    /// System administrator.
    Admin,
}

impl Role {
    /// The role's name as stored and shown.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Applicant => "applicant",
            Self::Officer => "officer",
            Self::Reviewer => "reviewer",
            Self::Finance => "finance",
            Self::Admin => "admin",
        }
    }

    /// The role named `name`.
    pub fn parse(name: &str) -> Option<Self> {
        [
            Self::Applicant,
            Self::Officer,
            Self::Reviewer,
            Self::Finance,
            Self::Admin,
        ]
        .into_iter()
        .find(|role| role.as_str() == name)
    }

    /// Staff are every role but applicant.
    pub fn is_staff(self) -> bool {
        self != Self::Applicant
    }
}

/// Lower-cases and trims an email so that one person has one account.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// The longest email address (RFC 5321's limit on a path).
pub const MAX_EMAIL_BYTES: usize = 254;

/// A plausible email address: one `@`, something on each side, a dot in the domain.
pub fn check_email(email: &str) -> Result<(), crate::i18n::Message> {
    let valid = email.len() <= MAX_EMAIL_BYTES
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !email.contains(char::is_whitespace)
        });
    if valid {
        Ok(())
    } else {
        Err(crate::i18n::Message::new("field-email-invalid"))
    }
}

/// At least 10 characters, at most 256.
pub fn check_password(password: &str) -> Result<(), crate::i18n::Message> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(crate::i18n::Message::new("field-password-short").with("min", MIN_PASSWORD_CHARS));
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(crate::i18n::Message::new("field-password-long").with("max", MAX_PASSWORD_CHARS));
    }
    Ok(())
}

/// The longest password accepted, in characters.
pub const MAX_PASSWORD_CHARS: usize = 256;

/// Hashes a password with argon2id and a random salt (PHC string).
pub fn hash_password(password: &str) -> Result<String, String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|error| error.to_string())
}

/// Whether `password` matches the stored PHC hash.
pub fn verify_password(password: &str, stored_hash: &str) -> bool {
    PasswordHash::new(stored_hash)
        .is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
}

/// The working memory of argon2id (about 19 MiB with the default parameters), kept by a
/// hashing thread and reused from one password to the next. Allocating it afresh for
/// every password fragments the heap: with the system allocator each hash left 19 MiB
/// resident behind it.
pub type HashingMemory = Vec<Block>;

/// [`hash_password`] in `memory`.
pub fn hash_password_in(password: &str, memory: &mut HashingMemory) -> Result<String, String> {
    let argon2 = Argon2::default();
    let salt_bytes: [u8; 16] = rand::random();
    let salt = Salt::new(&salt_bytes).map_err(|error| error.to_string())?;
    let mut output = [0u8; Params::DEFAULT_OUTPUT_LEN];
    hash_into(&argon2, password, &salt, &mut output, memory)?;
    let hash = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(argon2.params()).map_err(|error| error.to_string())?,
        salt: Some(salt),
        hash: Some(Output::new(&output).map_err(|error| error.to_string())?),
    };
    Ok(hash.to_string())
}

/// [`verify_password`] in `memory`: the stored hash's own algorithm, version and
/// parameters, compared in constant time.
pub fn verify_password_in(password: &str, stored_hash: &str, memory: &mut HashingMemory) -> bool {
    let Ok(parsed) = PasswordHash::new(stored_hash) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (&parsed.salt, &parsed.hash) else {
        return false;
    };
    let (Ok(algorithm), Ok(params)) = (
        Algorithm::try_from(parsed.algorithm.as_str()),
        Params::try_from(&parsed),
    ) else {
        return false;
    };
    let version = match parsed.version.map(Version::try_from) {
        None => Version::default(),
        Some(Ok(version)) => version,
        Some(Err(_)) => return false,
    };
    let argon2 = Argon2::new(algorithm, version, params);
    let mut output = vec![0u8; expected.len()];
    hash_into(&argon2, password, salt, &mut output, memory).is_ok()
        && Output::new(&output).is_ok_and(|computed| computed == *expected)
}

fn hash_into(
    argon2: &Argon2<'_>,
    password: &str,
    salt: &[u8],
    output: &mut [u8],
    memory: &mut HashingMemory,
) -> Result<(), String> {
    let blocks = argon2.params().block_count();
    if memory.len() != blocks {
        *memory = vec![Block::default(); blocks];
    }
    argon2
        .hash_password_into_with_memory(password.as_bytes(), salt, output, memory.as_mut_slice())
        .map_err(|error| error.to_string())
}

/// A fixed hash verified against when the email is unknown, so that an unknown email
/// takes as long to refuse as a wrong password.
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("decoy password that never matches").unwrap_or_default())
}

/// Claims of an access token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    /// The user's id.
    pub sub: Uuid,
    /// The user's roles when the token was issued.
    pub roles: Vec<Role>,
    /// Issued at (seconds since the epoch).
    pub iat: i64,
    /// Expires at (seconds since the epoch).
    pub exp: i64,
}

impl Claims {
    /// Claims for a token issued now.
    pub fn issue(user_id: Uuid, roles: Vec<Role>, now: DateTime<Utc>) -> Self {
        Self {
            sub: user_id,
            roles,
            iat: now.timestamp(),
            exp: (now + ACCESS_TOKEN_LIFETIME).timestamp(),
        }
    }

    /// Whether the token has expired at `now` (server clock).
    pub fn is_expired(&self, now: DateTime<Utc>) -> bool {
        now.timestamp() >= self.exp
    }
}

/// A new random refresh token (256 bits, hex) to hand to the client.
pub fn new_refresh_token() -> String {
    let bytes: [u8; 32] = rand::random();
    hex::encode(bytes)
}

/// What is stored of a refresh token: its SHA-256, never the token.
pub fn hash_refresh_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// One limit of the login throttle: `free` failures in the window pass, then each
/// further failure doubles the delay after the latest one, from `first_delay` up to
/// [`MAX_THROTTLE_DELAY`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// Failures in the window that ask for no delay.
    pub free: usize,
    /// The delay after the first failure beyond the free ones.
    pub first_delay: Duration,
}

impl Limit {
    /// When the next attempt may proceed, given the instants of the failures this limit
    /// counts; `None` while they are within the free ones.
    pub fn next_allowed(self, failures: &[DateTime<Utc>]) -> Option<DateTime<Utc>> {
        if failures.len() < self.free {
            return None;
        }
        let latest = failures.iter().max()?;
        let doublings = u32::try_from(failures.len() - self.free).unwrap_or(u32::MAX).min(20);
        let delay = self
            .first_delay
            .checked_mul(1 << doublings)
            .unwrap_or(MAX_THROTTLE_DELAY)
            .min(MAX_THROTTLE_DELAY);
        Some(*latest + delay)
    }
}

/// A failed (or still unchecked) sign-in, as seen from the attempt being judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failure {
    /// When it was attempted.
    pub at: DateTime<Utc>,
    /// Whether it was for the same email.
    pub same_email: bool,
    /// Whether it came from the same client address.
    pub same_client: bool,
    /// Whether its password is still being checked (a parallel attempt): it counts
    /// against the limits, but does not by itself make its client a failing one.
    pub pending: bool,
}

/// Which limit held an attempt back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThrottleReason {
    /// Failures of this email from this client.
    EmailFromClient,
    /// Failures from this client, whatever the email.
    Client,
    /// Failures of this account from many clients, this one among them.
    Account,
}

impl ThrottleReason {
    /// What a caller is told.
    pub fn describe(self) -> &'static str {
        match self {
            Self::EmailFromClient => "too many failed sign-ins for this email from your address",
            Self::Client => "too many failed sign-ins from your address",
            Self::Account => "too many failed sign-ins for this account, yours among them",
        }
    }
}

/// An attempt held back: why, and how many seconds until it may proceed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Throttled {
    /// The limit that holds the longest.
    pub reason: ThrottleReason,
    /// Whole seconds to wait, at least one.
    pub retry_after_seconds: i64,
}

/// Whether a sign-in attempt may have its password checked now, given the failures of
/// its email and of its client address (other than itself).
pub fn login_allowed(failures: &[Failure], now: DateTime<Utc>) -> Result<(), Throttled> {
    let in_window = |failure: &&Failure| failure.at > now - THROTTLE_WINDOW && failure.at <= now;
    let instants = |counts: fn(&Failure) -> bool| -> Vec<DateTime<Utc>> {
        failures
            .iter()
            .filter(in_window)
            .filter(|failure| counts(failure))
            .map(|failure| failure.at)
            .collect()
    };
    let client_has_failed = failures
        .iter()
        .filter(in_window)
        .any(|failure| failure.same_client && !failure.pending);
    let mut limits = vec![
        (
            PER_EMAIL_AND_CLIENT.next_allowed(&instants(|failure| failure.same_email && failure.same_client)),
            ThrottleReason::EmailFromClient,
        ),
        (
            PER_CLIENT.next_allowed(&instants(|failure| failure.same_client)),
            ThrottleReason::Client,
        ),
    ];
    if client_has_failed {
        limits.push((
            PER_ACCOUNT.next_allowed(&instants(|failure| failure.same_email)),
            ThrottleReason::Account,
        ));
    }
    let held = limits
        .into_iter()
        .filter_map(|(allowed_at, reason)| allowed_at.filter(|at| *at > now).map(|at| (at, reason)))
        .max_by_key(|(allowed_at, _)| *allowed_at);
    match held {
        None => Ok(()),
        Some((allowed_at, reason)) => {
            let milliseconds = (allowed_at - now).num_milliseconds();
            Err(Throttled {
                reason,
                retry_after_seconds: ((milliseconds + 999) / 1000).max(1),
            })
        }
    }
}

/// The proxies whose `X-Forwarded-For` is believed (`GRANTDESK_TRUSTED_PROXIES`): IP
/// addresses and CIDR networks, and `unknown` for a caller without a socket address (the
/// in-process driver of the tests and the demo loader). Empty by default: the client is
/// the socket's peer, and a forwarded header is ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies {
    networks: Vec<(IpAddr, u8)>,
    unknown: bool,
}

impl std::str::FromStr for TrustedProxies {
    type Err = String;

    /// A list separated by commas or spaces, e.g. `10.0.0.0/8, 192.168.1.10, ::1`.
    fn from_str(text: &str) -> Result<Self, String> {
        let mut proxies = Self::default();
        for entry in text.split([',', ' ']).map(str::trim).filter(|entry| !entry.is_empty()) {
            if entry == "unknown" {
                proxies.unknown = true;
                continue;
            }
            let (address, prefix) = entry.split_once('/').unwrap_or((entry, ""));
            let address: IpAddr = address
                .parse()
                .map_err(|_| format!("`{entry}` is not an IP address or a network such as 10.0.0.0/8"))?;
            let address = address.to_canonical();
            let longest = if address.is_ipv4() { 32 } else { 128 };
            let prefix = if prefix.is_empty() {
                longest
            } else {
                prefix
                    .parse::<u8>()
                    .ok()
                    .filter(|prefix| *prefix <= longest)
                    .ok_or_else(|| format!("`{entry}` has a prefix length that is not 0 to {longest}"))?
            };
            proxies.networks.push((address, prefix));
        }
        Ok(proxies)
    }
}

impl TrustedProxies {
    /// Whether requests from `peer` (`None`: no socket address) are believed about the
    /// client they forward.
    pub fn trusts(&self, peer: Option<IpAddr>) -> bool {
        match peer {
            None => self.unknown,
            Some(address) => {
                let address = address.to_canonical();
                self.networks
                    .iter()
                    .any(|(network, prefix)| in_network(address, *network, *prefix))
            }
        }
    }

    /// The client address of a request from `peer` carrying these `X-Forwarded-For`
    /// values. The forwarded chain is read from the right, past every trusted proxy; the
    /// first address not trusted is the client (addresses further left were written by
    /// the client itself and prove nothing). Without a trusted peer the header is
    /// ignored. The answer is the throttle's key: an IPv4 address, an IPv6 /64 network
    /// (one subscriber's share, which one person can rotate through) or `unknown`.
    pub fn client_address(&self, peer: Option<IpAddr>, forwarded_for: &[&str]) -> String {
        let mut client = peer.map(|address| address.to_canonical());
        if self.trusts(client) {
            let hops: Vec<&str> = forwarded_for.iter().flat_map(|value| value.split(',')).collect();
            for hop in hops.into_iter().rev() {
                let Some(address) = forwarded_address(hop.trim()) else {
                    break;
                };
                client = Some(address);
                if !self.trusts(client) {
                    break;
                }
            }
        }
        match client {
            None => "unknown".to_owned(),
            Some(IpAddr::V4(address)) => address.to_string(),
            Some(IpAddr::V6(address)) => {
                let network = u128::from(address) & (u128::MAX << 64);
                format!("{}/64", std::net::Ipv6Addr::from(network))
            }
        }
    }
}

/// An address of a forwarded chain, with or without a port (`203.0.113.7:4711`,
/// `[2001:db8::1]:443`); `None` for anything else (`unknown`, an obfuscated name).
fn forwarded_address(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>()
        .ok()
        .or_else(|| hop.parse::<std::net::SocketAddr>().ok().map(|socket| socket.ip()))
        .map(|address| address.to_canonical())
}

fn in_network(address: IpAddr, network: IpAddr, prefix: u8) -> bool {
    match (address, network) {
        (IpAddr::V4(address), IpAddr::V4(network)) => {
            let mask = u32::MAX.checked_shl(32 - u32::from(prefix)).unwrap_or(0);
            u32::from(address) & mask == u32::from(network) & mask
        }
        (IpAddr::V6(address), IpAddr::V6(network)) => {
            let mask = u128::MAX.checked_shl(128 - u32::from(prefix)).unwrap_or(0);
            u128::from(address) & mask == u128::from(network) & mask
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).expect("instant") + Duration::minutes(minute)
    }

    fn failure(at: DateTime<Utc>, same_email: bool, same_client: bool) -> Failure {
        Failure {
            at,
            same_email,
            same_client,
            pending: false,
        }
    }

    #[test]
    fn three_failures_of_an_email_from_a_client_pass_then_delays_double() {
        let mine = |minutes: &[i64]| -> Vec<Failure> {
            minutes.iter().map(|minute| failure(at(*minute), true, true)).collect()
        };
        assert_eq!(
            login_allowed(&mine(&[0, 0, 0]), at(0)).map_err(|held| held.retry_after_seconds),
            Err(5)
        );
        assert_eq!(login_allowed(&mine(&[0, 0]), at(0)), Ok(()));
        let four = mine(&[0, 0, 0, 0]);
        let held = login_allowed(&four, at(0)).expect_err("held");
        assert_eq!(held.retry_after_seconds, 10);
        assert_eq!(held.reason, ThrottleReason::EmailFromClient);
        assert_eq!(login_allowed(&four, at(0) + Duration::seconds(10)), Ok(()));
    }

    #[test]
    fn delays_stop_growing_at_the_window_and_old_failures_are_forgotten() {
        let many: Vec<Failure> = (0..40).map(|_| failure(at(0), true, true)).collect();
        assert_eq!(
            login_allowed(&many, at(0)).map_err(|held| held.retry_after_seconds),
            Err(15 * 60)
        );
        assert_eq!(login_allowed(&many, at(15)), Ok(()));
    }

    #[test]
    fn a_client_spraying_many_emails_is_held_after_twenty() {
        let sprayed: Vec<Failure> = (0..20).map(|_| failure(at(0), false, true)).collect();
        let held = login_allowed(&sprayed, at(0)).expect_err("held");
        assert_eq!(held.reason, ThrottleReason::Client);
        assert_eq!(login_allowed(&sprayed[..19], at(0)), Ok(()));
    }

    #[test]
    fn an_account_under_attack_never_holds_back_a_client_that_has_not_failed() {
        let attack: Vec<Failure> = (0..500).map(|_| failure(at(0), true, false)).collect();
        assert_eq!(login_allowed(&attack, at(0)), Ok(()));
        let mut with_a_parallel_attempt = attack.clone();
        with_a_parallel_attempt.push(Failure {
            pending: true,
            ..failure(at(0), true, true)
        });
        assert_eq!(login_allowed(&with_a_parallel_attempt, at(0)), Ok(()));
        let mut failed_elsewhere = attack;
        failed_elsewhere.push(failure(at(0), false, true));
        let held = login_allowed(&failed_elsewhere, at(0)).expect_err("held");
        assert_eq!(held.reason, ThrottleReason::Account);
    }

    #[test]
    fn the_client_is_the_peer_unless_the_peer_is_a_trusted_proxy() {
        let none = TrustedProxies::default();
        let peer: Option<IpAddr> = "203.0.113.5".parse().ok();
        assert_eq!(none.client_address(peer, &["198.51.100.1"]), "203.0.113.5");
        assert_eq!(none.client_address(None, &["198.51.100.1"]), "unknown");

        let proxies: TrustedProxies = "10.0.0.0/8, 192.168.1.10 unknown".parse().expect("valid");
        let behind: Option<IpAddr> = "10.1.2.3".parse().ok();
        assert_eq!(
            proxies.client_address(behind, &["1.1.1.1, 198.51.100.1, 192.168.1.10"]),
            "198.51.100.1",
            "the forged left-most entry is not believed"
        );
        assert_eq!(
            proxies.client_address(behind, &["1.1.1.1", "198.51.100.1:4711"]),
            "198.51.100.1"
        );
        assert_eq!(proxies.client_address(behind, &["garbage"]), "10.1.2.3");
        assert_eq!(proxies.client_address(None, &["198.51.100.9"]), "198.51.100.9");
        assert_eq!(
            proxies.client_address(behind, &["[2001:db8:1:2:3:4:5:6]:443"]),
            "2001:db8:1:2::/64"
        );
        assert_eq!(
            proxies.client_address("::ffff:10.0.0.1".parse().ok(), &["198.51.100.2"]),
            "198.51.100.2"
        );
        for bad in ["10.0.0.0/33", "proxy.example", "::1/129"] {
            assert!(bad.parse::<TrustedProxies>().is_err(), "{bad}");
        }
    }

    #[test]
    fn passwords_hash_and_verify() {
        let hash = hash_password("correct horse battery").expect("hash");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("wrong horse battery", &hash));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn hashing_in_reused_memory_agrees_with_the_allocating_functions() {
        let mut memory = HashingMemory::new();
        let stored = hash_password("correct horse battery").expect("hash");
        assert!(verify_password_in("correct horse battery", &stored, &mut memory));
        assert!(!verify_password_in("wrong horse battery", &stored, &mut memory));
        assert!(verify_password_in("correct horse battery", &stored, &mut memory));
        let reused = hash_password_in("another password!", &mut memory).expect("hash");
        assert!(reused.starts_with("$argon2id$v=19$"));
        assert!(verify_password("another password!", &reused));
        assert!(!verify_password_in("another password", &reused, &mut memory));
        assert!(!verify_password_in("anything", "not a hash", &mut memory));
    }

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(normalise_email("  Amina@Example.ORG "), "amina@example.org");
        assert!(check_email("amina@example.org").is_ok());
        for bad in [
            "",
            "amina",
            "@example.org",
            "amina@example",
            "a b@example.org",
            "a@b@c.org",
        ] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn short_passwords_are_refused() {
        assert!(check_password("short").is_err());
        assert!(check_password("long enough!").is_ok());
    }

    #[test]
    fn tokens_expire_after_fifteen_minutes() {
        let claims = Claims::issue(Uuid::nil(), vec![Role::Applicant], at(0));
        assert!(!claims.is_expired(at(14)));
        assert!(claims.is_expired(at(15)));
    }

    #[test]
    fn refresh_tokens_are_stored_as_hashes() {
        let token = new_refresh_token();
        assert_eq!(token.len(), 64);
        assert_ne!(hash_refresh_token(&token), token);
        assert_eq!(hash_refresh_token(&token), hash_refresh_token(&token));
    }
}
