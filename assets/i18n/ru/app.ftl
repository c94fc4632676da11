## The window's frame: top bar, navigation, status line, dialogs, start page, About page.
## "Footprint" is the app's name: keep it as it is.

## Top bar

# Under the app's name at the top left, short.
app-tagline = что о вас знают ваши мессенджеры · офлайн
# Button (top bar and start page), keep short.
app-open-files = Открыть файлы…
app-open-files-hint = Добавить экспорты: zip, json, html, txt, csv или xlsx (Ctrl+O)
# Button (top bar and start page), keep short.
app-open-folder = Открыть папку…
# "DataExport_…" is the name of Telegram's export folder: keep it.
app-open-folder-hint = Добавить папку экспорта (DataExport_…, отчёт WhatsApp …)
# The theme button shows the current theme; a click switches to the next one.
app-theme-system = Тема: как в системе
app-theme-system-hint = Следует за системой; нажмите, чтобы включить тёмную
app-theme-dark = Тема: тёмная
app-theme-dark-hint = Нажмите, чтобы включить светлую
app-theme-light = Тема: светлая
app-theme-light-hint = Нажмите, чтобы тема следовала за системой
# First entry of the language menu: follow the system's language. $language is that
# language's own name ("Deutsch", "简体中文").
app-language-system = Как в системе ({ $language })
app-language-hint = Язык окна, сохраняемых изображений и отчёта
# Toggle button, keep short.
app-mask = Скрыть личные данные
app-mask-hint = Заменять имена, номера телефонов, имена пользователей и IP-адреса псевдонимами на экране и в сохраняемых изображениях
# Button, keep short.
app-clear = Очистить
app-clear-hint = Забыть всё загруженное
# Button, keep short.
app-save-all = Сохранить все диаграммы…
app-save-all-hint = Записать каждую диаграмму в папку в формате PNG
# Button, keep short.
app-save-report = Сохранить отчёт…
app-save-report-hint = Один HTML-файл с находками, всеми диаграммами и основными таблицами (Ctrl+Shift+S)

## Navigation

# The last entry of the side navigation (a button about 170 points wide).
app-nav-about = О программе и приватности

## Status line (bottom of the window)

# While an export is read. $file is a file name, $done and $total are sizes such as "12 MB".
status-progress = { $file }: { $done } из { $total }
# The same, when several inputs are read one after the other: the $input-th of $inputs.
status-progress-inputs = { $file } (источник { $input } из { $inputs }): { $done } из { $total }
# File sizes; $size is a number already written with this language's decimal sign.
status-size-gb = { $size } ГБ
status-size-mb = { $size } МБ
status-size-kb = { $size } КБ
status-cancelling = Отмена…
# Button.
status-cancel = Отменить (Esc)
status-writing = Запись изображений…
# Shown when nothing else is to be said and exports are loaded.
status-loaded = { $count ->
        [one] { $count } источник
        [few] { $count } источника
        [many] { $count } источников
       *[other] { $count } источника
    } · перетащите ещё экспорты, чтобы добавить их · Ctrl+O — открыть · Ctrl+S — сохранить диаграмму под указателем · Ctrl+Shift+S — сохранить отчёт
# Shown when nothing is loaded.
status-empty = Ctrl+O — открыть файлы · перетащите экспорты в любое место окна
# The job running while the bar fills up. $name is a file or folder name.
status-reading-one = Чтение: { $name }
status-reading-many = { $count ->
        [one] Чтение { $count } файла
        [few] Чтение { $count } файлов
        [many] Чтение { $count } файлов
       *[other] Чтение { $count } файла
    }
