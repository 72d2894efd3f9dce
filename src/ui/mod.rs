//! The Leptos user interface (WebAssembly only).

mod app;
mod arc_layers;
mod automation;
mod detail_basemap;
mod frame_scheduler;
mod labels;
mod land_paths;
mod load;
mod map_canvas;
mod map_paths;
mod map_state;
mod mover;
mod next_task;
mod page_url;
mod paint;
mod paint_log;
mod painter;
mod panel;
mod picture_cache;
mod reveal_beside_panel;
mod state;
mod viewport_size;
pub mod words;

pub use app::App;

/// Mounts the app on the page's `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
