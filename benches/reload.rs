//! A background reload of 3,000 generated networks under a scripted
//! keyboard (a key every 5 ms): how long the longest key waited for the
//! event loop while the reload ran. The loop and script are those of
//! tests/tui_reload_loop.rs.
//!
//! Run with `cargo bench --bench reload`.

#[path = "../tests/tui_reload_loop.rs"]
mod reload_loop;

fn main() {
    for _ in 0..3 {
        let (longest, keys, took) = reload_loop::run(3_000);
        println!(
            "reload of 3,000 networks: {took:.2?}; {keys} keys handled meanwhile; longest wait {longest:.1?}"
        );
    }
}
