## The public home's filter and a call's regions (#17).
leftovers-filter-heading = تصفية الدعوات
leftovers-filter-theme = المجال
leftovers-filter-any-theme = كل المجالات
leftovers-filter-region = المنطقة
leftovers-filter-any-region = كل المناطق
leftovers-filter-apply = تطبيق عوامل التصفية
leftovers-filter-clear = مسح عوامل التصفية
leftovers-filter-applied = الدعوات المعروضة حسب: { $filters }
leftovers-filter-no-match = لا توجد دعوة مفتوحة تطابق عوامل التصفية هذه.
leftovers-filter-see-all = عرض كل الدعوات المفتوحة
leftovers-call-regions = المناطق
leftovers-call-every-region = مفتوحة للمنظمات من جميع المناطق
leftovers-region-unknown = «{ $region }» ليست من مناطق المكتب ({ $regions })
leftovers-region-repeated = «{ $region }» مذكورة أكثر من مرة
leftovers-region-middle-east-and-north-africa = الشرق الأوسط وشمال أفريقيا
leftovers-region-the-sahel = منطقة الساحل
leftovers-region-sub-saharan-africa = أفريقيا جنوب الصحراء الكبرى
leftovers-region-central-asia = آسيا الوسطى
leftovers-region-south-asia = جنوب آسيا
leftovers-region-south-east-asia = جنوب شرق آسيا
leftovers-region-latin-america-and-the-caribbean = أمريكا اللاتينية والكاريبي
leftovers-region-europe = أوروبا
leftovers-region-north-america = أمريكا الشمالية
leftovers-region-africa = أفريقيا
leftovers-region-americas = الأمريكتان
leftovers-region-antarctica = القارة القطبية الجنوبية
leftovers-region-asia = آسيا
leftovers-region-oceania = أوقيانوسيا
leftovers-region-other = أخرى
leftovers-region-unknown-country = غير معروفة

## Tranche payments and travel dates in the deadlines and the calendar feed (#17).
leftovers-tranche-expected = دفعة متوقعة: الشريحة { $number } من { $award }، { $amount }
leftovers-tranche-expected-description = اليوم المقرر لدفع هذه الشريحة من المنحة، متى استوفيت شروطها.
leftovers-trip-arrival = الوصول إلى { $event }: { $traveller }
leftovers-trip-departure = المغادرة من { $event }: { $traveller }
leftovers-trip-description = مواعيد السفر المعتمدة لمسافر مُموَّل.

## Messages services used to word in English (#16).
leftovers-link-unknown = هذا الرابط غير صالح؛ اطلب رابطًا جديدًا
leftovers-link-used = سبق استخدام هذا الرابط (أو أُرسل رابط أحدث)؛ اطلب رابطًا جديدًا
leftovers-link-expired = انتهت صلاحية هذا الرابط في { $date }؛ اطلب رابطًا جديدًا
leftovers-invitation-expired = انتهت صلاحية الدعوة بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
  }؛ يمكن لأحد أعضاء المنظمة إرسال دعوة جديدة
leftovers-invitation-revoked = سُحبت الدعوة؛ يمكن لأحد أعضاء المنظمة إرسال دعوة جديدة إن كان ذلك خطأ
leftovers-invitation-accepted = سبق قبول الدعوة: لم يبق شيء للقيام به
leftovers-invitation-declined = رُفضت الدعوة؛ يمكن لأحد أعضاء المنظمة إرسال دعوة جديدة إن كان ذلك خطأ
leftovers-invitation-changed = رُدّ على الدعوة أو سُحبت أو انتهت صلاحيتها في الأثناء؛ أعد تحميلها
leftovers-roles-needed = يلزم دور واحد على الأقل
leftovers-admin-keeps-own-role = لا يزيل المسؤول دور المسؤول عن نفسه؛ يقوم بذلك مسؤول آخر
leftovers-admin-keeps-own-account = لا يعطّل المسؤول حسابه بنفسه؛ يقوم بذلك مسؤول آخر
leftovers-email-stays-verified = لا يتوقف التحقق من العنوان إلا عندما يغيّره صاحبه؛ أرسل true لتأكيده
leftovers-condition-unmet = الشريحة { $number } بانتظار استلام { $kind ->
    [interim_narrative] التقرير السردي المرحلي
    [interim_financial] التقرير المالي المرحلي
    [final_narrative] التقرير السردي النهائي
   *[final_financial] التقرير المالي النهائي
  } المستحق في { $due } (وهو { $state ->
    [pending] لم يُقدَّم بعد
    [submitted] مُقدَّم ولم يُستلم بعد
   *[received] مُستلم
  })؛ وافق مع override_reason لدفعها رغم ذلك
leftovers-representation-women = تمثّل النساء { $share }٪ من المسافرين المعتمدين، وهو أقل من الهدف البالغ { $target }٪
leftovers-representation-young = يمثّل المسافرون من 18 إلى 34 عامًا { $share }٪، وهو أقل من الهدف البالغ { $target }٪
leftovers-representation-region = تستأثر { $region } بنسبة { $share }٪ من المسافرين المعتمدين، وهو أعلى من الحد البالغ { $limit }٪
leftovers-percentage-range = يجب أن تكون نسبة مئوية من 0 إلى 100

## Reports: a month group's name (#19).
leftovers-report-month = { $month ->
    [1] يناير { $year }
    [2] فبراير { $year }
    [3] مارس { $year }
    [4] أبريل { $year }
    [5] مايو { $year }
    [6] يونيو { $year }
    [7] يوليو { $year }
    [8] أغسطس { $year }
    [9] سبتمبر { $year }
    [10] أكتوبر { $year }
    [11] نوفمبر { $year }
   *[12] ديسمبر { $year }
  }

## Reports: a reporting currency without a rate (#19).
leftovers-rate-missing = لا يوجد سعر صرف مسجّل من { $from } إلى { $to } (في دفعة أو فعالية)؛ اختر عملة تقرير أخرى أو سجّل السعر أولًا

## Reports: the grand total in a reporting currency and the rates used (#19).
report-reporting-total = جميع العملات بـ { $currency }
report-rate-payment = سعر { $from } ← { $to }: { $rate }، مسجّل في الدفعة { $holder } بتاريخ { $date }
report-rate-payment-inverse = سعر { $from } ← { $to }: { $rate }، مقلوب السعر المسجّل في الدفعة { $holder } بتاريخ { $date }
report-rate-event = سعر { $from } ← { $to }: { $rate }، سعر الصرف للفعالية «{ $holder }» التي تبدأ في { $date }
