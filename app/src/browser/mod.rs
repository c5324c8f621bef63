//! What the components ask of the browser, callable from both builds.
//!
//! In the browser (feature `hydrate`) these functions are real (`web.rs`). Natively, where
//! the pre-renderer runs the same components to write HTML, there is no window, no service
//! worker and no storage: `native.rs` has the same functions doing nothing. Components call
//! them without `cfg` attributes, so both builds compile the same component code.

#[cfg(feature = "hydrate")]
mod self_check;
#[cfg(feature = "hydrate")]
pub use self_check::run_self_check;
#[cfg(feature = "hydrate")]
mod share;
#[cfg(feature = "hydrate")]
pub use share::run_share_button;
#[cfg(feature = "hydrate")]
mod web;
#[cfg(feature = "hydrate")]
pub use web::*;

#[cfg(not(feature = "hydrate"))]
mod native;
#[cfg(not(feature = "hydrate"))]
pub use native::*;
