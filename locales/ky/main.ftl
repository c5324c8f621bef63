# Kyrgyz interface strings. Draft: not yet reviewed by a native speaker.
# Keep them short: they sit on buttons and in the header of a small phone.

## Frame of every page
app-name = Латвияда иш
skip-to-content = Текстке өтүү
quick-exit = Чыгуу
quick-exit-label = Бул сайттан азыр чыгуу
languages = Тил
help = Жардам
emergency = Шашылыш жардам
new-version = Жаңы версия даяр.
reload = Кайра жүктөө
sources = Булактар
privacy-note = Бул тиркеме сиз тууралуу эч нерсе жөнөтпөйт. Ал сиз тандаган тилди гана ушул телефондо сактайт. Cookie файлдары жок. Көз салуу жок.
call = Чалуу
hours = Иш убактысы
email = Электрондук почта
address = Дарек
languages-spoken = Тилдер

## Page parts with a value
checked-on = Текшерилген күнү: { $date }
fact-expired = ({ $date } чейин күчүндө болгон: өзгөргөн болушу мүмкүн)

## Translation notices (on a translated page)
draft-notice = Бул котормо — алдын ала вариант. Аны эне тилинде сүйлөгөн адам али текшере элек.
stale-notice = Бул котормо жасалгандан кийин англисче текст өзгөрдү. Котормо эскирген болушу мүмкүн.
read-in-source = Бул баракты окуу: { $language }
missing-notice = Бул барак сиздин тилиңизге азырынча которула элек.

## Offline: keep every language on the phone
keep-all = Бардык тилдерди ушул телефондо сактоо
keep-all-size = Бул телефондо болжол менен { $size } орун алат.
keep-all-working = Сакталууда…
keep-all-done = Бардык тилдер сакталды. Алар интернетсиз иштейт.
keep-all-failed = Сактоо мүмкүн болгон жок. Интернетке туташып, кайра аракет кылыңыз.

## Home page
home-title = Латвияда иш
home-summary = Латвиядагы жумуштагы укуктарыңыз жана жардамды кайдан алса болот.
home-heading = Латвияда иш
home-intro = Латвиядагы жумуштагы укуктарыңыз. Жардамды кайдан алса болот. Акысыз жана интернетсиз иштейт.

## Language choice (the page at /)
choose-language = Тилиңизди тандаңыз
# On the start page, under the language that suits this phone: written in that language.
language-continue = Кыргыз тилинде улантуу

## Search (the page /<lang>/search/, and the search box on the home page)
search = Издөө
search-label = Барактарды жана жардамды издөө
search-title = Издөө
search-summary = Баракты же жардам телефонун табыңыз.
search-none = Эч нерсе табылган жок. Башка сөздү колдонуп көрүңүз же жардам барагын ачыңыз.

## No connection, and the page is not saved on the phone
offline-title = Интернет байланышы жок
offline-text = Бул барак ушул телефондо сакталган эмес. Интернетке туташып, кайра аракет кылыңыз. Сакталган барактар интернетсиз да иштейт.

## Page not found
not-found-title = Барак табылган жок
not-found-text = Бул барак жок. Ал башка жерге көчүрүлгөн болушу мүмкүн.
not-found-back = Башкы баракка өтүү

