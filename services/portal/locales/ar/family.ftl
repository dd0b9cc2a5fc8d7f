# STEP – Arabic (Modern Standard Arabic) message catalogue for families: every text a family reads
# (public pages, sign-in, selection, family, children, registrations, account, inbox, offers, documents, e-mails, errors).
# Each family language has this file with the same ids and placeables (checked by the tests).
# Address form: formal plural (أنتم). German official terms follow in brackets where families meet them on paper.

district-name = Kreis Steinfurt
site-name = بوابة رياض الأطفال
skip-link = الانتقال إلى المحتوى
# This language named in itself, and its writing direction (ltr or rtl).
language-name = العربية
language-direction = rtl
nav-main = القائمة الرئيسية
language-switch = اللغة
nav-home = الصفحة الرئيسية
nav-search = البحث عن رعاية
nav-district = جميع المدن والبلديات
demo-mark = تجريبي
logo-alt = شعار { $name }

landing-title = بوابة رياض الأطفال (Kita-Portal) في Kreis Steinfurt
landing-intro = هنا يجد الأهل رياض الأطفال (Kita) والرعاية النهارية للأطفال (Kindertagespflege) في جميع مدن وبلديات Kreis Steinfurt، وعددها 24. يمكنكم اختيار حتى خمس جهات رعاية وتسجيل طفلكم لديها.
landing-choose = اختاروا مكان سكنكم
landing-office = مكتب رعاية الشباب (Jugendamt): { $office }

home-title = بوابة رياض الأطفال { $name }
home-intro = ابحثوا عن مكان رعاية لطفلكم في { $name }: في روضة أطفال (Kita) أو في الرعاية النهارية للأطفال (Kindertagespflege).
home-count = { $count ->
    [zero] لا توجد جهات رعاية في { $name }
    [one] جهة رعاية واحدة في { $name }
    [two] جهتا رعاية في { $name }
    [few] { $count } جهات رعاية في { $name }
    [many] { $count } جهة رعاية في { $name }
   *[other] { $count } جهة رعاية في { $name }
}
home-steps = طريقة الاستخدام
step-1-title = 1. البحث
step-1-text = ابحثوا عن رياض أطفال ومقدّمي رعاية نهارية حسب رغبتكم: تاريخ البدء، وعدد ساعات الرعاية، والعمر، والمسافة، والجهة المشغّلة (Träger)، والمفهوم التربوي.
step-2-title = 2. الاختيار
step-2-text = اختاروا ما يصل إلى { $max } من جهات الرعاية بالزر «إضافة إلى اختياراتي». هذا ممكن أيضًا قبل تسجيل الدخول.
step-3-title = 3. التسجيل
step-3-text = سجّلوا الدخول، ثم سجّلوا طفلكم لدى جهات الرعاية التي اخترتموها (Vormerkung). بعد ذلك يكون طفلكم في قوائم الانتظار لديها.
step-4-title = 4. العقد
step-4-text = يُعلمكم حسابكم بكل تغيير. عندما تحصلون على موافقة على مكان، تُبرمون عقد الرعاية (Betreuungsvertrag) مع الروضة أو مع مقدّم الرعاية النهارية (Tagespflegeperson).
home-quick = بحث سريع
home-personal = البوابة لا تُغني عن الحديث المباشر مع الروضة.

search-title = البحث عن رعاية
search-filters = خيارات البحث
search-filters-change = تغيير خيارات البحث
error-prefix = خطأ:
field-kind = نوع الرعاية
kind-any = جميع جهات الرعاية
kind-kita = روضة أطفال (Kita)
kind-ktp = رعاية نهارية (Kindertagespflege)
field-birth-date = تاريخ ميلاد الطفل
field-birth-date-hint = ممكن أيضًا قبل الولادة: أدخلوا عندها موعد الولادة المتوقَّع.
field-start = التاريخ المطلوب لبدء الرعاية
field-start-hint = إذا لم تُدخلوا تاريخًا: { $date } (بداية عام الروضة، Kita-Jahr).
field-hours = ساعات الرعاية في الأسبوع
hours-any = أي عدد
hours-option = { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
}
field-near = الموقع
field-near-hint = شارع في { $name } (مثلًا Bahnhofstraße) أو إحداثيات بالشكل «خط العرض,خط الطول».
field-radius-km = نطاق البحث بالكيلومتر
field-q = كلمات البحث
field-q-hint = الاسم، الجهة المشغّلة، الشارع أو المفهوم التربوي
field-provider = الجهة المشغّلة (Träger)
field-concept = المفهوم التربوي
any-option = الكل
field-free-only = فقط جهات الرعاية التي لديها أماكن شاغرة
field-sort = الترتيب حسب
sort-distance = المسافة
sort-free-places = الأماكن الشاغرة
sort-name = الاسم
field-page = الصفحة
field-per-page = النتائج في كل صفحة
field-query = طلب البحث
search-submit = بحث
search-results = { $total ->
    [0] لم يتم العثور على أي جهة رعاية
    [zero] لم يتم العثور على أي جهة رعاية
    [one] تم العثور على جهة رعاية واحدة
    [two] تم العثور على جهتي رعاية
    [few] تم العثور على { $total } جهات رعاية
    [many] تم العثور على { $total } جهة رعاية
   *[other] تم العثور على { $total } جهة رعاية
}
search-none = لا توجد نتائج بهذه الخيارات. جرّبوا خيارات أقل أو نطاق بحث أكبر.
search-error-title = يُرجى التحقق مما أدخلتموه
result-free = { $count ->
    [0] لا توجد أماكن شاغرة حاليًا
    [zero] لا توجد أماكن شاغرة حاليًا
    [one] مكان شاغر واحد
    [two] مكانان شاغران
    [few] { $count } أماكن شاغرة
    [many] { $count } مكانًا شاغرًا
   *[other] { $count } مكان شاغر
}
result-free-at = اعتبارًا من { $date }
result-distance = على بُعد { $km } كم
result-hours = ساعات في الأسبوع: { $hours }
result-ages = العمر: { $ages }
result-concepts = المفهوم التربوي: { $concepts }
pagination = الصفحات
pagination-prev = الصفحة السابقة
pagination-next = الصفحة التالية
pagination-page = الصفحة { $page } من { $pages }

facility-provider = الجهة المشغّلة (Träger)
facility-address = العنوان
facility-contact = التواصل
facility-phone = الهاتف
facility-email = البريد الإلكتروني
facility-opening = ساعات العمل
facility-groups = أنواع المجموعات
facility-ages = أعمار الأطفال
facility-hours = ساعات الرعاية في الأسبوع
facility-concepts = المفهوم التربوي
facility-about = من نحن
facility-criteria = معايير القبول (Aufnahmekriterien)
facility-criteria-intro = تُمنح الأماكن حسب هذه المعايير المنشورة. كلما زادت النقاط، كان الترتيب في قائمة الانتظار أعلى. عند تساوي النقاط يُقرِّر تاريخ التسجيل في قائمة الانتظار (Vormerkung).
facility-points = { $points ->
    [zero] { $points } نقطة
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $points } نقاط
    [many] { $points } نقطة
   *[other] { $points } نقطة
}
facility-places = الأماكن الشاغرة
facility-places-start = البدء
facility-places-band = الفئة العمرية
facility-places-free = شاغر
facility-places-none = لا توجد حاليًا أماكن شاغرة معلَنة. ومع ذلك يمكنكم تسجيل طفلكم في قائمة الانتظار (Vormerkung).
band-u3 = دون 3 سنوات
band-ue3 = من 3 سنوات فأكثر
facility-map = الموقع
facility-map-label = خريطة الموقع: المكان داخل أراضي البلدية (النقطة في الوسط: مركز البلدة)
facility-map-open = عرض على OpenStreetMap
facility-coordinates = الإحداثيات: { $lat }، { $lon }
facility-back = العودة إلى البحث

age-months = { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
}
age-years = { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
}
age-years-months = { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
} و{ $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
}

footer-contact = جهات الاتصال
footer-office = مكتب رعاية الشباب المختص (Jugendamt)
contact-phone = الهاتف: { $phone }
contact-email = البريد الإلكتروني: { $email }
footer-demo = جهات الاتصال المعلَّمة بكلمة «تجريبي» هي بيانات مؤقتة للعرض التجريبي فقط.

