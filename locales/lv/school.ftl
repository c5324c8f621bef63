# The school section. Draft translation (not yet reviewed by a native speaker).
# The school section (/en/school/). Stories: content/school.toml and content/scenarios/.
school-title = Stāsti stundām
school-summary = Īsi stāsti, kuros tu izvēlies, kas notiek. Stundām par cilvēku tirdzniecību un drošu darbu.
school-intro = Katrā stāstā tu izlem, ko dara kāds jauns cilvēks. Pēc katras izvēles tu redzi brīdinājuma pazīmes un drošāko rīcību. Katrs stāsts beidzas ar to, kur saņemt palīdzību.
school-private = Tavas izvēles netiek ne saglabātas, ne nosūtītas. Tu vari izspēlēt stāstu vēlreiz un izvēlēties citādi.
school-stories = Stāsti
school-prepare-title = Sagatavoties stundai
school-prepare-about = Tā šajā ierīcē tiks saglabāti visi stāsti un viktorīna, lai stundā tie darbotos arī bez Wi-Fi. Lejupielādes apjoms: aptuveni { $size }.
school-prepare = Sagatavoties stundai
school-prepare-done = Viss gatavs. Stāsti un viktorīna šajā ierīcē darbojas bez interneta.

# The words of every story.
scenario-part = { $n }. daļa
scenario-private = Tavas izvēles netiek ne saglabātas, ne nosūtītas.
scenario-ask = Ko tu dari?
scenario-you-chose = Tava izvēle: { $choice }
scenario-was-safer = Tā bija drošākā rīcība.
scenario-was-risky = Tas bija riskanti. Daudzi rīkotos tāpat.
scenario-signs = Brīdinājuma pazīmes
scenario-safer = Drošākā rīcība
scenario-next = Turpināt
scenario-end-title = Kā tas beidzas
scenario-help-title = Kur saņemt palīdzību
scenario-danger = Ja tev vai kādam citam tagad draud briesmas, zvani 112. Palīdzību tu vari lūgt jebkurā laikā, arī vēlāk.
scenario-again = Spēlēt vēlreiz
scenario-others = Citi stāsti

# The quiz (content/quiz.toml).
quiz-title = Viktorīna: pamani risku
quiz-summary = Divpadsmit īsi jautājumi par drošu darbu, darba piedāvājumiem un palīdzību.
quiz-intro = Atbildi uz katru jautājumu. Pēc katras atbildes tu uzzini, kāpēc tā ir. Tavs rezultāts redzams tikai šajā ekrānā un pazūd, kad tu aizej.
quiz-start = Sākt viktorīnu
quiz-true = Patiesi
quiz-false = Nepatiesi
quiz-spot = Pieskaries katrai frāzei, kas ir brīdinājuma pazīme. Tad pieskaries "Pārbaudīt".
quiz-check = Pārbaudīt
quiz-show = Rādīt atbildi
quiz-answer = Atbilde: { $answer }
quiz-right = Pareizi.
quiz-wrong = Ne gluži.
quiz-flag = Brīdinājuma pazīme
quiz-next = Nākamais jautājums
quiz-progress = Jautājums { $n } no { $total }
quiz-score = Pareizas atbildes: { $n } no { $total }.
quiz-end = Labi, ka visu rūpīgi pārdomāji. Ja kaut kas šajā viktorīnā tev atgādina tavu dzīvi vai drauga dzīvi, tu vari ar kādu par to parunāt.
quiz-again = Sākt no jauna

quiz-passport-kept = Darba devējs drīkst paturēt tavu pasi, "lai tā būtu drošībā".
quiz-passport-kept-explain = Nepatiesi. Neviens nedrīkst ņemt Latvijas pasi vai personas apliecību ķīlā vai atņemt to tev. Tava pase pieder tev. Ja kāds to patur, tā ir brīdinājuma pazīme.

quiz-job-advert = Darba sludinājums: kuras frāzes ir brīdinājuma pazīmes?
quiz-job-advert-hotel = Vasaras darbs viesnīcā ārzemēs.
quiz-job-advert-high-pay = Alga daudz lielāka nekā parasti, par vieglu darbu.
quiz-job-advert-no-contract = Līgums nav vajadzīgs, mēs viens otram uzticamies.
quiz-job-advert-fee = Lai rezervētu vietu, jāsamaksā neliela maksa.
quiz-job-advert-passport = Brauciena laikā mēs tavu pasi glabāsim drošībā.
quiz-job-advert-english = Noderēs nedaudz angļu valodas.
quiz-job-advert-secret = Nevienam nestāsti, vietu skaits ir ierobežots!
quiz-job-advert-june = Sākums jūnijā.
quiz-job-advert-explain = Pārāk laba alga, rakstiska līguma trūkums, maksa par darba iegūšanu, kāds patur tavu pasi, prasība klusēt – tās visas ir brīdinājuma pazīmes. Jau viena pazīme ir iemesls apstāties un pajautāt.

quiz-who-at-risk = Cilvēku tirdzniecības upuri ir tikai meitenes un jaunas sievietes.
quiz-who-at-risk-explain = Nepatiesi. Cilvēku tirdzniecības upuris var kļūt ikviens, arī zēni un vīrieši. Latvijā cilvēkus ekspluatē darbā, seksuālos nolūkos, noziegumu izdarīšanā (piemēram, narkotiku pārvadāšanā vai krāpšanā) un fiktīvās laulībās.

quiz-from-latvia = Lielākā daļa cilvēku, kas kopš 2016. gada Latvijā atzīti par cilvēku tirdzniecības upuriem, bija no Latvijas.
quiz-from-latvia-explain = Patiesi. Lielākā daļa no viņiem bija Latvijas valstspiederīgie. Dažus ekspluatēja Latvijā, citus – ārzemēs. Tas var notikt arī ar cilvēkiem no šejienes.

quiz-bank-account = Kāds tev piedāvā naudu, lai caur tavu bankas kontu izietu kāds maksājums. Kas tas ir?
quiz-bank-account-easy-money = Viegla nauda bez riska.
quiz-bank-account-mule = Tevi izmanto kā "naudas mūli".
quiz-bank-account-favour = Parasts draudzīgs pakalpojums.
quiz-bank-account-explain = Tieši tā meklē "naudas mūļus". Laist caur savu kontu kāda cita naudu var būt noziegums. Atsakies un pastāsti par to savai bankai un pieaugušajam, kuram uzticies.

quiz-boyfriend = Tavs jaunais puisis ir vecāks par tevi un pērk tev dāvanas. Viņš grib, lai tu vairs netiktos ar draugiem. Tad viņš lūdz tev "palīdzēt ar viņa parādu". Kas tas ir?
quiz-boyfriend-love = Mīlestība: viņam tu rūpi.
quiz-boyfriend-control = Kontroles brīdinājuma pazīmes.
quiz-boyfriend-normal = Attiecībās tas ir normāli.
quiz-boyfriend-explain = Vispirms dāvanas, tad tevi nošķir no draugiem, tad "parāds", kurā tev jāpalīdz: tas ir zināms veids, kā kādu kontrolēt. Tā nekad nav tava vaina. Runā ar kādu, kam uzticies, vai zvani uz palīdzības tālruni.

quiz-casting-advert = Modeļu kastings: kuras frāzes ir brīdinājuma pazīmes?
quiz-casting-advert-new-faces = Meklējam jaunas sejas.
quiz-casting-advert-photos = Lai pieteiktos, atsūti privātus foto.
quiz-casting-advert-fee = Pirms kastinga jāsamaksā reģistrācijas maksa.
quiz-casting-advert-studio = Mūsu studija atrodas Rīgā.
quiz-casting-advert-alone = Nāc vienatnē, bez vecākiem.
quiz-casting-advert-explain = Privātu foto prasīšana, maksa vēl pirms jebkāda darba un vēlme, lai tu nāktu vienatnē, ir brīdinājuma pazīmes. Īstai aģentūrai nekas no tā nav vajadzīgs.

quiz-friend-abroad = Draudzene ārzemēs raksta, ka viņas priekšnieks patur viņas pasi un viņa nevar aizbraukt. Ko tu dari vispirms?
quiz-friend-abroad-help-line = Palīdzēt viņai sazināties ar palīdzības tālruni vai policiju.
quiz-friend-abroad-go-there = Braukt turp personīgi, lai viņu atvestu mājās.
quiz-friend-abroad-wait = Pagaidīt un skatīties, kas notiks.
quiz-friend-abroad-explain = Nebrauc turp vienatnē: tas var apdraudēt arī tevi. Palīdzības tālrunī tev pateiks, ko darīt. Ja viņai tagad draud briesmas, zvani 112.

quiz-marriage = Kāds tev piedāvā apmaksātu braucienu uz ārzemēm, lai tu apprecētos ar svešinieku "tikai uz papīra". Kas no šī ir taisnība?
quiz-marriage-no-risk = Riska nav: tas ir tikai uz papīra.
quiz-marriage-risk = Tu vari zaudēt kontroli pār saviem dokumentiem, savu naudu un savu drošību.
quiz-marriage-adventure = Tās ir bezmaksas brīvdienas.
quiz-marriage-explain = Fiktīvas laulības ir viens no biežākajiem cilvēku tirdzniecības veidiem Latvijā. Atsakies un runā ar kādu, kam uzticies.

quiz-debt = Ja tu esi parādā savam priekšniekam par ceļu vai mājokli, tev jāstrādā, līdz parāds ir atmaksāts, lai kādi būtu apstākļi.
quiz-debt-explain = Nepatiesi. Parāds, kas nekad nekļūst mazāks un tur tevi darbā, ir cilvēku tirdzniecības brīdinājuma pazīme. Zvani uz palīdzības tālruni.

