## The window's frame: top bar, navigation, status line, dialogs, start page, About page.
## "Footprint" is the app's name: keep it as it is.

## Top bar

# Under the app's name at the top left, short.
app-tagline = ما تعرفه عنك تطبيقات المراسلة · دون إنترنت
# Button (top bar and start page), keep short.
app-open-files = فتح ملفات…
app-open-files-hint = إضافة ملفات مُصدَّرة: zip أو json أو html أو txt أو csv أو xlsx ‏(Ctrl+O)
# Button (top bar and start page), keep short.
app-open-folder = فتح مجلد…
# "DataExport_…" is the name of Telegram's export folder: keep it.
app-open-folder-hint = إضافة مجلد تصدير (DataExport_…‎، أو تقرير WhatsApp …)
# The theme button shows the current theme; a click switches to the next one.
app-theme-system = المظهر: حسب النظام
app-theme-system-hint = يتبع النظام؛ انقر للمظهر الداكن
app-theme-dark = المظهر: داكن
app-theme-dark-hint = انقر للمظهر الفاتح
app-theme-light = المظهر: فاتح
app-theme-light-hint = انقر لاتباع النظام
# First entry of the language menu: follow the system's language. $language is that
# language's own name ("Deutsch", "简体中文").
app-language-system = لغة النظام ({ $language })
app-language-hint = لغة النافذة والصور المحفوظة والتقرير
# Toggle button, keep short.
app-mask = إخفاء التفاصيل الشخصية
app-mask-hint = استبدال الأسماء وأرقام الهواتف وأسماء المستخدمين وعناوين IP بأسماء مستعارة على الشاشة وفي الصور المحفوظة
# Button, keep short.
app-clear = مسح
app-clear-hint = نسيان كل ما حُمِّل
# Button, keep short.
app-save-all = حفظ الرسوم البيانية…
app-save-all-hint = حفظ كل رسم بياني صورةً بصيغة PNG في مجلد
# Button, keep short.
app-save-report = حفظ التقرير…
app-save-report-hint = ملف HTML واحد يضم الملاحظات وكل الرسوم البيانية وأهم الجداول ‏(Ctrl+Shift+S)

## Navigation

# The last entry of the side navigation (a button about 170 points wide).
app-nav-about = حول التطبيق والخصوصية

## Status line (bottom of the window)

# While an export is read. $file is a file name, $done and $total are sizes such as "12 MB".
status-progress = ‏{ $file }: { $done } من { $total }
# The same, when several inputs are read one after the other: the $input-th of $inputs.
status-progress-inputs = ‏{ $file } (المُدخَل { $input } من { $inputs }): { $done } من { $total }
# File sizes; $size is a number already written with this language's decimal sign.
status-size-gb = { $size } غيغابايت
status-size-mb = { $size } ميغابايت
status-size-kb = { $size } كيلوبايت
status-cancelling = جارٍ الإلغاء…
# Button.
status-cancel = إلغاء (Esc)
status-writing = جارٍ حفظ الصور…
# Shown when nothing else is to be said and exports are loaded.
status-loaded = { $count ->
        [zero] لا مصادر
        [one] مصدر واحد
        [two] مصدران
        [few] { $count } مصادر
        [many] { $count } مصدرًا
       *[other] { $count } مصدر
    } · أفلِت ملفات مُصدَّرة أخرى لإضافتها · الفتح: Ctrl+O · حفظ الرسم البياني الذي تحت المؤشر: Ctrl+S · حفظ التقرير: Ctrl+Shift+S
# Shown when nothing is loaded.
status-empty = فتح الملفات: Ctrl+O · أو أفلِت الملفات المُصدَّرة في أي مكان من النافذة
# The job running while the bar fills up. $name is a file or folder name.
status-reading-one = جارٍ قراءة { $name }
status-reading-many = { $count ->
        [one] جارٍ قراءة ملف واحد
        [two] جارٍ قراءة ملفين
        [few] جارٍ قراءة { $count } ملفات
        [many] جارٍ قراءة { $count } ملفًا
       *[other] جارٍ قراءة { $count } ملف
    }
status-removing = جارٍ إزالة المصدر
status-reloading = جارٍ قراءة المصدر مجددًا
# The analysis is made again (another time zone, another owner).
status-reanalysing = جارٍ إعادة الحساب
status-load-cancelled = أُلغي التحميل، ولم يُحتفَظ بشيء منه.
# "Overview › Problems": the Overview page and its Problems section; use the same words
# as the navigation and that section's title.
status-files-unreadable = { $count ->
        [one] تعذّرت قراءة ملف واحد: راجع نظرة عامة › المشكلات.
        [two] تعذّرت قراءة ملفين: راجع نظرة عامة › المشكلات.
        [few] تعذّرت قراءة { $count } ملفات: راجع نظرة عامة › المشكلات.
        [many] تعذّرت قراءة { $count } ملفًا: راجع نظرة عامة › المشكلات.
       *[other] تعذّرت قراءة { $count } ملف: راجع نظرة عامة › المشكلات.
    }
