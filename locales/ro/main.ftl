# Romanian interface strings. Draft: not yet reviewed by a native speaker.
# Keep them short: they sit on buttons and in the header of a small phone.

## Frame of every page
app-name = Muncă în Letonia
skip-to-content = Salt la text
quick-exit = Ieșire
quick-exit-label = Părăsiți acum acest site
languages = Limba
help = Ajutor
emergency = Urgență
new-version = O versiune nouă este gata.
reload = Reîncărcați
sources = Surse
privacy-note = Această aplicație nu trimite nimic despre dumneavoastră. Păstrează doar limba aleasă de dumneavoastră, pe acest telefon. Fără cookie-uri. Fără urmărire.
call = Sunați
hours = Program
email = E-mail
address = Adresă
languages-spoken = Limbi

## Page parts with a value
checked-on = Verificat la { $date }
fact-expired = (valabil până la { $date }: se poate să se fi schimbat)

## Translation notices (on a translated page)
draft-notice = Această traducere este o ciornă. Un vorbitor nativ nu a verificat-o încă.
stale-notice = Textul în engleză s-a schimbat după această traducere. Este posibil să nu mai fie actuală.
read-in-source = Citiți această pagină în limba: { $language }
missing-notice = Această pagină nu este încă tradusă în limba dumneavoastră.

## Offline: keep every language on the phone
keep-all = Păstrați toate limbile pe acest telefon
keep-all-size = Aceasta ocupă aproximativ { $size } pe telefon.
keep-all-working = Se salvează…
keep-all-done = Toate limbile sunt salvate. Funcționează fără internet.
keep-all-failed = Nu s-a putut salva. Conectați-vă la internet și încercați din nou.

## Home page
home-title = Muncă în Letonia
home-summary = Drepturile dumneavoastră la muncă în Letonia și unde găsiți ajutor.
home-heading = Muncă în Letonia
home-intro = Drepturile dumneavoastră la muncă în Letonia. Unde găsiți ajutor. Gratuit și funcționează fără internet.

## Language choice (the page at /)
choose-language = Alegeți limba
# On the start page, under the language that suits this phone: written in that language.
language-continue = Continuați în română

## Search (the page /<lang>/search/, and the search box on the home page)
search = Căutare
search-label = Căutați pagini și ajutor
search-title = Căutare
search-summary = Găsiți o pagină sau o linie de ajutor.
search-none = Nu s-a găsit nimic. Încercați alt cuvânt sau deschideți pagina de ajutor.

## No connection, and the page is not saved on the phone
offline-title = Nu aveți conexiune la internet
offline-text = Această pagină nu este salvată pe acest telefon. Conectați-vă la internet și încercați din nou. Paginile salvate funcționează și fără internet.

## Page not found
not-found-title = Pagina nu a fost găsită
not-found-text = Această pagină nu există. Poate a fost mutată.
not-found-back = Mergeți la pagina de start

## Help directory: what each organisation does (content/help.toml)
org-safe-house-about = Ajutor pentru persoanele care pot fi victime ale traficului de persoane. Consiliere gratuită pentru lucrătorii din afara UE. Există și linii regionale de consiliere.
org-safe-house-hours = De luni până vineri, 9:00–17:00. Linia biroului: de luni până vineri, 9:00–20:00.
org-safe-house-languages = letonă, rusă, engleză
org-marta-about = Ajutor pentru persoanele care pot fi victime ale traficului de persoane. Numărul 8000 este gratuit în Letonia.
org-marta-hours = De luni până vineri, 10:00–18:00. Acest program este din 2017: este posibil să se fi schimbat.
org-marta-languages = Încă neconfirmat.
org-labour-inspectorate-about = Întrebări despre salariu, contracte, programul de lucru și siguranța la locul de muncă. Ultimul număr este pentru sesizări anonime.
org-labour-inspectorate-hours = Încă neconfirmat.
org-labour-inspectorate-languages = Încă neconfirmat.
org-police-about = Poliția. Apelul la 110 este gratuit. Un e-mail trimis poliției este considerat sesizare doar dacă are o semnătură electronică sigură. Puteți merge și la orice secție de poliție.
org-police-hours = Încă neconfirmat. În pericol, sunați la 112.
org-police-languages = Încă neconfirmat.
org-victim-support-about = Linie de ajutor pentru victimele infracțiunilor. Apelul este gratuit. Vă ascultă, vă sprijină și vă explică drepturile pe care le aveți ca victimă. Există și un chat pe www.cietusajiem.lv.
org-victim-support-hours = În fiecare zi, 12:00–22:00
org-victim-support-languages = Încă neconfirmat.
org-childrens-line-about = O linie gratuită pentru copii și adolescenți, de pe orice telefon. Există și un chat pe uzticibastalrunis.lv.
org-childrens-line-hours = În fiecare zi, 24 de ore. Chatul: de luni până vineri, 12:00–20:00.
org-childrens-line-languages = Încă neconfirmat.
org-pmlp-about = Oficiul de migrație: vize și permise de ședere. Dacă ați venit din afara UE, atât angajatorul, cât și dumneavoastră trebuie să anunțați PMLP în termen de { $pmlp-report-days } zile când se schimbă salariul sau locul unde lucrați ori când se încheie munca dumneavoastră.
org-pmlp-hours = Încă neconfirmat.
org-pmlp-languages = Încă neconfirmat.
org-ombudsman-about = Avocatul Poporului din Letonia apără drepturile oamenilor. Dacă drepturile dumneavoastră nu sunt respectate, puteți scrie Avocatului Poporului. Un e-mail trebuie să aibă o semnătură electronică sigură.
org-ombudsman-hours = Primire în persoană: de luni până joi, 9:00–16:00
org-ombudsman-languages = Încă neconfirmat.
org-safe-house-phone-office = Birou
org-safe-house-phone-latgale = Latgale
org-safe-house-phone-kurzeme = Kurzeme
org-safe-house-phone-vidzeme = Vidzeme
org-safe-house-phone-zemgale = Zemgale
org-embassy-india-about = Ambasada Indiei. Asistență consulară pentru cetățenii Indiei.
org-embassy-india-hours = Încă neconfirmat.
org-embassy-india-languages = Încă neconfirmat.
org-embassy-kazakhstan-about = Ambasada Kazahstanului. Acest contact este din 2020: este posibil să se fi schimbat.
org-embassy-kazakhstan-hours = Încă neconfirmat.
org-embassy-kazakhstan-languages = Încă neconfirmat.
org-embassy-moldova-about = Ambasada Republicii Moldova. Asistență consulară doar cu programare. Linia de urgență este doar pentru cetățenii Republicii Moldova aflați într-o situație de urgență, de exemplu un accident, un deces sau un pericol. Nu oferă informații consulare.
org-embassy-moldova-hours = Programarea se face la telefon marțea și miercurea, 15:00–17:00.
org-embassy-moldova-languages = Încă neconfirmat.
org-embassy-moldova-phone-appointments = Programări
org-embassy-moldova-phone-emergency = Linie de urgență

# Listen: the page (or a question) read aloud by the phone's own voice for the language. The
# buttons show only when the phone has such a voice.
listen = Ascultați
listen-pause = Pauză
listen-resume = Continuați
listen-stop = Opriți

## Share (on every page)
share-title = Distribuiți această pagină
share = Distribuiți
share-copy = Copiați linkul
share-copied = Linkul a fost copiat.
share-qr = Afișați codul QR
share-qr-about = Alt telefon poate scana acest cod ca să deschidă această pagină.
