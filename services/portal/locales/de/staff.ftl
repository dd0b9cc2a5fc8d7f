# STEP – German texts of the staff pages (facility desk, office, district). Staff pages speak
# German whatever the browser asks for; these ids exist only in German.

## Offers, answers, declines (issue 5)
msg-facility-withdrawn-subject = Vormerkung zurückgezogen: { $child }
msg-facility-withdrawn-body = Die Vormerkung von { $child } bei { $facility } wurde zurückgezogen, weil die Familie einen Platz in einer anderen Einrichtung angenommen hat. Ein gehaltener Platz ist wieder frei. Details finden Sie im Kita-Portal unter „Arbeitsplatz“.

err-self-grant = Sich selbst eine Rolle zu geben ist nicht möglich. Bitte bitten Sie eine Kollegin oder einen Kollegen.

## Facility desk
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
field-opening-hours = Öffnungszeiten
field-contact-name = Ansprechperson
field-concepts = Konzepte (durch Komma getrennt)
field-description = Beschreibung
field-age-band = Altersgruppe
field-hours-any = Wochenstunden
field-free-places = Freie Plätze
field-label = Kriterium
field-points = Punkte
field-criterion = Kriterium
field-criteria = Aufnahmekriterien
field-offer-lock = Angebotssperre

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
doc-contract-create = Betreuungsvertrag vorbereiten
doc-contract-renew = Neue Fassung des Vertrags vorbereiten
doc-contract-hint = Sie füllen Betreuungszeiten, Gruppe und Eingewöhnung aus und sehen eine Vorschau, bevor der Vertrag ausgestellt wird. Frühere Fassungen bleiben erhalten.
doc-signed-upload = Unterschriebenen Vertrag hochladen (falls auf Papier abgegeben)
doc-confirm-button = Vertrag bestätigen
doc-confirm-hint = Bestätigen Sie, wenn der unterschriebene Vertrag vorliegt und geprüft ist. Der Platz gilt dann als vertraglich vereinbart.
doc-contracted-online = Die Familie hat den Betreuungsvertrag (Fassung { $version }) am { $when } online angenommen.
contract-prepare-title = Betreuungsvertrag für { $child }
contract-back = ← Zurück zu { $child }
contract-prepare-intro = { $facility } · Beginn { $start } · { $hours } Stunden pro Woche. Füllen Sie die veränderlichen Teile aus, prüfen Sie die Vorschau und stellen Sie den Vertrag dann aus.
contract-terms-title = Veränderliche Teile des Vertrags
contract-care-hint = Montags bis freitags, z. B. 7:30 bis 14:30. Fünf Tage müssen die vereinbarten { $hours } Wochenstunden ergeben.
contract-group-hint = Zum Beispiel „Bärengruppe“. Höchstens 60 Zeichen.
contract-settling-hint = Datum wie 01.08.2027, frühestens am Betreuungsbeginn ({ $start }), höchstens drei Monate danach.
contract-preview-button = Vorschau aktualisieren
contract-issue = Vertrag ausstellen
contract-issue-renew = Neue Fassung ausstellen
contract-issue-hint = Die Familie wird benachrichtigt und findet den Vertrag als PDF in ihrem Konto. Sie unterschreibt ihn und lädt ihn hoch.
contract-issue-hint-online = Die Familie wird benachrichtigt und findet den Vertrag als PDF in ihrem Konto. In dieser Gemeinde kann sie ihn nach erneuter Anmeldung online annehmen oder unterschrieben hochladen.
contract-preview-title = Vorschau: So liest die Familie den Vertrag
desk-notice-contract-created = Der Betreuungsvertrag wurde erstellt. Die Familie wurde benachrichtigt.
desk-notice-signed-uploaded = Der unterschriebene Vertrag wurde gespeichert.
desk-notice-contracted = Der Vertrag ist bestätigt. Die Familie wurde benachrichtigt.
desk-messages = Nachrichten an die Einrichtung
desk-messages-none = Keine neuen Nachrichten.
msg-facility-document-subject = Neues Dokument: { $kind } für { $child }
msg-facility-document-body = Die Familie von { $child } hat bei { $facility } ein Dokument hochgeladen: { $kind }. Sie finden es auf der Seite der Vormerkung.
msg-facility-contracted-subject = Vertrag bestätigt: { $child }
msg-facility-contracted-body = Der Betreuungsvertrag für { $child } bei { $facility } ist bestätigt.
msg-facility-contract-accepted-subject = Vertrag online angenommen: { $child }
msg-facility-contract-accepted-body = Die Familie hat den Betreuungsvertrag für { $child } bei { $facility } online angenommen. Der Platz ist vertraglich vereinbart; eine unterschriebene Kopie ist nicht nötig.
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
desk-kept = Aufbewahrte Verträge
desk-kept-hint = Verträge von Familien, die ihr Konto gelöscht haben. Sie werden bis zum genannten Datum aufbewahrt und dann gelöscht.
desk-kept-until = aufbewahrt bis { $date }

