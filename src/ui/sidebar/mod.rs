//! The side bar beside the map: filters, time range and play, the stories as a timeline, the ties as a list,
//! and at its foot the accessibility statement.

pub mod explorer;
pub mod filter_panel;
pub mod overview;
pub mod statement_link;
pub mod story_list;
pub mod tie_list;
pub mod time_range;
