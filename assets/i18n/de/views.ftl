# Footprint: the pages of the window (Overview, People, Contacts, Sessions & devices,
# Conversations, Activity, Payments, Findings, Compare).
# Platform names (Telegram, WhatsApp, WeChat) are never translated; they arrive as
# { $platform }. Numbers given as { $count } and similar arrive already written with
# the language's digit grouping. "·" separates parts of a line; keep it.

## Overview: what each platform holds

overview-intro = Was der Export jeder Plattform über dich enthält, wie sensibel es ist und was fehlt.
# Section title; { $platform } is Telegram, WhatsApp or WeChat.
overview-platform-holds = Was { $platform } speichert
# In the count column of a category the export does not contain.
overview-category-none = keine
# Tooltip of a category's sensitivity marker. { $level } is High, Medium or Low;
# { $why } is a sentence explaining why.
overview-sensitivity-hover = Sensibilität: { $level }. { $why }
# A category the export lacks; { $hint } is a sentence saying how to get it.
overview-missing-with-hint = Nicht in diesem Export. { $hint }
overview-missing = Nicht in diesem Export.
# Two exports of one account are loaded; { $old } and { $new } are the dates of the
# latest item in each (or overview-unknown-date).
overview-two-exports = Zwei Exporte dieses Kontos sind geladen (neueste Einträge: { $old } bzw. { $new }): Jede Nachricht, jeder Kontakt, jede Sitzung, Adresse und Zahlung, die beide enthalten, zählt nur einmal, und bei einer Sitzung wird die jüngste Aktivität aus beiden angezeigt.
# Stands in for a date in overview-two-exports.
overview-unknown-date = unbekannt
# Link to the Compare page.
overview-what-changed = Was sich geändert hat

## Overview: "Known to several companies"

overview-known-title = Mehreren Unternehmen bekannt
# { $names } is a comma-separated list of names; { $count } how many more are not listed.
overview-known-names-more = { $names } und { $count } weitere
# { $count } people are on all three platforms; { $names } lists them.
overview-known-three = { $count ->
        [one] { $count } Person steht
       *[other] { $count } Personen stehen
    } in den Daten aller drei Plattformen: { $names }.
# { $count } people are on two of the three platforms; { $names } lists them.
overview-known-two = { $count ->
        [one] { $count } Person steht
       *[other] { $count } Personen stehen
    } in den Daten von zwei Plattformen: { $names }.
# Both of the above in one sentence: { $three } people on all three platforms
# ({ $three_names }), { $two } people on two ({ $two_names }).
overview-known-both = { $three ->
        [one] { $three } Person steht
       *[other] { $three } Personen stehen
    } in den Daten aller drei Plattformen: { $three_names }; { $two ->
        [one] { $two } Person
       *[other] { $two } Personen
    } in den Daten von zwei: { $two_names }.
# Link to the People page.
overview-see-people = Siehe Personen

## Overview: "What you can do" (the most severe findings)

overview-what-you-can-do = Was du tun kannst
# Before a finding's title: the platform it is about.
overview-finding-platform = { $platform }:
# Link to the Findings page when more findings exist than the Overview lists ($count is 5 or more).
overview-all-findings = Alle { $count } Befunde und was du tun kannst
# Link to the Findings page when the Overview lists them all.
overview-what-to-do = Was du dagegen tun kannst

## Overview: sources read

# Section title; { $count } is the number of files and folders read.
overview-sources = Quellen ({ $count })
# Stands in for a file's path when personal details are masked; { $number } is 1, 2, 3 …
overview-source-masked = Quelle { $number }
overview-source-records = { $count ->
        [one] { $count } Datensatz
       *[other] { $count } Datensätze
    }
overview-no-warnings = keine Warnungen
overview-source-warnings = { $count ->
        [one] { $count } Warnung
       *[other] { $count } Warnungen
    }
# Button next to a source (keep short).
overview-remove = Entfernen
overview-remove-hover = Diese Quelle aus der Auswertung entfernen

## Overview: whose messages are "yours" in a source

