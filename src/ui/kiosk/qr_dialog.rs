//! On a kiosk, links to sources never leave the atlas: they show the address as a QR code, to
//! read the source on one's own phone.

use crate::qr::qr_picture;
use crate::tr;
use crate::ui::app_state::AppState;
use leptos::prelude::*;

/// The address whose QR code is shown, if any; provided by the kiosk's app.
#[derive(Clone, Copy)]
pub struct QrShown(pub RwSignal<Option<String>>);

/// A source's address as a button that shows its QR code.
pub fn qr_button(shown: QrShown, url: String, label: String) -> AnyView {
    view! {
        <button
            class="link source-qr"
            data-testid="source-qr"
            data-url=url.clone()
            on:click=move |_| shown.0.set(Some(url.clone()))
        >
            {label}
            <span class="qr-mark" aria-hidden="true">" ▦"</span>
        </button>
    }
    .into_any()
}

#[component]
pub fn QrDialog(shown: QrShown) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = move || state.lang.get();
    move || {
        let url = shown.0.get()?;
        let picture = qr_picture(&url)?;
        let view_box = format!("0 0 {0} {0}", picture.size);
        Some(view! {
            <div class="qr-backdrop" on:click=move |_| shown.0.set(None)>
                <div
                    class="qr-dialog"
                    role="dialog"
                    aria-modal="true"
                    aria-labelledby="qr-title"
                    data-testid="qr-dialog"
                    on:click=|event| event.stop_propagation()
                >
                    <h2 id="qr-title">{move || tr!(lang(), kiosk.qr_title)}</h2>
                    <svg class="qr-code" data-testid="qr-code" viewBox=view_box shape-rendering="crispEdges" role="img" aria-label=url.clone()>
                        <rect width="100%" height="100%" fill="#ffffff"></rect>
                        <path d=picture.path fill="#000000"></path>
                    </svg>
                    <p class="qr-url" data-testid="qr-url">{url.clone()}</p>
                    <button class="retry" data-testid="qr-close" on:click=move |_| shown.0.set(None)>
                        {move || tr!(lang(), panel.close)}
                    </button>
                </div>
            </div>
        })
    }
}
