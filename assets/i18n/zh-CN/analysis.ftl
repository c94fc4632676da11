### Texts the analysis writes: what each platform holds (the Overview's inventory), how
### overlapping exports were merged, who "you" are in each export, what changed between
### two exports of one account, masked names, kinds of conversations and of IP addresses.
### They appear in the window, in saved chart images and in the HTML report.
### { $platform } is always a platform name: Telegram, WhatsApp or WeChat (not translated).

## Durations, placed inside sentences ("unused for 2 years", "2 years ago")
span-days = { $count } 天
span-months = { $count } 个月
span-years = { $count } 年
# An amount in yuan (Chinese currency): $amount is the number with its separators
# (31,622.34); the symbol goes where the language puts it.
yuan-amount = ¥{ $amount }

## Activity settings (the Activity view's controls and chart axes)
# The clock of the activity charts: the time as the export writes it, no conversion.
time-basis-as-exported = 导出数据中的原始时间
# Bucket sizes of the activity timeline (radio buttons and the chart's axis): keep short.
bucket-day = 日
bucket-week = 周
bucket-month = 月
bucket-year = 年

## Inventory: the categories of data each platform holds (Overview and report)
# Category names: the first column of the table, keep short.
inventory-identity = 身份
inventory-contacts = 联系人
inventory-sessions = 会话与设备
inventory-ip-addresses = IP 地址与地点
inventory-conversations = 对话
inventory-messages = 消息
inventory-payments = 支付
# Why each category matters, one sentence (shown when hovering its sensitivity).
inventory-identity-why = 你是谁：把这个账号与你本人联系起来的信息。
inventory-contacts-why = 你的通讯录：其中的人从未同意被上传。
inventory-sessions-why = 你在用哪些手机和电脑，从什么时候开始用。
inventory-ip-addresses-why = 你连接时身在何处。
inventory-conversations-why = 你和谁聊天，加入或退出了哪些群组和频道。
inventory-messages-why = 你什么时候醒着、什么时候忙碌、在和谁聊天：多年来的活动记录。
inventory-payments-why = 你买了什么、付钱给谁、在什么时候。
# How sensitive a category is, shown as a coloured label: keep short.
inventory-sensitivity-low = 低
inventory-sensitivity-medium = 中
inventory-sensitivity-high = 高
# What a category's count is made of.
inventory-contacts-detail = { $count } 条通讯录记录
# Telegram: { $frequent } of the contacts are rated as frequent. Keep the " · ".
inventory-contacts-detail-frequent = { $count } 条通讯录记录 · { $frequent } 个列入常用联系人排名
# { $app } app sessions, { $web } web sessions (websites logged in), { $devices } models
# of phones and computers. Keep the " · ".
inventory-sessions-detail = 应用 { $app } 个，网页 { $web } 个 · { $devices } 种设备型号
# Followed by " · " and a list of countries when the export names any.
inventory-ip-addresses-detail = { $count } 个地址
# { $conversations } is a count of one kind ("3 groups", see kind-…-count), { $left } how
# many of them were left.
inventory-kind-left = { $conversations }（{ $left } 个已退出）
# Messages written by people, service events (joined, left, pinned …), distinct writers.
inventory-messages-detail = { $messages } 条消息，{ $events } 个系统事件，{ $senders } 位发送者
# { $spent } and { $received } are amounts of money ("¥31,622.34").
inventory-payments-detail = 支出 { $spent }，收入 { $received }
# How to get a category the export lacks, shown after "Not in this export."
# Menu paths name the platform's own menus and options (in quotes): use the names the
# platform shows in your language where you know them.
inventory-hint-whatsapp-report-lists-none = 已加载的账号报告中也没有列出。
inventory-hint-telegram-sessions = 请重新导出，并勾选“活跃会话”和“其他数据”（两者默认都未勾选）。
inventory-hint-telegram-contacts = 请重新导出，并勾选“联系人列表”。
inventory-hint-telegram-identity = 请重新导出，并勾选“账号信息”。
inventory-hint-telegram-chats = 请勾选你需要的聊天类型（机器人聊天、公开群组和频道默认未勾选）。
inventory-hint-whatsapp-report = 申请账号报告：设置 › 账号 › 申请账号信息（大约 3 天后可以下载）。
inventory-hint-whatsapp-chats = 打开一个聊天 › 右上角的三点菜单 › 更多 › 导出聊天记录（每次导出一个聊天）。
# The Chinese menu path is WeChat's own: keep it as it is.
inventory-hint-wechat-payments = 我 › 服务 › 钱包 › 账单 › 常见问题 › 下载账单 › 用于个人对账（zip 压缩包的密码会通过微信支付的消息发送）。
# MemoTrace and WeFlow are names of programs.
inventory-hint-wechat-chats = 微信没有官方的聊天记录导出功能；MemoTrace、WeFlow 等工具生成的文件可以由 Footprint 读取。

