# رسائل دعم التأشيرة التي يمكن للقنصلية التحقق منها، والرسائل المحفوظة كما صدرت (المسألتان 19 و14).

letter-field-passport-name = الاسم بالحروف اللاتينية كما في جواز السفر
letter-field-date-of-birth = تاريخ الميلاد
letter-field-passport-number = رقم جواز السفر
letter-field-passport-expiry = جواز السفر صالح حتى
letter-verification-heading = التحقق
letter-verification-text = يمكن لأي موظف قنصلي التحقق من صحة هذه الرسالة وسريانها بواسطة الرمز أدناه على العنوان المبيّن، أو بالاتصال بـ{ $office }.
letter-verification-code = رمز التحقق
letter-verification-url = للتحقق على الإنترنت
letter-contact-address = العنوان
letter-contact-phone = الهاتف
letter-contact-email = البريد الإلكتروني
letter-contact-website = الموقع الإلكتروني
letter-award-accepted = القبول
letter-award-accepted-text = قبِل { $person } شروط المنحة { $reference } باسم { $organisation } بتاريخ { $date }. وتُعدّ هذه الرسالة سجلًّا للشروط كما قُبلت.

passport-error-missing = أدخل هذا البيان كما هو مدوَّن في جواز السفر تمامًا
passport-error-name = أدخل الاسم بالحروف اللاتينية كما يرد في المنطقة المقروءة آليًا من جواز السفر تمامًا، مثل SADYKOVA AIGERIM
passport-error-number = أدخل رقم جواز السفر: من 5 إلى 20 حرفًا ورقمًا
passport-error-birth = أدخل تاريخ ميلاد سابقًا لليوم، مثل 1990-04-12
passport-error-expiry = يجب أن يبقى جواز السفر صالحًا بعد تاريخ المغادرة ({ $departure })

portal-travel-passport = بيانات جواز السفر
portal-travel-passport-intro = تحتاجها رسالة دعم التأشيرة. ويمكنك أيضًا إضافتها لاحقًا من صفحة الطلب. تُحفظ هذه البيانات مشفّرة، ولا يطّلع عليها إلا منظمتك والمكتب، وتُحذف بعد { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من تسوية الرحلة.
portal-travel-passport-name = الاسم بالحروف اللاتينية
portal-travel-passport-name-hint = كما يرد في المنطقة المقروءة آليًا من جواز السفر تمامًا، مثل SADYKOVA AIGERIM.
portal-travel-passport-number = رقم جواز السفر
portal-travel-date-of-birth = تاريخ الميلاد
portal-travel-passport-expiry = جواز السفر صالح حتى

portal-verify-title = التحقق من رسالة دعم التأشيرة
portal-verify-intro = أدخل رمز التحقق المطبوع على الرسالة.
portal-verify-code = رمز التحقق
portal-verify-button = تحقّق
portal-verify-unknown = لا توجد رسالة تحمل هذا الرمز. تأكّد من إدخاله كما هو مطبوع، أو اتصل بالمكتب.
portal-verify-current = هذه الرسالة صحيحة وسارية.
portal-verify-withdrawn = هذه الرسالة صحيحة لكنها سُحبت بتاريخ { $date }، فلم تعد تدعم أي طلب تأشيرة.
portal-verify-reference = الرقم المرجعي
portal-verify-issued = تاريخ الإصدار
portal-verify-initials = الأحرف الأولى من اسم المسافر
portal-verify-passport = آخر أحرف رقم جواز السفر
portal-verify-event = الفعالية
portal-verify-dates = تاريخا الفعالية
portal-verify-date-range = من { $start } إلى { $end }
