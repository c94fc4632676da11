//! `footprint bench`: generates a large export once (or takes `--input`), then times
//! `footprint summary --json` on it in a child process and reports throughput (MB/s and
//! records/s), the child's peak memory and the cores it kept busy. `--against` times a
//! second binary on the same input in turns with this one, for before/after figures
//! measured side by side.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use crate::generate::telegram::{GenOptions, write_export, write_html_export};
use crate::generate::wechat::{
    BillOptions, ChatOptions, SAMPLE_START_UNIX, write_bill, write_memotrace,
};
use crate::generate::whatsapp::{ChatGenOptions, write_chat};

#[derive(Debug, clap::Args)]
pub struct BenchArgs {
    /// Size of the generated export in MB (10^6 bytes), at least 1.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..))]
    pub size_mb: u64,
    /// Folder for the generated export (kept and reused between runs).
    #[arg(long, default_value = "target/bench")]
    pub dir: PathBuf,
    /// How many timed runs (at least 1); the median run is reported (the faster middle
    /// one of an even number). `--format ip` runs once.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..))]
    pub runs: u32,
    /// Which export to generate and read.
    #[arg(long, value_enum, default_value_t = BenchFormat::Json)]
    pub format: BenchFormat,
    /// Messages of the in-memory footprint of `--format people`; addresses placed by
    /// `--format ip` (there the default is 100,000).
    #[arg(long, default_value_t = 10_000_000)]
    pub messages: u64,
    /// A file, folder or zip to read instead of a generated export (any format
    /// Footprint opens, e.g. `../shared/bench`'s realistic files); `--format` and
    /// `--size-mb` are then not used.
    #[arg(long)]
    pub input: Option<PathBuf>,
    /// Another `footprint` binary (an older build) timed on the same input, run by run
    /// in turns with this one (not for `people` and `ip`, which are timed in this
    /// process).
    #[arg(long)]
    pub against: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum BenchFormat {
    /// Telegram `result.json` (`footprint gen telegram-json`)
    Json,
    /// The same `result.json` in a deflated zip (`DataExport_…/result.json`)
    JsonZip,
    /// A Telegram HTML export folder
    Html,
    /// A WhatsApp chat export (`.txt`, en-US Android lines)
    Whatsapp,
    /// A WeChat Pay bill CSV (`footprint gen wechat-paybill`)
    Bill,
    /// A MemoTrace WeChat export folder: chat CSVs and contacts.csv
    Memotrace,
    /// No file: who you are and the people index over a footprint of `--messages`
    /// messages built in memory, timed in this process.
    People,
    /// No file: opening the bundled IP database and placing `--messages` addresses
    /// (default 100,000), timed in this process.
    Ip,
}

pub fn run(args: &BenchArgs) -> ExitCode {
    match bench(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("footprint bench: {e}");
            ExitCode::from(1)
        }
    }
}

/// One timed `summary --json` run.
#[derive(Clone, Copy, Debug)]
struct Run {
    secs: f64,
    /// The child's CPU time (user and system) over `secs`.
    cores: f64,
    peak_kib: i64,
    /// Records the summary counts over its sources (messages, events, payments ...).
    records: u64,
}

fn bench(args: &BenchArgs) -> Result<(), String> {
    let in_process = matches!(args.format, BenchFormat::People | BenchFormat::Ip);
    if in_process && args.input.is_none() && args.against.is_some() {
        return Err(
            "--against times another build's `summary`; --format people and ip are timed in this process"
                .into(),
        );
    }
    if let Some(other) = &args.against
        && !other.is_file()
    {
        return Err(format!("--against {}: no such program", other.display()));
    }
    if let Some(input) = &args.input
        && !input.exists()
    {
        return Err(format!(
            "--input {}: no such file or folder",
            input.display()
        ));
    }
    if args.input.is_none() && args.format == BenchFormat::People {
        bench_people(args);
        return Ok(());
    }
    if args.input.is_none() && args.format == BenchFormat::Ip {
        bench_ip(args);
        return Ok(());
    }
    let path = match &args.input {
        Some(input) => input.clone(),
        None => {
            let (path, fresh) = generated(args)?;
            if fresh {
                // A child's peak memory (`ru_maxrss`) counts this process's resident
                // memory when it was started (it shares it until `exec`), and generating
                // left this one large: time from a fresh process instead.
                return bench_in_fresh_process(args, &path);
            }
            path
        }
    };
    let bytes = input_bytes(&path);
    let this = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut binaries = vec![("this build", this)];
    if let Some(other) = &args.against {
        binaries.push(("--against", other.clone()));
    }
    let mut runs: Vec<Vec<Run>> = vec![Vec::new(); binaries.len()];
    for round in 0..args.runs {
        for ((label, exe), runs) in binaries.iter().zip(&mut runs) {
            let run = run_once(exe, &path)?;
            eprintln!(
                "run {} ({label}): {:.2} s, {} MB/s, {} MB, {:.2} cores",
                round + 1,
                run.secs,
                figure(bytes as f64 / 1e6 / run.secs),
                run.peak_kib / 1024,
                run.cores
            );
            runs.push(run);
        }
    }
    for ((label, exe), runs) in binaries.iter().zip(&mut runs) {
        runs.sort_by(|a, b| a.secs.total_cmp(&b.secs));
        // The faster middle run of an even number.
        let Some(median) = runs.get(runs.len().saturating_sub(1) / 2) else {
            continue;
        };
        let peak = runs.iter().map(|r| r.peak_kib).max().unwrap_or(0);
        println!(
            "{label} ({}): {} MB, {} records: median {:.2} s, {} MB/s, {} M records/s, {:.2} cores used; peak memory of all runs {} MB",
            exe.display(),
            figure(bytes as f64 / 1e6),
            median.records,
            median.secs,
            figure(bytes as f64 / 1e6 / median.secs),
            figure(median.records as f64 / 1e6 / median.secs),
            median.cores,
            peak / 1024
        );
    }
    Ok(())
}

