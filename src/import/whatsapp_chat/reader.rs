//! Reads one chat's text, line by line, into compact records (format notes §1.6): learns
//! the file's dominant header shape from its first lines, splits author and body, sorts
//! system lines, media references and deleted messages, and finally decides the date
//! order over the whole file and turns every header into a wall-clock time.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, BufRead, Read};
use std::sync::Arc;

use super::chunks::{Chunker, Job};
use super::date_order::{self, Decided, Evidence};
use super::header::{self, Era, HeaderView, Shape};
use super::locale::Lang;
use super::system::{self, EventKind, strip_marks};
use crate::input::{DateOrder, Position};
use crate::model::{Content, WallTime, WarningKind, Warnings};
use chrono::{Datelike, NaiveDate};

/// Header lines looked at to learn the dominant shape.
const LEARN_HEADERS: usize = 500;
/// Bytes held while learning, at most; a file with no header by then is not a chat.
const LEARN_BYTES: usize = 8 << 20;
/// Longest author name believed; longer "authors" are system text with a colon in it.
const MAX_AUTHOR_BYTES: usize = 100;
/// Longest name taken from `Name:body` with no space after the colon.
const MAX_SPACELESS_AUTHOR_BYTES: usize = 40;
/// Records' memory freed (in bytes) after which [`Reader::finish`] hands it back.
const GIVE_BACK_BYTES: usize = 32 << 20;
/// A line earlier than the one before it by more than this is counted as out of order.
const OUT_OF_ORDER_SECS: i64 = 60;

/// What the caller knows before reading.
#[derive(Clone, Debug)]
pub struct ChatReadOptions {
    /// The chat's name from the file name, if it has one.
    pub title: Option<String>,
    /// The language of the file name.
    pub lang_hint: Option<Lang>,
    /// The user's choice of date order.
    pub date_order: Option<DateOrder>,
    /// When the file was last changed (for an export, when it was made): dates written
    /// without a year are counted back from it. Today when unknown.
    pub modified: Option<NaiveDate>,
    /// Longest line held in memory ([`crate::input::Limits::max_record_bytes`]).
    pub max_line_bytes: usize,
    /// Threads that parse lines ([`crate::input::Limits::parse_threads`]); 1 reads on the
    /// calling thread alone, with the same result.
    pub threads: usize,
}

impl Default for ChatReadOptions {
    fn default() -> Self {
        Self {
            title: None,
            lang_hint: None,
            date_order: None,
            modified: None,
            max_line_bytes: crate::input::Limits::default().max_record_bytes,
            threads: crate::import::parse_threads(),
        }
    }
}

/// One message or system line: 16 bytes (a chat of 6.7 M lines holds them all until
/// they are sorted into the model).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChatLine {
    pub wall: WallTime,
    /// Index into [`ParsedChat::authors`]; [`ChatLine::NO_AUTHOR`] for system lines
    /// without an author or attributed to the chat itself.
    pub author: u32,
    /// `None` for a message written by a person.
    pub event: Option<EventKind>,
    /// What a message carries: text, a media marker's type, a deleted message.
    pub content: Content,
}

impl ChatLine {
    /// [`ChatLine::author`] of a line without one.
    pub const NO_AUTHOR: u32 = NO_AUTHOR;

    /// The author's index into [`ParsedChat::authors`], if the line has one.
    pub fn author(&self) -> Option<u32> {
        (self.author != NO_AUTHOR).then_some(self.author)
    }
}

/// Everything read from one chat.
#[derive(Debug)]
pub struct ParsedChat {
    /// In file order.
    pub lines: Vec<ChatLine>,
    /// Cleaned author names (direction marks and `~ ` removed).
    pub authors: Vec<String>,
    pub shape: Shape,
    pub date_order: crate::model::DateOrderDecision,
    /// The sentence that explains the date order.
    pub date_order_note: String,
    /// How years were supplied to dates written without one.
    pub year_note: Option<String>,
    pub events: BTreeMap<EventKind, u64>,
    /// Media references by type (`image`, `media` ...).
    pub media: BTreeMap<&'static str, u64>,
    pub deleted: u64,
    /// The language system messages and markers were in (or the file name's).
    pub lang: Option<Lang>,
    /// The group's latest subject from created/subject-change lines.
    pub subject: Option<String>,
    /// Lines earlier than the line before them.
    pub out_of_order: u64,
    /// Lines of text that continue a message.
    pub continuation_lines: u64,
    /// The first line was taken as the encryption notice by its place and because it
    /// names WhatsApp, not from a known wording.
    pub encryption_by_structure: bool,
    /// System lines in the second person ("You created group …"): the exporter is in the
    /// chat.
    pub second_person_lines: u64,
    /// The author (index into `authors`) the encryption notice is attributed to (iOS
    /// 1:1 chats: the other person).
    pub notice_author: Option<u32>,
}

/// Why a text is not a chat.
#[derive(Debug, thiserror::Error)]
pub enum ChatReadError {
    #[error(transparent)]
    Io(#[from] io::Error),
    #[error(
        "no WhatsApp message line found in {lines} lines (a message line starts like \"12/31/21, 9:15 PM - Name: text\" or \"[31.12.21, 21:15:00] Name: text\"); the first line is {first:?}"
    )]
    NoMessages { lines: u64, first: String },
}

/// Warns that line `line_no` (from 0) is longer than `limit` bytes and was skipped.
fn warn_long_line(warnings: &mut Warnings, line_no: u64, byte: u64, limit: usize) {
    warnings.add(
        WarningKind::SkippedRecord,
        Position {
            byte,
            record: Some(line_no),
        },
        format!(
            "line {} is longer than {} MiB and was skipped (no chat line is that long)",
            line_no + 1,
            limit >> 20
        ),
    );
}

/// A line before the date order is known.
struct Record {
    date: [u16; 3],
    seconds: u32,
    author: u32,
    event: Option<EventKind>,
    content: Content,
    byte: u64,
    line: u64,
}

const NO_AUTHOR: u32 = u32::MAX;

/// The records read so far, in file order, as lists one after another: each piece read
/// on another thread adds its own list whole ([`Reader::absorb`]) instead of copying its
/// records (32 bytes each) into one list that grows by copying itself, and
/// [`Reader::finish`] gives each list back as soon as it has turned it into lines.
#[derive(Default)]
struct Records {
    lists: Vec<Vec<Record>>,
    len: usize,
}

