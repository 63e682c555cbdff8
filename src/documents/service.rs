//! The commands and queries of uploaded documents that every entry point shares: who may
//! add, read and remove the documents of a subject, streaming an upload into encrypted
//! chunks (deduplicated within the organisation), attaching it, listing, reading back
//! chunk by chunk, and deleting. Nothing here knows of HTTP.

use std::collections::HashMap;
use std::sync::Arc;

use bytes::Bytes;
use chrono::{DateTime, NaiveDate, Utc};
use futures_util::{Stream, StreamExt};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::json;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::json::DocumentResponse;
use super::rules::{self, AttachedFile, CHUNK_BYTES, FileFormat, Limits, Subject, SubjectKind};
use super::storage::ContentStore;
use super::store::{self, content, document};
use crate::applications::rules::ApplicationStatus;
use crate::audit::{self, AuditEntry};
use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult, ProblemKind, Validator};

/// Where an upload goes, decided before its body is read: the subject, its
/// organisation, and how many bytes the file may have.
#[derive(Debug, Clone)]
pub struct UploadTarget {
    subject: Subject,
    organisation_id: Uuid,
    limits: Limits,
    used: u64,
    /// The checklist item the upload is evidence for, when the destination names one.
    question: Option<String>,
}

/// What an upload adds a file to, as an entry point names it: a subject's documents, or
/// the evidence of one item of a due-diligence assessment's checklist (the API's
/// `/due-diligence/{id}/items/{key}/documents`, the staff workspace's evidence forms).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    /// The documents of a subject.
    Subject(Subject),
    /// The evidence of the checklist item `key` of assessment `assessment_id`.
    Evidence {
        /// The due-diligence assessment.
        assessment_id: Uuid,
        /// The checklist item's key.
        key: String,
    },
}

impl From<Subject> for Destination {
    fn from(subject: Subject) -> Self {
        Self::Subject(subject)
    }
}

/// A file's content once streamed into storage, not yet attached.
#[derive(Debug, Clone)]
pub struct StoredContent {
    content_id: Uuid,
    name: String,
    size: u64,
    format: FileFormat,
    /// Whether this upload wrote the content (not found already stored).
    fresh: bool,
}

/// The text parts of an upload.
#[derive(Debug, Clone, Default)]
pub struct UploadDetails {
    /// What the document is (`registration_certificate`).
    pub kind: Option<String>,
    /// The key of the `file` question it answers.
    pub question: Option<String>,
    /// Until when a standing paper is valid (`YYYY-MM-DD`).
    pub valid_until: Option<String>,
}

/// A document to download: its facts and where its chunks are.
#[derive(Debug, Clone)]
pub struct Download {
    /// The file name, as uploaded.
    pub name: String,
    /// Its format.
    pub format: FileFormat,
    /// Its size in bytes.
    pub size: u64,
    content_id: Uuid,
    chunk_count: u32,
}

/// The size limits of uploads as the office configured them.
pub fn limits(config: &crate::config::Config) -> Limits {
    Limits {
        file: config.max_file_bytes,
        application: config.max_application_bytes,
    }
}

/// Checks that the caller may add a document to the subject now, before the body is
/// read: 404 for anyone who may not see it, 403 for staff where members upload, 409 when
/// it can no longer change.
pub async fn upload_target(
    db: &impl ConnectionTrait,
    limits: Limits,
    actor: &CurrentUser,
    subject: Subject,
) -> AppResult<UploadTarget> {
    let organisation_id = editable(db, actor, subject).await?;
    let used = store::bytes_of_subject(db, subject.kind.as_str(), subject.id).await?;
    if let Some(problem) = rules::size_problem(0, used, limits.file, total_limit(subject, limits)) {
        return Err(AppError::conflict(ProblemKind::FileTooLarge, problem));
    }
    Ok(UploadTarget {
        subject,
        organisation_id,
        limits,
        used,
        question: None,
    })
}

