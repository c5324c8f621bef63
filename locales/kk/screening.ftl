# The screening aid for professionals: /en/screening/ (choose the person's language) and
# /en/screening/<language>/ (the questions in two languages on one phone). The questions are
# the self-check's (check-q-* in check.ftl); content/screening.toml ties them to the ILO
# indicators.
#
# Messages marked "person" are also shown to the person, in the person's language, beside the
# professional's. Speak to the person in plain words: "I", "you".

screening-title = Екі тілдегі алғашқы тексеру құралы
screening-summary = Аудармашысы жоқ полиция мен шекара қызметкерлеріне, еңбек инспекторларына, әлеуметтік қызметкерлер мен дәрігерлерге арналған: адам сұрақтарды өз тілінде оқиды.
screening-intro = Көмекке мұқтаж болуы мүмкін адамды кездестіргенде және аудармашы болмағанда осыны пайдаланыңыз. Әр сұрақты сіз өз тіліңізде оқисыз. Адам сол сұрақты өз тілінде оқиды және жауабын осы телефонда басып таңдайды.
screening-private = Ештеңе сақталмайды және ешқайда жіберілмейді. Жауаптар сіз оларды өшіргенше немесе беттен шыққанша осы экранда қалады.
screening-not-verdict = Сұрақтар ХЕҰ-ның (Халықаралық еңбек ұйымының) адам саудасы индикаторларына негізделген. Олар шешімді емес, белгілерді көрсетеді. Ресми анықтауды полиция, прокурор, сот немесе қызмет көрсетушінің комиссиясы жүргізеді.
screening-choose = Адам қай тілде оқиды?
# The title of the page with the questions. { $language }: the person's language, in its own script.
screening-pair-title = Алғашқы тексеру құралы: { $language }
screening-give-phone = Телефонды адамға беріңіз. Ол ондағы барлығын оқи алады.
screening-list-intro = JavaScript жұмыс істемесе, сұрақтар төменде тізім түрінде берілген. Оларды бір-бірлеп қойыңыз.

# person: the opening
screening-opening-who = Мен Латвияда мемлекеттік қызметте жұмыс істеймін. Жағдайыңызды түсінгім келеді. Сізге көмек керек пе, соны білгім келеді.
# person
screening-opening-stop = Жауап беруге міндетті емессіз. Кез келген уақытта тоқтай аласыз.
# person
screening-opening-private = Жауаптарыңыз сақталмайды және ешқайда жіберілмейді. Біз бұл бетті жапқанда, олар жойылады.
# person
screening-opening-how = Сұрақтарды өз тіліңізде көресіз. Әрқайсысын оқып, жауабыңызды басып таңдаңыз.
# person: the button that starts the questions
screening-begin = Бастау
# person: the button to the next screen
screening-next = Келесі

# person: the closing
screening-closing-thanks = Жауаптарыңыз үшін рахмет.
# person
screening-closing-give-back = Өтінемін, телефонды маған қайтарып беріңіз.

# The screen the professional fills in alone.
screening-observed-title = Сіз байқаған нәрселер
screening-observed-intro = Сұрамай-ақ, өзіңіз байқаған белгілерді таңдаңыз.

# The summary, for the professional.
screening-summary-title = Белгілердің қорытындысы
# { $n }: how many dimensions reach the ILO rule; { $total }: how many there are (6).
screening-met = Белгілер { $total } өлшемнің { $n } өлшемінде ХЕҰ-ның біріктіру ережесінің шегіне жетеді.
screening-rule = Өлшем ереже шегіне жетуі үшін кемінде мына белгілер керек: екі күшті белгі; немесе бір күшті және бір орташа не әлсіз белгі; немесе үш орташа белгі; немесе екі орташа және бір әлсіз белгі.
screening-none = Жауаптарда да, сіз байқаған нәрселерде де ешбір белгі шықпады. Бұл ештеңені жоққа шығармайды.
screening-dimension-met = Ереже шегіне жетеді
screening-dimension-below = Ереже шегінен төмен
screening-grade-strong = күшті
screening-grade-medium = орташа
screening-grade-weak = әлсіз
# Before the answer that showed the sign, e.g. "Answer: No".
screening-answer = Жауап:
screening-observed-sign = Мұны сіз байқадыңыз.
screening-unsure = Адам төмендегілер бойынша сенімді емес еді:

screening-refer-title = Қазір не істеу керек
screening-refer-both = Адам саудасының белгілерін көрсеңіз, Мемлекеттік полицияға да, қызмет көрсетушіге де хабарлаңыз: «Қауіпсіз үй» баспанасына немесе MARTA орталығына.
screening-refer-first = Адамға алғашқы ақпарат беріңіз: қызмет көрсетушілердің нөмірлері төменде.
screening-refer-identify = Полиция, прокурор немесе сот адамды зардап шеккен деп таниды. Қызмет көрсетушінің комиссиясы мұны полициясыз да жасай алады. Адам қызмет көрсетушіге өзі де жүгіне алады.

# person: what the person can expect, in their language
screening-expect-title = Әрі қарай не болуы мүмкін
# person
screening-expect-inform = Латвияда мен Мемлекеттік полицияға және қолдау қызметіне хабарлаймын: «Қауіпсіз үй» баспанасына немесе MARTA орталығына.
# person
screening-expect-service = Қолдау қызметі сізбен сөйлесіп, мүмкіндіктеріңізді түсіндіре алады. Оның көмегіне мемлекет төлейді.
# person
screening-expect-no-police = Бұл көмек полициямен сөйлесуіңізге байланысты емес.
# person
screening-expect-decide = Не істегіңіз келетінін өзіңіз шешесіз. Оларға өзіңіз де қоңырау шала аласыз:

screening-notes = Жазбалар (міндетті емес). Олар қорытындымен бірге басып шығарылады. Қажет болмаса, адамның атын немесе оның кім екенін білдіретін ештеңені жазбаңыз.
screening-print = Басып шығару немесе PDF ретінде сақтау
screening-erase = Барлығын өшіру

# The names of the ILO's six dimensions, for the summary.
screening-dim-deceptive-recruitment = Алдау арқылы жалдау
screening-dim-coercive-recruitment = Мәжбүрлеп жалдау
screening-dim-recruitment-vulnerability = Осал жағдайды теріс пайдаланып жалдау
screening-dim-exploitative-conditions = Қанаушылық еңбек жағдайлары
screening-dim-coercion-at-destination = Келген жердегі мәжбүрлеу
screening-dim-vulnerability-at-destination = Келген жердегі осал жағдайды теріс пайдалану

# "Prepare this phone", on /<lang>/screening/: stores the aid for every language of the
# person and the self-check in every language, for work with no connection.
screening-prepare-title = Осы телефонды интернетсіз жұмыс істеуге дайындау
# { $size }: how much it downloads, e.g. "180 KB".
screening-prepare-about = Бұл осы телефонда әр тілге арналған алғашқы тексеру құралын және барлық тілдердегі «Жағдайыңызды тексеріңіз» өзін-өзі тексеруді сақтайды. Шамамен { $size } жүктеп алынады.
screening-prepare = Осы телефонды дайындау
screening-prepare-done = Дайын. Алғашқы тексеру құралы және «Жағдайыңызды тексеріңіз» өзін-өзі тексеру осы телефонда интернетсіз жұмыс істейді.
