# STEP – Polish message catalogue for families: every text a family reads (public pages, sign-in,
# selection, family, children, registrations, account, inbox, offers, documents, e-mails, errors).
# Each family language has this file with the same ids and placeables (checked by the tests).

district-name = Kreis Steinfurt
site-name = Portal Kita
skip-link = Przejdź do treści
# This language named in itself, and its writing direction (ltr or rtl).
language-name = Polski
language-direction = ltr
nav-main = Menu główne
language-switch = Język
nav-home = Strona główna
nav-search = Szukaj ofert
nav-district = Wszystkie miasta i gminy
demo-mark = Demo
logo-alt = Logo { $name }

landing-title = Portal Kita – Kreis Steinfurt
landing-intro = Tutaj rodzice znajdą placówki opieki nad dziećmi (Kita) i opiekunów dziennych (Kindertagespflege) we wszystkich 24 miastach i gminach powiatu Kreis Steinfurt. Można wybrać do pięciu ofert i zgłosić dziecko.
landing-choose = Prosimy wybrać miejsce zamieszkania
landing-office = Urząd ds. młodzieży (Jugendamt): { $office }

home-title = Portal Kita { $name }
home-intro = Tutaj znajdą Państwo miejsce opieki dla dziecka w { $name }: w placówce opieki nad dziećmi (Kita) lub u opiekuna dziennego (Kindertagespflege).
home-count = { $count ->
    [one] Jedna oferta w { $name }
    [few] { $count } oferty w { $name }
    [many] { $count } ofert w { $name }
   *[other] { $count } ofert w { $name }
}
home-steps = Jak to działa
step-1-title = 1. Szukanie
step-1-text = Mogą Państwo szukać placówek Kita i opiekunów dziennych (Kindertagespflege) według swoich potrzeb: data rozpoczęcia, liczba godzin opieki, wiek, odległość, organ prowadzący (Träger) i koncepcja.
step-2-title = 2. Wybór
step-2-text = Mogą Państwo wybrać do { $max } ofert przyciskiem „Wybierz” – także przed zalogowaniem.
step-3-title = 3. Zgłoszenie
step-3-text = Prosimy się zalogować i zgłosić dziecko do wybranych ofert (Vormerkung). Wtedy dziecko jest na ich listach oczekujących.
step-4-title = 4. Umowa
step-4-text = O każdej zmianie dowiedzą się Państwo na swoim koncie. Gdy dostaną Państwo miejsce, zawierają Państwo umowę o opiekę (Betreuungsvertrag) z placówką Kita lub z opiekunem dziennym.
home-quick = Szybkie szukanie
home-personal = Portal nie zastępuje osobistej rozmowy z placówką Kita.

search-title = Szukaj ofert
search-filters = Filtry
search-filters-change = Zmień filtry
error-prefix = Błąd:
field-kind = Rodzaj oferty
kind-any = Wszystkie oferty
kind-kita = Kita
kind-ktp = Opiekun dzienny (Kindertagespflege)
field-birth-date = Data urodzenia dziecka
field-birth-date-hint = Można też przed urodzeniem: wtedy prosimy podać przewidywaną datę porodu.
field-start = Planowany początek opieki
field-start-hint = Jeśli nic nie podano: { $date } (początek roku przedszkolnego, Kita-Jahr).
field-hours = Godziny tygodniowo
hours-any = Dowolnie
hours-option = { $hours } godz.
field-near = Lokalizacja
field-near-hint = Ulica w { $name } (np. Bahnhofstraße) lub współrzędne „szerokość,długość”.
field-radius-km = Promień w km
field-q = Dowolny tekst
field-q-hint = Nazwa, organ prowadzący, ulica lub koncepcja
field-provider = Organ prowadzący (Träger)
field-concept = Koncepcja pedagogiczna
any-option = Wszystkie
field-free-only = Tylko oferty z wolnymi miejscami
field-sort = Sortowanie
sort-distance = Odległość
sort-free-places = Wolne miejsca
sort-name = Nazwa
field-page = Strona
field-per-page = Wyników na stronie
field-query = Zapytanie
search-submit = Szukaj
search-results = { $total ->
    [0] Nie znaleziono ofert
    [one] Znaleziono jedną ofertę
    [few] Znaleziono { $total } oferty
    [many] Znaleziono { $total } ofert
   *[other] Znaleziono { $total } ofert
}
search-none = Dla tych filtrów nie ma wyników. Prosimy spróbować z mniejszą liczbą filtrów lub z większym promieniem.
search-error-title = Prosimy sprawdzić wpisane dane
result-free = { $count ->
    [0] Obecnie brak wolnych miejsc
    [one] 1 wolne miejsce
    [few] { $count } wolne miejsca
    [many] { $count } wolnych miejsc
   *[other] { $count } wolnych miejsc
}
result-free-at = od { $date }
result-distance = Odległość: { $km } km
result-hours = Godziny tygodniowo: { $hours }
result-ages = Wiek: { $ages }
result-concepts = Koncepcja: { $concepts }
pagination = Strony
pagination-prev = Poprzednia strona
pagination-next = Następna strona
pagination-page = Strona { $page } z { $pages }

facility-provider = Organ prowadzący (Träger)
facility-address = Adres
facility-contact = Kontakt
facility-phone = Telefon
facility-email = E-mail
facility-opening = Godziny otwarcia
facility-groups = Rodzaje grup
facility-ages = Wiek dzieci
facility-hours = Godziny tygodniowo
facility-concepts = Koncepcja pedagogiczna
facility-about = O nas
facility-criteria = Kryteria przyjęcia (Aufnahmekriterien)
facility-criteria-intro = Miejsca są przyznawane według tych opublikowanych kryteriów. Im więcej punktów, tym wyżej dziecko jest na liście oczekujących. Przy tej samej liczbie punktów decyduje data zgłoszenia (Vormerkung).
facility-points = { $points ->
    [one] 1 punkt
    [few] { $points } punkty
    [many] { $points } punktów
   *[other] { $points } punktów
}
facility-places = Wolne miejsca
facility-places-start = Początek
facility-places-band = Grupa wiekowa
facility-places-free = Wolne
facility-places-none = Obecnie nie zgłoszono wolnych miejsc. Mimo to można zgłosić dziecko na listę oczekujących (Vormerkung).
band-u3 = poniżej 3 lat
band-ue3 = od 3 lat
facility-map = Położenie
facility-map-label = Plan: położenie na terenie gminy (punkt w środku: centrum miejscowości)
facility-map-open = Zobacz w OpenStreetMap
facility-coordinates = Współrzędne: { $lat }, { $lon }
facility-back = Wróć do wyszukiwania

age-months = { $months ->
    [one] 1 miesiąc
    [few] { $months } miesiące
    [many] { $months } miesięcy
   *[other] { $months } miesięcy
}
age-years = { $years ->
    [one] 1 rok
    [few] { $years } lata
    [many] { $years } lat
   *[other] { $years } lat
}
age-years-months = { $years ->
    [one] 1 rok
    [few] { $years } lata
    [many] { $years } lat
   *[other] { $years } lat
} { $months ->
    [one] 1 miesiąc
    [few] { $months } miesiące
    [many] { $months } miesięcy
   *[other] { $months } miesięcy
}

footer-contact = Osoby do kontaktu
footer-office = Właściwy urząd ds. młodzieży (Jugendamt)
contact-phone = Telefon: { $phone }
contact-email = E-mail: { $email }
footer-demo = Kontakty oznaczone „Demo” są tylko przykładami do prezentacji.

