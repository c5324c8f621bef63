# The school section. Draft translation (not yet reviewed by a native speaker).
# The school section (/en/school/). Stories: content/school.toml and content/scenarios/.
school-title = Povești pentru oră
school-summary = Povești scurte în care tu alegi ce se întâmplă. Pentru lecții despre traficul de persoane și munca în siguranță.
school-intro = În fiecare poveste, tu decizi ce face un tânăr. După fiecare alegere, vezi semnele de avertizare și varianta mai sigură. Fiecare poveste se încheie cu locurile unde poți primi ajutor.
school-private = Nimic din ce alegi nu este salvat sau trimis. Poți juca o poveste din nou și poți alege altfel.
school-stories = Poveștile
school-prepare-title = Pregătește ora
school-prepare-about = Astfel, toate poveștile și testul se salvează pe acest dispozitiv, ca să meargă la oră fără Wi-Fi. Se descarcă aproximativ { $size }.
school-prepare = Pregătește ora
school-prepare-done = Gata. Poveștile și testul merg pe acest dispozitiv fără internet.

# The words of every story.
scenario-part = Partea { $n }
scenario-private = Nimic din ce alegi nu este salvat sau trimis.
scenario-ask = Ce faci?
scenario-you-chose = Ai ales: { $choice }
scenario-was-safer = Asta a fost varianta mai sigură.
scenario-was-risky = Asta a fost riscant. Mulți oameni ar face la fel.
scenario-signs = Semne de avertizare
scenario-safer = Varianta mai sigură
scenario-next = Continuă
scenario-end-title = Cum se termină
scenario-help-title = Unde poți primi ajutor
scenario-danger = Dacă tu sau altcineva sunteți în pericol acum, sună la 112. Poți cere ajutor oricând, și mai târziu.
scenario-again = Joacă din nou
scenario-others = Alte povești

# The quiz (content/quiz.toml).
quiz-title = Test: găsește riscul
quiz-summary = Douăsprezece întrebări scurte despre munca în siguranță, ofertele de muncă și ajutor.
quiz-intro = Răspunde la fiecare întrebare. După fiecare răspuns, vezi de ce. Scorul tău rămâne pe acest ecran și dispare când pleci.
quiz-start = Începe testul
quiz-true = Adevărat
quiz-false = Fals
quiz-spot = Atinge fiecare frază care este un semn de avertizare. Apoi atinge „Verifică”.
quiz-check = Verifică
quiz-show = Arată răspunsul
quiz-answer = Răspunsul: { $answer }
quiz-right = Corect.
quiz-wrong = Nu chiar.
quiz-flag = Un semn de avertizare
quiz-next = Următoarea întrebare
quiz-progress = Întrebarea { $n } din { $total }
quiz-score = Ai răspuns corect la { $n } din { $total }.
quiz-end = Bravo că te-ai gândit bine. Dacă ceva din test îți amintește de viața ta sau de viața unui prieten, poți vorbi cu cineva.
quiz-again = Începe din nou

quiz-passport-kept = Un angajator îți poate păstra pașaportul „ca să fie în siguranță”.
quiz-passport-kept-explain = Fals. Nimeni nu are voie să ia un pașaport sau o carte de identitate letonă drept garanție sau să ți le ia. Pașaportul tău îți aparține. Dacă cineva ți-l păstrează, acesta este un semn de avertizare.

quiz-job-advert = Un anunț de angajare: care fraze sunt semne de avertizare?
quiz-job-advert-hotel = Muncă de vară într-un hotel din străinătate.
quiz-job-advert-high-pay = Plată mult mai mare decât de obicei, pentru o muncă ușoară.
quiz-job-advert-no-contract = Nu e nevoie de contract, avem încredere unii în alții.
quiz-job-advert-fee = Plătește o mică taxă ca să-ți rezervi locul.
quiz-job-advert-passport = În timpul călătoriei îți păstrăm noi pașaportul în siguranță.
quiz-job-advert-english = Puțină engleză este utilă.
quiz-job-advert-secret = Nu spune nimănui, locurile sunt limitate!
quiz-job-advert-june = Începi în iunie.
quiz-job-advert-explain = O plată prea bună, lipsa unui contract scris, o taxă pentru loc de muncă, cineva care îți păstrează pașaportul și secretul sunt toate semne de avertizare. Un singur semn este deja un motiv să te oprești și să întrebi.

quiz-who-at-risk = Doar fetele și femeile tinere sunt victime ale traficului de persoane.
quiz-who-at-risk-explain = Fals. Oricine poate fi victimă a traficului de persoane, inclusiv băieții și bărbații. În Letonia, oamenii sunt exploatați prin muncă, prin sex, prin infracțiuni precum transportul de droguri sau frauda și prin căsătorii fictive.

quiz-from-latvia = Cei mai mulți oameni identificați ca victime ale traficului de persoane în Letonia din 2016 încoace erau din Letonia.
quiz-from-latvia-explain = Adevărat. Cei mai mulți dintre ei erau cetățeni letoni. Unii au fost exploatați în Letonia, alții în străinătate. Li se poate întâmpla și oamenilor de aici.

quiz-bank-account = Cineva îți oferă bani ca să lași o plată să treacă prin contul tău bancar. Ce este asta?
quiz-bank-account-easy-money = Bani ușori, fără niciun risc.
quiz-bank-account-mule = Cineva te folosește drept „cărăuș de bani”.
quiz-bank-account-favour = O favoare obișnuită.
quiz-bank-account-explain = Așa sunt găsiți „cărăușii de bani”. Să treci prin contul tău bani pentru altcineva poate fi o infracțiune. Spune nu și anunță banca ta și un adult în care ai încredere.

quiz-boyfriend = Un iubit nou, mai mare decât tine, îți cumpără cadouri. Vrea să nu te mai vezi cu prietenii. Apoi îți cere să-l „ajuți cu datoria lui”. Ce este asta?
quiz-boyfriend-love = Dragoste: ține la tine.
quiz-boyfriend-control = Semne de avertizare ale controlului.
quiz-boyfriend-normal = Ceva normal într-o relație.
quiz-boyfriend-explain = Cadouri, apoi te desparte de prieteni, apoi o „datorie” la care trebuie să ajuți: acesta este un mod cunoscut de a controla pe cineva. Nu este niciodată vina ta. Vorbește cu cineva în care ai încredere sau cu o linie de ajutor.

quiz-casting-advert = Un casting pentru modele: care fraze sunt semne de avertizare?
quiz-casting-advert-new-faces = Căutăm fețe noi.
quiz-casting-advert-photos = Trimite fotografii private ca să te înscrii.
quiz-casting-advert-fee = Plătește o taxă de înscriere înainte de casting.
quiz-casting-advert-studio = Studioul nostru este în Riga.
quiz-casting-advert-alone = Vino fără însoțitor, fără părinți.
quiz-casting-advert-explain = Cererea de fotografii private, o taxă înainte de orice muncă și dorința ca tu să vii fără însoțitor sunt semne de avertizare. O agenție adevărată nu are nevoie de niciuna dintre ele.

quiz-friend-abroad = O prietenă din străinătate îți scrie că șeful ei îi ține pașaportul și că ea nu poate pleca. Ce faci mai întâi?
quiz-friend-abroad-help-line = O ajut să contacteze o linie de ajutor sau poliția.
quiz-friend-abroad-go-there = Merg eu acolo ca s-o aduc înapoi.
quiz-friend-abroad-wait = Aștept să văd ce se întâmplă.
quiz-friend-abroad-explain = Nu merge acolo fără nimeni alături: te poate pune și pe tine în pericol. O linie de ajutor îți poate spune ce să faci. Dacă ea este în pericol acum, sună la 112.

quiz-marriage = Cineva îți oferă o călătorie plătită în străinătate ca să te căsătorești cu un necunoscut „doar pe hârtie”. Ce este adevărat?
quiz-marriage-no-risk = Nu există niciun risc: e doar o hârtie.
quiz-marriage-risk = Poți pierde controlul asupra documentelor tale, a banilor tăi și a siguranței tale.
quiz-marriage-adventure = Este o vacanță gratuită.
quiz-marriage-explain = Căsătoriile fictive sunt una dintre cele mai frecvente forme de trafic de persoane în Letonia. Spune nu și vorbește cu cineva în care ai încredere.

quiz-debt = Dacă îi datorezi bani șefului pentru drum sau locuință, trebuie să muncești până plătești datoria, oricare ar fi condițiile.
quiz-debt-explain = Fals. O datorie care nu scade niciodată și te ține la un loc de muncă este un semn de avertizare pentru trafic de persoane. Vorbește cu o linie de ajutor.

