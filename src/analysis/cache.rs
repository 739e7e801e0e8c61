//! The analyses' graph cache: what `Stored::read` read, in a file in the
//! store's folder, with the store generation it was read at. Reading the store
//! decodes some hundreds of thousands of terms at a million triples (most of a
//! command's time); the file is read in a few milliseconds. A file of another
//! generation, another format or cut short is not used (and is replaced when
//! the store is read again): the cache can make a command faster, never change
//! its answer.
//!
//! Format (little-endian): the magic line, the generation (three i64), then
//! entities, articles, statements and mentions, each a u32 count and its
//! records; a string is a u32 length and its UTF-8 bytes, an optional string a
//! byte 0/1 and the string.

use std::path::Path;

use super::network::ArticleInfo;
use super::stored::Stored;
use crate::export::NodeRow;
use crate::schema::{EntityClass, Predicate};
use crate::store::Generation;

/// The cache file's name, in the store's folder (RocksDB leaves files whose
/// names are not its own alone).
pub const FILE: &str = "analysis-graph.cache";

/// The first bytes; a new version of the format gets a new magic line.
const MAGIC: &[u8] = b"newsgraph analysis graph 1\n";

/// What the cache file in `dir` holds, when it was written at `generation`.
pub fn read(dir: &Path, generation: Generation) -> Option<Stored> {
    let bytes = std::fs::read(dir.join(FILE)).ok()?;
    let mut r = Reader { bytes: &bytes, at: 0 };
    if header(&mut r)? != generation {
        return None;
    }
    let stored = decode(&mut r)?;
    (r.at == bytes.len()).then_some(stored)
}

/// The generation the cache file in `dir` was written at (its first bytes
/// only: whether the rest is whole is found when it is read).
pub fn generation(dir: &Path) -> Option<Generation> {
    use std::io::Read;
    let mut head = [0; MAGIC.len() + 24];
    std::fs::File::open(dir.join(FILE)).ok()?.read_exact(&mut head).ok()?;
    header(&mut Reader { bytes: &head, at: 0 })
}

/// The magic line and the generation a cache file starts with.
fn header(r: &mut Reader<'_>) -> Option<Generation> {
    if r.take(MAGIC.len())? != MAGIC {
        return None;
    }
    Some(Generation { writes: r.i64()?, quads: r.i64()?, triples: r.i64()? })
}

/// Writes `stored` as the cache of `generation` into `dir` (a new file renamed
/// over the old one, so a reader never sees half a file). Failing to write
/// (a read-only medium) is not an error: the next command reads the store.
pub fn write(dir: &Path, generation: Generation, stored: &Stored) {
    let mut out = Vec::with_capacity(1 << 20);
    out.extend_from_slice(MAGIC);
    for n in [generation.writes, generation.quads, generation.triples] {
        out.extend_from_slice(&n.to_le_bytes());
    }
    encode(&mut out, stored);
    let temporary = dir.join(format!("{FILE}.{}.tmp", std::process::id()));
    if std::fs::write(&temporary, &out).and_then(|()| std::fs::rename(&temporary, dir.join(FILE))).is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
}

fn encode(out: &mut Vec<u8>, stored: &Stored) {
    let u32_ = |out: &mut Vec<u8>, n: usize| out.extend_from_slice(&(n as u32).to_le_bytes());
    let string = |out: &mut Vec<u8>, s: &str| {
        u32_(out, s.len());
        out.extend_from_slice(s.as_bytes());
    };
    let optional = |out: &mut Vec<u8>, s: Option<&str>| match s {
        Some(s) => {
            out.push(1);
            string(out, s);
        }
        None => out.push(0),
    };
    u32_(out, stored.entities.len());
    for e in &stored.entities {
        string(out, &e.iri);
        string(out, &e.label);
        out.push(e.class.index() as u8);
        u32_(out, e.articles);
        u32_(out, e.aliases.len());
        for alias in &e.aliases {
            string(out, alias);
        }
        optional(out, e.wikidata.as_deref());
    }
    u32_(out, stored.articles.len());
    for a in &stored.articles {
        string(out, &a.iri);
        string(out, &a.title);
        optional(out, a.date.as_deref());
    }
    u32_(out, stored.statements.len());
    for &(s, p, o, a) in &stored.statements {
        out.extend_from_slice(&s.to_le_bytes());
        out.push(p.index() as u8);
        out.extend_from_slice(&o.to_le_bytes());
        out.extend_from_slice(&a.to_le_bytes());
    }
    u32_(out, stored.mentions.len());
    for &(e, a) in &stored.mentions {
        out.extend_from_slice(&e.to_le_bytes());
        out.extend_from_slice(&a.to_le_bytes());
    }
}

