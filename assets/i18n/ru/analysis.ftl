### Texts the analysis writes: what each platform holds (the Overview's inventory), how
### overlapping exports were merged, who "you" are in each export, what changed between
### two exports of one account, masked names, kinds of conversations and of IP addresses.
### They appear in the window, in saved chart images and in the HTML report.
### { $platform } is always a platform name: Telegram, WhatsApp or WeChat (not translated).

## Durations, placed inside sentences ("unused for 2 years", "2 years ago")
span-days = { $count ->
        [one] { $count } день
        [few] { $count } дня
        [many] { $count } дней
       *[other] { $count } дня
    }
span-months = { $count ->
        [one] { $count } месяц
        [few] { $count } месяца
        [many] { $count } месяцев
       *[other] { $count } месяца
    }
span-years = { $count ->
        [one] { $count } год
        [few] { $count } года
        [many] { $count } лет
       *[other] { $count } года
    }
# An amount in yuan (Chinese currency): $amount is the number with its separators
# (31,622.34); the symbol goes where the language puts it.
yuan-amount = { $amount } ¥

## Activity settings (the Activity view's controls and chart axes)
# The clock of the activity charts: the time as the export writes it, no conversion.
time-basis-as-exported = как записано в экспорте
# Bucket sizes of the activity timeline (radio buttons and the chart's axis): keep short.
bucket-day = день
bucket-week = неделя
bucket-month = месяц
bucket-year = год

## Inventory: the categories of data each platform holds (Overview and report)
# Category names: the first column of the table, keep short.
inventory-identity = Профиль
inventory-contacts = Контакты
inventory-sessions = Сеансы и устройства
inventory-ip-addresses = IP-адреса и места
inventory-conversations = Беседы
inventory-messages = Сообщения
inventory-payments = Платежи
# Why each category matters, one sentence (shown when hovering its sensitivity).
inventory-identity-why = Кто вы: данные, которые связывают аккаунт с вами.
inventory-contacts-why = Ваша адресная книга: люди, которые не давали согласия на то, чтобы их данные куда-то загружали.
inventory-sessions-why = Какими телефонами и компьютерами вы пользуетесь и с каких пор.
inventory-ip-addresses-why = Где вы находились, когда подключались.
inventory-conversations-why = С кем вы общаетесь, в какие группы и каналы вступали и из каких вышли.
inventory-messages-why = Когда вы не спите, когда заняты и с кем общаетесь: активность за годы.
inventory-payments-why = Что вы покупаете, у кого и когда.
# How sensitive a category is, shown as a coloured label: keep short.
inventory-sensitivity-low = низкая
inventory-sensitivity-medium = средняя
inventory-sensitivity-high = высокая
# What a category's count is made of.
inventory-contacts-detail = { $count ->
        [one] { $count } запись в адресной книге
        [few] { $count } записи в адресной книге
        [many] { $count } записей в адресной книге
       *[other] { $count } записи в адресной книге
    }
# Telegram: { $frequent } of the contacts are rated as frequent. Keep the " · ".
inventory-contacts-detail-frequent = { $count ->
        [one] { $count } запись в адресной книге · в рейтинге частых: { $frequent }
        [few] { $count } записи в адресной книге · в рейтинге частых: { $frequent }
        [many] { $count } записей в адресной книге · в рейтинге частых: { $frequent }
       *[other] { $count } записи в адресной книге · в рейтинге частых: { $frequent }
    }
# { $app } app sessions, { $web } web sessions (websites logged in), { $devices } models
# of phones and computers. Keep the " · ".
inventory-sessions-detail = в приложениях: { $app }, веб: { $web } · { $devices ->
        [one] { $devices } модель устройства
        [few] { $devices } модели устройств
        [many] { $devices } моделей устройств
       *[other] { $devices } модели устройств
    }
# Followed by " · " and a list of countries when the export names any.
inventory-ip-addresses-detail = { $count ->
        [one] { $count } адрес
        [few] { $count } адреса
        [many] { $count } адресов
       *[other] { $count } адреса
    }
# { $conversations } is a count of one kind ("3 groups", see kind-…-count), { $left } how
# many of them were left.
inventory-kind-left = { $conversations } (из них вы покинули: { $left })
# Messages written by people, service events (joined, left, pinned …), distinct writers.
inventory-messages-detail = { $messages ->
        [one] { $messages } сообщение
        [few] { $messages } сообщения
        [many] { $messages } сообщений
       *[other] { $messages } сообщения
    }, { $events ->
        [one] { $events } служебное событие
        [few] { $events } служебных события
        [many] { $events } служебных событий
       *[other] { $events } служебного события
    }, { $senders ->
        [one] { $senders } отправитель
        [few] { $senders } отправителя
        [many] { $senders } отправителей
       *[other] { $senders } отправителя
    }
