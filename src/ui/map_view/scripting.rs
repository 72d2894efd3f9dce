//! The map's part of `window.partnerAtlas`, the scripting interface for host pages and tests.
//!
//! `anchor(key)` tells where a feature is drawn, in page (client) pixels, so that a script can
//! click it like a person would; `selected()` names the open feature; `select(key)` opens one.
//! `paintTimes()` hands over the durations (ms) of the paints since it was last asked, and
//! `measureRaster(true)` makes those durations include the browser's rasterising;
//! `complete()` tells whether the last paint showed everything in full for its view;
//! `labels()` lists the places whose names are shown; `drawn()` gives what the last paint drew:
//! `labels` (`text`, `x`, `y`, `width`, `height`, `marker`, the index of its marker), `markers`
//! (`x`, `y`, `radius`, and the `places` and `ties` each holds) and a chosen visit's `stops`
//! (`place`, `number`, `x`, `y`) and the `flows` of ties added up at a wide view (`from`, `to`,
//! their ends' keys, `ties`, `width`, `kind`, and `x`, `y`, the middle of the stroke), all in
//! page pixels; `groupOf(key)` gives `[x, y, count]`
//! of the group marker a crowded place is hidden in, or null; `jumpTo(lon, lat, zoom)` moves the
//! view there at once; `view()` gives `[lon, lat, zoom]`; `memoryBytes()` gives the size of the
//! app's WebAssembly memory. On a kiosk, `kiosk()` and `tourStep()` (see `ui::kiosk`).
//! Keys look like `place:hefei`, `tie:osnabrueck--hefei--friendship`, `visit:…`.

use crate::map::clusters::{clusters_for, group_of};
use crate::map::emphasis::Emphasis;
use crate::map::hit::anchor_of;
use crate::map::projection::{project_lon_lat, unproject};
use crate::map::scene::Feature;
use crate::map::view::View;
use crate::ui::app_state::AppState;
use crate::ui::canvas::Drawn;
use crate::ui::host::scripting::Lent;
use crate::ui::map_view::map_state::MapState;
use crate::ui::map_view::paint_log::PaintLog;
use js_sys::{Array, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

/// Lends the map's functions to `window.partnerAtlas` while the map is mounted.
pub fn install(paint_log: PaintLog, state: AppState, map: MapState) {
    let MapState {
        canvas,
        view,
        viewport,
        ..
    } = map;
    let anchor = Closure::<dyn Fn(String) -> JsValue>::new(move |key: String| {
        let located = (|| {
            let feature = Feature::from_key(&key)?;
            let projector = view.get_untracked()?.projector(viewport.get_untracked());
            let point = anchor_of(&map.scene.get_untracked(), &projector, &feature)?;
            let rect = canvas.get_untracked()?.get_bounding_client_rect();
            Some(Array::of2(
                &(point.x + rect.left()).into(),
                &(point.y + rect.top()).into(),
            ))
        })();
        located.map(JsValue::from).unwrap_or(JsValue::NULL)
    });
    let selected = Closure::<dyn Fn() -> JsValue>::new(move || {
        state
            .selected
            .get_untracked()
            .map(|feature| JsValue::from(feature.key()))
            .unwrap_or(JsValue::NULL)
    });
    let select = Closure::<dyn Fn(String)>::new(move |key: String| {
        state.selected.set(Feature::from_key(&key));
    });
    let labelled_log = paint_log.clone();
    let labels = Closure::<dyn Fn() -> JsValue>::new(move || {
        labelled_log
            .drawn()
            .labels
            .into_iter()
            .flat_map(|label| label.places)
            .map(|place| JsValue::from(Feature::Place(place).key()))
            .collect::<Array>()
            .into()
    });
    let drawn_log = paint_log.clone();
    let drawn = Closure::<dyn Fn() -> JsValue>::new(move || {
        let origin = canvas
            .get_untracked()
            .map(|canvas| canvas.get_bounding_client_rect())
            .map_or((0.0, 0.0), |rect| (rect.left(), rect.top()));
        drawn_in_page(&drawn_log.drawn(), origin)
    });
    let group = Closure::<dyn Fn(String) -> JsValue>::new(move |key: String| {
        let found = (|| {
            let Some(Feature::Place(place)) = Feature::from_key(&key) else {
                return None;
            };
            let projector = view.get_untracked()?.projector(viewport.get_untracked());
            let selected = state.selected.get_untracked();
            let scene = map.scene.get_untracked();
            let chosen = Emphasis::of(&scene, selected.as_ref(), None);
            let clusters = clusters_for(&scene, &projector, &chosen);
            let group = group_of(&clusters, &scene, &place)?;
            let rect = canvas.get_untracked()?.get_bounding_client_rect();
            let count = group.members.len() as f64;
            Some(Array::of3(
                &(group.at.x + rect.left()).into(),
                &(group.at.y + rect.top()).into(),
                &count.into(),
            ))
        })();
        found.map(JsValue::from).unwrap_or(JsValue::NULL)
    });
    let jump = Closure::<dyn Fn(f64, f64, f64)>::new(move |lon: f64, lat: f64, zoom: f64| {
        view.set(Some(
            View {
                center: project_lon_lat(lon, lat),
                zoom,
            }
            .clamped(),
        ));
    });
    let memory_bytes = Closure::<dyn Fn() -> JsValue>::new(|| {
        Reflect::get(&wasm_bindgen::memory(), &"buffer".into())
            .and_then(|buffer| Reflect::get(&buffer, &"byteLength".into()))
            .unwrap_or(JsValue::NULL)
    });
    let complete_log = paint_log.clone();
    let complete = Closure::<dyn Fn() -> bool>::new(move || complete_log.complete());
    let raster_log = paint_log.clone();
    let measure_raster = Closure::<dyn Fn(bool)>::new(move |on: bool| {
        raster_log.set_includes_raster(on);
    });
    let paint_times = Closure::<dyn Fn() -> JsValue>::new(move || {
        paint_log
            .take()
            .into_iter()
            .map(JsValue::from)
            .collect::<Array>()
            .into()
    });

    let current_view = Closure::<dyn Fn() -> JsValue>::new(move || {
        view.get_untracked()
            .map(|current| {
                let (lon, lat) = unproject(current.center);
                JsValue::from(Array::of3(&lon.into(), &lat.into(), &current.zoom.into()))
            })
            .unwrap_or(JsValue::NULL)
    });

    let mut lent = Lent::default();
    lent.lend("view", current_view);
    lent.lend("anchor", anchor);
    lent.lend("selected", selected);
    lent.lend("select", select);
    lent.lend("paintTimes", paint_times);
    lent.lend("complete", complete);
    lent.lend("measureRaster", measure_raster);
    lent.lend("labels", labels);
    lent.lend("drawn", drawn);
    lent.lend("jumpTo", jump);
    lent.lend("memoryBytes", memory_bytes);
    lent.lend("groupOf", group);
    lent.while_mounted();
}

/// An object of named values, for the scripting interface.
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&object, &(*name).into(), value);
    }
    object.into()
}

