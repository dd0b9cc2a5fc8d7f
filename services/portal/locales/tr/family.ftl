# STEP – Turkish message catalogue for families: every text a family reads (public pages, sign-in,
# selection, family, children, registrations, account, inbox, offers, documents, e-mails, errors).
# Each family language has this file with the same ids and placeables (checked by the tests).
# Terms: Kita = kreş (Kita), Kindertagespflege = çocuk bakıcısı (Kindertagespflege),
# Vormerkung = bekleme listesi kaydı (Vormerkung), Platzangebot = yer teklifi,
# Betreuungsvertrag = bakım sözleşmesi (Betreuungsvertrag), Jugendamt = Gençlik Dairesi (Jugendamt),
# Einrichtung = kurum, Gemeinde = belediye, Träger = işletmeci (Träger).

district-name = Kreis Steinfurt
site-name = Kita Portalı
skip-link = İçeriğe geç
# This language named in itself, and its writing direction (ltr or rtl).
language-name = Türkçe
language-direction = ltr
nav-main = Ana menü
language-switch = Dil
nav-home = Ana sayfa
nav-search = Kreş ve bakıcı ara
nav-district = Tüm şehirler ve kasabalar
demo-mark = Demo
logo-alt = { $name } logosu

landing-title = Kreis Steinfurt Kita Portalı
landing-intro = Bu portalda Kreis Steinfurt'taki 24 şehir ve kasabanın hepsinde kreş (Kita) ve çocuk bakıcısı (Kindertagespflege) bulabilirsiniz. En fazla beş yer seçebilir ve çocuğunuzu kaydettirebilirsiniz.
landing-choose = Oturduğunuz yeri seçin
landing-office = Gençlik Dairesi (Jugendamt): { $office }

home-title = { $name } Kita Portalı
home-intro = Çocuğunuz için { $name } belediyesinde bir bakım yeri bulun: kreşte (Kita) veya bir çocuk bakıcısında (Kindertagespflege).
home-count = { $count ->
    [one] { $name } belediyesinde 1 kreş veya bakıcı
   *[other] { $name } belediyesinde { $count } kreş ve bakıcı
}
home-steps = Nasıl çalışır?
step-1-title = 1. Arayın
step-1-text = İsteğinize göre kreş ve çocuk bakıcısı arayın: başlangıç tarihi, haftalık saat, yaş, uzaklık, işletmeci (Träger) ve pedagojik yaklaşım (Konzept).
step-2-title = 2. Seçin
step-2-text = „Kita/KTP seç“ düğmesiyle en fazla { $max } kreş veya bakıcı seçin (KTP = Kindertagespflege, çocuk bakıcısı). Bunu giriş yapmadan önce de yapabilirsiniz.
step-3-title = 3. Kaydettirin
step-3-text = Giriş yapın ve çocuğunuzu seçtiğiniz yerlere kaydettirin (Vormerkung). Çocuğunuz o zaman bu yerlerin bekleme listesinde olur.
step-4-title = 4. Sözleşme
step-4-text = Her değişikliği hesabınızda görürsünüz. Size bir yer verilirse (Platzzusage), kreş veya çocuk bakıcısı ile bakım sözleşmesini (Betreuungsvertrag) yaparsınız.
home-quick = Hızlı arama
home-personal = Bu portal, kreşle yüz yüze görüşmenin yerini tutmaz.

search-title = Kreş ve bakıcı ara
search-filters = Arama filtreleri
search-filters-change = Filtreleri değiştir
error-prefix = Hata:
field-kind = Bakım türü
kind-any = Hepsi
kind-kita = Kreş (Kita)
kind-ktp = Çocuk bakıcısı (Kindertagespflege)
field-birth-date = Çocuğun doğum tarihi
field-birth-date-hint = Doğumdan önce de olur: O zaman tahmini doğum tarihini girin.
field-start = İstenen bakım başlangıcı
field-start-hint = Boş bırakırsanız: { $date } (Kita yılının başlangıcı).
field-hours = Haftalık saat
hours-any = Fark etmez
hours-option = { $hours } saat
field-near = Konum
field-near-hint = { $name } belediyesinde bir sokak (ör. Bahnhofstraße) veya „enlem,boylam“ koordinatları.
field-radius-km = En fazla uzaklık (km)
field-q = Arama metni
field-q-hint = Ad, işletmeci, sokak veya pedagojik yaklaşım
field-provider = İşletmeci (Träger)
field-concept = Pedagojik yaklaşım (Konzept)
any-option = Hepsi
field-free-only = Sadece boş yeri olanlar
field-sort = Sıralama
sort-distance = Uzaklık
sort-free-places = Boş yerler
sort-name = Ad
field-page = Sayfa
field-per-page = Sayfa başına sonuç
field-query = Arama
search-submit = Ara
search-results = { $total ->
    [0] Hiç sonuç bulunamadı
    [one] 1 sonuç bulundu
   *[other] { $total } sonuç bulundu
}
search-none = Bu filtrelerle sonuç yok. Daha az filtre veya daha büyük bir uzaklık deneyin.
search-error-title = Lütfen girdiğiniz bilgileri kontrol edin
result-free = { $count ->
    [0] Şu anda boş yer yok
    [one] 1 boş yer
   *[other] { $count } boş yer
}
result-free-at = ({ $date } başlangıcı için)
result-distance = { $km } km uzaklıkta
result-hours = Haftalık saat: { $hours }
result-ages = Yaş: { $ages }
result-concepts = Pedagojik yaklaşım: { $concepts }
pagination = Sayfalar
pagination-prev = Önceki sayfa
pagination-next = Sonraki sayfa
pagination-page = Sayfa { $page } / { $pages }

facility-provider = İşletmeci (Träger)
facility-address = Adres
facility-contact = İletişim
facility-phone = Telefon
facility-email = E-posta
facility-opening = Açılış saatleri
facility-groups = Grup türleri
facility-ages = Çocukların yaşı
facility-hours = Haftalık saat
facility-concepts = Pedagojik yaklaşım (Konzept)
facility-about = Hakkımızda
facility-criteria = Kabul kriterleri (Aufnahmekriterien)
facility-criteria-intro = Yerler, burada yayınlanan kriterlere göre verilir. Puan ne kadar yüksekse, bekleme listesindeki sıra o kadar öndedir. Puanlar eşitse, bekleme listesine kayıt (Vormerkung) tarihi belirler: Önce kaydolan öne geçer.
facility-points = { $points ->
    [one] 1 puan
   *[other] { $points } puan
}
facility-places = Boş yerler
facility-places-start = Başlangıç
facility-places-band = Yaş grubu
facility-places-free = Boş
facility-places-none = Şu anda bildirilmiş boş yer yok. Yine de çocuğunuzu bekleme listesine kaydettirebilirsiniz (Vormerkung).
band-u3 = 3 yaş altı
band-ue3 = 3 yaş ve üstü
facility-map = Konum
facility-map-label = Konum planı: Belediye içindeki yeri (ortadaki nokta: şehir merkezi)
facility-map-open = OpenStreetMap'te göster
facility-coordinates = Koordinatlar: { $lat }, { $lon }
facility-back = Aramaya dön

age-months = { $months ->
    [one] 1 ay
   *[other] { $months } ay
}
age-years = { $years ->
    [one] 1 yaş
   *[other] { $years } yaş
}
age-years-months = { $years ->
    [one] 1 yaş
   *[other] { $years } yaş
} { $months ->
    [one] 1 ay
   *[other] { $months } ay
}

