//! Pieces shared by every page.

mod help_strip;
pub mod icons;
mod language_menu;
mod quick_exit;
mod update_banner;

pub use help_strip::HelpStrip;
pub use language_menu::LanguageMenu;
pub use quick_exit::QuickExit;
pub use update_banner::UpdateBanner;
