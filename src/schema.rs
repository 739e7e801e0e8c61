//! The domain schema: the closed sets of the graph, entity classes and relation
//! predicates, each with its name, IRI, label, schema.org alignment, and for
//! predicates the domain, range and symmetry of `ontology/newsgraph.ttl`. Defined here once; extraction,
//! graph, eval, export, stats and the server all read it
//! (`tests/it/ontology.rs` checks it against the ontology file both ways).

use oxigraph::model::NamedNodeRef;
use serde::Serialize;

/// Declares one closed set: the enum, `ALL` (every member, in the ontology's
/// order), and per member its local name in the `ng:` namespace and its row of
/// further facts, so that each member is spelled out once.
macro_rules! closed_set {
    ($(#[$doc:meta])* pub enum $set:ident: $row:ident { $($member:ident = $name:literal => $facts:expr,)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub enum $set {
            $($member,)*
        }

        impl $set {
            /// Every member, in the ontology's order.
            pub const ALL: [$set; [$($name),*].len()] = [$($set::$member),*];

            /// The member's place in `ALL` (members are declared in that
            /// order, which is also their `Ord`).
            pub const fn index(self) -> usize {
                self as usize
            }

            /// The local name in the ontology, e.g. `AIModel`, `worksFor`.
            pub const fn name(self) -> &'static str {
                match self {
                    $($set::$member => $name,)*
                }
            }

            /// The `ng:` IRI.
            pub const fn iri(self) -> NamedNodeRef<'static> {
                match self {
                    $($set::$member => NamedNodeRef::new_unchecked(concat!("https://newsgraph.org/ontology#", $name)),)*
                }
            }

            const fn row(self) -> $row {
                match self {
                    $($set::$member => $facts,)*
                }
            }

            /// The member with this exact local name.
            pub fn from_name(name: &str) -> Option<$set> {
                $set::ALL.into_iter().find(|m| m.name() == name)
            }

            /// The member with this name in any case (what users type: `aimodel`, `WorksFor`).
            pub fn parse(name: &str) -> Option<$set> {
                $set::ALL.into_iter().find(|m| m.name().eq_ignore_ascii_case(name))
            }

            /// The member with this IRI.
            pub fn from_iri(iri: &str) -> Option<$set> {
                iri.strip_prefix(crate::vocab::NS).and_then($set::from_name)
            }

            /// The English label of the ontology (`rdfs:label`), e.g. "AI model".
            pub const fn label(self) -> &'static str {
                self.row().label
            }

            /// Every member's IRI as SPARQL, comma-separated: the list of a `FILTER(?x IN (…))`.
            pub fn sparql_list() -> String {
                $set::ALL.map(|m| format!("ng:{}", m.name())).join(", ")
            }
        }
    };
}

struct ClassRow {
    label: &'static str,
    /// The schema.org class it is (`owl:equivalentClass`) or is a kind of (`rdfs:subClassOf`).
    schema_org: &'static str,
}

struct PredicateRow {
    label: &'static str,
    domain: &'static [EntityClass],
    range: &'static [EntityClass],
    symmetric: bool,
    /// The schema.org property it is a sub-property of, if any.
    schema_org: Option<&'static str>,
}

use EntityClass::{AIModel, Organization, Person, Place, Product};

closed_set! {
    /// The five core classes of the graph; an entity has exactly one.
    pub enum EntityClass: ClassRow {
        Person = "Person" => ClassRow { label: "Person", schema_org: "Person" },
        Organization = "Organization" => ClassRow { label: "Organization", schema_org: "Organization" },
        AIModel = "AIModel" => ClassRow { label: "AI model", schema_org: "CreativeWork" },
        Product = "Product" => ClassRow { label: "Product", schema_org: "Product" },
        Place = "Place" => ClassRow { label: "Place", schema_org: "Place" },
    }
}

