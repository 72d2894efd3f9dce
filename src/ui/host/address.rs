//! The page's address keeps what the reader opened, filtered, looked at and reads in: a copied
//! link opens the same view, and the back button steps back through what was opened.

use crate::explore::link::{LinkState, PARAMETERS};
use crate::ui::app_state::AppState;
use atlas_model::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::UrlSearchParams;

fn current_search() -> String {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default()
}

/// What the address says now.
pub fn read_link() -> LinkState {
    let params = UrlSearchParams::new_with_str(&current_search()).ok();
    LinkState::from_query(|name| {
        params
            .as_ref()
            .and_then(|params| params.get(name))
            .filter(|value| !value.is_empty())
    })
}

/// The address for `link`, keeping parameters that are not the app's state (`atlas=`, say)
/// except those named in `dropped`.
fn search_for(link: &LinkState, dropped: &[&str]) -> String {
    let Ok(params) = UrlSearchParams::new_with_str(&current_search()) else {
        return String::new();
    };
    for name in PARAMETERS.iter().chain(dropped) {
        params.delete(name);
    }
    for (name, value) in link.to_query() {
        params.append(name, &value);
    }
    let text: String = params.to_string().into();
    if text.is_empty() {
        text
    } else {
        format!("?{text}")
    }
}

/// Puts the address's state into the app's signals (at start, and when the reader goes back).
fn apply(link: LinkState, state: AppState) {
    if let Some(lang) = link.lang.as_deref().and_then(Lang::from_tag) {
        state.lang.set(lang);
    }
    state.selected.set(link.open.clone());
    state.filters.set(link.filters);
}

/// The state a page opens with: the address's, the language falling back to the browser's,
/// and the view the link names (which the map opens at).
pub fn opening_state(state: AppState) {
    let link = read_link();
    state.linked_view.set(link.view);
    apply(link, state);
}

/// The state now, as a link would keep it.
fn link_now(state: AppState) -> LinkState {
    LinkState {
        lang: Some(state.lang.get().tag().to_owned()),
        open: state.selected.get(),
        filters: state.filters.get(),
        view: state.linked_view.get(),
    }
}

/// The address of this view in the atlas on a page of its own (for an embedded atlas's link
/// out): the same state, without `embed`.
pub fn full_atlas_address(state: AppState) -> String {
    let path = web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_default();
    format!("{path}{}", search_for(&link_now(state), &["embed"]))
}

/// Writes the state into the address whenever it changes: a new entry in the history when
/// something else is opened (if `new_entries` allows it; an embedded atlas or a kiosk adds none,
/// so the host's back button and a day's memory stay the host's), the same entry otherwise.
/// Going back puts the state back.
pub fn keep_in_address(state: AppState, new_entries: bool) {
    Effect::new(move |_| {
        let link = link_now(state);
        let search = search_for(&link, &[]);
        if search == current_search() {
            return;
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let (Ok(history), Ok(path)) = (window.history(), window.location().pathname()) else {
            return;
        };
        let url = format!("{path}{search}");
        if new_entries && read_link().open != link.open {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url));
        } else {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    });
    let on_back = window_event_listener(leptos::ev::popstate, move |_| apply(read_link(), state));
    on_cleanup(move || on_back.remove());
}
