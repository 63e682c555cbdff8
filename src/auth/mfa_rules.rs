//! The rules of two-factor sign-in (TOTP, RFC 6238, with the `totp-rs` crate): codes of 6
//! digits over 30-second steps, HMAC-SHA1 (what every authenticator app reads), one step
//! of clock skew either way, and no step accepted twice; ten single-use recovery codes;
//! which roles must have it. Pure functions over plain values.

use chrono::{DateTime, Duration, Utc};
use sha2::{Digest, Sha256};
use totp_rs::{Algorithm, Builder, Secret, Totp};

use super::rules::Role;

/// How long a sign-in waits for its second factor.
pub const MFA_TOKEN_LIFETIME: Duration = Duration::minutes(5);

/// How many recovery codes an enrolment gives.
pub const RECOVERY_CODES: usize = 10;

/// The issuer an authenticator app shows next to the account.
pub const ISSUER: &str = "grantdesk";

/// A new random secret of 160 bits, base32-encoded (as authenticator apps take it).
pub fn new_secret() -> String {
    let bytes: [u8; 20] = rand::random();
    Secret::from(bytes).to_base32()
}

/// The TOTP of a base32 secret for `account` (an email).
pub fn totp(secret: &str, account: &str) -> Result<Totp, String> {
    let secret =
        Secret::try_from_base32(secret).map_err(|error| format!("a stored TOTP secret is not base32: {error:?}"))?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret)
        .with_issuer(Some(ISSUER))
        .with_account_name(account.replace(':', ""))
        .build()
        .map_err(|error| format!("TOTP: {error:?}"))
}

/// The time step a code matches at `now` (one step of skew either way), if it is later
/// than `last_step`, the last one accepted: a code works once.
pub fn accepted_step(totp: &Totp, code: &str, now: DateTime<Utc>, last_step: Option<i64>) -> Option<i64> {
    let seconds = u64::try_from(now.timestamp()).ok()?;
    let code: String = code.chars().filter(|character| !character.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|character| character.is_ascii_digit()) {
        return None;
    }
    let step = i64::try_from(totp.check(&code, seconds)?).ok()?;
    match last_step {
        Some(last) if step <= last => None,
        _ => Some(step),
    }
}

/// The code an authenticator app shows at `now` (for tests and the demo).
pub fn code_at(totp: &Totp, now: DateTime<Utc>) -> String {
    totp.generate(u64::try_from(now.timestamp()).unwrap_or_default())
        .to_string()
}

/// Ten new recovery codes, `xxxxx-xxxxx` of lower-case letters and digits (about 50 bits
/// each), shown once.
pub fn new_recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    (0..RECOVERY_CODES)
        .map(|_| {
            let letters: String = (0..10)
                .map(|_| char::from(ALPHABET[rand::random_range(0..ALPHABET.len())]))
                .collect();
            format!("{}-{}", &letters[..5], &letters[5..])
        })
        .collect()
}

/// What is stored of a recovery code: the SHA-256 of its letters and digits, lower-case
/// (so `ABCDE-FGHJK`, `abcde fghjk` and `abcdefghjk` are one code).
pub fn hash_recovery_code(code: &str) -> String {
    let normal: String = code
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|character| character.to_ascii_lowercase())
        .collect();
    hex::encode(Sha256::digest(normal.as_bytes()))
}

/// Whether a user holding `roles` must have two-factor sign-in, given the roles that
/// require it (`GRANTDESK_MFA_REQUIRED_ROLES`).
pub fn required_for(roles: &[Role], required: &[Role]) -> bool {
    roles.iter().any(|role| required.contains(role))
}

/// The QR code of an `otpauth://` URI as an SVG image, for an authenticator app to scan.
pub fn qr_svg(uri: &str) -> Result<String, String> {
    let code = qrcodegen::QrCode::encode_text(uri, qrcodegen::QrCodeEcc::Medium)
        .map_err(|error| format!("the otpauth URI does not fit a QR code: {error:?}"))?;
    let border = 4;
    let size = code.size() + border * 2;
    let mut path = String::new();
    for y in 0..code.size() {
        for x in 0..code.size() {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" role=\"img\">\
         <title>QR code of the two-factor sign-in secret</title>\
         <rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(seconds, 0).expect("instant")
    }

    #[test]
    fn a_code_matches_rfc_6238_and_works_once_within_a_step_of_skew() {
        // RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" at 59 s gives
        // 94287082 in eight digits, so 287082 in six.
        let secret = Secret::from(b"12345678901234567890".to_vec()).to_base32();
        let totp = totp(&secret, "amina@csos.example").expect("built");
        assert_eq!(code_at(&totp, at(59)), "287082");
        let step = accepted_step(&totp, "287 082", at(59), None).expect("accepted");
        assert_eq!(step, 1);
        assert_eq!(accepted_step(&totp, "287082", at(60), Some(step)), None, "used once");
        assert_eq!(accepted_step(&totp, "287082", at(89), None), Some(1), "a step of skew");
        assert_eq!(accepted_step(&totp, "287082", at(120), None), None, "too late");
        assert_eq!(accepted_step(&totp, "28708", at(59), None), None);
        assert_eq!(accepted_step(&totp, "abcdef", at(59), None), None);
    }

    #[test]
    fn recovery_codes_are_ten_distinct_and_read_loosely() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), RECOVERY_CODES);
        assert_eq!(
            hash_recovery_code(&codes[0].to_uppercase().replace('-', " ")),
            hash_recovery_code(&codes[0])
        );
        assert!(new_secret().len() >= 32);
    }

    #[test]
    fn admin_and_finance_need_it_when_configured() {
        let required = [Role::Admin, Role::Finance];
        assert!(required_for(&[Role::Finance], &required));
        assert!(!required_for(&[Role::Officer, Role::Applicant], &required));
        assert!(!required_for(&[Role::Admin], &[]));
        assert!(
            qr_svg("otpauth://totp/grantdesk:a?secret=ABC")
                .expect("svg")
                .starts_with("<svg")
        );
    }
}
