### Texts the analysis writes: what each platform holds (the Overview's inventory), how
### overlapping exports were merged, who "you" are in each export, what changed between
### two exports of one account, masked names, kinds of conversations and of IP addresses.
### They appear in the window, in saved chart images and in the HTML report.
### { $platform } is always a platform name: Telegram, WhatsApp or WeChat (not translated).

## Durations, placed inside sentences ("unused for 2 years", "2 years ago")
span-days = { $count ->
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
span-months = { $count ->
        [one] شهر واحد
        [two] شهران
        [few] { $count } أشهر
        [many] { $count } شهرًا
       *[other] { $count } شهر
    }
span-years = { $count ->
        [one] سنة واحدة
        [two] سنتان
        [few] { $count } سنوات
        [many] { $count } سنة
       *[other] { $count } سنة
    }
# An amount in yuan (Chinese currency): $amount is the number with its separators
# (31,622.34); the symbol goes where the language puts it.
yuan-amount = { $amount } ¥

## Activity settings (the Activity view's controls and chart axes)
# The clock of the activity charts: the time as the export writes it, no conversion.
time-basis-as-exported = كما كُتب في التصدير
# Bucket sizes of the activity timeline (radio buttons and the chart's axis): keep short.
bucket-day = يوم
bucket-week = أسبوع
bucket-month = شهر
bucket-year = سنة

## Inventory: the categories of data each platform holds (Overview and report)
# Category names: the first column of the table, keep short.
inventory-identity = الهوية
inventory-contacts = جهات الاتصال
inventory-sessions = الجلسات والأجهزة
inventory-ip-addresses = عناوين IP والأماكن
inventory-conversations = المحادثات
inventory-messages = الرسائل
inventory-payments = الدفعات
# Why each category matters, one sentence (shown when hovering its sensitivity).
inventory-identity-why = من أنت: الحقول التي تربط الحساب بك.
inventory-contacts-why = دفتر عناوينك: أشخاص لم يوافقوا قط على رفع بياناتهم.
inventory-sessions-why = الهواتف والحواسيب التي تستخدمها، ومنذ متى.
inventory-ip-addresses-why = أين كنت حين اتصلت.
inventory-conversations-why = مع من تتحدث، وأي المجموعات والقنوات انضممت إليها أو غادرتها.
inventory-messages-why = متى تكون مستيقظًا أو مشغولًا ومع من: نشاطك على مر السنين.
inventory-payments-why = ماذا تشتري، وممن، ومتى.
# How sensitive a category is, shown as a coloured label: keep short.
inventory-sensitivity-low = منخفضة
inventory-sensitivity-medium = متوسطة
inventory-sensitivity-high = عالية
# What a category's count is made of.
inventory-contacts-detail = { $count ->
        [zero] لا إدخالات في دفتر العناوين
        [one] إدخال واحد في دفتر العناوين
        [two] إدخالان في دفتر العناوين
        [few] { $count } إدخالات في دفتر العناوين
        [many] { $count } إدخالًا في دفتر العناوين
       *[other] { $count } إدخال في دفتر العناوين
    }
# Telegram: { $frequent } of the contacts are rated as frequent. Keep the " · ".
inventory-contacts-detail-frequent = { $count ->
        [zero] لا إدخالات في دفتر العناوين
        [one] إدخال واحد في دفتر العناوين
        [two] إدخالان في دفتر العناوين
        [few] { $count } إدخالات في دفتر العناوين
        [many] { $count } إدخالًا في دفتر العناوين
       *[other] { $count } إدخال في دفتر العناوين
    } · بين جهات الاتصال المتكررة: { $frequent }
# { $app } app sessions, { $web } web sessions (websites logged in), { $devices } models
# of phones and computers. Keep the " · ".
inventory-sessions-detail = التطبيق: { $app }، الويب: { $web } · { $devices ->
        [zero] لا طرازات أجهزة
        [one] طراز جهاز واحد
        [two] طرازا جهاز
        [few] { $devices } طرازات أجهزة
        [many] { $devices } طراز جهاز
       *[other] { $devices } طراز جهاز
    }
# Followed by " · " and a list of countries when the export names any.
inventory-ip-addresses-detail = { $count ->
        [zero] لا عناوين
        [one] عنوان واحد
        [two] عنوانان
        [few] { $count } عناوين
        [many] { $count } عنوانًا
       *[other] { $count } عنوان
    }
# { $conversations } is a count of one kind ("3 groups", see kind-…-count), { $left } how
# many of them were left.
inventory-kind-left = { $conversations } (غادرتَ منها: { $left })
# Messages written by people, service events (joined, left, pinned …), distinct writers.
inventory-messages-detail = { $messages ->
        [zero] لا رسائل
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $messages } رسائل
        [many] { $messages } رسالة
       *[other] { $messages } رسالة
    }، و{ $events ->
        [zero] لا أحداث خدمة
        [one] حدث خدمة واحد
        [two] حدثا خدمة
        [few] { $events } أحداث خدمة
        [many] { $events } حدث خدمة
       *[other] { $events } حدث خدمة
    }، و{ $senders ->
        [zero] لا مُرسِلين
        [one] مُرسِل واحد
        [two] مُرسِلان
        [few] { $senders } مُرسِلين
        [many] { $senders } مُرسِلًا
       *[other] { $senders } مُرسِل
    }