quiz-copies = Înainte să pleci la muncă, e bine să lași copii ale pașaportului și contractului la cineva în care ai încredere.
quiz-copies-explain = Adevărat. Păstrează copii ale ofertei, ale contractului și ale pașaportului. Trimite-le cuiva de acasă în care ai încredere.

quiz-too-late = Dacă ai spus deja da la ceva riscant, e prea târziu să ceri ajutor.
quiz-too-late-explain = Fals. Nu este niciodată prea târziu. Poți cere ajutor oricând, și mai târziu. Nu este vina ta.

# The stories (content/scenarios/): written 2026-12-02.
# Stories written by "b": modelling-casting, au-pair, boarding-school, construction-wages, bystander.

## modelling-casting

scenario-modelling-casting-title = Un casting pentru modele
scenario-modelling-casting-summary = O „agenție de modele” de pe Instagram vrea o taxă și fotografiile tale.
scenario-modelling-casting-message = Ai 16 ani și locuiești în Liepāja. O „agenție de modele” îți scrie pe Instagram. Îți spun că ai aspectul potrivit pentru un casting în Riga. Ca să te înscrii, trebuie să plătești o taxă și să trimiți fotografii.
scenario-modelling-casting-message-signs = Un necunoscut îți scrie primul și îți laudă aspectul. Vor bani înainte de orice muncă. Vor fotografii cu tine. Nu există numele unei firme sau o adresă.
scenario-modelling-casting-message-safer = Nu plăti și nu trimite fotografii. Arată mesajele unui adult în care ai încredere. Verifică tu agenția.
scenario-modelling-casting-message-show-mum = Îi arăt mesajele mamei mele.
scenario-modelling-casting-message-show-mum-result = Mama citește mesajele împreună cu tine. Nu se supără. Îți propune să verificați agenția împreună.
scenario-modelling-casting-message-send-photos = Trimit câteva fotografii și întreb de taxă.
scenario-modelling-casting-message-send-photos-result = Mulți oameni ar răspunde la o astfel de ofertă. Agenția îți răspunde repede și spune că ai exact ce le trebuie. Apoi cere mai mult.
scenario-modelling-casting-check = Tu și mama căutați agenția pe internet. Nu are site și nici adresă. Contul are doar 2 săptămâni. Apoi vine un mesaj nou: „Plătește acum, ultimele locuri se termină azi.”
scenario-modelling-casting-check-signs = Niciun site, nicio adresă, un cont nou. Te grăbesc să decizi azi. Să plătești ca să primești de lucru este un semn de avertizare.
scenario-modelling-casting-check-safer = Nu plăti. Blochează contul și raportează-l. Spune-le prietenilor tăi despre el.
scenario-modelling-casting-check-block = Blochez contul și îl raportez.
scenario-modelling-casting-check-block-result = Contul nu-ți mai poate scrie. Raportarea ta poate ajuta să fie protejați și alți oameni.
scenario-modelling-casting-check-pay = Plătesc taxa ca să nu pierd șansa.
scenario-modelling-casting-check-pay-result = Mulți oameni ar plăti când sunt grăbiți. Agenția îți mulțumește. Apoi cere mai mult.
scenario-modelling-casting-pressure = Acum „agenta” vrea fotografii noi în care porți mai puține haine. Mai cere și o a doua taxă „pentru portofoliu”. Îți scrie: „Nu le spune părinților. Să fie o surpriză.”
scenario-modelling-casting-pressure-signs = Îți cer să păstrezi secretul. Îți cer fotografii cu mai puține haine. Tot îți cer mai mulți bani.
scenario-modelling-casting-pressure-safer = Nu mai răspunde. Nu mai trimite fotografii sau bani. Spune-i unui adult în care ai încredere, chiar dacă ai trimis deja ceva.
scenario-modelling-casting-pressure-tell-sister = Nu mai răspund și îi spun surorii mele mai mari.
scenario-modelling-casting-pressure-tell-sister-result = Sora ta rămâne calmă și nu te învinovățește. Te ajută să salvezi mesajele. Apoi blocați contul împreună.
scenario-modelling-casting-pressure-send-more = Trimit fotografiile ca să nu pierd jobul.
scenario-modelling-casting-pressure-send-more-result = Îți doreai această șansă, iar ei au profitat de asta. Următorul lor mesaj nu mai este deloc prietenos.
scenario-modelling-casting-threat = Acum agenta îți scrie pe alt ton. Spune că îți va face publice fotografiile dacă nu plătești mai mult. Îți este frică și rușine.
scenario-modelling-casting-threat-signs = Amenințări că îți vor face publice fotografiile. Cereri de tot mai mulți bani. Presiune să păstrezi secretul.
scenario-modelling-casting-threat-safer = Nu plăti. Salvează mesajele. Spune-i chiar acum unui adult în care ai încredere. Poliția te poate ajuta cu astfel de amenințări. Nu este vina ta.
scenario-modelling-casting-threat-tell-teacher = Îi arăt mesajele unei profesoare în care am încredere.
scenario-modelling-casting-threat-tell-teacher-result = Profesoara te crede și rămâne calmă. Te ajută să salvezi mesajele și să contactezi poliția.
scenario-modelling-casting-threat-pay-more = Plătesc din nou ca să șteargă fotografiile.
scenario-modelling-casting-threat-pay-more-result = Mulți oameni ar plăti ca să se oprească totul. Agenta ia banii. O săptămână mai târziu, cere din nou.
scenario-modelling-casting-end-safe = Nu ai plătit niciodată și nu ai trimis niciodată fotografii. Prietenii tăi îți văd avertismentul și blochează același cont. Dacă vrei să lucrezi ca model, poți căuta împreună cu părinții o agenție adevărată.
scenario-modelling-casting-end-help = Te-ai oprit înainte să fie mai rău. Sora ta te-a ajutat să raportezi contul. O linie de ajutor îți explică ce mai poți face. Nu este vina ta.
scenario-modelling-casting-end-police = Un polițist te ascultă și îți explică pașii următori. Profesoara ta și o linie de ajutor te sprijină. Nu treci prin asta fără sprijin. Nu este vina ta.
scenario-modelling-casting-end-trouble = Amenințările continuă săptămâni întregi și simți o mare singurătate. Apoi îi spui unei prietene, iar ea te ajută să suni la o linie de ajutor. Acolo te ascultă și nu te învinovățesc. Nu e prea târziu să primești ajutor.

## au-pair

