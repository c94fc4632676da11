# Footprint: the pages of the window (Overview, People, Contacts, Sessions & devices,
# Conversations, Activity, Payments, Findings, Compare).
# Platform names (Telegram, WhatsApp, WeChat) are never translated; they arrive as
# { $platform }. Numbers given as { $count } and similar arrive already written with
# the language's digit grouping. "·" separates parts of a line; keep it.

## Overview: what each platform holds

overview-intro = O que a exportação de cada plataforma guarda sobre você, quão sensível é e o que está faltando.
# Section title; { $platform } is Telegram, WhatsApp or WeChat.
overview-platform-holds = O que o { $platform } guarda
# In the count column of a category the export does not contain.
overview-category-none = nenhum
# Tooltip of a category's sensitivity marker. { $level } is High, Medium or Low;
# { $why } is a sentence explaining why.
overview-sensitivity-hover = Sensibilidade: { $level }. { $why }
# A category the export lacks; { $hint } is a sentence saying how to get it.
overview-missing-with-hint = Não consta nesta exportação. { $hint }
overview-missing = Não consta nesta exportação.
# Two exports of one account are loaded; { $old } and { $new } are the dates of the
# latest item in each (or overview-unknown-date).
overview-two-exports = Duas exportações desta conta estão carregadas (itens mais recentes: { $old } e { $new }): cada mensagem, contato, sessão, endereço e pagamento que elas têm em comum conta uma só vez, e cada sessão mostra a atividade mais recente registrada em qualquer uma das duas.
# Stands in for a date in overview-two-exports.
overview-unknown-date = data desconhecida
# Link to the Compare page.
overview-what-changed = O que mudou

## Overview: "Known to several companies"

overview-known-title = Conhecidas por várias empresas
# { $names } is a comma-separated list of names; { $count } how many more are not listed.
overview-known-names-more = { $names } e mais { $count }
# { $count } people are on all three platforms; { $names } lists them.
overview-known-three = Os dados das três plataformas incluem { $count ->
        [one] { $count } pessoa
       *[other] { $count } pessoas
    }: { $names }.
# { $count } people are on two of the three platforms; { $names } lists them.
overview-known-two = Os dados de duas plataformas incluem { $count ->
        [one] { $count } pessoa
       *[other] { $count } pessoas
    }: { $names }.
# Both of the above in one sentence: { $three } people on all three platforms
# ({ $three_names }), { $two } people on two ({ $two_names }).
overview-known-both = Os dados das três plataformas incluem { $three ->
        [one] { $three } pessoa
       *[other] { $three } pessoas
    }: { $three_names }; os de duas plataformas incluem { $two ->
        [one] { $two } pessoa
       *[other] { $two } pessoas
    }: { $two_names }.
# Link to the People page.
overview-see-people = Ver Pessoas

## Overview: "What you can do" (the most severe findings)

overview-what-you-can-do = O que você pode fazer
# Before a finding's title: the platform it is about.
overview-finding-platform = { $platform }:
# Link to the Findings page when more findings exist than the Overview lists ($count is 5 or more).
overview-all-findings = Todas as { $count } descobertas, com o que fazer
# Link to the Findings page when the Overview lists them all.
overview-what-to-do = O que fazer a respeito

## Overview: sources read

# Section title; { $count } is the number of files and folders read.
overview-sources = Fontes ({ $count })
# Stands in for a file's path when personal details are masked; { $number } is 1, 2, 3 …
overview-source-masked = Fonte { $number }
overview-source-records = { $count ->
        [one] { $count } registro
       *[other] { $count } registros
    }
overview-no-warnings = nenhum aviso
overview-source-warnings = { $count ->
        [one] { $count } aviso
       *[other] { $count } avisos
    }
# Button next to a source (keep short).
overview-remove = Remover
overview-remove-hover = Esquecer esta fonte

## Overview: whose messages are "yours" in a source

