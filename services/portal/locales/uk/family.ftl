# STEP – Ukrainian message catalogue for families: every text a family reads (public pages, sign-in,
# selection, family, children, registrations, account, inbox, offers, documents, e-mails, errors).
# Each family language has this file with the same ids and placeables (checked by the tests).

district-name = Kreis Steinfurt
site-name = Kita-Portal
skip-link = Перейти до змісту
# This language named in itself, and its writing direction (ltr or rtl).
language-name = Українська
language-direction = ltr
nav-main = Головне меню
language-switch = Мова
nav-home = Головна
nav-search = Пошук
nav-district = Усі міста й громади
demo-mark = Демо
logo-alt = Логотип { $name }

landing-title = Kita-Portal у Kreis Steinfurt
landing-intro = Тут батьки знаходять дитячі садки (Kita) і денних нянь (Kindertagespflege) у всіх 24 містах і громадах округу Kreis Steinfurt. Ви можете вибрати до п’яти варіантів і записати свою дитину.
landing-choose = Виберіть своє місце проживання
landing-office = Служба у справах дітей (Jugendamt): { $office }

home-title = Kita-Portal { $name }
home-intro = Знайдіть місце для своєї дитини в { $name }: у дитячому садку (Kita) або в денної няні (Kindertagespflege).
home-count = { $count ->
    [one] { $count } варіант у { $name }
    [few] { $count } варіанти у { $name }
    [many] { $count } варіантів у { $name }
   *[other] { $count } варіанта у { $name }
}
home-steps = Як це працює
step-1-title = 1. Шукати
step-1-text = Шукайте дитячі садки (Kita) і денних нянь (Kindertagespflegepersonen) за своїми побажаннями: дата початку, кількість годин на тиждень, вік, відстань, організація-власник (Träger) і педагогічна концепція.
step-2-title = 2. Вибрати
step-2-text = Виберіть до { $max } варіантів кнопкою «Вибрати Kita/KTP». Це можна зробити ще до входу на портал.
step-3-title = 3. Записати
step-3-text = Увійдіть на портал і запишіть дитину у вибрані варіанти (Vormerkung). Тоді Ваша дитина буде в їхніх списках очікування (Warteliste).
step-4-title = 4. Договір
step-4-text = Про кожну зміну Ви дізнаєтеся у своєму кабінеті. Коли Вам підтвердять місце, Ви укладаєте договір про догляд (Betreuungsvertrag) з Kita або з денною нянею (Tagespflegeperson).
home-quick = Швидкий пошук
home-personal = Портал не замінює особистої розмови з Kita.

search-title = Пошук Kita і денних нянь
search-filters = Фільтри пошуку
search-filters-change = Змінити фільтри
error-prefix = Помилка:
field-kind = Вид догляду
kind-any = Усі варіанти
kind-kita = Kita
kind-ktp = Денна няня (Kindertagespflege)
field-birth-date = Дата народження дитини
field-birth-date-hint = Можна й до народження дитини: тоді вкажіть очікувану дату пологів (errechneter Geburtstermin).
field-start = Бажаний початок догляду
field-start-hint = Якщо нічого не вказати: { $date } (початок року в Kita, Kita-Jahr).
field-hours = Годин на тиждень
hours-any = Неважливо
hours-option = { $hours } год
field-near = Місце (адреса)
field-near-hint = Вулиця в { $name } (напр. Bahnhofstraße) або координати «широта,довгота».
field-radius-km = Радіус, км
field-q = Текст для пошуку
field-q-hint = Назва, організація (Träger), вулиця або концепція
field-provider = Організація (Träger)
field-concept = Педагогічна концепція
any-option = Усі
field-free-only = Лише з вільними місцями
field-sort = Сортування
sort-distance = Відстань
sort-free-places = Вільні місця
sort-name = Назва
field-page = Сторінка
field-per-page = Результатів на сторінці
field-query = Пошуковий запит
search-submit = Шукати
search-results = { $total ->
    [0] Нічого не знайдено
    [one] Знайдено { $total } варіант
    [few] Знайдено { $total } варіанти
    [many] Знайдено { $total } варіантів
   *[other] Знайдено { $total } варіанта
}
search-none = З цими фільтрами нічого не знайдено. Спробуйте менше фільтрів або більший радіус.
search-error-title = Будь ласка, перевірте введені дані
result-free = { $count ->
    [0] Зараз немає вільних місць
    [one] { $count } вільне місце
    [few] { $count } вільні місця
    [many] { $count } вільних місць
   *[other] { $count } вільного місця
}
result-free-at = на { $date }
result-distance = Відстань: { $km } км
result-hours = Годин на тиждень: { $hours }
result-ages = Вік: { $ages }
result-concepts = Концепція: { $concepts }
pagination = Сторінки
pagination-prev = Попередня сторінка
pagination-next = Наступна сторінка
pagination-page = Сторінка { $page } з { $pages }

facility-provider = Організація (Träger)
facility-address = Адреса
facility-contact = Контакт
facility-phone = Телефон
facility-email = Ел. пошта
facility-opening = Години роботи
facility-groups = Типи груп
facility-ages = Вік дітей
facility-hours = Годин на тиждень
facility-concepts = Педагогічна концепція
facility-about = Про нас
facility-criteria = Критерії прийому (Aufnahmekriterien)
facility-criteria-intro = Місця розподіляють за цими опублікованими критеріями. Чим більше балів, тим вище дитина у списку очікування. Якщо балів однаково, вирішує дата запису (Vormerkung).
facility-points = { $points ->
    [one] { $points } бал
    [few] { $points } бали
    [many] { $points } балів
   *[other] { $points } бала
}
facility-places = Вільні місця
facility-places-start = Початок
facility-places-band = Вікова група
facility-places-free = Вільно
facility-places-none = Зараз вільних місць немає. Але записати дитину (Vormerkung) все одно можна.
band-u3 = до 3 років
band-ue3 = від 3 років
facility-map = Розташування
facility-map-label = План: місце на території громади (точка посередині — центр населеного пункту)
facility-map-open = Подивитися на OpenStreetMap
facility-coordinates = Координати: { $lat }, { $lon }
facility-back = Назад до пошуку

age-months = { $months ->
    [one] { $months } місяць
    [few] { $months } місяці
    [many] { $months } місяців
   *[other] { $months } місяця
}
age-years = { $years ->
    [one] { $years } рік
    [few] { $years } роки
    [many] { $years } років
   *[other] { $years } року
}
age-years-months = { $years ->
    [one] { $years } рік
    [few] { $years } роки
    [many] { $years } років
   *[other] { $years } року
} { $months ->
    [one] { $months } місяць
    [few] { $months } місяці
    [many] { $months } місяців
   *[other] { $months } місяця
}

footer-contact = Ваші контактні особи
footer-office = Відповідальна служба у справах дітей (Jugendamt)
contact-phone = Телефон: { $phone }
contact-email = Ел. пошта: { $email }
footer-demo = Контакти з позначкою «Демо» — це лише приклади для демонстрації.