status-removing = Удаление источника
status-reloading = Повторное чтение источника
# The analysis is made again (another time zone, another owner).
status-reanalysing = Пересчёт
status-load-cancelled = Загрузка отменена; из неё ничего не сохранено.
# "Overview › Problems": the Overview page and its Problems section; use the same words
# as the navigation and that section's title.
status-files-unreadable = { $count ->
        [one] Не удалось прочитать { $count } файл: см. Обзор › Проблемы.
        [few] Не удалось прочитать { $count } файла: см. Обзор › Проблемы.
        [many] Не удалось прочитать { $count } файлов: см. Обзор › Проблемы.
       *[other] Не удалось прочитать { $count } файла: см. Обзор › Проблемы.
    }
status-files-unrecognised = { $count ->
        [one] { $count } файл — не экспорт, известный Footprint: см. Обзор › Проблемы.
        [few] { $count } файла — не экспорт, известный Footprint: см. Обзор › Проблемы.
        [many] { $count } файлов — не экспорт, известный Footprint: см. Обзор › Проблемы.
       *[other] { $count } файла — не экспорт, известный Footprint: см. Обзор › Проблемы.
    }
# xdg-desktop-portal and zenity are programs: keep their names.
status-own-dialog = В системе нет диалога выбора файлов (xdg-desktop-portal или zenity): Footprint показывает собственный.
# $error says why (a folder and a system error). "footprint PATH…" is a command: keep it.
status-no-dialog = Не удаётся показать диалог выбора файлов ({ $error }). Перетащите файлы в окно или укажите их в командной строке: footprint PATH…
# $chart is the chart's internal id.
status-chart-gone = Диаграмма { $chart } больше не показывается.
# $path is the file written.
status-saved = Сохранено: { $path }
status-saved-all = { $count ->
        [one] { $count } диаграмма сохранена в папку { $folder }
        [few] { $count } диаграммы сохранены в папку { $folder }
        [many] { $count } диаграмм сохранено в папку { $folder }
       *[other] { $count } диаграммы сохранено в папку { $folder }
    }
status-saved-report = Отчёт сохранён: { $path }
# $path is an encrypted archive the user gave no password for.
status-skipped-password = Пропущено: { $path } (пароль не введён).
status-nothing-saved = Ничего не сохранено; существующие файлы остались как были.

## Drop overlay (while files are dragged over the window)

app-drop-overlay = Отпустите, чтобы добавить эти экспорты

## Password dialog

dialog-password-title = Этот архив зашифрован
# 微信支付 is WeChat Pay's Chinese name, as the message appears in WeChat: keep it.
dialog-password-explain = Введите пароль от него. Пароль к выписке WeChat Pay приходит сообщением от WeChat Pay (微信支付).
dialog-password-label = Пароль:
# Button: open the archive with the password typed.
dialog-password-open = Открыть
# Button: do not open this archive.
dialog-password-skip = Пропустить

## Replace dialog (saving over existing files). $count is how many files exist already.

dialog-replace-title = { $count ->
        [1] Заменить существующий файл?
       *[other] Заменить существующие файлы?
    }
# $path is the file that exists.
dialog-replace-file = { $path } уже существует. Заменить его?
# $folder is where the charts are saved.
dialog-replace-charts = { $count ->
        [1] В папке { $folder } уже есть { $count } изображение диаграммы. Заменить его?
        [one] В папке { $folder } уже есть { $count } изображение диаграммы. Заменить их?
        [few] В папке { $folder } уже есть { $count } изображения диаграмм. Заменить их?
        [many] В папке { $folder } уже есть { $count } изображений диаграмм. Заменить их?
       *[other] В папке { $folder } уже есть { $count } изображения диаграмм. Заменить их?
    }
# Button.
dialog-replace = Заменить
# Button.
dialog-keep = { $count ->
        [1] Оставить существующий файл
       *[other] Оставить существующие файлы
    }

## File dialogs (the system's, or Footprint's own where the system has none)

