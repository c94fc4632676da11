## The window's frame: top bar, navigation, status line, dialogs, start page, About page.
## "Footprint" is the app's name: keep it as it is.

## Top bar

# Under the app's name at the top left, short.
app-tagline = what your messaging apps know about you · offline
# Button (top bar and start page), keep short.
app-open-files = Open files…
app-open-files-hint = Add exports: zip, json, html, txt, csv or xlsx (Ctrl+O)
# Button (top bar and start page), keep short.
app-open-folder = Open folder…
# "DataExport_…" is the name of Telegram's export folder: keep it.
app-open-folder-hint = Add an export folder (DataExport_…, a WhatsApp report …)
# The theme button shows the current theme; a click switches to the next one.
app-theme-system = Theme: system
app-theme-system-hint = Follows the system; click for dark
app-theme-dark = Theme: dark
app-theme-dark-hint = Click for light
app-theme-light = Theme: light
app-theme-light-hint = Click to follow the system
# First entry of the language menu: follow the system's language. $language is that
# language's own name ("Deutsch", "简体中文").
app-language-system = System ({ $language })
app-language-hint = The language of the window, of saved images and of the report
# Toggle button, keep short.
app-mask = Mask personal details
app-mask-hint = Replace names, phone numbers, usernames and IP addresses with pseudonyms on screen and in saved images
# Button, keep short.
app-clear = Clear
app-clear-hint = Forget everything loaded
# Button, keep short.
app-save-all = Save all charts…
app-save-all-hint = Write every chart as a PNG into a folder
# Button, keep short.
app-save-report = Save report…
app-save-report-hint = One HTML file with the findings, every chart and the key tables (Ctrl+Shift+S)

## Navigation

# The last entry of the side navigation (a button about 170 points wide).
app-nav-about = About & privacy

## Status line (bottom of the window)

# While an export is read. $file is a file name, $done and $total are sizes such as "12 MB".
status-progress = { $file }: { $done } of { $total }
# The same, when several inputs are read one after the other: the $input-th of $inputs.
status-progress-inputs = { $file } (input { $input } of { $inputs }): { $done } of { $total }
# File sizes; $size is a number already written with this language's decimal sign.
status-size-gb = { $size } GB
status-size-mb = { $size } MB
status-size-kb = { $size } KB
status-cancelling = Cancelling…
# Button.
status-cancel = Cancel (Esc)
status-writing = Writing images…
# Shown when nothing else is to be said and exports are loaded.
status-loaded = { $count ->
        [one] { $count } source
       *[other] { $count } sources
    } · drop more exports to add them · Ctrl+O open · Ctrl+S save the chart under the pointer · Ctrl+Shift+S save the report
# Shown when nothing is loaded.
status-empty = Ctrl+O open files · drop exports anywhere on the window
# The job running while the bar fills up. $name is a file or folder name.
status-reading-one = Reading { $name }
status-reading-many = { $count ->
        [one] Reading { $count } file
       *[other] Reading { $count } files
    }
status-removing = Removing the source
status-reloading = Reading the source again
# The analysis is made again (another time zone, another owner).
status-reanalysing = Counting again
status-load-cancelled = Loading was cancelled; nothing from it was kept.
# "Overview › Problems": the Overview page and its Problems section; use the same words
# as the navigation and that section's title.
status-files-unreadable = { $count ->
        [one] { $count } file could not be read: see Overview › Problems.
       *[other] { $count } files could not be read: see Overview › Problems.
    }
# Files given that hold no export (left over beside one, or on their own).
status-files-unrecognised = { $count ->
        [one] { $count } file is no export Footprint knows: see Overview › Problems.
       *[other] { $count } files are no export Footprint knows: see Overview › Problems.
    }
# xdg-desktop-portal and zenity are programs: keep their names.
status-own-dialog = This system has no file dialog (xdg-desktop-portal or zenity): Footprint shows its own.
# $error says why (a folder and a system error). "footprint PATH…" is a command: keep it.
status-no-dialog = No file dialog can be shown ({ $error }). Drop files on the window, or give them on the command line: footprint PATH…
# $chart is the chart's internal id.
status-chart-gone = The chart { $chart } is no longer shown.
# $path is the file written.
status-saved = Saved { $path }
status-saved-all = { $count ->
        [one] Saved { $count } chart to { $folder }
       *[other] Saved { $count } charts to { $folder }
    }