impl Records {
    fn len(&self) -> usize {
        self.len
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Makes room for `additional` more records in the last list.
    fn reserve(&mut self, additional: usize) {
        match self.lists.last_mut() {
            Some(list) => list.reserve(additional),
            None => self.lists.push(Vec::with_capacity(additional)),
        }
    }

    fn push(&mut self, record: Record) {
        match self.lists.last_mut() {
            Some(list) => list.push(record),
            None => self.lists.push(vec![record]),
        }
        self.len += 1;
    }

    /// Adds `later`'s records after these, list by list (nothing is copied).
    fn append(&mut self, later: Records) {
        self.len += later.len;
        self.lists.extend(later.lists);
    }

    fn iter(&self) -> impl Iterator<Item = &Record> {
        self.lists.iter().flatten()
    }

    fn iter_mut(&mut self) -> impl Iterator<Item = &mut Record> {
        self.lists.iter_mut().flatten()
    }

    fn last(&self) -> Option<&Record> {
        self.lists.iter().rev().find_map(|list| list.last())
    }
}

/// The content of a media marker's type (`system::media`).
fn media_content(kind: &str) -> Content {
    match kind {
        "image" => Content::Image,
        "video" => Content::Video,
        "audio" => Content::Voice,
        "sticker" => Content::Sticker,
        "gif" => Content::Gif,
        "document" => Content::File,
        "contact" => Content::Contact,
        _ => Content::Media,
    }
}

struct Reader<'a> {
    options: &'a ChatReadOptions,
    warnings: &'a mut Warnings,
    shape: Shape,
    view: HeaderView,
    records: Records,
    /// Fx: names are looked up once a line, and come from the user's own file (a
    /// crafted collision, SipHash's point, is no threat here).
    author_index: HashMap<Box<str>, u32, rustc_hash::FxBuildHasher>,
    authors: Vec<String>,
    /// Known names containing `": "` (the chat title can be one).
    colon_names: Vec<String>,
    events: BTreeMap<EventKind, u64>,
    media: BTreeMap<&'static str, u64>,
    deleted: u64,
    lang_votes: [u64; Lang::COUNT],
    subject: Option<String>,
    seen_header: bool,
    continuation_lines: u64,
    /// The first line was taken as the encryption notice by its place and wording.
    encryption_by_structure: bool,
    second_person_lines: u64,
    notice_author: Option<u32>,
    /// Set when this reader reads a piece of the file on a worker thread ([`Piece`]).
    piece: Option<Piece>,
}

/// What a reader of one piece of the file (a [`Job`] read on a worker thread) keeps so
/// that adding it after the pieces before it ([`Reader::absorb`]) gives the very result
/// of reading the whole file on one thread. Lines whose reading depends on the lines
/// before the piece are left for then.
#[derive(Default)]
struct Piece {
    /// Whether the encryption notice's author was known when the piece was cut.
    notice_known: bool,
    /// Names known to have written before the piece (all that had been added when it
    /// was cut): without them every piece would look up each name's first line in the
    /// wording tables again.
    known: Arc<KnownNames>,
    /// For each of this piece's authors, the record at which it was first named.
    first_use: Vec<u32>,
    /// Lines (record index, text after the header) whose reading depends on the names
    /// seen before them: `Name: text` that is also a system line's whole wording (a
    /// known name makes it a message), and an encryption notice while its author is
    /// unknown.
    deferred: Vec<(u32, String)>,
    /// Group subjects set (record index, subject), in order.
    subjects: Vec<(u32, String)>,
}

/// A piece of the file read on a worker thread, ready to be added in its turn.
pub(super) struct ReadPiece {
    /// The job's buffer, to hold a later job ([`Chunker::give_back`]).
    bytes: Vec<u8>,
    records: Records,
    authors: Vec<String>,
    piece: Piece,
    warnings: Warnings,
    events: BTreeMap<EventKind, u64>,
    media: BTreeMap<&'static str, u64>,
    deleted: u64,
    lang_votes: [u64; Lang::COUNT],
    continuation_lines: u64,
    second_person_lines: u64,
}

/// What every piece's reader shares: learnt from the file's first lines.
struct PieceTemplate<'a> {
    options: &'a ChatReadOptions,
    shape: Shape,
    colon_names: Vec<String>,
    encryption_by_structure: bool,
    notice_known: bool,
}

/// A set of author names.
type KnownNames = std::collections::HashSet<Box<str>, rustc_hash::FxBuildHasher>;

impl PieceTemplate<'_> {
    /// Reads one job on this thread; `known` are names seen before it.
    fn read(&self, job: Job, known: Arc<KnownNames>) -> ReadPiece {
        let mut warnings = Warnings::default();
        let mut reader = Reader::new(self.options, &mut warnings, self.shape);
        reader.colon_names.clone_from(&self.colon_names);
        reader.encryption_by_structure = self.encryption_by_structure;
        reader.seen_header = true;
        reader.piece = Some(Piece {
            notice_known: self.notice_known,
            known,
            ..Piece::default()
        });
        let bytes = reader.job(job);
        let Reader {
            records,
            authors,
            piece,
            events,
            media,
            deleted,
            lang_votes,
            continuation_lines,
            second_person_lines,
            ..
        } = reader;
        ReadPiece {
            bytes,
            records,
            authors,
            piece: piece.unwrap_or_default(),
            warnings,
            events,
            media,
            deleted,
            lang_votes,
            continuation_lines,
            second_person_lines,
        }
    }
}

