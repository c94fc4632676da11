//! Footprint: see what your messaging apps know about you.
//!
//! The pipeline, each stage depending only on those before it:
//! [`input`] (paths, folders, zips, text decoding) → [`import`] (recognise and read each
//! export layout) → [`model`] (the unified footprint) → [`analysis`] (pure functions to
//! summaries and chart data) → [`chart`] (charts, drawn on screen and to PNG/SVG) →
//! [`ui`] and [`cli`]. Texts people read come from [`i18n`], the one reader of the
//! translations in `assets/i18n/`.

pub mod analysis;
pub mod assets;
pub mod chart;
pub mod cli;
pub mod generate;
pub mod i18n;
pub mod import;
pub mod input;
pub mod model;
pub mod samples;
pub mod ui;
