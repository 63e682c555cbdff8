# دورة التقييم في مساحة العمل: تكليفات المقيّمين وتقييمهم؛ وفرز الأهلية وتكليف المقيّمين
# والترتيب والقرار والتظلمات لموظفي البرامج.

staff-review-done-saved = حُفظ تقييمك مسودةً. عُد لتعديله، وأرسله حين يكتمل: المسودة لا تُحتسب في الترتيب.
staff-review-done-submitted = أُرسل تقييمك. أصبح نهائيًا ويُحتسب في الترتيب.
staff-review-done-conflict = سُجّل تضارب المصالح الذي أعلنته وسُحب التكليف. يمكن لموظفي البرامج قراءة السبب.
staff-review-done-screened = سُجّلت نتيجة الأهلية.
staff-review-done-decided = سُجّل القرار. ويُبلَّغ مقدّم الطلب بالبريد الإلكتروني وفي إشعاراته.
staff-review-done-resolved = بُتّ في التظلم ويمكن لمقدّم الطلب قراءة السبب.

staff-review-assignments-title = تكليفاتي
staff-review-assignments-lead = الطلبات المكلَّف بتقييمها، مع موعد استحقاق كل تقييم.
staff-review-assignments-none = لا يوجد طلب مكلَّف به حاليًا.
staff-review-col-application = الطلب
staff-review-col-call = الدعوة
staff-review-col-organisation = المنظمة
staff-review-col-due = موعد الاستحقاق
staff-review-col-status = الحالة
staff-review-col-submitted = تاريخ الإرسال
staff-review-col-in-review = طلبات قيد التقييم
staff-review-col-actions = الإجراءات
staff-review-col-reviewer = المقيّم
staff-review-col-assigned = تاريخ التكليف
staff-review-col-rank = الترتيب
staff-review-col-weighted = المتوسط المرجّح (0–100)
staff-review-col-normalised = المتوسط المعياري (z)
staff-review-col-spread = التباين
staff-review-col-count = التقييمات
staff-review-col-appealed-from = النتيجة المتظلَّم منها
staff-review-col-filed = تاريخ التقديم
staff-review-blind = مخفية: تقييم دون كشف الهوية
staff-review-overdue = متأخر
staff-review-progress-to-do = لم يبدأ
staff-review-progress-saved = مسودة محفوظة
staff-review-progress-closed = صدر القرار: للقراءة فقط

staff-review-score-title = تقييم الطلب
staff-review-due = موعد الاستحقاق:
staff-review-last-saved = آخر حفظ:
staff-review-weighted = الدرجة المرجّحة { $score } من 100
staff-review-the-application = الطلب
staff-review-requested = المبلغ المطلوب
staff-review-summary = الملخص
staff-review-budget = الميزانية
staff-review-budget-line = البند
staff-review-budget-amount = المبلغ
staff-review-answers = الإجابات عن أسئلة الدعوة
staff-review-files = الملفات المرفقة بالطلب
staff-review-files-none = لم يُرفق أي ملف بهذا الطلب.
staff-review-your-scores = درجاتك
staff-review-rubric = معايير التقييم في الدعوة
staff-review-criterion = المعيار
staff-review-weight = الوزن
staff-review-score = الدرجة
staff-review-scale = عدد صحيح من { $min } إلى { $max }
staff-review-score-of = { $score } من { $max }
staff-review-comment = الملاحظات
staff-review-comment-hint = ما تستند إليه الدرجات: نقاط القوة والضعف والمخاطر. يقرؤها موظفو البرامج عند اتخاذ القرار.
staff-review-save-hint = احفظ مسودة للعودة لاحقًا: لا تُحتسب في الترتيب حتى ترسلها. وبعد الإرسال يصبح تقييمك نهائيًا.
staff-review-submit = إرسال التقييم
staff-review-save = الحفظ والعودة لاحقًا
staff-review-declare-conflict = الإعلان عن تضارب في المصالح
staff-review-read-only = صدر قرار بشأن الطلب، فلم يعد بالإمكان تعديل هذا التقييم.
staff-review-back-to-assignments = العودة إلى تكليفاتي
staff-review-error-score = أدخل عددًا صحيحًا من { $min } إلى { $max }
staff-review-error-comment = اكتب ملاحظاتك على الطلب

