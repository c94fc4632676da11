//! Localised system messages (format notes §1.8) and the bodies that stand for media or
//! deleted messages (§1.7). The wording is the app's as far as the notes and the author's
//! own exports show it; `*` stands for a name or a subject.

use super::locale::Lang;

/// What a system line says happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventKind {
    Encryption,
    Created,
    Added,
    Joined,
    Left,
    Removed,
    Subject,
    Icon,
    Description,
    Admin,
    SecurityCode,
    NumberChange,
    MissedCall,
    /// A system line whose wording is not in the tables.
    Other,
}

impl EventKind {
    /// Events that only happen in groups.
    pub fn is_group_event(self) -> bool {
        matches!(
            self,
            Self::Created
                | Self::Added
                | Self::Joined
                | Self::Left
                | Self::Removed
                | Self::Subject
                | Self::Icon
                | Self::Description
                | Self::Admin
        )
    }

    pub fn describe(self) -> &'static str {
        match self {
            Self::Encryption => "encryption notice",
            Self::Created => "group created",
            Self::Added => "added",
            Self::Joined => "joined by link",
            Self::Left => "left",
            Self::Removed => "removed",
            Self::Subject => "subject changed",
            Self::Icon => "icon changed",
            Self::Description => "description changed",
            Self::Admin => "made admin",
            Self::SecurityCode => "security code changed",
            Self::NumberChange => "number changed",
            Self::MissedCall => "missed call",
            Self::Other => "other",
        }
    }
}

use EventKind as K;
use Lang as L;

