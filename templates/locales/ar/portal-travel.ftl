# صفحات رعاية السفر في البوابة وطلبات الرعاية في لوحة الحساب.

portal-event-caption = فعالية
portal-event-open = تقبل طلبات رعاية السفر
portal-event-closed = لا تقبل طلبات رعاية السفر
portal-event-dates = التواريخ
portal-event-place = المكان
portal-event-covered = ما يتكفل به المكتب للمسافر المرعي
portal-event-covered-airfare = تذكرة طيران ذهابًا وإيابًا بالدرجة الاقتصادية من مدينة المسافر.
portal-event-covered-dsa = بدل إقامة يومي قدره { $rate } عن كل ليلة،
portal-event-authorised-period = عن الليالي من { $from } إلى { $to }.
portal-event-covered-terminal = نفقات انتقال قدرها { $amount } عن كل رحلة من المطار أو إليه.
portal-event-covered-hint = لا يحصل المسافرون المقيمون في مدينة الفعالية أو منطقتها على بدل إقامة ولا على نفقات انتقال. بعد 60 ليلة يصبح البدل 75 %.
portal-event-request = طلب رعاية السفر
portal-travel-title = طلب رعاية السفر
portal-travel-for-organisation = تقدمون الطلب باسم { $name }.
portal-travel-organisation = أي منظمة تتقدم بالطلب؟
portal-travel-traveller = المسافر
portal-travel-full-name = الاسم الكامل
portal-travel-full-name-hint = كما هو مكتوب في جواز السفر.
portal-travel-gender = النوع الاجتماعي
portal-travel-age-band = العمر
portal-travel-role = الدور في المنظمة
portal-travel-role-hint = مثلًا: منسقة برامج.
portal-travel-nationality = الجنسية
portal-travel-country-hint = رمز البلد المكوّن من حرفين، مثلًا JO للأردن.
portal-travel-journey = الرحلة
portal-travel-origin-city = مدينة الانطلاق
portal-travel-origin-country = بلد الانطلاق
portal-travel-arrival = تاريخ الوصول
portal-travel-departure = تاريخ المغادرة
portal-travel-date-hint = السنة والشهر واليوم، مثلًا 2027-03-02.
portal-travel-airfare = التكلفة التقديرية لتذكرة الذهاب والإياب
portal-travel-airfare-hint = بالدرجة الاقتصادية، مثلًا 640.00. اكتبوا 0 إن كان المسافر يقيم في مدينة الفعالية.
portal-travel-currency = عملة التذكرة
portal-travel-currency-hint = الرمز المكوّن من ثلاثة أحرف، مثلًا USD.
portal-travel-check-button = متابعة
portal-travel-no-organisation = لا يطلب رعاية السفر إلا أعضاء المنظمات. اطلبوا من أحد أعضاء منظمتكم دعوتكم.
portal-gender-female = امرأة
portal-gender-male = رجل
portal-gender-non-binary = نوع اجتماعي آخر
portal-gender-undisclosed = أفضّل عدم الإفصاح
portal-travel-error-organisation = اختاروا المنظمة التي تتقدم بالطلب
portal-travel-error-full-name = اكتبوا الاسم الكامل للمسافر كما هو في جواز السفر
portal-travel-error-gender = اختاروا النوع الاجتماعي للمسافر
portal-travel-error-age-band = اختاروا عمر المسافر
portal-travel-error-role = اكتبوا دور المسافر في المنظمة
portal-travel-error-nationality = اكتبوا الجنسية برمز البلد المكوّن من حرفين، مثلًا JO
portal-travel-error-origin-city = اكتبوا المدينة التي ينطلق منها المسافر
portal-travel-error-origin-country = اكتبوا بلد الانطلاق برمز من حرفين، مثلًا JO
portal-travel-error-airfare = اكتبوا تكلفة التذكرة مبلغًا، مثلًا 640.00
portal-travel-error-currency = اكتبوا عملة يستطيع المكتب تحويلها، مثلًا USD
portal-travel-error-arrival = اكتبوا تاريخ وصول، مثلًا 2027-03-02، قبل بدء الفعالية بسبعة أيام على الأكثر ولا بعد انتهائها
portal-travel-error-departure = اكتبوا تاريخ مغادرة في يوم الوصول أو بعده، وبعد انتهاء الفعالية بسبعة أيام على الأكثر
portal-travel-check-title = راجعوا الطلب قبل إرساله
portal-travel-nights = { $count ->
    [zero] لا ليالٍ
    [one] ليلة واحدة
    [two] ليلتان
    [few] { $count } ليالٍ
    [many] { $count } ليلة
   *[other] { $count } ليلة
}
portal-travel-local = يقيم المسافر في مدينة الفعالية أو منطقتها: لا يُدفع بدل إقامة ولا نفقات انتقال.
portal-travel-night = ليلة
portal-travel-dsa-rate = سعر البدل
portal-travel-paid-share = المدفوع
portal-travel-amount = المبلغ
portal-travel-night-paid = { $percent } %
portal-travel-night-unpaid = غير مدفوعة
portal-travel-entitlement = ما سيدفعه المكتب
portal-travel-dsa = { $count ->
    [zero] بدل الإقامة اليومي، بلا ليالٍ
    [one] بدل الإقامة اليومي، ليلة واحدة
    [two] بدل الإقامة اليومي، ليلتان
    [few] بدل الإقامة اليومي، { $count } ليالٍ
    [many] بدل الإقامة اليومي، { $count } ليلة
   *[other] بدل الإقامة اليومي، { $count } ليلة
}
portal-travel-terminal = نفقات الانتقال
portal-travel-airfare-converted = تذكرة الطيران بعملة الفعالية
portal-travel-total = المجموع
portal-travel-total-hint = محسوب وفق قواعد السفر في الأمم المتحدة من التواريخ وتكلفة التذكرة، ويُثبَّت عند موافقة المكتب على الطلب.
portal-travel-submit-button = إرسال الطلب
portal-travel-change-button = تعديل الإجابات
portal-travel-requested-notice = أُرسل طلبكم. سيبلغكم المكتب بقراره.
portal-sponsorship-title = رعاية سفر { $traveller }
portal-sponsorship-stay = الإقامة
portal-sponsorship-reason = سبب قرار المكتب
portal-sponsorship-letter = خطاب الرعاية ودعم طلب التأشيرة
portal-sponsorship-letter-download = تنزيل الخطاب (PDF)
portal-trip-files = التذاكر وبطاقات الصعود والإيصالات
portal-trip-file-kind = ما هذا الملف؟
portal-trip-file-label = رفع تذكرة أو بطاقة صعود أو إيصال
portal-trip-file-ticket = تذكرة
portal-trip-file-boarding-pass = بطاقة صعود الطائرة
portal-trip-file-receipt = إيصال
portal-trip-uploaded-notice = رُفع الملف.
portal-trip-confirm-heading = بعد الرحلة
portal-trip-confirm-hint = بعد حضور المسافر الفعالية ورفعكم التذاكر والإيصالات، أكّدوا الرحلة. ثم يسوّي المكتب الرصيد.
portal-trip-confirm-button = تأكيد إتمام الرحلة
portal-trip-confirmed = الرحلة مؤكدة
portal-trip-confirmed-notice = شكرًا لكم: أكّدتم الرحلة. سيسوّي المكتب الرصيد.
portal-sponsorship-status-draft = مسودة
portal-sponsorship-status-submitted = مُرسَل
portal-sponsorship-status-approved = موافَق عليه
portal-sponsorship-status-rejected = غير موافَق عليه
portal-sponsorship-status-waitlisted = على قائمة الانتظار
portal-sponsorship-status-travelled = الحضور مؤكد
portal-sponsorship-status-reconciled = مُسوّى
portal-sponsorship-status-cancelled = ملغى
portal-sponsorship-next-draft = أرسلوا الطلب قبل الموعد النهائي.
portal-sponsorship-next-submitted = سيقرر المكتب ويبلغكم.
portal-sponsorship-next-approved = نزّلوا الخطاب من أجل التأشيرة، وبعد الرحلة ارفعوا الإيصالات وأكّدوها.
portal-sponsorship-next-rejected = لا شيء آخر؛ السبب مذكور في صفحة الطلب.
portal-sponsorship-next-waitlisted = سنبلغكم إن شغر مكان.
portal-sponsorship-next-travelled = سيسوّي المكتب التكاليف الفعلية.
portal-sponsorship-next-reconciled = لا شيء آخر مطلوب.
portal-sponsorship-next-cancelled = لا شيء آخر مطلوب.
portal-dashboard-sponsorships = طلبات رعاية السفر
portal-dashboard-event = الفعالية
portal-dashboard-no-sponsorships = ليست لديكم طلبات رعاية سفر.
portal-dashboard-find-events = ابحثوا عن فعالية