/// Reads a chat's text (already UTF-8) into a [`ParsedChat`]. Skipped and repaired lines
/// go to `warnings`.
pub fn read_chat(
    mut input: impl BufRead,
    options: &ChatReadOptions,
    warnings: &mut Warnings,
) -> Result<ParsedChat, ChatReadError> {
    let mut buf = Vec::new();
    let mut byte = 0u64;
    let mut line_no = 0u64;
    // Learn the dominant shape from the first header lines, holding those lines.
    let mut pending: Vec<Pending> = Vec::new();
    let mut pending_bytes = 0;
    let mut shapes: Vec<(Shape, usize)> = Vec::new();
    let mut headers = 0;
    let mut view = HeaderView::default();
    let mut first_line = None;
    let limit = options.max_line_bytes;
    loop {
        buf.clear();
        let n = Read::take(input.by_ref(), limit as u64 + 1).read_until(b'\n', &mut buf)?;
        if n == 0 {
            break;
        }
        if n > limit {
            // Skip the rest of the line without holding it; the lines around it are read.
            let rest = if buf.last() == Some(&b'\n') {
                0
            } else {
                input.skip_until(b'\n')?
            };
            warn_long_line(warnings, pending.len() as u64, byte, limit);
            pending.push(Pending {
                byte,
                bytes: Vec::new(),
                header: None,
                skipped: true,
            });
            byte += (n + rest) as u64;
            buf = Vec::new();
            continue;
        }
        let text = String::from_utf8_lossy(trim_eol(&buf));
        if first_line.is_none() && !text.trim().is_empty() {
            first_line = Some(text.chars().take(80).collect::<String>());
        }
        view.fill(&text);
        let header = header::parse(&view.bytes, true).map(|h| (h.shape, view.original(h.rest)));
        if let Some((shape, _)) = header {
            headers += 1;
            match shapes.iter_mut().find(|(s, _)| *s == shape) {
                Some((_, count)) => *count += 1,
                None => shapes.push((shape, 1)),
            }
        }
        pending_bytes += buf.len();
        pending.push(Pending {
            byte,
            bytes: buf.clone(),
            header,
            skipped: false,
        });
        byte += n as u64;
        if headers >= LEARN_HEADERS || pending_bytes >= LEARN_BYTES {
            break;
        }
    }
    // The most frequent shape; the first seen wins a tie.
    let mut dominant: Option<(Shape, usize)> = None;
    for &(shape, count) in &shapes {
        if dominant.is_none_or(|(_, best)| count > best) {
            dominant = Some((shape, count));
        }
    }
    let Some((shape, _)) = dominant else {
        return Err(ChatReadError::NoMessages {
            lines: pending.len() as u64,
            first: first_line.unwrap_or_default(),
        });
    };
    let mut reader = Reader::new(options, warnings, shape);
    reader.view = view;
    reader
        .colon_names
        .extend(names_with_colons(&pending, &shape));
    // The longest name first, so `A: B: C` wins over `A: B`.
    reader
        .colon_names
        .sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    for line in &pending {
        if !line.skipped {
            reader.line(&line.bytes, line.byte, line_no);
        }
        line_no += 1;
    }
    drop(pending);
    // The rest is cut into pieces of whole lines: one UTF-8 check and one read a piece
    // instead of a line, and pieces can be read on every core.
    let mut chunker = Chunker::new(input, limit, byte, line_no);
    if options.threads <= 1 || !reader.seen_header || reader.records.is_empty() {
        // On one thread; also while no message line has been seen, since what a line
        // is then depends on the lines before it.
        while let Some(job) = chunker.next_job()? {
            chunker.give_back(reader.job(job));
        }
    } else {
        let template = PieceTemplate {
            options,
            shape: reader.shape,
            colon_names: reader.colon_names.clone(),
            encryption_by_structure: reader.encryption_by_structure,
            notice_known: reader.notice_author.is_some(),
        };
        // The names added so far, shared with the pieces cut from now on.
        let mut known: Arc<KnownNames> = Arc::default();
        crate::import::parallel::in_order(
            options.threads,
            &mut (&mut reader, &mut chunker),
            |(reader, chunker)| {
                if known.len() < reader.authors.len() {
                    known = Arc::new(reader.author_index.keys().cloned().collect());
                }
                Ok(chunker.next_job()?.map(|job| (job, Arc::clone(&known))))
            },
            |(job, known)| template.read(job, known),
            |(reader, chunker), seq, piece| {
                match piece {
                    Some(mut piece) => {
                        chunker.give_back(std::mem::take(&mut piece.bytes));
                        reader.absorb(piece);
                    }
                    None => reader.warnings.add(
                        WarningKind::SkippedRecord,
                        Position::default(),
                        format!(
                            "piece {} of the chat could not be read (a parser error)",
                            seq + 1
                        ),
                    ),
                }
                Ok::<(), io::Error>(())
            },
        )?;
    }
    Ok(reader.finish())
}

/// A line held while the shape is learnt, with its header's shape and where the text
/// after the header starts, if it has one.
struct Pending {
    byte: u64,
    bytes: Vec<u8>,
    header: Option<(Shape, usize)>,
    /// A line longer than the limit, skipped (its bytes are not held).
    skipped: bool,
}

/// Lines of one first-`: ` name that must agree before a longer name is believed.
const COLON_NAME_LINES: usize = 3;

/// Author names that contain `": "` (`Dr. Who: Time: Lord`), found among the first lines
/// (notes §1.6 step 7): when every line whose text splits to the same name at its first
/// `": "` goes on the same way up to a later `": "`, and what follows that differs, the
/// longer prefix is the name. Three lines at least, so one repeated phrase is not enough.
fn names_with_colons(lines: &[Pending], shape: &Shape) -> Vec<String> {
    // First-split name → (the longest text all its lines share, their bodies differ).
    let mut groups: HashMap<String, (String, usize, bool)> = HashMap::new();
    for line in lines {
        let Some(rest_at) = line.header.filter(|(s, _)| s == shape).map(|(_, at)| at) else {
            continue;
        };
        let text = String::from_utf8_lossy(trim_eol(&line.bytes));
        let rest = text.get(rest_at..).unwrap_or("");
        let Some((first, _)) = rest.split_once(": ") else {
            continue;
        };
        let head: String = rest.chars().take(MAX_AUTHOR_BYTES + 2).collect();
        match groups.get_mut(first) {
            None => {
                groups.insert(first.to_string(), (head, 1, false));
            }
            Some((shared, count, differ)) => {
                *count += 1;
                *differ |= *shared != head;
                let common = shared
                    .char_indices()
                    .zip(head.chars())
                    .find(|((_, a), b)| a != b)
                    .map_or(shared.len().min(head.len()), |((at, _), _)| at);
                shared.truncate(common);
            }
        }
    }
    groups
        .into_iter()
        .filter(|(_, (_, count, differ))| *count >= COLON_NAME_LINES && *differ)
        .filter_map(|(first, (shared, _, _))| {
            let end = shared.rfind(": ")?;
            (end > first.len()).then(|| shared[..end].to_string())
        })
        .collect()
}

