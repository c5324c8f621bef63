# Interface strings, English (the source language).
# Keep them short: they sit on buttons and in the header of a small phone.

## Frame of every page
app-name = Work in Latvia
skip-to-content = Skip to the text
quick-exit = Exit
quick-exit-label = Leave this site now
languages = Language
help = Help
emergency = Emergency
new-version = A new version is ready.
reload = Reload
sources = Sources
privacy-note = This app sends nothing about you. It keeps only the language you choose, on this phone. No cookies. No tracking.
call = Call
hours = Hours
email = E-mail
address = Address
languages-spoken = Languages

## Page parts with a value
checked-on = Checked on { $date }
# After a value whose last day has passed (content/facts.toml `until`).
fact-expired = (valid until { $date }: it may have changed)

## Translation notices (on a translated page)
draft-notice = This translation is a draft. A native speaker has not checked it yet.
stale-notice = The English text has changed since this translation was made. It may be out of date.
read-in-source = Read this page in { $language }
missing-notice = This page is not translated into your language yet.

## Offline: keep every language on the phone
keep-all = Keep all languages on this phone
keep-all-size = This saves about { $size } on the phone.
keep-all-working = Saving…
keep-all-done = All languages are saved. They work without internet.
keep-all-failed = Could not save. Connect to the internet and try again.

## Home page
home-title = Work in Latvia
home-summary = Your rights at work in Latvia, and where to get help.
home-heading = Work in Latvia
home-intro = Your rights at work in Latvia. Where to get help. Free, and it works without internet.

## Language choice (the page at /)
choose-language = Choose your language
# On the start page, under the language that suits this phone: written in that language.
language-continue = Continue in English

## Search (the page /<lang>/search/, and the search box on the home page)
search = Search
search-label = Search pages and help
search-title = Search
search-summary = Find a page or a help line.
search-none = Nothing found. Try another word, or open the help page.

## No connection, and the page is not saved on the phone
offline-title = You are offline
offline-text = This page is not saved on this phone. Connect to the internet and try again. The saved pages still work without internet.

## Page not found
not-found-title = Page not found
not-found-text = This page does not exist. It may have moved.
not-found-back = Go to the start page

## Help directory: what each organisation does (content/help.toml)
org-safe-house-about = Help for people who may be victims of human trafficking. Free advice for workers from outside the EU. There are also regional consultation lines.
org-safe-house-hours = Monday to Friday, 9:00–17:00. The office line: Monday to Friday, 9:00–20:00.
org-safe-house-languages = Latvian, Russian, English
org-marta-about = Help for people who may be victims of human trafficking. The 8000 number is free in Latvia.
org-marta-hours = Monday to Friday, 10:00–18:00. These hours are from 2017: they may have changed.
org-marta-languages = Not confirmed yet.
org-labour-inspectorate-about = Questions about pay, contracts, working hours and safety at work. The last number is for anonymous reports.
org-labour-inspectorate-hours = Not confirmed yet.
org-labour-inspectorate-languages = Not confirmed yet.
org-police-about = The police. 110 is a free call. An e-mail to the police counts as a report only if it has a secure electronic signature. You can also go to any police station.
org-police-hours = Not confirmed yet. In danger, call 112.
org-police-languages = Not confirmed yet.
org-victim-support-about = Support line for victims of crime. Free call. They listen, support you and explain your rights as a victim. There is also a chat on www.cietusajiem.lv.
org-victim-support-hours = Every day, 12:00–22:00
org-victim-support-languages = Not confirmed yet.
org-childrens-line-about = A free line for children and teenagers, from any phone. There is also a chat on uzticibastalrunis.lv.
org-childrens-line-hours = Every day, 24 hours. The chat: Monday to Friday, 12:00–20:00.
org-childrens-line-languages = Not confirmed yet.
org-pmlp-about = The migration office: visas and residence permits. If you come from outside the EU, you and your employer must tell PMLP within { $pmlp-report-days } days when your pay or workplace changes, or your job ends.
org-pmlp-hours = Not confirmed yet.
org-pmlp-languages = Not confirmed yet.
org-ombudsman-about = The Ombudsman protects people's rights. You can write to the Ombudsman if your rights are not respected. An e-mail needs a secure electronic signature.
org-ombudsman-hours = In person: Monday to Thursday, 9:00–16:00
org-ombudsman-languages = Not confirmed yet.
org-safe-house-phone-office = Office
org-safe-house-phone-latgale = Latgale
org-safe-house-phone-kurzeme = Kurzeme
org-safe-house-phone-vidzeme = Vidzeme
org-safe-house-phone-zemgale = Zemgale
org-embassy-india-about = The embassy of India. Consular help for citizens of India.
org-embassy-india-hours = Not confirmed yet.
org-embassy-india-languages = Not confirmed yet.
org-embassy-kazakhstan-about = The embassy of Kazakhstan. This contact is from 2020: it may have changed.
org-embassy-kazakhstan-hours = Not confirmed yet.
org-embassy-kazakhstan-languages = Not confirmed yet.
org-embassy-moldova-about = The embassy of Moldova. Consular help only with an appointment. The emergency line is only for citizens of Moldova in an emergency, such as an accident, a death or a danger. It gives no consular information.
org-embassy-moldova-hours = Book an appointment by phone on Tuesday and Wednesday, 15:00–17:00.
org-embassy-moldova-languages = Not confirmed yet.
org-embassy-moldova-phone-appointments = Appointments
org-embassy-moldova-phone-emergency = Emergency line

# Listen: the page (or a question) read aloud by the phone's own voice for the language. The
# buttons show only when the phone has such a voice.
listen = Listen
listen-pause = Pause
listen-resume = Continue
listen-stop = Stop

## Share (on every page)
share-title = Share this page
share = Share
share-copy = Copy link
share-copied = Link copied.
share-qr = Show the QR code
share-qr-about = Another phone can scan this code to open this page.
