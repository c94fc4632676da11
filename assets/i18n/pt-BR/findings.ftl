### Findings: what a person can do about their footprint. Shown on the Findings page, on
### the Overview, in the HTML report and by `footprint findings`.
### Each finding has a title (one sentence: what the export shows), evidence lines (the
### numbers behind it) and an action (how to act on that platform).
### { $platform } is always a platform name: Telegram, WhatsApp or WeChat (not translated).
### Menu paths (Settings › Devices …) name the platform's own menus: use the names the
### platform's app shows in your language where you know them. Chinese menu names in
### brackets are WeChat's own and stay as they are.

## Severity (how much a finding matters), shown as a coloured label: keep short
finding-severity-high = alta
finding-severity-medium = média
finding-severity-low = baixa

## Shared pieces of evidence lines
# A day and how long ago it was: { $date } is a date, { $span } a duration such as
# "2 years" (see span-days, span-months, span-years).
finding-date-ago = { $date } (há { $span })
# The last evidence line when there are more than the list shows.
finding-more = e mais { $count }

## Idle sessions: devices still logged in but unused for half a year
# { $months } is 6.
finding-idle-sessions-title = { $count ->
        [one] { $count } dispositivo sem uso há mais de { $months } meses ainda está conectado ao { $platform }
       *[other] { $count } dispositivos sem uso há mais de { $months } meses ainda estão conectados ao { $platform }
    }
# { $device } names the session (device model and app), { $date } is a date, { $span } a
# duration such as "2 years".
finding-idle-sessions-evidence = { $device }: última atividade em { $date }, sem uso havia { $span } quando a exportação foi feita
# The same, for a session with no date at all.
finding-idle-sessions-evidence-never = { $device }: nenhuma atividade registrada, sem uso havia { $span } quando a exportação foi feita
finding-idle-sessions-action-telegram = No Telegram: Configurações › Dispositivos, toque em cada sessão que você não usa mais › Encerrar Sessão. Em “Encerrar sessões antigas automaticamente”, escolha por quanto tempo uma sessão ociosa pode continuar ativa.
finding-idle-sessions-action-whatsapp = No WhatsApp: Configurações › Dispositivos conectados, toque em cada dispositivo que você não usa mais › Desconectar.
finding-idle-sessions-action-wechat = No WeChat: Eu › Configurações › Segurança da conta › Dispositivos de login (我 › 设置 › 账号与安全 › 登录设备管理) e remova os dispositivos que você não usa mais.

## Active websites: websites and bots logged in with the account
finding-active-websites-title = { $count ->
        [one] { $count } site está conectado à sua conta do { $platform }
       *[other] { $count } sites estão conectados à sua conta do { $platform }
    }
# Some of them are idle: { $idle } of { $count } unused for more than { $months } (6) months.
finding-active-websites-title-unused = { $count ->
        [one] { $count } site está conectado à sua conta do { $platform }, sem uso há mais de { $months } meses
       *[other] { $count } sites estão conectados à sua conta do { $platform }, { $idle } deles sem uso há mais de { $months } meses
    }
# { $site } is the website (or device and app), { $date } a date or "–" when unknown.
finding-active-websites-evidence = { $site }: último uso em { $date }
finding-active-websites-action-telegram = No Telegram: Configurações › Privacidade e Segurança › Sites Ativos, toque em Desconectar nos que você não usa mais (ou em Desconectar Todos os Sites).
# For platforms other than Telegram.
finding-active-websites-action-other = Desconecte o site nas configurações da plataforma, na parte de dispositivos ou de aplicativos autorizados.

## Address book: the contacts the platform holds
finding-address-book-title-telegram = { $count ->
        [one] O Telegram guarda { $count } contato da sua agenda
       *[other] O Telegram guarda { $count } contatos da sua agenda
    }
finding-address-book-title-whatsapp = { $count ->
        [one] O WhatsApp guarda { $count } número da agenda do seu celular
       *[other] O WhatsApp guarda { $count } números da agenda do seu celular
    }
finding-address-book-title-wechat = { $count ->
        [one] O WeChat guarda sua lista de amigos: { $count } contato
       *[other] O WeChat guarda sua lista de amigos: { $count } contatos
    }
