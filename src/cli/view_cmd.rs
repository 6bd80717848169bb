//! What `table` and `matrix` share: their options, and running one of
//! them — load, filter, build the model, print it in the chosen format.
//! Each command supplies only its model and its three printers.

use std::io::{self, Write};

use clap::Args;
use serde::Serialize;

use super::cells::{ViewFormat, output_width};
use super::filters::{FilterArgs, Report, report_view};
use super::{DataArgs, Out, Status};
use crate::graph::View;
use crate::msg::Lang;
use crate::present::{describe, describe_in};

// The options of a view command. No doc comment: clap would show it in
// place of each subcommand's own.
#[derive(Debug, Args)]
pub struct ViewArgs {
    #[command(flatten)]
    pub data: DataArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output format (JSON: see docs/views.md).
    #[arg(long, value_enum, default_value_t = ViewFormat::Text)]
    pub format: ViewFormat,
    /// Text width in terminal cells (default: $COLUMNS, else 100).
    #[arg(long, value_name = "CELLS")]
    pub width: Option<usize>,
}

/// What a printer is told besides its model: the filters in words and
/// the language of its headings and legends.
pub struct Heading<'a> {
    pub scope: &'a str,
    pub lang: Lang,
}

/// How a command prints its model `M`.
pub struct Printers<W, M> {
    /// Fits `width` cells.
    pub text: fn(&mut W, &M, &Heading<'_>, usize) -> io::Result<()>,
    pub markdown: fn(&mut W, &M, &Heading<'_>) -> io::Result<()>,
    pub csv: fn(&mut W, &M) -> io::Result<()>,
}

/// The JSON form: the scope, then the model's own fields.
#[derive(Serialize)]
struct Json<'a, M> {
    scope: String,
    #[serde(flatten)]
    model: &'a M,
}

/// Runs a view command: the model `build` makes of the filtered view,
/// written to `out` in `args.format`.
///
/// # Errors
/// Only errors writing `out`.
pub fn run_view<W: Write, M: Serialize>(
    args: &ViewArgs,
    out: &mut W,
    errout: Out,
    build: fn(&View<'_>) -> M,
    print: &Printers<W, M>,
) -> io::Result<Status> {
    report_view(&args.data, &args.filter, errout, |view| {
        let model = build(view);
        let shown = view.networks().len();
        let scope = describe_in(view.filter(), shown, errout.lang);
        let head = Heading {
            scope: &scope,
            lang: errout.lang,
        };
        match args.format {
            ViewFormat::Text => (print.text)(out, &model, &head, output_width(args.width))?,
            ViewFormat::Markdown => (print.markdown)(out, &model, &head)?,
            ViewFormat::Csv => (print.csv)(out, &model)?,
            ViewFormat::Json => {
                let json = Json {
                    scope: describe(view.filter(), shown),
                    model: &model,
                };
                crate::text::write_json(&mut *out, &json)?;
                writeln!(out)?;
            }
        }
        Ok(Report::Written)
    })
}
