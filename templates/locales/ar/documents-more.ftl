# مرفقات التظلّم في صفحة الطلب على البوابة.
portal-appeal-annexes = مرفقات التظلّم
portal-appeal-annexes-none = لم يُرفق أي مستند بالتظلّم.
portal-appeal-annex-file = المرفق
portal-appeal-annex-hint = مستند يدعم أسبابك، مثل خطة لم تصل إلى المراجعين. يمكنك إضافة مرفقات إلى أن يُبتّ في التظلّم.
portal-appeal-annex-add = أرفِق المستند
portal-appeal-annex-delete = إزالة

# أسباب رفض الملف المرفوع (مشكلات الواجهة البرمجية وأخطاء البوابة).
document-name-empty = يجب أن يكون للملف اسم
document-name-separator = لا يجوز أن يحتوي اسم الملف على فاصل مسار (/ أو \)
document-name-control = لا يجوز أن يحتوي اسم الملف على محارف تحكّم
document-name-dots = لا يجوز أن يكون اسم الملف . أو ..
document-name-long = لا يتجاوز اسم الملف { $max } محرفًا
document-kind-invalid = النوع من 1 إلى 64 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة سفلية، ويبدأ بحرف
document-too-large = حجم الملف أكبر من { $limit } (الحد الأقصى للملف الواحد)
document-over-total = بهذا الملف يتجاوز مجموع مستندات الطلب { $limit } (المستخدم حاليًا { $used })؛ احذف مستندًا أولًا
document-unsupported = محتوى الملف ليس PDF أو PNG أو JPEG أو DOCX أو XLSX أو ODT أو ODS أو CSV أو نصًا عاديًا، أيًّا كان اسمه
document-empty = الملف فارغ؛ اختره مرة أخرى
document-valid-until-invalid = يجب أن يكون تاريخًا مكتوبًا على شكل YYYY-MM-DD
document-file-missing = مفقود: أرسل الملف في الجزء المسمّى `file`

# مستندات الإثبات لبنود قائمة العناية الواجبة.
diligence-item-needs-evidence = لا يمكن اعتماد البند `{ $item }` دون مستند إثبات: أرفِق مستندًا بالبند أولًا
diligence-items-lack-evidence = بنود معتمدة تتطلب إثباتًا ليس لها أي مستند ({ $items }): أرفِق مستندًا بكل منها ثم أكمل التقييم
