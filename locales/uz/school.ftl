# The school section. Draft translation (not yet reviewed by a native speaker).
# The school section (/en/school/). Stories: content/school.toml and content/scenarios/.
school-title = Dars uchun hikoyalar
school-summary = Nima boʻlishini sen tanlaydigan qisqa hikoyalar. Odam savdosi va xavfsiz ish haqidagi darslar uchun.
school-intro = Har bir hikoyada yosh odam nima qilishini sen hal qilasan. Har bir tanlovdan keyin ogohlantiruvchi belgilarni va xavfsizroq yoʻlni koʻrasan. Har bir hikoya qayerdan yordam olish mumkinligi bilan tugaydi.
school-private = Tanlovlaring hech qayerda saqlanmaydi va hech qayerga yuborilmaydi. Hikoyani qayta oʻynab, boshqacha tanlashing mumkin.
school-stories = Hikoyalar
school-prepare-title = Darsga tayyorlash
school-prepare-about = Bu barcha hikoyalar va viktorinani shu qurilmada saqlaydi, shunda ular darsda Wi-Fi boʻlmasa ham ishlaydi. Taxminan { $size } yuklab olinadi.
school-prepare = Darsga tayyorlash
school-prepare-done = Tayyor. Hikoyalar va viktorina shu qurilmada internetsiz ishlaydi.

# The words of every story.
scenario-part = { $n }-qism
scenario-private = Tanlovlaring saqlanmaydi va yuborilmaydi.
scenario-ask = Nima qilasan?
scenario-you-chose = Sening tanloving: { $choice }
scenario-was-safer = Bu xavfsizroq yoʻl edi.
scenario-was-risky = Bu xavfli edi. Koʻp odamlar ham shunday qilgan boʻlardi.
scenario-signs = Ogohlantiruvchi belgilar
scenario-safer = Xavfsizroq yoʻl
scenario-next = Davom etish
scenario-end-title = Qanday tugaydi
scenario-help-title = Qayerdan yordam olish mumkin
scenario-danger = Agar sen yoki boshqa birov hozir xavf ostida boʻlsa, 112 raqamiga qoʻngʻiroq qil. Istalgan vaqtda, keyinroq ham yordam soʻrashing mumkin.
scenario-again = Qayta oʻynash
scenario-others = Boshqa hikoyalar

# The quiz (content/quiz.toml).
quiz-title = Viktorina: xavfni top
quiz-summary = Xavfsiz ish, ish takliflari va yordam haqida oʻn ikkita qisqa savol.
quiz-intro = Har bir savolga javob ber. Har bir javobdan keyin nega shundayligini koʻrasan. Natijang faqat shu ekranda qoladi va chiqib ketganingda oʻchib ketadi.
quiz-start = Viktorinani boshlash
quiz-true = Toʻgʻri
quiz-false = Notoʻgʻri
quiz-spot = Ogohlantiruvchi belgi boʻlgan har bir iborani bos. Keyin «Tekshirish» tugmasini bos.
quiz-check = Tekshirish
quiz-show = Javobni koʻrsatish
quiz-answer = Javob: { $answer }
quiz-right = Toʻgʻri.
quiz-wrong = Unchalik emas.
quiz-flag = Ogohlantiruvchi belgi
quiz-next = Keyingi savol
quiz-progress = { $total } savoldan { $n }-savol
quiz-score = { $total } savoldan { $n } tasiga toʻgʻri javob berding.
quiz-end = Yaxshilab oʻylab koʻrganing uchun barakalla. Agar viktorinadagi biror narsa senga oʻz hayotingni yoki doʻstingning hayotini eslatsa, kimdir bilan gaplashishing mumkin.
quiz-again = Qaytadan boshlash

quiz-passport-kept = Ish beruvchi pasportingni «xavfsiz saqlash uchun» oʻzida olib qolishga haqli.
quiz-passport-kept-explain = Notoʻgʻri. Hech kim Latviya pasporti yoki ID kartani garovga olishga yoki sendan tortib olishga haqli emas. Pasporting senga tegishli. Agar kimdir uni oʻzida olib qolsa, bu ogohlantiruvchi belgi.

quiz-job-advert = Ish eʼloni: qaysi iboralar ogohlantiruvchi belgi?
quiz-job-advert-hotel = Chet eldagi mehmonxonada yozgi ish.
quiz-job-advert-high-pay = Oson ish uchun odatdagidan ancha yuqori maosh.
quiz-job-advert-no-contract = Shartnoma shart emas, biz bir-birimizga ishonamiz.
quiz-job-advert-fee = Joyingni band qilish uchun kichik toʻlov qil.
quiz-job-advert-passport = Safar davomida pasportingni biz xavfsiz saqlaymiz.
quiz-job-advert-english = Biroz ingliz tilini bilish foydali.
quiz-job-advert-secret = Hech kimga aytma, joylar cheklangan!
quiz-job-advert-june = Ish iyunda boshlanadi.
quiz-job-advert-explain = Haddan tashqari yaxshi maosh, yozma shartnomaning yoʻqligi, ish uchun toʻlov, pasportingni kimdir oʻzida saqlashi va sir tutish — bularning barchasi ogohlantiruvchi belgilar. Bitta belgining oʻzi ham toʻxtab, soʻrab koʻrish uchun yetarli sabab.

quiz-who-at-risk = Odam savdosidan faqat qizlar va yosh ayollar jabrlanadi.
quiz-who-at-risk-explain = Notoʻgʻri. Odam savdosidan har kim, jumladan oʻgʻil bolalar va erkaklar ham jabrlanishi mumkin. Latviyada odamlardan ishda, jinsiy maqsadlarda, giyohvand moddalar tashish yoki firibgarlik kabi jinoyatlarda va soxta nikohlarda nohaq foydalaniladi.

quiz-from-latvia = 2016-yildan beri Latviyada odam savdosidan jabrlanuvchi deb topilgan odamlarning koʻpchiligi Latviyadan boʻlgan.
quiz-from-latvia-explain = Toʻgʻri. Ularning koʻpchiligi Latviya fuqarolari edi. Baʼzilaridan Latviyada, boshqalaridan chet elda nohaq foydalanilgan. Bu shu yerlik odamlar bilan ham sodir boʻlishi mumkin.

quiz-bank-account = Kimdir senga bank hisobing orqali bir toʻlovni oʻtkazib berishing uchun pul taklif qiladi. Bu nima?
quiz-bank-account-easy-money = Hech qanday xavfi yoʻq oson pul.
quiz-bank-account-mule = Seni «pul tashuvchi» sifatida ishlatishlari.
quiz-bank-account-favour = Oddiy bir yordam.
quiz-bank-account-explain = «Pul tashuvchilar» aynan shunday topiladi. Boshqa birov uchun hisobing orqali pul oʻtkazish jinoyat boʻlishi mumkin. «Yoʻq» de va bankingga hamda oʻzing ishonadigan katta odamga ayt.

quiz-boyfriend = Sendan kattaroq yangi yigiting senga sovgʻalar olib beradi. U doʻstlaring bilan koʻrishmasligingni istaydi. Keyin u «qarzini uzishga yordam berishing»ni soʻraydi. Bu nima?
quiz-boyfriend-love = Sevgi: u sen haqingda qaygʻuradi.
quiz-boyfriend-control = Nazoratning ogohlantiruvchi belgilari.
quiz-boyfriend-normal = Munosabatlarda bu odatiy hol.
quiz-boyfriend-explain = Avval sovgʻalar, keyin seni doʻstlaringdan uzib qoʻyish, keyin yordam berishing shart boʻlgan «qarz»: bu kimnidir nazorat qilishning maʼlum usuli. Bu hech qachon sening aybing emas. Oʻzing ishonadigan odam bilan gaplash yoki yordam telefoniga qoʻngʻiroq qil.

quiz-casting-advert = Modellar kastingi: qaysi iboralar ogohlantiruvchi belgi?
quiz-casting-advert-new-faces = Yangi chehralarni qidiryapmiz.
quiz-casting-advert-photos = Ariza berish uchun shaxsiy suratlaringni yubor.
quiz-casting-advert-fee = Kastingdan oldin roʻyxatdan oʻtish toʻlovini toʻla.
quiz-casting-advert-studio = Studiyamiz Rigada.
quiz-casting-advert-alone = Ota-onangsiz, yolgʻiz kel.
quiz-casting-advert-explain = Shaxsiy suratlar soʻrash, hech qanday ishdan oldin toʻlov olish va yolgʻiz kelishingni istash — ogohlantiruvchi belgilar. Haqiqiy agentlikka bularning hech biri kerak emas.

quiz-friend-abroad = Chet eldagi doʻsting yozadi: xoʻjayini uning pasportini oʻzida ushlab turibdi va u keta olmayapti. Birinchi navbatda nima qilasan?
quiz-friend-abroad-help-line = Unga yordam telefoni yoki politsiya bilan bogʻlanishga yordam ber.
quiz-friend-abroad-go-there = Uni olib kelish uchun oʻzing u yerga bor.
quiz-friend-abroad-wait = Kutib tur, nima boʻlishini koʻr.
quiz-friend-abroad-explain = Yolgʻiz borma: bu seni ham xavf ostiga qoʻyishi mumkin. Yordam telefoni nima qilish kerakligini aytib berishi mumkin. Agar u hozir xavf ostida boʻlsa, 112 raqamiga qoʻngʻiroq qil.

quiz-marriage = Kimdir senga notanish odam bilan «faqat qogʻozda» nikohdan oʻtish uchun chet elga xarajati toʻlangan safar taklif qiladi. Qaysi biri toʻgʻri?
quiz-marriage-no-risk = Hech qanday xavf yoʻq: bu shunchaki qogʻoz.
quiz-marriage-risk = Hujjatlaring, puling va xavfsizliging ustidan nazoratni yoʻqotishing mumkin.
quiz-marriage-adventure = Bu bepul dam olish.
quiz-marriage-explain = Soxta nikohlar Latviyada odam savdosining eng keng tarqalgan shakllaridan biri. «Yoʻq» de va oʻzing ishonadigan odam bilan gaplash.

quiz-debt = Agar yoʻl yoki turar joy uchun xoʻjayiningdan qarzdor boʻlsang, sharoit qanday boʻlishidan qatʼi nazar, qarzni uzmaguningcha ishlashing shart.
quiz-debt-explain = Notoʻgʻri. Hech qachon kamaymaydigan va seni ishda ushlab turadigan qarz — odam savdosining ogohlantiruvchi belgisi. Yordam telefoniga qoʻngʻiroq qil.

