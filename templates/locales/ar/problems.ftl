# المشكلات: `title` لكل إجابة problem+json، و`detail` حين لا يقدّم الرمز رسالة خاصة به من
# الفهرس، ثم رسائل الحقول غير الصالحة.

problem-unauthorized-title = يلزم تسجيل الدخول
problem-unauthorized-description = لم يُقدَّم رمز وصول صالح، أو انتهت صلاحيته، أو بيانات الاعتماد غير صحيحة.

problem-forbidden-title = غير مسموح
problem-forbidden-description = أنت مسجّل الدخول، لكن دورك أو عضويتك لا تسمح بهذا الإجراء.

problem-not-found-title = غير موجود
problem-not-found-description = المورد غير موجود، أو لا يحق لك معرفة وجوده.

problem-malformed-request-title = طلب غير مقروء
problem-malformed-request-description = تتعذّر قراءة الطلب: JSON غير سليم، أو نوع المحتوى JSON غير مذكور، أو معامل مسار غير صالح، أو طريقة لا يقبلها المسار.

problem-validation-title = طلب غير صالح
problem-validation-description = حقل واحد أو أكثر ناقص أو غير صالح؛ يذكر `errors` كل حقل بمساره في JSON.

problem-payload-too-large-title = نص الطلب كبير جدًا
problem-payload-too-large-description = يتجاوز نص الطلب 1 ميبيبايت.

problem-too-many-requests-title = طلبات كثيرة جدًا
problem-too-many-requests-description = محاولات كثيرة في وقت قصير؛ يبيّن `Retry-After` متى يمكن المحاولة مجددًا.

problem-internal-title = خطأ داخلي
problem-internal-description = تعطّلت الخدمة؛ سُجّل السبب مع معرّف الطلب ولا يُعرض أبدًا.

problem-duplicate-title = موجود مسبقًا
problem-duplicate-description = يوجد سجل بالقيم الفريدة نفسها.

problem-concurrent-change-title = تغيّر في أثناء ذلك
problem-concurrent-change-description = تغيّر السجل بين قراءته وحفظه؛ أعد تحميله وحاول مجددًا.

problem-publication-consent-required-title = يلزم موافقة الأعضاء
problem-publication-consent-required-description = لا يوافق على نشر منح المنظمة كاملةً إلا أعضاؤها؛ ويحدد موظف البرنامج السياسات الأضيق.
problem-publication-consent-required-detail = لا يوافق على النشر الكامل إلا أعضاء المنظمة؛ ويمكن لموظف البرنامج اختيار `anonymised` أو `region_only` أو `withheld`

problem-publication-lowered-by-officer-title = سياسة خفّضها موظف البرنامج
problem-publication-lowered-by-officer-description = خفّض موظف البرنامج سياسة نشر المنظمة حفاظًا على سلامتها؛ ولا يرفعها مجددًا إلا موظف البرنامج.
problem-publication-lowered-by-officer-detail = حدّد موظف البرنامج السياسة بـ `{ $policy }` حفاظًا على سلامة المنظمة؛ اطلب من موظف البرنامج رفعها قبل الموافقة على المزيد

problem-invalid-transition-title = غير ممكن في الحالة الراهنة
problem-invalid-transition-description = لا يُسمح بهذا الإجراء من الحالة الراهنة للسجل؛ يجب أن تسبقه خطوة أخرى.

problem-already-appealed-title = سبق التظلّم
problem-already-appealed-description = سبق التظلّم من القرار أو الاستنتاج مرة واحدة.

problem-already-assigned-title = المراجع مكلَّف مسبقًا
problem-already-assigned-description = المراجع مكلَّف بهذا الطلب مسبقًا.

problem-already-member-title = عضو مسبقًا
problem-already-member-description = هذا الحساب عضو في المنظمة مسبقًا.

problem-appeal-resolved-title = سبق البتّ في التظلّم
problem-appeal-resolved-description = سبق رفض التظلّم أو قبوله.

problem-appeal-window-closed-title = انقضت مهلة التظلّم
problem-appeal-window-closed-description = قُدّم التظلّم بعد انقضاء مهلة التظلّم الخاصة بالدعوة.

problem-appeal-window-open-title = مهلة التظلّم ما زالت سارية
problem-appeal-window-open-description = لا يمكن البتّ النهائي في الدعوة ما دام بوسع مقدّمي الطلبات التظلّم.

problem-application-not-draft-title = الطلب مقدَّم مسبقًا
problem-application-not-draft-description = لا يمكن تعديل الطلب إلا ما دام مسودة.