/// Checks that the caller may add a file to `destination` now, before the body is read:
/// [`upload_target`] for a subject, [`evidence_target`] for a checklist item.
pub async fn target_of(
    db: &impl ConnectionTrait,
    limits: Limits,
    actor: &CurrentUser,
    destination: Destination,
) -> AppResult<UploadTarget> {
    match destination {
        Destination::Subject(subject) => upload_target(db, limits, actor, subject).await,
        Destination::Evidence { assessment_id, key } => evidence_target(db, limits, actor, assessment_id, &key).await,
    }
}

/// An upload of evidence for one item of a due-diligence assessment: authorised as
/// [`upload_target`], and the item must be on the checklist (404 otherwise). The document
/// attached answers the item (its `question` is the item's key).
pub async fn evidence_target(
    db: &impl ConnectionTrait,
    limits: Limits,
    actor: &CurrentUser,
    assessment_id: Uuid,
    key: &str,
) -> AppResult<UploadTarget> {
    let target = upload_target(db, limits, actor, Subject::due_diligence(assessment_id)).await?;
    crate::diligence::service::check_item(db, assessment_id, key).await?;
    Ok(UploadTarget {
        question: Some(key.to_owned()),
        ..target
    })
}

impl UploadTarget {
    /// The question or checklist item the destination itself names (an upload's own
    /// `question` part is then not expected).
    pub fn question(&self) -> Option<&str> {
        self.question.as_deref()
    }
}

/// One page of the evidence of one item of a due-diligence assessment (officers; 404 for
/// an item not on the checklist).
pub async fn list_evidence(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    assessment_id: Uuid,
    key: &str,
    limit: u64,
    offset: u64,
) -> AppResult<(Vec<DocumentResponse>, u64)> {
    let subject = Subject::due_diligence(assessment_id);
    visible(db, actor, subject).await?;
    crate::diligence::service::check_item(db, assessment_id, key).await?;
    list_answering(db, actor, subject, Some(key), limit, offset).await
}

/// Streams a file into storage chunk by chunk: the format is decided from the first chunk
/// before anything is written (415 when it is not accepted), the size limits while the
/// bytes arrive (413 as soon as one is passed), and the content is deduplicated by sha256
/// within the organisation. Never holds more than about one chunk in memory.
pub async fn store_content<S>(
    db: &DatabaseConnection,
    storage: &dyn ContentStore,
    now: DateTime<Utc>,
    target: &UploadTarget,
    name: &str,
    mut body: S,
) -> AppResult<StoredContent>
where
    S: Stream<Item = AppResult<Bytes>> + Unpin + Send,
{
    let name = rules::check_file_name(name).map_err(|message| AppError::field("file", message))?;
    let mut writer = ChunkWriter::new(target, &name);
    let written = async {
        while let Some(bytes) = body.next().await {
            writer.push(db, storage, now, &bytes?).await?;
        }
        writer.finish(db, storage, now).await
    }
    .await;
    match written {
        Ok(stored) => Ok(stored),
        Err(error) => {
            if writer.started {
                discard_content(db, storage, writer.content_id).await?;
            }
            Err(error)
        }
    }
}

/// Attaches a stored content to the target's subject as a document, checking the details
/// and, under the subject's row lock, that it may still change and stays within its
/// total. Audited as `document.uploaded` with the name and sha256.
pub async fn attach(
    db: &DatabaseConnection,
    storage: &dyn ContentStore,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    target: &UploadTarget,
    stored: StoredContent,
    details: UploadDetails,
) -> AppResult<DocumentResponse> {
    let attached = attach_in_transaction(db, now, actor, target, &stored, details).await;
    if attached.is_err() && stored.fresh {
        discard_content(db, storage, stored.content_id).await?;
    }
    attached
}

