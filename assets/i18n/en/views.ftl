# Footprint: the pages of the window (Overview, People, Contacts, Sessions & devices,
# Conversations, Activity, Payments, Findings, Compare).
# Platform names (Telegram, WhatsApp, WeChat) are never translated; they arrive as
# { $platform }. Numbers given as { $count } and similar arrive already written with
# the language's digit grouping. "·" separates parts of a line; keep it.

## Overview: what each platform holds

overview-intro = What each platform's export holds about you, how sensitive it is, and what is missing.
# Section title; { $platform } is Telegram, WhatsApp or WeChat.
overview-platform-holds = What { $platform } holds
# In the count column of a category the export does not contain.
overview-category-none = none
# Tooltip of a category's sensitivity marker. { $level } is High, Medium or Low;
# { $why } is a sentence explaining why.
overview-sensitivity-hover = Sensitivity: { $level }. { $why }
# A category the export lacks; { $hint } is a sentence saying how to get it.
overview-missing-with-hint = Not in this export. { $hint }
overview-missing = Not in this export.
# Two exports of one account are loaded; { $old } and { $new } are the dates of the
# latest item in each (or overview-unknown-date).
overview-two-exports = Two exports of this account are loaded (latest items { $old } and { $new }): every message, contact, session, address and payment they share counts once, and a session shows the latest activity either saw.
# Stands in for a date in overview-two-exports.
overview-unknown-date = an unknown date
# Link to the Compare page.
overview-what-changed = What changed

## Overview: "Known to several companies"

overview-known-title = Known to several companies
# { $names } is a comma-separated list of names; { $count } how many more are not listed.
overview-known-names-more = { $names } and { $count } more
# { $count } people are on all three platforms; { $names } lists them.
overview-known-three = All three platforms' data holds { $count ->
        [one] { $count } person
       *[other] { $count } people
    }: { $names }.
# { $count } people are on two of the three platforms; { $names } lists them.
overview-known-two = Two platforms' data holds { $count ->
        [one] { $count } person
       *[other] { $count } people
    }: { $names }.
# Both of the above in one sentence: { $three } people on all three platforms
# ({ $three_names }), { $two } people on two ({ $two_names }).
overview-known-both = All three platforms' data holds { $three ->
        [one] { $three } person
       *[other] { $three } people
    }: { $three_names }; two platforms' data holds { $two ->
        [one] { $two } person
       *[other] { $two } people
    }: { $two_names }.
# Link to the People page.
overview-see-people = See People

## Overview: "What you can do" (the most severe findings)

overview-what-you-can-do = What you can do
# Before a finding's title: the platform it is about.
overview-finding-platform = { $platform }:
# Link to the Findings page when more findings exist than the Overview lists ($count is 5 or more).
overview-all-findings = All { $count } findings, with what to do
# Link to the Findings page when the Overview lists them all.
overview-what-to-do = What to do about them

## Overview: sources read

# Section title; { $count } is the number of files and folders read.
overview-sources = Sources ({ $count })
# Stands in for a file's path when personal details are masked; { $number } is 1, 2, 3 …
overview-source-masked = Source { $number }
overview-source-records = { $count ->
        [one] { $count } record
       *[other] { $count } records
    }
overview-no-warnings = no warnings
overview-source-warnings = { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    }
# Button next to a source (keep short).
overview-remove = Remove
overview-remove-hover = Forget this source

## Overview: whose messages are "yours" in a source

# How the owner was decided, said instead of the explanation when personal details are masked.
overview-owner-basis-export = named by the export
overview-owner-basis-inferred = inferred from the chats
overview-owner-basis-chosen = chosen by you
overview-owner-basis-unknown = nothing says who you are
# { $name } is the owner's name, shown in bold.
overview-you-are = You are { $name }
overview-owner-none = You write nothing here: every message is received
overview-owner-unknown = Owner unknown: messages here count as neither yours nor received
# { $how } explains how the owner was decided, e.g. "chosen by you".
overview-owner-how = ({ $how })
# Menu button to choose who you are (keep short).
overview-owner-change = Change…
overview-owner-question = Who are you in this export?
# A choice in the menu: { $name } writes { $count } messages in the source.
overview-owner-choice = { $name } · { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }
# Below the menu's list when it is cut; "--me" is a command-line option: keep it as is.
overview-owner-more = … and { $count } more (use --me on the command line)
overview-owner-nobody = None of these: I write nothing here
overview-owner-decide-again = Decide from the export again

