# Footprint: the pages of the window (Overview, People, Contacts, Sessions & devices,
# Conversations, Activity, Payments, Findings, Compare).
# Platform names (Telegram, WhatsApp, WeChat) are never translated; they arrive as
# { $platform }. Numbers given as { $count } and similar arrive already written with
# the language's digit grouping. "·" separates parts of a line; keep it.

## Overview: what each platform holds

overview-intro = Lo que la exportación de cada plataforma guarda sobre ti, lo sensible que es y lo que falta.
# Section title; { $platform } is Telegram, WhatsApp or WeChat.
overview-platform-holds = Lo que guarda { $platform }
# In the count column of a category the export does not contain.
overview-category-none = ninguno
# Tooltip of a category's sensitivity marker. { $level } is High, Medium or Low;
# { $why } is a sentence explaining why.
overview-sensitivity-hover = Sensibilidad: { $level }. { $why }
# A category the export lacks; { $hint } is a sentence saying how to get it.
overview-missing-with-hint = No está en esta exportación. { $hint }
overview-missing = No está en esta exportación.
# Two exports of one account are loaded; { $old } and { $new } are the dates of the
# latest item in each (or overview-unknown-date).
overview-two-exports = Hay dos exportaciones de esta cuenta cargadas (últimos elementos: { $old } y { $new }): todo mensaje, contacto, sesión, dirección o pago que tengan en común se cuenta una sola vez, y cada sesión muestra la actividad más reciente que registre cualquiera de las dos.
# Stands in for a date in overview-two-exports.
overview-unknown-date = fecha desconocida
# Link to the Compare page.
overview-what-changed = Qué ha cambiado

## Overview: "Known to several companies"

overview-known-title = Conocidos por varias empresas
# { $names } is a comma-separated list of names; { $count } how many more are not listed.
overview-known-names-more = { $names } y { $count } más
# { $count } people are on all three platforms; { $names } lists them.
overview-known-three = Los datos de las tres plataformas incluyen a { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }: { $names }.
# { $count } people are on two of the three platforms; { $names } lists them.
overview-known-two = Los datos de dos plataformas incluyen a { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }: { $names }.
# Both of the above in one sentence: { $three } people on all three platforms
# ({ $three_names }), { $two } people on two ({ $two_names }).
overview-known-both = Los datos de las tres plataformas incluyen a { $three ->
        [one] { $three } persona
       *[other] { $three } personas
    }: { $three_names }; los de dos plataformas, a { $two ->
        [one] { $two } persona
       *[other] { $two } personas
    }: { $two_names }.
# Link to the People page.
overview-see-people = Ver Personas

## Overview: "What you can do" (the most severe findings)

overview-what-you-can-do = Qué puedes hacer
# Before a finding's title: the platform it is about.
overview-finding-platform = { $platform }:
# Link to the Findings page when more findings exist than the Overview lists ($count is 5 or more).
overview-all-findings = Los { $count } hallazgos y qué hacer
# Link to the Findings page when the Overview lists them all.
overview-what-to-do = Qué hacer al respecto

## Overview: sources read

# Section title; { $count } is the number of files and folders read.
overview-sources = Fuentes ({ $count })
# Stands in for a file's path when personal details are masked; { $number } is 1, 2, 3 …
overview-source-masked = Fuente { $number }
overview-source-records = { $count ->
        [one] { $count } registro
       *[other] { $count } registros
    }
overview-no-warnings = sin advertencias
overview-source-warnings = { $count ->
        [one] { $count } advertencia
       *[other] { $count } advertencias
    }
# Button next to a source (keep short).
overview-remove = Quitar
overview-remove-hover = Olvidar esta fuente

## Overview: whose messages are "yours" in a source

