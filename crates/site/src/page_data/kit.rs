//! `/<lang>/for-organisations/`: the campaign days of content/campaigns.toml, and for every
//! language its cards, the text of a post and the posters of the place the file names.

use wil_app::model::{Article, Kit, KitLanguage, KitPost};
use wil_content::campaigns::{KIT_MESSAGES, POST_MESSAGE};
use wil_content::{Kind, Route};

use super::{dir_of, parts, source, PageMaker};

impl PageMaker<'_> {
    pub(super) fn kit_article(&self, lang: &str) -> Article {
        let t = |id: &str| self.text(lang, id);
        let campaigns = &self.site.campaigns;
        let languages = self
            .site
            .languages
            .iter()
            .map(|l| {
                let code = l.code.as_str();
                let posts = campaigns
                    .days
                    .iter()
                    .map(|day| {
                        let card = crate::preview::card_words(self.words, self.base, code, &day.id);
                        let link = format!("{}{}", self.base, Route::home(code).url());
                        let link = if l.dir == "rtl" {
                            wil_content::bidi::isolate_ltr(&link)
                        } else {
                            link
                        };
                        KitPost {
                            text: self.words.get(
                                code,
                                POST_MESSAGE,
                                &[("day", &card.day), ("link", &link)],
                            ),
                            card: Route::Card {
                                lang: code.to_string(),
                                campaign: day.id.clone(),
                            }
                            .url(),
                            alt: card.alt(),
                            day: card.day,
                        }
                    })
                    .collect();
                let posters = crate::print::kit_posters(self.site, code)
                    .into_iter()
                    .map(|(format, route)| (t(&crate::print::label_id(format)), route.url()))
                    .collect();
                let ids = campaigns.message_ids();
                KitLanguage {
                    lang: code.to_string(),
                    dir: dir_of(self.site, code),
                    name: l.name.clone(),
                    notice: crate::print::notice_id(self.site, code, &ids)
                        .map(|_| t("kit-language-draft")),
                    posts,
                    posters,
                }
            })
            .collect();
        let kit = Kit {
            intro: t("kit-intro"),
            days_intro: t("kit-days"),
            days: campaigns
                .days
                .iter()
                .map(|d| t(&format!("campaign-{}", d.id)))
                .collect(),
            card: t("kit-card"),
            post: t("kit-post"),
            post_how: t("kit-post-how"),
            posters: t("kit-posters"),
            languages,
        };
        let checked = campaigns
            .days
            .iter()
            .map(|d| d.checked.clone())
            .min()
            .unwrap_or_default();
        let ids: Vec<String> = KIT_MESSAGES.iter().map(|s| s.to_string()).collect();
        Article {
            lang: lang.to_string(),
            notice: self.messages_notice(lang, &ids, Kind::Kit),
            icon: None,
            title: t("kit-title"),
            summary: t("kit-summary"),
            html: crate::document::fragment::kit(kit),
            checked: parts(&self.words.get(lang, "checked-on", &[("date", &checked)])),
            sources: campaigns.days.iter().map(|d| source(&d.source)).collect(),
        }
    }
}
