//! A `ties.csv` saved by a spreadsheet (byte-order mark, semicolons, CRLF) compiles to the same
//! atlas, byte for byte, as the plain file.

mod common;

use common::{Scratch, compile, root};
use std::path::Path;

/// Copies a folder tree.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("folder");
    for entry in std::fs::read_dir(from).expect("readable folder") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// The CSV as LibreOffice or Excel save it in a German locale: BOM, `;`, CRLF.
fn as_spreadsheet_saves_it(csv_text: &str) -> Vec<u8> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text.as_bytes());
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(vec![0xEF, 0xBB, 0xBF]);
    for record in reader.records() {
        writer
            .write_record(&record.expect("a CSV row"))
            .expect("written");
    }
    writer.into_inner().expect("flushed")
}

#[test]
fn a_csv_saved_by_a_spreadsheet_compiles_to_the_same_atlas() {
    let root = root();
    let scratch = Scratch::new("spreadsheet");
    let variant = scratch.0.join("data");
    copy_tree(&root.join("data"), &variant);
    for file in ["ties.csv", "rejected.csv"] {
        let text = std::fs::read_to_string(root.join("data").join(file)).expect(file);
        let saved = as_spreadsheet_saves_it(&text);
        assert!(saved.starts_with(b"\xEF\xBB\xBFgerman_place;partner_place;"));
        assert!(saved.windows(2).any(|pair| pair == b"\r\n"));
        std::fs::write(variant.join(file), saved).expect("variant written");
    }

    let (plain, saved) = (scratch.0.join("plain.json"), scratch.0.join("saved.json"));
    let gazetteer = root.join("data/gazetteer/geonames.tsv");
    let seeds = root.join("seeds");
    let first = compile(&root.join("data"), &seeds, Some(&gazetteer), &plain);
    let second = compile(&variant, &seeds, Some(&gazetteer), &saved);
    for output in [&first, &second] {
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let (plain, saved) = (
        std::fs::read(plain).expect("plain"),
        std::fs::read(saved).expect("saved"),
    );
    assert!(plain.len() > 100_000);
    assert!(
        plain == saved,
        "the spreadsheet-saved CSV compiles to a different atlas"
    );
}
