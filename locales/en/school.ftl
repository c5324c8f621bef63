# The school section (/en/school/). Stories: content/school.toml and content/scenarios/.
school-title = Stories for class
school-summary = Short stories where you choose what happens. For lessons about trafficking and safe work.
school-intro = In each story, you decide what a young person does. After each choice, you see the warning signs and the safer move. Every story ends with where to get help.
school-private = Nothing you choose is stored or sent. You can play a story again and choose differently.
school-stories = The stories
school-prepare-title = Prepare for class
school-prepare-about = This stores every story and the quiz on this device, so that they work in class without Wi-Fi. It downloads about { $size }.
school-prepare = Prepare for class
school-prepare-done = Ready. The stories and the quiz work on this device without internet.

# The words of every story.
scenario-part = Part { $n }
scenario-private = Nothing you choose is stored or sent.
scenario-ask = What do you do?
scenario-you-chose = You chose: { $choice }
scenario-was-safer = That was the safer move.
scenario-was-risky = That was risky. Many people would do the same.
scenario-signs = Warning signs
scenario-safer = The safer move
scenario-next = Continue
scenario-end-title = How it ends
scenario-help-title = Where to get help
scenario-danger = If you or someone else is in danger now, call 112. You can ask for help at any time, also later.
scenario-again = Play again
scenario-others = Other stories

# The quiz (content/quiz.toml).
quiz-title = Quiz: spot the risk
quiz-summary = Twelve short questions about safe work, job offers and help.
quiz-intro = Answer each question. After each answer, you see why. Your score stays on this screen and is gone when you leave.
quiz-start = Start the quiz
quiz-true = True
quiz-false = False
quiz-spot = Tap every phrase that is a warning sign. Then tap "Check".
quiz-check = Check
quiz-show = Show the answer
quiz-answer = The answer: { $answer }
quiz-right = Right.
quiz-wrong = Not quite.
quiz-flag = A warning sign
quiz-next = Next question
quiz-progress = Question { $n } of { $total }
quiz-score = You got { $n } of { $total } right.
quiz-end = Well done for thinking it through. If something in the quiz reminds you of your own life or a friend's, you can talk to someone.
quiz-again = Start again

quiz-passport-kept = An employer may keep your passport "to keep it safe".
quiz-passport-kept-explain = False. No one may take a Latvian passport or ID card as a pledge, or take it away from you. Your passport belongs to you. If someone keeps it, this is a warning sign.

quiz-job-advert = A job advert: which phrases are warning signs?
quiz-job-advert-hotel = Summer work in a hotel abroad.
quiz-job-advert-high-pay = Pay much higher than usual, for easy work.
quiz-job-advert-no-contract = No contract needed, we trust each other.
quiz-job-advert-fee = Pay a small fee to book your place.
quiz-job-advert-passport = We keep your passport safe during the trip.
quiz-job-advert-english = Some English is useful.
quiz-job-advert-secret = Tell no one, places are limited!
quiz-job-advert-june = Start in June.
quiz-job-advert-explain = Pay that is too good, no written contract, a fee for the job, someone keeping your passport and secrecy are all warning signs. One sign is already a reason to stop and ask.

quiz-who-at-risk = Only girls and young women are trafficked.
quiz-who-at-risk-explain = False. Anyone can be trafficked, boys and men too. In Latvia, people are exploited for work, for sex, for crime such as carrying drugs or fraud, and in sham marriages.

quiz-from-latvia = Most people identified as victims of trafficking in Latvia since 2016 were from Latvia.
quiz-from-latvia-explain = True. Most of them were Latvian nationals. Some were exploited in Latvia, others abroad. It can happen to people from here.

quiz-bank-account = Someone offers you money to let a payment pass through your bank account. What is this?
quiz-bank-account-easy-money = Easy money with no risk.
quiz-bank-account-mule = Being used as a "money mule".
quiz-bank-account-favour = A normal favour.
quiz-bank-account-explain = This is how "money mules" are found. Passing money through your account for someone else can be a crime. Say no, and tell your bank and an adult you trust.

quiz-boyfriend = A new, older boyfriend buys you gifts. He wants you to stop seeing your friends. Then he asks you to "help with his debt". What is this?
quiz-boyfriend-love = Love: he cares about you.
quiz-boyfriend-control = Warning signs of control.
quiz-boyfriend-normal = Normal in a relationship.
quiz-boyfriend-explain = Gifts, then cutting you off from friends, then a "debt" you must help with: this is a known way to control someone. It is never your fault. Talk to someone you trust or a help line.

quiz-casting-advert = A modelling casting: which phrases are warning signs?
quiz-casting-advert-new-faces = Looking for new faces.
quiz-casting-advert-photos = Send private photos to apply.
quiz-casting-advert-fee = Pay a registration fee before the casting.
quiz-casting-advert-studio = Our studio is in Riga.
quiz-casting-advert-alone = Come alone, without your parents.
quiz-casting-advert-explain = Asking for private photos, a fee before any work, and wanting you to come alone are warning signs. A real agency does not need any of them.

quiz-friend-abroad = A friend abroad writes that her boss keeps her passport and she cannot leave. What do you do first?
quiz-friend-abroad-help-line = Help her contact a help line or the police.
quiz-friend-abroad-go-there = Go there yourself to bring her back.
quiz-friend-abroad-wait = Wait and see.
quiz-friend-abroad-explain = Do not go alone: it can put you in danger too. A help line can tell you what to do. If she is in danger now, call 112.

quiz-marriage = Someone offers you a paid trip abroad to marry a stranger "just on paper". What is true?
quiz-marriage-no-risk = There is no risk: it is only paper.
quiz-marriage-risk = You can lose control over your documents, your money and your safety.
quiz-marriage-adventure = It is a free holiday.
quiz-marriage-explain = Sham marriages are one of the most common forms of trafficking in Latvia. Say no, and talk to someone you trust.

quiz-debt = If you owe money to your boss for travel or housing, you must work until the debt is paid, whatever the conditions.
quiz-debt-explain = False. A debt that never gets smaller and keeps you in a job is a warning sign of trafficking. Talk to a help line.

quiz-copies = Before you travel for work, it helps to leave copies of your passport and contract with someone you trust.
quiz-copies-explain = True. Keep copies of the offer, the contract and your passport. Send them to someone you trust at home.