error-not-found-title = Nie znaleziono strony
error-not-found = Ta strona nie istnieje. Może link jest nieaktualny albo w adresie jest błąd.
error-bad-request-title = Nieprawidłowe dane
error-bad-request = Zapytanie zawiera nieprawidłową informację.
error-maintenance-title = Chwilowo niedostępne
error-maintenance = Portal tej gminy jest właśnie aktualizowany. Prosimy spróbować ponownie za kilka minut. Państwa dane są bezpieczne.
error-internal-title = Wystąpił błąd
error-internal = Niestety wystąpił u nas błąd. Państwa dane nie zostały utracone. Prosimy spróbować ponownie później.
error-help = Jeśli problem nie zniknie, chętnie pomożemy:
error-back-home = Do strony głównej

err-kind = Prosimy wybrać „kita” lub „ktp”.
err-date-format = Prosimy podać prawidłową datę, np. 01.08.2027.
err-start-past = Początek opieki nie może być w przeszłości.
err-start-too-far = Początek opieki może być najpóźniej za trzy lata.
err-birth-too-far = Data urodzenia może być najpóźniej za dziesięć miesięcy.
err-birth-too-old = Portal dotyczy opieki nad dziećmi do 14 lat.
err-birth-after-start = W dniu rozpoczęcia opieki dziecko musi być już urodzone. Prosimy wybrać późniejszy początek.
err-not-a-number = Prosimy podać liczbę całkowitą.
err-number-range = Prosimy podać liczbę od { $min } do { $max }.
err-kita-hours = W placówkach Kita można wybrać 25, 35 lub 45 godzin tygodniowo.
err-near = Prosimy podać lokalizację jako „szerokość,długość” (np. 52.2799,7.4400).
err-radius = Prosimy podać promień większy niż 0 i najwyżej { $max } km.
err-radius-needs-near = Aby szukać w promieniu, potrzebujemy lokalizacji.
err-boolean = Prosimy podać „true” lub „false”.
err-sort = Prosimy sortować według „distance”, „free_places” lub „name”.
err-sort-needs-near = Aby sortować według odległości, potrzebujemy lokalizacji.
err-text-too-long = Za długi tekst. Maksymalna liczba znaków: { $max }.
err-text-control = Wpis zawiera niedozwolone znaki sterujące.
search-location-used = Pokazujemy wyniki w pobliżu „{ $street }”.
search-location-unknown = Nie znaleźliśmy ulicy „{ $place }” w { $name }. Pokazujemy wszystkie oferty – bez promienia i bez sortowania według odległości.
search-location-did-you-mean = Czy chodziło o:
err-query = Nie udało się odczytać zapytania (jeden parametr jest podwójny lub nieprawidłowy).
error-code = Kod błędu { $status }

## Sign-in, selection, account (issue 4)
nav-selection = { $count ->
    [0] Mój wybór
    [one] Mój wybór ({ $count })
    [few] Mój wybór ({ $count })
    [many] Mój wybór ({ $count })
   *[other] Mój wybór ({ $count })
}
nav-account = Moje konto
nav-menu = Menu
nav-office = Urząd (Jugendamt)
nav-login = Zaloguj się
nav-logout = Wyloguj się
select-button = Wybierz
select-button-label = Wybierz: { $name }
select-done = Wybrano ✓ – zobacz „Mój wybór”
select-done-count = Wybrano ✓ – { $count } z { $max } na liście „Mój wybór”
select-full = Lista jest pełna ({ $max } z { $max }) – zamień ofertę
selection-title = Mój wybór
selection-intro = Mogą Państwo wybrać do { $max } placówek Kita lub opiekunów dziennych (Kindertagespflege). Kolejność to Państwa priorytet: na górze jest miejsce, które chcą Państwo najbardziej.
selection-empty = Nic jeszcze nie wybrano. Prosimy wyszukać oferty i wybrać je przyciskiem „Wybierz”.
selection-up-label = Przesuń w górę: { $name }
selection-down-label = Przesuń w dół: { $name }
selection-remove-label = Usuń: { $name }
selection-remove = Usuń
selection-order = Placówki widzą tylko, że dziecko jest u nich zgłoszone. Nie widzą, gdzie jeszcze je Państwo zgłosili.
register-title = Zgłoszenie dziecka (Vormerkung)
register-login-first = Aby zgłosić dziecko, prosimy się zalogować. Państwa wybór zostanie zachowany.
register-family-first = Najpierw podaj dane rodziny
register-child-first = Najpierw dodaj dziecko
register-child = Dziecko
register-note = Wiadomość do placówki (nieobowiązkowo)
register-criteria-legend = Które kryteria przyjęcia (Aufnahmekriterien) tej placówki dotyczą Państwa rodziny?
register-criteria-hint = Nieobowiązkowo. Placówka sprawdzi Państwa informacje. Dowody (np. zaświadczenie od pracodawcy) mogą Państwo przesłać po zgłoszeniu w sekcji „Dokumenty”.
register-submit = { $count ->
    [one] Zgłoś do 1 oferty
    [few] Zgłoś do { $count } ofert
    [many] Zgłoś do { $count } ofert
   *[other] Zgłoś do { $count } ofert
}
account-title = Moje konto
inbox-link = { $count ->
    [0] Wiadomości
    [one] Wiadomości (1 nieprzeczytana)
    [few] Wiadomości ({ $count } nieprzeczytane)
    [many] Wiadomości ({ $count } nieprzeczytanych)
   *[other] Wiadomości ({ $count } nieprzeczytanych)
}
account-family = Rodzina
account-family-edit = Zmień dane kontaktowe
account-child-add = Dodaj dziecko
child-born = data urodzenia: { $date }
child-expected = przewidywana data porodu: { $date }
account-no-registrations = Nie ma jeszcze zgłoszeń.
registration-start = Początek: { $date }
registration-rank = Priorytet { $rank }
registration-waiting = { $count ->
    [one] Na liście oczekujących na ten termin: tylko Państwa dziecko
    [few] Na liście oczekujących na ten termin: { $count } dzieci
    [many] Na liście oczekujących na ten termin: { $count } dzieci
   *[other] Na liście oczekujących na ten termin: { $count } dzieci
}
registration-history = Historia
withdraw-link = Wycofaj zgłoszenie
family-title = Dane rodziny
family-intro = Placówki w { $name } potrzebują tych danych, aby się z Państwem skontaktować. Mogą je Państwo zmienić w każdej chwili.
family-first_name = Imię
family-last_name = Nazwisko
family-street = Ulica i numer domu
family-postcode = Kod pocztowy
family-city = Miejscowość
family-phone = Telefon
family-email = E-mail
family-language = Preferowany język
family-guardian2 = Drugi rodzic (nieobowiązkowo)
family-guardian2_first_name = Imię
family-guardian2_last_name = Nazwisko
family-guardian2_phone = Telefon
family-guardian2_email = E-mail
save = Zapisz
child-title = Dodaj dziecko
child-birth-date = Data urodzenia
child-birth-hint = Dziecko jeszcze się nie urodziło? Wtedy prosimy zostawić datę urodzenia pustą i podać przewidywaną datę porodu.
child-expected-date = Przewidywana data porodu
child-save = Zapisz dane dziecka
withdraw-title = Wycofanie zgłoszenia
withdraw-question = Czy na pewno chcą Państwo wycofać zgłoszenie dziecka { $child } w placówce { $facility } (początek: { $date })?
withdraw-consequence = Wtedy dziecka nie będzie już na liście oczekujących tej placówki. Tego nie można cofnąć. Można jednak zgłosić dziecko ponownie.
withdraw-confirm = Tak, wycofaj
withdraw-cancel = Nie, wróć
withdraw-not-possible = Tego zgłoszenia nie można już wycofać (status: { $status }).
give-back-link = Zrezygnuj z miejsca
give-back-title = Rezygnacja z miejsca opieki
give-back-question = Czy na pewno chcą Państwo zrezygnować z przyjętego miejsca dla dziecka { $child } w placówce { $facility } (początek: { $date })?
give-back-consequence = Miejsce znowu będzie wolne i może je dostać inne dziecko. Tego nie można cofnąć. Jeśli umowa o opiekę (Betreuungsvertrag) jest już zawarta, prosimy dodatkowo wypowiedzieć ją w placówce.
give-back-confirm = Tak, rezygnuję z miejsca
inbox-title = Wiadomości
inbox-empty = Nie ma jeszcze wiadomości.
inbox-new = Nowa