/// `(language, kind, template)`. Order matters inside a language: the first match wins,
/// so specific templates come before general ones (`* changed the subject *` before
/// `* changed to *`).
const TEMPLATES: &[(Lang, EventKind, &str)] = &[
    (
        L::En,
        K::Encryption,
        "Messages and calls are end-to-end encrypted*",
    ),
    (
        L::En,
        K::Encryption,
        "Messages to this group are now secured with end-to-end encryption*",
    ),
    (
        L::En,
        K::Encryption,
        "Messages to this chat and calls are now secured with end-to-end encryption*",
    ),
    (
        L::En,
        K::Encryption,
        "Messages you send to this chat and calls are now secured with end-to-end encryption*",
    ),
    (L::En, K::SecurityCode, "Your security code with * changed*"),
    (L::En, K::Admin, "You're now an admin"),
    (L::En, K::Admin, "You are now an admin"),
    (L::En, K::MissedCall, "Missed voice call*"),
    (L::En, K::MissedCall, "Missed video call*"),
    (L::En, K::MissedCall, "Missed group voice call*"),
    (L::En, K::MissedCall, "Missed group video call*"),
    (L::En, K::Created, "* created group *"),
    (L::En, K::Created, "* created this group"),
    (L::En, K::Joined, "* joined using this group's invite link"),
    (L::En, K::Joined, "* joined using a group link"),
    (L::En, K::Subject, "* changed the subject from * to *"),
    (L::En, K::Subject, "* changed the subject to *"),
    (L::En, K::Subject, "* changed the group name to *"),
    (L::En, K::Icon, "* changed this group's icon"),
    (L::En, K::Icon, "* deleted this group's icon"),
    (L::En, K::Description, "* changed the group description"),
    (L::En, K::NumberChange, "* changed their phone number*"),
    (L::En, K::Added, "* added you"),
    (L::En, K::Added, "* added *"),
    (L::En, K::Added, "* was added"),
    (L::En, K::Added, "You were added"),
    (L::En, K::Removed, "* removed *"),
    (L::En, K::Removed, "* was removed"),
    (L::En, K::Left, "* left"),
    (L::En, K::NumberChange, "* changed to *"),
    (
        L::De,
        K::Encryption,
        "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt*",
    ),
    (
        L::De,
        K::Encryption,
        "Nachrichten an diese Gruppe sind jetzt mit Ende-zu-Ende-Verschlüsselung geschützt*",
    ),
    (
        L::De,
        K::SecurityCode,
        "Deine Sicherheitsnummer für * hat sich geändert*",
    ),
    (L::De, K::Admin, "Du bist jetzt ein Admin"),
    (L::De, K::MissedCall, "Verpasster Sprachanruf*"),
    (L::De, K::MissedCall, "Verpasster Videoanruf*"),
    (L::De, K::Created, "* hat die Gruppe * erstellt"),
    (
        L::De,
        K::Joined,
        "* ist über den Einladungslink dieser Gruppe beigetreten",
    ),
    (L::De, K::Subject, "* hat den Betreff von * zu * geändert"),
    (L::De, K::Subject, "* hat den Betreff zu * geändert"),
    (L::De, K::Icon, "* hat das Gruppenbild geändert"),
    (
        L::De,
        K::Description,
        "* hat die Gruppenbeschreibung geändert",
    ),
    (L::De, K::Added, "* hat * hinzugefügt"),
    (L::De, K::Removed, "* hat * entfernt"),
    (L::De, K::Left, "* hat die Gruppe verlassen"),
    (
        L::Es,
        K::Encryption,
        "Los mensajes y las llamadas están cifrados de extremo a extremo*",
    ),
    (
        L::Es,
        K::SecurityCode,
        "Tu código de seguridad con * cambió*",
    ),
    (L::Es, K::Admin, "Ahora eres admin*"),
    (L::Es, K::MissedCall, "Llamada perdida*"),
    (L::Es, K::MissedCall, "Videollamada perdida*"),
    (L::Es, K::Created, "* creó el grupo *"),
    (
        L::Es,
        K::Joined,
        "* se unió usando el enlace de invitación de este grupo",
    ),
    (L::Es, K::Subject, "* cambió el asunto de * a *"),
    (L::Es, K::Subject, "* cambió el asunto a *"),
    (L::Es, K::Icon, "* cambió el ícono de este grupo"),
    (L::Es, K::Description, "* cambió la descripción del grupo"),
    (L::Es, K::Added, "* te añadió"),
    (L::Es, K::Added, "* añadió a *"),
    (L::Es, K::Removed, "* eliminó a *"),
    (L::Es, K::Left, "* salió del grupo"),
    (
        L::Fr,
        K::Encryption,
        "Les messages et les appels sont chiffrés de bout en bout*",
    ),
    (
        L::Fr,
        K::SecurityCode,
        "Votre code de sécurité avec * a changé*",
    ),
    (L::Fr, K::Admin, "Vous êtes désormais admin*"),
    (L::Fr, K::MissedCall, "Appel vocal manqué*"),
    (L::Fr, K::MissedCall, "Appel vidéo manqué*"),
    (L::Fr, K::Created, "* a créé le groupe *"),
    (
        L::Fr,
        K::Joined,
        "* a rejoint ce groupe via le lien d’invitation",
    ),
    (
        L::Fr,
        K::Joined,
        "* a rejoint ce groupe via le lien d'invitation",
    ),
    (L::Fr, K::Subject, "* a changé le sujet de * en *"),
    (L::Fr, K::Subject, "* a changé le sujet en *"),
    (L::Fr, K::Icon, "* a changé l’icône de ce groupe"),
    (L::Fr, K::Icon, "* a changé l'icône de ce groupe"),
    (
        L::Fr,
        K::Description,
        "* a modifié la description du groupe",
    ),
    (L::Fr, K::Added, "* vous a ajouté*"),
    (L::Fr, K::Added, "* a ajouté *"),
    (L::Fr, K::Removed, "* a retiré *"),
    (L::Fr, K::Left, "* est parti*"),
    (
        L::It,
        K::Encryption,
        "I messaggi e le chiamate sono crittografati end-to-end*",
    ),
    (
        L::It,
        K::SecurityCode,
        "Il tuo codice di sicurezza con * è cambiato*",
    ),
    (L::It, K::Admin, "Ora sei un amministratore"),
    (L::It, K::MissedCall, "Chiamata vocale persa*"),
    (L::It, K::MissedCall, "Videochiamata persa*"),
    (L::It, K::Created, "* ha creato il gruppo *"),
    (
        L::It,
        K::Joined,
        "* si è unito tramite il link d'invito al gruppo",
    ),
    (L::It, K::Subject, "* ha cambiato l'oggetto da * a *"),
    (L::It, K::Icon, "* ha cambiato l'immagine di questo gruppo"),
    (
        L::It,
        K::Description,
        "* ha modificato la descrizione del gruppo",
    ),
    (L::It, K::Added, "* ti ha aggiunto"),
    (L::It, K::Added, "* ha aggiunto *"),
    (L::It, K::Removed, "* ha rimosso *"),
    (L::It, K::Left, "* è uscito"),
    (
        L::Pt,
        K::Encryption,
        "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta*",
    ),
    (
        L::Pt,
        K::Encryption,
        "As mensagens e ligações são protegidas com a criptografia de ponta a ponta*",
    ),
    (
        L::Pt,
        K::SecurityCode,
        "Seu código de segurança com * mudou*",
    ),
    (L::Pt, K::Admin, "Agora você é admin*"),
    (L::Pt, K::MissedCall, "Chamada de voz perdida*"),
    (L::Pt, K::MissedCall, "Chamada de vídeo perdida*"),
    (L::Pt, K::Created, "* criou o grupo *"),
    (
        L::Pt,
        K::Joined,
        "* entrou usando o link de convite deste grupo",
    ),
    (L::Pt, K::Subject, "* mudou o assunto de * para *"),
    (L::Pt, K::Subject, "* mudou o nome de * para *"),
    (L::Pt, K::Icon, "* mudou a imagem deste grupo"),
    (L::Pt, K::Description, "* mudou a descrição do grupo"),
    (L::Pt, K::Added, "* adicionou você"),
    (L::Pt, K::Added, "* adicionou *"),
    (L::Pt, K::Removed, "* removeu *"),
    (L::Pt, K::Left, "* saiu"),
    (
        L::Ru,
        K::Encryption,
        "Сообщения и звонки защищены сквозным шифрованием*",
    ),
    (
        L::Ru,
        K::SecurityCode,
        "Ваш код безопасности для * изменился*",
    ),
    (L::Ru, K::Admin, "Теперь вы администратор*"),
    (L::Ru, K::MissedCall, "Пропущенный аудиозвонок*"),
    (L::Ru, K::MissedCall, "Пропущенный видеозвонок*"),
    (L::Ru, K::Created, "* создал(-а) группу *"),
    (
        L::Ru,
        K::Joined,
        "* присоединился(-ась) к группе по ссылке-приглашению",
    ),
    (L::Ru, K::Subject, "* изменил(-а) тему с * на *"),
    (L::Ru, K::Icon, "* изменил(-а) изображение этой группы"),
    (L::Ru, K::Description, "* изменил(-а) описание группы"),
    (L::Ru, K::Added, "* добавил(-а) *"),
    (L::Ru, K::Removed, "* удалил(-а) *"),
    (L::Ru, K::Left, "* вышел(-ла)"),
    (
        L::Nl,
        K::Encryption,
        "Berichten en gesprekken worden end-to-end versleuteld*",
    ),
    (
        L::Nl,
        K::SecurityCode,
        "Je beveiligingscode met * is gewijzigd*",
    ),
    (L::Nl, K::Admin, "Je bent nu een beheerder"),
    (L::Nl, K::MissedCall, "Gemiste spraakoproep*"),
    (L::Nl, K::MissedCall, "Gemiste videogesprek*"),
    (L::Nl, K::Created, "* heeft groep * aangemaakt"),
    (
        L::Nl,
        K::Joined,
        "* neemt deel via de uitnodigingslink van deze groep",
    ),
    (
        L::Nl,
        K::Subject,
        "* heeft het onderwerp gewijzigd van * naar *",
    ),
    (L::Nl, K::Icon, "* heeft de groepsafbeelding gewijzigd"),
    (
        L::Nl,
        K::Description,
        "* heeft de groepsbeschrijving gewijzigd",
    ),
    (L::Nl, K::Added, "* heeft * toegevoegd"),
    (L::Nl, K::Removed, "* heeft * verwijderd"),
    (L::Nl, K::Left, "* is vertrokken"),
    (
        L::Tr,
        K::Encryption,
        "Mesajlar ve aramalar uçtan uca şifrelidir*",
    ),
    (L::Tr, K::SecurityCode, "* ile güvenlik kodunuz değişti*"),
    (L::Tr, K::Admin, "Artık yöneticisiniz"),
    (L::Tr, K::MissedCall, "Cevapsız sesli arama*"),
    (L::Tr, K::MissedCall, "Cevapsız görüntülü arama*"),
    (L::Tr, K::Created, "* * grubunu oluşturdu"),
    (
        L::Tr,
        K::Joined,
        "* bu grubun davet bağlantısını kullanarak katıldı",
    ),
    (L::Tr, K::Subject, "* konuyu * olarak değiştirdi"),
    (L::Tr, K::Icon, "* bu grubun simgesini değiştirdi"),
    (L::Tr, K::Description, "* grup açıklamasını değiştirdi"),
    (L::Tr, K::Added, "* * kişisini ekledi"),
    (L::Tr, K::Added, "* sizi ekledi"),
    (L::Tr, K::Removed, "* * kişisini çıkardı"),
    (L::Tr, K::Left, "* ayrıldı"),
    (
        L::Id,
        K::Encryption,
        "Pesan dan panggilan terenkripsi secara end-to-end*",
    ),
    (
        L::Id,
        K::SecurityCode,
        "Kode keamanan Anda dengan * telah berubah*",
    ),
    (L::Id, K::Admin, "Anda sekarang admin"),
    (L::Id, K::MissedCall, "Panggilan suara tak terjawab*"),
    (L::Id, K::MissedCall, "Panggilan video tak terjawab*"),
    (L::Id, K::Created, "* membuat grup *"),
    (
        L::Id,
        K::Joined,
        "* bergabung menggunakan tautan undangan grup ini",
    ),
    (L::Id, K::Subject, "* mengubah subjek dari * menjadi *"),
    (L::Id, K::Icon, "* mengubah ikon grup ini"),
    (L::Id, K::Description, "* mengubah deskripsi grup"),
    (L::Id, K::Added, "* menambahkan *"),
    (L::Id, K::Removed, "* mengeluarkan *"),
    (L::Id, K::Left, "* keluar"),
    (
        L::Ar,
        K::Encryption,
        "الرسائل والمكالمات مشفرة تمامًا بين الطرفين*",
    ),
    (L::Ar, K::SecurityCode, "تم تغيير رمز الأمان الخاص بك مع *"),
    (L::Ar, K::Admin, "أنت الآن مشرف*"),
    (L::Ar, K::MissedCall, "مكالمة صوتية فائتة*"),
    (L::Ar, K::MissedCall, "مكالمة فيديو فائتة*"),
    (L::Ar, K::Created, "* أنشأ المجموعة *"),
    (
        L::Ar,
        K::Joined,
        "* انضم باستخدام رابط الدعوة لهذه المجموعة",
    ),
    (L::Ar, K::Subject, "* غيّر الموضوع من * إلى *"),
    (L::Ar, K::Icon, "* غيّر صورة هذه المجموعة"),
    (L::Ar, K::Description, "* غيّر وصف المجموعة"),
    (L::Ar, K::Added, "* أضاف *"),
    (L::Ar, K::Removed, "* أزال *"),
    (L::Ar, K::Left, "* غادر"),
    (L::Zh, K::Encryption, "消息和通话已进行端到端加密*"),
    (L::Zh, K::SecurityCode, "您与*的安全码已更改*"),
    (L::Zh, K::Admin, "您现在是管理员"),
    (L::Zh, K::MissedCall, "未接语音通话*"),
    (L::Zh, K::MissedCall, "未接视频通话*"),
    (L::Zh, K::Created, "*创建了群组*"),
    (L::Zh, K::Joined, "*已通过此群组的邀请链接加入"),
    (L::Zh, K::Subject, "*将群组名称从*更改为*"),
    (L::Zh, K::Subject, "*将主题从*更改为*"),
    (L::Zh, K::Icon, "*更改了此群组的图标"),
    (L::Zh, K::Description, "*更改了群组描述"),
    (L::Zh, K::Added, "*添加了*"),
    (L::Zh, K::Removed, "*移除了*"),
    (L::Zh, K::Left, "*已退出"),
];

