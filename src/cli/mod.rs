//! The command line: `footprint summary`, `footprint charts`, `footprint gen`,
//! `footprint bench`, and (with no command) the desktop window.

mod bench;
pub mod charts;
mod diff;
mod findings;
mod gen_wechat;
mod people;
mod report;
mod report_html;

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::analysis::owner::OwnerChoices;
use crate::analysis::summary::summarize_choosing;
use crate::generate::telegram::{
    GenOptions, write_export, write_html_export, write_html_single_chat, write_single_chat,
};
use crate::generate::whatsapp::{ChatGenOptions, write_chat};
use crate::import::{LoadOutcome, Progress, load_paths};
use crate::input::{DateOrder, OpenOptions};
use crate::model::WarningKind;

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
        /// Order of day, month and year in WhatsApp chat dates, when the file's own
        /// evidence should be overridden.
        #[arg(long, value_enum)]
        date_order: Option<DateOrderArg>,
        /// Who you are: `NAME` wherever someone of that name writes, or `SOURCE=NAME` for
        /// one source (its path or file name). Repeatable. Overrides what the exports say
        /// or the evidence decides.
        #[arg(long = "me", value_name = "[SOURCE=]NAME")]
        me: Vec<String>,
        /// Files, folders or zips.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// List the people the exports hold, merged across platforms (phone numbers, ids).
    People {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// Password for encrypted zip archives.
        #[arg(long)]
        password: Option<String>,
        /// Who you are (as for `summary`).
        #[arg(long = "me", value_name = "[SOURCE=]NAME")]
        me: Vec<String>,
        /// Files, folders or zips.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// What you can do about your footprint: idle sessions, address books, addresses,
    /// quiet groups, recurring payments ... each with how to act.
    Findings(findings::FindingsArgs),
    /// What changed between two exports of the same account (OLD, then NEW): sessions,
    /// devices, IP addresses, contacts, conversations, messages and payments.
    Diff(diff::DiffArgs),
    /// Write one self-contained HTML report: findings, every chart, the key tables and
    /// each source's notes (opens offline in any browser, prints well).
    Report(report_html::ReportArgs),
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

/// `--date-order` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum DateOrderArg {
    Dmy,
    Mdy,
    Ymd,
}

impl From<DateOrderArg> for DateOrder {
    fn from(arg: DateOrderArg) -> Self {
        match arg {
            DateOrderArg::Dmy => DateOrder::Dmy,
            DateOrderArg::Mdy => DateOrder::Mdy,
            DateOrderArg::Ymd => DateOrder::Ymd,
        }
    }
}

/// Options of `gen whatsapp-chat`.
#[derive(Debug, clap::Args)]
pub struct WhatsAppGenArgs {
    /// Header format, system wording and media markers: en-US, en-GB, de, es, fr, it,
    /// pt-BR, ru, nl, tr, id, ar, zh-CN, ios-en, ios-de.
    #[arg(long, default_value = "en-US")]
    locale: String,
    /// Messages and system lines.
    #[arg(long, default_value_t = 1000)]
    messages: u64,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The `.txt` file to write; never overwritten.
    #[arg(long)]
    out: PathBuf,
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
    /// Only valid JSON: leave out the `\xHH` escapes some Telegram versions write (the
    /// built-in sample is made so, and opens without warnings).
    #[arg(long)]
    clean: bool,
    /// The export as it would be at the end of this day (YYYY-MM-DD, between 2019 and
    /// 2024): a later date with the same seed is a later export of the same account (more
    /// messages and contacts, new sessions, some ended).
    #[arg(long, value_name = "DATE", value_parser = parse_as_of)]
    as_of: Option<i64>,
    /// Where to write (a file for JSON, a new folder for HTML); never overwritten.
    #[arg(long)]
    out: PathBuf,
}

/// `2023-06-30` as the Unix time of the last second of that day on the generated
/// exporting computer's clock (its dates are written in its local time).
fn parse_as_of(text: &str) -> Result<i64, String> {
    let day = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| format!("{text}: not a date as YYYY-MM-DD ({e})"))?;
    let end = day
        .and_hms_opt(23, 59, 59)
        .ok_or_else(|| format!("{text}: not a day"))?;
    Ok(end.and_utc().timestamp() - crate::generate::telegram::LOCAL_OFFSET_SECS)
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
    /// A WhatsApp "Export chat" text file of a group chat in a given locale.
    WhatsappChat(WhatsAppGenArgs),
    /// Telegram, WhatsApp (chats and account report) and WeChat exports of the same invented
    /// people, their phone numbers written each platform's way (for the People view).
    PeopleSet(PeopleSetArgs),
}

