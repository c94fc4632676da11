//! The import driver: opens each path, lets the importers recognise its files, and reads
//! the claimed ones into one footprint.

use std::path::PathBuf;

use super::{
    Cancelled, Confidence, ImportCtx, ImportError, Importer, Probe, Progress, importers,
    unrecognised,
};
use crate::input::{OpenOptions, Vfs};
use crate::model::Footprint;

/// Bytes of each candidate file read for recognition.
pub(super) const HEAD_BYTES: usize = 64 << 10;

/// Extensions whose files are offered to importers; everything else (photos, videos,
/// voice messages ...) is media and is never decompressed or read.
pub(super) const TEXT_EXTENSIONS: &[&str] =
    &["json", "js", "html", "htm", "txt", "csv", "xlsx", ""];

/// What loading a set of paths produced.
#[derive(Debug, Default)]
pub struct LoadOutcome {
    pub footprint: Footprint,
    /// Paths in which no supported export was found, with the reason.
    pub unrecognized: Vec<Unrecognized>,
    /// Files or paths that could not be read (what was read before the error is kept).
    pub errors: Vec<LoadError>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unrecognized {
    pub path: String,
    pub reason: String,
}

#[derive(Clone, Debug)]
pub struct LoadError {
    pub path: String,
    pub message: String,
    /// A (different) password could open it.
    pub needs_password: bool,
}

impl LoadError {
    /// An importer panicked on this file: a bug in Footprint, said as one.
    fn from_panic(path: &str, panic: &(dyn std::any::Any + Send)) -> Self {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no details".to_string());
        Self {
            path: path.to_string(),
            message: format!(
                "{path}: Footprint failed while reading this file ({what}); this is a bug, please report it. What was read before it is kept."
            ),
            needs_password: false,
        }
    }

    fn from_import(fallback_path: &str, error: &ImportError) -> Self {
        let needs_password = matches!(error, ImportError::Input(e) if e.needs_password());
        Self {
            path: error.path().unwrap_or(fallback_path).to_string(),
            message: error.to_string(),
            needs_password,
        }
    }
}

/// Something to load: a path, or an export built into the program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Path(PathBuf),
    /// `rel_path` is where the file would sit in an export folder.
    Embedded {
        rel_path: &'static str,
        bytes: &'static [u8],
    },
    /// A folder of files built into the program: `(path inside the folder, bytes)`.
    EmbeddedFolder {
        root: &'static str,
        files: &'static [(&'static str, &'static [u8])],
    },
}

impl Input {
    /// How the user knows this input.
    pub fn display(&self) -> String {
        match self {
            Self::Path(path) => path.display().to_string(),
            Self::Embedded { rel_path, .. } => format!("(built-in) {rel_path}"),
            Self::EmbeddedFolder { root, .. } => format!("(built-in) {root}"),
        }
    }
}

/// Opens and imports every path. Fails only when cancelled; everything else is reported
/// in the outcome, path by path.
pub fn load_paths(
    paths: &[PathBuf],
    options: &OpenOptions,
    progress: &Progress,
) -> Result<LoadOutcome, Cancelled> {
    let inputs: Vec<Input> = paths.iter().cloned().map(Input::Path).collect();
    load_inputs(&inputs, options, progress)
}

