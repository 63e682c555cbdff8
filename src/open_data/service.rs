//! The open-data exports as every entry point gets them (the public endpoints, the
//! `grantdesk export` command, the benchmark): each accepted award is published under its
//! recipient's effective publication policy (`organisations::publication`), withheld ones
//! are left out and only counted.
//!
//! An export is written a page of awards at a time into a temporary file while its SHA-256
//! is computed, so memory stays bounded whatever the number of awards, the database
//! connection is never held while a client reads, and the digest is the `ETag`.

use std::collections::HashMap;
use std::io::SeekFrom;

use sea_orm::ConnectionTrait;
use sha2::{Digest, Sha256};
use tokio::io::{AsyncSeekExt, AsyncWriteExt};
use uuid::Uuid;

use super::json::{CurrencyTotals, OpenDataSummary, ProgrammeSummary, Totals};
use super::rules::{self, Grant, Office, Payment, Programme};
use super::store::{self, AwardPage};
use crate::calls::store::call;
use crate::config::Config;
use crate::error::{AppError, AppResult};
use crate::money::from_stored;
use crate::organisations::publication::{self, PublicationPolicy};
use crate::reference::Reference;

/// The two open standards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standard {
    /// 360Giving 1.4 data package (JSON).
    ThreeSixtyGiving,
    /// IATI 2.03 activity file (XML).
    Iati,
}

impl Standard {
    /// The media type of the file.
    pub fn content_type(self) -> &'static str {
        match self {
            Self::ThreeSixtyGiving => "application/json",
            Self::Iati => "application/xml",
        }
    }
}

/// A finished export: the file (rewound), its `ETag` and what it holds.
#[derive(Debug)]
pub struct Export {
    /// The file, positioned at its start; it is deleted when closed.
    pub file: std::fs::File,
    /// The strong entity tag (quoted SHA-256 of the bytes).
    pub etag: String,
    /// Its length in bytes.
    pub bytes: u64,
    /// How many grants it publishes.
    pub published: u64,
    /// How many grants it leaves out (withheld).
    pub excluded: u64,
}

/// How the configured office names itself in the exports.
pub fn office(config: &Config) -> Office {
    Office {
        name: config.office_name.clone(),
        organisation_id: config.open_data.organisation_id.clone(),
        prefix: config.open_data.prefix.clone(),
        aid_type: config.open_data.aid_type.clone(),
    }
}

/// Writes the export of `standard` into a temporary file, a page of awards at a time.
pub async fn export(
    db: &impl ConnectionTrait,
    office: &Office,
    reference: &Reference,
    standard: Standard,
) -> AppResult<Export> {
    let mut spool = Spool::new()?;
    let programmes: HashMap<Uuid, Programme> = store::public_calls(db)
        .await?
        .into_iter()
        .map(|row| (row.id, programme(row)))
        .collect();
    match standard {
        Standard::ThreeSixtyGiving => spool.write(rules::threesixtygiving_head(office).as_bytes()).await?,
        Standard::Iati => {
            spool.write(rules::iati_head().as_bytes()).await?;
            let mut ordered: Vec<&Programme> = programmes.values().collect();
            ordered.sort_by_key(|programme| programme.id);
            for programme in ordered {
                spool.write(rules::iati_programme(office, programme).as_bytes()).await?;
            }
        }
    }
    let (mut published, mut excluded) = (0_u64, 0_u64);
    let mut after = Uuid::nil();
    loop {
        let page = store::accepted_awards(db, after).await?;
        let Some(last) = page.awards.last() else { break };
        after = last.id;
        let full = page.awards.len() as u64 == store::PAGE;
        let mut chunk = String::new();
        for (grant, programme) in grants(&page, &programmes, reference) {
            let Some(grant) = grant else {
                excluded += 1;
                continue;
            };
            match standard {
                Standard::ThreeSixtyGiving => {
                    if published > 0 {
                        chunk.push(',');
                    }
                    chunk.push_str(&rules::threesixtygiving_grant(office, programme, &grant));
                }
                Standard::Iati => chunk.push_str(&rules::iati_grant(office, programme, &grant)),
            }
            published += 1;
        }
        spool.write(chunk.as_bytes()).await?;
        if !full {
            break;
        }
    }
    let tail = match standard {
        Standard::ThreeSixtyGiving => rules::THREESIXTYGIVING_TAIL.to_owned(),
        Standard::Iati => rules::iati_tail(excluded),
    };
    spool.write(tail.as_bytes()).await?;
    spool.finish(published, excluded).await
}

