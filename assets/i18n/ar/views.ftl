# Footprint: the pages of the window (Overview, People, Contacts, Sessions & devices,
# Conversations, Activity, Payments, Findings, Compare).
# Platform names (Telegram, WhatsApp, WeChat) are never translated; they arrive as
# { $platform }. Numbers given as { $count } and similar arrive already written with
# the language's digit grouping. "·" separates parts of a line; keep it.

## Overview: what each platform holds

overview-intro = ما يحتويه تصدير كل منصة عنك، ومدى حساسيته، وما ينقصه.
# Section title; { $platform } is Telegram, WhatsApp or WeChat.
overview-platform-holds = ما لدى { $platform } من بياناتك
# In the count column of a category the export does not contain.
overview-category-none = لا شيء
# Tooltip of a category's sensitivity marker. { $level } is High, Medium or Low;
# { $why } is a sentence explaining why.
overview-sensitivity-hover = الحساسية: { $level }. { $why }
# A category the export lacks; { $hint } is a sentence saying how to get it.
overview-missing-with-hint = غير موجود في هذا التصدير. { $hint }
overview-missing = غير موجود في هذا التصدير.
# Two exports of one account are loaded; { $old } and { $new } are the dates of the
# latest item in each (or overview-unknown-date).
overview-two-exports = حُمِّل تصديران لهذا الحساب (أحدث عنصر في الأول بتاريخ { $old }، وفي الثاني بتاريخ { $new }): كل رسالة وجهة اتصال وجلسة وعنوان ودفعة مشتركة بينهما تُحسب مرة واحدة، وتُظهر الجلسة أحدث نشاط رآه أيٌّ منهما.
# Stands in for a date in overview-two-exports.
overview-unknown-date = غير معروف
# Link to the Compare page.
overview-what-changed = ما الذي تغيّر

## Overview: "Known to several companies"

overview-known-title = معروفون لدى أكثر من شركة
# { $names } is a comma-separated list of names; { $count } how many more are not listed.
overview-known-names-more = { $names } و{ $count } غيرهم
# { $count } people are on all three platforms; { $names } lists them.
overview-known-three = تضم بيانات المنصات الثلاث كلها { $count ->
        [one] شخصًا واحدًا
        [two] شخصين
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }: { $names }.
# { $count } people are on two of the three platforms; { $names } lists them.
overview-known-two = تضم بيانات منصتين { $count ->
        [one] شخصًا واحدًا
        [two] شخصين
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }: { $names }.
# Both of the above in one sentence: { $three } people on all three platforms
# ({ $three_names }), { $two } people on two ({ $two_names }).
overview-known-both = تضم بيانات المنصات الثلاث كلها { $three ->
        [one] شخصًا واحدًا
        [two] شخصين
        [few] { $three } أشخاص
        [many] { $three } شخصًا
       *[other] { $three } شخص
    }: { $three_names }؛ وتضم بيانات منصتين { $two ->
        [one] شخصًا واحدًا
        [two] شخصين
        [few] { $two } أشخاص
        [many] { $two } شخصًا
       *[other] { $two } شخص
    }: { $two_names }.
# Link to the People page.
overview-see-people = عرض الأشخاص

## Overview: "What you can do" (the most severe findings)

overview-what-you-can-do = ما يمكنك فعله
# Before a finding's title: the platform it is about.
overview-finding-platform = { $platform }:
# Link to the Findings page when more findings exist than the Overview lists ($count is 5 or more).
overview-all-findings = كل الملاحظات ({ $count })، مع ما يمكنك فعله
# Link to the Findings page when the Overview lists them all.
overview-what-to-do = ما يمكنك فعله حيالها

## Overview: sources read

# Section title; { $count } is the number of files and folders read.
overview-sources = المصادر ({ $count })
# Stands in for a file's path when personal details are masked; { $number } is 1, 2, 3 …
overview-source-masked = المصدر { $number }
overview-source-records = { $count ->
        [zero] لا سجلات
        [one] سجل واحد
        [two] سجلان
        [few] { $count } سجلات
        [many] { $count } سجلًا
       *[other] { $count } سجل
    }
