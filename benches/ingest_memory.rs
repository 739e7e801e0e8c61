//! Peak memory of ingesting a large JSON Lines dump, at two sizes, to show that
//! it does not grow with the file: the reader streams line by line, a bounded
//! number of articles is in flight, and new articles are written in batches of
//! bounded size.
//!
//! Run: `cargo bench --bench ingest_memory` (needs `/usr/bin/time`, installed by
//! `.ci/setup`). Sizes in MB: `NEWSGRAPH_BENCH_MB=100,300` (the default).
//! Prints figures; asserts nothing.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const FIRST: &[&str] = &[
    "Dana", "Priya", "Omar", "Maya", "Jonas", "Aoife", "Rosa", "Imogen", "Carla", "Tomas", "Lena", "Sam", "Ines",
    "Kofi", "Mei", "Arjun",
];
const LAST: &[&str] = &[
    "Whitcombe",
    "Raman",
    "Haddad",
    "Okafor",
    "Weyland",
    "Brennan",
    "Delacroix",
    "Saltmarsh",
    "Benedetti",
    "Berg",
    "Okonkwo",
    "Ortiz",
    "Lindqvist",
    "Mensah",
    "Tanaka",
    "Varga",
];
const ORG: &[&str] = &[
    "Zephyr Quantum",
    "Orbital Mesh",
    "Corvid Analytics",
    "Kestrel Dynamics",
    "Harrowgate Robotics",
    "Pellucid Motors",
    "Veltro Systems",
    "Fjordline Analytics",
    "Lumen Forge",
    "Brightwater Capital",
    "Nimbus Labs",
    "Quillmark",
];
const CITY: &[&str] =
    &["Boston", "Lisbon", "Toronto", "Dublin", "Leeds", "Detroit", "Turin", "Oslo", "Nairobi", "Seoul"];

/// A deterministic generator (xorshift) recombining sentence templates.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() % items.len()]
    }
    fn sentence(&mut self) -> String {
        let person = format!("{} {}", self.pick(FIRST), self.pick(LAST));
        let (org, other, city) = (self.pick(ORG), self.pick(ORG), self.pick(CITY));
        match self.next() % 6 {
            0 => format!("{person}, CEO of {org} Inc., said the company would hire {} engineers.", self.next() % 500),
            1 => format!("{org}, a {city}-based startup, said it raised ${} million from {other}.", self.next() % 900),
            2 => format!("\"We are building for the long run,\" {person} said."),
            3 => format!("{org} competes with {other} in the market for robots, analysts said."),
            4 => format!("{org} has acquired {other}, the {city} company said on Monday."),
            _ => format!("Shares of {org} rose {} percent in early trading in {city}.", self.next() % 20),
        }
    }
    /// A sentence that names nothing, as most of an article's sentences do.
    fn filler(&mut self) -> String {
        let n = self.next() % 90 + 5;
        match self.next() % 8 {
            0 => format!("The figures for the quarter were published on Tuesday, and markets reacted calmly to a rise of {n} percent."),
            1 => format!("Analysts expect the market for industrial software to keep growing for at least {n} months."),
            2 => "The deal still needs approval from regulators, which could take until the end of the year.".to_string(),
            3 => format!("Demand for the new systems has been strongest among logistics firms, which bought {n} units last year."),
            4 => "Critics say the technology is still too expensive for smaller firms, and that its benefits are hard to measure.".to_string(),
            5 => format!("The company did not say how much it paid, but people familiar with the matter put the figure near {n} million."),
            6 => "Engineers will spend the coming weeks testing the software on older hardware before a wider release.".to_string(),
            _ => format!("About {n} people attended the launch, where the new tools were shown for the first time."),
        }
    }
}

fn generate(path: &Path, megabytes: u64) -> u64 {
    let mut out = BufWriter::new(File::create(path).expect("create the dump"));
    let mut gen = Gen(0x9E37_79B9_7F4A_7C15);
    let (mut written, mut n) = (0u64, 0u64);
    while written < megabytes * 1_000_000 {
        n += 1;
        // About 6 kB: two sentences with facts among forty that name nothing.
        let facts = (gen.next() % 40, gen.next() % 40);
        let body: Vec<String> =
            (0..40).map(|i| if i == facts.0 || i == facts.1 { gen.sentence() } else { gen.filler() }).collect();
        let line = serde_json::json!({
            "title": format!("{} report number {n}", gen.pick(ORG)),
            "content": body.chunks(4).map(|p| p.join(" ")).collect::<Vec<_>>().join("\n\n"),
            "publishedAt": format!("2025-{:02}-{:02}T08:00:00Z", n % 12 + 1, n % 28 + 1),
            "url": format!("https://wire.example/{n}"),
        })
        .to_string();
        out.write_all(line.as_bytes()).unwrap();
        out.write_all(b"\n").unwrap();
        written += line.len() as u64 + 1;
    }
    out.flush().unwrap();
    n
}

fn main() {
    let sizes: Vec<u64> = std::env::var("NEWSGRAPH_BENCH_MB")
        .unwrap_or_else(|_| "100,300".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let dir = tempfile::tempdir().expect("temp dir");
    println!("{:>8} {:>9} {:>10} {:>12} {:>10}", "MB", "articles", "seconds", "articles/s", "peak RSS");
    for mb in sizes {
        let dump = dir.path().join(format!("dump-{mb}.jsonl"));
        let articles = generate(&dump, mb);
        let db = dir.path().join(format!("store-{mb}.db"));
        let started = Instant::now();
        let out = Command::new("/usr/bin/time")
            .arg("-v")
            .arg(env!("CARGO_BIN_EXE_newsgraph"))
            .args(["ingest", "-q", "--db"])
            .arg(&db)
            .arg(&dump)
            .output()
            .expect("/usr/bin/time runs (apt-get install time)");
        let seconds = started.elapsed().as_secs_f64();
        let report = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "ingest failed: {report}");
        let kb: u64 = report
            .lines()
            .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes): "))
            .and_then(|v| v.trim().parse().ok())
            .expect("time -v reports the peak RSS");
        println!(
            "{mb:>8} {articles:>9} {seconds:>10.1} {:>12.0} {:>7.1} MiB",
            articles as f64 / seconds,
            kb as f64 / 1024.0
        );
        std::fs::remove_file(&dump).ok();
        std::fs::remove_dir_all(&db).ok();
    }
}