# { $spent } and { $received } are amounts of money ("¥31,622.34").
inventory-payments-detail = مُنفَق: { $spent }، مُستلَم: { $received }
# How to get a category the export lacks, shown after "Not in this export."
# Menu paths name the platform's own menus and options (in quotes): use the names the
# platform shows in your language where you know them.
inventory-hint-whatsapp-report-lists-none = تقرير الحساب المحمَّل لا يُدرج أيًّا منها.
inventory-hint-telegram-sessions = أعِد التصدير مع تحديد «الجلسات النشطة» و«بيانات متنوعة» (وكلاهما غير محدَّد افتراضيًا).
inventory-hint-telegram-contacts = أعِد التصدير مع تحديد «قائمة جهات الاتصال».
inventory-hint-telegram-identity = أعِد التصدير مع تحديد «معلومات الحساب».
inventory-hint-telegram-chats = حدِّد أنواع المحادثات التي تريدها (محادثات البوتات والمجموعات العامة والقنوات غير محدَّدة افتراضيًا).
inventory-hint-whatsapp-report = اطلب تقرير الحساب: الإعدادات › الحساب › طلب معلومات الحساب (يصبح جاهزًا بعد نحو 3 أيام).
inventory-hint-whatsapp-chats = افتح محادثة › قائمة النقاط الثلاث › المزيد › تصدير الدردشة (محادثة واحدة في كل مرة).
# The Chinese menu path is WeChat's own: keep it as it is.
inventory-hint-wechat-payments = اطلب كشف الحساب من: 我 › 服务 › 钱包 › 账单 › 常见问题 › 下载账单 › 用于个人对账 ‏(تصل كلمة مرور أرشيف zip في رسالة من WeChat Pay).
# MemoTrace and WeFlow are names of programs.
inventory-hint-wechat-chats = لا يتيح WeChat تصديرًا رسميًا للمحادثات، لكن أدوات مثل MemoTrace أو WeFlow تنتج ملفات يقرؤها Footprint.

## Kinds of conversations
# A count of conversations of one kind ("3 groups"), in lists such as
# "12 private chats, 3 groups (1 left)".
kind-personal-count = { $count ->
        [zero] لا محادثات خاصة
        [one] محادثة خاصة واحدة
        [two] محادثتان خاصتان
        [few] { $count } محادثات خاصة
        [many] { $count } محادثة خاصة
       *[other] { $count } محادثة خاصة
    }
