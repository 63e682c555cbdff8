# صفحات الفعاليات ورعاية السفر في مساحة عمل الموظفين (`templates/portal/staff/events_*.html`).
staff-events-title = الفعاليات والسفر
staff-events-back-list = كل الفعاليات
staff-events-back-event = العودة إلى الفعالية
staff-events-caption = فعالية
staff-events-none = لا توجد فعاليات بعد.
staff-events-count = { $count ->
    [one] فعالية واحدة، الأقرب أولاً.
   *[other] { $count } فعاليات، الأقرب أولاً.
}
staff-events-pages = صفحات الفعاليات
staff-events-previous = الفعاليات السابقة
staff-events-next = الفعاليات التالية
staff-events-column-state = الحالة
staff-events-deadline = آخر موعد للطلبات
staff-events-requests = طلبات الرعاية
staff-events-no-requests = لا توجد طلبات رعاية بعد.
staff-events-count-entry = { $status }: { $count }
staff-events-status-draft = مسودة
staff-events-status-open = مفتوحة للطلبات
staff-events-status-closed = مغلقة أمام الطلبات
staff-events-status-held = معلّقة
staff-events-budget-heading = ميزانية الرعاية
staff-events-budget-title = ميزانية رعاية قدرها { $ceiling }
staff-events-budget-part = الجزء
staff-events-budget-amount = المبلغ
staff-events-budget-paid = مدفوع
staff-events-budget-committed = موافق عليه ولم يُدفع بعد
staff-events-budget-available = متاح
staff-events-representation-link = تمثيل المشاركين
staff-events-requests-heading = الطلبات والاستحقاقات
staff-events-requests-caption = الطلبات، الأقدم أولاً، مع ما يستحقه كل مسافر
staff-events-column-traveller = المسافر
staff-events-column-organisation = المنظمة
staff-events-column-stay = الإقامة
staff-events-column-dsa = البدل اليومي
staff-events-column-terminal = نفقات الانتقال من المطار وإليه
staff-events-column-airfare = تذكرة الطيران
staff-events-column-total = المجموع
staff-events-nights = { $count ->
    [one] ليلة واحدة
   *[other] { $count } ليالٍ
}
staff-events-decide = اتخاذ القرار
staff-events-waitlist-heading = قائمة الانتظار
staff-events-waitlist-hint = تُقبل هذه الطلبات بهذا الترتيب كلما أتاحت الميزانية ذلك.
staff-events-waitlist-empty = لا أحد في قائمة الانتظار.
staff-events-done-approved = تمت الموافقة على الطلب.
staff-events-done-rejected = رُفض الطلب.
staff-events-done-waitlisted = وُضع الطلب في قائمة الانتظار.
staff-events-decision-title = طلب رعاية لـ { $traveller }
staff-events-role = الوظيفة
staff-events-nationality = الجنسية
staff-events-origin = السفر من
staff-events-requested-at = تاريخ الطلب
staff-events-decided-reason = السبب المذكور
staff-events-entitlement-heading = الاستحقاق
staff-events-entitlement-caption = ما تمنحه قواعد السفر لهذا المسافر
staff-events-outcome-heading = القرار
staff-events-outcome-legend = ما قرارك؟
staff-events-outcome-approved = الموافقة
staff-events-outcome-rejected = الرفض
staff-events-outcome-waitlisted = الوضع في قائمة الانتظار
staff-events-reason-label = السبب
staff-events-reason-hint = تقرؤه المنظمة مع القرار.
staff-events-decide-button = تسجيل القرار
staff-events-error-outcome = اختر الموافقة أو الرفض أو قائمة الانتظار
staff-events-error-reason = اكتب سبب القرار
staff-events-not-decidable = لم يعد هذا الطلب يُقرَّر هنا. حالته: { $status }.
staff-events-representation-title = التمثيل في { $event }
staff-events-representation-requests = الطلبات المحسوبة
staff-events-representation-approved = المسافرون الموافق عليهم
staff-events-representation-download = تنزيل الأرقام (CSV)
staff-events-representation-warnings = دون الأهداف
staff-events-representation-none = لم تتم الموافقة على أي مسافر بعد، لذا كل النسب فارغة.
staff-events-representation-hint = كل شريط نسبة من المسافرين الموافق عليهم؛ والخط المتقطع يشير إلى هدف المكتب.
staff-events-chart-gender = المسافرون الموافق عليهم حسب النوع الاجتماعي
staff-events-chart-age = المسافرون الموافق عليهم حسب العمر
staff-events-chart-region = المسافرون الموافق عليهم حسب المنطقة
staff-events-chart-organisations = المسافرون الموافق عليهم من منظمات تقودها نساء أو شباب
staff-events-young = من 18 إلى 34 سنة
staff-events-women-led = منظمة تقودها نساء
staff-events-youth-led = منظمة يقودها شباب
staff-events-column-group = الفئة
staff-events-column-share = النسبة
staff-events-column-target = الهدف
staff-events-share = { $share } ٪ ({ $count } من { $total })
staff-events-target-at-least = { $percent } ٪ على الأقل
staff-events-target-at-most = { $percent } ٪ على الأكثر
conflict-sponsorship-changed = تغيّر هذا الطلب في الأثناء (قرّر فيه شخص آخر)، لذا لم يُنفَّذ شيء. اقرأ حالته مجدداً قبل اتخاذ القرار.