## Overview: problems

overview-problems = Problems
# A file that could not be read: { $path } and the error { $message }.
overview-problem-error = { $path }: { $message }
# A file Footprint does not recognise: { $path }, and { $reason } (a sentence).
overview-problem-unrecognised = { $path }: not recognised. { $reason }
# Button that hides the problems (keep short).
overview-dismiss = Dismiss

## Overview: how a chat's dates were read

# Orders of day, month and year in a chat's dates; used inside the messages below.
overview-date-order-dmy = day/month/year
overview-date-order-mdy = month/day/year
overview-date-order-ymd = year/month/day
# Why the dates were read in that order; used as { $why } below.
overview-date-order-evidence = decided by the dates themselves
overview-date-order-guess = a guess from the chat's language: the dates cannot tell
overview-date-order-choice = your choice
# { $order } is one of the orders above, { $why } one of the reasons above.
overview-dates-read-as = Dates read as { $order } ({ $why }).
overview-dates-no-year = The dates carry no year: years counted back from the file's date.
# Button; { $order } is one of the orders above.
overview-read-as = Read as { $order }
overview-read-as-hover = Read this chat again with this order

## People

# { $count } people in all; { $two } known to two companies, { $three } to all three.
people-summary = { $count ->
        [one] { $count } person
       *[other] { $count } people
    } in your exports · { $two } known to two companies, { $three } to all three.
people-how-joined = One person is everyone who shares a phone number (in any spelling), a Telegram or WeChat id, or, on one platform, a name; a name alone never joins two platforms unless you confirm it.
people-everyone = Everyone
# Hint in the empty search box.
people-search = Search names and numbers
# Column headers of the people table, and their tooltips.
people-col-name = Name
people-col-name-hint = Click a name to see everything every platform holds about them
people-col-platforms = Platforms
people-col-platforms-hint = The platforms whose data holds them
people-col-address-books = Address books
people-col-address-books-hint = The platforms whose address book (contact list) lists them
people-col-frequent = Frequent
people-col-frequent-hint = Telegram's "frequent contacts" rating
people-col-you-sent = You sent
people-col-you-sent-hint = Your messages in 1:1 chats with them (per platform on hover)
people-col-they-sent = They sent
people-col-they-sent-hint = Their messages, in every chat (per platform on hover)
people-col-groups = Groups
people-col-groups-hint = Groups where you both are (they wrote there)
people-col-first = First
people-col-first-hint = The first message between you
people-col-last = Last
people-col-last-hint = The last message between you
# Tooltip line of the message counts: { $count } messages on { $platform }.
people-per-platform = { $platform }: { $count }
# Someone whose name the exports do not give.
people-no-name = (no name)
# Title of the window about one person; { $name } is their name.
people-window-title = { $name } across platforms
people-same-title = The same person?
people-same-explain = These people share a name on different platforms but no number or id. Join them only if you know they are one person.
# { $a } and { $b } are names; { $a_platforms } and { $b_platforms } the platforms each is on.
people-same-pair = { $a } ({ $a_platforms }) and { $b } ({ $b_platforms })
# Button (keep short).
people-same-button = Same person
people-same-hover = Count them as one person (until Footprint is closed)
# Below a cut list: { $count } more not listed.
people-more = … and { $count } more
# Labels in the window about one person.
people-phones = Phone numbers
people-names = Names
people-ids = Ids
people-in-address-book = In the address book
people-yes = yes
people-no = no
people-frequent-rating = Frequent-contacts rating
people-you-sent = You sent
people-they-sent = They sent
# { $first } and { $last } are date and time of the first and last message between you;
# { $count } the groups you share.
people-first-last = First message { $first } · last { $last } · { $count ->
        [one] { $count } shared group
       *[other] { $count } shared groups
    }

