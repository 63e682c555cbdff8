# صفحات الحساب في البوابة: تسجيل الدخول بعامل ثانٍ، وتأكيد البريد الإلكتروني،
# ونسيان كلمة المرور، والإعدادات، والجلسات، والإشعارات.

portal-nav-notifications = { $count ->
    [0] الإشعارات
    [100] الإشعارات (غير المقروءة: 99+)
   *[other] الإشعارات (غير المقروءة: { $count })
}
portal-nav-settings = الإعدادات
portal-go-to-account = الانتقال إلى حسابك

portal-code-title = أدخل رمز الأمان
portal-code-lead = حسابك محمي بتسجيل الدخول على خطوتين. افتح تطبيق المصادقة وأدخل الرمز الذي يعرضه لـ grantdesk.
portal-field-code = رمز الأمان
portal-field-code-hint = الأرقام الستة التي يعرضها تطبيقك، أو أحد رموز الاسترداد إن لم يكن هاتفك معك.
portal-code-button = متابعة
portal-code-start-again = ابدأ تسجيل الدخول من جديد
portal-code-missing = أدخل الرمز من تطبيق المصادقة
portal-code-wrong = الرمز غير صحيح أو سبق استخدامه. أدخل أحدث رمز يعرضه تطبيقك

portal-verify-title = أكّد عنوان بريدك الإلكتروني
portal-verify-lead = أكّد أن هذا عنوان بريدك الإلكتروني، حتى يتمكن المكتب من مراسلتك بشأن طلباتك.
portal-verify-button = تأكيد عنوان بريدي الإلكتروني
portal-verified-title = تم تأكيد عنوان البريد الإلكتروني
portal-verified-text = شكرًا لك. يمكن لمنظمتك الآن تقديم طلبات التمويل وطلبات رعاية السفر.
portal-verify-banner-title = أكّد عنوان بريدك الإلكتروني
portal-verify-banner-text = أرسلنا رابطًا إلى { $email }. اتبعه لتأكيد عنوانك: لا يمكنك تقديم أي طلب قبل ذلك.
portal-verify-banner-resend = أرسلوا إليّ رابطًا جديدًا
portal-verify-sent-title = أرسلنا إليك رابطًا جديدًا
portal-verify-sent-text = افحص بريدك الإلكتروني واتبع الرابط لتأكيد عنوانك. لم تعد الروابط السابقة تعمل. يبقى الرابط صالحًا 7 أيام.

portal-forgot-link = هل نسيت كلمة المرور؟
portal-forgot-title = إعادة تعيين كلمة المرور
portal-forgot-lead = أدخل عنوان البريد الإلكتروني لحسابك. سنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
portal-forgot-button = إرسال الرابط
portal-forgot-sent-title = افحص بريدك الإلكتروني
portal-forgot-sent-text = إذا كان هذا العنوان مرتبطًا بحساب، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة. يبقى الرابط صالحًا ساعة واحدة.
portal-forgot-sent-later = إذا لم يصلك شيء خلال بضع دقائق، فافحص مجلد الرسائل غير المرغوب فيها أو اطلب رابطًا جديدًا.
portal-reset-title = اختر كلمة مرور جديدة
portal-reset-button = حفظ كلمة المرور الجديدة
portal-reset-done-title = تم تغيير كلمة المرور
portal-reset-done-text = تم تسجيل الخروج من جميع الأجهزة المتصلة بحسابك. سجّل الدخول بكلمة المرور الجديدة.

portal-link-invalid-title = هذا الرابط لا يعمل
portal-link-invalid-text = الرابط الوارد في رسالة البريد الإلكتروني يعمل مرة واحدة فقط، وحتى انتهاء صلاحيته. كما أن الرابط الأحدث يحل محل الروابط السابقة.
portal-link-invalid-verify = سجّل الدخول واطلب رابطًا جديدًا من صفحة حسابك.
portal-link-invalid-reset = اطلب رابطًا جديدًا لإعادة تعيين كلمة المرور.