dialog-open-exports-title = Открыть экспорты
# A file type filter of the system's open dialog.
dialog-filter-exports = Экспорты (zip, json, html, txt, csv, xlsx)
dialog-filter-all = Все файлы
dialog-open-folder-title = Открыть папку экспорта
dialog-save-chart-title = Сохранить изображение диаграммы
dialog-filter-png = Изображение PNG
dialog-filter-svg = Изображение SVG
dialog-save-all-title = Сохранить все диаграммы в папку
dialog-save-report-title = Сохранить отчёт
dialog-filter-html = HTML-страница
# Titles of Footprint's own dialog, which has no file type filter.
dialog-save-chart-title-types = Сохранить изображение диаграммы (.png или .svg)
dialog-save-report-title-type = Сохранить отчёт (.html)
# Buttons of Footprint's own dialog, keep short.
dialog-open-this-folder = Открыть эту папку
dialog-save-here = Сохранить здесь
dialog-file-open = Открыть
dialog-file-save = Сохранить
dialog-file-cancel = Отмена
dialog-file-new-folder = Новая папка
# The name a new folder gets.
dialog-file-new-folder-name = Новая папка
dialog-file-rename = Переименовать
dialog-file-refresh = Обновить
dialog-file-parent = Вверх
# Before the file name field.
dialog-file-label = Файл:
# Checkbox: list hidden files too.
dialog-file-show-hidden = Скрытые файлы

## Start page

# Large title of the drop zone.
start-drop-title = Перетащите сюда свои экспорты
start-drop-explain = Экспорт данных Telegram, чаты и отчёты об аккаунте WhatsApp, выписки WeChat Pay и файлы программ для экспорта чатов: файлы, папки или zip-архивы.
# Button, about 25 characters at most.
start-sample = Попробовать на примере
start-sample-hint = Вымышленные экспорты Telegram, WhatsApp и WeChat, встроенные в программу
start-local = Всё читается на этом компьютере. Ничего никуда не отправляется.
start-recent = Недавние файлы
start-howto = Как получить свои данные
# Steps to export from Telegram. Menu names (Settings › Advanced › Export Telegram data,
# "Active sessions", "Miscellaneous data", "Machine-readable JSON") are those of Telegram
# Desktop: use the names its translation into this language shows.
start-telegram-step-1 = Telegram Desktop › Настройки › Продвинутые настройки › Экспорт данных из Telegram (в мобильных приложениях экспорта нет).
start-telegram-step-2 = Отметьте «Активные сеансы» и «Прочие данные» (по умолчанию выключены), чтобы увидеть свои устройства и IP-адреса.
start-telegram-step-3 = Отметьте чаты с ботами, публичные группы и каналы (по умолчанию выключены), чтобы получить полный список бесед.
start-telegram-step-4 = Выберите «Машиночитаемый JSON» (HTML тоже подойдёт, но подробностей в нём меньше). Медиафайлы не нужны.
# DataExport and result.json are names of Telegram's files: keep them.
start-telegram-step-5 = Перетащите сюда папку DataExport, её zip-архив или result.json. Экспорт отдельного чата тоже подойдёт.
# Steps to export from WhatsApp; menu names as WhatsApp shows them in this language.
start-whatsapp-step-1 = Чаты: откройте чат › меню с тремя точками › Ещё (Android) или имя собеседника (iPhone) › Экспорт чата; достаточно варианта «Без медиафайлов».
start-whatsapp-step-2 = Отчёт об аккаунте: Настройки › Аккаунт › Запросить информацию аккаунта; он будет готов примерно через три дня.
start-whatsapp-step-3 = Перетащите сюда файлы .txt или .zip и zip-архив отчёта — сколько угодно.
# WeChat's menus are in Chinese here (the bill can only be asked for in the Chinese
# interface): keep the Chinese menu path as it is.
start-wechat-step-1 = Выписка WeChat Pay (微信支付账单): 我 › 服务 › 钱包 › 账单 › 常见问题 › 下载账单 › 用于个人对账 (Я › Сервисы › Кошелёк › Выписки › Частые вопросы › Скачать выписку › Для личной сверки).
start-wechat-step-2 = Выписка приходит zip-архивом по электронной почте, а пароль к нему — сообщением от WeChat Pay. Footprint спросит этот пароль.
# MemoTrace, WeFlow, PyWxDump and WechatExporter are programs: keep their names.
start-wechat-step-3 = Чаты: у WeChat нет собственного экспорта; Footprint читает файлы, созданные MemoTrace, WeFlow, PyWxDump или WechatExporter.

