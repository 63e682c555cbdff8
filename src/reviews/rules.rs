//! The rules of review, as pure functions: score checks, a review's weighted score, and the
//! calibrated ranking of a call's applications.
//!
//! **Scores.** Each rubric criterion is scored with a whole number inside its
//! `[min_score, max_score]`. A review's *weighted score* is the weighted mean of its scores,
//! each first put on a 0-100 scale (`(score - min) / (max - min) * 100`), so criteria with
//! different scales weigh only by their rubric weight.
//!
//! **Ranking.** For each application: the *weighted mean* of its reviews' weighted scores;
//! the *normalised mean*, the mean of its reviews' z-scores, where each reviewer's weighted
//! scores are turned into z-scores over all that reviewer's reviews in the call
//! (population standard deviation; a reviewer with one review or zero spread counts 0), so
//! that harsh and lenient reviewers count alike; the *review count*; and the *spread*
//! (highest minus lowest weighted score among its reviews).
//!
//! **Order and ties.** Applications rank by weighted mean (highest first); ties are broken
//! by normalised mean (highest first), then by review count (most first), then by
//! application id (ascending), so the order never depends on storage. Applications
//! without reviews come last. Tied applications on every measure but the id share no rank:
//! ranks are 1, 2, 3, ... in this order.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use rust_decimal::{Decimal, MathematicalOps};
use uuid::Uuid;

use crate::applications::rules::ApplicationStatus;
use crate::calls::rules::RubricCriterion;
use crate::error::Validator;

/// Decimals kept in computed scores.
pub const SCORE_DECIMALS: u32 = 4;

/// Where a reviewer's assignment is: active until the reviewer declares a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AssignmentStatus {
    /// The reviewer reviews the application; only active assignments' reviews count.
    Active,
    /// Ended by the reviewer's declared conflict of interest.
    ConflictDeclared,
}

impl AssignmentStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::ConflictDeclared => "conflict_declared",
        }
    }

    /// The status with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Active, Self::ConflictDeclared]
            .into_iter()
            .find(|status| status.as_str() == name)
    }
}

/// Checks a reviewer's scores: one whole number per rubric criterion, inside its scale,
/// and nothing else.
pub fn check_scores(scores: &BTreeMap<String, i64>, rubric: &[RubricCriterion], check: &mut Validator) {
    for criterion in rubric {
        match scores.get(&criterion.key) {
            None => check.push(
                format!("scores.{}", criterion.key),
                "score every criterion of the rubric",
            ),
            Some(score) if *score < i64::from(criterion.min_score) || *score > i64::from(criterion.max_score) => {
                check.push(
                    format!("scores.{}", criterion.key),
                    format!("must lie between {} and {}", criterion.min_score, criterion.max_score),
                );
            }
            Some(_) => {}
        }
    }
    for key in scores.keys() {
        check.check(
            !rubric.iter().any(|criterion| &criterion.key == key),
            format!("scores.{key}"),
            format!("`{key}` is not a criterion of this call's rubric"),
        );
    }
}

/// The weighted score (0-100) of a complete, checked set of scores.
pub fn weighted_score(scores: &BTreeMap<String, i64>, rubric: &[RubricCriterion]) -> Decimal {
    let mut weighted = Decimal::ZERO;
    let mut weights = Decimal::ZERO;
    for criterion in rubric {
        let Some(score) = scores.get(&criterion.key) else {
            continue;
        };
        let range = Decimal::from(criterion.max_score - criterion.min_score);
        if range <= Decimal::ZERO {
            continue;
        }
        let on_scale = (Decimal::from(*score) - Decimal::from(criterion.min_score)) / range * Decimal::ONE_HUNDRED;
        weighted += on_scale * criterion.weight;
        weights += criterion.weight;
    }
    if weights.is_zero() {
        Decimal::ZERO
    } else {
        (weighted / weights).round_dp(SCORE_DECIMALS).normalize()
    }
}

/// One review, reduced to what ranking needs.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoredReview {
    /// The application reviewed.
    pub application_id: Uuid,
    /// The reviewer.
    pub reviewer_id: Uuid,
    /// The review's weighted score (0-100).
    pub score: Decimal,
}

