//! The map: a canvas that paints the scene and turns pointer, wheel and key input into moves.

use crate::map::framing::{ScreenRect, framing_in};
use crate::map::gestures::Gestures;
use crate::map::input::middle;
use crate::map::view::{View, Viewport};
use crate::page_options::PageOptions;
use crate::palette::MapColours;
use crate::tr;
use crate::ui::app_state::{AppState, Loaded};
use crate::ui::canvas::CannotDraw;
use crate::ui::export::menu::ExportMenu;
use crate::ui::host::scroll_guard::{ScrollGuard, ScrollHint};
use crate::ui::map_view::detail_basemap::load_detail_when_close;
use crate::ui::map_view::flow_tip::FlowTipView;
use crate::ui::map_view::map_input::MapInput;
use crate::ui::map_view::map_state::MapState;
use crate::ui::map_view::mover::Mover;
use crate::ui::map_view::paint_log::PaintLog;
use crate::ui::map_view::paint_loop::paint_on_change;
use crate::ui::map_view::reveal_choice::{
    fly_home_when_asked, frame_each_choice, free_area, track_covers,
};
use crate::ui::map_view::scripting;
use crate::ui::map_view::view_link::{keep_view_in_link, view_of_link};
use crate::ui::map_view::viewport_size::observe_size;
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn MapCanvas(loaded: Arc<Loaded>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let container = NodeRef::<Div>::new();
    let map = MapState::new(loaded.scene.clone(), state);
    let MapState {
        canvas,
        view,
        viewport,
        ..
    } = map;

    let options = use_context::<PageOptions>().unwrap_or_default();
    let scroll_guard = ScrollGuard::new(options.guarded);
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
    let colours = MapColours::with_theme(&options.theme);
    paint_on_change(
        loaded.clone(),
        paint_log.clone(),
        state,
        map,
        colours.clone(),
    );
    // After the painter: the first frame is painted before the page's layout is measured.
    track_covers(map, state);
    Effect::new(move |_| {
        if let Some(element) = canvas.get() {
            scroll_guard.hold_two_fingers(&element);
        }
    });
    Effect::new(move |_| {
        if let Some(element) = container.get() {
            let linked = state.linked_view.get_untracked().map(view_of_link);
            observe_size(&element, map, opening_view, linked);
        }
    });
    scripting::install(paint_log, state, map);
    load_detail_when_close(map);
    map.follow_filters(loaded.clone(), state);
    keep_view_in_link(view, state.linked_view);
    let mover = Mover::new(view);
    frame_each_choice(map, state, mover.clone());

    let fly_mover = mover.clone();
    let fly = move |change: &dyn Fn(View, Viewport) -> View| {
        if let Some(current) = view.get_untracked() {
            fly_mover.fly_to(change(current, viewport.get_untracked()));
        }
    };

    fly_home_when_asked(map, state, mover.clone(), opening_view);

    // One value for every handler, each a copy of its handle.
    let input = StoredValue::new_local(MapInput {
        map,
        state,
        gestures: StoredValue::new(Gestures::default()),
        view_at_click: StoredValue::new(None),
        mover: mover.clone(),
        scroll_guard,
    });
    let zoom_by = {
        let fly = fly.clone();
        move |delta: f64| {
            fly(&|current, size| current.zoomed_around(middle(size), delta, size));
        }
    };
    let zoom_out = zoom_by.clone();
    let reset = move |_| fly(&|_, size| opening_view(size));
    let lang = move || state.lang.get();

    view! {
        <div class="map" node_ref=container data-testid="map" data-guarded=options.guarded.to_string()>
            <canvas
                id="map-canvas"
                node_ref=canvas
                tabindex="0"
                role="img"
                aria-label=move || tr!(lang(), map.label)
                data-testid="map-canvas"
                data-ready=move || view.get().is_some().to_string()
                on:pointerdown=move |event| input.with_value(|input| input.pointer_down(&event))
                on:pointermove=move |event| input.with_value(|input| input.pointer_move(&event))
                on:pointerup=move |event| input.with_value(|input| input.pointer_up(&event))
                on:pointercancel=move |event| input.with_value(|input| input.pointer_cancel(&event))
                on:pointerleave=move |event| input.with_value(|input| input.pointer_leave(&event))
                on:wheel=move |event| input.with_value(|input| input.wheel(&event))
                on:keydown=move |event| input.with_value(|input| input.key_down(&event))
            ></canvas>
            {move || map.cannot_draw.get().map(|CannotDraw(why)| view! {
                <div class="status error cannot-draw" role="alert" data-testid="map-cannot-draw">
                    <p class="headline">{tr!(lang(), map.cannot_draw)}</p>
                    <p class="detail">{why}</p>
                </div>
            })}
            <ScrollHint guard=scroll_guard />
            <FlowTipView loaded=loaded.clone() map=map />
            <div class="zoom-controls" data-covers-map="">
                // A kiosk's visitors take nothing home but what a QR code gives them.
                {options.kiosk.is_none().then(|| view! { <ExportMenu loaded=loaded.clone() map=map colours=colours.clone() /> })}
                <button data-testid="zoom-in" aria-label=move || tr!(lang(), map.zoom_in) title=move || tr!(lang(), map.zoom_in) on:click=move |_| zoom_by(1.0)>"+"</button>
                <button data-testid="zoom-out" aria-label=move || tr!(lang(), map.zoom_out) title=move || tr!(lang(), map.zoom_out) on:click=move |_| zoom_out(-1.0)>"−"</button>
                <button data-testid="zoom-reset" aria-label=move || tr!(lang(), map.reset_view) title=move || tr!(lang(), map.reset_view) on:click=reset>"⌂"</button>
            </div>
        </div>
    }
}
