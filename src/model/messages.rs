//! Messages as compact columns: a handful of bytes per message, no text.

use std::collections::HashMap;

use super::WallTime;

/// Whether a record was written by a person or is a service event (joined, left, call ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum MessageKind {
    Message = 0,
    Service = 1,
}

/// What a message carries, as far as the export says. No content is kept, only its kind:
/// Telegram's `media_type`, `photo`, `file` … keys and HTML media blocks, WhatsApp's media
/// markers (`<Media omitted>`, `image omitted`, `IMG-….jpg (file attached)`), WeChat's
/// type codes and exporter labels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Content {
    /// Service events, and messages whose export does not say.
    #[default]
    Unknown = 0,
    Text,
    Image,
    Video,
    /// Voice messages and audio files.
    Voice,
    Sticker,
    /// Animations (Telegram `animation`, WhatsApp `GIF omitted`).
    Gif,
    /// Documents and other files.
    File,
    Location,
    /// A shared contact card.
    Contact,
    Link,
    Poll,
    /// A reply quoting another message (WeChat 49/57).
    Quote,
    /// Money sent in the chat (WeChat 转账).
    Transfer,
    /// WeChat 红包.
    RedPacket,
    MiniProgram,
    /// A bundle of forwarded messages (WeChat 聊天记录).
    ForwardedChat,
    /// WeChat Channels (视频号) posts.
    Channels,
    /// Another app or rich message (games, invoices, WeChat 49 without a known sub-type).
    App,
    Call,
    /// A media file whose type the export does not say (WhatsApp `<Media omitted>`).
    Media,
    /// "This message was deleted".
    Deleted,
    Other,
}

impl Content {
    /// Every kind, in the order charts list them when counts tie.
    pub const ALL: [Content; 23] = [
        Self::Text,
        Self::Image,
        Self::Video,
        Self::Voice,
        Self::Sticker,
        Self::Gif,
        Self::File,
        Self::Location,
        Self::Contact,
        Self::Link,
        Self::Poll,
        Self::Quote,
        Self::Transfer,
        Self::RedPacket,
        Self::MiniProgram,
        Self::ForwardedChat,
        Self::Channels,
        Self::App,
        Self::Call,
        Self::Media,
        Self::Deleted,
        Self::Other,
        Self::Unknown,
    ];

    /// The kind whose number (`content as u8`) is `n`: [`Content::ALL`] lists them from 1
    /// on, with `Unknown` (0) last.
    fn from_number(n: u8) -> Option<Content> {
        match n {
            0 => Some(Self::Unknown),
            n => Self::ALL
                .get(usize::from(n) - 1)
                .copied()
                .filter(|c| *c as u8 == n),
        }
    }

    /// A stable id (`text`, `voice`, `red_packet` …).
    pub fn id(self) -> &'static str {
        match self {
            Self::Unknown => "unknown",
            Self::Text => "text",
            Self::Image => "image",
            Self::Video => "video",
            Self::Voice => "voice",
            Self::Sticker => "sticker",
            Self::Gif => "gif",
            Self::File => "file",
            Self::Location => "location",
            Self::Contact => "contact",
            Self::Link => "link",
            Self::Poll => "poll",
            Self::Quote => "quote",
            Self::Transfer => "transfer",
            Self::RedPacket => "red_packet",
            Self::MiniProgram => "mini_program",
            Self::ForwardedChat => "forwarded_chat",
            Self::Channels => "channels",
            Self::App => "app",
            Self::Call => "call",
            Self::Media => "media",
            Self::Deleted => "deleted",
            Self::Other => "other",
        }
    }

    /// The name people read on a chart.
    pub fn label(self) -> &'static str {
        match self {
            Self::Unknown => "type not given",
            Self::Text => "text",
            Self::Image => "photo / image",
            Self::Video => "video",
            Self::Voice => "voice / audio",
            Self::Sticker => "sticker",
            Self::Gif => "GIF",
            Self::File => "file",
            Self::Location => "location",
            Self::Contact => "contact card",
            Self::Link => "link",
            Self::Poll => "poll",
            Self::Quote => "quote",
            Self::Transfer => "money transfer",
            Self::RedPacket => "red packet",
            Self::MiniProgram => "mini program",
            Self::ForwardedChat => "forwarded chat",
            Self::Channels => "Channels post",
            Self::App => "app message",
            Self::Call => "call",
            Self::Media => "media (type not given)",
            Self::Deleted => "deleted message",
            Self::Other => "other",
        }
    }
}

