//! The map's own state, shared by its painter, its input handling and its scripting interface.

use super::land_paths::LandPaths;
use crate::map::view::{View, Viewport};
use atlas_model::PlaceId;
use leptos::html::Canvas;
use leptos::prelude::*;
use std::rc::Rc;

#[derive(Clone, Copy)]
pub struct MapState {
    pub canvas: NodeRef<Canvas>,
    /// Where the map looks; `None` until its size is known.
    pub view: RwSignal<Option<View>>,
    pub viewport: RwSignal<Viewport>,
    /// The place under the mouse, whose network is lit.
    pub hovered: RwSignal<Option<PlaceId>>,
    /// The detailed basemap's paths, once a close zoom has asked for them and they are ready.
    pub detail: RwSignal<Option<Rc<LandPaths>>, LocalStorage>,
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
            detail: RwSignal::new_local(None),
        }
    }
}
