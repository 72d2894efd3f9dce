//! The map: a canvas that paints the scene and turns pointer, wheel and key input into moves.

use super::automation;
use super::frame_scheduler::FrameScheduler;
use super::paint::Frame;
use super::state::{AppState, Loaded};
use crate::map::gestures::Gestures;
use crate::map::hit::{anchor_of, feature_at};
use crate::map::projection::{ScreenPoint, WorldPoint};
use crate::map::reveal::{ScreenRect, revealing};
use crate::map::scene::Feature;
use crate::map::view::{View, Viewport};
use crate::strings::strings;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{CanvasRenderingContext2d, KeyboardEvent, PointerEvent, WheelEvent};

/// How near a click must be to a line or marker, by pointer type.
fn tolerance(event: &PointerEvent) -> f64 {
    if event.pointer_type() == "touch" {
        18.0
    } else {
        8.0
    }
}

#[component]
pub fn MapCanvas(loaded: Arc<Loaded>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let container = NodeRef::<Div>::new();
    let canvas = NodeRef::<Canvas>::new();
    let viewport = RwSignal::new(Viewport {
        width: 0.0,
        height: 0.0,
    });
    let view = RwSignal::new(None::<View>);
    let gestures = StoredValue::new(Gestures::default());

    let opening_bounds = loaded.scene.bounds();
    let scheduler = paint_scheduler(loaded.clone(), state, canvas, view, viewport);
    Effect::new(move |_| {
        view.track();
        viewport.track();
        state.selected.track();
        state.lang.track();
        scheduler.request();
    });
    Effect::new(move |_| {
        if let Some(element) = container.get() {
            observe_size(&element, viewport, view, opening_bounds);
        }
    });
    automation::install(loaded.clone(), state, view, viewport, canvas);
    let reveal_scene = loaded.clone();
    Effect::new(move |_| {
        if let Some(feature) = state.selected.get() {
            reveal_beside_panel(reveal_scene.clone(), feature, canvas, view, viewport);
        }
    });

    let local_point = move |x: i32, y: i32| -> ScreenPoint {
        let rect = canvas.get_untracked().map(|c| c.get_bounding_client_rect());
        let (left, top) = rect.map(|r| (r.left(), r.top())).unwrap_or_default();
        ScreenPoint::new(f64::from(x) - left, f64::from(y) - top)
    };
    let update_view = move |change: &dyn Fn(View, Viewport) -> View| {
        if let Some(current) = view.get_untracked() {
            view.set(Some(change(current, viewport.get_untracked())));
        }
    };

    let on_pointer_down = move |event: PointerEvent| {
        if let Some(element) = canvas.get_untracked() {
            let _ = element.set_pointer_capture(event.pointer_id());
        }
        let at = local_point(event.client_x(), event.client_y());
        gestures.update_value(|g| g.down(event.pointer_id(), at));
    };
    let hover_scene = loaded.clone();
    let on_pointer_move = move |event: PointerEvent| {
        let at = local_point(event.client_x(), event.client_y());
        let (Some(current), size) = (view.get_untracked(), viewport.get_untracked()) else {
            return;
        };
        let moved = gestures
            .try_update_value(|g| g.moved(event.pointer_id(), at, current, size))
            .flatten();
        if let Some(next) = moved {
            view.set(Some(next));
        } else if event.pointer_type() == "mouse" {
            let over = feature_at(
                &hover_scene.scene,
                &current.projector(size),
                at,
                tolerance(&event),
            );
            if let Some(element) = canvas.get_untracked() {
                let cursor = if over.is_some() { "pointer" } else { "grab" };
                let _ = web_sys::HtmlElement::style(&element).set_property("cursor", cursor);
            }
        }
    };
    let click_scene = loaded.clone();
    let on_pointer_up = move |event: PointerEvent| {
        let at = local_point(event.client_x(), event.client_y());
        let click = gestures
            .try_update_value(|g| g.up(event.pointer_id(), at))
            .flatten();
        if let (Some(click), Some(current)) = (click, view.get_untracked()) {
            let projector = current.projector(viewport.get_untracked());
            state.selected.set(feature_at(
                &click_scene.scene,
                &projector,
                click,
                tolerance(&event),
            ));
        }
    };
    let on_pointer_cancel = move |event: PointerEvent| {
        gestures.update_value(|g| g.cancel(event.pointer_id()));
    };
    let on_wheel = move |event: WheelEvent| {
        event.prevent_default();
        let per_unit = if event.delta_mode() == WheelEvent::DOM_DELTA_LINE {
            0.05
        } else {
            0.002
        };
        let delta = (-event.delta_y() * per_unit).clamp(-1.0, 1.0);
        let at = local_point(event.client_x(), event.client_y());
        update_view(&|current, size| current.zoomed_around(at, delta, size));
    };
    let on_key = move |event: KeyboardEvent| {
        let step = 80.0;
        let handled = match event.key().as_str() {
            "ArrowLeft" => Some((step, 0.0, 0.0)),
            "ArrowRight" => Some((-step, 0.0, 0.0)),
            "ArrowUp" => Some((0.0, step, 0.0)),
            "ArrowDown" => Some((0.0, -step, 0.0)),
            "+" | "=" => Some((0.0, 0.0, 1.0)),
            "-" | "_" => Some((0.0, 0.0, -1.0)),
            _ => None,
        };
        if let Some((dx, dy, zoom)) = handled {
            event.prevent_default();
            update_view(&|current, size| {
                let middle = ScreenPoint::new(size.width / 2.0, size.height / 2.0);
                current.panned(dx, dy).zoomed_around(middle, zoom, size)
            });
        }
    };
    let zoom_by = move |delta: f64| {
        update_view(&|current, size| {
            current.zoomed_around(
                ScreenPoint::new(size.width / 2.0, size.height / 2.0),
                delta,
                size,
            )
        });
    };
    let reset = move |_| update_view(&|_, size| View::opening(opening_bounds, size));
    let text = move || strings(state.lang.get());

    view! {
        <div class="map" node_ref=container data-testid="map">
            <canvas
                node_ref=canvas
                tabindex="0"
                role="img"
                aria-label=move || text().map_label
                data-testid="map-canvas"
                data-ready=move || view.get().is_some().to_string()
                on:pointerdown=on_pointer_down
                on:pointermove=on_pointer_move
                on:pointerup=on_pointer_up
                on:pointercancel=on_pointer_cancel
                on:wheel=on_wheel
                on:keydown=on_key
            ></canvas>
            <div class="zoom-controls">
                <button data-testid="zoom-in" aria-label=move || text().zoom_in title=move || text().zoom_in on:click=move |_| zoom_by(1.0)>"+"</button>
                <button data-testid="zoom-out" aria-label=move || text().zoom_out title=move || text().zoom_out on:click=move |_| zoom_by(-1.0)>"−"</button>
                <button data-testid="zoom-reset" aria-label=move || text().reset_view title=move || text().reset_view on:click=reset>"⌂"</button>
            </div>
        </div>
    }
}

