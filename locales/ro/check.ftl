# The self-check (/en/check/). Questions and signs: content/screening.toml.
check-title = Verificați-vă situația
check-summary = Câteva întrebări despre munca dumneavoastră. Răspunsurile dumneavoastră rămân pe acest ecran.
check-intro = Răspundeți la câteva întrebări despre munca și viața dumneavoastră aici. Nu există răspunsuri corecte sau greșite. Vă puteți opri oricând.
check-private = Nimic din ce răspundeți nu este salvat sau trimis. Când părăsiți această pagină, răspunsurile dumneavoastră dispar.
check-list-intro = Acestea sunt întrebările. Dacă vreuna dintre ele vă îngrijorează, sunați la o linie de ajutor.
check-start = Începeți
check-yes = Da
check-no = Nu
check-not-sure = Nu știu
check-back = Înapoi
check-progress = Întrebarea { $n } din { $total }
check-result-title = Ce arată răspunsurile dumneavoastră
check-result-signs = Răspunsurile dumneavoastră arată aceste semne:
check-result-none = Răspunsurile dumneavoastră nu arată niciunul dintre semnele despre care am întrebat. Dacă totuși simțiți că ceva nu este în regulă, sunați la o linie de ajutor.
check-result-unsure = Ați avut îndoieli la aceste întrebări. O linie de ajutor vă poate ajuta să aflați:
check-not-legal = Aceasta nu este o evaluare juridică. Arată semne, nu o decizie. O linie de ajutor vă poate analiza situația împreună cu dumneavoastră.
check-next-step = Pasul următor: sunați la una dintre aceste linii de ajutor.
check-start-again = Începeți din nou (răspunsurile se șterg)
check-danger = Dacă sunteți în pericol acum, sunați la 112.

# The questions, asked of the person.
check-q-job-as-promised = Munca, locul și angajatorul sunt cele care vi s-au promis?
check-q-pay-as-promised = Salariul dumneavoastră este cel care vi s-a promis?
check-q-papers-as-promised = Ați primit viza sau permisul de muncă care vi s-a promis?
check-q-threatened-before = Înainte să începeți această muncă, v-a amenințat cineva pe dumneavoastră sau familia dumneavoastră?
check-q-debt-to-recruiter = Datorați bani persoanelor care v-au găsit acest loc de muncă sau v-au adus aici?
check-q-told-police-wont-help = V-a spus cineva că poliția din Letonia nu vă va ajuta?
check-q-day-off = Aveți cel puțin o zi liberă în fiecare săptămână?
check-q-all-pay = Primiți tot salariul pentru munca pe care ați făcut-o?
check-q-pay-taken = Angajatorul vă reține bani din salariu pentru amenzi sau costuri cu care nu ați fost de acord?
check-q-safe-home = Aveți un loc sigur unde să locuiți, cu un pat al dumneavoastră?
check-q-safety-gear = Primiți echipamentul de protecție necesar pentru munca dumneavoastră?
check-q-passport = Vă păstrați pașaportul la dumneavoastră?
check-q-debt-to-employer = Datorați angajatorului bani pe care nu îi puteți da înapoi?
check-q-free-to-go-out = Puteți ieși afară când nu lucrați?
check-q-hurt = V-a făcut cineva rău la locul de muncă?
check-q-report-threat = A spus cineva că vă va denunța la poliție sau la oficiul de migrație?
check-q-free-to-quit = Ați putea înceta să lucrați pentru acest angajator, dacă ați vrea?
check-q-depend-on-employer = Angajatorul decide unde locuiți și cum ajungeți la muncă?
check-q-afraid-of-authorities = Vă este frică să mergeți la poliție sau la alte autorități?

# The signs, as the result lists them.
check-sign-job-as-promised = Munca, locul sau angajatorul nu sunt cele care vi s-au promis.
check-sign-pay-as-promised = Salariul dumneavoastră nu este cel care vi s-a promis.
check-sign-papers-as-promised = Nu ați primit viza sau permisul care vi s-a promis.
check-sign-threatened-before = Cineva v-a amenințat pe dumneavoastră sau familia dumneavoastră înainte să începeți.
check-sign-debt-to-recruiter = Datorați bani persoanelor care v-au găsit acest loc de muncă.
check-sign-told-police-wont-help = Cineva v-a spus că poliția nu vă va ajuta.
check-sign-day-off = Nu aveți o zi liberă în fiecare săptămână.
check-sign-all-pay = Nu primiți tot salariul.
check-sign-pay-taken = Vi se rețin bani din salariu fără acordul dumneavoastră.
check-sign-safe-home = Nu aveți un loc sigur unde să locuiți.
check-sign-safety-gear = Nu primiți echipamentul de protecție de care aveți nevoie.
check-sign-passport = Altcineva vă ține pașaportul.
check-sign-debt-to-employer = Aveți o datorie față de angajator pe care nu o puteți da înapoi.
check-sign-free-to-go-out = Nu puteți ieși afară când nu lucrați.
check-sign-hurt = Cineva v-a făcut rău la locul de muncă.
check-sign-report-threat = Cineva a spus că vă va denunța autorităților.
check-sign-free-to-quit = Simțiți că nu puteți pleca de la acest angajator.
check-sign-depend-on-employer = Angajatorul controlează locuința și transportul dumneavoastră.
check-sign-afraid-of-authorities = Vă este frică de poliție sau de autorități.

# What the signs of each dimension can mean.
check-dim-deceptive-recruitment = Este posibil să vă fi înșelat cineva în privința locului de muncă. O linie de ajutor vă poate spune ce drepturi aveți.
check-dim-coercive-recruitment = Este posibil ca cineva să fi folosit amenințări sau o datorie ca să vă facă să acceptați această muncă. Acesta poate fi un semn de trafic de persoane.
check-dim-recruitment-vulnerability = Este posibil ca cineva să vă fi spus lucruri false ca să nu cereți ajutor. Liniile de ajutor îi ajută și pe lucrătorii străini.
check-dim-exploitative-conditions = Este posibil ca munca sau locuința dumneavoastră să nu vă respecte drepturile. Inspectoratul de Stat al Muncii vă poate verifica angajatorul.
check-dim-coercion-at-destination = Este posibil ca cineva să vă forțeze să munciți. Acesta poate fi un semn de muncă forțată sau de trafic de persoane. O linie de ajutor vă poate ajuta.
check-dim-vulnerability-at-destination = Este posibil să depindeți de angajator mai mult decât este sigur. O linie de ajutor vă poate spune ce opțiuni aveți.

# What a professional may notice without asking (screening).
check-observed-injuries = Răni sau semne de violență
check-observed-no-documents = Nu are niciun act de identitate
check-observed-someone-answers = Altcineva răspunde în locul persoanei sau stă aproape de ea
check-observed-fear = Semne de frică sau de anxietate
check-observed-unfit-for-work = Haine sau echipament nepotrivite pentru muncă sau pentru vreme
check-observed-unknown-address = Nu știe adresa locuinței sau a locului de muncă
