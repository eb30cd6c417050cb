//! What a site tells besides its name and address: its postcode, how to reach it, when it is
//! open, and the operator's legal details that invoices print (legal name, SIRET, VAT number or
//! the exemption that replaces it). One column a statement, as SQLite alters a table.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The new columns: name, and whether text is required (then empty by default).
const COLUMNS: [(&str, bool); 8] = [
    ("postcode", true),
    ("email", false),
    ("phone", false),
    ("opening_hours", true),
    ("legal_name", true),
    ("siret", false),
    ("vat_number", false),
    ("vat_exemption", false),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, required) in COLUMNS {
            let mut column = ColumnDef::new(Alias::new(name));
            column.text();
            if required {
                column.not_null().default("");
            } else {
                column.null();
            }
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new("sites"))
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, _) in COLUMNS.iter().rev() {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new("sites"))
                        .drop_column(Alias::new(*name))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