scenario-au-pair-title = Un job de au pair în străinătate
scenario-au-pair-summary = O familie din străinătate are nevoie de ajutor cu copiii. Te vor acolo de săptămâna viitoare.
scenario-au-pair-offer = Ai 19 ani și locuiești în Daugavpils. O familie din străinătate îți scrie pe Facebook. Au nevoie de un au pair: cineva care locuiește cu ei și ajută cu copiii. Vor să vii săptămâna viitoare.
scenario-au-pair-offer-signs = Vor să începi foarte curând. Nu există un acord scris. Îi știi doar dintr-un chat.
scenario-au-pair-offer-safer = Cere un acord scris, cu orele de lucru, zilele libere și plata. Fă un apel video cu familia. Spune-i cuiva în care ai încredere unde pleci.
scenario-au-pair-offer-ask-agreement = Cer mai întâi un acord scris.
scenario-au-pair-offer-ask-agreement-result = Întrebarea ta îi surprinde. Răspund abia a doua zi.
scenario-au-pair-offer-go-now = Spun da și îmi fac bagajul.
scenario-au-pair-offer-go-now-result = Mulți oameni ar spune da. Pare o ocazie frumoasă să vezi altă țară.
scenario-au-pair-agreement = Familia scrie: „Suntem ca o familie, nu e nevoie de hârtii.” Nu vor să spună câte ore vei lucra. Îți cer să decizi azi.
scenario-au-pair-agreement-signs = Refuză să pună ceva în scris. Orele tale de lucru nu sunt clare. Te grăbesc să decizi.
scenario-au-pair-agreement-safer = Spune nu unui job fără condiții clare. Caută o agenție de au pair cu recenzii bune. Discută asta cu un adult în care ai încredere.
scenario-au-pair-agreement-say-no = Spun nu și caut o agenție verificată.
scenario-au-pair-agreement-say-no-result = Familia nu-ți mai scrie. Îți pare puțin rău, dar nu ai nicio îndoială.
scenario-au-pair-agreement-go-anyway = Plec oricum, pentru că par de treabă.
scenario-au-pair-agreement-go-anyway-result = Mulți oameni ar avea încredere într-o familie prietenoasă. Zbori acolo o săptămână mai târziu.
scenario-au-pair-arrival = Familia te întâmpină la aeroport și este foarte prietenoasă. Acasă, mama îți cere pașaportul. „Ți-l păstrăm noi în siguranță”, spune ea.
scenario-au-pair-arrival-signs = Familia vrea să-ți păstreze pașaportul. Spun că e pentru siguranța ta.
scenario-au-pair-arrival-safer = Nimeni nu are voie să-ți păstreze pașaportul. Spune politicos că ți-l păstrezi tu. Trimite-i adresa ta unui prieten de acasă.
scenario-au-pair-arrival-keep-passport = Spun politicos că îmi păstrez eu pașaportul.
scenario-au-pair-arrival-keep-passport-result = Mama pare nemulțumită, dar nu mai insistă. Pașaportul tău rămâne în geanta ta.
scenario-au-pair-arrival-give-passport = Îi dau pașaportul, pentru că mi se pare nepoliticos să refuz.
scenario-au-pair-arrival-give-passport-result = Mulți oameni ar face la fel într-o casă nouă. Mama îl pune într-un sertar încuiat.
scenario-au-pair-days = Trec săptămâni. Lucrezi de la 7 dimineața până la 9 seara. Nu ai nicio zi liberă. Când întrebi de asta, tatăl spune că încă le datorezi bani pentru bilet.
scenario-au-pair-days-signs = Zile foarte lungi și nicio zi liberă. O „datorie” pentru bilet. Simți oboseală și singurătate.
scenario-au-pair-days-safer = Poți cere ajutor oricând. Sună un prieten de acasă sau o linie de ajutor. Spune-le unde ești.
scenario-au-pair-days-call-help = O sun pe prietena mea Alina și apoi o linie de ajutor.
scenario-au-pair-days-call-help-result = Alina te ascultă și te ajută să găsești numărul. La linia de ajutor te întreabă unde ești și dacă ești în siguranță.
scenario-au-pair-days-wait = Tac și sper că va fi mai bine.
scenario-au-pair-days-wait-result = Mulți oameni așteaptă și speră că lucrurile se schimbă. Dar zilele rămân la fel de lungi.
scenario-au-pair-end-safe = Găsești o agenție de au pair cu recenzii bune. Vorbești cu alți au pair care au lucrat deja prin ea. Când pleci, îți știi orele de lucru și zilele libere. Prietena ta Alina știe unde ești.
scenario-au-pair-end-help = Cu Alina și linia de ajutor, faci un plan sigur. Pleci de la familie și ajungi acasă în siguranță. Nu a fost vina ta. Ajutorul a fost acolo când l-ai cerut.
scenario-au-pair-end-trouble = Trec luni și oboseala e tot mai mare. Într-o zi, la locul de joacă, vorbești cu o altă au pair. Ea te ajută să găsești o linie de ajutor. Nu este vina ta și nu e prea târziu să primești ajutor.

## boarding-school

scenario-boarding-school-title = Un prieten nou de la oraș
scenario-boarding-school-summary = Un prieten mai mare e drăguț cu tine și te invită la Riga.
scenario-boarding-school-new-friend = Ai 15 ani și locuiești la un internat în Latgale. Lângă magazin, îl cunoști pe Roberts, care are cam 20 de ani. Îți cumpără mâncare și te ascultă cu adevărat. Te invită la Riga în weekend și spune că plătește el totul.
scenario-boarding-school-new-friend-signs = O persoană mai mare, pe care abia ai cunoscut-o, este foarte generoasă. Plătește el totul. Vrea să te ducă departe de școală.
scenario-boarding-school-new-friend-safer = Spune-i despre invitație unui profesor sau unui angajat al școlii în care ai încredere. Nu călători cu cineva pe care abia l-ai cunoscut. Spune mereu unde mergi.
scenario-boarding-school-new-friend-tell-teacher = Îi spun despre invitație unei profesoare în care am încredere.
scenario-boarding-school-new-friend-tell-teacher-result = Profesoara te ascultă și nu te judecă. Îți cere să-i spui dacă Roberts îți scrie din nou.
scenario-boarding-school-new-friend-go = Merg cu el, pentru că e bun cu mine.
scenario-boarding-school-new-friend-go-result = Mulți oameni ar merge. E plăcut când cineva ține la tine. Sâmbătă iei autobuzul spre Riga cu el.
scenario-boarding-school-teacher = În seara aceea, Roberts îți scrie pe Telegram: „Nu spune nimănui de la școală. Vino și gata, o să fie distractiv.” Îl placi și vrei să mergi.
scenario-boarding-school-teacher-signs = Îți cere să ascunzi călătoria de adulți. Un prieten adevărat nu are nevoie de secrete față de profesorii tăi.
scenario-boarding-school-teacher-safer = Arată-i mesajul profesoarei tale. Spune nu unei călătorii pe care trebuie s-o ascunzi.
scenario-boarding-school-teacher-show-message = Îi arăt mesajul profesoarei mele.
scenario-boarding-school-teacher-show-message-result = Profesoara îți mulțumește. Spune că nu ai greșit cu nimic. De aici se ocupă ea și asistenta socială a școlii.
scenario-boarding-school-teacher-go-anyway = Merg oricum, pentru că a fost bun cu mine.
scenario-boarding-school-teacher-go-anyway-result = Mulți oameni ar merge. A fost drăguț, iar o călătorie sună distractiv. Sâmbătă pleci fără să spui nimănui.
scenario-boarding-school-city = În Riga, Roberts se schimbă. Spune că îi datorezi bani pentru mâncare, autobuz și cameră. Ca să-i dai înapoi, trebuie să cerșești la gară sau să iei lucruri din magazine.
scenario-boarding-school-city-signs = O „datorie” cu care nu ai fost niciodată de acord. Ți se spune să cerșești sau să furi. Cineva care era drăguț acum îți dă ordine.
scenario-boarding-school-city-safer = Poți cere ajutor oricând. Du-te la un adult sigur: un angajat al gării, un vânzător sau un polițist. Sună la școala ta.
scenario-boarding-school-city-ask-worker = Mă duc la o angajată a gării și cer ajutor.
scenario-boarding-school-city-ask-worker-result = Angajata te duce într-un birou liniștit. Sună la poliție, iar un polițist sună la școala ta.
scenario-boarding-school-city-do-it = Fac ce spune el, pentru că simt că îi datorez.
scenario-boarding-school-city-do-it-result = Mulți oameni ar simți la fel. Toată ziua ceri bani mărunți de la oameni la gară. Seara, Roberts ia toți banii și spune că datoria tot există.
scenario-boarding-school-pressure = Trec zile. Acum Roberts vrea să furi din magazine. Spune: „Dacă te duci la poliție, tu o să ai probleme.”
scenario-boarding-school-pressure-signs = „Datoria” nu scade niciodată. Ia toți banii. Te sperie ca să taci.
scenario-boarding-school-pressure-safer = Spune asta ca să taci. Nu este vina ta. Sună la școala ta sau la o linie de ajutor.
scenario-boarding-school-pressure-call-teacher = Împrumut un telefon și o sun pe profesoara mea.
scenario-boarding-school-pressure-call-teacher-result = Profesoara răspunde imediat. Se bucură că ai sunat și nu te învinovățește. Te întreabă unde ești și cheamă ajutor.
scenario-boarding-school-pressure-stay-quiet = Tac, pentru că mi-e frică.
scenario-boarding-school-pressure-stay-quiet-result = E normal să-ți fie frică. Roberts a contat pe frica asta.
scenario-boarding-school-end-safe = În weekendul acela rămâi la școală. Profesoara și asistenta socială vorbesc cu poliția despre Roberts. Nu ai greșit cu nimic când ai spus. A fost lucrul potrivit.
scenario-boarding-school-end-help = Un polițist și profesoara ta te ajută să te întorci în siguranță la școală. Nimeni nu te învinovățește pentru ce s-a întâmplat. O linie de ajutor îți explică ce sprijin poți primi. Nu este vina ta.
scenario-boarding-school-end-called = Ajutorul ajunge la tine în aceeași zi. Profesoara vine să te ia, iar o asistentă socială vorbește cu tine. Le poți spune totul când simți că poți. Nu este vina ta.
scenario-boarding-school-end-trouble = Într-o zi, un paznic de la magazin te oprește. Îți este frică, dar vine o asistentă socială să vorbească cu tine. Îi povestești despre Roberts, iar ea te ascultă. Nu este vina ta și nu e prea târziu să primești ajutor.

