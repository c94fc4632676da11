//! `footprint gen wechat-paybill` and `footprint gen wechat-memotrace`.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::generate::wechat::{
    BillOptions, ChatOptions, SAMPLE_START_UNIX, write_bill, write_memotrace,
};

/// Options of `gen wechat-paybill`.
#[derive(Debug, clap::Args)]
pub struct PaybillArgs {
    /// Transactions over one year.
    #[arg(long, default_value_t = 360)]
    rows: u64,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The CSV file to write; never overwritten.
    #[arg(long)]
    out: PathBuf,
}

/// Options of `gen wechat-memotrace`.
#[derive(Debug, clap::Args)]
pub struct MemoTraceArgs {
    /// Rows over the three conversations.
    #[arg(long, default_value_t = 1200)]
    messages: u64,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// A new folder to write the export into.
    #[arg(long)]
    out: PathBuf,
}

pub fn paybill(args: &PaybillArgs) -> ExitCode {
    let options = BillOptions {
        rows: args.rows,
        seed: args.seed,
        start_unix: SAMPLE_START_UNIX,
    };
    let written = super::create_new(&args.out).and_then(|file| write_bill(&options, file));
    super::report_written(&args.out, written, |stats| {
        format!("{} bytes, {} transactions", stats.bytes, stats.rows)
    })
}

pub fn memotrace(args: &MemoTraceArgs) -> ExitCode {
    let options = ChatOptions {
        messages: args.messages,
        seed: args.seed,
        start_unix: SAMPLE_START_UNIX,
    };
    super::report_written(&args.out, write_memotrace(&options, &args.out), |stats| {
        format!(
            "{} messages, {} service events, {} contacts",
            stats.messages, stats.service_events, stats.contacts
        )
    })
}
