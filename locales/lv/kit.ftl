# The page for organisations and its campaign cards. Drafted from locales/en/kit.ftl; not yet checked by a native speaker.

kit-title = Organizācijām: kartītes, plakāti un ieraksti
kit-summary = Attēli un teksts sociālajiem tīkliem 30. jūlijā un 18. oktobrī, kā arī plakāti drukāšanai, visās valodās.
kit-intro = Kopīgojiet šo lietotni ar cilvēkiem, ar kuriem strādājat. Zemāk ir attēli un teksts ierakstam, kā arī plakāti un skrejlapas katrā valodā. Jūs varat tos kopīgot un drukāt bez izmaiņām.
kit-days = Latvijas plāns cilvēku tirdzniecības novēršanai paredz ierakstus sociālajos tīklos divās dienās katru gadu:
kit-language-draft = Teksti šajā valodā ir melnraksti. Dzimtās valodas runātājs tos vēl nav pārbaudījis.
kit-card = Attēls ierakstam (1200 × 630)
kit-post = Ieraksta teksts
kit-post-how = Atlasiet tekstu un iekopējiet to savā ierakstā.
kit-posters = Plakāti un skrejlapas drukāšanai
kit-poster-a4 = A4 plakāts
kit-poster-a3 = A3 plakāts
kit-poster-a3-outdoor = A3 plakāts izvietošanai ārā
kit-poster-a6 = A6 skrejlapa, divpusēja
kit-poster-bilingual = A4 plakāts latviešu valodā un šajā valodā

campaign-world-day = 30. jūlijs: Pasaules diena cīņai pret cilvēku tirdzniecību
campaign-eu-day = 18. oktobris: ES Cilvēku tirdzniecības apkarošanas diena

campaign-card = Strādājat Latvijā? Ziniet savas tiesības. Uzziniet, kur saņemt palīdzību.

campaign-post =
    { $day }.
    Jūs strādājat Latvijā vai brauksiet uz Latviju strādāt? Ziniet savas tiesības: alga, līgumi, dokumenti, mājoklis un veselība.
    Uzziniet, kur saņemt palīdzību. Lietotne ir bez maksas, jūsu valodā un pēc pirmās atvēršanas darbojas arī bez interneta: { $link }
    Ārkārtas gadījumā zvaniet 112.
