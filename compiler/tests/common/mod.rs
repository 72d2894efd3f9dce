//! Helpers shared by the integration tests: running the real `atlas-compiler` binary and
//! reading what it wrote.

#![allow(dead_code)]

use atlas_model::Atlas;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

pub fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The repository root, where `data/`, `seeds/` and `node_modules/` are.
pub fn root() -> PathBuf {
    manifest_dir().join("..")
}

/// A scratch folder for one test, emptied first and removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Self {
        // Unique per call: tests of one binary run side by side and may share a name.
        static MADE: AtomicUsize = AtomicUsize::new(0);
        let serial = MADE.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!(
            "atlas-compiler-{}-{name}-{serial}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("scratch folder");
        Self(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `atlas-compiler atlas` over a data folder.
pub fn compile(data: &Path, seeds: &Path, gazetteer: Option<&Path>, out: &Path) -> Output {
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

/// The atlas a successful run wrote.
pub fn read_atlas(output: &Output, out: &Path) -> Atlas {
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json = std::fs::read(out).expect("the atlas was written");
    serde_json::from_slice(&json).expect("the output is an atlas_model::Atlas")
}

/// Compiles the project's own `data/` and gives the atlas, the summary and the JSON bytes.
pub fn compile_real_data(name: &str) -> (Atlas, String, Vec<u8>) {
    let root = root();
    let data = root.join("data");
    assert!(
        data.join("places.toml").exists(),
        "the real data is missing: {} does not exist",
        data.join("places.toml").display()
    );
    let scratch = Scratch::new(name);
    let out = scratch.0.join("atlas.json");
    let output = compile(&data, &root.join("seeds"), None, &out);
    let atlas = read_atlas(&output, &out);
    let json = std::fs::read(&out).expect("the atlas was written");
    (
        atlas,
        String::from_utf8_lossy(&output.stdout).into_owned(),
        json,
    )
}
