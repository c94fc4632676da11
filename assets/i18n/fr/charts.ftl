## Views of the window (the navigation, headings, and the report's sections). Keep short.

topic-overview = Vue d'ensemble
topic-contacts = Contacts
topic-sessions = Sessions et appareils
topic-conversations = Conversations
topic-activity = Activité
topic-payments = Paiements
topic-people = Personnes
# The page of things the user can act on (privacy findings).
topic-findings = Constats
# Two exports of one account, compared.
topic-compare = Comparer

## Charts: shared texts
# Drawn in the middle of a saved chart image that has nothing to show.
chart-no-data = Aucune donnée pour ce graphique dans les exports chargés
# Axis names and series names (lower case, as on a chart axis).
chart-axis-messages = messages
chart-axis-month = mois
chart-axis-year = année
chart-axis-hour = heure
chart-axis-date = date
chart-axis-people = personnes
chart-axis-sessions = sessions
chart-axis-logins = connexions
chart-axis-contacts = contacts
chart-axis-conversations = conversations
chart-axis-payments = paiements
# Amounts of money in Chinese yuan (WeChat Pay).
chart-axis-yuan = yuans
# Telegram's own score of how often you talk to someone.
chart-axis-rating = score

## Overview and People charts
chart-per-year-title = Messages par an, par plateforme
chart-people-platforms-title = Personnes que connaît chaque plateforme, et qui d'autre les connaît
chart-people-platforms-one = connues de cette plateforme seule
chart-people-platforms-two = connues aussi d'une autre
chart-people-platforms-three = connues des trois
# $count: how many people the chart ranks (at most 20).
chart-people-top-title = Top { $count } des personnes par messages échangés
# $name: a person's name (or a pseudonym when masking).
chart-person-activity-title = Messages avec { $name } par mois

## Contacts charts
chart-contacts-added-title = Contacts ajoutés par mois
chart-contacts-frequent-title = Ceux à qui vous parlez le plus selon Telegram
# A frequent contact of a category other than people. $name: a name; $category: one of the categories below.
chart-contacts-with-category = { $name } ({ $category })
# Telegram's categories of frequent contacts, shown in brackets after a name: "Alice (calls)".
chart-contacts-category-calls = appels
chart-contacts-category-inline-bots = bots inline

