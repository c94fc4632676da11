### Texts the analysis writes: what each platform holds (the Overview's inventory), how
### overlapping exports were merged, who "you" are in each export, what changed between
### two exports of one account, masked names, kinds of conversations and of IP addresses.
### They appear in the window, in saved chart images and in the HTML report.
### { $platform } is always a platform name: Telegram, WhatsApp or WeChat (not translated).

## Durations, placed inside sentences ("unused for 2 years", "2 years ago")
# German: plain nominative; the sentences around them are built for it
# („({ $span } her)“, „{ $span } lang ungenutzt“).
span-days = { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }
span-months = { $count ->
        [one] { $count } Monat
       *[other] { $count } Monate
    }
span-years = { $count ->
        [one] { $count } Jahr
       *[other] { $count } Jahre
    }
# An amount in yuan (Chinese currency): $amount is the number with its separators
# (31,622.34); the symbol goes where the language puts it.
yuan-amount = { $amount } ¥

## Activity settings (the Activity view's controls and chart axes)
# The clock of the activity charts: the time as the export writes it, no conversion.
time-basis-as-exported = wie im Export angegeben
# Bucket sizes of the activity timeline (radio buttons and the chart's axis): keep short.
bucket-day = Tag
bucket-week = Woche
bucket-month = Monat
bucket-year = Jahr

## Inventory: the categories of data each platform holds (Overview and report)
# Category names: the first column of the table, keep short.
inventory-identity = Identität
inventory-contacts = Kontakte
inventory-sessions = Sitzungen und Geräte
inventory-ip-addresses = IP-Adressen und Orte
inventory-conversations = Unterhaltungen
inventory-messages = Nachrichten
inventory-payments = Zahlungen
# Why each category matters, one sentence (shown when hovering its sensitivity).
inventory-identity-why = Wer du bist: die Angaben, die das Konto mit dir verknüpfen.
inventory-contacts-why = Dein Adressbuch: Menschen, die nie zugestimmt haben, dass ihre Daten hochgeladen werden.
inventory-sessions-why = Welche Handys und Computer du nutzt und seit wann.
inventory-ip-addresses-why = Wo du warst, als du dich verbunden hast.
inventory-conversations-why = Mit wem du schreibst, welchen Gruppen und Kanälen du beigetreten bist und welche du verlassen hast.
inventory-messages-why = Wann du wach bist, wann beschäftigt und mit wem: deine Aktivität über die Jahre.
inventory-payments-why = Was du kaufst, bei wem und wann.
# How sensitive a category is, shown as a coloured label: keep short.
inventory-sensitivity-low = niedrig
inventory-sensitivity-medium = mittel
inventory-sensitivity-high = hoch
# What a category's count is made of.
inventory-contacts-detail = { $count ->
        [one] { $count } Adressbucheintrag
       *[other] { $count } Adressbucheinträge
    }
# Telegram: { $frequent } of the contacts are rated as frequent. Keep the " · ".
inventory-contacts-detail-frequent = { $count ->
        [one] { $count } Adressbucheintrag · { $frequent } als häufig eingestuft
       *[other] { $count } Adressbucheinträge · { $frequent } als häufig eingestuft
    }
# { $app } app sessions, { $web } web sessions (websites logged in), { $devices } models
# of phones and computers. Keep the " · ".
inventory-sessions-detail = { $app ->
        [one] { $app } App
       *[other] { $app } Apps
    }, { $web } Web · { $devices ->
        [one] { $devices } Gerätemodell
       *[other] { $devices } Gerätemodelle
    }
# Followed by " · " and a list of countries when the export names any.
inventory-ip-addresses-detail = { $count ->
        [one] { $count } Adresse
       *[other] { $count } Adressen
    }
# { $conversations } is a count of one kind ("3 groups", see kind-…-count), { $left } how
# many of them were left.
inventory-kind-left = { $conversations } ({ $left } verlassen)
# Messages written by people, service events (joined, left, pinned …), distinct writers.
inventory-messages-detail = { $messages ->
        [one] { $messages } Nachricht
       *[other] { $messages } Nachrichten
    }, { $events ->
        [one] { $events } Dienstereignis
       *[other] { $events } Dienstereignisse
    }, { $senders ->
        [one] { $senders } Absender
       *[other] { $senders } Absender
    }
