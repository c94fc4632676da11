## The window's frame: top bar, navigation, status line, dialogs, start page, About page.
## "Footprint" is the app's name: keep it as it is.

## Top bar

# Under the app's name at the top left, short.
app-tagline = 你的聊天应用掌握了你的哪些信息 · 离线
# Button (top bar and start page), keep short.
app-open-files = 打开文件…
app-open-files-hint = 添加导出数据：zip、json、html、txt、csv 或 xlsx 文件（Ctrl+O）
# Button (top bar and start page), keep short.
app-open-folder = 打开文件夹…
# "DataExport_…" is the name of Telegram's export folder: keep it.
app-open-folder-hint = 添加导出数据所在的文件夹（DataExport_…、WhatsApp 账号报告…）
# The theme button shows the current theme; a click switches to the next one.
app-theme-system = 主题：跟随系统
app-theme-system-hint = 跟随系统设置；点击切换为深色
app-theme-dark = 主题：深色
app-theme-dark-hint = 点击切换为浅色
app-theme-light = 主题：浅色
app-theme-light-hint = 点击切换为跟随系统
# First entry of the language menu: follow the system's language. $language is that
# language's own name ("Deutsch", "简体中文").
app-language-system = 跟随系统（{ $language }）
app-language-hint = 窗口、保存的图片和报告所用的语言
# Toggle button, keep short.
app-mask = 隐藏个人信息
app-mask-hint = 在屏幕上和保存的图片中，用化名替换名字、电话号码、用户名和 IP 地址
# Button, keep short.
app-clear = 清空
app-clear-hint = 清除所有已加载的内容
# Button, keep short.
app-save-all = 保存全部图表…
app-save-all-hint = 将每张图表保存为 PNG 图片，放入一个文件夹
# Button, keep short.
app-save-report = 保存报告…
app-save-report-hint = 一个 HTML 文件，包含所有发现、每张图表和主要表格（Ctrl+Shift+S）

## Navigation

# The last entry of the side navigation (a button about 170 points wide).
app-nav-about = 关于与隐私

## Status line (bottom of the window)

# While an export is read. $file is a file name, $done and $total are sizes such as "12 MB".
status-progress = { $file }：{ $done } / { $total }
# The same, when several inputs are read one after the other: the $input-th of $inputs.
status-progress-inputs = { $file }（第 { $input } 个，共 { $inputs } 个）：{ $done } / { $total }
# File sizes; $size is a number already written with this language's decimal sign.
status-size-gb = { $size } GB
status-size-mb = { $size } MB
status-size-kb = { $size } KB
status-cancelling = 正在取消…
# Button.
status-cancel = 取消（Esc）
status-writing = 正在写入图片…
# Shown when nothing else is to be said and exports are loaded.
status-loaded = { $count } 个来源文件 · 拖入更多导出数据即可添加 · Ctrl+O 打开 · Ctrl+S 保存指针所在的图表 · Ctrl+Shift+S 保存报告
# Shown when nothing is loaded.
status-empty = Ctrl+O 打开文件 · 也可以将导出数据拖到窗口中的任意位置
# The job running while the bar fills up. $name is a file or folder name.
status-reading-one = 正在读取 { $name }
status-reading-many = 正在读取 { $count } 个文件
status-removing = 正在移除来源文件
status-reloading = 正在重新读取来源文件
# The analysis is made again (another time zone, another owner).
status-reanalysing = 正在重新统计
status-load-cancelled = 已取消加载，本次读取的内容均未保留。
# "Overview › Problems": the Overview page and its Problems section; use the same words
# as the navigation and that section's title.
status-files-unreadable = 有 { $count } 个文件无法读取：请查看“概览 › 问题”。
status-files-unrecognised = 有 { $count } 个文件不是 Footprint 认识的导出文件：请查看“概览 › 问题”。
# xdg-desktop-portal and zenity are programs: keep their names.
status-own-dialog = 此系统没有文件对话框（xdg-desktop-portal 或 zenity），Footprint 将使用自带的对话框。
# $error says why (a folder and a system error). "footprint PATH…" is a command: keep it.
status-no-dialog = 无法显示文件对话框（{ $error }）。请将文件拖到窗口上，或在命令行中指定：footprint PATH…
# $chart is the chart's internal id.
status-chart-gone = 图表 { $chart } 已不再显示。
# $path is the file written.
status-saved = 已保存 { $path }
status-saved-all = 已将 { $count } 张图表保存到 { $folder }
status-saved-report = 已将报告保存到 { $path }
# $path is an encrypted archive the user gave no password for.
status-skipped-password = 已跳过 { $path }（未输入密码）。
status-nothing-saved = 未保存任何内容，已有的文件保持不变。

