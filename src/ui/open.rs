//! Opening a feature from a control on the page, and taking the reader's focus to its panel.

use super::state::AppState;
use crate::map::scene::Feature;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Opens `feature` in the panel and moves the keyboard focus to the panel's title once it is
/// drawn: the control that opened it may be gone with the old panel, and a reader using a
/// keyboard or a screen reader continues where the content is.
pub fn open_and_focus(state: AppState, feature: Feature) {
    state.selected.set(Some(feature));
    let focus_title = Closure::once_into_js(|| {
        let title = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.get_element_by_id("panel-title"))
            .and_then(|title| title.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(title) = title {
            let _ = title.focus();
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(focus_title.unchecked_ref());
    }
}
