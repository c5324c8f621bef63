# Posters and leaflets (`cargo xtask print`). A poster is read from a metre away, often by
# someone in a hurry: one short sentence per line. The three key messages say what our pages
# say (content/pages/documents, contract, help), no more.

# From content/pages/documents: the page's first sentence.
print-passport = Țineți pașaportul și cardul de ședere la dumneavoastră.
# From content/pages/contract: "Your employer must sign a written contract with you" and
# "The contract must be signed before you start work".
print-contract = Angajatorul trebuie să semneze cu dumneavoastră un contract scris înainte să începeți lucrul.
print-unsure = Nu știți sigur dacă e ceva în neregulă? Sunați și întrebați.
print-scan = Scanați codul cu camera telefonului.
# Beside the numbers printed large (content/print.toml). The Safe House line is the first
# sentence of org-safe-house-about: "may be", as many do not call themselves victims.
print-safe-house = Ajutor pentru persoanele care pot fi victime ale traficului de persoane
print-labour-inspectorate = Salariu, contracte și program de lucru
