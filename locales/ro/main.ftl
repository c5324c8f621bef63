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
org-safe-house-about = Ajutor pentru persoanele care pot fi victime ale traficului de persoane. Consiliere gratuită pentru lucrătorii din afara UE.
org-safe-house-hours = De luni până vineri, 9:00–17:00 (+371 67898343: 9:00–20:00)
org-safe-house-languages = letonă, rusă, engleză
org-marta-about = Ajutor pentru persoanele care pot fi victime ale traficului de persoane. Numărul 8000 este gratuit în Letonia.
org-marta-hours = De luni până vineri, 10:00–18:00
org-marta-languages = letonă, rusă, engleză
org-labour-inspectorate-about = Întrebări despre salariu, contracte, programul de lucru și siguranța la locul de muncă. Ultimul număr este pentru sesizări anonime.
org-labour-inspectorate-hours = Încă neconfirmat.
org-labour-inspectorate-languages = Încă neconfirmat.
org-police-about = Poliția. Apelul este gratuit. În pericol, sunați la 112.
org-police-hours = Încă neconfirmat. În pericol, sunați la 112.
org-police-languages = Încă neconfirmat.
org-victim-support-about = Linie de ajutor pentru victimele infracțiunilor.
org-victim-support-hours = Încă neconfirmat.
org-victim-support-languages = Încă neconfirmat.
org-pmlp-about = Oficiul de migrație: vize și permise de ședere. Dacă ați venit din afara UE, atât angajatorul, cât și dumneavoastră trebuie să anunțați PMLP în termen de 3 zile când se schimbă salariul sau locul unde lucrați ori când se încheie munca dumneavoastră.
org-pmlp-hours = Încă neconfirmat.
org-pmlp-languages = Încă neconfirmat.
org-ombudsman-about = Avocatul Poporului din Letonia apără drepturile oamenilor. Dacă drepturile dumneavoastră nu sunt respectate, puteți scrie Avocatului Poporului.
org-ombudsman-hours = Încă neconfirmat.
org-ombudsman-languages = Încă neconfirmat.