quiz-copies = Pirms tu brauc prom strādāt, ir noderīgi atstāt pases un līguma kopijas kādam, kam uzticies.
quiz-copies-explain = Patiesi. Saglabā piedāvājuma, līguma un pases kopijas. Nosūti tās uzticamam cilvēkam mājās.

quiz-too-late = Ja tu jau piekriti kaut kam riskantam, palīdzību lūgt ir par vēlu.
quiz-too-late-explain = Nepatiesi. Nekad nav par vēlu. Palīdzību tu vari lūgt jebkurā laikā, arī vēlāk. Tā nav tava vaina.

# The stories (content/scenarios/): written 2026-12-02.
# Stories written by "b": modelling-casting, au-pair, boarding-school, construction-wages, bystander.

## modelling-casting

scenario-modelling-casting-title = Modeļu kastings
scenario-modelling-casting-summary = "Modeļu aģentūra" Instagramā prasa maksu un tavas fotogrāfijas.
scenario-modelling-casting-message = Tev ir 16 gadu, un tu dzīvo Liepājā. Tev Instagramā uzraksta kāda "modeļu aģentūra". Viņi saka, ka tev ir īstais izskats kastingam Rīgā. Lai reģistrētos, jāsamaksā nauda un jāatsūta fotogrāfijas.
scenario-modelling-casting-message-signs = Svešs cilvēks uzraksta pirmais un slavē tavu izskatu. Viņi prasa naudu vēl pirms jebkāda darba. Viņi grib tavas fotogrāfijas. Nav ne uzņēmuma nosaukuma, ne adreses.
scenario-modelling-casting-message-safer = Nemaksā un nesūti fotogrāfijas. Parādi ziņas pieaugušajam, kuram uzticies. Pārbaudi aģentūru.
scenario-modelling-casting-message-show-mum = Es parādu ziņas mammai.
scenario-modelling-casting-message-show-mum-result = Mamma kopā ar tevi izlasa ziņas. Viņa nedusmojas. Viņa ierosina pārbaudīt aģentūru kopā.
scenario-modelling-casting-message-send-photos = Es nosūtu dažas fotogrāfijas un pajautāju par maksu.
scenario-modelling-casting-message-send-photos-result = Uz šādu piedāvājumu atbildētu daudzi. Aģentūra ātri atbild un saka, ka tu esi ideāla izvēle. Tad viņi prasa vēl.
scenario-modelling-casting-check = Tu ar mammu meklē aģentūru internetā. Nav ne mājaslapas, ne adreses. Kontam ir tikai 2 nedēļas. Tad pienāk jauna ziņa: "Maksā tagad, pēdējās vietas tiks aizņemtas jau šodien."
scenario-modelling-casting-check-signs = Nav mājaslapas, nav adreses, konts ir jauns. Tevi steidzina izlemt jau šodien. Maksāt, lai dabūtu darbu, ir brīdinājuma pazīme.
scenario-modelling-casting-check-safer = Nemaksā. Bloķē kontu un ziņo par to. Pastāsti par to saviem draugiem.
scenario-modelling-casting-check-block = Es bloķēju kontu un ziņoju par to.
scenario-modelling-casting-check-block-result = Šis konts tev vairs nevar rakstīt. Tavs ziņojums var palīdzēt pasargāt arī citus.
scenario-modelling-casting-check-pay = Es samaksāju, lai nepalaistu garām iespēju.
scenario-modelling-casting-check-pay-result = Daudzi samaksātu, ja viņus steidzina. Aģentūra tev pateicas. Tad viņi prasa vēl.
scenario-modelling-casting-pressure = Tagad "aģente" grib jaunas fotogrāfijas, kurās tev ir mazāk apģērba. Viņa prasa arī otru maksu "par portfolio". Viņa raksta: "Nestāsti vecākiem. Lai tas ir pārsteigums."
scenario-modelling-casting-pressure-signs = Tev lūdz to turēt noslēpumā. Tev prasa fotogrāfijas ar mazāk apģērba. Viņi prasa arvien vairāk naudas.
scenario-modelling-casting-pressure-safer = Pārtrauc atbildēt. Nesūti vairs ne fotogrāfijas, ne naudu. Pastāsti pieaugušajam, kuram uzticies, pat ja tu jau kaut ko nosūtīji.
scenario-modelling-casting-pressure-tell-sister = Es pārtraucu atbildēt un pastāstu vecākajai māsai.
scenario-modelling-casting-pressure-tell-sister-result = Māsa paliek mierīga un tevi nevaino. Viņa palīdz tev saglabāt ziņas. Tad jūs kopā bloķējat kontu.
scenario-modelling-casting-pressure-send-more = Es nosūtu fotogrāfijas, lai nezaudētu darbu.
scenario-modelling-casting-pressure-send-more-result = Tu ļoti gribēji šo iespēju, un viņi to izmantoja. Viņu nākamā ziņa nemaz nav draudzīga.
scenario-modelling-casting-threat = Tagad aģente raksta citā tonī. Viņa saka, ka izplatīs tavas fotogrāfijas, ja tu nesamaksāsi vairāk. Tev ir bail un kauns.
scenario-modelling-casting-threat-signs = Draudi izplatīt tavas fotogrāfijas. Prasības pēc arvien lielākas naudas. Spiediens to turēt noslēpumā.
scenario-modelling-casting-threat-safer = Nemaksā. Saglabā ziņas. Tūlīt pastāsti pieaugušajam, kuram uzticies. Ar šādiem draudiem var palīdzēt policija. Tā nav tava vaina.
scenario-modelling-casting-threat-tell-teacher = Es parādu ziņas skolotājai, kurai uzticos.
scenario-modelling-casting-threat-tell-teacher-result = Skolotāja tev tic un paliek mierīga. Viņa palīdz tev saglabāt ziņas un sazināties ar policiju.
scenario-modelling-casting-threat-pay-more = Es samaksāju vēlreiz, lai viņi izdzēstu fotogrāfijas.
scenario-modelling-casting-threat-pay-more-result = Daudzi samaksātu, lai tas beigtos. Aģente paņem naudu. Pēc nedēļas viņa prasa vēl.
scenario-modelling-casting-end-safe = Tu ne reizi nesamaksāji un nenosūtīji nevienu fotogrāfiju. Tavi draugi redz tavu brīdinājumu un bloķē to pašu kontu. Ja gribi strādāt par modeli, tu kopā ar vecākiem vari meklēt īstu aģentūru.
scenario-modelling-casting-end-help = Tu apstājies, pirms kļuva vēl sliktāk. Māsa palīdzēja tev ziņot par kontu. Palīdzības tālrunī tev izskaidro, ko vēl tu vari darīt. Tā nav tava vaina.
scenario-modelling-casting-end-police = Policists tevi uzklausa un izskaidro nākamos soļus. Tevi atbalsta skolotāja un palīdzības tālrunis. Tev ar to nav jātiek galā vienatnē. Tā nav tava vaina.
scenario-modelling-casting-end-trouble = Draudi turpinās vairākas nedēļas, un tu jūties vientuļi. Tad tu pastāsti draudzenei, un viņa palīdz tev piezvanīt uz palīdzības tālruni. Tur tevi uzklausa un nevaino. Vēl nav par vēlu saņemt palīdzību.

## au-pair

