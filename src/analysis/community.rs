//! Communities: groups of entities more related to each other than to the
//! rest, found by the Louvain method on the relations weighted by how many
//! articles attest them, then split into connected parts. Each community is
//! named by its most central members.

use oxigraph::model::NamedNodeRef;
use rustc_hash::FxHashMap;

use super::Network;
use crate::error::Result;
use crate::store::GraphStore;
use crate::vocab::COMMUNITIES_GRAPH;

/// One community.
#[derive(Clone, Debug, PartialEq)]
pub struct Community {
    /// 1 for the largest, then by size.
    pub id: usize,
    /// Its entities, the most central first (weight of relations inside it).
    pub members: Vec<usize>,
    /// Relations between its members.
    pub relations: usize,
}

impl Community {
    /// Its name for people: its three most central members.
    pub fn name(&self, net: &Network) -> String {
        let names: Vec<&str> = self.members.iter().take(3).map(|&m| net.entities[m].label.as_str()).collect();
        names.join(", ")
    }
}

/// The communities of a network.
#[derive(Clone, Debug, PartialEq)]
pub struct Communities {
    /// The largest first. Entities without relations belong to none.
    pub list: Vec<Community>,
    /// For each entity, the index in `list` of its community.
    pub of: Vec<Option<usize>>,
    /// Newman's modularity of the partition (0: no better than chance; up to 1).
    pub modularity: f64,
}

impl Communities {
    /// The community of `entity`.
    pub fn community_of(&self, entity: usize) -> Option<&Community> {
        self.of[entity].map(|i| &self.list[i])
    }
}

/// Finds the communities of `net`.
pub fn communities(net: &Network) -> Communities {
    let n = net.entities.len();
    let pairs = net.weighted_pairs();
    let groups = connected_parts(n, &pairs, &louvain(n, &pairs));
    let mut internal = vec![0.0; n];
    let mut touched = vec![false; n];
    for &(a, b, w) in &pairs {
        touched[a] = true;
        touched[b] = true;
        if groups[a] == groups[b] {
            internal[a] += w;
            internal[b] += w;
        }
    }
    let mut members: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for e in (0..n).filter(|&e| touched[e]) {
        members.entry(groups[e]).or_default().push(e);
    }
    let mut list: Vec<Community> = members
        .into_values()
        .map(|mut members| {
            members.sort_by(|&a, &b| {
                internal[b]
                    .total_cmp(&internal[a])
                    .then_with(|| net.degree(b).cmp(&net.degree(a)))
                    .then_with(|| net.entities[a].label.cmp(&net.entities[b].label))
                    .then_with(|| a.cmp(&b))
            });
            Community { id: 0, members, relations: 0 }
        })
        .collect();
    list.sort_by(|a, b| {
        b.members.len().cmp(&a.members.len()).then_with(|| {
            let first = |c: &Community| net.entities[c.members[0]].label.to_lowercase();
            first(a).cmp(&first(b)).then_with(|| a.members[0].cmp(&b.members[0]))
        })
    });
    let mut of = vec![None; n];
    for (i, c) in list.iter_mut().enumerate() {
        c.id = i + 1;
        for &m in &c.members {
            of[m] = Some(i);
        }
    }
    for r in &net.relations {
        if let (Some(a), Some(b)) = (of[r.source], of[r.target]) {
            if a == b {
                list[a].relations += 1;
            }
        }
    }
    let group_of: Vec<usize> = of.iter().enumerate().map(|(e, c)| c.unwrap_or(list.len() + e)).collect();
    Communities { modularity: modularity(n, &pairs, &group_of), list, of }
}

