# الرسائل والإشعارات داخل التطبيق: تحية، ثم نص ما جرى، ثم البيانات (العنوان: القيمة)، ثم الختام.

email-greeting = السيد/السيدة { $name } المحترم/المحترمة،
email-signoff =
    مع أطيب التحيات،
    مكتب المنح

## عناوين البيانات

email-label-reference = المرجع
email-label-requested = المبلغ المطلوب
email-label-summary = الملخص
email-label-answers = الأسئلة المجاب عنها
email-label-failed-criteria = المعايير غير المستوفاة
email-label-reasons = الأسباب
email-label-amount = المبلغ
email-label-next-step = الخطوة التالية
email-label-deadline = الموعد النهائي
email-label-grounds = أسباب التظلم
email-label-report = التقرير
email-label-payment-reference = مرجع الدفعة
email-label-paid-on = تاريخ الدفع
email-label-matches = التطابقات المحتملة
email-label-event = الفعالية
email-label-entitlement = المبلغ المستحق
email-label-appeal = التظلم

## الخطوات التالية

email-next-accept-award = اقرأ خطاب المنحة واقبل شروطه في grantdesk.
email-next-appeal =
    يمكنك التظلم من هذا القرار خلال { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } مع بيان أسبابك.
email-next-wait-review = سيقيّم المراجعون الطلب الآن، وسنبلغك بالقرار.
email-next-approve = لا يجوز لمقدم الطلب أن يوافق عليه بنفسه: يجب أن يوافق عليه موظف مالي آخر.
email-next-adjudicate = يحتاج كل تطابق محتمل إلى قرار من موظف البرنامج: فتشابه الأسماء وحده لا يعني الرفض أبدًا.

## الإشعارات