scenario-au-pair-title = Au pair darbs ārzemēs
scenario-au-pair-summary = Ģimenei ārzemēs vajag palīdzību ar bērniem. Viņi grib, lai tu atbrauktu jau nākamnedēļ.
scenario-au-pair-offer = Tev ir 19 gadu, un tu dzīvo Daugavpilī. Tev Facebookā uzraksta kāda ģimene, kas dzīvo ārzemēs. Viņiem vajag au pair – cilvēku, kas dzīvo pie viņiem un palīdz ar bērniem. Viņi grib, lai tu atbrauktu jau nākamnedēļ.
scenario-au-pair-offer-signs = Viņi grib, lai tu sāktu ļoti drīz. Nav rakstiskas vienošanās. Tu viņus pazīsti tikai no čata.
scenario-au-pair-offer-safer = Prasi rakstisku vienošanos, kurā norādītas darba stundas, brīvdienas un samaksa. Parunā ar ģimeni videozvanā. Pastāsti kādam, kam uzticies, kurp tu brauc.
scenario-au-pair-offer-ask-agreement = Vispirms es prasu rakstisku vienošanos.
scenario-au-pair-offer-ask-agreement-result = Ģimene ir pārsteigta par tavu jautājumu. Viņi atbild tikai nākamajā dienā.
scenario-au-pair-offer-go-now = Es piekrītu un sakravāju somu.
scenario-au-pair-offer-go-now-result = Daudzi piekristu. Tā izklausās pēc jaukas iespējas redzēt citu valsti.
scenario-au-pair-agreement = Ģimene raksta: "Mēs esam kā viena ģimene, papīri nav vajadzīgi." Viņi negrib pateikt, cik stundu tu strādāsi. Viņi lūdz tevi izlemt šodien.
scenario-au-pair-agreement-signs = Viņi atsakās kaut ko noformēt rakstiski. Tavs darba laiks nav skaidrs. Tevi steidzina izlemt.
scenario-au-pair-agreement-safer = Atsakies no darba bez skaidriem noteikumiem. Meklē au pair aģentūru ar labām atsauksmēm. Pārrunā to ar pieaugušo, kuram uzticies.
scenario-au-pair-agreement-say-no = Es atsakos un meklēju pārbaudītu aģentūru.
scenario-au-pair-agreement-say-no-result = Ģimene vairs neraksta. Tev ir mazliet skumji, bet savā lēmumā tu nešaubies.
scenario-au-pair-agreement-go-anyway = Es tik un tā braucu, jo viņi šķiet jauki.
scenario-au-pair-agreement-go-anyway-result = Daudzi uzticētos draudzīgai ģimenei. Pēc nedēļas tu aizlido.
scenario-au-pair-arrival = Ģimene tevi sagaida lidostā un ir ļoti draudzīga. Mājās māte palūdz tavu pasi. "Mēs to tev noglabāsim drošā vietā," viņa saka.
scenario-au-pair-arrival-signs = Ģimene grib paturēt tavu pasi. Viņi saka, ka tas ir tavai drošībai.
scenario-au-pair-arrival-safer = Neviens nedrīkst paturēt tavu pasi. Pieklājīgi pasaki, ka pasi glabāsi pie sevis. Aizsūti savu adresi draugam, kas palicis mājās.
scenario-au-pair-arrival-keep-passport = Es pieklājīgi pasaku, ka pasi glabāšu pie sevis.
scenario-au-pair-arrival-keep-passport-result = Māte izskatās neapmierināta, bet neuzstāj. Tava pase paliek tavā somā.
scenario-au-pair-arrival-give-passport = Es atdodu viņai pasi, lai neizskatītos nepieklājīgi.
scenario-au-pair-arrival-give-passport-result = Jaunās mājās daudzi darītu tāpat. Māte ieliek pasi atvilktnē un aizslēdz to.
scenario-au-pair-days = Paiet nedēļas. Tu strādā no 7 rītā līdz 9 vakarā. Tev nav nevienas brīvdienas. Kad tu par to pajautā, tēvs saka, ka tu viņiem vēl esi parādā par biļeti.
scenario-au-pair-days-signs = Ļoti garas darba dienas un neviena brīvdiena. "Parāds" par biļeti. Tev nav spēka, un tu jūties vientuļi.
scenario-au-pair-days-safer = Palīdzību tu drīksti lūgt jebkurā laikā. Piezvani draugam mājās vai uz palīdzības tālruni. Pasaki, kur tu atrodies.
scenario-au-pair-days-call-help = Es piezvanu draudzenei Alinai un tad uz palīdzības tālruni.
scenario-au-pair-days-call-help-result = Alina tevi uzklausa un palīdz atrast numuru. Palīdzības tālrunī tev jautā, kur tu esi un vai tu esi drošībā.
scenario-au-pair-days-wait = Es klusēju un ceru, ka kļūs labāk.
scenario-au-pair-days-wait-result = Daudzi gaida un cer, ka kaut kas mainīsies. Bet dienas paliek tikpat garas.
scenario-au-pair-end-safe = Tu atrodi au pair aģentūru ar labām atsauksmēm. Tu aprunājies ar citiem au pair, kuri caur šo aģentūru jau ir strādājuši. Kad tu brauc, tu zini savu darba laiku un brīvdienas. Tava draudzene Alina zina, kur tu esi.
scenario-au-pair-end-help = Kopā ar Alinu un palīdzības tālruni tu izveido drošu plānu. Tu aizej no ģimenes un droši atgriezies mājās. Tā nebija tava vaina. Palīdzība bija pieejama, kad tu to lūdzi.
scenario-au-pair-end-trouble = Paiet mēneši, un nogurums kļūst arvien lielāks. Kādu dienu rotaļu laukumā tu aprunājies ar citu au pair. Viņa palīdz tev atrast palīdzības tālruni. Tā nav tava vaina, un vēl nav par vēlu saņemt palīdzību.

## boarding-school

scenario-boarding-school-title = Jauns draugs no pilsētas
scenario-boarding-school-summary = Vecāks draugs ir laipns pret tevi un aicina tevi uz Rīgu.
scenario-boarding-school-new-friend = Tev ir 15 gadu, un tu dzīvo internātskolā Latgalē. Pie veikala tu iepazīsties ar Robertu, kuram ir apmēram 20 gadu. Viņš tev nopērk ēdienu un patiešām tevī ieklausās. Viņš aicina tevi nedēļas nogalē uz Rīgu un saka, ka par visu samaksās.
scenario-boarding-school-new-friend-signs = Vecāks cilvēks, ar kuru tu tikko iepazinies, ir ļoti devīgs. Viņš maksā par visu. Viņš grib tevi aizvest tālu no skolas.
scenario-boarding-school-new-friend-safer = Pastāsti par ielūgumu skolotājam vai citam skolas darbiniekam, kuram uzticies. Nebrauc nekur ar cilvēku, ar kuru tikko iepazinies. Vienmēr pasaki, kurp tu dodies.
scenario-boarding-school-new-friend-tell-teacher = Es pastāstu par ielūgumu skolotājai, kurai uzticos.
scenario-boarding-school-new-friend-tell-teacher-result = Skolotāja tevi uzklausa un nenosoda. Viņa lūdz tev pateikt, ja Roberts vēl rakstīs.
scenario-boarding-school-new-friend-go = Es braucu viņam līdzi, jo viņš pret mani ir labs.
scenario-boarding-school-new-friend-go-result = Daudzi brauktu. Ir patīkami, ja kāds par tevi rūpējas. Sestdien tu kopā ar viņu brauc ar autobusu uz Rīgu.
scenario-boarding-school-teacher = Tajā vakarā Roberts raksta Telegramā: "Nevienam skolā nestāsti. Vienkārši brauc, būs jautri." Tev viņš patīk, un tu gribi braukt.
scenario-boarding-school-teacher-signs = Viņš lūdz tevi slēpt braucienu no pieaugušajiem. Īstam draugam nav vajadzīgi noslēpumi no taviem skolotājiem.
scenario-boarding-school-teacher-safer = Parādi ziņu skolotājai. Atsakies no brauciena, kas tev jāslēpj.
scenario-boarding-school-teacher-show-message = Es parādu ziņu skolotājai.
scenario-boarding-school-teacher-show-message-result = Skolotāja tev pateicas. Viņa saka, ka tu neko sliktu neizdarīji. Tālāk ar to nodarbosies viņa un skolas sociālais darbinieks.
scenario-boarding-school-teacher-go-anyway = Es tik un tā braucu, jo viņš pret mani ir bijis labs.
scenario-boarding-school-teacher-go-anyway-result = Daudzi brauktu. Viņš bija laipns, un brauciens izklausās jautri. Sestdien tu aizbrauc, nevienam neko nepasakot.
scenario-boarding-school-city = Rīgā Roberts mainās. Viņš saka, ka tu viņam esi parādā par ēdienu, autobusu un istabu. Lai to atmaksātu, tev jāubago stacijā vai jāpaņem mantas veikalos, nesamaksājot.
scenario-boarding-school-city-signs = "Parāds", par kuru tu nekad nevienojies. Tev liek ubagot vai zagt. Kāds, kurš bija laipns, tagad tev pavēl.
scenario-boarding-school-city-safer = Palīdzību tu drīksti lūgt jebkurā laikā. Ej pie uzticama pieaugušā: stacijas darbinieka, veikala darbinieka vai policista. Piezvani uz savu skolu.
scenario-boarding-school-city-ask-worker = Es aizeju pie stacijas darbinieces un palūdzu palīdzību.
scenario-boarding-school-city-ask-worker-result = Darbiniece aizved tevi uz klusu telpu. Viņa piezvana policijai, un policists piezvana uz tavu skolu.
scenario-boarding-school-city-do-it = Es daru, ko viņš saka, jo jūtu, ka esmu viņam parādā.
scenario-boarding-school-city-do-it-result = Daudzi justos tāpat. Visu dienu tu stacijā lūdz cilvēkiem sīknaudu. Vakarā Roberts paņem visu naudu un saka, ka parāds joprojām nav atmaksāts.
scenario-boarding-school-pressure = Paiet dienas. Tagad Roberts grib, lai tu zagtu veikalos. Viņš saka: "Ja tu iesi uz policiju, nepatikšanas būs tev."
scenario-boarding-school-pressure-signs = "Parāds" nekad nekļūst mazāks. Viņš paņem visu naudu. Viņš tevi biedē, lai tu klusētu.
scenario-boarding-school-pressure-safer = Viņš tā saka, lai tu klusētu. Tā nav tava vaina. Piezvani uz savu skolu vai uz palīdzības tālruni.
scenario-boarding-school-pressure-call-teacher = Es aizņemos telefonu un piezvanu skolotājai.
scenario-boarding-school-pressure-call-teacher-result = Skolotāja atbild uzreiz. Viņa priecājas, ka tu piezvanīji, un tevi nevaino. Viņa jautā, kur tu esi, un sarūpē palīdzību.
scenario-boarding-school-pressure-stay-quiet = Es klusēju, jo man ir bail.
scenario-boarding-school-pressure-stay-quiet-result = Baidīties ir normāli. Roberts rēķinājās ar šīm bailēm.
scenario-boarding-school-end-safe = To nedēļas nogali tu paliec skolā. Skolotāja un sociālais darbinieks runā ar policiju par Robertu. Pastāstot tu neko sliktu nedarīji. Tā bija pareiza rīcība.
scenario-boarding-school-end-help = Policists un tava skolotāja palīdz tev droši atgriezties skolā. Neviens tevi nevaino par notikušo. Palīdzības tālrunī tev izskaidro, kādu atbalstu tu vari saņemt. Tā nav tava vaina.
scenario-boarding-school-end-called = Palīdzība tevi sasniedz tajā pašā dienā. Skolotāja atbrauc tev pretī, un ar tevi runā sociālais darbinieks. Tu vari viņiem visu pastāstīt, kad jutīsi, ka vari. Tā nav tava vaina.
scenario-boarding-school-end-trouble = Kādu dienu tevi aptur veikala apsargs. Tev ir bail, bet ar tevi atnāk runāt sociālā darbiniece. Tu viņai pastāsti par Robertu, un viņa tevi uzklausa. Tā nav tava vaina, un vēl nav par vēlu saņemt palīdzību.

