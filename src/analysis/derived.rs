//! Everything the views and charts show, computed once per load off the UI thread.

use std::collections::BTreeMap;

use super::activity::{ActivityIndex, TimeBasis};
use super::diff::{AccountPair, Diff, Side, diff, same_account_pairs};
use super::inventory::{self, PlatformInventory};
use super::mask::{Detail, Masker};
use super::overlap::Overlap;
use super::owner::{OwnerChoices, Owners};
use super::people::{People, PeopleChoices};
use super::summary::{MessageStats, Summary, summarize_with};
use super::topics::{ContactsData, ConversationsData, PaymentsData, SessionsData};
use crate::import::LoadOutcome;
use crate::import::parallel::join;
use crate::model::{Content, ConversationKind, Platform};
use crate::t;

/// The pre-aggregated footprint: no view ever walks the message columns.
#[derive(Debug, Default)]
pub struct Derived {
    pub summary: Summary,
    pub inventory: Vec<PlatformInventory>,
    pub contacts: ContactsData,
    pub sessions: SessionsData,
    pub conversations: ConversationsData,
    pub payments: PaymentsData,
    pub activity: ActivityIndex,
    /// Messages written by people per year and platform, in the activity's time basis
    /// (Overview chart).
    pub per_year: BTreeMap<i32, BTreeMap<Platform, u64>>,
    pub masker: Masker,
    /// Messages (not service events) by platform and what they carry, each once.
    pub message_types: BTreeMap<(Platform, Content), u64>,
    /// Per source (same order as `summary.sources`): notes and warning samples.
    pub source_details: Vec<SourceDetails>,
    /// Which items of the footprint are one.
    pub overlap: Overlap,
    /// Who "you" are in each source, and how that was decided.
    pub owners: Owners,
    /// Everyone who is the same human across sources.
    pub people: People,
    /// Two exports of one account loaded together, and what changed between them.
    pub comparisons: Vec<(AccountPair, Diff)>,
    /// The language the stored texts are written in (the computing thread's; see
    /// [`Derived::relabel`]).
    pub language: crate::i18n::Lang,
}

/// What the user chose about the analysis in this session (nothing of it is stored).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Choices {
    /// Who you are in each source.
    pub owners: OwnerChoices,
    /// Names confirmed as one person across platforms.
    pub people: PeopleChoices,
}

/// What a source view shows beyond its counts.
#[derive(Clone, Debug, Default)]
pub struct SourceDetails {
    pub notes: Vec<String>,
    /// How numeric dates were read (WhatsApp chats), so the user can choose again.
    pub date_order: Option<crate::model::DateOrderDecision>,
    /// (what, how many, a few samples); [`warning_label`] and [`sample_label`] put them
    /// in words.
    pub warnings: Vec<(
        crate::model::WarningKind,
        u64,
        Vec<crate::model::WarningSample>,
    )>,
}

/// What a warning is about, in the current language (`WarningKind::describe` is the
/// command line's English).
pub fn warning_label(kind: crate::model::WarningKind) -> String {
    use crate::model::WarningKind as W;
    match kind {
        W::RepairedJson => t!("warning-repaired-json"),
        W::InvalidUtf8 => t!("warning-invalid-utf8"),
        W::DuplicateKey => t!("warning-duplicate-key"),
        W::SkippedRecord => t!("warning-skipped-record"),
        W::MissingDate => t!("warning-missing-date"),
        W::UnsupportedMessage => t!("warning-unsupported-message"),
        W::Truncated => t!("warning-truncated"),
        W::StandardTimeOffset => t!("warning-standard-time-offset"),
        W::TextBeforeFirstMessage => t!("warning-text-before-first-message"),
        W::OtherHeaderFormat => t!("warning-other-header-format"),
        W::RealignedRow => t!("warning-realigned-row"),
        W::MissingPage => t!("warning-missing-page"),
    }
}

/// Where a warning's sample is and what it quotes, in the current language: "record 12
/// (byte 3,456): …" (`WarningSample`'s `Display` is the command line's English).
pub fn sample_label(sample: &crate::model::WarningSample) -> String {
    let byte = sample.position.byte;
    let detail = sample.detail.as_str();
    match sample.position.record {
        Some(record) => t!(
            "warning-sample-record",
            record = record,
            byte = byte,
            detail = detail
        ),
        None => t!("warning-sample-byte", byte = byte, detail = detail),
    }
}

impl Derived {
    /// Whether any source holds payments (the Payments view is offered only then).
    pub fn has_payments(&self) -> bool {
        self.summary
            .platforms
            .values()
            .any(|p| p.payments.is_some())
    }

