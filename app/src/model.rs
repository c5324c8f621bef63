//! The data one page needs, and nothing else.
//!
//! The native pre-renderer (xtask) fills a [`PageData`] from content/ and locales/, renders
//! the app to HTML with it, and embeds the same value in the page as JSON. In the browser the
//! WASM reads that JSON back and hydrates the page from identical data: the app never reads
//! files and never fetches text, so what the server wrote is exactly what the client takes over.

use serde::{Deserialize, Serialize};

/// Everything rendered on one page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PageData {
    /// BCP 47 code of the page's language, e.g. "lv".
    pub lang: String,
    pub dir: Dir,
    /// The page's own path, e.g. "/lv/pay/".
    pub path: String,
    /// Link to this language's home page, e.g. "/lv/".
    pub home_href: String,
    /// Link to this language's help page, e.g. "/lv/help/".
    pub help_href: String,
    /// Short UI strings, already resolved from the Fluent files for this language.
    pub ui: Ui,
    /// The same page in every language, for the language menu.
    pub languages: Vec<LanguageLink>,
    /// "This saves about 250 KB on the phone.": the size of keeping every language offline.
    pub keep_all_size: String,
    pub body: PageBody,
}

/// The direction a language is written in: the value of the HTML `dir` attribute, and in
/// the embedded JSON the same word ("ltr" / "rtl").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dir {
    /// Left to right: every language here except Urdu.
    #[default]
    Ltr,
    /// Right to left (Urdu).
    Rtl,
}

impl Dir {
    /// Reads the word of content/languages.toml (or of the embedded JSON); `None` for any
    /// other word.
    pub fn parse(word: &str) -> Option<Dir> {
        match word {
            "ltr" => Some(Dir::Ltr),
            "rtl" => Some(Dir::Rtl),
            _ => None,
        }
    }

    /// The word itself, as the `dir` attribute takes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// The short strings of the interface. Field names are the Fluent message ids
/// (kebab-case), so a missing message fails the build by name.
// Default: the generator's stand-in after it reported a missing message (never written).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Ui {
    pub app_name: String,
    pub skip_to_content: String,
    pub quick_exit: String,
    pub quick_exit_label: String,
    pub languages: String,
    pub help: String,
    pub emergency: String,
    pub new_version: String,
    pub reload: String,
    pub sources: String,
    pub privacy_note: String,
    pub call: String,
    pub hours: String,
    pub email: String,
    pub address: String,
    pub languages_spoken: String,
    pub keep_all: String,
    pub keep_all_working: String,
    pub keep_all_done: String,
    pub keep_all_failed: String,
    pub search: String,
    pub search_label: String,
    pub search_none: String,
}

/// A link to one language version of a page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LanguageLink {
    pub code: String,
    /// The language's name in the language itself ("Latviešu").
    pub name: String,
    pub dir: Dir,
    pub href: String,
    /// True for the page's own language.
    pub current: bool,
    /// "Continue in <name>", written in that language (filled on the start page only).
    pub prompt: String,
}

/// What the main part of the page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum PageBody {
    /// `/`: the languages by their own names.
    Languages { heading: String },
    /// `/<lang>/`: the list of pages.
    Home {
        heading: String,
        intro: String,
        /// Where the search box sends the words: the language's search page.
        search_href: String,
        pages: Vec<PageLink>,
    },
    /// A Markdown page such as "Your pay".
    Article(Article),
    /// The help directory.
    Help {
        article: Article,
        organisations: Vec<Organisation>,
    },
    /// `/<lang>/search/`: every page and help entry, filtered as the person types.
    Search {
        heading: String,
        entries: Vec<SearchEntry>,
    },
    /// Unknown address.
    NotFound {
        heading: String,
        text: String,
        back: String,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PageLink {
    /// The page's icon name, if it has one.
    pub icon: Option<String>,
    pub href: String,
    pub title: String,
    pub summary: String,
}

/// A page written in Markdown, already turned into HTML by the build.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The language the text is written in: the page's own, or a fallback's.
    pub lang: String,
    /// "This translation is a draft…", when it is one (or stale, or not translated).
    pub notice: Option<Notice>,
    /// The page's icon name, if it has one.
    pub icon: Option<String>,
    pub title: String,
    pub summary: String,
    /// Trusted HTML made by the build from content/ Markdown (raw HTML is rejected there).
    pub html: String,
    /// "Checked on 2026-11-29", already formatted.
    pub checked: Vec<TextPart>,
    pub sources: Vec<Source>,
}

