//! Where the demo's spaces lie on their floors' plans.

/// A space's rectangle on its floor's plan: `(x, y, width, height)` in plan units.
pub(super) type PlanRect = (i32, i32, i32, i32);

/// Lays each floor's spaces out in rows across a 1000-unit wide plan, in the order given, each
/// as wide as the square root of its area allows, wrapping to a new row when one is full.
pub(super) fn shelves(spaces: &[(i32, f64)]) -> Vec<PlanRect> {
    const WIDTH: i32 = 1000;
    const GAP: i32 = 10;
    // Per floor: the next free x, the row's top, and the tallest space of the row.
    let mut floors: std::collections::HashMap<i32, (i32, i32, i32)> = Default::default();
    spaces
        .iter()
        .map(|&(floor, area)| {
            let w = ((area.sqrt() * 24.0) as i32).clamp(48, 480);
            let h = if area < 10.0 { 70 } else { 110 };
            let (x, y, tallest) = floors.entry(floor).or_insert((GAP, GAP, 0));
            if *x + w > WIDTH - GAP {
                *y += *tallest + GAP;
                *x = GAP;
                *tallest = 0;
            }
            let rect = (*x, *y, w, h);
            *x += w + GAP;
            *tallest = (*tallest).max(h);
            rect
        })
        .collect()
}
