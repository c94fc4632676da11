### Findings: what a person can do about their footprint. Shown on the Findings page, on
### the Overview, in the HTML report and by `footprint findings`.
### Each finding has a title (one sentence: what the export shows), evidence lines (the
### numbers behind it) and an action (how to act on that platform).
### { $platform } is always a platform name: Telegram, WhatsApp or WeChat (not translated).
### Menu paths (Settings › Devices …) name the platform's own menus: use the names the
### platform's app shows in your language where you know them. Chinese menu names in
### brackets are WeChat's own and stay as they are.

## Severity (how much a finding matters), shown as a coloured label: keep short
finding-severity-high = высокая
finding-severity-medium = средняя
finding-severity-low = низкая

## Shared pieces of evidence lines
# A day and how long ago it was: { $date } is a date, { $span } a duration such as
# "2 years" (see span-days, span-months, span-years).
finding-date-ago = { $date } ({ $span } назад)
# The last evidence line when there are more than the list shows.
finding-more = и ещё { $count }

## Idle sessions: devices still logged in but unused for half a year
# { $months } is 6.
finding-idle-sessions-title = { $count ->
        [one] { $count } устройство, которым не пользовались больше { $months ->
            [one] { $months } месяца
           *[other] { $months } месяцев
        }, всё ещё подключено к аккаунту { $platform }
        [few] { $count } устройства, которыми не пользовались больше { $months ->
            [one] { $months } месяца
           *[other] { $months } месяцев
        }, всё ещё подключены к аккаунту { $platform }
       *[other] { $count } устройств, которыми не пользовались больше { $months ->
            [one] { $months } месяца
           *[other] { $months } месяцев
        }, всё ещё подключены к аккаунту { $platform }
    }
# { $device } names the session (device model and app), { $date } is a date, { $span } a
# duration such as "2 years".
finding-idle-sessions-evidence = { $device }: последняя активность — { $date }; на момент экспорта без активности { $span }
# The same, for a session with no date at all.
finding-idle-sessions-evidence-never = { $device }: активности не было ни разу; на момент экспорта без активности { $span }
finding-idle-sessions-action-telegram = В Telegram: Настройки › Устройства, нажмите на каждый сеанс, которым вы больше не пользуетесь › «Завершить сеанс». В разделе «Автоматически завершать сеансы» выберите, сколько может просуществовать неактивный сеанс.
finding-idle-sessions-action-whatsapp = В WhatsApp: Настройки › Связанные устройства, нажмите на каждое устройство, которым вы больше не пользуетесь › «Выйти».
finding-idle-sessions-action-wechat = В WeChat: Я › Настройки › Безопасность аккаунта › Устройства входа (我 › 设置 › 账号与安全 › 登录设备管理), удалите устройства, которыми вы больше не пользуетесь.

## Active websites: websites and bots logged in with the account
finding-active-websites-title = { $count ->
        [one] { $count } сайт использует вход через ваш аккаунт { $platform }
        [few] { $count } сайта используют вход через ваш аккаунт { $platform }
       *[other] { $count } сайтов используют вход через ваш аккаунт { $platform }
    }
# Some of them are idle: { $idle } of { $count } unused for more than { $months } (6) months.
finding-active-websites-title-unused = { $count ->
        [one] { $count } сайт использует вход через ваш аккаунт { $platform }, хотя им не пользовались больше { $months ->
            [one] { $months } месяца
           *[other] { $months } месяцев
        }
        [few] { $count } сайта используют вход через ваш аккаунт { $platform }; не использовались: { $idle }, больше { $months ->
            [one] { $months } месяца
           *[other] { $months } месяцев
        }
       *[other] { $count } сайтов используют вход через ваш аккаунт { $platform }; не использовались: { $idle }, больше { $months ->
            [one] { $months } месяца
           *[other] { $months } месяцев
        }
    }
