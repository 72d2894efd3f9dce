//! Opening a feature from a control on the page and closing it again, with the reader's
//! keyboard focus taken to the panel and given back to the control that opened it.

use crate::map::scene::Feature;
use crate::ui::app_state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::HtmlElement;

fn element_by_id(id: &str) -> Option<HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// The first element of the page that `selector` finds.
fn element(selector: &str) -> Option<HtmlElement> {
    web_sys::window()?
        .document()?
        .query_selector(selector)
        .ok()??
        .dyn_into()
        .ok()
}

/// Gives the keyboard focus to the element with this `data-testid` (the map's canvas, a
/// button), if the page has it.
pub fn focus_testid(testid: &str) {
    if let Some(target) = element(&format!("[data-testid={testid}]")) {
        let _ = target.focus();
    }
}

/// Opens `feature` in the panel and moves the keyboard focus to the panel's title once it is
/// drawn: the control that opened it may be gone with the old panel, and a reader using a
/// keyboard or a screen reader continues where the content is. The control is remembered, so
/// that closing the panel gives it the focus back.
pub fn open_and_focus(state: AppState, feature: Feature) {
    let opener = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.active_element())
        .and_then(|active| active.dyn_into::<HtmlElement>().ok())
        .filter(|active| active.id() != "panel-title");
    if opener.is_some() {
        state.opener.set_value(opener);
    }
    state.selected.set(Some(feature));
    after_render(|| {
        if let Some(title) = element_by_id("panel-title") {
            let _ = title.focus();
        }
    });
}

/// Runs `then` once the page has drawn what the signals just changed.
pub fn after_render(then: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(then);
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(callback.unchecked_ref());
    }
}

/// Opens `feature` from the side bar; where the side bar lies over the map, it closes, so that
/// what was opened can be seen.
pub fn open_from_side_bar(state: AppState, feature: Feature) {
    open_and_focus(state, feature);
    state.side_bar_open.set(false);
}

/// Closes the panel and gives the focus back to the control that opened it, or to the map
/// where that control is gone or hidden (in a side bar that has closed, say).
pub fn close_panel(state: AppState) {
    state.selected.set(None);
    let opener = state
        .opener
        .try_update_value(Option::take)
        .flatten()
        .filter(|opener| opener.is_connected() && opener.get_client_rects().length() > 0);
    match opener {
        Some(opener) => {
            let _ = opener.focus();
        }
        None => focus_testid("map-canvas"),
    }
}