quiz-too-late = If you already said yes to something risky, it is too late to ask for help.
quiz-too-late-explain = False. It is never too late. You can ask for help at any time, also later. It is not your fault.

# The stories (content/scenarios/): written 2026-12-02.
# Stories written by "b": modelling-casting, au-pair, boarding-school, construction-wages, bystander.

## modelling-casting

scenario-modelling-casting-title = A modelling casting
scenario-modelling-casting-summary = A "modelling agency" on Instagram wants a fee and your photos.
scenario-modelling-casting-message = You are 16 and live in Liepāja. A "modelling agency" writes to you on Instagram. They say you have the right look for a casting in Riga. To register, you must pay a fee and send photos.
scenario-modelling-casting-message-signs = A stranger writes first and praises your looks. They want money before any work. They want photos of you. There is no company name or address.
scenario-modelling-casting-message-safer = Do not pay and do not send photos. Show the messages to an adult you trust. Check the agency yourself.
scenario-modelling-casting-message-show-mum = I show the messages to my mum.
scenario-modelling-casting-message-show-mum-result = Your mum reads the messages with you. She does not get angry. She suggests that you check the agency together.
scenario-modelling-casting-message-send-photos = I send some photos and ask about the fee.
scenario-modelling-casting-message-send-photos-result = Many people would answer an offer like this. The agency writes back fast and says you are perfect. Then they ask for more.
scenario-modelling-casting-check = You and your mum look for the agency online. There is no website and no address. The account is only 2 weeks old. Then a new message says: "Pay now, the last places go today."
scenario-modelling-casting-check-signs = No website, no address, a new account. They rush you to decide today. Paying to get work is a warning sign.
scenario-modelling-casting-check-safer = Do not pay. Block and report the account. Tell your friends about it.
scenario-modelling-casting-check-block = I block the account and report it.
scenario-modelling-casting-check-block-result = The account cannot write to you any more. Your report can help protect other people too.
scenario-modelling-casting-check-pay = I pay the fee so I do not miss the chance.
scenario-modelling-casting-check-pay-result = Many people would pay when they are rushed. The agency thanks you. Then they ask for more.
scenario-modelling-casting-pressure = The "agent" now wants new photos of you with less clothing. She also asks for a second fee "for the portfolio". She writes: "Don't tell your parents. Let's make it a surprise."
scenario-modelling-casting-pressure-signs = They ask you to keep it a secret. They ask for photos with less clothing. They keep asking for more money.
scenario-modelling-casting-pressure-safer = Stop answering. Send no more photos or money. Tell an adult you trust, even if you already sent something.
scenario-modelling-casting-pressure-tell-sister = I stop answering and tell my older sister.
scenario-modelling-casting-pressure-tell-sister-result = Your sister stays calm and does not blame you. She helps you save the messages. Then you block the account together.
scenario-modelling-casting-pressure-send-more = I send the photos so I do not lose the job.
scenario-modelling-casting-pressure-send-more-result = You wanted this chance, and they used that. Their next message is not friendly at all.
scenario-modelling-casting-threat = The agent now writes in a different tone. She says she will share your photos unless you pay more. You feel scared and ashamed.
scenario-modelling-casting-threat-signs = Threats to share your photos. Demands for more and more money. Pressure to keep it a secret.
scenario-modelling-casting-threat-safer = Do not pay. Save the messages. Tell an adult you trust now. The police can help with threats like this. It is not your fault.
scenario-modelling-casting-threat-tell-teacher = I show the messages to a teacher I trust.
scenario-modelling-casting-threat-tell-teacher-result = The teacher believes you and stays calm. She helps you save the messages and contact the police.
scenario-modelling-casting-threat-pay-more = I pay again so they delete the photos.
scenario-modelling-casting-threat-pay-more-result = Many people would pay to make it stop. The agent takes the money. A week later, she asks for more.
scenario-modelling-casting-end-safe = You never paid and never sent photos. Your friends see your warning and block the same account. If you want to model, you can look for a real agency with your parents.
scenario-modelling-casting-end-help = You stopped before it got worse. Your sister helped you report the account. A help line explains what else you can do. It is not your fault.
scenario-modelling-casting-end-police = A police officer listens to you and explains the next steps. Your teacher and a help line support you. You are not alone with this. It is not your fault.
scenario-modelling-casting-end-trouble = The threats go on for weeks, and you feel alone. Then you tell a friend, and she helps you call a help line. They listen and do not blame you. It is not too late to get help.

## au-pair

