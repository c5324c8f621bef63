//! One file per kind of page.

mod article;
mod check;
mod help;
mod home;
mod kit;
mod languages;
mod not_found;
mod present;
mod quiz;
mod screening;
mod search;
mod story;

pub use article::{ArticlePage, DraftNotice, Sources};
pub use check::SelfCheckMarkup;
pub use help::HelpPage;
pub use home::HomePage;
pub use kit::KitMarkup;
pub use languages::LanguagesPage;
pub use not_found::NotFoundPage;
pub use quiz::QuizMarkup;
pub use screening::{PrepareSection, ScreeningChoice, ScreeningMarkup};
pub use search::{SearchBox, SearchMode, SearchPage};
pub use story::StoryMarkup;
