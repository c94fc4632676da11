# Footprint: the pages of the window (Overview, People, Contacts, Sessions & devices,
# Conversations, Activity, Payments, Findings, Compare).
# Platform names (Telegram, WhatsApp, WeChat) are never translated; they arrive as
# { $platform }. Numbers given as { $count } and similar arrive already written with
# the language's digit grouping. "·" separates parts of a line; keep it.

## Overview: what each platform holds

overview-intro = Что экспорт каждой платформы хранит о вас, насколько это чувствительно и чего в нём нет.
# Section title; { $platform } is Telegram, WhatsApp or WeChat.
overview-platform-holds = Что хранит { $platform }
# In the count column of a category the export does not contain.
overview-category-none = нет
# Tooltip of a category's sensitivity marker. { $level } is High, Medium or Low;
# { $why } is a sentence explaining why.
overview-sensitivity-hover = Чувствительность: { $level }. { $why }
# A category the export lacks; { $hint } is a sentence saying how to get it.
overview-missing-with-hint = Нет в этом экспорте. { $hint }
overview-missing = Нет в этом экспорте.
# Two exports of one account are loaded; { $old } and { $new } are the dates of the
# latest item in each (or overview-unknown-date).
overview-two-exports = Загружены два экспорта этого аккаунта (последние записи: { $old } и { $new }): общие для них сообщения, контакты, сеансы, адреса и платежи учитываются один раз, а у сеанса показана самая поздняя активность, известная хотя бы одному из них.
# Stands in for a date in overview-two-exports.
overview-unknown-date = неизвестная дата
# Link to the Compare page.
overview-what-changed = Что изменилось

## Overview: "Known to several companies"

overview-known-title = Известны нескольким компаниям
# { $names } is a comma-separated list of names; { $count } how many more are not listed.
overview-known-names-more = { $names } и ещё { $count }
# { $count } people are on all three platforms; { $names } lists them.
overview-known-three = В данных всех трёх платформ есть { $count ->
        [one] { $count } человек
        [few] { $count } человека
        [many] { $count } человек
       *[other] { $count } человек
    }: { $names }.
# { $count } people are on two of the three platforms; { $names } lists them.
overview-known-two = В данных двух платформ есть { $count ->
        [one] { $count } человек
        [few] { $count } человека
        [many] { $count } человек
       *[other] { $count } человек
    }: { $names }.
# Both of the above in one sentence: { $three } people on all three platforms
# ({ $three_names }), { $two } people on two ({ $two_names }).
overview-known-both = В данных всех трёх платформ есть { $three ->
        [one] { $three } человек
        [few] { $three } человека
        [many] { $three } человек
       *[other] { $three } человек
    }: { $three_names }; в данных двух платформ — { $two ->
        [one] { $two } человек
        [few] { $two } человека
        [many] { $two } человек
       *[other] { $two } человек
    }: { $two_names }.
# Link to the People page.
overview-see-people = Открыть раздел «Люди»

## Overview: "What you can do" (the most severe findings)

overview-what-you-can-do = Что можно сделать
# Before a finding's title: the platform it is about.
overview-finding-platform = { $platform }:
# Link to the Findings page when more findings exist than the Overview lists ($count is 5 or more).
overview-all-findings = Все находки ({ $count }) и что с ними делать
# Link to the Findings page when the Overview lists them all.
overview-what-to-do = Что с ними делать

## Overview: sources read

# Section title; { $count } is the number of files and folders read.
overview-sources = Источники ({ $count })
# Stands in for a file's path when personal details are masked; { $number } is 1, 2, 3 …
overview-source-masked = Источник { $number }
overview-source-records = { $count ->
        [one] { $count } запись
        [few] { $count } записи
        [many] { $count } записей
       *[other] { $count } записей
    }
overview-no-warnings = без предупреждений
overview-source-warnings = { $count ->
        [one] { $count } предупреждение
        [few] { $count } предупреждения
        [many] { $count } предупреждений
       *[other] { $count } предупреждений
    }
# Button next to a source (keep short).
overview-remove = Убрать
overview-remove-hover = Забыть этот источник

## Overview: whose messages are "yours" in a source

