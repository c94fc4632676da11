### Findings: what a person can do about their footprint. Shown on the Findings page, on
### the Overview, in the HTML report and by `footprint findings`.
### Each finding has a title (one sentence: what the export shows), evidence lines (the
### numbers behind it) and an action (how to act on that platform).
### { $platform } is always a platform name: Telegram, WhatsApp or WeChat (not translated).
### Menu paths (Settings › Devices …) name the platform's own menus: use the names the
### platform's app shows in your language where you know them. Chinese menu names in
### brackets are WeChat's own and stay as they are.

## Severity (how much a finding matters), shown as a coloured label: keep short
finding-severity-high = عالية
finding-severity-medium = متوسطة
finding-severity-low = منخفضة

## Shared pieces of evidence lines
# A day and how long ago it was: { $date } is a date, { $span } a duration such as
# "2 years" (see span-days, span-months, span-years).
finding-date-ago = { $date } (منذ { $span })
# The last evidence line when there are more than the list shows.
finding-more = و{ $count } غيرها

## Idle sessions: devices still logged in but unused for half a year
# { $months } is 6.
finding-idle-sessions-title = { $count ->
        [one] جهاز واحد لم يُستخدم منذ أكثر من { $months ->
            [one] شهر
            [two] شهرين
            [few] { $months } أشهر
            [many] { $months } شهرًا
           *[other] { $months } شهر
        } وما زال مسجَّل الدخول إلى { $platform }
        [two] جهازان لم يُستخدما منذ أكثر من { $months ->
            [one] شهر
            [two] شهرين
            [few] { $months } أشهر
            [many] { $months } شهرًا
           *[other] { $months } شهر
        } وما زالا مسجَّلَي الدخول إلى { $platform }
        [few] { $count } أجهزة لم تُستخدم منذ أكثر من { $months ->
            [one] شهر
            [two] شهرين
            [few] { $months } أشهر
            [many] { $months } شهرًا
           *[other] { $months } شهر
        } وما زالت مسجَّلة الدخول إلى { $platform }
        [many] { $count } جهازًا لم تُستخدم منذ أكثر من { $months ->
            [one] شهر
            [two] شهرين
            [few] { $months } أشهر
            [many] { $months } شهرًا
           *[other] { $months } شهر
        } وما زالت مسجَّلة الدخول إلى { $platform }
       *[other] { $count } جهاز لم تُستخدم منذ أكثر من { $months ->
            [one] شهر
            [two] شهرين
            [few] { $months } أشهر
            [many] { $months } شهرًا
           *[other] { $months } شهر
        } وما زالت مسجَّلة الدخول إلى { $platform }
    }
# { $device } names the session (device model and app), { $date } is a date, { $span } a
# duration such as "2 years".
finding-idle-sessions-evidence = ‏{ $device }: آخر نشاط { $date }، وكان قد مضى { $span } دون استخدام حين أُعِدّ التصدير
# The same, for a session with no date at all.
finding-idle-sessions-evidence-never = ‏{ $device }: لا نشاط مسجَّل له، وكان قد مضى { $span } دون استخدام حين أُعِدّ التصدير
finding-idle-sessions-action-telegram = في Telegram: الإعدادات › الأجهزة، واضغط على كل جلسة لم تعد تستخدمها › إنهاء الجلسة. ومن «إنهاء الجلسات القديمة تلقائيًا» اختر المدة التي يمكن أن تبقى فيها الجلسة الخاملة.
finding-idle-sessions-action-whatsapp = في WhatsApp: الإعدادات › الأجهزة المرتبطة، واضغط على كل جهاز لم تعد تستخدمه › تسجيل الخروج.
finding-idle-sessions-action-wechat = في WeChat: أنا › الإعدادات › أمان الحساب › أجهزة تسجيل الدخول ‏(我 › 设置 › 账号与安全 › 登录设备管理)، ثم احذف الأجهزة التي لم تعد تستخدمها.