/// Paints the scene whenever asked, at most once a frame; marks `first-arcs` after the first
/// frame that showed arcs.
fn paint_scheduler(
    loaded: Arc<Loaded>,
    state: AppState,
    canvas: NodeRef<Canvas>,
    view: RwSignal<Option<View>>,
    viewport: RwSignal<Viewport>,
) -> FrameScheduler {
    let marked = Rc::new(Cell::new(false));
    FrameScheduler::new(move || {
        let (Some(element), Some(current)) = (canvas.get_untracked(), view.get_untracked()) else {
            return;
        };
        let size = viewport.get_untracked();
        let Some(window) = web_sys::window() else {
            return;
        };
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
            return;
        };
        let lang = state.lang.get_untracked();
        let selected = state.selected.get_untracked();
        let frame = Frame {
            context: &context,
            projector: current.projector(size),
            viewport: size,
            pixel_ratio: ratio,
            selected: selected.as_ref(),
        };
        frame.paint(&loaded.countries, &loaded.scene, &|place| {
            loaded.place_name(place, lang)
        });
        if !marked.get() && loaded.scene.arcs().next().is_some() {
            marked.set(true);
            if let Some(performance) = window.performance() {
                let _ = performance.mark("first-arcs");
            }
        }
    })
}

/// After the panel has opened, pans the map so that `feature` is not hidden under it.
fn reveal_beside_panel(
    loaded: Arc<Loaded>,
    feature: Feature,
    canvas: NodeRef<Canvas>,
    view: RwSignal<Option<View>>,
    viewport: RwSignal<Viewport>,
) {
    let after_render = Closure::once_into_js(move || {
        let (Some(current), Some(element)) = (view.get_untracked(), canvas.get_untracked()) else {
            return;
        };
        let size = viewport.get_untracked();
        let Some(point) = anchor_of(&loaded.scene, &current.projector(size), &feature) else {
            return;
        };
        let map = element.get_bounding_client_rect();
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
            if panel.left() > map.left() + size.width / 2.0 {
                visible.right = panel.left() - map.left();
            } else if panel.top() > map.top() + size.height / 3.0 {
                visible.bottom = panel.top() - map.top();
            }
        }
        if let Some(next) = revealing(current, point, visible, 48.0) {
            view.set(Some(next));
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(after_render.unchecked_ref());
    }
}

/// Keeps `viewport` equal to the element's size; frames the opening view once it is known.
fn observe_size(
    element: &web_sys::HtmlDivElement,
    viewport: RwSignal<Viewport>,
    view: RwSignal<Option<View>>,
    opening_bounds: Option<(WorldPoint, WorldPoint)>,
) {
    let measure = move |width: f64, height: f64| {
        if width < 1.0 || height < 1.0 {
            return;
        }
        let size = Viewport { width, height };
        viewport.set(size);
        if view.get_untracked().is_none() {
            view.set(Some(View::opening(opening_bounds, size)));
        }
    };
    let rect = element.get_bounding_client_rect();
    measure(rect.width(), rect.height());
    let target = element.clone();
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let rect = target.get_bounding_client_rect();
        measure(rect.width(), rect.height());
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(element);
    }
    on_resize.forget();
}
