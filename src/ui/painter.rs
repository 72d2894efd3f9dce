//! Glue between the app's signals and the pure painter: one paint per animation frame.

use super::frame_scheduler::FrameScheduler;
use super::map_paths::MapPaths;
use super::map_state::MapState;
use super::mover::prefers_reduced_motion;
use super::paint::{Frame, Pictures};
use super::paint_log::PaintLog;
use super::state::{AppState, Loaded};
use crate::map::scene::{Feature, Scene};
use crate::palette::MapColours;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::CanvasRenderingContext2d;

/// How fast lit visits' dashes march, in pixels per millisecond.
const MARCH_SPEED: f64 = 0.012;
/// How much of a frame redrawing the land's and the arcs' pictures may take, in milliseconds.
const PICTURE_BUDGET_MS: f64 = 5.0;

/// Paints the scene whenever asked, at most once a frame (every frame while a lit visit's dashes
/// march); marks `first-arcs` after the first frame that showed arcs; logs each paint's time.
pub fn paint_scheduler(
    loaded: Arc<Loaded>,
    log: PaintLog,
    state: AppState,
    map: MapState,
    colours: MapColours,
) -> FrameScheduler {
    let MapState {
        canvas,
        view,
        viewport,
        hovered,
        detail,
        ..
    } = map;
    let marked = Rc::new(Cell::new(false));
    // The paths of the scene shown, rebuilt when the filters change what is shown.
    let paths: RefCell<Option<(Arc<Scene>, MapPaths)>> = RefCell::new(None);
    let versions = Cell::new(0);
    let label_widths = RefCell::new(HashMap::new());
    let Some(pictures) = Pictures::new().map(RefCell::new) else {
        return FrameScheduler::new(|| false);
    };
    FrameScheduler::new(move || {
        let (Some(element), Some(current)) = (canvas.get_untracked(), view.get_untracked()) else {
            return false;
        };
        let size = viewport.get_untracked();
        let Some(window) = web_sys::window() else {
            return false;
        };
        let reduced_motion = prefers_reduced_motion();
        let ratio = window.device_pixel_ratio().max(1.0);
        let (pixel_width, pixel_height) = (
            (size.width * ratio).round() as u32,
            (size.height * ratio).round() as u32,
        );
        if element.width() != pixel_width || element.height() != pixel_height {
            element.set_width(pixel_width);
            element.set_height(pixel_height);
        }
        let Some(context) = element
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|context| context.dyn_into::<CanvasRenderingContext2d>().ok())
        else {
            return false;
        };
        let lang = state.lang.get_untracked();
        let selected = state.selected.get_untracked();
        let hovered = hovered.get_untracked();
        let focus = hovered.as_ref().or(match &selected {
            Some(Feature::Place(place)) => Some(place),
            _ => None,
        });
        let performance = window.performance();
        let started = performance.as_ref().map(|p| p.now());
        let scene = map.scene.get_untracked();
        let mut paths = paths.borrow_mut();
        if !paths
            .as_ref()
            .is_some_and(|(built_for, _)| Arc::ptr_eq(built_for, &scene))
        {
            versions.set(versions.get() + 1);
            *paths = MapPaths::build(&loaded.countries, &scene, versions.get())
                .map(|built| (scene.clone(), built));
        }
        let Some((_, paths)) = paths.as_ref() else {
            return false;
        };
        let detailed_land = detail.get_untracked();
        let frame = Frame {
            context: &context,
            paths,
            detailed_land: detailed_land.as_deref(),
            label_widths: &label_widths,
            view: current,
            projector: current.projector(size),
            pictures: &pictures,
            clock: &|| {
                performance
                    .as_ref()
                    .map_or(0.0, |performance| performance.now())
            },
            deadline: started.unwrap_or(0.0) + PICTURE_BUDGET_MS,
            viewport: size,
            pixel_ratio: ratio,
            selected: selected.as_ref(),
            focus,
            march: (!reduced_motion).then(|| started.unwrap_or(0.0) * MARCH_SPEED),
            colours: &colours,
        };

        let painted = frame.paint(&scene, &|place| loaded.place_name(place, lang));
        if log.includes_raster() {
            // Reading a pixel makes the browser rasterise the drawing now, inside the timing.
            let _ = context.get_image_data(0.0, 0.0, 1.0, 1.0);
        }
        log.set_labelled(painted.labelled);
        log.set_complete(!painted.redrawing);
        if let (Some(performance), Some(started)) = (performance.as_ref(), started) {
            log.record(performance.now() - started);
        }
        if !marked.get() && painted.arcs_shown && scene.arcs().next().is_some() {
            marked.set(true);
            if let Some(performance) = performance {
                let _ = performance.mark("first-arcs");
            }
        }
        painted.animating || painted.redrawing
    })
}
