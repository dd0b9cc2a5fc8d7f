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
language-de = Deutsch
language-en = Englisch (English)
language-tr = Türkisch (Türkçe)
language-ar = Arabisch (العربية)
language-ru = Russisch (Русский)
language-uk = Ukrainisch (Українська)
language-pl = Polnisch (Polski)
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
nav-account-back = ← Mein Konto
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
notice-family-copied = Ihre Familiendaten und Kinder sind übernommen. Bitte prüfen Sie sie unter „Familiendaten ändern“, besonders die Adresse.
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
msg-facility-withdrawn-subject = Vormerkung zurückgezogen: { $child }
msg-facility-withdrawn-body = Die Vormerkung von { $child } bei { $facility } wurde zurückgezogen, weil die Familie einen Platz in einer anderen Einrichtung angenommen hat. Ein gehaltener Platz ist wieder frei. Details finden Sie im Kita-Portal unter „Arbeitsplatz“.
msg-declined-subject = Platzangebot von { $facility } abgelehnt
msg-declined-body = Sie haben das Platzangebot für { $child } bei { $facility } abgelehnt. Der Platz geht an das nächste Kind auf der Warteliste.
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
err-self-grant = Sich selbst eine Rolle zu geben ist nicht möglich. Bitte bitten Sie eine Kollegin oder einen Kollegen.
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
desk-intro = Wartelisten, Platzangebote und Absagen der Einrichtungen in { $name }.
desk-no-facilities = Ihrem Konto ist hier keine Einrichtung zugeordnet.
desk-facilities-caption = Ihre Einrichtungen
desk-col-facility = Einrichtung
desk-col-waiting = Wartend
desk-col-offered = Offene Angebote
desk-back = Zurück zum Arbeitsplatz
desk-back-list = Zurück zur Warteliste von { $name }
desk-list-title = Warteliste: { $name }
desk-capacity-link = Plätze und Kriterien
desk-profile-link = Profil bearbeiten
desk-paper-link = Papier-Vormerkung erfassen
desk-capacity-title = Freie Plätze
desk-capacity-none = Noch keine freien Plätze eingetragen.
desk-capacity-line = ab { $start }, { $band }: { $free } frei
desk-waiting-title = Warteliste
desk-ranking = Sortiert nach Punkten der Aufnahmekriterien, bei gleichen Punkten nach Zeitpunkt der Vormerkung.
desk-rows = Rang { $from } bis { $to } von { $total }.
desk-empty = Niemand auf der Warteliste.
desk-col-place = Rang
desk-col-child = Kind
desk-col-start = Beginn
desk-col-points = Punkte
desk-col-criteria = Kriterien
desk-col-status = Stand
desk-paper-mark = auf Papier
desk-no-criteria = noch nicht geprüft
desk-no-criteria-reviewed = keine
desk-answer-by = Antwort bis { $date }
desk-paused = pausiert (Angebotssperre)
desk-closed-title = Abgeschlossene Vormerkungen ({ $count })
desk-age = { $years } J. { $months } M. zum Beginn
desk-age-unborn = zum Beginn noch nicht geboren
desk-family = Familie
desk-parent-note = Nachricht der Familie
desk-criteria-legend = Zutreffende Aufnahmekriterien
desk-points = { $points ->
    [one] 1 Punkt
   *[other] { $points } Punkte
}
desk-criteria-save = Kriterien speichern
desk-criteria-confirm = Angaben bestätigen
desk-criteria-unreviewed = Vorausgewählt sind die Kriterien, die die Familie angegeben hat. Bitte prüfen und bestätigen oder korrigieren Sie sie; erst bestätigte Kriterien zählen für die Rangfolge.
desk-declared = von der Familie angegeben
desk-declared-unchecked = angegeben, noch nicht geprüft
desk-offer-title = Platz anbieten (Platzzusage)
desk-answer-hint = Höchstens { $days } Tage (Frist des Jugendamts).
desk-offer-button = Platz anbieten
desk-decline-title = Absage
desk-reason-choose = Bitte wählen
desk-note-label = Nachricht an die Familie
desk-note-hint = Die Familie sieht Grund und Hinweis in ihrem Konto.
desk-decline-button = Absage senden
desk-profile-title = Profil: { $name }
desk-capacity-page = Plätze und Kriterien: { $name }
desk-capacity-hint = Freie Plätze ab einem Beginn, je Altersgruppe und Wochenstunden (leer oder 0 = beliebig). Ein Platzangebot belegt einen Platz, eine Ablehnung oder ein abgelaufenes Angebot gibt ihn zurück.
desk-hours-any = beliebig
desk-new-line = Neue Zeile
desk-capacity-save = Plätze speichern
desk-catalogue-title = Aufnahmekriterien
desk-catalogue-hint = Veröffentlichte Kriterien mit Punkten. Ein geleertes Kriterium wird entfernt.
desk-catalogue-save = Kriterien speichern
desk-paper-title = Vormerkung auf Papier erfassen
desk-paper-intro = Für Familien ohne Internet: Sie erfassen die Vormerkung bei { $name } für die Familie.
desk-paper-family = Familie
desk-paper-child = Kind und Wunsch
desk-paper-takeover = Meldet sich die Familie später mit derselben E-Mail-Adresse im Portal an, übernimmt sie diese Daten in ihr Konto.
desk-paper-save = Vormerkung speichern
desk-notice-offered = Das Platzangebot wurde gesendet.
desk-notice-rejected = Die Absage wurde gesendet.
desk-notice-criteria-saved = Die Kriterien wurden gespeichert.
desk-notice-profile-saved = Das Profil wurde gespeichert.
desk-notice-capacity-saved = Die freien Plätze wurden gespeichert.
desk-notice-catalogue-saved = Die Aufnahmekriterien wurden gespeichert.
desk-notice-paper-saved = Die Vormerkung wurde erfasst.
child-first_name = Vorname des Kindes
child-last_name = Nachname des Kindes
field-answer-by = Antwort bis
field-place-start = Frei ab
field-reason = Grund
field-opening-hours = Öffnungszeiten
field-contact-name = Ansprechperson
field-concepts = Konzepte (durch Komma getrennt)
field-description = Beschreibung
field-age-band = Altersgruppe
field-hours-any = Wochenstunden
field-free-places = Freie Plätze
field-label = Kriterium
field-points = Punkte
field-child-first-name = Vorname des Kindes
field-child-last-name = Nachname des Kindes
field-answer-by-short = Frist
field-criterion = Kriterium
field-criteria = Aufnahmekriterien
field-offer-lock = Angebotssperre
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
office-title = Übersicht Jugendamt
office-intro = Zahlen aus den Vormerkungen, je gewünschtem Beginn. Jedes Kind zählt einmal, egal bei wie vielen Einrichtungen es vorgemerkt ist. { $office }.
office-filter = Filter
office-kind-all = Kitas und Kindertagespflege
office-from = Beginn ab (MM/JJJJ)
office-to = Beginn bis (MM/JJJJ)
office-apply = Anzeigen
office-csv = Als CSV herunterladen
office-months = Nach Beginn: { $name }
office-summary = Alle Gemeinden: { $office }
office-empty = Keine Vormerkungen für diese Auswahl.
office-col-municipality = Gemeinde
office-col-month = Beginn
office-col-registrations = Vormerkungen
office-col-children = Kinder
office-col-offers = Offene Angebote
office-col-accepted = Angenommen
office-col-contracted = Verträge
office-col-without-offer = Kinder ohne Angebot
office-lock-title = Angebotssperre
office-lock-explain = Ist die Sperre an, pausieren alle anderen Vormerkungen eines Kindes, solange es ein offenes Platzangebot hat. So blockiert eine Familie nicht mehrere Plätze gleichzeitig.
office-lock-on = Die Angebotssperre ist an.
office-lock-off = Die Angebotssperre ist aus.
office-answer-days = Antwortfrist für Angebote: { $days } Tage
office-lock-switch-on = Angebotssperre einschalten
office-lock-switch-off = Angebotssperre ausschalten
audit-title = Protokoll
audit-intro = Jeder Zugriff von Mitarbeitenden auf Daten eines Kindes und jede Änderung, neueste zuerst. Das Protokoll kann nicht geändert werden.
audit-col-when = Zeit
audit-col-who = Wer
audit-col-role = Rolle
audit-col-action = Aktion
audit-col-object = Objekt
audit-col-detail = Detail
audit-empty = Keine Einträge.
audit-filter = Protokoll filtern
audit-filter-person = Person (Name oder E-Mail)
audit-filter-child = Kind (Name)
audit-filter-action = Aktion
audit-filter-from = Von (TT.MM.JJJJ)
audit-filter-to = Bis (TT.MM.JJJJ)
audit-filter-submit = Filtern
err-period = Das Ende des Zeitraums liegt vor seinem Anfang.
err-day = Bitte geben Sie ein Datum als TT.MM.JJJJ an (z. B. 01.08.2027).
field-audit-person = Person
field-audit-child = Kind
field-audit-from = Von
field-audit-to = Bis

