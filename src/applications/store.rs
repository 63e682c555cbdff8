//! Persistence of applications.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select,
};
use uuid::Uuid;

use super::rules::ApplicationStatus;
use crate::error::AppResult;
use crate::keyset::{self, Direction, Listed, PageRequest};

crate::stored_as_text!(ApplicationStatus);

/// Entity of `applications`.
pub mod application {
    use sea_orm::entity::prelude::*;

    use crate::applications::rules::ApplicationStatus;
    use crate::money::Currency;

    /// An application; amounts are stored as ten-thousandths (see `money`).
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "applications")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub call_id: Uuid,
        pub organisation_id: Uuid,
        pub title: String,
        pub summary: String,
        pub requested_amount: i64,
        pub currency: Currency,
        #[sea_orm(column_type = "JsonBinary")]
        pub budget_lines: Json,
        #[sea_orm(column_type = "JsonBinary")]
        pub answers: Json,
        pub status: ApplicationStatus,
        pub submitted_at: Option<DateTimeUtc>,
        #[sea_orm(column_type = "JsonBinary", nullable)]
        pub failed_criteria: Option<Json>,
        pub eligibility_reason: Option<String>,
        pub screened_by: Option<Uuid>,
        pub screened_at: Option<DateTimeUtc>,
        pub decision_reason: Option<String>,
        pub decided_by: Option<Uuid>,
        pub decided_at: Option<DateTimeUtc>,
        pub created_by: Uuid,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// The application with this id.
pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Option<application::Model>> {
    Ok(application::Entity::find_by_id(id).one(db).await?)
}

/// An application as one person acting on it sees it, read in one query: its
/// organisation's name, whether the person is a member of it and whether the person's
/// email address is verified.
#[derive(Debug, Clone)]
pub struct ActedOn {
    /// The application.
    pub row: application::Model,
    /// The applying organisation's legal name.
    pub organisation_name: Option<String>,
    /// Whether the person is a member of the applying organisation.
    pub member: bool,
    /// Whether the person has verified their email address.
    pub verified: bool,
}

/// The application with this id as `person` acting on it sees it (see [`ActedOn`]).
pub async fn find_acted_on(db: &impl ConnectionTrait, id: Uuid, person: Uuid) -> AppResult<Option<ActedOn>> {
    use sea_orm::{FromQueryResult, QueryTrait};
    // A custom expression's placeholder is the engine's own.
    let person_is = match db.get_database_backend() {
        sea_orm::DbBackend::Postgres => "$1",
        _ => "?",
    };
    let statement = application::Entity::find_by_id(id)
        .expr_as(
            Expr::cust("(SELECT o.legal_name FROM organisations o WHERE o.id = applications.organisation_id)"),
            "acted_organisation_name",
        )
        .expr_as(
            Expr::cust_with_values(
                format!(
                    "CASE WHEN EXISTS (SELECT 1 FROM organisation_members m WHERE m.organisation_id = \
                     applications.organisation_id AND m.user_id = {person_is}) THEN 1 ELSE 0 END"
                ),
                [person],
            ),
            "acted_member",
        )
        .expr_as(
            Expr::cust_with_values(
                format!(
                    "CASE WHEN EXISTS (SELECT 1 FROM users u WHERE u.id = {person_is} AND \
                     u.email_verified_at IS NOT NULL) THEN 1 ELSE 0 END"
                ),
                [person],
            ),
            "acted_verified",
        )
        .build(db.get_database_backend());
    let Some(found) = db.query_one_raw(statement).await? else {
        return Ok(None);
    };
    Ok(Some(ActedOn {
        row: application::Model::from_query_result(&found, "")?,
        organisation_name: found.try_get("", "acted_organisation_name")?,
        member: found.try_get::<i32>("", "acted_member")? == 1,
        verified: found.try_get::<i32>("", "acted_verified")? == 1,
    }))
}

/// Inserts an application.
pub async fn insert(db: &impl ConnectionTrait, row: application::Model) -> AppResult<application::Model> {
    Ok(application::ActiveModel::from(row).insert(db).await?)
}