## District dashboard (issue 7)
dash-title = Bedarfsplanung: Nachfrage und Angebot
dash-lead = { $count ->
    [one] Zahlen für eine Stadt oder Gemeinde.
   *[other] Zahlen für { $count } Städte und Gemeinden.
}
dash-as-of = Stand der Zahlen: { $time } Uhr
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
maint-title = Wartungsmodus
maint-lead = Im Wartungsmodus können Familien, Einrichtungen und Jugendamt im Portal { $name } alles ansehen, aber nichts ändern. Die anderen Städte und Gemeinden sind nicht betroffen.
maint-on = Der Wartungsmodus ist eingeschaltet.
maint-off = Der Wartungsmodus ist ausgeschaltet.
maint-switch-on = Wartungsmodus einschalten
maint-switch-off = Wartungsmodus ausschalten
maint-only-admin = Nur die Kreisverwaltung (district admin) kann den Wartungsmodus schalten.
maint-link = Wartungsmodus
audit-action-maintenance = Wartungsmodus geschaltet
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

## Undeliverable e-mails (issue 19.5)
mail-failed-link = Unzustellbare E-Mails
mail-failed-title = Unzustellbare E-Mails
mail-failed-intro = Diese E-Mails konnten nicht zugestellt werden: Der Mailserver hat sie abgelehnt, die Adresse ist ungültig, oder die Zustellung ist nach vielen Versuchen gescheitert. Bitte informieren Sie die Familien telefonisch oder per Post und bitten Sie sie, ihre E-Mail-Adresse im Portal zu berichtigen.
mail-failed-empty = Keine unzustellbaren E-Mails.
mail-failed-col-when = Gescheitert am
mail-failed-col-to = Empfänger
mail-failed-col-subject = Betreff
mail-failed-col-reason = Grund
mail-failed-col-family = Familie
mail-failed-col-contact = Telefon und Anschrift
mail-failed-staff = keine Familie (Mitarbeitende)

## A family deleted its data (issue 19.6)
msg-facility-deleted-subject = Vormerkung gelöscht: Familie hat ihre Daten gelöscht
msg-facility-deleted-body = Eine Familie hat ihre Daten im Kita-Portal gelöscht. Ihre Vormerkungen, auch die bei Ihnen, sind damit entfernt; ein gehaltener Platz ist wieder frei. Aus Datenschutzgründen nennt diese Nachricht keinen Namen.

## The parent withdrew a registration (issue 19.9)
msg-facility-parent-withdrawn-subject = Vormerkung zurückgezogen: { $child }
msg-facility-parent-withdrawn-body = Die Familie hat die Vormerkung von { $child } bei { $facility } zurückgezogen. Ein gehaltener Platz ist wieder frei. Details finden Sie im Kita-Portal unter „Arbeitsplatz“.