# How the owner was decided, said instead of the explanation when personal details are masked.
overview-owner-basis-export = vom Export angegeben
overview-owner-basis-inferred = aus den Chats abgeleitet
overview-owner-basis-chosen = von dir gewählt
overview-owner-basis-unknown = nirgends steht, wer du bist
# { $name } is the owner's name, shown in bold.
overview-you-are = Du bist { $name }
overview-owner-none = Du schreibst hier nichts: Jede Nachricht zählt als empfangen
overview-owner-unknown = Inhaber unbekannt: Nachrichten hier zählen weder als eigene noch als empfangene
# { $how } explains how the owner was decided, e.g. "chosen by you".
overview-owner-how = ({ $how })
# Menu button to choose who you are (keep short).
overview-owner-change = Ändern…
overview-owner-question = Wer bist du in diesem Export?
# A choice in the menu: { $name } writes { $count } messages in the source.
overview-owner-choice = { $name } · { $count ->
        [one] { $count } Nachricht
       *[other] { $count } Nachrichten
    }
# Below the menu's list when it is cut; "--me" is a command-line option: keep it as is.
overview-owner-more = … und { $count } weitere (nutze --me in der Befehlszeile)
overview-owner-nobody = Keiner davon: Ich schreibe hier nichts
overview-owner-decide-again = Erneut anhand des Exports bestimmen

## Overview: problems

overview-problems = Probleme
# A file that could not be read: { $path } and the error { $message }.
overview-problem-error = { $path }: { $message }
# A file Footprint does not recognise: { $path }, and { $reason } (a sentence).
overview-problem-unrecognised = { $path }: nicht erkannt. { $reason }
# Button that hides the problems (keep short).
overview-dismiss = Ausblenden

## Overview: how a chat's dates were read

# Orders of day, month and year in a chat's dates; used inside the messages below.
overview-date-order-dmy = Tag/Monat/Jahr
overview-date-order-mdy = Monat/Tag/Jahr
overview-date-order-ymd = Jahr/Monat/Tag
# Why the dates were read in that order; used as { $why } below.
overview-date-order-evidence = anhand der Datumsangaben selbst bestimmt
overview-date-order-guess = geschätzt anhand der Sprache des Chats, die Datumsangaben selbst lassen es offen
overview-date-order-choice = deine Wahl
# { $order } is one of the orders above, { $why } one of the reasons above.
overview-dates-read-as = Datumsangaben als { $order } gelesen ({ $why }).
overview-dates-no-year = Die Datumsangaben enthalten kein Jahr: Die Jahre wurden vom Datum der Datei aus zurückgerechnet.
# Button; { $order } is one of the orders above.
overview-read-as = Als { $order } lesen
overview-read-as-hover = Diesen Chat mit dieser Reihenfolge neu einlesen

## People

