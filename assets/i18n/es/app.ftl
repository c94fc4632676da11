## The window's frame: top bar, navigation, status line, dialogs, start page, About page.
## "Footprint" is the app's name: keep it as it is.

## Top bar

# Under the app's name at the top left, short.
app-tagline = lo que tus aplicaciones de mensajería saben de ti · sin conexión
# Button (top bar and start page), keep short.
app-open-files = Abrir archivos…
app-open-files-hint = Añadir exportaciones: zip, json, html, txt, csv o xlsx (Ctrl+O)
# Button (top bar and start page), keep short.
app-open-folder = Abrir carpeta…
# "DataExport_…" is the name of Telegram's export folder: keep it.
app-open-folder-hint = Añadir una carpeta de exportación (DataExport_…, un informe de WhatsApp…)
# The theme button shows the current theme; a click switches to the next one.
app-theme-system = Tema: sistema
app-theme-system-hint = Sigue el del sistema; haz clic para usar el oscuro
app-theme-dark = Tema: oscuro
app-theme-dark-hint = Haz clic para usar el claro
app-theme-light = Tema: claro
app-theme-light-hint = Haz clic para seguir el del sistema
# First entry of the language menu: follow the system's language. $language is that
# language's own name ("Deutsch", "简体中文").
app-language-system = Sistema ({ $language })
app-language-hint = El idioma de la ventana, de las imágenes guardadas y del informe
# Toggle button, keep short.
app-mask = Ocultar datos personales
app-mask-hint = Sustituir nombres, números de teléfono, nombres de usuario y direcciones IP por seudónimos en pantalla y en las imágenes guardadas
# Button, keep short.
app-clear = Vaciar
app-clear-hint = Olvidar todo lo cargado
# Button, keep short.
app-save-all = Guardar gráficos…
app-save-all-hint = Guardar todos los gráficos como PNG en una carpeta
# Button, keep short.
app-save-report = Guardar informe…
app-save-report-hint = Un archivo HTML con los hallazgos, todos los gráficos y las tablas principales (Ctrl+Shift+S)

## Navigation

# The last entry of the side navigation (a button about 170 points wide).
app-nav-about = Información y privacidad

## Status line (bottom of the window)

# While an export is read. $file is a file name, $done and $total are sizes such as "12 MB".
status-progress = { $file }: { $done } de { $total }
# The same, when several inputs are read one after the other: the $input-th of $inputs.
status-progress-inputs = { $file } (entrada { $input } de { $inputs }): { $done } de { $total }
# File sizes; $size is a number already written with this language's decimal sign.
status-size-gb = { $size } GB
status-size-mb = { $size } MB
status-size-kb = { $size } KB
status-cancelling = Cancelando…
# Button.
status-cancel = Cancelar (Esc)
status-writing = Escribiendo imágenes…
# Shown when nothing else is to be said and exports are loaded.
status-loaded = { $count ->
        [one] { $count } fuente
       *[other] { $count } fuentes
    } · arrastra más exportaciones para añadirlas · Ctrl+O abrir · Ctrl+S guardar el gráfico bajo el puntero · Ctrl+Shift+S guardar el informe
# Shown when nothing is loaded.
status-empty = Ctrl+O abrir archivos · arrastra exportaciones a cualquier parte de la ventana
# The job running while the bar fills up. $name is a file or folder name.
status-reading-one = Leyendo { $name }
status-reading-many = { $count ->
        [one] Leyendo { $count } archivo
       *[other] Leyendo { $count } archivos
    }
status-removing = Quitando la fuente
status-reloading = Volviendo a leer la fuente
# The analysis is made again (another time zone, another owner).
status-reanalysing = Recalculando
status-load-cancelled = Se ha cancelado la carga; no se ha conservado nada de ella.
# "Overview › Problems": the Overview page and its Problems section; use the same words
# as the navigation and that section's title.
status-files-unreadable = { $count ->
        [one] No se ha podido leer { $count } archivo: consulta Resumen › Problemas.
       *[other] No se han podido leer { $count } archivos: consulta Resumen › Problemas.
    }
status-files-unrecognised = { $count ->
        [one] { $count } archivo no es una exportación que Footprint conozca: consulta Resumen › Problemas.
       *[other] { $count } archivos no son exportaciones que Footprint conozca: consulta Resumen › Problemas.
    }
# xdg-desktop-portal and zenity are programs: keep their names.
status-own-dialog = Este sistema no tiene diálogo de archivos (xdg-desktop-portal o zenity): Footprint muestra el suyo propio.
# $error says why (a folder and a system error). "footprint PATH…" is a command: keep it.
status-no-dialog = No se puede mostrar ningún diálogo de archivos ({ $error }). Arrastra los archivos a la ventana o indícalos en la línea de comandos: footprint PATH…
# $chart is the chart's internal id.
status-chart-gone = El gráfico { $chart } ya no se muestra.
# $path is the file written.
status-saved = Se ha guardado { $path }
status-saved-all = { $count ->
        [one] Se ha guardado { $count } gráfico en { $folder }
       *[other] Se han guardado { $count } gráficos en { $folder }
    }