/// Forgets a stored content that will not be attached (the upload failed after it).
pub async fn discard(db: &DatabaseConnection, storage: &dyn ContentStore, stored: &StoredContent) -> AppResult<()> {
    if stored.fresh {
        discard_content(db, storage, stored.content_id).await?;
    }
    Ok(())
}

/// One page of a subject's documents, for those who may see the subject.
pub async fn list(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    subject: Subject,
    limit: u64,
    offset: u64,
) -> AppResult<(Vec<DocumentResponse>, u64)> {
    list_answering(db, actor, subject, None, limit, offset).await
}

/// One page of a subject's documents that answer `question` (all when `None`): the
/// evidence of one due-diligence checklist item, the files of one form question.
pub async fn list_answering(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    subject: Subject,
    question: Option<&str>,
    limit: u64,
    offset: u64,
) -> AppResult<(Vec<DocumentResponse>, u64)> {
    visible(db, actor, subject).await?;
    let page = (limit, offset);
    let (rows, total) = store::of_subject(db, subject.kind.as_str(), subject.id, question, page).await?;
    let items = rows
        .into_iter()
        .map(|(document, content)| response(document, &content))
        .collect::<AppResult<Vec<_>>>()?;
    Ok((items, total))
}

/// How many documents a subject holds (no visibility check: for the subject's own domain).
pub async fn count(db: &impl ConnectionTrait, subject: Subject) -> AppResult<u64> {
    Ok(store::of_subject(db, subject.kind.as_str(), subject.id, None, (1, 0))
        .await?
        .1)
}

/// Every document of a subject, oldest first (no visibility check: for the subject's own
/// domain, such as a trip's reconciliation listing its receipts). A subject holds a few
/// files: at most [`MAX_LISTED`] are answered.
pub async fn all_of(db: &impl ConnectionTrait, subject: Subject) -> AppResult<Vec<DocumentResponse>> {
    let (rows, _) = store::of_subject(db, subject.kind.as_str(), subject.id, None, (MAX_LISTED, 0)).await?;
    rows.into_iter()
        .map(|(document, content)| response(document, &content))
        .collect()
}

/// The most documents [`all_of`] answers.
pub const MAX_LISTED: u64 = 500;

/// The distinct questions (or checklist items) a subject's documents answer (no
/// visibility check: for the subject's own domain).
pub async fn questions_answered(db: &impl ConnectionTrait, subject: Subject) -> AppResult<Vec<String>> {
    store::questions_of_subject(db, subject.kind.as_str(), subject.id).await
}

/// A document to download, for exactly those who may see its subject; anyone else gets
/// 404, as for a document that does not exist.
pub async fn open(db: &impl ConnectionTrait, actor: &CurrentUser, id: Uuid) -> AppResult<Download> {
    let (document, content) = store::find(db, id).await?.ok_or(AppError::NotFound("document"))?;
    let subject = subject_of(&document)?;
    visible(db, actor, subject)
        .await
        .map_err(|_| AppError::NotFound("document"))?;
    Ok(Download {
        name: document.name,
        format: format_of(&content)?,
        size: u64::try_from(content.size).unwrap_or_default(),
        content_id: content.id,
        chunk_count: u32::try_from(content.chunk_count).unwrap_or_default(),
    })
}

/// The plaintext of a download, chunk by chunk.
pub fn chunks(
    storage: Arc<dyn ContentStore>,
    download: &Download,
) -> impl Stream<Item = AppResult<Bytes>> + Send + 'static {
    let content = download.content_id;
    futures_util::stream::iter(0..download.chunk_count).then(move |number| {
        let storage = storage.clone();
        async move { storage.get(content, number).await.map(Bytes::from) }
    })
}