# How the owner was decided, said instead of the explanation when personal details are masked.
overview-owner-basis-export = указано в экспорте
overview-owner-basis-inferred = определено по чатам
overview-owner-basis-chosen = выбрано вами
overview-owner-basis-unknown = ничто не указывает, кто вы
# { $name } is the owner's name, shown in bold.
overview-you-are = Вы — { $name }
overview-owner-none = Вы здесь ничего не пишете: все сообщения полученные
overview-owner-unknown = Владелец неизвестен: сообщения здесь не считаются ни вашими, ни полученными
# { $how } explains how the owner was decided, e.g. "chosen by you".
overview-owner-how = ({ $how })
# Menu button to choose who you are (keep short).
overview-owner-change = Изменить…
overview-owner-question = Кто вы в этом экспорте?
# A choice in the menu: { $name } writes { $count } messages in the source.
overview-owner-choice = { $name } · { $count ->
        [one] { $count } сообщение
        [few] { $count } сообщения
        [many] { $count } сообщений
       *[other] { $count } сообщений
    }
# Below the menu's list when it is cut; "--me" is a command-line option: keep it as is.
overview-owner-more = … и ещё { $count } (используйте --me в командной строке)
overview-owner-nobody = Никто из них: я здесь ничего не пишу
overview-owner-decide-again = Снова определить по экспорту

## Overview: problems

overview-problems = Проблемы
# A file that could not be read: { $path } and the error { $message }.
overview-problem-error = { $path }: { $message }
# A file Footprint does not recognise: { $path }, and { $reason } (a sentence).
overview-problem-unrecognised = { $path }: формат не распознан. { $reason }
# Button that hides the problems (keep short).
overview-dismiss = Скрыть

## Overview: how a chat's dates were read

# Orders of day, month and year in a chat's dates; used inside the messages below.
overview-date-order-dmy = день/месяц/год
overview-date-order-mdy = месяц/день/год
overview-date-order-ymd = год/месяц/день
# Why the dates were read in that order; used as { $why } below.
overview-date-order-evidence = определено по самим датам
overview-date-order-guess = предположение по языку чата: сами даты этого не показывают
overview-date-order-choice = ваш выбор
# { $order } is one of the orders above, { $why } one of the reasons above.
overview-dates-read-as = Порядок в датах: { $order } ({ $why }).
overview-dates-no-year = В датах нет года: годы отсчитаны назад от даты файла.
# Button; { $order } is one of the orders above.
overview-read-as = Читать как { $order }
overview-read-as-hover = Перечитать этот чат с таким порядком дат

## People

# { $count } people in all; { $two } known to two companies, { $three } to all three.
people-summary = { $count ->
        [one] { $count } человек
        [few] { $count } человека
        [many] { $count } человек
       *[other] { $count } человек
    } в ваших экспортах · известны двум компаниям: { $two }, всем трём: { $three }.