quiz-copies = Ishlash uchun safarga chiqishdan oldin pasporting va shartnomang nusxalarini oʻzing ishonadigan odamga qoldirish foydali.
quiz-copies-explain = Toʻgʻri. Taklif, shartnoma va pasporting nusxalarini saqla. Ularni uyda oʻzing ishonadigan odamga yubor.

quiz-too-late = Agar xavfli narsaga allaqachon rozi boʻlgan boʻlsang, yordam soʻrashga kech.
quiz-too-late-explain = Notoʻgʻri. Hech qachon kech emas. Istalgan vaqtda, keyinroq ham yordam soʻrashing mumkin. Bu sening aybing emas.

# The stories (content/scenarios/): written 2026-12-02.
# Stories written by "b": modelling-casting, au-pair, boarding-school, construction-wages, bystander.

## modelling-casting

scenario-modelling-casting-title = Modellar kastingi
scenario-modelling-casting-summary = Instagramdagi «modellik agentligi» toʻlov va suratlaringni soʻraydi.
scenario-modelling-casting-message = Sen 16 yoshdasan va Liepājada yashaysan. Instagramda senga «modellik agentligi» yozadi. Ular tashqi koʻrinishing Rigadagi kasting uchun aynan mos deyishadi. Roʻyxatdan oʻtish uchun toʻlov qilishing va suratlar yuborishing kerak.
scenario-modelling-casting-message-signs = Notanish odam birinchi boʻlib yozadi va tashqi koʻrinishingni maqtaydi. Ular hech qanday ishdan oldin pul soʻraydi. Ular sening suratlaringni soʻraydi. Kompaniya nomi ham, manzili ham yoʻq.
scenario-modelling-casting-message-safer = Pul toʻlama va surat yuborma. Xabarlarni oʻzing ishonadigan katta odamga koʻrsat. Agentlikni oʻzing tekshir.
scenario-modelling-casting-message-show-mum = Xabarlarni onamga koʻrsataman.
scenario-modelling-casting-message-show-mum-result = Onang xabarlarni sen bilan birga oʻqiydi. Uning jahli chiqmaydi. U agentlikni birga tekshirishni taklif qiladi.
scenario-modelling-casting-message-send-photos = Bir nechta surat yuboraman va toʻlov haqida soʻrayman.
scenario-modelling-casting-message-send-photos-result = Koʻp odamlar bunday taklifga javob bergan boʻlardi. Agentlik tezda javob yozadi va sen juda mos ekaningni aytadi. Keyin ular yana koʻproq narsa soʻraydi.
scenario-modelling-casting-check = Sen onang bilan agentlikni internetdan qidirasan. Veb-sayt ham, manzil ham yoʻq. Akkaunt atigi 2 haftalik. Keyin yangi xabar keladi: «Hozir toʻla, oxirgi joylar bugun tugaydi.»
scenario-modelling-casting-check-signs = Veb-sayt yoʻq, manzil yoʻq, akkaunt yangi. Bugunoq qaror qilishing uchun seni shoshiltirishadi. Ish olish uchun pul toʻlash — ogohlantiruvchi belgi.
scenario-modelling-casting-check-safer = Pul toʻlama. Akkauntni blokla va shikoyat qil. Doʻstlaringga bu haqda ayt.
scenario-modelling-casting-check-block = Akkauntni bloklayman va shikoyat qilaman.
scenario-modelling-casting-check-block-result = Bu akkaunt endi senga yoza olmaydi. Sening shikoyating boshqa odamlarni ham himoya qilishga yordam berishi mumkin.
scenario-modelling-casting-check-pay = Imkoniyatni qoʻldan boy bermaslik uchun toʻlovni toʻlayman.
scenario-modelling-casting-check-pay-result = Shoshiltirishganda koʻp odamlar pul toʻlagan boʻlardi. Agentlik senga rahmat aytadi. Keyin ular yana koʻproq soʻraydi.
scenario-modelling-casting-pressure = Endi «agent» sendan kamroq kiyimdagi yangi suratlarni soʻraydi. U yana «portfolio uchun» ikkinchi toʻlovni ham soʻraydi. U shunday yozadi: «Ota-onangga aytma. Bu syurpriz boʻlsin.»
scenario-modelling-casting-pressure-signs = Ular buni sir tutishingni soʻraydi. Kamroq kiyimdagi suratlarni soʻraydi. Yana va yana pul soʻrashda davom etadi.
scenario-modelling-casting-pressure-safer = Javob berishni toʻxtat. Boshqa surat ham, pul ham yuborma. Oʻzing ishonadigan katta odamga ayt, hatto biror narsa yuborib qoʻygan boʻlsang ham.
scenario-modelling-casting-pressure-tell-sister = Javob berishni toʻxtataman va opamga aytaman.
scenario-modelling-casting-pressure-tell-sister-result = Opang xotirjam qoladi va seni ayblamaydi. U xabarlarni saqlashingga yordam beradi. Keyin akkauntni birgalikda bloklaysizlar.
scenario-modelling-casting-pressure-send-more = Ishni yoʻqotmaslik uchun suratlarni yuboraman.
scenario-modelling-casting-pressure-send-more-result = Sen bu imkoniyatni juda xohlagan eding va ular bundan foydalanishdi. Ularning keyingi xabari umuman doʻstona emas.
scenario-modelling-casting-threat = Endi agent boshqacha ohangda yozadi. Agar koʻproq pul toʻlamasang, suratlaringni tarqatishini aytadi. Sen qoʻrqasan va uyalasan.
scenario-modelling-casting-threat-signs = Suratlaringni tarqatish bilan tahdid qilish. Tobora koʻproq pul talab qilish. Sir saqlash uchun bosim.
scenario-modelling-casting-threat-safer = Pul toʻlama. Xabarlarni saqlab qoʻy. Hozirning oʻzida oʻzing ishonadigan katta odamga ayt. Bunday tahdidlarda politsiya yordam bera oladi. Bu sening aybing emas.
scenario-modelling-casting-threat-tell-teacher = Xabarlarni oʻzim ishonadigan oʻqituvchiga koʻrsataman.
scenario-modelling-casting-threat-tell-teacher-result = Oʻqituvchi senga ishonadi va xotirjam qoladi. U xabarlarni saqlashingga va politsiyaga murojaat qilishingga yordam beradi.
scenario-modelling-casting-threat-pay-more = Suratlarni oʻchirishlari uchun yana pul toʻlayman.
scenario-modelling-casting-threat-pay-more-result = Buni toʻxtatish uchun koʻp odamlar pul toʻlagan boʻlardi. Agent pulni oladi. Bir haftadan keyin u yana koʻproq soʻraydi.
scenario-modelling-casting-end-safe = Sen hech qachon pul toʻlamading va surat yubormading. Doʻstlaring ogohlantirishingni koʻrib, oʻsha akkauntni bloklashadi. Model boʻlishni istasang, ota-onang bilan birga haqiqiy agentlik qidirishing mumkin.
scenario-modelling-casting-end-help = Sen vaziyat yomonlashmasdan oldin toʻxtading. Opang akkaunt ustidan shikoyat qilishingga yordam berdi. Yordam telefoni yana nima qilishing mumkinligini tushuntiradi. Bu sening aybing emas.
scenario-modelling-casting-end-police = Politsiya xodimi seni tinglaydi va keyingi qadamlarni tushuntiradi. Oʻqituvching va yordam telefoni seni qoʻllab-quvvatlaydi. Sen bu bilan yolgʻiz emassan. Bu sening aybing emas.
scenario-modelling-casting-end-trouble = Tahdidlar haftalab davom etadi va sen oʻzingni yolgʻiz his qilasan. Keyin doʻstingga aytasan va u yordam telefoniga qoʻngʻiroq qilishingga yordam beradi. U yerda seni tinglashadi va ayblashmaydi. Yordam olishga hali kech emas.

## au-pair

