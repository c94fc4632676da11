### Findings: what a person can do about their footprint. Shown on the Findings page, on
### the Overview, in the HTML report and by `footprint findings`.
### Each finding has a title (one sentence: what the export shows), evidence lines (the
### numbers behind it) and an action (how to act on that platform).
### { $platform } is always a platform name: Telegram, WhatsApp or WeChat (not translated).
### Menu paths (Settings › Devices …) name the platform's own menus: use the names the
### platform's app shows in your language where you know them. Chinese menu names in
### brackets are WeChat's own and stay as they are.

## Severity (how much a finding matters), shown as a coloured label: keep short
finding-severity-high = high
finding-severity-medium = medium
finding-severity-low = low

## Shared pieces of evidence lines
# A day and how long ago it was: { $date } is a date, { $span } a duration such as
# "2 years" (see span-days, span-months, span-years).
finding-date-ago = { $date } ({ $span } ago)
# The last evidence line when there are more than the list shows.
finding-more = and { $count } more

## Idle sessions: devices still logged in but unused for half a year
# { $months } is 6.
finding-idle-sessions-title = { $count ->
        [one] { $count } device idle for more than { $months } months is still logged in to { $platform }
       *[other] { $count } devices idle for more than { $months } months are still logged in to { $platform }
    }
# { $device } names the session (device model and app), { $date } is a date, { $span } a
# duration such as "2 years".
finding-idle-sessions-evidence = { $device }: last active { $date }, unused for { $span } when the export was made
# The same, for a session with no date at all.
finding-idle-sessions-evidence-never = { $device }: last active never, unused for { $span } when the export was made
finding-idle-sessions-action-telegram = In Telegram: Settings › Devices, tap each session you no longer use › Terminate Session. Under "Automatically terminate old sessions" choose how long an idle session may stay.
finding-idle-sessions-action-whatsapp = In WhatsApp: Settings › Linked devices, tap each device you no longer use › Log out.
finding-idle-sessions-action-wechat = In WeChat: Me › Settings › Account Security › Login Devices (我 › 设置 › 账号与安全 › 登录设备管理), remove the devices you no longer use.

## Active websites: websites and bots logged in with the account
finding-active-websites-title = { $count ->
        [one] { $count } website is logged in with your { $platform } account
       *[other] { $count } websites are logged in with your { $platform } account
    }
# Some of them are idle: { $idle } of { $count } unused for more than { $months } (6) months.
finding-active-websites-title-unused = { $count ->
        [one] { $count } website is logged in with your { $platform } account, unused for more than { $months } months
       *[other] { $count } websites are logged in with your { $platform } account, { $idle } of them unused for more than { $months } months
    }
# { $site } is the website (or device and app), { $date } a date or "–" when unknown.
finding-active-websites-evidence = { $site }: last used { $date }
finding-active-websites-action-telegram = In Telegram: Settings › Privacy and Security › Active Websites, Disconnect the ones you no longer use (or Disconnect All Websites).
# For platforms other than Telegram.
finding-active-websites-action-other = Log out of the site from the platform's settings, under its devices or authorised apps.

## Address book: the contacts the platform holds
finding-address-book-title-telegram = { $count ->
        [one] Telegram holds { $count } contact from your address book
       *[other] Telegram holds { $count } contacts from your address book
    }
finding-address-book-title-whatsapp = { $count ->
        [one] WhatsApp holds { $count } number from your phone's address book
       *[other] WhatsApp holds { $count } numbers from your phone's address book
    }
finding-address-book-title-wechat = { $count ->
        [one] WeChat holds your friends list: { $count } contact
       *[other] WeChat holds your friends list: { $count } contacts
    }
finding-address-book-entries = { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }
finding-address-book-oldest = the oldest added on { $date }
finding-address-book-action-telegram = In Telegram: Settings › Privacy and Security › Data Settings, turn off Sync Contacts, then tap Delete Synced Contacts.
finding-address-book-action-whatsapp = WhatsApp reads your address book while it has the Contacts permission. Android: Settings › Apps › WhatsApp › Permissions › Contacts › Don't allow. iPhone: Settings › Privacy & Security › Contacts, turn off WhatsApp. WhatsApp offers no button to delete what it already has.
finding-address-book-action-wechat = In WeChat, delete friends you no longer talk to (their profile › ··· › Delete), and under Me › Settings › Privacy choose how people may add you (by mobile number, WeChat ID, group or QR code).

## Frequent contacts: Telegram's rating of whom you talk to most
finding-frequent-contacts-title = { $count ->
        [one] Telegram rates whom you talk to most: { $count } person or chat ranked
       *[other] Telegram rates whom you talk to most: { $count } people and chats ranked
    }
finding-frequent-contacts-evidence = { $count } rated (people, groups, bots and channels)
finding-frequent-contacts-action = In Telegram: Settings › Privacy and Security › Data Settings, turn off Suggest Frequent Contacts; this also deletes the ratings.

## IP addresses the platform keeps
finding-ip-addresses-title = { $count ->
        [one] { $platform } knows { $count } IP address of yours
       *[other] { $platform } knows { $count } IP addresses of yours
    }
# { $count } addresses, registered in { $countries } countries.
finding-ip-addresses-title-countries = { $platform } knows { $count ->
        [one] { $count } IP address
       *[other] { $count } IP addresses
    } of yours in { $countries ->
        [one] { $countries } country
       *[other] { $countries } countries
    }
finding-ip-addresses-count = { $count ->
        [one] { $count } address
       *[other] { $count } addresses
    }
