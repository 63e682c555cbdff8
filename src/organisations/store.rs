//! Persistence of organisations and their members.

use sea_orm::sea_query::Query as SqlQuery;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Select};
use uuid::Uuid;

use crate::error::AppResult;
use crate::keyset::{self, Direction, Listed, PageRequest};
use crate::reference::country;

crate::stored_as_text!(super::publication::PublicationPolicy);

/// Entity of `organisations`.
pub mod organisation {
    use sea_orm::entity::prelude::*;

    /// A civil-society organisation.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "organisations")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub legal_name: String,
        pub short_name: Option<String>,
        pub country: String,
        pub registration_number: Option<String>,
        pub year_founded: Option<i32>,
        #[sea_orm(column_type = "JsonBinary")]
        pub thematic_areas: Json,
        pub women_led: bool,
        pub youth_led: bool,
        pub do_not_publish: bool,
        pub publication_policy: crate::organisations::publication::PublicationPolicy,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        /// The language of letters and emails to the organisation.
        pub correspondence_language: crate::i18n::Language,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Entity of `organisation_members`.
pub mod member {
    use sea_orm::entity::prelude::*;

    /// A user's membership of an organisation.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "organisation_members")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub organisation_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: Uuid,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// The organisation with this id.
pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Option<organisation::Model>> {
    Ok(organisation::Entity::find_by_id(id).one(db).await?)
}

/// Whether the user is a member of the organisation.
pub async fn is_member(db: &impl ConnectionTrait, organisation_id: Uuid, user_id: Uuid) -> AppResult<bool> {
    Ok(member::Entity::find_by_id((organisation_id, user_id))
        .one(db)
        .await?
        .is_some())
}

/// Which of these users are members of which of these organisations, as
/// (organisation, user) pairs (one query; the conflicts shown before assigning reviewers).
pub async fn memberships_among(
    db: &impl ConnectionTrait,
    organisation_ids: Vec<Uuid>,
    user_ids: Vec<Uuid>,
) -> AppResult<Vec<(Uuid, Uuid)>> {
    let rows = member::Entity::find()
        .filter(member::Column::OrganisationId.is_in(organisation_ids))
        .filter(member::Column::UserId.is_in(user_ids))
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|row| (row.organisation_id, row.user_id)).collect())
}

/// The organisation, if the user is one of its members (one query).
pub async fn find_as_member(
    db: &impl ConnectionTrait,
    organisation_id: Uuid,
    user_id: Uuid,
) -> AppResult<Option<organisation::Model>> {
    Ok(organisation::Entity::find_by_id(organisation_id)
        .filter(
            organisation::Column::Id.in_subquery(
                SqlQuery::select()
                    .column(member::Column::OrganisationId)
                    .from(member::Entity)
                    .and_where(member::Column::OrganisationId.eq(organisation_id))
                    .and_where(member::Column::UserId.eq(user_id))
                    .to_owned(),
            ),
        )
        .one(db)
        .await?)
}

/// Ids of the organisations a user is a member of.
pub async fn organisation_ids_of(db: &impl ConnectionTrait, user_id: Uuid) -> AppResult<Vec<Uuid>> {
    let rows = member::Entity::find()
        .filter(member::Column::UserId.eq(user_id))
        .order_by_asc(member::Column::CreatedAt)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|row| row.organisation_id).collect())
}

/// Inserts an organisation.
pub async fn insert(db: &impl ConnectionTrait, organisation: organisation::Model) -> AppResult<organisation::Model> {
    Ok(organisation::ActiveModel::from(organisation).insert(db).await?)
}

/// Saves every field of an organisation, only if nobody changed it since it was read at
/// `read_at` (optimistic concurrency: a concurrent edit cannot silently undo another,
/// such as an officer's `do_not_publish`); answers whether it was saved.
pub async fn save_if_unchanged(
    db: &impl ConnectionTrait,
    organisation: organisation::Model,
    read_at: chrono::DateTime<chrono::Utc>,
) -> AppResult<bool> {
    let id = organisation.id;
    let result = organisation::Entity::update_many()
        .set(organisation::ActiveModel::from(organisation).reset_all())
        .filter(organisation::Column::Id.eq(id))
        .filter(organisation::Column::UpdatedAt.eq(read_at))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Adds a member; a duplicate is a unique violation for the caller to map.
pub async fn add_member(db: &impl ConnectionTrait, row: member::Model) -> Result<(), sea_orm::DbErr> {
    member::ActiveModel::from(row).insert(db).await?;
    Ok(())
}

/// Members of an organisation with their names and emails, oldest first.
pub async fn members_of(
    db: &impl ConnectionTrait,
    organisation_id: Uuid,
) -> AppResult<Vec<(member::Model, crate::auth::store::user::Model)>> {
    let rows = member::Entity::find()
        .filter(member::Column::OrganisationId.eq(organisation_id))
        .order_by_asc(member::Column::CreatedAt)
        .all(db)
        .await?;
    let ids: Vec<Uuid> = rows.iter().map(|row| row.user_id).collect();
    let users = crate::auth::store::user::Entity::find()
        .filter(crate::auth::store::user::Column::Id.is_in(ids))
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            users
                .iter()
                .find(|user| user.id == row.user_id)
                .cloned()
                .map(|user| (row, user))
        })
        .collect())
}

