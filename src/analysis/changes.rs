//! What is new: entities and relations first seen (by their articles'
//! publication dates) inside a window, each with the article and sentence
//! that first stated it.

use super::{Network, Window};

/// An entity first mentioned inside the window.
#[derive(Clone, Debug, PartialEq)]
pub struct NewEntity {
    pub entity: usize,
    pub first_seen: String,
    /// The earliest article mentioning it (index into [`Network::articles`]).
    pub article: usize,
}

/// A relation first stated inside the window.
#[derive(Clone, Debug, PartialEq)]
pub struct NewRelation {
    pub relation: usize,
    pub first_seen: String,
    /// The earliest article stating it (index into [`Network::articles`]).
    pub article: usize,
}

impl NewRelation {
    /// The statement to show (once the relation's evidence is read): the
    /// most confident of the earliest article's.
    pub fn statement<'a>(&self, net: &'a Network) -> Option<&'a super::Statement> {
        let statements = &net.relations[self.relation].statements;
        statements.iter().find(|s| s.article == self.article).or(statements.first())
    }
}

/// What the window brought, oldest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changes {
    pub entities: Vec<NewEntity>,
    pub relations: Vec<NewRelation>,
}

/// The entities and relations of `net` (read without a window: first seen
/// means in the whole store) whose first publication date is inside `window`.
/// What only undated articles state has no first date and is never listed.
pub fn changes(net: &Network, window: &Window) -> Changes {
    let mut entities: Vec<NewEntity> = (0..net.entities.len())
        .filter_map(|e| {
            let article = net.mentions[e]
                .iter()
                .copied()
                .filter(|&a| net.articles[a].date.is_some())
                .min_by(|&a, &b| net.articles[a].date.cmp(&net.articles[b].date))?;
            let first_seen = net.articles[article].date.clone()?;
            window.contains(Some(first_seen.as_str())).then_some(NewEntity { entity: e, first_seen, article })
        })
        .collect();
    entities.sort_by(|a, b| {
        a.first_seen.cmp(&b.first_seen).then_with(|| net.entities[a.entity].label.cmp(&net.entities[b.entity].label))
    });
    let mut relations: Vec<NewRelation> = net
        .relations
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let (article, first_seen) = r
                .sources
                .iter()
                .filter_map(|&a| net.articles[a].date.clone().map(|d| (a, d)))
                .min_by(|(ka, da), (kb, db)| da.cmp(db).then_with(|| ka.cmp(kb)))?;
            window.contains(Some(first_seen.as_str())).then_some(NewRelation { relation: i, first_seen, article })
        })
        .collect();
    relations.sort_by(|a, b| {
        let label = |x: &NewRelation| {
            let r = &net.relations[x.relation];
            (&net.entities[r.source].label, r.predicate, &net.entities[r.target].label)
        };
        a.first_seen.cmp(&b.first_seen).then_with(|| label(a).cmp(&label(b)))
    });
    Changes { entities, relations }
}
