# Tajik interface strings. Draft: not yet reviewed by a native speaker.
# Keep them short: they sit on buttons and in the header of a small phone.

## Frame of every page
app-name = Кор дар Латвия
skip-to-content = Гузаштан ба матн
quick-exit = Баромадан
quick-exit-label = Ҳозир аз ин сайт бароед
languages = Забон
help = Кумак
emergency = Ёрии фаврӣ
new-version = Версияи нав омода аст.
reload = Аз нав бор кардан
sources = Манбаъҳо
privacy-note = Ин барнома дар бораи шумо ҳеҷ чиз намефиристад. Он танҳо забони интихобкардаи шуморо дар ҳамин телефон нигоҳ медорад. Бе кукиҳо. Бе пайгирӣ.
call = Занг занед
hours = Вақти корӣ
email = Почтаи электронӣ
address = Суроға
languages-spoken = Забонҳо

## Page parts with a value
checked-on = Санҷида шуд: { $date }
fact-expired = (то { $date } эътибор дошт: шояд тағйир ёфта бошад)

## Translation notices (on a translated page)
draft-notice = Ин тарҷума пешнавис аст. Онро ҳанӯз соҳибзабон насанҷидааст.
stale-notice = Пас аз ин тарҷума матни англисӣ тағйир ёфтааст. Шояд он кӯҳна шуда бошад.
read-in-source = Ин саҳифаро ба забони { $language } хонед
missing-notice = Ин саҳифа ҳанӯз ба забони шумо тарҷума нашудааст.

## Offline: keep every language on the phone
keep-all = Ҳамаи забонҳоро дар ин телефон нигоҳ доред
keep-all-size = Ин дар телефон тақрибан { $size } ҷой мегирад.
keep-all-working = Нигоҳ дошта мешавад…
keep-all-done = Ҳамаи забонҳо нигоҳ дошта шуданд. Онҳо бе интернет кор мекунанд.
keep-all-failed = Нигоҳ доштан нашуд. Ба интернет пайваст шавед ва боз кӯшиш кунед.

## Home page
home-title = Кор дар Латвия
home-summary = Ҳуқуқҳои кории шумо дар Латвия ва аз куҷо кумак гирифтан мумкин.
home-heading = Кор дар Латвия
home-intro = Ҳуқуқҳои кории шумо дар Латвия. Аз куҷо кумак гирифтан мумкин. Ройгон аст ва бе интернет кор мекунад.

## Language choice (the page at /)
choose-language = Забони худро интихоб кунед
# On the start page, under the language that suits this phone: written in that language.
language-continue = Идома ба забони тоҷикӣ

## Search (the page /<lang>/search/, and the search box on the home page)
search = Ҷустуҷӯ
search-label = Ҷустуҷӯи саҳифаҳо ва кумак
search-title = Ҷустуҷӯ
search-summary = Саҳифа ё хати кумакро ёбед.
search-none = Ҳеҷ чиз ёфт нашуд. Калимаи дигарро санҷед ё саҳифаи кумакро кушоед.

## No connection, and the page is not saved on the phone
offline-title = Шумо ба интернет пайваст нестед
offline-text = Ин саҳифа дар ин телефон нигоҳ дошта нашудааст. Ба интернет пайваст шавед ва боз кӯшиш кунед. Саҳифаҳое, ки нигоҳ дошта шудаанд, бе интернет ҳам кор мекунанд.

## Page not found
not-found-title = Саҳифа ёфт нашуд
not-found-text = Ин саҳифа вуҷуд надорад. Шояд он ба ҷои дигар гузаронида шудааст.
not-found-back = Ба саҳифаи аввал гузаред

