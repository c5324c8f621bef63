# The self-check (/en/check/). Questions and signs: content/screening.toml.
check-title = Check your situation
check-summary = A few questions about your work. Your answers stay on this screen.
check-intro = Answer a few questions about your work and your life here. There are no right or wrong answers. You can stop at any time.
check-private = Nothing you answer is stored or sent. When you leave this page, your answers are gone.
check-list-intro = These are the questions. If one of them worries you, talk to a help line.
check-start = Start
check-yes = Yes
check-no = No
check-not-sure = Not sure
check-back = Back
check-progress = Question { $n } of { $total }
check-result-title = What your answers show
check-result-signs = Your answers show these signs:
check-result-none = Your answers show none of the signs we asked about. If something still feels wrong, talk to a help line.
check-result-unsure = You were not sure about these questions. A help line can help you find out:
check-not-legal = This is not a legal assessment. It shows signs, not a decision. A help line can look at your situation with you.
check-next-step = Next step: talk to one of these help lines.
check-start-again = Start again (forgets your answers)
check-danger = If you are in danger now, call 112.

# The questions, asked of the person.
check-q-job-as-promised = Are the work, the place and the employer what you were promised?
check-q-pay-as-promised = Is your pay what you were promised?
check-q-papers-as-promised = Did you get the visa or work permit that you were promised?
check-q-threatened-before = Before you started this job, did anyone threaten you or your family?
check-q-debt-to-recruiter = Do you owe money to the people who found you this job or brought you here?
check-q-told-police-wont-help = Did someone tell you that the police in Latvia will not help you?
check-q-day-off = Do you get at least one day off every week?
check-q-all-pay = Do you get all the pay for the work you did?
check-q-pay-taken = Does your employer take money from your pay for fines or costs you did not agree to?
check-q-safe-home = Do you have a safe place to live, with your own bed?
check-q-safety-gear = Do you get the safety equipment your work needs?
check-q-passport = Do you keep your passport yourself?
check-q-debt-to-employer = Do you owe your employer money that you cannot pay back?
check-q-free-to-go-out = Can you go out when you are not working?
check-q-hurt = Has anyone at work hurt you?
check-q-report-threat = Has anyone said they will report you to the police or migration office?
check-q-free-to-quit = Could you stop working for this employer if you wanted to?
check-q-depend-on-employer = Does your employer decide where you live and how you get to work?
check-q-afraid-of-authorities = Are you afraid to go to the police or other officials?

# The signs, as the result lists them.
check-sign-job-as-promised = The work, the place or the employer is not what you were promised.
check-sign-pay-as-promised = Your pay is not what you were promised.
check-sign-papers-as-promised = You did not get the visa or permit you were promised.
check-sign-threatened-before = Someone threatened you or your family before you started.
check-sign-debt-to-recruiter = You owe money to the people who found you this job.
check-sign-told-police-wont-help = Someone told you that the police will not help you.
check-sign-day-off = You do not get a day off every week.
check-sign-all-pay = You do not get all your pay.
check-sign-pay-taken = Money is taken from your pay without your agreement.
check-sign-safe-home = You do not have a safe place to live.
check-sign-safety-gear = You do not get the safety equipment you need.
check-sign-passport = Someone else keeps your passport.
check-sign-debt-to-employer = You have a debt to your employer that you cannot pay back.
check-sign-free-to-go-out = You cannot go out when you are not working.
check-sign-hurt = Someone at work hurt you.
check-sign-report-threat = Someone said they will report you to the authorities.
check-sign-free-to-quit = You feel you cannot leave this employer.
check-sign-depend-on-employer = Your employer controls your housing and transport.
check-sign-afraid-of-authorities = You are afraid of the police or officials.

# What the signs of each dimension can mean.
check-dim-deceptive-recruitment = You may have been deceived about the job. A help line can tell you your rights.
check-dim-coercive-recruitment = Someone may have used threats or a debt to make you take the job. This can be a sign of human trafficking.
check-dim-recruitment-vulnerability = Someone may have told you false things so that you do not ask for help. The help lines help foreign workers too.
check-dim-exploitative-conditions = Your work or housing may not respect your rights. The State Labour Inspectorate can check your employer.
check-dim-coercion-at-destination = Someone may be forcing you to work. This can be a sign of forced labour or human trafficking. A help line can help you.
check-dim-vulnerability-at-destination = You may depend on your employer more than is safe. A help line can tell you your options.

# What a professional may notice without asking (screening).
check-observed-injuries = Injuries or signs of violence
check-observed-no-documents = Has no identity document
check-observed-someone-answers = Someone else answers for the person or stays close
check-observed-fear = Signs of fear or anxiety
check-observed-unfit-for-work = Clothing or equipment not fit for the work or the weather
check-observed-unknown-address = Does not know the address of home or work
