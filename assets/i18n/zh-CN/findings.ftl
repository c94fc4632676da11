### Findings: what a person can do about their footprint. Shown on the Findings page, on
### the Overview, in the HTML report and by `footprint findings`.
### Each finding has a title (one sentence: what the export shows), evidence lines (the
### numbers behind it) and an action (how to act on that platform).
### { $platform } is always a platform name: Telegram, WhatsApp or WeChat (not translated).
### Menu paths (Settings › Devices …) name the platform's own menus: use the names the
### platform's app shows in your language where you know them. Chinese menu names in
### brackets are WeChat's own and stay as they are.

## Severity (how much a finding matters), shown as a coloured label: keep short
finding-severity-high = 高
finding-severity-medium = 中
finding-severity-low = 低

## Shared pieces of evidence lines
# A day and how long ago it was: { $date } is a date, { $span } a duration such as
# "2 years" (see span-days, span-months, span-years).
finding-date-ago = { $date }（{ $span }前）
# The last evidence line when there are more than the list shows.
finding-more = 另有 { $count } 项

## Idle sessions: devices still logged in but unused for half a year
# { $months } is 6.
finding-idle-sessions-title = 有 { $count } 台设备已超过 { $months } 个月未使用，却仍登录着你的 { $platform } 账号
# { $device } names the session (device model and app), { $date } is a date, { $span } a
# duration such as "2 years".
finding-idle-sessions-evidence = { $device }：最后活动于 { $date }，导出时已有 { $span }未使用
# The same, for a session with no date at all.
finding-idle-sessions-evidence-never = { $device }：没有活动记录，导出时已有 { $span }未使用
finding-idle-sessions-action-telegram = 在 Telegram 中：设置 › 设备，点按每个不再使用的会话 › 终止会话。在“自动终止旧会话”中，设定闲置会话最长可以保留多久。
finding-idle-sessions-action-whatsapp = 在 WhatsApp 中：设置 › 已关联的设备，点按每台不再使用的设备 › 登出。
finding-idle-sessions-action-wechat = 在微信中：我 › 设置 › 账号与安全 › 登录设备管理，删除不再使用的设备。

## Active websites: websites and bots logged in with the account
finding-active-websites-title = 有 { $count } 个网站仍通过你的 { $platform } 账号保持登录
# Some of them are idle: { $idle } of { $count } unused for more than { $months } (6) months.
finding-active-websites-title-unused = 有 { $count } 个网站仍通过你的 { $platform } 账号保持登录，其中 { $idle } 个已超过 { $months } 个月未使用
# { $site } is the website (or device and app), { $date } a date or "–" when unknown.
finding-active-websites-evidence = { $site }：最后使用于 { $date }
finding-active-websites-action-telegram = 在 Telegram 中：设置 › 隐私和安全 › 已登录的网站，对不再使用的网站点按“断开连接”（或点按“断开所有网站”）。
# For platforms other than Telegram.
finding-active-websites-action-other = 在该平台的设置中找到设备或已授权的应用，从那里退出该网站的登录。

## Address book: the contacts the platform holds
finding-address-book-title-telegram = Telegram 保存着你通讯录中的 { $count } 个联系人
finding-address-book-title-whatsapp = WhatsApp 保存着你手机通讯录中的 { $count } 个号码
finding-address-book-title-wechat = 微信保存着你的好友列表：{ $count } 个联系人
finding-address-book-entries = { $count } 条记录
finding-address-book-oldest = 最早的一条添加于 { $date }
finding-address-book-action-telegram = 在 Telegram 中：设置 › 隐私和安全 › 数据设置，关闭“同步联系人”，然后点按“删除已同步的联系人”。
finding-address-book-action-whatsapp = 只要 WhatsApp 拥有通讯录权限，就会读取你的通讯录。Android：设置 › 应用 › WhatsApp › 权限 › 通讯录 › 不允许。iPhone：设置 › 隐私与安全性 › 通讯录，关闭 WhatsApp。对于已经获取的内容，WhatsApp 没有提供删除按钮。
finding-address-book-action-wechat = 在微信中删除不再联系的好友（对方的资料页 › ··· › 删除），并在“我 › 设置 › 朋友权限 › 添加我的方式”中选择别人可以通过哪些方式添加你（手机号、微信号、群聊或二维码）。

## Frequent contacts: Telegram's rating of whom you talk to most
finding-frequent-contacts-title = Telegram 会给你最常联系的对象打分：已有 { $count } 个人和聊天被列入排名
finding-frequent-contacts-evidence = 已评分 { $count } 个（包括人、群组、机器人和频道）
finding-frequent-contacts-action = 在 Telegram 中：设置 › 隐私和安全 › 数据设置，关闭“推荐常用联系人”；这样也会删除这些评分。