error-not-found-title = Сторінку не знайдено
error-not-found = Такої сторінки немає. Можливо, посилання застаріле або в адресі є помилка.
error-bad-request-title = Неправильні дані
error-bad-request = У запиті є неправильні дані.
error-maintenance-title = Тимчасово не працює
error-maintenance = Портал цієї громади зараз оновлюють. Будь ласка, спробуйте ще раз через кілька хвилин. Ваші дані в безпеці.
error-internal-title = Сталася помилка
error-internal = На жаль, у нас сталася помилка. Ваші дані не втрачено. Будь ласка, спробуйте ще раз пізніше.
error-help = Якщо проблема не зникає, ми охоче Вам допоможемо:
error-back-home = На головну

err-kind = Будь ласка, виберіть «kita» або «ktp».
err-date-format = Будь ласка, вкажіть правильну дату, напр. 01.08.2027.
err-start-past = Початок догляду не може бути в минулому.
err-start-too-far = Початок догляду може бути не пізніше ніж через три роки.
err-birth-too-far = Дата народження може бути не пізніше ніж через десять місяців від сьогодні.
err-birth-too-old = Портал шукає догляд для дітей віком до 14 років.
err-birth-after-start = На бажаний початок догляду дитина вже має бути народжена. Будь ласка, виберіть пізніший початок.
err-not-a-number = Будь ласка, введіть ціле число.
err-number-range = Будь ласка, введіть число від { $min } до { $max }.
err-kita-hours = У Kita можна вибрати 25, 35 або 45 годин на тиждень.
err-near = Будь ласка, вкажіть місце як «широта,довгота» (напр. 52.2799,7.4400).
err-radius = Будь ласка, вкажіть радіус більше 0 і не більше { $max } км.
err-radius-needs-near = Щоб шукати в радіусі, нам потрібне місце (адреса).
err-boolean = Будь ласка, вкажіть «true» або «false».
err-sort = Будь ласка, сортуйте за «distance», «free_places» або «name».
err-sort-needs-near = Щоб сортувати за відстанню, нам потрібне місце (адреса).
err-text-too-long = Текст задовгий. Максимум символів: { $max }.
err-text-control = У тексті є недопустимі керівні символи.
search-location-used = Ми показуємо результати поблизу «{ $street }».
search-location-unknown = Вулицю «{ $place }» у { $name } ми не знайшли. Ми показуємо всі варіанти — без радіуса і без сортування за відстанню.
search-location-did-you-mean = Можливо, Ви мали на увазі:
err-query = Не вдалося прочитати пошуковий запит (один параметр повторюється або неправильний).
error-code = Код помилки { $status }

## Sign-in, selection, account (issue 4)
nav-selection = { $count ->
    [0] Мій вибір
    [one] Мій вибір ({ $count })
    [few] Мій вибір ({ $count })
    [many] Мій вибір ({ $count })
   *[other] Мій вибір ({ $count })
}
nav-account = Мій кабінет
nav-menu = Меню
nav-office = Jugendamt
nav-login = Увійти
nav-logout = Вийти
select-button = Вибрати Kita/KTP
select-button-label = Вибрати Kita/KTP: { $name }
select-done = Вибрано ✓ – відкрити «Мій вибір»
select-done-count = Вибрано ✓ – { $count } з { $max } у «Мій вибір»
select-full = Ваш вибір повний ({ $max } з { $max }) – замінити варіант
selection-title = Мій вибір
selection-intro = Виберіть до { $max } дитячих садків (Kita) або денних нянь (Kindertagespflege). Порядок — це Ваш пріоритет: угорі те місце, яке Ви хочете найбільше.
selection-empty = Ви ще нічого не вибрали. Знайдіть варіанти і виберіть їх кнопкою «Вибрати Kita/KTP».
selection-up-label = { $name } вище
selection-down-label = { $name } нижче
selection-remove-label = Видалити { $name }
selection-remove = Видалити
selection-order = Кожен заклад бачить лише, що Ваша дитина записана до нього, — а не те, куди ще Ви її записали.
register-title = Записати дитину
register-login-first = Щоб записати дитину, увійдіть на портал. Ваш вибір при цьому збережеться.
register-family-first = Спершу вкажіть дані сім’ї
register-child-first = Спершу додайте дитину
register-child = Дитина
register-note = Повідомлення для закладу (необов’язково)
register-criteria-legend = Які критерії прийому (Aufnahmekriterien) цього закладу стосуються Вашої сім’ї?
register-criteria-hint = Необов’язково. Заклад перевірить Ваші дані. Підтвердження (напр. довідку від роботодавця, Arbeitgeberbescheinigung) Ви можете завантажити на портал після запису в розділі «Документи».
register-submit = { $count ->
    [one] Записати в { $count } варіант
    [few] Записати в { $count } варіанти
    [many] Записати в { $count } варіантів
   *[other] Записати в { $count } варіанта
}
account-title = Мій кабінет
inbox-link = { $count ->
    [0] Повідомлення
    [one] Повідомлення ({ $count } непрочитане)
    [few] Повідомлення ({ $count } непрочитані)
    [many] Повідомлення ({ $count } непрочитаних)
   *[other] Повідомлення ({ $count } непрочитаного)
}
account-family = Сім’я
account-family-edit = Змінити контакти
account-child-add = Додати дитину
child-born = дата народження: { $date }
child-expected = очікувана дата пологів: { $date }
account-no-registrations = Ще немає жодного запису.
registration-start = Початок: { $date }
registration-rank = Пріоритет { $rank }
registration-waiting = { $count ->
    [1] У списку очікування на цей початок: лише Ваша дитина
    [one] У списку очікування на цей початок: { $count } дитина
    [few] У списку очікування на цей початок: { $count } дитини
    [many] У списку очікування на цей початок: { $count } дітей
   *[other] У списку очікування на цей початок: { $count } дитини
}
registration-history = Історія
withdraw-link = Скасувати запис
family-title = Дані сім’ї
family-intro = Ці дані потрібні Kita в { $name }, щоб зв’язатися з Вами. Ви можете змінити їх будь-коли.
family-first_name = Ім’я
family-last_name = Прізвище
family-street = Вулиця і номер будинку
family-postcode = Поштовий індекс
family-city = Населений пункт
family-phone = Телефон
family-email = Ел. пошта
family-language = Бажана мова
family-guardian2 = Другий з батьків (необов’язково)
family-guardian2_first_name = Ім’я
family-guardian2_last_name = Прізвище
family-guardian2_phone = Телефон
family-guardian2_email = Ел. пошта
save = Зберегти
child-title = Додати дитину
child-birth-date = Дата народження
child-birth-hint = Дитина ще не народилася? Тоді залиште дату народження порожньою і вкажіть очікувану дату пологів.
child-expected-date = Очікувана дата пологів
child-save = Зберегти дані дитини
withdraw-title = Скасувати запис
withdraw-question = Ви справді хочете скасувати запис (Vormerkung) дитини { $child } у { $facility } (початок: { $date })?
withdraw-consequence = Тоді Вашої дитини більше не буде у списку очікування цього закладу. Цю дію не можна відмінити. Але Ви можете записати дитину знову.
withdraw-confirm = Так, скасувати запис
withdraw-cancel = Ні, назад
withdraw-not-possible = Цей запис уже не можна скасувати (статус: { $status }).
give-back-link = Відмовитися від місця
give-back-title = Відмовитися від місця
give-back-question = Ви справді хочете відмовитися від прийнятого місця для дитини { $child } у { $facility } (початок: { $date })?
give-back-consequence = Місце знову стане вільним, і його може отримати інша дитина. Цю дію не можна відмінити. Якщо Ви вже уклали договір про догляд (Betreuungsvertrag), розірвіть його, будь ласка, ще й окремо в закладі.
give-back-confirm = Так, відмовитися
inbox-title = Повідомлення
inbox-empty = Ще немає повідомлень.
inbox-new = Нове

