//! Cuts a chat's text into jobs of whole lines (about 1 MiB each) that can be read on
//! any thread: each job knows the byte and line number it starts at, so warnings name
//! the right line wherever it is parsed. Lines longer than the limit are not held: they
//! become a job of their own that only says so.

use std::io::{self, Read};

/// Bytes read at a time.
pub const CHUNK_BYTES: usize = 1 << 20;

/// A piece of the chat to read.
#[derive(Debug)]
pub enum Job {
    /// Whole lines (the last may lack its newline at the end of the file), starting at
    /// byte `byte` and line `line` (from 0) of the text.
    Lines {
        bytes: Vec<u8>,
        byte: u64,
        line: u64,
        /// How many lines `bytes` holds (so a reader can make room for their records).
        lines: u64,
    },
    /// A line longer than the limit, skipped; it starts at `byte` and is line `line`.
    LongLine { byte: u64, line: u64 },
}

/// Reads `input` and hands out [`Job`]s in order.
pub struct Chunker<R> {
    input: R,
    buf: Vec<u8>,
    /// Bytes of `buf` holding an unfinished line.
    len: usize,
    /// Inside a line longer than the limit: its bytes are dropped up to its newline.
    skipping: bool,
    limit: usize,
    byte: u64,
    line: u64,
    done: bool,
    /// Buffers of jobs already read, given back to hold the next jobs: a new buffer for
    /// each job made the system hand out (and fault in) fresh pages for every megabyte.
    spare: Vec<Vec<u8>>,
}

/// Spare buffers kept at most (a few jobs are in flight at once).
const MAX_SPARE: usize = 16;

impl<R: Read> Chunker<R> {
    /// Reads from `input`, which starts at byte `byte` and line `line` of the text;
    /// lines of more than `limit` bytes are skipped.
    pub fn new(input: R, limit: usize, byte: u64, line: u64) -> Self {
        Self {
            input,
            buf: vec![0; CHUNK_BYTES.min(limit + 1)],
            len: 0,
            skipping: false,
            limit,
            byte,
            line,
            done: false,
            spare: Vec::new(),
        }
    }

    /// Takes back a job's buffer, to hold a later job; one grown past twice the usual
    /// size (a long line's) is let go.
    pub fn give_back(&mut self, bytes: Vec<u8>) {
        if self.spare.len() < MAX_SPARE && bytes.capacity() <= 2 * CHUNK_BYTES {
            self.spare.push(bytes);
        }
    }

    /// The next job, `None` at the end of the text.
    ///
    /// Errors: the input's read errors.
    pub fn next_job(&mut self) -> io::Result<Option<Job>> {
        loop {
            if self.done {
                return Ok(None);
            }
            if self.len == self.buf.len() {
                // The unfinished line fills the buffer.
                if self.len > self.limit {
                    let job = Job::LongLine {
                        byte: self.byte,
                        line: self.line,
                    };
                    self.byte += self.len as u64;
                    self.len = 0;
                    self.skipping = true;
                    return Ok(Some(job));
                }
                self.buf.resize((self.buf.len() * 2).min(self.limit + 1), 0);
            }
            let n = match self
                .input
                .read(self.buf.get_mut(self.len..).unwrap_or_default())
            {
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if self.skipping {
                let read = self.buf.get(..n).unwrap_or_default();
                match memchr::memchr(b'\n', read) {
                    Some(at) => {
                        self.byte += at as u64 + 1;
                        self.line += 1;
                        self.skipping = false;
                        self.buf.copy_within(at + 1..n, 0);
                        self.len = n - at - 1;
                    }
                    None if n == 0 => self.done = true,
                    None => self.byte += n as u64,
                }
                continue;
            }
            let filled = self.buf.get(..self.len + n).unwrap_or_default();
            // At the end the last line needs no newline.
            let complete = if n == 0 {
                self.done = true;
                filled.len()
            } else {
                match memchr::memrchr(b'\n', filled) {
                    Some(at) => at + 1,
                    None => {
                        self.len += n;
                        continue;
                    }
                }
            };
            if complete == 0 {
                continue;
            }
            let mut bytes = self.spare.pop().unwrap_or_default();
            bytes.clear();
            bytes.extend_from_slice(filled.get(..complete).unwrap_or_default());
            let lines = memchr::memchr_iter(b'\n', &bytes).count() as u64
                + u64::from(bytes.last() != Some(&b'\n'));
            let job = Job::Lines {
                bytes,
                byte: self.byte,
                line: self.line,
                lines,
            };
            self.byte += complete as u64;
            self.line += lines;
            self.buf.copy_within(complete..self.len + n, 0);
            self.len = self.len + n - complete;
            return Ok(Some(job));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jobs(text: &[u8], limit: usize) -> Vec<Job> {
        let mut chunker = Chunker::new(text, limit, 100, 10);
        let mut jobs = Vec::new();
        while let Some(job) = chunker.next_job().unwrap() {
            jobs.push(job);
        }
        jobs
    }

    #[test]
    fn jobs_hold_whole_lines_and_know_where_they_start() {
        let mut text = Vec::new();
        for i in 0..100_000 {
            text.extend_from_slice(format!("line {i}\n").as_bytes());
        }
        text.extend_from_slice(b"last, no newline");
        let jobs = jobs(&text, 1 << 30);
        assert!(jobs.len() > 1, "{} jobs", jobs.len());
        let mut byte = 100;
        let mut line = 10;
        let mut joined = Vec::new();
        for job in &jobs {
            let Job::Lines {
                bytes,
                byte: at,
                line: first,
                lines,
            } = job
            else {
                panic!("no line is long");
            };
            assert_eq!((*at, *first), (byte, line));
            assert!(bytes.ends_with(b"\n") || bytes.ends_with(b"newline"));
            byte += bytes.len() as u64;
            let counted = bytes
                .split(|&b| b == b'\n')
                .filter(|l| !l.is_empty())
                .count() as u64;
            assert_eq!(*lines, counted);
            line += counted;
            joined.extend_from_slice(bytes);
        }
        assert_eq!(joined, text);
        assert_eq!(line, 10 + 100_001);
    }

    #[test]
    fn a_long_line_is_a_job_of_its_own() {
        let mut text = b"short\n".to_vec();
        text.extend(std::iter::repeat_n(b'x', 3 * CHUNK_BYTES));
        text.extend_from_slice(b"\nafter\n");
        let jobs = jobs(&text, CHUNK_BYTES);
        let kinds: Vec<String> = jobs
            .iter()
            .map(|j| match j {
                Job::Lines {
                    bytes, byte, line, ..
                } => {
                    format!("{}@{byte}/{line}", String::from_utf8_lossy(bytes).trim())
                }
                Job::LongLine { byte, line } => format!("long@{byte}/{line}"),
            })
            .collect();
        let after = 100 + 6 + 3 * CHUNK_BYTES as u64 + 1;
        assert_eq!(
            kinds,
            [
                "short@100/10".to_string(),
                "long@106/11".to_string(),
                format!("after@{after}/12")
            ]
        );
    }
}
