//! A chart as an SVG document, with the caption the PNG export carries
//! (title, subtitle, legend, version stamp). Text is SVG text in the system's
//! fonts (`FONT`: PingFang SC, Microsoft YaHei, Noto Sans CJK SC), no font
//! embedded; one SVG unit is one css pixel.

use crate::caption::{self, Caption, Legend};
use crate::cities::{self, Cities};
use crate::draw;
use crate::either::Either;
use crate::i18n::Lang;
use crate::spec::ChartSpec;
use crate::style::Measure;
use plotters::prelude::*;
use plotters::style::text_anchor::Pos;
use plotters::style::{FontFamily, FontStyle, FontTransform};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};

/// The backend a binary drawing on `X` (the app's canvas) and writing SVG
/// draws both with: the chart code is compiled once (`either.rs`).
pub type Beside<X> = Either<X, CssFonts<SVGBackend<'static>>>;

/// What stands beside the SVG where nothing else is drawn (the command line).
pub type Only = CssFonts<SVGBackend<'static>>;

/// A line chart `css_w` × `css_h` css px under its caption.
pub fn chart(
    spec: &ChartSpec,
    lang: Lang,
    css_w: f64,
    css_h: f64,
    caption: &Caption,
    measure: Measure,
) -> Result<String, String> {
    chart_beside::<Only>(spec, lang, css_w, css_h, caption, measure)
}

/// The 11 cities' small multiples `css_w` css px wide under their caption.
pub fn cities(data: &Cities, css_w: f64, caption: &Caption, measure: Measure) -> Result<String, String> {
    cities_beside::<Only>(data, css_w, caption, measure)
}

/// `chart`, drawn through `Beside<X>` (one copy of the chart code for a binary that also draws on `X`).
pub fn chart_beside<X: DrawingBackend>(
    spec: &ChartSpec,
    lang: Lang,
    css_w: f64,
    css_h: f64,
    caption: &Caption,
    measure: Measure,
) -> Result<String, String> {
    let legend = Legend::of(spec, lang);
    let layout = caption::layout(&legend, css_w, css_h, measure);
    write::<X>(&layout, |root| {
        caption::draw(root, caption, &legend, &layout, 1.0, |area| {
            draw::draw(area, spec, lang, 1.0, measure).map(|_| ())
        })
    })
}

/// `cities`, drawn through `Beside<X>`.
pub fn cities_beside<X: DrawingBackend>(
    data: &Cities,
    css_w: f64,
    caption: &Caption,
    measure: Measure,
) -> Result<String, String> {
    let legend = data.legend();
    let layout = caption::layout(&legend, css_w, data.height(css_w), measure);
    write::<X>(&layout, |root| {
        caption::draw(root, caption, &legend, &layout, 1.0, |area| {
            cities::draw(area, data, css_w, 1.0, measure).map(|_| ())
        })
    })
}

/// The chart alone, `css_w` × `css_h` css px, as the screen's canvas shows
/// it (the page around it gives the title and the legend): the app's first
/// paint draws its headline charts so, inline in index.html.
pub fn plot(spec: &ChartSpec, lang: Lang, css_w: f64, css_h: f64, measure: Measure) -> Result<String, String> {
    write_sized::<Only>((css_w.round() as u32, css_h.round() as u32), |root| {
        draw::draw(root, spec, lang, 1.0, measure).map(|_| ())
    })
}

fn write<X: DrawingBackend>(
    layout: &caption::Layout,
    paint: impl FnOnce(&DrawingArea<Either<X, CssFonts<SVGBackend>>, plotters::coord::Shift>) -> Result<(), String>,
) -> Result<String, String> {
    write_sized::<X>((layout.width.round() as u32, layout.height.round() as u32), paint)
}

fn write_sized<X: DrawingBackend>(
    size: (u32, u32),
    paint: impl FnOnce(&DrawingArea<Either<X, CssFonts<SVGBackend>>, plotters::coord::Shift>) -> Result<(), String>,
) -> Result<String, String> {
    let mut out = String::new();
    {
        let root = Either::B(CssFonts(SVGBackend::with_string(&mut out, size))).into_drawing_area();
        paint(&root)?;
        root.present().map_err(crate::style::err)?;
    }
    Ok(out)
}

/// plotters' SVG backend writes a font `size` as `font-size = size / 1.24`,
/// the canvas backend as `size` px: this backend hands the SVG backend sizes
/// 1.24 times larger, so a label is as large in the SVG as on the canvas.
pub struct CssFonts<B>(B);

/// plotters-svg's divisor of font sizes.
const SVG_FONT_DIVISOR: f64 = 1.24;

struct Scaled<'a, S>(&'a S);

impl<S: BackendTextStyle> BackendTextStyle for Scaled<'_, S> {
    type FontError = S::FontError;
    fn color(&self) -> BackendColor {
        self.0.color()
    }
    fn size(&self) -> f64 {
        self.0.size() * SVG_FONT_DIVISOR
    }
    fn transform(&self) -> FontTransform {
        self.0.transform()
    }
    fn style(&self) -> FontStyle {
        self.0.style()
    }
    fn anchor(&self) -> Pos {
        self.0.anchor()
    }
    fn family(&self) -> FontFamily<'_> {
        self.0.family()
    }
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), S::FontError> {
        self.0.layout_box(text)
    }
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        text: &str,
        pos: BackendCoord,
        draw: F,
    ) -> Result<Result<(), E>, S::FontError> {
        self.0.draw(text, pos, draw)
    }
}

type Drawn<B> = Result<(), DrawingErrorKind<<B as DrawingBackend>::ErrorType>>;

impl<B: DrawingBackend> DrawingBackend for CssFonts<B> {
    type ErrorType = B::ErrorType;
    fn get_size(&self) -> (u32, u32) {
        self.0.get_size()
    }
    fn ensure_prepared(&mut self) -> Drawn<B> {
        self.0.ensure_prepared()
    }
    fn present(&mut self) -> Drawn<B> {
        self.0.present()
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn<B> {
        self.0.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Drawn<B> {
        self.0.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(&mut self, a: BackendCoord, b: BackendCoord, style: &S, fill: bool) -> Drawn<B> {
        self.0.draw_rect(a, b, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Drawn<B> {
        self.0.draw_path(path, style)
    }
    fn draw_circle<S: BackendStyle>(&mut self, c: BackendCoord, r: u32, style: &S, fill: bool) -> Drawn<B> {
        self.0.draw_circle(c, r, style, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vert: I, style: &S) -> Drawn<B> {
        self.0.fill_polygon(vert, style)
    }
    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, style: &T, pos: BackendCoord) -> Drawn<B> {
        self.0.draw_text(text, &Scaled(style), pos)
    }
    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Drawn<B> {
        self.0.blit_bitmap(pos, size, src)
    }
}
