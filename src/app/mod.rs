//! The browser app: a thin Yew layer over `crate::model` and `crate::io`.
//! State is plain data changed by one pure reducer (`store`); components are small and take typed
//! props. The web-free parts (chart descriptions, layouts, number formats)
//! compile natively too, so `cargo test` covers them; everything that touches
//! the DOM is compiled for wasm32 only.

pub mod charts;
pub mod compare_rows;
pub mod format;
pub mod jobs;
pub mod kpi_cards;
pub mod kpi_notes;
pub mod published;
pub mod qr;
pub mod room;
pub mod shown_band;
pub mod slide;
pub mod slide_cards;
pub mod store;
pub mod summary;

/// Declares modules that touch the DOM: compiled for wasm32 only.
macro_rules! web_only {
    ($($vis:vis mod $name:ident;)*) => {
        $(#[cfg(target_arch = "wasm32")] $vis mod $name;)*
    };
}

/// Declares the components the first paint shows: compiled for wasm32, and
/// natively with the feature `ssr` (Yew's server rendering, src/bin/first_paint.rs).
/// Rendering them on the server runs no effect, so they call no browser API
/// while rendering.
macro_rules! web_or_ssr {
    ($($vis:vis mod $name:ident;)*) => {
        $(#[cfg(any(target_arch = "wasm32", feature = "ssr"))] $vis mod $name;)*
    };
}

web_or_ssr! {
    pub mod kpi;
    pub mod summary_view;
}

/// The first screen as the page shows it before any script (native only).
#[cfg(all(not(target_arch = "wasm32"), feature = "ssr"))]
pub mod first_paint;

web_only! {
    pub mod address;
    pub mod assets;
    pub mod band;
    pub mod boot;
    pub mod chart_slots;
    pub mod citydata;
    pub mod compare;
    pub mod decks;
    pub mod explain;
    pub mod analysis;
    pub mod exports;
    pub mod files;
    pub mod handout;
    pub mod header;
    pub mod keep_solving;
    pub mod levers;
    pub mod library;
    pub mod markdown;
    pub mod modelref_params;
    pub mod modelref;
    pub mod offline;
    pub mod panel;
    pub mod present;
    pub mod present_hooks;
    pub mod presenter;
    pub mod print;
    pub mod print_menu;
    pub mod qrdialog;
    pub mod record_chart;
    pub mod region_notes;
    pub mod region_panel;
    mod root;
    pub mod seek;
    pub mod seek_answer;
    pub mod seek_rules;
    pub mod slide_fit;
    pub mod slide_head;
    pub mod slide_numbers;
    pub mod slide_pins;
    pub mod start;
    pub mod state;
    pub mod storage;
    pub mod story;
    pub mod tornado;
    pub mod tabs;
    pub mod text_field;
    pub mod undo_keys;
    pub mod worker;
}

#[cfg(target_arch = "wasm32")]
pub use start::start;