    pub fn compute(outcome: &LoadOutcome, basis: TimeBasis) -> Self {
        Self::compute_choosing(outcome, basis, &Choices::default())
    }

    /// Everything, with the user's choices (who they are, who is one person).
    pub fn compute_choosing(outcome: &LoadOutcome, basis: TimeBasis, choices: &Choices) -> Self {
        let fp = &outcome.footprint;
        let (overlap, owners) = join(|| Overlap::of(fp), || Owners::decide(fp, &choices.owners));
        // The passes over every message, two at a time. One pass serves the summary and
        // the Conversations view.
        let ((people, activity), stats) = join(
            || {
                (
                    People::build(fp, &overlap, &owners, &choices.people),
                    ActivityIndex::build(fp, &overlap, &owners, basis),
                )
            },
            || MessageStats::of(fp, &overlap, &owners),
        );
        let summary = summarize_with(outcome, &stats, &overlap, &owners, &people);
        let contacts = ContactsData::build(fp, &overlap);
        let sessions = SessionsData::build(fp, &overlap);
        let conversations = ConversationsData::build(&overlap, &stats.conversations);
        let payments = PaymentsData::build(fp, &overlap);
        let inventory = inventory::build(
            &summary,
            &overlap,
            &inventory::Views {
                contacts: &contacts,
                sessions: &sessions,
                conversations: &conversations,
                payments: &payments,
            },
        );
        let per_year = activity.per_year();
        let source_details = fp
            .sources
            .iter()
            .map(|s| SourceDetails {
                notes: s.notes.clone(),
                date_order: s.date_order,
                warnings: s
                    .warnings
                    .iter()
                    .map(|(kind, count, samples)| (kind, count, samples.to_vec()))
                    .collect(),
            })
            .collect();
        let message_types = stats.contents();
        let masker = build_masker(
            outcome,
            &people,
            &contacts,
            &sessions,
            &conversations,
            &payments,
        );
        let comparisons: Vec<(AccountPair, Diff)> = same_account_pairs(fp)
            .into_iter()
            .map(|pair| {
                let changes = diff(
                    Side {
                        fp,
                        sources: &pair.old,
                    },
                    Side {
                        fp,
                        sources: &pair.new,
                    },
                );
                (pair, changes)
            })
            .collect();
        // What a later export of the account no longer lists has ended.
        let mut sessions = sessions;
        for (_, changes) in &comparisons {
            for ended in &changes.sessions_ended {
                for row in sessions.sessions.iter_mut().filter(|r| ended.is(r)) {
                    row.ended = true;
                }
            }
        }
        Self {
            language: crate::i18n::current(),
            comparisons,
            summary,
            inventory,
            contacts,
            sessions,
            conversations,
            payments,
            activity,
            per_year,
            masker,
            message_types,
            source_details,
            overlap,
            owners,
            people,
        }
    }

    /// Writes every text stored in the footprint again in this thread's language (they
    /// are written in the language of the thread that computed them, the import worker's):
    /// the inventory's categories, hints and merged note, how each source's owner was
    /// decided, the conversations' kinds, the "(not given)" of the sessions' and payments'
    /// counts, where addresses were seen, what ties two exports of one account. Works from
    /// what is already here: no message is read again. Pseudonyms and everything else are
    /// put in words when shown.
    pub fn relabel(&mut self) {
        self.language = crate::i18n::current();
        self.owners.relabel();
        self.conversations.relabel(&self.overlap);
        self.sessions.relabel();
        self.payments.relabel();
        // "(not given)" in the new language is a counterparty name too.
        for p in &self.payments.by_counterparty {
            self.masker.register(Detail::Counterparty, &p.0);
        }
        for (pair, _) in &mut self.comparisons {
            pair.relabel();
        }
        self.inventory = inventory::build(
            &self.summary,
            &self.overlap,
            &inventory::Views {
                contacts: &self.contacts,
                sessions: &self.sessions,
                conversations: &self.conversations,
                payments: &self.payments,
            },
        );
    }

    /// Recomputes only the activity index (a time-zone change).
    pub fn with_basis(mut self, outcome: &LoadOutcome, basis: TimeBasis) -> Self {
        self.activity =
            ActivityIndex::build(&outcome.footprint, &self.overlap, &self.owners, basis);
        self.per_year = self.activity.per_year();
        self
    }
}