# { $spent } and { $received } are amounts of money ("¥31,622.34").
inventory-payments-detail = потрачено { $spent }, получено { $received }
# How to get a category the export lacks, shown after "Not in this export."
# Menu paths name the platform's own menus and options (in quotes): use the names the
# platform shows in your language where you know them.
inventory-hint-whatsapp-report-lists-none = В загруженном отчёте об аккаунте таких данных нет.
inventory-hint-telegram-sessions = Сделайте экспорт заново, отметив пункты «Активные сеансы» и «Прочие данные» (по умолчанию оба выключены).
inventory-hint-telegram-contacts = Сделайте экспорт заново, отметив пункт «Список контактов».
inventory-hint-telegram-identity = Сделайте экспорт заново, отметив пункт «Информация об аккаунте».
inventory-hint-telegram-chats = Отметьте нужные типы чатов (чаты с ботами, публичные группы и каналы по умолчанию выключены).
inventory-hint-whatsapp-report = Запросите отчёт об аккаунте: Настройки › Аккаунт › Запросить информацию аккаунта (он будет готов примерно через 3 дня).
inventory-hint-whatsapp-chats = Откройте чат › меню с тремя точками › Ещё › Экспорт чата (по одному чату за раз).
# The Chinese menu path is WeChat's own: keep it as it is.
inventory-hint-wechat-payments = 我 › 服务 › 钱包 › 账单 › 常见问题 › 下载账单 › 用于个人对账 (пароль к zip-архиву придёт сообщением от WeChat Pay).
# MemoTrace and WeFlow are names of programs.
inventory-hint-wechat-chats = У WeChat нет официального экспорта чатов; программы вроде MemoTrace или WeFlow создают файлы, которые читает Footprint.

## Kinds of conversations
# A count of conversations of one kind ("3 groups"), in lists such as
# "12 private chats, 3 groups (1 left)".
kind-personal-count = { $count ->
        [one] { $count } личный чат
        [few] { $count } личных чата
        [many] { $count } личных чатов
       *[other] { $count } личного чата
    }
kind-group-count = { $count ->
        [one] { $count } группа
        [few] { $count } группы
        [many] { $count } групп
       *[other] { $count } группы
    }
kind-channel-count = { $count ->
        [one] { $count } канал
        [few] { $count } канала
        [many] { $count } каналов
       *[other] { $count } канала
    }
kind-bot-count = { $count ->
        [one] { $count } бот
        [few] { $count } бота
        [many] { $count } ботов
       *[other] { $count } бота
    }
# Telegram's "Saved Messages", the chat with yourself.
kind-saved-count = «Избранное»: { $count }
# Conversations of no other kind.
kind-other-count = другие: { $count }
# The kind of one conversation, as the Conversations table and the report name it.
kind-label-private-chat = личный чат
kind-label-group = группа
kind-label-private-group = частная группа
kind-label-public-group = публичная группа
kind-label-channel = канал
kind-label-private-channel = частный канал
kind-label-public-channel = публичный канал
kind-label-bot = бот
kind-label-saved = избранное
# WeChat's kinds of conversation, with WeChat's own Chinese word (kept in brackets
# where the language is not Chinese).
kind-label-wechat-group = группа (群聊)
kind-label-wechat-official = официальный аккаунт (公众号)
kind-label-wechat-wecom = контакт WeCom (企业微信)
kind-label-wechat-system = системный аккаунт (微信)
kind-label-wechat-private = личный чат (私聊)
# A conversation the export gives no type.
kind-label-other-not-given = другое (тип не указан)
# { $kind } is the type as the export writes it ("replies").
kind-label-other = другое: { $kind }

## Sessions, IP addresses and payments: words inside tables and charts
# A session that names neither its device, its app nor a website.
topics-unknown-device = неизвестное устройство
# A device, system, app, counterparty or payment method the export leaves empty (a bar of
# a chart, a row of a table).
topics-not-given = (не указано)
# Where an IP address was seen, in lists such as "session, login notice".
topics-origin-session = сеанс
topics-origin-web-session = веб-сеанс
topics-origin-ip-history = история IP-адресов
topics-origin-account-change = изменение аккаунта
# Telegram's login notifications ("New login from …").
topics-origin-login-notice = уведомление о входе