## IP addresses the platform keeps
finding-ip-addresses-title = { $platform } 知道你的 { $count } 个 IP 地址
# { $count } addresses, registered in { $countries } countries.
finding-ip-addresses-title-countries = { $platform } 知道你的 { $count } 个 IP 地址，分布在 { $countries } 个国家/地区
finding-ip-addresses-count = { $count } 个地址
# { $countries } is a list of country codes with counts: "DE (2), US (1)".
finding-ip-addresses-registered = 注册地：{ $countries }
# { $when } is a date with how long ago it was: "Feb 11, 2024 (2 years ago)".
finding-ip-addresses-oldest = 最早出现于 { $when }
finding-ip-addresses-action-telegram = Telegram 出于安全目的保留这些地址，且不提供逐条删除的方法。结束不用的会话（设置 › 设备）可以阻止它继续记录新的地址；使用代理（设置 › 数据和存储 › 代理）或 VPN，今后 Telegram 就无法得知你的真实地址。
finding-ip-addresses-action-whatsapp = WhatsApp 不提供删除已记录地址的方法。今后使用 VPN，它就无法得知你的真实地址；开启“设置 › 隐私 › 高级 › 在通话中保护 IP 地址”，可以对通话对象隐藏你的地址。
finding-ip-addresses-action-wechat = 微信不提供删除已记录地址的方法。今后使用 VPN，它就无法得知你的真实地址。

## Quiet groups: groups and channels you have not written in for years
# All of them are groups. { $years } is 2.
finding-quiet-groups-title-groups = 你仍在 { $platform } 的 { $count } 个群组中，但在导出前已有 { $years } 年没在里面发言
# All of them are channels.
finding-quiet-groups-title-channels = 你仍在 { $platform } 的 { $count } 个频道中，但在导出前已有 { $years } 年没在里面发言
# Some groups, some channels.
finding-quiet-groups-title-mixed = 你仍在 { $platform } 的 { $count } 个群组和频道中，但在导出前已有 { $years } 年没在里面发言
# { $name } is the group's or channel's name, { $date } a date.
finding-quiet-groups-last-wrote = { $name }：你最后一次发言是在 { $date }
# { $kind } is the kind of conversation ("public group", "channel").
finding-quiet-groups-never-wrote = { $name }：你从未发言（{ $kind }）
finding-quiet-groups-action-telegram = 退出你不再关注的群组和频道：打开它 › 右上角的三点菜单 › 退出群组（或退出频道）。退出后，其他成员仍能看到你以前发的消息；如果想让这些消息消失，请在退出前先删除。
finding-quiet-groups-action-whatsapp = 退出你不再关注的群组：打开群组 › 右上角的三点菜单 › 更多 › 退出群组。在你退出之前，群成员一直能看到你的电话号码。
finding-quiet-groups-action-wechat = 退出你不再关注的群聊：打开群聊 › 右上角的 ··· › 退出群聊（旧版本为“删除并退出”）。

## Bots you wrote to once or not at all
finding-bots-once-title = 有 { $count } 个你只对话过一次的机器人仍保存着你们的聊天
# { $name } is the bot's name; { $sent } messages from you out of { $total } in the chat.
finding-bots-once-evidence = { $name }：你发送了 { $sent } 条消息，聊天中共 { $total } 条
finding-bots-once-action = 机器人会保存你发给它的内容，以及你的名字、用户名和语言。打开机器人 › 右上角的三点菜单 › 屏蔽（“停止并屏蔽机器人”），然后删除聊天。

## Recurring payments: subscriptions and automatic deductions (WeChat Pay)
finding-recurring-payments-title = 你在定期向 { $count } 个交易对方付款
# { $name } is who was paid, { $every } how often (finding-every-…), { $total } an amount
# of money ("¥60.00").
finding-recurring-payments-evidence = { $name }：{ $every }付款，共 { $count } 笔，合计 { $total }
finding-recurring-payments-action = 查看哪些项目在自动扣费：微信 › 我 › 服务 › 钱包 › 支付设置 › 自动续费，取消不再需要的项目。
# How often a payment recurs, placed after "4 payments".
finding-every-week = 每周
finding-every-two-weeks = 每 2 周
finding-every-month = 每月
finding-every-three-months = 每 3 个月
finding-every-year = 每年
finding-every-days = 每 { $count } 天

## Top counterparties: whom you paid most
# { $percent } is a whole number; { $count } is 1, 2 or 3.
finding-top-counterparties-title = 你的支出中有 { $percent }% 流向了 { $count } 个交易对方
# { $name } is who was paid, { $amount } an amount of money ("¥70.00").
finding-top-counterparties-evidence = { $name }：共 { $count } 笔，合计 { $amount }
finding-top-counterparties-action = 微信支付会保存每一笔付款及收款方，账单无法删除。今后改用其他方式向这些对象付款，就不会再留在这份记录中。

## Night payments: payments made between midnight and 5 in the morning
# { $end } is a time of day ("05:00").
finding-night-payments-title = 有 { $count } 笔支付发生在 00:00 至 { $end } 之间
# { $night } of all { $count } payments, { $percent } a whole number.
finding-night-payments-share = 你的 { $count } 笔支付中有 { $night } 笔（{ $percent }%）
finding-night-payments-latest = 最近一笔在 { $date }
finding-night-payments-action = 夜间支付会让微信知道你夜里什么时候醒着、身在何处。这一点无法关闭；请检查账单中有没有你不认识的支付：我 › 服务 › 钱包 › 账单。

## Missing: what the export did not include
# { $categories } is a list of category names ("Contacts, Identity"; see inventory-…).
finding-missing-title = { $platform } 导出数据中没有：{ $categories }
# { $category } is one category name.
finding-missing-evidence = { $category }：已加载的文件中没有
