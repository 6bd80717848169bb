//! `renkei generate OUT` (hidden): a synthetic data directory for
//! benchmarks, or why it could not be written.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;

use super::Status;
use crate::msg::{Lang, Msg};

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Folder to write into; existing files are never overwritten.
    pub out: PathBuf,
    /// Number of networks.
    #[arg(long, default_value_t = 3000)]
    pub networks: usize,
    /// Average members per network.
    #[arg(long, default_value_t = 33)]
    pub members: usize,
    /// Seed; the same seed gives the same files.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

/// Writes the files; on failure says why on stderr.
#[must_use]
pub fn run(a: &GenerateArgs, lang: Lang) -> Status {
    let spec = crate::synth::Spec {
        networks: a.networks,
        members: a.members,
        seed: a.seed,
    };
    match crate::synth::generate(&a.out, spec) {
        Ok(()) => Status::Clean,
        Err(e) => {
            let m = Msg::GenerateFailed {
                dir: crate::text::sanitize(&a.out.display().to_string()).into_owned(),
                error: Box::new(Msg::io(&e)),
            };
            let _ = writeln!(io::stderr(), "renkei: {}", m.render(lang));
            Status::Failure
        }
    }
}