const fn relation(
    label: &'static str,
    domain: &'static [EntityClass],
    range: &'static [EntityClass],
    symmetric: bool,
) -> PredicateRow {
    PredicateRow { label, domain, range, symmetric, schema_org: None }
}

/// A relation that is also a schema.org property.
const fn aligned(row: PredicateRow, schema_org: &'static str) -> PredicateRow {
    PredicateRow { schema_org: Some(schema_org), ..row }
}

closed_set! {
    /// The closed set of relation predicates between entities.
    pub enum Predicate: PredicateRow {
        WorksFor = "worksFor" => aligned(relation("works for", &[Person], &[Organization], false), "worksFor"),
        Founded = "founded" => relation("founded", &[Person], &[Organization], false),
        Developed = "developed" => relation("developed", &[Organization], &[AIModel, Product], false),
        BuildsOn = "buildsOn" => relation("builds on", &[Organization, AIModel], &[AIModel, Organization], false),
        CompetesWith = "competesWith" => relation("competes with", &[Organization, AIModel], &[Organization, AIModel], true),
        InvestedIn = "investedIn" => relation("invested in", &[Organization, Person], &[Organization], false),
        Acquired = "acquired" => relation("acquired", &[Organization], &[Organization], false),
        PartnersWith = "partnersWith" => relation("partners with", &[Organization], &[Organization], true),
        Owns = "owns" => aligned(relation("owns", &[Organization], &[Organization, Product], false), "owns"),
        LocatedIn = "locatedIn" => aligned(relation("located in", &[Organization], &[Place], false), "location"),
        AffiliatedWith = "affiliatedWith" => relation("affiliated with", &[Person], &[Organization], false),
    }
}

impl EntityClass {
    /// The schema.org class (local name) this class is or is a kind of, e.g. `CreativeWork`.
    pub const fn schema_org(self) -> &'static str {
        self.row().schema_org
    }
}

impl Predicate {
    /// The schema.org property (local name) this relation is a sub-property of, e.g. `location`.
    pub const fn schema_org(self) -> Option<&'static str> {
        self.row().schema_org
    }

    /// The classes a subject may have (`rdfs:domain`).
    pub const fn domain(self) -> &'static [EntityClass] {
        self.row().domain
    }

    /// The classes an object may have (`rdfs:range`).
    pub const fn range(self) -> &'static [EntityClass] {
        self.row().range
    }

    /// Whether the relation holds both ways (`owl:SymmetricProperty`): `competesWith`, `partnersWith`.
    pub const fn is_symmetric(self) -> bool {
        self.row().symmetric
    }

    /// Whether a subject of class `s` and an object of class `o` fit the domain and range.
    pub fn fits(self, s: EntityClass, o: EntityClass) -> bool {
        self.domain().contains(&s) && self.range().contains(&o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_iris_and_parsing_agree() {
        for (k, class) in EntityClass::ALL.into_iter().enumerate() {
            assert_eq!(class.index(), k);
            assert_eq!(EntityClass::from_iri(class.iri().as_str()), Some(class));
            assert_eq!(EntityClass::parse(&class.name().to_lowercase()), Some(class));
        }
        for (k, predicate) in Predicate::ALL.into_iter().enumerate() {
            assert_eq!(predicate.index(), k);
            assert_eq!(Predicate::from_iri(predicate.iri().as_str()), Some(predicate));
            assert_eq!(Predicate::from_name(&predicate.name().to_uppercase()), None, "from_name is exact");
        }
        assert_eq!(EntityClass::AIModel.iri().as_str(), "https://newsgraph.org/ontology#AIModel");
        assert_eq!(Predicate::sparql_list().split(", ").count(), 11);
    }

    #[test]
    fn competes_with_may_join_an_organization_and_a_model() {
        assert!(Predicate::CompetesWith.fits(Organization, AIModel));
        assert!(!Predicate::PartnersWith.fits(Organization, AIModel));
        assert!(!Predicate::WorksFor.fits(Organization, Person));
    }
}
