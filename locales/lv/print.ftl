# Posters and leaflets (`cargo xtask print`). A poster is read from a metre away, often by
# someone in a hurry: one short sentence per line. The three key messages say what our pages
# say (content/pages/documents, contract, help), no more.

# From content/pages/documents: the page's first sentence.
print-passport = Glabājiet savu pasi un uzturēšanās atļaujas karti paši.
# From content/pages/contract: "Your employer must sign a written contract with you" and
# "The contract must be signed before you start work".
print-contract = Darba devējam ar jums jānoslēdz rakstisks līgums, pirms sākat strādāt.
print-unsure = Nezināt, vai kaut kas nav kārtībā? Zvaniet un jautājiet.
print-scan = Noskenējiet kodu ar tālruņa kameru.
# Beside the numbers printed large (content/print.toml). The Safe House line is the first
# sentence of org-safe-house-about: "may be", as many do not call themselves victims.
print-safe-house = Palīdzība cilvēkiem, kas, iespējams, cietuši no cilvēku tirdzniecības
print-labour-inspectorate = Alga, līgumi un darba laiks