fn decode(r: &mut Reader<'_>) -> Option<Stored> {
    let entity_count = r.u32()? as usize;
    let mut entities = Vec::with_capacity(entity_count.min(r.left()));
    for _ in 0..entity_count {
        let iri = r.string()?;
        let label = r.string()?;
        let class = *EntityClass::ALL.get(r.byte()? as usize)?;
        let articles = r.u32()? as usize;
        let alias_count = r.u32()? as usize;
        let aliases = (0..alias_count).map(|_| r.string()).collect::<Option<Vec<_>>>()?;
        let wikidata = r.optional()?;
        entities.push(NodeRow { iri, label, class, aliases, wikidata, articles });
    }
    let article_count = r.u32()? as usize;
    let mut articles = Vec::with_capacity(article_count.min(r.left()));
    for _ in 0..article_count {
        articles.push(ArticleInfo { iri: r.string()?, title: r.string()?, date: r.optional()? });
    }
    let (entity_count, article_count) = (entities.len() as u32, articles.len() as u32);
    let statement_count = r.u32()? as usize;
    let mut statements = Vec::with_capacity(statement_count.min(r.left()));
    for _ in 0..statement_count {
        let (s, p, o, a) = (r.u32()?, *Predicate::ALL.get(r.byte()? as usize)?, r.u32()?, r.u32()?);
        if s >= entity_count || o >= entity_count || a >= article_count {
            return None;
        }
        statements.push((s, p, o, a));
    }
    let mention_count = r.u32()? as usize;
    let mut mentions = Vec::with_capacity(mention_count.min(r.left()));
    for _ in 0..mention_count {
        let (e, a) = (r.u32()?, r.u32()?);
        if e >= entity_count || a >= article_count {
            return None;
        }
        mentions.push((e, a));
    }
    Some(Stored { entities, articles, statements, mentions })
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn left(&self) -> usize {
        self.bytes.len() - self.at
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n).filter(|&end| end <= self.bytes.len())?;
        let taken = &self.bytes[self.at..end];
        self.at = end;
        Some(taken)
    }

    fn byte(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn i64(&mut self) -> Option<i64> {
        Some(i64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    fn string(&mut self) -> Option<String> {
        let n = self.u32()? as usize;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }

    fn optional(&mut self) -> Option<Option<String>> {
        match self.byte()? {
            0 => Some(None),
            1 => Some(Some(self.string()?)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Stored {
        let node = |iri: &str, label: &str, class| NodeRow {
            iri: iri.into(),
            label: label.into(),
            class,
            aliases: vec!["Al".into()],
            wikidata: None,
            articles: 1,
        };
        Stored {
            entities: vec![node("e:a", "A", EntityClass::Person), node("e:b", "Bé", EntityClass::Organization)],
            articles: vec![ArticleInfo { iri: "a:1".into(), title: "T".into(), date: Some("2025-01-02".into()) }],
            statements: vec![(0, Predicate::WorksFor, 1, 0)],
            mentions: vec![(0, 0), (1, 0)],
        }
    }

    #[test]
    fn a_cache_is_read_back_at_its_generation_only() {
        let dir = tempfile::tempdir().unwrap();
        let at = Generation { writes: 3, quads: 10, triples: 5 };
        write(dir.path(), at, &sample());
        assert_eq!(read(dir.path(), at), Some(sample()));
        assert_eq!(read(dir.path(), Generation { writes: 4, ..at }), None, "another generation");
    }

    #[test]
    fn a_damaged_cache_is_not_used() {
        let dir = tempfile::tempdir().unwrap();
        let at = Generation { writes: 1, quads: 1, triples: 1 };
        write(dir.path(), at, &sample());
        let bytes = std::fs::read(dir.path().join(FILE)).unwrap();
        for cut in [0, MAGIC.len(), MAGIC.len() + 24, bytes.len() - 1] {
            std::fs::write(dir.path().join(FILE), &bytes[..cut]).unwrap();
            assert_eq!(read(dir.path(), at), None, "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        std::fs::write(dir.path().join(FILE), longer).unwrap();
        assert_eq!(read(dir.path(), at), None, "bytes after the end");
    }
}
