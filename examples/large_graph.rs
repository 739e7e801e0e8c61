//! Builds a large generated store (thousands of entities) for measuring the
//! default picture: `cargo run --release --example large_graph -- DB [ARTICLES]`.
//! See `examples/bench-large-graph.sh`.

#[path = "../tests/it/synthetic.rs"]
mod synthetic;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(db) = args.next() else {
        eprintln!("usage: large_graph DB [ARTICLES]");
        std::process::exit(2);
    };
    let articles = args.next().map_or(1500, |n| n.parse().expect("ARTICLES is a number"));
    let entities = synthetic::build_store(std::path::Path::new(&db), articles);
    println!("{db}: {articles} articles, {entities} entities");
}
