# STEP – English message catalogue for families: every text a family reads (public pages, sign-in,
# selection, family, children, registrations, account, inbox, offers, documents, e-mails, errors).
# Each family language has this file with the same ids and placeables (checked by the tests).

district-name = Kreis Steinfurt
site-name = Kita portal
skip-link = Skip to content
# This language named in itself, and its writing direction (ltr or rtl).
language-name = English
language-direction = ltr
nav-main = Main navigation
language-switch = Language
nav-home = Home
nav-search = Find childcare
nav-district = All towns
demo-mark = Demo
logo-alt = Logo of { $name }

landing-title = Kita portal for Kreis Steinfurt
landing-intro = Here parents can find daycare centres (Kitas) and childminders (Kindertagespflege) in all 24 towns of Kreis Steinfurt. You can choose up to five of them and register your child.
landing-choose = Choose the town where you live
landing-office = Youth welfare office (Jugendamt): { $office }

home-title = Kita portal { $name }
home-intro = Find a childcare place for your child in { $name } – in a daycare centre (Kita) or with a childminder (Kindertagespflege).
home-count = { $count ->
    [one] 1 Kita or childminder in { $name }
   *[other] { $count } Kitas and childminders in { $name }
}
home-steps = How it works
step-1-title = 1. Search
step-1-text = Search for Kitas and childminders that fit your needs: start date, hours of care, age, distance, operator (Träger) and educational concept.
step-2-title = 2. Choose
step-2-text = Choose up to { $max } Kitas or childminders with “Select Kita/KTP”. You can do this even before you sign in.
step-3-title = 3. Register
step-3-text = Sign in and register your child with the Kitas and childminders you chose (Vormerkung). Your child is then on their waiting lists.
step-4-title = 4. Contract
step-4-text = Your account tells you about every change. When you get a place, you sign the care contract (Betreuungsvertrag) with the Kita or childminder.
home-quick = Quick search
home-personal = The portal does not replace a personal talk with the Kita.

search-title = Find childcare
search-filters = Search filters
search-filters-change = Change search filters
error-prefix = Error:
field-kind = Type of care
kind-any = All types
kind-kita = Daycare centre (Kita)
kind-ktp = Childminder (Kindertagespflege)
field-birth-date = Child’s date of birth
field-birth-date-hint = You can also do this before the birth: then enter the due date.
field-start = Preferred start of care
field-start-hint = If you leave this empty: { $date } (start of the Kita year).
field-hours = Hours per week
hours-any = Any
hours-option = { $hours } hours
field-near = Location
field-near-hint = A street in { $name } (e.g. Bahnhofstraße) or coordinates “latitude,longitude”.
field-radius-km = Radius in km
field-q = Search text
field-q-hint = Name, operator (Träger), street or concept
field-provider = Operator (Träger)
field-concept = Educational concept
any-option = All
field-free-only = Only with free places
field-sort = Sort by
sort-distance = Distance
sort-free-places = Free places
sort-name = Name
field-page = Page
field-per-page = Results per page
field-query = Search request
search-submit = Search
search-results = { $total ->
    [0] No results found
    [one] 1 result found
   *[other] { $total } results found
}
search-none = There are no results with these filters. Try fewer filters or a larger radius.
search-error-title = Please check what you entered
result-free = { $count ->
    [0] No free places at the moment
    [one] 1 free place
   *[other] { $count } free places
}
result-free-at = for a start on { $date }
result-distance = { $km } km away
result-hours = Hours per week: { $hours }
result-ages = Age: { $ages }
result-concepts = Concept: { $concepts }
pagination = Pages
pagination-prev = Previous page
pagination-next = Next page
pagination-page = Page { $page } of { $pages }

facility-provider = Operator (Träger)
facility-address = Address
facility-contact = Contact
facility-phone = Phone
facility-email = Email
facility-opening = Opening hours
facility-groups = Types of groups
facility-ages = Age of the children
facility-hours = Hours per week
facility-concepts = Educational concept
facility-about = About us
facility-criteria = Admission criteria (Aufnahmekriterien)
facility-criteria-intro = Places are given out by these published criteria. The more points a child has, the higher the child is on the waiting list. If children have the same points, the date of the registration (Vormerkung) decides: earlier comes first.
facility-points = { $points ->
    [one] 1 point
   *[other] { $points } points
}
facility-places = Free places
facility-places-start = Start
facility-places-band = Age group
facility-places-free = Free
facility-places-none = No free places are reported at the moment. You can still register your child on the waiting list (Vormerkung).
band-u3 = under 3 years
band-ue3 = 3 years and older
facility-map = Location
facility-map-label = Map: location in the town (dot in the middle: town centre)
facility-map-open = View on OpenStreetMap
facility-coordinates = Coordinates: { $lat }, { $lon }
facility-back = Back to search

age-months = { $months ->
    [one] 1 month
   *[other] { $months } months
}
age-years = { $years ->
    [one] 1 year
   *[other] { $years } years
}
age-years-months = { $years ->
    [one] 1 year
   *[other] { $years } years
} { $months ->
    [one] 1 month
   *[other] { $months } months
}