overview-no-warnings = لا تحذيرات
overview-source-warnings = { $count ->
        [zero] لا تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $count } تحذيرات
        [many] { $count } تحذيرًا
       *[other] { $count } تحذير
    }
# Button next to a source (keep short).
overview-remove = إزالة
overview-remove-hover = نسيان هذا المصدر

## Overview: whose messages are "yours" in a source

# How the owner was decided, said instead of the explanation when personal details are masked.
overview-owner-basis-export = كما يذكر التصدير
overview-owner-basis-inferred = مستنتَج من المحادثات
overview-owner-basis-chosen = باختيارك
overview-owner-basis-unknown = لا شيء يحدد هويتك
# { $name } is the owner's name, shown in bold.
overview-you-are = أنت { $name }
overview-owner-none = لا تكتب شيئًا هنا: كل الرسائل مستلَمة
overview-owner-unknown = صاحب التصدير غير معروف: الرسائل هنا لا تُحسب من رسائلك ولا من المستلَمة
# { $how } explains how the owner was decided, e.g. "chosen by you".
overview-owner-how = ({ $how })
# Menu button to choose who you are (keep short).
overview-owner-change = تغيير…
overview-owner-question = من أنت في هذا التصدير؟
# A choice in the menu: { $name } writes { $count } messages in the source.
overview-owner-choice = { $name } · { $count ->
        [zero] لا رسائل
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $count } رسائل
        [many] { $count } رسالة
       *[other] { $count } رسالة
    }
# Below the menu's list when it is cut; "--me" is a command-line option: keep it as is.
overview-owner-more = … و{ $count } غيرهم (استخدم ‎--me‎ في سطر الأوامر)
overview-owner-nobody = لا أحد من هؤلاء: لا أكتب شيئًا هنا
overview-owner-decide-again = التحديد من التصدير مجددًا

## Overview: problems

overview-problems = المشكلات
# A file that could not be read: { $path } and the error { $message }.
overview-problem-error = { $path }: { $message }
# A file Footprint does not recognise: { $path }, and { $reason } (a sentence).
overview-problem-unrecognised = { $path }: تعذّر التعرّف عليه. { $reason }
# Button that hides the problems (keep short).
overview-dismiss = تجاهل

## Overview: how a chat's dates were read

# Orders of day, month and year in a chat's dates; used inside the messages below.
overview-date-order-dmy = يوم/شهر/سنة
overview-date-order-mdy = شهر/يوم/سنة
overview-date-order-ymd = سنة/شهر/يوم
# Why the dates were read in that order; used as { $why } below.
overview-date-order-evidence = حسمته التواريخ نفسها
overview-date-order-guess = تخمين من لغة المحادثة: التواريخ وحدها لا تحسم الأمر
overview-date-order-choice = باختيارك
# { $order } is one of the orders above, { $why } one of the reasons above.
overview-dates-read-as = قُرئت التواريخ بترتيب { $order } ({ $why }).
overview-dates-no-year = التواريخ بلا سنة: حُسبت السنوات رجوعًا من تاريخ الملف.
# Button; { $order } is one of the orders above.
overview-read-as = القراءة بترتيب { $order }
overview-read-as-hover = إعادة قراءة هذه المحادثة بهذا الترتيب

## People

