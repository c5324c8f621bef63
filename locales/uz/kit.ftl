# The page for organisations and its campaign cards. Drafted from locales/en/kit.ftl; not yet checked by a native speaker.

kit-title = Tashkilotlar uchun: rasmlar, plakatlar va postlar
kit-summary = 30-iyul va 18-oktyabr kunlari ijtimoiy tarmoqlar uchun rasmlar va matnlar, shuningdek chop etish uchun plakatlar, barcha tillarda.
kit-intro = Bu ilovani siz ishlaydigan odamlar bilan ulashing. Quyida har bir tilda post uchun rasmlar va matn, shuningdek plakatlar va varaqalar bor. Ularni oʻzgartirmasdan ulashishingiz va chop etishingiz mumkin.
kit-days = Latviyaning odam savdosiga qarshi rejasida har yili ikki kunda ijtimoiy tarmoqlarda postlar koʻzda tutilgan:
kit-language-draft = Bu tildagi matnlar qoralama. Ularni hali ona tilida soʻzlashuvchi tekshirmagan.
kit-card = Post uchun rasm (1200 × 630)
kit-post = Post matni
kit-post-how = Matnni belgilang va uni postingizga nusxalang.
kit-posters = Chop etish uchun plakatlar va varaqalar
kit-poster-a4 = A4 plakat
kit-poster-a3 = A3 plakat
kit-poster-a3-outdoor = Tashqariga osish uchun A3 plakat
kit-poster-a6 = A6 varaqa, ikki tomonlama
kit-poster-bilingual = Latish tilida va shu tilda A4 plakat

campaign-world-day = 30-iyul: Odam savdosiga qarshi kurashish butunjahon kuni
campaign-eu-day = 18-oktyabr: Yevropa Ittifoqining odam savdosiga qarshi kurashish kuni

campaign-card = Latviyada ishlaysizmi? Huquqlaringizni biling. Qayerdan yordam olish mumkinligini bilib oling.

campaign-post =
    { $day }.
    Latviyada ishlaysizmi yoki u yerga ishlashga bormoqchimisiz? Huquqlaringizni biling: ish haqi, shartnomalar, hujjatlar, turar joy va sogʻliq.
    Qayerdan yordam olish mumkinligini bilib oling. Ilova bepul, sizning tilingizda va bir marta ochilgandan keyin internetsiz ishlaydi: { $link }
    Favqulodda holatda 112 raqamiga qoʻngʻiroq qiling.
