## Views of the window (the navigation, headings, and the report's sections). Keep short.

topic-overview = Обзор
topic-contacts = Контакты
topic-sessions = Сеансы и устройства
topic-conversations = Беседы
topic-activity = Активность
topic-payments = Платежи
topic-people = Люди
# The page of things the user can act on (privacy findings).
topic-findings = Находки
# Two exports of one account, compared.
topic-compare = Сравнение

## Charts: shared texts
# Drawn in the middle of a saved chart image that has nothing to show.
chart-no-data = В загруженных экспортах нет данных для этой диаграммы
# Axis names and series names (lower case, as on a chart axis).
chart-axis-messages = сообщения
chart-axis-month = месяц
chart-axis-year = год
chart-axis-hour = час
chart-axis-date = дата
chart-axis-people = люди
chart-axis-sessions = сеансы
chart-axis-logins = входы
chart-axis-contacts = контакты
chart-axis-conversations = беседы
chart-axis-payments = платежи
# Amounts of money in Chinese yuan (WeChat Pay).
chart-axis-yuan = юани
# Telegram's own score of how often you talk to someone.
chart-axis-rating = рейтинг

## Overview and People charts
chart-per-year-title = Сообщения по годам и платформам
chart-people-platforms-title = Люди, которых знает каждая платформа, и кто ещё их знает
chart-people-platforms-one = знает только эта платформа
chart-people-platforms-two = знает ещё одна
chart-people-platforms-three = знают все три
# $count: how many people the chart ranks (at most 20).
chart-people-top-title = Топ-{ $count } человек по числу сообщений (в обе стороны)
# $name: a person's name (or a pseudonym when masking).
chart-person-activity-title = Сообщения по месяцам: { $name }

## Contacts charts
chart-contacts-added-title = Добавленные контакты по месяцам
chart-contacts-frequent-title = С кем, по мнению Telegram, вы общаетесь чаще всего
# A frequent contact of a category other than people. $name: a name; $category: one of the categories below.
chart-contacts-with-category = { $name } ({ $category })
# Telegram's categories of frequent contacts, shown in brackets after a name: "Alice (calls)".
chart-contacts-category-calls = звонки
chart-contacts-category-inline-bots = инлайн-боты

## Sessions charts
chart-sessions-devices-title = Сеансы по устройствам
chart-sessions-systems-title = Сеансы по операционным системам
chart-sessions-apps-title = Сеансы по приложениям и версиям
chart-sessions-countries-title = Сеансы по странам
chart-logins-title = Входы во времени (по уведомлениям о входе)
chart-sessions-timeline-title = Сеансы: от создания до последней активности
# Legend entry of the session timeline: sessions of websites the user logged in to with the app.
chart-sessions-group-web = сайты, где выполнен вход
# Legend entry of the session timeline. $platform: Telegram, WhatsApp or WeChat.
chart-sessions-group-app = сеансы { $platform }

## World map
map-title-addresses = Где зарегистрированы ваши IP-адреса
map-title-logins = Откуда выполнялся вход (по уведомлениям о входе)
# The map's colour key label.
map-key-addresses = IP-адреса
map-key-logins = входы
# Hover text of a country on the map: how many addresses are in it.
map-detail-addresses = { $count ->
    [one] { $count } адрес
    [few] { $count } адреса
    [many] { $count } адресов
   *[other] { $count } адресов
}
# Hover text of a country on the map: how many logins came from it.
map-detail-logins = { $count ->
    [one] { $count } вход
    [few] { $count } входа
    [many] { $count } входов
   *[other] { $count } входов
}
# After the first six addresses of a country in its hover text.
map-detail-more = и ещё { $count }
# $first, $last: dates.
map-detail-seen = с { $first } по { $last }