error-not-found-title = الصفحة غير موجودة
error-not-found = هذه الصفحة غير موجودة. ربما الرابط قديم، أو في العنوان خطأ في الكتابة.
error-bad-request-title = إدخال غير صالح
error-bad-request = الطلب يحتوي على معلومة غير صالحة.
error-maintenance-title = غير متاح مؤقتًا
error-maintenance = يجري الآن تحديث بوابة هذه البلدية. يُرجى المحاولة مرة أخرى بعد بضع دقائق. بياناتكم في أمان.
error-internal-title = حدث خطأ
error-internal = للأسف حدث خطأ لدينا. بياناتكم لم تضِع. يُرجى المحاولة مرة أخرى لاحقًا.
error-help = إذا استمرت المشكلة، يسعدنا أن نساعدكم:
error-back-home = إلى الصفحة الرئيسية

err-kind = يُرجى اختيار «kita» أو «ktp».
err-date-format = يُرجى إدخال تاريخ صحيح، مثلًا 01.08.2027.
err-start-past = لا يمكن أن يكون بدء الرعاية في الماضي.
err-start-too-far = يجب أن يكون بدء الرعاية خلال ثلاث سنوات من اليوم على الأكثر.
err-birth-too-far = يجب ألا يكون تاريخ الميلاد بعد أكثر من عشرة أشهر من اليوم.
err-birth-too-old = تقدّم البوابة الرعاية للأطفال حتى عمر 14 سنة.
err-birth-after-start = يجب أن يكون الطفل قد وُلد عند بدء الرعاية المطلوب. يُرجى اختيار موعد بدء لاحق.
err-not-a-number = يُرجى إدخال عدد صحيح.
err-number-range = يُرجى إدخال رقم من { $min } إلى { $max }.
err-kita-hours = في رياض الأطفال (Kita) يمكن حجز 25 أو 35 أو 45 ساعة في الأسبوع.
err-near = يُرجى إدخال الموقع بالشكل «خط العرض,خط الطول» (مثلًا 52.2799,7.4400).
err-radius = يُرجى إدخال نطاق بحث أكبر من 0 وحتى { $max } كم.
err-radius-needs-near = لاستخدام نطاق البحث نحتاج إلى موقع.
err-boolean = يُرجى إدخال «true» أو «false».
err-sort = يُرجى الترتيب حسب «distance» أو «free_places» أو «name».
err-sort-needs-near = للترتيب حسب المسافة نحتاج إلى موقع.
err-text-too-long = النص طويل جدًا. الحد الأقصى لعدد الأحرف: { $max }.
err-text-control = يحتوي الإدخال على رموز تحكّم غير مسموح بها.
search-location-used = نعرض النتائج القريبة من «{ $street }».
search-location-unknown = لم نجد شارعًا باسم «{ $place }» في { $name }. نعرض جميع جهات الرعاية، بدون نطاق بحث وبدون ترتيب حسب المسافة.
search-location-did-you-mean = هل تقصدون:
err-query = تعذّرت قراءة طلب البحث (أحد المعايير مكرَّر أو غير صالح).
error-code = رمز الخطأ { $status }

## Sign-in, selection, account (issue 4)
nav-selection = { $count ->
    [0] اختياراتي
    [zero] اختياراتي
    [one] اختياراتي ({ $count })
    [two] اختياراتي ({ $count })
    [few] اختياراتي ({ $count })
    [many] اختياراتي ({ $count })
   *[other] اختياراتي ({ $count })
}
nav-account = حسابي
nav-menu = القائمة
nav-office = مكتب رعاية الشباب
nav-login = تسجيل الدخول
nav-logout = تسجيل الخروج
select-button = إضافة إلى اختياراتي
select-button-label = إضافة إلى اختياراتي: { $name }
select-done = تم الاختيار ✓ – إلى «اختياراتي»
select-done-count = تم الاختيار ✓ – { $count } من { $max } في «اختياراتي»
select-full = اختياراتكم ممتلئة ({ $max } من { $max }) – استبدال جهة رعاية
selection-title = اختياراتي
selection-intro = اختاروا ما يصل إلى { $max } من رياض الأطفال (Kita) أو أماكن الرعاية النهارية (Kindertagespflege). الترتيب يعني أولويتكم: في الأعلى المكان الذي تفضّلونه أكثر.
selection-empty = لم تختاروا شيئًا بعد. ابحثوا عن جهات رعاية واختاروها بالزر «إضافة إلى اختياراتي».
selection-up-label = نقل { $name } إلى الأعلى
selection-down-label = نقل { $name } إلى الأسفل
selection-remove-label = إزالة { $name }
selection-remove = إزالة
selection-order = ترى المؤسسات فقط أن طفلكم مسجَّل لديها، ولا ترى أين سجّلتموه أيضًا.
register-title = تسجيل الطفل (Vormerkung)
register-login-first = لتسجيل طفلكم، سجّلوا الدخول أولًا. تبقى اختياراتكم محفوظة.
register-family-first = أدخلوا بيانات العائلة أولًا
register-child-first = أضيفوا طفلًا أولًا
register-child = الطفل
register-note = رسالة إلى المؤسسة (اختياري)
register-criteria-legend = أيّ معايير القبول (Aufnahmekriterien) لدى هذه المؤسسة تنطبق على عائلتكم؟
register-criteria-hint = اختياري. تتحقّق المؤسسة من معلوماتكم. يمكنكم رفع الإثباتات (مثلًا شهادة من صاحب العمل) بعد التسجيل في قسم «المستندات».
register-submit = { $count ->
    [zero] التسجيل في قائمة الانتظار
    [one] التسجيل لدى جهة رعاية واحدة
    [two] التسجيل لدى جهتي رعاية
    [few] التسجيل لدى { $count } جهات رعاية
    [many] التسجيل لدى { $count } جهة رعاية
   *[other] التسجيل لدى { $count } جهة رعاية
}
account-title = حسابي
inbox-link = { $count ->
    [0] الرسائل
    [zero] الرسائل
    [one] الرسائل (1 غير مقروءة)
    [two] الرسائل ({ $count } غير مقروءة)
    [few] الرسائل ({ $count } غير مقروءة)
    [many] الرسائل ({ $count } غير مقروءة)
   *[other] الرسائل ({ $count } غير مقروءة)
}
account-family = العائلة
account-family-edit = تغيير بيانات الاتصال
account-child-add = إضافة طفل
child-born = تاريخ الميلاد: { $date }
child-expected = موعد الولادة المتوقَّع: { $date }
account-no-registrations = لا توجد تسجيلات بعد.
registration-start = البدء: { $date }
registration-rank = الأولوية: { $rank }
registration-waiting = { $count ->
    [zero] في قائمة الانتظار لموعد البدء هذا: لا يوجد أطفال
    [one] في قائمة الانتظار لموعد البدء هذا: طفلكم فقط
    [two] في قائمة الانتظار لموعد البدء هذا: طفلان
    [few] في قائمة الانتظار لموعد البدء هذا: { $count } أطفال
    [many] في قائمة الانتظار لموعد البدء هذا: { $count } طفلًا
   *[other] في قائمة الانتظار لموعد البدء هذا: { $count } طفل
}
registration-history = السجلّ
withdraw-link = سحب التسجيل
family-title = بيانات العائلة
family-intro = تحتاج الروضة في { $name } إلى هذه المعلومات للتواصل معكم. يمكنكم تغييرها في أي وقت.
family-first_name = الاسم الأول
family-last_name = اسم العائلة
family-street = الشارع ورقم المنزل
family-postcode = الرمز البريدي
family-city = المدينة
family-phone = الهاتف
family-email = البريد الإلكتروني
family-language = اللغة المفضّلة
family-guardian2 = وليّ الأمر الثاني (اختياري)
family-guardian2_first_name = الاسم الأول
family-guardian2_last_name = اسم العائلة
family-guardian2_phone = الهاتف
family-guardian2_email = البريد الإلكتروني
save = حفظ
child-title = إضافة طفل
child-birth-date = تاريخ الميلاد
child-birth-hint = لم يولد الطفل بعد؟ اتركوا تاريخ الميلاد فارغًا وأدخلوا موعد الولادة المتوقَّع.
child-expected-date = موعد الولادة المتوقَّع
child-save = حفظ بيانات الطفل
withdraw-title = سحب التسجيل
withdraw-question = هل تريدون فعلًا سحب تسجيل { $child } لدى { $facility } (البدء: { $date })؟
withdraw-consequence = بعد ذلك لن يكون طفلكم في قائمة الانتظار لدى هذه المؤسسة. لا يمكن التراجع عن ذلك، لكن يمكنكم تسجيله من جديد.
withdraw-confirm = نعم، سحب التسجيل
withdraw-cancel = لا، رجوع
withdraw-not-possible = لم يعد من الممكن سحب هذا التسجيل (الحالة: { $status }).
give-back-link = التخلّي عن مكان الرعاية
give-back-title = التخلّي عن مكان الرعاية
give-back-question = هل تريدون فعلًا التخلّي عن المكان الذي قبلتموه لطفلكم { $child } لدى { $facility } (البدء: { $date })؟
give-back-consequence = يصبح المكان شاغرًا من جديد، ويمكن أن يحصل عليه طفل آخر. لا يمكن التراجع عن ذلك. إذا كنتم قد أبرمتم عقد الرعاية (Betreuungsvertrag) بالفعل، فيجب عليكم أيضًا إلغاؤه لدى المؤسسة.
give-back-confirm = نعم، التخلّي عن المكان
inbox-title = الرسائل
inbox-empty = لا توجد رسائل بعد.
inbox-new = جديد

