# صفحات البوابة الإلكترونية (`templates/portal/`).

portal-product = grantdesk
portal-skip-to-content = انتقل إلى المحتوى الرئيسي
portal-nav-label = القائمة الرئيسية
portal-nav-calls = دعوات التمويل
portal-nav-dashboard = حسابك
portal-nav-sign-out = تسجيل الخروج
portal-nav-sign-in = تسجيل الدخول
portal-nav-register = إنشاء حساب
portal-languages-label = اللغة
portal-language-en = English
portal-language-fr = Français
portal-language-es = Español
portal-language-ar = العربية
portal-language-ru = Русский
portal-language-zh = 中文
portal-footer-office = تديره { $office }.
portal-footer-api = واجهة برمجة التطبيقات للمطورين
portal-local-time = بتوقيتك:
portal-back-home = الانتقال إلى الصفحة الرئيسية

portal-error-summary-title = توجد مشكلة
portal-error-prefix = خطأ:
portal-error-title-prefix = خطأ:
portal-not-found-title = الصفحة غير موجودة
portal-not-found-detail = إذا كتبت العنوان بنفسك فتحقق من صحته. وإذا اتبعت رابطًا فربما انتهت صلاحيته أو ليس لديك إذن بالوصول إليه.

portal-home-title = تمويل لمنظمات المجتمع المدني
portal-home-lead = ابحث عن دعوة تمويل تناسب عمل منظمتك، أو اطلب رعاية سفرك لحضور مؤتمر.
portal-home-open-calls = { $count ->
    [zero] لا توجد دعوات مفتوحة لتقديم الطلبات
    [one] دعوة واحدة مفتوحة لتقديم الطلبات
    [two] دعوتان مفتوحتان لتقديم الطلبات
    [few] { $count } دعوات مفتوحة لتقديم الطلبات
    [many] { $count } دعوة مفتوحة لتقديم الطلبات
   *[other] { $count } دعوة مفتوحة لتقديم الطلبات
}
portal-home-no-open-calls = لا توجد حاليًا أي دعوة مفتوحة لتقديم الطلبات. يرجى العودة لاحقًا.
portal-home-events = { $count ->
    [zero] لا توجد فعاليات تقبل طلبات رعاية السفر
    [one] فعالية واحدة تقبل طلبات رعاية السفر
    [two] فعاليتان تقبلان طلبات رعاية السفر
    [few] { $count } فعاليات تقبل طلبات رعاية السفر
    [many] { $count } فعالية تقبل طلبات رعاية السفر
   *[other] { $count } فعالية تقبل طلبات رعاية السفر
}
portal-home-no-events = لا توجد حاليًا أي فعالية تقبل طلبات رعاية السفر.
portal-event-requests-close = آخر موعد للطلبات

portal-call-caption = دعوة تمويل
portal-call-open = مفتوحة
portal-call-not-accepting = لا تقبل طلبات
portal-call-closed-at = أُغلق باب التقديم في
portal-call-grant-range = قيمة المنحة
portal-call-budget = الميزانية الإجمالية
portal-call-themes = المجالات
portal-call-opens = تاريخ الفتح
portal-call-closes = تاريخ الإغلاق
portal-call-appeal-window = التظلم
portal-call-appeal-days = { $days ->
    [one] خلال يوم واحد من صدور القرار
    [two] خلال يومين من صدور القرار
    [few] خلال { $days } أيام من صدور القرار
   *[other] خلال { $days } يومًا من صدور القرار
}
portal-call-review = التقييم
portal-call-blind-review = لا يرى المقيّمون اسم الجهة المتقدمة.
portal-call-open-review = يرى المقيّمون اسم المنظمة.
portal-call-eligibility = من يحق له التقديم
portal-call-scoring = كيف تُقيَّم الطلبات
portal-call-rubric-caption = معايير التقييم وأوزانها
portal-call-criterion = المعيار
portal-call-weight = الوزن
portal-call-scale = الدرجة

