### Findings: what a person can do about their footprint. Shown on the Findings page, on
### the Overview, in the HTML report and by `footprint findings`.
### Each finding has a title (one sentence: what the export shows), evidence lines (the
### numbers behind it) and an action (how to act on that platform).
### { $platform } is always a platform name: Telegram, WhatsApp or WeChat (not translated).
### Menu paths (Settings › Devices …) name the platform's own menus: use the names the
### platform's app shows in your language where you know them. Chinese menu names in
### brackets are WeChat's own and stay as they are.

## Severity (how much a finding matters), shown as a coloured label: keep short
finding-severity-high = alta
finding-severity-medium = media
finding-severity-low = baja

## Shared pieces of evidence lines
# A day and how long ago it was: { $date } is a date, { $span } a duration such as
# "2 years" (see span-days, span-months, span-years).
finding-date-ago = { $date } (hace { $span })
# The last evidence line when there are more than the list shows.
finding-more = y { $count } más

## Idle sessions: devices still logged in but unused for half a year
# { $months } is 6.
finding-idle-sessions-title = { $count ->
        [one] { $count } dispositivo que lleva más de { $months } meses sin usarse sigue con la sesión iniciada en { $platform }
       *[other] { $count } dispositivos que llevan más de { $months } meses sin usarse siguen con la sesión iniciada en { $platform }
    }
# { $device } names the session (device model and app), { $date } is a date, { $span } a
# duration such as "2 years".
finding-idle-sessions-evidence = { $device }: última actividad el { $date }; llevaba { $span } sin usarse cuando se hizo la exportación
# The same, for a session with no date at all.
finding-idle-sessions-evidence-never = { $device }: ninguna actividad registrada; llevaba { $span } sin usarse cuando se hizo la exportación
finding-idle-sessions-action-telegram = En Telegram: Ajustes › Dispositivos, toca cada sesión que ya no uses › Cerrar sesión. En «Cerrar sesiones antiguas automáticamente», elige cuánto tiempo puede seguir abierta una sesión inactiva.
finding-idle-sessions-action-whatsapp = En WhatsApp: Ajustes › Dispositivos vinculados, toca cada dispositivo que ya no uses › Cerrar sesión.
finding-idle-sessions-action-wechat = En WeChat: Yo › Ajustes › Seguridad de la cuenta › Dispositivos de inicio de sesión (我 › 设置 › 账号与安全 › 登录设备管理) y elimina los dispositivos que ya no uses.

## Active websites: websites and bots logged in with the account
finding-active-websites-title = { $count ->
        [one] { $count } sitio web tiene la sesión iniciada con tu cuenta de { $platform }
       *[other] { $count } sitios web tienen la sesión iniciada con tu cuenta de { $platform }
    }
# Some of them are idle: { $idle } of { $count } unused for more than { $months } (6) months.
finding-active-websites-title-unused = { $count ->
        [one] { $count } sitio web tiene la sesión iniciada con tu cuenta de { $platform } y lleva más de { $months } meses sin usarse
       *[other] { $count } sitios web tienen la sesión iniciada con tu cuenta de { $platform }; { $idle ->
            [one] { $idle } de ellos lleva más de { $months } meses sin usarse
           *[other] { $idle } de ellos llevan más de { $months } meses sin usarse
        }
    }
# { $site } is the website (or device and app), { $date } a date or "–" when unknown.
finding-active-websites-evidence = { $site }: último uso { $date }
finding-active-websites-action-telegram = En Telegram: Ajustes › Privacidad y seguridad › Sitios web activos; toca Desconectar en los que ya no uses (o Desconectar todos los sitios web).
# For platforms other than Telegram.
finding-active-websites-action-other = Cierra la sesión del sitio desde los ajustes de la plataforma, en el apartado de dispositivos o de aplicaciones autorizadas.

## Address book: the contacts the platform holds
finding-address-book-title-telegram = { $count ->
        [one] Telegram guarda { $count } contacto de tu agenda
       *[other] Telegram guarda { $count } contactos de tu agenda
    }
finding-address-book-title-whatsapp = { $count ->
        [one] WhatsApp guarda { $count } número de la agenda de tu móvil
       *[other] WhatsApp guarda { $count } números de la agenda de tu móvil
    }
finding-address-book-title-wechat = { $count ->
        [one] WeChat guarda tu lista de amigos: { $count } contacto
       *[other] WeChat guarda tu lista de amigos: { $count } contactos
    }