/// Deletes a document while its subject may still change; the audit trail keeps its name
/// and sha256. The content goes too when no other document uses it.
pub async fn delete(
    db: &DatabaseConnection,
    storage: &dyn ContentStore,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    id: Uuid,
) -> AppResult<()> {
    let (document, content) = store::find(db, id).await?.ok_or(AppError::NotFound("document"))?;
    let subject = subject_of(&document)?;
    visible(db, actor, subject)
        .await
        .map_err(|_| AppError::NotFound("document"))?;
    let txn = db.begin().await?;
    lock_subject(&txn, subject).await?;
    editable(&txn, actor, subject).await?;
    if !store::delete_document(&txn, id).await? {
        return Err(AppError::NotFound("document"));
    }
    let before = json!({
        "name": document.name,
        "sha256": content.sha256,
        "size": content.size,
        "subject_type": document.subject_type,
        "subject_id": document.subject_id,
    });
    let entry = AuditEntry::updated(actor.id, "document.deleted", "document", id, &before, &json!({}));
    audit::commit(db, txn, vec![entry.with("before", before)], now).await?;
    discard_content(db, storage, content.id).await
}

/// The format and size of a subject's documents by id (what its `file` answers may name).
pub async fn files_of(db: &impl ConnectionTrait, subject: Subject) -> AppResult<HashMap<Uuid, AttachedFile>> {
    store::files_of_subject(db, subject.kind.as_str(), subject.id)
        .await?
        .into_iter()
        .map(|(id, format, bytes)| {
            FileFormat::parse(&format)
                .map(|format| {
                    let bytes = u64::try_from(bytes).unwrap_or_default();
                    (id, AttachedFile { format, bytes })
                })
                .ok_or_else(|| AppError::Internal(format!("document {id} has an unknown format {format}")))
        })
        .collect()
}

/// Re-encrypts every chunk still under an older data key to the current one, a batch at a
/// time; answers how many chunks moved. Safe to stop and run again.
pub async fn rotate_keys(store: &super::storage::DatabaseStore) -> AppResult<u64> {
    const BATCH: u64 = 64;
    let mut moved = 0;
    loop {
        let batch = store.rotate(BATCH).await?;
        moved += batch;
        if batch == 0 || store.stale_chunks().await? == 0 {
            return Ok(moved);
        }
    }
}

/// Stores the PDF of a letter being issued (`letter` = (its organisation, the letter's id)),
/// encrypted like every document, not yet attached: the letters domain attaches it with
/// [`attach_letter`] in the transaction that records the letter.
pub async fn store_letter(
    db: &DatabaseConnection,
    storage: &dyn ContentStore,
    now: DateTime<Utc>,
    (organisation_id, letter_id): (Uuid, Uuid),
    name: &str,
    pdf: &[u8],
) -> AppResult<StoredContent> {
    let target = UploadTarget {
        subject: Subject {
            kind: SubjectKind::Letter,
            id: letter_id,
        },
        organisation_id,
        limits: Limits {
            file: u64::MAX,
            application: u64::MAX,
        },
        used: 0,
        question: None,
    };
    let body = futures_util::stream::iter([Ok(Bytes::copy_from_slice(pdf))]);
    store_content(db, storage, now, &target, name, body).await
}

/// Attaches a stored letter to its letter (inside the caller's transaction) and answers the
/// document's id and the PDF's SHA-256. Audited by the caller, with the SHA-256.
pub async fn attach_letter(
    txn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    actor: Uuid,
    letter_id: Uuid,
    stored: &StoredContent,
) -> AppResult<(Uuid, String)> {
    let content = store::find_content(txn, stored.content_id)
        .await?
        .ok_or_else(|| AppError::Internal("a letter's stored content vanished".to_owned()))?;
    let row = store::insert_document(
        txn,
        document::Model {
            id: Uuid::new_v4(),
            organisation_id: content.organisation_id,
            subject_type: SubjectKind::Letter.as_str().to_owned(),
            subject_id: letter_id,
            kind: Some("letter_of_record".to_owned()),
            question: None,
            name: stored.name.clone(),
            content_id: stored.content_id,
            valid_until: None,
            uploaded_by: actor,
            uploaded_at: now,
        },
    )
    .await?;
    Ok((row.id, content.sha256.unwrap_or_default()))
}

