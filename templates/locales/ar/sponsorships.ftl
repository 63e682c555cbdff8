# لماذا ترفض قواعد الرعاية خطوة ما (`sponsorships::rules::Refused`).
sponsorship-refused-not-a-draft = لا تُرسَل إلا المسودة؛ وحالة هذا الطلب بالفعل «{ $status ->
        [draft] مسودة
        [submitted] مُرسَل
        [approved] موافَق عليه
        [rejected] غير موافَق عليه
        [waitlisted] على قائمة الانتظار
        [travelled] الحضور مؤكد
        [reconciled] مُسوّى
       *[other] ملغى
    }»
sponsorship-refused-draft-undecided = لا يُبتّ في المسودة إلا بعد أن ترسلها المنظمة
sponsorship-refused-already-decided = حالة هذا الطلب بالفعل «{ $status ->
        [draft] مسودة
        [submitted] مُرسَل
        [approved] موافَق عليه
        [rejected] غير موافَق عليه
        [waitlisted] على قائمة الانتظار
        [travelled] الحضور مؤكد
        [reconciled] مُسوّى
       *[other] ملغى
    }»: لا يُبتّ إلا في طلب مُرسَل أو على قائمة الانتظار
sponsorship-refused-not-cancellable = لا يُلغى إلا طلب لم يُسافَر به ولم يُرفض ولم يُلغَ؛ وحالة هذا الطلب «{ $status ->
        [draft] مسودة
        [submitted] مُرسَل
        [approved] موافَق عليه
        [rejected] غير موافَق عليه
        [waitlisted] على قائمة الانتظار
        [travelled] الحضور مؤكد
        [reconciled] مُسوّى
       *[other] ملغى
    }»
sponsorship-refused-not-approved = لا يُسجَّل السفر إلا لرعاية موافَق عليها؛ وحالة هذه الرعاية «{ $status ->
        [draft] مسودة
        [submitted] مُرسَل
        [approved] موافَق عليه
        [rejected] غير موافَق عليه
        [waitlisted] على قائمة الانتظار
        [travelled] الحضور مؤكد
        [reconciled] مُسوّى
       *[other] ملغى
    }»
sponsorship-refused-not-travelled = لا تُسوّى إلا رعاية تأكد فيها الحضور؛ وحالة هذه الرعاية «{ $status ->
        [draft] مسودة
        [submitted] مُرسَل
        [approved] موافَق عليه
        [rejected] غير موافَق عليه
        [waitlisted] على قائمة الانتظار
        [travelled] الحضور مؤكد
        [reconciled] مُسوّى
       *[other] ملغى
    }»
sponsorship-refused-trip-confirmed = الرحلة مؤكدة بالفعل؛ أضف أي إيصال آخر كمستند
sponsorship-refused-trip-not-approved = لا تُؤكَّد إلا رحلة رعاية موافَق عليها؛ وحالة هذه الرعاية «{ $status ->
        [draft] مسودة
        [submitted] مُرسَل
        [approved] موافَق عليه
        [rejected] غير موافَق عليه
        [waitlisted] على قائمة الانتظار
        [travelled] الحضور مؤكد
        [reconciled] مُسوّى
       *[other] ملغى
    }»
sponsorship-refused-trip-not-arrived = تُؤكَّد الرحلة في تاريخ الوصول أو بعده
sponsorship-refused-over-budget = سيبلغ مجموع الرعايات الموافَق عليها { $total }، متجاوزًا ميزانية الحدث البالغة { $budget }: ضع الطلب على قائمة الانتظار أو ارفع الميزانية
sponsorship-refused-extra-nights-rejected = لا يأذن بالليالي الإضافية إلا قرار بالموافقة أو بالوضع على قائمة الانتظار
sponsorship-refused-no-extra-nights = كل ليالي هذه الإقامة تقع ضمن فترة السفر المأذون بها للحدث: لا شيء يحتاج إلى إذن
