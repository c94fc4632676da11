## Views of the window (the navigation, headings, and the report's sections). Keep short.

topic-overview = Übersicht
topic-contacts = Kontakte
topic-sessions = Sitzungen & Geräte
topic-conversations = Unterhaltungen
topic-activity = Aktivität
topic-payments = Zahlungen
topic-people = Personen
# The page of things the user can act on (privacy findings).
topic-findings = Befunde
# Two exports of one account, compared.
topic-compare = Vergleich

## Charts: shared texts
# Drawn in the middle of a saved chart image that has nothing to show.
chart-no-data = Keine Daten für dieses Diagramm in den geladenen Exporten
# Axis names and series names (lower case, as on a chart axis).
# German: nouns are capitalised, so axis names start with a capital letter.
chart-axis-messages = Nachrichten
chart-axis-month = Monat
chart-axis-year = Jahr
chart-axis-hour = Stunde
chart-axis-date = Datum
chart-axis-people = Personen
chart-axis-sessions = Sitzungen
chart-axis-logins = Anmeldungen
chart-axis-contacts = Kontakte
chart-axis-conversations = Unterhaltungen
chart-axis-payments = Zahlungen
# Amounts of money in Chinese yuan (WeChat Pay).
chart-axis-yuan = Yuan
# Telegram's own score of how often you talk to someone.
chart-axis-rating = Bewertung

## Overview and People charts
chart-per-year-title = Nachrichten pro Jahr, nach Plattform
chart-people-platforms-title = Personen, die jede Plattform kennt, und wer sie noch kennt
chart-people-platforms-one = nur dieser Plattform bekannt
chart-people-platforms-two = auch einer weiteren bekannt
chart-people-platforms-three = allen drei bekannt
# $count: how many people the chart ranks (at most 20).
chart-people-top-title = Top { $count } Personen nach Nachrichten (gesendet und empfangen)
# $name: a person's name (or a pseudonym when masking).
chart-person-activity-title = Nachrichten mit { $name } pro Monat

## Contacts charts
chart-contacts-added-title = Hinzugefügte Kontakte pro Monat
chart-contacts-frequent-title = Mit wem du laut Telegram am meisten Kontakt hast
# A frequent contact of a category other than people. $name: a name; $category: one of the categories below.
chart-contacts-with-category = { $name } ({ $category })
# Telegram's categories of frequent contacts, shown in brackets after a name: "Alice (calls)".
chart-contacts-category-calls = Anrufe
chart-contacts-category-inline-bots = Inline-Bots

## Sessions charts
chart-sessions-devices-title = Sitzungen nach Gerät
chart-sessions-systems-title = Sitzungen nach Betriebssystem
chart-sessions-apps-title = Sitzungen nach App und Version
chart-sessions-countries-title = Sitzungen nach Land
chart-logins-title = Anmeldungen im Zeitverlauf (aus Anmeldebenachrichtigungen)
chart-sessions-timeline-title = Sitzungen von der Erstellung bis zur letzten Aktivität
# Legend entry of the session timeline: sessions of websites the user logged in to with the app.
chart-sessions-group-web = Web-Sitzungen
# Legend entry of the session timeline. $platform: Telegram, WhatsApp or WeChat.
chart-sessions-group-app = { $platform }-Sitzungen

## World map
map-title-addresses = Wo deine IP-Adressen registriert sind
map-title-logins = Von wo du dich angemeldet hast (Anmeldebenachrichtigungen)
# The map's colour key label.
map-key-addresses = IP-Adressen
map-key-logins = Anmeldungen
# Hover text of a country on the map: how many addresses are in it.
map-detail-addresses = { $count ->
    [one] { $count } Adresse
   *[other] { $count } Adressen
}
# Hover text of a country on the map: how many logins came from it.
map-detail-logins = { $count ->
    [one] { $count } Anmeldung
   *[other] { $count } Anmeldungen
}
# After the first six addresses of a country in its hover text.
map-detail-more = und { $count } weitere
# $first, $last: dates.
map-detail-seen = gesehen vom { $first } bis { $last }