scenario-au-pair-title = Chet elda au pair ishi
scenario-au-pair-summary = Chet eldagi bir oilaga bolalariga qarashish uchun yordam kerak. Ular seni keyingi haftadayoq kutishmoqda.
scenario-au-pair-offer = Sen 19 yoshdasan va Daugavpilsda yashaysan. Chet eldagi bir oila senga Facebookda yozadi. Ularga au pair kerak: ular bilan birga yashab, bolalarga qarashadigan odam. Ular keyingi haftada kelishingni istashadi.
scenario-au-pair-offer-signs = Ular juda tez boshlashingni istashadi. Yozma kelishuv yoʻq. Sen ularni faqat chatdan bilasan.
scenario-au-pair-offer-safer = Ish soatlari, dam olish kunlari va maosh yozilgan yozma kelishuv soʻra. Oila bilan video qoʻngʻiroq qil. Qayerga ketayotganingni oʻzing ishonadigan odamga ayt.
scenario-au-pair-offer-ask-agreement = Avval yozma kelishuv soʻrayman.
scenario-au-pair-offer-ask-agreement-result = Savoling oilani hayron qoldiradi. Ular faqat ertasi kuni javob berishadi.
scenario-au-pair-offer-go-now = «Ha» deyman va sumkamni yigʻaman.
scenario-au-pair-offer-go-now-result = Koʻp odamlar «ha» degan boʻlardi. Bu boshqa mamlakatni koʻrish uchun yaxshi imkoniyatdek tuyuladi.
scenario-au-pair-agreement = Oila shunday yozadi: «Biz oiladekmiz, hech qanday qogʻoz kerak emas.» Ular necha soat ishlashingni aytishmaydi. Bugunoq qaror qilishingni soʻrashadi.
scenario-au-pair-agreement-signs = Ular hech narsani yozma ravishda berishni istamaydi. Ish soatlaring aniq emas. Seni qaror qilishga shoshiltirishadi.
scenario-au-pair-agreement-safer = Shartlari aniq boʻlmagan ishga «yoʻq» de. Yaxshi sharhlari bor au pair agentligini qidir. Buni oʻzing ishonadigan katta odam bilan muhokama qil.
scenario-au-pair-agreement-say-no = «Yoʻq» deyman va tekshirilgan agentlik qidiraman.
scenario-au-pair-agreement-say-no-result = Oila yozishni toʻxtatadi. Biroz xafa boʻlasan, lekin qaroringga ishonching komil.
scenario-au-pair-agreement-go-anyway = Baribir boraman, chunki ular yaxshi odamlarga oʻxshaydi.
scenario-au-pair-agreement-go-anyway-result = Koʻp odamlar samimiy oilaga ishongan boʻlardi. Bir haftadan keyin samolyotda uchib ketasan.
scenario-au-pair-arrival = Oila seni aeroportda kutib oladi va juda samimiy. Uyda ona pasportingni soʻraydi. «Biz uni sen uchun xavfsiz saqlaymiz», deydi u.
scenario-au-pair-arrival-signs = Oila pasportingni oʻzida saqlamoqchi. Ular bu sening xavfsizliging uchun deyishadi.
scenario-au-pair-arrival-safer = Hech kim pasportingni oʻzida saqlashga haqli emas. Uni oʻzing saqlashingni xushmuomalalik bilan ayt. Manzilingni oʻz yurtingdagi doʻstingga yubor.
scenario-au-pair-arrival-keep-passport = Pasportimni oʻzim saqlashimni xushmuomalalik bilan aytaman.
scenario-au-pair-arrival-keep-passport-result = Ona norozi koʻrinadi, lekin boshqa talab qilmaydi. Pasporting sumkangda qoladi.
scenario-au-pair-arrival-give-passport = Qoʻpol koʻrinmaslik uchun pasportimni unga beraman.
scenario-au-pair-arrival-give-passport-result = Yangi uyda koʻp odamlar ham shunday qilgan boʻlardi. Ona uni qulflangan tortmaga solib qoʻyadi.
scenario-au-pair-days = Haftalar oʻtadi. Sen ertalab soat 7 dan kechki 9 gacha ishlaysan. Dam olish kuning yoʻq. Bu haqda soʻraganingda, ota sen chipta uchun hali ham ulardan qarzdor ekaningni aytadi.
scenario-au-pair-days-signs = Juda uzun ish kunlari va dam olish kunisiz. Chipta uchun «qarz». Oʻzingni charchagan va yolgʻiz his qilasan.
scenario-au-pair-days-safer = Istalgan vaqtda yordam soʻrashing mumkin. Oʻz yurtingdagi doʻstingga yoki yordam telefoniga qoʻngʻiroq qil. Ularga qayerdaligingni ayt.
scenario-au-pair-days-call-help = Doʻstim Alinaga, keyin yordam telefoniga qoʻngʻiroq qilaman.
scenario-au-pair-days-call-help-result = Alina seni tinglaydi va raqamni topishga yordam beradi. Yordam telefonida qayerdasan, xavfsizmisan, deb soʻrashadi.
scenario-au-pair-days-wait = Indamay turaman va hammasi yaxshilanishiga umid qilaman.
scenario-au-pair-days-wait-result = Koʻp odamlar kutadi va vaziyat oʻzgarishiga umid qiladi. Lekin kunlar oʻshanday uzunligicha qolaveradi.
scenario-au-pair-end-safe = Sen yaxshi sharhlari bor au pair agentligini topasan. Avval u bilan ishlagan au pairlar bilan gaplashasan. Ketayotganingda ish soatlaring va dam olish kunlaringni bilasan. Doʻsting Alina qayerdaligingni biladi.
scenario-au-pair-end-help = Alina va yordam telefoni bilan birga xavfsiz reja tuzasan. Oiladan ketasan va uyga eson-omon qaytasan. Bu sening aybing emas edi. Yordam soʻraganingda yordam bor edi.
scenario-au-pair-end-trouble = Oylar oʻtadi va sen tobora koʻproq charchaysan. Bir kuni oʻyin maydonchasida boshqa bir au pair bilan gaplashasan. U senga yordam telefonini topishga yordam beradi. Bu sening aybing emas va yordam olishga hali kech emas.

## boarding-school

scenario-boarding-school-title = Shahardan kelgan yangi doʻst
scenario-boarding-school-summary = Sendan katta bir doʻst senga mehribon va seni Rigaga taklif qiladi.
scenario-boarding-school-new-friend = Sen 15 yoshdasan va Latgaledagi maktab-internatda yashaysan. Doʻkon yonida taxminan 20 yoshli Roberts bilan tanishasan. U senga ovqat olib beradi va seni chin dildan tinglaydi. U seni dam olish kunlari Rigaga taklif qiladi va hamma xarajatni oʻzi toʻlashini aytadi.
scenario-boarding-school-new-friend-signs = Yaqinda tanishgan, sendan katta odam juda saxiy. U hamma narsa uchun pul toʻlaydi. U seni maktabdan uzoqqa olib ketmoqchi.
scenario-boarding-school-new-friend-safer = Taklif haqida oʻzing ishonadigan oʻqituvchi yoki xodimga ayt. Yaqinda tanishgan odam bilan safarga chiqma. Qayerga ketayotganingni doim ayt.
scenario-boarding-school-new-friend-tell-teacher = Taklif haqida oʻzim ishonadigan oʻqituvchiga aytaman.
scenario-boarding-school-new-friend-tell-teacher-result = Oʻqituvching seni tinglaydi va seni qoralamaydi. Agar Roberts yana yozsa, unga aytishingni soʻraydi.
scenario-boarding-school-new-friend-go = U bilan boraman, chunki u menga mehribon.
scenario-boarding-school-new-friend-go-result = Koʻp odamlar borgan boʻlardi. Kimdir senga gʻamxoʻrlik qilsa, yoqimli boʻladi. Shanba kuni u bilan avtobusda Rigaga ketasan.
scenario-boarding-school-teacher = Oʻsha kuni kechqurun Roberts Telegramda yozadi: «Maktabda hech kimga aytma. Shunchaki kel, qiziq boʻladi.» U senga yoqadi va borging keladi.
scenario-boarding-school-teacher-signs = U safarni kattalardan sir tutishingni soʻraydi. Haqiqiy doʻstga oʻqituvchilaringdan sir saqlash kerak emas.
scenario-boarding-school-teacher-safer = Xabarni oʻqituvchingga koʻrsat. Yashirishing kerak boʻlgan safarga «yoʻq» de.
scenario-boarding-school-teacher-show-message = Xabarni oʻqituvchimga koʻrsataman.
scenario-boarding-school-teacher-show-message-result = Oʻqituvching senga rahmat aytadi. U sen hech qanday yomon ish qilmaganingni aytadi. Bundan keyin bu ish bilan u va maktabning ijtimoiy xodimi shugʻullanadi.
scenario-boarding-school-teacher-go-anyway = Baribir boraman, chunki u menga yaxshilik qilgan.
scenario-boarding-school-teacher-go-anyway-result = Koʻp odamlar borgan boʻlardi. U mehribon edi, safar esa qiziqarli tuyuladi. Shanba kuni hech kimga aytmasdan ketasan.
scenario-boarding-school-city = Rigada Roberts oʻzgaradi. U ovqat, avtobus va xona uchun undan qarzdor ekaningni aytadi. Qarzni uzish uchun vokzalda tilanchilik qilishing yoki doʻkonlardan narsa olib chiqishing kerak, deydi.
scenario-boarding-school-city-signs = Sen hech qachon rozi boʻlmagan «qarz». Senga tilanchilik yoki oʻgʻirlik qilishni buyurishadi. Mehribon boʻlgan odam endi senga buyruq beradi.
scenario-boarding-school-city-safer = Istalgan vaqtda yordam soʻrashing mumkin. Xavfsiz katta odamga bor: vokzal xodimiga, doʻkon xodimiga yoki politsiya xodimiga. Maktabingga qoʻngʻiroq qil.
scenario-boarding-school-city-ask-worker = Vokzal xodimining oldiga borib, yordam soʻrayman.
scenario-boarding-school-city-ask-worker-result = Xodim seni tinch xonaga olib boradi. U politsiyani chaqiradi, politsiya xodimi esa maktabingga qoʻngʻiroq qiladi.
scenario-boarding-school-city-do-it = U aytganini qilaman, chunki undan qarzdordek his qilaman.
scenario-boarding-school-city-do-it-result = Koʻp odamlar ham shunday his qilgan boʻlardi. Kun boʻyi vokzalda odamlardan tanga soʻraysan. Kechqurun Roberts hamma pulni oladi va qarz hali ham borligini aytadi.
scenario-boarding-school-pressure = Kunlar oʻtadi. Endi Roberts doʻkonlardan oʻgʻirlik qilishingni istaydi. U shunday deydi: «Politsiyaga borsang, muammoga oʻzing qolasan.»
scenario-boarding-school-pressure-signs = «Qarz» hech qachon kamaymaydi. U hamma pulni oladi. Indamasliging uchun seni qoʻrqitadi.
scenario-boarding-school-pressure-safer = U buni seni jim turishing uchun aytadi. Bu sening aybing emas. Maktabingga yoki yordam telefoniga qoʻngʻiroq qil.
scenario-boarding-school-pressure-call-teacher = Birovdan telefon soʻrab, oʻqituvchimga qoʻngʻiroq qilaman.
scenario-boarding-school-pressure-call-teacher-result = Oʻqituvching darhol javob beradi. U qoʻngʻiroq qilganingdan xursand va seni ayblamaydi. U qayerdaligingni soʻraydi va yordam chaqiradi.
scenario-boarding-school-pressure-stay-quiet = Indamay yuraman, chunki qoʻrqaman.
scenario-boarding-school-pressure-stay-quiet-result = Qoʻrqish — odatiy hol. Roberts aynan shu qoʻrquvga umid bogʻlagan edi.
scenario-boarding-school-end-safe = Oʻsha dam olish kunlari maktabda qolasan. Oʻqituvching va ijtimoiy xodim Roberts haqida politsiya bilan gaplashadi. Aytib berib, hech qanday yomon ish qilmading. Bu toʻgʻri ish edi.
scenario-boarding-school-end-help = Politsiya xodimi va oʻqituvching maktabga eson-omon qaytishingga yordam berishadi. Boʻlgan voqea uchun hech kim seni ayblamaydi. Yordam telefoni qanday yordam olishing mumkinligini tushuntiradi. Bu sening aybing emas.
scenario-boarding-school-end-called = Yordam senga oʻsha kuniyoq yetib keladi. Oʻqituvching seni kutib olgani keladi, ijtimoiy xodim esa sen bilan gaplashadi. Tayyor boʻlganingda ularga hammasini aytib berishing mumkin. Bu sening aybing emas.
scenario-boarding-school-end-trouble = Bir kuni doʻkon qoʻriqchisi seni toʻxtatadi. Sen qoʻrqasan, lekin sen bilan gaplashgani ijtimoiy xodim keladi. Sen unga Roberts haqida aytib berasan, u esa seni tinglaydi. Bu sening aybing emas va yordam olishga hali kech emas.

