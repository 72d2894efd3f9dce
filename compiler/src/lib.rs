//! The Partner Atlas data compiler: turns the human-edited files in `data/` into the
//! compiled atlas JSON, and Natural Earth TopoJSON into the app's basemap.
//!
//! Files are read into raw records first ([`raw`], [`ties_csv`], [`gazetteer`]); one
//! validation step per kind of record ([`places`], [`ties`], [`visits`], [`stories`])
//! then collects every [`Problem`] with its file, line and field. Places are named by id or
//! found in the gazetteer by name ([`reference`](mod@reference), [`locate`], [`resolve`]); the gazetteer
//! entries that ties name become places of their own ([`auto_places`]); [`alternates`] picks
//! the few other spellings a place carries. [`synthetic`] makes a large atlas from a real one
//! for benchmarks.

pub mod alternates;
pub mod auto_places;
pub mod basemap;
pub mod checks;
pub mod compile;
pub mod countries;
pub mod csv_table;
pub mod error;
pub mod europe;
pub mod facts;
pub mod gazetteer;
pub mod known;
pub mod lines;
pub mod locate;
pub mod native_script;
pub mod nearest;
pub mod places;
pub mod problems;
pub mod raw;
pub mod reference;
pub mod rejected;
pub mod resolve;
pub mod seeds;
pub mod source;
pub mod stories;
pub mod summary;
pub mod synthetic;
pub mod text_rule;
pub mod ties;
pub mod ties_csv;
pub mod told_names;
pub mod toml_records;
pub mod topojson;
pub mod visits;
pub mod write;

#[cfg(test)]
mod test_fixtures;

pub use compile::{CREDITS, Compiled, Inputs, compile};
pub use error::Error;
pub use problems::Problem;
pub use summary::summary;
pub use write::write_atomically;
