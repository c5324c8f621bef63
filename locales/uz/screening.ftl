# The screening aid for professionals: /en/screening/ (choose the person's language) and
# /en/screening/<language>/ (the questions in two languages on one phone). The questions are
# the self-check's (check-q-* in check.ftl); content/screening.toml ties them to the ILO
# indicators.
#
# Messages marked "person" are also shown to the person, in the person's language, beside the
# professional's. Speak to the person in plain words: "I", "you".

screening-title = Ikki tilli dastlabki suhbat vositasi
screening-summary = Tarjimoni boʻlmagan politsiya xodimlari, chegarachilar, mehnat inspektorlari, ijtimoiy xodimlar va shifokorlar uchun: odam savollarni oʻz tilida oʻqiydi.
screening-intro = Yordamga muhtoj boʻlishi mumkin boʻlgan odamni uchratganingizda va tarjimon boʻlmaganda bundan foydalaning. Har bir savolni oʻz tilingizda oʻqiysiz. Odam xuddi shu savolni oʻz tilida oʻqiydi va javobini shu telefonda bosadi.
screening-private = Hech narsa saqlanmaydi va hech qayerga yuborilmaydi. Javoblar siz ularni oʻchirguningizcha yoki sahifadan chiqib ketguningizcha shu ekranda qoladi.
screening-not-verdict = Savollar odam savdosi boʻyicha XMT (Xalqaro mehnat tashkiloti) koʻrsatkichlariga asoslangan. Ular qarorni emas, belgilarni koʻrsatadi. Rasmiy identifikatsiyani politsiya, prokuror, sud yoki xizmat koʻrsatuvchi tashkilot komissiyasi amalga oshiradi.
screening-choose = Odam qaysi tilda oʻqiydi?
# The title of the page with the questions. { $language }: the person's language, in its own script.
screening-pair-title = Dastlabki suhbat vositasi: { $language }
screening-give-phone = Telefonni odamga bering. U telefondagi hamma narsani oʻqishi mumkin.
screening-list-intro = JavaScript ishlamasa, savollar quyida roʻyxat qilib berilgan. Ularni birma-bir soʻrang.

# person: the opening
screening-opening-who = Men Latviyadagi davlat xizmatida ishlayman. Vaziyatingizni va sizga yordam kerak yoki kerak emasligini tushunmoqchiman.
# person
screening-opening-stop = Javob berishingiz shart emas. Istalgan vaqtda toʻxtashingiz mumkin.
# person
screening-opening-private = Javoblaringiz saqlanmaydi va hech qayerga yuborilmaydi. Bu sahifani yopganimizda ular oʻchib ketadi.
# person
screening-opening-how = Savollarni oʻz tilingizda koʻrasiz. Har birini oʻqing va javobingizni bosing.
# person: the button that starts the questions
screening-begin = Boshlash
# person: the button to the next screen
screening-next = Keyingi

# person: the closing
screening-closing-thanks = Javoblaringiz uchun rahmat.
# person
screening-closing-give-back = Iltimos, telefonni menga qaytarib bering.

# The screen the professional fills in alone.
screening-observed-title = Siz payqagan narsalar
screening-observed-intro = Soʻramasdan oʻzingiz payqagan belgilarni tanlang.

# The summary, for the professional.
screening-summary-title = Belgilar xulosasi
# { $n }: how many dimensions reach the ILO rule; { $total }: how many there are (6).
screening-met = Belgilari XMT birikma qoidasiga javob beradigan jihatlar: { $total } tadan { $n } ta.
screening-rule = Jihat qoidaga javob beradi, agar unda kamida quyidagilar boʻlsa: ikkita kuchli belgi; yoki bitta kuchli va bitta oʻrtacha yoki kuchsiz belgi; yoki uchta oʻrtacha belgi; yoki ikkita oʻrtacha va bitta kuchsiz belgi.
screening-none = Javoblarda ham, siz payqagan narsalarda ham hech qanday belgi chiqmadi. Bu hech narsani istisno qilmaydi.
screening-dimension-met = Qoidaga javob beradi
screening-dimension-below = Qoidaga javob bermaydi
screening-grade-strong = kuchli
screening-grade-medium = oʻrtacha
screening-grade-weak = kuchsiz
# Before the answer that showed the sign, e.g. "Answer: No".
screening-answer = Javob:
screening-observed-sign = Buni siz payqadingiz.
screening-unsure = Odam quyidagilarga javobni aniq bilmadi:

screening-refer-title = Endi nima qilish kerak
screening-refer-both = Odam savdosi belgilarini koʻrsangiz, ham Davlat politsiyasiga, ham xizmat koʻrsatuvchi tashkilotga xabar bering: «Xavfsiz uy» boshpanasiga yoki MARTA markaziga.
screening-refer-first = Odamga dastlabki maʼlumot bering: xizmat koʻrsatuvchi tashkilotlarning raqamlari quyida.
screening-refer-identify = Jabrlanuvchini politsiya, prokuror yoki sud identifikatsiya qiladi. Xizmat koʻrsatuvchi tashkilot komissiyasi buni politsiyasiz ham qila oladi. Odam xizmat koʻrsatuvchi tashkilotga oʻzi ham murojaat qilishi mumkin.

# person: what the person can expect, in their language
screening-expect-title = Keyin nima boʻlishi mumkin
# person
screening-expect-inform = Latviyada men Davlat politsiyasiga va yordam xizmatiga xabar beraman: «Xavfsiz uy» boshpanasiga yoki MARTA markaziga.
# person
screening-expect-service = Yordam xizmati siz bilan gaplashishi va qanday imkoniyatlaringiz borligini tushuntirishi mumkin. Uning yordami uchun davlat toʻlaydi.
# person
screening-expect-no-police = Bu yordam politsiya bilan gaplashishingizga bogʻliq emas.
# person
screening-expect-decide = Nima qilishni xohlashingizni oʻzingiz hal qilasiz. Ularga oʻzingiz ham qoʻngʻiroq qilishingiz mumkin:

screening-notes = Izohlar (ixtiyoriy). Ular xulosa bilan birga chop etiladi. Zarur boʻlmasa, ismni yoki odamning kimligini bildiradigan hech narsani yozmang.
screening-print = Chop etish yoki PDF qilib saqlash
screening-erase = Hammasini oʻchirish

# The names of the ILO's six dimensions, for the summary.
screening-dim-deceptive-recruitment = Aldov yoʻli bilan yollash
screening-dim-coercive-recruitment = Majburlab yollash
screening-dim-recruitment-vulnerability = Zaif ahvoldan foydalanib yollash
screening-dim-exploitative-conditions = Mehnatdan nohaq foydalaniladigan ish sharoitlari
screening-dim-coercion-at-destination = Borilgan joyda majburlash
screening-dim-vulnerability-at-destination = Borilgan joyda zaif ahvoldan foydalanish

# "Prepare this phone", on /<lang>/screening/: stores the aid for every language of the
# person and the self-check in every language, for work with no connection.
screening-prepare-title = Shu telefonni internetsiz ishlash uchun tayyorlash
# { $size }: how much it downloads, e.g. "180 KB".
screening-prepare-about = Bu shu telefonda har bir til uchun dastlabki suhbat vositasini va barcha tillarda «Vaziyatingizni tekshiring» oʻz-oʻzini tekshirishni saqlaydi. Taxminan { $size } yuklab olinadi.
screening-prepare = Shu telefonni tayyorlash
screening-prepare-done = Tayyor. Dastlabki suhbat vositasi va «Vaziyatingizni tekshiring» oʻz-oʻzini tekshirish shu telefonda internetsiz ishlaydi.
