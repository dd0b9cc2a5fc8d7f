# STEP – Russian message catalogue for families (translated from de/family.ftl): every text a family reads
# (public pages, sign-in, selection, family, children, registrations, account, inbox, offers, documents, e-mails, errors).
# Each family language has this file with the same ids and placeables (checked by the tests).
# Terms: Kita = детский сад (Kita); Kindertagespflege = дневная няня (Kindertagespflege); Angebot (search result) = вариант;
# Platzangebot = предложение места; Vormerkung = запись в список ожидания; Betreuungsvertrag = договор об уходе;
# Jugendamt = ведомство по делам молодёжи (Jugendamt); Träger = учредитель; Konto = личный кабинет.
# Russian plural categories: one (1, 21, 31 …), few (2–4, 22–24 …), many (0, 5–20, 25–30 …), other (fractions).
# Where the German [one] text has no number ("nur Ihr Kind"), an exact [1] variant comes first, because [one] also matches 21, 31 …

district-name = Kreis Steinfurt
site-name = Портал детских садов
skip-link = Перейти к содержанию
# This language named in itself, and its writing direction (ltr or rtl).
language-name = Русский
language-direction = ltr
nav-main = Главное меню
language-switch = Язык
nav-home = Главная
nav-search = Поиск мест
nav-district = Все города и общины
demo-mark = Демо
logo-alt = Логотип: { $name }

landing-title = Портал детских садов (Kita-Portal) в Kreis Steinfurt
landing-intro = Здесь родители находят детские сады (Kita) и дневных нянь (Kindertagespflege) во всех 24 городах и общинах Kreis Steinfurt. Можно выбрать до пяти вариантов и записать ребёнка.
landing-choose = Выберите, где Вы живёте
landing-office = Ведомство по делам молодёжи (Jugendamt): { $office }

home-title = Портал детских садов: { $name }
home-intro = Найдите место для Вашего ребёнка в { $name } – в детском саду (Kita) или у дневной няни (Kindertagespflege).
home-count = { $count ->
    [one] { $count } вариант в { $name }
    [few] { $count } варианта в { $name }
    [many] { $count } вариантов в { $name }
   *[other] { $count } варианта в { $name }
}
home-steps = Как это работает
step-1-title = 1. Искать
step-1-text = Ищите детские сады и дневных нянь по Вашим пожеланиям: дата начала, часы в неделю, возраст, расстояние, учредитель (Träger) и педагогическая концепция.
step-2-title = 2. Выбрать
step-2-text = Нажмите «Выбрать» у подходящих вариантов (максимум { $max }). Это можно сделать ещё до входа в систему.
step-3-title = 3. Записать
step-3-text = Войдите в систему и запишите ребёнка в выбранные варианты (Vormerkung). Тогда Ваш ребёнок будет в их списках ожидания.
step-4-title = 4. Договор
step-4-text = Обо всех изменениях Вы узнаете в личном кабинете. Когда Вам подтвердят место (Platzzusage), Вы заключаете договор об уходе за ребёнком (Betreuungsvertrag) с детским садом или дневной няней.
home-quick = Быстрый поиск
home-personal = Портал не заменяет личный разговор с детским садом.

search-title = Поиск мест
search-filters = Фильтры поиска
search-filters-change = Изменить фильтры
error-prefix = Ошибка:
field-kind = Вид ухода
kind-any = Все варианты
kind-kita = Детский сад (Kita)
kind-ktp = Дневная няня (Kindertagespflege)
field-birth-date = Дата рождения ребёнка
field-birth-date-hint = Можно и до рождения: тогда укажите предполагаемую дату родов.
field-start = Желаемая дата начала
field-start-hint = Если Вы ничего не укажете: { $date } (начало года в детском саду).
field-hours = Часов в неделю
hours-any = Любое количество
hours-option = { $hours } ч в неделю
field-near = Местоположение
field-near-hint = Улица в { $name } (например, Bahnhofstraße) или координаты «широта,долгота».
field-radius-km = Радиус в км
field-q = Поиск по тексту
field-q-hint = Название, учредитель, улица или концепция
field-provider = Учредитель
field-concept = Педагогическая концепция
any-option = Все
field-free-only = Только со свободными местами
field-sort = Сортировка
sort-distance = По расстоянию
sort-free-places = По свободным местам
sort-name = По названию
field-page = Страница
field-per-page = Результатов на странице
field-query = Поисковый запрос
search-submit = Найти
search-results = { $total ->
    [0] Ничего не найдено
    [one] Найден { $total } вариант
    [few] Найдено { $total } варианта
    [many] Найдено { $total } вариантов
   *[other] Найдено { $total } варианта
}
search-none = С этими фильтрами ничего не найдено. Уберите часть фильтров или выберите больший радиус.
search-error-title = Пожалуйста, проверьте, что Вы ввели
result-free = { $count ->
    [0] Сейчас нет свободных мест
    [one] { $count } свободное место
    [few] { $count } свободных места
    [many] { $count } свободных мест
   *[other] { $count } свободного места
}
result-free-at = на { $date }
result-distance = Расстояние: { $km } км
result-hours = Часов в неделю: { $hours }
result-ages = Возраст: { $ages }
result-concepts = Концепция: { $concepts }
pagination = Страницы
pagination-prev = Предыдущая страница
pagination-next = Следующая страница
pagination-page = Страница { $page } из { $pages }

facility-provider = Учредитель (Träger)
facility-address = Адрес
facility-contact = Контакт
facility-phone = Телефон
facility-email = E-mail
facility-opening = Часы работы
facility-groups = Типы групп (Gruppenformen)
facility-ages = Возраст детей
facility-hours = Часов в неделю
facility-concepts = Педагогическая концепция
facility-about = О нас
facility-criteria = Критерии приёма (Aufnahmekriterien)
facility-criteria-intro = Места распределяют по этим опубликованным критериям. Чем больше баллов, тем выше ребёнок в списке ожидания. Если баллов поровну, решает дата записи в список ожидания (Vormerkung).
facility-points = { $points ->
    [one] { $points } балл
    [few] { $points } балла
    [many] { $points } баллов
   *[other] { $points } балла
}
facility-places = Свободные места
facility-places-start = Начало
facility-places-band = Возрастная группа
facility-places-free = Свободно
facility-places-none = Сейчас свободных мест нет. Но записаться в список ожидания всё равно можно.
band-u3 = младше 3 лет
band-ue3 = от 3 лет
facility-map = Расположение
facility-map-label = Карта: место на территории общины (точка в середине – центр населённого пункта)
facility-map-open = Открыть в OpenStreetMap
facility-coordinates = Координаты: { $lat }, { $lon }
facility-back = Назад к поиску

age-months = { $months ->
    [one] { $months } месяц
    [few] { $months } месяца
    [many] { $months } месяцев
   *[other] { $months } месяца
}
age-years = { $years ->
    [one] { $years } год
    [few] { $years } года
    [many] { $years } лет
   *[other] { $years } года
}
age-years-months = { $years ->
    [one] { $years } год
    [few] { $years } года
    [many] { $years } лет
   *[other] { $years } года
} { $months ->
    [one] { $months } месяц
    [few] { $months } месяца
    [many] { $months } месяцев
   *[other] { $months } месяца
}

footer-contact = Ваши контактные лица
footer-office = Ваше ведомство по делам молодёжи (Jugendamt)
contact-phone = Телефон: { $phone }
contact-email = E-mail: { $email }
footer-demo = Контакты с пометкой «Демо» – это только примеры для показа.

error-not-found-title = Страница не найдена
error-not-found = Такой страницы нет. Возможно, ссылка устарела или в адресе есть опечатка.
error-bad-request-title = Неверные данные
error-bad-request = В запросе есть неверные данные.
error-maintenance-title = Временно недоступно
error-maintenance = Портал этой общины сейчас обновляется. Пожалуйста, попробуйте снова через несколько минут. Ваши данные в безопасности.
error-internal-title = Произошла ошибка
error-internal = К сожалению, у нас произошла ошибка. Ваши данные не потеряны. Пожалуйста, попробуйте позже.
error-help = Если проблема останется, мы Вам поможем:
error-back-home = На главную

err-kind = Пожалуйста, выберите «kita» или «ktp».
err-date-format = Пожалуйста, укажите правильную дату, например 01.08.2027.
err-start-past = Дата начала ухода не может быть в прошлом.
err-start-too-far = Дата начала ухода может быть не позже чем через три года.
err-birth-too-far = Дата рождения может быть не позже чем через десять месяцев.
err-birth-too-old = Портал помогает найти уход для детей до 14 лет.
err-birth-after-start = К желаемой дате начала ребёнок должен уже родиться. Пожалуйста, выберите более позднюю дату начала.
err-not-a-number = Пожалуйста, введите целое число.
err-number-range = Пожалуйста, укажите число от { $min } до { $max }.
err-kita-hours = В детском саду можно выбрать 25, 35 или 45 часов в неделю.
err-near = Пожалуйста, укажите местоположение в виде «широта,долгота» (например, 52.2799,7.4400).
err-radius = Пожалуйста, укажите радиус больше 0 и не больше { $max } км.
err-radius-needs-near = Для поиска в радиусе нам нужно местоположение.
err-boolean = Пожалуйста, укажите «true» или «false».
err-sort = Пожалуйста, выберите сортировку «distance», «free_places» или «name».
err-sort-needs-near = Для сортировки по расстоянию нам нужно местоположение.
err-text-too-long = Текст слишком длинный. Максимум символов: { $max }.
err-text-control = В тексте есть недопустимые управляющие символы.
search-location-used = Мы показываем результаты рядом с «{ $street }».
search-location-unknown = Улицу «{ $place }» мы в { $name } не нашли. Мы показываем все варианты – без радиуса и без сортировки по расстоянию.
search-location-did-you-mean = Может быть, Вы имели в виду:
err-query = Не удалось прочитать поисковый запрос (параметр повторяется или неверный).
error-code = Код ошибки { $status }

## Sign-in, selection, account (issue 4)
nav-selection = { $count ->
    [0] Мой выбор
    [one] Мой выбор ({ $count })
    [few] Мой выбор ({ $count })
    [many] Мой выбор ({ $count })
   *[other] Мой выбор ({ $count })
}
nav-account = Личный кабинет
nav-menu = Меню
nav-office = Jugendamt
nav-login = Войти
nav-logout = Выйти
select-button = Выбрать
select-button-label = Выбрать: { $name }
select-done = Выбрано ✓ – перейти в «Мой выбор»
select-done-count = Выбрано ✓ – в «Мой выбор»: { $count } из { $max }
select-full = Ваш выбор заполнен ({ $max } из { $max }) – заменить вариант
selection-title = Мой выбор
selection-intro = Выберите детские сады (Kita) или дневных нянь (Kindertagespflege), максимум { $max }. Порядок – это Ваш приоритет: вверху стоит место, которое Вы хотите больше всего.
selection-empty = Вы ещё ничего не выбрали. Найдите варианты и нажмите «Выбрать».
selection-up-label = Переместить выше: { $name }
selection-down-label = Переместить ниже: { $name }
selection-remove-label = Удалить: { $name }
selection-remove = Удалить
selection-order = Учреждения видят только, что Ваш ребёнок записан к ним. Они не видят, куда ещё Вы его записали.
register-title = Записать ребёнка
register-login-first = Чтобы записать ребёнка, войдите в систему. Ваш выбор при этом сохранится.
register-family-first = Сначала укажите данные семьи
register-child-first = Сначала добавьте ребёнка
register-child = Ребёнок
register-note = Сообщение для учреждения (по желанию)
register-criteria-legend = Какие критерии приёма (Aufnahmekriterien) этого учреждения подходят для Вашей семьи?
register-criteria-hint = По желанию. Учреждение проверит Ваши данные. Подтверждения (например, справку от работодателя) Вы можете загрузить после записи в разделе «Документы».
register-submit = { $count ->
    [one] Записать в { $count } список ожидания
    [few] Записать в { $count } списка ожидания
    [many] Записать в { $count } списков ожидания
   *[other] Записать в { $count } списка ожидания
}
account-title = Личный кабинет
inbox-link = { $count ->
    [0] Сообщения
    [one] Сообщения ({ $count } непрочитанное)
    [few] Сообщения ({ $count } непрочитанных)
    [many] Сообщения ({ $count } непрочитанных)
   *[other] Сообщения ({ $count } непрочитанного)
}
account-family = Семья
account-family-edit = Изменить контактные данные
account-child-add = Добавить ребёнка
child-born = дата рождения: { $date }
child-expected = предполагаемая дата родов: { $date }
account-no-registrations = Записей пока нет.
registration-start = Начало: { $date }
registration-rank = Приоритет { $rank }
registration-waiting = { $count ->
    [1] В списке ожидания на эту дату начала: только Ваш ребёнок
    [one] В списке ожидания на эту дату начала: { $count } ребёнок
    [few] В списке ожидания на эту дату начала: { $count } ребёнка
    [many] В списке ожидания на эту дату начала: { $count } детей
   *[other] В списке ожидания на эту дату начала: { $count } ребёнка
}
registration-history = История
withdraw-link = Отменить запись
family-title = Данные семьи
family-intro = Эти данные нужны детскому саду в { $name }, чтобы связаться с Вами. Вы можете изменить их в любое время.
family-first_name = Имя
family-last_name = Фамилия
family-street = Улица и номер дома
family-postcode = Почтовый индекс
family-city = Населённый пункт
family-phone = Телефон
family-email = E-mail
family-language = Предпочитаемый язык
family-guardian2 = Второй родитель (по желанию)
family-guardian2_first_name = Имя
family-guardian2_last_name = Фамилия
family-guardian2_phone = Телефон
family-guardian2_email = E-mail
save = Сохранить
child-title = Добавить ребёнка
child-birth-date = Дата рождения
child-birth-hint = Ребёнок ещё не родился? Тогда оставьте дату рождения пустой и укажите предполагаемую дату родов.
child-expected-date = Предполагаемая дата родов
child-save = Сохранить данные ребёнка
withdraw-title = Отменить запись
withdraw-question = Вы действительно хотите отменить запись ребёнка { $child } в { $facility } (начало { $date })?
withdraw-consequence = Тогда Ваш ребёнок больше не будет в списке ожидания этого учреждения. Отменённую запись нельзя восстановить. Но Вы можете записать ребёнка заново.
withdraw-confirm = Да, отменить
withdraw-cancel = Нет, назад
withdraw-not-possible = Эту запись уже нельзя отменить (статус: { $status }).
give-back-link = Отказаться от места
give-back-title = Отказаться от места
give-back-question = Вы действительно хотите отказаться от места, которое Вы приняли для { $child } в { $facility } (начало { $date })?
give-back-consequence = Место снова станет свободным, и его может получить другой ребёнок. Отказ нельзя отменить. Если Вы уже заключили договор об уходе (Betreuungsvertrag), пожалуйста, дополнительно расторгните его в учреждении (Kündigung).
give-back-confirm = Да, отказаться от места
inbox-title = Сообщения
inbox-empty = Сообщений пока нет.
inbox-new = Новое

