//! The compiled Partner Atlas: one schema shared by the data compiler and the app.
//!
//! Everything here is plain data with serde; no web or file-system dependencies, so the
//! JSON the compiler writes and the JSON the app reads cannot drift apart.

pub mod atlas;
pub mod basemap;
pub mod date;
pub mod id_index;
pub mod ids;
pub mod place;
pub mod region;
pub mod story;
pub mod text;
pub mod tie;
pub mod tie_ends;
pub mod visit;

pub use atlas::{Atlas, AtlasIndex, Division, SCHEMA_VERSION};
pub use basemap::{BASEMAP_SCHEMA_VERSION, Basemap, BasemapCountry};
pub use date::{DatePrecision, PartialDate, PartialDateError};
pub use ids::{PlaceId, StoryId, TieId, VisitId, is_slug};
pub use place::{Coordinates, Place, PlaceKind, PlaceNames, PlaceOrigin};
pub use region::Region;
pub use story::{Story, StorySource, StorySubject};
pub use text::{Bilingual, Lang, Localized};
pub use tie::{Confidence, Source, Tie, TieKind};
pub use visit::{Organisation, OrganisationRole, Visit};
