# The self-check (/en/check/). Questions and signs: content/screening.toml.
check-title = Vaziyatingizni tekshiring
check-summary = Ishingiz haqida bir nechta savol. Javoblaringiz shu ekranda qoladi.
check-intro = Ishingiz va bu yerdagi hayotingiz haqidagi bir nechta savolga javob bering. Toʻgʻri yoki notoʻgʻri javob yoʻq. Istalgan vaqtda toʻxtashingiz mumkin.
check-private = Javoblaringiz hech qayerda saqlanmaydi va hech qayerga yuborilmaydi. Bu sahifadan chiqsangiz, javoblaringiz oʻchib ketadi.
check-list-intro = Savollar quyidagilar. Ulardan biri sizni xavotirga solsa, yordam telefoniga qoʻngʻiroq qiling.
check-start = Boshlash
check-yes = Ha
check-no = Yoʻq
check-not-sure = Aniq bilmayman
check-back = Orqaga
check-progress = { $total } tadan { $n }-savol
check-result-title = Javoblaringiz nimani koʻrsatadi
check-result-signs = Javoblaringiz quyidagi belgilarni koʻrsatadi:
check-result-none = Javoblaringiz biz soʻragan belgilarning birortasini ham koʻrsatmaydi. Shunga qaramay biror narsa notoʻgʻri deb his qilsangiz, yordam telefoniga qoʻngʻiroq qiling.
check-result-unsure = Bu savollarga javobni aniq bilmadingiz. Yordam telefoni buni aniqlashingizga yordam berishi mumkin:
check-not-legal = Bu huquqiy baho emas. U qarorni emas, belgilarni koʻrsatadi. Yordam telefonida vaziyatingizni siz bilan birga koʻrib chiqishlari mumkin.
check-next-step = Keyingi qadam: shu yordam telefonlaridan biriga qoʻngʻiroq qiling.
check-start-again = Qaytadan boshlash (javoblaringiz oʻchiriladi)
check-danger = Hozir xavf ostida boʻlsangiz, 112 raqamiga qoʻngʻiroq qiling.

# The questions, asked of the person.
check-q-job-as-promised = Ish, ish joyi va ish beruvchi sizga vaʼda qilinganidekmi?
check-q-pay-as-promised = Ish haqingiz sizga vaʼda qilinganidekmi?
check-q-papers-as-promised = Sizga vaʼda qilingan viza yoki ishlash uchun ruxsatnomani oldingizmi?
check-q-threatened-before = Bu ishni boshlashingizdan oldin kimdir sizga yoki oilangizga tahdid qilganmi?
check-q-debt-to-recruiter = Sizga bu ishni topib bergan yoki sizni bu yerga olib kelgan odamlarga qarzdormisiz?
check-q-told-police-wont-help = Kimdir sizga Latviyada politsiya yordam bermaydi, deb aytganmi?
check-q-day-off = Har haftada kamida bitta dam olish kuningiz bormi?
check-q-all-pay = Bajargan ishingiz uchun ish haqini toʻliq olasizmi?
check-q-pay-taken = Ish beruvchingiz siz rozi boʻlmagan jarimalar yoki xarajatlar uchun ish haqingizdan pul ushlab qoladimi?
check-q-safe-home = Yashash uchun xavfsiz joyingiz va oʻz karavotingiz bormi?
check-q-safety-gear = Ishingiz uchun kerakli xavfsizlik jihozlarini olasizmi?
check-q-passport = Pasportingizni oʻzingiz saqlaysizmi?
check-q-debt-to-employer = Ish beruvchingizdan qaytara olmaydigan qarzingiz bormi?
check-q-free-to-go-out = Ishlamayotgan paytingizda tashqariga chiqa olasizmi?
check-q-hurt = Ishda kimdir sizga zarar yetkazganmi?
check-q-report-threat = Kimdir siz haqingizda politsiyaga yoki migratsiya idorasiga xabar beraman, deb aytganmi?
check-q-free-to-quit = Xohlasangiz, bu ish beruvchida ishlashni toʻxtata olasizmi?
check-q-depend-on-employer = Qayerda yashashingizni va ishga qanday borishingizni ish beruvchingiz hal qiladimi?
check-q-afraid-of-authorities = Politsiyaga yoki boshqa davlat xodimlariga murojaat qilishdan qoʻrqasizmi?

