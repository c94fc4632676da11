## The window's frame: top bar, navigation, status line, dialogs, start page, About page.
## "Footprint" is the app's name: keep it as it is.

## Top bar

# Under the app's name at the top left, short.
app-tagline = was deine Messenger-Apps über dich wissen · offline
# Button (top bar and start page), keep short.
app-open-files = Dateien öffnen…
app-open-files-hint = Exporte hinzufügen: zip, json, html, txt, csv oder xlsx (Strg+O)
# Button (top bar and start page), keep short.
app-open-folder = Ordner öffnen…
# "DataExport_…" is the name of Telegram's export folder: keep it.
app-open-folder-hint = Einen Export-Ordner hinzufügen (DataExport_…, einen WhatsApp-Account-Bericht …)
# The theme button shows the current theme; a click switches to the next one.
app-theme-system = Design: System
app-theme-system-hint = Folgt dem System; klicken für Dunkel
app-theme-dark = Design: Dunkel
app-theme-dark-hint = Klicken für Hell
app-theme-light = Design: Hell
app-theme-light-hint = Klicken, um dem System zu folgen
# First entry of the language menu: follow the system's language. $language is that
# language's own name ("Deutsch", "简体中文").
app-language-system = System ({ $language })
app-language-hint = Die Sprache des Fensters, gespeicherter Bilder und des Berichts
# Toggle button, keep short.
app-mask = Persönliche Angaben maskieren
app-mask-hint = Namen, Telefonnummern, Benutzernamen und IP-Adressen auf dem Bildschirm und in gespeicherten Bildern durch Pseudonyme ersetzen
# Button, keep short.
app-clear = Leeren
app-clear-hint = Alles Geladene vergessen
# Button, keep short.
app-save-all = Alle Diagramme speichern…
app-save-all-hint = Jedes Diagramm als PNG in einen Ordner schreiben
# Button, keep short.
app-save-report = Bericht speichern…
app-save-report-hint = Eine HTML-Datei mit den Befunden, allen Diagrammen und den wichtigsten Tabellen (Strg+Shift+S)

## Navigation

# The last entry of the side navigation (a button about 170 points wide).
app-nav-about = Info & Datenschutz

## Status line (bottom of the window)

# While an export is read. $file is a file name, $done and $total are sizes such as "12 MB".
status-progress = { $file }: { $done } von { $total }
# The same, when several inputs are read one after the other: the $input-th of $inputs.
status-progress-inputs = { $file } (Quelle { $input } von { $inputs }): { $done } von { $total }
# File sizes; $size is a number already written with this language's decimal sign.
status-size-gb = { $size } GB
status-size-mb = { $size } MB
status-size-kb = { $size } KB
status-cancelling = Wird abgebrochen…
# Button.
status-cancel = Abbrechen (Esc)
status-writing = Bilder werden geschrieben…
# Shown when nothing else is to be said and exports are loaded.
status-loaded = { $count ->
        [one] { $count } Quelle
       *[other] { $count } Quellen
    } · weitere Exporte hierher ziehen, um sie hinzuzufügen · Strg+O öffnen · Strg+S Diagramm unter dem Mauszeiger speichern · Strg+Shift+S Bericht speichern
# Shown when nothing is loaded.
status-empty = Strg+O Dateien öffnen · Exporte einfach ins Fenster ziehen
# The job running while the bar fills up. $name is a file or folder name.
status-reading-one = { $name } wird gelesen
status-reading-many = { $count ->
        [one] { $count } Datei wird gelesen
       *[other] { $count } Dateien werden gelesen
    }
status-removing = Quelle wird entfernt
status-reloading = Quelle wird neu gelesen
# The analysis is made again (another time zone, another owner).
status-reanalysing = Wird neu gezählt
status-load-cancelled = Laden abgebrochen; nichts davon wurde übernommen.
# "Overview › Problems": the Overview page and its Problems section; use the same words
# as the navigation and that section's title.
status-files-unreadable = { $count ->
        [one] { $count } Datei konnte nicht gelesen werden: siehe Übersicht › Probleme.
       *[other] { $count } Dateien konnten nicht gelesen werden: siehe Übersicht › Probleme.
    }
