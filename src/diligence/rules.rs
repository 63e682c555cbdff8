//! The rules of due diligence, as pure functions: the standard checklist, item updates,
//! completion and an organisation's standing on a date.

use chrono::{DateTime, Months, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::Validator;

/// Where a checklist item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    /// Not yet checked.
    Open,
    /// Checked and satisfactory.
    Passed,
    /// Checked and not satisfactory.
    Failed,
    /// Does not apply to this organisation.
    NotApplicable,
}

/// One item of the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ChecklistItem {
    /// Stable key.
    pub key: String,
    /// What is checked.
    pub description: String,
    /// Where it stands.
    pub status: ItemStatus,
    /// Evidence note.
    pub note: Option<String>,
    /// Whether the item may pass only once a document of evidence is attached to it
    /// (`POST /due-diligence/{id}/items/{key}/documents`).
    #[serde(default)]
    pub requires_evidence: bool,
}

/// The key of the sanctions-screening item.
pub const SANCTIONS_ITEM: &str = "sanctions_screening";

/// The standard checklist every assessment opens with.
pub fn standard_checklist() -> Vec<ChecklistItem> {
    [
        (
            "legal_registration",
            "Legal registration verified with the registering authority",
        ),
        (
            "governing_documents",
            "Governing documents (statutes, by-laws) on file and current",
        ),
        (
            "governance_independence",
            "Governance and independence: the organisation is not government-controlled",
        ),
        (
            "financial_statements",
            "Audited financial statements or equivalent for the last financial year",
        ),
        ("bank_account", "Bank account verified in the organisation's own name"),
        (
            SANCTIONS_ITEM,
            "Organisation and members screened against the UN Security Council Consolidated List",
        ),
    ]
    .into_iter()
    .map(|(key, description)| ChecklistItem {
        key: key.to_owned(),
        description: description.to_owned(),
        status: ItemStatus::Open,
        note: None,
        requires_evidence: false,
    })
    .collect()
}

/// The overall rating an officer gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RiskRating {
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
}

impl RiskRating {
    /// Every rating.
    pub const ALL: [Self; 3] = [Self::Low, Self::Medium, Self::High];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }

    /// The rating with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|rating| rating.as_str() == name)
    }
}

/// Where an assessment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AssessmentStatus {
    /// Being worked on.
    Open,
    /// Completed with every item passed or not applicable and no true sanctions match.
    Passed,
    /// Completed with a failed item or a true sanctions match.
    Failed,
}

impl AssessmentStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Passed => "passed",
            Self::Failed => "failed",
        }
    }

    /// The status with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Open, Self::Passed, Self::Failed]
            .into_iter()
            .find(|status| status.as_str() == name)
    }
}

/// Refuses any change to an assessment that is no longer open: a completed assessment is
/// the record of what was found, and a new look at the organisation is a new assessment.
pub fn check_open(status: AssessmentStatus) -> Result<(), String> {
    match status {
        AssessmentStatus::Open => Ok(()),
        AssessmentStatus::Passed | AssessmentStatus::Failed => Err(format!(
            "the assessment is completed ({}) and can no longer change: open a new assessment of the organisation",
            status.as_str()
        )),
    }
}

/// An officer's change to one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemUpdate {
    /// Which item.
    pub key: String,
    /// Its new status.
    pub status: ItemStatus,
    /// Its note (kept when `None`).
    pub note: Option<String>,
    /// Whether it needs a document of evidence to pass (kept when `None`).
    pub requires_evidence: Option<bool>,
}

/// Applies item updates, refusing unknown keys.
pub fn apply_updates(items: &mut [ChecklistItem], updates: &[ItemUpdate], check: &mut Validator) {
    for (index, update) in updates.iter().enumerate() {
        match items.iter_mut().find(|item| item.key == update.key) {
            Some(item) => {
                item.status = update.status;
                if let Some(note) = &update.note {
                    item.note = Some(note.trim().to_owned()).filter(|note| !note.is_empty());
                }
                if let Some(required) = update.requires_evidence {
                    item.requires_evidence = required;
                }
            }
            None => check.push(
                format!("items[{index}].key"),
                format!("`{}` is not on the checklist", update.key),
            ),
        }
    }
}