/// Saves a draft's content, only while it is still a draft; answers whether it was saved.
pub async fn save_draft(db: &impl ConnectionTrait, row: application::Model) -> AppResult<bool> {
    let result = application::Entity::update_many()
        .set(application::ActiveModel::from(row.clone()).reset_all())
        .filter(application::Column::Id.eq(row.id))
        .filter(application::Column::Status.eq(ApplicationStatus::Draft))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Columns set together with a status change.
#[derive(Debug, Clone, Default)]
pub struct StatusChange {
    /// When it was submitted.
    pub submitted_at: Option<DateTime<Utc>>,
    /// The eligibility screening made.
    pub screening: Option<Stamp>,
    /// The award or rejection decided.
    pub decision: Option<Stamp>,
}

/// Who made a finding, with the reason the applicant reads (and, for a screening, the
/// criteria failed).
#[derive(Debug, Clone)]
pub struct Stamp {
    /// The officer.
    pub by: Uuid,
    /// The reason.
    pub reason: Option<String>,
    /// Screening only: keys of the criteria failed.
    pub failed_criteria: Vec<String>,
}

/// Moves an application from `from` to `to`, only if it is still in `from`; answers
/// whether it moved.
pub async fn change_status(
    db: &impl ConnectionTrait,
    id: Uuid,
    from: ApplicationStatus,
    to: ApplicationStatus,
    change: StatusChange,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let mut update = application::Entity::update_many()
        .col_expr(application::Column::Status, Expr::value(to))
        .col_expr(application::Column::UpdatedAt, Expr::value(now));
    if let Some(at) = change.submitted_at {
        update = update.col_expr(application::Column::SubmittedAt, Expr::value(at));
    }
    if let Some(screening) = change.screening {
        update = update
            .col_expr(
                application::Column::FailedCriteria,
                Expr::value(serde_json::json!(screening.failed_criteria)),
            )
            .col_expr(application::Column::EligibilityReason, Expr::value(screening.reason))
            .col_expr(application::Column::ScreenedBy, Expr::value(screening.by))
            .col_expr(application::Column::ScreenedAt, Expr::value(now));
    }
    if let Some(decision) = change.decision {
        update = update
            .col_expr(application::Column::DecisionReason, Expr::value(decision.reason))
            .col_expr(application::Column::DecidedBy, Expr::value(decision.by))
            .col_expr(application::Column::DecidedAt, Expr::value(now));
    }
    let result = update
        .filter(application::Column::Id.eq(id))
        .filter(application::Column::Status.eq(from))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Filters of the application list.
#[derive(Debug, Clone, Default)]
pub struct ApplicationFilter {
    /// Only these organisations' applications (`None`: no such limit); combined with
    /// `assigned_to` by OR when both are given (a user may be applicant and reviewer).
    pub organisations: Option<Vec<Uuid>>,
    /// Only applications actively assigned to this reviewer (OR'd with `organisations`).
    pub assigned_to: Option<Uuid>,
    /// Only this call.
    pub call_id: Option<Uuid>,
    /// Only this state.
    pub status: Option<ApplicationStatus>,
    /// Only this organisation.
    pub organisation_id: Option<Uuid>,
}

/// The sort key of the application list (newest first): `created_at DESC, id`.
pub type ListKey = (DateTime<Utc>, Uuid);

/// The application list's query, newest first, after `after` when given; served by the
/// indexes `(…, created_at DESC, id)` of migration 37.
pub fn list_query(filter: &ApplicationFilter, after: Option<ListKey>) -> Select<application::Entity> {
    let mut condition: Vec<SimpleExpr> = Vec::new();
    let own = filter
        .organisations
        .as_ref()
        .map(|organisations| application::Column::OrganisationId.is_in(organisations.clone()));
    let assigned = filter
        .assigned_to
        .map(|reviewer| application::Column::Id.in_subquery(crate::reviews::store::assigned_to(reviewer)));
    match (own, assigned) {
        (Some(own), Some(assigned)) => condition.push(own.or(assigned)),
        (Some(scope), None) | (None, Some(scope)) => condition.push(scope),
        (None, None) => {}
    }
    if let Some(call_id) = filter.call_id {
        condition.push(application::Column::CallId.eq(call_id));
    }
    if let Some(status) = filter.status {
        condition.push(application::Column::Status.eq(status));
    }
    if let Some(organisation_id) = filter.organisation_id {
        condition.push(application::Column::OrganisationId.eq(organisation_id));
    }
    if let Some((created_at, id)) = after {
        condition.push(keyset::after_pair(
            application::Column::CreatedAt,
            Direction::Desc,
            created_at,
            application::Column::Id,
            id,
        ));
    }
    let mut query = application::Entity::find();
    for expression in condition {
        query = query.filter(expression);
    }
    query
        .order_by_desc(application::Column::CreatedAt)
        .order_by_asc(application::Column::Id)
}

/// One page of applications, newest first (keyset by `cursor`), counted when asked.
pub async fn list_page(
    db: &impl ConnectionTrait,
    filter: &ApplicationFilter,
    page: &PageRequest,
) -> AppResult<Listed<application::Model>> {
    keyset::fetch(
        db,
        page,
        |after| list_query(filter, after),
        |row| (row.created_at, row.id),
    )
    .await
}

/// One page of applications, newest first, with the total.
pub async fn list(
    db: &impl ConnectionTrait,
    filter: &ApplicationFilter,
    limit: u64,
    offset: u64,
) -> AppResult<(Vec<application::Model>, u64)> {
    Ok(list_page(db, filter, &PageRequest::counted(limit, offset))
        .await?
        .into_counted())
}

/// Every application of a call in one of these states (for the ranking and call closure).
pub async fn of_call(
    db: &impl ConnectionTrait,
    call_id: Uuid,
    statuses: &[ApplicationStatus],
) -> AppResult<Vec<application::Model>> {
    Ok(application::Entity::find()
        .filter(application::Column::CallId.eq(call_id))
        .filter(application::Column::Status.is_in(statuses.iter().copied()))
        .order_by_asc(application::Column::Id)
        .all(db)
        .await?)
}

/// The applications with these ids (one query).
pub async fn find_many(db: &impl ConnectionTrait, ids: Vec<Uuid>) -> AppResult<Vec<application::Model>> {
    Ok(application::Entity::find()
        .filter(application::Column::Id.is_in(ids))
        .all(db)
        .await?)
}

/// How many applications each of these calls has in each state (one grouped query).
pub async fn counts_by_call(
    db: &impl ConnectionTrait,
    call_ids: Vec<Uuid>,
) -> AppResult<Vec<(Uuid, ApplicationStatus, i64)>> {
    if call_ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(application::Entity::find()
        .select_only()
        .column(application::Column::CallId)
        .column(application::Column::Status)
        .expr(Expr::cust("CAST(COUNT(*) AS BIGINT)"))
        .filter(application::Column::CallId.is_in(call_ids))
        .group_by(application::Column::CallId)
        .group_by(application::Column::Status)
        .into_tuple()
        .all(db)
        .await?)
}