email-application-submitted-subject = تم استلام الطلب: { $title }
email-application-submitted-body = استلمنا طلبك «{ $title }». تُعدّ هذه الرسالة إشعارًا بالاستلام، وفيما يلي ملخص لما قدمته.
email-application-eligible-subject = الطلب مستوفٍ لشروط الأهلية: { $title }
email-application-eligible-body = طلبك «{ $title }» يستوفي معايير الأهلية للدعوة، وينتقل الآن إلى مرحلة التقييم.
email-application-ineligible-subject = الطلب غير مستوفٍ لشروط الأهلية: { $title }
email-application-ineligible-body = طلبك «{ $title }» لا يستوفي معايير الأهلية للدعوة، للأسباب المبينة أدناه.
email-application-awarded-subject = تمت الموافقة على المنحة: { $title }
email-application-awarded-body = يسعدنا إبلاغك بأنه تقرر منح طلبك «{ $title }» منحة. أسباب القرار مبينة أدناه، وسيصلك خطاب المنحة لاحقًا.
email-application-rejected-subject = القرار بشأن طلبك: { $title }
email-application-rejected-body = نأسف لإبلاغك بأن طلبك «{ $title }» لم يُختر، للأسباب المبينة أدناه.
email-appeal-filed-subject = تم تقديم تظلم: { $title }
email-appeal-filed-body = تظلّم مقدم الطلب من القرار الصادر بشأن «{ $title }». يبتّ في التظلم موظف غير الذي أصدر القرار.
email-appeal-upheld-subject = القرار في التظلم: { $title }
email-appeal-upheld-body = نُظر في تظلمك بشأن «{ $title }» وتقرر الإبقاء على القرار، للأسباب المبينة أدناه.
email-appeal-overturned-subject = قُبل التظلم: { $title }
email-appeal-overturned-body = قُبل تظلمك بشأن «{ $title }»: يعود الطلب إلى مرحلة التقييم.
email-review-assigned-subject = طلب جديد للتقييم: { $title }
email-review-assigned-body = طُلب منك تقييم الطلب «{ $title }». إن كان لديك تضارب في المصالح فأعلن عنه قبل أن تمضي في القراءة.
email-conflict-declared-subject = إعلان عن تضارب في المصالح: { $title }
email-conflict-declared-body = أعلن أحد المراجعين عن تضارب في المصالح بشأن «{ $title }» ولم يعد يقيّمه: يلزم تعيين مراجع آخر.
email-award-letter-ready-subject = خطاب المنحة جاهز: { $title }
email-award-letter-ready-body = المنحة { $title } وخطابها جاهزان. تبدأ المنحة حين تقبل منظمتك شروطها.
email-award-accepted-subject = قُبلت المنحة: { $title }
email-award-accepted-body = قبلت المنظمة شروط المنحة { $title }، وأصبحت المنحة سارية.
email-report-submitted-subject = قُدّم تقرير: { $title }
email-report-submitted-body = قدّمت المنظمة تقريرًا عن المنحة { $title }، وهو بانتظار الاستلام.
email-report-received-subject = تم استلام التقرير: { $title }
email-report-received-body = استلم المكتب تقريرك عن المنحة { $title }. شكرًا لك.
email-disbursement-requested-subject = دفعة بانتظار الموافقة: { $title }
email-disbursement-requested-body = طُلبت دفعة بمبلغ { $title } وهي بانتظار الموافقة.
email-disbursement-paid-subject = تم صرف دفعة: { $title }
email-disbursement-paid-body = صُرفت لمنظمتك دفعة بمبلغ { $title }.
email-diligence-match-subject = نتيجة فحص العقوبات بانتظار البتّ: { $title }
email-diligence-match-body = كشف فحص «{ $title }» على القائمة الموحدة لمجلس الأمن التابع للأمم المتحدة عن تطابقات محتملة.
email-risk-second-approval-subject = مطلوب اعتماد ثانٍ: { $title }
email-risk-second-approval-body = يُظهر تقييم مخاطر «عدم الإضرار» الخاص بـ«{ $title }» خطرًا متبقيًا مرتفعًا، وقد نال الاعتماد الأول: يلزم اعتماد موظف ثانٍ.
email-sponsorship-approved-subject = تمت الموافقة على الرعاية: { $title }
email-sponsorship-approved-body = تمت الموافقة على طلب رعاية { $title }. يمكن الآن تنزيل خطاب الرعاية ودعم طلب التأشيرة.
email-sponsorship-rejected-subject = لم تتم الموافقة على الرعاية: { $title }
email-sponsorship-rejected-body = لم تتم الموافقة على طلب رعاية { $title }، للأسباب المبينة أدناه.
email-sponsorship-waitlisted-subject = الرعاية على قائمة الانتظار: { $title }
email-sponsorship-waitlisted-body = طلب رعاية { $title } على قائمة الانتظار: ستتم الموافقة عليه إذا توفّر متّسع في الميزانية.
email-sponsorship-promoted-subject = تمت الموافقة على الرعاية من قائمة الانتظار: { $title }
email-sponsorship-promoted-body = توفّر متّسع في الميزانية: تمت الموافقة على طلب رعاية { $title }.

## الملخص اليومي

email-digest-subject =
    { $count ->
        [zero] لا إشعارات بانتظارك
        [one] إشعار واحد بانتظارك
        [two] إشعاران بانتظارك
        [few] { $count } إشعارات بانتظارك
        [many] { $count } إشعارًا بانتظارك
       *[other] { $count } إشعار بانتظارك
    }
email-digest-body =
    { $count ->
        [zero] منذ الملخص السابق لا شيء يحتاج إلى انتباهك.
        [one] منذ الملخص السابق، أمر واحد يحتاج إلى انتباهك:
        [two] منذ الملخص السابق، أمران يحتاجان إلى انتباهك:
        [few] منذ الملخص السابق، { $count } أمور تحتاج إلى انتباهك:
        [many] منذ الملخص السابق، { $count } أمرًا يحتاج إلى انتباهك:
       *[other] منذ الملخص السابق، { $count } أمر يحتاج إلى انتباهك:
    }

## التذكيرات ورسائل الحساب