notice-added = Варіант додано до «Мій вибір».
notice-removed = Варіант видалено з «Мій вибір».
notice-moved = Порядок змінено.
notice-full = Ви вже вибрали найбільшу можливу кількість варіантів. Щоб вибрати інший, спершу видаліть один.
notice-already = Цей варіант уже вибрано.
notice-registered = Вашу дитину записано. Усі записи Ви бачите тут. Про кожну зміну Ви отримаєте повідомлення.
notice-registered-some = { $count ->
    [one] Збережено { $count } запис. Для інших варіантів ще чогось бракує:
    [few] Збережено { $count } записи. Для інших варіантів ще чогось бракує:
    [many] Збережено { $count } записів. Для інших варіантів ще чогось бракує:
   *[other] Збережено { $count } запису. Для інших варіантів ще чогось бракує:
}
notice-abgemeldet = Ви вийшли з порталу. Якщо цим пристроєм користуються й інші люди, закрийте, будь ласка, ще й вікно браузера.
notice-withdrawn = Запис скасовано.
notice-contract-accepted = Ви прийняли договір про догляд (Betreuungsvertrag). Місце закріплене договором. Заклад отримав повідомлення.
contract-open-link = Переглянути і прийняти договір
signing-title = Договір про догляд (Betreuungsvertrag) для дитини { $child }
signing-facility = Заклад
signing-start = Початок
signing-settling = Адаптація (Eingewöhnung) з { $date }
signing-times = Час догляду
signing-times-value = з понеділка по п’ятницю, з { $from } до { $until } ({ $hours } год на тиждень)
signing-group = Група
signing-pdf = Прочитати весь договір (PDF, версія { $version })
signing-online-title = Прийняти договір онлайн
signing-login-again-text = Для безпеки перед прийняттям договору ще раз увійдіть через службу входу. Потім Ви повернетеся сюди.
signing-login-again = Увійти ще раз
signing-confirm-label = Я прочитав(-ла) договір про догляд (Betreuungsvertrag, версія { $version }) з { $facility } і приймаю його як обов’язковий для мене.
signing-button = Прийняти договір остаточно
signing-hint = Портал збереже, хто прийняв договір, коли і яку версію. Тоді Вам не потрібно нічого друкувати чи завантажувати.
signing-or-upload = Ви також можете роздрукувати договір, підписати його і завантажити на портал:
signing-paper = Будь ласка, роздрукуйте договір, підпишіть його і завантажте на портал:
notice-family-saved = Дані Вашої сім’ї збережено.
notice-family-copied = Дані сім’ї та дітей перенесено. Будь ласка, перевірте їх у розділі «Змінити контакти», особливо адресу.
copy-title = Перенести дані сім’ї?
copy-intro = Ви вже зареєстровані в іншій громаді округу. Ви можете перенести звідти дані сім’ї та дітей у { $name }, щоб не вводити їх знову.
copy-button = Перенести з { $from }
copy-hint = Переносяться лише дані сім’ї та дітей. Записи, повідомлення і документи залишаються у своїй громаді. Дані зберігаються в цій громаді, а не в центральній базі.
field-copy-from = Перенести з
err-copy-source = З цієї громади ми не можемо перенести дані сім’ї.
rule-family-exists = У цій громаді у Вас уже є дані сім’ї. Вони не будуть перезаписані.
elsewhere-title = Ваші записи в інших громадах
elsewhere-intro = Ви також зареєстровані в цих громадах округу:
elsewhere-link = Мій кабінет у { $name }
notice-child-saved = Дані дитини збережено.

status-registered = Записано (у списку очікування)
status-offered = Є пропозиція місця
status-accepted = Місце прийнято
status-declined = Пропозицію відхилено
status-rejected = Відмова закладу
status-withdrawn = Запис скасовано
status-contracted = Договір про догляд укладено
status-expired = Строк пропозиції минув

msg-registered-subject = Запис у { $facility }
msg-registered-body = Дитину { $child } записано в { $facility } на початок { $start }. Дитина тепер у списку очікування. Ви отримаєте повідомлення, щойно щось зміниться.
msg-withdrawn-subject = Запис у { $facility } скасовано
msg-withdrawn-body = Ви скасували запис дитини { $child } у { $facility }.

error-csrf-title = Форма застаріла
error-csrf = Форма вже недійсна (перевірка безпеки). Будь ласка, оновіть сторінку і надішліть форму ще раз. Нічого не збережено.
error-unauthorized-title = Будь ласка, увійдіть
error-unauthorized = Для цієї дії потрібно увійти на портал.
login-cancelled-title = Вхід скасовано
login-cancelled = Ви скасували вхід. Ваш вибір збережено. Ви можете увійти знову будь-коли.
login-failed-title = Не вдалося увійти
login-failed = Не вдалося завершити вхід. Будь ласка, почніть ще раз кнопкою «Увійти».
error-provider-title = Служба входу не працює
error-provider = Центральна служба входу зараз недоступна. Будь ласка, спробуйте ще раз через кілька хвилин.
error-not-json-title = Неправильний формат
error-not-json = Запит має містити JSON (application/json).
error-rule-title = Зміна неможлива
rule-registration-limit = Вашу дитину вже записано в найбільшу можливу кількість варіантів. Спершу скасуйте один запис.
rule-registration-duplicate = Вашу дитину вже записано в цей варіант.
rule-registration-hours = Цей варіант не пропонує вибрану кількість годин догляду на тиждень.
rule-registration-age = На бажаний початок Ваша дитина не має того віку, у якому сюди приймають дітей.
rule-registration-not-active = Цей запис більше не активний.
rule-registration-facility = Такого варіанта в цій громаді немає.
rule-family-missing = Будь ласка, спершу вкажіть дані сім’ї.
rule-selection-full = Можна вибрати лише стільки варіантів, скільки дозволяє громада (зазвичай 5).
rule-other = Ця зміна неможлива.