status-files-unrecognised = { $count ->
        [one] ملف واحد ليس تصديرًا يعرفه Footprint: راجع نظرة عامة › المشكلات.
        [two] ملفان ليسا تصديرًا يعرفه Footprint: راجع نظرة عامة › المشكلات.
        [few] { $count } ملفات ليست تصديرًا يعرفه Footprint: راجع نظرة عامة › المشكلات.
        [many] { $count } ملفًا ليست تصديرًا يعرفه Footprint: راجع نظرة عامة › المشكلات.
       *[other] { $count } ملف ليست تصديرًا يعرفه Footprint: راجع نظرة عامة › المشكلات.
    }
# xdg-desktop-portal and zenity are programs: keep their names.
status-own-dialog = لا يوفّر هذا النظام نافذة لاختيار الملفات (xdg-desktop-portal أو zenity)، لذا يعرض Footprint نافذته الخاصة.
# $error says why (a folder and a system error). "footprint PATH…" is a command: keep it.
status-no-dialog = تعذّر عرض نافذة اختيار الملفات ({ $error }). أفلِت الملفات على النافذة، أو مرِّرها في سطر الأوامر: footprint PATH…‎
# $chart is the chart's internal id.
status-chart-gone = لم يعد الرسم البياني { $chart } معروضًا.
# $path is the file written.
status-saved = حُفظ { $path }
status-saved-all = { $count ->
        [one] حُفظ رسم بياني واحد في { $folder }
        [two] حُفظ رسمان بيانيان في { $folder }
        [few] حُفظت { $count } رسوم بيانية في { $folder }
        [many] حُفظ { $count } رسمًا بيانيًا في { $folder }
       *[other] حُفظ { $count } رسم بياني في { $folder }
    }
status-saved-report = حُفظ التقرير في { $path }
# $path is an encrypted archive the user gave no password for.
status-skipped-password = تم تخطّي { $path } (لم تُدخَل كلمة مرور).
status-nothing-saved = لم يُحفَظ شيء، وبقيت الملفات الموجودة كما هي.

## Drop overlay (while files are dragged over the window)

app-drop-overlay = أفلِتها هنا لإضافة هذه الملفات المُصدَّرة

## Password dialog

dialog-password-title = هذا الأرشيف مشفَّر
# 微信支付 is WeChat Pay's Chinese name, as the message appears in WeChat: keep it.
dialog-password-explain = أدخِل كلمة مروره. تصلك كلمة مرور كشف حساب WeChat Pay في رسالة من WeChat Pay ‏(微信支付).
dialog-password-label = كلمة المرور:
# Button: open the archive with the password typed.
dialog-password-open = فتح
# Button: do not open this archive.
dialog-password-skip = تخطٍّ

## Replace dialog (saving over existing files). $count is how many files exist already.

dialog-replace-title = { $count ->
        [one] هل تريد استبدال الملف الموجود؟
        [two] هل تريد استبدال الملفين الموجودين؟
       *[other] هل تريد استبدال الملفات الموجودة؟
    }
# $path is the file that exists.
dialog-replace-file = الملف { $path } موجود مسبقًا. هل تريد استبداله؟
# $folder is where the charts are saved.
dialog-replace-charts = { $count ->
        [one] توجد صورة رسم بياني واحدة مسبقًا في { $folder }. هل تريد استبدالها؟
        [two] توجد صورتا رسمين بيانيين مسبقًا في { $folder }. هل تريد استبدالهما؟
        [few] توجد { $count } صور لرسوم بيانية مسبقًا في { $folder }. هل تريد استبدالها؟
        [many] توجد { $count } صورة لرسوم بيانية مسبقًا في { $folder }. هل تريد استبدالها؟
       *[other] توجد { $count } صورة لرسوم بيانية مسبقًا في { $folder }. هل تريد استبدالها؟
    }
# Button.
dialog-replace = استبدال
# Button.
dialog-keep = { $count ->
        [one] الإبقاء على الملف الموجود
        [two] الإبقاء على الملفين الموجودين
       *[other] الإبقاء على الملفات الموجودة
    }

## File dialogs (the system's, or Footprint's own where the system has none)

