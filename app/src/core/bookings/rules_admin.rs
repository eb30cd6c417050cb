//! Managers set each bookable space's rules: opening hours, lengths, steps, buffer, how far
//! ahead, notice, the cancellation policy and whether a manager approves each booking.
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};

use super::space::Bookable;
use crate::core::entities::space;
use crate::core::{Db, access};
use crate::domain::rules::form::{SpaceRules, SpaceRulesForm, SpaceRulesView};
use crate::domain::{AppError, Viewer};

/// The rules of bookable space `id`, as the form shows them (managers).
pub async fn space_rules(db: &Db, viewer: &Viewer, id: i32) -> Result<SpaceRulesView, AppError> {
    access::manager(viewer)?;
    let space = Bookable::load(db.read(), id).await?;
    let rules = SpaceRules {
        opening_hours: space.rules.opening_hours,
        min_minutes: space.row.min_minutes,
        max_minutes: space.row.max_minutes,
        step_minutes: space.row.step_minutes,
        buffer_minutes: space.row.buffer_minutes,
        max_advance_days: space.row.max_advance_days,
        min_notice_minutes: space.row.min_notice_minutes,
        cancel_free_hours: space.row.cancel_free_hours,
        cancel_fee_percent: space.row.cancel_fee_percent,
        hold_minutes: space.row.hold_minutes,
        needs_approval: space.row.needs_approval,
    };
    Ok(SpaceRulesView {
        space_id: space.row.id,
        space_name: space.row.name.clone(),
        form: SpaceRulesForm::from(&rules),
    })
}

/// Stores new rules for bookable space `id` (managers). Bookings already made stay as they are.
pub async fn update_space_rules(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    form: SpaceRulesForm,
) -> Result<(), AppError> {
    access::manager(viewer)?;
    Bookable::load(db.read(), id).await?;
    let rules = SpaceRules::try_from(form)?;
    let row = space::Entity::find_by_id(id)
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    let mut change = row.into_active_model();
    change.opening_hours = Set(rules.opening_hours.to_string());
    change.min_minutes = Set(rules.min_minutes);
    change.max_minutes = Set(rules.max_minutes);
    change.step_minutes = Set(rules.step_minutes);
    change.buffer_minutes = Set(rules.buffer_minutes);
    change.max_advance_days = Set(rules.max_advance_days);
    change.min_notice_minutes = Set(rules.min_notice_minutes);
    change.cancel_free_hours = Set(rules.cancel_free_hours);
    change.cancel_fee_percent = Set(rules.cancel_fee_percent);
    change.hold_minutes = Set(rules.hold_minutes);
    change.needs_approval = Set(rules.needs_approval);
    change.update(db.write()).await?;
    Bookable::forget_recent(db);
    Ok(())
}