## Roles
roles-title = Rollen
roles-intro = Wer in dieser Gemeinde am Arbeitsplatz arbeiten darf. Änderungen gelten sofort, ohne Neustart. Rollen für den ganzen Kreis vergibt die IT des Kreises.
roles-col-person = Person (Kennung beim Anmeldedienst)
roles-col-scope = Bereich
roles-col-action = Aktion
roles-district = ganzer Kreis
roles-cli-only = nur durch die IT des Kreises
roles-from-claim = vom Anmeldedienst
roles-revoke = Entziehen
roles-revoke-label = Rolle { $role } von { $person } entziehen
roles-empty = Noch keine Rollen in dieser Gemeinde.
roles-grant-title = Rolle vergeben
roles-subject-hint = Name oder E-Mail-Adresse (oder die Kennung beim zentralen Anmeldedienst des Kreises). Wer sich noch nie angemeldet hat, bekommt an die E-Mail-Adresse eine Einladung; die Rolle gilt dann ab der ersten Anmeldung.
roles-grant = Rolle vergeben
role-parent = Eltern
role-facility-lead = Leitung einer Kita
role-ktp-advisor = Fachberatung Kindertagespflege
role-office-staff = Jugendamt
role-district-admin = Kreisverwaltung
field-subject = Person
field-role = Rolle
field-facility = Einrichtung
field-facility-for-lead = Einrichtung (für eine Leitung)
field-region = Region (für eine Fachberatung, freiwillig)
err-subject = Bitte geben Sie Name, E-Mail oder Kennung ohne Steuerzeichen und mit höchstens 200 Zeichen an.
roles-granted = Vergeben: { $role } für { $person } ({ $scope }). Die Rolle gilt sofort.
err-person-unknown = Diese Person hat sich noch nicht im Portal angemeldet. Geben Sie ihre E-Mail-Adresse an: Sie bekommt dann eine Einladung, und die Rolle gilt ab ihrer ersten Anmeldung.
err-invite-email = Das ist keine gültige E-Mail-Adresse. Für eine Einladung geben Sie die vollständige Adresse an (z. B. name@rheine.de).
roles-invited = Eingeladen: { $email } als { $role }. Die E-Mail ist unterwegs; die Rolle gilt ab der ersten Anmeldung mit dieser Adresse (Einladung gültig bis { $until }).
roles-scope-all = alle Bezirke
roles-invitations-title = Offene Einladungen
roles-invitations-intro = Diese Personen haben eine Einladung per E-Mail, sich aber noch nicht angemeldet.
roles-col-email = E-Mail-Adresse
roles-col-until = Gültig bis
roles-invitation-withdraw = Zurückziehen
roles-invitation-withdraw-label = Einladung an { $email } als { $role } zurückziehen
invite-mail-subject = Einladung: { $role } im { $portal }
invite-mail-body = Guten Tag,

    das Jugendamt lädt Sie in das { $portal } ein: als { $role } ({ $scope }).

    Melden Sie sich dazu hier beim Anmeldedienst des Kreises an, mit Ihrer E-Mail-Adresse { $email }:
    { $url }

    Die Rolle gilt ab Ihrer ersten Anmeldung. Die Einladung gilt bis { $until }. Wenn Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.