/// One application's place in the ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    /// The application.
    pub application_id: Uuid,
    /// Mean of its reviews' weighted scores; `None` without reviews.
    pub weighted_mean: Option<Decimal>,
    /// Mean of its reviews' reviewer-normalised z-scores; `None` without reviews.
    pub normalised_mean: Option<Decimal>,
    /// Number of reviews.
    pub review_count: usize,
    /// Highest minus lowest weighted score among its reviews.
    pub spread: Option<Decimal>,
    /// 1 for the first.
    pub rank: usize,
}

/// Ranks the given applications by their reviews (see the module documentation).
pub fn rank(applications: &[Uuid], reviews: &[ScoredReview]) -> Vec<Ranked> {
    let z_scores = reviewer_z_scores(reviews);
    let mut ranked: Vec<Ranked> = applications
        .iter()
        .map(|application_id| {
            let own: Vec<(usize, &ScoredReview)> = reviews
                .iter()
                .enumerate()
                .filter(|(_, review)| review.application_id == *application_id)
                .collect();
            let scores: Vec<Decimal> = own.iter().map(|(_, review)| review.score).collect();
            let zs: Vec<Decimal> = own.iter().map(|(index, _)| z_scores[*index]).collect();
            Ranked {
                application_id: *application_id,
                weighted_mean: mean(&scores),
                normalised_mean: mean(&zs),
                review_count: scores.len(),
                spread: match (scores.iter().max(), scores.iter().min()) {
                    (Some(high), Some(low)) => Some((high - low).normalize()),
                    _ => None,
                },
                rank: 0,
            }
        })
        .collect();
    ranked.sort_by(|left, right| {
        let key = |entry: &Ranked| {
            (
                entry.weighted_mean.is_some(),
                entry.weighted_mean,
                entry.normalised_mean,
                entry.review_count,
            )
        };
        key(right)
            .cmp(&key(left))
            .then(left.application_id.cmp(&right.application_id))
    });
    for (index, entry) in ranked.iter_mut().enumerate() {
        entry.rank = index + 1;
    }
    ranked
}

/// Each review's z-score among its reviewer's reviews, in the order of `reviews`.
pub fn reviewer_z_scores(reviews: &[ScoredReview]) -> Vec<Decimal> {
    let mut by_reviewer: HashMap<Uuid, Vec<Decimal>> = HashMap::new();
    for review in reviews {
        by_reviewer.entry(review.reviewer_id).or_default().push(review.score);
    }
    let stats: HashMap<Uuid, Option<(Decimal, Decimal)>> = by_reviewer
        .into_iter()
        .map(|(reviewer, scores)| (reviewer, mean_and_deviation(&scores)))
        .collect();
    reviews
        .iter()
        .map(|review| match stats.get(&review.reviewer_id).copied().flatten() {
            Some((mean, deviation)) => ((review.score - mean) / deviation).round_dp(SCORE_DECIMALS).normalize(),
            None => Decimal::ZERO,
        })
        .collect()
}

/// Mean and population standard deviation, or `None` for fewer than two values or no spread.
fn mean_and_deviation(values: &[Decimal]) -> Option<(Decimal, Decimal)> {
    if values.len() < 2 {
        return None;
    }
    let mean = mean(values)?;
    let count = Decimal::from(values.len());
    let variance = values
        .iter()
        .map(|value| (value - mean) * (value - mean))
        .sum::<Decimal>()
        / count;
    let deviation = variance.sqrt()?;
    if deviation.is_zero() {
        None
    } else {
        Some((mean, deviation))
    }
}

fn mean(values: &[Decimal]) -> Option<Decimal> {
    if values.is_empty() {
        return None;
    }
    Some(
        (values.iter().sum::<Decimal>() / Decimal::from(values.len()))
            .round_dp(SCORE_DECIMALS)
            .normalize(),
    )
}

/// Whether a review may be written or revised now. Reviews freeze once the application has
/// a decision: nothing changes while it is awarded, rejected or under appeal; when an appeal
/// sends it back to review, a review written before the decision (`decided_at`) stays frozen
/// until an officer reopens it, while a review first written after it may change.
/// `opened_at` is when the existing review was submitted or last reopened (`None` for a new
/// review).
pub fn check_review_open(
    status: ApplicationStatus,
    decided_at: Option<DateTime<Utc>>,
    opened_at: Option<DateTime<Utc>>,
) -> Result<(), String> {
    if status != ApplicationStatus::UnderReview {
        return Err(format!(
            "the application is {}; its reviews are frozen and can no longer change",
            status.as_str()
        ));
    }
    match (decided_at, opened_at) {
        (Some(decided_at), Some(opened_at)) if opened_at <= decided_at => Err(format!(
            "the application was decided on {} after this review was written; the review is frozen \
             until an officer reopens it with a reason",
            decided_at.format("%Y-%m-%d %H:%M UTC")
        )),
        _ => Ok(()),
    }
}

