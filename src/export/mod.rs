//! Pictures of the map to take away, for a flyer or a poster: the view as SVG with its title,
//! legend, date, credits and a QR code, and the list of partners a poster prints beside it.
//! Plain Rust, tested natively; the page turns the SVG into a PNG and a printed poster.

pub mod map_drawing;
pub mod partner_list;
pub mod sheet;
pub mod svg_writer;
