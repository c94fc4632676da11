## The window's frame: top bar, navigation, status line, dialogs, start page, About page.
## "Footprint" is the app's name: keep it as it is.

## Top bar

# Under the app's name at the top left, short.
app-tagline = o que seus aplicativos de mensagens sabem sobre você · offline
# Button (top bar and start page), keep short.
app-open-files = Abrir arquivos…
app-open-files-hint = Adicionar exportações: zip, json, html, txt, csv ou xlsx (Ctrl+O)
# Button (top bar and start page), keep short.
app-open-folder = Abrir pasta…
# "DataExport_…" is the name of Telegram's export folder: keep it.
app-open-folder-hint = Adicionar uma pasta de exportação (DataExport_…, um relatório do WhatsApp …)
# The theme button shows the current theme; a click switches to the next one.
app-theme-system = Tema: sistema
app-theme-system-hint = Segue o sistema; clique para o tema escuro
app-theme-dark = Tema: escuro
app-theme-dark-hint = Clique para o tema claro
app-theme-light = Tema: claro
app-theme-light-hint = Clique para seguir o sistema
# First entry of the language menu: follow the system's language. $language is that
# language's own name ("Deutsch", "简体中文").
app-language-system = Sistema ({ $language })
app-language-hint = O idioma da janela, das imagens salvas e do relatório
# Toggle button, keep short.
app-mask = Ocultar dados pessoais
app-mask-hint = Substituir nomes, números de telefone, nomes de usuário e endereços IP por pseudônimos na tela e nas imagens salvas
# Button, keep short.
app-clear = Limpar
app-clear-hint = Esquecer tudo o que foi carregado
# Button, keep short.
app-save-all = Salvar todos os gráficos…
app-save-all-hint = Gravar cada gráfico como PNG em uma pasta
# Button, keep short.
app-save-report = Salvar relatório…
app-save-report-hint = Um arquivo HTML com as descobertas, todos os gráficos e as principais tabelas (Ctrl+Shift+S)

## Navigation

# The last entry of the side navigation (a button about 170 points wide).
app-nav-about = Sobre e privacidade

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
status-writing = Salvando imagens…
# Shown when nothing else is to be said and exports are loaded.
status-loaded = { $count ->
        [one] { $count } fonte
       *[other] { $count } fontes
    } · solte mais exportações para adicioná-las · Ctrl+O abrir · Ctrl+S salvar o gráfico sob o cursor · Ctrl+Shift+S salvar o relatório
# Shown when nothing is loaded.
status-empty = Ctrl+O abrir arquivos · solte exportações em qualquer lugar da janela
# The job running while the bar fills up. $name is a file or folder name.
status-reading-one = Lendo { $name }
status-reading-many = { $count ->
        [one] Lendo { $count } arquivo
       *[other] Lendo { $count } arquivos
    }
status-removing = Removendo a fonte
status-reloading = Lendo a fonte de novo
# The analysis is made again (another time zone, another owner).
status-reanalysing = Recalculando
status-load-cancelled = O carregamento foi cancelado; nada dele foi mantido.
# "Overview › Problems": the Overview page and its Problems section; use the same words
# as the navigation and that section's title.
status-files-unreadable = { $count ->
        [one] Não foi possível ler { $count } arquivo: veja Visão geral › Problemas.
       *[other] Não foi possível ler { $count } arquivos: veja Visão geral › Problemas.
    }
status-files-unrecognised = { $count ->
        [one] { $count } arquivo não é uma exportação que o Footprint conheça: veja Visão geral › Problemas.
       *[other] { $count } arquivos não são exportações que o Footprint conheça: veja Visão geral › Problemas.
    }
# xdg-desktop-portal and zenity are programs: keep their names.
status-own-dialog = Este sistema não tem janela de seleção de arquivos (xdg-desktop-portal ou zenity): o Footprint mostra a sua própria.
# $error says why (a folder and a system error). "footprint PATH…" is a command: keep it.
status-no-dialog = Não é possível mostrar uma janela de seleção de arquivos ({ $error }). Solte os arquivos na janela ou informe-os na linha de comando: footprint PATH…
# $chart is the chart's internal id.
status-chart-gone = O gráfico { $chart } não está mais sendo exibido.
# $path is the file written.
status-saved = Salvo: { $path }
status-saved-all = { $count ->
        [one] { $count } gráfico salvo em { $folder }
       *[other] { $count } gráficos salvos em { $folder }
    }
status-saved-report = Relatório salvo em { $path }
# $path is an encrypted archive the user gave no password for.
status-skipped-password = { $path } foi ignorado (nenhuma senha informada).
status-nothing-saved = Nada foi salvo; os arquivos existentes foram mantidos.

## Drop overlay (while files are dragged over the window)