/// Index into [`super::Footprint::conversations`].
pub type ConversationIdx = u32;
/// Index into [`Senders`]; [`NO_SENDER`] when the export names nobody.
pub type SenderIdx = u32;
pub const NO_SENDER: SenderIdx = u32::MAX;
/// Marks a missing Unix time in [`MessageColumns::unix_offset`].
pub const NO_UNIX_OFFSET: i32 = i32::MIN;

/// The messages' wall times: seconds from [`WallTime::EARLIEST`] (1990) in a `u32`, 4
/// bytes instead of 8, while every time fits (until 2126: any real export); the first time
/// that does not (a time an importer did not check) turns the column into `i64`s. Exact
/// either way.
#[derive(Clone, Debug, PartialEq)]
pub enum WallColumn {
    Narrow(Vec<u32>),
    Wide(Vec<WallTime>),
}

impl Default for WallColumn {
    fn default() -> Self {
        Self::Narrow(Vec::new())
    }
}

impl WallColumn {
    fn narrow(t: WallTime) -> Option<u32> {
        u32::try_from(t.0 - WallTime::EARLIEST.0).ok()
    }

    fn wide(x: u32) -> WallTime {
        WallTime(WallTime::EARLIEST.0 + i64::from(x))
    }

    /// All times as `i64`s, from now on.
    fn widen(&mut self) {
        if let Self::Narrow(v) = self {
            *self = Self::Wide(v.iter().map(|&x| Self::wide(x)).collect());
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Self::Narrow(v) => v.len(),
            Self::Wide(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Message `i`'s wall time.
    pub fn get(&self, i: usize) -> Option<WallTime> {
        match self {
            Self::Narrow(v) => v.get(i).map(|&x| Self::wide(x)),
            Self::Wide(v) => v.get(i).copied(),
        }
    }

    /// Message `i`'s wall time, for `i` below [`WallColumn::len`] (the loops over the
    /// messages); [`WallTime::EARLIEST`] past the end.
    pub fn at(&self, i: usize) -> WallTime {
        self.get(i).unwrap_or(WallTime::EARLIEST)
    }

    /// Every time, in message order.
    pub fn iter(&self) -> impl Iterator<Item = WallTime> + '_ {
        (0..self.len()).map(|i| self.at(i))
    }

    pub fn push(&mut self, t: WallTime) {
        if let Self::Narrow(v) = self {
            if let Some(x) = Self::narrow(t) {
                v.push(x);
                return;
            }
            self.widen();
        }
        if let Self::Wide(v) = self {
            v.push(t);
        }
    }

    /// Sets message `i`'s time (nothing past the end).
    pub fn set(&mut self, i: usize, t: WallTime) {
        if let Self::Narrow(v) = self {
            match (Self::narrow(t), v.get_mut(i)) {
                (Some(x), Some(slot)) => {
                    *slot = x;
                    return;
                }
                (_, None) => return,
                (None, Some(_)) => self.widen(),
            }
        }
        if let Self::Wide(v) = self
            && let Some(slot) = v.get_mut(i)
        {
            *slot = t;
        }
    }

    pub fn truncate(&mut self, len: usize) {
        match self {
            Self::Narrow(v) => v.truncate(len),
            Self::Wide(v) => v.truncate(len),
        }
    }

    /// Adds `other`'s times after these.
    pub fn extend(&mut self, other: WallColumn) {
        match (&mut *self, other) {
            (Self::Narrow(a), Self::Narrow(b)) => a.extend(b),
            (_, other) => {
                self.widen();
                if let Self::Wide(a) = self {
                    a.extend(other.iter());
                }
            }
        }
    }
}

/// Each message's Unix time as seconds from its wall time (the negated UTC offset the
/// export was written in), or [`NO_UNIX_OFFSET`], kept as runs: an export's offset
/// changes only with daylight saving time and between its chats, so a 5 GB Telegram
/// export of 11.5 M messages has a few thousand runs instead of 46 MB of `i32`s. Should
/// the offsets change more often than once in [`UnixOffsets::DENSE_RUN`] messages (a
/// garbled export), the column turns into one `i32` a message, as before. Exact either
/// way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnixOffsets {
    /// `(first message, offset)` in message order; a run lasts to the next one's first
    /// message, the last to `len`.
    Runs {
        runs: Vec<(usize, i32)>,
        len: usize,
    },
    Dense(Vec<i32>),
}

impl Default for UnixOffsets {
    fn default() -> Self {
        Self::Runs {
            runs: Vec::new(),
            len: 0,
        }
    }
}

impl UnixOffsets {
    /// Messages a run must last on average once there are enough of them (16 bytes a run
    /// against 4 a message: longer runs save memory).
    pub const DENSE_RUN: usize = 8;
    /// Runs held before [`UnixOffsets::DENSE_RUN`] is checked.
    const RUNS_BEFORE_CHECK: usize = 4096;

