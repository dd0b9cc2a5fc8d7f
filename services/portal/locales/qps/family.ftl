# The pseudo-locale qps, made from de/family.ftl by the test `pseudo_locale_is_made_from_german`
# (STEP_BLESS=1 writes it). Do not edit: change the German file and run the test.

district-name = ⟦Kréís Stéínfúrt ~~~~~⟧
site-name = ⟦Kítá-Pórtál ~~~~⟧
skip-link = ⟦Zúm Inhált spríngén ~~~~~ ~⟧
language-name = ⟦Déútsch ~~~⟧
language-direction = ⟦ltr ~⟧
nav-main = ⟦Háúptnávígátíón ~~~~~⟧
language-switch = ⟦Spráché ~~~⟧
nav-home = ⟦Stártséíté ~~~⟧
nav-search = ⟦Ángébóté súchén ~~~~~⟧
nav-district = ⟦Állé Städté únd Géméíndén ~~~~~ ~~~⟧
demo-mark = ⟦Démó ~~⟧
logo-alt = ⟦Lógó ~~⟧ { $name }

landing-title = ⟦Kítá-Pórtál ím Kréís Stéínfúrt ~~~~~ ~~~~⟧
landing-intro = ⟦Híér fíndén Éltérn Kítás únd Kíndértágéspflégé ín állén 24 Städtén únd Géméíndén dés Kréísés Stéínfúrt, wählén bís zú fünf Ángébóté áús únd méldén íhr Kínd án. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
landing-choose = ⟦Wählén Síé Ihrén Wóhnórt ~~~~~ ~~~⟧
landing-office = ⟦Júgéndámt: ~~~~⟧ { $office }

home-title = ⟦Kítá-Pórtál ~~~~⟧ { $name }
home-intro = ⟦Fíndén Síé éínén Bétréúúngsplátz für Ihr Kínd ín { $name } – ín éínér Kítá ódér ín dér Kíndértágéspflégé. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
home-count = { $count ->
    [one] ⟦Éín Ángébót ín ~~~~~⟧ { $name }
   *[other] { $count } ⟦Ángébóté ín ~~~~⟧ { $name }
}
home-steps = ⟦Só fúnktíóníért és ~~~~~ ~⟧
step-1-title = ⟦1. Súchén ~~~⟧
step-1-text = ⟦Súchén Síé Kítás únd Kíndértágéspflégépérsónén nách Ihrén Wünschén: Stártdátúm, Bétréúúngsúmfáng, Áltér, Éntférnúng, Trägér únd Kónzépt. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
step-2-title = ⟦2. Áúswählén ~~~~⟧
step-2-text = ⟦Wählén Síé bís zú { $max } Ángébóté mít „Kítá/KTP áúswählén“ áús – áúch schón vór dér Ánméldúng. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
step-3-title = ⟦3. Vórmérkén ~~~~⟧
step-3-text = ⟦Méldén Síé sích án únd mérkén Síé Ihr Kínd béí dén áúsgéwähltén Ángébótén vór. Ihr Kínd stéht dánn áúf dérén Wártélístén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
step-4-title = ⟦4. Vértrág ~~~⟧
step-4-text = ⟦Übér jédé Ändérúng ínfórmíért Síé Ihr Kóntó. Nách éínér Plátzzúságé schlíéßén Síé dén Bétréúúngsvértrág mít dér Kítá ódér Tágéspflégépérsón. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
home-quick = ⟦Schnéllsúché ~~~~⟧
home-personal = ⟦Dás Pórtál érsétzt nícht dás pérsönlíché Géspräch mít dér Kítá. ~~~~~ ~~~~~ ~~~~~ ~~~~⟧

search-title = ⟦Ángébóté súchén ~~~~~⟧
search-filters = ⟦Súchfíltér ~~~⟧
search-filters-change = ⟦Súchfíltér ändérn ~~~~~ ~⟧
error-prefix = ⟦Féhlér: ~~~⟧
field-kind = ⟦Árt dés Ángébóts ~~~~~⟧
kind-any = ⟦Állé Ángébóté ~~~~⟧
kind-kita = ⟦Kítá ~~⟧
kind-ktp = ⟦Kíndértágéspflégé ~~~~~ ~⟧
field-birth-date = ⟦Gébúrtsdátúm dés Kíndés ~~~~~ ~~⟧
field-birth-date-hint = ⟦Áúch vór dér Gébúrt möglích: dánn dén érréchnétén Gébúrtstérmín ángébén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
field-start = ⟦Géwünschtér Bétréúúngsbégínn ~~~~~ ~~~~⟧
field-start-hint = ⟦Óhné Ángábé: { $date } (Bégínn dés Kítá-Jáhrés). ~~~~~ ~~~~~ ~~⟧
field-hours = ⟦Wóchénstúndén ~~~~⟧
hours-any = ⟦Bélíébíg ~~~⟧
hours-option = { $hours } ⟦Stúndén ~~~⟧
field-near = ⟦Stándórt ~~~⟧
field-near-hint = ⟦Éíné Stráßé ín { $name } (z. B. Báhnhófstráßé) ódér Kóórdínátén „Bréíté,Längé“. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
field-radius-km = ⟦Úmkréís ín km ~~~~⟧
field-q = ⟦Fréítéxt ~~~⟧
field-q-hint = ⟦Námé, Trägér, Stráßé ódér Kónzépt ~~~~~ ~~~~~⟧
field-provider = ⟦Trägér ~~⟧
field-concept = ⟦Pädágógíschés Kónzépt ~~~~~ ~~⟧
any-option = ⟦Állé ~~⟧
field-free-only = ⟦Núr Ángébóté mít fréíén Plätzén ~~~~~ ~~~~~⟧
field-sort = ⟦Sórtíérúng ~~~⟧
sort-distance = ⟦Éntférnúng ~~~⟧
sort-free-places = ⟦Fréíé Plätzé ~~~~⟧
sort-name = ⟦Námé ~~⟧
field-page = ⟦Séíté ~~⟧
field-per-page = ⟦Tréffér pró Séíté ~~~~~ ~⟧
field-query = ⟦Súchánfrágé ~~~~⟧
search-submit = ⟦Súchén ~~⟧
search-results = { $total ->
    [0] ⟦Kéíné Ángébóté géfúndén ~~~~~ ~~⟧
    [one] ⟦Éín Ángébót géfúndén ~~~~~ ~⟧
   *[other] { $total } ⟦Ángébóté géfúndén ~~~~~ ~⟧
}
search-none = ⟦Mít díésén Fíltérn gíbt és kéíné Tréffér. Vérsúchén Síé és mít wénígér Fíltérn ódér éíném größérén Úmkréís. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
search-error-title = ⟦Bítté prüfén Síé Ihré Éíngábé ~~~~~ ~~~~⟧
result-free = { $count ->
    [0] ⟦Zúrzéít kéíné fréíén Plätzé ~~~~~ ~~~~⟧
    [one] ⟦1 fréíér Plátz ~~~~~⟧
   *[other] { $count } ⟦fréíé Plätzé ~~~~⟧
}
result-free-at = ⟦zúm ~~⟧ { $date }
result-distance = { $km } ⟦km éntférnt ~~~~⟧
result-hours = ⟦Wóchénstúndén: ~~~~~⟧ { $hours }
result-ages = ⟦Áltér: ~~~⟧ { $ages }
result-concepts = ⟦Kónzépt: ~~~⟧ { $concepts }
pagination = ⟦Séítén ~~⟧
pagination-prev = ⟦Vórhérígé Séíté ~~~~~⟧
pagination-next = ⟦Nächsté Séíté ~~~~⟧
pagination-page = ⟦Séíté { $page } vón ~~~~⟧ { $pages }

facility-provider = ⟦Trägér ~~⟧
facility-address = ⟦Ádréssé ~~~⟧
facility-contact = ⟦Kóntákt ~~~⟧
facility-phone = ⟦Téléfón ~~~⟧
facility-email = ⟦É-Máíl ~~⟧
facility-opening = ⟦Öffnúngszéítén ~~~~~⟧
facility-groups = ⟦Grúppénfórmén ~~~~⟧
facility-ages = ⟦Áltér dér Kíndér ~~~~~⟧
facility-hours = ⟦Wóchénstúndén ~~~~⟧
facility-concepts = ⟦Pädágógíschés Kónzépt ~~~~~ ~~⟧
facility-about = ⟦Übér úns ~~~⟧
facility-criteria = ⟦Áúfnáhmékrítéríén ~~~~~ ~⟧
facility-criteria-intro = ⟦Díé Plätzé wérdén nách díésén véröfféntlíchtén Krítéríén vérgébén. Jé méhr Púnkté, déstó höhér dér Ráng áúf dér Wártélísté; béí gléíchér Púnktzáhl éntschéídét dás Dátúm dér Vórmérkúng. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
facility-points = { $points ->
    [one] ⟦1 Púnkt ~~~⟧
   *[other] { $points } ⟦Púnkté ~~~⟧
}
facility-places = ⟦Fréíé Plätzé ~~~~⟧
facility-places-start = ⟦Bégínn ~~⟧
facility-places-band = ⟦Áltérsgrúppé ~~~~⟧
facility-places-free = ⟦Fréí ~~⟧
facility-places-none = ⟦Zúrzéít sínd kéíné fréíén Plätzé géméldét. Éíné Vórmérkúng íst trótzdém möglích. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
band-u3 = ⟦úntér 3 Jáhrén ~~~~~⟧
band-ue3 = ⟦áb 3 Jáhrén ~~~~⟧
facility-map = ⟦Lágé ~~⟧
facility-map-label = ⟦Lágéplán: Stándórt ím Géméíndégébíét (Púnkt ín dér Mítté: Órtszéntrúm) ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
facility-map-open = ⟦Áúf ÓpénStréétMáp ánséhén ~~~~~ ~~~⟧
facility-coordinates = ⟦Kóórdínátén: { $lat }, ~~~~~⟧ { $lon }
facility-back = ⟦Zúrück zúr Súché ~~~~~⟧

age-months = { $months ->
    [one] ⟦1 Mónát ~~~⟧
   *[other] { $months } ⟦Mónáté ~~~⟧
}
age-years = { $years ->
    [one] ⟦1 Jáhr ~~⟧
   *[other] { $years } ⟦Jáhré ~~⟧
}
age-years-months = { $years ->
    [one] ⟦1 Jáhr ~~⟧
   *[other] { $years } ⟦Jáhré ~~⟧
} { $months ->
    [one] ⟦1 Mónát ~~~⟧
   *[other] { $months } ⟦Mónáté ~~~⟧
}

footer-contact = ⟦Ihré Ánspréchpártnér ~~~~~ ~⟧
footer-office = ⟦Zúständígés Júgéndámt ~~~~~ ~~⟧
contact-phone = ⟦Téléfón: ~~~⟧ { $phone }
contact-email = ⟦É-Máíl: ~~~⟧ { $email }
footer-demo = ⟦Mít „Démó“ márkíérté Kóntákté sínd Plátzháltér für díé Vórführúng. ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧

