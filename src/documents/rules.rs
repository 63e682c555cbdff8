//! The rules of uploaded documents, as pure functions: which file formats are accepted and
//! how a format is recognised from the bytes, which file names are acceptable, how a
//! download's `Content-Disposition` is written, and the size limits.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::i18n::Message;

/// The size of one stored chunk: uploads are encrypted and written, and downloads read and
/// decrypted, this many plaintext bytes at a time.
pub const CHUNK_BYTES: usize = 1024 * 1024;

/// The longest file name kept, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// A file format grantdesk accepts. It is decided from the file's first bytes, never from
/// its name or the client's `Content-Type` (only plain text and CSV, which no magic number
/// tells apart, are told apart by the name's `.csv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FileFormat {
    /// PDF.
    Pdf,
    /// PNG image.
    Png,
    /// JPEG image.
    Jpeg,
    /// Word document (Office Open XML).
    Docx,
    /// Excel workbook (Office Open XML).
    Xlsx,
    /// OpenDocument text.
    Odt,
    /// OpenDocument spreadsheet.
    Ods,
    /// Comma-separated values.
    Csv,
    /// Plain text (UTF-8).
    Text,
}

impl FileFormat {
    /// Every accepted format.
    pub const ALL: [FileFormat; 9] = [
        Self::Pdf,
        Self::Png,
        Self::Jpeg,
        Self::Docx,
        Self::Xlsx,
        Self::Odt,
        Self::Ods,
        Self::Csv,
        Self::Text,
    ];

    /// The media type a download of this format is served with.
    pub fn content_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Self::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Self::Odt => "application/vnd.oasis.opendocument.text",
            Self::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            Self::Csv => "text/csv; charset=utf-8",
            Self::Text => "text/plain; charset=utf-8",
        }
    }

    /// The stored name of the format.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Png => "png",
            Self::Jpeg => "jpeg",
            Self::Docx => "docx",
            Self::Xlsx => "xlsx",
            Self::Odt => "odt",
            Self::Ods => "ods",
            Self::Csv => "csv",
            Self::Text => "text",
        }
    }

    /// The format with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|format| format.as_str() == name)
    }
}

/// What an answer's check needs to know of a document attached to the application: its
/// format and its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttachedFile {
    /// The format read from its bytes.
    pub format: FileFormat,
    /// Its size in bytes.
    pub bytes: u64,
}

/// The kinds of record a document can be attached to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SubjectKind {
    /// An application: answers to `file` questions, and annexes.
    Application,
    /// An organisation's standing papers (registration certificate, statutes, audited
    /// accounts, safeguarding policy), each with a kind and an optional `valid_until`.
    Organisation,
    /// A sponsored trip's tickets, boarding passes and receipts.
    SponsorshipRequest,
    /// A report owed under an award (a reporting obligation): the report itself.
    ReportingObligation,
    /// A due-diligence assessment: evidence for its checklist items (the document's
    /// `question` names the item).
    DueDiligence,
    /// An appeal of a decision: its annexes.
    Appeal,
    /// A letter as issued (`letters`): its PDF of record, which never changes.
    Letter,
}

impl SubjectKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Application => "application",
            Self::Organisation => "organisation",
            Self::SponsorshipRequest => "sponsorship_request",
            Self::ReportingObligation => "reporting_obligation",
            Self::DueDiligence => "due_diligence",
            Self::Appeal => "appeal",
            Self::Letter => "letter",
        }
    }

    /// The kind with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        [
            Self::Application,
            Self::Organisation,
            Self::SponsorshipRequest,
            Self::ReportingObligation,
            Self::DueDiligence,
            Self::Appeal,
            Self::Letter,
        ]
        .into_iter()
        .find(|kind| kind.as_str() == name)
    }
}

/// The record a document is attached to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Subject {
    /// Its kind.
    pub kind: SubjectKind,
    /// Its id.
    pub id: uuid::Uuid,
}

impl Subject {
    /// An application.
    pub fn application(id: uuid::Uuid) -> Self {
        Self {
            kind: SubjectKind::Application,
            id,
        }
    }

