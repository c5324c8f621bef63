# Posters and leaflets (`cargo xtask print`). A poster is read from a metre away, often by
# someone in a hurry: one short sentence per line. The three key messages say what our pages
# say (content/pages/documents, contract, help), no more.

# From content/pages/documents: the page's first sentence.
print-passport = अपना पासपोर्ट और निवास कार्ड ख़ुद अपने पास रखें।
# From content/pages/contract: "Your employer must sign a written contract with you" and
# "The contract must be signed before you start work".
print-contract = काम शुरू करने से पहले, काम देने वाले को आपके साथ लिखित अनुबंध पर हस्ताक्षर करने होंगे।
print-unsure = पक्का पता नहीं कि कुछ ग़लत है? कॉल करके पूछें।
print-scan = अपने फ़ोन के कैमरे से कोड स्कैन करें।
# Beside the numbers printed large (content/print.toml). The Safe House line is the first
# sentence of org-safe-house-about: "may be", as many do not call themselves victims.
print-safe-house = उन लोगों के लिए मदद जो मानव तस्करी के पीड़ित हो सकते हैं
print-labour-inspectorate = वेतन, अनुबंध और काम के घंटे