notice-added = جهة الرعاية موجودة الآن في «اختياراتي».
notice-removed = تمت إزالة جهة الرعاية من «اختياراتي».
notice-moved = تم تغيير الترتيب.
notice-full = لقد اخترتم العدد الأقصى من جهات الرعاية. أزيلوا جهة أولًا، ثم اختاروا جهة أخرى.
notice-already = جهة الرعاية هذه مختارة بالفعل.
notice-registered = تم تسجيل طفلكم في قائمة الانتظار. تجدون جميع التسجيلات هنا، وتصلكم رسالة عند كل تغيير.
notice-registered-some = { $count ->
    [zero] لم يتم حفظ أي تسجيل. لدى جهات الرعاية الأخرى ما زال هناك شيء ناقص:
    [one] تم حفظ تسجيل واحد. لدى جهات الرعاية الأخرى ما زال هناك شيء ناقص:
    [two] تم حفظ تسجيلين. لدى جهات الرعاية الأخرى ما زال هناك شيء ناقص:
    [few] تم حفظ { $count } تسجيلات. لدى جهات الرعاية الأخرى ما زال هناك شيء ناقص:
    [many] تم حفظ { $count } تسجيلًا. لدى جهات الرعاية الأخرى ما زال هناك شيء ناقص:
   *[other] تم حفظ { $count } تسجيل. لدى جهات الرعاية الأخرى ما زال هناك شيء ناقص:
}
notice-abgemeldet = لقد سجّلتم الخروج. إذا كان الجهاز يستخدمه أشخاص آخرون أيضًا، يُرجى إغلاق نافذة المتصفح.
notice-withdrawn = تم سحب التسجيل.
notice-contract-accepted = لقد قبلتم عقد الرعاية (Betreuungsvertrag). المكان الآن متَّفق عليه بعقد، وقد تم إبلاغ المؤسسة.
contract-open-link = عرض العقد وقبوله
signing-title = عقد الرعاية (Betreuungsvertrag): { $child }
signing-facility = المؤسسة
signing-start = البدء
signing-settling = فترة التأقلم (Eingewöhnung) ابتداءً من { $date }
signing-times = أوقات الرعاية
signing-times-value = من الاثنين إلى الجمعة، من الساعة { $from } إلى الساعة { $until } (عدد الساعات في الأسبوع: { $hours })
signing-group = المجموعة
signing-pdf = قراءة العقد كاملًا (PDF، النسخة { $version })
signing-online-title = قبول العقد عبر الإنترنت
signing-login-again-text = لأسباب أمنية، سجّلوا الدخول مرة أخرى في خدمة تسجيل الدخول قبل القبول. بعد ذلك تعودون إلى هذه الصفحة.
signing-login-again = تسجيل الدخول مرة أخرى
signing-confirm-label = قرأتُ عقد الرعاية (Betreuungsvertrag، النسخة { $version }) مع { $facility }، وأقبله بشكل ملزِم.
signing-button = قبول العقد بشكل ملزِم
signing-hint = سيتم حفظ: من قَبِل العقد، ومتى، وأيّ نسخة. لا تحتاجون بعد ذلك إلى طباعة أي شيء أو رفعه.
signing-or-upload = يمكنكم أيضًا طباعة العقد وتوقيعه ثم رفعه:
signing-paper = يُرجى طباعة العقد وتوقيعه ثم رفعه:
notice-family-saved = تم حفظ بيانات عائلتكم.
notice-family-copied = تم نقل بيانات عائلتكم وأطفالكم. يُرجى التحقق منها في «تغيير بيانات الاتصال»، وخاصة العنوان.
copy-title = نقل بيانات العائلة؟
copy-intro = أنتم مسجَّلون بالفعل في البوابة في بلدية أخرى في Kreis Steinfurt. يمكنكم نقل بيانات عائلتكم وأطفالكم من هناك إلى { $name }، بدلًا من إدخالها من جديد.
copy-button = نقل من { $from }
copy-hint = يتم نقل بيانات العائلة والأطفال فقط. التسجيلات والرسائل والمستندات تبقى في بلديتها. تُحفظ البيانات في هذه البلدية، وليس في مكان مركزي.
field-copy-from = النقل من
err-copy-source = لا يمكننا نقل بيانات العائلة من هذه البلدية.
rule-family-exists = لديكم بالفعل بيانات عائلة في هذه البلدية. لن يتم استبدالها.
elsewhere-title = تسجيلاتكم في بلديات أخرى
elsewhere-intro = أنتم مسجَّلون أيضًا في هذه البلديات في Kreis Steinfurt:
elsewhere-link = حسابي في { $name }
notice-child-saved = تم حفظ بيانات الطفل.

status-registered = مسجَّل (في قائمة الانتظار)
status-offered = وصل عرض مكان
status-accepted = تم قبول المكان
status-declined = تم رفض العرض
status-rejected = رفض من المؤسسة
status-withdrawn = تم سحب التسجيل
status-contracted = تم إبرام عقد الرعاية
status-expired = انتهت مهلة العرض

msg-registered-subject = التسجيل لدى { $facility }
msg-registered-body = تم تسجيل { $child } في قائمة الانتظار (Vormerkung) لدى { $facility }، لبدء الرعاية في { $start }. ستصلكم رسالة عندما يتغيّر شيء.
msg-withdrawn-subject = تم سحب التسجيل لدى { $facility }
msg-withdrawn-body = لقد سحبتم تسجيل { $child } لدى { $facility }.

error-csrf-title = انتهت صلاحية النموذج
error-csrf = لم يعد النموذج صالحًا (فحص أمني). يُرجى إعادة تحميل الصفحة وإرسال النموذج مرة أخرى. لم يتم حفظ أي شيء.
error-unauthorized-title = يُرجى تسجيل الدخول
error-unauthorized = يجب تسجيل الدخول للقيام بهذا الإجراء.
login-cancelled-title = تم إلغاء تسجيل الدخول
login-cancelled = لقد ألغيتم تسجيل الدخول. اختياراتكم ما زالت موجودة، ويمكنكم تسجيل الدخول مرة أخرى في أي وقت.
login-failed-title = فشل تسجيل الدخول
login-failed = تعذّر إكمال تسجيل الدخول. يُرجى البدء من جديد عبر «تسجيل الدخول».
error-provider-title = خدمة تسجيل الدخول غير متاحة
error-provider = خدمة تسجيل الدخول المركزية غير متاحة الآن. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
error-not-json-title = تنسيق خاطئ
error-not-json = يجب أن يحتوي الطلب على JSON (application/json).
error-rule-title = التغيير غير ممكن
rule-registration-limit = طفلكم مسجَّل بالفعل لدى العدد الأقصى من جهات الرعاية. اسحبوا أحد التسجيلات أولًا.
rule-registration-duplicate = طفلكم مسجَّل بالفعل لدى جهة الرعاية هذه.
rule-registration-hours = جهة الرعاية هذه لا تقدّم عدد ساعات الرعاية الذي اخترتموه.
rule-registration-age = عمر طفلكم في موعد البدء المطلوب لا يناسب الأعمار التي تقبلها جهة الرعاية هذه.
rule-registration-not-active = هذا التسجيل لم يعد ساريًا.
rule-registration-facility = جهة الرعاية هذه غير موجودة في هذه البلدية.
rule-family-missing = يُرجى إدخال بيانات عائلتكم أولًا.
rule-selection-full = لا يمكن اختيار أكثر من العدد الذي تسمح به البلدية (عادةً 5 جهات رعاية).
rule-other = التغيير غير ممكن.

