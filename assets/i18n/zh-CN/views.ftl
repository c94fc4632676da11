# Footprint: the pages of the window (Overview, People, Contacts, Sessions & devices,
# Conversations, Activity, Payments, Findings, Compare).
# Platform names (Telegram, WhatsApp, WeChat) are never translated; they arrive as
# { $platform }. Numbers given as { $count } and similar arrive already written with
# the language's digit grouping. "·" separates parts of a line; keep it.

## Overview: what each platform holds

overview-intro = 各平台的导出数据掌握了你的哪些信息、有多敏感，以及缺少了什么。
# Section title; { $platform } is Telegram, WhatsApp or WeChat.
overview-platform-holds = { $platform } 掌握的信息
# In the count column of a category the export does not contain.
overview-category-none = 无
# Tooltip of a category's sensitivity marker. { $level } is High, Medium or Low;
# { $why } is a sentence explaining why.
overview-sensitivity-hover = 敏感程度：{ $level }。{ $why }
# A category the export lacks; { $hint } is a sentence saying how to get it.
overview-missing-with-hint = 此导出数据中没有。{ $hint }
overview-missing = 此导出数据中没有。
# Two exports of one account are loaded; { $old } and { $new } are the dates of the
# latest item in each (or overview-unknown-date).
overview-two-exports = 已加载此账号的两份导出数据（最新内容的日期分别为 { $old } 和 { $new }）：两者共有的消息、联系人、会话、地址和支付都只计一次，会话显示两者中较晚的最后活动时间。
# Stands in for a date in overview-two-exports.
overview-unknown-date = 未知日期
# Link to the Compare page.
overview-what-changed = 有哪些变化

## Overview: "Known to several companies"

overview-known-title = 多家公司都知道的人
# { $names } is a comma-separated list of names; { $count } how many more are not listed.
overview-known-names-more = { $names }，另有 { $count } 人
# { $count } people are on all three platforms; { $names } lists them.
overview-known-three = 有 { $count } 人同时出现在全部三个平台的数据中：{ $names }。
# { $count } people are on two of the three platforms; { $names } lists them.
overview-known-two = 有 { $count } 人同时出现在两个平台的数据中：{ $names }。
# Both of the above in one sentence: { $three } people on all three platforms
# ({ $three_names }), { $two } people on two ({ $two_names }).
overview-known-both = 有 { $three } 人同时出现在全部三个平台的数据中：{ $three_names }；有 { $two } 人出现在其中两个平台的数据中：{ $two_names }。
# Link to the People page.
overview-see-people = 查看人物

## Overview: "What you can do" (the most severe findings)

overview-what-you-can-do = 你可以怎么做
# Before a finding's title: the platform it is about.
overview-finding-platform = { $platform }：
# Link to the Findings page when more findings exist than the Overview lists ($count is 5 or more).
overview-all-findings = 查看全部 { $count } 项发现及应对方法
# Link to the Findings page when the Overview lists them all.
overview-what-to-do = 查看应对方法

## Overview: sources read

# Section title; { $count } is the number of files and folders read.
overview-sources = 来源文件（{ $count }）
# Stands in for a file's path when personal details are masked; { $number } is 1, 2, 3 …
overview-source-masked = 来源文件 { $number }
overview-source-records = { $count } 条记录
overview-no-warnings = 无警告
overview-source-warnings = { $count } 条警告
# Button next to a source (keep short).
overview-remove = 移除
overview-remove-hover = 从列表中移除此来源文件

## Overview: whose messages are "yours" in a source

# How the owner was decided, said instead of the explanation when personal details are masked.
overview-owner-basis-export = 导出数据中已注明
overview-owner-basis-inferred = 根据聊天内容推断
overview-owner-basis-chosen = 由你选择
overview-owner-basis-unknown = 没有信息表明你是谁
# { $name } is the owner's name, shown in bold.
overview-you-are = 你是 { $name }
overview-owner-none = 你在这里没有发送任何消息：所有消息都算作收到的
overview-owner-unknown = 所有者未知：这里的消息既不算你发送的，也不算收到的
# { $how } explains how the owner was decided, e.g. "chosen by you".
overview-owner-how = （{ $how }）
# Menu button to choose who you are (keep short).
overview-owner-change = 更改…
overview-owner-question = 在这份导出数据中，你是谁？
# A choice in the menu: { $name } writes { $count } messages in the source.
overview-owner-choice = { $name } · { $count } 条消息
# Below the menu's list when it is cut; "--me" is a command-line option: keep it as is.
overview-owner-more = …另有 { $count } 人（请在命令行中使用 --me）
overview-owner-nobody = 都不是：我在这里没有发送任何消息
overview-owner-decide-again = 重新根据导出数据判断

