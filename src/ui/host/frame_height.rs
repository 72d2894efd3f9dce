//! An embedded atlas tells the page around it how tall it wants its frame: a message to the
//! host's origin only, sent when the frame's width changes. `embed.js` (or a few lines of the
//! host's own, for a plain iframe) applies it; the host checks where the message came from.

use crate::frame_height::{MESSAGE_TYPE, wanted_height};
use js_sys::{Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The origin of the page the atlas is framed in, as the browser reports it; `None` when the
/// atlas is a page of its own or the origin is unknown (then nothing is sent).
fn host_origin(window: &web_sys::Window) -> Option<String> {
    let parent = window.parent().ok().flatten()?;
    if JsValue::from(parent) == JsValue::from(window.clone()) {
        return None;
    }
    let location = window.location();
    let ancestors = Reflect::get(&location, &"ancestorOrigins".into()).ok();
    let first = ancestors
        .filter(|list| !list.is_undefined())
        .and_then(|list| Reflect::get(&list, &0.into()).ok())
        .and_then(|origin| origin.as_string());
    first
        .or_else(|| {
            let referrer = window.document()?.referrer();
            Some(web_sys::Url::new(&referrer).ok()?.origin())
        })
        .filter(|origin| origin.starts_with("http"))
}

/// Tells the host the height the frame's width asks for, now and whenever it changes.
pub fn tell_host_the_height() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(origin) = host_origin(&window) else {
        return;
    };
    let told = StoredValue::new(None::<f64>);
    let tell = move || {
        let Some(window) = web_sys::window() else {
            return;
        };
        let width = window
            .inner_width()
            .ok()
            .and_then(|width| width.as_f64())
            .unwrap_or_default();
        let height = wanted_height(width);
        if told.get_value() == Some(height) {
            return;
        }
        told.set_value(Some(height));
        let message = Object::new();
        let _ = Reflect::set(&message, &"type".into(), &MESSAGE_TYPE.into());
        let _ = Reflect::set(&message, &"height".into(), &height.into());
        if let Ok(Some(parent)) = window.parent() {
            let _ = parent.post_message(&message, &origin);
        }
    };
    tell();
    let on_resize = Closure::<dyn Fn()>::new(tell);
    let _ = window.add_event_listener_with_callback("resize", on_resize.as_ref().unchecked_ref());
    // The page lives as long as the atlas: so does its listener.
    on_resize.forget();
}
