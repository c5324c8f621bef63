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
hours = खुलने का समय
email = ई-मेल
address = पता
languages-spoken = भाषाएँ

## Page parts with a value
checked-on = जाँच की तारीख़: { $date }
fact-expired = ({ $date } तक मान्य: यह बदल गया हो सकता है)

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
org-safe-house-about = उन लोगों के लिए मदद जो मानव तस्करी के पीड़ित हो सकते हैं। यूरोपीय संघ के बाहर से आए कामगारों के लिए मुफ़्त सलाह। अलग-अलग क्षेत्रों के लिए सलाह की लाइनें भी हैं।
org-safe-house-hours = सोमवार से शुक्रवार, 9:00–17:00। दफ़्तर की लाइन: सोमवार से शुक्रवार, 9:00–20:00।
org-safe-house-languages = लातवियाई, रूसी, अंग्रेज़ी
org-marta-about = उन लोगों के लिए मदद जो मानव तस्करी के पीड़ित हो सकते हैं। 8000 वाला नंबर लातविया में मुफ़्त है।
org-marta-hours = सोमवार से शुक्रवार, 10:00–18:00। यह समय 2017 का है: हो सकता है यह बदल गया हो।
org-marta-languages = अभी पुष्टि नहीं हुई है।
org-labour-inspectorate-about = वेतन, अनुबंध, काम के घंटों और काम पर सुरक्षा के बारे में सवाल। आख़िरी नंबर गुमनाम रिपोर्ट के लिए है।
org-labour-inspectorate-hours = अभी पुष्टि नहीं हुई है।
org-labour-inspectorate-languages = अभी पुष्टि नहीं हुई है।
org-police-about = पुलिस। 110 पर कॉल मुफ़्त है। पुलिस को भेजा गया ई-मेल तभी शिकायत माना जाता है, जब उस पर सुरक्षित ई-हस्ताक्षर हो। इसके अलावा, आप किसी भी पुलिस स्टेशन जा सकते हैं।
org-police-hours = अभी पुष्टि नहीं हुई है। ख़तरे में हों तो 112 पर कॉल करें।
org-police-languages = अभी पुष्टि नहीं हुई है।
org-victim-support-about = अपराध के पीड़ितों के लिए हेल्पलाइन। कॉल मुफ़्त है। वे आपकी बात सुनते हैं, आपका साथ देते हैं और पीड़ित के रूप में आपके अधिकार समझाते हैं। www.cietusajiem.lv पर चैट भी है।
org-victim-support-hours = हर दिन, 12:00–22:00
org-victim-support-languages = अभी पुष्टि नहीं हुई है।
org-childrens-line-about = बच्चों और किशोरों के लिए मुफ़्त लाइन, किसी भी फ़ोन से। uzticibastalrunis.lv पर चैट भी है।
org-childrens-line-hours = हर दिन, 24 घंटे। चैट: सोमवार से शुक्रवार, 12:00–20:00।
org-childrens-line-languages = अभी पुष्टि नहीं हुई है।
org-pmlp-about = प्रवासन कार्यालय: वीज़ा और निवास परमिट। अगर आप यूरोपीय संघ के बाहर से आए हैं, तो आपको और आपके नियोक्ता, दोनों को { $pmlp-report-days } दिनों के अंदर PMLP को बताना ज़रूरी है, जब आपका वेतन या आपके काम की जगह बदलती है, या आपकी नौकरी ख़त्म होती है।
org-pmlp-hours = अभी पुष्टि नहीं हुई है।
org-pmlp-languages = अभी पुष्टि नहीं हुई है।
org-ombudsman-about = लातविया का लोकपाल लोगों के अधिकारों की रक्षा करता है। अगर आपके अधिकारों का सम्मान नहीं किया जाता, तो आप लोकपाल को लिख सकते हैं। ई-मेल पर सुरक्षित ई-हस्ताक्षर होना ज़रूरी है।
org-ombudsman-hours = ख़ुद मिलने के लिए: सोमवार से गुरुवार, 9:00–16:00
org-ombudsman-languages = अभी पुष्टि नहीं हुई है।
org-safe-house-phone-office = दफ़्तर
org-safe-house-phone-latgale = लातगाले
org-safe-house-phone-kurzeme = कुर्ज़ेमे
org-safe-house-phone-vidzeme = विद्ज़ेमे
org-safe-house-phone-zemgale = ज़ेमगाले
org-embassy-india-about = भारत का दूतावास। भारत के नागरिकों के लिए कांसुलर मदद।
org-embassy-india-hours = अभी पुष्टि नहीं हुई है।
org-embassy-india-languages = अभी पुष्टि नहीं हुई है।
org-embassy-kazakhstan-about = कज़ाख़स्तान का दूतावास। यह संपर्क 2020 का है: हो सकता है यह बदल गया हो।
org-embassy-kazakhstan-hours = अभी पुष्टि नहीं हुई है।
org-embassy-kazakhstan-languages = अभी पुष्टि नहीं हुई है।
org-embassy-moldova-about = मोल्दोवा का दूतावास। कांसुलर मदद सिर्फ़ पहले से समय (अपॉइंटमेंट) लेकर मिलती है। आपातकालीन लाइन सिर्फ़ मोल्दोवा के नागरिकों के लिए है, किसी आपात स्थिति में, जैसे कोई दुर्घटना, किसी की मौत या कोई ख़तरा। इस लाइन पर कांसुलर जानकारी नहीं मिलती।
org-embassy-moldova-hours = अपॉइंटमेंट के लिए मंगलवार और बुधवार को 15:00–17:00 के बीच फ़ोन करें।
org-embassy-moldova-languages = अभी पुष्टि नहीं हुई है।
org-embassy-moldova-phone-appointments = अपॉइंटमेंट
org-embassy-moldova-phone-emergency = आपातकालीन लाइन

# Listen: the page (or a question) read aloud by the phone's own voice for the language. The
# buttons show only when the phone has such a voice.
listen = सुनें
listen-pause = रोकें
listen-resume = जारी रखें
listen-stop = बंद करें

## Share (on every page)
share-title = यह पेज शेयर करें
share = शेयर करें
share-copy = लिंक कॉपी करें
share-copied = लिंक कॉपी हो गया।
share-qr = QR कोड दिखाएँ
share-qr-about = दूसरा फ़ोन यह कोड स्कैन करके यह पेज खोल सकता है।