## Conversations charts
chart-conversations-kind-title = Unterhaltungen nach Art
# Series: conversations still in the export, and those the user has left.
chart-conversations-in-export = Im Export
chart-conversations-left = Verlassen
# $count: how many conversations the chart ranks (at most 20). "Saved Messages" is Telegram's name for notes to yourself.
chart-conversations-top-title = Top { $count } Unterhaltungen nach Nachrichten (ohne „Gespeicherte Nachrichten“, deine Notizen an dich selbst)
chart-message-types-title = Was Nachrichten enthalten, nach Plattform
# Kinds of conversation (chart category labels).
chart-kind-personal = Einzelchat
chart-kind-group = Gruppe
chart-kind-channel = Kanal
chart-kind-bot = Bot
chart-kind-saved = Gespeicherte Nachrichten
chart-kind-other = Sonstige
# What a message carries (chart category labels).
chart-content-unknown = Typ nicht angegeben
chart-content-text = Text
chart-content-image = Foto / Bild
chart-content-video = Video
chart-content-voice = Sprachnachricht / Audio
chart-content-sticker = Sticker
chart-content-gif = GIF
chart-content-file = Datei
chart-content-location = Standort
chart-content-contact = Kontaktkarte
chart-content-link = Link
chart-content-poll = Umfrage
chart-content-quote = Zitat
chart-content-transfer = Geldtransfer
# WeChat's 红包, a gift of money in a red envelope.
chart-content-red-packet = Roter Umschlag
# WeChat's 小程序.
chart-content-mini-program = Mini-Programm
# A chat history forwarded as one message (WeChat).
chart-content-forwarded-chat = Weitergeleiteter Chat
# A post of WeChat Channels (视频号).
chart-content-channels = Channels-Beitrag
chart-content-app = App-Nachricht
chart-content-call = Anruf
chart-content-media = Medien
chart-content-deleted = Gelöscht
chart-content-other = Sonstiges

## Activity charts
# $scope: empty, or the filter chosen, written " · Telegram · Alice".
chart-activity-per-day = Nachrichten pro Tag{ $scope }
chart-activity-per-week = Nachrichten pro Woche{ $scope }
chart-activity-per-month = Nachrichten pro Monat{ $scope }
chart-activity-per-year = Nachrichten pro Jahr{ $scope }
chart-axis-day = Tag
chart-axis-week = Woche
chart-activity-heatmap-title = Nachrichten nach Wochentag und Uhrzeit{ $scope }
# Axis of the heatmap. $basis: the clock the hours are on ("as written in the export", "UTC+8").
chart-activity-hour-axis = Stunde ({ $basis })
chart-activity-split-title = Eigene und empfangene Nachrichten{ $scope }
# Series and category names: messages you wrote, messages others wrote, and messages of an export whose owner is unknown.
chart-activity-yours = Eigene
chart-activity-received = Empfangen
chart-activity-owner-unknown = Inhaber unbekannt

## Payments charts
chart-payments-month-title = Ausgaben und Einnahmen pro Monat
# Series: money paid out, and money received.
chart-payments-spent = Ausgegeben
chart-payments-received = Erhalten
chart-payments-counterparties-title = Top-Gegenparteien
chart-payments-methods-title = Nach Zahlungsmethode
chart-payments-types-title = Nach Transaktionsart
chart-payments-hour-title = Zahlungen nach Uhrzeit (chinesische Zeit)

## Saving charts (messages in the window)
# $path: a file.
chart-error-exists = { $path }: existiert bereits (nicht überschrieben)
# $path: a file; $error: the system's reason.
chart-error-write = { $path }: Bild kann nicht gespeichert werden: { $error }
# $title: the chart's title; $error: what went wrong.
chart-error-draw = Diagramm „{ $title }“ kann nicht gezeichnet werden: { $error }
# $path: a folder; $error: the system's reason.
chart-error-folder = { $path }: Ordner kann nicht angelegt werden: { $error }
# $files: the file names, joined with ", ".
chart-error-existing = { $count ->
    [one] { $count } Bild existiert bereits, nichts gespeichert: { $files }
   *[other] { $count } Bilder existieren bereits, nichts gespeichert: { $files }
}

## The HTML report (Save report…, footprint report)
# The browser tab's title. $made: date and time it was made.
report-page-title = Footprint-Bericht, { $made }
report-heading = Was deine Messenger-Apps über dich wissen
# $platforms: "Telegram, WeChat"; $made: date and time; $count: number of sources (files read).
report-intro = { $count ->
    [one] Ein Footprint-Bericht über { $platforms }, erstellt am { $made } aus { $count } Quelle. Er wurde auf diesem Computer erstellt; nichts wurde irgendwohin gesendet.
   *[other] Ein Footprint-Bericht über { $platforms }, erstellt am { $made } aus { $count } Quellen. Er wurde auf diesem Computer erstellt; nichts wurde irgendwohin gesendet.
}
report-masked = Persönliche Angaben sind maskiert: Namen, Telefonnummern, Benutzernamen, IP-Adressen und Dateipfade sind durch Pseudonyme ersetzt.
# $version: Footprint's version; $made: date and time.
report-footer = Erstellt mit Footprint { $version } am { $made } auf diesem Computer, aus den oben aufgeführten Dateien. Nichts wurde irgendwohin gesendet.
# Below a table cut short. $shown: rows shown; $total: rows in all.
report-cut-note = Die ersten { $shown } von { $total }; im Programmfenster siehst du alle.
report-country-note = Das Land ist das, in dem ein Adressblock heute registriert ist (mitgelieferte Datenbank, nichts wird online abgefragt). Zum Zeitpunkt der Nutzung kann es ein anderes gewesen sein.

