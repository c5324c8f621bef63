# The screening aid for professionals: /en/screening/ (choose the person's language) and
# /en/screening/<language>/ (the questions in two languages on one phone). The questions are
# the self-check's (check-q-* in check.ftl); content/screening.toml ties them to the ILO
# indicators.
#
# Messages marked "person" are also shown to the person, in the person's language, beside the
# professional's. Speak to the person in plain words: "I", "you".

screening-title = دو زبانوں میں اسکریننگ معاون
screening-summary = پولیس، سرحدی محافظوں، لیبر انسپکٹروں، سماجی کارکنوں اور ڈاکٹروں کے لیے، جب کوئی ترجمان نہ ہو: وہ شخص سوالات اپنی زبان میں پڑھتا ہے۔
screening-intro = اسے تب استعمال کریں، جب آپ کسی ایسے شخص سے ملیں جسے مدد کی ضرورت ہو سکتی ہے، اور آپ کے پاس کوئی ترجمان نہ ہو۔ آپ ہر سوال اپنی زبان میں پڑھتے ہیں۔ وہ شخص وہی سوال اپنی زبان میں پڑھتا ہے اور اسی فون پر جواب کا بٹن دباتا ہے۔
screening-private = کچھ بھی نہ محفوظ کیا جاتا ہے، نہ کہیں بھیجا جاتا ہے۔ جوابات تب تک اسی اسکرین پر رہتے ہیں، جب تک آپ انہیں مٹا نہ دیں یا صفحہ چھوڑ نہ دیں۔
screening-not-verdict = یہ سوالات انسانی اسمگلنگ (یعنی دھوکے، دباؤ یا زبردستی سے کسی کا استحصال) کے بارے میں بین الاقوامی ادارۂ محنت (ILO) کے اشاریوں پر مبنی ہیں۔ یہ علامات دکھاتے ہیں، کوئی فیصلہ نہیں۔ باضابطہ شناخت پولیس، سرکاری وکیل (پراسیکیوٹر)، عدالت یا خدمات فراہم کرنے والے ادارے کا کمیشن کرتا ہے۔
screening-choose = وہ شخص کون سی زبان پڑھتا ہے؟
# The title of the page with the questions. { $language }: the person's language, in its own script.
screening-pair-title = اسکریننگ معاون: { $language }
screening-give-phone = فون اس شخص کو دے دیں۔ وہ اس پر سب کچھ پڑھ سکتے ہیں۔
screening-list-intro = JavaScript کے بغیر، سوالات نیچے ایک فہرست میں دیے گئے ہیں۔ انہیں ایک ایک کر کے پوچھیں۔

# person: the opening
screening-opening-who = میں لٹویا کے ایک سرکاری ادارے سے ہوں۔ مجھے آپ کی صورتِ حال سمجھنی ہے، اور یہ جاننا ہے کہ کیا آپ کو مدد کی ضرورت ہے۔
# person
screening-opening-stop = آپ کو جواب دینا ضروری نہیں ہے۔ آپ کسی بھی وقت رک سکتے ہیں۔
# person
screening-opening-private = آپ کے جوابات نہ محفوظ کیے جاتے ہیں، نہ کہیں بھیجے جاتے ہیں۔ جب ہم یہ صفحہ بند کریں گے، تو وہ مٹ جائیں گے۔
# person
screening-opening-how = آپ کو اپنی زبان میں سوالات نظر آئیں گے۔ ہر سوال پڑھیں اور اپنے جواب کا بٹن دبائیں۔
# person: the button that starts the questions
screening-begin = شروع کریں
# person: the button to the next screen
screening-next = آگے

# person: the closing
screening-closing-thanks = آپ کے جوابات کا شکریہ۔
# person
screening-closing-give-back = براہِ کرم فون مجھے واپس دے دیں۔

# The screen the professional fills in alone.
screening-observed-title = آپ نے کیا دیکھا
screening-observed-intro = ان علامات پر نشان لگائیں، جو آپ نے پوچھے بغیر خود دیکھیں۔