/// Runs this bench again in a new process on the generated `path`.
fn bench_in_fresh_process(args: &BenchArgs, path: &Path) -> Result<(), String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut command = Command::new(exe);
    command
        .arg("bench")
        .arg("--input")
        .arg(path)
        .args(["--runs", &args.runs.to_string()]);
    if let Some(against) = &args.against {
        command.arg("--against").arg(against);
    }
    let status = command
        .status()
        .map_err(|e| format!("cannot run the bench again: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("the bench failed ({status})"))
    }
}

/// Runs `exe summary --json path` once and measures it (its own resource usage, from
/// `wait4`, so runs of two binaries do not mix).
fn run_once(exe: &Path, path: &Path) -> Result<Run, String> {
    let started = Instant::now();
    let mut child = Command::new(exe)
        .args(["summary", "--json"])
        .arg(path)
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {exe:?}: {e}"))?;
    let mut out = String::new();
    if let Some(stdout) = child.stdout.as_mut() {
        stdout
            .read_to_string(&mut out)
            .map_err(|e| format!("cannot read the summary of {exe:?}: {e}"))?;
    }
    let (status, usage) = wait_with_usage(child.id())?;
    let secs = started.elapsed().as_secs_f64();
    if !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) != 0 {
        let how = if libc::WIFEXITED(status) {
            format!("exit status {}", libc::WEXITSTATUS(status))
        } else {
            format!("signal {}", libc::WTERMSIG(status))
        };
        return Err(format!(
            "{} summary --json {} failed ({how}; its message is above)",
            exe.display(),
            path.display()
        ));
    }
    let summary: serde_json::Value = serde_json::from_str(&out).map_err(|_| {
        format!(
            "{} wrote no summary (is it a footprint build?)",
            exe.display()
        )
    })?;
    let records = summary["sources"]
        .as_array()
        .map_or(0, |s| s.iter().filter_map(|s| s["records"].as_u64()).sum());
    Ok(Run {
        secs,
        cores: usage.cpu_secs / secs,
        peak_kib: usage.peak_kib,
        records,
    })
}

/// What a finished child used.
struct Usage {
    /// User and system CPU seconds.
    cpu_secs: f64,
    /// Largest resident set, KiB (Linux `ru_maxrss`).
    peak_kib: i64,
}

/// Waits for child `pid` and returns its wait status and its own resource usage.
fn wait_with_usage(pid: u32) -> Result<(i32, Usage), String> {
    let pid = libc::pid_t::try_from(pid).map_err(|e| e.to_string())?;
    // SAFETY: wait4 only writes into the status and the struct we pass, which is
    // zero-initialised plain data; the child is ours and not waited for elsewhere.
    unsafe {
        let mut status = 0;
        let mut usage: libc::rusage = std::mem::zeroed();
        if libc::wait4(pid, &mut status, 0, &mut usage) != pid {
            return Err(format!(
                "cannot wait for the child: {}",
                std::io::Error::last_os_error()
            ));
        }
        let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
        Ok((
            status,
            Usage {
                cpu_secs: secs(usage.ru_utime) + secs(usage.ru_stime),
                peak_kib: usage.ru_maxrss,
            },
        ))
    }
}

