### Findings: what a person can do about their footprint. Shown on the Findings page, on
### the Overview, in the HTML report and by `footprint findings`.
### Each finding has a title (one sentence: what the export shows), evidence lines (the
### numbers behind it) and an action (how to act on that platform).
### { $platform } is always a platform name: Telegram, WhatsApp or WeChat (not translated).
### Menu paths (Settings › Devices …) name the platform's own menus: use the names the
### platform's app shows in your language where you know them. Chinese menu names in
### brackets are WeChat's own and stay as they are.

## Severity (how much a finding matters), shown as a coloured label: keep short
finding-severity-high = élevée
finding-severity-medium = moyenne
finding-severity-low = faible

## Shared pieces of evidence lines
# A day and how long ago it was: { $date } is a date, { $span } a duration such as
# "2 years" (see span-days, span-months, span-years).
finding-date-ago = { $date } (il y a { $span })
# The last evidence line when there are more than the list shows.
finding-more = { $count ->
        [one] et { $count } autre
       *[other] et { $count } autres
    }

## Idle sessions: devices still logged in but unused for half a year
# { $months } is 6.
finding-idle-sessions-title = { $count ->
        [one] { $count } appareil inactif depuis plus de { $months } mois est toujours connecté à { $platform }
       *[other] { $count } appareils inactifs depuis plus de { $months } mois sont toujours connectés à { $platform }
    }
# { $device } names the session (device model and app), { $date } is a date, { $span } a
# duration such as "2 years".
finding-idle-sessions-evidence = { $device } : dernière activité le { $date }, soit { $span } d'inactivité au moment de l'export
# The same, for a session with no date at all.
finding-idle-sessions-evidence-never = { $device } : aucune activité enregistrée, { $span } d'inactivité au moment de l'export
finding-idle-sessions-action-telegram = Dans Telegram : Paramètres › Appareils, touchez chaque session que vous n'utilisez plus › Terminer la session. Sous « Terminer automatiquement les anciennes sessions », choisissez combien de temps une session inactive peut rester ouverte.
finding-idle-sessions-action-whatsapp = Dans WhatsApp : Paramètres › Appareils connectés, touchez chaque appareil que vous n'utilisez plus › Se déconnecter.
finding-idle-sessions-action-wechat = Dans WeChat : Moi › Paramètres › Sécurité du compte › Appareils de connexion (我 › 设置 › 账号与安全 › 登录设备管理), supprimez les appareils que vous n'utilisez plus.

## Active websites: websites and bots logged in with the account
finding-active-websites-title = { $count ->
        [one] { $count } site web est connecté via votre compte { $platform }
       *[other] { $count } sites web sont connectés via votre compte { $platform }
    }
# Some of them are idle: { $idle } of { $count } unused for more than { $months } (6) months.
finding-active-websites-title-unused = { $count ->
        [one] { $count } site web est connecté via votre compte { $platform } sans avoir servi depuis plus de { $months } mois
       *[other] { $count } sites web sont connectés via votre compte { $platform }, dont { $idle ->
            [one] { $idle } inutilisé
           *[other] { $idle } inutilisés
        } depuis plus de { $months } mois
    }
# { $site } is the website (or device and app), { $date } a date or "–" when unknown.
finding-active-websites-evidence = { $site } : dernière utilisation : { $date }
finding-active-websites-action-telegram = Dans Telegram : Paramètres › Confidentialité et sécurité › Sites web actifs, déconnectez ceux que vous n'utilisez plus (Déconnecter) ou tous à la fois (Déconnecter tous les sites web).
# For platforms other than Telegram.
finding-active-websites-action-other = Déconnectez-vous du site depuis les paramètres de la plateforme, dans la section des appareils ou des applications autorisées.

## Address book: the contacts the platform holds
finding-address-book-title-telegram = { $count ->
        [one] Telegram détient { $count } contact de votre carnet d'adresses
       *[other] Telegram détient { $count } contacts de votre carnet d'adresses
    }
finding-address-book-title-whatsapp = { $count ->
        [one] WhatsApp détient { $count } numéro du carnet d'adresses de votre téléphone
       *[other] WhatsApp détient { $count } numéros du carnet d'adresses de votre téléphone
    }
finding-address-book-title-wechat = { $count ->
        [one] WeChat détient votre liste d'amis : { $count } contact
       *[other] WeChat détient votre liste d'amis : { $count } contacts
    }
