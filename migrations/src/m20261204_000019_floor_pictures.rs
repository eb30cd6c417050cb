//! One plan picture per floor of a site (PNG, or SVG without scripts), drawn behind the spaces'
//! rectangles on the floor plan. Kept in the database, so every server behind a load balancer
//! serves the same.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Alias::new("floor_pictures"))
                    .col(pk_auto("id"))
                    .col(integer("site_id"))
                    .col(integer("floor"))
                    .col(string_len("content_type", 32))
                    .col(blob("data"))
                    .col(integer("width"))
                    .col(integer("height"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_floor_pictures_site_id")
                            .from(Alias::new("floor_pictures"), Alias::new("site_id"))
                            .to(Alias::new("sites"), Alias::new("id"))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_floor_pictures_site_floor")
                    .table(Alias::new("floor_pictures"))
                    .col(Alias::new("site_id"))
                    .col(Alias::new("floor"))
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Alias::new("floor_pictures")).to_owned())
            .await
    }
}