notice-added = Oferta jest na liście „Mój wybór”.
notice-removed = Oferta została usunięta z listy „Mój wybór”.
notice-moved = Kolejność została zmieniona.
notice-full = Wybrali już Państwo największą możliwą liczbę ofert. Aby wybrać inną ofertę, prosimy najpierw usunąć jedną.
notice-already = Ta oferta jest już wybrana.
notice-registered = Dziecko jest zgłoszone na listę oczekujących (Vormerkung). Wszystkie zgłoszenia znajdą Państwo tutaj. O każdej zmianie dostaną Państwo wiadomość.
notice-registered-some = { $count ->
    [one] Zapisano 1 zgłoszenie. W pozostałych ofertach czegoś jeszcze brakuje:
    [few] Zapisano { $count } zgłoszenia. W pozostałych ofertach czegoś jeszcze brakuje:
    [many] Zapisano { $count } zgłoszeń. W pozostałych ofertach czegoś jeszcze brakuje:
   *[other] Zapisano { $count } zgłoszeń. W pozostałych ofertach czegoś jeszcze brakuje:
}
notice-abgemeldet = Zostali Państwo wylogowani. Jeśli z tego urządzenia korzystają też inne osoby, prosimy jeszcze zamknąć okno przeglądarki.
notice-withdrawn = Zgłoszenie zostało wycofane.
notice-contract-accepted = Przyjęli Państwo umowę o opiekę (Betreuungsvertrag). Miejsce jest zapewnione umową. Placówka została powiadomiona.
contract-open-link = Zobacz i przyjmij umowę
signing-title = Umowa o opiekę (Betreuungsvertrag) dla dziecka { $child }
signing-facility = Placówka
signing-start = Początek
signing-settling = Adaptacja (Eingewöhnung) od { $date }
signing-times = Godziny opieki
signing-times-value = od poniedziałku do piątku, od { $from } do { $until } ({ $hours } godz. tygodniowo)
signing-group = Grupa
signing-pdf = Przeczytaj całą umowę (PDF, wersja { $version })
signing-online-title = Przyjęcie umowy online
signing-login-again-text = Dla bezpieczeństwa prosimy przed przyjęciem umowy jeszcze raz zalogować się w serwisie logowania. Potem wrócą Państwo tutaj.
signing-login-again = Zaloguj się ponownie
signing-confirm-label = Oświadczam, że znam treść umowy o opiekę (Betreuungsvertrag, wersja { $version }) z placówką { $facility } i przyjmuję ją jako wiążącą.
signing-button = Przyjmuję umowę (wiążąco)
signing-hint = Zapisujemy, kto przyjął umowę, kiedy i którą wersję. Nie trzeba wtedy niczego drukować ani przesyłać.
signing-or-upload = Można też wydrukować umowę, podpisać ją i przesłać:
signing-paper = Prosimy wydrukować umowę, podpisać ją i przesłać:
notice-family-saved = Dane rodziny zostały zapisane.
notice-family-copied = Dane rodziny i dzieci zostały przeniesione. Prosimy je sprawdzić w sekcji „Dane rodziny”, zwłaszcza adres.
copy-title = Przenieść dane rodziny?
copy-intro = Są już Państwo zarejestrowani w innej gminie powiatu. Mogą Państwo przenieść stamtąd dane rodziny i dzieci do { $name }. Nie trzeba ich wtedy wpisywać od nowa.
copy-button = Przenieś dane z { $from }
copy-hint = Przenoszone są tylko dane rodziny i dzieci. Zgłoszenia, wiadomości i dokumenty zostają w swojej gminie. Dane są zapisywane w tej gminie, a nie centralnie.
field-copy-from = Przenieś dane z
err-copy-source = Z tej gminy nie możemy przenieść danych rodziny.
rule-family-exists = Mają już Państwo dane rodziny w tej gminie. Nie zostaną one nadpisane.
elsewhere-title = Państwa zgłoszenia w innych gminach
elsewhere-intro = Są Państwo zarejestrowani także w tych gminach powiatu:
elsewhere-link = Moje konto w { $name }
notice-child-saved = Dane dziecka zostały zapisane.

status-registered = Zgłoszone (na liście oczekujących)
status-offered = Otrzymano propozycję miejsca
status-accepted = Miejsce przyjęte
status-declined = Propozycja odrzucona
status-rejected = Odmowa placówki
status-withdrawn = Wycofane
status-contracted = Umowa o opiekę zawarta
status-expired = Propozycja wygasła

msg-registered-subject = Zgłoszenie w placówce { $facility }
msg-registered-body = Dziecko { $child } jest zgłoszone w placówce { $facility } (początek opieki: { $start }) i jest na liście oczekujących. Dostaną Państwo wiadomość, gdy coś się zmieni.
msg-withdrawn-subject = Wycofano zgłoszenie w placówce { $facility }
msg-withdrawn-body = Wycofali Państwo zgłoszenie dziecka { $child } w placówce { $facility }.

error-csrf-title = Formularz wygasł
error-csrf = Formularz nie był już ważny (kontrola bezpieczeństwa). Prosimy odświeżyć stronę i wysłać formularz jeszcze raz. Nic nie zostało zapisane.
error-unauthorized-title = Prosimy się zalogować
error-unauthorized = Aby to zrobić, trzeba być zalogowanym.
login-cancelled-title = Logowanie przerwane
login-cancelled = Przerwali Państwo logowanie. Państwa wybór jest zachowany. Można zalogować się ponownie w każdej chwili.
login-failed-title = Logowanie nie powiodło się
login-failed = Nie udało się zakończyć logowania. Prosimy zacząć jeszcze raz przyciskiem „Zaloguj się”.
error-provider-title = Serwis logowania niedostępny
error-provider = Centralny serwis logowania jest teraz niedostępny. Prosimy spróbować ponownie za kilka minut.
error-not-json-title = Zły format
error-not-json = Zapytanie musi zawierać JSON (application/json).
error-rule-title = Zmiana nie jest możliwa
rule-registration-limit = Dziecko jest już zgłoszone do największej możliwej liczby ofert. Prosimy najpierw wycofać jedno zgłoszenie.
rule-registration-duplicate = Dziecko jest już zgłoszone do tej oferty.
rule-registration-hours = Ta oferta nie ma wybranej liczby godzin opieki.
rule-registration-age = W wybranym dniu rozpoczęcia dziecko nie będzie w wieku, w którym ta oferta przyjmuje dzieci.
rule-registration-not-active = To zgłoszenie nie jest już aktywne.
rule-registration-facility = Tej oferty nie ma w tej gminie.
rule-family-missing = Prosimy najpierw podać dane rodziny.
rule-selection-full = Można wybrać najwyżej tyle ofert, ile pozwala gmina (zwykle 5).
rule-other = Ta zmiana nie jest możliwa.