/// Refuses updates that would pass an item requiring evidence while no document of
/// evidence is attached to it (`with_evidence`: the keys of the items that have one); the
/// error names the update's status field.
pub fn check_evidence(
    items: &[ChecklistItem],
    updates: &[ItemUpdate],
    with_evidence: &[String],
    check: &mut Validator,
) {
    let lacking = items_lacking_evidence(items, with_evidence);
    for (index, update) in updates.iter().enumerate() {
        if lacking.contains(&update.key.as_str()) {
            check.push(
                format!("items[{index}].status"),
                crate::i18n::Message::new("diligence-item-needs-evidence").with("item", update.key.as_str()),
            );
        }
    }
}

/// The keys of the passed items that require evidence and have none.
pub fn items_lacking_evidence<'a>(items: &'a [ChecklistItem], with_evidence: &[String]) -> Vec<&'a str> {
    items
        .iter()
        .filter(|item| item.status == ItemStatus::Passed && item.requires_evidence)
        .filter(|item| !with_evidence.contains(&item.key))
        .map(|item| item.key.as_str())
        .collect()
}

/// What an officer found about a sanctions match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MatchOutcome {
    /// Not the listed entry.
    FalsePositive,
    /// The listed entry: the assessment fails.
    TrueMatch,
}

impl MatchOutcome {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FalsePositive => "false_positive",
            Self::TrueMatch => "true_match",
        }
    }

    /// The outcome with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::FalsePositive, Self::TrueMatch]
            .into_iter()
            .find(|outcome| outcome.as_str() == name)
    }
}

/// The outcome of completing an assessment, or why it cannot be completed yet.
pub fn completion(
    items: &[ChecklistItem],
    screened: bool,
    matches: &[Option<MatchOutcome>],
) -> Result<AssessmentStatus, String> {
    let open: Vec<&str> = items
        .iter()
        .filter(|item| item.status == ItemStatus::Open)
        .map(|item| item.key.as_str())
        .collect();
    if !open.is_empty() {
        return Err(format!(
            "checklist items are still open ({}): record a finding on each, then complete the assessment",
            open.join(", ")
        ));
    }
    if !screened {
        return Err(
            "the organisation has not been screened against the sanctions list: screen it, then complete the assessment"
                .to_owned(),
        );
    }
    let pending = matches.iter().filter(|outcome| outcome.is_none()).count();
    if pending > 0 {
        return Err(format!(
            "{pending} sanctions match(es) are not adjudicated: record a finding on each, then complete the assessment"
        ));
    }
    let failed =
        items.iter().any(|item| item.status == ItemStatus::Failed) || matches.contains(&Some(MatchOutcome::TrueMatch));
    Ok(if failed {
        AssessmentStatus::Failed
    } else {
        AssessmentStatus::Passed
    })
}

/// Until when a completed assessment is valid.
pub fn valid_until(completed_at: DateTime<Utc>, months: u32) -> DateTime<Utc> {
    completed_at
        .checked_add_months(Months::new(months))
        .unwrap_or(completed_at)
}

/// An organisation's due-diligence standing on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// No completed assessment.
    Missing,
    /// The latest completed assessment failed.
    Failed,
    /// The latest completed assessment passed but expired at this instant.
    Expired(DateTime<Utc>),
    /// Valid until this instant.
    Valid(DateTime<Utc>),
}

/// The standing given the latest completed assessment (status and validity).
pub fn standing(latest_completed: Option<(AssessmentStatus, Option<DateTime<Utc>>)>, at: DateTime<Utc>) -> Standing {
    match latest_completed {
        None | Some((AssessmentStatus::Open, _)) => Standing::Missing,
        Some((AssessmentStatus::Failed, _)) => Standing::Failed,
        Some((AssessmentStatus::Passed, Some(until))) if until > at => Standing::Valid(until),
        Some((AssessmentStatus::Passed, until)) => Standing::Expired(until.unwrap_or(at)),
    }
}

/// A candidate match the list in force finds that the organisation's assessment did not
/// adjudicate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCandidate {
    /// The name screened.
    pub subject_name: String,
    /// The listed entry it resembles, with its reference number.
    pub entry: String,
}

