//! Partner Atlas: an interactive map of the ties between German and Asian cities and the
//! delegation visits that bring them to life.
//!
//! The geometry in [`map`], the filters and search in [`explore`], and the way dates are
//! written in [`format`](mod@format) are plain Rust, tested natively; the user interface in `ui` is a Leptos
//! app that exists only on the WebAssembly target. Its words live in `src/locales/`, one JSON
//! file per language, turned into the typed `i18n` module by `build.rs` (leptos_i18n).

pub mod atlas_check;
pub mod by_address;
pub mod data_sources;
pub mod decode;
pub mod explore;
pub mod export;
pub mod format;
pub mod frame_height;
pub mod map;
pub mod page_options;
pub mod palette;
pub mod qr;
pub mod tour;

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

#[cfg(test)]
mod property_cases;
#[cfg(test)]
mod test_atlas;