# Worklist and cases of the youth welfare office (issue 20)
case-list-link = Fälle ohne Platz
case-list-title = Fälle: Kinder mit Rechtsanspruch ohne Platz
case-list-intro = Jedes Kind, das zum gewünschten Beginn mindestens ein Jahr alt ist (Rechtsanspruch nach § 24 SGB VIII) und noch kein Platzangebot, keine Zusage und keinen Vertrag hat. Sortiert nach dem Tag, bis zu dem das Jugendamt handeln muss: dem gewünschten Beginn oder sechs Monate nach der Vormerkung, je nachdem, was später ist.
case-count = { $count ->
    [one] Ein Kind.
   *[other] { $count } Kinder.
}
case-empty = Keine Fälle für diese Auswahl.
case-all-municipalities = Alle Gemeinden des Jugendamts
case-band-all = Alle Altersgruppen
case-band-u3 = Unter 3 Jahren zum Beginn
case-band-ue3 = Ab 3 Jahren zum Beginn
case-status-open = Offen
case-status-closed = Abgeschlossen
case-overdue = überfällig
case-born = geboren { $date }
case-waited-days = { $days ->
    [one] seit einem Tag
   *[other] seit { $days } Tagen
}
case-notes-count = { $count ->
    [one] eine Notiz
   *[other] { $count } Notizen
}
case-col-child = Kind
case-col-birth = Geburtsdatum
case-col-start = Gewünschter Beginn
case-col-act-by = Handeln bis
case-col-waited = Wartet
case-col-family = Familie
case-col-phone = Telefon
case-col-address = Anschrift
case-col-flags = Hinweise
case-col-registrations = Vormerkungen
case-col-status = Stand
case-col-facility = Einrichtung
case-flag-needs-post = Post nötig
case-flag-sibling = Geschwisterkind betreut
case-flag-urgency = Dringlichkeit belegt
case-flag-refused = Angebot abgelehnt
case-title = Fall: { $child }
case-facts = Das Kind und seine Familie
case-notes-title = Notizen und Kontaktversuche
case-notes-private = Nur für das Jugendamt; die Familie sieht diese Notizen nicht. Jede Notiz wird protokolliert.
case-notes-empty = Noch keine Notizen.
case-kind-note = Notiz
case-kind-contact = Kontaktversuch
case-kind-refused_offer = Zumutbares Angebot abgelehnt
case-note-hint = Höchstens 5.000 Zeichen.
case-note-save = Notiz speichern
case-close-title = Fall abschließen
case-close-do = Fall abschließen
case-reason-choose = Bitte wählen
case-reason-place_elsewhere = Platz anderswo gefunden
case-reason-moved_away = Familie ist weggezogen
case-reason-not_needed = Kein Platz mehr nötig
case-notice-notiz = Die Notiz ist gespeichert.
case-notice-abgeschlossen = Der Fall ist abgeschlossen.
case-err-municipality = Diese Gemeinde gehört nicht zu Ihrem Jugendamt. Bitte wählen Sie eine aus der Liste.
case-err-band = Bitte wählen Sie „unter 3“ oder „ab 3“.
case-err-flag = Bitte setzen oder entfernen Sie den Haken.
case-err-status = Bitte wählen Sie „offen“ oder „abgeschlossen“.
case-err-kind = Bitte wählen Sie „Notiz“, „Kontaktversuch“ oder „Zumutbares Angebot abgelehnt“.
case-err-note-empty = Bitte schreiben Sie die Notiz.
case-err-note-long = Die Notiz ist zu lang: höchstens { $max } Zeichen.
case-err-reason = Bitte wählen Sie einen Grund aus der Liste.
field-municipality = Gemeinde
field-month = Beginn im Monat
field-band = Altersgruppe
field-case-status = Stand
field-overdue = Nur überfällige Fälle
field-note-kind = Art
field-case-note = Notiz
audit-action-case_note = Notiz zu einem Fall
audit-action-case_contact = Kontaktversuch zu einem Fall
audit-action-case_refused_offer = Zumutbares Angebot als abgelehnt vermerkt
audit-action-case_close = Fall abgeschlossen
audit-action-case_propose = Platz für ein Kind vorgeschlagen
audit-action-proposal_confirmed = Vorschlag des Jugendamts bestätigt (Platzangebot)
audit-action-proposal_refused = Vorschlag des Jugendamts abgelehnt
case-proposals-title = Vorschläge
case-proposals-empty = Noch kein Platz vorgeschlagen.
case-proposal-proposed = wartet auf die Einrichtung
case-proposal-confirmed = bestätigt: die Familie hat ein Platzangebot
case-proposal-refused = von der Einrichtung abgelehnt
case-proposal-withdrawn = zurückgezogen (Fall abgeschlossen oder Kind versorgt)
case-proposal-when = Vorgeschlagen am { $date }
case-proposal-decided = entschieden am { $date }
case-proposal-reason = Begründung der Einrichtung:
case-propose-hint = Schlagen Sie einen Platz in einer Einrichtung oder Kindertagespflege vor, die zum Beginn einen freien Platz für die Altersgruppe des Kindes hat. Die Leitung bestätigt den Vorschlag; dann erhält die Familie ein gewöhnliches Platzangebot.
case-propose-facility = Einrichtung oder Kindertagespflege
case-propose-choose = Bitte wählen
case-propose-free = { $count ->
    [one] 1 freier Platz
   *[other] { $count } freie Plätze
}
case-propose-note = Nachricht an die Leitung (freiwillig, höchstens 1.000 Zeichen)
case-propose-do = Platz vorschlagen
case-propose-none = Zurzeit hat keine Einrichtung zum Beginn einen freien Platz für die Altersgruppe und den Betreuungsumfang des Kindes.
case-notice-vorgeschlagen = Der Vorschlag ist an die Einrichtung gegangen.
case-err-facility = Bitte wählen Sie eine Einrichtung aus der Liste.
case-err-no-place = Diese Einrichtung hat zum Beginn keinen freien Platz für die Altersgruppe und den Betreuungsumfang des Kindes. Bitte wählen Sie eine aus der Liste.
case-err-proposal-open = Für diese Einrichtung ist schon ein Vorschlag offen.
case-err-text-long = Der Text ist zu lang: höchstens { $max } Zeichen.
desk-err-refuse-note = Bitte schreiben Sie dem Jugendamt, warum Sie das Kind nicht aufnehmen können.
desk-notice-proposal-confirmed = Der Vorschlag ist bestätigt. Die Familie hat ein Platzangebot erhalten.
desk-notice-proposal-refused = Der Vorschlag ist abgelehnt. Das Jugendamt sieht Ihre Begründung.
proposal-list-title = Vorschläge des Jugendamts
proposal-list-hint = Das Jugendamt schlägt diese Kinder mit Rechtsanspruch für einen freien Platz vor. Bitte bestätigen oder begründet ablehnen.
proposal-line = { $child }, Beginn { $start }
proposal-title = Vorschlag des Jugendamts: { $child }
proposal-facts = Der Vorschlag
proposal-explain = Das Jugendamt schlägt vor, diesem Kind einen freien Platz Ihrer Einrichtung anzubieten. Wenn Sie bestätigen, erhält die Familie ein gewöhnliches Platzangebot mit Antwortfrist.
proposal-hours = Betreuungsumfang
proposal-proposed = Vorgeschlagen am
proposal-note = Nachricht des Jugendamts
proposal-confirm-title = Bestätigen: Platzangebot an die Familie
proposal-confirm-hint = Bis zu diesem Tag kann die Familie antworten.
proposal-confirm-do = Bestätigen und Platz anbieten
proposal-refuse-title = Ablehnen
proposal-refuse-note = Begründung für das Jugendamt
proposal-refuse-hint = Die Familie sieht diese Begründung nicht. Höchstens 1.000 Zeichen.
proposal-refuse-do = Vorschlag ablehnen
cal-link = Verfahrenskalender
cal-title = Verfahrenskalender
cal-intro = Die Termine des Vergabeverfahrens von { $office }. Alle Gemeinden des Jugendamts zeigen sie auf ihrer Startseite und im Konto der Familien. Nach dem Anmeldeschluss eines Aufnahmetermins nimmt das Portal keine Vormerkungen für einen Beginn mehr an, den dieser Termin abdeckt; ein späterer Beginn bleibt offen.
cal-intakes = Aufnahmetermine
cal-col-start = Beginn (abgedeckt)
cal-covers = { $from } bis { $until }
cal-closed = Anmeldung geschlossen
cal-actions = Aktionen
cal-delete = Löschen
cal-delete-label = Aufnahmetermin { $start } löschen
cal-empty = Noch keine Termine. Ohne Termine nimmt das Portal Vormerkungen für jeden Beginn an.
cal-set-title = Aufnahmetermin anlegen oder ändern
cal-set-hint = Ein Aufnahmetermin gilt vom Beginn bis zum Tag vor dem nächsten Aufnahmetermin, höchstens bis zum 31. Juli des Kita-Jahres. Die Termine müssen in dieser Reihenfolge liegen: Anmeldeschluss, Vergabetag, Ende der Antwortfrist, zweite Runde (freiwillig), alle vor dem Beginn. Ein bestehender Termin mit demselben Beginn wird geändert.
cal-save = Termin speichern
cal-changes = Änderungen
cal-changes-empty = Noch keine Änderungen.
cal-change-deleted = Aufnahmetermin { $start } gelöscht
cal-line = Beginn { $start }, Anmeldeschluss { $deadline }, Vergabetag { $matching }, Antwortfrist bis { $answer }{ $second }
cal-line-second = , zweite Runde { $date }
cal-notice-gespeichert = Der Termin ist gespeichert.
cal-notice-geloescht = Der Termin ist gelöscht.
cal-err-matching-order = Der Vergabetag muss nach dem Anmeldeschluss liegen.
cal-err-answer-order = Das Ende der Antwortfrist muss nach dem Vergabetag liegen.
cal-err-second-order = Die zweite Runde muss nach dem Ende der Antwortfrist liegen.
cal-err-before-start = Alle Termine müssen vor dem Beginn liegen.
cal-field-start = Beginn (erster Betreuungstag, den der Termin abdeckt)
field-registration-deadline = Anmeldeschluss
field-matching-day = Vergabetag
field-answer-until = Ende der Antwortfrist
field-second-round = Zweite Runde (freiwillig)
notice-link = Bescheide
notice-page-title = Bescheide
notice-intro = Bescheide des Jugendamts als PDF: ein Platzangebot mit Antwortfrist, eine Absage mit den Gründen oder dass noch kein Platz angeboten werden konnte, jeweils mit der Rechtsbehelfsbelehrung aus Ihrer Vorlage. Ein erstellter Bescheid wird gespeichert und nie mehr geändert. Familien mit Konto und E-Mail-Adresse finden ihn in ihrem Konto und erhalten eine E-Mail; alle anderen Bescheide stehen unten zum Versand per Post.
notice-post-title = Zum Versand per Post
notice-post-count = { $count ->
    [one] 1 Bescheid ist per Post zu versenden.
   *[other] { $count } Bescheide sind per Post zu versenden.
}
notice-post-download = Alle als ein PDF zum Drucken
notice-post-hint = Nach dem Drucken und Versenden: als versendet vermerken. Das gilt für die Bescheide im PDF; später erstellte bleiben in der Liste.
notice-post-done = Als versendet vermerken
notice-post-none = Keine Bescheide zum Versand per Post.
notice-issue-title = Bescheid zu einem Platzangebot oder einer Absage erstellen
notice-issue-hint = Wählen Sie die Vormerkung (die neuesten offenen Platzangebote und Absagen). Den Bescheid, dass noch kein Platz angeboten werden konnte, erstellen Sie auf der Seite des Falls.
notice-issue-none = Zurzeit gibt es keine offenen Platzangebote und keine Absagen.
notice-issue-do = Bescheid erstellen
notice-field-registration = Vormerkung
notice-field-kind = Art des Bescheids
notice-kind-offer = Platzangebot mit Antwortfrist
notice-kind-rejection = Absage mit Gründen
notice-kind-no_place = Noch kein Platz angeboten
notice-recent-title = Zuletzt erstellte Bescheide
notice-recent-none = Noch keine Bescheide.
notice-col-title = Bescheid
notice-col-issued = Erstellt
notice-col-delivery = Zustellung
notice-delivery-email = Im Konto der Familie, mit E-Mail
notice-delivery-post = Per Post zu versenden
notice-delivery-posted = Per Post versendet am { $date }
notice-case-none = Noch kein Bescheid für dieses Kind.
notice-case-hint = Der Bescheid teilt der Familie mit, dass noch kein Platz angeboten werden konnte, mit der Rechtsbehelfsbelehrung aus Ihrer Vorlage.
notice-case-do = Bescheid „Noch kein Platz“ erstellen
case-notice-bescheid = Der Bescheid ist erstellt.
notice-notice-erstellt = Der Bescheid ist erstellt.
notice-notice-versendet = Die Bescheide sind als versendet vermerkt.
notice-notice-gespeichert = Die Vorlage ist als neue Fassung gespeichert.
notice-templates-title = Bescheidvorlagen
notice-templates-intro = Eine Vorlage je Art von Bescheid, für alle Gemeinden Ihres Jugendamts. Jede Änderung wird als neue Fassung gespeichert; erstellte Bescheide behalten ihre Fassung. Ohne Rechtsbehelfsbelehrung kann keine Vorlage gespeichert werden.
notice-template-version = Fassung { $version }
notice-template-none = noch keine Vorlage
notice-template-save = Als neue Fassung speichern
notice-field-body = Text des Bescheids
notice-field-body-hint = Platzhalter: {"{"}child{"}"} (Kind), {"{"}birth{"}"} (Geburtsdatum), {"{"}start{"}"} (Beginn), {"{"}facility{"}"} (Einrichtung), {"{"}answer_by{"}"} (Antwortfrist), {"{"}reasons{"}"} (Gründe der Absage), {"{"}office{"}"} (Jugendamt). Höchstens 10.000 Zeichen.
notice-field-appeal = Rechtsbehelfsbelehrung
notice-appeal-heading = Rechtsbehelfsbelehrung
notice-title-offer = Bescheid über einen Betreuungsplatz für { $child }
notice-title-rejection = Bescheid über eine Absage für { $child }
notice-title-no_place = Bescheid: noch kein Betreuungsplatz für { $child }
notice-default-offer =
    Sehr geehrte Damen und Herren,

    für Ihr Kind {"{"}child{"}"}, geboren am {"{"}birth{"}"}, wird Ihnen ein Betreuungsplatz in {"{"}facility{"}"} ab dem {"{"}start{"}"} angeboten. Bitte nehmen Sie das Angebot bis zum {"{"}answer_by{"}"} im Kita-Portal an oder lehnen Sie es ab. Ohne Antwort verfällt das Angebot.

    Mit freundlichen Grüßen
    {"{"}office{"}"}