err-person-ambiguous = Mehrere Personen passen. Bitte geben Sie die vollständige E-Mail-Adresse an.
err-role = Bitte wählen Sie eine der angebotenen Rollen.
office-roles-link = Rollen verwalten
office-online-title = Verträge online annehmen
office-online-explain = Wenn eingeschaltet, können Familien den Betreuungsvertrag nach erneuter Anmeldung online annehmen, statt ihn auszudrucken, zu unterschreiben und hochzuladen. Gespeichert werden, wer angenommen hat, wann und welche Fassung.
office-online-on = Online-Annahme ist eingeschaltet.
office-online-off = Online-Annahme ist ausgeschaltet: Familien unterschreiben auf Papier und laden den Vertrag hoch.
office-online-switch-on = Online-Annahme einschalten
office-online-switch-off = Online-Annahme ausschalten

## Audit log labels
audit-action-waiting_list_read = Warteliste angesehen
audit-action-registration_read = Vormerkung angesehen
audit-action-criteria_ticked = Kriterien einer Vormerkung geprüft
audit-action-offer = Platz angeboten
audit-action-decline = Absage
audit-action-accept = Platz angenommen
audit-action-refuse = Angebot abgelehnt
audit-action-withdraw = Vormerkung zurückgezogen
audit-action-expire = Angebot abgelaufen
audit-action-criteria_saved = Aufnahmekriterien geändert
audit-action-capacity_saved = Freie Plätze geändert
audit-action-profile_saved = Profil geändert
audit-action-offer_lock = Angebotssperre geändert
audit-action-paper_registration = Papier-Vormerkung erfasst
audit-action-paper_family_claimed = Papier-Familie ins Konto übernommen
audit-action-role_granted = Rolle vergeben
audit-action-role_revoked = Rolle entzogen
audit-action-role_invited = Zu einer Rolle eingeladen
audit-action-invitation_withdrawn = Einladung zurückgezogen
audit-action-invitation_accepted = Einladung angenommen (erste Anmeldung)
role-system = System

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
doc-contract-create = Betreuungsvertrag vorbereiten
doc-contract-renew = Neue Fassung des Vertrags vorbereiten
doc-contract-hint = Sie füllen Betreuungszeiten, Gruppe und Eingewöhnung aus und sehen eine Vorschau, bevor der Vertrag ausgestellt wird. Frühere Fassungen bleiben erhalten.
doc-signed-upload = Unterschriebenen Vertrag hochladen (falls auf Papier abgegeben)
doc-confirm-button = Vertrag bestätigen
doc-confirm-hint = Bestätigen Sie, wenn der unterschriebene Vertrag vorliegt und geprüft ist. Der Platz gilt dann als vertraglich vereinbart.
doc-contracted = Der Betreuungsvertrag ist bestätigt.
doc-contracted-online = Die Familie hat den Betreuungsvertrag (Fassung { $version }) am { $when } online angenommen.
contract-prepare-title = Betreuungsvertrag für { $child }
contract-back = ← Zurück zu { $child }
contract-prepare-intro = { $facility } · Beginn { $start } · { $hours } Stunden pro Woche. Füllen Sie die veränderlichen Teile aus, prüfen Sie die Vorschau und stellen Sie den Vertrag dann aus.
contract-terms-title = Veränderliche Teile des Vertrags
field-care-from = Betreuung täglich ab (Uhrzeit)
field-care-until = Betreuung täglich bis (Uhrzeit)
contract-care-hint = Montags bis freitags, z. B. 7:30 bis 14:30. Fünf Tage müssen die vereinbarten { $hours } Wochenstunden ergeben.
field-group = Gruppe (freiwillig)
contract-group-hint = Zum Beispiel „Bärengruppe“. Höchstens 60 Zeichen.
field-settling-in = Beginn der Eingewöhnung
contract-settling-hint = Datum wie 01.08.2027, frühestens am Betreuungsbeginn ({ $start }), höchstens drei Monate danach.
contract-preview-button = Vorschau aktualisieren
contract-issue = Vertrag ausstellen
contract-issue-renew = Neue Fassung ausstellen
contract-issue-hint = Die Familie wird benachrichtigt und findet den Vertrag als PDF in ihrem Konto. Sie unterschreibt ihn und lädt ihn hoch.
contract-issue-hint-online = Die Familie wird benachrichtigt und findet den Vertrag als PDF in ihrem Konto. In dieser Gemeinde kann sie ihn nach erneuter Anmeldung online annehmen oder unterschrieben hochladen.
contract-preview-title = Vorschau: So liest die Familie den Vertrag
account-contracts = Betreuungsvertrag
desk-notice-contract-created = Der Betreuungsvertrag wurde erstellt. Die Familie wurde benachrichtigt.
desk-notice-signed-uploaded = Der unterschriebene Vertrag wurde gespeichert.
desk-notice-contracted = Der Vertrag ist bestätigt. Die Familie wurde benachrichtigt.
desk-messages = Nachrichten an die Einrichtung
desk-messages-none = Keine neuen Nachrichten.
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
msg-facility-document-subject = Neues Dokument: { $kind } für { $child }
msg-facility-document-body = Die Familie von { $child } hat bei { $facility } ein Dokument hochgeladen: { $kind }. Sie finden es auf der Seite der Vormerkung.
msg-contract-signed-subject = Unterschriebener Vertrag für { $child } hinterlegt
msg-contract-signed-body = { $facility } hat den unterschriebenen Betreuungsvertrag für { $child } hinterlegt. Sie finden ihn in Ihrem Konto unter „Dokumente“.
msg-contracted-subject = Betreuungsvertrag für { $child } bestätigt
msg-contracted-body = { $facility } hat den Betreuungsvertrag für { $child } bestätigt. Der Platz ist vertraglich vereinbart. Den Vertrag finden Sie in Ihrem Konto.
msg-facility-contracted-subject = Vertrag bestätigt: { $child }
msg-facility-contracted-body = Der Betreuungsvertrag für { $child } bei { $facility } ist bestätigt.
msg-contract-accepted-subject = Betreuungsvertrag für { $child } angenommen
msg-contract-accepted-body = Sie haben den Betreuungsvertrag für { $child } bei { $facility } online angenommen. Der Platz ist vertraglich vereinbart. Den Vertrag finden Sie in Ihrem Konto.
msg-facility-contract-accepted-subject = Vertrag online angenommen: { $child }
msg-facility-contract-accepted-body = Die Familie hat den Betreuungsvertrag für { $child } bei { $facility } online angenommen. Der Platz ist vertraglich vereinbart; eine unterschriebene Kopie ist nicht nötig.
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
retention-link = Aufbewahrungsfristen
retention-title = Aufbewahrungsfristen
retention-back = Zur Übersicht des Jugendamts
retention-explain = Vormerkungen, auf die eine Einrichtung nie geantwortet hat, werden nach der ersten Frist gelöscht; die Familie erhält eine Nachricht. Bestätigte Betreuungsverträge bleiben nach dem Löschen eines Kontos für die zweite Frist aufbewahrt.
field-retention-days = Unbeantwortete Vormerkungen löschen nach (Tagen)
field-contract-years = Verträge nach Kontolöschung aufbewahren (Jahre)
retention-days-hint = Zwischen 30 und 3650 Tagen.
retention-years-hint = Zwischen 0 und 30 Jahren; 0 löscht auch bestätigte Verträge mit dem Konto.
retention-save = Fristen speichern
retention-saved = Die Fristen wurden gespeichert.
err-retention-days = bitte eine ganze Zahl zwischen 30 und 3650 angeben.
err-contract-years = bitte eine ganze Zahl zwischen 0 und 30 angeben.
doc-parent-sign-hint = Laden Sie den Betreuungsvertrag herunter, unterschreiben Sie ihn und laden Sie die unterschriebene Fassung hier als „Unterschriebener Vertrag“ hoch. Die Einrichtung bestätigt ihn dann.
audit-action-document_stored = Dokument gespeichert
audit-action-document_read = Dokument angesehen
audit-action-documents_listed = Dokumentliste angesehen
audit-action-contract_confirmed = Vertrag bestätigt
audit-action-contract_accepted_online = Vertrag online angenommen
audit-action-online_contract = Online-Annahme von Verträgen geändert
audit-action-data_export = Datenexport heruntergeladen
audit-action-account_deleted = Konto und Daten gelöscht
audit-action-retention_deleted = Unbeantwortete Vormerkung nach Frist gelöscht
audit-action-retention_set = Aufbewahrungsfristen geändert
doc-kind-measles = Nachweis Masernschutz
doc-kind-proof = Nachweis zu einem Aufnahmekriterium
desk-kept = Aufbewahrte Verträge
desk-kept-hint = Verträge von Familien, die ihr Konto gelöscht haben. Sie werden bis zum genannten Datum aufbewahrt und dann gelöscht.
desk-kept-until = aufbewahrt bis { $date }
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