## Report: findings
# Heading and link of the findings section.
report-findings = Was du tun kannst
report-no-findings = In diesen Exporten gibt es nichts, worum du dich kümmern musst.
# How much a finding matters.
report-severity-high = hoch
report-severity-medium = mittel
report-severity-low = niedrig
# Before the advice of a finding.
report-what-to-do = So gehst du vor:

## Report: what each platform holds
# $platform: Telegram, WhatsApp or WeChat.
report-holds = Was { $platform } speichert
# Count column when the export has none of it.
report-none = keine
report-not-in-export = Nicht in diesem Export.
report-col-count = Anzahl
report-col-sensitivity = Sensibilität
report-col-what = Inhalt
report-col-dates = Zeitraum

## Report: tables of the views (column headings in lower case)
report-people-heading = Mit wem du am meisten schreibst
# A person without a name.
report-no-name = (kein Name)
report-col-person = Person
report-col-platforms = Plattformen
report-col-you-sent = Von dir
report-col-they-sent = Von der Person
# First and last date something was seen.
report-col-first = Erstmals
report-col-last = Zuletzt
report-sessions-heading = Sitzungen und Geräte
# $website: a website the user logged in to with the app.
report-website = { $website } (Website)
report-col-platform = Plattform
report-col-device = Gerät
report-col-app = App
report-col-system = System
report-col-ip = IP-Adresse
report-col-place = Ort
report-col-created = Erstellt
report-col-last-active = Zuletzt aktiv
report-ips-heading = IP-Adressen
report-col-address = Adresse
report-col-seen = Gesehen
report-col-where-seen = Wo gesehen
report-col-registered = Registriert in
# What the export itself says about where an address is.
report-col-export-says = Laut Export
report-conversations-heading = Die aktivsten Unterhaltungen
# $kind: the kind of conversation ("group"), for a conversation the user has left.
report-kind-left = { $kind } (verlassen)
report-col-conversation = Unterhaltung
report-col-kind = Art
report-col-messages = Nachrichten
# Messages the user wrote.
report-col-yours = Von dir
report-counterparties-heading = Gegenparteien
# $paid, $received: amounts; $first, $last: dates.
report-payments-summary = { $paid } bezahlt, { $received } erhalten, vom { $first } bis { $last }.
report-col-counterparty = Gegenpartei
report-col-paid = Bezahlt
report-col-received = Erhalten
report-col-payments = Zahlungen
# $platform: Telegram, WhatsApp or WeChat.
report-compare-heading = { $platform }: zwei Exporte eines Kontos
report-col-what-changed = Änderung

## Report: sources
report-sources = Quellen
# Stands for a file's path when masking. $number: 1, 2, 3 …
report-source-masked = Quelle { $number }
# $name: the user's name in this source.
report-source-owner = du bist { $name }
report-source-owner-unknown = unbekannt, wer du bist
# $platform; $format: the export's format ("Telegram JSON"); $owner: report-source-owner or report-source-owner-unknown.
report-source-line = { $platform } · { $format } · { $records ->
    [one] { $records } Datensatz
   *[other] { $records } Datensätze
} · { $warnings ->
    [one] { $warnings } Warnung
   *[other] { $warnings } Warnungen
} · { $owner }
# $count: how many times; $kind: what went wrong (warning-* in analysis.ftl).
report-source-warning = Warnung: { $count } × { $kind }
# $path: a file; $error: why.
report-unreadable = Konnte nicht gelesen werden: { $path }: { $error }

## Report: saving (messages in the window)
# $path: the report's file; $folder: its folder.
report-error-no-folder = { $path }: Der Ordner { $folder } existiert nicht; nichts gespeichert
report-error-exists = { $path }: existiert bereits; nichts gespeichert
report-error-write = { $path }: Bericht kann nicht gespeichert werden: { $error }
