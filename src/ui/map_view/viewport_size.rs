//! Following the map element's size, which a host page or a rotated screen may change.

use crate::map::view::{View, Viewport};
use crate::ui::map_view::map_state::MapState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Keeps `viewport` equal to the element's size; once it is known, opens at `linked` (the view
/// a link asks for) or at the `opening` view for that size.
pub fn observe_size(
    element: &web_sys::HtmlDivElement,
    map: MapState,
    opening: impl Fn(Viewport) -> View + 'static,
    linked: Option<View>,
) {
    let MapState { view, viewport, .. } = map;
    let measure = move |width: f64, height: f64| {
        if width < 1.0 || height < 1.0 {
            return;
        }
        let size = Viewport { width, height };
        viewport.set(size);
        if view.get_untracked().is_none() {
            view.set(Some(linked.unwrap_or_else(|| opening(size))));
        }
    };
    let rect = element.get_bounding_client_rect();
    measure(rect.width(), rect.height());
    let target = element.clone();
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let rect = target.get_bounding_client_rect();
        measure(rect.width(), rect.height());
    });
    let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(element);
    let observing = StoredValue::new_local(Some((observer, on_resize)));
    on_cleanup(move || {
        if let Some((observer, _)) = observing.try_update_value(Option::take).flatten() {
            observer.disconnect();
        }
    });
}
