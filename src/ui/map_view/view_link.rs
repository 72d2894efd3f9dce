//! The map's resting view in the page's address: written a moment after the map stops moving.

use crate::explore::link::LinkedView;
use crate::map::projection::{project_lon_lat, unproject};
use crate::map::view::View;
use crate::ui::runtime::quiet_timer::QuietTimer;
use leptos::prelude::*;
use std::time::Duration;

/// How long the map must rest before its view goes into the address.
const REST: Duration = Duration::from_millis(400);

/// The view a link's longitude, latitude and zoom stand for.
pub fn view_of_link(LinkedView { lon, lat, zoom }: LinkedView) -> View {
    View {
        center: project_lon_lat(lon, lat),
        zoom,
    }
    .clamped()
}

/// Sets `linked` to the view whenever the view has rested for a moment.
pub fn keep_view_in_link(view: RwSignal<Option<View>>, linked: RwSignal<Option<LinkedView>>) {
    let rested = QuietTimer::new(REST, move || {
        if let Some(current) = view.get_untracked() {
            let (lon, lat) = unproject(current.center);
            let zoom = current.zoom;
            linked.set(Some(LinkedView { lon, lat, zoom }));
        }
    });
    Effect::new(move |_| {
        if view.with(Option::is_some) {
            rested.poke();
        }
    });
}
