//! The suggestion type and the registry YAML that settles one.

use super::key::person_key;
use crate::model::{Dataset, FileId};
use crate::yaml_out::scalar;

/// What kind of entity a suggestion is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SuggestionKind {
    Org,
    Person,
    Position,
}

impl SuggestionKind {
    /// `org`, `person` or `position`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            SuggestionKind::Org => "org",
            SuggestionKind::Person => "person",
            SuggestionKind::Position => "position",
        }
    }
}

/// Where one side of a suggestion occurs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Occurrence {
    /// Stable entity id; `None` for [`suggest_orgs`] on bare names.
    pub entity: Option<String>,
    /// A person's organisation as displayed.
    pub org: Option<String>,
    /// Networks, as sorted indices into `Dataset::networks` (ids cost a
    /// string each, and large datasets have many suggestions); see
    /// [`Occurrence::network_ids`].
    pub networks: Vec<u32>,
    /// Network files, sorted.
    pub files: Vec<FileId>,
    /// The entity already has a registry entry.
    pub in_registry: bool,
}

impl Occurrence {
    /// The ids of [`Occurrence::networks`].
    #[must_use]
    pub fn network_ids<'d>(&self, ds: &'d Dataset) -> Vec<&'d str> {
        self.networks
            .iter()
            .filter_map(|&n| ds.networks.get(n as usize))
            .map(|n| n.id.as_str())
            .collect()
    }
}

/// A possible duplicate.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub kind: SuggestionKind,
    /// As spelled in the data; usually the shorter, likelier canonical name.
    pub a: String,
    pub b: String,
    /// 0 to 100 (see the module documentation for the scale).
    pub score: u8,
    /// Why, in English.
    pub reason: String,
    pub a_at: Occurrence,
    pub b_at: Occurrence,
}

/// Suggestions of one kind a report shows one by one; the rest are
/// counted ("and N more").
pub const SHOWN_PER_KIND: usize = 200;

/// The suggestions a report shows (the first [`SHOWN_PER_KIND`] of each
/// kind, in the order given, which is best first) and, per kind, how many
/// more there are.
#[must_use]
pub fn shown(all: &[Suggestion]) -> (Vec<&Suggestion>, Vec<(SuggestionKind, usize)>) {
    let mut counts = std::collections::BTreeMap::<SuggestionKind, usize>::new();
    let mut shown = Vec::new();
    for s in all {
        let n = counts.entry(s.kind).or_default();
        *n += 1;
        if *n <= SHOWN_PER_KIND {
            shown.push(s);
        }
    }
    let more = counts
        .into_iter()
        .filter(|&(_, n)| n > SHOWN_PER_KIND)
        .map(|(k, n)| (k, n - SHOWN_PER_KIND))
        .collect();
    (shown, more)
}

/// How a suggestion is to be settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settle {
    /// Both sides are one entity.
    Same,
    /// They are different entities.
    Different,
}

impl Suggestion {
    /// The settlement most suggestions call for: [`Settle::Same`], except
    /// for people with the same name at different organisations, where
    /// saying which is which ([`Settle::Different`]) is the safe default,
    /// and for two organisations that sit together in one network without
    /// being equal after removing a prefix.
    #[must_use]
    pub fn default_settle(&self) -> Settle {
        let same_name =
            self.kind == SuggestionKind::Person && person_key(&self.a) == person_key(&self.b);
        // Two organisations listed side by side in one network are almost
        // surely two bodies (四国大学 and 四国大学短期大学部), unless the names
        // are equal once a prefecture or body prefix is removed (score 90).
        let side_by_side = self.kind == SuggestionKind::Org
            && self.score < 90
            && self
                .a_at
                .networks
                .iter()
                .any(|n| self.b_at.networks.binary_search(n).is_ok());
        if same_name || side_by_side {
            Settle::Different
        } else {
            Settle::Same
        }
    }

    /// Registry YAML settling the suggestion the default way.
    #[must_use]
    pub fn registry_yaml(&self) -> String {
        self.settle_yaml(self.default_settle())
    }

    /// Registry YAML that, pasted into a registry file, settles the
    /// suggestion as `how` says.
    #[must_use]
    pub fn settle_yaml(&self, how: Settle) -> String {
        match (self.kind, how) {
            (SuggestionKind::Org, Settle::Same) => {
                let (name, alias) = if self.b_at.in_registry && !self.a_at.in_registry {
                    (&self.b, &self.a)
                } else {
                    (&self.a, &self.b)
                };
                format!(
                    "organizations:\n  - name: {}\n    aliases: [{}]\n",
                    scalar(name),
                    scalar(alias)
                )
            }
            (SuggestionKind::Org, Settle::Different) => format!(
                "distinct:\n  - [{}, {}]\n",
                scalar(&self.a),
                scalar(&self.b)
            ),
            (SuggestionKind::Person, Settle::Same) => {
                let mut out = format!("people:\n  - name: {}\n", scalar(&self.a));
                if person_key(&self.a) != person_key(&self.b) {
                    push_line(&mut out, "    aliases: [", &scalar(&self.b), "]");
                }
                if let Some(org) = self.a_at.org.as_ref().or(self.b_at.org.as_ref()) {
                    push_line(&mut out, "    org: ", &scalar(org), "");
                }
                out
            }
            (SuggestionKind::Person, Settle::Different) => {
                let mut out = String::from("people:\n");
                for (name, at) in [(&self.a, &self.a_at), (&self.b, &self.b_at)] {
                    push_line(&mut out, "  - name: ", &scalar(name), "");
                    if let Some(org) = &at.org {
                        push_line(&mut out, "    org: ", &scalar(org), "");
                    }
                }
                out
            }
            (SuggestionKind::Position, _) => format!(
                "# positions are matched by organisation and title, not by the registry;\n\
                 # write the title the same way in the network files:\n#   {}\n#   {}\n",
                self.a, self.b
            ),
        }
    }
}

fn push_line(out: &mut String, before: &str, value: &str, after: &str) {
    out.push_str(before);
    out.push_str(value);
    out.push_str(after);
    out.push('\n');
}
