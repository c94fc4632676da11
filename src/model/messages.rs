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

/// Index into [`super::Footprint::conversations`].
pub type ConversationIdx = u32;
/// Index into [`Senders`]; [`NO_SENDER`] when the export names nobody.
pub type SenderIdx = u32;
pub const NO_SENDER: SenderIdx = u32::MAX;
/// Marks a missing Unix time in [`MessageColumns::unix_secs`].
pub const NO_UNIX_TIME: i64 = i64::MIN;

/// All messages of a footprint, one entry per message in each column (25 bytes a message).
#[derive(Debug, Default)]
pub struct MessageColumns {
    pub wall: Vec<WallTime>,
    /// Absolute time when the export has it (Telegram `date_unixtime`), else [`NO_UNIX_TIME`].
    pub unix_secs: Vec<i64>,
    pub conversation: Vec<ConversationIdx>,
    pub sender: Vec<SenderIdx>,
    pub kind: Vec<MessageKind>,
}

impl MessageColumns {
    pub fn len(&self) -> usize {
        self.wall.len()
    }

    pub fn is_empty(&self) -> bool {
        self.wall.is_empty()
    }

    pub fn push(
        &mut self,
        wall: WallTime,
        unix_secs: Option<i64>,
        conversation: ConversationIdx,
        sender: SenderIdx,
        kind: MessageKind,
    ) {
        self.wall.push(wall);
        self.unix_secs.push(unix_secs.unwrap_or(NO_UNIX_TIME));
        self.conversation.push(conversation);
        self.sender.push(sender);
        self.kind.push(kind);
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

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}