/// A polite note about a translation, with a link to the same page in the fallback language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    pub text: String,
    /// Empty when there is nothing better to link to.
    pub link_text: String,
    pub link_href: String,
    /// The language of the link's target, for its `hreflang` and the link text's `lang`.
    pub link_lang: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// One thing the search can find: a page or a help organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchEntry {
    pub href: String,
    pub title: String,
    pub summary: String,
    /// Everything searchable about it, normalised with [`crate::search::normalize`].
    pub text: String,
}

/// One entry of the help directory.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    /// The card's `id` ("org-marta"), which search results link to (`/<lang>/help/#org-marta`).
    pub anchor: String,
    pub name: String,
    pub about: Vec<TextPart>,
    pub phones: Vec<Phone>,
    pub hours: Vec<TextPart>,
    pub email: String,
    pub address: String,
    pub languages: String,
    pub checked: Vec<TextPart>,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Phone {
    /// As people read it: "+371 28612120".
    pub display: String,
    /// For the tel: link: "+37128612120".
    pub tel: String,
    /// Which line this is, when an organisation has several kinds ("Latgale", "Emergency
    /// line"); empty for a general number.
    pub label: String,
}

/// A piece of text; `ltr` pieces (phone numbers, times, dates) are isolated left-to-right
/// so that they read correctly inside right-to-left text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextPart {
    pub text: String,
    pub ltr: bool,
}

/// The self-check: questions tied to the ILO indicators (content/screening.toml), as the
/// build gives them to [`crate::pages::SelfCheckMarkup`]. Without JavaScript it is a list of
/// the questions and the help lines; with it, one question per screen and a result.
#[derive(Clone, Debug, PartialEq)]
pub struct SelfCheck {
    pub words: CheckWords,
    /// "Question 4 of 19", one per question, formatted by the build.
    pub progress: Vec<String>,
    pub questions: Vec<CheckQuestion>,
    pub dimensions: Vec<CheckDimension>,
    pub lines: Vec<CheckLine>,
}

/// The fixed words of the self-check (Fluent `check-*`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CheckWords {
    pub intro: String,
    pub private: String,
    pub list_intro: String,
    pub start: String,
    pub yes: String,
    pub no: String,
    pub not_sure: String,
    pub back: String,
    pub result_title: String,
    pub result_signs: String,
    pub result_none: String,
    pub result_unsure: String,
    pub not_legal: String,
    pub next_step: String,
    pub start_again: String,
    pub danger: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CheckQuestion {
    pub text: String,
    /// The sign in plain words, as the result lists it.
    pub sign: String,
    /// True when "yes" shows the sign; false when "no" does.
    pub sign_if_yes: bool,
    pub dimension: String,
    /// The indicator's ILO grade ("strong", "medium", "weak"): the driver counts a sign
    /// by it.
    pub grade: String,
    /// Its recording in the page's language (content/audio), if there is one.
    pub audio: Option<String>,
}

/// What the signs of one dimension can mean.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckDimension {
    pub id: String,
    pub meaning: String,
}

/// A help line the result may offer.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckLine {
    pub name: String,
    pub phone: Phone,
    /// The dimensions whose signs bring this line up.
    pub dimensions: Vec<String>,
    /// Offered when no sign came up (and on the page without JavaScript).
    pub general: bool,
}

/// The words of a "Listen" control (Fluent `listen-*`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListenWords {
    pub listen: String,
    pub pause: String,
    pub resume: String,
    pub stop: String,
}

/// The screening aid for one pair of languages (`/<lang>/screening/<person>/`), as the build
/// gives it to [`crate::pages::ScreeningMarkup`]: the professional reads the page's language,
/// the person their own, on the same phone. Words both read are [`Pair`]s.
#[derive(Clone, Debug, PartialEq)]
pub struct ScreeningAid {
    /// The person's language; `None` when it is the professional's (one side only).
    pub person: Option<Side>,
    /// A note in the person's language when its words are a draft translation.
    pub person_notice: String,
    pub words: AidWords,
    pub both: AidBoth,
    /// "Question 4 of 19", in the professional's language.
    pub progress: Vec<String>,
    pub questions: Vec<AidQuestion>,
    pub observed: Vec<AidSign>,
    /// The six dimensions: id and name, in the ILO's order.
    pub dimensions: Vec<(String, String)>,
    /// "Signs in N of 6 dimensions reach the rule", for N = 0 to 6: the driver shows one.
    pub met: Vec<String>,
    /// The police and the service providers (content/screening.toml `[referral]`).
    pub lines: Vec<CheckLine>,
}

