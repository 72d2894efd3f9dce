//! Waiting for the browser's next task, so that long work runs in slices between frames.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Resolves in a later task, after the browser has had the chance to paint and handle input.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let waiting = web_sys::window()
            .is_some_and(|window| window.set_timeout_with_callback(&resolve).is_ok());
        if !waiting {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}
