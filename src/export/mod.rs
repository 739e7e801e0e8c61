//! Export: reads the store (never a live extraction) and writes DOT, CSV or RDF.

mod csv;
mod dot;
mod view;

pub use self::csv::write_csv;
pub use self::dot::write_dot;
pub use self::view::{read_view, EdgeRow, GraphView, NodeRow};
