//! The map's own state, shared by its painter, its input handling and its scripting interface.

use crate::by_address::ByAddress;
use crate::map::flows::{Flow, FlowLevel, SharedFlows, flows};
use crate::map::framing::ScreenRect;
use crate::map::projection::ScreenPoint;
use crate::map::scene::{Feature, Scene};
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
    /// The scene's ties added up for the view's zoom, the chosen (or focused) place's as
    /// pairs; `None` where every tie is drawn as a pair.
    pub flows: Memo<Option<SharedFlows>>,
    /// The flow under the pointer (or last tapped), named beside it.
    pub flow_tip: RwSignal<Option<FlowTip>>,
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

/// A flow named where the pointer met it.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowTip {
    pub flow: Flow,
    /// Where on the map, in its pixels.
    pub at: ScreenPoint,
}

impl MapState {
    pub fn new(scene: Arc<Scene>, state: AppState) -> Self {
        let scene = RwSignal::new(scene);
        let view: RwSignal<Option<View>> = RwSignal::new(None);
        let level = Memo::new(move |_| view.get().map(|view| FlowLevel::at(view.zoom)));
        // The place whose ties are drawn as pairs: the one chosen, else the one a page focuses on.
        let paired = Memo::new(move |_| match state.selected.get() {
            Some(Feature::Place(place)) => Some(place),
            _ => state.filters.with(|filters| filters.place.clone()),
        });
        let flows = Memo::new(move |_| {
            let level = level.get().filter(|&level| level != FlowLevel::Pairs)?;
            let paired = paired.get();
            let added_up = scene.with(|scene| flows(scene, level, paired.as_ref()));
            Some(ByAddress(Arc::new(added_up)))
        });
        Self {
            canvas: NodeRef::new(),
            scene,
            flows,
            flow_tip: RwSignal::new(None),
            view,
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