# How the owner was decided, said instead of the explanation when personal details are masked.
overview-owner-basis-export = indicado pela exportação
overview-owner-basis-inferred = deduzido das conversas
overview-owner-basis-chosen = escolhido por você
overview-owner-basis-unknown = nada indica quem é você
# { $name } is the owner's name, shown in bold.
overview-you-are = Você é { $name }
overview-owner-none = Você não escreve nada aqui: todas as mensagens são recebidas
overview-owner-unknown = Dono desconhecido: as mensagens daqui não contam como suas nem como recebidas
# { $how } explains how the owner was decided, e.g. "chosen by you".
overview-owner-how = ({ $how })
# Menu button to choose who you are (keep short).
overview-owner-change = Alterar…
overview-owner-question = Quem é você nesta exportação?
# A choice in the menu: { $name } writes { $count } messages in the source.
overview-owner-choice = { $name } · { $count ->
        [one] { $count } mensagem
       *[other] { $count } mensagens
    }
# Below the menu's list when it is cut; "--me" is a command-line option: keep it as is.
overview-owner-more = … e mais { $count } (use --me na linha de comando)
overview-owner-nobody = Nenhum destes: não escrevo nada aqui
overview-owner-decide-again = Decidir de novo pela exportação

## Overview: problems

overview-problems = Problemas
# A file that could not be read: { $path } and the error { $message }.
overview-problem-error = { $path }: { $message }
# A file Footprint does not recognise: { $path }, and { $reason } (a sentence).
overview-problem-unrecognised = { $path }: não reconhecido. { $reason }
# Button that hides the problems (keep short).
overview-dismiss = Dispensar

## Overview: how a chat's dates were read

# Orders of day, month and year in a chat's dates; used inside the messages below.
overview-date-order-dmy = dia/mês/ano
overview-date-order-mdy = mês/dia/ano
overview-date-order-ymd = ano/mês/dia
# Why the dates were read in that order; used as { $why } below.
overview-date-order-evidence = definido pelas próprias datas
overview-date-order-guess = um palpite pelo idioma da conversa: as datas não permitem saber
overview-date-order-choice = escolha sua
# { $order } is one of the orders above, { $why } one of the reasons above.
overview-dates-read-as = Datas lidas como { $order } ({ $why }).
overview-dates-no-year = As datas não têm ano: os anos foram contados para trás a partir da data do arquivo.
# Button; { $order } is one of the orders above.
overview-read-as = Ler como { $order }
overview-read-as-hover = Ler esta conversa de novo nesta ordem

## People

# { $count } people in all; { $two } known to two companies, { $three } to all three.
people-summary = { $count ->
        [one] { $count } pessoa
       *[other] { $count } pessoas
    } nas suas exportações · duas empresas conhecem { $two }, as três conhecem { $three }.
