//! Pieces shared by every page.

mod bidi_text;
mod card;
mod help_strip;
pub mod icons;
mod keep_all;
mod language_link;
mod language_menu;
mod listen;
mod quick_exit;
mod share;
mod update_banner;

pub use bidi_text::BidiText;
pub use card::{Card, CardText};
pub use help_strip::HelpStrip;
pub use keep_all::KeepAll;
pub use language_link::LanguageChoice;
pub use language_menu::LanguageMenu;
pub use listen::Listen;
pub use quick_exit::QuickExit;
pub use share::SharePanel;
pub use update_banner::UpdateBanner;