email-regards = مع أطيب التحيات،
email-call-closing-subject = تذكير: تُغلق الدعوة «{ $title }» في { $due }
email-call-closing-body = لدى منظمتك مسودة طلب في الدعوة «{ $title }» التي تُغلق في { $due }. لن يُنظر في أي مسودة لا تُقدَّم قبل ذلك الموعد.
email-review-overdue-subject = تأخر تقييمك لـ«{ $title }»
email-review-overdue-body = كُلّفت في { $due } بتقييم الطلب «{ $title }» ولم نتلقَّ درجاتك بعد. يُرجى تقديم تقييمك، أو الإعلان عن تضارب في المصالح إن تعذّر عليك التقييم.
email-report-due-subject = موعد تقديم التقرير { $due }: { $title }
email-report-due-body = يحين موعد تقديم «{ $title }» في { $due }. تُصرف الدفعات المرتبطة بهذا التقرير فور استلامه.
email-diligence-expiring-subject = ينتهي فحص العناية الواجبة لـ{ $title } في { $due }
email-diligence-expiring-body = يظل تقييم العناية الواجبة لـ{ $title } ساريًا حتى { $due }. بعد ذلك التاريخ لا يجوز منح المنظمة أي منحة إلى أن يُستكمل تقييم جديد.
email-disbursement-awaiting-approval-subject = صرف بانتظار موافقتك: { $title }
email-disbursement-awaiting-approval-body = طُلب صرف ({ $title }) في { $due } وما زال بانتظار موافقة موظف مالي ثانٍ.
email-appeal-window-closing-subject = تنتهي مهلة التظلم بشأن «{ $title }» في { $due }
email-appeal-window-closing-body = يجوز التظلم من القرار (أو من نتيجة فحص الأهلية) بشأن طلبك «{ $title }» حتى { $due }. بعد ذلك التاريخ يصبح القرار نهائيًا.
email-sponsorship-deadline-subject = يُغلق باب طلبات الرعاية لـ«{ $title }» في { $due }
email-sponsorship-deadline-body = لدى منظمتك مسودة طلب رعاية سفر إلى «{ $title }». يُغلق باب الطلبات في { $due }، ولن يُنظر في أي مسودة لا تُقدَّم قبل ذلك الموعد.
email-invitation-subject = دعوة للانضمام إلى { $title } على grantdesk
email-invitation-body = يدعوك أحد أعضاء { $title } إلى الانضمام إلى المنظمة على grantdesk، حيث يقدّم أعضاؤها طلبات المنح ويرفعون تقاريرها معًا.
email-invitation-after = تنتهي صلاحية الدعوة في { $due }. إن كنت لا تعرف هذه المنظمة فارفض الدعوة أو تجاهل هذه الرسالة: لن يتغير شيء ما لم تقبلها.
email-password-reset-subject = إعادة تعيين كلمة مرور grantdesk
email-password-reset-body = طلب أحدهم إعادة تعيين كلمة مرور حسابك على grantdesk. إن كنت أنت، فاختر كلمة مرور جديدة من هنا:
email-password-reset-after = يعمل الرابط مرة واحدة حتى { $due }. إن لم تطلب ذلك فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.
email-set-password-subject = حسابك على grantdesk: اختر كلمة مرور
email-set-password-body = أنشأ لك أحد مسؤولي { $office } حسابًا على grantdesk. اختر كلمة المرور من هنا:
email-set-password-after = يعمل الرابط مرة واحدة حتى { $due }. إن لم تكن تتوقع هذا الحساب فأبلغ المكتب.
email-verify-email-subject = أكّد عنوان بريدك الإلكتروني لـgrantdesk
email-verify-email-body = يُرجى تأكيد أن هذا عنوان بريدك الإلكتروني، ليتمكن { $office } من مراسلتك بشأن طلباتك:
email-verify-email-after = يظل الرابط صالحًا حتى { $due }. إن لم تطلب حسابًا على grantdesk فتجاهل هذه الرسالة.
email-security-notice-subject = تنبيه أمني: { $title }
email-security-notice-when = الوقت: { $due }.
email-security-notice-after = إن كان هذا أنت فلا حاجة إلى أي إجراء. وإن لم يكن، فأعد تعيين كلمة مرورك فورًا وأبلغ { $office }.