## District dashboard (issue 7)
dash-title = Bedarfsplanung: Nachfrage und Angebot
dash-lead = { $count ->
    [one] Zahlen für eine Stadt oder Gemeinde.
   *[other] Zahlen für { $count } Städte und Gemeinden.
}
dash-csv = Alle Tabellen als CSV herunterladen
dash-summary = Überblick
dash-summary-caption = Je Stadt oder Gemeinde, alle Startmonate und Altersgruppen
dash-chart-title = Vorgemerkte Kinder, freie Plätze und Kinder mit Rechtsanspruch ohne Angebot je Stadt oder Gemeinde
dash-chart-caption = Dieselben Zahlen stehen in der Tabelle darunter.
dash-detail-caption = { $name }: je Startmonat und Alter am gewünschten Beginn
dash-col-children = Vorgemerkte Kinder
dash-col-free = Freie Plätze
dash-col-without = Rechtsanspruch ohne Angebot
dash-col-band = Alter bei Beginn
dash-band-u1 = unter 1 Jahr
dash-band-1-2 = 1 bis unter 3 Jahre
dash-band-3plus = ab 3 Jahren
dash-total = Zusammen
dash-empty = Noch keine Vormerkungen und keine freien Plätze gemeldet.
dash-notes = Jedes Kind zählt einmal, auch wenn es bei bis zu fünf Einrichtungen vorgemerkt ist. Freie Plätze für Kinder unter 3 Jahren stehen in der Altersgruppe „1 bis unter 3 Jahre“. Rechtsanspruch (§ 24 SGB VIII): Kinder, die zum gewünschten Beginn mindestens 1 Jahr alt sind und noch kein Angebot, keine Zusage und keinen Vertrag haben.
office-dashboard-link = Bedarfsplanung