scenario-au-pair-title = An au pair job abroad
scenario-au-pair-summary = A family abroad needs help with their children. They want you next week.
scenario-au-pair-offer = You are 19 and live in Daugavpils. A family abroad writes to you on Facebook. They need an au pair: someone who lives with them and helps with the children. They want you to come next week.
scenario-au-pair-offer-signs = They want you to start very soon. There is no written agreement. You only know them from a chat.
scenario-au-pair-offer-safer = Ask for a written agreement with hours, free days and pay. Have a video call with the family. Tell someone you trust where you are going.
scenario-au-pair-offer-ask-agreement = I ask for a written agreement first.
scenario-au-pair-offer-ask-agreement-result = The family is surprised by your question. They answer only the next day.
scenario-au-pair-offer-go-now = I say yes and pack my bag.
scenario-au-pair-offer-go-now-result = Many people would say yes. It sounds like a nice chance to see another country.
scenario-au-pair-agreement = The family writes: "We are like family, no papers needed." They will not say how many hours you will work. They ask you to decide today.
scenario-au-pair-agreement-signs = They refuse to put anything in writing. Your working hours are not clear. They rush you to decide.
scenario-au-pair-agreement-safer = Say no to a job without clear terms. Look for an au pair agency with good reviews. Talk it over with an adult you trust.
scenario-au-pair-agreement-say-no = I say no and look for a checked agency.
scenario-au-pair-agreement-say-no-result = The family stops writing. You feel a bit sad, but also sure.
scenario-au-pair-agreement-go-anyway = I go anyway, because they seem nice.
scenario-au-pair-agreement-go-anyway-result = Many people would trust a friendly family. You fly out a week later.
scenario-au-pair-arrival = The family meets you at the airport and is very friendly. At home, the mother asks for your passport. "We keep it safe for you," she says.
scenario-au-pair-arrival-signs = The family wants to keep your passport. They say it is for your safety.
scenario-au-pair-arrival-safer = Nobody may keep your passport. Say politely that you keep it yourself. Send your address to a friend at home.
scenario-au-pair-arrival-keep-passport = I say politely that I keep my passport myself.
scenario-au-pair-arrival-keep-passport-result = The mother looks unhappy, but she lets it go. Your passport stays in your bag.
scenario-au-pair-arrival-give-passport = I give her my passport, so I do not seem rude.
scenario-au-pair-arrival-give-passport-result = Many people would do the same in a new home. The mother puts it in a locked drawer.
scenario-au-pair-days = Weeks pass. You work from 7 in the morning until 9 at night. You have no free days. When you ask about it, the father says you still owe them for the ticket.
scenario-au-pair-days-signs = Very long days and no free days. A "debt" for the ticket. You feel tired and alone.
scenario-au-pair-days-safer = You may ask for help at any time. Call a friend at home or a help line. Tell them where you are.
scenario-au-pair-days-call-help = I call my friend Alina and then a help line.
scenario-au-pair-days-call-help-result = Alina listens and helps you find the number. The help line asks where you are and if you are safe.
scenario-au-pair-days-wait = I keep quiet and hope it gets better.
scenario-au-pair-days-wait-result = Many people wait and hope that things change. But the days stay just as long.
scenario-au-pair-end-safe = You find an au pair agency with good reviews. You talk to au pairs who worked with it before. When you go, you know your hours and free days. Your friend Alina knows where you are.
scenario-au-pair-end-help = With Alina and the help line, you make a safe plan. You leave the family and get home safely. It was not your fault. Help was there when you asked.
scenario-au-pair-end-trouble = Months go by, and you feel more and more tired. One day at the playground, you talk to another au pair. She helps you find a help line. It is not your fault, and it is not too late to get help.

## boarding-school

scenario-boarding-school-title = A new friend from the city
scenario-boarding-school-summary = An older friend is kind to you and invites you to Riga.
scenario-boarding-school-new-friend = You are 15 and live at a boarding school in Latgale. Near the shop, you meet Roberts, who is about 20. He buys you food and really listens to you. He invites you to Riga for the weekend and says he will pay for everything.
scenario-boarding-school-new-friend-signs = An older person you just met is very generous. He pays for everything. He wants to take you far from school.
scenario-boarding-school-new-friend-safer = Tell a teacher or staff member you trust about the invitation. Do not travel with someone you just met. Always say where you are going.
scenario-boarding-school-new-friend-tell-teacher = I tell a teacher I trust about the invitation.
scenario-boarding-school-new-friend-tell-teacher-result = Your teacher listens and does not judge you. She asks you to tell her if Roberts writes again.
scenario-boarding-school-new-friend-go = I go with him, because he is kind to me.
scenario-boarding-school-new-friend-go-result = Many people would go. It feels good when someone cares about you. On Saturday you take the bus to Riga with him.
scenario-boarding-school-teacher = That evening, Roberts writes on Telegram: "Don't tell anyone at school. Just come, it will be fun." You like him, and you want to go.
scenario-boarding-school-teacher-signs = He asks you to keep the trip secret from the adults. A real friend does not need secrets from your teachers.
scenario-boarding-school-teacher-safer = Show the message to your teacher. Say no to a trip you have to hide.
scenario-boarding-school-teacher-show-message = I show the message to my teacher.
scenario-boarding-school-teacher-show-message-result = Your teacher thanks you. She says you did nothing wrong. She and the school social worker take it from here.
scenario-boarding-school-teacher-go-anyway = I go anyway, because he has been good to me.
scenario-boarding-school-teacher-go-anyway-result = Many people would go. He was kind, and a trip sounds fun. On Saturday you leave without telling anyone.
scenario-boarding-school-city = In Riga, Roberts changes. He says you owe him for the food, the bus and the room. To pay it back, you must beg at the station or take things from shops.
scenario-boarding-school-city-signs = A "debt" you never agreed to. Being told to beg or steal. Someone who was kind now gives you orders.
scenario-boarding-school-city-safer = You may ask for help at any time. Go to a safe adult: a station worker, a shop worker or a police officer. Call your school.
scenario-boarding-school-city-ask-worker = I go to a station worker and ask for help.
scenario-boarding-school-city-ask-worker-result = The worker takes you to a quiet office. She calls the police, and an officer calls your school.
scenario-boarding-school-city-do-it = I do what he says, because I feel I owe him.
scenario-boarding-school-city-do-it-result = Many people would feel the same. You ask people for coins at the station all day. In the evening, Roberts takes all the money and says the debt is still there.
scenario-boarding-school-pressure = Days pass. Now Roberts wants you to steal from shops. He says: "If you go to the police, you will be the one in trouble."
scenario-boarding-school-pressure-signs = The "debt" never gets smaller. He takes all the money. He scares you so that you stay quiet.
scenario-boarding-school-pressure-safer = He says this to keep you quiet. It is not your fault. Call your school or a help line.
scenario-boarding-school-pressure-call-teacher = I borrow a phone and call my teacher.
scenario-boarding-school-pressure-call-teacher-result = Your teacher answers at once. She is glad you called and does not blame you. She asks where you are and gets help.
scenario-boarding-school-pressure-stay-quiet = I stay quiet, because I am afraid.
scenario-boarding-school-pressure-stay-quiet-result = Being afraid is normal. Roberts counted on that fear.
scenario-boarding-school-end-safe = You stay at school that weekend. Your teacher and the social worker talk with the police about Roberts. You did nothing wrong by telling. It was the right thing to do.
scenario-boarding-school-end-help = A police officer and your teacher help you get back to school safely. Nobody blames you for what happened. A help line explains what support you can get. It is not your fault.
scenario-boarding-school-end-called = Help reaches you the same day. Your teacher comes to meet you, and a social worker talks with you. You can tell them everything when you are ready. It is not your fault.
scenario-boarding-school-end-trouble = One day, a shop guard stops you. You are scared, but a social worker comes to talk with you. You tell her about Roberts, and she listens. It is not your fault, and it is not too late to get help.