footer-contact = Size yardımcı olanlar
footer-office = Sorumlu Gençlik Dairesi (Jugendamt)
contact-phone = Telefon: { $phone }
contact-email = E-posta: { $email }
footer-demo = „Demo“ işaretli iletişim bilgileri sadece tanıtım için örnektir.

error-not-found-title = Sayfa bulunamadı
error-not-found = Bu sayfa yok. Belki bağlantı eskidir veya adreste bir yazım hatası vardır.
error-bad-request-title = Geçersiz bilgi
error-bad-request = İstekte geçersiz bir bilgi var.
error-maintenance-title = Geçici olarak kullanılamıyor
error-maintenance = Bu belediyenin portalı şu anda güncelleniyor. Lütfen birkaç dakika sonra tekrar deneyin. Verileriniz güvende.
error-internal-title = Bir hata oluştu
error-internal = Maalesef bizim sistemimizde bir hata oluştu. Verileriniz kaybolmadı. Lütfen daha sonra tekrar deneyin.
error-help = Sorun devam ederse size memnuniyetle yardım ederiz:
error-back-home = Ana sayfaya dön

err-kind = Lütfen „kita“ veya „ktp“ seçin.
err-date-format = Lütfen geçerli bir tarih girin, ör. 01.08.2027.
err-start-past = Bakım başlangıcı geçmişte olamaz.
err-start-too-far = Bakım başlangıcı en fazla üç yıl sonra olabilir.
err-birth-too-far = Doğum tarihi en fazla on ay sonra olabilir.
err-birth-too-old = Bu portal, 14 yaşına kadar olan çocuklar için bakım yeri bulur.
err-birth-after-start = Çocuk, istenen bakım başlangıcında doğmuş olmalı. Lütfen daha geç bir başlangıç seçin.
err-not-a-number = Lütfen bir tam sayı girin.
err-number-range = Lütfen { $min } ile { $max } arasında bir sayı girin.
err-kita-hours = Kreşlerde (Kita) haftada 25, 35 veya 45 saat seçilebilir.
err-near = Lütfen konumu „enlem,boylam“ olarak girin (ör. 52.2799,7.4400).
err-radius = Lütfen 0'dan büyük ve en fazla { $max } km olan bir uzaklık girin.
err-radius-needs-near = Uzaklık için bir konum gerekiyor.
err-boolean = Lütfen „true“ veya „false“ girin.
err-sort = Lütfen „distance“, „free_places“ veya „name“ ile sıralayın.
err-sort-needs-near = Uzaklığa göre sıralamak için bir konum gerekiyor.
err-text-too-long = Lütfen en fazla { $max } karakter girin.
err-text-control = Girdiğiniz metinde izin verilmeyen kontrol karakterleri var.
search-location-used = „{ $street }“ yakınındaki sonuçları gösteriyoruz.
search-location-unknown = { $name } belediyesinde „{ $place }“ adlı bir sokak bulamadık. Tüm sonuçları gösteriyoruz: uzaklık sınırı olmadan ve uzaklığa göre sıralamadan.
search-location-did-you-mean = Bunu mu demek istediniz:
err-query = Arama isteği okunamadı (bir parametre iki kez var veya geçersiz).
error-code = Hata kodu { $status }

## Sign-in, selection, account (issue 4)
nav-selection = { $count ->
    [0] Seçimim
   *[other] Seçimim ({ $count })
}
nav-account = Hesabım
nav-menu = Menü
nav-office = Gençlik Dairesi
nav-login = Giriş yap
nav-logout = Çıkış yap
select-button = Kita/KTP seç
select-button-label = Kita/KTP seç: { $name }
select-done = Seçildi ✓ – „Seçimim“ sayfasına git
select-done-count = Seçildi ✓ – „Seçimim“ listesinde { $count } / { $max }
select-full = Seçiminiz dolu ({ $max } / { $max }) – birini değiştirin
selection-title = Seçimim
selection-intro = En fazla { $max } kreş (Kita) veya çocuk bakıcısı (Kindertagespflege) seçin. Sıra, sizin önceliğinizdir: En üstte en çok istediğiniz yer durur.
selection-empty = Henüz bir şey seçmediniz. Kreş ve bakıcı arayın ve „Kita/KTP seç“ düğmesiyle seçin.
selection-up-label = { $name }: yukarı taşı
selection-down-label = { $name }: aşağı taşı
selection-remove-label = { $name }: kaldır
selection-remove = Kaldır
selection-order = Kurumlar sadece çocuğunuzun kendi bekleme listelerinde olduğunu görür. Başka hangi yerlere kaydettirdiğinizi görmezler.
register-title = Bekleme listesine kaydet
register-login-first = Çocuğunuzu bekleme listesine kaydetmek (Vormerkung) için giriş yapın. Seçiminiz kaybolmaz.
register-family-first = Önce aile bilgilerini girin
register-child-first = Önce bir çocuk ekleyin
register-child = Çocuk
register-note = Kuruma mesaj (isteğe bağlı)
register-criteria-legend = Bu kurumun hangi kabul kriterleri (Aufnahmekriterien) aileniz için geçerli?
register-criteria-hint = İsteğe bağlı. Kurum bilgilerinizi kontrol eder. Belgeleri (ör. işveren belgesi – Arbeitgeberbescheinigung) kayıttan sonra „Belgeler“ bölümüne yükleyebilirsiniz.
register-submit = { $count ->
    [one] 1 kreş/bakıcıya kaydet
   *[other] { $count } kreş/bakıcıya kaydet
}
account-title = Hesabım
inbox-link = { $count ->
    [0] Mesajlar
    [one] Mesajlar (1 okunmamış)
   *[other] Mesajlar ({ $count } okunmamış)
}
account-family = Aile
account-family-edit = İletişim bilgilerini değiştir
account-child-add = Çocuk ekle
child-born = doğum tarihi: { $date }
child-expected = tahmini doğum tarihi: { $date }
account-no-registrations = Henüz bekleme listesi kaydı yok.
registration-start = Başlangıç: { $date }
registration-rank = Öncelik: { $rank }
registration-waiting = { $count ->
    [one] Bu başlangıç için bekleme listesinde: sadece sizin çocuğunuz
   *[other] Bu başlangıç için bekleme listesinde: { $count } çocuk
}
registration-history = Geçmiş
withdraw-link = Kaydı geri çek
family-title = Aile bilgileri
family-intro = { $name } belediyesindeki kreş, size ulaşmak için bu bilgilere ihtiyaç duyar. Bunları istediğiniz zaman değiştirebilirsiniz.
family-first_name = Ad
family-last_name = Soyadı
family-street = Sokak ve ev numarası
family-postcode = Posta kodu
family-city = Şehir
family-phone = Telefon
family-email = E-posta
family-language = Tercih ettiğiniz dil
family-guardian2 = İkinci ebeveyn (isteğe bağlı)
family-guardian2_first_name = Ad
family-guardian2_last_name = Soyadı
family-guardian2_phone = Telefon
family-guardian2_email = E-posta
save = Kaydet
child-title = Çocuk ekle
child-birth-date = Doğum tarihi
child-birth-hint = Çocuk henüz doğmadı mı? O zaman doğum tarihini boş bırakın ve tahmini doğum tarihini girin.
child-expected-date = Tahmini doğum tarihi
child-save = Çocuğu kaydet
withdraw-title = Kaydı geri çek
withdraw-question = { $child } için { $facility } kurumundaki bekleme listesi kaydını (Vormerkung, başlangıç: { $date }) gerçekten geri çekmek istiyor musunuz?
withdraw-consequence = O zaman çocuğunuz artık bu kurumun bekleme listesinde olmaz. Bu geri alınamaz. Ama çocuğunuzu yeniden kaydettirebilirsiniz.
withdraw-confirm = Evet, geri çek
withdraw-cancel = Hayır, geri dön
withdraw-not-possible = Bu kayıt artık geri çekilemez (durum: { $status }).
give-back-link = Bakım yerinden vazgeç
give-back-title = Bakım yerinden vazgeç
give-back-question = { $child } için { $facility } kurumunda kabul ettiğiniz yerden (başlangıç: { $date }) gerçekten vazgeçmek istiyor musunuz?
give-back-consequence = Yer yeniden boşalır ve başka bir çocuğa verilebilir. Bu geri alınamaz. Bakım sözleşmesi (Betreuungsvertrag) zaten yapıldıysa, lütfen sözleşmeyi ayrıca kurumda feshedin (kündigen).
give-back-confirm = Evet, vazgeç
inbox-title = Mesajlar
inbox-empty = Henüz mesaj yok.
inbox-new = Yeni

