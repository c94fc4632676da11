# Footprint: the pages of the window (Overview, People, Contacts, Sessions & devices,
# Conversations, Activity, Payments, Findings, Compare).
# Platform names (Telegram, WhatsApp, WeChat) are never translated; they arrive as
# { $platform }. Numbers given as { $count } and similar arrive already written with
# the language's digit grouping. "·" separates parts of a line; keep it.

## Overview: what each platform holds

overview-intro = Ce que l'export de chaque plateforme contient sur vous, son degré de sensibilité et ce qui manque.
# Section title; { $platform } is Telegram, WhatsApp or WeChat.
overview-platform-holds = Ce que { $platform } détient
# In the count column of a category the export does not contain.
overview-category-none = aucun
# Tooltip of a category's sensitivity marker. { $level } is High, Medium or Low;
# { $why } is a sentence explaining why.
overview-sensitivity-hover = Sensibilité : { $level }. { $why }
# A category the export lacks; { $hint } is a sentence saying how to get it.
overview-missing-with-hint = Absent de cet export. { $hint }
overview-missing = Absent de cet export.
# Two exports of one account are loaded; { $old } and { $new } are the dates of the
# latest item in each (or overview-unknown-date).
overview-two-exports = Deux exports de ce compte sont chargés (éléments les plus récents : { $old } et { $new }) : chaque message, contact, session, adresse et paiement qu'ils ont en commun n'est compté qu'une fois, et une session affiche la dernière activité relevée par l'un ou l'autre.
# Stands in for a date in overview-two-exports.
overview-unknown-date = date inconnue
# Link to the Compare page.
overview-what-changed = Ce qui a changé

## Overview: "Known to several companies"

overview-known-title = Connus de plusieurs entreprises
# { $names } is a comma-separated list of names; { $count } how many more are not listed.
overview-known-names-more = { $count ->
        [one] { $names } et { $count } autre
       *[other] { $names } et { $count } autres
    }
# { $count } people are on all three platforms; { $names } lists them.
overview-known-three = { $count ->
        [one] { $count } personne figure
       *[other] { $count } personnes figurent
    } dans les données des trois plateformes : { $names }.
# { $count } people are on two of the three platforms; { $names } lists them.
overview-known-two = { $count ->
        [one] { $count } personne figure
       *[other] { $count } personnes figurent
    } dans les données de deux plateformes : { $names }.
# Both of the above in one sentence: { $three } people on all three platforms
# ({ $three_names }), { $two } people on two ({ $two_names }).
overview-known-both = { $three ->
        [one] { $three } personne figure
       *[other] { $three } personnes figurent
    } dans les données des trois plateformes : { $three_names } ; { $two } dans celles de deux plateformes : { $two_names }.
# Link to the People page.
overview-see-people = Voir la page Personnes

## Overview: "What you can do" (the most severe findings)

overview-what-you-can-do = Ce que vous pouvez faire
# Before a finding's title: the platform it is about.
overview-finding-platform = { $platform } :
# Link to the Findings page when more findings exist than the Overview lists ($count is 5 or more).
overview-all-findings = Les { $count } constats et comment agir
# Link to the Findings page when the Overview lists them all.
overview-what-to-do = Comment agir

## Overview: sources read

# Section title; { $count } is the number of files and folders read.
overview-sources = Sources ({ $count })
# Stands in for a file's path when personal details are masked; { $number } is 1, 2, 3 …
overview-source-masked = Source { $number }
overview-source-records = { $count ->
        [one] { $count } enregistrement
       *[other] { $count } enregistrements
    }
overview-no-warnings = aucun avertissement
overview-source-warnings = { $count ->
        [one] { $count } avertissement
       *[other] { $count } avertissements
    }
# Button next to a source (keep short).
overview-remove = Retirer
overview-remove-hover = Oublier cette source

## Overview: whose messages are "yours" in a source