/// The language and direction of the person's side.
#[derive(Clone, Debug, PartialEq)]
pub struct Side {
    pub lang: String,
    pub dir: Dir,
}

/// The same message in the professional's language and the person's (empty when one side).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pair {
    pub mine: String,
    pub theirs: String,
}

/// What only the professional reads (Fluent `screening-*`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AidWords {
    pub give_phone: String,
    pub list_intro: String,
    pub not_verdict: String,
    pub observed_title: String,
    pub observed_intro: String,
    pub summary_title: String,
    pub rule: String,
    pub none: String,
    pub dimension_met: String,
    pub dimension_below: String,
    pub answer: String,
    pub observed_sign: String,
    pub unsure: String,
    pub refer_title: String,
    pub refer_both: String,
    pub refer_first: String,
    pub refer_identify: String,
    pub notes: String,
    pub print: String,
    pub erase: String,
}

/// What both read, each in their language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AidBoth {
    pub opening_who: Pair,
    pub opening_stop: Pair,
    pub opening_private: Pair,
    pub opening_how: Pair,
    pub begin: Pair,
    pub next: Pair,
    pub yes: Pair,
    pub no: Pair,
    pub not_sure: Pair,
    pub back: Pair,
    pub closing_thanks: Pair,
    pub closing_give_back: Pair,
    pub expect_title: Pair,
    pub expect_inform: Pair,
    pub expect_service: Pair,
    pub expect_no_police: Pair,
    pub expect_decide: Pair,
}

/// A sign as the summary lists it: its dimension and ILO grade.
#[derive(Clone, Debug, PartialEq)]
pub struct AidSign {
    /// The question (or the observed sign) in the professional's language.
    pub text: String,
    pub dimension: String,
    /// "strong", "medium" or "weak", as the driver reads it.
    pub grade: String,
    /// The grade in the professional's words.
    pub grade_name: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AidQuestion {
    pub text: Pair,
    pub sign: AidSign,
    /// True when "yes" shows the sign; false when "no" does.
    pub sign_if_yes: bool,
    /// Its recording in the person's language (content/audio), if there is one.
    pub audio: Option<String>,
}

/// `/<lang>/screening/`: what the aid is, and the person's language to choose.
#[derive(Clone, Debug, PartialEq)]
pub struct ScreeningStart {
    pub intro: String,
    pub private: String,
    pub not_verdict: String,
    pub choose: String,
    /// `/<lang>/screening/<person>/` for every language, by its own name.
    pub languages: Vec<LanguageLink>,
    pub prepare: Prepare,
}

/// "Prepare this phone": store the aid for every language of the person and the self-check
/// in every language, for work with no connection. Needs the app (the service worker).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Prepare {
    /// The professional's language: which set the service worker stores.
    pub lang: String,
    /// The school section's set ("prepare for class") rather than the screening aid's.
    pub school: bool,
    pub title: String,
    /// What it stores and how much it downloads.
    pub about: String,
    pub button: String,
    pub working: String,
    pub done: String,
    pub failed: String,
    /// How many pages it stores (the progress bar's end).
    pub total: usize,
}

/// A story of the school section (content/scenarios), as the build gives it to
/// [`crate::pages::StoryMarkup`]: every step, every choice's feedback and every ending.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    pub words: StoryWords,
    /// The first is the start.
    pub steps: Vec<StoryStep>,
    /// On the classroom screen: its first screen (a story's own, the quiz's start).
    pub cover: Option<Cover>,
}

/// The share panel's words, the page's address and its QR code (see `SharePanel`). Not part
/// of [`PageData`]: the panel is never hydrated, so none of this travels twice.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Share {
    /// "Share this page".
    pub title: String,
    /// The button's words where the phone has a share sheet ("Share") and where it has not
    /// ("Copy link"), and what it says once copied.
    pub share: String,
    pub copy: String,
    pub copied: String,
    /// "Show the QR code", and what the code is for.
    pub show_qr: String,
    pub qr_about: String,
    /// The page's full address, as the code holds it.
    pub address: String,
    /// The code's width in modules and its modules in base64 (see wil-site `qr.rs`), which
    /// the app draws with no request, offline too; and the same code as an image file,
    /// which a browser without JavaScript loads when the panel is opened.
    pub qr_width: usize,
    pub qr_modules: String,
    pub qr_image: String,
    /// The link to the page for organisations (its words and address), on every other page:
    /// how someone who shares a page finds the cards and posters.
    pub kit: Option<(String, String)>,
}