kind-group-count = { $count ->
        [zero] لا مجموعات
        [one] مجموعة واحدة
        [two] مجموعتان
        [few] { $count } مجموعات
        [many] { $count } مجموعة
       *[other] { $count } مجموعة
    }
kind-channel-count = { $count ->
        [zero] لا قنوات
        [one] قناة واحدة
        [two] قناتان
        [few] { $count } قنوات
        [many] { $count } قناة
       *[other] { $count } قناة
    }
kind-bot-count = { $count ->
        [zero] لا بوتات
        [one] بوت واحد
        [two] بوتان
        [few] { $count } بوتات
        [many] { $count } بوتًا
       *[other] { $count } بوت
    }
# Telegram's "Saved Messages", the chat with yourself.
kind-saved-count = { $count ->
        [zero] لا محادثات «الرسائل المحفوظة»
        [one] محادثة «الرسائل المحفوظة»
        [two] محادثتا «الرسائل المحفوظة»
        [few] { $count } محادثات «الرسائل المحفوظة»
        [many] { $count } محادثة «الرسائل المحفوظة»
       *[other] { $count } محادثة «الرسائل المحفوظة»
    }
# Conversations of no other kind.
kind-other-count = أخرى: { $count }
# The kind of one conversation, as the Conversations table and the report name it.
kind-label-private-chat = محادثة خاصة
kind-label-group = مجموعة
kind-label-private-group = مجموعة خاصة
kind-label-public-group = مجموعة عامة
kind-label-channel = قناة
kind-label-private-channel = قناة خاصة
kind-label-public-channel = قناة عامة
kind-label-bot = بوت
kind-label-saved = الرسائل المحفوظة
# WeChat's kinds of conversation, with WeChat's own Chinese word (kept in brackets
# where the language is not Chinese).
kind-label-wechat-group = مجموعة (群聊)
kind-label-wechat-official = حساب رسمي (公众号)
kind-label-wechat-wecom = جهة اتصال WeCom (企业微信)
kind-label-wechat-system = حساب نظام (微信)
kind-label-wechat-private = محادثة خاصة (私聊)
# A conversation the export gives no type.
kind-label-other-not-given = أخرى (النوع غير مذكور)
# { $kind } is the type as the export writes it ("replies").
kind-label-other = أخرى: { $kind }

## Sessions, IP addresses and payments: words inside tables and charts
# A session that names neither its device, its app nor a website.
topics-unknown-device = جهاز غير معروف
# A device, system, app, counterparty or payment method the export leaves empty (a bar of
# a chart, a row of a table).
topics-not-given = (غير مذكور)
# Where an IP address was seen, in lists such as "session, login notice".
topics-origin-session = جلسة
topics-origin-web-session = جلسة ويب
topics-origin-ip-history = سجل عناوين IP
topics-origin-account-change = تغيير في الحساب
# Telegram's login notifications ("New login from …").
topics-origin-login-notice = إشعار تسجيل دخول

## Where an IP address is registered, when it is no country's
ip-place-unknown = غير موجود في قاعدة البيانات
ip-place-private-network = شبكة خاصة
ip-place-loopback = عنوان الاسترجاع (loopback)
ip-place-shared-carrier = شبكة مشتركة لدى مزوِّد الخدمة (CGNAT)
ip-place-link-local = محلي الرابط (link-local)
ip-place-documentation = مثال للتوثيق
ip-place-benchmarking = لاختبار الأداء
ip-place-protocol-assignment = مخصَّص للبروتوكولات
ip-place-this-network = هذه الشبكة
ip-place-multicast = بث متعدد (multicast)
ip-place-reserved = محجوز
ip-place-unspecified = غير محدَّد
ip-place-translation = ترجمة IPv4

## Merged exports: a note under a platform's inventory when several exports overlap
# Items found in more than one export, counted once. Listed in overlap-merged-….
overlap-repeated-messages = { $count ->
        [one] رسالة مكررة واحدة
        [two] رسالتان مكررتان
        [few] { $count } رسائل مكررة
        [many] { $count } رسالة مكررة
       *[other] { $count } رسالة مكررة
    }
