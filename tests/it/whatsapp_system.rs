//! WhatsApp system lines in every language the reader knows: a sample group chat per
//! language, in the Android form (no author) and the iOS form (authored by the group,
//! after U+200E), with every kind of event; the older encryption notices in a 1:1 iOS
//! chat; a notice in a language without a table; and the examples of issue 11 §1.
//!
//! The sample lines are written here by hand, sentence by sentence, as each language's
//! WhatsApp writes them; they are not built from the reader's templates.

use std::fs;
use std::path::Path;

use crate::common::{deflated, load, summary_of, write_zip};
use serde_json::Value;

/// One language: its name in the source notes, the system lines of a group chat, and the
/// two deleted-message bodies (someone else's, your own).
struct Locale {
    name: &'static str,
    /// In order: the encryption notice; group created by Ana, by you; Bo joined by link;
    /// Ana added Bo, you added Cem, Ana added you; Ana removed Cem, you removed Cem; Bo
    /// left, you left; Ana changed the subject, you changed it; a missed voice and a
    /// missed video call.
    system: [&'static str; 15],
    deleted: [&'static str; 2],
    /// The older (2016-2019) notice of a 1:1 chat, where known.
    old_notice: Option<&'static str>,
}

/// What the 15 system lines are, as the source notes count them.
const EVENTS_NOTE: &str = "System events: 1 encryption notice, 2 group created, 3 added, 1 joined, 2 left, 2 removed, 2 subject changed, 2 missed call.";

const LOCALES: &[Locale] = &[
    Locale {
        name: "English",
        system: [
            "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
            "Ana created group \"Garten\"",
            "You created group \"Garten\"",
            "Bo joined using this group's invite link",
            "Ana added Bo",
            "You added Cem",
            "Ana added you",
            "Ana removed Cem",
            "You removed Cem",
            "Bo left",
            "You left",
            "Ana changed the subject from \"Garten\" to \"Park\"",
            "You changed the subject from \"Park\" to \"Garten\"",
            "Missed voice call",
            "Missed video call",
        ],
        deleted: ["This message was deleted", "You deleted this message"],
        old_notice: Some(
            "Messages to this chat and calls are now secured with end-to-end encryption. Tap for more info.",
        ),
    },
    Locale {
        name: "German",
        system: [
            "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp. Tippe, um mehr zu erfahren.",
            "Ana hat die Gruppe \"Garten\" erstellt.",
            "Du hast die Gruppe \"Garten\" erstellt.",
            "Bo ist über den Einladungslink dieser Gruppe beigetreten.",
            "Ana hat Bo hinzugefügt.",
            "Du hast Cem hinzugefügt.",
            "Ana hat dich hinzugefügt.",
            "Ana hat Cem entfernt.",
            "Du hast Cem entfernt.",
            "Bo hat die Gruppe verlassen.",
            "Du hast die Gruppe verlassen.",
            "Ana hat den Betreff von \"Garten\" zu \"Park\" geändert.",
            "Du hast den Betreff von \"Park\" zu \"Garten\" geändert.",
            "Verpasster Sprachanruf",
            "Verpasster Videoanruf",
        ],
        deleted: [
            "Diese Nachricht wurde gelöscht.",
            "Du hast diese Nachricht gelöscht.",
        ],
        old_notice: Some(
            "Nachrichten in diesem Chat sowie Anrufe sind jetzt mit Ende-zu-Ende-Verschlüsselung geschützt. Tippe für mehr Infos.",
        ),
    },
    Locale {
        name: "Spanish",
        system: [
            "Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos. Toca para obtener más información.",
            "Ana creó el grupo \"Garten\"",
            "Creaste el grupo \"Garten\"",
            "Bo se unió usando el enlace de invitación de este grupo",
            "Ana añadió a Bo",
            "Añadiste a Cem",
            "Ana te añadió",
            "Ana eliminó a Cem",
            "Eliminaste a Cem",
            "Bo salió del grupo",
            "Saliste del grupo",
            "Ana cambió el asunto de \"Garten\" a \"Park\"",
            "Cambiaste el asunto de \"Park\" a \"Garten\"",
            "Llamada de voz perdida",
            "Videollamada perdida",
        ],
        deleted: ["Se eliminó este mensaje.", "Eliminaste este mensaje."],
        old_notice: Some(
            "Los mensajes y llamadas en este chat ahora están protegidos con cifrado de extremo a extremo.",
        ),
    },
    Locale {
        name: "French",
        system: [
            "Les messages et les appels sont chiffrés de bout en bout. Personne en dehors de cette discussion, pas même WhatsApp, ne peut les lire ou les écouter. Appuyez pour en savoir plus.",
            "Ana a créé le groupe « Garten »",
            "Vous avez créé le groupe « Garten »",
            "Bo a rejoint ce groupe via le lien d’invitation",
            "Ana a ajouté Bo",
            "Vous avez ajouté Cem",
            "Ana vous a ajouté",
            "Ana a retiré Cem",
            "Vous avez retiré Cem",
            "Bo est parti",
            "Vous êtes parti",
            "Ana a changé le sujet de « Garten » en « Park »",
            "Vous avez changé le sujet de « Park » en « Garten »",
            "Appel vocal manqué",
            "Appel vidéo manqué",
        ],
        deleted: ["Ce message a été supprimé", "Vous avez supprimé ce message"],
        old_notice: Some(
            "Les messages envoyés dans cette discussion et les appels sont désormais protégés avec le chiffrement de bout en bout. Appuyez pour plus d'informations.",
        ),
    },
    Locale {
        name: "Italian",
        system: [
            "I messaggi e le chiamate sono crittografati end-to-end. Nessuno al di fuori di questa chat, nemmeno WhatsApp, può leggerli o ascoltarli. Tocca per saperne di più.",
            "Ana ha creato il gruppo \"Garten\"",
            "Hai creato il gruppo \"Garten\"",
            "Bo si è unito tramite il link d'invito al gruppo",
            "Ana ha aggiunto Bo",
            "Hai aggiunto Cem",
            "Ana ti ha aggiunto",
            "Ana ha rimosso Cem",
            "Hai rimosso Cem",
            "Bo è uscito",
            "Sei uscito",
            "Ana ha cambiato l'oggetto da \"Garten\" a \"Park\"",
            "Hai cambiato l'oggetto da \"Park\" a \"Garten\"",
            "Chiamata vocale persa",
            "Videochiamata persa",
        ],
        deleted: [
            "Questo messaggio è stato eliminato",
            "Hai eliminato questo messaggio",
        ],
        old_notice: Some(
            "I messaggi inviati in questa chat e le chiamate sono ora protetti con la crittografia end-to-end. Tocca per maggiori info.",
        ),
    },
    Locale {
        name: "Portuguese",
        system: [
            "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta e ficam somente entre você e os participantes desta conversa. Nem mesmo o WhatsApp pode lê-las ou ouvi-las. Toque para saber mais.",
            "Ana criou o grupo \"Garten\"",
            "Você criou o grupo \"Garten\"",
            "Bo entrou usando o link de convite deste grupo",
            "Ana adicionou Bo",
            "Você adicionou Cem",
            "Ana adicionou você",
            "Ana removeu Cem",
            "Você removeu Cem",
            "Bo saiu",
            "Você saiu",
            "Ana mudou o nome de \"Garten\" para \"Park\"",
            "Você mudou o nome de \"Park\" para \"Garten\"",
            "Chamada de voz perdida",
            "Chamada de vídeo perdida",
        ],
        deleted: ["Mensagem apagada", "Você apagou esta mensagem"],
        old_notice: Some(
            "As mensagens e as chamadas nesta conversa estão protegidas com criptografia de ponta-a-ponta. Toque para mais informações.",
        ),
    },
    Locale {
        name: "Russian",
        system: [
            "Сообщения и звонки защищены сквозным шифрованием. Никто за пределами этого чата, даже WhatsApp, не может их прочитать или прослушать. Нажмите, чтобы узнать подробнее.",
            "Ana создал(-а) группу «Garten»",
            "Вы создали группу «Garten»",
            "Bo присоединился(-ась) к группе по ссылке-приглашению",
            "Ana добавил(-а) Bo",
            "Вы добавили Cem",
            "Ana добавил(-а) вас",
            "Ana удалил(-а) Cem",
            "Вы удалили Cem",
            "Bo вышел(-ла)",
            "Вы вышли",
            "Ana изменил(-а) тему с «Garten» на «Park»",
            "Вы изменили тему с «Park» на «Garten»",
            "Пропущенный аудиозвонок",
            "Пропущенный видеозвонок",
        ],
        deleted: ["Данное сообщение удалено", "Вы удалили данное сообщение"],
        old_notice: Some(
            "Сообщения в данном чате и звонки теперь защищены сквозным шифрованием. Нажмите для подробностей.",
        ),
    },
    Locale {
        name: "Dutch",
        system: [
            "Berichten en gesprekken worden end-to-end versleuteld. Niemand buiten deze chat, zelfs WhatsApp niet, kan ze lezen of beluisteren. Tik voor meer informatie.",
            "Ana heeft groep \"Garten\" aangemaakt",
            "Je hebt groep \"Garten\" aangemaakt",
            "Bo neemt deel via de uitnodigingslink van deze groep",
            "Ana heeft Bo toegevoegd",
            "Je hebt Cem toegevoegd",
            "Ana heeft je toegevoegd",
            "Ana heeft Cem verwijderd",
            "Je hebt Cem verwijderd",
            "Bo heeft de groep verlaten",
            "Je hebt de groep verlaten",
            "Ana heeft het onderwerp gewijzigd van \"Garten\" naar \"Park\"",
            "Je hebt het onderwerp gewijzigd van \"Park\" naar \"Garten\"",
            "Gemiste spraakoproep",
            "Gemiste video-oproep",
        ],
        deleted: [
            "Dit bericht is verwijderd",
            "Je hebt dit bericht verwijderd",
        ],
        old_notice: Some(
            "Berichten die naar deze chat worden verzonden en oproepen zijn nu beveiligd met end-to-end-versleuteling. Tik voor meer info.",
        ),
    },
    Locale {
        name: "Turkish",
        system: [
            "Mesajlar ve aramalar uçtan uca şifrelidir. WhatsApp dahil bu sohbetin dışındaki hiç kimse mesajları okuyamaz veya aramaları dinleyemez. Daha fazla bilgi için dokunun.",
            "Ana \"Garten\" grubunu oluşturdu",
            "\"Garten\" grubunu oluşturdunuz",
            "Bo bu grubun davet bağlantısını kullanarak katıldı",
            "Ana, Bo kişisini ekledi",
            "Cem kişisini eklediniz",
            "Ana sizi ekledi",
            "Ana, Cem kişisini çıkardı",
            "Cem kişisini çıkardınız",
            "Bo ayrıldı",
            "Ayrıldınız",
            "Ana konuyu \"Garten\" iken \"Park\" olarak değiştirdi",
            "Konuyu \"Park\" olarak değiştirdiniz",
            "Cevapsız sesli arama",
            "Cevapsız görüntülü arama",
        ],
        deleted: ["Bu mesaj silindi", "Bu mesajı sildiniz"],
        old_notice: Some(
            "Bu sohbete gönderilen mesajlar ve aramalar artık uçtan uca şifreleme ile korunmaktadır. Daha fazla bilgi için dokunun.",
        ),
    },
    Locale {
        name: "Indonesian",
        system: [
            "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya. Ketuk untuk info selengkapnya.",
            "Ana membuat grup \"Garten\"",
            "Anda membuat grup \"Garten\"",
            "Bo bergabung menggunakan tautan undangan grup ini",
            "Ana menambahkan Bo",
            "Anda menambahkan Cem",
            "Ana menambahkan Anda",
            "Ana mengeluarkan Cem",
            "Anda mengeluarkan Cem",
            "Bo keluar",
            "Anda keluar",
            "Ana mengubah subjek dari \"Garten\" menjadi \"Park\"",
            "Anda mengubah subjek dari \"Park\" menjadi \"Garten\"",
            "Panggilan suara tak terjawab",
            "Panggilan video tak terjawab",
        ],
        deleted: ["Pesan ini telah dihapus", "Anda menghapus pesan ini"],
        old_notice: Some(
            "Pesan yang dikirim ke chat ini dan panggilan sekarang diamankan dengan enkripsi end-to-end. Ketuk untuk info selengkapnya.",
        ),
    },
    Locale {
        name: "Malay",
        system: [
            "Mesej dan panggilan disulitkan hujung ke hujung. Tiada sesiapa di luar sembang ini, termasuk WhatsApp, boleh membaca atau mendengarnya. Ketik untuk mengetahui lebih lanjut.",
            "Ana telah mencipta kumpulan \"Garten\"",
            "Anda telah mencipta kumpulan \"Garten\"",
            "Bo telah menyertai menggunakan pautan jemputan kumpulan ini",
            "Ana telah menambah Bo",
            "Anda telah menambah Cem",
            "Ana telah menambah anda",
            "Ana telah mengeluarkan Cem",
            "Anda telah mengeluarkan Cem",
            "Bo telah keluar",
            "Anda telah keluar",
            "Ana telah menukar subjek daripada \"Garten\" kepada \"Park\"",
            "Anda telah menukar subjek daripada \"Park\" kepada \"Garten\"",
            "Panggilan suara terlepas",
            "Panggilan video terlepas",
        ],
        deleted: ["Mesej ini telah dipadam", "Anda telah memadam mesej ini"],
        old_notice: Some(
            "Mesej yang dihantar ke sembang ini dan panggilan kini dilindungi dengan penyulitan hujung ke hujung. Ketik untuk maklumat lanjut.",
        ),
    },
    Locale {
        name: "Arabic",
        system: [
            "الرسائل والمكالمات مشفرة تمامًا بين الطرفين. لا أحد خارج هذه الدردشة، ولا حتى واتساب، يمكنه قراءتها أو الاستماع إليها. انقر لمعرفة المزيد.",
            "أنشأ Ana المجموعة \"Garten\"",
            "أنشأت المجموعة \"Garten\"",
            "انضم Bo باستخدام رابط الدعوة لهذه المجموعة",
            "أضاف Ana \u{200F}Bo",
            "أضفت Cem",
            "أضافك Ana",
            "أزال Ana \u{200F}Cem",
            "أزلت Cem",
            "غادر Bo",
            "غادرت",
            "غيّر Ana الموضوع من \"Garten\" إلى \"Park\"",
            "غيّرت الموضوع من \"Park\" إلى \"Garten\"",
            "مكالمة صوتية فائتة",
            "مكالمة فيديو فائتة",
        ],
        deleted: ["تم حذف هذه الرسالة", "لقد حذفت هذه الرسالة"],
        old_notice: Some(
            "الرسائل المرسلة إلى هذه الدردشة والمكالمات محمية الآن بالتشفير التام بين الطرفين. انقر للمزيد من المعلومات.",
        ),
    },
    Locale {
        name: "Chinese",
        system: [
            "消息和通话已进行端到端加密。此对话以外的任何人（包括 WhatsApp）都无法读取或收听。轻触了解更多。",
            "Ana创建了群组“Garten”",
            "您创建了群组“Garten”",
            "Bo已通过此群组的邀请链接加入",
            "Ana添加了Bo",
            "您添加了Cem",
            "Ana添加了您",
            "Ana移除了Cem",
            "您移除了Cem",
            "Bo已退出",
            "您已退出",
            "Ana将群组名称从“Garten”更改为“Park”",
            "您将群组名称从“Park”更改为“Garten”",
            "未接语音通话",
            "未接视频通话",
        ],
        deleted: ["此消息已删除", "您删除了此消息"],
        old_notice: Some("发送到此对话的消息和通话现已受端到端加密保护。轻触了解更多。"),
    },
    Locale {
        name: "Japanese",
        system: [
            "メッセージと通話はエンドツーエンドで暗号化されています。WhatsAppを含め、このチャットの外部の人がメッセージを読んだり、通話を聞いたりすることはできません。タップして詳細を表示。",
            "Anaがグループ「Garten」を作成しました",
            "グループ「Garten」を作成しました",
            "Boがこのグループの招待リンクから参加しました",
            "AnaがBoを追加しました",
            "Cemを追加しました",
            "Anaがあなたを追加しました",
            "AnaがCemを削除しました",
            "Cemを削除しました",
            "Boが退出しました",
            "退出しました",
            "Anaがグループ名を「Garten」から「Park」に変更しました",
            "グループ名を「Park」から「Garten」に変更しました",
            "不在着信（音声通話）",
            "不在着信（ビデオ通話）",
        ],
        deleted: [
            "このメッセージは削除されました",
            "このメッセージを削除しました",
        ],
        old_notice: Some(
            "このチャットのメッセージと通話はエンドツーエンド暗号化で保護されるようになりました。タップして詳細を表示。",
        ),
    },
    Locale {
        name: "Korean",
        system: [
            "메시지와 통화는 종단간 암호화됩니다. WhatsApp을 포함해 채팅 외부의 그 누구도 메시지를 읽거나 통화를 들을 수 없습니다. 자세히 알아보려면 누르세요.",
            "Ana님이 그룹 \"Garten\"을(를) 만들었습니다",
            "회원님이 그룹 \"Garten\"을(를) 만들었습니다",
            "Bo님이 이 그룹의 초대 링크로 참여했습니다",
            "Ana님이 Bo님을 추가했습니다",
            "회원님이 Cem님을 추가했습니다",
            "Ana님이 회원님을 추가했습니다",
            "Ana님이 Cem님을 내보냈습니다",
            "회원님이 Cem님을 내보냈습니다",
            "Bo님이 나갔습니다",
            "회원님이 나갔습니다",
            "Ana님이 그룹 이름을 \"Garten\"에서 \"Park\"(으)로 변경했습니다",
            "회원님이 그룹 이름을 \"Park\"에서 \"Garten\"(으)로 변경했습니다",
            "부재중 음성통화",
            "부재중 영상통화",
        ],
        deleted: ["삭제된 메시지입니다", "메시지를 삭제했습니다"],
        old_notice: Some(
            "이 채팅의 메시지와 통화는 이제 종단간 암호화로 보호됩니다. 자세히 알아보려면 누르세요.",
        ),
    },
    Locale {
        name: "Polish",
        system: [
            "Wiadomości i połączenia są szyfrowane end-to-end. Nikt spoza tego czatu, nawet WhatsApp, nie może ich przeczytać ani odsłuchać. Dotknij, aby dowiedzieć się więcej.",
            "Ana utworzył(a) grupę „Garten”",
            "Utworzyłeś(-aś) grupę „Garten”",
            "Bo dołączył(a) przy użyciu linku zaproszenia do tej grupy",
            "Ana dodał(a) Bo",
            "Dodałeś(-aś) Cem",
            "Ana dodał(a) Cię",
            "Ana usunął(-ęła) Cem",
            "Usunąłeś(-ęłaś) Cem",
            "Bo opuścił(a) grupę",
            "Opuściłeś(-aś) grupę",
            "Ana zmienił(a) temat z „Garten” na „Park”",
            "Zmieniłeś(-aś) temat z „Park” na „Garten”",
            "Nieodebrane połączenie głosowe",
            "Nieodebrane połączenie wideo",
        ],
        deleted: [
            "Ta wiadomość została usunięta",
            "Usunąłeś(-ęłaś) tę wiadomość",
        ],
        old_notice: Some(
            "Wiadomości wysyłane na ten czat oraz połączenia są teraz zabezpieczone szyfrowaniem end-to-end. Dotknij, aby uzyskać więcej informacji.",
        ),
    },
    Locale {
        name: "Ukrainian",
        system: [
            "Повідомлення та дзвінки захищено наскрізним шифруванням. Ніхто поза цим чатом, навіть WhatsApp, не може їх прочитати чи прослухати. Торкніться, щоб дізнатися більше.",
            "Ana створює групу «Garten»",
            "Ви створили групу «Garten»",
            "Bo приєднується за посиланням-запрошенням",
            "Ana додає Bo",
            "Ви додали Cem",
            "Ana додає вас",
            "Ana видаляє Cem",
            "Ви видалили Cem",
            "Bo виходить",
            "Ви вийшли",
            "Ana змінює тему з «Garten» на «Park»",
            "Ви змінили тему з «Park» на «Garten»",
            "Пропущений голосовий дзвінок",
            "Пропущений відеодзвінок",
        ],
        deleted: ["Це повідомлення видалено", "Ви видалили це повідомлення"],
        old_notice: Some(
            "Повідомлення в цьому чаті та дзвінки тепер захищено наскрізним шифруванням. Торкніться, щоб дізнатися більше.",
        ),
    },
    Locale {
        name: "Vietnamese",
        system: [
            "Tin nhắn và cuộc gọi được mã hóa đầu cuối. Không ai bên ngoài đoạn chat này, kể cả WhatsApp, có thể đọc hoặc nghe chúng. Nhấn để tìm hiểu thêm.",
            "Ana đã tạo nhóm \"Garten\"",
            "Bạn đã tạo nhóm \"Garten\"",
            "Bo đã tham gia bằng liên kết mời của nhóm này",
            "Ana đã thêm Bo",
            "Bạn đã thêm Cem",
            "Ana đã thêm bạn",
            "Ana đã xóa Cem",
            "Bạn đã xóa Cem",
            "Bo đã rời khỏi nhóm",
            "Bạn đã rời khỏi nhóm",
            "Ana đã đổi chủ đề từ \"Garten\" thành \"Park\"",
            "Bạn đã đổi chủ đề từ \"Park\" thành \"Garten\"",
            "Cuộc gọi thoại bị nhỡ",
            "Cuộc gọi video bị nhỡ",
        ],
        deleted: ["Tin nhắn này đã bị xóa", "Bạn đã xóa tin nhắn này"],
        old_notice: Some(
            "Tin nhắn bạn gửi đến đoạn chat này và cuộc gọi hiện được bảo mật bằng mã hóa đầu cuối. Nhấn để biết thêm thông tin.",
        ),
    },
    Locale {
        name: "Thai",
        system: [
            "ข้อความและการโทรได้รับการเข้ารหัสตั้งแต่ต้นทางถึงปลายทาง ไม่มีใครนอกแชทนี้ แม้แต่ WhatsApp ที่จะอ่านหรือฟังได้ แตะเพื่อเรียนรู้เพิ่มเติม",
            "Ana สร้างกลุ่ม \"Garten\"",
            "คุณสร้างกลุ่ม \"Garten\"",
            "Bo เข้าร่วมโดยใช้ลิงก์คำเชิญของกลุ่มนี้",
            "Ana เพิ่ม Bo",
            "คุณเพิ่ม Cem",
            "Ana เพิ่มคุณ",
            "Ana นำ Cem ออก",
            "คุณนำ Cem ออก",
            "Bo ออกจากกลุ่ม",
            "คุณออกจากกลุ่ม",
            "Ana เปลี่ยนหัวเรื่องจาก \"Garten\" เป็น \"Park\"",
            "คุณเปลี่ยนหัวเรื่องจาก \"Park\" เป็น \"Garten\"",
            "สายที่ไม่ได้รับ",
            "วิดีโอคอลที่ไม่ได้รับ",
        ],
        deleted: ["ข้อความนี้ถูกลบแล้ว", "คุณลบข้อความนี้แล้ว"],
        old_notice: None,
    },
    Locale {
        name: "Hindi",
        system: [
            "मैसेज और कॉल एंड-टू-एंड एन्क्रिप्टेड हैं. इस चैट के बाहर का कोई भी व्यक्ति, यहां तक कि WhatsApp भी, इन्हें पढ़ या सुन नहीं सकता. ज़्यादा जानने के लिए टैप करें.",
            "Ana ने ग्रुप \"Garten\" बनाया",
            "आपने ग्रुप \"Garten\" बनाया",
            "Bo इस ग्रुप के इनवाइट लिंक से जुड़े",
            "Ana ने Bo को जोड़ा",
            "आपने Cem को जोड़ा",
            "Ana ने आपको जोड़ा",
            "Ana ने Cem को हटाया",
            "आपने Cem को हटाया",
            "Bo ने ग्रुप छोड़ दिया",
            "आपने ग्रुप छोड़ दिया",
            "Ana ने विषय \"Garten\" से बदलकर \"Park\" किया",
            "आपने विषय \"Park\" से बदलकर \"Garten\" किया",
            "मिस्ड वॉइस कॉल",
            "मिस्ड वीडियो कॉल",
        ],
        deleted: ["यह मैसेज हटा दिया गया", "आपने यह मैसेज हटा दिया"],
        old_notice: Some(
            "इस चैट के मैसेज और कॉल अब एंड-टू-एंड एन्क्रिप्शन से सुरक्षित हैं. ज़्यादा जानकारी के लिए टैप करें.",
        ),
    },
    Locale {
        name: "Persian",
        system: [
            "پیام‌ها و تماس‌ها سرتاسری رمزگذاری شده‌اند. هیچ‌کس خارج از این گفتگو، حتی واتس‌اپ، نمی‌تواند آن‌ها را بخواند یا به آن‌ها گوش دهد. برای اطلاعات بیشتر ضربه بزنید.",
            "Ana گروه «Garten» را ایجاد کرد",
            "شما گروه «Garten» را ایجاد کردید",
            "Bo با استفاده از پیوند دعوت این گروه پیوست",
            "Ana \u{200F}Bo را اضافه کرد",
            "شما Cem را اضافه کردید",
            "Ana شما را اضافه کرد",
            "Ana \u{200F}Cem را حذف کرد",
            "شما Cem را حذف کردید",
            "Bo خارج شد",
            "شما خارج شدید",
            "Ana موضوع را از «Garten» به «Park» تغییر داد",
            "شما موضوع را از «Park» به «Garten» تغییر دادید",
            "تماس صوتی از دست رفته",
            "تماس تصویری از دست رفته",
        ],
        deleted: ["این پیام حذف شد", "شما این پیام را حذف کردید"],
        old_notice: Some(
            "پیام‌هایی که به این گفتگو ارسال می‌کنید و تماس‌ها اکنون با رمزگذاری سرتاسری محافظت می‌شوند. برای اطلاعات بیشتر ضربه بزنید.",
        ),
    },
    Locale {
        name: "Hebrew",
        system: [
            "ההודעות והשיחות מוצפנות מקצה לקצה. אף אחד מחוץ לצ'אט הזה, אפילו לא WhatsApp, לא יכול לקרוא או להאזין להן. יש להקיש לפרטים נוספים.",
            "Ana יצר/ה את הקבוצה \"Garten\"",
            "יצרת את הקבוצה \"Garten\"",
            "Bo הצטרף/ה באמצעות קישור ההזמנה לקבוצה",
            "Ana הוסיף/ה את Bo",
            "הוספת את Cem",
            "Ana הוסיף/ה אותך",
            "Ana הסיר/ה את Cem",
            "הסרת את Cem",
            "Bo יצא/ה",
            "יצאת",
            "Ana שינה/תה את הנושא מ\"Garten\" ל\"Park\"",
            "שינית את הנושא מ\"Park\" ל\"Garten\"",
            "שיחה קולית שלא נענתה",
            "שיחת וידאו שלא נענתה",
        ],
        deleted: ["הודעה זו נמחקה", "מחקת הודעה זו"],
        old_notice: Some(
            "ההודעות שנשלחות לצ'אט הזה והשיחות מאובטחות כעת בהצפנה מקצה לקצה. הקש/י למידע נוסף.",
        ),
    },
];

fn whatsapp(summary: &Value) -> &Value {
    &summary["platforms"]["whatsapp"]
}

fn notes(outcome: &footprint::import::LoadOutcome) -> Vec<String> {
    outcome.footprint.sources[0].notes.clone()
}

/// The Android form: `16.09.25, 10:MM - ` headers, system lines without an author.
fn android_chat(locale: &Locale) -> String {
    let mut lines: Vec<String> = locale.system.iter().map(|s| s.to_string()).collect();
    lines.push("Ana: hello".into());
    lines.push("Bo: hi".into());
    lines.push(format!("Ana: {}", locale.deleted[0]));
    lines.push(format!("Bo: {}", locale.deleted[1]));
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| format!("16.09.25, 10:{i:02} - {line}\n"))
        .collect()
}

/// The iOS form: `[16.09.25, 10:MM:00] ` headers, system lines authored by the group
/// after U+200E, CRLF line ends.
fn ios_chat(locale: &Locale) -> String {
    let mut lines: Vec<String> = locale
        .system
        .iter()
        .map(|s| format!("Garten: \u{200E}{s}"))
        .collect();
    lines.push("Ana: hello".into());
    lines.push("Bo: hi".into());
    lines.push(format!("Ana: \u{200E}{}", locale.deleted[0]));
    lines.push(format!("Bo: \u{200E}{}", locale.deleted[1]));
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| format!("[16.09.25, 10:{i:02}:00] {line}\r\n"))
        .collect()
}

