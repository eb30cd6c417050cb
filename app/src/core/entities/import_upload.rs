use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "import_uploads")]
/// A CSV file a manager uploaded to import, decoded to text.
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// `structures` or `spaces`.
    pub kind: String,
    pub file_name: String,
    #[sea_orm(column_type = "Text")]
    pub content: String,
    pub created_by: i32,
    pub created_at: DateTimeUtc,
    /// When its lines were written; none while it is only previewed.
    pub imported_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
