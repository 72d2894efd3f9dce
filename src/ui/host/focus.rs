//! A page focused on one town (`?focus=osnabrueck` or `?focus=Osnabrück`): only its ties and
//! visits are shown and its panel opens; a name the atlas lacks is said, not silently dropped.

use crate::map::scene::Feature;
use crate::tr;
use crate::ui::app_state::{AppState, Loaded};
use leptos::prelude::*;

/// Turns the focus the address gave (an id or a name) into the place's id and opens its panel.
/// Returns the text as given when no place goes by it; the focus is then dropped.
pub fn resolve_focus(loaded: &Loaded, state: AppState) -> Option<String> {
    let asked = state
        .filters
        .with_untracked(|filters| filters.place.clone())?;
    match loaded.place_named(asked.as_str()) {
        Some(place) => {
            state
                .filters
                .update(|filters| filters.place = Some(place.clone()));
            if state.selected.get_untracked().is_none() {
                state.selected.set(Some(Feature::Place(place)));
            }
            None
        }
        None => {
            state.filters.update(|filters| filters.place = None);
            Some(asked.to_string())
        }
    }
}

#[component]
pub fn FocusNotice(unknown: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <p class="notice" role="status" data-testid="focus-notice" data-covers-map="">
            {move || tr!(state.lang.get(), embed.focus_unknown, name = unknown.clone())}
        </p>
    }
}