## Drop overlay (while files are dragged over the window)

app-drop-overlay = 松开即可添加这些导出数据

## Password dialog

dialog-password-title = 此压缩包已加密
# 微信支付 is WeChat Pay's Chinese name, as the message appears in WeChat: keep it.
dialog-password-explain = 请输入密码。微信支付账单的密码会通过“微信支付”的消息发送给你。
dialog-password-label = 密码：
# Button: open the archive with the password typed.
dialog-password-open = 打开
# Button: do not open this archive.
dialog-password-skip = 跳过

## Replace dialog (saving over existing files). $count is how many files exist already.

dialog-replace-title = 要替换已有的 { $count } 个文件吗？
# $path is the file that exists.
dialog-replace-file = { $path } 已存在。要替换吗？
# $folder is where the charts are saved.
dialog-replace-charts = { $folder } 中已有 { $count } 张同名的图表图片。要替换吗？
# Button.
dialog-replace = 替换
# Button.
dialog-keep = 保留已有的 { $count } 个文件

## File dialogs (the system's, or Footprint's own where the system has none)

dialog-open-exports-title = 打开导出数据
# A file type filter of the system's open dialog.
dialog-filter-exports = 导出数据（zip、json、html、txt、csv、xlsx）
dialog-filter-all = 所有文件
dialog-open-folder-title = 打开导出数据文件夹
dialog-save-chart-title = 保存图表图片
dialog-filter-png = PNG 图片
dialog-filter-svg = SVG 图片
dialog-save-all-title = 将全部图表保存到文件夹
dialog-save-report-title = 保存报告
dialog-filter-html = HTML 网页
# Titles of Footprint's own dialog, which has no file type filter.
dialog-save-chart-title-types = 保存图表图片（.png 或 .svg）
dialog-save-report-title-type = 保存报告（.html）
# Buttons of Footprint's own dialog, keep short.
dialog-open-this-folder = 打开此文件夹
dialog-save-here = 保存到这里
dialog-file-open = 打开
dialog-file-save = 保存
dialog-file-cancel = 取消
dialog-file-new-folder = 新建文件夹
# The name a new folder gets.
dialog-file-new-folder-name = 新建文件夹
dialog-file-rename = 重命名
dialog-file-refresh = 刷新
dialog-file-parent = 上级文件夹
# Before the file name field.
dialog-file-label = 文件：
# Checkbox: list hidden files too.
dialog-file-show-hidden = 显示隐藏文件

## Start page

# Large title of the drop zone.
start-drop-title = 将导出数据拖到这里
start-drop-explain = Telegram 导出数据、WhatsApp 聊天记录和账号报告、微信支付账单，以及聊天导出工具生成的文件：文件、文件夹或 zip 压缩包均可。
# Button, about 25 characters at most.
start-sample = 试试示例足迹
start-sample-hint = 应用内置的虚构 Telegram、WhatsApp 和微信导出数据
start-local = 所有内容都在这台电脑上读取，不会发送到任何地方。
start-recent = 最近的文件
start-howto = 如何获取你的数据
# Steps to export from Telegram. Menu names (Settings › Advanced › Export Telegram data,
# "Active sessions", "Miscellaneous data", "Machine-readable JSON") are those of Telegram
# Desktop: use the names its translation into this language shows.
start-telegram-step-1 = Telegram Desktop › 设置 › 高级 › 导出 Telegram 数据（手机版无法导出）。
start-telegram-step-2 = 勾选“活跃会话”和“其他数据”（默认未勾选），才能看到你的设备和 IP 地址。
start-telegram-step-3 = 勾选机器人聊天、公开群组和频道（默认未勾选），才能得到完整的对话列表。
start-telegram-step-4 = 选择“机器可读的 JSON”（HTML 也可以，但信息较少）。不需要导出媒体文件。
# DataExport and result.json are names of Telegram's files: keep them.
start-telegram-step-5 = 将 DataExport 文件夹、它的 zip 压缩包或 result.json 拖到这里。单个聊天的导出文件也可以。
# Steps to export from WhatsApp; menu names as WhatsApp shows them in this language.
start-whatsapp-step-1 = 聊天记录：打开一个聊天 › 右上角的三点菜单 › 更多（Android）或点按名称（iPhone）› 导出聊天记录；不附带媒体即可。
start-whatsapp-step-2 = 账号报告：设置 › 账号 › 申请账号信息；大约三天后即可下载。
start-whatsapp-step-3 = 将 .txt 或 .zip 文件以及报告的 zip 压缩包拖到这里，数量不限。
# WeChat's menus are in Chinese here (the bill can only be asked for in the Chinese
# interface): keep the Chinese menu path as it is.
start-wechat-step-1 = 微信支付账单：我 › 服务 › 钱包 › 账单 › 常见问题 › 下载账单 › 用于个人对账。
start-wechat-step-2 = 账单会以 zip 压缩包的形式发送到你的邮箱，解压密码通过微信支付的消息发送。Footprint 会提示你输入密码。
# MemoTrace, WeFlow, PyWxDump and WechatExporter are programs: keep their names.
start-wechat-step-3 = 聊天记录：微信本身没有导出功能；Footprint 可以读取 MemoTrace、WeFlow、PyWxDump 或 WechatExporter 生成的文件。