# { $count } people in all; { $two } known to two companies, { $three } to all three.
people-summary = { $count ->
        [zero] لا أشخاص
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    } في ملفاتك المُصدَّرة · تعرفهم شركتان: { $two }، والشركات الثلاث كلها: { $three }.
people-how-joined = الشخص الواحد هو كل من يشترك في رقم هاتف (أيًّا كانت طريقة كتابته)، أو في معرّف Telegram أو WeChat، أو في الاسم على المنصة نفسها؛ ولا يجمع الاسم وحده بين منصتين إلا إذا أكدتَ ذلك.
people-everyone = الجميع
# Hint in the empty search box.
people-search = ابحث في الأسماء والأرقام
# Column headers of the people table, and their tooltips.
people-col-name = الاسم
people-col-name-hint = انقر على اسم لترى كل ما تحتفظ به كل منصة عن صاحبه
people-col-platforms = المنصات
people-col-platforms-hint = المنصات التي تحتوي بياناتها على هذا الشخص
people-col-address-books = دفاتر العناوين
people-col-address-books-hint = المنصات التي يُدرجه دفتر عناوينها (قائمة جهات الاتصال)
people-col-frequent = التكرار
people-col-frequent-hint = تقييم «جهات الاتصال المتكررة» في Telegram
people-col-you-sent = رسائلك
people-col-you-sent-hint = رسائلك إليه في المحادثات الخاصة (التفصيل حسب المنصة عند تمرير المؤشر)
people-col-they-sent = رسائله
people-col-they-sent-hint = رسائله في كل المحادثات (التفصيل حسب المنصة عند تمرير المؤشر)
people-col-groups = المجموعات
people-col-groups-hint = المجموعات التي تجمعكما (وكتب فيها)
people-col-first = أول رسالة
people-col-first-hint = أول رسالة بينكما
people-col-last = آخر رسالة
people-col-last-hint = آخر رسالة بينكما
# Tooltip line of the message counts: { $count } messages on { $platform }.
people-per-platform = { $platform }: { $count }
# Someone whose name the exports do not give.
people-no-name = (بلا اسم)
# Title of the window about one person; { $name } is their name.
people-window-title = { $name } عبر المنصات
people-same-title = هل هو الشخص نفسه؟
people-same-explain = يحمل هؤلاء الأشخاص الاسم نفسه على منصات مختلفة، لكن لا يجمعهم رقم ولا معرّف. لا تدمجهم إلا إذا كنت تعرف أنهم شخص واحد.
# { $a } and { $b } are names; { $a_platforms } and { $b_platforms } the platforms each is on.
people-same-pair = { $a } ({ $a_platforms }) و{ $b } ({ $b_platforms })
# Button (keep short).
people-same-button = الشخص نفسه
people-same-hover = احتسابهما شخصًا واحدًا (حتى إغلاق Footprint)
# Below a cut list: { $count } more not listed.
people-more = … و{ $count } غيرهم
# Labels in the window about one person.
people-phones = أرقام الهواتف
people-names = الأسماء
people-ids = المعرّفات
people-in-address-book = في دفتر العناوين
people-yes = نعم
people-no = لا
people-frequent-rating = تقييم جهات الاتصال المتكررة
people-you-sent = رسائلك
people-they-sent = رسائله
# { $first } and { $last } are date and time of the first and last message between you;
# { $count } the groups you share.
people-first-last = أول رسالة { $first } · آخر رسالة { $last } · { $count ->
        [zero] لا مجموعات مشتركة
        [one] مجموعة مشتركة واحدة
        [two] مجموعتان مشتركتان
        [few] { $count } مجموعات مشتركة
        [many] { $count } مجموعة مشتركة
       *[other] { $count } مجموعة مشتركة
    }

## Contacts

# { $count } contacts in the address books; { $frequent } in Telegram's frequent-contacts ranking.
contacts-summary = { $count ->
        [zero] لا جهات اتصال
        [one] جهة اتصال واحدة
        [two] جهتا اتصال
        [few] { $count } جهات اتصال
        [many] { $count } جهة اتصال
       *[other] { $count } جهة اتصال
    } في دفاتر عناوين المنصات · في ترتيب جهات الاتصال المتكررة في Telegram: { $frequent }.
contacts-address-book = دفتر العناوين
# Hint in the empty search box.
contacts-search = ابحث في الأسماء والأرقام
contacts-col-name = الاسم
contacts-col-phone = الهاتف
contacts-col-platform = المنصة
# When the contact was added to the address book.
contacts-col-added = تاريخ الإضافة
# A contact whose name the export does not give.
contacts-no-name = (بلا اسم)

## Sessions & devices