fn trim_eol(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    bytes.strip_suffix(b"\r").unwrap_or(bytes)
}

/// An author name as shown and keyed: direction marks, BOM and the `~ ` of names not in
/// the address book removed.
pub fn clean_name(name: &str) -> std::borrow::Cow<'_, str> {
    // Most names need nothing: they start with neither a space nor `~`, end without a
    // space and hold no mark (every mark's UTF-8 starts with 0xE2 or 0xEF, bytes that
    // never occur inside another character's encoding).
    if name
        .chars()
        .next()
        .is_some_and(|c| !c.is_whitespace() && c != '~')
        && name.chars().next_back().is_some_and(|c| !c.is_whitespace())
        && memchr::memchr2(0xE2, 0xEF, name.as_bytes()).is_none()
    {
        return std::borrow::Cow::Borrowed(name);
    }
    let is_mark = |c: char| matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}');
    let trimmed = name
        .trim_matches(|c: char| c.is_whitespace() || is_mark(c))
        .trim_start_matches('~')
        .trim_start_matches([' ', '\u{00A0}', '\u{202F}']);
    if trimmed.is_ascii() || !trimmed.contains(is_mark) {
        std::borrow::Cow::Borrowed(trimmed)
    } else {
        std::borrow::Cow::Owned(trimmed.chars().filter(|&c| !is_mark(c)).collect())
    }
}

impl<'a> Reader<'a> {
    fn new(options: &'a ChatReadOptions, warnings: &'a mut Warnings, shape: Shape) -> Self {
        Reader {
            options,
            warnings,
            shape,
            view: HeaderView::default(),
            records: Records::default(),
            author_index: HashMap::default(),
            authors: Vec::new(),
            colon_names: options
                .title
                .iter()
                .filter(|t| t.contains(": "))
                .cloned()
                .collect(),
            events: BTreeMap::new(),
            media: BTreeMap::new(),
            deleted: 0,
            lang_votes: [0; Lang::COUNT],
            subject: None,
            seen_header: false,
            continuation_lines: 0,
            encryption_by_structure: false,
            second_person_lines: 0,
            notice_author: None,
            piece: None,
        }
    }

    /// Adds a piece read on another thread after everything read so far: its authors
    /// are named here in the order the piece first named them, its deferred lines are
    /// read now (in their turn, with the names seen before them), its subjects set in
    /// their turn, and its counts and warnings added.
    fn absorb(&mut self, read: ReadPiece) {
        self.warnings.append(read.warnings);
        let mut authors = Vec::with_capacity(read.authors.len());
        let mut deferred = read.piece.deferred.into_iter().peekable();
        let mut subjects = read.piece.subjects.into_iter().peekable();
        let mut records = read.records;
        for (at, record) in (0u32..).zip(records.iter_mut()) {
            while read.piece.first_use.get(authors.len()) == Some(&at) {
                let name = read.authors.get(authors.len()).map_or("", String::as_str);
                authors.push(self.intern(name));
            }
            if let Some((_, rest)) = deferred.next_if(|(line, _)| *line == at) {
                (record.author, record.event, record.content) = self.author_and_event(&rest);
            } else if record.author != NO_AUTHOR {
                record.author = authors
                    .get(record.author as usize)
                    .copied()
                    .unwrap_or(NO_AUTHOR);
            }
            while let Some((_, subject)) = subjects.next_if(|(line, _)| *line == at) {
                self.subject = Some(subject);
            }
        }
        self.records.append(records);
        for (kind, n) in read.events {
            *self.events.entry(kind).or_default() += n;
        }
        for (kind, n) in read.media {
            *self.media.entry(kind).or_default() += n;
        }
        for (total, n) in self.lang_votes.iter_mut().zip(read.lang_votes) {
            *total += n;
        }
        self.deleted += read.deleted;
        self.continuation_lines += read.continuation_lines;
        self.second_person_lines += read.second_person_lines;
    }

    /// Leaves a line to be read when the piece is added ([`Piece::deferred`]); its
    /// record is a placeholder until then.
    fn defer(&mut self, rest: &str) -> (u32, Option<EventKind>, Content) {
        let at = self.records.len() as u32;
        if let Some(piece) = &mut self.piece {
            piece.deferred.push((at, rest.to_string()));
        }
        (NO_AUTHOR, None, Content::Unknown)
    }

    /// Sets the group's subject; a piece lists it to be set in its turn.
    fn set_subject(&mut self, subject: &str) {
        let at = self.records.len() as u32;
        match &mut self.piece {
            Some(piece) => piece.subjects.push((at, subject.to_string())),
            None => self.subject = Some(subject.to_string()),
        }
    }

    /// Reads a piece of the text ([`Chunker`]); gives back its buffer, to hold a later
    /// job.
    fn job(&mut self, job: Job) -> Vec<u8> {
        match job {
            Job::Lines {
                bytes,
                mut byte,
                mut line,
                lines,
            } => {
                // Room for a record a line, made at once: a piece's list grew by doubling
                // (copying itself, and faulting in new pages each time).
                self.records.reserve(usize::try_from(lines).unwrap_or(0));
                self.lines(&bytes, &mut byte, &mut line);
                bytes
            }
            Job::LongLine { byte, line } => {
                warn_long_line(self.warnings, line, byte, self.options.max_line_bytes);
                Vec::new()
            }
        }
    }

    /// Reads whole lines (the last may lack its newline), counting bytes and lines.
    fn lines(&mut self, chunk: &[u8], byte: &mut u64, line_no: &mut u64) {
        // A text that is valid UTF-8 is valid at every newline, so one check covers every
        // line; a chunk with a bad byte goes line by line to say which line it was. The
        // check is `simdutf8`'s: the standard library's took 8 % of the samples on a
        // realistic chat in Latin and Cyrillic script (its reading went 274 to 229 ms).
        let valid = simdutf8::basic::from_utf8(chunk).ok();
        let mut start = 0;
        while start < chunk.len() {
            let end = memchr::memchr(b'\n', chunk.get(start..).unwrap_or_default())
                .map_or(chunk.len(), |at| start + at + 1);
            match valid.and_then(|text| text.get(start..end)) {
                Some(line) => {
                    let line = line.strip_suffix('\n').unwrap_or(line);
                    let line = line.strip_suffix('\r').unwrap_or(line);
                    self.text_line(line, *byte, *line_no);
                }
                None => self.line(chunk.get(start..end).unwrap_or_default(), *byte, *line_no),
            }
            *byte += (end - start) as u64;
            *line_no += 1;
            start = end;
        }
    }