## construction-wages

scenario-construction-wages-title = Un job pe un șantier
scenario-construction-wages-summary = Un job în construcții, cu plata în numerar și cazare. Apoi banii nu mai vin.
scenario-construction-wages-offer = Ai 18 ani și tocmai ai terminat școala în Jelgava. Prietenul tău Nikita cunoaște un șef care are nevoie de muncitori pe un șantier. Plata e în numerar, cazarea e inclusă și nu există contract. Poți începe mâine.
scenario-construction-wages-offer-signs = Niciun contract scris. Plata doar în numerar. Cazarea vine de la șef. Trebuie să decizi foarte repede.
scenario-construction-wages-offer-safer = Cere un contract scris înainte să începi. Cere numele firmei și verifică-l. Vorbește cu un adult în care ai încredere.
scenario-construction-wages-offer-ask-contract = Cer mai întâi un contract scris.
scenario-construction-wages-offer-ask-contract-result = Șeful spune: „Contractul mai târziu. Întâi arată-mi că știi să muncești.” Îți dă numele firmei.
scenario-construction-wages-offer-start = Încep mâine fără contract.
scenario-construction-wages-offer-start-result = Mulți oameni ar începe. Ai nevoie de bani, iar Nikita spune că șeful e în regulă.
scenario-construction-wages-contract = Ai numele firmei, dar tot nu ai contract. Unchiul tău lucrează în construcții. Se oferă să te ajute să verifici firma.
scenario-construction-wages-contract-signs = „Contractul mai târziu” este un semn de avertizare. Nimic nu este în scris. Nu știi cine este de fapt angajatorul tău.
scenario-construction-wages-contract-safer = Verifică firma cu un adult în care ai încredere. Începe munca doar când ai un contract scris.
scenario-construction-wages-contract-check = Verific firma împreună cu unchiul meu.
scenario-construction-wages-contract-check-result = Nu găsești firma nicăieri. Unchiul te ajută să cauți un job cu contract.
scenario-construction-wages-contract-start-anyway = Încep oricum, pentru că plata sună bine.
scenario-construction-wages-contract-start-anyway-result = Mulți oameni ar face la fel. Primele zile merg bine.
scenario-construction-wages-site = Munca e grea, 6 zile pe săptămână. După 2 săptămâni, tot nu primești bani. Șeful spune: „Îi păstrez pentru cazarea ta. Restul ți-i dau mai târziu.”
scenario-construction-wages-site-signs = Salariul îți este reținut. Un cost pentru cazare cu care nu ai fost niciodată de acord. Promisiuni că te plătește mai târziu.
scenario-construction-wages-site-safer = Un angajator trebuie să te plătească pentru munca ta. Notează-ți zilele și orele și păstrează toate mesajele. Cere sfatul unui adult de încredere sau al unei linii de ajutor. Nu te certa cu șeful fără nimeni alături.
scenario-construction-wages-site-get-help = Îmi notez orele și sun la o linie de ajutor.
scenario-construction-wages-site-get-help-result = La linia de ajutor te ascultă și îți spun ce poți face. Notițele și mesajele tale te pot ajuta.
scenario-construction-wages-site-wait = Muncesc mai departe și aștept banii.
scenario-construction-wages-site-wait-result = Mulți oameni ar aștepta. Nu vrei să pierzi ce ai câștigat.
scenario-construction-wages-later = O lună mai târziu, tot nu ai primit bani. Șeful spune că acum îi datorezi pentru cazare și scule. Artjoms, alt muncitor, spune că șeful nu plătește pe nimeni niciodată.
scenario-construction-wages-later-signs = În loc de salariu, crește „datoria”. Alți muncitori au aceeași problemă. Simți că nu poți pleca.
scenario-construction-wages-later-safer = Un angajator trebuie să te plătească pentru munca ta. Păstrează-ți notițele și mesajele. Întreabă o linie de ajutor ce poți face. Poți cere ajutor oricând.
scenario-construction-wages-later-get-help = Îmi păstrez notițele și mesajele și sun la o linie de ajutor.
scenario-construction-wages-later-get-help-result = La linia de ajutor te ascultă și nu te învinovățesc. Îți explică pașii următori. Și Artjoms se hotărăște să sune.
scenario-construction-wages-later-stay = Rămân, ca să nu pierd ce îmi datorează.
scenario-construction-wages-later-stay-result = Mulți oameni ar rămâne și ar spera. Șeful spune mereu „săptămâna viitoare”.
scenario-construction-wages-end-safe = Două săptămâni mai târziu, începi un job cu contract scris. Îți știi orele și plata. Îi spui lui Nikita să-l verifice și el pe șef.
scenario-construction-wages-end-help = Nu mai lucrezi pentru șeful acela. Linia de ajutor îți explică cum îți poți cere salariul. Nu a fost vina ta. Ai cerut ajutor devreme, și asta contează.
scenario-construction-wages-end-late = Tu și Artjoms plecați împreună de pe șantier. O linie de ajutor te sprijină cu pașii următori. Nu este vina ta. Nu a fost prea târziu să ceri ajutor.
scenario-construction-wages-end-trouble = Trec luni, iar „datoria” tot crește. Într-o zi, îi spui mamei tale totul. Ea te ajută să suni la o linie de ajutor. Nu este vina ta și nu e prea târziu.

## bystander

