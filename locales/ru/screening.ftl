# The screening aid for professionals: /en/screening/ (choose the person's language) and
# /en/screening/<language>/ (the questions in two languages on one phone). The questions are
# the self-check's (check-q-* in check.ftl); content/screening.toml ties them to the ILO
# indicators.
#
# Messages marked "person" are also shown to the person, in the person's language, beside the
# professional's. Speak to the person in plain words: "I", "you".
# Russian draft: not yet reviewed by a native speaker.

screening-title = Инструмент первичной проверки на двух языках
screening-summary = Для полицейских, пограничников, трудовых инспекторов, социальных работников и врачей без переводчика: человек читает вопросы на своём языке.
screening-intro = Используйте этот инструмент, когда вы встречаете человека, которому, возможно, нужна помощь, а переводчика у вас нет. Вы читаете каждый вопрос на своём языке. Человек читает тот же вопрос на своём языке и нажимает на ответ на этом телефоне.
screening-private = Ничего не сохраняется и никуда не отправляется. Ответы остаются на этом экране, пока вы их не сотрёте или не уйдёте со страницы.
screening-not-verdict = Вопросы основаны на индикаторах торговли людьми МОТ. Они показывают признаки, а не решение. Официальную идентификацию проводят полиция, прокурор, суд или комиссия поставщика услуг.
screening-choose = На каком языке читает человек?
# The title of the page with the questions. { $language }: the person's language, in its own script.
screening-pair-title = Инструмент первичной проверки: { $language }
screening-give-phone = Дайте телефон человеку. Человек может прочитать всё, что на экране.
screening-list-intro = Без JavaScript вопросы показаны списком ниже. Задавайте их по одному.

# person: the opening
screening-opening-who = Я работаю в одной из государственных служб Латвии. Я хочу понять вашу ситуацию и узнать, нужна ли вам помощь.
# person
screening-opening-stop = Вы не обязаны отвечать. Вы можете остановиться в любой момент.
# person
screening-opening-private = Ваши ответы не сохраняются и никуда не отправляются. Они исчезнут, когда мы закроем эту страницу.
# person
screening-opening-how = Вы увидите вопросы на своём языке. Прочитайте каждый вопрос и нажмите на свой ответ.
# person: the button that starts the questions
screening-begin = Начать
# person: the button to the next screen
screening-next = Далее

# person: the closing
screening-closing-thanks = Спасибо за ваши ответы.
# person
screening-closing-give-back = Пожалуйста, верните мне телефон.

# The screen the professional fills in alone.
screening-observed-title = Что вы заметили
screening-observed-intro = Отметьте признаки, которые вы заметили сами, не задавая вопросов.

# The summary, for the professional.
screening-summary-title = Сводка признаков
# { $n }: how many dimensions reach the ILO rule; { $total }: how many there are (6).
screening-met = Признаки в { $n } из { $total } измерений соответствуют правилу сочетания МОТ.
screening-rule = Измерение соответствует правилу, если в нём есть не менее: двух сильных признаков; или одного сильного и одного среднего или слабого признака; или трёх средних признаков; или двух средних признаков и одного слабого признака.
screening-none = Ни в ответах, ни в том, что вы заметили, не было ни одного признака. Это ничего не исключает.
screening-dimension-met = Соответствует правилу
screening-dimension-below = Не соответствует правилу
screening-grade-strong = сильный
screening-grade-medium = средний
screening-grade-weak = слабый
# Before the answer that showed the sign, e.g. "Answer: No".
screening-answer = Ответ:
screening-observed-sign = Вы это заметили.
screening-unsure = Человек не был уверен в ответах на эти вопросы:

screening-refer-title = Что делать сейчас
screening-refer-both = Если вы видите признаки торговли людьми, сообщите об этом и в Государственную полицию, и поставщику услуг (приют «Безопасный дом» или Центр MARTA).
screening-refer-first = Дайте человеку первичную информацию: номера телефонов поставщиков услуг, они указаны ниже.
screening-refer-identify = Признать человека жертвой торговли людьми могут полиция, прокурор или суд. Комиссия поставщика услуг может сделать это без полиции. Человек также может сам обратиться к поставщику услуг.

# person: what the person can expect, in their language
screening-expect-title = Что может быть дальше
# person
screening-expect-inform = В Латвии я сообщаю об этом в Государственную полицию и в службу поддержки. Это приют «Безопасный дом» или Центр MARTA.
# person
screening-expect-service = Служба поддержки может поговорить с вами и объяснить, какие у вас есть варианты. Её помощь оплачивает государство.
# person
screening-expect-no-police = Эта помощь не зависит от разговора с полицией.
# person
screening-expect-decide = Вы сами решаете, что хотите делать. Вы также можете сами им позвонить:

screening-notes = Заметки (необязательно). Они печатаются вместе со сводкой. Не пишите имя или другие данные, по которым можно установить личность человека, если в этом нет необходимости.
screening-print = Распечатать или сохранить в PDF
screening-erase = Стереть всё

# The names of the ILO's six dimensions, for the summary.
screening-dim-deceptive-recruitment = Вербовка путём обмана
screening-dim-coercive-recruitment = Принудительная вербовка
screening-dim-recruitment-vulnerability = Вербовка со злоупотреблением уязвимостью положения
screening-dim-exploitative-conditions = Эксплуататорские условия труда
screening-dim-coercion-at-destination = Принуждение в месте назначения
screening-dim-vulnerability-at-destination = Злоупотребление уязвимостью положения в месте назначения

# "Prepare this phone", on /<lang>/screening/: stores the aid for every language of the
# person and the self-check in every language, for work with no connection.
screening-prepare-title = Подготовить этот телефон к работе без интернета
# { $size }: how much it downloads, e.g. "180 KB".
screening-prepare-about = Это сохранит на этом телефоне инструмент первичной проверки для каждого языка и самопроверку «Проверьте свою ситуацию» на всех языках. Будет загружено около { $size }.
screening-prepare = Подготовить этот телефон
screening-prepare-done = Готово. Инструмент первичной проверки и самопроверка «Проверьте свою ситуацию» работают на этом телефоне без интернета.