status-files-unrecognised = { $count ->
        [one] { $count } Datei ist kein Export, den Footprint kennt: siehe Übersicht › Probleme.
       *[other] { $count } Dateien sind keine Exporte, die Footprint kennt: siehe Übersicht › Probleme.
    }
# xdg-desktop-portal and zenity are programs: keep their names.
status-own-dialog = Dieses System hat keinen Dateidialog (xdg-desktop-portal oder zenity): Footprint zeigt einen eigenen.
# $error says why (a folder and a system error). "footprint PATH…" is a command: keep it.
status-no-dialog = Es kann kein Dateidialog angezeigt werden ({ $error }). Ziehe Dateien ins Fenster oder gib sie in der Befehlszeile an: footprint PATH…
# $chart is the chart's internal id.
status-chart-gone = Das Diagramm { $chart } wird nicht mehr angezeigt.
# $path is the file written.
status-saved = { $path } gespeichert
status-saved-all = { $count ->
        [one] { $count } Diagramm in { $folder } gespeichert
       *[other] { $count } Diagramme in { $folder } gespeichert
    }
status-saved-report = Bericht unter { $path } gespeichert
# $path is an encrypted archive the user gave no password for.
status-skipped-password = { $path } übersprungen (kein Passwort angegeben).
status-nothing-saved = Nichts wurde gespeichert; die vorhandenen Dateien bleiben unverändert.

## Drop overlay (while files are dragged over the window)

app-drop-overlay = Loslassen, um diese Exporte hinzuzufügen

## Password dialog

dialog-password-title = Dieses Archiv ist verschlüsselt
# 微信支付 is WeChat Pay's Chinese name, as the message appears in WeChat: keep it.
dialog-password-explain = Gib das Passwort ein. Das Passwort einer WeChat-Pay-Abrechnung kommt als Nachricht von WeChat Pay (微信支付).
dialog-password-label = Passwort:
# Button: open the archive with the password typed.
dialog-password-open = Öffnen
# Button: do not open this archive.
dialog-password-skip = Überspringen

## Replace dialog (saving over existing files). $count is how many files exist already.

dialog-replace-title = { $count ->
        [one] Vorhandene Datei ersetzen?
       *[other] Vorhandene Dateien ersetzen?
    }
# $path is the file that exists.
dialog-replace-file = { $path } existiert bereits. Ersetzen?
# $folder is where the charts are saved.
dialog-replace-charts = { $count ->
        [one] { $count } Diagrammbild existiert bereits in { $folder }. Ersetzen?
       *[other] { $count } Diagrammbilder existieren bereits in { $folder }. Ersetzen?
    }
# Button.
dialog-replace = Ersetzen
# Button.
dialog-keep = { $count ->
        [one] Vorhandene Datei behalten
       *[other] Vorhandene Dateien behalten
    }

## File dialogs (the system's, or Footprint's own where the system has none)

dialog-open-exports-title = Exporte öffnen
# A file type filter of the system's open dialog.
dialog-filter-exports = Exporte (zip, json, html, txt, csv, xlsx)
dialog-filter-all = Alle Dateien
dialog-open-folder-title = Export-Ordner öffnen
dialog-save-chart-title = Diagrammbild speichern
dialog-filter-png = PNG-Bild
dialog-filter-svg = SVG-Bild
dialog-save-all-title = Alle Diagramme in einem Ordner speichern
dialog-save-report-title = Bericht speichern
dialog-filter-html = HTML-Seite
# Titles of Footprint's own dialog, which has no file type filter.
dialog-save-chart-title-types = Diagrammbild speichern (.png oder .svg)
dialog-save-report-title-type = Bericht speichern (.html)
# Buttons of Footprint's own dialog, keep short.
dialog-open-this-folder = Diesen Ordner öffnen
dialog-save-here = Hier speichern
dialog-file-open = Öffnen
dialog-file-save = Speichern
dialog-file-cancel = Abbrechen
dialog-file-new-folder = Neuer Ordner
# The name a new folder gets.
dialog-file-new-folder-name = Neuer Ordner
dialog-file-rename = Umbenennen
dialog-file-refresh = Aktualisieren
dialog-file-parent = Übergeordneter Ordner
# Before the file name field.
dialog-file-label = Datei:
# Checkbox: list hidden files too.
dialog-file-show-hidden = Versteckte anzeigen