scenario-bystander-title = Un prieten care s-a schimbat
scenario-bystander-summary = Colegul tău de clasă pare altfel. Ce poate face un prieten?
scenario-bystander-notice = Colegul tău de clasă Daniels s-a schimbat. E obosit la ore și lipsește des de la școală. Are adidași noi și un telefon nou. După școală, îl ia cu mașina un tip mai mare.
scenario-bystander-notice-signs = E obosit și lipsește de la școală. Are lucruri noi și scumpe. Un „prieten” mai mare vine după el.
scenario-bystander-notice-safer = Vorbește frumos cu Daniels, când sunteți doar voi doi. Ascultă-l și nu-l judeca. Nu te preface pur și simplu că nu vezi.
scenario-bystander-notice-talk = Îl întreb frumos pe Daniels ce mai face.
scenario-bystander-notice-talk-result = Daniels e surprins, dar acceptă să stea cu tine la prânz.
scenario-bystander-notice-joke = Fac glume în fața altora despre noul lui prieten bogat.
scenario-bystander-notice-joke-result = Ceilalți râd. Daniels tace și nu mai stă cu tine. Glumele pot îndepărta un prieten.
scenario-bystander-notice-ignore = Nu spun nimic, pentru că nu e treaba mea.
scenario-bystander-notice-ignore-result = Mulți oameni nu s-ar băga. Poate părea mai sigur să nu te implici.
scenario-bystander-talk = La prânz, Daniels spune că tipul mai mare îi dă „mici treburi”. Pare îngrijorat. Spune: „Nu mă mai pot opri acum. Îi datorez.”
scenario-bystander-talk-signs = „Mici treburi” pentru o persoană mai mare. O datorie din care nu poate ieși. Pare speriat.
scenario-bystander-talk-safer = Spune-i că nu e vina lui. Spune-i unui adult de încredere, de exemplu unui profesor sau psihologului școlii. Nu te duce tu la tipul mai mare.
scenario-bystander-talk-tell-adult = Îi spun că țin la el și mergem împreună la psihologa școlii.
scenario-bystander-talk-tell-adult-result = Daniels are emoții, dar vine cu tine. Psihologa îl ascultă calm.
scenario-bystander-talk-confront = Mă duc la tipul mai mare și îi spun să-l lase pe Daniels în pace.
scenario-bystander-talk-confront-result = Vrei să-ți protejezi prietenul, și asta e curaj. Dar tipul doar râde. Apoi îi spune lui Daniels să nu mai vorbească cu tine.
scenario-bystander-talk-keep-secret = Îi promit lui Daniels că păstrez secretul.
scenario-bystander-talk-keep-secret-result = Daniels are încredere în tine. Dar acum porți fără sprijin o grijă mare.
scenario-bystander-worse = Două săptămâni mai târziu, Daniels lipsește o săptămână întreagă de la școală. Cineva spune că tipul mai mare e „șeful lui”. Îți faci griji și nu știi ce să faci.
scenario-bystander-worse-signs = Lipsește tot mai mult de la școală. O persoană mai mare are putere asupra lui. Lucrurile se înrăutățesc.
scenario-bystander-worse-safer = Nu e niciodată prea târziu să faci ceva. Spune-i unui profesor în care ai încredere ce ai văzut. Sau scrie-i lui Daniels un mesaj frumos.
scenario-bystander-worse-tell-teacher = Îi spun dirigintei noastre ce am observat.
scenario-bystander-worse-tell-teacher-result = Diriginta îți mulțumește și ia lucrurile în serios. Spune că ai făcut ce trebuia.
scenario-bystander-worse-write = Îi scriu lui Daniels un mesaj frumos.
scenario-bystander-worse-write-result = Daniels răspunde după o oră. Te întreabă dacă puteți vorbi mâine la prânz.
scenario-bystander-worse-wait = Aștept, pentru că poate sunt doar bârfe.
scenario-bystander-worse-wait-result = Mulți oameni ar aștepta și ar spera. Daniels tot nu vine la școală.
scenario-bystander-confronted = Acum tipul mai mare știe cine ești. Daniels e furios și speriat. Spune că ai înrăutățit lucrurile.
scenario-bystander-confronted-signs = Tipul mai mare te cunoaște acum. Daniels se teme mai mult decât înainte. E prea mult ca să te descurci fără ajutor.
scenario-bystander-confronted-safer = Nu te mai duce la tipul mai mare. Spune-i totul unui adult de încredere. Dacă nu te simți în siguranță, spune-i imediat unui adult.
scenario-bystander-confronted-tell-adult = Îi spun totul psihologei școlii.
scenario-bystander-confronted-tell-adult-result = Psihologa te ascultă și îți mulțumește. Vorbește cu tine despre cum să fiți în siguranță, tu și Daniels.
scenario-bystander-confronted-stay-away = Acum stau departe de toate astea.
scenario-bystander-confronted-stay-away-result = Mulți oameni s-ar retrage după o sperietură. Dar grija pentru Daniels rămâne.
scenario-bystander-secret = Câteva zile mai târziu, Daniels îți scrie noaptea târziu: „Sunt bine. Te rog, nu spune nimănui.” Nu a mai fost la școală de 3 zile.
scenario-bystander-secret-signs = Lipsește iar de la școală. Îți cere să taci. Unele secrete nu e sigur să le păstrezi.
scenario-bystander-secret-safer = Spune-i unui adult de încredere, chiar dacă ai promis. Siguranța unui prieten contează mai mult decât o promisiune.
scenario-bystander-secret-tell-adult = Îi spun unei profesoare în care am încredere, chiar dacă am promis.
scenario-bystander-secret-tell-adult-result = E greu să încalci o promisiune. Profesoara îți mulțumește și știe pe cine să contacteze.
scenario-bystander-secret-keep = Îmi țin promisiunea și nu spun nimic.
scenario-bystander-secret-keep-result = Ai vrut să-i rămâi loial prietenului tău. Dar Daniels e tot singur cu problema lui.
scenario-bystander-end-safe = Psihologa și alți adulți încep să-l ajute pe Daniels. Durează, dar el se întoarce la școală. Într-o zi îți spune: „Mulțumesc că nu te-ai uitat în altă parte.”
scenario-bystander-end-help = Acum vorbesc cu Daniels adulți care știu cum să ajute. Nu trebuie să rezolvi tu totul. A fost bine că ai spus, și a fost curajos.
scenario-bystander-end-trouble = Daniels încă pare departe, iar tu încă îți faci griji. Nu e prea târziu. Poți oricând să-i spui unui adult de încredere sau să suni la o linie de ajutor. Există ajutor și pentru Daniels.

scenario-summer-job-abroad-title = Un job de vară în străinătate
scenario-summer-job-abroad-summary = Un cont de Instagram oferă muncă de vară la o fermă din străinătate, cu drumul „aranjat complet”.
scenario-summer-job-abroad-offer = Ai 17 ani și locuiești în Jelgava. Un cont de Instagram oferă muncă de vară la o fermă de fructe de pădure din străinătate. Plata este dublă față de cea obișnuită. Drumul și un pat sunt „aranjate complet” dacă trimiți o fotografie a pașaportului tău.
scenario-summer-job-abroad-offer-signs = Un necunoscut îți scrie primul. Plata este mult mai mare decât de obicei. Nu există numele unei firme. Vor o fotografie a pașaportului tău înainte de orice altceva.
scenario-summer-job-abroad-offer-safer = Vorbește cu un adult în care ai încredere. Caută tu informații despre firmă. Nu trimite fotografii ale pașaportului unor necunoscuți. Nu plăti niciodată ca să primești un loc de muncă.
scenario-summer-job-abroad-offer-ask-mum = Îi arăt oferta mamei mele.
scenario-summer-job-abroad-offer-ask-mum-result = Mama o citește împreună cu tine și nu râde de idee. Îți propune să ceri numele firmei și un contract.
scenario-summer-job-abroad-offer-say-yes = Spun da și trimit fotografia pașaportului.
scenario-summer-job-abroad-offer-say-yes-result = Mulți oameni ar spune da. Sună ca o vară frumoasă. Contul îți rezervă biletul în aceeași zi și spune că îl poți plăti „mai târziu”.
scenario-summer-job-abroad-check = Ceri numele firmei și un contract scris. Recrutorul spune că nu e timp de hârtii. Biletul este un „împrumut pentru drum”, pe care îl dai înapoi din salariu. Trebuie să decizi azi.
scenario-summer-job-abroad-check-signs = Niciun contract și niciun nume de firmă. Te grăbesc să decizi. Ai deja o datorie înainte să lucrezi măcar o zi.
scenario-summer-job-abroad-check-safer = Spune nu unui job fără contract scris. Nu accepta de la un angajator un bilet pe datorie. Un angajator adevărat îți dă timp să te gândești.
scenario-summer-job-abroad-check-say-no = Spun nu. Un job fără contract nu e pentru mine.
scenario-summer-job-abroad-check-say-no-result = Recrutorul îți scrie că pierzi o șansă grozavă. Apoi contul tace. Nu pierzi nimic dacă spui nu.
scenario-summer-job-abroad-check-go-anyway = Plec oricum. Poate contractul vine mai târziu.
scenario-summer-job-abroad-check-go-anyway-result = Mulți oameni ar pleca. Mama ta e îngrijorată, dar îi promiți că o suni în fiecare zi.
scenario-summer-job-abroad-arrival = Aterizezi în străinătate. Te întâmpină un bărbat care spune că e managerul. Îți cere pașaportul. Spune că ți-l păstrează în siguranță și că „face actele”.
scenario-summer-job-abroad-arrival-signs = Cineva vrea să-ți păstreze pașaportul. Tot nu există un contract. Nu știi adresa unde vei locui.
scenario-summer-job-abroad-arrival-safer = Ține-ți pașaportul la tine. Nimeni nu are voie să-ți păstreze pașaportul. Trimite-i adresa ta cuiva de acasă.
scenario-summer-job-abroad-arrival-keep-passport = Spun că îmi păstrez eu pașaportul.
scenario-summer-job-abroad-arrival-keep-passport-result = Managerul se încruntă, dar nu insistă. Pașaportul rămâne în buzunarul tău. Îi trimiți mamei adresa ta.
scenario-summer-job-abroad-arrival-give-passport = Îi dau pașaportul. El e șeful.
scenario-summer-job-abroad-arrival-give-passport-result = Mulți oameni ar avea încredere în șef. Îți pune pașaportul în geanta lui. Spune că îl primești înapoi „la final”.
scenario-summer-job-abroad-debt = După 2 săptămâni, managerul îți arată o listă. Biletul, patul și mâncarea costă mai mult decât ai câștigat. El spune că aceasta e „datoria ta pentru drum”. Spune că nu poți pleca până nu o plătești.
scenario-summer-job-abroad-debt-signs = O datorie care crește în loc să scadă. Salariul tău se duce pe locuință și mâncare. Ți se spune că nu poți pleca.
scenario-summer-job-abroad-debt-safer = Un angajator trebuie să te plătească pentru munca ta. Spune-i cuiva de acasă. Contactează o linie de ajutor. Poți cere ajutor oricând, și mai târziu.
scenario-summer-job-abroad-debt-message-home = Le scriu în secret mamei mele și unei linii de ajutor.
scenario-summer-job-abroad-debt-message-home-result = Mama îți răspunde imediat. La linia de ajutor te ascultă și nu te învinovățesc. Împreună faceți un plan ca să ajungi acasă.
scenario-summer-job-abroad-debt-work-more = Rămân și muncesc mai mult ca să plătesc datoria.
scenario-summer-job-abroad-debt-work-more-result = Mulți oameni ar încerca să o plătească. Dar în fiecare săptămână lista se lungește. Simți că nu ai ieșire și simți oboseală.
scenario-summer-job-abroad-end-safe = Îți petreci vara acasă și găsești un job în Jelgava. Le povestești prietenilor despre acel cont. Data viitoare, știi ce să verifici mai întâi.
scenario-summer-job-abroad-end-help = Cu mama ta și linia de ajutor, scapi de acolo și ajungi acasă. Nu a fost vina ta. Ajutorul a fost acolo când l-ai cerut.
scenario-summer-job-abroad-end-trouble = Vara se termină, iar datoria e tot acolo. Într-o seară, o altă muncitoare îți împrumută telefonul ei. Suni la o linie de ajutor, iar acolo te ascultă. Nu este vina ta și nu e prea târziu să primești ajutor.

