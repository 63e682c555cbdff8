# الرسائل (منح المنحة، والرعاية ودعم طلب التأشيرة): نصها والتواريخ والمبالغ كتابةً.
# تبقى الأسماء كما كُتبت دون ترجمة أو نقل حرفي.

## التواريخ والمبالغ

letter-date = { $day } { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
} { $year }
letter-date-range = من { $start } إلى { $end }
letter-date-single = في { $date }
letter-amount = { $number } { $currency }
letter-amount-with-fraction = { $number } { $currency } و{ $fraction }
letter-amount-negative = سالب { $amount }
currency-EUR = { $count ->
    [one] يورو واحد
    [two] يوروان
   *[other] يورو
}
currency-USD = { $count ->
    [zero] دولار أمريكي
    [one] دولار أمريكي واحد
    [two] دولاران أمريكيان
    [few] دولارات أمريكية
    [many] دولارًا أمريكيًا
   *[other] دولار أمريكي
}
currency-GBP = { $count ->
    [one] جنيه إسترليني واحد
    [two] جنيهان إسترلينيان
    [few] جنيهات إسترلينية
    [many] جنيهًا إسترلينيًا
   *[other] جنيه إسترليني
}
currency-CHF = { $count ->
    [one] فرنك سويسري واحد
    [two] فرنكان سويسريان
    [few] فرنكات سويسرية
    [many] فرنكًا سويسريًا
   *[other] فرنك سويسري
}
currency-JPY = { $count ->
    [one] ين ياباني واحد
    [two] ينان يابانيان
   *[other] ين ياباني
}
currency-CNY = { $count ->
    [one] يوان صيني واحد
    [two] يوانان صينيان
   *[other] يوان صيني
}
currency-RUB = { $count ->
    [one] روبل روسي واحد
    [two] روبلان روسيان
    [few] روبلات روسية
    [many] روبلًا روسيًا
   *[other] روبل روسي
}

## الإطار المشترك

letter-date-line = التاريخ: { $date }
letter-reference-line = الرقم المرجعي: { $reference }
letter-subject-line = الموضوع: { $subject }
letter-signatory-role = موظف المنح، { $office }
letter-yours-sincerely = وتفضلوا بقبول فائق الاحترام والتقدير،
letter-yours-faithfully = وتفضلوا بقبول فائق الاحترام والتقدير،
letter-amount-column = المبلغ ({ $currency })

## رسالة منح المنحة

# تُرسم في أسفل كل صفحة دون تشكيل الحروف: أحرف لاتينية وأرقام فقط.
letter-award-footer = { $reference } · { $page } / { $pages }
letter-award-document = رسالة منح
letter-award-subject = منح منحة في إطار الدعوة «{ $call }»
letter-award-to = إلى:
letter-award-greeting = شركاءنا الأعزاء،
letter-award-intro = يسرّنا إبلاغكم بأن { $office } قرّر منح منظمتكم منحة قدرها { $amount } { $currency } ({ $amount_words }) لتنفيذ مشروع «{ $project }» المقدَّم في إطار الدعوة «{ $call }». وتُصرف المنحة على دفعات مبيّنة أدناه، تُصرف كلٌّ منها في موعد استحقاقها متى استوفي شرطها.
letter-award-tranches = الدفعات
letter-award-tranche-number = الرقم
letter-award-due-date = تاريخ الاستحقاق
letter-award-condition = الشرط
letter-award-obligations = التقارير المطلوبة
letter-award-obligation = { $report }، ويُقدَّم في موعد أقصاه { $date }
letter-award-no-obligations = لا تترتب على هذه المنحة أي تقارير غير ما تنص عليه الشروط العامة أدناه.
letter-award-conditions = الشروط العامة
letter-award-conditions-text = لا يجوز استخدام المنحة إلا في الأنشطة وفي حدود الميزانية المعتمدة في طلبكم. وتُقدَّم التقارير السردية والمالية في المواعيد المبينة أعلاه، ولا تُصرف أي دفعة إلا بعد استلام التقارير المستحقة قبلها. ويتعين عليكم إخطار { $office } كتابةً ودون تأخير بأي تغيير في المشروع أو ميزانيته أو جدوله الزمني أو في منظمتكم قد يؤثر في المنحة. ويجوز لـ { $office } تعليق المنحة أو إنهاؤها، وطلب ردّ الأموال غير المنفقة أو المستخدمة في غير ما خُصصت له، إذا لم تُستوفَ هذه الشروط.
letter-award-acceptance = القبول
letter-award-acceptance-text = لقبول هذه المنحة، يُرجى تسجيل الدخول إلى grantdesk وقبول شروط المنحة { $reference } في غضون 30 يومًا من تاريخ هذه الرسالة. ويسري مفعول المنحة من تاريخ قبولكم، ولا تُصرف الدفعة الأولى قبله.
letter-report-interim_narrative = التقرير السردي المرحلي
letter-report-interim_financial = التقرير المالي المرحلي
letter-report-final_narrative = التقرير السردي الختامي
letter-report-final_financial = التقرير المالي الختامي

