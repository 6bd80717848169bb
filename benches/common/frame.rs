//! One browser frame timed two ways, shared by the frame benchmarks: the
//! views alone into a buffer, and through `Terminal` on a blank previous
//! frame (what a redraw after a scroll costs).

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use renkei::tui::app::App;
use renkei::tui::views::Screen;

/// The views' own cost of one `width`×`height` frame.
pub fn render(bencher: divan::Bencher, app: &App, width: u16, height: u16) {
    let area = Rect::new(0, 0, width, height);
    bencher
        .with_inputs(|| Buffer::empty(area))
        .bench_local_refs(|buf| (&Screen(app)).render(area, buf));
}

/// One frame through `Terminal`, diffing against a blank previous frame.
pub fn terminal_draw(bencher: divan::Bencher, app: &App, width: u16, height: u16) {
    bencher
        .with_inputs(|| Terminal::new(TestBackend::new(width, height)).expect("terminal"))
        .bench_local_refs(|t| {
            t.draw(|f| f.render_widget(&Screen(app), f.area()))
                .expect("draw")
                .area
                .width
        });
}