err-required = يُرجى ملء هذا الحقل.
err-email = يُرجى إدخال عنوان بريد إلكتروني صحيح (مثلًا name@beispiel.de).
err-phone = يُرجى إدخال رقم هاتف بالأرقام (مثلًا 05451 123-45).
err-postcode = يُرجى إدخال رمز بريدي من خمسة أرقام.
err-language = يُرجى اختيار إحدى اللغات المعروضة.
err-birth-or-expected = يُرجى إدخال تاريخ الميلاد أو موعد الولادة المتوقَّع، وليس الاثنين معًا.
err-birth-missing = يُرجى إدخال تاريخ الميلاد، أو موعد الولادة المتوقَّع إذا لم يولد الطفل بعد.
err-birth-future = تاريخ الميلاد في المستقبل. إذا لم يولد الطفل بعد، يُرجى إدخال موعد الولادة المتوقَّع.
err-expected-range = يجب أن يكون موعد الولادة المتوقَّع بين شهر مضى وعشرة أشهر من اليوم.
err-child = يُرجى اختيار أحد أطفالكم.
err-facility = جهة الرعاية هذه غير موجودة في هذه البلدية.
err-json = المحتوى ليس JSON صالحًا بهذا الشكل.
err-action = إجراء غير معروف.

field-first-name = الاسم الأول
field-last-name = اسم العائلة
field-street = الشارع
field-postcode = الرمز البريدي
field-city = المدينة
field-phone = الهاتف
field-email = البريد الإلكتروني
field-language = اللغة
field-guardian2-first-name = الاسم الأول (وليّ الأمر الثاني)
field-guardian2-last-name = اسم العائلة (وليّ الأمر الثاني)
field-guardian2-phone = الهاتف (وليّ الأمر الثاني)
field-guardian2-email = البريد الإلكتروني (وليّ الأمر الثاني)
field-expected-birth-date = موعد الولادة المتوقَّع
field-child-id = الطفل
field-facility-id = جهة الرعاية
field-facility-ids = جهات الرعاية
field-rank = الأولوية
field-note = الرسالة
field-body = المحتوى
field-action = الإجراء

## E-mails
mail-subject-prefix = بوابة رياض الأطفال { $portal }
mail-footer = بوابة رياض الأطفال (Kita-Portal) { $portal } – تجدون جميع الرسائل أيضًا في حسابكم.
    أسئلة؟ { $contact }، { $street }، { $postcode } { $city }، الهاتف { $phone }، { $email }

## Offers, answers, declines (issue 5)
msg-offered-subject = عرض مكان من { $facility }
msg-offered-body = خبر سار: لدى { $facility } مكان لطفلكم { $child }. يُرجى الرد في حسابكم في موعد أقصاه { $date } (بالقبول أو الرفض). إذا لم تردّوا حتى هذا الموعد، ينتهي العرض ويذهب المكان إلى الطفل التالي.
msg-rejected-subject = رفض من { $facility }
msg-rejected-body = للأسف لا يوجد لدى { $facility } مكان لطفلكم { $child }. السبب: { $reason }. ملاحظة المؤسسة: { $note }. تبقى تسجيلاتكم الأخرى سارية.
msg-accepted-subject = تم قبول المكان لدى { $facility }
msg-accepted-body = لقد قبلتم المكان لطفلكم { $child } لدى { $facility }. ستتواصل معكم المؤسسة بخصوص عقد الرعاية (Betreuungsvertrag).
msg-auto-withdrawn-subject = انتهاء التسجيل لدى { $facility }
msg-auto-withdrawn-body = لأنكم قبلتم مكانًا لطفلكم { $child }، تم سحب التسجيل لدى { $facility } تلقائيًا. وقد تم إبلاغ المؤسسة.
msg-declined-subject = تم رفض عرض المكان من { $facility }
msg-declined-body = لقد رفضتم عرض المكان لطفلكم { $child } لدى { $facility }. يذهب المكان إلى الطفل التالي في قائمة الانتظار.
msg-offer-reminder-subject = تذكير: يُرجى الرد على عرض المكان من { $facility } حتى { $date }
msg-offer-reminder-body = عرض المكان لطفلكم { $child } لدى { $facility } صالح حتى { $date } فقط. يُرجى قبوله أو رفضه في حسابكم. إذا لم يصل ردّ ينتهي العرض ويذهب المكان إلى طفل آخر.
msg-notice-subject = قرار من مكتب رعاية الشباب بشأن { $child }
msg-notice-body = أرسل إليكم مكتب رعاية الشباب (Jugendamt) قرارًا رسميًا بشأن { $child }. تجدونه بصيغة PDF في حسابكم تحت „القرارات“.
account-notices-title = قرارات مكتب رعاية الشباب
account-notices-hint = قرارات رسمية بصيغة PDF (باللغة الألمانية). يُرجى الاحتفاظ بها: فهي تتضمن المواعيد وطرق الاعتراض.
msg-expired-subject = انتهت مهلة عرض المكان من { $facility }
msg-expired-body = انتهى عرض المكان لطفلكم { $child } لدى { $facility }، لأنه لم يصل ردّ حتى نهاية المهلة. إذا كنتم ما زلتم مهتمّين، يُرجى التواصل مع المؤسسة.
msg-paper-subject = التسجيل لدى { $facility }
msg-paper-body = تم وضع { $child } في قائمة الانتظار لدى { $facility }، لبدء الرعاية في { $start }. بعنوان البريد الإلكتروني هذا يمكنكم تسجيل الدخول إلى بوابة رياض الأطفال (Kita-Portal) ومتابعة كل شيء في حسابكم.

reason-no_place = لا توجد أماكن شاغرة في موعد البدء المطلوب
reason-age_band = لا يوجد مكان في هذه الفئة العمرية
reason-hours = عدد ساعات الرعاية المطلوب غير متوفر
reason-criteria = كانت الأولوية لأطفال آخرين حسب معايير القبول
reason-other = سبب آخر (انظروا الملاحظة)

rule-registration-not-waiting = هذا التسجيل لم يعد ينتظر مكانًا (تم الرد عليه أو سحبه).
rule-offer-no-place = لا يوجد مكان شاغر لموعد البدء هذا ولهذه الفئة العمرية ولعدد الساعات هذا. يُرجى إدخال الأماكن الشاغرة أولًا.
rule-offer-lock = لدى الطفل الآن عرض مكان مفتوح من مؤسسة أخرى. طالما أن إيقاف العروض (Angebotssperre) الذي يحدده مكتب رعاية الشباب (Jugendamt) ساري المفعول، يتوقف هذا التسجيل مؤقتًا.
rule-offer-not-open = لم يعد هناك عرض مكان مفتوح لهذا التسجيل.
rule-offer-expired = انتهت مهلة الرد على عرض المكان هذا.
rule-capacity-exists = يوجد بالفعل سطر لموعد البدء هذا ولهذه الفئة العمرية ولهذه الساعات الأسبوعية. يُرجى تغيير العدد هناك. لم يتم حفظ أي شيء.
rule-registration-placed = لدى طفلكم بالفعل مكان مقبول. لا يمكن إجراء تسجيل آخر. إذا أردتم التغيير، تخلّوا أولًا عن المكان المقبول.
rule-capacity-changed = تغيّرت الأماكن الشاغرة في هذه الأثناء (مثلًا بسبب عرض مكان)، ولذلك سيصبح أحد الأعداد أقل من صفر. هذه هي الأعداد الحالية. يُرجى التحقق من تغييركم والحفظ مرة أخرى. لم يتم حفظ أي شيء.
rule-criterion-unknown = معيار القبول هذا غير موجود لدى المؤسسة.
error-forbidden-title = لا توجد صلاحية
error-forbidden = لا يُسمح لكم بفتح هذه الصفحة بحسابكم. إذا كان عليكم العمل هنا، اطلبوا من مكتب رعاية الشباب (Jugendamt) أن يمنحكم هذا الدور.

