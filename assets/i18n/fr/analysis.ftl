### Texts the analysis writes: what each platform holds (the Overview's inventory), how
### overlapping exports were merged, who "you" are in each export, what changed between
### two exports of one account, masked names, kinds of conversations and of IP addresses.
### They appear in the window, in saved chart images and in the HTML report.
### { $platform } is always a platform name: Telegram, WhatsApp or WeChat (not translated).

## Durations, placed inside sentences ("unused for 2 years", "2 years ago")
span-days = { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
span-months = { $count ->
        [one] { $count } mois
       *[other] { $count } mois
    }
span-years = { $count ->
        [one] { $count } an
       *[other] { $count } ans
    }
# An amount in yuan (Chinese currency): $amount is the number with its separators
# (31,622.34); the symbol goes where the language puts it.
yuan-amount = { $amount } ¥

## Activity settings (the Activity view's controls and chart axes)
# The clock of the activity charts: the time as the export writes it, no conversion.
time-basis-as-exported = comme dans l'export
# Bucket sizes of the activity timeline (radio buttons and the chart's axis): keep short.
bucket-day = jour
bucket-week = semaine
bucket-month = mois
bucket-year = année

## Inventory: the categories of data each platform holds (Overview and report)
# Category names: the first column of the table, keep short.
inventory-identity = Identité
inventory-contacts = Contacts
inventory-sessions = Sessions et appareils
inventory-ip-addresses = Adresses IP et lieux
inventory-conversations = Conversations
inventory-messages = Messages
inventory-payments = Paiements
# Why each category matters, one sentence (shown when hovering its sensitivity).
inventory-identity-why = Qui vous êtes : les informations qui rattachent le compte à votre personne.
inventory-contacts-why = Votre carnet d'adresses : des personnes qui n'ont jamais accepté que leurs coordonnées soient transmises.
inventory-sessions-why = Les téléphones et ordinateurs que vous utilisez, et depuis quand.
inventory-ip-addresses-why = Où vous vous trouviez lors de vos connexions.
inventory-conversations-why = À qui vous parlez, quels groupes et chaînes vous avez rejoints ou quittés.
inventory-messages-why = Vos heures d'éveil et d'occupation, et avec qui : votre activité au fil des années.
inventory-payments-why = Ce que vous achetez, à qui et quand.
# How sensitive a category is, shown as a coloured label: keep short.
inventory-sensitivity-low = faible
inventory-sensitivity-medium = moyenne
inventory-sensitivity-high = élevée
# What a category's count is made of.
inventory-contacts-detail = { $count ->
        [one] { $count } entrée du carnet d'adresses
       *[other] { $count } entrées du carnet d'adresses
    }
# Telegram: { $frequent } of the contacts are rated as frequent. Keep the " · ".
inventory-contacts-detail-frequent = { $count ->
        [one] { $count } entrée du carnet d'adresses · { $frequent } dans le classement des contacts fréquents
       *[other] { $count } entrées du carnet d'adresses · { $frequent } dans le classement des contacts fréquents
    }
# { $app } app sessions, { $web } web sessions (websites logged in), { $devices } models
# of phones and computers. Keep the " · ".
inventory-sessions-detail = { $app } dans l'application, { $web } sur des sites web · { $devices ->
        [one] { $devices } modèle d'appareil
       *[other] { $devices } modèles d'appareils
    }
# Followed by " · " and a list of countries when the export names any.
inventory-ip-addresses-detail = { $count ->
        [one] { $count } adresse
       *[other] { $count } adresses
    }
# { $conversations } is a count of one kind ("3 groups", see kind-…-count), { $left } how
# many of them were left.
inventory-kind-left = { $conversations } (vous en avez quitté { $left })
# Messages written by people, service events (joined, left, pinned …), distinct writers.
inventory-messages-detail = { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    }, { $events ->
        [one] { $events } événement de service
       *[other] { $events } événements de service
    }, { $senders ->
        [one] { $senders } expéditeur
       *[other] { $senders } expéditeurs
    }
