//! Painting the map whenever what it shows changes. One effect builds the frame's input from
//! the signals, so it tracks every signal the frame depends on; a frame scheduler paints the
//! latest input, at most once a frame (every frame while something moves or a picture is
//! still being redrawn); `first-arcs` is marked after the first frame that showed arcs, and
//! `map_shown` is set in the task after the first frame.

use crate::by_address::ByAddress;
use crate::palette::MapColours;
use crate::ui::app_state::{AppState, Loaded};
use crate::ui::canvas::{CannotDraw, FrameInput, Names, Painter};
use crate::ui::map_view::map_state::MapState;
use crate::ui::map_view::mover::prefers_reduced_motion;
use crate::ui::map_view::paint_log::PaintLog;
use crate::ui::runtime::frame_scheduler::FrameScheduler;
use crate::ui::runtime::next_task::next_task;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

/// Keeps the canvas painted with the current input.
pub fn paint_on_change(
    loaded: Arc<Loaded>,
    log: PaintLog,
    state: AppState,
    map: MapState,
    colours: MapColours,
) {
    let latest: Rc<RefCell<Option<FrameInput>>> = Rc::default();
    let painter: Rc<RefCell<Option<Painter>>> = Rc::default();
    let marked = Rc::new(Cell::new(false));
    // What the map does not need is built in the task after its first frame, or once it is
    // clear that it cannot draw (then the side bar is all there is).
    let revealed = Rc::new(Cell::new(false));
    let reveal_the_rest = move || {
        if !revealed.replace(true) {
            spawn_local(async move {
                next_task().await;
                state.map_shown.set(true);
            });
        }
    };
    let input = latest.clone();
    let scheduler = FrameScheduler::new(move || {
        let Some(input) = input.borrow().clone() else {
            return false;
        };
        if map.cannot_draw.get_untracked().is_some() {
            reveal_the_rest();
            return false;
        }
        let mut painter = painter.borrow_mut();
        if painter.is_none() {
            let Some(canvas) = map.canvas.get_untracked() else {
                return false;
            };
            let (places, divisions) = (loaded.clone(), loaded.clone());
            let names = Names {
                place: Box::new(move |place, lang| places.place_name(place, lang)),
                division: Box::new(move |name, lang| divisions.division_name(name, lang)),
            };
            match Painter::new(canvas, &loaded.countries, names) {
                Ok(made) => *painter = Some(made),
                Err(why) => {
                    map.cannot_draw.set(Some(why));
                    reveal_the_rest();
                    return false;
                }
            }
        }
        let Some(painter) = painter.as_mut() else {
            return false;
        };
        let performance = web_sys::window().and_then(|window| window.performance());
        let clock = || {
            performance
                .as_ref()
                .map_or(0.0, |performance| performance.now())
        };
        let started = clock();
        let Some(painted) = painter.paint(&input, &clock) else {
            map.cannot_draw.set(Some(CannotDraw(
                "the browser refused the paths of the ties",
            )));
            reveal_the_rest();
            return false;
        };
        if log.includes_raster() {
            // Reading a pixel makes the browser rasterise the drawing now, inside the timing.
            painter.read_one_pixel();
        }
        log.record(clock() - started);
        log.set_complete(!painted.redrawing);
        let arcs_drawn = painted.arcs_shown && input.scene.arcs().next().is_some();
        log.set_drawn(painted.drawn);
        if arcs_drawn
            && !marked.replace(true)
            && let Some(performance) = performance.as_ref()
        {
            let _ = performance.mark("first-arcs");
        }
        reveal_the_rest();
        painted.animating || painted.redrawing
    });
    Effect::new(move |_| {
        *latest.borrow_mut() = frame_input(state, map, &colours);
        scheduler.request();
    });
}

/// The frame the signals ask for now: reading them here is what makes the effect track them.
fn frame_input(state: AppState, map: MapState, colours: &MapColours) -> Option<FrameInput> {
    let (scene, view, viewport) = (map.scene.get(), map.view.get(), map.viewport.get());
    let flows = map.flows.get();
    let (selected, hovered, lang) = (state.selected.get(), map.hovered.get(), state.lang.get());
    let (detail, covers) = (map.detail.get(), map.covers.get());
    let pixel_ratio = web_sys::window().map_or(1.0, |window| window.device_pixel_ratio().max(1.0));
    Some(FrameInput {
        scene: ByAddress(scene),
        flows,
        view: view?,
        viewport,
        pixel_ratio,
        selected,
        hovered,
        lang,
        covers,
        colours: colours.clone(),
        detail: detail.map(ByAddress),
        motion: !prefers_reduced_motion(),
    })
}
