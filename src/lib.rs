//! Partner Atlas: an interactive map of the ties between German and Asian cities and the
//! delegation visits that bring them to life.
//!
//! The geometry in [`map`] and the words in [`strings`] are plain Rust, tested natively; the user interface in `ui` is a
//! Leptos app that exists only on the WebAssembly target.

pub mod map;
pub mod palette;
pub mod strings;

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(test)]
mod test_atlas;