# { $countries } is a list of country codes with counts: "DE (2), US (1)".
finding-ip-addresses-registered = registered in { $countries }
# { $when } is a date with how long ago it was: "Feb 11, 2024 (2 years ago)".
finding-ip-addresses-oldest = the oldest seen { $when }
finding-ip-addresses-action-telegram = Telegram keeps addresses for security and offers no way to delete them one by one. Ending sessions you don't use (Settings › Devices) stops them adding more; a proxy (Settings › Data and Storage › Proxy) or a VPN keeps your address from Telegram in future.
finding-ip-addresses-action-whatsapp = WhatsApp offers no way to delete the addresses it logged. A VPN keeps your address from it in future; Settings › Privacy › Advanced › Protect IP address in calls hides it from the people you call.
finding-ip-addresses-action-wechat = WeChat offers no way to delete the addresses it logged. A VPN keeps your address from it in future.

## Quiet groups: groups and channels you have not written in for years
# All of them are groups. { $years } is 2.
finding-quiet-groups-title-groups = { $count ->
        [one] You are still in { $count } group on { $platform } where you had not written for { $years } years before the export
       *[other] You are still in { $count } groups on { $platform } where you had not written for { $years } years before the export
    }
# All of them are channels.
finding-quiet-groups-title-channels = { $count ->
        [one] You are still in { $count } channel on { $platform } where you had not written for { $years } years before the export
       *[other] You are still in { $count } channels on { $platform } where you had not written for { $years } years before the export
    }
# Some groups, some channels.
finding-quiet-groups-title-mixed = { $count ->
        [one] You are still in { $count } group or channel on { $platform } where you had not written for { $years } years before the export
       *[other] You are still in { $count } groups and channels on { $platform } where you had not written for { $years } years before the export
    }
# { $name } is the group's or channel's name, { $date } a date.
finding-quiet-groups-last-wrote = { $name }: you last wrote on { $date }
# { $kind } is the kind of conversation ("public group", "channel").
finding-quiet-groups-never-wrote = { $name }: you never wrote ({ $kind })
finding-quiet-groups-action-telegram = Leave those you no longer follow: open it › the three-dot menu › Leave Group (or Leave Channel). Other members keep seeing your old messages after you leave; delete them first if you want them gone.
finding-quiet-groups-action-whatsapp = Leave those you no longer follow: open the group › the three-dot menu › More › Exit group. Members keep seeing your number until you leave.
finding-quiet-groups-action-wechat = Leave those you no longer follow: open the group › ··· › Delete and Leave (删除并退出).

## Bots you wrote to once or not at all
finding-bots-once-title = { $count ->
        [one] { $count } bot you talked to once still has your chat
       *[other] { $count } bots you talked to once still have your chat
    }
# { $name } is the bot's name; { $sent } messages from you out of { $total } in the chat.
finding-bots-once-evidence = { $sent ->
        [one] { $name }: { $sent } message from you, { $total } in all
       *[other] { $name }: { $sent } messages from you, { $total } in all
    }
finding-bots-once-action = A bot keeps what you sent it, with your name, username and language. Open the bot › the three-dot menu › Block (Stop and block bot), then Delete Chat.

## Recurring payments: subscriptions and automatic deductions (WeChat Pay)
finding-recurring-payments-title = { $count ->
        [one] { $count } counterparty is paid at a regular interval
       *[other] { $count } counterparties are paid at a regular interval
    }
# { $name } is who was paid, { $every } how often (finding-every-…), { $total } an amount
# of money ("¥60.00").
finding-recurring-payments-evidence = { $count ->
        [one] { $name }: { $count } payment { $every }, { $total } in all
       *[other] { $name }: { $count } payments { $every }, { $total } in all
    }
finding-recurring-payments-action = Check what is deducted automatically: WeChat › Me › Services › Wallet › Payment Settings › Automatic Deductions (我 › 服务 › 钱包 › 支付设置 › 自动续费), and cancel what you no longer want.
# How often a payment recurs, placed after "4 payments".
finding-every-week = every week
finding-every-two-weeks = every 2 weeks
finding-every-month = every month
finding-every-three-months = every 3 months
finding-every-year = every year
finding-every-days = every { $count } days

## Top counterparties: whom you paid most
# { $percent } is a whole number; { $count } is 1, 2 or 3.
finding-top-counterparties-title = { $count ->
        [one] { $percent } % of your spending went to one counterparty
       *[other] { $percent } % of your spending went to { $count } counterparties
    }
# { $name } is who was paid, { $amount } an amount of money ("¥70.00").
finding-top-counterparties-evidence = { $count ->
        [one] { $name }: { $amount } in { $count } payment
       *[other] { $name }: { $amount } in { $count } payments
    }
finding-top-counterparties-action = WeChat Pay keeps every payment with whom you paid, and bills cannot be deleted. Paying these another way keeps future payments out of this record.

## Night payments: payments made between midnight and 5 in the morning
# { $end } is a time of day ("05:00").
finding-night-payments-title = { $count ->
        [one] { $count } payment was between 00:00 and { $end }
       *[other] { $count } payments were between 00:00 and { $end }
    }
# { $night } of all { $count } payments, { $percent } a whole number.
finding-night-payments-share = { $count ->
        [one] { $night } of { $count } payment you made ({ $percent } %)
       *[other] { $night } of { $count } payments you made ({ $percent } %)
    }
finding-night-payments-latest = the latest on { $date }
finding-night-payments-action = Night-time payments tell WeChat when you are awake and where you are at night. There is nothing to switch off; check the bill for payments you do not recognise: Me › Services › Wallet › Bills.

## Missing: what the export did not include
# { $categories } is a list of category names ("Contacts, Identity"; see inventory-…).
finding-missing-title = The { $platform } export did not include: { $categories }
# { $category } is one category name.
finding-missing-evidence = { $category }: none in the loaded files