# { $apps }: sessions of the platform's apps; { $websites }: websites you logged in to with
# the platform's account; { $ips }: IP addresses; { $logins }: login notifications.
sessions-summary = { $apps ->
        [zero] لا جلسات تطبيق
        [one] جلسة تطبيق واحدة
        [two] جلستا تطبيق
        [few] { $apps } جلسات تطبيق
        [many] { $apps } جلسة تطبيق
       *[other] { $apps } جلسة تطبيق
    }، و{ $websites ->
        [zero] لا مواقع ويب سُجِّل الدخول إليها بحساب المنصة
        [one] موقع ويب واحد سُجِّل الدخول إليه بحساب المنصة
        [two] موقعا ويب سُجِّل الدخول إليهما بحساب المنصة
        [few] { $websites } مواقع ويب سُجِّل الدخول إليها بحساب المنصة
        [many] { $websites } موقع ويب سُجِّل الدخول إليها بحساب المنصة
       *[other] { $websites } موقع ويب سُجِّل الدخول إليها بحساب المنصة
    }، و{ $ips ->
        [zero] لا عناوين IP
        [one] عنوان IP واحد
        [two] عنوانا IP
        [few] { $ips } عناوين IP
        [many] { $ips } عنوان IP
       *[other] { $ips } عنوان IP
    }، و{ $logins ->
        [zero] لا تسجيلات دخول
        [one] تسجيل دخول واحد
        [two] تسجيلا دخول
        [few] { $logins } تسجيلات دخول
        [many] { $logins } تسجيل دخول
       *[other] { $logins } تسجيل دخول
    } من الإشعارات.
sessions-map-note = الدولة هي حيث يُسجَّل العنوان اليوم (بحسب قاعدة بيانات مرفقة بالتطبيق، دون اتصال بالإنترنت)، وقد تختلف عن مكانه وقت الاستخدام. أما العناوين التي لا تنسبها قاعدة البيانات إلى أي دولة (النطاقات الخاصة أو المحجوزة أو المخصصة للأمثلة) فتظهر في الدولة التي يذكرها التصدير، إن ذكر دولة.
sessions-all = كل الجلسات
sessions-col-device = الجهاز
sessions-col-app = التطبيق
sessions-col-system = النظام
sessions-col-ip = عنوان IP
sessions-col-place = المكان
sessions-col-created = تاريخ الإنشاء
sessions-col-last-active = آخر نشاط
# A session of a website you logged in to with the platform; { $website } is its name.
sessions-website = { $website } (موقع ويب)
sessions-ip-title = عناوين IP
# Hint in the empty search box.
sessions-ip-search = ابحث في العناوين والأماكن
# First choice of the country filter.
sessions-all-countries = كل الدول
# Above the IP table; { $database } names the bundled IP database and its date. The two
# quoted names are column headers of the table (sessions-col-registered, sessions-col-export-says).
sessions-ip-note = «مسجَّل في» هي الدولة التي يُسجَّل فيها نطاق العناوين اليوم (قاعدة البيانات المرفقة: { $database }؛ لا يُبحث عن شيء عبر الإنترنت)، وقد تختلف عن مكانه وقت الاستخدام؛ و«حسب التصدير» هي الدولة التي يذكرها التصدير نفسه.
sessions-col-address = العنوان
sessions-col-seen = مرات الظهور
sessions-col-seen-hint = عدد المرات التي تذكره فيها الملفات المُصدَّرة
sessions-col-where-seen = مواضع الظهور
sessions-col-first = أول مرة
sessions-col-last = آخر مرة
sessions-col-registered = مسجَّل في
sessions-col-registered-hint = دولة نطاق العناوين اليوم، من قاعدة البيانات المرفقة
sessions-col-export-says = حسب التصدير
sessions-col-export-says-hint = الدولة التي يذكرها التصدير لهذا العنوان
sessions-col-places = الأماكن
sessions-logins = تسجيلات الدخول من الإشعارات
sessions-col-time = الوقت
sessions-col-location = الموقع
# What a country or place reads as when hidden.
sessions-hidden = (مخفي)
# Before two buttons: sessions-map-by-ips and sessions-map-by-logins.
sessions-map-by = تلوين الخريطة حسب
sessions-map-by-ips = عناوين IP
sessions-map-by-logins = تسجيلات الدخول
# Checkbox, shown while personal details are masked.
sessions-hide-countries = إخفاء الدول أيضًا
sessions-hide-countries-hover = الإخفاء يستبدل العناوين والأسماء لكنه يُبقي الدول، فهي ليست من التفاصيل الشخصية. فعّل هذا الخيار لإخفاء الخريطة والدول والأماكن أيضًا.

## Sessions & devices: the device cards