## bank-account

scenario-bank-account-title = Îți închiriezi contul bancar
scenario-bank-account-summary = Cineva de pe Telegram îți oferă bani ușori ca să-ți folosească contul bancar.
scenario-bank-account-offer = Ai 16 ani și locuiești în Rēzekne. Într-un grup de Telegram, cineva oferă „bani ușori”. Trebuie doar să-i „închiriezi” contul tău bancar pentru o săptămână.
scenario-bank-account-offer-signs = Bani aproape pe nimic. Un necunoscut vrea să-ți folosească contul bancar. Spune că e „complet legal”.
scenario-bank-account-offer-safer = Nu răspunde. Contul tău bancar, cardul și Smart-ID-ul sunt doar pentru tine. Spune-i unui adult în care ai încredere.
scenario-bank-account-offer-ignore = Nu răspund și ies din grup.
scenario-bank-account-offer-ignore-result = Ieși din grup. A doua zi, la școală, un coleg vorbește despre aceeași ofertă.
scenario-bank-account-offer-ask-more = Întreb cum funcționează.
scenario-bank-account-offer-ask-more-result = Mulți oameni ar fi curioși. Răspunsul vine într-un minut. Persoana pare prietenoasă și sigură pe ea.
scenario-bank-account-details = În contul tău vor intra bani, iar tu îi trimiți imediat mai departe. Păstrezi o parte. Sau le dai cardul și datele de autentificare Smart-ID, iar ei fac totul.
scenario-bank-account-details-signs = Vor cardul tău, PIN-ul sau datele de autentificare Smart-ID. Bani de la necunoscuți trec prin contul tău. Spun că nimeni nu va afla vreodată.
scenario-bank-account-details-safer = Spune nu. Să treci prin contul tău bani pentru altcineva poate fi o infracțiune. Anunță banca și un adult în care ai încredere.
scenario-bank-account-details-say-no = Spun nu și le spun mamei mele și băncii.
scenario-bank-account-details-say-no-result = Mama se bucură că i-ai spus. Banca îți mulțumește și îți explică cum să rămâi în siguranță. Blochezi persoana.
scenario-bank-account-details-give-login = Le dau cardul și datele de autentificare Smart-ID.
scenario-bank-account-details-give-login-result = Mulți oameni ar crede că nu e nimic rău în asta. Îți trimit câțiva bani „ca mulțumire”. Acum îți pot folosi contul.
scenario-bank-account-classmate = Colegul tău Artjoms spune că el a făcut asta. Și-a cumpărat adidași noi din banii aceia. Spune: „Nu te speria, toată lumea face asta. Le pot da numele tău.”
scenario-bank-account-classmate-signs = Un prieten face presiuni asupra ta și spune că toată lumea face asta. Bani ușori, fără muncă adevărată. Presiune să decizi repede.
scenario-bank-account-classmate-safer = Spune nu, chiar și unui prieten. Spune-i unui adult în care ai încredere. Un prieten care e deja implicat poate avea și el nevoie de ajutor.
scenario-bank-account-classmate-tell-dad = Spun nu și îi spun tatălui meu despre grup.
scenario-bank-account-classmate-tell-dad-result = Tatăl tău te ascultă și rămâne calm. Te ajută să raportezi grupul. Îi spui lui Artjoms că încă poate să ceară ajutor.
scenario-bank-account-classmate-try-once = Spun da, doar o dată.
scenario-bank-account-classmate-try-once-result = Mulți oameni ar încerca o dată, când un prieten spune că e în regulă. Artjoms le dă numele tău. A doua zi, îți scrie un necunoscut.
scenario-bank-account-transfers = În contul tău intră bani de la necunoscuți și trebuie să-i trimiți repede mai departe. Apoi banca îți blochează contul și îți cere să vii la bancă. Bărbatul îți scrie: „Nu le spune nimic, altfel o să ai probleme.”
scenario-bank-account-transfers-signs = Bani de la oameni pe care nu-i cunoști. Contul tău este blocat. Cineva te amenință dacă vorbești.
scenario-bank-account-transfers-safer = Spune-i băncii adevărul. Spune-i unui adult în care ai încredere. Dacă cineva te amenință, poliția te poate ajuta. Poți cere ajutor oricând, și mai târziu.
scenario-bank-account-transfers-tell-bank = Merg la bancă cu mama și spun adevărul.
scenario-bank-account-transfers-tell-bank-result = E greu, dar le spui totul. Banca îți explică pașii următori. Mama rămâne lângă tine.
scenario-bank-account-transfers-stay-quiet = Tac și fac ce spune bărbatul.
scenario-bank-account-transfers-stay-quiet-result = Multor oameni le-ar fi prea frică să vorbească. Dar bărbatul îți scrie mai departe. Acum vrea să deschizi un al doilea cont.
scenario-bank-account-end-safe = Ai spus nu, iar contul tău este doar al tău. Adultul căruia i-ai spus te-a ajutat să raportezi oferta. Îți avertizezi și prietenii despre grup.
scenario-bank-account-end-help = Contul este pe numele tău, așa că întrebările vin la tine. Dar ai spus adevărul devreme, iar adulții te ajută. Dacă bărbatul te amenință, poliția te poate ajuta. Nu e prea târziu să îndrepți lucrurile.
scenario-bank-account-end-trouble = Contul este pe numele tău, așa că banca și poliția te întreabă pe tine despre el. Simți că nu ai ieșire și simți o mare singurătate. Apoi îi spui totul asistentei sociale de la școală. Ea nu te învinovățește și te ajută să primești sprijin. Nu e prea târziu să primești ajutor.

## loverboy