notice-added = Вариант добавлен в «Мой выбор».
notice-removed = Вариант удалён из списка «Мой выбор».
notice-moved = Порядок изменён.
notice-full = Вы уже выбрали максимальное число вариантов. Чтобы выбрать другой, сначала удалите один вариант.
notice-already = Этот вариант уже выбран.
notice-registered = Ваш ребёнок записан в список ожидания. Все записи Вы найдёте здесь. При каждом изменении Вы получите сообщение.
notice-registered-some = { $count ->
    [one] { $count } запись сохранена. Для остальных вариантов ещё чего-то не хватает:
    [few] { $count } записи сохранены. Для остальных вариантов ещё чего-то не хватает:
    [many] { $count } записей сохранено. Для остальных вариантов ещё чего-то не хватает:
   *[other] { $count } записи сохранено. Для остальных вариантов ещё чего-то не хватает:
}
notice-abgemeldet = Вы вышли из системы. Если этим устройством пользуются и другие люди, пожалуйста, закройте также окно браузера.
notice-withdrawn = Запись отменена.
notice-contract-accepted = Вы приняли договор об уходе (Betreuungsvertrag). Теперь место закреплено договором. Учреждение получило уведомление.
contract-open-link = Посмотреть и принять договор
signing-title = Договор об уходе (Betreuungsvertrag) для { $child }
signing-facility = Учреждение
signing-start = Начало
signing-settling = Адаптация (Eingewöhnung) с { $date }
signing-times = Время ухода
signing-times-value = с понедельника по пятницу, с { $from } до { $until } ({ $hours } ч в неделю)
signing-group = Группа
signing-pdf = Прочитать весь договор (PDF, версия { $version })
signing-online-title = Принять договор онлайн
signing-login-again-text = Для безопасности перед принятием договора войдите ещё раз через службу входа. После этого Вы вернётесь сюда.
signing-login-again = Войти снова
signing-confirm-label = Я прочитал(а) договор об уходе (Betreuungsvertrag, версия { $version }) с { $facility } и принимаю его. Это моё окончательное согласие, оно имеет юридическую силу (verbindlich).
signing-button = Принять договор окончательно
signing-hint = Система сохранит, кто принял договор, когда и какую версию. Вам не нужно ничего распечатывать или загружать.
signing-or-upload = Вы также можете распечатать договор, подписать его и загрузить:
signing-paper = Пожалуйста, распечатайте договор, подпишите его и загрузите:
notice-family-saved = Данные семьи сохранены.
notice-family-copied = Данные семьи и детей перенесены. Пожалуйста, проверьте их в разделе «Изменить контактные данные», особенно адрес.
copy-title = Перенести данные семьи?
copy-intro = Вы уже зарегистрированы в другой общине района. Вы можете перенести оттуда данные семьи и детей в { $name }. Тогда не нужно вводить их заново.
copy-button = Перенести из { $from }
copy-hint = Переносятся только данные семьи и детей. Записи, сообщения и документы остаются в прежней общине. Данные хранятся в этой общине, а не в общей центральной базе.
field-copy-from = Перенести из
err-copy-source = Из этой общины мы не можем перенести данные семьи.
rule-family-exists = У Вас уже есть данные семьи в этой общине. Мы их не заменим.
elsewhere-title = Ваши записи в других общинах
elsewhere-intro = Вы зарегистрированы также в этих общинах района:
elsewhere-link = Личный кабинет в { $name }
notice-child-saved = Данные ребёнка сохранены.

status-registered = В списке ожидания
status-offered = Получено предложение места
status-accepted = Место принято
status-declined = Вы отклонили предложение
status-rejected = Отказ учреждения
status-withdrawn = Запись отменена
status-contracted = Договор об уходе заключён
status-expired = Срок предложения истёк

msg-registered-subject = Запись в список ожидания: { $facility }
msg-registered-body = Ребёнок { $child } записан в список ожидания (Vormerkung): { $facility }, начало { $start }. Как только что-то изменится, Вы получите сообщение.
msg-withdrawn-subject = Запись отменена: { $facility }
msg-withdrawn-body = Вы отменили запись ребёнка { $child } в { $facility }.

error-csrf-title = Форма устарела
error-csrf = Форма больше не действительна (проверка безопасности). Пожалуйста, обновите страницу и отправьте форму ещё раз. Ничего не сохранено.
error-unauthorized-title = Пожалуйста, войдите
error-unauthorized = Для этого действия нужно войти в систему.
login-cancelled-title = Вход отменён
login-cancelled = Вы отменили вход. Ваш выбор сохранился. Вы можете войти снова в любое время.
login-failed-title = Вход не удался
login-failed = Не удалось завершить вход. Пожалуйста, начните снова через кнопку «Войти».
error-provider-title = Служба входа недоступна
error-provider = Центральная служба входа сейчас недоступна. Пожалуйста, попробуйте снова через несколько минут.
error-not-json-title = Неверный формат
error-not-json = Запрос должен содержать JSON (application/json).
error-rule-title = Изменение невозможно
rule-registration-limit = Ваш ребёнок уже записан в максимальное число вариантов. Сначала отмените одну запись.
rule-registration-duplicate = Ваш ребёнок уже записан в список ожидания этого варианта.
rule-registration-hours = Этот вариант не предлагает выбранное количество часов в неделю.
rule-registration-age = К желаемой дате начала возраст Вашего ребёнка не подходит для этого варианта.
rule-registration-not-active = Эта запись больше не активна.
rule-registration-facility = Такого варианта в этой общине нет.
rule-family-missing = Пожалуйста, сначала укажите данные семьи.
rule-selection-full = Можно выбрать не больше вариантов, чем разрешает община (обычно 5).
rule-other = Это изменение невозможно.

