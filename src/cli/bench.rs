//! `footprint bench`: generates a large export once, then times `footprint summary --json`
//! on it in a child process and reports throughput and the child's peak memory.

use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use crate::generate::telegram::{GenOptions, write_export, write_html_export};
use crate::generate::whatsapp::{ChatGenOptions, write_chat};

#[derive(Debug, clap::Args)]
pub struct BenchArgs {
    /// Size of the generated export in MB (10^6 bytes).
    #[arg(long, default_value_t = 1000)]
    pub size_mb: u64,
    /// Folder for the generated export (kept and reused between runs).
    #[arg(long, default_value = "target/bench")]
    pub dir: PathBuf,
    /// How many timed runs.
    #[arg(long, default_value_t = 3)]
    pub runs: u32,
    /// Which form of the Telegram export to generate and read.
    #[arg(long, value_enum, default_value_t = BenchFormat::Json)]
    pub format: BenchFormat,
    /// Messages of the in-memory footprint of `--format people`.
    #[arg(long, default_value_t = 10_000_000)]
    pub messages: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum BenchFormat {
    /// `result.json`
    Json,
    /// An HTML export folder
    Html,
    /// A WhatsApp chat export (`.txt`, en-US Android lines)
    Whatsapp,
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

fn bench(args: &BenchArgs) -> Result<(), String> {
    if args.format == BenchFormat::People {
        bench_people(args);
        return Ok(());
    }
    if args.format == BenchFormat::Ip {
        bench_ip(args);
        return Ok(());
    }
    std::fs::create_dir_all(&args.dir).map_err(|e| format!("cannot create {:?}: {e}", args.dir))?;
    let path = match args.format {
        BenchFormat::Json => args.dir.join(format!("telegram_{}mb.json", args.size_mb)),
        BenchFormat::Html => args.dir.join(format!("telegram_html_{}mb", args.size_mb)),
        BenchFormat::Whatsapp | BenchFormat::People | BenchFormat::Ip => args
            .dir
            .join(format!("WhatsApp Chat with Bench {}mb.txt", args.size_mb)),
    };
    if args.format == BenchFormat::Whatsapp && !path.exists() {
        generate_whatsapp(args, &path)?;
    }
    if !path.exists() {
        // Estimate bytes per message from a small sample, then write the real export.
        let sample = GenOptions {
            clean: false,
            messages: 20_000,
            chats: 40,
            seed: 7,
            as_of: None,
        };
        let sample_bytes = match args.format {
            BenchFormat::Json => {
                write_export(&sample, std::io::sink())
                    .map_err(|e| e.to_string())?
                    .bytes
            }
            BenchFormat::Whatsapp | BenchFormat::People | BenchFormat::Ip => 0,
            BenchFormat::Html => {
                let scratch = args.dir.join("estimate_html");
                let _ = std::fs::remove_dir_all(&scratch);
                let bytes = write_html_export(&sample, &scratch)
                    .map_err(|e| e.to_string())?
                    .bytes;
                std::fs::remove_dir_all(&scratch).map_err(|e| e.to_string())?;
                bytes
            }
        };
        let per_message = (sample_bytes / 20_000).max(1);
        let messages = args.size_mb * 1_000_000 / per_message;
        eprintln!("generating {} ({messages} messages) ...", path.display());
        let started = Instant::now();
        let options = GenOptions {
            clean: false,
            messages,
            chats: 400,
            seed: 7,
            as_of: None,
        };
        let stats = match args.format {
            BenchFormat::Json => super::generate_file(&options, &path),
            BenchFormat::Html => write_html_export(&options, &path),
            BenchFormat::Whatsapp | BenchFormat::People | BenchFormat::Ip => {
                return Err("unreachable: generated above, or no file".into());
            }
        }
        .map_err(|e| format!("cannot write {:?}: {e}", path.display().to_string()))?;
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "generated {} MB in {secs:.1} s ({:.0} MB/s)",
            stats.bytes / 1_000_000,
            stats.bytes as f64 / 1e6 / secs
        );
    }
    let bytes = disk_bytes(&path);
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut times = Vec::new();
    let mut peak_kib = 0;
    for run in 0..args.runs {
        let cpu_before = children_cpu_secs();
        let started = Instant::now();
        let status = Command::new(&exe)
            .args(["summary", "--json"])
            .arg(&path)
            .stdout(Stdio::null())
            .status()
            .map_err(|e| format!("cannot run {exe:?}: {e}"))?;
        let secs = started.elapsed().as_secs_f64();
        if !status.success() {
            return Err(format!("summary failed with {status}"));
        }
        peak_kib = peak_kib.max(children_peak_rss_kib());
        // Cores busy on average: the child's CPU time over the wall time.
        let cores = (children_cpu_secs() - cpu_before) / secs;
        eprintln!(
            "run {}: {secs:.2} s, {:.0} MB/s, {cores:.2} cores",
            run + 1,
            bytes as f64 / 1e6 / secs
        );
        times.push((secs, cores));
    }
    times.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (median, cores) = times
        .get(times.len() / 2)
        .copied()
        .unwrap_or((f64::NAN, f64::NAN));
    println!(
        "summary of {} MB: median {median:.2} s, {:.0} MB/s, peak memory {} MB, {cores:.2} cores used",
        bytes / 1_000_000,
        bytes as f64 / 1e6 / median,
        peak_kib / 1024
    );
    Ok(())
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
    let median = times.get(times.len() / 2).copied().unwrap_or(f64::NAN);
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

/// Writes an en-US WhatsApp chat of about `size_mb` MB.
fn generate_whatsapp(args: &BenchArgs, path: &std::path::Path) -> Result<(), String> {
    let sample = ChatGenOptions {
        locale: "en-US".to_string(),
        messages: 20_000,
        seed: 7,
    };
    let sample_bytes = write_chat(&sample, std::io::sink())
        .map_err(|e| e.to_string())?
        .bytes;
    let messages = args.size_mb * 1_000_000 / (sample_bytes / 20_000).max(1);
    eprintln!("generating {} ({messages} lines) ...", path.display());
    let started = Instant::now();
    let file = std::fs::File::create(path).map_err(|e| format!("cannot write {path:?}: {e}"))?;
    let stats = write_chat(&ChatGenOptions { messages, ..sample }, file)
        .map_err(|e| format!("cannot write {path:?}: {e}"))?;
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "generated {} MB ({} messages, {} system lines) in {secs:.1} s",
        stats.bytes / 1_000_000,
        stats.messages,
        stats.service_events
    );
    Ok(())
}

/// CPU seconds (user and system) of all waited-for children so far.
fn children_cpu_secs() -> f64 {
    // SAFETY: getrusage only writes into the struct we pass, which is zero-initialised
    // plain data.
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        if libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) == 0 {
            let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
            secs(usage.ru_utime) + secs(usage.ru_stime)
        } else {
            0.0
        }
    }
}

/// The largest resident set of any waited-for child, in KiB (Linux `ru_maxrss`).
fn children_peak_rss_kib() -> i64 {
    // SAFETY: getrusage only writes into the struct we pass, which is zero-initialised
    // plain data.
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        if libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) == 0 {
            usage.ru_maxrss
        } else {
            0
        }
    }
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
