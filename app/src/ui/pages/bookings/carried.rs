//! The fields the booking confirmation page carries from one of its GET forms to the next.
use leptos::prelude::*;

use crate::api::bookings::BookingForm;

/// The query keys the confirmation page carries from one of its GET forms to the next: the slot, and
/// (unless the form itself asks for them) how it repeats and whom it is for.
pub(super) fn carried_fields(
    form: &BookingForm,
    people: u32,
    repeat: bool,
    customer: bool,
) -> impl IntoView + use<> {
    let text = |value: &Option<String>| value.clone().unwrap_or_default();
    let repeat = repeat.then(|| {
        view! {
            <input type="hidden" name="repeat" value=text(&form.repeat)/>
            <input type="hidden" name="until" value=text(&form.until)/>
        }
    });
    let customer = customer.then(|| view! {
        <input type="hidden" name="customer" value=text(&form.customer)/>
        <input type="hidden" name="structure" value=form.structure_id.map(|id| id.to_string()).unwrap_or_default()/>
        <input type="hidden" name="customer_name" value=text(&form.customer_name)/>
        <input type="hidden" name="customer_email" value=text(&form.customer_email)/>
    });
    view! {
        <input type="hidden" name="space" value=form.space_id/>
        <input type="hidden" name="date" value=form.date.clone()/>
        <input type="hidden" name="from" value=form.from.clone()/>
        <input type="hidden" name="to" value=form.to.clone()/>
        <input type="hidden" name="people" value=people/>
        {repeat}
        {customer}
    }
}