err-required = Пожалуйста, заполните это поле.
err-email = Пожалуйста, укажите правильный адрес e-mail (например, name@beispiel.de).
err-phone = Пожалуйста, укажите номер телефона цифрами (например, 05451 123-45).
err-postcode = Пожалуйста, укажите почтовый индекс из пяти цифр.
err-language = Пожалуйста, выберите один из предложенных языков.
err-birth-or-expected = Пожалуйста, укажите либо дату рождения, либо предполагаемую дату родов, но не обе даты.
err-birth-missing = Пожалуйста, укажите дату рождения или – если ребёнок ещё не родился – предполагаемую дату родов.
err-birth-future = Дата рождения в будущем. Если ребёнок ещё не родился, укажите, пожалуйста, предполагаемую дату родов.
err-expected-range = Предполагаемая дата родов должна быть не раньше чем месяц назад и не позже чем через десять месяцев.
err-child = Пожалуйста, выберите одного из Ваших детей.
err-facility = Такого варианта в этой общине нет.
err-json = Содержимое не является правильным JSON нужной формы.
err-action = Неизвестное действие.

field-first-name = Имя
field-last-name = Фамилия
field-street = Улица
field-postcode = Почтовый индекс
field-city = Населённый пункт
field-phone = Телефон
field-email = E-mail
field-language = Язык
field-guardian2-first-name = Имя (2-й родитель)
field-guardian2-last-name = Фамилия (2-й родитель)
field-guardian2-phone = Телефон (2-й родитель)
field-guardian2-email = E-mail (2-й родитель)
field-expected-birth-date = Предполагаемая дата родов
field-child-id = Ребёнок
field-facility-id = Вариант
field-facility-ids = Варианты
field-rank = Приоритет
field-note = Сообщение
field-body = Текст
field-action = Действие

## E-mails
mail-subject-prefix = Портал детских садов { $portal }
mail-footer = Портал детских садов { $portal } – все сообщения есть также в Вашем личном кабинете.
    Вопросы? { $contact }, { $street }, { $postcode } { $city }, телефон { $phone }, { $email }

## Offers, answers, declines (issue 5)
msg-offered-subject = Предложение места: { $facility }
msg-offered-body = Хорошая новость: { $facility } предлагает место для { $child }. Пожалуйста, ответьте в личном кабинете не позднее { $date } (принять или отклонить). Если Вы не ответите, предложение станет недействительным, и место получит следующий ребёнок.
msg-rejected-subject = Отказ: { $facility }
msg-rejected-body = К сожалению, { $facility } не может предложить место для { $child }. Причина: { $reason }. Комментарий учреждения: { $note }. Ваши другие записи остаются в силе.
msg-accepted-subject = Место принято: { $facility }
msg-accepted-body = Вы приняли место для { $child } в { $facility }. Учреждение свяжется с Вами по поводу договора об уходе (Betreuungsvertrag).
msg-auto-withdrawn-subject = Запись автоматически отменена: { $facility }
msg-auto-withdrawn-body = Вы приняли место для { $child }. Поэтому запись в { $facility } автоматически отменена. Учреждение получило уведомление.
msg-declined-subject = Предложение места отклонено: { $facility }
msg-declined-body = Вы отклонили предложение места для { $child } в { $facility }. Место получит следующий ребёнок из списка ожидания.
msg-offer-reminder-subject = Напоминание: ответьте на предложение места от { $facility } до { $date }
msg-offer-reminder-body = Предложение места для { $child } в { $facility } действует только до { $date }. Пожалуйста, примите или отклоните его в своём аккаунте. Без ответа оно потеряет силу, и место получит другой ребёнок.
msg-notice-subject = Решение ведомства по делам молодёжи о { $child }
msg-notice-body = Ведомство по делам молодёжи (Jugendamt) прислало Вам официальное решение о { $child }. Вы найдёте его в формате PDF в своём аккаунте в разделе «Решения».
account-notices-title = Решения ведомства по делам молодёжи
account-notices-hint = Официальные решения в формате PDF (на немецком). Пожалуйста, сохраните их: в них указаны сроки и порядок обжалования.
msg-expired-subject = Предложение места больше не действует: { $facility }
msg-expired-body = Предложение места для { $child } в { $facility } больше не действует, потому что до конца срока не было ответа. Если место Вам ещё интересно, пожалуйста, свяжитесь с учреждением.
msg-paper-subject = Запись в список ожидания: { $facility }
msg-paper-body = Учреждение { $facility } записало ребёнка { $child } в список ожидания (Vormerkung) на начало { $start }. С этим адресом e-mail Вы можете войти на портал детских садов (Kita-Portal) и следить за всем в личном кабинете.

reason-no_place = Нет свободных мест на желаемую дату начала
reason-age_band = Нет места в этой возрастной группе
reason-hours = Желаемое количество часов в неделю недоступно
reason-criteria = По критериям приёма у других детей был приоритет
reason-other = Другая причина (см. комментарий)

rule-registration-not-waiting = Эта запись больше не ждёт места (на неё уже ответили, или её отменили).
rule-offer-no-place = Для этой даты начала, этой возрастной группы и этого количества часов больше нет свободного места. Пожалуйста, сначала внесите свободные места.
rule-offer-lock = У ребёнка сейчас есть открытое предложение места от другого учреждения. Пока действует запрет ведомства по делам молодёжи на новые предложения (Angebotssperre), эта запись на паузе.
rule-offer-not-open = По этой записи нет (больше) открытого предложения места.
rule-offer-expired = Срок ответа на это предложение места истёк.
rule-capacity-exists = Для этой даты начала, этой возрастной группы и этого количества часов в неделю уже есть строка. Пожалуйста, измените число там. Ничего не сохранено.
rule-registration-placed = Вы уже приняли место для Вашего ребёнка. Ещё одна запись невозможна. Если Вы хотите сменить место, сначала откажитесь от принятого места.
rule-capacity-changed = Свободные места тем временем изменились (например, из-за предложения места), и одно число стало бы меньше нуля. Здесь показаны актуальные числа. Пожалуйста, проверьте Ваше изменение и сохраните ещё раз. Ничего не сохранено.
rule-criterion-unknown = Такого критерия приёма в этом учреждении нет.
error-forbidden-title = Нет доступа
error-forbidden = С Вашим аккаунтом нельзя открыть эту страницу. Если Вы должны здесь работать, попросите Ваше ведомство по делам молодёжи (Jugendamt) дать Вам эту роль.

