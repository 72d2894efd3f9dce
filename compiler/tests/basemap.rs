//! Runs the real `atlas-compiler basemap` on world-atlas's Natural Earth 110m countries.

use atlas_model::{BASEMAP_SCHEMA_VERSION, Basemap};
use std::path::Path;
use std::process::Command;

/// The bounding box of a country's rings: (min lon, min lat, max lon, max lat).
fn bounds(basemap: &Basemap, id: &str) -> (f64, f64, f64, f64) {
    basemap
        .countries
        .iter()
        .find(|c| c.id == id)
        .and_then(|country| country.bounds(basemap.scale))
        .unwrap_or_else(|| panic!("country {id} is missing or empty"))
}

fn near(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() < 0.6
}

#[test]
fn the_natural_earth_countries_become_the_basemap() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let topojson = root.join("node_modules/world-atlas/countries-110m.json");
    assert!(
        topojson.exists(),
        "{} is missing: run `npm ci` first",
        topojson.display()
    );
    let dir = std::env::temp_dir().join(format!("atlas-compiler-{}-basemap", std::process::id()));
    let out = dir.join("basemap.json");
    let output = Command::new(env!("CARGO_BIN_EXE_atlas-compiler"))
        .args(["basemap", "--topojson"])
        .arg(&topojson)
        .arg("--out")
        .arg(&out)
        .output()
        .expect("the atlas-compiler binary runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let size = std::fs::metadata(&out).expect("basemap written").len();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains(&format!("wrote {} ({size} bytes)", out.display())),
        "{stdout}"
    );

    let basemap: Basemap =
        serde_json::from_slice(&std::fs::read(&out).expect("readable")).expect("a Basemap");
    assert_eq!(basemap.schema, BASEMAP_SCHEMA_VERSION);
    assert_eq!(basemap.scale, 100.0);
    assert_eq!(
        basemap.attribution,
        "Natural Earth (public domain), via world-atlas"
    );
    assert!(
        basemap.countries.len() > 150,
        "{} countries",
        basemap.countries.len()
    );

    let germany = basemap
        .countries
        .iter()
        .find(|c| c.id == "276")
        .expect("Germany");
    assert_eq!(germany.name, "Germany");
    let (west, south, east, north) = bounds(&basemap, "276");
    assert!(
        near(west, 5.9) && near(south, 47.3) && near(east, 15.0) && near(north, 54.98),
        "{west} {south} {east} {north}"
    );
    let (west, south, east, north) = bounds(&basemap, "156");
    assert!(
        near(west, 73.7) && near(south, 18.2) && near(east, 135.0) && near(north, 53.5),
        "{west} {south} {east} {north}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