problem-approval-refused-title = رُفضت الموافقة
problem-approval-refused-description = الموافقة غير مسموح بها: الموافِق ليس موظفًا ثانيًا، أو التقييم غير جاهز.

problem-assessment-completed-title = اكتمل التقييم
problem-assessment-completed-description = لا يمكن تغيير تقييم العناية الواجبة بعد اكتماله؛ افتح تقييمًا جديدًا.

problem-assessment-incomplete-title = التقييم غير مكتمل
problem-assessment-incomplete-description = لا يمكن إكمال تقييم العناية الواجبة ما دامت بنود القائمة أو الفحص أو البتّ في التطابقات ناقصة.

problem-assessment-open-title = يوجد تقييم مفتوح
problem-assessment-open-description = لدى المنظمة تقييم عناية واجبة مفتوح مسبقًا.

problem-award-not-active-title = المنحة غير سارية
problem-award-not-active-description = لا تُصرف أموال إلا لمنحة قُبلت ولم تكتمل ولم تُنهَ.

problem-award-not-finished-title = المنحة لم تكتمل
problem-award-not-finished-description = لا تكتمل المنحة إلا بعد صرف أموالها كاملة واستلام تقاريرها.

problem-award-preconditions-title = شروط المنح غير مستوفاة
problem-award-preconditions-description = تتطلب المنحة عناية واجبة سارية وتقييمًا معتمدًا لمخاطر «عدم الإضرار» دون المستوى الحرج.

problem-budget-exceeded-title = تجاوز الميزانية
problem-budget-exceeded-description = ستتجاوز المنحة أو الرعاية بمجموع الدعوة أو الفعالية سقف ميزانيتها.

problem-call-cancelled-title = أُلغيت الدعوة
problem-call-cancelled-description = أُلغيت الدعوة؛ وأُغلقت طلباتها.

problem-call-closed-title = الدعوة مغلقة
problem-call-closed-description = أُنشئ الطلب أو قُدّم بعد موعد إغلاق الدعوة.

problem-call-closes-in-past-title = انقضى موعد الإغلاق
problem-call-closes-in-past-description = لا يمكن نشر دعوة موعد إغلاقها في الماضي.

problem-call-decided-title = بُتّ في الدعوة
problem-call-decided-description = بُتّ في الدعوة نهائيًا؛ وأُغلق باب التظلّم فيها.

problem-call-not-draft-title = الدعوة ليست مسودة
problem-call-not-draft-description = لا يمكن تعديل الدعوة إلا وهي مسودة.

problem-call-not-open-title = الدعوة غير مفتوحة
problem-call-not-open-description = لا تقبل الدعوة طلبات في حالتها الراهنة.

problem-call-not-settled-title = الدعوة لم تُحسم
problem-call-not-settled-description = لا يمكن البتّ النهائي في الدعوة ما دامت هناك طلبات معلّقة.

problem-call-not-yet-open-title = الدعوة لم تُفتح بعد
problem-call-not-yet-open-description = يُفتح باب تقديم الطلبات للدعوة لاحقًا.

problem-condition-not-met-title = شرط الدفعة غير مستوفى
problem-condition-not-met-description = شرط الدفعة (مثل استلام تقرير) غير مستوفى؛ يجوز للموافِق تجاوزه مع ذكر السبب.

problem-conflict-of-interest-title = تضارب مصالح
problem-conflict-of-interest-description = أعلن المراجع تضارب مصالح، أو هو عضو في المنظمة مقدّمة الطلب.

problem-deadline-passed-title = انقضى الموعد النهائي
problem-deadline-passed-description = أُغلق باب طلبات الرعاية لهذه الفعالية في موعدها النهائي.

problem-disbursement-ceiling-title = تجاوز السقف
problem-disbursement-ceiling-description = سيتجاوز الصرف بالمبالغ المطلوبة والمعتمدة والمدفوعة سقف المنحة أو الدفعة أو الرعاية.

problem-duplicate-traveller-title = المسافر مطلوب مسبقًا
problem-duplicate-traveller-description = للمسافر طلب رعاية لهذه الفعالية مسبقًا.

problem-email-taken-title = البريد مستخدم
problem-email-taken-description = يوجد حساب بهذا البريد الإلكتروني مسبقًا.

problem-email-unverified-title = البريد الإلكتروني غير موثَّق
problem-email-unverified-description = لم يُوثَّق البريد الإلكتروني للحساب بعد؛ اتبع الرابط المرسل إليه، أو اطلب رابطًا جديدًا عبر `POST /api/v1/auth/verify-email/resend`.

problem-email-verified-title = البريد الإلكتروني موثَّق مسبقًا
problem-email-verified-description = البريد الإلكتروني للحساب موثَّق مسبقًا؛ لا يوجد ما يُؤكَّد.