fn assert_group_chat(outcome: &footprint::import::LoadOutcome, locale: &Locale, form: &str) {
    let what = format!("{} ({form})", locale.name);
    assert!(outcome.errors.is_empty(), "{what}: {:?}", outcome.errors);
    let s = summary_of(outcome);
    let w = whatsapp(&s);
    assert_eq!(w["service_events"], 15, "{what}");
    assert_eq!(w["messages"], 4, "{what}");
    assert_eq!(
        w["senders"], 2,
        "{what}: Ana and Bo; the group only carries lines"
    );
    assert_eq!(s["conversation_list"][0]["kind"], "group", "{what}");
    let notes = notes(outcome);
    assert!(
        notes.iter().any(|n| n == EVENTS_NOTE),
        "{what}: every line is read as the event it is: {notes:#?}"
    );
    assert!(
        notes
            .iter()
            .any(|n| n.ends_with(&format!("system messages in {}.", locale.name))),
        "{what}: {notes:#?}"
    );
    assert!(
        notes.iter().any(|n| n.contains("2 deleted messages")),
        "{what}: {notes:#?}"
    );
}

#[test]
fn every_language_has_every_system_line_on_android_and_ios() {
    let dir = tempfile::tempdir().unwrap();
    for (i, locale) in LOCALES.iter().enumerate() {
        let android = dir.path().join(format!("android_{i}.txt"));
        fs::write(&android, android_chat(locale)).unwrap();
        assert_group_chat(&load(&[&android], None), locale, "Android");

        let zip = dir
            .path()
            .join(format!("ios_{i}"))
            .join("WhatsApp Chat - Garten.zip");
        fs::create_dir_all(zip.parent().unwrap()).unwrap();
        write_zip(
            &zip,
            &[("_chat.txt", ios_chat(locale).as_bytes())],
            deflated(),
        );
        assert_group_chat(&load(&[&zip], None), locale, "iOS");
    }
}

