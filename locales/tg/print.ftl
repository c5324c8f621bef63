# Posters and leaflets (`cargo xtask print`). A poster is read from a metre away, often by
# someone in a hurry: one short sentence per line. The three key messages say what our pages
# say (content/pages/documents, contract, help), no more.

# From content/pages/documents: the page's first sentence.
print-passport = Шиноснома ва корти истиқомати худро худатон нигоҳ доред.
# From content/pages/contract: "Your employer must sign a written contract with you" and
# "The contract must be signed before you start work".
print-contract = Корфармои шумо бояд пеш аз оғози кор бо шумо шартномаи хаттӣ имзо кунад.
print-unsure = Боварӣ надоред, ки ягон чиз нодуруст аст ё не? Занг занед ва пурсед.
print-scan = Кодро бо камераи телефонатон скан кунед.
# Beside the numbers printed large (content/print.toml). The Safe House line is the first
# sentence of org-safe-house-about: "may be", as many do not call themselves victims.
print-safe-house = Кумак ба одамоне, ки шояд қурбони савдои одамон шуда бошанд
print-labour-inspectorate = Музди меҳнат, шартномаҳо ва вақти корӣ