## construction-wages

scenario-construction-wages-title = A job on a building site
scenario-construction-wages-summary = A building job with cash pay and housing. Then the pay does not come.
scenario-construction-wages-offer = You are 18 and just finished school in Jelgava. Your friend Nikita knows a boss who needs workers on a building site. The pay is in cash, housing is included, and there is no contract. You can start tomorrow.
scenario-construction-wages-offer-signs = No written contract. Pay only in cash. Housing comes from the boss. You must decide very fast.
scenario-construction-wages-offer-safer = Ask for a written contract before you start. Ask for the company name and check it. Talk to an adult you trust.
scenario-construction-wages-offer-ask-contract = I ask for a written contract first.
scenario-construction-wages-offer-ask-contract-result = The boss says: "Contract later. First show me you can work." He gives you the company name.
scenario-construction-wages-offer-start = I start tomorrow without a contract.
scenario-construction-wages-offer-start-result = Many people would start. You need the money, and Nikita says the boss is okay.
scenario-construction-wages-contract = You have a company name, but still no contract. Your uncle works in building. He offers to help you check the company.
scenario-construction-wages-contract-signs = "Contract later" is a warning sign. Nothing is in writing. You do not know who your employer really is.
scenario-construction-wages-contract-safer = Check the company with an adult you trust. Start work only when you have a written contract.
scenario-construction-wages-contract-check = I check the company with my uncle.
scenario-construction-wages-contract-check-result = You cannot find the company anywhere. Your uncle helps you look for a job with a contract.
scenario-construction-wages-contract-start-anyway = I start anyway, because the pay sounds good.
scenario-construction-wages-contract-start-anyway-result = Many people would do the same. The first days go well.
scenario-construction-wages-site = The work is hard, 6 days a week. After 2 weeks, you still get no pay. The boss says: "I keep it for your housing. The rest I pay later."
scenario-construction-wages-site-signs = Your wages are held back. A cost for housing you never agreed to. Promises to pay later.
scenario-construction-wages-site-safer = An employer must pay you for your work. Write down your days and hours, and keep all messages. Ask a trusted adult or a help line. Do not argue with the boss alone.
scenario-construction-wages-site-get-help = I write down my hours and call a help line.
scenario-construction-wages-site-get-help-result = The help line listens and tells you what you can do. Your notes and messages can help.
scenario-construction-wages-site-wait = I keep working and wait for the money.
scenario-construction-wages-site-wait-result = Many people would wait. You do not want to lose what you earned.
scenario-construction-wages-later = A month later, you still have no pay. The boss says you now owe him for housing and tools. Artjoms, another worker, says the boss never pays anyone.
scenario-construction-wages-later-signs = The "debt" grows instead of your pay. Other workers have the same problem. You feel you cannot leave.
scenario-construction-wages-later-safer = An employer must pay you for your work. Save your notes and messages. Ask a help line what you can do. You may ask for help at any time.
scenario-construction-wages-later-get-help = I save my notes and messages and call a help line.
scenario-construction-wages-later-get-help-result = The help line listens and does not blame you. They explain the next steps. Artjoms decides to call too.
scenario-construction-wages-later-stay = I stay, so I do not lose what he owes me.
scenario-construction-wages-later-stay-result = Many people would stay and hope. The boss keeps saying "next week".
scenario-construction-wages-end-safe = Two weeks later, you start a job with a written contract. You know your hours and your pay. You tell Nikita to check the boss too.
scenario-construction-wages-end-help = You stop working for the boss. The help line explains how you can ask for your wages. It was not your fault. You asked for help early, and that matters.
scenario-construction-wages-end-late = You and Artjoms leave the site together. A help line supports you with the next steps. It is not your fault. It was not too late to ask for help.
scenario-construction-wages-end-trouble = Months pass, and the "debt" keeps growing. One day, you tell your mother everything. She helps you call a help line. It is not your fault, and it is not too late.

## bystander