/// Whether a passed assessment still covers the organisation: the names it screened are
/// the names it has now, and the list in force finds no candidate it did not adjudicate.
/// The refusal names what changed and the way forward.
pub fn check_screening_current(
    screened: &[String],
    current: &[String],
    new_candidates: &[NewCandidate],
) -> Result<(), String> {
    const WAY_FORWARD: &str = "an officer opens a new due-diligence assessment, screens the organisation, adjudicates every match and completes it; then try again";
    if screened != current {
        let added: Vec<&str> = current
            .iter()
            .filter(|name| !screened.contains(name))
            .map(String::as_str)
            .collect();
        let removed: Vec<&str> = screened
            .iter()
            .filter(|name| !current.contains(name))
            .map(String::as_str)
            .collect();
        return Err(format!(
            "the organisation's names changed since its due diligence was screened (not screened: {}; no longer used: {}): {WAY_FORWARD}",
            listed(&added),
            listed(&removed),
        ));
    }
    if !new_candidates.is_empty() {
        let found: Vec<String> = new_candidates
            .iter()
            .map(|candidate| format!("{} resembles {}", candidate.subject_name, candidate.entry))
            .collect();
        return Err(format!(
            "the sanctions list as loaded now finds matches the due diligence did not adjudicate ({}): {WAY_FORWARD}",
            found.join("; ")
        ));
    }
    Ok(())
}