## About & privacy page

about-tagline = Узнайте, что о вас знают ваши мессенджеры.
# Section titles.
about-privacy = Приватность
about-options = Параметры
about-keyboard = Клавиатура
about-licences = Лицензии
about-privacy-network = В Footprint вообще нет сетевого кода: в него не входит ни одна сетевая библиотека, он никуда не подключается, не отправляет телеметрию и не проверяет обновления.
about-privacy-memory = Ваши экспорты читаются на этом компьютере и хранятся в памяти, только пока открыто окно. Ничего никуда не записывается, кроме изображений и отчётов, которые вы сохраняете, и настроек, перечисленных ниже.
about-privacy-remembered = Между запусками запоминаются только тема, язык, интервал на странице «Активность» и параметры этой страницы — но никогда не данные и не пути к файлам (если только вы не включите ниже запоминание недавних файлов).
# Checkbox.
about-remember-recent = Запоминать недавние файлы (по умолчанию выключено)
# Keyboard and mouse actions (left column; Ctrl+O, Ctrl+S and Esc stay as they are).
about-key-drag-drop = Перетаскивание
about-key-wheel = Колесо мыши + Ctrl / перетаскивание
# What each action does (right column).
about-shortcut-open = открыть файлы
about-shortcut-save = сохранить диаграмму под указателем (или первую диаграмму страницы)
about-shortcut-escape = отменить загрузку, закрыть диалог
about-shortcut-drop = добавить файлы, папки или zip-архивы
about-shortcut-zoom = масштабировать и сдвигать временные шкалы; двойной щелчок — сброс
# Font names and licence names stay as they are.
about-licence-fonts = Footprint распространяется по лицензии MIT OR Apache-2.0. В него встроены подмножества шрифтов Noto Sans SC, Noto Sans Arabic и Noto Sans Hebrew (SIL Open Font License 1.1), чтобы китайский, арабский и иврит везде отображались правильно.
# $database names the IP address database and its date.
about-ip-database = IP-адреса сопоставляются со странами офлайн по базе { $database }: данные о регистрации IP-адресов от Number Resource Organization (nro.net), CC BY 4.0. Страна — это место, где адрес зарегистрирован сегодня; она может отличаться от места, где адрес использовался.

## Tables

table-empty = Здесь ничего нет.
# Tooltip of a column header; $column is the column's name.
table-sort-by = Сортировать по столбцу «{ $column }»
# The same, with more about the column ($hint).
table-sort-by-hint = Сортировать по столбцу «{ $column }»: { $hint }
# Pager buttons, keep short.
table-previous = ‹ Назад
table-next = Далее ›
# Which rows of a long table are shown.
table-rows = Строки { $first }–{ $last } из { $total }

## Charts on screen

plot-no-data = В загруженных экспортах нет данных для этой диаграммы.
# Beside the colour scale of the weekday × hour chart.
plot-heatmap-key = сообщения
# Hover label of a cell of the weekday × hour chart: $day is a weekday, $from and $to
# the hour's first and last minute as times of day ("3:00 PM", "15:59"), $count the
# number of messages.
plot-heatmap-hover =
    { $day } { $from }–{ $to }
    { $count ->
        [one] { $count } сообщение
        [few] { $count } сообщения
        [many] { $count } сообщений
       *[other] { $count } сообщения
    }
# Hover text of a country of the world map that holds none of your addresses.
plot-map-none = нет адресов

## Shared by the views

# Button of every chart, keep short.
view-save-image = Сохранить изображение…
view-save-image-hint = Сохранить как PNG (2x) или SVG (Ctrl+S, когда указатель над диаграммой)
# Tooltip of the ✖ button of a search box.
view-clear-search = Очистить поиск