    pub fn len(&self) -> usize {
        match self {
            Self::Runs { len, .. } => *len,
            Self::Dense(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Message `i`'s offset (a search among the runs; loops use [`UnixOffsets::iter`]).
    pub fn get(&self, i: usize) -> Option<i32> {
        match self {
            Self::Runs { runs, len } => {
                if i >= *len {
                    return None;
                }
                let after = runs.partition_point(|&(start, _)| start <= i);
                runs.get(after.checked_sub(1)?).map(|&(_, offset)| offset)
            }
            Self::Dense(v) => v.get(i).copied(),
        }
    }

    /// Every offset, in message order.
    pub fn iter(&self) -> Box<dyn Iterator<Item = i32> + '_> {
        match self {
            Self::Runs { runs, len } => {
                let ends = runs.iter().skip(1).map(|&(start, _)| start).chain([*len]);
                Box::new(runs.iter().zip(ends).flat_map(|(&(start, offset), end)| {
                    std::iter::repeat_n(offset, end.saturating_sub(start))
                }))
            }
            Self::Dense(v) => Box::new(v.iter().copied()),
        }
    }

    pub fn push(&mut self, offset: i32) {
        let too_many_runs = match self {
            Self::Runs { runs, len } => {
                if runs.last().map(|&(_, o)| o) != Some(offset) {
                    runs.push((*len, offset));
                }
                *len += 1;
                runs.len() >= Self::RUNS_BEFORE_CHECK && runs.len() * Self::DENSE_RUN > *len
            }
            Self::Dense(v) => {
                v.push(offset);
                false
            }
        };
        if too_many_runs {
            *self = Self::Dense(self.iter().collect());
        }
    }

    pub fn truncate(&mut self, new_len: usize) {
        match self {
            Self::Runs { runs, len } => {
                if new_len < *len {
                    let keep = runs.partition_point(|&(start, _)| start < new_len);
                    runs.truncate(keep);
                    *len = new_len;
                }
            }
            Self::Dense(v) => v.truncate(new_len),
        }
    }

    /// Adds `other`'s offsets after these.
    pub fn extend(&mut self, other: UnixOffsets) {
        match (&mut *self, other) {
            (Self::Dense(a), other) => a.extend(other.iter()),
            (Self::Runs { .. }, Self::Dense(b)) => {
                for offset in b {
                    self.push(offset);
                }
            }
            (
                Self::Runs { runs, len },
                Self::Runs {
                    runs: b,
                    len: b_len,
                },
            ) => {
                for (start, offset) in b {
                    if runs.last().map(|&(_, o)| o) != Some(offset) {
                        runs.push((*len + start, offset));
                    }
                }
                *len += b_len;
            }
        }
    }
}

/// All messages of a footprint, one entry per message in each column (13 bytes a message
/// while the wall times fit [`WallColumn::Narrow`], else 17, and the Unix offsets come in
/// runs).
#[derive(Debug, Default)]
pub struct MessageColumns {
    pub wall: WallColumn,
    /// The absolute time when the export has it (Telegram `date_unixtime`), as seconds
    /// from the wall time (the UTC offset the export was written in, negated), else
    /// [`NO_UNIX_OFFSET`], in runs ([`UnixOffsets`]). Read it with
    /// [`MessageColumns::unix_times`] (or [`MessageColumns::unix`] for one message).
    pub unix_offset: UnixOffsets,
    pub conversation: Vec<ConversationIdx>,
    pub sender: Vec<SenderIdx>,
    /// Each message's kind and what it carries in one byte: the [`Content`]'s number,
    /// with [`SERVICE_BIT`] set for service events. Read with [`MessageColumns::kind`] and
    /// [`MessageColumns::content`].
    pub kind_content: Vec<u8>,
}

/// Marks a service event in [`MessageColumns::kind_content`].
pub const SERVICE_BIT: u8 = 0x80;

impl MessageColumns {
    pub fn len(&self) -> usize {
        self.wall.len()
    }

    pub fn is_empty(&self) -> bool {
        self.wall.is_empty()
    }

    /// Message `i`'s kind (a message past the end is a message).
    pub fn kind(&self, i: usize) -> MessageKind {
        match self.kind_content.get(i) {
            Some(b) if b & SERVICE_BIT != 0 => MessageKind::Service,
            _ => MessageKind::Message,
        }
    }

    /// What message `i` carries ([`Content::Unknown`] for service events and past the end).
    pub fn content(&self, i: usize) -> Content {
        self.kind_content
            .get(i)
            .and_then(|b| Content::from_number(b & !SERVICE_BIT))
            .unwrap_or_default()
    }

    /// Message `i`'s absolute time in Unix seconds, when its export gave one.
    pub fn unix(&self, i: usize) -> Option<i64> {
        let offset = self.unix_offset.get(i)?;
        let wall = self.wall.get(i)?;
        (offset != NO_UNIX_OFFSET).then(|| wall.0 + i64::from(offset))
    }

    /// Every message's absolute time in Unix seconds (`None` where its export gave
    /// none), in message order.
    pub fn unix_times(&self) -> impl Iterator<Item = Option<i64>> + '_ {
        self.wall
            .iter()
            .zip(self.unix_offset.iter())
            .map(|(wall, offset)| (offset != NO_UNIX_OFFSET).then(|| wall.0 + i64::from(offset)))
    }

    /// Makes room for `additional` more messages in every column, so an importer that
    /// knows how many it will add grows the columns once instead of by doubling.
    pub fn reserve(&mut self, additional: usize) {
        match &mut self.wall {
            WallColumn::Narrow(v) => v.reserve(additional),
            WallColumn::Wide(v) => v.reserve(additional),
        }
        self.conversation.reserve(additional);
        self.sender.reserve(additional);
        self.kind_content.reserve(additional);
    }

    pub fn push(
        &mut self,
        wall: WallTime,
        unix_secs: Option<i64>,
        conversation: ConversationIdx,
        sender: SenderIdx,
        kind: MessageKind,
        content: Content,
    ) {
        self.wall.push(wall);
        // A Unix time more than 68 years from the wall time contradicts it; it is dropped.
        let offset = unix_secs
            .and_then(|u| i32::try_from(u - wall.0).ok())
            .filter(|&o| o != NO_UNIX_OFFSET);
        self.unix_offset.push(offset.unwrap_or(NO_UNIX_OFFSET));
        self.conversation.push(conversation);
        self.sender.push(sender);
        let content = if kind == MessageKind::Service {
            Content::Unknown
        } else {
            content
        };
        let service = if kind == MessageKind::Service {
            SERVICE_BIT
        } else {
            0
        };
        self.kind_content.push(content as u8 | service);
    }

    /// Keeps the first `len` messages.
    pub fn truncate(&mut self, len: usize) {
        self.wall.truncate(len);
        self.unix_offset.truncate(len);
        self.conversation.truncate(len);
        self.sender.truncate(len);
        self.kind_content.truncate(len);
    }
}

/// Interned message authors. A key is the platform plus the export's id for the author
/// (`telegram:user123`), or its display name where the export has no ids.
#[derive(Debug, Default)]
pub struct Senders {
    index: HashMap<Box<str>, SenderIdx>,
    /// The display name first seen for each sender (may be empty for deleted accounts).
    pub names: Vec<String>,
    pub keys: Vec<Box<str>>,
}

impl Senders {
    /// The index for `key`, adding it (with `name`) on first sight.
    pub fn intern(&mut self, key: &str, name: &str) -> SenderIdx {
        if let Some(&idx) = self.index.get(key) {
            if self.names[idx as usize].is_empty() && !name.is_empty() {
                self.names[idx as usize] = name.to_string();
            }
            return idx;
        }
        let idx = self.keys.len() as SenderIdx;
        let key: Box<str> = key.into();
        self.index.insert(key.clone(), idx);
        self.keys.push(key);
        self.names.push(name.to_string());
        idx
    }

