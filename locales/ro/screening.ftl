# The screening aid for professionals: /en/screening/ (choose the person's language) and
# /en/screening/<language>/ (the questions in two languages on one phone). The questions are
# the self-check's (check-q-* in check.ftl); content/screening.toml ties them to the ILO
# indicators.
#
# Messages marked "person" are also shown to the person, in the person's language, beside the
# professional's. Speak to the person in plain words: "I", "you".

screening-title = Instrument de screening în două limbi
screening-summary = Pentru polițiști, polițiști de frontieră, inspectori de muncă, asistenți sociali și medici care nu au interpret: persoana citește întrebările în limba sa.
screening-intro = Folosiți acest instrument când întâlniți o persoană care poate avea nevoie de ajutor și nu aveți interpret. Citiți fiecare întrebare în limba dumneavoastră. Persoana citește aceeași întrebare în limba sa și atinge răspunsul pe acest telefon.
screening-private = Nimic nu este salvat sau trimis. Răspunsurile rămân pe acest ecran până când le ștergeți sau părăsiți pagina.
screening-not-verdict = Întrebările urmează indicatorii de trafic de persoane ai Organizației Internaționale a Muncii (OIM). Ele arată semne, nu o decizie. Identificarea formală este făcută de poliție, de un procuror, de o instanță sau de comisia unui furnizor de servicii.
screening-choose = În ce limbă citește persoana?
# The title of the page with the questions. { $language }: the person's language, in its own script.
screening-pair-title = Instrument de screening: { $language }
screening-give-phone = Dați telefonul persoanei. Poate citi tot ce este pe el.
screening-list-intro = Fără JavaScript, întrebările sunt listate mai jos. Puneți-le pe rând.

# person: the opening
screening-opening-who = Lucrez pentru un serviciu public din Letonia. Vreau să înțeleg situația dumneavoastră și dacă aveți nevoie de ajutor.
# person
screening-opening-stop = Nu trebuie să răspundeți. Vă puteți opri oricând.
# person
screening-opening-private = Răspunsurile dumneavoastră nu sunt salvate și nici trimise. Ele dispar când închidem această pagină.
# person
screening-opening-how = Veți vedea întrebări în limba dumneavoastră. Citiți fiecare întrebare și atingeți răspunsul dumneavoastră.
# person: the button that starts the questions
screening-begin = Începeți
# person: the button to the next screen
screening-next = Continuați

# person: the closing
screening-closing-thanks = Vă mulțumesc pentru răspunsuri.
# person
screening-closing-give-back = Vă rog să îmi dați telefonul înapoi.

# The screen the professional fills in alone.
screening-observed-title = Ce ați observat
screening-observed-intro = Marcați semnele pe care le-ați observat dumneavoastră, fără să întrebați.

# The summary, for the professional.
screening-summary-title = Rezumatul semnelor
# { $n }: how many dimensions reach the ILO rule; { $total }: how many there are (6).
screening-met = Dimensiuni în care semnele îndeplinesc regula de combinare a OIM: { $n } din { $total }.
screening-rule = O dimensiune îndeplinește regula dacă are cel puțin: două semne puternice; sau un semn puternic și unul mediu sau slab; sau trei semne medii; sau două semne medii și unul slab.
screening-none = Niciun semn nu a apărut în răspunsuri sau în ce ați observat. Acest lucru nu exclude nimic.
screening-dimension-met = Îndeplinește regula
screening-dimension-below = Nu îndeplinește regula
screening-grade-strong = puternic
screening-grade-medium = mediu
screening-grade-weak = slab
# Before the answer that showed the sign, e.g. "Answer: No".
screening-answer = Răspuns:
screening-observed-sign = Ați observat acest lucru.
screening-unsure = Persoana nu a fost sigură de răspuns la:

screening-refer-title = Ce faceți acum
screening-refer-both = Dacă vedeți semne de trafic de persoane, informați atât Poliția de Stat, cât și un furnizor de servicii: Adăpostul „Casa Sigură” sau Centrul MARTA.
screening-refer-first = Oferiți persoanei primele informații: numerele furnizorilor de servicii, de mai jos.
screening-refer-identify = Poliția, un procuror sau o instanță identifică o victimă. Comisia furnizorului de servicii poate face acest lucru fără poliție. Persoana se poate adresa și direct unui furnizor de servicii.

# person: what the person can expect, in their language
screening-expect-title = Ce se poate întâmpla mai departe
# person
screening-expect-inform = În Letonia, eu anunț Poliția de Stat și un serviciu de sprijin: Adăpostul „Casa Sigură” sau Centrul MARTA.
# person
screening-expect-service = Serviciul de sprijin poate vorbi cu dumneavoastră și vă poate explica ce opțiuni aveți. Statul plătește pentru acest ajutor.
# person
screening-expect-no-police = Acest ajutor nu depinde de discuția cu poliția.
# person
screening-expect-decide = Dumneavoastră decideți ce vreți să faceți. Puteți să îi sunați și dumneavoastră:

screening-notes = Note (opțional). Se tipăresc împreună cu rezumatul. Nu scrieți un nume sau ceva care identifică persoana, decât dacă este nevoie.
screening-print = Tipăriți sau salvați ca PDF
screening-erase = Ștergeți tot

# The names of the ILO's six dimensions, for the summary.
screening-dim-deceptive-recruitment = Recrutare înșelătoare
screening-dim-coercive-recruitment = Recrutare prin constrângere
screening-dim-recruitment-vulnerability = Recrutare prin abuz de vulnerabilitate
screening-dim-exploitative-conditions = Condiții de muncă de exploatare
screening-dim-coercion-at-destination = Constrângere la destinație
screening-dim-vulnerability-at-destination = Abuz de vulnerabilitate la destinație

# "Prepare this phone", on /<lang>/screening/: stores the aid for every language of the
# person and the self-check in every language, for work with no connection.
screening-prepare-title = Pregătiți acest telefon pentru a lucra fără internet
# { $size }: how much it downloads, e.g. "180 KB".
screening-prepare-about = Aceasta salvează pe acest telefon instrumentul de screening pentru fiecare limbă și autoevaluarea „Verificați-vă situația” în toate limbile. Se descarcă aproximativ { $size }.
screening-prepare = Pregătiți acest telefon
screening-prepare-done = Gata. Instrumentul de screening și autoevaluarea „Verificați-vă situația” funcționează pe acest telefon fără internet.
