# Urdu interface strings. Draft: not yet reviewed by a native speaker.
# Keep them short: they sit on buttons and in the header of a small phone.

## Frame of every page
app-name = لٹویا میں کام
skip-to-content = سیدھے متن پر جائیں
quick-exit = باہر نکلیں
quick-exit-label = یہ سائٹ ابھی چھوڑ دیں
languages = زبان
help = مدد
emergency = ہنگامی صورت
new-version = نیا ورژن تیار ہے۔
reload = دوبارہ لوڈ کریں
sources = ذرائع
privacy-note = یہ ایپ آپ کے بارے میں کچھ نہیں بھیجتی۔ یہ صرف آپ کی چنی ہوئی زبان اسی فون پر رکھتی ہے۔ کوئی کوکیز نہیں۔ کوئی ٹریکنگ نہیں۔
call = کال کریں
hours = اوقات
email = ای میل
address = پتہ
languages-spoken = زبانیں

## Page parts with a value
checked-on = جانچ کی تاریخ: { $date }
fact-expired = ({ $date } تک درست: یہ بدل چکا ہو سکتا ہے)

## Translation notices (on a translated page)
draft-notice = یہ ترجمہ ابھی مسودہ ہے۔ کسی اہلِ زبان نے ابھی اس کی جانچ نہیں کی۔
stale-notice = یہ ترجمہ بننے کے بعد انگریزی متن بدل گیا ہے۔ ہو سکتا ہے یہ پرانا ہو۔
read-in-source = یہ صفحہ { $language } میں پڑھیں
missing-notice = اس صفحے کا ابھی آپ کی زبان میں ترجمہ نہیں ہوا۔

## Offline: keep every language on the phone
keep-all = تمام زبانیں اس فون پر رکھیں
keep-all-size = اس سے فون پر تقریباً { $size } جگہ لگے گی۔
keep-all-working = محفوظ ہو رہا ہے…
keep-all-done = تمام زبانیں محفوظ ہو گئی ہیں۔ یہ انٹرنیٹ کے بغیر چلتی ہیں۔
keep-all-failed = محفوظ نہیں ہو سکا۔ انٹرنیٹ سے جڑیں اور دوبارہ کوشش کریں۔

## Home page
home-title = لٹویا میں کام
home-summary = لٹویا میں کام پر آپ کے حقوق، اور مدد کہاں سے لیں۔
home-heading = لٹویا میں کام
home-intro = لٹویا میں کام پر آپ کے حقوق۔ مدد کہاں سے لیں۔ مفت، اور انٹرنیٹ کے بغیر چلتی ہے۔

## Language choice (the page at /)
choose-language = اپنی زبان چنیں
# On the start page, under the language that suits this phone: written in that language.
language-continue = اردو میں جاری رکھیں

## Search (the page /<lang>/search/, and the search box on the home page)
search = تلاش کریں
search-label = صفحات اور مدد تلاش کریں
search-title = تلاش
search-summary = کوئی صفحہ یا ہیلپ لائن ڈھونڈیں۔
search-none = کچھ نہیں ملا۔ کوئی دوسرا لفظ آزمائیں، یا مدد کا صفحہ کھولیں۔

## No connection, and the page is not saved on the phone
offline-title = انٹرنیٹ کنکشن نہیں ہے
offline-text = یہ صفحہ اس فون پر محفوظ نہیں کیا گیا۔ انٹرنیٹ سے جڑیں اور دوبارہ کوشش کریں۔ محفوظ کیے گئے صفحات انٹرنیٹ کے بغیر بھی چلتے ہیں۔

## Page not found
not-found-title = صفحہ نہیں ملا
not-found-text = یہ صفحہ موجود نہیں ہے۔ ہو سکتا ہے یہ کہیں اور منتقل ہو گیا ہو۔
not-found-back = شروع کے صفحے پر جائیں