## رسالة الرعاية ودعم طلب التأشيرة

letter-sponsorship-footer = { $reference } · { $page } / { $pages }
letter-sponsorship-document = رسالة رعاية
letter-sponsorship-subject = دعوة ورعاية لحضور «{ $event }»
letter-sponsorship-heading = دعوة ورعاية ودعم طلب تأشيرة لحضور «{ $event }»
letter-sponsorship-to = إلى: السفارة أو القنصلية المعنية
letter-sponsorship-greeting = إلى من يهمه الأمر،
letter-sponsorship-invitation = يدعو { $office } الشخص المذكور أدناه إلى حضور «{ $event }» ({ $place }، { $dates })، ويتكفّل بمشاركته على النحو المبيّن في هذه الرسالة.
letter-sponsorship-traveller = المسافر
letter-field-full-name = الاسم الكامل كما في جواز السفر
letter-field-nationality = الجنسية
letter-field-organisation = المنظمة
letter-field-organisation-country = بلد المنظمة
letter-field-role = الصفة في المنظمة
letter-field-origin = مدينة الانطلاق
letter-sponsorship-stay = من المتوقع أن يصل المسافر في { $arrival } وأن يغادر في { $departure } ({ $nights ->
    [0] زيارة ليوم واحد دون مبيت
    [one] ليلة واحدة
    [two] ليلتان
    [few] { $nights_shown } ليالٍ
    [many] { $nights_shown } ليلة
   *[other] { $nights_shown } ليلة
}).
letter-sponsorship-covered = ما تغطيه الرعاية
letter-sponsorship-item = البند
letter-sponsorship-total = المجموع
letter-sponsorship-amounts = يبلغ مجموع الرعاية { $total } { $currency } ({ $total_words }). وتُصرف سلفة قدرها { $percent } من هذا المبلغ، أي { $advance } { $currency }، قبل السفر، ويُصرف الرصيد بعد تأكيد حضور المسافر وتسوية التكاليف.
letter-sponsorship-visa = دعم طلب التأشيرة
letter-sponsorship-visa-text = يرجو { $office } من السلطات المختصة التكرّم بتسهيل إصدار التأشيرة التي يحتاجها المسافر للسفر إلى { $city }، { $country } في التواريخ المذكورة أعلاه. ويُرجى ذكر الرقم المرجعي لهذه الرسالة، { $reference }، في أي استفسار بشأنها.
letter-covered-nights = { $nights ->
    [one] ليلة واحدة
    [two] ليلتان
    [few] { $nights_shown } ليالٍ
   *[other] { $nights_shown } ليلة
}
letter-covered-dsa = بدل الإقامة اليومي: { $nights } بواقع { $rate } { $currency }
letter-covered-dsa-reduced = بدل الإقامة اليومي: { $nights } بنسبة { $percent } من { $rate } { $currency } (بعد 60 ليلة)
letter-covered-terminal = نفقات الانتقال من المطار وإليه ({ $ends_shown } رحلات)
letter-covered-airfare = تذكرة طيران ذهابًا وإيابًا من { $city }
letter-covered-extra-nights = منها { $nights } خارج فترة السفر المعتمدة، أُذن بها للسبب التالي: { $reason }
letter-covered-local = لا بدل إقامة ولا نفقات انتقال: يقيم المسافر في منطقة انعقاد الفعالية
letter-covered-unpaid = { $nights } خارج فترة السفر المعتمدة، غير مشمولة