# How the owner was decided, said instead of the explanation when personal details are masked.
overview-owner-basis-export = indicado por la exportación
overview-owner-basis-inferred = deducido de los chats
overview-owner-basis-chosen = elegido por ti
overview-owner-basis-unknown = nada indica quién eres
# { $name } is the owner's name, shown in bold.
overview-you-are = Eres { $name }
overview-owner-none = Aquí no escribes nada: todos los mensajes son recibidos
overview-owner-unknown = Propietario desconocido: los mensajes de aquí no cuentan ni como tuyos ni como recibidos
# { $how } explains how the owner was decided, e.g. "chosen by you".
overview-owner-how = ({ $how })
# Menu button to choose who you are (keep short).
overview-owner-change = Cambiar…
overview-owner-question = ¿Quién eres en esta exportación?
# A choice in the menu: { $name } writes { $count } messages in the source.
overview-owner-choice = { $name } · { $count ->
        [one] { $count } mensaje
       *[other] { $count } mensajes
    }
# Below the menu's list when it is cut; "--me" is a command-line option: keep it as is.
overview-owner-more = … y { $count } más (usa --me en la línea de comandos)
overview-owner-nobody = Ninguno de ellos: aquí no escribo nada
overview-owner-decide-again = Volver a deducirlo de la exportación

## Overview: problems

overview-problems = Problemas
# A file that could not be read: { $path } and the error { $message }.
overview-problem-error = { $path }: { $message }
# A file Footprint does not recognise: { $path }, and { $reason } (a sentence).
overview-problem-unrecognised = { $path }: no reconocido. { $reason }
# Button that hides the problems (keep short).
overview-dismiss = Descartar

## Overview: how a chat's dates were read

# Orders of day, month and year in a chat's dates; used inside the messages below.
overview-date-order-dmy = día/mes/año
overview-date-order-mdy = mes/día/año
overview-date-order-ymd = año/mes/día
# Why the dates were read in that order; used as { $why } below.
overview-date-order-evidence = deducido de las propias fechas
overview-date-order-guess = supuesto por el idioma del chat: las fechas no permiten saberlo
overview-date-order-choice = elegido por ti
# { $order } is one of the orders above, { $why } one of the reasons above.
overview-dates-read-as = Fechas leídas en orden { $order } ({ $why }).
overview-dates-no-year = Las fechas no incluyen el año: los años se han calculado hacia atrás desde la fecha del archivo.
# Button; { $order } is one of the orders above.
overview-read-as = Leer como { $order }
overview-read-as-hover = Volver a leer este chat con este orden

## People

# { $count } people in all; { $two } known to two companies, { $three } to all three.
people-summary = { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    } en tus exportaciones · { $two } conocidas por dos empresas, { $three } por las tres.
people-how-joined = Una persona reúne a todos los que comparten un número de teléfono (escrito de cualquier forma), un ID de Telegram o WeChat o, dentro de una misma plataforma, un nombre; un nombre por sí solo nunca une dos plataformas, salvo que tú lo confirmes.
people-everyone = Todos
# Hint in the empty search box.
people-search = Buscar nombres y números
# Column headers of the people table, and their tooltips.
people-col-name = Nombre
people-col-name-hint = Haz clic en un nombre para ver todo lo que cada plataforma guarda sobre esa persona
people-col-platforms = Plataformas
people-col-platforms-hint = Las plataformas cuyos datos incluyen a esta persona
people-col-address-books = Agendas
people-col-address-books-hint = Las plataformas en cuya agenda (lista de contactos) aparece
people-col-frequent = Frecuente
people-col-frequent-hint = La puntuación de «contactos frecuentes» de Telegram
people-col-you-sent = Tus mensajes
people-col-you-sent-hint = Tus mensajes en chats privados con esta persona (por plataforma al pasar el cursor)
people-col-they-sent = Sus mensajes
people-col-they-sent-hint = Sus mensajes, en todos los chats (por plataforma al pasar el cursor)
people-col-groups = Grupos
people-col-groups-hint = Grupos en los que coincides con esta persona (y en los que ha escrito)
people-col-first = Primero
people-col-first-hint = El primer mensaje entre esta persona y tú
people-col-last = Último
people-col-last-hint = El último mensaje entre esta persona y tú
# Tooltip line of the message counts: { $count } messages on { $platform }.
people-per-platform = { $platform }: { $count }
# Someone whose name the exports do not give.
people-no-name = (sin nombre)
# Title of the window about one person; { $name } is their name.
people-window-title = { $name } en todas las plataformas
people-same-title = ¿La misma persona?
people-same-explain = Estas personas comparten nombre en distintas plataformas, pero ningún número ni ID. Únelas solo si sabes que son la misma persona.
# { $a } and { $b } are names; { $a_platforms } and { $b_platforms } the platforms each is on.
people-same-pair = { $a } ({ $a_platforms }) y { $b } ({ $b_platforms })
# Button (keep short).
people-same-button = Misma persona
people-same-hover = Contarlas como una sola persona (mientras Footprint siga abierto)
# Below a cut list: { $count } more not listed.
people-more = … y { $count } más
# Labels in the window about one person.
people-phones = Números de teléfono
people-names = Nombres
people-ids = IDs
people-in-address-book = En la agenda
people-yes = sí
people-no = no
people-frequent-rating = Puntuación de contactos frecuentes
people-you-sent = Tus mensajes
people-they-sent = Sus mensajes
# { $first } and { $last } are date and time of the first and last message between you;
# { $count } the groups you share.
people-first-last = Primer mensaje: { $first } · último: { $last } · { $count ->
        [one] { $count } grupo en común
       *[other] { $count } grupos en común
    }