## construction-wages

scenario-construction-wages-title = Darbs būvlaukumā
scenario-construction-wages-summary = Darbs būvniecībā, alga skaidrā naudā un mājoklis. Bet tad algu neizmaksā.
scenario-construction-wages-offer = Tev ir 18 gadu, un tu tikko pabeidzi skolu Jelgavā. Tavs draugs Nikita pazīst priekšnieku, kuram vajag strādniekus būvlaukumā. Alga ir skaidrā naudā, mājoklis ir iekļauts, un līguma nav. Tu vari sākt rīt.
scenario-construction-wages-offer-signs = Nav rakstiska līguma. Alga tikai skaidrā naudā. Mājokli dod priekšnieks. Tev jāizlemj ļoti ātri.
scenario-construction-wages-offer-safer = Pirms sāc strādāt, prasi rakstisku līgumu. Pajautā uzņēmuma nosaukumu un pārbaudi to. Aprunājies ar pieaugušo, kuram uzticies.
scenario-construction-wages-offer-ask-contract = Vispirms es prasu rakstisku līgumu.
scenario-construction-wages-offer-ask-contract-result = Priekšnieks saka: "Līgums būs vēlāk. Vispirms parādi, ka proti strādāt." Viņš tev pasaka uzņēmuma nosaukumu.
scenario-construction-wages-offer-start = Es sāku rīt bez līguma.
scenario-construction-wages-offer-start-result = Daudzi sāktu. Tev vajag naudu, un Nikita saka, ka priekšnieks ir kārtīgs.
scenario-construction-wages-contract = Tev ir uzņēmuma nosaukums, bet līguma joprojām nav. Tavs tēvocis strādā būvniecībā. Viņš piedāvā palīdzēt tev pārbaudīt uzņēmumu.
scenario-construction-wages-contract-signs = "Līgums būs vēlāk" ir brīdinājuma pazīme. Nekas nav uz papīra. Tu nezini, kas īsti ir tavs darba devējs.
scenario-construction-wages-contract-safer = Pārbaudi uzņēmumu kopā ar pieaugušo, kuram uzticies. Sāc strādāt tikai tad, kad tev ir rakstisks līgums.
scenario-construction-wages-contract-check = Es pārbaudu uzņēmumu kopā ar tēvoci.
scenario-construction-wages-contract-check-result = Tu nekur nevari atrast šo uzņēmumu. Tēvocis palīdz tev meklēt darbu ar līgumu.
scenario-construction-wages-contract-start-anyway = Es tik un tā sāku, jo alga izklausās laba.
scenario-construction-wages-contract-start-anyway-result = Daudzi rīkotos tāpat. Pirmās dienas paiet labi.
scenario-construction-wages-site = Darbs ir smags, 6 dienas nedēļā. Pēc 2 nedēļām tev joprojām nekas nav samaksāts. Priekšnieks saka: "Es to paturu par tavu mājokli. Pārējo samaksāšu vēlāk."
scenario-construction-wages-site-signs = Tavu algu aiztur. Maksa par mājokli, par kuru tu nekad nevienojies. Solījumi samaksāt vēlāk.
scenario-construction-wages-site-safer = Darba devējam tev ir jāmaksā par tavu darbu. Pieraksti savas darba dienas un stundas un saglabā visas ziņas. Pajautā pieaugušajam, kuram uzticies, vai palīdzības tālrunī. Nestrīdies ar priekšnieku vienatnē.
scenario-construction-wages-site-get-help = Es pierakstu savas stundas un zvanu uz palīdzības tālruni.
scenario-construction-wages-site-get-help-result = Palīdzības tālrunī tevi uzklausa un pasaka, ko tu vari darīt. Tavas piezīmes un ziņas var palīdzēt.
scenario-construction-wages-site-wait = Es turpinu strādāt un gaidu naudu.
scenario-construction-wages-site-wait-result = Daudzi gaidītu. Tu negribi zaudēt to, ko nopelnīji.
scenario-construction-wages-later = Pēc mēneša tev joprojām nav samaksāts. Priekšnieks saka, ka tagad tu viņam esi parādā par mājokli un darbarīkiem. Artjoms, cits strādnieks, saka, ka priekšnieks nekad nevienam nemaksā.
scenario-construction-wages-later-signs = Algas vietā aug "parāds". Citiem strādniekiem ir tā pati problēma. Tev šķiet, ka tu nevari aiziet.
scenario-construction-wages-later-safer = Darba devējam tev ir jāmaksā par tavu darbu. Saglabā savas piezīmes un ziņas. Pajautā palīdzības tālrunī, ko tu vari darīt. Palīdzību tu drīksti lūgt jebkurā laikā.
scenario-construction-wages-later-get-help = Es saglabāju piezīmes un ziņas un zvanu uz palīdzības tālruni.
scenario-construction-wages-later-get-help-result = Palīdzības tālrunī tevi uzklausa un nevaino. Tev izskaidro nākamos soļus. Artjoms arī nolemj piezvanīt.
scenario-construction-wages-later-stay = Es palieku, lai nezaudētu to, ko viņš man ir parādā.
scenario-construction-wages-later-stay-result = Daudzi paliktu un cerētu. Priekšnieks visu laiku saka: "Nākamnedēļ."
scenario-construction-wages-end-safe = Pēc divām nedēļām tu sāc strādāt citā darbā ar rakstisku līgumu. Tu zini savu darba laiku un algu. Tu iesaki Nikitam arī pārbaudīt šo priekšnieku.
scenario-construction-wages-end-help = Tu vairs nestrādā pie šī priekšnieka. Palīdzības tālrunī tev izskaidro, kā tu vari prasīt savu algu. Tā nebija tava vaina. Tu palīdzību lūdzi laikus, un tas ir svarīgi.
scenario-construction-wages-end-late = Tu un Artjoms kopā aizejat no būvlaukuma. Palīdzības tālrunī tev palīdz ar nākamajiem soļiem. Tā nav tava vaina. Palīdzību lūgt vēl nebija par vēlu.
scenario-construction-wages-end-trouble = Paiet mēneši, un "parāds" tikai aug. Kādu dienu tu visu izstāsti mammai. Viņa palīdz tev piezvanīt uz palīdzības tālruni. Tā nav tava vaina, un vēl nav par vēlu.

## bystander