portal-sign-in-title = تسجيل الدخول
portal-sign-in-button = تسجيل الدخول
portal-sign-in-no-account = ليس لديك حساب بعد؟
portal-sign-in-wrong = أدخل بريدًا إلكترونيًا وكلمة مرور صحيحين
portal-field-email = البريد الإلكتروني
portal-field-email-hint = لن نستخدمه إلا لإبلاغك بشأن طلباتك.
portal-field-password = كلمة المرور
portal-field-new-password = أنشئ كلمة مرور
portal-field-password-hint = ١٠ أحرف على الأقل. بضع كلمات تتذكرها أسهل في الكتابة وأصعب في التخمين.
portal-field-full-name = الاسم الكامل

portal-register-title = إنشاء حساب
portal-register-lead = أنشئ حسابًا لتقديم طلبات التمويل أو رعاية السفر باسم منظمتك.
portal-register-button = إنشاء الحساب
portal-register-error-full-name = أدخل اسمك الكامل
portal-register-error-email = أدخل بريدًا إلكترونيًا بالصيغة الصحيحة، مثل name@example.org
portal-register-error-password = أدخل كلمة مرور من ١٠ أحرف على الأقل

portal-dashboard-title = حسابك
portal-dashboard-organisations = منظماتك
portal-dashboard-no-organisations = لست عضوًا في أي منظمة بعد.
portal-dashboard-applications = طلباتك
portal-dashboard-application = الطلب
portal-dashboard-status = الحالة
portal-dashboard-next = الخطوة التالية
portal-dashboard-no-applications = ليس لديك أي طلب بعد.
portal-dashboard-find-calls = ابحث عن دعوة تمويل

portal-status-draft = مسودة
portal-status-submitted = مُقدَّم
portal-status-eligible = مستوفٍ للشروط
portal-status-ineligible = غير مستوفٍ للشروط
portal-status-under-review = قيد التقييم
portal-status-awarded = مُنحت المنحة
portal-status-rejected = لم يُموَّل
portal-status-withdrawn = مسحوب
portal-status-appealed = التظلم قيد النظر
portal-next-draft = أكمل إجاباتك وقدّم الطلب قبل إغلاق الدعوة.
portal-next-submitted = سنتحقق من استيفاء منظمتك لشروط الأهلية.
portal-next-eligible = سيقيّم المقيّمون طلبك.
portal-next-ineligible = يمكنك التظلم ما دامت مهلة التظلم مفتوحة.
portal-next-under-review = يقيّم المقيّمون طلبك الآن، وسنبلغك بالقرار.
portal-next-awarded = اقرأ خطاب المنحة ووافق عليه.
portal-next-rejected = يمكنك التظلم ما دامت مهلة التظلم مفتوحة.
portal-next-withdrawn = لن يُتخذ أي إجراء آخر بشأن هذا الطلب.
portal-next-appealed = ينظر في تظلمك موظف لم يشارك في اتخاذ القرار.

portal-instant = { $day } { $month } { $year }، الساعة { $time } بالتوقيت العالمي
portal-date = { $day } { $month } { $year }
portal-month-1 = يناير
portal-month-2 = فبراير
portal-month-3 = مارس
portal-month-4 = أبريل
portal-month-5 = مايو
portal-month-6 = يونيو
portal-month-7 = يوليو
portal-month-8 = أغسطس
portal-month-9 = سبتمبر
portal-month-10 = أكتوبر
portal-month-11 = نوفمبر
portal-month-12 = ديسمبر

portal-theme-gender = المساواة بين الجنسين
portal-theme-youth = الشباب
portal-theme-human-rights = حقوق الإنسان
portal-theme-pillar1-conditions-conducive = الركيزة الأولى: الظروف المؤدية إلى انتشار الإرهاب
portal-theme-pillar2-preventing-combating = الركيزة الثانية: منع الإرهاب ومكافحته
portal-theme-pillar3-capacity-building = الركيزة الثالثة: بناء قدرات الدول
portal-theme-pillar4-human-rights-rule-of-law = الركيزة الرابعة: حقوق الإنسان وسيادة القانون
portal-list-separator = {"، "}