staff-review-conflict-title = الإعلان عن تضارب في المصالح
staff-review-conflict-lead = لن تقيّم هذا الطلب بعد الآن ولن تُحتسب درجاتك. سيقرأ موظفو البرامج السبب ويكلّفون مقيّمًا آخر.
staff-review-conflict-reason = لماذا لا يمكنك تقييم هذا الطلب بحياد
staff-review-conflict-reason-hint = مثلًا: صلة قرابة، أو عمل سابق، أو علاقة تمويل مع المنظمة.
staff-review-conflict-confirm = الإعلان عن التضارب
staff-review-cancel = إلغاء
staff-review-error-conflict-reason = اذكر لماذا لا يمكنك تقييم هذا الطلب بحياد

staff-review-screening-title = فرز الأهلية
staff-review-screening-lead = الطلبات المرسلة التي تنتظر نتيجة الأهلية، من الأقدم إلى الأحدث، والدعوات التي لها طلبات قيد التقييم.
staff-review-queue = بانتظار الفرز
staff-review-queue-empty = لا يوجد طلب مرسل بانتظار الفرز.
staff-review-calls-in-review = دعوات لها طلبات قيد التقييم
staff-review-calls-none = لا توجد دعوة لها طلبات قيد التقييم.
staff-review-screen-title = تسجيل نتيجة الأهلية
staff-review-criteria-met = معايير الأهلية المستوفاة
staff-review-criteria-met-hint = ضع علامة على كل معيار يستوفيه الطلب. الطلب الذي لا يستوفي أي معيار منها غير مؤهل.
staff-review-screen-reason = السبب
staff-review-screen-reason-hint = سيقرؤه مقدّم الطلب. إلزامي إذا كان الطلب غير مؤهل: اذكر المعيار غير المستوفى وسبب ذلك.
staff-review-screen-record = تسجيل النتيجة
staff-review-screen-done = سبق فرز هذا الطلب.
staff-review-back-to-screening = العودة إلى فرز الأهلية

staff-review-assign-title = تكليف المقيّمين
staff-review-assign-lead = اختر مقيّمًا لكل طلب. يظهر المقيّمون الذين لديهم تضارب في المصالح قبل التكليف، ويُرفض تكليفهم.
staff-review-assign-none = لا يوجد طلب في هذه الدعوة مؤهل للتقييم.
staff-review-assigned-reviewers = مقيّمو هذا الطلب
staff-review-assignment-conflict = أُعلن تضارب
staff-review-assignment-reviewed = قُيّم
staff-review-assignment-waiting = بانتظار التقييم
staff-review-no-reviewers-yet = لم يُكلَّف أي مقيّم بعد.
staff-review-conflicts-heading = تضارب المصالح
staff-review-conflict-member = عضو في المنظمة مقدّمة الطلب
staff-review-conflict-declared = أعلن تضاربًا: { $reason }
staff-review-choose-reviewer = المقيّم
staff-review-has-conflict = تضارب
staff-review-assign = تكليف
staff-review-error-reviewer = اختر مقيّمًا من القائمة

staff-review-ranking-title = الترتيب
staff-review-ranking-lead = الطلبات حسب متوسط الدرجة المرجّحة؛ وعند التعادل حسب متوسط الدرجات المعيارية لكل مقيّم، كي يتساوى وزن المقيّمين المتشددين والمتساهلين. التباين هو أعلى درجة مرجّحة ناقص أدناها.
staff-review-ranking-empty = لا يوجد بعد طلب قيد التقييم في هذه الدعوة.
staff-review-show-reviews = { $count ->
    [zero] عرض التقييمات
    [one] عرض التقييم
    [two] عرض التقييمين
    [few] عرض التقييمات الـ{ $count }
    [many] عرض التقييمات الـ{ $count }
   *[other] عرض التقييمات الـ{ $count }
}
staff-review-decide = اتخاذ القرار

