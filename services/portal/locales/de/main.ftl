# STEP – German message catalogue. Every text a person reads comes from here.
# Another language is added as locales/<lang>/main.ftl with the same keys.

district-name = Kreis Steinfurt
site-name = Kita-Portal
skip-link = Zum Inhalt springen
nav-home = Startseite
nav-search = Angebote suchen
nav-district = Alle Städte und Gemeinden
demo-mark = Demo
logo-alt = Logo { $name }

landing-title = Kita-Portal im Kreis Steinfurt
landing-intro = Hier finden Eltern Kitas und Kindertagespflege in allen 24 Städten und Gemeinden des Kreises Steinfurt, wählen bis zu fünf Angebote aus und melden ihr Kind an.
landing-choose = Wählen Sie Ihren Wohnort
landing-office = Jugendamt: { $office }

home-title = Kita-Portal { $name }
home-intro = Finden Sie einen Betreuungsplatz für Ihr Kind in { $name } – in einer Kita oder in der Kindertagespflege.
home-count = { $count ->
    [one] Ein Angebot in { $name }
   *[other] { $count } Angebote in { $name }
}
home-steps = So funktioniert es
step-1-title = 1. Suchen
step-1-text = Suchen Sie Kitas und Kindertagespflegepersonen nach Ihren Wünschen: Startdatum, Betreuungsumfang, Alter, Entfernung, Träger und Konzept.
step-2-title = 2. Auswählen
step-2-text = Wählen Sie bis zu { $max } Angebote mit „Kita/KTP auswählen“ aus – auch schon vor der Anmeldung.
step-3-title = 3. Vormerken
step-3-text = Melden Sie sich an und merken Sie Ihr Kind bei den ausgewählten Angeboten vor. Ihr Kind steht dann auf deren Wartelisten.
step-4-title = 4. Vertrag
step-4-text = Über jede Änderung informiert Sie Ihr Konto. Nach einer Platzzusage schließen Sie den Betreuungsvertrag mit der Kita oder Tagespflegeperson.
home-quick = Schnellsuche
home-personal = Das Portal ersetzt nicht das persönliche Gespräch mit der Kita.

search-title = Angebote suchen
search-filters = Suchfilter
search-filters-change = Suchfilter ändern
error-prefix = Fehler:
field-kind = Art des Angebots
kind-any = Alle Angebote
kind-kita = Kita
kind-ktp = Kindertagespflege
field-birth-date = Geburtsdatum des Kindes
field-birth-date-hint = Auch vor der Geburt möglich: dann den errechneten Geburtstermin angeben.
field-start = Gewünschter Betreuungsbeginn
field-start-hint = Ohne Angabe: { $date } (Beginn des Kita-Jahres).
field-hours = Wochenstunden
hours-any = Beliebig
hours-option = { $hours } Stunden
field-near = Standort
field-near-hint = Eine Straße in { $name } (z. B. Bahnhofstraße) oder Koordinaten „Breite,Länge“.
field-radius-km = Umkreis in km
field-q = Freitext
field-q-hint = Name, Träger, Straße oder Konzept
field-provider = Träger
field-concept = Pädagogisches Konzept
any-option = Alle
field-free-only = Nur Angebote mit freien Plätzen
field-sort = Sortierung
sort-distance = Entfernung
sort-free-places = Freie Plätze
sort-name = Name
field-page = Seite
field-per-page = Treffer pro Seite
field-query = Suchanfrage
search-submit = Suchen
search-results = { $total ->
    [0] Keine Angebote gefunden
    [one] Ein Angebot gefunden
   *[other] { $total } Angebote gefunden
}
search-none = Mit diesen Filtern gibt es keine Treffer. Versuchen Sie es mit weniger Filtern oder einem größeren Umkreis.
search-error-title = Bitte prüfen Sie Ihre Eingabe
result-free = { $count ->
    [0] Zurzeit keine freien Plätze
    [one] 1 freier Platz
   *[other] { $count } freie Plätze
}
result-free-at = zum { $date }
result-distance = { $km } km entfernt
result-hours = Wochenstunden: { $hours }
result-ages = Alter: { $ages }
result-concepts = Konzept: { $concepts }
pagination = Seiten
pagination-prev = Vorherige Seite
pagination-next = Nächste Seite
pagination-page = Seite { $page } von { $pages }