scenario-bystander-title = Draugs, kurš ir mainījies
scenario-bystander-summary = Tavs klasesbiedrs šķiet citāds. Ko var izdarīt draugs?
scenario-bystander-notice = Tavs klasesbiedrs Daniels ir mainījies. Stundās viņš ir noguris un bieži kavē skolu. Viņam ir jaunas kedas un jauns telefons. Pēc skolas viņu ar mašīnu savāc kāds vecāks puisis.
scenario-bystander-notice-signs = Viņš ir noguris un kavē skolu. Viņam ir dārgas jaunas lietas. Viņu savāc vecāks "draugs".
scenario-bystander-notice-safer = Laipni aprunājies ar Danielu, kad esat divatā. Klausies un nenosodi. Neizliecies, ka neko neredzi.
scenario-bystander-notice-talk = Es laipni pajautāju Danielam, kā viņam klājas.
scenario-bystander-notice-talk-result = Daniels ir pārsteigts, bet piekrīt pusdienās pasēdēt kopā ar tevi.
scenario-bystander-notice-joke = Citu priekšā es jokoju par viņa bagāto jauno draugu.
scenario-bystander-notice-joke-result = Citi smejas. Daniels apklust un vairs nesēž kopā ar tevi. Joki var atgrūst draugu.
scenario-bystander-notice-ignore = Es neko nesaku, jo tā nav mana darīšana.
scenario-bystander-notice-ignore-result = Daudzi neiejauktos. Var šķist drošāk neiesaistīties.
scenario-bystander-talk = Pusdienās Daniels stāsta, ka vecākais puisis viņam dod "mazus darbiņus". Viņš izskatās noraizējies. Viņš saka: "Es tagad nevaru apstāties. Esmu viņam parādā."
scenario-bystander-talk-signs = "Mazi darbiņi" vecākam cilvēkam. Parāds, no kura viņš nevar tikt ārā. Viņš šķiet nobijies.
scenario-bystander-talk-safer = Pasaki viņam, ka tā nav viņa vaina. Pastāsti pieaugušajam, kuram uzticies, piemēram, skolotājam vai skolas psihologam. Pie vecākā puiša neej.
scenario-bystander-talk-tell-adult = Es pasaku, ka man nav vienalga, un mēs kopā aizejam pie skolas psiholoģes.
scenario-bystander-talk-tell-adult-result = Daniels uztraucas, bet nāk tev līdzi. Psiholoģe viņu mierīgi uzklausa.
scenario-bystander-talk-confront = Es aizeju pie vecākā puiša un pasaku, lai liek Danielu mierā.
scenario-bystander-talk-confront-result = Tu gribi pasargāt draugu, un tas ir drosmīgi. Bet puisis tikai smejas. Tad viņš pasaka Danielam, lai vairs ar tevi nerunā.
scenario-bystander-talk-keep-secret = Es apsolu Danielam to paturēt noslēpumā.
scenario-bystander-talk-keep-secret-result = Daniels tev uzticas. Bet tagad lielās raizes tev jānes vienatnē.
scenario-bystander-worse = Divas nedēļas vēlāk Daniels neierodas skolā veselu nedēļu. Kāds saka, ka vecākais puisis ir "viņa priekšnieks". Tu uztraucies un nezini, ko darīt.
scenario-bystander-worse-signs = Viņš kavē skolu arvien vairāk. Vecākam cilvēkam ir vara pār viņu. Viss kļūst sliktāk.
scenario-bystander-worse-safer = Rīkoties nekad nav par vēlu. Pastāsti skolotājam, kuram uzticies, ko tu redzēji. Vai uzraksti Danielam laipnu ziņu.
scenario-bystander-worse-tell-teacher = Es pastāstu mūsu klases audzinātājai, ko pamanīju.
scenario-bystander-worse-tell-teacher-result = Audzinātāja tev pateicas un uztver to nopietni. Viņa saka, ka tu rīkojies pareizi.
scenario-bystander-worse-write = Es uzrakstu Danielam laipnu ziņu.
scenario-bystander-worse-write-result = Daniels atbild pēc stundas. Viņš jautā, vai jūs varat parunāt rīt pusdienās.
scenario-bystander-worse-wait = Es gaidu, jo varbūt tās ir tikai tenkas.
scenario-bystander-worse-wait-result = Daudzi gaidītu un cerētu. Daniels joprojām nenāk uz skolu.
scenario-bystander-confronted = Tagad vecākais puisis zina, kas tu esi. Daniels ir dusmīgs un nobijies. Viņš saka, ka tu visu padarīji vēl sliktāku.
scenario-bystander-confronted-signs = Vecākais puisis tagad tevi zina. Daniels baidās vairāk nekā iepriekš. Tas ir par lielu, lai ar to tiktu galā vienatnē.
scenario-bystander-confronted-safer = Vairs neej pie vecākā puiša. Izstāsti visu pieaugušajam, kuram uzticies. Ja jūties nedroši, tūlīt pasaki to pieaugušajam.
scenario-bystander-confronted-tell-adult = Es visu izstāstu skolas psiholoģei.
scenario-bystander-confronted-tell-adult-result = Psiholoģe tevi uzklausa un pateicas. Viņa ar tevi pārrunā, kā pasargāt tevi un Danielu.
scenario-bystander-confronted-stay-away = Tagad es turos no tā visa pa gabalu.
scenario-bystander-confronted-stay-away-result = Pēc izbīļa daudzi atkāptos. Bet raizes par Danielu paliek.
scenario-bystander-secret = Pēc dažām dienām Daniels vēlu naktī tev raksta: "Man viss kārtībā. Lūdzu, nevienam nestāsti." Skolā viņš nav bijis jau 3 dienas.
scenario-bystander-secret-signs = Viņš atkal nav skolā. Viņš lūdz tevi klusēt. Dažus noslēpumus glabāt nav droši.
scenario-bystander-secret-safer = Pastāsti pieaugušajam, kuram uzticies, pat ja tu apsolīji klusēt. Drauga drošība ir svarīgāka par solījumu.
scenario-bystander-secret-tell-adult = Es pastāstu skolotājai, kurai uzticos, lai gan es apsolīju klusēt.
scenario-bystander-secret-tell-adult-result = Lauzt solījumu ir grūti. Skolotāja tev pateicas un zina, pie kā vērsties.
scenario-bystander-secret-keep = Es turu solījumu un neko nesaku.
scenario-bystander-secret-keep-result = Tu gribēji saglabāt drauga uzticību. Bet Daniels joprojām ir viens ar savu problēmu.
scenario-bystander-end-safe = Psiholoģe un citi pieaugušie sāk palīdzēt Danielam. Tas prasa laiku, bet viņš atgriežas skolā. Kādu dienu viņš saka: "Paldies, ka neizlikies neko neredzam."
scenario-bystander-end-help = Tagad ar Danielu runā pieaugušie, kas zina, kā palīdzēt. Tev tas nav jārisina vienatnē. Pastāstīt bija pareizi, un tas bija drosmīgi.
scenario-bystander-end-trouble = Daniels joprojām šķiet attālinājies, un tu joprojām uztraucies. Vēl nav par vēlu. Tu jebkurā laikā vari pastāstīt pieaugušajam, kuram uzticies, vai piezvanīt uz palīdzības tālruni. Palīdzība ir pieejama arī Danielam.

scenario-summer-job-abroad-title = Vasaras darbs ārzemēs
scenario-summer-job-abroad-summary = Kāds Instagram konts piedāvā vasaras darbu fermā ārzemēs, un ceļš esot "jau noorganizēts".
scenario-summer-job-abroad-offer = Tev ir 17 gadu, un tu dzīvo Jelgavā. Kāds Instagram konts piedāvā vasaras darbu ogu fermā ārzemēs. Alga ir divreiz lielāka nekā parasti. Ceļš un gulta esot "jau noorganizēti", ja tu atsūtīsi savas pases fotoattēlu.
scenario-summer-job-abroad-offer-signs = Svešs cilvēks uzraksta pirmais. Alga ir daudz lielāka nekā parasti. Nav uzņēmuma nosaukuma. Vispirms viņi grib tavas pases fotoattēlu.
scenario-summer-job-abroad-offer-safer = Aprunājies ar pieaugušo, kuram uzticies. Meklē informāciju par uzņēmumu patstāvīgi. Nesūti pases fotoattēlus svešiniekiem. Nekad nemaksā, lai dabūtu darbu.
scenario-summer-job-abroad-offer-ask-mum = Es parādu piedāvājumu mammai.
scenario-summer-job-abroad-offer-ask-mum-result = Mamma kopā ar tevi to izlasa un par tavu ideju nesmejas. Viņa ierosina pajautāt uzņēmuma nosaukumu un prasīt līgumu.
scenario-summer-job-abroad-offer-say-yes = Es piekrītu un nosūtu pases fotoattēlu.
scenario-summer-job-abroad-offer-say-yes-result = Daudzi piekristu. Tas izklausās pēc labas vasaras. Tajā pašā dienā konts tev rezervē biļeti un saka, ka samaksāt varēsi "vēlāk".
scenario-summer-job-abroad-check = Tu prasi uzņēmuma nosaukumu un rakstisku līgumu. Vervētājs saka, ka papīriem nav laika. Biļete ir "ceļa aizdevums", ko tu atmaksāsi no algas. Tev jāizlemj šodien.
scenario-summer-job-abroad-check-signs = Nav ne līguma, ne uzņēmuma nosaukuma. Tevi steidzina izlemt. Parāds tev rodas vēl pirms pirmās darba dienas.
scenario-summer-job-abroad-check-safer = Atsakies no darba bez rakstiska līguma. Neņem no darba devēja biļeti uz parāda. Īsts darba devējs tev dod laiku padomāt.
scenario-summer-job-abroad-check-say-no = Es atsakos. Darbs bez līguma man neder.
scenario-summer-job-abroad-check-say-no-result = Vervētājs raksta, ka tu palaid garām lielisku iespēju. Tad konts apklust. Atsakoties tu neko nezaudē.
scenario-summer-job-abroad-check-go-anyway = Es tik un tā braucu. Varbūt līgums būs vēlāk.
scenario-summer-job-abroad-check-go-anyway-result = Daudzi brauktu. Mamma uztraucas, bet tu apsoli viņai zvanīt katru dienu.
scenario-summer-job-abroad-arrival = Lidmašīna nolaižas ārzemēs. Tevi sagaida vīrietis, kurš sevi sauc par menedžeri. Viņš prasa tavu pasi. Viņš saka, ka noglabās to drošā vietā un "nokārtos papīrus".
scenario-summer-job-abroad-arrival-signs = Kāds grib paturēt tavu pasi. Līguma joprojām nav. Tu nezini adresi, kur dzīvosi.
scenario-summer-job-abroad-arrival-safer = Glabā pasi pie sevis. Neviens nedrīkst paturēt tavu pasi. Aizsūti savu adresi kādam mājās.
scenario-summer-job-abroad-arrival-keep-passport = Es saku, ka pasi glabāšu pie sevis.
scenario-summer-job-abroad-arrival-keep-passport-result = Menedžeris sarauc pieri, bet neuzstāj. Pase paliek tavā kabatā. Tu aizsūti mammai savu adresi.
scenario-summer-job-abroad-arrival-give-passport = Es viņam atdodu pasi. Viņš taču ir priekšnieks.
scenario-summer-job-abroad-arrival-give-passport-result = Daudzi uzticētos priekšniekam. Viņš ieliek tavu pasi savā somā. Viņš saka, ka tu to dabūsi atpakaļ "beigās".
scenario-summer-job-abroad-debt = Pēc 2 nedēļām menedžeris tev parāda sarakstu. Biļete, gulta un ēdiens maksā vairāk, nekā tu nopelnīji. Viņš to sauc par tavu "ceļa parādu". Viņš saka, ka tu nevari aizbraukt, kamēr tas nav samaksāts.
scenario-summer-job-abroad-debt-signs = Parāds, kas aug, nevis kļūst mazāks. Tava alga aiziet par mājokli un ēdienu. Tev saka, ka tu nevari aizbraukt.
scenario-summer-job-abroad-debt-safer = Darba devējam tev ir jāmaksā par tavu darbu. Pastāsti kādam mājās. Sazinies ar palīdzības tālruni. Palīdzību tu drīksti lūgt jebkurā laikā, arī vēlāk.
scenario-summer-job-abroad-debt-message-home = Es slepus uzrakstu mammai un uz palīdzības tālruni.
scenario-summer-job-abroad-debt-message-home-result = Mamma atbild uzreiz. Palīdzības tālrunī tevi uzklausa un nevaino. Kopā jūs izveidojat plānu, kā tikt mājās.
scenario-summer-job-abroad-debt-work-more = Es palieku un strādāju vairāk, lai atmaksātu parādu.
scenario-summer-job-abroad-debt-work-more-result = Daudzi mēģinātu parādu atmaksāt. Bet ar katru nedēļu saraksts kļūst garāks. Tev šķiet, ka no tā nav izejas, un tu ļoti nogursti.
scenario-summer-job-abroad-end-safe = Vasaru tu pavadi mājās un atrodi darbu Jelgavā. Tu pastāsti draugiem par šo kontu. Nākamreiz tu zināsi, ko pārbaudīt vispirms.
scenario-summer-job-abroad-end-help = Ar mammas un palīdzības tālruņa atbalstu tu tiec prom un atgriezies mājās. Tā nebija tava vaina. Palīdzība bija pieejama, kad tu to lūdzi.
scenario-summer-job-abroad-end-trouble = Vasara beidzas, bet parāds joprojām ir. Kādu vakaru cita strādniece tev aizdod savu telefonu. Tu piezvani uz palīdzības tālruni, un tur tevi uzklausa. Tā nav tava vaina, un vēl nav par vēlu saņemt palīdzību.