    /// Looks a key up without adding it.
    pub fn get(&self, key: &str) -> Option<SenderIdx> {
        self.index.get(key).copied()
    }

    /// The display name of `idx` ("" when unknown or out of range).
    pub fn name(&self, idx: SenderIdx) -> &str {
        self.names.get(idx as usize).map_or("", String::as_str)
    }

    /// The key of `idx` (`whatsapp:Ana`, `telegram:user123`; "" when out of range).
    pub fn key(&self, idx: SenderIdx) -> &str {
        self.keys.get(idx as usize).map_or("", |k| k)
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

#[cfg(test)]
mod columns_tests {
    use super::*;

    #[test]
    fn kind_and_content_share_a_byte() {
        // The byte holds the content's number, read back for every kind.
        for c in Content::ALL {
            assert_eq!(Content::from_number(c as u8), Some(c), "{c:?}");
        }
        assert_eq!(Content::from_number(Content::ALL.len() as u8), None);
        let mut m = MessageColumns::default();
        let t = WallTime(1_700_000_000);
        for (kind, content) in [
            (MessageKind::Message, Content::Sticker),
            (MessageKind::Service, Content::Unknown),
            (MessageKind::Message, Content::Other),
        ] {
            m.push(t, None, 0, NO_SENDER, kind, content);
        }
        assert_eq!(m.kind(0), MessageKind::Message);
        assert_eq!(m.content(0), Content::Sticker);
        assert_eq!(m.kind(1), MessageKind::Service);
        assert_eq!(m.content(1), Content::Unknown);
        assert_eq!(m.content(2), Content::Other);
        assert_eq!(
            (m.kind(9), m.content(9)),
            (MessageKind::Message, Content::Unknown)
        );
    }

    #[test]
    fn wall_times_take_four_bytes_until_one_does_not_fit() {
        let t = |secs| WallTime(secs);
        let mut c = WallColumn::default();
        c.push(t(1_700_000_000));
        c.push(WallTime::EARLIEST);
        assert!(matches!(c, WallColumn::Narrow(_)));
        // 2126 on: no longer a u32 from 1990; every time kept exact in i64s.
        c.push(t(WallTime::EARLIEST.0 + i64::from(u32::MAX) + 5));
        assert!(matches!(c, WallColumn::Wide(_)));
        assert_eq!(c.get(0), Some(t(1_700_000_000)));
        assert_eq!(
            c.get(2),
            Some(t(WallTime::EARLIEST.0 + i64::from(u32::MAX) + 5))
        );
        assert_eq!(c.get(3), None);
        // Setting and extending keep the values whatever the storage.
        let mut a = WallColumn::default();
        a.push(t(1_000_000_000));
        a.push(t(1_100_000_000));
        a.set(1, t(1_200_000_000));
        a.set(9, t(5)); // past the end: nothing
        assert_eq!(
            a.iter().collect::<Vec<_>>(),
            [t(1_000_000_000), t(1_200_000_000)]
        );
        a.set(0, t(100)); // before 1990: widened
        assert!(matches!(a, WallColumn::Wide(_)));
        assert_eq!(a.at(0), t(100));
        let mut b = WallColumn::default();
        b.push(t(1_300_000_000));
        b.extend(a);
        assert_eq!(
            b.iter().collect::<Vec<_>>(),
            [t(1_300_000_000), t(100), t(1_200_000_000)]
        );
        b.truncate(1);
        assert_eq!(b.len(), 1);
    }

    #[test]
    fn the_unix_time_is_kept_as_an_offset_from_the_wall_time() {
        let mut m = MessageColumns::default();
        let wall = WallTime(1_700_003_600);
        let push = |m: &mut MessageColumns, unix| {
            m.push(
                wall,
                unix,
                0,
                NO_SENDER,
                MessageKind::Message,
                Content::Text,
            )
        };
        push(&mut m, Some(1_700_000_000));
        push(&mut m, None);
        // Contradicting the wall time by a century: dropped.
        push(&mut m, Some(1_700_000_000 - 100 * 365 * 86_400));
        assert_eq!(m.unix(0), Some(1_700_000_000));
        assert_eq!(m.unix(1), None);
        assert_eq!(m.unix(2), None);
        assert_eq!(m.unix(3), None, "past the end");
        assert_eq!(m.unix_offset.get(0), Some(-3600));
        assert_eq!(
            m.unix_times().collect::<Vec<_>>(),
            [Some(1_700_000_000), None, None]
        );
    }

    #[test]
    fn unix_offsets_in_runs_read_back_as_pushed() {
        // Runs of every length, then offsets that change at every message (the column
        // turns dense), across truncation and extension.
        let mut pushed = Vec::new();
        let mut column = UnixOffsets::default();
        for i in 0..30_000i32 {
            let offset = if i < 10_000 { (i / 700) * 3600 } else { i % 5 };
            column.push(offset);
            pushed.push(offset);
            if i == 9_999 {
                assert!(matches!(column, UnixOffsets::Runs { .. }), "few runs");
            }
        }
        assert!(matches!(column, UnixOffsets::Dense(_)), "a run a message");
        assert_eq!(column.iter().collect::<Vec<_>>(), pushed);
        let mut runs = UnixOffsets::default();
        let mut expected = Vec::new();
        for i in 0..5_000 {
            runs.push(i / 1000);
            expected.push(i / 1000);
        }
        runs.truncate(2_500);
        expected.truncate(2_500);
        assert_eq!(runs.iter().collect::<Vec<_>>(), expected);
        assert_eq!(runs.get(2_499), Some(2));
        assert_eq!(runs.get(2_500), None);
        let mut more = UnixOffsets::default();
        for i in 0..100 {
            more.push(2 + i / 50);
            expected.push(2 + i / 50);
        }
        runs.extend(more);
        assert_eq!(runs.iter().collect::<Vec<_>>(), expected);
        assert_eq!(runs.len(), expected.len());
        if let UnixOffsets::Runs { runs, .. } = &runs {
            assert_eq!(runs.len(), 4, "equal neighbours joined: {runs:?}");
        }
        runs.extend(column);
        expected.extend(pushed);
        assert_eq!(runs.iter().collect::<Vec<_>>(), expected);
        for i in [0, 2_499, 2_550, 2_600, expected.len() - 1] {
            assert_eq!(runs.get(i), expected.get(i).copied(), "{i}");
        }
    }
}