## Contacts

# { $count } contacts in the address books; { $frequent } in Telegram's frequent-contacts ranking.
contacts-summary = { $count ->
        [one] { $count } contacto
       *[other] { $count } contactos
    } en las agendas de las plataformas · { $frequent } en la clasificación de contactos frecuentes de Telegram.
contacts-address-book = Agenda
# Hint in the empty search box.
contacts-search = Buscar nombres y números
contacts-col-name = Nombre
contacts-col-phone = Teléfono
contacts-col-platform = Plataforma
# When the contact was added to the address book.
contacts-col-added = Añadido
# A contact whose name the export does not give.
contacts-no-name = (sin nombre)

## Sessions & devices

# { $apps }: sessions of the platform's apps; { $websites }: websites you logged in to with
# the platform's account; { $ips }: IP addresses; { $logins }: login notifications.
sessions-summary = { $apps ->
        [one] { $apps } sesión de aplicación
       *[other] { $apps } sesiones de aplicación
    }, { $websites ->
        [one] { $websites } sitio web
       *[other] { $websites } sitios web
    } con sesión iniciada mediante la plataforma, { $ips ->
        [one] { $ips } dirección IP
       *[other] { $ips } direcciones IP
    } y { $logins ->
        [one] { $logins } inicio de sesión
       *[other] { $logins } inicios de sesión
    } según las notificaciones.
