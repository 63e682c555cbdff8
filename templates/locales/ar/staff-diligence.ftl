# مساحة عمل الموظفين: العناية الواجبة، وتقييمات المخاطر، والفعاليات والرعاية، وسجل التدقيق.

staff-diligence-pagination = الصفحات
staff-diligence-page-previous = الصفحة السابقة
staff-diligence-page-next = الصفحة التالية

## العناية الواجبة

staff-diligence-title = العناية الواجبة
staff-diligence-lead = قائمة التحقق لكل منظمة، ومطابقتها مع قوائم الجزاءات، ووضعها. تشابه الاسم تنبيه لتنظر فيه، وليس رفضًا بحد ذاته أبدًا.
staff-diligence-search-label = اسم المنظمة
staff-diligence-search-button = بحث
staff-diligence-count = { $count ->
    [zero] لا توجد منظمات
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $count } منظمات
   *[other] { $count } منظمة
}
staff-diligence-col-organisation = المنظمة
staff-diligence-col-country = البلد
staff-diligence-col-status = الحالة
staff-diligence-col-valid-until = سارية حتى
staff-diligence-col-check = البند
staff-diligence-col-note = ملاحظة عن المستندات المؤيدة
staff-diligence-status-none = لم تُقيَّم
staff-diligence-status-open = قيد الإنجاز
staff-diligence-status-passed = ناجحة
staff-diligence-status-failed = غير ناجحة
staff-diligence-status-expired = منتهية الصلاحية
staff-diligence-of = العناية الواجبة بشأن { $name }
staff-diligence-back = العودة إلى العناية الواجبة
staff-diligence-short-name = الاسم المختصر
staff-diligence-standing = الوضع
staff-diligence-standing-valid = سارية
staff-diligence-standing-expired = منتهية الصلاحية
staff-diligence-standing-failed = غير ناجحة
staff-diligence-standing-missing = لا يوجد تقييم مكتمل
staff-diligence-until = حتى { $date }
staff-diligence-rescreening = تغيّر منذ آخر تقييم اسمٌ جرت مطابقته: المنح ومدفوعاتها بانتظار تقييم جديد بمطابقة جديدة.
staff-diligence-open-button = بدء تقييم جديد
staff-diligence-assessment = التقييم
staff-diligence-opened = بدأ في
staff-diligence-completed = اكتمل في
staff-diligence-rating = التصنيف العام للمخاطر
staff-diligence-rating-none = لم يُصنَّف بعد
staff-diligence-rating-low = منخفض
staff-diligence-rating-medium = متوسط
staff-diligence-rating-high = مرتفع
staff-diligence-checklist = قائمة التحقق
staff-diligence-item-open = لم يُتحقق منه بعد
staff-diligence-item-passed = مستوفى
staff-diligence-item-failed = غير مستوفى
staff-diligence-item-not_applicable = لا ينطبق
staff-diligence-item-status-label = النتيجة: { $item }
staff-diligence-item-note-label = ملاحظة عن المستندات: { $item }
staff-diligence-needs-evidence = لا يمكن اعتبار هذا البند مستوفى إلا بعد إرفاق مستند مؤيد.
staff-diligence-evidence = المستندات المؤيدة
staff-diligence-no-evidence = لا شيء بعد
staff-diligence-save-checklist = حفظ قائمة التحقق
staff-diligence-check-legal-registration = التحقق من التسجيل القانوني لدى جهة التسجيل
staff-diligence-check-governing-documents = الوثائق التأسيسية (النظام الأساسي، اللوائح الداخلية) محفوظة وسارية
staff-diligence-check-governance-independence = الحوكمة والاستقلالية: المنظمة لا تخضع لسيطرة الحكومة
staff-diligence-check-financial-statements = بيانات مالية مدققة أو ما يعادلها عن السنة المالية الأخيرة
staff-diligence-check-bank-account = التحقق من حساب مصرفي باسم المنظمة نفسها
staff-diligence-check-sanctions-screening = مطابقة المنظمة وأعضائها مع القائمة الموحدة لمجلس الأمن التابع للأمم المتحدة
staff-diligence-screening = المطابقة مع قوائم الجزاءات
staff-diligence-screened-at = جرت المطابقة في
staff-diligence-list-of = مع القائمة الصادرة في
staff-diligence-not-screened = لم تجرِ المطابقة بعد.
staff-diligence-screen-button = مطابقة المنظمة وأعضائها
staff-diligence-screen-again = المطابقة مرة أخرى
staff-diligence-no-matches = لا يشبه أي اسم في القائمة أسماء المنظمة أو أسماء أعضائها.
staff-diligence-candidate = تطابق محتمل مع القيد { $reference }
staff-diligence-to-adjudicate = بانتظار البت
staff-diligence-why-name = «{ $subject }» يشبه «{ $matched }»، وهو الاسم المدرج لهذا القيد (درجة التشابه { $score }).
staff-diligence-why-alias = «{ $subject }» يشبه «{ $matched }»، وهو اسم مستعار في هذا القيد (درجة التشابه { $score }).
staff-diligence-side-by-side = الاسم الذي جرت مطابقته بجانب القيد المدرج
staff-diligence-col-screened = ما جرت مطابقته هنا
staff-diligence-col-listed = في قائمة الجزاءات
staff-diligence-row-name = الاسم
staff-diligence-row-matched = الأسماء المتطابقة
staff-diligence-row-aliases = جميع الأسماء والأسماء المستعارة المدرجة
staff-diligence-row-reference = الرقم المرجعي
staff-diligence-row-kind = مدرج بوصفه
staff-diligence-row-listed-on = تاريخ الإدراج
staff-diligence-row-addresses = العناوين
staff-diligence-row-score = درجة التشابه
staff-diligence-kind-individual = فردًا
staff-diligence-kind-entity = كيانًا
staff-diligence-entry-gone = لم يعد هذا القيد موجودًا في القائمة السارية.
staff-diligence-outcome-question = هل هو الشخص نفسه أو الكيان نفسه؟
staff-diligence-outcome-false-positive = لا، تطابق خاطئ
staff-diligence-outcome-true-match = نعم، تطابق حقيقي
staff-diligence-reason-label = السبب
staff-diligence-reason-hint = مثلًا: تاريخ ميلاد أو جنسية أو بلد نشاط مختلف.
staff-diligence-adjudicate-button = تسجيل النتيجة
staff-diligence-adjudicated = جرى البت في { $when }
staff-diligence-completion = الإكمال
staff-diligence-completion-lead = عندما تُغلق كل البنود ويُبت في كل تطابق محتمل، أكمل التقييم. يبقى عندئذٍ ساريًا لمدة محددة ولا يمكن تغييره.
staff-diligence-complete-link = المراجعة والإكمال
staff-diligence-complete-title = راجع التقييم قبل إكماله
staff-diligence-complete-lead = بعد الإكمال لا يمكن تغيير التقييم: أي نظر جديد في المنظمة تقييم جديد.
staff-diligence-complete-button = إكمال التقييم
staff-diligence-complete-cancel = العودة إلى التقييم
staff-diligence-history = التقييمات السابقة
staff-diligence-error-item-status = اختر نتيجة من القائمة
staff-diligence-error-rating = اختر تصنيفًا من القائمة
staff-diligence-error-outcome = بيّن هل هو الشخص نفسه أو الكيان نفسه
staff-diligence-error-reason = اذكر سبب النتيجة التي توصلت إليها

