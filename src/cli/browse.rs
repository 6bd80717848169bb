//! `renkei [DIR]` / `renkei browse [DIR]`: the terminal browser, or a
//! clear message when there is no terminal to run it in.

use std::io::{self, IsTerminal, Write};
use std::path::Path;

use clap::CommandFactory;

use super::{BrowseArgs, Cli, ColorChoice, Status};
use crate::msg::{Msg, NoTerminal};
use crate::tui::{self, labels::Lang};

/// Runs the browser on a terminal; exit status 2 without one.
#[must_use]
pub fn run(args: &BrowseArgs, color: ColorChoice, lang: Lang) -> Status {
    // `renkei ovelap` is the folder `ovelap` to clap: a typo of a command
    // is named as one, before anything else can hide it.
    if let Some(command) = command_like(&args.data.dir) {
        let _ = writeln!(
            io::stderr(),
            "renkei: {}

  {}: {}",
            crate::text::sanitize(
                &Msg::NoSuchDir {
                    path: args.data.dir.display().to_string()
                }
                .render(lang)
            ),
            Msg::HelpLabel.render(lang),
            Msg::UsageFolderLikeCommand { command }.render(lang)
        );
        return Status::Failure;
    }
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

/// The subcommand a missing folder's name looks like a typo of: only a
/// bare name that is not there, and only as close as clap's own
/// suggestions (Jaro similarity over 0.8).
fn command_like(dir: &Path) -> Option<String> {
    if dir.components().count() != 1 || dir.exists() {
        return None;
    }
    let typed = dir.to_str()?;
    Cli::command()
        .get_subcommands()
        .map(|c| (strsim::jaro(typed, c.get_name()), c.get_name().to_owned()))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::command_like;
    use std::path::Path;

    #[test]
    fn a_missing_folder_named_like_a_command_is_taken_for_a_typo() {
        assert_eq!(
            command_like(Path::new("ovelap")).as_deref(),
            Some("overlap")
        );
        assert_eq!(command_like(Path::new("chekc")).as_deref(), Some("check"));
        // Folders that exist, paths and unlike names are folders.
        assert_eq!(command_like(Path::new("src")), None);
        assert_eq!(command_like(Path::new("data/ovelap")), None);
        assert_eq!(command_like(Path::new("高知のデータ")), None);
    }
}
