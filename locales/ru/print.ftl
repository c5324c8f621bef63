# Posters and leaflets (`cargo xtask print`). A poster is read from a metre away, often by
# someone in a hurry: one short sentence per line. The three key messages say what our pages
# say (content/pages/documents, contract, help), no more.

# From content/pages/documents: the page's first sentence.
print-passport = Храните паспорт и карту вида на жительство у себя.
# From content/pages/contract: "Your employer must sign a written contract with you" and
# "The contract must be signed before you start work".
print-contract = Работодатель должен подписать с вами письменный договор до начала работы.
print-unsure = Не уверены, всё ли в порядке? Позвоните и спросите.
print-scan = Отсканируйте код камерой телефона.
# Beside the numbers printed large (content/print.toml). The Safe House line is the first
# sentence of org-safe-house-about: "may be", as many do not call themselves victims.
print-safe-house = Помощь людям, которые могли пострадать от торговли людьми
print-labour-inspectorate = Зарплата, договоры и рабочее время
