//! The page's analysis requests: the paths between two entities (the connect
//! view), the most influential entities of each class, an entity's community,
//! on the network, communities and PageRank of the page's view
//! (`view::View`, made again after writes).

use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::http::{blocking, Failure};
use super::AppState;
use crate::analysis::{self, entity_json, paths_json, Communities, Network, PathOptions};
use crate::schema::EntityClass;

/// What the analysis requests share: the network of the page's view
/// (`view::View`), its communities and PageRank.
pub struct Analysed {
    pub net: Network,
    communities: Communities,
    pagerank: Vec<f64>,
}

impl Analysed {
    pub fn of(net: Network) -> Analysed {
        let communities = analysis::communities(&net);
        let pagerank = analysis::pagerank(net.entities.len(), &net.weighted_pairs());
        Analysed { net, communities, pagerank }
    }
}

fn entity_index(a: &Analysed, iri: Option<&str>, name: &str) -> Result<usize, Failure> {
    let Some(iri) = iri else {
        return Err(Failure::bad_request(format!("missing {name}: give an entity IRI")));
    };
    a.net
        .entities
        .binary_search_by(|n| n.iri.as_str().cmp(iri))
        .map_err(|_| Failure::bad_request(format!("{name}: no entity has the IRI <{iri}>")))
}

#[derive(Deserialize)]
pub struct PathParams {
    from: Option<String>,
    to: Option<String>,
    max_hops: Option<usize>,
}

/// `GET /api/path?from=IRI&to=IRI[&max_hops=N]`: the shortest paths, each hop
/// with its relations and their evidence (as `newsgraph path --format json`).
pub async fn path(State(shared): State<AppState>, Query(params): Query<PathParams>) -> Response {
    let view = shared.views.current().await;
    let a = &view.analysed;
    let ends = entity_index(a, params.from.as_deref(), "from")
        .and_then(|from| entity_index(a, params.to.as_deref(), "to").map(|to| (from, to)));
    let (from, to) = match ends {
        Ok(ends) => ends,
        Err(f) => return f.into_response(),
    };
    let options = PathOptions { max_hops: params.max_hops.unwrap_or(6).min(12), limit: 5 };
    let paths = analysis::shortest_paths(&a.net, from, to, options);
    // The evidence of the hops shown, read into a copy of the shared network.
    let state = shared.clone();
    let answer = blocking(&shared, move |_token| {
        let mut net = view.analysed.net.clone();
        net.read_evidence(&state.store, &paths.relations()).map_err(|e| Failure::internal(e.with_causes()))?;
        let mut value = paths_json(&net, &paths);
        value["max_hops"] = json!(options.max_hops);
        Ok(value)
    })
    .await;
    match answer {
        Ok(value) => Json(value).into_response(),
        Err(f) => f.into_response(),
    }
}

/// `GET /api/influential`: for each class, the five entities of highest PageRank.
pub async fn influential(State(shared): State<AppState>) -> Response {
    let view = shared.views.current().await;
    let a = &view.analysed;
    let classes: Vec<Value> = EntityClass::ALL
        .iter()
        .map(|&class| {
            let mut members: Vec<usize> = (0..a.net.entities.len())
                .filter(|&e| a.net.entities[e].class == class && a.net.degree(e) > 0)
                .collect();
            members.sort_by(|&x, &y| a.pagerank[y].total_cmp(&a.pagerank[x]).then_with(|| x.cmp(&y)));
            let top: Vec<Value> = members
                .iter()
                .take(5)
                .map(|&e| {
                    let mut v = entity_json(&a.net, e);
                    v["pagerank"] = json!(a.pagerank[e]);
                    v["relations"] = json!(a.net.degree(e));
                    v
                })
                .collect();
            json!({ "class": class.name(), "label": class.label(), "entities": top })
        })
        .collect();
    Json(json!(classes)).into_response()
}

#[derive(Deserialize)]
pub struct CommunityParams {
    iri: Option<String>,
}

/// `GET /api/community?iri=IRI`: the entity's community (number, name, size)
/// and its members, the most central first (at most 40); `null` when it has no relation.
pub async fn community(State(shared): State<AppState>, Query(params): Query<CommunityParams>) -> Response {
    let view = shared.views.current().await;
    let a = &view.analysed;
    let e = match entity_index(a, params.iri.as_deref(), "iri") {
        Ok(e) => e,
        Err(f) => return f.into_response(),
    };
    let Some(c) = a.communities.community_of(e) else { return Json(Value::Null).into_response() };
    let members: Vec<Value> = c.members.iter().take(40).map(|&m| entity_json(&a.net, m)).collect();
    Json(json!({
        "community": c.id,
        "name": c.name(&a.net),
        "size": c.members.len(),
        "relations": c.relations,
        "members": members,
    }))
    .into_response()
}
