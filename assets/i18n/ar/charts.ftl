## Views of the window (the navigation, headings, and the report's sections). Keep short.

topic-overview = نظرة عامة
topic-contacts = جهات الاتصال
topic-sessions = الجلسات والأجهزة
topic-conversations = المحادثات
topic-activity = النشاط
topic-payments = الدفعات
topic-people = الأشخاص
# The page of things the user can act on (privacy findings).
topic-findings = الملاحظات
# Two exports of one account, compared.
topic-compare = مقارنة

## Charts: shared texts
# Drawn in the middle of a saved chart image that has nothing to show.
chart-no-data = لا توجد بيانات لهذا الرسم البياني في الملفات المُصدَّرة المحمَّلة
# Axis names and series names (lower case, as on a chart axis).
chart-axis-messages = الرسائل
chart-axis-month = الشهر
chart-axis-year = السنة
chart-axis-hour = الساعة
chart-axis-date = التاريخ
chart-axis-people = الأشخاص
chart-axis-sessions = الجلسات
chart-axis-logins = تسجيلات الدخول
chart-axis-contacts = جهات الاتصال
chart-axis-conversations = المحادثات
chart-axis-payments = الدفعات
# Amounts of money in Chinese yuan (WeChat Pay).
chart-axis-yuan = يوان
# Telegram's own score of how often you talk to someone.
chart-axis-rating = التقييم

## Overview and People charts
chart-per-year-title = الرسائل سنويًا حسب المنصة
chart-people-platforms-title = الأشخاص الذين تعرفهم كل منصة، ومن يعرفهم أيضًا
chart-people-platforms-one = لا تعرفهم إلا هذه المنصة
chart-people-platforms-two = تعرفهم منصة أخرى أيضًا
chart-people-platforms-three = تعرفهم المنصات الثلاث
# $count: how many people the chart ranks (at most 20).
chart-people-top-title = { $count ->
    [one] الشخص الأكثر تبادلًا للرسائل معك، في الاتجاهين
    [two] الشخصان الأكثر تبادلًا للرسائل معك، في الاتجاهين
    [few] أكثر { $count } أشخاص تبادلًا للرسائل معك، في الاتجاهين
    [many] أكثر { $count } شخصًا تبادلًا للرسائل معك، في الاتجاهين
   *[other] أكثر { $count } شخص تبادلًا للرسائل معك، في الاتجاهين
}
# $name: a person's name (or a pseudonym when masking).
chart-person-activity-title = الرسائل مع { $name } شهريًا

## Contacts charts
chart-contacts-added-title = جهات الاتصال المضافة شهريًا
chart-contacts-frequent-title = مَن يرى Telegram أنك تتواصل معهم أكثر من غيرهم
# A frequent contact of a category other than people. $name: a name; $category: one of the categories below.
chart-contacts-with-category = { $name } ({ $category })
# Telegram's categories of frequent contacts, shown in brackets after a name: "Alice (calls)".
chart-contacts-category-calls = المكالمات
chart-contacts-category-inline-bots = البوتات المضمَّنة

## Sessions charts
chart-sessions-devices-title = الجلسات حسب الجهاز
chart-sessions-systems-title = الجلسات حسب نظام التشغيل
chart-sessions-apps-title = الجلسات حسب التطبيق وإصداره
chart-sessions-countries-title = الجلسات حسب الدولة
chart-logins-title = تسجيلات الدخول عبر الزمن (من إشعارات تسجيل الدخول)
chart-sessions-timeline-title = الجلسات من إنشائها حتى آخر نشاط
# Legend entry of the session timeline: sessions of websites the user logged in to with the app.
chart-sessions-group-web = مواقع سجّلتَ الدخول إليها
# Legend entry of the session timeline. $platform: Telegram, WhatsApp or WeChat.
chart-sessions-group-app = جلسات { $platform }