# { $spent } and { $received } are amounts of money ("¥31,622.34").
inventory-payments-detail = { $spent } dépensés, { $received } reçus
# How to get a category the export lacks, shown after "Not in this export."
# Menu paths name the platform's own menus and options (in quotes): use the names the
# platform shows in your language where you know them.
inventory-hint-whatsapp-report-lists-none = Le rapport de compte chargé n'en contient pas.
inventory-hint-telegram-sessions = Exportez à nouveau en cochant « Sessions actives » et « Données diverses » (décochées par défaut).
inventory-hint-telegram-contacts = Exportez à nouveau en cochant « Liste de contacts ».
inventory-hint-telegram-identity = Exportez à nouveau en cochant « Informations du compte ».
inventory-hint-telegram-chats = Cochez les types de discussions voulus (les discussions avec des bots, les groupes publics et les chaînes sont décochés par défaut).
inventory-hint-whatsapp-report = Demandez le rapport de compte : Paramètres › Compte › Demander infos compte (prêt au bout de trois jours environ).
inventory-hint-whatsapp-chats = Ouvrez une discussion › menu à trois points › Plus › Exporter la discussion (une discussion à la fois).
# The Chinese menu path is WeChat's own: keep it as it is.
inventory-hint-wechat-payments = 我 › 服务 › 钱包 › 账单 › 常见问题 › 下载账单 › 用于个人对账 (le mot de passe du zip arrive dans un message WeChat Pay).
# MemoTrace and WeFlow are names of programs.
inventory-hint-wechat-chats = WeChat ne propose pas d'export officiel des discussions ; des outils comme MemoTrace ou WeFlow produisent des fichiers que Footprint sait lire.

## Kinds of conversations
# A count of conversations of one kind ("3 groups"), in lists such as
# "12 private chats, 3 groups (1 left)".
kind-personal-count = { $count ->
        [one] { $count } discussion privée
       *[other] { $count } discussions privées
    }
kind-group-count = { $count ->
        [one] { $count } groupe
       *[other] { $count } groupes
    }
kind-channel-count = { $count ->
        [one] { $count } chaîne
       *[other] { $count } chaînes
    }
kind-bot-count = { $count ->
        [one] { $count } bot
       *[other] { $count } bots
    }
# Telegram's "Saved Messages", the chat with yourself.
kind-saved-count = { $count ->
        [one] { $count } discussion « Messages enregistrés »
       *[other] { $count } discussions « Messages enregistrés »
    }
# Conversations of no other kind.
kind-other-count = { $count ->
        [one] { $count } autre
       *[other] { $count } autres
    }
# The kind of one conversation, as the Conversations table and the report name it.
kind-label-private-chat = discussion privée
kind-label-group = groupe
kind-label-private-group = groupe privé
kind-label-public-group = groupe public
kind-label-channel = chaîne
kind-label-private-channel = chaîne privée
kind-label-public-channel = chaîne publique
kind-label-bot = bot
kind-label-saved = messages enregistrés
# WeChat's kinds of conversation, with WeChat's own Chinese word (kept in brackets
# where the language is not Chinese).
kind-label-wechat-group = groupe (群聊)
kind-label-wechat-official = compte officiel (公众号)
kind-label-wechat-wecom = contact WeCom (企业微信)
kind-label-wechat-system = compte système (微信)
kind-label-wechat-private = discussion privée (私聊)
# A conversation the export gives no type.
kind-label-other-not-given = autre (type non indiqué)
# { $kind } is the type as the export writes it ("replies").
kind-label-other = autre : { $kind }

## Sessions, IP addresses and payments: words inside tables and charts
# A session that names neither its device, its app nor a website.
topics-unknown-device = appareil inconnu
# A device, system, app, counterparty or payment method the export leaves empty (a bar of
# a chart, a row of a table).
topics-not-given = (non indiqué)
# Where an IP address was seen, in lists such as "session, login notice".
topics-origin-session = session
topics-origin-web-session = session web
topics-origin-ip-history = historique des IP
topics-origin-account-change = modification du compte
# Telegram's login notifications ("New login from …").
topics-origin-login-notice = notification de connexion

## Where an IP address is registered, when it is no country's
ip-place-unknown = introuvable dans la base
ip-place-private-network = réseau privé
ip-place-loopback = boucle locale
ip-place-shared-carrier = réseau partagé d'opérateur (CGNAT)
ip-place-link-local = lien local
ip-place-documentation = exemple de documentation
ip-place-benchmarking = tests de performance
ip-place-protocol-assignment = attribution de protocole
ip-place-this-network = ce réseau
ip-place-multicast = multidiffusion
ip-place-reserved = plage réservée
ip-place-unspecified = adresse non spécifiée
ip-place-translation = traduction IPv4

