portal-gaps-form-heading = ما يطلبه نموذج الطلب
portal-gaps-form-intro = يمكنك تحضير إجاباتك وملفاتك قبل أن تبدأ. الأسئلة مرتبة قسمًا قسمًا كما تظهر في النموذج.
portal-gaps-form-none = لا يتضمن نموذج الطلب لهذه الدعوة أي أسئلة بعد.
portal-gaps-required = إلزامي
portal-gaps-optional = اختياري
portal-gaps-choices = الخيارات المتاحة:
