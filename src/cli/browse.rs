//! `renkei [DIR]` / `renkei browse [DIR]`: the terminal browser, or a
//! clear message when there is no terminal to run it in.

use std::io::{self, IsTerminal, Write};

use super::{BrowseArgs, ColorChoice, Status};
use crate::msg::{Msg, NoTerminal};
use crate::tui::{self, labels::Lang};

/// Runs the browser on a terminal; exit status 2 without one.
#[must_use]
pub fn run(args: &BrowseArgs, color: ColorChoice, lang: Lang) -> Status {
    let which = match (io::stdin().is_terminal(), io::stdout().is_terminal()) {
        (true, true) => None,
        (false, true) => Some(NoTerminal::Stdin),
        (true, false) => Some(NoTerminal::Stdout),
        (false, false) => Some(NoTerminal::Neither),
    };
    if let Some(which) = which {
        let _ = writeln!(
            io::stderr(),
            "renkei: {}\n{}",
            Msg::BrowseNeedsTerminal { which }.render(lang),
            Msg::BrowseUseSubcommand.render(lang)
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
        Err(e) => {
            let _ = writeln!(
                io::stderr(),
                "renkei: {}",
                crate::text::sanitize(&e.render(lang))
            );
            Status::Failure
        }
    }
}
