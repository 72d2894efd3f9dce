//! The project's own `data/` compiles, and the atlas it makes keeps the promises of the data:
//! enough ties, every one sourced, none of the rejected pairs, names in the scripts served.

mod common;

use atlas_compiler::gazetteer;
use atlas_compiler::locate::find;
use atlas_compiler::problems::Problems;
use atlas_model::{Atlas, Confidence, PlaceId, PlaceOrigin, TieKind};
use common::{compile_real_data, root};

fn atlas() -> Atlas {
    compile_real_data("real").0
}

#[test]
fn the_atlas_holds_the_public_ties_each_with_a_source_url() {
    let atlas = atlas();
    assert!(atlas.ties.len() >= 380, "only {} ties", atlas.ties.len());
    for tie in &atlas.ties {
        let (a, b) = (atlas.place(&tie.german), atlas.place(&tie.partner));
        assert!(
            a.is_some() && b.is_some(),
            "{} names an unknown place",
            tie.id
        );
        assert_eq!(
            a.map(|place| place.country.as_str()),
            Some("DE"),
            "{}",
            tie.id
        );
        assert!(
            tie.sources
                .iter()
                .any(|source| source.url.starts_with("https://")
                    || source.url.starts_with("http://")),
            "{} has no source URL",
            tie.id
        );
    }
    let count = |confidence| {
        atlas
            .ties
            .iter()
            .filter(|t| t.confidence == confidence)
            .count()
    };
    assert!(count(Confidence::Verified) > 150);
    assert!(count(Confidence::ListOnly) > 150);
    let ended: Vec<&str> = atlas
        .ties
        .iter()
        .filter(|tie| tie.has_ended())
        .map(|tie| tie.id.as_str())
        .collect();
    assert_eq!(ended, ["langenfeld--batangas-city--twin_town"]);
    assert!(
        atlas
            .ties
            .iter()
            .any(|tie| tie.kind == TieKind::ProjectPartnership)
    );
}

/// Resolves an end of `rejected.csv` to the atlas place it means, if the atlas has one.
fn rejected_place(atlas: &Atlas, gazetteer: &gazetteer::Gazetteer, end: &str) -> Option<PlaceId> {
    if !end.contains(',') && !end.starts_with("geonames:") {
        return Some(PlaceId::new(end));
    }
    let entry = find(gazetteer, end)
        .unwrap_or_else(|message| panic!("rejected.csv: {message}"))
        .entry;
    atlas
        .places
        .iter()
        .find(|place| {
            place.origin
                == PlaceOrigin::Gazetteer {
                    geonames_id: entry.geonames_id,
                }
        })
        .map(|place| place.id.clone())
}

#[test]
fn no_rejected_pair_is_in_the_atlas() {
    let atlas = atlas();
    let root = root();
    let mut problems = Problems::default();
    let gazetteer = gazetteer::load(&root.join("data/gazetteer/geonames.tsv"), &mut problems)
        .expect("the gazetteer loads");
    assert!(problems.is_empty(), "{problems:?}");
    let mut reader = csv::Reader::from_path(root.join("data/rejected.csv")).expect("rejected.csv");
    let mut pairs = 0;
    for record in reader.records() {
        let record = record.expect("a rejected.csv row");
        let german = rejected_place(&atlas, &gazetteer, &record[0]);
        let partner = rejected_place(&atlas, &gazetteer, &record[1]);
        pairs += 1;
        let (Some(german), Some(partner)) = (german, partner) else {
            continue;
        };
        let joined = atlas
            .ties
            .iter()
            .find(|tie| tie.touches(&german) && tie.touches(&partner));
        assert!(
            joined.is_none(),
            "{:?} is a rejected pair",
            joined.map(|tie| &tie.id)
        );
    }
    assert!(pairs >= 15, "rejected.csv has only {pairs} pairs");
}

#[test]
fn places_carry_their_names_in_the_scripts_served() {
    let atlas = atlas();
    let place = |id: &str| {
        atlas
            .place(&PlaceId::new(id))
            .unwrap_or_else(|| panic!("no place {id}"))
    };
    let hefei = &place("hefei").names;
    assert_eq!(
        (
            hefei.native.as_deref(),
            hefei.zh.as_deref(),
            hefei.ja.as_deref()
        ),
        (Some("合肥"), Some("合肥"), Some("合肥"))
    );
    assert!(
        hefei
            .ko
            .as_deref()
            .is_some_and(|ko| ko.starts_with("허페이"))
    );
    assert_eq!(place("gwangmyeong").names.native.as_deref(), Some("광명시"));
    assert_eq!(place("hiroshima").names.ja.as_deref(), Some("広島市"));
    assert_eq!(place("hoi-an").names.native.as_deref(), Some("Hội An"));
    assert_eq!(
        place("osnabrueck").names.ja.as_deref(),
        Some("オスナブリュック")
    );
    let created = atlas.places.iter().filter(|place| {
        place.country == "CN" && matches!(place.origin, PlaceOrigin::Gazetteer { .. })
    });
    for place in created {
        assert!(place.names.zh.is_some(), "{} has no Chinese name", place.id);
    }
}

#[test]
fn every_german_place_with_a_tie_names_its_land() {
    let atlas = atlas();
    let mut without: Vec<&str> = atlas
        .places
        .iter()
        .filter(|place| place.country == "DE" && place.division.is_none())
        .filter(|place| atlas.ties.iter().any(|tie| tie.touches(&place.id)))
        .map(|place| place.id.as_str())
        .collect();
    without.sort_unstable();
    assert!(
        without.is_empty(),
        "the explore view filters by Land; declare division = \"…\" in places.toml for {without:?}"
    );
    let land = |id: &str| {
        let place = atlas.place(&PlaceId::new(id));
        place.and_then(|place| place.division.as_deref())
    };
    assert_eq!(land("osnabrueck"), Some("Niedersachsen"));
    assert_eq!(land("muensterland"), Some("Nordrhein-Westfalen"));
    let osnabrueck = atlas
        .place(&PlaceId::new("osnabrueck"))
        .expect("osnabrueck");
    assert!(
        osnabrueck
            .names
            .alternates
            .iter()
            .all(|a| a != "Osnabrueck"),
        "{:?}",
        osnabrueck.names.alternates
    );
}

#[test]
fn the_summary_counts_ties_by_country_and_kind() {
    let (atlas, stdout, _) = compile_real_data("summary");
    let first = stdout.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!("places: {} (", atlas.places.len())),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("ties: {} (", atlas.ties.len())),
        "{stdout}"
    );
    for row in [
        "CN China",
        "JP Japan",
        "KR South Korea",
        "IL Israel",
        "TR Turkey",
    ] {
        assert!(
            stdout.contains(&format!("\n  {row}")),
            "no row {row}:\n{stdout}"
        );
    }
    let list_only = atlas
        .ties
        .iter()
        .filter(|tie| tie.confidence == Confidence::ListOnly)
        .count();
    let warning = format!(
        "warnings: 1\n  {}: confidence: {list_only} ties are list_only: only bulk lists name them; \
         confirm them on an official page where you can\nwrote ",
        root().join("data").join("ties.csv").display()
    );
    assert!(
        stdout.contains(&warning),
        "the only warning is the count of list-only ties:\n{stdout}"
    );
}