notice-added = „Seçimim“ listesine eklendi.
notice-removed = „Seçimim“ listesinden kaldırıldı.
notice-moved = Sıra değiştirildi.
notice-full = İzin verilen en fazla sayıda kreş veya bakıcı seçtiniz. Başka birini seçmek için önce birini kaldırın.
notice-already = Bu zaten seçili.
notice-registered = Çocuğunuz bekleme listesine kaydedildi. Tüm kayıtlarınızı burada görürsünüz. Her değişiklikte size bir mesaj gelir.
notice-registered-some = { $count ->
    [one] 1 kayıt yapıldı. Diğer yerler için hâlâ bir bilgi eksik:
   *[other] { $count } kayıt yapıldı. Diğer yerler için hâlâ bir bilgi eksik:
}
notice-abgemeldet = Çıkış yaptınız. Bu cihazı başkaları da kullanıyorsa lütfen tarayıcı penceresini de kapatın.
notice-withdrawn = Kayıt geri çekildi.
notice-contract-accepted = Bakım sözleşmesini (Betreuungsvertrag) kabul ettiniz. Yer artık sözleşmeyle kesinleşti. Kuruma bilgi verildi.
contract-open-link = Sözleşmeyi gör ve kabul et
signing-title = Bakım sözleşmesi (Betreuungsvertrag): { $child }
signing-facility = Kurum
signing-start = Başlangıç
signing-settling = Alışma dönemi (Eingewöhnung): { $date } tarihinden itibaren
signing-times = Bakım saatleri
signing-times-value = Pazartesiden cumaya, saat { $from } – { $until } (haftada { $hours } saat)
signing-group = Grup
signing-pdf = Sözleşmenin tamamını okuyun (PDF, sürüm { $version })
signing-online-title = Sözleşmeyi online kabul edin
signing-login-again-text = Güvenliğiniz için, kabul etmeden önce giriş servisine bir kez daha giriş yapın. Sonra buraya geri dönersiniz.
signing-login-again = Tekrar giriş yap
signing-confirm-label = { $facility } ile yapılacak bakım sözleşmesini (Betreuungsvertrag, sürüm { $version }) okudum. Sözleşmeyi bağlayıcı olarak kabul ediyorum.
signing-button = Sözleşmeyi bağlayıcı kabul et
signing-hint = Kimin, ne zaman ve hangi sürümü kabul ettiği kaydedilir. O zaman hiçbir şey yazdırmanız veya yüklemeniz gerekmez.
signing-or-upload = Sözleşmeyi yazdırıp imzalayarak da yükleyebilirsiniz:
signing-paper = Lütfen sözleşmeyi yazdırın, imzalayın ve yükleyin:
notice-family-saved = Aile bilgileriniz kaydedildi.
notice-family-copied = Aile bilgileriniz ve çocuklarınız aktarıldı. Lütfen bunları „İletişim bilgilerini değiştir“ bölümünde kontrol edin, özellikle adresi.
copy-title = Aile bilgileri aktarılsın mı?
copy-intro = Kreis Steinfurt'ta başka bir belediyede zaten kayıtlısınız. Aile bilgilerinizi ve çocuklarınızı yeniden girmeniz gerekmez: Bunları oradan { $name } belediyesine aktarabilirsiniz.
copy-button = { $from } belediyesinden aktar
copy-hint = Sadece aile bilgileri ve çocuklar aktarılır. Bekleme listesi kayıtları, mesajlar ve belgeler kendi belediyelerinde kalır. Veriler merkezi olarak değil, bu belediyede saklanır.
field-copy-from = Nereden aktarılsın
err-copy-source = Bu belediyeden aile bilgisi aktaramıyoruz.
rule-family-exists = Bu belediyede zaten aile bilgileriniz var. Mevcut bilgileriniz değiştirilmez.
elsewhere-title = Diğer belediyelerdeki kayıtlarınız
elsewhere-intro = Kreis Steinfurt'ta şu belediyelerde de kayıtlısınız:
elsewhere-link = Hesabım: { $name }
notice-child-saved = Çocuk kaydedildi.

status-registered = Kayıtlı (bekleme listesinde)
status-offered = Yer teklifi geldi
status-accepted = Yer kabul edildi
status-declined = Teklif reddedildi
status-rejected = Kurum ret verdi
status-withdrawn = Geri çekildi
status-contracted = Bakım sözleşmesi yapıldı
status-expired = Teklifin süresi doldu

msg-registered-subject = Bekleme listesi kaydı: { $facility }
msg-registered-body = { $child }, { $start } tarihinde başlamak üzere { $facility } kurumunun bekleme listesine kaydedildi (Vormerkung). Bir şey değişince size hemen mesaj gelir.
msg-withdrawn-subject = Kayıt geri çekildi: { $facility }
msg-withdrawn-body = { $child } için { $facility } kurumundaki bekleme listesi kaydını geri çektiniz.

error-csrf-title = Formun süresi doldu
error-csrf = Form artık geçerli değildi (güvenlik kontrolü). Lütfen sayfayı yeniden yükleyin ve formu tekrar gönderin. Hiçbir şey kaydedilmedi.
error-unauthorized-title = Lütfen giriş yapın
error-unauthorized = Bu işlem için giriş yapmanız gerekir.
login-cancelled-title = Giriş iptal edildi
login-cancelled = Girişi iptal ettiniz. Seçiminiz duruyor. İstediğiniz zaman tekrar giriş yapabilirsiniz.
login-failed-title = Giriş başarısız
login-failed = Giriş tamamlanamadı. Lütfen „Giriş yap“ ile tekrar başlayın.
error-provider-title = Giriş servisine ulaşılamıyor
error-provider = Merkezi giriş servisine şu anda ulaşılamıyor. Lütfen birkaç dakika sonra tekrar deneyin.
error-not-json-title = Yanlış format
error-not-json = İstek JSON (application/json) içermelidir.
error-rule-title = Değişiklik yapılamıyor
rule-registration-limit = Çocuğunuz zaten izin verilen en fazla sayıda yere kayıtlı. Önce bir kaydı geri çekin.
rule-registration-duplicate = Çocuğunuz bu kreş veya bakıcıda zaten kayıtlı.
rule-registration-hours = Bu kreş veya bakıcı, seçtiğiniz haftalık saati sunmuyor.
rule-registration-age = Çocuğunuz, istenen başlangıçta bu kreşin veya bakıcının kabul ettiği yaşta değil.
rule-registration-not-active = Bu kayıt artık aktif değil.
rule-registration-facility = Bu kreş veya bakıcı bu belediyede yok.
rule-family-missing = Lütfen önce aile bilgilerinizi girin.
rule-selection-full = Belediyenin izin verdiği sayıdan fazla kreş veya bakıcı seçilemez (çoğunlukla 5).
rule-other = Bu değişiklik yapılamıyor.