    fn line(&mut self, raw: &[u8], byte: u64, line_no: u64) {
        let bytes = trim_eol(raw);
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => std::borrow::Cow::Borrowed(text),
            Err(_) => {
                self.warnings.add(
                    WarningKind::InvalidUtf8,
                    Position {
                        byte,
                        record: Some(line_no),
                    },
                    format!("line {} has bytes that are not UTF-8", line_no + 1),
                );
                String::from_utf8_lossy(bytes)
            }
        };
        self.text_line(&text, byte, line_no);
    }

    /// One line without its line end.
    fn text_line(&mut self, text: &str, byte: u64, line_no: u64) {
        self.view.fill(text);
        let parsed = header::parse(&self.view.bytes, self.shape.starts_with_word());
        let Some(h) = parsed.filter(|h| h.shape == self.shape) else {
            let position = Position {
                byte,
                record: Some(line_no),
            };
            if parsed.is_some() {
                self.warnings.add(
                    WarningKind::OtherHeaderFormat,
                    position,
                    format!("line {}: {}", line_no + 1, sample(text)),
                );
            }
            if self.seen_header {
                self.continuation_lines += 1;
            } else if !text.trim().is_empty() {
                self.warnings.add(
                    WarningKind::TextBeforeFirstMessage,
                    position,
                    format!("line {}: {}", line_no + 1, sample(text)),
                );
            }
            return;
        };
        self.seen_header = true;
        let Some(seconds) = h.seconds_of_day() else {
            self.warnings.add(
                WarningKind::MissingDate,
                Position {
                    byte,
                    record: Some(line_no),
                },
                format!(
                    "line {}: the time is not a real one: {}",
                    line_no + 1,
                    sample(text)
                ),
            );
            return;
        };
        let rest_at = self.view.original(h.rest);
        let rest = text.get(rest_at..).unwrap_or("");
        let (author, event, content) = self.author_and_event(rest);
        self.records.push(Record {
            date: h.date,
            seconds,
            author,
            event,
            content,
            byte,
            line: line_no,
        });
    }

    fn vote(&mut self, lang: Option<Lang>) {
        if let Some(lang) = lang {
            self.lang_votes[lang as usize] += 1;
        }
    }

    /// The index of `name`, already looked up as `index`.
    fn author_of(&mut self, index: Option<u32>, name: &str) -> u32 {
        index.unwrap_or_else(|| self.intern(name))
    }

    fn intern(&mut self, name: &str) -> u32 {
        if let Some(&idx) = self.author_index.get(name) {
            return idx;
        }
        let idx = self.authors.len() as u32;
        if let Some(piece) = &mut self.piece {
            piece.first_use.push(self.records.len() as u32);
        }
        self.author_index.insert(name.into(), idx);
        self.authors.push(name.to_string());
        idx
    }

    /// Splits `Author: body` or takes a system line; returns the author index (or
    /// [`NO_AUTHOR`]), the event kind (`None` for a message) and a message's content.
    fn author_and_event(&mut self, rest: &str) -> (u32, Option<EventKind>, Content) {
        let first = self.records.is_empty() && self.piece.is_none();
        let split = self
            .split_author(rest)
            .map(|(name, body)| (clean_name(name), body));
        // The name's index, looked up once for the whole line.
        let index = split
            .as_ref()
            .and_then(|(name, _)| self.author_index.get(&**name).copied());
        // Android system lines have no author, but their text may hold `": "` (a
        // community's name, a quoted subject): a known wording that takes the whole line
        // wins over a split, unless the split gives a name already seen writing.
        let whole = match &split {
            None => true,
            Some((name, _)) => {
                index.is_none()
                    && !self
                        .piece
                        .as_ref()
                        .is_some_and(|p| p.known.contains(&**name))
            }
        };
        let whole_found = if whole { system::classify(rest) } else { None };
        // In a piece, a name not seen in it may have been seen before it.
        if whole_found.is_some() && split.is_some() && self.piece.is_some() {
            return self.defer(rest);
        }
        let Some((name, body)) = split.filter(|_| whole_found.is_none()) else {
            return self.system_line(rest, whole_found, first);
        };
        if name.is_empty() {
            *self.events.entry(EventKind::Other).or_default() += 1;
            return (NO_AUTHOR, Some(EventKind::Other), Content::Unknown);
        }
        // "You deleted this message" is a message, whatever wording it shares with an
        // event ("You removed …" in some languages).
        if let Some(lang) = system::deleted(body) {
            self.vote(Some(lang));
            self.deleted += 1;
            return (self.author_of(index, &name), None, Content::Deleted);
        }
        // iOS since 2021 attributes system lines to the chat or to the person acting
        // (notes §1.8): look for every wording only where that can be the case.
        let stripped = strip_marks(body);
        let is_title = self.options.title.as_deref() == Some(&*name);
        let marked = body.starts_with('\u{200E}');
        // Chats of 2013 (time first, notes §1.3 L2) attribute group events to the person
        // who exported the chat; the person acting must look like a name there ("Omar
        // joined", not "I finally joined").
        let legacy = self.shape.time_first && !self.shape.bracket;
        // Attachments (`‎<attached: …>`, `‎image omitted`) are most marked lines.
        if let Some((kind, lang)) = system::media(body) {
            self.vote(lang);
            *self.media.entry(kind).or_default() += 1;
            return (self.author_of(index, &name), None, media_content(kind));
        }
        let mut found = if is_title || legacy || marked || stripped.starts_with(&*name) {
            system::classify(body)
        } else {
            system::classify_standalone(body)
        };
        if legacy {
            found = found.filter(|f| f.actor.as_deref().is_none_or(plausible_actor));
        }
        if found.is_none() && first && (is_title || marked) && system::structural_encryption(body) {
            self.encryption_by_structure = true;
            found = Some(system::Found {
                kind: EventKind::Encryption,
                lang: Lang::En,
                actor: None,
                you: false,
            });
        }
        if let Some(f) = found {
            // The notice's author is the first one named: a piece cannot know whether
            // one was named before it.
            let notice = f.kind == EventKind::Encryption && !legacy;
            if notice && self.piece.as_ref().is_some_and(|p| !p.notice_known) {
                return self.defer(rest);
            }
            if !self.encryption_by_structure || f.kind != EventKind::Encryption {
                self.vote(Some(f.lang));
            }
            *self.events.entry(f.kind).or_default() += 1;
            if matches!(f.kind, EventKind::Created | EventKind::Subject)
                && let Some(subject) = last_quoted(stripped)
            {
                self.set_subject(subject);
            }
            self.second_person_lines += u64::from(f.you);
            // The chat's name and the exporter of a 2013 chat only carry the line.
            let author = if is_title || legacy {
                NO_AUTHOR
            } else {
                self.author_of(index, &name)
            };
            // iOS writes a 1:1 chat's notice under the other person's name (the chat's
            // name too); in a group, under the group's.
            if notice && self.piece.is_none() && self.notice_author.is_none() {
                self.notice_author = Some(self.author_of(index, &name));
            }
            return (author, Some(f.kind), Content::Unknown);
        }
        (self.author_of(index, &name), None, Content::Text)
    }

    /// A line without an author: a system line, known by its wording when a table has
    /// it, or as the encryption notice when it is the chat's first line and names
    /// WhatsApp.
    fn system_line(
        &mut self,
        text: &str,
        found: Option<system::Found>,
        first: bool,
    ) -> (u32, Option<EventKind>, Content) {
        let kind = match found {
            Some(f) => {
                self.vote(Some(f.lang));
                self.second_person_lines += u64::from(f.you);
                f.kind
            }
            None if first && system::structural_encryption(text) => {
                self.encryption_by_structure = true;
                EventKind::Encryption
            }
            None => EventKind::Other,
        };
        if matches!(kind, EventKind::Created | EventKind::Subject)
            && let Some(subject) = last_quoted(text)
        {
            self.set_subject(subject);
        }
        *self.events.entry(kind).or_default() += 1;
        (NO_AUTHOR, Some(kind), Content::Unknown)
    }

    /// `Author: body`; `None` for a system line.
    fn split_author<'r>(&self, rest: &'r str) -> Option<(&'r str, &'r str)> {
        for known in &self.colon_names {
            if let Some(body) = rest
                .strip_prefix(known.as_str())
                .and_then(|r| r.strip_prefix(": "))
            {
                return Some((&rest[..known.len()], body));
            }
        }
        // The first `: ` found from its colons (a `memmem` finder costs more to set up
        // than this short search takes).
        let colon = memchr::memchr_iter(b':', rest.as_bytes())
            .find(|&at| rest.as_bytes().get(at + 1) == Some(&b' '));
        let (name, body) = match colon {
            Some(at) => (&rest[..at], &rest[at + 2..]),
            None => match rest.strip_suffix(':') {
                // `Name:` with an empty body at the end of the line.
                Some(name) if !name.contains(':') => (name, ""),
                _ => {
                    // `Name:body` without a space (zh iOS, ChatLab#281): a short name, not
                    // a time (`changed to 10:30`) and no sentence.
                    let (name, body) = rest.split_once(':')?;
                    let short =
                        name.len() <= MAX_SPACELESS_AUTHOR_BYTES && name.matches(' ').count() <= 2;
                    let time_like = name.ends_with(|c: char| c.is_ascii_digit())
                        && body.starts_with(|c: char| c.is_ascii_digit());
                    if !short || time_like || body.is_empty() {
                        return None;
                    }
                    (name, body)
                }
            },
        };
        // A colon inside a quoted subject (`changed the subject to "Plans: 2024"`) makes
        // system text look authored; so does French spacing before a colon
        // (`… de la communauté : Riverside`): WhatsApp writes `Name: ` with none.
        if name.len() > MAX_AUTHOR_BYTES
            || name.contains(['"', '“', '„', '«', '「'])
            || name.ends_with([' ', '\u{00A0}', '\u{202F}'])
        {
            return None;
        }
        Some((name, body))
    }

    fn finish(mut self) -> ParsedChat {
        let shape = self.shape;
        let year_note = (shape.long_year_at == header::NO_YEAR).then(|| {
            let anchor = self
                .options
                .modified
                .unwrap_or_else(|| chrono::Local::now().date_naive());
            supply_years(&mut self.records, anchor, self.options.modified.is_some())
        });
        let year_first_written = shape.long_year_at == 0;
        let records = std::mem::take(&mut self.records);
        let total = records.len();
        let mut lists = records.lists;
        // The records in two halves (at a list's end), each read on its own core when
        // there are two: first for the date order's evidence, then into lines.
        let halves = self.options.threads > 1 && total >= HALVES_FROM;
        let later_lists = if halves {
            lists.split_off(half_point(&lists))
        } else {
            Vec::new()
        };
        let last_before_later = lists.iter().rev().find_map(|list| list.last());
        let (mut evidence, later_evidence) = both(
            halves,
            || evidence_of(&lists, None, year_first_written),
            || evidence_of(&later_lists, last_before_later, year_first_written),
        );
        evidence.append(later_evidence);
        let lang = self.options.lang_hint.or_else(|| {
            let (best, votes) = self
                .lang_votes
                .iter()
                .enumerate()
                .max_by_key(|(i, v)| (**v, std::cmp::Reverse(*i)))?;
            (*votes > 0).then(|| Lang::ALL.get(best).copied()).flatten()
        });
        let mut decided = date_order::decide(&evidence, &shape, lang, self.options.date_order);
        decided.decision.years_guessed = year_note.is_some();
        let long_year = shape.long_year_at < 3;
        let wall_times = WallTimes::new(&decided, shape.era, long_year);
        // The later half's first line is checked against the last dated line before it.
        let last_dated = {
            let mut wall_times = wall_times.clone();
            lists
                .iter()
                .rev()
                .flat_map(|list| list.iter().rev())
                .find_map(|r| wall_times.of(r))
        };
        let (mut lines, later) = both(
            halves,
            || Lines::of(lists, None, wall_times.clone(), total),
            || {
                let capacity = later_lists.iter().map(Vec::len).sum();
                Lines::of(later_lists, last_dated, wall_times.clone(), capacity)
            },
        );
        lines.append(later);
        let Lines {
            lines,
            out_of_order,
            not_dates,
            ..
        } = lines;
        for (byte, line, [a, b, c]) in not_dates {
            self.warnings.add(
                WarningKind::MissingDate,
                Position {
                    byte,
                    record: Some(line),
                },
                format!(
                    "line {}: {a}/{b}/{c} is not a date when read as {}",
                    line + 1,
                    decided.decision.order.id()
                ),
            );
        }
        ParsedChat {
            lines,
            authors: self.authors,
            shape,
            date_order: decided.decision,
            date_order_note: decided.sentence,
            year_note,
            events: self.events,
            media: self.media,
            deleted: self.deleted,
            lang,
            subject: self.subject,
            out_of_order,
            continuation_lines: self.continuation_lines,
            encryption_by_structure: self.encryption_by_structure,
            second_person_lines: self.second_person_lines,
            notice_author: self.notice_author,
        }
    }
}

