### Findings: what a person can do about their footprint. Shown on the Findings page, on
### the Overview, in the HTML report and by `footprint findings`.
### Each finding has a title (one sentence: what the export shows), evidence lines (the
### numbers behind it) and an action (how to act on that platform).
### { $platform } is always a platform name: Telegram, WhatsApp or WeChat (not translated).
### Menu paths (Settings › Devices …) name the platform's own menus: use the names the
### platform's app shows in your language where you know them. Chinese menu names in
### brackets are WeChat's own and stay as they are.

## Severity (how much a finding matters), shown as a coloured label: keep short
finding-severity-high = hoch
finding-severity-medium = mittel
finding-severity-low = niedrig

## Shared pieces of evidence lines
# A day and how long ago it was: { $date } is a date, { $span } a duration such as
# "2 years" (see span-days, span-months, span-years).
finding-date-ago = { $date } ({ $span } her)
# The last evidence line when there are more than the list shows.
finding-more = und { $count } weitere

## Idle sessions: devices still logged in but unused for half a year
# { $months } is 6.
finding-idle-sessions-title = { $count ->
        [one] { $count } Gerät ist seit über { $months } Monaten ungenutzt und noch immer bei { $platform } angemeldet
       *[other] { $count } Geräte sind seit über { $months } Monaten ungenutzt und noch immer bei { $platform } angemeldet
    }
# { $device } names the session (device model and app), { $date } is a date, { $span } a
# duration such as "2 years".
finding-idle-sessions-evidence = { $device }: zuletzt aktiv am { $date }, beim Erstellen des Exports { $span } lang ungenutzt
# The same, for a session with no date at all.
finding-idle-sessions-evidence-never = { $device }: nie aktiv, beim Erstellen des Exports { $span } lang ungenutzt
finding-idle-sessions-action-telegram = In Telegram: Einstellungen › Geräte, tippe auf jede Sitzung, die du nicht mehr nutzt › Sitzung beenden. Unter „Alte Sitzungen automatisch beenden“ legst du fest, wie lange eine ungenutzte Sitzung bestehen bleiben darf.
finding-idle-sessions-action-whatsapp = In WhatsApp: Einstellungen › Verknüpfte Geräte, tippe auf jedes Gerät, das du nicht mehr nutzt › Abmelden.
finding-idle-sessions-action-wechat = In WeChat: Ich › Einstellungen › Kontosicherheit › Login-Geräte (我 › 设置 › 账号与安全 › 登录设备管理), entferne dort die Geräte, die du nicht mehr nutzt.

## Active websites: websites and bots logged in with the account
finding-active-websites-title = { $count ->
        [one] { $count } Website ist mit deinem { $platform }-Konto angemeldet
       *[other] { $count } Websites sind mit deinem { $platform }-Konto angemeldet
    }
# Some of them are idle: { $idle } of { $count } unused for more than { $months } (6) months.
finding-active-websites-title-unused = { $count ->
        [one] { $count } Website ist mit deinem { $platform }-Konto angemeldet, seit über { $months } Monaten ungenutzt
       *[other] { $count } Websites sind mit deinem { $platform }-Konto angemeldet, { $idle } davon seit über { $months } Monaten ungenutzt
    }
# { $site } is the website (or device and app), { $date } a date or "–" when unknown.
finding-active-websites-evidence = { $site }: zuletzt genutzt { $date }
finding-active-websites-action-telegram = In Telegram: Einstellungen › Privatsphäre und Sicherheit › Aktive Websites, trenne die Websites, die du nicht mehr nutzt (oder tippe auf „Alle Websites trennen“).
# For platforms other than Telegram.
finding-active-websites-action-other = Melde dich in den Einstellungen der Plattform von der Website ab, bei den Geräten oder den autorisierten Apps.

## Address book: the contacts the platform holds
finding-address-book-title-telegram = { $count ->
        [one] Telegram speichert { $count } Kontakt aus deinem Adressbuch
       *[other] Telegram speichert { $count } Kontakte aus deinem Adressbuch
    }
finding-address-book-title-whatsapp = { $count ->
        [one] WhatsApp speichert { $count } Nummer aus dem Adressbuch deines Handys
       *[other] WhatsApp speichert { $count } Nummern aus dem Adressbuch deines Handys
    }
finding-address-book-title-wechat = { $count ->
        [one] WeChat speichert deine Freundesliste: { $count } Kontakt
       *[other] WeChat speichert deine Freundesliste: { $count } Kontakte
    }
