# The screening aid for professionals: /en/screening/ (choose the person's language) and
# /en/screening/<language>/ (the questions in two languages on one phone). The questions are
# the self-check's (check-q-* in check.ftl); content/screening.toml ties them to the ILO
# indicators.
#
# Messages marked "person" are also shown to the person, in the person's language, beside the
# professional's. Speak to the person in plain words: "I", "you".

screening-title = दो भाषाओं में स्क्रीनिंग सहायता
screening-summary = पुलिस, सीमा रक्षकों, श्रम निरीक्षकों, सामाजिक कार्यकर्ताओं और डॉक्टरों के लिए, जब कोई दुभाषिया न हो: व्यक्ति सवाल अपनी भाषा में पढ़ता है।
screening-intro = इसका इस्तेमाल तब करें, जब आप किसी ऐसे व्यक्ति से मिलें जिसे मदद की ज़रूरत हो सकती है, और आपके पास कोई दुभाषिया न हो। आप हर सवाल अपनी भाषा में पढ़ते हैं। व्यक्ति वही सवाल अपनी भाषा में पढ़ता है और इसी फ़ोन पर जवाब का बटन दबाता है।
screening-private = कुछ भी न सहेजा जाता है, न कहीं भेजा जाता है। जवाब तब तक इसी स्क्रीन पर रहते हैं, जब तक आप उन्हें मिटा न दें या पेज छोड़ न दें।
screening-not-verdict = ये सवाल अंतर्राष्ट्रीय श्रम संगठन (ILO) के मानव तस्करी के संकेतकों पर आधारित हैं। ये संकेत दिखाते हैं, कोई फ़ैसला नहीं। औपचारिक पहचान पुलिस, सरकारी वकील (अभियोजक), अदालत या सेवा प्रदाता संगठन की समिति करती है।
screening-choose = व्यक्ति कौन-सी भाषा पढ़ता है?
# The title of the page with the questions. { $language }: the person's language, in its own script.
screening-pair-title = स्क्रीनिंग सहायता: { $language }
screening-give-phone = फ़ोन उस व्यक्ति को दें। वे उस पर सब कुछ पढ़ सकते हैं।
screening-list-intro = JavaScript के बिना, सवाल नीचे एक सूची में दिए गए हैं। उन्हें एक-एक करके पूछें।

# person: the opening
screening-opening-who = मैं लातविया की एक सरकारी संस्था से हूँ। मुझे आपकी स्थिति समझनी है, और यह जानना है कि क्या आपको मदद चाहिए।
# person
screening-opening-stop = आपको जवाब देना ज़रूरी नहीं है। आप कभी भी रुक सकते हैं।
# person
screening-opening-private = आपके जवाब न सहेजे जाते हैं, न कहीं भेजे जाते हैं। जब हम यह पेज बंद करेंगे, तो वे मिट जाएँगे।
# person
screening-opening-how = आपको अपनी भाषा में सवाल दिखेंगे। हर सवाल पढ़ें और अपने जवाब का बटन दबाएँ।
# person: the button that starts the questions
screening-begin = शुरू करें
# person: the button to the next screen
screening-next = आगे

# person: the closing
screening-closing-thanks = आपके जवाबों के लिए धन्यवाद।
# person
screening-closing-give-back = कृपया फ़ोन मुझे वापस दे दें।

# The screen the professional fills in alone.
screening-observed-title = आपने क्या देखा
screening-observed-intro = उन संकेतों पर निशान लगाएँ, जो आपने बिना पूछे ख़ुद देखे।

# The summary, for the professional.
screening-summary-title = संकेतों का सारांश
# { $n }: how many dimensions reach the ILO rule; { $total }: how many there are (6).
screening-met = आयाम, जिनमें संकेत ILO का संयोजन नियम पूरा करते हैं: { $total } में से { $n }
screening-rule = कोई आयाम तब नियम पूरा करता है, जब उसमें कम से कम ये हों: दो मज़बूत संकेत; या एक मज़बूत और एक मध्यम या कमज़ोर संकेत; या तीन मध्यम संकेत; या दो मध्यम संकेत और एक कमज़ोर संकेत।
screening-none = जवाबों में या आपकी देखी हुई बातों में कोई संकेत नहीं मिला। इससे किसी भी संभावना को ख़ारिज नहीं किया जा सकता।
screening-dimension-met = नियम पूरा करता है
screening-dimension-below = नियम से कम
screening-grade-strong = मज़बूत
screening-grade-medium = मध्यम
screening-grade-weak = कमज़ोर
# Before the answer that showed the sign, e.g. "Answer: No".
screening-answer = जवाब:
screening-observed-sign = यह आपने देखा।
screening-unsure = व्यक्ति को इन बातों के बारे में पक्का पता नहीं था:

screening-refer-title = अब क्या करें
screening-refer-both = अगर आपको मानव तस्करी के संकेत दिखें, तो सरकारी पुलिस और किसी सेवा प्रदाता संगठन, दोनों को सूचना दें: आश्रय "सेफ़ हाउस" (Safe House) या सेंटर मार्टा (Centre MARTA)।
screening-refer-first = व्यक्ति को शुरुआती जानकारी दें: नीचे दिए गए सेवा प्रदाता संगठनों के नंबर।
screening-refer-identify = पीड़ित की पहचान पुलिस, सरकारी वकील (अभियोजक) या अदालत करती है। सेवा प्रदाता संगठन की समिति पुलिस के बिना भी यह कर सकती है। व्यक्ति ख़ुद भी किसी सेवा प्रदाता संगठन के पास आवेदन कर सकता है।

# person: what the person can expect, in their language
screening-expect-title = आगे क्या हो सकता है
# person
screening-expect-inform = लातविया में, मुझे इसके बारे में सरकारी पुलिस और एक मदद करने वाले संगठन को बताना होता है: आश्रय "सेफ़ हाउस" (Safe House) या सेंटर मार्टा (Centre MARTA)।
# person
screening-expect-service = मदद करने वाला संगठन आपसे बात कर सकता है और आपको आपके विकल्प समझा सकता है। उसकी मदद का ख़र्च सरकार उठाती है।
# person
screening-expect-no-police = यह मदद इस पर निर्भर नहीं है कि आप पुलिस से बात करें।
# person
screening-expect-decide = आप क्या करना चाहते हैं, यह आप तय करते हैं। आप ख़ुद भी उन्हें कॉल कर सकते हैं:

screening-notes = टिप्पणियाँ (वैकल्पिक)। ये सारांश के साथ प्रिंट होती हैं। कोई नाम या ऐसी कोई बात न लिखें जिससे व्यक्ति की पहचान हो सके, जब तक आपको उसकी ज़रूरत न हो।
screening-print = प्रिंट करें या PDF में सहेजें
screening-erase = सब कुछ मिटाएँ

# The names of the ILO's six dimensions, for the summary.
screening-dim-deceptive-recruitment = धोखे से भर्ती
screening-dim-coercive-recruitment = ज़बरदस्ती से भर्ती
screening-dim-recruitment-vulnerability = कमज़ोर स्थिति के दुरुपयोग से भर्ती
screening-dim-exploitative-conditions = काम की शोषणकारी परिस्थितियाँ
screening-dim-coercion-at-destination = गंतव्य पर ज़बरदस्ती
screening-dim-vulnerability-at-destination = गंतव्य पर कमज़ोर स्थिति का दुरुपयोग

# "Prepare this phone", on /<lang>/screening/: stores the aid for every language of the
# person and the self-check in every language, for work with no connection.
screening-prepare-title = इस फ़ोन को बिना इंटरनेट के काम के लिए तैयार करें
# { $size }: how much it downloads, e.g. "180 KB".
screening-prepare-about = यह इस फ़ोन पर हर भाषा के लिए स्क्रीनिंग सहायता, और हर भाषा में स्व-जाँच "अपनी स्थिति जाँचें", सहेजता है। यह लगभग { $size } डाउनलोड करता है।
screening-prepare = इस फ़ोन को तैयार करें
screening-prepare-done = तैयार है। स्क्रीनिंग सहायता और स्व-जाँच "अपनी स्थिति जाँचें" इस फ़ोन पर बिना इंटरनेट के चलती हैं।
