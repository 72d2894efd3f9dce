//! The Leptos user interface (WebAssembly only).

mod address;
mod app;
mod automation;
mod canvas;
mod detail_basemap;
mod explorer;
mod filter_panel;
mod focus;
mod frame_scheduler;
mod kiosk;
mod load;
mod map_canvas;
mod map_state;
mod mover;
pub(crate) mod next_task;
mod open;
mod open_full;
mod page_url;
mod paint_log;
mod paint_loop;
mod panel;
mod place_panel;
mod qr_dialog;
mod quiet_timer;
mod reveal_choice;
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