people-how-joined = Uma pessoa reúne todos os registros que compartilham um número de telefone (escrito de qualquer forma), um ID do Telegram ou do WeChat ou, dentro de uma mesma plataforma, um nome; só um nome nunca une duas plataformas, a menos que você confirme.
people-everyone = Todos
# Hint in the empty search box.
people-search = Buscar nomes e números
# Column headers of the people table, and their tooltips.
people-col-name = Nome
people-col-name-hint = Clique em um nome para ver tudo o que cada plataforma guarda sobre a pessoa
people-col-platforms = Plataformas
people-col-platforms-hint = As plataformas cujos dados incluem a pessoa
people-col-address-books = Agendas
people-col-address-books-hint = As plataformas cuja agenda (lista de contatos) inclui a pessoa
people-col-frequent = Frequente
people-col-frequent-hint = A pontuação de “contatos frequentes” do Telegram
people-col-you-sent = Você enviou
people-col-you-sent-hint = Suas mensagens em conversas privadas com a pessoa (por plataforma ao passar o mouse)
people-col-they-sent = A pessoa enviou
people-col-they-sent-hint = As mensagens da pessoa, em todas as conversas (por plataforma ao passar o mouse)
people-col-groups = Grupos
people-col-groups-hint = Grupos em que vocês dois estão (e nos quais a pessoa escreveu)
people-col-first = Primeira
people-col-first-hint = A primeira mensagem entre vocês
people-col-last = Última
people-col-last-hint = A última mensagem entre vocês
# Tooltip line of the message counts: { $count } messages on { $platform }.
people-per-platform = { $platform }: { $count }
# Someone whose name the exports do not give.
people-no-name = (sem nome)
# Title of the window about one person; { $name } is their name.
people-window-title = { $name } em todas as plataformas
people-same-title = A mesma pessoa?
people-same-explain = Estas pessoas têm o mesmo nome em plataformas diferentes, mas nenhum número ou ID em comum. Junte-as só se você souber que são a mesma pessoa.
# { $a } and { $b } are names; { $a_platforms } and { $b_platforms } the platforms each is on.
people-same-pair = { $a } ({ $a_platforms }) e { $b } ({ $b_platforms })
# Button (keep short).
people-same-button = Mesma pessoa
people-same-hover = Contar como uma só pessoa (até o Footprint ser fechado)
# Below a cut list: { $count } more not listed.
people-more = … e mais { $count }
# Labels in the window about one person.
people-phones = Números de telefone
people-names = Nomes
people-ids = IDs
people-in-address-book = Na agenda
people-yes = sim
people-no = não
people-frequent-rating = Pontuação de contatos frequentes
people-you-sent = Você enviou
people-they-sent = A pessoa enviou
# { $first } and { $last } are date and time of the first and last message between you;
# { $count } the groups you share.
people-first-last = Primeira mensagem: { $first } · última: { $last } · { $count ->
        [one] { $count } grupo em comum
       *[other] { $count } grupos em comum
    }

## Contacts

# { $count } contacts in the address books; { $frequent } in Telegram's frequent-contacts ranking.
contacts-summary = { $count ->
        [one] { $count } contato
       *[other] { $count } contatos
    } nas agendas das plataformas · { $frequent } no ranking de contatos frequentes do Telegram.
contacts-address-book = Agenda
# Hint in the empty search box.
contacts-search = Buscar nomes e números
contacts-col-name = Nome
contacts-col-phone = Telefone
contacts-col-platform = Plataforma
# When the contact was added to the address book.
contacts-col-added = Adicionado
# A contact whose name the export does not give.
contacts-no-name = (sem nome)

## Sessions & devices

# { $apps }: sessions of the platform's apps; { $websites }: websites you logged in to with
# the platform's account; { $ips }: IP addresses; { $logins }: login notifications.
sessions-summary = { $apps ->
        [one] { $apps } sessão de aplicativo
       *[other] { $apps } sessões de aplicativo
    }, { $websites ->
        [one] { $websites } site
       *[other] { $websites } sites
    } com login pela plataforma, { $ips ->
        [one] { $ips } endereço IP
       *[other] { $ips } endereços IP
    }, { $logins ->
        [one] { $logins } login
       *[other] { $logins } logins
    } das notificações.
