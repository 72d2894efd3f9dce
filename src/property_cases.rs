//! How many cases each property test runs: a fixed number, so the suite takes the same time on
//! every run; `PROPTEST_CASES` raises it for a longer campaign. A failure prints its smallest
//! input instead of leaving a file in the tree.

use proptest::test_runner::Config;

/// `usual` cases, or as many as `PROPTEST_CASES` asks for.
pub fn cases(usual: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(usual);
    Config {
        failure_persistence: None,
        ..Config::with_cases(cases)
    }
}