sessions-devices = الأجهزة والمواقع التي سُجِّل الدخول إليها
# { $months } is how long a session must be unused to count as idle.
sessions-devices-note = الأحدث نشاطًا أولًا. تُحسب «منذ» من اليوم؛ وتُعدّ الجلسة خاملة إذا كانت قد بقيت دون استخدام أكثر من { $months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } حين أُعِدّ التصدير.
# A device the export gives no name.
sessions-unnamed-device = (جهاز بلا اسم)
# Marks the most recently active device (keep short).
sessions-most-recent = الأحدث
# Labels on a device card.
sessions-card-app = التطبيق
sessions-card-system = النظام
sessions-card-first-active = أول نشاط
sessions-card-last-active = آخر نشاط
sessions-card-last-address = آخر عنوان
# After an address: the country its block is registered in; { $country } is a country name.
sessions-registered = مسجَّل في: { $country }
sessions-ended = انتهت: لم يعد تصدير لاحق لهذا الحساب يُدرجها.
# { $span } is a duration such as "5 months"; { $hint } a sentence saying where to end
# the session (one of sessions-end-*).
sessions-idle = لم تُستخدم منذ { $span } حين أُعِدّ التصدير، ولا يزال يُدرجها على أنها مسجَّلة الدخول. { $hint }
# Where to end a session; "›" separates the steps of a path through the app's menus.
sessions-end-telegram-web = أنهِها في Telegram: الإعدادات › الخصوصية والأمان › المواقع النشطة.
sessions-end-telegram = أنهِها في Telegram: الإعدادات › الأجهزة › إنهاء.
sessions-end-whatsapp = أنهِها في WhatsApp: الإعدادات › الأجهزة المرتبطة.
sessions-end-wechat = أنهِها في WeChat: أنا › الإعدادات › أمان الحساب › أجهزة تسجيل الدخول.
# { $date } is a day.
sessions-when-today = { $date } (اليوم)
# { $date } is a day, { $span } how long ago, such as "2 years".
sessions-when-ago = { $date } (منذ { $span })

## Conversations

# The parts of conversations-summary's list: how many conversations of each kind.
conversations-kind-personal = { $count ->
        [zero] لا محادثات خاصة
        [one] محادثة خاصة واحدة
        [two] محادثتان خاصتان
        [few] { $count } محادثات خاصة
        [many] { $count } محادثة خاصة
       *[other] { $count } محادثة خاصة
    }
conversations-kind-group = { $count ->
        [zero] لا مجموعات
        [one] مجموعة واحدة
        [two] مجموعتان
        [few] { $count } مجموعات
        [many] { $count } مجموعة
       *[other] { $count } مجموعة
    }
conversations-kind-channel = { $count ->
        [zero] لا قنوات
        [one] قناة واحدة
        [two] قناتان
        [few] { $count } قنوات
        [many] { $count } قناة
       *[other] { $count } قناة
    }
conversations-kind-bot = { $count ->
        [zero] لا بوتات
        [one] بوت واحد
        [two] بوتان
        [few] { $count } بوتات
        [many] { $count } بوتًا
       *[other] { $count } بوت
    }
conversations-kind-saved = { $count ->
        [zero] لا محادثات «الرسائل المحفوظة»
        [one] محادثة «الرسائل المحفوظة»
        [two] محادثتا «الرسائل المحفوظة»
        [few] { $count } محادثات «الرسائل المحفوظة»
        [many] { $count } محادثة «الرسائل المحفوظة»
       *[other] { $count } محادثة «الرسائل المحفوظة»
    }
# Conversations of no other kind.
conversations-kind-other = أخرى: { $count }
# { $count } conversations in all; { $kinds } a comma-separated list of
# conversations-kind-* parts; { $left } how many of them you left.
conversations-summary = { $count ->
        [zero] لا محادثات
        [one] محادثة واحدة
        [two] محادثتان
        [few] { $count } محادثات
        [many] { $count } محادثة
       *[other] { $count } محادثة
    } ({ $kinds })؛ غادرتَ { $left } منها. المحادثة المعروفة من أكثر من تصدير تُحسب مرة واحدة.
