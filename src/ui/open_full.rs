//! An embedded atlas's way out: the same view in the atlas on a page of its own, in a new tab.

use super::address::full_atlas_address;
use super::state::AppState;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn OpenFull() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <a
            class="open-full"
            data-testid="open-full"
            data-covers-map=""
            href=move || full_atlas_address(state)
            target="_blank"
            rel="noopener"
        >
            {move || tr!(state.lang.get(), embed.open_full)}
            <span aria-hidden="true">" ↗"</span>
        </a>
    }
}