notice-accepted = لقد قبلتم المكان. إذا كانت لطفلكم تسجيلات مفتوحة أخرى، فقد تم سحبها وإبلاغ المؤسسات.
notice-refused = لقد رفضتم عرض المكان.
account-offer = عرض مكان: يُرجى الرد في موعد أقصاه { $date }
offer-banner-title = { $count ->
    [zero] لا توجد عروض أماكن تنتظر ردكم
    [one] عرض مكان واحد ينتظر ردكم
    [two] عرضا مكان ينتظران ردكم
    [few] { $count } عروض أماكن تنتظر ردكم
    [many] { $count } عرض مكان تنتظر ردكم
   *[other] { $count } عرض مكان تنتظر ردكم
}
offer-banner-text = لدى { $facility } مكان لطفلكم { $child }. يُرجى الرد في موعد أقصاه { $date }.
nav-alerts = { $offers ->
    [0] {""}
    [zero] {""}
    [one] عرض مكان واحد بانتظار الرد
    [two] عرضا مكان بانتظار الرد
    [few] { $offers } عروض أماكن بانتظار الرد
    [many] { $offers } عرض مكان بانتظار الرد
   *[other] { $offers } عرض مكان بانتظار الرد
}{ $offers ->
    [0] {""}
    [zero] {""}
    [one] { $messages ->
        [0] {""}
        [zero] {""}
        [one] ، {""}
        [two] ، {""}
        [few] ، {""}
        [many] ، {""}
       *[other] ، {""}
    }
    [two] { $messages ->
        [0] {""}
        [zero] {""}
        [one] ، {""}
        [two] ، {""}
        [few] ، {""}
        [many] ، {""}
       *[other] ، {""}
    }
    [few] { $messages ->
        [0] {""}
        [zero] {""}
        [one] ، {""}
        [two] ، {""}
        [few] ، {""}
        [many] ، {""}
       *[other] ، {""}
    }
    [many] { $messages ->
        [0] {""}
        [zero] {""}
        [one] ، {""}
        [two] ، {""}
        [few] ، {""}
        [many] ، {""}
       *[other] ، {""}
    }
   *[other] { $messages ->
        [0] {""}
        [zero] {""}
        [one] ، {""}
        [two] ، {""}
        [few] ، {""}
        [many] ، {""}
       *[other] ، {""}
    }
}{ $messages ->
    [0] {""}
    [zero] {""}
    [one] رسالة جديدة واحدة
    [two] رسالتان جديدتان
    [few] { $messages } رسائل جديدة
    [many] { $messages } رسالة جديدة
   *[other] { $messages } رسالة جديدة
}
inbox-answer-offer = إلى العرض
inbox-to-registration = إلى التسجيل
account-accept = قبول المكان
account-refuse = رفض العرض
account-criteria = معايير القبول التي أُخذت بالاعتبار
account-declared = معلوماتكم حول معايير القبول
declared-pending = قيد التحقق لدى المؤسسة
declared-confirmed = مؤكَّد
declared-not-confirmed = غير مؤكَّد
account-reason = سبب الرفض
accept-title = قبول المكان
refuse-title = رفض عرض المكان
accept-question = هل تريدون قبول المكان لطفلكم { $child } لدى { $facility } ابتداءً من { $date }؟
refuse-question = هل تريدون فعلًا رفض عرض المكان لطفلكم { $child } لدى { $facility }؟
answer-later = القرار لاحقًا – العودة إلى الحساب
answer-deadline = مهلة الرد: حتى { $date }
accept-others = { $count ->
    [zero] بقبول المكان لن يُسحب أي تسجيل آخر لطفلكم.
    [one] بقبول المكان يُسحب هذا التسجيل الآخر لطفلكم:
    [two] بقبول المكان يُسحب هذان التسجيلان الآخران لطفلكم:
    [few] بقبول المكان تُسحب { $count } تسجيلات أخرى لطفلكم:
    [many] بقبول المكان يُسحب { $count } تسجيلًا آخر لطفلكم:
   *[other] بقبول المكان يُسحب { $count } تسجيل آخر لطفلكم:
}
refuse-consequence = عندها يذهب المكان إلى الطفل التالي. تبقى تسجيلاتكم الأخرى سارية.
accept-confirm = نعم، قبول المكان
refuse-confirm = نعم، رفض العرض
answer-not-open = لا يوجد عرض مكان مفتوح لهذا التسجيل (الحالة: { $status }).
footer-staff = للمؤسسات ومكاتب رعاية الشباب