## Maintenance mode (issue 7)
read-only-banner-title = Wartungsarbeiten:
read-only-banner = Sie können alles ansehen, aber gerade nichts ändern oder absenden. Bitte versuchen Sie es später erneut.
error-read-only-title = Gerade keine Änderungen möglich
error-read-only = Das Kita-Portal wird gerade gewartet. Sie können alles ansehen, aber nichts ändern; Ihre Eingabe wurde nicht gespeichert. Bitte versuchen Sie es später erneut.
maint-title = Wartungsmodus
maint-lead = Im Wartungsmodus können Familien, Einrichtungen und Jugendamt im Portal { $name } alles ansehen, aber nichts ändern. Die anderen Städte und Gemeinden sind nicht betroffen.
maint-on = Der Wartungsmodus ist eingeschaltet.
maint-off = Der Wartungsmodus ist ausgeschaltet.
maint-switch-on = Wartungsmodus einschalten
maint-switch-off = Wartungsmodus ausschalten
maint-only-admin = Nur die Kreisverwaltung (district admin) kann den Wartungsmodus schalten.
maint-link = Wartungsmodus
audit-action-maintenance = Wartungsmodus geschaltet
doc-remove = Entfernen
doc-remove-label = { $name } entfernen
doc-notice-removed = Das Dokument wurde entfernt.
rule-document-contract = Betreuungsverträge und unterschriebene Verträge können nicht entfernt werden; sie gehören auch der Einrichtung.
audit-action-document_deleted = Dokument von der Familie entfernt

