//! Persistence of call forms.

use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, EntityTrait};
use uuid::Uuid;

use crate::error::AppResult;

/// Entity of `call_forms`.
pub mod call_form {
    use sea_orm::entity::prelude::*;

    /// The form of one call: its ordered questions as JSON.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "call_forms")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub call_id: Uuid,
        #[sea_orm(column_type = "JsonBinary")]
        pub questions: Json,
        pub updated_by: Uuid,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// The form of a call, if it has one.
pub async fn find(db: &impl ConnectionTrait, call_id: Uuid) -> AppResult<Option<call_form::Model>> {
    Ok(call_form::Entity::find_by_id(call_id).one(db).await?)
}

/// A call and its form (if it has one), in one query.
pub async fn find_with_call(
    db: &impl ConnectionTrait,
    call_id: Uuid,
) -> AppResult<Option<(crate::calls::store::call::Model, Option<call_form::Model>)>> {
    use crate::calls::store::call;
    use sea_orm::{JoinType, QuerySelect, RelationDef};
    let form_of_call: RelationDef = call::Entity::belongs_to(call_form::Entity)
        .from(call::Column::Id)
        .to(call_form::Column::CallId)
        .into();
    Ok(call::Entity::find_by_id(call_id)
        .join(JoinType::LeftJoin, form_of_call)
        .select_also(call_form::Entity)
        .one(db)
        .await?)
}

/// Writes a call's form, replacing the one it had.
pub async fn save(db: &impl ConnectionTrait, row: call_form::Model) -> AppResult<()> {
    call_form::Entity::insert(call_form::ActiveModel::from(row))
        .on_conflict(
            OnConflict::column(call_form::Column::CallId)
                .update_columns([
                    call_form::Column::Questions,
                    call_form::Column::UpdatedBy,
                    call_form::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec(db)
        .await?;
    Ok(())
}
