### Texts the analysis writes: what each platform holds (the Overview's inventory), how
### overlapping exports were merged, who "you" are in each export, what changed between
### two exports of one account, masked names, kinds of conversations and of IP addresses.
### They appear in the window, in saved chart images and in the HTML report.
### { $platform } is always a platform name: Telegram, WhatsApp or WeChat (not translated).

## Durations, placed inside sentences ("unused for 2 years", "2 years ago")
span-days = { $count ->
        [one] { $count } dia
       *[other] { $count } dias
    }
span-months = { $count ->
        [one] { $count } mês
       *[other] { $count } meses
    }
span-years = { $count ->
        [one] { $count } ano
       *[other] { $count } anos
    }
# An amount in yuan (Chinese currency): $amount is the number with its separators
# (31,622.34); the symbol goes where the language puts it.
yuan-amount = ¥ { $amount }

## Activity settings (the Activity view's controls and chart axes)
# The clock of the activity charts: the time as the export writes it, no conversion.
time-basis-as-exported = como consta na exportação
# Bucket sizes of the activity timeline (radio buttons and the chart's axis): keep short.
bucket-day = dia
bucket-week = semana
bucket-month = mês
bucket-year = ano

## Inventory: the categories of data each platform holds (Overview and report)
# Category names: the first column of the table, keep short.
inventory-identity = Identidade
inventory-contacts = Contatos
inventory-sessions = Sessões e dispositivos
inventory-ip-addresses = Endereços IP e locais
inventory-conversations = Conversas
inventory-messages = Mensagens
inventory-payments = Pagamentos
# Why each category matters, one sentence (shown when hovering its sensitivity).
inventory-identity-why = Quem você é: os dados que ligam a conta a você.
inventory-contacts-why = Sua agenda: pessoas que nunca concordaram em ter seus dados enviados.
inventory-sessions-why = Quais celulares e computadores você usa, e desde quando.
inventory-ip-addresses-why = Onde você estava quando se conectou.
inventory-conversations-why = Com quem você conversa e em quais grupos e canais entrou ou de quais saiu.
inventory-messages-why = Quando você está acordado, ocupado e com quem: sua atividade ao longo dos anos.
inventory-payments-why = O que você compra, de quem e quando.
# How sensitive a category is, shown as a coloured label: keep short.
inventory-sensitivity-low = baixa
inventory-sensitivity-medium = média
inventory-sensitivity-high = alta
# What a category's count is made of.
inventory-contacts-detail = { $count ->
        [one] { $count } entrada na agenda
       *[other] { $count } entradas na agenda
    }
# Telegram: { $frequent } of the contacts are rated as frequent. Keep the " · ".
inventory-contacts-detail-frequent = { $count ->
        [one] { $count } entrada na agenda · { $frequent } no ranking de frequentes
       *[other] { $count } entradas na agenda · { $frequent } no ranking de frequentes
    }
# { $app } app sessions, { $web } web sessions (websites logged in), { $devices } models
# of phones and computers. Keep the " · ".
inventory-sessions-detail = aplicativo: { $app }, web: { $web } · { $devices ->
        [one] { $devices } modelo de dispositivo
       *[other] { $devices } modelos de dispositivo
    }
# Followed by " · " and a list of countries when the export names any.
inventory-ip-addresses-detail = { $count ->
        [one] { $count } endereço
       *[other] { $count } endereços
    }
# { $conversations } is a count of one kind ("3 groups", see kind-…-count), { $left } how
# many of them were left.
inventory-kind-left = { $conversations } (você saiu de { $left })
# Messages written by people, service events (joined, left, pinned …), distinct writers.
inventory-messages-detail = { $messages ->
        [one] { $messages } mensagem
       *[other] { $messages } mensagens
    }, { $events ->
        [one] { $events } evento de serviço
       *[other] { $events } eventos de serviço
    }, { $senders ->
        [one] { $senders } remetente
       *[other] { $senders } remetentes
    }
