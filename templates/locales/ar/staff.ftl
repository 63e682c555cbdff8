# The staff workspace's shell: its navigation, home page and sections.

staff-nav-workspace = مساحة العمل
staff-home-title = مساحة عملك
staff-home-lead = العمل المنوط بك بحسب أدوارك، لكل مهمة قسم.
staff-chart-data = عرض الأرقام

staff-section-reviews = التقييمات
staff-section-reviews-summary = الطلبات المسندة إليك: قيّمها وفق معايير التقييم أو صرّح بتضارب في المصالح.
staff-section-calls = الدعوات
staff-section-calls-summary = إعداد الدعوات ونشرها وإغلاقها، وبناء استماراتها، ومتابعة سير كل دعوة.
staff-section-screening = فحص الأهلية
staff-section-screening-summary = الطلبات المقدَّمة التي تنتظر قرارًا بشأن أهليتها، وإسنادها إلى المقيّمين.
staff-section-appeals = التظلّمات
staff-section-appeals-summary = التظلّمات من القرارات، ويبتّ فيها موظف غير الذي اتخذ القرار.
staff-section-diligence = العناية الواجبة
staff-section-diligence-summary = قوائم التحقق والمستندات الداعمة ونتائج المطابقة مع قوائم العقوبات والبتّ فيها.
staff-section-risk = تقييمات المخاطر
staff-section-risk-summary = مخاطر إلحاق الضرر بحسب احتمالها وأثرها، مع الخريطة الحرارية والموافقات.
staff-section-events = الفعاليات والسفر
staff-section-events-summary = الفعاليات وطلبات الرعاية وميزانية السفر وتمثيل المشاركين.
staff-section-payments = المدفوعات
staff-section-payments-summary = المدفوعات المطلوب طلبها والموافقة عليها وصرفها، وكل منها يراجعه شخصان.
staff-section-reports = التقارير المالية
staff-section-reports-summary = تقرير الصرف ودفتر المدفوعات، على الشاشة أو بصيغتي CSV وXLSX.
staff-section-audit = سجل التدقيق
staff-section-audit-summary = من فعل ماذا ومتى في كل سجل، وهل السلسلة سليمة.
staff-section-users = المستخدمون
staff-section-users-summary = حسابات الموظفين: الدعوات والأدوار والتعطيل وحالة التحقق بخطوتين.
staff-section-sanctions = قوائم العقوبات
staff-section-sanctions-summary = متى حُمّلت كل قائمة وكم تضم من قيود، وتحميل قائمة جديدة.
staff-section-outbox = صندوق الصادر
staff-section-outbox-summary = رسائل البريد التي يرسلها المكتب وحالتها، وإعادة محاولة إرسال ما تعذّر.
staff-dashboard-for-staff = لقد سجّلت الدخول بصفتك من الموظفين: عملك في مساحة عملك. تُعرض طلبات المنظمات ومنحها وطلبات سفرها هناك، لا هنا.
staff-back-to-workspace = العودة إلى مساحة العمل