## Contacts

# { $count } contacts in the address books; { $frequent } in Telegram's frequent-contacts ranking.
contacts-summary = { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    } in the platforms' address books · { $frequent } in Telegram's frequent-contacts ranking.
contacts-address-book = Address book
# Hint in the empty search box.
contacts-search = Search names and numbers
contacts-col-name = Name
contacts-col-phone = Phone
contacts-col-platform = Platform
# When the contact was added to the address book.
contacts-col-added = Added
# A contact whose name the export does not give.
contacts-no-name = (no name)

## Sessions & devices

# { $apps }: sessions of the platform's apps; { $websites }: websites you logged in to with
# the platform's account; { $ips }: IP addresses; { $logins }: login notifications.
sessions-summary = { $apps ->
        [one] { $apps } app session
       *[other] { $apps } app sessions
    }, { $websites ->
        [one] { $websites } website
       *[other] { $websites } websites
    } logged in with the platform, { $ips ->
        [one] { $ips } IP address
       *[other] { $ips } IP addresses
    }, { $logins ->
        [one] { $logins } login
       *[other] { $logins } logins
    } from notifications.
sessions-map-note = A country is where the address is registered today (bundled database, offline), which may differ from where it was when used. Addresses the database places nowhere (private, reserved or example ranges) are shown in the country the export gives, if any.
sessions-all = All sessions
sessions-col-device = Device
sessions-col-app = App
sessions-col-system = System
sessions-col-ip = IP address
sessions-col-place = Place
sessions-col-created = Created
sessions-col-last-active = Last active
# A session of a website you logged in to with the platform; { $website } is its name.
sessions-website = { $website } (website)
sessions-ip-title = IP addresses
# Hint in the empty search box.
sessions-ip-search = Search addresses and places
# First choice of the country filter.
sessions-all-countries = All countries
# Above the IP table; { $database } names the bundled IP database and its date. The two
# quoted names are column headers of the table (sessions-col-registered, sessions-col-export-says).
sessions-ip-note = "Registered in" is where the address block is registered today (bundled database: { $database }; nothing is looked up online), which may differ from where it was when used; "Export says" is the country the export itself gives.
sessions-col-address = Address
sessions-col-seen = Seen
sessions-col-seen-hint = how many times the exports name it
sessions-col-where-seen = Where seen
sessions-col-first = First
sessions-col-last = Last
sessions-col-registered = Registered in
sessions-col-registered-hint = the country of the address block today, from the bundled database
sessions-col-export-says = Export says
sessions-col-export-says-hint = the country the export gives for it
sessions-col-places = Places
sessions-logins = Logins from notifications
sessions-col-time = Time
sessions-col-location = Location
# What a country or place reads as when hidden.
sessions-hidden = (hidden)
# Before two buttons: sessions-map-by-ips and sessions-map-by-logins.
sessions-map-by = Shade the map by
sessions-map-by-ips = IP addresses
sessions-map-by-logins = logins
# Checkbox, shown while personal details are masked.
sessions-hide-countries = Hide countries too
sessions-hide-countries-hover = Mask hides addresses and names but keeps countries, which are not personal details. Tick to hide the map, countries and places as well.

## Sessions & devices: the device cards

sessions-devices = Devices and websites logged in
# { $months } is how long a session must be unused to count as idle.
sessions-devices-note = Most recently active first. "Ago" counts from today; a session is idle when it had been unused for more than { $months ->
        [one] { $months } month
       *[other] { $months } months
    } when the export was made.