# Municipalities administered at run time (district admins)
tadm-title = Städte und Gemeinden verwalten
tadm-lead = Hier legen Sie eine Stadt oder Gemeinde neu an und ändern Name, Farbe, Logo, Kontakt und Internetadressen. Änderungen gelten sofort für alle Besucherinnen und Besucher; jede Änderung steht im Protokoll der Gemeinde.
tadm-add = Gemeinde hinzufügen
tadm-link = Städte und Gemeinden verwalten
tadm-col-name = Stadt/Gemeinde
tadm-col-office = Jugendamt
tadm-col-hosts = Internetadressen
tadm-col-cluster = Datenbank
tadm-col-state = Zustand
tadm-col-actions = Aktionen
tadm-state-live = in Betrieb
tadm-state-maintenance = Wartungsmodus
tadm-state-behind = wird eingerichtet
tadm-edit = { $name } bearbeiten
tadm-open-portal = Portal der Gemeinde öffnen
tadm-created = { $name } ist angelegt und ab sofort erreichbar.
tadm-saved = Die Änderungen an { $name } sind gespeichert und gelten ab sofort.
tadm-back = Zurück zur Liste der Städte und Gemeinden
tadm-new-title = Gemeinde hinzufügen
tadm-new-lead = Die Gemeinde bekommt ein eigenes Portal mit einem eigenen, von den anderen getrennten Datenbereich. Es ist nach dem Speichern sofort erreichbar; die anderen Portale laufen ungestört weiter.
tadm-edit-title = { $name } bearbeiten
tadm-edit-lead = Änderungen gelten nach dem Speichern sofort für alle Besucherinnen und Besucher des Portals.
tadm-section-name = Name und Zuständigkeit
tadm-section-branding = Erscheinungsbild
tadm-section-contact = Kontakt für Eltern
tadm-section-place = Internetadressen und Lage
tadm-slug-hint = Kurzname in der Internetadresse, z. B. „musterstadt“ für …/musterstadt/. Nur Kleinbuchstaben, Ziffern und Bindestriche; Umlaute als ae, oe, ue. Er lässt sich später nicht ändern.
tadm-slug-fixed = Kurzname in der Internetadresse: { $slug } (nicht änderbar)
tadm-choose-office = Bitte wählen
tadm-color-hint = Hauptfarbe als #rrggbb. Weiße Schrift muss darauf gut lesbar sein (Kontrast mindestens 4,5 : 1).
tadm-color-picker = Farbe mit dem Farbwähler aussuchen
tadm-contrast-ok = Kontrast zu Weiß { $ratio } : 1 – gut lesbar.
tadm-contrast-low = Kontrast zu Weiß nur { $ratio } : 1 – zu gering, bitte eine dunklere Farbe wählen.
tadm-contrast-invalid = Bitte die Farbe als # und sechs Hexadezimalziffern angeben, z. B. #005a9c.
tadm-logo-hint = SVG, PNG oder JPEG, höchstens 256 KB (SVG: 64 KB). Ohne eigenes Logo erscheint ein Wappen-Abzeichen in der Hauptfarbe.
tadm-logo-badge = Eigenes Logo entfernen und das Wappen-Abzeichen verwenden
tadm-hosts-hint = Eigene Internetadressen des Portals, eine pro Zeile, z. B. kita.musterstadt.de. Darf leer bleiben.
tadm-geo-hint = Mittelpunkt der Gemeinde für die Umkreissuche, z. B. 52,2 und 7,6.
tadm-radius-hint = Umkreis der Suche in Kilometern (0,5 bis 30).
tadm-postcodes-hint = Fünfstellige Postleitzahlen der Gemeinde, durch Komma getrennt.
tadm-preview = Vorschau
tadm-preview-hint = So erscheinen Kopfzeile und Kontakt im Portal der Gemeinde. Die Vorschau folgt Ihren Eingaben.
tadm-save = Änderungen speichern
tadm-create = Gemeinde anlegen
tadm-part-name = Name
tadm-part-color = Farbe
tadm-part-logo = Logo
tadm-part-contact = Kontakt
tadm-part-hosts = Internetadressen
tadm-part-geo = Lage
tadm-err-required = bitte angeben.
tadm-err-generic = bitte prüfen.
tadm-err-slug = bitte 2 bis 40 Kleinbuchstaben, Ziffern oder Bindestriche angeben, beginnend mit einem Buchstaben (Umlaute als ae, oe, ue).
tadm-err-slug-taken = diesen Kurznamen gibt es schon. Bitte einen anderen wählen.
tadm-err-schema-taken = für diesen Kurznamen gibt es noch Daten in der Datenbank. Bitte einen anderen wählen oder die Betriebsführung fragen.
tadm-err-kind = bitte „Stadt“ oder „Gemeinde“ wählen.
tadm-err-office = bitte das zuständige Jugendamt wählen.
tadm-err-population = bitte die Einwohnerzahl als ganze Zahl angeben.
tadm-err-hosts = bitte nur Internetadressen aus Kleinbuchstaben, Ziffern, Punkten und Bindestrichen angeben, z. B. kita.musterstadt.de.
tadm-err-host-taken = die Internetadresse { $host } gehört schon zu einer anderen Gemeinde.
tadm-err-geo = bitte Breiten- und Längengrad als Zahlen angeben, z. B. 52,2 und 7,6.
tadm-err-lat = bitte eine Zahl zwischen -90 und 90 angeben (Kreis Steinfurt: etwa 52,1 bis 52,4).
tadm-err-lon = bitte eine Zahl zwischen -180 und 180 angeben (Kreis Steinfurt: etwa 7,2 bis 7,9).
tadm-err-radius = bitte eine Zahl zwischen 0,5 und 30 angeben.
tadm-err-postcodes = bitte nur fünfstellige Postleitzahlen angeben (mindestens eine), durch Komma getrennt.
tadm-err-postcode = bitte eine fünfstellige Postleitzahl angeben.
tadm-err-email = bitte eine gültige E-Mail-Adresse angeben.
tadm-err-color = weiße Schrift ist auf dieser Farbe nicht gut lesbar (Kontrast unter 4,5 : 1). Bitte eine dunklere Farbe wählen.
tadm-err-color-format = bitte als # und sechs Hexadezimalziffern angeben, z. B. #005a9c.
tadm-err-logo-empty = die Datei ist leer.
tadm-err-logo-large = das Logo ist zu groß (höchstens 256 KB, SVG 64 KB).
tadm-err-logo-type = bitte ein Bild im Format SVG, PNG oder JPEG hochladen.
tadm-err-logo-unsafe = das SVG enthält Skripte oder eingebettete Inhalte. Bitte ein einfaches SVG oder ein PNG hochladen.
field-m-name = Name der Stadt oder Gemeinde
field-m-slug = Kurzname
field-m-kind = Art
field-m-office = Zuständiges Jugendamt
field-m-population = Einwohnerzahl
field-m-primary-color = Hauptfarbe
field-m-logo = Logo
field-m-contact-name = Kontaktstelle
field-m-contact-street = Straße und Hausnummer
field-m-contact-postcode = Postleitzahl
field-m-contact-city = Ort
field-m-contact-phone = Telefon
field-m-contact-email = E-Mail
field-m-contact-demo = Platzhalter-Kontakt (wird als „Demo“ gekennzeichnet)
field-m-hosts = Eigene Internetadressen
field-m-lat = Breitengrad
field-m-lon = Längengrad
field-m-radius-km = Suchradius (km)
field-m-postcodes = Postleitzahlen
audit-action-tenant_created = Gemeinde angelegt
audit-action-tenant_changed = Gemeinde geändert
audit-action-tenant_moved = Gemeinde auf anderen Datenbank-Cluster verschoben
tadm-errors-one = Bitte prüfen Sie diese Angabe:
tadm-errors-many = Bitte prüfen Sie diese { $count } Angaben:
tadm-err-phone = bitte eine Telefonnummer mit Ziffern angeben.
tadm-err-name-taken = eine Stadt oder Gemeinde dieses Namens gibt es schon.
tadm-err-logo-both = bitte entweder ein neues Logo wählen oder das eigene Logo entfernen, nicht beides.
tadm-logo-kept = Ihr gewähltes Logo ist übernommen; Sie müssen es nicht noch einmal auswählen.
tadm-logo-chosen = Logo gewählt; es wird beim Speichern geprüft.

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
rounds-title = Vergaberunden
rounds-link = Vergaberunden (Matching-Tag)
rounds-intro = Eine Vergaberunde verteilt die freien Plätze eines Starttermins auf einmal: Jedes Kind bekommt den besten Platz auf seiner Wunschliste, den es nach den Aufnahmekriterien der Einrichtungen bekommen kann. Probeläufe verändern nichts; erst die Veröffentlichung macht aus dem Ergebnis Platzangebote.
rounds-col-start = Starttermin
rounds-col-mechanism = Verfahren
rounds-col-status = Stand
rounds-col-runs = Probeläufe
rounds-round-for = Vergaberunde zum { $start }
rounds-empty = Noch keine Vergaberunde.
rounds-new = Neue Vergaberunde
rounds-start = Starttermin (TT.MM.JJJJ)
rounds-start-hint = Berücksichtigt werden die wartenden Vormerkungen zu genau diesem Starttermin und die freien Plätze, die für ihn gemeldet sind.
rounds-mechanism-hint = Üblich ist „Wünsche der Familien zuerst“: Kein Kind und keine Einrichtung hätten lieber einander, und ehrliche Wunschlisten lohnen sich immer.
rounds-create = Runde anlegen
mechanism-child-proposing = Wünsche der Familien zuerst (kinderoptimal)
mechanism-facility-proposing = Ranglisten der Einrichtungen zuerst (zum Vergleich)
round-status-draft = Entwurf
round-status-dry-run = Probelauf
round-status-published = Veröffentlicht
rounds-last-run = zuletzt { $when }
rounds-run = Probelauf starten
rounds-run-again = Neuer Probelauf
rounds-run-hint = Ein Probelauf liest die aktuellen Vormerkungen, Kriterien und freien Plätze und zeigt das Ergebnis. Er verändert nichts und kann beliebig oft wiederholt werden.
rounds-publish = Veröffentlichen …
rounds-result = Ergebnis des letzten Probelaufs
rounds-totals = { $placed } Kinder bekommen einen Platz, { $unplaced } keinen; { $empty } Plätze bleiben frei.
rounds-by-rank = { $rank }. Wunsch: { $count } Kinder
rounds-per-facility = Nach Einrichtung
rounds-per-child = Nach Kind
rounds-col-facility = Einrichtung
rounds-col-band = Altersgruppe
rounds-col-places = Plätze
rounds-col-assigned = Vergeben
rounds-col-unfilled = Frei
rounds-col-cutoff = Vergeben bis
rounds-col-child = Kind
rounds-col-outcome = Ergebnis
rounds-unplaced = ohne Platz in dieser Runde
round-cutoff = { $points } Punkte, angemeldet am { $date }
round-placed = { $facility } ({ $rank }. Wunsch)
round-note-inadmissible = { $facility } ({ $rank }. Wunsch): von der Einrichtung als nicht aufnehmbar markiert
round-note-no-places = { $facility } ({ $rank }. Wunsch): keine freien Plätze für Kinder { $band }
rounds-proof = Prüfsumme der Eingaben (SHA-256): { $sha } · Losnummern aus dem Startwert { $seed }
rounds-publish-title = Vergaberunde zum { $start } veröffentlichen
rounds-publish-question = { $placed } Familien bekommen ein Platzangebot, { $unplaced } Kinder bleiben auf den Wartelisten.
rounds-publish-explain = Jede Zuteilung wird ein gewöhnliches Platzangebot mit der Antwortfrist des Jugendamts; die Familien und Einrichtungen werden benachrichtigt. Hat sich seit dem Probelauf etwas geändert, wird nichts veröffentlicht und Sie starten einen neuen Probelauf. Eine veröffentlichte Runde ist eingefroren.
rounds-publish-confirm = Ja, { $count } Angebote verschicken
rounds-publish-cancel = Abbrechen
rounds-published = Veröffentlicht: { $count ->
        [one] ein Platzangebot ist
       *[other] { $count } Platzangebote sind
    } verschickt. Familien und Einrichtungen sind benachrichtigt.
