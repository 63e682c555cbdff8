//! The rules of an award, as pure functions: its state machine and its reference.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// Where an award is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AwardStatus {
    /// Decided; the organisation has not yet accepted the terms.
    PendingAcceptance,
    /// Terms accepted; money may flow.
    Active,
    /// Every tranche paid and every report received.
    Completed,
    /// Ended early.
    Terminated,
}

impl AwardStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PendingAcceptance => "pending_acceptance",
            Self::Active => "active",
            Self::Completed => "completed",
            Self::Terminated => "terminated",
        }
    }

    /// The status with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::PendingAcceptance, Self::Active, Self::Completed, Self::Terminated]
            .into_iter()
            .find(|status| status.as_str() == name)
    }
}

/// What happens to an award.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AwardAction {
    /// The organisation accepts the terms.
    Accept,
    /// All tranches paid and reports received.
    Complete,
    /// The office ends the award.
    Terminate,
}

/// The state machine of an award: the state after `action`, or why it is refused.
pub fn transition(status: AwardStatus, action: AwardAction) -> Result<AwardStatus, String> {
    use AwardAction as A;
    use AwardStatus as S;
    match (status, action) {
        (S::PendingAcceptance, A::Accept) => Ok(S::Active),
        (S::Active, A::Complete) => Ok(S::Completed),
        (S::PendingAcceptance | S::Active, A::Terminate) => Ok(S::Terminated),
        (status, action) => Err(format!(
            "a {} award cannot be {}",
            status.as_str().replace('_', " "),
            match action {
                A::Accept => "accepted",
                A::Complete => "completed",
                A::Terminate => "terminated",
            }
        )),
    }
}

/// The award's reference, printed on letters and payments: the year and the first eight
/// hex digits of its id (`GD-2026-3F9A1C2B`).
pub fn reference(id: Uuid, year: i32) -> String {
    format!("GD-{year}-{}", &id.simple().to_string()[..8].to_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use AwardAction as A;
    use AwardStatus as S;

    #[test]
    fn every_allowed_transition_and_every_refused_one() {
        let allowed = [
            (S::PendingAcceptance, A::Accept, S::Active),
            (S::Active, A::Complete, S::Completed),
            (S::PendingAcceptance, A::Terminate, S::Terminated),
            (S::Active, A::Terminate, S::Terminated),
        ];
        for status in [S::PendingAcceptance, S::Active, S::Completed, S::Terminated] {
            for action in [A::Accept, A::Complete, A::Terminate] {
                let expected = allowed
                    .iter()
                    .find(|(from, on, _)| *from == status && *on == action)
                    .map(|(_, _, to)| *to);
                assert_eq!(transition(status, action).ok(), expected, "{status:?} {action:?}");
            }
        }
    }

    #[test]
    fn the_reference_names_the_year_and_the_id() {
        let id = Uuid::parse_str("3f9a1c2b-0000-4000-8000-000000000000").expect("uuid");
        assert_eq!(reference(id, 2026), "GD-2026-3F9A1C2B");
    }
}
