//! Sites, their spaces and the spaces' rates.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("sites")
                    .col(pk_auto("id"))
                    .col(string_len_uniq("slug", 64))
                    .col(string_len("name", 200))
                    .col(string_len("address", 300))
                    .col(string_len("city", 120))
                    .col(text("description_fr"))
                    .col(text("description_en"))
                    .col(timestamp_with_time_zone("created_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("spaces")
                    .col(pk_auto("id"))
                    .col(integer("site_id"))
                    .col(string_len("code", 32))
                    .col(string_len("name", 200))
                    .col(string_len("kind", 32))
                    .col(integer("floor"))
                    .col(integer("capacity"))
                    .col(double("area_m2"))
                    .col(string_len("booking_mode", 16))
                    .col(boolean("needs_approval").default(false))
                    .col(text("equipment"))
                    .col(boolean("step_free_access").default(true))
                    .col(boolean("accessible_toilets").default(true))
                    .col(boolean("hearing_loop").default(false))
                    .col(text("description_fr"))
                    .col(text("description_en"))
                    .col(boolean("active").default(true))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_spaces_site")
                            .from("spaces", "site_id")
                            .to("sites", "id")
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .check(Expr::col("capacity").gte(0))
                    .check(Expr::col("area_m2").gte(0))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_spaces_site_code")
                    .table("spaces")
                    .col("site_id")
                    .col("code")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_spaces_site_kind")
                    .table("spaces")
                    .col("site_id")
                    .col("kind")
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("space_rates")
                    .col(pk_auto("id"))
                    .col(integer("space_id"))
                    .col(string_len("customer", 16))
                    .col(string_len("unit", 16))
                    .col(big_integer("price_cents"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_space_rates_space")
                            .from("space_rates", "space_id")
                            .to("spaces", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .check(Expr::col("price_cents").gte(0))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_space_rates_space_customer_unit")
                    .table("space_rates")
                    .col("space_id")
                    .col("customer")
                    .col("unit")
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["space_rates", "spaces", "sites"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
