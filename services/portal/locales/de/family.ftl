# STEP – German message catalogue for families: every text a family reads (public pages, sign-in,
# selection, family, children, registrations, account, inbox, offers, documents, e-mails, errors).
# Each family language has this file with the same ids and placeables (checked by the tests).

district-name = Kreis Steinfurt
site-name = Kita-Portal
skip-link = Zum Inhalt springen
# This language named in itself (the switcher and the family form show it) and its direction (ltr or rtl).
language-name = Deutsch
language-direction = ltr
nav-main = Hauptnavigation
language-switch = Sprache
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
err-date-format = Bitte geben Sie ein gültiges Datum an, z. B. 01.08.2027.
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
search-location-used = Wir zeigen Ergebnisse in der Nähe von „{ $street }“.
search-location-unknown = Eine Straße „{ $place }“ haben wir in { $name } nicht gefunden. Wir zeigen alle Angebote – ohne Umkreis und nicht nach Entfernung sortiert.
search-location-did-you-mean = Meinten Sie:
err-query = Die Suchanfrage konnte nicht gelesen werden (ein Parameter ist doppelt oder ungültig).
error-code = Fehlercode { $status }

## Sign-in, selection, account (issue 4)
nav-selection = { $count ->
    [0] Meine Auswahl
   *[other] Meine Auswahl ({ $count })
}
nav-account = Mein Konto
nav-menu = Menü
nav-office = Jugendamt
nav-login = Anmelden
nav-logout = Abmelden
select-button = Kita/KTP auswählen
select-button-label = Kita/KTP auswählen: { $name }
select-done = Ausgewählt ✓ – zu „Meine Auswahl“
select-done-count = Ausgewählt ✓ – { $count } von { $max } in „Meine Auswahl“
select-full = Ihre Auswahl ist voll ({ $max } von { $max }) – ein Angebot ersetzen
selection-title = Meine Auswahl
selection-intro = Wählen Sie bis zu { $max } Kitas oder Kindertagespflegestellen aus. Die Reihenfolge ist Ihre Priorität: oben steht Ihr Wunschplatz.
selection-empty = Sie haben noch nichts ausgewählt. Suchen Sie Angebote und wählen Sie sie mit „Kita/KTP auswählen“ aus.
selection-up-label = { $name } nach oben
selection-down-label = { $name } nach unten
selection-remove-label = { $name } entfernen
selection-remove = Entfernen
selection-order = Die Einrichtungen sehen nur, dass Ihr Kind vorgemerkt ist – nicht, wo Sie es sonst noch vorgemerkt haben.
register-title = Kind vormerken
register-login-first = Um Ihr Kind vorzumerken, melden Sie sich an. Ihre Auswahl bleibt dabei erhalten.
register-family-first = Zuerst Familiendaten angeben
register-child-first = Zuerst ein Kind anlegen
register-child = Kind
register-note = Nachricht an die Einrichtung (freiwillig)
register-criteria-legend = Welche Aufnahmekriterien dieser Einrichtung treffen auf Ihre Familie zu?
register-criteria-hint = Freiwillig. Die Einrichtung prüft Ihre Angaben. Nachweise (z. B. eine Arbeitgeberbescheinigung) können Sie nach der Vormerkung unter „Dokumente“ hochladen.
register-submit = { $count ->
    [one] Bei 1 Angebot vormerken
   *[other] Bei { $count } Angeboten vormerken
}
account-title = Mein Konto
inbox-link = { $count ->
    [0] Nachrichten
    [one] Nachrichten (1 ungelesen)
   *[other] Nachrichten ({ $count } ungelesen)
}
account-family = Familie
account-family-edit = Kontaktdaten ändern
account-child-add = Kind hinzufügen
child-born = geboren am { $date }
child-expected = erwartet am { $date }
account-no-registrations = Noch keine Vormerkung.
registration-start = Beginn { $date }
registration-rank = Priorität { $rank }
registration-waiting = { $count ->
    [one] Auf der Warteliste für diesen Beginn: nur Ihr Kind
   *[other] Auf der Warteliste für diesen Beginn: { $count } Kinder
}
registration-history = Verlauf
withdraw-link = Vormerkung zurückziehen
family-title = Familiendaten
family-intro = Diese Angaben braucht die Kita in { $name }, um Sie zu erreichen. Sie können sie jederzeit ändern.
family-first_name = Vorname
family-last_name = Nachname
family-street = Straße und Hausnummer
family-postcode = Postleitzahl
family-city = Ort
family-phone = Telefon
family-email = E-Mail
family-language = Bevorzugte Sprache
family-guardian2 = Zweiter Elternteil (freiwillig)
family-guardian2_first_name = Vorname
family-guardian2_last_name = Nachname
family-guardian2_phone = Telefon
family-guardian2_email = E-Mail
save = Speichern
child-title = Kind anlegen
child-birth-date = Geburtsdatum
child-birth-hint = Noch nicht geboren? Dann das Geburtsdatum leer lassen und den errechneten Termin angeben.
child-expected-date = Errechneter Geburtstermin
child-save = Kind speichern
withdraw-title = Vormerkung zurückziehen
withdraw-question = Möchten Sie die Vormerkung von { $child } bei { $facility } (Beginn { $date }) wirklich zurückziehen?
withdraw-consequence = Ihr Kind steht dann nicht mehr auf der Warteliste dieser Einrichtung. Das lässt sich nicht rückgängig machen; Sie können es aber neu vormerken.
withdraw-confirm = Ja, zurückziehen
withdraw-cancel = Nein, zurück
withdraw-not-possible = Diese Vormerkung kann nicht mehr zurückgezogen werden (Stand: { $status }).
give-back-link = Betreuungsplatz zurückgeben
give-back-title = Betreuungsplatz zurückgeben
give-back-question = Möchten Sie den angenommenen Platz von { $child } bei { $facility } (Beginn { $date }) wirklich zurückgeben?
give-back-consequence = Der Platz wird wieder frei und kann an ein anderes Kind gehen. Das lässt sich nicht rückgängig machen. Einen bereits geschlossenen Betreuungsvertrag kündigen Sie bitte zusätzlich bei der Einrichtung.
give-back-confirm = Ja, Platz zurückgeben
inbox-title = Nachrichten
inbox-empty = Noch keine Nachrichten.
inbox-new = Neu

notice-added = Das Angebot ist in „Meine Auswahl“.
notice-removed = Das Angebot wurde aus „Meine Auswahl“ entfernt.
notice-moved = Die Reihenfolge wurde geändert.
notice-full = Sie haben schon die höchstmögliche Zahl von Angeboten ausgewählt. Entfernen Sie erst ein Angebot, um ein anderes auszuwählen.
notice-already = Dieses Angebot ist bereits ausgewählt.
notice-registered = Ihr Kind ist vorgemerkt. Sie finden alle Vormerkungen hier und bekommen eine Nachricht bei jeder Änderung.
notice-registered-some = { $count ->
    [one] 1 Vormerkung wurde gespeichert. Bei den übrigen Angeboten fehlt noch etwas:
   *[other] { $count } Vormerkungen wurden gespeichert. Bei den übrigen Angeboten fehlt noch etwas:
}
notice-abgemeldet = Sie sind abgemeldet. Auf einem gemeinsam genutzten Gerät schließen Sie bitte noch das Browserfenster.
notice-withdrawn = Die Vormerkung wurde zurückgezogen.
notice-contract-accepted = Sie haben den Betreuungsvertrag angenommen. Der Platz ist vertraglich vereinbart; die Einrichtung ist benachrichtigt.
contract-open-link = Vertrag ansehen und annehmen
signing-title = Betreuungsvertrag für { $child }
signing-facility = Einrichtung
signing-start = Beginn
signing-settling = Eingewöhnung ab { $date }
signing-times = Betreuungszeiten
signing-times-value = montags bis freitags { $from } bis { $until } Uhr ({ $hours } Stunden pro Woche)
signing-group = Gruppe
signing-pdf = Den ganzen Vertrag lesen (PDF, Fassung { $version })
signing-online-title = Vertrag online annehmen
signing-login-again-text = Zur Sicherheit melden Sie sich vor dem Annehmen noch einmal beim Anmeldedienst an. Danach kommen Sie hierher zurück.
signing-login-again = Erneut anmelden
signing-confirm-label = Ich habe den Betreuungsvertrag (Fassung { $version }) mit { $facility } gelesen und nehme ihn verbindlich an.
signing-button = Vertrag verbindlich annehmen
signing-hint = Gespeichert werden, wer angenommen hat, wann und welche Fassung. Sie müssen dann nichts ausdrucken oder hochladen.
signing-or-upload = Sie können den Vertrag auch ausdrucken, unterschreiben und hochladen:
signing-paper = Bitte drucken Sie den Vertrag aus, unterschreiben Sie ihn und laden Sie ihn hoch:
notice-family-saved = Ihre Familiendaten sind gespeichert.
notice-family-copied = Ihre Familiendaten und Kinder sind übernommen. Bitte prüfen Sie sie unter „Kontaktdaten ändern“, besonders die Adresse.
copy-title = Familiendaten übernehmen?
copy-intro = Sie sind schon in einer anderen Gemeinde des Kreises registriert. Sie können Ihre Familiendaten und Kinder von dort nach { $name } übernehmen, statt sie neu einzugeben.
copy-button = Aus { $from } übernehmen
copy-hint = Übernommen werden nur Familiendaten und Kinder; Vormerkungen, Nachrichten und Dokumente bleiben in ihrer Gemeinde. Die Daten werden in dieser Gemeinde gespeichert, nicht zentral.
field-copy-from = Übernehmen aus
err-copy-source = Aus dieser Gemeinde können wir keine Familiendaten übernehmen.
rule-family-exists = Sie haben in dieser Gemeinde schon Familiendaten. Sie werden nicht überschrieben.
elsewhere-title = Ihre Vormerkungen in anderen Gemeinden
elsewhere-intro = Sie sind auch in diesen Gemeinden des Kreises registriert:
elsewhere-link = Mein Konto in { $name }
notice-child-saved = Das Kind ist gespeichert.

status-registered = Vorgemerkt (auf der Warteliste)
status-offered = Platzangebot erhalten
status-accepted = Platz angenommen
status-declined = Angebot abgelehnt
status-rejected = Absage der Einrichtung
status-withdrawn = Zurückgezogen
status-contracted = Betreuungsvertrag geschlossen
status-expired = Angebot abgelaufen

msg-registered-subject = Vormerkung bei { $facility }
msg-registered-body = { $child } ist bei { $facility } für den Beginn am { $start } vorgemerkt und steht auf der Warteliste. Sie erhalten eine Nachricht, sobald sich etwas ändert.
msg-withdrawn-subject = Vormerkung bei { $facility } zurückgezogen
msg-withdrawn-body = Sie haben die Vormerkung von { $child } bei { $facility } zurückgezogen.

error-csrf-title = Formular abgelaufen
error-csrf = Das Formular war nicht mehr gültig (Sicherheitsprüfung). Bitte laden Sie die Seite neu und senden Sie es noch einmal. Es wurde nichts gespeichert.
error-unauthorized-title = Bitte anmelden
error-unauthorized = Für diese Aktion müssen Sie angemeldet sein.
login-cancelled-title = Anmeldung abgebrochen
login-cancelled = Sie haben die Anmeldung abgebrochen. Ihre Auswahl ist noch da; Sie können sich jederzeit erneut anmelden.
login-failed-title = Anmeldung fehlgeschlagen
login-failed = Die Anmeldung konnte nicht abgeschlossen werden. Bitte starten Sie sie noch einmal über „Anmelden“.
error-provider-title = Anmeldedienst nicht erreichbar
error-provider = Der zentrale Anmeldedienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.
error-not-json-title = Falsches Format
error-not-json = Die Anfrage muss JSON (application/json) enthalten.
error-rule-title = Änderung nicht möglich
rule-registration-limit = Ihr Kind ist bereits bei der höchstmöglichen Zahl von Angeboten vorgemerkt. Ziehen Sie erst eine Vormerkung zurück.
rule-registration-duplicate = Ihr Kind ist bei diesem Angebot bereits vorgemerkt.
rule-registration-hours = Dieses Angebot bietet den gewählten Betreuungsumfang nicht an.
rule-registration-age = Ihr Kind hat zum gewünschten Beginn nicht das Alter, das dieses Angebot aufnimmt.
rule-registration-not-active = Diese Vormerkung ist nicht mehr aktiv.
rule-registration-facility = Dieses Angebot gibt es in dieser Gemeinde nicht.
rule-family-missing = Bitte geben Sie zuerst Ihre Familiendaten an.
rule-selection-full = Es können höchstens so viele Angebote ausgewählt werden, wie die Gemeinde erlaubt (meist 5).
rule-other = Die Änderung ist nicht möglich.

