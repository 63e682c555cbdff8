# التقاويم: اسم التقويم الشخصي، وعنوان كل موعد ووصفه.

calendar-mine = مواعيدي في grantdesk
calendar-call-opens = فتح الدعوة: { $title }
calendar-call-opens-description = يُفتح باب تقديم الطلبات إلى «{ $title }».
calendar-call-closes = إغلاق الدعوة: { $title }
calendar-call-closes-description = يجب تقديم الطلبات إلى «{ $title }» قبل هذا الموعد؛ ولا يُنظر في المسودات.
calendar-draft-application = لدى منظمتك مسودة طلب في هذه الدعوة.
calendar-report-due = موعد تقديم تقرير: { $title }
calendar-report-due-description = قدّمه من صفحة المنحة في grantdesk.
calendar-appeal-window-closes = انتهاء مهلة التظلّم: { $title }
calendar-appeal-window-closes-description = يبيّن التظلّم الأسباب التي تستدعي إعادة النظر في القرار.
calendar-sponsorship-requests-close = إغلاق طلبات الرعاية: { $title }
calendar-draft-sponsorship-request = لدى منظمتك مسودة طلب رعاية لهذه الفعالية.
calendar-diligence-expires = انتهاء صلاحية العناية الواجبة: { $title }
calendar-diligence-expires-description = لا يجوز منح المنظمة أي منحة بعد هذا التاريخ دون تقييم جديد.