## Where an IP address is registered, when it is no country's
ip-place-unknown = нет в базе данных
ip-place-private-network = частная сеть
ip-place-loopback = петлевой адрес (loopback)
ip-place-shared-carrier = общая сеть оператора (CGNAT)
ip-place-link-local = локальный адрес канала (link-local)
ip-place-documentation = пример для документации
ip-place-benchmarking = диапазон для тестирования производительности
ip-place-protocol-assignment = служебный диапазон протоколов
ip-place-this-network = эта сеть
ip-place-multicast = групповая рассылка (multicast)
ip-place-reserved = зарезервированный диапазон
ip-place-unspecified = неуказанный адрес
ip-place-translation = трансляция IPv4

## Merged exports: a note under a platform's inventory when several exports overlap
# Items found in more than one export, counted once. Listed in overlap-merged-….
overlap-repeated-messages = { $count ->
        [one] { $count } повторяющееся сообщение
        [few] { $count } повторяющихся сообщения
        [many] { $count } повторяющихся сообщений
       *[other] { $count } повторяющегося сообщения
    }
overlap-repeated-payments = { $count ->
        [one] { $count } повторяющийся платёж
        [few] { $count } повторяющихся платежа
        [many] { $count } повторяющихся платежей
       *[other] { $count } повторяющегося платежа
    }
overlap-repeated-contacts = { $count ->
        [one] { $count } повторяющийся контакт
        [few] { $count } повторяющихся контакта
        [many] { $count } повторяющихся контактов
       *[other] { $count } повторяющегося контакта
    }
overlap-repeated-sessions = { $count ->
        [one] { $count } повторяющийся сеанс
        [few] { $count } повторяющихся сеанса
        [many] { $count } повторяющихся сеансов
       *[other] { $count } повторяющегося сеанса
    }
overlap-repeated-other = { $count ->
        [one] { $count } повторяющаяся запись об IP-адресе или входе
        [few] { $count } повторяющиеся записи об IP-адресах и входах
        [many] { $count } повторяющихся записей об IP-адресах и входах
       *[other] { $count } повторяющейся записи об IP-адресах и входах
    }
# The last item of a list: { $head } is the items before it, joined with ", ".
overlap-list-and = { $head } и { $last }
# { $list } lists the repeated items (overlap-repeated-…); { $total } is their sum.
overlap-merged-dropped = { $total ->
       *[other] Пересекающиеся источники объединены; повторы не учитываются: { $list }.
    }
# { $conversations } conversations were found in several exports and count once.
overlap-merged-conversations = { $conversations ->
        [one] Пересекающиеся источники объединены: { $conversations } беседа, известная из нескольких экспортов, учитывается один раз.
        [few] Пересекающиеся источники объединены: { $conversations } беседы, известные из нескольких экспортов, учитываются один раз.
        [many] Пересекающиеся источники объединены: { $conversations } бесед, известных из нескольких экспортов, учитываются один раз.
       *[other] Пересекающиеся источники объединены: { $conversations } беседы, известные из нескольких экспортов, учитываются один раз.
    }
# Both of the above in one sentence.
overlap-merged-both = { $conversations ->
        [one] Пересекающиеся источники объединены: { $conversations } беседа, известная из нескольких экспортов, учитывается один раз
        [few] Пересекающиеся источники объединены: { $conversations } беседы, известные из нескольких экспортов, учитываются один раз
        [many] Пересекающиеся источники объединены: { $conversations } бесед, известных из нескольких экспортов, учитываются один раз
       *[other] Пересекающиеся источники объединены: { $conversations } беседы, известные из нескольких экспортов, учитываются один раз
    }; { $total ->
       *[other] повторы не учитываются: { $list }.
    }
# Not normally shown (something was merged, but none of the above).
overlap-merged = Пересекающиеся источники объединены.

## Who you are in an export: how it was decided (shown after "You are NAME", lower case,
## no final full stop)
owner-how-named-by-export = указано в экспорте
# Where the export names you: $place is its own term (a section, field or folder, not
# translated), $exporter the tool that wrote a WeChat export (MemoTrace, WeFlow …).
owner-how-named-by-section = указано в { $place } экспорта
owner-how-named-by-exporter = указано в { $place } ({ $exporter })
# A WeChat exporter marks the messages you sent.
owner-how-sent-by-me = по отметке «отправлено мной» от программы экспорта
owner-how-identity-name = имя из личной информации в экспорте
owner-how-account-information = указано в информации об аккаунте в экспорте
owner-how-no-messages = здесь нет сообщений
owner-how-no-evidence = в этом экспорте ничто не указывает, кто из авторов — вы
owner-how-chosen = выбрано вами
owner-how-chosen-none = выбрано вами: вы здесь ничего не пишете, поэтому все сообщения — полученные
# { $name } is the name the user chose.
owner-how-chosen-absent = выбрано вами; { $name } здесь ничего не пишет, поэтому все сообщения — полученные
# { $count } chats of { $platform } are loaded, and one person writes in all of them.
owner-how-only-common-writer = единственный, кто пишет во всех загруженных чатах { $platform } (их { $count })
owner-how-name-in-other-export = ваше имя в другом экспорте этой платформы
# { $name } is the other person of a one-to-one chat.
owner-how-chat-named-after = чат назван по имени собеседника ({ $name }), значит, вы — второй участник
# WhatsApp's "Messages and calls are end-to-end encrypted" line.
owner-how-notice-under = уведомление о шифровании записано под именем { $name }, значит, вы — собеседник
owner-how-account-number = номер телефона из отчёта об аккаунте
# Added after the above, following "; ". Lines such as "You created group".
owner-how-second-person = { $count ->
        [one] { $count } системная строка во втором лице (что сделали «вы») показывает, что вы есть в этом чате
        [few] { $count } системные строки во втором лице (что сделали «вы») показывают, что вы есть в этом чате
        [many] { $count } системных строк во втором лице (что сделали «вы») показывают, что вы есть в этом чате
       *[other] { $count } системной строки во втором лице (что сделали «вы») показывают, что вы есть в этом чате
    }

