//! `atlas-compiler`: compiles the atlas data (`atlas`) or the basemap (`basemap`), or makes a
//! large synthetic atlas for benchmarks (`synthetic`).

use anyhow::{Context, Result};
use atlas_compiler::{Error, Inputs, basemap, compile, summary, write_atomically};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage:
  atlas-compiler atlas [--data DIR] [--seeds DIR] [--gazetteer FILE] [--out FILE]
      defaults: --data data --seeds seeds --gazetteer <data>/gazetteer/geonames.tsv
                --out dist/atlas.json
  atlas-compiler basemap [--topojson FILE] [--out FILE]
      defaults: --topojson node_modules/world-atlas/countries-110m.json --out dist/basemap.json
  atlas-compiler synthetic [--atlas FILE] [--ties N] [--out FILE]
      the compiled atlas with ties added up to N, for benchmarks
      defaults: --atlas dist/atlas.json --ties 20000 --out dist/synthetic-atlas.json";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<ExitCode> {
    let Some((command, options)) = args.split_first() else {
        eprintln!("{USAGE}");
        return Ok(ExitCode::from(2));
    };
    let options = match Options::parse(options) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}\n{USAGE}");
            return Ok(ExitCode::from(2));
        }
    };
    let allowed: &[&str] = match command.as_str() {
        "atlas" => &["--data", "--seeds", "--gazetteer", "--out"],
        "basemap" => &["--topojson", "--out"],
        "synthetic" => &["--atlas", "--ties", "--out"],
        _ => &[],
    };
    if let Some((name, _)) = options
        .0
        .iter()
        .find(|(name, _)| !allowed.contains(&name.as_str()))
    {
        eprintln!("unknown option {name} for {command:?}\n{USAGE}");
        return Ok(ExitCode::from(2));
    }
    match command.as_str() {
        "atlas" => atlas(&options),
        "basemap" => basemap(&options),
        "synthetic" => synthetic(&options),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => {
            eprintln!("unknown command {other:?}\n{USAGE}");
            Ok(ExitCode::from(2))
        }
    }
}

fn atlas(options: &Options) -> Result<ExitCode> {
    let mut inputs = Inputs::new(
        options.path("--data", "data"),
        options.path("--seeds", "seeds"),
    );
    if let Some(gazetteer) = options.get("--gazetteer") {
        inputs.gazetteer = PathBuf::from(gazetteer);
    }
    let out = options.path("--out", "dist/atlas.json");
    match compile(&inputs) {
        Ok(compiled) => {
            let json = serde_json::to_vec(&compiled.atlas).context("cannot encode the atlas")?;
            let bytes = write_atomically(&out, &json)?;
            println!("{}", summary(&compiled));
            println!("wrote {} ({bytes} bytes)", out.display());
            Ok(ExitCode::SUCCESS)
        }
        Err(Error::Problems(problems)) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            let plural = if problems.len() == 1 { "" } else { "s" };
            eprintln!(
                "{} problem{plural}; {} was not written",
                problems.len(),
                out.display()
            );
            Ok(ExitCode::FAILURE)
        }
        Err(error) => Err(error.into()),
    }
}

fn basemap(options: &Options) -> Result<ExitCode> {
    let topojson = options.path("--topojson", "node_modules/world-atlas/countries-110m.json");
    let out = options.path("--out", "dist/basemap.json");
    let basemap = basemap::from_file(&topojson)?;
    let json = serde_json::to_vec(&basemap).context("cannot encode the basemap")?;
    let bytes = write_atomically(&out, &json)?;
    println!("{} countries", basemap.countries.len());
    println!("wrote {} ({bytes} bytes)", out.display());
    Ok(ExitCode::SUCCESS)
}

fn synthetic(options: &Options) -> Result<ExitCode> {
    let source = options.path("--atlas", "dist/atlas.json");
    let out = options.path("--out", "dist/synthetic-atlas.json");
    let ties: usize = options
        .get("--ties")
        .unwrap_or("20000")
        .parse()
        .context("--ties takes a whole number")?;
    let text = std::fs::read_to_string(&source)
        .with_context(|| format!("cannot read {}", source.display()))?;
    let atlas = serde_json::from_str(&text)
        .with_context(|| format!("{} is not a compiled atlas", source.display()))?;
    let atlas = atlas_compiler::synthetic::synthetic(atlas, ties);
    let json = serde_json::to_vec(&atlas).context("cannot encode the atlas")?;
    let bytes = write_atomically(&out, &json)?;
    println!("{} ties, {} places", atlas.ties.len(), atlas.places.len());
    println!("wrote {} ({bytes} bytes)", out.display());
    Ok(ExitCode::SUCCESS)
}

/// `--name value` pairs.
struct Options(Vec<(String, String)>);

impl Options {
    fn parse(args: &[String]) -> Result<Self, String> {
        let mut pairs = Vec::new();
        let mut args = args.iter();
        while let Some(name) = args.next() {
            if !name.starts_with("--") {
                return Err(format!("unexpected argument {name:?}"));
            }
            let value = args.next().ok_or_else(|| format!("{name} needs a value"))?;
            pairs.push((name.clone(), value.clone()));
        }
        Ok(Self(pairs))
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    fn path(&self, name: &str, default: &str) -> PathBuf {
        PathBuf::from(self.get(name).unwrap_or(default))
    }
}