# A device the export gives no name.
sessions-unnamed-device = (unnamed device)
# Marks the most recently active device (keep short).
sessions-most-recent = most recent
# Labels on a device card.
sessions-card-app = App
sessions-card-system = System
sessions-card-first-active = First active
sessions-card-last-active = Last active
sessions-card-last-address = Last address
# After an address: the country its block is registered in; { $country } is a country name.
sessions-registered = registered: { $country }
sessions-ended = Ended: a later export of this account no longer lists it.
# { $span } is a duration such as "5 months"; { $hint } a sentence saying where to end
# the session (one of sessions-end-*).
sessions-idle = Unused for { $span } when the export was made, and still listed as logged in by it. { $hint }
# Where to end a session; "›" separates the steps of a path through the app's menus.
sessions-end-telegram-web = End it in Telegram: Settings › Privacy and Security › Active websites.
sessions-end-telegram = End it in Telegram: Settings › Devices › Terminate.
sessions-end-whatsapp = End it in WhatsApp: Settings › Linked devices.
sessions-end-wechat = End it in WeChat: Me › Settings › Account security › Login devices.
# { $date } is a day.
sessions-when-today = { $date } (today)
# { $date } is a day, { $span } how long ago, such as "2 years".
sessions-when-ago = { $date } ({ $span } ago)

## Conversations

# The parts of conversations-summary's list: how many conversations of each kind.
conversations-kind-personal = { $count ->
        [one] { $count } private chat
       *[other] { $count } private chats
    }
conversations-kind-group = { $count ->
        [one] { $count } group
       *[other] { $count } groups
    }
conversations-kind-channel = { $count ->
        [one] { $count } channel
       *[other] { $count } channels
    }
conversations-kind-bot = { $count ->
        [one] { $count } bot
       *[other] { $count } bots
    }
conversations-kind-saved = { $count ->
        [one] { $count } Saved Messages chat
       *[other] { $count } Saved Messages chats
    }
# Conversations of no other kind.
conversations-kind-other = { $count } other
# { $count } conversations in all; { $kinds } a comma-separated list of
# conversations-kind-* parts; { $left } how many of them you left.
conversations-summary = { $count ->
        [one] { $count } conversation
       *[other] { $count } conversations
    } ({ $kinds }); { $left } of them left. A conversation known from several exports counts once.
conversations-all = All conversations
# Hint in the empty search box.
conversations-search = Search names and kinds
# Column headers of the conversations table, and their tooltips.
conversations-col-name = Name
conversations-col-platform = Platform
conversations-col-kind = Kind
conversations-col-messages = Messages
conversations-col-messages-hint = messages written by people
conversations-col-service = Service events
conversations-col-service-hint = joins, leaves, calls, group changes …
conversations-col-sources = Sources
conversations-col-sources-hint = how many of the loaded exports know this conversation (hover a count to see which)
conversations-col-first = First
conversations-col-first-hint = earliest message or event
conversations-col-last = Last
conversations-col-last-hint = latest message or event
# A conversation you left; { $kind } is its kind, e.g. "public group".
conversations-kind-left = { $kind } · left

## Activity

# Label before the platform checkboxes.
activity-platforms = Platforms
# Label before the conversation filter.
activity-conversation = Conversation
activity-all-conversations = All conversations
# A choice of the conversation filter: { $name } on { $platform }, with { $count } messages.
activity-conversation-choice = { $name } · { $platform } ({ $count ->
        [one] { $count } message
       *[other] { $count } messages
    })
# Label before the choices day, week, month, year (messages per …).
activity-per = Per
activity-time-zone = Time zone
activity-time-zone-note = Where an export has absolute times (Telegram JSON), they can be shown in another zone; others stay as written.
activity-how-to-read = How to read this
activity-how-to-read-text = Only messages written by people count here, not service events. "Yours" are messages sent by the account that made the export; messages of an export that does not say who that is are shown apart, as "owner unknown".

## Payments (WeChat Pay bills; amounts are in yuan)

# { $count } transactions; { $spent } and { $received } are amounts such as ¥1,234.50.
payments-summary = { $count ->
        [one] { $count } transaction
       *[other] { $count } transactions
    } · { $spent } spent · { $received } received
# As payments-summary, with { $range }: the first and last day of the bills.
payments-summary-range = { $count ->
        [one] { $count } transaction
       *[other] { $count } transactions
    } · { $spent } spent · { $received } received · { $range }