#[test]
fn older_encryption_notices_attributed_to_a_person_are_events() {
    // A 1:1 iOS chat of 2018: the notice is authored by the other person, without a mark.
    let dir = tempfile::tempdir().unwrap();
    for (i, locale) in LOCALES.iter().enumerate() {
        let Some(notice) = locale.old_notice else {
            continue;
        };
        let text = format!(
            "[25/3/18 11:27:48] Inés Vidal: {notice}\r\n[25/3/18 12:08:50] Inés Vidal: Ya salgo\r\n"
        );
        let zip = dir.path().join(format!("old_{i}.zip"));
        write_zip(&zip, &[("_chat.txt", text.as_bytes())], deflated());
        let outcome = load(&[&zip], None);
        assert!(
            outcome.errors.is_empty(),
            "{}: {:?}",
            locale.name,
            outcome.errors
        );
        let s = summary_of(&outcome);
        assert_eq!(whatsapp(&s)["messages"], 1, "{}", locale.name);
        assert_eq!(whatsapp(&s)["service_events"], 1, "{}", locale.name);
        assert!(
            notes(&outcome)
                .iter()
                .any(|n| n == "System events: 1 encryption notice."),
            "{}: {:#?}",
            locale.name,
            notes(&outcome)
        );
    }
}

#[test]
fn a_notice_in_a_language_without_a_table_is_known_by_its_place() {
    // Finnish and Swahili have no wording table: the first line names WhatsApp.
    let notices = [
        "Viestit ja puhelut ovat päästä päähän salattuja. Kukaan tämän keskustelun ulkopuolella, ei edes WhatsApp, voi lukea tai kuunnella niitä.",
        "Ujumbe na simu zimesimbwa kwa njia fiche ya mwanzo hadi mwisho. Hakuna mtu nje ya gumzo hili, hata WhatsApp, anayeweza kuzisoma au kuzisikiliza.",
    ];
    let dir = tempfile::tempdir().unwrap();
    for (i, notice) in notices.iter().enumerate() {
        for (form, text) in [
            (
                "Android",
                format!(
                    "16.09.25, 10:00 - {notice}\n16.09.25, 10:01 - Aino: Moi\n16.09.25, 10:02 - Eero: Hei\n"
                ),
            ),
            (
                "iOS",
                format!(
                    "[16.09.25, 10:00:00] Aino: \u{200E}{notice}\r\n[16.09.25, 10:01:00] Aino: Moi\r\n[16.09.25, 10:02:00] Eero: Hei\r\n"
                ),
            ),
        ] {
            let path = dir.path().join(format!("{form}_{i}.txt"));
            fs::write(&path, text).unwrap();
            let outcome = load(&[&path], None);
            let s = summary_of(&outcome);
            assert_eq!(whatsapp(&s)["service_events"], 1, "{form} {i}");
            assert_eq!(whatsapp(&s)["messages"], 2, "{form} {i}");
            assert_eq!(s["conversation_list"][0]["kind"], "personal", "{form} {i}");
            let notes = notes(&outcome);
            assert!(
                notes
                    .iter()
                    .any(|n| n == "System events: 1 encryption notice."),
                "{form} {i}: {notes:#?}"
            );
            assert!(
                notes
                    .iter()
                    .any(|n| n.contains("taken as WhatsApp's encryption notice by its place")),
                "{form} {i}: {notes:#?}"
            );
        }
    }
    // A later line naming WhatsApp is a message, and so is a short first one.
    let text = "16.09.25, 10:00 - Aino: see you on WhatsApp\n16.09.25, 10:01 - Eero: Asennan WhatsAppin uudelleen huomenna, koska puhelin vaihtuu taas kerran.\n";
    let path = dir.path().join("plain.txt");
    fs::write(&path, text).unwrap();
    let s = summary_of(&load(&[&path], None));
    assert_eq!(whatsapp(&s)["messages"], 2);
    assert_eq!(whatsapp(&s)["service_events"], 0);
}

