# The self-check (/en/check/). Questions and signs: content/screening.toml.
check-title = Pārbaudiet savu situāciju
check-summary = Daži jautājumi par jūsu darbu. Jūsu atbildes paliek šajā ekrānā.
check-intro = Atbildiet uz dažiem jautājumiem par savu darbu un dzīvi šeit. Nav pareizu vai nepareizu atbilžu. Jūs varat pārtraukt jebkurā laikā.
check-private = Jūsu atbildes netiek ne saglabātas, ne nosūtītas. Kad aizejat no šīs lapas, jūsu atbildes izzūd.
check-list-intro = Šie ir jautājumi. Ja kāds no tiem jūs satrauc, zvaniet uz palīdzības tālruni.
check-start = Sākt
check-yes = Jā
check-no = Nē
check-not-sure = Nezinu
check-back = Atpakaļ
check-progress = Jautājums { $n } no { $total }
check-result-title = Ko rāda jūsu atbildes
check-result-signs = Jūsu atbildes rāda šīs pazīmes:
check-result-none = Jūsu atbildes nerāda nevienu no pazīmēm, par kurām jautājām. Ja jums tomēr šķiet, ka kaut kas nav kārtībā, zvaniet uz palīdzības tālruni.
check-result-unsure = Par šiem jautājumiem jums nebija pārliecības. Palīdzības tālrunī jums var palīdzēt to noskaidrot:
check-not-legal = Tas nav juridisks vērtējums. Tas rāda pazīmes, nevis lēmumu. Palīdzības tālrunī kopā ar jums var izskatīt jūsu situāciju.
check-next-step = Nākamais solis: zvaniet uz kādu no šiem palīdzības tālruņiem.
check-start-again = Sākt no jauna (jūsu atbildes tiks izdzēstas)
check-danger = Ja jums tagad draud briesmas, zvaniet 112.

# The questions, asked of the person.
check-q-job-as-promised = Vai darbs, vieta un darba devējs ir tādi, kā jums solīja?
check-q-pay-as-promised = Vai jūsu alga ir tāda, kā jums solīja?
check-q-papers-as-promised = Vai jūs saņēmāt vīzu vai darba atļauju, ko jums solīja?
check-q-threatened-before = Vai pirms šī darba sākšanas kāds draudēja jums vai jūsu ģimenei?
check-q-debt-to-recruiter = Vai jūs esat parādā naudu cilvēkiem, kas jums atrada šo darbu vai atveda jūs šurp?
check-q-told-police-wont-help = Vai kāds jums teica, ka policija Latvijā jums nepalīdzēs?
check-q-day-off = Vai jums katru nedēļu ir vismaz viena brīvdiena?
check-q-all-pay = Vai jūs saņemat visu algu par paveikto darbu?
check-q-pay-taken = Vai darba devējs atskaita no jūsu algas naudu par sodiem vai izdevumiem, kuriem jūs nepiekritāt?
check-q-safe-home = Vai jums ir droša dzīvesvieta, kur jums ir sava gulta?
check-q-safety-gear = Vai jūs saņemat drošības aprīkojumu, kas vajadzīgs jūsu darbam?
check-q-passport = Vai jūsu pase glabājas pie jums?
check-q-debt-to-employer = Vai jūs esat parādā darba devējam naudu, ko nevarat atmaksāt?
check-q-free-to-go-out = Vai jūs varat iziet ārā, kad nestrādājat?
check-q-hurt = Vai kāds darbā jums ir nodarījis pāri?
check-q-report-threat = Vai kāds ir teicis, ka ziņos par jums policijai vai migrācijas iestādei?
check-q-free-to-quit = Vai jūs varētu pārtraukt strādāt pie šī darba devēja, ja gribētu?
check-q-depend-on-employer = Vai darba devējs nosaka, kur jūs dzīvojat un kā nokļūstat darbā?
check-q-afraid-of-authorities = Vai jūs baidāties vērsties policijā vai pie citām amatpersonām?

# The signs, as the result lists them.
check-sign-job-as-promised = Darbs, vieta vai darba devējs nav tādi, kā jums solīja.
check-sign-pay-as-promised = Jūsu alga nav tāda, kā jums solīja.
check-sign-papers-as-promised = Jūs nesaņēmāt vīzu vai atļauju, ko jums solīja.
check-sign-threatened-before = Pirms darba sākšanas kāds draudēja jums vai jūsu ģimenei.
check-sign-debt-to-recruiter = Jūs esat parādā naudu cilvēkiem, kas jums atrada šo darbu.
check-sign-told-police-wont-help = Kāds jums teica, ka policija jums nepalīdzēs.
check-sign-day-off = Jums nav brīvdienas katru nedēļu.
check-sign-all-pay = Jūs nesaņemat visu savu algu.
check-sign-pay-taken = No jūsu algas atskaita naudu bez jūsu piekrišanas.
check-sign-safe-home = Jums nav drošas dzīvesvietas.
check-sign-safety-gear = Jūs nesaņemat vajadzīgo drošības aprīkojumu.
check-sign-passport = Jūsu pasi glabā kāds cits.
check-sign-debt-to-employer = Jums ir parāds darba devējam, ko nevarat atmaksāt.
check-sign-free-to-go-out = Jūs nevarat iziet ārā, kad nestrādājat.
check-sign-hurt = Kāds darbā jums nodarīja pāri.
check-sign-report-threat = Kāds teica, ka ziņos par jums iestādēm.
check-sign-free-to-quit = Jūs jūtat, ka nevarat aiziet no šī darba devēja.
check-sign-depend-on-employer = Darba devējs kontrolē jūsu mājokli un transportu.
check-sign-afraid-of-authorities = Jūs baidāties no policijas vai amatpersonām.

# What the signs of each dimension can mean.
check-dim-deceptive-recruitment = Iespējams, jūs maldināja par darbu. Palīdzības tālrunī jums var pastāstīt par jūsu tiesībām.
check-dim-coercive-recruitment = Iespējams, kāds ar draudiem vai parādu piespieda jūs pieņemt šo darbu. Tā var būt cilvēku tirdzniecības pazīme.
check-dim-recruitment-vulnerability = Iespējams, kāds jums teica nepatiesību, lai jūs nelūgtu palīdzību. Palīdzības tālruņi palīdz arī ārvalstu darba ņēmējiem.
check-dim-exploitative-conditions = Iespējams, jūsu darbā vai mājoklī netiek ievērotas jūsu tiesības. Valsts darba inspekcija var pārbaudīt jūsu darba devēju.
check-dim-coercion-at-destination = Iespējams, kāds jūs piespiež strādāt. Tā var būt piespiedu darba vai cilvēku tirdzniecības pazīme. Palīdzības tālrunī jums var palīdzēt.
check-dim-vulnerability-at-destination = Iespējams, jūsu atkarība no darba devēja ir lielāka, nekā ir droši. Palīdzības tālrunī jums var izskaidrot, kādas ir jūsu iespējas.

# What a professional may notice without asking (screening).
check-observed-injuries = Traumas vai vardarbības pēdas
check-observed-no-documents = Nav personu apliecinoša dokumenta
check-observed-someone-answers = Kāds cits atbild šīs personas vietā vai uzturas tuvumā
check-observed-fear = Baiļu vai trauksmes pazīmes
check-observed-unfit-for-work = Apģērbs vai aprīkojums neatbilst darbam vai laikapstākļiem
check-observed-unknown-address = Nezina savas dzīvesvietas vai darba vietas adresi
