//! Runs the real `atlas-compiler` binary over each folder of bad inputs in
//! `tests/bad-data/<case>/` and checks it fails with the expected problems, printed one per
//! line, and leaves an existing output file untouched.

mod common;

use common::Scratch;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PREVIOUS_OUTPUT: &[u8] = b"{\"schema\":1,\"previous\":\"output\"}\n";

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// Runs `atlas-compiler atlas` from `cwd` over the data folder `data` (relative to `cwd`).
fn compile(cwd: &Path, data: &str, out: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atlas-compiler"))
        .current_dir(cwd)
        .args(["atlas", "--data", data])
        .args(["--seeds", &format!("{data}/seeds")])
        .args(["--gazetteer", &format!("{data}/gazetteer.tsv")])
        .arg("--out")
        .arg(out)
        .output()
        .expect("the atlas-compiler binary runs")
}

/// Checks one case; gives a description of what went wrong, if anything did.
fn check_case(name: &str) -> Result<(), String> {
    let cases = tests_dir().join("bad-data");
    let expected = std::fs::read_to_string(cases.join(name).join("expected.txt"))
        .map_err(|error| format!("{name}: cannot read expected.txt: {error}"))?;
    let expected: Vec<&str> = expected
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    if expected.is_empty() {
        return Err(format!("{name}: expected.txt names no problem"));
    }
    let scratch = Scratch::new(name);
    let out = scratch.0.join("atlas.json");
    std::fs::write(&out, PREVIOUS_OUTPUT).expect("previous output");

    let output = compile(&cases, name, &out);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let mut failures = Vec::new();
    if output.status.code() != Some(1) {
        failures.push(format!("exit code {:?}, expected 1", output.status.code()));
    }
    let lines: Vec<&str> = stderr.lines().collect();
    let (problems, count) = lines.split_at(lines.len().saturating_sub(1));
    for want in &expected {
        if !problems.iter().any(|line| line.contains(want)) {
            failures.push(format!("no problem line contains {want:?}"));
        }
    }
    let count_line = format!(
        "{} problem{}; {} was not written",
        expected.len(),
        if expected.len() == 1 { "" } else { "s" },
        out.display()
    );
    if count != [count_line.as_str()] {
        failures.push(format!("the last line should be {count_line:?}"));
    }
    for line in problems {
        if !line.starts_with(&format!("{name}/")) {
            failures.push(format!(
                "problem line does not start with the case's path: {line:?}"
            ));
        }
    }
    if std::fs::read(&out).ok().as_deref() != Some(PREVIOUS_OUTPUT) {
        failures.push("the previous output file was changed".to_owned());
    }
    let leftovers = std::fs::read_dir(&scratch.0)
        .map(|entries| entries.count())
        .unwrap_or(0);
    if leftovers != 1 {
        failures.push(format!(
            "{leftovers} files in the output folder, expected only atlas.json"
        ));
    }
    if failures.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{name}:\n  {}\n  stderr was:\n{stderr}",
        failures.join("\n  ")
    ))
}

#[test]
fn every_bad_input_fails_with_its_problems_and_keeps_the_old_output() {
    let mut names: Vec<String> = std::fs::read_dir(tests_dir().join("bad-data"))
        .expect("tests/bad-data exists")
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 30, "only {} bad-data cases", names.len());
    let failures: Vec<String> = names
        .iter()
        .filter_map(|name| check_case(name).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}

#[test]
fn a_problem_is_printed_as_path_line_field_message() {
    let scratch = Scratch::new("format");
    let out = scratch.0.join("atlas.json");
    let output = compile(&tests_dir().join("bad-data"), "unknown-names", &out);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.lines().any(|line| line
            == "unknown-names/ties.csv:2: kind: unknown tie kind \"twin town\"; expected one of twin_town, \
                friendship, contact, project_partnership, cooperation, letter_of_intent"),
        "{stderr}"
    );
    assert!(
        !out.exists(),
        "no output may be written when there are problems"
    );
}
