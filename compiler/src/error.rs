//! The errors of the compiler library.

use crate::problems::Problem;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The data has problems; each one says where.
    #[error("{} problem{} in the data", .0.len(), if .0.len() == 1 { "" } else { "s" })]
    Problems(Vec<Problem>),
    #[error("cannot read {path}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write {path}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot encode the output as JSON")]
    Encode(#[from] serde_json::Error),
    #[error("{path} is not the TopoJSON expected: {message}")]
    Topojson { path: PathBuf, message: String },
}