err-required = Будь ласка, заповніть це поле.
err-email = Будь ласка, вкажіть правильну адресу ел. пошти (напр. name@beispiel.de).
err-phone = Будь ласка, вкажіть номер телефону цифрами (напр. 05451 123-45).
err-postcode = Будь ласка, вкажіть поштовий індекс із п’яти цифр.
err-language = Будь ласка, виберіть одну із запропонованих мов.
err-birth-or-expected = Будь ласка, вкажіть або дату народження, або очікувану дату пологів, але не обидві.
err-birth-missing = Будь ласка, вкажіть дату народження або — якщо дитина ще не народилася — очікувану дату пологів.
err-birth-future = Дата народження в майбутньому. Для ще не народженої дитини вкажіть, будь ласка, очікувану дату пологів.
err-expected-range = Очікувана дата пологів має бути не раніше ніж місяць тому і не пізніше ніж через десять місяців.
err-child = Будь ласка, виберіть одну зі своїх дітей.
err-facility = Такого варіанта в цій громаді немає.
err-json = Вміст не є правильним JSON потрібної форми.
err-action = Невідома дія.

field-first-name = Ім’я
field-last-name = Прізвище
field-street = Вулиця
field-postcode = Поштовий індекс
field-city = Населений пункт
field-phone = Телефон
field-email = Ел. пошта
field-language = Мова
field-guardian2-first-name = Ім’я (другий з батьків)
field-guardian2-last-name = Прізвище (другий з батьків)
field-guardian2-phone = Телефон (другий з батьків)
field-guardian2-email = Ел. пошта (другий з батьків)
field-expected-birth-date = Очікувана дата пологів
field-child-id = Дитина
field-facility-id = Варіант
field-facility-ids = Варіанти
field-rank = Пріоритет
field-note = Повідомлення
field-body = Текст
field-action = Дія

## E-mails
mail-subject-prefix = Kita-Portal { $portal }
mail-footer = Kita-Portal { $portal } – усі повідомлення є також у Вашому кабінеті.
    Питання? { $contact }, { $street }, { $postcode } { $city }, телефон { $phone }, { $email }

## Offers, answers, declines (issue 5)
msg-offered-subject = Пропозиція місця від { $facility }
msg-offered-body = Добра новина: { $facility } пропонує місце для дитини { $child }. Будь ласка, дайте відповідь у своєму кабінеті не пізніше { $date } (прийняти або відхилити). Якщо Ви не відповісте до цього строку, пропозиція пропаде, і місце отримає наступна дитина.
msg-rejected-subject = Відмова від { $facility }
msg-rejected-body = На жаль, { $facility } не може запропонувати місце для дитини { $child }. Причина: { $reason }. Примітка закладу: { $note }. Ваші інші записи залишаються чинними.
msg-accepted-subject = Місце в { $facility } прийнято
msg-accepted-body = Ви прийняли місце для дитини { $child } у { $facility }. Заклад зв’яжеться з Вами щодо договору про догляд (Betreuungsvertrag).
msg-auto-withdrawn-subject = Запис у { $facility } завершено
msg-auto-withdrawn-body = Ви прийняли місце для дитини { $child }. Тому запис у { $facility } скасовано автоматично. Заклад отримав повідомлення.
msg-declined-subject = Пропозицію місця від { $facility } відхилено
msg-declined-body = Ви відхилили пропозицію місця для дитини { $child } у { $facility }. Місце отримає наступна дитина зі списку очікування.
msg-offer-reminder-subject = Нагадування: дайте відповідь на пропозицію місця від { $facility } до { $date }
msg-offer-reminder-body = Пропозиція місця для дитини { $child } у { $facility } дійсна лише до { $date }. Будь ласка, прийміть або відхиліть її у своєму обліковому записі. Без відповіді вона втратить чинність, і місце отримає інша дитина.
msg-notice-subject = Рішення служби у справах молоді щодо { $child }
msg-notice-body = Служба у справах молоді (Jugendamt) надіслала Вам офіційне рішення щодо { $child }. Ви знайдете його у форматі PDF у своєму обліковому записі в розділі «Рішення».
account-notices-title = Рішення служби у справах молоді
account-notices-hint = Офіційні рішення у форматі PDF (німецькою). Будь ласка, збережіть їх: у них зазначено строки та порядок оскарження.
msg-expired-subject = Строк пропозиції місця від { $facility } минув
msg-expired-body = Пропозиція місця для дитини { $child } у { $facility } більше не дійсна, бо до кінця строку не надійшло відповіді. Якщо місце Вас ще цікавить, зверніться, будь ласка, до закладу.
msg-paper-subject = Запис у { $facility }
msg-paper-body = Заклад { $facility } вніс дитину { $child } до списку очікування на початок { $start }. З цією адресою ел. пошти Ви можете увійти на Kita-Portal і стежити за всім у своєму кабінеті.

reason-no_place = Немає вільних місць на бажаний початок
reason-age_band = Немає місця в цій віковій групі
reason-hours = Бажаної кількості годин догляду немає
reason-criteria = Інші діти мали перевагу за критеріями прийому
reason-other = Інша причина (див. примітку)

rule-registration-not-waiting = Цей запис уже не чекає на місце (на нього вже відповіли, або його скасовано).
rule-offer-no-place = Для цього початку, цієї вікової групи і цієї кількості годин вільних місць більше немає. Будь ласка, спершу внесіть вільні місця.
rule-offer-lock = Дитина зараз має відкриту пропозицію місця від іншого закладу. Поки діє блокування пропозицій служби у справах дітей (Angebotssperre des Jugendamts), цей запис на паузі.
rule-offer-not-open = Для цього запису немає (більше) відкритої пропозиції місця.
rule-offer-expired = Строк відповіді на цю пропозицію місця минув.
rule-capacity-exists = Для цього початку, цієї вікової групи і цієї кількості годин на тиждень уже є рядок. Будь ласка, змініть число в ньому. Нічого не збережено.
rule-registration-placed = Для Вашої дитини вже прийнято місце. Ще один запис неможливий. Якщо Ви хочете змінити місце, спершу відмовтеся від прийнятого місця.
rule-capacity-changed = Кількість вільних місць тим часом змінилася (напр. через пропозицію місця), і тоді число стало б меншим за нуль. Ось актуальні числа. Будь ласка, перевірте свою зміну і збережіть ще раз. Нічого не збережено.
rule-criterion-unknown = У цьому закладі немає такого критерію прийому.
error-forbidden-title = Немає доступу
error-forbidden = З Вашим обліковим записом цю сторінку відкрити не можна. Якщо Ви маєте тут працювати, попросіть свою службу у справах дітей (Jugendamt) дати Вам цю роль.