status-saved-report = Se ha guardado el informe en { $path }
# $path is an encrypted archive the user gave no password for.
status-skipped-password = Se ha omitido { $path } (no se ha indicado ninguna contraseña).
status-nothing-saved = No se ha guardado nada; se han conservado los archivos existentes.

## Drop overlay (while files are dragged over the window)

app-drop-overlay = Suelta para añadir estas exportaciones

## Password dialog

dialog-password-title = Este archivo comprimido está cifrado
# 微信支付 is WeChat Pay's Chinese name, as the message appears in WeChat: keep it.
dialog-password-explain = Introduce su contraseña. La contraseña de un extracto de WeChat Pay llega en un mensaje de WeChat Pay (微信支付).
dialog-password-label = Contraseña:
# Button: open the archive with the password typed.
dialog-password-open = Abrir
# Button: do not open this archive.
dialog-password-skip = Omitir

## Replace dialog (saving over existing files). $count is how many files exist already.

dialog-replace-title = { $count ->
        [one] ¿Reemplazar el archivo existente?
       *[other] ¿Reemplazar los archivos existentes?
    }
# $path is the file that exists.
dialog-replace-file = { $path } ya existe. ¿Quieres reemplazarlo?
# $folder is where the charts are saved.
dialog-replace-charts = { $count ->
        [one] Ya existe { $count } imagen de gráfico en { $folder }. ¿Quieres reemplazarla?
       *[other] Ya existen { $count } imágenes de gráficos en { $folder }. ¿Quieres reemplazarlas?
    }
# Button.
dialog-replace = Reemplazar
# Button.
dialog-keep = { $count ->
        [one] Conservar el archivo existente
       *[other] Conservar los archivos existentes
    }

## File dialogs (the system's, or Footprint's own where the system has none)

dialog-open-exports-title = Abrir exportaciones
# A file type filter of the system's open dialog.
dialog-filter-exports = Exportaciones (zip, json, html, txt, csv, xlsx)
dialog-filter-all = Todos los archivos
dialog-open-folder-title = Abrir una carpeta de exportación
dialog-save-chart-title = Guardar imagen del gráfico
dialog-filter-png = Imagen PNG
dialog-filter-svg = Imagen SVG
dialog-save-all-title = Guardar todos los gráficos en una carpeta
dialog-save-report-title = Guardar informe
dialog-filter-html = Página HTML
# Titles of Footprint's own dialog, which has no file type filter.
dialog-save-chart-title-types = Guardar imagen del gráfico (.png o .svg)
dialog-save-report-title-type = Guardar informe (.html)
# Buttons of Footprint's own dialog, keep short.
dialog-open-this-folder = Abrir esta carpeta
dialog-save-here = Guardar aquí
dialog-file-open = Abrir
dialog-file-save = Guardar
dialog-file-cancel = Cancelar
dialog-file-new-folder = Nueva carpeta
# The name a new folder gets.
dialog-file-new-folder-name = Nueva carpeta
dialog-file-rename = Cambiar nombre
dialog-file-refresh = Actualizar
dialog-file-parent = Carpeta superior
# Before the file name field.
dialog-file-label = Archivo:
# Checkbox: list hidden files too.
dialog-file-show-hidden = Mostrar ocultos

## Start page

# Large title of the drop zone.
start-drop-title = Arrastra aquí tus exportaciones
start-drop-explain = Exportaciones de datos de Telegram, chats e informes de cuenta de WhatsApp, extractos de WeChat Pay y archivos de herramientas que exportan chats: archivos, carpetas o zips.
# Button, about 25 characters at most.
start-sample = Ver la huella de ejemplo
start-sample-hint = Exportaciones inventadas de Telegram, WhatsApp y WeChat incluidas en la aplicación
start-local = Todo se lee en este equipo. No se envía nada a ninguna parte.
start-recent = Archivos recientes
start-howto = Cómo obtener tus datos
# Steps to export from Telegram. Menu names (Settings › Advanced › Export Telegram data,
# "Active sessions", "Miscellaneous data", "Machine-readable JSON") are those of Telegram
# Desktop: use the names its translation into this language shows.
start-telegram-step-1 = Telegram Desktop › Ajustes › Avanzado › Exportar datos de Telegram (las aplicaciones para móvil no permiten exportar).
start-telegram-step-2 = Marca «Sesiones activas» y «Datos varios» (desmarcadas por defecto) para ver tus dispositivos y direcciones IP.
start-telegram-step-3 = Marca los chats con bots, los grupos públicos y los canales (desmarcados por defecto) para tener la lista completa de conversaciones.
start-telegram-step-4 = Elige «JSON legible por máquina» (HTML también sirve, con menos detalles). No hacen falta los archivos multimedia.
# DataExport and result.json are names of Telegram's files: keep them.
start-telegram-step-5 = Arrastra aquí la carpeta DataExport, su zip o result.json. También sirve la exportación de un solo chat.
# Steps to export from WhatsApp; menu names as WhatsApp shows them in this language.
start-whatsapp-step-1 = Chats: abre un chat › menú de tres puntos › Más (Android) o el nombre (iPhone) › Exportar chat; basta con «Sin archivos».
start-whatsapp-step-2 = Informe de la cuenta: Ajustes › Cuenta › Solicitar info. de mi cuenta; está listo en unos tres días.
start-whatsapp-step-3 = Arrastra aquí los archivos .txt o .zip y el zip del informe, tantos como quieras.
# WeChat's menus are in Chinese here (the bill can only be asked for in the Chinese
# interface): keep the Chinese menu path as it is.
start-wechat-step-1 = Extracto de WeChat Pay (微信支付账单): 我 › 服务 › 钱包 › 账单 › 常见问题 › 下载账单 › 用于个人对账 (Yo › Servicios › Monedero › Extractos › Preguntas frecuentes › Descargar extracto › Para conciliación personal).
start-wechat-step-2 = El extracto llega en un zip por correo electrónico, y su contraseña, en un mensaje de WeChat Pay. Footprint te la pide.
# MemoTrace, WeFlow, PyWxDump and WechatExporter are programs: keep their names.
start-wechat-step-3 = Chats: WeChat no tiene exportación propia; se leen los archivos que generan MemoTrace, WeFlow, PyWxDump o WechatExporter.