## Merged exports: a note under a platform's inventory when several exports overlap
# Items found in more than one export, counted once. Listed in overlap-merged-….
# (French: the sentences of overlap-merged-… say "doublons" (duplicates), so the items
# name only what was repeated.)
overlap-repeated-messages = { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }
overlap-repeated-payments = { $count ->
        [one] { $count } paiement
       *[other] { $count } paiements
    }
overlap-repeated-contacts = { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    }
overlap-repeated-sessions = { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
overlap-repeated-other = { $count ->
        [one] { $count } occurrence d'adresse IP ou connexion
       *[other] { $count } occurrences d'adresses IP et connexions
    }
# The last item of a list: { $head } is the items before it, joined with ", ".
overlap-list-and = { $head } et { $last }
# { $list } lists the repeated items (overlap-repeated-…); { $total } is their sum.
overlap-merged-dropped = Des sources qui se recoupent ont été fusionnées : { $total ->
        [one] un doublon a été écarté
       *[other] des doublons ont été écartés
    } ({ $list }).
# { $conversations } conversations were found in several exports and count once.
overlap-merged-conversations = { $conversations ->
        [one] Des sources qui se recoupent ont été fusionnées : { $conversations } conversation présente dans plusieurs exports n'est comptée qu'une fois.
       *[other] Des sources qui se recoupent ont été fusionnées : { $conversations } conversations présentes dans plusieurs exports ne sont comptées qu'une fois.
    }
# Both of the above in one sentence.
overlap-merged-both = Des sources qui se recoupent ont été fusionnées : { $conversations ->
        [one] { $conversations } conversation présente dans plusieurs exports n'est comptée qu'une fois
       *[other] { $conversations } conversations présentes dans plusieurs exports ne sont comptées qu'une fois
    } ; { $total ->
        [one] un doublon a été écarté
       *[other] des doublons ont été écartés
    } ({ $list }).
# Not normally shown (something was merged, but none of the above).
overlap-merged = Des sources qui se recoupent ont été fusionnées.

## Who you are in an export: how it was decided (shown after "You are NAME", lower case,
## no final full stop)
owner-how-named-by-export = indiqué par l'export
# Where the export names you: $place is its own term (a section, field or folder, not
# translated), $exporter the tool that wrote a WeChat export (MemoTrace, WeFlow …).
owner-how-named-by-section = indiqué dans { $place } de l'export
owner-how-named-by-exporter = indiqué par { $place } de { $exporter }
# A WeChat exporter marks the messages you sent.
owner-how-sent-by-me = l'indicateur « envoyé par moi » de l'outil d'export
owner-how-identity-name = le nom figurant dans les informations personnelles de l'export
owner-how-account-information = indiqué par les informations de compte de l'export
owner-how-no-messages = aucun message ici
owner-how-no-evidence = rien dans cet export n'indique lequel des auteurs vous êtes
owner-how-chosen = choisi par vous
owner-how-chosen-none = choisi par vous : vous n'écrivez rien ici, donc tous les messages sont reçus
# { $name } is the name the user chose.
owner-how-chosen-absent = choisi par vous ; { $name } n'écrit rien ici, donc tous les messages sont reçus
# { $count } chats of { $platform } are loaded, and one person writes in all of them.
owner-how-only-common-writer = { $count ->
        [one] la seule personne qui écrit dans la discussion { $platform } chargée
       *[other] la seule personne qui écrit dans chacune des { $count } discussions { $platform } chargées
    }
owner-how-name-in-other-export = votre nom dans un autre export de cette plateforme
# { $name } is the other person of a one-to-one chat.
owner-how-chat-named-after = la discussion porte le nom de { $name }, vous êtes donc l'autre participant
# WhatsApp's "Messages and calls are end-to-end encrypted" line.
owner-how-notice-under = la mention du chiffrement de bout en bout est attribuée à { $name }, vous êtes donc l'autre personne
owner-how-account-number = le numéro de téléphone du rapport de compte
# Added after the above, following "; ". Lines such as "You created group".
owner-how-second-person = { $count ->
        [one] { $count } ligne système à la deuxième personne (ce que « vous » avez fait) indique que vous êtes dans cette discussion
       *[other] { $count } lignes système à la deuxième personne (ce que « vous » avez fait) indiquent que vous êtes dans cette discussion
    }

## Two exports of one account: what changed (the Compare view, the report)
# What ties the two exports. { $id } is a Telegram user id (a number, shown as is).
diff-account-user-id = l'identifiant utilisateur { $id }
diff-account-overlapping-bills = des relevés WeChat Pay qui se chevauchent
# Why two exports cannot be compared. { $old } and { $new } are lists of platforms.
diff-no-common-platform = l'export le plus ancien concerne { $old } et le plus récent { $new } : aucune plateforme en commun
# { $old } and { $new } name the accounts ("user id 42", a phone number).
diff-different-accounts = ils semblent provenir de deux comptes { $platform } différents ({ $old } et { $new })
# Section names: the first column of the summary, keep short.
diff-section-sessions = Sessions et appareils
diff-section-ips = Adresses IP
diff-section-contacts = Contacts
diff-section-conversations = Conversations
diff-section-messages = Messages
diff-section-payments = Paiements
# { $new } sessions new in the later export, { $ended } gone from it; { $devices } device
# models new, { $gone } no longer listed.
diff-sessions-line = { $new ->
        [one] { $new } nouvelle session
       *[other] { $new } nouvelles sessions
    }, { $ended ->
        [one] { $ended } terminée
       *[other] { $ended } terminées
    } ; { $devices ->
        [one] { $devices } nouveau modèle d'appareil
       *[other] { $devices } nouveaux modèles d'appareils
    }, { $gone ->
        [one] { $gone } disparu
       *[other] { $gone } disparus
    }
# { $new } new IP addresses; { $countries } countries they are registered in that no
# earlier address was; { $named } countries the later export itself names that the
# earlier did not.
diff-ips-line = { $new ->
        [one] { $new } nouvelle adresse
       *[other] { $new } nouvelles adresses
    } ; { $countries ->
        [one] { $countries } nouveau pays d'enregistrement
       *[other] { $countries } nouveaux pays d'enregistrement
    }, { $named ->
        [one] { $named } nouveau pays indiqué par l'export le plus récent
       *[other] { $named } nouveaux pays indiqués par l'export le plus récent
    }
diff-contacts-line = { $added ->
        [one] { $added } ajouté
       *[other] { $added } ajoutés
    }, { $removed ->
        [one] { $removed } supprimé
       *[other] { $removed } supprimés
    }
diff-conversations-line = { $joined ->
        [one] { $joined } rejointe
       *[other] { $joined } rejointes
    }, { $left ->
        [one] { $left } quittée
       *[other] { $left } quittées
    }
diff-messages-line = { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    } depuis l'export précédent, dans { $conversations ->
        [one] { $conversations } conversation
       *[other] { $conversations } conversations
    }