err-required = Prosimy wypełnić to pole.
err-email = Prosimy podać prawidłowy adres e-mail (np. imie@przyklad.de).
err-phone = Prosimy podać numer telefonu z cyframi (np. 05451 123-45).
err-postcode = Prosimy podać pięciocyfrowy kod pocztowy.
err-language = Prosimy wybrać jeden z podanych języków.
err-birth-or-expected = Prosimy podać datę urodzenia albo przewidywaną datę porodu, nie obie daty.
err-birth-missing = Prosimy podać datę urodzenia albo – przed urodzeniem – przewidywaną datę porodu.
err-birth-future = Data urodzenia jest w przyszłości. Dla nienarodzonego dziecka prosimy podać przewidywaną datę porodu.
err-expected-range = Przewidywana data porodu może być najwcześniej miesiąc temu i najpóźniej za dziesięć miesięcy.
err-child = Prosimy wybrać jedno ze swoich dzieci.
err-facility = Tej oferty nie ma w tej gminie.
err-json = Treść nie jest prawidłowym JSON w tej formie.
err-action = Nieznana czynność.

field-first-name = Imię
field-last-name = Nazwisko
field-street = Ulica
field-postcode = Kod pocztowy
field-city = Miejscowość
field-phone = Telefon
field-email = E-mail
field-language = Język
field-guardian2-first-name = Imię (2. rodzic)
field-guardian2-last-name = Nazwisko (2. rodzic)
field-guardian2-phone = Telefon (2. rodzic)
field-guardian2-email = E-mail (2. rodzic)
field-expected-birth-date = Przewidywana data porodu
field-child-id = Dziecko
field-facility-id = Oferta
field-facility-ids = Oferty
field-rank = Priorytet
field-note = Wiadomość
field-body = Treść
field-action = Czynność

## E-mails
mail-subject-prefix = Portal Kita { $portal }
mail-footer = Portal Kita { $portal } – wszystkie wiadomości znajdą Państwo także na swoim koncie.
    Pytania? { $contact }, { $street }, { $postcode } { $city }, telefon { $phone }, { $email }

## Offers, answers, declines (issue 5)
msg-offered-subject = Propozycja miejsca od placówki { $facility }
msg-offered-body = Dobra wiadomość: placówka { $facility } proponuje miejsce dla dziecka { $child }. Prosimy odpowiedzieć na swoim koncie najpóźniej do { $date } (przyjąć lub odrzucić). Bez odpowiedzi propozycja wygaśnie, a miejsce dostanie następne dziecko.
msg-rejected-subject = Odmowa od placówki { $facility }
msg-rejected-body = Niestety placówka { $facility } nie może zaproponować miejsca dla dziecka { $child }. Powód: { $reason }. Uwaga placówki: { $note }. Pozostałe zgłoszenia są nadal ważne.
msg-accepted-subject = Przyjęto miejsce w placówce { $facility }
msg-accepted-body = Przyjęli Państwo miejsce dla dziecka { $child } w placówce { $facility }. Placówka skontaktuje się z Państwem w sprawie umowy o opiekę (Betreuungsvertrag).
msg-auto-withdrawn-subject = Zgłoszenie w placówce { $facility } zakończone
msg-auto-withdrawn-body = Przyjęli Państwo miejsce dla dziecka { $child }. Dlatego zgłoszenie w placówce { $facility } zostało automatycznie wycofane. Placówka została poinformowana.
msg-declined-subject = Odrzucono propozycję miejsca od placówki { $facility }
msg-declined-body = Odrzucili Państwo propozycję miejsca dla dziecka { $child } w placówce { $facility }. Miejsce dostanie następne dziecko z listy oczekujących.
msg-offer-reminder-subject = Przypomnienie: prosimy odpowiedzieć na propozycję miejsca od { $facility } do { $date }
msg-offer-reminder-body = Propozycja miejsca dla dziecka { $child } w placówce { $facility } jest ważna tylko do { $date }. Prosimy przyjąć ją lub odrzucić na swoim koncie. Bez odpowiedzi wygaśnie, a miejsce otrzyma inne dziecko.
msg-notice-subject = Decyzja urzędu ds. młodzieży dotycząca dziecka { $child }
msg-notice-body = Urząd ds. młodzieży (Jugendamt) przesłał Państwu decyzję dotyczącą dziecka { $child }. Znajdą ją Państwo jako PDF na swoim koncie w części „Decyzje”.
account-notices-title = Decyzje urzędu ds. młodzieży
account-notices-hint = Formalne decyzje jako PDF (po niemiecku). Prosimy je zachować: zawierają terminy i pouczenie o środkach odwoławczych.
msg-expired-subject = Propozycja miejsca od placówki { $facility } wygasła
msg-expired-body = Propozycja miejsca dla dziecka { $child } w placówce { $facility } wygasła, bo do końca terminu nie było odpowiedzi. Jeśli nadal są Państwo zainteresowani, prosimy skontaktować się z placówką.
msg-paper-subject = Zgłoszenie w placówce { $facility }
msg-paper-body = Placówka { $facility } wpisała dziecko { $child } na listę oczekujących (początek opieki: { $start }). Tym adresem e-mail mogą Państwo zalogować się w portalu Kita (Kita-Portal) i śledzić wszystko na swoim koncie.

reason-no_place = Brak wolnych miejsc na wybrany termin
reason-age_band = Brak miejsca w tej grupie wiekowej
reason-hours = Wybrana liczba godzin opieki jest niedostępna
reason-criteria = Inne dzieci miały pierwszeństwo według kryteriów przyjęcia
reason-other = Inny powód (zobacz uwagę)

rule-registration-not-waiting = To zgłoszenie nie czeka już na miejsce (ma już odpowiedź albo zostało wycofane).
rule-offer-no-place = Na ten termin, w tej grupie wiekowej i przy tej liczbie godzin nie ma już wolnego miejsca. Prosimy najpierw wpisać wolne miejsca.
rule-offer-lock = Dziecko ma teraz otwartą propozycję miejsca z innej placówki. Dopóki obowiązuje blokada propozycji urzędu ds. młodzieży (Jugendamt), to zgłoszenie jest wstrzymane.
rule-offer-not-open = Dla tego zgłoszenia nie ma (już) otwartej propozycji miejsca.
rule-offer-expired = Termin odpowiedzi na tę propozycję miejsca już minął.
rule-capacity-exists = Dla tego terminu, tej grupy wiekowej i tej liczby godzin jest już wiersz. Prosimy zmienić liczbę w tamtym wierszu. Nic nie zostało zapisane.
rule-registration-placed = Dziecko ma już przyjęte miejsce. Kolejne zgłoszenie nie jest możliwe. Jeśli chcą Państwo zmienić miejsce, prosimy najpierw zrezygnować z przyjętego miejsca.
rule-capacity-changed = Liczba wolnych miejsc w międzyczasie się zmieniła (np. przez propozycję miejsca). Jedna liczba spadłaby poniżej zera. Tu są aktualne liczby. Prosimy sprawdzić zmianę i zapisać ponownie. Nic nie zostało zapisane.
rule-criterion-unknown = Tego kryterium przyjęcia nie ma w tej placówce.
error-forbidden-title = Brak uprawnień
error-forbidden = Z tego konta nie można otworzyć tej strony. Jeśli mają tu Państwo pracować, prosimy poprosić swój urząd ds. młodzieży (Jugendamt) o nadanie roli.

