//! The English text of every message: the wording `--format json` keeps
//! in `message`/`help`, so scripts written against it keep working.

use super::en_words::{
    BROWSE_SUBCOMMANDS, CONTACT_LIST, GRAPH_LIST, PAIR_HELP, allowed_en, email_en, example_en,
    formats_en, found_en, kind_en, no_terminal_en, number_en, plural, rows_en, special_en,
};
use super::{Msg, Special, mask};
use crate::text::describe_char;

/// The English text of `m`.
#[allow(clippy::too_many_lines)] // one arm per message, nothing else
pub(super) fn render(m: &Msg) -> String {
    use Msg as M;
    let at = |a: &Option<String>| a.clone().unwrap_or_else(|| "the registry".to_owned());
    match m {
        M::NestedTooDeeply => {
            "lists and mappings are nested too deeply (over 128 levels); this file is not loaded"
                .into()
        }
        M::HelpNesting => "a network file needs a few levels; look for a run of `[`, `{` or `- ` that never closes".into(),
        M::FileWouldBlock => "the file gives no data without waiting (a system file such as /proc/kmsg?); not read".into(),
        M::HelpOrdinaryFiles => "renkei reads only ordinary files; remove it or replace it with the file".into(),
        M::CannotRead { error } => format!("cannot read: {error}"),
        M::HelpCheckReadable => "check that the file exists and that you may read it".into(),
        M::NotRegularChanged => "not a regular file (it changed after the folder was read); not read".into(),
        M::HelpRegularFiles => "renkei reads only regular files; remove it or replace it with the file".into(),
        M::FileTooLarge { bytes, max } => {
            let size = bytes.map_or_else(|| "file is".to_owned(), |n| format!("file is {n} bytes,"));
            format!("{size} over the limit of {max} bytes (--max-file-size)")
        }
        M::HelpFileTooLarge => "split it into one file per network, or raise the limit with --max-file-size".into(),
        M::EmptyFile => "file is empty".into(),
        M::OnlyComments => "file has only comments, no data".into(),
        M::HelpAddNetwork => "add a network (`name:`, `program:`, `prefecture:`, `members:`) or delete the file".into(),
        M::AliasBomb { max } => format!("YAML aliases expand to more than {max} values here (an \"alias bomb\"); this file is not loaded"),
        M::TooManyValues { max } => format!("the file holds more than {max} YAML values (texts, lists and mappings) by here; this file is not loaded"),
        M::HelpTooManyValues => "split it into smaller files (one network per file; a registry may be spread over several files); renkei limits the values of one file so that no file can exhaust memory".into(),
        M::HelpAliasBomb => "write the values out instead of repeating `*alias` references; renkei limits what aliases may add so a small file cannot exhaust memory".into(),
        M::TopNotMapping { found } => format!("the top level must be a mapping of fields, found {}", found_en(*found)),
        M::HelpTopLevel => "start the file with `name: …`, `program: …`, `prefecture: …` and `members:` (see docs/format.md)".into(),
        M::YamlSyntax { detail } => format!("YAML syntax error: {detail}"),
        M::YamlTag { tag } => format!("YAML tags are not supported (`{tag}`); this file is not loaded"),
        M::HelpYamlTag => "delete the tag and write the plain value (quote it to keep it text, e.g. `since: \"2024\"`); renkei reads YAML without tags so that no value is read as something other than written".into(),
        M::MergeKey => "YAML merge keys (`<<`) are not supported: the fields they bring would be missing; this file is not loaded".into(),
        M::HelpMergeKey => "write the fields out in each entry instead of `<<: *name` (anchors and aliases of whole values are fine)".into(),
        M::StrayBom => "a byte-order mark (U+FEFF, invisible) in the middle of the file, where YAML cannot read it; this file is not loaded".into(),
        M::HelpStrayBom => "delete it (it is left over from joining two files, or pasting from one saved with a BOM); an editor that shows invisible characters finds it".into(),
        M::ExtraBoms { count } => format!("the file starts with {count} byte-order marks (U+FEFF); renkei reads them as one"),
        M::HelpExtraBoms => "delete the extra marks (save the file again as UTF-8 without BOM, or with one)".into(),
        M::HelpQuoteColon => "a value that contains `: ` must be quoted, e.g. `summary: \"…: …\"`".into(),
        M::HelpIndentKey => "check the indentation: this key must line up with the keys of its mapping above".into(),
        M::HelpIndentList => "check the indentation: keys of one mapping line up, list items start with `- ` at the same column".into(),
        M::HelpNoTabs => "indent with spaces; YAML does not allow tabs for indentation".into(),
        M::HelpYamlControl => "delete the control character (shown as `\\u{…}`); to keep one on purpose, write it as an escape in double quotes".into(),
        M::HelpOneDocument => "put each network in its own file (remove the extra `---`)".into(),
        M::HelpAliasRepeat => "the file's aliases (`*name`) repeat too much to be a network file; write the values out".into(),
        M::HelpFixSyntax => "fix the YAML syntax at this position (an editor with YAML support shows the problem)".into(),
        M::InternalError => "internal error while loading this file".into(),
        M::HelpReportBug => "please report this with the file attached".into(),
        M::Utf16NotUtf8 { encoding } => format!("file is {encoding}, but renkei reads UTF-8"),
        M::Utf32NotUtf8 { little } => format!(
            "file is UTF-32 ({}), but renkei reads UTF-8",
            if *little { "little-endian" } else { "big-endian" }
        ),
        M::HelpConvertUtf32 { from, file } => format!(
            "convert it, e.g. `iconv -f {from} -t UTF-8 {file} > tmp && mv tmp {file}`, \
             or in your editor choose \"Save with encoding: UTF-8\" \
             (`--input-encoding` does not read UTF-32)"
        ),
        M::HelpConvertUtf16 { from, file, flag } => format!(
            "convert it, e.g. `iconv -f {from} -t UTF-8 {file} > tmp && mv tmp {file}`, \
             or in your editor choose \"Save with encoding: UTF-8\" \
             (or read it as is with `--input-encoding {flag}`)"
        ),
        M::TooLargeToDecode { encoding } => format!("file is too large to decode as {encoding}"),
        M::HelpConvertFirst => "convert it to UTF-8 first".into(),
        M::InvalidInEncoding { encoding, byte } => format!("file is not valid {encoding} (byte 0x{byte:02X})"),
        M::HelpCheckEncoding { encoding } => format!(
            "check `--input-encoding`: this file may be in another encoding \
             (renkei was told {encoding}), or damaged"
        ),
        M::CannotDecode { encoding } => format!("file could not be decoded as {encoding}"),
        M::InvalidUtf8 { byte } => format!("invalid UTF-8 (byte 0x{byte:02X})"),
        M::HelpDamaged => "the file is damaged or in an unknown encoding; save it again as UTF-8".into(),
        M::NotUtf8 { name, byte } => format!("file is not UTF-8; it looks like {name} (byte 0x{byte:02X})"),
        M::HelpConvertFrom { from, file, flag } => format!(
            "convert it, e.g. `iconv -f {from} -t UTF-8 {file} > tmp && mv tmp {file}` \
             (or `nkf -w --overwrite {file}`), or in Excel/Notepad save as \"UTF-8\" \
             (or read it as is with `--input-encoding {flag}`)"
        ),
        M::TooManyFiles { files, entries } => format!("the data folder holds more than {files} YAML files or {entries} entries; the rest is not read"),
        M::HelpPointAtNetworks => "point renkei at the folder of the networks, not at a folder above it".into(),
        M::NotRegular { kind } => format!("not a regular file ({}); not read", special_en(*kind)),
        M::DanglingLink { to } => format!("a link to `{to}`, which does not exist; not read"),
        M::HelpFixLink => "remove the link or point it at the file".into(),
        M::LinkOutside { to } => format!("a link to `{to}`, outside the data folder; not followed"),
        M::HelpLinkOutside => "renkei reads only below the data folder: copy the file in, or point renkei at a folder that holds both".into(),
        M::FolderLoop => "a folder link points back to a folder above it (a loop); not followed".into(),
        M::HelpRemoveLink => "remove the link or point it elsewhere".into(),
        M::FolderTwice { first } => format!("this folder was already read as `{first}` (through a link); not read twice"),
        M::HelpFolderTwice => "remove the link, or keep it if the second name was meant for people only".into(),
        M::FolderNamedYaml => "a folder is named like a YAML file; renkei looks inside it".into(),
        M::HelpRenameFolder => "rename the folder if this was not meant".into(),
        M::PathControlChar { c } => format!("the file's path contains a control character, {}", describe_char(*c)),
        M::HelpRenamePath => "rename it; renkei shows such characters escaped".into(),
        M::NoSuchDir { path } => format!("{path}: no such directory"),
        M::NotADir { path } => format!("{path}: not a directory (give the folder that holds the YAML files)"),
        M::DuplicateId { id, first } => format!("network id `{id}` is already used by {first}; this file is not loaded"),
        M::HelpDuplicateId => "give one of the two files a different `id:` (ids must be unique across the data directory)".into(),
        M::UnknownField { key } => format!("unknown field `{key}`"),
        M::InvisibleInKey { key, count, first } => {
            let what = if *count == 1 { "an invisible character,".to_owned() } else { format!("{count} invisible characters, the first") };
            format!("the field name `{key}` holds {what} {}; the field is ignored", describe_char(*first))
        }
        M::HelpInvisibleInKey { name } => format!("delete it (retype the name, or find it in an editor that shows invisible characters); then it is read as `{name}`"),
        M::HelpKnownFields { known } => format!("known fields here: {known}; renkei ignores this one"),
        M::HelpDidYouMeanField { name } => format!("did you mean `{name}`? renkei ignores unknown fields"),
        M::DuplicateKey { key } => format!("duplicate key `{key}`"),
        M::HelpDuplicateKey => "a key may appear once per mapping; renkei keeps the first value, delete or merge the other".into(),
        M::IgnoredInNetwork { key } => format!("`{key}` is ignored in a network file"),
        M::HelpRegistryElsewhere => "registry entries belong in a separate file without `members:`".into(),
        M::UntilBeforeSince { since, until } => format!("`until: {until}` is before `since: {since}`"),
        M::HelpSwapYears => "swap the two years, or correct the one that is wrong".into(),
        M::EmptyField { key } => format!("`{key}` is empty"),
        M::HelpGive { example } => format!("give {}", example_en(*example)),
        M::MissingField { key } => format!("missing required field `{key}`; this network is not loaded"),
        M::HelpAdd { example } => format!("add {}", example_en(*example)),
        M::MembersNotList { found } => format!("`members` must be a list, found {}", found_en(*found)),
        M::HelpMembersList => "write one `- org: …` or `- person: …` entry per line under `members:`".into(),
        M::DuplicateMember { first, second } => format!("the same member is listed twice (entries {first} and {second})"),
        M::HelpDuplicateMember => "delete one of them; renkei keeps the first".into(),
        M::MemberNotMapping { found } => format!("a member must be a mapping, found {}", found_en(*found)),
        M::HelpWriteOrg { text } => format!("write `- org: {text}` (or `- person: …`)"),
        M::HelpMemberMapping => "each member is a mapping such as `- org: 広島大学`".into(),
        M::MemberWithoutName => "a member needs `org` or `person`; this one has neither and is skipped".into(),
        M::HelpMemberWithoutName => "add `org: 機関名` (an institution) or `person: 氏名` (a person)".into(),
        M::BadEmail { email, problem } => format!("`{email}` does not look like an e-mail address: {}", email_en(*problem)),
        M::HelpEmail => "write it as name@example.jp, in half-width characters".into(),
        M::BadKana { kana } => format!("`kana` should be hiragana or katakana, found `{kana}`"),
        M::HelpKana => "write the reading, e.g. `kana: やまだ たろう`".into(),
        M::NotText { field, found } => format!("`{field}` must be text, found {}", found_en(*found)),
        M::HelpOneValue => "write one value; to record several, add one member per value".into(),
        M::HelpSameLine => "write the value on the same line as the key".into(),
        M::NotQuoted { field } => format!("`{field}` is read as a number or true/false, not text"),
        M::HelpQuote { field } => format!("quote it to keep it exactly as written: `{field}: \"…\"`"),
        M::TooLong { field, chars, max } => format!("`{field}` is {chars} characters long, over the limit of {max}; the value is ignored"),
        M::HelpShorten { max } => format!("shorten it; renkei reads at most {max} characters per value"),
        M::ControlChar { field, count, first } => {
            let what = if *count == 1 {
                format!("a control character, {}", describe_char(*first))
            } else {
                format!("{count} control characters, the first {}", describe_char(*first))
            };
            format!("`{field}` contains {what}")
        }
        M::HelpControlChar { shown, line_break } => format!(
            "delete it; such characters can change what a terminal shows or reorder text, so renkei prints them escaped (`{shown}`).{}",
            if *line_break { " Line breaks belong only in `summary` and `note`." } else { "" }
        ),
        M::InvisibleChar { field, count, first } => {
            let what = if *count == 1 {
                "an invisible character".to_owned()
            } else {
                format!("{count} invisible characters, the first")
            };
            format!("`{field}` contains {what} U+{:04X}", u32::from(*first))
        }
        M::HelpInvisibleChar => "delete it; it shows as nothing, and renkei ignores it when it compares names, so this name still matches the one without it".into(),
        M::NotAList { field } => format!("`{field}` should be a list"),
        M::HelpWriteList { field } => format!("write `{field}: [名前]` or one `- 名前` per line"),
        M::NotANameList { field, found } => format!("`{field}` must be a list of names, found {}", found_en(*found)),
        M::HelpWriteNameList { field } => format!("write `{field}: [名前1, 名前2]`"),
        M::YearNotNumber { field, found } => format!("`{field}` must be a year as a number, found {}", found_en(*found)),
        M::HelpYearExample { field } => format!("write e.g. `{field}: 2021`"),
        M::BadYear { field, raw } => format!("`{field}` must be a year as a number (1868–2200), found `{raw}`"),
        M::HelpFourDigitYear { field } => format!("write a four-digit year, e.g. `{field}: 2021`"),
        M::HelpWriteYear { field, year } => format!("write `{field}: {year}`"),
        M::UnknownProgram { value } => format!("unknown program `{value}`"),
        M::UnknownSector { value } => format!("unknown sector `{value}`"),
        M::UnknownPrefecture { value } => format!("unknown prefecture `{value}`"),
        M::HelpAllowed { vocab, guess } => {
            let allowed = allowed_en(*vocab);
            match guess {
                Some(g) => format!("did you mean `{g}`? allowed: {allowed}"),
                None => format!("allowed: {allowed}"),
            }
        }
        M::EntriesNotList { key, found } => format!("`{key}` must be a list, found {}", found_en(*found)),
        M::HelpOneEntryPerLine => "write one `- name: …` entry per line".into(),
        M::EntryNotMapping { key, found } => format!("an entry of `{key}` must be a mapping, found {}", found_en(*found)),
        M::HelpWriteEntry => "write `- name: 正式名称`".into(),
        M::EntryWithoutName { key } => format!("this `{key}` entry has no `name`; it is skipped"),
        M::HelpAddName => "add `name: 正式名称` (the canonical name)".into(),
        M::DistinctNotList { found } => format!("`distinct` must be a list of pairs, found {}", found_en(*found)),
        M::HelpDistinctPair => PAIR_HELP.into(),
        M::DistinctCount { count } => format!("a `distinct` entry must name two organisations, this one has {count}; it is skipped"),
        M::HelpDistinctMany => format!("{PAIR_HELP}; to settle three or more as different, write one pair for each two of them"),
        M::DistinctNotPair { found } => format!("a `distinct` entry must be a pair of names, found {}; it is skipped", found_en(*found)),
        M::DistinctNameMissing => "a `distinct` entry needs two names, one is missing or empty; it is skipped".into(),
        M::DistinctSame { a, b } => format!("`{a}` and `{b}` are one organisation (the same name once spaces and legal forms are removed); this pair is skipped"),
        M::HelpDistinctSame => "a `distinct` pair names two different organisations; delete this one".into(),
        M::DistinctUnmatched { name } => format!("`{name}` in `distinct` matches no organisation in the data directory"),
        M::HelpDistinctUnmatched => "check the spelling against the network files and the registry; the pair settles nothing until it does".into(),
        M::DistinctOneEntry { a, b, entry, at } => {
            let place = at.as_ref().map_or_else(String::new, |p| format!(" at {p}"));
            format!("`{a}` and `{b}` are one organisation in the registry (the entry `{entry}`{place}), so they cannot be distinct")
        }
        M::HelpDistinctOneEntry => "delete this pair, or take the name out of that entry's `aliases`/`formerly` if they really are different bodies".into(),
        M::AliasCycle { here, there, at: a } => format!(
            "alias cycle: `{here}` lists `{there}` as another name, and the entry `{there}` at {} lists `{here}`; renkei takes them as one organisation named `{there}`, and where both entries give a field (such as `sector`) this entry's value is dropped",
            at(a)
        ),
        M::HelpAliasCycle => "keep one entry for the organisation: move this entry's names and fields into the other one and delete this one".into(),
        M::AliasIsEntry { text, here, at: a, joins } => {
            let effect = if *joins {
                format!("renkei takes the two entries as one organisation named `{here}`")
            } else {
                "renkei does not follow this name".to_owned()
            };
            format!("`{text}` is listed under `{here}`, but it is the name of another registry entry at {}; {effect}", at(a))
        }
        M::HelpAliasIsEntry => "if they are one organisation, merge the two entries into one; if they are not, delete this name from the list".into(),
        M::AliasTwice { text, here, there, at: a } => format!("`{text}` is listed under both `{here}` and `{there}` (at {}); renkei keeps it with `{there}`", at(a)),
        M::HelpAliasTwice => "a name belongs to one organisation: delete it from one of the two entries".into(),
        M::MoreOfKind { more, first } => format!("and {more} more of this kind: {}", mask(&render(first))),
        M::MoreNoneShown { more, error, shown, across, first } => {
            let what = match (*error, *more == 1) {
                (true, true) => "error",
                (true, false) => "errors",
                (false, true) => "warning",
                (false, false) => "warnings",
            };
            let scope = if *across { "across the data folder" } else { "in this file" };
            format!("and {more} more {what} of this kind, none shown ({shown} shown {scope} already): {}", render(first))
        }
        M::HelpMore { per_kind, per_file, across } => format!(
            "renkei shows the first {per_kind} of a kind (and {per_file} in all) {}; the count is exact, fix these and check again",
            if *across { "across the data folder" } else { "per file" }
        ),
        M::ReasonPrefix { removed } => format!("one name contains the other after removing {removed}"),
        M::ReasonContains => "one name contains the other".into(),
        M::ReasonSimilar { percent } => format!("similar names ({percent}% alike by rare character pairs)"),
        M::ReasonSameNameOrgs { a, b } => format!("same name at {a} and at {b}"),
        M::ReasonSameNameNoOrg => "same name, one listed without an organization".into(),
        M::ReasonSameReading { reading } => format!("same reading {reading}, written differently"),
        M::ReasonTitleContains => "one title contains the other at the same organization".into(),
        M::PossibleDuplicate { kind, score, a, b } => format!("possible duplicate ({}, score {score}): {a} ~ {b}", kind_en(*kind)),
        M::Why { reason } => format!("why: {reason}"),
        M::OccursIn { name, places } => format!("{name} in {places}"),
        M::InRegistry => "the registry".into(),
        M::AndMoreFiles { first, more } => format!("{first} and {more} more files"),
        M::HowToSettle => "to settle it, add to your registry file (a name with an entry: into that entry),\n    or decide with `a` (same) / `x` (different) in `renkei browse`:".into(),
        M::MoreSuggestions { count, kind } => format!("and {count} more possible duplicates ({}) not shown; `--format json` lists them all", kind_en(*kind)),
        M::SuggestionsCut { names, of } => format!("the search for possible duplicates stopped at its bounds: {names} of {of} organization names were not compared with every name like them, so some may be missing"),
        M::HelpSuggestionsCut => "check one sub-folder at a time (`renkei check DIR/SUB`): with fewer names the search stays within its bounds".into(),
        M::Checked { files, networks, registries, failed, errors, warnings } => {
            let mut parts = vec![plural(*networks, "network", "networks"), plural(*registries, "registry", "registries")];
            if *failed > 0 {
                parts.push(format!("{failed} not loaded"));
            }
            format!(
                "checked {} ({}): {}, {}",
                plural(*files, "file", "files"),
                parts.join(", "),
                plural(*errors, "error", "errors"),
                plural(*warnings, "warning", "warnings"),
            )
        }
        M::PossibleDuplicates { count } => plural(*count, "possible duplicate", "possible duplicates"),
        M::SeverityError => "error".into(),
        M::SeverityWarning => "warning".into(),
        M::SeverityNote => "note".into(),
        M::HelpLabel => "help".into(),
        M::ExportProblems { problems, errors, warnings, files, dir } => format!(
            "{} ({}, {}) in {}; `renkei check {dir}` lists them",
            plural(*problems, "problem", "problems"),
            plural(*errors, "error", "errors"),
            plural(*warnings, "warning", "warnings"),
            plural(*files, "file", "files"),
        ),
        M::Wrote { what, path } => format!("wrote {} to {path}", render(what)),
        M::ContactsCount { contacts, networks } => format!("{contacts} contacts from {networks} networks"),
        M::GraphCount { nodes, edges } => format!("{nodes} nodes and {edges} edges"),
        M::NetworkNotExported { id, file, why, dir } => format!(
            "network `{id}` was not exported: its file {file} failed to load ({}); \
             fix it and export again (`renkei check {dir}` shows how)",
            why.as_deref().unwrap_or("see `renkei check`")
        ),
        M::NoSuchNetwork { id, guess } => {
            let hint = guess.as_ref().map(|g| format!(" (did you mean `{g}`?)")).unwrap_or_default();
            format!("no network with id `{id}`{hint}")
        }
        M::EncodingCsvOnly => "--encoding applies to CSV only; xlsx, vCard and Markdown are always UTF-8".into(),
        M::XlsxNotOnTerminal => "an xlsx workbook is binary and is not shown on a terminal; give -o FILE.xlsx or redirect stdout".into(),
        M::StatsFiles { dir, files, networks, registries, failed } => format!("{dir}: {files} files ({networks} network, {registries} registry, {failed} not loaded)"),
        M::StatsByPrefecture => "Networks by prefecture and program".into(),
        M::StatsBySector { distinct } => format!("Organisations by sector ({distinct} distinct)"),
        M::ImportWrote { members, path, dir } => format!("wrote {members} members to {path}; `renkei check {dir}` checks it"),
        M::ImportTally { existing, possible, new } => format!("{existing} existing, {possible} possible duplicates, {new} new"),
        M::ExportExists { path } => format!("{path}: already exists; use --force to replace it, or choose another file name"),
        M::ExportIsFolder { path } => format!("{path}: is a folder; give a file name inside it"),
        M::ExportNotShiftJis { row, column, ch } => format!(
            "row {row}, column {column}: `{ch}` (U+{:04X}) cannot be written in Shift_JIS (CP932); \
             use --encoding utf-8-bom (the default, which Excel opens too), or replace the character in the data",
            u32::from(*ch)
        ),
        M::ExportUnknownNetwork { id, hint } => format!(
            "no network with id `{id}`{}; a network's id is its `id:` field, else its file's path \
             below the data folder without `.yaml` (kochi/kofukin)",
            hint.as_ref().map(|h| format!(" (did you mean `{h}`?)")).unwrap_or_default()
        ),
        M::FormatDisagrees { format, ext, want } => format!("--format {format} disagrees with the extension `.{ext}` of the output file; drop --format or name the file `.{want}`"),
        M::OtherKindOfExport { ext, graph: true } => format!("`.{ext}` is a graph format; use `renkei export graph`, or for a contact list one of: {CONTACT_LIST}"),
        M::OtherKindOfExport { ext, graph: false } => format!("`.{ext}` is a contact list format; use `renkei export contacts`, or for a graph one of: {GRAPH_LIST}"),
        M::UnknownExtension { ext, graph } => format!("renkei does not write `.{ext}` files; {} (or give --format to write that format under this name)", formats_en(*graph)),
        M::LoaderStopped => "the loader stopped unexpectedly (see the report above)".into(),
        M::SuggestionsStopped => "the search for duplicate suggestions stopped unexpectedly (see the report above)".into(),
        M::NoTempName => "no free temporary file name beside it (100 tried); remove old `.*.renkei-*.tmp` files there".into(),
        M::ExportNotAFile { kind } => {
            let what = if *kind == Special::Other { "not a regular file".to_owned() } else { format!("{}, not a file", special_en(*kind)) };
            format!("{what}; renkei writes only to files, character devices and named pipes")
        }
        M::ExportSystemFolder => "the system does not allow new files in this folder (a system folder such as /proc or /sys); write the export elsewhere".into(),
        M::ExportNoFolder => "no such folder; create it first or give another path".into(),
        M::ExportCannotCreate { error } => format!("cannot create a file in this folder: {}", render(error)),
        M::ExportNothingSelected => "no network matches the filters; loosen --network, --prefecture or --program".into(),
        M::UsageUnexpectedArg { arg } => format!("unexpected argument '{arg}' found"),
        M::UsageRepeatedArg { arg } => format!("the argument '{arg}' cannot be used multiple times"),
        M::UsageConflict { arg, with } => format!("the argument '{arg}' cannot be used with {with}"),
        M::UsageEqualsNeeded { arg } => format!("equal sign is needed when assigning values to '{arg}'"),
        M::UsageValueMissing { arg } => format!("a value is required for '{arg}' but none was supplied"),
        M::UsageInvalidValue { arg, value, why } => format!("invalid value '{value}' for '{arg}'{}", why.as_ref().map(|w| format!(": {w}")).unwrap_or_default()),
        M::UsagePossibleValues { values } => format!("[possible values: {values}]"),
        M::UsageUnknownSubcommand { name } => format!("unrecognized subcommand '{name}'"),
        M::UsageSubcommandNeeded { name } => format!("'{name}' requires a subcommand but one was not provided"),
        M::UsageSubcommands { names } => format!("[subcommands: {names}]"),
        M::UsageRequired => "the following required arguments were not provided:".into(),
        M::UsageExtraValue { arg, value } => format!("unexpected value '{value}' for '{arg}' found; no more were expected"),
        M::UsageValueCount { arg, expected, given } => format!("{expected} values required for '{arg}' but {given} provided"),
        M::UsageNotUtf8 => "invalid UTF-8 was detected in one or more arguments".into(),
        M::UsageDirBeforeCommand => "give DIR after the subcommand, e.g. `renkei stats networks`".into(),
        M::UsageSimilar { names } => format!("a similar one exists: {names}"),
        M::UsageFolderLikeCommand { command } => format!("did you mean the command `renkei {command}`?"),
        M::UsagePassAsValue { arg, write } => format!("to pass '{arg}' as a value, use '{write}'"),
        M::UsageExists { what } => format!("'{what}' exists"),
        M::UsageRemoveDashes { name } => format!("subcommand '{name}' exists; to use it, remove the '--' before it"),
        M::UsageLine { usage } => format!("Usage: {usage}"),
        M::UsageMoreInfo { flag } => format!("For more information, try '{flag}'."),
        M::OutOfRange { value, range } => format!("{value} is not in {range}"),
        M::NotANumber { problem } => number_en(*problem).into(),
        M::ArgUnknown { problem, help } => format!("{}; {}", render(problem), render(help)),
        M::ArgSampling => "allowed: auto, exact, or a number of pivots (1 or more)".into(),
        M::ArgMapEquals { fields } => format!("write FIELD=HEADER (e.g. org=勤務先); fields: {fields}"),
        M::ArgMapField { field, guess, fields } => format!("unknown field `{field}`; {}fields: {fields}", guess.as_ref().map(|c| format!("did you mean `{c}`? ")).unwrap_or_default()),
        M::UsageOther { detail } | M::IoError { detail, .. } => detail.clone(),
        M::AtPath { path, what } => format!("{path}: {}", render(what)),
        M::ImportColumns { file, header_row, columns } => format!("{file}: header row {header_row}, columns {columns}"),
        M::ImportSkipped { rows } => format!("skipped rows {} (empty or a repeated header)", rows_en(rows)),
        M::ImportNoName { rows } => format!("left out rows {} (no name and no organisation)", rows_en(rows)),
        M::ImportRepeated { rows } => {
            let rows: Vec<String> = rows.iter().map(|(r, first)| format!("{r} (= row {first})")).collect();
            format!("left out rows {} (the same member as an earlier row)", rows.join(", "))
        }
        M::ImportSectorGuessed { row, sector, word, org } => format!("  row {row:>4}  sector {sector} guessed from `{word}` in {org}"),
        M::ImportMatchesIn { dir } => format!("matches in {dir}:"),
        M::ImportRowExisting { row, what, entity, networks } => format!("  row {row:>4}  existing   {what} = {entity} (in {})", networks.as_deref().unwrap_or("the registry")),
        M::ImportRowPossible { row, what, other, score, reason } => format!("  row {row:>4}  duplicate? {what} ~ {other} (score {score}: {reason})"),
        M::ImportRowNew { row, what } => format!("  row {row:>4}  new        {what}"),
        M::ImportSameName { file, name } => format!("note: {file} already has a network named `{name}`; the import adds a second one; give --name to tell them apart"),
        M::ImportCloseName { name, close, file } => format!("note: --name `{name}`: did you mean `{close}` ({file})? the import adds a network of its own either way"),
        M::ImportGeneratedBroken => "the generated file does not load; this is a bug in renkei".into(),
        M::ImportFailsCheck { first } => format!("the generated file would not pass `renkei check`: {first}"),
        M::ImportFormat { ext } => format!("renkei imports .xlsx, .xls, .ods and .csv files, not `.{ext}`; save the list in one of those formats"),
        M::ImportUnreadable { why } => format!("cannot be read: {why}"),
        M::ImportNoSheet { asked, sheets } => format!("no sheet `{asked}`; the sheets are: {sheets}; give --sheet NAME or --sheet NUMBER (1 is the first)"),
        M::ImportNoHeader => "no header row with a name or organisation column (氏名, 名前, 所属, 機関名, 団体名, 会社名, name, organization…) in the first 20 rows; give --header-row N, or --map person=HEADER / --map org=HEADER".into(),
        M::ImportHeaderRowMissing { row, last } => format!("--header-row {row}: that row is empty or past the end (the last row with cells is {last}); give the number of the row that holds the column names"),
        M::ReportNetworks { count } => format!("Networks: {count} (id, program, prefecture, entities counted, name)"),
        M::ReportPairs => "Pairs (shared, Jaccard, what they share)".into(),
        M::ReportNone => "none".into(),
        M::ReportThrough { network, via } => format!(" (in {network} through {via})"),
        M::ReportOnlyLink { names } => format!("only link: {names}"),
        M::ReportBridges { count, cross } => format!("Bridges: {count} ({cross} across programs)"),
        M::TooManyPairs { max, networks } => format!("more than {max} pairs of networks share something ({networks} networks selected); narrow the report with --min-shared N (pairs sharing at least N), --prefecture NAME or --network ID, or give --all-pairs to write them all"),
        M::ReportKeypersons { count, method } => format!("Keypersons: {count} (betweenness {})", render(method)),
        M::BetweennessExact { nodes } => format!("exact over {nodes} nodes"),
        M::BetweennessSampled { pivots, nodes } => format!("estimated from {pivots} sampled pivots of {nodes} nodes"),
        M::InNetworks { count } => format!("{count:>3} networks"),
        M::ReportOnlyLinks { count } => format!("Only links: {count} (removing one leaves a pair of networks with nothing in common)"),
        M::ViewShown { parts, shown } => format!("{parts} ({shown} networks)"),
        M::ViewProgramTable { scope } => format!("Program table: {scope}"),
        M::ViewMatrix { scope } => format!("Membership matrix: {scope}"),
        M::ViewNoNetworks => "no networks match".into(),
        M::ViewColumns { first, last, of, names } if first == last => format!("column {first} of {of}: {names}"),
        M::ViewColumns { first, last, of, names } => format!("columns {first}–{last} of {of}: {names}"),
        M::ViewNetworkBand { first, last, of } => format!("networks {first}–{last} of {of}"),
        M::ViewTableLegend => "◆N: also in other shown networks (N in all) · A — B: A is present through B".into(),
        M::ViewTableLegendShort => "◆N: also in other shown networks (N in all).".into(),
        M::ViewMatrixLegend => "● member  ○ present through someone  · not a member".into(),
        M::AlsoWritten { names } => format!("also written: {names}"),
        M::EntitiesCount { count } => format!("{count} entities"),
        M::EntitiesHeadKind => "KIND".into(),
        M::EntitiesHeadName => "NAME".into(),
        M::EntitiesHeadSector => "SECTOR".into(),
        M::EntitiesHeadCount => "N".into(),
        M::EntitiesHeadNetworks => "NETWORKS".into(),
        M::EntityKindWord { kind } => kind.clone(),
        M::SectorWord { sector } => sector.clone(),
        M::ReportWrote { scope, path } => format!("wrote the report of {scope} to {path}"),
        M::Since { year } => format!("since {year}"),
        M::Until { year } => format!("until {year}"),
        M::NetworkMembers { members, linked } => format!("{members} members, {linked} also sit elsewhere"),
        M::GenerateFailed { dir, error } => format!("{dir}: {}", render(error)),
        M::BrowseNeedsTerminal { which } => format!("the browser needs a terminal, and {}.", no_terminal_en(*which)),
        M::BrowseUseSubcommand => BROWSE_SUBCOMMANDS.into(),
        M::BrowseTerminal { error } => format!("terminal: {}", render(error)),
        M::BrowseBug { version } => format!("renkei {version} stopped because of a bug; the terminal has been restored.\nPlease report it to the renkei maintainers (the project's issue tracker) with\nthe message below and, if you can, the data files you opened."),
        M::EditIo { path, error } => format!("{path}: {}", render(error)),
        M::EditNotAFile { path, what, link } => format!("{path} is {}{}, not a regular file; renkei writes only into regular registry files", if *link { "a link to " } else { "" }, special_en(*what)),
        M::EditLinkNowhere { path } => format!("{path} is a link that leads nowhere, not a regular file; renkei writes only into regular registry files"),
        M::EditNoPlace { path, snippet } => format!("{path} exists but is not a registry file, and the folder has no other; add the entry by hand to a registry file:\n{snippet}"),
        M::EditRefused { path, reason, snippet } => format!("{path}: not recorded, because {}; nothing was written. Add it by hand:\n{snippet}", render(reason)),
        M::EditNoLongerRegistry => "the file would no longer read as a registry".into(),
        M::EditNewErrors => "the edited file would have new errors".into(),
        M::EditNoEffect => "the edit would not record the decision".into(),
        M::EditUnclosed { open } => format!("a `{open}` is not closed"),
        M::EditNotAList { key } => format!("`{key}` is not a list"),
        M::EditNullList { key, value } => format!("`{key}` is empty (`{value}`); write `{key}:` instead"),
        M::EditItemWithoutDash => "a list item without `-`".into(),
        M::EditEntryMoved => "the entry is not where the loader read it".into(),
        M::EditNoColon => "no `:`".into(),
        M::EditNotAnItem => "the entry is not a `- name: …` item".into(),
        M::NothingToRecord { what } => format!("nothing to record: {}", render(what)),
        M::NotRecorded { what } => format!("not recorded: {}", render(what)),
        M::EditChanged { path } => format!("{path} changed since renkei read it; nothing was written (reload and decide again)"),
        M::EditNotUtf8 { path } => format!("{path} is not UTF-8; convert it (iconv -t UTF-8) before recording decisions in it"),
        M::EditTooBig { path } => format!("{path} is too large to be a registry file (over 16 MiB); not edited"),
        M::CannotRecord { a, b } => format!("{a} ~ {b}: cannot be recorded this way"),
        M::HaveOwnEntries { a, b } => format!("{a} and {b} already have their own registry entries"),
        M::AlreadyOneOrg { a, b } => format!("{a} and {b} are already one organisation (the same name once spaces and legal forms are removed)"),
        M::AlreadyNameOf { alias, name } => format!("{alias} is already a name of {name}"),
        M::TwoEntries { a, b, a_entry, a_file, b_entry, b_file } => format!("{a} and {b} each have their own registry entry ({a_entry} in {a_file}, {b_entry} in {b_file}); merge the two entries by hand"),
        M::AlreadyOnePerson { name } => format!("{name} is already one person in the registry"),
        M::Namesakes { count, name } => format!("the registry already has {count} entries for {name} (namesakes at different organisations); edit them by hand"),
        M::OneByRules { a, b } => format!("{a} and {b} are one organisation by the identity rules (the same name once spaces and legal forms are removed)"),
        M::OneEntry { a, b, entry, file } => format!("{a} and {b} are one registry entry ({entry} in {file}); take the alias out of it first"),
        M::AlreadyDistinct { a, b } => format!("{a} and {b} are already recorded as different"),
        M::StatsPeople { people, positions, memberships } => format!("People: {people}   Positions: {positions}   Memberships: {memberships}"),
    }
}
