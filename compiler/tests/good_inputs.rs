//! Runs the real `atlas-compiler` binary over the small good folder and checks the written JSON
//! is an `atlas_model::Atlas` with what the files say, and the summary it prints.

mod common;

use atlas_model::{PlaceId, PlaceOrigin, SCHEMA_VERSION, StorySubject, TieKind};
use common::{Scratch, compile, manifest_dir, read_atlas};

#[test]
fn the_small_good_folder_compiles() {
    let data = manifest_dir().join("tests").join("good-data");
    let scratch = Scratch::new("good");
    let out = scratch.0.join("dist").join("atlas.json");
    let output = compile(
        &data,
        &data.join("seeds"),
        Some(&data.join("gazetteer.tsv")),
        &out,
    );
    let atlas = read_atlas(&output, &out);

    assert_eq!(atlas.schema, SCHEMA_VERSION);
    let ids: Vec<&str> = atlas.places.iter().map(|place| place.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "osnabrueck",
            "muensterland",
            "hefei",
            "gwangmyeong",
            "wuhu",
            "muenster-de"
        ],
        "declared places in file order, unused ones left out, then the created ones"
    );
    assert_eq!(
        (atlas.ties.len(), atlas.visits.len(), atlas.stories.len()),
        (4, 1, 1)
    );
    let osnabrueck = atlas.place(&PlaceId::new("osnabrueck")).expect("Osnabrück");
    assert_eq!(
        osnabrueck.origin,
        PlaceOrigin::Gazetteer {
            geonames_id: 2856883
        }
    );
    assert_eq!(osnabrueck.population, Some(166462));
    assert_eq!(osnabrueck.names.ja.as_deref(), Some("オスナブリュック"));
    let gwangmyeong = atlas
        .place(&PlaceId::new("gwangmyeong"))
        .expect("Gwangmyeong");
    assert_eq!(gwangmyeong.names.native.as_deref(), Some("광명시"));
    assert_eq!(gwangmyeong.names.zh.as_deref(), Some("光明市"));
    let created = atlas
        .place(&PlaceId::new("muenster-de"))
        .expect("Münster (Hessen)");
    assert_eq!(
        created.origin,
        PlaceOrigin::Gazetteer {
            geonames_id: 2867548
        }
    );
    assert!(matches!(
        &atlas
            .place(&PlaceId::new("muensterland"))
            .expect("Münsterland")
            .origin,
        PlaceOrigin::Declared { .. }
    ));
    assert_eq!(atlas.ties[0].id.as_str(), "osnabrueck--hefei--friendship");
    assert_eq!(atlas.ties[2].kind, TieKind::Cooperation);
    assert_eq!(atlas.ties[2].sources.len(), 2);
    let ended = &atlas.ties[3];
    assert_eq!(ended.id.as_str(), "muenster-de--wuhu--twin_town");
    assert!(ended.ended_undated && ended.ended.is_none() && ended.has_ended());
    assert_eq!(ended.sources[0].label.as_deref(), Some("Wikidata"));
    let note = atlas.ties[0].note.as_ref().expect("the first tie's note");
    assert_eq!(note.de, "Freundschaftsvertrag, keine Partnerschaft.");
    assert_eq!(note.en, "Friendship treaty, not a twinning.");
    let lower_saxony = atlas
        .division("DE", "Niedersachsen")
        .expect("a division with names");
    assert_eq!(lower_saxony.names.zh, "下萨克森州");
    assert_eq!(lower_saxony.names.en, "Lower Saxony");
    assert_eq!(
        atlas.stories[0].title.ko,
        "오스나브뤼크 대표단, 허페이와 광명 방문"
    );
    assert!(
        matches!(&atlas.stories[0].subject, Some(StorySubject::Visit(id)) if id.as_str() == "osnabrueck-hefei-gwangmyeong-2024")
    );
    assert!(
        atlas
            .credits
            .iter()
            .any(|credit| credit.de.starts_with("Ortslagen: GeoNames")
                && credit.ja.contains("CC BY 4.0"))
    );

    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        stdout,
        format!(
            "places: 6 (5 located from the gazetteer, of them 2 created from ties.csv; 0 drawn at a \
             gazetteer entry that represents them; 1 at a declared point)\n\
             ties: 4 (2 verified, 1 weak_mention, 1 list_only); 1 without a year; 1 ended\n  \
             country         total twin_town friendship contact project_partnership cooperation letter_of_intent no year\n  \
             CN China            2         1          1       0                   0           0                0       1\n  \
             DE Germany          1         0          0       0                   0           1                0       0\n  \
             KR South Korea      1         0          1       0                   0           0                0       0\n\
             visits: 1\nstories: 1\nwarnings: 2\n  \
             {}: id: \"hermsdorf\" is used by no tie, visit or story; it is left out of the atlas\n  \
             {}: confidence: 1 ties are list_only: only bulk lists name them; confirm them on an \
             official page where you can\n\
             wrote {} ({} bytes)\n",
            data.join("places.toml:17").display(),
            data.join("ties.csv").display(),
            out.display(),
            std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0)
        )
    );
    assert!(String::from_utf8_lossy(&output.stderr).is_empty());
}