people-how-joined = Один человек — это все, у кого совпадает номер телефона (в любой записи), идентификатор Telegram или WeChat либо, в пределах одной платформы, имя; одно лишь имя никогда не объединяет две платформы, пока вы это не подтвердите.
people-everyone = Все
# Hint in the empty search box.
people-search = Поиск по именам и номерам
# Column headers of the people table, and their tooltips.
people-col-name = Имя
people-col-name-hint = Нажмите на имя, чтобы увидеть всё, что о человеке хранит каждая платформа
people-col-platforms = Платформы
people-col-platforms-hint = Платформы, в данных которых есть этот человек
people-col-address-books = Адресные книги
people-col-address-books-hint = Платформы, в адресной книге (списке контактов) которых есть этот человек
people-col-frequent = Частые
people-col-frequent-hint = Рейтинг «частых контактов» Telegram
people-col-you-sent = От вас
people-col-you-sent-hint = Ваши сообщения в личных чатах с этим человеком (по платформам — при наведении)
people-col-they-sent = От собеседника
people-col-they-sent-hint = Сообщения этого человека во всех чатах (по платформам — при наведении)
people-col-groups = Группы
people-col-groups-hint = Группы, где состоите вы оба (и где этот человек писал)
people-col-first = Первое
people-col-first-hint = Первое сообщение между вами
people-col-last = Последнее
people-col-last-hint = Последнее сообщение между вами
# Tooltip line of the message counts: { $count } messages on { $platform }.
people-per-platform = { $platform }: { $count }
# Someone whose name the exports do not give.
people-no-name = (без имени)
# Title of the window about one person; { $name } is their name.
people-window-title = { $name } на всех платформах
people-same-title = Один и тот же человек?
people-same-explain = У этих людей одинаковое имя на разных платформах, но нет общего номера или идентификатора. Объединяйте их, только если знаете, что это один человек.
# { $a } and { $b } are names; { $a_platforms } and { $b_platforms } the platforms each is on.
people-same-pair = { $a } ({ $a_platforms }) и { $b } ({ $b_platforms })
# Button (keep short).
people-same-button = Один человек
people-same-hover = Считать их одним человеком (до закрытия Footprint)
# Below a cut list: { $count } more not listed.
people-more = … и ещё { $count }
# Labels in the window about one person.
people-phones = Номера телефонов
people-names = Имена
people-ids = Идентификаторы
people-in-address-book = В адресной книге
people-yes = да
people-no = нет
people-frequent-rating = Рейтинг частых контактов
people-you-sent = От вас
people-they-sent = От собеседника
# { $first } and { $last } are date and time of the first and last message between you;
# { $count } the groups you share.
people-first-last = Первое сообщение { $first } · последнее { $last } · { $count ->
        [one] { $count } общая группа
        [few] { $count } общие группы
        [many] { $count } общих групп
       *[other] { $count } общих групп
    }

## Contacts

# { $count } contacts in the address books; { $frequent } in Telegram's frequent-contacts ranking.
contacts-summary = { $count ->
        [one] { $count } контакт
        [few] { $count } контакта
        [many] { $count } контактов
       *[other] { $count } контактов
    } в адресных книгах платформ · в рейтинге частых контактов Telegram: { $frequent }.
contacts-address-book = Адресная книга
# Hint in the empty search box.
contacts-search = Поиск по именам и номерам
contacts-col-name = Имя
contacts-col-phone = Телефон
contacts-col-platform = Платформа
# When the contact was added to the address book.
contacts-col-added = Добавлен
# A contact whose name the export does not give.
contacts-no-name = (без имени)

## Sessions & devices

# { $apps }: sessions of the platform's apps; { $websites }: websites you logged in to with
# the platform's account; { $ips }: IP addresses; { $logins }: login notifications.
sessions-summary = { $apps ->
        [one] { $apps } сеанс в приложениях
        [few] { $apps } сеанса в приложениях
        [many] { $apps } сеансов в приложениях
       *[other] { $apps } сеансов в приложениях
    }, { $websites ->
        [one] { $websites } сайт
        [few] { $websites } сайта
        [many] { $websites } сайтов
       *[other] { $websites } сайтов
    } со входом через аккаунт платформы, { $ips ->
        [one] { $ips } IP-адрес
        [few] { $ips } IP-адреса
        [many] { $ips } IP-адресов
       *[other] { $ips } IP-адресов
    }, { $logins ->
        [one] { $logins } вход
        [few] { $logins } входа
        [many] { $logins } входов
       *[other] { $logins } входов
    } по уведомлениям.