overlap-repeated-payments = { $count ->
        [one] دفعة مكررة واحدة
        [two] دفعتان مكررتان
        [few] { $count } دفعات مكررة
        [many] { $count } دفعة مكررة
       *[other] { $count } دفعة مكررة
    }
overlap-repeated-contacts = { $count ->
        [one] جهة اتصال مكررة واحدة
        [two] جهتا اتصال مكررتان
        [few] { $count } جهات اتصال مكررة
        [many] { $count } جهة اتصال مكررة
       *[other] { $count } جهة اتصال مكررة
    }
overlap-repeated-sessions = { $count ->
        [one] جلسة مكررة واحدة
        [two] جلستان مكررتان
        [few] { $count } جلسات مكررة
        [many] { $count } جلسة مكررة
       *[other] { $count } جلسة مكررة
    }
overlap-repeated-other = { $count ->
        [one] سجل مكرر واحد لعنوان IP أو تسجيل دخول
        [two] سجلان مكرران لعناوين IP وتسجيلات دخول
        [few] { $count } سجلات مكررة لعناوين IP وتسجيلات دخول
        [many] { $count } سجلًا مكررًا لعناوين IP وتسجيلات دخول
       *[other] { $count } سجل مكرر لعناوين IP وتسجيلات دخول
    }
# The last item of a list: { $head } is the items before it, joined with ", ".
overlap-list-and = { $head } و{ $last }
# { $list } lists the repeated items (overlap-repeated-…); { $total } is their sum.
overlap-merged-dropped = { $total ->
        [one] دُمجت المصادر المتداخلة، واستُبعد المكرَّر منها: { $list }.
       *[other] دُمجت المصادر المتداخلة، واستُبعد المكرَّر منها: { $list }.
    }
# { $conversations } conversations were found in several exports and count once.
overlap-merged-conversations = { $conversations ->
        [one] دُمجت المصادر المتداخلة: محادثة واحدة معروفة من أكثر من تصدير تُحسب مرة واحدة.
        [two] دُمجت المصادر المتداخلة: محادثتان معروفتان من أكثر من تصدير تُحسب كلٌّ منهما مرة واحدة.
        [few] دُمجت المصادر المتداخلة: { $conversations } محادثات معروفة من أكثر من تصدير تُحسب كلٌّ منها مرة واحدة.
        [many] دُمجت المصادر المتداخلة: { $conversations } محادثة معروفة من أكثر من تصدير تُحسب كلٌّ منها مرة واحدة.
       *[other] دُمجت المصادر المتداخلة: { $conversations } محادثة معروفة من أكثر من تصدير تُحسب كلٌّ منها مرة واحدة.
    }
# Both of the above in one sentence.
overlap-merged-both = دُمجت المصادر المتداخلة: { $conversations ->
        [one] محادثة واحدة معروفة من أكثر من تصدير تُحسب مرة واحدة
        [two] محادثتان معروفتان من أكثر من تصدير تُحسب كلٌّ منهما مرة واحدة
        [few] { $conversations } محادثات معروفة من أكثر من تصدير تُحسب كلٌّ منها مرة واحدة
        [many] { $conversations } محادثة معروفة من أكثر من تصدير تُحسب كلٌّ منها مرة واحدة
       *[other] { $conversations } محادثة معروفة من أكثر من تصدير تُحسب كلٌّ منها مرة واحدة
    }؛ { $total ->
        [one] واستُبعد المكرَّر: { $list }.
       *[other] واستُبعد المكرَّر: { $list }.
    }
# Not normally shown (something was merged, but none of the above).
overlap-merged = دُمجت المصادر المتداخلة.