## Two exports of one account: what changed (the Compare view, the report)
# What ties the two exports. { $id } is a Telegram user id (a number, shown as is).
diff-account-user-id = ID пользователя { $id }
diff-account-overlapping-bills = пересекающиеся выписки WeChat Pay
# Why two exports cannot be compared. { $old } and { $new } are lists of platforms.
diff-no-common-platform = более ранний экспорт — из { $old }, более поздний — из { $new }: общей платформы нет
# { $old } and { $new } name the accounts ("user id 42", a phone number).
diff-different-accounts = похоже, это два разных аккаунта { $platform } ({ $old } и { $new })
# Section names: the first column of the summary, keep short.
diff-section-sessions = Сеансы и устройства
diff-section-ips = IP-адреса
diff-section-contacts = Контакты
diff-section-conversations = Беседы
diff-section-messages = Сообщения
diff-section-payments = Платежи
# { $new } sessions new in the later export, { $ended } gone from it; { $devices } device
# models new, { $gone } no longer listed.
diff-sessions-line = новых сеансов: { $new }, завершённых: { $ended }; новых моделей устройств: { $devices }, исчезнувших: { $gone }
# { $new } new IP addresses; { $countries } countries they are registered in that no
# earlier address was; { $named } countries the later export itself names that the
# earlier did not.
diff-ips-line = новых адресов: { $new }; новых стран регистрации: { $countries }, новых стран по данным более позднего экспорта: { $named }
diff-contacts-line = добавлено: { $added }, удалено: { $removed }
diff-conversations-line = новых: { $joined }, покинутых: { $left }
diff-messages-line = { $messages ->
        [one] { $messages } сообщение
        [few] { $messages } сообщения
        [many] { $messages } сообщений
       *[other] { $messages } сообщения
    } после более раннего экспорта, { $conversations ->
        [one] в { $conversations } беседе
       *[other] в { $conversations } беседах
    }
diff-payments-line = { $count ->
        [one] { $count } новый платёж
        [few] { $count } новых платежа
        [many] { $count } новых платежей
       *[other] { $count } нового платежа
    }

## Masked names: pseudonyms shown instead of personal details when masking is on
# { $number } is a number, or "?" for something never seen before.
mask-contact = Контакт { $number }
mask-group = Группа { $number }
mask-channel = Канал { $number }
mask-bot = Бот { $number }
# Someone paid or paying (WeChat Pay).
mask-counterparty = Контрагент { $number }
# Free text the user wrote (a bio, an about text), hidden.
mask-hidden = (скрыто)

## Warnings: what went wrong in a source, shown with how many times ("3 × …")
warning-repaired-json = исправлен некорректный JSON
warning-invalid-utf8 = заменены некорректные байты UTF-8
warning-duplicate-key = повторяющийся ключ, сохранено последнее значение
warning-skipped-record = пропущена нечитаемая запись
warning-missing-date = пропущена запись без даты
warning-unsupported-message = сообщение, отмеченное экспортом как неподдерживаемое
warning-truncated = файл обрывается; сохранено всё, что было до этого
warning-standard-time-offset = смещение от UTC стандартное, в том числе летом
warning-text-before-first-message = пропущен текст перед первым сообщением
warning-other-header-format = строка в другом формате даты, сохранена как текст предыдущего сообщения
warning-realigned-row = строка с запятой без кавычек в текстовой ячейке, выровнена заново
warning-missing-page = нет страницы, на которую ссылается экспорт
# Where a warning's example is in the file and what it quotes ($detail: the file's own text).
warning-sample-record = запись { $record } (байт { $byte }): { $detail }
warning-sample-byte = байт { $byte }: { $detail }