/// Bodies that say a message was deleted (they keep their author and count as messages).
const DELETED: &[(Lang, &str)] = &[
    (L::En, "This message was deleted"),
    (L::En, "You deleted this message"),
    (L::De, "Diese Nachricht wurde gelöscht"),
    (L::De, "Du hast diese Nachricht gelöscht"),
    (L::Es, "Se eliminó este mensaje"),
    (L::Es, "Eliminaste este mensaje"),
    (L::Fr, "Ce message a été supprimé"),
    (L::Fr, "Vous avez supprimé ce message"),
    (L::It, "Questo messaggio è stato eliminato"),
    (L::It, "Hai eliminato questo messaggio"),
    (L::Pt, "Essa mensagem foi apagada"),
    (L::Pt, "Mensagem apagada"),
    (L::Pt, "Você apagou esta mensagem"),
    (L::Ru, "Данное сообщение удалено"),
    (L::Ru, "Вы удалили данное сообщение"),
    (L::Nl, "Dit bericht is verwijderd"),
    (L::Nl, "U hebt dit bericht verwijderd"),
    (L::Nl, "Je hebt dit bericht verwijderd"),
    (L::Tr, "Bu mesaj silindi"),
    (L::Tr, "Bu mesajı sildiniz"),
    (L::Id, "Pesan ini telah dihapus"),
    (L::Id, "Anda menghapus pesan ini"),
    (L::Ar, "تم حذف هذه الرسالة"),
    (L::Ar, "لقد حذفت هذه الرسالة"),
    (L::Zh, "此消息已删除"),
    (L::Zh, "你删除了此消息"),
    (L::Zh, "您删除了此消息"),
];