notice-accepted = Ви прийняли місце. Інші відкриті записи цієї дитини (якщо вони були) скасовано, а заклади отримали повідомлення.
notice-refused = Ви відхилили пропозицію місця.
account-offer = Пропозиція місця: дайте відповідь не пізніше { $date }
offer-banner-title = { $count ->
    [one] { $count } пропозиція місця чекає на Вашу відповідь
    [few] { $count } пропозиції місця чекають на Вашу відповідь
    [many] { $count } пропозицій місця чекають на Вашу відповідь
   *[other] { $count } пропозиції місця чекають на Вашу відповідь
}
offer-banner-text = { $facility } пропонує місце для дитини { $child }. Будь ласка, дайте відповідь не пізніше { $date }.
nav-alerts = { $offers ->
    [0] {""}
    [one] { $offers } відкрита пропозиція місця
    [few] { $offers } відкриті пропозиції місця
    [many] { $offers } відкритих пропозицій місця
   *[other] { $offers } відкритої пропозиції місця
}{ $offers ->
    [0] {""}
   *[other] { $messages ->
        [0] {""}
       *[other] , {""}
    }
}{ $messages ->
    [0] {""}
    [one] { $messages } нове повідомлення
    [few] { $messages } нові повідомлення
    [many] { $messages } нових повідомлень
   *[other] { $messages } нового повідомлення
}
inbox-answer-offer = До пропозиції
inbox-to-registration = До запису
account-accept = Прийняти місце
account-refuse = Відхилити пропозицію
account-criteria = Враховані критерії прийому
account-declared = Ваші дані щодо критеріїв прийому
declared-pending = заклад перевіряє
declared-confirmed = підтверджено
declared-not-confirmed = не підтверджено
account-reason = Причина відмови
accept-title = Прийняти місце
refuse-title = Відхилити пропозицію місця
accept-question = Ви хочете прийняти місце для дитини { $child } у { $facility } з { $date }?
refuse-question = Ви справді хочете відхилити пропозицію місця для дитини { $child } у { $facility }?
answer-later = Вирішити пізніше, назад до кабінету
answer-deadline = Відповісти не пізніше: { $date }
accept-others = { $count ->
    [1] Якщо Ви приймете місце, цей інший запис дитини буде скасовано:
    [one] Якщо Ви приймете місце, буде скасовано { $count } інший запис дитини:
    [few] Якщо Ви приймете місце, буде скасовано { $count } інші записи дитини:
    [many] Якщо Ви приймете місце, буде скасовано { $count } інших записів дитини:
   *[other] Якщо Ви приймете місце, буде скасовано { $count } іншого запису дитини:
}
refuse-consequence = Тоді місце отримає наступна дитина. Ваші інші записи залишаються чинними.
accept-confirm = Так, прийняти місце
refuse-confirm = Так, відхилити
answer-not-open = Для цього запису немає відкритої пропозиції місця (статус: { $status }).
footer-staff = Для закладів і Jugendamt

## Facility desk
desk-title = Робоче місце
child-first_name = Ім’я дитини
child-last_name = Прізвище дитини
field-answer-by = Відповідь до
field-place-start = Вільне з
field-reason = Причина
field-child-first-name = Ім’я дитини
field-child-last-name = Прізвище дитини
field-answer-by-short = Строк
field-from = Початок з (РРРР-ММ)
field-to = Початок до (РРРР-ММ)
err-answer-by = Строк відповіді має бути пізніше сьогоднішнього дня, але не більше ніж через { $days } дн.
err-reason = Будь ласка, виберіть причину зі списку.
err-reason-note = Будь ласка, поясніть іншу причину в повідомленні для сім’ї (обов’язково, якщо вибрано «Інша причина»).
err-too-many = Забагато пунктів. Максимум: { $max }.
err-age-band = Будь ласка, виберіть «до 3 років» або «від 3 років».
err-criterion = Невідомий критерій.
err-month = Будь ласка, вкажіть місяць, напр. 08/2027.
err-month-order = Останній місяць раніше за перший. Будь ласка, поміняйте ці два місяці місцями.

## Office
err-period = Кінець періоду раніше за його початок.
err-day = Будь ласка, вкажіть дату у форматі ДД.ММ.РРРР (напр. 01.08.2027).