sessions-map-note = O país é onde o endereço está registrado hoje (segundo o banco de dados incluído no Footprint, sem consultar a internet), o que pode ser diferente de onde estava quando foi usado. Endereços que o banco de dados não situa em nenhum país (faixas privadas, reservadas ou de exemplo) aparecem no país indicado pela exportação, se houver.
sessions-all = Todas as sessões
sessions-col-device = Dispositivo
sessions-col-app = Aplicativo
sessions-col-system = Sistema
sessions-col-ip = Endereço IP
sessions-col-place = Local
sessions-col-created = Criada
sessions-col-last-active = Última atividade
# A session of a website you logged in to with the platform; { $website } is its name.
sessions-website = { $website } (site)
sessions-ip-title = Endereços IP
# Hint in the empty search box.
sessions-ip-search = Buscar endereços e locais
# First choice of the country filter.
sessions-all-countries = Todos os países
# Above the IP table; { $database } names the bundled IP database and its date. The two
# quoted names are column headers of the table (sessions-col-registered, sessions-col-export-says).
sessions-ip-note = “Registrado em” é onde o bloco do endereço está registrado hoje (banco de dados incluído no Footprint: { $database }; nada é consultado on-line), o que pode ser diferente de onde estava quando foi usado; “Segundo a exportação” é o país que a própria exportação indica.
sessions-col-address = Endereço
sessions-col-seen = Ocorrências
sessions-col-seen-hint = quantas vezes as exportações o mencionam
sessions-col-where-seen = Visto em
sessions-col-first = Primeiro
sessions-col-last = Último
sessions-col-registered = Registrado em
sessions-col-registered-hint = o país do bloco do endereço hoje, segundo o banco de dados incluído
sessions-col-export-says = Segundo a exportação
sessions-col-export-says-hint = o país que a exportação indica para ele
sessions-col-places = Locais
sessions-logins = Logins das notificações
sessions-col-time = Data e hora
sessions-col-location = Localização
# What a country or place reads as when hidden.
sessions-hidden = (oculto)
# Before two buttons: sessions-map-by-ips and sessions-map-by-logins.
sessions-map-by = Colorir o mapa por
sessions-map-by-ips = endereços IP
sessions-map-by-logins = logins
# Checkbox, shown while personal details are masked.
sessions-hide-countries = Ocultar também os países
sessions-hide-countries-hover = Ao ocultar os dados pessoais, endereços e nomes são escondidos, mas os países continuam visíveis, pois não são dados pessoais. Marque para esconder também o mapa, os países e os locais.

## Sessions & devices: the device cards

sessions-devices = Dispositivos e sites conectados
# { $months } is how long a session must be unused to count as idle.
sessions-devices-note = Os mais recentemente ativos primeiro. “Há …” é contado a partir de hoje; uma sessão é ociosa quando estava sem uso havia mais de { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } quando a exportação foi feita.
# A device the export gives no name.
sessions-unnamed-device = (dispositivo sem nome)
# Marks the most recently active device (keep short).
sessions-most-recent = mais recente
# Labels on a device card.
sessions-card-app = Aplicativo
sessions-card-system = Sistema
sessions-card-first-active = Primeira atividade
sessions-card-last-active = Última atividade
sessions-card-last-address = Último endereço
# After an address: the country its block is registered in; { $country } is a country name.
sessions-registered = registro: { $country }
sessions-ended = Encerrada: uma exportação posterior desta conta não a lista mais.
# { $span } is a duration such as "5 months"; { $hint } a sentence saying where to end
# the session (one of sessions-end-*).
sessions-idle = Sem uso havia { $span } quando a exportação foi feita, e ainda listada nela como conectada. { $hint }
# Where to end a session; "›" separates the steps of a path through the app's menus.
sessions-end-telegram-web = Encerre-a no Telegram: Configurações › Privacidade e Segurança › Sites Ativos.
sessions-end-telegram = Encerre-a no Telegram: Configurações › Dispositivos › Encerrar.
sessions-end-whatsapp = Encerre-a no WhatsApp: Configurações › Dispositivos conectados.
sessions-end-wechat = Encerre-a no WeChat: Eu › Configurações › Segurança da conta › Dispositivos de login.
# { $date } is a day.
sessions-when-today = { $date } (hoje)
# { $date } is a day, { $span } how long ago, such as "2 years".
sessions-when-ago = { $date } (há { $span })

## Conversations

# The parts of conversations-summary's list: how many conversations of each kind.
conversations-kind-personal = { $count ->
        [one] { $count } conversa privada
       *[other] { $count } conversas privadas
    }
conversations-kind-group = { $count ->
        [one] { $count } grupo
       *[other] { $count } grupos
    }
conversations-kind-channel = { $count ->
        [one] { $count } canal
       *[other] { $count } canais
    }
conversations-kind-bot = { $count ->
        [one] { $count } bot
       *[other] { $count } bots
    }
