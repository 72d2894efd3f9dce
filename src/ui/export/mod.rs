//! Taking the map away: a menu beside the zoom buttons that makes a picture of the view (PNG
//! at twice its size, or SVG) and prints a poster of it with the partners listed.

pub mod download;
pub mod menu;
pub mod poster;
pub mod view_picture;