fn read_one(dir: &Path, name: &str, text: &str) -> (Value, Vec<String>, Vec<String>) {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    let outcome = load(&[&path], None);
    assert!(outcome.errors.is_empty(), "{name}: {:?}", outcome.errors);
    let senders = outcome.footprint.senders.names.clone();
    (summary_of(&outcome), notes(&outcome), senders)
}

#[test]
fn a_system_line_holding_a_colon_is_not_split_into_an_author() {
    let dir = tempfile::tempdir().unwrap();
    // The example, then the same kind in other wordings and languages.
    let (s, _, senders) = read_one(
        dir.path(),
        "community.txt",
        "04/03/2024, 22:29 - Sam Ortiz added you to a group in the community: Riverside Neighbours\n16/03/2024, 09:10 - Sam Ortiz: Hi all\n",
    );
    assert_eq!(whatsapp(&s)["messages"], 1);
    assert_eq!(whatsapp(&s)["service_events"], 1);
    assert_eq!(whatsapp(&s)["senders"], 1);
    assert_eq!(senders, ["Sam Ortiz"]);
    assert_eq!(s["conversation_list"][0]["kind"], "group");
    for (i, line) in [
        "Sam Ortiz changed the subject from \"Plans\" to \"Plans: 2024\"",
        "You joined a group via invite in the community: Riverside Neighbours",
        "Sam Ortiz joined from the community",
        "Sam Ortiz hat dich zu einer Gruppe in der Community hinzugefügt: Nachbarn",
        "Sam Ortiz te añadió a un grupo de la comunidad: Vecinos",
        "Sam Ortiz vous a ajouté à un groupe de la communauté : Voisins",
        "Sam Ortiz adicionou você a um grupo da comunidade: Vizinhos",
    ]
    .iter()
    .enumerate()
    {
        let (s, notes, senders) = read_one(
            dir.path(),
            &format!("community_{i}.txt"),
            &format!("04/03/2024, 22:29 - {line}\n16/03/2024, 09:10 - Sam Ortiz: Hi all\n"),
        );
        assert_eq!(whatsapp(&s)["messages"], 1, "{line}");
        assert_eq!(whatsapp(&s)["service_events"], 1, "{line}");
        assert_eq!(senders, ["Sam Ortiz"], "{line}");
        assert_eq!(s["conversation_list"][0]["kind"], "group", "{line}");
        assert!(
            !notes.iter().any(|n| n.contains("1 other")),
            "{line}: known, not just a line without an author: {notes:#?}"
        );
    }
    // A person's message about someone leaving stays a message of that person.
    let (s, _, senders) = read_one(
        dir.path(),
        "talk.txt",
        "04/03/2024, 22:29 - Ana: Bo left\n04/03/2024, 22:30 - Bo: Ana: added you\n",
    );
    assert_eq!(whatsapp(&s)["messages"], 2);
    assert_eq!(whatsapp(&s)["service_events"], 0);
    assert_eq!(senders, ["Ana", "Bo"]);
}