/// The calls and the office's totals: every accepted award counts, withheld ones as a
/// count and a sum only.
pub async fn summary(db: &impl ConnectionTrait, office: &Office) -> AppResult<OpenDataSummary> {
    let calls = store::public_calls(db).await?;
    let mut totals: Vec<CurrencyTotals> = Vec::new();
    for row in store::totals(db).await? {
        let at = match totals.iter().position(|total| total.currency == row.currency) {
            Some(at) => at,
            None => {
                totals.push(CurrencyTotals::empty(row.currency));
                totals.len() - 1
            }
        };
        let part = Totals {
            awards: row.count,
            awarded: from_stored(row.awarded),
            paid: from_stored(row.paid),
        };
        totals[at].add(part, row.withheld)?;
    }
    Ok(OpenDataSummary {
        publisher: office.name.clone(),
        publisher_identifier: office.organisation_id.clone(),
        calls: calls
            .into_iter()
            .map(|row| ProgrammeSummary {
                id: row.id,
                title: row.title,
                status: row.status,
                currency: row.currency.code().to_owned(),
                iati_identifier: rules::programme_identifier(office, row.id),
            })
            .collect(),
        totals,
    })
}

/// A call as the exports show it.
fn programme(row: call::Model) -> Programme {
    Programme {
        id: row.id,
        title: row.title,
        description: row.description,
        status: row.status,
        themes: serde_json::from_value(row.thematic_areas).unwrap_or_default(),
        currency: row.currency,
        opens_at: row.opens_at,
        updated_at: row.updated_at,
    }
}

/// Each award of the page with its programme: `None` when withheld.
fn grants<'a>(
    page: &'a AwardPage,
    programmes: &'a HashMap<Uuid, Programme>,
    reference: &'a Reference,
) -> impl Iterator<Item = (Option<Grant>, &'a Programme)> + 'a {
    page.awards.iter().filter_map(move |award| {
        let programme = programmes.get(&award.call_id)?;
        let application = page.applications.get(&award.application_id)?;
        let organisation = page.organisations.get(&award.organisation_id)?;
        let policy = publication::effective_policy(organisation, page.risks.get(&application.id).copied());
        let Some(published) =
            publication::published_recipient(organisation, policy, reference.country(&organisation.country))
        else {
            return Some((None, programme));
        };
        let payments: Vec<Payment> = page
            .payments
            .get(&award.id)
            .into_iter()
            .flatten()
            .filter_map(|row| {
                Some(Payment {
                    id: row.id,
                    paid_on: row.paid_on?,
                    amount: from_stored(row.amount),
                    currency: row.currency,
                })
            })
            .collect();
        let (mut title, mut description) = (application.title.clone(), application.summary.clone());
        if policy < PublicationPolicy::Full {
            let names = [
                organisation.legal_name.as_str(),
                organisation.short_name.as_deref().unwrap_or_default(),
                organisation.registration_number.as_deref().unwrap_or_default(),
            ];
            title = rules::strike_names(&title, &names);
            description = rules::strike_names(&description, &names);
        }
        let changed = [
            Some(award.awarded_at),
            award.accepted_at,
            award.closed_at,
            Some(organisation.updated_at),
        ]
        .into_iter()
        .chain(
            page.payments
                .get(&award.id)
                .into_iter()
                .flatten()
                .map(|row| row.paid_at),
        )
        .flatten()
        .max()
        .unwrap_or(award.awarded_at);
        let grant = Grant {
            reference: award.reference.clone(),
            title,
            description,
            currency: award.currency,
            amount: from_stored(award.amount),
            awarded_at: award.awarded_at,
            accepted_at: award.accepted_at.unwrap_or(award.awarded_at),
            status: award.status,
            closed_at: award.closed_at,
            tranches: page
                .tranches
                .get(&award.id)
                .into_iter()
                .flatten()
                .map(|row| (row.due_on, from_stored(row.amount)))
                .collect(),
            payments,
            published,
            modified: changed,
        };
        Some((Some(grant), programme))
    })
}

/// A temporary file being written, with the running digest of what was written.
struct Spool {
    file: tokio::fs::File,
    digest: Sha256,
    bytes: u64,
}

impl Spool {
    fn new() -> AppResult<Self> {
        let file = tempfile::tempfile().map_err(|error| AppError::Internal(format!("no temporary file: {error}")))?;
        Ok(Self {
            file: tokio::fs::File::from_std(file),
            digest: Sha256::new(),
            bytes: 0,
        })
    }

    async fn write(&mut self, bytes: &[u8]) -> AppResult<()> {
        self.digest.update(bytes);
        self.bytes += bytes.len() as u64;
        self.file.write_all(bytes).await.map_err(spool_error)
    }

    async fn finish(mut self, published: u64, excluded: u64) -> AppResult<Export> {
        self.file.flush().await.map_err(spool_error)?;
        self.file.seek(SeekFrom::Start(0)).await.map_err(spool_error)?;
        Ok(Export {
            file: self.file.into_std().await,
            etag: format!("\"{}\"", hex::encode(self.digest.finalize())),
            bytes: self.bytes,
            published,
            excluded,
        })
    }
}

fn spool_error(error: std::io::Error) -> AppError {
    AppError::Internal(format!("writing an export to its temporary file failed: {error}"))
}
