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
//! **Exactness.** Weighted scores and weighted means are exact fractions; z-scores are
//! computed from the exact means and variances to 22 decimals (a square root is not a
//! fraction) and never rounded before they are compared. Everything is rounded to
//! [`SCORE_DECIMALS`] decimals for display only, so two applications whose means are equal
//! are tied, whatever their number of reviews.
//!
//! **Order and ties.** Applications rank by weighted mean (highest first); ties are broken
//! by normalised mean (highest first), then by review count (most first), then by
//! application id (ascending), so the order never depends on storage. Applications
//! without reviews come last. Tied applications on every measure but the id share no rank:
//! ranks are 1, 2, 3, ... in this order.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};
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

/// Where a review is: a draft its reviewer may still change, which counts nowhere, until
/// they submit it; a submitted review is final and counts in the ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReviewStatus {
    /// Saved to come back to; not counted.
    Draft,
    /// Submitted: final (until an officer reopens it after an appeal) and counted.
    Submitted,
}

impl ReviewStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Submitted => "submitted",
        }
    }

    /// The status with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Draft, Self::Submitted]
            .into_iter()
            .find(|status| status.as_str() == name)
    }
}

/// Whether the reviewer may still change their review: a draft may change; a submitted
/// review is final, unless an officer reopened it (`reopened_at`) after it was last
/// written (`updated_at`).
pub fn check_review_draft(
    status: ReviewStatus,
    updated_at: DateTime<Utc>,
    reopened_at: Option<DateTime<Utc>>,
) -> Result<(), String> {
    match status {
        ReviewStatus::Submitted if reopened_at.is_none_or(|reopened| reopened < updated_at) => {
            Err("the review is submitted and final; an officer may reopen it only after an appeal".to_owned())
        }
        _ => Ok(()),
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

/// An exact score: a fraction.
pub type Score = BigRational;

/// The weighted score (0-100) of a complete, checked set of scores, rounded for display.
pub fn weighted_score(scores: &BTreeMap<String, i64>, rubric: &[RubricCriterion]) -> Decimal {
    for_display(&exact_weighted_score(scores, rubric))
}

/// The weighted score (0-100) of a complete, checked set of scores, exactly.
pub fn exact_weighted_score(scores: &BTreeMap<String, i64>, rubric: &[RubricCriterion]) -> Score {
    let mut weighted = Score::zero();
    let mut weights = Score::zero();
    for criterion in rubric {
        let Some(score) = scores.get(&criterion.key) else {
            continue;
        };
        let range = criterion.max_score - criterion.min_score;
        if range <= 0 {
            continue;
        }
        let on_scale = Score::new(
            BigInt::from((*score - i64::from(criterion.min_score)) * 100),
            BigInt::from(range),
        );
        let weight = fraction_of(criterion.weight);
        weighted += on_scale * &weight;
        weights += weight;
    }
    if weights.is_zero() {
        Score::zero()
    } else {
        weighted / weights
    }
}

/// A decimal as an exact fraction.
fn fraction_of(value: Decimal) -> Score {
    Score::new(BigInt::from(value.mantissa()), BigInt::from(10).pow(value.scale()))
}

/// A fraction rounded (half away from zero) to `decimals` decimals; saturates beyond the
/// decimal range, which scores (0-100) and their deviations never reach.
fn to_decimal(value: &Score, decimals: u32) -> Decimal {
    let scaled = (value * Score::from_integer(BigInt::from(10).pow(decimals))).round();
    let mantissa = scaled
        .to_integer()
        .to_i128()
        .unwrap_or(if value.is_negative() { i128::MIN } else { i128::MAX });
    Decimal::try_from_i128_with_scale(mantissa, decimals).unwrap_or(if value.is_negative() {
        Decimal::MIN
    } else {
        Decimal::MAX
    })
}

/// An exact value rounded to [`SCORE_DECIMALS`] for display.
pub fn for_display(value: &Score) -> Decimal {
    to_decimal(value, SCORE_DECIMALS).normalize()
}

/// Decimals of the z-scores' computation (a square root is not a fraction).
const Z_DECIMALS: u32 = 22;

/// One review, reduced to what ranking needs.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoredReview {
    /// The application reviewed.
    pub application_id: Uuid,
    /// The reviewer.
    pub reviewer_id: Uuid,
    /// The review's weighted score (0-100), exactly.
    pub score: Score,
}

/// One application's place in the ranking; the measures rounded for display.
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

/// What an application is ranked on, unrounded.
struct Measures {
    application_id: Uuid,
    weighted_mean: Option<Score>,
    normalised_mean: Option<Decimal>,
    review_count: usize,
    spread: Option<Score>,
}

/// Ranks the given applications by their reviews (see the module documentation).
pub fn rank(applications: &[Uuid], reviews: &[ScoredReview]) -> Vec<Ranked> {
    let z_scores = reviewer_z_scores(reviews);
    let mut measured: Vec<Measures> = applications
        .iter()
        .map(|application_id| {
            let own: Vec<(usize, &ScoredReview)> = reviews
                .iter()
                .enumerate()
                .filter(|(_, review)| review.application_id == *application_id)
                .collect();
            let scores: Vec<Score> = own.iter().map(|(_, review)| review.score.clone()).collect();
            let zs: Vec<Decimal> = own.iter().map(|(index, _)| z_scores[*index]).collect();
            Measures {
                application_id: *application_id,
                weighted_mean: mean(&scores),
                normalised_mean: (!zs.is_empty()).then(|| zs.iter().sum::<Decimal>() / Decimal::from(zs.len())),
                review_count: scores.len(),
                spread: match (scores.iter().max(), scores.iter().min()) {
                    (Some(high), Some(low)) => Some(high - low),
                    _ => None,
                },
            }
        })
        .collect();
    measured.sort_by(|left, right| {
        let key = |entry: &Measures| {
            (
                entry.weighted_mean.is_some(),
                entry.weighted_mean.clone(),
                entry.normalised_mean,
                entry.review_count,
            )
        };
        key(right)
            .cmp(&key(left))
            .then(left.application_id.cmp(&right.application_id))
    });
    measured
        .into_iter()
        .enumerate()
        .map(|(index, entry)| Ranked {
            application_id: entry.application_id,
            weighted_mean: entry.weighted_mean.as_ref().map(for_display),
            normalised_mean: entry
                .normalised_mean
                .map(|value| value.round_dp(SCORE_DECIMALS).normalize()),
            review_count: entry.review_count,
            spread: entry.spread.as_ref().map(for_display),
            rank: index + 1,
        })
        .collect()
}

/// Each review's z-score among its reviewer's reviews, in the order of `reviews`, to
/// [`Z_DECIMALS`] decimals (from the exact mean and variance).
pub fn reviewer_z_scores(reviews: &[ScoredReview]) -> Vec<Decimal> {
    let mut by_reviewer: HashMap<Uuid, Vec<Score>> = HashMap::new();
    for review in reviews {
        by_reviewer
            .entry(review.reviewer_id)
            .or_default()
            .push(review.score.clone());
    }
    let stats: HashMap<Uuid, Option<(Score, Decimal)>> = by_reviewer
        .into_iter()
        .map(|(reviewer, scores)| (reviewer, mean_and_deviation(&scores)))
        .collect();
    reviews
        .iter()
        .map(|review| match stats.get(&review.reviewer_id).cloned().flatten() {
            Some((mean, deviation)) => {
                (to_decimal(&(&review.score - mean), Z_DECIMALS) / deviation).round_dp(Z_DECIMALS)
            }
            None => Decimal::ZERO,
        })
        .collect()
}

/// The exact mean and the population standard deviation, or `None` for fewer than two
/// values or no spread.
fn mean_and_deviation(values: &[Score]) -> Option<(Score, Decimal)> {
    if values.len() < 2 {
        return None;
    }
    let mean = mean(values)?;
    let variance = values
        .iter()
        .map(|value| (value - &mean) * (value - &mean))
        .fold(Score::zero(), |sum, square| sum + square)
        / Score::from_integer(BigInt::from(values.len()));
    if variance.is_zero() {
        return None;
    }
    let deviation = to_decimal(&variance, Z_DECIMALS).sqrt()?;
    (!deviation.is_zero()).then_some((mean, deviation))
}

/// The exact mean.
fn mean(values: &[Score]) -> Option<Score> {
    if values.is_empty() {
        return None;
    }
    let sum = values.iter().fold(Score::zero(), |sum, value| sum + value);
    Some(sum / Score::from_integer(BigInt::from(values.len())))
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
    fn a_draft_changes_a_submitted_review_is_final_until_reopened() {
        let at = |hour: u32| {
            DateTime::parse_from_rfc3339(&format!("2027-01-01T{hour:02}:00:00Z"))
                .expect("instant")
                .to_utc()
        };
        assert!(check_review_draft(ReviewStatus::Draft, at(9), None).is_ok());
        assert!(check_review_draft(ReviewStatus::Submitted, at(9), None).is_err());
        assert!(check_review_draft(ReviewStatus::Submitted, at(9), Some(at(10))).is_ok());
        assert!(check_review_draft(ReviewStatus::Submitted, at(11), Some(at(10))).is_err());
        assert_eq!(ReviewStatus::parse("draft"), Some(ReviewStatus::Draft));
        assert_eq!(ReviewStatus::parse("final"), None);
    }

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
            score: fraction_of(dec(score)),
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
        let shown: Vec<Decimal> = reviewer_z_scores(&reviews)
            .into_iter()
            .map(|z| z.round_dp(SCORE_DECIMALS))
            .collect();
        assert_eq!(shown, vec![dec("-1.2247"), dec("0"), dec("1.2247")]);
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
    fn equal_exact_means_tie_and_the_one_with_more_reviews_ranks_first() {
        // One criterion scored 0-3 with weight 1: a review scoring k is 100k/3.
        // Application 1: 1, 3, 3, 3 -> mean 1000/12 = 250/3 (four reviews); rounding each
        // review first gave (33.3333 + 300) / 4 = 83.3333.
        // Application 2: 2, 3 -> mean 500/6 = 250/3 (two reviews); rounding first gave
        // (66.6667 + 100) / 2 = 83.3334, which ranked it first.
        // Each reviewer reviews once, so every z-score is 0 and the review count decides.
        let rubric = [criterion("impact", "1", 0, 3)];
        let score = |value| exact_weighted_score(&scores(&[("impact", value)]), &rubric);
        let mut reviews = Vec::new();
        let mut reviewer = 100;
        for (application, values) in [(1u128, vec![1, 3, 3, 3]), (2, vec![2, 3])] {
            for value in values {
                reviewer += 1;
                reviews.push(ScoredReview {
                    application_id: Uuid::from_u128(application),
                    reviewer_id: Uuid::from_u128(reviewer),
                    score: score(value),
                });
            }
        }
        let ranked = rank(&[Uuid::from_u128(1), Uuid::from_u128(2)], &reviews);
        assert_eq!(
            ranked[0].application_id,
            Uuid::from_u128(1),
            "more reviews first on a tie"
        );
        assert_eq!(ranked[0].weighted_mean, ranked[1].weighted_mean);
        assert_eq!(ranked[0].weighted_mean, Some(dec("83.3333")));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        /// Random applications on a 0-3 and a 1-7 criterion, some copies of others with
        /// their reviews repeated (an exact tie with more reviews), each review by its own
        /// reviewer (z = 0): the ranking is by exact mean, then review count, then id.
        #[test]
        fn rankings_follow_the_documented_order_on_exact_ties(
            sets in proptest::collection::vec(
                (proptest::collection::vec((0i64..=3, 1i64..=7), 1..5), 1usize..=3, proptest::bool::ANY),
                1..8,
            ),
        ) {
            let rubric = [criterion("impact", "0.3", 0, 3), criterion("feasibility", "0.7", 1, 7)];
            let mut reviews = Vec::new();
            let mut expected = Vec::new();
            let mut reviewer = 1_000u128;
            for (index, (base, copies, copy)) in sets.iter().enumerate() {
                let source = if *copy && index > 0 { &sets[index - 1].0 } else { base };
                let repeats = if *copy { *copies } else { 1 };
                let application = Uuid::from_u128(index as u128 + 1);
                let mut total = Score::zero();
                let mut count = 0usize;
                for _ in 0..repeats {
                    for (impact, feasibility) in source {
                        let score = exact_weighted_score(
                            &scores(&[("impact", *impact), ("feasibility", *feasibility)]),
                            &rubric,
                        );
                        total += &score;
                        count += 1;
                        reviewer += 1;
                        reviews.push(ScoredReview { application_id: application, reviewer_id: Uuid::from_u128(reviewer), score });
                    }
                }
                expected.push((total / Score::from_integer(BigInt::from(count)), count, application));
            }
            expected.sort_by(|left, right| right.0.cmp(&left.0).then(right.1.cmp(&left.1)).then(left.2.cmp(&right.2)));
            let ids: Vec<Uuid> = (1..=sets.len() as u128).map(Uuid::from_u128).collect();
            let order: Vec<Uuid> = rank(&ids, &reviews).iter().map(|entry| entry.application_id).collect();
            proptest::prop_assert_eq!(order, expected.iter().map(|entry| entry.2).collect::<Vec<_>>());
        }
    }

    #[test]
    fn identical_applications_rank_by_id() {
        let reviews = [review(9, 10, "50"), review(3, 20, "50")];
        let ranked = rank(&[Uuid::from_u128(9), Uuid::from_u128(3)], &reviews);
        assert_eq!(ranked[0].application_id, Uuid::from_u128(3));
    }
}