## Overview: problems

overview-problems = 问题
# A file that could not be read: { $path } and the error { $message }.
overview-problem-error = { $path }：{ $message }
# A file Footprint does not recognise: { $path }, and { $reason } (a sentence).
overview-problem-unrecognised = { $path }：无法识别。{ $reason }
# Button that hides the problems (keep short).
overview-dismiss = 关闭

## Overview: how a chat's dates were read

# Orders of day, month and year in a chat's dates; used inside the messages below.
overview-date-order-dmy = 日/月/年
overview-date-order-mdy = 月/日/年
overview-date-order-ymd = 年/月/日
# Why the dates were read in that order; used as { $why } below.
overview-date-order-evidence = 根据日期本身判断
overview-date-order-guess = 根据聊天语言推测：日期本身无法判断
overview-date-order-choice = 由你选择
# { $order } is one of the orders above, { $why } one of the reasons above.
overview-dates-read-as = 日期按 { $order } 读取（{ $why }）。
overview-dates-no-year = 日期中没有年份：年份根据文件日期往前推算。
# Button; { $order } is one of the orders above.
overview-read-as = 按 { $order } 读取
overview-read-as-hover = 按此顺序重新读取这段聊天

## People

# { $count } people in all; { $two } known to two companies, { $three } to all three.
people-summary = 你的导出数据中共有 { $count } 人 · { $two } 人为两家公司所知，{ $three } 人为全部三家公司所知。
people-how-joined = 凡是共用同一个电话号码（无论写法如何）、同一个 Telegram 或微信 ID，或在同一平台上名字相同的，都算作同一个人；仅凭名字不会把两个平台上的人合并，除非你确认。
people-everyone = 所有人
# Hint in the empty search box.
people-search = 搜索名字和号码
# Column headers of the people table, and their tooltips.
people-col-name = 名字
people-col-name-hint = 点击名字，查看各平台掌握的关于此人的全部信息
people-col-platforms = 平台
people-col-platforms-hint = 数据中包含此人的平台
people-col-address-books = 通讯录
people-col-address-books-hint = 通讯录（联系人列表）中有此人的平台
people-col-frequent = 常用
people-col-frequent-hint = Telegram 的“常用联系人”评分
people-col-you-sent = 你发送
people-col-you-sent-hint = 你在与对方的私聊中发送的消息（悬停可查看各平台数量）
people-col-they-sent = 对方发送
people-col-they-sent-hint = 对方在所有聊天中发送的消息（悬停可查看各平台数量）
people-col-groups = 群组
people-col-groups-hint = 你们都在、且对方在其中发过言的群组
people-col-first = 首次
people-col-first-hint = 你们之间的第一条消息
people-col-last = 最后
people-col-last-hint = 你们之间的最后一条消息
# Tooltip line of the message counts: { $count } messages on { $platform }.
people-per-platform = { $platform }：{ $count }
# Someone whose name the exports do not give.
people-no-name = （无名字）
# Title of the window about one person; { $name } is their name.
people-window-title = { $name } 在各平台的信息
people-same-title = 是同一个人吗？
people-same-explain = 这些人在不同平台上名字相同，但没有共同的号码或 ID。只有在你确定他们是同一个人时，才把他们合并。
# { $a } and { $b } are names; { $a_platforms } and { $b_platforms } the platforms each is on.
people-same-pair = { $a }（{ $a_platforms }）和 { $b }（{ $b_platforms }）
# Button (keep short).
people-same-button = 是同一人
people-same-hover = 将他们算作同一个人（直到关闭 Footprint）
# Below a cut list: { $count } more not listed.
people-more = …另有 { $count } 人
# Labels in the window about one person.
people-phones = 电话号码
people-names = 名字
people-ids = ID
people-in-address-book = 在通讯录中
people-yes = 是
people-no = 否
people-frequent-rating = 常用联系人评分
people-you-sent = 你发送的消息
people-they-sent = 对方发送的消息
# { $first } and { $last } are date and time of the first and last message between you;
# { $count } the groups you share.
people-first-last = 第一条消息 { $first } · 最后一条 { $last } · { $count } 个共同群组

