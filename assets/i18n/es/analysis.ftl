### Texts the analysis writes: what each platform holds (the Overview's inventory), how
### overlapping exports were merged, who "you" are in each export, what changed between
### two exports of one account, masked names, kinds of conversations and of IP addresses.
### They appear in the window, in saved chart images and in the HTML report.
### { $platform } is always a platform name: Telegram, WhatsApp or WeChat (not translated).

## Durations, placed inside sentences ("unused for 2 years", "2 years ago")
span-days = { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
span-months = { $count ->
        [one] { $count } mes
       *[other] { $count } meses
    }
span-years = { $count ->
        [one] { $count } año
       *[other] { $count } años
    }
# An amount in yuan (Chinese currency): $amount is the number with its separators
# (31,622.34); the symbol goes where the language puts it.
yuan-amount = { $amount } ¥

## Activity settings (the Activity view's controls and chart axes)
# The clock of the activity charts: the time as the export writes it, no conversion.
time-basis-as-exported = tal como figura en la exportación
# Bucket sizes of the activity timeline (radio buttons and the chart's axis): keep short.
bucket-day = día
bucket-week = semana
bucket-month = mes
bucket-year = año

## Inventory: the categories of data each platform holds (Overview and report)
# Category names: the first column of the table, keep short.
inventory-identity = Identidad
inventory-contacts = Contactos
inventory-sessions = Sesiones y dispositivos
inventory-ip-addresses = Direcciones IP y lugares
inventory-conversations = Conversaciones
inventory-messages = Mensajes
inventory-payments = Pagos
# Why each category matters, one sentence (shown when hovering its sensitivity).
inventory-identity-why = Quién eres: los datos que vinculan la cuenta contigo.
inventory-contacts-why = Tu agenda: personas que nunca aceptaron que se subieran sus datos.
inventory-sessions-why = Qué móviles y ordenadores usas, y desde cuándo.
inventory-ip-addresses-why = Dónde estabas cuando te conectaste.
inventory-conversations-why = Con quién hablas, a qué grupos y canales te uniste y de cuáles saliste.
inventory-messages-why = Cuándo duermes, cuándo tienes más ajetreo y con quién hablas: tu actividad a lo largo de los años.
inventory-payments-why = Qué compras, a quién y cuándo.
# How sensitive a category is, shown as a coloured label: keep short.
inventory-sensitivity-low = baja
inventory-sensitivity-medium = media
inventory-sensitivity-high = alta
# What a category's count is made of.
inventory-contacts-detail = { $count ->
        [one] { $count } entrada de la agenda
       *[other] { $count } entradas de la agenda
    }
# Telegram: { $frequent } of the contacts are rated as frequent. Keep the " · ".
inventory-contacts-detail-frequent = { $count ->
        [one] { $count } entrada de la agenda · { $frequent } en contactos frecuentes
       *[other] { $count } entradas de la agenda · { $frequent } en contactos frecuentes
    }
# { $app } app sessions, { $web } web sessions (websites logged in), { $devices } models
# of phones and computers. Keep the " · ".
inventory-sessions-detail = { $app } de aplicación, { $web } web · { $devices ->
        [one] { $devices } modelo de dispositivo
       *[other] { $devices } modelos de dispositivo
    }
# Followed by " · " and a list of countries when the export names any.
inventory-ip-addresses-detail = { $count ->
        [one] { $count } dirección
       *[other] { $count } direcciones
    }
# { $conversations } is a count of one kind ("3 groups", see kind-…-count), { $left } how
# many of them were left.
inventory-kind-left = { $conversations } (has salido de { $left })
# Messages written by people, service events (joined, left, pinned …), distinct writers.
inventory-messages-detail = { $messages ->
        [one] { $messages } mensaje
       *[other] { $messages } mensajes
    }, { $events ->
        [one] { $events } evento de servicio
       *[other] { $events } eventos de servicio
    }, { $senders ->
        [one] { $senders } remitente
       *[other] { $senders } remitentes
    }
# { $spent } and { $received } are amounts of money ("¥31,622.34").
inventory-payments-detail = { $spent } gastados, { $received } recibidos
# How to get a category the export lacks, shown after "Not in this export."
# Menu paths name the platform's own menus and options (in quotes): use the names the
# platform shows in your language where you know them.
inventory-hint-whatsapp-report-lists-none = El informe de la cuenta cargado no contiene nada de esto.
inventory-hint-telegram-sessions = Vuelve a exportar marcando «Sesiones activas» y «Datos varios» (las dos están desmarcadas por defecto).
inventory-hint-telegram-contacts = Vuelve a exportar marcando «Lista de contactos».
inventory-hint-telegram-identity = Vuelve a exportar marcando «Información de la cuenta».
inventory-hint-telegram-chats = Marca los tipos de chat que quieras (los chats con bots, los grupos públicos y los canales están desmarcados por defecto).
inventory-hint-whatsapp-report = Solicita el informe de la cuenta: Ajustes › Cuenta › Solicitar info. de mi cuenta (está listo en unos 3 días).
inventory-hint-whatsapp-chats = Abre un chat › menú de tres puntos › Más › Exportar chat (de uno en uno).
# The Chinese menu path is WeChat's own: keep it as it is.
inventory-hint-wechat-payments = 我 › 服务 › 钱包 › 账单 › 常见问题 › 下载账单 › 用于个人对账 (Yo › Servicios › Monedero › Extractos › Preguntas frecuentes › Descargar extracto › Para conciliación personal). La contraseña del zip llega en un mensaje de WeChat Pay.
# MemoTrace and WeFlow are names of programs.
inventory-hint-wechat-chats = WeChat no tiene ninguna exportación oficial de chats; herramientas como MemoTrace o WeFlow generan archivos que Footprint puede leer.

## Kinds of conversations
# A count of conversations of one kind ("3 groups"), in lists such as
# "12 private chats, 3 groups (1 left)".
kind-personal-count = { $count ->
        [one] { $count } chat privado
       *[other] { $count } chats privados
    }
kind-group-count = { $count ->
        [one] { $count } grupo
       *[other] { $count } grupos
    }
kind-channel-count = { $count ->
        [one] { $count } canal
       *[other] { $count } canales
    }
kind-bot-count = { $count ->
        [one] { $count } bot
       *[other] { $count } bots
    }
# Telegram's "Saved Messages", the chat with yourself.
kind-saved-count = { $count ->
        [one] { $count } chat de Mensajes guardados
       *[other] { $count } chats de Mensajes guardados
    }
# Conversations of no other kind.
kind-other-count = { $count } de otro tipo
# The kind of one conversation, as the Conversations table and the report name it.
kind-label-private-chat = chat privado
kind-label-group = grupo
kind-label-private-group = grupo privado
kind-label-public-group = grupo público
kind-label-channel = canal
kind-label-private-channel = canal privado
kind-label-public-channel = canal público
kind-label-bot = bot
kind-label-saved = mensajes guardados
# WeChat's kinds of conversation, with WeChat's own Chinese word (kept in brackets
# where the language is not Chinese).
kind-label-wechat-group = grupo (群聊)
kind-label-wechat-official = cuenta oficial (公众号)
kind-label-wechat-wecom = contacto de WeCom (企业微信)
kind-label-wechat-system = cuenta del sistema (微信)
kind-label-wechat-private = chat privado (私聊)
# A conversation the export gives no type.
kind-label-other-not-given = otro (tipo no indicado)
# { $kind } is the type as the export writes it ("replies").
kind-label-other = otro: { $kind }

## Sessions, IP addresses and payments: words inside tables and charts
# A session that names neither its device, its app nor a website.
topics-unknown-device = dispositivo desconocido
# A device, system, app, counterparty or payment method the export leaves empty (a bar of
# a chart, a row of a table).
topics-not-given = (sin indicar)
# Where an IP address was seen, in lists such as "session, login notice".
topics-origin-session = sesión
topics-origin-web-session = sesión web
topics-origin-ip-history = historial de IP
topics-origin-account-change = cambio en la cuenta
# Telegram's login notifications ("New login from …").
topics-origin-login-notice = aviso de inicio de sesión

## Where an IP address is registered, when it is no country's
ip-place-unknown = no está en la base de datos
ip-place-private-network = red privada
ip-place-loopback = bucle local (loopback)
ip-place-shared-carrier = red compartida del operador (CGNAT)
ip-place-link-local = enlace local
ip-place-documentation = ejemplo de documentación
ip-place-benchmarking = pruebas de rendimiento
ip-place-protocol-assignment = asignación de protocolo
ip-place-this-network = esta red
ip-place-multicast = multidifusión
ip-place-reserved = rango reservado
ip-place-unspecified = sin especificar
ip-place-translation = traducción de IPv4

## Merged exports: a note under a platform's inventory when several exports overlap
# Items found in more than one export, counted once. Listed in overlap-merged-….
overlap-repeated-messages = { $count ->
        [one] { $count } mensaje repetido
       *[other] { $count } mensajes repetidos
    }
overlap-repeated-payments = { $count ->
        [one] { $count } pago repetido
       *[other] { $count } pagos repetidos
    }
overlap-repeated-contacts = { $count ->
        [one] { $count } contacto repetido
       *[other] { $count } contactos repetidos
    }
overlap-repeated-sessions = { $count ->
        [one] { $count } sesión repetida
       *[other] { $count } sesiones repetidas
    }
overlap-repeated-other = { $count ->
        [one] { $count } registro repetido de IP o de inicio de sesión
       *[other] { $count } registros repetidos de IP y de inicio de sesión
    }
# The last item of a list: { $head } is the items before it, joined with ", ".
overlap-list-and = { $head } y { $last }
# { $list } lists the repeated items (overlap-repeated-…); { $total } is their sum.
overlap-merged-dropped = { $total ->
        [one] Se han combinado fuentes que se solapan: se ha omitido { $list }.
       *[other] Se han combinado fuentes que se solapan: se han omitido { $list }.
    }
# { $conversations } conversations were found in several exports and count once.
overlap-merged-conversations = { $conversations ->
        [one] Se han combinado fuentes que se solapan: { $conversations } conversación presente en varias exportaciones se cuenta una sola vez.
       *[other] Se han combinado fuentes que se solapan: { $conversations } conversaciones presentes en varias exportaciones se cuentan una sola vez.
    }
# Both of the above in one sentence.
overlap-merged-both = { $conversations ->
        [one] Se han combinado fuentes que se solapan: { $conversations } conversación presente en varias exportaciones se cuenta una sola vez; { $total ->
            [one] se ha omitido { $list }.
           *[other] se han omitido { $list }.
        }
       *[other] Se han combinado fuentes que se solapan: { $conversations } conversaciones presentes en varias exportaciones se cuentan una sola vez; { $total ->
            [one] se ha omitido { $list }.
           *[other] se han omitido { $list }.
        }
    }
# Not normally shown (something was merged, but none of the above).
overlap-merged = Se han combinado fuentes que se solapan.

## Who you are in an export: how it was decided (shown after "You are NAME", lower case,
## no final full stop)
owner-how-named-by-export = indicado por la exportación
# Where the export names you: $place is its own term (a section, field or folder, not
# translated), $exporter the tool that wrote a WeChat export (MemoTrace, WeFlow …).
owner-how-named-by-section = indicado en { $place } de la exportación
owner-how-named-by-exporter = indicado por { $place } de { $exporter }
# A WeChat exporter marks the messages you sent.
owner-how-sent-by-me = la marca «enviado por mí» de la herramienta de exportación
owner-how-identity-name = el nombre de la información personal de la exportación
owner-how-account-information = indicado por la información de la cuenta de la exportación
owner-how-no-messages = aquí no hay mensajes
owner-how-no-evidence = nada en esta exportación indica quién de los que escriben eres tú
owner-how-chosen = elegido por ti
owner-how-chosen-none = elegido por ti: aquí no escribes nada, así que todos los mensajes son recibidos
# { $name } is the name the user chose.
owner-how-chosen-absent = elegido por ti; { $name } no escribe nada aquí, así que todos los mensajes son recibidos
# { $count } chats of { $platform } are loaded, and one person writes in all of them.
owner-how-only-common-writer = { $count ->
        [one] la única persona que escribe en el chat de { $platform } cargado
       *[other] la única persona que escribe en los { $count } chats de { $platform } cargados
    }
owner-how-name-in-other-export = tu nombre en otra exportación de esta plataforma
# { $name } is the other person of a one-to-one chat.
owner-how-chat-named-after = el chat lleva el nombre de { $name }, así que tú eres la otra persona que escribe
# WhatsApp's "Messages and calls are end-to-end encrypted" line.
owner-how-notice-under = el aviso de cifrado aparece con el nombre de { $name }, así que tú eres la otra persona
owner-how-account-number = el número de teléfono del informe de la cuenta
# Added after the above, following "; ". Lines such as "You created group".
owner-how-second-person = { $count ->
        [one] { $count } línea del sistema en segunda persona (lo que «tú» hiciste) indica que estás en este chat
       *[other] { $count } líneas del sistema en segunda persona (lo que «tú» hiciste) indican que estás en este chat
    }

## Two exports of one account: what changed (the Compare view, the report)
# What ties the two exports. { $id } is a Telegram user id (a number, shown as is).
diff-account-user-id = ID de usuario { $id }
diff-account-overlapping-bills = extractos de WeChat Pay que se solapan
# Why two exports cannot be compared. { $old } and { $new } are lists of platforms.
diff-no-common-platform = la exportación anterior es de { $old } y la posterior, de { $new }: no tienen ninguna plataforma en común
# { $old } and { $new } name the accounts ("user id 42", a phone number).
diff-different-accounts = parecen dos cuentas de { $platform } distintas ({ $old } y { $new })
# Section names: the first column of the summary, keep short.
diff-section-sessions = Sesiones y dispositivos
diff-section-ips = Direcciones IP
diff-section-contacts = Contactos
diff-section-conversations = Conversaciones
diff-section-messages = Mensajes
diff-section-payments = Pagos
# { $new } sessions new in the later export, { $ended } gone from it; { $devices } device
# models new, { $gone } no longer listed.
diff-sessions-line = { $new ->
        [one] { $new } sesión nueva
       *[other] { $new } sesiones nuevas
    }, { $ended ->
        [one] { $ended } finalizada
       *[other] { $ended } finalizadas
    }; { $devices ->
        [one] { $devices } modelo de dispositivo nuevo
       *[other] { $devices } modelos de dispositivo nuevos
    }, { $gone ->
        [one] { $gone } que ya no aparece
       *[other] { $gone } que ya no aparecen
    }
# { $new } new IP addresses; { $countries } countries they are registered in that no
# earlier address was; { $named } countries the later export itself names that the
# earlier did not.
diff-ips-line = { $new ->
        [one] { $new } dirección nueva
       *[other] { $new } direcciones nuevas
    }; { $countries ->
        [one] { $countries } país de registro nuevo
       *[other] { $countries } países de registro nuevos
    }, { $named ->
        [one] { $named } nuevo según la exportación posterior
       *[other] { $named } nuevos según la exportación posterior
    }
diff-contacts-line = { $added ->
        [one] { $added } añadido
       *[other] { $added } añadidos
    }, { $removed ->
        [one] { $removed } eliminado
       *[other] { $removed } eliminados
    }
diff-conversations-line = te uniste a { $joined }, saliste de { $left }
diff-messages-line = { $messages ->
        [one] { $messages } mensaje
       *[other] { $messages } mensajes
    } desde la exportación anterior, en { $conversations ->
        [one] { $conversations } conversación
       *[other] { $conversations } conversaciones
    }
diff-payments-line = { $count ->
        [one] { $count } pago nuevo
       *[other] { $count } pagos nuevos
    }

## Masked names: pseudonyms shown instead of personal details when masking is on
# { $number } is a number, or "?" for something never seen before.
mask-contact = Contacto { $number }
mask-group = Grupo { $number }
mask-channel = Canal { $number }
mask-bot = Bot { $number }
# Someone paid or paying (WeChat Pay).
mask-counterparty = Contraparte { $number }
# Free text the user wrote (a bio, an about text), hidden.
mask-hidden = (oculto)

## Warnings: what went wrong in a source, shown with how many times ("3 × …")
warning-repaired-json = JSON no válido reparado
warning-invalid-utf8 = UTF-8 no válido sustituido
warning-duplicate-key = clave duplicada, se conserva el último valor
warning-skipped-record = registro ilegible omitido
warning-missing-date = registro sin fecha omitido
warning-unsupported-message = mensaje que el exportador marcó como no compatible
warning-truncated = el archivo termina antes de tiempo; se conserva lo anterior
warning-standard-time-offset = el desfase UTC es el estándar, también en horario de verano
warning-text-before-first-message = texto anterior al primer mensaje omitido
warning-other-header-format = línea en otro formato de fecha, conservada como texto del mensaje anterior
warning-realigned-row = fila con una coma sin comillas en una celda de texto, realineada
warning-missing-page = falta una página a la que remite la exportación
# Where a warning's example is in the file and what it quotes ($detail: the file's own text).
warning-sample-record = registro { $record } (byte { $byte }): { $detail }
warning-sample-byte = byte { $byte }: { $detail }