# { $spent } and { $received } are amounts of money ("¥31,622.34").
inventory-payments-detail = { $spent } ausgegeben, { $received } erhalten
# How to get a category the export lacks, shown after "Not in this export."
# Menu paths name the platform's own menus and options (in quotes): use the names the
# platform shows in your language where you know them.
inventory-hint-whatsapp-report-lists-none = Der geladene Account-Bericht führt keine auf.
inventory-hint-telegram-sessions = Exportiere erneut mit Häkchen bei „Aktive Sitzungen“ und „Sonstige Daten“ (beide sind standardmäßig aus).
inventory-hint-telegram-contacts = Exportiere erneut mit Häkchen bei „Kontaktliste“.
inventory-hint-telegram-identity = Exportiere erneut mit Häkchen bei „Kontoinformationen“.
inventory-hint-telegram-chats = Setze Häkchen bei den Chat-Arten, die du willst (Bot-Chats, öffentliche Gruppen und Kanäle sind standardmäßig aus).
inventory-hint-whatsapp-report = Fordere den Account-Bericht an: Einstellungen › Account › Account-Info anfordern (nach etwa 3 Tagen fertig).
inventory-hint-whatsapp-chats = Öffne einen Chat › Drei-Punkte-Menü › Mehr › Chat exportieren (immer ein Chat auf einmal).
# The Chinese menu path is WeChat's own: keep it as it is.
inventory-hint-wechat-payments = 我 › 服务 › 钱包 › 账单 › 常见问题 › 下载账单 › 用于个人对账 (das Passwort der ZIP-Datei kommt als Nachricht von WeChat Pay).
# MemoTrace and WeFlow are names of programs.
inventory-hint-wechat-chats = WeChat hat keinen offiziellen Chat-Export; Programme wie MemoTrace oder WeFlow schreiben Dateien, die Footprint liest.

## Kinds of conversations
# A count of conversations of one kind ("3 groups"), in lists such as
# "12 private chats, 3 groups (1 left)".
kind-personal-count = { $count ->
        [one] { $count } Einzelchat
       *[other] { $count } Einzelchats
    }
kind-group-count = { $count ->
        [one] { $count } Gruppe
       *[other] { $count } Gruppen
    }
kind-channel-count = { $count ->
        [one] { $count } Kanal
       *[other] { $count } Kanäle
    }
kind-bot-count = { $count ->
        [one] { $count } Bot
       *[other] { $count } Bots
    }
# Telegram's "Saved Messages", the chat with yourself.
kind-saved-count = { $count ->
        [one] { $count } Chat „Gespeicherte Nachrichten“
       *[other] { $count } Chats „Gespeicherte Nachrichten“
    }
# Conversations of no other kind.
kind-other-count = { $count } sonstige
# The kind of one conversation, as the Conversations table and the report name it.
kind-label-private-chat = Einzelchat
kind-label-group = Gruppe
kind-label-private-group = Private Gruppe
kind-label-public-group = Öffentliche Gruppe
kind-label-channel = Kanal
kind-label-private-channel = Privater Kanal
kind-label-public-channel = Öffentlicher Kanal
kind-label-bot = Bot
kind-label-saved = Gespeicherte Nachrichten
# WeChat's kinds of conversation, with WeChat's own Chinese word (kept in brackets
# where the language is not Chinese).
kind-label-wechat-group = Gruppe (群聊)
kind-label-wechat-official = offizielles Konto (公众号)
kind-label-wechat-wecom = WeCom-Kontakt (企业微信)
kind-label-wechat-system = Systemkonto (微信)
kind-label-wechat-private = Einzelchat (私聊)
# A conversation the export gives no type.
kind-label-other-not-given = Sonstige (Typ nicht angegeben)
# { $kind } is the type as the export writes it ("replies").
kind-label-other = Sonstige: { $kind }

## Sessions, IP addresses and payments: words inside tables and charts
# A session that names neither its device, its app nor a website.
topics-unknown-device = Unbekanntes Gerät
# A device, system, app, counterparty or payment method the export leaves empty (a bar of
# a chart, a row of a table).
topics-not-given = (nicht angegeben)
# Where an IP address was seen, in lists such as "session, login notice".
topics-origin-session = Sitzung
topics-origin-web-session = Web-Sitzung
topics-origin-ip-history = IP-Verlauf
topics-origin-account-change = Kontoänderung
# Telegram's login notifications ("New login from …").
topics-origin-login-notice = Anmeldebenachrichtigung

## Where an IP address is registered, when it is no country's
ip-place-unknown = nicht in der Datenbank
ip-place-private-network = privates Netz
ip-place-loopback = Loopback
ip-place-shared-carrier = gemeinsames Providernetz (CGNAT)
ip-place-link-local = Link-Local
ip-place-documentation = Dokumentationsbeispiel
ip-place-benchmarking = Benchmarking
ip-place-protocol-assignment = Protokollzuweisung
ip-place-this-network = dieses Netz
ip-place-multicast = Multicast
ip-place-reserved = reserviert
ip-place-unspecified = unspezifiziert
ip-place-translation = IPv4-Übersetzung

