//! WeChat message types: the numeric (Type, SubType) pairs of the client's database, the
//! packed `local_type` of WeChat 4, and the Chinese labels exporters write instead
//! (format notes §2b, §2c, §2d).

use crate::model::Content;

/// What a message is, in the few categories the views count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WeChatMessageType {
    Text,
    Image,
    Voice,
    Video,
    Sticker,
    Location,
    ContactCard,
    Link,
    File,
    Quote,
    Transfer,
    RedPacket,
    MiniProgram,
    ForwardedChat,
    Channels,
    /// Another app message (Type 49 with a sub-type not listed).
    App,
    Call,
    /// A system row (type 10000, 10002 ...): a service event, not a message.
    System,
    Other,
}

impl WeChatMessageType {
    /// What the model keeps of it ([`Content::Unknown`] for system rows).
    pub fn content(self) -> Content {
        match self {
            Self::Text => Content::Text,
            Self::Image => Content::Image,
            Self::Voice => Content::Voice,
            Self::Video => Content::Video,
            Self::Sticker => Content::Sticker,
            Self::Location => Content::Location,
            Self::ContactCard => Content::Contact,
            Self::Link => Content::Link,
            Self::File => Content::File,
            Self::Quote => Content::Quote,
            Self::Transfer => Content::Transfer,
            Self::RedPacket => Content::RedPacket,
            Self::MiniProgram => Content::MiniProgram,
            Self::ForwardedChat => Content::ForwardedChat,
            Self::Channels => Content::Channels,
            Self::App => Content::App,
            Self::Call => Content::Call,
            Self::System => Content::Unknown,
            Self::Other => Content::Other,
        }
    }

    /// A short id (`text`, `red_packet` …) for notes and tests.
    pub fn id(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Image => "image",
            Self::Voice => "voice",
            Self::Video => "video",
            Self::Sticker => "sticker",
            Self::Location => "location",
            Self::ContactCard => "contact_card",
            Self::Link => "link",
            Self::File => "file",
            Self::Quote => "quote",
            Self::Transfer => "transfer",
            Self::RedPacket => "red_packet",
            Self::MiniProgram => "mini_program",
            Self::ForwardedChat => "forwarded_chat",
            Self::Channels => "channels",
            Self::App => "app",
            Self::Call => "call",
            Self::System => "system",
            Self::Other => "other",
        }
    }

    /// True for rows that are service events rather than something a person wrote.
    pub fn is_service(self) -> bool {
        self == Self::System
    }

    /// From the database's Type and SubType (WeChat 3 and WechatExporter's list).
    pub fn from_codes(kind: i64, sub: i64) -> Self {
        match kind {
            1 => Self::Text,
            3 => Self::Image,
            34 => Self::Voice,
            42 | 66 => Self::ContactCard,
            43 | 62 => Self::Video,
            47 => Self::Sticker,
            48 => Self::Location,
            49 => match sub {
                4 | 5 => Self::Link,
                6 | 74 => Self::File,
                8 => Self::Sticker,
                19 | 40 => Self::ForwardedChat,
                33 | 36 => Self::MiniProgram,
                50 | 51 | 63 | 88 => Self::Channels,
                57 => Self::Quote,
                2000 => Self::Transfer,
                2001 | 2003 => Self::RedPacket,
                _ => Self::App,
            },
            50 | 52 | 53 => Self::Call,
            0 | 64 | 9999 | 10000 | 10002 => Self::System,
            _ => Self::Other,
        }
    }

    /// WeChat 4 packs the sub-type into the high 32 bits of `local_type`.
    pub fn from_packed(local_type: i64) -> Self {
        let kind = local_type & 0xFFFF_FFFF;
        let sub = local_type >> 32;
        Self::from_codes(kind, sub)
    }

    /// The labels WeFlow / echotrace (`文本消息` ...) and PyWxDump (`文本` ...) write.
    pub fn from_label(label: &str) -> Option<Self> {
        let label = label.trim();
        Some(match label {
            "文本消息" | "文本" | "粘贴的文本" => Self::Text,
            "图片消息" | "图片" => Self::Image,
            "语音消息" | "语音" => Self::Voice,
            "视频消息" | "视频" => Self::Video,
            "动画表情" | "用户上传的GIF表情" => Self::Sticker,
            "位置消息" | "位置" | "位置共享" => Self::Location,
            "名片消息" | "推荐公众号" | "企业微信" => Self::ContactCard,
            "卡片式链接" | "(分享)卡片式链接" | "图文消息" | "(分享)音乐" | "(分享)笔记" => {
                Self::Link
            }
            "文件消息" | "文件" => Self::File,
            "引用消息" | "引用回复" => Self::Quote,
            "转账卡片" | "转账" => Self::Transfer,
            "红包卡片" | "红包" | "赠送红包封面" => Self::RedPacket,
            "小程序分享" | "(分享)小程序" => Self::MiniProgram,
            "聊天记录合并转发" | "合并转发的聊天记录" => Self::ForwardedChat,
            "视频号直播卡片" | "(分享)视频号名片" | "(分享)视频号视频" | "视频号直播" => {
                Self::Channels
            }
            "语音通话" | "视频通话" | "通话消息" => Self::Call,
            "系统消息" | "系统通知" | "拍一拍" | "消息撤回" | "邀请加群" | "添加好友" => {
                Self::System
            }
            "接龙" | "群公告" | "游戏相关" | "(分享)收藏夹" => Self::App,
            _ if label.starts_with("未知") => Self::Other,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::WeChatMessageType as T;

    #[test]
    fn codes_and_packed_codes() {
        assert_eq!(T::from_codes(1, 0), T::Text);
        assert_eq!(T::from_codes(49, 57), T::Quote);
        assert_eq!(T::from_codes(49, 2000), T::Transfer);
        assert_eq!(T::from_codes(49, 2001), T::RedPacket);
        assert_eq!(T::from_codes(49, 999), T::App);
        assert_eq!(T::from_codes(10000, 4), T::System);
        // WeFlow fixture: 244813135921 = (57 << 32) | 49, 8589934592049 = (2000 << 32) | 49.
        assert_eq!(T::from_packed(244_813_135_921), T::Quote);
        assert_eq!(T::from_packed(8_589_934_592_049), T::Transfer);
        assert_eq!(T::from_packed(34), T::Voice);
        assert!(T::from_codes(10002, 0).is_service());
    }

    #[test]
    fn labels() {
        assert_eq!(T::from_label("文本消息"), Some(T::Text));
        assert_eq!(T::from_label("动画表情"), Some(T::Sticker));
        assert_eq!(T::from_label("拍一拍"), Some(T::System));
        assert_eq!(T::from_label("未知类型(99)"), Some(T::Other));
        assert_eq!(T::from_label("something"), None);
    }
}
