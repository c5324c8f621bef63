# The page for organisations (/<lang>/for-organisations/) and the campaign cards it lists.
# Latvia's plan against trafficking in human beings 2025–2027 (measure 2.2) asks for posts on
# social media on two days a year. NGOs, schools and embassies share these as they are.
# Short sentences: the post is read on a phone, between other posts.

kit-title = For organisations: cards, posters and posts
kit-summary = Pictures and text for social media on 30 July and 18 October, and posters to print, in every language.
kit-intro = Share this app with the people you work with. Below are pictures and text for a post, and posters and leaflets, in each language. You may share and print them as they are.
kit-days = Latvia's plan against human trafficking has posts on social media on two days each year:
kit-language-draft = The texts in this language are drafts. A native speaker has not checked them yet.
kit-card = Picture for a post (1200 × 630)
kit-post = Text for the post
kit-post-how = Select the text and copy it into your post.
kit-posters = Posters and leaflets to print
kit-poster-a4 = A4 poster
kit-poster-a3 = A3 poster
kit-poster-a3-outdoor = A3 poster for outdoors
kit-poster-a6 = A6 leaflet, two-sided
kit-poster-bilingual = A4 poster, in Latvian and this language

# The two days. The dates are in content/campaigns.toml, with their sources.
campaign-world-day = 30 July: World Day against Trafficking in Persons
campaign-eu-day = 18 October: EU Anti-Trafficking Day

# On the card, under the day's name: what the app is for, in one line.
campaign-card = Working in Latvia? Know your rights. Find out where to get help.

# The post. $day is the day's name above; $link is the address of the app in this language.
campaign-post =
    { $day }.
    Are you working in Latvia, or going there to work? Know your rights: pay, contracts, documents, housing and health.
    Find out where to get help. It is free, in your language, and works without the internet once opened: { $link }
    In an emergency, call 112.