notice-default-rejection =
    Sehr geehrte Damen und Herren,

    die Vormerkung Ihres Kindes {"{"}child{"}"}, geboren am {"{"}birth{"}"}, in {"{"}facility{"}"} zum {"{"}start{"}"} konnte nicht berücksichtigt werden.

    Gründe: {"{"}reasons{"}"}

    Ihre übrigen Vormerkungen bleiben bestehen.

    Mit freundlichen Grüßen
    {"{"}office{"}"}
notice-default-no_place =
    Sehr geehrte Damen und Herren,

    für Ihr Kind {"{"}child{"}"}, geboren am {"{"}birth{"}"}, besteht ein Rechtsanspruch auf Förderung in einer Tageseinrichtung oder in Kindertagespflege (§ 24 SGB VIII). Zum gewünschten Beginn konnte Ihnen bisher kein Platz angeboten werden. Das Jugendamt bemüht sich weiter um einen Platz und meldet sich bei Ihnen.

    Mit freundlichen Grüßen
    {"{"}office{"}"}
notice-err-kind = Bitte wählen Sie die Art des Bescheids aus der Liste.
notice-err-body = Bitte schreiben Sie den Text des Bescheids.
notice-err-appeal = Bitte geben Sie die Rechtsbehelfsbelehrung ein: Ohne sie kann kein Bescheid erstellt werden.
notice-err-placeholder = Den Platzhalter { $name } gibt es nicht. Bitte verwenden Sie nur die genannten Platzhalter.
notice-err-no-template = Für diese Art von Bescheid gibt es noch keine Vorlage mit Rechtsbehelfsbelehrung. Bitte legen Sie sie unter „Bescheidvorlagen“ an.
notice-err-registration = Bitte wählen Sie eine Vormerkung mit offenem Platzangebot (für den Bescheid zum Platzangebot) oder mit Absage (für den Bescheid zur Absage).
notice-err-no-case = Dieses Kind steht nicht auf der Liste der Fälle ohne Platz.
audit-action-notice_offer = Bescheid zum Platzangebot erstellt
audit-action-notice_rejection = Bescheid zur Absage erstellt
audit-action-notice_no_place = Bescheid „noch kein Platz“ erstellt
audit-action-notices_posted = Bescheide als versendet vermerkt
audit-action-notice_read = Bescheid gelesen
field-appeal = Rechtsbehelfsbelehrung
field-registration = Vormerkung
field-refuse-note = Begründung für das Jugendamt
field-proposal-note = Nachricht an die Leitung
case-placed = Hat ein Platzangebot oder einen Platz
case-err-placed = Das Kind hat schon ein Platzangebot oder einen Platz.
field-child = Kind
field-until = Stand der Liste
field-to-post = Nur zu versendende Bescheide
notice-err-child = Dieses Kind gibt es in dieser Gemeinde nicht.
notice-err-until = Der Stand der Liste ist nicht lesbar (RFC 3339, wie ihn die Liste angibt). Bitte laden Sie die Seite neu.
msg-facility-conversation-subject = Neue Nachricht der Familie von { $child }
msg-facility-conversation-body = Die Familie von { $child } hat Ihnen zu ihrer Vormerkung bei { $facility } geschrieben. Sie lesen die Nachricht im Kita-Portal: { $path }
audit-action-conversation_read = Nachrichten einer Vormerkung gelesen
audit-action-talk_read = Aufnahmegespräch einer Vormerkung gelesen
desk-conversations = Nachrichten von Familien
desk-conversation-line = { $child } · { $date }
desk-conversation-unread = { $count ->
    [one] 1 ungelesen
   *[other] { $count } ungelesen
}
desk-conv-link = Mit der Familie schreiben

