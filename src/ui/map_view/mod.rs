//! The map on the page: its canvas element and input, the effect that paints it, its flights, the flows it names, what covers it, its detailed outlines and its scripting interface.

pub mod detail_basemap;
pub mod flow_tip;
pub mod map_canvas;
pub mod map_input;
pub mod map_state;
pub mod mover;
pub mod paint_log;
pub mod paint_loop;
pub mod reveal_choice;
pub mod scripting;
pub mod view_link;
pub mod viewport_size;