dialog-open-exports-title = فتح ملفات مُصدَّرة
# A file type filter of the system's open dialog.
dialog-filter-exports = ملفات مُصدَّرة (zip، json، html، txt، csv، xlsx)
dialog-filter-all = كل الملفات
dialog-open-folder-title = فتح مجلد تصدير
dialog-save-chart-title = حفظ صورة الرسم البياني
dialog-filter-png = صورة PNG
dialog-filter-svg = صورة SVG
dialog-save-all-title = حفظ كل الرسوم البيانية في مجلد
dialog-save-report-title = حفظ التقرير
dialog-filter-html = صفحة HTML
# Titles of Footprint's own dialog, which has no file type filter.
dialog-save-chart-title-types = حفظ صورة الرسم البياني (‎.png أو ‎.svg)
dialog-save-report-title-type = حفظ التقرير (‎.html)
# Buttons of Footprint's own dialog, keep short.
dialog-open-this-folder = فتح هذا المجلد
dialog-save-here = الحفظ هنا
dialog-file-open = فتح
dialog-file-save = حفظ
dialog-file-cancel = إلغاء
dialog-file-new-folder = مجلد جديد
# The name a new folder gets.
dialog-file-new-folder-name = مجلد جديد
dialog-file-rename = إعادة تسمية
dialog-file-refresh = تحديث
dialog-file-parent = المجلد الأعلى
# Before the file name field.
dialog-file-label = الملف:
# Checkbox: list hidden files too.
dialog-file-show-hidden = إظهار الملفات المخفية

## Start page

# Large title of the drop zone.
start-drop-title = اسحب ملفاتك المُصدَّرة وأفلِتها هنا
start-drop-explain = بيانات Telegram المُصدَّرة، ومحادثات WhatsApp وتقارير الحساب فيه، وكشوف حساب WeChat Pay، وملفات أدوات تصدير المحادثات: ملفات أو مجلدات أو أرشيفات zip.
# Button, about 25 characters at most.
start-sample = جرّب بصمة رقمية تجريبية
start-sample-hint = ملفات تصدير وهمية من Telegram وWhatsApp وWeChat مضمَّنة في التطبيق
start-local = يُقرأ كل شيء على هذا الحاسوب، ولا يُرسَل أي شيء إلى أي مكان.
start-recent = الملفات الأخيرة
start-howto = كيف تحصل على بياناتك
# Steps to export from Telegram. Menu names (Settings › Advanced › Export Telegram data,
# "Active sessions", "Miscellaneous data", "Machine-readable JSON") are those of Telegram
# Desktop: use the names its translation into this language shows.
start-telegram-step-1 = في Telegram Desktop: الإعدادات › متقدم › تصدير بيانات تيليجرام (لا تتيح تطبيقات الهاتف التصدير).
start-telegram-step-2 = حدِّد «الجلسات النشطة» و«بيانات متنوعة» (وهما غير محدَّدين افتراضيًا) لترى أجهزتك وعناوين IP الخاصة بك.
start-telegram-step-3 = حدِّد محادثات البوتات والمجموعات العامة والقنوات (وهي غير محدَّدة افتراضيًا) لتحصل على قائمة كاملة بمحادثاتك.
start-telegram-step-4 = اختر «JSON قابل للقراءة آليًا» (ويصلح HTML أيضًا، لكن بتفاصيل أقل). ولا حاجة إلى الوسائط.
# DataExport and result.json are names of Telegram's files: keep them.
start-telegram-step-5 = أفلِت هنا مجلد DataExport أو أرشيف zip الخاص به أو ملف result.json. ويصلح أيضًا تصدير محادثة واحدة.
# Steps to export from WhatsApp; menu names as WhatsApp shows them in this language.
start-whatsapp-step-1 = المحادثات: افتح محادثة › قائمة النقاط الثلاث › المزيد (أندرويد) أو الاسم أعلى المحادثة (آيفون) › تصدير الدردشة؛ ويكفي اختيار «بدون وسائط».
start-whatsapp-step-2 = تقرير الحساب: الإعدادات › الحساب › طلب معلومات الحساب؛ ويصبح جاهزًا بعد نحو ثلاثة أيام.
start-whatsapp-step-3 = أفلِت هنا ملفات ‎.txt أو ‎.zip وأرشيف zip الخاص بالتقرير، مهما كان عددها.
# WeChat's menus are in Chinese here (the bill can only be asked for in the Chinese
# interface): keep the Chinese menu path as it is.
start-wechat-step-1 = كشف حساب WeChat Pay ‏(微信支付账单): 我 › 服务 › 钱包 › 账单 › 常见问题 › 下载账单 › 用于个人对账 ‏(أنا › الخدمات › المحفظة › كشوف الحساب › الأسئلة الشائعة › تنزيل كشف الحساب › لمطابقة الحسابات الشخصية).
start-wechat-step-2 = يصلك كشف الحساب أرشيفَ zip عبر البريد الإلكتروني، وتأتي كلمة مروره في رسالة من WeChat Pay، وسيطلبها منك Footprint.
# MemoTrace, WeFlow, PyWxDump and WechatExporter are programs: keep their names.
start-wechat-step-3 = المحادثات: لا يتيح WeChat تصديرها بنفسه، لكن Footprint يقرأ الملفات التي تنتجها أدوات MemoTrace أو WeFlow أو PyWxDump أو WechatExporter.