## Documents (issue 6)
doc-section = Документи
doc-none = Ще немає документів.
doc-version = Версія { $version }
doc-kind-contract = Договір про догляд (Betreuungsvertrag)
doc-kind-signed = Підписаний договір
doc-kind-need = Підтвердження потреби в 45 годинах на тиждень (Bedarfsnachweis)
doc-kind-urgency = Підтвердження терміновості
doc-kind-other = Інший документ
doc-by-parent = від сім’ї
doc-by-facility = від закладу
doc-page-title = Документи для дитини { $child }
doc-link = Документи
doc-upload-title = Завантажити документ на портал
doc-kind-label = Вид документа
doc-file-label = Файл (PDF, JPEG або PNG)
doc-upload-hint = Можна завантажувати файли PDF, JPEG і PNG розміром до { $mb } МБ.
doc-upload-button = Завантажити
doc-notice-uploaded = Документ збережено. Заклад отримав повідомлення.
doc-parent-contract-hint = Коли заклад надасть договір про догляд (Betreuungsvertrag), Ви побачите його тут. Скачайте його, підпишіть і завантажте підписаний договір на портал як «Підписаний договір».
doc-contracted = Договір про догляд підтверджено.
field-care-from = Догляд щодня з (час)
field-care-until = Догляд щодня до (час)
field-group = Група (необов’язково)
field-settling-in = Початок адаптації (Eingewöhnung)
account-contracts = Договір про догляд
upload-refused-title = Файл не прийнято
upload-empty = Файл порожній. Будь ласка, виберіть файл із вмістом.
upload-too-large = Файл більший за 10 МБ. Будь ласка, зменште його (напр. відскануйте як PDF з меншою роздільною здатністю).
upload-wrong-type = Це не файл PDF, JPEG чи PNG. Портал перевіряє вміст файлу, а не його назву.
upload-bad-name = У назві файлу не можна використовувати скісні риски (/ \) і керівні символи. Назва має бути не довшою за 200 символів.
upload-missing = Будь ласка, виберіть файл.
upload-one-file = Будь ласка, завантажуйте по одному файлу.
upload-unreadable = Файл надійшов не повністю. Будь ласка, спробуйте ще раз.
upload-kind = Будь ласка, виберіть вид документа зі списку.
error-documents-title = Сховище документів недоступне
error-documents = Сховище документів зараз недоступне. Нічого не збережено. Будь ласка, спробуйте ще раз через кілька хвилин.
error-database-title = База даних недоступна
error-database = Kita-Portal зараз не може зв'язатися зі своєю базою даних. Усе, що було збережено раніше, залишається. Будь ласка, спробуйте ще раз за хвилину.
rule-contract-not-accepted = Договір з’являється лише тоді, коли сім’я прийняла місце.
rule-contract-not-signed = Будь ласка, спершу завантажте на портал підписаний договір (або зачекайте, поки сім’я його завантажить).
rule-contract-missing = Підписаний договір можна завантажити лише тоді, коли заклад створив договір і місце прийнято.
rule-contract-confirmed = Договір уже підтверджено.
rule-online-contract-off = У цій громаді договір не можна прийняти онлайн. Будь ласка, роздрукуйте його, підпишіть і завантажте на портал.
rule-contract-changed = Тим часом заклад створив нову версію договору. Будь ласка, прочитайте нову версію, перш ніж її приймати.
rule-reauthenticate = Для безпеки, будь ласка, увійдіть ще раз, перш ніж приймати договір.
err-time = Будь ласка, вкажіть час, напр. 7:30 або 14:00.
err-time-range = Будь ласка, вкажіть час з { $from } до { $until }.
err-time-order = Кінець догляду має бути пізніше за початок.
err-time-short = За п’ять днів із цим часом виходить менше, ніж узгоджені { $hours } год на тиждень. Будь ласка, збільште щоденний час догляду.
err-date = Будь ласка, вкажіть дату, напр. 01.08.2027.
err-date-past = Ця дата вже минула.
err-settling = Адаптація починається не раніше початку догляду ({ $start }) і не пізніше { $last }.
err-accept-confirm = Будь ласка, підтвердьте, що Ви прочитали договір і приймаєте його.
status-contract_created = Договір про догляд надано
status-contract_signed = Підписаний договір збережено
msg-contract-created-subject = Договір про догляд для дитини { $child } у { $facility }
msg-contract-created-body = Заклад { $facility } надав договір про догляд (Betreuungsvertrag) для дитини { $child }. Ви знайдете його у своєму кабінеті в розділі «Документи». Будь ласка, скачайте його, підпишіть і завантажте підписаний договір туди ж на портал.
msg-contract-signed-subject = Підписаний договір для дитини { $child } збережено
msg-contract-signed-body = Заклад { $facility } зберіг на порталі підписаний договір про догляд (Betreuungsvertrag) для дитини { $child }. Ви знайдете його у своєму кабінеті в розділі «Документи».
msg-contracted-subject = Договір про догляд для дитини { $child } підтверджено
msg-contracted-body = Заклад { $facility } підтвердив договір про догляд (Betreuungsvertrag) для дитини { $child }. Місце закріплене договором. Договір є у Вашому кабінеті.
msg-contract-accepted-subject = Договір про догляд для дитини { $child } прийнято
msg-contract-accepted-body = Ви прийняли онлайн договір про догляд (Betreuungsvertrag) для дитини { $child } у { $facility }. Місце закріплене договором. Договір є у Вашому кабінеті.
msg-retention-deleted-subject = Запис дитини { $child } видалено
msg-retention-deleted-body = Ваш запис (Vormerkung) дитини { $child } у { $facility } видалено. Причина: на нього не відповіли, а строк зберігання (Aufbewahrungsfrist) минув. Якщо Ви ще шукаєте місце, будь ласка, запишіть дитину знову.
export-link = Скачати всі мої дані (ZIP)
export-hint = Архів містить усі дані про Вашу сім’ю, Ваших дітей, записи і повідомлення, а також усі документи.
delete-link = Видалити кабінет і дані
delete-title = Видалити кабінет і дані
delete-lead = Тут Ви видаляєте все, що Kita-Portal { $municipality } зберігає про Вашу сім’ю.
delete-what = Буде видалено Ваші дані, дані Ваших дітей, усі записи (також пропозиції місць і прийняті місця) та Ваші повідомлення.
delete-documents = { $count ->
    [1] Ваш завантажений документ буде видалено.
    [one] Буде видалено { $count } Ваш документ.
    [few] Буде видалено { $count } Ваші документи.
    [many] Буде видалено { $count } Ваших документів.
   *[other] Буде видалено { $count } Вашого документа.
}
delete-export-first = якщо хочете зберегти свої дані, скачайте їх перед видаленням.
delete-confirm-label = Так, я хочу остаточно видалити свої дані на цьому порталі.
delete-confirm-missing = Будь ласка, поставте позначку, щоб підтвердити видалення.
delete-button = Видалити остаточно
doc-parent-sign-hint = Скачайте договір про догляд (Betreuungsvertrag), підпишіть його і завантажте підписаний договір сюди як «Підписаний договір». Потім заклад його підтвердить.
doc-kind-measles = Підтвердження захисту від кору (Masernschutz)
doc-kind-proof = Підтвердження критерію прийому
delete-documents-none = Ви не завантажували документів.
delete-kept-count = { $count ->
        [1] Один підтверджений договір про догляд (Betreuungsvertrag) залишиться.
        [one] { $count } документ підтверджених договорів про догляд (Betreuungsvertrag) залишиться.
        [few] { $count } документи підтверджених договорів про догляд (Betreuungsvertrag) залишаться.
        [many] { $count } документів підтверджених договорів про догляд (Betreuungsvertrag) залишиться.
       *[other] { $count } документа підтверджених договорів про догляд (Betreuungsvertrag) залишиться.
    } Заклад мусить зберігати такі документи { $years ->
        [one] { $years } рік
        [few] { $years } роки
        [many] { $years } років
       *[other] { $years } року
    }, потім їх буде видалено.
delete-contract-note = Видалення не розриває договір про догляд. Щоб розірвати договір (Kündigung), напишіть, будь ласка, письмово закладу.
deleted-title = Ваші дані видалено
deleted-lead = Усе, що Kita-Portal { $municipality } зберігав про Вашу сім’ю, видалено.
deleted-kept = { $count ->
    [1] Заклад зберігає один документ підтвердженого договору про догляд (Betreuungsvertrag). Якщо маєте питання, зверніться до закладу або до служби у справах дітей (Jugendamt).
    [one] Заклад зберігає { $count } документ підтверджених договорів про догляд (Betreuungsvertrag). Якщо маєте питання, зверніться до закладу або до служби у справах дітей (Jugendamt).
    [few] Заклад зберігає { $count } документи підтверджених договорів про догляд (Betreuungsvertrag). Якщо маєте питання, зверніться до закладу або до служби у справах дітей (Jugendamt).
    [many] Заклад зберігає { $count } документів підтверджених договорів про догляд (Betreuungsvertrag). Якщо маєте питання, зверніться до закладу або до служби у справах дітей (Jugendamt).
   *[other] Заклад зберігає { $count } документа підтверджених договорів про догляд (Betreuungsvertrag). Якщо маєте питання, зверніться до закладу або до служби у справах дітей (Jugendamt).
}
deleted-signout = Ви вийшли з Kita-Portal. Вийдіть також зі служби входу округу, щоб ніхто не зміг зайти у Ваш кабінет на цьому пристрої без пароля.
deleted-signout-button = Вийти зі служби входу
deleted-home = На головну
upload-need-hours = Підтвердження потреби (Bedarfsnachweis) потрібне лише для 45 годин на тиждень.