## construction-wages

scenario-construction-wages-title = Qurilishdagi ish
scenario-construction-wages-summary = Naqd maosh va turar joy bilan qurilishdagi ish. Keyin maosh kelmay qoladi.
scenario-construction-wages-offer = Sen 18 yoshdasan va Jelgavada maktabni endigina tamomlading. Doʻsting Nikita qurilishga ishchilar kerak boʻlgan bir xoʻjayinni taniydi. Maosh naqd pulda, turar joy beriladi, shartnoma esa yoʻq. Ertagayoq boshlashing mumkin.
scenario-construction-wages-offer-signs = Yozma shartnoma yoʻq. Maosh faqat naqd pulda. Turar joyni xoʻjayin beradi. Juda tez qaror qilishing kerak.
scenario-construction-wages-offer-safer = Ishni boshlashdan oldin yozma shartnoma soʻra. Kompaniya nomini soʻra va uni tekshir. Oʻzing ishonadigan katta odam bilan gaplash.
scenario-construction-wages-offer-ask-contract = Avval yozma shartnoma soʻrayman.
scenario-construction-wages-offer-ask-contract-result = Xoʻjayin shunday deydi: «Shartnoma keyin. Avval ishlay olishingni koʻrsat.» U senga kompaniya nomini aytadi.
scenario-construction-wages-offer-start = Ertaga shartnomasiz ishni boshlayman.
scenario-construction-wages-offer-start-result = Koʻp odamlar ishni boshlagan boʻlardi. Senga pul kerak, Nikita esa xoʻjayin yaxshi odam deydi.
scenario-construction-wages-contract = Kompaniya nomini bilasan, lekin shartnoma hali ham yoʻq. Amaking qurilishda ishlaydi. U kompaniyani tekshirishga yordam berishni taklif qiladi.
scenario-construction-wages-contract-signs = «Shartnoma keyin» — ogohlantiruvchi belgi. Hech narsa yozma emas. Ish beruvching aslida kimligini bilmaysan.
scenario-construction-wages-contract-safer = Kompaniyani oʻzing ishonadigan katta odam bilan birga tekshir. Faqat yozma shartnomang boʻlgandagina ishni boshla.
scenario-construction-wages-contract-check = Kompaniyani amakim bilan tekshiraman.
scenario-construction-wages-contract-check-result = Kompaniyani hech qayerdan topa olmaysan. Amaking senga shartnomali ish qidirishga yordam beradi.
scenario-construction-wages-contract-start-anyway = Baribir boshlayman, chunki maosh yaxshiga oʻxshaydi.
scenario-construction-wages-contract-start-anyway-result = Koʻp odamlar ham shunday qilgan boʻlardi. Birinchi kunlar yaxshi oʻtadi.
scenario-construction-wages-site = Ish ogʻir, haftasiga 6 kun. 2 haftadan keyin ham senga maosh berilmaydi. Xoʻjayin shunday deydi: «Uni turar joying uchun ushlab qolaman. Qolganini keyin toʻlayman.»
scenario-construction-wages-site-signs = Maoshing ushlab qolinyapti. Sen rozi boʻlmagan turar joy xarajati. Keyinroq toʻlash haqidagi vaʼdalar.
scenario-construction-wages-site-safer = Ish beruvchi ishing uchun senga haq toʻlashi shart. Ish kunlaring va soatlaringni yozib bor, barcha xabarlarni saqla. Ishonchli katta odamdan yoki yordam telefonidan soʻra. Xoʻjayin bilan yolgʻiz oʻzing tortishma.
scenario-construction-wages-site-get-help = Ish soatlarimni yozib boraman va yordam telefoniga qoʻngʻiroq qilaman.
scenario-construction-wages-site-get-help-result = Yordam telefonida seni tinglashadi va nima qilishing mumkinligini aytishadi. Yozuvlaring va xabarlaring yordam berishi mumkin.
scenario-construction-wages-site-wait = Ishlashda davom etaman va pulni kutaman.
scenario-construction-wages-site-wait-result = Koʻp odamlar kutgan boʻlardi. Ishlab topganingni yoʻqotishni istamaysan.
scenario-construction-wages-later = Bir oydan keyin ham maosh yoʻq. Xoʻjayin endi sen undan turar joy va asboblar uchun qarzdor ekaningni aytadi. Boshqa ishchi Artjoms xoʻjayin hech kimga pul toʻlamasligini aytadi.
scenario-construction-wages-later-signs = Maoshing oʻrniga «qarz» oʻsib boradi. Boshqa ishchilarda ham xuddi shu muammo bor. Ketib boʻlmaydigandek his qilasan.
scenario-construction-wages-later-safer = Ish beruvchi ishing uchun senga haq toʻlashi shart. Yozuvlaring va xabarlaringni saqla. Yordam telefonidan nima qilishing mumkinligini soʻra. Istalgan vaqtda yordam soʻrashing mumkin.
scenario-construction-wages-later-get-help = Yozuvlarim va xabarlarimni saqlayman va yordam telefoniga qoʻngʻiroq qilaman.
scenario-construction-wages-later-get-help-result = Yordam telefonida seni tinglashadi va ayblashmaydi. Ular keyingi qadamlarni tushuntirishadi. Artjoms ham qoʻngʻiroq qilishga qaror qiladi.
scenario-construction-wages-later-stay = U menga qarz boʻlgan pulni yoʻqotmaslik uchun qolaman.
scenario-construction-wages-later-stay-result = Koʻp odamlar qolib, umid qilgan boʻlardi. Xoʻjayin hamon «keyingi hafta» deyishda davom etadi.
scenario-construction-wages-end-safe = Ikki haftadan keyin yozma shartnoma bilan ishni boshlaysan. Ish soatlaring va maoshingni bilasan. Nikitaga ham xoʻjayinni tekshirib koʻrishni aytasan.
scenario-construction-wages-end-help = Bu xoʻjayinda ishlashni toʻxtatasan. Yordam telefoni maoshingni qanday soʻrashing mumkinligini tushuntiradi. Bu sening aybing emas edi. Sen erta yordam soʻrading va bu muhim.
scenario-construction-wages-end-late = Sen Artjoms bilan birga qurilishdan ketasan. Yordam telefoni keyingi qadamlarda seni qoʻllab-quvvatlaydi. Bu sening aybing emas. Yordam soʻrashga kech emas edi.
scenario-construction-wages-end-trouble = Oylar oʻtadi va «qarz» oʻsishda davom etadi. Bir kuni onangga hammasini aytib berasan. U yordam telefoniga qoʻngʻiroq qilishingga yordam beradi. Bu sening aybing emas va hali kech emas.

## bystander