## Kinds of conversations
# A count of conversations of one kind ("3 groups"), in lists such as
# "12 private chats, 3 groups (1 left)".
kind-personal-count = { $count } 个私聊
kind-group-count = { $count } 个群组
kind-channel-count = { $count } 个频道
kind-bot-count = { $count } 个机器人
# Telegram's "Saved Messages", the chat with yourself.
kind-saved-count = { $count } 个收藏夹
# Conversations of no other kind.
kind-other-count = { $count } 个其他
# The kind of one conversation, as the Conversations table and the report name it.
kind-label-private-chat = 私聊
kind-label-group = 群组
kind-label-private-group = 私有群组
kind-label-public-group = 公开群组
kind-label-channel = 频道
kind-label-private-channel = 私有频道
kind-label-public-channel = 公开频道
kind-label-bot = 机器人
kind-label-saved = 收藏夹
# WeChat's kinds of conversation, with WeChat's own Chinese word (kept in brackets
# where the language is not Chinese).
kind-label-wechat-group = 群聊
kind-label-wechat-official = 公众号
kind-label-wechat-wecom = 企业微信联系人
kind-label-wechat-system = 微信系统账号
kind-label-wechat-private = 私聊
# A conversation the export gives no type.
kind-label-other-not-given = 其他（未注明类型）
# { $kind } is the type as the export writes it ("replies").
kind-label-other = 其他：{ $kind }

## Sessions, IP addresses and payments: words inside tables and charts
# A session that names neither its device, its app nor a website.
topics-unknown-device = 未知设备
# A device, system, app, counterparty or payment method the export leaves empty (a bar of
# a chart, a row of a table).
topics-not-given = （未注明）
# Where an IP address was seen, in lists such as "session, login notice".
topics-origin-session = 会话
topics-origin-web-session = 网页会话
topics-origin-ip-history = IP 历史记录
topics-origin-account-change = 账号变更
# Telegram's login notifications ("New login from …").
topics-origin-login-notice = 登录通知

## Where an IP address is registered, when it is no country's
ip-place-unknown = 不在数据库中
ip-place-private-network = 私有网络
ip-place-loopback = 环回地址
ip-place-shared-carrier = 运营商共享网络（CGNAT）
ip-place-link-local = 链路本地地址
ip-place-documentation = 文档示例地址
ip-place-benchmarking = 基准测试地址
ip-place-protocol-assignment = 协议分配地址
ip-place-this-network = 本网络
ip-place-multicast = 组播地址
ip-place-reserved = 保留地址
ip-place-unspecified = 未指定地址
ip-place-translation = IPv4 转换地址

## Merged exports: a note under a platform's inventory when several exports overlap
# Items found in more than one export, counted once. Listed in overlap-merged-….
overlap-repeated-messages = { $count } 条重复的消息
overlap-repeated-payments = { $count } 笔重复的支付
overlap-repeated-contacts = { $count } 个重复的联系人
overlap-repeated-sessions = { $count } 个重复的会话
overlap-repeated-other = { $count } 条重复的 IP 地址记录或登录记录
# The last item of a list: { $head } is the items before it, joined with ", ".
overlap-list-and = { $head }和 { $last }
# { $list } lists the repeated items (overlap-repeated-…); { $total } is their sum.
overlap-merged-dropped = 已合并重叠的来源文件：共略去 { $total } 项重复内容（{ $list }）。
# { $conversations } conversations were found in several exports and count once.
overlap-merged-conversations = 已合并重叠的来源文件：有 { $conversations } 个对话出现在多份导出数据中，只计一次。
# Both of the above in one sentence.
overlap-merged-both = 已合并重叠的来源文件：有 { $conversations } 个对话出现在多份导出数据中，只计一次；另外共略去 { $total } 项重复内容（{ $list }）。
# Not normally shown (something was merged, but none of the above).
overlap-merged = 已合并重叠的来源文件。