conversations-kind-saved = { $count ->
        [one] { $count } conversa de Mensagens Salvas
       *[other] { $count } conversas de Mensagens Salvas
    }
# Conversations of no other kind.
conversations-kind-other = { $count ->
        [one] { $count } outra
       *[other] { $count } outras
    }
# { $count } conversations in all; { $kinds } a comma-separated list of
# conversations-kind-* parts; { $left } how many of them you left.
conversations-summary = { $count ->
        [one] { $count } conversa
       *[other] { $count } conversas
    } ({ $kinds }); você saiu de { $left } delas. Uma conversa presente em várias exportações conta uma só vez.
conversations-all = Todas as conversas
# Hint in the empty search box.
conversations-search = Buscar nomes e tipos
# Column headers of the conversations table, and their tooltips.
conversations-col-name = Nome
conversations-col-platform = Plataforma
conversations-col-kind = Tipo
conversations-col-messages = Mensagens
conversations-col-messages-hint = mensagens escritas por pessoas
conversations-col-service = Eventos de serviço
conversations-col-service-hint = entradas, saídas, chamadas, mudanças no grupo …
conversations-col-sources = Fontes
conversations-col-sources-hint = quantas das exportações carregadas incluem esta conversa (passe o mouse sobre o número para ver quais)
conversations-col-first = Primeiro
conversations-col-first-hint = mensagem ou evento mais antigo
conversations-col-last = Último
conversations-col-last-hint = mensagem ou evento mais recente
# A conversation you left; { $kind } is its kind, e.g. "public group".
conversations-kind-left = { $kind } · você saiu

## Activity

# Label before the platform checkboxes.
activity-platforms = Plataformas
# Label before the conversation filter.
activity-conversation = Conversa
activity-all-conversations = Todas as conversas
# A choice of the conversation filter: { $name } on { $platform }, with { $count } messages.
activity-conversation-choice = { $name } · { $platform } ({ $count ->
        [one] { $count } mensagem
       *[other] { $count } mensagens
    })
# Label before the choices day, week, month, year (messages per …).
activity-per = Por
activity-time-zone = Fuso horário
activity-time-zone-note = Quando uma exportação tem horários absolutos (Telegram JSON), eles podem ser mostrados em outro fuso; os demais ficam como foram registrados.
activity-how-to-read = Como ler
activity-how-to-read-text = Aqui só contam as mensagens escritas por pessoas, não os eventos de serviço. “Suas” são as mensagens enviadas pela conta que fez a exportação; as mensagens de uma exportação que não diz que conta é essa aparecem à parte, como “dono desconhecido”.

## Payments (WeChat Pay bills; amounts are in yuan)

# { $count } transactions; { $spent } and { $received } are amounts such as ¥1,234.50.
payments-summary = { $count ->
        [one] { $count } transação
       *[other] { $count } transações
    } · { $spent } gastos · { $received } recebidos
# As payments-summary, with { $range }: the first and last day of the bills.
payments-summary-range = { $count ->
        [one] { $count } transação
       *[other] { $count } transações
    } · { $spent } gastos · { $received } recebidos · { $range }
payments-transactions = Transações
# Hint in the empty search box.
payments-search = Buscar contrapartes, produtos, tipos
# Column headers of the transactions table (their tooltips are the bill's own Chinese
# column names and stay as they are).
payments-col-time = Data e hora
payments-col-time-hint = como consta no extrato (horário da China)
payments-col-type = Tipo
payments-col-counterparty = Contraparte
payments-col-goods = Produto
payments-col-direction = Entrada/saída
payments-col-amount = Valor
payments-col-method = Forma de pagamento
payments-col-status = Status
# The direction of a payment: 支出 and 收入 are the bill's own words; keep them.
payments-expense = 支出 gasto
payments-income = 收入 recebido
# Neither spent nor received; "/" is how the bill writes it.
payments-neutral = neutro (/)

## Findings