/// Options of `gen people-set`.
#[derive(Debug, clap::Args)]
pub struct PeopleSetArgs {
    /// Telegram messages (the other platforms get fewer).
    #[arg(long, default_value_t = 2000)]
    messages: u64,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// A new folder to write the exports into.
    #[arg(long)]
    out: PathBuf,
}

/// Runs a command (not the window).
pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Summary {
            json,
            password,
            date_order,
            me,
            paths,
        } => summary(&paths, password, date_order.map(DateOrder::from), &me, json),
        Command::People {
            json,
            password,
            me,
            paths,
        } => people::run(&paths, password, &me, json),
        Command::Findings(args) => findings::run(&args),
        Command::Report(args) => report_html::run(&args),
        Command::Diff(args) => diff::run(&args),
        Command::Gen(command) => {
            let (args, html) = match &command {
                GenCommand::TelegramJson(args) => (args, false),
                GenCommand::TelegramHtml(args) => (args, true),
                GenCommand::WechatPaybill(args) => return gen_wechat::paybill(args),
                GenCommand::WechatMemotrace(args) => return gen_wechat::memotrace(args),
                GenCommand::WhatsappChat(args) => return gen_whatsapp_chat(args),
                GenCommand::PeopleSet(args) => {
                    let written = crate::generate::cast::write_people_set(
                        &args.out,
                        args.messages,
                        args.seed,
                    );
                    return report_written(&args.out, written, |stats| {
                        format!(
                            "{} Telegram messages, {} WhatsApp lines, {} WeChat rows; {} people on all three platforms",
                            stats.telegram_messages,
                            stats.whatsapp_lines,
                            stats.wechat_messages,
                            stats.on_three_platforms
                        )
                    });
                }
            };
            let options = GenOptions {
                messages: args.messages,
                chats: args.chats,
                seed: args.seed,
                clean: args.clean,
                as_of: args.as_of,
            };
            let out = &args.out;
            let written = match (html, args.single_chat) {
                (false, false) => generate_file(&options, out),
                (false, true) => create_new(out).and_then(|file| write_single_chat(&options, file)),
                (true, false) => write_html_export(&options, out),
                (true, true) => write_html_single_chat(&options, out),
            };
            report_written(out, written, |stats| {
                format!(
                    "{} MB, {} messages, {} service events",
                    stats.bytes / 1_000_000,
                    stats.messages,
                    stats.service_events
                )
            })
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

fn gen_whatsapp_chat(args: &WhatsAppGenArgs) -> ExitCode {
    let options = ChatGenOptions {
        locale: args.locale.clone(),
        messages: args.messages,
        seed: args.seed,
    };
    let written = create_new(&args.out).and_then(|file| write_chat(&options, file));
    report_written(&args.out, written, |stats| {
        format!(
            "{} MB, {} messages, {} system lines",
            stats.bytes / 1_000_000,
            stats.messages,
            stats.service_events
        )
    })
}

/// Says what a `gen` command wrote (`wrote PATH (what)`) or why it could not.
pub(super) fn report_written<T>(
    out: &std::path::Path,
    written: std::io::Result<T>,
    describe: impl FnOnce(&T) -> String,
) -> ExitCode {
    match written {
        Ok(stats) => {
            eprintln!("wrote {} ({})", out.display(), describe(&stats));
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

/// Writes a generated export to a new file.
pub fn generate_file(
    options: &GenOptions,
    out: &std::path::Path,
) -> std::io::Result<crate::generate::telegram::GenStats> {
    write_export(options, create_new(out)?)
}

/// Creates `path`, refusing to overwrite an existing file.
pub(super) fn create_new(path: &std::path::Path) -> std::io::Result<std::fs::File> {
    // A folder that does not exist yet is made (as `charts --out` does).
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}

/// Loads the paths for a command-line summary.
pub fn load_for_cli(paths: &[PathBuf], password: Option<String>) -> LoadOutcome {
    load_with_date_order(paths, password, None)
}

/// [`load_for_cli`] with the user's choice of date order for WhatsApp chats.
/// Loads `paths` and derives everything with `--me`'s choices, reporting on stderr what
/// could not be read or recognised; `Err` with the exit code when no export was
/// recognised (for the commands that write files and need something to write).
pub fn load_and_derive(
    paths: &[PathBuf],
    password: Option<String>,
    date_order: Option<DateOrder>,
    me: &[String],
) -> Result<(LoadOutcome, crate::analysis::Derived), ExitCode> {
    let outcome = load_with_date_order(paths, password, date_order);
    say_warnings(&outcome);
    for u in &outcome.unrecognized {
        eprintln!("footprint: {}: {}", u.path, u.reason);
    }
    for e in &outcome.errors {
        eprintln!("footprint: {}", e.message);
    }
    if outcome.footprint.sources.is_empty() {
        return Err(exit_code(&outcome));
    }
    let choices = crate::analysis::Choices {
        owners: owner_choices(me, &outcome),
        ..crate::analysis::Choices::default()
    };
    let derived = crate::analysis::Derived::compute_choosing(
        &outcome,
        crate::analysis::TimeBasis::AsExported,
        &choices,
    );
    Ok((outcome, derived))
}

pub fn load_with_date_order(
    paths: &[PathBuf],
    password: Option<String>,
    date_order: Option<DateOrder>,
) -> LoadOutcome {
    let options = OpenOptions {
        password,
        date_order,
        ..OpenOptions::default()
    };
    crate::analysis::people::prepare_in_background();
    // Nothing cancels a command-line load, so it cannot fail.
    load_paths(paths, &options, &Progress::default()).unwrap_or_default()
}

/// The `--me` values as choices, against the sources loaded; a name no one loaded has
/// gets a warning on stderr (the choice would otherwise change nothing, silently).
pub fn owner_choices(me: &[String], outcome: &LoadOutcome) -> OwnerChoices {
    let choices = OwnerChoices::from_args(
        me,
        outcome.footprint.sources.iter().map(|s| s.path.as_str()),
    );
    let senders = &outcome.footprint.senders.names;
    let known = |name: &str| {
        let name = name.to_lowercase();
        senders.iter().any(|s| s.to_lowercase() == name)
    };
    for name in choices
        .everywhere
        .iter()
        .chain(choices.by_source.values())
        .filter(|n| !known(n))
    {
        eprintln!("footprint: --me {name}: no one of that name writes in what was loaded");
    }
    choices
}

fn summary(
    paths: &[PathBuf],
    password: Option<String>,
    date_order: Option<DateOrder>,
    me: &[String],
    json: bool,
) -> ExitCode {
    let outcome = load_with_date_order(paths, password, date_order);
    let summary = summarize_choosing(&outcome, &owner_choices(me, &outcome));
    let mut stdout = std::io::stdout().lock();
    let written = if json {
        // Made whole first, so a write error keeps its kind (a closed pipe).
        serde_json::to_string_pretty(&summary)
            .map_err(std::io::Error::other)
            .and_then(|text| writeln!(stdout, "{text}"))
    } else {
        report::write(&mut stdout, &summary, &outcome)
    }
    .and_then(|()| stdout.flush());
    let code = finish(written, "the summary", &outcome);
    // The process ends now: freeing millions of records one by one would only delay it
    // (a few percent of a large load), the system takes the memory back at once.
    std::mem::forget(outcome);
    code
}

/// One line on stderr for every source read with warnings of what was not read, for the
/// commands whose output does not list them (`summary` does): a damaged file must not
/// look whole. Warnings that only say how something was read (a time offset) are left to
/// `summary`.
pub(super) fn say_warnings(outcome: &LoadOutcome) {
    for source in &outcome.footprint.sources {
        let lost: Vec<(WarningKind, u64)> = source
            .warnings
            .iter()
            .filter(|(kind, ..)| kind.loses_data())
            .map(|(kind, count, _)| (kind, count))
            .collect();
        let n: u64 = lost.iter().map(|(_, count)| count).sum();
        if n > 0 {
            let kinds: Vec<&str> = lost.iter().map(|(kind, _)| kind.describe()).collect();
            eprintln!(
                "footprint: {}: read with {n} warning{} ({}); `footprint summary` shows them",
                source.path,
                if n == 1 { "" } else { "s" },
                kinds.join("; ")
            );
        }
    }
}

/// Ends a command that printed `what`: a write error is reported (a closed pipe is not an
/// error), then what could not be read, and the exit status.
pub(super) fn finish(written: std::io::Result<()>, what: &str, outcome: &LoadOutcome) -> ExitCode {
    match written {
        // The reader stopped reading (`footprint summary … | head`): as other command-line
        // tools do, end quietly; what it read was what it wanted.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("footprint: cannot write {what}: {e}");
            return ExitCode::from(1);
        }
        Ok(()) => {}
    }
    for u in &outcome.unrecognized {
        eprintln!("footprint: {}: {}", u.path, u.reason);
    }
    for e in &outcome.errors {
        eprintln!("footprint: {}", e.message);
    }
    exit_code(outcome)
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