notice-accepted = Przyjęli Państwo miejsce. Jeśli dziecko miało inne otwarte zgłoszenia, zostały one wycofane, a placówki zostały poinformowane.
notice-refused = Odrzucili Państwo propozycję miejsca.
account-offer = Propozycja miejsca: prosimy odpowiedzieć najpóźniej do { $date }
offer-banner-title = { $count ->
    [one] Jedna propozycja miejsca czeka na Państwa odpowiedź
    [few] { $count } propozycje miejsca czekają na Państwa odpowiedź
    [many] { $count } propozycji miejsca czeka na Państwa odpowiedź
   *[other] { $count } propozycji miejsca czeka na Państwa odpowiedź
}
offer-banner-text = Placówka { $facility } proponuje miejsce dla dziecka { $child }. Prosimy odpowiedzieć najpóźniej do { $date }.
nav-alerts = { $offers ->
    [0] {""}
    [one] 1 otwarta propozycja miejsca
    [few] { $offers } otwarte propozycje miejsca
    [many] { $offers } otwartych propozycji miejsca
   *[other] { $offers } otwartych propozycji miejsca
}{ $offers ->
    [0] {""}
    [one] { $messages ->
        [0] {""}
        [one] , {""}
        [few] , {""}
        [many] , {""}
       *[other] , {""}
    }
    [few] { $messages ->
        [0] {""}
        [one] , {""}
        [few] , {""}
        [many] , {""}
       *[other] , {""}
    }
    [many] { $messages ->
        [0] {""}
        [one] , {""}
        [few] , {""}
        [many] , {""}
       *[other] , {""}
    }
   *[other] { $messages ->
        [0] {""}
        [one] , {""}
        [few] , {""}
        [many] , {""}
       *[other] , {""}
    }
}{ $messages ->
    [0] {""}
    [one] 1 nowa wiadomość
    [few] { $messages } nowe wiadomości
    [many] { $messages } nowych wiadomości
   *[other] { $messages } nowych wiadomości
}
inbox-answer-offer = Do propozycji
inbox-to-registration = Do zgłoszenia
account-accept = Przyjmij miejsce
account-refuse = Odrzuć propozycję
account-criteria = Uwzględnione kryteria przyjęcia
account-declared = Państwa informacje o kryteriach przyjęcia
declared-pending = placówka to sprawdza
declared-confirmed = potwierdzone
declared-not-confirmed = niepotwierdzone
account-reason = Powód odmowy
accept-title = Przyjęcie miejsca
refuse-title = Odrzucenie propozycji miejsca
accept-question = Czy chcą Państwo przyjąć miejsce dla dziecka { $child } w placówce { $facility } od { $date }?
refuse-question = Czy na pewno chcą Państwo odrzucić propozycję miejsca dla dziecka { $child } w placówce { $facility }?
answer-later = Decyzja później – wróć do konta
answer-deadline = Termin odpowiedzi: { $date }
accept-others = { $count ->
    [one] Po przyjęciu miejsca to inne zgłoszenie dziecka zostanie wycofane:
    [few] Po przyjęciu miejsca te { $count } inne zgłoszenia dziecka zostaną wycofane:
    [many] Po przyjęciu miejsca tych { $count } innych zgłoszeń dziecka zostanie wycofanych:
   *[other] Po przyjęciu miejsca tych { $count } innych zgłoszeń dziecka zostanie wycofanych:
}
refuse-consequence = Wtedy miejsce dostanie następne dziecko. Pozostałe zgłoszenia są nadal ważne.
accept-confirm = Tak, przyjmuję miejsce
refuse-confirm = Tak, odrzucam
answer-not-open = Dla tego zgłoszenia nie ma otwartej propozycji miejsca (status: { $status }).
footer-staff = Dla placówek i urzędów

## Facility desk
desk-title = Stanowisko pracy
child-first_name = Imię dziecka
child-last_name = Nazwisko dziecka
field-answer-by = Odpowiedź do
field-place-start = Wolne od
field-reason = Powód
field-child-first-name = Imię dziecka
field-child-last-name = Nazwisko dziecka
field-answer-by-short = Termin
field-from = Początek od (RRRR-MM)
field-to = Początek do (RRRR-MM)
err-answer-by = Termin odpowiedzi musi być później niż dziś i najpóźniej za { $days ->
    [one] 1 dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dni
}.
err-reason = Prosimy wybrać powód z listy.
err-reason-note = Prosimy wyjaśnić inny powód w wiadomości do rodziny (obowiązkowo przy „Inny powód”).
err-too-many = Za dużo pozycji. Maksymalna liczba: { $max }.
err-age-band = Prosimy wybrać „poniżej 3 lat” lub „od 3 lat”.
err-criterion = Nieznane kryterium.
err-month = Prosimy podać miesiąc, np. 08/2027.
err-month-order = Ostatni miesiąc jest przed pierwszym. Prosimy zamienić te dwa miesiące.

## Office
err-period = Koniec okresu jest przed jego początkiem.
err-day = Prosimy podać datę w formacie DD.MM.RRRR (np. 01.08.2027).