status-saved-report = Saved the report to { $path }
# $path is an encrypted archive the user gave no password for.
status-skipped-password = Skipped { $path } (no password given).
status-nothing-saved = Nothing was saved; the existing files were kept.

## Drop overlay (while files are dragged over the window)

app-drop-overlay = Drop to add these exports

## Password dialog

dialog-password-title = This archive is encrypted
# 微信支付 is WeChat Pay's Chinese name, as the message appears in WeChat: keep it.
dialog-password-explain = Enter its password. A WeChat Pay bill's password arrives as a message from WeChat Pay (微信支付).
dialog-password-label = Password:
# Button: open the archive with the password typed.
dialog-password-open = Open
# Button: do not open this archive.
dialog-password-skip = Skip

## Replace dialog (saving over existing files). $count is how many files exist already.

dialog-replace-title = { $count ->
        [one] Replace the existing file?
       *[other] Replace existing files?
    }
# $path is the file that exists.
dialog-replace-file = { $path } already exists. Replace it?
# $folder is where the charts are saved.
dialog-replace-charts = { $count ->
        [one] { $count } chart image already exists in { $folder }. Replace it?
       *[other] { $count } chart images already exist in { $folder }. Replace them?
    }
# Button.
dialog-replace = Replace
# Button.
dialog-keep = { $count ->
        [one] Keep the existing file
       *[other] Keep the existing files
    }

## File dialogs (the system's, or Footprint's own where the system has none)

dialog-open-exports-title = Open exports
# A file type filter of the system's open dialog.
dialog-filter-exports = Exports (zip, json, html, txt, csv, xlsx)
dialog-filter-all = All files
dialog-open-folder-title = Open an export folder
dialog-save-chart-title = Save chart image
dialog-filter-png = PNG image
dialog-filter-svg = SVG image
dialog-save-all-title = Save all charts into a folder
dialog-save-report-title = Save report
dialog-filter-html = HTML page
# Titles of Footprint's own dialog, which has no file type filter.
dialog-save-chart-title-types = Save chart image (.png or .svg)
dialog-save-report-title-type = Save report (.html)
# Buttons of Footprint's own dialog, keep short.
dialog-open-this-folder = Open this folder
dialog-save-here = Save here
dialog-file-open = Open
dialog-file-save = Save
dialog-file-cancel = Cancel
dialog-file-new-folder = New Folder
# The name a new folder gets.
dialog-file-new-folder-name = New folder
dialog-file-rename = Rename
dialog-file-refresh = Refresh
dialog-file-parent = Parent Folder
# Before the file name field.
dialog-file-label = File:
# Checkbox: list hidden files too.
dialog-file-show-hidden = Show Hidden

## Start page

