//! The page around the atlas: its address, the options it was opened with, a host page's colours and scrolling, the way out to the full atlas, and the scripting interface.

pub mod address;
pub mod focus;
pub mod frame_height;
pub mod open_full;
pub mod page_url;
pub mod scripting;
pub mod scroll_guard;
pub mod theme;
