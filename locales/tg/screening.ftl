# The screening aid for professionals: /en/screening/ (choose the person's language) and
# /en/screening/<language>/ (the questions in two languages on one phone). The questions are
# the self-check's (check-q-* in check.ftl); content/screening.toml ties them to the ILO
# indicators.
#
# Messages marked "person" are also shown to the person, in the person's language, beside the
# professional's. Speak to the person in plain words: "I", "you".

screening-title = Воситаи дузабона барои суҳбати аввалия
screening-summary = Барои кормандони политсия, марзбонон, нозирони меҳнат, кормандони иҷтимоӣ ва духтуроне, ки тарҷумон надоранд: шахс саволҳоро бо забони худ мехонад.
screening-intro = Инро вақте истифода баред, ки бо шахсе вомехӯред, ки шояд ба кумак ниёз дошта бошад, ва тарҷумон надоред. Шумо ҳар як саволро бо забони худ мехонед. Шахс ҳамон саволро бо забони худ мехонад ва ҷавобро дар ҳамин телефон пахш мекунад.
screening-private = Ҳеҷ чиз нигоҳ дошта намешавад ва ба ҳеҷ ҷо фиристода намешавад. Ҷавобҳо то он даме ки шумо онҳоро пок накунед ё аз саҳифа набароед, дар ҳамин экран мемонанд.
screening-not-verdict = Саволҳо ба нишондиҳандаҳои савдои одамони Созмони байналмилалии меҳнат (СБМ) асос ёфтаанд. Онҳо нишонаҳоро нишон медиҳанд, на қарорро. Муайянкунии расмиро политсия, прокурор, суд ё комиссияи ташкилоти хизматрасон анҷом медиҳад.
screening-choose = Шахс бо кадом забон мехонад?
# The title of the page with the questions. { $language }: the person's language, in its own script.
screening-pair-title = Воситаи суҳбати аввалия: { $language }
screening-give-phone = Телефонро ба шахс диҳед. Ӯ ҳама чизеро, ки дар он аст, хонда метавонад.
screening-list-intro = Бе JavaScript саволҳо дар поён оварда шудаанд. Онҳоро як-як пурсед.

# person: the opening
screening-opening-who = Ман дар як хадамоти давлатии Латвия кор мекунам. Ман мехоҳам вазъияти шуморо фаҳмам ва бидонам, ки оё ба шумо кумак лозим аст.
# person
screening-opening-stop = Ҷавоб додан ҳатмӣ нест. Шумо метавонед ҳар вақт бас кунед.
# person
screening-opening-private = Ҷавобҳои шумо нигоҳ дошта намешаванд ва ба ҳеҷ ҷо фиристода намешаванд. Вақте ки мо ин саҳифаро пӯшем, онҳо нест мешаванд.
# person
screening-opening-how = Шумо саволҳоро бо забони худ мебинед. Ҳар якашро хонед ва ҷавоби худро пахш кунед.
# person: the button that starts the questions
screening-begin = Оғоз
# person: the button to the next screen
screening-next = Навбатӣ

# person: the closing
screening-closing-thanks = Барои ҷавобҳоятон ташаккур.
# person
screening-closing-give-back = Лутфан, телефонро ба ман баргардонед.

# The screen the professional fills in alone.
screening-observed-title = Он чи шумо мушоҳида кардед
screening-observed-intro = Нишонаҳоеро, ки худатон бе пурсидан мушоҳида кардед, қайд кунед.

