//! The `pairs` of the overlap JSON, rendered in parallel and written in
//! order.
//!
//! A national dataset has hundreds of millions of pairs, so each pair is
//! only copies of ready-made fragments, and blocks of rows are rendered
//! on every core while this thread writes the finished blocks in order.
//! Workers stay at most [`WINDOW`] blocks ahead of the writer, which bounds
//! memory whatever the speed of the output.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, mpsc};

use super::rows::Rows;
use super::{PairRef, View};
use crate::identity::EntityId;
use crate::text::json_escape_unsafe;
use serde::Serialize;

/// JSON of a value with every character that could drive a terminal
/// (DEL, C1 controls, bidirectional overrides) written as `\uXXXX`, which
/// serde_json leaves raw. Everything `write_json` writes from data goes
/// through here, so its output is safe to print without a second pass.
pub(super) fn safe_json<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    let text = serde_json::to_string(value).unwrap_or_default();
    json_escape_unsafe(&text).into_owned().into_bytes()
}

#[derive(Serialize)]
pub(super) struct Named<'a> {
    pub kind: &'static str,
    pub name: &'a str,
}

/// Rows per block.
const BLOCK: usize = 1;
/// Blocks rendered ahead of the writer, at most.
const WINDOW: usize = 4;
/// Shared counts and union sizes whose Jaccard text is made in advance.
const SMALL: (usize, usize) = (32, 512);

/// JSON text made once and copied many times.
struct Fragments {
    /// Per network: `"id","shared":[` (what follows `"b":`).
    mids: Vec<Vec<u8>>,
    /// Per entity that can be shared (in two or more of the view's
    /// networks): `{"kind":…,"name":…}`; empty for the others.
    entities: Vec<Vec<u8>>,
    /// Per (shared, union) below [`SMALL`]: `],"jaccard":…}`.
    tails: Vec<Vec<u8>>,
}

impl Fragments {
    fn new(view: &View) -> Self {
        let mut mids = vec![Vec::new(); view.dataset().networks.len()];
        for &n in view.networks() {
            let mut m = json(&view.network(n).id);
            m.extend_from_slice(b",\"shared\":[");
            mids[n as usize] = m;
        }
        let entities = (0u32..)
            .zip(view.resolved().entities())
            .map(|(e, entity)| {
                if view.networks_of(EntityId(e)).len() < 2 {
                    return Vec::new();
                }
                json(&Named {
                    kind: entity.kind.as_str(),
                    name: &entity.name,
                })
            })
            .collect();
        let tails = (0..SMALL.0 * SMALL.1)
            .map(|i| {
                let (shared, union) = (i / SMALL.1, i % SMALL.1);
                if shared == 0 || shared > union {
                    Vec::new()
                } else {
                    tail(jaccard(shared, union))
                }
            })
            .collect();
        Fragments {
            mids,
            entities,
            tails,
        }
    }

    /// Appends one pair, starting with `head` (`,\n    {"a":"id","b":`).
    fn pair(&self, buf: &mut Vec<u8>, head: &[u8], p: &PairRef) {
        buf.extend_from_slice(head);
        buf.extend_from_slice(&self.mids[p.b as usize]);
        for (i, &e) in p.shared.iter().enumerate() {
            if i > 0 {
                buf.push(b',');
            }
            buf.extend_from_slice(&self.entities[e.0 as usize]);
        }
        let (shared, union) = (p.shared.len(), p.size_a + p.size_b - p.shared.len());
        match self.tails.get(shared * SMALL.1 + union) {
            Some(t) if union < SMALL.1 && !t.is_empty() => buf.extend_from_slice(t),
            _ => buf.extend_from_slice(&tail(p.jaccard())),
        }
    }

    /// Renders the pairs of a block of rows.
    fn block(&self, view: &View, rows: &mut Rows<EntityId>, block: &[u32], buf: &mut Vec<u8>) {
        for &a in block {
            let mut head = b",\n    {\"a\":".to_vec();
            head.extend_from_slice(&json(&view.network(a).id));
            head.extend_from_slice(b",\"b\":");
            view.row(a, true, rows, |p| self.pair(buf, &head, &p));
        }
    }
}

#[allow(clippy::cast_precision_loss)]
fn jaccard(shared: usize, union: usize) -> f64 {
    shared as f64 / union as f64
}

fn tail(jaccard: f64) -> Vec<u8> {
    let mut t = b"],\"jaccard\":".to_vec();
    t.extend_from_slice(&json(&jaccard));
    t.push(b'}');
    t
}

