//! Accounts people can recover and trust. Users gain `email_verified_at` (accounts that
//! existed before this migration were already in use, so they count as verified from
//! their creation) and `deactivated_at` (an admin's deactivation; such an account cannot
//! sign in and its access tokens stop working). Refresh tokens remember the session they
//! continue (`session_id`, kept across rotations) and the client that signed in, so a
//! user can list and end their sessions. `account_tokens` holds the single-use links sent
//! by email (password reset, set password, email verification), only as hashes;
//! `account_requests` counts the requests that send such emails, for their throttle.
//! Two-factor sign-in: `user_totp` holds a user's TOTP secret (enabled once confirmed with
//! a code, with the last time step accepted so that no code is used twice),
//! `mfa_recovery_codes` the hashes of their single-use recovery codes, and
//! `mfa_challenges` the hashed tokens of sign-ins waiting for their second factor.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::add_column(
            manager,
            Users::Table,
            timestamp_with_time_zone_null(Users::EmailVerifiedAt),
        )
        .await?;
        crate::add_column(
            manager,
            Users::Table,
            timestamp_with_time_zone_null(Users::DeactivatedAt),
        )
        .await?;
        manager
            .get_connection()
            .execute_unprepared("UPDATE users SET email_verified_at = created_at")
            .await?;
        crate::add_column(manager, RefreshTokens::Table, uuid_null(RefreshTokens::SessionId)).await?;
        crate::add_column(manager, RefreshTokens::Table, string_null(RefreshTokens::Client)).await?;
        manager
            .get_connection()
            .execute_unprepared("UPDATE refresh_tokens SET session_id = id")
            .await?;
        crate::index(
            manager,
            RefreshTokens::Table,
            "idx_refresh_tokens_user_session",
            &["user_id", "session_id"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(AccountTokens::Table)
                    .col(uuid(AccountTokens::Id).primary_key())
                    .col(uuid(AccountTokens::UserId))
                    .col(string(AccountTokens::Purpose))
                    .col(string(AccountTokens::Email))
                    .col(string_uniq(AccountTokens::TokenHash))
                    .col(timestamp_with_time_zone(AccountTokens::CreatedAt))
                    .col(timestamp_with_time_zone(AccountTokens::ExpiresAt))
                    .col(timestamp_with_time_zone_null(AccountTokens::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AccountTokens::Table, AccountTokens::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            AccountTokens::Table,
            "idx_account_tokens_user_purpose",
            &["user_id", "purpose"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(AccountRequests::Table)
                    .col(uuid(AccountRequests::Id).primary_key())
                    .col(string(AccountRequests::Email))
                    .col(string(AccountRequests::Client))
                    .col(timestamp_with_time_zone(AccountRequests::RequestedAt))
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            AccountRequests::Table,
            "idx_account_requests_email_time",
            &["email", "requested_at"],
        )
        .await?;
        crate::index(
            manager,
            AccountRequests::Table,
            "idx_account_requests_client_time",
            &["client", "requested_at"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(UserTotp::Table)
                    .col(uuid(UserTotp::UserId).primary_key())
                    .col(string(UserTotp::Secret))
                    .col(timestamp_with_time_zone(UserTotp::CreatedAt))
                    .col(timestamp_with_time_zone_null(UserTotp::EnabledAt))
                    .col(big_integer_null(UserTotp::LastStep))
                    .foreign_key(
                        ForeignKey::create()
                            .from(UserTotp::Table, UserTotp::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MfaRecoveryCodes::Table)
                    .col(uuid(MfaRecoveryCodes::Id).primary_key())
                    .col(uuid(MfaRecoveryCodes::UserId))
                    .col(string_uniq(MfaRecoveryCodes::CodeHash))
                    .col(timestamp_with_time_zone_null(MfaRecoveryCodes::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(MfaRecoveryCodes::Table, MfaRecoveryCodes::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            MfaRecoveryCodes::Table,
            "idx_mfa_recovery_codes_user",
            &["user_id"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(MfaChallenges::Table)
                    .col(uuid(MfaChallenges::Id).primary_key())
                    .col(uuid(MfaChallenges::UserId))
                    .col(string_uniq(MfaChallenges::TokenHash))
                    .col(string(MfaChallenges::Client))
                    .col(timestamp_with_time_zone(MfaChallenges::ExpiresAt))
                    .col(timestamp_with_time_zone_null(MfaChallenges::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(MfaChallenges::Table, MfaChallenges::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(manager, MfaChallenges::Table, "idx_mfa_challenges_user", &["user_id"]).await?;
        crate::index(
            manager,
            MfaChallenges::Table,
            "idx_mfa_challenges_expiry",
            &["expires_at"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MfaChallenges::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(MfaRecoveryCodes::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(UserTotp::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(AccountRequests::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(AccountTokens::Table).to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("idx_refresh_tokens_user_session")
                    .table(RefreshTokens::Table)
                    .to_owned(),
            )
            .await?;
        for column in [RefreshTokens::Client, RefreshTokens::SessionId] {
            manager
                .alter_table(
                    Table::alter()
                        .table(RefreshTokens::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for column in [Users::DeactivatedAt, Users::EmailVerifiedAt] {
            manager
                .alter_table(Table::alter().table(Users::Table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    EmailVerifiedAt,
    DeactivatedAt,
}

#[derive(DeriveIden)]
enum RefreshTokens {
    Table,
    SessionId,
    Client,
}

#[derive(DeriveIden)]
enum AccountTokens {
    Table,
    Id,
    UserId,
    Purpose,
    Email,
    TokenHash,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum AccountRequests {
    Table,
    Id,
    Email,
    Client,
    RequestedAt,
}

#[derive(DeriveIden)]
enum UserTotp {
    Table,
    UserId,
    Secret,
    CreatedAt,
    EnabledAt,
    LastStep,
}

#[derive(DeriveIden)]
enum MfaRecoveryCodes {
    Table,
    Id,
    UserId,
    CodeHash,
    UsedAt,
}

#[derive(DeriveIden)]
enum MfaChallenges {
    Table,
    Id,
    UserId,
    TokenHash,
    Client,
    ExpiresAt,
    UsedAt,
}
