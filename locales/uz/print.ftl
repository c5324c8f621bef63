# Posters and leaflets (`cargo xtask print`). A poster is read from a metre away, often by
# someone in a hurry: one short sentence per line. The three key messages say what our pages
# say (content/pages/documents, contract, help), no more.

# From content/pages/documents: the first sentence of the page.
print-passport = Pasportingiz va yashash uchun ruxsatnoma kartangizni oʻzingizda saqlang.
# From content/pages/contract: "Your employer must sign a written contract with you" and
# "The contract must be signed before you start work".
print-contract = Ish beruvchingiz siz bilan ishni boshlashingizdan oldin yozma shartnoma imzolashi shart.
print-unsure = Biror narsa notoʻgʻrimi, bilmaysizmi? Qoʻngʻiroq qilib soʻrang.
print-scan = Kodni telefoningiz kamerasi bilan skanerlang.
# Beside the numbers printed large (content/print.toml). The Safe House line is the first
# sentence of org-safe-house-about: "may be", as many do not call themselves victims.
print-safe-house = Odam savdosidan jabrlangan boʻlishi mumkin boʻlgan odamlarga yordam
print-labour-inspectorate = Ish haqi, shartnomalar va ish vaqti