## Who you are in an export: how it was decided (shown after "You are NAME", lower case,
## no final full stop)
owner-how-named-by-export = كما يذكر التصدير
# Where the export names you: $place is its own term (a section, field or folder, not
# translated), $exporter the tool that wrote a WeChat export (MemoTrace, WeFlow …).
owner-how-named-by-section = مذكور في { $place } داخل التصدير
owner-how-named-by-exporter = مذكور في { $place } لدى { $exporter }
# A WeChat exporter marks the messages you sent.
owner-how-sent-by-me = علامة «أرسلتُها أنا» التي تضعها أداة التصدير
owner-how-identity-name = الاسم الوارد في المعلومات الشخصية ضمن التصدير
owner-how-account-information = كما تذكر معلومات الحساب في التصدير
owner-how-no-messages = لا رسائل هنا
owner-how-no-evidence = لا شيء في هذا التصدير يبيّن أيّ المُرسِلين أنت
owner-how-chosen = باختيارك
owner-how-chosen-none = باختيارك: لا تكتب شيئًا هنا، فكل الرسائل مستلَمة
# { $name } is the name the user chose.
owner-how-chosen-absent = باختيارك؛ لا يكتب { $name } شيئًا هنا، فكل الرسائل مستلَمة
# { $count } chats of { $platform } are loaded, and one person writes in all of them.
owner-how-only-common-writer = الشخص الوحيد الذي يكتب في كل محادثات { $platform } المحمَّلة، وعددها { $count }
owner-how-name-in-other-export = اسمك في تصدير آخر من هذه المنصة
# { $name } is the other person of a one-to-one chat.
owner-how-chat-named-after = المحادثة تحمل اسم { $name }، فأنت الطرف الثاني فيها
# WhatsApp's "Messages and calls are end-to-end encrypted" line.
owner-how-notice-under = إشعار التشفير مكتوب باسم { $name }، فأنت الشخص الآخر
owner-how-account-number = رقم الهاتف في تقرير الحساب
# Added after the above, following "; ". Lines such as "You created group".
owner-how-second-person = { $count ->
        [one] وسطر نظام واحد بصيغة المخاطَب (ما فعلتَه «أنت») يدل على أنك في هذه المحادثة
        [two] وسطرا نظام بصيغة المخاطَب (ما فعلتَه «أنت») يدلان على أنك في هذه المحادثة
        [few] و{ $count } أسطر نظام بصيغة المخاطَب (ما فعلتَه «أنت») تدل على أنك في هذه المحادثة
        [many] و{ $count } سطرًا من أسطر النظام بصيغة المخاطَب (ما فعلتَه «أنت») تدل على أنك في هذه المحادثة
       *[other] و{ $count } سطر نظام بصيغة المخاطَب (ما فعلتَه «أنت») تدل على أنك في هذه المحادثة
    }

## Two exports of one account: what changed (the Compare view, the report)
# What ties the two exports. { $id } is a Telegram user id (a number, shown as is).
diff-account-user-id = معرّف المستخدم { $id }
diff-account-overlapping-bills = كشوف حساب WeChat Pay متداخلة
# Why two exports cannot be compared. { $old } and { $new } are lists of platforms.
diff-no-common-platform = التصدير السابق من { $old } واللاحق من { $new }: لا منصة مشتركة بينهما
# { $old } and { $new } name the accounts ("user id 42", a phone number).
diff-different-accounts = يبدو أنهما حسابان مختلفان على { $platform }‏ ({ $old } و{ $new })
# Section names: the first column of the summary, keep short.
diff-section-sessions = الجلسات والأجهزة
diff-section-ips = عناوين IP
diff-section-contacts = جهات الاتصال
diff-section-conversations = المحادثات
diff-section-messages = الرسائل
diff-section-payments = الدفعات
# { $new } sessions new in the later export, { $ended } gone from it; { $devices } device
# models new, { $gone } no longer listed.
diff-sessions-line = { $new ->
        [zero] لا جلسات جديدة
        [one] جلسة جديدة واحدة
        [two] جلستان جديدتان
        [few] { $new } جلسات جديدة
        [many] { $new } جلسة جديدة
       *[other] { $new } جلسة جديدة
    }، والمنتهية: { $ended }؛ { $devices ->
        [zero] لا طرازات أجهزة جديدة
        [one] طراز جهاز جديد واحد
        [two] طرازا جهاز جديدان
        [few] { $devices } طرازات أجهزة جديدة
        [many] { $devices } طراز جهاز جديد
       *[other] { $devices } طراز جهاز جديد
    }، والطرازات التي لم تعد مُدرَجة: { $gone }