notice-accepted = Вы приняли место. Другие открытые записи этого ребёнка (если они были) отменены, учреждения получили уведомление.
notice-refused = Вы отклонили предложение места.
account-offer = Предложение места: пожалуйста, ответьте не позднее { $date }
offer-banner-title = { $count ->
    [one] { $count } предложение места ждёт Вашего ответа
    [few] { $count } предложения места ждут Вашего ответа
    [many] { $count } предложений места ждут Вашего ответа
   *[other] { $count } предложения места ждут Вашего ответа
}
offer-banner-text = { $facility } предлагает место для { $child }. Пожалуйста, ответьте не позднее { $date }.
nav-alerts = { $offers ->
    [0] {""}
    [one] { $offers } открытое предложение места
    [few] { $offers } открытых предложения места
    [many] { $offers } открытых предложений места
   *[other] { $offers } открытого предложения места
}{ $offers ->
    [0] {""}
   *[other] { $messages ->
        [0] {""}
       *[other] , {""}
    }
}{ $messages ->
    [0] {""}
    [one] { $messages } новое сообщение
    [few] { $messages } новых сообщения
    [many] { $messages } новых сообщений
   *[other] { $messages } нового сообщения
}
inbox-answer-offer = К предложению
inbox-to-registration = К записи
account-accept = Принять место
account-refuse = Отклонить предложение
account-criteria = Учтённые критерии приёма
account-declared = Ваши данные по критериям приёма
declared-pending = учреждение проверяет
declared-confirmed = подтверждено
declared-not-confirmed = не подтверждено
account-reason = Причина отказа
accept-title = Принять место
refuse-title = Отклонить предложение места
accept-question = Вы хотите принять место для { $child } в { $facility } с { $date }?
refuse-question = Вы действительно хотите отклонить предложение места для { $child } в { $facility }?
answer-later = Решить позже, назад в личный кабинет
answer-deadline = Срок ответа: не позднее { $date }
accept-others = { $count ->
    [1] Если Вы примете место, будет отменена эта другая запись ребёнка:
    [one] Если Вы примете место, будет отменена { $count } другая запись ребёнка:
    [few] Если Вы примете место, будут отменены эти { $count } другие записи ребёнка:
    [many] Если Вы примете место, будут отменены эти { $count } других записей ребёнка:
   *[other] Если Вы примете место, будут отменены { $count } другой записи ребёнка:
}
refuse-consequence = Тогда место получит следующий ребёнок. Ваши другие записи остаются в силе.
accept-confirm = Да, принять место
refuse-confirm = Да, отклонить
answer-not-open = По этой записи нет открытого предложения места (статус: { $status }).
footer-staff = Для учреждений и ведомств по делам молодёжи

## Facility desk
desk-title = Рабочее место
child-first_name = Имя ребёнка
child-last_name = Фамилия ребёнка
field-answer-by = Ответ до
field-place-start = Свободно с
field-reason = Причина
field-child-first-name = Имя ребёнка
field-child-last-name = Фамилия ребёнка
field-answer-by-short = Срок
field-from = Начало с (ГГГГ-ММ)
field-to = Начало до (ГГГГ-ММ)
err-answer-by = Срок ответа должен быть позже сегодняшнего дня, но не позже чем через { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }.
err-reason = Пожалуйста, выберите причину из списка.
err-reason-note = Пожалуйста, объясните другую причину в сообщении для семьи (обязательно, если выбрана «Другая причина»).
err-too-many = Слишком много записей. Максимум: { $max }.
err-age-band = Пожалуйста, выберите «младше 3 лет» или «от 3 лет».
err-criterion = Неизвестный критерий.
err-month = Пожалуйста, укажите месяц, например 08/2027.
err-month-order = Последний месяц раньше первого. Пожалуйста, поменяйте эти два месяца местами.

## Office
err-period = Конец периода раньше его начала.
err-day = Пожалуйста, укажите дату в виде ДД.ММ.ГГГГ (например, 01.08.2027).

