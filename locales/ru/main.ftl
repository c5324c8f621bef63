# Russian interface strings. Draft: not yet reviewed by a native speaker.
# Keep them short: they sit on buttons and in the header of a small phone.

## Frame of every page
app-name = Работа в Латвии
skip-to-content = Перейти к тексту
quick-exit = Выйти
quick-exit-label = Сразу покинуть этот сайт
languages = Язык
help = Помощь
emergency = Экстренный вызов
new-version = Готова новая версия.
reload = Обновить
sources = Источники
privacy-note = Это приложение ничего не отправляет о вас. Оно хранит только выбранный вами язык, на этом телефоне. Без файлов cookie. Без отслеживания.
call = Позвонить
hours = Часы работы
email = Эл. почта
address = Адрес
languages-spoken = Языки

## Page parts with a value
checked-on = Проверено { $date }
fact-expired = (действовало до { $date }: могло измениться)

## Translation notices (on a translated page)
draft-notice = Это черновик перевода. Носитель языка его ещё не проверил.
stale-notice = Английский текст изменился после этого перевода. Перевод может быть устаревшим.
read-in-source = Читать эту страницу на языке: { $language }
missing-notice = Эта страница ещё не переведена на ваш язык.

## Offline: keep every language on the phone
keep-all = Сохранить все языки на этом телефоне
keep-all-size = На телефоне это займёт около { $size }.
keep-all-working = Сохранение…
keep-all-done = Все языки сохранены. Они работают без интернета.
keep-all-failed = Не удалось сохранить. Подключитесь к интернету и попробуйте ещё раз.

## Home page
home-title = Работа в Латвии
home-summary = Ваши права на работе в Латвии и где получить помощь.
home-heading = Работа в Латвии
home-intro = Ваши права на работе в Латвии. Где получить помощь. Бесплатно и работает без интернета.

## Language choice (the page at /)
choose-language = Выберите язык
# On the start page, under the language that suits this phone: written in that language.
language-continue = Продолжить на русском

## Search (the page /<lang>/search/, and the search box on the home page)
search = Поиск
search-label = Поиск по страницам и помощи
search-title = Поиск
search-summary = Найдите страницу или телефон помощи.
search-none = Ничего не найдено. Попробуйте другое слово или откройте страницу помощи.

## No connection, and the page is not saved on the phone
offline-title = Нет подключения к интернету
offline-text = Эта страница не сохранена на этом телефоне. Подключитесь к интернету и попробуйте ещё раз. Сохранённые страницы работают и без интернета.

## Page not found
not-found-title = Страница не найдена
not-found-text = Такой страницы нет. Возможно, она перемещена.
not-found-back = На начальную страницу

## Help directory: what each organisation does (content/help.toml)
org-safe-house-about = Помощь людям, которые могли пострадать от торговли людьми. Бесплатные консультации для работников из стран вне ЕС. Есть также региональные телефоны для консультаций.
org-safe-house-hours = С понедельника по пятницу, 9:00–17:00. Телефон офиса: с понедельника по пятницу, 9:00–20:00.
org-safe-house-languages = латышский, русский, английский
org-marta-about = Помощь людям, которые могли пострадать от торговли людьми. Номер 8000 бесплатный в Латвии.
org-marta-hours = С понедельника по пятницу, 10:00–18:00. Эти часы работы — данные 2017 года: они могли измениться.
org-marta-languages = Пока не подтверждено.
org-labour-inspectorate-about = Вопросы о зарплате, договорах, рабочем времени и безопасности на работе. Последний номер — для анонимных сообщений.
org-labour-inspectorate-hours = Пока не подтверждено.
org-labour-inspectorate-languages = Пока не подтверждено.
org-police-about = Полиция. Звонок на 110 бесплатный. Электронное письмо в полицию считается заявлением, только если в нём есть безопасная электронная подпись. Вы также можете прийти в любое отделение полиции.
org-police-hours = Пока не подтверждено. Если вам угрожает опасность, звоните 112.
org-police-languages = Пока не подтверждено.
org-victim-support-about = Телефон помощи для пострадавших от преступлений. Звонок бесплатный. Вас выслушают, поддержат и объяснят ваши права как пострадавшего. Есть также чат на www.cietusajiem.lv.
org-victim-support-hours = Каждый день, 12:00–22:00
org-victim-support-languages = Пока не подтверждено.
org-childrens-line-about = Бесплатная линия для детей и подростков, с любого телефона. Есть также чат на uzticibastalrunis.lv.
org-childrens-line-hours = Каждый день, круглосуточно. Чат: с понедельника по пятницу, 12:00–20:00.
org-childrens-line-languages = Пока не подтверждено.
org-pmlp-about = Миграционная служба: визы и виды на жительство. Если вы приехали из страны вне ЕС, вы и ваш работодатель должны сообщить в PMLP в течение { $pmlp-report-days } дней, когда меняется ваша зарплата или место работы, а также когда заканчивается ваша работа.
org-pmlp-hours = Пока не подтверждено.
org-pmlp-languages = Пока не подтверждено.
org-ombudsman-about = Омбудсмен Латвии защищает права людей. Вы можете написать омбудсмену, если ваши права не соблюдаются. Электронное письмо должно быть подписано безопасной электронной подписью.
org-ombudsman-hours = Приём посетителей: с понедельника по четверг, 9:00–16:00
org-ombudsman-languages = Пока не подтверждено.
org-safe-house-phone-office = Офис
org-safe-house-phone-latgale = Латгале
org-safe-house-phone-kurzeme = Курземе
org-safe-house-phone-vidzeme = Видземе
org-safe-house-phone-zemgale = Земгале
org-embassy-india-about = Посольство Индии. Консульская помощь гражданам Индии.
org-embassy-india-hours = Пока не подтверждено.
org-embassy-india-languages = Пока не подтверждено.
org-embassy-kazakhstan-about = Посольство Казахстана. Эти контакты — данные 2020 года: они могли измениться.
org-embassy-kazakhstan-hours = Пока не подтверждено.
org-embassy-kazakhstan-languages = Пока не подтверждено.
org-embassy-moldova-about = Посольство Молдовы. Консульская помощь только по предварительной записи. Экстренная линия — только для граждан Молдовы в экстренных случаях, например при несчастном случае, смерти или опасности. Консульскую информацию по ней не дают.
org-embassy-moldova-hours = Запись по телефону во вторник и среду, 15:00–17:00.
org-embassy-moldova-languages = Пока не подтверждено.
org-embassy-moldova-phone-appointments = Запись
org-embassy-moldova-phone-emergency = Экстренная линия

# Listen: the page (or a question) read aloud by the phone's own voice for the language. The
# buttons show only when the phone has such a voice.
listen = Слушать
listen-pause = Пауза
listen-resume = Продолжить
listen-stop = Остановить

## Share (on every page)
share-title = Поделиться этой страницей
share = Поделиться
share-copy = Копировать ссылку
share-copied = Ссылка скопирована.
share-qr = Показать QR-код
share-qr-about = Другой телефон может отсканировать этот код и открыть эту страницу.