## bank-account

scenario-bank-account-title = Bankas konta izīrēšana
scenario-bank-account-summary = Kāds Telegramā piedāvā vieglu naudu par to, ka viņš var izmantot tavu bankas kontu.
scenario-bank-account-offer = Tev ir 16 gadu, un tu dzīvo Rēzeknē. Kādā Telegram grupā kāds piedāvā "vieglu naudu". Viss, kas jādara, ir uz nedēļu "izīrēt" viņiem savu bankas kontu.
scenario-bank-account-offer-signs = Nauda gandrīz par neko. Svešs cilvēks grib izmantot tavu bankas kontu. Viņi saka, ka tas ir "pilnīgi legāli".
scenario-bank-account-offer-safer = Neatbildi. Tavs bankas konts, karte un Smart-ID ir paredzēti tikai tev. Pastāsti pieaugušajam, kuram uzticies.
scenario-bank-account-offer-ignore = Es neatbildu un izeju no grupas.
scenario-bank-account-offer-ignore-result = Tu izej no grupas. Nākamajā dienā skolā kāds klasesbiedrs runā par to pašu piedāvājumu.
scenario-bank-account-offer-ask-more = Es pajautāju, kā tas notiek.
scenario-bank-account-offer-ask-more-result = Daudziem būtu interesanti. Atbilde pienāk pēc minūtes. Cilvēks raksta draudzīgi un pārliecināti.
scenario-bank-account-details = Tavā kontā ienāks nauda, un tu to uzreiz pārskaitīsi tālāk. Daļu tu paturēsi sev. Vai arī tu viņiem iedosi savu karti un Smart-ID pieejas datus, un viņi visu izdarīs paši.
scenario-bank-account-details-signs = Viņi grib tavu karti, PIN kodu vai Smart-ID pieejas datus. Caur tavu kontu iet svešu cilvēku nauda. Viņi saka, ka neviens nekad neuzzinās.
scenario-bank-account-details-safer = Atsakies. Laist caur savu kontu kāda cita naudu var būt noziegums. Pastāsti par to bankai un pieaugušajam, kuram uzticies.
scenario-bank-account-details-say-no = Es atsakos un pastāstu mammai un bankai.
scenario-bank-account-details-say-no-result = Mamma priecājas, ka tu viņai pastāstīji. Bankā tev pateicas un izskaidro, kā sevi pasargāt. Tu bloķē šo cilvēku.
scenario-bank-account-details-give-login = Es viņiem iedodu savu karti un Smart-ID pieejas datus.
scenario-bank-account-details-give-login-result = Daudzi domātu, ka tas ir nekaitīgi. Viņi tev atsūta mazliet naudas kā "paldies". Tagad viņi var izmantot tavu kontu.
scenario-bank-account-classmate = Tavs klasesbiedrs Artjoms saka, ka viņš tā darīja. Par šo naudu viņš nopirka jaunas kedas. Viņš saka: "Nebaidies, visi tā dara. Es varu viņiem iedot tavu vārdu."
scenario-bank-account-classmate-signs = Draugs tevi pierunā un saka, ka visi tā dara. Viegla nauda bez īsta darba. Spiediens izlemt ātri.
scenario-bank-account-classmate-safer = Atsakies, pat ja to piedāvā draugs. Pastāsti pieaugušajam, kuram uzticies. Arī draugam, kurš tajā jau ir iesaistīts, var būt vajadzīga palīdzība.
scenario-bank-account-classmate-tell-dad = Es atsakos un pastāstu tētim par grupu.
scenario-bank-account-classmate-tell-dad-result = Tētis tevi uzklausa un paliek mierīgs. Viņš palīdz tev ziņot par grupu. Tu pasaki Artjomam, ka viņš vēl var lūgt palīdzību.
scenario-bank-account-classmate-try-once = Es piekrītu, tikai vienu reizi.
scenario-bank-account-classmate-try-once-result = Daudzi pamēģinātu vienu reizi, ja draugs saka, ka viss ir kārtībā. Artjoms nodod tavu vārdu tālāk. Nākamajā dienā tev uzraksta kāds svešinieks.
scenario-bank-account-transfers = Tavā kontā ienāk nauda no svešiem cilvēkiem, un tev tā ātri jāpārskaita tālāk. Tad banka bloķē tavu kontu un lūdz tevi ierasties. Vīrietis raksta: "Neko viņiem nestāsti, citādi tev būs problēmas."
scenario-bank-account-transfers-signs = Nauda no cilvēkiem, kurus tu nepazīsti. Tavs konts ir bloķēts. Kāds tev draud, ja tu runāsi.
scenario-bank-account-transfers-safer = Pasaki bankai patiesību. Pastāsti pieaugušajam, kuram uzticies. Ja kāds tev draud, var palīdzēt policija. Palīdzību tu drīksti lūgt jebkurā laikā, arī vēlāk.
scenario-bank-account-transfers-tell-bank = Es kopā ar mammu aizeju uz banku un pasaku patiesību.
scenario-bank-account-transfers-tell-bank-result = Tas ir grūti, bet tu visu izstāsti. Bankā tev izskaidro nākamos soļus. Mamma paliek tev blakus.
scenario-bank-account-transfers-stay-quiet = Es klusēju un daru, ko vīrietis saka.
scenario-bank-account-transfers-stay-quiet-result = Daudziem būtu pārāk bail runāt. Bet vīrietis turpina rakstīt. Tagad viņš grib, lai tu atver otru kontu.
scenario-bank-account-end-safe = Tu atteicies, un tavs konts ir tikai tavs. Pieaugušais, kuram tu pastāstīji, palīdzēja tev ziņot par šo piedāvājumu. Tu brīdini par grupu arī savus draugus.
scenario-bank-account-end-help = Konts ir uz tava vārda, tāpēc jautājumus uzdod tev. Bet tu agri pateici patiesību, un pieaugušie tev palīdz. Ja vīrietis tev draud, var palīdzēt policija. Vēl nav par vēlu visu labot.
scenario-bank-account-end-trouble = Konts ir uz tava vārda, tāpēc banka un policija par to jautā tev. Tev šķiet, ka esi slazdā, un tu jūties vientuļi. Tad tu visu izstāsti skolas sociālajai darbiniecei. Viņa tevi nevaino un palīdz tev saņemt atbalstu. Vēl nav par vēlu saņemt palīdzību.

## loverboy

