# دعوات تقديم الطلبات في مساحة عمل الموظفين: القائمة، وصفحة الدعوة، وشروطها، ومُنشئ
# استمارة الطلب ومعاينتها، والنشر والإغلاق والإلغاء.

staff-calls-title = الدعوات
staff-calls-caption = دعوة
staff-calls-back-list = العودة إلى الدعوات
staff-calls-back-call = العودة إلى الدعوة
staff-calls-new = إنشاء دعوة
staff-calls-filter-status = الحالة
staff-calls-filter-all = كل الحالات
staff-calls-filter-apply = عرض
staff-calls-table-caption = { $count ->
    [zero] لا توجد دعوات
    [one] دعوة واحدة
    [two] دعوتان
    [few] { $count } دعوات
   *[other] { $count } دعوة
}
staff-calls-column-title = الدعوة
staff-calls-column-status = الحالة
staff-calls-column-dates = المواعيد
staff-calls-column-budget = الميزانية
staff-calls-column-pipeline = الطلبات
staff-calls-opens = تُفتح
staff-calls-closes = تُغلق
staff-calls-applications = { $count ->
    [zero] لا توجد طلبات
    [one] طلب واحد
    [two] طلبان
    [few] { $count } طلبات
   *[other] { $count } طلبًا
}
staff-calls-pipeline-entry = { $status }: { $count }
staff-calls-pages = صفحات الدعوات
staff-calls-previous = الصفحة السابقة
staff-calls-next = الصفحة التالية
staff-calls-none = لا توجد دعوات مطابقة.

staff-calls-status-draft = مسودة
staff-calls-status-open = مفتوحة
staff-calls-status-closed = مغلقة
staff-calls-status-decided = صدرت قراراتها
staff-calls-status-cancelled = ملغاة

staff-calls-done-created = حُفظت الدعوة مسودةً. أنشئ استمارة الطلب الخاصة بها ثم انشرها.
staff-calls-done-saved = حُفظت شروط الدعوة.
staff-calls-done-published = نُشرت الدعوة: يمكن لمقدمي الطلبات قراءتها والتقدم إليها.
staff-calls-done-closed = أُغلقت الدعوة: لم يعد ممكنًا تقديم طلبات جديدة.
staff-calls-done-cancelled = أُلغيت الدعوة. يقرأ مقدمو الطلبات السبب الذي ذكرته.
staff-calls-cancel-reason = سبب الإلغاء:
staff-calls-edit = تغيير الشروط
staff-calls-build-form = إنشاء استمارة الطلب
staff-calls-preview = معاينة الاستمارة كما يراها مقدمو الطلبات
staff-calls-ranking = الترتيب
staff-calls-assign = تعيين المقيّمين
staff-calls-public-page = الصفحة العامة للدعوة
staff-calls-action-publish = نشر
staff-calls-action-close = إغلاق باب التقديم
staff-calls-action-cancel = إلغاء الدعوة
staff-calls-pipeline-heading = سير الطلبات
staff-calls-pipeline-title = الطلبات حسب الحالة
staff-calls-pipeline-status = الحالة
staff-calls-pipeline-count = الطلبات
staff-calls-budget-heading = الميزانية
staff-calls-budget-title = ميزانية قدرها { $ceiling }
staff-calls-budget-part = الجزء
staff-calls-budget-amount = المبلغ
staff-calls-budget-paid = مدفوع
staff-calls-budget-committed = ممنوح ولم يُدفع بعد
staff-calls-budget-available = متاح
staff-calls-details-heading = الشروط
staff-calls-form-questions = استمارة الطلب
staff-calls-question-count = { $count ->
    [0] لا توجد أسئلة بعد
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
   *[other] { $count } سؤالًا
}

staff-calls-confirm-keep = العودة دون تغيير أي شيء
staff-calls-confirm-publish-title = هل تريد نشر هذه الدعوة؟
staff-calls-confirm-publish-body = بعد النشر يستطيع أي شخص قراءة الدعوة وتستطيع المنظمات التقدم إليها. لا يمكن بعد ذلك تغيير شروطها، ولا يمكن أن تُضاف إلى استمارتها إلا أسئلة اختيارية.
staff-calls-confirm-publish-button = نشر الدعوة
staff-calls-confirm-no-form = ليست لهذه الدعوة استمارة طلب: سيقدم مقدمو الطلبات مشروعهم وملخصه وميزانيته فقط.
staff-calls-confirm-close-title = هل تريد إغلاق باب التقديم لهذه الدعوة؟
staff-calls-confirm-close-body = لن يعود ممكنًا تقديم أي طلب، حتى قبل تاريخ الإغلاق. يستمر التحقق من الأهلية والتقييم. لا يمكن التراجع عن ذلك.
staff-calls-confirm-close-button = إغلاق الدعوة
staff-calls-confirm-cancel-title = هل تريد إلغاء هذه الدعوة؟
staff-calls-confirm-cancel-body = تُسحب الدعوة: لا يمكن لأحد التقدم إليها، ولن يُنظر في الطلبات المقدمة. لا يمكن التراجع عن ذلك.
staff-calls-confirm-cancel-button = إلغاء الدعوة
staff-calls-cancel-reason-label = لماذا تُلغى الدعوة؟
staff-calls-cancel-reason-hint = سيقرأ مقدمو الطلبات هذا السبب.
staff-calls-error-reason = اذكر سبب إلغاء الدعوة

