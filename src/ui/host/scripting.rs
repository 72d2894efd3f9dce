//! `window.partnerAtlas`, the scripting interface that host pages and browser tests call.
//! Components lend it their functions while they are mounted and take them back when they go,
//! so that a script never calls into a component that is no longer there.

use js_sys::{Object, Reflect};
use leptos::prelude::*;
use std::any::Any;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

/// `window.partnerAtlas`, made on first use, so that the map and the kiosk can each add to it.
fn api_object() -> Object {
    let Some(window) = web_sys::window() else {
        return Object::new();
    };
    match Reflect::get(&window, &"partnerAtlas".into()) {
        Ok(existing) if existing.is_object() => existing.into(),
        _ => {
            let api = Object::new();
            let _ = Reflect::set(&window, &"partnerAtlas".into(), &api);
            api
        }
    }
}

/// The functions one component lends to `window.partnerAtlas`.
#[derive(Default)]
pub struct Lent {
    /// Each function's name and the function as the page sees it.
    names: Vec<(&'static str, JsValue)>,
    /// The Rust closures behind them, alive as long as they are lent.
    closures: Vec<Box<dyn Any>>,
}

impl Lent {
    /// Puts `closure` on `window.partnerAtlas` as `name`.
    pub fn lend<F: ?Sized + 'static>(&mut self, name: &'static str, closure: Closure<F>) {
        let function: JsValue = closure.as_ref().clone();
        let _ = Reflect::set(&api_object(), &name.into(), &function);
        self.names.push((name, function));
        self.closures.push(Box::new(closure));
    }

    /// Keeps the functions on the page while the current component lives.
    pub fn while_mounted(self) {
        let kept = StoredValue::new_local(Some(self));
        on_cleanup(move || drop(kept.try_update_value(Option::take).flatten()));
    }
}

impl Drop for Lent {
    /// Takes the functions back, but not those that another component has lent since.
    fn drop(&mut self) {
        let api = api_object();
        for (name, function) in &self.names {
            let current = Reflect::get(&api, &(*name).into()).unwrap_or(JsValue::UNDEFINED);
            if Object::is(&current, function) {
                let _ = Reflect::delete_property(&api, &(*name).into());
            }
        }
    }
}