scenario-loverboy-title = Un iubit cu cadouri
scenario-loverboy-summary = Un iubit mai mare, de pe Instagram, e dulce la început. Apoi vrea ceva în schimb.
scenario-loverboy-meet = Ai 15 ani și locuiești în Daugavpils. Pe Instagram, îl cunoști pe Roberts, care are 22 de ani. Îți cumpără cadouri și spune că nu mai e nimeni ca tine. Îți cere să nu le spui părinților despre el.
scenario-loverboy-meet-signs = O persoană mai mare îți face foarte repede multe cadouri. Vrea să-l ții secret. Spune că doar el te înțelege.
scenario-loverboy-meet-safer = Spune-i despre el unui prieten sau unui adult în care ai încredere. Cadourile nu ar trebui niciodată să te facă să-i datorezi ceva cuiva. Continuă să te vezi cu prietenii.
scenario-loverboy-meet-tell-sofija = Îi spun despre el celei mai bune prietene ale mele, Sofija.
scenario-loverboy-meet-tell-sofija-result = Sofija se bucură pentru tine, dar îți pune câteva întrebări. De ce e cu mult mai mare decât tine? De ce trebuie să fie un secret?
scenario-loverboy-meet-keep-secret = Îl țin secret, cum îmi cere.
scenario-loverboy-meet-keep-secret-result = Mulți oameni ar păstra un secret pentru cineva care le place. Pare ceva special. Dar acum doar Roberts știe ce se întâmplă.
scenario-loverboy-friends = Roberts vrea să te vadă în fiecare seară. Spune că Sofija e geloasă și că îți face rău. Se supără când ieși fără el. Îți vezi prietenii tot mai rar.
scenario-loverboy-friends-signs = Vrea să te despartă de prieteni. Se supără când petreci timp cu alții. Simți că trebuie să alegi între el și toți ceilalți.
scenario-loverboy-friends-safer = Continuă să te vezi cu prietenii. Vorbește cu cineva în care ai încredere despre cum se poartă el. Cineva care te iubește nu te lasă în singurătate.
scenario-loverboy-friends-see-friends = Ies oricum cu Sofija și îi spun cum se poartă el.
scenario-loverboy-friends-see-friends-result = Sofija spune că asta nu sună a dragoste. Merge cu tine la psihologul școlii. Pentru prima dată, spui totul cu voce tare.
scenario-loverboy-friends-drop-friends = Nu mă mai văd cu prietenii, ca să fie el mulțumit.
scenario-loverboy-friends-drop-friends-result = Mulți oameni ar face asta pentru cineva pe care îl iubesc. O vreme, Roberts e din nou dulce. Dar acum el e aproape singura persoană cu care vorbești.
scenario-loverboy-debt = Într-o zi, Roberts e trist și speriat. Spune că datorează bani unor oameni periculoși. Îți cere să vii la Riga și să-l „ajuți cu datoria lui”. Nu vrea să spună ce fel de ajutor.
scenario-loverboy-debt-signs = Își face problemele lui problemele tale. Îți cere să-l „ajuți cu datoria lui”. Nu vrea să spună ce trebuie să faci.
scenario-loverboy-debt-safer = Spune nu. Datoria lui nu e datoria ta. Spune-i unui adult în care ai încredere, chiar dacă el îți cere să nu spui.
scenario-loverboy-debt-say-no = Spun nu. Datoria lui nu e problema mea.
scenario-loverboy-debt-say-no-result = E greu să spui nu cuiva la care ții. Roberts tace. Apoi mesajele lui se schimbă.
scenario-loverboy-debt-agree = Spun da, pentru că vreau să-l ajut.
scenario-loverboy-debt-agree-result = Mulți oameni ar vrea să ajute pe cineva pe care îl iubesc. Dar el se folosește de sentimentele tale. Înainte de călătorie, mesajele lui se schimbă.
scenario-loverboy-threat = Acum tonul lui e rece. Spune că are fotografii private cu tine, din perioada în care aveai încredere în el. Le va face publice dacă nu faci ce spune el. Sau dacă spui cuiva.
scenario-loverboy-threat-signs = Amenințări că îți va face publice fotografiile private. Cereri să faci ce spune el. Presiune să păstrezi totul secret.
scenario-loverboy-threat-safer = Nu trece prin asta fără sprijin. Salvează mesajele și spune-i acum unui adult în care ai încredere. Dacă ți-ar face publice fotografiile, greșeala ar fi a lui, nu a ta. Nu este niciodată vina ta.
scenario-loverboy-threat-tell-adult = Le arăt mesajele mamei mele și psihologului școlii.
scenario-loverboy-threat-tell-adult-result = E foarte greu, dar o faci. Te cred și nu te învinovățesc. Te ajută să salvezi mesajele și să contactezi poliția.
scenario-loverboy-threat-do-as-told = Fac ce spune el, ca fotografiile să rămână ascunse.
scenario-loverboy-threat-do-as-told-result = Mulți oameni ar face aproape orice ca să nu le fie făcute publice fotografiile. Dar el nu se oprește. De fiecare dată cere mai mult.
scenario-loverboy-end-safe = Te desparți de Roberts, cu Sofija și psihologul alături de tine. Îl blochezi peste tot. Nu a fost vina ta că s-a purtat așa cu tine. Prietenii tăi sunt aici, la fel și ajutorul, dacă ai nevoie.
scenario-loverboy-end-help = Nu mai treci prin asta fără sprijin. Poliția și o linie de ajutor te ascultă. Dacă el face publice fotografiile, greșeala e a lui, nu a ta. Nu a fost niciodată vina ta.
scenario-loverboy-end-trouble = O vreme, simți că nu ai ieșire și îți e rușine. Apoi, într-o zi, îi scrii Sofijei. Ea te ajută să contactezi o linie de ajutor, iar acolo te ascultă fără să te învinovățească. Nu este niciodată vina ta și nu e prea târziu să primești ajutor.

## sham-marriage

scenario-sham-marriage-title = O nuntă „doar pe hârtie”
scenario-sham-marriage-summary = O călătorie gratuită în străinătate și bani, dacă te căsătorești cu un necunoscut „doar pe hârtie”.
scenario-sham-marriage-offer = Ai 19 ani și înveți la o școală profesională din Liepāja. O femeie de pe WhatsApp îți oferă o călătorie gratuită în străinătate și bani buni. Trebuie doar să te căsătorești cu un bărbat pe care nu l-ai întâlnit niciodată. „E doar pe hârtie, pentru tine nu se schimbă nimic”, spune ea.
scenario-sham-marriage-offer-signs = Bani și o călătorie gratuită în schimbul unei căsătorii. Un necunoscut spune că e „doar pe hârtie”. Te-ai căsători cu cineva pe care nu l-ai întâlnit niciodată.
scenario-sham-marriage-offer-safer = Vorbește cu un adult în care ai încredere înainte să decizi. O căsătorie nu este niciodată „doar pe hârtie”. Nu călători cu oameni pe care îi știi doar dintr-un chat.
scenario-sham-marriage-offer-ask-aunt = O întreb pe mătușa mea ce crede.
scenario-sham-marriage-offer-ask-aunt-result = Mătușa ta te ascultă și nu te judecă. Spune că o căsătorie e reală, chiar dacă cineva o numește doar o hârtie.
scenario-sham-marriage-offer-say-yes = Spun da. Par bani ușori.
scenario-sham-marriage-offer-say-yes-result = Mulți oameni ar spune da când banii sunt puțini. Femeia îți trimite un bilet. Spune că nu ai voie să spui nimănui.
scenario-sham-marriage-think = Femeia îți scrie iar și iar. Biletul e rezervat și trebuie să decizi azi. Spune: „Dacă spui nu acum, îmi datorezi banii pentru bilet.”
scenario-sham-marriage-think-signs = Te grăbesc să decizi. Vorbesc despre o datorie înainte să fi spus măcar da. Vor ca totul să rămână secret.
scenario-sham-marriage-think-safer = Spune nu, chiar dacă vorbesc despre o datorie. Blochează numărul. Spune-i unui adult în care ai încredere sau unei linii de ajutor.
scenario-sham-marriage-think-say-no = Spun nu și blochez numărul.
scenario-sham-marriage-think-say-no-result = Femeia îți trimite un singur mesaj furios. Apoi nimic. Mătușa ta e mândră de tine.
scenario-sham-marriage-think-go-anyway = Plec oricum. Nu vreau probleme din cauza biletului.
scenario-sham-marriage-think-go-anyway-result = Mulți oameni ar simți că nu au de ales. Îți faci un bagaj mic. Doar mătușa ta știe câte ceva.
scenario-sham-marriage-trip = Aterizezi în străinătate. Te întâmpină un bărbat și îți ia pașaportul „pentru actele de nuntă”. Stai într-un apartament cu alte două femei tinere. Ți se spune să nu ieși fără însoțitor.
scenario-sham-marriage-trip-signs = Cineva îți ia pașaportul. Nu ai voie să ieși fără însoțitor. Ești departe de casă și nu știi adresa.
scenario-sham-marriage-trip-safer = Nimeni nu are voie să-ți păstreze pașaportul. Trimite-i locația ta cuiva în care ai încredere. Contactează o linie de ajutor cât poți de repede.
scenario-sham-marriage-trip-send-location = Le trimit în secret locația mea mătușii mele și unei linii de ajutor.
scenario-sham-marriage-trip-send-location-result = Mătușa ta răspunde imediat. La linia de ajutor îți spun ce să faci mai departe. Nu mai treci prin asta fără sprijin.
scenario-sham-marriage-trip-go-along = Accept totul. Sunt doar câteva zile.
scenario-sham-marriage-trip-go-along-result = Mulți oameni ar aștepta și ar spera că totul va fi bine. Nunta durează câteva minute. Semnezi acte pe care nu le poți citi.
scenario-sham-marriage-after = După nuntă, banii nu vin. Bărbatul spune că îi datorezi bani pentru călătorie și apartament. Trebuie să rămâi și să muncești ca să-i dai înapoi. Pașaportul tău e tot la el.
scenario-sham-marriage-after-signs = Banii promiși nu vin. O datorie apare din senin. Pașaportul tău e ținut de altcineva. Ți se spune să rămâi și să muncești.
scenario-sham-marriage-after-safer = Contactează o linie de ajutor sau pe cineva de acasă. Poți cere ajutor oricând, și mai târziu. Nu este vina ta.
scenario-sham-marriage-after-call-help = Noaptea, îi scriu unei linii de ajutor.
scenario-sham-marriage-after-call-help-result = La linia de ajutor îți răspund și te cred. Încep să te ajute să ajungi acasă. Durează, dar cineva e de partea ta.
scenario-sham-marriage-after-stay = Rămân și muncesc, ca să-mi primesc pașaportul înapoi.
scenario-sham-marriage-after-stay-result = Mulți oameni ar spera să plătească datoria. Dar datoria tot crește. Pașaportul tău rămâne la el.
scenario-sham-marriage-end-safe = Rămâi în Liepāja și îți termini studiile. Le povestești prietenilor despre femeia de pe WhatsApp. Dacă banii sunt puțini, știi că poți cere sfatul unui adult.
scenario-sham-marriage-end-help = Cu mătușa ta și linia de ajutor, ajungi înapoi acasă. Linia de ajutor te poate îndruma și cu actele. Nu a fost vina ta. Ai cerut ajutor, iar ajutorul a venit.
scenario-sham-marriage-end-late = A durat, dar ești acasă. Linia de ajutor te ajută cu pașii următori, inclusiv cu actele. Nu a fost vina ta. Nu a fost prea târziu.
scenario-sham-marriage-end-trouble = Trec luni și simți că nu ai ieșire. Într-o zi, una dintre celelalte femei face rost de un telefon. Sunați împreună la o linie de ajutor, iar acolo vă ascultă. Nu este vina ta și nu e prea târziu să primești ajutor.