scenario-bystander-title = Oʻzgarib qolgan doʻst
scenario-bystander-summary = Sinfdoshing boshqacha boʻlib qolganga oʻxshaydi. Doʻst nima qila oladi?
scenario-bystander-notice = Sinfdoshing Daniels oʻzgarib qoldi. U darsda charchagan boʻladi va tez-tez maktabni qoldiradi. Uning yangi krossovkalari va yangi telefoni bor. Darsdan keyin uni mashinada yoshi kattaroq bir yigit olib ketadi.
scenario-bystander-notice-signs = U charchagan va darslarni qoldiradi. Uning qimmat yangi narsalari bor. Uni yoshi kattaroq «doʻst» olib ketadi.
scenario-bystander-notice-safer = Daniels bilan yolgʻiz qolganda u bilan mehribonlik bilan gaplash. Tingla va qoralama. Shunchaki koʻz yumib oʻtib ketma.
scenario-bystander-notice-talk = Danielsdan ahvoli qandayligini mehribonlik bilan soʻrayman.
scenario-bystander-notice-talk-result = Daniels hayron boʻladi, lekin tushlikda sen bilan birga oʻtirishga rozi boʻladi.
scenario-bystander-notice-joke = Boshqalarning oldida uning boy yangi doʻsti haqida hazil qilaman.
scenario-bystander-notice-joke-result = Boshqalar kulishadi. Daniels jim boʻlib qoladi va sen bilan oʻtirmay qoʻyadi. Hazillar doʻstni sendan uzoqlashtirishi mumkin.
scenario-bystander-notice-ignore = Hech narsa demayman, chunki bu mening ishim emas.
scenario-bystander-notice-ignore-result = Koʻp odamlar bunga aralashmagan boʻlardi. Aralashmaslik xavfsizroqdek tuyulishi mumkin.
scenario-bystander-talk = Tushlikda Daniels yoshi katta yigit unga «mayda ishlar» berib turishini aytadi. U xavotirda koʻrinadi. U shunday deydi: «Endi toʻxtay olmayman. Men undan qarzdorman.»
scenario-bystander-talk-signs = Yoshi katta odam uchun «mayda ishlar». U qutula olmaydigan qarz. U qoʻrqqanga oʻxshaydi.
scenario-bystander-talk-safer = Unga bu uning aybi emasligini ayt. Ishonchli katta odamga, masalan, oʻqituvchi yoki maktab psixologiga ayt. Yoshi katta yigitning oldiga oʻzing borma.
scenario-bystander-talk-tell-adult = Uning uchun qaygʻurishimni aytaman va biz birga maktab psixologi oldiga boramiz.
scenario-bystander-talk-tell-adult-result = Daniels asabiylashadi, lekin sen bilan birga keladi. Psixolog uni xotirjam tinglaydi.
scenario-bystander-talk-confront = Yoshi katta yigitning oldiga borib, Danielsni tinch qoʻyishini aytaman.
scenario-bystander-talk-confront-result = Sen doʻstingni himoya qilmoqchisan va bu jasorat. Lekin yigit shunchaki kuladi. Keyin Danielsga sen bilan gaplashmaslikni aytadi.
scenario-bystander-talk-keep-secret = Danielsga buni sir saqlashga vaʼda beraman.
scenario-bystander-talk-keep-secret-result = Daniels senga ishonadi. Lekin endi sen katta tashvish bilan yolgʻiz qolding.
scenario-bystander-worse = Ikki haftadan keyin Daniels butun bir hafta maktabga kelmaydi. Kimdir yoshi katta yigit «uning xoʻjayini» ekanini aytadi. Sen xavotirdasan va nima qilishni bilmaysan.
scenario-bystander-worse-signs = U maktabni tobora koʻproq qoldiryapti. Yoshi katta odamning unga hukmi oʻtadi. Ishlar yomonlashmoqda.
scenario-bystander-worse-safer = Harakat qilishga hech qachon kech emas. Koʻrganlaringni oʻzing ishonadigan oʻqituvchiga ayt. Yoki Danielsga iliq xabar yoz.
scenario-bystander-worse-tell-teacher = Sezganlarimni sinf rahbarimizga aytaman.
scenario-bystander-worse-tell-teacher-result = Oʻqituvchi senga rahmat aytadi va buni jiddiy qabul qiladi. U toʻgʻri ish qilganingni aytadi.
scenario-bystander-worse-write = Danielsga iliq xabar yozaman.
scenario-bystander-worse-write-result = Daniels bir soatdan keyin javob beradi. U ertaga tushlikda gaplashsak boʻladimi, deb soʻraydi.
scenario-bystander-worse-wait = Kutaman, chunki bu shunchaki gʻiybat boʻlishi mumkin.
scenario-bystander-worse-wait-result = Koʻp odamlar kutib, umid qilgan boʻlardi. Daniels maktabga kelmayveradi.
scenario-bystander-confronted = Endi yoshi katta yigit kimligingni biladi. Daniels jahldor va qoʻrqib ketgan. U sen vaziyatni yomonlashtirganingni aytadi.
scenario-bystander-confronted-signs = Yoshi katta yigit endi seni taniydi. Daniels avvalgidan ham koʻproq qoʻrqadi. Bu yolgʻiz hal qilib boʻlmaydigan darajada katta muammo.
scenario-bystander-confronted-safer = Yoshi katta yigitning oldiga boshqa borma. Hamma narsani ishonchli katta odamga ayt. Oʻzingni xavfsiz his qilmasang, darhol katta odamga ayt.
scenario-bystander-confronted-tell-adult = Maktab psixologiga hammasini aytib beraman.
scenario-bystander-confronted-tell-adult-result = Psixolog seni tinglaydi va rahmat aytadi. U sen bilan oʻzingni va Danielsni qanday xavfsiz saqlash haqida gaplashadi.
scenario-bystander-confronted-stay-away = Endi bularning barchasidan uzoq turaman.
scenario-bystander-confronted-stay-away-result = Qoʻrqib ketgandan keyin koʻp odamlar chetga chiqqan boʻlardi. Lekin Daniels haqidagi xavotir qolaveradi.
scenario-bystander-secret = Bir necha kundan keyin Daniels senga kechasi kech yozadi: «Men yaxshiman. Iltimos, hech kimga aytma.» U 3 kundan beri maktabga kelmagan.
scenario-bystander-secret-signs = U yana maktabga kelmayapti. U sendan jim turishingni soʻraydi. Baʼzi sirlarni saqlash xavfli.
scenario-bystander-secret-safer = Vaʼda bergan boʻlsang ham, ishonchli katta odamga ayt. Doʻstingning xavfsizligi vaʼdadan muhimroq.
scenario-bystander-secret-tell-adult = Vaʼda bergan boʻlsam ham, oʻzim ishonadigan oʻqituvchiga aytaman.
scenario-bystander-secret-tell-adult-result = Vaʼdani buzish qiyin. Oʻqituvchi senga rahmat aytadi va kimga murojaat qilishni biladi.
scenario-bystander-secret-keep = Vaʼdamda turaman va hech narsa demayman.
scenario-bystander-secret-keep-result = Sen sodiq doʻst boʻlishni xohlading. Lekin Daniels hamon muammosi bilan yolgʻiz.
scenario-bystander-end-safe = Psixolog va boshqa kattalar Danielsga yordam bera boshlaydi. Bunga vaqt kerak boʻladi, lekin u maktabga qaytadi. Bir kuni u shunday deydi: «Koʻz yumib oʻtib ketmaganing uchun rahmat.»
scenario-bystander-end-help = Endi qanday yordam berishni biladigan kattalar Daniels bilan gaplashmoqda. Buni oʻzing hal qilishing shart emas. Aytib berganing toʻgʻri ish edi va bu jasorat edi.
scenario-bystander-end-trouble = Daniels hamon uzoqdagidek tuyuladi va sen hamon xavotirdasan. Hali kech emas. Istalgan vaqtda ishonchli katta odamga aytishing yoki yordam telefoniga qoʻngʻiroq qilishing mumkin. Daniels uchun ham yordam bor.

scenario-summer-job-abroad-title = Chet elda yozgi ish
scenario-summer-job-abroad-summary = Instagramdagi bir akkaunt chet eldagi fermada yozgi ish taklif qiladi, yoʻl esa «hammasi hal qilingan».
scenario-summer-job-abroad-offer = Sen 17 yoshdasan va Jelgavada yashaysan. Instagramdagi bir akkaunt chet eldagi rezavorlar fermasida yozgi ish taklif qiladi. Maosh odatdagidan ikki baravar koʻp. Pasporting suratini yuborsang, yoʻl ham, yotar joy ham — «hammasi hal qilingan».
scenario-summer-job-abroad-offer-signs = Notanish odam birinchi boʻlib yozadi. Maosh odatdagidan ancha yuqori. Kompaniya nomi yoʻq. Ular hamma narsadan oldin pasporting suratini soʻraydi.
scenario-summer-job-abroad-offer-safer = Oʻzing ishonadigan katta odam bilan gaplash. Kompaniyani oʻzing qidirib koʻr. Notanish odamlarga pasport suratlarini yuborma. Ish olish uchun hech qachon pul toʻlama.
scenario-summer-job-abroad-offer-ask-mum = Taklifni onamga koʻrsataman.
scenario-summer-job-abroad-offer-ask-mum-result = Onang uni sen bilan birga oʻqiydi va bu fikr ustidan kulmaydi. U kompaniya nomi va shartnoma soʻrashni taklif qiladi.
scenario-summer-job-abroad-offer-say-yes = «Ha» deyman va pasport suratini yuboraman.
scenario-summer-job-abroad-offer-say-yes-result = Koʻp odamlar «ha» degan boʻlardi. Bu yaxshi yozga oʻxshaydi. Akkaunt oʻsha kuniyoq chiptangni band qiladi va uning pulini «keyinroq» toʻlashing mumkinligini aytadi.
scenario-summer-job-abroad-check = Sen kompaniya nomi va yozma shartnoma soʻraysan. Ishga yollovchi qogʻozlarga vaqt yoʻqligini aytadi. Chipta — «yoʻl uchun qarz», uni maoshingdan qaytarasan. Bugunoq qaror qilishing kerak.
scenario-summer-job-abroad-check-signs = Shartnoma ham, kompaniya nomi ham yoʻq. Seni qaror qilishga shoshiltirishadi. Bir kun ham ishlamasdan turib qarzdor boʻlib qolasan.
scenario-summer-job-abroad-check-safer = Yozma shartnomasiz ishga «yoʻq» de. Ish beruvchidan chiptani qarzga olma. Haqiqiy ish beruvchi senga oʻylab koʻrish uchun vaqt beradi.
scenario-summer-job-abroad-check-say-no = «Yoʻq» deyman. Shartnomasiz ish menga toʻgʻri kelmaydi.
scenario-summer-job-abroad-check-say-no-result = Yollovchi sen ajoyib imkoniyatni boy berayotganingni yozadi. Keyin akkaunt jim boʻlib qoladi. «Yoʻq» deganing uchun hech narsa yoʻqotmaysan.
scenario-summer-job-abroad-check-go-anyway = Baribir boraman. Balki shartnoma keyinroq boʻlar.
scenario-summer-job-abroad-check-go-anyway-result = Koʻp odamlar borgan boʻlardi. Onang xavotirda, lekin sen unga har kuni qoʻngʻiroq qilishga vaʼda berasan.
scenario-summer-job-abroad-arrival = Sen chet elga uchib borasan. Oʻzini menejer deb atagan bir erkak seni kutib oladi. U pasportingni soʻraydi. Uni xavfsiz saqlashini va «hujjatlarni rasmiylashtirishini» aytadi.
scenario-summer-job-abroad-arrival-signs = Kimdir pasportingni oʻzida saqlamoqchi. Shartnoma hali ham yoʻq. Qaysi manzilda yashashingni bilmaysan.
scenario-summer-job-abroad-arrival-safer = Pasportingni oʻzingda saqla. Hech kim pasportingni oʻzida saqlashga haqli emas. Manzilingni uydagi biror kishiga yubor.
scenario-summer-job-abroad-arrival-keep-passport = Pasportimni oʻzim saqlashimni aytaman.
scenario-summer-job-abroad-arrival-keep-passport-result = Menejer qovogʻini soladi, lekin boshqa talab qilmaydi. Pasporting choʻntagingda qoladi. Manzilingni onangga yuborasan.
scenario-summer-job-abroad-arrival-give-passport = Pasportimni unga beraman. U xoʻjayin-ku.
scenario-summer-job-abroad-arrival-give-passport-result = Koʻp odamlar xoʻjayinga ishongan boʻlardi. U pasportingni sumkasiga soladi. Uni «oxirida» qaytarib olishingni aytadi.
scenario-summer-job-abroad-debt = 2 haftadan keyin menejer senga bir roʻyxatni koʻrsatadi. Chipta, yotar joy va ovqat sen ishlab topganingdan qimmatroq. U buni sening «yoʻl qarzing» deb ataydi. Qarz toʻlanmaguncha keta olmasligingni aytadi.
scenario-summer-job-abroad-debt-signs = Kamayish oʻrniga oʻsib boradigan qarz. Maoshing turar joy va ovqatga ketadi. Senga keta olmasligingni aytishadi.
scenario-summer-job-abroad-debt-safer = Ish beruvchi ishing uchun senga haq toʻlashi shart. Uydagi biror kishiga ayt. Yordam telefoniga murojaat qil. Istalgan vaqtda, keyinroq ham yordam soʻrashing mumkin.
scenario-summer-job-abroad-debt-message-home = Yashirincha onamga va yordam telefoniga yozaman.
scenario-summer-job-abroad-debt-message-home-result = Onang darhol javob beradi. Yordam telefonida seni tinglashadi va ayblashmaydi. Birgalikda uyga qaytish rejasini tuzasizlar.
scenario-summer-job-abroad-debt-work-more = Qarzni uzish uchun qolib, koʻproq ishlayman.
scenario-summer-job-abroad-debt-work-more-result = Koʻp odamlar qarzni uzishga harakat qilgan boʻlardi. Lekin har hafta roʻyxat uzayib boradi. Oʻzingni qamalib qolgandek va charchagandek his qilasan.
scenario-summer-job-abroad-end-safe = Yozni uyda oʻtkazasan va Jelgavadan ish topasan. Doʻstlaringga oʻsha akkaunt haqida aytib berasan. Keyingi safar avval nimani tekshirish kerakligini bilasan.
scenario-summer-job-abroad-end-help = Onang va yordam telefoni yordamida u yerdan chiqib, uyga qaytasan. Bu sening aybing emas edi. Yordam soʻraganingda yordam bor edi.
scenario-summer-job-abroad-end-trouble = Yoz tugaydi, qarz esa hamon bor. Bir kuni kechqurun boshqa bir ishchi ayol senga telefonini berib turadi. Sen yordam telefoniga qoʻngʻiroq qilasan va u yerda seni tinglashadi. Bu sening aybing emas va yordam olishga hali kech emas.

