//! Exploring the atlas, free of any browser API: filters and their counts, search, links.

pub mod facets;
pub mod filters;
mod fold;
mod kana;
pub mod link;
pub mod overview;
pub mod place_summary;
pub mod search;

pub use facets::{FacetCounts, FacetOption, facet_counts, year_span};
pub use filters::Filters;
pub use link::LinkState;
pub use search::{SearchIndex, Suggestion};
pub mod shown;