# { $count } people in all; { $two } known to two companies, { $three } to all three.
people-summary = { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    } in deinen Exporten · { $two } davon kennen zwei Unternehmen, { $three } alle drei.
people-how-joined = Als eine Person gilt, wer dieselbe Telefonnummer (in beliebiger Schreibweise), dieselbe Telegram- oder WeChat-ID oder, auf einer Plattform, denselben Namen hat; ein Name allein verbindet nie zwei Plattformen, es sei denn, du bestätigst es.
people-everyone = Alle
# Hint in the empty search box.
people-search = Namen und Nummern suchen
# Column headers of the people table, and their tooltips.
people-col-name = Name
people-col-name-hint = Klicke auf einen Namen, um alles zu sehen, was jede Plattform über die Person speichert
people-col-platforms = Plattformen
people-col-platforms-hint = Die Plattformen, in deren Daten die Person vorkommt
people-col-address-books = Adressbücher
people-col-address-books-hint = Die Plattformen, in deren Adressbuch (Kontaktliste) die Person steht
people-col-frequent = Häufig
people-col-frequent-hint = Telegrams Bewertung der „häufigen Kontakte“
people-col-you-sent = Von dir
people-col-you-sent-hint = Deine Nachrichten in Einzelchats mit der Person (beim Darüberfahren nach Plattform)
people-col-they-sent = Von der Person
people-col-they-sent-hint = Nachrichten der Person in allen Chats (beim Darüberfahren nach Plattform)
people-col-groups = Gruppen
people-col-groups-hint = Gruppen, in denen ihr beide seid (und die Person dort geschrieben hat)
people-col-first = Erstmals
people-col-first-hint = Die erste Nachricht zwischen euch
people-col-last = Zuletzt
people-col-last-hint = Die letzte Nachricht zwischen euch
# Tooltip line of the message counts: { $count } messages on { $platform }.
people-per-platform = { $platform }: { $count }
# Someone whose name the exports do not give.
people-no-name = (kein Name)
# Title of the window about one person; { $name } is their name.
people-window-title = { $name } auf allen Plattformen
people-same-title = Dieselbe Person?
people-same-explain = Diese Personen haben auf verschiedenen Plattformen denselben Namen, aber keine gemeinsame Nummer oder ID. Führe sie nur zusammen, wenn du weißt, dass es dieselbe Person ist.
# { $a } and { $b } are names; { $a_platforms } and { $b_platforms } the platforms each is on.
people-same-pair = { $a } ({ $a_platforms }) und { $b } ({ $b_platforms })
# Button (keep short).
people-same-button = Dieselbe Person
people-same-hover = Als eine Person zählen (bis Footprint geschlossen wird)
# Below a cut list: { $count } more not listed.
people-more = … und { $count } weitere
# Labels in the window about one person.
people-phones = Telefonnummern
people-names = Namen
people-ids = IDs
people-in-address-book = Im Adressbuch
people-yes = ja
people-no = nein
people-frequent-rating = Bewertung als häufiger Kontakt
people-you-sent = Von dir gesendet
people-they-sent = Von der Person gesendet
# { $first } and { $last } are date and time of the first and last message between you;
# { $count } the groups you share.
people-first-last = Erste Nachricht { $first } · letzte { $last } · { $count ->
        [one] { $count } gemeinsame Gruppe
       *[other] { $count } gemeinsame Gruppen
    }

## Contacts

# { $count } contacts in the address books; { $frequent } in Telegram's frequent-contacts ranking.
contacts-summary = { $count ->
        [one] { $count } Kontakt
       *[other] { $count } Kontakte
    } in den Adressbüchern der Plattformen · { $frequent } in Telegrams Rangliste der häufigen Kontakte.
contacts-address-book = Adressbuch
# Hint in the empty search box.
contacts-search = Namen und Nummern suchen
contacts-col-name = Name
contacts-col-phone = Telefon
contacts-col-platform = Plattform
# When the contact was added to the address book.
contacts-col-added = Hinzugefügt
# A contact whose name the export does not give.
contacts-no-name = (kein Name)

## Sessions & devices

# { $apps }: sessions of the platform's apps; { $websites }: websites you logged in to with
# the platform's account; { $ips }: IP addresses; { $logins }: login notifications.
sessions-summary = { $apps ->
        [one] { $apps } App-Sitzung
       *[other] { $apps } App-Sitzungen
    }, { $websites ->
        [one] { $websites } Website
       *[other] { $websites } Websites
    } mit Anmeldung über die Plattform, { $ips ->
        [one] { $ips } IP-Adresse
       *[other] { $ips } IP-Adressen
    }, { $logins ->
        [one] { $logins } Anmeldung
       *[other] { $logins } Anmeldungen
    } aus Benachrichtigungen.