## Documents (issue 6)
doc-section = Dokumenty
doc-none = Nie ma jeszcze dokumentów.
doc-version = Wersja { $version }
doc-kind-contract = Umowa o opiekę (Betreuungsvertrag)
doc-kind-signed = Podpisana umowa
doc-kind-need = Zaświadczenie o potrzebie 45 godzin tygodniowo (Bedarfsnachweis)
doc-kind-urgency = Dowód pilnej potrzeby opieki
doc-kind-other = Inny dokument
doc-by-parent = od rodziny
doc-by-facility = od placówki
doc-page-title = Dokumenty dziecka { $child }
doc-link = Dokumenty
doc-upload-title = Prześlij dokument
doc-kind-label = Rodzaj dokumentu
doc-file-label = Plik (PDF, JPEG lub PNG)
doc-upload-hint = Dozwolone są pliki PDF, JPEG i PNG do { $mb } MB.
doc-upload-button = Prześlij
doc-notice-uploaded = Dokument został zapisany. Placówka została powiadomiona.
doc-parent-contract-hint = Gdy placówka udostępni umowę o opiekę (Betreuungsvertrag), pojawi się ona tutaj. Prosimy ją pobrać, podpisać i przesłać podpisaną wersję jako „Podpisana umowa”.
doc-contracted = Umowa o opiekę jest potwierdzona.
field-care-from = Opieka codziennie od (godzina)
field-care-until = Opieka codziennie do (godzina)
field-group = Grupa (nieobowiązkowo)
field-settling-in = Początek adaptacji (Eingewöhnung)
account-contracts = Umowa o opiekę
upload-refused-title = Plik nie został przyjęty
upload-empty = Plik jest pusty. Prosimy wybrać plik z treścią.
upload-too-large = Plik jest większy niż 10 MB. Prosimy go zmniejszyć (np. zeskanować jako PDF w niższej rozdzielczości).
upload-wrong-type = Plik nie jest plikiem PDF, JPEG ani PNG. Sprawdzamy zawartość pliku, a nie jego nazwę.
upload-bad-name = Nazwa pliku nie może zawierać ukośników ani znaków sterujących. Może mieć najwyżej 200 znaków.
upload-missing = Prosimy wybrać plik.
upload-one-file = Prosimy przesyłać tylko jeden plik naraz.
upload-unreadable = Plik nie dotarł w całości. Prosimy spróbować ponownie.
upload-kind = Prosimy wybrać rodzaj dokumentu z listy.
error-documents-title = Archiwum dokumentów niedostępne
error-documents = Archiwum dokumentów jest teraz niedostępne. Nic nie zostało zapisane. Prosimy spróbować ponownie za kilka minut.
error-database-title = Baza danych niedostępna
error-database = Portal Kita nie może teraz połączyć się ze swoją bazą danych. To, co zostało zapisane wcześniej, pozostaje. Prosimy spróbować ponownie za minutę.
rule-contract-not-accepted = Umowa jest możliwa dopiero wtedy, gdy rodzina przyjmie miejsce.
rule-contract-not-signed = Prosimy najpierw przesłać podpisaną umowę (albo poczekać, aż rodzina ją prześle).
rule-contract-missing = Podpisaną umowę można przesłać dopiero wtedy, gdy placówka przygotuje umowę, a miejsce jest przyjęte.
rule-contract-confirmed = Umowa jest już potwierdzona.
rule-online-contract-off = W tej gminie nie można przyjąć umowy online. Prosimy ją wydrukować, podpisać i przesłać.
rule-contract-changed = Placówka przygotowała w międzyczasie nową wersję umowy. Prosimy przeczytać nową wersję, zanim ją Państwo przyjmą.
rule-reauthenticate = Dla bezpieczeństwa prosimy zalogować się jeszcze raz, zanim przyjmą Państwo umowę.
err-time = Prosimy podać godzinę, np. 7:30 lub 14.
err-time-range = Prosimy podać godzinę między { $from } a { $until }.
err-time-order = Koniec opieki musi być później niż jej początek.
err-time-short = Przez pięć dni te godziny dają mniej niż uzgodnione { $hours } godz. tygodniowo. Prosimy wydłużyć codzienny czas opieki.
err-date = Prosimy podać datę, np. 01.08.2027.
err-date-past = Ta data jest w przeszłości.
err-settling = Adaptacja (Eingewöhnung) zaczyna się najwcześniej w dniu rozpoczęcia opieki ({ $start }) i najpóźniej w dniu { $last }.
err-accept-confirm = Prosimy potwierdzić, że przeczytali Państwo umowę i ją przyjmują.
status-contract_created = Umowa o opiekę udostępniona
status-contract_signed = Podpisana umowa złożona
msg-contract-created-subject = Umowa o opiekę dla dziecka { $child } w placówce { $facility }
msg-contract-created-body = Placówka { $facility } udostępniła umowę o opiekę (Betreuungsvertrag) dla dziecka { $child }. Znajdą ją Państwo na swoim koncie w sekcji „Dokumenty”. Prosimy ją pobrać, podpisać i przesłać tam podpisaną wersję.
msg-contract-signed-subject = Podpisana umowa dla dziecka { $child } złożona
msg-contract-signed-body = Placówka { $facility } złożyła podpisaną umowę o opiekę (Betreuungsvertrag) dla dziecka { $child }. Znajdą ją Państwo na swoim koncie w sekcji „Dokumenty”.
msg-contracted-subject = Umowa o opiekę dla dziecka { $child } potwierdzona
msg-contracted-body = Placówka { $facility } potwierdziła umowę o opiekę (Betreuungsvertrag) dla dziecka { $child }. Miejsce jest zapewnione umową. Umowę znajdą Państwo na swoim koncie.
msg-contract-accepted-subject = Umowa o opiekę dla dziecka { $child } przyjęta
msg-contract-accepted-body = Przyjęli Państwo online umowę o opiekę (Betreuungsvertrag) dla dziecka { $child } w placówce { $facility }. Miejsce jest zapewnione umową. Umowę znajdą Państwo na swoim koncie.
msg-retention-deleted-subject = Zgłoszenie dziecka { $child } usunięte
msg-retention-deleted-body = Państwa zgłoszenie (Vormerkung) dziecka { $child } w placówce { $facility } zostało usunięte, bo minął okres przechowywania, a zgłoszenie nie dostało odpowiedzi. Jeśli nadal szukają Państwo miejsca, prosimy zgłosić dziecko ponownie.
export-link = Pobierz wszystkie moje dane (ZIP)
export-hint = Zawiera wszystkie informacje o Państwa rodzinie, dzieciach, zgłoszeniach i wiadomościach oraz wszystkie dokumenty.
delete-link = Usuń konto i dane
delete-title = Usunięcie konta i danych
delete-lead = Tutaj mogą Państwo usunąć wszystko, co portal Kita { $municipality } zapisał o Państwa rodzinie.
delete-what = Usunięte zostaną: Państwa dane, dzieci, wszystkie zgłoszenia (także propozycje miejsc i przyjęte miejsca) i wiadomości.
delete-documents = { $count ->
    [one] Państwa przesłany dokument zostanie usunięty.
    [few] Państwa { $count } dokumenty zostaną usunięte.
    [many] Państwa { $count } dokumentów zostanie usuniętych.
   *[other] Państwa { $count } dokumentów zostanie usuniętych.
}
delete-export-first = jeśli chcą Państwo zachować swoje dane, prosimy je najpierw pobrać.
delete-confirm-label = Tak, chcę na zawsze usunąć moje dane z tego portalu.
delete-confirm-missing = Prosimy potwierdzić usunięcie, zaznaczając pole.
delete-button = Usuń na zawsze
doc-parent-sign-hint = Prosimy pobrać umowę o opiekę (Betreuungsvertrag), podpisać ją i przesłać tutaj podpisaną wersję jako „Podpisana umowa”. Potem placówka ją potwierdzi.
doc-kind-measles = Dowód ochrony przed odrą (Masernschutz)
doc-kind-proof = Dowód do kryterium przyjęcia
delete-documents-none = Nie przesłali Państwo żadnych dokumentów.
delete-kept-count = { $count ->
    [one] Jedna potwierdzona umowa o opiekę (Betreuungsvertrag) zostaje zachowana. Placówka musi ją przechowywać przez { $years ->
        [one] 1 rok
        [few] { $years } lata
        [many] { $years } lat
       *[other] { $years } lat
    }, potem zostanie ona usunięta.
    [few] { $count } dokumenty potwierdzonych umów o opiekę (Betreuungsvertrag) zostają zachowane. Placówka musi je przechowywać przez { $years ->
        [one] 1 rok
        [few] { $years } lata
        [many] { $years } lat
       *[other] { $years } lat
    }, potem zostaną one usunięte.
    [many] { $count } dokumentów potwierdzonych umów o opiekę (Betreuungsvertrag) zostaje zachowanych. Placówka musi je przechowywać przez { $years ->
        [one] 1 rok
        [few] { $years } lata
        [many] { $years } lat
       *[other] { $years } lat
    }, potem zostaną one usunięte.
   *[other] { $count } dokumentów potwierdzonych umów o opiekę (Betreuungsvertrag) zostaje zachowanych. Placówka musi je przechowywać przez { $years ->
        [one] 1 rok
        [few] { $years } lata
        [many] { $years } lat
       *[other] { $years } lat
    }, potem zostaną one usunięte.
}
delete-contract-note = Usunięcie danych nie wypowiada umowy o opiekę (Betreuungsvertrag). Wypowiedzenie prosimy wysłać do placówki na piśmie.
deleted-title = Państwa dane zostały usunięte
deleted-lead = Wszystko, co portal Kita { $municipality } zapisał o Państwa rodzinie, zostało usunięte.
deleted-kept = { $count ->
    [one] Placówka przechowuje jeden dokument potwierdzonej umowy o opiekę (Betreuungsvertrag). Na pytania w tej sprawie odpowie placówka lub urząd ds. młodzieży (Jugendamt).
    [few] Placówka przechowuje { $count } dokumenty potwierdzonych umów o opiekę (Betreuungsvertrag). Na pytania w tej sprawie odpowie placówka lub urząd ds. młodzieży (Jugendamt).
    [many] Placówka przechowuje { $count } dokumentów potwierdzonych umów o opiekę (Betreuungsvertrag). Na pytania w tej sprawie odpowie placówka lub urząd ds. młodzieży (Jugendamt).
   *[other] Placówka przechowuje { $count } dokumentów potwierdzonych umów o opiekę (Betreuungsvertrag). Na pytania w tej sprawie odpowie placówka lub urząd ds. młodzieży (Jugendamt).
}
deleted-signout = Zostali Państwo wylogowani z portalu Kita. Prosimy wylogować się także z serwisu logowania powiatu. Wtedy nikt na tym urządzeniu nie wejdzie na Państwa konto bez hasła.
deleted-signout-button = Wyloguj z serwisu logowania
deleted-home = Do strony głównej
upload-need-hours = Zaświadczenie o potrzebie (Bedarfsnachweis) jest potrzebne tylko przy 45 godzinach tygodniowo.

