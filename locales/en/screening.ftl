# The screening aid for professionals: /en/screening/ (choose the person's language) and
# /en/screening/<language>/ (the questions in two languages on one phone). The questions are
# the self-check's (check-q-* in check.ftl); content/screening.toml ties them to the ILO
# indicators.
#
# Messages marked "person" are also shown to the person, in the person's language, beside the
# professional's. Speak to the person in plain words: "I", "you".

screening-title = Screening aid in two languages
screening-summary = For police, border guards, labour inspectors, social workers and doctors with no interpreter: the person reads the questions in their language.
screening-intro = Use this when you meet a person who may need help and you have no interpreter. You read each question in your language. The person reads the same question in theirs and taps the answer on this phone.
screening-private = Nothing is stored or sent. The answers stay on this screen until you erase them or leave the page.
screening-not-verdict = The questions follow the ILO indicators of trafficking. They show signs, not a decision. Formal identification is done by the police, a prosecutor, a court or a service provider's commission.
screening-choose = Which language does the person read?
# The title of the page with the questions. { $language }: the person's language, in its own script.
screening-pair-title = Screening aid: { $language }
screening-give-phone = Give the phone to the person. They can read everything on it.
screening-list-intro = Without JavaScript, the questions are listed below. Ask them one by one.

# person: the opening
screening-opening-who = I work for a public service in Latvia. I want to understand your situation and whether you need help.
# person
screening-opening-stop = You do not have to answer. You can stop at any time.
# person
screening-opening-private = Your answers are not stored or sent. They are gone when we close this page.
# person
screening-opening-how = You will see questions in your language. Read each one and tap your answer.
# person: the button that starts the questions
screening-begin = Begin
# person: the button to the next screen
screening-next = Next

# person: the closing
screening-closing-thanks = Thank you for your answers.
# person
screening-closing-give-back = Please give the phone back to me.

# The screen the professional fills in alone.
screening-observed-title = What you noticed
screening-observed-intro = Mark the signs you noticed yourself, without asking.

# The summary, for the professional.
screening-summary-title = Summary of signs
# { $n }: how many dimensions reach the ILO rule; { $total }: how many there are (6).
screening-met = Signs in { $n } of { $total } dimensions reach the ILO combination rule.
screening-rule = A dimension reaches the rule with at least: two strong signs; or one strong and one medium or weak sign; or three medium signs; or two medium signs and one weak sign.
screening-none = No sign came up in the answers or in what you noticed. This does not rule anything out.
screening-dimension-met = Reaches the rule
screening-dimension-below = Below the rule
screening-grade-strong = strong
screening-grade-medium = medium
screening-grade-weak = weak
# Before the answer that showed the sign, e.g. "Answer: No".
screening-answer = Answer:
screening-observed-sign = You noticed this.
screening-unsure = The person was not sure about:

screening-refer-title = What to do now
screening-refer-both = If you see signs of trafficking, inform both the State Police and a service provider: Shelter "Safe House" or Centre MARTA.
screening-refer-first = Give the person first information: the service providers' numbers, below.
screening-refer-identify = The police, a prosecutor or a court identify a victim. The service provider's commission can do it without the police. The person can also apply to a service provider themselves.

# person: what the person can expect, in their language
screening-expect-title = What can happen next
# person
screening-expect-inform = In Latvia, I tell the State Police and a support service, Shelter "Safe House" or Centre MARTA.
# person
screening-expect-service = The support service can talk with you and explain your choices. The state pays for its help.
# person
screening-expect-no-police = This help does not depend on talking to the police.
# person
screening-expect-decide = You decide what you want to do. You can also call them yourself:

screening-notes = Notes (optional). They are printed with the summary. Do not write a name or anything that identifies the person unless you need it.
screening-print = Print or save as PDF
screening-erase = Erase everything

# The names of the ILO's six dimensions, for the summary.
screening-dim-deceptive-recruitment = Deceptive recruitment
screening-dim-coercive-recruitment = Coercive recruitment
screening-dim-recruitment-vulnerability = Recruitment by abuse of vulnerability
screening-dim-exploitative-conditions = Exploitative conditions of work
screening-dim-coercion-at-destination = Coercion at destination
screening-dim-vulnerability-at-destination = Abuse of vulnerability at destination

# "Prepare this phone", on /<lang>/screening/: stores the aid for every language of the
# person and the self-check in every language, for work with no connection.
screening-prepare-title = Prepare this phone for work without internet
# { $size }: how much it downloads, e.g. "180 KB".
screening-prepare-about = This stores the screening aid for every language, and the self-check in every language, on this phone. It downloads about { $size }.
screening-prepare = Prepare this phone
screening-prepare-done = Ready. The screening aid and the self-check work on this phone without internet.