footer-contact = Your contacts
footer-office = Responsible youth welfare office (Jugendamt)
contact-phone = Phone: { $phone }
contact-email = Email: { $email }
footer-demo = Contacts marked “Demo” are only examples for the demonstration.

error-not-found-title = Page not found
error-not-found = This page does not exist. Maybe the link is old, or the address has a typing mistake.
error-bad-request-title = Invalid input
error-bad-request = The request contains an invalid value.
error-maintenance-title = Not available for a short time
error-maintenance = The portal of this town is being updated right now. Please try again in a few minutes. Your data is safe.
error-internal-title = An error has occurred
error-internal = Sorry, an error has occurred on our side. Your data is not lost. Please try again later.
error-help = If the problem continues, we are glad to help you:
error-back-home = Go to home page

err-kind = Please choose “kita” or “ktp”.
err-date-format = Please enter a valid date, e.g. 01.08.2027 (day.month.year).
err-start-past = The start of care cannot be in the past.
err-start-too-far = The start of care can be at most three years in the future.
err-birth-too-far = The date of birth can be at most ten months in the future.
err-birth-too-old = The portal finds care for children up to 14 years old.
err-birth-after-start = The child must be born by the preferred start of care. Please choose a later start.
err-not-a-number = Please enter a whole number.
err-number-range = Please enter a number from { $min } to { $max }.
err-kita-hours = In a Kita, you can book 25, 35 or 45 hours per week.
err-near = Please enter the location as “latitude,longitude” (e.g. 52.2799,7.4400).
err-radius = Please enter a radius above 0 and up to { $max } km.
err-radius-needs-near = For a radius, we need a location.
err-boolean = Please enter “true” or “false”.
err-sort = Please sort by “distance”, “free_places” or “name”.
err-sort-needs-near = To sort by distance, we need a location.
err-text-too-long = Please enter at most { $max } characters.
err-text-control = The input contains control characters. They are not allowed.
search-location-used = We show results near “{ $street }”.
search-location-unknown = We did not find a street “{ $place }” in { $name }. We show all results – without a radius and not sorted by distance.
search-location-did-you-mean = Did you mean:
err-query = We could not read the search request (a parameter is there twice or is invalid).
error-code = Error code { $status }

## Sign-in, selection, account (issue 4)
nav-selection = { $count ->
    [0] My choices
   *[other] My choices ({ $count })
}
nav-account = My account
nav-menu = Menu
nav-office = Youth welfare office
nav-login = Sign in
nav-logout = Sign out
select-button = Select Kita/KTP
select-button-label = Select Kita/KTP: { $name }
select-done = Selected ✓ – go to “My choices”
select-done-count = Selected ✓ – { $count } of { $max } in “My choices”
select-full = Your choices are full ({ $max } of { $max }) – replace one
selection-title = My choices
selection-intro = Choose up to { $max } Kitas or childminders (Kindertagespflege). The order shows your priority: your favourite place is at the top.
selection-empty = You have not chosen anything yet. Search for Kitas and childminders and choose them with “Select Kita/KTP”.
selection-up-label = Move { $name } up
selection-down-label = Move { $name } down
selection-remove-label = Remove { $name }
selection-remove = Remove
selection-order = Each Kita or childminder only sees that your child is registered with them – not where else you have registered your child.
register-title = Register your child
register-login-first = To register your child on the waiting list, please sign in. Your choices will be kept.
register-family-first = First enter your family details
register-child-first = First add a child
register-child = Child
register-note = Message to the Kita or childminder (optional)
register-criteria-legend = Which admission criteria (Aufnahmekriterien) of this Kita or childminder apply to your family?
register-criteria-hint = Optional. The Kita or childminder checks your answers. After the registration, you can upload proof (e.g. a letter from your employer) under “Documents”.
register-submit = { $count ->
    [one] Register on 1 waiting list
   *[other] Register on { $count } waiting lists
}
account-title = My account
inbox-link = { $count ->
    [0] Messages
    [one] Messages (1 unread)
   *[other] Messages ({ $count } unread)
}
account-family = Family
account-family-edit = Change contact details
account-child-add = Add a child
child-born = born on { $date }
child-expected = due on { $date }
account-no-registrations = No registrations yet.
registration-start = Start { $date }
registration-rank = Priority { $rank }
registration-waiting = { $count ->
    [one] On the waiting list for this start: only your child
   *[other] On the waiting list for this start: { $count } children
}
registration-history = History
withdraw-link = Cancel registration
family-title = Family details
family-intro = The Kita in { $name } needs these details to contact you. You can change them at any time.
family-first_name = First name
family-last_name = Last name
family-street = Street and house number
family-postcode = Postcode
family-city = Town
family-phone = Phone
family-email = Email
family-language = Preferred language
family-guardian2 = Second parent (optional)
family-guardian2_first_name = First name
family-guardian2_last_name = Last name
family-guardian2_phone = Phone
family-guardian2_email = Email
save = Save
child-title = Add a child
child-birth-date = Date of birth
child-birth-hint = Not born yet? Then leave the date of birth empty and enter the due date.
child-expected-date = Due date
child-save = Save child
withdraw-title = Cancel registration
withdraw-question = Do you really want to cancel the registration of { $child } at { $facility } (start { $date })?
withdraw-consequence = Your child will then no longer be on the waiting list of this Kita or childminder. You cannot undo this. But you can register your child again.
withdraw-confirm = Yes, cancel registration
withdraw-cancel = No, go back
withdraw-not-possible = This registration can no longer be cancelled (status: { $status }).
give-back-link = Give up childcare place
give-back-title = Give up childcare place
give-back-question = Do you really want to give up the place you accepted for { $child } at { $facility } (start { $date })?
give-back-consequence = The place becomes free again and can go to another child. You cannot undo this. If you have already signed a care contract (Betreuungsvertrag), please also end it (Kündigung) with the Kita or childminder.
give-back-confirm = Yes, give up place
inbox-title = Messages
inbox-empty = No messages yet.
inbox-new = New