/// Records from which [`Reader::finish`] reads its two halves on two cores (below, the
/// second thread costs more than it saves).
const HALVES_FROM: usize = 1 << 16;

/// Where to cut `lists` so that the first part holds about half of the records.
fn half_point(lists: &[Vec<Record>]) -> usize {
    let total: usize = lists.iter().map(Vec::len).sum();
    let mut seen = 0;
    for (i, list) in lists.iter().enumerate() {
        seen += list.len();
        if seen * 2 >= total {
            return i + 1;
        }
    }
    lists.len()
}

/// Runs `a` and `b`, `a` on this thread and `b` on another when `two`
/// ([`crate::import::parallel::join`]), else one after the other.
fn both<A, B: Send>(two: bool, a: impl FnOnce() -> A, b: impl FnOnce() -> B + Send) -> (A, B) {
    if two {
        let (b, a) = crate::import::parallel::join(b, a);
        (a, b)
    } else {
        (a(), b())
    }
}

/// The date order's evidence from `lists`, read after the record `before` (the last one
/// before them in the file, whose date the first may fall back from).
fn evidence_of(lists: &[Vec<Record>], before: Option<&Record>, year_first: bool) -> Evidence {
    let split = |r: &Record| {
        let [a, b, c] = r.date;
        if year_first { (b, c, a) } else { (a, b, c) }
    };
    let mut evidence = match before {
        Some(r) => {
            let (x, y, year) = split(r);
            Evidence::after(x, y, year)
        }
        None => Evidence::default(),
    };
    for r in lists.iter().flatten() {
        let (x, y, year) = split(r);
        evidence.add(x, y, year);
    }
    evidence
}