/// The whole plaintext of a document, for a domain that has checked who may read it (a
/// letter of record: a few tens of kilobytes).
pub async fn read_whole(db: &impl ConnectionTrait, storage: &dyn ContentStore, id: Uuid) -> AppResult<Vec<u8>> {
    let (_, content) = store::find(db, id).await?.ok_or(AppError::NotFound("document"))?;
    let mut bytes = Vec::with_capacity(usize::try_from(content.size).unwrap_or_default());
    for number in 0..u32::try_from(content.chunk_count).unwrap_or_default() {
        bytes.extend(storage.get(content.id, number).await?);
    }
    Ok(bytes)
}

/// Writes an upload's chunks as they fill, hashing and counting as it goes.
struct ChunkWriter<'a> {
    target: &'a UploadTarget,
    name: &'a str,
    content_id: Uuid,
    buffer: Vec<u8>,
    hasher: Sha256,
    size: u64,
    written: u32,
    format: Option<FileFormat>,
    started: bool,
}

impl<'a> ChunkWriter<'a> {
    fn new(target: &'a UploadTarget, name: &'a str) -> Self {
        Self {
            target,
            name,
            content_id: Uuid::new_v4(),
            buffer: Vec::with_capacity(CHUNK_BYTES),
            hasher: Sha256::new(),
            size: 0,
            written: 0,
            format: None,
            started: false,
        }
    }

    /// Takes the next bytes of the body; writes every chunk that fills.
    async fn push(
        &mut self,
        db: &DatabaseConnection,
        storage: &dyn ContentStore,
        now: DateTime<Utc>,
        bytes: &[u8],
    ) -> AppResult<()> {
        self.size = self.size.saturating_add(bytes.len() as u64);
        let limits = self.target.limits;
        if let Some(problem) = rules::size_problem(
            self.size,
            self.target.used,
            limits.file,
            total_limit(self.target.subject, limits),
        ) {
            return Err(AppError::conflict(ProblemKind::FileTooLarge, problem));
        }
        self.hasher.update(bytes);
        let mut rest = bytes;
        while !rest.is_empty() {
            let room = CHUNK_BYTES - self.buffer.len();
            let (now_part, later) = rest.split_at(room.min(rest.len()));
            self.buffer.extend_from_slice(now_part);
            rest = later;
            if self.buffer.len() == CHUNK_BYTES {
                self.write(db, storage, now).await?;
            }
        }
        Ok(())
    }

    /// Writes the buffered chunk, deciding the format from the first one.
    async fn write(
        &mut self,
        db: &DatabaseConnection,
        storage: &dyn ContentStore,
        now: DateTime<Utc>,
    ) -> AppResult<()> {
        if self.format.is_none() {
            let format = rules::sniff(&self.buffer, self.name).ok_or_else(|| {
                AppError::conflict(
                    ProblemKind::UnsupportedFileType,
                    crate::i18n::Message::new("document-unsupported"),
                )
            })?;
            self.format = Some(format);
            let row = content::Model {
                id: self.content_id,
                organisation_id: self.target.organisation_id,
                sha256: None,
                size: 0,
                format: format.as_str().to_owned(),
                chunk_count: 0,
                created_at: now,
            };
            store::insert_content(db, row).await?;
            self.started = true;
        }
        storage.put(self.content_id, self.written, &self.buffer).await?;
        self.written += 1;
        self.buffer.clear();
        Ok(())
    }

