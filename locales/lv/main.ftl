# Saskarnes teksti latviešu valodā.
# Latvian interface strings. Draft: not yet reviewed by a native speaker.

## Katras lapas rāmis
app-name = Darbs Latvijā
skip-to-content = Pāriet uz tekstu
quick-exit = Iziet
quick-exit-label = Tūlīt pamest šo vietni
languages = Valoda
help = Palīdzība
emergency = Ārkārtas
new-version = Ir gatava jauna versija.
reload = Pārlādēt
sources = Avoti
privacy-note = Šī lietotne neko par jums nesūta. Tā saglabā tikai jūsu izvēlēto valodu, šajā tālrunī. Bez sīkdatnēm. Bez izsekošanas.
call = Zvanīt
hours = Laiks
email = E-pasts
address = Adrese
languages-spoken = Valodas

## Lapas daļas ar vērtību
checked-on = Pārbaudīts { $date }

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
org-safe-house-about = Palīdzība cilvēkiem, kas, iespējams, cietuši no cilvēku tirdzniecības. Bezmaksas konsultācijas darba ņēmējiem no valstīm ārpus ES.
org-safe-house-hours = Pirmdiena–piektdiena, 9.00–17.00 (+371 67898343: 9.00–20.00)
org-safe-house-languages = latviešu, krievu, angļu
org-marta-about = Palīdzība cilvēkiem, kas, iespējams, cietuši no cilvēku tirdzniecības. Numurs 8000 Latvijā ir bez maksas.
org-marta-hours = Pirmdiena–piektdiena, 10.00–18.00
org-marta-languages = latviešu, krievu, angļu
org-labour-inspectorate-about = Jautājumi par algu, līgumu, darba laiku un drošību darbā. Pēdējais numurs ir anonīmiem ziņojumiem.
org-labour-inspectorate-hours = Vēl nav apstiprināts.
org-labour-inspectorate-languages = Vēl nav apstiprināts.
org-police-about = Policija. Zvans ir bez maksas. Briesmās zvaniet 112.
org-police-hours = Vēl nav apstiprināts. Briesmās zvaniet 112.
org-police-languages = Vēl nav apstiprināts.
org-victim-support-about = Atbalsta tālrunis noziegumos cietušajiem.
org-victim-support-hours = Vēl nav apstiprināts.
org-victim-support-languages = Vēl nav apstiprināts.
org-pmlp-about = Migrācijas iestāde: vīzas un uzturēšanās atļaujas. Ja esat no valsts ārpus ES, gan jums, gan jūsu darba devējam 3 dienu laikā jāziņo PMLP, ja mainās jūsu alga vai darba vieta vai beidzas jūsu darbs.
org-pmlp-hours = Vēl nav apstiprināts.
org-pmlp-languages = Vēl nav apstiprināts.
org-ombudsman-about = Tiesībsargs aizsargā cilvēku tiesības. Ja jūsu tiesības netiek ievērotas, jūs varat rakstīt Tiesībsargam.
org-ombudsman-hours = Vēl nav apstiprināts.
org-ombudsman-languages = Vēl nav apstiprināts.