scenario-bystander-title = A friend who has changed
scenario-bystander-summary = Your classmate seems different. What can a friend do?
scenario-bystander-notice = Your classmate Daniels has changed. He is tired in class and often skips school. He has new sneakers and a new phone. After school, an older guy in a car picks him up.
scenario-bystander-notice-signs = He is tired and misses school. He has expensive new things. An older "friend" picks him up.
scenario-bystander-notice-safer = Talk to Daniels kindly, when you are alone. Listen and do not judge. Do not just look away.
scenario-bystander-notice-talk = I ask Daniels kindly how he is doing.
scenario-bystander-notice-talk-result = Daniels is surprised, but he agrees to sit with you at lunch.
scenario-bystander-notice-joke = I joke about his rich new friend in front of others.
scenario-bystander-notice-joke-result = The others laugh. Daniels goes quiet and stops sitting with you. Jokes can push a friend away.
scenario-bystander-notice-ignore = I say nothing, because it is not my business.
scenario-bystander-notice-ignore-result = Many people would stay out of it. It can feel safer not to get involved.
scenario-bystander-talk = At lunch, Daniels says the older guy gives him "small jobs". He looks worried. He says: "I can't stop now. I owe him."
scenario-bystander-talk-signs = "Small jobs" for an older person. A debt he cannot get out of. He seems scared.
scenario-bystander-talk-safer = Tell him it is not his fault. Tell a trusted adult, like a teacher or the school psychologist. Do not go to the older guy yourself.
scenario-bystander-talk-tell-adult = I say I care, and we go to the school psychologist together.
scenario-bystander-talk-tell-adult-result = Daniels is nervous, but he comes with you. The psychologist listens to him calmly.
scenario-bystander-talk-confront = I go to the older guy and tell him to leave Daniels alone.
scenario-bystander-talk-confront-result = You want to protect your friend, and that is brave. But the guy just laughs. Then he tells Daniels to stop talking to you.
scenario-bystander-talk-keep-secret = I promise Daniels to keep it a secret.
scenario-bystander-talk-keep-secret-result = Daniels trusts you. But now you are alone with a big worry.
scenario-bystander-worse = Two weeks later, Daniels misses a whole week of school. Someone says the older guy is "his boss". You feel worried and do not know what to do.
scenario-bystander-worse-signs = He misses more and more school. An older person has power over him. Things are getting worse.
scenario-bystander-worse-safer = It is never too late to act. Tell a teacher you trust what you have seen. Or write Daniels a kind message.
scenario-bystander-worse-tell-teacher = I tell our class teacher what I have noticed.
scenario-bystander-worse-tell-teacher-result = The teacher thanks you and takes it seriously. She says you did the right thing.
scenario-bystander-worse-write = I write Daniels a kind message.
scenario-bystander-worse-write-result = Daniels answers after an hour. He asks if you can talk tomorrow at lunch.
scenario-bystander-worse-wait = I wait, because maybe it is just gossip.
scenario-bystander-worse-wait-result = Many people would wait and hope. Daniels stays away from school.
scenario-bystander-confronted = Now the older guy knows who you are. Daniels is angry and scared. He says you made things worse.
scenario-bystander-confronted-signs = The older guy knows you now. Daniels is more afraid than before. This is too big to handle alone.
scenario-bystander-confronted-safer = Do not go to the older guy again. Tell a trusted adult about everything. If you feel unsafe, tell an adult at once.
scenario-bystander-confronted-tell-adult = I tell the school psychologist everything.
scenario-bystander-confronted-tell-adult-result = The psychologist listens and thanks you. She talks with you about how to keep you and Daniels safe.
scenario-bystander-confronted-stay-away = I stay away from all of it now.
scenario-bystander-confronted-stay-away-result = Many people would pull back after a scare. But the worry about Daniels stays.
scenario-bystander-secret = A few days later, Daniels writes to you late at night: "I'm okay. Please don't tell anyone." He has not been at school for 3 days.
scenario-bystander-secret-signs = He is away from school again. He asks you to keep quiet. Some secrets are not safe to keep.
scenario-bystander-secret-safer = Tell a trusted adult, even if you promised. Keeping a friend safe matters more than a promise.
scenario-bystander-secret-tell-adult = I tell a teacher I trust, even though I promised.
scenario-bystander-secret-tell-adult-result = It is hard to break a promise. The teacher thanks you and knows who to contact.
scenario-bystander-secret-keep = I keep my promise and say nothing.
scenario-bystander-secret-keep-result = You wanted to be a loyal friend. But Daniels is still alone with his problem.
scenario-bystander-end-safe = The psychologist and other adults start to help Daniels. It takes time, but he comes back to school. One day he says: "Thank you for not looking away."
scenario-bystander-end-help = Adults who know how to help now talk with Daniels. You do not have to solve it yourself. Telling was the right thing to do, and it was brave.
scenario-bystander-end-trouble = Daniels still seems far away, and you still worry. It is not too late. You can tell a trusted adult or call a help line at any time. Help exists for Daniels too.

# Stories written by "a": summer-job-abroad, bank-account, loverboy, sham-marriage, courier-debt.

## summer-job-abroad

scenario-summer-job-abroad-title = A summer job abroad
scenario-summer-job-abroad-summary = An Instagram account offers summer work on a farm abroad, with travel "all arranged".
scenario-summer-job-abroad-offer = You are 17 and live in Jelgava. An Instagram account offers summer work on a berry farm abroad. The pay is twice the usual. Travel and a bed are "all arranged" if you send a photo of your passport.
scenario-summer-job-abroad-offer-signs = A stranger writes first. The pay is much higher than usual. There is no company name. They want a photo of your passport before anything else.
scenario-summer-job-abroad-offer-safer = Talk to an adult you trust. Look for the company yourself. Do not send passport photos to strangers. Never pay to get a job.
scenario-summer-job-abroad-offer-ask-mum = I show the offer to my mum.
scenario-summer-job-abroad-offer-ask-mum-result = Your mum reads it with you and does not laugh at the idea. She suggests you ask for the company name and a contract.
scenario-summer-job-abroad-offer-say-yes = I say yes and send the passport photo.
scenario-summer-job-abroad-offer-say-yes-result = Many people would say yes. It sounds like a good summer. The account books your ticket the same day and says you can pay for it "later".
scenario-summer-job-abroad-check = You ask for the company name and a written contract. The recruiter says there is no time for papers. The ticket is a "travel loan" you pay back from your wages. You must decide today.
scenario-summer-job-abroad-check-signs = No contract and no company name. They rush you to decide. You start with a debt before you work a single day.
scenario-summer-job-abroad-check-safer = Say no to a job without a written contract. Do not take a ticket on credit from an employer. A real employer gives you time to think.
scenario-summer-job-abroad-check-say-no = I say no. A job without a contract is not for me.
scenario-summer-job-abroad-check-say-no-result = The recruiter writes that you are missing a great chance. Then the account goes quiet. You lose nothing by saying no.
scenario-summer-job-abroad-check-go-anyway = I go anyway. Maybe the contract comes later.
scenario-summer-job-abroad-check-go-anyway-result = Many people would go. Your mum is worried, but you promise to call her every day.
scenario-summer-job-abroad-arrival = You land abroad. A man who calls himself the manager meets you. He asks for your passport. He says he will keep it safe and "do the papers".
scenario-summer-job-abroad-arrival-signs = Someone wants to keep your passport. There is still no contract. You do not know the address where you will live.
scenario-summer-job-abroad-arrival-safer = Keep your passport with you. Nobody may keep your passport. Send your address to someone at home.
scenario-summer-job-abroad-arrival-keep-passport = I say I will keep my passport myself.
scenario-summer-job-abroad-arrival-keep-passport-result = The manager frowns but lets it go. You keep the passport in your pocket. You send your address to your mum.
scenario-summer-job-abroad-arrival-give-passport = I give him my passport. He is the boss.
scenario-summer-job-abroad-arrival-give-passport-result = Many people would trust the boss. He puts your passport in his bag. He says you will get it back "at the end".
scenario-summer-job-abroad-debt = After 2 weeks, the manager shows you a list. The ticket, the bed and the food cost more than you earned. He calls it your "travel debt". He says you cannot leave until it is paid.
scenario-summer-job-abroad-debt-signs = A debt that grows instead of getting smaller. Your wages go to housing and food. You are told you cannot leave.
scenario-summer-job-abroad-debt-safer = An employer must pay you for your work. Tell someone at home. Contact a help line. You may ask for help at any time, also later.
scenario-summer-job-abroad-debt-message-home = I secretly write to my mum and a help line.
scenario-summer-job-abroad-debt-message-home-result = Your mum answers at once. The help line listens and does not blame you. Together you make a plan to get home.
scenario-summer-job-abroad-debt-work-more = I stay and work more to pay the debt.
scenario-summer-job-abroad-debt-work-more-result = Many people would try to pay it off. But each week the list gets longer. You feel stuck and tired.
scenario-summer-job-abroad-end-safe = You spend the summer at home and find a job in Jelgava. You tell your friends about the account. Next time, you know what to check first.
scenario-summer-job-abroad-end-help = With your mum and the help line, you get out and travel home. It was not your fault. Help was there when you asked.
scenario-summer-job-abroad-end-trouble = The summer ends, and the debt is still there. One evening, another worker lends you her phone. You call a help line, and they listen. It is not your fault, and it is not too late to get help.