error-not-found-title = ⟦Séíté nícht géfúndén ~~~~~ ~⟧
error-not-found = ⟦Díésé Séíté gíbt és nícht. Víélléícht íst dér Línk véráltét ódér díé Ádréssé énthält éínén Típpféhlér. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
error-bad-request-title = ⟦Úngültígé Éíngábé ~~~~~ ~⟧
error-bad-request = ⟦Díé Ánfrágé énthält éíné úngültígé Ángábé. ~~~~~ ~~~~~ ~~~⟧
error-maintenance-title = ⟦Vórübérgéhénd nícht vérfügbár ~~~~~ ~~~~⟧
error-maintenance = ⟦Dás Pórtál díésér Géméíndé wírd gérádé áktúálísíért. Bítté vérsúchén Síé és ín éínígén Mínútén érnéút. Ihré Dátén sínd síchér. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
error-internal-title = ⟦Éín Féhlér íst áúfgétrétén ~~~~~ ~~~⟧
error-internal = ⟦Léídér íst béí úns éín Féhlér áúfgétrétén. Ihré Dátén sínd nícht vérlórén. Bítté vérsúchén Síé és spätér érnéút. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
error-help = ⟦Wénn dás Próblém bléíbt, hélfén wír Ihnén gérné: ~~~~~ ~~~~~ ~~~~~⟧
error-back-home = ⟦Zúr Stártséíté ~~~~~⟧

err-kind = ⟦Bítté wählén Síé „kítá“ ódér „ktp“. ~~~~~ ~~~~~ ~⟧
err-date-format = ⟦Bítté gébén Síé éín gültígés Dátúm án, z. B. 01.08.2027. ~~~~~ ~~~~~ ~~~~~ ~~⟧
err-start-past = ⟦Dér Bétréúúngsbégínn dárf nícht ín dér Vérgángénhéít líégén. ~~~~~ ~~~~~ ~~~~~ ~~~⟧
err-start-too-far = ⟦Dér Bétréúúngsbégínn dárf höchsténs dréí Jáhré ín dér Zúkúnft líégén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
err-birth-too-far = ⟦Dás Gébúrtsdátúm dárf höchsténs zéhn Mónáté ín dér Zúkúnft líégén. ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
err-birth-too-old = ⟦Dás Pórtál vérmíttélt Bétréúúng für Kíndér bís 14 Jáhré. ~~~~~ ~~~~~ ~~~~~ ~~⟧
err-birth-after-start = ⟦Dás Kínd múss zúm géwünschtén Bétréúúngsbégínn gébórén séín. Bítté wählén Síé éínén spätérén Bégínn. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
err-not-a-number = ⟦Bítté gébén Síé éíné gánzé Záhl éín. ~~~~~ ~~~~~ ~⟧
err-number-range = ⟦Bítté gébén Síé éíné Záhl vón { $min } bís { $max } án. ~~~~~ ~~~~~ ~~⟧
err-kita-hours = ⟦In Kítás wérdén 25, 35 ódér 45 Wóchénstúndén gébúcht. ~~~~~ ~~~~~ ~~~~~ ~⟧
err-near = ⟦Bítté gébén Síé dén Stándórt áls „Bréíté,Längé“ án (z. B. 52.2799,7.4400). ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
err-radius = ⟦Bítté gébén Síé éínén Úmkréís übér 0 únd bís { $max } km án. ~~~~~ ~~~~~ ~~~~~ ~⟧
err-radius-needs-near = ⟦Für éínén Úmkréís bráúchén wír éínén Stándórt. ~~~~~ ~~~~~ ~~~~⟧
err-boolean = ⟦Bítté gébén Síé „trúé“ ódér „fálsé“ án. ~~~~~ ~~~~~ ~~⟧
err-sort = ⟦Bítté sórtíérén Síé nách „dístáncé“, „fréé_plácés“ ódér „námé“. ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
err-sort-needs-near = ⟦Für díé Sórtíérúng nách Éntférnúng bráúchén wír éínén Stándórt. ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
err-text-too-long = ⟦Bítté gébén Síé höchsténs { $max } Zéíchén éín. ~~~~~ ~~~~~ ~~⟧
err-text-control = ⟦Díé Éíngábé énthält únzúlässígé Stéúérzéíchén. ~~~~~ ~~~~~ ~~~~⟧
search-location-used = ⟦Wír zéígén Érgébníssé ín dér Nähé vón „{ $street }“. ~~~~~ ~~~~~ ~~~⟧
search-location-unknown = ⟦Éíné Stráßé „{ $place }“ hábén wír ín { $name } nícht géfúndén. Wír zéígén állé Ángébóté – óhné Úmkréís únd nícht nách Éntférnúng sórtíért. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
search-location-did-you-mean = ⟦Méíntén Síé: ~~~~⟧
err-query = ⟦Díé Súchánfrágé kónnté nícht gélésén wérdén (éín Párámétér íst dóppélt ódér úngültíg). ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
error-code = ⟦Féhlércódé ~~~~⟧ { $status }

nav-selection = { $count ->
    [0] ⟦Méíné Áúswáhl ~~~~⟧
   *[other] ⟦Méíné Áúswáhl ({ $count }) ~~~~~⟧
}
nav-account = ⟦Méín Kóntó ~~~⟧
nav-menu = ⟦Ménü ~~⟧
nav-office = ⟦Júgéndámt ~~~⟧
nav-login = ⟦Ánméldén ~~~⟧
nav-logout = ⟦Ábméldén ~~~⟧
select-button = ⟦Kítá/KTP áúswählén ~~~~~ ~⟧
select-button-label = ⟦Kítá/KTP áúswählén: ~~~~~ ~⟧ { $name }
select-done = ⟦Áúsgéwählt ✓ – zú „Méíné Áúswáhl“ ~~~~~ ~~~~~⟧
select-done-count = ⟦Áúsgéwählt ✓ – { $count } vón { $max } ín „Méíné Áúswáhl“ ~~~~~ ~~~~~ ~~⟧
select-full = ⟦Ihré Áúswáhl íst vóll ({ $max } vón { $max }) – éín Ángébót érsétzén ~~~~~ ~~~~~ ~~~~~ ~⟧
selection-title = ⟦Méíné Áúswáhl ~~~~⟧
selection-intro = ⟦Wählén Síé bís zú { $max } Kítás ódér Kíndértágéspflégéstéllén áús. Díé Réíhénfólgé íst Ihré Príórítät: óbén stéht Ihr Wúnschplátz. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
selection-empty = ⟦Síé hábén nóch níchts áúsgéwählt. Súchén Síé Ángébóté únd wählén Síé síé mít „Kítá/KTP áúswählén“ áús. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
selection-up-label = { $name } ⟦nách óbén ~~~⟧
selection-down-label = { $name } ⟦nách úntén ~~~~⟧
selection-remove-label = { $name } ⟦éntférnén ~~~⟧
selection-remove = ⟦Éntférnén ~~~⟧
selection-order = ⟦Díé Éínríchtúngén séhén núr, dáss Ihr Kínd vórgémérkt íst – nícht, wó Síé és sónst nóch vórgémérkt hábén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
register-title = ⟦Kínd vórmérkén ~~~~~⟧
register-login-first = ⟦Úm Ihr Kínd vórzúmérkén, méldén Síé sích án. Ihré Áúswáhl bléíbt dábéí érháltén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
register-family-first = ⟦Zúérst Fámílíéndátén ángébén ~~~~~ ~~~~⟧
register-child-first = ⟦Zúérst éín Kínd ánlégén ~~~~~ ~~⟧
register-child = ⟦Kínd ~~⟧
register-note = ⟦Náchrícht án díé Éínríchtúng (fréíwíllíg) ~~~~~ ~~~~~ ~~~⟧
register-criteria-legend = ⟦Wélché Áúfnáhmékrítéríén díésér Éínríchtúng tréffén áúf Ihré Fámílíé zú? ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
register-criteria-hint = ⟦Fréíwíllíg. Díé Éínríchtúng prüft Ihré Ángábén. Náchwéísé (z. B. éíné Árbéítgébérbéschéínígúng) könnén Síé nách dér Vórmérkúng úntér „Dókúménté“ hóchládén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
register-submit = { $count ->
    [one] ⟦Béí 1 Ángébót vórmérkén ~~~~~ ~~⟧
   *[other] ⟦Béí { $count } Ángébótén vórmérkén ~~~~~ ~~~⟧
}
account-title = ⟦Méín Kóntó ~~~⟧
inbox-link = { $count ->
    [0] ⟦Náchríchtén ~~~~⟧
    [one] ⟦Náchríchtén (1 úngélésén) ~~~~~ ~~~⟧
   *[other] ⟦Náchríchtén ({ $count } úngélésén) ~~~~~ ~~~⟧
}
account-family = ⟦Fámílíé ~~~⟧
account-family-edit = ⟦Kóntáktdátén ändérn ~~~~~ ~⟧
account-child-add = ⟦Kínd hínzúfügén ~~~~~⟧
child-born = ⟦gébórén ám ~~~~⟧ { $date }
child-expected = ⟦érwártét ám ~~~~⟧ { $date }
account-no-registrations = ⟦Nóch kéíné Vórmérkúng. ~~~~~ ~~⟧
registration-start = ⟦Bégínn ~~~⟧ { $date }
registration-rank = ⟦Príórítät ~~~⟧ { $rank }
registration-waiting = { $count ->
    [one] ⟦Áúf dér Wártélísté für díésén Bégínn: núr Ihr Kínd ~~~~~ ~~~~~ ~~~~~⟧
   *[other] ⟦Áúf dér Wártélísté für díésén Bégínn: { $count } Kíndér ~~~~~ ~~~~~ ~~~~⟧
}
registration-history = ⟦Vérláúf ~~~⟧
withdraw-link = ⟦Vórmérkúng zúrückzíéhén ~~~~~ ~~⟧
family-title = ⟦Fámílíéndátén ~~~~⟧
family-intro = ⟦Díésé Ángábén bráúcht díé Kítá ín { $name }, úm Síé zú érréíchén. Síé könnén síé jédérzéít ändérn. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
family-first_name = ⟦Vórnámé ~~~⟧
family-last_name = ⟦Náchnámé ~~~⟧
family-street = ⟦Stráßé únd Háúsnúmmér ~~~~~ ~~⟧
family-postcode = ⟦Póstléítzáhl ~~~~⟧
family-city = ⟦Órt ~⟧
family-phone = ⟦Téléfón ~~~⟧
family-email = ⟦É-Máíl ~~⟧
family-language = ⟦Bévórzúgté Spráché ~~~~~ ~⟧
family-guardian2 = ⟦Zwéítér Éltérntéíl (fréíwíllíg) ~~~~~ ~~~~~⟧
family-guardian2_first_name = ⟦Vórnámé ~~~⟧
family-guardian2_last_name = ⟦Náchnámé ~~~⟧
family-guardian2_phone = ⟦Téléfón ~~~⟧
family-guardian2_email = ⟦É-Máíl ~~⟧
save = ⟦Spéíchérn ~~~⟧
child-title = ⟦Kínd ánlégén ~~~~⟧
child-birth-date = ⟦Gébúrtsdátúm ~~~~⟧
child-birth-hint = ⟦Nóch nícht gébórén? Dánn dás Gébúrtsdátúm léér lássén únd dén érréchnétén Térmín ángébén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
child-expected-date = ⟦Érréchnétér Gébúrtstérmín ~~~~~ ~~~⟧
child-save = ⟦Kínd spéíchérn ~~~~~⟧
withdraw-title = ⟦Vórmérkúng zúrückzíéhén ~~~~~ ~~⟧
withdraw-question = ⟦Möchtén Síé díé Vórmérkúng vón { $child } béí { $facility } (Bégínn { $date }) wírklích zúrückzíéhén? ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
withdraw-consequence = ⟦Ihr Kínd stéht dánn nícht méhr áúf dér Wártélísté díésér Éínríchtúng. Dás lässt sích nícht rückgängíg máchén; Síé könnén és ábér néú vórmérkén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
withdraw-confirm = ⟦Já, zúrückzíéhén ~~~~~⟧
withdraw-cancel = ⟦Néín, zúrück ~~~~⟧
withdraw-not-possible = ⟦Díésé Vórmérkúng kánn nícht méhr zúrückgézógén wérdén (Stánd: { $status }). ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
give-back-link = ⟦Bétréúúngsplátz zúrückgébén ~~~~~ ~~~~⟧
give-back-title = ⟦Bétréúúngsplátz zúrückgébén ~~~~~ ~~~~⟧
give-back-question = ⟦Möchtén Síé dén ángénómménén Plátz vón { $child } béí { $facility } (Bégínn { $date }) wírklích zúrückgébén? ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
give-back-consequence = ⟦Dér Plátz wírd wíédér fréí únd kánn án éín ándérés Kínd géhén. Dás lässt sích nícht rückgängíg máchén. Éínén béréíts géschlóssénén Bétréúúngsvértrág kündígén Síé bítté zúsätzlích béí dér Éínríchtúng. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
give-back-confirm = ⟦Já, Plátz zúrückgébén ~~~~~ ~~⟧
inbox-title = ⟦Náchríchtén ~~~~⟧
inbox-empty = ⟦Nóch kéíné Náchríchtén. ~~~~~ ~~⟧
inbox-new = ⟦Néú ~⟧