## Documents (issue 6)
doc-section = Документы
doc-none = Документов пока нет.
doc-version = Версия { $version }
doc-kind-contract = Договор об уходе (Betreuungsvertrag)
doc-kind-signed = Подписанный договор
doc-kind-need = Подтверждение потребности в 45 часах в неделю (Bedarfsnachweis)
doc-kind-urgency = Подтверждение срочности
doc-kind-other = Другой документ
doc-by-parent = от семьи
doc-by-facility = от учреждения
doc-page-title = Документы для { $child }
doc-link = Документы
doc-upload-title = Загрузить документ
doc-kind-label = Вид документа
doc-file-label = Файл (PDF, JPEG или PNG)
doc-upload-hint = Можно загружать файлы PDF, JPEG и PNG размером до { $mb } МБ.
doc-upload-button = Загрузить
doc-notice-uploaded = Документ сохранён. Учреждение получило уведомление.
doc-parent-contract-hint = Как только учреждение подготовит договор об уходе (Betreuungsvertrag), он появится здесь. Скачайте его, подпишите и загрузите подписанный договор как «Подписанный договор».
doc-contracted = Договор об уходе подтверждён.
field-care-from = Уход ежедневно с (время)
field-care-until = Уход ежедневно до (время)
field-group = Группа (по желанию)
field-settling-in = Начало адаптации (Eingewöhnung)
account-contracts = Договор об уходе
upload-refused-title = Файл не принят
upload-empty = Файл пустой. Пожалуйста, выберите файл с содержимым.
upload-too-large = Файл больше 10 МБ. Пожалуйста, уменьшите его (например, отсканируйте в PDF с меньшим разрешением).
upload-wrong-type = Это не файл PDF, JPEG или PNG. Мы проверяем содержимое файла, а не его название.
upload-bad-name = В названии файла не должно быть косой черты или управляющих символов. Название может быть длиной не больше 200 символов.
upload-missing = Пожалуйста, выберите файл.
upload-one-file = Пожалуйста, загружайте только один файл за раз.
upload-unreadable = Файл пришёл не полностью. Пожалуйста, попробуйте ещё раз.
upload-kind = Пожалуйста, выберите вид документа из списка.
error-documents-title = Хранилище документов недоступно
error-documents = Хранилище документов сейчас недоступно. Ничего не сохранено. Пожалуйста, попробуйте снова через несколько минут.
error-database-title = База данных недоступна
error-database = Портал детских садов сейчас не может связаться со своей базой данных. Всё, что было сохранено раньше, сохраняется. Пожалуйста, попробуйте снова через минуту.
rule-contract-not-accepted = Договор появляется только после того, как семья приняла место.
rule-contract-not-signed = Пожалуйста, сначала загрузите подписанный договор (или подождите, пока его загрузит семья).
rule-contract-missing = Подписанный договор можно загрузить, только когда учреждение подготовило договор и место принято.
rule-contract-confirmed = Договор уже подтверждён.
rule-online-contract-off = В этой общине договор нельзя принять онлайн. Пожалуйста, распечатайте его, подпишите и загрузите.
rule-contract-changed = Учреждение тем временем подготовило новую версию договора. Пожалуйста, прочитайте новую версию, прежде чем принять её.
rule-reauthenticate = Пожалуйста, для безопасности войдите ещё раз, прежде чем принять договор.
err-time = Пожалуйста, укажите время, например 7:30 или 14:00.
err-time-range = Пожалуйста, укажите время от { $from } до { $until }.
err-time-order = Конец времени ухода должен быть позже начала.
err-time-short = Пять дней с таким временем дают меньше, чем согласованные { $hours } ч в неделю. Пожалуйста, увеличьте ежедневное время ухода.
err-date = Пожалуйста, укажите дату, например 01.08.2027.
err-date-past = Эта дата в прошлом.
err-settling = Адаптация (Eingewöhnung) начинается не раньше начала ухода ({ $start }) и не позже { $last }.
err-accept-confirm = Пожалуйста, подтвердите, что Вы прочитали договор и принимаете его.
status-contract_created = Договор об уходе подготовлен
status-contract_signed = Подписанный договор загружен
msg-contract-created-subject = Договор об уходе для { $child }: { $facility }
msg-contract-created-body = Учреждение { $facility } подготовило договор об уходе (Betreuungsvertrag) для { $child }. Он находится в Вашем личном кабинете в разделе «Документы». Пожалуйста, скачайте его, подпишите и загрузите подписанный договор туда же.
msg-contract-signed-subject = Подписанный договор для { $child } загружен
msg-contract-signed-body = Учреждение { $facility } загрузило подписанный договор об уходе (Betreuungsvertrag) для { $child }. Он находится в Вашем личном кабинете в разделе «Документы».
msg-contracted-subject = Договор об уходе для { $child } подтверждён
msg-contracted-body = Учреждение { $facility } подтвердило договор об уходе (Betreuungsvertrag) для { $child }. Теперь место закреплено договором. Договор находится в Вашем личном кабинете.
msg-contract-accepted-subject = Договор об уходе для { $child } принят
msg-contract-accepted-body = Вы приняли онлайн договор об уходе (Betreuungsvertrag) для { $child } с учреждением { $facility }. Теперь место закреплено договором. Договор находится в Вашем личном кабинете.
msg-retention-deleted-subject = Запись для { $child } удалена
msg-retention-deleted-body = Ваша запись ребёнка { $child } в { $facility } удалена после окончания срока хранения, потому что на неё не было ответа. Если Вы всё ещё ищете место, пожалуйста, запишите ребёнка снова.
export-link = Скачать все мои данные (ZIP)
export-hint = Содержит все данные о Вашей семье, детях, записях и сообщениях, а также все документы.
delete-link = Удалить аккаунт и данные
delete-title = Удалить аккаунт и данные
delete-lead = Здесь Вы удаляете всё, что портал детских садов (Kita-Portal) { $municipality } хранит о Вашей семье.
delete-what = Будут удалены: Ваши данные, данные Ваших детей, все записи (также предложения мест и принятые места) и Ваши сообщения.
delete-documents = { $count ->
    [one] Будет удалён { $count } загруженный Вами документ.
    [few] Будут удалены { $count } загруженных Вами документа.
    [many] Будут удалены { $count } загруженных Вами документов.
   *[other] Будут удалены { $count } загруженного Вами документа.
}
delete-export-first = если Вы хотите сохранить свои данные, сначала скачайте их.
delete-confirm-label = Да, я хочу навсегда удалить свои данные на этом портале.
delete-confirm-missing = Пожалуйста, подтвердите удаление галочкой.
delete-button = Удалить навсегда
doc-parent-sign-hint = Скачайте договор об уходе (Betreuungsvertrag), подпишите его и загрузите подписанный договор здесь как «Подписанный договор». Потом учреждение его подтвердит.
doc-kind-measles = Подтверждение защиты от кори (Masernschutz)
doc-kind-proof = Подтверждение по критерию приёма
delete-documents-none = Вы не загружали документы.
delete-kept-count = { $count ->
    [1] Один подтверждённый договор об уходе (Betreuungsvertrag) сохранится.
    [one] { $count } документ подтверждённых договоров об уходе (Betreuungsvertrag) сохранится.
    [few] { $count } документа подтверждённых договоров об уходе (Betreuungsvertrag) сохранятся.
    [many] { $count } документов подтверждённых договоров об уходе (Betreuungsvertrag) сохранятся.
   *[other] { $count } документа подтверждённых договоров об уходе (Betreuungsvertrag) сохранятся.
} Учреждение обязано хранить такие документы { $years ->
    [one] { $years } год
    [few] { $years } года
    [many] { $years } лет
   *[other] { $years } года
}. После этого их удалят.
delete-contract-note = Удаление не расторгает договор об уходе. Чтобы расторгнуть договор (Kündigung), пожалуйста, сообщите об этом учреждению письменно.
deleted-title = Ваши данные удалены
deleted-lead = Всё, что портал детских садов (Kita-Portal) { $municipality } хранил о Вашей семье, удалено.
deleted-kept = { $count ->
    [1] Один документ подтверждённого договора об уходе (Betreuungsvertrag) хранит учреждение. На вопросы об этом ответит учреждение или ведомство по делам молодёжи (Jugendamt).
    [one] { $count } документ подтверждённых договоров об уходе (Betreuungsvertrag) хранит учреждение. На вопросы об этом ответит учреждение или ведомство по делам молодёжи (Jugendamt).
    [few] { $count } документа подтверждённых договоров об уходе (Betreuungsvertrag) хранит учреждение. На вопросы об этом ответит учреждение или ведомство по делам молодёжи (Jugendamt).
    [many] { $count } документов подтверждённых договоров об уходе (Betreuungsvertrag) хранит учреждение. На вопросы об этом ответит учреждение или ведомство по делам молодёжи (Jugendamt).
   *[other] { $count } документа подтверждённых договоров об уходе (Betreuungsvertrag) хранит учреждение. На вопросы об этом ответит учреждение или ведомство по делам молодёжи (Jugendamt).
}
deleted-signout = Вы вышли из портала детских садов. Выйдите также из общей службы входа Kreis Steinfurt. Тогда на этом устройстве никто не сможет войти в Ваш аккаунт без пароля.
deleted-signout-button = Выйти из службы входа
deleted-home = На главную
upload-need-hours = Подтверждение потребности (Bedarfsnachweis) нужно только для 45 часов в неделю.

