//! The state every component shares: language, selection and the loaded data.

use crate::explore::filters::Filters;
use crate::explore::link::LinkedView;
use crate::explore::search::SearchIndex;
use crate::explore::shown::shown_scene;
use crate::map::basemap::{CountryShape, project_basemap};
use crate::map::scene::{Feature, Scene};
use atlas_model::{Atlas, Basemap, Lang, PlaceId};
use leptos::prelude::*;
use std::sync::{Arc, OnceLock};

/// The reader's choices, shared through context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub selected: RwSignal<Option<Feature>>,
    pub filters: RwSignal<Filters>,
    /// Where the map rests: for links to this view.
    pub linked_view: RwSignal<Option<LinkedView>>,
    /// Notified to fly the map back to its opening view (a kiosk's idle reset).
    pub home: Trigger,
    /// True while a kiosk tours the stories: each one opened is framed whole, not only kept in
    /// sight.
    pub touring: RwSignal<bool>,
    /// Whether the side bar is open where it lies over the map (narrow screens, embeds,
    /// kiosks); beside the map it is always shown.
    pub side_bar_open: RwSignal<bool>,
    /// The side bar's open tab.
    pub tab: RwSignal<ExplorerTab>,
    /// Notified when something over the map changes size without a signal of its own (the
    /// legend folding), so that the map measures what covers it again.
    pub covers_moved: Trigger,
    /// The control that opened the panel, which gets the keyboard focus back when it closes.
    pub opener: StoredValue<Option<web_sys::HtmlElement>, LocalStorage>,
    /// Set in the task after the map's first frame (or once it cannot draw): what the map does
    /// not need (the filters' counts, the search index) is built then, so that it comes first.
    pub map_shown: RwSignal<bool>,
}

/// The side bar's tabs, in their order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExplorerTab {
    Filters,
    Overview,
    Stories,
    Ties,
}

impl ExplorerTab {
    pub const ALL: [ExplorerTab; 4] = [
        ExplorerTab::Filters,
        ExplorerTab::Overview,
        ExplorerTab::Stories,
        ExplorerTab::Ties,
    ];

    /// Its name in element ids and test ids.
    pub fn id(self) -> &'static str {
        match self {
            ExplorerTab::Filters => "filters",
            ExplorerTab::Overview => "overview",
            ExplorerTab::Stories => "stories",
            ExplorerTab::Ties => "ties",
        }
    }
}

/// The atlas with everything derived from it once, when it arrives.
pub struct Loaded {
    pub atlas: Atlas,
    /// The shapes of the whole atlas; the map shows those that pass the filters.
    pub scene: Arc<Scene>,
    /// Every place name in every script, for the search box: built when first asked.
    search: OnceLock<Arc<SearchIndex>>,
    pub countries: Vec<CountryShape>,
    /// Set when the basemap could not be loaded: the map then works without outlines.
    pub basemap_problem: Option<String>,
}

impl Loaded {
    pub fn new(atlas: Atlas, basemap: Result<Basemap, String>) -> Loaded {
        let scene = Arc::new(Scene::build(&atlas));
        let (countries, basemap_problem) = match basemap {
            Ok(basemap) => (project_basemap(&basemap), None),
            Err(problem) => (Vec::new(), Some(problem)),
        };
        Loaded {
            search: OnceLock::new(),
            atlas,
            scene,
            countries,
            basemap_problem,
        }
    }

    /// The search index of every place name, built on the first call.
    pub fn search(&self) -> Arc<SearchIndex> {
        self.search
            .get_or_init(|| Arc::new(SearchIndex::new(&self.atlas)))
            .clone()
    }

    /// The place `text` names: an id is looked up at once, a name in the search index.
    pub fn place_named(&self, text: &str) -> Option<PlaceId> {
        let id = PlaceId::new(text.trim());
        match self.atlas.place(&id) {
            Some(place) => Some(place.id.clone()),
            None => self.search().place_named(text),
        }
    }

    /// The shapes of what passes `filters`: the whole scene when nothing is filtered.
    pub fn scene_for(&self, filters: &Filters) -> Arc<Scene> {
        if filters.is_default() {
            return self.scene.clone();
        }
        Arc::new(shown_scene(&self.atlas, &self.scene, filters))
    }

    /// A division (Land, province) in the reader's language, by the name places give as
    /// theirs; as they give it where the atlas has no other names for it.
    pub fn division_name(&self, name: &str, lang: Lang) -> String {
        self.atlas
            .divisions
            .iter()
            .find(|division| division.name == name)
            .map_or(name, |division| division.names.get(lang))
            .to_owned()
    }

    /// A place's name in the reader's language, in English where the atlas lacks it in
    /// Chinese, Korean or Japanese (its id if the atlas lacks the place).
    pub fn place_name(&self, id: &PlaceId, lang: Lang) -> String {
        self.atlas
            .place(id)
            .map(|place| {
                let names = &place.names;
                let local = match lang {
                    Lang::De => Some(&names.de),
                    Lang::En => Some(&names.en),
                    Lang::Zh => names.zh.as_ref(),
                    Lang::Ko => names.ko.as_ref(),
                    Lang::Ja => names.ja.as_ref(),
                };
                local.unwrap_or(&names.en).clone()
            })
            .unwrap_or_else(|| id.to_string())
    }
}
