//! Checks raw files and builds checked networks and registry entries.
//!
//! Each problem is reported on the line of the offending key or value and
//! costs as little data as possible: a bad field drops that field, a bad
//! member drops that member, and only a network missing a required field is
//! left out as a whole.

use unicode_normalization::UnicodeNormalization;

use super::context::FileCtx;
use super::convert::{Vocab, Word, text, word, year};
use super::keys::{KeyCache, MemberKey};
use super::locate::{Step, Target};
use super::loose::{Entry, Extras, List, Loose};
use super::raw::{MemberField as F, RawMember, RawTop};
use crate::identity::intern::FastMap;
use crate::model::{FileId, Member, Network};
use crate::msg::{EmailProblem, Example, Msg};
use crate::text::sanitize;

const NETWORK_KEYS: &str =
    "id, name, program, prefecture, city, plan, kind, summary, source, since, until, members";
const MEMBER_KEYS: &str = "org, person, title, role, sector, kana, email, phone, note";
pub const ORG_KEYS: &str = "name, kana, aliases, formerly, sector, prefecture, note";
pub const PERSON_KEYS: &str = "name, kana, aliases, org, title, email, phone, note";

/// Reports unknown keys (warnings) and duplicated keys (errors) of the
/// mapping at `path`.
pub fn extras(ctx: &mut FileCtx<'_>, x: &Extras, path: &[Step<'_>], known: &'static str) {
    for key in &x.unknown {
        let mut p = path.to_vec();
        p.push(Step::Key(key));
        if let Some((at, message, help)) = invisible_in_key(key, known) {
            ctx.warn_at_char_of_key(&p, at, message, Some(help));
            continue;
        }
        let near = crate::text::closest(key, known.split(", "));
        let help = near.map_or(Msg::HelpKnownFields { known }, |k| {
            Msg::HelpDidYouMeanField { name: k.to_owned() }
        });
        ctx.warn(
            &p,
            Target::Key,
            Msg::UnknownField {
                key: sanitize(&crate::text::clip(key, 80)).into_owned(),
            },
            Some(help),
        );
    }
    for (key, nth) in &x.duplicate {
        let mut p = path.to_vec();
        p.push(Step::KeyNth(key, *nth));
        ctx.error(
            &p,
            Target::Key,
            Msg::DuplicateKey {
                key: (*key).to_string(),
            },
            Some(Msg::HelpDuplicateKey),
        );
    }
}

/// An unknown key holding invisible characters (a BOM, a zero-width
/// space, a soft hyphen): `\u{feff}org` prints as `org`, and "unknown
/// field `org`, did you mean `org`?" would be a riddle, so the message
/// names the character. Gives the character offset of the first one, the
/// message and the help.
fn invisible_in_key(key: &str, known: &'static str) -> Option<(usize, Msg, Msg)> {
    use crate::identity::is_invisible;
    let at = key.chars().position(is_invisible)?;
    let first = key.chars().nth(at)?;
    let count = key.chars().filter(|&c| is_invisible(c)).count();
    let visible: String = key.chars().filter(|&c| !is_invisible(c)).collect();
    let help = if known.split(", ").any(|k| k == visible) {
        Msg::HelpInvisibleInKey {
            name: visible.clone(),
        }
    } else {
        crate::text::closest(&visible, known.split(", "))
            .map_or(Msg::HelpKnownFields { known }, |k| {
                Msg::HelpDidYouMeanField { name: k.to_owned() }
            })
    };
    let message = Msg::InvisibleInKey {
        key: sanitize(&crate::text::clip(&visible, 80)).into_owned(),
        count,
        first,
    };
    Some((at, message, help))
}