# { $spent } and { $received } are amounts of money ("¥31,622.34").
inventory-payments-detail = { $spent } gastos, { $received } recebidos
# How to get a category the export lacks, shown after "Not in this export."
# Menu paths name the platform's own menus and options (in quotes): use the names the
# platform shows in your language where you know them.
inventory-hint-whatsapp-report-lists-none = O relatório da conta carregado não traz nada disso.
inventory-hint-telegram-sessions = Exporte de novo marcando “Sessões ativas” e “Dados diversos” (os dois vêm desmarcados por padrão).
inventory-hint-telegram-contacts = Exporte de novo marcando “Lista de contatos”.
inventory-hint-telegram-identity = Exporte de novo marcando “Informações da conta”.
inventory-hint-telegram-chats = Marque os tipos de conversa que você quer (conversas com bots, grupos públicos e canais vêm desmarcados por padrão).
inventory-hint-whatsapp-report = Solicite o relatório da conta: Configurações › Conta › Solicitar dados da conta (fica pronto em cerca de 3 dias).
inventory-hint-whatsapp-chats = Abra uma conversa › menu de três pontos › Mais › Exportar conversa (uma conversa por vez).
# The Chinese menu path is WeChat's own: keep it as it is.
inventory-hint-wechat-payments = 我 › 服务 › 钱包 › 账单 › 常见问题 › 下载账单 › 用于个人对账 (Eu › Serviços › Carteira › Extratos › Perguntas frequentes › Baixar extrato › Para conferência pessoal); a senha do zip chega em uma mensagem do WeChat Pay.
# MemoTrace and WeFlow are names of programs.
inventory-hint-wechat-chats = O WeChat não tem exportação oficial de conversas; ferramentas como o MemoTrace ou o WeFlow geram arquivos que o Footprint lê.

## Kinds of conversations
# A count of conversations of one kind ("3 groups"), in lists such as
# "12 private chats, 3 groups (1 left)".
kind-personal-count = { $count ->
        [one] { $count } conversa privada
       *[other] { $count } conversas privadas
    }
kind-group-count = { $count ->
        [one] { $count } grupo
       *[other] { $count } grupos
    }
kind-channel-count = { $count ->
        [one] { $count } canal
       *[other] { $count } canais
    }
kind-bot-count = { $count ->
        [one] { $count } bot
       *[other] { $count } bots
    }
# Telegram's "Saved Messages", the chat with yourself.
kind-saved-count = { $count ->
        [one] { $count } conversa de Mensagens Salvas
       *[other] { $count } conversas de Mensagens Salvas
    }
# Conversations of no other kind.
kind-other-count = { $count ->
        [one] { $count } outra
       *[other] { $count } outras
    }
# The kind of one conversation, as the Conversations table and the report name it.
kind-label-private-chat = conversa privada
kind-label-group = grupo
kind-label-private-group = grupo privado
kind-label-public-group = grupo público
kind-label-channel = canal
kind-label-private-channel = canal privado
kind-label-public-channel = canal público
kind-label-bot = bot
kind-label-saved = Mensagens Salvas
# WeChat's kinds of conversation, with WeChat's own Chinese word (kept in brackets
# where the language is not Chinese).
kind-label-wechat-group = grupo (群聊)
kind-label-wechat-official = conta oficial (公众号)
kind-label-wechat-wecom = contato do WeCom (企业微信)
kind-label-wechat-system = conta do sistema (微信)
kind-label-wechat-private = conversa privada (私聊)
# A conversation the export gives no type.
kind-label-other-not-given = outro (tipo não informado)
# { $kind } is the type as the export writes it ("replies").
kind-label-other = outro: { $kind }

## Sessions, IP addresses and payments: words inside tables and charts
# A session that names neither its device, its app nor a website.
topics-unknown-device = dispositivo desconhecido
# A device, system, app, counterparty or payment method the export leaves empty (a bar of
# a chart, a row of a table).
topics-not-given = (não informado)
# Where an IP address was seen, in lists such as "session, login notice".
topics-origin-session = sessão
topics-origin-web-session = sessão web
topics-origin-ip-history = histórico de IPs
topics-origin-account-change = alteração da conta
# Telegram's login notifications ("New login from …").
topics-origin-login-notice = aviso de login