/// Filters of the organisation list.
#[derive(Debug, Clone, Default)]
pub struct OrganisationFilter {
    /// Only this country.
    pub country: Option<String>,
    /// Only countries of this UN M49 region.
    pub region: Option<String>,
    /// Only organisations whose legal or short name contains this text.
    pub name: Option<String>,
}

/// The organisation list's query, by legal name (`legal_name, id`), after `after` when
/// given; served by the indexes `(…, legal_name, id)` of migration 37.
pub fn list_query(filter: &OrganisationFilter, after: Option<(String, Uuid)>) -> Select<organisation::Entity> {
    let mut query = organisation::Entity::find();
    if let Some(code) = &filter.country {
        query = query.filter(organisation::Column::Country.eq(code.clone()));
    }
    if let Some(region) = &filter.region {
        query = query.filter(
            organisation::Column::Country.in_subquery(
                SqlQuery::select()
                    .column(country::Column::Iso2)
                    .from(country::Entity)
                    .and_where(country::Column::M49Region.eq(region.clone()))
                    .to_owned(),
            ),
        );
    }
    if let Some(name) = &filter.name {
        let pattern = format!("%{}%", name.replace(['%', '_'], ""));
        query = query.filter(
            sea_orm::Condition::any()
                .add(organisation::Column::LegalName.like(pattern.clone()))
                .add(organisation::Column::ShortName.like(pattern)),
        );
    }
    if let Some((legal_name, id)) = after {
        query = query.filter(keyset::after_pair(
            organisation::Column::LegalName,
            Direction::Asc,
            legal_name,
            organisation::Column::Id,
            id,
        ));
    }
    query
        .order_by_asc(organisation::Column::LegalName)
        .order_by_asc(organisation::Column::Id)
}

/// One page of organisations, by legal name (keyset by `cursor`), counted when asked.
pub async fn list_page(
    db: &impl ConnectionTrait,
    filter: &OrganisationFilter,
    page: &PageRequest,
) -> AppResult<Listed<organisation::Model>> {
    keyset::fetch(
        db,
        page,
        |after| list_query(filter, after),
        |row| (row.legal_name.clone(), row.id),
    )
    .await
}

/// One page of organisations, by legal name, with the total.
pub async fn list(
    db: &impl ConnectionTrait,
    filter: &OrganisationFilter,
    limit: u64,
    offset: u64,
) -> AppResult<(Vec<organisation::Model>, u64)> {
    Ok(list_page(db, filter, &PageRequest::counted(limit, offset))
        .await?
        .into_counted())
}

/// Builds a new member row.
pub fn membership(organisation_id: Uuid, user_id: Uuid, now: chrono::DateTime<chrono::Utc>) -> member::Model {
    member::Model {
        organisation_id,
        user_id,
        created_at: now,
    }
}

/// The organisations with these ids (one query, for lists).
pub async fn find_many(db: &impl ConnectionTrait, ids: Vec<Uuid>) -> AppResult<Vec<organisation::Model>> {
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .all(db)
        .await?)
}

/// Sets an organisation's publication policy, only if nobody changed the organisation since
/// it was read at `read_at`; answers whether it was saved.
pub async fn set_publication_policy(
    db: &impl ConnectionTrait,
    id: Uuid,
    policy: super::publication::PublicationPolicy,
    read_at: chrono::DateTime<chrono::Utc>,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<bool> {
    let result = organisation::Entity::update_many()
        .col_expr(
            organisation::Column::PublicationPolicy,
            sea_orm::sea_query::Expr::value(policy),
        )
        .col_expr(organisation::Column::UpdatedAt, sea_orm::sea_query::Expr::value(now))
        .filter(organisation::Column::Id.eq(id))
        .filter(organisation::Column::UpdatedAt.eq(read_at))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}
