## Views of the window (the navigation, headings, and the report's sections). Keep short.

topic-overview = Overview
topic-contacts = Contacts
topic-sessions = Sessions & devices
topic-conversations = Conversations
topic-activity = Activity
topic-payments = Payments
topic-people = People
# The page of things the user can act on (privacy findings).
topic-findings = Findings
# Two exports of one account, compared.
topic-compare = Compare

## Charts: shared texts
# Drawn in the middle of a saved chart image that has nothing to show.
chart-no-data = No data for this chart in the loaded exports
# Axis names and series names (lower case, as on a chart axis).
chart-axis-messages = messages
chart-axis-month = month
chart-axis-year = year
chart-axis-hour = hour
chart-axis-date = date
chart-axis-people = people
chart-axis-sessions = sessions
chart-axis-logins = logins
chart-axis-contacts = contacts
chart-axis-conversations = conversations
chart-axis-payments = payments
# Amounts of money in Chinese yuan (WeChat Pay).
chart-axis-yuan = yuan
# Telegram's own score of how often you talk to someone.
chart-axis-rating = rating

## Overview and People charts
chart-per-year-title = Messages per year, by platform
# One stacked bar a platform: its people, split by how many platforms know them.
chart-people-platforms-title = People each platform knows, and who else knows them
# The three parts of each bar.
chart-people-platforms-one = known to this platform only
chart-people-platforms-two = also known to one other
chart-people-platforms-three = known to all three
# $count: how many people the chart ranks (at most 20).
chart-people-top-title = Top { $count } people by messages, both ways
# $name: a person's name (or a pseudonym when masking).
chart-person-activity-title = Messages with { $name } per month

## Contacts charts
chart-contacts-added-title = Contacts added per month
chart-contacts-frequent-title = Who Telegram thinks you talk to most
# A frequent contact of a category other than people. $name: a name; $category: one of the categories below.
chart-contacts-with-category = { $name } ({ $category })
# Telegram's categories of frequent contacts, shown in brackets after a name: "Alice (calls)".
chart-contacts-category-calls = calls
chart-contacts-category-inline-bots = inline bots

## Sessions charts
chart-sessions-devices-title = Sessions by device
chart-sessions-systems-title = Sessions by operating system
chart-sessions-apps-title = Sessions by app and version
chart-sessions-countries-title = Sessions by country
chart-logins-title = Logins over time (from login notifications)
chart-sessions-timeline-title = Sessions from creation to last activity
# Legend entry of the session timeline: sessions of websites the user logged in to with the app.
chart-sessions-group-web = websites logged in
# Legend entry of the session timeline. $platform: Telegram, WhatsApp or WeChat.
chart-sessions-group-app = { $platform } sessions

## World map
map-title-addresses = Where your IP addresses are registered
map-title-logins = Where you logged in from (login notifications)
# The map's colour key label.
map-key-addresses = IP addresses
map-key-logins = logins
# Hover text of a country on the map: how many addresses are in it.
map-detail-addresses = { $count ->
    [one] { $count } address
   *[other] { $count } addresses
}
# Hover text of a country on the map: how many logins came from it.
map-detail-logins = { $count ->
    [one] { $count } login
   *[other] { $count } logins
}
# After the first six addresses of a country in its hover text.
map-detail-more = and { $count } more
# $first, $last: dates.
map-detail-seen = seen { $first } to { $last }

## Conversations charts
chart-conversations-kind-title = Conversations by kind
# Series: conversations still in the export, and those the user has left.
chart-conversations-in-export = in the export
chart-conversations-left = left
# $count: how many conversations the chart ranks (at most 20). "Saved Messages" is Telegram's name for notes to yourself.
chart-conversations-top-title = Top { $count } conversations by messages (Saved Messages, notes to yourself, left out)
chart-message-types-title = What messages carry, by platform
# Kinds of conversation (chart category labels).
chart-kind-personal = private chat
chart-kind-group = group
chart-kind-channel = channel
chart-kind-bot = bot
chart-kind-saved = saved messages
chart-kind-other = other
# What a message carries (chart category labels).
chart-content-unknown = type not given
chart-content-text = text
chart-content-image = photo / image
chart-content-video = video
chart-content-voice = voice / audio
chart-content-sticker = sticker
chart-content-gif = GIF
chart-content-file = file
chart-content-location = location
chart-content-contact = contact card
chart-content-link = link
chart-content-poll = poll
chart-content-quote = quote
chart-content-transfer = money transfer
# WeChat's 红包, a gift of money in a red envelope.
chart-content-red-packet = red packet
# WeChat's 小程序.
chart-content-mini-program = mini program
# A chat history forwarded as one message (WeChat).
chart-content-forwarded-chat = forwarded chat
# A post of WeChat Channels (视频号).
chart-content-channels = Channels post
chart-content-app = app message
chart-content-call = call
chart-content-media = media
chart-content-deleted = deleted
chart-content-other = other

## Activity charts
# $scope: empty, or the filter chosen, written " · Telegram · Alice".
chart-activity-per-day = Messages per day{ $scope }
chart-activity-per-week = Messages per week{ $scope }
chart-activity-per-month = Messages per month{ $scope }
chart-activity-per-year = Messages per year{ $scope }
chart-axis-day = day
chart-axis-week = week
chart-activity-heatmap-title = Messages by weekday and hour{ $scope }
# Axis of the heatmap. $basis: the clock the hours are on ("as written in the export", "UTC+8").
chart-activity-hour-axis = hour ({ $basis })
chart-activity-split-title = Your messages and those you received{ $scope }
# Series and category names: messages you wrote, messages others wrote, and messages of an export whose owner is unknown.
chart-activity-yours = yours
chart-activity-received = received
chart-activity-owner-unknown = owner unknown

