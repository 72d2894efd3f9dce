//! The Leptos user interface (WebAssembly only).

mod address;
mod app;
mod arc_layers;
mod automation;
mod detail_basemap;
mod explorer;
mod filter_panel;
mod frame_scheduler;
mod labels;
mod land_paths;
mod load;
mod map_canvas;
mod map_paths;
mod map_state;
mod mover;
mod next_task;
mod open;
mod page_url;
mod paint;
mod paint_log;
mod painter;
mod panel;
mod picture_cache;
mod place_panel;
mod reveal_beside_panel;
mod search_box;
mod state;
mod story_list;
mod tie_list;
mod time_range;
mod view_link;
mod viewport_size;
pub mod words;

pub use app::App;

/// Mounts the app on the page's `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