    /// Writes the last chunk and records the content, or answers the organisation's
    /// existing content with the same bytes.
    async fn finish(
        &mut self,
        db: &DatabaseConnection,
        storage: &dyn ContentStore,
        now: DateTime<Utc>,
    ) -> AppResult<StoredContent> {
        if self.size == 0 {
            return Err(AppError::conflict(
                ProblemKind::UnsupportedFileType,
                crate::i18n::Message::new("document-empty"),
            ));
        }
        if !self.buffer.is_empty() {
            self.write(db, storage, now).await?;
        }
        let sha256 = hex::encode(std::mem::take(&mut self.hasher).finalize());
        let stored = |content_id: Uuid, fresh: bool| StoredContent {
            content_id,
            name: self.name.to_owned(),
            size: self.size,
            format: self.format.unwrap_or(FileFormat::Text),
            fresh,
        };
        let organisation = self.target.organisation_id;
        if let Some(existing) = store::content_by_hash(db, organisation, &sha256).await? {
            discard_content(db, storage, self.content_id).await?;
            self.started = false;
            return Ok(stored(existing.id, false));
        }
        let size = i64::try_from(self.size).unwrap_or(i64::MAX);
        let count = i32::try_from(self.written).unwrap_or(i32::MAX);
        match store::complete_content(db, self.content_id, &sha256, size, count).await {
            Ok(()) => Ok(stored(self.content_id, true)),
            Err(error) if matches!(error.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => {
                let existing = store::content_by_hash(db, organisation, &sha256)
                    .await?
                    .ok_or_else(|| AppError::Internal("a content vanished while deduplicating".to_owned()))?;
                discard_content(db, storage, self.content_id).await?;
                self.started = false;
                Ok(stored(existing.id, false))
            }
            Err(error) => Err(error.into()),
        }
    }
}

async fn attach_in_transaction(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    target: &UploadTarget,
    stored: &StoredContent,
    details: UploadDetails,
) -> AppResult<DocumentResponse> {
    let subject = target.subject;
    let mut check = Validator::new();
    let kind = details
        .kind
        .and_then(|kind| check.take("kind", rules::check_kind(&kind)));
    let valid_until = details.valid_until.and_then(|text| {
        check.take(
            "valid_until",
            text.trim()
                .parse::<NaiveDate>()
                .map_err(|_| crate::i18n::Message::new("document-valid-until-invalid")),
        )
    });
    let question = details
        .question
        .or_else(|| target.question.clone())
        .map(|question| question.trim().to_owned());
    check.finish()?;
    if let Some(question) = &question {
        let file = AttachedFile {
            format: stored.format,
            bytes: stored.size,
        };
        check_question(db, subject, question, file).await?;
    }
    let txn = db.begin().await?;
    lock_subject(&txn, subject).await?;
    let organisation_id = editable(&txn, actor, subject).await?;
    let used = store::bytes_of_subject(&txn, subject.kind.as_str(), subject.id).await?;
    if let Some(problem) = rules::size_problem(
        stored.size,
        used,
        target.limits.file,
        total_limit(subject, target.limits),
    ) {
        return Err(AppError::conflict(ProblemKind::FileTooLarge, problem));
    }
    let content = store::find_content(&txn, stored.content_id).await?.ok_or_else(|| {
        AppError::conflict(
            ProblemKind::ConcurrentChange,
            "the upload was interrupted; send the file again",
        )
    })?;
    let row = store::insert_document(
        &txn,
        document::Model {
            id: Uuid::new_v4(),
            organisation_id,
            subject_type: subject.kind.as_str().to_owned(),
            subject_id: subject.id,
            kind,
            question,
            name: stored.name.clone(),
            content_id: stored.content_id,
            valid_until,
            uploaded_by: actor.id,
            uploaded_at: now,
        },
    )
    .await?;
    let response = response(row, &content)?;
    let view = json!({
        "name": response.name,
        "sha256": response.sha256,
        "size": response.size,
        "subject_type": response.subject_type,
        "subject_id": response.subject_id,
    });
    audit::commit(
        db,
        txn,
        vec![AuditEntry::created(
            actor.id,
            "document.uploaded",
            "document",
            response.id,
            view,
        )],
        now,
    )
    .await?;
    Ok(response)
}

/// A `question` part must name a `file` question of the application's call that accepts
/// the file (its format and size).
async fn check_question(db: &impl ConnectionTrait, subject: Subject, key: &str, file: AttachedFile) -> AppResult<()> {
    if subject.kind == SubjectKind::DueDiligence {
        return crate::diligence::service::check_item(db, subject.id, key).await;
    }
    if subject.kind != SubjectKind::Application {
        return Err(AppError::field(
            "question",
            "only an application's documents answer questions",
        ));
    }
    let application = crate::applications::service::found(db, subject.id).await?;
    let form = crate::forms::service::form_of(db, application.call_id).await?;
    let question = form
        .questions
        .iter()
        .find(|question| question.key == key && question.kind == crate::forms::rules::QuestionType::File)
        .ok_or_else(|| AppError::field("question", "is not a file question of the call's form"))?;
    crate::forms::rules::check_file(question, file).map_err(|problem| AppError::field("file", problem))
}

/// The organisation of a subject the caller may see; 404 otherwise.
async fn visible(db: &impl ConnectionTrait, actor: &CurrentUser, subject: Subject) -> AppResult<Uuid> {
    match subject.kind {
        SubjectKind::Application => {
            let application = crate::applications::service::visible_application(db, actor, subject.id).await?;
            Ok(application.organisation_id)
        }
        SubjectKind::Organisation => Ok(crate::organisations::service::visible(db, actor, subject.id).await?.id),
        SubjectKind::SponsorshipRequest => {
            let (request, _) = crate::sponsorships::service::visible_request(db, actor, subject.id).await?;
            Ok(request.organisation_id)
        }
        SubjectKind::ReportingObligation => {
            let (_, award) = crate::awards::service::visible_obligation(db, actor, subject.id).await?;
            Ok(award.organisation_id)
        }
        SubjectKind::DueDiligence => {
            let assessment = crate::diligence::service::visible_assessment(db, actor, subject.id).await?;
            Ok(assessment.organisation_id)
        }
        SubjectKind::Appeal => Ok(crate::decisions::service::visible_appeal(db, actor, subject.id)
            .await?
            .1),
        SubjectKind::Letter => crate::letters::service::visible(db, actor, subject.id).await,
    }
}

/// The organisation of a subject whose documents the caller may change now: 404 for
/// those who may not see it, 403 for those who see but do not upload (staff, where the
/// organisation's members upload), 409 once it can no longer change.
async fn editable(db: &impl ConnectionTrait, actor: &CurrentUser, subject: Subject) -> AppResult<Uuid> {
    let locked = |what: String| AppError::conflict(ProblemKind::DocumentLocked, what);
    match subject.kind {
        SubjectKind::Application => {
            let application = crate::applications::service::member_application(db, actor, subject.id).await?;
            if application.status != ApplicationStatus::Draft {
                return Err(locked(format!(
                    "the application is {}; its documents change only while it is a draft",
                    application.status.as_str()
                )));
            }
            Ok(application.organisation_id)
        }
        SubjectKind::Organisation => {
            let organisation = visible(db, actor, subject).await?;
            members_only(db, actor, organisation).await?;
            Ok(organisation)
        }
        SubjectKind::SponsorshipRequest => {
            let (request, _) = crate::sponsorships::service::visible_request(db, actor, subject.id).await?;
            members_only(db, actor, request.organisation_id).await?;
            use crate::sponsorships::rules::SponsorshipStatus::{Cancelled, Reconciled, Rejected};
            if matches!(request.status, Reconciled | Cancelled | Rejected) {
                return Err(locked(
                    "the sponsorship is settled; its tickets and receipts no longer change".to_owned(),
                ));
            }
            Ok(request.organisation_id)
        }
        SubjectKind::ReportingObligation => {
            let (report, award) = crate::awards::service::visible_obligation(db, actor, subject.id).await?;
            members_only(db, actor, award.organisation_id).await?;
            if report.status == crate::awards::rules::ObligationStatus::Received {
                return Err(locked(
                    "the office has received this report; its files no longer change".to_owned(),
                ));
            }
            Ok(award.organisation_id)
        }
        SubjectKind::DueDiligence => {
            let assessment = crate::diligence::service::assessment_taking_evidence(db, actor, subject.id).await?;
            Ok(assessment.organisation_id)
        }
        SubjectKind::Appeal => {
            let (appeal, organisation_id) = crate::decisions::service::visible_appeal(db, actor, subject.id).await?;
            members_only(db, actor, organisation_id).await?;
            if appeal.status != crate::decisions::rules::AppealStatus::Open {
                return Err(locked(format!(
                    "the appeal is {}; its annexes change only while it is open",
                    appeal.status.as_str()
                )));
            }
            Ok(organisation_id)
        }
        SubjectKind::Letter => {
            visible(db, actor, subject).await?;
            Err(locked("a letter of record is kept as it was issued".to_owned()))
        }
    }
}

/// Refuses staff who may see an organisation's records but do not upload for it.
async fn members_only(db: &impl ConnectionTrait, actor: &CurrentUser, organisation_id: Uuid) -> AppResult<()> {
    if crate::organisations::store::is_member(db, organisation_id, actor.id).await? {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "only the organisation's members add or remove its documents".to_owned(),
        ))
    }
}