## bank-account

scenario-bank-account-title = Bank hisobingni ijaraga berish
scenario-bank-account-summary = Telegramda kimdir bank hisobingdan foydalanish evaziga oson pul taklif qiladi.
scenario-bank-account-offer = Sen 16 yoshdasan va Rēzeknede yashaysan. Telegramdagi bir guruhda kimdir «oson pul» taklif qiladi. Buning uchun bank hisobingni ularga bir haftaga «ijaraga berishing» kifoya.
scenario-bank-account-offer-signs = Deyarli hech narsa qilmasdan pul. Notanish odam bank hisobingdan foydalanmoqchi. Ular bu «mutlaqo qonuniy» deyishadi.
scenario-bank-account-offer-safer = Javob berma. Bank hisobing, kartang va Smart-ID faqat sen uchun. Oʻzing ishonadigan katta odamga ayt.
scenario-bank-account-offer-ignore = Javob bermayman va guruhdan chiqaman.
scenario-bank-account-offer-ignore-result = Sen guruhdan chiqasan. Ertasi kuni maktabda bir sinfdoshing xuddi shu taklif haqida gapiradi.
scenario-bank-account-offer-ask-more = Bu qanday ishlashini soʻrayman.
scenario-bank-account-offer-ask-more-result = Koʻp odamlar qiziqqan boʻlardi. Bir daqiqada javob keladi. Bu odam doʻstona va oʻziga ishongan koʻrinadi.
scenario-bank-account-details = Hisobingga pul tushadi va sen uni darhol boshqa joyga oʻtkazasan. Bir qismini oʻzingga olib qolasan. Yoki kartang va Smart-ID loginingni ularga berasan, hammasini ular oʻzlari qiladi.
scenario-bank-account-details-signs = Ular kartangni, PIN-kodingni yoki Smart-ID loginingni soʻraydi. Notanish odamlarning puli hisobing orqali oʻtadi. Ular hech kim hech qachon bilmaydi deyishadi.
scenario-bank-account-details-safer = «Yoʻq» de. Boshqa birov uchun hisobing orqali pul oʻtkazish jinoyat boʻlishi mumkin. Bankka va oʻzing ishonadigan katta odamga ayt.
scenario-bank-account-details-say-no = «Yoʻq» deyman va onamga hamda bankka aytaman.
scenario-bank-account-details-say-no-result = Onang unga aytganingdan xursand. Bank senga rahmat aytadi va qanday qilib xavfsiz qolishni tushuntiradi. Sen u odamni bloklaysan.
scenario-bank-account-details-give-login = Kartam va Smart-ID loginimni ularga beraman.
scenario-bank-account-details-give-login-result = Koʻp odamlar buni zararsiz deb oʻylagan boʻlardi. Ular senga «rahmat» sifatida ozgina pul yuborishadi. Endi ular hisobingdan foydalana oladi.
scenario-bank-account-classmate = Sinfdoshing Artjoms buni qilganini aytadi. U bu pulga yangi krossovka sotib olgan. U shunday deydi: «Qoʻrqma, hamma shunday qiladi. Ularga ismingni aytib qoʻyishim mumkin.»
scenario-bank-account-classmate-signs = Doʻsting senga bosim oʻtkazadi va hamma shunday qiladi, deydi. Haqiqiy ishsiz oson pul. Tez qaror qilish uchun bosim.
scenario-bank-account-classmate-safer = Doʻstingga ham «yoʻq» de. Oʻzing ishonadigan katta odamga ayt. Bunga allaqachon aralashib qolgan doʻstga ham yordam kerak boʻlishi mumkin.
scenario-bank-account-classmate-tell-dad = «Yoʻq» deyman va dadamga guruh haqida aytaman.
scenario-bank-account-classmate-tell-dad-result = Dadang seni tinglaydi va xotirjam qoladi. U guruh ustidan shikoyat qilishingga yordam beradi. Sen Artjomsga u hali ham yordam soʻrashi mumkinligini aytasan.
scenario-bank-account-classmate-try-once = «Ha» deyman, faqat bir marta.
scenario-bank-account-classmate-try-once-result = Doʻsting hammasi joyida desa, koʻp odamlar bir marta urinib koʻrgan boʻlardi. Artjoms ismingni ularga yetkazadi. Ertasi kuni senga notanish odam yozadi.
scenario-bank-account-transfers = Hisobingga notanish odamlardan pul tushadi va sen uni tezda boshqa joyga oʻtkazishing kerak. Keyin bank hisobingni bloklaydi va bankka kelishingni soʻraydi. Haligi odam shunday yozadi: «Ularga hech narsa aytma, boʻlmasa muammoga qolasan.»
scenario-bank-account-transfers-signs = Sen tanimaydigan odamlardan pul. Hisobing bloklangan. Agar gapirsang, kimdir senga tahdid qiladi.
scenario-bank-account-transfers-safer = Bankka haqiqatni ayt. Oʻzing ishonadigan katta odamga ayt. Agar kimdir senga tahdid qilsa, politsiya yordam bera oladi. Istalgan vaqtda, keyinroq ham yordam soʻrashing mumkin.
scenario-bank-account-transfers-tell-bank = Onam bilan bankka boraman va haqiqatni aytaman.
scenario-bank-account-transfers-tell-bank-result = Bu qiyin, lekin sen ularga hammasini aytib berasan. Bank keyingi qadamlarni tushuntiradi. Onang yoningda qoladi.
scenario-bank-account-transfers-stay-quiet = Jim turaman va haligi odam aytganini qilaman.
scenario-bank-account-transfers-stay-quiet-result = Koʻp odamlar gapirishdan juda qoʻrqqan boʻlardi. Lekin u odam yozishda davom etadi. Endi u ikkinchi hisob ochishingni istaydi.
scenario-bank-account-end-safe = Sen «yoʻq» deding va hisobing faqat oʻzingniki. Sen aytgan katta odam taklif ustidan shikoyat qilishingga yordam berdi. Doʻstlaringni ham bu guruh haqida ogohlantirasan.
scenario-bank-account-end-help = Hisob sening nomingda, shuning uchun savollar senga beriladi. Lekin sen haqiqatni erta aytding va kattalar senga yordam bermoqda. Agar u odam senga tahdid qilsa, politsiya yordam bera oladi. Hammasini toʻgʻrilashga hali kech emas.
scenario-bank-account-end-trouble = Hisob sening nomingda, shuning uchun bank va politsiya bu haqda sendan soʻraydi. Oʻzingni tuzoqqa tushgandek va yolgʻiz his qilasan. Keyin maktabning ijtimoiy xodimiga hammasini aytib berasan. U seni ayblamaydi va yordam olishingga koʻmaklashadi. Yordam olishga hali kech emas.

## loverboy

