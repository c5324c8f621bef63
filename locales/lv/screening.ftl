# The screening aid for professionals: /en/screening/ (choose the person's language) and
# /en/screening/<language>/ (the questions in two languages on one phone). The questions are
# the self-check's (check-q-* in check.ftl); content/screening.toml ties them to the ILO
# indicators.
#
# Messages marked "person" are also shown to the person, in the person's language, beside the
# professional's. Speak to the person in plain words: "I", "you".
# Latvian draft: not yet reviewed by a native speaker.

screening-title = Sākotnējās pārbaudes rīks divās valodās
screening-summary = Policistiem, robežsargiem, darba inspektoriem, sociālajiem darbiniekiem un ārstiem, ja nav tulka: persona lasa jautājumus savā valodā.
screening-intro = Izmantojiet šo rīku, ja satiekat personu, kurai, iespējams, vajadzīga palīdzība, un jums nav tulka. Jūs lasāt katru jautājumu savā valodā. Persona lasa to pašu jautājumu savā valodā un atzīmē atbildi šajā tālrunī.
screening-private = Nekas netiek saglabāts vai nosūtīts. Atbildes paliek šajā ekrānā, līdz jūs tās izdzēšat vai aizejat no lapas.
screening-not-verdict = Jautājumi balstās uz SDO cilvēku tirdzniecības indikatoriem. Tie rāda pazīmes, nevis lēmumu. Formālo identificēšanu veic policija, prokurors, tiesa vai pakalpojuma sniedzēja komisija.
screening-choose = Kādā valodā persona lasa?
# The title of the page with the questions. { $language }: the person's language, in its own script.
screening-pair-title = Sākotnējās pārbaudes rīks: { $language }
screening-give-phone = Iedodiet tālruni personai. Persona var izlasīt visu, kas tajā redzams.
screening-list-intro = Bez JavaScript jautājumi ir uzskaitīti zemāk. Uzdodiet tos pa vienam.

# person: the opening
screening-opening-who = Es strādāju vienā no Latvijas valsts dienestiem. Es vēlos saprast jūsu situāciju un to, vai jums vajadzīga palīdzība.
# person
screening-opening-stop = Jums nav jāatbild. Jūs varat pārtraukt jebkurā laikā.
# person
screening-opening-private = Jūsu atbildes netiek saglabātas vai nosūtītas. Tās izzudīs, kad mēs aizvērsim šo lapu.
# person
screening-opening-how = Jūs redzēsiet jautājumus savā valodā. Izlasiet katru jautājumu un pieskarieties savai atbildei.
# person: the button that starts the questions
screening-begin = Sākt
# person: the button to the next screen
screening-next = Tālāk

# person: the closing
screening-closing-thanks = Paldies par jūsu atbildēm.
# person
screening-closing-give-back = Lūdzu, iedodiet tālruni atpakaļ man.

# The screen the professional fills in alone.
screening-observed-title = Ko jūs pamanījāt
screening-observed-intro = Atzīmējiet pazīmes, ko pamanījāt paši, nejautājot.

# The summary, for the professional.
screening-summary-title = Pazīmju kopsavilkums
# { $n }: how many dimensions reach the ILO rule; { $total }: how many there are (6).
screening-met = Pazīmes { $n } no { $total } dimensijām atbilst SDO kombinācijas noteikumam.
screening-rule = Dimensija atbilst noteikumam, ja tajā ir vismaz: divas spēcīgas pazīmes; vai viena spēcīga un viena vidēja vai vāja pazīme; vai trīs vidējas pazīmes; vai divas vidējas pazīmes un viena vāja pazīme.
screening-none = Ne atbildēs, ne jūsu novērojumos neparādījās neviena pazīme. Tas neko neizslēdz.
screening-dimension-met = Atbilst noteikumam
screening-dimension-below = Neatbilst noteikumam
screening-grade-strong = spēcīga
screening-grade-medium = vidēja
screening-grade-weak = vāja
# Before the answer that showed the sign, e.g. "Answer: No".
screening-answer = Atbilde:
screening-observed-sign = Jūs to pamanījāt.
screening-unsure = Persona nebija pārliecināta par šiem jautājumiem:

screening-refer-title = Ko darīt tagad
screening-refer-both = Ja redzat cilvēku tirdzniecības pazīmes, informējiet gan Valsts policiju, gan pakalpojuma sniedzēju (patvērums "Drošā māja" vai Centrs MARTA).
screening-refer-first = Sniedziet personai pirmo informāciju: pakalpojuma sniedzēju tālruņu numurus, kas ir norādīti zemāk.
screening-refer-identify = Cilvēku tirdzniecības upuri identificē policija, prokurors vai tiesa. Pakalpojuma sniedzēja komisija to var izdarīt bez policijas. Persona var arī pati vērsties pie pakalpojuma sniedzēja.

# person: what the person can expect, in their language
screening-expect-title = Kas var notikt tālāk
# person
screening-expect-inform = Latvijā es par to informēju Valsts policiju un atbalsta dienestu. Tas ir patvērums "Drošā māja" vai Centrs MARTA.
# person
screening-expect-service = Atbalsta dienests var ar jums runāt un izskaidrot jūsu iespējas. Tā palīdzību apmaksā valsts.
# person
screening-expect-no-police = Šī palīdzība nav atkarīga no sarunas ar policiju.
# person
screening-expect-decide = Jūs paši izlemjat, ko vēlaties darīt. Jūs varat arī paši tiem piezvanīt:

screening-notes = Piezīmes (nav obligātas). Tās tiek izdrukātas kopā ar kopsavilkumu. Nerakstiet vārdu vai ko citu, kas ļauj identificēt personu, ja vien tas nav nepieciešams.
screening-print = Drukāt vai saglabāt kā PDF
screening-erase = Dzēst visu

# The names of the ILO's six dimensions, for the summary.
screening-dim-deceptive-recruitment = Maldinoša vervēšana
screening-dim-coercive-recruitment = Piespiedu vervēšana
screening-dim-recruitment-vulnerability = Vervēšana, ļaunprātīgi izmantojot ievainojamības stāvokli
screening-dim-exploitative-conditions = Ekspluatējoši darba apstākļi
screening-dim-coercion-at-destination = Piespiešana galamērķī
screening-dim-vulnerability-at-destination = Ievainojamības stāvokļa ļaunprātīga izmantošana galamērķī

# "Prepare this phone", on /<lang>/screening/: stores the aid for every language of the
# person and the self-check in every language, for work with no connection.
screening-prepare-title = Sagatavot šo tālruni darbam bez interneta
# { $size }: how much it downloads, e.g. "180 KB".
screening-prepare-about = Tas šajā tālrunī saglabā sākotnējās pārbaudes rīku katrai valodai un pašpārbaudi "Pārbaudiet savu situāciju" visās valodās. Tas lejupielādē apmēram { $size }.
screening-prepare = Sagatavot šo tālruni
screening-prepare-done = Gatavs. Sākotnējās pārbaudes rīks un pašpārbaude "Pārbaudiet savu situāciju" darbojas šajā tālrunī bez interneta.