## Maintenance mode (issue 7)
read-only-banner-title = Prace techniczne:
read-only-banner = Można wszystko oglądać, ale teraz nie można niczego zmieniać ani wysyłać. Prosimy spróbować ponownie później.
error-read-only-title = Teraz nie można niczego zmieniać
error-read-only = W portalu Kita trwają prace techniczne. Można wszystko oglądać, ale nie można niczego zmieniać. Państwa wpis nie został zapisany. Prosimy spróbować ponownie później.
doc-remove = Usuń
doc-remove-label = Usuń: { $name }
doc-notice-removed = Dokument został usunięty.
rule-document-contract = Umów o opiekę i podpisanych umów nie można usunąć. Należą one także do placówki.

# Addresses checked against the municipality's lists (issue 16)
address-check-title = Prosimy sprawdzić adres
address-check-hint = Nic jeszcze nie zostało zapisane. Prosimy poprawić adres albo potwierdzić poniżej, że jest prawidłowy (np. dlatego, że wkrótce się Państwo przeprowadzają).
address-confirm = Adres jest prawidłowy.
address-postcode-elsewhere = Kod pocztowy { $postcode } nie należy do gminy { $name } (kody tej gminy: { $postcodes }).
address-street-close = Nie znamy ulicy „{ $street }” w { $name }. Czy chodziło o { $suggestions }?
address-street-unknown = Ulicy „{ $street }” nie ma w spisie ulic gminy { $name }.
form-mistakes = { $count ->
    [one] Prosimy poprawić ten wpis:
    [few] Prosimy poprawić te { $count } wpisy:
    [many] Prosimy poprawić tych { $count } wpisów:
   *[other] Prosimy poprawić tych { $count } wpisów:
}

## Allocation rounds (issue 17)
rule-round-no-places = Na ten termin rozpoczęcia nie zgłoszono wolnych miejsc.
rule-round-open-exists = Na ten termin rozpoczęcia jest już otwarta runda przydziału.
rule-round-published = Ta runda jest opublikowana i zamrożona.
rule-round-not-run = Prosimy najpierw uruchomić przebieg próbny.
rule-round-stale = Od przebiegu próbnego zmieniły się zgłoszenia, kryteria lub wolne miejsca. Nic nie zostało opublikowane. Prosimy uruchomić nowy przebieg próbny i sprawdzić wynik.
calendar-next-label = Najbliższy termin w procedurze przydziału:
calendar-next-deadline = Termin zgłoszeń, { $date } (dla rozpoczęcia od { $start }).
calendar-next-matching = Dzień przydziału miejsc, { $date } (dla rozpoczęcia od { $start }).
calendar-next-answer = Koniec terminu na odpowiedź, { $date } (dla rozpoczęcia od { $start }).
calendar-next-second = Druga runda przydziału, { $date } (dla rozpoczęcia od { $start }).
err-start-closed = Dla rozpoczęcia między { $from } a { $until } termin zgłoszeń upłynął { $deadline }. Prosimy wybrać późniejszy termin rozpoczęcia lub skontaktować się z urzędem ds. młodzieży (Jugendamt).
rule-case-closed = Ta sprawa jest już zamknięta.
rule-proposal-decided = Ta propozycja została już rozpatrzona.
rule-proposal-withdrawn = Ta propozycja jest już nieaktualna: sprawa została zamknięta albo dziecko ma już miejsce lub już nie czeka.
msg-round-result-subject = Runda przydziału miejsc
msg-round-result-body = Urząd ds. młodzieży (Jugendamt) rozdzielił wolne miejsca w rundzie przydziału (Vergaberunde).
msg-round-result-placed-subject = Runda przydziału na { $start }: miejsce dla dziecka { $child }
msg-round-result-placed-body = Urząd ds. młodzieży (Jugendamt) rozdzielił wolne miejsca od { $start } w rundzie przydziału (Vergaberunde). Każde dziecko dostaje najlepsze miejsce ze swojej listy wyboru, jakie może dostać według kryteriów przyjęcia (Aufnahmekriterien) placówek. Tak zdecydowano w sprawie dziecka { $child }:

    { $lines }

    Jeśli przyjmą Państwo to miejsce, Państwa wybory z wyższym priorytetem pozostają ważne: jeśli później zwolni się tam miejsce, dziecko { $child } może je dostać w kolejnej rundzie. Wybory z niższym priorytetem zostaną wtedy wycofane.
msg-round-result-unplaced-subject = Runda przydziału na { $start }: jeszcze brak miejsca dla dziecka { $child }
msg-round-result-unplaced-body = Urząd ds. młodzieży (Jugendamt) rozdzielił wolne miejsca od { $start } w rundzie przydziału (Vergaberunde). Tym razem nie było miejsca dla dziecka { $child }. Tak zdecydowano:

    { $lines }

    Państwa zgłoszenia są nadal ważne: miejsca, które się zwolnią, zostaną rozdzielone w kolejnej rundzie. Urząd ds. młodzieży ({ $office }) doradzi Państwu także w sprawie opieki dziennej (Kindertagespflege) i innych placówek.
round-line-placed = { $rank }. wybór – { $facility }: zaproponowano miejsce. Propozycję znajdą Państwo na swoim koncie.
round-line-inadmissible = { $rank }. wybór – { $facility }: placówka nie może przyjąć dziecka ({ $reason }).
round-line-no-places = { $rank }. wybór – { $facility }: nie było wolnych miejsc dla dzieci { $band }.
round-line-full = { $rank }. wybór – { $facility }: { $capacity ->
        [one] jedno miejsce
        [few] { $capacity } miejsca
        [many] { $capacity } miejsc
       *[other] { $capacity } miejsc
    } dla dzieci { $band }, przydzielone do progu { $cutoff ->
        [one] 1 punktu
        [few] { $cutoff } punktów
        [many] { $cutoff } punktów
       *[other] { $cutoff } punktów
    } (zgłoszenie z dnia { $cutoff_date }). Państwa dziecko: { $points ->
        [one] 1 punkt
        [few] { $points } punkty
        [many] { $points } punktów
       *[other] { $points } punktów
    }{ $criteria }, zgłoszenie z dnia { $date }.
round-why-link = Dlaczego taki wynik? (runda przydziału)
round-why-inbox = Wszystkie wiadomości

## The cover letter of the care contract, in the family's language (issue 18)
cover-title = Umowa o opiekę (Betreuungsvertrag) dla dziecka { $child }
cover-intro = Placówka { $facility } proponuje dziecku { $child } miejsce od { $start }, { $hours } godz. tygodniowo. Umowa o opiekę jest na kolejnych stronach.
cover-german = Umowa jest po niemiecku: prawnie obowiązuje tylko tekst niemiecki. Ta strona wyjaśnia ją w Państwa języku; nie jest częścią umowy.
cover-what-title = Co jest w umowie
cover-what = Kto zawiera umowę (Państwo i organ prowadzący placówkę, Träger), od kiedy i ile godzin dziecko jest pod opieką, okres adaptacji (Eingewöhnung), Państwa obowiązki (na przykład zaświadczenie o ochronie przed odrą, Masernschutz) i wypowiedzenie (Kündigung): cztery tygodnie przed końcem miesiąca. Składki rodziców (Elternbeiträge) ustala urząd ds. młodzieży (Jugendamt); nie ma ich w umowie.
cover-next-title = Co teraz zrobić
cover-next = Prosimy przeczytać umowę. Prosimy ją podpisać i przesłać na swoje konto lub oddać w placówce. Na pytania o umowę odpowiada { $facility }. Pomoc można też uzyskać w urzędzie ds. młodzieży (Jugendamt): { $office }.

