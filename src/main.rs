//! Temporary driver: `newsgraph extract --format json FILE...` prints the
//! extraction of each file in the annotation schema. Replaced by the CLI.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with('-') && *a != "extract" && *a != "json").collect();
    let resources = newsgraph::Resources::embedded();
    for f in files {
        let text = std::fs::read_to_string(f).expect("read");
        let ex = newsgraph::extract(&text, &resources);
        println!("{}", serde_json::to_string_pretty(&newsgraph::extract::annotation(&ex, &text)).unwrap());
    }
}