conversations-all = كل المحادثات
# Hint in the empty search box.
conversations-search = ابحث في الأسماء والأنواع
# Column headers of the conversations table, and their tooltips.
conversations-col-name = الاسم
conversations-col-platform = المنصة
conversations-col-kind = النوع
conversations-col-messages = الرسائل
conversations-col-messages-hint = رسائل كتبها أشخاص
conversations-col-service = أحداث الخدمة
conversations-col-service-hint = الانضمام والمغادرة والمكالمات وتغييرات المجموعة …
conversations-col-sources = المصادر
conversations-col-sources-hint = عدد الملفات المُصدَّرة المحمَّلة التي تعرف هذه المحادثة (مرّر المؤشر فوق العدد لترى أيّها)
conversations-col-first = الأقدم
conversations-col-first-hint = أقدم رسالة أو حدث
conversations-col-last = الأحدث
conversations-col-last-hint = أحدث رسالة أو حدث
# A conversation you left; { $kind } is its kind, e.g. "public group".
conversations-kind-left = { $kind } · تمت المغادرة

## Activity

# Label before the platform checkboxes.
activity-platforms = المنصات
# Label before the conversation filter.
activity-conversation = المحادثة
activity-all-conversations = كل المحادثات
# A choice of the conversation filter: { $name } on { $platform }, with { $count } messages.
activity-conversation-choice = { $name } · { $platform } ({ $count ->
        [zero] لا رسائل
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $count } رسائل
        [many] { $count } رسالة
       *[other] { $count } رسالة
    })
# Label before the choices day, week, month, year (messages per …).
activity-per = لكل
activity-time-zone = المنطقة الزمنية
activity-time-zone-note = حين يتضمن التصدير أوقاتًا مطلقة (Telegram JSON) يمكن عرضها بمنطقة زمنية أخرى؛ أما غيرها فتبقى كما كُتبت.
activity-how-to-read = كيف تقرأ هذا
activity-how-to-read-text = لا تُحسب هنا إلا الرسائل التي كتبها أشخاص، لا أحداث الخدمة. «رسائلك» هي الرسائل التي أرسلها الحساب الذي أُعِدّ منه التصدير؛ أما رسائل التصدير الذي لا يذكر صاحبه فتُعرض منفصلة تحت «صاحبها غير معروف».

## Payments (WeChat Pay bills; amounts are in yuan)

# { $count } transactions; { $spent } and { $received } are amounts such as ¥1,234.50.
payments-summary = { $count ->
        [zero] لا معاملات
        [one] معاملة واحدة
        [two] معاملتان
        [few] { $count } معاملات
        [many] { $count } معاملة
       *[other] { $count } معاملة
    } · مُنفَق: { $spent } · مُستلَم: { $received }
# As payments-summary, with { $range }: the first and last day of the bills.
payments-summary-range = { $count ->
        [zero] لا معاملات
        [one] معاملة واحدة
        [two] معاملتان
        [few] { $count } معاملات
        [many] { $count } معاملة
       *[other] { $count } معاملة
    } · مُنفَق: { $spent } · مُستلَم: { $received } · { $range }
payments-transactions = المعاملات
# Hint in the empty search box.
payments-search = ابحث في الأطراف الأخرى والسلع والأنواع
# Column headers of the transactions table (their tooltips are the bill's own Chinese
# column names and stay as they are).
payments-col-time = الوقت
payments-col-time-hint = كما يكتبه كشف الحساب (بتوقيت الصين)
payments-col-type = النوع
payments-col-counterparty = الطرف الآخر
payments-col-goods = السلعة
payments-col-direction = وارد/صادر
payments-col-amount = المبلغ
payments-col-method = طريقة الدفع
payments-col-status = الحالة
# The direction of a payment: 支出 and 收入 are the bill's own words; keep them.
payments-expense = 支出 مُنفَق
payments-income = 收入 مُستلَم
# Neither spent nor received; "/" is how the bill writes it.
payments-neutral = محايد (/)

## Findings

findings-page-intro = ما يمكنك فعله حيال ما تكشفه هذه الملفات المُصدَّرة: تذكر كل ملاحظة ما تحتفظ به المنصة، وكيف تتصرف حياله فيها، وأين تراه. استُخلص كل ذلك على هذا الحاسوب من الملفات وحدها.
# { $count } findings of severity { $severity } (High, Medium or Low).
findings-page-severity-count = { $severity }: { $count }
findings-page-none = لا شيء في هذه الملفات المُصدَّرة يستدعي اتخاذ إجراء.
findings-page-dismissed = { $count ->
        [one] تم تجاهل ملاحظة واحدة
        [two] تم تجاهل ملاحظتين
        [few] تم تجاهل { $count } ملاحظات
        [many] تم تجاهل { $count } ملاحظة
       *[other] تم تجاهل { $count } ملاحظة
    } حتى إغلاق Footprint.
