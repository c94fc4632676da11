//! The command line: `footprint summary`, `footprint charts`, `footprint gen`,
//! `footprint bench`, and (with no command) the desktop window.

mod bench;
pub mod charts;
mod gen_wechat;
mod report;

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::analysis::summarize;
use crate::generate::telegram::{
    GenOptions, write_export, write_html_export, write_html_single_chat, write_single_chat,
};
use crate::import::{LoadOutcome, Progress, load_paths};
use crate::input::OpenOptions;

/// Footprint: see what your messaging apps know about you. Reads Telegram, WhatsApp and
/// WeChat data exports locally; nothing leaves your computer.
#[derive(Debug, Parser)]
#[command(name = "footprint", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Exports to open in the window (files, folders or zips).
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print what the exports hold (see docs/summary-format.md for --json).
    Summary {
        /// Print JSON instead of a report.
        #[arg(long)]
        json: bool,
        /// Password for encrypted zip archives.
        #[arg(long)]
        password: Option<String>,
        /// Files, folders or zips.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Write every chart as an image (PNG, or SVG with --svg), as the app would save them.
    Charts(charts::ChartsArgs),
    /// Generate a realistic, deterministic sample export (invented data).
    #[command(subcommand)]
    Gen(GenCommand),
    /// Generate a large export and time `summary` on it (throughput and peak memory).
    Bench(bench::BenchArgs),
    /// Open the window and measure launch time and frame times (needs a display).
    BenchWindow {
        /// Visit every view with a generated footprint of this many messages.
        #[arg(long)]
        messages: Option<u64>,
        /// Measured frames per view.
        #[arg(long, default_value_t = 120)]
        frames: u32,
        /// Instead, measure every frame while this export loads.
        #[arg(long, conflicts_with = "messages")]
        load: Option<PathBuf>,
    },
}

/// Shared options of the generators.
#[derive(Debug, clap::Args)]
pub struct GenArgs {
    /// Messages and service events over all chats.
    #[arg(long, default_value_t = 1000)]
    messages: u64,
    /// Number of chats (besides two left ones).
    #[arg(long, default_value_t = 12)]
    chats: u32,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Write a single-chat export ("Export chat history") instead of a full one.
    #[arg(long)]
    single_chat: bool,
    /// Where to write (a file for JSON, a new folder for HTML); never overwritten.
    #[arg(long)]
    out: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum GenCommand {
    /// A Telegram Desktop export in machine-readable JSON (`result.json`).
    TelegramJson(GenArgs),
    /// The same export (same seed, same people and messages) in Telegram's HTML format.
    TelegramHtml(GenArgs),
    /// A WeChat Pay bill CSV (微信支付账单明细) with invented counterparties.
    WechatPaybill(gen_wechat::PaybillArgs),
    /// A MemoTrace chat export (private chat, group, official account, contacts.csv).
    WechatMemotrace(gen_wechat::MemoTraceArgs),
}

/// Runs a command (not the window).
pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Summary {
            json,
            password,
            paths,
        } => summary(&paths, password, json),
        Command::Gen(command) => {
            let (args, html) = match &command {
                GenCommand::TelegramJson(args) => (args, false),
                GenCommand::TelegramHtml(args) => (args, true),
                GenCommand::WechatPaybill(args) => return gen_wechat::paybill(args),
                GenCommand::WechatMemotrace(args) => return gen_wechat::memotrace(args),
            };
            let options = GenOptions {
                messages: args.messages,
                chats: args.chats,
                seed: args.seed,
            };
            let out = &args.out;
            let written = match (html, args.single_chat) {
                (false, false) => generate_file(&options, out),
                (false, true) => create_new(out).and_then(|file| write_single_chat(&options, file)),
                (true, false) => write_html_export(&options, out),
                (true, true) => write_html_single_chat(&options, out),
            };
            match written {
                Ok(stats) => {
                    eprintln!(
                        "wrote {} ({} MB, {} messages, {} service events)",
                        out.display(),
                        stats.bytes / 1_000_000,
                        stats.messages,
                        stats.service_events
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!(
                        "footprint: cannot write {:?}: {e}",
                        out.display().to_string()
                    );
                    ExitCode::from(1)
                }
            }
        }
        Command::Bench(args) => bench::run(&args),
        Command::Charts(args) => charts::run(&args),
        Command::BenchWindow {
            messages,
            frames,
            load,
        } => crate::ui::run_bench(crate::ui::BenchPlan {
            launched: std::time::Instant::now(),
            messages,
            frames,
            load,
        }),
    }
}

/// Writes a generated export to a new file.
pub fn generate_file(
    options: &GenOptions,
    out: &std::path::Path,
) -> std::io::Result<crate::generate::telegram::GenStats> {
    write_export(options, create_new(out)?)
}

/// Creates `path`, refusing to overwrite an existing file.
fn create_new(path: &std::path::Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}

/// Loads the paths for a command-line summary.
pub fn load_for_cli(paths: &[PathBuf], password: Option<String>) -> LoadOutcome {
    let options = OpenOptions {
        password,
        ..OpenOptions::default()
    };
    // Nothing cancels a command-line load, so it cannot fail.
    load_paths(paths, &options, &Progress::default()).unwrap_or_default()
}

fn summary(paths: &[PathBuf], password: Option<String>, json: bool) -> ExitCode {
    let outcome = load_for_cli(paths, password);
    let summary = summarize(&outcome);
    let mut stdout = std::io::stdout().lock();
    let written = if json {
        serde_json::to_writer_pretty(&mut stdout, &summary)
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(stdout))
    } else {
        report::write(&mut stdout, &summary, &outcome)
    };
    if let Err(e) = written {
        eprintln!("footprint: cannot write the summary: {e}");
        return ExitCode::from(1);
    }
    for u in &outcome.unrecognized {
        eprintln!("footprint: {}: {}", u.path, u.reason);
    }
    for e in &outcome.errors {
        eprintln!("footprint: {}", e.message);
    }
    exit_code(&outcome)
}

/// 1 when anything failed; else 0 when an export was recognised, 2 when none was.
pub fn exit_code(outcome: &LoadOutcome) -> ExitCode {
    if !outcome.errors.is_empty() {
        ExitCode::from(1)
    } else if outcome.footprint.sources.is_empty() {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}