# Large title of the drop zone.
start-drop-title = Drop your exports here
start-drop-explain = Telegram data exports, WhatsApp chats and account reports, WeChat Pay bills and chat-exporter files: files, folders or zips.
# Button, about 25 characters at most.
start-sample = Try the sample footprint
start-sample-hint = Invented Telegram, WhatsApp and WeChat exports built into the app
start-local = Everything is read on this computer. Nothing is sent anywhere.
start-recent = Recent files
start-howto = How to get your data
# Steps to export from Telegram. Menu names (Settings › Advanced › Export Telegram data,
# "Active sessions", "Miscellaneous data", "Machine-readable JSON") are those of Telegram
# Desktop: use the names its translation into this language shows.
start-telegram-step-1 = Telegram Desktop › Settings › Advanced › Export Telegram data (the phone apps cannot export).
start-telegram-step-2 = Tick "Active sessions" and "Miscellaneous data" (off by default) to see your devices and IP addresses.
start-telegram-step-3 = Tick bot chats, public groups and channels (off by default) for a complete list of conversations.
start-telegram-step-4 = Choose "Machine-readable JSON" (HTML works too, with fewer details). Media is not needed.
# DataExport and result.json are names of Telegram's files: keep them.
start-telegram-step-5 = Drop the DataExport folder, its zip, or result.json here. A single chat's export works too.
# Steps to export from WhatsApp; menu names as WhatsApp shows them in this language.
start-whatsapp-step-1 = Chats: open a chat › the three-dot menu › More (Android) or the name (iPhone) › Export chat; without media is enough.
start-whatsapp-step-2 = Account report: Settings › Account › Request account info; it is ready in about three days.
start-whatsapp-step-3 = Drop the .txt or .zip files and the report's zip here, as many as you like.
# WeChat's menus are in Chinese here (the bill can only be asked for in the Chinese
# interface): keep the Chinese menu path as it is.
start-wechat-step-1 = Pay bill 微信支付账单: 我 › 服务 › 钱包 › 账单 › 常见问题 › 下载账单 › 用于个人对账.
start-wechat-step-2 = The bill arrives as a zip by e-mail; its password comes in a WeChat Pay message. Footprint asks for it.
# MemoTrace, WeFlow, PyWxDump and WechatExporter are programs: keep their names.
start-wechat-step-3 = Chats: WeChat has no export of its own; files written by MemoTrace, WeFlow, PyWxDump or WechatExporter are read.

## About & privacy page

about-tagline = See what your messaging apps know about you.
# Section titles.
about-privacy = Privacy
about-options = Options
about-keyboard = Keyboard
about-licences = Licences
about-privacy-network = Footprint has no network code at all: no networking library is part of it, it never connects anywhere, it has no telemetry and no update check.
about-privacy-memory = Your exports are read on this computer and kept in memory only while the window is open. Nothing is written anywhere except the images and reports you save and the choices listed below.
about-privacy-remembered = Only the theme, the language, the activity bucket and this page's options are remembered between runs, never data or file paths (unless you turn on recent files below).
# Checkbox.
about-remember-recent = Remember recent files (off by default)
# Keyboard and mouse actions (left column; Ctrl+O, Ctrl+S and Esc stay as they are).
about-key-drag-drop = Drag and drop
about-key-wheel = Mouse wheel + Ctrl / drag
# What each action does (right column).
about-shortcut-open = open files
about-shortcut-save = save the chart under the pointer (or the view's first chart)
about-shortcut-escape = cancel loading, close a dialog
about-shortcut-drop = add files, folders or zips
about-shortcut-zoom = zoom and pan timelines; double-click resets
# Font names and licence names stay as they are.
about-licence-fonts = Footprint is MIT OR Apache-2.0. It bundles subsets of Noto Sans SC, Noto Sans Arabic and Noto Sans Hebrew (SIL Open Font License 1.1) so Chinese, Arabic and Hebrew render everywhere.
# $database names the IP address database and its date.
about-ip-database = IP addresses are placed in countries offline with { $database }: IP address registration data by the Number Resource Organization (nro.net), CC BY 4.0. A country is where an address is registered today, which may differ from where it was used.

## Tables

table-empty = Nothing to list.
# Tooltip of a column header; $column is the column's name.
table-sort-by = Sort by { $column }
# The same, with more about the column ($hint).
table-sort-by-hint = Sort by { $column }: { $hint }
# Pager buttons, keep short.
table-previous = ‹ Previous
table-next = Next ›
# Which rows of a long table are shown.
table-rows = Rows { $first } – { $last } of { $total }

## Charts on screen

plot-no-data = No data for this chart in the loaded exports.
# Beside the colour scale of the weekday × hour chart.
plot-heatmap-key = messages
# Hover label of a cell of the weekday × hour chart: $day is a weekday, $from and $to
# the hour's first and last minute as times of day ("3:00 PM", "15:59"), $count the
# number of messages.
plot-heatmap-hover =
    { $day } { $from }–{ $to }
    { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }
# Hover text of a country of the world map that holds none of your addresses.
plot-map-none = no addresses

## Shared by the views

# Button of every chart, keep short.
view-save-image = Save image…
view-save-image-hint = Save as PNG (2x) or SVG (Ctrl+S while the pointer is on the chart)
# Tooltip of the ✖ button of a search box.
view-clear-search = Clear the search
