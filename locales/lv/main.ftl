# Saskarnes teksti latviešu valodā.
# Latvian interface strings. Draft: not yet reviewed by a native speaker.

## Katras lapas rāmis
app-name = Darbs Latvijā
skip-to-content = Pāriet uz tekstu
quick-exit = Iziet
quick-exit-label = Tūlīt pamest šo vietni
languages = Valoda
help = Palīdzība
emergency = Ārkārtas palīdzība
new-version = Ir gatava jauna versija.
reload = Pārlādēt
sources = Avoti
privacy-note = Šī lietotne neko par jums nesūta. Tā saglabā tikai jūsu izvēlēto valodu, šajā tālrunī. Bez sīkdatnēm. Bez izsekošanas.
call = Zvanīt
hours = Darba laiks
email = E-pasts
address = Adrese
languages-spoken = Valodas

## Lapas daļas ar vērtību
checked-on = Pārbaudīts { $date }
fact-expired = (spēkā līdz { $date }: tas var būt mainījies)

## Piezīmes par tulkojumu
draft-notice = Šis tulkojums ir melnraksts. Dzimtās valodas runātājs to vēl nav pārbaudījis.
stale-notice = Angļu teksts ir mainījies pēc šī tulkojuma. Tas var būt novecojis.
read-in-source = Lasīt šo lapu valodā: { $language }
missing-notice = Šī lapa vēl nav iztulkota jūsu valodā.

## Bezsaistē: visas valodas šajā tālrunī
keep-all = Saglabāt visas valodas šajā tālrunī
keep-all-size = Tas aizņems apmēram { $size } tālrunī.
keep-all-working = Saglabā…
keep-all-done = Visas valodas ir saglabātas. Tās darbojas bez interneta.
keep-all-failed = Neizdevās saglabāt. Pieslēdzieties internetam un mēģiniet vēlreiz.

## Sākumlapa
home-title = Darbs Latvijā
home-summary = Jūsu tiesības darbā Latvijā un kur saņemt palīdzību.
home-heading = Darbs Latvijā
home-intro = Jūsu tiesības darbā Latvijā. Kur saņemt palīdzību. Bez maksas, un darbojas arī bez interneta.

## Valodas izvēle (lapa /)
choose-language = Izvēlieties valodu
language-continue = Turpināt latviešu valodā

## Meklēšana (lapa /<lang>/search/ un meklēšanas lodziņš sākumlapā)
search = Meklēt
search-label = Meklēt lapas un palīdzību
search-title = Meklēšana
search-summary = Atrodiet lapu vai palīdzības tālruni.
search-none = Nekas netika atrasts. Mēģiniet citu vārdu vai atveriet palīdzības lapu.

## Nav savienojuma, un lapa nav saglabāta tālrunī
offline-title = Nav interneta savienojuma
offline-text = Šī lapa nav saglabāta šajā tālrunī. Pieslēdzieties internetam un mēģiniet vēlreiz. Saglabātās lapas darbojas arī bez interneta.

## Lapa nav atrasta
not-found-title = Lapa nav atrasta
not-found-text = Šīs lapas nav. Iespējams, tā ir pārvietota.
not-found-back = Uz sākumlapu

