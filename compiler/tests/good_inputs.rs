//! Runs the real `atlas-compiler` binary over good data: the small test folder and the
//! project's own `data/`, and checks the written JSON is an `atlas_model::Atlas`.

use atlas_model::{Atlas, PlaceId, PlaceOrigin, SCHEMA_VERSION, StorySubject, TieKind};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("atlas-compiler-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn compile(data: &Path, seeds: &Path, gazetteer: Option<&Path>, out: &Path) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_atlas-compiler"));
    command
        .arg("atlas")
        .arg("--data")
        .arg(data)
        .arg("--seeds")
        .arg(seeds);
    if let Some(gazetteer) = gazetteer {
        command.arg("--gazetteer").arg(gazetteer);
    }
    command
        .arg("--out")
        .arg(out)
        .output()
        .expect("the atlas-compiler binary runs")
}

fn read_atlas(output: &Output, out: &Path) -> Atlas {
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json = std::fs::read(out).expect("the atlas was written");
    serde_json::from_slice(&json).expect("the output is an atlas_model::Atlas")
}

#[test]
fn the_small_good_folder_compiles() {
    let data = manifest_dir().join("tests").join("good-data");
    let dir = scratch("good");
    let out = dir.join("dist").join("atlas.json");
    let output = compile(
        &data,
        &data.join("seeds"),
        Some(&data.join("gazetteer.tsv")),
        &out,
    );
    let atlas = read_atlas(&output, &out);

    assert_eq!(atlas.schema, SCHEMA_VERSION);
    assert_eq!(
        (
            atlas.places.len(),
            atlas.ties.len(),
            atlas.visits.len(),
            atlas.stories.len()
        ),
        (6, 3, 1, 1)
    );
    let osnabrueck = atlas.place(&PlaceId::new("osnabrueck")).expect("Osnabrück");
    assert_eq!(
        osnabrueck.origin,
        PlaceOrigin::Gazetteer {
            geonames_id: 2856883
        }
    );
    assert_eq!(osnabrueck.population, Some(166462));
    let muenster = atlas.place(&PlaceId::new("muenster")).expect("Münster");
    assert_eq!(
        muenster.origin,
        PlaceOrigin::Gazetteer {
            geonames_id: 2867543
        }
    );
    assert!(matches!(
        &atlas
            .place(&PlaceId::new("muensterland"))
            .expect("Münsterland")
            .origin,
        PlaceOrigin::Declared { .. }
    ));
    assert_eq!(atlas.ties[2].kind, TieKind::Cooperation);
    assert_eq!(atlas.ties[2].sources.len(), 2);
    assert!(
        matches!(&atlas.stories[0].subject, Some(StorySubject::Visit(id)) if id.as_str() == "osnabrueck-hefei-gwangmyeong-2024")
    );
    assert!(
        atlas
            .credits
            .iter()
            .any(|credit| credit.contains("GeoNames") && credit.contains("CC BY 4.0"))
    );
    assert!(
        atlas
            .credits
            .iter()
            .any(|credit| credit.contains("Natural Earth") && credit.contains("public domain"))
    );

    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        stdout,
        format!(
            "places: 6 (5 from the gazetteer, 1 declared points)\n\
             ties: 3 (2 friendship, 1 cooperation)\nvisits: 1\nstories: 1\nwrote {} ({} bytes)\n",
            out.display(),
            std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0)
        )
    );
    assert!(String::from_utf8_lossy(&output.stderr).is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

/// The project's real data must compile. Another engineer writes it; if it is not there,
/// this test fails (it is not skipped) so CI cannot pass without it.
#[test]
fn the_real_data_compiles() {
    let root = manifest_dir().join("..");
    let data = root.join("data");
    assert!(
        data.join("places.toml").exists(),
        "the real data is missing: {} does not exist yet (data/places.toml, ties.csv, visits.toml, \
         stories/ and the gazetteer are needed for this test)",
        data.join("places.toml").display()
    );
    let dir = scratch("real");
    let out = dir.join("atlas.json");
    let output = compile(&data, &root.join("seeds"), None, &out);
    let atlas = read_atlas(&output, &out);
    assert_eq!(atlas.schema, SCHEMA_VERSION);
    assert!(!atlas.places.is_empty() && !atlas.ties.is_empty());
    for tie in &atlas.ties {
        assert!(
            atlas.place(&tie.a).is_some() && atlas.place(&tie.b).is_some(),
            "{}",
            tie.id
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