/// [`load_paths`] for any [`Input`].
pub fn load_inputs(
    inputs: &[Input],
    options: &OpenOptions,
    progress: &Progress,
) -> Result<LoadOutcome, Cancelled> {
    let mut outcome = LoadOutcome::default();
    let mut planned = Vec::new();
    for input in inputs {
        if progress.is_cancelled() {
            return Err(Cancelled);
        }
        let opened = match input {
            Input::Path(path) => Vfs::open(path, options),
            Input::Embedded { rel_path, bytes } => Ok(Vfs::embedded(rel_path, bytes)),
            Input::EmbeddedFolder { root, files } => Ok(Vfs::embedded_folder(root, files)),
        };
        let vfs = match opened {
            Ok(vfs) => vfs,
            Err(e) => {
                outcome.errors.push(LoadError::from_import(
                    &input.display(),
                    &ImportError::Input(e),
                ));
                continue;
            }
        };
        let (claims, covered) = recognise_all(&vfs, options.limits.parse_threads, &mut outcome);
        if claims.is_empty() && !outcome.errors.iter().any(|e| e.path.starts_with(&vfs.root)) {
            outcome.unrecognized.push(Unrecognized {
                path: vfs.root.clone(),
                reason: unrecognised::describe_unrecognized(&vfs),
            });
        } else if !claims.is_empty() {
            outcome
                .unrecognized
                .extend(unrecognised::left_over(&vfs, &covered));
        }
        planned.push((vfs, claims));
    }

    let bytes_total: u64 = planned
        .iter()
        .flat_map(|(vfs, claims)| {
            claims
                .iter()
                .map(|(i, imp)| imp.source_bytes(vfs, &vfs.files[*i]))
        })
        .sum();
    let mut bytes_before = 0;
    let mut nothing_read = Vec::new();
    for (vfs, claims) in &planned {
        for &(file_idx, importer) in claims {
            let file = &vfs.files[file_idx];
            let footprint = &mut outcome.footprint;
            let source = footprint.add_source(
                file.display_path.clone(),
                importer.platform(),
                importer.format(),
            );
            let mut ctx = ImportCtx {
                footprint,
                source,
                progress,
                limits: &options.limits,
                date_order: options.date_order_for(file),
                bytes_before,
                bytes_total,
            };
            // A bug an input triggers must cost that file, not everything loaded with it
            // (in the app the worker thread holds all sources).
            let imported = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                importer.import(vfs, file, &mut ctx)
            }));
            let failed = match imported {
                Ok(Ok(())) => false,
                Ok(Err(ImportError::Cancelled)) => return Err(Cancelled),
                Ok(Err(e)) => {
                    outcome
                        .errors
                        .push(LoadError::from_import(&file.display_path, &e));
                    true
                }
                Err(panic) => {
                    outcome
                        .errors
                        .push(LoadError::from_panic(&file.display_path, panic.as_ref()));
                    true
                }
            };
            // A file that failed before anything was read from it is said as an error
            // only, not also shown as a source of nothing.
            if failed
                && outcome
                    .footprint
                    .sources
                    .get(source as usize)
                    .is_some_and(|s| s.records == 0)
            {
                nothing_read.push(source);
            }
            bytes_before += importer.source_bytes(vfs, file);
        }
    }
    if !nothing_read.is_empty() {
        outcome.footprint.remove_sources(&nothing_read);
    }
    super::parallel::give_back_freed_memory();
    Ok(outcome)
}