sessions-map-note = Das Land ist das, in dem die Adresse heute registriert ist (mitgelieferte Datenbank, offline); zum Zeitpunkt der Nutzung kann es ein anderes gewesen sein. Adressen, die die Datenbank keinem Land zuordnet (private, reservierte oder Beispiel-Bereiche), erscheinen in dem Land, das der Export angibt, sofern vorhanden.
sessions-all = Alle Sitzungen
sessions-col-device = Gerät
sessions-col-app = App
sessions-col-system = System
sessions-col-ip = IP-Adresse
sessions-col-place = Ort
sessions-col-created = Erstellt
sessions-col-last-active = Zuletzt aktiv
# A session of a website you logged in to with the platform; { $website } is its name.
sessions-website = { $website } (Website)
sessions-ip-title = IP-Adressen
# Hint in the empty search box.
sessions-ip-search = Adressen und Orte suchen
# First choice of the country filter.
sessions-all-countries = Alle Länder
# Above the IP table; { $database } names the bundled IP database and its date. The two
# quoted names are column headers of the table (sessions-col-registered, sessions-col-export-says).
sessions-ip-note = „Registriert in“ ist das Land, in dem der Adressblock heute registriert ist (mitgelieferte Datenbank: { $database }; nichts wird online abgefragt); zum Zeitpunkt der Nutzung kann es ein anderes gewesen sein. „Laut Export“ ist das Land, das der Export selbst angibt.
sessions-col-address = Adresse
sessions-col-seen = Gesehen
sessions-col-seen-hint = wie oft die Exporte sie nennen
sessions-col-where-seen = Wo gesehen
sessions-col-first = Erstmals
sessions-col-last = Zuletzt
sessions-col-registered = Registriert in
sessions-col-registered-hint = das Land des Adressblocks heute, laut mitgelieferter Datenbank
sessions-col-export-says = Laut Export
sessions-col-export-says-hint = das Land, das der Export für sie angibt
sessions-col-places = Orte
sessions-logins = Anmeldungen aus Benachrichtigungen
sessions-col-time = Zeit
sessions-col-location = Standort
# What a country or place reads as when hidden.
sessions-hidden = (verborgen)
# Before two buttons: sessions-map-by-ips and sessions-map-by-logins.
sessions-map-by = Karte einfärben nach
sessions-map-by-ips = IP-Adressen
sessions-map-by-logins = Anmeldungen
# Checkbox, shown while personal details are masked.
sessions-hide-countries = Auch Länder verbergen
sessions-hide-countries-hover = Das Maskieren verbirgt Adressen und Namen, behält aber die Länder, da sie keine persönlichen Angaben sind. Aktiviere dies, um auch die Karte, die Länder und die Orte zu verbergen.

## Sessions & devices: the device cards

sessions-devices = Geräte und angemeldete Websites
# { $months } is how long a session must be unused to count as idle.
sessions-devices-note = Zuletzt aktive zuerst. Angaben wie „2 Jahre her“ zählen ab heute; eine Sitzung gilt als ungenutzt, wenn sie beim Erstellen des Exports seit mehr als { $months ->
        [one] { $months } Monat
       *[other] { $months } Monaten
    } nicht mehr benutzt worden war.
# A device the export gives no name.
sessions-unnamed-device = (unbenanntes Gerät)
# Marks the most recently active device (keep short).
sessions-most-recent = zuletzt genutzt
# Labels on a device card.
sessions-card-app = App
sessions-card-system = System
sessions-card-first-active = Erstmals aktiv
sessions-card-last-active = Zuletzt aktiv
sessions-card-last-address = Letzte Adresse
# After an address: the country its block is registered in; { $country } is a country name.
sessions-registered = registriert: { $country }
sessions-ended = Beendet: Ein späterer Export dieses Kontos führt sie nicht mehr auf.
# { $span } is a duration such as "5 months"; { $hint } a sentence saying where to end
# the session (one of sessions-end-*).
sessions-idle = Beim Erstellen des Exports { $span } lang ungenutzt und laut Export noch immer angemeldet. { $hint }
# Where to end a session; "›" separates the steps of a path through the app's menus.
sessions-end-telegram-web = Beende sie in Telegram: Einstellungen › Privatsphäre und Sicherheit › Aktive Websites.
sessions-end-telegram = Beende sie in Telegram: Einstellungen › Geräte › Beenden.
sessions-end-whatsapp = Beende sie in WhatsApp: Einstellungen › Verknüpfte Geräte.
sessions-end-wechat = Beende sie in WeChat: Ich › Einstellungen › Kontosicherheit › Login-Geräte.
# { $date } is a day.
sessions-when-today = { $date } (heute)
# { $date } is a day, { $span } how long ago, such as "2 years".
sessions-when-ago = { $date } ({ $span } her)

## Conversations

# The parts of conversations-summary's list: how many conversations of each kind.
conversations-kind-personal = { $count ->
        [one] { $count } Einzelchat
       *[other] { $count } Einzelchats
    }
conversations-kind-group = { $count ->
        [one] { $count } Gruppe
       *[other] { $count } Gruppen
    }
conversations-kind-channel = { $count ->
        [one] { $count } Kanal
       *[other] { $count } Kanäle
    }
conversations-kind-bot = { $count ->
        [one] { $count } Bot
       *[other] { $count } Bots
    }