finding-address-book-entries = { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    }
finding-address-book-oldest = ajout le plus ancien : { $date }
finding-address-book-action-telegram = Dans Telegram : Paramètres › Confidentialité et sécurité › Paramètres de données, désactivez Synchroniser les contacts, puis touchez Supprimer les contacts synchronisés.
finding-address-book-action-whatsapp = WhatsApp lit votre carnet d'adresses tant qu'il a l'autorisation Contacts. Android : Paramètres › Applications › WhatsApp › Autorisations › Contacts › Ne pas autoriser. iPhone : Réglages › Confidentialité et sécurité › Contacts, désactivez WhatsApp. WhatsApp ne propose aucun bouton pour supprimer ce qu'il détient déjà.
finding-address-book-action-wechat = Dans WeChat, supprimez les amis avec qui vous ne parlez plus (leur profil › ··· › Supprimer) et, dans Moi › Paramètres › Confidentialité, choisissez comment on peut vous ajouter (par numéro de mobile, ID WeChat, groupe ou QR code).

## Frequent contacts: Telegram's rating of whom you talk to most
finding-frequent-contacts-title = { $count ->
        [one] Telegram évalue avec qui vous échangez le plus : { $count } personne ou discussion classée
       *[other] Telegram évalue avec qui vous échangez le plus : { $count } personnes et discussions classées
    }
finding-frequent-contacts-evidence = { $count ->
        [one] { $count } élément noté (personnes, groupes, bots et chaînes)
       *[other] { $count } éléments notés (personnes, groupes, bots et chaînes)
    }
finding-frequent-contacts-action = Dans Telegram : Paramètres › Confidentialité et sécurité › Paramètres de données, désactivez Suggérer les contacts fréquents ; les scores sont alors supprimés.

## IP addresses the platform keeps
finding-ip-addresses-title = { $count ->
        [one] { $platform } connaît { $count } de vos adresses IP
       *[other] { $platform } connaît { $count } de vos adresses IP
    }
# { $count } addresses, registered in { $countries } countries.
finding-ip-addresses-title-countries = { $platform } connaît { $count ->
        [one] { $count } de vos adresses IP, enregistrée
       *[other] { $count } de vos adresses IP, enregistrées
    } dans { $countries } pays
finding-ip-addresses-count = { $count ->
        [one] { $count } adresse
       *[other] { $count } adresses
    }
# { $countries } is a list of country codes with counts: "DE (2), US (1)".
finding-ip-addresses-registered = pays d'enregistrement : { $countries }
# { $when } is a date with how long ago it was: "Feb 11, 2024 (2 years ago)".
finding-ip-addresses-oldest = la plus ancienne relevée le { $when }
finding-ip-addresses-action-telegram = Telegram conserve les adresses pour des raisons de sécurité et ne permet pas de les supprimer une à une. Mettre fin aux sessions que vous n'utilisez pas (Paramètres › Appareils) l'empêche d'en enregistrer d'autres ; un proxy (Paramètres › Données et stockage › Proxy) ou un VPN lui cachera désormais votre adresse.
finding-ip-addresses-action-whatsapp = WhatsApp ne permet pas de supprimer les adresses qu'il a enregistrées. Un VPN lui cachera désormais votre adresse ; Paramètres › Confidentialité › Avancé › Protéger l'adresse IP dans les appels la cache aux personnes que vous appelez.
finding-ip-addresses-action-wechat = WeChat ne permet pas de supprimer les adresses qu'il a enregistrées. Un VPN lui cachera désormais votre adresse.

## Quiet groups: groups and channels you have not written in for years
# All of them are groups. { $years } is 2.
finding-quiet-groups-title-groups = { $count ->
        [one] Vous êtes toujours membre de { $count } groupe sur { $platform } où vous n'aviez rien écrit depuis { $years } ans au moment de l'export
       *[other] Vous êtes toujours membre de { $count } groupes sur { $platform } où vous n'aviez rien écrit depuis { $years } ans au moment de l'export
    }
# All of them are channels.
finding-quiet-groups-title-channels = { $count ->
        [one] Vous êtes toujours membre de { $count } chaîne sur { $platform } où vous n'aviez rien écrit depuis { $years } ans au moment de l'export
       *[other] Vous êtes toujours membre de { $count } chaînes sur { $platform } où vous n'aviez rien écrit depuis { $years } ans au moment de l'export
    }
# Some groups, some channels.
finding-quiet-groups-title-mixed = { $count ->
        [one] Vous êtes toujours membre de { $count } groupe ou chaîne sur { $platform } où vous n'aviez rien écrit depuis { $years } ans au moment de l'export
       *[other] Vous êtes toujours membre de { $count } groupes et chaînes sur { $platform } où vous n'aviez rien écrit depuis { $years } ans au moment de l'export
    }
