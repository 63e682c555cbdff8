//! The representation report of an event: who asked and who is sponsored, by gender, age
//! band, region of nationality (the office's regions, or UN M49 continents with
//! `regions=m49`), women-led and youth-led organisation, against the office's targets;
//! shares in percent with two decimals; as JSON or as CSV (the warnings included).

use sea_orm::ConnectionTrait;
use serde_json::json;
use uuid::Uuid;

use super::json::{GroupCounts, RepresentationQuery, RepresentationResponse};
use super::rules::{self, Breakdown, SponsorshipStatus, Targets, Traveller};
use super::service::leadership_of;
use super::store;
use crate::error::{AppError, AppResult, Validator};
use crate::reference::Reference;

/// The representation of an event's requests and approved travellers. The targets are the
/// office's (`configured`: women, young, region, in percent) unless the query asks for
/// others; the warnings are written in the query's `lang` (else the request's language).
pub async fn representation(
    db: &impl ConnectionTrait,
    reference: &Reference,
    event_id: Uuid,
    query: &RepresentationQuery,
    configured: [u8; 3],
) -> AppResult<Report> {
    let rows = store::of_event(db, event_id, None).await?;
    let organisations = leadership_of(db, &rows).await?;
    let mut requested = Vec::new();
    let mut approved = Vec::new();
    for row in &rows {
        if matches!(row.status, SponsorshipStatus::Cancelled | SponsorshipStatus::Draft) {
            continue;
        }
        let (women_led, youth_led) = organisations.get(&row.organisation_id).copied().unwrap_or_default();
        let traveller = Traveller {
            gender: row.gender,
            age_band: row.age_band,
            region: reference.region_of(&row.nationality, query.regions.unwrap_or_default()),
            women_led,
            youth_led,
        };
        if row.status.holds_budget() {
            approved.push(traveller.clone());
        }
        requested.push(traveller);
    }
    let targets = targets_of(query, configured)?;
    let language = query.lang.unwrap_or_else(crate::i18n::current);
    let region_name = |region: &str| reference.regions.name_in(region, language);
    let warnings = rules::warnings(&approved, Targets::from_percent(targets), region_name)
        .iter()
        .map(|warning| warning.render(language))
        .collect();
    Ok(Report {
        requests: rules::breakdown(&requested),
        approved: rules::breakdown(&approved),
        warnings,
        targets,
    })
}

/// The representation of an event: who asked, who is sponsored, the warnings against the
/// targets, and the targets themselves.
#[derive(Debug, Clone)]
pub struct Report {
    /// Every submitted request (drafts and cancelled requests left out).
    pub requests: Breakdown,
    /// Approved (and travelled or reconciled) travellers.
    pub approved: Breakdown,
    /// Where approved travellers fall short of the targets, written out.
    pub warnings: Vec<String>,
    /// The targets in percent: minimum women, minimum aged 18-34, maximum per region.
    pub targets: [u8; 3],
}

impl Report {
    /// The report as JSON.
    pub fn json(self) -> RepresentationResponse {
        as_json(&self.requests, &self.approved, self.warnings)
    }

    /// The report as CSV (see [`as_csv`]).
    pub fn csv(&self) -> AppResult<Vec<u8>> {
        as_csv(&self.requests, &self.approved, &self.warnings)
    }
}

/// The targets the query asks for (each at most 100), else the office's (`configured`).
fn targets_of(query: &RepresentationQuery, configured: [u8; 3]) -> AppResult<[u8; 3]> {
    let asked = [query.min_women, query.min_young, query.max_region];
    let mut check = Validator::new();
    for (field, asked) in ["min_women", "min_young", "max_region"].into_iter().zip(asked) {
        check.check(
            asked.is_some_and(|asked| asked > 100),
            field,
            crate::i18n::Message::new("leftovers-percentage-range"),
        );
    }
    check.finish()?;
    let mut targets = configured;
    for (target, asked) in targets.iter_mut().zip(asked) {
        if let Some(asked) = asked {
            *target = asked;
        }
    }
    Ok(targets)
}

/// The report's parts as JSON.
fn as_json(requests: &Breakdown, sponsored: &Breakdown, warnings: Vec<String>) -> RepresentationResponse {
    RepresentationResponse {
        requests: group_counts(requests),
        approved: group_counts(sponsored),
        warnings,
    }
}

/// The report as CSV: one row per group, dimension and value (share in percent), then one
/// row per warning (group `warning`, the sentence as its value).
fn as_csv(requests: &Breakdown, sponsored: &Breakdown, warnings: &[String]) -> AppResult<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let failed = |error: csv::Error| AppError::Internal(error.to_string());
    writer
        .write_record(["group", "dimension", "value", "count", "share"])
        .map_err(failed)?;
    for (group, counts) in [("requests", requests), ("approved", sponsored)] {
        for (dimension, values) in dimensions(counts) {
            for (value, count) in values {
                let share = rules::share_text(*count, counts.total);
                writer
                    .write_record([group, dimension, value.as_str(), &count.to_string(), &share])
                    .map_err(failed)?;
            }
        }
    }
    for warning in warnings {
        writer
            .write_record(["warning", "", warning.as_str(), "", ""])
            .map_err(failed)?;
    }
    writer
        .into_inner()
        .map_err(|error| AppError::Internal(error.to_string()))
}

fn dimensions(counts: &Breakdown) -> [(&'static str, &rules::Counts); 5] {
    [
        ("gender", &counts.gender),
        ("age_band", &counts.age_band),
        ("region", &counts.region),
        ("women_led", &counts.women_led),
        ("youth_led", &counts.youth_led),
    ]
}

fn group_counts(counts: &Breakdown) -> GroupCounts {
    let by: serde_json::Map<String, serde_json::Value> = dimensions(counts)
        .into_iter()
        .map(|(dimension, values)| {
            let values: serde_json::Map<String, serde_json::Value> = values
                .iter()
                .map(|(value, count)| {
                    (
                        value.clone(),
                        json!({"count": count, "share": rules::share_text(*count, counts.total)}),
                    )
                })
                .collect();
            (dimension.to_owned(), serde_json::Value::Object(values))
        })
        .collect();
    GroupCounts {
        total: counts.total,
        by: serde_json::Value::Object(by),
    }
}
