# Hindi interface strings. Draft: not yet reviewed by a native speaker.
# Keep them short: they sit on buttons and in the header of a small phone.

## Frame of every page
app-name = लातविया में काम
skip-to-content = सीधे पाठ पर जाएँ
quick-exit = बाहर निकलें
quick-exit-label = यह साइट अभी छोड़ें
languages = भाषा
help = मदद
emergency = आपातकाल
new-version = नया संस्करण तैयार है।
reload = फिर से लोड करें
sources = स्रोत
privacy-note = यह ऐप आपके बारे में कुछ नहीं भेजता। यह सिर्फ़ आपकी चुनी हुई भाषा इसी फ़ोन पर रखता है। कोई कुकी नहीं। कोई ट्रैकिंग नहीं।
call = कॉल करें
hours = समय
email = ई-मेल
address = पता
languages-spoken = भाषाएँ

## Page parts with a value
checked-on = जाँच की तारीख़: { $date }

## Translation notices (on a translated page)
draft-notice = यह अनुवाद एक मसौदा है। किसी मूल भाषी ने अभी इसकी जाँच नहीं की है।
stale-notice = यह अनुवाद बनने के बाद अंग्रेज़ी पाठ बदल गया है। हो सकता है यह पुराना हो।
read-in-source = यह पेज { $language } में पढ़ें
missing-notice = इस पेज का अभी आपकी भाषा में अनुवाद नहीं हुआ है।

## Offline: keep every language on the phone
keep-all = सभी भाषाएँ इस फ़ोन पर रखें
keep-all-size = इससे फ़ोन पर लगभग { $size } जगह लगेगी।
keep-all-working = सहेजा जा रहा है…
keep-all-done = सभी भाषाएँ सहेज ली गई हैं। वे बिना इंटरनेट के चलती हैं।
keep-all-failed = सहेजा नहीं जा सका। इंटरनेट से जुड़ें और फिर से कोशिश करें।

## Home page
home-title = लातविया में काम
home-summary = लातविया में काम पर आपके अधिकार, और मदद कहाँ से लें।
home-heading = लातविया में काम
home-intro = लातविया में काम पर आपके अधिकार। मदद कहाँ से लें। मुफ़्त, और बिना इंटरनेट के चलता है।

## Language choice (the page at /)
choose-language = अपनी भाषा चुनें
# On the start page, under the language that suits this phone: written in that language.
language-continue = हिन्दी में जारी रखें

## Search (the page /<lang>/search/, and the search box on the home page)
search = खोजें
search-label = पेज और मदद खोजें
search-title = खोज
search-summary = कोई पेज या हेल्पलाइन ढूँढें।
search-none = कुछ नहीं मिला। कोई दूसरा शब्द आज़माएँ, या मदद वाला पेज खोलें।

## No connection, and the page is not saved on the phone
offline-title = इंटरनेट कनेक्शन नहीं है
offline-text = यह पेज इस फ़ोन पर सहेजा नहीं गया है। इंटरनेट से जुड़ें और फिर से कोशिश करें। सहेजे गए पेज बिना इंटरनेट के भी चलते हैं।

## Page not found
not-found-title = पेज नहीं मिला
not-found-text = यह पेज मौजूद नहीं है। हो सकता है यह कहीं और चला गया हो।
not-found-back = शुरुआती पेज पर जाएँ

## Help directory: what each organisation does (content/help.toml)
org-safe-house-about = उन लोगों के लिए मदद जो मानव तस्करी के पीड़ित हो सकते हैं। यूरोपीय संघ के बाहर से आए कामगारों के लिए मुफ़्त सलाह।
org-safe-house-hours = सोमवार से शुक्रवार, 9:00–17:00 (+371 67898343: 9:00–20:00)
org-safe-house-languages = लातवियाई, रूसी, अंग्रेज़ी
org-marta-about = उन लोगों के लिए मदद जो मानव तस्करी के पीड़ित हो सकते हैं। 8000 वाला नंबर लातविया में मुफ़्त है।
org-marta-hours = सोमवार से शुक्रवार, 10:00–18:00
org-marta-languages = लातवियाई, रूसी, अंग्रेज़ी
org-labour-inspectorate-about = वेतन, अनुबंध, काम के घंटों और काम पर सुरक्षा के बारे में सवाल। आख़िरी नंबर गुमनाम रिपोर्ट के लिए है।
org-labour-inspectorate-hours = अभी पुष्टि नहीं हुई है।
org-labour-inspectorate-languages = अभी पुष्टि नहीं हुई है।
org-police-about = पुलिस। कॉल करना मुफ़्त है। ख़तरे में हों तो 112 पर कॉल करें।
org-police-hours = अभी पुष्टि नहीं हुई है। ख़तरे में हों तो 112 पर कॉल करें।
org-police-languages = अभी पुष्टि नहीं हुई है।
org-victim-support-about = अपराध के पीड़ितों के लिए हेल्पलाइन।
org-victim-support-hours = अभी पुष्टि नहीं हुई है।
org-victim-support-languages = अभी पुष्टि नहीं हुई है।
org-pmlp-about = प्रवासन कार्यालय: वीज़ा और निवास परमिट। अगर आप यूरोपीय संघ के बाहर से आए हैं, तो आपको और आपके नियोक्ता, दोनों को 3 दिनों के अंदर PMLP को बताना ज़रूरी है, जब आपका वेतन या आपके काम की जगह बदलती है, या आपकी नौकरी ख़त्म होती है।
org-pmlp-hours = अभी पुष्टि नहीं हुई है।
org-pmlp-languages = अभी पुष्टि नहीं हुई है।
org-ombudsman-about = लातविया का लोकपाल लोगों के अधिकारों की रक्षा करता है। अगर आपके अधिकारों का सम्मान नहीं किया जाता, तो आप लोकपाल को लिख सकते हैं।
org-ombudsman-hours = अभी पुष्टि नहीं हुई है।
org-ombudsman-languages = अभी पुष्टि नहीं हुई है।
