# التقارير: عناوين الأعمدة وأسماء الأوراق وتسميات الأقسام.

report-column-group = المجموعة
report-column-label = التسمية
report-column-currency = العملة
report-column-count = العدد
report-column-requested = المطلوب
report-column-approved = المعتمد
report-column-paid = المدفوع
report-column-cancelled = الملغى
report-column-call-currency = عملة الدعوة
report-column-requested-in-call-currency = المطلوب (بعملة الدعوة)
report-column-approved-in-call-currency = المعتمد (بعملة الدعوة)
report-column-paid-in-call-currency = المدفوع (بعملة الدعوة)
report-column-cancelled-in-call-currency = الملغى (بعملة الدعوة)
report-column-awarded = الممنوح
report-column-outstanding = المتبقي
report-column-reference = المرجع
report-column-organisation = المنظمة
report-column-call = الدعوة
report-sheet-totals = المجاميع
report-sheet-outstanding = الالتزامات المتبقية
