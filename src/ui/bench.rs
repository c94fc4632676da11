//! `footprint bench-window`: runs the real window and measures what users feel: time
//! from launch to the first frame, frame times of every view with a large footprint, and
//! the longest frame while an export loads. Frame time is eframe's CPU time per frame
//! (`Frame::info().cpu_usage`), the part the app controls.

use std::time::{Duration, Instant};

use super::app::{FootprintApp, Page};
use crate::chart::Topic;

/// Frames drawn before measuring a view (first frames build charts and layouts).
const WARM_UP_FRAMES: u32 = 5;

pub enum Mode {
    /// Visit every view, `frames` measured frames each (without data: the start screen's
    /// launch time only, then the empty views).
    Views { frames: u32 },
    /// Measure every frame until the load started at launch ends.
    Load,
}

pub struct WindowBench {
    launched: Instant,
    mode: Mode,
    first_frame: Option<Duration>,
    calls: u64,
    view: usize,
    in_view: u32,
    samples: Vec<(String, Vec<f32>)>,
    load_samples: Vec<f32>,
    load_started: bool,
    finished: bool,
}

impl WindowBench {
    pub fn new(launched: Instant, mode: Mode) -> Self {
        Self {
            launched,
            mode,
            first_frame: None,
            calls: 0,
            view: 0,
            in_view: 0,
            samples: Vec::new(),
            load_samples: Vec::new(),
            load_started: false,
            finished: false,
        }
    }

    /// Called at the start of every frame.
    pub fn frame(&mut self, app: &mut FootprintApp, ctx: &egui::Context, frame: &eframe::Frame) {
        self.calls += 1;
        if self.calls == 2 {
            // The first frame has been drawn and presented once the second begins.
            self.first_frame = Some(self.launched.elapsed());
        }
        ctx.request_repaint();
        if self.finished {
            return;
        }
        let cpu = frame.info().cpu_usage;
        match self.mode {
            Mode::Load => {
                if app.is_loading() {
                    self.load_started = true;
                    if let Some(cpu) = cpu {
                        self.load_samples.push(cpu);
                    }
                } else if self.load_started || self.calls > 120 {
                    self.finish(ctx);
                }
            }
            Mode::Views { frames } => {
                if app.is_loading() {
                    return;
                }
                let topics: Vec<Topic> = Topic::ALL
                    .into_iter()
                    .filter(|t| *t != Topic::Payments || app.derived().has_payments())
                    .collect();
                let Some(&topic) = topics.get(self.view) else {
                    self.finish(ctx);
                    return;
                };
                if self.samples.len() <= self.view {
                    app.set_page(Page::Topic(topic));
                    self.in_view = 0;
                    // The measurements are printed for developers: in English.
                    let name = crate::i18n::with_language(crate::i18n::Lang::En, || {
                        topic.title().to_string()
                    });
                    self.samples.push((name, Vec::new()));
                    return;
                }
                self.in_view += 1;
                if self.in_view > WARM_UP_FRAMES
                    && let (Some(cpu), Some(last)) = (cpu, self.samples.last_mut())
                {
                    last.1.push(cpu);
                }
                if self.in_view >= WARM_UP_FRAMES + frames {
                    self.view += 1;
                }
            }
        }
    }

    fn finish(&mut self, ctx: &egui::Context) {
        self.finished = true;
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "launch to first frame: {:.0} ms",
            self.first_frame.map_or(f64::NAN, ms)
        );
        for (view, samples) in &self.samples {
            let (median, p95, max) = stats(samples);
            println!(
                "{view:<20} frames {:>4}  median {median:>6.2} ms  p95 {p95:>6.2} ms  max {max:>6.2} ms",
                samples.len()
            );
        }
        if matches!(self.mode, Mode::Load) {
            let (median, p95, max) = stats(&self.load_samples);
            println!(
                "while loading: frames {}  median {median:.2} ms  p95 {p95:.2} ms  longest {max:.2} ms",
                self.load_samples.len()
            );
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

/// (median, 95th percentile, max) in milliseconds.
fn stats(seconds: &[f32]) -> (f64, f64, f64) {
    if seconds.is_empty() {
        return (f64::NAN, f64::NAN, f64::NAN);
    }
    let mut ms: Vec<f64> = seconds.iter().map(|s| f64::from(*s) * 1000.0).collect();
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.95), at(1.0))
}
