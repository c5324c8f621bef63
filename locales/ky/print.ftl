# Posters and leaflets (`cargo xtask print`). A poster is read from a metre away, often by
# someone in a hurry: one short sentence per line. The three key messages say what our pages
# say (content/pages/documents, contract, help), no more.

# From content/pages/documents: the page's first sentence.
print-passport = Паспортуңузду жана жашоого уруксат картаңызды өзүңүздө сактаңыз.
# From content/pages/contract: "Your employer must sign a written contract with you" and
# "The contract must be signed before you start work".
print-contract = Иш берүүчүңүз ишти баштаардан мурун сиз менен жазуу жүзүндөгү келишимге кол коюшу керек.
print-unsure = Бир нерсе туура эмеспи, так билбейсизби? Чалып, сураңыз.
print-scan = Кодду телефонуңуздун камерасы менен сканерлеңиз.
# Beside the numbers printed large (content/print.toml). The Safe House line is the first
# sentence of org-safe-house-about: "may be", as many do not call themselves victims.
print-safe-house = Адам сатуудан жабыр тарткан болушу мүмкүн адамдарга жардам
print-labour-inspectorate = Эмгек акы, келишимдер жана иш убактысы