## Contacts

# { $count } contacts in the address books; { $frequent } in Telegram's frequent-contacts ranking.
contacts-summary = 各平台通讯录中共有 { $count } 个联系人 · Telegram 常用联系人排名中有 { $frequent } 个。
contacts-address-book = 通讯录
# Hint in the empty search box.
contacts-search = 搜索名字和号码
contacts-col-name = 名字
contacts-col-phone = 电话
contacts-col-platform = 平台
# When the contact was added to the address book.
contacts-col-added = 添加时间
# A contact whose name the export does not give.
contacts-no-name = （无名字）

## Sessions & devices

# { $apps }: sessions of the platform's apps; { $websites }: websites you logged in to with
# the platform's account; { $ips }: IP addresses; { $logins }: login notifications.
sessions-summary = { $apps } 个应用会话，用平台账号登录的 { $websites } 个网站，{ $ips } 个 IP 地址，来自通知的 { $logins } 次登录。
sessions-map-note = 国家/地区是指该地址目前的注册地（使用内置数据库，离线查询），可能与该地址被使用时的所在地不同。数据库无法定位的地址（私有、保留或示例地址段）会显示在导出数据给出的国家/地区（如有）。
sessions-all = 所有会话
sessions-col-device = 设备
sessions-col-app = 应用
sessions-col-system = 系统
sessions-col-ip = IP 地址
sessions-col-place = 地点
sessions-col-created = 创建时间
sessions-col-last-active = 最后活动
# A session of a website you logged in to with the platform; { $website } is its name.
sessions-website = { $website }（网站）
sessions-ip-title = IP 地址
# Hint in the empty search box.
sessions-ip-search = 搜索地址和地点
# First choice of the country filter.
sessions-all-countries = 所有国家/地区
# Above the IP table; { $database } names the bundled IP database and its date. The two
# quoted names are column headers of the table (sessions-col-registered, sessions-col-export-says).
sessions-ip-note = “注册地”是该地址段目前的注册地（内置数据库：{ $database }；不联网查询），可能与该地址被使用时的所在地不同；“导出数据所示”是导出数据本身给出的国家/地区。
sessions-col-address = 地址
sessions-col-seen = 出现次数
sessions-col-seen-hint = 导出数据中提到它的次数
sessions-col-where-seen = 出现位置
sessions-col-first = 首次
sessions-col-last = 最后
sessions-col-registered = 注册地
sessions-col-registered-hint = 根据内置数据库，该地址段目前所属的国家/地区
sessions-col-export-says = 导出数据所示
sessions-col-export-says-hint = 导出数据为它给出的国家/地区
sessions-col-places = 地点
sessions-logins = 来自通知的登录
sessions-col-time = 时间
sessions-col-location = 位置
# What a country or place reads as when hidden.
sessions-hidden = （已隐藏）
# Before two buttons: sessions-map-by-ips and sessions-map-by-logins.
sessions-map-by = 地图着色依据
sessions-map-by-ips = IP 地址
sessions-map-by-logins = 登录次数
# Checkbox, shown while personal details are masked.
sessions-hide-countries = 同时隐藏国家/地区
sessions-hide-countries-hover = 隐藏个人信息时，地址和名字会被隐藏，但国家/地区会保留，因为它们不属于个人信息。勾选后，地图、国家/地区和地点也会一并隐藏。

## Sessions & devices: the device cards

