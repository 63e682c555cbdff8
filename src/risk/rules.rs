//! The rules of do-no-harm risk assessment, as pure functions: risk checks, the inherent
//! score, and who may approve.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::Validator;
use crate::i18n::Message;

/// What kind of harm a risk is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RiskCategory {
    /// Reprisals against the organisation or its people.
    Reprisal,
    /// Laws that restrict the organisation's work or foreign funding.
    LegalRestriction,
    /// Surveillance, hacking, exposure of data.
    DigitalSecurity,
    /// Harm to reputation, e.g. being seen as aligned with security agencies.
    Reputational,
    /// Physical safety of staff, participants or travellers.
    PhysicalSafety,
    /// Misuse or loss of funds.
    Financial,
    /// Anything else.
    Other,
}

/// One risk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    /// Category.
    pub category: RiskCategory,
    /// What could happen.
    pub description: String,
    /// 1 (rare) to 5 (almost certain).
    pub likelihood: u8,
    /// 1 (negligible) to 5 (severe).
    pub impact: u8,
    /// The mitigation agreed with the CSO.
    pub mitigation: String,
}

impl Risk {
    /// Likelihood times impact, 1 to 25.
    pub fn inherent_score(&self) -> u8 {
        self.likelihood.saturating_mul(self.impact)
    }
}

/// The officer's rating of what remains after mitigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ResidualRating {
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High: needs a second officer's approval.
    High,
    /// Critical: blocks any award.
    Critical,
}

impl ResidualRating {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Critical => "critical",
        }
    }

    /// The rating with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Low, Self::Medium, Self::High, Self::Critical]
            .into_iter()
            .find(|rating| rating.as_str() == name)
    }
}

/// Where an assessment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RiskStatus {
    /// Submitted, waiting for approval.
    Submitted,
    /// Approved.
    Approved,
}

impl RiskStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Submitted => "submitted",
            Self::Approved => "approved",
        }
    }

    /// The status with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Submitted, Self::Approved]
            .into_iter()
            .find(|status| status.as_str() == name)
    }
}

/// What an assessment is about: an application, or the trip of a sponsorship request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// The application with this id.
    Application(Uuid),
    /// The sponsored trip of the sponsorship request with this id.
    Sponsorship(Uuid),
}

impl Subject {
    /// The kind of subject.
    pub fn kind(self) -> SubjectKind {
        match self {
            Self::Application(_) => SubjectKind::Application,
            Self::Sponsorship(_) => SubjectKind::SponsorshipRequest,
        }
    }

    /// The subject's id.
    pub fn id(self) -> Uuid {
        match self {
            Self::Application(id) | Self::Sponsorship(id) => id,
        }
    }
}

/// The kind of subject an assessment is about, as stored in `subject_type` (and named in
/// the audit trail).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubjectKind {
    /// An application.
    Application,
    /// A sponsorship request's trip.
    SponsorshipRequest,
}

impl SubjectKind {
    /// The stored name (also the audit subject type).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Application => "application",
            Self::SponsorshipRequest => "sponsorship_request",
        }
    }

    /// The kind with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Application, Self::SponsorshipRequest]
            .into_iter()
            .find(|kind| kind.as_str() == name)
    }
}

/// Checks the risks: at least one; each with a description, a mitigation, and likelihood
/// and impact from 1 to 5.
pub fn check_risks(risks: &[Risk], check: &mut Validator) {
    check.check(risks.is_empty(), "risks", "name at least one risk, with its mitigation");
    for (index, risk) in risks.iter().enumerate() {
        check.required_text(&format!("risks[{index}].description"), &risk.description, 5_000);
        check.required_text(&format!("risks[{index}].mitigation"), &risk.mitigation, 5_000);
        check.check(
            !(1..=5).contains(&risk.likelihood),
            format!("risks[{index}].likelihood"),
            "must lie between 1 and 5",
        );
        check.check(
            !(1..=5).contains(&risk.impact),
            format!("risks[{index}].impact"),
            "must lie between 1 and 5",
        );
    }
}

/// What an approval does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Approval {
    /// The first of the two approvals a high residual risk needs.
    First,
    /// The assessment is approved.
    Complete,
}