## About & privacy page

about-tagline = 看看你的聊天应用掌握了你的哪些信息。
# Section titles.
about-privacy = 隐私
about-options = 选项
about-keyboard = 键盘
about-licences = 许可证
about-privacy-network = Footprint 完全不含网络代码：没有使用任何网络库，从不连接任何地方，没有遥测，也不检查更新。
about-privacy-memory = 你的导出数据在这台电脑上读取，只在窗口打开期间保存在内存中。除了你保存的图片和报告以及下面列出的设置，不会向任何地方写入任何内容。
about-privacy-remembered = 两次运行之间只会记住主题、语言、活动页的时间单位和本页的选项，绝不会记住数据或文件路径（除非你在下方开启“记住最近的文件”）。
# Checkbox.
about-remember-recent = 记住最近的文件（默认关闭）
# Keyboard and mouse actions (left column; Ctrl+O, Ctrl+S and Esc stay as they are).
about-key-drag-drop = 拖放
about-key-wheel = 鼠标滚轮 + Ctrl / 拖动
# What each action does (right column).
about-shortcut-open = 打开文件
about-shortcut-save = 保存指针所在的图表（或当前页面的第一张图表）
about-shortcut-escape = 取消加载、关闭对话框
about-shortcut-drop = 添加文件、文件夹或 zip 压缩包
about-shortcut-zoom = 缩放和平移时间轴；双击复原
# Font names and licence names stay as they are.
about-licence-fonts = Footprint 采用 MIT OR Apache-2.0 许可。它内置了 Noto Sans SC、Noto Sans Arabic 和 Noto Sans Hebrew 字体的子集（SIL Open Font License 1.1），以便在任何系统上都能显示中文、阿拉伯文和希伯来文。
# $database names the IP address database and its date.
about-ip-database = IP 地址所属的国家/地区通过 { $database } 离线确定：该数据库使用 Number Resource Organization（nro.net）的 IP 地址注册数据，按 CC BY 4.0 许可。国家/地区是指地址目前的注册地，可能与该地址被使用时的所在地不同。

## Tables

table-empty = 没有可列出的内容。
# Tooltip of a column header; $column is the column's name.
table-sort-by = 按“{ $column }”排序
# The same, with more about the column ($hint).
table-sort-by-hint = 按“{ $column }”排序：{ $hint }
# Pager buttons, keep short.
table-previous = ‹ 上一页
table-next = 下一页 ›
# Which rows of a long table are shown.
table-rows = 第 { $first }–{ $last } 行，共 { $total } 行

## Charts on screen

plot-no-data = 已加载的导出数据中没有可用于此图表的数据。
# Beside the colour scale of the weekday × hour chart.
plot-heatmap-key = 消息数
# Hover label of a cell of the weekday × hour chart: $day is a weekday, $from and $to
# the hour's first and last minute as times of day ("3:00 PM", "15:59"), $count the
# number of messages.
plot-heatmap-hover =
    { $day } { $from }–{ $to }
    { $count } 条消息
# Hover text of a country of the world map that holds none of your addresses.
plot-map-none = 没有地址

## Shared by the views

# Button of every chart, keep short.
view-save-image = 保存图片…
view-save-image-hint = 保存为 PNG（2 倍大小）或 SVG（指针在图表上时按 Ctrl+S）
# Tooltip of the ✖ button of a search box.
view-clear-search = 清除搜索
