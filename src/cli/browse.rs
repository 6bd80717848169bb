//! `renkei [DIR]` / `renkei browse [DIR]`: the terminal browser, or a
//! clear message when there is no terminal to run it in.

use std::io::{self, IsTerminal, Write};

use super::{BrowseArgs, ColorChoice, Status};
use crate::tui::{self, TuiError, labels::Lang};

const NO_TERMINAL: &str = "Use a subcommand instead:
  renkei check [DIR]        problems in the data, as FILE:LINE:COLUMN
  renkei stats [DIR]        networks per prefecture and program
  renkei entities [DIR]     organisations, people and positions
  renkei overlap [DIR]      shared members between networks
  renkei keypersons [DIR]   bridges between networks and programs
  renkei network ID [DIR]   one network and where its members also sit
  renkei export ...         contact lists and graph files
  renkei schema             JSON Schema for editors
See `renkei --help`.";

/// Runs the browser on a terminal; exit status 2 without one.
#[must_use]
pub fn run(args: &BrowseArgs, color: ColorChoice, lang: Lang) -> Status {
    let which = match (io::stdin().is_terminal(), io::stdout().is_terminal()) {
        (true, true) => None,
        (false, true) => Some("standard input is not one (the keys are read from it)"),
        (true, false) => Some("standard output is not one"),
        (false, false) => Some("neither standard input nor standard output is one"),
    };
    if let Some(which) = which {
        let _ = writeln!(
            io::stderr(),
            "renkei: the browser needs a terminal, and {which}.\n{NO_TERMINAL}"
        );
        return Status::Failure;
    }
    let opts = tui::Options {
        dir: args.data.dir.clone(),
        lang,
        color: color.style(true).color,
        load: args.data.options(),
    };
    match tui::run(&opts) {
        Ok(()) => Status::Clean,
        Err(TuiError::Load(e)) => {
            let _ = writeln!(
                io::stderr(),
                "renkei: {}",
                crate::text::sanitize(&e.render(lang))
            );
            Status::Failure
        }
        Err(e) => {
            let _ = writeln!(io::stderr(), "renkei: {e}");
            Status::Failure
        }
    }
}