# The summary, for the professional.
screening-summary-title = Хулосаи нишонаҳо
# { $n }: how many dimensions reach the ILO rule; { $total }: how many there are (6).
screening-met = Ҷанбаҳое, ки нишонаҳояшон ба қоидаи омезиши СБМ ҷавобгӯ мебошанд: { $n } аз { $total }.
screening-rule = Ҷанба ба қоида ҷавобгӯ аст, агар дар он ақаллан инҳо бошанд: ду нишонаи қавӣ; ё як нишонаи қавӣ ва як нишонаи миёна ё заиф; ё се нишонаи миёна; ё ду нишонаи миёна ва як нишонаи заиф.
screening-none = Дар ҷавобҳо ва дар он чи шумо мушоҳида кардед, ягон нишона пайдо нашуд. Ин ҳеҷ чизро истисно намекунад.
screening-dimension-met = Ба қоида ҷавобгӯ аст
screening-dimension-below = Ба қоида ҷавобгӯ нест
screening-grade-strong = қавӣ
screening-grade-medium = миёна
screening-grade-weak = заиф
# Before the answer that showed the sign, e.g. "Answer: No".
screening-answer = Ҷавоб:
screening-observed-sign = Инро шумо мушоҳида кардед.
screening-unsure = Шахс дар бораи инҳо боварӣ надошт:

screening-refer-title = Ҳоло чӣ бояд кард
screening-refer-both = Агар нишонаҳои савдои одамонро бинед, ҳам ба Политсияи давлатӣ ва ҳам ба ташкилоти хизматрасон хабар диҳед: ба Паноҳгоҳи «Хонаи бехатар» ё ба Маркази MARTA.
screening-refer-first = Ба шахс маълумоти аввалия диҳед: рақамҳои ташкилотҳои хизматрасон дар поён оварда шудаанд.
screening-refer-identify = Қурбониро политсия, прокурор ё суд муайян мекунад. Комиссияи ташкилоти хизматрасон метавонад инро бе политсия анҷом диҳад. Шахс инчунин метавонад худаш ба ташкилоти хизматрасон муроҷиат кунад.

# person: what the person can expect, in their language
screening-expect-title = Минбаъд чӣ шуда метавонад
# person
screening-expect-inform = Дар Латвия ман ба Политсияи давлатӣ ва ба хадамоти дастгирӣ хабар медиҳам: ба Паноҳгоҳи «Хонаи бехатар» ё ба Маркази MARTA.
# person
screening-expect-service = Хадамоти дастгирӣ метавонад бо шумо сӯҳбат кунад ва имкониятҳои шуморо фаҳмонад. Кумаки онро давлат пардохт мекунад.
# person
screening-expect-no-police = Ин кумак аз сӯҳбат бо политсия вобаста нест.
# person
screening-expect-decide = Шумо худатон қарор медиҳед, ки чӣ кор кардан мехоҳед. Шумо инчунин метавонед худатон ба онҳо занг занед:

screening-notes = Қайдҳо (ихтиёрӣ). Онҳо бо хулоса чоп мешаванд. Агар зарур набошад, ном ё чизеро, ки аз рӯи он шахсро шинохтан мумкин аст, нанависед.
screening-print = Чоп ё нигоҳдорӣ ҳамчун PDF
screening-erase = Ҳамаро пок кардан

# The names of the ILO's six dimensions, for the summary.
screening-dim-deceptive-recruitment = Ҷалб бо роҳи фиреб
screening-dim-coercive-recruitment = Ҷалб бо роҳи маҷбуркунӣ
screening-dim-recruitment-vulnerability = Ҷалб бо суиистифода аз осебпазирӣ
screening-dim-exploitative-conditions = Шароити истисмории кор
screening-dim-coercion-at-destination = Маҷбуркунӣ дар ҷои таъинот
screening-dim-vulnerability-at-destination = Суиистифода аз осебпазирӣ дар ҷои таъинот

# "Prepare this phone", on /<lang>/screening/: stores the aid for every language of the
# person and the self-check in every language, for work with no connection.
screening-prepare-title = Ин телефонро барои кор бе интернет омода кунед
# { $size }: how much it downloads, e.g. "180 KB".
screening-prepare-about = Ин дар ҳамин телефон нигоҳ медорад: воситаи суҳбати аввалия барои ҳар як забон ва худсанҷии «Вазъияти худро санҷед» бо ҳамаи забонҳо. Тақрибан { $size } боргирӣ мешавад.
screening-prepare = Ин телефонро омода кунед
screening-prepare-done = Тайёр. Воситаи суҳбати аввалия ва худсанҷии «Вазъияти худро санҷед» дар ҳамин телефон бе интернет кор мекунанд.
