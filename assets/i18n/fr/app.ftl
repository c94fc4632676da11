## The window's frame: top bar, navigation, status line, dialogs, start page, About page.
## "Footprint" is the app's name: keep it as it is.

## Top bar

# Under the app's name at the top left, short.
app-tagline = ce que vos messageries savent de vous · hors ligne
# Button (top bar and start page), keep short.
app-open-files = Ouvrir des fichiers…
app-open-files-hint = Ajouter des exports : zip, json, html, txt, csv ou xlsx (Ctrl+O)
# Button (top bar and start page), keep short.
app-open-folder = Ouvrir un dossier…
# "DataExport_…" is the name of Telegram's export folder: keep it.
app-open-folder-hint = Ajouter un dossier d'export (DataExport_…, un rapport WhatsApp…)
# The theme button shows the current theme; a click switches to the next one.
app-theme-system = Thème : système
app-theme-system-hint = Suit le système ; cliquez pour le thème sombre
app-theme-dark = Thème : sombre
app-theme-dark-hint = Cliquez pour le thème clair
app-theme-light = Thème : clair
app-theme-light-hint = Cliquez pour suivre le système
# First entry of the language menu: follow the system's language. $language is that
# language's own name ("Deutsch", "简体中文").
app-language-system = Système ({ $language })
app-language-hint = La langue de la fenêtre, des images enregistrées et du rapport
# Toggle button, keep short.
app-mask = Masquer les données personnelles
app-mask-hint = Remplacer les noms, numéros de téléphone, noms d'utilisateur et adresses IP par des pseudonymes, à l'écran et dans les images enregistrées
# Button, keep short.
app-clear = Vider
app-clear-hint = Oublier tout ce qui a été chargé
# Button, keep short.
app-save-all = Enregistrer les graphiques…
app-save-all-hint = Écrire chaque graphique en PNG dans un dossier
# Button, keep short.
app-save-report = Enregistrer le rapport…
app-save-report-hint = Un fichier HTML avec les constats, tous les graphiques et les principaux tableaux (Ctrl+Shift+S)

## Navigation

# The last entry of the side navigation (a button about 170 points wide).
app-nav-about = À propos et vie privée

## Status line (bottom of the window)

# While an export is read. $file is a file name, $done and $total are sizes such as "12 MB".
status-progress = { $file } : { $done } sur { $total }
# The same, when several inputs are read one after the other: the $input-th of $inputs.
status-progress-inputs = { $file } (entrée { $input } sur { $inputs }) : { $done } sur { $total }
# File sizes; $size is a number already written with this language's decimal sign.
status-size-gb = { $size } Go
status-size-mb = { $size } Mo
status-size-kb = { $size } ko
status-cancelling = Annulation…
# Button.
status-cancel = Annuler (Esc)
status-writing = Écriture des images…
# Shown when nothing else is to be said and exports are loaded.
status-loaded = { $count ->
        [one] { $count } source
       *[other] { $count } sources
    } · déposez d'autres exports pour les ajouter · Ctrl+O ouvrir · Ctrl+S enregistrer le graphique sous le pointeur · Ctrl+Shift+S enregistrer le rapport
# Shown when nothing is loaded.
status-empty = Ctrl+O ouvrir des fichiers · déposez des exports n'importe où sur la fenêtre
# The job running while the bar fills up. $name is a file or folder name.
status-reading-one = Lecture de { $name }
status-reading-many = { $count ->
        [one] Lecture de { $count } fichier
       *[other] Lecture de { $count } fichiers
    }
status-removing = Retrait de la source
status-reloading = Nouvelle lecture de la source
# The analysis is made again (another time zone, another owner).
status-reanalysing = Nouveau calcul
status-load-cancelled = Chargement annulé ; rien n'en a été conservé.
# "Overview › Problems": the Overview page and its Problems section; use the same words
# as the navigation and that section's title.
status-files-unreadable = { $count ->
        [one] { $count } fichier n'a pas pu être lu : voir Vue d'ensemble › Problèmes.
       *[other] { $count } fichiers n'ont pas pu être lus : voir Vue d'ensemble › Problèmes.
    }
status-files-unrecognised = { $count ->
        [one] { $count } fichier n'est pas un export que Footprint connaît : voir Vue d'ensemble › Problèmes.
       *[other] { $count } fichiers ne sont pas des exports que Footprint connaît : voir Vue d'ensemble › Problèmes.
    }
# xdg-desktop-portal and zenity are programs: keep their names.
status-own-dialog = Ce système n'a pas de boîte de dialogue de fichiers (xdg-desktop-portal ou zenity) : Footprint affiche la sienne.
# $error says why (a folder and a system error). "footprint PATH…" is a command: keep it.
status-no-dialog = Impossible d'afficher une boîte de dialogue de fichiers ({ $error }). Déposez les fichiers sur la fenêtre ou indiquez-les en ligne de commande : footprint PATH…
# $chart is the chart's internal id.
status-chart-gone = Le graphique { $chart } n'est plus affiché.
# $path is the file written.
status-saved = Enregistré : { $path }
status-saved-all = { $count ->
        [one] { $count } graphique enregistré dans { $folder }
       *[other] { $count } graphiques enregistrés dans { $folder }
    }