err-required = Bitte ausfüllen.
err-email = Bitte geben Sie eine gültige E-Mail-Adresse an (z. B. name@beispiel.de).
err-phone = Bitte geben Sie eine Telefonnummer mit Ziffern an (z. B. 05451 123-45).
err-postcode = Bitte geben Sie eine fünfstellige Postleitzahl an.
err-language = Bitte wählen Sie eine der angebotenen Sprachen.
err-birth-or-expected = Bitte geben Sie entweder das Geburtsdatum oder den errechneten Termin an, nicht beides.
err-birth-missing = Bitte geben Sie das Geburtsdatum oder – vor der Geburt – den errechneten Termin an.
err-birth-future = Das Geburtsdatum liegt in der Zukunft. Für ein ungeborenes Kind geben Sie bitte den errechneten Termin an.
err-expected-range = Der errechnete Termin muss zwischen vor einem Monat und in zehn Monaten liegen.
err-child = Bitte wählen Sie eines Ihrer Kinder.
err-facility = Dieses Angebot gibt es in dieser Gemeinde nicht.
err-json = Der Inhalt ist kein gültiges JSON dieser Form.
err-action = Unbekannte Aktion.

field-first-name = Vorname
field-last-name = Nachname
field-street = Straße
field-postcode = Postleitzahl
field-city = Ort
field-phone = Telefon
field-email = E-Mail
field-language = Sprache
field-guardian2-first-name = Vorname (2. Elternteil)
field-guardian2-last-name = Nachname (2. Elternteil)
field-guardian2-phone = Telefon (2. Elternteil)
field-guardian2-email = E-Mail (2. Elternteil)
field-expected-birth-date = Errechneter Geburtstermin
field-child-id = Kind
field-facility-id = Angebot
field-facility-ids = Angebote
field-rank = Priorität
field-note = Nachricht
field-body = Inhalt
field-action = Aktion

## E-mails
mail-subject-prefix = Kita-Portal { $portal }
mail-footer = Kita-Portal { $portal } – alle Nachrichten finden Sie auch in Ihrem Konto.
    Fragen? { $contact }, { $street }, { $postcode } { $city }, Telefon { $phone }, { $email }

## Offers, answers, declines (issue 5)
msg-offered-subject = Platzangebot von { $facility }
msg-offered-body = Gute Nachricht: { $facility } bietet { $child } einen Platz an. Bitte antworten Sie bis zum { $date } in Ihrem Konto (annehmen oder ablehnen). Ohne Antwort verfällt das Angebot und der Platz geht an das nächste Kind.
msg-rejected-subject = Absage von { $facility }
msg-rejected-body = { $facility } kann { $child } leider keinen Platz anbieten. Grund: { $reason }. Hinweis der Einrichtung: { $note }. Ihre anderen Vormerkungen bleiben bestehen.
msg-accepted-subject = Platz bei { $facility } angenommen
msg-accepted-body = Sie haben den Platz für { $child } bei { $facility } angenommen. Die Einrichtung meldet sich wegen des Betreuungsvertrags bei Ihnen.
msg-auto-withdrawn-subject = Vormerkung bei { $facility } beendet
msg-auto-withdrawn-body = Weil Sie für { $child } einen Platz angenommen haben, wurde die Vormerkung bei { $facility } automatisch zurückgezogen. Die Einrichtung wurde informiert.
msg-declined-subject = Platzangebot von { $facility } abgelehnt
msg-declined-body = Sie haben das Platzangebot für { $child } bei { $facility } abgelehnt. Der Platz geht an das nächste Kind auf der Warteliste.
msg-offer-reminder-subject = Erinnerung: Platzangebot von { $facility } bis { $date } beantworten
msg-offer-reminder-body = Das Platzangebot für { $child } bei { $facility } gilt nur noch bis { $date }. Bitte nehmen Sie es in Ihrem Konto an oder lehnen Sie es ab. Ohne Antwort verfällt es, und der Platz geht an ein anderes Kind.
msg-notice-subject = Ein Bescheid des Jugendamts zu { $child }
msg-notice-body = Das Jugendamt hat Ihnen einen Bescheid zu { $child } geschickt. Sie finden ihn als PDF in Ihrem Konto unter „Bescheide“.
account-notices-title = Bescheide des Jugendamts
account-notices-hint = Förmliche Bescheide als PDF. Bitte bewahren Sie sie auf: Sie enthalten Fristen und die Rechtsbehelfsbelehrung.
msg-expired-subject = Platzangebot von { $facility } abgelaufen
msg-expired-body = Das Platzangebot für { $child } bei { $facility } ist abgelaufen, weil bis zur Frist keine Antwort kam. Bitte wenden Sie sich an die Einrichtung, wenn Sie weiter Interesse haben.
msg-paper-subject = Vormerkung bei { $facility }
msg-paper-body = { $facility } hat { $child } für den Beginn am { $start } auf die Warteliste gesetzt. Mit dieser E-Mail-Adresse können Sie sich im Kita-Portal anmelden und alles im Konto verfolgen.

reason-no_place = Keine freien Plätze zum gewünschten Beginn
reason-age_band = Kein Platz in dieser Altersgruppe
reason-hours = Der gewünschte Betreuungsumfang ist nicht verfügbar
reason-criteria = Andere Kinder hatten nach den Aufnahmekriterien Vorrang
reason-other = Anderer Grund (siehe Hinweis)