sessions-map-note = Страна — это место, где адрес зарегистрирован сегодня (по встроенной базе данных, офлайн); она может отличаться от страны на момент использования. Адреса, которые база не относит ни к одной стране (частные, зарезервированные диапазоны или диапазоны для примеров), показаны в стране, указанной в экспорте, если она есть.
sessions-all = Все сеансы
sessions-col-device = Устройство
sessions-col-app = Приложение
sessions-col-system = Система
sessions-col-ip = IP-адрес
sessions-col-place = Место
sessions-col-created = Создан
sessions-col-last-active = Последняя активность
# A session of a website you logged in to with the platform; { $website } is its name.
sessions-website = { $website } (сайт)
sessions-ip-title = IP-адреса
# Hint in the empty search box.
sessions-ip-search = Поиск по адресам и местам
# First choice of the country filter.
sessions-all-countries = Все страны
# Above the IP table; { $database } names the bundled IP database and its date. The two
# quoted names are column headers of the table (sessions-col-registered, sessions-col-export-says).
sessions-ip-note = «Страна регистрации» — где блок адресов зарегистрирован сегодня (встроенная база данных: { $database }; в интернете ничего не запрашивается); она может отличаться от страны на момент использования. «По данным экспорта» — страна, которую указывает сам экспорт.
sessions-col-address = Адрес
sessions-col-seen = Упоминаний
sessions-col-seen-hint = сколько раз адрес упоминается в экспортах
sessions-col-where-seen = Где встречается
sessions-col-first = Впервые
sessions-col-last = Последний раз
sessions-col-registered = Страна регистрации
sessions-col-registered-hint = страна, где блок адресов зарегистрирован сегодня, по встроенной базе данных
sessions-col-export-says = По данным экспорта
sessions-col-export-says-hint = страна, которую указывает для адреса экспорт
sessions-col-places = Места
sessions-logins = Входы по уведомлениям
sessions-col-time = Время
sessions-col-location = Местоположение
# What a country or place reads as when hidden.
sessions-hidden = (скрыто)
# Before two buttons: sessions-map-by-ips and sessions-map-by-logins.
sessions-map-by = Раскрасить карту по
sessions-map-by-ips = IP-адресам
sessions-map-by-logins = входам
# Checkbox, shown while personal details are masked.
sessions-hide-countries = Скрыть и страны
sessions-hide-countries-hover = Режим скрытия заменяет адреса и имена, но оставляет страны: это не личные данные. Отметьте, чтобы скрыть также карту, страны и места.

## Sessions & devices: the device cards

sessions-devices = Устройства и сайты со входом
# { $months } is how long a session must be unused to count as idle.
sessions-devices-note = Сначала недавно активные. «Назад» отсчитывается от сегодняшнего дня; сеанс считается неактивным, если на момент создания экспорта он не использовался больше { $months ->
        [one] { $months } месяца
        [few] { $months } месяцев
        [many] { $months } месяцев
       *[other] { $months } месяцев
    }.
# A device the export gives no name.
sessions-unnamed-device = (устройство без названия)
# Marks the most recently active device (keep short).
sessions-most-recent = последнее активное
# Labels on a device card.
sessions-card-app = Приложение
sessions-card-system = Система
sessions-card-first-active = Первая активность
sessions-card-last-active = Последняя активность
sessions-card-last-address = Последний адрес
# After an address: the country its block is registered in; { $country } is a country name.
sessions-registered = регистрация: { $country }
sessions-ended = Завершён: в более позднем экспорте этого аккаунта его уже нет.
# { $span } is a duration such as "5 months"; { $hint } a sentence saying where to end
# the session (one of sessions-end-*).
sessions-idle = На момент создания экспорта не использовался { $span }, но всё ещё числился в нём как активный. { $hint }
# Where to end a session; "›" separates the steps of a path through the app's menus.
sessions-end-telegram-web = Завершите его в Telegram: Настройки › Конфиденциальность › Авторизованные сайты.
sessions-end-telegram = Завершите его в Telegram: Настройки › Устройства › Завершить сеанс.
sessions-end-whatsapp = Завершите его в WhatsApp: Настройки › Связанные устройства.
sessions-end-wechat = Завершите его в WeChat: Я › Настройки › Безопасность аккаунта › Устройства входа.
# { $date } is a day.
sessions-when-today = { $date } (сегодня)
# { $date } is a day, { $span } how long ago, such as "2 years".
sessions-when-ago = { $date } ({ $span } назад)

## Conversations

# The parts of conversations-summary's list: how many conversations of each kind.
conversations-kind-personal = { $count ->
        [one] { $count } личный чат
        [few] { $count } личных чата
        [many] { $count } личных чатов
       *[other] { $count } личных чатов
    }
conversations-kind-group = { $count ->
        [one] { $count } группа
        [few] { $count } группы
        [many] { $count } групп
       *[other] { $count } групп
    }