/// Whether an officer may reopen a review: only a frozen review of an application an appeal
/// has sent back to review.
pub fn check_reopen(
    status: ApplicationStatus,
    decided_at: Option<DateTime<Utc>>,
    opened_at: DateTime<Utc>,
) -> Result<(), String> {
    if status != ApplicationStatus::UnderReview || decided_at.is_none() {
        return Err(format!(
            "the application is {}: a review is reopened only when an appeal has sent a decided \
             application back to review",
            status.as_str()
        ));
    }
    if check_review_open(status, decided_at, Some(opened_at)).is_ok() {
        return Err("the review is open already: the reviewer can revise it".to_owned());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reviews_freeze_with_the_decision_and_reopen_only_after_an_appeal_sends_it_back() {
        use ApplicationStatus as S;
        let at =
            |hour: u32| DateTime::parse_from_rfc3339(&format!("2027-01-01T{hour:02}:00:00Z")).map(|at| at.to_utc());
        let (written, decided, reopened) = (at(9).ok(), at(10).ok(), at(11).ok());
        assert!(
            check_review_open(S::UnderReview, None, written).is_ok(),
            "never decided"
        );
        assert!(check_review_open(S::UnderReview, None, None).is_ok());
        for status in [S::Awarded, S::Rejected, S::Appealed] {
            assert!(check_review_open(status, decided, written).is_err(), "{status:?}");
            assert!(check_review_open(status, decided, None).is_err(), "{status:?}");
        }
        assert!(
            check_review_open(S::UnderReview, decided, written).is_err(),
            "sent back, not reopened"
        );
        assert!(check_review_open(S::UnderReview, decided, reopened).is_ok(), "reopened");
        assert!(
            check_review_open(S::UnderReview, decided, None).is_ok(),
            "a new reviewer"
        );
        let written = written.expect("instant");
        assert!(check_reopen(S::UnderReview, decided, written).is_ok());
        assert!(
            check_reopen(S::UnderReview, decided, reopened.expect("instant")).is_err(),
            "open already"
        );
        assert!(check_reopen(S::UnderReview, None, written).is_err(), "never decided");
        assert!(check_reopen(S::Awarded, decided, written).is_err(), "not sent back");
    }
    use crate::error::AppError;

    fn criterion(key: &str, weight: &str, min: i32, max: i32) -> RubricCriterion {
        RubricCriterion {
            key: key.to_owned(),
            description: key.to_owned(),
            weight: Decimal::from_str_exact(weight).expect("weight"),
            min_score: min,
            max_score: max,
        }
    }

    fn dec(text: &str) -> Decimal {
        Decimal::from_str_exact(text).expect("decimal")
    }

    fn scores(pairs: &[(&str, i64)]) -> BTreeMap<String, i64> {
        pairs.iter().map(|(key, score)| ((*key).to_owned(), *score)).collect()
    }

    #[test]
    fn the_weighted_score_puts_each_criterion_on_a_0_to_100_scale() {
        let rubric = [
            criterion("relevance", "0.6", 0, 5),
            criterion("feasibility", "0.4", 1, 10),
        ];
        // relevance 4/5 -> 80; feasibility (7-1)/9 -> 66.666..; 0.6*80 + 0.4*66.6667 = 74.6667
        assert_eq!(
            weighted_score(&scores(&[("relevance", 4), ("feasibility", 7)]), &rubric),
            dec("74.6667")
        );
        assert_eq!(
            weighted_score(&scores(&[("relevance", 5), ("feasibility", 10)]), &rubric),
            dec("100")
        );
        assert_eq!(
            weighted_score(&scores(&[("relevance", 0), ("feasibility", 1)]), &rubric),
            dec("0")
        );
    }

    #[test]
    fn missing_unknown_and_out_of_scale_scores_name_their_criterion() {
        let rubric = [criterion("relevance", "1", 0, 5), criterion("feasibility", "1", 0, 5)];
        let mut check = Validator::new();
        check_scores(&scores(&[("relevance", 6), ("colour", 3)]), &rubric, &mut check);
        let Err(AppError::Validation(errors)) = check.finish() else {
            panic!("invalid")
        };
        let fields: Vec<String> = errors.into_iter().map(|error| error.field).collect();
        assert_eq!(fields, vec!["scores.relevance", "scores.feasibility", "scores.colour"]);
    }

    fn review(application: u128, reviewer: u128, score: &str) -> ScoredReview {
        ScoredReview {
            application_id: Uuid::from_u128(application),
            reviewer_id: Uuid::from_u128(reviewer),
            score: dec(score),
        }
    }

    #[test]
    fn z_scores_calibrate_a_harsh_and_a_lenient_reviewer() {
        // Reviewer 10 is harsh (20, 40), reviewer 20 lenient (80, 100), on the same two
        // applications: each reviewer's mean is 30 / 90 and deviation 10, so both give the
        // first application z = -1 and the second z = +1.
        let reviews = [
            review(1, 10, "20"),
            review(2, 10, "40"),
            review(1, 20, "80"),
            review(2, 20, "100"),
        ];
        assert_eq!(
            reviewer_z_scores(&reviews),
            vec![dec("-1"), dec("1"), dec("-1"), dec("1")]
        );
        let ranked = rank(&[Uuid::from_u128(1), Uuid::from_u128(2)], &reviews);
        assert_eq!(ranked[0].application_id, Uuid::from_u128(2));
        assert_eq!(ranked[0].weighted_mean, Some(dec("70")));
        assert_eq!(ranked[0].normalised_mean, Some(dec("1")));
        assert_eq!(ranked[0].spread, Some(dec("60")));
        assert_eq!(ranked[0].review_count, 2);
        assert_eq!(ranked[1].weighted_mean, Some(dec("50")));
        assert_eq!(ranked[1].normalised_mean, Some(dec("-1")));
        assert_eq!((ranked[0].rank, ranked[1].rank), (1, 2));
    }

    #[test]
    fn a_reviewer_with_one_review_or_no_spread_counts_zero() {
        let reviews = [review(1, 10, "90"), review(1, 20, "50"), review(2, 20, "50")];
        assert_eq!(reviewer_z_scores(&reviews), vec![dec("0"), dec("0"), dec("0")]);
    }

    #[test]
    fn three_reviews_give_hand_computed_z_scores() {
        // Scores 40, 60, 80: mean 60, population deviation sqrt(800/3) = 16.3299.
        let reviews = [review(1, 10, "40"), review(2, 10, "60"), review(3, 10, "80")];
        assert_eq!(
            reviewer_z_scores(&reviews),
            vec![dec("-1.2247"), dec("0"), dec("1.2247")]
        );
    }

    #[test]
    fn ties_break_by_normalised_mean_then_review_count_then_id() {
        // Applications 1 and 2 both average 60, but 2 was scored high by a harsh reviewer.
        let reviews = [
            review(1, 10, "60"),
            review(2, 20, "60"),
            review(3, 20, "20"),
            review(3, 10, "60"),
            review(4, 30, "60"),
            review(4, 30, "60"),
        ];
        let ids: Vec<Uuid> = (1..=5).map(Uuid::from_u128).collect();
        let ranked = rank(&ids, &reviews);
        let order: Vec<u128> = ranked.iter().map(|entry| entry.application_id.as_u128()).collect();
        // 2 has z = +1 (reviewer 20: 60 and 20); 4 has two reviews at z = 0; 1 has one
        // review at z = 0 (reviewer 10: 60 and 60 -> no spread); 3 averages 40; 5 has none.
        assert_eq!(order, vec![2, 4, 1, 3, 5]);
        assert_eq!(ranked[4].weighted_mean, None);
        assert_eq!(
            ranked.iter().map(|entry| entry.rank).collect::<Vec<_>>(),
            vec![1, 2, 3, 4, 5]
        );
    }

    #[test]
    fn identical_applications_rank_by_id() {
        let reviews = [review(9, 10, "50"), review(3, 20, "50")];
        let ranked = rank(&[Uuid::from_u128(9), Uuid::from_u128(3)], &reviews);
        assert_eq!(ranked[0].application_id, Uuid::from_u128(3));
    }
}