sessions-devices = 已登录的设备和网站
# { $months } is how long a session must be unused to count as idle.
sessions-devices-note = 最近活动的排在最前。“…前”从今天算起；如果导出时某个会话已超过 { $months } 个月未使用，即视为闲置会话。
# A device the export gives no name.
sessions-unnamed-device = （未命名设备）
# Marks the most recently active device (keep short).
sessions-most-recent = 最近使用
# Labels on a device card.
sessions-card-app = 应用
sessions-card-system = 系统
sessions-card-first-active = 首次活动
sessions-card-last-active = 最后活动
sessions-card-last-address = 最后使用的地址
# After an address: the country its block is registered in; { $country } is a country name.
sessions-registered = 注册地：{ $country }
sessions-ended = 已结束：此账号较新的导出数据中已不再列出此会话。
# { $span } is a duration such as "5 months"; { $hint } a sentence saying where to end
# the session (one of sessions-end-*).
sessions-idle = 导出时已有 { $span }未使用，但导出数据仍显示其处于登录状态。{ $hint }
# Where to end a session; "›" separates the steps of a path through the app's menus.
sessions-end-telegram-web = 在 Telegram 中结束它：设置 › 隐私和安全 › 已登录的网站。
sessions-end-telegram = 在 Telegram 中结束它：设置 › 设备 › 终止会话。
sessions-end-whatsapp = 在 WhatsApp 中结束它：设置 › 已关联的设备。
sessions-end-wechat = 在微信中结束它：我 › 设置 › 账号与安全 › 登录设备管理。
# { $date } is a day.
sessions-when-today = { $date }（今天）
# { $date } is a day, { $span } how long ago, such as "2 years".
sessions-when-ago = { $date }（{ $span }前）

## Conversations

# The parts of conversations-summary's list: how many conversations of each kind.
conversations-kind-personal = { $count } 个私聊
conversations-kind-group = { $count } 个群组
conversations-kind-channel = { $count } 个频道
conversations-kind-bot = { $count } 个机器人
conversations-kind-saved = { $count } 个收藏夹
# Conversations of no other kind.
conversations-kind-other = { $count } 个其他
# { $count } conversations in all; { $kinds } a comma-separated list of
# conversations-kind-* parts; { $left } how many of them you left.
conversations-summary = 共 { $count } 个对话（{ $kinds }），其中 { $left } 个已退出。多份导出数据中都有的对话只计一次。
conversations-all = 所有对话
# Hint in the empty search box.
conversations-search = 搜索名称和类型
# Column headers of the conversations table, and their tooltips.
conversations-col-name = 名称
conversations-col-platform = 平台
conversations-col-kind = 类型
conversations-col-messages = 消息数
conversations-col-messages-hint = 由人发送的消息
conversations-col-service = 系统事件
conversations-col-service-hint = 加入、退出、通话、群组变更…
conversations-col-sources = 来源文件
conversations-col-sources-hint = 已加载的导出数据中有几份包含此对话（将鼠标悬停在数字上可查看是哪几份）
conversations-col-first = 首次
conversations-col-first-hint = 最早的消息或事件
conversations-col-last = 最后
conversations-col-last-hint = 最新的消息或事件
# A conversation you left; { $kind } is its kind, e.g. "public group".
conversations-kind-left = { $kind } · 已退出

## Activity

# Label before the platform checkboxes.
activity-platforms = 平台
# Label before the conversation filter.
activity-conversation = 对话
activity-all-conversations = 所有对话
# A choice of the conversation filter: { $name } on { $platform }, with { $count } messages.
activity-conversation-choice = { $name } · { $platform }（{ $count } 条消息）
# Label before the choices day, week, month, year (messages per …).
activity-per = 按
activity-time-zone = 时区
activity-time-zone-note = 如果导出数据使用绝对时间（Telegram JSON），可以换成其他时区显示；其他导出数据保持原样。
activity-how-to-read = 如何解读
activity-how-to-read-text = 这里只统计由人发送的消息，不含系统事件。“你发送的”是指导出数据所属账号发送的消息；如果导出数据没有说明所属账号，其中的消息会单独显示为“所有者未知”。

## Payments (WeChat Pay bills; amounts are in yuan)

# { $count } transactions; { $spent } and { $received } are amounts such as ¥1,234.50.
payments-summary = { $count } 笔交易 · 支出 { $spent } · 收入 { $received }
# As payments-summary, with { $range }: the first and last day of the bills.
payments-summary-range = { $count } 笔交易 · 支出 { $spent } · 收入 { $received } · { $range }
payments-transactions = 交易记录
# Hint in the empty search box.
payments-search = 搜索交易对方、商品、类型
# Column headers of the transactions table (their tooltips are the bill's own Chinese
# column names and stay as they are).
payments-col-time = 时间
payments-col-time-hint = 按账单原样显示（北京时间）
payments-col-type = 类型
payments-col-counterparty = 交易对方
payments-col-goods = 商品
payments-col-direction = 收/支
payments-col-amount = 金额
payments-col-method = 支付方式
payments-col-status = 状态
# The direction of a payment: 支出 and 收入 are the bill's own words; keep them.
payments-expense = 支出
payments-income = 收入
# Neither spent nor received; "/" is how the bill writes it.
payments-neutral = 不计收支（/）