sessions-map-note = El país es donde está registrada hoy la dirección (base de datos incluida, sin conexión), y puede no coincidir con el de cuando se usó. Las direcciones que la base de datos no sitúa en ningún país (rangos privados, reservados o de ejemplo) se muestran en el país que indique la exportación, si indica alguno.
sessions-all = Todas las sesiones
sessions-col-device = Dispositivo
sessions-col-app = Aplicación
sessions-col-system = Sistema
sessions-col-ip = Dirección IP
sessions-col-place = Lugar
sessions-col-created = Creada
sessions-col-last-active = Última actividad
# A session of a website you logged in to with the platform; { $website } is its name.
sessions-website = { $website } (sitio web)
sessions-ip-title = Direcciones IP
# Hint in the empty search box.
sessions-ip-search = Buscar direcciones y lugares
# First choice of the country filter.
sessions-all-countries = Todos los países
# Above the IP table; { $database } names the bundled IP database and its date. The two
# quoted names are column headers of the table (sessions-col-registered, sessions-col-export-says).
sessions-ip-note = «Registrada en» es donde está registrado hoy el bloque de la dirección (base de datos incluida: { $database }; no se consulta nada en línea), y puede no coincidir con el de cuando se usó; «Según la exportación» es el país que indica la propia exportación.
sessions-col-address = Dirección
sessions-col-seen = Apariciones
sessions-col-seen-hint = cuántas veces la mencionan las exportaciones
sessions-col-where-seen = Dónde aparece
sessions-col-first = Primera vez
sessions-col-last = Última vez
sessions-col-registered = Registrada en
sessions-col-registered-hint = el país del bloque de la dirección hoy, según la base de datos incluida
sessions-col-export-says = Según la exportación
sessions-col-export-says-hint = el país que indica la exportación para ella
sessions-col-places = Lugares
sessions-logins = Inicios de sesión según las notificaciones
sessions-col-time = Fecha
sessions-col-location = Ubicación
# What a country or place reads as when hidden.
sessions-hidden = (oculto)
# Before two buttons: sessions-map-by-ips and sessions-map-by-logins.
sessions-map-by = Colorear el mapa por
sessions-map-by-ips = direcciones IP
sessions-map-by-logins = inicios de sesión
# Checkbox, shown while personal details are masked.
sessions-hide-countries = Ocultar también los países
sessions-hide-countries-hover = Al ocultar los datos personales se ocultan las direcciones y los nombres, pero no los países, que no son datos personales. Márcalo para ocultar también el mapa, los países y los lugares.

## Sessions & devices: the device cards

sessions-devices = Dispositivos y sitios web con sesión iniciada
# { $months } is how long a session must be unused to count as idle.
sessions-devices-note = Primero, los de actividad más reciente. «Hace» se cuenta desde hoy; una sesión está inactiva si llevaba más de { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } sin usarse cuando se hizo la exportación.
# A device the export gives no name.
sessions-unnamed-device = (dispositivo sin nombre)
# Marks the most recently active device (keep short).
sessions-most-recent = más reciente
# Labels on a device card.
sessions-card-app = Aplicación
sessions-card-system = Sistema
sessions-card-first-active = Primera actividad
sessions-card-last-active = Última actividad
sessions-card-last-address = Última dirección
# After an address: the country its block is registered in; { $country } is a country name.
sessions-registered = registrada en { $country }
sessions-ended = Finalizada: una exportación posterior de esta cuenta ya no la incluye.
# { $span } is a duration such as "5 months"; { $hint } a sentence saying where to end
# the session (one of sessions-end-*).
sessions-idle = Llevaba { $span } sin usarse cuando se hizo la exportación, y esta aún la mostraba con la sesión iniciada. { $hint }
# Where to end a session; "›" separates the steps of a path through the app's menus.
sessions-end-telegram-web = Ciérrala en Telegram: Ajustes › Privacidad y seguridad › Sitios web activos.
sessions-end-telegram = Ciérrala en Telegram: Ajustes › Dispositivos › Cerrar sesión.
sessions-end-whatsapp = Ciérrala en WhatsApp: Ajustes › Dispositivos vinculados.
sessions-end-wechat = Ciérrala en WeChat: Yo › Ajustes › Seguridad de la cuenta › Dispositivos de inicio de sesión.
# { $date } is a day.
sessions-when-today = { $date } (hoy)
# { $date } is a day, { $span } how long ago, such as "2 years".
sessions-when-ago = { $date } (hace { $span })

## Conversations

# The parts of conversations-summary's list: how many conversations of each kind.
conversations-kind-personal = { $count ->
        [one] { $count } chat privado
       *[other] { $count } chats privados
    }
conversations-kind-group = { $count ->
        [one] { $count } grupo
       *[other] { $count } grupos
    }
conversations-kind-channel = { $count ->
        [one] { $count } canal
       *[other] { $count } canales
    }
conversations-kind-bot = { $count ->
        [one] { $count } bot
       *[other] { $count } bots
    }