notice-added = Added to “My choices”.
notice-removed = Removed from “My choices”.
notice-moved = The order has been changed.
notice-full = You have already chosen the highest possible number of Kitas and childminders. To choose another one, first remove one.
notice-already = This Kita or childminder is already in “My choices”.
notice-registered = Your child is now on the waiting list (Vormerkung). You can find all registrations here. You will get a message about every change.
notice-registered-some = { $count ->
    [one] 1 registration has been saved. For the other choices, something is still missing:
   *[other] { $count } registrations have been saved. For the other choices, something is still missing:
}
notice-abgemeldet = You are signed out. On a shared device, please also close the browser window.
notice-withdrawn = The registration has been cancelled.
notice-contract-accepted = You have accepted the care contract (Betreuungsvertrag). The place is now agreed by contract. The Kita or childminder has been told.
contract-open-link = View and accept contract
signing-title = Care contract (Betreuungsvertrag) for { $child }
signing-facility = Kita or childminder
signing-start = Start
signing-settling = Settling-in (Eingewöhnung) from { $date }
signing-times = Hours of care
signing-times-value = Monday to Friday, { $from } to { $until } ({ $hours } hours per week)
signing-group = Group
signing-pdf = Read the whole contract (PDF, version { $version })
signing-online-title = Accept the contract online
signing-login-again-text = For your security, please sign in again with the sign-in service before you accept. After that, you will come back here.
signing-login-again = Sign in again
signing-confirm-label = I have read the care contract (Betreuungsvertrag, version { $version }) with { $facility }, and I accept it as binding.
signing-button = Accept contract (binding)
signing-hint = We save who accepted, when, and which version. You do not need to print or upload anything.
signing-or-upload = You can also print the contract, sign it and upload it:
signing-paper = Please print the contract, sign it and upload it:
notice-family-saved = Your family details have been saved.
notice-family-copied = Your family details and children have been copied. Please check them under “Change contact details”, especially the address.
copy-title = Copy family details?
copy-intro = You are already registered in another town of the district. You can copy your family details and children from there to { $name }. Then you do not have to enter them again.
copy-button = Copy from { $from }
copy-hint = Only family details and children are copied. Registrations, messages and documents stay in their town. The data is saved in this town, not in a central place.
field-copy-from = Copy from
err-copy-source = We cannot copy family details from this town.
rule-family-exists = You already have family details in this town. They will not be overwritten.
elsewhere-title = Your registrations in other towns
elsewhere-intro = You are also registered in these towns of the district:
elsewhere-link = My account in { $name }
notice-child-saved = The child has been saved.

status-registered = Registered (on the waiting list)
status-offered = Offer of a place received
status-accepted = Place accepted
status-declined = Offer declined
status-rejected = Refused by the Kita or childminder
status-withdrawn = Cancelled
status-contracted = Care contract agreed
status-expired = Offer expired

msg-registered-subject = Registration at { $facility }
msg-registered-body = { $child } is registered at { $facility } for a start on { $start } and is on the waiting list. You will get a message as soon as something changes.
msg-withdrawn-subject = Registration at { $facility } cancelled
msg-withdrawn-body = You have cancelled the registration of { $child } at { $facility }.

error-csrf-title = Form expired
error-csrf = The form was no longer valid (security check). Please reload the page and send the form again. Nothing has been saved.
error-unauthorized-title = Please sign in
error-unauthorized = You must be signed in to do this.
login-cancelled-title = Sign-in cancelled
login-cancelled = You cancelled the sign-in. Your choices are still there. You can sign in again at any time.
login-failed-title = Sign-in failed
login-failed = The sign-in could not be finished. Please start again with “Sign in”.
error-provider-title = Sign-in service not available
error-provider = The central sign-in service cannot be reached right now. Please try again in a few minutes.
error-not-json-title = Wrong format
error-not-json = The request must contain JSON (application/json).
error-rule-title = Change not possible
rule-registration-limit = Your child is already registered with the highest possible number of Kitas and childminders. First cancel one registration.
rule-registration-duplicate = Your child is already registered with this Kita or childminder.
rule-registration-hours = This Kita or childminder does not offer the hours of care you chose.
rule-registration-age = At the preferred start, your child does not have the age that this Kita or childminder accepts.
rule-registration-not-active = This registration is no longer active.
rule-registration-facility = This Kita or childminder does not exist in this town.
rule-family-missing = Please enter your family details first.
rule-selection-full = You can only choose as many Kitas and childminders as the town allows (usually 5).
rule-other = This change is not possible.