finding-address-book-entries = { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    }
finding-address-book-oldest = la más antigua, añadida el { $date }
finding-address-book-action-telegram = En Telegram: Ajustes › Privacidad y seguridad › Ajustes de datos, desactiva Sincronizar contactos y luego toca Eliminar contactos sincronizados.
finding-address-book-action-whatsapp = WhatsApp lee tu agenda mientras tenga el permiso de Contactos. Android: Ajustes › Aplicaciones › WhatsApp › Permisos › Contactos › No permitir. iPhone: Ajustes › Privacidad y seguridad › Contactos y desactiva WhatsApp. WhatsApp no ofrece ningún botón para borrar lo que ya tiene.
finding-address-book-action-wechat = En WeChat, elimina a los amigos con los que ya no hablas (su perfil › ··· › Eliminar) y, en Yo › Ajustes › Privacidad, elige cómo pueden añadirte (por número de móvil, ID de WeChat, grupo o código QR).

## Frequent contacts: Telegram's rating of whom you talk to most
finding-frequent-contacts-title = { $count ->
        [one] Telegram puntúa con quién hablas más: { $count } persona o chat en su clasificación
       *[other] Telegram puntúa con quién hablas más: { $count } personas y chats en su clasificación
    }
finding-frequent-contacts-evidence = { $count } con puntuación (personas, grupos, bots y canales)
finding-frequent-contacts-action = En Telegram: Ajustes › Privacidad y seguridad › Ajustes de datos, desactiva Sugerir contactos frecuentes; así también se borran las puntuaciones.

## IP addresses the platform keeps
finding-ip-addresses-title = { $count ->
        [one] { $platform } conoce { $count } dirección IP tuya
       *[other] { $platform } conoce { $count } direcciones IP tuyas
    }
# { $count } addresses, registered in { $countries } countries.
finding-ip-addresses-title-countries = { $platform } conoce { $count ->
        [one] { $count } dirección IP tuya
       *[other] { $count } direcciones IP tuyas
    } en { $countries ->
        [one] { $countries } país
       *[other] { $countries } países
    }
finding-ip-addresses-count = { $count ->
        [one] { $count } dirección
       *[other] { $count } direcciones
    }
# { $countries } is a list of country codes with counts: "DE (2), US (1)".
finding-ip-addresses-registered = países de registro: { $countries }
# { $when } is a date with how long ago it was: "Feb 11, 2024 (2 years ago)".
finding-ip-addresses-oldest = la más antigua, vista el { $when }
finding-ip-addresses-action-telegram = Telegram guarda las direcciones por seguridad y no permite borrarlas una a una. Si cierras las sesiones que no usas (Ajustes › Dispositivos), dejará de añadir más; un proxy (Ajustes › Datos y almacenamiento › Proxy) o una VPN le ocultarán tu dirección a partir de ahora.
finding-ip-addresses-action-whatsapp = WhatsApp no permite borrar las direcciones que ha registrado. Una VPN le ocultará tu dirección a partir de ahora; Ajustes › Privacidad › Avanzado › Proteger la dirección IP en las llamadas la oculta a las personas a las que llamas.
finding-ip-addresses-action-wechat = WeChat no permite borrar las direcciones que ha registrado. Una VPN le ocultará tu dirección a partir de ahora.

## Quiet groups: groups and channels you have not written in for years
# All of them are groups. { $years } is 2.
finding-quiet-groups-title-groups = { $count ->
        [one] Sigues en { $count } grupo de { $platform } en el que no habías escrito en los { $years } años anteriores a la exportación
       *[other] Sigues en { $count } grupos de { $platform } en los que no habías escrito en los { $years } años anteriores a la exportación
    }
# All of them are channels.
finding-quiet-groups-title-channels = { $count ->
        [one] Sigues en { $count } canal de { $platform } en el que no habías escrito en los { $years } años anteriores a la exportación
       *[other] Sigues en { $count } canales de { $platform } en los que no habías escrito en los { $years } años anteriores a la exportación
    }
# Some groups, some channels.
finding-quiet-groups-title-mixed = { $count ->
        [one] Sigues en { $count } grupo o canal de { $platform } en el que no habías escrito en los { $years } años anteriores a la exportación
       *[other] Sigues en { $count } grupos y canales de { $platform } en los que no habías escrito en los { $years } años anteriores a la exportación
    }