## Where an IP address is registered, when it is no country's
ip-place-unknown = fora do banco de dados
ip-place-private-network = rede privada
ip-place-loopback = loopback
ip-place-shared-carrier = rede compartilhada de operadora (CGNAT)
ip-place-link-local = link-local
ip-place-documentation = exemplo de documentação
ip-place-benchmarking = testes de desempenho
ip-place-protocol-assignment = atribuição de protocolo
ip-place-this-network = esta rede
ip-place-multicast = multicast
ip-place-reserved = reservado
ip-place-unspecified = não especificado
ip-place-translation = tradução IPv4

## Merged exports: a note under a platform's inventory when several exports overlap
# Items found in more than one export, counted once. Listed in overlap-merged-….
overlap-repeated-messages = { $count ->
        [one] { $count } mensagem repetida
       *[other] { $count } mensagens repetidas
    }
overlap-repeated-payments = { $count ->
        [one] { $count } pagamento repetido
       *[other] { $count } pagamentos repetidos
    }
overlap-repeated-contacts = { $count ->
        [one] { $count } contato repetido
       *[other] { $count } contatos repetidos
    }
overlap-repeated-sessions = { $count ->
        [one] { $count } sessão repetida
       *[other] { $count } sessões repetidas
    }
overlap-repeated-other = { $count ->
        [one] { $count } registro repetido de IP ou login
       *[other] { $count } registros repetidos de IPs e logins
    }
# The last item of a list: { $head } is the items before it, joined with ", ".
overlap-list-and = { $head } e { $last }
# { $list } lists the repeated items (overlap-repeated-…); { $total } is their sum.
overlap-merged-dropped = { $total ->
        [one] Fontes sobrepostas foram combinadas: { $list } ficou de fora.
       *[other] Fontes sobrepostas foram combinadas: { $list } ficaram de fora.
    }
# { $conversations } conversations were found in several exports and count once.
overlap-merged-conversations = { $conversations ->
        [one] Fontes sobrepostas foram combinadas: { $conversations } conversa presente em várias exportações conta uma só vez.
       *[other] Fontes sobrepostas foram combinadas: { $conversations } conversas presentes em várias exportações contam uma só vez.
    }
# Both of the above in one sentence.
overlap-merged-both = { $conversations ->
        [one] Fontes sobrepostas foram combinadas: { $conversations } conversa presente em várias exportações conta uma só vez; { $total ->
            [one] { $list } ficou de fora.
           *[other] { $list } ficaram de fora.
        }
       *[other] Fontes sobrepostas foram combinadas: { $conversations } conversas presentes em várias exportações contam uma só vez; { $total ->
            [one] { $list } ficou de fora.
           *[other] { $list } ficaram de fora.
        }
    }
# Not normally shown (something was merged, but none of the above).
overlap-merged = Fontes sobrepostas foram combinadas.

## Who you are in an export: how it was decided (shown after "You are NAME", lower case,
## no final full stop)
owner-how-named-by-export = indicado pela exportação
# Where the export names you: $place is its own term (a section, field or folder, not
# translated), $exporter the tool that wrote a WeChat export (MemoTrace, WeFlow …).
owner-how-named-by-section = indicado em { $place } na exportação
owner-how-named-by-exporter = indicado por { $place } do { $exporter }
# A WeChat exporter marks the messages you sent.
owner-how-sent-by-me = a marcação “enviada por mim” do exportador
owner-how-identity-name = o nome nas informações pessoais da exportação
owner-how-account-information = indicado pelas informações da conta na exportação
owner-how-no-messages = nenhuma mensagem aqui
owner-how-no-evidence = nada nesta exportação indica qual dos participantes é você
owner-how-chosen = escolhido por você
owner-how-chosen-none = escolhido por você: você não escreve nada aqui, então todas as mensagens são recebidas
# { $name } is the name the user chose.
owner-how-chosen-absent = escolhido por você; { $name } não escreve nada aqui, então todas as mensagens são recebidas
# { $count } chats of { $platform } are loaded, and one person writes in all of them.
owner-how-only-common-writer = a única pessoa que escreve em todas as { $count } conversas do { $platform } carregadas
owner-how-name-in-other-export = seu nome em outra exportação desta plataforma
# { $name } is the other person of a one-to-one chat.
owner-how-chat-named-after = a conversa tem o nome de { $name }, então você é o outro participante
# WhatsApp's "Messages and calls are end-to-end encrypted" line.
owner-how-notice-under = o aviso de criptografia aparece com o nome de { $name }, então você é a outra pessoa
owner-how-account-number = o número de telefone do relatório da conta
# Added after the above, following "; ". Lines such as "You created group".
owner-how-second-person = { $count ->
        [one] { $count } linha do sistema na segunda pessoa (o que “você” fez) indica que você está nesta conversa
       *[other] { $count } linhas do sistema na segunda pessoa (o que “você” fez) indicam que você está nesta conversa
    }