err-required = Please fill in this field.
err-email = Please enter a valid email address (e.g. name@example.com).
err-phone = Please enter a phone number with digits (e.g. 05451 123-45).
err-postcode = Please enter a postcode with five digits.
err-language = Please choose one of the languages offered.
err-birth-or-expected = Please enter either the date of birth or the due date, not both.
err-birth-missing = Please enter the date of birth or – before the birth – the due date.
err-birth-future = The date of birth is in the future. For a child not yet born, please enter the due date.
err-expected-range = The due date must be between one month ago and ten months from now.
err-child = Please choose one of your children.
err-facility = This Kita or childminder does not exist in this town.
err-json = The content is not valid JSON of this form.
err-action = Unknown action.

field-first-name = First name
field-last-name = Last name
field-street = Street
field-postcode = Postcode
field-city = Town
field-phone = Phone
field-email = Email
field-language = Language
field-guardian2-first-name = First name (2nd parent)
field-guardian2-last-name = Last name (2nd parent)
field-guardian2-phone = Phone (2nd parent)
field-guardian2-email = Email (2nd parent)
field-expected-birth-date = Due date
field-child-id = Child
field-facility-id = Kita or childminder
field-facility-ids = Kitas or childminders
field-rank = Priority
field-note = Message
field-body = Content
field-action = Action

## E-mails
mail-subject-prefix = Kita portal { $portal }
mail-footer = Kita portal { $portal } – you can also find all messages in your account.
    Questions? { $contact }, { $street }, { $postcode } { $city }, phone { $phone }, { $email }

## Offers, answers, declines (issue 5)
msg-offered-subject = Offer of a place from { $facility }
msg-offered-body = Good news: { $facility } offers { $child } a place. Please answer in your account by { $date } (accept or decline). If you do not answer by then, the offer ends and the place goes to the next child.
msg-rejected-subject = No place at { $facility }
msg-rejected-body = Sorry, { $facility } cannot offer { $child } a place. Reason: { $reason }. Note from the Kita or childminder: { $note }. Your other registrations stay active.
msg-accepted-subject = Place at { $facility } accepted
msg-accepted-body = You have accepted the place for { $child } at { $facility }. The Kita or childminder will contact you about the care contract (Betreuungsvertrag).
msg-auto-withdrawn-subject = Registration at { $facility } ended
msg-auto-withdrawn-body = You have accepted a place for { $child }. Because of this, the registration at { $facility } was cancelled automatically. { $facility } has been told.
msg-declined-subject = Offer of a place from { $facility } declined
msg-declined-body = You have declined the offer of a place for { $child } at { $facility }. The place goes to the next child on the waiting list.
msg-offer-reminder-subject = Reminder: answer the offer from { $facility } by { $date }
msg-offer-reminder-body = The offer of a place for { $child } at { $facility } is open only until { $date }. Please accept or decline it in your account. Without an answer it expires and the place goes to another child.
msg-notice-subject = A notice from the youth welfare office about { $child }
msg-notice-body = The youth welfare office has sent you a formal notice about { $child }. You find it as a PDF in your account under “Notices”.
account-notices-title = Notices from the youth welfare office
account-notices-hint = Formal notices as PDF (in German). Please keep them: they contain deadlines and the instructions on how to appeal.
msg-expired-subject = Offer of a place from { $facility } expired
msg-expired-body = The offer of a place for { $child } at { $facility } has expired, because there was no answer by the deadline. If you are still interested, please contact the Kita or childminder.
msg-paper-subject = Registration at { $facility }
msg-paper-body = { $facility } has put { $child } on the waiting list for a start on { $start }. You can sign in to the Kita portal with this email address and follow everything in your account.

reason-no_place = No free places for the preferred start
reason-age_band = No place in this age group
reason-hours = The hours of care you want are not available
reason-criteria = Other children came first under the admission criteria
reason-other = Other reason (see note)

rule-registration-not-waiting = This registration is no longer waiting for a place (it has already been answered or cancelled).
rule-offer-no-place = There is no free place left for this start, this age group and these hours of care. Please enter free places first.
rule-offer-lock = The child has an open offer of a place from another Kita or childminder right now. While the youth welfare office’s offer block (Angebotssperre) applies, this registration is paused.
rule-offer-not-open = There is no open offer of a place (any more) for this registration.
rule-offer-expired = The deadline to answer this offer of a place has passed.
rule-capacity-exists = There is already a line for this start, this age group and these hours per week. Please change the number there. Nothing has been saved.
rule-registration-placed = Your child has already accepted a place. Another registration is not possible. If you want to change, first give up the place you accepted.
rule-capacity-changed = The free places have changed in the meantime (e.g. because of an offer of a place). So a number would fall below zero. Here are the current numbers. Please check your change and save again. Nothing has been saved.
rule-criterion-unknown = This Kita or childminder does not have this admission criterion.
error-forbidden-title = No permission
error-forbidden = Your account is not allowed to open this page. If you are supposed to work here, ask your youth welfare office (Jugendamt) to give you the role.