## Facility desk
desk-title = مكان العمل
child-first_name = الاسم الأول للطفل
child-last_name = اسم عائلة الطفل
field-answer-by = الرد حتى
field-place-start = شاغر ابتداءً من
field-reason = السبب
field-child-first-name = الاسم الأول للطفل
field-child-last-name = اسم عائلة الطفل
field-answer-by-short = المهلة
field-from = البدء من (YYYY-MM)
field-to = البدء حتى (YYYY-MM)
err-answer-by = يجب أن تكون مهلة الرد بعد اليوم، وألا تزيد على { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من اليوم.
err-reason = يُرجى اختيار سبب من القائمة.
err-reason-note = يُرجى شرح السبب الآخر في الرسالة إلى العائلة (إلزامي عند اختيار «سبب آخر»).
err-too-many = عدد الإدخالات كبير جدًا. الحد الأقصى: { $max }.
err-age-band = يُرجى اختيار «دون 3 سنوات» أو «من 3 سنوات فأكثر».
err-criterion = معيار غير معروف.
err-month = يُرجى إدخال الشهر، مثلًا 08/2027.
err-month-order = الشهر الأخير يقع قبل الشهر الأول. يُرجى تبديل الشهرين.

## Office
err-period = نهاية الفترة تقع قبل بدايتها.
err-day = يُرجى إدخال التاريخ بالشكل يوم.شهر.سنة (مثلًا 01.08.2027).

## Documents (issue 6)
doc-section = المستندات
doc-none = لا توجد مستندات بعد.
doc-version = النسخة { $version }
doc-kind-contract = عقد الرعاية (Betreuungsvertrag)
doc-kind-signed = العقد الموقَّع
doc-kind-need = إثبات الحاجة إلى 45 ساعة في الأسبوع (Bedarfsnachweis)
doc-kind-urgency = إثبات الحاجة العاجلة
doc-kind-other = مستند آخر
doc-by-parent = من العائلة
doc-by-facility = من المؤسسة
doc-page-title = مستندات { $child }
doc-link = المستندات
doc-upload-title = رفع مستند
doc-kind-label = نوع المستند
doc-file-label = الملف (PDF أو JPEG أو PNG)
doc-upload-hint = يُسمح بملفات PDF وJPEG وPNG، بحجم أقصاه { $mb } MB.
doc-upload-button = رفع
doc-notice-uploaded = تم حفظ المستند. وقد تم إبلاغ المؤسسة.
doc-parent-contract-hint = عندما تُجهّز المؤسسة عقد الرعاية (Betreuungsvertrag)، سيظهر هنا. قوموا بتنزيله وتوقيعه، ثم ارفعوا النسخة الموقَّعة بنوع «العقد الموقَّع».
doc-contracted = تم تأكيد عقد الرعاية.
field-care-from = الرعاية يوميًا من الساعة
field-care-until = الرعاية يوميًا حتى الساعة
field-group = المجموعة (اختياري)
field-settling-in = بداية فترة التأقلم (Eingewöhnung)
account-contracts = عقد الرعاية
upload-refused-title = لم يتم قبول الملف
upload-empty = الملف فارغ. يُرجى اختيار ملف فيه محتوى.
upload-too-large = حجم الملف أكبر من 10 MB. يُرجى تصغيره (مثلًا بمسحه ضوئيًا كملف PDF بدقة أقل).
upload-wrong-type = الملف ليس PDF أو JPEG أو PNG. نحن نفحص محتوى الملف، وليس اسمه.
upload-bad-name = يجب ألا يحتوي اسم الملف على شرطات مائلة أو رموز تحكّم، وألا يزيد طوله على 200 حرف.
upload-missing = يُرجى اختيار ملف.
upload-one-file = يُرجى رفع ملف واحد في كل مرة.
upload-unreadable = لم يصل الملف كاملًا. يُرجى المحاولة مرة أخرى.
upload-kind = يُرجى اختيار نوع المستند من القائمة.
error-documents-title = أرشيف المستندات غير متاح
error-documents = أرشيف المستندات غير متاح الآن. لم يتم حفظ أي شيء. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
error-database-title = قاعدة البيانات غير متاحة
error-database = لا تستطيع بوابة رياض الأطفال الوصول إلى قاعدة بياناتها الآن. ما تم حفظه من قبل يبقى محفوظًا. يُرجى المحاولة مرة أخرى بعد دقيقة.
rule-contract-not-accepted = لا يوجد عقد إلا بعد أن تقبل العائلة المكان.
rule-contract-not-signed = يُرجى رفع العقد الموقَّع أولًا (أو الانتظار حتى ترفعه العائلة).
rule-contract-missing = لا يمكن رفع عقد موقَّع إلا بعد أن تُنشئ المؤسسة العقد ويتم قبول المكان.
rule-contract-confirmed = العقد مؤكَّد بالفعل.
rule-online-contract-off = في هذه البلدية لا يمكن قبول العقد عبر الإنترنت. يُرجى طباعته وتوقيعه ثم رفعه.
rule-contract-changed = أنشأت المؤسسة في هذه الأثناء نسخة جديدة من العقد. يُرجى قراءة النسخة الجديدة قبل قبولها.
rule-reauthenticate = لأسباب أمنية، يُرجى تسجيل الدخول مرة أخرى قبل قبول العقد.
err-time = يُرجى إدخال وقت، مثلًا 7:30 أو 14:00.
err-time-range = يُرجى إدخال وقت بين الساعة { $from } والساعة { $until }.
err-time-order = يجب أن تكون نهاية وقت الرعاية بعد بدايته.
err-time-short = في خمسة أيام تعطي هذه الأوقات أقل من عدد الساعات الأسبوعية المتَّفق عليه ({ $hours }). يُرجى إطالة وقت الرعاية اليومي.
err-date = يُرجى إدخال تاريخ، مثلًا 01.08.2027.
err-date-past = هذا التاريخ في الماضي.
err-settling = لا يمكن أن تبدأ فترة التأقلم (Eingewöhnung) قبل يوم بدء الرعاية ({ $start })، ولا بعد { $last }.
err-accept-confirm = يُرجى التأكيد أنكم قرأتم العقد وتقبلونه.
status-contract_created = عقد الرعاية جاهز
status-contract_signed = تم حفظ العقد الموقَّع
msg-contract-created-subject = عقد الرعاية لطفلكم { $child } لدى { $facility }
msg-contract-created-body = عقد الرعاية (Betreuungsvertrag) لطفلكم { $child } من { $facility } أصبح جاهزًا. تجدونه في حسابكم في قسم «المستندات». يُرجى تنزيله وتوقيعه، ثم رفع النسخة الموقَّعة هناك.
msg-contract-signed-subject = تم حفظ العقد الموقَّع لطفلكم { $child }
msg-contract-signed-body = قامت { $facility } بحفظ عقد الرعاية الموقَّع (Betreuungsvertrag) لطفلكم { $child }. تجدونه في حسابكم في قسم «المستندات».
msg-contracted-subject = تم تأكيد عقد الرعاية لطفلكم { $child }
msg-contracted-body = أكّدت { $facility } عقد الرعاية (Betreuungsvertrag) لطفلكم { $child }. المكان الآن متَّفق عليه بعقد. تجدون العقد في حسابكم.
msg-contract-accepted-subject = تم قبول عقد الرعاية لطفلكم { $child }
msg-contract-accepted-body = لقد قبلتم عقد الرعاية (Betreuungsvertrag) لطفلكم { $child } لدى { $facility } عبر الإنترنت. المكان الآن متَّفق عليه بعقد. تجدون العقد في حسابكم.
msg-retention-deleted-subject = تم حذف تسجيل { $child }
msg-retention-deleted-body = تم حذف تسجيلكم (Vormerkung) لطفلكم { $child } لدى { $facility } بعد انتهاء مدة الحفظ، لأنه لم يتم الرد عليه. إذا كنتم ما زلتم تبحثون عن مكان، يُرجى تسجيل طفلكم من جديد.
export-link = تنزيل جميع بياناتي (ZIP)
export-hint = يحتوي على جميع المعلومات عن عائلتكم وأطفالكم وتسجيلاتكم ورسائلكم، وعلى جميع المستندات.
delete-link = حذف الحساب والبيانات
delete-title = حذف الحساب والبيانات
delete-lead = هنا تحذفون كل ما حفظته بوابة رياض الأطفال (Kita-Portal) { $municipality } عن عائلتكم.
delete-what = سيتم حذف معلوماتكم، وبيانات أطفالكم، وجميع التسجيلات (بما فيها عروض الأماكن والأماكن المقبولة)، ورسائلكم.
delete-documents = { $count ->
    [zero] لا توجد مستندات للحذف.
    [one] سيتم حذف المستند الذي رفعتموه.
    [two] سيتم حذف المستندين اللذين رفعتموهما.
    [few] سيتم حذف { $count } مستندات رفعتموها.
    [many] سيتم حذف { $count } مستندًا رفعتموه.
   *[other] سيتم حذف { $count } مستند رفعتموه.
}
delete-export-first = نزّلوا بياناتكم قبل الحذف إذا أردتم الاحتفاظ بها.
delete-confirm-label = نعم، أريد حذف بياناتي في هذه البوابة نهائيًا.
delete-confirm-missing = يُرجى تأكيد الحذف بوضع علامة في المربع.
delete-button = حذف نهائي
doc-parent-sign-hint = قوموا بتنزيل عقد الرعاية (Betreuungsvertrag) وتوقيعه، ثم ارفعوا النسخة الموقَّعة هنا بنوع «العقد الموقَّع». بعد ذلك تؤكّده المؤسسة.
doc-kind-measles = إثبات الحماية من الحصبة (Masernschutz)
doc-kind-proof = إثبات لأحد معايير القبول
delete-documents-none = لم ترفعوا أي مستندات.
delete-kept-count = { $count ->
    [zero] لن يبقى أي مستند من عقود الرعاية المؤكَّدة محفوظًا.
    [one] سيبقى عقد رعاية مؤكَّد واحد (Betreuungsvertrag) محفوظًا.
    [two] سيبقى مستندان من عقود الرعاية المؤكَّدة (Betreuungsvertrag) محفوظَين.
    [few] ستبقى { $count } مستندات من عقود الرعاية المؤكَّدة (Betreuungsvertrag) محفوظة.
    [many] سيبقى { $count } مستندًا من عقود الرعاية المؤكَّدة (Betreuungsvertrag) محفوظًا.
   *[other] سيبقى { $count } مستند من عقود الرعاية المؤكَّدة (Betreuungsvertrag) محفوظًا.
} يجب على المؤسسة الاحتفاظ بعقود الرعاية المؤكَّدة لمدة { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
}، وبعد ذلك يتم حذفها.
delete-contract-note = الحذف لا يُلغي عقد الرعاية. لإلغاء العقد (Kündigung) يُرجى الكتابة إلى المؤسسة.
deleted-title = تم حذف بياناتكم
deleted-lead = تم حذف كل ما كانت بوابة رياض الأطفال (Kita-Portal) { $municipality } قد حفظته عن عائلتكم.
deleted-kept = { $count ->
    [zero] لا تحتفظ المؤسسة بأي مستند من عقود الرعاية المؤكَّدة.
    [one] تحتفظ المؤسسة بمستند واحد من عقد رعاية مؤكَّد (Betreuungsvertrag).
    [two] تحتفظ المؤسسة بمستندين من عقود الرعاية المؤكَّدة (Betreuungsvertrag).
    [few] تحتفظ المؤسسة بـ{ $count } مستندات من عقود الرعاية المؤكَّدة (Betreuungsvertrag).
    [many] تحتفظ المؤسسة بـ{ $count } مستندًا من عقود الرعاية المؤكَّدة (Betreuungsvertrag).
   *[other] تحتفظ المؤسسة بـ{ $count } مستند من عقود الرعاية المؤكَّدة (Betreuungsvertrag).
} إذا كانت لديكم أسئلة حول ذلك، تجيب عنها المؤسسة أو مكتب رعاية الشباب (Jugendamt).
deleted-signout = لقد سجّلتم الخروج من بوابة رياض الأطفال. سجّلوا الخروج أيضًا من خدمة تسجيل الدخول في Kreis Steinfurt، حتى لا يتمكّن أحد على هذا الجهاز من دخول حسابكم بدون كلمة المرور.
deleted-signout-button = تسجيل الخروج من خدمة تسجيل الدخول
deleted-home = إلى الصفحة الرئيسية
upload-need-hours = إثبات الحاجة (Bedarfsnachweis) مطلوب فقط عند حجز 45 ساعة في الأسبوع.

## Maintenance mode (issue 7)
read-only-banner-title = أعمال صيانة:
read-only-banner = يمكنكم مشاهدة كل شيء، لكن لا يمكنكم الآن تغيير أو إرسال أي شيء. يُرجى المحاولة مرة أخرى لاحقًا.
error-read-only-title = لا يمكن إجراء تغييرات الآن
error-read-only = تجري الآن صيانة بوابة رياض الأطفال. يمكنكم مشاهدة كل شيء، لكن لا يمكنكم تغيير أي شيء. لم يتم حفظ ما أدخلتموه. يُرجى المحاولة مرة أخرى لاحقًا.
doc-remove = إزالة
doc-remove-label = إزالة { $name }
doc-notice-removed = تمت إزالة المستند.
rule-document-contract = لا يمكن إزالة عقود الرعاية والعقود الموقَّعة، لأنها تخصّ المؤسسة أيضًا.

# Addresses checked against the municipality's lists (issue 16)
address-check-title = يُرجى التحقق من عنوانكم
address-check-hint = لم يتم حفظ أي شيء بعد. صحّحوا العنوان، أو أكّدوا في الأسفل أنه صحيح هكذا (مثلًا لأنكم ستنتقلون قريبًا).
address-confirm = العنوان صحيح هكذا.
address-postcode-elsewhere = الرمز البريدي { $postcode } لا يتبع { $name } (الرموز هناك: { $postcodes }).
address-street-close = لا نعرف الشارع «{ $street }» في { $name }. هل تقصدون { $suggestions }؟
address-street-unknown = الشارع «{ $street }» غير موجود في دليل شوارع { $name }.
form-mistakes = { $count ->
    [zero] يُرجى تصحيح المعلومات التالية:
    [one] يُرجى تصحيح هذه المعلومة:
    [two] يُرجى تصحيح هاتين المعلومتين:
    [few] يُرجى تصحيح هذه المعلومات الـ{ $count }:
    [many] يُرجى تصحيح هذه المعلومات الـ{ $count }:
   *[other] يُرجى تصحيح هذه المعلومات الـ{ $count }:
}

## Allocation rounds (issue 17)
rule-round-no-places = لا توجد أماكن شاغرة معلَنة لموعد البدء هذا.
rule-round-open-exists = توجد بالفعل جولة توزيع مفتوحة لموعد البدء هذا.
rule-round-published = هذه الجولة منشورة ومجمَّدة.
rule-round-not-run = يُرجى بدء تشغيل تجريبي أولًا.
rule-round-stale = منذ التشغيل التجريبي تغيّرت التسجيلات أو المعايير أو الأماكن الشاغرة. لم يُنشر أي شيء. يُرجى بدء تشغيل تجريبي جديد والتحقق من النتيجة.
calendar-next-label = الموعد القادم في إجراءات توزيع الأماكن:
calendar-next-deadline = آخر موعد للتسجيل في { $date } (للبدء اعتبارًا من { $start }).
calendar-next-matching = يوم توزيع الأماكن في { $date } (للبدء اعتبارًا من { $start }).
calendar-next-answer = نهاية مهلة الرد في { $date } (للبدء اعتبارًا من { $start }).
calendar-next-second = الجولة الثانية للتوزيع في { $date } (للبدء اعتبارًا من { $start }).
err-start-closed = انتهت مهلة التسجيل للبدء بين { $from } و{ $until } في { $deadline }. يُرجى اختيار موعد بدء لاحق أو التواصل مع مكتب رعاية الشباب (Jugendamt).
rule-case-closed = هذه الحالة مغلقة بالفعل.
rule-proposal-decided = تم البت في هذا الاقتراح بالفعل.
rule-proposal-withdrawn = لم يعد هذا الاقتراح ساريًا: أُغلقت الحالة، أو حصل الطفل على مكان أو لم يعد ينتظر.
msg-round-result-subject = جولة توزيع الأماكن (Vergaberunde)
msg-round-result-body = وزّع مكتب رعاية الشباب (Jugendamt) الأماكن الشاغرة في جولة توزيع (Vergaberunde).
msg-round-result-placed-subject = جولة التوزيع لموعد البدء { $start }: مكان لطفلكم { $child }
msg-round-result-placed-body = وزّع مكتب رعاية الشباب (Jugendamt) الأماكن الشاغرة لموعد البدء { $start } في جولة توزيع (Vergaberunde): يحصل كل طفل على أفضل مكان في قائمة رغباته يمكنه الحصول عليه حسب معايير القبول لدى المؤسسات. هذا ما تقرّر لطفلكم { $child }:

    { $lines }

    إذا قبلتم المكان، تبقى رغباتكم ذات الترتيب الأعلى سارية: إذا أصبح لاحقًا مكان شاغرًا لدى إحدى هذه الرغبات، يمكن أن تنقل جولة أخرى { $child } إليها. أما الرغبات ذات الترتيب الأدنى فيتم سحبها عندها.
msg-round-result-unplaced-subject = جولة التوزيع لموعد البدء { $start }: لا يوجد مكان لطفلكم { $child } بعد
msg-round-result-unplaced-body = وزّع مكتب رعاية الشباب (Jugendamt) الأماكن الشاغرة لموعد البدء { $start } في جولة توزيع (Vergaberunde). لم يكن هناك مكان لطفلكم { $child } هذه المرة. هذا ما تقرّر:

    { $lines }

    تبقى تسجيلاتكم سارية: الأماكن التي تصبح شاغرة ستُوزَّع في جولة أخرى. يقدّم لكم مكتب رعاية الشباب ({ $office }) المشورة أيضًا حول الرعاية النهارية للأطفال (Kindertagespflege) ومؤسسات أخرى.
round-line-placed = الرغبة رقم { $rank } – { $facility }: تم عرض مكان. تجدون العرض في حسابكم.
round-line-inadmissible = الرغبة رقم { $rank } – { $facility }: لا تستطيع المؤسسة قبول طفلكم ({ $reason }).
round-line-no-places = الرغبة رقم { $rank } – { $facility }: لم تكن هناك أماكن شاغرة للأطفال { $band }.
round-line-full = الرغبة رقم { $rank } – { $facility }: { $capacity ->
        [zero] لا أماكن
        [one] مكان واحد
        [two] مكانان
        [few] { $capacity } أماكن
        [many] { $capacity } مكانًا
       *[other] { $capacity } مكان
    } للأطفال { $band }. آخر مكان ذهب إلى طفل لديه { $cutoff ->
        [zero] { $cutoff } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $cutoff } نقاط
        [many] { $cutoff } نقطة
       *[other] { $cutoff } نقطة
    } (تاريخ التسجيل: { $cutoff_date }). طفلكم: { $points ->
        [zero] { $points } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $points } نقاط
        [many] { $points } نقطة
       *[other] { $points } نقطة
    }{ $criteria }، تاريخ التسجيل: { $date }.
