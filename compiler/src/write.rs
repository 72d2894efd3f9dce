//! Writing an output file atomically: a temporary file in the same folder, then a rename,
//! so a reader never sees half a file and a failed run leaves the old file as it was.

use crate::error::Error;
use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path`, creating its folder if needed; gives the number of bytes.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<usize, Error> {
    let failed = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(folder).map_err(failed)?;
    let name = path
        .file_name()
        .ok_or_else(|| failed(std::io::Error::other("the output path names no file")))?;
    let temporary = folder.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut file = std::fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    })();
    if let Err(source) = result {
        let _ = std::fs::remove_file(&temporary);
        return Err(failed(source));
    }
    Ok(bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_behind() {
        let folder = std::env::temp_dir().join(format!("atlas-write-{}", std::process::id()));
        let path = folder.join("dist").join("atlas.json");
        assert_eq!(write_atomically(&path, b"old").unwrap(), 3);
        assert_eq!(write_atomically(&path, b"{\"new\":1}").unwrap(), 9);
        assert_eq!(std::fs::read(&path).unwrap(), b"{\"new\":1}");
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["atlas.json"]);
        std::fs::remove_dir_all(&folder).unwrap();
    }

    #[test]
    fn a_failed_write_says_where() {
        let error =
            write_atomically(Path::new("/proc/atlas-compiler-test/atlas.json"), b"x").unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("cannot write /proc/atlas-compiler-test/atlas.json"),
            "{error}"
        );
    }
}