## Active websites: websites and bots logged in with the account
finding-active-websites-title = { $count ->
        [one] موقع ويب واحد سُجِّل الدخول إليه بحسابك على { $platform }
        [two] موقعا ويب سُجِّل الدخول إليهما بحسابك على { $platform }
        [few] { $count } مواقع ويب سُجِّل الدخول إليها بحسابك على { $platform }
        [many] { $count } موقع ويب سُجِّل الدخول إليها بحسابك على { $platform }
       *[other] { $count } موقع ويب سُجِّل الدخول إليها بحسابك على { $platform }
    }
# Some of them are idle: { $idle } of { $count } unused for more than { $months } (6) months.
finding-active-websites-title-unused = { $count ->
        [one] موقع ويب واحد سُجِّل الدخول إليه بحسابك على { $platform }، ولم يُستخدم منذ أكثر من { $months ->
            [one] شهر
            [two] شهرين
            [few] { $months } أشهر
            [many] { $months } شهرًا
           *[other] { $months } شهر
        }
        [two] موقعا ويب سُجِّل الدخول إليهما بحسابك على { $platform }، ولم يُستخدم { $idle } منهما منذ أكثر من { $months ->
            [one] شهر
            [two] شهرين
            [few] { $months } أشهر
            [many] { $months } شهرًا
           *[other] { $months } شهر
        }
        [few] { $count } مواقع ويب سُجِّل الدخول إليها بحسابك على { $platform }، ولم يُستخدم { $idle } منها منذ أكثر من { $months ->
            [one] شهر
            [two] شهرين
            [few] { $months } أشهر
            [many] { $months } شهرًا
           *[other] { $months } شهر
        }
        [many] { $count } موقع ويب سُجِّل الدخول إليها بحسابك على { $platform }، ولم يُستخدم { $idle } منها منذ أكثر من { $months ->
            [one] شهر
            [two] شهرين
            [few] { $months } أشهر
            [many] { $months } شهرًا
           *[other] { $months } شهر
        }
       *[other] { $count } موقع ويب سُجِّل الدخول إليها بحسابك على { $platform }، ولم يُستخدم { $idle } منها منذ أكثر من { $months ->
            [one] شهر
            [two] شهرين
            [few] { $months } أشهر
            [many] { $months } شهرًا
           *[other] { $months } شهر
        }
    }
# { $site } is the website (or device and app), { $date } a date or "–" when unknown.
finding-active-websites-evidence = ‏{ $site }: آخر استخدام { $date }
finding-active-websites-action-telegram = في Telegram: الإعدادات › الخصوصية والأمان › المواقع النشطة، واضغط «قطع الاتصال» عند كل موقع لم تعد تستخدمه (أو «قطع الاتصال بجميع المواقع»).
# For platforms other than Telegram.
finding-active-websites-action-other = سجِّل الخروج من الموقع عبر إعدادات المنصة، ضمن الأجهزة أو التطبيقات المصرَّح لها.

## Address book: the contacts the platform holds
finding-address-book-title-telegram = { $count ->
        [one] يحتفظ Telegram بجهة اتصال واحدة من دفتر عناوينك
        [two] يحتفظ Telegram بجهتَي اتصال من دفتر عناوينك
        [few] يحتفظ Telegram بـ{ $count } جهات اتصال من دفتر عناوينك
        [many] يحتفظ Telegram بـ{ $count } جهة اتصال من دفتر عناوينك
       *[other] يحتفظ Telegram بـ{ $count } جهة اتصال من دفتر عناوينك
    }
finding-address-book-title-whatsapp = { $count ->
        [one] يحتفظ WhatsApp برقم واحد من دفتر عناوين هاتفك
        [two] يحتفظ WhatsApp برقمين من دفتر عناوين هاتفك
        [few] يحتفظ WhatsApp بـ{ $count } أرقام من دفتر عناوين هاتفك
        [many] يحتفظ WhatsApp بـ{ $count } رقمًا من دفتر عناوين هاتفك
       *[other] يحتفظ WhatsApp بـ{ $count } رقم من دفتر عناوين هاتفك
    }
finding-address-book-title-wechat = { $count ->
        [one] يحتفظ WeChat بقائمة أصدقائك: جهة اتصال واحدة
        [two] يحتفظ WeChat بقائمة أصدقائك: جهتا اتصال
        [few] يحتفظ WeChat بقائمة أصدقائك: { $count } جهات اتصال
        [many] يحتفظ WeChat بقائمة أصدقائك: { $count } جهة اتصال
       *[other] يحتفظ WeChat بقائمة أصدقائك: { $count } جهة اتصال
    }