/// Names joined for a sentence, or "none".
fn listed(names: &[&str]) -> String {
    if names.is_empty() {
        "none".to_owned()
    } else {
        names.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn closed(status: ItemStatus) -> Vec<ChecklistItem> {
        standard_checklist()
            .into_iter()
            .map(|item| ChecklistItem { status, ..item })
            .collect()
    }

    #[test]
    fn the_standard_checklist_has_six_open_items() {
        let items = standard_checklist();
        assert_eq!(items.len(), 6);
        assert!(items.iter().all(|item| item.status == ItemStatus::Open));
        assert!(items.iter().any(|item| item.key == SANCTIONS_ITEM));
    }

    #[test]
    fn completion_needs_every_item_closed_a_screening_and_every_match_adjudicated() {
        let mut items = closed(ItemStatus::Passed);
        items[2].status = ItemStatus::Open;
        assert!(
            completion(&items, true, &[])
                .unwrap_err()
                .contains("governance_independence")
        );
        let items = closed(ItemStatus::Passed);
        assert!(completion(&items, false, &[]).unwrap_err().contains("screened"));
        assert!(
            completion(&items, true, &[Some(MatchOutcome::FalsePositive), None])
                .unwrap_err()
                .contains("1 sanctions")
        );
        assert_eq!(
            completion(&items, true, &[Some(MatchOutcome::FalsePositive)]),
            Ok(AssessmentStatus::Passed)
        );
    }

    #[test]
    fn a_failed_item_or_a_true_match_fails_the_assessment() {
        let mut items = closed(ItemStatus::NotApplicable);
        items[0].status = ItemStatus::Passed;
        assert_eq!(completion(&items, true, &[]), Ok(AssessmentStatus::Passed));
        assert_eq!(
            completion(&items, true, &[Some(MatchOutcome::TrueMatch)]),
            Ok(AssessmentStatus::Failed)
        );
        items[4].status = ItemStatus::Failed;
        assert_eq!(completion(&items, true, &[]), Ok(AssessmentStatus::Failed));
    }

    #[test]
    fn only_an_open_assessment_changes() {
        assert_eq!(check_open(AssessmentStatus::Open), Ok(()));
        for status in [AssessmentStatus::Passed, AssessmentStatus::Failed] {
            assert!(check_open(status).unwrap_err().contains("open a new assessment"));
        }
    }

    #[test]
    fn stored_names_read_back_and_nothing_else_does() {
        for status in [
            AssessmentStatus::Open,
            AssessmentStatus::Passed,
            AssessmentStatus::Failed,
        ] {
            assert_eq!(AssessmentStatus::parse(status.as_str()), Some(status));
        }
        for rating in RiskRating::ALL {
            assert_eq!(RiskRating::parse(rating.as_str()), Some(rating));
            assert_eq!(serde_json::json!(rating), serde_json::json!(rating.as_str()));
        }
        for outcome in [MatchOutcome::FalsePositive, MatchOutcome::TrueMatch] {
            assert_eq!(MatchOutcome::parse(outcome.as_str()), Some(outcome));
        }
        assert_eq!(AssessmentStatus::parse("Passed"), None);
        assert_eq!(RiskRating::parse("critical"), None);
    }

    #[test]
    fn a_changed_name_or_a_new_candidate_asks_for_a_new_screening() {
        let screened = vec!["WPN".to_owned(), "Women for Peace Network".to_owned()];
        assert_eq!(check_screening_current(&screened, &screened, &[]), Ok(()));
        let renamed = vec!["Al-Shabaab".to_owned(), "Harakat al-Shabaab al-Mujahideen".to_owned()];
        let refusal = check_screening_current(&screened, &renamed, &[]).expect_err("renamed");
        assert!(
            refusal.contains("not screened: Al-Shabaab, Harakat al-Shabaab al-Mujahideen"),
            "{refusal}"
        );
        assert!(
            refusal.contains("no longer used: WPN, Women for Peace Network"),
            "{refusal}"
        );
        let candidate = NewCandidate {
            subject_name: "WPN".to_owned(),
            entry: "WPN (QDe.999)".to_owned(),
        };
        let refusal = check_screening_current(&screened, &screened, &[candidate]).expect_err("new match");
        assert!(refusal.contains("WPN resembles WPN (QDe.999)"), "{refusal}");
        assert!(refusal.contains("adjudicates every match"), "{refusal}");
    }

    #[test]
    fn unknown_items_are_refused() {
        let mut items = standard_checklist();
        let mut check = Validator::new();
        let updates = [
            ItemUpdate {
                key: "bank_account".to_owned(),
                status: ItemStatus::Passed,
                note: Some("Letter from Equity Bank".to_owned()),
                requires_evidence: None,
            },
            ItemUpdate {
                key: "horoscope".to_owned(),
                status: ItemStatus::Passed,
                note: None,
                requires_evidence: None,
            },
        ];
        apply_updates(&mut items, &updates, &mut check);
        assert!(check.finish().is_err());
        assert_eq!(items[4].status, ItemStatus::Passed);
        assert_eq!(items[4].note.as_deref(), Some("Letter from Equity Bank"));
    }

    #[test]
    fn an_item_requiring_evidence_passes_only_with_a_document() {
        let mut items = standard_checklist();
        let mut check = Validator::new();
        let updates = [ItemUpdate {
            key: "bank_account".to_owned(),
            status: ItemStatus::Passed,
            note: None,
            requires_evidence: Some(true),
        }];
        apply_updates(&mut items, &updates, &mut check);
        check_evidence(&items, &updates, &[], &mut check);
        assert!(check.finish().is_err());
        assert_eq!(items_lacking_evidence(&items, &[]), vec!["bank_account"]);
        let mut check = Validator::new();
        check_evidence(&items, &updates, &["bank_account".to_owned()], &mut check);
        assert!(check.finish().is_ok());
    }

    #[test]
    fn an_assessment_is_valid_for_its_months_then_expires() {
        let completed = DateTime::parse_from_rfc3339("2026-01-31T10:00:00Z")
            .expect("instant")
            .with_timezone(&Utc);
        let until = valid_until(completed, 24);
        assert_eq!(until.to_rfc3339(), "2028-01-31T10:00:00+00:00");
        assert_eq!(
            standing(
                Some((AssessmentStatus::Passed, Some(until))),
                until - Duration::seconds(1)
            ),
            Standing::Valid(until)
        );
        assert_eq!(
            standing(Some((AssessmentStatus::Passed, Some(until))), until),
            Standing::Expired(until)
        );
        assert_eq!(
            standing(Some((AssessmentStatus::Failed, Some(until))), completed),
            Standing::Failed
        );
        assert_eq!(standing(None, completed), Standing::Missing);
    }
}