# { $name } is the group's or channel's name, { $date } a date.
finding-quiet-groups-last-wrote = { $name }: escribiste por última vez el { $date }
# { $kind } is the kind of conversation ("public group", "channel").
finding-quiet-groups-never-wrote = { $name }: nunca has escrito ({ $kind })
finding-quiet-groups-action-telegram = Sal de los que ya no sigas: ábrelo › menú de tres puntos › Salir del grupo (o Salir del canal). Los demás miembros seguirán viendo tus mensajes antiguos después de que salgas; si quieres que desaparezcan, bórralos antes.
finding-quiet-groups-action-whatsapp = Sal de los que ya no sigas: abre el grupo › menú de tres puntos › Más › Salir del grupo. Los miembros ven tu número mientras no salgas.
finding-quiet-groups-action-wechat = Sal de los que ya no sigas: abre el grupo › ··· › Eliminar y salir (删除并退出).

## Bots you wrote to once or not at all
finding-bots-once-title = { $count ->
        [one] { $count } bot con el que hablaste una sola vez aún conserva tu chat
       *[other] { $count } bots con los que hablaste una sola vez aún conservan tu chat
    }
# { $name } is the bot's name; { $sent } messages from you out of { $total } in the chat.
finding-bots-once-evidence = { $sent ->
        [one] { $name }: { $sent } mensaje tuyo, { $total } en total
       *[other] { $name }: { $sent } mensajes tuyos, { $total } en total
    }
finding-bots-once-action = Un bot conserva lo que le enviaste, junto con tu nombre, tu nombre de usuario y tu idioma. Abre el bot › menú de tres puntos › Bloquear (Detener y bloquear bot) y después Eliminar chat.

## Recurring payments: subscriptions and automatic deductions (WeChat Pay)
finding-recurring-payments-title = { $count ->
        [one] Pagas a { $count } contraparte a intervalos regulares
       *[other] Pagas a { $count } contrapartes a intervalos regulares
    }
# { $name } is who was paid, { $every } how often (finding-every-…), { $total } an amount
# of money ("¥60.00").
finding-recurring-payments-evidence = { $count ->
        [one] { $name }: { $count } pago { $every }, { $total } en total
       *[other] { $name }: { $count } pagos { $every }, { $total } en total
    }
finding-recurring-payments-action = Revisa lo que se te cobra automáticamente: WeChat › Yo › Servicios › Monedero › Ajustes de pago › Cobros automáticos (我 › 服务 › 钱包 › 支付设置 › 自动续费), y cancela lo que ya no quieras.
# How often a payment recurs, placed after "4 payments".
finding-every-week = cada semana
finding-every-two-weeks = cada 2 semanas
finding-every-month = cada mes
finding-every-three-months = cada 3 meses
finding-every-year = cada año
finding-every-days = cada { $count } días

## Top counterparties: whom you paid most
# { $percent } is a whole number; { $count } is 1, 2 or 3.
finding-top-counterparties-title = { $count ->
        [one] El { $percent } % de tus gastos fue para una sola contraparte
       *[other] El { $percent } % de tus gastos fue para { $count } contrapartes
    }
# { $name } is who was paid, { $amount } an amount of money ("¥70.00").
finding-top-counterparties-evidence = { $count ->
        [one] { $name }: { $amount } en { $count } pago
       *[other] { $name }: { $amount } en { $count } pagos
    }
finding-top-counterparties-action = WeChat Pay guarda cada pago y a quién se lo hiciste, y los extractos no se pueden borrar. Si pagas a estas contrapartes de otra forma, los pagos futuros quedarán fuera de este registro.

## Night payments: payments made between midnight and 5 in the morning
# { $end } is a time of day ("05:00").
finding-night-payments-title = { $count ->
        [one] { $count } pago se hizo entre las 00:00 y las { $end }
       *[other] { $count } pagos se hicieron entre las 00:00 y las { $end }
    }
# { $night } of all { $count } payments, { $percent } a whole number.
finding-night-payments-share = { $count ->
        [one] { $night } de { $count } pago que hiciste ({ $percent } %)
       *[other] { $night } de los { $count } pagos que hiciste ({ $percent } %)
    }
finding-night-payments-latest = el último, el { $date }
finding-night-payments-action = Los pagos nocturnos le dicen a WeChat a qué horas no duermes y dónde pasas la noche. No hay nada que desactivar; revisa el extracto por si hay pagos que no reconozcas: Yo › Servicios › Monedero › Extractos (我 › 服务 › 钱包 › 账单).

## Missing: what the export did not include
# { $categories } is a list of category names ("Contacts, Identity"; see inventory-…).
finding-missing-title = La exportación de { $platform } no incluía: { $categories }
# { $category } is one category name.
finding-missing-evidence = { $category }: nada en los archivos cargados
