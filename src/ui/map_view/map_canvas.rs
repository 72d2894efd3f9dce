//! The map: a canvas that paints the scene and turns pointer, wheel and key input into moves.

use crate::map::clusters::{bounds_of, clusters_for, group_at};
use crate::map::emphasis::Emphasis;
use crate::map::framing::{ScreenRect, framing_in};
use crate::map::gestures::{Gestures, Release};
use crate::map::hit::feature_at;
use crate::map::projection::ScreenPoint;
use crate::map::scene::Feature;
use crate::map::view::{View, Viewport};
use crate::page_options::PageOptions;
use crate::palette::MapColours;
use crate::tr;
use crate::ui::app_state::{AppState, Loaded};
use crate::ui::canvas::PREPARE_DETAIL_FROM_ZOOM;
use crate::ui::host::page_url::detailed_basemap_url;
use crate::ui::host::wheel_guard::{WheelGuard, WheelHint};
use crate::ui::map_view::detail_basemap::load_detailed_land;
use crate::ui::map_view::map_state::MapState;
use crate::ui::map_view::mover::Mover;
use crate::ui::map_view::paint_log::PaintLog;
use crate::ui::map_view::paint_loop::paint_on_change;
use crate::ui::map_view::reveal_choice::{frame_chosen, free_area, track_covers};
use crate::ui::map_view::scripting;
use crate::ui::map_view::view_link::{keep_view_in_link, view_of_link};
use crate::ui::map_view::viewport_size::observe_size;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::rc::Rc;
use std::sync::Arc;
use web_sys::{KeyboardEvent, PointerEvent, WheelEvent};

