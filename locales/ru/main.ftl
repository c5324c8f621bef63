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
org-safe-house-about = Помощь людям, которые могли пострадать от торговли людьми. Бесплатные консультации для работников из стран вне ЕС.
org-safe-house-hours = С понедельника по пятницу, 9:00–17:00 (+371 67898343: 9:00–20:00)
org-safe-house-languages = латышский, русский, английский
org-marta-about = Помощь людям, которые могли пострадать от торговли людьми. Номер 8000 бесплатный в Латвии.
org-marta-hours = С понедельника по пятницу, 10:00–18:00
org-marta-languages = латышский, русский, английский
org-labour-inspectorate-about = Вопросы о зарплате, договорах, рабочем времени и безопасности на работе. Последний номер — для анонимных сообщений.
org-labour-inspectorate-hours = Пока не подтверждено.
org-labour-inspectorate-languages = Пока не подтверждено.
org-police-about = Полиция. Звонок бесплатный. В опасности звоните 112.
org-police-hours = Пока не подтверждено. В опасности звоните 112.
org-police-languages = Пока не подтверждено.
org-victim-support-about = Телефон помощи для пострадавших от преступлений.
org-victim-support-hours = Пока не подтверждено.
org-victim-support-languages = Пока не подтверждено.
org-pmlp-about = Миграционная служба: визы и виды на жительство. Если вы приехали из страны вне ЕС, вы и ваш работодатель должны сообщить в PMLP в течение 3 дней, когда меняется ваша зарплата или место работы, а также когда заканчивается ваша работа.
org-pmlp-hours = Пока не подтверждено.
org-pmlp-languages = Пока не подтверждено.
org-ombudsman-about = Омбудсмен Латвии защищает права людей. Вы можете написать омбудсмену, если ваши права не соблюдаются.
org-ombudsman-hours = Пока не подтверждено.
org-ombudsman-languages = Пока не подтверждено.