#[test]
fn second_person_group_events_make_a_group_on_android_and_ios() {
    let dir = tempfile::tempdir().unwrap();
    // The example (Android), then iOS authored by the group's name.
    let (s, _, _) = read_one(
        dir.path(),
        "de_android.txt",
        "16.09.25, 10:00 - Du hast die Gruppe \"Chorprobe\" erstellt\n16.09.25, 10:02 - Max: Danke!\n",
    );
    assert_eq!(s["conversation_list"][0]["kind"], "group");
    assert_eq!(whatsapp(&s)["messages"], 1);
    assert_eq!(whatsapp(&s)["service_events"], 1);
    let zip = dir.path().join("WhatsApp Chat - Chorprobe.zip");
    write_zip(
        &zip,
        &[(
            "_chat.txt",
            "[16.09.25, 10:00:00] Chorprobe: \u{200E}Du hast die Gruppe „Chorprobe“ erstellt.\r\n[16.09.25, 10:02:00] Max: Danke!\r\n"
                .as_bytes(),
        )],
        deflated(),
    );
    let outcome = load(&[&zip], None);
    let s = summary_of(&outcome);
    assert_eq!(s["conversation_list"][0]["kind"], "group");
    assert_eq!(
        whatsapp(&s)["senders"],
        1,
        "the group's name is not a sender"
    );
    // Every second-person event alone makes a group, in other languages too.
    for (i, line) in [
        "You added Max",
        "You changed the subject from \"A\" to \"B\"",
        "Du hast Max hinzugefügt.",
        "Du hast den Betreff von \"A\" zu \"B\" geändert.",
        "Cambiaste el asunto de \"A\" a \"B\"",
        "Vous avez ajouté Max",
        "Hai creato il gruppo \"Coro\"",
        "Вы создали группу «Хор»",
    ]
    .iter()
    .enumerate()
    {
        let (s, _, _) = read_one(
            dir.path(),
            &format!("you_{i}.txt"),
            &format!("16.09.25, 10:00 - {line}\n16.09.25, 10:02 - Max: Danke!\n"),
        );
        assert_eq!(s["conversation_list"][0]["kind"], "group", "{line}");
    }
    // Someone writing the same words is not an event.
    let (s, _, _) = read_one(
        dir.path(),
        "salt.txt",
        "16.09.25, 10:00 - Max: You added too much salt\n16.09.25, 10:02 - Eva: Du hast Max hinzugefügt? Gut\n",
    );
    assert_eq!(s["conversation_list"][0]["kind"], "personal");
    assert_eq!(whatsapp(&s)["messages"], 2);
}

