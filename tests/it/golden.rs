//! Golden extraction reports: what `newsgraph extract` prints for each article
//! in `examples/articles`, compared with `tests/golden/NAME.txt`. A change to the
//! extractor that changes what it reads shows up here as a diff to review.
//!
//! When the change is intended, rewrite the files and commit them with it:
//!
//! ```sh
//! NEWSGRAPH_BLESS=1 cargo test --release --test it golden
//! ```

use std::path::Path;

use newsgraph::input::{read_article, Source};
use newsgraph::{extract, report, Resources};

#[test]
fn extraction_reports_match_the_golden_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let golden = root.join("tests/golden");
    let bless = std::env::var_os("NEWSGRAPH_BLESS").is_some_and(|v| v == "1");
    let resources = Resources::embedded();
    let mut articles: Vec<_> =
        std::fs::read_dir(root.join("examples/articles")).unwrap().map(|e| e.unwrap().path()).collect();
    articles.sort();
    assert!(!articles.is_empty());
    let mut differ = Vec::new();
    for path in &articles {
        let name = path.file_name().unwrap().to_str().unwrap();
        let mut article = read_article(&Source::File(path.clone())).unwrap();
        // The source is the file's absolute path: name it the same on every machine.
        article.source = format!("examples/articles/{name}");
        let report = report::extraction_text(&article, &extract(&article.text, &resources));
        let file = golden.join(format!("{}.txt", path.file_stem().unwrap().to_str().unwrap()));
        if bless {
            std::fs::create_dir_all(&golden).unwrap();
            std::fs::write(&file, &report).unwrap();
        } else if std::fs::read_to_string(&file).ok().as_deref() != Some(report.as_str()) {
            differ.push(format!("{}\n--- now:\n{report}", file.display()));
        }
    }
    if !bless {
        // A report whose article is gone is stale: the bless run rewrites reports, never deletes one.
        for entry in std::fs::read_dir(&golden).unwrap() {
            let file = entry.unwrap().path();
            let stem = file.file_stem().unwrap().to_str().unwrap().to_string();
            if !articles.iter().any(|a| a.file_stem().and_then(|s| s.to_str()) == Some(stem.as_str())) {
                differ.push(format!("{}: no article in examples/articles has this name; delete it", file.display()));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "extraction differs from the golden reports (if intended: NEWSGRAPH_BLESS=1 cargo test --release --test it golden):\n{}",
        differ.join("\n")
    );
}
