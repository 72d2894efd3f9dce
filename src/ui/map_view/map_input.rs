//! The map's pointer, wheel and key input: each event read from the browser and handed to the
//! pure rules of `map::gestures`, `map::hit` and `map::input`, whose answer moves the view,
//! opens a group or chooses a feature.

use crate::map::clusters::{bounds_of, clusters_for, group_at};
use crate::map::emphasis::Emphasis;
use crate::map::gestures::{Gestures, Release};
use crate::map::hit::{Target, target_at};
use crate::map::input::{KeyMove, hit_tolerance, opening_group, wheel_zoom};
use crate::map::projection::ScreenPoint;
use crate::map::scene::Feature;
use crate::map::view::{View, Viewport};
use crate::ui::app_state::AppState;
use crate::ui::host::scroll_guard::ScrollGuard;
use crate::ui::map_view::flow_tip::show_flow_ties;
use crate::ui::map_view::map_state::{FlowTip, MapState};
use crate::ui::map_view::mover::Mover;
use leptos::prelude::*;
use web_sys::{KeyboardEvent, PointerEvent, WheelEvent};

/// What the map's input handlers share.
pub struct MapInput {
    pub map: MapState,
    pub state: AppState,
    pub gestures: StoredValue<Gestures>,
    /// The view a click was released on: a double click zooms from there, undoing whatever the
    /// first click of the pair began (opening a group flies the map away).
    pub view_at_click: StoredValue<Option<View>>,
    pub mover: Mover,
    pub scroll_guard: ScrollGuard,
}

impl MapInput {
    /// A point of the page (client pixels) in the canvas's own pixels.
    fn local_point(&self, x: i32, y: i32) -> ScreenPoint {
        let rect = self
            .map
            .canvas
            .get_untracked()
            .map(|c| c.get_bounding_client_rect());
        let (left, top) = rect.map(|r| (r.left(), r.top())).unwrap_or_default();
        ScreenPoint::new(f64::from(x) - left, f64::from(y) - top)
    }

    fn event_point(&self, event: &web_sys::MouseEvent) -> ScreenPoint {
        self.local_point(event.client_x(), event.client_y())
    }

    /// The view and the viewport, once the map has a size.
    fn looking(&self) -> Option<(View, Viewport)> {
        let current = self.map.view.get_untracked()?;
        Some((current, self.map.viewport.get_untracked()))
    }

    pub fn pointer_down(&self, event: &PointerEvent) {
        self.mover.stop();
        self.scroll_guard.arm();
        if let Some(element) = self.map.canvas.get_untracked() {
            let _ = element.set_pointer_capture(event.pointer_id());
        }
        let at = self.event_point(event);
        let (id, time) = (event.pointer_id(), event.time_stamp());
        self.gestures.update_value(|g| g.down(id, at, time));
    }

    pub fn pointer_move(&self, event: &PointerEvent) {
        let at = self.event_point(event);
        let Some((current, size)) = self.looking() else {
            return;
        };
        let (id, time) = (event.pointer_id(), event.time_stamp());
        let moved = self
            .gestures
            .try_update_value(|g| {
                let next = g.moved(id, at, time, current, size)?;
                let finger = event.pointer_type() == "touch";
                let fingers = if finger { g.pressed() } else { 2 };
                let distance = g.pressed_distance(at);
                self.scroll_guard
                    .lets_finger_move_map(fingers, distance)
                    .then_some(next)
            })
            .flatten();
        if let Some(next) = moved {
            self.map.view.set(Some(next));
        } else if event.pointer_type() == "mouse" {
            self.hover(at, current, size);
        }
    }

    /// What is drawn under `at`: a feature, or a flow of ties added up.
    fn target(
        &self,
        at: ScreenPoint,
        current: View,
        size: Viewport,
        touch: bool,
    ) -> Option<Target> {
        let scene = self.map.scene.get_untracked();
        let flows = self.map.flows.get_untracked();
        let flows = flows.as_ref().map(|flows| flows.as_slice());
        target_at(
            &scene,
            flows,
            &current.projector(size),
            at,
            hit_tolerance(touch),
        )
    }

    /// Names the flow `over` is, beside `at`; nothing where it is none.
    fn name_flow(&self, over: Option<&Target>, at: ScreenPoint) {
        let flow = match over {
            Some(&Target::Flow(index)) => self
                .map
                .flows
                .with_untracked(|flows| flows.as_ref().and_then(|flows| flows.get(index).cloned())),
            _ => None,
        };
        let tip = flow.map(|flow| FlowTip { flow, at });
        if self.map.flow_tip.with_untracked(|shown| shown != &tip) {
            self.map.flow_tip.set(tip);
        }
    }

