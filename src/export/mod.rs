//! Export: reads the store (never a live extraction) and writes DOT, CSV,
//! GraphML, JSON-LD or RDF. `view` reads, `select` chooses what a picture
//! shows, the format modules write one format each, `run` does one export as
//! the command line asks for it.

mod confidence;
mod csv;
mod dot;
mod graphml;
mod jsonld;
mod run;
mod select;
mod view;

pub use self::confidence::ConfidenceFilter;
pub use self::csv::{write_csv, CsvStyle, FILES as CSV_FILES};
pub use self::dot::{quoted, style as class_style, write_dot};
pub use self::graphml::{write_graphml, NodeFigures};
pub use self::jsonld::write_jsonld;
pub use self::run::{export, render, ExportFormat, ExportOptions, Exported, RenderFormat, ViewOptions};
pub use self::select::{find_entity, find_node, select, Selected, Selection, DEFAULT_MAX_NODES};
pub use self::view::{read_triples, read_view, read_view_in, ArticleRow, EdgeRow, GraphView, NodeRow, QuoteRow};