## Findings

findings-page-intro = 针对这些导出数据所显示的内容，你可以这样做：每项发现都会说明平台掌握了什么、如何在该平台上处理，以及在哪里查看。所有分析仅根据这些文件，在这台电脑上完成。
# { $count } findings of severity { $severity } (High, Medium or Low).
findings-page-severity-count = { $severity }：{ $count } 项
findings-page-none = 这些导出数据中没有需要你处理的问题。
findings-page-dismissed = 已忽略 { $count } 项发现，关闭 Footprint 之前不再显示。
# Button (keep short).
findings-page-show-again = 重新显示
# Before what to do about a finding.
findings-page-what-to-do = 怎么做：
# Link to the page that shows a finding; { $page } is the page's name, e.g. Sessions & devices.
findings-page-see = 查看“{ $page }”
# Button (keep short).
findings-page-dismiss = 忽略
findings-page-dismiss-hover = 在关闭 Footprint 之前隐藏此项发现

## Compare: two exports of one account

compare-intro = 已加载同一账号的两份导出数据。在其他页面中，两者共有的内容只计一次；这里显示两者之间的变化。
compare-none = 未加载同一账号的两份导出数据。
# Stands in for the account's name when personal details are masked (inside compare-title).
compare-one-account = 同一账号
# Section title; { $account } is the account (a name, a number or compare-one-account).
compare-title = { $platform }：两份导出数据（{ $account }）
# Stands in for an export's files when personal details are masked; { $number } is 1 or 2.
compare-export-masked = 导出数据 { $number }
# { $earlier } and { $later } are the files of each export; { $earlier_date } and
# { $later_date } the days of their latest items (or compare-unknown-date).
compare-sides = 较早：{ $earlier }（最新内容 { $earlier_date }） · 较晚：{ $later }（最新内容 { $later_date }）
compare-unknown-date = 未知日期
# Titles of the collapsible tables.
compare-new-sessions = 新会话
compare-ended-sessions = 已结束的会话
compare-new-ips = 新 IP 地址
compare-contacts-added = 新增的联系人
compare-contacts-removed = 移除的联系人
compare-conversations-joined = 加入的对话
compare-conversations-left = 退出的对话
compare-new-messages = 各对话的新消息
compare-new-payments = 新增的支付
# A table's title with its number of rows: { $title } is one of the titles above.
compare-table-title = { $title }（{ $count }）
# Column headers.
compare-col-device = 设备或网站
compare-col-app = 应用
compare-col-kind = 类型
compare-col-created = 创建时间
compare-col-last-active = 最后活动
compare-col-address = 地址
compare-col-registered = 注册地
compare-col-name = 名字
compare-col-phone = 电话
compare-col-conversation = 对话
# How a conversation was left.
compare-col-how = 退出方式
compare-col-messages = 消息数
compare-col-time = 时间
compare-col-counterparty = 交易对方
compare-col-amount = 金额
compare-col-direction = 收/支
# Kinds of sessions.
compare-session-app = 应用
compare-session-web = 网页
# An address in no country: in a private or reserved range, or not in the database.
compare-country-private = 私有地址
compare-country-unknown = 未知
# Kinds of conversations.
compare-kind-personal = 私聊
compare-kind-group = 群组
compare-kind-channel = 频道
compare-kind-bot = 机器人
compare-kind-saved = 收藏夹
compare-kind-other = 其他
# How a conversation was left: the later export says so.
compare-marked-left = 标记为已退出
# Directions of payments.
compare-expense = 支出
compare-income = 收入
compare-neutral = 不计收支
# Below a cut table: { $shown } rows shown of { $count }; "footprint diff --json" is a
# command: keep it as is.
compare-more-rows = 仅列出前 { $shown } 行，共 { $count } 行；footprint diff --json 可列出全部。