err-required = Lütfen doldurun.
err-email = Lütfen geçerli bir e-posta adresi girin (ör. ad@ornek.de).
err-phone = Lütfen rakamlarla bir telefon numarası girin (ör. 05451 123-45).
err-postcode = Lütfen beş haneli bir posta kodu girin.
err-language = Lütfen listedeki dillerden birini seçin.
err-birth-or-expected = Lütfen ya doğum tarihini ya da tahmini doğum tarihini girin. İkisini birden girmeyin.
err-birth-missing = Lütfen doğum tarihini veya – doğumdan önce – tahmini doğum tarihini girin.
err-birth-future = Doğum tarihi gelecekte. Henüz doğmamış bir çocuk için lütfen tahmini doğum tarihini girin.
err-expected-range = Tahmini doğum tarihi en erken bir ay önce, en geç on ay sonra olabilir.
err-child = Lütfen çocuklarınızdan birini seçin.
err-facility = Bu kreş veya bakıcı bu belediyede yok.
err-json = İçerik, bu biçimde geçerli bir JSON değil.
err-action = Bilinmeyen işlem.

field-first-name = Ad
field-last-name = Soyadı
field-street = Sokak
field-postcode = Posta kodu
field-city = Şehir
field-phone = Telefon
field-email = E-posta
field-language = Dil
field-guardian2-first-name = Ad (2. ebeveyn)
field-guardian2-last-name = Soyadı (2. ebeveyn)
field-guardian2-phone = Telefon (2. ebeveyn)
field-guardian2-email = E-posta (2. ebeveyn)
field-expected-birth-date = Tahmini doğum tarihi
field-child-id = Çocuk
field-facility-id = Kreş/bakıcı
field-facility-ids = Kreşler/bakıcılar
field-rank = Öncelik
field-note = Mesaj
field-body = İçerik
field-action = İşlem

## E-mails
mail-subject-prefix = { $portal } Kita Portalı
mail-footer = { $portal } Kita Portalı (Kita-Portal) – tüm mesajları hesabınızda da bulabilirsiniz.
    Sorunuz mu var? { $contact }, { $street }, { $postcode } { $city }, Telefon { $phone }, { $email }

## Offers, answers, declines (issue 5)
msg-offered-subject = Yer teklifi: { $facility }
msg-offered-body = İyi haber: { $facility }, { $child } için bir yer teklif ediyor. Lütfen en geç { $date } tarihine kadar hesabınızda cevap verin (kabul edin veya reddedin). Cevap vermezseniz teklif geçersiz olur ve yer bekleme listesindeki sıradaki çocuğa verilir.
msg-rejected-subject = Ret: { $facility }
msg-rejected-body = { $facility } maalesef { $child } için yer veremiyor. Sebep: { $reason }. Kurumun notu: { $note }. Diğer bekleme listesi kayıtlarınız geçerli kalır.
msg-accepted-subject = Yer kabul edildi: { $facility }
msg-accepted-body = { $child } için { $facility } kurumundaki yeri kabul ettiniz. Kurum, bakım sözleşmesi (Betreuungsvertrag) için sizinle iletişime geçecek.
msg-auto-withdrawn-subject = Kayıt sona erdi: { $facility }
msg-auto-withdrawn-body = { $child } için başka bir yeri kabul ettiniz. Bu yüzden { $facility } kurumundaki bekleme listesi kaydı otomatik olarak geri çekildi. Kuruma bilgi verildi.
msg-declined-subject = Yer teklifi reddedildi: { $facility }
msg-declined-body = { $facility } kurumunun { $child } için yaptığı yer teklifini reddettiniz. Yer, bekleme listesindeki sıradaki çocuğa verilir.
msg-offer-reminder-subject = Hatırlatma: { $facility } yer teklifini { $date } tarihine kadar yanıtlayın
msg-offer-reminder-body = { $facility } kurumunun { $child } için yaptığı yer teklifi yalnızca { $date } tarihine kadar geçerlidir. Lütfen hesabınızda kabul edin veya reddedin. Cevap verilmezse teklif düşer ve yer başka bir çocuğa verilir.
msg-notice-subject = Gençlik Dairesi’nden { $child } hakkında bir karar
msg-notice-body = Gençlik Dairesi (Jugendamt) size { $child } hakkında resmî bir karar gönderdi. Kararı PDF olarak hesabınızda “Kararlar” bölümünde bulabilirsiniz.
account-notices-title = Gençlik Dairesi’nin kararları
account-notices-hint = Resmî kararlar PDF olarak (Almanca). Lütfen saklayın: süreleri ve itiraz yollarını içerirler.
msg-expired-subject = Yer teklifinin süresi doldu: { $facility }
msg-expired-body = { $facility } kurumunun { $child } için yaptığı yer teklifinin süresi doldu, çünkü son tarihe kadar cevap gelmedi. Hâlâ ilgileniyorsanız lütfen kurumla iletişime geçin.
msg-paper-subject = Bekleme listesi kaydı: { $facility }
msg-paper-body = { $facility }, { $child } için { $start } tarihinde başlamak üzere bekleme listesine kayıt yaptı. Bu e-posta adresiyle Kita portalına giriş yapabilir ve her şeyi hesabınızda takip edebilirsiniz.

reason-no_place = İstenen başlangıçta boş yer yok
reason-age_band = Bu yaş grubunda yer yok
reason-hours = İstenen haftalık saat mümkün değil
reason-criteria = Kabul kriterlerine göre başka çocukların önceliği vardı
reason-other = Başka bir sebep (nota bakın)

rule-registration-not-waiting = Bu kayıt artık yer beklemiyor (cevap verildi veya geri çekildi).
rule-offer-no-place = Bu başlangıç, yaş grubu ve haftalık saat için boş yer kalmadı. Lütfen önce boş yerleri girin.
rule-offer-lock = Çocuğun şu anda başka bir kurumdan açık bir yer teklifi var. Gençlik Dairesinin (Jugendamt) teklif kilidi (Angebotssperre) geçerli olduğu sürece bu kayıt bekletilir.
rule-offer-not-open = Bu kayıt için açık bir yer teklifi yok (veya artık yok).
rule-offer-expired = Bu yer teklifinin cevap süresi doldu.
rule-capacity-exists = Bu başlangıç, yaş grubu ve haftalık saat için zaten bir satır var. Lütfen sayıyı orada değiştirin. Hiçbir şey kaydedilmedi.
rule-registration-placed = Çocuğunuz zaten bir yeri kabul etti. Başka bir kayıt yapılamaz. Yer değiştirmek istiyorsanız, önce kabul ettiğiniz yerden vazgeçin.
rule-capacity-changed = Boş yerler bu arada değişti (ör. bir yer teklifi nedeniyle). Bu yüzden bir sayı sıfırın altına düşerdi. Güncel sayılar burada. Lütfen değişikliğinizi kontrol edip tekrar kaydedin. Hiçbir şey kaydedilmedi.
rule-criterion-unknown = Bu kabul kriteri bu kurumda yok.
error-forbidden-title = Yetki yok
error-forbidden = Hesabınızla bu sayfayı açamazsınız. Burada çalışmanız gerekiyorsa, Gençlik Dairenizden (Jugendamt) size bu rolü vermesini isteyin.