## Who you are in an export: how it was decided (shown after "You are NAME", lower case,
## no final full stop)
owner-how-named-by-export = 由导出数据注明
# Where the export names you: $place is its own term (a section, field or folder, not
# translated), $exporter the tool that wrote a WeChat export (MemoTrace, WeFlow …).
owner-how-named-by-section = 导出数据的 { $place } 中已注明
owner-how-named-by-exporter = 由 { $exporter } 的 { $place } 注明
# A WeChat exporter marks the messages you sent.
owner-how-sent-by-me = 依据导出工具的“我发送的”标记
owner-how-identity-name = 依据导出数据个人信息中的名字
owner-how-account-information = 由导出数据的账号信息注明
owner-how-no-messages = 这里没有消息
owner-how-no-evidence = 导出数据中没有信息表明哪位发送者是你
owner-how-chosen = 由你选择
owner-how-chosen-none = 由你选择：你在这里没有发送任何消息，因此所有消息都算作收到的
# { $name } is the name the user chose.
owner-how-chosen-absent = 由你选择；{ $name } 在这里没有发送任何消息，因此所有消息都算作收到的
# { $count } chats of { $platform } are loaded, and one person writes in all of them.
owner-how-only-common-writer = 已加载的 { $count } 个 { $platform } 聊天中，只有此人在每个聊天里都发过消息
owner-how-name-in-other-export = 你在此平台另一份导出数据中的名字
# { $name } is the other person of a one-to-one chat.
owner-how-chat-named-after = 聊天以 { $name } 命名，因此你是另一位发送者
# WhatsApp's "Messages and calls are end-to-end encrypted" line.
owner-how-notice-under = 加密提示显示在 { $name } 名下，因此你是另一方
owner-how-account-number = 依据账号报告中的电话号码
# Added after the above, following "; ". Lines such as "You created group".
owner-how-second-person = { $count } 条以第二人称书写的系统消息（描述“你”做了什么）表明你在这个聊天中

## Two exports of one account: what changed (the Compare view, the report)
# What ties the two exports. { $id } is a Telegram user id (a number, shown as is).
diff-account-user-id = 用户 ID { $id }
diff-account-overlapping-bills = 有重叠的微信支付账单
# Why two exports cannot be compared. { $old } and { $new } are lists of platforms.
diff-no-common-platform = 较早的导出数据来自 { $old }，较晚的来自 { $new }：没有共同的平台
# { $old } and { $new } name the accounts ("user id 42", a phone number).
diff-different-accounts = 它们看起来是两个不同的 { $platform } 账号（{ $old } 和 { $new }）
# Section names: the first column of the summary, keep short.
diff-section-sessions = 会话与设备
diff-section-ips = IP 地址
diff-section-contacts = 联系人
diff-section-conversations = 对话
diff-section-messages = 消息
diff-section-payments = 支付
# { $new } sessions new in the later export, { $ended } gone from it; { $devices } device
# models new, { $gone } no longer listed.
diff-sessions-line = 新会话 { $new } 个，已结束 { $ended } 个；新设备型号 { $devices } 种，不再列出 { $gone } 种
# { $new } new IP addresses; { $countries } countries they are registered in that no
# earlier address was; { $named } countries the later export itself names that the
# earlier did not.
diff-ips-line = 新地址 { $new } 个；新增注册地国家/地区 { $countries } 个，较晚的导出数据新注明的国家/地区 { $named } 个
diff-contacts-line = 新增 { $added } 个，移除 { $removed } 个
diff-conversations-line = 加入 { $joined } 个，退出 { $left } 个
diff-messages-line = 较早的导出数据之后新增 { $messages } 条消息，分布在 { $conversations } 个对话中
diff-payments-line = 新增 { $count } 笔支付

## Masked names: pseudonyms shown instead of personal details when masking is on
# { $number } is a number, or "?" for something never seen before.
mask-contact = 联系人 { $number }
mask-group = 群组 { $number }
mask-channel = 频道 { $number }
mask-bot = 机器人 { $number }
# Someone paid or paying (WeChat Pay).
mask-counterparty = 交易对方 { $number }
# Free text the user wrote (a bio, an about text), hidden.
mask-hidden = （已隐藏）

## Warnings: what went wrong in a source, shown with how many times ("3 × …")
warning-repaired-json = 已修复无效的 JSON
warning-invalid-utf8 = 已替换无效的 UTF-8
warning-duplicate-key = 重复的键，保留最后一个值
warning-skipped-record = 已跳过无法读取的记录
warning-missing-date = 已跳过没有日期的记录
warning-unsupported-message = 导出工具标记为不支持的消息
warning-truncated = 文件提前结束；已保留之前的内容
warning-standard-time-offset = UTC 偏移为标准时间，夏令时也不例外
warning-text-before-first-message = 已跳过第一条消息之前的文本
warning-other-header-format = 另一种日期格式的行，作为上一条消息的文本保留
warning-realigned-row = 文本单元格中有未加引号的逗号的行，已重新对齐
warning-missing-page = 导出文件链接到的页面缺失
# Where a warning's example is in the file and what it quotes ($detail: the file's own text).
warning-sample-record = 第 { $record } 条记录（第 { $byte } 字节）：{ $detail }
warning-sample-byte = 第 { $byte } 字节：{ $detail }