# { $new } new IP addresses; { $countries } countries they are registered in that no
# earlier address was; { $named } countries the later export itself names that the
# earlier did not.
diff-ips-line = { $new ->
        [zero] لا عناوين جديدة
        [one] عنوان جديد واحد
        [two] عنوانان جديدان
        [few] { $new } عناوين جديدة
        [many] { $new } عنوانًا جديدًا
       *[other] { $new } عنوان جديد
    }؛ { $countries ->
        [zero] لا دول تسجيل جديدة
        [one] دولة تسجيل جديدة واحدة
        [two] دولتا تسجيل جديدتان
        [few] { $countries } دول تسجيل جديدة
        [many] { $countries } دولة تسجيل جديدة
       *[other] { $countries } دولة تسجيل جديدة
    }، والدول الجديدة التي يذكرها التصدير اللاحق: { $named }
diff-contacts-line = مضافة: { $added }، محذوفة: { $removed }
diff-conversations-line = انضمام: { $joined }، مغادرة: { $left }
diff-messages-line = { $messages ->
        [zero] لا رسائل
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $messages } رسائل
        [many] { $messages } رسالة
       *[other] { $messages } رسالة
    } منذ التصدير السابق، في { $conversations ->
        [zero] لا محادثات
        [one] محادثة واحدة
        [two] محادثتين
        [few] { $conversations } محادثات
        [many] { $conversations } محادثة
       *[other] { $conversations } محادثة
    }
diff-payments-line = { $count ->
        [zero] لا دفعات جديدة
        [one] دفعة جديدة واحدة
        [two] دفعتان جديدتان
        [few] { $count } دفعات جديدة
        [many] { $count } دفعة جديدة
       *[other] { $count } دفعة جديدة
    }

## Masked names: pseudonyms shown instead of personal details when masking is on
# { $number } is a number, or "?" for something never seen before.
mask-contact = جهة اتصال { $number }
mask-group = مجموعة { $number }
mask-channel = قناة { $number }
mask-bot = بوت { $number }
# Someone paid or paying (WeChat Pay).
mask-counterparty = طرف { $number }
# Free text the user wrote (a bio, an about text), hidden.
mask-hidden = (مخفي)

## Warnings: what went wrong in a source, shown with how many times ("3 × …")
warning-repaired-json = تم إصلاح JSON غير صالح
warning-invalid-utf8 = تم استبدال UTF-8 غير صالح
warning-duplicate-key = مفتاح مكرر، أُبقيت القيمة الأخيرة
warning-skipped-record = تم تخطي سجل غير مقروء
warning-missing-date = تم تخطي سجل بلا تاريخ
warning-unsupported-message = رسالة وسمها برنامج التصدير بأنها غير مدعومة
warning-truncated = ينتهي الملف مبكرًا؛ أُبقي ما قبله
warning-standard-time-offset = فرق التوقيت عن UTC هو التوقيت القياسي، حتى في التوقيت الصيفي
warning-text-before-first-message = تم تخطي نص قبل الرسالة الأولى
warning-other-header-format = سطر بصيغة تاريخ أخرى، أُبقي نصًّا للرسالة السابقة
warning-realigned-row = صف فيه فاصلة غير مقتبسة داخل خلية نصية، أُعيدت محاذاته
warning-missing-page = صفحة يشير إليها التصدير مفقودة
# Where a warning's example is in the file and what it quotes ($detail: the file's own text).
warning-sample-record = السجل { $record } (البايت { $byte }): { $detail }
warning-sample-byte = البايت { $byte }: { $detail }