## courier-debt

scenario-courier-debt-title = Un job extra de curier
scenario-courier-debt-summary = Un anunț pe Telegram oferă bani cash în fiecare zi pentru dus colete mici.
scenario-courier-debt-ad = Ai 17 ani și locuiești în Riga. Un anunț pe Telegram spune: „Job de curier, bani cash zilnic, fără experiență.” Ai duce colete mici prin oraș.
scenario-courier-debt-ad-signs = Bani cash în fiecare zi pentru o muncă ușoară. Doar un cont de Telegram, nicio firmă. Nimeni nu vorbește despre un contract.
scenario-courier-debt-ad-safer = Cere numele firmei și un contract. Verifică tu firma. Întreabă un adult în care ai încredere.
scenario-courier-debt-ad-ask-company = Cer numele firmei și un contract.
scenario-courier-debt-ad-ask-company-result = Răspunsul vine greu. Nu conține niciun nume de firmă.
scenario-courier-debt-ad-start-now = Spun da și încep de mâine.
scenario-courier-debt-ad-start-now-result = Mulți oameni ar accepta un astfel de job extra. Pare simplu. Primești prima adresă chiar în seara aceea.
scenario-courier-debt-check = Managerul spune că nu există nicio firmă și niciun contract. „Doar cash. Nu deschide coletele și nu întreba ce e înăuntru.” Vrea o fotografie a cărții tale de identitate „pentru siguranță”.
scenario-courier-debt-check-signs = Nicio firmă și niciun contract. Nu ai voie să știi ce duci. Vor o fotografie a cărții tale de identitate.
scenario-courier-debt-check-safer = Spune nu. Nu duce niciodată ceva dacă nu ai voie să știi ce e înăuntru. Nu le trimite necunoscuților actul tău de identitate.
scenario-courier-debt-check-say-no = Spun nu și blochez contul.
scenario-courier-debt-check-say-no-result = Managerul îți scrie: „Pierderea ta.” Îl blochezi. Îți pare puțin rău după bani, dar ești în siguranță.
scenario-courier-debt-check-try-anyway = Încerc oricum. Sunt doar niște colete.
scenario-courier-debt-check-try-anyway-result = Mulți oameni s-ar gândi: „Ce poate să meargă prost?” Trimiți fotografia cărții tale de identitate. Prima adresă vine chiar în seara aceea.
scenario-courier-debt-runs = Timp de o săptămână, duci colete mici, lipite cu bandă adezivă. Le lași în stații de autobuz și pe scările blocurilor. Banii cash vin repede. Ți se spune să nu deschizi niciodată vreun colet.
scenario-courier-debt-runs-signs = Colete lăsate în stații de autobuz, nu la adrese reale. Nu ai voie să știi ce e înăuntru. Plata e prea mare pentru o astfel de muncă.
scenario-courier-debt-runs-safer = Oprește-te acum. Nu mai lua colete. Spune-i unui adult în care ai încredere. Poți cere ajutor oricând, și mai târziu.
scenario-courier-debt-runs-stop = Mă opresc și îi spun fratelui meu mai mare ce am făcut.
scenario-courier-debt-runs-stop-result = Fratele tău e îngrijorat, dar nu țipă. Te ajută să blochezi contul. Spune că e bine că te-ai oprit acum.
scenario-courier-debt-runs-keep-going = Continui. Banii sunt buni.
scenario-courier-debt-runs-keep-going-result = Mulți oameni ar continua când banii vin repede. Îți cumperi o geacă nouă. Apoi ceva merge prost.
scenario-courier-debt-lost = Într-o seară, un colet „se pierde”. Cineva îl ia din stație înainte să vină cumpărătorul. Managerul spune că e vina ta și că îi datorezi bani pentru el. Îți trimite o fotografie a blocului tău și spune că vei duce mai multe colete ca să plătești.
scenario-courier-debt-lost-signs = O datorie pe care nu o poți verifica. Amenințări care arată că știu unde locuiești. Cereri să duci mai multe colete ca să „plătești datoria”.
scenario-courier-debt-lost-safer = Nu mai duce colete și nu plăti. Salvează mesajele. Spune-i unui adult în care ai încredere și contactează poliția sau o linie de ajutor. Nu este vina ta.
scenario-courier-debt-lost-tell-adult = Îi arăt mesajele mamei mele.
scenario-courier-debt-lost-tell-adult-result = Și mamei îi e frică, dar rămâne lângă tine. Te ajută să salvezi mesajele. Împreună contactați poliția și o linie de ajutor.
scenario-courier-debt-lost-pay-back = Le dau toate economiile mele.
scenario-courier-debt-lost-pay-back-result = Mulți oameni ar plăti ca să se oprească totul. Managerul ia banii. Spune că nu e destul și că tot îi datorezi.
scenario-courier-debt-lost-carry-more = Duc mai multe colete ca să plătesc datoria.
scenario-courier-debt-lost-carry-more-result = Mulți oameni ar face asta de frică. Dar datoria nu scade niciodată. În fiecare săptămână sunt tot mai multe colete.
scenario-courier-debt-end-safe = Nu ai dus niciodată niciun colet. Mai târziu, găsești un job extra adevărat, cu contract. Îți avertizezi prietenii despre anunțul de pe Telegram.
scenario-courier-debt-end-stop = Te-ai oprit devreme, iar fratele tău e de partea ta. Dacă acel cont îți scrie din nou, nu răspunzi fără sprijin. O linie de ajutor îți poate spune ce mai poți face. A fost curajos să spui cuiva.
scenario-courier-debt-end-help = Nu mai treci prin amenințări fără sprijin. Poliția și o linie de ajutor te ascultă și îți explică pașii următori. Cineva te-a păcălit, iar asta nu e vina ta. Nu e prea târziu să îndrepți lucrurile.
scenario-courier-debt-end-trouble = Cererile nu se opresc și simți că nu ai ieșire. Apoi îi spui totul unui lucrător de tineret. El nu te învinovățește și te ajută să contactezi o linie de ajutor și poliția. Nu este vina ta și nu e prea târziu să primești ajutor.

## The classroom screen (draft translation, not yet reviewed by a native speaker)
present-title = Prezentare în clasă
present-summary = Arătați o poveste sau testul pe proiector, pas cu pas, cu litere mari.
present-intro = Deschideți această pagină pe calculatorul care trimite imaginea la proiector. Apoi alegeți o poveste sau testul. Elevii pot urmări pe telefoanele lor.
present-choose = Ce arătați
present-keys = Taste
present-key-next = Înainte: săgeata dreapta, Space sau butonul „înainte” de pe telecomandă. Într-o poveste, „înainte” arată mai întâi semnele de avertizare și varianta mai sigură.
present-key-back = Înapoi: săgeata stânga sau butonul „înapoi” de pe telecomandă.
present-key-choose = La o alegere: apăsați numărul variantei alese de clasă sau dați clic pe ea. Dacă apăsați doar „înainte”, povestea merge pe varianta mai sigură.
present-key-black = B: ecran negru, pentru o pauză. Apăsați din nou B ca să reveniți.
present-key-full = F: ecran complet. Escape iese din ecranul complet.
present-key-ends = Home: începutul. End: sfârșitul.
present-follow = Urmărește pe telefonul tău
present-start = Începe