rule-registration-not-waiting = Diese Vormerkung wartet nicht mehr auf einen Platz (sie wurde schon beantwortet oder zurückgezogen).
rule-offer-no-place = Für diesen Beginn, diese Altersgruppe und diesen Betreuungsumfang ist kein Platz mehr frei. Bitte tragen Sie zuerst freie Plätze ein.
rule-offer-lock = Das Kind hat gerade ein offenes Platzangebot einer anderen Einrichtung. Solange die Angebotssperre des Jugendamts gilt, pausiert diese Vormerkung.
rule-offer-not-open = Zu dieser Vormerkung gibt es kein offenes Platzangebot (mehr).
rule-offer-expired = Die Antwortfrist dieses Platzangebots ist abgelaufen.
rule-capacity-exists = Für diesen Beginn, diese Altersgruppe und diese Wochenstunden gibt es schon eine Zeile. Bitte ändern Sie die Zahl dort. Es wurde nichts gespeichert.
rule-registration-placed = Ihr Kind hat schon einen Platz angenommen. Eine weitere Vormerkung ist nicht möglich; wenn Sie wechseln möchten, ziehen Sie zuerst den angenommenen Platz zurück.
rule-capacity-changed = Die freien Plätze haben sich inzwischen geändert (z. B. durch ein Platzangebot), und so würde eine Zahl unter null fallen. Hier sind die aktuellen Zahlen; bitte prüfen Sie Ihre Änderung und speichern Sie erneut. Es wurde nichts gespeichert.
rule-criterion-unknown = Dieses Aufnahmekriterium gibt es in der Einrichtung nicht.
error-forbidden-title = Keine Berechtigung
error-forbidden = Mit Ihrem Konto dürfen Sie diese Seite nicht öffnen. Wenn Sie hier arbeiten sollen, bitten Sie Ihr Jugendamt, Ihnen die Rolle zu geben.

notice-accepted = Sie haben den Platz angenommen. Weitere offene Vormerkungen dieses Kindes wurden, falls vorhanden, zurückgezogen und die Einrichtungen informiert.
notice-refused = Sie haben das Platzangebot abgelehnt.
account-offer = Platzangebot: bitte bis { $date } antworten
offer-banner-title = { $count ->
    [one] Ein Platzangebot wartet auf Ihre Antwort
   *[other] { $count } Platzangebote warten auf Ihre Antwort
}
offer-banner-text = { $facility } bietet { $child } einen Platz an. Bitte antworten Sie bis { $date }.
nav-alerts = { $offers ->
    [0] {""}
    [one] 1 offenes Platzangebot
   *[other] { $offers } offene Platzangebote
}{ $offers ->
    [0] {""}
   *[other] { $messages ->
        [0] {""}
       *[other] , {""}
    }
}{ $messages ->
    [0] {""}
    [one] 1 neue Nachricht
   *[other] { $messages } neue Nachrichten
}
inbox-answer-offer = Zum Angebot
inbox-to-registration = Zur Vormerkung
account-accept = Platz annehmen
account-refuse = Angebot ablehnen
account-criteria = Berücksichtigte Aufnahmekriterien
account-declared = Ihre Angaben zu den Aufnahmekriterien
declared-pending = wird von der Einrichtung geprüft
declared-confirmed = bestätigt
declared-not-confirmed = nicht bestätigt
account-reason = Grund der Absage
accept-title = Platz annehmen
refuse-title = Platzangebot ablehnen
accept-question = Möchten Sie den Platz für { $child } bei { $facility } ab { $date } annehmen?
refuse-question = Möchten Sie das Platzangebot für { $child } bei { $facility } wirklich ablehnen?
answer-later = Noch nicht entscheiden, zurück zum Konto
answer-deadline = Antwortfrist: { $date }
accept-others = { $count ->
    [one] Mit der Annahme wird diese andere Vormerkung des Kindes zurückgezogen:
   *[other] Mit der Annahme werden diese { $count } anderen Vormerkungen des Kindes zurückgezogen:
}
refuse-consequence = Der Platz geht dann an das nächste Kind. Ihre anderen Vormerkungen bleiben bestehen.
accept-confirm = Ja, Platz annehmen
refuse-confirm = Ja, ablehnen
answer-not-open = Zu dieser Vormerkung gibt es kein offenes Platzangebot (Stand: { $status }).
footer-staff = Für Einrichtungen und Jugendämter

## Facility desk
desk-title = Arbeitsplatz
child-first_name = Vorname des Kindes
child-last_name = Nachname des Kindes
field-answer-by = Antwort bis
field-place-start = Frei ab
field-reason = Grund
field-child-first-name = Vorname des Kindes
field-child-last-name = Nachname des Kindes
field-answer-by-short = Frist
field-from = Beginn ab (JJJJ-MM)
field-to = Beginn bis (JJJJ-MM)
err-answer-by = Die Antwortfrist muss nach heute und höchstens { $days } Tage in der Zukunft liegen.
err-reason = Bitte wählen Sie einen Grund aus der Liste.
err-reason-note = Bitte erklären Sie den anderen Grund in der Nachricht an die Familie (Pflicht bei „Anderer Grund“).
err-too-many = Bitte geben Sie höchstens { $max } Einträge an.
err-age-band = Bitte wählen Sie „unter 3 Jahren“ oder „ab 3 Jahren“.
err-criterion = Unbekanntes Kriterium.
err-month = Bitte geben Sie den Monat an, z. B. 08/2027.
err-month-order = Der letzte Monat liegt vor dem ersten. Bitte tauschen Sie die beiden Monate.

## Office
err-period = Das Ende des Zeitraums liegt vor seinem Anfang.
err-day = Bitte geben Sie ein Datum als TT.MM.JJJJ an (z. B. 01.08.2027).

