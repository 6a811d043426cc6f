//! One backend type for two surfaces: a binary that draws charts on a
//! canvas and writes them as SVG (the app) draws both through `Either`, so
//! the chart code (`draw`, `caption`, `cities`, plotters' own generic chart
//! machinery) is compiled once for it instead of once per backend. Each call
//! is one `match` on the way to the real backend.

use plotters::prelude::DrawingBackend;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};

/// The canvas (or any backend `A`) or the SVG (`B`).
pub enum Either<A, B> {
    A(A),
    B(B),
}

/// Either backend's error, as its message.
#[derive(Debug)]
pub struct EitherError(String);

impl std::fmt::Display for EitherError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for EitherError {}

fn conv<E: std::error::Error + Send + Sync>(e: DrawingErrorKind<E>) -> DrawingErrorKind<EitherError> {
    match e {
        DrawingErrorKind::DrawingError(e) => DrawingErrorKind::DrawingError(EitherError(e.to_string())),
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    }
}

type Drawn = Result<(), DrawingErrorKind<EitherError>>;

macro_rules! both {
    ($self:ident, $b:ident => $call:expr) => {
        match $self {
            Either::A($b) => $call.map_err(conv),
            Either::B($b) => $call.map_err(conv),
        }
    };
}

impl<A: DrawingBackend, B: DrawingBackend> DrawingBackend for Either<A, B> {
    type ErrorType = EitherError;
    fn get_size(&self) -> (u32, u32) {
        match self {
            Either::A(a) => a.get_size(),
            Either::B(b) => b.get_size(),
        }
    }
    fn ensure_prepared(&mut self) -> Drawn {
        both!(self, b => b.ensure_prepared())
    }
    fn present(&mut self) -> Drawn {
        both!(self, b => b.present())
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        both!(self, b => b.draw_pixel(point, color))
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Drawn {
        both!(self, b => b.draw_line(from, to, style))
    }
    fn draw_rect<S: BackendStyle>(&mut self, a: BackendCoord, c: BackendCoord, style: &S, fill: bool) -> Drawn {
        both!(self, b => b.draw_rect(a, c, style, fill))
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Drawn {
        both!(self, b => b.draw_path(path, style))
    }
    fn draw_circle<S: BackendStyle>(&mut self, c: BackendCoord, r: u32, style: &S, fill: bool) -> Drawn {
        both!(self, b => b.draw_circle(c, r, style, fill))
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vert: I, style: &S) -> Drawn {
        both!(self, b => b.fill_polygon(vert, style))
    }
    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, style: &T, pos: BackendCoord) -> Drawn {
        both!(self, b => b.draw_text(text, style, pos))
    }
    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<EitherError>> {
        both!(self, b => b.estimate_text_size(text, style))
    }
    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Drawn {
        both!(self, b => b.blit_bitmap(pos, size, src))
    }
}
