//! A writer that counts bytes instead of keeping them, so the exporters and
//! the overlap JSON are timed without the cost of storing their output.

use std::io::{self, Write};

#[derive(Default)]
pub struct Count(pub usize);

impl Write for Count {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