findings-page-intro = O que você pode fazer a respeito do que estas exportações mostram: cada descoberta diz o que a plataforma guarda, como agir lá e onde ver isso. Tudo foi calculado neste computador, apenas a partir dos arquivos.
# { $count } findings of severity { $severity } (High, Medium or Low).
findings-page-severity-count = { $severity }: { $count }
findings-page-none = Nada nestas exportações exige alguma ação.
findings-page-dismissed = { $count ->
        [one] { $count } descoberta dispensada
       *[other] { $count } descobertas dispensadas
    } até o Footprint ser fechado.
# Button (keep short).
findings-page-show-again = Mostrar de novo
# Before what to do about a finding.
findings-page-what-to-do = O que fazer:
# Link to the page that shows a finding; { $page } is the page's name, e.g. Sessions & devices.
findings-page-see = Ver { $page }
# Button (keep short).
findings-page-dismiss = Dispensar
findings-page-dismiss-hover = Ocultar esta descoberta até o Footprint ser fechado

## Compare: two exports of one account

compare-intro = Duas exportações da mesma conta estão carregadas. Em todas as outras páginas, o que elas têm em comum conta uma só vez; aqui está o que mudou entre uma e outra.
compare-none = Não há duas exportações da mesma conta carregadas.
# Stands in for the account's name when personal details are masked (inside compare-title).
compare-one-account = uma conta
# Section title; { $account } is the account (a name, a number or compare-one-account).
compare-title = { $platform }: duas exportações de { $account }
# Stands in for an export's files when personal details are masked; { $number } is 1 or 2.
compare-export-masked = exportação { $number }
# { $earlier } and { $later } are the files of each export; { $earlier_date } and
# { $later_date } the days of their latest items (or compare-unknown-date).
compare-sides = Anterior: { $earlier } (item mais recente: { $earlier_date }) · posterior: { $later } (item mais recente: { $later_date })
compare-unknown-date = data desconhecida
# Titles of the collapsible tables.
compare-new-sessions = Novas sessões
compare-ended-sessions = Sessões encerradas
compare-new-ips = Novos endereços IP
compare-contacts-added = Contatos adicionados
compare-contacts-removed = Contatos removidos
compare-conversations-joined = Conversas em que você entrou
compare-conversations-left = Conversas de que você saiu
compare-new-messages = Novas mensagens por conversa
compare-new-payments = Novos pagamentos
# A table's title with its number of rows: { $title } is one of the titles above.
compare-table-title = { $title } ({ $count })
# Column headers.
compare-col-device = Dispositivo ou site
compare-col-app = Aplicativo
compare-col-kind = Tipo
compare-col-created = Criada
compare-col-last-active = Última atividade
compare-col-address = Endereço
compare-col-registered = Registrado em
compare-col-name = Nome
compare-col-phone = Telefone
compare-col-conversation = Conversa
# How a conversation was left.
compare-col-how = Como
compare-col-messages = Mensagens
compare-col-time = Data e hora
compare-col-counterparty = Contraparte
compare-col-amount = Valor
compare-col-direction = Sentido
# Kinds of sessions.
compare-session-app = aplicativo
compare-session-web = web
# An address in no country: in a private or reserved range, or not in the database.
compare-country-private = privado
compare-country-unknown = desconhecido
# Kinds of conversations.
compare-kind-personal = conversa privada
compare-kind-group = grupo
compare-kind-channel = canal
compare-kind-bot = bot
compare-kind-saved = Mensagens Salvas
compare-kind-other = outros
# How a conversation was left: the later export says so.
compare-marked-left = marcada como deixada
# Directions of payments.
compare-expense = despesa
compare-income = receita
compare-neutral = neutro
# Below a cut table: { $shown } rows shown of { $count }; "footprint diff --json" is a
# command: keep it as is.
compare-more-rows = As primeiras { $shown } de { $count ->
        [one] { $count } linha
       *[other] { $count } linhas
    }; footprint diff --json lista todas.