/// The first screen of a story or the quiz on the classroom screen: what it is, and the QR
/// code that opens the same story on a student's phone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cover {
    pub title: String,
    pub summary: String,
    /// An SVG drawn by the build (no network request, works offline).
    pub qr_svg: String,
    /// "Follow on your phone".
    pub follow: String,
    /// The address the code opens, as a person would type it (no "https://").
    pub address: String,
    /// "Start" (a story's cover only: the quiz's start screen has its own button).
    pub start: String,
}

/// The fixed words of a story (Fluent `scenario-*` of school.ftl).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StoryWords {
    pub private: String,
    pub ask: String,
    pub was_safer: String,
    pub was_risky: String,
    pub signs: String,
    pub safer: String,
    pub next: String,
    pub end_title: String,
    pub help_title: String,
    pub danger: String,
    pub again: String,
    pub others: String,
    /// The school section's page, where the other stories are.
    pub others_href: String,
}

/// A decision (with choices) or an ending (with help lines).
#[derive(Clone, Debug, PartialEq)]
pub struct StoryStep {
    pub id: String,
    /// "Part 2", formatted by the build.
    pub part: String,
    /// The situation, or how it ends.
    pub text: String,
    /// The warning signs in this situation (a decision's).
    pub signs: String,
    /// The safer move in this situation (a decision's).
    pub safer: String,
    pub choices: Vec<StoryChoice>,
    /// An ending's help lines.
    pub lines: Vec<CheckLine>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StoryChoice {
    pub id: String,
    pub label: String,
    /// "You chose: …", formatted by the build.
    pub chose: String,
    /// What happens because of it.
    pub result: String,
    /// The step it leads to.
    pub next: String,
    pub safer: bool,
}

/// The school section's quiz (content/quiz.toml), as the build gives it to
/// [`crate::pages::QuizMarkup`].
#[derive(Clone, Debug, PartialEq)]
pub struct QuizData {
    pub words: QuizWords,
    pub questions: Vec<QuizItem>,
    /// "You got 3 of 12 right." for 0 to every question, formatted by the build.
    pub scores: Vec<String>,
    /// Help lines offered at the end.
    pub lines: Vec<CheckLine>,
    /// On the classroom screen: shown on the start screen.
    pub cover: Option<Cover>,
}

/// The fixed words of the quiz (Fluent `quiz-*`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuizWords {
    pub intro: String,
    pub start: String,
    pub spot: String,
    pub check: String,
    pub right: String,
    pub wrong: String,
    pub flag: String,
    pub show: String,
    pub next: String,
    pub end: String,
    pub danger: String,
    pub again: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct QuizItem {
    /// "Question 4 of 12", formatted by the build.
    pub progress: String,
    pub text: String,
    /// True for "tap every warning sign" (more than one may be right).
    pub spot: bool,
    /// What the student picks from, with whether picking it is right.
    pub picks: Vec<(String, bool)>,
    /// "The answer: …", formatted by the build (empty for a spot question, whose flags are
    /// listed).
    pub answer: String,
    pub explain: String,
}

/// `/<lang>/for-organisations/`: what organisations share on the campaign days, for every
/// language. Drawn once by the build into the page's text; nothing in it is interactive.
#[derive(Clone, Debug, PartialEq)]
pub struct Kit {
    pub intro: String,
    pub days_intro: String,
    /// The days' names, in the page's language.
    pub days: Vec<String>,
    /// The labels, in the page's language.
    pub card: String,
    pub post: String,
    pub post_how: String,
    pub posters: String,
    pub languages: Vec<KitLanguage>,
}

/// One language's cards, posts and posters.
#[derive(Clone, Debug, PartialEq)]
pub struct KitLanguage {
    pub lang: String,
    pub dir: Dir,
    /// The language's name in the language itself.
    pub name: String,
    /// In the page's language: "the texts in this language are drafts", when they are.
    pub notice: Option<String>,
    pub posts: Vec<KitPost>,
    /// Each poster or leaflet: its label in the page's language, and its PDF.
    pub posters: Vec<(String, String)>,
}

/// One campaign day in one language: its card and the text of a post.
#[derive(Clone, Debug, PartialEq)]
pub struct KitPost {
    /// The day's name, in the post's language.
    pub day: String,
    /// The card's address, and what it shows in words.
    pub card: String,
    pub alt: String,
    pub text: String,
}