## Help directory: what each organisation does (content/help.toml)
org-safe-house-about = Кумак ба одамоне, ки шояд қурбони савдои одамон шуда бошанд. Маслиҳати ройгон барои коргарон аз берун аз Иттиҳоди Аврупо. Инчунин хатҳои минтақавии машварат ҳастанд.
org-safe-house-hours = Аз душанбе то ҷумъа, 9:00–17:00. Хати идора: аз душанбе то ҷумъа, 9:00–20:00.
org-safe-house-languages = Латишӣ, русӣ, англисӣ
org-marta-about = Кумак ба одамоне, ки шояд қурбони савдои одамон шуда бошанд. Рақами 8000 дар Латвия ройгон аст.
org-marta-hours = Аз душанбе то ҷумъа, 10:00–18:00. Ин соатҳо аз соли 2017 мебошанд: шояд тағйир ёфта бошанд.
org-marta-languages = Ҳанӯз тасдиқ нашудааст.
org-labour-inspectorate-about = Саволҳо дар бораи музди меҳнат, шартнома, вақти корӣ ва бехатарӣ дар кор. Рақами охирин барои хабардиҳии беном аст.
org-labour-inspectorate-hours = Ҳанӯз тасдиқ нашудааст.
org-labour-inspectorate-languages = Ҳанӯз тасдиқ нашудааст.
org-police-about = Политсия. Занг ба 110 ройгон аст. Почтаи электронӣ ба политсия танҳо бо имзои электронии бехатар ҳамчун ариза ҳисоб меравад. Шумо инчунин метавонед ба ҳар як шӯъбаи политсия равед.
org-police-hours = Ҳанӯз тасдиқ нашудааст. Дар хатар ба 112 занг занед.
org-police-languages = Ҳанӯз тасдиқ нашудааст.
org-victim-support-about = Хати кумак барои қурбониёни ҷиноят. Занг ройгон аст. Онҳо шуморо гӯш мекунанд, дастгирӣ мекунанд ва ҳуқуқҳои шуморо ҳамчун қурбонии ҷиноят мефаҳмонанд. Дар www.cietusajiem.lv инчунин чат ҳаст.
org-victim-support-hours = Ҳар рӯз, 12:00–22:00
org-victim-support-languages = Ҳанӯз тасдиқ нашудааст.
org-childrens-line-about = Хати ройгон барои кӯдакон ва наврасон, аз ҳар телефон. Дар uzticibastalrunis.lv чат низ ҳаст.
org-childrens-line-hours = Ҳар рӯз, шабонарӯзӣ. Чат: аз душанбе то ҷумъа, 12:00–20:00.
org-childrens-line-languages = Ҳанӯз тасдиқ нашудааст.
org-pmlp-about = Идораи муҳоҷират: раводидҳо ва иҷозатномаҳои истиқомат. Агар шумо аз берун аз Иттиҳоди Аврупо омада бошед, вақте ки музд ё ҷои кори шумо тағйир меёбад ё кори шумо ба охир мерасад, шумо ва корфармои шумо ҳарду бояд дар давоми { $pmlp-report-days } рӯз ба PMLP хабар диҳед.
org-pmlp-hours = Ҳанӯз тасдиқ нашудааст.
org-pmlp-languages = Ҳанӯз тасдиқ нашудааст.
org-ombudsman-about = Ваколатдори ҳуқуқи инсон дар Латвия ҳуқуқҳои одамонро ҳимоя мекунад. Агар ҳуқуқҳои шумо риоя нашаванд, шумо метавонед ба Ваколатдори ҳуқуқи инсон нома нависед. Барои почтаи электронӣ имзои электронии бехатар лозим аст.
org-ombudsman-hours = Қабули шахсӣ: аз душанбе то панҷшанбе, 9:00–16:00
org-ombudsman-languages = Ҳанӯз тасдиқ нашудааст.
org-safe-house-phone-office = Идора
org-safe-house-phone-latgale = Латгале
org-safe-house-phone-kurzeme = Курземе
org-safe-house-phone-vidzeme = Видземе
org-safe-house-phone-zemgale = Земгале
org-embassy-india-about = Сафорати Ҳиндустон. Кумаки консулӣ барои шаҳрвандони Ҳиндустон.
org-embassy-india-hours = Ҳанӯз тасдиқ нашудааст.
org-embassy-india-languages = Ҳанӯз тасдиқ нашудааст.
org-embassy-kazakhstan-about = Сафорати Қазоқистон. Ин маълумоти тамос аз соли 2020 аст: шояд тағйир ёфта бошад.
org-embassy-kazakhstan-hours = Ҳанӯз тасдиқ нашудааст.
org-embassy-kazakhstan-languages = Ҳанӯз тасдиқ нашудааст.
org-embassy-moldova-about = Сафорати Молдова. Кумаки консулӣ танҳо бо навбати пешакӣ. Хати фаврӣ танҳо барои шаҳрвандони Молдова дар ҳолатҳои фаврӣ аст, масалан садама, марг ё хатар. Он маълумоти консулӣ намедиҳад.
org-embassy-moldova-hours = Навбатро бо телефон гиред: сешанбе ва чоршанбе, 15:00–17:00.
org-embassy-moldova-languages = Ҳанӯз тасдиқ нашудааст.
org-embassy-moldova-phone-appointments = Навбат гирифтан
org-embassy-moldova-phone-emergency = Хати фаврӣ

# Listen: the page (or a question) read aloud by the phone's own voice for the language. The
# buttons show only when the phone has such a voice.
listen = Гӯш кардан
listen-pause = Таваққуф кардан
listen-resume = Идома додан
listen-stop = Қатъ кардан

## Share (on every page)
share-title = Ин саҳифаро мубодила кунед
share = Мубодила
share-copy = Пайвандро нусха бардоред
share-copied = Пайванд нусха бардошта шуд.
share-qr = Коди QR-ро нишон диҳед
share-qr-about = Телефони дигар метавонад ин кодро скан карда, ин саҳифаро кушояд.