# { $site } is the website (or device and app), { $date } a date or "–" when unknown.
finding-active-websites-evidence = { $site }: в последний раз — { $date }
finding-active-websites-action-telegram = В Telegram: Настройки › Конфиденциальность › Авторизованные сайты; отключите те, которыми вы больше не пользуетесь («Отключить»), или нажмите «Отключить все сайты».
# For platforms other than Telegram.
finding-active-websites-action-other = Выйдите с сайта в настройках платформы — в разделе об устройствах или авторизованных приложениях.

## Address book: the contacts the platform holds
finding-address-book-title-telegram = { $count ->
        [one] Telegram хранит { $count } контакт из вашей адресной книги
        [few] Telegram хранит { $count } контакта из вашей адресной книги
       *[other] Telegram хранит { $count } контактов из вашей адресной книги
    }
finding-address-book-title-whatsapp = { $count ->
        [one] WhatsApp хранит { $count } номер из адресной книги вашего телефона
        [few] WhatsApp хранит { $count } номера из адресной книги вашего телефона
       *[other] WhatsApp хранит { $count } номеров из адресной книги вашего телефона
    }
finding-address-book-title-wechat = { $count ->
        [one] WeChat хранит ваш список друзей: { $count } контакт
        [few] WeChat хранит ваш список друзей: { $count } контакта
       *[other] WeChat хранит ваш список друзей: { $count } контактов
    }
finding-address-book-entries = { $count ->
        [one] { $count } запись
        [few] { $count } записи
       *[other] { $count } записей
    }
finding-address-book-oldest = самая старая добавлена { $date }
finding-address-book-action-telegram = В Telegram: Настройки › Конфиденциальность › Управление данными, выключите «Синхронизировать контакты», затем нажмите «Удалить импортированные контакты».
finding-address-book-action-whatsapp = WhatsApp читает вашу адресную книгу, пока у него есть разрешение на доступ к контактам. Android: Настройки › Приложения › WhatsApp › Разрешения › Контакты › Запретить. iPhone: Настройки › Конфиденциальность и безопасность › Контакты, выключите WhatsApp. Кнопки, чтобы удалить то, что WhatsApp уже получил, нет.
finding-address-book-action-wechat = В WeChat удалите друзей, с которыми больше не общаетесь (их профиль › ··· › Удалить), а в разделе Я › Настройки › Конфиденциальность выберите, как вас можно добавить (по номеру телефона, WeChat ID, из группы или по QR-коду).

## Frequent contacts: Telegram's rating of whom you talk to most
finding-frequent-contacts-title = { $count ->
        [one] Telegram ведёт рейтинг тех, с кем вы общаетесь чаще всего: { $count } позиция (люди и чаты)
        [few] Telegram ведёт рейтинг тех, с кем вы общаетесь чаще всего: { $count } позиции (люди и чаты)
       *[other] Telegram ведёт рейтинг тех, с кем вы общаетесь чаще всего: { $count } позиций (люди и чаты)
    }
finding-frequent-contacts-evidence = в рейтинге: { $count } (люди, группы, боты и каналы)
finding-frequent-contacts-action = В Telegram: Настройки › Конфиденциальность › Управление данными, выключите «Подсказка людей при поиске»; это также удалит рейтинг.

## IP addresses the platform keeps
finding-ip-addresses-title = { $count ->
        [one] { $platform } знает { $count } ваш IP-адрес
        [few] { $platform } знает { $count } ваших IP-адреса
       *[other] { $platform } знает { $count } ваших IP-адресов
    }
# { $count } addresses, registered in { $countries } countries.
finding-ip-addresses-title-countries = { $platform } знает { $count ->
        [one] { $count } ваш IP-адрес
        [few] { $count } ваших IP-адреса
       *[other] { $count } ваших IP-адресов
    } из { $countries ->
        [one] { $countries } страны
       *[other] { $countries } стран
    }