## سبب الليالي الإضافية في استمارة القرار، وضوابط تقرير التمثيل.
staff-events-extra-nights-heading = ليالٍ خارج فترة السفر المأذون بها
staff-events-extra-nights-hint = { $count ->
    [zero] لا توجد ليالٍ من هذه الإقامة خارج فترة السفر المأذون بها للحدث.
    [one] ليلة واحدة من هذه الإقامة تقع خارج فترة السفر المأذون بها للحدث ولا تُدفع ما لم تأذن بها.
    [two] ليلتان من هذه الإقامة تقعان خارج فترة السفر المأذون بها للحدث ولا تُدفعان ما لم تأذن بهما.
    [few] { $count } ليالٍ من هذه الإقامة تقع خارج فترة السفر المأذون بها للحدث ولا تُدفع ما لم تأذن بها.
    [many] { $count } ليلة من هذه الإقامة تقع خارج فترة السفر المأذون بها للحدث ولا تُدفع ما لم تأذن بها.
   *[other] { $count } ليلة من هذه الإقامة تقع خارج فترة السفر المأذون بها للحدث ولا تُدفع ما لم تأذن بها.
}
staff-events-extra-nights-legend = { $count ->
    [zero] لا ليالي خارج الفترة المأذون بها
    [one] هل تُدفع الليلة الواقعة خارج الفترة المأذون بها؟
    [two] هل تُدفع الليلتان الواقعتان خارج الفترة المأذون بها؟
    [few] هل تُدفع الليالي الـ{ $count } الواقعة خارج الفترة المأذون بها؟
    [many] هل تُدفع الليالي الـ{ $count } الواقعة خارج الفترة المأذون بها؟
   *[other] هل تُدفع الليالي الـ{ $count } الواقعة خارج الفترة المأذون بها؟
}
staff-events-extra-nights-pay = نعم، تُدفع (مع الموافقة أو قائمة الانتظار)، للسبب المذكور أدناه
staff-events-extra-nights-unpaid = لا، تبقى دون دفع
staff-events-extra-nights-reason-label = لماذا يدفع المكتب هذه الليالي
staff-events-extra-nights-reason-hint = مطلوب إذا دفعتها. وتطبعه رسالة الرعاية.
staff-events-error-extra-nights-reason = اذكر لماذا يدفع المكتب الليالي الواقعة خارج الفترة المأذون بها
staff-events-targets-legend = الأهداف والمناطق
staff-events-targets-hint = اترك الهدف فارغًا لاستخدام هدف المكتب. كل هدف نسبة مئوية صحيحة من 0 إلى 100.
staff-events-target-women-label = النساء، على الأقل (%)
staff-events-target-young-label = من 18 إلى 34 سنة، على الأقل (%)
staff-events-target-region-label = منطقة واحدة، على الأكثر (%)
staff-events-target-office = هدف المكتب: { $percent } %
staff-events-regions-label = عدّ المناطق حسب
staff-events-regions-office = مناطق التخطيط الخاصة بالمكتب
staff-events-regions-m49 = قارات تصنيف M49 للأمم المتحدة
staff-events-targets-apply = اعرض التقرير
staff-events-error-regions = اختر مناطق المكتب أو قارات تصنيف M49 للأمم المتحدة
