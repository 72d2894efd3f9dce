//! The side panel: the story of a visit, the facts of a tie, or a place and its links.

mod links;
mod place;
mod report;
mod story;
mod tie;
mod visit;

use crate::map::scene::Feature;
use crate::tr;
use crate::ui::app_state::{AppState, Loaded};
use crate::ui::open::close_panel;
use leptos::prelude::*;
use place::place_details;
use std::sync::Arc;
use tie::tie_details;
use visit::visit_details;

#[component]
pub fn Panel(loaded: Arc<Loaded>) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        let selected = state.selected.get()?;
        let content = match &selected {
            Feature::Visit(id) => visit_details(&loaded, id, lang),
            Feature::Tie(id) => tie_details(&loaded, id, lang),
            Feature::Place(id) => place_details(&loaded, id, lang),
        }?;
        Some(view! {
            <aside class="panel" data-testid="panel" data-covers-map="" aria-labelledby="panel-title">
                <button
                    class="close"
                    data-testid="panel-close"
                    aria-label=tr!(lang, panel.close)
                    title=tr!(lang, panel.close)
                    on:click=move |_| close_panel(state)
                >"×"</button>
                {content}
            </aside>
        })
    }
}