problem-event-not-open-title = الفعالية غير مفتوحة
problem-event-not-open-description = لا تقبل الفعالية طلبات رعاية في حالتها الراهنة.

problem-invitation-closed-title = الدعوة للانضمام لم تعد مفتوحة
problem-invitation-closed-description = سبق قبول الدعوة للانضمام أو رفضها أو سحبها، أو انتهت صلاحيتها؛ يمكن لأحد الأعضاء إرسال دعوة جديدة.

problem-letter-unavailable-title = الخطاب غير متاح
problem-letter-unavailable-description = لا يصدر الخطاب إلا بعد أن تبلغ المنحة أو الرعاية الحالة التي تسمح به.

problem-link-invalid-title = الرابط غير صالح
problem-link-invalid-description = الرابط المرسل بالبريد الإلكتروني غير معروف، أو استُخدم من قبل (أو حلّ محله رابط أحدث)، أو انتهت صلاحيته؛ اطلب رابطًا جديدًا.

problem-mfa-enabled-title = التحقق بخطوتين مفعَّل مسبقًا
problem-mfa-enabled-description = التحقق بخطوتين مفعَّل مسبقًا؛ أوقفه برمز صالح قبل التسجيل من جديد.

problem-mfa-not-enabled-title = التحقق بخطوتين غير مفعَّل
problem-mfa-not-enabled-description = التحقق بخطوتين غير مفعَّل (أو لم يبدأ التسجيل فيه)؛ سجِّل أولًا عبر `POST /api/v1/me/mfa/totp`.

problem-mfa-required-title = التحقق بخطوتين مطلوب
problem-mfa-required-description = يتطلب دور المستخدم التحقق بخطوتين؛ وإلى أن يسجِّل فيه، لا يمكنه إلا قراءة حسابه والتسجيل.

problem-no-reviews-title = لا توجد مراجعات
problem-no-reviews-description = لم تُقدَّم أي مراجعة؛ قرّر بعد أول مراجعة، أو اذكر سبب الاستثناء.

problem-no-sanctions-list-title = لا توجد قائمة جزاءات
problem-no-sanctions-list-description = لم تُستورد أي قائمة جزاءات بعد؛ يستوردها المسؤول أولًا.

problem-not-ready-for-review-title = غير جاهز للمراجعة
problem-not-ready-for-review-description = لا يُكلَّف المراجعون إلا بالطلبات المستوفية للأهلية.

problem-not-yet-travelled-title = لم يسافر بعد
problem-not-yet-travelled-description = يُؤكَّد الحضور في تاريخ وصول المسافر أو بعده.

problem-nothing-to-appeal-title = لا شيء للتظلّم منه
problem-nothing-to-appeal-description = لا يجوز التظلّم إلا من الرفض أو من استنتاج عدم الأهلية.

problem-nothing-to-reclaim-title = لا شيء للاسترداد
problem-nothing-to-reclaim-description = لا يُستحق على المنظمة أي مبلغ مرتجع عن هذه الرعاية.

problem-payment-approved-title = الدفعة معتمدة
problem-payment-approved-description = هناك دفعة معتمدة؛ على الإدارة المالية دفعها أو إلغاؤها أولًا.

problem-payments-in-flight-title = دفعات قيد التنفيذ
problem-payments-in-flight-description = هناك دفعات مطلوبة أو معتمدة؛ على الإدارة المالية دفعها أو إلغاؤها أولًا.

problem-refund-recorded-title = سُجّل الاسترداد مسبقًا
problem-refund-recorded-description = سُجّل استرداد هذه الرعاية مسبقًا.

problem-rescreening-required-title = يلزم فحص جديد
problem-rescreening-required-description = تغيّرت أسماء المنظمة التي فُحصت، أو وجدت قائمة الجزاءات السارية تطابقًا لم يُبتّ فيه، منذ العناية الواجبة؛ على موظف البرنامج فحصها مجددًا.

problem-review-frozen-title = المراجعة مجمّدة
problem-review-frozen-description = أُرسلت المراجعة (نهائية)، أو صدر قرار في الطلب، فلا تتغير إلا إذا أعاد موظف البرنامج فتحها بعد تظلّم.

problem-risk-approved-title = تقييم المخاطر معتمد
problem-risk-approved-description = لا يمكن تغيير تقييم مخاطر معتمد.

problem-risk-assessment-exists-title = تقييم المخاطر موجود
problem-risk-assessment-exists-description = للطلب أو الرعاية تقييم مخاطر مسبقًا.

