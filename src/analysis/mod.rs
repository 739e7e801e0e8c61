//! Graph analytics on the store: shortest connections between two entities,
//! influence rankings, communities and what is new, with time windows by
//! publication date. `network` reads the store once into an in-memory graph
//! (petgraph) that every analysis of a command shares; each hop or edge an
//! analysis gives keeps its evidence sentence and article.

mod cache;
mod changes;
mod community;
mod network;
mod path;
mod picture;
mod rank;
mod report;
mod stored;
mod window;

pub use self::cache::FILE as CACHE_FILE;
pub use self::changes::{changes, Changes, NewEntity, NewRelation};
pub use self::community::{communities, louvain, modularity, write_communities, Communities, Community};
pub use self::network::{ArticleInfo, Network, Relation, Scope, Statement};
pub use self::path::{shortest_paths, Hop, Path, PathOptions, Paths, MAX_COUNTED};
pub use self::picture::{community_colour, write_path_dot};
pub use self::rank::{betweenness, pagerank, rank, Measure, Ranked, Ranking, BETWEENNESS_SOURCES, EXACT_BETWEENNESS};
pub use self::report::{direction, entity_json, paths_json, relation_json};
pub use self::stored::{Following, Stored};
pub use self::window::{check_date, Window};