## Documents (issue 6)
doc-section = Dokumente
doc-none = Noch keine Dokumente.
doc-version = Fassung { $version }
doc-kind-contract = Betreuungsvertrag
doc-kind-signed = Unterschriebener Vertrag
doc-kind-need = Bedarfsnachweis für 45 Wochenstunden
doc-kind-urgency = Nachweis der Dringlichkeit
doc-kind-other = Sonstiges Dokument
doc-by-parent = von der Familie
doc-by-facility = von der Einrichtung
doc-page-title = Dokumente für { $child }
doc-link = Dokumente
doc-upload-title = Dokument hochladen
doc-kind-label = Art des Dokuments
doc-file-label = Datei (PDF, JPEG oder PNG)
doc-upload-hint = Erlaubt sind PDF-, JPEG- und PNG-Dateien bis { $mb } MB.
doc-upload-button = Hochladen
doc-notice-uploaded = Das Dokument wurde gespeichert. Die Einrichtung wurde benachrichtigt.
doc-parent-contract-hint = Sobald die Einrichtung den Betreuungsvertrag bereitstellt, erscheint er hier. Laden Sie ihn herunter, unterschreiben Sie ihn und laden Sie die unterschriebene Fassung als „Unterschriebener Vertrag“ hoch.
doc-contracted = Der Betreuungsvertrag ist bestätigt.
field-care-from = Betreuung täglich ab (Uhrzeit)
field-care-until = Betreuung täglich bis (Uhrzeit)
field-group = Gruppe (freiwillig)
field-settling-in = Beginn der Eingewöhnung
account-contracts = Betreuungsvertrag
upload-refused-title = Datei nicht angenommen
upload-empty = Die Datei ist leer. Bitte wählen Sie eine Datei mit Inhalt.
upload-too-large = Die Datei ist größer als 10 MB. Bitte verkleinern Sie sie (zum Beispiel als PDF mit geringerer Auflösung scannen).
upload-wrong-type = Die Datei ist kein PDF, JPEG oder PNG. Geprüft wird der Inhalt der Datei, nicht ihr Name.
upload-bad-name = Der Dateiname darf keine Schräg- oder Steuerzeichen enthalten und höchstens 200 Zeichen lang sein.
upload-missing = Bitte wählen Sie eine Datei aus.
upload-one-file = Bitte laden Sie eine Datei auf einmal hoch.
upload-unreadable = Die Datei kam nicht vollständig an. Bitte versuchen Sie es erneut.
upload-kind = Bitte wählen Sie die Art des Dokuments aus der Liste.
error-documents-title = Dokumentenablage nicht erreichbar
error-documents = Die Dokumentenablage ist gerade nicht erreichbar. Es wurde nichts gespeichert. Bitte versuchen Sie es in einigen Minuten erneut.
error-database-title = Datenbank nicht erreichbar
error-database = Das Kita-Portal erreicht seine Datenbank gerade nicht. Was schon gespeichert war, bleibt erhalten. Bitte versuchen Sie es in einer Minute erneut.
rule-contract-not-accepted = Einen Vertrag gibt es erst, wenn die Familie den Platz angenommen hat.
rule-contract-not-signed = Bitte laden Sie zuerst den unterschriebenen Vertrag hoch (oder warten Sie, bis die Familie ihn hochlädt).
rule-contract-missing = Ein unterschriebener Vertrag kann erst hochgeladen werden, wenn die Einrichtung den Vertrag erstellt hat und der Platz angenommen ist.
rule-contract-confirmed = Der Vertrag ist bereits bestätigt.
rule-online-contract-off = In dieser Gemeinde wird der Vertrag nicht online angenommen. Bitte drucken Sie ihn aus, unterschreiben Sie ihn und laden Sie ihn hoch.
rule-contract-changed = Die Einrichtung hat inzwischen eine neue Fassung des Vertrags erstellt. Bitte lesen Sie die neue Fassung, bevor Sie sie annehmen.
rule-reauthenticate = Bitte melden Sie sich zur Sicherheit noch einmal an, bevor Sie den Vertrag annehmen.
err-time = Bitte geben Sie eine Uhrzeit an, z. B. 7:30 oder 14 Uhr.
err-time-range = Bitte geben Sie eine Uhrzeit zwischen { $from } und { $until } Uhr an.
err-time-order = Das Ende der Betreuungszeit muss nach dem Beginn liegen.
err-time-short = An fünf Tagen ergeben diese Zeiten weniger als die vereinbarten { $hours } Wochenstunden. Bitte verlängern Sie die tägliche Betreuungszeit.
err-date = Bitte geben Sie ein Datum an, z. B. 01.08.2027.
err-date-past = Dieses Datum liegt in der Vergangenheit.
err-settling = Die Eingewöhnung beginnt frühestens am Betreuungsbeginn ({ $start }) und spätestens am { $last }.
err-accept-confirm = Bitte bestätigen Sie, dass Sie den Vertrag gelesen haben und annehmen.
status-contract_created = Betreuungsvertrag bereitgestellt
status-contract_signed = Unterschriebener Vertrag hinterlegt
msg-contract-created-subject = Betreuungsvertrag für { $child } bei { $facility }
msg-contract-created-body = { $facility } hat den Betreuungsvertrag für { $child } bereitgestellt. Sie finden ihn in Ihrem Konto unter „Dokumente“: Bitte laden Sie ihn herunter, unterschreiben Sie ihn und laden Sie die unterschriebene Fassung dort wieder hoch.
msg-contract-signed-subject = Unterschriebener Vertrag für { $child } hinterlegt
msg-contract-signed-body = { $facility } hat den unterschriebenen Betreuungsvertrag für { $child } hinterlegt. Sie finden ihn in Ihrem Konto unter „Dokumente“.
msg-contracted-subject = Betreuungsvertrag für { $child } bestätigt
msg-contracted-body = { $facility } hat den Betreuungsvertrag für { $child } bestätigt. Der Platz ist vertraglich vereinbart. Den Vertrag finden Sie in Ihrem Konto.
msg-contract-accepted-subject = Betreuungsvertrag für { $child } angenommen
msg-contract-accepted-body = Sie haben den Betreuungsvertrag für { $child } bei { $facility } online angenommen. Der Platz ist vertraglich vereinbart. Den Vertrag finden Sie in Ihrem Konto.
msg-retention-deleted-subject = Vormerkung für { $child } gelöscht
msg-retention-deleted-body = Ihre Vormerkung für { $child } bei { $facility } wurde nach Ablauf der Aufbewahrungsfrist gelöscht, weil sie nicht beantwortet wurde. Wenn Sie weiterhin einen Platz suchen, merken Sie Ihr Kind bitte erneut vor.
export-link = Alle meine Daten herunterladen (ZIP)
export-hint = Enthält alle Angaben zu Ihrer Familie, Ihren Kindern, Vormerkungen und Nachrichten sowie alle Dokumente.
delete-link = Konto und Daten löschen
delete-title = Konto und Daten löschen
delete-lead = Hier löschen Sie alles, was das Kita-Portal { $municipality } über Ihre Familie gespeichert hat.
delete-what = Gelöscht werden Ihre Angaben, Ihre Kinder, alle Vormerkungen (auch Platzangebote und angenommene Plätze) und Ihre Nachrichten.
delete-documents = { $count ->
    [one] Ihr hochgeladenes Dokument wird gelöscht.
   *[other] Ihre { $count } Dokumente werden gelöscht.
}
delete-export-first = laden Sie Ihre Daten vorher herunter, wenn Sie sie behalten möchten.
delete-confirm-label = Ja, ich möchte meine Daten in diesem Portal endgültig löschen.
delete-confirm-missing = Bitte bestätigen Sie das Löschen mit dem Häkchen.
delete-button = Endgültig löschen
doc-parent-sign-hint = Laden Sie den Betreuungsvertrag herunter, unterschreiben Sie ihn und laden Sie die unterschriebene Fassung hier als „Unterschriebener Vertrag“ hoch. Die Einrichtung bestätigt ihn dann.
doc-kind-measles = Nachweis Masernschutz
doc-kind-proof = Nachweis zu einem Aufnahmekriterium
delete-documents-none = Sie haben keine Dokumente hochgeladen.
delete-kept-count = { $count ->
    [one] Ein bestätigter Betreuungsvertrag bleibt erhalten: Die Einrichtung muss ihn { $years } Jahre aufbewahren; danach wird er gelöscht.
   *[other] { $count } Dokumente bestätigter Betreuungsverträge bleiben erhalten: Die Einrichtung muss sie { $years } Jahre aufbewahren; danach werden sie gelöscht.
}
delete-contract-note = Das Löschen kündigt keinen Betreuungsvertrag. Eine Kündigung richten Sie bitte schriftlich an die Einrichtung.
deleted-title = Ihre Daten wurden gelöscht
deleted-lead = Alles, was das Kita-Portal { $municipality } über Ihre Familie gespeichert hatte, ist gelöscht.
deleted-kept = { $count ->
    [one] Ein Dokument eines bestätigten Betreuungsvertrags wird von der Einrichtung aufbewahrt. Fragen dazu beantwortet die Einrichtung oder das Jugendamt.
   *[other] { $count } Dokumente bestätigter Betreuungsverträge werden von der Einrichtung aufbewahrt. Fragen dazu beantwortet die Einrichtung oder das Jugendamt.
}
deleted-signout = Sie sind im Kita-Portal abgemeldet. Melden Sie sich auch beim Anmeldedienst des Kreises ab, damit an diesem Gerät niemand ohne Passwort in Ihr Konto gelangt.
deleted-signout-button = Beim Anmeldedienst abmelden
deleted-home = Zur Startseite
upload-need-hours = Ein Bedarfsnachweis wird nur für 45 Wochenstunden gebraucht.