/// Records turned into lines, in file order, with what was noticed on the way.
struct Lines {
    lines: Vec<ChatLine>,
    /// Lines earlier than the dated line before them in the file by more than
    /// [`OUT_OF_ORDER_SECS`].
    out_of_order: u64,
    /// Records whose date is not one under the decided order: (byte, line, date).
    not_dates: Vec<(u64, u64, [u16; 3])>,
    /// The last dated line's time.
    last: Option<WallTime>,
}

impl Lines {
    /// Turns `lists` into lines; `before` is the time of the last dated line before them
    /// in the file. Each list is given back once read, so records (32 bytes) and lines
    /// (16) are never held whole together.
    fn of(
        lists: Vec<Vec<Record>>,
        before: Option<WallTime>,
        mut wall_times: WallTimes<'_>,
        capacity: usize,
    ) -> Self {
        let mut out = Self {
            lines: Vec::with_capacity(capacity),
            out_of_order: 0,
            not_dates: Vec::new(),
            last: before,
        };
        let mut freed = 0;
        for list in lists {
            for r in &list {
                let Some(wall) = wall_times.of(r) else {
                    out.not_dates.push((r.byte, r.line, r.date));
                    continue;
                };
                if out.last.is_some_and(|l| wall.0 < l.0 - OUT_OF_ORDER_SECS) {
                    out.out_of_order += 1;
                }
                out.last = Some(wall);
                out.lines.push(ChatLine {
                    wall,
                    author: r.author,
                    event: r.event,
                    content: r.content,
                });
            }
            // The lists were made on the parse threads, in their allocator arenas, which
            // keep what is freed unless asked: without this, a 400 MB chat held its
            // records and its lines together (372 MB against 258).
            freed += list.capacity() * std::mem::size_of::<Record>();
            drop(list);
            if freed >= GIVE_BACK_BYTES {
                crate::import::parallel::give_back_freed_memory();
                freed = 0;
            }
        }
        out
    }

    /// Adds the lines that follow these in the file (read with these' last time as their
    /// `before`).
    fn append(&mut self, later: Lines) {
        self.lines.extend_from_slice(&later.lines);
        self.out_of_order += later.out_of_order;
        self.not_dates.extend(later.not_dates);
        self.last = later.last.or(self.last);
    }
}

/// Wall-clock times of records under the decided order, remembering the last date's
/// midnight: most lines share their date with the line before (or after), and the
/// calendar arithmetic is the larger part of a record's conversion.
#[derive(Clone)]
struct WallTimes<'d> {
    decided: &'d Decided,
    era: Era,
    /// The year was written with four digits (so `0000` is the year 0, no time a message
    /// has, not 2000).
    long_year: bool,
    last: Option<([u16; 3], Option<i64>)>,
}

impl<'d> WallTimes<'d> {
    fn new(decided: &'d Decided, era: Era, long_year: bool) -> Self {
        Self {
            decided,
            era,
            long_year,
            last: None,
        }
    }

    /// The record's time, when its date is a real one and its time within the day.
    fn of(&mut self, r: &Record) -> Option<WallTime> {
        if r.seconds >= 86_400 {
            return None;
        }
        let midnight = match self.last {
            Some((date, midnight)) if date == r.date => midnight,
            _ => {
                let midnight = self.midnight(r.date);
                self.last = Some((r.date, midnight));
                midnight
            }
        };
        WallTime::checked(midnight? + i64::from(r.seconds))
    }

