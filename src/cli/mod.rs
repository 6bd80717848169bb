//! Command-line interface: argument types and one module per subcommand.

use std::process::ExitCode;

/// Entry point used by the binary.
#[must_use]
pub fn main() -> ExitCode {
    ExitCode::SUCCESS
}