#[test]
fn chats_of_2013_do_not_make_the_exporter_a_sender_of_group_events() {
    let dir = tempfile::tempdir().unwrap();
    let text = "\
19:05, 20 Sep 2013 - Ravi: Ravi created group \"Cricket\"
19:07, 20 Sep 2013 - Ravi: Omar joined
19:08, 20 Sep 2013 - Ravi: Ravi added Priya
13:27, 24 Sep 2013 - Ravi: +44 7700 900123 joined
13:30, 24 Sep 2013 - Ravi: Ravi removed +44 7700 900123
13:31, 24 Sep 2013 - Ravi: Priya left
13:40, 24 Sep 2013 - Omar: I finally joined the club
13:41, 24 Sep 2013 - Omar: hello
";
    let (s, notes, senders) = read_one(dir.path(), "WhatsApp Chat with Cricket.txt", text);
    let w = whatsapp(&s);
    assert_eq!(w["service_events"], 6);
    assert_eq!(w["messages"], 2, "Omar's own words are messages");
    assert_eq!(w["senders"], 1, "only Omar wrote");
    assert!(!senders.contains(&"Ravi".to_string()), "{senders:?}");
    assert_eq!(s["conversation_list"][0]["kind"], "group");
    assert!(
        notes
            .iter()
            .any(|n| n == "System events: 1 group created, 1 added, 2 joined, 1 left, 1 removed."),
        "{notes:#?}"
    );
}