finding-ip-addresses-count = { $count ->
        [one] { $count } адрес
        [few] { $count } адреса
       *[other] { $count } адресов
    }
# { $countries } is a list of country codes with counts: "DE (2), US (1)".
finding-ip-addresses-registered = страны регистрации: { $countries }
# { $when } is a date with how long ago it was: "Feb 11, 2024 (2 years ago)".
finding-ip-addresses-oldest = самый ранний — { $when }
finding-ip-addresses-action-telegram = Telegram хранит адреса в целях безопасности и не даёт удалять их по одному. Если завершить сеансы, которыми вы не пользуетесь (Настройки › Устройства), они перестанут добавлять новые адреса; прокси (Настройки › Данные и память › Прокси) или VPN скроют от Telegram ваш адрес в будущем.
finding-ip-addresses-action-whatsapp = WhatsApp не даёт удалить записанные им адреса. VPN скроет от него ваш адрес в будущем, а Настройки › Конфиденциальность › Расширенные › «Защищать IP-адрес во время звонков» скрывает его от тех, кому вы звоните.
finding-ip-addresses-action-wechat = WeChat не даёт удалить записанные им адреса. VPN скроет от него ваш адрес в будущем.

## Quiet groups: groups and channels you have not written in for years
# All of them are groups. { $years } is 2.
finding-quiet-groups-title-groups = Вы всё ещё состоите в { $count ->
        [one] { $count } группе
       *[other] { $count } группах
    } { $platform }, где ничего не писали { $years ->
        [one] последний { $years } год
        [few] последние { $years } года
       *[other] последние { $years } лет
    } перед экспортом
# All of them are channels.
finding-quiet-groups-title-channels = Вы всё ещё подписаны на { $count ->
        [one] { $count } канал
        [few] { $count } канала
       *[other] { $count } каналов
    } { $platform }, где ничего не писали { $years ->
        [one] последний { $years } год
        [few] последние { $years } года
       *[other] последние { $years } лет
    } перед экспортом
# Some groups, some channels.
finding-quiet-groups-title-mixed = Вы всё ещё состоите в { $count ->
        [one] { $count } группе или канале
       *[other] { $count } группах и каналах
    } { $platform }, где ничего не писали { $years ->
        [one] последний { $years } год
        [few] последние { $years } года
       *[other] последние { $years } лет
    } перед экспортом
# { $name } is the group's or channel's name, { $date } a date.
finding-quiet-groups-last-wrote = { $name }: в последний раз вы писали { $date }
# { $kind } is the kind of conversation ("public group", "channel").
finding-quiet-groups-never-wrote = { $name }: вы ни разу не писали ({ $kind })
finding-quiet-groups-action-telegram = Покиньте те, за которыми больше не следите: откройте группу или канал › меню с тремя точками › «Покинуть группу» (или «Покинуть канал»). Другие участники будут видеть ваши старые сообщения и после вашего выхода; если хотите, чтобы они исчезли, сначала удалите их.
finding-quiet-groups-action-whatsapp = Выйдите из тех, за которыми больше не следите: откройте группу › меню с тремя точками › Ещё › «Выйти из группы». Пока вы не выйдете, участники видят ваш номер.
finding-quiet-groups-action-wechat = Выйдите из тех, за которыми больше не следите: откройте группу › ··· › «Удалить и выйти» (删除并退出).

## Bots you wrote to once or not at all
finding-bots-once-title = { $count ->
        [one] { $count } бот, которому вы писали один раз, всё ещё хранит вашу переписку
        [few] { $count } бота, которым вы писали один раз, всё ещё хранят вашу переписку
       *[other] { $count } ботов, которым вы писали один раз, всё ещё хранят вашу переписку
    }
# { $name } is the bot's name; { $sent } messages from you out of { $total } in the chat.
finding-bots-once-evidence = { $sent ->
        [one] { $name }: от вас { $sent } сообщение, всего в чате { $total }
        [few] { $name }: от вас { $sent } сообщения, всего в чате { $total }
       *[other] { $name }: от вас { $sent } сообщений, всего в чате { $total }
    }