# How the owner was decided, said instead of the explanation when personal details are masked.
overview-owner-basis-export = indiqué par l'export
overview-owner-basis-inferred = déduit des discussions
overview-owner-basis-chosen = choisi par vous
overview-owner-basis-unknown = rien n'indique qui vous êtes
# { $name } is the owner's name, shown in bold.
overview-you-are = Vous êtes { $name }
overview-owner-none = Vous n'écrivez rien ici : tous les messages sont reçus
overview-owner-unknown = Propriétaire inconnu : les messages d'ici ne comptent ni comme les vôtres ni comme reçus
# { $how } explains how the owner was decided, e.g. "chosen by you".
overview-owner-how = ({ $how })
# Menu button to choose who you are (keep short).
overview-owner-change = Changer…
overview-owner-question = Qui êtes-vous dans cet export ?
# A choice in the menu: { $name } writes { $count } messages in the source.
overview-owner-choice = { $name } · { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }
# Below the menu's list when it is cut; "--me" is a command-line option: keep it as is.
overview-owner-more = { $count ->
        [one] … et { $count } autre (utilisez --me en ligne de commande)
       *[other] … et { $count } autres (utilisez --me en ligne de commande)
    }
overview-owner-nobody = Aucun de ceux-ci : je n'écris rien ici
overview-owner-decide-again = Déduire à nouveau de l'export

## Overview: problems

overview-problems = Problèmes
# A file that could not be read: { $path } and the error { $message }.
overview-problem-error = { $path } : { $message }
# A file Footprint does not recognise: { $path }, and { $reason } (a sentence).
overview-problem-unrecognised = { $path } : non reconnu. { $reason }
# Button that hides the problems (keep short).
overview-dismiss = Ignorer

## Overview: how a chat's dates were read

# Orders of day, month and year in a chat's dates; used inside the messages below.
overview-date-order-dmy = jour/mois/année
overview-date-order-mdy = mois/jour/année
overview-date-order-ymd = année/mois/jour
# Why the dates were read in that order; used as { $why } below.
overview-date-order-evidence = déterminé par les dates elles-mêmes
overview-date-order-guess = supposé d'après la langue de la discussion, les dates ne permettant pas de trancher
overview-date-order-choice = votre choix
# { $order } is one of the orders above, { $why } one of the reasons above.
overview-dates-read-as = Dates lues au format { $order } ({ $why }).
overview-dates-no-year = Les dates n'indiquent pas l'année : les années sont déduites à rebours à partir de la date du fichier.
# Button; { $order } is one of the orders above.
overview-read-as = Lire en { $order }
overview-read-as-hover = Relire cette discussion avec cet ordre

## People