    /// Lights the network of the place under the mouse, names the flow under it and shows
    /// that what it is over opens.
    fn hover(&self, at: ScreenPoint, current: View, size: Viewport) {
        let over = self.target(at, current, size, false);
        let place = match &over {
            Some(Target::Feature(Feature::Place(place))) => Some(place.clone()),
            _ => None,
        };
        if self.map.hovered.get_untracked() != place {
            self.map.hovered.set(place);
        }
        self.name_flow(over.as_ref(), at);
        if let Some(element) = self.map.canvas.get_untracked() {
            let cursor = if over.is_some() { "pointer" } else { "grab" };
            let _ = web_sys::HtmlElement::style(&element).set_property("cursor", cursor);
        }
    }

    pub fn pointer_up(&self, event: &PointerEvent) {
        let at = self.event_point(event);
        let (id, time) = (event.pointer_id(), event.time_stamp());
        let release = self
            .gestures
            .try_update_value(|g| g.up(id, at, time))
            .unwrap_or(Release::Nothing);
        let Some((current, size)) = self.looking() else {
            return;
        };
        match release {
            Release::Click(click) => {
                self.view_at_click.set_value(Some(current));
                self.click(click, current, size, event.pointer_type() == "touch");
            }
            Release::DoubleClick(click) => {
                let before = self.view_at_click.get_value().unwrap_or(current);
                self.mover.fly_to(before.zoomed_around(click, 1.0, size))
            }
            Release::Fling(vx, vy) => self.mover.glide((vx, vy)),
            Release::Nothing => {}
        }
    }

    /// A click opens the group marker under it, else chooses what it hit (or nothing).
    fn click(&self, click: ScreenPoint, current: View, size: Viewport, touch: bool) {
        let projector = current.projector(size);
        let selected = self.state.selected.get_untracked();
        let scene = self.map.scene.get_untracked();
        let chosen = Emphasis::of(&scene, selected.as_ref(), None);
        let clusters = clusters_for(&scene, &projector, &chosen);
        if let Some((low, high)) =
            group_at(&clusters, click).and_then(|group| bounds_of(group, &scene.markers))
        {
            self.mover.fly_to(opening_group(low, high, current, size));
            return;
        }
        let over = self.target(click, current, size, touch);
        self.name_flow(over.as_ref(), click);
        let chosen = match over {
            Some(Target::Flow(_)) => {
                let Some(FlowTip { flow, .. }) = self.map.flow_tip.get_untracked() else {
                    return;
                };
                // A flow of one tie is that tie: it opens as the tie would.
                match flow.ties.as_slice() {
                    &[only] => self.map.scene.with_untracked(|scene| {
                        scene.ties.get(only).map(|arc| arc.feature.clone())
                    }),
                    _ => {
                        show_flow_ties(self.state, &flow, touch);
                        return;
                    }
                }
            }
            Some(Target::Feature(feature)) => Some(feature),
            None => None,
        };
        // Closing what the map opened leaves the focus on the map.
        self.state.opener.set_value(None);
        self.state.selected.set(chosen);
    }

    /// The mouse has left the map: nothing is lit or named any more. (A finger leaves after
    /// every tap; what it named stays.)
    pub fn pointer_leave(&self, event: &PointerEvent) {
        self.map.hovered.set(None);
        if event.pointer_type() == "mouse" {
            self.map.flow_tip.set(None);
        }
        self.scroll_guard.disarm();
    }

    pub fn pointer_cancel(&self, event: &PointerEvent) {
        let id = event.pointer_id();
        self.gestures.update_value(|g| g.cancel(id));
    }

    pub fn wheel(&self, event: &WheelEvent) {
        if !self.scroll_guard.lets_map_zoom(event) {
            return;
        }
        event.prevent_default();
        self.mover.stop();
        let in_lines = event.delta_mode() == WheelEvent::DOM_DELTA_LINE;
        let delta = wheel_zoom(event.delta_y(), in_lines);
        let at = self.event_point(event);
        if let Some((current, size)) = self.looking() {
            self.map
                .view
                .set(Some(current.zoomed_around(at, delta, size)));
        }
    }

    /// Arrows pan and `+`/`-` zoom. Escape, which closes the panel, is the page's (`ui::app`).
    pub fn key_down(&self, event: &KeyboardEvent) {
        if let Some(key_move) = KeyMove::of(&event.key())
            && let Some((current, size)) = self.looking()
        {
            event.prevent_default();
            self.map.view.set(Some(key_move.applied(current, size)));
        }
    }
}