finding-bots-once-action = Бот хранит всё, что вы ему отправили, вместе с вашим именем, именем пользователя и языком. Откройте бота › меню с тремя точками › «Заблокировать» («Остановить и заблокировать бота»), затем «Удалить чат».

## Recurring payments: subscriptions and automatic deductions (WeChat Pay)
finding-recurring-payments-title = { $count ->
        [one] { $count } контрагент получает от вас платежи через равные промежутки времени
        [few] { $count } контрагента получают от вас платежи через равные промежутки времени
       *[other] { $count } контрагентов получают от вас платежи через равные промежутки времени
    }
# { $name } is who was paid, { $every } how often (finding-every-…), { $total } an amount
# of money ("¥60.00").
finding-recurring-payments-evidence = { $count ->
        [one] { $name }: { $count } платёж, { $every }, всего { $total }
        [few] { $name }: { $count } платежа, { $every }, всего { $total }
       *[other] { $name }: { $count } платежей, { $every }, всего { $total }
    }
finding-recurring-payments-action = Проверьте, что списывается автоматически: WeChat › Я › Сервисы › Кошелёк › Настройки платежей › Автоматические списания (我 › 服务 › 钱包 › 支付设置 › 自动续费) — и отмените то, что вам больше не нужно.
# How often a payment recurs, placed after "4 payments".
finding-every-week = раз в неделю
finding-every-two-weeks = раз в 2 недели
finding-every-month = раз в месяц
finding-every-three-months = раз в 3 месяца
finding-every-year = раз в год
finding-every-days = { $count ->
        [one] раз в { $count } день
        [few] раз в { $count } дня
       *[other] раз в { $count } дней
    }

## Top counterparties: whom you paid most
# { $percent } is a whole number; { $count } is 1, 2 or 3.
finding-top-counterparties-title = { $count ->
        [one] { $percent } % ваших расходов пришлось на одного контрагента
       *[other] { $percent } % ваших расходов пришлось на { $count } контрагентов
    }
# { $name } is who was paid, { $amount } an amount of money ("¥70.00").
finding-top-counterparties-evidence = { $count ->
        [one] { $name }: { $amount } за { $count } платёж
        [few] { $name }: { $amount } за { $count } платежа
       *[other] { $name }: { $amount } за { $count } платежей
    }
finding-top-counterparties-action = WeChat Pay хранит каждый платёж вместе с тем, кому вы заплатили, а выписки удалить нельзя. Если платить этим контрагентам другим способом, будущие платежи не попадут в эту историю.

## Night payments: payments made between midnight and 5 in the morning
# { $end } is a time of day ("05:00").
finding-night-payments-title = { $count ->
        [one] { $count } платёж совершён между 00:00 и { $end }
        [few] { $count } платежа совершены между 00:00 и { $end }
       *[other] { $count } платежей совершено между 00:00 и { $end }
    }
# { $night } of all { $count } payments, { $percent } a whole number.
finding-night-payments-share = { $count ->
        [one] { $night } из { $count } вашего платежа ({ $percent } %)
       *[other] { $night } из { $count } ваших платежей ({ $percent } %)
    }
finding-night-payments-latest = последний — { $date }
finding-night-payments-action = Ночные платежи сообщают WeChat, когда вы не спите и где бываете по ночам. Отключить здесь нечего; проверьте, нет ли в выписке платежей, которых вы не узнаёте: Я › Сервисы › Кошелёк › Выписки (我 › 服务 › 钱包 › 账单).

## Missing: what the export did not include
# { $categories } is a list of category names ("Contacts, Identity"; see inventory-…).
finding-missing-title = В экспорте { $platform } нет: { $categories }
# { $category } is one category name.
finding-missing-evidence = { $category }: в загруженных файлах нет