notice-accepted = You have accepted the place. If this child had other open registrations, they have been cancelled, and the Kitas and childminders have been told.
notice-refused = You have declined the offer of a place.
account-offer = Offer of a place: please answer by { $date }
offer-banner-title = { $count ->
    [one] An offer of a place is waiting for your answer
   *[other] { $count } offers of a place are waiting for your answer
}
offer-banner-text = { $facility } offers { $child } a place. Please answer by { $date }.
nav-alerts = { $offers ->
    [0] {""}
    [one] 1 open offer of a place
   *[other] { $offers } open offers of a place
}{ $offers ->
    [0] {""}
   *[other] { $messages ->
        [0] {""}
       *[other] , {""}
    }
}{ $messages ->
    [0] {""}
    [one] 1 new message
   *[other] { $messages } new messages
}
inbox-answer-offer = Go to offer
inbox-to-registration = Go to registration
account-accept = Accept place
account-refuse = Decline offer
account-criteria = Admission criteria taken into account
account-declared = Your answers on the admission criteria
declared-pending = being checked by the Kita or childminder
declared-confirmed = confirmed
declared-not-confirmed = not confirmed
account-reason = Reason for the refusal
accept-title = Accept place
refuse-title = Decline offer of a place
accept-question = Do you want to accept the place for { $child } at { $facility } from { $date }?
refuse-question = Do you really want to decline the offer of a place for { $child } at { $facility }?
answer-later = Decide later, back to my account
answer-deadline = Deadline for your answer: { $date }
accept-others = { $count ->
    [one] If you accept, this other registration of the child will be cancelled:
   *[other] If you accept, these { $count } other registrations of the child will be cancelled:
}
refuse-consequence = The place then goes to the next child. Your other registrations stay active.
accept-confirm = Yes, accept place
refuse-confirm = Yes, decline
answer-not-open = There is no open offer of a place for this registration (status: { $status }).
footer-staff = For Kitas, childminders and youth welfare offices

## Facility desk
desk-title = Workspace
child-first_name = Child’s first name
child-last_name = Child’s last name
field-answer-by = Answer by
field-place-start = Free from
field-reason = Reason
field-child-first-name = Child’s first name
field-child-last-name = Child’s last name
field-answer-by-short = Deadline
field-from = Start from (YYYY-MM)
field-to = Start until (YYYY-MM)
err-answer-by = The answer deadline must be after today and at most { $days } days in the future.
err-reason = Please choose a reason from the list.
err-reason-note = Please explain the other reason in the message to the family (required for “Other reason”).
err-too-many = Please enter at most { $max } entries.
err-age-band = Please choose “under 3 years” or “3 years and older”.
err-criterion = Unknown criterion.
err-month = Please enter the month, e.g. 08/2027.
err-month-order = The last month is before the first month. Please swap the two months.

## Office
err-period = The end of the period is before its start.
err-day = Please enter a date as DD.MM.YYYY (e.g. 01.08.2027).

