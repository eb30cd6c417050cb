//! The one place where database errors become caller-facing errors.
use sea_orm::{DbErr, SqlErr};

use crate::domain::AppError;

impl From<DbErr> for AppError {
    fn from(err: DbErr) -> Self {
        // The overlap guards (an exclusion constraint on PostgreSQL, a trigger on SQLite) are
        // named `bookings_no_overlap…`; their violation is a taken slot, not a failure.
        let text = err.to_string();
        if text.contains("bookings_no_overlap") {
            return AppError::overlap();
        }
        if text.contains("leases_no_overlap") {
            return AppError::Conflict("lease.overlap".into());
        }
        match err.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => {
                AppError::Conflict("error.conflict_unique".into())
            }
            Some(SqlErr::ForeignKeyConstraintViolation(_)) => {
                AppError::Conflict("error.conflict_reference".into())
            }
            _ => match err {
                DbErr::RecordNotFound(_) => AppError::NotFound,
                other => {
                    tracing::error!(error = %other, "database error");
                    AppError::Internal
                }
            },
        }
    }
}
