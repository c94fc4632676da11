## Views of the window (the navigation, headings, and the report's sections). Keep short.

topic-overview = 概览
topic-contacts = 联系人
topic-sessions = 会话与设备
topic-conversations = 对话
topic-activity = 活动
topic-payments = 支付
topic-people = 人物
# The page of things the user can act on (privacy findings).
topic-findings = 发现
# Two exports of one account, compared.
topic-compare = 比较

## Charts: shared texts
# Drawn in the middle of a saved chart image that has nothing to show.
chart-no-data = 已加载的导出数据中没有可用于此图表的数据
# Axis names and series names (lower case, as on a chart axis).
chart-axis-messages = 消息数
chart-axis-month = 月份
chart-axis-year = 年份
chart-axis-hour = 小时
chart-axis-date = 日期
chart-axis-people = 人数
chart-axis-sessions = 会话数
chart-axis-logins = 登录次数
chart-axis-contacts = 联系人数
chart-axis-conversations = 对话数
chart-axis-payments = 支付笔数
# Amounts of money in Chinese yuan (WeChat Pay).
chart-axis-yuan = 元
# Telegram's own score of how often you talk to someone.
chart-axis-rating = 评分

## Overview and People charts
chart-per-year-title = 各平台每年消息数
chart-people-platforms-title = 每个平台知道的人，以及还有谁知道
chart-people-platforms-one = 只有这个平台知道
chart-people-platforms-two = 另一个平台也知道
chart-people-platforms-three = 三个平台都知道
# $count: how many people the chart ranks (at most 20).
chart-people-top-title = 往来消息最多的前 { $count } 人
# $name: a person's name (or a pseudonym when masking).
chart-person-activity-title = 每月与 { $name } 的消息数

## Contacts charts
chart-contacts-added-title = 每月新增联系人
chart-contacts-frequent-title = Telegram 认为你联系最多的人
# A frequent contact of a category other than people. $name: a name; $category: one of the categories below.
chart-contacts-with-category = { $name }（{ $category }）
# Telegram's categories of frequent contacts, shown in brackets after a name: "Alice (calls)".
chart-contacts-category-calls = 通话
chart-contacts-category-inline-bots = 内联机器人

## Sessions charts
chart-sessions-devices-title = 按设备统计会话
chart-sessions-systems-title = 按操作系统统计会话
chart-sessions-apps-title = 按应用及版本统计会话
chart-sessions-countries-title = 按国家/地区统计会话
chart-logins-title = 登录次数随时间的变化（来自登录通知）
chart-sessions-timeline-title = 各会话从创建到最后活动的时间
# Legend entry of the session timeline: sessions of websites the user logged in to with the app.
chart-sessions-group-web = 已登录的网站
# Legend entry of the session timeline. $platform: Telegram, WhatsApp or WeChat.
chart-sessions-group-app = { $platform } 会话

## World map
map-title-addresses = 你的 IP 地址注册在哪里
map-title-logins = 你从哪里登录（来自登录通知）
# The map's colour key label.
map-key-addresses = IP 地址
map-key-logins = 登录次数
# Hover text of a country on the map: how many addresses are in it.
map-detail-addresses = { $count } 个地址
# Hover text of a country on the map: how many logins came from it.
map-detail-logins = { $count } 次登录
# After the first six addresses of a country in its hover text.
map-detail-more = 另有 { $count } 个
# $first, $last: dates.
map-detail-seen = 出现于 { $first } 至 { $last }

## Conversations charts
chart-conversations-kind-title = 按类型统计对话
# Series: conversations still in the export, and those the user has left.
chart-conversations-in-export = 仍在导出数据中
chart-conversations-left = 已退出
# $count: how many conversations the chart ranks (at most 20). "Saved Messages" is Telegram's name for notes to yourself.
chart-conversations-top-title = 消息最多的前 { $count } 个对话（不含“收藏夹”，即给自己的笔记）
chart-message-types-title = 各平台消息的内容类型
# Kinds of conversation (chart category labels).
chart-kind-personal = 私聊
chart-kind-group = 群组
chart-kind-channel = 频道
chart-kind-bot = 机器人
chart-kind-saved = 收藏夹
chart-kind-other = 其他
# What a message carries (chart category labels).
chart-content-unknown = 未注明类型
chart-content-text = 文字
chart-content-image = 照片/图片
chart-content-video = 视频
chart-content-voice = 语音/音频
chart-content-sticker = 贴纸
chart-content-gif = GIF
chart-content-file = 文件
chart-content-location = 位置
chart-content-contact = 名片
chart-content-link = 链接
chart-content-poll = 投票
chart-content-quote = 引用
chart-content-transfer = 转账
# WeChat's 红包, a gift of money in a red envelope.
chart-content-red-packet = 红包
# WeChat's 小程序.
chart-content-mini-program = 小程序
# A chat history forwarded as one message (WeChat).
chart-content-forwarded-chat = 聊天记录
# A post of WeChat Channels (视频号).
chart-content-channels = 视频号动态
chart-content-app = 应用消息
chart-content-call = 通话
chart-content-media = 媒体
chart-content-deleted = 已删除
chart-content-other = 其他

## Activity charts
# $scope: empty, or the filter chosen, written " · Telegram · Alice".
chart-activity-per-day = 每日消息数{ $scope }
chart-activity-per-week = 每周消息数{ $scope }
chart-activity-per-month = 每月消息数{ $scope }
chart-activity-per-year = 每年消息数{ $scope }
chart-axis-day = 日
chart-axis-week = 周
chart-activity-heatmap-title = 按星期和小时统计消息{ $scope }
# Axis of the heatmap. $basis: the clock the hours are on ("as written in the export", "UTC+8").
chart-activity-hour-axis = 小时（{ $basis }）
chart-activity-split-title = 你发送的与收到的消息{ $scope }
# Series and category names: messages you wrote, messages others wrote, and messages of an export whose owner is unknown.
chart-activity-yours = 你发送的
chart-activity-received = 收到的
chart-activity-owner-unknown = 所有者未知

