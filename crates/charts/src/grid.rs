//! Where each of the 11 cities' small multiples goes, in css pixels. Pure
//! arithmetic, so the layout is tested natively; `cities.rs` draws into it.
//!
//! Every panel has its own header above its own plot: the city's name on the
//! first line, the values ("1.81 → 1.63") on the second. Two lines rather
//! than one so a long name ("金华 · 填补", "Lishui · filled") never runs into
//! the values, at any width. The grid grows downwards (the canvas takes the
//! height given here), so no row is ever cut off.

/// A box in css pixels, origin at the canvas's top left.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    /// True if the two boxes share any area (touching edges do not count).
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.right() && o.x < self.right() && self.y < o.bottom() && o.y < self.bottom()
    }

    /// True if `o` lies wholly inside `self` (half a pixel of rounding allowed).
    pub fn contains(&self, o: &Rect) -> bool {
        o.x >= self.x - 0.5
            && o.y >= self.y - 0.5
            && o.right() <= self.right() + 0.5
            && o.bottom() <= self.bottom() + 0.5
    }
}

/// Font sizes (css px) of the two header lines; `cities.rs` shrinks a line's
/// font below these only if its text would not fit the panel's width.
pub const NAME_PX: f64 = 15.0;
pub const VALUES_PX: f64 = 14.0;
/// The smallest font a header line may shrink to.
pub const MIN_PX: f64 = 10.0;
const LINE: f64 = 1.35;
const PAD: f64 = 8.0;
/// The narrowest a panel may be before the grid drops a column.
const MIN_PANEL_W: f64 = 150.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Panel {
    /// The whole cell; nothing of this city is drawn outside it.
    pub cell: Rect,
    /// The line box of the city's name (first header line).
    pub name: Rect,
    /// The line box of the values (second header line).
    pub values: Rect,
    /// Where the lines are plotted.
    pub plot: Rect,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Grid {
    pub cols: usize,
    pub rows: usize,
    /// Height the canvas must have for every row to show.
    pub height: f64,
    pub panels: Vec<Panel>,
}

/// The grid for `n` cities on a canvas `width` css pixels wide.
pub fn grid(width: f64, n: usize) -> Grid {
    let width = width.max(2.0 * MIN_PANEL_W * 0.7);
    let cols = ((width / MIN_PANEL_W).floor() as usize).clamp(2, 4);
    let rows = n.div_ceil(cols);
    let cell_w = width / cols as f64;
    let name_h = NAME_PX * LINE;
    let values_h = VALUES_PX * LINE;
    let plot_h = (cell_w * 0.45).clamp(70.0, 140.0);
    let cell_h = PAD + name_h + values_h + PAD / 2.0 + plot_h + PAD * 1.5;
    let panels = (0..n)
        .map(|i| {
            let (col, row) = ((i % cols) as f64, (i / cols) as f64);
            let cell = Rect { x: col * cell_w, y: row * cell_h, w: cell_w, h: cell_h };
            let inner_w = cell_w - 2.0 * PAD;
            let name = Rect { x: cell.x + PAD, y: cell.y + PAD, w: inner_w, h: name_h };
            let values = Rect { x: name.x, y: name.bottom(), w: inner_w, h: values_h };
            let plot = Rect { x: name.x, y: values.bottom() + PAD / 2.0, w: inner_w, h: plot_h };
            Panel { cell, name, values, plot }
        })
        .collect();
    Grid { cols, rows, height: rows as f64 * cell_h, panels }
}

/// The font size that makes text `measured` px wide at `size` fit `room` px.
pub fn fit_font(size: f64, measured: f64, room: f64) -> f64 {
    if measured <= room || measured <= 0.0 {
        size
    } else {
        (size * room / measured).floor().max(MIN_PX)
    }
}

/// Whether x tick `i` of `n` is labelled when only every `every`-th has
/// room: counted from the last, and the first always (a year axis keeps its
/// first and last years at any width): the lowest counted one moves to it.
pub fn shown_tick(i: usize, n: usize, every: usize) -> bool {
    let last = n.saturating_sub(1);
    let every = every.max(1);
    let lowest = last % every;
    if i == 0 {
        return true;
    }
    i <= last && (last - i) % every == 0 && (i != lowest || i == last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(width: f64) -> Grid {
        let g = grid(width, 11);
        assert_eq!(g.panels.len(), 11);
        let canvas = Rect { x: 0.0, y: 0.0, w: width.max(210.0), h: g.height };
        for (i, p) in g.panels.iter().enumerate() {
            assert!(canvas.contains(&p.cell), "panel {i} leaves the canvas at width {width}");
            for part in [p.name, p.values, p.plot] {
                assert!(p.cell.contains(&part), "part of panel {i} leaves its cell at width {width}");
            }
            assert!(!p.name.overlaps(&p.values) && !p.values.overlaps(&p.plot));
            // The header sits over its own plot: same column, directly above.
            assert_eq!(p.name.x, p.plot.x);
            assert!(p.name.bottom() <= p.plot.y);
            for (j, q) in g.panels.iter().enumerate().skip(i + 1) {
                assert!(!p.cell.overlaps(&q.cell), "panels {i} and {j} overlap at width {width}");
            }
        }
        g
    }

    #[test]
    fn every_city_gets_its_own_cell_with_its_header_above_its_plot_at_every_width() {
        for width in [240.0, 358.0, 420.0, 520.0, 640.0, 870.0, 1200.0, 1500.0] {
            check(width);
        }
    }

    #[test]
    fn narrow_screens_get_fewer_columns_and_the_canvas_grows_to_show_every_row() {
        let phone = check(358.0);
        assert_eq!((phone.cols, phone.rows), (2, 6));
        let wide = check(1200.0);
        assert_eq!((wide.cols, wide.rows), (4, 3));
        assert!(phone.height > wide.height, "six rows need more height than three");
        let last = phone.panels.last().unwrap();
        assert!(last.cell.bottom() <= phone.height + 1e-9, "the bottom row is not cut off");
    }

    #[test]
    fn a_header_too_wide_for_its_panel_gets_a_smaller_font_never_below_the_minimum() {
        assert_eq!(fit_font(15.0, 100.0, 120.0), 15.0);
        assert_eq!(fit_font(15.0, 150.0, 120.0), 12.0);
        assert_eq!(fit_font(15.0, 600.0, 120.0), MIN_PX);
    }

    /// Issue 23, item 9: at any width the year axis keeps its first and last
    /// years, and no two labelled ticks are closer than `every` − 1 apart.
    #[test]
    fn the_first_and_last_ticks_are_always_labelled() {
        for n in 2..14 {
            for every in 1..5 {
                let shown: Vec<usize> = (0..n).filter(|&i| shown_tick(i, n, every)).collect();
                assert_eq!((shown[0], *shown.last().unwrap()), (0, n - 1), "{n} ticks, every {every}: {shown:?}");
                assert!(shown.windows(2).all(|w| w[1] - w[0] >= every.min(n - 1).max(1)), "{n}/{every}: {shown:?}");
            }
        }
    }
}
