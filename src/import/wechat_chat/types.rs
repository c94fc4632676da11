//! WeChat message types: the numeric (Type, SubType) pairs of the client's database, the
//! packed `local_type` of WeChat 4, and the Chinese labels exporters write instead
//! (format notes §2b, §2c, §2d).

use crate::model::Content;

/// What a WeChat row is: a system row (a service event: recalls, pats, joins) or a
/// message carrying a [`Content`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WeChatMessageType {
    /// A system row (type 10000, 10002 ...): a service event, not a message.
    System,
    Message(Content),
}

use Content::*;
use WeChatMessageType::{Message as M, System};

impl WeChatMessageType {
    /// What the model keeps of it ([`Content::Unknown`] for system rows).
    pub fn content(self) -> Content {
        match self {
            System => Unknown,
            M(content) => content,
        }
    }

    /// True for rows that are service events rather than something a person wrote.
    pub fn is_service(self) -> bool {
        self == System
    }

    /// From the database's Type and SubType (WeChat 3 and WechatExporter's list).
    pub fn from_codes(kind: i64, sub: i64) -> Self {
        match kind {
            1 => M(Text),
            3 => M(Image),
            34 => M(Voice),
            42 | 66 => M(Contact),
            43 | 62 => M(Video),
            47 => M(Sticker),
            48 => M(Location),
            49 => match sub {
                4 | 5 => M(Link),
                6 | 74 => M(File),
                8 => M(Sticker),
                19 | 40 => M(ForwardedChat),
                33 | 36 => M(MiniProgram),
                50 | 51 | 63 | 88 => M(Channels),
                57 => M(Quote),
                2000 => M(Transfer),
                2001 | 2003 => M(RedPacket),
                _ => M(App),
            },
            50 | 52 | 53 => M(Call),
            0 | 64 | 9999 | 10000 | 10002 => System,
            _ => M(Other),
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
            "文本消息" | "文本" | "粘贴的文本" => M(Text),
            "图片消息" | "图片" => M(Image),
            "语音消息" | "语音" => M(Voice),
            "视频消息" | "视频" => M(Video),
            "动画表情" | "用户上传的GIF表情" => M(Sticker),
            "位置消息" | "位置" | "位置共享" => M(Location),
            "名片消息" | "推荐公众号" | "企业微信" => M(Contact),
            "卡片式链接" | "(分享)卡片式链接" | "图文消息" | "(分享)音乐" | "(分享)笔记" => {
                M(Link)
            }
            "文件消息" | "文件" => M(File),
            "引用消息" | "引用回复" => M(Quote),
            "转账卡片" | "转账" => M(Transfer),
            "红包卡片" | "红包" | "赠送红包封面" => M(RedPacket),
            "小程序分享" | "(分享)小程序" => M(MiniProgram),
            "聊天记录合并转发" | "合并转发的聊天记录" => M(ForwardedChat),
            "视频号直播卡片" | "(分享)视频号名片" | "(分享)视频号视频" | "视频号直播" => {
                M(Channels)
            }
            "语音通话" | "视频通话" | "通话消息" => M(Call),
            "系统消息" | "系统通知" | "拍一拍" | "消息撤回" | "邀请加群" | "添加好友" => {
                System
            }
            "接龙" | "群公告" | "游戏相关" | "(分享)收藏夹" => M(App),
            _ if label.starts_with("未知") => M(Other),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::WeChatMessageType as T;
    use crate::model::Content::*;

    #[allow(non_snake_case)]
    fn M(c: crate::model::Content) -> T {
        T::Message(c)
    }

    #[test]
    fn codes_and_packed_codes() {
        assert_eq!(T::from_codes(1, 0), M(Text));
        assert_eq!(T::from_codes(49, 57), M(Quote));
        assert_eq!(T::from_codes(49, 2000), M(Transfer));
        assert_eq!(T::from_codes(49, 2001), M(RedPacket));
        assert_eq!(T::from_codes(49, 999), M(App));
        assert_eq!(T::from_codes(10000, 4), T::System);
        // WeFlow fixture: 244813135921 = (57 << 32) | 49, 8589934592049 = (2000 << 32) | 49.
        assert_eq!(T::from_packed(244_813_135_921), M(Quote));
        assert_eq!(T::from_packed(8_589_934_592_049), M(Transfer));
        assert_eq!(T::from_packed(34), M(Voice));
        assert!(T::from_codes(10002, 0).is_service());
    }

    #[test]
    fn labels() {
        assert_eq!(T::from_label("文本消息"), Some(M(Text)));
        assert_eq!(T::from_label("动画表情"), Some(M(Sticker)));
        assert_eq!(T::from_label("拍一拍"), Some(T::System));
        assert_eq!(T::from_label("未知类型(99)"), Some(M(Other)));
        assert_eq!(T::from_label("something"), None);
    }
}