/// The files an importer takes: `(file index, importer)`, one a source.
type Claims = Vec<(usize, &'static dyn Importer)>;

/// Offers every file to every importer; returns the claims that become sources, and what
/// every recognised file covers (also those read through another claim, or left to a
/// format they yield to).
fn recognise_all(
    vfs: &Vfs,
    threads: usize,
    outcome: &mut LoadOutcome,
) -> (Claims, unrecognised::Covered) {
    let mut claims = Vec::new();
    let mut covered = unrecognised::Covered {
        recognised: vec![false; vfs.files.len()],
        ..Default::default()
    };
    // Files are looked at in batches on every core (an HTML export has thousands of
    // pages, each read and shown to every importer), and the claims taken in file order.
    let mut batches = (0..vfs.files.len()).step_by(RECOGNISE_BATCH);
    let _ = super::parallel::in_order(
        threads,
        &mut (&mut claims, &mut *outcome, &mut covered.recognised),
        |_| Ok::<_, std::convert::Infallible>(batches.next()),
        |start| {
            let end = (start + RECOGNISE_BATCH).min(vfs.files.len());
            (start..end)
                .filter_map(|idx| recognise_one(vfs, idx))
                .collect::<Vec<_>>()
        },
        |(claims, outcome, recognised), seq, found| {
            let Some(found) = found else {
                // A recogniser panicked on a file of this batch: said, naming the batch.
                let first = vfs.files.get(seq * RECOGNISE_BATCH);
                let path = first.map_or(vfs.root.as_str(), |f| f.display_path.as_str());
                outcome.errors.push(LoadError::from_panic(
                    path,
                    &format!("recognising it or one of the {RECOGNISE_BATCH} files after it"),
                ));
                return Ok(());
            };
            for (idx, result) in found {
                match result {
                    Ok(importer) => claims.push((idx, importer)),
                    // Said as an error: not to be named again as left over.
                    Err(error) => {
                        outcome.errors.push(error);
                        if let Some(r) = recognised.get_mut(idx) {
                            *r = true;
                        }
                    }
                }
            }
            Ok(())
        },
    );
    // Each claim's home folder and source root, worked out once.
    let claims: Vec<Claim<'_>> = claims
        .into_iter()
        .filter_map(|(i, importer)| {
            let file = vfs.files.get(i)?;
            Some(Claim {
                index: i,
                importer,
                home: importer.home_folder(file),
                root: importer.source_root(file),
                rank: importer.source_rank(file),
            })
        })
        .collect();
    for claim in &claims {
        if let Some(r) = covered.recognised.get_mut(claim.index) {
            *r = true;
        }
        let home = claim.home.to_string();
        let importers = covered.beside.entry(home.clone()).or_default();
        if !importers
            .iter()
            .any(|i| i.format() == claim.importer.format())
        {
            importers.push(claim.importer);
        }
        if claim.root.is_some() {
            covered.whole.insert(home);
        } else if claim.importer.owns_folders_below() {
            covered.below.insert(home);
        }
    }
    // Drop a claim when a format it yields to claimed a file in the same (home) folder.
    // Which formats claimed a file in which folder, looked up once per claim (a zip of
    // 100,000 chats made the pairwise check quadratic).
    let claimed: std::collections::HashSet<(&str, &str)> = claims
        .iter()
        .map(|c| (c.importer.format(), &*c.home))
        .collect();
    let not_yielding = claims.iter().filter(|c| {
        !c.importer
            .yields_to()
            .iter()
            .any(|format| claimed.contains(&(*format, &*c.home)))
    });
    // One source per root for multi-file layouts: the claim that names it best.
    let mut best: std::collections::HashMap<(&str, &str), (u8, usize)> =
        std::collections::HashMap::new();
    for c in not_yielding.clone() {
        if let Some(root) = &c.root {
            let rank = (c.rank, c.index);
            best.entry((c.importer.format(), root))
                .and_modify(|kept| *kept = (*kept).min(rank))
                .or_insert(rank);
        }
    }
    let kept = not_yielding
        .filter(|c| match &c.root {
            Some(root) => best
                .get(&(c.importer.format(), root.as_str()))
                .is_some_and(|&(_, kept)| kept == c.index),
            None => true,
        })
        .map(|c| (c.index, c.importer))
        .collect();
    (kept, covered)
}

/// A file an importer claimed, with what the choice of sources needs of it.
struct Claim<'v> {
    index: usize,
    importer: &'static dyn Importer,
    home: std::borrow::Cow<'v, str>,
    root: Option<String>,
    rank: u8,
}

/// Files recognised at a time by one thread.
const RECOGNISE_BATCH: usize = 64;

/// The importer that recognises file `idx` best, or the error of reading its head;
/// `None` when no importer does or it is not text.
fn recognise_one(
    vfs: &Vfs,
    idx: usize,
) -> Option<(usize, Result<&'static dyn Importer, LoadError>)> {
    let file = vfs.files.get(idx)?;
    if !TEXT_EXTENSIONS.contains(&file.extension().as_str()) || file.size == 0 {
        return None;
    }
    let head = match vfs.head(file, HEAD_BYTES) {
        Ok(head) => head,
        Err(e) => {
            return Some((
                idx,
                Err(LoadError::from_import(
                    &file.display_path,
                    &ImportError::Input(e),
                )),
            ));
        }
    };
    let probe = Probe::new(file, &head);
    importers()
        .iter()
        .map(|imp| (imp.recognise(&probe), *imp))
        .filter(|(confidence, _)| *confidence > Confidence::No)
        .max_by_key(|(confidence, _)| *confidence)
        .map(|(_, importer)| (idx, Ok(importer)))
}

#[cfg(test)]
mod tests {
    use super::LoadError;

    #[test]
    fn a_panic_becomes_an_error_that_names_the_file() {
        // (The two panics print their messages; the test only looks at what is caught.)
        let caught = std::panic::catch_unwind(|| panic!("index out of bounds")).unwrap_err();
        let formatted = std::panic::catch_unwind(|| panic!("{} went wrong", 42)).unwrap_err();
        let error = LoadError::from_panic("chat.txt", caught.as_ref());
        assert!(error.message.starts_with("chat.txt: "), "{}", error.message);
        assert!(
            error.message.contains("(index out of bounds)"),
            "{}",
            error.message
        );
        assert!(!error.needs_password);
        let error = LoadError::from_panic("a.json", formatted.as_ref());
        assert!(
            error.message.contains("(42 went wrong)"),
            "{}",
            error.message
        );
    }
}