/// Loads the detailed basemap the first time the view comes near a close zoom. Without it the map keeps
/// its coarse outlines, so a failure here changes nothing a reader depends on.
fn load_detail_once(map: MapState, requested: StoredValue<bool>) {
    if requested.get_value() {
        return;
    }
    requested.set_value(true);
    spawn_local(async move {
        if let Ok(land) = load_detailed_land(&detailed_basemap_url()).await {
            map.detail.set(Some(Rc::new(land)));
        }
    });
}

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
    let map = MapState::new(loaded.scene.clone());
    let MapState {
        canvas,
        view,
        viewport,
        hovered,
        ..
    } = map;
    let gestures = StoredValue::new(Gestures::default());
    // The view a click was released on: a double click zooms from there, undoing whatever the
    // first click of the pair began (opening a group flies the map away).
    let view_at_click = StoredValue::new(None::<View>);
    let detail_requested = StoredValue::new(false);

    let options = use_context::<PageOptions>().unwrap_or_default();
    let wheel_guard = WheelGuard::new(options.embedded);
    // A page focused on one town opens framed on its ties, beside its panel; any other on
    // Germany and East Asia with every arc.
    let focused = state
        .filters
        .with_untracked(|filters| filters.place.is_some());
    let opening_bounds = if focused {
        map.scene.get_untracked().bounds()
    } else {
        loaded.scene.bounds()
    };
    let opening_view = move |size: Viewport| match opening_bounds {
        Some(bounds) if focused => {
            let free = canvas
                .get_untracked()
                .map_or(ScreenRect::of(size), |element| free_area(&element, size));
            framing_in(bounds, size, free, 7.0)
        }
        _ => View::opening(opening_bounds, size),
    };
    let paint_log = PaintLog::default();
    paint_on_change(
        loaded.clone(),
        paint_log.clone(),
        state,
        map,
        MapColours::with_theme(&options.theme),
    );
    // After the painter: the first frame is painted before the page's layout is measured.
    track_covers(map, state);
    Effect::new(move |_| {
        if let Some(element) = container.get() {
            let linked = state.linked_view.get_untracked().map(view_of_link);
            observe_size(&element, map, opening_view, linked);
        }
    });
    scripting::install(paint_log, state, map);
    Effect::new(move |_| {
        if view
            .get()
            .is_some_and(|current| current.zoom >= PREPARE_DETAIL_FROM_ZOOM)
        {
            load_detail_once(map, detail_requested);
        }
    });
    let filtering = loaded.clone();
    Effect::new(move |_| {
        let scene = state.filters.with(|filters| filtering.scene_for(filters));
        if !Arc::ptr_eq(&scene, &map.scene.get_untracked()) {
            map.scene.set(scene);
        }
    });
    keep_view_in_link(view, state.linked_view);
    let mover = Mover::new(view);
    let reveal_mover = mover.clone();
    // A link that names both a view and an open feature opens exactly that view.
    let linked_view = state.linked_view.get_untracked().is_some();
    Effect::new(move |ran_before: Option<()>| {
        if let Some(feature) = state.selected.get()
            && (ran_before.is_some() || !linked_view)
        {
            let always = state.touring.get_untracked();
            frame_chosen(feature, map, reveal_mover.clone(), always);
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
    let fly_mover = mover.clone();
    let fly = move |change: &dyn Fn(View, Viewport) -> View| {
        if let Some(current) = view.get_untracked() {
            fly_mover.fly_to(change(current, viewport.get_untracked()));
        }
    };

    let home_mover = mover.clone();
    Effect::new(move |ran_before: Option<()>| {
        state.home.track();
        if ran_before.is_some() {
            home_mover.fly_to(opening_view(viewport.get_untracked()));
        }
    });

    let down_mover = mover.clone();
    let on_pointer_down = move |event: PointerEvent| {
        down_mover.stop();
        wheel_guard.arm();
        if let Some(element) = canvas.get_untracked() {
            let _ = element.set_pointer_capture(event.pointer_id());
        }
        let at = local_point(event.client_x(), event.client_y());
        gestures.update_value(|g| g.down(event.pointer_id(), at, event.time_stamp()));
    };
    let on_pointer_move = move |event: PointerEvent| {
        let at = local_point(event.client_x(), event.client_y());
        let (Some(current), size) = (view.get_untracked(), viewport.get_untracked()) else {
            return;
        };
        let moved = gestures
            .try_update_value(|g| {
                g.moved(event.pointer_id(), at, event.time_stamp(), current, size)
            })
            .flatten();
        if let Some(next) = moved {
            view.set(Some(next));
        } else if event.pointer_type() == "mouse" {
            let over = feature_at(
                &map.scene.get_untracked(),
                &current.projector(size),
                at,
                tolerance(&event),
            );
            let place = match &over {
                Some(Feature::Place(place)) => Some(place.clone()),
                _ => None,
            };
            if hovered.get_untracked() != place {
                hovered.set(place);
            }
            if let Some(element) = canvas.get_untracked() {
                let cursor = if over.is_some() { "pointer" } else { "grab" };
                let _ = web_sys::HtmlElement::style(&element).set_property("cursor", cursor);
            }
        }
    };
    let release_mover = mover.clone();
    let on_pointer_up = move |event: PointerEvent| {
        let at = local_point(event.client_x(), event.client_y());
        let release = gestures
            .try_update_value(|g| g.up(event.pointer_id(), at, event.time_stamp()))
            .unwrap_or(Release::Nothing);
        let (Some(current), size) = (view.get_untracked(), viewport.get_untracked()) else {
            return;
        };
        match release {
            Release::Click(click) => {
                view_at_click.set_value(Some(current));
                let projector = current.projector(size);
                let selected = state.selected.get_untracked();
                let scene = map.scene.get_untracked();
                let chosen = Emphasis::of(&scene, selected.as_ref(), None);
                let clusters = clusters_for(&scene, &projector, &chosen);
                if let Some((low, high)) =
                    group_at(&clusters, click).and_then(|group| bounds_of(group, &scene.markers))
                {
                    let opened = View::fitting(low, high, size, 120.0);
                    let zoom = opened.zoom.max(current.zoom + 1.5).min(current.zoom + 4.0);
                    release_mover.fly_to(View { zoom, ..opened }.clamped());
                    return;
                }
                let chosen = feature_at(&scene, &projector, click, tolerance(&event));
                // Closing what the map opened leaves the focus on the map.
                state.opener.set_value(None);
                state.selected.set(chosen);
            }
            Release::DoubleClick(click) => {
                let before = view_at_click.get_value().unwrap_or(current);
                release_mover.fly_to(before.zoomed_around(click, 1.0, size))
            }
            Release::Fling(vx, vy) => release_mover.glide((vx, vy)),
            Release::Nothing => {}
        }
    };
    let on_pointer_leave = move |_| {
        hovered.set(None);
        wheel_guard.disarm();
    };
    let on_pointer_cancel = move |event: PointerEvent| {
        gestures.update_value(|g| g.cancel(event.pointer_id()));
    };
    let wheel_mover = mover.clone();
    let on_wheel = move |event: WheelEvent| {
        if !wheel_guard.lets_map_zoom(&event) {
            return;
        }
        event.prevent_default();
        wheel_mover.stop();
        let per_unit = if event.delta_mode() == WheelEvent::DOM_DELTA_LINE {
            0.05
        } else {
            0.002
        };
        let delta = (-event.delta_y() * per_unit).clamp(-1.0, 1.0);
        let at = local_point(event.client_x(), event.client_y());
        update_view(&|current, size| current.zoomed_around(at, delta, size));
    };
    // Escape, which closes the panel, is the page's (see `app.rs`).
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
    let zoom_by = {
        let fly = fly.clone();
        move |delta: f64| {
            fly(&|current, size| {
                current.zoomed_around(
                    ScreenPoint::new(size.width / 2.0, size.height / 2.0),
                    delta,
                    size,
                )
            });
        }
    };
    let zoom_out = zoom_by.clone();
    let reset = move |_| fly(&|_, size| opening_view(size));
    let lang = move || state.lang.get();

    view! {
        <div class="map" node_ref=container data-testid="map">
            <canvas
                id="map-canvas"
                node_ref=canvas
                tabindex="0"
                role="img"
                aria-label=move || tr!(lang(), map.label)
                data-testid="map-canvas"
                data-ready=move || view.get().is_some().to_string()
                on:pointerdown=on_pointer_down
                on:pointermove=on_pointer_move
                on:pointerup=on_pointer_up
                on:pointercancel=on_pointer_cancel
                on:pointerleave=on_pointer_leave
                on:wheel=on_wheel
                on:keydown=on_key
            ></canvas>
            <WheelHint guard=wheel_guard />
            <div class="zoom-controls" data-covers-map="">
                <button data-testid="zoom-in" aria-label=move || tr!(lang(), map.zoom_in) title=move || tr!(lang(), map.zoom_in) on:click=move |_| zoom_by(1.0)>"+"</button>
                <button data-testid="zoom-out" aria-label=move || tr!(lang(), map.zoom_out) title=move || tr!(lang(), map.zoom_out) on:click=move |_| zoom_out(-1.0)>"−"</button>
                <button data-testid="zoom-reset" aria-label=move || tr!(lang(), map.reset_view) title=move || tr!(lang(), map.reset_view) on:click=reset>"⌂"</button>
            </div>
        </div>
    }
}