finding-address-book-entries = { $count ->
        [zero] لا إدخالات
        [one] إدخال واحد
        [two] إدخالان
        [few] { $count } إدخالات
        [many] { $count } إدخالًا
       *[other] { $count } إدخال
    }
finding-address-book-oldest = أقدمها مُضاف في { $date }
finding-address-book-action-telegram = في Telegram: الإعدادات › الخصوصية والأمان › إعدادات البيانات، أوقف «مزامنة جهات الاتصال»، ثم اضغط «حذف جهات الاتصال المُزامَنة».
finding-address-book-action-whatsapp = يقرأ WhatsApp دفتر عناوينك ما دام يملك إذن الوصول إلى جهات الاتصال. في أندرويد: الإعدادات › التطبيقات › WhatsApp › الأذونات › جهات الاتصال › عدم السماح. وفي آيفون: الإعدادات › الخصوصية والأمن › جهات الاتصال، ثم أوقف WhatsApp. ولا يوفّر WhatsApp أي زر لحذف ما لديه بالفعل.
finding-address-book-action-wechat = في WeChat، احذف الأصدقاء الذين لم تعد تتحدث معهم (ملف الصديق › ··· › حذف)، ومن أنا › الإعدادات › الخصوصية اختر الطرق التي يمكن للآخرين إضافتك بها (رقم الهاتف، أو معرّف WeChat، أو المجموعة، أو رمز QR).

## Frequent contacts: Telegram's rating of whom you talk to most
finding-frequent-contacts-title = { $count ->
        [one] يقيّم Telegram مَن تتواصل معهم أكثر من غيرهم: في تقييمه شخص أو محادثة واحدة
        [two] يقيّم Telegram مَن تتواصل معهم أكثر من غيرهم: في تقييمه اثنان من الأشخاص والمحادثات
       *[other] يقيّم Telegram مَن تتواصل معهم أكثر من غيرهم: في تقييمه { $count } من الأشخاص والمحادثات
    }
finding-frequent-contacts-evidence = في التقييم: { $count } (أشخاص ومجموعات وبوتات وقنوات)
finding-frequent-contacts-action = في Telegram: الإعدادات › الخصوصية والأمان › إعدادات البيانات، أوقف «اقتراح جهات الاتصال المتكررة»؛ فيحذف ذلك التقييمات أيضًا.

## IP addresses the platform keeps
finding-ip-addresses-title = { $count ->
        [one] يعرف { $platform } عنوان IP واحدًا لك
        [two] يعرف { $platform } عنوانَي IP لك
        [few] يعرف { $platform }‏ { $count } عناوين IP لك
        [many] يعرف { $platform }‏ { $count } عنوان IP لك
       *[other] يعرف { $platform }‏ { $count } عنوان IP لك
    }
# { $count } addresses, registered in { $countries } countries.
finding-ip-addresses-title-countries = يعرف { $platform }‏ { $count ->
        [one] عنوان IP واحدًا
        [two] عنوانَي IP
        [few] { $count } عناوين IP
        [many] { $count } عنوان IP
       *[other] { $count } عنوان IP
    } لك في { $countries ->
        [one] دولة واحدة
        [two] دولتين
        [few] { $countries } دول
        [many] { $countries } دولة
       *[other] { $countries } دولة
    }
finding-ip-addresses-count = { $count ->
        [zero] لا عناوين
        [one] عنوان واحد
        [two] عنوانان
        [few] { $count } عناوين
        [many] { $count } عنوانًا
       *[other] { $count } عنوان
    }
