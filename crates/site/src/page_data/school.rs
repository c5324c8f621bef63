//! The school section's pages: `/<lang>/school/` (the stories listed),
//! `/<lang>/school/<story>/` (one story, every screen rendered into the article's text), the
//! quiz, and the classroom screen (`/<lang>/school/present/…`: the same screens with a
//! cover, in large type).

use wil_app::model::{
    Article, Cover, PageLink, QuizData, QuizItem, QuizWords, Story, StoryChoice, StoryStep,
    StoryWords,
};
use wil_content::quiz::QuizKind;
use wil_content::routes::QUIZ_SLUG;
use wil_content::school::Scenario;
use wil_content::{Kind, Route};

use super::{parts, source, PageMaker};

impl PageMaker<'_> {
    /// The school section's card on the home page (site.toml lists it as `school`).
    pub(super) fn school_link(&self, lang: &str) -> PageLink {
        PageLink {
            icon: None,
            href: Route::page(lang, Kind::School).url(),
            title: self.text(lang, "school-title"),
            summary: self.text(lang, "school-summary"),
        }
    }

    /// `/<lang>/school/`: what the stories are, then a card for each.
    pub(super) fn school_article(&self, lang: &str) -> Article {
        let t = |id: &str| self.text(lang, id);
        let mut stories: Vec<PageLink> = self
            .site
            .school
            .scenarios
            .iter()
            .map(|s| PageLink {
                icon: None,
                href: Route::page(lang, Kind::Scenario(s.id.clone())).url(),
                title: t(&format!("scenario-{}-title", s.id)),
                summary: t(&format!("scenario-{}-summary", s.id)),
            })
            .collect();
        // The school's own pages (the teacher's guide) first: a teacher starts there.
        let pages: Vec<PageLink> = self
            .site
            .kinds()
            .into_iter()
            .filter_map(|kind| match kind {
                Kind::SchoolPage(slug) => {
                    let page = self.lookup(&slug, lang)?.page();
                    Some(PageLink {
                        icon: page.icon.clone(),
                        href: Route::page(lang, Kind::SchoolPage(slug.clone())).url(),
                        title: page.title.clone(),
                        summary: page.summary.clone(),
                    })
                }
                _ => None,
            })
            .collect();
        stories.splice(0..0, pages);
        // The classroom screen next to the guide: both are for the teacher.
        stories.insert(
            stories.len() - self.site.school.scenarios.len(),
            PageLink {
                icon: None,
                href: Route::page(lang, Kind::Presenter).url(),
                title: t("present-title"),
                summary: t("present-summary"),
            },
        );
        if !self.site.school.quiz.question.is_empty() {
            stories.push(PageLink {
                icon: None,
                href: Route::page(lang, Kind::Quiz).url(),
                title: t("quiz-title"),
                summary: t("quiz-summary"),
            });
        }
        let prepare = self.prepare(lang, true);
        let html = crate::document::fragment::school(
            t("school-intro"),
            t("school-private"),
            t("school-stories"),
            stories,
            prepare,
        );
        Article {
            lang: lang.to_string(),
            notice: self.messages_notice(lang, &self.school_message_ids(None), Kind::School),
            icon: None,
            title: t("school-title"),
            summary: t("school-summary"),
            html: self.with_listen(lang, lang, Vec::new(), &html),
            checked: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// `/<lang>/school/present/`: what the classroom screen shows, and its keys.
    pub(super) fn presenter_article(&self, lang: &str) -> Article {
        let t = |id: &str| self.text(lang, id);
        let shows = self
            .site
            .presentable()
            .map(|id| {
                let words = if id == QUIZ_SLUG {
                    "quiz".to_string()
                } else {
                    format!("scenario-{id}")
                };
                PageLink {
                    icon: None,
                    href: Route::page(lang, Kind::Present(id)).url(),
                    title: t(&format!("{words}-title")),
                    summary: t(&format!("{words}-summary")),
                }
            })
            .collect();
        let keys = [
            "present-key-next",
            "present-key-back",
            "present-key-choose",
            "present-key-black",
            "present-key-full",
            "present-key-ends",
        ]
        .map(t)
        .to_vec();
        let html = crate::document::fragment::presenter(
            t("present-intro"),
            t("present-choose"),
            shows,
            t("present-keys"),
            keys,
        );
        let mut ids = self.school_message_ids(None);
        ids.extend(self.present_message_ids());
        Article {
            lang: lang.to_string(),
            notice: self.messages_notice(lang, &ids, Kind::Presenter),
            icon: None,
            title: t("present-title"),
            summary: t("present-summary"),
            html,
            checked: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// The classroom screen's words (`present-*`).
    fn present_message_ids(&self) -> Vec<String> {
        self.site
            .locales
            .source_ids()
            .into_iter()
            .filter(|id| id.starts_with("present-"))
            .collect()
    }

    /// The classroom screen's first screen for the page `student` (a story or the quiz):
    /// its title, and a QR code that opens it on a phone.
    fn cover(&self, lang: &str, student: Kind, title: String, summary: String) -> Cover {
        let url = format!("{}{}", self.base, Route::page(lang, student).url());
        // Inline in the page (no request); the caption says what the code opens.
        let svg = crate::qr::inline_svg(&url).expect("a page's address fits in a QR code");
        let address = url
            .split_once("://")
            .map(|(_, rest)| rest.to_string())
            .unwrap_or(url.clone());
        Cover {
            title,
            summary,
            qr_svg: svg,
            follow: self.text(lang, "present-follow"),
            address,
            start: self.text(lang, "present-start"),
        }
    }

    /// `/<lang>/school/<story>/`: the story's screens, with the sources of the help lines
    /// its endings offer; on the classroom screen (`present`), with its cover.
    pub(super) fn scenario_article(
        &self,
        lang: &str,
        scenario: &Scenario,
        present: bool,
    ) -> Article {
        let t = |id: &str| self.text(lang, id);
        let mut story = self.story(lang, scenario);
        let kind = Kind::Scenario(scenario.id.clone());
        let title = t(&format!("scenario-{}-title", scenario.id));
        let summary = t(&format!("scenario-{}-summary", scenario.id));
        let mut ids = self.school_message_ids(Some(scenario));
        if present {
            story.cover = Some(self.cover(lang, kind.clone(), title.clone(), summary.clone()));
            ids.extend(self.present_message_ids());
        }
        let orgs: Vec<_> = self
            .site
            .organisations
            .iter()
            .filter(|o| scenario.step.iter().any(|s| s.help.contains(&o.id)))
            .collect();
        // The oldest check of the lines offered: the page is as fresh as its stalest number.
        let checked = orgs.iter().map(|o| o.checked.to_string()).min();
        let html = crate::document::fragment::story(story);
        Article {
            lang: lang.to_string(),
            notice: self.messages_notice(lang, &ids, kind),
            icon: None,
            title,
            summary,
            // Nobody listens to a projector's text on the teacher's laptop.
            html: if present {
                html
            } else {
                self.with_listen(lang, lang, Vec::new(), &html)
            },
            checked: checked
                .map(|date| parts(&self.words.get(lang, "checked-on", &[("date", &date)])))
                .unwrap_or_default(),
            sources: orgs.iter().map(|o| source(&o.source)).collect(),
        }
    }

    /// `/<lang>/school/quiz/`: the quiz, with its explanations' sources; on the classroom
    /// screen (`present`), with its cover.
    pub(super) fn quiz_article(&self, lang: &str, present: bool) -> Article {
        let t = |id: &str| self.text(lang, id);
        let quiz = &self.site.school.quiz;
        let total = quiz.question.len().to_string();
        let of = |id: &str, n: usize| {
            self.words
                .get(lang, id, &[("n", &n.to_string()), ("total", &total)])
        };
        let questions = quiz
            .question
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let base = format!("quiz-{}", q.id);
                let label = |part: &str| match q.kind {
                    QuizKind::TrueFalse => t(&format!("quiz-{part}")),
                    _ => t(&format!("{base}-{part}")),
                };
                let picks: Vec<(String, bool)> = q
                    .parts()
                    .iter()
                    .map(|part| (label(part), q.is_right(part)))
                    .collect();
                let right = picks
                    .iter()
                    .filter(|(_, right)| *right)
                    .map(|(label, _)| label.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                QuizItem {
                    progress: of("quiz-progress", i + 1),
                    text: t(&base),
                    spot: q.kind == QuizKind::Spot,
                    answer: self.words.get(lang, "quiz-answer", &[("answer", &right)]),
                    picks,
                    explain: t(&format!("{base}-explain")),
                }
            })
            .collect();
        let words = QuizWords {
            intro: t("quiz-intro"),
            start: t("quiz-start"),
            spot: t("quiz-spot"),
            check: t("quiz-check"),
            right: t("quiz-right"),
            wrong: t("quiz-wrong"),
            flag: t("quiz-flag"),
            show: t("quiz-show"),
            next: t("quiz-next"),
            end: t("quiz-end"),
            danger: t("scenario-danger"),
            again: t("quiz-again"),
        };
        let data = QuizData {
            words,
            questions,
            scores: (0..=quiz.question.len())
                .map(|n| of("quiz-score", n))
                .collect(),
            lines: self
                .site
                .school
                .help
                .iter()
                .filter_map(|id| self.main_line(id))
                .collect(),
            cover: present
                .then(|| self.cover(lang, Kind::Quiz, t("quiz-title"), t("quiz-summary"))),
        };
        let checked = quiz.checked.map(|d| d.to_string()).unwrap_or_default();
        let mut ids: Vec<String> = self
            .site
            .locales
            .source_ids()
            .into_iter()
            .filter(|id| id.starts_with("quiz-"))
            .chain(["scenario-danger".to_string()])
            .collect();
        if present {
            ids.extend(self.present_message_ids());
        }
        let html = crate::document::fragment::quiz(data);
        Article {
            lang: lang.to_string(),
            notice: self.messages_notice(lang, &ids, Kind::Quiz),
            icon: None,
            title: t("quiz-title"),
            summary: t("quiz-summary"),
            html: if present {
                html
            } else {
                self.with_listen(lang, lang, Vec::new(), &html)
            },
            checked: parts(&self.words.get(lang, "checked-on", &[("date", &checked)])),
            sources: quiz.sources.iter().map(source).collect(),
        }
    }

    /// A story in `lang`'s words.
    fn story(&self, lang: &str, scenario: &Scenario) -> Story {
        let t = |id: &str| self.text(lang, id);
        let words = StoryWords {
            private: t("scenario-private"),
            ask: t("scenario-ask"),
            was_safer: t("scenario-was-safer"),
            was_risky: t("scenario-was-risky"),
            signs: t("scenario-signs"),
            safer: t("scenario-safer"),
            next: t("scenario-next"),
            end_title: t("scenario-end-title"),
            help_title: t("scenario-help-title"),
            danger: t("scenario-danger"),
            again: t("scenario-again"),
            others: t("scenario-others"),
            others_href: Route::page(lang, Kind::School).url(),
        };
        let depths = scenario.depths();
        let steps = scenario
            .step
            .iter()
            .map(|step| {
                let base = format!("scenario-{}-{}", scenario.id, step.id);
                let part = depths.get(step.id.as_str()).copied().unwrap_or(0) + 1;
                let choices = step
                    .choices
                    .iter()
                    .map(|c| {
                        let label = t(&format!("{base}-{}", c.id));
                        StoryChoice {
                            id: c.id.clone(),
                            chose: self.words.get(
                                lang,
                                "scenario-you-chose",
                                &[("choice", &label)],
                            ),
                            label,
                            result: t(&format!("{base}-{}-result", c.id)),
                            next: c.next.clone(),
                            safer: c.safer,
                        }
                    })
                    .collect();
                let ending = step.is_ending();
                StoryStep {
                    id: step.id.clone(),
                    part: self
                        .words
                        .get(lang, "scenario-part", &[("n", &part.to_string())]),
                    text: t(&base),
                    signs: if ending {
                        String::new()
                    } else {
                        t(&format!("{base}-signs"))
                    },
                    safer: if ending {
                        String::new()
                    } else {
                        t(&format!("{base}-safer"))
                    },
                    choices,
                    lines: step
                        .help
                        .iter()
                        .filter_map(|id| self.main_line(id))
                        .collect(),
                }
            })
            .collect();
        Story {
            words,
            steps,
            cover: None,
        }
    }

    /// The messages a school page shows: the section's fixed words, and one story's (or
    /// every story's titles, for the list).
    fn school_message_ids(&self, scenario: Option<&Scenario>) -> Vec<String> {
        let fixed = self.site.locales.source_ids().into_iter().filter(|id| {
            (id.starts_with("school-") || id.starts_with("scenario-"))
                && !self
                    .site
                    .school
                    .scenarios
                    .iter()
                    .any(|s| id.starts_with(&format!("scenario-{}-", s.id)))
        });
        let own: Vec<String> = match scenario {
            Some(s) => s.message_ids(),
            None => self
                .site
                .school
                .scenarios
                .iter()
                .flat_map(|s| {
                    [
                        format!("scenario-{}-title", s.id),
                        format!("scenario-{}-summary", s.id),
                    ]
                })
                .chain(
                    [
                        "quiz-title",
                        "quiz-summary",
                        "present-title",
                        "present-summary",
                    ]
                    .map(String::from),
                )
                .collect(),
        };
        fixed.chain(own).collect()
    }
}