## Help directory: what each organisation does (content/help.toml)
org-safe-house-about = ان لوگوں کے لیے مدد جو انسانی اسمگلنگ کا شکار ہو سکتے ہیں۔ یورپی یونین سے باہر کے کارکنوں کے لیے مفت مشورہ۔ مختلف علاقوں کے لیے مشورے کی لائنیں بھی ہیں۔
org-safe-house-hours = پیر سے جمعہ، 9:00–17:00۔ دفتر کی لائن: پیر سے جمعہ، 9:00–20:00۔
org-safe-house-languages = لٹویائی، روسی، انگریزی
org-marta-about = ان لوگوں کے لیے مدد جو انسانی اسمگلنگ کا شکار ہو سکتے ہیں۔ 8000 والا نمبر لٹویا میں مفت ہے۔
org-marta-hours = پیر سے جمعہ، 10:00–18:00۔ یہ اوقات 2017 کے ہیں: ہو سکتا ہے یہ بدل گئے ہوں۔
org-marta-languages = ابھی تصدیق نہیں ہوئی۔
org-labour-inspectorate-about = تنخواہ، معاہدے، کام کے اوقات اور کام پر حفاظت کے بارے میں سوالات۔ آخری نمبر گمنام رپورٹ کے لیے ہے۔
org-labour-inspectorate-hours = ابھی تصدیق نہیں ہوئی۔
org-labour-inspectorate-languages = ابھی تصدیق نہیں ہوئی۔
org-police-about = پولیس۔ 110 پر کال مفت ہے۔ پولیس کو بھیجی گئی ای میل صرف تب شکایت مانی جاتی ہے جب اس پر محفوظ الیکٹرانک دستخط ہوں۔ اس کے علاوہ، آپ کسی بھی پولیس اسٹیشن جا سکتے ہیں۔
org-police-hours = ابھی تصدیق نہیں ہوئی۔ خطرے میں ہوں تو 112 پر کال کریں۔
org-police-languages = ابھی تصدیق نہیں ہوئی۔
org-victim-support-about = جرم کے متاثرین کے لیے ہیلپ لائن۔ کال مفت ہے۔ وہ آپ کی بات سنتے ہیں، آپ کا ساتھ دیتے ہیں اور متاثرہ کے طور پر آپ کے حقوق سمجھاتے ہیں۔ www.cietusajiem.lv پر چیٹ بھی ہے۔
org-victim-support-hours = ہر دن، 12:00–22:00
org-victim-support-languages = ابھی تصدیق نہیں ہوئی۔
org-childrens-line-about = بچوں اور نوعمروں کے لیے مفت لائن، کسی بھی فون سے۔ uzticibastalrunis.lv پر چیٹ بھی ہے۔
org-childrens-line-hours = ہر دن، 24 گھنٹے۔ چیٹ: پیر سے جمعہ، 12:00–20:00۔
org-childrens-line-languages = ابھی تصدیق نہیں ہوئی۔
org-pmlp-about = امیگریشن دفتر: ویزا اور رہائشی پرمٹ۔ اگر آپ یورپی یونین سے باہر سے آئے ہیں، تو آپ کو اور آپ کے آجر، دونوں کو { $pmlp-report-days } دن کے اندر PMLP کو بتانا لازمی ہے، جب آپ کی تنخواہ یا کام کی جگہ بدلے، یا آپ کی نوکری ختم ہو۔
org-pmlp-hours = ابھی تصدیق نہیں ہوئی۔
org-pmlp-languages = ابھی تصدیق نہیں ہوئی۔
org-ombudsman-about = لٹویا کا محتسب لوگوں کے حقوق کی حفاظت کرتا ہے۔ اگر آپ کے حقوق کا احترام نہیں کیا جاتا، تو آپ محتسب کو لکھ سکتے ہیں۔ ای میل پر محفوظ الیکٹرانک دستخط ہونا لازمی ہے۔
org-ombudsman-hours = خود ملنے کے لیے: پیر سے جمعرات، 9:00–16:00
org-ombudsman-languages = ابھی تصدیق نہیں ہوئی۔
org-safe-house-phone-office = دفتر
org-safe-house-phone-latgale = لاتگالے
org-safe-house-phone-kurzeme = کرزیمے
org-safe-house-phone-vidzeme = ودزیمے
org-safe-house-phone-zemgale = زیمگالے
org-embassy-india-about = بھارت کا سفارت خانہ۔ بھارت کے شہریوں کے لیے قونصلر مدد۔
org-embassy-india-hours = ابھی تصدیق نہیں ہوئی۔
org-embassy-india-languages = ابھی تصدیق نہیں ہوئی۔
org-embassy-kazakhstan-about = قازقستان کا سفارت خانہ۔ یہ رابطہ 2020 کا ہے: ہو سکتا ہے یہ بدل گیا ہو۔
org-embassy-kazakhstan-hours = ابھی تصدیق نہیں ہوئی۔
org-embassy-kazakhstan-languages = ابھی تصدیق نہیں ہوئی۔
org-embassy-moldova-about = مالدووا کا سفارت خانہ۔ قونصلر مدد صرف پہلے سے وقت (اپائنٹمنٹ) لے کر ملتی ہے۔ ہنگامی لائن صرف مالدووا کے شہریوں کے لیے ہے، کسی ہنگامی صورت میں، جیسے کوئی حادثہ، کسی کی موت یا کوئی خطرہ۔ اس لائن پر قونصلر معلومات نہیں ملتیں۔
org-embassy-moldova-hours = اپائنٹمنٹ کے لیے منگل اور بدھ کو 15:00–17:00 کے درمیان فون کریں۔
org-embassy-moldova-languages = ابھی تصدیق نہیں ہوئی۔
org-embassy-moldova-phone-appointments = اپائنٹمنٹ
org-embassy-moldova-phone-emergency = ہنگامی لائن

# Listen: the page (or a question) read aloud by the phone's own voice for the language. The
# buttons show only when the phone has such a voice.
listen = سنیں
listen-pause = روکیں
listen-resume = جاری رکھیں
listen-stop = بند کریں

## Share (on every page)
share-title = یہ صفحہ شیئر کریں
share = شیئر کریں
share-copy = لنک کاپی کریں
share-copied = لنک کاپی ہو گیا۔
share-qr = QR کوڈ دکھائیں
share-qr-about = دوسرا فون یہ کوڈ اسکین کر کے یہ صفحہ کھول سکتا ہے۔
