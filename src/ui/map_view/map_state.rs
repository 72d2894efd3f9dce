//! The map's own state, shared by its painter, its input handling and its scripting interface.

use crate::map::framing::ScreenRect;
use crate::map::scene::Scene;
use crate::map::view::{View, Viewport};
use crate::ui::app_state::{AppState, Loaded};
use crate::ui::canvas::{CannotDraw, LandPaths};
use atlas_model::PlaceId;
use leptos::html::Canvas;
use leptos::prelude::*;
use std::rc::Rc;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct MapState {
    pub canvas: NodeRef<Canvas>,
    /// What the map shows: the atlas's shapes that pass the reader's filters.
    pub scene: RwSignal<Arc<Scene>>,
    /// Where the map looks; `None` until its size is known.
    pub view: RwSignal<Option<View>>,
    pub viewport: RwSignal<Viewport>,
    /// The place under the mouse, whose network is lit.
    pub hovered: RwSignal<Option<PlaceId>>,
    /// The detailed basemap's paths, once a close zoom has asked for them and they are ready.
    pub detail: RwSignal<Option<Rc<LandPaths>>, LocalStorage>,
    /// What lies over the map (the panel, the legend, buttons), in the map's pixels.
    pub covers: RwSignal<Vec<ScreenRect>>,
    /// Why the map cannot be drawn, once the browser has refused it.
    pub cannot_draw: RwSignal<Option<CannotDraw>>,
}

impl MapState {
    pub fn new(scene: Arc<Scene>) -> Self {
        Self {
            canvas: NodeRef::new(),
            scene: RwSignal::new(scene),
            view: RwSignal::new(None),
            viewport: RwSignal::new(Viewport {
                width: 0.0,
                height: 0.0,
            }),
            hovered: RwSignal::new(None),
            detail: RwSignal::new_local(None),
            covers: RwSignal::new(Vec::new()),
            cannot_draw: RwSignal::new(None),
        }
    }

    /// Keeps the scene the one for the reader's filters (the same `Arc` while they hold).
    pub fn follow_filters(self, loaded: Arc<Loaded>, state: AppState) {
        Effect::new(move |_| {
            let scene = state.filters.with(|filters| loaded.scene_for(filters));
            if !Arc::ptr_eq(&scene, &self.scene.get_untracked()) {
                self.scene.set(scene);
            }
        });
    }
}
