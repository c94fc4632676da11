//! A large footprint built directly in memory (no export file), for measuring how the
//! window draws ten million messages. Invented data.

use super::Rng;
use crate::import::LoadOutcome;
use crate::model::{
    Contact, Content, Conversation, ConversationKind, Footprint, IpObservation, IpOrigin,
    MessageKind, Payment, PaymentDirection, PaymentId, Platform, Session, SessionKind, WallTime,
};

/// Person `i`'s invented phone number (a US 555-01xx fiction number).
fn phone(i: u32) -> String {
    format!("+1 555 01{:04}", i % 10_000)
}

/// `messages` messages over six years in `conversations` conversations of all three
/// platforms, with contacts, sessions and payments.
pub fn synthetic(messages: u64, conversations: u32, seed: u64) -> LoadOutcome {
    let mut rng = Rng::new(seed);
    let mut fp = Footprint::default();
    let platforms = [Platform::Telegram, Platform::WhatsApp, Platform::WeChat];
    let sources: Vec<u32> = platforms
        .iter()
        .map(|&p| fp.add_source(format!("(generated) {}", p.id()), p, "generated"))
        .collect();
    let start = WallTime::parse_iso("2019-01-01T00:00:00").map_or(0, |t| t.0);
    let span = 6 * 365 * 86_400;
    let mut owners = Vec::new();
    for (i, &p) in platforms.iter().enumerate() {
        let me = fp.senders.intern(&format!("{}:me", p.id()), "Me");
        owners.push(me);
        if let Some(s) = fp.sources.get_mut(i) {
            s.owner = Some(me);
        }
    }
    let kinds = [
        ConversationKind::Personal,
        ConversationKind::Personal,
        ConversationKind::Group,
        ConversationKind::Channel,
        ConversationKind::Bot,
    ];
    for c in 0..conversations {
        let p = c as usize % 3;
        let kind = kinds[rng.below(kinds.len() as u64) as usize];
        let mut conversation = Conversation::new(
            sources[p],
            platforms[p],
            format!("Conversation {c}"),
            kind,
            kind.id(),
        );
        conversation.id = Some(c.to_string());
        conversation.left = rng.chance(3);
        fp.conversations.push(conversation);
    }
    // Each platform's writers, keyed as its importer keys them: Telegram user ids,
    // WhatsApp writers shown by number, WeChat ids. Person i has one number everywhere, so
    // the people index has real merging to do.
    let people: Vec<Vec<u32>> = platforms
        .iter()
        .map(|&p| {
            (0..5000)
                .map(|i| {
                    let key = match p {
                        Platform::Telegram => format!("telegram:user{}", 100_000 + i),
                        Platform::WhatsApp => format!("whatsapp:{}", phone(i)),
                        Platform::WeChat => format!("wechat:wxid_gen{i}"),
                    };
                    let name = match p {
                        Platform::WhatsApp => phone(i),
                        _ => format!("Person {i}"),
                    };
                    fp.senders.intern(&key, &name)
                })
                .collect()
        })
        .collect();
    for i in 0..messages {
        // Busy conversations get most messages (a rough power law).
        let r = rng.below(1 << 20) as f64 / f64::from(1u32 << 20);
        let conv = ((r * r * r) * f64::from(conversations)) as u32 % conversations.max(1);
        let t = start + (i as i64 * span / messages.max(1) as i64) + rng.below(3600) as i64;
        let p = conv as usize % 3;
        let sender = if rng.chance(40) {
            owners[p]
        } else {
            people[p][rng.below(people[p].len() as u64) as usize]
        };
        let kind = if rng.chance(3) {
            MessageKind::Service
        } else {
            MessageKind::Message
        };
        let unix = (p == 0).then_some(t - 3600);
        let content = match kind {
            MessageKind::Service => Content::Unknown,
            MessageKind::Message if rng.chance(8) => Content::Image,
            MessageKind::Message => Content::Text,
        };
        fp.messages
            .push(WallTime(t), unix, conv, sender, kind, content);
    }
    for i in 0..2000 {
        let p = i % 3;
        fp.contacts.push(Contact {
            id: match platforms[p] {
                Platform::Telegram => Some(format!("telegram:user{}", 100_000 + i)),
                Platform::WeChat => Some(format!("wechat:wxid_gen{i}")),
                Platform::WhatsApp => None,
            },
            source: sources[p],
            platform: platforms[p],
            name: format!("Person {i}"),
            phone: phone(i as u32),
            added: Some(WallTime(start + rng.below(span as u64) as i64)),
        });
    }
    for i in 0..300u32 {
        let created = start + rng.below(span as u64) as i64;
        let ip = std::net::IpAddr::V4(std::net::Ipv4Addr::new(
            198,
            51,
            (i / 250) as u8,
            (i % 250) as u8 + 1,
        ));
        fp.add_session(Session {
            source: sources[0],
            platform: Platform::Telegram,
            kind: if i % 5 == 0 {
                SessionKind::Web
            } else {
                SessionKind::App
            },
            app: format!("App {}", i % 7),
            device: format!("Device {}", i % 23),
            system: format!("System {}", i % 5),
            ip: Some(ip),
            country: ["Germany", "China", "Egypt", "Brazil"][i as usize % 4].into(),
            region: String::new(),
            website: String::new(),
            created: Some(WallTime(created)),
            last_active: Some(WallTime(created + rng.below(90 * 86_400) as i64)),
        });
        fp.ip_observations.push(IpObservation {
            source: sources[0],
            platform: Platform::Telegram,
            ip,
            origin: IpOrigin::IpHistory,
            time: Some(WallTime(created)),
        });
    }
    for i in 0..20_000u32 {
        fp.payments.push(Payment {
            source: sources[2],
            platform: Platform::WeChat,
            time: WallTime(start + rng.below(span as u64) as i64),
            kind: ["商户消费", "转账", "微信红包", "扫二维码付款"][i as usize % 4].into(),
            counterparty: format!("商户 {}", rng.below(400)).into(),
            goods: "".into(),
            direction: if rng.chance(80) {
                PaymentDirection::Expense
            } else {
                PaymentDirection::Income
            },
            amount_cents: rng.below(50_000) as i64 + 100,
            method: ["零钱", "招商银行储蓄卡(1234)", "花呗"][i as usize % 3].into(),
            status: "支付成功".into(),
            transaction_id: PaymentId::default(),
            merchant_id: PaymentId::default(),
            note: "".into(),
        });
    }
    if let Some(s) = fp.sources.get_mut(2) {
        s.format = "wechat-paybill";
    }
    LoadOutcome {
        footprint: fp,
        ..LoadOutcome::default()
    }
}