notice-accepted = Yeri kabul ettiniz. Bu çocuğun başka açık kayıtları varsa, bunlar geri çekildi ve kurumlara bilgi verildi.
notice-refused = Yer teklifini reddettiniz.
account-offer = Yer teklifi: lütfen en geç { $date } tarihine kadar cevap verin
offer-banner-title = { $count ->
    [one] Bir yer teklifi cevabınızı bekliyor
   *[other] { $count } yer teklifi cevabınızı bekliyor
}
offer-banner-text = { $facility }, { $child } için bir yer teklif ediyor. Lütfen en geç { $date } tarihine kadar cevap verin.
nav-alerts = { $offers ->
    [0] {""}
    [one] 1 açık yer teklifi
   *[other] { $offers } açık yer teklifi
}{ $offers ->
    [0] {""}
   *[other] { $messages ->
        [0] {""}
       *[other] , {""}
    }
}{ $messages ->
    [0] {""}
    [one] 1 yeni mesaj
   *[other] { $messages } yeni mesaj
}
inbox-answer-offer = Teklife git
inbox-to-registration = Kayda git
account-accept = Yeri kabul et
account-refuse = Teklifi reddet
account-criteria = Dikkate alınan kabul kriterleri
account-declared = Kabul kriterleri için verdiğiniz bilgiler
declared-pending = kurum kontrol ediyor
declared-confirmed = onaylandı
declared-not-confirmed = onaylanmadı
account-reason = Ret sebebi
accept-title = Yeri kabul et
refuse-title = Yer teklifini reddet
accept-question = { $child } için { $facility } kurumundaki yeri kabul etmek istiyor musunuz? Başlangıç: { $date }.
refuse-question = { $child } için { $facility } kurumundan gelen yer teklifini gerçekten reddetmek istiyor musunuz?
answer-later = Sonra karar vereceğim – hesaba dön
answer-deadline = Son cevap tarihi: { $date }
accept-others = { $count ->
    [one] Kabul ederseniz, çocuğun şu diğer kaydı geri çekilir:
   *[other] Kabul ederseniz, çocuğun şu { $count } diğer kaydı geri çekilir:
}
refuse-consequence = Yer o zaman sıradaki çocuğa verilir. Diğer kayıtlarınız geçerli kalır.
accept-confirm = Evet, yeri kabul et
refuse-confirm = Evet, reddet
answer-not-open = Bu kayıt için açık bir yer teklifi yok (durum: { $status }).
footer-staff = Kurumlar ve Gençlik Daireleri için

## Facility desk
desk-title = Çalışma alanı
child-first_name = Çocuğun adı
child-last_name = Çocuğun soyadı
field-answer-by = Son cevap tarihi
field-place-start = Boş olduğu tarih
field-reason = Sebep
field-child-first-name = Çocuğun adı
field-child-last-name = Çocuğun soyadı
field-answer-by-short = Son tarih
field-from = Başlangıç en erken (YYYY-AA)
field-to = Başlangıç en geç (YYYY-AA)
err-answer-by = Son cevap tarihi bugünden sonra ve en fazla { $days } gün sonra olmalı.
err-reason = Lütfen listeden bir sebep seçin.
err-reason-note = Lütfen diğer sebebi aileye yazdığınız mesajda açıklayın („Başka bir sebep“ seçildiyse zorunlu).
err-too-many = Lütfen en fazla { $max } öğe girin.
err-age-band = Lütfen „3 yaş altı“ veya „3 yaş ve üstü“ seçin.
err-criterion = Bilinmeyen kriter.
err-month = Lütfen ayı girin, ör. 08/2027.
err-month-order = Son ay, ilk aydan önce. Lütfen iki ayın yerini değiştirin.

## Office
err-period = Dönemin sonu, başlangıcından önce.
err-day = Lütfen tarihi GG.AA.YYYY biçiminde girin (ör. 01.08.2027).

