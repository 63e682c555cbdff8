# صفحات المسؤولين: مستخدمو الموظفين وقائمة العقوبات وصندوق الصادر.

staff-admin-role-officer = مسؤول البرامج
staff-admin-role-reviewer = مقيّم
staff-admin-role-finance = المالية
staff-admin-role-admin = مسؤول النظام
staff-admin-role-applicant = مقدّم طلب

staff-users-title = مستخدمو الموظفين
staff-users-lead = كل من يعمل في مساحة عمل المكتب، مع أدوارهم وطريقة تسجيل دخولهم.
staff-users-count = { $count ->
    [zero] لا يوجد مستخدمون من الموظفين
    [one] مستخدم واحد من الموظفين
    [two] مستخدمان من الموظفين
    [few] { $count } مستخدمين من الموظفين
    [many] { $count } مستخدمًا من الموظفين
   *[other] { $count } مستخدم من الموظفين
}
staff-users-col-name = الاسم
staff-users-col-email = البريد الإلكتروني
staff-users-col-roles = الأدوار
staff-users-col-status = الحساب
staff-users-col-mfa = التحقق بخطوتين
staff-users-col-last-sign-in = آخر تسجيل دخول
staff-users-active = نشط
staff-users-deactivated = معطّل
staff-users-mfa-on = مفعّل
staff-users-mfa-off = غير مفعّل
staff-users-never = لا يوجد سجل
staff-users-invite-heading = دعوة موظف
staff-users-invite-lead = يتلقى رسالة بريد إلكتروني فيها رابط لاختيار كلمة المرور. الرابط صالح لمدة 7 أيام.
staff-users-field-name = الاسم الكامل
staff-users-field-email = البريد الإلكتروني
staff-users-field-roles = الأدوار
staff-users-roles-hint = اختر كل دور يحتاج إليه.
staff-users-invite-button = إرسال الدعوة
staff-users-error-name = أدخل اسمه الكامل
staff-users-error-email = أدخل بريدًا إلكترونيًا بالصيغة الصحيحة، مثل name@example.org
staff-users-error-roles = اختر دورًا واحدًا على الأقل
staff-users-done-invited = أُرسلت الدعوة. تنتظر في صندوق الصادر حتى يتم تسليمها.
staff-users-done-roles = تم تغيير الأدوار.
staff-users-done-deactivated = تم تعطيل الحساب وإنهاء جميع جلساته.
staff-users-done-reactivated = أُعيد تفعيل الحساب. يسجّل صاحبه الدخول من جديد بكلمة مروره.
staff-user-title = { $name }
staff-user-created = تاريخ إنشاء الحساب
staff-user-roles-heading = تغيير الأدوار
staff-user-roles-button = حفظ الأدوار
staff-user-access-heading = الوصول
staff-user-deactivate-lead = لا يمكن للحساب المعطّل تسجيل الدخول، وتنتهي جميع جلساته فورًا.
staff-user-deactivate-button = تعطيل الحساب
staff-user-reactivate-lead = هذا الحساب معطّل. إعادة تفعيله تتيح لصاحبه تسجيل الدخول من جديد.
staff-user-reactivate-button = إعادة تفعيل الحساب
staff-user-self-note = لا يمكنك تعطيل حسابك أو إزالة دور مسؤول النظام عن نفسك: يفعل ذلك مسؤول آخر. هكذا يبقى للمكتب دائمًا مسؤول نظام.
staff-user-confirm-title = هل تريد تعطيل حساب { $name }؟
staff-user-confirm-lead = لن يتمكن { $name } من تسجيل الدخول، وتنتهي جميع جلساته الآن. تبقى سجلاته وتاريخه كما هي. يمكن لمسؤول النظام إعادة تفعيل الحساب لاحقًا.
staff-user-confirm-button = نعم، عطّل الحساب
staff-user-cancel = لا، عودة
staff-user-back = العودة إلى مستخدمي الموظفين
staff-user-error-self-deactivate = لا يمكنك تعطيل حسابك: يفعل ذلك مسؤول آخر

staff-sanctions-title = قائمة العقوبات
staff-sanctions-lead = تُفحص المنظمات مقابل هذه القائمة أثناء العناية الواجبة. تحميل قائمة جديدة يحل محل القائمة السارية.
staff-sanctions-status = الحالة
staff-sanctions-status-loaded = محمّلة
staff-sanctions-status-none = لم تُحمّل أي قائمة بعد: لا يمكن للعناية الواجبة فحص المنظمات قبل تحميلها.
staff-sanctions-list = القائمة
staff-sanctions-source = المصدر
staff-sanctions-source-value = القائمة الموحدة لمجلس الأمن التابع للأمم المتحدة (XML)
staff-sanctions-generated = تاريخ النشر لدى المصدر
staff-sanctions-generated-unknown = غير مذكور في القائمة
staff-sanctions-imported = تاريخ التحميل
staff-sanctions-imported-by = حمّلها
staff-sanctions-imported-by-system = سطر الأوامر أو العرض التجريبي
staff-sanctions-entries = عدد القيود
staff-sanctions-upload-heading = تحميل قائمة جديدة
staff-sanctions-field-file = ملف القائمة
staff-sanctions-file-hint = القائمة الموحدة بصيغة XML (مستند CONSOLIDATED_LIST) كما ينشرها مجلس الأمن.
staff-sanctions-upload-button = تحميل القائمة
staff-sanctions-error-file = اختر ملف XML الخاص بالقائمة
staff-sanctions-error-unreadable = الملف ليس قائمة موحدة مقروءة: { $detail }. لم تتغير القائمة السارية.
staff-sanctions-done-loaded = تم تحميل القائمة الجديدة.

staff-outbox-title = صندوق الصادر
staff-outbox-lead = الرسائل التي يرسلها المكتب. يمكن إعادة محاولة إرسال رسالة فشل تسليمها.
staff-outbox-filter = عرض
staff-outbox-filter-all = كل الرسائل
staff-outbox-filter-button = تصفية
staff-outbox-count = { $count ->
    [zero] لا توجد رسائل
    [one] رسالة واحدة
    [two] رسالتان
    [few] { $count } رسائل
    [many] { $count } رسالة
   *[other] { $count } رسالة
}
staff-outbox-col-recipient = المستلم
staff-outbox-col-subject = الموضوع
staff-outbox-col-status = الحالة
staff-outbox-col-attempts = المحاولات
staff-outbox-col-created = وُضعت في الانتظار
staff-outbox-col-times = المحاولة التالية أو الإرسال
staff-outbox-col-action = إجراء
staff-outbox-status-queued = في الانتظار
staff-outbox-status-sending = قيد الإرسال
staff-outbox-status-sent = أُرسلت
staff-outbox-status-failed = فشلت
staff-outbox-status-in_app = محفوظة في التطبيق
staff-outbox-last-error = آخر خطأ: { $error }
staff-outbox-retry-button = أعد المحاولة
staff-outbox-none = لا توجد رسائل في هذه القائمة.
staff-outbox-done-retried = عادت الرسالة إلى الانتظار وستُرسل مع الدفعة التالية.
staff-outbox-more = رسائل أقدم

outbox-retry-not-failed = لا يمكن إعادة المحاولة إلا لرسالة فشل تسليمها
outbox-retry-ended = لم تُرسل هذه الرسالة عن قصد (انتهت صلاحيتها أو لم تعد تنطبق)، لذا لا يمكن إعادة المحاولة
