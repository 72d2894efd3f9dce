//! Links in the panel: to another feature of the atlas, and out to a source.

use crate::map::scene::Feature;
use crate::ui::app_state::{AppState, Loaded};
use crate::ui::kiosk::qr_dialog::{QrShown, qr_button};
use crate::ui::open::open_and_focus;
use atlas_model::{Lang, PlaceId};
use leptos::prelude::*;

/// A button that opens another feature in the panel.
pub fn link_to(feature: Feature, label: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let testid = format!("link-{}", feature.key());
    view! {
        <button class="link" data-testid=testid on:click=move |_| open_and_focus(state, feature.clone())>
            {label}
        </button>
    }
}

pub fn place_link(loaded: &Loaded, id: &PlaceId, lang: Lang) -> impl IntoView {
    link_to(Feature::Place(id.clone()), loaded.place_name(id, lang))
}

/// Only web addresses become links; anything else in the data stays plain text. On a kiosk,
/// a link would lead out of the atlas: it shows the address's QR code instead.
pub fn external_link(url: &str, label: String) -> AnyView {
    let web = url.starts_with("https://") || url.starts_with("http://");
    if let Some(shown) = use_context::<QrShown>().filter(|_| web) {
        qr_button(shown, url.to_string(), label)
    } else if web {
        view! { <a href=url.to_string() target="_blank" rel="noopener noreferrer">{label}</a> }
            .into_any()
    } else {
        view! { <span>{label}</span> }.into_any()
    }
}