/// What a paint drew, in page pixels (the canvas's corner at `origin`).
fn drawn_in_page(drawn: &Drawn, (left, top): (f64, f64)) -> JsValue {
    let labels: Array = drawn
        .labels
        .iter()
        .map(|label| {
            object(&[
                ("text", label.text.as_str().into()),
                ("x", (label.left + left).into()),
                ("y", (label.top + top).into()),
                ("width", label.width.into()),
                ("height", label.height.into()),
                ("marker", (label.marker as f64).into()),
            ])
        })
        .collect();
    let markers: Array = drawn
        .markers
        .iter()
        .map(|marker| {
            object(&[
                ("x", (marker.x + left).into()),
                ("y", (marker.y + top).into()),
                ("radius", marker.radius.into()),
                ("places", (marker.places as f64).into()),
                ("ties", (marker.ties as f64).into()),
            ])
        })
        .collect();
    let stops: Array = drawn
        .stops
        .iter()
        .map(|stop| {
            object(&[
                ("place", Feature::Place(stop.place.clone()).key().into()),
                ("number", (stop.number as f64).into()),
                ("x", (stop.x + left).into()),
                ("y", (stop.y + top).into()),
            ])
        })
        .collect();
    let flows: Array = drawn
        .flows
        .iter()
        .map(|flow| {
            let kind = flow
                .kind
                .map_or(JsValue::NULL, |kind| format!("{kind:?}").into());
            object(&[
                ("from", flow.from.as_str().into()),
                ("to", flow.to.as_str().into()),
                ("ties", (flow.ties as f64).into()),
                ("width", flow.width.into()),
                ("kind", kind),
                ("x", (flow.x + left).into()),
                ("y", (flow.y + top).into()),
            ])
        })
        .collect();
    object(&[
        ("labels", labels.into()),
        ("markers", markers.into()),
        ("stops", stops.into()),
        ("flows", flows.into()),
    ])
}