staff-review-decision-title = اتخاذ قرار بشأن الطلب
staff-review-grant-range = نطاق المنح في الدعوة
staff-review-outcome = القرار
staff-review-outcome-awarded = منح المنحة
staff-review-outcome-rejected = رفض الطلب
staff-review-decision-reason = السبب
staff-review-decision-reason-hint = يقرأ مقدّم الطلب هذا السبب مع القرار.
staff-review-amount = المبلغ الممنوح ({ $currency })
staff-review-amount-hint = عند المنح فقط. لا يتجاوز المبلغ المطلوب ولا الحد الأقصى للدعوة، مثل 24500.00.
staff-review-tranches = الدفعات
staff-review-tranches-hint = عند المنح فقط. اتركها فارغة لدفعة واحدة؛ وإلا يجب أن يساوي مجموع المبالغ المبلغ الممنوح.
staff-review-tranche-amount = المبلغ ({ $currency })
staff-review-tranche-amount-n = مبلغ الدفعة { $number }
staff-review-tranche-due-n = موعد استحقاق الدفعة { $number }
staff-review-tranche-condition = الشرط
staff-review-tranche-condition-n = شرط الدفعة { $number }
staff-review-due-on = موعد الاستحقاق
staff-review-obligations = التزامات تقديم التقارير
staff-review-obligations-hint = عند المنح فقط: التقارير المستحقة على المنظمة ومواعيدها.
staff-review-report = التقرير
staff-review-report-n = التقرير { $number }
staff-review-report-due-n = موعد استحقاق التقرير { $number }
staff-review-report-none = بلا تقرير
staff-review-report-interim-narrative = تقرير سردي مرحلي
staff-review-report-interim-financial = تقرير مالي مرحلي
staff-review-report-final-narrative = تقرير سردي نهائي
staff-review-report-final-financial = تقرير مالي نهائي
staff-review-override = لماذا تتخذ القرار دون أي تقييم
staff-review-override-hint = لم يُرسل أي تقييم لهذا الطلب. يُحفظ السبب في سجل التدقيق.
staff-review-decision-final = القرار نهائي بمجرد تسجيله: يُبلَّغ مقدّم الطلب فورًا ولا يمكنه سوى التظلم منه.
staff-review-record-decision = تسجيل القرار
staff-review-not-decidable = هذا الطلب ليس قيد التقييم، فلا يمكن اتخاذ قرار بشأنه الآن.
staff-review-error-outcome = اختر منح المنحة أو رفض الطلب
staff-review-error-amount = أدخل مبلغًا مثل 24500.00
staff-review-error-date = أدخل تاريخًا مثل 2027-03-31
staff-review-error-tranche-amount = أدخل مبلغ الدفعة أو أفرغ السطر
staff-review-error-report-kind = اختر التقرير المستحق أو أفرغ السطر
staff-review-gate-title = لا يمكن منح المنحة بعد
staff-review-gate-refused = شروط المنح غير مستوفاة: انظر أدناه ما ينقص
staff-review-gate-diligence-missing = ليس لدى المنظمة تقييم عناية واجبة مكتمل
staff-review-gate-diligence-failed = لم تجتز المنظمة آخر تقييم للعناية الواجبة
staff-review-gate-diligence-expired = انتهت صلاحية العناية الواجبة للمنظمة في { $at }
staff-review-gate-risk-missing = ليس للطلب تقييم لمخاطر «عدم الإضرار»
staff-review-gate-risk-unapproved = تقييم مخاطر «عدم الإضرار» غير معتمد
staff-review-gate-risk-critical = الخطر المتبقي وفق «عدم الإضرار» حرج، ما يمنع أي منحة
staff-review-gate-rescreening = يجب فحص المنظمة مجددًا مقابل قائمة الجزاءات

staff-review-appeals-title = التظلمات
staff-review-appeals-lead = التظلمات المفتوحة، من الأقدم إلى الأحدث. يبتّ في كل منها موظف غير الذي أصدر النتيجة.
staff-review-appeals-none = لا يوجد تظلم مفتوح.
staff-review-appeal-read = قراءة
staff-review-appeal-resolve = البتّ
staff-review-appeal-own = أنت من أصدر النتيجة: يبتّ في هذا التظلم موظف آخر.
staff-review-appeal-own-long = أنت من أصدر النتيجة المتظلَّم منها، لذا يجب أن يبتّ في هذا التظلم موظف آخر.
staff-review-appeal-title = البتّ في التظلم
staff-review-appeal-closed = سبق البتّ في هذا التظلم.
staff-review-finding-reason = سبب النتيجة
staff-review-grounds = أسباب التظلم
staff-review-resolution = نتيجة التظلم
staff-review-resolution-upheld = تأييد النتيجة: تبقى قائمة
staff-review-resolution-overturned = إلغاء النتيجة: يعود الطلب إلى التقييم
staff-review-resolution-reason = السبب
staff-review-resolution-reason-hint = يقرأ مقدّم الطلب هذا السبب.
staff-review-resolve = البتّ في التظلم
staff-review-back-to-appeals = العودة إلى التظلمات
staff-review-error-resolution = اختر تأييد النتيجة أو إلغاءها
staff-review-progress-submitted = مُرسَل
staff-review-submitted-read-only = أرسلت هذا التقييم: أصبح نهائيًا ولم يعد بالإمكان تعديله.
staff-review-assignment-in-progress = التقييم جارٍ (مسودة)
