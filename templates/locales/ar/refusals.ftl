# رفضٌ من الخدمات والقواعد تقوله الصفحات بلغة القارئ (وتقوله الواجهة البرمجية بالإنجليزية):
# سجل تغيّر في أثناء ذلك، وضوابط «عدم الإضرار»، وسقوف المدفوعات.
# تصل المبالغ ($adding و$ceiling و$left) مكتوبة مع عملتها.

refused-changed-request = تغيّر الطلب في أثناء ذلك: أعد تحميله وحاول مجددًا
refused-changed-risk-assessment = تغيّر تقييم المخاطر في أثناء ذلك: أعد تحميله وحاول مجددًا
refused-changed-disbursement = تغيّرت الدفعة في أثناء ذلك؛ أعد تحميلها وحاول مجددًا
refused-changed-call = تغيّرت الدعوة في أثناء ذلك؛ أعد تحميلها وحاول مجددًا
refused-changed-assessment = تغيّر التقييم في أثناء ذلك؛ أعد تحميله وحاول مجددًا
refused-changed-event = تغيّر الحدث في أثناء ذلك: أعد تحميله وحاول مجددًا
refused-changed-award = تغيّرت المنحة في أثناء ذلك؛ أعد تحميلها وحاول مجددًا
refused-changed-report = تغيّر التقرير في أثناء ذلك؛ أعد تحميله وحاول مجددًا
refused-changed-organisation = تغيّرت المنظمة في أثناء ذلك؛ أعد تحميلها وحاول مجددًا
refused-changed-application = تغيّر طلب المنحة في أثناء ذلك؛ أعد تحميله وحاول مجددًا

refused-risk-already-approved = تقييم المخاطر موافَق عليه بالفعل: لم يبقَ ما يُوافَق عليه
refused-risk-second-officer = يحتاج الخطر المتبقي المرتفع إلى موافقة موظف ثانٍ مختلف: اطلب من موظف آخر أن يوافق عليه
refused-trip-risk-not-approved = لم يُوافَق بعدُ على تقييم مخاطر «عدم الإضرار» للرحلة: يوافق عليه موظف أولًا
refused-trip-risk-critical = خطر «عدم الإضرار» المتبقي للرحلة حرج، وهذا يمنع الرعاية
refused-trip-no-receipt = ارفع تذكرة أو بطاقة صعود أو إيصالًا واحدًا على الأقل قبل تأكيد الرحلة

refused-ceiling-advance = الدفعة المسبقة ({ $percent }٪ من الاستحقاق؛ ويُدفع الباقي بعد تأكيد الحضور)
refused-ceiling-entitlement = الاستحقاق
refused-ceiling-reconciled = التكاليف الفعلية المسوّاة
refused-ceiling-award = المنحة
refused-ceiling-tranche = الشريحة { $number }
refused-over-ceiling = سيجعل المبلغ { $adding } المدفوعات تتجاوز سقف { $what } البالغ { $ceiling }؛ المتبقي { $left }
refused-sponsorship-not-payable = لا تُدفع رعاية حالتها «{ $status ->
        [draft] مسودة
        [submitted] مُرسَل
        [approved] موافَق عليه
        [rejected] غير موافَق عليه
        [waitlisted] على قائمة الانتظار
        [travelled] الحضور مؤكد
        [reconciled] مُسوّى
       *[other] ملغى
    }»: تتبع الدفعة المسبقة الموافقة، ويتبع الباقي تأكيد الحضور
refused-award-pending-acceptance = المنحة بانتظار القبول: تتحرك الأموال بعد أن يقبل أعضاء المنظمة شروطها
refused-award-completed = المنحة مكتملة: لا تتحرك عليها أموال بعد الآن
refused-award-terminated = المنحة منهاة: لا تتحرك عليها أموال بعد الآن

decision-over-any-budget = ستتجاوز هذه المنحة بمنح الدعوة أي سقف للميزانية قدره { $ceiling }
decision-over-budget = سيبلغ مجموع منح هذه الدعوة { $total }، متجاوزًا سقف ميزانيتها البالغ { $ceiling }؛ ولا يمكن منح أكثر من { $left } بعد الآن
decision-amount-over-request = يجب ألا يتجاوز المبلغ المطلوب وهو { $limit }
decision-amount-under-minimum = يجب ألا يقل عن الحد الأدنى للمنحة في الدعوة وهو { $limit }
decision-amount-over-maximum = يجب ألا يتجاوز الحد الأقصى للمنحة في الدعوة وهو { $limit }
decision-amount-too-large-to-split = المبلغ أكبر من أن يُقسَّم على دفعات
decision-tranches-one-kind = حدِّد لكل دفعة إما نسبة مئوية أو مبلغًا، بالطريقة نفسها لجميع الدفعات
decision-tranche-due-past = يجب ألا يكون في الماضي
decision-tranche-condition-long = يجب ألا يتجاوز 500 حرف
decision-tranche-percent-range = يجب أن يكون أكبر من 0 وألا يتجاوز 100
decision-tranches-percent-total = يجب أن يبلغ مجموع النسب 100، لا { $total }
decision-tranches-overflow = مجموع المبالغ أكبر مما يمكن أن يبلغه مبلغ
decision-tranches-amount-total = يجب أن يساوي مجموع المبالغ المنحة البالغة { $award }، لا { $total }
decision-tranches-zero = يجب أن تبقى كل دفعة أكبر من الصفر بعد التقريب

travel-attendance-unconfirmed = يجب أن تكون القيمة true: لا تُعلَّم الرعاية بأن السفر تمّ إلا بعد تأكيد الحضور
travel-not-yet-arrived = يصل المسافر في { $date }؛ ويُؤكَّد الحضور في ذلك اليوم أو بعده
travel-payments-in-flight = مدفوعات هذه الرعاية المطلوبة أو المعتمدة: { $count }؛ ادفعها أو ألغها قبل التسوية
travel-refund-in-future = يجب ألّا يكون في المستقبل
travel-nothing-to-reclaim = لا شيء مستحق الرد من المنظمة عن هذه الرعاية
travel-refund-recorded = سُجِّل رد مبلغ هذه الرعاية من قبل
travel-refund-before-due = يجب ألّا يسبق { $date }، حين أصبح المبلغ مستحق الرد
travel-costs-none = أدرج تكلفة فعلية واحدة على الأقل
travel-costs-overflow = مجموع التكاليف الفعلية يتجاوز { $limit }
travel-costs-over-entitlement = تتجاوز التكاليف الفعلية المبلغ المستحق بمقدار { $excess }: اذكر سبب دفع المكتب مبلغًا أكبر