finding-address-book-entries = { $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    }
finding-address-book-oldest = ältester Eintrag hinzugefügt am { $date }
finding-address-book-action-telegram = In Telegram: Einstellungen › Privatsphäre und Sicherheit › Dateneinstellungen, schalte „Kontakte synchronisieren“ aus und tippe dann auf „Synchronisierte Kontakte löschen“.
finding-address-book-action-whatsapp = WhatsApp liest dein Adressbuch, solange es die Berechtigung für Kontakte hat. Android: Einstellungen › Apps › WhatsApp › Berechtigungen › Kontakte › Nicht zulassen. iPhone: Einstellungen › Datenschutz & Sicherheit › Kontakte, dort WhatsApp ausschalten. WhatsApp bietet keine Möglichkeit, bereits Gespeichertes zu löschen.
finding-address-book-action-wechat = Lösche in WeChat Freunde, mit denen du nicht mehr schreibst (ihr Profil › ··· › Löschen), und lege unter Ich › Einstellungen › Datenschutz fest, wie man dich hinzufügen kann (über Handynummer, WeChat-ID, Gruppe oder QR-Code).

## Frequent contacts: Telegram's rating of whom you talk to most
finding-frequent-contacts-title = { $count ->
        [one] Telegram bewertet, mit wem du am meisten Kontakt hast: { $count } Person oder Chat eingestuft
       *[other] Telegram bewertet, mit wem du am meisten Kontakt hast: { $count } Personen und Chats eingestuft
    }
finding-frequent-contacts-evidence = { $count } bewertet (Personen, Gruppen, Bots und Kanäle)
finding-frequent-contacts-action = In Telegram: Einstellungen › Privatsphäre und Sicherheit › Dateneinstellungen, schalte „Häufige Kontakte vorschlagen“ aus; damit werden auch die Bewertungen gelöscht.

## IP addresses the platform keeps
finding-ip-addresses-title = { $count ->
        [one] { $platform } kennt { $count } IP-Adresse von dir
       *[other] { $platform } kennt { $count } IP-Adressen von dir
    }
# { $count } addresses, registered in { $countries } countries.
finding-ip-addresses-title-countries = { $platform } kennt { $count ->
        [one] { $count } IP-Adresse
       *[other] { $count } IP-Adressen
    } von dir aus { $countries ->
        [one] { $countries } Land
       *[other] { $countries } Ländern
    }
finding-ip-addresses-count = { $count ->
        [one] { $count } Adresse
       *[other] { $count } Adressen
    }
# { $countries } is a list of country codes with counts: "DE (2), US (1)".
finding-ip-addresses-registered = registriert in { $countries }
# { $when } is a date with how long ago it was: "Feb 11, 2024 (2 years ago)".
finding-ip-addresses-oldest = älteste Sichtung am { $when }
finding-ip-addresses-action-telegram = Telegram speichert Adressen aus Sicherheitsgründen und bietet keine Möglichkeit, sie einzeln zu löschen. Wenn du ungenutzte Sitzungen beendest (Einstellungen › Geräte), kommen über sie keine neuen hinzu; ein Proxy (Einstellungen › Daten und Speicher › Proxy) oder ein VPN verbirgt deine Adresse künftig vor Telegram.
finding-ip-addresses-action-whatsapp = WhatsApp bietet keine Möglichkeit, die gespeicherten Adressen zu löschen. Ein VPN verbirgt deine Adresse künftig vor WhatsApp; Einstellungen › Datenschutz › Erweitert › IP-Adresse in Anrufen schützen verbirgt sie vor den Personen, die du anrufst.
finding-ip-addresses-action-wechat = WeChat bietet keine Möglichkeit, die gespeicherten Adressen zu löschen. Ein VPN verbirgt deine Adresse künftig vor WeChat.

## Quiet groups: groups and channels you have not written in for years
# All of them are groups. { $years } is 2.
finding-quiet-groups-title-groups = { $count ->
        [one] Du bist noch in { $count } Gruppe auf { $platform }, in der du vor dem Export { $years } Jahre lang nichts geschrieben hattest
       *[other] Du bist noch in { $count } Gruppen auf { $platform }, in denen du vor dem Export { $years } Jahre lang nichts geschrieben hattest
    }
# All of them are channels.
finding-quiet-groups-title-channels = { $count ->
        [one] Du bist noch in { $count } Kanal auf { $platform }, in dem du vor dem Export { $years } Jahre lang nichts geschrieben hattest
       *[other] Du bist noch in { $count } Kanälen auf { $platform }, in denen du vor dem Export { $years } Jahre lang nichts geschrieben hattest
    }
# Some groups, some channels.
finding-quiet-groups-title-mixed = { $count ->
        [one] Du bist noch in { $count } Gruppe oder Kanal auf { $platform }, wo du vor dem Export { $years } Jahre lang nichts geschrieben hattest
       *[other] Du bist noch in { $count } Gruppen und Kanälen auf { $platform }, in denen du vor dem Export { $years } Jahre lang nichts geschrieben hattest
    }
