# اللمسات الأخيرة على البوابة: العودة إلى حيث كنت بعد التسجيل.

portal-finish-continue = تابِع من حيث توقفت

portal-finish-deadlines = المواعيد النهائية القادمة
portal-finish-no-deadlines = لا يوجد شيء مستحق في الأسابيع القادمة.
portal-finish-calendar-hint = يمكن لتطبيق التقويم لديك الاشتراك في هذه المواعيد وإبقاؤها محدّثة.
portal-finish-calendar-button = احصل على رابط التقويم
portal-finish-calendar-title = رابط التقويم الخاص بك
portal-finish-calendar-text = أضف هذا العنوان إلى تطبيق التقويم لديك كاشتراك (في معظم التطبيقات: «إضافة تقويم» ثم «من عنوان URL»). ستظهر مواعيدك النهائية هناك وتبقى محدّثة.
portal-finish-calendar-label = عنوان التقويم
portal-finish-calendar-private = احتفظ به لنفسك: يستطيع أي شخص يملك هذا العنوان قراءة مواعيدك النهائية. طلب رابط جديد يوقف عمل هذا الرابط.

portal-finish-invitation-email-sign-in = لقبول الدعوة أو رفضها، افتح هذه الصفحة وسجّل الدخول بالعنوان { $email }: { $link }
    الدعوة صالحة لمدة { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
portal-finish-invitation-email-register = ليس لديك حساب في grantdesk بعد. افتح هذه الصفحة، وأنشئ حسابًا بالعنوان { $email }، ثم اقبل الدعوة: { $link }
    الدعوة صالحة لمدة { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
portal-finish-invitation-caption = دعوة
portal-finish-invitation-title = الانضمام إلى منظمة
portal-finish-invitation-lead = أنت مدعو للانضمام إلى
portal-finish-invitation-for = أُرسلت الدعوة إلى
portal-finish-invitation-until = الرد قبل
portal-finish-invitation-sign-in-first = سجّل الدخول بالعنوان الذي أُرسلت إليه الدعوة، ثم اقبلها هنا.
portal-finish-invitation-accept = قبول الدعوة والانضمام
portal-finish-invitation-decline = رفض
portal-finish-invitation-joined = أصبحت الآن عضوًا في هذه المنظمة.
portal-finish-invitation-declined-title = رُفضت الدعوة
portal-finish-invitation-declined-text = لم تنضم إلى المنظمة. يمكن لأعضائها دعوتك مرة أخرى.

portal-finish-preferences-title = الإشعارات بالبريد الإلكتروني
portal-finish-preferences-summary = اختر الرسائل التي تصلك أيضًا بالبريد الإلكتروني
portal-finish-preferences-lead = تظهر كل رسالة في إشعاراتك على grantdesk. اختر ما تريد أن يصلك منها أيضًا بالبريد الإلكتروني. تصلك تنبيهات الأمان والروابط التي تطلبها بالبريد دائمًا.
portal-finish-preferences-by-email = أرسل لي بريدًا إلكترونيًا عندما
portal-finish-preferences-hint = ألغِ تحديد ما لا تريده بالبريد الإلكتروني: سيبقى ظاهرًا لك هنا.
portal-finish-preferences-delivery = طريقة إرسال الرسائل
portal-finish-preferences-each = رسالة بريد لكل إشعار
portal-finish-preferences-daily = رسالة واحدة يوميًا تجمعها
portal-finish-preferences-saved = حُفظت اختياراتك.
portal-finish-kind-application_submitted = يُقدَّم طلب (إشعار الاستلام)
portal-finish-kind-application_eligible = يُعدّ طلب مستوفيًا للشروط
portal-finish-kind-application_ineligible = يُعدّ طلب غير مستوفٍ للشروط
portal-finish-kind-application_awarded = يحصل طلب على منحة
portal-finish-kind-application_rejected = يُرفض طلب
portal-finish-kind-appeal_upheld = يُبتّ في تظلّم ويبقى القرار قائمًا
portal-finish-kind-appeal_overturned = يُقبل تظلّم
portal-finish-kind-award_letter_ready = تكون رسالة المنحة جاهزة
portal-finish-kind-report_received = يتسلّم المكتب تقريرًا
portal-finish-kind-disbursement_paid = تُصرف دفعة
portal-finish-kind-sponsorship_approved = تُعتمد رعاية سفر
portal-finish-kind-sponsorship_rejected = تُرفض رعاية سفر
portal-finish-kind-sponsorship_waitlisted = توضع رعاية سفر على قائمة الانتظار
portal-finish-kind-sponsorship_promoted = تخرج رعاية سفر من قائمة الانتظار
portal-finish-kind-call_closing = تقترب نهاية دعوة لديّ فيها مسودة
portal-finish-kind-report_due = يقترب موعد تسليم تقرير
portal-finish-kind-appeal_window_closing = تقترب نهاية مهلة التظلّم
portal-finish-kind-sponsorship_deadline = تقترب نهاية طلبات الرعاية لفعالية
portal-finish-kind-invitation = يدعوني أحدهم إلى الانضمام إلى منظمة
portal-finish-kind-appeal_filed = يُقدَّم تظلّم
portal-finish-kind-review_assigned = يُسنَد إليّ طلب لتقييمه
portal-finish-kind-conflict_declared = يعلن مقيّم عن تضارب في المصالح
portal-finish-kind-award_accepted = تقبل منظمة منحة
portal-finish-kind-report_submitted = تقدّم منظمة تقريرًا
portal-finish-kind-disbursement_requested = يُطلب صرف دفعة
portal-finish-kind-diligence_match = يعثر الفحص على تطابق محتمل مع قائمة العقوبات
portal-finish-kind-risk_second_approval = يحتاج تقييم مخاطر إلى اعتماد ثانٍ
portal-finish-kind-review_overdue = يتأخر تقييم عن موعده
portal-finish-kind-diligence_expiring = تقترب نهاية صلاحية العناية الواجبة
portal-finish-kind-disbursement_awaiting_approval = تنتظر دفعة الاعتماد
