//! An embedded atlas's way out: the same view in the atlas on a page of its own, in a new tab.

use crate::tr;
use crate::ui::app_state::AppState;
use crate::ui::host::address::full_atlas_address;
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