## Maintenance mode (issue 7)
read-only-banner-title = Wartungsarbeiten:
read-only-banner = Sie können alles ansehen, aber gerade nichts ändern oder absenden. Bitte versuchen Sie es später erneut.
error-read-only-title = Gerade keine Änderungen möglich
error-read-only = Das Kita-Portal wird gerade gewartet. Sie können alles ansehen, aber nichts ändern; Ihre Eingabe wurde nicht gespeichert. Bitte versuchen Sie es später erneut.
doc-remove = Entfernen
doc-remove-label = { $name } entfernen
doc-notice-removed = Das Dokument wurde entfernt.
rule-document-contract = Betreuungsverträge und unterschriebene Verträge können nicht entfernt werden; sie gehören auch der Einrichtung.

# Addresses checked against the municipality's lists (issue 16)
address-check-title = Bitte prüfen Sie Ihre Adresse
address-check-hint = Noch ist nichts gespeichert. Korrigieren Sie die Adresse, oder bestätigen Sie unten, dass sie so stimmt (zum Beispiel, weil Sie bald umziehen).
address-confirm = Die Adresse stimmt so.
address-postcode-elsewhere = Die Postleitzahl { $postcode } gehört nicht zu { $name } (dort: { $postcodes }).
address-street-close = Die Straße „{ $street }“ kennen wir in { $name } nicht. Meinten Sie { $suggestions }?
address-street-unknown = Die Straße „{ $street }“ steht nicht im Straßenverzeichnis von { $name }.
form-mistakes = { $count ->
    [one] Bitte korrigieren Sie diese Angabe:
   *[other] Bitte korrigieren Sie diese { $count } Angaben:
}

