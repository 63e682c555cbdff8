# قرار الموظف في ثلاث خطوات: الاستمارة (مع المجموع الجاري للدفعات)، وصفحة المراجعة، والزر
# الأخير الذي يسجّله.

staff-decide-continue = متابعة
staff-decide-continue-hint = تراجع القرار في الصفحة التالية قبل تسجيله.
staff-decide-total-matches = مجموع الدفعات { $total }، وهو المبلغ الممنوح.
staff-decide-total-differs = مجموع الدفعات { $total }، وهو يختلف عن المبلغ الممنوح ({ $amount }).
staff-decide-total-alone = مجموع الدفعات { $total }.
staff-decide-check-title = راجع القرار قبل تسجيله
staff-decide-check-lead = لا يُسجَّل شيء حتى تضغط «تسجيل القرار». غيّر ما ليس صحيحًا.
staff-decide-change = تغيير
staff-decide-amount = المبلغ الممنوح
staff-decide-tranche-amount = المبلغ
staff-decide-sum = المجموع
staff-decide-sum-matches = مجموع الدفعات يساوي المبلغ الممنوح.
staff-decide-single-payment = لا دفعات: يُدفع المبلغ الممنوح دفعة واحدة.
staff-decide-tranches-by-due-date = الدفعات مرتبة حسب تاريخ الاستحقاق، وهو الترتيب الذي ستُسجَّل به؛ وقد أدخلتها بترتيب مختلف.
staff-decide-no-obligations = لا توجد التزامات بتقديم تقارير.
staff-decide-stale = صدر قرار بشأن هذا الطلب منذ فتح الاستمارة، لذلك لم يُسجَّل شيء. حالته الآن: { $status }.