# { $name } is the group's or channel's name, { $date } a date.
finding-quiet-groups-last-wrote = { $name } : votre dernier message date du { $date }
# { $kind } is the kind of conversation ("public group", "channel").
finding-quiet-groups-never-wrote = { $name } : vous n'y avez jamais écrit ({ $kind })
finding-quiet-groups-action-telegram = Quittez ceux que vous ne suivez plus : ouvrez-le › menu à trois points › Quitter le groupe (ou Quitter la chaîne). Les autres membres voient toujours vos anciens messages après votre départ ; supprimez-les d'abord si vous voulez qu'ils disparaissent.
finding-quiet-groups-action-whatsapp = Quittez ceux que vous ne suivez plus : ouvrez le groupe › menu à trois points › Plus › Quitter le groupe. Les membres voient votre numéro tant que vous restez dans le groupe.
finding-quiet-groups-action-wechat = Quittez ceux que vous ne suivez plus : ouvrez le groupe › ··· › Supprimer et quitter (删除并退出).

## Bots you wrote to once or not at all
finding-bots-once-title = { $count ->
        [one] { $count } bot auquel vous avez écrit une seule fois conserve toujours votre discussion
       *[other] { $count } bots auxquels vous avez écrit une seule fois conservent toujours votre discussion
    }
# { $name } is the bot's name; { $sent } messages from you out of { $total } in the chat.
finding-bots-once-evidence = { $sent ->
        [one] { $name } : { $sent } message de votre part, { $total } au total
       *[other] { $name } : { $sent } messages de votre part, { $total } au total
    }
finding-bots-once-action = Un bot conserve ce que vous lui avez envoyé, avec votre nom, votre nom d'utilisateur et votre langue. Ouvrez le bot › menu à trois points › Bloquer (Arrêter et bloquer le bot), puis Supprimer la discussion.

## Recurring payments: subscriptions and automatic deductions (WeChat Pay)
finding-recurring-payments-title = { $count ->
        [one] { $count } contrepartie est payée à intervalles réguliers
       *[other] { $count } contreparties sont payées à intervalles réguliers
    }
# { $name } is who was paid, { $every } how often (finding-every-…), { $total } an amount
# of money ("¥60.00").
finding-recurring-payments-evidence = { $count ->
        [one] { $name } : { $count } paiement { $every }, { $total } au total
       *[other] { $name } : { $count } paiements { $every }, { $total } au total
    }
finding-recurring-payments-action = Vérifiez ce qui est prélevé automatiquement : WeChat › Moi › Services › Portefeuille › Paramètres de paiement › Prélèvements automatiques (我 › 服务 › 钱包 › 支付设置 › 自动续费), et résiliez ce dont vous ne voulez plus.
# How often a payment recurs, placed after "4 payments".
finding-every-week = chaque semaine
finding-every-two-weeks = toutes les 2 semaines
finding-every-month = chaque mois
finding-every-three-months = tous les 3 mois
finding-every-year = chaque année
finding-every-days = tous les { $count } jours

## Top counterparties: whom you paid most
# { $percent } is a whole number; { $count } is 1, 2 or 3.
finding-top-counterparties-title = { $count ->
        [one] { $percent } % de vos dépenses sont allées à une seule contrepartie
       *[other] { $percent } % de vos dépenses sont allées à { $count } contreparties
    }
# { $name } is who was paid, { $amount } an amount of money ("¥70.00").
finding-top-counterparties-evidence = { $count ->
        [one] { $name } : { $amount } en { $count } paiement
       *[other] { $name } : { $amount } en { $count } paiements
    }
finding-top-counterparties-action = WeChat Pay conserve chaque paiement avec le nom du bénéficiaire, et les relevés ne peuvent pas être supprimés. Payer ces contreparties autrement évitera que vos prochains paiements figurent dans cet historique.

## Night payments: payments made between midnight and 5 in the morning
# { $end } is a time of day ("05:00").
finding-night-payments-title = { $count ->
        [one] { $count } paiement a eu lieu entre 00:00 et { $end }
       *[other] { $count } paiements ont eu lieu entre 00:00 et { $end }
    }
# { $night } of all { $count } payments, { $percent } a whole number.
finding-night-payments-share = { $count ->
        [one] { $night } sur { $count } paiement effectué ({ $percent } %)
       *[other] { $night } sur les { $count } paiements que vous avez effectués ({ $percent } %)
    }
finding-night-payments-latest = le plus récent : { $date }
finding-night-payments-action = Les paiements nocturnes indiquent à WeChat quand vous ne dormez pas et où vous vous trouvez la nuit. Il n'y a rien à désactiver ; vérifiez dans le relevé les paiements que vous ne reconnaissez pas : Moi › Services › Portefeuille › Relevés.

## Missing: what the export did not include
# { $categories } is a list of category names ("Contacts, Identity"; see inventory-…).
finding-missing-title = L'export { $platform } ne contient pas : { $categories }
# { $category } is one category name.
finding-missing-evidence = { $category } : rien dans les fichiers chargés