facility-provider = Träger
facility-address = Adresse
facility-contact = Kontakt
facility-phone = Telefon
facility-email = E-Mail
facility-opening = Öffnungszeiten
facility-groups = Gruppenformen
facility-ages = Alter der Kinder
facility-hours = Wochenstunden
facility-concepts = Pädagogisches Konzept
facility-about = Über uns
facility-criteria = Aufnahmekriterien
facility-criteria-intro = Die Plätze werden nach diesen veröffentlichten Kriterien vergeben. Je mehr Punkte, desto höher der Rang auf der Warteliste; bei gleicher Punktzahl entscheidet das Datum der Vormerkung.
facility-points = { $points ->
    [one] 1 Punkt
   *[other] { $points } Punkte
}
facility-places = Freie Plätze
facility-places-start = Beginn
facility-places-band = Altersgruppe
facility-places-free = Frei
facility-places-none = Zurzeit sind keine freien Plätze gemeldet. Eine Vormerkung ist trotzdem möglich.
band-u3 = unter 3 Jahren
band-ue3 = ab 3 Jahren
facility-map = Lage
facility-map-label = Lageplan: Standort im Gemeindegebiet (Punkt in der Mitte: Ortszentrum)
facility-map-open = Auf OpenStreetMap ansehen
facility-coordinates = Koordinaten: { $lat }, { $lon }
facility-back = Zurück zur Suche

age-months = { $months ->
    [one] 1 Monat
   *[other] { $months } Monate
}
age-years = { $years ->
    [one] 1 Jahr
   *[other] { $years } Jahre
}
age-years-months = { $years ->
    [one] 1 Jahr
   *[other] { $years } Jahre
} { $months ->
    [one] 1 Monat
   *[other] { $months } Monate
}

footer-contact = Ihre Ansprechpartner
footer-office = Zuständiges Jugendamt
contact-phone = Telefon: { $phone }
contact-email = E-Mail: { $email }
footer-demo = Mit „Demo“ markierte Kontakte sind Platzhalter für die Vorführung.

error-not-found-title = Seite nicht gefunden
error-not-found = Diese Seite gibt es nicht. Vielleicht ist der Link veraltet oder die Adresse enthält einen Tippfehler.
error-bad-request-title = Ungültige Eingabe
error-bad-request = Die Anfrage enthält eine ungültige Angabe.
error-maintenance-title = Vorübergehend nicht verfügbar
error-maintenance = Das Portal dieser Gemeinde wird gerade aktualisiert. Bitte versuchen Sie es in einigen Minuten erneut. Ihre Daten sind sicher.
error-internal-title = Ein Fehler ist aufgetreten
error-internal = Leider ist bei uns ein Fehler aufgetreten. Ihre Daten sind nicht verloren. Bitte versuchen Sie es später erneut.
error-help = Wenn das Problem bleibt, helfen wir Ihnen gerne:
error-back-home = Zur Startseite

err-kind = Bitte wählen Sie „kita“ oder „ktp“.
err-date-format = Bitte geben Sie ein gültiges Datum im Format JJJJ-MM-TT an (z. B. 2027-08-01).
err-start-past = Der Betreuungsbeginn darf nicht in der Vergangenheit liegen.
err-start-too-far = Der Betreuungsbeginn darf höchstens drei Jahre in der Zukunft liegen.
err-birth-too-far = Das Geburtsdatum darf höchstens zehn Monate in der Zukunft liegen.
err-birth-too-old = Das Portal vermittelt Betreuung für Kinder bis 14 Jahre.
err-birth-after-start = Das Kind muss zum gewünschten Betreuungsbeginn geboren sein. Bitte wählen Sie einen späteren Beginn.
err-not-a-number = Bitte geben Sie eine ganze Zahl ein.
err-number-range = Bitte geben Sie eine Zahl von { $min } bis { $max } an.
err-kita-hours = In Kitas werden 25, 35 oder 45 Wochenstunden gebucht.
err-near = Bitte geben Sie den Standort als „Breite,Länge“ an (z. B. 52.2799,7.4400).
err-radius = Bitte geben Sie einen Umkreis über 0 und bis { $max } km an.
err-radius-needs-near = Für einen Umkreis brauchen wir einen Standort.
err-boolean = Bitte geben Sie „true“ oder „false“ an.
err-sort = Bitte sortieren Sie nach „distance“, „free_places“ oder „name“.
err-sort-needs-near = Für die Sortierung nach Entfernung brauchen wir einen Standort.
err-text-too-long = Bitte geben Sie höchstens { $max } Zeichen ein.
err-text-control = Die Eingabe enthält unzulässige Steuerzeichen.
err-location-unknown = Diesen Standort kennen wir nicht. Bitte geben Sie eine Straße des Ortes oder Koordinaten an.
err-query = Die Suchanfrage konnte nicht gelesen werden (ein Parameter ist doppelt oder ungültig).
error-code = Fehlercode { $status }
