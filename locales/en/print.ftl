# Posters and leaflets (`cargo xtask print`). A poster is read from a metre away, often by
# someone in a hurry: one short sentence per line. The three key messages say what our pages
# say (content/pages/documents, contract, help), no more.

# From content/pages/documents: the page's first sentence.
print-passport = Keep your passport and residence card yourself.
# From content/pages/contract: "Your employer must sign a written contract with you" and
# "The contract must be signed before you start work".
print-contract = Your employer must sign a written contract with you before you start work.
print-unsure = Not sure if something is wrong? Call and ask.
print-scan = Scan the code with your phone's camera.
# Beside the numbers printed large (content/print.toml). The Safe House line is the first
# sentence of org-safe-house-about: "may be", as many do not call themselves victims.
print-safe-house = Help for people who may be victims of human trafficking
print-labour-inspectorate = Pay, contracts and working hours