## سجل التدقيق

staff-audit-title = سجل التدقيق
staff-audit-link = عرض سجل التدقيق
staff-audit-chain-ok = سليمة
staff-audit-chain-bad = مكسورة
staff-audit-chain-intact = { $count ->
    [one] جرى التحقق من سلسلة من حدث واحد: لم يُغيَّر شيء ولم يُحذف.
   *[other] جرى التحقق من سلسلة من { $count } حدثًا: لم يُغيَّر شيء ولم يُحذف.
}
staff-audit-chain-broken = لا تجتاز السلسلة التحقق بدءًا من الحدث { $seq }: جرى تغيير السجل.
staff-audit-subject-type = نوع السجل
staff-audit-any-subject = أي نوع
staff-audit-subject-id = معرّف السجل
staff-audit-subject-id-hint = اتركه فارغًا لعرض أحدث الأحداث.
staff-audit-show = عرض الأحداث
staff-audit-count = { $count ->
    [zero] لا توجد أحداث
    [one] حدث واحد
    [two] حدثان
    [few] { $count } أحداث
   *[other] { $count } حدثًا
}
staff-audit-col-when = متى
staff-audit-col-who = من
staff-audit-col-what = ماذا
staff-audit-col-subject = السجل
staff-audit-col-reason = السبب
staff-audit-system = النظام
staff-audit-unknown-user = حساب محذوف
staff-audit-error-subject-type = اختر نوع سجل من القائمة
staff-audit-error-subject-id = أدخل معرّفًا لا يتجاوز 100 حرف
staff-audit-subject-organisation = منظمة
staff-audit-subject-application = طلب
staff-audit-subject-call = دعوة
staff-audit-subject-award = منحة
staff-audit-subject-disbursement = دفعة
staff-audit-subject-event = فعالية
staff-audit-subject-sponsorship-request = طلب رعاية
staff-audit-subject-user = مستخدم
staff-audit-subject-sanctions-list = قائمة الجزاءات
staff-audit-action-due-diligence-opened = بدأ تقييم العناية الواجبة
staff-audit-action-due-diligence-updated = سجّل نتائج قائمة التحقق
staff-audit-action-due-diligence-screened = طابق الأسماء مع قائمة الجزاءات
staff-audit-action-due-diligence-match-adjudicated = بتّ في تطابق محتمل مع قائمة الجزاءات
staff-audit-action-due-diligence-completed = أكمل تقييم العناية الواجبة
staff-audit-action-risk-submitted = سجّل تقييم مخاطر «عدم الإضرار»
staff-audit-action-risk-first-approval = أعطى الموافقة الأولى على خطر متبقٍ مرتفع
staff-audit-action-risk-approved = وافق على تقييم المخاطر
staff-audit-action-risk-commented = علّق على تقييم المخاطر
staff-audit-action-sanctions-imported = استورد قائمة جزاءات
staff-audit-action-event-created = أنشأ الفعالية
staff-audit-action-event-published = نشر الفعالية
staff-audit-action-event-closed = أغلق باب الطلبات للفعالية
staff-audit-action-event-held = أشار إلى انعقاد الفعالية
staff-audit-action-sponsorship-requested = طلب رعاية
staff-audit-action-sponsorship-submitted = أرسل طلب الرعاية
staff-audit-action-sponsorship-decided = بتّ في طلب الرعاية
staff-audit-action-sponsorship-promoted = نقل الطلب من قائمة الانتظار
staff-audit-action-sponsorship-cancelled = ألغى الرعاية
staff-audit-action-sponsorship-travelled = سجّل إتمام الرحلة
staff-audit-action-sponsorship-reconciled = سوّى تكاليف الرحلة
staff-audit-action-document-uploaded = أرفق مستندًا
staff-audit-action-document-deleted = حذف مستندًا