# { $countries } is a list of country codes with counts: "DE (2), US (1)".
finding-ip-addresses-registered = مسجَّلة في { $countries }‎
# { $when } is a date with how long ago it was: "Feb 11, 2024 (2 years ago)".
finding-ip-addresses-oldest = أقدمها ظهر في { $when }
finding-ip-addresses-action-telegram = يحتفظ Telegram بالعناوين لدواعٍ أمنية، ولا يتيح حذفها واحدًا واحدًا. وإنهاء الجلسات التي لا تستخدمها (الإعدادات › الأجهزة) يمنع إضافة المزيد منها؛ أما البروكسي (الإعدادات › البيانات والتخزين › البروكسي) أو الشبكة الافتراضية الخاصة (VPN) فيُخفي عنوانك عن Telegram مستقبلًا.
finding-ip-addresses-action-whatsapp = لا يتيح WhatsApp حذف العناوين التي سجّلها. استخدام VPN يُخفي عنوانك عنه مستقبلًا؛ وخيار الإعدادات › الخصوصية › متقدم › حماية عنوان IP في المكالمات يُخفيه عمّن تتصل بهم.
finding-ip-addresses-action-wechat = لا يتيح WeChat حذف العناوين التي سجّلها. واستخدام VPN يُخفي عنوانك عنه مستقبلًا.

## Quiet groups: groups and channels you have not written in for years
# All of them are groups. { $years } is 2.
finding-quiet-groups-title-groups = { $count ->
        [one] لا تزال عضوًا في مجموعة واحدة على { $platform } لم تكتب فيها طوال { $years ->
            [one] سنة
            [two] سنتين
            [few] { $years } سنوات
            [many] { $years } سنة
           *[other] { $years } سنة
        } قبل التصدير
        [two] لا تزال عضوًا في مجموعتين على { $platform } لم تكتب فيهما طوال { $years ->
            [one] سنة
            [two] سنتين
            [few] { $years } سنوات
            [many] { $years } سنة
           *[other] { $years } سنة
        } قبل التصدير
        [few] لا تزال عضوًا في { $count } مجموعات على { $platform } لم تكتب فيها طوال { $years ->
            [one] سنة
            [two] سنتين
            [few] { $years } سنوات
            [many] { $years } سنة
           *[other] { $years } سنة
        } قبل التصدير
        [many] لا تزال عضوًا في { $count } مجموعة على { $platform } لم تكتب فيها طوال { $years ->
            [one] سنة
            [two] سنتين
            [few] { $years } سنوات
            [many] { $years } سنة
           *[other] { $years } سنة
        } قبل التصدير
       *[other] لا تزال عضوًا في { $count } مجموعة على { $platform } لم تكتب فيها طوال { $years ->
            [one] سنة
            [two] سنتين
            [few] { $years } سنوات
            [many] { $years } سنة
           *[other] { $years } سنة
        } قبل التصدير
    }
# All of them are channels.
finding-quiet-groups-title-channels = { $count ->
        [one] لا تزال مشتركًا في قناة واحدة على { $platform } لم تكتب فيها طوال { $years ->
            [one] سنة
            [two] سنتين
            [few] { $years } سنوات
            [many] { $years } سنة
           *[other] { $years } سنة
        } قبل التصدير
        [two] لا تزال مشتركًا في قناتين على { $platform } لم تكتب فيهما طوال { $years ->
            [one] سنة
            [two] سنتين
            [few] { $years } سنوات
            [many] { $years } سنة
           *[other] { $years } سنة
        } قبل التصدير
        [few] لا تزال مشتركًا في { $count } قنوات على { $platform } لم تكتب فيها طوال { $years ->
            [one] سنة
            [two] سنتين
            [few] { $years } سنوات
            [many] { $years } سنة
           *[other] { $years } سنة
        } قبل التصدير
        [many] لا تزال مشتركًا في { $count } قناة على { $platform } لم تكتب فيها طوال { $years ->
            [one] سنة
            [two] سنتين
            [few] { $years } سنوات
            [many] { $years } سنة
           *[other] { $years } سنة
        } قبل التصدير
       *[other] لا تزال مشتركًا في { $count } قناة على { $platform } لم تكتب فيها طوال { $years ->
            [one] سنة
            [two] سنتين
            [few] { $years } سنوات
            [many] { $years } سنة
           *[other] { $years } سنة
        } قبل التصدير
    }