/// Whether `approver` may approve now, given the residual rating and any first approval.
pub fn approve(
    status: RiskStatus,
    residual: ResidualRating,
    first_approver: Option<Uuid>,
    approver: Uuid,
) -> Result<Approval, Message> {
    if status == RiskStatus::Approved {
        return Err(Message::new("refused-risk-already-approved"));
    }
    match (residual, first_approver) {
        (ResidualRating::High, None) => Ok(Approval::First),
        (ResidualRating::High, Some(first)) if first == approver => Err(Message::new("refused-risk-second-officer")),
        _ => Ok(Approval::Complete),
    }
}

/// The do-no-harm gate of a sponsored trip: no assessment attached is no objection; an
/// attached one must be approved, with a residual rating below critical. The refusal is a
/// catalogue message: the API says it in English, a page in the reader's language.
pub fn check_trip_risk(risk: Option<(RiskStatus, ResidualRating)>) -> Result<(), Message> {
    match risk {
        None | Some((RiskStatus::Approved, ResidualRating::Low | ResidualRating::Medium | ResidualRating::High)) => {
            Ok(())
        }
        Some((RiskStatus::Submitted, _)) => Err(Message::new("refused-trip-risk-not-approved")),
        Some((RiskStatus::Approved, ResidualRating::Critical)) => Err(Message::new("refused-trip-risk-critical")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn risk(likelihood: u8, impact: u8) -> Risk {
        Risk {
            category: RiskCategory::Reprisal,
            description: "Participants identified by local militia".to_owned(),
            likelihood,
            impact,
            mitigation: "Closed venue, no photographs, pseudonyms in reports".to_owned(),
        }
    }

    #[test]
    fn the_inherent_score_is_likelihood_times_impact() {
        assert_eq!(risk(4, 5).inherent_score(), 20);
        assert_eq!(risk(1, 1).inherent_score(), 1);
    }

    #[test]
    fn risks_outside_the_scale_or_without_mitigation_are_refused() {
        let mut bad = risk(0, 6);
        bad.mitigation = " ".to_owned();
        let mut check = Validator::new();
        check_risks(&[bad], &mut check);
        let Err(crate::error::AppError::Validation(errors)) = check.finish() else {
            panic!("invalid")
        };
        let fields: Vec<String> = errors.into_iter().map(|error| error.field).collect();
        assert_eq!(
            fields,
            vec!["risks[0].mitigation", "risks[0].likelihood", "risks[0].impact"]
        );
        let mut none = Validator::new();
        check_risks(&[], &mut none);
        assert!(none.finish().is_err());
    }

    #[test]
    fn a_high_residual_needs_two_different_officers() {
        let (first, second) = (Uuid::from_u128(1), Uuid::from_u128(2));
        assert_eq!(
            approve(RiskStatus::Submitted, ResidualRating::High, None, first),
            Ok(Approval::First)
        );
        assert!(approve(RiskStatus::Submitted, ResidualRating::High, Some(first), first).is_err());
        assert_eq!(
            approve(RiskStatus::Submitted, ResidualRating::High, Some(first), second),
            Ok(Approval::Complete)
        );
    }

    #[test]
    fn lower_residuals_need_one_approval_and_approved_is_final() {
        let officer = Uuid::from_u128(1);
        for rating in [ResidualRating::Low, ResidualRating::Medium, ResidualRating::Critical] {
            assert_eq!(
                approve(RiskStatus::Submitted, rating, None, officer),
                Ok(Approval::Complete),
                "{rating:?}"
            );
        }
        assert!(approve(RiskStatus::Approved, ResidualRating::Low, None, officer).is_err());
    }

    #[test]
    fn a_trip_is_blocked_by_an_unapproved_or_critical_assessment_only() {
        assert!(check_trip_risk(None).is_ok());
        assert!(check_trip_risk(Some((RiskStatus::Approved, ResidualRating::High))).is_ok());
        assert!(check_trip_risk(Some((RiskStatus::Submitted, ResidualRating::Low))).is_err());
        assert!(check_trip_risk(Some((RiskStatus::Approved, ResidualRating::Critical))).is_err());
    }
}
