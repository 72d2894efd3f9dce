//! A synthetic atlas for stress tests and benchmarks: the real atlas with as many extra ties
//! as asked, between its real places, drawn by a seeded generator so every run is the same.

use atlas_model::{Atlas, Bilingual, Confidence, PartialDate, Source, Tie, TieKind};
use std::collections::HashMap;

/// A small, seeded pseudo-random generator (xorshift64*): the same seed, the same atlas.
struct Draw(u64);

impl Draw {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
}

/// `atlas` with ties added until it holds `ties` in all, each from a German place to a place
/// elsewhere, of every kind and confidence, with years from 1960 to 2024.
pub fn synthetic(mut atlas: Atlas, ties: usize) -> Atlas {
    let german: Vec<_> = atlas
        .places
        .iter()
        .filter(|p| p.country == "DE")
        .map(|p| p.id.clone())
        .collect();
    let abroad: Vec<_> = atlas
        .places
        .iter()
        .filter(|p| p.country != "DE")
        .map(|p| p.id.clone())
        .collect();
    if german.is_empty() || abroad.is_empty() {
        return atlas;
    }
    let mut draw = Draw(0x9e37_79b9_7f4a_7c15);
    let mut repeats: HashMap<String, usize> = HashMap::new();
    while atlas.ties.len() < ties {
        let a = german[draw.below(german.len())].clone();
        let b = abroad[draw.below(abroad.len())].clone();
        let kind = TieKind::ALL[draw.below(TieKind::ALL.len())];
        let confidence = [
            Confidence::Verified,
            Confidence::WeakMention,
            Confidence::ListOnly,
        ][draw.below(3)];
        let base = Tie::id_for(&a, &b, kind);
        let repeat = repeats.entry(base.to_string()).or_insert(0);
        *repeat += 1;
        let mut id = base;
        id.0.push_str(&format!("--synthetic-{repeat}"));
        atlas.ties.push(Tie {
            id,
            german: a,
            partner: b,
            kind,
            since: Some(PartialDate::year(1960 + draw.below(65) as i32)),
            ended: None,
            ended_undated: false,
            confidence,
            sources: vec![Source::new("https://example.org/synthetic")],
            note: Some(Bilingual::new(
                "Erfundene Verbindung für Messungen.",
                "A made-up tie for benchmarks.",
            )),
        });
    }
    atlas
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_model::{
        Coordinates, Place, PlaceId, PlaceKind, PlaceNames, PlaceOrigin, SCHEMA_VERSION,
    };
    use std::collections::HashSet;

    fn place(id: &str, country: &str) -> Place {
        Place {
            id: PlaceId::new(id),
            kind: PlaceKind::City,
            names: PlaceNames {
                de: id.into(),
                en: id.into(),
                native: None,
                zh: None,
                ko: None,
                ja: None,
                alternates: Vec::new(),
            },
            country: country.into(),
            division: None,
            in_europe: false,
            location: Coordinates::lat_lon(50.0, 10.0),
            population: None,
            origin: PlaceOrigin::Declared {
                source: "test".into(),
            },
        }
    }

    fn small() -> Atlas {
        Atlas {
            schema: SCHEMA_VERSION,
            places: vec![
                place("osnabrueck", "DE"),
                place("hannover", "DE"),
                place("hefei", "CN"),
                place("hiroshima", "JP"),
            ],
            ties: vec![],
            visits: vec![],
            stories: vec![],
            divisions: vec![],
            credits: vec![],
            index: Default::default(),
        }
    }

    #[test]
    fn fills_up_to_the_count_with_unique_ids_from_germany_abroad() {
        let atlas = synthetic(small(), 500);
        assert_eq!(atlas.ties.len(), 500);
        let ids: HashSet<_> = atlas.ties.iter().map(|tie| &tie.id).collect();
        assert_eq!(ids.len(), 500, "every id is unique");
        for tie in &atlas.ties {
            assert!(["osnabrueck", "hannover"].contains(&tie.german.as_str()));
            assert!(["hefei", "hiroshima"].contains(&tie.partner.as_str()));
        }
        let kinds: HashSet<_> = atlas.ties.iter().map(|tie| tie.kind).collect();
        assert_eq!(kinds.len(), TieKind::ALL.len(), "every kind appears");
    }

    #[test]
    fn the_same_seed_gives_the_same_atlas() {
        assert_eq!(synthetic(small(), 50), synthetic(small(), 50));
    }
}