## Help directory: what each organisation does (content/help.toml)
org-safe-house-about = Адам сатуудан жабыр тарткан болушу мүмкүн адамдарга жардам. Европа Биримдигинен тышкаркы өлкөлөрдөн келген жумушчуларга акысыз кеңеш. Аймактык кеңеш берүү телефондору да бар.
org-safe-house-hours = Дүйшөмбүдөн жумага чейин, 9:00–17:00. Кеңсенин телефону: дүйшөмбүдөн жумага чейин, 9:00–20:00.
org-safe-house-languages = Латыш, орус, англис тилдери
org-marta-about = Адам сатуудан жабыр тарткан болушу мүмкүн адамдарга жардам. 8000 номери Латвияда акысыз.
org-marta-hours = Дүйшөмбүдөн жумага чейин, 10:00–18:00. Бул убакыт 2017-жылдагы маалымат: өзгөргөн болушу мүмкүн.
org-marta-languages = Азырынча тастыкталган жок.
org-labour-inspectorate-about = Эмгек акы, келишимдер, иш убактысы жана жумуштагы коопсуздук боюнча суроолор. Акыркы номер анонимдүү билдирүүлөр үчүн.
org-labour-inspectorate-hours = Азырынча тастыкталган жок.
org-labour-inspectorate-languages = Азырынча тастыкталган жок.
org-police-about = Полиция. 110 номерине чалуу акысыз. Полицияга жөнөтүлгөн электрондук кат коопсуз электрондук кол тамгасы болсо гана арыз катары эсептелет. Каалаган полиция бөлүмүнө да барсаңыз болот.
org-police-hours = Азырынча тастыкталган жок. Коркунуч болсо, 112 номерине чалыңыз.
org-police-languages = Азырынча тастыкталган жок.
org-victim-support-about = Кылмыштан жабыр тарткандар үчүн жардам телефону. Чалуу акысыз. Алар сизди угуп, колдоп, жабыр тарткан адам катары укуктарыңызды түшүндүрүшөт. www.cietusajiem.lv сайтында чат да бар.
org-victim-support-hours = Күн сайын, 12:00–22:00
org-victim-support-languages = Азырынча тастыкталган жок.
org-childrens-line-about = Балдар жана өспүрүмдөр үчүн акысыз линия, каалаган телефондон. uzticibastalrunis.lv сайтында чат да бар.
org-childrens-line-hours = Күн сайын, сутка бою. Чат: дүйшөмбүдөн жумага чейин, 12:00–20:00.
org-childrens-line-languages = Азырынча тастыкталган жок.
org-pmlp-about = Миграция мекемеси: визалар жана жашоого уруксаттар. Эгер сиз Европа Биримдигинен тышкаркы өлкөдөн келсеңиз, эмгек акыңыз же иш ордуңуз өзгөрсө, же жумушуңуз бүтсө, иш берүүчүңүз да, сиз да { $pmlp-report-days } күндүн ичинде PMLP-ге билдиришиңиз керек.
org-pmlp-hours = Азырынча тастыкталган жок.
org-pmlp-languages = Азырынча тастыкталган жок.
org-ombudsman-about = Латвиянын Акыйкатчысы адамдардын укуктарын коргойт. Эгер укуктарыңыз сакталбаса, Акыйкатчыга жаза аласыз. Электрондук катка коопсуз электрондук кол тамга керек.
org-ombudsman-hours = Жеке кабыл алуу: дүйшөмбүдөн бейшембиге чейин, 9:00–16:00
org-ombudsman-languages = Азырынча тастыкталган жок.
org-safe-house-phone-office = Кеңсе
org-safe-house-phone-latgale = Латгале
org-safe-house-phone-kurzeme = Курземе
org-safe-house-phone-vidzeme = Видземе
org-safe-house-phone-zemgale = Земгале
org-embassy-india-about = Индиянын элчилиги. Индиянын жарандарына консулдук жардам.
org-embassy-india-hours = Азырынча тастыкталган жок.
org-embassy-india-languages = Азырынча тастыкталган жок.
org-embassy-kazakhstan-about = Казакстандын элчилиги. Бул байланыш маалыматы 2020-жылдагы: өзгөргөн болушу мүмкүн.
org-embassy-kazakhstan-hours = Азырынча тастыкталган жок.
org-embassy-kazakhstan-languages = Азырынча тастыкталган жок.
org-embassy-moldova-about = Молдованын элчилиги. Консулдук жардам алдын ала жазылуу менен гана берилет. Шашылыш телефон Молдованын жарандары үчүн шашылыш учурларда гана, мисалы, кырсык, өлүм же коркунуч болгондо. Ал консулдук маалымат бербейт.
org-embassy-moldova-hours = Кабыл алууга телефон аркылуу шейшемби жана шаршемби күндөрү, 15:00–17:00 жазылыңыз.
org-embassy-moldova-languages = Азырынча тастыкталган жок.
org-embassy-moldova-phone-appointments = Кабыл алууга жазылуу
org-embassy-moldova-phone-emergency = Шашылыш телефон

# Listen: the page (or a question) read aloud by the phone's own voice for the language. The
# buttons show only when the phone has such a voice.
listen = Угуу
listen-pause = Тындыруу
listen-resume = Улантуу
listen-stop = Токтотуу

## Share (on every page)
share-title = Бул барак менен бөлүшүү
share = Бөлүшүү
share-copy = Шилтемени көчүрүү
share-copied = Шилтеме көчүрүлдү.
share-qr = QR кодду көрсөтүү
share-qr-about = Башка телефон бул кодду сканерлеп, ушул баракты ача алат.