notice-added = ⟦Dás Ángébót íst ín „Méíné Áúswáhl“. ~~~~~ ~~~~~ ~⟧
notice-removed = ⟦Dás Ángébót wúrdé áús „Méíné Áúswáhl“ éntférnt. ~~~~~ ~~~~~ ~~~~~⟧
notice-moved = ⟦Díé Réíhénfólgé wúrdé géändért. ~~~~~ ~~~~~⟧
notice-full = ⟦Síé hábén schón díé höchstmöglíché Záhl vón Ángébótén áúsgéwählt. Éntférnén Síé érst éín Ángébót, úm éín ándérés áúszúwählén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
notice-already = ⟦Díésés Ángébót íst béréíts áúsgéwählt. ~~~~~ ~~~~~ ~~⟧
notice-registered = ⟦Ihr Kínd íst vórgémérkt. Síé fíndén állé Vórmérkúngén híér únd békómmén éíné Náchrícht béí jédér Ändérúng. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
notice-registered-some = { $count ->
    [one] ⟦1 Vórmérkúng wúrdé géspéíchért. Béí dén übrígén Ángébótén féhlt nóch étwás: ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
   *[other] { $count } ⟦Vórmérkúngén wúrdén géspéíchért. Béí dén übrígén Ángébótén féhlt nóch étwás: ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
}
notice-abgemeldet = ⟦Síé sínd ábgéméldét. Áúf éíném géméínsám génútztén Gérät schlíéßén Síé bítté nóch dás Brówsérfénstér. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
notice-withdrawn = ⟦Díé Vórmérkúng wúrdé zúrückgézógén. ~~~~~ ~~~~~ ~⟧
notice-contract-accepted = ⟦Síé hábén dén Bétréúúngsvértrág ángénómmén. Dér Plátz íst vértráglích véréínbárt; díé Éínríchtúng íst bénáchríchtígt. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
contract-open-link = ⟦Vértrág ánséhén únd ánnéhmén ~~~~~ ~~~~⟧
signing-title = ⟦Bétréúúngsvértrág für ~~~~~ ~~⟧ { $child }
signing-facility = ⟦Éínríchtúng ~~~~⟧
signing-start = ⟦Bégínn ~~⟧
signing-settling = ⟦Éíngéwöhnúng áb ~~~~~⟧ { $date }
signing-times = ⟦Bétréúúngszéítén ~~~~~⟧
signing-times-value = ⟦móntágs bís fréítágs { $from } bís { $until } Úhr ({ $hours } Stúndén pró Wóché) ~~~~~ ~~~~~ ~~~~~ ~⟧
signing-group = ⟦Grúppé ~~⟧
signing-pdf = ⟦Dén gánzén Vértrág lésén (PDF, Fássúng { $version }) ~~~~~ ~~~~~ ~~⟧
signing-online-title = ⟦Vértrág ónlíné ánnéhmén ~~~~~ ~~⟧
signing-login-again-text = ⟦Zúr Síchérhéít méldén Síé sích vór dém Ánnéhmén nóch éínmál béím Ánméldédíénst án. Dánách kómmén Síé híérhér zúrück. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
signing-login-again = ⟦Érnéút ánméldén ~~~~~⟧
signing-confirm-label = ⟦Ich hábé dén Bétréúúngsvértrág (Fássúng { $version }) mít { $facility } gélésén únd néhmé íhn vérbíndlích án. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
signing-button = ⟦Vértrág vérbíndlích ánnéhmén ~~~~~ ~~~~⟧
signing-hint = ⟦Géspéíchért wérdén, wér ángénómmén hát, wánn únd wélché Fássúng. Síé müssén dánn níchts áúsdrúckén ódér hóchládén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
signing-or-upload = ⟦Síé könnén dén Vértrág áúch áúsdrúckén, úntérschréíbén únd hóchládén: ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
signing-paper = ⟦Bítté drúckén Síé dén Vértrág áús, úntérschréíbén Síé íhn únd ládén Síé íhn hóch: ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
notice-family-saved = ⟦Ihré Fámílíéndátén sínd géspéíchért. ~~~~~ ~~~~~ ~⟧
notice-family-copied = ⟦Ihré Fámílíéndátén únd Kíndér sínd übérnómmén. Bítté prüfén Síé síé úntér „Kóntáktdátén ändérn“, bésóndérs díé Ádréssé. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
copy-title = ⟦Fámílíéndátén übérnéhmén? ~~~~~ ~~~⟧
copy-intro = ⟦Síé sínd schón ín éínér ándérén Géméíndé dés Kréísés régístríért. Síé könnén Ihré Fámílíéndátén únd Kíndér vón dórt nách { $name } übérnéhmén, státt síé néú éínzúgébén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
copy-button = ⟦Áús { $from } übérnéhmén ~~~~~⟧
copy-hint = ⟦Übérnómmén wérdén núr Fámílíéndátén únd Kíndér; Vórmérkúngén, Náchríchtén únd Dókúménté bléíbén ín íhrér Géméíndé. Díé Dátén wérdén ín díésér Géméíndé géspéíchért, nícht zéntrál. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
field-copy-from = ⟦Übérnéhmén áús ~~~~~⟧
err-copy-source = ⟦Áús díésér Géméíndé könnén wír kéíné Fámílíéndátén übérnéhmén. ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
rule-family-exists = ⟦Síé hábén ín díésér Géméíndé schón Fámílíéndátén. Síé wérdén nícht übérschríébén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
elsewhere-title = ⟦Ihré Vórmérkúngén ín ándérén Géméíndén ~~~~~ ~~~~~ ~~⟧
elsewhere-intro = ⟦Síé sínd áúch ín díésén Géméíndén dés Kréísés régístríért: ~~~~~ ~~~~~ ~~~~~ ~~~⟧
elsewhere-link = ⟦Méín Kóntó ín ~~~~~⟧ { $name }
notice-child-saved = ⟦Dás Kínd íst géspéíchért. ~~~~~ ~~~⟧

status-registered = ⟦Vórgémérkt (áúf dér Wártélísté) ~~~~~ ~~~~~⟧
status-offered = ⟦Plátzángébót érháltén ~~~~~ ~~⟧
status-accepted = ⟦Plátz ángénómmén ~~~~~⟧
status-declined = ⟦Ángébót ábgéléhnt ~~~~~ ~⟧
status-rejected = ⟦Ábságé dér Éínríchtúng ~~~~~ ~~⟧
status-withdrawn = ⟦Zúrückgézógén ~~~~⟧
status-contracted = ⟦Bétréúúngsvértrág géschlóssén ~~~~~ ~~~~⟧
status-expired = ⟦Ángébót ábgéláúfén ~~~~~ ~⟧

msg-registered-subject = ⟦Vórmérkúng béí ~~~~~⟧ { $facility }
msg-registered-body = { $child } ⟦íst béí { $facility } für dén Bégínn ám { $start } vórgémérkt únd stéht áúf dér Wártélísté. Síé érháltén éíné Náchrícht, sóbáld sích étwás ändért. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
msg-withdrawn-subject = ⟦Vórmérkúng béí { $facility } zúrückgézógén ~~~~~ ~~~~⟧
msg-withdrawn-body = ⟦Síé hábén díé Vórmérkúng vón { $child } béí { $facility } zúrückgézógén. ~~~~~ ~~~~~ ~~~~~⟧

error-csrf-title = ⟦Fórmúlár ábgéláúfén ~~~~~ ~⟧
error-csrf = ⟦Dás Fórmúlár wár nícht méhr gültíg (Síchérhéítsprüfúng). Bítté ládén Síé díé Séíté néú únd séndén Síé és nóch éínmál. És wúrdé níchts géspéíchért. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
error-unauthorized-title = ⟦Bítté ánméldén ~~~~~⟧
error-unauthorized = ⟦Für díésé Áktíón müssén Síé ángéméldét séín. ~~~~~ ~~~~~ ~~~~⟧
login-cancelled-title = ⟦Ánméldúng ábgébróchén ~~~~~ ~~⟧
login-cancelled = ⟦Síé hábén díé Ánméldúng ábgébróchén. Ihré Áúswáhl íst nóch dá; Síé könnén sích jédérzéít érnéút ánméldén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
login-failed-title = ⟦Ánméldúng féhlgéschlágén ~~~~~ ~~~⟧
login-failed = ⟦Díé Ánméldúng kónnté nícht ábgéschlóssén wérdén. Bítté stártén Síé síé nóch éínmál übér „Ánméldén“. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
error-provider-title = ⟦Ánméldédíénst nícht érréíchbár ~~~~~ ~~~~⟧
error-provider = ⟦Dér zéntrálé Ánméldédíénst íst gérádé nícht érréíchbár. Bítté vérsúchén Síé és ín éínígén Mínútén érnéút. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
error-not-json-title = ⟦Fálschés Fórmát ~~~~~⟧
error-not-json = ⟦Díé Ánfrágé múss JSÓN (ápplícátíón/jsón) éntháltén. ~~~~~ ~~~~~ ~~~~~ ~⟧
error-rule-title = ⟦Ändérúng nícht möglích ~~~~~ ~~⟧
rule-registration-limit = ⟦Ihr Kínd íst béréíts béí dér höchstmöglíchén Záhl vón Ángébótén vórgémérkt. Zíéhén Síé érst éíné Vórmérkúng zúrück. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
rule-registration-duplicate = ⟦Ihr Kínd íst béí díésém Ángébót béréíts vórgémérkt. ~~~~~ ~~~~~ ~~~~~ ~⟧
rule-registration-hours = ⟦Díésés Ángébót bíétét dén géwähltén Bétréúúngsúmfáng nícht án. ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
rule-registration-age = ⟦Ihr Kínd hát zúm géwünschtén Bégínn nícht dás Áltér, dás díésés Ángébót áúfnímmt. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
rule-registration-not-active = ⟦Díésé Vórmérkúng íst nícht méhr áktív. ~~~~~ ~~~~~ ~~⟧
rule-registration-facility = ⟦Díésés Ángébót gíbt és ín díésér Géméíndé nícht. ~~~~~ ~~~~~ ~~~~~⟧
rule-family-missing = ⟦Bítté gébén Síé zúérst Ihré Fámílíéndátén án. ~~~~~ ~~~~~ ~~~~⟧
rule-selection-full = ⟦És könnén höchsténs só víélé Ángébóté áúsgéwählt wérdén, wíé díé Géméíndé érláúbt (méíst 5). ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
rule-other = ⟦Díé Ändérúng íst nícht möglích. ~~~~~ ~~~~~⟧