async fn lock_subject(txn: &impl ConnectionTrait, subject: Subject) -> AppResult<()> {
    let table = match subject.kind {
        SubjectKind::Application => "applications",
        SubjectKind::Organisation => "organisations",
        SubjectKind::SponsorshipRequest => "sponsorship_requests",
        SubjectKind::ReportingObligation => "reporting_obligations",
        SubjectKind::DueDiligence => "due_diligence",
        SubjectKind::Appeal => "appeals",
        SubjectKind::Letter => "letters",
    };
    crate::db::lock_row(txn, table, subject.id).await?;
    Ok(())
}

/// The limit on a subject's documents together, where there is one.
fn total_limit(subject: Subject, limits: Limits) -> Option<u64> {
    match subject.kind {
        SubjectKind::Application => Some(limits.application),
        SubjectKind::Organisation
        | SubjectKind::SponsorshipRequest
        | SubjectKind::ReportingObligation
        | SubjectKind::DueDiligence
        | SubjectKind::Appeal
        | SubjectKind::Letter => None,
    }
}

async fn discard_content(db: &impl ConnectionTrait, storage: &dyn ContentStore, content_id: Uuid) -> AppResult<()> {
    if store::delete_unused_content(db, content_id).await? {
        storage.remove(content_id).await?;
    }
    Ok(())
}

fn subject_of(document: &document::Model) -> AppResult<Subject> {
    let kind = SubjectKind::parse(&document.subject_type)
        .ok_or_else(|| AppError::Internal(format!("document {} has an unknown subject type", document.id)))?;
    Ok(Subject {
        kind,
        id: document.subject_id,
    })
}

fn format_of(content: &content::Model) -> AppResult<FileFormat> {
    FileFormat::parse(&content.format)
        .ok_or_else(|| AppError::Internal(format!("content {} has an unknown format", content.id)))
}

fn response(document: document::Model, content: &content::Model) -> AppResult<DocumentResponse> {
    let format = format_of(content)?;
    Ok(DocumentResponse {
        id: document.id,
        name: document.name,
        kind: document.kind,
        question: document.question,
        size: u64::try_from(content.size).unwrap_or_default(),
        content_type: format.content_type().to_owned(),
        format,
        sha256: content.sha256.clone().unwrap_or_default(),
        valid_until: document.valid_until,
        subject_type: document.subject_type,
        subject_id: document.subject_id,
        uploaded_by: document.uploaded_by,
        uploaded_at: document.uploaded_at,
    })
}
