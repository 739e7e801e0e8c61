//! Shortest connections between two entities: every path of the fewest hops
//! (relations taken both ways, up to a hop limit), each hop with the relations
//! that join its two entities and their evidence.

use std::collections::VecDeque;

use super::Network;

/// How far to look and how many paths to give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathOptions {
    /// The most hops a path may have.
    pub max_hops: usize,
    /// The most paths to return (the best attested first).
    pub limit: usize,
}

impl Default for PathOptions {
    fn default() -> PathOptions {
        PathOptions { max_hops: 6, limit: 5 }
    }
}

/// One step of a path: from one entity to the next, through these relations
/// (indexes into [`Network::relations`], the best attested first).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hop {
    pub from: usize,
    pub to: usize,
    pub relations: Vec<usize>,
}

/// One shortest path: its hops in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path {
    pub hops: Vec<Hop>,
}

impl Path {
    /// The entities along it, both ends included.
    pub fn entities(&self) -> Vec<usize> {
        let mut out: Vec<usize> = self.hops.iter().map(|h| h.from).collect();
        out.extend(self.hops.last().map(|h| h.to));
        out
    }
}

/// The answer: the shortest paths from one entity to another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paths {
    pub from: usize,
    pub to: usize,
    /// Hops of the shortest paths; `None` when there is none within `max_hops`.
    pub length: Option<usize>,
    /// The paths returned, the best attested first (at most `limit`).
    pub paths: Vec<Path>,
    /// How many shortest paths there are (counted up to [`MAX_COUNTED`]).
    pub found: usize,
}

impl Paths {
    /// The relations on the paths returned (indexes), each once.
    pub fn relations(&self) -> Vec<usize> {
        let mut out: Vec<usize> =
            self.paths.iter().flat_map(|p| p.hops.iter().flat_map(|h| h.relations.iter().copied())).collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Shortest paths are counted (and ranked) up to this many.
pub const MAX_COUNTED: usize = 10_000;

/// The shortest paths from `from` to `to`. Breadth-first from `from`, keeping
/// every predecessor on a shortest path, stopping at the layer that reaches `to`.
pub fn shortest_paths(net: &Network, from: usize, to: usize, options: PathOptions) -> Paths {
    let none = Paths { from, to, length: None, paths: Vec::new(), found: 0 };
    if from == to {
        return Paths { length: Some(0), paths: vec![Path { hops: Vec::new() }], found: 1, ..none };
    }
    let n = net.entities.len();
    let mut dist = vec![usize::MAX; n];
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    dist[from] = 0;
    let mut queue = VecDeque::from([from]);
    while let Some(u) = queue.pop_front() {
        if dist[u] >= options.max_hops || dist[to] <= dist[u] {
            break;
        }
        for (v, _) in net.neighbours(u) {
            if dist[v] == usize::MAX {
                dist[v] = dist[u] + 1;
                preds[v].push(u);
                queue.push_back(v);
            } else if dist[v] == dist[u] + 1 && !preds[v].contains(&u) {
                preds[v].push(u);
            }
        }
    }
    if dist[to] == usize::MAX {
        return none;
    }
    // Every shortest path, walked back from `to` (up to MAX_COUNTED).
    let mut found: Vec<Vec<usize>> = Vec::new();
    let mut stack: Vec<Vec<usize>> = vec![vec![to]];
    while let Some(partial) = stack.pop() {
        let last = *partial.last().expect("never empty");
        if last == from {
            let mut path = partial;
            path.reverse();
            found.push(path);
            if found.len() >= MAX_COUNTED {
                break;
            }
            continue;
        }
        for &p in preds[last].iter().rev() {
            let mut next = partial.clone();
            next.push(p);
            stack.push(next);
        }
    }
    let hop = |a: usize, b: usize| {
        let mut relations: Vec<usize> = net.neighbours(a).filter(|(o, _)| *o == b).map(|(_, r)| r).collect();
        relations.sort_by(|&x, &y| {
            let (rx, ry) = (&net.relations[x], &net.relations[y]);
            ry.articles.cmp(&rx.articles).then_with(|| rx.predicate.cmp(&ry.predicate))
        });
        relations.dedup();
        Hop { from: a, to: b, relations }
    };
    // The best attested first: the weakest hop's articles, then all hops' articles, then names.
    let support = |path: &[usize]| {
        let per_hop: Vec<usize> = path
            .windows(2)
            .map(|w| net.neighbours(w[0]).filter(|(o, _)| *o == w[1]).map(|(_, r)| net.relations[r].articles).sum())
            .collect();
        (per_hop.iter().copied().min().unwrap_or(0), per_hop.iter().sum::<usize>())
    };
    let mut scored: Vec<((usize, usize), Vec<usize>)> = found.into_iter().map(|p| (support(p.as_slice()), p)).collect();
    scored.sort_by(|(sa, a), (sb, b)| {
        sb.cmp(sa).then_with(|| {
            let names = |p: &[usize]| p.iter().map(|&e| net.entities[e].label.to_lowercase()).collect::<Vec<_>>();
            names(a.as_slice()).cmp(&names(b.as_slice()))
        })
    });
    let total = scored.len();
    let paths = scored
        .into_iter()
        .take(options.limit.max(1))
        .map(|(_, p)| Path { hops: p.windows(2).map(|w| hop(w[0], w[1])).collect() })
        .collect();
    Paths { length: Some(dist[to]), paths, found: total, ..none }
}
