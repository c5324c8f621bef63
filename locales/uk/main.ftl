# Ukrainian interface strings. Draft: not yet reviewed by a native speaker.
# Keep them short: they sit on buttons and in the header of a small phone.

## Frame of every page
app-name = Робота в Латвії
skip-to-content = Перейти до тексту
quick-exit = Вийти
quick-exit-label = Негайно залишити цей сайт
languages = Мова
help = Допомога
emergency = Екстрений виклик
new-version = Нова версія готова.
reload = Оновити
sources = Джерела
privacy-note = Цей застосунок нічого не надсилає про вас. Він зберігає лише мову, яку ви обрали, на цьому телефоні. Без файлів cookie. Без стеження.
call = Зателефонувати
hours = Години роботи
email = Ел. пошта
address = Адреса
languages-spoken = Мови

## Page parts with a value
checked-on = Перевірено { $date }
fact-expired = (діяло до { $date }: могло змінитися)

## Translation notices (on a translated page)
draft-notice = Це чернетка перекладу. Носій мови ще не перевірив її.
stale-notice = Англійський текст змінився після цього перекладу. Переклад може бути застарілим.
read-in-source = Читати цю сторінку мовою: { $language }
missing-notice = Цю сторінку ще не перекладено вашою мовою.

## Offline: keep every language on the phone
keep-all = Зберегти всі мови на цьому телефоні
keep-all-size = На телефоні це займе близько { $size }.
keep-all-working = Збереження…
keep-all-done = Усі мови збережено. Вони працюють без інтернету.
keep-all-failed = Не вдалося зберегти. Підключіться до інтернету і спробуйте ще раз.

## Home page
home-title = Робота в Латвії
home-summary = Ваші права на роботі в Латвії і де отримати допомогу.
home-heading = Робота в Латвії
home-intro = Ваші права на роботі в Латвії. Де отримати допомогу. Безкоштовно і працює без інтернету.

## Language choice (the page at /)
choose-language = Оберіть мову
# On the start page, under the language that suits this phone: written in that language.
language-continue = Продовжити українською

## Search (the page /<lang>/search/, and the search box on the home page)
search = Пошук
search-label = Пошук сторінок і допомоги
search-title = Пошук
search-summary = Знайдіть сторінку або лінію допомоги.
search-none = Нічого не знайдено. Спробуйте інше слово або відкрийте сторінку допомоги.

## No connection, and the page is not saved on the phone
offline-title = Немає підключення до інтернету
offline-text = Цю сторінку не збережено на цьому телефоні. Підключіться до інтернету і спробуйте ще раз. Збережені сторінки працюють і без інтернету.

## Page not found
not-found-title = Сторінку не знайдено
not-found-text = Такої сторінки немає. Можливо, її перенесено.
not-found-back = На початкову сторінку

## Help directory: what each organisation does (content/help.toml)
org-safe-house-about = Допомога людям, які могли постраждати від торгівлі людьми. Безкоштовні консультації для працівників із країн поза ЄС. Є також регіональні лінії для консультацій.
org-safe-house-hours = З понеділка по п’ятницю, 9:00–17:00. Лінія офісу: з понеділка по п’ятницю, 9:00–20:00.
org-safe-house-languages = латиська, російська, англійська
org-marta-about = Допомога людям, які могли постраждати від торгівлі людьми. Номер 8000 безкоштовний у Латвії.
org-marta-hours = З понеділка по п’ятницю, 10:00–18:00. Ці години вказано за даними 2017 року: вони могли змінитися.
org-marta-languages = Ще не підтверджено.
org-labour-inspectorate-about = Питання про зарплату, договори, робочий час і безпеку на роботі. Останній номер — для анонімних повідомлень.
org-labour-inspectorate-hours = Ще не підтверджено.
org-labour-inspectorate-languages = Ще не підтверджено.
org-police-about = Поліція. Дзвінок на 110 безкоштовний. Електронний лист до поліції вважається заявою, тільки якщо в ньому є захищений електронний підпис. Ви також можете прийти до будь-якого відділку поліції.
org-police-hours = Ще не підтверджено. Якщо вам загрожує небезпека, телефонуйте 112.
org-police-languages = Ще не підтверджено.
org-victim-support-about = Лінія допомоги для постраждалих від злочинів. Дзвінок безкоштовний. Вас вислухають, підтримають і пояснять ваші права як постраждалої особи. Є також чат на www.cietusajiem.lv.
org-victim-support-hours = Щодня, 12:00–22:00
org-victim-support-languages = Ще не підтверджено.
org-childrens-line-about = Безкоштовна лінія для дітей і підлітків, з будь-якого телефону. Є також чат на uzticibastalrunis.lv.
org-childrens-line-hours = Щодня, цілодобово. Чат: з понеділка по п'ятницю, 12:00–20:00.
org-childrens-line-languages = Ще не підтверджено.
org-pmlp-about = Міграційна служба: візи та посвідки на проживання. Якщо ви приїхали з країни поза ЄС, ви і ваш роботодавець маєте повідомити PMLP протягом { $pmlp-report-days } днів, коли змінюється ваша зарплата чи місце роботи, а також коли закінчується ваша робота.
org-pmlp-hours = Ще не підтверджено.
org-pmlp-languages = Ще не підтверджено.
org-ombudsman-about = Омбудсман Латвії захищає права людей. Ви можете написати омбудсману, якщо ваших прав не дотримуються. Для електронного листа потрібен захищений електронний підпис.
org-ombudsman-hours = Особистий прийом: з понеділка по четвер, 9:00–16:00
org-ombudsman-languages = Ще не підтверджено.
org-safe-house-phone-office = Офіс
org-safe-house-phone-latgale = Латгалія
org-safe-house-phone-kurzeme = Курземе
org-safe-house-phone-vidzeme = Відземе
org-safe-house-phone-zemgale = Земгале
org-embassy-india-about = Посольство Індії. Консульська допомога для громадян Індії.
org-embassy-india-hours = Ще не підтверджено.
org-embassy-india-languages = Ще не підтверджено.
org-embassy-kazakhstan-about = Посольство Казахстану. Цей контакт — з 2020 року: він міг змінитися.
org-embassy-kazakhstan-hours = Ще не підтверджено.
org-embassy-kazakhstan-languages = Ще не підтверджено.
org-embassy-moldova-about = Посольство Молдови. Консульська допомога — лише за попереднім записом. Екстрена лінія — лише для громадян Молдови в надзвичайній ситуації, наприклад у разі нещасного випадку, смерті або небезпеки. Консультацій з консульських питань вона не надає.
org-embassy-moldova-hours = Записатися на прийом можна телефоном у вівторок і середу, 15:00–17:00.
org-embassy-moldova-languages = Ще не підтверджено.
org-embassy-moldova-phone-appointments = Запис на прийом
org-embassy-moldova-phone-emergency = Екстрена лінія

# Listen: the page (or a question) read aloud by the phone's own voice for the language. The
# buttons show only when the phone has such a voice.
listen = Слухати
listen-pause = Пауза
listen-resume = Продовжити
listen-stop = Зупинити

## Share (on every page)
share-title = Поділитися цією сторінкою
share = Поділитися
share-copy = Копіювати посилання
share-copied = Посилання скопійовано.
share-qr = Показати QR-код
share-qr-about = Інший телефон може відсканувати цей код і відкрити цю сторінку.
