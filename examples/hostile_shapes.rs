//! Writes the hostile shapes of docs/security.md at a given size, one
//! folder each, for timing `renkei check` on them:
//!
//! ```sh
//! cargo run --release --example hostile_shapes -- /tmp/shapes 16777216
//! for d in /tmp/shapes/*/; do
//!   /usr/bin/time -f "%e s %U user %S sys %M KB" target/release/renkei check "$d" > /dev/null
//! done
//! ```
//!
//! The size is per shape (bytes; default the 16 MiB file-size limit); each
//! file stays within it, and the many-files shape spreads it over files of
//! about 300 bytes.

#[path = "../benches/common/shapes.rs"]
mod shapes;

use std::path::PathBuf;

use shapes::Shape;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next().map(PathBuf::from) else {
        eprintln!("usage: hostile_shapes OUT_DIR [BYTES] [SHAPE…]");
        std::process::exit(2);
    };
    let bytes = match args.next() {
        Some(b) => b.parse().unwrap_or_else(|_| {
            eprintln!("BYTES must be a number, not {b}");
            std::process::exit(2);
        }),
        None => 16 * 1024 * 1024,
    };
    let only: Vec<String> = args.collect();
    for shape in Shape::ALL {
        if !only.is_empty() && !only.iter().any(|n| n == shape.name()) {
            continue;
        }
        let dir = out.join(shape.name());
        // Never writes into what is already there.
        if dir.exists() {
            eprintln!("{} exists; remove it or give another folder", dir.display());
            std::process::exit(2);
        }
        let units = shape.write(&dir, bytes)?;
        println!("{}\t{units}\t{}", shape.name(), dir.display());
    }
    Ok(())
}
