//! Everything one frame of the map depends on, in one value: the painter reads nothing else.
//!
//! The map component builds it from its signals in one effect, which therefore tracks every
//! signal it reads; the painter gets only this value. An input the frame depends on is a field
//! here or it cannot be drawn, and a change of any field is a new value, which asks for a new
//! frame. The pictures kept between frames are keyed on the same kind of values (see
//! [`super::pictures`]), so none can outlive what it shows.

use super::land_paths::LandPaths;
use crate::by_address::ByAddress;
use crate::map::flows::SharedFlows;
use crate::map::framing::ScreenRect;
use crate::map::scene::{Feature, Scene};
use crate::map::view::{View, Viewport};
use crate::palette::MapColours;
use atlas_model::{Lang, PlaceId};
use std::rc::Rc;
use std::sync::Arc;

/// What one frame shows.
#[derive(Clone, PartialEq)]
pub struct FrameInput {
    /// The shapes that pass the reader's filters.
    pub scene: ByAddress<Arc<Scene>>,
    /// The scene's ties added up for the view's zoom; `None` where they are drawn as pairs.
    pub flows: Option<SharedFlows>,
    pub view: View,
    pub viewport: Viewport,
    /// Device pixels per CSS pixel.
    pub pixel_ratio: f64,
    /// The feature the reader opened.
    pub selected: Option<Feature>,
    /// The place under the mouse, whose network is lit.
    pub hovered: Option<PlaceId>,
    /// The language of labels and count markers.
    pub lang: Lang,
    /// What lies over the map (the panel, the legend, buttons): no label goes under it.
    pub covers: Vec<ScreenRect>,
    /// The basemap's colours (a host page may set its own).
    pub colours: MapColours,
    /// The detailed basemap, shown at close zooms once it is ready.
    pub detail: Option<ByAddress<Rc<LandPaths>>>,
    /// Whether lit visits' dashes may march (not for readers who ask for reduced motion).
    pub motion: bool,
}
