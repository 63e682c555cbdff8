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

portal-travel-passport-button = حفظ بيانات جواز السفر
portal-travel-passport-given = حُفظت بيانات جواز السفر. ويمكنك تصحيحها إلى أن تصدر الرسالة.
portal-travel-passport-notice = حُفظت بيانات جواز السفر. ويمكن الآن إصدار الرسالة.
portal-travel-letter-code = رمز التحقق المطبوع على الرسالة:

portal-letter-verify-title = التحقق من رسالة دعم التأشيرة
portal-letter-verify-intro = أدخل رمز التحقق المطبوع على الرسالة.
portal-letter-verify-code = رمز التحقق
portal-letter-verify-button = تحقّق
portal-letter-verify-unknown = لا توجد رسالة تحمل هذا الرمز. تأكّد من إدخاله كما هو مطبوع، أو اتصل بالمكتب.
portal-letter-verify-current = هذه الرسالة صحيحة وسارية.
portal-letter-verify-withdrawn = هذه الرسالة صحيحة لكنها سُحبت بتاريخ { $date }، فلم تعد تدعم أي طلب تأشيرة.
portal-letter-verify-reference = الرقم المرجعي
portal-letter-verify-issued = تاريخ الإصدار
portal-letter-verify-initials = الأحرف الأولى من اسم المسافر
portal-letter-verify-passport = آخر أحرف رقم جواز السفر
portal-letter-verify-event = الفعالية
portal-letter-verify-dates = تاريخا الفعالية
portal-letter-verify-date-range = من { $start } إلى { $end }
