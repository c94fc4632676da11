### Texts the analysis writes: what each platform holds (the Overview's inventory), how
### overlapping exports were merged, who "you" are in each export, what changed between
### two exports of one account, masked names, kinds of conversations and of IP addresses.
### They appear in the window, in saved chart images and in the HTML report.
### { $platform } is always a platform name: Telegram, WhatsApp or WeChat (not translated).

## Durations, placed inside sentences ("unused for 2 years", "2 years ago")
span-days = { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
span-months = { $count ->
        [one] { $count } month
       *[other] { $count } months
    }
span-years = { $count ->
        [one] { $count } year
       *[other] { $count } years
    }
# An amount in yuan (Chinese currency): $amount is the number with its separators
# (31,622.34); the symbol goes where the language puts it.
yuan-amount = ¥{ $amount }

## Activity settings (the Activity view's controls and chart axes)
# The clock of the activity charts: the time as the export writes it, no conversion.
time-basis-as-exported = as written in the export
# Bucket sizes of the activity timeline (radio buttons and the chart's axis): keep short.
bucket-day = day
bucket-week = week
bucket-month = month
bucket-year = year

## Inventory: the categories of data each platform holds (Overview and report)
# Category names: the first column of the table, keep short.
inventory-identity = Identity
inventory-contacts = Contacts
inventory-sessions = Sessions and devices
inventory-ip-addresses = IP addresses and places
inventory-conversations = Conversations
inventory-messages = Messages
inventory-payments = Payments
# Why each category matters, one sentence (shown when hovering its sensitivity).
inventory-identity-why = Who you are: the fields that tie the account to you.
inventory-contacts-why = Your address book: people who never agreed to be uploaded.
inventory-sessions-why = Which phones and computers you use, and since when.
inventory-ip-addresses-why = Where you were when you connected.
inventory-conversations-why = Whom you talk to, which groups and channels you joined or left.
inventory-messages-why = When you are awake, busy and with whom: activity over the years.
inventory-payments-why = What you buy, from whom, and when.
# How sensitive a category is, shown as a coloured label: keep short.
inventory-sensitivity-low = low
inventory-sensitivity-medium = medium
inventory-sensitivity-high = high
# What a category's count is made of.
inventory-contacts-detail = { $count ->
        [one] { $count } address-book entry
       *[other] { $count } address-book entries
    }
# Telegram: { $frequent } of the contacts are rated as frequent. Keep the " · ".
inventory-contacts-detail-frequent = { $count ->
        [one] { $count } address-book entry · { $frequent } ranked as frequent
       *[other] { $count } address-book entries · { $frequent } ranked as frequent
    }
# { $app } app sessions, { $web } web sessions (websites logged in), { $devices } models
# of phones and computers. Keep the " · ".
inventory-sessions-detail = { $app } in apps, { $web } on websites · { $devices ->
        [one] { $devices } device model
       *[other] { $devices } device models
    }
# Followed by " · " and a list of countries when the export names any.
inventory-ip-addresses-detail = { $count ->
        [one] { $count } address
       *[other] { $count } addresses
    }
# { $conversations } is a count of one kind ("3 groups", see kind-…-count), { $left } how
# many of them were left.
inventory-kind-left = { $conversations } ({ $left } left)
# Messages written by people, service events (joined, left, pinned …), distinct writers.
inventory-messages-detail = { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    }, { $events ->
        [one] { $events } service event
       *[other] { $events } service events
    }, { $senders ->
        [one] { $senders } sender
       *[other] { $senders } senders
    }
# { $spent } and { $received } are amounts of money ("¥31,622.34").
inventory-payments-detail = { $spent } spent, { $received } received
# How to get a category the export lacks, shown after "Not in this export."
# Menu paths name the platform's own menus and options (in quotes): use the names the
# platform shows in your language where you know them.
inventory-hint-whatsapp-report-lists-none = The loaded account report lists none.
inventory-hint-telegram-sessions = Export again with "Active sessions" and "Miscellaneous data" ticked (both are off by default).
inventory-hint-telegram-contacts = Export again with "Contacts list" ticked.
inventory-hint-telegram-identity = Export again with "Account information" ticked.
inventory-hint-telegram-chats = Tick the chat types you want (bot chats, public groups and channels are off by default).
inventory-hint-whatsapp-report = Request the account report: Settings › Account › Request account info (ready in about 3 days).
inventory-hint-whatsapp-chats = Open a chat › the three-dot menu › More › Export chat (one chat at a time).
# The Chinese menu path is WeChat's own: keep it as it is.
inventory-hint-wechat-payments = 我 › 服务 › 钱包 › 账单 › 常见问题 › 下载账单 › 用于个人对账 (the zip's password arrives as a WeChat Pay message).
# MemoTrace and WeFlow are names of programs.
inventory-hint-wechat-chats = WeChat has no official chat export; tools such as MemoTrace or WeFlow write files Footprint reads.

## Kinds of conversations
# A count of conversations of one kind ("3 groups"), in lists such as
# "12 private chats, 3 groups (1 left)".
kind-personal-count = { $count ->
        [one] { $count } private chat
       *[other] { $count } private chats
    }
kind-group-count = { $count ->
        [one] { $count } group
       *[other] { $count } groups
    }
kind-channel-count = { $count ->
        [one] { $count } channel
       *[other] { $count } channels
    }
kind-bot-count = { $count ->
        [one] { $count } bot
       *[other] { $count } bots
    }
# Telegram's "Saved Messages", the chat with yourself.
kind-saved-count = { $count ->
        [one] { $count } Saved Messages chat
       *[other] { $count } Saved Messages chats
    }
# Conversations of no other kind.
kind-other-count = { $count } other
# The kind of one conversation, as the Conversations table and the report name it.
kind-label-private-chat = private chat
kind-label-group = group
kind-label-private-group = private group
kind-label-public-group = public group
kind-label-channel = channel
kind-label-private-channel = private channel
kind-label-public-channel = public channel
kind-label-bot = bot
kind-label-saved = Saved Messages
# WeChat's kinds of conversation, with WeChat's own Chinese word (kept in brackets
# where the language is not Chinese).
kind-label-wechat-group = group (群聊)
kind-label-wechat-official = official account (公众号)
kind-label-wechat-wecom = WeCom contact (企业微信)
kind-label-wechat-system = system account (微信)
kind-label-wechat-private = private chat (私聊)
# A conversation the export gives no type.
kind-label-other-not-given = other (type not given)
# { $kind } is the type as the export writes it ("replies").
kind-label-other = other: { $kind }

## Sessions, IP addresses and payments: words inside tables and charts
# A session that names neither its device, its app nor a website.
topics-unknown-device = unknown device
# A device, system, app, counterparty or payment method the export leaves empty (a bar of
# a chart, a row of a table).
topics-not-given = (not given)
# Where an IP address was seen, in lists such as "session, login notice".
topics-origin-session = session
topics-origin-web-session = web session
topics-origin-ip-history = IP history
topics-origin-account-change = account change
# Telegram's login notifications ("New login from …").
topics-origin-login-notice = login notice

## Where an IP address is registered, when it is no country's
ip-place-unknown = not in the database
ip-place-private-network = private network
ip-place-loopback = loopback
ip-place-shared-carrier = shared carrier network (CGNAT)
ip-place-link-local = link-local
ip-place-documentation = documentation example
ip-place-benchmarking = benchmarking
ip-place-protocol-assignment = protocol assignment
ip-place-this-network = this network
ip-place-multicast = multicast
ip-place-reserved = reserved
ip-place-unspecified = unspecified
ip-place-translation = IPv4 translation

## Merged exports: a note under a platform's inventory when several exports overlap
# Items found in more than one export, counted once. Listed in overlap-merged-….
overlap-repeated-messages = { $count ->
        [one] { $count } repeated message
       *[other] { $count } repeated messages
    }
overlap-repeated-payments = { $count ->
        [one] { $count } repeated payment
       *[other] { $count } repeated payments
    }
overlap-repeated-contacts = { $count ->
        [one] { $count } repeated contact
       *[other] { $count } repeated contacts
    }
overlap-repeated-sessions = { $count ->
        [one] { $count } repeated session
       *[other] { $count } repeated sessions
    }
overlap-repeated-other = { $count ->
        [one] { $count } repeated IP sighting or login
       *[other] { $count } repeated IP sightings and logins
    }
# The last item of a list: { $head } is the items before it, joined with ", ".
overlap-list-and = { $head } and { $last }
# { $list } lists the repeated items (overlap-repeated-…); { $total } is their sum.
overlap-merged-dropped = { $total ->
        [one] Overlapping sources were merged: { $list } was left out.
       *[other] Overlapping sources were merged: { $list } were left out.
    }
# { $conversations } conversations were found in several exports and count once.
overlap-merged-conversations = { $conversations ->
        [one] Overlapping sources were merged: { $conversations } conversation known from several exports counts once.
       *[other] Overlapping sources were merged: { $conversations } conversations known from several exports count once.
    }
# Both of the above in one sentence.
overlap-merged-both = { $conversations ->
        [one] Overlapping sources were merged: { $conversations } conversation known from several exports counts once; { $total ->
            [one] { $list } was left out.
           *[other] { $list } were left out.
        }
       *[other] Overlapping sources were merged: { $conversations } conversations known from several exports count once; { $total ->
            [one] { $list } was left out.
           *[other] { $list } were left out.
        }
    }
# Not normally shown (something was merged, but none of the above).
overlap-merged = Overlapping sources were merged.

## Who you are in an export: how it was decided (shown after "You are NAME", lower case,
## no final full stop)
owner-how-named-by-export = named by the export
# Where the export names you: $place is its own term (a section, field or folder, not
# translated), $exporter the tool that wrote a WeChat export (MemoTrace, WeFlow …).
owner-how-named-by-section = named by { $place } in the export
owner-how-named-by-exporter = named by { $exporter }'s { $place }
# A WeChat exporter marks the messages you sent.
owner-how-sent-by-me = the exporter's "sent by me" flag
owner-how-identity-name = the name in the export's personal information
owner-how-account-information = named by the export's account information
owner-how-no-messages = no messages here
owner-how-no-evidence = nothing in this export says which writer is you
owner-how-chosen = chosen by you
owner-how-chosen-none = chosen by you: you write nothing here, so every message is received
# { $name } is the name the user chose.
owner-how-chosen-absent = chosen by you; { $name } writes nothing here, so every message is received
# { $count } chats of { $platform } are loaded, and one person writes in all of them.
owner-how-only-common-writer = the only person who writes in all { $count } { $platform } chats loaded
owner-how-name-in-other-export = your name in another export of this platform
# { $name } is the other person of a one-to-one chat.
owner-how-chat-named-after = the chat is named after { $name }, so you are the other writer
# WhatsApp's "Messages and calls are end-to-end encrypted" line.
owner-how-notice-under = the encryption notice is written under { $name }'s name, so you are the other person
owner-how-account-number = the phone number of the account report
# Added after the above, following "; ". Lines such as "You created group".
owner-how-second-person = { $count ->
        [one] { $count } system line in the second person (what "you" did) says you are in this chat
       *[other] { $count } system lines in the second person (what "you" did) say you are in this chat
    }

## Two exports of one account: what changed (the Compare view, the report)
# What ties the two exports. { $id } is a Telegram user id (a number, shown as is).
diff-account-user-id = user id { $id }
diff-account-overlapping-bills = overlapping WeChat Pay bills
# Why two exports cannot be compared. { $old } and { $new } are lists of platforms.
diff-no-common-platform = the earlier export is of { $old } and the later of { $new }: no platform in common
# { $old } and { $new } name the accounts ("user id 42", a phone number).
diff-different-accounts = they look like two different { $platform } accounts ({ $old } and { $new })
# Section names: the first column of the summary, keep short.
diff-section-sessions = Sessions and devices
diff-section-ips = IP addresses
diff-section-contacts = Contacts
diff-section-conversations = Conversations
diff-section-messages = Messages
diff-section-payments = Payments
# { $new } sessions new in the later export, { $ended } gone from it; { $devices } device
# models new, { $gone } no longer listed.
diff-sessions-line = { $new ->
        [one] { $new } new session
       *[other] { $new } new sessions
    }, { $ended } ended; { $devices ->
        [one] { $devices } device model
       *[other] { $devices } device models
    } new, { $gone } gone
# { $new } new IP addresses; { $countries } countries they are registered in that no
# earlier address was; { $named } countries the later export itself names that the
# earlier did not.
diff-ips-line = { $new ->
        [one] { $new } new address
       *[other] { $new } new addresses
    }; { $countries ->
        [one] { $countries } new country
       *[other] { $countries } new countries
    } where they are registered, { $named } the later export names
diff-contacts-line = { $added } added, { $removed } removed
diff-conversations-line = { $joined } joined, { $left } left
diff-messages-line = { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    } since the earlier export, in { $conversations ->
        [one] { $conversations } conversation
       *[other] { $conversations } conversations
    }
diff-payments-line = { $count ->
        [one] { $count } new payment
       *[other] { $count } new payments
    }

## Masked names: pseudonyms shown instead of personal details when masking is on
# { $number } is a number, or "?" for something never seen before.
mask-contact = Contact { $number }
mask-group = Group { $number }
mask-channel = Channel { $number }
mask-bot = Bot { $number }
# Someone paid or paying (WeChat Pay).
mask-counterparty = Counterparty { $number }
# Free text the user wrote (a bio, an about text), hidden.
mask-hidden = (hidden)

## Warnings: what went wrong in a source, shown with how many times ("3 × …")
warning-repaired-json = invalid JSON repaired
warning-invalid-utf8 = invalid UTF-8 replaced
warning-duplicate-key = duplicate key, last value kept
warning-skipped-record = unreadable record skipped
warning-missing-date = record without a date skipped
warning-unsupported-message = message the exporter marked unsupported
warning-truncated = file ends early; what came before was kept
warning-standard-time-offset = UTC offset is the standard one, also in summer time
warning-text-before-first-message = text before the first message skipped
warning-other-header-format = line in another date format, kept as text of the message before
warning-realigned-row = row with an unquoted comma in a text cell, re-aligned
warning-missing-page = a page the export links to is missing
# Where a warning's example is in the file and what it quotes ($detail: the file's own text).
warning-sample-record = record { $record } (byte { $byte }): { $detail }
warning-sample-byte = byte { $byte }: { $detail }