conversations-kind-channel = { $count ->
        [one] { $count } канал
        [few] { $count } канала
        [many] { $count } каналов
       *[other] { $count } каналов
    }
conversations-kind-bot = { $count ->
        [one] { $count } бот
        [few] { $count } бота
        [many] { $count } ботов
       *[other] { $count } ботов
    }
conversations-kind-saved = «Избранное»: { $count }
# Conversations of no other kind.
conversations-kind-other = другие: { $count }
# { $count } conversations in all; { $kinds } a comma-separated list of
# conversations-kind-* parts; { $left } how many of them you left.
conversations-summary = { $count ->
        [one] { $count } беседа
        [few] { $count } беседы
        [many] { $count } бесед
       *[other] { $count } бесед
    } ({ $kinds }); из них вы покинули: { $left }. Беседа, известная из нескольких экспортов, учитывается один раз.
conversations-all = Все беседы
# Hint in the empty search box.
conversations-search = Поиск по названиям и типам
# Column headers of the conversations table, and their tooltips.
conversations-col-name = Название
conversations-col-platform = Платформа
conversations-col-kind = Тип
conversations-col-messages = Сообщения
conversations-col-messages-hint = сообщения, написанные людьми
conversations-col-service = Служебные события
conversations-col-service-hint = вступления, выходы, звонки, изменения группы …
conversations-col-sources = Источники
conversations-col-sources-hint = сколько загруженных экспортов содержат эту беседу (наведите на число, чтобы увидеть какие)
conversations-col-first = Первое
conversations-col-first-hint = самое раннее сообщение или событие
conversations-col-last = Последнее
conversations-col-last-hint = самое позднее сообщение или событие
# A conversation you left; { $kind } is its kind, e.g. "public group".
conversations-kind-left = { $kind } · вы вышли

## Activity

# Label before the platform checkboxes.
activity-platforms = Платформы
# Label before the conversation filter.
activity-conversation = Беседа
activity-all-conversations = Все беседы
# A choice of the conversation filter: { $name } on { $platform }, with { $count } messages.
activity-conversation-choice = { $name } · { $platform } ({ $count ->
        [one] { $count } сообщение
        [few] { $count } сообщения
        [many] { $count } сообщений
       *[other] { $count } сообщений
    })
# Label before the choices day, week, month, year (messages per …).
activity-per = Интервал
activity-time-zone = Часовой пояс
activity-time-zone-note = Если в экспорте указано абсолютное время (Telegram JSON), его можно показать в другом часовом поясе; остальное время остаётся как записано.
activity-how-to-read = Как это читать
activity-how-to-read-text = Здесь учитываются только сообщения, написанные людьми, без служебных событий. «Ваши» — сообщения, отправленные с аккаунта, из которого сделан экспорт; сообщения экспорта, в котором не указано, чей это аккаунт, показаны отдельно — как «владелец неизвестен».

## Payments (WeChat Pay bills; amounts are in yuan)

# { $count } transactions; { $spent } and { $received } are amounts such as ¥1,234.50.
payments-summary = { $count ->
        [one] { $count } операция
        [few] { $count } операции
        [many] { $count } операций
       *[other] { $count } операций
    } · потрачено { $spent } · получено { $received }
# As payments-summary, with { $range }: the first and last day of the bills.
payments-summary-range = { $count ->
        [one] { $count } операция
        [few] { $count } операции
        [many] { $count } операций
       *[other] { $count } операций
    } · потрачено { $spent } · получено { $received } · { $range }
payments-transactions = Операции
# Hint in the empty search box.
payments-search = Поиск по контрагентам, товарам, типам
# Column headers of the transactions table (their tooltips are the bill's own Chinese
# column names and stay as they are).
payments-col-time = Время
payments-col-time-hint = как записано в выписке (пекинское время)
payments-col-type = Тип
payments-col-counterparty = Контрагент
payments-col-goods = Товар
payments-col-direction = Приход/расход
payments-col-amount = Сумма
payments-col-method = Способ
payments-col-status = Статус
# The direction of a payment: 支出 and 收入 are the bill's own words; keep them.
payments-expense = 支出 расход
payments-income = 收入 приход
# Neither spent nor received; "/" is how the bill writes it.
payments-neutral = нейтрально (/)

