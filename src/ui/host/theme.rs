//! The host's colours, set as the page's CSS variables (through the style object, which a strict
//! Content-Security-Policy allows).

use crate::page_options::Theme;
use wasm_bindgen::JsCast;

pub fn apply_theme(theme: &Theme) {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|root| root.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(root) = root else {
        return;
    };
    for (name, colour) in theme.css_variables() {
        let _ = root.style().set_property(name, colour);
    }
}