## Maintenance mode (issue 7)
read-only-banner-title = Технічні роботи:
read-only-banner = Ви можете все переглядати, але зараз нічого не можна змінити чи надіслати. Будь ласка, спробуйте пізніше.
error-read-only-title = Зараз зміни неможливі
error-read-only = На Kita-Portal зараз технічні роботи. Ви можете все переглядати, але нічого не можна змінити. Те, що Ви ввели, не збережено. Будь ласка, спробуйте пізніше.
doc-remove = Видалити
doc-remove-label = Видалити { $name }
doc-notice-removed = Документ видалено.
rule-document-contract = Договори про догляд і підписані договори видалити не можна: вони належать також закладу.

# Addresses checked against the municipality's lists (issue 16)
address-check-title = Будь ласка, перевірте свою адресу
address-check-hint = Поки що нічого не збережено. Виправте адресу або підтвердьте нижче, що вона правильна (напр. тому, що Ви скоро переїжджаєте).
address-confirm = Адреса правильна.
address-postcode-elsewhere = Поштовий індекс { $postcode } не належить до { $name } (там індекси: { $postcodes }).
address-street-close = Вулиці «{ $street }» у { $name } ми не знаємо. Можливо, Ви мали на увазі { $suggestions }?
address-street-unknown = Вулиці «{ $street }» немає в переліку вулиць { $name }.
form-mistakes = { $count ->
    [1] Будь ласка, виправте це поле:
    [one] Будь ласка, виправте { $count } поле:
    [few] Будь ласка, виправте { $count } поля:
    [many] Будь ласка, виправте { $count } полів:
   *[other] Будь ласка, виправте { $count } поля:
}

## Allocation rounds (issue 17)
rule-round-no-places = Для цієї дати початку не внесено вільних місць.
rule-round-open-exists = Для цієї дати початку вже є відкритий раунд розподілу.
rule-round-published = Цей раунд опубліковано, змінити його вже не можна.
rule-round-not-run = Будь ласка, спершу запустіть пробний розподіл.
rule-round-stale = Після пробного розподілу змінилися записи, критерії або вільні місця. Нічого не опубліковано. Будь ласка, запустіть новий пробний розподіл і перевірте результат.
calendar-next-label = Наступна дата процедури розподілу:
calendar-next-deadline = Останній день реєстрації, { $date } (для початку з { $start }).
calendar-next-matching = День розподілу місць, { $date } (для початку з { $start }).
calendar-next-answer = Кінець строку для відповіді, { $date } (для початку з { $start }).
calendar-next-second = Другий раунд розподілу, { $date } (для початку з { $start }).
err-start-closed = Для початку між { $from } і { $until } строк реєстрації закінчився { $deadline }. Будь ласка, оберіть пізніший початок або зверніться до служби у справах молоді (Jugendamt).
rule-case-closed = Цю справу вже закрито.
rule-proposal-decided = Щодо цієї пропозиції вже ухвалено рішення.
rule-proposal-withdrawn = Ця пропозиція більше не діє: справу закрито, або дитина вже має місце чи більше не чекає.
msg-round-result-subject = Розподіл місць (Vergaberunde)
msg-round-result-body = Служба у справах дітей (Jugendamt) розподілила вільні місця в раунді розподілу (Vergaberunde).
msg-round-result-placed-subject = Розподіл місць на { $start }: місце для дитини { $child }
msg-round-result-placed-body = Служба у справах дітей (Jugendamt) розподілила вільні місця на { $start } у раунді розподілу (Vergaberunde). Кожна дитина отримує найкраще місце зі свого списку бажань, яке вона може отримати за критеріями прийому закладів. Ось рішення для дитини { $child }:

    { $lines }

    Якщо Ви приймете місце, Ваші записи з вищим пріоритетом залишаться чинними: якщо там пізніше звільниться місце, наступний раунд ще може перевести дитину { $child } туди. Записи з нижчим пріоритетом тоді буде скасовано.
msg-round-result-unplaced-subject = Розподіл місць на { $start }: поки що немає місця для дитини { $child }
msg-round-result-unplaced-body = Служба у справах дітей (Jugendamt) розподілила вільні місця на { $start } у раунді розподілу (Vergaberunde). Цього разу для дитини { $child } місця не було. Ось рішення:

    { $lines }

    Ваші записи залишаються чинними: місця, які звільняться, розподілять у наступному раунді. Служба у справах дітей ({ $office }) також порадить Вам щодо денних нянь (Kindertagespflege) та інших закладів.
round-line-placed = Бажання № { $rank } – { $facility }: місце запропоновано. Пропозицію Ви знайдете у своєму кабінеті.
round-line-inadmissible = Бажання № { $rank } – { $facility }: заклад не може прийняти Вашу дитину ({ $reason }).
round-line-no-places = Бажання № { $rank } – { $facility }: не було вільних місць для дітей { $band }.
round-line-full = Бажання № { $rank } – { $facility }: { $capacity ->
        [one] { $capacity } місце
        [few] { $capacity } місця
        [many] { $capacity } місць
       *[other] { $capacity } місця
    } для дітей { $band }; останнє місце отримала дитина з { $cutoff ->
        [one] { $cutoff } балом
        [few] { $cutoff } балами
        [many] { $cutoff } балами
       *[other] { $cutoff } бала
    } (запис від { $cutoff_date }). Ваша дитина: { $points ->
        [one] { $points } бал
        [few] { $points } бали
        [many] { $points } балів
       *[other] { $points } бала
    }{ $criteria }, запис від { $date }.
round-why-link = Чому такий результат? (розподіл місць)
round-why-inbox = Усі повідомлення

## The cover letter of the care contract, in the family's language (issue 18)
cover-title = Ваш договір про догляд (Betreuungsvertrag) для { $child }
cover-intro = Заклад { $facility } пропонує дитині { $child } місце з { $start }, { $hours } год на тиждень. Договір про догляд — на наступних сторінках.
cover-german = Договір написано німецькою мовою: юридично діє тільки німецький текст. Ця сторінка пояснює його Вашою мовою; вона не є частиною договору.
cover-what-title = Що написано в договорі
cover-what = Хто укладає договір (Ви та засновник закладу, Träger), з якого дня і скільки годин доглядають за Вашою дитиною, період адаптації (Eingewöhnung), Ваші обов'язки (наприклад, довідка про щеплення від кору, Masernschutz) і розірвання (Kündigung): за чотири тижні до кінця місяця. Внески батьків (Elternbeiträge) встановлює служба у справах дітей (Jugendamt); їх немає в договорі.
cover-next-title = Що робити зараз
cover-next = Прочитайте договір. Підпишіть його і завантажте на портал у Ваш кабінет або віддайте в заклад. На питання про договір відповідає { $facility }. Допомогу можна отримати і в службі у справах дітей (Jugendamt): { $office }.