# Some groups, some channels.
finding-quiet-groups-title-mixed = { $count ->
        [one] لا تزال في مجموعة أو قناة واحدة على { $platform } لم تكتب فيها طوال { $years ->
            [one] سنة
            [two] سنتين
            [few] { $years } سنوات
            [many] { $years } سنة
           *[other] { $years } سنة
        } قبل التصدير
        [two] لا تزال في مجموعة وقناة على { $platform } لم تكتب فيهما طوال { $years ->
            [one] سنة
            [two] سنتين
            [few] { $years } سنوات
            [many] { $years } سنة
           *[other] { $years } سنة
        } قبل التصدير
       *[other] لا تزال في { $count } من المجموعات والقنوات على { $platform } لم تكتب فيها طوال { $years ->
            [one] سنة
            [two] سنتين
            [few] { $years } سنوات
            [many] { $years } سنة
           *[other] { $years } سنة
        } قبل التصدير
    }
# { $name } is the group's or channel's name, { $date } a date.
finding-quiet-groups-last-wrote = ‏{ $name }: كتبتَ فيها آخر مرة في { $date }
# { $kind } is the kind of conversation ("public group", "channel").
finding-quiet-groups-never-wrote = ‏{ $name }: لم تكتب فيها قط ({ $kind })
finding-quiet-groups-action-telegram = غادِر ما لم تعد تتابعه منها: افتحها › قائمة النقاط الثلاث › مغادرة المجموعة (أو مغادرة القناة). يظل الأعضاء الآخرون يرون رسائلك القديمة بعد مغادرتك؛ فاحذفها أولًا إن أردت أن تختفي.
finding-quiet-groups-action-whatsapp = غادِر ما لم تعد تتابعه منها: افتح المجموعة › قائمة النقاط الثلاث › المزيد › الخروج من المجموعة. ويظل الأعضاء يرون رقمك إلى أن تغادر.
finding-quiet-groups-action-wechat = غادِر ما لم تعد تتابعه منها: افتح المجموعة › ··· › حذف ومغادرة ‏(删除并退出).

## Bots you wrote to once or not at all
finding-bots-once-title = { $count ->
        [one] بوت واحد تحدثتَ إليه مرة واحدة لا يزال يحتفظ بمحادثتك
        [two] بوتان تحدثتَ إليهما مرة واحدة لا يزالان يحتفظان بمحادثتك
        [few] { $count } بوتات تحدثتَ إليها مرة واحدة لا تزال تحتفظ بمحادثتك
        [many] { $count } بوتًا تحدثتَ إليها مرة واحدة لا تزال تحتفظ بمحادثتك
       *[other] { $count } بوت تحدثتَ إليها مرة واحدة لا تزال تحتفظ بمحادثتك
    }
# { $name } is the bot's name; { $sent } messages from you out of { $total } in the chat.
finding-bots-once-evidence = { $sent ->
        [zero] ‏{ $name }: لا رسائل منك، و{ $total } في المحادثة كلها
        [one] ‏{ $name }: رسالة واحدة منك، و{ $total } في المحادثة كلها
        [two] ‏{ $name }: رسالتان منك، و{ $total } في المحادثة كلها
        [few] ‏{ $name }: { $sent } رسائل منك، و{ $total } في المحادثة كلها
        [many] ‏{ $name }: { $sent } رسالة منك، و{ $total } في المحادثة كلها
       *[other] ‏{ $name }: { $sent } رسالة منك، و{ $total } في المحادثة كلها
    }
finding-bots-once-action = يحتفظ البوت بما أرسلتَه إليه، مع اسمك واسم المستخدم ولغتك. افتح البوت › قائمة النقاط الثلاث › حظر (إيقاف وحظر البوت)، ثم حذف المحادثة.

## Recurring payments: subscriptions and automatic deductions (WeChat Pay)
finding-recurring-payments-title = { $count ->
        [one] تدفع على فترات منتظمة لطرف واحد
        [two] تدفع على فترات منتظمة لطرفين
        [few] تدفع على فترات منتظمة لـ{ $count } أطراف
        [many] تدفع على فترات منتظمة لـ{ $count } طرفًا
       *[other] تدفع على فترات منتظمة لـ{ $count } طرف
    }
# { $name } is who was paid, { $every } how often (finding-every-…), { $total } an amount
# of money ("¥60.00").
finding-recurring-payments-evidence = { $count ->
        [one] ‏{ $name }: دفعة واحدة { $every }، بمجموع { $total }
        [two] ‏{ $name }: دفعتان { $every }، بمجموع { $total }
        [few] ‏{ $name }: { $count } دفعات { $every }، بمجموع { $total }
        [many] ‏{ $name }: { $count } دفعة { $every }، بمجموع { $total }
       *[other] ‏{ $name }: { $count } دفعة { $every }، بمجموع { $total }
    }