round-why-link = لماذا هذه النتيجة؟ (جولة التوزيع)
round-why-inbox = جميع الرسائل

## The cover letter of the care contract, in the family's language (issue 18)
cover-title = عقد الرعاية (Betreuungsvertrag) لطفلكم { $child }
cover-intro = تعرض { $facility } على { $child } مكانًا ابتداءً من { $start }، بمعدل { $hours } ساعة في الأسبوع. عقد الرعاية موجود في الصفحات التالية.
cover-german = العقد باللغة الألمانية: النص الألماني وحده هو الملزم قانونيًا. هذه الصفحة تشرح العقد بلغتكم، وهي ليست جزءًا من العقد.
cover-what-title = ماذا يوجد في العقد
cover-what = من يبرم العقد (أنتم والجهة المشغّلة للمؤسسة، Träger)، ومتى تبدأ رعاية طفلكم ولكم ساعة، وفترة التأقلم (Eingewöhnung)، وواجباتكم (مثل إثبات الحماية من الحصبة، Masernschutz)، وإنهاء العقد (Kündigung): قبل أربعة أسابيع من نهاية الشهر. يحدد مكتب رعاية الشباب (Jugendamt) مساهمات الوالدين (Elternbeiträge)، وهي ليست في العقد.
cover-next-title = ماذا تفعلون الآن
cover-next = اقرؤوا العقد. وقّعوه وارفعوه في حسابكم، أو سلّموه في المؤسسة. تجيب { $facility } عن الأسئلة حول العقد. ويمكنكم أيضًا الحصول على المساعدة من مكتب رعاية الشباب (Jugendamt): { $office }.