## About & privacy page

about-tagline = اطّلع على ما تعرفه عنك تطبيقات المراسلة.
# Section titles.
about-privacy = الخصوصية
about-options = الخيارات
about-keyboard = لوحة المفاتيح
about-licences = التراخيص
about-privacy-network = لا يحتوي Footprint على أي شيفرة للاتصال بالشبكة: لا يضم أي مكتبة شبكات، ولا يتصل بأي مكان أبدًا، ولا يجمع بيانات عن الاستخدام، ولا يبحث عن تحديثات.
about-privacy-memory = تُقرأ ملفاتك المُصدَّرة على هذا الحاسوب، ولا تبقى في الذاكرة إلا ما دامت النافذة مفتوحة. ولا يُكتب شيء في أي مكان سوى الصور والتقارير التي تحفظها والخيارات المذكورة أدناه.
about-privacy-remembered = لا يُحفَظ بين مرة تشغيل وأخرى إلا المظهر واللغة والفترة المختارة في صفحة النشاط وخيارات هذه الصفحة، ولا تُحفَظ أبدًا أي بيانات أو مسارات ملفات (إلا إذا فعّلت تذكُّر الملفات الأخيرة أدناه).
# Checkbox.
about-remember-recent = تذكُّر الملفات الأخيرة (غير مفعَّل افتراضيًا)
# Keyboard and mouse actions (left column; Ctrl+O, Ctrl+S and Esc stay as they are).
about-key-drag-drop = السحب والإفلات
about-key-wheel = عجلة الفأرة مع Ctrl / السحب
# What each action does (right column).
about-shortcut-open = فتح ملفات
about-shortcut-save = حفظ الرسم البياني الذي تحت المؤشر (أو أول رسم بياني في الصفحة)
about-shortcut-escape = إلغاء التحميل، وإغلاق نافذة الحوار
about-shortcut-drop = إضافة ملفات أو مجلدات أو أرشيفات zip
about-shortcut-zoom = تكبير المخططات الزمنية وتحريكها؛ والنقر المزدوج يعيدها كما كانت
# Font names and licence names stay as they are.
about-licence-fonts = ترخيص Footprint هو MIT OR Apache-2.0. ويضم أجزاءً من خطوط Noto Sans SC وNoto Sans Arabic وNoto Sans Hebrew ‏(SIL Open Font License 1.1) لتظهر الصينية والعربية والعبرية على أي نظام.
# $database names the IP address database and its date.
about-ip-database = تُنسَب عناوين IP إلى الدول دون اتصال بالإنترنت باستخدام { $database }: بيانات تسجيل عناوين IP من Number Resource Organization ‏(nro.net)، بترخيص CC BY 4.0. والدولة هي حيث يُسجَّل العنوان اليوم، وقد تختلف عن مكان استخدامه.

## Tables

table-empty = لا شيء لعرضه.
# Tooltip of a column header; $column is the column's name.
table-sort-by = الترتيب حسب { $column }
# The same, with more about the column ($hint).
table-sort-by-hint = الترتيب حسب { $column }: { $hint }
# Pager buttons, keep short.
table-previous = ‹ السابق
table-next = التالي ›
# Which rows of a long table are shown.
table-rows = الصفوف { $first } – { $last } من { $total }

## Charts on screen

plot-no-data = لا توجد بيانات لهذا الرسم البياني في الملفات المُصدَّرة المحمَّلة.
# Beside the colour scale of the weekday × hour chart.
plot-heatmap-key = الرسائل
# Hover label of a cell of the weekday × hour chart: $day is a weekday, $from and $to
# the hour's first and last minute as times of day ("3:00 PM", "15:59"), $count the
# number of messages.
plot-heatmap-hover =
    { $day } { $from }–{ $to }
    { $count ->
        [zero] لا رسائل
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $count } رسائل
        [many] { $count } رسالة
       *[other] { $count } رسالة
    }
# Hover text of a country of the world map that holds none of your addresses.
plot-map-none = لا عناوين

## Shared by the views

# Button of every chart, keep short.
view-save-image = حفظ الصورة…
view-save-image-hint = الحفظ بصيغة PNG (بدقة مضاعفة) أو SVG (أو Ctrl+S والمؤشر فوق الرسم البياني)
# Tooltip of the ✖ button of a search box.
view-clear-search = مسح البحث