/// Validates a network file. `default_id` is the path-derived id; `keys`
/// is the worker's cache for the duplicate-member check.
pub fn network(
    ctx: &mut FileCtx<'_>,
    raw: RawTop,
    default_id: &str,
    file: FileId,
    keys: &mut KeyCache,
) -> Option<Network> {
    extras(ctx, &raw.extras, &[], NETWORK_KEYS);
    if raw.organizations.is_some() || raw.people.is_some() || raw.distinct.is_some() {
        let key = if raw.organizations.is_some() {
            "organizations"
        } else if raw.people.is_some() {
            "people"
        } else {
            "distinct"
        };
        ctx.warn(
            &[Step::Key(key)],
            Target::Key,
            Msg::IgnoredInNetwork { key },
            Some(Msg::HelpRegistryElsewhere),
        );
    }
    let id = text(ctx, raw.id, &[Step::Key("id")]).unwrap_or_else(|| default_id.to_owned());
    let name = required_text(ctx, raw.name, "name", Example::NetworkName);
    let program = required_word(ctx, raw.program, "program", Vocab::Program);
    let prefecture = required_word(ctx, raw.prefecture, "prefecture", Vocab::Prefecture);
    let city = text(ctx, raw.city, &[Step::Key("city")]);
    let plan = text(ctx, raw.plan, &[Step::Key("plan")]);
    let kind = text(ctx, raw.kind, &[Step::Key("kind")]);
    let summary = text(ctx, raw.summary, &[Step::Key("summary")]);
    let source = text(ctx, raw.source, &[Step::Key("source")]);
    let since = year(ctx, raw.since, &[Step::Key("since")]);
    let until = year(ctx, raw.until, &[Step::Key("until")]);
    if let (Some(s), Some(u)) = (since, until)
        && s > u
    {
        ctx.error(
            &[Step::Key("until")],
            Target::Value,
            Msg::UntilBeforeSince { since: s, until: u },
            Some(Msg::HelpSwapYears),
        );
    }
    let members = members(ctx, raw.members, keys);
    Some(Network {
        id,
        name: name?,
        program: match program? {
            Word::Program(p) => p,
            _ => return None,
        },
        prefecture: match prefecture? {
            Word::Prefecture(p) => p,
            _ => return None,
        },
        city,
        plan,
        kind,
        summary,
        source,
        since,
        until,
        members: members?,
        file,
    })
}

fn required_text(
    ctx: &mut FileCtx<'_>,
    v: Option<Loose>,
    key: &'static str,
    example: Example,
) -> Option<String> {
    let present = v.as_ref().is_some_and(|v| !matches!(v, Loose::Null));
    // Other reasons (a list, an over-long value) are reported by `text`.
    let blank = matches!(&v, Some(Loose::Str(s)) if s.trim().is_empty());
    let out = text(ctx, v, &[Step::Key(key)]);
    if out.is_none() && !present {
        missing(ctx, key, example);
    } else if out.is_none() && blank {
        ctx.error(
            &[Step::Key(key)],
            Target::Value,
            Msg::EmptyField { key },
            Some(Msg::HelpGive { example }),
        );
    }
    out
}

fn required_word(
    ctx: &mut FileCtx<'_>,
    v: Option<Loose>,
    key: &'static str,
    vocab: Vocab,
) -> Option<Word> {
    if v.as_ref().is_none_or(|v| matches!(v, Loose::Null)) {
        let example = match vocab {
            Vocab::Program => Example::Program,
            Vocab::Prefecture => Example::Prefecture,
            Vocab::Sector => Example::Sector,
        };
        missing(ctx, key, example);
        return None;
    }
    word(ctx, v, &[Step::Key(key)], vocab)
}

fn missing(ctx: &mut FileCtx<'_>, key: &'static str, example: Example) {
    ctx.error(
        &[],
        Target::Key,
        Msg::MissingField { key },
        Some(Msg::HelpAdd { example }),
    );
}

/// Validates `members:`, reporting a member listed twice. Two members are
/// the same when their organisation, person and (without a person) title
/// keys are: the same keys identity resolution uses, so マツダ and
/// マツダ株式会社 listed in one network are caught here too.
fn members(
    ctx: &mut FileCtx<'_>,
    list: Option<List<RawMember>>,
    keys: &mut KeyCache,
) -> Option<Vec<Member>> {
    let items = match list {
        Some(List::Items(items)) => items,
        Some(List::Other(Loose::Null)) => Vec::new(),
        Some(List::Other(other)) => {
            ctx.error(
                &[Step::Key("members")],
                Target::Value,
                Msg::MembersNotList {
                    found: other.describe(),
                },
                Some(Msg::HelpMembersList),
            );
            return None;
        }
        None => {
            missing(ctx, "members", Example::Members);
            return None;
        }
    };
    let mut out = Vec::with_capacity(items.len());
    keys.start_network();
    let mut seen: FastMap<MemberKey, usize> = FastMap::default();
    seen.reserve(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let path = [Step::Key("members"), Step::Index(i)];
        let Some(m) = member(ctx, item, &path, i) else {
            continue;
        };
        if let Some(first) = seen.insert(keys.member(&m), i) {
            ctx.error(
                &path,
                Target::Value,
                Msg::DuplicateMember {
                    first: first + 1,
                    second: i + 1,
                },
                Some(Msg::HelpDuplicateMember),
            );
            continue;
        }
        out.push(m);
    }
    Some(out)
}