## Palīdzības saraksts (content/help.toml)
org-safe-house-about = Palīdzība cilvēkiem, kas, iespējams, cietuši no cilvēku tirdzniecības. Bezmaksas konsultācijas darba ņēmējiem no valstīm ārpus ES. Ir arī reģionālie konsultāciju tālruņi.
org-safe-house-hours = Pirmdiena–piektdiena, 9:00–17:00. Biroja tālrunis: pirmdiena–piektdiena, 9:00–20:00.
org-safe-house-languages = latviešu, krievu, angļu
org-marta-about = Palīdzība cilvēkiem, kas, iespējams, cietuši no cilvēku tirdzniecības. Numurs 8000 Latvijā ir bez maksas.
org-marta-hours = Pirmdiena–piektdiena, 10:00–18:00. Šis darba laiks ir no 2017. gada: tas var būt mainījies.
org-marta-languages = Vēl nav apstiprināts.
org-labour-inspectorate-about = Jautājumi par algu, līgumu, darba laiku un drošību darbā. Pēdējais numurs ir anonīmiem ziņojumiem.
org-labour-inspectorate-hours = Vēl nav apstiprināts.
org-labour-inspectorate-languages = Vēl nav apstiprināts.
org-police-about = Policija. Zvans uz 110 ir bez maksas. E-pastu policija pieņem kā iesniegumu tikai tad, ja tam ir drošs elektroniskais paraksts. Jūs varat arī aiziet uz jebkuru policijas iecirkni.
org-police-hours = Vēl nav apstiprināts. Briesmu gadījumā zvaniet 112.
org-police-languages = Vēl nav apstiprināts.
org-victim-support-about = Atbalsta tālrunis noziegumos cietušajiem. Zvans ir bez maksas. Tur jūs uzklausa, atbalsta un izskaidro jūsu kā cietušā tiesības. Ir arī tērzēšana vietnē www.cietusajiem.lv.
org-victim-support-hours = Katru dienu, 12:00–22:00
org-victim-support-languages = Vēl nav apstiprināts.
org-childrens-line-about = Bezmaksas tālrunis bērniem un pusaudžiem, no jebkura tālruņa. Ir arī tērzēšana vietnē uzticibastalrunis.lv.
org-childrens-line-hours = Katru dienu, visu diennakti. Tērzēšana: no pirmdienas līdz piektdienai, 12:00–20:00.
org-childrens-line-languages = Vēl nav apstiprināts.
org-pmlp-about = Migrācijas iestāde: vīzas un uzturēšanās atļaujas. Ja esat no valsts ārpus ES, gan jums, gan jūsu darba devējam { $pmlp-report-days } dienu laikā jāziņo PMLP, ja mainās jūsu alga vai darba vieta vai beidzas jūsu darbs.
org-pmlp-hours = Vēl nav apstiprināts.
org-pmlp-languages = Vēl nav apstiprināts.
org-ombudsman-about = Tiesībsargs aizsargā cilvēku tiesības. Ja jūsu tiesības netiek ievērotas, jūs varat rakstīt Tiesībsargam. E-pastam vajag drošu elektronisko parakstu.
org-ombudsman-hours = Klātienē: pirmdiena–ceturtdiena, 9:00–16:00
org-ombudsman-languages = Vēl nav apstiprināts.
org-safe-house-phone-office = Birojs
org-safe-house-phone-latgale = Latgale
org-safe-house-phone-kurzeme = Kurzeme
org-safe-house-phone-vidzeme = Vidzeme
org-safe-house-phone-zemgale = Zemgale
org-embassy-india-about = Indijas vēstniecība. Konsulārā palīdzība Indijas pilsoņiem.
org-embassy-india-hours = Vēl nav apstiprināts.
org-embassy-india-languages = Vēl nav apstiprināts.
org-embassy-kazakhstan-about = Kazahstānas vēstniecība. Šī kontaktinformācija ir no 2020. gada: tā var būt mainījusies.
org-embassy-kazakhstan-hours = Vēl nav apstiprināts.
org-embassy-kazakhstan-languages = Vēl nav apstiprināts.
org-embassy-moldova-about = Moldovas vēstniecība. Konsulārā palīdzība tikai pēc iepriekšēja pieraksta. Ārkārtas tālrunis ir tikai Moldovas pilsoņiem ārkārtas situācijā, piemēram, nelaimes gadījumā, nāves gadījumā vai briesmās. Pa to nesniedz konsulāro informāciju.
org-embassy-moldova-hours = Pierakstieties pa tālruni otrdienā un trešdienā, 15:00–17:00.
org-embassy-moldova-languages = Vēl nav apstiprināts.
org-embassy-moldova-phone-appointments = Pieraksts
org-embassy-moldova-phone-emergency = Ārkārtas tālrunis

# Listen: the page (or a question) read aloud by the phone's own voice for the language. The
# buttons show only when the phone has such a voice.
listen = Klausīties
listen-pause = Pauze
listen-resume = Turpināt
listen-stop = Apturēt

## Kopīgošana (katrā lapā)
share-title = Kopīgot šo lapu
share = Kopīgot
share-copy = Kopēt saiti
share-copied = Saite nokopēta.
share-qr = Rādīt QR kodu
share-qr-about = Cits tālrunis var noskenēt šo kodu un atvērt šo lapu.