## World map
map-title-addresses = أين سُجِّلت عناوين IP الخاصة بك
map-title-logins = من أين سجّلتَ الدخول (إشعارات تسجيل الدخول)
# The map's colour key label.
map-key-addresses = عناوين IP
map-key-logins = تسجيلات الدخول
# Hover text of a country on the map: how many addresses are in it.
map-detail-addresses = { $count ->
    [zero] لا عناوين
    [one] عنوان واحد
    [two] عنوانان
    [few] { $count } عناوين
    [many] { $count } عنوانًا
   *[other] { $count } عنوان
}
# Hover text of a country on the map: how many logins came from it.
map-detail-logins = { $count ->
    [zero] لا تسجيلات دخول
    [one] تسجيل دخول واحد
    [two] تسجيلا دخول
    [few] { $count } تسجيلات دخول
    [many] { $count } تسجيل دخول
   *[other] { $count } تسجيل دخول
}
# After the first six addresses of a country in its hover text.
map-detail-more = و{ $count } غيرها
# $first, $last: dates.
map-detail-seen = أول ظهور { $first }، وآخر ظهور { $last }

## Conversations charts
chart-conversations-kind-title = المحادثات حسب النوع
# Series: conversations still in the export, and those the user has left.
chart-conversations-in-export = في التصدير
chart-conversations-left = غادرتَها
# $count: how many conversations the chart ranks (at most 20). "Saved Messages" is Telegram's name for notes to yourself.
chart-conversations-top-title = { $count ->
    [one] المحادثة الأكثر رسائل (دون «الرسائل المحفوظة»، أي ملاحظاتك لنفسك)
    [two] المحادثتان الأكثر رسائل (دون «الرسائل المحفوظة»، أي ملاحظاتك لنفسك)
    [few] أكثر { $count } محادثات من حيث عدد الرسائل (دون «الرسائل المحفوظة»، أي ملاحظاتك لنفسك)
    [many] أكثر { $count } محادثة من حيث عدد الرسائل (دون «الرسائل المحفوظة»، أي ملاحظاتك لنفسك)
   *[other] أكثر { $count } محادثة من حيث عدد الرسائل (دون «الرسائل المحفوظة»، أي ملاحظاتك لنفسك)
}
chart-message-types-title = ما تحمله الرسائل، حسب المنصة
# Kinds of conversation (chart category labels).
chart-kind-personal = محادثة خاصة
chart-kind-group = مجموعة
chart-kind-channel = قناة
chart-kind-bot = بوت
chart-kind-saved = الرسائل المحفوظة
chart-kind-other = أخرى
# What a message carries (chart category labels).
chart-content-unknown = نوع غير محدد
chart-content-text = نص
chart-content-image = صورة
chart-content-video = فيديو
chart-content-voice = رسالة صوتية / صوت
chart-content-sticker = ملصق
chart-content-gif = GIF
chart-content-file = ملف
chart-content-location = موقع
chart-content-contact = بطاقة جهة اتصال
chart-content-link = رابط
chart-content-poll = استطلاع
chart-content-quote = اقتباس
chart-content-transfer = تحويل مالي
# WeChat's 红包, a gift of money in a red envelope.
chart-content-red-packet = ظرف أحمر
# WeChat's 小程序.
chart-content-mini-program = برنامج مصغَّر
# A chat history forwarded as one message (WeChat).
chart-content-forwarded-chat = محادثة مُعاد توجيهها
# A post of WeChat Channels (视频号).
chart-content-channels = منشور Channels
chart-content-app = رسالة تطبيق
chart-content-call = مكالمة
chart-content-media = وسائط
chart-content-deleted = محذوفة
chart-content-other = أخرى

## Activity charts
# $scope: empty, or the filter chosen, written " · Telegram · Alice".
chart-activity-per-day = الرسائل يوميًا{ $scope }
chart-activity-per-week = الرسائل أسبوعيًا{ $scope }
chart-activity-per-month = الرسائل شهريًا{ $scope }
chart-activity-per-year = الرسائل سنويًا{ $scope }
chart-axis-day = اليوم
chart-axis-week = الأسبوع
chart-activity-heatmap-title = الرسائل حسب يوم الأسبوع والساعة{ $scope }
# Axis of the heatmap. $basis: the clock the hours are on ("as written in the export", "UTC+8").
chart-activity-hour-axis = الساعة ({ $basis })
chart-activity-split-title = رسائلك والرسائل المستلَمة{ $scope }
# Series and category names: messages you wrote, messages others wrote, and messages of an export whose owner is unknown.
chart-activity-yours = رسائلك
chart-activity-received = المستلَمة
chart-activity-owner-unknown = صاحبها غير معروف