fn member(
    ctx: &mut FileCtx<'_>,
    item: Entry<RawMember>,
    path: &[Step<'_>],
    index: usize,
) -> Option<Member> {
    let mut raw = match item {
        Entry::Map(raw) => raw,
        Entry::Other(other) => {
            let help = match &other {
                Loose::Str(s) => Msg::HelpWriteOrg {
                    text: sanitize(&crate::text::clip(s, 80)).into_owned(),
                },
                _ => Msg::HelpMemberMapping,
            };
            ctx.error(
                path,
                Target::Value,
                Msg::MemberNotMapping {
                    found: other.describe(),
                },
                Some(help),
            );
            return None;
        }
    };
    extras(ctx, &raw.extras, path, MEMBER_KEYS);
    // A list or mapping under `org`/`person` is reported by `text`; saying
    // "neither" on top of that would be wrong.
    let wrong_type = [F::Org, F::Person]
        .into_iter()
        .any(|f| matches!(raw.get(f), Some(Loose::Seq(_) | Loose::Map(_))));
    let at = |k| [path[0], path[1], Step::Key(k)];
    let m = Member {
        org: text(ctx, raw.take(F::Org), &at("org")),
        person: text(ctx, raw.take(F::Person), &at("person")),
        title: text(ctx, raw.take(F::Title), &at("title")),
        role: text(ctx, raw.take(F::Role), &at("role")),
        sector: word(ctx, raw.take(F::Sector), &at("sector"), Vocab::Sector).and_then(
            |w| match w {
                Word::Sector(s) => Some(s),
                _ => None,
            },
        ),
        kana: text(ctx, raw.take(F::Kana), &at("kana")),
        email: text(ctx, raw.take(F::Email), &at("email")),
        phone: text(ctx, raw.take(F::Phone), &at("phone")),
        note: text(ctx, raw.take(F::Note), &at("note")),
        index: u32::try_from(index).unwrap_or(u32::MAX),
    };
    if m.org.is_none() && m.person.is_none() {
        if wrong_type {
            return None;
        }
        ctx.error(
            path,
            Target::Value,
            Msg::MemberWithoutName,
            Some(Msg::HelpMemberWithoutName),
        );
        return None;
    }
    check_contact(ctx, &m, &at("email"), &at("kana"));
    Some(m)
}

/// Warnings for contact details that are probably wrong but not fatal.
fn check_contact(
    ctx: &mut FileCtx<'_>,
    m: &Member,
    email_path: &[Step<'_>],
    kana_path: &[Step<'_>],
) {
    if let Some(email) = &m.email {
        check_email(ctx, email, email_path);
    }
    if let Some(kana) = &m.kana {
        check_kana(ctx, kana, kana_path);
    }
}

pub fn check_email(ctx: &mut FileCtx<'_>, email: &str, path: &[Step<'_>]) {
    if let Some(problem) = email_problem(email) {
        ctx.warn(
            path,
            Target::Value,
            Msg::BadEmail {
                email: sanitize(email).into_owned(),
                problem,
            },
            Some(Msg::HelpEmail),
        );
    }
}

fn email_problem(email: &str) -> Option<EmailProblem> {
    if email.contains('＠') {
        return Some(EmailProblem::FullWidthAt);
    }
    let mut parts = email.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return Some(EmailProblem::NotOneAt);
    };
    if local.is_empty() || domain.is_empty() {
        Some(EmailProblem::EmptyPart)
    } else if !domain.contains('.') || domain.starts_with('.') || domain.ends_with('.') {
        Some(EmailProblem::NoDot)
    } else if !email.is_ascii() || email.chars().any(char::is_whitespace) {
        Some(EmailProblem::SpacesOrNonAscii)
    } else {
        None
    }
}

pub fn check_kana(ctx: &mut FileCtx<'_>, kana: &str, path: &[Step<'_>]) {
    let ok = kana.nfkc().all(|c| {
        matches!(c, 'ぁ'..='ゖ' | 'ァ'..='ヺ' | 'ー' | '・' | '゛' | '゜' | 'ゝ' | 'ゞ' | 'ヽ' | 'ヾ') || c.is_whitespace()
    });
    if !ok {
        ctx.warn(
            path,
            Target::Value,
            Msg::BadKana {
                kana: sanitize(kana).into_owned(),
            },
            Some(Msg::HelpKana),
        );
    }
}