## Documents (issue 6)
doc-section = Belgeler
doc-none = Henüz belge yok.
doc-version = Sürüm { $version }
doc-kind-contract = Bakım sözleşmesi (Betreuungsvertrag)
doc-kind-signed = İmzalı sözleşme
doc-kind-need = Haftada 45 saat için ihtiyaç belgesi (Bedarfsnachweis)
doc-kind-urgency = Aciliyet belgesi
doc-kind-other = Başka belge
doc-by-parent = aileden
doc-by-facility = kurumdan
doc-page-title = Belgeler: { $child }
doc-link = Belgeler
doc-upload-title = Belge yükle
doc-kind-label = Belge türü
doc-file-label = Dosya (PDF, JPEG veya PNG)
doc-upload-hint = En fazla { $mb } MB büyüklüğünde PDF, JPEG ve PNG dosyaları yükleyebilirsiniz.
doc-upload-button = Yükle
doc-notice-uploaded = Belge kaydedildi. Kuruma bilgi verildi.
doc-parent-contract-hint = Kurum bakım sözleşmesini (Betreuungsvertrag) hazırlayınca sözleşme burada görünür. Sözleşmeyi indirin, imzalayın ve imzalı hâlini „İmzalı sözleşme“ türüyle buraya yükleyin.
doc-contracted = Bakım sözleşmesi onaylandı.
field-care-from = Her gün bakım başlangıcı (saat)
field-care-until = Her gün bakım bitişi (saat)
field-group = Grup (isteğe bağlı)
field-settling-in = Alışma döneminin başlangıcı (Eingewöhnung)
account-contracts = Bakım sözleşmesi
upload-refused-title = Dosya kabul edilmedi
upload-empty = Dosya boş. Lütfen içinde bir şey olan bir dosya seçin.
upload-too-large = Dosya çok büyük: En fazla 10 MB olabilir. Lütfen dosyayı küçültün (ör. daha düşük çözünürlükle PDF olarak tarayın).
upload-wrong-type = Dosya PDF, JPEG veya PNG değil. Dosyanın adı değil, içeriği kontrol edilir.
upload-bad-name = Dosya adında eğik çizgi (/) veya kontrol karakteri olamaz. Ad en fazla 200 karakter olabilir.
upload-missing = Lütfen bir dosya seçin.
upload-one-file = Lütfen bir seferde tek dosya yükleyin.
upload-unreadable = Dosya tam olarak gelmedi. Lütfen tekrar deneyin.
upload-kind = Lütfen listeden belge türünü seçin.
error-documents-title = Belge arşivine ulaşılamıyor
error-documents = Belge arşivine şu anda ulaşılamıyor. Hiçbir şey kaydedilmedi. Lütfen birkaç dakika sonra tekrar deneyin.
error-database-title = Veritabanına ulaşılamıyor
error-database = Kita portalı şu anda veritabanına ulaşamıyor. Daha önce kaydedilenler korunur. Lütfen bir dakika sonra tekrar deneyin.
rule-contract-not-accepted = Sözleşme ancak aile yeri kabul ettikten sonra olur.
rule-contract-not-signed = Lütfen önce imzalı sözleşmeyi yükleyin (veya ailenin yüklemesini bekleyin).
rule-contract-missing = İmzalı sözleşme ancak kurum sözleşmeyi hazırladıktan ve yer kabul edildikten sonra yüklenebilir.
rule-contract-confirmed = Sözleşme zaten onaylandı.
rule-online-contract-off = Bu belediyede sözleşme online kabul edilmiyor. Lütfen sözleşmeyi yazdırın, imzalayın ve yükleyin.
rule-contract-changed = Kurum bu arada sözleşmenin yeni bir sürümünü hazırladı. Lütfen kabul etmeden önce yeni sürümü okuyun.
rule-reauthenticate = Güvenliğiniz için, sözleşmeyi kabul etmeden önce lütfen tekrar giriş yapın.
err-time = Lütfen bir saat girin, ör. 7:30 veya 14.
err-time-range = Lütfen saat { $from } ile { $until } arasında bir saat girin.
err-time-order = Bakım süresinin bitişi, başlangıcından sonra olmalı.
err-time-short = Beş gün için bu saatler, anlaşılan haftalık { $hours } saatten az ediyor. Lütfen günlük bakım süresini uzatın.
err-date = Lütfen bir tarih girin, ör. 01.08.2027.
err-date-past = Bu tarih geçmişte.
err-settling = Alışma dönemi (Eingewöhnung) en erken bakım başlangıcında ({ $start }), en geç { $last } tarihinde başlar.
err-accept-confirm = Lütfen sözleşmeyi okuduğunuzu ve kabul ettiğinizi onaylayın.
status-contract_created = Bakım sözleşmesi hazırlandı
status-contract_signed = İmzalı sözleşme eklendi
msg-contract-created-subject = Bakım sözleşmesi: { $child }, { $facility }
msg-contract-created-body = { $facility }, { $child } için bakım sözleşmesini (Betreuungsvertrag) hazırladı. Sözleşmeyi hesabınızda „Belgeler“ bölümünde bulabilirsiniz. Lütfen sözleşmeyi indirin, imzalayın ve imzalı hâlini oraya tekrar yükleyin.
msg-contract-signed-subject = İmzalı sözleşme eklendi: { $child }
msg-contract-signed-body = { $facility }, { $child } için imzalı bakım sözleşmesini (Betreuungsvertrag) ekledi. Sözleşmeyi hesabınızda „Belgeler“ bölümünde bulabilirsiniz.
msg-contracted-subject = Bakım sözleşmesi onaylandı: { $child }
msg-contracted-body = { $facility }, { $child } için bakım sözleşmesini (Betreuungsvertrag) onayladı. Yer artık sözleşmeyle kesinleşti. Sözleşmeyi hesabınızda bulabilirsiniz.
msg-contract-accepted-subject = Bakım sözleşmesi kabul edildi: { $child }
msg-contract-accepted-body = { $child } için { $facility } ile yapılan bakım sözleşmesini (Betreuungsvertrag) online kabul ettiniz. Yer artık sözleşmeyle kesinleşti. Sözleşmeyi hesabınızda bulabilirsiniz.
msg-retention-deleted-subject = Kayıt silindi: { $child }
msg-retention-deleted-body = { $child } için { $facility } kurumundaki bekleme listesi kaydınız (Vormerkung) silindi. Sebep: Kayıt cevaplanmadı ve saklama süresi bitti. Hâlâ yer arıyorsanız, lütfen çocuğunuzu yeniden kaydettirin.
export-link = Tüm verilerimi indir (ZIP)
export-hint = Aileniz, çocuklarınız, kayıtlarınız ve mesajlarınızla ilgili tüm bilgileri ve tüm belgeleri içerir.
delete-link = Hesabı ve verileri sil
delete-title = Hesabı ve verileri sil
delete-lead = Burada, { $municipality } Kita portalının aileniz hakkında kaydettiği her şeyi silebilirsiniz.
delete-what = Şunlar silinir: bilgileriniz, çocuklarınız, tüm bekleme listesi kayıtları (yer teklifleri ve kabul edilen yerler de) ve mesajlarınız.
delete-documents = { $count ->
    [one] Yüklediğiniz belge silinir.
   *[other] Yüklediğiniz { $count } belge silinir.
}
delete-export-first = verilerinizi saklamak istiyorsanız, silmeden önce indirin.
delete-confirm-label = Evet, bu portaldaki verilerimi kalıcı olarak silmek istiyorum.
delete-confirm-missing = Lütfen silmeyi kutucuğu işaretleyerek onaylayın.
delete-button = Kalıcı olarak sil
doc-parent-sign-hint = Bakım sözleşmesini (Betreuungsvertrag) indirin, imzalayın ve imzalı hâlini burada „İmzalı sözleşme“ türüyle yükleyin. Kurum sonra sözleşmeyi onaylar.
doc-kind-measles = Kızamık koruması belgesi (Masernschutz)
doc-kind-proof = Kabul kriteri için belge
delete-documents-none = Hiç belge yüklemediniz.
delete-kept-count = { $count ->
    [one] Onaylanmış bir bakım sözleşmesi (Betreuungsvertrag) silinmez: Kurum bunu { $years } yıl saklamak zorundadır. Sonra silinir.
   *[other] Onaylanmış bakım sözleşmelerine (Betreuungsvertrag) ait { $count } belge silinmez: Kurum bunları { $years } yıl saklamak zorundadır. Sonra silinir.
}
delete-contract-note = Silmek, bakım sözleşmesini (Betreuungsvertrag) sona erdirmez. Sözleşmeyi feshetmek (Kündigung) için lütfen kuruma yazılı olarak başvurun.
deleted-title = Verileriniz silindi
deleted-lead = { $municipality } Kita portalının aileniz hakkında kaydettiği her şey silindi.
deleted-kept = { $count ->
    [one] Onaylanmış bir bakım sözleşmesine (Betreuungsvertrag) ait bir belgeyi kurum saklıyor. Bu konudaki sorularınızı kurum veya Gençlik Dairesi (Jugendamt) cevaplar.
   *[other] Onaylanmış bakım sözleşmelerine (Betreuungsvertrag) ait { $count } belgeyi kurum saklıyor. Bu konudaki sorularınızı kurum veya Gençlik Dairesi (Jugendamt) cevaplar.
}
deleted-signout = Kita portalından çıkış yaptınız. Kreis Steinfurt'un giriş servisinden de çıkış yapın. Böylece bu cihazda kimse şifresiz hesabınıza giremez.
deleted-signout-button = Giriş servisinden çıkış yap
deleted-home = Ana sayfaya dön
upload-need-hours = İhtiyaç belgesi (Bedarfsnachweis) sadece haftada 45 saat için gerekir.

## Maintenance mode (issue 7)
read-only-banner-title = Teknik çalışma:
read-only-banner = Her şeyi görebilirsiniz, ama şu anda hiçbir şeyi değiştiremez veya gönderemezsiniz. Lütfen daha sonra tekrar deneyin.
error-read-only-title = Şu anda değişiklik yapılamıyor
error-read-only = Kita portalında şu anda teknik çalışma var. Her şeyi görebilirsiniz, ama hiçbir şeyi değiştiremezsiniz. Girdiğiniz bilgiler kaydedilmedi. Lütfen daha sonra tekrar deneyin.
doc-remove = Kaldır
doc-remove-label = { $name }: kaldır
doc-notice-removed = Belge kaldırıldı.
rule-document-contract = Bakım sözleşmeleri ve imzalı sözleşmeler kaldırılamaz, çünkü bunlar kuruma da aittir.

