# Posters and leaflets (`cargo xtask print`). A poster is read from a metre away, often by
# someone in a hurry: one short sentence per line. The three key messages say what our pages
# say (content/pages/documents, contract, help), no more.

# From content/pages/documents: the page's first sentence.
print-passport = اپنا پاسپورٹ اور رہائشی کارڈ خود اپنے پاس رکھیں۔
# From content/pages/contract: "Your employer must sign a written contract with you" and
# "The contract must be signed before you start work".
print-contract = کام شروع کرنے سے پہلے، کام دینے والے کو آپ کے ساتھ تحریری معاہدے پر دستخط کرنے ہوں گے۔
print-unsure = پکا پتہ نہیں کہ کچھ غلط ہے؟ کال کر کے پوچھیں۔
print-scan = اپنے فون کے کیمرے سے کوڈ اسکین کریں۔
# Beside the numbers printed large (content/print.toml). The Safe House line is the first
# sentence of org-safe-house-about: "may be", as many do not call themselves victims.
print-safe-house = ان لوگوں کے لیے مدد جو انسانی اسمگلنگ کا شکار ہو سکتے ہیں
print-labour-inspectorate = تنخواہ، معاہدے اور کام کے اوقات