status-saved-report = Rapport enregistré : { $path }
# $path is an encrypted archive the user gave no password for.
status-skipped-password = { $path } ignoré (aucun mot de passe saisi).
status-nothing-saved = Rien n'a été enregistré ; les fichiers existants ont été conservés.

## Drop overlay (while files are dragged over the window)

app-drop-overlay = Déposez pour ajouter ces exports

## Password dialog

dialog-password-title = Cette archive est chiffrée
# 微信支付 is WeChat Pay's Chinese name, as the message appears in WeChat: keep it.
dialog-password-explain = Saisissez son mot de passe. Le mot de passe d'un relevé WeChat Pay arrive dans un message de WeChat Pay (微信支付).
dialog-password-label = Mot de passe :
# Button: open the archive with the password typed.
dialog-password-open = Ouvrir
# Button: do not open this archive.
dialog-password-skip = Ignorer

## Replace dialog (saving over existing files). $count is how many files exist already.

dialog-replace-title = { $count ->
        [one] Remplacer le fichier existant ?
       *[other] Remplacer les fichiers existants ?
    }
# $path is the file that exists.
dialog-replace-file = { $path } existe déjà. Le remplacer ?
# $folder is where the charts are saved.
dialog-replace-charts = { $count ->
        [one] { $count } image de graphique existe déjà dans { $folder }. La remplacer ?
       *[other] { $count } images de graphiques existent déjà dans { $folder }. Les remplacer ?
    }
# Button.
dialog-replace = Remplacer
# Button.
dialog-keep = { $count ->
        [one] Garder le fichier existant
       *[other] Garder les fichiers existants
    }

## File dialogs (the system's, or Footprint's own where the system has none)

dialog-open-exports-title = Ouvrir des exports
# A file type filter of the system's open dialog.
dialog-filter-exports = Exports (zip, json, html, txt, csv, xlsx)
dialog-filter-all = Tous les fichiers
dialog-open-folder-title = Ouvrir un dossier d'export
dialog-save-chart-title = Enregistrer l'image du graphique
dialog-filter-png = Image PNG
dialog-filter-svg = Image SVG
dialog-save-all-title = Enregistrer tous les graphiques dans un dossier
dialog-save-report-title = Enregistrer le rapport
dialog-filter-html = Page HTML
# Titles of Footprint's own dialog, which has no file type filter.
dialog-save-chart-title-types = Enregistrer l'image du graphique (.png ou .svg)
dialog-save-report-title-type = Enregistrer le rapport (.html)
# Buttons of Footprint's own dialog, keep short.
dialog-open-this-folder = Ouvrir ce dossier
dialog-save-here = Enregistrer ici
dialog-file-open = Ouvrir
dialog-file-save = Enregistrer
dialog-file-cancel = Annuler
dialog-file-new-folder = Nouveau dossier
# The name a new folder gets.
dialog-file-new-folder-name = Nouveau dossier
dialog-file-rename = Renommer
dialog-file-refresh = Actualiser
dialog-file-parent = Dossier parent
# Before the file name field.
dialog-file-label = Fichier :
# Checkbox: list hidden files too.
dialog-file-show-hidden = Fichiers cachés

## Start page