## The read-me inside the data export (ZIP); file and field names stay as they are (issue 18)
export-readme =
    Ваші дані з Kita-Portal
    =======================

    Цей файл пояснює, що є в архіві.

    familie.json
      Усе, що портал у цьому місті або цій громаді зберіг про Вашу сім’ю, у форматі, який може
      читати комп’ютер (JSON). Файл можна відкрити в будь-якому текстовому редакторі.
      - family: Ваші дані (ім’я, адреса, телефон, ел. пошта, мова, друга особа з правом опіки)
      - children: Ваші діти з датою народження або очікуваною датою народження
      - registrations: Ваші записи до списків очікування (Vormerkung): заклад (facility), початок
        (start_date), годин на тиждень (hours), Ваш пріоритет (rank), Ваше повідомлення закладу (note),
        статус (status), історія (history) і критерії прийому, які врахував заклад (criteria)
      - messages: повідомлення у Вашій поштовій скриньці на порталі
      - documents: дані про Ваші документи (назва файлу, розмір, контрольна сума SHA-256, дата і час)

    Що означають статуси (status):
      registered = у списку очікування (Vormerkung)    offered = є пропозиція місця
      accepted   = місце прийнято                      declined = Ви відхилили пропозицію
      rejected   = відмова закладу                     withdrawn = запис скасовано
      contracted = договір про догляд укладено         expired = строк пропозиції минув
      contract_created = договір про догляд надано     contract_signed = підписаний договір збережено

    Інші дані:
      place_band: ue3 = місце для дітей від 3 років, u3 = місце для дітей до 3 років
      actor (в історії): parent = Ви, facility = заклад, office = служба у справах дітей (Jugendamt),
        system = портал
      origin: online = через портал, paper = на папері, подано в заклад
      Час із "Z" або "+00:00" вказано за всесвітнім координованим часом (UTC). У Німеччині годинник
      показує на одну годину більше (влітку на дві години більше).

    dokumente/
      Ваші документи: договір про догляд (Betreuungsvertrag), підписаний договір, підтвердження потреби
      (Bedarfsnachweis), підтвердження терміновості (Dringlichkeitsnachweis), підтвердження захисту від
      кору (Masernschutz). "v2" означає другу версію того самого документа.

    На запитання відповідає служба у справах дітей (Jugendamt) Вашого міста або Вашої громади.
    Контакти є на кожній сторінці порталу.
conv-title = Повідомлення щодо реєстрації
conv-back = Назад
conv-intro = Тут родина і заклад листуються щодо цієї реєстрації. Інша сторона отримує лист про те, що надійшло повідомлення, без його змісту.
conv-intro-office = Служба у справах молоді читає листування (це протоколюється) і тут не пише.
conv-empty = Повідомлень ще немає.
conv-from-family = Родина
conv-from-facility = Заклад
conv-field = Ваше повідомлення
conv-hint = Не більше 5000 знаків, не більше 20 повідомлень на день.
conv-send = Надіслати повідомлення
conv-link = Написати закладу
conv-notice-gesendet = Повідомлення надіслано.
conv-err-empty = Будь ласка, напишіть повідомлення.
conv-err-long = Повідомлення задовге: не більше { $max } знаків.
rule-conversation-closed = Щодо цієї реєстрації більше не можна писати повідомлення, бо вона вже не активна.
rule-conversation-limit = Сьогодні щодо цієї реєстрації вже написано 20 повідомлень. Будь ласка, напишіть завтра.
msg-conversation-subject = Нове повідомлення від { $facility }
msg-conversation-body = { $facility } написав(-ла) Вам щодо реєстрації { $child }. Прочитати повідомлення можна на порталі: { $path }

# Admission talk (issue 21)
conv-messages = Повідомлення
conv-notice-gebucht = Зустріч призначено. Файл календаря надійде й електронною поштою.
conv-notice-abgesagt = Зустріч скасовано. Іншу сторону повідомлено.
talk-title = Співбесіда при прийомі
talk-intro-family = Заклад запрошує вас на особисту розмову. Будь ласка, оберіть час.
talk-none-yet = Заклад ще не запропонував час для співбесіди. Ви дізнаєтеся про це тут.
talk-booked = Зустріч: { $at } до { $until }
talk-slot = { $at } до { $until }
talk-mode-place = На місці
talk-mode-phone = Телефоном
talk-mode-video = Відеозв’язком
talk-ics = Додати до календаря (.ics)
talk-pick = Обрати цей час
talk-move = Перенести на цей час
talk-other-hint = Жоден час не підходить? Напишіть закладу повідомлення нижче й попросіть інший час.
talk-cancel-summary = Скасувати зустріч
talk-cancel-field = Причина скасування
talk-cancel-hint = Причина з’явиться як повідомлення в цьому листуванні. Обидві сторони отримають лист.
talk-cancel = Скасувати зустріч
talk-err-pick = Будь ласка, оберіть один із запропонованих часів.
talk-err-reason = Будь ласка, напишіть, чому ви скасовуєте зустріч.
rule-talk-taken = Цей час уже зайнятий або минув. Будь ласка, оберіть інший.
rule-talk-same = Цей час уже заброньовано для вас.
rule-talk-none = Зустріч не призначено.
rule-talk-too-many = Уже запропоновано п’ять часів. Спершу відкличте один.
rule-talk-overlap = Час перетинається з іншою зустріччю закладу.
msg-talk-offered-subject = Час для співбесіди в { $facility }
msg-talk-offered-body = { $facility } запрошує вас на співбесіду щодо { $child }. Будь ласка, оберіть час на порталі Kita: { $path }
msg-talk-booked-subject = Співбесіда { $at }
msg-talk-booked-body = Співбесіда щодо { $child } у { $facility } відбудеться { $at }. Файл календаря додано до цього листа. Перенести або скасувати: { $path }
msg-talk-cancelled-subject = Співбесіду { $at } скасовано
msg-talk-cancelled-body = Співбесіду щодо { $child } у { $facility } { $at } скасовано. Причину ви прочитаєте на порталі Kita: { $path }
account-talk-booked = Співбесіда: { $at }
account-talk-open = Час для співбесіди: будь ласка, оберіть
doc-kind-attachment = Вкладення до повідомлення
conv-attachment = Вкладення: { $name }
conv-file = Додати файл (за бажанням)
conv-file-hint = PDF, JPEG або PNG, не більше 10 МБ.
msg-announcement-subject = Нове оголошення від { $facility }
msg-announcement-body = { $facility } надіслав оголошення всім сім’ям зі списку очікування. Прочитайте його у вхідних на порталі Kita: { $path }
rule-announcement-nobody = На цю дату початку в списку очікування немає жодної сім’ї.
rule-talk-past = Співбесіда вже почалася або відбулася; її більше не можна перенести чи скасувати.