## Documents (issue 6)
doc-section = Documents
doc-none = No documents yet.
doc-version = Version { $version }
doc-kind-contract = Care contract (Betreuungsvertrag)
doc-kind-signed = Signed contract
doc-kind-need = Proof of need for 45 hours (Bedarfsnachweis)
doc-kind-urgency = Proof of urgency
doc-kind-other = Other document
doc-by-parent = from the family
doc-by-facility = from the Kita or childminder
doc-page-title = Documents for { $child }
doc-link = Documents
doc-upload-title = Upload a document
doc-kind-label = Type of document
doc-file-label = File (PDF, JPEG or PNG)
doc-upload-hint = You can upload PDF, JPEG and PNG files up to { $mb } MB.
doc-upload-button = Upload
doc-notice-uploaded = The document has been saved. The Kita or childminder has been told.
doc-parent-contract-hint = As soon as the Kita or childminder provides the care contract (Betreuungsvertrag), you will see it here. Download it, sign it and upload the signed version as “Signed contract”.
doc-contracted = The care contract has been confirmed.
field-care-from = Care every day from (time)
field-care-until = Care every day until (time)
field-group = Group (optional)
field-settling-in = Start of settling-in (Eingewöhnung)
account-contracts = Care contract
upload-refused-title = File not accepted
upload-empty = The file is empty. Please choose a file with content.
upload-too-large = The file is larger than 10 MB. Please make it smaller (for example, scan it as a PDF with a lower resolution).
upload-wrong-type = The file is not a PDF, JPEG or PNG. We check the content of the file, not its name.
upload-bad-name = The file name must not contain slashes or control characters. It can be at most 200 characters long.
upload-missing = Please choose a file.
upload-one-file = Please upload one file at a time.
upload-unreadable = The file did not arrive completely. Please try again.
upload-kind = Please choose the type of document from the list.
error-documents-title = Document storage not available
error-documents = The document storage cannot be reached right now. Nothing has been saved. Please try again in a few minutes.
error-database-title = Database not available
error-database = The Kita portal cannot reach its database right now. What was saved before is kept. Please try again in a minute.
rule-contract-not-accepted = There can only be a contract after the family has accepted the place.
rule-contract-not-signed = Please upload the signed contract first (or wait until the family uploads it).
rule-contract-missing = You can only upload a signed contract when the Kita or childminder has made the contract and the place has been accepted.
rule-contract-confirmed = The contract has already been confirmed.
rule-online-contract-off = In this town, you cannot accept the contract online. Please print it, sign it and upload it.
rule-contract-changed = The Kita or childminder has made a new version of the contract in the meantime. Please read the new version before you accept it.
rule-reauthenticate = For your security, please sign in again before you accept the contract.
err-time = Please enter a time, e.g. 7:30 or 14:00.
err-time-range = Please enter a time between { $from } and { $until }.
err-time-order = The end of the care time must be after the start.
err-time-short = Over five days, these times give less than the agreed { $hours } hours per week. Please make the daily care time longer.
err-date = Please enter a date, e.g. 01.08.2027.
err-date-past = This date is in the past.
err-settling = Settling-in must start between the start of care ({ $start }) and { $last }.
err-accept-confirm = Please confirm that you have read the contract and that you accept it.
status-contract_created = Care contract provided
status-contract_signed = Signed contract on file
msg-contract-created-subject = Care contract for { $child } at { $facility }
msg-contract-created-body = { $facility } has provided the care contract (Betreuungsvertrag) for { $child }. You can find it in your account under “Documents”. Please download it, sign it and upload the signed version there.
msg-contract-signed-subject = Signed contract for { $child } on file
msg-contract-signed-body = { $facility } has put the signed care contract (Betreuungsvertrag) for { $child } on file. You can find it in your account under “Documents”.
msg-contracted-subject = Care contract for { $child } confirmed
msg-contracted-body = { $facility } has confirmed the care contract (Betreuungsvertrag) for { $child }. The place is now agreed by contract. You can find the contract in your account.
msg-contract-accepted-subject = Care contract for { $child } accepted
msg-contract-accepted-body = You have accepted the care contract (Betreuungsvertrag) for { $child } at { $facility } online. The place is now agreed by contract. You can find the contract in your account.
msg-retention-deleted-subject = Registration for { $child } deleted
msg-retention-deleted-body = Your registration for { $child } at { $facility } has been deleted. It had no answer, and the time for keeping it (Aufbewahrungsfrist) has ended. If you are still looking for a place, please register your child again.
export-link = Download all my data (ZIP)
export-hint = Contains all details about your family, your children, registrations and messages, and all documents.
delete-link = Delete account and data
delete-title = Delete account and data
delete-lead = Here you can delete everything that the Kita portal { $municipality } has saved about your family.
delete-what = We will delete your details, your children, all registrations (also offers of a place and accepted places) and your messages.
delete-documents = { $count ->
    [one] Your uploaded document will be deleted.
   *[other] Your { $count } documents will be deleted.
}
delete-export-first = please download your data first if you want to keep it.
delete-confirm-label = Yes, I want to delete my data in this portal permanently.
delete-confirm-missing = Please tick the box to confirm the deletion.
delete-button = Delete permanently
doc-parent-sign-hint = Download the care contract (Betreuungsvertrag), sign it and upload the signed version here as “Signed contract”. The Kita or childminder will then confirm it.
doc-kind-measles = Proof of measles protection (Masernschutz)
doc-kind-proof = Proof for an admission criterion
delete-documents-none = You have not uploaded any documents.
delete-kept-count = { $count ->
    [one] 1 confirmed care contract will be kept: the Kita or childminder must keep it for { $years } years. After that, it will be deleted.
   *[other] { $count } documents of confirmed care contracts will be kept: the Kita or childminder must keep them for { $years } years. After that, they will be deleted.
}
delete-contract-note = Deleting your data does not end a care contract (Betreuungsvertrag). To end a contract (Kündigung), please write to the Kita or childminder.
deleted-title = Your data has been deleted
deleted-lead = Everything that the Kita portal { $municipality } had saved about your family has been deleted.
deleted-kept = { $count ->
    [one] The Kita or childminder keeps 1 document of a confirmed care contract. If you have questions about it, ask the Kita or childminder or the youth welfare office (Jugendamt).
   *[other] The Kita or childminder keeps { $count } documents of confirmed care contracts. If you have questions about them, ask the Kita or childminder or the youth welfare office (Jugendamt).
}
deleted-signout = You are signed out of the Kita portal. Please also sign out of the district’s sign-in service. Then nobody can get into your account on this device without a password.
deleted-signout-button = Sign out of sign-in service
deleted-home = Go to home page
upload-need-hours = Proof of need (Bedarfsnachweis) is only needed for 45 hours per week.

## Maintenance mode (issue 7)
read-only-banner-title = Maintenance:
read-only-banner = You can look at everything, but you cannot change or send anything right now. Please try again later.
error-read-only-title = No changes possible right now
error-read-only = The Kita portal is being maintained right now. You can look at everything, but you cannot change anything. What you entered has not been saved. Please try again later.
doc-remove = Remove
doc-remove-label = Remove { $name }
doc-notice-removed = The document has been removed.
rule-document-contract = Care contracts and signed contracts cannot be removed. They also belong to the Kita or childminder.