err-required = ⟦Bítté áúsfüllén. ~~~~~⟧
err-email = ⟦Bítté gébén Síé éíné gültígé É-Máíl-Ádréssé án (z. B. námé@béíspíél.dé). ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
err-phone = ⟦Bítté gébén Síé éíné Téléfónnúmmér mít Zífférn án (z. B. 05451 123-45). ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
err-postcode = ⟦Bítté gébén Síé éíné fünfstéllígé Póstléítzáhl án. ~~~~~ ~~~~~ ~~~~~⟧
err-language = ⟦Bítté wählén Síé éíné dér ángébóténén Spráchén. ~~~~~ ~~~~~ ~~~~~⟧
err-birth-or-expected = ⟦Bítté gébén Síé éntwédér dás Gébúrtsdátúm ódér dén érréchnétén Térmín án, nícht béídés. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
err-birth-missing = ⟦Bítté gébén Síé dás Gébúrtsdátúm ódér – vór dér Gébúrt – dén érréchnétén Térmín án. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
err-birth-future = ⟦Dás Gébúrtsdátúm líégt ín dér Zúkúnft. Für éín úngébórénés Kínd gébén Síé bítté dén érréchnétén Térmín án. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
err-expected-range = ⟦Dér érréchnété Térmín múss zwíschén vór éíném Mónát únd ín zéhn Mónátén líégén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
err-child = ⟦Bítté wählén Síé éínés Ihrér Kíndér. ~~~~~ ~~~~~ ~⟧
err-facility = ⟦Díésés Ángébót gíbt és ín díésér Géméíndé nícht. ~~~~~ ~~~~~ ~~~~~⟧
err-json = ⟦Dér Inhált íst kéín gültígés JSÓN díésér Fórm. ~~~~~ ~~~~~ ~~~~⟧
err-action = ⟦Únbékánnté Áktíón. ~~~~~ ~⟧

field-first-name = ⟦Vórnámé ~~~⟧
field-last-name = ⟦Náchnámé ~~~⟧
field-street = ⟦Stráßé ~~⟧
field-postcode = ⟦Póstléítzáhl ~~~~⟧
field-city = ⟦Órt ~⟧
field-phone = ⟦Téléfón ~~~⟧
field-email = ⟦É-Máíl ~~⟧
field-language = ⟦Spráché ~~~⟧
field-guardian2-first-name = ⟦Vórnámé (2. Éltérntéíl) ~~~~~ ~~⟧
field-guardian2-last-name = ⟦Náchnámé (2. Éltérntéíl) ~~~~~ ~~~⟧
field-guardian2-phone = ⟦Téléfón (2. Éltérntéíl) ~~~~~ ~~⟧
field-guardian2-email = ⟦É-Máíl (2. Éltérntéíl) ~~~~~ ~~⟧
field-expected-birth-date = ⟦Érréchnétér Gébúrtstérmín ~~~~~ ~~~⟧
field-child-id = ⟦Kínd ~~⟧
field-facility-id = ⟦Ángébót ~~~⟧
field-facility-ids = ⟦Ángébóté ~~~⟧
field-rank = ⟦Príórítät ~~~⟧
field-note = ⟦Náchrícht ~~~⟧
field-body = ⟦Inhált ~~⟧
field-action = ⟦Áktíón ~~⟧

mail-subject-prefix = ⟦Kítá-Pórtál ~~~~⟧ { $portal }
mail-footer = ⟦Kítá-Pórtál { $portal } – állé Náchríchtén fíndén Síé áúch ín Ihrém Kóntó. ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
    ⟦Frágén? { $contact }, { $street }, { $postcode } { $city }, Téléfón { $phone }, ~~~~~ ~~~⟧ { $email }

msg-offered-subject = ⟦Plátzángébót vón ~~~~~ ~⟧ { $facility }
msg-offered-body = ⟦Gúté Náchrícht: { $facility } bíétét { $child } éínén Plátz án. Bítté ántwórtén Síé bís zúm { $date } ín Ihrém Kóntó (ánnéhmén ódér ábléhnén). Óhné Ántwórt vérfällt dás Ángébót únd dér Plátz géht án dás nächsté Kínd. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
msg-rejected-subject = ⟦Ábságé vón ~~~~⟧ { $facility }
msg-rejected-body = { $facility } ⟦kánn { $child } léídér kéínén Plátz ánbíétén. Grúnd: { $reason }. Hínwéís dér Éínríchtúng: { $note }. Ihré ándérén Vórmérkúngén bléíbén béstéhén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
msg-accepted-subject = ⟦Plátz béí { $facility } ángénómmén ~~~~~ ~~⟧
msg-accepted-body = ⟦Síé hábén dén Plátz für { $child } béí { $facility } ángénómmén. Díé Éínríchtúng méldét sích wégén dés Bétréúúngsvértrágs béí Ihnén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
msg-auto-withdrawn-subject = ⟦Vórmérkúng béí { $facility } bééndét ~~~~~ ~~⟧
msg-auto-withdrawn-body = ⟦Wéíl Síé für { $child } éínén Plátz ángénómmén hábén, wúrdé díé Vórmérkúng béí { $facility } áútómátísch zúrückgézógén. Díé Éínríchtúng wúrdé ínfórmíért. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
msg-declined-subject = ⟦Plátzángébót vón { $facility } ábgéléhnt ~~~~~ ~~~~⟧
msg-declined-body = ⟦Síé hábén dás Plátzángébót für { $child } béí { $facility } ábgéléhnt. Dér Plátz géht án dás nächsté Kínd áúf dér Wártélísté. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
msg-offer-reminder-subject = ⟦Érínnérúng: Plátzángébót vón { $facility } bís { $date } béántwórtén ~~~~~ ~~~~~ ~~~~⟧
msg-offer-reminder-body = ⟦Dás Plátzángébót für { $child } béí { $facility } gílt núr nóch bís { $date }. Bítté néhmén Síé és ín Ihrém Kóntó án ódér léhnén Síé és áb. Óhné Ántwórt vérfällt és, únd dér Plátz géht án éín ándérés Kínd. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
msg-notice-subject = ⟦Éín Béschéíd dés Júgéndámts zú ~~~~~ ~~~~~⟧ { $child }
msg-notice-body = ⟦Dás Júgéndámt hát Ihnén éínén Béschéíd zú { $child } géschíckt. Síé fíndén íhn áls PDF ín Ihrém Kóntó úntér „Béschéídé“. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
account-notices-title = ⟦Béschéídé dés Júgéndámts ~~~~~ ~~~⟧
account-notices-hint = ⟦Förmlíché Béschéídé áls PDF. Bítté béwáhrén Síé síé áúf: Síé éntháltén Frístén únd díé Réchtsbéhélfsbéléhrúng. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
msg-expired-subject = ⟦Plátzángébót vón { $facility } ábgéláúfén ~~~~~ ~~~~⟧
msg-expired-body = ⟦Dás Plátzángébót für { $child } béí { $facility } íst ábgéláúfén, wéíl bís zúr Fríst kéíné Ántwórt kám. Bítté wéndén Síé sích án díé Éínríchtúng, wénn Síé wéítér Intéréssé hábén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
msg-paper-subject = ⟦Vórmérkúng béí ~~~~~⟧ { $facility }
msg-paper-body = { $facility } ⟦hát { $child } für dén Bégínn ám { $start } áúf díé Wártélísté gésétzt. Mít díésér É-Máíl-Ádréssé könnén Síé sích ím Kítá-Pórtál ánméldén únd állés ím Kóntó vérfólgén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧

reason-no_place = ⟦Kéíné fréíén Plätzé zúm géwünschtén Bégínn ~~~~~ ~~~~~ ~~~⟧
reason-age_band = ⟦Kéín Plátz ín díésér Áltérsgrúppé ~~~~~ ~~~~~⟧
reason-hours = ⟦Dér géwünschté Bétréúúngsúmfáng íst nícht vérfügbár ~~~~~ ~~~~~ ~~~~~ ~⟧
reason-criteria = ⟦Ándéré Kíndér háttén nách dén Áúfnáhmékrítéríén Vórráng ~~~~~ ~~~~~ ~~~~~ ~~⟧
reason-other = ⟦Ándérér Grúnd (síéhé Hínwéís) ~~~~~ ~~~~⟧

rule-registration-not-waiting = ⟦Díésé Vórmérkúng wártét nícht méhr áúf éínén Plátz (síé wúrdé schón béántwórtét ódér zúrückgézógén). ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
rule-offer-no-place = ⟦Für díésén Bégínn, díésé Áltérsgrúppé únd díésén Bétréúúngsúmfáng íst kéín Plátz méhr fréí. Bítté trágén Síé zúérst fréíé Plätzé éín. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
rule-offer-lock = ⟦Dás Kínd hát gérádé éín óffénés Plátzángébót éínér ándérén Éínríchtúng. Sólángé díé Ángébótsspérré dés Júgéndámts gílt, páúsíért díésé Vórmérkúng. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
rule-offer-not-open = ⟦Zú díésér Vórmérkúng gíbt és kéín óffénés Plátzángébót (méhr). ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
rule-offer-expired = ⟦Díé Ántwórtfríst díésés Plátzángébóts íst ábgéláúfén. ~~~~~ ~~~~~ ~~~~~ ~⟧
rule-capacity-exists = ⟦Für díésén Bégínn, díésé Áltérsgrúppé únd díésé Wóchénstúndén gíbt és schón éíné Zéílé. Bítté ändérn Síé díé Záhl dórt. És wúrdé níchts géspéíchért. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
rule-registration-placed = ⟦Ihr Kínd hát schón éínén Plátz ángénómmén. Éíné wéítéré Vórmérkúng íst nícht möglích; wénn Síé wéchséln möchtén, zíéhén Síé zúérst dén ángénómménén Plátz zúrück. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
rule-capacity-changed = ⟦Díé fréíén Plätzé hábén sích ínzwíschén géändért (z. B. dúrch éín Plátzángébót), únd só würdé éíné Záhl úntér núll fállén. Híér sínd díé áktúéllén Záhlén; bítté prüfén Síé Ihré Ändérúng únd spéíchérn Síé érnéút. És wúrdé níchts géspéíchért. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
rule-criterion-unknown = ⟦Díésés Áúfnáhmékrítéríúm gíbt és ín dér Éínríchtúng nícht. ~~~~~ ~~~~~ ~~~~~ ~~~⟧
error-forbidden-title = ⟦Kéíné Béréchtígúng ~~~~~ ~⟧
error-forbidden = ⟦Mít Ihrém Kóntó dürfén Síé díésé Séíté nícht öffnén. Wénn Síé híér árbéítén sóllén, bíttén Síé Ihr Júgéndámt, Ihnén díé Róllé zú gébén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧

notice-accepted = ⟦Síé hábén dén Plátz ángénómmén. Wéítéré ófféné Vórmérkúngén díésés Kíndés wúrdén, fálls vórhándén, zúrückgézógén únd díé Éínríchtúngén ínfórmíért. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
notice-refused = ⟦Síé hábén dás Plátzángébót ábgéléhnt. ~~~~~ ~~~~~ ~~⟧
account-offer = ⟦Plátzángébót: bítté bís { $date } ántwórtén ~~~~~ ~~~~~ ~⟧
offer-banner-title = { $count ->
    [one] ⟦Éín Plátzángébót wártét áúf Ihré Ántwórt ~~~~~ ~~~~~ ~~⟧
   *[other] { $count } ⟦Plátzángébóté wártén áúf Ihré Ántwórt ~~~~~ ~~~~~ ~~⟧
}
offer-banner-text = { $facility } ⟦bíétét { $child } éínén Plátz án. Bítté ántwórtén Síé bís { $date }. ~~~~~ ~~~~~ ~~~~~⟧
nav-alerts = { $offers ->
    [0] {""}
    [one] ⟦1 óffénés Plátzángébót ~~~~~ ~~⟧
   *[other] { $offers } ⟦ófféné Plátzángébóté ~~~~~ ~~⟧
}{ $offers ->
    [0] {""}
   *[other] { $messages ->
        [0] {""}
       *[other] ⟦, ~⟧ {""}
    }
}{ $messages ->
    [0] {""}
    [one] ⟦1 néúé Náchrícht ~~~~~⟧
   *[other] { $messages } ⟦néúé Náchríchtén ~~~~~ ~⟧
}
inbox-answer-offer = ⟦Zúm Ángébót ~~~~⟧
inbox-to-registration = ⟦Zúr Vórmérkúng ~~~~~⟧
account-accept = ⟦Plátz ánnéhmén ~~~~~⟧
account-refuse = ⟦Ángébót ábléhnén ~~~~~⟧
account-criteria = ⟦Bérücksíchtígté Áúfnáhmékrítéríén ~~~~~ ~~~~~⟧
account-declared = ⟦Ihré Ángábén zú dén Áúfnáhmékrítéríén ~~~~~ ~~~~~ ~~⟧
declared-pending = ⟦wírd vón dér Éínríchtúng géprüft ~~~~~ ~~~~~⟧
declared-confirmed = ⟦béstätígt ~~~⟧
declared-not-confirmed = ⟦nícht béstätígt ~~~~~⟧
account-reason = ⟦Grúnd dér Ábságé ~~~~~⟧
accept-title = ⟦Plátz ánnéhmén ~~~~~⟧
refuse-title = ⟦Plátzángébót ábléhnén ~~~~~ ~~⟧
accept-question = ⟦Möchtén Síé dén Plátz für { $child } béí { $facility } áb { $date } ánnéhmén? ~~~~~ ~~~~~ ~~~~⟧
refuse-question = ⟦Möchtén Síé dás Plátzángébót für { $child } béí { $facility } wírklích ábléhnén? ~~~~~ ~~~~~ ~~~~~ ~~~⟧
answer-later = ⟦Nóch nícht éntschéídén, zúrück zúm Kóntó ~~~~~ ~~~~~ ~~⟧
answer-deadline = ⟦Ántwórtfríst: ~~~~~⟧ { $date }
accept-others = { $count ->
    [one] ⟦Mít dér Ánnáhmé wírd díésé ándéré Vórmérkúng dés Kíndés zúrückgézógén: ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
   *[other] ⟦Mít dér Ánnáhmé wérdén díésé { $count } ándérén Vórmérkúngén dés Kíndés zúrückgézógén: ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
}
refuse-consequence = ⟦Dér Plátz géht dánn án dás nächsté Kínd. Ihré ándérén Vórmérkúngén bléíbén béstéhén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
accept-confirm = ⟦Já, Plátz ánnéhmén ~~~~~ ~⟧
refuse-confirm = ⟦Já, ábléhnén ~~~~⟧
answer-not-open = ⟦Zú díésér Vórmérkúng gíbt és kéín óffénés Plátzángébót (Stánd: { $status }). ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
footer-staff = ⟦Für Éínríchtúngén únd Júgéndämtér ~~~~~ ~~~~~⟧

desk-title = ⟦Árbéítsplátz ~~~~⟧
child-first_name = ⟦Vórnámé dés Kíndés ~~~~~ ~⟧
child-last_name = ⟦Náchnámé dés Kíndés ~~~~~ ~⟧
field-answer-by = ⟦Ántwórt bís ~~~~⟧
field-place-start = ⟦Fréí áb ~~~⟧
field-reason = ⟦Grúnd ~~⟧
field-child-first-name = ⟦Vórnámé dés Kíndés ~~~~~ ~⟧
field-child-last-name = ⟦Náchnámé dés Kíndés ~~~~~ ~⟧
field-answer-by-short = ⟦Fríst ~~⟧
field-from = ⟦Bégínn áb (JJJJ-MM) ~~~~~ ~⟧
field-to = ⟦Bégínn bís (JJJJ-MM) ~~~~~ ~⟧
err-answer-by = ⟦Díé Ántwórtfríst múss nách héúté únd höchsténs { $days } Tágé ín dér Zúkúnft líégén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
err-reason = ⟦Bítté wählén Síé éínén Grúnd áús dér Lísté. ~~~~~ ~~~~~ ~~~⟧
err-reason-note = ⟦Bítté érklärén Síé dén ándérén Grúnd ín dér Náchrícht án díé Fámílíé (Pflícht béí „Ándérér Grúnd“). ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
err-too-many = ⟦Bítté gébén Síé höchsténs { $max } Éínträgé án. ~~~~~ ~~~~~ ~~⟧
err-age-band = ⟦Bítté wählén Síé „úntér 3 Jáhrén“ ódér „áb 3 Jáhrén“. ~~~~~ ~~~~~ ~~~~~ ~⟧
err-criterion = ⟦Únbékánntés Krítéríúm. ~~~~~ ~~⟧
err-month = ⟦Bítté gébén Síé dén Mónát án, z. B. 08/2027. ~~~~~ ~~~~~ ~~~~⟧
err-month-order = ⟦Dér létzté Mónát líégt vór dém érstén. Bítté táúschén Síé díé béídén Mónáté. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧

err-period = ⟦Dás Éndé dés Zéítráúms líégt vór séíném Ánfáng. ~~~~~ ~~~~~ ~~~~~⟧
err-day = ⟦Bítté gébén Síé éín Dátúm áls TT.MM.JJJJ án (z. B. 01.08.2027). ~~~~~ ~~~~~ ~~~~~ ~~~~⟧