scenario-loverboy-title = Puisis ar dāvanām
scenario-loverboy-summary = Vecāks puisis no Instagram sākumā ir mīļš. Tad viņš grib kaut ko pretī.
scenario-loverboy-meet = Tev ir 15 gadu, un tu dzīvo Daugavpilī. Instagramā tu iepazīsties ar Robertu, kuram ir 22 gadi. Viņš pērk tev dāvanas un saka, ka tu esi īpašs cilvēks. Viņš lūdz, lai tu par viņu nestāsti vecākiem.
scenario-loverboy-meet-signs = Vecāks cilvēks ļoti ātri tev uzdāvina daudz dāvanu. Viņš grib, lai tu viņu turi noslēpumā. Viņš saka, ka tikai viņš tevi saprot.
scenario-loverboy-meet-safer = Pastāsti par viņu draugam vai pieaugušajam, kuram uzticies. Dāvanas nekad nedrīkst padarīt tevi kādam parādā. Turpini tikties ar draugiem.
scenario-loverboy-meet-tell-sofija = Es pastāstu par viņu savai labākajai draudzenei Sofijai.
scenario-loverboy-meet-tell-sofija-result = Sofija par tevi priecājas, bet uzdod dažus jautājumus. Kāpēc viņš ir tik daudz vecāks? Kāpēc tam jābūt noslēpumam?
scenario-loverboy-meet-keep-secret = Es par viņu nevienam nestāstu, kā viņš lūdz.
scenario-loverboy-meet-keep-secret-result = Daudzi glabātu noslēpumu cilvēka dēļ, kurš viņiem patīk. Tas šķiet kaut kas īpašs. Bet tagad tikai Roberts zina, kas notiek.
scenario-loverboy-friends = Roberts grib tevi redzēt katru vakaru. Viņš saka, ka Sofija ir greizsirdīga un tev kaitē. Viņš apvainojas, kad tu kaut kur izej bez viņa. Ar draugiem tu tiecies arvien retāk.
scenario-loverboy-friends-signs = Viņš grib tevi nošķirt no draugiem. Viņš apvainojas, kad tu pavadi laiku ar citiem. Tev šķiet, ka jāizvēlas starp viņu un visiem pārējiem.
scenario-loverboy-friends-safer = Turpini tikties ar draugiem. Pastāsti kādam, kam uzticies, kā viņš uzvedas. Tas, kurš tevi mīl, nepadara tevi vientuļu.
scenario-loverboy-friends-see-friends = Es tik un tā izeju kopā ar Sofiju un pastāstu viņai, kā viņš uzvedas.
scenario-loverboy-friends-see-friends-result = Sofija saka, ka tas neizklausās pēc mīlestības. Viņa aiziet tev līdzi pie skolas psihologa. Pirmo reizi tu visu izstāsti skaļi.
scenario-loverboy-friends-drop-friends = Es pārstāju tikties ar draugiem, lai viņš būtu apmierināts.
scenario-loverboy-friends-drop-friends-result = Daudzi tā darītu mīļota cilvēka dēļ. Kādu laiku Roberts atkal ir mīļš. Bet tagad viņš ir gandrīz vienīgais, ar ko tu runā.
scenario-loverboy-debt = Kādu dienu Roberts ir bēdīgs un nobijies. Viņš saka, ka ir parādā naudu bīstamiem cilvēkiem. Viņš lūdz tevi atbraukt uz Rīgu un "palīdzēt ar viņa parādu". Viņš nesaka, kāda ir šī palīdzība.
scenario-loverboy-debt-signs = Viņš savas problēmas padara par tavām. Viņš lūdz tevi "palīdzēt ar viņa parādu". Viņš nesaka, kas tev būs jādara.
scenario-loverboy-debt-safer = Atsakies. Viņa parāds nav tavs parāds. Pastāsti pieaugušajam, kuram uzticies, pat ja viņš lūdz to nedarīt.
scenario-loverboy-debt-say-no = Es atsakos. Viņa parāds nav mana problēma.
scenario-loverboy-debt-say-no-result = Ir grūti atteikt kādam, kurš tev ir dārgs. Roberts apklust. Tad viņa ziņas mainās.
scenario-loverboy-debt-agree = Es piekrītu, jo gribu viņam palīdzēt.
scenario-loverboy-debt-agree-result = Daudzi gribētu palīdzēt mīļotam cilvēkam. Bet viņš izmanto tavas jūtas. Vēl pirms brauciena viņa ziņas mainās.
scenario-loverboy-threat = Tagad viņš raksta aukstā tonī. Viņš saka, ka viņam ir tavas privātās fotogrāfijas no laika, kad tu viņam uzticējies. Viņš tās izplatīs, ja tu nedarīsi, ko viņš saka. Vai ja tu kādam pastāstīsi.
scenario-loverboy-threat-signs = Draudi izplatīt privātas fotogrāfijas. Prasības darīt, ko viņš saka. Spiediens visu turēt noslēpumā.
scenario-loverboy-threat-safer = Nepaliec ar to vienatnē. Saglabā ziņas un tūlīt pastāsti pieaugušajam, kuram uzticies. Ja viņš izplatīs tavas fotogrāfijas, vainīgs būs viņš, nevis tu. Tā nekad nav tava vaina.
scenario-loverboy-threat-tell-adult = Es parādu ziņas mammai un skolas psihologam.
scenario-loverboy-threat-tell-adult-result = Tas ir ļoti grūti, bet tu to izdari. Viņi tev tic un tevi nevaino. Viņi palīdz tev saglabāt ziņas un sazināties ar policiju.
scenario-loverboy-threat-do-as-told = Es daru, ko viņš saka, lai fotogrāfijas netiktu izplatītas.
scenario-loverboy-threat-do-as-told-result = Daudzi darītu gandrīz jebko, lai viņu fotogrāfijas netiktu izplatītas. Bet viņš neapstājas. Katru reizi viņš prasa vairāk.
scenario-loverboy-end-safe = Tu izbeidz attiecības ar Robertu, un Sofija un psihologs ir tev blakus. Tu viņu bloķē visur. Tā nebija tava vaina, ka viņš pret tevi tā izturējās. Tev ir draugi, un ir arī palīdzība, ja tev to vajag.
scenario-loverboy-end-help = Tev ar to vairs nav jātiek galā vienatnē. Policijā un palīdzības tālrunī tevi uzklausa. Ja viņš izplatīs fotogrāfijas, vainīgs būs viņš, nevis tu. Tā nekad nebija tava vaina.
scenario-loverboy-end-trouble = Kādu laiku tev šķiet, ka esi slazdā, un tev ir kauns. Tad kādu dienu tu uzraksti Sofijai. Viņa palīdz tev sazināties ar palīdzības tālruni, un tur tevi uzklausa un nevaino. Tā nekad nav tava vaina, un vēl nav par vēlu saņemt palīdzību.

## sham-marriage

scenario-sham-marriage-title = Kāzas "tikai uz papīra"
scenario-sham-marriage-summary = Bezmaksas brauciens uz ārzemēm un nauda, ja tu apprecies ar svešinieku "tikai uz papīra".
scenario-sham-marriage-offer = Tev ir 19 gadu, un tu mācies profesionālajā skolā Liepājā. Kāda sieviete WhatsApp tev piedāvā bezmaksas braucienu uz ārzemēm un labu naudu. Tev tikai jāapprecas ar pilnīgi svešu vīrieti. "Tas ir tikai uz papīra, tev nekas nemainīsies," viņa saka.
scenario-sham-marriage-offer-signs = Nauda un bezmaksas brauciens par laulību. Svešs cilvēks saka, ka tas ir "tikai uz papīra". Tev būtu jāprecas ar pilnīgi svešu cilvēku.
scenario-sham-marriage-offer-safer = Pirms izlem, aprunājies ar pieaugušo, kuram uzticies. Laulība nekad nav "tikai uz papīra". Nebrauc kopā ar cilvēkiem, kurus pazīsti tikai no čata.
scenario-sham-marriage-offer-ask-aunt = Es pajautāju tantei, ko viņa par to domā.
scenario-sham-marriage-offer-ask-aunt-result = Tante tevi uzklausa un nenosoda. Viņa saka, ka laulība ir īsta, pat ja kāds saka, ka tā ir tikai uz papīra.
scenario-sham-marriage-offer-say-yes = Es piekrītu. Tā izklausās pēc vieglas naudas.
scenario-sham-marriage-offer-say-yes-result = Daudzi piekristu, ja naudas ir maz. Sieviete tev atsūta biļeti. Viņa saka, ka tu nedrīksti nevienam stāstīt.
scenario-sham-marriage-think = Sieviete raksta atkal un atkal. Biļete ir rezervēta, un tev jāizlemj šodien. Viņa saka: "Ja tu tagad atteiksies, tu man būsi parādā par biļeti."
scenario-sham-marriage-think-signs = Tevi steidzina izlemt. Viņi runā par parādu vēl pirms tavas piekrišanas. Viņi grib, lai tas paliktu noslēpumā.
scenario-sham-marriage-think-safer = Atsakies, pat ja viņi runā par parādu. Bloķē numuru. Pastāsti pieaugušajam, kuram uzticies, vai palīdzības tālrunī.
scenario-sham-marriage-think-say-no = Es atsakos un bloķēju numuru.
scenario-sham-marriage-think-say-no-result = Sieviete atsūta vienu dusmīgu ziņu. Tad vairs neko. Tante ar tevi lepojas.
scenario-sham-marriage-think-go-anyway = Es tik un tā braucu. Es negribu nepatikšanas biļetes dēļ.
scenario-sham-marriage-think-go-anyway-result = Daudziem šķistu, ka citas izvēles nav. Tu sakravā nelielu somu. Tikai tante kaut ko nedaudz zina.
scenario-sham-marriage-trip = Lidmašīna nolaižas ārzemēs. Tevi sagaida kāds vīrietis un paņem tavu pasi "kāzu papīriem". Tu dzīvo dzīvoklī kopā ar vēl divām jaunām sievietēm. Tev saka, ka vienatnē iziet nedrīkst.
scenario-sham-marriage-trip-signs = Kāds paņem tavu pasi. Tu nedrīksti iziet vienatnē. Tu esi tālu no mājām un nezini adresi.
scenario-sham-marriage-trip-safer = Neviens nedrīkst paturēt tavu pasi. Aizsūti savu atrašanās vietu kādam, kam uzticies. Sazinies ar palīdzības tālruni, tiklīdz vari.
scenario-sham-marriage-trip-send-location = Es slepus aizsūtu savu atrašanās vietu tantei un uz palīdzības tālruni.
scenario-sham-marriage-trip-send-location-result = Tante atbild uzreiz. Palīdzības tālrunī tev pasaka, ko darīt tālāk. Tagad tev ar to nav jātiek galā vienatnē.
scenario-sham-marriage-trip-go-along = Es visam piekrītu. Tās ir tikai dažas dienas.
scenario-sham-marriage-trip-go-along-result = Daudzi gaidītu un cerētu uz labāko. Kāzas ilgst dažas minūtes. Tu paraksti papīrus, kurus nevari izlasīt.
scenario-sham-marriage-after = Pēc kāzām nauda nepienāk. Vīrietis saka, ka tu viņam esi parādā par braucienu un dzīvokli. Tev jāpaliek un jāstrādā, lai to atmaksātu. Tava pase joprojām ir pie viņa.
scenario-sham-marriage-after-signs = Solītā nauda nepienāk. Parāds rodas no zila gaisa. Tavu pasi patur. Tev liek palikt un strādāt.
scenario-sham-marriage-after-safer = Sazinies ar palīdzības tālruni vai ar kādu mājās. Palīdzību tu drīksti lūgt jebkurā laikā, arī vēlāk. Tā nav tava vaina.
scenario-sham-marriage-after-call-help = Naktī es uzrakstu uz palīdzības tālruni.
scenario-sham-marriage-after-call-help-result = Palīdzības tālrunī tev atbild un tev tic. Tev sāk palīdzēt tikt mājās. Tas prasa laiku, bet kāds ir tavā pusē.
scenario-sham-marriage-after-stay = Es palieku un strādāju, lai dabūtu atpakaļ savu pasi.
scenario-sham-marriage-after-stay-result = Daudzi cerētu parādu atmaksāt. Bet parāds tikai aug. Tava pase paliek pie viņa.
scenario-sham-marriage-end-safe = Tu paliec Liepājā un pabeidz mācības. Tu pastāsti draugiem par sievieti no WhatsApp. Ja naudas ir maz, tu zini, ka vari lūgt padomu pieaugušajam.
scenario-sham-marriage-end-help = Ar tantes un palīdzības tālruņa atbalstu tu atgriezies mājās. Palīdzības tālrunī tev var palīdzēt arī ar papīriem. Tā nebija tava vaina. Tu lūdzi palīdzību, un tā atnāca.
scenario-sham-marriage-end-late = Tas prasīja laiku, bet tu esi mājās. Palīdzības tālrunī tev palīdz ar nākamajiem soļiem, arī ar papīriem. Tā nebija tava vaina. Vēl nebija par vēlu.
scenario-sham-marriage-end-trouble = Paiet mēneši, un tev šķiet, ka no tā nav izejas. Kādu dienu vienai no pārējām sievietēm izdodas dabūt telefonu. Jūs kopā piezvanāt uz palīdzības tālruni, un tur jūs uzklausa. Tā nav tava vaina, un vēl nav par vēlu saņemt palīdzību.

