## Views of the window (the navigation, headings, and the report's sections). Keep short.

topic-overview = Visão geral
topic-contacts = Contatos
topic-sessions = Sessões e dispositivos
topic-conversations = Conversas
topic-activity = Atividade
topic-payments = Pagamentos
topic-people = Pessoas
# The page of things the user can act on (privacy findings).
topic-findings = Descobertas
# Two exports of one account, compared.
topic-compare = Comparar

## Charts: shared texts
# Drawn in the middle of a saved chart image that has nothing to show.
chart-no-data = Não há dados para este gráfico nas exportações carregadas
# Axis names and series names (lower case, as on a chart axis).
chart-axis-messages = mensagens
chart-axis-month = mês
chart-axis-year = ano
chart-axis-hour = hora
chart-axis-date = data
chart-axis-people = pessoas
chart-axis-sessions = sessões
chart-axis-logins = logins
chart-axis-contacts = contatos
chart-axis-conversations = conversas
chart-axis-payments = pagamentos
# Amounts of money in Chinese yuan (WeChat Pay).
chart-axis-yuan = yuan
# Telegram's own score of how often you talk to someone.
chart-axis-rating = pontuação

## Overview and People charts
chart-per-year-title = Mensagens por ano, por plataforma
chart-people-platforms-title = Pessoas que cada plataforma conhece, e quem mais as conhece
chart-people-platforms-one = só esta plataforma conhece
chart-people-platforms-two = outra plataforma também conhece
chart-people-platforms-three = as três conhecem
# $count: how many people the chart ranks (at most 20).
chart-people-top-title = As { $count } pessoas com mais mensagens trocadas (enviadas e recebidas)
# $name: a person's name (or a pseudonym when masking).
chart-person-activity-title = Mensagens com { $name } por mês

## Contacts charts
chart-contacts-added-title = Contatos adicionados por mês
chart-contacts-frequent-title = Com quem o Telegram acha que você mais conversa
# A frequent contact of a category other than people. $name: a name; $category: one of the categories below.
chart-contacts-with-category = { $name } ({ $category })
# Telegram's categories of frequent contacts, shown in brackets after a name: "Alice (calls)".
chart-contacts-category-calls = chamadas
chart-contacts-category-inline-bots = bots inline

## Sessions charts
chart-sessions-devices-title = Sessões por dispositivo
chart-sessions-systems-title = Sessões por sistema operacional
chart-sessions-apps-title = Sessões por aplicativo e versão
chart-sessions-countries-title = Sessões por país
chart-logins-title = Logins ao longo do tempo (das notificações de login)
chart-sessions-timeline-title = Sessões, da criação à última atividade
# Legend entry of the session timeline: sessions of websites the user logged in to with the app.
chart-sessions-group-web = sites com login
# Legend entry of the session timeline. $platform: Telegram, WhatsApp or WeChat.
chart-sessions-group-app = sessões do { $platform }

## World map
map-title-addresses = Onde seus endereços IP estão registrados
map-title-logins = De onde você fez login (notificações de login)
# The map's colour key label.
map-key-addresses = endereços IP
map-key-logins = logins
# Hover text of a country on the map: how many addresses are in it.
map-detail-addresses = { $count ->
    [one] { $count } endereço
   *[other] { $count } endereços
}
# Hover text of a country on the map: how many logins came from it.
map-detail-logins = { $count ->
    [one] { $count } login
   *[other] { $count } logins
}
# After the first six addresses of a country in its hover text.
map-detail-more = e mais { $count }
# $first, $last: dates.
map-detail-seen = período: { $first } a { $last }