/// A template split at its wildcards once, for matching many lines.
struct Compiled {
    lang: Lang,
    kind: EventKind,
    /// The literal pieces between wildcards; `parts[0]` is the text before the first `*`.
    parts: Vec<&'static str>,
}

impl Compiled {
    /// Matches `text`; each wildcard takes at least one character, except a trailing one.
    fn matches(&self, text: &str) -> bool {
        let Some((first, rest_parts)) = self.parts.split_first() else {
            return false;
        };
        let Some(mut rest) = text.strip_prefix(first) else {
            return false;
        };
        let Some((last, middle)) = rest_parts.split_last() else {
            return rest.is_empty();
        };
        for part in middle {
            let Some(skip) = rest.chars().next().map(char::len_utf8) else {
                return false;
            };
            match rest[skip..].find(part) {
                Some(at) => rest = &rest[skip + at + part.len()..],
                None => return false,
            }
        }
        // A trailing `*` may be empty (`Missed voice call*`); a final name may not.
        last.is_empty() || (rest.len() > last.len() && rest.ends_with(last))
    }
}

struct Tables {
    all: Vec<Compiled>,
    /// Indices into `all` of templates that begin with literal text, by that text's
    /// first byte: a body matches only templates in its first byte's list.
    fixed_start: Vec<Vec<usize>>,
}

