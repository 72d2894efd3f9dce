//! The map's own state, shared by its painter, its input handling and its scripting interface.

use super::paint::CountryShape;
use crate::map::view::{View, Viewport};
use atlas_model::PlaceId;
use leptos::html::Canvas;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct MapState {
    pub canvas: NodeRef<Canvas>,
    /// Where the map looks; `None` until its size is known.
    pub view: RwSignal<Option<View>>,
    pub viewport: RwSignal<Viewport>,
    /// The place under the mouse, whose network is lit.
    pub hovered: RwSignal<Option<PlaceId>>,
    /// The detailed basemap, once a close zoom has asked for it.
    pub detail: RwSignal<Option<Arc<Vec<CountryShape>>>>,
}

impl MapState {
    pub fn new() -> Self {
        Self {
            canvas: NodeRef::new(),
            view: RwSignal::new(None),
            viewport: RwSignal::new(Viewport {
                width: 0.0,
                height: 0.0,
            }),
            hovered: RwSignal::new(None),
            detail: RwSignal::new(None),
        }
    }
}