/// Writes the communities into the store's communities graph (replacing what
/// an earlier run wrote there): `?entity ng:community ?c . ?c a ng:Community ;
/// rdfs:label "its name"`. Returns the number of triples written.
pub fn write_communities(store: &GraphStore, net: &Network, found: &Communities) -> Result<usize> {
    let list: Vec<(usize, String, Vec<&str>)> = found
        .list
        .iter()
        .map(|c| (c.id, c.name(net), c.members.iter().map(|&m| net.entities[m].iri.as_str()).collect()))
        .collect();
    let quads = crate::graph::community_quads(&list);
    // The communities graph is no article's: the analyses' graph cache holds
    // the same after the write, at the new generation.
    let following = super::Following::start(store);
    store.replace_graph(NamedNodeRef::new_unchecked(COMMUNITIES_GRAPH), &quads)?;
    following.finish();
    Ok(quads.len())
}

/// Newman's modularity of a partition of a weighted undirected graph.
pub fn modularity(n: usize, pairs: &[(usize, usize, f64)], group: &[usize]) -> f64 {
    let m: f64 = pairs.iter().map(|p| p.2).sum();
    if m == 0.0 {
        return 0.0;
    }
    let mut inside: FxHashMap<usize, f64> = FxHashMap::default();
    let mut total: FxHashMap<usize, f64> = FxHashMap::default();
    for &(a, b, w) in pairs {
        if group[a] == group[b] {
            *inside.entry(group[a]).or_default() += w;
        }
        *total.entry(group[a]).or_default() += w;
        *total.entry(group[b]).or_default() += w;
    }
    let _ = n;
    total.iter().map(|(g, t)| inside.get(g).copied().unwrap_or(0.0) / m - (t / (2.0 * m)).powi(2)).sum()
}

/// The Louvain method (Blondel et al., 2008): move each node to the
/// neighbouring community that raises modularity most, until no move helps;
/// merge each community into one node; repeat on the merged graph until
/// nothing moves. Nodes are visited in index order, so the result is
/// deterministic. Returns a community number for each of the `n` nodes.
pub fn louvain(n: usize, pairs: &[(usize, usize, f64)]) -> Vec<usize> {
    let mut level = Level::new(n, pairs);
    let mut membership: Vec<usize> = (0..n).collect();
    loop {
        let (community, moved) = level.local_moves();
        if !moved {
            break;
        }
        // Number the communities 0.. in order of first appearance.
        let mut number: FxHashMap<usize, usize> = FxHashMap::default();
        let renumbered: Vec<usize> = community
            .iter()
            .map(|c| {
                let next = number.len();
                *number.entry(*c).or_insert(next)
            })
            .collect();
        for m in &mut membership {
            *m = renumbered[*m];
        }
        let count = number.len();
        if count == level.adjacency.len() {
            break;
        }
        level = level.merged(&renumbered, count);
    }
    membership
}

/// One level of the Louvain method: a weighted graph (adjacency both ways,
/// self-loops apart).
struct Level {
    adjacency: Vec<Vec<(usize, f64)>>,
    self_loops: Vec<f64>,
}

impl Level {
    fn new(n: usize, pairs: &[(usize, usize, f64)]) -> Level {
        let mut adjacency = vec![Vec::new(); n];
        let mut self_loops = vec![0.0; n];
        for &(a, b, w) in pairs {
            if a == b {
                self_loops[a] += w;
            } else {
                adjacency[a].push((b, w));
                adjacency[b].push((a, w));
            }
        }
        Level { adjacency, self_loops }
    }

    /// Moves nodes between communities while modularity rises; returns each
    /// node's community and whether any node moved.
    fn local_moves(&self) -> (Vec<usize>, bool) {
        let n = self.adjacency.len();
        let strength: Vec<f64> =
            (0..n).map(|i| 2.0 * self.self_loops[i] + self.adjacency[i].iter().map(|(_, w)| w).sum::<f64>()).collect();
        let two_m: f64 = strength.iter().sum();
        let mut community: Vec<usize> = (0..n).collect();
        if two_m == 0.0 {
            return (community, false);
        }
        let mut total = strength.clone();
        let mut weight_to = vec![0.0; n];
        let mut seen: Vec<usize> = Vec::new();
        let mut moved_any = false;
        for _pass in 0..100 {
            let mut moved = false;
            for i in 0..n {
                if self.adjacency[i].is_empty() {
                    continue;
                }
                let own = community[i];
                for &(j, w) in &self.adjacency[i] {
                    let c = community[j];
                    if weight_to[c] == 0.0 {
                        seen.push(c);
                    }
                    weight_to[c] += w;
                }
                total[own] -= strength[i];
                let k = strength[i];
                let gain = |c: usize, weight: f64| weight - total[c] * k / two_m;
                let mut best = own;
                let mut best_gain = gain(own, weight_to[own]);
                for &c in &seen {
                    let g = gain(c, weight_to[c]);
                    if g > best_gain + 1e-12 {
                        best = c;
                        best_gain = g;
                    }
                }
                total[best] += k;
                if best != own {
                    community[i] = best;
                    moved = true;
                }
                for &c in &seen {
                    weight_to[c] = 0.0;
                }
                seen.clear();
            }
            if !moved {
                break;
            }
            moved_any = true;
        }
        (community, moved_any)
    }