diff-payments-line = { $count ->
        [one] { $count } nouveau paiement
       *[other] { $count } nouveaux paiements
    }

## Masked names: pseudonyms shown instead of personal details when masking is on
# { $number } is a number, or "?" for something never seen before.
mask-contact = Contact { $number }
mask-group = Groupe { $number }
mask-channel = Chaîne { $number }
mask-bot = Bot { $number }
# Someone paid or paying (WeChat Pay).
mask-counterparty = Contrepartie { $number }
# Free text the user wrote (a bio, an about text), hidden.
mask-hidden = (masqué)

## Warnings: what went wrong in a source, shown with how many times ("3 × …")
warning-repaired-json = JSON invalide réparé
warning-invalid-utf8 = UTF-8 invalide remplacé
warning-duplicate-key = clé en double, dernière valeur conservée
warning-skipped-record = enregistrement illisible ignoré
warning-missing-date = enregistrement sans date ignoré
warning-unsupported-message = message que l'outil d'export a marqué comme non pris en charge
warning-truncated = le fichier se termine trop tôt ; ce qui précède a été conservé
warning-standard-time-offset = le décalage UTC est celui de l'heure d'hiver, même en été
warning-text-before-first-message = texte avant le premier message ignoré
warning-other-header-format = ligne dans un autre format de date, conservée comme texte du message précédent
warning-realigned-row = ligne avec une virgule sans guillemets dans une cellule de texte, réalignée
warning-missing-page = une page vers laquelle renvoie l'export manque
# Where a warning's example is in the file and what it quotes ($detail: the file's own text).
warning-sample-record = enregistrement { $record } (octet { $byte }) : { $detail }
warning-sample-byte = octet { $byte } : { $detail }