    /// Seconds from 1970-01-01 to the start of the day `date` names.
    fn midnight(&self, [a, b, c]: [u16; 3]) -> Option<i64> {
        let decided = self.decided;
        let (year, x, y) = if decided.year_first {
            (a, b, c)
        } else {
            (c, a, b)
        };
        let (day, month) = if decided.day_first { (x, y) } else { (y, x) };
        let year = i32::from(year);
        let year = match self.era {
            Era::Buddhist => year - 543,
            Era::Reiwa => 2018 + year,
            Era::Heisei => 1988 + year,
            Era::Gregorian if year < 100 && !self.long_year => 2000 + year,
            Era::Gregorian => year,
        };
        let date = NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day))?;
        Some(date.and_time(chrono::NaiveTime::MIN).and_utc().timestamp())
    }
}

/// A date without a year more than this many days before the previous line's starts a
/// new year (a smaller fall is a line out of order).
const NEW_YEAR_FALL_DAYS: u32 = 2;

/// Gives dates written without a year (`18 Mar 12:14`, notes §1.3 L3) one: the lines are
/// taken as running forward in time, a new year beginning wherever the date falls back,
/// and the last line belongs to the latest year that does not put it after `anchor` (the
/// file's date, `from_file`, or else today). Returns the sentence that says so.
fn supply_years(records: &mut Records, anchor: NaiveDate, from_file: bool) -> String {
    // Records hold `[day, month, 0]`; a day of the year good enough to compare.
    let ordinal = |r: &Record| u32::from(r.date[1]) * 31 + u32::from(r.date[0]);
    let mut offsets = Vec::with_capacity(records.len());
    let mut offset = 0i32;
    let mut previous = None;
    for r in records.iter() {
        let now = ordinal(r);
        if previous.is_some_and(|p: u32| now + NEW_YEAR_FALL_DAYS < p) {
            offset += 1;
        }
        previous = Some(now);
        offsets.push(offset);
    }
    let last_year = match records.last() {
        Some(r) if ordinal(r) > anchor.month() * 31 + anchor.day() => anchor.year() - 1,
        _ => anchor.year(),
    };
    let first_year = last_year - offset;
    for (r, offset) in records.iter_mut().zip(offsets) {
        r.date[2] = u16::try_from(first_year + offset).unwrap_or(0);
    }
    let years = if offset == 0 {
        first_year.to_string()
    } else {
        format!("{first_year}–{last_year}")
    };
    let from = if from_file {
        format!("the file's date ({anchor})")
    } else {
        format!("today ({anchor}), the file's date being unknown")
    };
    format!(
        "The dates carry no year: years counted back from {from}, a new year wherever the date falls back ({years}). They are a guess; check them."
    )
}

/// The last text in quotes (`created group "Family"` → `Family`).
/// Whether the person acting in a 2013 system line looks like a name or a number: a few
/// words that start with a capital, a digit or `+` (or in a script without case), and not
/// a pronoun ("I finally joined" is a message).
fn plausible_actor(actor: &str) -> bool {
    const PRONOUNS: &[&str] = &["I", "We", "You", "He", "She", "They", "It", "This", "That"];
    let Some(first) = actor.chars().next() else {
        return false;
    };
    let starts_like_a_name = first.is_uppercase()
        || first.is_ascii_digit()
        || first == '+'
        || (first.is_alphabetic() && !first.is_lowercase());
    starts_like_a_name && actor.split_whitespace().count() <= 4 && !PRONOUNS.contains(&actor)
}

fn last_quoted(text: &str) -> Option<&str> {
    let close = text.rfind(['"', '”', '“', '»'])?;
    let open = text[..close].rfind(['"', '“', '„', '«'])?;
    let quoted = text.get(open..close)?;
    let inner = quoted.get(quoted.chars().next()?.len_utf8()..)?;
    (!inner.is_empty()).then_some(inner)
}

fn sample(text: &str) -> String {
    text.chars().take(120).collect()
}

#[cfg(test)]
mod tests {
    use super::super::chunks::CHUNK_BYTES;
    use super::*;

    /// Hands out a few bytes per read, so lines straddle every chunk boundary.
    struct Trickle<'a>(&'a [u8]);

    impl io::Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = buf.len().min(self.0.len()).min(7);
            let (head, tail) = self.0.split_at(n);
            buf[..n].copy_from_slice(head);
            self.0 = tail;
            Ok(n)
        }
    }

    fn read(input: impl BufRead) -> String {
        let mut warnings = Warnings::default();
        let parsed = read_chat(input, &ChatReadOptions::default(), &mut warnings).unwrap();
        format!("{parsed:?} {warnings:?}")
    }

    #[test]
    fn clean_names() {
        for (name, clean) in [
            ("Ann", "Ann"),
            ("鲍勃", "鲍勃"),
            ("~\u{00A0}Bob", "Bob"),
            (" Ann ", "Ann"),
            ("Анна\u{00A0}", "Анна"),
            ("Ann\u{3000}", "Ann"),
            ("\u{200E}عمار\u{200F}", "عمار"),
            ("A\u{200E}nn", "Ann"),
            ("Zoë – €", "Zoë – €"),
            ("", ""),
        ] {
            assert_eq!(clean_name(name), clean, "{name:?}");
        }
    }

    #[test]
    fn chunk_boundaries_change_nothing() {
        let mut text = Vec::new();
        for i in 0..3000 {
            text.extend_from_slice(
                format!(
                    "1/{}/18, 12:{:02}\u{202F}PM - Ann{}: hi {i} ü\r\n",
                    i % 28 + 1,
                    i % 60,
                    i % 7
                )
                .as_bytes(),
            );
            if i == 1000 {
                // A line longer than a chunk, then one that is not UTF-8.
                text.extend(std::iter::repeat_n(b'x', CHUNK_BYTES + 10));
                text.extend_from_slice(b"\nbad \xFF line\n");
            }
        }
        text.extend_from_slice(b"1/2/18, 1:00\xE2\x80\xAFPM - Bo: no newline at the end");
        let whole = read(&text[..]);
        assert!(whole.contains("InvalidUtf8"), "{whole}");
        assert!(whole.contains("continuation_lines: 2"), "{whole}");
        assert_eq!(read(io::BufReader::with_capacity(3, Trickle(&text))), whole);
    }
}