## Maintenance mode (issue 7)
read-only-banner-title = Технические работы:
read-only-banner = Вы можете всё смотреть, но сейчас ничего не можете изменить или отправить. Пожалуйста, попробуйте позже.
error-read-only-title = Сейчас изменения невозможны
error-read-only = На портале детских садов идут технические работы. Вы можете всё смотреть, но ничего не можете изменить. То, что Вы ввели, не сохранено. Пожалуйста, попробуйте позже.
doc-remove = Удалить
doc-remove-label = Удалить: { $name }
doc-notice-removed = Документ удалён.
rule-document-contract = Договоры об уходе и подписанные договоры нельзя удалить: они принадлежат также учреждению.

# Addresses checked against the municipality's lists (issue 16)
address-check-title = Пожалуйста, проверьте адрес
address-check-hint = Пока ничего не сохранено. Исправьте адрес или подтвердите ниже, что он верный (например, потому что Вы скоро переезжаете).
address-confirm = Адрес верный.
address-postcode-elsewhere = Почтовый индекс { $postcode } не подходит для { $name } (там индексы: { $postcodes }).
address-street-close = Улицу «{ $street }» мы в { $name } не знаем. Может быть, Вы имели в виду { $suggestions }?
address-street-unknown = Улицы «{ $street }» нет в списке улиц { $name }.
form-mistakes = { $count ->
    [1] Пожалуйста, исправьте это поле:
    [one] Пожалуйста, исправьте { $count } поле:
    [few] Пожалуйста, исправьте эти { $count } поля:
    [many] Пожалуйста, исправьте эти { $count } полей:
   *[other] Пожалуйста, исправьте { $count } поля:
}

## Allocation rounds (issue 17)
rule-round-no-places = На эту дату начала нет свободных мест.
rule-round-open-exists = Для этой даты начала уже есть открытый раунд распределения.
rule-round-published = Этот раунд опубликован, его больше нельзя изменить.
rule-round-not-run = Пожалуйста, сначала сделайте пробный запуск.
rule-round-stale = После пробного запуска изменились записи, критерии или свободные места. Ничего не опубликовано. Пожалуйста, сделайте новый пробный запуск и проверьте результат.
calendar-next-label = Следующая дата процедуры распределения:
calendar-next-deadline = Последний день записи, { $date } (для начала с { $start }).
calendar-next-matching = День распределения мест, { $date } (для начала с { $start }).
calendar-next-answer = Конец срока для ответа, { $date } (для начала с { $start }).
calendar-next-second = Второй раунд распределения, { $date } (для начала с { $start }).
err-start-closed = Для начала между { $from } и { $until } срок записи закончился { $deadline }. Пожалуйста, выберите более позднее начало или обратитесь в ведомство по делам молодёжи (Jugendamt).
rule-case-closed = Это дело уже закрыто.
rule-proposal-decided = По этому предложению уже принято решение.
rule-proposal-withdrawn = Это предложение больше не действует: дело закрыто, или у ребёнка уже есть место, или он больше не ждёт.
msg-round-result-subject = Раунд распределения мест (Vergaberunde)
msg-round-result-body = Ведомство по делам молодёжи (Jugendamt) распределило свободные места в раунде распределения (Vergaberunde).
msg-round-result-placed-subject = Раунд распределения на { $start }: есть место для { $child }
msg-round-result-placed-body = Ведомство по делам молодёжи (Jugendamt) распределило свободные места на { $start } в раунде распределения (Vergaberunde). Каждый ребёнок получает лучшее место из своего списка пожеланий, которое он может получить по критериям приёма учреждений. Вот решение для { $child }:

    { $lines }

    Если Вы примете место, Ваши пожелания с более высоким приоритетом остаются в силе: если там позже освободится место, { $child } может попасть туда в следующем раунде. Пожелания с более низким приоритетом тогда будут отменены.
msg-round-result-unplaced-subject = Раунд распределения на { $start }: пока нет места для { $child }
msg-round-result-unplaced-body = Ведомство по делам молодёжи (Jugendamt) распределило свободные места на { $start } в раунде распределения (Vergaberunde). Для { $child } в этот раз места не было. Вот решение:

    { $lines }

    Ваши записи остаются в силе: места, которые освободятся, распределят в следующем раунде. Ведомство по делам молодёжи ({ $office }) также проконсультирует Вас о дневных нянях (Kindertagespflege) и о других учреждениях.
round-line-placed = Приоритет { $rank } – { $facility }: место предложено. Предложение есть в Вашем личном кабинете.
round-line-inadmissible = Приоритет { $rank } – { $facility }: учреждение не может принять Вашего ребёнка ({ $reason }).
round-line-no-places = Приоритет { $rank } – { $facility }: не было свободных мест для детей { $band }.
round-line-full = Приоритет { $rank } – { $facility }: { $capacity ->
        [one] { $capacity } место
        [few] { $capacity } места
        [many] { $capacity } мест
       *[other] { $capacity } места
    } для детей { $band }. Последнее место получил ребёнок с { $cutoff ->
        [one] { $cutoff } баллом
        [few] { $cutoff } баллами
        [many] { $cutoff } баллами
       *[other] { $cutoff } балла
    } (дата записи: { $cutoff_date }). Ваш ребёнок: { $points ->
        [one] { $points } балл
        [few] { $points } балла
        [many] { $points } баллов
       *[other] { $points } балла
    }{ $criteria }, дата записи: { $date }.
round-why-link = Почему такой результат? (раунд распределения)
round-why-inbox = Все сообщения

## The cover letter of the care contract, in the family's language (issue 18)
cover-title = Ваш договор об уходе (Betreuungsvertrag) для { $child }
cover-intro = Учреждение { $facility } предлагает ребёнку { $child } место с { $start }, { $hours } ч в неделю. Договор об уходе — на следующих страницах.
cover-german = Договор написан на немецком языке: юридически действует только немецкий текст. Эта страница объясняет его на Вашем языке; она не является частью договора.
cover-what-title = Что написано в договоре
cover-what = Кто заключает договор (Вы и организация-учредитель, Träger), с какого дня и сколько часов за Вашим ребёнком ухаживают, период адаптации (Eingewöhnung), Ваши обязанности (например, справка о прививке от кори, Masernschutz) и расторжение (Kündigung): за четыре недели до конца месяца. Взносы родителей (Elternbeiträge) устанавливает ведомство по делам молодёжи (Jugendamt); их нет в договоре.
cover-next-title = Что делать сейчас
cover-next = Прочитайте договор. Подпишите его и загрузите в личный кабинет или отдайте в учреждение. На вопросы о договоре отвечает { $facility }. Помощь можно получить и в ведомстве по делам молодёжи (Jugendamt): { $office }.