# Addresses checked against the municipality's lists (issue 16)
address-check-title = Lütfen adresinizi kontrol edin
address-check-hint = Henüz hiçbir şey kaydedilmedi. Adresi düzeltin veya aşağıda adresin doğru olduğunu onaylayın (ör. yakında taşınacağınız için).
address-confirm = Adres doğru.
address-postcode-elsewhere = { $postcode } posta kodu { $name } belediyesine ait değil ({ $name } posta kodları: { $postcodes }).
address-street-close = „{ $street }“ sokağını { $name } belediyesinde bulamadık. Şunu mu demek istediniz: { $suggestions }?
address-street-unknown = „{ $street }“ sokağı, { $name } belediyesinin sokak listesinde yok.
form-mistakes = { $count ->
    [one] Lütfen bu bilgiyi düzeltin:
   *[other] Lütfen bu { $count } bilgiyi düzeltin:
}

## Allocation rounds (issue 17)
rule-round-no-places = Bu başlangıç tarihi için bildirilmiş boş yer yok.
rule-round-open-exists = Bu başlangıç tarihi için zaten açık bir dağıtım turu var.
rule-round-published = Bu tur yayınlandı ve artık değiştirilemez.
rule-round-not-run = Lütfen önce bir deneme çalıştırması başlatın.
rule-round-stale = Deneme çalıştırmasından sonra kayıtlar, kriterler veya boş yerler değişti. Hiçbir şey yayınlanmadı. Lütfen yeni bir deneme çalıştırması başlatın ve sonucu kontrol edin.
calendar-next-label = Yer dağıtım sürecindeki bir sonraki tarih:
calendar-next-deadline = Son kayıt tarihi, { $date } ({ $start } tarihinden itibaren başlangıç için).
calendar-next-matching = Yer dağıtım günü, { $date } ({ $start } tarihinden itibaren başlangıç için).
calendar-next-answer = Cevap süresinin sonu, { $date } ({ $start } tarihinden itibaren başlangıç için).
calendar-next-second = İkinci dağıtım turu, { $date } ({ $start } tarihinden itibaren başlangıç için).
err-start-closed = { $from } ile { $until } arasındaki bir başlangıç için kayıt süresi { $deadline } tarihinde sona erdi. Lütfen daha sonraki bir başlangıç seçin veya Gençlik Dairesi (Jugendamt) ile iletişime geçin.
rule-case-closed = Bu dosya zaten kapatıldı.
rule-proposal-decided = Bu öneri hakkında zaten karar verildi.
rule-proposal-withdrawn = Bu öneri artık geçerli değil: dosya kapatıldı ya da çocuğun artık bir yeri var veya artık beklemiyor.
msg-round-result-subject = Yer dağıtım turu (Vergaberunde)
msg-round-result-body = Gençlik Dairesi (Jugendamt), boş yerleri bir dağıtım turunda (Vergaberunde) dağıttı.
msg-round-result-placed-subject = { $start } başlangıcı için dağıtım turu: { $child } için bir yer
msg-round-result-placed-body = Gençlik Dairesi (Jugendamt), { $start } başlangıcı için boş yerleri bir dağıtım turunda (Vergaberunde) dağıttı: Her çocuk, kendi istek listesinden, kurumların kabul kriterlerine göre alabileceği en iyi yeri alır. { $child } için karar şöyle:

    { $lines }

    Bu yeri kabul ederseniz, listede daha yukarıdaki istekleriniz geçerli kalır: Orada daha sonra bir yer boşalırsa, yeni bir tur { $child } için o yeri verebilir. Listede daha aşağıdaki istekleriniz ise o zaman geri çekilir.
msg-round-result-unplaced-subject = { $start } başlangıcı için dağıtım turu: { $child } için henüz yer yok
msg-round-result-unplaced-body = Gençlik Dairesi (Jugendamt), { $start } başlangıcı için boş yerleri bir dağıtım turunda (Vergaberunde) dağıttı. Bu sefer { $child } için yer çıkmadı. Karar şöyle:

    { $lines }

    Bekleme listesi kayıtlarınız geçerli kalır: Boşalan yerler yeni bir turda verilir. Gençlik Dairesi ({ $office }) size çocuk bakıcıları (Kindertagespflege) ve başka kurumlar hakkında da bilgi verir.
round-line-placed = { $rank }. istek – { $facility }: Yer teklif edildi. Teklifi hesabınızda bulabilirsiniz.
round-line-inadmissible = { $rank }. istek – { $facility }: Kurum çocuğunuzu kabul edemiyor ({ $reason }).
round-line-no-places = { $rank }. istek – { $facility }: { $band } çocuklar için boş yer yoktu.
round-line-full = { $rank }. istek – { $facility }: { $band } çocuklar için { $capacity ->
        [one] 1 yer
       *[other] { $capacity } yer
    } vardı. Yerler en düşük { $cutoff ->
        [one] 1 puana
       *[other] { $cutoff } puana
    } kadar verildi (bu puanla yer alan son çocuğun kayıt tarihi: { $cutoff_date }). Çocuğunuz: { $points ->
        [one] 1 puan
       *[other] { $points } puan
    }{ $criteria }, kayıt tarihi: { $date }.
round-why-link = Sonuç neden böyle? (dağıtım turu)
round-why-inbox = Tüm mesajlar

## The cover letter of the care contract, in the family's language (issue 18)
cover-title = { $child } için bakım sözleşmeniz (Betreuungsvertrag)
cover-intro = { $facility }, { $child } için { $start } tarihinden itibaren haftada { $hours } saatlik bir yer teklif ediyor. Bakım sözleşmesi sonraki sayfalardadır.
cover-german = Sözleşme Almancadır: Yalnızca Almanca metin hukuken geçerlidir. Bu sayfa sözleşmeyi sizin dilinizde açıklar; sözleşmenin bir parçası değildir.
cover-what-title = Sözleşmede ne yazıyor
cover-what = Sözleşmeyi kimin yaptığı (siz ve kurumun işletmecisi, Träger), çocuğunuzun ne zamandan itibaren ve ne kadar süre bakılacağı, alışma dönemi (Eingewöhnung), yükümlülükleriniz (örneğin kızamık aşısı belgesi, Masernschutz) ve fesih (Kündigung): ay sonundan dört hafta önce. Aile katkı paylarını (Elternbeiträge) Gençlik Dairesi (Jugendamt) belirler; bunlar sözleşmede yazmaz.
cover-next-title = Şimdi ne yapmalısınız
cover-next = Sözleşmeyi okuyun. İmzalayın ve hesabınıza yükleyin veya kuruma teslim edin. Sözleşme ile ilgili soruları { $facility } yanıtlar. Gençlik Dairesi'nden (Jugendamt) de yardım alabilirsiniz: { $office }.