fn tables() -> &'static Tables {
    static TABLES: std::sync::OnceLock<Tables> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let all: Vec<Compiled> = TEMPLATES
            .iter()
            .map(|&(lang, kind, template)| Compiled {
                lang,
                kind,
                parts: template.split('*').collect(),
            })
            .collect();
        let mut fixed_start = vec![Vec::new(); 256];
        for (i, c) in all.iter().enumerate() {
            if let Some(&b) = c.parts.first().and_then(|p| p.as_bytes().first()) {
                fixed_start[usize::from(b)].push(i);
            }
        }
        Tables { all, fixed_start }
    })
}

/// Drops the marks iOS puts before system text and attachments.
pub fn strip_marks(text: &str) -> &str {
    text.trim_start_matches(['\u{200E}', '\u{200F}', '\u{FEFF}'])
        .trim_end_matches(['\r', ' '])
}

/// The kind and language of a system text, when its wording is known.
pub fn classify(text: &str) -> Option<(EventKind, Lang)> {
    let text = strip_marks(text);
    tables()
        .all
        .iter()
        .find(|c| c.matches(text))
        .map(|c| (c.kind, c.lang))
}

/// System texts that can stand alone after an author on iOS without naming anyone
/// (`Person: Messages and calls are end-to-end encrypted…`): cheap checks used on every
/// authored line.
pub fn classify_fixed_start(text: &str) -> Option<(EventKind, Lang)> {
    let text = strip_marks(text);
    let tables = tables();
    let first = *text.as_bytes().first()?;
    tables
        .fixed_start
        .get(usize::from(first))?
        .iter()
        .filter_map(|&i| tables.all.get(i))
        .find(|c| c.matches(text))
        .map(|c| (c.kind, c.lang))
}