## The read-me inside the data export (ZIP); file and field names stay as they are (issue 18)
export-readme =
    Państwa dane z portalu Kita
    ===========================

    Ten plik wyjaśnia, co jest w archiwum.

    familie.json
      Wszystko, co portal w tym mieście lub tej gminie zapisał o Państwa rodzinie, w formacie, który
      może czytać komputer (JSON). Plik można otworzyć w każdym edytorze tekstu.
      - family: Państwa dane (imię i nazwisko, adres, telefon, e-mail, język, druga osoba z władzą
        rodzicielską)
      - children: Państwa dzieci z datą urodzenia lub przewidywaną datą urodzenia
      - registrations: Państwa zgłoszenia na listy oczekujących (Vormerkung): placówka (facility),
        początek opieki (start_date), godziny tygodniowo (hours), Państwa priorytet (rank), Państwa
        wiadomość do placówki (note), stan (status), historia (history) i kryteria przyjęcia, które
        placówka uwzględniła (criteria)
      - messages: wiadomości w Państwa skrzynce na portalu
      - documents: informacje o Państwa dokumentach (nazwa pliku, rozmiar, suma kontrolna SHA-256,
        data i godzina)

    Co oznaczają stany (status):
      registered = na liście oczekujących (Vormerkung)    offered = otrzymano propozycję miejsca
      accepted   = miejsce przyjęte                       declined = odrzucili Państwo propozycję
      rejected   = odmowa placówki                        withdrawn = zgłoszenie wycofane
      contracted = umowa o opiekę zawarta                 expired = propozycja wygasła
      contract_created = umowa o opiekę udostępniona      contract_signed = podpisana umowa złożona

    Inne informacje:
      place_band: ue3 = miejsce dla dzieci od 3 lat, u3 = miejsce dla dzieci poniżej 3 lat
      actor (w historii): parent = Państwo, facility = placówka, office = urząd ds. młodzieży
        (Jugendamt), system = portal
      origin: online = przez portal, paper = złożone na papierze w placówce
      Czas z "Z" lub "+00:00" jest podany w uniwersalnym czasie koordynowanym (UTC). W Niemczech jest
      o godzinę później (latem o dwie godziny później).

    dokumente/
      Państwa dokumenty: umowa o opiekę (Betreuungsvertrag), podpisana umowa, zaświadczenie o potrzebie
      (Bedarfsnachweis), dowód pilnej potrzeby opieki (Dringlichkeitsnachweis), dowód ochrony przed
      odrą (Masernschutz). "v2" oznacza drugą wersję tego samego dokumentu.

    Na pytania odpowiada urząd ds. młodzieży (Jugendamt) w Państwa mieście lub gminie. Kontakt
    znajdą Państwo na każdej stronie portalu.
conv-title = Wiadomości dotyczące zgłoszenia
conv-back = Wstecz
conv-intro = Tutaj rodzina i placówka piszą do siebie w sprawie tego zgłoszenia. Druga strona otrzymuje e-mail, że jest wiadomość, bez jej treści.
conv-intro-office = Urząd ds. młodzieży czyta (rejestrowane) i nie pisze tutaj.
conv-empty = Brak wiadomości.
conv-from-family = Rodzina
conv-from-facility = Placówka
conv-field = Twoja wiadomość
conv-hint = Najwyżej 5000 znaków, najwyżej 20 wiadomości dziennie.
conv-send = Wyślij wiadomość
conv-link = Napisz do placówki
conv-notice-gesendet = Wiadomość została wysłana.
conv-err-empty = Prosimy napisać wiadomość.
conv-err-long = Wiadomość jest za długa: najwyżej { $max } znaków.
rule-conversation-closed = Nie można już pisać wiadomości w sprawie tego zgłoszenia, ponieważ nie jest ono aktywne.
rule-conversation-limit = Dziś napisano już 20 wiadomości w sprawie tego zgłoszenia. Prosimy napisać jutro.
msg-conversation-subject = Nowa wiadomość od { $facility }
msg-conversation-body = { $facility } napisała do Państwa w sprawie zgłoszenia dziecka { $child }. Wiadomość przeczytają Państwo w portalu: { $path }

# Admission talk (issue 21)
conv-messages = Wiadomości
conv-notice-gebucht = Termin jest zarezerwowany. Plik kalendarza przyjdzie też e-mailem.
conv-notice-abgesagt = Termin jest odwołany. Druga strona została poinformowana.
talk-title = Rozmowa przed przyjęciem
talk-intro-family = Placówka zaprasza Państwa na osobistą rozmowę. Prosimy wybrać termin.
talk-none-yet = Placówka nie zaproponowała jeszcze terminów rozmowy. Poinformujemy o tym tutaj.
talk-booked = Termin: { $at } do { $until }
talk-slot = { $at } do { $until }
talk-mode-place = Na miejscu
talk-mode-phone = Telefonicznie
talk-mode-video = Przez wideo
talk-ics = Dodaj do kalendarza (.ics)
talk-pick = Wybierz ten termin
talk-move = Przenieś na ten termin
talk-other-hint = Żaden termin nie pasuje? Napiszcie Państwo poniżej wiadomość do placówki i poproście o inne terminy.
talk-cancel-summary = Odwołaj termin
talk-cancel-field = Powód odwołania
talk-cancel-hint = Powód pojawi się jako wiadomość w tej rozmowie. Obie strony otrzymają e-mail.
talk-cancel = Odwołaj termin
talk-err-pick = Prosimy wybrać jeden z proponowanych terminów.
talk-err-reason = Prosimy napisać, dlaczego odwołują Państwo termin.
rule-talk-taken = Ten termin jest już zajęty lub minął. Prosimy wybrać inny.
rule-talk-same = Ten termin jest już zarezerwowany dla Państwa.
rule-talk-none = Żaden termin nie jest zarezerwowany.
rule-talk-too-many = Zaproponowano już pięć terminów. Najpierw wycofaj jeden.
rule-talk-overlap = Termin nakłada się na inny termin placówki.
msg-talk-offered-subject = Terminy rozmowy w { $facility }
msg-talk-offered-body = { $facility } zaprasza Państwa na rozmowę w sprawie { $child }. Prosimy wybrać termin w portalu Kita: { $path }
msg-talk-booked-subject = Rozmowa { $at }
msg-talk-booked-body = Rozmowa w sprawie { $child } w { $facility } odbędzie się { $at }. Plik kalendarza jest załączony do tego e-maila. Przenieść lub odwołać: { $path }
msg-talk-cancelled-subject = Rozmowa { $at } odwołana
msg-talk-cancelled-body = Rozmowa w sprawie { $child } w { $facility } { $at } została odwołana. Powód przeczytają Państwo w portalu Kita: { $path }
account-talk-booked = Rozmowa przed przyjęciem: { $at }
account-talk-open = Terminy rozmowy przed przyjęciem: prosimy wybrać
doc-kind-attachment = Załącznik do wiadomości
conv-attachment = Załącznik: { $name }
conv-file = Dołącz plik (opcjonalnie)
conv-file-hint = PDF, JPEG lub PNG, najwyżej 10 MB.
msg-announcement-subject = Nowe ogłoszenie od { $facility }
msg-announcement-body = { $facility } wysłała ogłoszenie do wszystkich rodzin z listy oczekujących. Przeczytają je Państwo w skrzynce w portalu Kita: { $path }
rule-announcement-nobody = Na ten termin rozpoczęcia nie ma żadnej rodziny na liście oczekujących.
rule-talk-past = Rozmowa już się rozpoczęła lub odbyła; nie można jej już przenieść ani odwołać.