## Conversations charts
chart-conversations-kind-title = Беседы по типам
# Series: conversations still in the export, and those the user has left.
chart-conversations-in-export = в экспорте
chart-conversations-left = покинутые
# $count: how many conversations the chart ranks (at most 20). "Saved Messages" is Telegram's name for notes to yourself.
chart-conversations-top-title = Топ-{ $count } бесед по числу сообщений (без «Избранного» — заметок для себя)
chart-message-types-title = Содержимое сообщений по платформам
# Kinds of conversation (chart category labels).
chart-kind-personal = личный чат
chart-kind-group = группа
chart-kind-channel = канал
chart-kind-bot = бот
chart-kind-saved = избранное
chart-kind-other = другое
# What a message carries (chart category labels).
chart-content-unknown = тип не указан
chart-content-text = текст
chart-content-image = фото / изображение
chart-content-video = видео
chart-content-voice = голосовое / аудио
chart-content-sticker = стикер
chart-content-gif = GIF
chart-content-file = файл
chart-content-location = геопозиция
chart-content-contact = карточка контакта
chart-content-link = ссылка
chart-content-poll = опрос
chart-content-quote = цитата
chart-content-transfer = денежный перевод
# WeChat's 红包, a gift of money in a red envelope.
chart-content-red-packet = красный конверт
# WeChat's 小程序.
chart-content-mini-program = мини-программа
# A chat history forwarded as one message (WeChat).
chart-content-forwarded-chat = пересланная переписка
# A post of WeChat Channels (视频号).
chart-content-channels = публикация в Channels
chart-content-app = сообщение приложения
chart-content-call = звонок
chart-content-media = медиа
chart-content-deleted = удалено
chart-content-other = другое

## Activity charts
# $scope: empty, or the filter chosen, written " · Telegram · Alice".
chart-activity-per-day = Сообщения по дням{ $scope }
chart-activity-per-week = Сообщения по неделям{ $scope }
chart-activity-per-month = Сообщения по месяцам{ $scope }
chart-activity-per-year = Сообщения по годам{ $scope }
chart-axis-day = день
chart-axis-week = неделя
chart-activity-heatmap-title = Сообщения по дням недели и часам{ $scope }
# Axis of the heatmap. $basis: the clock the hours are on ("as written in the export", "UTC+8").
chart-activity-hour-axis = час ({ $basis })
chart-activity-split-title = Ваши и полученные сообщения{ $scope }
# Series and category names: messages you wrote, messages others wrote, and messages of an export whose owner is unknown.
chart-activity-yours = ваши
chart-activity-received = полученные
chart-activity-owner-unknown = владелец неизвестен

## Payments charts
chart-payments-month-title = Расходы и поступления по месяцам
# Series: money paid out, and money received.
chart-payments-spent = потрачено
chart-payments-received = получено
chart-payments-counterparties-title = Основные контрагенты
chart-payments-methods-title = По способу оплаты
chart-payments-types-title = По типу операции
chart-payments-hour-title = Платежи по часам суток (пекинское время)

## Saving charts (messages in the window)
# $path: a file.
chart-error-exists = { $path }: файл уже существует (не перезаписан)
# $path: a file; $error: the system's reason.
chart-error-write = { $path }: не удалось записать изображение: { $error }
# $title: the chart's title; $error: what went wrong.
chart-error-draw = не удалось построить диаграмму «{ $title }»: { $error }
# $path: a folder; $error: the system's reason.
chart-error-folder = { $path }: не удалось создать папку: { $error }
# $files: the file names, joined with ", ".
chart-error-existing = { $count ->
    [one] { $count } изображение уже существует, ничего не записано: { $files }
    [few] { $count } изображения уже существуют, ничего не записано: { $files }
    [many] { $count } изображений уже существуют, ничего не записано: { $files }
   *[other] { $count } изображений уже существуют, ничего не записано: { $files }
}

## The HTML report (Save report…, footprint report)
# The browser tab's title. $made: date and time it was made.
report-page-title = Отчёт Footprint, { $made }
report-heading = Что о вас знают ваши мессенджеры
# $platforms: "Telegram, WeChat"; $made: date and time; $count: number of sources (files read).
report-intro = { $count ->
    [one] Отчёт Footprint о данных { $platforms } от { $made }, составленный по { $count } источнику. Он создан на этом компьютере; никакие данные никуда не отправлялись.
   *[other] Отчёт Footprint о данных { $platforms } от { $made }, составленный по { $count } источникам. Он создан на этом компьютере; никакие данные никуда не отправлялись.
}
report-masked = Личные данные скрыты: имена, номера телефонов, имена пользователей, IP-адреса и пути к файлам заменены псевдонимами.
# $version: Footprint's version; $made: date and time.
report-footer = Создано программой Footprint { $version } { $made } на этом компьютере по перечисленным выше файлам. Никакие данные никуда не отправлялись.
# Below a table cut short. $shown: rows shown; $total: rows in all.
report-cut-note = Показаны первые { $shown } из { $total }; в окне программы видны все.
report-country-note = Страна — это место, где блок адресов зарегистрирован сегодня (по встроенной базе данных, без запросов в интернет); она может отличаться от страны на момент использования адреса.