## bank-account

scenario-bank-account-title = Renting out your bank account
scenario-bank-account-summary = Someone on Telegram offers easy money for the use of your bank account.
scenario-bank-account-offer = You are 16 and live in Rēzekne. In a Telegram group, someone offers "easy money". You only need to "rent" them your bank account for a week.
scenario-bank-account-offer-signs = Money for doing almost nothing. A stranger wants to use your bank account. They say it is "totally legal".
scenario-bank-account-offer-safer = Do not answer. Your bank account, card and Smart-ID are only for you. Tell an adult you trust.
scenario-bank-account-offer-ignore = I do not answer and leave the group.
scenario-bank-account-offer-ignore-result = You leave the group. The next day at school, a classmate talks about the same offer.
scenario-bank-account-offer-ask-more = I ask how it works.
scenario-bank-account-offer-ask-more-result = Many people would be curious. The answer comes in a minute. The person sounds friendly and sure.
scenario-bank-account-details = Money will come into your account, and you send it on at once. You keep a part. Or you give them your card and Smart-ID login, and they do it all.
scenario-bank-account-details-signs = They want your card, PIN or Smart-ID login. Money from strangers goes through your account. They say nobody will ever know.
scenario-bank-account-details-safer = Say no. Passing money through your account for someone else can be a crime. Tell the bank and an adult you trust.
scenario-bank-account-details-say-no = I say no and tell my mum and the bank.
scenario-bank-account-details-say-no-result = Your mum is glad you told her. The bank thanks you and explains how to stay safe. You block the person.
scenario-bank-account-details-give-login = I give them my card and Smart-ID login.
scenario-bank-account-details-give-login-result = Many people would think it is harmless. They send you a little money as a "thank you". Now they can use your account.
scenario-bank-account-classmate = Your classmate Artjoms says he did it. He bought new sneakers with the money. He says: "Don't be scared, everybody does it. I can give them your name."
scenario-bank-account-classmate-signs = A friend pushes you and says everybody does it. Easy money with no real work. Pressure to decide quickly.
scenario-bank-account-classmate-safer = Say no, even to a friend. Tell an adult you trust. A friend who is already in it may need help too.
scenario-bank-account-classmate-tell-dad = I say no and tell my dad about the group.
scenario-bank-account-classmate-tell-dad-result = Your dad listens and stays calm. He helps you report the group. You tell Artjoms that he can still ask for help.
scenario-bank-account-classmate-try-once = I say yes, just once.
scenario-bank-account-classmate-try-once-result = Many people would try once when a friend says it is fine. Artjoms passes on your name. The next day, a stranger writes to you.
scenario-bank-account-transfers = Money from strangers comes into your account, and you must send it on fast. Then the bank blocks your account and asks you to come in. The man writes: "Tell them nothing, or you will have problems."
scenario-bank-account-transfers-signs = Money from people you do not know. Your account is blocked. Someone threatens you if you talk.
scenario-bank-account-transfers-safer = Tell the bank the truth. Tell an adult you trust. If someone threatens you, the police can help. You may ask for help at any time, also later.
scenario-bank-account-transfers-tell-bank = I go to the bank with my mum and tell the truth.
scenario-bank-account-transfers-tell-bank-result = It is hard, but you tell them everything. The bank explains the next steps. Your mum stays with you.
scenario-bank-account-transfers-stay-quiet = I stay quiet and do what the man says.
scenario-bank-account-transfers-stay-quiet-result = Many people would be too scared to speak. But the man keeps writing. Now he wants you to open a second account.
scenario-bank-account-end-safe = You said no, and your account is only yours. The adult you told helped you report the offer. You warn your friends about the group too.
scenario-bank-account-end-help = The account is in your name, so the questions come to you. But you told the truth early, and adults are helping you. If the man threatens you, the police can help. It is not too late to put things right.
scenario-bank-account-end-trouble = The account is in your name, so the bank and the police ask you about it. You feel trapped and alone. Then you tell the school social worker everything. She does not blame you and helps you get support. It is not too late to get help.

## loverboy