## Merged exports: a note under a platform's inventory when several exports overlap
# Items found in more than one export, counted once. Listed in overlap-merged-….
overlap-repeated-messages = { $count ->
        [one] { $count } doppelte Nachricht
       *[other] { $count } doppelte Nachrichten
    }
overlap-repeated-payments = { $count ->
        [one] { $count } doppelte Zahlung
       *[other] { $count } doppelte Zahlungen
    }
overlap-repeated-contacts = { $count ->
        [one] { $count } doppelter Kontakt
       *[other] { $count } doppelte Kontakte
    }
overlap-repeated-sessions = { $count ->
        [one] { $count } doppelte Sitzung
       *[other] { $count } doppelte Sitzungen
    }
overlap-repeated-other = { $count ->
        [one] { $count } doppelte IP-Sichtung oder Anmeldung
       *[other] { $count } doppelte IP-Sichtungen und Anmeldungen
    }
# The last item of a list: { $head } is the items before it, joined with ", ".
overlap-list-and = { $head } und { $last }
# { $list } lists the repeated items (overlap-repeated-…); { $total } is their sum.
overlap-merged-dropped = { $total ->
        [one] Überlappende Quellen wurden zusammengeführt: { $list } wurde weggelassen.
       *[other] Überlappende Quellen wurden zusammengeführt: { $list } wurden weggelassen.
    }
# { $conversations } conversations were found in several exports and count once.
overlap-merged-conversations = { $conversations ->
        [one] Überlappende Quellen wurden zusammengeführt: { $conversations } Unterhaltung, die in mehreren Exporten vorkommt, zählt nur einmal.
       *[other] Überlappende Quellen wurden zusammengeführt: { $conversations } Unterhaltungen, die in mehreren Exporten vorkommen, zählen jeweils nur einmal.
    }
# Both of the above in one sentence.
overlap-merged-both = { $conversations ->
        [one] Überlappende Quellen wurden zusammengeführt: { $conversations } Unterhaltung, die in mehreren Exporten vorkommt, zählt nur einmal; { $total ->
            [one] { $list } wurde weggelassen.
           *[other] { $list } wurden weggelassen.
        }
       *[other] Überlappende Quellen wurden zusammengeführt: { $conversations } Unterhaltungen, die in mehreren Exporten vorkommen, zählen jeweils nur einmal; { $total ->
            [one] { $list } wurde weggelassen.
           *[other] { $list } wurden weggelassen.
        }
    }
# Not normally shown (something was merged, but none of the above).
overlap-merged = Überlappende Quellen wurden zusammengeführt.

## Who you are in an export: how it was decided (shown after "You are NAME", lower case,
## no final full stop)
owner-how-named-by-export = vom Export angegeben
# Where the export names you: $place is its own term (a section, field or folder, not
# translated), $exporter the tool that wrote a WeChat export (MemoTrace, WeFlow …).
owner-how-named-by-section = angegeben in { $place } im Export
owner-how-named-by-exporter = angegeben durch { $place } von { $exporter }
# A WeChat exporter marks the messages you sent.
owner-how-sent-by-me = die Markierung „von mir gesendet“ des Exportprogramms
owner-how-identity-name = der Name in den persönlichen Angaben des Exports
owner-how-account-information = angegeben in den Kontoinformationen des Exports
owner-how-no-messages = hier gibt es keine Nachrichten
owner-how-no-evidence = nichts in diesem Export verrät, wer von den Schreibenden du bist
owner-how-chosen = von dir gewählt
owner-how-chosen-none = von dir gewählt: Du schreibst hier nichts, also gilt jede Nachricht als empfangen
# { $name } is the name the user chose.
owner-how-chosen-absent = von dir gewählt; { $name } schreibt hier nichts, also gilt jede Nachricht als empfangen
# { $count } chats of { $platform } are loaded, and one person writes in all of them.
owner-how-only-common-writer = die einzige Person, die in allen { $count } geladenen { $platform }-Chats schreibt
owner-how-name-in-other-export = dein Name in einem anderen Export dieser Plattform
# { $name } is the other person of a one-to-one chat.
owner-how-chat-named-after = der Chat ist nach { $name } benannt, also bist du die andere Person, die darin schreibt
# WhatsApp's "Messages and calls are end-to-end encrypted" line.
owner-how-notice-under = der Verschlüsselungshinweis steht unter dem Namen { $name }, also bist du die andere Person
owner-how-account-number = die Telefonnummer aus dem Account-Bericht
# Added after the above, following "; ". Lines such as "You created group".
owner-how-second-person = { $count ->
        [one] { $count } Systemzeile in der zweiten Person (was „du“ getan hast) zeigt, dass du in diesem Chat bist
       *[other] { $count } Systemzeilen in der zweiten Person (was „du“ getan hast) zeigen, dass du in diesem Chat bist
    }