## Payments charts
chart-payments-month-title = الإنفاق والدخل شهريًا
# Series: money paid out, and money received.
chart-payments-spent = مُنفَق
chart-payments-received = مُستلَم
chart-payments-counterparties-title = أبرز الأطراف الأخرى
chart-payments-methods-title = حسب طريقة الدفع
chart-payments-types-title = حسب نوع المعاملة
chart-payments-hour-title = الدفعات حسب ساعة اليوم (بتوقيت الصين)

## Saving charts (messages in the window)
# $path: a file.
chart-error-exists = { $path }: موجود مسبقًا (لم يُستبدَل)
# $path: a file; $error: the system's reason.
chart-error-write = { $path }: تعذّرت كتابة الصورة: { $error }
# $title: the chart's title; $error: what went wrong.
chart-error-draw = تعذّر إنشاء الرسم البياني «{ $title }»: { $error }
# $path: a folder; $error: the system's reason.
chart-error-folder = { $path }: تعذّر إنشاء المجلد: { $error }
# $files: the file names, joined with ", ".
chart-error-existing = { $count ->
    [one] توجد صورة واحدة مسبقًا، ولم يُكتب شيء: { $files }
    [two] توجد صورتان مسبقًا، ولم يُكتب شيء: { $files }
    [few] توجد { $count } صور مسبقًا، ولم يُكتب شيء: { $files }
    [many] توجد { $count } صورة مسبقًا، ولم يُكتب شيء: { $files }
   *[other] توجد { $count } صورة مسبقًا، ولم يُكتب شيء: { $files }
}

## The HTML report (Save report…, footprint report)
# The browser tab's title. $made: date and time it was made.
report-page-title = تقرير Footprint، { $made }
report-heading = ما تعرفه عنك تطبيقات المراسلة
# $platforms: "Telegram, WeChat"; $made: date and time; $count: number of sources (files read).
report-intro = { $count ->
    [one] تقرير Footprint عن { $platforms }، أُعِدّ في { $made } من مصدر واحد. أُعِدّ على هذا الحاسوب، ولم يُرسَل منه شيء إلى أي مكان.
    [two] تقرير Footprint عن { $platforms }، أُعِدّ في { $made } من مصدرين. أُعِدّ على هذا الحاسوب، ولم يُرسَل منه شيء إلى أي مكان.
    [few] تقرير Footprint عن { $platforms }، أُعِدّ في { $made } من { $count } مصادر. أُعِدّ على هذا الحاسوب، ولم يُرسَل منه شيء إلى أي مكان.
    [many] تقرير Footprint عن { $platforms }، أُعِدّ في { $made } من { $count } مصدرًا. أُعِدّ على هذا الحاسوب، ولم يُرسَل منه شيء إلى أي مكان.
   *[other] تقرير Footprint عن { $platforms }، أُعِدّ في { $made } من { $count } مصدر. أُعِدّ على هذا الحاسوب، ولم يُرسَل منه شيء إلى أي مكان.
}
report-masked = التفاصيل الشخصية مخفية: الأسماء وأرقام الهواتف وأسماء المستخدمين وعناوين IP ومسارات الملفات مستبدَلة بأسماء مستعارة.
# $version: Footprint's version; $made: date and time.
report-footer = أعدّه Footprint { $version } في { $made } على هذا الحاسوب، من الملفات المذكورة أعلاه. لم يُرسَل أي شيء إلى أي مكان.
# Below a table cut short. $shown: rows shown; $total: rows in all.
report-cut-note = أول { $shown } من أصل { $total }؛ وتعرضها نافذة التطبيق كلها.
report-country-note = الدولة هي حيث يُسجَّل نطاق العناوين اليوم (بحسب قاعدة بيانات مرفقة بالتطبيق، دون أي بحث عبر الإنترنت)، وقد تختلف عن مكانه وقت الاستخدام.