fn json<T: serde::Serialize + ?Sized>(value: &T) -> Vec<u8> {
    safe_json(value)
}

/// Writes every pair of the view, one per line, each line but the first
/// starting with a comma; whether there was any.
pub(super) fn write_pairs<W: Write>(out: &mut W, view: &View) -> io::Result<bool> {
    let frags = Fragments::new(view);
    let blocks: Vec<&[u32]> = view.networks().chunks(BLOCK).collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(blocks.len());
    let mut writer = Ordered::new(out);
    if threads <= 1 {
        let mut rows = Rows::new(view.ov.network_count());
        for block in blocks {
            let mut buf = Vec::new();
            frags.block(view, &mut rows, block, &mut buf);
            writer.write(&buf)?;
        }
        return Ok(writer.any);
    }
    let gate = Gate::default();
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, Vec<u8>)>();
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                let tx = tx.clone();
                let (gate, next, blocks, frags) = (&gate, &next, &blocks, &frags);
                s.spawn(move || {
                    let mut rows = Rows::new(view.ov.network_count());
                    loop {
                        let j = next.fetch_add(1, Ordering::Relaxed);
                        let Some(block) = blocks.get(j) else { break };
                        if !gate.wait_turn(j) {
                            break;
                        }
                        let mut buf = gate.buffer();
                        frags.block(view, &mut rows, block, &mut buf);
                        if tx.send((j, buf)).is_err() {
                            break;
                        }
                    }
                })
            })
            .collect();
        drop(tx);
        let written = writer.drain(&rx, &gate, blocks.len());
        // A worker only panics on a bug; `drain` then reports the missing
        // blocks as an error rather than the whole run going down.
        for w in workers {
            let _ = w.join();
        }
        written
    })?;
    Ok(writer.any)
}

/// Writes blocks in order as they arrive.
struct Ordered<'w, W> {
    out: &'w mut W,
    any: bool,
}

impl<'w, W: Write> Ordered<'w, W> {
    fn new(out: &'w mut W) -> Self {
        Ordered { out, any: false }
    }

    /// Writes a block; the very first pair loses its leading comma.
    fn write(&mut self, buf: &[u8]) -> io::Result<()> {
        let buf = if self.any {
            buf
        } else {
            buf.get(1..).unwrap_or_default()
        };
        self.any |= !buf.is_empty();
        self.out.write_all(buf)
    }

    /// Receives blocks until every one is written, or writing failed.
    fn drain(
        &mut self,
        rx: &mpsc::Receiver<(usize, Vec<u8>)>,
        gate: &Gate,
        blocks: usize,
    ) -> io::Result<()> {
        let mut pending = BTreeMap::new();
        let mut expect = 0;
        let mut failed = None;
        for (j, buf) in rx {
            pending.insert(j, buf);
            while let Some(buf) = pending.remove(&expect) {
                expect += 1;
                if failed.is_none() {
                    failed = self.write(&buf).err();
                }
                gate.advance(expect, failed.is_some(), buf);
            }
        }
        match failed {
            Some(e) => Err(e),
            None if expect < blocks => Err(io::Error::other("internal error rendering pairs")),
            None => Ok(()),
        }
    }
}

/// Keeps workers at most [`WINDOW`] blocks ahead of the writer, and hands
/// written buffers back to them: fresh ones would be grown (copied) and
/// faulted in again for every block.
#[derive(Default)]
struct Gate {
    state: Mutex<(usize, bool)>,
    moved: Condvar,
    spare: Mutex<Vec<Vec<u8>>>,
}

impl Gate {
    /// Waits until block `j` may be rendered; false when writing failed.
    fn wait_turn(&self, j: usize) -> bool {
        let Ok(mut state) = self.state.lock() else {
            return false;
        };
        while !state.1 && j >= state.0 + WINDOW {
            match self.moved.wait(state) {
                Ok(s) => state = s,
                Err(_) => return false,
            }
        }
        !state.1
    }

    /// Blocks below `written` are out, `done` the buffer of the last;
    /// `failed` stops everyone.
    fn advance(&self, written: usize, failed: bool, mut done: Vec<u8>) {
        done.clear();
        if let Ok(mut spare) = self.spare.lock() {
            spare.push(done);
        }
        if let Ok(mut state) = self.state.lock() {
            *state = (written, failed);
        }
        self.moved.notify_all();
    }

    /// An empty buffer, with room from earlier blocks when there is one.
    fn buffer(&self) -> Vec<u8> {
        self.spare
            .lock()
            .ok()
            .and_then(|mut s| s.pop())
            .unwrap_or_default()
    }
}
