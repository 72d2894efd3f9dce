//! The map's geometry, free of any browser API: projection, arcs, view, shapes, hit-testing,
//! and the decisions of what is emphasised, labelled and framed.

pub mod arc_look;
pub mod arcs;
pub mod basemap;
pub mod clusters;
pub mod emphasis;
pub mod flows;
pub mod framing;
pub mod gestures;
pub mod hit;
pub mod input;
pub mod label_placement;
pub mod marker_size;
pub mod motion;
pub mod path_data;
pub mod projection;
pub mod regions;
pub mod scene;
pub mod view;
pub mod world_box;