/// The generated export of `args.format` and `args.size_mb`, written on first use
/// (then `true`) and reused after. Sizes are reached by measuring a small sample's bytes per record.
fn generated(args: &BenchArgs) -> Result<(PathBuf, bool), String> {
    std::fs::create_dir_all(&args.dir).map_err(|e| format!("cannot create {:?}: {e}", args.dir))?;
    let mb = args.size_mb;
    let path = args.dir.join(match args.format {
        BenchFormat::Json => format!("telegram_{mb}mb.json"),
        BenchFormat::JsonZip => format!("telegram_{mb}mb.zip"),
        BenchFormat::Html => format!("telegram_html_{mb}mb"),
        BenchFormat::Whatsapp => format!("WhatsApp Chat with Bench {mb}mb.txt"),
        BenchFormat::Bill => format!("wechat_paybill_{mb}mb.csv"),
        BenchFormat::Memotrace => format!("memotrace_{mb}mb"),
        BenchFormat::People | BenchFormat::Ip => return Err("no file to generate".into()),
    });
    if path.exists() {
        return Ok((path, false));
    }
    let started = Instant::now();
    eprintln!("generating {} ...", path.display());
    let written = match args.format {
        BenchFormat::Json | BenchFormat::Html => {
            let html = args.format == BenchFormat::Html;
            let per = per_record(20_000, |n| {
                let sample = telegram_options(n);
                if html {
                    let scratch = args.dir.join("estimate_html");
                    let _ = std::fs::remove_dir_all(&scratch);
                    let bytes = write_html_export(&sample, &scratch)?.bytes;
                    std::fs::remove_dir_all(&scratch)?;
                    Ok(bytes)
                } else {
                    Ok(write_export(&sample, std::io::sink())?.bytes)
                }
            })?;
            let options = telegram_options(mb * 1_000_000 / per);
            if html {
                write_html_export(&options, &path).map(|s| s.bytes)
            } else {
                super::generate_file(&options, &path).map(|s| s.bytes)
            }
        }
        BenchFormat::JsonZip => {
            let json = generated(&BenchArgs {
                format: BenchFormat::Json,
                input: None,
                against: None,
                dir: args.dir.clone(),
                ..*args
            })?;
            zip_json(&json.0, &path)
        }
        BenchFormat::Whatsapp => {
            let options = |messages| ChatGenOptions {
                locale: "en-US".to_string(),
                messages,
                seed: 7,
            };
            let per = per_record(20_000, |n| {
                Ok(write_chat(&options(n), std::io::sink())?.bytes)
            })?;
            std::fs::File::create(&path)
                .and_then(|file| write_chat(&options(mb * 1_000_000 / per), file))
                .map(|s| s.bytes)
        }
        BenchFormat::Bill => {
            let options = |rows| BillOptions {
                rows,
                seed: 1,
                start_unix: SAMPLE_START_UNIX,
            };
            let per = per_record(20_000, |n| {
                Ok(write_bill(&options(n), std::io::sink())?.bytes)
            })?;
            std::fs::File::create(&path)
                .and_then(|file| write_bill(&options(mb * 1_000_000 / per), file))
                .map(|s| s.bytes)
        }
        BenchFormat::Memotrace => {
            let options = |messages| ChatOptions {
                messages,
                seed: 1,
                start_unix: SAMPLE_START_UNIX,
            };
            let per = per_record(20_000, |n| {
                let scratch = args.dir.join("estimate_memotrace");
                let _ = std::fs::remove_dir_all(&scratch);
                write_memotrace(&options(n), &scratch)?;
                let bytes = disk_bytes(&scratch);
                std::fs::remove_dir_all(&scratch)?;
                Ok(bytes)
            })?;
            write_memotrace(&options(mb * 1_000_000 / per), &path).map(|_| disk_bytes(&path))
        }
        BenchFormat::People | BenchFormat::Ip => return Err("no file to generate".into()),
    }
    .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "generated {} MB in {secs:.2} s ({} MB/s)",
        figure(written as f64 / 1e6),
        figure(written as f64 / 1e6 / secs)
    );
    Ok((path, true))
}

/// The bench's Telegram export of about `messages` messages in 400 chats.
fn telegram_options(messages: u64) -> GenOptions {
    GenOptions {
        clean: false,
        messages,
        chats: if messages > 20_000 { 400 } else { 40 },
        seed: 7,
        as_of: None,
    }
}

/// Bytes a record from a sample of `n` records written by `write` (which returns the
/// bytes it wrote), at least 1.
fn per_record(n: u64, write: impl FnOnce(u64) -> std::io::Result<u64>) -> Result<u64, String> {
    let bytes = write(n).map_err(|e| format!("cannot write a sample: {e}"))?;
    Ok((bytes / n).max(1))
}

