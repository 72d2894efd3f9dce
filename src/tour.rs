//! A kiosk's attract tour: story after story, each in the next of the chosen languages, round
//! and round for as long as nobody touches the screen.

use crate::map::scene::Feature;
use atlas_model::{Atlas, Lang, Story, StorySubject};

/// What a story shows on the map: its visit or tie, else its first place.
pub fn story_feature(story: &Story) -> Option<Feature> {
    match &story.subject {
        Some(StorySubject::Visit(visit)) => Some(Feature::Visit(visit.clone())),
        Some(StorySubject::Tie(tie)) => Some(Feature::Tie(tie.clone())),
        None => story.places.first().cloned().map(Feature::Place),
    }
}

/// One stop of the tour.
#[derive(Debug, Clone, PartialEq)]
pub struct TourStop {
    pub feature: Feature,
    pub lang: Lang,
}

/// The stories to show, oldest first, and the languages to show them in.
#[derive(Debug, Clone)]
pub struct Tour {
    stops: Vec<Feature>,
    langs: Vec<Lang>,
    steps: usize,
}

impl Tour {
    pub fn new(atlas: &Atlas, langs: &[Lang]) -> Tour {
        let mut stories: Vec<&Story> = atlas.stories.iter().collect();
        stories.sort_by_key(|story| story.date);
        Tour {
            stops: stories.into_iter().filter_map(story_feature).collect(),
            langs: if langs.is_empty() {
                Lang::ALL.to_vec()
            } else {
                langs.to_vec()
            },
            steps: 0,
        }
    }

    /// The next stop, or `None` when the atlas has no story. The stories keep their order and
    /// the language moves on with every stop; where stories and languages would pair up the
    /// same way every round, the languages skip one, so each story comes in every language.
    pub fn next_stop(&mut self) -> Option<TourStop> {
        let (stories, langs) = (self.stops.len(), self.langs.len());
        let feature = self.stops.get(self.steps % stories.max(1))?.clone();
        let rounds = self.steps / least_common_multiple(stories, langs);
        let lang = self.langs[(self.steps + rounds) % langs];
        self.steps += 1;
        Some(TourStop { feature, lang })
    }

    /// Starts again from the first story in the first language.
    pub fn restart(&mut self) {
        self.steps = 0;
    }

    /// Stops shown since the tour was made or restarted.
    pub fn steps(&self) -> usize {
        self.steps
    }
}

fn least_common_multiple(a: usize, b: usize) -> usize {
    let (mut x, mut y) = (a, b);
    while y != 0 {
        (x, y) = (y, x % y);
    }
    a / x * b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_atlas::wider_atlas;
    use atlas_model::VisitId;
    use std::collections::BTreeSet;

    /// The wider test atlas with a story on each of its visits, the later trip told first.
    fn atlas_with_stories() -> Atlas {
        let mut atlas = wider_atlas();
        let visits: Vec<(String, String)> = atlas
            .visits
            .iter()
            .map(|visit| (visit.id.to_string(), visit.start.to_string()))
            .collect();
        for (id, date) in visits.into_iter().rev() {
            let story = serde_json::json!({
                "id": format!("story-{id}"),
                "title": { "de": "Reise", "en": "Trip", "zh": "旅行", "ko": "여행", "ja": "旅" },
                "text": { "de": "Text", "en": "Text", "zh": "文", "ko": "글", "ja": "文" },
                "date": date,
                "places": ["osnabrueck"],
                "subject": { "visit": id },
                "source": { "publisher": "Test", "title": "Test" },
            });
            atlas
                .stories
                .push(serde_json::from_value(story).expect("a story of the schema"));
        }
        atlas
    }

    fn stops(tour: &mut Tour, count: usize) -> Vec<TourStop> {
        (0..count).filter_map(|_| tour.next_stop()).collect()
    }

    #[test]
    fn shows_every_story_oldest_first_then_starts_again() {
        let atlas = atlas_with_stories();
        assert_eq!(atlas.visits.len(), 2);
        let mut tour = Tour::new(&atlas, &[Lang::De]);
        let features: Vec<Feature> = stops(&mut tour, 4).into_iter().map(|s| s.feature).collect();
        let trip = |id: &str| Feature::Visit(VisitId::new(id));
        let (older, newer) = (trip("hannover-2018"), trip("osnabrueck-2024"));
        assert_eq!(
            features,
            [older.clone(), newer.clone(), older.clone(), newer]
        );
        assert_eq!(tour.steps(), 4);
        tour.restart();
        assert_eq!(tour.next_stop().map(|stop| stop.feature), Some(older));
    }

    #[test]
    fn every_story_comes_in_every_language() {
        let atlas = atlas_with_stories();
        let langs = [Lang::De, Lang::En];
        let mut tour = Tour::new(&atlas, &langs);
        let seen: BTreeSet<(String, &str)> = stops(&mut tour, 8)
            .into_iter()
            .map(|stop| (stop.feature.key(), stop.lang.tag()))
            .collect();
        assert_eq!(seen.len(), 4, "two stories in two languages: {seen:?}");
    }

    #[test]
    fn the_language_changes_at_every_stop() {
        let atlas = atlas_with_stories();
        let mut tour = Tour::new(&atlas, &Lang::ALL);
        let langs: Vec<Lang> = stops(&mut tour, 12).into_iter().map(|s| s.lang).collect();
        assert!(langs.windows(2).all(|pair| pair[0] != pair[1]), "{langs:?}");
    }

    #[test]
    fn an_atlas_without_stories_has_no_tour() {
        let mut tour = Tour::new(&wider_atlas(), &[]);
        assert_eq!(tour.next_stop(), None);
        assert_eq!(tour.steps(), 0);
    }
}
