## Views of the window (the navigation, headings, and the report's sections). Keep short.

topic-overview = Resumen
topic-contacts = Contactos
topic-sessions = Sesiones y dispositivos
topic-conversations = Conversaciones
topic-activity = Actividad
topic-payments = Pagos
topic-people = Personas
# The page of things the user can act on (privacy findings).
topic-findings = Hallazgos
# Two exports of one account, compared.
topic-compare = Comparar

## Charts: shared texts
# Drawn in the middle of a saved chart image that has nothing to show.
chart-no-data = No hay datos para este gráfico en las exportaciones cargadas
# Axis names and series names (lower case, as on a chart axis).
chart-axis-messages = mensajes
chart-axis-month = mes
chart-axis-year = año
chart-axis-hour = hora
chart-axis-date = fecha
chart-axis-people = personas
chart-axis-sessions = sesiones
chart-axis-logins = inicios de sesión
chart-axis-contacts = contactos
chart-axis-conversations = conversaciones
chart-axis-payments = pagos
# Amounts of money in Chinese yuan (WeChat Pay).
chart-axis-yuan = yuanes
# Telegram's own score of how often you talk to someone.
chart-axis-rating = puntuación

## Overview and People charts
chart-per-year-title = Mensajes por año y plataforma
chart-people-platforms-title = Personas que conoce cada plataforma, y quién más las conoce
chart-people-platforms-one = solo las conoce esta plataforma
chart-people-platforms-two = también las conoce otra
chart-people-platforms-three = las conocen las tres
# $count: how many people the chart ranks (at most 20).
chart-people-top-title = Las { $count } personas con más mensajes, en ambos sentidos
# $name: a person's name (or a pseudonym when masking).
chart-person-activity-title = Mensajes con { $name } por mes

## Contacts charts
chart-contacts-added-title = Contactos añadidos por mes
chart-contacts-frequent-title = Con quién cree Telegram que más hablas
# A frequent contact of a category other than people. $name: a name; $category: one of the categories below.
chart-contacts-with-category = { $name } ({ $category })
# Telegram's categories of frequent contacts, shown in brackets after a name: "Alice (calls)".
chart-contacts-category-calls = llamadas
chart-contacts-category-inline-bots = bots inline

## Sessions charts
chart-sessions-devices-title = Sesiones por dispositivo
chart-sessions-systems-title = Sesiones por sistema operativo
chart-sessions-apps-title = Sesiones por aplicación y versión
chart-sessions-countries-title = Sesiones por país
chart-logins-title = Inicios de sesión a lo largo del tiempo (según las notificaciones de inicio de sesión)
chart-sessions-timeline-title = Sesiones desde su creación hasta su última actividad
# Legend entry of the session timeline: sessions of websites the user logged in to with the app.
chart-sessions-group-web = sitios web con sesión iniciada
# Legend entry of the session timeline. $platform: Telegram, WhatsApp or WeChat.
chart-sessions-group-app = sesiones de { $platform }

## World map
map-title-addresses = Dónde están registradas tus direcciones IP
map-title-logins = Desde dónde iniciaste sesión (notificaciones de inicio de sesión)
# The map's colour key label.
map-key-addresses = direcciones IP
map-key-logins = inicios de sesión
# Hover text of a country on the map: how many addresses are in it.
map-detail-addresses = { $count ->
    [one] { $count } dirección
   *[other] { $count } direcciones
}
# Hover text of a country on the map: how many logins came from it.
map-detail-logins = { $count ->
    [one] { $count } inicio de sesión
   *[other] { $count } inicios de sesión
}
# After the first six addresses of a country in its hover text.
map-detail-more = y { $count } más
# $first, $last: dates.
map-detail-seen = fechas: del { $first } al { $last }