# Button (keep short).
findings-page-show-again = إظهارها مجددًا
# Before what to do about a finding.
findings-page-what-to-do = ما ينبغي فعله:
# Link to the page that shows a finding; { $page } is the page's name, e.g. Sessions & devices.
findings-page-see = عرض { $page }
# Button (keep short).
findings-page-dismiss = تجاهل
findings-page-dismiss-hover = إخفاء هذه الملاحظة حتى إغلاق Footprint

## Compare: two exports of one account

compare-intro = حُمِّل تصديران للحساب نفسه. في كل مكان آخر يُحسب ما يشتركان فيه مرة واحدة؛ أما هنا فترى ما تغيّر بينهما.
compare-none = لم يُحمَّل تصديران لحساب واحد.
# Stands in for the account's name when personal details are masked (inside compare-title).
compare-one-account = حساب واحد
# Section title; { $account } is the account (a name, a number or compare-one-account).
compare-title = { $platform }: تصديران من { $account }
# Stands in for an export's files when personal details are masked; { $number } is 1 or 2.
compare-export-masked = التصدير { $number }
# { $earlier } and { $later } are the files of each export; { $earlier_date } and
# { $later_date } the days of their latest items (or compare-unknown-date).
compare-sides = السابق: { $earlier } (أحدث عنصر بتاريخ { $earlier_date }) · اللاحق: { $later } (أحدث عنصر بتاريخ { $later_date })
compare-unknown-date = غير معروف
# Titles of the collapsible tables.
compare-new-sessions = جلسات جديدة
compare-ended-sessions = جلسات منتهية
compare-new-ips = عناوين IP جديدة
compare-contacts-added = جهات اتصال مضافة
compare-contacts-removed = جهات اتصال محذوفة
compare-conversations-joined = محادثات انضممتَ إليها
compare-conversations-left = محادثات غادرتَها
compare-new-messages = الرسائل الجديدة حسب المحادثة
compare-new-payments = دفعات جديدة
# A table's title with its number of rows: { $title } is one of the titles above.
compare-table-title = { $title } ({ $count })
# Column headers.
compare-col-device = الجهاز أو الموقع
compare-col-app = التطبيق
compare-col-kind = النوع
compare-col-created = تاريخ الإنشاء
compare-col-last-active = آخر نشاط
compare-col-address = العنوان
compare-col-registered = مسجَّل في
compare-col-name = الاسم
compare-col-phone = الهاتف
compare-col-conversation = المحادثة
# How a conversation was left.
compare-col-how = الكيفية
compare-col-messages = الرسائل
compare-col-time = الوقت
compare-col-counterparty = الطرف الآخر
compare-col-amount = المبلغ
compare-col-direction = الاتجاه
# Kinds of sessions.
compare-session-app = تطبيق
compare-session-web = ويب
# An address in no country: in a private or reserved range, or not in the database.
compare-country-private = خاص
compare-country-unknown = غير معروف
# Kinds of conversations.
compare-kind-personal = محادثة خاصة
compare-kind-group = مجموعة
compare-kind-channel = قناة
compare-kind-bot = بوت
compare-kind-saved = الرسائل المحفوظة
compare-kind-other = أخرى
# How a conversation was left: the later export says so.
compare-marked-left = مُعلَّمة بأنك غادرتها
# Directions of payments.
compare-expense = إنفاق
compare-income = دخل
compare-neutral = محايد
# Below a cut table: { $shown } rows shown of { $count }; "footprint diff --json" is a
# command: keep it as is.
compare-more-rows = أول { $shown } من أصل { $count ->
        [one] صف واحد
        [two] صفّين
        [few] { $count } صفوف
        [many] { $count } صفًّا
       *[other] { $count } صف
    }؛ ويعرضها الأمر footprint diff --json كلها.