# The summary, for the professional.
screening-summary-title = علامات کا خلاصہ
# { $n }: how many dimensions reach the ILO rule; { $total }: how many there are (6).
screening-met = پہلو، جن میں علامات ILO کا امتزاجی قاعدہ پورا کرتی ہیں: { $total } میں سے { $n }
screening-rule = کوئی پہلو تب قاعدہ پورا کرتا ہے، جب اس میں کم از کم یہ ہوں: دو مضبوط علامات؛ یا ایک مضبوط اور ایک درمیانی یا کمزور علامت؛ یا تین درمیانی علامات؛ یا دو درمیانی علامات اور ایک کمزور علامت۔
screening-none = جوابات میں یا آپ کی دیکھی ہوئی باتوں میں کوئی علامت سامنے نہیں آئی۔ اس سے کسی بھی امکان کو رد نہیں کیا جا سکتا۔
screening-dimension-met = قاعدہ پورا کرتا ہے
screening-dimension-below = قاعدے سے کم
screening-grade-strong = مضبوط
screening-grade-medium = درمیانی
screening-grade-weak = کمزور
# Before the answer that showed the sign, e.g. "Answer: No".
screening-answer = جواب:
screening-observed-sign = یہ آپ نے دیکھا۔
screening-unsure = اس شخص کو ان باتوں کے بارے میں پکا پتہ نہیں تھا:

screening-refer-title = اب کیا کریں
screening-refer-both = اگر آپ کو انسانی اسمگلنگ کی علامات نظر آئیں، تو سرکاری پولیس اور خدمات فراہم کرنے والے کسی ادارے، دونوں کو اطلاع دیں: پناہ گاہ "سیف ہاؤس" (Safe House) یا سینٹر مارٹا (Centre MARTA)۔
screening-refer-first = اس شخص کو ابتدائی معلومات دیں: نیچے دیے گئے خدمات فراہم کرنے والے اداروں کے نمبر۔
screening-refer-identify = متاثرہ شخص کی شناخت پولیس، سرکاری وکیل (پراسیکیوٹر) یا عدالت کرتی ہے۔ خدمات فراہم کرنے والے ادارے کا کمیشن پولیس کے بغیر بھی یہ کر سکتا ہے۔ وہ شخص خود بھی خدمات فراہم کرنے والے کسی ادارے کو درخواست دے سکتا ہے۔

# person: what the person can expect, in their language
screening-expect-title = آگے کیا ہو سکتا ہے
# person
screening-expect-inform = لٹویا میں، مجھے اس کے بارے میں سرکاری پولیس اور ایک مدد کرنے والی تنظیم کو بتانا ہوتا ہے: پناہ گاہ "سیف ہاؤس" (Safe House) یا سینٹر مارٹا (Centre MARTA)۔
# person
screening-expect-service = مدد کرنے والی تنظیم آپ سے بات کر سکتی ہے اور آپ کو بتا سکتی ہے کہ آپ کے پاس کون کون سے راستے ہیں۔ اس کی مدد کا خرچ حکومت اٹھاتی ہے۔
# person
screening-expect-no-police = یہ مدد اس بات پر منحصر نہیں کہ آپ پولیس سے بات کریں۔
# person
screening-expect-decide = آپ کیا کرنا چاہتے ہیں، یہ آپ طے کرتے ہیں۔ آپ خود بھی انہیں کال کر سکتے ہیں:

screening-notes = یادداشتیں (اختیاری)۔ یہ خلاصے کے ساتھ پرنٹ ہوتی ہیں۔ کوئی نام یا ایسی کوئی بات نہ لکھیں جس سے اس شخص کی شناخت ہو سکے، جب تک آپ کو اس کی ضرورت نہ ہو۔
screening-print = پرنٹ کریں یا PDF میں محفوظ کریں
screening-erase = سب کچھ مٹائیں

# The names of the ILO's six dimensions, for the summary.
screening-dim-deceptive-recruitment = دھوکے سے بھرتی
screening-dim-coercive-recruitment = زبردستی بھرتی
screening-dim-recruitment-vulnerability = کمزور حالت کا ناجائز فائدہ اٹھا کر بھرتی
screening-dim-exploitative-conditions = کام کے استحصالی حالات
screening-dim-coercion-at-destination = منزل پر زبردستی
screening-dim-vulnerability-at-destination = منزل پر کمزور حالت کا ناجائز فائدہ

# "Prepare this phone", on /<lang>/screening/: stores the aid for every language of the
# person and the self-check in every language, for work with no connection.
screening-prepare-title = اس فون کو انٹرنیٹ کے بغیر کام کے لیے تیار کریں
# { $size }: how much it downloads, e.g. "180 KB".
screening-prepare-about = یہ اس فون پر ہر زبان کے لیے اسکریننگ معاون، اور ہر زبان میں خود جانچ "اپنی صورتِ حال جانچیں"، محفوظ کرتا ہے۔ یہ تقریباً { $size } ڈاؤن لوڈ کرتا ہے۔
screening-prepare = اس فون کو تیار کریں
screening-prepare-done = تیار ہے۔ اسکریننگ معاون اور خود جانچ "اپنی صورتِ حال جانچیں" اس فون پر انٹرنیٹ کے بغیر چلتے ہیں۔