/// The language of a deleted-message body.
pub fn deleted(text: &str) -> Option<Lang> {
    let text = strip_marks(text).trim_end_matches('.');
    DELETED
        .iter()
        .find(|(_, t)| *t == text)
        .map(|&(lang, _)| lang)
}

/// Android "no media" markers (`email_media_omitted`, notes §1.7), compared without case.
const MEDIA_OMITTED: &[(Lang, &str)] = &[
    (L::En, "<Media omitted>"),
    (L::De, "<Medien weggelassen>"),
    (L::De, "<Medien ausgeschlossen>"),
    (L::Fr, "<Fichier omis>"),
    (L::Fr, "<médias omis>"),
    (L::Es, "<Archivo omitido>"),
    (L::Es, "<Multimedia omitido>"),
    (L::Pt, "<Mídia omitida>"),
    (L::Ru, "<Файл пропущен>"),
    (L::Ru, "<Без медиафайлов>"),
    (L::Ar, "<تم استبعاد الوسائط>"),
    (L::Zh, "<省略多媒体文件>"),
    (L::Zh, "<省略影音内容>"),
    (L::Zh, "<忽略多媒體檔>"),
    (L::Zh, "<已省略多媒體檔案>"),
    (L::It, "<Media omesso>"),
    (L::Nl, "<Media weggelaten>"),
    (L::Tr, "<Medya atlanmış>"),
    (L::Id, "<Media tidak disertakan>"),
];

/// iOS "omitted" bodies by type.
const IOS_OMITTED: &[(Lang, &str, &str)] = &[
    (L::En, "image omitted", "image"),
    (L::En, "video omitted", "video"),
    (L::En, "audio omitted", "audio"),
    (L::En, "GIF omitted", "gif"),
    (L::En, "sticker omitted", "sticker"),
    (L::En, "Contact card omitted", "contact"),
    (L::En, "video note omitted", "video"),
    (L::En, "document omitted", "document"),
    (L::De, "Bild weggelassen", "image"),
    (L::De, "Video weggelassen", "video"),
    (L::De, "Audio weggelassen", "audio"),
    (L::De, "Sticker weggelassen", "sticker"),
    (L::De, "GIF weggelassen", "gif"),
    (L::Fr, "image absente", "image"),
    (L::Fr, "vidéo absente", "video"),
    (L::Fr, "audio omis", "audio"),
    (L::Es, "imagen omitida", "image"),
    (L::Es, "video omitido", "video"),
    (L::Es, "audio omitido", "audio"),
    (L::Es, "sticker omitido", "sticker"),
    (L::Pt, "imagem não revelada", "image"),
    (L::Pt, "vídeo não revelado", "video"),
    (L::Pt, "áudio não revelado", "audio"),
    (L::Ru, "изображение отсутствует", "image"),
    (L::Ru, "видео отсутствует", "video"),
    (L::Ru, "аудиофайл отсутствует", "audio"),
    (L::Id, "gambar tidak disertakan", "image"),
    (L::Id, "video tidak disertakan", "video"),
    (L::Zh, "图片已忽略", "image"),
    (L::Zh, "视频已忽略", "video"),
];

/// Localised `(file attached)` of Android media exports.
const FILE_ATTACHED: &[(Lang, &str)] = &[
    (L::En, "(file attached)"),
    (L::De, "(Datei angehängt)"),
    (L::Fr, "(fichier joint)"),
    (L::Es, "(archivo adjunto)"),
    (L::Pt, "(arquivo anexado)"),
    (L::Ru, "(файл добавлен)"),
    (L::Nl, "(bestand bijgevoegd)"),
    (L::It, "(file allegato)"),
    (L::Tr, "(dosya ekli)"),
    (L::Id, "(file terlampir)"),
    (L::Ar, "(الملف مرفق)"),
    (L::Zh, "(文件附件)"),
];

/// Localised `<attached: …>` of iOS media exports.
const ATTACHED_WORDS: &[(Lang, &str)] = &[
    (L::En, "<attached: "),
    (L::De, "<Anhang: "),
    (L::Es, "<adjunto: "),
    (L::Fr, "<pièce jointe : "),
    (L::Pt, "<anexado: "),
    (L::Zh, "<已附加: "),
    (L::Zh, "<附件: "),
];

