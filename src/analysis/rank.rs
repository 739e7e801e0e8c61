//! Influence: each entity's degree (relations, and the articles attesting
//! them), PageRank and betweenness on the graph of relations taken both ways.

use std::collections::VecDeque;

use super::Network;
use crate::schema::EntityClass;

/// What to order entities by (the command line's `--by`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Measure {
    /// Number of relations (ties: the articles attesting them).
    #[default]
    Degree,
    /// PageRank on the relations taken both ways, weighted by their articles.
    Pagerank,
    /// How many shortest paths between other entities pass through it.
    Betweenness,
}

/// One entity's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    pub entity: usize,
    /// Relations touching it.
    pub degree: usize,
    /// The articles attesting those relations, summed.
    pub weighted: usize,
    /// Its share of PageRank (all entities sum to 1).
    pub pagerank: f64,
    /// Shortest paths between other entities through it (estimated when sampled).
    pub betweenness: f64,
}

/// Entities in order of a measure.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranking {
    pub by: Measure,
    pub rows: Vec<Ranked>,
    /// Betweenness was estimated from this many source entities (`None`: exact).
    pub sampled: Option<usize>,
}

/// Betweenness is exact up to this many entities, and estimated from
/// [`BETWEENNESS_SOURCES`] sources above it.
pub const EXACT_BETWEENNESS: usize = 3_000;
pub const BETWEENNESS_SOURCES: usize = 256;

/// Ranks the entities of `classes` (all when empty) that the network's
/// articles mention, by `by`; at most `limit` rows (0 = all). Every figure is
/// computed on the whole network.
pub fn rank(net: &Network, by: Measure, classes: &[EntityClass], limit: usize) -> Ranking {
    let pairs = net.weighted_pairs();
    let pagerank = pagerank(net.entities.len(), &pairs);
    let (betweenness, sampled) = betweenness(net.entities.len(), &pairs);
    let mut rows: Vec<Ranked> = (0..net.entities.len())
        .filter(|&e| classes.is_empty() || classes.contains(&net.entities[e].class))
        // Entities no article in the window mentions are not ranked.
        .filter(|&e| net.entities[e].articles > 0)
        .map(|entity| {
            let mut degree = 0;
            let mut weighted = 0;
            for (_, r) in net.neighbours(entity) {
                degree += 1;
                weighted += net.relations[r].articles;
            }
            Ranked { entity, degree, weighted, pagerank: pagerank[entity], betweenness: betweenness[entity] }
        })
        .collect();
    rows.sort_by(|a, b| {
        let primary = match by {
            Measure::Degree => b.degree.cmp(&a.degree).then_with(|| b.weighted.cmp(&a.weighted)),
            Measure::Pagerank => b.pagerank.total_cmp(&a.pagerank),
            Measure::Betweenness => b.betweenness.total_cmp(&a.betweenness),
        };
        primary
            .then_with(|| b.degree.cmp(&a.degree))
            .then_with(|| net.entities[a.entity].label.cmp(&net.entities[b.entity].label))
            .then_with(|| a.entity.cmp(&b.entity))
    });
    if limit > 0 {
        rows.truncate(limit);
    }
    Ranking { by, rows, sampled }
}

/// PageRank (damping 0.85) of an undirected weighted graph of `n` nodes given
/// as pairs: a walker follows a relation with probability proportional to its
/// weight; entities without relations spread their rank evenly. Sums to 1.
pub fn pagerank(n: usize, pairs: &[(usize, usize, f64)]) -> Vec<f64> {
    if n == 0 {
        return Vec::new();
    }
    const DAMPING: f64 = 0.85;
    let mut strength = vec![0.0; n];
    for &(a, b, w) in pairs {
        strength[a] += w;
        strength[b] += w;
    }
    let mut rank = vec![1.0 / n as f64; n];
    let mut next = vec![0.0; n];
    for _ in 0..100 {
        let dangling: f64 = (0..n).filter(|&i| strength[i] == 0.0).map(|i| rank[i]).sum();
        let base = (1.0 - DAMPING) / n as f64 + DAMPING * dangling / n as f64;
        next.iter_mut().for_each(|x| *x = base);
        for &(a, b, w) in pairs {
            next[b] += DAMPING * rank[a] * w / strength[a];
            next[a] += DAMPING * rank[b] * w / strength[b];
        }
        let change: f64 = rank.iter().zip(&next).map(|(x, y)| (x - y).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if change < 1e-10 {
            break;
        }
    }
    rank
}

/// Betweenness centrality (Brandes' algorithm, hops, relations both ways) of
/// `n` nodes given as pairs. Exact up to [`EXACT_BETWEENNESS`] nodes; above, the
/// sum over [`BETWEENNESS_SOURCES`] sources spread evenly over the nodes, scaled
/// to all of them (Brandes and Pich's estimate). Returns the figures and the
/// number of sources when sampled.
pub fn betweenness(n: usize, pairs: &[(usize, usize, f64)]) -> (Vec<f64>, Option<usize>) {
    let mut adjacency: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(a, b, _) in pairs {
        adjacency[a].push(b);
        adjacency[b].push(a);
    }
    let (sources, sampled): (Vec<usize>, Option<usize>) = if n <= EXACT_BETWEENNESS {
        ((0..n).collect(), None)
    } else {
        // Evenly spread over the nodes, which are in IRI order: deterministic.
        let k = BETWEENNESS_SOURCES;
        ((0..k).map(|i| i * n / k).collect(), Some(k))
    };
    let mut centrality = vec![0.0; n];
    let mut sigma = vec![0.0f64; n];
    let mut dist = vec![usize::MAX; n];
    let mut delta = vec![0.0f64; n];
    let mut order: Vec<usize> = Vec::with_capacity(n);
    let mut queue = VecDeque::new();
    for &s in &sources {
        for &v in &order {
            sigma[v] = 0.0;
            dist[v] = usize::MAX;
            delta[v] = 0.0;
        }
        order.clear();
        sigma[s] = 1.0;
        dist[s] = 0;
        queue.push_back(s);
        while let Some(v) = queue.pop_front() {
            order.push(v);
            for &w in &adjacency[v] {
                if dist[w] == usize::MAX {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
                if dist[w] == dist[v] + 1 {
                    sigma[w] += sigma[v];
                }
            }
        }
        for &w in order.iter().rev() {
            for &v in &adjacency[w] {
                if dist[v] != usize::MAX && dist[v] + 1 == dist[w] {
                    delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
                }
            }
            if w != s {
                centrality[w] += delta[w];
            }
        }
    }
    // Each pair is counted from both ends; sampling scales to all sources.
    let scale = 0.5 * n as f64 / sources.len().max(1) as f64;
    centrality.iter_mut().for_each(|c| *c *= scale);
    (centrality, sampled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_middle_of_a_line_is_between_the_others() {
        // 0 - 1 - 2 - 3: 1 lies on (0,2) and (0,3); 2 on (1,3) and (0,3).
        let pairs = [(0, 1, 1.0), (1, 2, 1.0), (2, 3, 1.0)];
        let (b, sampled) = betweenness(4, &pairs);
        assert_eq!(b, vec![0.0, 2.0, 2.0, 0.0]);
        assert_eq!(sampled, None);
    }

    #[test]
    fn pagerank_of_a_star_favours_its_centre_and_sums_to_one() {
        let pairs = [(0, 1, 1.0), (0, 2, 1.0), (0, 3, 1.0)];
        let r = pagerank(5, &pairs);
        assert!((r.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(r[0] > r[1] && r[1] > r[4], "{r:?}");
        assert!((r[1] - r[2]).abs() < 1e-12);
    }
}