payments-transactions = Transactions
# Hint in the empty search box.
payments-search = Search counterparties, goods, types
# Column headers of the transactions table (their tooltips are the bill's own Chinese
# column names and stay as they are).
payments-col-time = Time
payments-col-time-hint = as the bill writes it (China time)
payments-col-type = Type
payments-col-counterparty = Counterparty
payments-col-goods = Goods
payments-col-direction = In/out
payments-col-amount = Amount
payments-col-method = Method
payments-col-status = Status
# The direction of a payment: 支出 and 收入 are the bill's own words; keep them.
payments-expense = 支出 spent
payments-income = 收入 received
# Neither spent nor received; "/" is how the bill writes it.
payments-neutral = neutral (/)

## Findings

findings-page-intro = What you can do about what these exports show: each finding says what the platform holds, how to act on it there, and where to see it. Worked out on this computer from the files alone.
# { $count } findings of severity { $severity } (High, Medium or Low).
findings-page-severity-count = { $count } { $severity }
findings-page-none = Nothing in these exports calls for action.
findings-page-dismissed = { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    } dismissed until Footprint is closed.
# Button (keep short).
findings-page-show-again = Show them again
# Before what to do about a finding.
findings-page-what-to-do = What to do:
# Link to the page that shows a finding; { $page } is the page's name, e.g. Sessions & devices.
findings-page-see = See { $page }
# Button (keep short).
findings-page-dismiss = Dismiss
findings-page-dismiss-hover = Hide this finding until Footprint is closed

## Compare: two exports of one account

compare-intro = Two exports of the same account are loaded. Everywhere else what they share counts once; here is what changed between them.
compare-none = No two exports of one account are loaded.
# Stands in for the account's name when personal details are masked (inside compare-title).
compare-one-account = one account
# Section title; { $account } is the account (a name, a number or compare-one-account).
compare-title = { $platform }: two exports of { $account }
# Stands in for an export's files when personal details are masked; { $number } is 1 or 2.
compare-export-masked = export { $number }
# { $earlier } and { $later } are the files of each export; { $earlier_date } and
# { $later_date } the days of their latest items (or compare-unknown-date).
compare-sides = Earlier: { $earlier } (latest item { $earlier_date }) · later: { $later } (latest item { $later_date })
compare-unknown-date = an unknown date
# Titles of the collapsible tables.
compare-new-sessions = New sessions
compare-ended-sessions = Ended sessions
compare-new-ips = New IP addresses
compare-contacts-added = Contacts added
compare-contacts-removed = Contacts removed
compare-conversations-joined = Conversations joined
compare-conversations-left = Conversations left
compare-new-messages = New messages by conversation
compare-new-payments = New payments
# A table's title with its number of rows: { $title } is one of the titles above.
compare-table-title = { $title } ({ $count })
# Column headers.
compare-col-device = Device or website
compare-col-app = App
compare-col-kind = Kind
compare-col-created = Created
compare-col-last-active = Last active
compare-col-address = Address
compare-col-registered = Registered in
compare-col-name = Name
compare-col-phone = Phone
compare-col-conversation = Conversation
# How a conversation was left.
compare-col-how = How
compare-col-messages = Messages
compare-col-time = Time
compare-col-counterparty = Counterparty
compare-col-amount = Amount
compare-col-direction = Direction
# Kinds of sessions.
compare-session-app = app
compare-session-web = web
# An address in no country: in a private or reserved range, or not in the database.
compare-country-private = private
compare-country-unknown = unknown
# Kinds of conversations.
compare-kind-personal = private chat
compare-kind-group = group
compare-kind-channel = channel
compare-kind-bot = bot
compare-kind-saved = saved messages
compare-kind-other = other
# How a conversation was left: the later export says so.
compare-marked-left = marked as left
# Directions of payments.
compare-expense = expense
compare-income = income
compare-neutral = neutral
# Below a cut table: { $shown } rows shown of { $count }; "footprint diff --json" is a
# command: keep it as is.
compare-more-rows = The first { $shown } of { $count ->
        [one] { $count } row
       *[other] { $count } rows
    }; footprint diff --json lists all.