## About & privacy page

about-tagline = Descubre lo que tus aplicaciones de mensajería saben de ti.
# Section titles.
about-privacy = Privacidad
about-options = Opciones
about-keyboard = Teclado
about-licences = Licencias
about-privacy-network = Footprint no contiene ningún código de red: no incluye ninguna biblioteca de red, nunca se conecta a ningún sitio, no tiene telemetría y no busca actualizaciones.
about-privacy-memory = Tus exportaciones se leen en este equipo y solo se conservan en memoria mientras la ventana está abierta. No se escribe nada en ningún sitio, salvo las imágenes y los informes que guardes y las preferencias indicadas abajo.
about-privacy-remembered = De un uso a otro solo se recuerdan el tema, el idioma, el intervalo elegido en Actividad y las opciones de esta página; nunca datos ni rutas de archivo (salvo que actives los archivos recientes más abajo).
# Checkbox.
about-remember-recent = Recordar archivos recientes (desactivado por defecto)
# Keyboard and mouse actions (left column; Ctrl+O, Ctrl+S and Esc stay as they are).
about-key-drag-drop = Arrastrar y soltar
about-key-wheel = Rueda del ratón + Ctrl / arrastrar
# What each action does (right column).
about-shortcut-open = abrir archivos
about-shortcut-save = guardar el gráfico bajo el puntero (o el primer gráfico de la vista)
about-shortcut-escape = cancelar la carga, cerrar un diálogo
about-shortcut-drop = añadir archivos, carpetas o zips
about-shortcut-zoom = ampliar y desplazar las líneas de tiempo; doble clic para restablecer
# Font names and licence names stay as they are.
about-licence-fonts = Footprint se distribuye con licencia MIT OR Apache-2.0. Incluye subconjuntos de Noto Sans SC, Noto Sans Arabic y Noto Sans Hebrew (SIL Open Font License 1.1) para que el chino, el árabe y el hebreo se vean en cualquier sistema.
# $database names the IP address database and its date.
about-ip-database = Footprint asigna un país a cada dirección IP sin conexión a internet, con { $database }: datos de registro de direcciones IP de la Number Resource Organization (nro.net), CC BY 4.0. El país es donde está registrada hoy la dirección, y puede no coincidir con el de cuando se usó.

## Tables

table-empty = No hay nada que mostrar.
# Tooltip of a column header; $column is the column's name.
table-sort-by = Ordenar por { $column }
# The same, with more about the column ($hint).
table-sort-by-hint = Ordenar por { $column }: { $hint }
# Pager buttons, keep short.
table-previous = ‹ Anterior
table-next = Siguiente ›
# Which rows of a long table are shown.
table-rows = Filas { $first } – { $last } de { $total }

## Charts on screen

plot-no-data = No hay datos para este gráfico en las exportaciones cargadas.
# Beside the colour scale of the weekday × hour chart.
plot-heatmap-key = mensajes
# Hover label of a cell of the weekday × hour chart: $day is a weekday, $from and $to
# the hour's first and last minute as times of day ("3:00 PM", "15:59"), $count the
# number of messages.
plot-heatmap-hover =
    { $day } { $from }–{ $to }
    { $count ->
        [one] { $count } mensaje
       *[other] { $count } mensajes
    }
# Hover text of a country of the world map that holds none of your addresses.
plot-map-none = sin direcciones

## Shared by the views

# Button of every chart, keep short.
view-save-image = Guardar imagen…
view-save-image-hint = Guardar como PNG (2x) o SVG (Ctrl+S con el puntero sobre el gráfico)
# Tooltip of the ✖ button of a search box.
view-clear-search = Borrar la búsqueda
