//! Keeping what was chosen in sight: the panel must not cover it.

use super::map_state::MapState;
use super::mover::Mover;
use crate::map::hit::anchor_of;
use crate::map::reveal::{ScreenRect, revealing};
use crate::map::scene::Feature;
use crate::map::view::View;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// How close a tour comes to a story: a trip within one region keeps its neighbours in view.
const TOUR_MAX_ZOOM: f64 = 7.0;

/// After the panel has opened, flies the map so that `feature` is not hidden under it; `whole`
/// (a kiosk's tour) frames a tie or trip beside the panel even where it is already in sight.
pub fn reveal_beside_panel(feature: Feature, map: MapState, mover: Mover, whole: bool) {
    let MapState {
        canvas,
        view,
        viewport,
        ..
    } = map;
    let after_render = Closure::once_into_js(move || {
        let (Some(current), Some(element)) = (view.get_untracked(), canvas.get_untracked()) else {
            return;
        };
        let size = viewport.get_untracked();
        let scene = map.scene.get_untracked();
        let Some(point) = anchor_of(&scene, &current.projector(size), &feature) else {
            return;
        };
        let map_box = element.get_bounding_client_rect();
        let mut visible = ScreenRect {
            left: 0.0,
            top: 0.0,
            right: size.width,
            bottom: size.height,
        };
        let panel = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| {
                document
                    .query_selector("[data-testid=panel]")
                    .ok()
                    .flatten()
            });
        if let Some(panel) = panel.map(|panel| panel.get_bounding_client_rect()) {
            if panel.left() > map_box.left() + size.width / 2.0 {
                visible.right = panel.left() - map_box.left();
            } else if panel.top() > map_box.top() + size.height / 3.0 {
                visible.bottom = panel.top() - map_box.top();
            }
        }
        // A tie or a trip is shown whole where it fits no longer beside the panel.
        let projector = current.projector(size);
        if let Some(bounds) = scene.bounds_of(&feature) {
            let (low, high) = (projector.to_screen(bounds.0), projector.to_screen(bounds.1));
            let inside = |x: f64, y: f64| {
                x >= visible.left && x <= visible.right && y >= visible.top && y <= visible.bottom
            };
            let covered = size.width - visible.right;
            if whole {
                mover.fly_to(View::framing_beside(bounds, size, covered, TOUR_MAX_ZOOM));
                return;
            }
            if !(inside(low.x, low.y) && inside(high.x, high.y)) {
                mover.fly_to(View::framing_beside(
                    bounds,
                    size,
                    covered,
                    current.zoom.max(4.0),
                ));
                return;
            }
        }
        if let Some(next) = revealing(current, point, visible, 48.0) {
            mover.fly_to(next);
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(after_render.unchecked_ref());
    }
}
