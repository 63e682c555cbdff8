# صفحة الوثائق الدائمة للمنظمة في البوابة، وروابطها من لوحة المتابعة.

portal-orgdocs-title = الوثائق الدائمة
portal-orgdocs-intro = وثائق منظمتك التي يمكن لأي طلب أن يستند إليها: شهادة التسجيل، والنظام الأساسي، والحسابات المدققة، وسياسة الحماية.
portal-orgdocs-link = الوثائق الدائمة
portal-orgdocs-members-link = الأعضاء
portal-orgdocs-none = لا توجد وثائق بعد.
portal-orgdocs-file = الملف
portal-orgdocs-kind = نوع الوثيقة
portal-orgdocs-valid-until = صالحة حتى
portal-orgdocs-valid-until-optional = صالحة حتى (اختياري)
portal-orgdocs-valid-until-hint = مثلًا 2027-03-31. اتركه فارغًا إذا كانت الوثيقة لا تنتهي صلاحيتها.
portal-orgdocs-expired = منتهية الصلاحية
portal-orgdocs-no-expiry = لا تنتهي صلاحيتها
portal-orgdocs-upload-title = إضافة وثيقة
portal-orgdocs-delete-button = حذف
portal-orgdocs-uploaded = أُضيفت الوثيقة.
portal-orgdocs-deleted = حُذفت الوثيقة.
portal-orgdocs-error-kind = اختر نوع الوثيقة
portal-orgdocs-error-valid-until = اكتب التاريخ بصيغة سنة-شهر-يوم، مثلًا 2027-03-31
portal-orgdocs-kind-registration-certificate = شهادة التسجيل
portal-orgdocs-kind-statutes = النظام الأساسي
portal-orgdocs-kind-audited-accounts = الحسابات المدققة
portal-orgdocs-kind-safeguarding-policy = سياسة الحماية
portal-orgdocs-kind-other = وثيقة أخرى