## Conversations charts
chart-conversations-kind-title = Conversas por tipo
# Series: conversations still in the export, and those the user has left.
chart-conversations-in-export = na exportação
chart-conversations-left = você saiu
# $count: how many conversations the chart ranks (at most 20). "Saved Messages" is Telegram's name for notes to yourself.
chart-conversations-top-title = As { $count } conversas com mais mensagens (sem as Mensagens Salvas, suas notas para si mesmo)
chart-message-types-title = O que as mensagens contêm, por plataforma
# Kinds of conversation (chart category labels).
chart-kind-personal = conversa privada
chart-kind-group = grupo
chart-kind-channel = canal
chart-kind-bot = bot
chart-kind-saved = Mensagens Salvas
chart-kind-other = outros
# What a message carries (chart category labels).
chart-content-unknown = tipo não informado
chart-content-text = texto
chart-content-image = foto / imagem
chart-content-video = vídeo
chart-content-voice = voz / áudio
chart-content-sticker = figurinha
chart-content-gif = GIF
chart-content-file = arquivo
chart-content-location = localização
chart-content-contact = cartão de contato
chart-content-link = link
chart-content-poll = enquete
chart-content-quote = citação
chart-content-transfer = transferência de dinheiro
# WeChat's 红包, a gift of money in a red envelope.
chart-content-red-packet = envelope vermelho
# WeChat's 小程序.
chart-content-mini-program = miniprograma
# A chat history forwarded as one message (WeChat).
chart-content-forwarded-chat = conversa encaminhada
# A post of WeChat Channels (视频号).
chart-content-channels = publicação do Channels
chart-content-app = mensagem de aplicativo
chart-content-call = chamada
chart-content-media = mídia
chart-content-deleted = apagada
chart-content-other = outros

## Activity charts
# $scope: empty, or the filter chosen, written " · Telegram · Alice".
chart-activity-per-day = Mensagens por dia{ $scope }
chart-activity-per-week = Mensagens por semana{ $scope }
chart-activity-per-month = Mensagens por mês{ $scope }
chart-activity-per-year = Mensagens por ano{ $scope }
chart-axis-day = dia
chart-axis-week = semana
chart-activity-heatmap-title = Mensagens por dia da semana e hora{ $scope }
# Axis of the heatmap. $basis: the clock the hours are on ("as written in the export", "UTC+8").
chart-activity-hour-axis = hora ({ $basis })
chart-activity-split-title = Suas mensagens e as que você recebeu{ $scope }
# Series and category names: messages you wrote, messages others wrote, and messages of an export whose owner is unknown.
chart-activity-yours = suas
chart-activity-received = recebidas
chart-activity-owner-unknown = dono desconhecido

## Payments charts
chart-payments-month-title = Gastos e recebimentos por mês
# Series: money paid out, and money received.
chart-payments-spent = gasto
chart-payments-received = recebido
chart-payments-counterparties-title = Principais contrapartes
chart-payments-methods-title = Por forma de pagamento
chart-payments-types-title = Por tipo de transação
chart-payments-hour-title = Pagamentos por hora do dia (horário da China)

## Saving charts (messages in the window)
# $path: a file.
chart-error-exists = { $path }: já existe (não foi substituído)
# $path: a file; $error: the system's reason.
chart-error-write = { $path }: não foi possível gravar a imagem: { $error }
# $title: the chart's title; $error: what went wrong.
chart-error-draw = não foi possível desenhar o gráfico “{ $title }”: { $error }
# $path: a folder; $error: the system's reason.
chart-error-folder = { $path }: não foi possível criar a pasta: { $error }
# $files: the file names, joined with ", ".
chart-error-existing = { $count ->
    [one] { $count } imagem já existe; nada foi gravado: { $files }
   *[other] { $count } imagens já existem; nada foi gravado: { $files }
}

## The HTML report (Save report…, footprint report)
# The browser tab's title. $made: date and time it was made.
report-page-title = Relatório do Footprint, { $made }
report-heading = O que seus aplicativos de mensagens sabem sobre você
# $platforms: "Telegram, WeChat"; $made: date and time; $count: number of sources (files read).
report-intro = { $count ->
    [one] Um relatório do Footprint sobre { $platforms }, gerado em { $made } a partir de { $count } fonte. Ele foi gerado neste computador; nada foi enviado a lugar nenhum.
   *[other] Um relatório do Footprint sobre { $platforms }, gerado em { $made } a partir de { $count } fontes. Ele foi gerado neste computador; nada foi enviado a lugar nenhum.
}
report-masked = Os dados pessoais estão ocultos: nomes, números de telefone, nomes de usuário, endereços IP e caminhos de arquivos aparecem como pseudônimos.
# $version: Footprint's version; $made: date and time.
report-footer = Gerado pelo Footprint { $version } em { $made }, neste computador, a partir dos arquivos listados acima. Nada foi enviado a lugar nenhum.
# Below a table cut short. $shown: rows shown; $total: rows in all.
report-cut-note = As primeiras { $shown } de { $total } linhas; a janela do Footprint mostra todas.
report-country-note = O país é onde o bloco de endereços está registrado hoje (banco de dados incluído no Footprint, sem nenhuma consulta on-line), o que pode ser diferente de onde estava quando foi usado.