# { $count } people in all; { $two } known to two companies, { $three } to all three.
people-summary = { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    } dans vos exports · connues de deux entreprises : { $two } · des trois : { $three }.
people-how-joined = Sont regroupés en une seule personne tous les profils qui partagent un numéro de téléphone (quelle qu'en soit l'écriture), un identifiant Telegram ou WeChat ou, sur une même plateforme, un nom ; un nom seul ne relie jamais deux plateformes sans votre confirmation.
people-everyone = Tout le monde
# Hint in the empty search box.
people-search = Rechercher des noms et des numéros
# Column headers of the people table, and their tooltips.
people-col-name = Nom
people-col-name-hint = Cliquez sur un nom pour voir tout ce que chaque plateforme détient sur cette personne
people-col-platforms = Plateformes
people-col-platforms-hint = Les plateformes dont les données contiennent cette personne
people-col-address-books = Carnets d'adresses
people-col-address-books-hint = Les plateformes dont le carnet d'adresses (liste de contacts) contient cette personne
people-col-frequent = Fréquence
people-col-frequent-hint = Le score « contacts fréquents » de Telegram
people-col-you-sent = Vos messages
people-col-you-sent-hint = Vos messages dans vos discussions privées avec cette personne (par plateforme au survol)
people-col-they-sent = Ses messages
people-col-they-sent-hint = Les messages de cette personne, dans toutes les discussions (par plateforme au survol)
people-col-groups = Groupes
people-col-groups-hint = Les groupes où vous êtes tous les deux (et où cette personne a écrit)
people-col-first = Premier
people-col-first-hint = Le premier message entre vous
people-col-last = Dernier
people-col-last-hint = Le dernier message entre vous
# Tooltip line of the message counts: { $count } messages on { $platform }.
people-per-platform = { $platform } : { $count }
# Someone whose name the exports do not give.
people-no-name = (sans nom)
# Title of the window about one person; { $name } is their name.
people-window-title = { $name } sur toutes les plateformes
people-same-title = La même personne ?
people-same-explain = Ces personnes portent le même nom sur des plateformes différentes, mais n'ont ni numéro ni identifiant en commun. Ne les réunissez que si vous savez qu'il s'agit d'une seule et même personne.
# { $a } and { $b } are names; { $a_platforms } and { $b_platforms } the platforms each is on.
people-same-pair = { $a } ({ $a_platforms }) et { $b } ({ $b_platforms })
# Button (keep short).
people-same-button = Même personne
people-same-hover = Les compter comme une seule personne (jusqu'à la fermeture de Footprint)
# Below a cut list: { $count } more not listed.
people-more = { $count ->
        [one] … et { $count } autre
       *[other] … et { $count } autres
    }
# Labels in the window about one person.
people-phones = Numéros de téléphone
people-names = Noms
people-ids = Identifiants
people-in-address-book = Dans le carnet d'adresses
people-yes = oui
people-no = non
people-frequent-rating = Score « contacts fréquents »
people-you-sent = Vos messages
people-they-sent = Ses messages
# { $first } and { $last } are date and time of the first and last message between you;
# { $count } the groups you share.
people-first-last = Premier message le { $first } · dernier le { $last } · { $count ->
        [one] { $count } groupe en commun
       *[other] { $count } groupes en commun
    }

## Contacts

# { $count } contacts in the address books; { $frequent } in Telegram's frequent-contacts ranking.
contacts-summary = { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    } dans les carnets d'adresses des plateformes · { $frequent } dans le classement des contacts fréquents de Telegram.
contacts-address-book = Carnet d'adresses
# Hint in the empty search box.
contacts-search = Rechercher des noms et des numéros
contacts-col-name = Nom
contacts-col-phone = Téléphone
contacts-col-platform = Plateforme
# When the contact was added to the address book.
contacts-col-added = Ajouté le
# A contact whose name the export does not give.
contacts-no-name = (sans nom)

## Sessions & devices

# { $apps }: sessions of the platform's apps; { $websites }: websites you logged in to with
# the platform's account; { $ips }: IP addresses; { $logins }: login notifications.
sessions-summary = { $apps ->
        [one] { $apps } session d'application
       *[other] { $apps } sessions d'application
    }, { $websites ->
        [one] { $websites } site web connecté via la plateforme
       *[other] { $websites } sites web connectés via la plateforme
    }, { $ips ->
        [one] { $ips } adresse IP
       *[other] { $ips } adresses IP
    }, { $logins ->
        [one] { $logins } connexion
       *[other] { $logins } connexions
    } d'après les notifications.
sessions-map-note = Le pays est celui où l'adresse est enregistrée aujourd'hui (base de données intégrée, hors ligne), ce qui peut différer de l'endroit où elle se trouvait au moment de l'utilisation. Les adresses que la base ne situe nulle part (plages privées, réservées ou d'exemple) sont placées dans le pays indiqué par l'export, s'il y en a un.
sessions-all = Toutes les sessions
sessions-col-device = Appareil
sessions-col-app = Application
sessions-col-system = Système
sessions-col-ip = Adresse IP
sessions-col-place = Lieu
sessions-col-created = Création
sessions-col-last-active = Dernière activité
# A session of a website you logged in to with the platform; { $website } is its name.
sessions-website = { $website } (site web)
sessions-ip-title = Adresses IP
# Hint in the empty search box.
sessions-ip-search = Rechercher des adresses et des lieux
# First choice of the country filter.
sessions-all-countries = Tous les pays
# Above the IP table; { $database } names the bundled IP database and its date. The two
# quoted names are column headers of the table (sessions-col-registered, sessions-col-export-says).
sessions-ip-note = « Pays d'enregistrement » indique où le bloc d'adresses est enregistré aujourd'hui (base de données intégrée : { $database } ; aucune recherche en ligne), ce qui peut différer de l'endroit où il se trouvait au moment de l'utilisation ; « Selon l'export » est le pays indiqué par l'export lui-même.
sessions-col-address = Adresse
sessions-col-seen = Occurrences
sessions-col-seen-hint = nombre de fois où les exports la mentionnent
sessions-col-where-seen = Vue dans
sessions-col-first = Premier
sessions-col-last = Dernier
sessions-col-registered = Pays d'enregistrement
sessions-col-registered-hint = le pays du bloc d'adresses aujourd'hui, d'après la base de données intégrée
sessions-col-export-says = Selon l'export
sessions-col-export-says-hint = le pays que l'export indique pour cette adresse
sessions-col-places = Lieux
sessions-logins = Connexions d'après les notifications
sessions-col-time = Date
sessions-col-location = Localisation
# What a country or place reads as when hidden.
sessions-hidden = (caché)
# Before two buttons: sessions-map-by-ips and sessions-map-by-logins.
sessions-map-by = Colorer la carte selon
sessions-map-by-ips = adresses IP
sessions-map-by-logins = connexions
# Checkbox, shown while personal details are masked.
sessions-hide-countries = Cacher aussi les pays
sessions-hide-countries-hover = Le masquage cache les adresses et les noms, mais garde les pays, qui ne sont pas des données personnelles. Cochez pour cacher aussi la carte, les pays et les lieux.

## Sessions & devices: the device cards

sessions-devices = Appareils et sites web connectés
# { $months } is how long a session must be unused to count as idle.
sessions-devices-note = Les plus récemment actifs en premier. « Il y a » se compte à partir d'aujourd'hui ; une session est inactive si elle était inutilisée depuis plus de { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    } au moment de l'export.
# A device the export gives no name.
sessions-unnamed-device = (appareil sans nom)
# Marks the most recently active device (keep short).
sessions-most-recent = le plus récent
# Labels on a device card.
sessions-card-app = Application
sessions-card-system = Système
sessions-card-first-active = Première activité
sessions-card-last-active = Dernière activité
sessions-card-last-address = Dernière adresse
# After an address: the country its block is registered in; { $country } is a country name.
sessions-registered = enregistrée : { $country }
sessions-ended = Terminée : un export plus récent de ce compte ne la mentionne plus.
# { $span } is a duration such as "5 months"; { $hint } a sentence saying where to end
# the session (one of sessions-end-*).
sessions-idle = Inutilisée depuis { $span } au moment de l'export, et toujours indiquée par celui-ci comme connectée. { $hint }
# Where to end a session; "›" separates the steps of a path through the app's menus.
sessions-end-telegram-web = Mettez-y fin dans Telegram : Paramètres › Confidentialité et sécurité › Sites web actifs.
sessions-end-telegram = Mettez-y fin dans Telegram : Paramètres › Appareils › Terminer la session.
sessions-end-whatsapp = Mettez-y fin dans WhatsApp : Paramètres › Appareils connectés.
sessions-end-wechat = Mettez-y fin dans WeChat : Moi › Paramètres › Sécurité du compte › Appareils de connexion.
# { $date } is a day.
sessions-when-today = { $date } (aujourd'hui)
# { $date } is a day, { $span } how long ago, such as "2 years".
sessions-when-ago = { $date } (il y a { $span })

## Conversations

# The parts of conversations-summary's list: how many conversations of each kind.
conversations-kind-personal = { $count ->
        [one] { $count } discussion privée
       *[other] { $count } discussions privées
    }
conversations-kind-group = { $count ->
        [one] { $count } groupe
       *[other] { $count } groupes
    }
conversations-kind-channel = { $count ->
        [one] { $count } chaîne
       *[other] { $count } chaînes
    }
conversations-kind-bot = { $count ->
        [one] { $count } bot
       *[other] { $count } bots
    }
conversations-kind-saved = { $count ->
        [one] { $count } discussion « Messages enregistrés »
       *[other] { $count } discussions « Messages enregistrés »
    }
# Conversations of no other kind.
conversations-kind-other = { $count ->
        [one] { $count } autre
       *[other] { $count } autres
    }
# { $count } conversations in all; { $kinds } a comma-separated list of
# conversations-kind-* parts; { $left } how many of them you left.
conversations-summary = { $count ->
        [one] { $count } conversation
       *[other] { $count } conversations
    } ({ $kinds }) ; vous en avez quitté { $left }. Une conversation présente dans plusieurs exports n'est comptée qu'une fois.
conversations-all = Toutes les conversations
# Hint in the empty search box.
conversations-search = Rechercher des noms et des types
# Column headers of the conversations table, and their tooltips.
conversations-col-name = Nom
conversations-col-platform = Plateforme
conversations-col-kind = Type
conversations-col-messages = Messages
conversations-col-messages-hint = messages écrits par des personnes
conversations-col-service = Événements de service
conversations-col-service-hint = arrivées, départs, appels, modifications du groupe…
conversations-col-sources = Sources
conversations-col-sources-hint = nombre d'exports chargés qui connaissent cette conversation (survolez un nombre pour voir lesquels)
conversations-col-first = Premier
conversations-col-first-hint = premier message ou événement
conversations-col-last = Dernier
conversations-col-last-hint = dernier message ou événement
# A conversation you left; { $kind } is its kind, e.g. "public group".
conversations-kind-left = { $kind } · vous n'y êtes plus

## Activity

# Label before the platform checkboxes.
activity-platforms = Plateformes
# Label before the conversation filter.
activity-conversation = Conversation
activity-all-conversations = Toutes les conversations
# A choice of the conversation filter: { $name } on { $platform }, with { $count } messages.
activity-conversation-choice = { $name } · { $platform } ({ $count ->
        [one] { $count } message
       *[other] { $count } messages
    })
# Label before the choices day, week, month, year (messages per …).
activity-per = Par
activity-time-zone = Fuseau horaire
activity-time-zone-note = Quand un export contient des heures absolues (Telegram JSON), elles peuvent être affichées dans un autre fuseau ; les autres restent telles qu'écrites.
activity-how-to-read = Comment lire ces graphiques
activity-how-to-read-text = Seuls les messages écrits par des personnes comptent ici, pas les événements de service. « Les vôtres » sont les messages envoyés par le compte qui a fait l'export ; les messages d'un export qui n'indique pas de qui il s'agit sont présentés à part, sous « propriétaire inconnu ».

## Payments (WeChat Pay bills; amounts are in yuan)

# { $count } transactions; { $spent } and { $received } are amounts such as ¥1,234.50.
payments-summary = { $count ->
        [one] { $count } transaction
       *[other] { $count } transactions
    } · { $spent } dépensés · { $received } reçus
# As payments-summary, with { $range }: the first and last day of the bills.
payments-summary-range = { $count ->
        [one] { $count } transaction
       *[other] { $count } transactions
    } · { $spent } dépensés · { $received } reçus · { $range }
payments-transactions = Transactions
# Hint in the empty search box.
payments-search = Rechercher contreparties, articles, types
# Column headers of the transactions table (their tooltips are the bill's own Chinese
# column names and stay as they are).
payments-col-time = Date
payments-col-time-hint = telle qu'écrite dans le relevé (heure de Chine)
payments-col-type = Type
payments-col-counterparty = Contrepartie
payments-col-goods = Article
payments-col-direction = Sens
payments-col-amount = Montant
payments-col-method = Moyen
payments-col-status = Statut
# The direction of a payment: 支出 and 收入 are the bill's own words; keep them.
payments-expense = 支出 dépense
payments-income = 收入 revenu
# Neither spent nor received; "/" is how the bill writes it.
payments-neutral = neutre (/)

## Findings

findings-page-intro = Ce que vous pouvez faire au vu de ces exports : chaque constat indique ce que la plateforme détient, comment agir dans son application et où le consulter. Établi sur cet ordinateur, à partir des seuls fichiers.
# { $count } findings of severity { $severity } (High, Medium or Low).
findings-page-severity-count = { $severity } : { $count }
findings-page-none = Rien dans ces exports ne demande d'action de votre part.
findings-page-dismissed = { $count ->
        [one] { $count } constat ignoré
       *[other] { $count } constats ignorés
    } jusqu'à la fermeture de Footprint.
# Button (keep short).
findings-page-show-again = Les réafficher
# Before what to do about a finding.
findings-page-what-to-do = Que faire :
# Link to the page that shows a finding; { $page } is the page's name, e.g. Sessions & devices.
findings-page-see = Voir { $page }
# Button (keep short).
findings-page-dismiss = Ignorer
findings-page-dismiss-hover = Cacher ce constat jusqu'à la fermeture de Footprint

## Compare: two exports of one account

compare-intro = Deux exports du même compte sont chargés. Partout ailleurs, ce qu'ils ont en commun n'est compté qu'une fois ; voici ce qui a changé entre les deux.
compare-none = Aucune paire d'exports d'un même compte n'est chargée.
# Stands in for the account's name when personal details are masked (inside compare-title).
compare-one-account = un compte
# Section title; { $account } is the account (a name, a number or compare-one-account).
compare-title = { $platform } : deux exports pour { $account }
# Stands in for an export's files when personal details are masked; { $number } is 1 or 2.
compare-export-masked = export { $number }
# { $earlier } and { $later } are the files of each export; { $earlier_date } and
# { $later_date } the days of their latest items (or compare-unknown-date).
compare-sides = Plus ancien : { $earlier } (dernier élément : { $earlier_date }) · plus récent : { $later } (dernier élément : { $later_date })
compare-unknown-date = date inconnue
# Titles of the collapsible tables.
compare-new-sessions = Nouvelles sessions
compare-ended-sessions = Sessions terminées
compare-new-ips = Nouvelles adresses IP
compare-contacts-added = Contacts ajoutés
compare-contacts-removed = Contacts supprimés
compare-conversations-joined = Conversations rejointes
compare-conversations-left = Conversations quittées
compare-new-messages = Nouveaux messages par conversation
compare-new-payments = Nouveaux paiements
# A table's title with its number of rows: { $title } is one of the titles above.
compare-table-title = { $title } ({ $count })
# Column headers.
compare-col-device = Appareil ou site web
compare-col-app = Application
compare-col-kind = Type
compare-col-created = Création
compare-col-last-active = Dernière activité
compare-col-address = Adresse
compare-col-registered = Pays d'enregistrement
compare-col-name = Nom
compare-col-phone = Téléphone
compare-col-conversation = Conversation
# How a conversation was left.
compare-col-how = Comment
compare-col-messages = Messages
compare-col-time = Date
compare-col-counterparty = Contrepartie
compare-col-amount = Montant
compare-col-direction = Sens
# Kinds of sessions.
compare-session-app = application
compare-session-web = web
# An address in no country: in a private or reserved range, or not in the database.
compare-country-private = plage privée
compare-country-unknown = inconnu
# Kinds of conversations.
compare-kind-personal = discussion privée
compare-kind-group = groupe
compare-kind-channel = chaîne
compare-kind-bot = bot
compare-kind-saved = messages enregistrés
compare-kind-other = autre
# How a conversation was left: the later export says so.
compare-marked-left = marquée comme quittée
# Directions of payments.
compare-expense = dépense
compare-income = revenu
compare-neutral = neutre
# Below a cut table: { $shown } rows shown of { $count }; "footprint diff --json" is a
# command: keep it as is.
compare-more-rows = Les { $shown } premières lignes sur { $count } ; footprint diff --json les liste toutes.