/// Writes `json` as `DataExport_bench/result.json` into a new deflated zip at `zip`;
/// returns the bytes of JSON put in.
fn zip_json(json: &Path, zip: &Path) -> std::io::Result<u64> {
    let file = std::fs::File::create_new(zip)?;
    let mut writer = zip::ZipWriter::new(std::io::BufWriter::new(file));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    writer.start_file("DataExport_bench/result.json", options)?;
    let bytes = std::io::copy(&mut std::fs::File::open(json)?, &mut writer)?;
    writer.finish()?;
    Ok(bytes)
}

/// Times deciding who you are and building the people index (`Owners::decide`, then
/// `People::build`: entries, merges, two passes over the messages) on the synthetic
/// footprint of `bench-window`.
fn bench_people(args: &BenchArgs) {
    use crate::analysis::overlap::Overlap;
    use crate::analysis::owner::Owners;
    use crate::analysis::people::{People, PeopleChoices};
    eprintln!(
        "building a footprint of {} messages in memory ...",
        args.messages
    );
    let outcome = crate::generate::footprint::synthetic(args.messages, 3000, 7);
    let fp = &outcome.footprint;
    let overlap = Overlap::of(fp);
    let mut times = Vec::new();
    let mut found = (0, 0, 0);
    for run in 0..args.runs {
        let started = Instant::now();
        let owners = Owners::decide(fp, &Default::default());
        let people = People::build(fp, &overlap, &owners, &PeopleChoices::default());
        let secs = started.elapsed().as_secs_f64();
        let (two, three) = people.on_several();
        found = (people.persons.len(), two, three);
        eprintln!("run {}: {secs:.3} s", run + 1);
        times.push(secs);
    }
    times.sort_by(f64::total_cmp);
    let median = times
        .get(times.len().saturating_sub(1) / 2)
        .copied()
        .unwrap_or(f64::NAN);
    println!(
        "people index of {} messages: median {median:.3} s ({} people, {} on two platforms, {} on three)",
        args.messages, found.0, found.1, found.2
    );
}

/// Times the first use of the IP database (opening it) and placing addresses: random
/// public IPv4 and IPv6 addresses, in this process (the database is compiled in, so
/// "loading" is checking its metadata and building the reader).
fn bench_ip(args: &BenchArgs) {
    use crate::analysis::ip_country::place;
    let n = if args.messages == 10_000_000 {
        100_000
    } else {
        args.messages
    };
    let mut rng = crate::generate::Rng::new(11);
    let ips: Vec<std::net::IpAddr> = (0..n)
        .map(|i| {
            if i % 4 == 0 {
                std::net::IpAddr::V6(std::net::Ipv6Addr::new(
                    0x2000 + (rng.below(0x0fff) as u16),
                    rng.below(0xffff) as u16,
                    rng.below(0xffff) as u16,
                    0,
                    0,
                    0,
                    0,
                    1,
                ))
            } else {
                std::net::IpAddr::V4(std::net::Ipv4Addr::from(rng.next_u64() as u32))
            }
        })
        .collect();
    let started = Instant::now();
    let mut placed = 0usize;
    for &ip in &ips {
        placed += usize::from(matches!(
            place(ip),
            crate::analysis::ip_country::IpPlace::Country(_)
        ));
    }
    let secs = started.elapsed().as_secs_f64();
    println!("IP database: opened and placed {n} addresses in {secs:.3} s ({placed} in a country)");
}

/// Bytes read from `path`: a zip's members uncompressed (so a zipped export's figures
/// are MB of JSON a second, as for the plain file), else what is on disk.
fn input_bytes(path: &Path) -> u64 {
    let zipped = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"));
    let inflated = zipped
        .then(|| {
            let archive = zip::ZipArchive::new(std::fs::File::open(path).ok()?).ok()?;
            Some(archive.decompressed_size()?.try_into().unwrap_or(u64::MAX))
        })
        .flatten();
    inflated.unwrap_or_else(|| disk_bytes(path))
}

/// Bytes of a file, or of all files below a folder.
fn disk_bytes(path: &std::path::Path) -> u64 {
    if path.is_dir() {
        std::fs::read_dir(path)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| disk_bytes(&e.path()))
                    .sum()
            })
            .unwrap_or(0)
    } else {
        std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
    }
}

/// A measured figure with the digits that mean something: whole numbers from 10 up, one
/// decimal from 1, three below (a 3 kB file is 0.003 MB, not "0 MB").
fn figure(x: f64) -> String {
    if x >= 10.0 {
        format!("{x:.0}")
    } else if x >= 1.0 {
        format!("{x:.1}")
    } else {
        format!("{x:.3}")
    }
}

#[cfg(test)]
mod tests {
    use super::figure;

    #[test]
    fn figures_keep_the_digits_that_mean_something() {
        assert_eq!(figure(823.4), "823");
        assert_eq!(figure(5.56), "5.6");
        assert_eq!(figure(0.0031), "0.003");
    }
}
