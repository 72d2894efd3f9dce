//! The map's resting view in the page's address: written a moment after the map stops moving.

use crate::map::projection::{project_lon_lat, unproject};
use crate::map::view::View;
use leptos::prelude::*;
use std::time::Duration;

/// How long the map must rest before its view goes into the address.
const REST: Duration = Duration::from_millis(400);

/// The view a link's longitude, latitude and zoom stand for.
pub fn view_of_link((lon, lat, zoom): (f64, f64, f64)) -> View {
    View {
        center: project_lon_lat(lon, lat),
        zoom,
    }
    .clamped()
}

/// Sets `linked` to the view whenever the view has rested for a moment.
pub fn keep_view_in_link(view: RwSignal<Option<View>>, linked: RwSignal<Option<(f64, f64, f64)>>) {
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let Some(current) = view.get() else {
            return;
        };
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        let write = move || {
            let (lon, lat) = unproject(current.center);
            linked.set(Some((lon, lat, current.zoom)));
        };
        if let Ok(handle) = set_timeout_with_handle(write, REST) {
            pending.set_value(Some(handle));
        }
    });
}