scenario-loverboy-title = Sovgʻalar beradigan yigit
scenario-loverboy-summary = Instagramda tanishgan, sendan katta yigit avvaliga juda mehribon. Keyin u buning evaziga nimadir istaydi.
scenario-loverboy-meet = Sen 15 yoshdasan va Daugavpilsda yashaysan. Instagramda 22 yoshli Roberts bilan tanishasan. U senga sovgʻalar oladi va sen alohida ekaningni aytadi. U oʻzini ota-onangdan sir tutishingni soʻraydi.
scenario-loverboy-meet-signs = Sendan katta odam senga juda tez koʻp sovgʻa beradi. U oʻzini sir tutishingni istaydi. U seni faqat oʻzi tushunishini aytadi.
scenario-loverboy-meet-safer = U haqida doʻstingga yoki oʻzing ishonadigan katta odamga ayt. Sovgʻalar hech qachon seni kimgadir qarzdor qilib qoʻymasligi kerak. Doʻstlaring bilan koʻrishishda davom et.
scenario-loverboy-meet-tell-sofija = U haqida eng yaqin dugonam Sofijaga aytaman.
scenario-loverboy-meet-tell-sofija-result = Sofija sen uchun xursand, lekin bir nechta savol beradi. Nega u sendan shuncha katta? Nega bu sir boʻlishi kerak?
scenario-loverboy-meet-keep-secret = U soʻraganidek, uni sir tutaman.
scenario-loverboy-meet-keep-secret-result = Koʻp odamlar yoqtirgan odami uchun sir saqlagan boʻlardi. Bu oʻzgacha tuyuladi. Lekin endi nima boʻlayotganini faqat Roberts biladi.
scenario-loverboy-friends = Roberts seni har kuni kechqurun koʻrishni istaydi. U Sofija hasad qilayotganini va uning senga zarari borligini aytadi. Usiz koʻchaga chiqsang, u xafa boʻladi. Sen doʻstlaringni tobora kamroq koʻrasan.
scenario-loverboy-friends-signs = U seni doʻstlaringdan uzib qoʻymoqchi. Boshqalar bilan vaqt oʻtkazsang, u xafa boʻladi. U bilan boshqa hamma oʻrtasida tanlashing kerakdek his qilasan.
scenario-loverboy-friends-safer = Doʻstlaring bilan koʻrishishda davom et. Uning oʻzini qanday tutishi haqida oʻzing ishonadigan odam bilan gaplash. Seni sevadigan odam seni yolgʻiz qilib qoʻymaydi.
scenario-loverboy-friends-see-friends = Baribir Sofija bilan koʻchaga chiqaman va unga Robertsning oʻzini qanday tutishini aytaman.
scenario-loverboy-friends-see-friends-result = Sofija bu sevgiga oʻxshamasligini aytadi. U sen bilan birga maktab psixologi oldiga boradi. Sen birinchi marta hammasini ovoz chiqarib aytasan.
scenario-loverboy-friends-drop-friends = Uni xursand qilish uchun doʻstlarim bilan koʻrishishni toʻxtataman.
scenario-loverboy-friends-drop-friends-result = Koʻp odamlar sevgan odami uchun shunday qilgan boʻlardi. Roberts bir muddat yana mehribon boʻladi. Lekin endi u sen gaplashadigan deyarli yagona odam.
scenario-loverboy-debt = Bir kuni Roberts gʻamgin va qoʻrqib ketgan. U xavfli odamlardan qarzdor ekanini aytadi. U sendan Rigaga kelib, «qarzini uzishga yordam berishing»ni soʻraydi. Bu qanday yordam ekanini aytmaydi.
scenario-loverboy-debt-signs = U oʻz muammolarini sening muammolaringga aylantiradi. U «qarzini uzishga yordam berishing»ni soʻraydi. Nima qilishing kerakligini aytmaydi.
scenario-loverboy-debt-safer = «Yoʻq» de. Uning qarzi sening qarzing emas. Oʻzing ishonadigan katta odamga ayt, hatto u aytmaslikni soʻrasa ham.
scenario-loverboy-debt-say-no = «Yoʻq» deyman. Uning qarzi mening muammom emas.
scenario-loverboy-debt-say-no-result = Oʻzing qadrlaydigan odamga «yoʻq» deyish qiyin. Roberts jim boʻlib qoladi. Keyin uning xabarlari oʻzgaradi.
scenario-loverboy-debt-agree = «Ha» deyman, chunki unga yordam bermoqchiman.
scenario-loverboy-debt-agree-result = Koʻp odamlar sevgan odamiga yordam berishni istagan boʻlardi. Lekin u sening hislaringdan foydalanmoqda. Safardan oldin uning xabarlari oʻzgaradi.
scenario-loverboy-threat = Endi uning ohangi sovuq. U sen unga ishongan paytlardan qolgan shaxsiy suratlaring unda borligini aytadi. Agar u aytganini qilmasang, ularni tarqatadi. Yoki kimgadir aytsang ham.
scenario-loverboy-threat-signs = Shaxsiy suratlarni tarqatish bilan tahdid qilish. U aytganini qilishni talab qilish. Hammasini sir saqlash uchun bosim.
scenario-loverboy-threat-safer = Bu bilan yolgʻiz qolma. Xabarlarni saqlab qoʻy va hozirning oʻzida oʻzing ishonadigan katta odamga ayt. Suratlaringni tarqatish sening emas, uning qilmishi boʻladi. Bu hech qachon sening aybing emas.
scenario-loverboy-threat-tell-adult = Xabarlarni onamga va maktab psixologiga koʻrsataman.
scenario-loverboy-threat-tell-adult-result = Bu juda qiyin, lekin sen buni qilasan. Ular senga ishonishadi va seni ayblashmaydi. Ular xabarlarni saqlashingga va politsiyaga murojaat qilishingga yordam berishadi.
scenario-loverboy-threat-do-as-told = Suratlar yashirin qolishi uchun u aytganini qilaman.
scenario-loverboy-threat-do-as-told-result = Suratlari tarqalmasligi uchun koʻp odamlar deyarli hamma narsani qilgan boʻlardi. Lekin u toʻxtamaydi. Har safar koʻproq soʻraydi.
scenario-loverboy-end-safe = Sofija va psixolog yoningda turib, Roberts bilan munosabatni tugatasan. Uni hamma joyda bloklaysan. U senga bunday munosabatda boʻlgani sening aybing emas edi. Doʻstlaring yoningda, kerak boʻlsa, yordam ham bor.
scenario-loverboy-end-help = Endi sen bu bilan yolgʻiz emassan. Politsiya va yordam telefoni seni tinglaydi. Agar u suratlarni tarqatsa, aybdor u boʻladi, sen emas. Bu hech qachon sening aybing boʻlmagan.
scenario-loverboy-end-trouble = Bir muddat oʻzingni tuzoqqa tushgandek his qilasan va uyalasan. Keyin bir kuni Sofijaga yozasan. U yordam telefoniga murojaat qilishingga yordam beradi va u yerda seni ayblamasdan tinglashadi. Bu hech qachon sening aybing emas va yordam olishga hali kech emas.

## sham-marriage

scenario-sham-marriage-title = «Faqat qogʻozda» toʻy
scenario-sham-marriage-summary = Notanish odam bilan «faqat qogʻozda» nikohdan oʻtsang, chet elga bepul safar va pul.
scenario-sham-marriage-offer = Sen 19 yoshdasan va Liepājadagi kasb-hunar maktabida oʻqiysan. WhatsAppda bir ayol senga chet elga bepul safar va yaxshi pul taklif qiladi. Buning uchun hech qachon koʻrmagan erkak bilan nikohdan oʻtishing kifoya. «Bu faqat qogʻozda, sen uchun hech narsa oʻzgarmaydi», deydi u.
scenario-sham-marriage-offer-signs = Nikoh uchun pul va bepul safar. Notanish odam bu «faqat qogʻozda» deydi. Sen hech qachon koʻrmagan odam bilan nikohdan oʻtishing kerak boʻladi.
scenario-sham-marriage-offer-safer = Qaror qilishdan oldin oʻzing ishonadigan katta odam bilan gaplash. Nikoh hech qachon «faqat qogʻozda» boʻlmaydi. Faqat chatdan tanigan odamlar bilan safarga chiqma.
scenario-sham-marriage-offer-ask-aunt = Xolamdan u nima deb oʻylashini soʻrayman.
scenario-sham-marriage-offer-ask-aunt-result = Xolang seni tinglaydi va qoralamaydi. Kimdir uni qogʻoz desa ham, nikoh haqiqiy ekanini aytadi.
scenario-sham-marriage-offer-say-yes = «Ha» deyman. Bu oson pulga oʻxshaydi.
scenario-sham-marriage-offer-say-yes-result = Pul yetishmay qolganda koʻp odamlar «ha» degan boʻlardi. Ayol senga chipta yuboradi. U hech kimga aytmasliging kerakligini aytadi.
scenario-sham-marriage-think = Ayol qayta-qayta yozadi. Chipta band qilingan va sen bugunoq qaror qilishing kerak. U shunday deydi: «Hozir yoʻq desang, chipta uchun mendan qarzdor boʻlasan.»
scenario-sham-marriage-think-signs = Seni qaror qilishga shoshiltirishadi. Sen hali rozi boʻlmasingdan qarz haqida gapirishadi. Ular buni sir saqlashni istashadi.
scenario-sham-marriage-think-safer = Qarz haqida gapirishsa ham, «yoʻq» de. Raqamni blokla. Oʻzing ishonadigan katta odamga yoki yordam telefoniga ayt.
scenario-sham-marriage-think-say-no = «Yoʻq» deyman va raqamni bloklayman.
scenario-sham-marriage-think-say-no-result = Ayol bitta jahldor xabar yuboradi. Keyin boshqa hech narsa yoʻq. Xolang sen bilan faxrlanadi.
scenario-sham-marriage-think-go-anyway = Baribir boraman. Chipta tufayli muammoga qolishni istamayman.
scenario-sham-marriage-think-go-anyway-result = Koʻp odamlar boshqa iloji yoʻqdek his qilgan boʻlardi. Kichkina sumkangni yigʻasan. Faqat xolang ozgina narsa biladi.
scenario-sham-marriage-trip = Sen chet elga uchib borasan. Bir erkak seni kutib oladi va pasportingni «toʻy hujjatlari uchun» olib qoʻyadi. Sen yana ikki yosh ayol bilan bir kvartirada yashaysan. Senga yolgʻiz koʻchaga chiqmaslikni aytishadi.
scenario-sham-marriage-trip-signs = Kimdir pasportingni olib qoʻyadi. Yolgʻiz koʻchaga chiqishing mumkin emas. Sen uydan uzoqdasan va manzilni bilmaysan.
scenario-sham-marriage-trip-safer = Hech kim pasportingni oʻzida saqlashga haqli emas. Joylashuvingni oʻzing ishonadigan odamga yubor. Imkoning boʻlishi bilan yordam telefoniga murojaat qil.
scenario-sham-marriage-trip-send-location = Joylashuvimni yashirincha xolamga va yordam telefoniga yuboraman.
scenario-sham-marriage-trip-send-location-result = Xolang darhol javob beradi. Yordam telefoni keyin nima qilishingni aytadi. Endi sen yolgʻiz emassan.
scenario-sham-marriage-trip-go-along = Aytganlariga koʻnaman. Bu bor-yoʻgʻi bir necha kun.
scenario-sham-marriage-trip-go-along-result = Koʻp odamlar kutib, yaxshilikka umid qilgan boʻlardi. Toʻy bir necha daqiqa davom etadi. Sen oʻqiy olmaydigan qogʻozlarga imzo chekasan.
scenario-sham-marriage-after = Toʻydan keyin pul kelmaydi. Erkak sen safar va kvartira uchun undan qarzdor ekaningni aytadi. Qarzni uzish uchun qolib ishlashing kerak. Pasporting hamon unda.
scenario-sham-marriage-after-signs = Vaʼda qilingan pul kelmaydi. Qayerdandir qarz paydo boʻladi. Pasporting ushlab turiladi. Senga qolib ishlashni buyurishadi.
scenario-sham-marriage-after-safer = Yordam telefoniga yoki uydagi biror kishiga murojaat qil. Istalgan vaqtda, keyinroq ham yordam soʻrashing mumkin. Bu sening aybing emas.
scenario-sham-marriage-after-call-help = Kechasi yordam telefoniga yozaman.
scenario-sham-marriage-after-call-help-result = Yordam telefoni javob beradi va senga ishonadi. Ular uyga qaytishingga yordam bera boshlaydi. Bunga vaqt kerak, lekin kimdir sening tarafingda.
scenario-sham-marriage-after-stay = Pasportimni qaytarib olish uchun qolib ishlayman.
scenario-sham-marriage-after-stay-result = Koʻp odamlar qarzni uzishga umid qilgan boʻlardi. Lekin qarz oʻsishda davom etadi. Pasporting unda qolaveradi.
scenario-sham-marriage-end-safe = Liepājada qolasan va oʻqishingni tamomlaysan. Doʻstlaringga WhatsAppdagi ayol haqida aytib berasan. Pul yetishmasa, katta odamdan maslahat soʻrashing mumkinligini bilasan.
scenario-sham-marriage-end-help = Xolang va yordam telefoni bilan uyga qaytasan. Yordam telefoni hujjatlar masalasida ham yoʻl-yoʻriq koʻrsatishi mumkin. Bu sening aybing emas edi. Sen yordam soʻrading va yordam keldi.
scenario-sham-marriage-end-late = Vaqt ketdi, lekin sen uydasan. Yordam telefoni keyingi qadamlarda, jumladan hujjatlar bilan ham yordam beradi. Bu sening aybing emas edi. Hali kech emas edi.
scenario-sham-marriage-end-trouble = Oylar oʻtadi va sen oʻzingni qamalib qolgandek his qilasan. Bir kuni boshqa ayollardan biri telefon topib oladi. Birgalikda yordam telefoniga qoʻngʻiroq qilasizlar va u yerda sizni tinglashadi. Bu sening aybing emas va yordam olishga hali kech emas.