## تقييمات المخاطر

staff-risk-title = تقييمات المخاطر
staff-risk-lead = مخاطر «عدم الإضرار» لكل طلب، بحسب الاحتمال والأثر. لا منحة قبل الموافقة على التقييم؛ والخطر المتبقي المرتفع يحتاج إلى موظفَين اثنين.
staff-risk-filter-status = الطلبات التي حالتها
staff-risk-filter-button = عرض
staff-risk-count = { $count ->
    [zero] لا توجد طلبات
    [one] طلب واحد
    [two] طلبان
    [few] { $count } طلبات
   *[other] { $count } طلبًا
}
staff-risk-col-application = الطلب
staff-risk-col-organisation = المنظمة
staff-risk-col-call = الدعوة
staff-risk-col-status = حالة الطلب
staff-risk-col-assessment = تقييم المخاطر
staff-risk-col-residual = الخطر المتبقي
staff-risk-col-category = الفئة
staff-risk-col-description = ما قد يحدث
staff-risk-col-score = الدرجة
staff-risk-col-mitigation = التخفيف
staff-risk-state-none = لم يُقيَّم
staff-risk-state-submitted = بانتظار الموافقة
staff-risk-state-second = بانتظار موافقة ثانية
staff-risk-state-approved = موافق عليه
staff-risk-of = تقييم مخاطر { $title }
staff-risk-back = العودة إلى تقييمات المخاطر
staff-risk-map-heading = الخريطة الحرارية
staff-risk-map-title = المخاطر بحسب الاحتمال والأثر: عدد المخاطر في كل خانة
staff-risk-likelihood = الاحتمال
staff-risk-impact = الأثر
staff-risk-likelihood-1 = 1 نادر
staff-risk-likelihood-2 = 2 غير مرجح
staff-risk-likelihood-3 = 3 ممكن
staff-risk-likelihood-4 = 4 مرجح
staff-risk-likelihood-5 = 5 شبه مؤكد
staff-risk-impact-1 = 1 ضئيل
staff-risk-impact-2 = 2 طفيف
staff-risk-impact-3 = 3 متوسط
staff-risk-impact-4 = 4 كبير
staff-risk-impact-5 = 5 جسيم
staff-risk-risks = المخاطر
staff-risk-category-reprisal = الانتقام
staff-risk-category-legal-restriction = القيود القانونية
staff-risk-category-digital-security = الأمن الرقمي
staff-risk-category-reputational = السمعة
staff-risk-category-physical-safety = السلامة الجسدية
staff-risk-category-financial = الأموال
staff-risk-category-other = أخرى
staff-risk-residual-low = منخفض
staff-risk-residual-medium = متوسط
staff-risk-residual-high = مرتفع
staff-risk-residual-critical = حرج
staff-risk-residual-low-hint = ما يتبقى مقبول.
staff-risk-residual-medium-hint = ما يتبقى مقبول مع الالتزام بالتخفيف.
staff-risk-residual-high-hint = يحتاج إلى موافقة موظفَين مختلفَين.
staff-risk-residual-critical-hint = يمنع أي منحة.
staff-risk-approval = الموافقة
staff-risk-recorded-by = سجّله
staff-risk-first-approval = الموافقة الأولى
staff-risk-second-approval = الموافقة الثانية
staff-risk-approved-on = تمت الموافقة في
staff-risk-high-needs-two = الخطر المتبقي مرتفع: يجب أن يوافق عليه موظفان مختلفان.
staff-risk-you-gave-first = أعطيتَ الموافقة الأولى: يعطي موظف آخر الموافقة الثانية.
staff-risk-approve = الموافقة على التقييم
staff-risk-approve-second = إعطاء الموافقة الثانية
staff-risk-record = تسجيل التقييم
staff-risk-edit = تعديل التقييم
staff-risk-editor-lead = خطر واحد في كل مجموعة. اترك المجموعة فارغة لتخطيها؛ واحفظ لتحصل على مجموعة فارغة لخطر آخر. الحفظ مرة أخرى يستبدل التقييم وأي موافقة أولى.
staff-risk-row = الخطر { $number }
staff-risk-field-category = فئة الخطر { $number }
staff-risk-field-description = ما قد يحدث (الخطر { $number })
staff-risk-field-likelihood = احتمال الخطر { $number }
staff-risk-field-impact = أثر الخطر { $number }
staff-risk-field-mitigation = تخفيف الخطر { $number }
staff-risk-hint-likelihood = من 1 (نادر) إلى 5 (شبه مؤكد)
staff-risk-hint-impact = من 1 (ضئيل) إلى 5 (جسيم)
staff-risk-residual-question = ما الخطر المتبقي بعد التخفيف؟
staff-risk-save = حفظ التقييم
staff-risk-error-category = اختر فئة من القائمة
staff-risk-error-likelihood = أدخل الاحتمال عددًا صحيحًا من 1 إلى 5
staff-risk-error-impact = أدخل الأثر عددًا صحيحًا من 1 إلى 5
staff-risk-error-description = بيّن ما قد يحدث
staff-risk-error-mitigation = بيّن كيف يُخفَّف الخطر
staff-risk-error-none = صِف خطرًا واحدًا على الأقل مع تخفيفه
staff-risk-error-residual = اختر الخطر المتبقي
staff-diligence-evidence-lead = احفظ قائمة التحقق قبل رفع المستندات المؤيدة: رفع الملف يعيد تحميل الصفحة. لا يفتح المستندات المؤيدة إلا الموظفون المسؤولون.
staff-diligence-evidence-file-label = مستند مؤيد لـ «{ $item }»
staff-diligence-evidence-hint = PDF أو Word أو Excel أو OpenDocument أو CSV أو نص عادي أو PNG أو JPEG، بحد أقصى { $limit } للملف الواحد.
staff-diligence-evidence-button = رفع المستند المؤيد
staff-diligence-evidence-closed = اكتمل هذا التقييم: مستنداته المؤيدة هي سجل ما تم التحقق منه ولم يعد من الممكن تغييرها. ابدأ تقييمًا جديدًا لإضافة ملفات.
