//! Persistence of invitations to join an organisation (`organisation_invitations`).

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::invitation_rules::InvitationStatus;
use crate::error::AppResult;

crate::stored_as_text!(InvitationStatus);

/// Entity of `organisation_invitations`.
pub mod invitation {
    use sea_orm::entity::prelude::*;

    use crate::organisations::invitation_rules::InvitationStatus;

    /// An invitation of an email address to join an organisation.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "organisation_invitations")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub organisation_id: Uuid,
        pub email: String,
        #[sea_orm(unique)]
        pub token_hash: String,
        pub status: InvitationStatus,
        pub invited_by: Uuid,
        pub expires_at: DateTimeUtc,
        pub settled_by: Option<Uuid>,
        pub settled_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Inserts an invitation.
pub async fn insert(db: &impl ConnectionTrait, row: invitation::Model) -> AppResult<invitation::Model> {
    Ok(invitation::ActiveModel::from(row).insert(db).await?)
}

/// The invitation whose token hashes to `token_hash`.
pub async fn find_by_token(db: &impl ConnectionTrait, token_hash: &str) -> AppResult<Option<invitation::Model>> {
    Ok(invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(token_hash))
        .one(db)
        .await?)
}

/// The invitation with this id of this organisation.
pub async fn find_of(
    db: &impl ConnectionTrait,
    organisation_id: Uuid,
    id: Uuid,
) -> AppResult<Option<invitation::Model>> {
    Ok(invitation::Entity::find_by_id(id)
        .filter(invitation::Column::OrganisationId.eq(organisation_id))
        .one(db)
        .await?)
}

/// An organisation's invitations, newest first.
pub async fn of_organisation(db: &impl ConnectionTrait, organisation_id: Uuid) -> AppResult<Vec<invitation::Model>> {
    Ok(invitation::Entity::find()
        .filter(invitation::Column::OrganisationId.eq(organisation_id))
        .order_by_desc(invitation::Column::CreatedAt)
        .order_by_asc(invitation::Column::Id)
        .all(db)
        .await?)
}

/// Settles a pending invitation that has not expired at `now` (accepted, declined or
/// revoked by `actor`): a conditional update, so of two concurrent answers only one
/// wins; answers whether this one did.
pub async fn settle(
    db: &impl ConnectionTrait,
    id: Uuid,
    to: InvitationStatus,
    actor: Uuid,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let updated = invitation::Entity::update_many()
        .col_expr(invitation::Column::Status, Expr::value(to.as_str()))
        .col_expr(invitation::Column::SettledBy, Expr::value(Some(actor)))
        .col_expr(invitation::Column::SettledAt, Expr::value(Some(now)))
        .filter(invitation::Column::Id.eq(id))
        .filter(invitation::Column::Status.eq(InvitationStatus::Pending.as_str()))
        .filter(invitation::Column::ExpiresAt.gt(now))
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}