## Start page

# Large title of the drop zone.
start-drop-title = Exporte hierher ziehen
start-drop-explain = Telegram-Datenexporte, WhatsApp-Chats und -Account-Berichte, WeChat-Pay-Abrechnungen und Dateien von Chat-Exportprogrammen: Dateien, Ordner oder ZIP-Archive.
# Button, about 25 characters at most.
start-sample = Beispiel ausprobieren
start-sample-hint = Erfundene Telegram-, WhatsApp- und WeChat-Exporte, die in die App eingebaut sind
start-local = Alles wird auf diesem Computer gelesen. Nichts wird irgendwohin gesendet.
start-recent = Zuletzt geöffnet
start-howto = So bekommst du deine Daten
# Steps to export from Telegram. Menu names (Settings › Advanced › Export Telegram data,
# "Active sessions", "Miscellaneous data", "Machine-readable JSON") are those of Telegram
# Desktop: use the names its translation into this language shows.
start-telegram-step-1 = Telegram Desktop › Einstellungen › Erweitert › Telegram-Daten exportieren (die Handy-Apps können nicht exportieren).
start-telegram-step-2 = Setze Häkchen bei „Aktive Sitzungen“ und „Sonstige Daten“ (standardmäßig aus), um deine Geräte und IP-Adressen zu sehen.
start-telegram-step-3 = Setze Häkchen bei Bot-Chats, öffentlichen Gruppen und Kanälen (standardmäßig aus), um alle Unterhaltungen aufgelistet zu bekommen.
start-telegram-step-4 = Wähle „Maschinenlesbares JSON“ (HTML geht auch, mit weniger Details). Medien werden nicht gebraucht.
# DataExport and result.json are names of Telegram's files: keep them.
start-telegram-step-5 = Ziehe den Ordner DataExport, seine ZIP-Datei oder result.json hierher. Der Export eines einzelnen Chats geht auch.
# Steps to export from WhatsApp; menu names as WhatsApp shows them in this language.
start-whatsapp-step-1 = Chats: Öffne einen Chat › Drei-Punkte-Menü › Mehr (Android) bzw. tippe auf den Namen (iPhone) › Chat exportieren; „Ohne Medien“ reicht.
start-whatsapp-step-2 = Account-Bericht: Einstellungen › Account › Account-Info anfordern; er ist nach etwa drei Tagen fertig.
start-whatsapp-step-3 = Ziehe die .txt- oder .zip-Dateien und die ZIP-Datei des Berichts hierher, so viele du willst.
# WeChat's menus are in Chinese here (the bill can only be asked for in the Chinese
# interface): keep the Chinese menu path as it is.
start-wechat-step-1 = WeChat-Pay-Abrechnung 微信支付账单: 我 › 服务 › 钱包 › 账单 › 常见问题 › 下载账单 › 用于个人对账 (Ich › Dienste › Wallet › Abrechnungen › Häufige Fragen › Abrechnung herunterladen › Für den persönlichen Abgleich).
start-wechat-step-2 = Die Abrechnung kommt als ZIP-Datei per E-Mail; das Passwort dafür kommt als Nachricht von WeChat Pay. Footprint fragt danach.
# MemoTrace, WeFlow, PyWxDump and WechatExporter are programs: keep their names.
start-wechat-step-3 = Chats: WeChat hat keinen eigenen Export; Footprint liest Dateien von MemoTrace, WeFlow, PyWxDump oder WechatExporter.

