# حدود أسئلة استمارة الطلب: مشكلات الاستمارة كما يكتبها الموظف (الواجهة البرمجية ومساحة عمل
# الموظفين)، ومشكلات الملف المقدم جوابًا، وحقول منشئ الاستمارة لتحديد الحدود وتعديل سؤال.

form-limit-range = يجب أن يكون بين { $least } و{ $most }
form-limit-other-kind = ينطبق فقط على أسئلة من نوع { $kind }
form-limit-max-below-min = يجب ألا يقل عن أصغر عدد (min)
form-limit-dates-reversed = يجب ألا يسبق أبكر تاريخ (not_before)
form-limit-max-selected = يجب أن يكون بين 1 وعدد الخيارات
form-limit-min-selected = يجب ألا يتجاوز أكبر عدد من الخيارات (max_selected) أو عدد الخيارات
form-limit-no-format = يجب أن يذكر صيغة ملف واحدة على الأقل
form-file-format = ملف بصيغة { $format }؛ هذا السؤال يقبل { $formats }
form-file-too-large = حجمه { $size }، أي أكبر من { $limit }، الحد الأقصى الذي يقبله هذا السؤال

staff-calls-limits = الحدود (اختياري)
staff-calls-limits-hint = املأ حدود نوع الإجابة الذي اخترته فقط. يقرأها مقدمو الطلبات بجانب السؤال، وتُرفض الإجابة التي تتجاوزها.
staff-calls-limit-max-chars = أكبر عدد من الأحرف في النص القصير
staff-calls-limit-max-words = أكبر عدد من الكلمات في النص الطويل
staff-calls-limit-min = أصغر عدد
staff-calls-limit-max = أكبر عدد
staff-calls-limit-integer = أعداد صحيحة فقط
staff-calls-limit-not-before = أبكر تاريخ
staff-calls-limit-not-after = آخر تاريخ
staff-calls-limit-min-selected = أقل عدد من الخيارات المحددة (خيارات متعددة)
staff-calls-limit-max-selected = أكبر عدد من الخيارات المحددة (خيارات متعددة)
staff-calls-limit-accept = صيغ الملفات المقبولة
staff-calls-limit-accept-hint = لا تحدد شيئًا لقبول كل الصيغ.
staff-calls-limit-max-files = أكبر عدد من الملفات
staff-calls-limit-max-file-mb = أكبر حجم للملف، بالميغابايت
staff-calls-limit-file-mb-hint = من 1 إلى 1024. لا يمكن للسؤال أن يرفع حد المكتب لأي ملف مرفوع.
staff-calls-error-whole = أدخل عددًا صحيحًا، مثل 300
staff-calls-error-number = أدخل عددًا، مثل 10 أو 2.5
staff-calls-error-date = أدخل التاريخ بصيغة السنة-الشهر-اليوم، مثل 2027-03-15
staff-calls-error-format = اختر صيغ الملفات من القائمة
staff-calls-error-limit-kind = خاص بإجابات «{ $kind }» فقط؛ امسحه، أو اختر هذا النوع من الإجابة
staff-calls-field-problem = { $field }: { $problem }

staff-calls-builder-limits = الحدود
staff-calls-builder-edit = تعديل
staff-calls-edit-question-title = تعديل السؤال { $number }
staff-calls-edit-key = مفتاح الإجابة
staff-calls-edit-key-hint = اسم الإجابة في الواجهة البرمجية وفي الملفات المنزّلة: أحرف لاتينية صغيرة وأرقام و_، تبدأ بحرف. الأسئلة التي تعتمد على هذا السؤال تتبع المفتاح الجديد.
staff-calls-edit-save = حفظ السؤال
staff-calls-edit-back = العودة إلى الاستمارة دون حفظ