## The read-me inside the data export (ZIP); file and field names stay as they are (issue 18)
export-readme =
    Kita Portalı'ndaki verileriniz
    ==============================

    Bu dosya, arşivde neler olduğunu açıklar.

    familie.json
      Bu dosyada, portalın bu şehir veya belediyede aileniz hakkında kaydettiği her şey vardır.
      Bilgiler, bilgisayarın okuyabileceği bir biçimdedir (JSON). Dosyayı her metin düzenleyici ile
      açabilirsiniz.
      - family: bilgileriniz (ad, adres, telefon, e-posta, dil, velayet hakkı olan ikinci kişi)
      - children: çocuklarınız, doğum tarihleri veya beklenen doğum tarihleri ile
      - registrations: bekleme listesi kayıtlarınız (Vormerkung): kurum (facility), başlangıç tarihi
        (start_date), haftalık saat (hours), sizin öncelik sıranız (rank), kuruma yazdığınız mesaj
        (note), durum (status), geçmiş (history) ve kurumun dikkate aldığı kabul kriterleri (criteria)
      - messages: gelen kutunuzdaki mesajlar
      - documents: belgeleriniz hakkında bilgiler (dosya adı, boyut, SHA-256 kontrol toplamı, tarih
        ve saat)

    Durumların anlamı (status):
      registered = bekleme listesinde (Vormerkung)      offered = yer teklifi geldi
      accepted   = yer kabul edildi                     declined = teklifi siz reddettiniz
      rejected   = kurum ret verdi                      withdrawn = kayıt geri çekildi
      contracted = bakım sözleşmesi yapıldı             expired = teklifin süresi doldu
      contract_created = bakım sözleşmesi hazırlandı    contract_signed = imzalı sözleşme eklendi

    Diğer bilgiler:
      place_band: ue3 = 3 yaş ve üstü çocuklar için yer, u3 = 3 yaş altı çocuklar için yer
      actor (geçmişte): parent = siz, facility = kurum, office = Gençlik Dairesi (Jugendamt),
        system = portal
      origin: online = portal üzerinden, paper = kuruma kâğıt üzerinde verildi
      İçinde "Z" veya "+00:00" olan saat bilgileri, Eş Güdümlü Evrensel Zaman'a (UTC) göredir.
      Almanya'da saat bir saat ileridir (yazın iki saat ileridir).

    dokumente/
      Belgeleriniz: bakım sözleşmesi (Betreuungsvertrag), imzalı sözleşme, ihtiyaç belgesi
      (Bedarfsnachweis), aciliyet belgesi (Dringlichkeitsnachweis), kızamık koruması belgesi
      (Masernschutz). "v2", aynı belgenin ikinci sürümü demektir.

    Sorularınızı şehrinizin veya belediyenizin Gençlik Dairesi (Jugendamt) yanıtlar. İletişim
    bilgilerini portalın her sayfasında bulabilirsiniz.
conv-title = Kayıtla ilgili mesajlar
conv-back = Geri
conv-intro = Aile ve kurum bu kayıtla ilgili burada yazışır. Diğer taraf, içeriği olmadan bir mesaj geldiğini bildiren bir e-posta alır.
conv-intro-office = Gençlik Dairesi yazışmaları okur (kaydedilir) ve burada yazmaz.
conv-empty = Henüz mesaj yok.
conv-from-family = Aile
conv-from-facility = Kurum
conv-field = Mesajınız
conv-hint = En fazla 5.000 karakter, günde en fazla 20 mesaj.
conv-send = Mesajı gönder
conv-link = Kuruma yaz
conv-notice-gesendet = Mesaj gönderildi.
conv-err-empty = Lütfen bir mesaj yazın.
conv-err-long = Mesaj çok uzun: en fazla { $max } karakter.
rule-conversation-closed = Bu kayıt artık etkin olmadığı için bununla ilgili mesaj yazılamaz.
rule-conversation-limit = Bugün bu kayıtla ilgili zaten 20 mesaj yazıldı. Lütfen yarın tekrar yazın.
msg-conversation-subject = { $facility } kurumundan yeni mesaj
msg-conversation-body = { $facility }, { $child } kaydıyla ilgili size yazdı. Mesajı Kita portalında okuyabilirsiniz: { $path }

# Admission talk (issue 21)
conv-messages = Mesajlar
conv-notice-gebucht = Randevu alındı. Takvim dosyası e-postayla da gelir.
conv-notice-abgesagt = Randevu iptal edildi. Diğer taraf bilgilendirildi.
talk-title = Kabul görüşmesi
talk-intro-family = Kurum sizi kişisel bir görüşmeye davet ediyor. Lütfen bir randevu seçin.
talk-none-yet = Kurum henüz kabul görüşmesi için randevu önermedi. Size burada bildirilecek.
talk-booked = Randevu: { $at } – { $until }
talk-slot = { $at } – { $until }
talk-mode-place = Yerinde
talk-mode-phone = Telefonla
talk-mode-video = Görüntülü
talk-ics = Takvime ekle (.ics)
talk-pick = Bu randevuyu seç
talk-move = Bu randevuya taşı
talk-other-hint = Hiçbir randevu uymuyor mu? Aşağıda kuruma mesaj yazın ve başka randevular isteyin.
talk-cancel-summary = Randevuyu iptal et
talk-cancel-field = İptal nedeni
talk-cancel-hint = Neden bu yazışmada mesaj olarak görünür. İki taraf da e-posta alır.
talk-cancel = Randevuyu iptal et
talk-err-pick = Lütfen önerilen randevulardan birini seçin.
talk-err-reason = Lütfen randevuyu neden iptal ettiğinizi yazın.
rule-talk-taken = Bu randevu artık dolu veya geçmiş. Lütfen başka birini seçin.
rule-talk-same = Bu randevu zaten sizin için alındı.
rule-talk-none = Alınmış bir randevu yok.
rule-talk-too-many = Zaten beş açık randevu önerildi. Önce birini geri alın.
rule-talk-overlap = Randevu kurumun başka bir randevusuyla çakışıyor.
msg-talk-offered-subject = { $facility } kabul görüşmesi için randevular
msg-talk-offered-body = { $facility }, { $child } hakkında bir kabul görüşmesine sizi davet ediyor. Lütfen Kita portalında bir randevu seçin: { $path }
msg-talk-booked-subject = { $at } tarihli kabul görüşmesi
msg-talk-booked-body = { $child } hakkında { $facility } ile kabul görüşmesi { $at } tarihinde. Takvim dosyası bu e-postanın ekindedir. Taşımak veya iptal etmek için: { $path }
msg-talk-cancelled-subject = { $at } tarihli kabul görüşmesi iptal edildi
msg-talk-cancelled-body = { $child } hakkında { $facility } ile { $at } tarihli kabul görüşmesi iptal edildi. Nedeni Kita portalında okuyabilirsiniz: { $path }
account-talk-booked = Kabul görüşmesi: { $at }
account-talk-open = Kabul görüşmesi için randevular: lütfen seçin
doc-kind-attachment = Mesaj eki
conv-attachment = Ek: { $name }
conv-file = Dosya ekle (isteğe bağlı)
conv-file-hint = PDF, JPEG veya PNG, en fazla 10 MB.
msg-announcement-subject = { $facility } kurumundan yeni duyuru
msg-announcement-body = { $facility }, bekleme listesindeki tüm ailelere bir duyuru gönderdi. Kita portalındaki gelen kutunuzda okuyabilirsiniz: { $path }
rule-announcement-nobody = Bu başlangıç için bekleme listesinde aile yok.
rule-talk-past = Kabul görüşmesi başladı veya gerçekleşti; artık taşınamaz veya iptal edilemez.
