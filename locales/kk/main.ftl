# Kazakh interface strings. Draft: not yet reviewed by a native speaker.
# Keep them short: they sit on buttons and in the header of a small phone.

## Frame of every page
app-name = Латвияда жұмыс
skip-to-content = Мәтінге өту
quick-exit = Шығу
quick-exit-label = Бұл сайттан қазір шығу
languages = Тіл
help = Көмек
emergency = Шұғыл көмек
new-version = Жаңа нұсқа дайын.
reload = Қайта жүктеу
sources = Дереккөздер
privacy-note = Бұл қолданба сіз туралы ештеңе жібермейді. Ол тек сіз таңдаған тілді осы телефонда сақтайды. Cookie файлдары жоқ. Бақылау жоқ.
call = Қоңырау шалу
hours = Жұмыс уақыты
email = Электрондық пошта
address = Мекенжай
languages-spoken = Тілдер

## Page parts with a value
checked-on = Тексерілген күні: { $date }
fact-expired = ({ $date } дейін күшінде болған: өзгерген болуы мүмкін)

## Translation notices (on a translated page)
draft-notice = Бұл аударма — алдын ала нұсқа. Оны ана тілінде сөйлейтін адам әлі тексерген жоқ.
stale-notice = Бұл аударма жасалғаннан кейін ағылшынша мәтін өзгерді. Аударма ескірген болуы мүмкін.
read-in-source = Бұл бетті оқу: { $language }
missing-notice = Бұл бет сіздің тіліңізге әлі аударылған жоқ.

## Offline: keep every language on the phone
keep-all = Барлық тілдерді осы телефонда сақтау
keep-all-size = Бұл телефонда шамамен { $size } орын алады.
keep-all-working = Сақталуда…
keep-all-done = Барлық тілдер сақталды. Олар интернетсіз жұмыс істейді.
keep-all-failed = Сақтау мүмкін болмады. Интернетке қосылып, қайта көріңіз.

## Home page
home-title = Латвияда жұмыс
home-summary = Латвиядағы жұмыстағы құқықтарыңыз және көмекті қайдан алуға болады.
home-heading = Латвияда жұмыс
home-intro = Латвиядағы жұмыстағы құқықтарыңыз. Көмекті қайдан алуға болады. Тегін және интернетсіз жұмыс істейді.

## Language choice (the page at /)
choose-language = Тіліңізді таңдаңыз
# On the start page, under the language that suits this phone: written in that language.
language-continue = Қазақ тілінде жалғастыру

## Search (the page /<lang>/search/, and the search box on the home page)
search = Іздеу
search-label = Беттер мен көмекті іздеу
search-title = Іздеу
search-summary = Бетті немесе көмек телефонын табыңыз.
search-none = Ештеңе табылмады. Басқа сөзді қолданып көріңіз немесе көмек бетін ашыңыз.

## No connection, and the page is not saved on the phone
offline-title = Интернет байланысы жоқ
offline-text = Бұл бет осы телефонда сақталмаған. Интернетке қосылып, қайта көріңіз. Сақталған беттер интернетсіз де жұмыс істейді.

## Page not found
not-found-title = Бет табылмады
not-found-text = Бұл бет жоқ. Ол басқа жерге көшірілген болуы мүмкін.
not-found-back = Басты бетке өту