## The read-me inside the data export (ZIP); file and field names stay as they are (issue 18)
export-readme =
    بياناتكم من بوابة رياض الأطفال
    ==============================

    يشرح هذا الملف محتوى الأرشيف.

    familie.json
      كل ما حفظته البوابة في هذه المدينة أو البلدية عن عائلتكم، بصيغة يستطيع الحاسوب قراءتها (JSON).
      يمكنكم فتح الملف بأي برنامج لتحرير النصوص.
      - family: بياناتكم (الاسم، العنوان، الهاتف، البريد الإلكتروني، اللغة،
        الشخص الثاني الذي له حق الحضانة)
      - children: أطفالكم مع تاريخ الميلاد أو تاريخ الولادة المتوقَّع
      - registrations: تسجيلاتكم في قوائم الانتظار (Vormerkung)، وفيها:
        المؤسسة (facility)، تاريخ البدء (start_date)، عدد الساعات في الأسبوع (hours)،
        ترتيبكم للأولوية (rank)، رسالتكم إلى المؤسسة (note)، الحالة (status)، السجلّ (history)،
        ومعايير القبول التي أخذتها المؤسسة بالاعتبار (criteria)
      - messages: الرسائل في صندوق بريدكم على البوابة
      - documents: معلومات عن مستنداتكم (اسم الملف، الحجم، المجموع الاختباري SHA-256، التاريخ والوقت)

    معنى الحالات (status):
      registered = في قائمة الانتظار (Vormerkung)
      offered = وصل عرض مكان
      accepted = تم قبول المكان
      declined = رفضتم العرض
      rejected = رفض من المؤسسة
      withdrawn = تم سحب التسجيل
      contracted = تم إبرام عقد الرعاية (Betreuungsvertrag)
      expired = انتهت مهلة العرض
      contract_created = عقد الرعاية جاهز
      contract_signed = تم حفظ العقد الموقَّع

    معلومات أخرى:
      place_band:
        ue3 = مكان للأطفال من عمر 3 سنوات فأكثر
        u3 = مكان للأطفال دون 3 سنوات
      actor (في السجلّ):
        parent = أنتم
        facility = المؤسسة
        office = مكتب رعاية الشباب (Jugendamt)
        system = البوابة
      origin:
        online = عبر البوابة
        paper = على الورق، تم تسليمه في المؤسسة
      الأوقات التي فيها "Z" أو "+00:00" هي بالتوقيت العالمي المنسَّق (UTC). في ألمانيا تكون الساعة
      متقدّمة بساعة واحدة (وفي الصيف بساعتين).

    dokumente/
      مستنداتكم: عقد الرعاية (Betreuungsvertrag)، العقد الموقَّع، إثبات الحاجة (Bedarfsnachweis)،
      إثبات الحاجة العاجلة (Dringlichkeitsnachweis)، إثبات الحماية من الحصبة (Masernschutz).
      الرمز "v2" يعني النسخة الثانية من المستند نفسه.

    يجيب مكتب رعاية الشباب (Jugendamt) في مدينتكم أو بلديتكم عن أسئلتكم. تجدون بيانات الاتصال
    في كل صفحة من صفحات البوابة.
conv-title = رسائل بشأن التسجيل
conv-back = رجوع
conv-intro = هنا تتراسل الأسرة والمؤسسة بشأن هذا التسجيل. يتلقى الطرف الآخر بريدًا إلكترونيًا بوجود رسالة، دون محتواها.
conv-intro-office = يقرأ مكتب رعاية الشباب المراسلات (مع التسجيل) ولا يكتب هنا.
conv-empty = لا توجد رسائل بعد.
conv-from-family = الأسرة
conv-from-facility = المؤسسة
conv-field = رسالتكم
conv-hint = 5000 حرف كحد أقصى، و20 رسالة في اليوم كحد أقصى.
conv-send = إرسال الرسالة
conv-link = الكتابة إلى المؤسسة
conv-notice-gesendet = تم إرسال الرسالة.
conv-err-empty = يُرجى كتابة رسالة.
conv-err-long = الرسالة طويلة جدًا: { $max } حرف كحد أقصى.
rule-conversation-closed = لم يعد من الممكن كتابة رسائل بشأن هذا التسجيل لأنه لم يعد نشطًا.
rule-conversation-limit = كُتبت اليوم 20 رسالة بشأن هذا التسجيل. يُرجى الكتابة مرة أخرى غدًا.
msg-conversation-subject = رسالة جديدة من { $facility }
msg-conversation-body = كتبت إليكم { $facility } بشأن تسجيل { $child }. اقرؤوا الرسالة في بوابة الحضانات: { $path }

# Admission talk (issue 21)
conv-messages = الرسائل
conv-notice-gebucht = تم حجز الموعد. يصلك ملف التقويم أيضاً بالبريد الإلكتروني.
conv-notice-abgesagt = تم إلغاء الموعد. تم إبلاغ الطرف الآخر.
talk-title = مقابلة القبول
talk-intro-family = تدعوكم المؤسسة إلى مقابلة شخصية. يرجى اختيار موعد.
talk-none-yet = لم تعرض المؤسسة بعد مواعيد لمقابلة القبول. سيتم إبلاغكم هنا.
talk-booked = الموعد: { $at } حتى { $until }
talk-slot = { $at } حتى { $until }
talk-mode-place = حضورياً
talk-mode-phone = عبر الهاتف
talk-mode-video = عبر الفيديو
talk-ics = إضافة إلى التقويم (.ics)
talk-pick = اختيار هذا الموعد
talk-move = النقل إلى هذا الموعد
talk-other-hint = لا يناسبكم أي موعد؟ اكتبوا رسالة إلى المؤسسة أدناه واطلبوا مواعيد أخرى.
talk-cancel-summary = إلغاء الموعد
talk-cancel-field = سبب الإلغاء
talk-cancel-hint = يظهر السبب كرسالة في هذه المحادثة. يتلقى الطرفان بريداً إلكترونياً.
talk-cancel = إلغاء الموعد
talk-err-pick = يرجى اختيار أحد المواعيد المعروضة.
talk-err-reason = يرجى كتابة سبب إلغاء الموعد.
rule-talk-taken = هذا الموعد محجوز الآن أو قد مضى. يرجى اختيار موعد آخر.
rule-talk-same = هذا الموعد محجوز لكم بالفعل.
rule-talk-none = لا يوجد موعد محجوز.
rule-talk-too-many = هناك بالفعل خمسة مواعيد معروضة. اسحبوا أحدها أولاً.
rule-talk-overlap = يتداخل الموعد مع موعد آخر للمؤسسة.
msg-talk-offered-subject = مواعيد لمقابلة القبول لدى { $facility }
msg-talk-offered-body = تدعوكم { $facility } إلى مقابلة قبول بخصوص { $child }. يرجى اختيار موعد في بوابة الحضانة: { $path }
msg-talk-booked-subject = مقابلة القبول في { $at }
msg-talk-booked-body = مقابلة القبول بخصوص { $child } لدى { $facility } في { $at }. ملف التقويم مرفق بهذا البريد. للنقل أو الإلغاء: { $path }
msg-talk-cancelled-subject = تم إلغاء مقابلة القبول في { $at }
msg-talk-cancelled-body = تم إلغاء مقابلة القبول بخصوص { $child } لدى { $facility } في { $at }. اقرأوا السبب في بوابة الحضانة: { $path }
account-talk-booked = مقابلة القبول: { $at }
account-talk-open = مواعيد مقابلة القبول: يرجى الاختيار
doc-kind-attachment = مرفق رسالة
conv-attachment = مرفق: { $name }
conv-file = إرفاق ملف (اختياري)
conv-file-hint = PDF أو JPEG أو PNG، بحد أقصى 10 ميغابايت.
msg-announcement-subject = إعلان جديد من { $facility }
msg-announcement-body = أرسلت { $facility } إعلاناً إلى جميع العائلات في قائمة الانتظار. اقرأوه في صندوق الوارد في بوابة الحضانة: { $path }
rule-announcement-nobody = لا توجد عائلة في قائمة الانتظار لهذا الموعد.
rule-talk-past = لقد بدأت مقابلة القبول أو تمت بالفعل؛ لم يعد من الممكن نقلها أو إلغاؤها.