## Conversations charts
chart-conversations-kind-title = Conversaciones por tipo
# Series: conversations still in the export, and those the user has left.
chart-conversations-in-export = en la exportación
chart-conversations-left = abandonadas
# $count: how many conversations the chart ranks (at most 20). "Saved Messages" is Telegram's name for notes to yourself.
chart-conversations-top-title = Las { $count } conversaciones con más mensajes (sin contar Mensajes guardados, tus notas personales)
chart-message-types-title = Qué contienen los mensajes, por plataforma
# Kinds of conversation (chart category labels).
chart-kind-personal = chat privado
chart-kind-group = grupo
chart-kind-channel = canal
chart-kind-bot = bot
chart-kind-saved = mensajes guardados
chart-kind-other = otro
# What a message carries (chart category labels).
chart-content-unknown = tipo no indicado
chart-content-text = texto
chart-content-image = foto / imagen
chart-content-video = vídeo
chart-content-voice = voz / audio
chart-content-sticker = sticker
chart-content-gif = GIF
chart-content-file = archivo
chart-content-location = ubicación
chart-content-contact = tarjeta de contacto
chart-content-link = enlace
chart-content-poll = encuesta
chart-content-quote = cita
chart-content-transfer = transferencia de dinero
# WeChat's 红包, a gift of money in a red envelope.
chart-content-red-packet = sobre rojo
# WeChat's 小程序.
chart-content-mini-program = miniprograma
# A chat history forwarded as one message (WeChat).
chart-content-forwarded-chat = chat reenviado
# A post of WeChat Channels (视频号).
chart-content-channels = publicación de Channels
chart-content-app = mensaje de aplicación
chart-content-call = llamada
chart-content-media = multimedia
chart-content-deleted = eliminado
chart-content-other = otro

## Activity charts
# $scope: empty, or the filter chosen, written " · Telegram · Alice".
chart-activity-per-day = Mensajes por día{ $scope }
chart-activity-per-week = Mensajes por semana{ $scope }
chart-activity-per-month = Mensajes por mes{ $scope }
chart-activity-per-year = Mensajes por año{ $scope }
chart-axis-day = día
chart-axis-week = semana
chart-activity-heatmap-title = Mensajes por día de la semana y hora{ $scope }
# Axis of the heatmap. $basis: the clock the hours are on ("as written in the export", "UTC+8").
chart-activity-hour-axis = hora ({ $basis })
chart-activity-split-title = Tus mensajes y los recibidos{ $scope }
# Series and category names: messages you wrote, messages others wrote, and messages of an export whose owner is unknown.
chart-activity-yours = tuyos
chart-activity-received = recibidos
chart-activity-owner-unknown = propietario desconocido

## Payments charts
chart-payments-month-title = Gastos e ingresos por mes
# Series: money paid out, and money received.
chart-payments-spent = gastado
chart-payments-received = recibido
chart-payments-counterparties-title = Principales contrapartes
chart-payments-methods-title = Por método de pago
chart-payments-types-title = Por tipo de transacción
chart-payments-hour-title = Pagos por hora del día (hora de China)

## Saving charts (messages in the window)
# $path: a file.
chart-error-exists = { $path }: ya existe (no se ha sobrescrito)
# $path: a file; $error: the system's reason.
chart-error-write = { $path }: no se puede escribir la imagen: { $error }
# $title: the chart's title; $error: what went wrong.
chart-error-draw = no se puede dibujar el gráfico «{ $title }»: { $error }
# $path: a folder; $error: the system's reason.
chart-error-folder = { $path }: no se puede crear la carpeta: { $error }
# $files: the file names, joined with ", ".
chart-error-existing = { $count ->
    [one] { $count } imagen ya existe; no se ha escrito nada: { $files }
   *[other] { $count } imágenes ya existen; no se ha escrito nada: { $files }
}

## The HTML report (Save report…, footprint report)
# The browser tab's title. $made: date and time it was made.
report-page-title = Informe de Footprint, { $made }
report-heading = Lo que tus aplicaciones de mensajería saben de ti
# $platforms: "Telegram, WeChat"; $made: date and time; $count: number of sources (files read).
report-intro = { $count ->
    [one] Informe de Footprint sobre { $platforms }, generado el { $made } a partir de { $count } fuente. Se ha generado en este equipo; no se ha enviado nada a ninguna parte.
   *[other] Informe de Footprint sobre { $platforms }, generado el { $made } a partir de { $count } fuentes. Se ha generado en este equipo; no se ha enviado nada a ninguna parte.
}
report-masked = Los datos personales están ocultos: nombres, números de teléfono, nombres de usuario, direcciones IP y rutas de archivo se han sustituido por seudónimos.
# $version: Footprint's version; $made: date and time.
report-footer = Generado por Footprint { $version } el { $made }, en este equipo, a partir de los archivos indicados arriba. No se ha enviado nada a ninguna parte.
# Below a table cut short. $shown: rows shown; $total: rows in all.
report-cut-note = Las primeras { $shown } filas de { $total }; la ventana las muestra todas.
report-country-note = El país es donde está registrado hoy el bloque de direcciones (base de datos incluida, sin consultas en línea), y puede no coincidir con el de cuando se usó.