## Allocation rounds (issue 17)
rule-round-no-places = Für diesen Starttermin sind keine freien Plätze gemeldet.
rule-round-open-exists = Für diesen Starttermin gibt es schon eine offene Vergaberunde.
rule-round-published = Diese Runde ist veröffentlicht und eingefroren.
rule-round-not-run = Bitte starten Sie zuerst einen Probelauf.
rule-round-stale = Seit dem Probelauf haben sich Vormerkungen, Kriterien oder freie Plätze geändert. Es wurde nichts veröffentlicht. Bitte starten Sie einen neuen Probelauf und prüfen Sie das Ergebnis.
calendar-next-label = Nächster Termin im Vergabeverfahren:
calendar-next-deadline = Anmeldeschluss am { $date } (für einen Beginn ab { $start }).
calendar-next-matching = Vergabetag am { $date } (für einen Beginn ab { $start }).
calendar-next-answer = Ende der Antwortfrist am { $date } (für einen Beginn ab { $start }).
calendar-next-second = Zweite Vergaberunde am { $date } (für einen Beginn ab { $start }).
err-start-closed = Für einen Beginn zwischen dem { $from } und dem { $until } endete die Anmeldefrist am { $deadline }. Bitte wählen Sie einen späteren Beginn oder wenden Sie sich an das Jugendamt.
rule-case-closed = Dieser Fall ist schon abgeschlossen.
rule-proposal-decided = Über diesen Vorschlag ist schon entschieden.
rule-proposal-withdrawn = Dieser Vorschlag gilt nicht mehr: Der Fall ist abgeschlossen, oder das Kind hat inzwischen einen Platz oder wartet nicht mehr.
msg-round-result-subject = Vergaberunde
msg-round-result-body = Das Jugendamt hat freie Plätze in einer Vergaberunde verteilt.
msg-round-result-placed-subject = Vergaberunde zum { $start }: ein Platz für { $child }
msg-round-result-placed-body = Das Jugendamt hat die freien Plätze zum { $start } in einer Vergaberunde verteilt: Jedes Kind bekommt den besten Platz auf seiner Wunschliste, den es nach den Aufnahmekriterien der Einrichtungen bekommen kann. So wurde für { $child } entschieden:

    { $lines }

    Nehmen Sie den Platz an, bleiben Ihre höher eingestuften Wünsche bestehen: Wird dort später ein Platz frei, kann eine weitere Runde { $child } noch dorthin bringen. Niedriger eingestufte Wünsche werden dann zurückgezogen.
msg-round-result-unplaced-subject = Vergaberunde zum { $start }: noch kein Platz für { $child }
msg-round-result-unplaced-body = Das Jugendamt hat die freien Plätze zum { $start } in einer Vergaberunde verteilt. Für { $child } gab es diesmal keinen Platz. So wurde entschieden:

    { $lines }

    Ihre Vormerkungen bleiben bestehen: Frei werdende Plätze werden in einer weiteren Runde vergeben. Das Jugendamt ({ $office }) berät Sie auch zur Kindertagespflege und zu weiteren Einrichtungen.
round-line-placed = { $rank }. Wunsch – { $facility }: Platz angeboten. Das Angebot finden Sie in Ihrem Konto.
round-line-inadmissible = { $rank }. Wunsch – { $facility }: Die Einrichtung kann Ihr Kind nicht aufnehmen ({ $reason }).
round-line-no-places = { $rank }. Wunsch – { $facility }: Es gab keine freien Plätze für Kinder { $band }.
round-line-full = { $rank }. Wunsch – { $facility }: { $capacity ->
        [one] ein Platz
       *[other] { $capacity } Plätze
    } für Kinder { $band }, vergeben bis { $cutoff ->
        [one] 1 Punkt
       *[other] { $cutoff } Punkte
    } (angemeldet am { $cutoff_date }). Ihr Kind: { $points ->
        [one] 1 Punkt
       *[other] { $points } Punkte
    }{ $criteria }, angemeldet am { $date }.
round-why-link = Warum dieses Ergebnis? (Vergaberunde)
round-why-inbox = Alle Nachrichten

## The cover letter of the care contract, in the family's language (issue 18)
cover-title = Ihr Betreuungsvertrag für { $child }
cover-intro = { $facility } bietet { $child } ab dem { $start } einen Platz an, { $hours } Stunden in der Woche. Auf den nächsten Seiten steht der Betreuungsvertrag.
cover-german = Der Vertrag ist auf Deutsch: Nur der deutsche Text gilt. Diese Seite erklärt ihn in Ihrer Sprache; sie ist nicht Teil des Vertrags.
cover-what-title = Was im Vertrag steht
cover-what = Wer den Vertrag schließt (Sie und der Träger der Einrichtung), ab wann und wie lange Ihr Kind betreut wird, die Eingewöhnung, Ihre Pflichten (zum Beispiel der Nachweis über den Masernschutz) und die Kündigung: vier Wochen zum Monatsende. Die Elternbeiträge setzt das Jugendamt fest; sie stehen nicht im Vertrag.
cover-next-title = Was Sie jetzt tun
cover-next = Lesen Sie den Vertrag. Unterschreiben Sie ihn und laden Sie ihn in Ihrem Konto hoch, oder geben Sie ihn in der Einrichtung ab. Fragen zum Vertrag beantwortet { $facility }. Hilfe bekommen Sie auch beim Jugendamt: { $office }.

## The read-me inside the data export (ZIP); file and field names stay as they are (issue 18)
export-readme =
    Ihre Daten aus dem Kita-Portal
    ==============================

    Diese Datei erklärt den Inhalt des Archivs.

    familie.json
      Alles, was das Portal in dieser Stadt oder Gemeinde über Ihre Familie gespeichert hat, in einem
      maschinenlesbaren Format (JSON). Sie können die Datei mit jedem Texteditor öffnen.
      - family: Ihre Angaben (Name, Anschrift, Telefon, E-Mail, Sprache, zweite sorgeberechtigte Person)
      - children: Ihre Kinder mit Geburtsdatum oder erwartetem Geburtsdatum
      - registrations: Ihre Vormerkungen mit Einrichtung (facility), Beginn (start_date), Wochenstunden
        (hours), Ihrer Rangfolge (rank), Ihrer Nachricht an die Einrichtung (note), dem Stand (status),
        dem Verlauf (history) und den Aufnahmekriterien, die die Einrichtung berücksichtigt hat (criteria)
      - messages: die Nachrichten in Ihrem Postfach
      - documents: Angaben zu Ihren Dokumenten (Dateiname, Größe, Prüfsumme SHA-256, Zeitpunkt)

    Bedeutung der Stände (status):
      registered = vorgemerkt (auf der Warteliste)    offered = Platzangebot erhalten
      accepted   = Platz angenommen                   declined = Angebot von Ihnen abgelehnt
      rejected   = Absage der Einrichtung              withdrawn = zurückgezogen
      contracted = Betreuungsvertrag geschlossen       expired = Angebot abgelaufen
      contract_created = Vertrag bereitgestellt        contract_signed = unterschriebener Vertrag hinterlegt

    Weitere Angaben:
      place_band: ue3 = Platz für Kinder ab 3 Jahren, u3 = unter 3 Jahren
      actor (im Verlauf): parent = Sie, facility = die Einrichtung, office = das Jugendamt, system = das Portal
      origin: online = über das Portal, paper = auf Papier bei der Einrichtung abgegeben
      Zeitangaben mit "Z" oder "+00:00" sind in koordinierter Weltzeit (UTC); in Deutschland ist es eine
      Stunde später (im Sommer zwei Stunden).

    dokumente/
      Ihre Dokumente: Betreuungsvertrag, unterschriebener Vertrag, Bedarfsnachweis,
      Dringlichkeitsnachweis, Masernschutz. "v2" bedeutet die zweite Fassung desselben Dokuments.

    Fragen beantwortet das Jugendamt Ihrer Stadt oder Gemeinde (Kontakt auf jeder Seite des Portals).
