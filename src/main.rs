//! The `renkei` binary: parse arguments and hand over to the library.

use std::process::ExitCode;

fn main() -> ExitCode {
    renkei::cli::main()
}