## Payments charts
chart-payments-month-title = 每月支出与收入
# Series: money paid out, and money received.
chart-payments-spent = 支出
chart-payments-received = 收入
chart-payments-counterparties-title = 主要交易对方
chart-payments-methods-title = 按支付方式
chart-payments-types-title = 按交易类型
chart-payments-hour-title = 各时段支付笔数（北京时间）

## Saving charts (messages in the window)
# $path: a file.
chart-error-exists = { $path }：已存在（未覆盖）
# $path: a file; $error: the system's reason.
chart-error-write = { $path }：无法写入图片：{ $error }
# $title: the chart's title; $error: what went wrong.
chart-error-draw = 无法绘制图表“{ $title }”：{ $error }
# $path: a folder; $error: the system's reason.
chart-error-folder = { $path }：无法创建文件夹：{ $error }
# $files: the file names, joined with ", ".
chart-error-existing = { $count } 张图片已存在，未写入任何文件：{ $files }

## The HTML report (Save report…, footprint report)
# The browser tab's title. $made: date and time it was made.
report-page-title = Footprint 报告，{ $made }
report-heading = 你的聊天应用掌握了你的哪些信息
# $platforms: "Telegram, WeChat"; $made: date and time; $count: number of sources (files read).
report-intro = 这份 Footprint 报告涵盖 { $platforms }，于 { $made } 根据 { $count } 个来源文件生成。报告在这台电脑上生成，没有向任何地方发送数据。
report-masked = 个人信息已隐藏：名字、电话号码、用户名、IP 地址和文件路径均以化名显示。
# $version: Footprint's version; $made: date and time.
report-footer = 由 Footprint { $version } 于 { $made } 在这台电脑上根据上方列出的文件生成。没有向任何地方发送数据。
# Below a table cut short. $shown: rows shown; $total: rows in all.
report-cut-note = 仅列出前 { $shown } 条，共 { $total } 条；应用窗口中可查看全部。
report-country-note = 国家/地区是指地址段目前的注册地（使用内置数据库，未联网查询），可能与该地址被使用时的所在地不同。

## Report: findings
# Heading and link of the findings section.
report-findings = 你可以怎么做
report-no-findings = 这些导出数据中没有需要你处理的问题。
# How much a finding matters.
report-severity-high = 高
report-severity-medium = 中
report-severity-low = 低
# Before the advice of a finding.
report-what-to-do = 怎么做：

## Report: what each platform holds
# $platform: Telegram, WhatsApp or WeChat.
report-holds = { $platform } 掌握的信息
# Count column when the export has none of it.
report-none = 无
report-not-in-export = 此导出数据中没有。
report-col-count = 数量
report-col-sensitivity = 敏感程度
report-col-what = 内容
report-col-dates = 日期

## Report: tables of the views (column headings in lower case)
report-people-heading = 你联系最多的人
# A person without a name.
report-no-name = （无名字）
report-col-person = 人
report-col-platforms = 平台
report-col-you-sent = 你发送
report-col-they-sent = 对方发送
# First and last date something was seen.
report-col-first = 首次
report-col-last = 最后
report-sessions-heading = 会话与设备
# $website: a website the user logged in to with the app.
report-website = { $website }（网站）
report-col-platform = 平台
report-col-device = 设备
report-col-app = 应用
report-col-system = 系统
report-col-ip = IP 地址
report-col-place = 地点
report-col-created = 创建时间
report-col-last-active = 最后活动
report-ips-heading = IP 地址
report-col-address = 地址
report-col-seen = 出现次数
report-col-where-seen = 出现位置
report-col-registered = 注册地
# What the export itself says about where an address is.
report-col-export-says = 导出数据所示
report-conversations-heading = 最活跃的对话
# $kind: the kind of conversation ("group"), for a conversation the user has left.
report-kind-left = { $kind }（已退出）
report-col-conversation = 对话
report-col-kind = 类型
report-col-messages = 消息数
# Messages the user wrote.
report-col-yours = 你发送
report-counterparties-heading = 交易对方
# $paid, $received: amounts; $first, $last: dates.
report-payments-summary = 支出 { $paid }，收入 { $received }，{ $first } 至 { $last }。
report-col-counterparty = 交易对方
report-col-paid = 支出
report-col-received = 收入
report-col-payments = 笔数
# $platform: Telegram, WhatsApp or WeChat.
report-compare-heading = { $platform }：同一账号的两份导出数据
report-col-what-changed = 变化

## Report: sources
report-sources = 来源文件
# Stands for a file's path when masking. $number: 1, 2, 3 …
report-source-masked = 来源文件 { $number }
# $name: the user's name in this source.
report-source-owner = 你是 { $name }
report-source-owner-unknown = 无法确定你是谁
# $platform; $format: the export's format ("Telegram JSON"); $owner: report-source-owner or report-source-owner-unknown.
report-source-line = { $platform } · { $format } · { $records } 条记录 · { $warnings } 条警告 · { $owner }
# $count: how many times; $kind: what went wrong (warning-* in analysis.ftl).
report-source-warning = 警告：{ $count } × { $kind }
# $path: a file; $error: why.
report-unreadable = 无法读取：{ $path }：{ $error }

## Report: saving (messages in the window)
# $path: the report's file; $folder: its folder.
report-error-no-folder = { $path }：文件夹 { $folder } 不存在；未写入任何内容
report-error-exists = { $path }：已存在；未写入任何内容
report-error-write = { $path }：无法写入报告：{ $error }