conversations-kind-saved = { $count ->
        [one] { $count } chat de Mensajes guardados
       *[other] { $count } chats de Mensajes guardados
    }
# Conversations of no other kind.
conversations-kind-other = { $count } de otro tipo
# { $count } conversations in all; { $kinds } a comma-separated list of
# conversations-kind-* parts; { $left } how many of them you left.
conversations-summary = { $count ->
        [one] { $count } conversación
       *[other] { $count } conversaciones
    } ({ $kinds }); has salido de { $left } de ellas. Una conversación presente en varias exportaciones se cuenta una sola vez.
conversations-all = Todas las conversaciones
# Hint in the empty search box.
conversations-search = Buscar nombres y tipos
# Column headers of the conversations table, and their tooltips.
conversations-col-name = Nombre
conversations-col-platform = Plataforma
conversations-col-kind = Tipo
conversations-col-messages = Mensajes
conversations-col-messages-hint = mensajes escritos por personas
conversations-col-service = Eventos de servicio
conversations-col-service-hint = entradas, salidas, llamadas, cambios en el grupo…
conversations-col-sources = Fuentes
conversations-col-sources-hint = cuántas de las exportaciones cargadas conocen esta conversación (pasa el cursor sobre un número para ver cuáles)
conversations-col-first = Primero
conversations-col-first-hint = el primer mensaje o evento
conversations-col-last = Último
conversations-col-last-hint = el último mensaje o evento
# A conversation you left; { $kind } is its kind, e.g. "public group".
conversations-kind-left = { $kind } · saliste

## Activity

# Label before the platform checkboxes.
activity-platforms = Plataformas
# Label before the conversation filter.
activity-conversation = Conversación
activity-all-conversations = Todas las conversaciones
# A choice of the conversation filter: { $name } on { $platform }, with { $count } messages.
activity-conversation-choice = { $name } · { $platform } ({ $count ->
        [one] { $count } mensaje
       *[other] { $count } mensajes
    })
# Label before the choices day, week, month, year (messages per …).
activity-per = Por
activity-time-zone = Zona horaria
activity-time-zone-note = Si una exportación tiene horas absolutas (Telegram JSON), pueden mostrarse en otra zona horaria; las de las demás se muestran tal como están escritas.
activity-how-to-read = Cómo leer esto
activity-how-to-read-text = Aquí solo cuentan los mensajes escritos por personas, no los eventos de servicio. Los «tuyos» son los mensajes enviados por la cuenta que hizo la exportación; los mensajes de una exportación que no indica cuál es se muestran aparte, como «propietario desconocido».

## Payments (WeChat Pay bills; amounts are in yuan)

# { $count } transactions; { $spent } and { $received } are amounts such as ¥1,234.50.
payments-summary = { $count ->
        [one] { $count } transacción
       *[other] { $count } transacciones
    } · { $spent } gastados · { $received } recibidos
# As payments-summary, with { $range }: the first and last day of the bills.
payments-summary-range = { $count ->
        [one] { $count } transacción
       *[other] { $count } transacciones
    } · { $spent } gastados · { $received } recibidos · { $range }
payments-transactions = Transacciones
# Hint in the empty search box.
payments-search = Buscar contrapartes, productos, tipos
# Column headers of the transactions table (their tooltips are the bill's own Chinese
# column names and stay as they are).
payments-col-time = Fecha
payments-col-time-hint = tal como la escribe el extracto (hora de China)
payments-col-type = Tipo
payments-col-counterparty = Contraparte
payments-col-goods = Producto
payments-col-direction = Entrada/salida
payments-col-amount = Importe
payments-col-method = Método
payments-col-status = Estado
# The direction of a payment: 支出 and 收入 are the bill's own words; keep them.
payments-expense = 支出 gastado
payments-income = 收入 recibido
# Neither spent nor received; "/" is how the bill writes it.
payments-neutral = neutro (/)

## Findings

