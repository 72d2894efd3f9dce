//! What lies over the map, measured from the page, and bringing what was chosen into view:
//! framed whole in the part of the map that nothing lies over, once the panel has opened.

use crate::map::emphasis::Emphasis;
use crate::map::framing::{ScreenRect, frame_choice, uncovered};
use crate::map::scene::Feature;
use crate::map::view::{View, Viewport};
use crate::ui::app_state::AppState;
use crate::ui::map_view::map_state::MapState;
use crate::ui::map_view::mover::Mover;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::Element;

/// How close a chosen feature is framed at most: a trip within one region keeps its
/// neighbours in view, and one town and a near partner do not fill the screen.
const CHOICE_MAX_ZOOM: f64 = 7.0;

/// What lies over the map `element`: every element of the page marked `data-covers-map`
/// that is shown (the panel, the legend, the buttons on the map, a side bar that opens over
/// it), in the map's own pixels.
pub fn measure_covers(element: &Element) -> Vec<ScreenRect> {
    let map_box = element.get_bounding_client_rect();
    let Some(found) = element
        .owner_document()
        .and_then(|document| document.query_selector_all("[data-covers-map]").ok())
    else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|index| found.item(index)?.dyn_into::<Element>().ok())
        .map(|cover| cover.get_bounding_client_rect())
        .filter(|rect| rect.width() > 0.0 && rect.height() > 0.0)
        .map(|rect| ScreenRect {
            left: rect.left() - map_box.left(),
            top: rect.top() - map_box.top(),
            right: rect.right() - map_box.left(),
            bottom: rect.bottom() - map_box.top(),
        })
        .collect()
}

/// The part of the map (`element`, `size` large) that nothing lies over.
pub fn free_area(element: &Element, size: Viewport) -> ScreenRect {
    uncovered(ScreenRect::of(size), &measure_covers(element))
}

/// Keeps `map.covers` up to date: measured again once the page has drawn whatever changes
/// them (a panel opening, the language, the side bar, the kiosk's tour, the legend folding, the
/// map's size), so that labels keep clear of them.
pub fn track_covers(map: MapState, state: AppState) {
    Effect::new(move |_| {
        state.selected.track();
        state.lang.track();
        state.side_bar_open.track();
        state.touring.track();
        state.covers_moved.track();
        map.viewport.track();
        let measure = Closure::once_into_js(move || {
            if let Some(element) = map.canvas.get_untracked() {
                let covers = measure_covers(&element);
                if map.covers.with_untracked(|kept| kept != &covers) {
                    map.covers.set(covers);
                }
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(measure.unchecked_ref());
        }
    });
}

/// After the panel has opened, flies the map so that `feature` is seen whole where nothing
/// covers it, unless it already is; `always` (a kiosk's tour) frames it even then.
pub fn frame_chosen(feature: Feature, map: MapState, mover: Mover, always: bool) {
    let after_render = Closure::once_into_js(move || {
        let (Some(current), Some(element)) = (map.view.get_untracked(), map.canvas.get_untracked())
        else {
            return;
        };
        let size = map.viewport.get_untracked();
        let scene = map.scene.get_untracked();
        let Some(bounds) = Emphasis::of(&scene, Some(&feature), None).bounds else {
            return;
        };
        let free = free_area(&element, size);
        if let Some(next) = frame_choice(current, bounds, size, free, CHOICE_MAX_ZOOM, always) {
            mover.fly_to(next);
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(after_render.unchecked_ref());
    }
}

/// Frames each new choice. A link that names both a view and an open feature opens exactly
/// that view; on a kiosk's tour every story is framed, even one already in sight.
pub fn frame_each_choice(map: MapState, state: AppState, mover: Mover) {
    let linked_view = state.linked_view.get_untracked().is_some();
    Effect::new(move |ran_before: Option<()>| {
        if let Some(feature) = state.selected.get()
            && (ran_before.is_some() || !linked_view)
        {
            let always = state.touring.get_untracked();
            frame_chosen(feature, map, mover.clone(), always);
        }
    });
}

/// Flies back to the opening view whenever the app asks (a kiosk's idle reset).
pub fn fly_home_when_asked(
    map: MapState,
    state: AppState,
    mover: Mover,
    opening_view: impl Fn(Viewport) -> View + 'static,
) {
    Effect::new(move |ran_before: Option<()>| {
        state.home.track();
        if ran_before.is_some() {
            mover.fly_to(opening_view(map.viewport.get_untracked()));
        }
    });
}