## Report: findings
# Heading and link of the findings section.
report-findings = Что можно сделать
report-no-findings = В этих экспортах нет ничего, что требовало бы действий.
# How much a finding matters.
report-severity-high = высокая
report-severity-medium = средняя
report-severity-low = низкая
# Before the advice of a finding.
report-what-to-do = Что делать:

## Report: what each platform holds
# $platform: Telegram, WhatsApp or WeChat.
report-holds = Что хранит { $platform }
# Count column when the export has none of it.
report-none = нет
report-not-in-export = Нет в этом экспорте.
report-col-count = количество
report-col-sensitivity = чувствительность
report-col-what = что именно
report-col-dates = даты

## Report: tables of the views (column headings in lower case)
report-people-heading = Люди, с которыми вы общаетесь чаще всего
# A person without a name.
report-no-name = (без имени)
report-col-person = человек
report-col-platforms = платформы
report-col-you-sent = от вас
report-col-they-sent = от собеседника
# First and last date something was seen.
report-col-first = впервые
report-col-last = последний раз
report-sessions-heading = Сеансы и устройства
# $website: a website the user logged in to with the app.
report-website = { $website } (сайт)
report-col-platform = платформа
report-col-device = устройство
report-col-app = приложение
report-col-system = система
report-col-ip = IP-адрес
report-col-place = место
report-col-created = создан
report-col-last-active = последняя активность
report-ips-heading = IP-адреса
report-col-address = адрес
report-col-seen = упоминаний
report-col-where-seen = где встречается
report-col-registered = страна регистрации
# What the export itself says about where an address is.
report-col-export-says = по данным экспорта
report-conversations-heading = Самые активные беседы
# $kind: the kind of conversation ("group"), for a conversation the user has left.
report-kind-left = { $kind } (вы вышли)
report-col-conversation = беседа
report-col-kind = тип
report-col-messages = сообщения
# Messages the user wrote.
report-col-yours = ваши
report-counterparties-heading = Контрагенты
# $paid, $received: amounts; $first, $last: dates.
report-payments-summary = Потрачено { $paid }, получено { $received }, с { $first } по { $last }.
report-col-counterparty = контрагент
report-col-paid = потрачено
report-col-received = получено
report-col-payments = платежи
# $platform: Telegram, WhatsApp or WeChat.
report-compare-heading = { $platform }: два экспорта одного аккаунта
report-col-what-changed = что изменилось

## Report: sources
report-sources = Источники
# Stands for a file's path when masking. $number: 1, 2, 3 …
report-source-masked = Источник { $number }
# $name: the user's name in this source.
report-source-owner = вы — { $name }
report-source-owner-unknown = неизвестно, кто вы
# $platform; $format: the export's format ("Telegram JSON"); $owner: report-source-owner or report-source-owner-unknown.
report-source-line = { $platform } · { $format } · { $records ->
    [one] { $records } запись
    [few] { $records } записи
    [many] { $records } записей
   *[other] { $records } записей
} · { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
    [many] { $warnings } предупреждений
   *[other] { $warnings } предупреждений
} · { $owner }
# $count: how many times; $kind: what went wrong (warning-* in analysis.ftl).
report-source-warning = предупреждение: { $count } × { $kind }
# $path: a file; $error: why.
report-unreadable = Не удалось прочитать: { $path }: { $error }

## Report: saving (messages in the window)
# $path: the report's file; $folder: its folder.
report-error-no-folder = { $path }: папка { $folder } не существует; ничего не записано
report-error-exists = { $path }: файл уже существует; ничего не записано
report-error-write = { $path }: не удалось записать отчёт: { $error }
