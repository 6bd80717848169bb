//! The `renkei` binary: parse arguments and hand over to the library.

use std::process::ExitCode;

// Loading allocates millions of short strings; mimalloc makes the whole
// run about a fifth faster than the system allocator (docs/performance.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    renkei::cli::main()
}