## Report: findings
# Heading and link of the findings section.
report-findings = ما يمكنك فعله
report-no-findings = لا شيء في هذه الملفات المُصدَّرة يستدعي اتخاذ إجراء.
# How much a finding matters.
report-severity-high = عالية
report-severity-medium = متوسطة
report-severity-low = منخفضة
# Before the advice of a finding.
report-what-to-do = ما ينبغي فعله:

## Report: what each platform holds
# $platform: Telegram, WhatsApp or WeChat.
report-holds = ما لدى { $platform } من بياناتك
# Count column when the export has none of it.
report-none = لا شيء
report-not-in-export = غير موجود في هذا التصدير.
report-col-count = العدد
report-col-sensitivity = الحساسية
report-col-what = الوصف
report-col-dates = التواريخ

## Report: tables of the views (column headings in lower case)
report-people-heading = الأشخاص الذين تتواصل معهم أكثر من غيرهم
# A person without a name.
report-no-name = (بلا اسم)
report-col-person = الشخص
report-col-platforms = المنصات
report-col-you-sent = رسائلك
report-col-they-sent = رسائله
# First and last date something was seen.
report-col-first = أول مرة
report-col-last = آخر مرة
report-sessions-heading = الجلسات والأجهزة
# $website: a website the user logged in to with the app.
report-website = { $website } (موقع ويب)
report-col-platform = المنصة
report-col-device = الجهاز
report-col-app = التطبيق
report-col-system = النظام
report-col-ip = عنوان IP
report-col-place = المكان
report-col-created = تاريخ الإنشاء
report-col-last-active = آخر نشاط
report-ips-heading = عناوين IP
report-col-address = العنوان
report-col-seen = مرات الظهور
report-col-where-seen = مواضع الظهور
report-col-registered = مسجَّل في
# What the export itself says about where an address is.
report-col-export-says = حسب التصدير
report-conversations-heading = أكثر المحادثات نشاطًا
# $kind: the kind of conversation ("group"), for a conversation the user has left.
report-kind-left = { $kind } (تمت المغادرة)
report-col-conversation = المحادثة
report-col-kind = النوع
report-col-messages = الرسائل
# Messages the user wrote.
report-col-yours = رسائلك
report-counterparties-heading = الأطراف الأخرى
# $paid, $received: amounts; $first, $last: dates.
report-payments-summary = مدفوع: { $paid }، مُستلَم: { $received }، من { $first } إلى { $last }.
report-col-counterparty = الطرف الآخر
report-col-paid = المدفوع
report-col-received = المُستلَم
report-col-payments = الدفعات
# $platform: Telegram, WhatsApp or WeChat.
report-compare-heading = { $platform }: تصديران من حساب واحد
report-col-what-changed = ما الذي تغيّر

## Report: sources
report-sources = المصادر
# Stands for a file's path when masking. $number: 1, 2, 3 …
report-source-masked = المصدر { $number }
# $name: the user's name in this source.
report-source-owner = أنت { $name }
report-source-owner-unknown = هويتك غير معروفة
# $platform; $format: the export's format ("Telegram JSON"); $owner: report-source-owner or report-source-owner-unknown.
report-source-line = { $platform } · { $format } · { $records ->
    [zero] لا سجلات
    [one] سجل واحد
    [two] سجلان
    [few] { $records } سجلات
    [many] { $records } سجلًا
   *[other] { $records } سجل
} · { $warnings ->
    [zero] لا تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $warnings } تحذيرات
    [many] { $warnings } تحذيرًا
   *[other] { $warnings } تحذير
} · { $owner }
# $count: how many times; $kind: what went wrong (warning-* in analysis.ftl).
report-source-warning = تحذير: { $count } × { $kind }
# $path: a file; $error: why.
report-unreadable = تعذّرت القراءة: { $path }: { $error }

## Report: saving (messages in the window)
# $path: the report's file; $folder: its folder.
report-error-no-folder = { $path }: المجلد { $folder } غير موجود؛ لم يُكتب شيء
report-error-exists = { $path }: موجود مسبقًا؛ لم يُكتب شيء
report-error-write = { $path }: تعذّرت كتابة التقرير: { $error }
