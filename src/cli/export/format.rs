//! Which format an export is written in: `--format`, else the output
//! file's extension; an unknown extension or a disagreement is an error
//! instead of a silent fallback.

use std::path::Path;

use super::{ContactFormatArg, GraphFormatArg};
use crate::export::{ContactFormat, GraphFormat};
use crate::msg::Msg;

/// The lower-cased extension of `path`, if any.
fn extension(path: Option<&Path>) -> Option<String> {
    path?
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
}

/// Extensions of contact lists and graph files, with their format names.
const CONTACT_EXTENSIONS: [(&str, ContactFormat); 6] = [
    ("xlsx", ContactFormat::Xlsx),
    ("csv", ContactFormat::Csv),
    ("vcf", ContactFormat::Vcard),
    ("vcard", ContactFormat::Vcard),
    ("md", ContactFormat::Markdown),
    ("markdown", ContactFormat::Markdown),
];
const GRAPH_EXTENSIONS: [(&str, GraphFormat); 5] = [
    ("graphml", GraphFormat::Graphml),
    ("gexf", GraphFormat::Gexf),
    ("dot", GraphFormat::Dot),
    ("gv", GraphFormat::Dot),
    ("json", GraphFormat::Json),
];

/// The contact format of `--format` and FILE's extension. An extension
/// renkei does not write is an error unless `--format` names the format;
/// an extension of another format than `--format` is always one, as is a
/// graph extension (the user wants `export graph`).
pub(super) fn contact_format(
    arg: Option<ContactFormatArg>,
    file: Option<&Path>,
) -> Result<ContactFormat, Box<Msg>> {
    let chosen = arg.map(|a| match a {
        ContactFormatArg::Csv => ContactFormat::Csv,
        ContactFormatArg::Vcard => ContactFormat::Vcard,
        ContactFormatArg::Markdown => ContactFormat::Markdown,
        ContactFormatArg::Xlsx => ContactFormat::Xlsx,
    });
    let Some(ext) = extension(file) else {
        return Ok(chosen.unwrap_or_default());
    };
    let by_ext = CONTACT_EXTENSIONS
        .iter()
        .find(|(e, _)| *e == ext)
        .map(|&(_, f)| f);
    let is_graph = GRAPH_EXTENSIONS.iter().any(|(e, _)| *e == ext) && ext != "json";
    match (chosen, by_ext) {
        (Some(c), Some(e)) if c != e => Err(Box::new(Msg::FormatDisagrees {
            format: contact_name(c),
            ext,
            want: c.extension(),
        })),
        (_, Some(e)) => Ok(e),
        (None, None) => Err(Box::new(if is_graph {
            Msg::OtherKindOfExport { ext, graph: true }
        } else {
            Msg::UnknownExtension { ext, graph: false }
        })),
        (Some(c), None) => Ok(c),
    }
}

/// [`contact_format`] for graph files.
pub(super) fn graph_format(
    arg: Option<GraphFormatArg>,
    file: Option<&Path>,
) -> Result<GraphFormat, Box<Msg>> {
    let chosen = arg.map(|a| match a {
        GraphFormatArg::Graphml => GraphFormat::Graphml,
        GraphFormatArg::Gexf => GraphFormat::Gexf,
        GraphFormatArg::Dot => GraphFormat::Dot,
        GraphFormatArg::Json => GraphFormat::Json,
    });
    let Some(ext) = extension(file) else {
        return Ok(chosen.unwrap_or_default());
    };
    let by_ext = GRAPH_EXTENSIONS
        .iter()
        .find(|(e, _)| *e == ext)
        .map(|&(_, f)| f);
    let is_contacts = CONTACT_EXTENSIONS.iter().any(|(e, _)| *e == ext);
    match (chosen, by_ext) {
        (Some(c), Some(e)) if c != e => Err(Box::new(Msg::FormatDisagrees {
            format: c.extension(),
            ext,
            want: c.extension(),
        })),
        (_, Some(e)) => Ok(e),
        (None, None) => Err(Box::new(if is_contacts {
            Msg::OtherKindOfExport { ext, graph: false }
        } else {
            Msg::UnknownExtension { ext, graph: true }
        })),
        (Some(c), None) => Ok(c),
    }
}

fn contact_name(f: ContactFormat) -> &'static str {
    match f {
        ContactFormat::Csv => "csv",
        ContactFormat::Vcard => "vcard",
        ContactFormat::Markdown => "markdown",
        ContactFormat::Xlsx => "xlsx",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contacts(arg: Option<ContactFormatArg>, file: &str) -> Result<ContactFormat, String> {
        contact_format(arg, Some(Path::new(file))).map_err(|m| m.en())
    }

    #[test]
    fn the_extension_chooses_and_unknown_ones_are_errors() {
        assert_eq!(contacts(None, "名簿.XLSX"), Ok(ContactFormat::Xlsx));
        assert_eq!(contacts(None, "a.vcf"), Ok(ContactFormat::Vcard));
        assert_eq!(contacts(None, "noext"), Ok(ContactFormat::Csv));
        assert_eq!(contact_format(None, None), Ok(ContactFormat::Csv));
        let tsv = contacts(None, "a.tsv").unwrap_err();
        assert!(tsv.contains("does not write `.tsv`"), "{tsv}");
        assert!(tsv.contains("xlsx (.xlsx), csv (.csv)"), "{tsv}");
        let graph = contacts(None, "a.graphml").unwrap_err();
        assert!(graph.contains("use `renkei export graph`"), "{graph}");
        assert_eq!(
            contacts(Some(ContactFormatArg::Csv), "a.txt"),
            Ok(ContactFormat::Csv)
        );
        let clash = contacts(Some(ContactFormatArg::Csv), "a.xlsx").unwrap_err();
        assert!(
            clash.contains("--format csv disagrees with the extension `.xlsx`"),
            "{clash}"
        );
    }

    #[test]
    fn graph_extensions_follow_the_same_rules() {
        let g = |arg, f: &str| graph_format(arg, Some(Path::new(f))).map_err(|m| m.en());
        assert_eq!(g(None, "a.gv"), Ok(GraphFormat::Dot));
        assert!(
            g(None, "a.net")
                .unwrap_err()
                .contains("does not write `.net`")
        );
        assert!(
            g(None, "a.csv")
                .unwrap_err()
                .contains("use `renkei export contacts`")
        );
        assert!(g(Some(GraphFormatArg::Dot), "a.json").is_err());
        assert_eq!(
            g(Some(GraphFormatArg::Json), "a.json"),
            Ok(GraphFormat::Json)
        );
    }
}
