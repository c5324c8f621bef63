# Uzbek interface strings. Draft: not yet reviewed by a native speaker.
# Keep them short: they sit on buttons and in the header of a small phone.

## Frame of every page
app-name = Latviyada ish
skip-to-content = Matnga oʻtish
quick-exit = Chiqish
quick-exit-label = Bu saytdan hozir chiqish
languages = Til
help = Yordam
emergency = Shoshilinch yordam
new-version = Yangi versiya tayyor.
reload = Qayta yuklash
sources = Manbalar
privacy-note = Bu ilova siz haqingizda hech narsa yubormaydi. U faqat siz tanlagan tilni shu telefonda saqlaydi. Cookie-fayllar yoʻq. Kuzatuv yoʻq.
call = Qoʻngʻiroq qilish
hours = Ish vaqti
email = E-pochta
address = Manzil
languages-spoken = Tillar

## Page parts with a value
checked-on = Tekshirilgan sana: { $date }
fact-expired = ({ $date } gacha amal qilgan: oʻzgargan boʻlishi mumkin)

## Translation notices (on a translated page)
draft-notice = Bu tarjima qoralama. Uni hali ona tilida soʻzlashuvchi tekshirmagan.
stale-notice = Bu tarjima qilinganidan keyin inglizcha matn oʻzgargan. Tarjima eskirgan boʻlishi mumkin.
read-in-source = Bu sahifani oʻqish: { $language }
missing-notice = Bu sahifa hali sizning tilingizga tarjima qilinmagan.

## Offline: keep every language on the phone
keep-all = Barcha tillarni shu telefonda saqlash
keep-all-size = Bu telefonda taxminan { $size } joy egallaydi.
keep-all-working = Saqlanmoqda…
keep-all-done = Barcha tillar saqlandi. Ular internetsiz ishlaydi.
keep-all-failed = Saqlab boʻlmadi. Internetga ulaning va qayta urinib koʻring.

## Home page
home-title = Latviyada ish
home-summary = Latviyada ishdagi huquqlaringiz va qayerdan yordam olish mumkin.
home-heading = Latviyada ish
home-intro = Latviyada ishdagi huquqlaringiz. Qayerdan yordam olish mumkin. Bepul va internetsiz ishlaydi.

## Language choice (the page at /)
choose-language = Tilingizni tanlang
# On the start page, under the language that suits this phone: written in that language.
language-continue = Oʻzbek tilida davom etish

## Search (the page /<lang>/search/, and the search box on the home page)
search = Qidirish
search-label = Sahifalar va yordamni qidirish
search-title = Qidirish
search-summary = Sahifa yoki yordam telefonini toping.
search-none = Hech narsa topilmadi. Boshqa soʻz bilan urinib koʻring yoki yordam sahifasini oching.

## No connection, and the page is not saved on the phone
offline-title = Internet aloqasi yoʻq
offline-text = Bu sahifa shu telefonda saqlanmagan. Internetga ulaning va qayta urinib koʻring. Saqlangan sahifalar internetsiz ham ishlaydi.

## Page not found
not-found-title = Sahifa topilmadi
not-found-text = Bu sahifa mavjud emas. U boshqa joyga koʻchirilgan boʻlishi mumkin.
not-found-back = Bosh sahifaga oʻtish