## Report: findings
# Heading and link of the findings section.
report-findings = Qué puedes hacer
report-no-findings = No hay nada en estas exportaciones que requiera actuar.
# How much a finding matters.
report-severity-high = alta
report-severity-medium = media
report-severity-low = baja
# Before the advice of a finding.
report-what-to-do = Qué hacer:

## Report: what each platform holds
# $platform: Telegram, WhatsApp or WeChat.
report-holds = Lo que guarda { $platform }
# Count column when the export has none of it.
report-none = ninguno
report-not-in-export = No está en esta exportación.
report-col-count = cantidad
report-col-sensitivity = sensibilidad
report-col-what = detalle
report-col-dates = fechas

## Report: tables of the views (column headings in lower case)
report-people-heading = Las personas con las que más hablas
# A person without a name.
report-no-name = (sin nombre)
report-col-person = persona
report-col-platforms = plataformas
report-col-you-sent = tus mensajes
report-col-they-sent = sus mensajes
# First and last date something was seen.
report-col-first = primera vez
report-col-last = última vez
report-sessions-heading = Sesiones y dispositivos
# $website: a website the user logged in to with the app.
report-website = { $website } (sitio web)
report-col-platform = plataforma
report-col-device = dispositivo
report-col-app = aplicación
report-col-system = sistema
report-col-ip = dirección IP
report-col-place = lugar
report-col-created = creada
report-col-last-active = última actividad
report-ips-heading = Direcciones IP
report-col-address = dirección
report-col-seen = apariciones
report-col-where-seen = dónde aparece
report-col-registered = registrada en
# What the export itself says about where an address is.
report-col-export-says = según la exportación
report-conversations-heading = Las conversaciones con más actividad
# $kind: the kind of conversation ("group"), for a conversation the user has left.
report-kind-left = { $kind } (saliste)
report-col-conversation = conversación
report-col-kind = tipo
report-col-messages = mensajes
# Messages the user wrote.
report-col-yours = tuyos
report-counterparties-heading = Contrapartes
# $paid, $received: amounts; $first, $last: dates.
report-payments-summary = { $paid } pagados, { $received } recibidos, del { $first } al { $last }.
report-col-counterparty = contraparte
report-col-paid = pagado
report-col-received = recibido
report-col-payments = pagos
# $platform: Telegram, WhatsApp or WeChat.
report-compare-heading = { $platform }: dos exportaciones de una misma cuenta
report-col-what-changed = qué ha cambiado

## Report: sources
report-sources = Fuentes
# Stands for a file's path when masking. $number: 1, 2, 3 …
report-source-masked = Fuente { $number }
# $name: the user's name in this source.
report-source-owner = eres { $name }
report-source-owner-unknown = no se sabe quién eres
# $platform; $format: the export's format ("Telegram JSON"); $owner: report-source-owner or report-source-owner-unknown.
report-source-line = { $platform } · { $format } · { $records ->
    [one] { $records } registro
   *[other] { $records } registros
} · { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
} · { $owner }
# $count: how many times; $kind: what went wrong (warning-* in analysis.ftl).
report-source-warning = advertencia: { $count } × { $kind }
# $path: a file; $error: why.
report-unreadable = No se ha podido leer: { $path }: { $error }

## Report: saving (messages in the window)
# $path: the report's file; $folder: its folder.
report-error-no-folder = { $path }: la carpeta { $folder } no existe; no se ha escrito nada
report-error-exists = { $path }: ya existe; no se ha escrito nada
report-error-write = { $path }: no se puede escribir el informe: { $error }
