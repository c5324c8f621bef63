//! Pieces shared by every page.

mod bidi_text;
mod help_strip;
pub mod icons;
mod keep_all;
mod language_menu;
mod quick_exit;
mod update_banner;

pub use bidi_text::BidiText;
pub use help_strip::HelpStrip;
pub use keep_all::KeepAll;
pub use language_menu::LanguageMenu;
pub use quick_exit::QuickExit;
pub use update_banner::UpdateBanner;
