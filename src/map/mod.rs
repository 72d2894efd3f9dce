//! The map's geometry, free of any browser API: projection, arcs, view, shapes, hit-testing.

pub mod arcs;
pub mod clusters;
pub mod gestures;
pub mod hit;
pub mod motion;
pub mod projection;
pub mod regions;
pub mod reveal;
pub mod scene;
pub mod view;
pub mod world_box;