# Addresses checked against the municipality's lists (issue 16)
address-check-title = Please check your address
address-check-hint = Nothing has been saved yet. Correct the address, or confirm below that it is correct (for example, because you will move soon).
address-confirm = The address is correct.
address-postcode-elsewhere = The postcode { $postcode } does not belong to { $name } (postcodes there: { $postcodes }).
address-street-close = We do not know the street “{ $street }” in { $name }. Did you mean { $suggestions }?
address-street-unknown = The street “{ $street }” is not in the street list of { $name }.
form-mistakes = { $count ->
    [one] Please correct this entry:
   *[other] Please correct these { $count } entries:
}

## Allocation rounds (issue 17)
rule-round-no-places = No free places are reported for this start date.
rule-round-open-exists = There is already an open allocation round for this start date.
rule-round-published = This round has been published and is frozen.
rule-round-not-run = Please start a test run first.
rule-round-stale = Registrations, criteria or free places have changed since the test run. Nothing has been published. Please start a new test run and check the result.
calendar-next-label = Next date of the allocation procedure:
calendar-next-deadline = Registration deadline on { $date } (for a start from { $start }).
calendar-next-matching = Allocation day on { $date } (for a start from { $start }).
calendar-next-answer = End of the answer period on { $date } (for a start from { $start }).
calendar-next-second = Second allocation round on { $date } (for a start from { $start }).
err-start-closed = For a start between { $from } and { $until } the registration deadline ended on { $deadline }. Please choose a later start or contact the youth welfare office.
rule-case-closed = This case is already closed.
rule-proposal-decided = This proposal has already been decided.
rule-proposal-withdrawn = This proposal no longer applies: the case was closed, or the child has a place by now or is no longer waiting.
msg-round-result-subject = Allocation round (Vergaberunde)
msg-round-result-body = The youth welfare office (Jugendamt) has given out free places in an allocation round (Vergaberunde).
msg-round-result-placed-subject = Allocation round for { $start }: a place for { $child }
msg-round-result-placed-body = The youth welfare office (Jugendamt) has given out the free places for { $start } in an allocation round (Vergaberunde). Each child gets the best place on their list of choices that they can get under the admission criteria of the Kitas and childminders. This was the decision for { $child }:

    { $lines }

    If you accept the place, your higher choices stay active: if a place becomes free there later, another round can still move { $child } there. Your lower choices will then be cancelled.
msg-round-result-unplaced-subject = Allocation round for { $start }: no place for { $child } yet
msg-round-result-unplaced-body = The youth welfare office (Jugendamt) has given out the free places for { $start } in an allocation round (Vergaberunde). This time there was no place for { $child }. This was the decision:

    { $lines }

    Your registrations stay active: places that become free will be given out in another round. The youth welfare office ({ $office }) can also advise you about childminders (Kindertagespflege) and other Kitas.
round-line-placed = Choice { $rank } – { $facility }: place offered. You can find the offer in your account.
round-line-inadmissible = Choice { $rank } – { $facility }: this Kita or childminder cannot accept your child ({ $reason }).
round-line-no-places = Choice { $rank } – { $facility }: there were no free places for children { $band }.
round-line-full = Choice { $rank } – { $facility }: { $capacity ->
        [one] 1 place
       *[other] { $capacity } places
    } for children { $band }. The last place went to a child with { $cutoff ->
        [one] 1 point
       *[other] { $cutoff } points
    } (registered on { $cutoff_date }). Your child: { $points ->
        [one] 1 point
       *[other] { $points } points
    }{ $criteria }, registered on { $date }.
round-why-link = Why this result? (allocation round)
round-why-inbox = All messages

## The cover letter of the care contract, in the family's language (issue 18)
cover-title = Your care contract (Betreuungsvertrag) for { $child }
cover-intro = { $facility } offers { $child } a place from { $start }, { $hours } hours a week. The care contract is on the next pages.
cover-german = The contract is in German: only the German text is legally valid. This page explains it in your language; it is not part of the contract.
cover-what-title = What the contract says
cover-what = Who makes the contract (you and the operator of the Kita, Träger), from when and for how long your child is cared for, the settling-in period (Eingewöhnung), your duties (for example the proof of measles protection, Masernschutz) and how to end it (Kündigung): four weeks before the end of a month. The youth welfare office (Jugendamt) sets the parental contributions (Elternbeiträge); they are not in the contract.
cover-next-title = What you do now
cover-next = Read the contract. Sign it and upload it in your account, or hand it in at the Kita. { $facility } answers questions about the contract. You can also get help from the youth welfare office (Jugendamt): { $office }.

