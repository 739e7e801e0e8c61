//! The page in real headless Chromium (Debian's chromium and chromium-driver,
//! driven through WebDriver by selenium): search, entity, evidence, escaping,
//! an example query, the connect view (also from an entity's page), the most
//! influential entities, an entity's community, an open entity's page updated
//! when a new article mentions it. Screenshots go to the test's temporary folder.

use std::process::Command;

use crate::serve_support::*;
use crate::support::*;

#[test]
fn the_page_works_in_chromium() {
    let python = python_with(&["selenium"]);
    let s = Scratch::new();
    let db = s.db();
    s.write(
        "articles/markup.txt",
        "Corvid <b>bold</b> news\n29 January 2025\n\nMaya Okafor, the chief executive of Corvid Labs, said \
         <script>window.__xss = 1</script> the launch went well.\n\n\
         \"We are ready <img src=x onerror=window.__xss=2>,\" said Maya Okafor.\n",
    );
    ok(&db, &["ingest", p(&examples().join("articles")), p(&s.path("articles"))]);
    // A watched folder, for an article the browser test drops in while an entity is open.
    let inbox = s.path("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    let server = Server::start(&db, &["--watch", p(&inbox)]);
    let shots = s.path("screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let out = Command::new(&python)
        .arg(clients().join("browser.py"))
        .arg(server.url())
        .arg(&shots)
        .arg(&inbox)
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    assert!(
        out.status.success() && stdout.contains("all browser checks passed"),
        "the browser test failed:\n{stdout}\n{}\nserver log:\n{}",
        String::from_utf8_lossy(&out.stderr),
        server.log().join("\n")
    );
    for name in ["entity.png", "sparql.png", "connect.png"] {
        let shot = shots.join(name);
        let size = std::fs::metadata(&shot).map(|m| m.len()).unwrap_or(0);
        assert!(size > 10_000, "{} was saved", shot.display());
        println!("screenshot: {}", shot.display());
    }
    // Keep the screenshots when asked to (the README's pictures come from here).
    if let Ok(dir) = std::env::var("NEWSGRAPH_SCREENSHOTS") {
        for name in ["entity.png", "entity.jpg", "sparql.png", "connect.png"] {
            std::fs::copy(shots.join(name), std::path::Path::new(&dir).join(name)).expect("copy the screenshot");
        }
    }
}