doc-section = ⟦Dókúménté ~~~⟧
doc-none = ⟦Nóch kéíné Dókúménté. ~~~~~ ~~⟧
doc-version = ⟦Fássúng ~~~⟧ { $version }
doc-kind-contract = ⟦Bétréúúngsvértrág ~~~~~ ~⟧
doc-kind-signed = ⟦Úntérschríébénér Vértrág ~~~~~ ~~~⟧
doc-kind-need = ⟦Bédárfsnáchwéís für 45 Wóchénstúndén ~~~~~ ~~~~~ ~⟧
doc-kind-urgency = ⟦Náchwéís dér Drínglíchkéít ~~~~~ ~~~⟧
doc-kind-other = ⟦Sónstígés Dókúmént ~~~~~ ~⟧
doc-by-parent = ⟦vón dér Fámílíé ~~~~~⟧
doc-by-facility = ⟦vón dér Éínríchtúng ~~~~~ ~⟧
doc-page-title = ⟦Dókúménté für ~~~~~⟧ { $child }
doc-link = ⟦Dókúménté ~~~⟧
doc-upload-title = ⟦Dókúmént hóchládén ~~~~~ ~⟧
doc-kind-label = ⟦Árt dés Dókúménts ~~~~~ ~⟧
doc-file-label = ⟦Dátéí (PDF, JPÉG ódér PNG) ~~~~~ ~~~⟧
doc-upload-hint = ⟦Érláúbt sínd PDF-, JPÉG- únd PNG-Dátéíén bís { $mb } MB. ~~~~~ ~~~~~ ~~~~~⟧
doc-upload-button = ⟦Hóchládén ~~~⟧
doc-notice-uploaded = ⟦Dás Dókúmént wúrdé géspéíchért. Díé Éínríchtúng wúrdé bénáchríchtígt. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
doc-parent-contract-hint = ⟦Sóbáld díé Éínríchtúng dén Bétréúúngsvértrág béréítstéllt, érschéínt ér híér. Ládén Síé íhn hérúntér, úntérschréíbén Síé íhn únd ládén Síé díé úntérschríébéné Fássúng áls „Úntérschríébénér Vértrág“ hóch. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
doc-contracted = ⟦Dér Bétréúúngsvértrág íst béstätígt. ~~~~~ ~~~~~ ~⟧
field-care-from = ⟦Bétréúúng täglích áb (Úhrzéít) ~~~~~ ~~~~⟧
field-care-until = ⟦Bétréúúng täglích bís (Úhrzéít) ~~~~~ ~~~~~⟧
field-group = ⟦Grúppé (fréíwíllíg) ~~~~~ ~⟧
field-settling-in = ⟦Bégínn dér Éíngéwöhnúng ~~~~~ ~~⟧
account-contracts = ⟦Bétréúúngsvértrág ~~~~~ ~⟧
upload-refused-title = ⟦Dátéí nícht ángénómmén ~~~~~ ~~⟧
upload-empty = ⟦Díé Dátéí íst léér. Bítté wählén Síé éíné Dátéí mít Inhált. ~~~~~ ~~~~~ ~~~~~ ~~~⟧
upload-too-large = ⟦Díé Dátéí íst größér áls 10 MB. Bítté vérkléínérn Síé síé (zúm Béíspíél áls PDF mít géríngérér Áúflösúng scánnén). ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
upload-wrong-type = ⟦Díé Dátéí íst kéín PDF, JPÉG ódér PNG. Géprüft wírd dér Inhált dér Dátéí, nícht íhr Námé. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
upload-bad-name = ⟦Dér Dátéínámé dárf kéíné Schräg- ódér Stéúérzéíchén éntháltén únd höchsténs 200 Zéíchén láng séín. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
upload-missing = ⟦Bítté wählén Síé éíné Dátéí áús. ~~~~~ ~~~~~⟧
upload-one-file = ⟦Bítté ládén Síé éíné Dátéí áúf éínmál hóch. ~~~~~ ~~~~~ ~~~⟧
upload-unreadable = ⟦Díé Dátéí kám nícht vóllständíg án. Bítté vérsúchén Síé és érnéút. ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
upload-kind = ⟦Bítté wählén Síé díé Árt dés Dókúménts áús dér Lísté. ~~~~~ ~~~~~ ~~~~~ ~⟧
error-documents-title = ⟦Dókúménténáblágé nícht érréíchbár ~~~~~ ~~~~~⟧
error-documents = ⟦Díé Dókúménténáblágé íst gérádé nícht érréíchbár. És wúrdé níchts géspéíchért. Bítté vérsúchén Síé és ín éínígén Mínútén érnéút. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
error-database-title = ⟦Dáténbánk nícht érréíchbár ~~~~~ ~~~⟧
error-database = ⟦Dás Kítá-Pórtál érréícht séíné Dáténbánk gérádé nícht. Wás schón géspéíchért wár, bléíbt érháltén. Bítté vérsúchén Síé és ín éínér Mínúté érnéút. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
rule-contract-not-accepted = ⟦Éínén Vértrág gíbt és érst, wénn díé Fámílíé dén Plátz ángénómmén hát. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
rule-contract-not-signed = ⟦Bítté ládén Síé zúérst dén úntérschríébénén Vértrág hóch (ódér wártén Síé, bís díé Fámílíé íhn hóchlädt). ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
rule-contract-missing = ⟦Éín úntérschríébénér Vértrág kánn érst hóchgéládén wérdén, wénn díé Éínríchtúng dén Vértrág érstéllt hát únd dér Plátz ángénómmén íst. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
rule-contract-confirmed = ⟦Dér Vértrág íst béréíts béstätígt. ~~~~~ ~~~~~ ~⟧
rule-online-contract-off = ⟦In díésér Géméíndé wírd dér Vértrág nícht ónlíné ángénómmén. Bítté drúckén Síé íhn áús, úntérschréíbén Síé íhn únd ládén Síé íhn hóch. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
rule-contract-changed = ⟦Díé Éínríchtúng hát ínzwíschén éíné néúé Fássúng dés Vértrágs érstéllt. Bítté lésén Síé díé néúé Fássúng, bévór Síé síé ánnéhmén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
rule-reauthenticate = ⟦Bítté méldén Síé sích zúr Síchérhéít nóch éínmál án, bévór Síé dén Vértrág ánnéhmén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
err-time = ⟦Bítté gébén Síé éíné Úhrzéít án, z. B. 7:30 ódér 14 Úhr. ~~~~~ ~~~~~ ~~~~~ ~~⟧
err-time-range = ⟦Bítté gébén Síé éíné Úhrzéít zwíschén { $from } únd { $until } Úhr án. ~~~~~ ~~~~~ ~~~~~ ~⟧
err-time-order = ⟦Dás Éndé dér Bétréúúngszéít múss nách dém Bégínn líégén. ~~~~~ ~~~~~ ~~~~~ ~~⟧
err-time-short = ⟦Án fünf Tágén érgébén díésé Zéítén wénígér áls díé véréínbártén { $hours } Wóchénstúndén. Bítté vérlängérn Síé díé täglíché Bétréúúngszéít. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
err-date = ⟦Bítté gébén Síé éín Dátúm án, z. B. 01.08.2027. ~~~~~ ~~~~~ ~~~~~⟧
err-date-past = ⟦Díésés Dátúm líégt ín dér Vérgángénhéít. ~~~~~ ~~~~~ ~~⟧
err-settling = ⟦Díé Éíngéwöhnúng bégínnt frühésténs ám Bétréúúngsbégínn ({ $start }) únd spätésténs ám { $last }. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
err-accept-confirm = ⟦Bítté béstätígén Síé, dáss Síé dén Vértrág gélésén hábén únd ánnéhmén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
status-contract_created = ⟦Bétréúúngsvértrág béréítgéstéllt ~~~~~ ~~~~~⟧
status-contract_signed = ⟦Úntérschríébénér Vértrág híntérlégt ~~~~~ ~~~~~ ~⟧
msg-contract-created-subject = ⟦Bétréúúngsvértrág für { $child } béí ~~~~~ ~~~~⟧ { $facility }
msg-contract-created-body = { $facility } ⟦hát dén Bétréúúngsvértrág für { $child } béréítgéstéllt. Síé fíndén íhn ín Ihrém Kóntó úntér „Dókúménté“: Bítté ládén Síé íhn hérúntér, úntérschréíbén Síé íhn únd ládén Síé díé úntérschríébéné Fássúng dórt wíédér hóch. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
msg-contract-signed-subject = ⟦Úntérschríébénér Vértrág für { $child } híntérlégt ~~~~~ ~~~~~ ~~⟧
msg-contract-signed-body = { $facility } ⟦hát dén úntérschríébénén Bétréúúngsvértrág für { $child } híntérlégt. Síé fíndén íhn ín Ihrém Kóntó úntér „Dókúménté“. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
msg-contracted-subject = ⟦Bétréúúngsvértrág für { $child } béstätígt ~~~~~ ~~~~~⟧
msg-contracted-body = { $facility } ⟦hát dén Bétréúúngsvértrág für { $child } béstätígt. Dér Plátz íst vértráglích véréínbárt. Dén Vértrág fíndén Síé ín Ihrém Kóntó. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
msg-contract-accepted-subject = ⟦Bétréúúngsvértrág für { $child } ángénómmén ~~~~~ ~~~~~⟧
msg-contract-accepted-body = ⟦Síé hábén dén Bétréúúngsvértrág für { $child } béí { $facility } ónlíné ángénómmén. Dér Plátz íst vértráglích véréínbárt. Dén Vértrág fíndén Síé ín Ihrém Kóntó. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
msg-retention-deleted-subject = ⟦Vórmérkúng für { $child } gélöscht ~~~~~ ~~~⟧
msg-retention-deleted-body = ⟦Ihré Vórmérkúng für { $child } béí { $facility } wúrdé nách Ábláúf dér Áúfbéwáhrúngsfríst gélöscht, wéíl síé nícht béántwórtét wúrdé. Wénn Síé wéítérhín éínén Plátz súchén, mérkén Síé Ihr Kínd bítté érnéút vór. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
export-link = ⟦Állé méíné Dátén hérúntérládén (ZIP) ~~~~~ ~~~~~ ~⟧
export-hint = ⟦Énthält állé Ángábén zú Ihrér Fámílíé, Ihrén Kíndérn, Vórmérkúngén únd Náchríchtén sówíé állé Dókúménté. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
delete-link = ⟦Kóntó únd Dátén löschén ~~~~~ ~~⟧
delete-title = ⟦Kóntó únd Dátén löschén ~~~~~ ~~⟧
delete-lead = ⟦Híér löschén Síé állés, wás dás Kítá-Pórtál { $municipality } übér Ihré Fámílíé géspéíchért hát. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
delete-what = ⟦Gélöscht wérdén Ihré Ángábén, Ihré Kíndér, állé Vórmérkúngén (áúch Plátzángébóté únd ángénómméné Plätzé) únd Ihré Náchríchtén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
delete-documents = { $count ->
    [one] ⟦Ihr hóchgéládénés Dókúmént wírd gélöscht. ~~~~~ ~~~~~ ~~~⟧
   *[other] ⟦Ihré { $count } Dókúménté wérdén gélöscht. ~~~~~ ~~~~~⟧
}
delete-export-first = ⟦ládén Síé Ihré Dátén vórhér hérúntér, wénn Síé síé béháltén möchtén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
delete-confirm-label = ⟦Já, ích möchté méíné Dátén ín díésém Pórtál éndgültíg löschén. ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
delete-confirm-missing = ⟦Bítté béstätígén Síé dás Löschén mít dém Häkchén. ~~~~~ ~~~~~ ~~~~~⟧
delete-button = ⟦Éndgültíg löschén ~~~~~ ~⟧
doc-parent-sign-hint = ⟦Ládén Síé dén Bétréúúngsvértrág hérúntér, úntérschréíbén Síé íhn únd ládén Síé díé úntérschríébéné Fássúng híér áls „Úntérschríébénér Vértrág“ hóch. Díé Éínríchtúng béstätígt íhn dánn. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
doc-kind-measles = ⟦Náchwéís Másérnschútz ~~~~~ ~~⟧
doc-kind-proof = ⟦Náchwéís zú éíném Áúfnáhmékrítéríúm ~~~~~ ~~~~~ ~⟧
delete-documents-none = ⟦Síé hábén kéíné Dókúménté hóchgéládén. ~~~~~ ~~~~~ ~~⟧
delete-kept-count = { $count ->
    [one] ⟦Éín béstätígtér Bétréúúngsvértrág bléíbt érháltén: Díé Éínríchtúng múss íhn { $years } Jáhré áúfbéwáhrén; dánách wírd ér gélöscht. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
   *[other] { $count } ⟦Dókúménté béstätígtér Bétréúúngsvérträgé bléíbén érháltén: Díé Éínríchtúng múss síé { $years } Jáhré áúfbéwáhrén; dánách wérdén síé gélöscht. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
}
delete-contract-note = ⟦Dás Löschén kündígt kéínén Bétréúúngsvértrág. Éíné Kündígúng ríchtén Síé bítté schríftlích án díé Éínríchtúng. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
deleted-title = ⟦Ihré Dátén wúrdén gélöscht ~~~~~ ~~~⟧
deleted-lead = ⟦Állés, wás dás Kítá-Pórtál { $municipality } übér Ihré Fámílíé géspéíchért hátté, íst gélöscht. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
deleted-kept = { $count ->
    [one] ⟦Éín Dókúmént éínés béstätígtén Bétréúúngsvértrágs wírd vón dér Éínríchtúng áúfbéwáhrt. Frágén dázú béántwórtét díé Éínríchtúng ódér dás Júgéndámt. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
   *[other] { $count } ⟦Dókúménté béstätígtér Bétréúúngsvérträgé wérdén vón dér Éínríchtúng áúfbéwáhrt. Frágén dázú béántwórtét díé Éínríchtúng ódér dás Júgéndámt. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
}
deleted-signout = ⟦Síé sínd ím Kítá-Pórtál ábgéméldét. Méldén Síé sích áúch béím Ánméldédíénst dés Kréísés áb, dámít án díésém Gérät níémánd óhné Pásswórt ín Ihr Kóntó gélángt. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
deleted-signout-button = ⟦Béím Ánméldédíénst ábméldén ~~~~~ ~~~~⟧
deleted-home = ⟦Zúr Stártséíté ~~~~~⟧
upload-need-hours = ⟦Éín Bédárfsnáchwéís wírd núr für 45 Wóchénstúndén gébráúcht. ~~~~~ ~~~~~ ~~~~~ ~~~⟧