## Sessions charts
chart-sessions-devices-title = Sessions par appareil
chart-sessions-systems-title = Sessions par système d'exploitation
chart-sessions-apps-title = Sessions par application et version
chart-sessions-countries-title = Sessions par pays
chart-logins-title = Connexions au fil du temps (d'après les notifications de connexion)
chart-sessions-timeline-title = Sessions, de leur création à leur dernière activité
# Legend entry of the session timeline: sessions of websites the user logged in to with the app.
chart-sessions-group-web = sites web connectés
# Legend entry of the session timeline. $platform: Telegram, WhatsApp or WeChat.
chart-sessions-group-app = sessions { $platform }

## World map
map-title-addresses = Où vos adresses IP sont enregistrées
map-title-logins = D'où viennent vos connexions (notifications de connexion)
# The map's colour key label.
map-key-addresses = adresses IP
map-key-logins = connexions
# Hover text of a country on the map: how many addresses are in it.
map-detail-addresses = { $count ->
    [one] { $count } adresse
   *[other] { $count } adresses
}
# Hover text of a country on the map: how many logins came from it.
map-detail-logins = { $count ->
    [one] { $count } connexion
   *[other] { $count } connexions
}
# After the first six addresses of a country in its hover text.
map-detail-more = { $count ->
    [one] et { $count } autre
   *[other] et { $count } autres
}
# $first, $last: dates.
map-detail-seen = du { $first } au { $last }

## Conversations charts
chart-conversations-kind-title = Conversations par type
# Series: conversations still in the export, and those the user has left.
chart-conversations-in-export = dans l'export
chart-conversations-left = quittées
# $count: how many conversations the chart ranks (at most 20). "Saved Messages" is Telegram's name for notes to yourself.
chart-conversations-top-title = Top { $count } des conversations par messages (hors Messages enregistrés, vos notes personnelles)
chart-message-types-title = Contenu des messages, par plateforme
# Kinds of conversation (chart category labels).
chart-kind-personal = discussion privée
chart-kind-group = groupe
chart-kind-channel = chaîne
chart-kind-bot = bot
chart-kind-saved = messages enregistrés
chart-kind-other = autre
# What a message carries (chart category labels).
chart-content-unknown = type non précisé
chart-content-text = texte
chart-content-image = photo / image
chart-content-video = vidéo
chart-content-voice = vocal / audio
chart-content-sticker = sticker
chart-content-gif = GIF
chart-content-file = fichier
chart-content-location = position
chart-content-contact = fiche contact
chart-content-link = lien
chart-content-poll = sondage
chart-content-quote = citation
chart-content-transfer = transfert d'argent
# WeChat's 红包, a gift of money in a red envelope.
chart-content-red-packet = enveloppe rouge
# WeChat's 小程序.
chart-content-mini-program = mini-programme
# A chat history forwarded as one message (WeChat).
chart-content-forwarded-chat = discussion transférée
# A post of WeChat Channels (视频号).
chart-content-channels = publication Channels
chart-content-app = message d'application
chart-content-call = appel
chart-content-media = média
chart-content-deleted = supprimé
chart-content-other = autre

## Activity charts
# $scope: empty, or the filter chosen, written " · Telegram · Alice".
chart-activity-per-day = Messages par jour{ $scope }
chart-activity-per-week = Messages par semaine{ $scope }
chart-activity-per-month = Messages par mois{ $scope }
chart-activity-per-year = Messages par an{ $scope }
chart-axis-day = jour
chart-axis-week = semaine
chart-activity-heatmap-title = Messages par jour de la semaine et par heure{ $scope }
# Axis of the heatmap. $basis: the clock the hours are on ("as written in the export", "UTC+8").
chart-activity-hour-axis = heure ({ $basis })
chart-activity-split-title = Vos messages et ceux que vous avez reçus{ $scope }
# Series and category names: messages you wrote, messages others wrote, and messages of an export whose owner is unknown.
chart-activity-yours = les vôtres
chart-activity-received = reçus
chart-activity-owner-unknown = propriétaire inconnu

## Payments charts
chart-payments-month-title = Dépenses et revenus par mois
# Series: money paid out, and money received.
chart-payments-spent = dépenses
chart-payments-received = revenus
chart-payments-counterparties-title = Principales contreparties
chart-payments-methods-title = Par moyen de paiement
chart-payments-types-title = Par type de transaction
chart-payments-hour-title = Paiements par heure de la journée (heure de Chine)

## Saving charts (messages in the window)
# $path: a file.
chart-error-exists = { $path } : existe déjà (non écrasé)
# $path: a file; $error: the system's reason.
chart-error-write = { $path } : impossible d'écrire l'image : { $error }
# $title: the chart's title; $error: what went wrong.
chart-error-draw = impossible de dessiner le graphique « { $title } » : { $error }
# $path: a folder; $error: the system's reason.
chart-error-folder = { $path } : impossible de créer le dossier : { $error }
# $files: the file names, joined with ", ".
chart-error-existing = { $count ->
    [one] { $count } image existe déjà, rien n'a été écrit : { $files }
   *[other] { $count } images existent déjà, rien n'a été écrit : { $files }
}

## The HTML report (Save report…, footprint report)
# The browser tab's title. $made: date and time it was made.
report-page-title = Rapport Footprint, { $made }
report-heading = Ce que vos messageries savent de vous
# $platforms: "Telegram, WeChat"; $made: date and time; $count: number of sources (files read).
report-intro = { $count ->
    [one] Rapport Footprint sur { $platforms }, créé le { $made } à partir de { $count } source. Il a été produit sur cet ordinateur ; rien n'a été envoyé nulle part.
   *[other] Rapport Footprint sur { $platforms }, créé le { $made } à partir de { $count } sources. Il a été produit sur cet ordinateur ; rien n'a été envoyé nulle part.
}
report-masked = Les données personnelles sont masquées : les noms, numéros de téléphone, noms d'utilisateur, adresses IP et chemins de fichiers sont remplacés par des pseudonymes.
# $version: Footprint's version; $made: date and time.
report-footer = Créé par Footprint { $version } le { $made }, sur cet ordinateur, à partir des fichiers listés ci-dessus. Rien n'a été envoyé nulle part.
# Below a table cut short. $shown: rows shown; $total: rows in all.
report-cut-note = Les { $shown } premières lignes sur { $total } ; la fenêtre les affiche toutes.
report-country-note = Le pays est celui où le bloc d'adresses est enregistré aujourd'hui (base de données intégrée, aucune recherche en ligne), ce qui peut différer de l'endroit où il se trouvait au moment de l'utilisation.

## Report: findings
# Heading and link of the findings section.
report-findings = Ce que vous pouvez faire
report-no-findings = Rien dans ces exports ne demande d'action de votre part.
# How much a finding matters.
report-severity-high = élevée
report-severity-medium = moyenne
report-severity-low = faible
# Before the advice of a finding.
report-what-to-do = Que faire :

## Report: what each platform holds
# $platform: Telegram, WhatsApp or WeChat.
report-holds = Ce que { $platform } détient
# Count column when the export has none of it.
report-none = aucun
report-not-in-export = Absent de cet export.
report-col-count = nombre
report-col-sensitivity = sensibilité
report-col-what = contenu
report-col-dates = dates

## Report: tables of the views (column headings in lower case)
report-people-heading = Les personnes avec qui vous échangez le plus
# A person without a name.
report-no-name = (sans nom)
report-col-person = personne
report-col-platforms = plateformes
report-col-you-sent = vos messages
report-col-they-sent = ses messages
# First and last date something was seen.
report-col-first = premier
report-col-last = dernier
report-sessions-heading = Sessions et appareils
# $website: a website the user logged in to with the app.
report-website = { $website } (site web)
report-col-platform = plateforme
report-col-device = appareil
report-col-app = application
report-col-system = système
report-col-ip = adresse IP
report-col-place = lieu
report-col-created = création
report-col-last-active = dernière activité
report-ips-heading = Adresses IP
report-col-address = adresse
report-col-seen = occurrences
report-col-where-seen = vue dans
report-col-registered = pays d'enregistrement
# What the export itself says about where an address is.
report-col-export-says = selon l'export
report-conversations-heading = Les conversations les plus actives
# $kind: the kind of conversation ("group"), for a conversation the user has left.
report-kind-left = { $kind } (vous n'y êtes plus)
report-col-conversation = conversation
report-col-kind = type
report-col-messages = messages
# Messages the user wrote.
report-col-yours = les vôtres
report-counterparties-heading = Contreparties
# $paid, $received: amounts; $first, $last: dates.
report-payments-summary = Payé : { $paid }, reçu : { $received }, du { $first } au { $last }.
report-col-counterparty = contrepartie
report-col-paid = payé
report-col-received = reçu
report-col-payments = paiements
# $platform: Telegram, WhatsApp or WeChat.
report-compare-heading = { $platform } : deux exports d'un même compte
report-col-what-changed = changements

## Report: sources
report-sources = Sources
# Stands for a file's path when masking. $number: 1, 2, 3 …
report-source-masked = Source { $number }
# $name: the user's name in this source.
report-source-owner = vous êtes { $name }
report-source-owner-unknown = on ignore qui vous êtes
# $platform; $format: the export's format ("Telegram JSON"); $owner: report-source-owner or report-source-owner-unknown.
report-source-line = { $platform } · { $format } · { $records ->
    [one] { $records } enregistrement
   *[other] { $records } enregistrements
} · { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
} · { $owner }
# $count: how many times; $kind: what went wrong (warning-* in analysis.ftl).
report-source-warning = avertissement : { $count } × { $kind }
# $path: a file; $error: why.
report-unreadable = Lecture impossible : { $path } : { $error }

## Report: saving (messages in the window)
# $path: the report's file; $folder: its folder.
report-error-no-folder = { $path } : le dossier { $folder } n'existe pas ; rien n'a été écrit
report-error-exists = { $path } : existe déjà ; rien n'a été écrit
report-error-write = { $path } : impossible d'écrire le rapport : { $error }