app-drop-overlay = Solte para adicionar estas exportações

## Password dialog

dialog-password-title = Este arquivo compactado está criptografado
# 微信支付 is WeChat Pay's Chinese name, as the message appears in WeChat: keep it.
dialog-password-explain = Digite a senha. A senha de um extrato do WeChat Pay chega em uma mensagem do WeChat Pay (微信支付).
dialog-password-label = Senha:
# Button: open the archive with the password typed.
dialog-password-open = Abrir
# Button: do not open this archive.
dialog-password-skip = Pular

## Replace dialog (saving over existing files). $count is how many files exist already.

dialog-replace-title = { $count ->
        [one] Substituir o arquivo existente?
       *[other] Substituir os arquivos existentes?
    }
# $path is the file that exists.
dialog-replace-file = { $path } já existe. Substituir?
# $folder is where the charts are saved.
dialog-replace-charts = { $count ->
        [one] { $count } imagem de gráfico já existe em { $folder }. Substituí-la?
       *[other] { $count } imagens de gráficos já existem em { $folder }. Substituí-las?
    }
# Button.
dialog-replace = Substituir
# Button.
dialog-keep = { $count ->
        [one] Manter o arquivo existente
       *[other] Manter os arquivos existentes
    }

## File dialogs (the system's, or Footprint's own where the system has none)

dialog-open-exports-title = Abrir exportações
# A file type filter of the system's open dialog.
dialog-filter-exports = Exportações (zip, json, html, txt, csv, xlsx)
dialog-filter-all = Todos os arquivos
dialog-open-folder-title = Abrir uma pasta de exportação
dialog-save-chart-title = Salvar imagem do gráfico
dialog-filter-png = Imagem PNG
dialog-filter-svg = Imagem SVG
dialog-save-all-title = Salvar todos os gráficos em uma pasta
dialog-save-report-title = Salvar relatório
dialog-filter-html = Página HTML
# Titles of Footprint's own dialog, which has no file type filter.
dialog-save-chart-title-types = Salvar imagem do gráfico (.png ou .svg)
dialog-save-report-title-type = Salvar relatório (.html)
# Buttons of Footprint's own dialog, keep short.
dialog-open-this-folder = Abrir esta pasta
dialog-save-here = Salvar aqui
dialog-file-open = Abrir
dialog-file-save = Salvar
dialog-file-cancel = Cancelar
dialog-file-new-folder = Nova pasta
# The name a new folder gets.
dialog-file-new-folder-name = Nova pasta
dialog-file-rename = Renomear
dialog-file-refresh = Atualizar
dialog-file-parent = Pasta acima
# Before the file name field.
dialog-file-label = Arquivo:
# Checkbox: list hidden files too.
dialog-file-show-hidden = Mostrar ocultos

## Start page

# Large title of the drop zone.
start-drop-title = Solte suas exportações aqui
start-drop-explain = Exportações de dados do Telegram, conversas e relatórios de conta do WhatsApp, extratos do WeChat Pay e arquivos de exportadores de conversas: arquivos, pastas ou zips.
# Button, about 25 characters at most.
start-sample = Ver a pegada de exemplo
start-sample-hint = Exportações inventadas do Telegram, WhatsApp e WeChat, incluídas no aplicativo
start-local = Tudo é lido neste computador. Nada é enviado a lugar nenhum.
start-recent = Arquivos recentes
start-howto = Como obter seus dados
# Steps to export from Telegram. Menu names (Settings › Advanced › Export Telegram data,
# "Active sessions", "Miscellaneous data", "Machine-readable JSON") are those of Telegram
# Desktop: use the names its translation into this language shows.
start-telegram-step-1 = Telegram Desktop › Configurações › Avançado › Exportar dados do Telegram (os aplicativos de celular não exportam).
start-telegram-step-2 = Marque “Sessões ativas” e “Dados diversos” (desmarcados por padrão) para ver seus dispositivos e endereços IP.
start-telegram-step-3 = Marque as conversas com bots, os grupos públicos e os canais (desmarcados por padrão) para ter a lista completa de conversas.
start-telegram-step-4 = Escolha “JSON legível por máquina” (HTML também funciona, com menos detalhes). Não é preciso incluir mídia.
# DataExport and result.json are names of Telegram's files: keep them.
start-telegram-step-5 = Solte aqui a pasta DataExport, o zip dela ou o result.json. A exportação de uma única conversa também funciona.
# Steps to export from WhatsApp; menu names as WhatsApp shows them in this language.
start-whatsapp-step-1 = Conversas: abra uma conversa › menu de três pontos › Mais (Android) ou o nome (iPhone) › Exportar conversa; sem mídia é suficiente.
start-whatsapp-step-2 = Relatório da conta: Configurações › Conta › Solicitar dados da conta; fica pronto em cerca de três dias.
start-whatsapp-step-3 = Solte aqui os arquivos .txt ou .zip e o zip do relatório, quantos quiser.
# WeChat's menus are in Chinese here (the bill can only be asked for in the Chinese
# interface): keep the Chinese menu path as it is.
start-wechat-step-1 = Extrato do WeChat Pay 微信支付账单: 我 › 服务 › 钱包 › 账单 › 常见问题 › 下载账单 › 用于个人对账 (Eu › Serviços › Carteira › Extratos › Perguntas frequentes › Baixar extrato › Para conferência pessoal).
start-wechat-step-2 = O extrato chega por e-mail, em um zip; a senha vem em uma mensagem do WeChat Pay. O Footprint pede essa senha.
# MemoTrace, WeFlow, PyWxDump and WechatExporter are programs: keep their names.
start-wechat-step-3 = Conversas: o WeChat não tem exportação própria; o Footprint lê os arquivos gerados pelo MemoTrace, WeFlow, PyWxDump ou WechatExporter.