conversations-kind-saved = { $count ->
        [one] { $count } Chat „Gespeicherte Nachrichten“
       *[other] { $count } Chats „Gespeicherte Nachrichten“
    }
# Conversations of no other kind.
conversations-kind-other = { $count } sonstige
# { $count } conversations in all; { $kinds } a comma-separated list of
# conversations-kind-* parts; { $left } how many of them you left.
conversations-summary = { $count ->
        [one] { $count } Unterhaltung
       *[other] { $count } Unterhaltungen
    } ({ $kinds }); davon { $left } verlassen. Eine Unterhaltung, die mehrere Exporte kennen, zählt nur einmal.
conversations-all = Alle Unterhaltungen
# Hint in the empty search box.
conversations-search = Namen und Arten suchen
# Column headers of the conversations table, and their tooltips.
conversations-col-name = Name
conversations-col-platform = Plattform
conversations-col-kind = Art
conversations-col-messages = Nachrichten
conversations-col-messages-hint = von Menschen geschriebene Nachrichten
conversations-col-service = Dienstereignisse
conversations-col-service-hint = Beitritte, Austritte, Anrufe, Gruppenänderungen …
conversations-col-sources = Quellen
conversations-col-sources-hint = wie viele der geladenen Exporte diese Unterhaltung kennen (mit der Maus auf eine Zahl zeigen, um zu sehen, welche)
conversations-col-first = Erstmals
conversations-col-first-hint = früheste Nachricht oder frühestes Ereignis
conversations-col-last = Zuletzt
conversations-col-last-hint = neueste Nachricht oder neuestes Ereignis
# A conversation you left; { $kind } is its kind, e.g. "public group".
conversations-kind-left = { $kind } · verlassen

## Activity

# Label before the platform checkboxes.
activity-platforms = Plattformen
# Label before the conversation filter.
activity-conversation = Unterhaltung
activity-all-conversations = Alle Unterhaltungen
# A choice of the conversation filter: { $name } on { $platform }, with { $count } messages.
activity-conversation-choice = { $name } · { $platform } ({ $count ->
        [one] { $count } Nachricht
       *[other] { $count } Nachrichten
    })
# Label before the choices day, week, month, year (messages per …).
activity-per = Pro
activity-time-zone = Zeitzone
activity-time-zone-note = Wenn ein Export absolute Zeiten enthält (Telegram JSON), können sie in einer anderen Zeitzone angezeigt werden; andere bleiben, wie sie im Export stehen.
activity-how-to-read = So liest du das
activity-how-to-read-text = Hier zählen nur von Menschen geschriebene Nachrichten, keine Dienstereignisse. „Eigene“ sind Nachrichten, die das Konto gesendet hat, von dem der Export stammt; Nachrichten aus einem Export, der nicht angibt, wer das ist, erscheinen getrennt als „Inhaber unbekannt“.

## Payments (WeChat Pay bills; amounts are in yuan)

# { $count } transactions; { $spent } and { $received } are amounts such as ¥1,234.50.
payments-summary = { $count ->
        [one] { $count } Transaktion
       *[other] { $count } Transaktionen
    } · { $spent } ausgegeben · { $received } erhalten
# As payments-summary, with { $range }: the first and last day of the bills.
payments-summary-range = { $count ->
        [one] { $count } Transaktion
       *[other] { $count } Transaktionen
    } · { $spent } ausgegeben · { $received } erhalten · { $range }
payments-transactions = Transaktionen
# Hint in the empty search box.
payments-search = Gegenparteien, Waren und Arten suchen
# Column headers of the transactions table (their tooltips are the bill's own Chinese
# column names and stay as they are).
payments-col-time = Zeit
payments-col-time-hint = wie in der Abrechnung angegeben (chinesische Zeit)
payments-col-type = Art
payments-col-counterparty = Gegenpartei
payments-col-goods = Ware
payments-col-direction = Ein/Aus
payments-col-amount = Betrag
payments-col-method = Zahlungsmethode
payments-col-status = Status
# The direction of a payment: 支出 and 收入 are the bill's own words; keep them.
payments-expense = 支出 ausgegeben
payments-income = 收入 erhalten
# Neither spent nor received; "/" is how the bill writes it.
payments-neutral = neutral (/)

## Findings

