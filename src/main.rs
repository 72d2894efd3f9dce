//! The app's entry point: on WebAssembly it mounts the map; natively it says where to look.

fn main() {
    #[cfg(target_arch = "wasm32")]
    partner_atlas::ui::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("Partner Atlas runs in the browser: see README.md for the command that serves it.");
}