# Admission talk, facility side (issue 21)
conv-notice-angeboten = Die Termine sind angeboten. Die Familie ist informiert.
conv-notice-zurueckgenommen = Der Termin ist zurückgenommen.
talk-none-offered = Noch keine Termine angeboten.
talk-taken = an eine andere Familie vergeben
talk-withdraw = Zurücknehmen
talk-offer-summary = Termine für das Aufnahmegespräch anbieten
talk-offer-hint = Bis zu fünf Termine, Ortszeit. Die Familie wählt einen; ein gewählter Termin wird keiner anderen Familie mehr angeboten. Derselbe Termin darf mehreren Familien angeboten werden.
talk-row = Termin { $row }
talk-field-date = Datum
talk-field-time = Uhrzeit
talk-field-minutes = Dauer in Minuten
talk-field-mode = Art
talk-field-place = Ort oder Zugang (bei „Vor Ort“ Pflicht)
talk-offer = Termine anbieten
talk-err-time = Bitte geben Sie die Uhrzeit von Termin { $row } als SS:MM an, z. B. 15:30.
talk-err-minutes = Die Dauer von Termin { $row } muss zwischen { $min } und { $max } Minuten liegen.
talk-err-mode = Bitte wählen Sie für Termin { $row } vor Ort, Telefon oder Video.
talk-err-place = Bitte geben Sie den Ort von Termin { $row } an.
talk-err-place-long = Der Ort von Termin { $row } ist zu lang, höchstens { $max } Zeichen.
talk-err-past = Termin { $row } liegt in der Vergangenheit.
talk-err-none = Bitte geben Sie mindestens einen Termin mit Datum und Uhrzeit an.
talk-ics-summary = Aufnahmegespräch: { $child } – { $facility }
talk-ics-description = Aufnahmegespräch über { $child }. Verlegen oder absagen im Kita-Portal: { $path }
talk-ics-phone = Telefon
talk-ics-video = Video
desk-talk-at = Gespräch: { $at }
msg-facility-talk-booked-subject = Aufnahmegespräch am { $at }: { $child }
msg-facility-talk-booked-body = Die Familie von { $child } hat das Aufnahmegespräch bei { $facility } für { $at } gebucht. Die Kalenderdatei hängt an dieser E-Mail: { $path }
msg-facility-talk-cancelled-subject = Aufnahmegespräch am { $at } abgesagt: { $child }
msg-facility-talk-cancelled-body = Das Aufnahmegespräch über { $child } bei { $facility } am { $at } ist abgesagt. Der Grund steht im Kita-Portal: { $path }