# Large title of the drop zone.
start-drop-title = Déposez vos exports ici
start-drop-explain = Exports de données Telegram, discussions et rapports de compte WhatsApp, relevés WeChat Pay et fichiers d'outils d'export de discussions : fichiers, dossiers ou archives zip.
# Button, about 25 characters at most.
start-sample = Essayer un exemple
start-sample-hint = Des exports Telegram, WhatsApp et WeChat fictifs, intégrés à l'application
start-local = Tout est lu sur cet ordinateur. Rien n'est envoyé nulle part.
start-recent = Fichiers récents
start-howto = Comment obtenir vos données
# Steps to export from Telegram. Menu names (Settings › Advanced › Export Telegram data,
# "Active sessions", "Miscellaneous data", "Machine-readable JSON") are those of Telegram
# Desktop: use the names its translation into this language shows.
start-telegram-step-1 = Telegram Desktop › Paramètres › Avancés › Exporter les données Telegram (les applications mobiles ne permettent pas l'export).
start-telegram-step-2 = Cochez « Sessions actives » et « Données diverses » (décochées par défaut) pour voir vos appareils et vos adresses IP.
start-telegram-step-3 = Cochez les discussions avec des bots, les groupes publics et les chaînes (décochés par défaut) pour obtenir la liste complète des conversations.
start-telegram-step-4 = Choisissez « JSON lisible par machine » (le HTML fonctionne aussi, avec moins de détails). Les médias ne sont pas nécessaires.
# DataExport and result.json are names of Telegram's files: keep them.
start-telegram-step-5 = Déposez ici le dossier DataExport, son zip ou result.json. L'export d'une seule discussion fonctionne aussi.
# Steps to export from WhatsApp; menu names as WhatsApp shows them in this language.
start-whatsapp-step-1 = Discussions : ouvrez une discussion › menu à trois points › Plus (Android) ou le nom du contact (iPhone) › Exporter la discussion ; l'export sans médias suffit.
start-whatsapp-step-2 = Rapport de compte : Paramètres › Compte › Demander infos compte ; il est prêt au bout de trois jours environ.
start-whatsapp-step-3 = Déposez ici les fichiers .txt ou .zip et le zip du rapport, autant que vous voulez.
# WeChat's menus are in Chinese here (the bill can only be asked for in the Chinese
# interface): keep the Chinese menu path as it is.
start-wechat-step-1 = Relevé WeChat Pay 微信支付账单 : 我 (Moi) › 服务 (Services) › 钱包 (Portefeuille) › 账单 (Relevés) › 常见问题 (FAQ) › 下载账单 (Télécharger le relevé) › 用于个人对账 (usage personnel).
start-wechat-step-2 = Le relevé arrive par e-mail sous forme de zip ; son mot de passe arrive dans un message WeChat Pay. Footprint vous le demandera.
# MemoTrace, WeFlow, PyWxDump and WechatExporter are programs: keep their names.
start-wechat-step-3 = Discussions : WeChat ne propose pas d'export ; Footprint lit les fichiers produits par MemoTrace, WeFlow, PyWxDump ou WechatExporter.

## About & privacy page

about-tagline = Découvrez ce que vos messageries savent de vous.
# Section titles.
about-privacy = Vie privée
about-options = Options
about-keyboard = Clavier
about-licences = Licences
about-privacy-network = Footprint ne contient aucun code réseau : aucune bibliothèque réseau n'en fait partie, il ne se connecte jamais nulle part, et il n'a ni télémétrie ni vérification des mises à jour.
about-privacy-memory = Vos exports sont lus sur cet ordinateur et gardés en mémoire uniquement tant que la fenêtre est ouverte. Rien n'est écrit nulle part, hormis les images et les rapports que vous enregistrez et les préférences indiquées ci-dessous.
about-privacy-remembered = Seuls le thème, la langue, l'intervalle choisi pour l'activité et les options de cette page sont mémorisés d'une utilisation à l'autre, jamais les données ni les chemins de fichiers (sauf si vous activez les fichiers récents ci-dessous).
# Checkbox.
about-remember-recent = Mémoriser les fichiers récents (désactivé par défaut)
# Keyboard and mouse actions (left column; Ctrl+O, Ctrl+S and Esc stay as they are).
about-key-drag-drop = Glisser-déposer
about-key-wheel = Molette + Ctrl / glisser
# What each action does (right column).
about-shortcut-open = ouvrir des fichiers
about-shortcut-save = enregistrer le graphique sous le pointeur (ou le premier graphique de la vue)
about-shortcut-escape = annuler le chargement, fermer une boîte de dialogue
about-shortcut-drop = ajouter des fichiers, des dossiers ou des zips
about-shortcut-zoom = zoomer et se déplacer dans les frises chronologiques ; double-clic pour réinitialiser
# Font names and licence names stay as they are.
about-licence-fonts = Footprint est distribué sous licence MIT OR Apache-2.0. Il intègre des sous-ensembles de Noto Sans SC, Noto Sans Arabic et Noto Sans Hebrew (SIL Open Font License 1.1) pour que le chinois, l'arabe et l'hébreu s'affichent partout.
# $database names the IP address database and its date.
about-ip-database = Footprint attribue un pays à chaque adresse IP sans connexion, grâce à { $database } : données d'enregistrement des adresses IP de la Number Resource Organization (nro.net), CC BY 4.0. Le pays est celui où l'adresse est enregistrée aujourd'hui, ce qui peut différer de l'endroit où elle a été utilisée.

## Tables

table-empty = Rien à afficher.
# Tooltip of a column header; $column is the column's name.
table-sort-by = Trier par { $column }
# The same, with more about the column ($hint).
table-sort-by-hint = Trier par { $column } : { $hint }
# Pager buttons, keep short.
table-previous = ‹ Précédent
table-next = Suivant ›
# Which rows of a long table are shown.
table-rows = Lignes { $first } – { $last } sur { $total }

## Charts on screen

plot-no-data = Aucune donnée pour ce graphique dans les exports chargés.
# Beside the colour scale of the weekday × hour chart.
plot-heatmap-key = messages
# Hover label of a cell of the weekday × hour chart: $day is a weekday, $from and $to
# the hour's first and last minute as times of day ("3:00 PM", "15:59"), $count the
# number of messages.
plot-heatmap-hover =
    { $day } { $from }–{ $to }
    { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }
# Hover text of a country of the world map that holds none of your addresses.
plot-map-none = aucune adresse

## Shared by the views

# Button of every chart, keep short.
view-save-image = Enregistrer l'image…
view-save-image-hint = Enregistrer en PNG (2x) ou en SVG (Ctrl+S quand le pointeur est sur le graphique)
# Tooltip of the ✖ button of a search box.
view-clear-search = Effacer la recherche
