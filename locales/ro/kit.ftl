# The page for organisations and its campaign cards. Drafted from locales/en/kit.ftl; not yet checked by a native speaker.

kit-title = Pentru organizații: imagini, afișe și postări
kit-summary = Imagini și text pentru rețelele sociale pe 30 iulie și 18 octombrie, și afișe de tipărit, în fiecare limbă.
kit-intro = Distribuiți această aplicație persoanelor cu care lucrați. Mai jos găsiți imagini și text pentru o postare, precum și afișe și pliante, în fiecare limbă. Le puteți distribui și tipări așa cum sunt.
kit-days = Planul Letoniei împotriva traficului de persoane prevede postări pe rețelele sociale în două zile din fiecare an:
kit-language-draft = Textele în această limbă sunt ciorne. Un vorbitor nativ nu le-a verificat încă.
kit-card = Imagine pentru o postare (1200 × 630)
kit-post = Textul postării
kit-post-how = Selectați textul și copiați-l în postarea dumneavoastră.
kit-posters = Afișe și pliante de tipărit
kit-poster-a4 = Afiș A4
kit-poster-a3 = Afiș A3
kit-poster-a3-outdoor = Afiș A3 pentru exterior
kit-poster-a6 = Pliant A6, față-verso
kit-poster-bilingual = Afiș A4, în letonă și în această limbă

campaign-world-day = 30 iulie: Ziua mondială împotriva traficului de persoane
campaign-eu-day = 18 octombrie: Ziua europeană de luptă împotriva traficului de persoane

campaign-card = Lucrați în Letonia? Cunoașteți-vă drepturile. Aflați unde găsiți ajutor.

campaign-post =
    { $day }.
    Lucrați în Letonia sau plecați acolo la muncă? Cunoașteți-vă drepturile: salariu, contracte, documente, locuință și sănătate.
    Aflați unde găsiți ajutor. Aplicația este gratuită, în limba dumneavoastră, și funcționează fără internet după ce o deschideți o dată: { $link }
    În caz de urgență, sunați la 112.