    /// An organisation.
    pub fn organisation(id: uuid::Uuid) -> Self {
        Self {
            kind: SubjectKind::Organisation,
            id,
        }
    }

    /// A sponsorship request.
    pub fn sponsorship_request(id: uuid::Uuid) -> Self {
        Self {
            kind: SubjectKind::SponsorshipRequest,
            id,
        }
    }

    /// A reporting obligation of an award.
    pub fn reporting_obligation(id: uuid::Uuid) -> Self {
        Self {
            kind: SubjectKind::ReportingObligation,
            id,
        }
    }

    /// A due-diligence assessment (its items' evidence).
    pub fn due_diligence(id: uuid::Uuid) -> Self {
        Self {
            kind: SubjectKind::DueDiligence,
            id,
        }
    }

    /// An appeal (its annexes).
    pub fn appeal(id: uuid::Uuid) -> Self {
        Self {
            kind: SubjectKind::Appeal,
            id,
        }
    }
}

/// The size limits of uploads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest file, in bytes.
    pub file: u64,
    /// The most bytes of documents an application may hold.
    pub application: u64,
}

/// Why an upload of this many bytes more than `used` would be refused, if it would:
/// the per-file limit, or the subject's total.
pub fn size_problem(size: u64, used: u64, file_limit: u64, total_limit: Option<u64>) -> Option<Message> {
    if size > file_limit {
        return Some(Message::new("document-too-large").with("limit", size_in_words(file_limit)));
    }
    match total_limit {
        Some(total) if !within(used, size, total) => Some(
            Message::new("document-over-total")
                .with("limit", size_in_words(total))
                .with("used", size_in_words(used)),
        ),
        _ => None,
    }
}

/// The format of a file from its first bytes (at least the first chunk, or the whole file
/// when shorter), or `None` when they are not one of the accepted formats: an executable
/// renamed `.pdf` is `None`.
pub fn sniff(head: &[u8], name: &str) -> Option<FileFormat> {
    if let Some(found) = infer::get(head) {
        return match found.mime_type() {
            "application/pdf" => Some(FileFormat::Pdf),
            "image/png" => Some(FileFormat::Png),
            "image/jpeg" => Some(FileFormat::Jpeg),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => Some(FileFormat::Docx),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => Some(FileFormat::Xlsx),
            "application/vnd.oasis.opendocument.text" => Some(FileFormat::Odt),
            "application/vnd.oasis.opendocument.spreadsheet" => Some(FileFormat::Ods),
            _ => None,
        };
    }
    if !is_text(head) {
        return None;
    }
    if name.to_lowercase().ends_with(".csv") {
        Some(FileFormat::Csv)
    } else {
        Some(FileFormat::Text)
    }
}

/// Whether bytes are UTF-8 text (a character cut at the end of the sample is allowed)
/// without control characters other than tab, line feed, carriage return and form feed.
fn is_text(head: &[u8]) -> bool {
    let text = match std::str::from_utf8(head) {
        Ok(text) => text,
        Err(error) if error.error_len().is_none() => match std::str::from_utf8(&head[..error.valid_up_to()]) {
            Ok(text) => text,
            Err(_) => return false,
        },
        Err(_) => return false,
    };
    text.chars()
        .all(|character| !character.is_control() || matches!(character, '\t' | '\n' | '\r' | '\u{c}'))
}

/// The file name as kept: trimmed, at most [`MAX_NAME_CHARS`] characters, without path
/// separators or control characters, and not `.` or `..`.
pub fn check_file_name(name: &str) -> Result<String, Message> {
    let name = name.trim();
    let problem = if name.is_empty() {
        Some("document-name-empty")
    } else if name.contains(['/', '\\']) {
        Some("document-name-separator")
    } else if name.chars().any(char::is_control) {
        Some("document-name-control")
    } else if name == "." || name == ".." {
        Some("document-name-dots")
    } else if name.chars().count() > MAX_NAME_CHARS {
        Some("document-name-long")
    } else {
        None
    };
    match problem {
        Some(id) => Err(Message::new(id).with("max", MAX_NAME_CHARS)),
        None => Ok(name.to_owned()),
    }
}