/// The media type of an attached file name (`00000012-PHOTO-…jpg`, `IMG-2020…jpg`).
fn type_of_file(name: &str) -> &'static str {
    let upper = name.to_ascii_uppercase();
    for (word, kind) in [
        ("-PHOTO-", "image"),
        ("-VIDEO-", "video"),
        ("-AUDIO-", "audio"),
        ("-STICKER-", "sticker"),
        ("-GIF-", "gif"),
    ] {
        if upper.contains(word) {
            return kind;
        }
    }
    for (prefix, kind) in [
        ("IMG-", "image"),
        ("VID-", "video"),
        ("PTT-", "audio"),
        ("AUD-", "audio"),
        ("STK-", "sticker"),
        ("DOC-", "document"),
    ] {
        if upper.starts_with(prefix) {
            return kind;
        }
    }
    let ext = upper.rsplit_once('.').map_or("", |(_, e)| e);
    match ext {
        "JPG" | "JPEG" | "PNG" | "HEIC" => "image",
        "MP4" | "MOV" | "3GP" => "video",
        "OPUS" | "MP3" | "M4A" | "AAC" | "OGG" => "audio",
        "WEBP" => "sticker",
        "VCF" => "contact",
        _ => "document",
    }
}

/// The media type a body stands for, and its language when the wording tells.
pub fn media(text: &str) -> Option<(&'static str, Option<Lang>)> {
    let text = strip_marks(text);
    if text.len() > 300 {
        return None;
    }
    if text.starts_with('<') && text.ends_with('>') {
        for &(lang, marker) in MEDIA_OMITTED {
            if text.eq_ignore_ascii_case(marker) || text == marker {
                return Some(("media", Some(lang)));
            }
        }
        // iOS 2016: `<‎image omitted>`.
        let inner = strip_marks(&text[1..text.len() - 1]);
        if let Some(found) = ios_omitted(inner) {
            return Some(found);
        }
    }
    if text.ends_with('>') {
        for &(lang, word) in ATTACHED_WORDS {
            if let Some(at) = text.find(word) {
                let name = &text[at + word.len()..text.len() - 1];
                return Some((type_of_file(name), Some(lang)));
            }
        }
    }
    if text.ends_with(')') {
        for &(lang, word) in FILE_ATTACHED {
            if let Some(name) = text.strip_suffix(word) {
                return Some((type_of_file(strip_marks(name).trim()), Some(lang)));
            }
        }
    }
    ios_omitted(text)
}

fn ios_omitted(text: &str) -> Option<(&'static str, Option<Lang>)> {
    // Most bodies end in a byte no marker ends in.
    let last = *text.as_bytes().last()?;
    if !IOS_OMITTED
        .iter()
        .any(|(_, marker, _)| marker.as_bytes().last() == Some(&last))
    {
        return None;
    }
    IOS_OMITTED
        .iter()
        .find(|(_, marker, _)| text.ends_with(marker))
        .map(|&(lang, _, kind)| (kind, Some(lang)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates() {
        assert_eq!(classify("Ana added Bo").map(|c| c.0), Some(K::Added));
        assert_eq!(classify("\u{200E}Ana left").map(|c| c.0), Some(K::Left));
        assert_eq!(
            classify("Ana changed the subject from \"a\" to \"b: c\"").map(|c| c.0),
            Some(K::Subject)
        );
        assert_eq!(
            classify("Jonas hat die Gruppe verlassen"),
            Some((K::Left, L::De))
        );
        assert_eq!(
            classify("王伟创建了群组“家”").map(|c| c.0),
            Some(K::Created)
        );
        assert_eq!(classify("left"), None);
        assert_eq!(classify("hello there"), None);
    }

    #[test]
    fn media_markers() {
        assert_eq!(media("<Media omitted>"), Some(("media", Some(L::En))));
        assert_eq!(media("\u{200E}image omitted").map(|m| m.0), Some("image"));
        assert_eq!(
            media("\u{200E}<attached: 00000012-PHOTO-2019-06-20-16-00-15.jpg>").map(|m| m.0),
            Some("image")
        );
        assert_eq!(
            media("\u{200E}PTT-20190101-WA0000.opus (bestand bijgevoegd)"),
            Some(("audio", Some(L::Nl)))
        );
        assert_eq!(media("<\u{200E}video omitted>").map(|m| m.0), Some("video"));
        assert_eq!(media("just text"), None);
    }
}