portal-settings-title = الإعدادات
portal-settings-change = تغيير
portal-settings-back = العودة إلى الإعدادات
portal-settings-save = حفظ
portal-settings-language = اللغة
portal-settings-language-missing = اختر لغة
portal-settings-email-verified = مؤكَّد
portal-settings-email-unverified = غير مؤكَّد
portal-settings-two-factor = تسجيل الدخول على خطوتين
portal-settings-two-factor-on = مفعَّل
portal-settings-two-factor-off = غير مفعَّل
portal-settings-done-language = تم حفظ لغتك.
portal-settings-done-password = تم تغيير كلمة المرور. وتم تسجيل الخروج من الأجهزة الأخرى.
portal-settings-done-two-factor-on = تسجيل الدخول على خطوتين مفعَّل.
portal-settings-done-two-factor-off = تسجيل الدخول على خطوتين غير مفعَّل.
portal-settings-done-session-ended = تم إنهاء الجلسة.
portal-settings-password-title = تغيير كلمة المرور
portal-settings-password-lead = سيتم تسجيل الخروج من جميع الأجهزة الأخرى المتصلة بحسابك.
portal-settings-password-button = تغيير كلمة المرور
portal-settings-password-wrong = أدخل كلمة المرور الحالية
portal-field-current-password = كلمة المرور الحالية
portal-settings-sessions = الأماكن التي سجّلت الدخول منها
portal-settings-sessions-lead = إذا لم تتعرّف على جلسة، فأنهِها وغيّر كلمة المرور.
portal-settings-session-kind = الجلسة
portal-settings-session-client = عنوان الشبكة
portal-settings-session-started = تسجيل الدخول
portal-settings-session-used = آخر استخدام
portal-settings-session-action = الإجراء
portal-settings-session-browser = متصفح ويب
portal-settings-session-api = برنامج (API)
portal-settings-session-current = هذا المتصفح
portal-settings-session-end = تسجيل الخروج

portal-two-factor-title = تسجيل الدخول على خطوتين
portal-two-factor-required = يتطلب دورك تسجيل الدخول على خطوتين. قم بإعداده للمتابعة.
portal-two-factor-off-lead = مع تسجيل الدخول على خطوتين لا تكفي كلمة مرور مسروقة للدخول إلى حسابك: إذ تُدخل أيضًا رمزًا من تطبيق مصادقة على هاتفك.
portal-two-factor-enrol-button = إعداد تسجيل الدخول على خطوتين
portal-two-factor-step-app = ثبّت تطبيق مصادقة على هاتفك إن لم يكن لديك واحد.
portal-two-factor-step-scan = امسح رمز QR هذا بالتطبيق.
portal-two-factor-qr-label = رمز QR لمسحه بتطبيق المصادقة
portal-two-factor-step-type = إذا تعذّر عليك مسحه، فاكتب هذا المفتاح في التطبيق بدلًا من ذلك:
portal-two-factor-step-code = أدخل الرمز المكوّن من 6 أرقام الذي يعرضه التطبيق.
portal-field-app-code = الرمز من تطبيقك
portal-field-app-code-hint = 6 أرقام، مثل 123456.
portal-two-factor-confirm-button = تفعيل تسجيل الدخول على خطوتين
portal-two-factor-on-lead = عند تسجيل الدخول تُدخل بعد كلمة المرور رمزًا من تطبيق المصادقة.
portal-two-factor-disable-title = إيقاف تسجيل الدخول على خطوتين
portal-two-factor-disable-button = إيقاف تسجيل الدخول على خطوتين
portal-recovery-title = تسجيل الدخول على خطوتين مفعَّل
portal-recovery-lead = احفظ رموز الاسترداد هذه في مكان آمن. إذا فقدت هاتفك، يتيح لك كل رمز تسجيل الدخول مرة واحدة.
portal-recovery-once = هذه هي المرة الوحيدة التي نعرضها فيها.
portal-recovery-continue = لقد حفظت رموز الاسترداد

portal-notifications-title = الإشعارات
portal-notifications-unread = { $count ->
    [0] ليست لديك إشعارات غير مقروءة.
    [100] لديك أكثر من 99 إشعارًا غير مقروء.
    [zero] ليست لديك إشعارات غير مقروءة.
    [one] لديك إشعار واحد غير مقروء.
    [two] لديك إشعاران غير مقروءين.
    [few] لديك { $count } إشعارات غير مقروءة.
    [many] لديك { $count } إشعارًا غير مقروء.
   *[other] لديك { $count } إشعار غير مقروء.
}
portal-notifications-new = غير مقروء
portal-notifications-mark-read = وضع علامة مقروء
portal-notifications-none = ليست لديك إشعارات بعد.
portal-notifications-pages = صفحات الإشعارات
portal-notifications-newer = إشعارات أحدث
portal-notifications-older = إشعارات أقدم
portal-dashboard-unread = { $count ->
    [zero] ليست لديك إشعارات غير مقروءة
    [one] لديك إشعار واحد غير مقروء
    [two] لديك إشعاران غير مقروءين
    [few] لديك { $count } إشعارات غير مقروءة
    [many] لديك { $count } إشعارًا غير مقروء
   *[other] لديك { $count } إشعار غير مقروء
}

portal-members-title = الأعضاء
portal-members-since = عضو منذ
portal-members-waiting = دعوات بانتظار الرد
portal-members-expires = حتى
portal-members-invite-title = دعوة شخص
portal-members-invite-hint = سنرسل إليه دعوة بالبريد الإلكتروني. يقبلها بعد تسجيل الدخول بهذا العنوان.
portal-members-invite-button = إرسال الدعوة
portal-members-invited = تم إرسال الدعوة.