## About & privacy page

about-tagline = Sieh, was deine Messenger-Apps über dich wissen.
# Section titles.
about-privacy = Datenschutz
about-options = Optionen
about-keyboard = Tastatur
about-licences = Lizenzen
about-privacy-network = Footprint enthält keinerlei Netzwerkcode: Keine Netzwerkbibliothek ist Teil davon, es baut nie eine Verbindung auf, hat keine Telemetrie und sucht nicht nach Updates.
about-privacy-memory = Deine Exporte werden auf diesem Computer gelesen und nur so lange im Arbeitsspeicher gehalten, wie das Fenster offen ist. Nichts wird irgendwohin geschrieben außer den Bildern und Berichten, die du speicherst, und den unten genannten Einstellungen.
about-privacy-remembered = Zwischen zwei Starts merkt sich Footprint nur das Design, die Sprache, die Zeiteinheit der Aktivität und die Optionen dieser Seite, nie Daten oder Dateipfade (außer du schaltest unten die zuletzt geöffneten Dateien ein).
# Checkbox.
about-remember-recent = Zuletzt geöffnete Dateien merken (standardmäßig aus)
# Keyboard and mouse actions (left column; Ctrl+O, Ctrl+S and Esc stay as they are).
about-key-drag-drop = Ziehen und Ablegen
about-key-wheel = Mausrad + Ctrl / Ziehen
# What each action does (right column).
about-shortcut-open = Dateien öffnen
about-shortcut-save = Diagramm unter dem Mauszeiger speichern (oder das erste Diagramm der Ansicht)
about-shortcut-escape = Laden abbrechen, Dialog schließen
about-shortcut-drop = Dateien, Ordner oder ZIP-Archive hinzufügen
about-shortcut-zoom = Zeitachsen zoomen und verschieben; Doppelklick setzt zurück
# Font names and licence names stay as they are.
about-licence-fonts = Footprint steht unter MIT OR Apache-2.0. Es enthält Teilmengen von Noto Sans SC, Noto Sans Arabic und Noto Sans Hebrew (SIL Open Font License 1.1), damit Chinesisch, Arabisch und Hebräisch überall dargestellt werden.
# $database names the IP address database and its date.
about-ip-database = IP-Adressen werden offline mit { $database } Ländern zugeordnet: IP-Adress-Registrierungsdaten der Number Resource Organization (nro.net), CC BY 4.0. Das Land ist das, in dem eine Adresse heute registriert ist; es kann von dem abweichen, in dem sie genutzt wurde.

## Tables

table-empty = Keine Einträge.
# Tooltip of a column header; $column is the column's name.
table-sort-by = Nach { $column } sortieren
# The same, with more about the column ($hint).
table-sort-by-hint = Nach { $column } sortieren: { $hint }
# Pager buttons, keep short.
table-previous = ‹ Zurück
table-next = Weiter ›
# Which rows of a long table are shown.
table-rows = Zeilen { $first } – { $last } von { $total }

## Charts on screen

plot-no-data = Keine Daten für dieses Diagramm in den geladenen Exporten.
# Beside the colour scale of the weekday × hour chart.
plot-heatmap-key = Nachrichten
# Hover label of a cell of the weekday × hour chart: $day is a weekday, $from and $to
# the hour's first and last minute as times of day ("3:00 PM", "15:59"), $count the
# number of messages.
plot-heatmap-hover =
    { $day } { $from }–{ $to }
    { $count ->
        [one] { $count } Nachricht
       *[other] { $count } Nachrichten
    }
# Hover text of a country of the world map that holds none of your addresses.
plot-map-none = keine Adressen

## Shared by the views

# Button of every chart, keep short.
view-save-image = Bild speichern…
view-save-image-hint = Als PNG (2x) oder SVG speichern (Strg+S, während der Mauszeiger auf dem Diagramm ist)
# Tooltip of the ✖ button of a search box.
view-clear-search = Suche leeren
