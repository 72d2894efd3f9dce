//! The Leptos user interface (WebAssembly only).

mod address;
mod app;
mod arc_layers;
mod automation;
mod detail_basemap;
mod explorer;
mod filter_panel;
mod focus;
mod frame_scheduler;
mod kiosk;
mod labels;
mod land_paths;
mod load;
mod map_canvas;
mod map_paths;
mod map_state;
mod mover;
mod next_task;
mod open;
mod open_full;
mod page_url;
mod paint;
mod paint_log;
mod painter;
mod panel;
mod picture_cache;
mod place_panel;
mod qr_dialog;
mod quiet_timer;
mod reveal_beside_panel;
mod search_box;
mod state;
mod story_list;
mod theme;
mod tie_list;
mod time_range;
mod view_link;
mod viewport_size;
mod wheel_guard;
pub mod words;

pub use app::App;

/// Mounts the app on the page's `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