staff-calls-new-title = إنشاء دعوة
staff-calls-edit-title = تغيير شروط الدعوة
staff-calls-terms-locked = حالة هذه الدعوة «{ $status }»: شروطها نهائية ولم يعد ممكنًا تغييرها.
staff-calls-about-heading = عن الدعوة
staff-calls-field-title = العنوان
staff-calls-field-description = الوصف
staff-calls-description-hint = ما الذي تموله الدعوة ولماذا. اترك سطرًا فارغًا بين الفقرات.
staff-calls-field-themes = المجالات
staff-calls-themes-hint = اختر كل مجال تموله الدعوة.
staff-calls-criteria-heading = معايير الأهلية
staff-calls-criteria-hint = كل معيار يجب أن تستوفيه المنظمة، كما سيقرؤه مقدمو الطلبات. اترك السطر فارغًا لتجاوزه؛ احفظ للحصول على أسطر أخرى.
staff-calls-criterion-label = المعيار { $number }
staff-calls-rubric-heading = معايير التقييم
staff-calls-rubric-hint = ما يقيّمه المقيّمون، ووزن كل معيار (أكبر من 0 وبحد أقصى 1000)، وسلّم درجاته.
staff-calls-rubric-legend = معيار التقييم { $number }
staff-calls-rubric-label = معيار التقييم { $number }: { $part }
staff-calls-rubric-description = ما يُقيَّم
staff-calls-rubric-weight = الوزن
staff-calls-rubric-min = أدنى درجة
staff-calls-rubric-max = أعلى درجة
staff-calls-money-heading = المبالغ
staff-calls-field-currency = العملة
staff-calls-choose-currency = اختر عملة
staff-calls-field-budget = ميزانية الدعوة
staff-calls-amount-hint = بعملة الدعوة، مثل 250000.00
staff-calls-field-min-grant = أصغر منحة
staff-calls-field-max-grant = أكبر منحة
staff-calls-dates-heading = المواعيد
staff-calls-field-opens-date = تاريخ الفتح
staff-calls-field-opens-time = وقت الفتح
staff-calls-field-closes-date = تاريخ الإغلاق
staff-calls-field-closes-time = وقت الإغلاق
staff-calls-date-hint = السنة والشهر واليوم، مثل 2027-03-15
staff-calls-time-hint = بنظام 24 ساعة، مثل 17:00
staff-calls-field-zone = المنطقة الزمنية لهذه الأوقات
staff-calls-zone-hint = الفارق عن التوقيت العالمي المنسق الذي تُقرأ به الأوقات أعلاه. تعرضها الصفحات بالتوقيت العالمي وبتوقيت كل قارئ.
staff-calls-field-appeal-days = أيام الطعن في القرار
staff-calls-appeal-hint = من 0 إلى 365
staff-calls-field-blind-review = لا يرى المقيّمون هوية مقدم الطلب (تقييم مُغفل)
staff-calls-save-draft = حفظ المسودة

staff-calls-error-title = أدخل عنوان الدعوة
staff-calls-error-description = أدخل وصفًا للدعوة
staff-calls-error-themes = اختر مجالًا واحدًا على الأقل
staff-calls-error-criteria = أدخل معيار أهلية واحدًا على الأقل
staff-calls-error-rubric = أدخل معيار تقييم واحدًا على الأقل
staff-calls-error-weight = أدخل وزنًا أكبر من 0 وبحد أقصى 1000، بأربعة أرقام عشرية على الأكثر، مثل 0.4
staff-calls-error-score = أدخل عددًا صحيحًا من الدرجات، مثل 5
staff-calls-error-currency = اختر عملة الدعوة
staff-calls-error-budget = أدخل الميزانية مبلغًا، مثل 250000.00
staff-calls-error-min-grant = أدخل أصغر منحة مبلغًا، مثل 5000.00
staff-calls-error-max-grant = أدخل أكبر منحة مبلغًا، مثل 25000.00
staff-calls-error-instant = أدخل التاريخ بصيغة سنة-شهر-يوم والوقت بصيغة ساعات:دقائق
staff-calls-error-closes = يجب أن يكون تاريخ الإغلاق بعد تاريخ الفتح
staff-calls-error-zone = اختر منطقة زمنية من القائمة
staff-calls-error-appeal-days = أدخل أيام الطعن عددًا صحيحًا، مثل 14

