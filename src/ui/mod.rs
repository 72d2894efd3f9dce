//! The Leptos user interface (WebAssembly only), in rooms by the screen's areas and layers:
//! `app` puts the page together from the header's search, the `sidebar`, the `map_view` (which
//! paints through `canvas`, which draws and holds no signals), the `panel` and the `kiosk`;
//! `export` makes pictures and posters of the view; `host` speaks with the page around the atlas and `runtime` with the browser's clock.
//! `app_state`, `open`, `load` and `words` are shared by all of them.

mod app;
mod app_state;
mod canvas;
mod export;
mod host;
mod kiosk;
mod load;
mod map_view;
mod open;
mod panel;
mod runtime;
mod search_box;
mod sidebar;
pub mod words;

pub use app::App;

/// Mounts the app on the page's `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