# { $name } is the group's or channel's name, { $date } a date.
finding-quiet-groups-last-wrote = { $name }: zuletzt hast du am { $date } geschrieben
# { $kind } is the kind of conversation ("public group", "channel").
finding-quiet-groups-never-wrote = { $name }: du hast nie geschrieben ({ $kind })
finding-quiet-groups-action-telegram = Verlasse die, denen du nicht mehr folgst: Öffne sie › Drei-Punkte-Menü › Gruppe verlassen (bzw. Kanal verlassen). Andere Mitglieder sehen deine alten Nachrichten auch danach noch; lösche sie vorher, wenn sie verschwinden sollen.
finding-quiet-groups-action-whatsapp = Verlasse die, denen du nicht mehr folgst: Öffne die Gruppe › Drei-Punkte-Menü › Mehr › Gruppe verlassen. Die Mitglieder sehen deine Nummer, bis du austrittst.
finding-quiet-groups-action-wechat = Verlasse die, denen du nicht mehr folgst: Öffne die Gruppe › ··· › Löschen und verlassen (删除并退出).

## Bots you wrote to once or not at all
finding-bots-once-title = { $count ->
        [one] { $count } Bot, mit dem du nur einmal geschrieben hast, hat euren Chat noch
       *[other] { $count } Bots, mit denen du nur einmal geschrieben hast, haben euren Chat noch
    }
# { $name } is the bot's name; { $sent } messages from you out of { $total } in the chat.
finding-bots-once-evidence = { $sent ->
        [one] { $name }: { $sent } Nachricht von dir, { $total } insgesamt
       *[other] { $name }: { $sent } Nachrichten von dir, { $total } insgesamt
    }
finding-bots-once-action = Ein Bot behält, was du ihm geschickt hast, samt deinem Namen, Benutzernamen und deiner Sprache. Öffne den Bot › Drei-Punkte-Menü › Blockieren (Bot stoppen und blockieren), dann Chat löschen.

## Recurring payments: subscriptions and automatic deductions (WeChat Pay)
finding-recurring-payments-title = { $count ->
        [one] { $count } Gegenpartei wird in regelmäßigen Abständen bezahlt
       *[other] { $count } Gegenparteien werden in regelmäßigen Abständen bezahlt
    }
# { $name } is who was paid, { $every } how often (finding-every-…), { $total } an amount
# of money ("¥60.00").
# German: { $every } is placed before the count ("monatlich, 4 Zahlungen").
finding-recurring-payments-evidence = { $count ->
        [one] { $name }: { $every }, { $count } Zahlung, insgesamt { $total }
       *[other] { $name }: { $every }, { $count } Zahlungen, insgesamt { $total }
    }
finding-recurring-payments-action = Prüfe, was automatisch abgebucht wird: WeChat › Ich › Dienste › Wallet › Zahlungseinstellungen › Automatische Abbuchungen (我 › 服务 › 钱包 › 支付设置 › 自动续费), und kündige, was du nicht mehr willst.
# How often a payment recurs, placed after "4 payments".
finding-every-week = wöchentlich
finding-every-two-weeks = alle 2 Wochen
finding-every-month = monatlich
finding-every-three-months = alle 3 Monate
finding-every-year = jährlich
finding-every-days = alle { $count } Tage

## Top counterparties: whom you paid most
# { $percent } is a whole number; { $count } is 1, 2 or 3.
finding-top-counterparties-title = { $count ->
        [one] { $percent } % deiner Ausgaben gingen an eine einzige Gegenpartei
       *[other] { $percent } % deiner Ausgaben gingen an { $count } Gegenparteien
    }
# { $name } is who was paid, { $amount } an amount of money ("¥70.00").
finding-top-counterparties-evidence = { $count ->
        [one] { $name }: { $amount } in { $count } Zahlung
       *[other] { $name }: { $amount } in { $count } Zahlungen
    }
finding-top-counterparties-action = WeChat Pay speichert jede Zahlung samt Empfänger, und Abrechnungen lassen sich nicht löschen. Wenn du diese Gegenparteien auf anderem Weg bezahlst, landen künftige Zahlungen nicht mehr in diesen Aufzeichnungen.

## Night payments: payments made between midnight and 5 in the morning
# { $end } is a time of day ("05:00").
finding-night-payments-title = { $count ->
        [one] { $count } Zahlung erfolgte zwischen 00:00 und { $end } Uhr
       *[other] { $count } Zahlungen erfolgten zwischen 00:00 und { $end } Uhr
    }
# { $night } of all { $count } payments, { $percent } a whole number.
finding-night-payments-share = { $count ->
        [one] { $night } von insgesamt { $count } Zahlung, die du geleistet hast ({ $percent } %)
       *[other] { $night } von insgesamt { $count } Zahlungen, die du geleistet hast ({ $percent } %)
    }
finding-night-payments-latest = die jüngste am { $date }
finding-night-payments-action = Nächtliche Zahlungen verraten WeChat, wann du wach bist und wo du dich nachts aufhältst. Abschalten lässt sich das nicht; prüfe die Abrechnung auf Zahlungen, die du nicht kennst: Ich › Dienste › Wallet › Abrechnungen (我 › 服务 › 钱包 › 账单).

## Missing: what the export did not include
# { $categories } is a list of category names ("Contacts, Identity"; see inventory-…).
finding-missing-title = Der { $platform }-Export enthielt nicht: { $categories }
# { $category } is one category name.
finding-missing-evidence = { $category }: nichts davon in den geladenen Dateien