## Two exports of one account: what changed (the Compare view, the report)
# What ties the two exports. { $id } is a Telegram user id (a number, shown as is).
diff-account-user-id = Nutzer-ID { $id }
diff-account-overlapping-bills = überlappende WeChat-Pay-Abrechnungen
# Why two exports cannot be compared. { $old } and { $new } are lists of platforms.
diff-no-common-platform = der ältere Export stammt von { $old }, der neuere von { $new }: keine gemeinsame Plattform
# { $old } and { $new } name the accounts ("user id 42", a phone number).
diff-different-accounts = es scheinen zwei verschiedene { $platform }-Konten zu sein ({ $old } und { $new })
# Section names: the first column of the summary, keep short.
diff-section-sessions = Sitzungen und Geräte
diff-section-ips = IP-Adressen
diff-section-contacts = Kontakte
diff-section-conversations = Unterhaltungen
diff-section-messages = Nachrichten
diff-section-payments = Zahlungen
# { $new } sessions new in the later export, { $ended } gone from it; { $devices } device
# models new, { $gone } no longer listed.
diff-sessions-line = { $new ->
        [one] { $new } neue Sitzung
       *[other] { $new } neue Sitzungen
    }, { $ended } beendet; { $devices ->
        [one] { $devices } neues Gerätemodell
       *[other] { $devices } neue Gerätemodelle
    }, { $gone } nicht mehr aufgeführt
# { $new } new IP addresses; { $countries } countries they are registered in that no
# earlier address was; { $named } countries the later export itself names that the
# earlier did not.
diff-ips-line = { $new ->
        [one] { $new } neue Adresse
       *[other] { $new } neue Adressen
    }; { $countries ->
        [one] { $countries } neues Land laut Registrierung
       *[other] { $countries } neue Länder laut Registrierung
    }, { $named } laut neuerem Export
diff-contacts-line = { $added } hinzugefügt, { $removed } entfernt
diff-conversations-line = { $joined } beigetreten, { $left } verlassen
diff-messages-line = { $messages ->
        [one] { $messages } Nachricht
       *[other] { $messages } Nachrichten
    } seit dem älteren Export, in { $conversations ->
        [one] { $conversations } Unterhaltung
       *[other] { $conversations } Unterhaltungen
    }
diff-payments-line = { $count ->
        [one] { $count } neue Zahlung
       *[other] { $count } neue Zahlungen
    }

## Masked names: pseudonyms shown instead of personal details when masking is on
# { $number } is a number, or "?" for something never seen before.
mask-contact = Kontakt { $number }
mask-group = Gruppe { $number }
mask-channel = Kanal { $number }
mask-bot = Bot { $number }
# Someone paid or paying (WeChat Pay).
mask-counterparty = Gegenpartei { $number }
# Free text the user wrote (a bio, an about text), hidden.
mask-hidden = (verborgen)

## Warnings: what went wrong in a source, shown with how many times ("3 × …")
warning-repaired-json = ungültiges JSON repariert
warning-invalid-utf8 = ungültiges UTF-8 ersetzt
warning-duplicate-key = doppelter Schlüssel, letzter Wert behalten
warning-skipped-record = unlesbarer Datensatz übersprungen
warning-missing-date = Datensatz ohne Datum übersprungen
warning-unsupported-message = vom Export als nicht unterstützt markierte Nachricht
warning-truncated = Datei endet vorzeitig; was davor stand, wurde behalten
warning-standard-time-offset = UTC-Versatz ist der Standardwert, auch in der Sommerzeit
warning-text-before-first-message = Text vor der ersten Nachricht übersprungen
warning-other-header-format = Zeile in einem anderen Datumsformat, als Text der vorigen Nachricht behalten
warning-realigned-row = Zeile mit einem Komma ohne Anführungszeichen in einer Textzelle, neu ausgerichtet
warning-missing-page = eine Seite, auf die der Export verweist, fehlt
# Where a warning's example is in the file and what it quotes ($detail: the file's own text).
warning-sample-record = Datensatz { $record } (Byte { $byte }): { $detail }
warning-sample-byte = Byte { $byte }: { $detail }