err-round-past = Der Starttermin muss in der Zukunft liegen.
err-mechanism = Bitte wählen Sie ein Verfahren aus der Liste.
field-mechanism = Verfahren
rule-round-no-places = Für diesen Starttermin sind keine freien Plätze gemeldet.
rule-round-open-exists = Für diesen Starttermin gibt es schon eine offene Vergaberunde.
rule-round-published = Diese Runde ist veröffentlicht und eingefroren.
rule-round-not-run = Bitte starten Sie zuerst einen Probelauf.
rule-round-stale = Seit dem Probelauf haben sich Vormerkungen, Kriterien oder freie Plätze geändert. Es wurde nichts veröffentlicht. Bitte starten Sie einen neuen Probelauf und prüfen Sie das Ergebnis.
audit-action-round_created = Vergaberunde angelegt
audit-action-round_run = Probelauf einer Vergaberunde
audit-action-round_published = Vergaberunde veröffentlicht
audit-action-marked_inadmissible = Als nicht aufnehmbar markiert
audit-action-unmarked_inadmissible = Markierung „nicht aufnehmbar“ aufgehoben
desk-round-title = Vergaberunde
desk-round-explain = Kann Ihre Einrichtung dieses Kind nicht aufnehmen (zum Beispiel wegen der Altersgruppe oder der Betreuungszeiten), markieren Sie es vor der Vergaberunde mit einem Grund. Die Runde schlägt es Ihnen dann nicht vor; die Familie erfährt den Grund.
desk-round-mark = Für die Vergaberunde nicht aufnehmbar
desk-round-marked = Für die Vergaberunde nicht aufnehmbar: { $reason }
desk-round-unmark = Markierung aufheben
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
desk-round-state-inadmissible = Vergaberunde: nicht aufnehmbar
desk-round-state-assigned = Vergaberunde (Probelauf): Platz hier
desk-round-state-considered = Vergaberunde (Probelauf): kein Platz hier
rounds-changes = Änderungen gegenüber dem vorigen Probelauf
rounds-no-changes = Kein Kind ist anders zugeteilt als im vorigen Probelauf.
rounds-other = Zum Vergleich: { $mechanism }
rounds-other-same = Mit dem anderen Verfahren bekäme jedes Kind denselben Platz.
round-place = { $facility } ({ $rank }. Wunsch)
round-no-place = ohne Platz
round-change = { $child }: vorher { $before }, jetzt { $after }
round-other = { $child }: hier { $here }, dort { $there }
rounds-busy-run = Der Probelauf läuft … Bei großen Gemeinden dauert das einige Sekunden.
rounds-busy-publish = Die Angebote werden verschickt … Bitte schließen Sie die Seite nicht; es dauert bei großen Gemeinden einige Sekunden.
rounds-entitled = Ohne Platz und mit Rechtsanspruch (ab einem Jahr, § 24 SGB VIII): { $count }.