/// Registers every personal detail shown anywhere, in a fixed order (busiest
/// conversations first), so pseudonyms are stable for a given load.
fn build_masker(
    outcome: &LoadOutcome,
    people: &People,
    contacts: &ContactsData,
    sessions: &SessionsData,
    conversations: &ConversationsData,
    payments: &PaymentsData,
) -> Masker {
    let fp = &outcome.footprint;
    let mut m = Masker::default();
    // One pseudonym per person, whatever each platform calls them (busiest first), the
    // name of a 1:1 chat with them included; their numbers as numbers.
    let fp_convs = &outcome.footprint.conversations;
    let mut chat_names: Vec<Vec<&str>> = vec![Vec::new(); people.persons.len()];
    for (c, partner) in fp_convs.iter().zip(&people.partners) {
        if let Some(names) = partner.and_then(|p| chat_names.get_mut(p as usize)) {
            names.push(&c.name);
        }
    }
    for (p, chats) in people.persons.iter().zip(&chat_names) {
        m.register_person(
            std::iter::once(p.name.as_str())
                .chain(p.names.iter().map(|(_, n)| n.as_str()))
                .chain(chats.iter().copied()),
        );
        for phone in &p.phones {
            m.register(Detail::Phone, phone);
        }
    }
    for c in &conversations.rows {
        let detail = conversation_detail(c.kind);
        m.register(detail, &c.name);
    }
    for name in &fp.senders.names {
        m.register(Detail::Person, name);
    }
    for c in &contacts.rows {
        m.register(Detail::Person, &c.name);
        m.register(Detail::Phone, &c.phone);
    }
    for f in &contacts.frequent {
        m.register(Detail::Person, &f.name);
    }
    for f in &fp.identity {
        m.register(identity_detail(&f.field), &f.value);
    }
    for ip in &sessions.ips {
        m.register_ip(ip.ip);
    }
    for p in &payments.by_counterparty {
        m.register(Detail::Counterparty, &p.0);
    }
    m
}

/// How a conversation's name is masked.
pub fn conversation_detail(kind: ConversationKind) -> Detail {
    match kind {
        ConversationKind::Group => Detail::Group,
        ConversationKind::Channel => Detail::Channel,
        ConversationKind::Bot => Detail::Bot,
        _ => Detail::Person,
    }
}

/// How an identity field's value is masked.
pub fn identity_detail(field: &str) -> Detail {
    match field {
        "phone_number" | "phone" => Detail::Phone,
        "username" | "wechat_id" => Detail::Username,
        "email" => Detail::Email,
        "first_name" | "last_name" | "nickname" | "name" => Detail::Person,
        _ => Detail::Text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_language};

    fn load(rel: &str) -> LoadOutcome {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(rel);
        crate::import::load_paths(&[path], &Default::default(), &Default::default())
            .expect("not cancelled")
    }

    /// Every stored text, to compare two states of a [`Derived`].
    fn texts(d: &Derived) -> String {
        format!(
            "{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}",
            d.inventory,
            d.owners.sources,
            d.conversations.rows,
            (
                &d.sessions.by_device,
                &d.sessions.by_system,
                &d.sessions.by_app
            ),
            d.sessions.ips,
            (
                &d.payments.by_counterparty,
                &d.payments.by_method,
                &d.payments.by_kind
            ),
        )
    }

    #[test]
    fn relabel_writes_the_stored_texts_in_the_current_language() {
        let mut d = Derived::compute(
            &load("telegram/full_export_synthetic.json"),
            TimeBasis::AsExported,
        );
        let english = texts(&d);
        let identity = |d: &Derived| {
            d.inventory
                .iter()
                .flat_map(|i| &i.categories)
                .find(|c| c.kind == inventory::CategoryKind::Identity)
                .map(|c| (c.name.clone(), c.why.clone()))
        };
        assert_eq!(
            identity(&d).map(|i| i.0).as_deref(),
            Some("Identity"),
            "built in English"
        );
        with_language(Lang::De, || d.relabel());
        let german = with_language(Lang::De, || {
            (
                crate::t!("inventory-identity"),
                crate::t!("inventory-identity-why"),
            )
        });
        assert_eq!(identity(&d), Some(german));
        let how = with_language(Lang::De, || d.owners.sources[0].explain());
        assert_eq!(d.owners.sources[0].how, how);
        // Back in English, every text is as the English computation wrote it.
        d.relabel();
        assert_eq!(texts(&d), english);
    }

    #[test]
    fn relabel_keeps_payments_and_comparisons_as_computed() {
        let mut d = Derived::compute(
            &load("wechat/paybill_csv_excel_resaved_gbk_synthetic.csv"),
            TimeBasis::AsExported,
        );
        let english = texts(&d);
        with_language(Lang::De, || d.relabel());
        d.relabel();
        assert_eq!(texts(&d), english);
    }
}
