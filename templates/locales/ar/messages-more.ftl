# نصوص كانت الخدمات تكتبها بالإنجليزية في الشيفرة: تنبيهات الأمان، والروابط والدعوات المرسلة
# بالبريد الإلكتروني، وعناوين التذكيرات والإشعارات وتفاصيلها.

## تنبيهات الأمان: اسم قصير للتغيير (الموضوع: «تنبيه أمني: …») وجملة عمّا حدث.
notice-password-changed = تغيير كلمة المرور
notice-password-changed-by-link = غُيّرت كلمة مرور حسابك في grantdesk عبر رابط أُرسل إلى هذا العنوان، وأُنهيت جميع الجلسات.
notice-password-changed-signed-in = غيّر كلمةَ مرور حسابك في grantdesk شخصٌ مسجَّل الدخول إليه، وأُنهيت جميع الجلسات.
notice-email-changed = تغيير عنوان البريد الإلكتروني
notice-email-changed-detail = تغيّر عنوان البريد الإلكتروني لحسابك في grantdesk من { $before } إلى { $after }.
notice-email-change-requested = طلب تغيير عنوان البريد الإلكتروني
notice-email-change-requested-detail = طلب شخص مسجَّل الدخول إلى حسابك في grantdesk تغيير عنوان بريده الإلكتروني إلى { $email }. لا يتم التغيير إلا بعد فتح الرابط المرسل إلى ذلك العنوان.
notice-mfa-on = تفعيل التحقق بخطوتين
notice-mfa-on-detail = فُعّل تسجيل الدخول بخطوتين لحسابك في grantdesk.
notice-mfa-off = إيقاف التحقق بخطوتين
notice-mfa-off-detail = أُوقف تسجيل الدخول بخطوتين لحسابك في grantdesk.
notice-new-sign-in = تسجيل دخول جديد
notice-new-sign-in-detail = سُجّل الدخول إلى حسابك في grantdesk من عميل جديد ({ $client }).

## الروابط المرسلة بالبريد (إعادة تعيين كلمة المرور، أول كلمة مرور، تأكيد العنوان).
notice-link-detail =
    { $link }
    (ترسل البرامج الرمز بطلب POST إلى { $endpoint }.)

## تقرير مستحق بموجب منحة، كما تسمّيه الإشعارات.
notice-report-label = { $kind ->
        [interim_narrative] التقرير السردي المرحلي
        [interim_financial] التقرير المالي المرحلي
        [final_narrative] التقرير السردي الختامي
       *[final_financial] التقرير المالي الختامي
    } رقم { $number }

## التذكيرات.
reminder-report-title = { $kind ->
        [interim_narrative] التقرير السردي المرحلي
        [interim_financial] التقرير المالي المرحلي
        [final_narrative] التقرير السردي الختامي
       *[final_financial] التقرير المالي الختامي
    } للمنحة { $award }
reminder-report-detail = قدّمه من صفحة المنحة في grantdesk.
reminder-appeal-detail = يبيّن التظلّم الأسباب التي تستدعي إعادة النظر في القرار.
reminder-disbursement-title = { $amount } إلى { $payee }
reminder-disbursement-detail = لا يجوز لمن طلب الصرف أن يوافق عليه: كل دفعة يراجعها شخصان.

## رسائل حقول الحسابات.
field-email-invalid = ليس عنوان بريد إلكتروني صالحًا
field-password-short = يجب ألا تقل عن { $min } محارف
field-password-long = يجب ألا تزيد على { $max } محرفًا