finding-address-book-entries = { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    }
finding-address-book-oldest = a mais antiga adicionada em { $date }
finding-address-book-action-telegram = No Telegram: Configurações › Privacidade e Segurança › Configurações de Dados, desative Sincronizar Contatos e depois toque em Apagar Contatos Sincronizados.
finding-address-book-action-whatsapp = O WhatsApp lê sua agenda enquanto tiver a permissão de acesso aos contatos. Android: Configurações › Apps › WhatsApp › Permissões › Contatos › Não permitir. iPhone: Ajustes › Privacidade e Segurança › Contatos, desative o WhatsApp. O WhatsApp não oferece nenhum botão para apagar o que já tem.
finding-address-book-action-wechat = No WeChat, apague os amigos com quem você não conversa mais (perfil da pessoa › ··· › Apagar) e, em Eu › Configurações › Privacidade, escolha como as pessoas podem adicionar você (por número de celular, ID do WeChat, grupo ou código QR).

## Frequent contacts: Telegram's rating of whom you talk to most
finding-frequent-contacts-title = { $count ->
        [one] O Telegram classifica com quem você mais conversa: { $count } pessoa ou conversa no ranking
       *[other] O Telegram classifica com quem você mais conversa: { $count } pessoas e conversas no ranking
    }
finding-frequent-contacts-evidence = { $count } no ranking (pessoas, grupos, bots e canais)
finding-frequent-contacts-action = No Telegram: Configurações › Privacidade e Segurança › Configurações de Dados, desative Sugerir Contatos Frequentes; isso também apaga as pontuações.

## IP addresses the platform keeps
finding-ip-addresses-title = { $count ->
        [one] O { $platform } conhece { $count } endereço IP seu
       *[other] O { $platform } conhece { $count } endereços IP seus
    }
# { $count } addresses, registered in { $countries } countries.
finding-ip-addresses-title-countries = O { $platform } conhece { $count ->
        [one] { $count } endereço IP seu
       *[other] { $count } endereços IP seus
    } em { $countries ->
        [one] { $countries } país
       *[other] { $countries } países
    }
finding-ip-addresses-count = { $count ->
        [one] { $count } endereço
       *[other] { $count } endereços
    }
# { $countries } is a list of country codes with counts: "DE (2), US (1)".
finding-ip-addresses-registered = países de registro: { $countries }
# { $when } is a date with how long ago it was: "Feb 11, 2024 (2 years ago)".
finding-ip-addresses-oldest = o mais antigo visto em { $when }
finding-ip-addresses-action-telegram = O Telegram guarda os endereços por segurança e não permite apagá-los um a um. Encerrar as sessões que você não usa (Configurações › Dispositivos) impede que elas acrescentem novos endereços; um proxy (Configurações › Dados e Armazenamento › Proxy) ou uma VPN esconde seu endereço do Telegram daqui em diante.
finding-ip-addresses-action-whatsapp = O WhatsApp não permite apagar os endereços que registrou. Uma VPN esconde seu endereço dele daqui em diante; Configurações › Privacidade › Configurações avançadas › Proteger endereço IP nas ligações o esconde das pessoas para quem você liga.
finding-ip-addresses-action-wechat = O WeChat não permite apagar os endereços que registrou. Uma VPN esconde seu endereço dele daqui em diante.

## Quiet groups: groups and channels you have not written in for years
# All of them are groups. { $years } is 2.
finding-quiet-groups-title-groups = { $count ->
        [one] Você ainda está em { $count } grupo do { $platform } em que não escrevia havia { $years } anos quando a exportação foi feita
       *[other] Você ainda está em { $count } grupos do { $platform } em que não escrevia havia { $years } anos quando a exportação foi feita
    }
# All of them are channels.
finding-quiet-groups-title-channels = { $count ->
        [one] Você ainda está em { $count } canal do { $platform } em que não escrevia havia { $years } anos quando a exportação foi feita
       *[other] Você ainda está em { $count } canais do { $platform } em que não escrevia havia { $years } anos quando a exportação foi feita
    }
# Some groups, some channels.
finding-quiet-groups-title-mixed = { $count ->
        [one] Você ainda está em { $count } grupo ou canal do { $platform } em que não escrevia havia { $years } anos quando a exportação foi feita
       *[other] Você ainda está em { $count } grupos e canais do { $platform } em que não escrevia havia { $years } anos quando a exportação foi feita
    }
