//! Hosted structures, accounts, memberships and API tokens.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(name: &str, from: &str, column: &str, to: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.to_owned(), column.to_owned())
        .to(to.to_owned(), "id")
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("structures")
                    .col(pk_auto("id"))
                    .col(integer("site_id"))
                    .col(string_len("name", 200))
                    .col(string_len("legal_form", 32))
                    .col(string_len("sector", 32))
                    .col(string_len_null("siret", 14))
                    .col(string_len("status", 16))
                    .col(text("activity"))
                    .col(string_len_null("website", 300))
                    .col(string_len_null("email", 254))
                    .col(string_len_null("phone", 32))
                    .col(boolean("public_listing").default(false))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(
                        fk("fk_structures_site", "structures", "site_id", "sites")
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_structures_siret")
                    .table("structures")
                    .col("siret")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("accounts")
                    .col(pk_auto("id"))
                    .col(string_len_uniq("email", 254))
                    .col(string_len("display_name", 200))
                    .col(string_len("role", 16))
                    .col(string_len_null("password_hash", 255))
                    .col(string_len("locale", 8).default("fr"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("disabled_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("memberships")
                    .col(pk_auto("id"))
                    .col(integer("account_id"))
                    .col(integer("structure_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk(
                        "fk_memberships_account",
                        "memberships",
                        "account_id",
                        "accounts",
                    ))
                    .foreign_key(&mut fk(
                        "fk_memberships_structure",
                        "memberships",
                        "structure_id",
                        "structures",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_memberships_account_structure")
                    .table("memberships")
                    .col("account_id")
                    .col("structure_id")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("api_tokens")
                    .col(pk_auto("id"))
                    .col(integer("account_id"))
                    .col(string_len("name", 120))
                    .col(string_len_uniq("token_hash", 64))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("last_used_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .foreign_key(&mut fk(
                        "fk_api_tokens_account",
                        "api_tokens",
                        "account_id",
                        "accounts",
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["api_tokens", "memberships", "accounts", "structures"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
