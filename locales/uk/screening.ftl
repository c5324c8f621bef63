# The screening aid for professionals: /en/screening/ (choose the person's language) and
# /en/screening/<language>/ (the questions in two languages on one phone). The questions are
# the self-check's (check-q-* in check.ftl); content/screening.toml ties them to the ILO
# indicators.
#
# Messages marked "person" are also shown to the person, in the person's language, beside the
# professional's. Speak to the person in plain words: "I", "you".

screening-title = Інструмент для скринінгу двома мовами
screening-summary = Для поліцейських, прикордонників, інспекторів праці, соціальних працівників і лікарів, коли немає перекладача: людина читає запитання своєю мовою.
screening-intro = Використовуйте цей інструмент, коли зустрічаєте людину, якій може бути потрібна допомога, а перекладача немає. Ви читаєте кожне запитання своєю мовою. Людина читає те саме запитання своєю мовою і натискає відповідь на цьому телефоні.
screening-private = Нічого не зберігається і не надсилається. Відповіді залишаються на цьому екрані, доки ви їх не зітрете або не залишите сторінку.
screening-not-verdict = Запитання побудовано на індикаторах торгівлі людьми Міжнародної організації праці (МОП). Вони показують ознаки, а не рішення. Офіційну ідентифікацію проводять поліція, прокурор, суд або комісія надавача послуг.
screening-choose = Якою мовою читає ця людина?
# The title of the page with the questions. { $language }: the person's language, in its own script.
screening-pair-title = Інструмент для скринінгу: { $language }
screening-give-phone = Передайте телефон цій людині. Вона може прочитати все, що на ньому.
screening-list-intro = Без JavaScript запитання наведено списком нижче. Ставте їх по одному.

# person: the opening
screening-opening-who = Я працюю в державній службі в Латвії. Я хочу зрозуміти вашу ситуацію і те, чи потрібна вам допомога.
# person
screening-opening-stop = Ви не зобов’язані відповідати. Ви можете зупинитися будь-коли.
# person
screening-opening-private = Ваші відповіді не зберігаються і не надсилаються. Вони зникнуть, коли ми закриємо цю сторінку.
# person
screening-opening-how = Ви побачите запитання своєю мовою. Прочитайте кожне запитання і натисніть свою відповідь.
# person: the button that starts the questions
screening-begin = Почати
# person: the button to the next screen
screening-next = Далі

# person: the closing
screening-closing-thanks = Дякую за ваші відповіді.
# person
screening-closing-give-back = Будь ласка, поверніть мені телефон.

# The screen the professional fills in alone.
screening-observed-title = Що ви помітили
screening-observed-intro = Позначте ознаки, які ви помітили самі, не запитуючи.

# The summary, for the professional.
screening-summary-title = Підсумок ознак
# { $n }: how many dimensions reach the ILO rule; { $total }: how many there are (6).
screening-met = Вимірів, у яких ознаки відповідають правилу поєднання МОП: { $n } з { $total }.
screening-rule = Вимір відповідає правилу, якщо в ньому є щонайменше: дві сильні ознаки; або одна сильна й одна середня чи слабка ознака; або три середні ознаки; або дві середні ознаки й одна слабка.
screening-none = Ні у відповідях, ні в тому, що ви помітили, не виявлено жодної ознаки. Це нічого не виключає.
screening-dimension-met = Відповідає правилу
screening-dimension-below = Не відповідає правилу
screening-grade-strong = сильна
screening-grade-medium = середня
screening-grade-weak = слабка
# Before the answer that showed the sign, e.g. "Answer: No".
screening-answer = Відповідь:
screening-observed-sign = Ви це помітили.
screening-unsure = Людина не була впевнена щодо:

screening-refer-title = Що робити зараз
screening-refer-both = Якщо ви бачите ознаки торгівлі людьми, повідомте і Державну поліцію, і надавача послуг: притулок «Безпечний дім» або Центр MARTA.
screening-refer-first = Надайте людині первинну інформацію: номери надавачів послуг наведено нижче.
screening-refer-identify = Жертву ідентифікують поліція, прокурор або суд. Комісія надавача послуг може зробити це без поліції. Людина також може сама звернутися до надавача послуг.

# person: what the person can expect, in their language
screening-expect-title = Що може статися далі
# person
screening-expect-inform = У Латвії я повідомляю Державну поліцію і службу підтримки: притулок «Безпечний дім» або Центр MARTA.
# person
screening-expect-service = Служба підтримки може поговорити з вами і пояснити, які у вас є варіанти. Її допомогу оплачує держава.
# person
screening-expect-no-police = Ця допомога не залежить від розмови з поліцією.
# person
screening-expect-decide = Ви самі вирішуєте, що хочете робити. Ви також можете зателефонувати їм самі:

screening-notes = Нотатки (необов’язково). Їх буде надруковано разом із підсумком. Не пишіть ім’я або щось, за чим можна впізнати людину, якщо в цьому немає потреби.
screening-print = Надрукувати або зберегти в PDF
screening-erase = Стерти все

# The names of the ILO's six dimensions, for the summary.
screening-dim-deceptive-recruitment = Вербування шляхом обману
screening-dim-coercive-recruitment = Вербування шляхом примусу
screening-dim-recruitment-vulnerability = Вербування шляхом зловживання вразливим становищем
screening-dim-exploitative-conditions = Експлуататорські умови праці
screening-dim-coercion-at-destination = Примус у місці призначення
screening-dim-vulnerability-at-destination = Зловживання вразливим становищем у місці призначення

# "Prepare this phone", on /<lang>/screening/: stores the aid for every language of the
# person and the self-check in every language, for work with no connection.
screening-prepare-title = Підготувати цей телефон до роботи без інтернету
# { $size }: how much it downloads, e.g. "180 KB".
screening-prepare-about = Це збереже на цьому телефоні інструмент для скринінгу, для кожної мови, і самоперевірку «Перевірте свою ситуацію» усіма мовами. Буде завантажено близько { $size }.
screening-prepare = Підготувати цей телефон
screening-prepare-done = Готово. Інструмент для скринінгу і самоперевірка «Перевірте свою ситуацію» працюють на цьому телефоні без інтернету.