scenario-loverboy-title = A boyfriend with gifts
scenario-loverboy-summary = An older boyfriend from Instagram is sweet at first. Then he wants something back.
scenario-loverboy-meet = You are 15 and live in Daugavpils. On Instagram, you meet Roberts, who is 22. He buys you gifts and says you are special. He asks you to keep him a secret from your parents.
scenario-loverboy-meet-signs = An older person gives you many gifts very quickly. He wants you to keep him a secret. He says only he understands you.
scenario-loverboy-meet-safer = Tell a friend or an adult you trust about him. Gifts should never make you owe someone. Keep seeing your friends.
scenario-loverboy-meet-tell-sofija = I tell my best friend Sofija about him.
scenario-loverboy-meet-tell-sofija-result = Sofija is happy for you, but she asks some questions. Why is he so much older? Why must it be a secret?
scenario-loverboy-meet-keep-secret = I keep him a secret, like he asks.
scenario-loverboy-meet-keep-secret-result = Many people would keep a secret for someone they like. It feels special. But now only Roberts knows what is going on.
scenario-loverboy-friends = Roberts wants to see you every evening. He says Sofija is jealous and bad for you. He gets upset when you go out without him. You see your friends less and less.
scenario-loverboy-friends-signs = He wants to cut you off from your friends. He gets upset when you spend time with others. You feel you must choose between him and everyone else.
scenario-loverboy-friends-safer = Keep seeing your friends. Talk to someone you trust about how he acts. Someone who loves you does not make you lonely.
scenario-loverboy-friends-see-friends = I go out with Sofija anyway and tell her how he acts.
scenario-loverboy-friends-see-friends-result = Sofija says it does not sound like love. She goes with you to the school psychologist. For the first time, you say it all out loud.
scenario-loverboy-friends-drop-friends = I stop meeting my friends to keep him happy.
scenario-loverboy-friends-drop-friends-result = Many people would do this for someone they love. Roberts is sweet again for a while. But now he is almost the only person you talk to.
scenario-loverboy-debt = One day, Roberts is sad and scared. He says he owes money to dangerous people. He asks you to come to Riga and "help with his debt". He will not say what the help is.
scenario-loverboy-debt-signs = He makes his problems your problems. He asks you to "help with his debt". He will not say what you must do.
scenario-loverboy-debt-safer = Say no. His debt is not your debt. Tell an adult you trust, even if he asks you not to.
scenario-loverboy-debt-say-no = I say no. His debt is not my problem.
scenario-loverboy-debt-say-no-result = It is hard to say no to someone you care about. Roberts goes quiet. Then his messages change.
scenario-loverboy-debt-agree = I say yes, because I want to help him.
scenario-loverboy-debt-agree-result = Many people would want to help someone they love. But he is using your feelings. Before the trip, his messages change.
scenario-loverboy-threat = His tone is cold now. He says he has private photos of you, from when you trusted him. He will share them if you do not do what he says. Or if you tell anyone.
scenario-loverboy-threat-signs = Threats to share private photos. Demands to do what he says. Pressure to keep it all a secret.
scenario-loverboy-threat-safer = Do not stay alone with this. Save the messages and tell an adult you trust now. Sharing your photos would be his wrongdoing, not yours. It is never your fault.
scenario-loverboy-threat-tell-adult = I show the messages to my mum and the school psychologist.
scenario-loverboy-threat-tell-adult-result = It is very hard, but you do it. They believe you and do not blame you. They help you save the messages and contact the police.
scenario-loverboy-threat-do-as-told = I do what he says, so the photos stay hidden.
scenario-loverboy-threat-do-as-told-result = Many people would do almost anything to stop their photos being shared. But he does not stop. He asks for more each time.
scenario-loverboy-end-safe = You end it with Roberts, with Sofija and the psychologist by your side. You block him everywhere. It was not your fault that he treated you like this. Your friends are there, and so is help if you need it.
scenario-loverboy-end-help = You are not alone with this any more. The police and a help line listen to you. If he shares the photos, the wrong is his, not yours. It was never your fault.
scenario-loverboy-end-trouble = For a while, you feel trapped and ashamed. Then one day, you write to Sofija. She helps you contact a help line, and they listen without blaming you. It is never your fault, and it is not too late to get help.

## sham-marriage

scenario-sham-marriage-title = A wedding "just on paper"
scenario-sham-marriage-summary = A free trip abroad and money, if you marry a stranger "just on paper".
scenario-sham-marriage-offer = You are 19 and study at a vocational school in Liepāja. A woman on WhatsApp offers you a free trip abroad and good money. You only have to marry a man you have never met. "It's just on paper, nothing changes for you," she says.
scenario-sham-marriage-offer-signs = Money and a free trip for a marriage. A stranger says it is "just on paper". You would marry someone you have never met.
scenario-sham-marriage-offer-safer = Talk to an adult you trust before you decide. A marriage is never "just on paper". Do not travel with people you only know from a chat.
scenario-sham-marriage-offer-ask-aunt = I ask my aunt what she thinks.
scenario-sham-marriage-offer-ask-aunt-result = Your aunt listens and does not judge you. She says a marriage is real, even if someone calls it paper.
scenario-sham-marriage-offer-say-yes = I say yes. It sounds like easy money.
scenario-sham-marriage-offer-say-yes-result = Many people would say yes when money is tight. The woman sends you a ticket. She says you must not tell anyone.
scenario-sham-marriage-think = The woman writes again and again. The ticket is booked, and you must decide today. She says: "If you say no now, you owe me for the ticket."
scenario-sham-marriage-think-signs = They rush you to decide. They talk about a debt before you have even agreed. They want it kept secret.
scenario-sham-marriage-think-safer = Say no, even if they talk about a debt. Block the number. Tell an adult you trust or a help line.
scenario-sham-marriage-think-say-no = I say no and block the number.
scenario-sham-marriage-think-say-no-result = The woman sends one angry message. Then nothing. Your aunt is proud of you.
scenario-sham-marriage-think-go-anyway = I go anyway. I do not want trouble about the ticket.
scenario-sham-marriage-think-go-anyway-result = Many people would feel they have no choice. You pack a small bag. Only your aunt knows a little.
scenario-sham-marriage-trip = You land abroad. A man meets you and takes your passport "for the wedding papers". You stay in a flat with two other young women. You are told not to go out alone.
scenario-sham-marriage-trip-signs = Someone takes your passport. You may not go out alone. You are far from home and do not know the address.
scenario-sham-marriage-trip-safer = Nobody may keep your passport. Send your location to someone you trust. Contact a help line as soon as you can.
scenario-sham-marriage-trip-send-location = I secretly send my location to my aunt and a help line.
scenario-sham-marriage-trip-send-location-result = Your aunt answers at once. The help line tells you what to do next. You are not alone any more.
scenario-sham-marriage-trip-go-along = I go along with it. It is only a few days.
scenario-sham-marriage-trip-go-along-result = Many people would wait and hope for the best. The wedding takes a few minutes. You sign papers you cannot read.
scenario-sham-marriage-after = After the wedding, the money does not come. The man says you owe him for the trip and the flat. You must stay and work to pay it back. He still has your passport.
scenario-sham-marriage-after-signs = The promised money does not come. A debt appears out of nowhere. Your passport is kept. You are told to stay and work.
scenario-sham-marriage-after-safer = Contact a help line or someone at home. You may ask for help at any time, also later. It is not your fault.
scenario-sham-marriage-after-call-help = I write to a help line at night.
scenario-sham-marriage-after-call-help-result = The help line answers and believes you. They start to help you get home. It takes time, but someone is on your side.
scenario-sham-marriage-after-stay = I stay and work, so I can get my passport back.
scenario-sham-marriage-after-stay-result = Many people would hope to pay it off. But the debt keeps growing. Your passport stays with him.
scenario-sham-marriage-end-safe = You stay in Liepāja and finish your studies. You tell your friends about the woman on WhatsApp. If money is tight, you know you can ask an adult for advice.
scenario-sham-marriage-end-help = With your aunt and the help line, you get back home. The help line can guide you with the papers too. It was not your fault. You asked for help, and it came.
scenario-sham-marriage-end-late = It took time, but you are home. The help line helps you with the next steps, also with the papers. It was not your fault. It was not too late.
scenario-sham-marriage-end-trouble = Months pass, and you feel stuck. One day, one of the other women gets hold of a phone. You call a help line together, and they listen. It is not your fault, and it is not too late to get help.