## Help directory: what each organisation does (content/help.toml)
org-safe-house-about = Адам саудасынан зардап шеккен болуы мүмкін адамдарға көмек. Еуропалық Одақтан тыс елдерден келген жұмысшыларға тегін кеңес. Аймақтық кеңес телефондары да бар.
org-safe-house-hours = Дүйсенбіден жұмаға дейін, 9:00–17:00. Кеңсе телефоны: дүйсенбіден жұмаға дейін, 9:00–20:00.
org-safe-house-languages = Латыш, орыс, ағылшын тілдері
org-marta-about = Адам саудасынан зардап шеккен болуы мүмкін адамдарға көмек. 8000 нөмірі Латвияда тегін.
org-marta-hours = Дүйсенбіден жұмаға дейін, 10:00–18:00. Бұл уақыт 2017 жылғы мәлімет: ол өзгерген болуы мүмкін.
org-marta-languages = Әлі расталмаған.
org-labour-inspectorate-about = Жалақы, келісімшарттар, жұмыс уақыты және жұмыстағы қауіпсіздік туралы сұрақтар. Соңғы нөмір анонимді хабарламаларға арналған.
org-labour-inspectorate-hours = Әлі расталмаған.
org-labour-inspectorate-languages = Әлі расталмаған.
org-police-about = Полиция. 110 нөміріне қоңырау тегін. Полицияға жіберілген электрондық хат қауіпсіз электрондық қолтаңба қойылған болса ғана арыз болып саналады. Кез келген полиция бөлімшесіне де бара аласыз.
org-police-hours = Әлі расталмаған. Қауіп төнсе, 112 нөміріне қоңырау шалыңыз.
org-police-languages = Әлі расталмаған.
org-victim-support-about = Қылмыстан зардап шеккендерге арналған көмек телефоны. Қоңырау тегін. Олар сізді тыңдап, қолдау көрсетеді және жәбірленуші ретіндегі құқықтарыңызды түсіндіреді. www.cietusajiem.lv сайтында чат та бар.
org-victim-support-hours = Күн сайын, 12:00–22:00
org-victim-support-languages = Әлі расталмаған.
org-childrens-line-about = Балалар мен жасөспірімдерге арналған тегін желі, кез келген телефоннан. uzticibastalrunis.lv сайтында чат та бар.
org-childrens-line-hours = Күн сайын, тәулік бойы. Чат: дүйсенбіден жұмаға дейін, 12:00–20:00.
org-childrens-line-languages = Әлі расталмаған.
org-pmlp-about = Көші-қон мекемесі: визалар және тұруға рұқсаттар. Егер сіз Еуропалық Одақтан тыс елден келсеңіз, жалақыңыз немесе жұмыс орныңыз өзгерсе не жұмысыңыз аяқталса, жұмыс берушіңіз де, сіз де { $pmlp-report-days } күн ішінде PMLP-ге хабарлауыңыз керек.
org-pmlp-hours = Әлі расталмаған.
org-pmlp-languages = Әлі расталмаған.
org-ombudsman-about = Латвияның омбудсмені адамдардың құқықтарын қорғайды. Егер құқықтарыңыз сақталмаса, омбудсменге жаза аласыз. Электрондық хатқа қауіпсіз электрондық қолтаңба керек.
org-ombudsman-hours = Жеке қабылдау: дүйсенбіден бейсенбіге дейін, 9:00–16:00
org-ombudsman-languages = Әлі расталмаған.
org-safe-house-phone-office = Кеңсе
org-safe-house-phone-latgale = Латгале
org-safe-house-phone-kurzeme = Курземе
org-safe-house-phone-vidzeme = Видземе
org-safe-house-phone-zemgale = Земгале
org-embassy-india-about = Үндістан елшілігі. Үндістан азаматтарына консулдық көмек.
org-embassy-india-hours = Әлі расталмаған.
org-embassy-india-languages = Әлі расталмаған.
org-embassy-kazakhstan-about = Қазақстан елшілігі. Бұл байланыс деректері 2020 жылғы: олар өзгерген болуы мүмкін.
org-embassy-kazakhstan-hours = Әлі расталмаған.
org-embassy-kazakhstan-languages = Әлі расталмаған.
org-embassy-moldova-about = Молдова елшілігі. Консулдық көмек тек алдын ала жазылу арқылы көрсетіледі. Шұғыл байланыс телефоны тек Молдова азаматтарына, шұғыл жағдайда ғана арналған: мысалы, жазатайым оқиға болғанда, біреу қайтыс болғанда немесе қауіп төнгенде. Ол консулдық ақпарат бермейді.
org-embassy-moldova-hours = Қабылдауға сейсенбі және сәрсенбі күндері, 15:00–17:00 аралығында телефон арқылы жазылыңыз.
org-embassy-moldova-languages = Әлі расталмаған.
org-embassy-moldova-phone-appointments = Қабылдауға жазылу
org-embassy-moldova-phone-emergency = Шұғыл байланыс

# Listen: the page (or a question) read aloud by the phone's own voice for the language. The
# buttons show only when the phone has such a voice.
listen = Тыңдау
listen-pause = Кідірту
listen-resume = Жалғастыру
listen-stop = Тоқтату

## Share (on every page)
share-title = Осы бетпен бөлісу
share = Бөлісу
share-copy = Сілтемені көшіру
share-copied = Сілтеме көшірілді.
share-qr = QR кодты көрсету
share-qr-about = Басқа телефон осы кодты сканерлеп, бұл бетті аша алады.
