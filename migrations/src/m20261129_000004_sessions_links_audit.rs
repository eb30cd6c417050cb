//! Sign-in sessions, single-use links (invitations, password resets), the audit log and the
//! counters behind rate limits: all in the database, so several processes share them.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(
    name: &str,
    from: &str,
    column: &str,
    to: &str,
    action: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.to_owned(), column.to_owned())
        .to(to.to_owned(), "id")
        .on_delete(action)
        .to_owned()
}

fn index(name: &str, table: &str, columns: &[&str]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table.to_owned());
    for column in columns {
        index.col(std::string::ToString::to_string(column));
    }
    index.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("sessions")
                    .col(pk_auto("id"))
                    .col(string_len_uniq("token_hash", 64))
                    .col(integer("account_id"))
                    .col(integer_null("acting_structure_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("last_seen_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(string_len_null("client_ip", 64))
                    .col(string_len_null("user_agent", 300))
                    .foreign_key(&mut fk(
                        "fk_sessions_account",
                        "sessions",
                        "account_id",
                        "accounts",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "fk_sessions_structure",
                        "sessions",
                        "acting_structure_id",
                        "structures",
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index("ix_sessions_account", "sessions", &["account_id"]))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("account_links")
                    .col(pk_auto("id"))
                    .col(string_len("purpose", 16))
                    .col(string_len_uniq("token_hash", 64))
                    .col(integer("account_id"))
                    .col(integer_null("structure_id"))
                    .col(integer_null("created_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .foreign_key(&mut fk(
                        "fk_account_links_account",
                        "account_links",
                        "account_id",
                        "accounts",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "fk_account_links_structure",
                        "account_links",
                        "structure_id",
                        "structures",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "fk_account_links_creator",
                        "account_links",
                        "created_by",
                        "accounts",
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("audit_events")
                    .col(pk_auto("id"))
                    .col(timestamp_with_time_zone("at"))
                    .col(string_len("action", 40))
                    .col(integer_null("actor_id"))
                    .col(integer_null("subject_id"))
                    .col(integer_null("structure_id"))
                    .col(string_len_null("email", 254))
                    .col(string_len_null("client_ip", 64))
                    .col(text("detail"))
                    .foreign_key(&mut fk(
                        "fk_audit_actor",
                        "audit_events",
                        "actor_id",
                        "accounts",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        "fk_audit_subject",
                        "audit_events",
                        "subject_id",
                        "accounts",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        "fk_audit_structure",
                        "audit_events",
                        "structure_id",
                        "structures",
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index("ix_audit_events_at", "audit_events", &["at"]))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("rate_limits")
                    .col(string_len("bucket", 300).primary_key())
                    .col(timestamp_with_time_zone("window_start"))
                    .col(integer("hits"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["rate_limits", "audit_events", "account_links", "sessions"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