## The read-me inside the data export (ZIP); file and field names stay as they are (issue 18)
export-readme =
    Your data from the Kita portal
    ==============================

    This file explains what is in the archive.

    familie.json
      Everything that the portal in this town or municipality has stored about your family, in a
      format that computers can read (JSON). You can open the file with any text editor.
      - family: your details (name, address, phone, email, language, second person with parental
        responsibility)
      - children: your children with their date of birth or expected date of birth
      - registrations: your registrations on waiting lists (Vormerkung) with the Kita or childminder
        (facility), start date (start_date), hours per week (hours), your order of preference (rank),
        your message to the Kita or childminder (note), the current state (status), the history
        (history) and the admission criteria that the Kita or childminder took into account (criteria)
      - messages: the messages in your inbox
      - documents: details about your documents (file name, size, SHA-256 checksum, date and time)

    What the status values mean (status):
      registered = on the waiting list (Vormerkung)      offered = offer of a place received
      accepted   = place accepted                        declined = you declined the offer
      rejected   = refused by the Kita or childminder    withdrawn = cancelled
      contracted = care contract agreed                  expired = offer expired
      contract_created = care contract provided          contract_signed = signed contract on file

    More details:
      place_band: ue3 = a place for children aged 3 and older, u3 = for children under 3
      actor (in the history): parent = you, facility = the Kita or childminder, office = the youth
        welfare office (Jugendamt), system = the portal
      origin: online = through the portal, paper = handed in on paper at the Kita or childminder
      Times with "Z" or "+00:00" are in Coordinated Universal Time (UTC). In Germany it is one hour
      later (two hours later in summer).

    dokumente/
      Your documents: care contract (Betreuungsvertrag), signed contract, proof of need
      (Bedarfsnachweis), proof of urgency (Dringlichkeitsnachweis), proof of measles protection
      (Masernschutz). "v2" means the second version of the same document.

    If you have questions, please contact the youth welfare office (Jugendamt) of your town or
    municipality. You find the contact details on every page of the portal.
conv-title = Messages about the registration
conv-back = Back
conv-intro = Here the family and the Kita or childminder write to each other about this registration. The other side gets an e-mail that a message is there, without its content.
conv-intro-office = The youth welfare office reads along (recorded) and does not write here.
conv-empty = No messages yet.
conv-from-family = Family
conv-from-facility = Kita or childminder
conv-field = Your message
conv-hint = At most 5,000 characters, at most 20 messages a day.
conv-send = Send message
conv-link = Write to the Kita or childminder
conv-notice-gesendet = The message has been sent.
conv-err-empty = Please write a message.
conv-err-long = The message is too long: at most { $max } characters.
rule-conversation-closed = No more messages can be written about this registration because it is no longer active.
rule-conversation-limit = 20 messages have already been written about this registration today. Please write again tomorrow.
msg-conversation-subject = New message from { $facility }
msg-conversation-body = { $facility } has written to you about the registration of { $child }. Read the message in the Kita portal: { $path }

# Admission talk (issue 21)
conv-messages = Messages
conv-notice-gebucht = The appointment is booked. The calendar file also comes by e-mail.
conv-notice-abgesagt = The appointment is cancelled. The other side has been told.
talk-title = Admission talk
talk-intro-family = The Kita or childminder invites you to a personal talk. Please choose a time.
talk-none-yet = No times for an admission talk have been offered yet. You will be told here.
talk-booked = Appointment: { $at } to { $until }
talk-slot = { $at } to { $until }
talk-mode-place = In person
talk-mode-phone = By phone
talk-mode-video = By video
talk-ics = Add to calendar (.ics)
talk-pick = Choose this time
talk-move = Move to this time
talk-other-hint = None of the times suits you? Write a message below and ask for other times.
talk-cancel-summary = Cancel the appointment
talk-cancel-field = Reason for cancelling
talk-cancel-hint = The reason appears as a message in this conversation. Both sides get an e-mail.
talk-cancel = Cancel the appointment
talk-err-pick = Please choose one of the times offered.
talk-err-reason = Please write why you cancel the appointment.
rule-talk-taken = This time has been taken or has passed. Please choose another one.
rule-talk-same = This time is already booked for you.
rule-talk-none = No appointment is booked.
rule-talk-too-many = Five times are already on offer. Take one back first.
rule-talk-overlap = The time overlaps another appointment of the facility.
msg-talk-offered-subject = Times for the admission talk at { $facility }
msg-talk-offered-body = { $facility } invites you to an admission talk about { $child }. Please choose a time in the Kita portal: { $path }
msg-talk-booked-subject = Admission talk on { $at }
msg-talk-booked-body = The admission talk about { $child } at { $facility } is on { $at }. The calendar file is attached to this e-mail. To move or cancel it: { $path }
msg-talk-cancelled-subject = Admission talk on { $at } cancelled
msg-talk-cancelled-body = The admission talk about { $child } at { $facility } on { $at } is cancelled. Read the reason in the Kita portal: { $path }
account-talk-booked = Admission talk: { $at }
account-talk-open = Times for the admission talk: please choose
doc-kind-attachment = Attachment to a message
conv-attachment = Attachment: { $name }
conv-file = Attach a file (optional)
conv-file-hint = PDF, JPEG or PNG, at most 10 MB.
msg-announcement-subject = New announcement from { $facility }
msg-announcement-body = { $facility } has sent an announcement to all families on its waiting list. Read it in your inbox in the Kita portal: { $path }
rule-announcement-nobody = No family is on the waiting list for this start.
rule-talk-past = The admission talk has already begun or taken place; it can no longer be moved or cancelled.
