# The screening aid for professionals: /en/screening/ (choose the person's language) and
# /en/screening/<language>/ (the questions in two languages on one phone). The questions are
# the self-check's (check-q-* in check.ftl); content/screening.toml ties them to the ILO
# indicators.
#
# Messages marked "person" are also shown to the person, in the person's language, beside the
# professional's. Speak to the person in plain words: "I", "you".

screening-title = Эки тилдеги алгачкы текшерүү куралы
screening-summary = Котормочусу жок полиция жана чек ара кызматкерлери, эмгек инспекторлору, социалдык кызматкерлер жана дарыгерлер үчүн: адам суроолорду өз тилинде окуйт.
screening-intro = Жардамга муктаж болушу мүмкүн адамга жолукканыңызда жана котормочу жок болгондо муну колдонуңуз. Ар бир суроону сиз өз тилиңизде окуйсуз. Адам ошол эле суроону өз тилинде окуйт жана жообун ушул телефондо басып тандайт.
screening-private = Эч нерсе сакталбайт жана эч жакка жөнөтүлбөйт. Жооптор сиз аларды өчүргөнгө же бул барактан чыкканыңызга чейин ушул экранда калат.
screening-not-verdict = Суроолор ЭЭУнун (Эл аралык эмгек уюмунун) адам сатуунун индикаторлоруна негизделген. Алар чечимди эмес, белгилерди көрсөтөт. Расмий аныктоону полиция, прокурор, сот же кызмат көрсөтүүчүнүн комиссиясы жүргүзөт.
screening-choose = Адам кайсы тилде окуйт?
# The title of the page with the questions. { $language }: the person's language, in its own script.
screening-pair-title = Алгачкы текшерүү куралы: { $language }
screening-give-phone = Телефонду адамга бериңиз. Ал андагы бардык нерсени окуй алат.
screening-list-intro = JavaScript иштебесе, суроолор төмөндө тизме менен берилген. Аларды бир-бирден сураңыз.

# person: the opening
screening-opening-who = Мен Латвияда мамлекеттик кызматта иштейм. Абалыңызды түшүнгүм келет. Сизге жардам керекпи, билгим келет.
# person
screening-opening-stop = Жооп беришиңиз шарт эмес. Каалаган убакта токтотсоңуз болот.
# person
screening-opening-private = Жоопторуңуз сакталбайт жана эч жакка жөнөтүлбөйт. Бул баракты жапканыбызда алар жоголот.
# person
screening-opening-how = Суроолорду өз тилиңизде көрөсүз. Ар бирин окуп, жообуңузду басып тандаңыз.
# person: the button that starts the questions
screening-begin = Баштоо
# person: the button to the next screen
screening-next = Кийинки

# person: the closing
screening-closing-thanks = Жоопторуңуз үчүн рахмат.
# person
screening-closing-give-back = Сураныч, телефонду мага кайра бериңиз.

# The screen the professional fills in alone.
screening-observed-title = Сиз байкаган нерселер
screening-observed-intro = Сурабастан, өзүңүз байкаган белгилерди тандаңыз.

# The summary, for the professional.
screening-summary-title = Белгилердин жыйынтыгы
# { $n }: how many dimensions reach the ILO rule; { $total }: how many there are (6).
screening-met = Белгилер { $total } өлчөмдүн { $n } өлчөмүндө ЭЭУнун айкалыштыруу эрежесинин чегине жетет.
screening-rule = Өлчөм эреженин чегине жетиши үчүн жок дегенде мындай белгилер керек: эки күчтүү белги; же бир күчтүү жана бир орточо же алсыз белги; же үч орточо белги; же эки орточо жана бир алсыз белги.
screening-none = Жооптордо да, сиз байкаган нерселерде да эч кандай белги чыккан жок. Бул эч нерсени жокко чыгарбайт.
screening-dimension-met = Эреженин чегине жетет
screening-dimension-below = Эреженин чегинен төмөн
screening-grade-strong = күчтүү
screening-grade-medium = орточо
screening-grade-weak = алсыз
# Before the answer that showed the sign, e.g. "Answer: No".
screening-answer = Жооп:
screening-observed-sign = Муну сиз байкадыңыз.
screening-unsure = Адам төмөнкүлөр боюнча так билген жок:

screening-refer-title = Азыр эмне кылуу керек
screening-refer-both = Адам сатуунун белгилерин көрсөңүз, Мамлекеттик полицияга да, кызмат көрсөтүүчүгө да кабарлаңыз: «Коопсуз үй» баш калкалоочу жайына же MARTA борборуна.
screening-refer-first = Адамга алгачкы маалымат бериңиз: кызмат көрсөтүүчүлөрдүн телефон номерлери төмөндө.
screening-refer-identify = Полиция, прокурор же сот адамды жабыр тарткан деп тааныйт. Кызмат көрсөтүүчүнүн комиссиясы муну полициясыз да жасай алат. Адам кызмат көрсөтүүчүгө өзү да кайрыла алат.

# person: what the person can expect, in their language
screening-expect-title = Андан кийин эмне болушу мүмкүн
# person
screening-expect-inform = Латвияда мен Мамлекеттик полицияга жана колдоо кызматына кабарлайм: «Коопсуз үй» баш калкалоочу жайына же MARTA борборуна.
# person
screening-expect-service = Колдоо кызматы сиз менен сүйлөшүп, мүмкүнчүлүктөрүңүздү түшүндүрүп бере алат. Анын жардамы үчүн мамлекет төлөйт.
# person
screening-expect-no-police = Бул жардам полиция менен сүйлөшүүңүзгө байланыштуу эмес.
# person
screening-expect-decide = Эмне кылгыңыз келерин өзүңүз чечесиз. Аларга өзүңүз да чалсаңыз болот:

screening-notes = Эскертмелер (милдеттүү эмес). Алар жыйынтык менен кошо басып чыгарылат. Керек болбосо, адамдын атын же анын ким экенин билдире турган эч нерсени жазбаңыз.
screening-print = Басып чыгаруу же PDF катары сактоо
screening-erase = Баарын өчүрүү

# The names of the ILO's six dimensions, for the summary.
screening-dim-deceptive-recruitment = Алдоо жолу менен жалдоо
screening-dim-coercive-recruitment = Мажбурлоо жолу менен жалдоо
screening-dim-recruitment-vulnerability = Аялуу абалды кыянаттык менен пайдаланып жалдоо
screening-dim-exploitative-conditions = Эксплуатациялык эмгек шарттары
screening-dim-coercion-at-destination = Келген жерде мажбурлоо
screening-dim-vulnerability-at-destination = Келген жерде аялуу абалды кыянаттык менен пайдалануу

# "Prepare this phone", on /<lang>/screening/: stores the aid for every language of the
# person and the self-check in every language, for work with no connection.
screening-prepare-title = Ушул телефонду интернетсиз иштөөгө даярдоо
# { $size }: how much it downloads, e.g. "180 KB".
screening-prepare-about = Бул ушул телефондо ар бир тил үчүн алгачкы текшерүү куралын жана бардык тилдердеги «Абалыңызды текшериңиз» өзүн-өзү текшерүүнү сактайт. Болжол менен { $size } жүктөп алынат.
screening-prepare = Ушул телефонду даярдоо
screening-prepare-done = Даяр. Алгачкы текшерүү куралы жана «Абалыңызды текшериңиз» өзүн-өзү текшерүү ушул телефондо интернетсиз иштейт.
