//! Visitors announced by tenants and checked in at the desk. After a site's retention period a
//! visitor's name and company are erased; the row stays, so the counts per day remain.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let visitors = || Alias::new("visitors");
        let account = |name: &str| {
            ForeignKey::create()
                .name(format!("fk_visitors_{name}"))
                .from(visitors(), Alias::new(name))
                .to(Alias::new("accounts"), Alias::new("id"))
                .on_delete(ForeignKeyAction::SetNull)
                .to_owned()
        };
        manager
            .create_table(
                Table::create()
                    .table(visitors())
                    .col(pk_auto("id"))
                    .col(integer("site_id"))
                    .col(integer("structure_id"))
                    .col(integer_null("host_id"))
                    .col(string_len_null("name", 120))
                    .col(string_len_null("company", 120))
                    .col(date("day"))
                    .col(string_len_null("expected_at", 5))
                    .col(integer_null("announced_by"))
                    .col(timestamp_with_time_zone("announced_at"))
                    .col(timestamp_with_time_zone_null("arrived_at"))
                    .col(timestamp_with_time_zone_null("erased_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_visitors_site_id")
                            .from(visitors(), Alias::new("site_id"))
                            .to(Alias::new("sites"), Alias::new("id")),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_visitors_structure_id")
                            .from(visitors(), Alias::new("structure_id"))
                            .to(Alias::new("structures"), Alias::new("id")),
                    )
                    .foreign_key(&mut account("host_id"))
                    .foreign_key(&mut account("announced_by"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_visitors_site_day")
                    .table(visitors())
                    .col(Alias::new("site_id"))
                    .col(Alias::new("day"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("sites"))
                    .add_column(integer("visitor_retention_days").default(30))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("sites"))
                    .drop_column(Alias::new("visitor_retention_days"))
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(Alias::new("visitors")).to_owned())
            .await
    }
}
