# Posters and leaflets (`cargo xtask print`). A poster is read from a metre away, often by
# someone in a hurry: one short sentence per line. The three key messages say what our pages
# say (content/pages/documents, contract, help), no more.

# From content/pages/documents: the page's first sentence.
print-passport = Зберігайте паспорт і посвідку на проживання в себе.
# From content/pages/contract: "Your employer must sign a written contract with you" and
# "The contract must be signed before you start work".
print-contract = Роботодавець має підписати з вами письмовий договір до початку роботи.
print-unsure = Не впевнені, чи все гаразд? Зателефонуйте й запитайте.
print-scan = Відскануйте код камерою телефону.
# Beside the numbers printed large (content/print.toml). The Safe House line is the first
# sentence of org-safe-house-about: "may be", as many do not call themselves victims.
print-safe-house = Допомога людям, які могли постраждати від торгівлі людьми
print-labour-inspectorate = Зарплата, договори і робочий час