## courier-debt

scenario-courier-debt-title = Kuryerlik qoʻshimcha ishi
scenario-courier-debt-summary = Telegramdagi eʼlon kichik posilkalarni tashish uchun har kuni naqd pul taklif qiladi.
scenario-courier-debt-ad = Sen 17 yoshdasan va Rigada yashaysan. Telegramdagi eʼlonda shunday yozilgan: «Kuryer ishi, har kuni naqd pul, tajriba shart emas.» Sen shahar boʻylab kichik posilkalarni tashishing kerak boʻladi.
scenario-courier-debt-ad-signs = Oson ish uchun har kuni naqd pul. Faqat Telegram akkaunti bor, kompaniya yoʻq. Hech kim shartnoma haqida gapirmaydi.
scenario-courier-debt-ad-safer = Kompaniya nomi va shartnoma soʻra. Kompaniyani oʻzing tekshir. Oʻzing ishonadigan katta odamdan soʻra.
scenario-courier-debt-ad-ask-company = Kompaniya nomi va shartnoma soʻrayman.
scenario-courier-debt-ad-ask-company-result = Javob ancha kechikib keladi. Unda kompaniya nomi yoʻq.
scenario-courier-debt-ad-start-now = «Ha» deyman va ertaga boshlayman.
scenario-courier-debt-ad-start-now-result = Koʻp odamlar bunday qoʻshimcha ishni olgan boʻlardi. Bu oddiy tuyuladi. Oʻsha kuni kechqurun birinchi manzilni olasan.
scenario-courier-debt-check = Menejer kompaniya ham, shartnoma ham yoʻqligini aytadi. «Faqat naqd. Posilkalarni ochma, ichida nima borligini soʻrama.» U ID kartangning suratini «xavfsizlik uchun» soʻraydi.
scenario-courier-debt-check-signs = Kompaniya ham, shartnoma ham yoʻq. Nimani tashiyotganingni bilmasliging kerak. Ular ID kartangning suratini soʻraydi.
scenario-courier-debt-check-safer = «Yoʻq» de. Ichida nima borligini bilishing mumkin boʻlmagan narsani hech qachon tashima. ID kartangni notanish odamlarga yuborma.
scenario-courier-debt-check-say-no = «Yoʻq» deyman va akkauntni bloklayman.
scenario-courier-debt-check-say-no-result = Menejer shunday yozadi: «Oʻzingga zarar.» Sen uni bloklaysan. Pulga biroz achinasan, lekin sen xavfsizsan.
scenario-courier-debt-check-try-anyway = Baribir urinib koʻraman. Bular shunchaki posilkalar-ku.
scenario-courier-debt-check-try-anyway-result = Koʻp odamlar «Nima ham boʻlardi?» deb oʻylagan boʻlardi. Sen ID kartangning suratini yuborasan. Oʻsha kuni kechqurun birinchi manzil keladi.
scenario-courier-debt-runs = Bir hafta davomida skotch bilan oʻralgan kichik posilkalarni tashiysan. Ularni avtobus bekatlarida va zinapoyalarda qoldirasan. Naqd pul tez keladi. Senga hech qachon posilkani ochmaslikni aytishadi.
scenario-courier-debt-runs-signs = Posilkalar haqiqiy manzillarga emas, avtobus bekatlariga qoldiriladi. Ichida nima borligini bilmasliging kerak. Bu ish uchun maosh juda yuqori.
scenario-courier-debt-runs-safer = Hozir toʻxta. Boshqa posilka olma. Oʻzing ishonadigan katta odamga ayt. Istalgan vaqtda, keyinroq ham yordam soʻrashing mumkin.
scenario-courier-debt-runs-stop = Toʻxtayman va akamga nima qilganimni aytaman.
scenario-courier-debt-runs-stop-result = Akang xavotirlanadi, lekin baqirmaydi. U akkauntni bloklashingga yordam beradi. Hozir toʻxtaganing yaxshi boʻlganini aytadi.
scenario-courier-debt-runs-keep-going = Davom etaman. Pul yaxshi.
scenario-courier-debt-runs-keep-going-result = Pul tez kelayotganda koʻp odamlar davom etgan boʻlardi. Sen yangi kurtka sotib olasan. Keyin nimadir notoʻgʻri ketadi.
scenario-courier-debt-lost = Bir kuni kechqurun posilka «yoʻqolib qoladi». Xaridor kelishidan oldin kimdir uni bekatdan olib ketadi. Menejer buni sening aybing deydi va buning uchun undan qarzdor ekaningni aytadi. U sen yashaydigan binoning suratini yuboradi va qarzni uzish uchun koʻproq tashishingni aytadi.
scenario-courier-debt-lost-signs = Tekshirib boʻlmaydigan qarz. Ular qayerda yashashingni bilishini koʻrsatadigan tahdidlar. «Qarzni uzish» uchun koʻproq tashishni talab qilish.
scenario-courier-debt-lost-safer = Boshqa tashima va pul toʻlama. Xabarlarni saqlab qoʻy. Oʻzing ishonadigan katta odamga ayt va politsiyaga yoki yordam telefoniga murojaat qil. Bu sening aybing emas.
scenario-courier-debt-lost-tell-adult = Xabarlarni onamga koʻrsataman.
scenario-courier-debt-lost-tell-adult-result = Onang ham qoʻrqadi, lekin yoningda qoladi. U xabarlarni saqlashingga yordam beradi. Birgalikda politsiyaga va yordam telefoniga murojaat qilasizlar.
scenario-courier-debt-lost-pay-back = Barcha jamgʻarmamni ularga beraman.
scenario-courier-debt-lost-pay-back-result = Buni toʻxtatish uchun koʻp odamlar pul toʻlagan boʻlardi. Menejer pulni oladi. U bu yetarli emasligini va sen hali ham undan qarzdor ekaningni aytadi.
scenario-courier-debt-lost-carry-more = Qarzni uzish uchun koʻproq posilka tashiyman.
scenario-courier-debt-lost-carry-more-result = Qoʻrqqanda koʻp odamlar shunday qilgan boʻlardi. Lekin qarz hech qachon kamaymaydi. Har hafta posilkalar koʻpayib boradi.
scenario-courier-debt-end-safe = Sen birorta ham posilka tashimading. Keyinroq shartnomali haqiqiy qoʻshimcha ish topasan. Doʻstlaringni Telegramdagi eʼlon haqida ogohlantirasan.
scenario-courier-debt-end-stop = Sen erta toʻxtading va akang sening tarafingda. Agar akkaunt yana yozsa, unga yolgʻiz oʻzing javob bermaysan. Yana nima qilish mumkinligini yordam telefoni aytib berishi mumkin. Kimgadir aytganing jasorat edi.
scenario-courier-debt-end-help = Endi tahdidlar bilan yolgʻiz emassan. Politsiya va yordam telefoni seni tinglaydi va keyingi qadamlarni tushuntiradi. Seni aldashdi va bu sening aybing emas. Hammasini toʻgʻrilashga hali kech emas.
scenario-courier-debt-end-trouble = Talablar toʻxtamaydi va oʻzingni tuzoqqa tushgandek his qilasan. Keyin yoshlar bilan ishlovchi xodimga hammasini aytib berasan. U seni ayblamaydi va yordam telefoniga hamda politsiyaga murojaat qilishingga yordam beradi. Bu sening aybing emas va yordam olishga hali kech emas.

## The classroom screen (draft translation, not yet reviewed by a native speaker)
present-title = Sinf ekrani
present-summary = Hikoya yoki viktorinani proyektorda qadamma-qadam, yirik harflar bilan koʻrsating.
present-intro = Bu sahifani proyektorga tasvir uzatadigan kompyuterda oching. Keyin hikoya yoki viktorinani tanlang. Oʻquvchilar telefonlarida kuzatib borishlari mumkin.
present-choose = Nimani koʻrsatish
present-keys = Tugmalar
present-key-next = Oldinga: oʻng oʻq tugmasi, Space yoki pultdagi «keyingi» tugmasi. Hikoyada «keyingi» avval ogohlantiruvchi belgilarni va xavfsizroq yoʻlni koʻrsatadi.
present-key-back = Orqaga: chap oʻq tugmasi yoki pultdagi «orqaga» tugmasi.
present-key-choose = Tanlov paytida: sinf tanlagan javobning raqamini bosing yoki uni sichqoncha bilan bosing. Faqat «keyingi» bosilsa, hikoya xavfsizroq tanlov bilan davom etadi.
present-key-black = B: tanaffus uchun qora ekran. Qaytish uchun B tugmasini yana bosing.
present-key-full = F: toʻliq ekran. Escape toʻliq ekrandan chiqaradi.
present-key-ends = Home: boshiga. End: oxiriga.
present-follow = Telefoningda kuzatib bor
present-start = Boshlash