## Findings

findings-page-intro = Что можно сделать с тем, что показывают эти экспорты: каждая находка объясняет, что хранит платформа, как изменить это в ней самой и где это посмотреть. Всё вычислено на этом компьютере только по файлам.
# { $count } findings of severity { $severity } (High, Medium or Low).
findings-page-severity-count = { $severity }: { $count }
findings-page-none = В этих экспортах нет ничего, что требовало бы действий.
findings-page-dismissed = { $count ->
        [one] { $count } находка скрыта
        [few] { $count } находки скрыты
        [many] { $count } находок скрыто
       *[other] { $count } находок скрыто
    } до закрытия Footprint.
# Button (keep short).
findings-page-show-again = Показать снова
# Before what to do about a finding.
findings-page-what-to-do = Что делать:
# Link to the page that shows a finding; { $page } is the page's name, e.g. Sessions & devices.
findings-page-see = Открыть «{ $page }»
# Button (keep short).
findings-page-dismiss = Скрыть
findings-page-dismiss-hover = Скрыть эту находку до закрытия Footprint

## Compare: two exports of one account

compare-intro = Загружены два экспорта одного аккаунта. В остальных разделах общие для них данные учитываются один раз; здесь видно, что изменилось между ними.
compare-none = Двух экспортов одного аккаунта не загружено.
# Stands in for the account's name when personal details are masked (inside compare-title).
compare-one-account = один аккаунт
# Section title; { $account } is the account (a name, a number or compare-one-account).
compare-title = { $platform }, { $account }: два экспорта
# Stands in for an export's files when personal details are masked; { $number } is 1 or 2.
compare-export-masked = экспорт { $number }
# { $earlier } and { $later } are the files of each export; { $earlier_date } and
# { $later_date } the days of their latest items (or compare-unknown-date).
compare-sides = Более ранний: { $earlier } (последняя запись: { $earlier_date }) · более поздний: { $later } (последняя запись: { $later_date })
compare-unknown-date = неизвестная дата
# Titles of the collapsible tables.
compare-new-sessions = Новые сеансы
compare-ended-sessions = Завершённые сеансы
compare-new-ips = Новые IP-адреса
compare-contacts-added = Добавленные контакты
compare-contacts-removed = Удалённые контакты
compare-conversations-joined = Новые беседы
compare-conversations-left = Покинутые беседы
compare-new-messages = Новые сообщения по беседам
compare-new-payments = Новые платежи
# A table's title with its number of rows: { $title } is one of the titles above.
compare-table-title = { $title } ({ $count })
# Column headers.
compare-col-device = Устройство или сайт
compare-col-app = Приложение
compare-col-kind = Тип
compare-col-created = Создан
compare-col-last-active = Последняя активность
compare-col-address = Адрес
compare-col-registered = Страна регистрации
compare-col-name = Имя
compare-col-phone = Телефон
compare-col-conversation = Беседа
# How a conversation was left.
compare-col-how = Как
compare-col-messages = Сообщения
compare-col-time = Время
compare-col-counterparty = Контрагент
compare-col-amount = Сумма
compare-col-direction = Направление
# Kinds of sessions.
compare-session-app = приложение
compare-session-web = веб
# An address in no country: in a private or reserved range, or not in the database.
compare-country-private = частный
compare-country-unknown = неизвестно
# Kinds of conversations.
compare-kind-personal = личный чат
compare-kind-group = группа
compare-kind-channel = канал
compare-kind-bot = бот
compare-kind-saved = избранное
compare-kind-other = другое
# How a conversation was left: the later export says so.
compare-marked-left = отмечена как покинутая
# Directions of payments.
compare-expense = расход
compare-income = приход
compare-neutral = нейтрально
# Below a cut table: { $shown } rows shown of { $count }; "footprint diff --json" is a
# command: keep it as is.
compare-more-rows = Показаны первые { $shown } из { $count ->
        [one] { $count } строки
        [few] { $count } строк
        [many] { $count } строк
       *[other] { $count } строк
    }; полный список выводит footprint diff --json.
