//! Helpers shared by the integration tests: run the real binary on a real store.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_newsgraph")
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

/// Runs `newsgraph ARGS` with `--db DB`; stdin closed.
pub fn run(db: &Path, args: &[&str]) -> Output {
    run_with_stdin(db, args, None)
}

pub fn run_with_stdin(db: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    use std::io::Write;
    let mut child = Command::new(bin())
        .args(args)
        .arg("--db")
        .arg(db)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the newsgraph binary runs");
    if let Some(input) = stdin {
        child.stdin.take().expect("piped").write_all(input.as_bytes()).expect("write stdin");
    }
    child.wait_with_output().expect("newsgraph finishes")
}

/// Runs and asserts success; returns stdout.
pub fn ok(db: &Path, args: &[&str]) -> String {
    let out = run(db, args);
    assert!(
        out.status.success(),
        "newsgraph {args:?} failed ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A temporary folder with a store path inside (not created).
pub struct Scratch {
    pub dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Scratch {
        Scratch { dir: tempfile::tempdir().expect("temp dir") }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("store.db")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&path, contents).expect("write file");
        path
    }
}

/// Rows of a SELECT query as CSV records (header dropped).
pub fn select(db: &Path, query: &str) -> Vec<Vec<String>> {
    let text = ok(db, &["query", "--format", "csv", query]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    reader.records().map(|r| r.expect("CSV row").iter().map(String::from).collect()).collect()
}

/// The sorted N-Quads lines of the whole store.
pub fn nquads(db: &Path) -> Vec<String> {
    let text = ok(db, &["export", "--format", "nquads"]);
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    lines.sort();
    lines
}

pub fn p(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// A fresh store holding the five example articles.
pub fn examples_store() -> (Scratch, PathBuf) {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&examples().join("articles"))]);
    (s, db)
}