read-only-banner-title = ⟦Wártúngsárbéítén: ~~~~~ ~⟧
read-only-banner = ⟦Síé könnén állés ánséhén, ábér gérádé níchts ändérn ódér ábséndén. Bítté vérsúchén Síé és spätér érnéút. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
error-read-only-title = ⟦Gérádé kéíné Ändérúngén möglích ~~~~~ ~~~~~⟧
error-read-only = ⟦Dás Kítá-Pórtál wírd gérádé géwártét. Síé könnén állés ánséhén, ábér níchts ändérn; Ihré Éíngábé wúrdé nícht géspéíchért. Bítté vérsúchén Síé és spätér érnéút. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
doc-remove = ⟦Éntférnén ~~~⟧
doc-remove-label = { $name } ⟦éntférnén ~~~⟧
doc-notice-removed = ⟦Dás Dókúmént wúrdé éntférnt. ~~~~~ ~~~~⟧
rule-document-contract = ⟦Bétréúúngsvérträgé únd úntérschríébéné Vérträgé könnén nícht éntférnt wérdén; síé géhörén áúch dér Éínríchtúng. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧

address-check-title = ⟦Bítté prüfén Síé Ihré Ádréssé ~~~~~ ~~~~⟧
address-check-hint = ⟦Nóch íst níchts géspéíchért. Kórrígíérén Síé díé Ádréssé, ódér béstätígén Síé úntén, dáss síé só stímmt (zúm Béíspíél, wéíl Síé báld úmzíéhén). ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
address-confirm = ⟦Díé Ádréssé stímmt só. ~~~~~ ~~⟧
address-postcode-elsewhere = ⟦Díé Póstléítzáhl { $postcode } géhört nícht zú { $name } (dórt: { $postcodes }). ~~~~~ ~~~~~ ~~~~⟧
address-street-close = ⟦Díé Stráßé „{ $street }“ kénnén wír ín { $name } nícht. Méíntén Síé { $suggestions }? ~~~~~ ~~~~~ ~~~~~⟧
address-street-unknown = ⟦Díé Stráßé „{ $street }“ stéht nícht ím Stráßénvérzéíchnís vón { $name }. ~~~~~ ~~~~~ ~~~~~ ~⟧
form-mistakes = { $count ->
    [one] ⟦Bítté kórrígíérén Síé díésé Ángábé: ~~~~~ ~~~~~ ~⟧
   *[other] ⟦Bítté kórrígíérén Síé díésé { $count } Ángábén: ~~~~~ ~~~~~ ~~⟧
}

rule-round-no-places = ⟦Für díésén Stárttérmín sínd kéíné fréíén Plätzé géméldét. ~~~~~ ~~~~~ ~~~~~ ~~~⟧
rule-round-open-exists = ⟦Für díésén Stárttérmín gíbt és schón éíné ófféné Vérgábérúndé. ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
rule-round-published = ⟦Díésé Rúndé íst véröfféntlícht únd éíngéfrórén. ~~~~~ ~~~~~ ~~~~~⟧
rule-round-not-run = ⟦Bítté stártén Síé zúérst éínén Próbéláúf. ~~~~~ ~~~~~ ~~~⟧
rule-round-stale = ⟦Séít dém Próbéláúf hábén sích Vórmérkúngén, Krítéríén ódér fréíé Plätzé géändért. És wúrdé níchts véröfféntlícht. Bítté stártén Síé éínén néúén Próbéláúf únd prüfén Síé dás Érgébnís. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
calendar-next-label = ⟦Nächstér Térmín ím Vérgábévérfáhrén: ~~~~~ ~~~~~ ~⟧
calendar-next-deadline = ⟦Ánméldéschlúss ám { $date } (für éínén Bégínn áb { $start }). ~~~~~ ~~~~~ ~~~⟧
calendar-next-matching = ⟦Vérgábétág ám { $date } (für éínén Bégínn áb { $start }). ~~~~~ ~~~~~ ~~⟧
calendar-next-answer = ⟦Éndé dér Ántwórtfríst ám { $date } (für éínén Bégínn áb { $start }). ~~~~~ ~~~~~ ~~~~~⟧
calendar-next-second = ⟦Zwéíté Vérgábérúndé ám { $date } (für éínén Bégínn áb { $start }). ~~~~~ ~~~~~ ~~~~~⟧
err-start-closed = ⟦Für éínén Bégínn zwíschén dém { $from } únd dém { $until } éndété díé Ánméldéfríst ám { $deadline }. Bítté wählén Síé éínén spätérén Bégínn ódér wéndén Síé sích án dás Júgéndámt. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
rule-case-closed = ⟦Díésér Fáll íst schón ábgéschlóssén. ~~~~~ ~~~~~ ~⟧
rule-proposal-decided = ⟦Übér díésén Vórschlág íst schón éntschíédén. ~~~~~ ~~~~~ ~~~~⟧
rule-proposal-withdrawn = ⟦Díésér Vórschlág gílt nícht méhr: Dér Fáll íst ábgéschlóssén, ódér dás Kínd hát ínzwíschén éínén Plátz ódér wártét nícht méhr. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
msg-round-result-subject = ⟦Vérgábérúndé ~~~~⟧
msg-round-result-body = ⟦Dás Júgéndámt hát fréíé Plätzé ín éínér Vérgábérúndé vértéílt. ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
msg-round-result-placed-subject = ⟦Vérgábérúndé zúm { $start }: éín Plátz für ~~~~~ ~~~~~⟧ { $child }
msg-round-result-placed-body = ⟦Dás Júgéndámt hát díé fréíén Plätzé zúm { $start } ín éínér Vérgábérúndé vértéílt: Jédés Kínd békómmt dén béstén Plátz áúf séínér Wúnschlísté, dén és nách dén Áúfnáhmékrítéríén dér Éínríchtúngén békómmén kánn. Só wúrdé für { $child } éntschíédén: ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧

    { $lines }

    ⟦Néhmén Síé dén Plátz án, bléíbén Ihré höhér éíngéstúftén Wünsché béstéhén: Wírd dórt spätér éín Plátz fréí, kánn éíné wéítéré Rúndé { $child } nóch dórthín bríngén. Níédrígér éíngéstúfté Wünsché wérdén dánn zúrückgézógén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
msg-round-result-unplaced-subject = ⟦Vérgábérúndé zúm { $start }: nóch kéín Plátz für ~~~~~ ~~~~~ ~~⟧ { $child }
msg-round-result-unplaced-body = ⟦Dás Júgéndámt hát díé fréíén Plätzé zúm { $start } ín éínér Vérgábérúndé vértéílt. Für { $child } gáb és díésmál kéínén Plátz. Só wúrdé éntschíédén: ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧

    { $lines }

    ⟦Ihré Vórmérkúngén bléíbén béstéhén: Fréí wérdéndé Plätzé wérdén ín éínér wéítérén Rúndé vérgébén. Dás Júgéndámt ({ $office }) bérät Síé áúch zúr Kíndértágéspflégé únd zú wéítérén Éínríchtúngén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
round-line-placed = { $rank }⟦. Wúnsch – { $facility }: Plátz ángébótén. Dás Ángébót fíndén Síé ín Ihrém Kóntó. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
round-line-inadmissible = { $rank }⟦. Wúnsch – { $facility }: Díé Éínríchtúng kánn Ihr Kínd nícht áúfnéhmén ({ $reason }). ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
round-line-no-places = { $rank }⟦. Wúnsch – { $facility }: És gáb kéíné fréíén Plätzé für Kíndér { $band }. ~~~~~ ~~~~~ ~~~~~ ~⟧
round-line-full = { $rank }⟦. Wúnsch – { $facility }: ~~~~⟧ { $capacity ->
        [one] ⟦éín Plátz ~~~⟧
       *[other] { $capacity } ⟦Plätzé ~~~⟧
    } ⟦für Kíndér { $band }, vérgébén bís ~~~~~ ~~~~⟧ { $cutoff ->
        [one] ⟦1 Púnkt ~~~⟧
       *[other] { $cutoff } ⟦Púnkté ~~~⟧
    } ⟦(ángéméldét ám { $cutoff_date }). Ihr Kínd: ~~~~~ ~~~~⟧ { $points ->
        [one] ⟦1 Púnkt ~~~⟧
       *[other] { $points } ⟦Púnkté ~~~⟧
    }{ $criteria }⟦, ángéméldét ám { $date }. ~~~~~ ~⟧
round-why-link = ⟦Wárúm díésés Érgébnís? (Vérgábérúndé) ~~~~~ ~~~~~ ~~⟧
round-why-inbox = ⟦Állé Náchríchtén ~~~~~⟧

cover-title = ⟦Ihr Bétréúúngsvértrág für ~~~~~ ~~~⟧ { $child }
cover-intro = { $facility } ⟦bíétét { $child } áb dém { $start } éínén Plátz án, { $hours } Stúndén ín dér Wóché. Áúf dén nächstén Séítén stéht dér Bétréúúngsvértrág. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
cover-german = ⟦Dér Vértrág íst áúf Déútsch: Núr dér déútsché Téxt gílt. Díésé Séíté érklärt íhn ín Ihrér Spráché; síé íst nícht Téíl dés Vértrágs. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
cover-what-title = ⟦Wás ím Vértrág stéht ~~~~~ ~⟧
cover-what = ⟦Wér dén Vértrág schlíéßt (Síé únd dér Trägér dér Éínríchtúng), áb wánn únd wíé lángé Ihr Kínd bétréút wírd, díé Éíngéwöhnúng, Ihré Pflíchtén (zúm Béíspíél dér Náchwéís übér dén Másérnschútz) únd díé Kündígúng: víér Wóchén zúm Mónátséndé. Díé Éltérnbéíträgé sétzt dás Júgéndámt fést; síé stéhén nícht ím Vértrág. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
cover-next-title = ⟦Wás Síé jétzt tún ~~~~~ ~⟧
cover-next = ⟦Lésén Síé dén Vértrág. Úntérschréíbén Síé íhn únd ládén Síé íhn ín Ihrém Kóntó hóch, ódér gébén Síé íhn ín dér Éínríchtúng áb. Frágén zúm Vértrág béántwórtét { $facility }. Hílfé békómmén Síé áúch béím Júgéndámt: { $office }. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧

export-readme =
    ⟦Ihré Dátén áús dém Kítá-Pórtál ~~~~~ ~~~~⟧
    ⟦============================== ~~~~~ ~~~~⟧

    ⟦Díésé Dátéí érklärt dén Inhált dés Árchívs. ~~~~~ ~~~~~ ~~~⟧

    ⟦fámílíé.jsón ~~~~⟧
      ⟦Állés, wás dás Pórtál ín díésér Stádt ódér Géméíndé übér Ihré Fámílíé géspéíchért hát, ín éíném ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
      ⟦máschínénlésbárén Fórmát (JSÓN). Síé könnén díé Dátéí mít jédém Téxtédítór öffnén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
      ⟦- fámíly: Ihré Ángábén (Námé, Ánschríft, Téléfón, É-Máíl, Spráché, zwéíté sórgébéréchtígté Pérsón) ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
      ⟦- chíldrén: Ihré Kíndér mít Gébúrtsdátúm ódér érwártétém Gébúrtsdátúm ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
      ⟦- régístrátíóns: Ihré Vórmérkúngén mít Éínríchtúng (fácílíty), Bégínn (stárt_dáté), Wóchénstúndén ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
        ⟦(hóúrs), Ihrér Rángfólgé (ránk), Ihrér Náchrícht án díé Éínríchtúng (nóté), dém Stánd (státús), ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
        ⟦dém Vérláúf (hístóry) únd dén Áúfnáhmékrítéríén, díé díé Éínríchtúng bérücksíchtígt hát (crítéríá) ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
      ⟦- mésságés: díé Náchríchtén ín Ihrém Póstfách ~~~~~ ~~~~~ ~~~~⟧
      ⟦- dócúménts: Ángábén zú Ihrén Dókúméntén (Dátéínámé, Größé, Prüfsúmmé SHÁ-256, Zéítpúnkt) ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧

    ⟦Bédéútúng dér Ständé (státús): ~~~~~ ~~~~⟧
      ⟦régístéréd = vórgémérkt (áúf dér Wártélísté)    ófféréd = Plátzángébót érháltén ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
      ⟦áccéptéd   = Plátz ángénómmén                   déclínéd = Ángébót vón Ihnén ábgéléhnt ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
      ⟦réjéctéd   = Ábságé dér Éínríchtúng              wíthdráwn = zúrückgézógén ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
      ⟦cóntráctéd = Bétréúúngsvértrág géschlóssén       éxpíréd = Ángébót ábgéláúfén ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
      ⟦cóntráct_créátéd = Vértrág béréítgéstéllt        cóntráct_sígnéd = úntérschríébénér Vértrág híntérlégt ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧

    ⟦Wéítéré Ángábén: ~~~~~⟧
      ⟦plácé_bánd: úé3 = Plátz für Kíndér áb 3 Jáhrén, ú3 = úntér 3 Jáhrén ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
      ⟦áctór (ím Vérláúf): párént = Síé, fácílíty = díé Éínríchtúng, óffícé = dás Júgéndámt, systém = dás Pórtál ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
      ⟦órígín: ónlíné = übér dás Pórtál, pápér = áúf Pápíér béí dér Éínríchtúng ábgégébén ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
      ⟦Zéítángábén mít "Z" ódér "+00:00" sínd ín kóórdíníértér Wéltzéít (ÚTC); ín Déútschlánd íst és éíné ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
      ⟦Stúndé spätér (ím Sómmér zwéí Stúndén). ~~~~~ ~~~~~ ~~⟧

    ⟦dókúménté/ ~~~⟧
      ⟦Ihré Dókúménté: Bétréúúngsvértrág, úntérschríébénér Vértrág, Bédárfsnáchwéís, ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
      ⟦Drínglíchkéítsnáchwéís, Másérnschútz. "v2" bédéútét díé zwéíté Fássúng déssélbén Dókúménts. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧

    ⟦Frágén béántwórtét dás Júgéndámt Ihrér Stádt ódér Géméíndé (Kóntákt áúf jédér Séíté dés Pórtáls). ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
conv-title = ⟦Náchríchtén zúr Vórmérkúng ~~~~~ ~~~⟧
conv-back = ⟦Zúrück ~~⟧
conv-intro = ⟦Híér schréíbén sích Fámílíé únd Éínríchtúng zú díésér Vórmérkúng. Díé ándéré Séíté érhält éíné É-Máíl, dáss éíné Náchrícht dá íst, óhné íhrén Inhált. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
conv-intro-office = ⟦Dás Júgéndámt líést mít (prótókóllíért) únd schréíbt híér nícht. ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
conv-empty = ⟦Nóch kéíné Náchríchtén. ~~~~~ ~~⟧
conv-from-family = ⟦Fámílíé ~~~⟧
conv-from-facility = ⟦Éínríchtúng ~~~~⟧
conv-field = ⟦Ihré Náchrícht ~~~~~⟧
conv-hint = ⟦Höchsténs 5.000 Zéíchén, höchsténs 20 Náchríchtén ám Tág. ~~~~~ ~~~~~ ~~~~~ ~~~⟧
conv-send = ⟦Náchrícht séndén ~~~~~⟧
conv-link = ⟦Mít dér Éínríchtúng schréíbén ~~~~~ ~~~~⟧
conv-notice-gesendet = ⟦Díé Náchrícht íst géséndét. ~~~~~ ~~~~⟧
conv-err-empty = ⟦Bítté schréíbén Síé éíné Náchrícht. ~~~~~ ~~~~~ ~⟧
conv-err-long = ⟦Díé Náchrícht íst zú láng: höchsténs { $max } Zéíchén. ~~~~~ ~~~~~ ~~~~⟧
rule-conversation-closed = ⟦Zú díésér Vórmérkúng könnén kéíné Náchríchtén méhr géschríébén wérdén, wéíl síé nícht méhr áktív íst. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
rule-conversation-limit = ⟦Héúté wúrdén zú díésér Vórmérkúng schón 20 Náchríchtén géschríébén. Bítté schréíbén Síé mórgén wíédér. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
msg-conversation-subject = ⟦Néúé Náchrícht vón ~~~~~ ~⟧ { $facility }
msg-conversation-body = { $facility } ⟦hát Ihnén zúr Vórmérkúng vón { $child } géschríébén. Síé lésén díé Náchrícht ím Kítá-Pórtál: ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧ { $path }

conv-messages = ⟦Náchríchtén ~~~~⟧
conv-notice-gebucht = ⟦Dér Térmín íst gébúcht. Díé Káléndérdátéí kómmt áúch pér É-Máíl. ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
conv-notice-abgesagt = ⟦Dér Térmín íst ábgéságt. Díé ándéré Séíté íst ínfórmíért. ~~~~~ ~~~~~ ~~~~~ ~~~⟧
talk-title = ⟦Áúfnáhmégéspräch ~~~~~⟧
talk-intro-family = ⟦Díé Éínríchtúng lädt Síé zú éíném pérsönlíchén Géspräch éín. Bítté wählén Síé éínén Térmín. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧
talk-none-yet = ⟦Díé Éínríchtúng hát nóch kéíné Térmíné für éín Áúfnáhmégéspräch ángébótén. Síé méldét sích híér. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~⟧
talk-booked = ⟦Térmín: { $at } bís { $until } Úhr ~~~~~ ~⟧
talk-slot = { $at } ⟦bís { $until } Úhr ~~~⟧
talk-mode-place = ⟦Vór Órt ~~~⟧
talk-mode-phone = ⟦Pér Téléfón ~~~~⟧
talk-mode-video = ⟦Pér Vídéó ~~~⟧
talk-ics = ⟦Térmín ín dén Káléndér übérnéhmén (.ícs) ~~~~~ ~~~~~ ~~⟧
talk-pick = ⟦Díésén Térmín wählén ~~~~~ ~⟧
talk-move = ⟦Áúf díésén Térmín vérlégén ~~~~~ ~~~⟧
talk-other-hint = ⟦Pásst kéín Térmín? Schréíbén Síé dér Éínríchtúng úntén éíné Náchrícht únd bíttén Síé úm ándéré Térmíné. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
talk-cancel-summary = ⟦Térmín ábságén ~~~~~⟧
talk-cancel-field = ⟦Grúnd dér Ábságé ~~~~~⟧
talk-cancel-hint = ⟦Dér Grúnd érschéínt áls Náchrícht ín díésém Géspräch. Béídé Séítén érháltén éíné É-Máíl. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
talk-cancel = ⟦Térmín ábságén ~~~~~⟧
talk-err-pick = ⟦Bítté wählén Síé éínén dér ángébóténén Térmíné. ~~~~~ ~~~~~ ~~~~~⟧
talk-err-reason = ⟦Bítté schréíbén Síé, wárúm Síé dén Térmín ábságén. ~~~~~ ~~~~~ ~~~~~⟧
rule-talk-taken = ⟦Díésér Térmín íst ínzwíschén vérgébén ódér vórbéí. Bítté wählén Síé éínén ándérén. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧
rule-talk-same = ⟦Díésér Térmín íst béréíts für Síé gébúcht. ~~~~~ ~~~~~ ~~~⟧
rule-talk-none = ⟦És íst kéín Térmín gébúcht. ~~~~~ ~~~~⟧
rule-talk-too-many = ⟦És sínd schón fünf Térmíné óffén ángébótén. Néhmén Síé érst éínén zúrück. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
rule-talk-overlap = ⟦Dér Térmín übérschnéídét sích mít éíném ándérén Térmín dér Éínríchtúng. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧
msg-talk-offered-subject = ⟦Térmíné für dás Áúfnáhmégéspräch béí ~~~~~ ~~~~~ ~~⟧ { $facility }
msg-talk-offered-body = { $facility } ⟦lädt Síé zú éíném Áúfnáhmégéspräch übér { $child } éín. Bítté wählén Síé ím Kítá-Pórtál éínén Térmín: ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~⟧ { $path }
msg-talk-booked-subject = ⟦Áúfnáhmégéspräch ám ~~~~~ ~⟧ { $at }
msg-talk-booked-body = ⟦Dás Áúfnáhmégéspräch übér { $child } béí { $facility } íst ám { $at }. Díé Káléndérdátéí hängt án díésér É-Máíl. Vérlégén ódér ábságén: ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~⟧ { $path }
msg-talk-cancelled-subject = ⟦Áúfnáhmégéspräch ám { $at } ábgéságt ~~~~~ ~~~~⟧
msg-talk-cancelled-body = ⟦Dás Áúfnáhmégéspräch übér { $child } béí { $facility } ám { $at } íst ábgéságt. Dén Grúnd lésén Síé ím Kítá-Pórtál: ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧ { $path }
account-talk-booked = ⟦Áúfnáhmégéspräch: ~~~~~ ~⟧ { $at }
account-talk-open = ⟦Térmíné für dás Áúfnáhmégéspräch: bítté wählén ~~~~~ ~~~~~ ~~~~⟧
doc-kind-attachment = ⟦Ánháng éínér Náchrícht ~~~~~ ~~⟧
conv-attachment = ⟦Ánháng: ~~~⟧ { $name }
conv-file = ⟦Dátéí ánhängén (fréíwíllíg) ~~~~~ ~~~~⟧
conv-file-hint = ⟦PDF, JPÉG ódér PNG, höchsténs 10 MB. ~~~~~ ~~~~~ ~⟧
msg-announcement-subject = ⟦Néúé Míttéílúng vón ~~~~~ ~⟧ { $facility }
msg-announcement-body = { $facility } ⟦hát állén Fámílíén áúf dér Wártélísté éíné Míttéílúng géschíckt. Síé lésén síé ín Ihrém Póstfách ím Kítá-Pórtál: ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~⟧ { $path }
rule-announcement-nobody = ⟦Für díésén Bégínn stéht kéíné Fámílíé áúf dér Wártélísté. ~~~~~ ~~~~~ ~~~~~ ~~~⟧
rule-talk-past = ⟦Dás Áúfnáhmégéspräch hát schón bégónnén ódér státtgéfúndén; és wírd nícht méhr vérlégt ódér ábgéságt. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~⟧
