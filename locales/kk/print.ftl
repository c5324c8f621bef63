# Posters and leaflets (`cargo xtask print`). A poster is read from a metre away, often by
# someone in a hurry: one short sentence per line. The three key messages say what our pages
# say (content/pages/documents, contract, help), no more.

# From content/pages/documents: the page's first sentence.
print-passport = Паспортыңыз бен тұруға рұқсат картаңызды өзіңізде сақтаңыз.
# From content/pages/contract: "Your employer must sign a written contract with you" and
# "The contract must be signed before you start work".
print-contract = Жұмыс берушіңіз жұмысты бастамас бұрын сізбен жазбаша келісімшартқа қол қоюы керек.
print-unsure = Бірдеңе дұрыс емес пе, білмейсіз бе? Қоңырау шалып, сұраңыз.
print-scan = Кодты телефоныңыздың камерасымен сканерлеңіз.
# Beside the numbers printed large (content/print.toml). The Safe House line is the first
# sentence of org-safe-house-about: "may be", as many do not call themselves victims.
print-safe-house = Адам саудасынан зардап шеккен болуы мүмкін адамдарға көмек
print-labour-inspectorate = Жалақы, келісімшарттар және жұмыс уақыты