## courier-debt

scenario-courier-debt-title = Piepelnīšanās par kurjeru
scenario-courier-debt-summary = Sludinājums Telegramā sola skaidru naudu katru dienu par mazu paku nēsāšanu.
scenario-courier-debt-ad = Tev ir 17 gadu, un tu dzīvo Rīgā. Sludinājumā Telegramā rakstīts: "Kurjera darbs, skaidra nauda katru dienu, pieredze nav vajadzīga." Tev būtu jānēsā mazas pakas pa pilsētu.
scenario-courier-debt-ad-signs = Skaidra nauda katru dienu par vieglu darbu. Tikai Telegram konts, nekāda uzņēmuma. Neviens nerunā par līgumu.
scenario-courier-debt-ad-safer = Prasi uzņēmuma nosaukumu un līgumu. Pārbaudi uzņēmumu patstāvīgi. Pajautā pieaugušajam, kuram uzticies.
scenario-courier-debt-ad-ask-company = Es prasu uzņēmuma nosaukumu un līgumu.
scenario-courier-debt-ad-ask-company-result = Atbilde nāk ilgi. Uzņēmuma nosaukuma tajā nav.
scenario-courier-debt-ad-start-now = Es piekrītu un sāku rīt.
scenario-courier-debt-ad-start-now-result = Daudzi ņemtu šādu piepelnīšanās darbu. Tas izklausās vienkārši. Tajā pašā vakarā tu saņem pirmo adresi.
scenario-courier-debt-check = Menedžeris saka, ka nav ne uzņēmuma, ne līguma. "Tikai skaidra nauda. Pakas neatver, nejautā, kas tajās ir." Viņš grib tavas personas apliecības fotoattēlu "drošības dēļ".
scenario-courier-debt-check-signs = Nav ne uzņēmuma, ne līguma. Tev nedrīkst zināt, ko tu nes. Viņi grib tavas personas apliecības fotoattēlu.
scenario-courier-debt-check-safer = Atsakies. Nekad nenes neko, ja tev nedrīkst zināt, kas tajā ir. Nesūti savu personas apliecību svešiniekiem.
scenario-courier-debt-check-say-no = Es atsakos un bloķēju kontu.
scenario-courier-debt-check-say-no-result = Menedžeris raksta: "Tavs zaudējums." Tu viņu bloķē. Naudas mazliet žēl, bet tu esi drošībā.
scenario-courier-debt-check-try-anyway = Es tik un tā pamēģinu. Tās taču ir tikai pakas.
scenario-courier-debt-check-try-anyway-result = Daudzi domātu: "Kas var noiet greizi?" Tu nosūti savas personas apliecības fotoattēlu. Tajā pašā vakarā pienāk pirmā adrese.
scenario-courier-debt-runs = Nedēļu tu nēsā mazas, ar līmlenti aptītas pakas. Tu tās atstāj autobusu pieturās un kāpņu telpās. Nauda nāk ātri. Tev saka nekad neatvērt nevienu paku.
scenario-courier-debt-runs-signs = Pakas tiek atstātas autobusu pieturās, nevis īstās adresēs. Tev nedrīkst zināt, kas tajās ir. Samaksa par šo darbu ir pārāk liela.
scenario-courier-debt-runs-safer = Tūlīt pārtrauc. Neņem vairs nevienu paku. Pastāsti pieaugušajam, kuram uzticies. Palīdzību tu drīksti lūgt jebkurā laikā, arī vēlāk.
scenario-courier-debt-runs-stop = Es pārtraucu un pastāstu vecākajam brālim, ko es darīju.
scenario-courier-debt-runs-stop-result = Brālis uztraucas, bet nekliedz. Viņš palīdz tev bloķēt kontu. Viņš saka, ka labi, ka tu pārtrauci tagad.
scenario-courier-debt-runs-keep-going = Es turpinu. Nauda ir laba.
scenario-courier-debt-runs-keep-going-result = Daudzi turpinātu, ja nauda nāk ātri. Tu nopērc jaunu jaku. Tad kaut kas noiet greizi.
scenario-courier-debt-lost = Kādu vakaru paka "pazūd". Kāds to paņem no autobusa pieturas, pirms ierodas pircējs. Menedžeris saka, ka tā ir tava vaina un tu viņam par to esi parādā. Viņš atsūta tavas mājas fotoattēlu un saka, ka tu nesīsi vēl, lai samaksātu.
scenario-courier-debt-lost-signs = Parāds, ko tu nevari pārbaudīt. Draudi, no kuriem redzams, ka viņi zina, kur tu dzīvo. Prasības nest vēl, lai parādu "atmaksātu".
scenario-courier-debt-lost-safer = Nenes vairs un nemaksā. Saglabā ziņas. Pastāsti pieaugušajam, kuram uzticies, un sazinies ar policiju vai palīdzības tālruni. Tā nav tava vaina.
scenario-courier-debt-lost-tell-adult = Es parādu ziņas mammai.
scenario-courier-debt-lost-tell-adult-result = Arī mammai ir bail, bet viņa paliek tev blakus. Viņa palīdz tev saglabāt ziņas. Kopā jūs sazināties ar policiju un palīdzības tālruni.
scenario-courier-debt-lost-pay-back = Es viņiem atdodu visus savus ietaupījumus.
scenario-courier-debt-lost-pay-back-result = Daudzi maksātu, lai tas beigtos. Menedžeris paņem naudu. Viņš saka, ka ar to nepietiek un tu viņam joprojām esi parādā.
scenario-courier-debt-lost-carry-more = Es nēsāju vēl pakas, lai atmaksātu parādu.
scenario-courier-debt-lost-carry-more-result = Daudzi tā darītu, ja viņiem būtu bail. Bet parāds nekad nekļūst mazāks. Ar katru nedēļu paku ir vairāk.
scenario-courier-debt-end-safe = Tu neaiznesi nevienu paku. Vēlāk tu atrodi īstu piepelnīšanās darbu ar līgumu. Tu brīdini draugus par sludinājumu Telegramā.
scenario-courier-debt-end-stop = Tu apstājies laikus, un brālis ir tavā pusē. Ja konts atkal raksta, tu neatbildi vienatnē. Palīdzības tālrunī tev var pateikt, ko vēl darīt. Pastāstīt kādam bija drosmīgi.
scenario-courier-debt-end-help = Tev ar draudiem vairs nav jātiek galā vienatnē. Policijā un palīdzības tālrunī tevi uzklausa un izskaidro nākamos soļus. Tevi piemānīja, un tā nav tava vaina. Vēl nav par vēlu visu labot.
scenario-courier-debt-end-trouble = Prasības nebeidzas, un tev šķiet, ka esi slazdā. Tad tu visu izstāsti jaunatnes darbiniekam. Viņš tevi nevaino un palīdz tev sazināties ar palīdzības tālruni un policiju. Tā nav tava vaina, un vēl nav par vēlu saņemt palīdzību.

## The classroom screen (draft translation, not yet reviewed by a native speaker)
present-title = Klases ekrāns
present-summary = Rādiet stāstu vai viktorīnu ar projektoru soli pa solim un ar lieliem burtiem.
present-intro = Atveriet šo lapu datorā, kas pieslēgts projektoram. Tad izvēlieties stāstu vai viktorīnu. Skolēni var sekot līdzi savos telefonos.
present-choose = Ko rādīt
present-keys = Taustiņi
present-key-next = Tālāk: bultiņa pa labi, atstarpes taustiņš (Space) vai prezentācijas pults poga "tālāk". Stāstā pēc "tālāk" vispirms parādās brīdinājuma pazīmes un drošākā rīcība.
present-key-back = Atpakaļ: bultiņa pa kreisi vai pults poga "atpakaļ".
present-key-choose = Izvēles brīdī: nospiediet klases izvēlētā varianta numuru vai noklikšķiniet uz tā. Ja spiežat tikai "tālāk", stāstā tiek izvēlēts drošākais variants.
present-key-black = B: melns ekrāns pauzei. Nospiediet B vēlreiz, lai atgrieztos.
present-key-full = F: pilnekrāna režīms. Escape aizver pilnekrāna režīmu.
present-key-ends = Home: uz sākumu. End: uz beigām.
present-follow = Seko līdzi savā telefonā
present-start = Sākt
