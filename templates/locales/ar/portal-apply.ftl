# صفحات البوابة لتقديم طلب ومتابعته ووصف المنظمة. بكلمات بسيطة.

portal-apply-start = قدّم طلبًا
portal-apply-project-title = عن مشروعك
portal-apply-no-organisation = لتقديم طلب، أضف أولًا المنظمة التي تقدّم الطلب باسمها.
portal-apply-applying-for = أنت تقدّم الطلب باسم { $organisation }.
portal-apply-field-organisation = المنظمة
portal-apply-field-title = عنوان المشروع
portal-apply-field-summary = ملخص المشروع
portal-apply-summary-hint = في بضع جمل: ماذا ستفعلون، ومع مَن، وما الذي سيتغيّر.
portal-apply-budget = الميزانية
portal-apply-budget-hint = اذكر أوجه إنفاق المال، بندًا في كل سطر، بعملة { $currency }. المجموع هو المبلغ الذي تطلبه؛ وتتراوح المنح بين { $range }.
portal-apply-line-description-heading = وجه الإنفاق
portal-apply-line-amount-heading = المبلغ ({ $currency })
portal-apply-line-description = بند الميزانية { $number }: وجه الإنفاق
portal-apply-line-amount = بند الميزانية { $number }: المبلغ
portal-apply-total = المبلغ المطلوب إجمالًا
portal-apply-add-line = أضف بندًا آخر
portal-apply-save-continue = احفظ وتابع
portal-apply-save-later = احفظ وعُد لاحقًا
portal-apply-back = رجوع
portal-apply-form = إجاباتك
portal-apply-page-of = الصفحة { $number } من { $count }
portal-apply-optional = { $label } (اختياري)
portal-apply-yes = نعم
portal-apply-no = لا
portal-apply-day = اليوم
portal-apply-month = الشهر
portal-apply-year = السنة
portal-apply-choose-file = ارفع ملفًا للسؤال «{ $question }»
portal-apply-upload = ارفع الملف
portal-apply-remove-file = احذف { $name }
portal-apply-problem = { $field }: { $problem }
portal-apply-error-amount = أدخل المبلغ بالأرقام، مثل 1500.00
portal-apply-error-organisation = اختر المنظمة التي تقدّم الطلب باسمها
portal-apply-not-answered = لم تتم الإجابة

portal-apply-limit-chars = { $max } حرفًا على الأكثر.
portal-apply-limit-words = { $max } كلمة على الأكثر.
portal-apply-limit-amount = مبلغ بعملة { $currency }، مثل 1500.00.
portal-apply-limit-between = رقم من { $min } إلى { $max }.
portal-apply-limit-at-least = رقم لا يقل عن { $min }.
portal-apply-limit-at-most = رقم لا يزيد على { $max }.
portal-apply-limit-whole = عدد صحيح.
portal-apply-limit-date = مثلًا: 27 3 2027.
portal-apply-limit-date-between = تاريخ من { $from } إلى { $until }، مثلًا 27 3 2027.
portal-apply-limit-date-from = تاريخ في { $from } أو بعده، مثلًا 27 3 2027.
portal-apply-limit-date-until = تاريخ في { $until } أو قبله، مثلًا 27 3 2027.
portal-apply-limit-select-all = اختر كل ما ينطبق.
portal-apply-limit-select-up-to = اختر { $max } على الأكثر.
portal-apply-limit-files = الصيغ المقبولة: { $formats }. { $count ->
    [zero] لا ملفات
    [one] ملف واحد
    [two] ملفان على الأكثر
    [few] { $count } ملفات على الأكثر
    [many] { $count } ملفًا على الأكثر
   *[other] { $count } ملف على الأكثر
}، لا يزيد حجم كل منها على { $megabytes } ميغابايت.

portal-apply-check-title = راجع إجاباتك قبل الإرسال
portal-apply-change = تغيير
portal-apply-submit-heading = أرسل طلبك الآن
portal-apply-submit-lead = بإرسال الطلب تؤكد أن الإجابات صحيحة على حد علمك. ولا يمكنك تغييرها بعد ذلك. يُغلق باب التقديم في
portal-apply-submit = أرسل الطلب
portal-apply-unverified-title = أكّد عنوان بريدك الإلكتروني أولًا
portal-apply-resend = أرسل لي رابطًا جديدًا
portal-apply-resent = أرسلنا إليك رابطًا جديدًا. افتحه، ثم عُد إلى هذه الصفحة وأرسل الطلب.

