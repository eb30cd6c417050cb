//! The plan editor: each space's rectangle over its floor's picture, or each stall of an
//! edition's plan, moved by dragging it, or with the keyboard (arrows move it by 10 units,
//! Shift with arrows resizes it); every move is saved at once and said in a live region.
//! Without JavaScript the same drawing shows, and the forms beside it do the same.
use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::api::event_making::move_stall;
use crate::api::sites::move_space;

/// What the editor places: the spaces of a floor, or the stalls of an edition.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlanTarget {
    Spaces,
    Stalls,
}

/// A space or a stall as the editor draws it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placed {
    pub id: i32,
    pub label: String,
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
}

/// A drag under way: which space, where the pointer started, and where the space was.
#[derive(Clone, Copy)]
struct Drag {
    index: usize,
    start: (i32, i32),
    origin: (i32, i32),
}

/// The plan editor of `target` on a plan `width` × `height` units, `picture` behind; `hint` tells keyboard
/// users what the keys do, `saved` and `failed` what became of a move.
#[island]
pub fn PlanEditor(
    target: PlanTarget,
    width: i32,
    height: i32,
    picture: Option<String>,
    spaces: Vec<Placed>,
    hint: String,
    saved: String,
    failed: String,
) -> impl IntoView {
    let rects = RwSignal::new(spaces);
    let dragging = RwSignal::new(None::<Drag>);
    let status = RwSignal::new(String::new());
    let svg = NodeRef::<leptos::svg::Svg>::new();
    let save = move |index: usize| {
        let Some(p) = rects.with_untracked(|r| r.get(index).cloned()) else {
            return;
        };
        let (saved, failed) = (saved.clone(), failed.clone());
        leptos::task::spawn_local(async move {
            let done = match target {
                PlanTarget::Spaces => move_space(p.id, p.x, p.y, p.w, p.h).await,
                PlanTarget::Stalls => move_stall(p.id, p.x, p.y, p.w, p.h).await,
            };
            status.set(if done.is_ok() {
                format!("{} : {saved}", p.label)
            } else {
                failed
            });
        });
    };
    // Plan units per screen pixel: the drawing scales with its width.
    let scale = move || {
        let pixels = svg.get_untracked().map_or(0, |s| s.client_width());
        if pixels > 0 {
            f64::from(width) / f64::from(pixels)
        } else {
            1.0
        }
    };
    let on_move = move |ev: PointerEvent| {
        if let Some(drag) = dragging.get_untracked() {
            let factor = scale();
            let dx = (f64::from(ev.client_x() - drag.start.0) * factor).round() as i32;
            let dy = (f64::from(ev.client_y() - drag.start.1) * factor).round() as i32;
            rects.update(|r| {
                if let Some(p) = r.get_mut(drag.index) {
                    p.x = (drag.origin.0 + dx).clamp(0, 5000 - p.w);
                    p.y = (drag.origin.1 + dy).clamp(0, 5000 - p.h);
                }
            });
        }
    };
    let save_drag = save.clone();
    let end_drag = move || {
        if let Some(drag) = dragging.get_untracked() {
            dragging.set(None);
            save_drag(drag.index);
        }
    };
    let end_on_leave = end_drag.clone();
    let shapes = move || {
        let save = save.clone();
        rects
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, p)| {
                let save = save.clone();
                let on_key = move |ev: KeyboardEvent| {
                    let step = 10;
                    let (dx, dy) = match ev.key().as_str() {
                        "ArrowLeft" => (-step, 0),
                        "ArrowRight" => (step, 0),
                        "ArrowUp" => (0, -step),
                        "ArrowDown" => (0, step),
                        _ => return,
                    };
                    ev.prevent_default();
                    let resize = ev.shift_key();
                    rects.update(|r| {
                        if let Some(p) = r.get_mut(index) {
                            if resize {
                                p.w = (p.w + dx).clamp(10, 2000);
                                p.h = (p.h + dy).clamp(10, 2000);
                            } else {
                                p.x = (p.x + dx).clamp(0, 5000 - p.w);
                                p.y = (p.y + dy).clamp(0, 5000 - p.h);
                            }
                        }
                    });
                    save(index);
                };
                let on_down = move |ev: PointerEvent| {
                    ev.prevent_default();
                    dragging.set(Some(Drag {
                        index,
                        start: (ev.client_x(), ev.client_y()),
                        origin: (p.x, p.y),
                    }));
                };
                let label = format!("{} ({}, {}, {} × {})", p.label, p.x, p.y, p.w, p.h);
                view! {
                    <g class="plan-handle" tabindex="0" role="button" aria-label=label
                        data-space=p.id on:pointerdown=on_down on:keydown=on_key>
                        <rect class="plan-space plan-free" x=p.x y=p.y width=p.w height=p.h rx="4"></rect>
                        <text class="plan-name" x=p.x + 6 y=p.y + 20>{p.label.clone()}</text>
                    </g>
                }
            })
            .collect_view()
    };
    view! {
        <p class="field-hint" id="plan-editor-hint">{hint}</p>
        <svg node_ref=svg class="plan-svg plan-editor" viewBox=format!("0 0 {width} {height}")
            aria-describedby="plan-editor-hint" on:pointermove=on_move on:pointerup=move |_: PointerEvent| end_drag() on:pointerleave=move |_: PointerEvent| end_on_leave()>
            {picture.map(|href| view! {
                <image class="plan-picture" href=href x="0" y="0" width=width height=height preserveAspectRatio="xMinYMin meet"></image>
            })}
            {shapes}
        </svg>
        <p class="muted" role="status" aria-live="polite">{move || status.get()}</p>
    }
}