## The read-me inside the data export (ZIP); file and field names stay as they are (issue 18)
export-readme =
    Ваши данные с портала детских садов
    ===================================

    Этот файл объясняет, что находится в архиве.

    familie.json
      Всё, что портал в этом городе или этой общине сохранил о Вашей семье, в формате, который может
      читать компьютер (JSON). Файл можно открыть в любом текстовом редакторе.
      - family: Ваши данные (имя, адрес, телефон, e-mail, язык, второй человек с правом опеки)
      - children: Ваши дети с датой рождения или ожидаемой датой рождения
      - registrations: Ваши записи в списки ожидания (Vormerkung): учреждение (facility), начало
        (start_date), часов в неделю (hours), Ваш приоритет (rank), Ваше сообщение учреждению (note),
        статус (status), история (history) и критерии приёма, которые учло учреждение (criteria)
      - messages: сообщения в Вашем почтовом ящике на портале
      - documents: сведения о Ваших документах (имя файла, размер, контрольная сумма SHA-256, дата
        и время)

    Что означают статусы (status):
      registered = в списке ожидания (Vormerkung)        offered = получено предложение места
      accepted   = место принято                         declined = Вы отклонили предложение
      rejected   = отказ учреждения                      withdrawn = запись отменена
      contracted = договор об уходе заключён             expired = срок предложения истёк
      contract_created = договор об уходе подготовлен    contract_signed = подписанный договор загружен

    Другие сведения:
      place_band: ue3 = место для детей от 3 лет, u3 = место для детей младше 3 лет
      actor (в истории): parent = Вы, facility = учреждение, office = ведомство по делам молодёжи
        (Jugendamt), system = портал
      origin: online = через портал, paper = на бумаге, сдано в учреждение
      Время с "Z" или "+00:00" указано по всемирному координированному времени (UTC). В Германии
      часы показывают на один час больше (летом на два часа больше).

    dokumente/
      Ваши документы: договор об уходе (Betreuungsvertrag), подписанный договор, подтверждение
      потребности (Bedarfsnachweis), подтверждение срочности (Dringlichkeitsnachweis), подтверждение
      защиты от кори (Masernschutz). "v2" означает вторую версию того же документа.

    На вопросы ответит ведомство по делам молодёжи (Jugendamt) Вашего города или Вашей общины.
    Контакты есть на каждой странице портала.
conv-title = Сообщения по записи
conv-back = Назад
conv-intro = Здесь семья и учреждение переписываются по этой записи. Другая сторона получает письмо о том, что пришло сообщение, без его содержания.
conv-intro-office = Ведомство по делам молодёжи читает переписку (это протоколируется) и здесь не пишет.
conv-empty = Сообщений пока нет.
conv-from-family = Семья
conv-from-facility = Учреждение
conv-field = Ваше сообщение
conv-hint = Не более 5000 знаков, не более 20 сообщений в день.
conv-send = Отправить сообщение
conv-link = Написать учреждению
conv-notice-gesendet = Сообщение отправлено.
conv-err-empty = Пожалуйста, напишите сообщение.
conv-err-long = Сообщение слишком длинное: не более { $max } знаков.
rule-conversation-closed = По этой записи больше нельзя писать сообщения, потому что она не активна.
rule-conversation-limit = Сегодня по этой записи уже написано 20 сообщений. Пожалуйста, напишите завтра.
msg-conversation-subject = Новое сообщение от { $facility }
msg-conversation-body = { $facility } написало Вам по записи { $child }. Прочитать сообщение можно на портале: { $path }

# Admission talk (issue 21)
conv-messages = Сообщения
conv-notice-gebucht = Встреча назначена. Файл календаря придёт и по электронной почте.
conv-notice-abgesagt = Встреча отменена. Другая сторона уведомлена.
talk-title = Собеседование при приёме
talk-intro-family = Учреждение приглашает вас на личную беседу. Пожалуйста, выберите время.
talk-none-yet = Учреждение ещё не предложило время для собеседования. Вы узнаете об этом здесь.
talk-booked = Встреча: { $at } до { $until }
talk-slot = { $at } до { $until }
talk-mode-place = На месте
talk-mode-phone = По телефону
talk-mode-video = По видеосвязи
talk-ics = Добавить в календарь (.ics)
talk-pick = Выбрать это время
talk-move = Перенести на это время
talk-other-hint = Ни одно время не подходит? Напишите учреждению сообщение ниже и попросите другое время.
talk-cancel-summary = Отменить встречу
talk-cancel-field = Причина отмены
talk-cancel-hint = Причина появится как сообщение в этой переписке. Обе стороны получат письмо.
talk-cancel = Отменить встречу
talk-err-pick = Пожалуйста, выберите одно из предложенных времён.
talk-err-reason = Пожалуйста, напишите, почему вы отменяете встречу.
rule-talk-taken = Это время уже занято или прошло. Пожалуйста, выберите другое.
rule-talk-same = Это время уже забронировано для вас.
rule-talk-none = Встреча не назначена.
rule-talk-too-many = Уже предложено пять времён. Сначала отзовите одно.
rule-talk-overlap = Время пересекается с другой встречей учреждения.
msg-talk-offered-subject = Время для собеседования в { $facility }
msg-talk-offered-body = { $facility } приглашает вас на собеседование о { $child }. Пожалуйста, выберите время на портале Kita: { $path }
msg-talk-booked-subject = Собеседование { $at }
msg-talk-booked-body = Собеседование о { $child } в { $facility } состоится { $at }. Файл календаря приложен к этому письму. Перенести или отменить: { $path }
msg-talk-cancelled-subject = Собеседование { $at } отменено
msg-talk-cancelled-body = Собеседование о { $child } в { $facility } { $at } отменено. Причину вы прочтёте на портале Kita: { $path }
account-talk-booked = Собеседование: { $at }
account-talk-open = Время для собеседования: пожалуйста, выберите
doc-kind-attachment = Вложение к сообщению
conv-attachment = Вложение: { $name }
conv-file = Прикрепить файл (по желанию)
conv-file-hint = PDF, JPEG или PNG, не более 10 МБ.
msg-announcement-subject = Новое объявление от { $facility }
msg-announcement-body = { $facility } отправило объявление всем семьям из списка ожидания. Прочтите его во входящих на портале Kita: { $path }
rule-announcement-nobody = На эту дату начала в списке ожидания нет ни одной семьи.
rule-talk-past = Собеседование уже началось или состоялось; его больше нельзя перенести или отменить.