## Payments charts
chart-payments-month-title = Spending and income per month
# Series: money paid out, and money received.
chart-payments-spent = spent
chart-payments-received = received
chart-payments-counterparties-title = Top counterparties
chart-payments-methods-title = By payment method
chart-payments-types-title = By transaction type
chart-payments-hour-title = Payments by hour of day (China time)

## Saving charts (messages in the window)
# $path: a file.
chart-error-exists = { $path }: already exists (not overwritten)
# $path: a file; $error: the system's reason.
chart-error-write = { $path }: cannot write the image: { $error }
# $title: the chart's title; $error: what went wrong.
chart-error-draw = cannot draw the chart "{ $title }": { $error }
# $path: a folder; $error: the system's reason.
chart-error-folder = { $path }: cannot create the folder: { $error }
# $files: the file names, joined with ", ".
chart-error-existing = { $count ->
    [one] { $count } image already exists, nothing written: { $files }
   *[other] { $count } images already exist, nothing written: { $files }
}

## The HTML report (Save report…, footprint report)
# The browser tab's title. $made: date and time it was made.
report-page-title = Footprint report, { $made }
report-heading = What your messaging apps know about you
# $platforms: "Telegram, WeChat"; $made: date and time; $count: number of sources (files read).
report-intro = { $count ->
    [one] A Footprint report of { $platforms } made on { $made } from { $count } source. It was made on this computer; nothing was sent anywhere.
   *[other] A Footprint report of { $platforms } made on { $made } from { $count } sources. It was made on this computer; nothing was sent anywhere.
}
report-masked = Personal details are masked: names, phone numbers, usernames, IP addresses and file paths are pseudonyms.
# $version: Footprint's version; $made: date and time.
report-footer = Made by Footprint { $version } on { $made }, on this computer, from the files listed above. Nothing was sent anywhere.
# Below a table cut short. $shown: rows shown; $total: rows in all.
report-cut-note = The first { $shown } of { $total }; the window shows all.
report-country-note = A country is where an address block is registered today (bundled database, nothing looked up online), which may differ from where it was when used.

## Report: findings
# Heading and link of the findings section.
report-findings = What you can do
report-no-findings = Nothing in these exports calls for action.
# How much a finding matters.
report-severity-high = high
report-severity-medium = medium
report-severity-low = low
# Before the advice of a finding.
report-what-to-do = What to do:

## Report: what each platform holds
# $platform: Telegram, WhatsApp or WeChat.
report-holds = What { $platform } holds
# Count column when the export has none of it.
report-none = none
report-not-in-export = Not in this export.
report-col-count = count
report-col-sensitivity = sensitivity
report-col-what = what
report-col-dates = dates

## Report: tables of the views (column headings in lower case)
report-people-heading = The people you talk to most
# A person without a name.
report-no-name = (no name)
report-col-person = person
report-col-platforms = platforms
report-col-you-sent = you sent
report-col-they-sent = they sent
# First and last date something was seen.
report-col-first = first
report-col-last = last
report-sessions-heading = Sessions and devices
# $website: a website the user logged in to with the app.
report-website = { $website } (website)
report-col-platform = platform
report-col-device = device
report-col-app = app
report-col-system = system
report-col-ip = IP address
report-col-place = place
report-col-created = created
report-col-last-active = last active
report-ips-heading = IP addresses
report-col-address = address
report-col-seen = seen
report-col-where-seen = where seen
report-col-registered = registered in
# What the export itself says about where an address is.
report-col-export-says = export says
report-conversations-heading = The busiest conversations
# $kind: the kind of conversation ("group"), for a conversation the user has left.
report-kind-left = { $kind } (left)
report-col-conversation = conversation
report-col-kind = kind
report-col-messages = messages
# Messages the user wrote.
report-col-yours = yours
report-counterparties-heading = Counterparties
# $paid, $received: amounts; $first, $last: dates.
report-payments-summary = { $paid } paid, { $received } received, { $first } to { $last }.
report-col-counterparty = counterparty
report-col-paid = paid
report-col-received = received
report-col-payments = payments
# $platform: Telegram, WhatsApp or WeChat.
report-compare-heading = { $platform }: two exports of one account
report-col-what-changed = what changed

## Report: sources
report-sources = Sources
# Stands for a file's path when masking. $number: 1, 2, 3 …
report-source-masked = Source { $number }
# $name: the user's name in this source.
report-source-owner = you are { $name }
report-source-owner-unknown = who you are is unknown
# $platform; $format: the export's format ("Telegram JSON"); $owner: report-source-owner or report-source-owner-unknown.
report-source-line = { $platform } · { $format } · { $records ->
    [one] { $records } record
   *[other] { $records } records
} · { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
} · { $owner }
# $count: how many times; $kind: what went wrong (warning-* in analysis.ftl).
report-source-warning = warning: { $count } × { $kind }
# $path: a file; $error: why.
report-unreadable = Could not be read: { $path }: { $error }

## Report: saving (messages in the window)
# $path: the report's file; $folder: its folder.
report-error-no-folder = { $path }: the folder { $folder } does not exist; nothing was written
report-error-exists = { $path }: already exists; nothing was written
report-error-write = { $path }: cannot write the report: { $error }
