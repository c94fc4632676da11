//! The `footprint` binary: commands run headless; no command opens the window.

use std::process::ExitCode;

use clap::Parser;
use footprint::cli::{Cli, run};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => run(command),
        None => footprint::ui::run(cli.paths),
    }
}