findings-page-intro = Qué puedes hacer con lo que muestran estas exportaciones: cada hallazgo explica qué guarda la plataforma, cómo actuar allí y dónde verlo. Todo se calcula en este equipo, solo a partir de los archivos.
# { $count } findings of severity { $severity } (High, Medium or Low).
findings-page-severity-count = { $count } de gravedad { $severity }
findings-page-none = No hay nada en estas exportaciones que requiera actuar.
findings-page-dismissed = { $count ->
        [one] { $count } hallazgo descartado
       *[other] { $count } hallazgos descartados
    } mientras Footprint siga abierto.
# Button (keep short).
findings-page-show-again = Volver a mostrarlos
# Before what to do about a finding.
findings-page-what-to-do = Qué hacer:
# Link to the page that shows a finding; { $page } is the page's name, e.g. Sessions & devices.
findings-page-see = Ver { $page }
# Button (keep short).
findings-page-dismiss = Descartar
findings-page-dismiss-hover = Ocultar este hallazgo hasta que se cierre Footprint

## Compare: two exports of one account

compare-intro = Hay dos exportaciones de la misma cuenta cargadas. En el resto de la aplicación, lo que tienen en común se cuenta una sola vez; aquí se muestra lo que ha cambiado entre ellas.
compare-none = No hay dos exportaciones de una misma cuenta cargadas.
# Stands in for the account's name when personal details are masked (inside compare-title).
compare-one-account = una cuenta
# Section title; { $account } is the account (a name, a number or compare-one-account).
compare-title = { $platform }: dos exportaciones de { $account }
# Stands in for an export's files when personal details are masked; { $number } is 1 or 2.
compare-export-masked = exportación { $number }
# { $earlier } and { $later } are the files of each export; { $earlier_date } and
# { $later_date } the days of their latest items (or compare-unknown-date).
compare-sides = Anterior: { $earlier } (último elemento: { $earlier_date }) · posterior: { $later } (último elemento: { $later_date })
compare-unknown-date = fecha desconocida
# Titles of the collapsible tables.
compare-new-sessions = Sesiones nuevas
compare-ended-sessions = Sesiones finalizadas
compare-new-ips = Direcciones IP nuevas
compare-contacts-added = Contactos añadidos
compare-contacts-removed = Contactos eliminados
compare-conversations-joined = Conversaciones a las que te uniste
compare-conversations-left = Conversaciones de las que saliste
compare-new-messages = Mensajes nuevos por conversación
compare-new-payments = Pagos nuevos
# A table's title with its number of rows: { $title } is one of the titles above.
compare-table-title = { $title } ({ $count })
# Column headers.
compare-col-device = Dispositivo o sitio web
compare-col-app = Aplicación
compare-col-kind = Tipo
compare-col-created = Creada
compare-col-last-active = Última actividad
compare-col-address = Dirección
compare-col-registered = Registrada en
compare-col-name = Nombre
compare-col-phone = Teléfono
compare-col-conversation = Conversación
# How a conversation was left.
compare-col-how = Cómo
compare-col-messages = Mensajes
compare-col-time = Fecha
compare-col-counterparty = Contraparte
compare-col-amount = Importe
compare-col-direction = Sentido
# Kinds of sessions.
compare-session-app = aplicación
compare-session-web = web
# An address in no country: in a private or reserved range, or not in the database.
compare-country-private = rango privado
compare-country-unknown = desconocido
# Kinds of conversations.
compare-kind-personal = chat privado
compare-kind-group = grupo
compare-kind-channel = canal
compare-kind-bot = bot
compare-kind-saved = mensajes guardados
compare-kind-other = otro
# How a conversation was left: the later export says so.
compare-marked-left = marcada como abandonada
# Directions of payments.
compare-expense = gasto
compare-income = ingreso
compare-neutral = neutro
# Below a cut table: { $shown } rows shown of { $count }; "footprint diff --json" is a
# command: keep it as is.
compare-more-rows = Las primeras { $shown } de { $count ->
        [one] { $count } fila
       *[other] { $count } filas
    }; footprint diff --json las lista todas.
