//! The side bar beside the map: filters, time range and play, the stories as a timeline, the ties as a list.

pub mod explorer;
pub mod filter_panel;
pub mod overview;
pub mod story_list;
pub mod tie_list;
pub mod time_range;