## Help directory: what each organisation does (content/help.toml)
org-safe-house-about = Odam savdosidan jabrlangan boʻlishi mumkin boʻlgan odamlarga yordam. Yevropa Ittifoqidan tashqaridan kelgan ishchilar uchun bepul maslahat. Hududiy maslahat telefonlari ham bor.
org-safe-house-hours = Dushanbadan jumagacha, 9:00–17:00. Idora telefoni: dushanbadan jumagacha, 9:00–20:00.
org-safe-house-languages = Latish, rus, ingliz tillari
org-marta-about = Odam savdosidan jabrlangan boʻlishi mumkin boʻlgan odamlarga yordam. 8000 raqami Latviyada bepul.
org-marta-hours = Dushanbadan jumagacha, 10:00–18:00. Bu ish vaqti 2017-yilga oid: u oʻzgargan boʻlishi mumkin.
org-marta-languages = Hali tasdiqlanmagan.
org-labour-inspectorate-about = Ish haqi, shartnomalar, ish vaqti va ishdagi xavfsizlik boʻyicha savollar. Oxirgi raqam anonim xabarlar uchun.
org-labour-inspectorate-hours = Hali tasdiqlanmagan.
org-labour-inspectorate-languages = Hali tasdiqlanmagan.
org-police-about = Politsiya. 110 raqamiga qoʻngʻiroq bepul. Politsiyaga yuborilgan elektron xat faqat xavfsiz elektron imzo qoʻyilgan boʻlsa ariza hisoblanadi. Istalgan politsiya boʻlimiga borishingiz ham mumkin.
org-police-hours = Hali tasdiqlanmagan. Xavf ostida boʻlsangiz, 112 raqamiga qoʻngʻiroq qiling.
org-police-languages = Hali tasdiqlanmagan.
org-victim-support-about = Jinoyatdan jabrlanganlar uchun yordam telefoni. Qoʻngʻiroq bepul. Ular sizni tinglaydi, qoʻllab-quvvatlaydi va jabrlanuvchi sifatidagi huquqlaringizni tushuntiradi. www.cietusajiem.lv saytida chat ham bor.
org-victim-support-hours = Har kuni, 12:00–22:00
org-victim-support-languages = Hali tasdiqlanmagan.
org-childrens-line-about = Bolalar va o'smirlar uchun bepul liniya, istalgan telefondan. uzticibastalrunis.lv saytida chat ham bor.
org-childrens-line-hours = Har kuni, kecha-kunduz. Chat: dushanbadan jumagacha, 12:00–20:00.
org-childrens-line-languages = Hali tasdiqlanmagan.
org-pmlp-about = Migratsiya idorasi: vizalar va yashash uchun ruxsatnomalar. Agar siz Yevropa Ittifoqidan tashqaridan kelgan boʻlsangiz, ish haqingiz yoki ish joyingiz oʻzgarsa yoxud ishingiz tugasa, ish beruvchingiz ham, siz ham { $pmlp-report-days } kun ichida PMLPga xabar berishingiz shart.
org-pmlp-hours = Hali tasdiqlanmagan.
org-pmlp-languages = Hali tasdiqlanmagan.
org-ombudsman-about = Latviya ombudsmani odamlarning huquqlarini himoya qiladi. Agar huquqlaringizga rioya qilinmasa, ombudsmanga yozishingiz mumkin. Elektron xatga xavfsiz elektron imzo kerak.
org-ombudsman-hours = Shaxsan qabul: dushanbadan payshanbagacha, 9:00–16:00
org-ombudsman-languages = Hali tasdiqlanmagan.
org-safe-house-phone-office = Idora
org-safe-house-phone-latgale = Latgale
org-safe-house-phone-kurzeme = Kurzeme
org-safe-house-phone-vidzeme = Vidzeme
org-safe-house-phone-zemgale = Zemgale
org-embassy-india-about = Hindiston elchixonasi. Hindiston fuqarolari uchun konsullik yordami.
org-embassy-india-hours = Hali tasdiqlanmagan.
org-embassy-india-languages = Hali tasdiqlanmagan.
org-embassy-kazakhstan-about = Qozogʻiston elchixonasi. Bu aloqa maʼlumotlari 2020-yilga oid: ular oʻzgargan boʻlishi mumkin.
org-embassy-kazakhstan-hours = Hali tasdiqlanmagan.
org-embassy-kazakhstan-languages = Hali tasdiqlanmagan.
org-embassy-moldova-about = Moldova elchixonasi. Konsullik yordami faqat oldindan qabulga yozilganda koʻrsatiladi. Shoshilinch aloqa telefoni faqat Moldova fuqarolari uchun, shoshilinch holatda: masalan, baxtsiz hodisa, oʻlim yoki xavf boʻlganda. U konsullik maʼlumotlarini bermaydi.
org-embassy-moldova-hours = Seshanba va chorshanba kunlari, 15:00–17:00 da telefon orqali qabulga yoziling.
org-embassy-moldova-languages = Hali tasdiqlanmagan.
org-embassy-moldova-phone-appointments = Qabulga yozilish
org-embassy-moldova-phone-emergency = Shoshilinch aloqa

# Listen: the page (or a question) read aloud by the phone's own voice for the language. The
# buttons show only when the phone has such a voice.
listen = Tinglash
listen-pause = Pauza
listen-resume = Davom etish
listen-stop = Toʻxtatish

## Share (on every page)
share-title = Bu sahifani ulashish
share = Ulashish
share-copy = Havolani nusxalash
share-copied = Havola nusxalandi.
share-qr = QR kodni koʻrsatish
share-qr-about = Boshqa telefon bu kodni skanerlab, shu sahifani ochishi mumkin.
