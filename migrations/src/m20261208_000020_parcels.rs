//! The concierge desk's parcels and mail: each arrival logged for a structure, when its members
//! were told (one mail per batch), reminded, and who took it away. A site says after how many
//! days a waiting parcel is flagged and its structure reminded.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let parcels = || Alias::new("parcels");
        manager
            .create_table(
                Table::create()
                    .table(parcels())
                    .col(pk_auto("id"))
                    .col(integer("site_id"))
                    .col(integer("structure_id"))
                    .col(string_len("carrier", 60))
                    .col(integer("count"))
                    .col(string_len("size", 16))
                    .col(text_null("note"))
                    .col(timestamp_with_time_zone("logged_at"))
                    .col(integer_null("logged_by"))
                    .col(timestamp_with_time_zone_null("notified_at"))
                    .col(timestamp_with_time_zone_null("reminded_at"))
                    .col(timestamp_with_time_zone_null("picked_up_at"))
                    .col(string_len_null("picked_up_by", 120))
                    .col(integer_null("handed_by"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_parcels_site_id")
                            .from(parcels(), Alias::new("site_id"))
                            .to(Alias::new("sites"), Alias::new("id")),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_parcels_structure_id")
                            .from(parcels(), Alias::new("structure_id"))
                            .to(Alias::new("structures"), Alias::new("id")),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_parcels_logged_by")
                            .from(parcels(), Alias::new("logged_by"))
                            .to(Alias::new("accounts"), Alias::new("id"))
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_parcels_handed_by")
                            .from(parcels(), Alias::new("handed_by"))
                            .to(Alias::new("accounts"), Alias::new("id"))
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_parcels_structure_picked_up")
                    .table(parcels())
                    .col(Alias::new("structure_id"))
                    .col(Alias::new("picked_up_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_parcels_site_logged_at")
                    .table(parcels())
                    .col(Alias::new("site_id"))
                    .col(Alias::new("logged_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("sites"))
                    .add_column(integer("parcel_reminder_days").default(7))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("sites"))
                    .drop_column(Alias::new("parcel_reminder_days"))
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(Alias::new("parcels")).to_owned())
            .await
    }
}