conv-title = Nachrichten zur Vormerkung
conv-back = Zurück
conv-intro = Hier schreiben sich Familie und Einrichtung zu dieser Vormerkung. Die andere Seite erhält eine E-Mail, dass eine Nachricht da ist, ohne ihren Inhalt.
conv-intro-office = Das Jugendamt liest mit (protokolliert) und schreibt hier nicht.
conv-empty = Noch keine Nachrichten.
conv-from-family = Familie
conv-from-facility = Einrichtung
conv-field = Ihre Nachricht
conv-hint = Höchstens 5.000 Zeichen, höchstens 20 Nachrichten am Tag.
conv-send = Nachricht senden
conv-link = Mit der Einrichtung schreiben
conv-notice-gesendet = Die Nachricht ist gesendet.
conv-err-empty = Bitte schreiben Sie eine Nachricht.
conv-err-long = Die Nachricht ist zu lang: höchstens { $max } Zeichen.
rule-conversation-closed = Zu dieser Vormerkung können keine Nachrichten mehr geschrieben werden, weil sie nicht mehr aktiv ist.
rule-conversation-limit = Heute wurden zu dieser Vormerkung schon 20 Nachrichten geschrieben. Bitte schreiben Sie morgen wieder.
msg-conversation-subject = Neue Nachricht von { $facility }
msg-conversation-body = { $facility } hat Ihnen zur Vormerkung von { $child } geschrieben. Sie lesen die Nachricht im Kita-Portal: { $path }

# Admission talk (issue 21)
conv-messages = Nachrichten
conv-notice-gebucht = Der Termin ist gebucht. Die Kalenderdatei kommt auch per E-Mail.
conv-notice-abgesagt = Der Termin ist abgesagt. Die andere Seite ist informiert.
talk-title = Aufnahmegespräch
talk-intro-family = Die Einrichtung lädt Sie zu einem persönlichen Gespräch ein. Bitte wählen Sie einen Termin.
talk-none-yet = Die Einrichtung hat noch keine Termine für ein Aufnahmegespräch angeboten. Sie meldet sich hier.
talk-booked = Termin: { $at } bis { $until } Uhr
talk-slot = { $at } bis { $until } Uhr
talk-mode-place = Vor Ort
talk-mode-phone = Per Telefon
talk-mode-video = Per Video
talk-ics = Termin in den Kalender übernehmen (.ics)
talk-pick = Diesen Termin wählen
talk-move = Auf diesen Termin verlegen
talk-other-hint = Passt kein Termin? Schreiben Sie der Einrichtung unten eine Nachricht und bitten Sie um andere Termine.
talk-cancel-summary = Termin absagen
talk-cancel-field = Grund der Absage
talk-cancel-hint = Der Grund erscheint als Nachricht in diesem Gespräch. Beide Seiten erhalten eine E-Mail.
talk-cancel = Termin absagen
talk-err-pick = Bitte wählen Sie einen der angebotenen Termine.
talk-err-reason = Bitte schreiben Sie, warum Sie den Termin absagen.
rule-talk-taken = Dieser Termin ist inzwischen vergeben oder vorbei. Bitte wählen Sie einen anderen.
rule-talk-same = Dieser Termin ist bereits für Sie gebucht.
rule-talk-none = Es ist kein Termin gebucht.
rule-talk-too-many = Es sind schon fünf Termine offen angeboten. Nehmen Sie erst einen zurück.
rule-talk-overlap = Der Termin überschneidet sich mit einem anderen Termin der Einrichtung.
msg-talk-offered-subject = Termine für das Aufnahmegespräch bei { $facility }
msg-talk-offered-body = { $facility } lädt Sie zu einem Aufnahmegespräch über { $child } ein. Bitte wählen Sie im Kita-Portal einen Termin: { $path }
msg-talk-booked-subject = Aufnahmegespräch am { $at }
msg-talk-booked-body = Das Aufnahmegespräch über { $child } bei { $facility } ist am { $at }. Die Kalenderdatei hängt an dieser E-Mail. Verlegen oder absagen: { $path }
msg-talk-cancelled-subject = Aufnahmegespräch am { $at } abgesagt
msg-talk-cancelled-body = Das Aufnahmegespräch über { $child } bei { $facility } am { $at } ist abgesagt. Den Grund lesen Sie im Kita-Portal: { $path }
account-talk-booked = Aufnahmegespräch: { $at }
account-talk-open = Termine für das Aufnahmegespräch: bitte wählen
doc-kind-attachment = Anhang einer Nachricht
conv-attachment = Anhang: { $name }
conv-file = Datei anhängen (freiwillig)
conv-file-hint = PDF, JPEG oder PNG, höchstens 10 MB.
msg-announcement-subject = Neue Mitteilung von { $facility }
msg-announcement-body = { $facility } hat allen Familien auf der Warteliste eine Mitteilung geschickt. Sie lesen sie in Ihrem Postfach im Kita-Portal: { $path }
rule-announcement-nobody = Für diesen Beginn steht keine Familie auf der Warteliste.
rule-talk-past = Das Aufnahmegespräch hat schon begonnen oder stattgefunden; es wird nicht mehr verlegt oder abgesagt.
