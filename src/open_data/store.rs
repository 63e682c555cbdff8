//! The exports' queries. Accepted awards are read a page at a time by id (keyset), each
//! page with a fixed number of queries for its applications, organisations, approved risk
//! assessments, tranches and paid disbursements, so an export of any size holds one page
//! in memory and never holds the database connection between pages. The office's totals
//! are one aggregating query.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use crate::applications::store::application;
use crate::awards::store::{award, tranche};
use crate::calls::rules::CallStatus;
use crate::calls::store::call;
use crate::db::statement;
use crate::disbursements::rules::DisbursementStatus;
use crate::disbursements::store::disbursement;
use crate::error::AppResult;
use crate::money::Currency;
use crate::organisations::publication::PublicationPolicy;
use crate::organisations::store::organisation;
use crate::risk::rules::{ResidualRating, RiskStatus};
use crate::risk::store::assessment;

/// How many awards one page reads.
pub const PAGE: u64 = 500;

/// One page of accepted awards with everything their exports show.
#[derive(Debug, Default)]
pub struct AwardPage {
    /// The awards, by id.
    pub awards: Vec<award::Model>,
    /// Their applications, by id.
    pub applications: HashMap<Uuid, application::Model>,
    /// Their organisations, by id.
    pub organisations: HashMap<Uuid, organisation::Model>,
    /// The approved risk rating of each application that has one.
    pub risks: HashMap<Uuid, ResidualRating>,
    /// Each award's tranches, in order.
    pub tranches: HashMap<Uuid, Vec<tranche::Model>>,
    /// Each award's paid disbursements, in the order paid.
    pub payments: HashMap<Uuid, Vec<disbursement::Model>>,
}

/// The calls the public may read (open, closed or decided), by id.
pub async fn public_calls(db: &impl ConnectionTrait) -> AppResult<Vec<call::Model>> {
    Ok(call::Entity::find()
        .filter(call::Column::Status.is_in([CallStatus::Open, CallStatus::Closed, CallStatus::Decided]))
        .order_by_asc(call::Column::Id)
        .all(db)
        .await?)
}

/// The accepted awards after `after` (by id), at most [`PAGE`], with what they show.
pub async fn accepted_awards(db: &impl ConnectionTrait, after: Uuid) -> AppResult<AwardPage> {
    let awards = award::Entity::find()
        .filter(award::Column::AcceptedAt.is_not_null())
        .filter(award::Column::Id.gt(after))
        .order_by_asc(award::Column::Id)
        .limit(PAGE)
        .all(db)
        .await?;
    if awards.is_empty() {
        return Ok(AwardPage::default());
    }
    let award_ids: Vec<Uuid> = awards.iter().map(|row| row.id).collect();
    let application_ids: Vec<Uuid> = awards.iter().map(|row| row.application_id).collect();
    let organisation_ids: Vec<Uuid> = awards.iter().map(|row| row.organisation_id).collect();
    let applications = application::Entity::find()
        .filter(application::Column::Id.is_in(application_ids.clone()))
        .all(db)
        .await?;
    let organisations = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(organisation_ids))
        .all(db)
        .await?;
    let risks = assessment::Entity::find()
        .filter(assessment::Column::ApplicationId.is_in(application_ids))
        .filter(assessment::Column::Status.eq(RiskStatus::Approved))
        .all(db)
        .await?;
    let tranches = tranche::Entity::find()
        .filter(tranche::Column::AwardId.is_in(award_ids.clone()))
        .order_by_asc(tranche::Column::AwardId)
        .order_by_asc(tranche::Column::Number)
        .all(db)
        .await?;
    let payments = disbursement::Entity::find()
        .filter(disbursement::Column::AwardId.is_in(award_ids))
        .filter(disbursement::Column::Status.eq(DisbursementStatus::Paid))
        .order_by_asc(disbursement::Column::PaidAt)
        .order_by_asc(disbursement::Column::Id)
        .all(db)
        .await?;
    Ok(AwardPage {
        awards,
        applications: applications.into_iter().map(|row| (row.id, row)).collect(),
        organisations: organisations.into_iter().map(|row| (row.id, row)).collect(),
        risks: risks
            .into_iter()
            .filter_map(|row| row.application_id.map(|id| (id, row.residual_rating)))
            .collect(),
        tranches: group_by_award(tranches, |row| Some(row.award_id)),
        payments: group_by_award(payments, |row| row.award_id),
    })
}

fn group_by_award<T>(rows: Vec<T>, award_of: impl Fn(&T) -> Option<Uuid>) -> HashMap<Uuid, Vec<T>> {
    let mut grouped: HashMap<Uuid, Vec<T>> = HashMap::new();
    for row in rows {
        if let Some(id) = award_of(&row) {
            grouped.entry(id).or_default().push(row);
        }
    }
    grouped
}

/// One row of the office's totals: accepted awards of one currency, published or withheld.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotalsRow {
    /// The awards' currency.
    pub currency: Currency,
    /// Whether these are the withheld awards.
    pub withheld: bool,
    /// How many awards.
    pub count: i64,
    /// The sum awarded (stored ten-thousandths).
    pub awarded: i64,
    /// The sum paid, counted in the award's currency (stored ten-thousandths).
    pub paid: i64,
}

/// The totals of accepted awards by currency, split into those published and those
/// withheld (`do_not_publish` or a `withheld` policy). One query; sums are exact integers.
pub async fn totals(db: &impl ConnectionTrait) -> AppResult<Vec<TotalsRow>> {
    let sql = format!(
        "SELECT a.currency AS currency, \
         CASE WHEN o.do_not_publish = TRUE OR o.publication_policy = '{withheld}' THEN 1 ELSE 0 END AS withheld, \
         CAST(COUNT(*) AS BIGINT) AS count, CAST(SUM(a.amount) AS BIGINT) AS awarded, \
         CAST(COALESCE(SUM(p.paid), 0) AS BIGINT) AS paid \
         FROM awards a JOIN organisations o ON o.id = a.organisation_id \
         LEFT JOIN (SELECT award_id, SUM(counted_amount) AS paid FROM disbursements \
         WHERE status = '{paid}' AND award_id IS NOT NULL GROUP BY award_id) p ON p.award_id = a.id \
         WHERE a.accepted_at IS NOT NULL \
         GROUP BY 1, 2 ORDER BY 1, 2",
        withheld = PublicationPolicy::Withheld.as_str(),
        paid = DisbursementStatus::Paid.as_str(),
    );
    let rows = db.query_all_raw(statement(db, &sql, Vec::new())).await?;
    rows.iter()
        .map(|row| {
            Ok(TotalsRow {
                currency: row.try_get("", "currency")?,
                withheld: row.try_get::<i32>("", "withheld")? == 1,
                count: row.try_get("", "count")?,
                awarded: row.try_get("", "awarded")?,
                paid: row.try_get("", "paid")?,
            })
        })
        .collect()
}