finding-recurring-payments-action = راجع ما يُخصم تلقائيًا في WeChat: أنا › الخدمات › المحفظة › إعدادات الدفع › الخصم التلقائي ‏(我 › 服务 › 钱包 › 支付设置 › 自动续费)، وألغِ ما لم تعد تريده.
# How often a payment recurs, placed after "4 payments".
finding-every-week = كل أسبوع
finding-every-two-weeks = كل أسبوعين
finding-every-month = كل شهر
finding-every-three-months = كل ثلاثة أشهر
finding-every-year = كل سنة
finding-every-days = { $count ->
        [one] كل يوم
        [two] كل يومين
        [few] كل { $count } أيام
        [many] كل { $count } يومًا
       *[other] كل { $count } يوم
    }

## Top counterparties: whom you paid most
# { $percent } is a whole number; { $count } is 1, 2 or 3.
finding-top-counterparties-title = { $count ->
        [one] ذهب { $percent }% من إنفاقك إلى طرف واحد
        [two] ذهب { $percent }% من إنفاقك إلى طرفين
        [few] ذهب { $percent }% من إنفاقك إلى { $count } أطراف
        [many] ذهب { $percent }% من إنفاقك إلى { $count } طرفًا
       *[other] ذهب { $percent }% من إنفاقك إلى { $count } طرف
    }
# { $name } is who was paid, { $amount } an amount of money ("¥70.00").
finding-top-counterparties-evidence = { $count ->
        [one] ‏{ $name }: { $amount } على دفعة واحدة
        [two] ‏{ $name }: { $amount } على دفعتين
        [few] ‏{ $name }: { $amount } على { $count } دفعات
        [many] ‏{ $name }: { $amount } على { $count } دفعة
       *[other] ‏{ $name }: { $amount } على { $count } دفعة
    }
finding-top-counterparties-action = يحتفظ WeChat Pay بكل دفعة وبمن دفعتَ له، ولا يمكن حذف كشوف الحساب. والدفع لهذه الأطراف بطريقة أخرى يُبقي دفعاتك القادمة خارج هذا السجل.

## Night payments: payments made between midnight and 5 in the morning
# { $end } is a time of day ("05:00").
finding-night-payments-title = { $count ->
        [one] دفعة واحدة تمّت بين 00:00 و{ $end }
        [two] دفعتان تمّتا بين 00:00 و{ $end }
        [few] { $count } دفعات تمّت بين 00:00 و{ $end }
        [many] { $count } دفعة تمّت بين 00:00 و{ $end }
       *[other] { $count } دفعة تمّت بين 00:00 و{ $end }
    }
# { $night } of all { $count } payments, { $percent } a whole number.
finding-night-payments-share = { $count ->
        [one] { $night } من أصل دفعة واحدة أجريتَها ({ $percent }%)
        [two] { $night } من أصل دفعتين أجريتَهما ({ $percent }%)
        [few] { $night } من أصل { $count } دفعات أجريتَها ({ $percent }%)
        [many] { $night } من أصل { $count } دفعة أجريتَها ({ $percent }%)
       *[other] { $night } من أصل { $count } دفعة أجريتَها ({ $percent }%)
    }
finding-night-payments-latest = أحدثها في { $date }
finding-night-payments-action = من الدفعات الليلية يعرف WeChat متى تكون مستيقظًا وأين تكون ليلًا. لا يوجد ما يمكن إيقافه؛ لكن راجع كشف الحساب بحثًا عن دفعات لا تعرفها: أنا › الخدمات › المحفظة › كشوف الحساب ‏(我 › 服务 › 钱包 › 账单).

## Missing: what the export did not include
# { $categories } is a list of category names ("Contacts, Identity"; see inventory-…).
finding-missing-title = لم يتضمن تصدير { $platform } ما يلي: { $categories }
# { $category } is one category name.
finding-missing-evidence = { $category }: لا شيء في الملفات المحمَّلة