staff-calls-builder-title = استمارة الطلب
staff-calls-builder-open = حالة هذه الدعوة «{ $status }»: يجيب مقدمو الطلبات عن أسئلتها، لذا لم يعد ممكنًا تغييرها. لا يزال بإمكانك إضافة أسئلة اختيارية في النهاية.
staff-calls-builder-caption = { $count ->
    [one] سؤال واحد، بالترتيب الذي يجيب به مقدمو الطلبات
    [two] سؤالان، بالترتيب الذي يجيب به مقدمو الطلبات
    [few] { $count } أسئلة، بالترتيب الذي يجيب به مقدمو الطلبات
   *[other] { $count } سؤالًا، بالترتيب الذي يجيب به مقدمو الطلبات
}
staff-calls-builder-number = الرقم
staff-calls-builder-question = السؤال
staff-calls-builder-answer = الإجابة
staff-calls-builder-change = تغيير
staff-calls-builder-section = القسم: { $section }
staff-calls-builder-up = نقل إلى أعلى
staff-calls-builder-down = نقل إلى أسفل
staff-calls-builder-make-required = جعله إلزاميًا
staff-calls-builder-make-optional = جعله اختياريًا
staff-calls-builder-remove = حذف
staff-calls-builder-empty = لا توجد أسئلة في الاستمارة بعد.
staff-calls-builder-add = إضافة سؤال
staff-calls-builder-add-button = إضافة السؤال
staff-calls-condition = فقط عندما تكون إجابة «{ $question }» هي «{ $answer }»
staff-calls-question-problem = السؤال { $number }: { $problem }
staff-calls-new-label = السؤال
staff-calls-new-help = نص المساعدة (اختياري)
staff-calls-new-help-hint = يظهر تحت السؤال.
staff-calls-new-kind = نوع الإجابة
staff-calls-new-options = الخيارات
staff-calls-new-options-hint = لسؤال الاختيار: خيار واحد في كل سطر، وخياران على الأقل.
staff-calls-new-section = القسم (اختياري)
staff-calls-new-section-hint = أسئلة القسم الواحد تظهر في صفحة واحدة. اتركه فارغًا لوضع السؤال في صفحة السؤال السابق.
staff-calls-new-condition = إظهار السؤال
staff-calls-new-condition-hint = يمكن أن يتوقف السؤال على إجابة سؤال سابق من نوع نعم/لا أو اختيار واحد.
staff-calls-new-condition-always = دائمًا
staff-calls-new-required = يجب على مقدمي الطلبات الإجابة عنه (عندما يظهر)
staff-calls-error-kind = اختر نوع الإجابة
staff-calls-error-options = أدخل خيارين على الأقل، خيارًا في كل سطر
staff-calls-error-condition = اختر من القائمة متى يظهر السؤال
staff-calls-error-button = لم يعد هذا السؤال في الاستمارة؛ أعد تحميل الصفحة

staff-calls-kind-short-text = نص قصير
staff-calls-kind-long-text = نص طويل
staff-calls-kind-number = رقم
staff-calls-kind-amount = مبلغ مالي
staff-calls-kind-date = تاريخ
staff-calls-kind-single-choice = خيار واحد
staff-calls-kind-multiple-choice = عدة خيارات
staff-calls-kind-yes-no = نعم أو لا
staff-calls-kind-email = عنوان بريد إلكتروني
staff-calls-kind-url = عنوان موقع
staff-calls-kind-file = ملفات

staff-calls-preview-title = معاينة استمارة الطلب
staff-calls-preview-lead = هذا ما يراه مقدمو الطلبات، صفحة بعد صفحة، بعد بيانات مشروعهم. لا يُحفظ شيء مما يُكتب هنا.

staff-calls-field-regions = المناطق
staff-calls-regions-hint = اختر المناطق التي يحق لمنظماتها التقدّم. لا تختر أي منطقة إذا كانت الدعوة مفتوحة لجميع المناطق.
staff-calls-limit-date-between = من { $from } إلى { $until }
staff-calls-limit-date-from = في { $from } أو بعده
staff-calls-limit-date-until = في { $until } أو قبله