problem-risk-gate-title = المخاطر لم تُرفع
problem-risk-gate-description = تقييم مخاطر «عدم الإضرار» غير معتمد، أو أن مخاطره المتبقية تمنع هذا الإجراء.

problem-screening-outdated-title = الفحص قديم
problem-screening-outdated-description = تغيّرت أسماء المنظمة أو أعضاؤها، أو قائمة الجزاءات، منذ الفحص؛ افحص مجددًا.

problem-sponsorship-not-payable-title = لا يمكن الدفع لهذه الرعاية
problem-sponsorship-not-payable-description = لا تُصرف أموال إلا لرعاية معتمدة أو تمّ سفرها أو سُوّيت، ورُفعت مخاطرها.

problem-file-too-large-title = الملف كبير جدًا
problem-file-too-large-description = الملف المرفوع أكبر من الحد المسموح به لكل ملف، أو سيجعل طلبه يتجاوز الحد الإجمالي؛ ويذكر التفصيل الحد.

problem-unsupported-file-type-title = نوع الملف غير مقبول
problem-unsupported-file-type-description = محتوى الملف المرفوع ليس PDF أو PNG أو JPEG أو DOCX أو XLSX أو ODT أو ODS أو CSV أو نصًا عاديًا، أيًا كان اسمه، أو أن الملف فارغ.

problem-document-locked-title = المستندات مقفلة
problem-document-locked-description = لا تُضاف المستندات ولا تُحذف إلا ما دام موضوعها قابلًا للتغيير (الطلب ما دام مسودة، والرعاية إلى أن تتم تسويتها).

problem-form-frozen-title = النموذج مجمّد
problem-form-frozen-description = لا يتغير نموذج الدعوة إلا ما دامت الدعوة مسودة؛ وبعد فتحها لا يجوز للموظف إلا إضافة أسئلة اختيارية بعد الأسئلة الموجودة.

## تفاصيل المشكلات العامة.

problem-validation-request = الطلب غير صالح: { $reason }
problem-validation-one-field = حقل واحد غير صالح: { $field }
problem-validation-fields = { $count ->
        [two] حقلان غير صالحين
        [few] { $count } حقول غير صالحة
        [many] { $count } حقلًا غير صالح
       *[other] { $count } حقل غير صالح
    }: { $fields }
problem-payload-too-large-detail = يتجاوز نص الطلب 1 ميبيبايت
problem-internal-detail = تعطّلت الخدمة؛ وسُجّل الخطأ

## رسائل الحقول غير الصالحة (`errors[].message`).

field-required = هذا الحقل مطلوب
field-unknown = ليس حقلًا في هذا الطلب؛ الحقول هي: { $fields }
field-one-of = يجب أن يكون إحدى القيم: { $values }
field-not-blank = يجب ألا يكون فارغًا
field-too-long = { $max ->
        [few] يجب ألا يتجاوز { $max } أحرف
        [many] يجب ألا يتجاوز { $max } حرفًا
       *[other] يجب ألا يتجاوز { $max } حرف
    }
field-amount = يجب أن يكون مبلغًا مكتوبًا كسلسلة نصية، مثل "15000.00"
field-text = يجب أن يكون نصًا بين علامتي اقتباس مزدوجتين
field-boolean = يجب أن يكون true أو false
field-integer = يجب أن يكون عددًا صحيحًا
field-number = يجب أن يكون عددًا
field-list = يجب أن يكون قائمة بين قوسين مربعين
field-object = يجب أن يكون كائنًا بين قوسين معقوصين
field-null = يجب حذفه أو جعله null
field-date = يجب أن يكون تاريخًا بالصيغة YYYY-MM-DD، مثل "2027-03-31"
field-date-time = يجب أن يكون لحظة زمنية مع فارق التوقيت، مثل "2027-03-31T17:00:00Z"
field-uuid = يجب أن يكون معرّفًا (UUID)، مثل "6f1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b"
field-documented-format = يجب أن يكون نصًا بالصيغة الموثّقة
field-no-nul = يجب ألا يحتوي على محارف NUL
field-whole-number-range = يجب أن يكون عددًا صحيحًا من { $low } إلى { $high }
request-no-nul = يجب ألا يحتوي النص على محارف NUL (\u0000)

## تفاصيل التعارض الخاصة بالحالة.

conflict-call-not-yet-open = يُفتح باب التقديم للدعوة في { $opens_at }
conflict-call-closed = أُغلقت الدعوة في { $closes_at }؛ ولا يُقبل أي تقديم بعد ذلك
conflict-appeal-window-closed = انقضت مهلة التظلّم في { $deadline }
conflict-deadline-passed = أُغلق باب الطلبات في { $deadline }