# The signs, as the result lists them.
check-sign-job-as-promised = Ish, ish joyi yoki ish beruvchi sizga vaʼda qilinganidek emas.
check-sign-pay-as-promised = Ish haqingiz sizga vaʼda qilinganidek emas.
check-sign-papers-as-promised = Sizga vaʼda qilingan viza yoki ruxsatnomani olmadingiz.
check-sign-threatened-before = Ishni boshlashingizdan oldin kimdir sizga yoki oilangizga tahdid qilgan.
check-sign-debt-to-recruiter = Sizga bu ishni topib bergan odamlarga qarzdorsiz.
check-sign-told-police-wont-help = Kimdir sizga politsiya yordam bermaydi, deb aytgan.
check-sign-day-off = Har haftada dam olish kuningiz yoʻq.
check-sign-all-pay = Ish haqingizni toʻliq olmaysiz.
check-sign-pay-taken = Roziligingizsiz ish haqingizdan pul ushlab qolinadi.
check-sign-safe-home = Yashash uchun xavfsiz joyingiz yoʻq.
check-sign-safety-gear = Kerakli xavfsizlik jihozlarini olmaysiz.
check-sign-passport = Pasportingizni boshqa odam saqlaydi.
check-sign-debt-to-employer = Ish beruvchingizdan qaytara olmaydigan qarzingiz bor.
check-sign-free-to-go-out = Ishlamayotgan paytingizda tashqariga chiqa olmaysiz.
check-sign-hurt = Ishda kimdir sizga zarar yetkazgan.
check-sign-report-threat = Kimdir siz haqingizda davlat idoralariga xabar beraman, deb aytgan.
check-sign-free-to-quit = Bu ish beruvchidan keta olmaydigandek his qilasiz.
check-sign-depend-on-employer = Turar joyingizni va ishga qanday borishingizni ish beruvchingiz nazorat qiladi.
check-sign-afraid-of-authorities = Politsiyadan yoki davlat xodimlaridan qoʻrqasiz.

# What the signs of each dimension can mean.
check-dim-deceptive-recruitment = Ish haqida sizni aldagan boʻlishlari mumkin. Yordam telefoni sizga huquqlaringizni tushuntirib berishi mumkin.
check-dim-coercive-recruitment = Kimdir tahdid yoki qarz bilan sizni bu ishga kirishga majbur qilgan boʻlishi mumkin. Bu odam savdosi belgisi boʻlishi mumkin.
check-dim-recruitment-vulnerability = Yordam soʻramasligingiz uchun kimdir sizga yolgʻon gaplarni aytgan boʻlishi mumkin. Yordam telefonlari chet ellik ishchilarga ham yordam beradi.
check-dim-exploitative-conditions = Ishingizda yoki turar joyingizda huquqlaringizga rioya qilinmayotgan boʻlishi mumkin. Davlat mehnat inspeksiyasi ish beruvchingizni tekshirishi mumkin.
check-dim-coercion-at-destination = Kimdir sizni ishlashga majburlayotgan boʻlishi mumkin. Bu majburiy mehnat yoki odam savdosi belgisi boʻlishi mumkin. Yordam telefoni sizga yordam berishi mumkin.
check-dim-vulnerability-at-destination = Siz ish beruvchingizga xavfsiz darajadan koʻproq bogʻliq boʻlishingiz mumkin. Yordam telefoni sizga qanday imkoniyatlaringiz borligini aytib berishi mumkin.

# What a professional may notice without asking (screening).
check-observed-injuries = Jarohatlar yoki zoʻravonlik izlari
check-observed-no-documents = Shaxsini tasdiqlovchi hujjati yoʻq
check-observed-someone-answers = Uning oʻrniga boshqa odam javob beradi yoki yonidan ketmaydi
check-observed-fear = Qoʻrquv yoki xavotir belgilari
check-observed-unfit-for-work = Kiyimi yoki jihozlari ishga yoki ob-havoga mos emas
check-observed-unknown-address = Uyi yoki ish joyining manzilini bilmaydi