    /// The graph whose nodes are this level's communities.
    fn merged(&self, community: &[usize], count: usize) -> Level {
        let mut self_loops = vec![0.0; count];
        let mut between: FxHashMap<(usize, usize), f64> = FxHashMap::default();
        for (i, edges) in self.adjacency.iter().enumerate() {
            self_loops[community[i]] += self.self_loops[i];
            for &(j, w) in edges {
                if i < j {
                    let (a, b) = (community[i], community[j]);
                    if a == b {
                        self_loops[a] += w;
                    } else {
                        *between.entry((a.min(b), a.max(b))).or_default() += w;
                    }
                }
            }
        }
        let mut pairs: Vec<(usize, usize, f64)> = between.into_iter().map(|((a, b), w)| (a, b, w)).collect();
        pairs.sort_by_key(|p| (p.0, p.1));
        let mut level = Level::new(count, &pairs);
        level.self_loops = self_loops;
        level
    }
}

/// Splits each group into its connected parts (within the group): Louvain
/// can leave a community whose members only connect through others, and a
/// community people read should hang together. Returns a part number per node.
fn connected_parts(n: usize, pairs: &[(usize, usize, f64)], group: &[usize]) -> Vec<usize> {
    let mut adjacency = vec![Vec::new(); n];
    for &(a, b, _) in pairs {
        if group[a] == group[b] {
            adjacency[a].push(b);
            adjacency[b].push(a);
        }
    }
    let mut part = vec![usize::MAX; n];
    let mut next = 0;
    for start in 0..n {
        if part[start] != usize::MAX {
            continue;
        }
        part[start] = next;
        let mut stack = vec![start];
        while let Some(v) = stack.pop() {
            for &w in &adjacency[v] {
                if part[w] == usize::MAX {
                    part[w] = next;
                    stack.push(w);
                }
            }
        }
        next += 1;
    }
    part
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `k` cliques of `size` nodes, each joined to the next by one edge.
    fn planted(k: usize, size: usize) -> Vec<(usize, usize, f64)> {
        let mut pairs = Vec::new();
        for c in 0..k {
            for a in 0..size {
                for b in a + 1..size {
                    pairs.push((c * size + a, c * size + b, 1.0));
                }
            }
            if c + 1 < k {
                pairs.push((c * size, (c + 1) * size + 1, 1.0));
            }
        }
        pairs
    }

    #[test]
    fn louvain_recovers_planted_cliques() {
        let pairs = planted(4, 6);
        let found = louvain(24, &pairs);
        for c in 0..4 {
            let first = found[c * 6];
            assert!((0..6).all(|i| found[c * 6 + i] == first), "clique {c}: {found:?}");
            for other in 0..c {
                assert_ne!(found[other * 6], first, "cliques {other} and {c} apart: {found:?}");
            }
        }
        assert!(modularity(24, &pairs, &found) > 0.6);
    }

    #[test]
    fn a_disconnected_group_is_split() {
        let pairs = [(0, 1, 1.0), (2, 3, 1.0)];
        let parts = connected_parts(4, &pairs, &[0, 0, 0, 0]);
        assert_eq!(parts[0], parts[1]);
        assert_ne!(parts[0], parts[2]);
    }
}