## Two exports of one account: what changed (the Compare view, the report)
# What ties the two exports. { $id } is a Telegram user id (a number, shown as is).
diff-account-user-id = ID de usuário { $id }
diff-account-overlapping-bills = extratos do WeChat Pay sobrepostos
# Why two exports cannot be compared. { $old } and { $new } are lists of platforms.
diff-no-common-platform = a exportação anterior contém { $old } e a posterior, { $new }: nenhuma plataforma em comum
# { $old } and { $new } name the accounts ("user id 42", a phone number).
diff-different-accounts = parecem ser duas contas diferentes do { $platform } ({ $old } e { $new })
# Section names: the first column of the summary, keep short.
diff-section-sessions = Sessões e dispositivos
diff-section-ips = Endereços IP
diff-section-contacts = Contatos
diff-section-conversations = Conversas
diff-section-messages = Mensagens
diff-section-payments = Pagamentos
# { $new } sessions new in the later export, { $ended } gone from it; { $devices } device
# models new, { $gone } no longer listed.
diff-sessions-line = sessões novas: { $new }, encerradas: { $ended }; modelos de dispositivo novos: { $devices }, que saíram da lista: { $gone }
# { $new } new IP addresses; { $countries } countries they are registered in that no
# earlier address was; { $named } countries the later export itself names that the
# earlier did not.
diff-ips-line = endereços novos: { $new }; países novos onde eles estão registrados: { $countries }, países novos indicados pela exportação posterior: { $named }
diff-contacts-line = adicionados: { $added }, removidos: { $removed }
diff-conversations-line = você entrou em { $joined } e saiu de { $left }
diff-messages-line = { $messages ->
        [0] nenhuma mensagem desde a exportação anterior
        [one] { $messages } mensagem desde a exportação anterior, em { $conversations ->
            [one] { $conversations } conversa
           *[other] { $conversations } conversas
        }
       *[other] { $messages } mensagens desde a exportação anterior, em { $conversations ->
            [one] { $conversations } conversa
           *[other] { $conversations } conversas
        }
    }
diff-payments-line = { $count ->
        [0] nenhum pagamento novo
        [one] { $count } pagamento novo
       *[other] { $count } pagamentos novos
    }

## Masked names: pseudonyms shown instead of personal details when masking is on
# { $number } is a number, or "?" for something never seen before.
mask-contact = Contato { $number }
mask-group = Grupo { $number }
mask-channel = Canal { $number }
mask-bot = Bot { $number }
# Someone paid or paying (WeChat Pay).
mask-counterparty = Contraparte { $number }
# Free text the user wrote (a bio, an about text), hidden.
mask-hidden = (oculto)

## Warnings: what went wrong in a source, shown with how many times ("3 × …")
warning-repaired-json = JSON inválido corrigido
warning-invalid-utf8 = UTF-8 inválido substituído
warning-duplicate-key = chave duplicada, último valor mantido
warning-skipped-record = registro ilegível ignorado
warning-missing-date = registro sem data ignorado
warning-unsupported-message = mensagem que o exportador marcou como não suportada
warning-truncated = o arquivo termina antes do fim; o que veio antes foi mantido
warning-standard-time-offset = o fuso UTC é o padrão, também no horário de verão
warning-text-before-first-message = texto antes da primeira mensagem ignorado
warning-other-header-format = linha em outro formato de data, mantida como texto da mensagem anterior
warning-realigned-row = linha com uma vírgula sem aspas numa célula de texto, realinhada
warning-missing-page = falta uma página à qual a exportação remete
# Where a warning's example is in the file and what it quotes ($detail: the file's own text).
warning-sample-record = registro { $record } (byte { $byte }): { $detail }
warning-sample-byte = byte { $byte }: { $detail }