portal-apply-submitted-title = تم إرسال الطلب
portal-apply-reference = الرقم المرجعي لطلبك
portal-apply-submitted-lead = استلمنا «{ $title }» للدعوة «{ $call }» في
portal-apply-what-next = ماذا بعد
portal-apply-what-next-detail = سنتحقق من استيفاء منظمتك لشروط الأهلية. ثم يقيّم المراجعون الطلب، وسنبلغك بالقرار. يمكنك متابعة كل خطوة في صفحة الطلب.
portal-apply-follow = تابع طلبك

portal-apply-closed-title = أُغلق باب التقديم لهذه الدعوة
portal-apply-closed-at = أُغلق باب التقديم في
portal-apply-closed-why = لا تُقبل الطلبات إلا حتى الموعد النهائي، وهو واحد لجميع المنظمات. تبقى المسودة التي بدأتها محفوظة، لكن لم يعد ممكنًا إرسالها إلى هذه الدعوة.
portal-apply-not-open-title = لم يُفتح باب التقديم لهذه الدعوة بعد
portal-apply-not-open-detail = يمكنك التقديم ابتداءً من
portal-apply-back-to-call = ارجع إلى الدعوة

portal-application-continue = تابع ملء طلبك
portal-application-eligibility = الأهلية
portal-application-eligible = تستوفي منظمتك شروط الدعوة:
portal-application-ineligible = لا تستوفي منظمتك شروط الدعوة التالية:
portal-application-reason = السبب:
portal-application-decision = القرار
portal-application-appeal = تظلّمك
portal-application-timeline = ما جرى حتى الآن
portal-timeline-created = بدء الطلب
portal-timeline-submitted = إرسال الطلب
portal-timeline-found-eligible = ثبتت الأهلية
portal-timeline-found-ineligible = لم تثبت الأهلية
portal-timeline-review-started = بدء المراجعة
portal-timeline-awarded = منح التمويل
portal-timeline-rejected = رفض التمويل
portal-timeline-appealed = تقديم تظلّم
portal-timeline-appeal-upheld = البتّ في التظلّم: تأييد القرار
portal-timeline-appeal-overturned = البتّ في التظلّم: إلغاء القرار
portal-timeline-withdrawn = سحب الطلب

portal-appeal-title = التظلّم من القرار
portal-appeal-lead = إذا رأيت أن القرار خاطئ، يمكنك التظلّم منه مرة واحدة. وسينظر فيه موظف لم يشارك في اتخاذ القرار. يمكنك التظلّم حتى
portal-appeal-grounds = لماذا ينبغي تغيير القرار
portal-appeal-grounds-hint = اذكر الوقائع التي أُغفلت أو فُهمت خطأً، وأين توجد الأدلة.
portal-appeal-submit = أرسل التظلّم
portal-appeal-filed = تاريخ التقديم
portal-appeal-error-grounds = اكتب لماذا ينبغي تغيير القرار
portal-appeal-status-open = قيد النظر
portal-appeal-status-upheld = تأييد القرار
portal-appeal-status-overturned = إلغاء القرار

portal-withdraw-button = اسحب الطلب
portal-withdraw-title = هل أنت متأكد من أنك تريد سحب هذا الطلب؟
portal-withdraw-warning = لا يمكن إرسال الطلب المسحوب ولا استعادته. لتقديم طلب من جديد، ابدأ طلبًا جديدًا قبل إغلاق باب التقديم.
portal-withdraw-confirm = نعم، اسحبه
portal-withdraw-cancel = لا، ارجع إلى الطلب
portal-withdraw-not-allowed = لم يعد ممكنًا سحب هذا الطلب: فقد صدر فيه قرار.

portal-organisation-new-title = أضف منظمتك
portal-organisation-edit-title = ملف منظمتك
portal-organisation-create = أضف منظمة
portal-organisation-save = احفظ الملف
portal-organisation-edit-link = عدّل الملف
portal-organisation-legal-name = الاسم القانوني
portal-organisation-legal-name-hint = كما يرد في شهادة التسجيل، بأي خط.
portal-organisation-short-name = الاسم المختصر
portal-organisation-short-name-optional = الاسم المختصر أو الاختصار (اختياري)
portal-organisation-country = بلد التسجيل
portal-organisation-country-choose = اختر بلدًا
portal-organisation-registration-number = رقم التسجيل
portal-organisation-registration-number-optional = رقم التسجيل (اختياري)
portal-organisation-year-founded = سنة التأسيس
portal-organisation-year-founded-optional = سنة التأسيس (اختياري)
portal-organisation-year-hint = مثلًا: 2012.
portal-organisation-error-year = أدخل السنة بأربعة أرقام، مثل 2012
portal-organisation-themes = مجالات عمل المنظمة
portal-organisation-leadership = القيادة
portal-organisation-women-led = تقودها نساء
portal-organisation-youth-led = يقودها شباب (من 18 إلى 34 سنة)