## Report: findings
# Heading and link of the findings section.
report-findings = O que você pode fazer
report-no-findings = Nada nestas exportações exige alguma ação.
# How much a finding matters.
report-severity-high = alta
report-severity-medium = média
report-severity-low = baixa
# Before the advice of a finding.
report-what-to-do = O que fazer:

## Report: what each platform holds
# $platform: Telegram, WhatsApp or WeChat.
report-holds = O que o { $platform } guarda
# Count column when the export has none of it.
report-none = nenhum
report-not-in-export = Não consta nesta exportação.
report-col-count = quantidade
report-col-sensitivity = sensibilidade
report-col-what = o quê
report-col-dates = datas

## Report: tables of the views (column headings in lower case)
report-people-heading = As pessoas com quem você mais conversa
# A person without a name.
report-no-name = (sem nome)
report-col-person = pessoa
report-col-platforms = plataformas
report-col-you-sent = você enviou
report-col-they-sent = a pessoa enviou
# First and last date something was seen.
report-col-first = primeiro
report-col-last = último
report-sessions-heading = Sessões e dispositivos
# $website: a website the user logged in to with the app.
report-website = { $website } (site)
report-col-platform = plataforma
report-col-device = dispositivo
report-col-app = aplicativo
report-col-system = sistema
report-col-ip = endereço IP
report-col-place = local
report-col-created = criada
report-col-last-active = última atividade
report-ips-heading = Endereços IP
report-col-address = endereço
report-col-seen = ocorrências
report-col-where-seen = visto em
report-col-registered = registrado em
# What the export itself says about where an address is.
report-col-export-says = segundo a exportação
report-conversations-heading = As conversas mais movimentadas
# $kind: the kind of conversation ("group"), for a conversation the user has left.
report-kind-left = { $kind } (você saiu)
report-col-conversation = conversa
report-col-kind = tipo
report-col-messages = mensagens
# Messages the user wrote.
report-col-yours = suas
report-counterparties-heading = Contrapartes
# $paid, $received: amounts; $first, $last: dates.
report-payments-summary = { $paid } pagos, { $received } recebidos, de { $first } a { $last }.
report-col-counterparty = contraparte
report-col-paid = pago
report-col-received = recebido
report-col-payments = pagamentos
# $platform: Telegram, WhatsApp or WeChat.
report-compare-heading = { $platform }: duas exportações de uma conta
report-col-what-changed = o que mudou

## Report: sources
report-sources = Fontes
# Stands for a file's path when masking. $number: 1, 2, 3 …
report-source-masked = Fonte { $number }
# $name: the user's name in this source.
report-source-owner = você é { $name }
report-source-owner-unknown = não se sabe quem é você
# $platform; $format: the export's format ("Telegram JSON"); $owner: report-source-owner or report-source-owner-unknown.
report-source-line = { $platform } · { $format } · { $records ->
    [one] { $records } registro
   *[other] { $records } registros
} · { $warnings ->
    [one] { $warnings } aviso
   *[other] { $warnings } avisos
} · { $owner }
# $count: how many times; $kind: what went wrong (warning-* in analysis.ftl).
report-source-warning = aviso: { $count } × { $kind }
# $path: a file; $error: why.
report-unreadable = Não foi possível ler: { $path }: { $error }

## Report: saving (messages in the window)
# $path: the report's file; $folder: its folder.
report-error-no-folder = { $path }: a pasta { $folder } não existe; nada foi gravado
report-error-exists = { $path }: já existe; nada foi gravado
report-error-write = { $path }: não foi possível gravar o relatório: { $error }