## courier-debt

scenario-courier-debt-title = A courier side job
scenario-courier-debt-summary = A Telegram ad offers cash every day for carrying small parcels.
scenario-courier-debt-ad = You are 17 and live in Riga. A Telegram ad says: "Courier job, cash every day, no experience." You would carry small parcels around the city.
scenario-courier-debt-ad-signs = Cash every day for easy work. Only a Telegram account, no company. Nobody talks about a contract.
scenario-courier-debt-ad-safer = Ask for the company name and a contract. Look the company up yourself. Ask an adult you trust.
scenario-courier-debt-ad-ask-company = I ask for the company name and a contract.
scenario-courier-debt-ad-ask-company-result = The answer takes a long time. It does not give a company name.
scenario-courier-debt-ad-start-now = I say yes and start tomorrow.
scenario-courier-debt-ad-start-now-result = Many people would take a side job like this. It sounds simple. You get your first address that evening.
scenario-courier-debt-check = The manager says there is no company and no contract. "Cash only. Don't open the parcels, don't ask what is inside." He wants a photo of your ID card "for safety".
scenario-courier-debt-check-signs = No company and no contract. You must not know what you carry. They want a photo of your ID card.
scenario-courier-debt-check-safer = Say no. Never carry something when you may not know what is inside. Do not send your ID to strangers.
scenario-courier-debt-check-say-no = I say no and block the account.
scenario-courier-debt-check-say-no-result = The manager writes: "Your loss." You block him. You miss the money a little, but you are safe.
scenario-courier-debt-check-try-anyway = I try it anyway. It is only parcels.
scenario-courier-debt-check-try-anyway-result = Many people would think, "What can go wrong?" You send the photo of your ID card. The first address comes that evening.
scenario-courier-debt-runs = For a week, you carry small taped parcels. You leave them at bus stops and in stairwells. The cash comes fast. You are told never to open a parcel.
scenario-courier-debt-runs-signs = Parcels left at bus stops, not at real addresses. You must not know what is inside. The pay is too high for the work.
scenario-courier-debt-runs-safer = Stop now. Do not pick up more parcels. Tell an adult you trust. You may ask for help at any time, also later.
scenario-courier-debt-runs-stop = I stop and tell my older brother what I did.
scenario-courier-debt-runs-stop-result = Your brother is worried, but he does not shout. He helps you block the account. He says it is good you stopped now.
scenario-courier-debt-runs-keep-going = I keep going. The money is good.
scenario-courier-debt-runs-keep-going-result = Many people would keep going when the money comes fast. You buy a new jacket. Then something goes wrong.
scenario-courier-debt-lost = One evening, a parcel "gets lost". Someone takes it from the bus stop before the buyer comes. The manager says it is your fault and you owe him for it. He sends a photo of your building and says you will carry more to pay.
scenario-courier-debt-lost-signs = A debt you cannot check. Threats that show they know where you live. Demands to carry more to "pay it back".
scenario-courier-debt-lost-safer = Do not carry more and do not pay. Save the messages. Tell an adult you trust, and contact the police or a help line. It is not your fault.
scenario-courier-debt-lost-tell-adult = I show the messages to my mum.
scenario-courier-debt-lost-tell-adult-result = Your mum is scared too, but she stays with you. She helps you save the messages. Together you contact the police and a help line.
scenario-courier-debt-lost-pay-back = I give them all my savings.
scenario-courier-debt-lost-pay-back-result = Many people would pay to make it stop. The manager takes the money. He says it is not enough, and you still owe him.
scenario-courier-debt-lost-carry-more = I carry more parcels to pay off the debt.
scenario-courier-debt-lost-carry-more-result = Many people would do this when they are scared. But the debt never gets smaller. Each week, there are more parcels.
scenario-courier-debt-end-safe = You never carried a single parcel. Later, you find a real side job with a contract. You warn your friends about the ad on Telegram.
scenario-courier-debt-end-stop = You stopped early, and your brother is on your side. If the account writes again, you do not answer alone. A help line can tell you what else to do. It was brave to tell someone.
scenario-courier-debt-end-help = You are not alone with the threats any more. The police and a help line listen to you and explain the next steps. You were tricked, and it is not your fault. It is not too late to put things right.
scenario-courier-debt-end-trouble = The demands do not stop, and you feel trapped. Then you tell a youth worker everything. He does not blame you and helps you contact a help line and the police. It is not your fault, and it is not too late to get help.

## The classroom screen: /<lang>/school/present/ lists what it shows, and
## /<lang>/school/present/<story or quiz>/ shows it on a projector, one step at a time.
present-title = Classroom screen
present-summary = Show a story or the quiz on the projector, one step at a time, in large type.
present-intro = Open this page on the computer that shows the projector's picture. Then choose a story or the quiz. Students can follow on their phones.
present-choose = What to show
present-keys = Keys
present-key-next = Next: the right arrow, Space, or the clicker's "next" button. In a story, "next" first shows the warning signs and the safer move.
present-key-back = Back: the left arrow, or the clicker's "back" button.
present-key-choose = At a choice: press the number of the class's choice, or click it. With "next" alone, the story takes the safer choice.
present-key-black = B: a black screen, for a pause. Press B again to come back.
present-key-full = F: full screen. Escape leaves full screen.
present-key-ends = Home: the start. End: the end.
present-follow = Follow on your phone
present-start = Start