# { $name } is the group's or channel's name, { $date } a date.
finding-quiet-groups-last-wrote = { $name }: sua última mensagem foi em { $date }
# { $kind } is the kind of conversation ("public group", "channel").
finding-quiet-groups-never-wrote = { $name }: você nunca escreveu ({ $kind })
finding-quiet-groups-action-telegram = Saia dos que você não acompanha mais: abra o grupo ou canal › menu de três pontos › Sair do Grupo (ou Sair do Canal). Os outros membros continuam vendo suas mensagens antigas depois que você sai; se quiser que elas sumam, apague-as antes.
finding-quiet-groups-action-whatsapp = Saia dos que você não acompanha mais: abra o grupo › menu de três pontos › Mais › Sair do grupo. Os membros continuam vendo seu número até você sair.
finding-quiet-groups-action-wechat = Saia dos que você não acompanha mais: abra o grupo › ··· › Apagar e sair (删除并退出).

## Bots you wrote to once or not at all
finding-bots-once-title = { $count ->
        [one] { $count } bot com quem você falou só uma vez ainda tem sua conversa
       *[other] { $count } bots com quem você falou só uma vez ainda têm sua conversa
    }
# { $name } is the bot's name; { $sent } messages from you out of { $total } in the chat.
finding-bots-once-evidence = { $sent ->
        [0] { $name }: nenhuma mensagem sua, { $total } no total
        [one] { $name }: { $sent } mensagem sua, { $total } no total
       *[other] { $name }: { $sent } mensagens suas, { $total } no total
    }
finding-bots-once-action = Um bot guarda o que você enviou a ele, junto com seu nome, nome de usuário e idioma. Abra o bot › menu de três pontos › Bloquear (Parar e bloquear bot) e depois Apagar Conversa.

## Recurring payments: subscriptions and automatic deductions (WeChat Pay)
finding-recurring-payments-title = { $count ->
        [one] { $count } contraparte recebe pagamentos em intervalos regulares
       *[other] { $count } contrapartes recebem pagamentos em intervalos regulares
    }
# { $name } is who was paid, { $every } how often (finding-every-…), { $total } an amount
# of money ("¥60.00").
finding-recurring-payments-evidence = { $count ->
        [one] { $name }: { $count } pagamento { $every }, { $total } no total
       *[other] { $name }: { $count } pagamentos { $every }, { $total } no total
    }
finding-recurring-payments-action = Confira o que é debitado automaticamente: WeChat › Eu › Serviços › Carteira › Configurações de pagamento › Débitos automáticos (我 › 服务 › 钱包 › 支付设置 › 自动续费) e cancele o que você não quer mais.
# How often a payment recurs, placed after "4 payments".
finding-every-week = toda semana
finding-every-two-weeks = a cada 2 semanas
finding-every-month = todo mês
finding-every-three-months = a cada 3 meses
finding-every-year = todo ano
finding-every-days = a cada { $count } dias

## Top counterparties: whom you paid most
# { $percent } is a whole number; { $count } is 1, 2 or 3.
finding-top-counterparties-title = { $count ->
        [one] { $percent }% dos seus gastos foram para uma única contraparte
       *[other] { $percent }% dos seus gastos foram para { $count } contrapartes
    }
# { $name } is who was paid, { $amount } an amount of money ("¥70.00").
finding-top-counterparties-evidence = { $count ->
        [one] { $name }: { $amount } em { $count } pagamento
       *[other] { $name }: { $amount } em { $count } pagamentos
    }
finding-top-counterparties-action = O WeChat Pay guarda cada pagamento e a quem você pagou, e os extratos não podem ser apagados. Pagar essas contrapartes de outra forma mantém os próximos pagamentos fora desse registro.

## Night payments: payments made between midnight and 5 in the morning
# { $end } is a time of day ("05:00").
finding-night-payments-title = { $count ->
        [one] { $count } pagamento foi feito entre 00:00 e { $end }
       *[other] { $count } pagamentos foram feitos entre 00:00 e { $end }
    }
# { $night } of all { $count } payments, { $percent } a whole number.
finding-night-payments-share = { $count ->
        [one] { $night } de { $count } pagamento que você fez ({ $percent }%)
       *[other] { $night } dos { $count } pagamentos que você fez ({ $percent }%)
    }
finding-night-payments-latest = o mais recente em { $date }
finding-night-payments-action = Pagamentos de madrugada mostram ao WeChat quando você está acordado e onde está à noite. Não há nada para desativar; confira no extrato se há pagamentos que você não reconhece: Eu › Serviços › Carteira › Extratos (我 › 服务 › 钱包 › 账单).

## Missing: what the export did not include
# { $categories } is a list of category names ("Contacts, Identity"; see inventory-…).
finding-missing-title = A exportação do { $platform } não incluiu: { $categories }
# { $category } is one category name.
finding-missing-evidence = { $category }: nada nos arquivos carregados