# The facility's inbox and announcements (issue 21)
desk-inbox-link = Nachrichten und Mitteilungen
desk-inbox-all = Alle Nachrichten von Familien
desk-inbox-title = Nachrichten – { $name }
desk-inbox-conversations = { $count ->
    [one] Ein offenes Gespräch
   *[other] { $count } offene Gespräche
}, { $unread } ungelesen
desk-inbox-empty = Noch keine Nachrichten von Familien.
desk-inbox-col-last = Letzte Nachricht
desk-inbox-col-unread = Ungelesen
announce-title = Mitteilung an alle Familien eines Aufnahmetermins
announce-intro = Zum Beispiel eine Einladung zum Tag der offenen Tür. Jede Familie auf der Warteliste für den gewählten Beginn erhält die Mitteilung in ihrem Postfach im Kita-Portal und eine E-Mail, dass sie da ist.
announce-nobody = Auf der Warteliste steht noch keine Familie.
announce-start = Beginn
announce-start-option = { $date } ({ $count ->
    [one] eine Familie
   *[other] { $count } Familien
})
announce-subject = Betreff
announce-body = Mitteilung
announce-hint = Höchstens 5.000 Zeichen. Die E-Mail enthält den Text nicht, nur den Hinweis auf das Postfach.
announce-send = Mitteilung senden
announce-sent = Gesendete Mitteilungen
announce-sent-line = an { $families ->
    [one] eine Familie
   *[other] { $families } Familien
}
announce-notice-gesendet = Die Mitteilung ist gesendet.
announce-err-subject = Bitte geben Sie einen Betreff mit höchstens { $max } Zeichen an.