/// A document's `kind` as kept: a short lowercase word (`registration_certificate`).
pub fn check_kind(kind: &str) -> Result<String, Message> {
    let kind = kind.trim();
    let well_formed = (1..=64).contains(&kind.len())
        && kind.starts_with(|first: char| first.is_ascii_lowercase())
        && kind
            .chars()
            .all(|character| character.is_ascii_lowercase() || character.is_ascii_digit() || character == '_');
    if well_formed {
        Ok(kind.to_owned())
    } else {
        Err(Message::new("document-kind-invalid"))
    }
}

/// The `Content-Disposition` of a download (RFC 6266): an ASCII `filename` for old clients
/// (other characters become `_`, quotes and backslashes too) and the exact name as a UTF-8
/// `filename*` (RFC 8187 percent-encoding).
pub fn content_disposition(name: &str) -> String {
    let fallback: String = name
        .chars()
        .map(|character| {
            if character.is_ascii_graphic() && character != '"' && character != '\\' || character == ' ' {
                character
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::new();
    for byte in name.as_bytes() {
        let keep = byte.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(byte);
        if keep {
            encoded.push(char::from(*byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    format!("attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}

/// Whether adding `size` bytes to `used` stays within `limit`.
pub fn within(used: u64, size: u64, limit: u64) -> bool {
    used.checked_add(size).is_some_and(|total| total <= limit)
}

/// Bytes in words (`20 MiB`, `512 KiB`), for the messages of size limits.
pub fn size_in_words(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= 1024 && bytes.is_multiple_of(1024) {
        format!("{} KiB", bytes / 1024)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pdf_is_recognised_by_its_bytes_whatever_its_name() {
        assert_eq!(sniff(b"%PDF-1.7\n%...", "report.txt"), Some(FileFormat::Pdf));
    }

    #[test]
    fn an_executable_renamed_pdf_is_refused() {
        let elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0";
        assert_eq!(sniff(elf, "budget.pdf"), None);
        assert_eq!(sniff(b"MZ\x90\0\x03\0\0\0\x04\0", "budget.pdf"), None);
    }

    #[test]
    fn text_is_csv_only_when_named_so_and_binary_noise_is_not_text() {
        assert_eq!(sniff(b"a,b\n1,2\n", "budget.CSV"), Some(FileFormat::Csv));
        assert_eq!(sniff("Plan de sauvegarde\n".as_bytes(), "plan"), Some(FileFormat::Text));
        assert_eq!(sniff(b"\0\x01\x02binary", "notes.txt"), None);
        assert_eq!(sniff(&"é".as_bytes()[..1], "cut.txt"), Some(FileFormat::Text));
    }

    #[test]
    fn file_names_with_separators_or_controls_are_refused() {
        assert!(check_file_name("../etc/passwd").is_err());
        assert!(check_file_name("a\\b.pdf").is_err());
        assert!(check_file_name("bad\u{0}name.pdf").is_err());
        assert!(check_file_name("  ").is_err());
        assert_eq!(check_file_name(" plan.pdf ").as_deref(), Ok("plan.pdf"));
    }

    #[test]
    fn the_disposition_keeps_the_exact_name_in_utf8_and_an_ascii_fallback() {
        assert_eq!(
            content_disposition("خطة \"أمان\".pdf"),
            "attachment; filename=\"___ ______.pdf\"; filename*=UTF-8''%D8%AE%D8%B7%D8%A9%20%22%D8%A3%D9%85%D8%A7%D9%86%22.pdf"
        );
    }

    #[test]
    fn limits_never_overflow() {
        assert!(within(10, 10, 20));
        assert!(!within(10, 11, 20));
        assert!(!within(u64::MAX, 1, u64::MAX));
        assert_eq!(size_in_words(20 * 1024 * 1024), "20 MiB");
    }
}