## About & privacy page

about-tagline = Veja o que seus aplicativos de mensagens sabem sobre você.
# Section titles.
about-privacy = Privacidade
about-options = Opções
about-keyboard = Teclado
about-licences = Licenças
about-privacy-network = O Footprint não tem nenhum código de rede: nenhuma biblioteca de rede faz parte dele, ele nunca se conecta a lugar nenhum, não tem telemetria nem verificação de atualizações.
about-privacy-memory = Suas exportações são lidas neste computador e ficam na memória apenas enquanto a janela está aberta. Nada é gravado em lugar nenhum, exceto as imagens e os relatórios que você salvar e as preferências listadas abaixo.
about-privacy-remembered = Entre uma execução e outra, só são lembrados o tema, o idioma, o intervalo escolhido na Atividade e as opções desta página, nunca dados ou caminhos de arquivos (a menos que você ative os arquivos recentes abaixo).
# Checkbox.
about-remember-recent = Lembrar arquivos recentes (desativado por padrão)
# Keyboard and mouse actions (left column; Ctrl+O, Ctrl+S and Esc stay as they are).
about-key-drag-drop = Arrastar e soltar
about-key-wheel = Roda do mouse + Ctrl / arrastar
# What each action does (right column).
about-shortcut-open = abrir arquivos
about-shortcut-save = salvar o gráfico sob o cursor (ou o primeiro gráfico da página)
about-shortcut-escape = cancelar o carregamento, fechar uma janela de diálogo
about-shortcut-drop = adicionar arquivos, pastas ou zips
about-shortcut-zoom = ampliar e mover as linhas do tempo; clique duplo restaura
# Font names and licence names stay as they are.
about-licence-fonts = O Footprint é distribuído sob MIT OR Apache-2.0. Ele inclui subconjuntos das fontes Noto Sans SC, Noto Sans Arabic e Noto Sans Hebrew (SIL Open Font License 1.1) para que chinês, árabe e hebraico apareçam corretamente em qualquer sistema.
# $database names the IP address database and its date.
about-ip-database = O Footprint atribui um país a cada endereço IP sem consultar a internet, com { $database }: dados de registro de endereços IP da Number Resource Organization (nro.net), CC BY 4.0. O país é onde o endereço está registrado hoje, o que pode ser diferente de onde ele foi usado.

## Tables

table-empty = Nada a listar.
# Tooltip of a column header; $column is the column's name.
table-sort-by = Ordenar por { $column }
# The same, with more about the column ($hint).
table-sort-by-hint = Ordenar por { $column }: { $hint }
# Pager buttons, keep short.
table-previous = ‹ Anterior
table-next = Próxima ›
# Which rows of a long table are shown.
table-rows = Linhas { $first } – { $last } de { $total }

## Charts on screen

plot-no-data = Não há dados para este gráfico nas exportações carregadas.
# Beside the colour scale of the weekday × hour chart.
plot-heatmap-key = mensagens
# Hover label of a cell of the weekday × hour chart: $day is a weekday, $from and $to
# the hour's first and last minute as times of day ("3:00 PM", "15:59"), $count the
# number of messages.
plot-heatmap-hover =
    { $day } { $from }–{ $to }
    { $count ->
        [one] { $count } mensagem
       *[other] { $count } mensagens
    }
# Hover text of a country of the world map that holds none of your addresses.
plot-map-none = nenhum endereço

## Shared by the views

# Button of every chart, keep short.
view-save-image = Salvar imagem…
view-save-image-hint = Salvar como PNG (2x) ou SVG (Ctrl+S com o cursor sobre o gráfico)
# Tooltip of the ✖ button of a search box.
view-clear-search = Limpar a busca