findings-page-intro = Was du angesichts dieser Exporte tun kannst: Jeder Befund sagt, was die Plattform speichert, was du dort dagegen tun kannst und wo du die Daten siehst. Ermittelt auf diesem Computer, allein aus den Dateien.
# { $count } findings of severity { $severity } (High, Medium or Low).
findings-page-severity-count = { $severity }: { $count }
findings-page-none = In diesen Exporten gibt es nichts, worum du dich kümmern musst.
findings-page-dismissed = { $count ->
        [one] { $count } Befund
       *[other] { $count } Befunde
    } ausgeblendet, bis Footprint geschlossen wird.
# Button (keep short).
findings-page-show-again = Wieder anzeigen
# Before what to do about a finding.
findings-page-what-to-do = So gehst du vor:
# Link to the page that shows a finding; { $page } is the page's name, e.g. Sessions & devices.
findings-page-see = Siehe { $page }
# Button (keep short).
findings-page-dismiss = Ausblenden
findings-page-dismiss-hover = Diesen Befund ausblenden, bis Footprint geschlossen wird

## Compare: two exports of one account

compare-intro = Zwei Exporte desselben Kontos sind geladen. Überall sonst zählt, was beide enthalten, nur einmal; hier siehst du, was sich zwischen ihnen geändert hat.
compare-none = Es sind keine zwei Exporte desselben Kontos geladen.
# Stands in for the account's name when personal details are masked (inside compare-title).
compare-one-account = einem Konto
# Section title; { $account } is the account (a name, a number or compare-one-account).
compare-title = { $platform }: zwei Exporte von { $account }
# Stands in for an export's files when personal details are masked; { $number } is 1 or 2.
compare-export-masked = Export { $number }
# { $earlier } and { $later } are the files of each export; { $earlier_date } and
# { $later_date } the days of their latest items (or compare-unknown-date).
compare-sides = Älterer Export: { $earlier } (neuester Eintrag: { $earlier_date }) · neuerer Export: { $later } (neuester Eintrag: { $later_date })
compare-unknown-date = unbekannt
# Titles of the collapsible tables.
compare-new-sessions = Neue Sitzungen
compare-ended-sessions = Beendete Sitzungen
compare-new-ips = Neue IP-Adressen
compare-contacts-added = Hinzugefügte Kontakte
compare-contacts-removed = Entfernte Kontakte
compare-conversations-joined = Beigetretene Unterhaltungen
compare-conversations-left = Verlassene Unterhaltungen
compare-new-messages = Neue Nachrichten nach Unterhaltung
compare-new-payments = Neue Zahlungen
# A table's title with its number of rows: { $title } is one of the titles above.
compare-table-title = { $title } ({ $count })
# Column headers.
compare-col-device = Gerät oder Website
compare-col-app = App
compare-col-kind = Art
compare-col-created = Erstellt
compare-col-last-active = Zuletzt aktiv
compare-col-address = Adresse
compare-col-registered = Registriert in
compare-col-name = Name
compare-col-phone = Telefon
compare-col-conversation = Unterhaltung
# How a conversation was left.
compare-col-how = Wie
compare-col-messages = Nachrichten
compare-col-time = Zeit
compare-col-counterparty = Gegenpartei
compare-col-amount = Betrag
compare-col-direction = Richtung
# Kinds of sessions.
compare-session-app = App
compare-session-web = Web
# An address in no country: in a private or reserved range, or not in the database.
compare-country-private = privat
compare-country-unknown = unbekannt
# Kinds of conversations.
compare-kind-personal = Einzelchat
compare-kind-group = Gruppe
compare-kind-channel = Kanal
compare-kind-bot = Bot
compare-kind-saved = Gespeicherte Nachrichten
compare-kind-other = Sonstige
# How a conversation was left: the later export says so.
compare-marked-left = als verlassen markiert
# Directions of payments.
compare-expense = Ausgabe
compare-income = Einnahme
compare-neutral = neutral
# Below a cut table: { $shown } rows shown of { $count }; "footprint diff --json" is a
# command: keep it as is.
compare-more-rows = Die ersten { $shown } von { $count ->
        [one] { $count } Zeile
       *[other] { $count } Zeilen
    }; footprint diff --json listet alle auf.
